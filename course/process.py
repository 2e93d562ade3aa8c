"""Run a child process with a time limit, an output cap and a whole-group kill.

Every process a student's code can reach (programs, test binaries) starts in
a session of its own, so a kill at the time limit also ends whatever it
forked. Output is read by threads as it comes and handed to a callback, so a
program that prints without end costs memory only up to the cap.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import threading
import time
from dataclasses import dataclass
from typing import Callable

CHUNK = 65536
DRAIN_AFTER_KILL = 2.0  # seconds to keep reading once the group is killed


@dataclass
class Outcome:
    returncode: int | None
    stopped: str = ""  # why the process was killed ("time limit", "output limit", ...); "" if it ended by itself
    seconds: float = 0.0


def kill_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _reader(name: str, pipe, sink: queue.Queue) -> None:
    try:
        while chunk := os.read(pipe.fileno(), CHUNK):
            sink.put((name, chunk))
    except OSError:
        pass
    finally:
        sink.put((name, None))


def _writer(pipe, data: bytes) -> None:
    try:
        pipe.write(data)
    except (BrokenPipeError, OSError):
        pass  # the program did not read all its input: not our problem
    finally:
        try:
            pipe.close()
        except OSError:
            pass


def run(
    cmd: list[str],
    *,
    cwd: os.PathLike | str,
    env: dict[str, str],
    on_output: Callable[[str, bytes], None],
    stop_reason: Callable[[], str],
    stdin: bytes | None = None,
    merge_stderr: bool = False,
    on_start: Callable[[subprocess.Popen], None] | None = None,
) -> Outcome:
    """Run `cmd`, feeding its output to `on_output(stream, chunk)` as it arrives.

    `stop_reason()` is asked often; when it returns a non-empty reason the
    process group is killed. Returns once the process ended and its pipes closed.
    """
    started = time.monotonic()
    proc = subprocess.Popen(
        cmd, cwd=cwd, env=env, start_new_session=True,
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT if merge_stderr else subprocess.PIPE,
    )
    if on_start:
        on_start(proc)
    sink: queue.Queue = queue.Queue()
    pipes = {"stdout": proc.stdout} if merge_stderr else {"stdout": proc.stdout, "stderr": proc.stderr}
    threads = [threading.Thread(target=_reader, args=(name, pipe, sink), daemon=True) for name, pipe in pipes.items()]
    if stdin is not None:
        threads.append(threading.Thread(target=_writer, args=(proc.stdin, stdin), daemon=True))
    for thread in threads:
        thread.start()

    open_pipes = len(pipes)
    stopped = ""
    kill_deadline = None
    while open_pipes:
        try:
            name, chunk = sink.get(timeout=0.02)
        except queue.Empty:
            name, chunk = None, b""
        if name is not None:
            if chunk is None:
                open_pipes -= 1
            elif not stopped:
                on_output(name, chunk)
        if not stopped:
            stopped = stop_reason()
            if stopped:
                kill_group(proc)
                kill_deadline = time.monotonic() + DRAIN_AFTER_KILL
        elif time.monotonic() > kill_deadline:
            break  # a grandchild that left the group still holds the pipe: give up on it
        if not open_pipes and not stopped and proc.poll() is None:
            # the pipes closed but the process lives on (it closed stdout): keep the time limit
            while proc.poll() is None and not (stopped := stop_reason()):
                time.sleep(0.02)
            if stopped:
                kill_group(proc)
    if stopped:
        kill_group(proc)  # the group may have spawned more since the first kill
    try:
        returncode = proc.wait(timeout=DRAIN_AFTER_KILL)
    except subprocess.TimeoutExpired:
        kill_group(proc)
        returncode = proc.wait()
    for pipe in pipes.values():
        pipe.close()
    return Outcome(returncode=returncode, stopped=stopped, seconds=time.monotonic() - started)


def deadline_after(seconds: float) -> Callable[[], str]:
    """A stop_reason that fires once `seconds` have passed."""
    limit = time.monotonic() + seconds
    return lambda: f"time limit of {seconds:g} s" if time.monotonic() > limit else ""
