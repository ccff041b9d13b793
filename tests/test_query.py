"""Queries over the graph built from the seeds (real extraction)."""
from __future__ import annotations

import pytest

import graph
from graph.query import QueryError, events, find_actor, find_place, involved_with, timeline


@pytest.fixture(scope="module")
def g(seeds_run):
    return seeds_run[2]


def test_find_actor_by_name_alias_and_last_name(g):
    assert find_actor(g, "North Korean forces") == ["actor:north-korean-forces"]
    assert find_actor(g, "north korean troops") == ["actor:north-korean-forces"]  # alias
    assert find_actor(g, "Syrskyi") == ["actor:oleksandr-syrskyi"]
    assert find_actor(g, "actor:nk-news") == ["actor:nk-news"]
    assert find_actor(g, "Nobody At All") == []


def test_events_of_an_actor_are_in_time_order(g):
    rows = events(g, actor="North Korean forces")
    assert len(rows) >= 8
    keys = [(r.earliest or r.latest or "9999") for r in rows]
    assert keys == sorted(keys)
    assert all(any(a == "actor:north-korean-forces" for a, _, _ in r.actors) for r in rows)


def test_events_in_a_period_are_possible_or_certain(g):
    jan = events(g, actor="North Korean forces", since="2025-01", until="2025-01")
    lemmas = {graph_lemma(g, r.id) for r in jan}
    assert "withdraw" in lemmas
    assert "redeploy" not in lemmas  # early February cannot be in January
    certain = events(g, actor="North Korean forces", since="2025-01", until="2025-01",
                     certain=True)
    assert {r.id for r in certain} <= {r.id for r in jan}
    assert all(r.certain for r in certain)
    # "late last year" is 2024-09..2024-12: possible in November, not certain in it
    nov = events(g, actor="North Korean forces", since="2024-11", until="2024-11")
    st = [r for r in nov if graph_lemma(g, r.id) == "station"]
    assert st and not st[0].certain
    sure = events(g, actor="North Korean forces", since="2024-11", until="2024-11", certain=True)
    assert "station" not in {graph_lemma(g, r.id) for r in sure}


def graph_lemma(g, eid):
    return g.nodes[eid].get("lemma")


def test_events_in_a_place_include_places_inside_it(g):
    kursk = events(g, place="Kursk Oblast")
    assert kursk
    russia = events(g, place="Russia")
    assert {r.id for r in kursk} <= {r.id for r in russia}
    assert find_place(g, "Sumy Oblast")


def test_timeline_and_involvement(g):
    tl = timeline(g, "North Korean forces")
    roles = {role for _, role in tl}
    assert "agent" in roles and "patient" in roles
    with_whom = dict((i, c) for i, _, c in involved_with(g, "North Korean forces"))
    assert with_whom.get("actor:russian-forces", 0) >= 2
    assert "actor:north-korean-forces" not in with_whom


def test_query_errors(g):
    with pytest.raises(QueryError, match="no actor"):
        events(g, actor="Nobody At All")
    with pytest.raises(QueryError, match="expected YYYY"):
        events(g, since="March 2025")
    with pytest.raises(QueryError, match="after"):
        events(g, since="2025-03", until="2025-01")


def test_python_api_from_the_readme(root):
    g = graph.build([root / "seeds" / "000_b1bca38a27155288.txt"])
    rows = graph.events(g, actor="North Korean forces", since="2025-01")
    assert rows and all(r.latest is None or r.latest >= "2025-01-01" for r in rows)
    assert graph.timeline(g, "Oleksandr Syrskyi")


def test_api_names_survive_importing_every_submodule():
    """No public function of ``graph`` shares its name with a submodule (importing the
    submodule would replace the function on the package)."""
    import importlib
    import pkgutil

    for m in pkgutil.iter_modules(graph.__path__):
        importlib.import_module(f"graph.{m.name}")
    for name in ("build", "load", "export", "events", "timeline", "involved_with"):
        assert callable(getattr(graph, name)) and not isinstance(getattr(graph, name),
                                                                 type(graph)), name
