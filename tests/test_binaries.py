"""The binary cache keeps the most recently used binaries within a count and a size."""

import os

from course import binaries


def _make(folder, name, size, age):
    path = folder / name
    path.write_bytes(b"x" * size)
    os.utime(path, (1_000_000 - age, 1_000_000 - age))
    return path


def test_trim_keeps_the_most_recently_used_within_count_and_bytes(tmp_path):
    paths = [_make(tmp_path, f"b{i}", 100, age=i) for i in range(6)]  # b0 newest
    (tmp_path / ".b9.123").write_bytes(b"partial")  # being written by another process

    binaries._trim(tmp_path, keep=4, budget=10_000)
    assert [p.exists() for p in paths] == [True] * 4 + [False] * 2

    binaries._trim(tmp_path, keep=4, budget=250)
    assert [p.exists() for p in paths] == [True, True, False, False, False, False]
    assert (tmp_path / ".b9.123").exists()


def test_trim_never_removes_the_newest_even_when_it_alone_is_over_budget(tmp_path):
    newest = _make(tmp_path, "big", 1000, age=0)
    older = _make(tmp_path, "old", 10, age=5)
    binaries._trim(tmp_path, keep=10, budget=100)
    assert newest.exists() and not older.exists()
