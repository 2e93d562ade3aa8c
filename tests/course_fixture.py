"""A small nbgrader course in a temporary folder, built with the course's own authoring API."""

from pathlib import Path

from course import notebooks
from course.authoring import NotebookBuilder

REPO = Path(__file__).resolve().parent.parent

ADD_ANSWER = """
package add

// Add returns a + b.
func Add(a, b int) int {
	// BEGIN SOLUTION
	return a + b
	// END SOLUTION
}
"""

ADD_TESTS = """
package add

import "testing"

func TestAdd(t *testing.T) {
	if got := Add(1, 2); got != 3 {
		t.Errorf("Add(1, 2) = %d, want 3", got)
	}
}

// BEGIN HIDDEN TESTS
func TestAddNegative(t *testing.T) {
	if got := Add(-1, -2); got != -3 {
		t.Errorf("Add(-1, -2) = %d, want -3", got)
	}
}
// END HIDDEN TESTS
"""

HALF_ANSWER = """
package half

// Half returns n/2 rounded down (towards minus infinity).
func Half(n int) int {
	// BEGIN SOLUTION
	if n < 0 && n%2 != 0 {
		return n/2 - 1
	}
	return n / 2
	// END SOLUTION
}
"""

HALF_WRONG = """
package half

// Half truncates towards zero: wrong for odd negative numbers.
func Half(n int) int {
	return n / 2
}
"""

HALF_TESTS = """
package half

import "testing"

func TestHalfEven(t *testing.T) {
	if got := Half(8); got != 4 {
		t.Errorf("Half(8) = %d, want 4", got)
	}
}

// BEGIN HIDDEN TESTS
func TestHalfOdd(t *testing.T) {
	if got := Half(7); got != 3 {
		t.Errorf("Half(7) = %d, want 3", got)
	}
}

func TestHalfNegativeOdd(t *testing.T) {
	if got := Half(-7); got != -4 {
		t.Errorf("Half(-7) = %d, want -4", got)
	}
}
// END HIDDEN TESTS
"""


def build_notebook(path: Path) -> None:
    b = NotebookBuilder("# 1.1 Setup & Environment\n\nA fixture notebook.")
    b.setup()
    b.example('package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello")\n}\n')
    b.exercise("add", task="Write `Add(a, b int) int`.", answer=ADD_ANSWER, tests=ADD_TESTS, points=4)
    b.exercise("half", task="Write `Half(n int) int`.", answer=HALF_ANSWER, tests=HALF_TESTS, points=6)
    b.write(path)


def make_course(root: Path, assignment: str = "ps1") -> Path:
    """A course folder: nbgrader_config.py using the course's plug-ins, and source/ps1."""
    (root / "source" / assignment).mkdir(parents=True)
    (root / "source" / assignment / "go.mod").write_text("module gocourse/ps1\n\ngo 1.25\n")
    build_notebook(root / "source" / assignment / "ps1.ipynb")
    notebooks.refresh(root / "source" / assignment / "ps1.ipynb")  # the author's step: keep example outputs
    (root / "nbgrader_config.py").write_text(
        "import sys\n"
        f"sys.path.insert(0, {str(REPO)!r})\n"
        "from pathlib import Path\n"
        "from course.nbgrader import configure\n"
        "c = get_config()\n"
        "configure(c, Path(__file__).resolve().parent)\n"
        f"c.Exchange.root = {str(root / 'exchange')!r}\n"
    )
    (root / "exchange").mkdir()
    return root
