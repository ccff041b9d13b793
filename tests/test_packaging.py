"""What `pip install .` ships: every package and every data file the code reads.

A non-editable install only contains what pyproject.toml declares, so a subpackage or data
file missing there works in the source tree and breaks for users."""
from __future__ import annotations

import fnmatch
import re


def _pyproject(root) -> str:
    return (root / "pyproject.toml").read_text("utf-8")


def test_every_package_is_declared(root):
    declared = set(re.search(r'^packages = \[(.*?)\]', _pyproject(root), re.M).group(1)
                   .replace('"', "").replace(" ", "").split(","))
    found = {str(p.parent.relative_to(root)).replace("/", ".")
             for top in ("graph", "exporters") for p in (root / top).rglob("__init__.py")}
    assert found == declared


def test_every_data_file_is_shipped(root):
    text = _pyproject(root)
    section = text.split("[tool.setuptools.package-data]", 1)[1].split("\n[", 1)[0]
    globs = {pkg: re.findall(r'"([^"]+)"', pats)
             for pkg, pats in re.findall(r'^(\w+) = \[(.*?)\]', section, re.M)}
    for top in ("graph", "exporters"):
        for f in (root / top).rglob("*"):
            if f.is_dir() or f.suffix in (".py", ".pyc") or "__pycache__" in f.parts:
                continue
            rel = f.relative_to(root / top).as_posix()
            assert any(fnmatch.fnmatch(rel, g) for g in globs.get(top, [])), f"{top}/{rel}"
