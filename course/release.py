"""Generate release/ from source/ with nbgrader, and tell whether release/ is in sync."""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import nbformat

from .notebooks import RELEASE, ROOT, SOURCE


def assignments() -> list[str]:
    return sorted(p.name for p in SOURCE.iterdir() if p.is_dir() and any(p.glob("*.ipynb"))) if SOURCE.is_dir() else []


def nbgrader_env() -> dict[str, str]:
    """nbgrader runs `alembic` as a command: the virtual environment's bin must be on PATH."""
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    return env


def generate(assignment: str, release_dir: Path, db_file: Path) -> None:
    """`nbgrader generate_assignment` into `release_dir`, with a gradebook of its own."""
    done = subprocess.run(
        [sys.executable, "-m", "nbgrader", "generate_assignment", assignment, "--force",
         f"--CourseDirectory.release_directory={release_dir}",
         f"--CourseDirectory.db_url=sqlite:///{db_file}"],
        cwd=ROOT, env=nbgrader_env(), capture_output=True, text=True,
    )
    produced = release_dir / assignment
    if done.returncode != 0 or "ERROR" in done.stderr or not produced.is_dir():
        raise RuntimeError(f"nbgrader could not release {assignment}:\n{done.stderr[-4000:]}")


def release_all(names: list[str] | None = None) -> list[str]:
    """Regenerate release/<assignment> for each assignment; returns the names released."""
    names = names or assignments()
    with tempfile.TemporaryDirectory(prefix="go-course-release-") as tmp:
        for name in names:
            generate(name, RELEASE, Path(tmp) / "gradebook.db")
    return names


def _normalised(path: Path) -> dict:
    nb = nbformat.read(str(path), as_version=4)
    for cell in nb.cells:
        cell.pop("id", None)
    return nb


def out_of_sync() -> list[str]:
    """Files of release/ that differ from what `release` would write now, one message each."""
    problems = []
    with tempfile.TemporaryDirectory(prefix="go-course-sync-") as tmp:
        fresh_root = Path(tmp) / "release"
        for name in assignments():
            generate(name, fresh_root, Path(tmp) / "gradebook.db")
            fresh, committed = fresh_root / name, RELEASE / name
            fresh_files = {p.relative_to(fresh) for p in fresh.rglob("*") if p.is_file()}
            committed_files = {p.relative_to(committed) for p in committed.rglob("*") if p.is_file()} \
                if committed.is_dir() else set()
            for rel in sorted(fresh_files - committed_files):
                problems.append(f"release/{name}/{rel}: missing; run `python -m course release`")
            for rel in sorted(committed_files - fresh_files):
                problems.append(f"release/{name}/{rel}: not in source/; run `python -m course release`")
            for rel in sorted(fresh_files & committed_files):
                a, b = fresh / rel, committed / rel
                same = _normalised(a) == _normalised(b) if rel.suffix == ".ipynb" else filecmp.cmp(a, b, shallow=False)
                if not same:
                    problems.append(f"release/{name}/{rel}: differs from source/; run `python -m course release`")
    return problems
