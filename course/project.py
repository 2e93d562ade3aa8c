"""A throwaway Go project folder for notebooks that teach the go command itself.

Sections about modules, workspaces and packages need to show `go mod init`,
`go build` or `go list` on a real folder tree. `Project` makes one in the
system's temporary folder, writes files into it and runs go commands there
offline, printing output with the folder's path replaced by `$PROJECT` so
that saved outputs are the same on every machine.

    p = Project()
    p.write("main.go", "package main\\n...")
    p.go("mod", "init", "example.com/hello")
    p.tree()
"""

from __future__ import annotations

import atexit
import shlex
import shutil
import tempfile
from pathlib import Path

from . import runner, toolchain


class Project:
    def __init__(self):
        self.root = Path(tempfile.mkdtemp(prefix="go-course-project-"))
        atexit.register(self.remove)

    def write(self, relative: str, text: str) -> Path:
        target = (self.root / relative).resolve()
        if not target.is_relative_to(self.root.resolve()):
            raise ValueError(f"{relative} is outside the project folder")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text.lstrip("\n"))
        return target

    def read(self, relative: str) -> str:
        return (self.root / relative).read_text()

    def show(self, relative: str) -> None:
        print(f"--- {relative}")
        print(self.read(relative), end="")

    def go(self, *args: str, cwd: str = ".", quiet: bool = False, env: dict[str, str] | None = None) -> str | None:
        """Run `go ARGS` in the project (offline) and print what it says.

        Returns the output only when `quiet`, so that a cell ending in `p.go(...)`
        does not show it twice.
        """
        run_env = toolchain.offline_env()
        if (self.root / "go.work").exists() or args[:1] == ("work",):
            run_env.pop("GOWORK")  # a go.work in the project (or being made): let the go command find it
            run_env["GOFLAGS"] = ""  # -mod=mod is refused in workspace mode
        else:
            run_env["GOFLAGS"] = "-mod=mod"  # let `go mod tidy` and friends edit go.mod; modules still come from the cache
        run_env.update(env or {})
        done = runner.go(list(args), self.root / cwd, env=run_env)
        text = (done.stdout + done.stderr).replace(str(self.root), "$PROJECT")
        if not quiet:
            print(f"$ go {shlex.join(args)}" + (f"    (in {cwd})" if cwd != "." else ""))
            if text:
                print(text, end="" if text.endswith("\n") else "\n")
            if done.returncode != 0:
                print(f"(exit status {done.returncode})")
        return text if quiet else None

    def tree(self) -> None:
        """Print the project's files, sorted, one per line."""
        for path in sorted(self.root.rglob("*")):
            if path.is_file():
                print(path.relative_to(self.root).as_posix())

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)
