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
from .workspace import go_files

KEEP = 2000  # binaries kept; the least recently used beyond that are removed
BUDGET_BYTES = 2 << 30  # and beyond this much disk: a test binary of a web framework weighs 50-100 MB


def cache_dir() -> Path:
    explicit = os.environ.get("GO_COURSE_CACHE")
    base = Path(explicit) if explicit else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "go-course"
    return base / "bin"


def key(folder: Path, *flags: str) -> str:
    go = toolchain.find_go()
    digest = hashlib.sha256(f"{go.binary}\0{go.version_text}\0{flags}\0".encode())
    for path in go_files(folder) + [folder / "go.mod", folder / "go.sum"]:
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


def _trim(folder: Path, keep: int = KEEP, budget: int = BUDGET_BYTES) -> None:
    """Remove the least recently used binaries beyond `keep` of them or `budget` bytes. Other
    processes (kernels, check jobs) trim the same folder at once, so an entry may vanish
    between listing and stat."""
    entries = []
    for path in folder.iterdir():
        if path.name.startswith("."):
            continue
        try:
            stat = path.stat()
        except FileNotFoundError:
            continue
        entries.append((stat.st_mtime, stat.st_size, path))
    entries.sort(reverse=True)  # most recently used first
    used = 0
    for count, (_, size, path) in enumerate(entries, start=1):
        used += size
        if count > keep or (used > budget and count > 1):
            path.unlink(missing_ok=True)
