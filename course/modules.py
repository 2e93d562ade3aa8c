"""The Go modules of each assignment: download once while online, then build offline."""

from __future__ import annotations

from pathlib import Path

from . import runner, toolchain
from .notebooks import SOURCE


def module_folders() -> list[Path]:
    """Every assignment folder of source/ that carries a go.mod."""
    return sorted(p.parent for p in SOURCE.glob("*/go.mod"))


def missing(folder: Path) -> str:
    """What `go mod download` cannot find in the local module cache ("" when all is there)."""
    done = runner.go(["mod", "download"], folder, env=toolchain.offline_env())
    return "" if done.returncode == 0 else (done.stderr + done.stdout).strip()


def download(folder: Path) -> str:
    """Download the folder's modules through the module proxy; returns the error text, or ""."""
    done = runner.go(["mod", "download"], folder, env=toolchain.online_env())
    return "" if done.returncode == 0 else (done.stderr + done.stdout).strip()


def prepare_tools() -> None:
    """Build what the runner needs from GOROOT (test2json) so the first exercise does not wait."""
    _ = toolchain.find_go().test2json
