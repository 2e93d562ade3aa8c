"""`python -m course bench`: the engine's speed against plain go commands, measured side by side.

Each pair runs alternately in one process on this machine (p50 over
--repeat runs, after one warm-up each), so machine noise hits both sides.
"""

from __future__ import annotations

import atexit
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import notebooks, runner, toolchain
from .workspace import Workspace

TEN_TESTS = "\n".join(
    f"""
func TestCase{i}(t *testing.T) {{
	if got := Fib({i}); got != want[{i}] {{
		t.Errorf("Fib({i}) = %d, want %d", got, want[{i}])
	}}
}}"""
    for i in range(10)
)
TEST_FILE = f"""package fib

import "testing"

var want = []int{{0, 1, 1, 2, 3, 5, 8, 13, 21, 34}}
{TEN_TESTS}
"""
ANSWER_FILE = """package fib

// Fib returns the n-th Fibonacci number.
func Fib(n int) int {
	a, b := 0, 1
	for range n {
		a, b = b, a+b
	}
	return a
}
"""
PROGRAM = """package main

import "fmt"

func main() {
	total := 0
	for i := range 1000 {
		total += i
	}
	fmt.Println("total", total)
}
"""


def _time(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def side_by_side(ours, theirs, repeat: int) -> tuple[float, float]:
    ours(), theirs()  # warm-up: build caches
    a, b = [], []
    for _ in range(repeat):
        a.append(_time(ours))
        b.append(_time(theirs))
    return statistics.median(a), statistics.median(b)


def _line(label: str, ours: float, theirs: float, theirs_label: str, goal: str) -> None:
    print(f"{label:<34} {ours * 1000:8.0f} ms   {theirs_label:<22} {theirs * 1000:8.0f} ms   "
          f"ratio {ours / theirs:5.2f}  (goal {goal})", flush=True)


def unchanged_and_edited(label: str, source: str, ours, theirs, repeat: int, theirs_label: str, goal: str) -> None:
    """Two lines: the same source every run (a cell run again), then a new edit each run
    (a student changed the cell: both sides compile and link again)."""
    _line(f"{label} (warm)", *side_by_side(lambda: ours(source), lambda: theirs(source), repeat), theirs_label, goal)
    edits = iter(range(10**6))

    def edited() -> str:
        return source + f"\n// edit {next(edits)}\n"

    _line(f"{label}, edited each run", *side_by_side(lambda: ours(edited()), lambda: theirs(edited()), repeat),
          theirs_label, goal)


def bench_gotest(repeat: int) -> None:
    with tempfile.TemporaryDirectory(prefix="go-course-bench-") as tmp:
        workspace = Workspace(module_root=Path(tmp), root=Path(tmp) / "ws")
        plain = Path(tmp) / "plain"
        plain.mkdir()
        (plain / "go.mod").write_text("module exercise\n\ngo 1.25\n")
        (plain / "fib_test.go").write_text(TEST_FILE)

        def ours(answer: str) -> None:
            folder = workspace.save_exercise("fib", answer, TEST_FILE)
            assert runner.grade(folder, "fib", 10).points == 10

        def theirs(answer: str) -> None:
            (plain / "fib.go").write_text(answer)
            done = runner.go(["test", "-count=1", "."], plain)
            assert done.returncode == 0, done.stderr

        unchanged_and_edited("%%gotest, 10 tests", ANSWER_FILE, ours, theirs, repeat, "go test -count=1", "<= 1.15")


def bench_go(repeat: int) -> None:
    with tempfile.TemporaryDirectory(prefix="go-course-bench-") as tmp:
        workspace = Workspace(module_root=Path(tmp), root=Path(tmp) / "ws")
        plain = Path(tmp) / "plain"
        plain.mkdir()
        (plain / "go.mod").write_text("module program\n\ngo 1.25\n")

        def ours(program: str) -> None:
            assert runner.run_program(workspace, program).stdout == "total 499500\n"

        def theirs(program: str) -> None:
            (plain / "main.go").write_text(program)
            done = runner.go(["run", "."], plain)
            assert done.stdout == "total 499500\n", done.stderr

        unchanged_and_edited("%%go program", PROGRAM, ours, theirs, repeat, "go run", "<= 1.10")


def sample_submissions(root: Path, submissions: int) -> list[str]:
    """A sample course under `root` with `submissions` collected submissions: a third each
    full solutions, one wrong answer, untouched releases."""
    sys.path.insert(0, str(notebooks.ROOT / "tests"))
    from course_fixture import HALF_WRONG, make_course  # the test suite's sample course

    import nbformat

    from .release import nbgrader_env

    make_course(root)
    subprocess.run([sys.executable, "-m", "nbgrader", "generate_assignment", "ps1"], cwd=root,
                   env=nbgrader_env(), check=True, capture_output=True)
    released = nbformat.read(root / "release" / "ps1" / "ps1.ipynb", as_version=4)
    source = nbformat.read(root / "source" / "ps1" / "ps1.ipynb", as_version=4)
    students = [f"student{i:02d}" for i in range(submissions)]
    for i, student in enumerate(students):
        folder = root / "submitted" / student / "ps1"
        folder.mkdir(parents=True)
        shutil.copy(root / "release" / "ps1" / "go.mod", folder)
        nb = nbformat.from_dict(source if i % 3 == 0 else released)
        if i % 3 == 1:
            for cell in nb.cells:
                if cell.source.startswith("%%go half"):
                    cell.source = "%%go half\n" + HALF_WRONG.strip("\n")
        nbformat.write(nb, folder / "ps1.ipynb")
        (folder / "timestamp.txt").write_text("2026-11-26 12:00:00.000000 UTC")
    return students


def bench_grade(submissions: int) -> None:
    from . import grading

    with tempfile.TemporaryDirectory(prefix="go-course-bench-") as tmp:
        root = Path(tmp) / "course"
        students = sample_submissions(root, submissions)

        def grade_with(jobs: int) -> float:
            shutil.rmtree(root / "autograded", ignore_errors=True)
            # each run starts with an empty binary cache, so neither side reuses the other's links
            os.environ["GO_COURSE_CACHE"] = tempfile.mkdtemp(dir=tmp, prefix=f"cache-{jobs}-")
            started = time.perf_counter()
            errors = grading.autograde("ps1", students, jobs, root)
            assert not errors, errors
            return time.perf_counter() - started

        saved = os.environ.get("GO_COURSE_CACHE")
        try:
            seq = grade_with(1)
            par = grade_with(2)
        finally:
            os.environ.pop("GO_COURSE_CACHE", None)
            if saved is not None:
                os.environ["GO_COURSE_CACHE"] = saved
        results = grading.read_reports("ps1", students, root)
        assert len(results) == submissions and all(r.reports for r in results)
        print(f"{'grade --jobs 2, ' + str(submissions) + ' submissions':<34} {par:8.1f} s    "
              f"{'nbgrader autograde':<22} {seq:8.1f} s    speed-up {seq / par:5.2f}x (goal >= 1.8x)", flush=True)


def bench_notebooks(repeat: int, paths: list[str] | None = None) -> None:
    for path in notebooks.source_notebooks(paths):
        notebooks.execute(path)  # warm-up
        times = [_time(lambda: notebooks.execute(path)) for _ in range(max(repeat // 3, 1))]
        print(f"papermill {path.relative_to(notebooks.SOURCE)!s:<50} {statistics.median(times):6.1f} s "
              f"(goal < 60 s)", flush=True)


def run(repeat: int = 7, submissions: int = 30, only: list[str] | None = None,
        paths: list[str] | None = None) -> int:
    go = toolchain.find_go()
    print(f"{go.version_text}, Python {sys.version.split()[0]}, p50 of {repeat} alternating runs")
    chosen = only or ["gotest", "go", "grade", "notebooks"]
    # a binary cache of this run's own, so nothing built by an earlier run is reused
    os.environ["GO_COURSE_CACHE"] = cache = tempfile.mkdtemp(prefix="go-course-bench-cache-")
    atexit.register(shutil.rmtree, cache, True)
    if "gotest" in chosen:
        bench_gotest(repeat)
    if "go" in chosen:
        bench_go(repeat)
    if "notebooks" in chosen:
        bench_notebooks(repeat, paths)
    if "grade" in chosen:
        bench_grade(submissions)
    return 0
