"""The `%%go` and `%%gotest` cell magics: thin views over the runner.

A cell's work goes cells -> workspace -> runner; the magic only shows what
happened. Nothing here writes to the cell's stderr except a program's own
stderr, because nbgrader scores a test cell with stderr output as zero.
"""

from __future__ import annotations

import sys

from IPython.core.magic import Magics, cell_magic, magics_class
from IPython.display import display

from . import cells, runner, toolchain
from .report import GradingFailed
from .traces import TraceFilter
from .workspace import Workspace


@magics_class
class GoMagics(Magics):
    def __init__(self, shell, workspace: Workspace | None = None):
        super().__init__(shell)
        self.workspace = workspace or Workspace()

    @cell_magic
    def go(self, line: str, cell: str):
        """Run a `package main` program, or save and build the answer of exercise NAME."""
        spec = cells.parse_go(line)
        toolchain.find_go()
        if spec.name:
            return self._save_answer(spec.name, cell, spec.file)
        return self._run_program(spec, cell)

    def _save_answer(self, name: str, body: str, file: str | None) -> None:
        folder = self.workspace.save_answer(name, body, file)
        built = runner.build_package(folder, name, file)
        what = f"{name} ({file})" if file else name
        if not built.ok:
            raise runner.BuildFailed(f"{what} does not compile:\n{built.errors}")
        if built.vet:
            print(f"go vet found problems (the code compiles, but look at these):\n{built.vet}")
        print(f"✔ {what} saved and compiled; now run its test cell.")

    def _run_program(self, spec: cells.GoSpec, body: str) -> None:
        limit = spec.timeout or runner.DEFAULT_PROGRAM_LIMIT

        stderr = TraceFilter(sys.stderr.write)  # panics: cell lines, not temporary paths

        def show(stream: str, text: str) -> None:
            stderr.feed(text) if stream == "stderr" else sys.stdout.write(text)

        result = runner.run_program(self.workspace, body, args=spec.args, stdin=spec.stdin, env=spec.env,
                                    signal=spec.signal, limit=limit, on_text=show)
        stderr.close()
        sys.stdout.flush()
        sys.stderr.flush()
        if result.cut:
            print(f"\n[output cut: the program printed {result.bytes_printed:,} bytes; "
                  f"the first {runner.PROGRAM_OUTPUT_LIMIT:,} are shown]")
        if result.stopped:
            raise runner.ProgramFailed(f"The program was stopped: {result.stopped} "
                                       f"(use --timeout SECONDS on the %%go line to allow more).")
        if result.returncode is not None and result.returncode < 0:
            raise runner.ProgramFailed(f"The program was ended by signal "
                                       f"{runner.signal_name(-result.returncode)} (it did not handle it).")
        if result.returncode != 0:
            raise runner.ProgramFailed(f"The program exited with status {result.returncode}.")

    @cell_magic
    def gotest(self, line: str, cell: str):
        """Run the tests of exercise NAME; the value of the cell is the points earned."""
        spec = cells.parse_gotest(line)
        toolchain.find_go()
        folder = self.workspace.save_tests(spec.name, cell)
        report = runner.grade(folder, spec.name, spec.points, race=spec.race,
                              limit=spec.timeout or runner.DEFAULT_TEST_LIMIT)
        display(report.bundle(), raw=True)
        if report.points == 0:
            raise GradingFailed(report)
        return report.points
