"""A shared, content-addressed cache of the binaries the runner builds.

A binary is named by a hash of everything its build reads: the source files
of its folder, go.mod and go.sum, the build flags and the toolchain. The same
example program in thirty students' notebooks, or the same untouched stub,
is then linked once rather than once per kernel. A fresh kernel's first run of
an example costs a lookup instead of a link.

Binaries are written under a temporary name and renamed into place, so
kernels and grading processes can share the cache safely.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from . import toolchain

KEEP = 2000  # binaries kept; the oldest beyond that are removed


def cache_dir() -> Path:
    explicit = os.environ.get("GO_COURSE_CACHE")
    base = Path(explicit) if explicit else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "go-course"
    return base / "bin"


def key(folder: Path, *flags: str) -> str:
    go = toolchain.find_go()
    digest = hashlib.sha256(f"{go.binary}\0{go.version_text}\0{flags}\0".encode())
    sources = sorted(p for p in folder.rglob("*.go") if not p.relative_to(folder).parts[0].startswith("."))
    for path in sources + [folder / "go.mod", folder / "go.sum"]:
        name = path.relative_to(folder).as_posix()
        digest.update(name.encode() + b"\0" + (path.read_bytes() if path.exists() else b"-") + b"\0")
    return digest.hexdigest()[:32]


def lookup(name: str) -> Path | None:
    path = cache_dir() / name
    try:
        os.utime(path)  # recently used: trimmed last
    except FileNotFoundError:  # never built, or another process just trimmed it
        return None
    return path


def store(name: str, built: Path) -> Path:
    folder = cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    partial = folder / f".{name}.{os.getpid()}"
    shutil.copy2(built, partial)
    os.replace(partial, target)
    _trim(folder)
    return target


def _trim(folder: Path) -> None:
    """Remove the least recently used binaries beyond KEEP. Other processes (kernels, check jobs)
    trim the same folder at the same time, so an entry may vanish between listing and stat."""
    entries = []
    for path in folder.iterdir():
        if path.name.startswith("."):
            continue
        try:
            entries.append((path.stat().st_mtime, path))
        except FileNotFoundError:
            continue
    if len(entries) <= KEEP:
        return
    entries.sort()
    for _, old in entries[: len(entries) - KEEP]:
        old.unlink(missing_ok=True)
