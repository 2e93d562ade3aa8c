"""Build section notebooks from Python: the cells and nbgrader metadata the guide prescribes.

Authors (and the tests) describe a notebook as a sequence of explanations,
examples and exercises; this module turns that into an nbformat notebook
whose nbgrader metadata is right by construction.
"""

from __future__ import annotations

import re
import textwrap

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

SETUP_SOURCE = "%load_ext course"
KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}


def _clean(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


def format_go(source: str) -> str:
    """gofmt the source; source that does not parse (an example of a syntax error) is kept as written."""
    import subprocess

    from . import toolchain

    done = subprocess.run([str(toolchain.find_go().gofmt)], input=source, capture_output=True, text=True)
    return done.stdout.strip("\n") if done.returncode == 0 else source


def nbgrader_meta(grade_id: str, *, solution: bool = False, grade: bool = False, locked: bool = False,
                  points: float | None = None) -> dict:
    meta = {"grade": grade, "solution": solution, "locked": locked, "grade_id": grade_id, "schema_version": 3}
    if grade:
        meta["points"] = points
    return {"nbgrader": meta}


class NotebookBuilder:
    def __init__(self, title: str):
        self.nb = new_notebook(metadata={"kernelspec": KERNELSPEC, "language_info": {"name": "python"}})
        self._ids: set[str] = set()
        self.md(title)

    def _add(self, cell) -> None:
        cell.id = f"cell-{len(self.nb.cells):03d}"  # stable ids: rebuilding a notebook makes no id churn
        self.nb.cells.append(cell)

    def md(self, text: str) -> "NotebookBuilder":
        self._add(new_markdown_cell(_clean(text)))
        return self

    def setup(self) -> "NotebookBuilder":
        self._add(new_code_cell(SETUP_SOURCE, metadata=nbgrader_meta("setup", locked=True)))
        return self

    def code(self, source: str, *, tags: list[str] | None = None) -> "NotebookBuilder":
        cell = new_code_cell(_clean(source))
        if tags:
            cell.metadata["tags"] = tags
        self._add(cell)
        return self

    def example(self, go_source: str, *, line: str = "", tags: list[str] | None = None) -> "NotebookBuilder":
        """A runnable `package main` example; its output is kept in the release."""
        magic = f"%%go {line}".rstrip()
        return self.code(magic + "\n" + format_go(_clean(go_source)), tags=tags)

    def exercise(self, name: str, *, task: str, answer: str, tests: str, points: float,
                 race: bool = False, timeout: float | None = None,
                 files: list[tuple[str, str, bool]] = ()) -> "NotebookBuilder":
        """Task (read-only), answer (`%%go NAME`, solution) and tests (`%%gotest`, graded).

        `files` are further files of the exercise, (path, source, is_answer), placed before the
        main answer so that packages exist before the code that imports them: an answer file has
        a solution region; any other is given to students read-only.
        """
        if name in self._ids:
            raise ValueError(f"exercise {name} appears twice")
        self._ids.add(name)
        self._add(new_markdown_cell(_clean(task), metadata=nbgrader_meta(f"{name}_task", locked=True)))
        for path, source, is_answer in files:
            slug = re.sub(r"\W", "_", path.removesuffix(".go"))
            meta = (nbgrader_meta(f"{name}_{slug}_answer", solution=True) if is_answer
                    else nbgrader_meta(f"{name}_{slug}_given", locked=True))
            self._add(new_code_cell(f"%%go {name} --file {path}\n" + format_go(_clean(source)), metadata=meta))
        self._add(new_code_cell(f"%%go {name}\n" + format_go(_clean(answer)),
                                metadata=nbgrader_meta(f"{name}_answer", solution=True)))
        flags = f" --points {points:g}" + (" --race" if race else "") + (f" --timeout {timeout:g}" if timeout else "")
        self._add(new_code_cell(f"%%gotest {name}{flags}\n" + format_go(_clean(tests)),
                                metadata=nbgrader_meta(f"{name}_tests", grade=True, locked=True, points=points)))
        return self

    def build(self) -> nbformat.NotebookNode:
        nbformat.validate(self.nb)
        return self.nb

    def write(self, path) -> None:
        nbformat.write(self.build(), str(path))
