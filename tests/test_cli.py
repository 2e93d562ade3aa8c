"""The commands as an instructor or CI types them."""

import subprocess
import sys

from course import cli, doctor, modules, toolchain


def test_doctor_passes_here():
    done = subprocess.run([sys.executable, "-m", "course", "doctor"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "doctor: all good" in done.stdout


def test_doctor_gives_a_fix_for_missing_modules(monkeypatch, capsys):
    monkeypatch.setattr(modules, "missing", lambda folder: "go: module lookup disabled by GOPROXY=off")
    assert doctor.run() == 1
    out = capsys.readouterr().out
    assert "✘ modules of ch01_go_basics: missing" in out
    assert "fix: run `python -m course download` while online" in out


def test_doctor_without_go_says_how_to_fix(monkeypatch, capsys):
    def no_go():
        raise toolchain.ToolchainError("The course needs Go 1.25 or newer, and no Go was found.\n" + toolchain.FIX)

    monkeypatch.setattr(toolchain, "find_go", no_go)
    assert doctor.run() == 1
    out = capsys.readouterr().out
    assert "✘ Go: not usable" in out and "./course.sh lab" in out


def test_no_go_on_path_and_no_wheel_is_one_clear_message(monkeypatch):
    toolchain.find_go.cache_clear()
    monkeypatch.setattr(toolchain, "_candidates", lambda: [])
    try:
        toolchain.find_go()
    except toolchain.ToolchainError as exc:
        assert exc._render_traceback_() == [str(exc)]
        assert "no Go was found" in str(exc) and "How to fix" in str(exc)
    else:
        raise AssertionError("find_go() found a Go with no candidates")
    finally:
        toolchain.find_go.cache_clear()


def test_old_go_is_refused(monkeypatch, tmp_path):
    toolchain.find_go.cache_clear()
    fake = tmp_path / "go"
    fake.write_text("#!/bin/sh\necho go1.22.4\n")
    fake.chmod(0o755)
    monkeypatch.setattr(toolchain, "_candidates", lambda: [(fake, "PATH")])
    try:
        toolchain.find_go()
    except toolchain.ToolchainError as exc:
        assert "found only" in str(exc) and "go1.22.4" in str(exc)
    else:
        raise AssertionError("a Go 1.22 was accepted")
    finally:
        toolchain.find_go.cache_clear()


def test_lint_command_closing_line(capsys):
    from course.notebooks import SOURCE

    assert cli.main(["lint", str(SOURCE / "ch01_go_basics" / "s01_setup_and_environment.ipynb")]) == 0
    assert capsys.readouterr().out.strip().endswith("lint: 0 problem(s)")
