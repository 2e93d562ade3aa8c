"""The three checks every exercise passes (guide, section 3), and notebook execution.

1. the solution in source/ earns full points;
2. the stub in release/ compiles and earns zero;
3. each wrong solution under tests/wrong/ earns less than full points.

They grade through the same workspace and runner as the magics, so CI checks
exactly what students and nbgrader run.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from . import notebooks, runner
from .report import Report
from .workspace import ExerciseError, Workspace


@dataclass
class ExerciseCheck:
    key: str
    problems: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def grade_answer(exercise: notebooks.Exercise, answer_body: str, extra_files: dict[str, str] | None = None,
                 test_body: str | None = None) -> Report:
    """Grade one answer (NAME.go and any other files) against the exercise's tests, in a private workspace."""
    workspace = Workspace(module_root=exercise.notebook.parent)
    try:
        try:
            folder = workspace.save_exercise(
                exercise.name, answer_body, exercise.test.body if test_body is None else test_body,
                exercise.extra_files if extra_files is None else extra_files)
        except ExerciseError as exc:
            return Report(exercise.name, exercise.points, problem=str(exc))
        spec = exercise.test.spec
        return runner.grade(folder, exercise.name, spec.points, race=spec.race,
                            limit=spec.timeout or runner.DEFAULT_TEST_LIMIT)
    finally:
        workspace.remove()


def _released_twin(exercise: notebooks.Exercise) -> notebooks.Exercise | None:
    """The same exercise in release/, once released."""
    twin = notebooks.release_twin(exercise.notebook)
    if twin and twin.is_file():
        for candidate in notebooks.exercises(notebooks.read(twin), twin):
            if candidate.name == exercise.name:
                return candidate
    return None


def _as_released(notebook: Path, index: int, step) -> str:
    """A source cell's body after one of the release steps (before release/ exists)."""
    cell = notebooks.read(notebook).cells[index]
    cell, _ = step.preprocess_cell(cell, {"language": "python"}, index)
    return cell.source.partition("\n")[2]


def released_tests(exercise: notebooks.Exercise) -> str:
    """The test cell students get: hidden tests (and the imports only they used) removed."""
    from .nbgrader.clear_go_hidden_tests import ClearGoHiddenTests

    twin = _released_twin(exercise)
    return twin.test.body if twin else _as_released(exercise.notebook, exercise.test_index, ClearGoHiddenTests())


def released_answer(exercise: notebooks.Exercise) -> tuple[str, dict[str, str], str]:
    """The stub students get (NAME.go and other files), and where it came from: release/, or
    (before a release) the same nbgrader step applied to the source cells."""
    from .nbgrader.clear_go_solutions import ClearGoSolutions

    twin = _released_twin(exercise)
    if twin:
        return twin.answer_body, twin.extra_files, "stub"
    step = ClearGoSolutions()
    extra = {file: _as_released(exercise.notebook, index, step) for file, index in exercise.extra_indexes.items()}
    return _as_released(exercise.notebook, exercise.answer_index, step), extra, "stub (from source: not released yet)"


def check_exercise(exercise: notebooks.Exercise) -> ExerciseCheck:
    result = ExerciseCheck(exercise.key)
    full = exercise.points

    solution = grade_answer(exercise, exercise.answer_body)
    result.lines.append(f"solution {solution.points:g}/{full:g}")
    if solution.points != full:
        result.problems.append(f"the solution earns {solution.points:g} of {full:g}:\n{solution.text()}")

    stub, stub_extra, origin = released_answer(exercise)
    graded = grade_answer(exercise, stub, stub_extra)
    result.lines.append(f"{origin} {graded.points:g}/{full:g}")
    if graded.problem or not graded.tests:
        result.problems.append(f"the released stub must compile and fail every test:\n{graded.text()}")
    elif graded.points != 0:
        result.problems.append(f"the released stub earns {graded.points:g}:\n{graded.text()}")

    # what a student runs before grading: the released tests must compile, with the stub
    # (every test failing) and with the solution (every public test passing)
    public = released_tests(exercise)
    with_solution = grade_answer(exercise, exercise.answer_body, test_body=public)
    with_stub = grade_answer(exercise, stub, stub_extra, test_body=public)
    result.lines.append(f"public tests: solution {with_solution.points:g}, stub {with_stub.points:g}")
    if with_solution.points != full:
        result.problems.append(f"with the released (public) tests the solution earns {with_solution.points:g}:\n"
                               f"{with_solution.text()}")
    if with_stub.problem or with_stub.points != 0:
        result.problems.append(f"the released stub with the released tests must compile and fail:\n"
                               f"{with_stub.text()}")

    wrongs = exercise.wrong_solutions()
    if not wrongs:
        result.problems.append(f"no wrong solutions under tests/wrong/{exercise.key}/")
    for wrong in wrongs:
        graded = grade_answer(exercise, *exercise.wrong_answer(wrong))
        result.lines.append(f"{wrong.stem} {graded.points:g}/{full:g}")
        if graded.points >= full:
            result.problems.append(f"wrong solution {wrong.name} earns full points:\n{graded.text()}")
    return result


def all_exercises(paths: list[str] | None = None) -> list[notebooks.Exercise]:
    found = []
    for path in notebooks.source_notebooks(paths):
        found += notebooks.exercises(notebooks.read(path), path)
    return found


def check_exercises(exercises: list[notebooks.Exercise], jobs: int = 2, progress=None) -> list[ExerciseCheck]:
    with ThreadPoolExecutor(max_workers=max(jobs, 1)) as pool:
        results = []
        for done in pool.map(check_exercise, exercises):
            results.append(done)
            if progress:
                progress(done)
        return results


@dataclass
class NotebookRun:
    path: Path
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0


def execute_notebook(path: Path) -> NotebookRun:
    """Run a source notebook top to bottom: no error, and full points in every test cell."""
    import time

    run = NotebookRun(path)
    started = time.monotonic()
    try:
        executed = notebooks.execute(path)
    except Exception as exc:  # papermill raises on the first failing cell
        run.problems.append(f"execution failed: {str(exc).strip()[:3000]}")
        return run
    finally:
        run.seconds = time.monotonic() - started
    expected = {e.name: e.points for e in notebooks.exercises(executed, path)}
    for name, earned in notebooks.points_of(executed):
        if earned != expected.get(name):
            run.problems.append(f"{name}: earned {earned} of {expected.get(name)} points when executed")
    return run
