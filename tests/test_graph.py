"""The built graph of all seeds: schema, merging across articles, writers, round trips,
and the README's SPARQL example on the exported Turtle."""
from __future__ import annotations

import io
import re

import networkx as nx
import pytest

import graph
from exporters.turtle import EXAMPLE_QUERY


@pytest.fixture(scope="module")
def g(seeds_run):
    return seeds_run[2]


def test_node_kinds_and_scalar_attributes(g):
    kinds = {d["kind"] for _, d in g.nodes(data=True)}
    assert {"article", "event", "actor", "place"} <= kinds
    for n, d in g.nodes(data=True):
        assert isinstance(n, str) and re.fullmatch(r"[a-z]+:[a-z0-9:-]+", n), n
        assert all(isinstance(v, (str, int, float, bool)) for v in d.values()), (n, d)
    for u, v, k, d in g.edges(keys=True, data=True):
        assert isinstance(k, str) and all(isinstance(x, (str, int, float, bool))
                                          for x in d.values())
    assert sum(1 for _, d in g.nodes(data=True) if d["kind"] == "article") == 11


def test_every_networkx_writer_works(g):
    buf = io.BytesIO()
    nx.write_graphml(g, buf)
    back = nx.read_graphml(io.BytesIO(buf.getvalue()), force_multigraph=True)
    assert back.number_of_nodes() == g.number_of_nodes()
    assert back.number_of_edges() == g.number_of_edges()
    nx.write_gexf(g, io.BytesIO())


def test_same_actor_in_several_articles_is_one_node(seeds_run):
    xs, res, g = seeds_run
    per_article = [{a.id for a in x.actors} for x in xs]
    assert sum("actor:steve-jobs" in s for s in per_article) >= 4
    assert sum(1 for n in g if n == "actor:steve-jobs") == 1
    articles = {v for ev, _, d in g.in_edges("actor:steve-jobs", data=True) if d["rel"] == "role"
                for _, v, e in g.out_edges(ev, data=True) if e["rel"] == "claim"}
    assert len(articles) >= 4
    apple = [n for n, d in g.nodes(data=True) if d.get("name") == "Apple"]
    assert len(apple) == 1


def test_provenance_edges_carry_sentence_and_offsets(seeds_run):
    xs, res, g = seeds_run
    text = {x.article.id: x.article.text for x in xs}
    claims = [(u, v, d) for u, v, d in g.edges(data=True) if d["rel"] == "claim"]
    assert len(claims) >= sum(len(x.events) for x in xs) - 5
    for u, v, d in claims:
        t = text[v]
        assert t[d["sentence_start"]:d["sentence_end"]] == d["sentence"]
        assert t[d["trigger_start"]:d["trigger_end"]] == d["trigger"]


def test_merged_events_count_their_claims(g):
    merged = [d for _, d in g.nodes(data=True) if d["kind"] == "event" and d["claims"] > 1]
    assert merged
    for d in merged:
        assert d["corroboration"] <= d["claims"]


def test_json_export_loads_back_into_the_same_graph(g, tmp_path):
    path = graph.export(g, "json", tmp_path)
    back = graph.load(path)
    assert sorted(back.nodes(data=True)) == sorted(g.nodes(data=True))
    key = lambda e: (e[0], e[1], e[2])  # noqa: E731
    assert sorted(back.edges(keys=True, data=True), key=key) == \
        sorted(g.edges(keys=True, data=True), key=key)


def test_readme_sparql_example_on_the_exported_seed(tmp_path, seed_path, root):
    import rdflib

    assert EXAMPLE_QUERY.strip() in (root / "README.md").read_text("utf-8")
    g1 = graph.build([seed_path])
    ttl = graph.export(g1, "turtle", tmp_path)
    rdf = rdflib.Graph().parse(ttl, format="turtle")
    rows = list(rdf.query(EXAMPLE_QUERY))
    assert rows
    labels = [str(r.label) for r in rows]
    # every row is an event with North Korean forces as a participant
    nk_events = {n for n, d in g1.nodes(data=True) if d.get("kind") == "event" and any(
        v == "actor:north-korean-forces" for _, v, e in g1.out_edges(n, data=True)
        if e["rel"] == "role")}
    assert len({str(r.event) for r in rows}) == len(nk_events)
    # dated ones come in date order: stationing (late 2024), withdrawal (January),
    # redeployment (early February)
    dated = [(str(r.earliest), g1.nodes[_node(str(r.event))]["lemma"]) for r in rows
             if r.earliest is not None]
    assert [d for d, _ in dated] == sorted(d for d, _ in dated)
    order = [lemma for _, lemma in dated]
    assert order.index("station") < order.index("withdraw") < order.index("redeploy")
    assert all(label for label in labels)


def _node(iri: str) -> str:
    kind, rest = iri.split("/id/", 1)[1].split("/", 1)
    return f"{kind}:{rest}"
