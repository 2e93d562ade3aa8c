"""Structure checks of every notebook: one line per problem, naming the notebook and cell."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from . import cells, notebooks, release, runner, toolchain
from .authoring import SETUP_SOURCE
from .workspace import find_module_files

SYLLABUS = notebooks.ROOT / "syllabus.md"
TOTAL_POINTS = 10
MIN_EXERCISES = 3


def syllabus_sections() -> dict[str, str]:
    """{"1.2": "Syntax Fundamentals", ...} from the syllabus."""
    sections = {}
    for line in SYLLABUS.read_text().splitlines():
        match = re.match(r"^### (\d+\.\d+) (.+?)\s*$", line)
        if match:
            sections[match.group(1)] = match.group(2)
    return sections


def _section_of(path: Path) -> str | None:
    chapter = re.match(r"ch(\d+)_", path.parent.name)
    section = re.match(r"s(\d+)_", path.name)
    return f"{int(chapter.group(1))}.{int(section.group(1))}" if chapter and section else None


def lint_notebook(path: Path, sections: dict[str, str]) -> list[str]:
    where = path.relative_to(notebooks.ROOT).as_posix() if path.is_relative_to(notebooks.ROOT) else str(path)
    problems: list[str] = []

    def problem(cell_index: int | None, text: str) -> None:
        problems.append(f"{where}" + (f" cell {cell_index + 1}" if cell_index is not None else "") + f": {text}")

    nb = notebooks.read(path)
    number = _section_of(path)
    if number is None:
        problem(None, "name it chNN_<chapter>/sNN_<section>.ipynb so it sorts in syllabus order")
    elif number not in sections:
        problem(None, f"section {number} is not in the syllabus")
    else:
        expected = f"# {number} {sections[number]}"
        first = nb.cells[0].source.splitlines()[0] if nb.cells and nb.cells[0].source else ""
        if nb.cells[0].cell_type != "markdown" or first.strip() != expected:
            problem(0, f"the title cell must start with `{expected}` (found `{first}`)")

    setup = [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and c.source.strip() == SETUP_SOURCE]
    first_code = next((i for i, c in enumerate(nb.cells) if c.cell_type == "code"), None)
    if not setup or setup[0] != first_code:
        problem(first_code, f"the first code cell must be the setup cell `{SETUP_SOURCE}`")
    elif not notebooks.nbgrader_meta(nb.cells[setup[0]]).get("locked"):
        problem(setup[0], "the setup cell must be read-only (nbgrader locked)")

    grade_ids: dict[str, int] = {}
    for index, cell in enumerate(nb.cells):
        meta = notebooks.nbgrader_meta(cell)
        grade_id = meta.get("grade_id")
        if grade_id:
            if grade_id in grade_ids:
                problem(index, f"nbgrader grade_id `{grade_id}` is also used by cell {grade_ids[grade_id] + 1}")
            grade_ids[grade_id] = index
        if cell.cell_type != "code":
            continue
        try:
            go_cell = cells.read_cell(cell.source)
        except Exception as exc:  # a malformed magic line
            problem(index, str(exc))
            continue
        if go_cell is None:
            continue
        if notebooks.is_graded_go_cell(cell) and cell.get("outputs"):
            problem(index, "clear the outputs of answer and test cells in source/")
        if go_cell.is_test:
            spec = go_cell.spec
            if not (meta.get("grade") and meta.get("locked")):
                problem(index, f"test cell of `{spec.name}` must be an nbgrader 'Autograder tests' cell, locked")
            elif float(meta.get("points", -1)) != spec.points:
                problem(index, f"--points {spec.points:g} differs from the nbgrader points {meta.get('points')}")
            if "// BEGIN HIDDEN TESTS" not in cell.source:
                problem(index, f"test cell of `{spec.name}` has no hidden tests (// BEGIN HIDDEN TESTS)")
        elif go_cell.spec.name and go_cell.spec.file and not meta.get("solution"):
            if not meta.get("locked"):
                problem(index, f"file `{go_cell.spec.file}` of `{go_cell.spec.name}` is given to students: "
                               "make it read-only (nbgrader locked), or an answer cell with a solution region")
        elif go_cell.spec.name:
            if not meta.get("solution") or meta.get("grade"):
                problem(index, f"answer cell of `{go_cell.spec.name}` must be an nbgrader 'Autograded answer' cell")
            if "// BEGIN SOLUTION" not in cell.source:
                problem(index, f"answer cell of `{go_cell.spec.name}` has no // BEGIN SOLUTION region")

    found = notebooks.exercises(nb, path)
    names = [e.name for e in found]
    for name in sorted({n for n in names if names.count(n) > 1}):
        problem(None, f"exercise `{name}` appears more than once")
    if len(found) < MIN_EXERCISES:
        problem(None, f"{len(found)} exercises; a section has at least {MIN_EXERCISES}")
    total = sum(e.points for e in found)
    if total != TOTAL_POINTS:
        problem(None, f"exercise points add up to {total:g}, not {TOTAL_POINTS}")
    problems += [f"{where} cell {i + 1}: {text}" for i, text in go_style(nb, path)]
    return problems


def go_style(nb, path: Path) -> list[tuple[int, str]]:
    """gofmt and go vet findings for every Go cell of a notebook: (cell index, message)."""
    findings: list[tuple[int, str]] = []
    go = toolchain.find_go()
    with tempfile.TemporaryDirectory(prefix="go-course-lint-") as tmp:
        for index, cell in enumerate(nb.cells):
            go_cell = cells.read_cell(cell.source) if cell.cell_type == "code" else None
            if go_cell is None:
                continue
            source = Path(tmp) / f"cell{index}.go"
            source.write_text(go_cell.body.strip("\n") + "\n")
            unformatted = subprocess.run([str(go.gofmt), "-l", str(source)], capture_output=True, text=True)
            if unformatted.returncode and notebooks.ERROR_TAG in cell.metadata.get("tags", []):
                continue  # a syntax error on purpose: nothing to format
            if unformatted.stdout.strip() or unformatted.returncode:
                findings.append((index, "not gofmt-clean (run gofmt on it)" + unformatted.stderr.strip()[:300]))
    findings += vet_examples(nb, path)
    from .checks import released_answer, released_tests

    for exercise in notebooks.exercises(nb, path):
        stub, stub_extra, _ = released_answer(exercise)
        versions = [("", exercise.answer_body, exercise.extra_files, exercise.test.body),
                    ("the released stub: ", stub, stub_extra, released_tests(exercise))]
        for label, answer, extra, tests in versions:
            problem = _vet_exercise(path, exercise.name, answer, extra, tests)
            if problem:
                findings.append((exercise.answer_index, label + problem))
    return findings


def _vet_exercise(path: Path, name: str, answer: str, extra: dict[str, str], tests: str) -> str:
    """go vet on one version of an exercise (solution or stub, with its tests); "" when clean."""
    from .workspace import Workspace

    workspace = Workspace(module_root=path.parent)
    try:
        folder = workspace.save_exercise(name, answer, tests, extra)
        vetted = runner.go(["vet", "./..."], folder)
        if vetted.returncode:
            return "go vet: " + runner.explain_build_output(vetted.stderr + vetted.stdout, name)
        return ""
    except Exception as exc:
        return str(exc)
    finally:
        workspace.remove()


def vet_examples(nb, path: Path) -> list[tuple[int, str]]:
    """go vet on every `%%go` program, except those whose error is the lesson (tagged raises-exception).

    All of a notebook's examples are vetted by one go command: each is a main package in a
    folder of its own inside one throwaway module.
    """
    programs = {}
    for index, cell in enumerate(nb.cells):
        go_cell = cells.read_cell(cell.source) if cell.cell_type == "code" else None
        if go_cell and not go_cell.is_test and not go_cell.spec.name \
                and notebooks.ERROR_TAG not in cell.metadata.get("tags", []):
            programs[f"cell{index}"] = (index, go_cell.body)
    if not programs:
        return []
    findings = []
    with tempfile.TemporaryDirectory(prefix="go-course-vet-") as tmp:
        root = Path(tmp)
        module = find_module_files(path.parent)  # the assignment's modules, as the examples run with
        if module:
            shutil.copyfile(module[0], root / "go.mod")
            if module[1]:
                shutil.copyfile(module[1], root / "go.sum")
        else:
            (root / "go.mod").write_text("module examples\n\ngo 1.25\n")
        for folder, (_, body) in programs.items():
            (root / folder).mkdir()
            (root / folder / "main.go").write_text(body)
        vetted = runner.go(["vet", "./..."], root)
        if vetted.returncode:
            for line in (vetted.stderr + vetted.stdout).splitlines():
                match = re.match(r"^(?:vet: )?(?:\./)?(cell\d+)/main\.go:(\d+)(?::\d+)?: (.*)$", line)
                if match:
                    index = programs[match.group(1)][0]
                    findings.append((index, f"go vet: line {int(match.group(2)) + 1}: {match.group(3)}"))
            if not findings:
                findings.append((min(i for i, _ in programs.values()), "go vet failed on the examples:\n"
                                 + (vetted.stderr + vetted.stdout)[:1000]))
    return findings


def lint(paths: list[str] | None = None, check_release: bool = True, jobs: int = 2) -> list[str]:
    """Every problem of the notebooks (and of release/ when asked); the go commands run `jobs` at a time."""
    from concurrent.futures import ThreadPoolExecutor

    sections = syllabus_sections()
    with ThreadPoolExecutor(max_workers=max(jobs, 1)) as pool:
        in_sync = pool.submit(release.out_of_sync) if check_release else None
        per_notebook = list(pool.map(lambda path: lint_notebook(path, sections), notebooks.source_notebooks(paths)))
        problems = [line for found in per_notebook for line in found]
        if in_sync:
            problems += in_sync.result()
    return problems
