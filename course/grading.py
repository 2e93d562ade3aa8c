"""`python -m course grade ASSIGNMENT --jobs N`: autograde every submission in parallel, then report.

nbgrader's autograde works through submissions one at a time. Here N
nbgrader processes each take a share of the students (through nbgrader's own
`student_id_exclude`), so every submission still goes through stock nbgrader
and its gradebook; the per-test detail comes from the report each %%gotest
cell leaves in its output.
"""

from __future__ import annotations

import csv
import html
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from .notebooks import ROOT
from .release import nbgrader_env
from .report import MIME_TYPE, Report


def submitted_students(assignment: str, root: Path = ROOT) -> list[str]:
    return sorted(p.parent.name for p in (root / "submitted").glob(f"*/{assignment}") if p.is_dir())


def shards(students: list[str], jobs: int) -> list[list[str]]:
    return [s for s in (students[i::jobs] for i in range(max(jobs, 1))) if s]


def autograde(assignment: str, students: list[str], jobs: int, root: Path = ROOT,
              extra: tuple[str, ...] = ()) -> list[str]:
    """Run `jobs` nbgrader autograde processes side by side; returns their error texts."""
    everyone = set(students)
    procs = []
    for shard in shards(students, jobs):
        exclude = ",".join(sorted(everyone - set(shard)))
        args = [sys.executable, "-m", "nbgrader", "autograde", assignment, "--create", "--force", *extra]
        if exclude:
            args.append(f"--CourseDirectory.student_id_exclude={exclude}")
        procs.append(subprocess.Popen(args, cwd=root, env=nbgrader_env(), stdout=subprocess.PIPE,
                                      stderr=subprocess.PIPE, text=True))
    errors = []
    for proc in procs:
        out, err = proc.communicate()
        if proc.returncode != 0 or "| ERROR]" in err:
            errors.append(err[-3000:])
    return errors


@dataclass
class StudentResult:
    student: str
    reports: dict[str, Report] = field(default_factory=dict)

    @property
    def total(self) -> float:
        return round(sum(r.points for r in self.reports.values()), 2)


def read_reports(assignment: str, students: list[str], root: Path = ROOT) -> list[StudentResult]:
    """The %%gotest reports left in each autograded notebook (in notebook order)."""
    results = []
    for student in students:
        result = StudentResult(student)
        for notebook in sorted((root / "autograded" / student / assignment).glob("*.ipynb")):
            nb = nbformat.read(str(notebook), as_version=4)
            for cell in nb.cells:
                for output in cell.get("outputs", []):
                    data = output.get("data", {})
                    if MIME_TYPE in data:
                        report = Report.from_json(data[MIME_TYPE])
                        result.reports[f"{notebook.stem}/{report.exercise}"] = report
        results.append(result)
    return results


def write_report(assignment: str, results: list[StudentResult], folder: Path) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    folder.mkdir(parents=True, exist_ok=True)
    exercises = sorted({key for r in results for key in r.reports})
    maxima = {key: next(r.reports[key].max_points for r in results if key in r.reports) for key in exercises}

    with open(folder / "grades.csv", "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["student", *exercises, "total"])
        for r in results:
            writer.writerow([r.student, *[r.reports[k].points if k in r.reports else 0 for k in exercises], r.total])

    columns = min(len(exercises), 3) or 1
    rows = (len(exercises) + columns - 1) // columns or 1
    fig, axes = plt.subplots(rows, columns, figsize=(4 * columns, 3 * rows), squeeze=False)
    for ax, key in zip(axes.flat, exercises):
        ax.hist([r.reports[key].points if key in r.reports else 0 for r in results],
                bins=10, range=(0, maxima[key]), color="#4c72b0")
        ax.set_title(key, fontsize=9)
        ax.set_xlabel("points")
        ax.set_ylabel("students")
    for ax in list(axes.flat)[len(exercises):]:
        ax.axis("off")
    fig.tight_layout()
    fig.savefig(folder / "scores.png", dpi=100)
    plt.close(fig)

    failures: Counter = Counter()
    for r in results:
        for key, report in r.reports.items():
            if report.problem:
                failures[f"{key}: (does not build)"] += 1
            for test in report.tests:
                if not test.status.earns_credit:
                    failures[f"{key}: {test.name}"] += 1
    hardest = failures.most_common(15)
    fig, ax = plt.subplots(figsize=(8, 0.4 * max(len(hardest), 1) + 1))
    ax.barh([name for name, _ in reversed(hardest)], [n / max(len(results), 1) for _, n in reversed(hardest)],
            color="#c44e52")
    ax.set_xlabel("share of students failing")
    ax.set_xlim(0, 1)
    fig.tight_layout()
    fig.savefig(folder / "hardest_tests.png", dpi=100)
    plt.close(fig)

    rows_html = "".join(
        f"<tr><td>{html.escape(r.student)}</td>"
        + "".join(f"<td>{r.reports[k].points:g}</td>" if k in r.reports else "<td>–</td>" for k in exercises)
        + f"<td><b>{r.total:g}</b></td></tr>"
        for r in results
    )
    page = f"""<!doctype html><html><head><meta charset="utf-8"><title>{html.escape(assignment)} grades</title>
<style>body{{font-family:sans-serif;margin:2em}} td,th{{padding:2px 8px;text-align:right}}</style></head><body>
<h1>{html.escape(assignment)}: {len(results)} submissions</h1>
<h2>Scores per exercise</h2><img src="scores.png" alt="score histograms">
<h2>Tests most students fail</h2><img src="hardest_tests.png" alt="tests most students fail">
<h2>Grades</h2><p><a href="grades.csv">grades.csv</a></p>
<table><tr><th>student</th>{''.join(f'<th>{html.escape(k)} ({maxima[k]:g})</th>' for k in exercises)}<th>total</th></tr>
{rows_html}</table></body></html>"""
    (folder / "index.html").write_text(page)
    return folder / "index.html"


def run(assignment: str, jobs: int = 2, output: str | None = None, root: Path = ROOT) -> int:
    students = submitted_students(assignment, root)
    if not students:
        print(f"no submissions of {assignment} under {root / 'submitted'} (run `nbgrader collect {assignment}` first)")
        return 1
    started = time.monotonic()
    print(f"autograding {len(students)} submissions of {assignment} with {jobs} parallel nbgrader processes...",
          flush=True)
    errors = autograde(assignment, students, jobs, root)
    for error in errors:
        print(error, file=sys.stderr)
    results = read_reports(assignment, students, root)
    page = write_report(assignment, results, Path(output) if output else root / "reports" / assignment)
    print(f"graded in {time.monotonic() - started:.1f} s; report: {page}")
    by_total = defaultdict(int)
    for r in results:
        by_total[r.total] += 1
    print("totals: " + ", ".join(f"{total:g} x{count}" for total, count in sorted(by_total.items())))
    return 1 if errors else 0
