"""Golden cases for the runner: each folder under runner_cases/ is an answer, its tests and
the expected outcome. Adding a case is adding a folder."""

import json
from pathlib import Path

import pytest

from course import runner, toolchain
from course.report import Status
from course.workspace import ExerciseError, Workspace

CASES = Path(__file__).parent / "runner_cases"


@pytest.mark.parametrize("case", sorted(p.name for p in CASES.iterdir() if p.is_dir()))
def test_case(case, tmp_path):
    folder = CASES / case
    expected = json.loads((folder / "expected.json").read_text())
    if expected.get("needs_cc") and not toolchain.c_compiler():
        pytest.skip("no C compiler: the race detector cannot run here")
    if expected.get("needs_sandbox") and not toolchain.network_sandbox():
        pytest.skip("no network namespaces on this machine")
    # a case with its own go.mod stands for an assignment folder with third-party modules
    module_root = folder if (folder / "go.mod").exists() else tmp_path
    workspace = Workspace(module_root=module_root, root=tmp_path / "work")
    if (folder / "ex.go").exists():
        try:
            workspace.save_answer("ex", (folder / "ex.go").read_text())
            assert "save_error" not in expected
        except ExerciseError as exc:
            assert expected["save_error"] in str(exc)
            assert not workspace.has_answer("ex")
    exercise = workspace.save_tests("ex", (folder / "ex_test.go").read_text())
    report = runner.grade(exercise, "ex", 10, race=expected.get("race", False), limit=expected.get("limit", 10))

    assert report.points == expected["points"], report.text()
    if "problem" in expected:
        assert expected["problem"] in report.problem, report.text()
        assert not report.tests
    statuses = {t.name: t.status.value for t in report.tests}
    assert statuses == expected.get("tests", {}), report.text()
    for test, fragment in expected.get("messages", {}).items():
        message = next(t.message for t in report.tests if t.name == test)
        assert fragment in message, report.text()
    if "max_report_bytes" in expected:
        assert len(report.text().encode()) < expected["max_report_bytes"]


def test_forked_children_die_with_the_test(tmp_path):
    """The `forks` case leaves its `sleep` running unless the whole process group is killed."""
    import subprocess

    # a sleep of its own length, so that the `forks` golden case running beside it does not count
    before = subprocess.run(["pgrep", "-f", "sleep 313"], capture_output=True, text=True).stdout.split()
    workspace = Workspace(module_root=tmp_path, root=tmp_path / "work")
    workspace.save_answer("ex", (CASES / "forks" / "ex.go").read_text().replace("300", "313"))
    folder = workspace.save_tests("ex", (CASES / "forks" / "ex_test.go").read_text())
    report = runner.grade(folder, "ex", 10, limit=1)
    assert {t.status for t in report.tests} == {Status.PASS, Status.TIMEOUT}
    after = subprocess.run(["pgrep", "-f", "sleep 313"], capture_output=True, text=True).stdout.split()
    assert set(after) <= set(before), "a child of the timed-out test survived the kill"


def test_clean_run_uses_one_process(tmp_path, monkeypatch):
    """Isolation costs nothing when the code behaves: one process runs every test."""
    calls = []
    real = runner._run_round
    monkeypatch.setattr(runner, "_run_round", lambda *a, **k: calls.append(a[3]) or real(*a, **k))
    workspace = Workspace(module_root=tmp_path, root=tmp_path / "work")
    workspace.save_answer("ex", (CASES / "passing" / "ex.go").read_text())
    folder = workspace.save_tests("ex", (CASES / "passing" / "ex_test.go").read_text())
    assert runner.grade(folder, "ex", 10).points == 10
    assert calls == [["TestDouble", "TestDoubleNegative"]]


def test_program_output_is_capped_and_utf8(tmp_path):
    workspace = Workspace(module_root=tmp_path, root=tmp_path / "work")
    shown = []
    result = runner.run_program(workspace, """
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println("Grüße 👋")
	line := strings.Repeat("y", 1023)
	for range 64 * 1024 {
		fmt.Println(line)
	}
}
""", on_text=lambda stream, text: shown.append(text))
    assert result.ok
    assert result.stdout.startswith("Grüße 👋\n")
    assert result.cut and result.bytes_printed > 64 << 20
    assert len("".join(shown).encode()) <= runner.PROGRAM_OUTPUT_LIMIT


def test_program_args_stdin_and_time_limit(tmp_path):
    workspace = Workspace(module_root=tmp_path, root=tmp_path / "work")
    source = """
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		fmt.Println(os.Args[1], in.Text())
	}
	for len(os.Args) > 2 {
	}
}
"""
    result = runner.run_program(workspace, source, args=["hi"], stdin="a\nb\n")
    assert result.ok and result.stdout == "hi a\nhi b\n"
    stuck = runner.run_program(workspace, source, args=["hi", "wait"], stdin="", limit=1)
    assert stuck.stopped.startswith("time limit") and not stuck.ok


def test_compile_error_names_cell_lines(tmp_path):
    workspace = Workspace(module_root=tmp_path, root=tmp_path / "work")
    with pytest.raises(runner.BuildFailed, match=r"^cell, line 5: undefined: y"):
        runner.run_program(workspace, "package main\n\nfunc main() {\n\t_ = y\n}\n")
