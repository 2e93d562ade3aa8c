"""What a Go cell says: its magic line parsed into a spec.

The magics read their line through here, and so do `lint`, `check` and the
nbgrader plug-ins when they read notebooks, so a notebook means the same
thing to all of them.
"""

from __future__ import annotations

import argparse
import shlex
import signal
from dataclasses import dataclass, field

from .workspace import ExerciseError, check_file, check_name

GO = "%%go"
GOTEST = "%%gotest"


@dataclass
class GoSpec:
    """`%%go [NAME [--file PATH]] [--args ...] [--env K=V ...] [--stdin TEXT] [--signal SIG] [--timeout S]`"""

    name: str | None = None  # None: the cell is a `package main` program
    args: list[str] = field(default_factory=list)
    stdin: str | None = None
    timeout: float | None = None
    file: str | None = None  # another file of exercise NAME, e.g. internal/store/store.go
    env: dict[str, str] = field(default_factory=dict)  # extra environment of a program
    signal: str | None = None  # e.g. "SIGINT": sent once the program has printed its first line


@dataclass
class GoTestSpec:
    """`%%gotest NAME --points P [--timeout S] [--race]`"""

    name: str
    points: float
    timeout: float | None = None
    race: bool = False


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse would exit the kernel's process
        raise ExerciseError(f"{self.prog}: {message}\nusage: {self.format_usage().removeprefix('usage: ').strip()}")


def _go_parser() -> _Parser:
    parser = _Parser(prog=GO, add_help=False)
    parser.add_argument("name", nargs="?", help="exercise (package) name; omit for a program")
    parser.add_argument("--args", default="", help="program arguments, split like a shell does")
    parser.add_argument("--stdin", default=None, help=r"text for standard input (\n for new lines)")
    parser.add_argument("--timeout", type=float, default=None, help="seconds before the program is stopped")
    parser.add_argument("--file", default=None, help="save as this file of the exercise (default NAME.go)")
    parser.add_argument("--env", action="append", default=[], metavar="KEY=VALUE",
                        help="set an environment variable of the program (repeatable)")
    parser.add_argument("--signal", default=None, metavar="SIGINT",
                        help="send this signal once the program has printed its first line")
    return parser


def _signal_name(text: str) -> str:
    name = text.upper() if text.upper().startswith("SIG") else "SIG" + text.upper()
    if name not in signal.Signals.__members__:
        raise ExerciseError(f"{GO}: --signal {text} is not a signal name; use one such as SIGINT, SIGTERM or SIGHUP.")
    return name


def _gotest_parser() -> _Parser:
    parser = _Parser(prog=GOTEST, add_help=False)
    parser.add_argument("name")
    parser.add_argument("--points", type=float, required=True)
    parser.add_argument("--timeout", type=float, default=None, help="seconds allowed per test")
    parser.add_argument("--race", action="store_true", help="run with the race detector")
    return parser


def _split(line: str) -> list[str]:
    try:
        return shlex.split(line)
    except ValueError as exc:
        raise ExerciseError(f"Cannot read the magic line `{line}`: {exc}") from None


def parse_go(line: str) -> GoSpec:
    options = _go_parser().parse_args(_split(line))
    if options.name is not None:
        check_name(options.name)
    if options.file is not None:
        if options.name is None:
            raise ExerciseError(f"{GO}: --file needs an exercise name: `%%go NAME --file {options.file}`")
        check_file(options.name, options.file)
    stdin = options.stdin.replace("\\n", "\n") if options.stdin is not None else None
    env = {}
    for pair in options.env:
        key, equals, value = pair.partition("=")
        if not equals or not key:
            raise ExerciseError(f"{GO}: --env {pair}: write KEY=VALUE, for example `--env PORT=8080`.")
        env[key] = value
    if options.name is not None and (env or options.signal or options.args or options.stdin is not None):
        raise ExerciseError(f"{GO} {options.name}: --args, --env, --stdin and --signal are for programs "
                            f"(a %%go cell without a name), not for exercise answers.")
    signal_name = _signal_name(options.signal) if options.signal else None
    return GoSpec(options.name, shlex.split(options.args), stdin, options.timeout, options.file, env, signal_name)


def parse_gotest(line: str) -> GoTestSpec:
    options = _gotest_parser().parse_args(_split(line))
    check_name(options.name)
    if options.points <= 0:
        raise ExerciseError(f"{GOTEST}: --points must be positive, not {options.points:g}")
    return GoTestSpec(options.name, options.points, options.timeout, options.race)


@dataclass
class GoCell:
    """A notebook cell read as Go: its spec and its body (the source below the magic line)."""

    spec: GoSpec | GoTestSpec
    body: str

    @property
    def is_test(self) -> bool:
        return isinstance(self.spec, GoTestSpec)


def magic_of(source: str) -> tuple[str, str, str] | None:
    """(magic, line, body) for a cell starting with %%go or %%gotest, else None."""
    first, _, body = source.partition("\n")
    words = first.split(None, 1)
    if not words or words[0] not in (GO, GOTEST):
        return None
    return words[0], words[1] if len(words) > 1 else "", body


def exercise_magic(cell) -> str | None:
    """GO for an answer cell (`%%go NAME ...`), GOTEST for a test cell, None for any other cell.

    Read from the magic line alone, so it never raises on a malformed line.
    """
    found = magic_of(cell.source) if cell.cell_type == "code" else None
    if found is None:
        return None
    magic, line, _ = found
    if magic == GOTEST:
        return GOTEST
    words = line.split()
    return GO if words and not words[0].startswith("-") else None


def read_cell(source: str) -> GoCell | None:
    found = magic_of(source)
    if found is None:
        return None
    magic, line, body = found
    return GoCell(parse_gotest(line) if magic == GOTEST else parse_go(line), body)
