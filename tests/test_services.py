"""Servers the course starts: abandoned ones (their owner killed) are cleaned up by the next start."""

import json
import subprocess
import time

from course import services


def _folder(root, name, owners=None, postmaster=None):
    data = root / f"go-course-pg-{name}" / "data"
    data.mkdir(parents=True)
    if owners is not None:
        (data / ".handle_pids.json").write_text(json.dumps(owners))
    if postmaster is not None:
        (data / "postmaster.pid").write_text(f"{postmaster}\n{data}\n")
    return data.parent


def test_reaps_only_servers_whose_owners_are_gone(tmp_path):
    dead = subprocess.Popen(["true"])
    dead.wait()
    sleeper = subprocess.Popen(["sleep", "30"])  # stands in for an abandoned postmaster
    try:
        abandoned = _folder(tmp_path, "abandoned", owners=[dead.pid], postmaster=sleeper.pid)
        released = _folder(tmp_path, "released", owners=[])
        in_use = _folder(tmp_path, "in_use", owners=[dead.pid, subprocess.os.getpid()])
        starting = _folder(tmp_path, "starting")  # no owner list yet: another process is starting it

        reaped = services.reap_abandoned_servers(tmp_path)

        assert sorted(reaped) == sorted([abandoned, released])
        assert not abandoned.exists() and not released.exists()
        assert in_use.exists() and starting.exists()
        assert sleeper.wait(timeout=5) != 0  # the postmaster was told to quit
        assert services.reap_abandoned_servers(tmp_path, now=time.time() + 2 * services.STALE_AFTER) == [starting]
    finally:
        sleeper.kill()
