"""Shared fixtures. Tests use only files inside the repository (seeds/, tests/data/)."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_b1bca38a27155288.txt"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_extraction():
    """The seed article, read and extracted once for the whole session (real spaCy)."""
    from graph.extract import extract
    from graph.read import read_text_file
    return extract([read_text_file(SEED)])[0]


@pytest.fixture(scope="session")
def seeds_run():
    """All seeds: (extractions, resolution, graph), built once for the session."""
    from graph.pipeline import run
    return run([ROOT / "seeds"])
