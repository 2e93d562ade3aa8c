"""The whole nbgrader flow through a real exchange folder: release, fetch, submit for three
students, collect, autograde, feedback; exact scores, hidden tests where they belong."""

import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from course_fixture import HALF_WRONG, make_course

from course import cells

COURSE = "go-backend"


def nbgrader(*args, cwd, check=True):
    done = subprocess.run([sys.executable, "-m", "nbgrader", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=900)
    if check and (done.returncode != 0 or "| ERROR]" in done.stderr):
        pytest.fail(f"nbgrader {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done


def replace_answer(notebook: Path, name: str, body: str) -> None:
    nb = nbformat.read(notebook, as_version=4)
    for cell in nb.cells:
        spec = cells.read_cell(cell.source) if cell.cell_type == "code" else None
        if spec and not spec.is_test and spec.spec.name == name:
            cell.source = f"%%go {name}\n" + body.strip("\n")
    nbformat.write(nb, notebook)


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    root = make_course(tmp_path_factory.mktemp("course"))
    nbgrader("generate_assignment", "ps1", cwd=root)
    nbgrader("release_assignment", "ps1", cwd=root)
    students = {"alice": "solution", "bob": "untouched", "carol": "wrong", "dave": "rearranged"}
    for student, kind in students.items():
        home = root / "home" / student
        home.mkdir(parents=True)
        exchange = [f"--Exchange.root={root / 'exchange'}", f"--Exchange.cache={root / 'cache' / student}"]
        nbgrader("fetch_assignment", "ps1", f"--course={COURSE}", *exchange, cwd=home)
        notebook = home / "ps1" / "ps1.ipynb"
        if kind == "solution":
            source = nbformat.read(root / "source" / "ps1" / "ps1.ipynb", as_version=4)
            answers = {c.metadata["nbgrader"]["grade_id"]: c.source for c in source.cells
                       if c.metadata.get("nbgrader", {}).get("solution")}
            nb = nbformat.read(notebook, as_version=4)
            for cell in nb.cells:
                grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
                if grade_id in answers:
                    cell.source = answers[grade_id]
            nbformat.write(nb, notebook)
        elif kind == "rearranged":
            # dave deleted the add answer cell and moved the half test cell above its answer
            nb = nbformat.read(notebook, as_version=4)
            ids = [c.metadata.get("nbgrader", {}).get("grade_id") for c in nb.cells]
            half_tests = nb.cells[ids.index("half_tests")]
            nb.cells = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id")
                        not in ("add_answer", "half_tests")]
            nb.cells.insert(ids.index("half_task"), half_tests)
            nbformat.write(nb, notebook)
        elif kind == "wrong":
            replace_answer(notebook, "add", "package add\n\nfunc Add(a, b int) int {\n\treturn a + b\n}\n")
            replace_answer(notebook, "half", HALF_WRONG)
        nbgrader("submit", "ps1", f"--course={COURSE}", f"--student={student}", *exchange, cwd=home)
    nbgrader("collect", "ps1", "--ExchangeCollect.check_owner=False", cwd=root)
    nbgrader("autograde", "ps1", "--create", cwd=root)
    nbgrader("generate_feedback", "ps1", cwd=root)
    return root, students


def scores(root: Path) -> dict[str, float]:
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        return {s.student.id: s.score for s in gb.assignment_submissions("ps1")}


def test_exact_scores(graded):
    root, _ = graded
    # alice: everything; bob: the stubs panic; carol: Add right (4), Half fails one of three (4 of 6);
    # dave: no Add answer (0), and his Half tests ran before the answer cell was saved (0)
    assert scores(root) == {"alice": 10.0, "bob": 0.0, "carol": 8.0, "dave": 0.0}


def test_missing_answer_is_explained(graded):
    root, _ = graded
    text = (root / "autograded" / "dave" / "ps1" / "ps1.ipynb").read_text()
    assert "There is no saved answer for `add`" in text
    assert "There is no saved answer for `half`" in text


def test_grade_report(graded, tmp_path):
    """The report of `course grade`: CSV of grades and plots, from the autograded notebooks."""
    from course import grading

    root, students = graded
    results = grading.read_reports("ps1", sorted(students), root)
    page = grading.write_report("ps1", results, tmp_path / "report")
    rows = (tmp_path / "report" / "grades.csv").read_text().splitlines()
    assert rows[0] == "student,ps1/add,ps1/half,total"
    assert "carol,4.0,4.0,8.0" in rows and "alice,4.0,6.0,10.0" in rows
    assert (tmp_path / "report" / "scores.png").stat().st_size > 1000
    assert (tmp_path / "report" / "hardest_tests.png").stat().st_size > 1000
    failing = {name for r in results for name, rep in r.reports.items() for t in rep.tests
               if not t.status.earns_credit}
    assert failing == {"ps1/add", "ps1/half"}


def test_release_has_stubs_and_no_hidden_tests(graded):
    root, _ = graded
    text = (root / "release" / "ps1" / "ps1.ipynb").read_text()
    assert "TestAddNegative" not in text and "BEGIN HIDDEN TESTS" not in text
    assert "return n/2 - 1" not in text and 'panic(\\"not implemented\\")' in text
    assert (root / "release" / "ps1" / "go.mod").is_file()
    assert '"hello\\n"' in text, "example outputs are kept in the release"


def test_hidden_tests_restored_at_autograde(graded):
    root, _ = graded
    autograded = json.loads((root / "autograded" / "carol" / "ps1" / "ps1.ipynb").read_text())
    text = json.dumps(autograded)
    assert "func TestHalfNegativeOdd" in text
    assert "Half(-7) = -3, want -4" in text


def test_feedback_names_hidden_tests_without_their_source(graded):
    root, _ = graded
    html = (root / "feedback" / "carol" / "ps1" / "ps1.html").read_text()
    assert "TestHalfNegativeOdd" in html, "feedback shows the hidden test's name and result"
    assert "func TestHalfNegativeOdd" not in html and "Half(-7); got != -4" not in html
    assert "BEGIN HIDDEN TESTS" not in html


def test_submissions_are_not_modified(graded):
    """Grading builds in private work folders: nothing is added to or changed in a submission."""
    root, students = graded
    for student in students:
        submitted = root / "submitted" / student / "ps1"
        names = {p.name for p in submitted.iterdir()}
        assert names <= {"go.mod", "ps1.ipynb", "timestamp.txt", "submission_secret.txt"}, names
        sent = root / "home" / student / "ps1" / "ps1.ipynb"
        assert (submitted / "ps1.ipynb").read_bytes() == sent.read_bytes()
        assert {p.name for p in (root / "autograded" / student / "ps1").iterdir()} <= names


def test_parallel_grade_command_gives_the_same_scores(graded, tmp_path):
    """`python -m course grade --jobs 2`: two nbgrader processes share the students and the gradebook."""
    from course import grading

    root, students = graded
    assert grading.shards(sorted(students), 2) == [["alice", "carol"], ["bob", "dave"]]
    assert grading.run("ps1", jobs=2, output=str(tmp_path / "report"), root=root) == 0
    assert scores(root) == {"alice": 10.0, "bob": 0.0, "carol": 8.0, "dave": 0.0}
    assert "carol,4.0,4.0,8.0" in (tmp_path / "report" / "grades.csv").read_text().splitlines()
