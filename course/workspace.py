"""Work folders: where the Go files of a kernel's exercises are saved and built.

Each kernel (and each `check` or grading run) gets a fresh private root in
the system's temporary folder, outside the student's assignment folder, so
nbgrader never collects build products and two kernels never share files.
Inside it each exercise has a folder of its own holding a copy of the
assignment's go.mod and go.sum, the answer file and the test file.

Files are saved with the cell's magic line replaced by an empty line, so a
compiler message about line N of the file is about line N of the cell.
"""

from __future__ import annotations

import atexit
import re
import shutil
import tempfile
from pathlib import Path

DEFAULT_GO_MOD = "module exercise\n\ngo 1.25\n"
PROGRAM = "main"

_IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]*$")
_PACKAGE_CLAUSE = re.compile(r"^package\s+([A-Za-z_]\w*)\s*(?://.*)?$", re.MULTILINE)


class ExerciseError(Exception):
    """A problem with what a cell holds, explained for the student."""

    def _render_traceback_(self) -> list[str]:
        return str(self).splitlines()


def check_name(name: str) -> str:
    if not _IDENTIFIER.match(name) or name == PROGRAM:
        raise ExerciseError(
            f"'{name}' cannot name an exercise: use a lower-case Go package name "
            "such as `reverse` (letters, digits and _), not `main`."
        )
    return name


def check_file(name: str, file: str) -> str:
    """An extra file of exercise `name`: a relative .go path inside the exercise.

    It may be a test file the student writes (`suite_test.go`), but not `NAME_test.go`, which
    holds the test cell.
    """
    parts = file.split("/")
    if (file.startswith("/") or ".." in parts or not file.endswith(".go")
            or not all(re.match(r"^[A-Za-z0-9_.-]+$", part) for part in parts)):
        raise ExerciseError(f"--file {file}: name a .go file inside the exercise, such as "
                            f"`helpers.go`, `internal/store/store.go` or `suite_test.go` (no ..).")
    if file == f"{name}.go":
        raise ExerciseError(f"--file {file} is the main answer file of `{name}`: leave out --file.")
    if file == f"{name}_test.go":
        raise ExerciseError(f"--file {file} is where the test cell of `{name}` is saved: "
                            f"give the student's test file another name, such as `{name}_suite_test.go`.")
    return file


def is_test_file(file: str | None) -> bool:
    return bool(file) and file.endswith("_test.go")


def declared_tests(test_source: str) -> list[str]:
    """The TestXxx functions a test file declares (the ones a test cell is graded on)."""
    return re.findall(r"^func\s+(Test[A-Z_0-9]\w*|Test)\s*\(", test_source, flags=re.MULTILINE)


def expected_package(name: str, file: str | None) -> str:
    """Files at the top of an exercise are package NAME; a file in a folder is named after its folder."""
    folder = file.rsplit("/", 1)[0] if file and "/" in file else ""
    return folder.rsplit("/", 1)[-1] if folder else name


def package_clause(source: str) -> str | None:
    """The package name a Go file declares, or None when it has no package clause."""
    without_block_comments = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"), source, flags=re.S)
    match = _PACKAGE_CLAUSE.search(without_block_comments)
    return match.group(1) if match else None


def find_module_files(start: Path) -> tuple[Path, Path | None] | None:
    """The go.mod (and go.sum) of the assignment folder: in `start` or one of its parents."""
    for folder in [start, *start.parents]:
        go_mod = folder / "go.mod"
        if go_mod.is_file():
            go_sum = folder / "go.sum"
            return go_mod, go_sum if go_sum.is_file() else None
    return None


def go_files(folder: Path) -> list[Path]:
    """The Go files of an exercise folder, sorted; dot folders (.tmp, where tests write) left out."""
    return sorted(p for p in folder.rglob("*.go") if not p.relative_to(folder).parts[0].startswith("."))


def cell_file_text(body: str) -> str:
    """The Go file for a cell body: an empty first line stands for the magic line."""
    return "\n" + body.rstrip() + "\n"


class Workspace:
    """A private root folder holding one folder per exercise."""

    def __init__(self, module_root: Path | None = None, root: Path | None = None):
        self.module_root = module_root  # where to look for go.mod; None: the current folder
        self.root = root or Path(tempfile.mkdtemp(prefix="go-course-"))
        self._owns_root = root is None
        if self._owns_root:
            atexit.register(self.remove)

    def remove(self) -> None:
        if self._owns_root:
            shutil.rmtree(self.root, ignore_errors=True)

    def folder(self, name: str) -> Path:
        folder = self.root / name
        if not folder.exists():
            folder.mkdir(parents=True)
            (folder / ".tmp").mkdir()  # Go ignores dot folders: never part of a package pattern
        self._copy_module_files(folder)
        return folder

    def _copy_module_files(self, folder: Path) -> None:
        found = find_module_files(self.module_root or Path.cwd())
        if found is None:
            (folder / "go.mod").write_text(DEFAULT_GO_MOD)
            (folder / "go.sum").unlink(missing_ok=True)
            return
        go_mod, go_sum = found
        shutil.copyfile(go_mod, folder / "go.mod")
        if go_sum is not None:
            shutil.copyfile(go_sum, folder / "go.sum")
        else:
            (folder / "go.sum").unlink(missing_ok=True)

    # Exercise files --------------------------------------------------------

    @staticmethod
    def answer_file(folder: Path, name: str) -> Path:
        return folder / f"{name}.go"

    @staticmethod
    def test_file(folder: Path, name: str) -> Path:
        return folder / f"{name}_test.go"

    def save_answer(self, name: str, body: str, file: str | None = None) -> Path:
        """Save an answer cell (the main file NAME.go, or another file of the exercise).

        An empty cell removes the saved file: the exercise is then graded as missing.
        """
        check_name(name)
        folder = self.folder(name)
        target = folder / (check_file(name, file) if file else f"{name}.go")
        what = f"`{file}` of `{name}`" if file else f"`{name}`"
        magic = f"%%go {name}" + (f" --file {file}" if file else "")
        if not body.strip():
            target.unlink(missing_ok=True)
            raise ExerciseError(f"The answer cell for {what} is empty, so there is no answer to build or grade. "
                                f"Write your solution below the line `{magic}`.")
        expected = expected_package(name, file)
        declared = package_clause(body)
        if declared != expected:
            target.unlink(missing_ok=True)
            found = f"`package {declared}`" if declared else "no package clause"
            raise ExerciseError(
                f"The answer cell for {what} must be one Go file starting with `package {expected}`; "
                f"it has {found}. Put the line `package {expected}` back at the top of the cell."
            )
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(cell_file_text(body))
        return folder

    def save_tests(self, name: str, body: str) -> Path:
        check_name(name)
        folder = self.folder(name)
        self.test_file(folder, name).write_text(cell_file_text(body))
        return folder

    def save_exercise(self, name: str, answer: str, tests: str, extra_files: dict[str, str] | None = None) -> Path:
        """Save a whole exercise at once (other files first, then NAME.go, then the tests), as
        running its cells top to bottom would; returns its folder."""
        for file, body in (extra_files or {}).items():
            self.save_answer(name, body, file)
        self.save_answer(name, answer)
        return self.save_tests(name, tests)

    def has_answer(self, name: str) -> bool:
        return self.answer_file(self.root / name, name).is_file()

    def program_folder(self) -> Path:
        return self.folder(PROGRAM)
