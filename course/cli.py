"""`python -m course COMMAND`: thin commands over the course package."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _refresh(options) -> int:
    from . import notebooks

    for path in notebooks.source_notebooks(options.paths):
        print(f"executing {path.relative_to(notebooks.ROOT)}", flush=True)
        executed = notebooks.refresh(path)
        for name, points in notebooks.points_of(executed):
            print(f"  {name}: {points} points")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m course", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    refresh = sub.add_parser("refresh", help="execute source notebooks and save their example outputs")
    refresh.add_argument("paths", nargs="*")
    refresh.set_defaults(run=_refresh)
    return parser


def main(argv: list[str] | None = None) -> int:
    options = build_parser().parse_args(argv)
    return options.run(options)
