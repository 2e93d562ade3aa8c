"""Every notebook of the course: lint-clean, runs top to bottom, and every exercise passes
the three checks (solution full, stub zero, each wrong solution below full)."""

import pytest

from course import checks, lint, notebooks

EXERCISES = checks.all_exercises()
NOTEBOOKS = notebooks.source_notebooks()


def test_there_is_course_content():
    assert NOTEBOOKS and EXERCISES


@pytest.mark.parametrize("exercise", EXERCISES, ids=[e.key for e in EXERCISES])
def test_exercise_three_checks(exercise):
    result = checks.check_exercise(exercise)
    assert result.ok, "\n".join(result.problems)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_lint(path):
    problems = lint.lint_notebook(path, lint.syllabus_sections())
    assert not problems, "\n".join(problems)


def test_release_in_sync():
    problems = lint.release.out_of_sync()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_executes_with_full_points(path):
    run = checks.execute_notebook(path)
    assert not run.problems, "\n".join(run.problems)
