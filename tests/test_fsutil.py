"""Atomic writes: all or nothing, ordinary permissions."""
from __future__ import annotations

import os
import stat

import pytest

from graph.fsutil import AtomicWriter, atomic_write


def test_atomic_write_replaces_and_uses_umask_permissions(tmp_path):
    p = tmp_path / "out" / "f.txt"
    atomic_write(p, "one")
    atomic_write(p, "two")
    assert p.read_text() == "two"
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(p.stat().st_mode) == 0o666 & ~mask
    assert [x.name for x in p.parent.iterdir()] == ["f.txt"]


def test_failure_leaves_the_old_file_untouched(tmp_path):
    p = tmp_path / "f.bin"
    atomic_write(p, b"old")
    with pytest.raises(RuntimeError):
        with AtomicWriter(p) as fh:
            fh.write(b"half of the new")
            raise RuntimeError("disk full")
    assert p.read_bytes() == b"old"
    assert [x.name for x in tmp_path.iterdir()] == ["f.bin"]
