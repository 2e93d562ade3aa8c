"""`python -m course COMMAND`: thin commands over the course package.

doctor     what this machine has, with a fix for each problem
download   fetch every Go module the course needs (the one online step)
lint       structure of every notebook, one line per problem
check      the three checks of every exercise (and --execute: run notebooks)
release    regenerate release/ from source/ with nbgrader
refresh    execute source notebooks and save their example outputs (authors)
grade      autograde every submission of an assignment in parallel, with a report
bench      speed of the engine against plain go commands, side by side
"""

from __future__ import annotations

import argparse
import sys

from tqdm import tqdm


def _progress(total: int, what: str) -> tqdm:
    return tqdm(total=total, desc=what, unit="", file=sys.stderr, disable=None, leave=False)


def _doctor(options) -> int:
    from . import doctor

    return doctor.run()


def _download(options) -> int:
    from . import modules

    failed = 0
    for folder in modules.module_folders():
        error = modules.download(folder)
        print(f"{'✔' if not error else '✘'} modules of {folder.name}" + (f"\n{error}" if error else ""))
        failed += bool(error)
    modules.prepare_tools()
    return 1 if failed else 0


def _lint(options) -> int:
    from . import lint

    problems = lint.lint(options.paths or None, check_release=not options.paths)
    for line in problems:
        print(line)
    print(f"lint: {len(problems)} problem(s)")
    return 1 if problems else 0


def _check(options) -> int:
    from . import checks

    exercises = checks.all_exercises(options.paths or None)
    passed = failed = 0
    bar = _progress(len(exercises), "checking exercises")

    def report(done) -> None:
        nonlocal passed, failed
        bar.update(1)
        passed, failed = passed + done.ok, failed + (not done.ok)
        tqdm.write(f"{'PASS' if done.ok else 'FAIL'} {done.key}: {', '.join(done.lines)}")
        for problem in done.problems:
            tqdm.write("    " + problem.replace("\n", "\n    "))

    checks.check_exercises(exercises, jobs=options.jobs, progress=report)
    bar.close()
    if options.execute:
        from . import notebooks

        for path in notebooks.source_notebooks(options.paths or None):
            run = checks.execute_notebook(path)
            ok = not run.problems
            passed, failed = passed + ok, failed + (not ok)
            print(f"{'PASS' if ok else 'FAIL'} execute {path.relative_to(notebooks.ROOT)} ({run.seconds:.1f} s)")
            for problem in run.problems:
                print("    " + problem.replace("\n", "\n    "))
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not passed else 0


def _release(options) -> int:
    from . import release

    unknown = sorted(set(options.assignments) - set(release.assignments()))
    if unknown:
        print(f"not an assignment of source/: {', '.join(unknown)} (there are: {', '.join(release.assignments())})")
        return 2
    for name in release.release_all(options.assignments or None):
        print(f"released {name} -> release/{name}")
    return 0


def _refresh(options) -> int:
    from . import notebooks

    for path in notebooks.source_notebooks(options.paths):
        print(f"executing {path.relative_to(notebooks.ROOT)}", flush=True)
        for name, points in notebooks.refresh(path):
            print(f"  {name}: {points} points")
    return 0


def _grade(options) -> int:
    from . import grading

    return grading.run(options.assignment, jobs=options.jobs, output=options.output)


def _bench(options) -> int:
    from . import bench

    return bench.run(repeat=options.repeat, submissions=options.submissions, only=options.only,
                     paths=options.paths or None)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m course", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)

    sub.add_parser("doctor", help="check this machine").set_defaults(run=_doctor)
    sub.add_parser("download", help="download the course's Go modules").set_defaults(run=_download)

    lint = sub.add_parser("lint", help="check notebook structure")
    lint.add_argument("paths", nargs="*", help="notebooks or folders (default: all of source/)")
    lint.set_defaults(run=_lint)

    check = sub.add_parser("check", help="solution full, stub zero, wrong solutions below full")
    check.add_argument("paths", nargs="*", help="notebooks or folders (default: all of source/)")
    check.add_argument("--execute", action="store_true", help="also run the source notebooks with papermill")
    check.add_argument("--jobs", type=int, default=2)
    check.set_defaults(run=_check)

    release = sub.add_parser("release", help="regenerate release/ with nbgrader")
    release.add_argument("assignments", nargs="*")
    release.set_defaults(run=_release)

    refresh = sub.add_parser("refresh", help="execute source notebooks and keep example outputs")
    refresh.add_argument("paths", nargs="*")
    refresh.set_defaults(run=_refresh)

    grade = sub.add_parser("grade", help="autograde all submissions in parallel and write a report")
    grade.add_argument("assignment")
    grade.add_argument("--jobs", type=int, default=2)
    grade.add_argument("--output", default=None, help="report folder (default: reports/ASSIGNMENT)")
    grade.set_defaults(run=_grade)

    bench = sub.add_parser("bench", help="measure the engine against plain go commands")
    bench.add_argument("--repeat", type=int, default=7)
    bench.add_argument("--submissions", type=int, default=30)
    bench.add_argument("--only", choices=["gotest", "go", "grade", "notebooks"], action="append")
    bench.add_argument("paths", nargs="*", help="notebooks or folders for --only notebooks (default: all)")
    bench.set_defaults(run=_bench)
    return parser


def main(argv: list[str] | None = None) -> int:
    options = build_parser().parse_args(argv)
    return options.run(options)
