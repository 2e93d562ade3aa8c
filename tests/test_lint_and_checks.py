"""lint and check must catch what they promise to catch: each defect planted here is reported."""

from pathlib import Path

import nbformat
import pytest
from course_fixture import ADD_ANSWER, ADD_TESTS, HALF_ANSWER, HALF_TESTS, HALF_WRONG

from course import checks, lint, notebooks
from course.authoring import NotebookBuilder

UNFORMATTED = 'package main\n\nimport "fmt"\n\nfunc main() {\n    fmt.Println("spaces, not tabs")\n}\n'


def test_lint_reports_each_defect(tmp_path):
    path = tmp_path / "ch01_go_basics" / "s02_syntax.ipynb"
    path.parent.mkdir()
    (path.parent / "go.mod").write_text("module x\n\ngo 1.25\n")
    b = NotebookBuilder("# 1.2 Syntax Basics")  # the syllabus says "Syntax Fundamentals"
    b.setup()
    b.example(UNFORMATTED)
    b.example('package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Printf("%d\\n", "ten")\n}\n')
    b.example('package main\n\nfunc main() {\n\tx := 1\n}\n', tags=["raises-exception"])  # the lesson
    b.exercise("add", task="Add.", answer=ADD_ANSWER, tests=ADD_TESTS.replace("BEGIN HIDDEN", "BEGIN"), points=4)
    b.exercise("half", task="Half.", answer=HALF_ANSWER, tests=HALF_TESTS, points=3)
    nb = b.build()
    nb.cells[2].source = "%%go\n" + UNFORMATTED  # the builder would have formatted it
    nb.cells[6].outputs = [nbformat.v4.new_output("stream", text="left over\n")]  # the add answer cell
    nbformat.write(nb, path)

    problems = "\n".join(lint.lint_notebook(path, lint.syllabus_sections()))
    assert "title cell must start with `# 1.2 Syntax Fundamentals`" in problems
    assert "cell 7: clear the outputs of answer and test cells" in problems
    assert "test cell of `add` has no hidden tests" in problems
    assert "2 exercises; a section has at least 3" in problems
    assert "points add up to 7, not 10" in problems
    assert "cell 3: not gofmt-clean" in problems
    assert "cell 4: go vet: line 7: fmt.Printf format %d has arg \"ten\" of wrong type string" in problems
    assert "cell 5" not in problems, "a cell tagged raises-exception may fail to compile"


@pytest.fixture
def tiny_course(tmp_path, monkeypatch):
    monkeypatch.setattr(notebooks, "SOURCE", tmp_path / "source")
    monkeypatch.setattr(notebooks, "RELEASE", tmp_path / "release")
    monkeypatch.setattr(notebooks, "WRONG", tmp_path / "wrong")
    for top in ("source", "release"):
        folder = tmp_path / top / "ch01_go_basics"
        folder.mkdir(parents=True)
        (folder / "go.mod").write_text("module x\n\ngo 1.25\n")
    return tmp_path


def write_exercise(root: Path, answer: str, stub: str) -> notebooks.Exercise:
    for top, body in (("source", answer), ("release", stub)):
        b = NotebookBuilder("# 1.2 Syntax Fundamentals")
        b.exercise("half", task="Half.", answer=body, tests=HALF_TESTS, points=6)
        b.write(root / top / "ch01_go_basics" / "s02_x.ipynb")
    path = root / "source" / "ch01_go_basics" / "s02_x.ipynb"
    return notebooks.exercises(notebooks.read(path), path)[0]


def add_wrong(root: Path, name: str, body: str) -> None:
    folder = root / "wrong" / "ch01_go_basics" / "s02_x" / "half"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.go").write_text(body)


STUB = "package half\n\nfunc Half(n int) int {\n\tpanic(\"not implemented\")\n}\n"
SOLUTION = HALF_ANSWER.replace("\t// BEGIN SOLUTION\n", "").replace("\t// END SOLUTION\n", "")


def test_check_passes_a_sound_exercise(tiny_course):
    exercise = write_exercise(tiny_course, HALF_ANSWER, STUB)
    add_wrong(tiny_course, "truncates", HALF_WRONG)
    result = checks.check_exercise(exercise)
    assert result.ok, result.problems
    assert result.lines == ["solution 6/6", "stub 0/6", "public tests: solution 6, stub 0", "truncates 4/6"]


def test_check_flags_a_wrong_solution_that_earns_full_points(tiny_course):
    exercise = write_exercise(tiny_course, HALF_ANSWER, STUB)
    add_wrong(tiny_course, "actually_right", SOLUTION)
    result = checks.check_exercise(exercise)
    assert any("actually_right.go earns full points" in p for p in result.problems)


def test_check_flags_missing_wrong_solutions_and_broken_stub(tiny_course):
    exercise = write_exercise(tiny_course, HALF_ANSWER, "package half\n\nfunc Half(n int) int {\n}\n")
    problems = "\n".join(checks.check_exercise(exercise).problems)
    assert "no wrong solutions under tests/wrong/ch01_go_basics/s02_x/half/" in problems
    assert "the released stub must compile and fail every test" in problems


def test_check_flags_a_stub_that_earns_points(tiny_course):
    exercise = write_exercise(tiny_course, HALF_ANSWER, SOLUTION)
    add_wrong(tiny_course, "truncates", HALF_WRONG)
    assert any("the released stub earns 6" in p for p in checks.check_exercise(exercise).problems)


def test_race_without_c_compiler_says_so(tmp_path, monkeypatch):
    from course import runner, toolchain
    from course.workspace import Workspace

    monkeypatch.setattr(toolchain, "c_compiler", lambda: None)
    workspace = Workspace(module_root=tmp_path, root=tmp_path / "work")
    workspace.save_answer("half", SOLUTION)
    folder = workspace.save_tests("half", HALF_TESTS)
    report = runner.grade(folder, "half", 6, race=True)
    assert report.points == 6
    assert any("race detector needs a C compiler" in note for note in report.notes)


def test_check_derives_the_stub_before_a_release(tiny_course):
    exercise = write_exercise(tiny_course, HALF_ANSWER, STUB)
    (tiny_course / "release" / "ch01_go_basics" / "s02_x.ipynb").unlink()
    add_wrong(tiny_course, "truncates", HALF_WRONG)
    result = checks.check_exercise(exercise)
    assert result.ok, result.problems
    assert "stub (from source: not released yet) 0/6" in result.lines


PRICE = """
// Package price is internal to the exercise: only code inside it may import it.
package price

// WithTax adds 20% tax to cents, rounding half up.
func WithTax(cents int) int {
	// BEGIN SOLUTION
	return (cents*120 + 50) / 100
	// END SOLUTION
}
"""

SHOP = """
package shop

import "example.com/m/internal/price"

// Taxed is how Total prices a sum (declared outside the solution, so the stub still uses the import).
var Taxed = price.WithTax

// Total is the price of all items with tax.
func Total(items []int) int {
	// BEGIN SOLUTION
	sum := 0
	for _, cents := range items {
		sum += cents
	}
	return price.WithTax(sum)
	// END SOLUTION
}
"""

SHOP_TESTS = """
package shop

import (
	"testing"

	"example.com/m/internal/price"
)

func TestWithTax(t *testing.T) {
	if got := price.WithTax(1004); got != 1205 {
		t.Errorf("WithTax(1004) = %d, want 1205", got)
	}
}

// BEGIN HIDDEN TESTS
func TestTotal(t *testing.T) {
	if got := Total([]int{100, 200}); got != 360 {
		t.Errorf("Total([100 200]) = %d, want 360", got)
	}
}
// END HIDDEN TESTS
"""


def test_exercise_of_several_packages(tiny_course):
    """1.10-style exercise: an internal package in its own cell, the main answer importing it."""
    (tiny_course / "source" / "ch01_go_basics" / "go.mod").write_text("module example.com/m\n\ngo 1.25\n")
    (tiny_course / "release" / "ch01_go_basics" / "go.mod").write_text("module example.com/m\n\ngo 1.25\n")
    b = NotebookBuilder("# 1.10 Packages and Imports")
    b.setup()
    b.exercise("shop", task="Shop.", answer=SHOP, tests=SHOP_TESTS, points=10,
               files=[("internal/price/price.go", PRICE, True)])
    path = tiny_course / "source" / "ch01_go_basics" / "s10_x.ipynb"
    b.write(path)
    executed = notebooks.execute(path)
    assert notebooks.points_of(executed) == [("shop", 10.0)]
    assert "✔ shop (internal/price/price.go) saved and compiled" in executed.cells[3].outputs[0].text

    exercise = notebooks.exercises(notebooks.read(path), path)[0]
    assert list(exercise.extra_files) == ["internal/price/price.go"]
    wrong = tiny_course / "wrong" / "ch01_go_basics" / "s10_x" / "shop" / "rounds_down" / "internal" / "price"
    wrong.mkdir(parents=True)
    (wrong / "price.go").write_text(PRICE.replace("+ 50) / 100", ") / 100"))
    result = checks.check_exercise(exercise)
    assert result.ok, result.problems
    assert result.lines == ["solution 10/10", "stub (from source: not released yet) 0/10",
                            "public tests: solution 10, stub 0", "rounds_down 5/10"]


def test_check_flags_released_tests_that_do_not_compile(tiny_course):
    """A release made before imports were pruned: the public tests import what only hidden tests used."""
    exercise = write_exercise(tiny_course, HALF_ANSWER, STUB)
    add_wrong(tiny_course, "truncates", HALF_WRONG)
    released = tiny_course / "release" / "ch01_go_basics" / "s02_x.ipynb"
    nb = nbformat.read(released, as_version=4)
    test_cell = next(c for c in nb.cells if c.source.startswith("%%gotest"))
    public = test_cell.source.split("// BEGIN HIDDEN TESTS")[0]
    test_cell.source = public.replace('import "testing"', 'import (\n\t"fmt"\n\t"testing"\n)')
    nbformat.write(nb, released)
    problems = "\n".join(checks.check_exercise(exercise).problems)
    assert "with the released (public) tests the solution earns 0" in problems
    assert '"fmt" imported and not used' in problems


def test_lint_vets_the_released_stub(tmp_path):
    """Code after a solution region becomes unreachable in the stub: students would see vet complain."""
    path = tmp_path / "ch01_go_basics" / "s02_syntax.ipynb"
    path.parent.mkdir()
    (path.parent / "go.mod").write_text("module x\n\ngo 1.25\n")
    b = NotebookBuilder("# 1.2 Syntax Fundamentals")
    b.setup()
    b.exercise("half", task="Half.", points=10, tests=HALF_TESTS, answer=HALF_ANSWER.replace(
        "\treturn n / 2\n\t// END SOLUTION\n", "\t// END SOLUTION\n\treturn n / 2\n"))
    b.write(path)
    problems = "\n".join(lint.lint_notebook(path, lint.syllabus_sections()))
    assert "the released stub: go vet:" in problems and "unreachable code" in problems
