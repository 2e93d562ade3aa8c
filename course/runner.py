"""Build and run Go code: answers, test suites and programs.

This is the one code path behind the `%%go` and `%%gotest` magics, the
`check` command and exercises graded from Python.

Grading an exercise builds its test binary once, lists its tests, then runs
them all in one process under test2json, watching each test's time. Only
when that process dies (a panic, os.Exit, a fatal error) or a test overruns
its limit are the tests that did not finish run again, so a student whose
code behaves pays for one build and one process.
"""

from __future__ import annotations

import codecs
import json
import re
import signal as signal_module
import subprocess
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import binaries, process, services, toolchain
from .report import Report, Status, TestResult
from .traces import TraceFilter
from .workspace import PROGRAM, Workspace, cell_file_text, declared_tests, is_test_file, package_clause

DEFAULT_TEST_LIMIT = 10.0  # seconds per test
DEFAULT_PROGRAM_LIMIT = 10.0  # seconds per %%go program
BUILD_LIMIT = 600.0  # a cold build of a large module can take minutes
TEST_OUTPUT_LIMIT = 8 << 20  # bytes of test output before the run is stopped
PROGRAM_OUTPUT_LIMIT = 1 << 20  # bytes of program output shown; the rest is counted, not kept
MESSAGE_LIMIT = 3000  # characters of output kept per test in the report

MODULES_HINT = (
    "Some Go modules this exercise needs are not in the local module cache, and grading "
    "never downloads. Run `python -m course download` once while online, then run the cell again."
)


class BuildFailed(Exception):
    """The Go code did not compile; the message is the compiler's, with cell line numbers."""

    def _render_traceback_(self) -> list[str]:
        return str(self).splitlines()


class ProgramFailed(Exception):
    """A %%go program exited with an error or was stopped."""

    def _render_traceback_(self) -> list[str]:
        return str(self).splitlines()


# Toolchain commands -------------------------------------------------------


def go(args: list[str], cwd: Path, env: dict[str, str] | None = None,
       timeout: float = BUILD_LIMIT) -> subprocess.CompletedProcess:
    """Run a go command, capturing everything it says (nothing reaches the cell's stderr)."""
    binary = toolchain.find_go().binary
    try:
        return subprocess.run([str(binary), *args], cwd=cwd, env=env or toolchain.offline_env(),
                              capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as exc:
        return subprocess.CompletedProcess(exc.cmd, -1, "", f"go {' '.join(args)} took more than {timeout:g} s")


def cell_positions(text: str, name: str) -> str:
    """`reverse_test.go:12:5:` becomes `test cell, line 12:` (files are saved line for line from cells)."""
    return re.sub(
        rf"(?:[^\s:]*/)?{re.escape(name)}(_test)?\.go:(\d+)(?::\d+)?(:?)",
        lambda m: f"{'test cell' if m.group(1) else 'answer cell' if name != PROGRAM else 'cell'}, "
                  f"line {m.group(2)}{m.group(3)}",
        text,
    )


def explain_build_output(output: str, name: str) -> str:
    """Compiler output in the student's terms: cell line numbers, no toolchain noise, a fix for missing modules."""
    lines = []
    for line in output.splitlines():
        if line.startswith("# "):
            continue  # the "# package [package.test]" header names our temporary module
        line = cell_positions(line, name)
        # other files of a several-file exercise, e.g. ./internal/store/store.go:5:2:
        line = re.sub(r"^(?:\./)?((?:[\w.-]+/)*[\w.-]+\.go):(\d+)(?::\d+)?:",
                      lambda m: f"answer cell `{m.group(1)}`, line {m.group(2)}:", line)
        lines.append(line)
    text = "\n".join(lines).strip()
    newer = re.search(r"go\.mod requires go >= (\S+) \(running go (\S+);", output)
    if newer:
        text += (f"\n\nThis assignment's Go module needs Go {newer.group(1)} or newer and this machine has "
                 f"{newer.group(2)}. Install a newer Go (or remove the old one from PATH and run "
                 f"`./course.sh lab`, which installs a current Go), then restart the kernel.")
    elif re.search(r"GOPROXY=off|missing go\.sum entry|cannot find module providing|module lookup disabled", output):
        text += "\n\n" + MODULES_HINT
    elif re.search(r"is not in std|no required module provides package", output):
        text += (f"\n\nA package of this exercise is missing: run every answer cell of `{name}` "
                 f"(each starts with `%%go {name}`), then this cell again.")
    return text


def source_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("*.go") if not p.name.endswith("_test.go"))


# Answers ------------------------------------------------------------------


@dataclass
class BuildResult:
    ok: bool
    errors: str = ""  # compiler errors, in cell terms
    vet: str = ""  # go vet findings (the code compiles; these are warnings)


def build_package(folder: Path, name: str, file: str | None = None) -> BuildResult:
    """Compile the package a just-saved answer file belongs to (tests aside), then vet it."""
    package = "./" + file.rsplit("/", 1)[0] if file and "/" in file else "."
    if is_test_file(file):  # a test file the student writes: compile the package's tests too
        built = go(["test", "-c", "-o", "/dev/null", package], folder)
        if built.returncode != 0:
            return BuildResult(False, errors=explain_build_output(built.stderr + built.stdout, name))
        return BuildResult(True)
    built = go(["build", "-o", "/dev/null", package], folder)
    if built.returncode != 0:
        return BuildResult(False, errors=explain_build_output(built.stderr + built.stdout, name))
    vetted = go(["vet", *(source_files(folder) if package == "." else [package])], folder)
    findings = "" if vetted.returncode == 0 else explain_build_output(vetted.stderr + vetted.stdout, name)
    return BuildResult(True, vet=findings)


# Tests --------------------------------------------------------------------

_FRAMING = re.compile(r"^\s*(=== (RUN|PAUSE|CONT|NAME)\s|--- (PASS|SKIP): |PASS$|FAIL$|ok\s)")


class _Round:
    """One run of a test binary: parses test2json events and watches each test's time."""

    def __init__(self, name: str, limit: float):
        self.name = name
        self.limit = limit
        self.results: dict[str, TestResult] = {}
        self.running: dict[str, float] = {}
        self.started: set[str] = set()
        self.output: dict[str, list[str]] = defaultdict(list)
        self.package_output: list[str] = []
        self.pending = b""
        self.bytes_seen = 0
        self.quiet_since = time.monotonic()
        self.last_finished = ""

    # Events.
    def feed(self, _stream: str, chunk: bytes) -> None:
        self.bytes_seen += len(chunk)
        self.pending += chunk
        *lines, self.pending = self.pending.split(b"\n")
        for line in lines:
            self._event(line)

    def finish(self) -> None:
        if self.pending.strip():
            self._event(self.pending)
        self.pending = b""

    def _event(self, raw: bytes) -> None:
        try:
            event = json.loads(raw)
        except ValueError:
            self.package_output.append(raw.decode("utf-8", "replace"))
            return
        test = event.get("Test") or ""
        top = test.split("/")[0]
        action = event.get("Action")
        now = time.monotonic()
        self.quiet_since = now
        if action == "output":
            (self.output[top] if top else self.package_output).append(event.get("Output", ""))
            return
        if not top or "/" in test:
            return
        if action in ("run", "cont"):
            self.running[top] = now
            self.started.add(top)
        elif action == "pause":
            self.running.pop(top, None)
        elif action in ("pass", "fail", "skip"):
            self.running.pop(top, None)
            self.last_finished = top
            status = {"pass": Status.PASS, "skip": Status.SKIP, "fail": Status.FAIL}[action]
            message = cell_positions(_message(self.output[top], top), self.name)
            if status is Status.FAIL and "panic:" in message:
                status = Status.PANIC
            self.results[top] = TestResult(top, status, message, float(event.get("Elapsed") or 0.0))

    # Watchdog.
    def stop_reason(self) -> str:
        now = time.monotonic()
        if self.bytes_seen > TEST_OUTPUT_LIMIT:
            return "output limit"
        if self.running:
            if now - min(self.running.values()) > self.limit:
                return "time limit"
        elif now - self.quiet_since > self.limit:
            return "time limit"
        return ""


def _message(chunks: list[str], test: str = "") -> str:
    """A test's output as a report message: no framing lines, stack traces cut to the student's frames."""
    lines = [line for line in "".join(chunks).splitlines()
             if not _FRAMING.match(line) and not line.startswith(f"--- FAIL: {test} (")]
    lines = [line[4:] if line.startswith("    ") else line for line in lines]
    text = "\n".join(_trim_stack_traces(lines)).strip("\n")
    if len(text) > MESSAGE_LIMIT:
        text = text[: MESSAGE_LIMIT // 2] + "\n[... output cut ...]\n" + text[-MESSAGE_LIMIT // 2:]
    return text


def _trim_stack_traces(lines: list[str]) -> list[str]:
    kept: list[str] = []
    trace = TraceFilter(kept.append)
    trace.feed("\n".join(lines))
    trace.close()
    return "".join(kept).split("\n")


def _test_command(binary: Path, name: str, tests: list[str]) -> list[str]:
    go_ = toolchain.find_go()
    pattern = "^(" + "|".join(re.escape(t) for t in tests) + ")$"
    return [*toolchain.network_sandbox(), str(go_.test2json), "-t", "-p", name, str(binary),
            "-test.v=test2json", "-test.paniconexit0", "-test.run", pattern]


def _test_env(folder: Path, services_env: dict[str, str] | None = None) -> dict[str, str]:
    env = toolchain.offline_env()
    env.update(services_env or {})  # e.g. GO_COURSE_POSTGRES: the address of a fresh database
    env["TMPDIR"] = str(folder / ".tmp")  # t.TempDir and os.CreateTemp stay inside the work folder
    # the race detector reports a race once per process; every test that races must fail, not the first
    # and it would wait a second before every exit of a -race binary
    env["GORACE"] = "suppress_equal_stacks=0 suppress_equal_addresses=0 atexit_sleep_ms=0"
    return env


def _run_round(binary: Path, folder: Path, name: str, tests: list[str], limit: float,
               services_env: dict[str, str] | None = None) -> tuple[_Round, process.Outcome]:
    round_ = _Round(name, limit)
    outcome = process.run(_test_command(binary, name, tests), cwd=folder, env=_test_env(folder, services_env),
                          on_output=round_.feed, stop_reason=round_.stop_reason, merge_stderr=True)
    round_.finish()
    return round_, outcome


def _unfinished(test: str, round_: _Round, outcome: process.Outcome, limit: float) -> TestResult:
    """The verdict for a test that was running when its process stopped."""
    output = cell_positions(_message(round_.output[test] + round_.package_output, test), round_.name)
    if outcome.stopped == "time limit":
        return TestResult(test, Status.TIMEOUT,
                          f"did not finish within {limit:g} s (an endless loop, a deadlock, "
                          f"or a channel operation that never completes?)\n{output}".strip(), limit)
    if outcome.stopped == "output limit":
        return TestResult(test, Status.FAIL,
                          f"printed more than {TEST_OUTPUT_LIMIT >> 20} MiB of output, so it was stopped\n"
                          + output[:MESSAGE_LIMIT // 3])
    status = Status.PANIC if "panic:" in output else Status.CRASH
    return TestResult(test, status, f"the test process ended ({_exit_text(outcome.returncode)}) "
                                    f"while this test ran\n{output}".strip())


def _blame_exit(result: TestResult, outcome: process.Outcome) -> None:
    """The process ended after this test although others were still to run: it called os.Exit or crashed."""
    if result.status.earns_credit:
        result.status = Status.CRASH
    elif result.status is not Status.FAIL:
        return
    result.message = ("the test process ended during this test; "
                      f"os.Exit, log.Fatal or a crash stops every test after it\n{result.message}").strip()


def signal_name(number: int) -> str:
    try:
        return signal_module.Signals(number).name
    except ValueError:
        return str(number)


def _exit_text(code: int | None) -> str:
    if code is None:
        return "no exit status"
    return f"killed by signal {signal_name(-code)}" if code < 0 else f"exit status {code}"


def run_tests(binary: Path, folder: Path, name: str, tests: list[str], limit: float,
              services_env: dict[str, str] | None = None) -> list[TestResult]:
    """Run the named top-level tests; a crash or overrun costs only the test that caused it."""
    results: dict[str, TestResult] = {}
    to_isolate: list[str] = []
    pending = list(tests)
    while pending:
        round_, outcome = _run_round(binary, folder, name, pending, limit, services_env)
        results.update({t: r for t, r in round_.results.items() if t in pending})
        stuck = [t for t in pending if t in round_.started and t not in round_.results]
        if len(stuck) == 1:
            results[stuck[0]] = _unfinished(stuck[0], round_, outcome, limit)
        else:
            to_isolate += stuck  # several were running at once: find out which one it was
        not_started = [t for t in pending if t not in round_.started and t not in results]
        if not_started and round_.started and not stuck and round_.last_finished in results:
            _blame_exit(results[round_.last_finished], outcome)
        if not_started and not round_.started:
            reason = _message(round_.package_output) or _exit_text(outcome.returncode)
            for test in not_started:
                results[test] = TestResult(test, Status.NOT_RUN, f"the test binary stopped before this test ran:\n{reason}")
            break
        pending = not_started
    for test in to_isolate:
        round_, outcome = _run_round(binary, folder, name, [test], limit, services_env)
        results[test] = round_.results.get(test) or _unfinished(test, round_, outcome, limit)
    return [results[t] for t in tests]


def build_test_binary(folder: Path, name: str, race: bool) -> tuple[Path | None, str]:
    flags = ["-race"] if race else []
    name_in_cache = binaries.key(folder, "test", *flags)
    cached = binaries.lookup(name_in_cache)
    if cached:
        return cached, ""
    binary = folder / f"{name}.test"
    binary.unlink(missing_ok=True)
    built = go(["test", "-c", "-ldflags=-s -w", "-o", binary.name, *flags, "."], folder)  # no DWARF, like go test
    if built.returncode != 0 or not binary.exists():
        return None, explain_build_output(built.stderr + built.stdout, name)
    return binaries.store(name_in_cache, binary), ""


def list_tests(binary: Path, folder: Path, limit: float,
               services_env: dict[str, str] | None = None) -> tuple[list[str], str]:
    """The TestXxx functions of a test binary, or the reason it could not list them."""
    captured: list[bytes] = []
    outcome = process.run([*toolchain.network_sandbox(), str(binary), "-test.list", "^Test"],
                          cwd=folder, env=_test_env(folder, services_env), merge_stderr=True,
                          on_output=lambda _s, chunk: captured.append(chunk),
                          stop_reason=process.deadline_after(limit))
    text = b"".join(captured).decode("utf-8", "replace")
    if outcome.stopped or outcome.returncode != 0:
        why = f"it was stopped ({outcome.stopped})" if outcome.stopped else _exit_text(outcome.returncode)
        return [], (f"The test binary could not list its tests ({why}). This usually means a panic "
                    f"or os.Exit while the package initialises (a package-level variable or init function):\n"
                    + text[:MESSAGE_LIMIT]).strip()
    names = [line.strip() for line in text.splitlines() if re.fullmatch(r"Test\w*", line.strip())]
    return names, ""


def grade(folder: Path, name: str, points: float, *, race: bool = False,
          limit: float = DEFAULT_TEST_LIMIT) -> Report:
    """Build and run the tests of one exercise folder; the report says what each test did."""
    report = Report(exercise=name, max_points=points)
    if not Workspace.answer_file(folder, name).is_file():
        report.problem = (f"There is no saved answer for `{name}`. Run the answer cell that starts with "
                          f"`%%go {name}` (in this kernel), then run this test cell again.")
        return report
    answer = Workspace.answer_file(folder, name).read_text()
    if package_clause(answer) != name:
        report.problem = f"The answer for `{name}` must start with `package {name}`."
        return report
    if race and not toolchain.c_compiler():
        race = False
        report.notes.append("The race detector needs a C compiler (gcc or clang) and none was found, "
                            "so these tests ran without -race: data races are not detected here.")
    binary, errors = build_test_binary(folder, name, race)
    if binary is None:
        report.problem = "The code does not compile:\n" + errors
        return report
    try:
        services_env = services.environment(folder, name)
    except services.ServiceUnavailable as exc:
        report.problem = str(exc)
        return report
    tests, problem = list_tests(binary, folder, limit, services_env)
    if problem:
        report.problem = problem
        return report
    # Only the test cell's own tests are graded: tests a student writes (in an answer file
    # such as suite_test.go) are run by the test cell, not counted as points.
    graded = set(declared_tests(Workspace.test_file(folder, name).read_text()))
    tests = [t for t in tests if t in graded]
    if not tests:
        report.problem = "The test cell defines no TestXxx functions."
        return report
    report.tests = run_tests(binary, folder, name, tests, limit, services_env)
    if not toolchain.network_sandbox():
        report.notes.append("This machine cannot run tests without network access (no network namespaces).")
    return report


# Programs -----------------------------------------------------------------


@dataclass
class ProgramResult:
    returncode: int | None
    stopped: str = ""
    stdout: str = ""
    stderr: str = ""
    bytes_printed: int = 0
    cut: bool = False
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.stopped


@dataclass
class _Capture:
    limit: int
    on_text: Callable[[str, str], None] | None
    seen: int = 0
    parts: dict[str, list[str]] = field(default_factory=lambda: {"stdout": [], "stderr": []})
    decoders: dict = field(default_factory=dict)

    def feed(self, stream: str, chunk: bytes) -> None:
        room = max(self.limit - self.seen, 0)
        self.seen += len(chunk)
        if room == 0:
            return
        decoder = self.decoders.setdefault(stream, codecs.getincrementaldecoder("utf-8")("replace"))
        text = decoder.decode(chunk[:room])
        self.parts[stream].append(text)
        if self.on_text and text:
            self.on_text(stream, text)


def build_program(folder: Path, source: str) -> Path:
    """Save and build a `package main` cell; BuildFailed carries the compiler's message."""
    if package_clause(source) not in (None, PROGRAM):
        raise BuildFailed(f"A %%go cell without an exercise name is a program: it must be `package main`, "
                          f"not `package {package_clause(source)}`. To save an exercise answer, "
                          f"write `%%go NAME` with the package name.")
    if package_clause(source) is None:
        raise BuildFailed("A %%go program needs `package main` and a `func main()`.")
    (folder / "main.go").write_text(cell_file_text(source))
    name_in_cache = binaries.key(folder, "program")
    cached = binaries.lookup(name_in_cache)
    if cached:
        return cached
    built = go(["build", "-ldflags=-s -w", "-o", "prog", "."], folder)  # like go run: no DWARF to write
    if built.returncode != 0:
        raise BuildFailed(explain_build_output(built.stderr + built.stdout, PROGRAM))
    return binaries.store(name_in_cache, folder / "prog")


class _SignalOnFirstLine:
    """Sends a signal to the program once its standard output holds a whole line: a program
    prints "listening" or "ready" after installing its handlers, so the signal never comes
    too early, however slow the machine."""

    def __init__(self, signum: int):
        self.signum = signum
        self.proc: subprocess.Popen | None = None
        self.sent = False

    def started(self, proc: subprocess.Popen) -> None:
        self.proc = proc

    def seen(self, stream: str, text: str) -> None:
        if not self.sent and stream == "stdout" and "\n" in text and self.proc and self.proc.poll() is None:
            self.sent = True
            self.proc.send_signal(self.signum)  # the sandbox shell exec'd the program: same pid


def run_binary(binary: Path, folder: Path, *, args: list[str] = (), stdin: str | None = None,
               limit: float = DEFAULT_PROGRAM_LIMIT, on_text: Callable[[str, str], None] | None = None,
               output_limit: int = PROGRAM_OUTPUT_LIMIT, env: dict[str, str] | None = None,
               signal: str | None = None) -> ProgramResult:
    """Run a built program without network; output beyond `output_limit` bytes is counted, not kept.

    `signal` (e.g. "SIGTERM") is sent once the program has printed its first line.
    """
    sender = _SignalOnFirstLine(signal_module.Signals[signal]) if signal else None

    def feed(stream: str, text: str) -> None:
        if on_text:
            on_text(stream, text)
        if sender:
            sender.seen(stream, text)

    capture = _Capture(output_limit, feed)
    run_env = _test_env(folder, services.environment(folder, "program"))
    run_env.update(env or {})
    outcome = process.run([*toolchain.network_sandbox(), str(binary), *args], cwd=folder, env=run_env,
                          on_output=capture.feed, stop_reason=process.deadline_after(limit),
                          stdin=stdin.encode() if stdin is not None else None,
                          on_start=sender.started if sender else None)
    return ProgramResult(
        returncode=outcome.returncode, stopped=outcome.stopped,
        stdout="".join(capture.parts["stdout"]), stderr="".join(capture.parts["stderr"]),
        bytes_printed=capture.seen, cut=capture.seen > output_limit, seconds=outcome.seconds,
    )


def run_program(workspace: Workspace, source: str, **options) -> ProgramResult:
    """Build a `package main` source and run it (the Python API behind `%%go`)."""
    folder = workspace.program_folder()
    return run_binary(build_program(folder, source), folder, **options)
