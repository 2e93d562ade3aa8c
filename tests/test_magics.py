"""The magics in a real kernel, as a student meets them: bad input gets a clear message,
test cells never write to stderr, and the cell's value is the points earned."""

import nbformat
import pytest
from nbclient import NotebookClient
from nbformat.v4 import new_code_cell, new_notebook

from course.report import MIME_TYPE

ANSWER = "%%go double\npackage double\n\nfunc Double(n int) int {\n\treturn 2 * n\n}\n"
TESTS = """%%gotest double --points 4 --timeout 3
package double

import "testing"

func TestDouble(t *testing.T) {
	if Double(2) != 4 {
		t.Fatal("Double(2) != 4")
	}
}

func TestDoubleNegative(t *testing.T) {
	if Double(-3) != -6 {
		t.Fatal("Double(-3) != -6")
	}
}
"""

# Environment and a signal sent once the program printed its first line ("ready").
SIGNAL_PROGRAM = """%%go --env GREETING=hello --signal SIGINT --timeout 20
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	fmt.Println("ready:", os.Getenv("GREETING"))
	<-ctx.Done()
	fmt.Println("interrupted, shutting down")
}
"""

# A test file the student writes (--file ..._test.go): it is run by the graded tests,
# which re-run the test binary against a broken implementation; it earns no points itself.
SUITE_STUDENT = """%%go shout --file shout_suite_test.go
package shout

import "testing"

func TestShoutSuite(t *testing.T) {
	if got := Shout("go"); got != "GO" {
		t.Errorf("Shout(go) = %q, want GO", got)
	}
}
"""

SUITE_TESTS = """%%gotest shout --points 2
package shout

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

func TestSuiteRejectsBrokenShout(t *testing.T) {
	if os.Getenv("BROKEN") == "1" {
		t.Skip("child run")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestShoutSuite$")
	cmd.Env = append(os.Environ(), "BROKEN=1")
	if err := cmd.Run(); err == nil {
		t.Fatal("the suite passed a broken Shout")
	}
}

func init() {
	if os.Getenv("BROKEN") == "1" {
		impl = strings.ToLower
	}
}
"""

CELLS = {
    "setup": "%load_ext course",
    "tests_before_answer": TESTS,
    "answer": ANSWER,
    "tests": TESTS,
    "half_right": "%%go double\npackage double\n\nfunc Double(n int) int {\n\tif n < 0 {\n\t\tfor {\n\t\t}\n\t}\n\treturn 2 * n\n}\n",
    "tests_half": TESTS,
    "compile_error": "%%go double\npackage double\n\nfunc Double(n int) int {\n\treturn 2 * m\n}\n",
    "tests_after_compile_error": TESTS,
    "renamed_package": "%%go double\npackage main\n\nfunc Double(n int) int { return 2 * n }\n",
    "emptied": "%%go double\n",
    "tests_after_emptied": TESTS,
    "program": '%%go --args "a b" --stdin "line one\\nline two"\npackage main\n\nimport (\n\t"bufio"\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n\tfmt.Println(os.Args[1:])\n\ts := bufio.NewScanner(os.Stdin)\n\tfor s.Scan() {\n\t\tfmt.Println("read:", s.Text())\n\t}\n}\n',
    "program_fails": '%%go\npackage main\n\nimport "os"\n\nfunc main() {\n\tos.Exit(3)\n}\n',
    "program_panics": '%%go\npackage main\n\nfunc main() {\n\tvar m map[string]int\n\tm["x"] = 1\n}\n',
    "bad_line": "%%gotest double --points\npackage double\n",
    "program_env_signal": SIGNAL_PROGRAM,
    "program_unhandled_signal": '%%go --signal SIGTERM\npackage main\n\nimport (\n\t"fmt"\n\t"time"\n)\n\n'
                                'func main() {\n\tfmt.Println("up")\n\ttime.Sleep(time.Minute)\n}\n',
    "suite_impl": "%%go shout\npackage shout\n\nimport \"strings\"\n\nvar impl = strings.ToUpper\n\n"
                  "// Shout returns s in capitals.\nfunc Shout(s string) string { return impl(s) }\n",
    "suite_student": SUITE_STUDENT,
    "suite_tests": SUITE_TESTS,
}


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("nb")
    nb = new_notebook(cells=[new_code_cell(src) for src in CELLS.values()])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    NotebookClient(nb, timeout=300, allow_errors=True, resources={"metadata": {"path": str(folder)}}).execute()
    assert not any(folder.iterdir()), "nothing is written into the notebook's folder"
    return {name: cell.outputs for name, cell in zip(CELLS, nb.cells)}


def text_of(outs) -> str:
    parts = []
    for out in outs:
        if out.output_type == "stream":
            parts.append(out.text)
        elif out.output_type == "error":
            parts.append("\n".join(out.traceback))
        elif "text/plain" in out.get("data", {}):
            parts.append(out.data["text/plain"])
    return "\n".join(parts)


def value(outs):
    results = [o for o in outs if o.output_type == "execute_result"]
    return float(results[0].data["text/plain"]) if results else None


def no_stderr(outs) -> bool:
    return not any(o.output_type == "stream" and o.name == "stderr" for o in outs)


def test_setup_reports_go(outputs):
    assert "Go course ready: go1." in text_of(outputs["setup"])


def test_tests_before_answer_say_which_cell_to_run(outputs):
    outs = outputs["tests_before_answer"]
    assert "Run the answer cell that starts with `%%go double`" in text_of(outs)
    assert any(o.output_type == "error" for o in outs) and no_stderr(outs)


def test_full_points_are_the_cell_value(outputs):
    outs = outputs["tests"]
    assert value(outs) == 4.0 and no_stderr(outs)
    report = next(o.data[MIME_TYPE] for o in outs if MIME_TYPE in o.get("data", {}))
    assert [t["status"] for t in report["tests"]] == ["pass", "pass"]
    assert outs[-1].output_type == "execute_result"


def test_endless_loop_costs_one_test(outputs):
    outs = outputs["tests_half"]
    assert value(outs) == 2.0 and no_stderr(outs)
    assert "did not finish within 3 s" in text_of(outs)


def test_compile_error_in_answer_and_tests(outputs):
    assert "answer cell, line 5: undefined: m" in text_of(outputs["compile_error"])
    outs = outputs["tests_after_compile_error"]
    assert any(o.output_type == "error" for o in outs) and no_stderr(outs)
    assert "does not compile" in text_of(outs)
    error = next(o for o in outs if o.output_type == "error")
    assert "Traceback" not in "\n".join(error.traceback) and "run_cell_magic" not in "\n".join(error.traceback)


def test_renamed_package_is_explained(outputs):
    assert "must be one Go file starting with `package double`" in text_of(outputs["renamed_package"])


def test_emptied_answer_is_graded_missing_not_stale(outputs):
    assert "is empty" in text_of(outputs["emptied"])
    assert "There is no saved answer for `double`" in text_of(outputs["tests_after_emptied"])


def test_program_args_and_stdin(outputs):
    assert text_of(outputs["program"]) == "[a b]\nread: line one\nread: line two\n"


def test_program_exit_status_is_an_error(outputs):
    assert "exited with status 3" in text_of(outputs["program_fails"])


def test_program_panic_is_shown_in_cell_terms(outputs):
    text = text_of(outputs["program_panics"])
    assert "panic: assignment to entry in nil map" in text
    assert "main.main()\n\tcell, line 6" in text and "go-course-" not in text and "+0x" not in text
    assert "exited with status 2" in text


def test_bad_magic_line_gets_usage(outputs):
    assert "usage: %%gotest" in text_of(outputs["bad_line"])


def test_tagged_error_cells_are_lessons_not_failures(tmp_path):
    """A cell tagged raises-exception may fail (a compile error shown on purpose); any other may not."""
    from course import notebooks
    from course.authoring import NotebookBuilder

    b = NotebookBuilder("# 1.2 Syntax Fundamentals")
    b.setup()
    b.example('package main\n\nfunc main() {\n\tx := 1\n}\n', tags=["raises-exception"])
    b.example('package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("after")\n}\n')
    path = tmp_path / "lesson.ipynb"
    b.write(path)
    executed = notebooks.execute(path)
    assert "declared and not used: x" in "\n".join(executed.cells[2].outputs[0].traceback)
    assert executed.cells[3].outputs[0].text == "after\n"
    assert [c.source for c in executed.cells] == [c.source for c in notebooks.read(path).cells]

    executed.cells[2].metadata["tags"] = []
    nbformat.write(executed, path)
    import papermill

    with pytest.raises(papermill.PapermillExecutionError):
        notebooks.execute(path)


def test_program_panic_trace_names_cell_lines(tmp_path):
    from course.traces import TraceFilter

    shown = []
    trace = TraceFilter(shown.append)
    text = ("panic: boom\n\ngoroutine 1 [running]:\nmain.explode(...)\n"
            "\t/tmp/go-course-ab12cd/main/main.go:9 +0x65\nruntime.goexit()\n"
            "\t/usr/local/go/src/runtime/asm_amd64.s:1700 +0x1\nexit status 2")
    for i in range(0, len(text), 7):  # arrives in pieces
        trace.feed(text[i:i + 7])
    trace.close()
    assert "".join(shown) == ("panic: boom\n\ngoroutine 1 [running]:\nmain.explode(...)\n"
                              "\tcell, line 9\nexit status 2")


def test_program_env_and_signal_after_first_line(outputs):
    assert text_of(outputs["program_env_signal"]) == "ready: hello\ninterrupted, shutting down\n"


def test_unhandled_signal_is_named(outputs):
    assert "ended by signal SIGTERM" in text_of(outputs["program_unhandled_signal"])


def test_student_written_tests_are_run_not_counted(outputs):
    outs = outputs["suite_tests"]
    assert "saved and compiled" in text_of(outputs["suite_student"])
    report = next(o.data[MIME_TYPE] for o in outs if MIME_TYPE in o.get("data", {}))
    assert [t["name"] for t in report["tests"]] == ["TestSuiteRejectsBrokenShout"]
    assert value(outs) == 2.0 and no_stderr(outs)


@pytest.mark.parametrize("line, message", [
    ("--env PORT", "write KEY=VALUE"),
    ("--signal SIGNOPE", "is not a signal name"),
    ("double --env A=1", "are for programs"),
    ("double --file double_test.go", "where the test cell of `double` is saved"),
])
def test_magic_line_mistakes_are_explained(line, message):
    from course.cells import parse_go
    from course.workspace import ExerciseError
    with pytest.raises(ExerciseError, match=message):
        parse_go(line)
