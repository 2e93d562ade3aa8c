"""Reading and executing the course's notebooks: where they are, their exercises, their outputs."""

from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from . import cells

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "source"
RELEASE = ROOT / "release"
WRONG = ROOT / "tests" / "wrong"
EXECUTION_TIMEOUT = 600  # seconds per cell: a cold build of a chapter's modules is the slowest


def source_notebooks(paths: list[str] | None = None) -> list[Path]:
    """Source notebooks under the given files or folders (default: all of source/), in syllabus order."""
    targets = [Path(p).resolve() for p in paths] if paths else [SOURCE]
    found: list[Path] = []
    for target in targets:
        if target.is_file() and target.suffix == ".ipynb":
            found.append(target)
        elif target.is_dir():
            found += [p for p in target.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts]
    return sorted(set(found))


def release_twin(source_notebook: Path) -> Path | None:
    """The released copy of a notebook of source/ (None for a notebook elsewhere)."""
    resolved = source_notebook.resolve()
    return RELEASE / resolved.relative_to(SOURCE) if resolved.is_relative_to(SOURCE) else None


def nbgrader_meta(cell) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {})


@dataclass
class Exercise:
    """The answer and test cells of one exercise, as they stand in a notebook."""

    notebook: Path
    name: str
    answer_index: int
    answer_body: str
    test_index: int
    test: cells.GoCell
    extra_files: dict[str, str] = field(default_factory=dict)  # --file cells: path -> body
    extra_indexes: dict[str, int] = field(default_factory=dict)

    @property
    def points(self) -> float:
        return self.test.spec.points

    @property
    def key(self) -> str:
        return f"{self.notebook.parent.name}/{self.notebook.stem}/{self.name}"

    def wrong_solutions(self) -> list[Path]:
        """Wrong answers kept for this exercise: `<label>.go` replaces NAME.go; a folder `<label>/`
        holds several files (NAME.go and paths such as internal/store/store.go) that replace theirs."""
        folder = WRONG / self.notebook.parent.name / self.notebook.stem / self.name
        if not folder.is_dir():
            return []
        return sorted(p for p in folder.iterdir() if p.suffix == ".go" or p.is_dir())

    def wrong_answer(self, path: Path) -> tuple[str, dict[str, str]]:
        """(NAME.go body, other files) of a wrong solution, the rest taken from the solution."""
        if path.is_file():
            return path.read_text(), dict(self.extra_files)
        files = {p.relative_to(path).as_posix(): p.read_text() for p in path.rglob("*.go")}
        main = files.pop(f"{self.name}.go", self.answer_body)
        return main, {**self.extra_files, **files}


def exercises(nb: nbformat.NotebookNode, path: Path) -> list[Exercise]:
    answers: dict[str, tuple[int, str]] = {}
    extras: dict[str, dict[str, tuple[int, str]]] = {}
    found: list[Exercise] = []
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        go_cell = cells.read_cell(cell.source)
        if go_cell is None:
            continue
        spec = go_cell.spec
        if not go_cell.is_test and spec.name and spec.file:
            extras.setdefault(spec.name, {})[spec.file] = (index, go_cell.body)
        elif not go_cell.is_test and spec.name:
            answers[spec.name] = (index, go_cell.body)
        elif go_cell.is_test and spec.name in answers:
            answer_index, body = answers[spec.name]
            files = extras.get(spec.name, {})
            found.append(Exercise(path, spec.name, answer_index, body, index, go_cell,
                                  {f: b for f, (_, b) in files.items()}, {f: i for f, (i, _) in files.items()}))
    return found


def read(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(str(path), as_version=4)


def is_graded_go_cell(cell) -> bool:
    """Answer and test cells: their outputs are cleared in source/ and release/."""
    return cells.exercise_magic(cell) is not None


def execute(path: Path, output: Path | None = None, *, cwd: Path | None = None, log_output: bool = False):
    """Run a notebook top to bottom with papermill in a fresh kernel; returns the executed notebook."""
    import papermill

    with tempfile.TemporaryDirectory(prefix="go-course-run-") as tmp:
        out = output or Path(tmp) / path.name
        try:
            return papermill.execute_notebook(
                str(path), str(out), cwd=str(cwd or path.parent), kernel_name="python3",
                progress_bar=False, log_output=log_output, execution_timeout=EXECUTION_TIMEOUT,
            )
        except papermill.PapermillExecutionError:
            executed = nbformat.read(str(out), as_version=4)
            if not expected_errors_only(executed):
                raise
            return without_papermill_error_cells(executed)


ERROR_TAG = "raises-exception"  # nbclient's tag for a cell whose error is the lesson


def expected_errors_only(nb: nbformat.NotebookNode) -> bool:
    """True when every error output stands in a cell tagged raises-exception.

    nbclient runs on past such cells, but papermill still fails the run on any
    error output; a notebook that shows a compile error or a panic on purpose
    tags that cell.
    """
    for cell in nb.cells:
        errors = [o for o in cell.get("outputs", []) if o.output_type == "error"]
        if errors and ERROR_TAG not in cell.metadata.get("tags", []):
            return False
    return True


def without_papermill_error_cells(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    nb.cells = [c for c in nb.cells if "papermill-error-cell-tag" not in c.metadata.get("tags", [])]
    return nb


def clear_graded_outputs(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Keep example outputs; clear answer, test and setup outputs, execution counts and papermill's metadata."""
    for cell in nb.cells:
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
        if cell.cell_type != "code":
            continue
        cell.execution_count = None
        if is_graded_go_cell(cell) or nbgrader_meta(cell).get("grade_id") == "setup":
            cell.outputs = []
        cell.outputs = _merge_streams(cell.outputs)
        for out in cell.outputs:
            if "execution_count" in out:
                out.execution_count = None
    nb.metadata.pop("papermill", None)
    return nb


def refresh(path: Path) -> list[tuple[str, float | None]]:
    """Execute a source notebook and save it with its example outputs (the author's step).

    Returns the points each test cell earned while executing.
    """
    executed = execute(path)
    earned = points_of(executed)
    clear_graded_outputs(executed)
    nbformat.write(executed, str(path))
    return earned


def _merge_streams(outputs: list) -> list:
    """Join consecutive writes to one stream: output arrives in chunks that differ from run to run."""
    merged: list = []
    for out in outputs:
        if (out.get("output_type") == "stream" and merged and merged[-1].get("output_type") == "stream"
                and merged[-1].name == out.name):
            merged[-1].text += out.text
        else:
            merged.append(out)
    return merged


def points_of(nb: nbformat.NotebookNode) -> list[tuple[str, float | None]]:
    """(exercise, points earned) per %%gotest cell of an executed notebook, from its execute_result."""
    earned = []
    for cell in nb.cells:
        go_cell = cells.read_cell(cell.source) if cell.cell_type == "code" else None
        if go_cell is None or not go_cell.is_test:
            continue
        value = None
        for out in cell.get("outputs", []):
            if out.output_type == "execute_result":
                value = float(out.data["text/plain"])
            if out.output_type == "error":
                value = 0.0
        earned.append((go_cell.spec.name, value))
    return earned
