"""The dateline command, through click's CliRunner."""
from __future__ import annotations

import json
import shutil

import jsonschema
import pytest
from click.testing import CliRunner

from graph.cli import main
from graph.contract import schema


@pytest.fixture(scope="module")
def built(tmp_path_factory, seed_path):
    """`dateline build` on the seed, into a temporary output folder."""
    out = tmp_path_factory.mktemp("out")
    r = CliRunner().invoke(main, ["build", str(seed_path), "--out", str(out)])
    assert r.exit_code == 0, r.output
    return out, r.output


def test_build_writes_every_format_and_a_summary(built):
    out, output = built
    assert sorted(p.name for p in out.iterdir()) == ["graph.html", "graph.json", "graph.ttl"]
    line = output.strip().splitlines()[-1]
    assert line.startswith("1 articles, ") and " events, " in line and " actors, " in line
    assert "graph.ttl" in line


def test_build_one_format(tmp_path, seed_path):
    r = CliRunner().invoke(main, ["build", str(seed_path), "--out", str(tmp_path),
                                  "--format", "json"])
    assert r.exit_code == 0, r.output
    assert [p.name for p in tmp_path.iterdir()] == ["graph.json"]


def test_unknown_format_is_refused(tmp_path, seed_path):
    r = CliRunner().invoke(main, ["build", str(seed_path), "--out", str(tmp_path),
                                  "--format", "pdf"])
    assert r.exit_code == 2 and "turtle" in r.output


def test_extract_json_lines_in_input_order(tmp_path, seed_path, root):
    other = sorted((root / "seeds").glob("58207_*.txt"))[0]
    r = CliRunner().invoke(main, ["extract", "--json", str(other), str(seed_path)])
    assert r.exit_code == 0, r.output
    lines = r.stdout.strip().splitlines()
    assert len(lines) == 2
    docs = [json.loads(x) for x in lines]
    for d in docs:
        jsonschema.validate(d, schema())
    assert [d["article"]["path"] for d in docs] == [str(other), str(seed_path)]
    again = CliRunner().invoke(main, ["extract", "--json", str(other), str(seed_path)])
    assert again.stdout == r.stdout  # ids and output are stable


def test_events_query(built):
    out, _ = built
    r = CliRunner().invoke(main, ["events", "--graph", str(out), "--actor",
                                  "North Korean forces", "--since", "2025-01",
                                  "--until", "2025-02", "--json"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    assert rows and all(any(a["id"] == "actor:north-korean-forces" for a in x["actors"])
                        for x in rows)
    text = CliRunner().invoke(main, ["events", "--graph", str(out), "--place", "Kursk Oblast"])
    assert text.exit_code == 0 and text.output.strip()


def test_timeline_and_involved(built):
    out, _ = built
    r = CliRunner().invoke(main, ["timeline", "--graph", str(out), "Syrskyi"])
    assert r.exit_code == 0 and "agent" in r.output
    r = CliRunner().invoke(main, ["involved", "--graph", str(out), "North Korean forces",
                                  "--json"])
    assert r.exit_code == 0
    assert any(x["id"] == "actor:russian-forces" for x in json.loads(r.stdout))


def test_query_errors_are_one_line(built, tmp_path):
    out, _ = built
    r = CliRunner().invoke(main, ["events", "--graph", str(out), "--actor", "Nobody At All"])
    assert r.exit_code == 1 and r.output.strip() == "Error: no actor matches 'Nobody At All'"
    r = CliRunner().invoke(main, ["events", "--graph", str(tmp_path / "missing")])
    assert r.exit_code == 1 and "run 'dateline build' first" in r.output


def test_bad_input_fails_before_writing_anything(tmp_path, seed_path, built):
    out = tmp_path / "out"
    shutil.copytree(built[0], out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    r = CliRunner().invoke(main, ["build", str(seed_path), str(bad), "--out", str(out)])
    assert r.exit_code == 1
    lines = r.output.strip().splitlines()
    assert lines == [f"Error: {bad}: binary file (contains NUL bytes), not a text article"]
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # untouched


def test_plain_text_warns_about_missing_date(tmp_path):
    p = tmp_path / "plain.txt"
    p.write_text("Troops withdrew from the city on Monday, officials said.\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["extract", "--json", str(p)])
    assert r.exit_code == 0
    assert "no publication date" in r.stderr  # the warning, on stderr
    assert "no publication date" not in r.stdout  # the JSON stays clean
    r2 = CliRunner().invoke(main, ["extract", "--json", "--published", "2024-03-06", str(p)])
    doc = json.loads(r2.stdout.strip().splitlines()[-1])
    assert doc["article"]["published"] == "2024-03-06"
    monday = [t for t in doc["timexes"] if t["text"] == "Monday"]
    assert monday and monday[0]["value"] == "2024-03-04"


def test_build_is_deterministic(tmp_path, seed_path):
    a, b = tmp_path / "a", tmp_path / "b"
    for out in (a, b):
        r = CliRunner().invoke(main, ["build", str(seed_path), "--out", str(out)])
        assert r.exit_code == 0, r.output
    for name in ("graph.ttl", "graph.json", "graph.html"):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_events_in_a_period_mark_the_possible_ones(built):
    out, _ = built
    r = CliRunner().invoke(main, ["events", "--graph", str(out), "--actor",
                                  "North Korean forces", "--since", "2024-11", "--until", "2024-11"])
    assert r.exit_code == 0, r.output
    lines = r.stdout.strip().splitlines()
    # "late last year" (2024-09-01..2024-12-31) may be in November, not surely
    station = [x for x in lines if x.startswith("2024 [2024-09-01 .. 2024-12-31]")]
    assert station and all(x.split("\t")[2].endswith("(possibly)") for x in station)


def test_outputs_are_byte_identical_across_processes(tmp_path, seed_path, root):
    """Hash randomisation must not leak into the output (sets, dict order)."""
    import os
    import subprocess
    import sys

    other = sorted((root / "seeds").glob("58207_*.txt"))[0]
    outs = []
    for seed in ("1", "4242"):
        out = tmp_path / f"out{seed}"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "-m", "graph.cli", "build", str(seed_path), str(other),
                        "--out", str(out), "-q"], check=True, env=env, capture_output=True)
        outs.append(out)
    for name in ("graph.ttl", "graph.json", "graph.html"):
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name
