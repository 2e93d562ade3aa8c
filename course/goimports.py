"""Drop the imports a released Go file no longer uses.

Release removes solution regions from answer cells and hidden tests from test
cells; an import that only the removed code used would make the student's
file fail with "imported and not used". Autograding restores the full test
source, imports included, and students add the imports their own answer needs.

Without a Go parser at release time, an import counts as used when one of the
names its package may have is followed by a dot in the file's code (comments and
string literals aside). When in doubt it is kept: a kept import can only be
wrong when the release check (stub and public tests must compile) says so.
"""

from __future__ import annotations

import re

_BLOCK = re.compile(r"^import\s*\(\s*\n(?P<body>.*?)^\)[ \t]*\n?", re.S | re.M)
_SINGLE = re.compile(r'^import\s+(?P<spec>(?:[A-Za-z_.]\w*\s+)?"[^"]+")[ \t]*(?://[^\n]*)?\n?', re.M)
_SPEC = re.compile(r'^\s*(?:(?P<alias>[A-Za-z_.]\w*)\s+)?"(?P<path>[^"]+)"\s*(?://.*)?$')
_DECLARATION = re.compile(r"^(?:func|type|var|const)\b", re.M)
_CODE_NOISE = re.compile(r'//[^\n]*|/\*.*?\*/|"(?:\\.|[^"\\\n])*"|`[^`]*`|\'(?:\\.|[^\'\\\n])+\'', re.S)


def package_names(path: str) -> set[str]:
    """The names a package imported from `path` may have (its last element, with common decorations off)."""
    parts = path.split("/")
    last = parts[-1]
    if re.fullmatch(r"v\d+", last) and len(parts) > 1:
        last = parts[-2]
    names = {last, re.sub(r"\.v\d+$", "", last)}
    for name in list(names):
        names |= {name.removeprefix("go-"), name.removesuffix("-go"), name.removesuffix(".go")}
    return {re.sub(r"[^\w]", "_", n) for n in names if n}


def _is_used(spec: str, code: str) -> bool:
    match = _SPEC.match(spec)
    if not match:
        return True  # not understood: keep it
    alias = match.group("alias")
    if alias in ("_", "."):
        return True
    names = {alias} if alias else package_names(match.group("path"))
    return any(re.search(rf"(?<![\w.]){re.escape(name)}\s*\.", code) for name in names)


def _split_header(source: str) -> tuple[str, str]:
    """(package clause and imports, the declarations after them). Go puts every import before
    the first declaration, so an `import` line further down is inside a string (Go source that
    a test writes out) and is left alone."""
    first = _DECLARATION.search(source)
    cut = first.start() if first else len(source)
    return source[:cut], source[cut:]


def prune_unused_imports(source: str) -> str:
    """`source` without the import lines its code does not use."""
    header, declarations = _split_header(source)
    code = _CODE_NOISE.sub(" ", _SINGLE.sub("", _BLOCK.sub("", header)) + declarations)

    def block(match: re.Match) -> str:
        lines = match.group("body").splitlines(keepends=True)
        kept = [line for line in lines if not _SPEC.match(line) or _is_used(line, code)]
        while kept and not kept[-1].strip():
            kept.pop()
        if not any(_SPEC.match(line) or line.strip().startswith("//") for line in kept):
            return ""
        return "import (\n" + "".join(kept).rstrip("\n") + "\n)\n"

    def single(match: re.Match) -> str:
        return match.group(0) if _is_used(match.group("spec"), code) else ""

    pruned = _SINGLE.sub(single, _BLOCK.sub(block, header)) + declarations
    return re.sub(r"\n{3,}", "\n\n", pruned)
