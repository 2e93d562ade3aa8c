"""Go stack traces in the student's terms: goroutine headers and the frames of their own cells.

A panic prints every frame with the path of the temporary work folder and a code
offset, which differ from run to run and from one Go version to the next. Kept:
the panic message, each goroutine header, and for frames in the cell's own files
the function and `cell, line N`. Runtime and standard library frames are dropped.
"""

from __future__ import annotations

import re
from typing import Callable

_HEADER = re.compile(r"goroutine \d+ \[")
_FUNCTION = re.compile(r"^(created by \S+|\S+\(.*\))( in goroutine \d+)?$")  # a frame's first line
# a frame in a work folder: <tmp>/go-course-XXXX/<exercise>/<file>.go:<line> +0x...
_OWN_FRAME = re.compile(r"^\t\S*/go-course-[^/]+/(?P<exercise>[a-z][a-z0-9_]*)/(?P<file>\S+?\.go):(?P<line>\d+)")


def cell_location(line: str) -> str | None:
    """`cell, line 9` for a frame line in one of the cells' own files; None for any other frame."""
    match = _OWN_FRAME.match(line)
    if not match:
        return None
    exercise, file, number = match.group("exercise", "file", "line")
    if exercise == "main" and file == "main.go":
        return f"cell, line {number}"
    if file == f"{exercise}_test.go":
        return f"test cell, line {number}"
    if file == f"{exercise}.go":
        return f"answer cell, line {number}"
    return f"answer cell `{file}`, line {number}"


class TraceFilter:
    """Rewrites stack traces in text that arrives in pieces, line by line."""

    def __init__(self, emit: Callable[[str], None], locate: Callable[[str], str | None] = cell_location):
        self.emit = emit
        self.locate = locate
        self.partial = ""
        self.in_trace = False
        self.function_line: str | None = None

    def feed(self, text: str) -> None:
        *lines, self.partial = (self.partial + text).split("\n")
        for line in lines:
            self._line(line)

    def close(self) -> None:
        if self.partial:
            self._line(self.partial, newline=False)
            self.partial = ""

    def _line(self, line: str, newline: bool = True) -> None:
        end = "\n" if newline else ""
        if _HEADER.match(line):
            self.in_trace = True
            self.emit(line + end)
        elif not self.in_trace:
            self.emit(line + end)
        elif not line.strip():
            self.in_trace = False
            self.function_line = None
            self.emit(line + end)
        elif line.startswith("\t"):
            where = self.locate(line)
            if where and self.function_line is not None:
                self.emit(f"{self.function_line}\n\t{where}{end}")
            self.function_line = None
        elif _FUNCTION.match(line):
            self.function_line = line
        else:  # the trace ended without a blank line
            self.in_trace = False
            self.function_line = None
            self.emit(line + end)
