"""The result of grading one exercise, as data; text and HTML are views of it.

The magics, the `check` command and the grade report all read this one type.
"""

from __future__ import annotations

import html
import json
from dataclasses import asdict, dataclass, field
from enum import Enum

MIME_TYPE = "application/vnd.go-course.report+json"


class Status(str, Enum):
    PASS = "pass"
    SKIP = "skip"  # counts as passed: students cannot edit test cells
    FAIL = "fail"
    PANIC = "panic"
    TIMEOUT = "timeout"
    CRASH = "crash"  # the process died (os.Exit, fatal error, killed) while the test ran
    NOT_RUN = "not run"

    @property
    def earns_credit(self) -> bool:
        return self in (Status.PASS, Status.SKIP)


@dataclass
class TestResult:
    name: str
    status: Status
    message: str = ""
    seconds: float = 0.0


@dataclass
class Report:
    """What happened when the tests of one exercise ran."""

    exercise: str
    max_points: float
    tests: list[TestResult] = field(default_factory=list)
    problem: str = ""  # why nothing could run: compile error, missing answer, init panic...
    notes: list[str] = field(default_factory=list)  # race detector unavailable, output cut...

    @property
    def passed(self) -> int:
        return sum(t.status.earns_credit for t in self.tests)

    @property
    def points(self) -> float:
        if self.problem or not self.tests:
            return 0.0
        return round(self.max_points * self.passed / len(self.tests), 2)

    @property
    def summary(self) -> str:
        if self.problem:
            return f"{self.exercise}: 0 / {_num(self.max_points)} points: {self.problem.splitlines()[0]}"
        return (
            f"{self.exercise}: {self.passed} of {len(self.tests)} tests passed, "
            f"{_num(self.points)} / {_num(self.max_points)} points"
        )

    def to_json(self) -> dict:
        data = asdict(self)
        for test in data["tests"]:
            test["status"] = test["status"].value
        data["points"] = self.points
        return data

    @classmethod
    def from_json(cls, data: dict) -> "Report":
        tests = [
            TestResult(t["name"], Status(t["status"]), t.get("message", ""), t.get("seconds", 0.0))
            for t in data.get("tests", [])
        ]
        return cls(data["exercise"], data["max_points"], tests, data.get("problem", ""), data.get("notes", []))

    def text(self) -> str:
        lines = [self.summary]
        if self.problem:
            lines += ["", self.problem]
        for test in self.tests:
            lines.append(f"  {_MARK[test.status]} {test.name:<40} {test.status.value:<8} {test.seconds:6.2f}s")
            for line in test.message.splitlines():
                lines.append(f"      {line}")
        lines += [f"  note: {note}" for note in self.notes]
        return "\n".join(lines)

    def html(self) -> str:
        colour = "#1a7f37" if self.points == self.max_points else ("#9a6700" if self.points else "#cf222e")
        parts = [f'<div class="go-course-report"><p style="font-weight:bold;color:{colour}">'
                 f"{html.escape(self.summary)}</p>"]
        if self.problem:
            parts.append(f"<pre>{html.escape(self.problem)}</pre>")
        if self.tests:
            parts.append('<table><thead><tr><th style="text-align:left">test</th><th>result</th>'
                         '<th style="text-align:left">message</th><th>time</th></tr></thead><tbody>')
            for test in self.tests:
                style = "color:#1a7f37" if test.status.earns_credit else "color:#cf222e"
                parts.append(
                    f'<tr><td style="text-align:left"><code>{html.escape(test.name)}</code></td>'
                    f'<td style="{style}">{_MARK[test.status]} {test.status.value}</td>'
                    f'<td style="text-align:left"><pre style="margin:0">{html.escape(test.message)}</pre></td>'
                    f"<td>{test.seconds:.2f}s</td></tr>"
                )
            parts.append("</tbody></table>")
        parts += [f"<p><em>note: {html.escape(note)}</em></p>" for note in self.notes]
        parts.append("</div>")
        return "".join(parts)

    def bundle(self) -> dict:
        """A Jupyter display bundle: HTML for JupyterLab, text for the console, JSON for tools."""
        return {"text/plain": self.text(), "text/html": self.html(), MIME_TYPE: self.to_json()}


_MARK = {
    Status.PASS: "✔", Status.SKIP: "✔", Status.FAIL: "✘", Status.PANIC: "✘",
    Status.TIMEOUT: "⏱", Status.CRASH: "✘", Status.NOT_RUN: "·",
}


def _num(value: float) -> str:
    return f"{value:g}"


class GradingFailed(Exception):
    """Raised by a test cell that earned nothing; nbgrader then scores the cell zero.

    IPython shows `_render_traceback_()` instead of a traceback, so the output
    is the report alone: no Python frames, and no cell source (which would
    reveal hidden tests in feedback).
    """

    def __init__(self, report: Report):
        super().__init__(report.summary)
        self.report = report

    def _render_traceback_(self) -> list[str]:
        # the report itself was displayed just above; repeat only its first line
        return [self.report.summary]


def dumps(report: Report) -> str:
    return json.dumps(report.to_json(), indent=2, ensure_ascii=False)
