"""Tests of exporters/: the registry, turtle, html and json exporters.

Golden files (tests/golden/) are compared byte for byte; regenerate them with

    UPDATE_GOLDEN=1 python -m pytest tests/test_exporters.py
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
from pathlib import Path
import re
import shutil
import subprocess
import sys
from types import SimpleNamespace

import networkx as nx
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from exporter_fixtures import (HOSTILE_STRINGS, NK_FORCES, fixture_graph,  # noqa: E402
                               fixture_resolution, hostile_graph, hostile_resolution)

import exporters  # noqa: E402
from exporters import registry  # noqa: E402

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
ROOT = Path(__file__).resolve().parents[1]


def check_golden(name: str, data: bytes) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    assert path.exists(), f"missing golden file {path}; run UPDATE_GOLDEN=1 pytest"
    expected = path.read_bytes()
    assert data == expected, (f"{name} differs from the golden file; if the change is "
                              "intended, regenerate with UPDATE_GOLDEN=1")


@pytest.fixture(scope="module")
def g():
    return fixture_graph()


@pytest.fixture(scope="module")
def hg():
    return hostile_graph()


def typed(value):
    return (type(value).__name__, value)


def graph_signature(g: nx.MultiDiGraph):
    """Nodes with attribute dicts and edges with keys and attribute dicts, type-strict
    (1, 1.0 and True differ)."""
    nodes = {n: {k: typed(v) for k, v in d.items()} for n, d in g.nodes(data=True)}
    edges = {}
    for u, v, k, d in g.edges(keys=True, data=True):
        assert (u, v, typed(k)) not in edges
        edges[(u, v, typed(k))] = {a: typed(b) for a, b in d.items()}
    return nodes, edges, {k: typed(v) for k, v in g.graph.items()}


def assert_same_graph(a: nx.MultiDiGraph, b: nx.MultiDiGraph) -> None:
    assert isinstance(b, nx.MultiDiGraph)
    na, ea, ga = graph_signature(a)
    nb, eb, gb = graph_signature(b)
    assert set(na) == set(nb)
    for n in na:
        assert na[n] == nb[n], n
    assert set(ea) == set(eb)
    for e in ea:
        assert ea[e] == eb[e], e
    assert ga == gb


# --- fixtures are honest -------------------------------------------------------------------------

def test_fixture_offsets_match_the_text():
    res = fixture_resolution()
    texts = {a.id: a.text for a in res.articles}
    for e in res.events:
        for c in e.claims:
            t = texts[c.article]
            assert t[c.sentence.start:c.sentence.end] == c.sentence.text
            assert t[c.trigger.start:c.trigger.end] == c.trigger.text
            assert c.sentence.start <= c.trigger.start <= c.trigger.end <= c.sentence.end
    g = fixture_graph()
    kinds = {d["kind"] for _, d in g.nodes(data=True)}
    rels = {d["rel"] for *_, d in g.edges(data=True)}
    assert kinds == {"article", "event", "actor", "place", "source"}
    assert rels == {"role", "place", "claim", "cites", "within", "before"}
    assert g.nodes[NK_FORCES]["label"] == "North Korean forces"


# --- registry ---------------------------------------------------------------------------------------

def test_registry_names_and_metadata():
    assert registry.names() == ["gexf", "graphml", "html", "json", "jsonld", "ntriples",
                                "trig", "turtle"]
    assert registry.defaults() == ["html", "json", "turtle"]
    assert exporters.names() == registry.names()
    exts = {n: registry.get(n).extension for n in registry.names()}
    assert exts == {"turtle": "ttl", "html": "html", "json": "json", "ntriples": "nt",
                    "trig": "trig", "jsonld": "jsonld", "graphml": "graphml", "gexf": "gexf"}
    for n in registry.names():
        exp = registry.get(n)
        assert exp.name == n and exp.description and callable(exp.export)
        assert exp.filename == f"graph.{exp.extension}"
    assert registry.get("turtle").module_path == "exporters.turtle"
    assert registry.get("json").module_path == "exporters.json_export"


def test_registry_unknown_name_is_a_clear_error():
    with pytest.raises(KeyError) as err:
        registry.get("pdf")
    assert "pdf" in str(err.value) and "html, json, jsonld" in str(err.value)
    with pytest.raises(ValueError):
        registry.get("pdf")
    with pytest.raises(KeyError):
        registry.export(nx.MultiDiGraph(), "nope", "/nonexistent")


def test_registry_register_rejects_bad_declarations():
    with pytest.raises(ValueError):
        registry.register("Bad Name", "x", "y", extension="x", description="")
    with pytest.raises(ValueError):
        registry.register("ok", "x", "y", extension="../x", description="")


def test_registry_custom_exporter_is_lazy(monkeypatch, tmp_path, g):
    monkeypatch.setattr(registry, "_REGISTRY", dict(registry._REGISTRY))
    exp = registry.register("jsonx", "exporters.json_export", "export", extension=".gjson",
                            description="json again")
    assert exp.extension == "gjson"
    assert "jsonx" in registry.names()
    out = registry.export(g, "jsonx", tmp_path / "o")
    assert out == tmp_path / "o" / "graph.gjson" and out.exists()
    registry.register("broken", "exporters.json_export", "no_such_function", extension="x",
                      description="")
    with pytest.raises(ImportError):
        registry.export(g, "broken", tmp_path)


def test_importing_exporters_does_not_import_rdflib_or_pyvis():
    code = ("import sys, exporters; from exporters import registry; registry.names(); "
            "[registry.get(n) for n in registry.names()]; "
            "print(sorted(m for m in ('rdflib', 'pyvis', 'jinja2', 'IPython') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("name,filename", [("turtle", "graph.ttl"), ("html", "graph.html"),
                                           ("json", "graph.json")])
def test_registry_export_writes_out_dir_graph_ext(tmp_path, g, name, filename):
    out = exporters.export(g, name, tmp_path / "out")
    assert out == tmp_path / "out" / filename
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [filename]
    assert out.stat().st_size > 0
    assert registry.output_path(name, tmp_path / "out") == out


def test_exports_are_deterministic_across_processes(tmp_path):
    """Same graph -> same bytes, whatever PYTHONHASHSEED (set iteration order) is."""
    script = ("import sys; sys.path.insert(0, 'tests'); import exporters; "
              "from exporter_fixtures import fixture_graph, hostile_graph; "
              "[exporters.export(f(), n, sys.argv[1] + '/' + f.__name__) "
              "for f in (fixture_graph, hostile_graph) for n in exporters.names()]")
    outs = []
    for seed in ("1", "2"):
        d = tmp_path / seed
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "-c", script, str(d)], check=True, cwd=ROOT, env=env)
        outs.append({p.relative_to(d).as_posix(): p.read_bytes() for p in d.rglob("*")
                     if p.is_file()})
    assert len(outs[0]) == 2 * len(exporters.names())
    assert outs[0] == outs[1]
    # and the same as in this process
    for f in (fixture_graph, hostile_graph):
        for n in exporters.names():
            p = exporters.export(f(), n, tmp_path / "here" / f.__name__)
            assert p.read_bytes() == outs[0][f"{f.__name__}/{p.name}"]


# --- turtle ---------------------------------------------------------------------------------------

rdflib = pytest.importorskip("rdflib")
from rdflib import BNode, Literal, URIRef  # noqa: E402
from rdflib.compare import isomorphic  # noqa: E402
import rdflib.namespace as rdfns  # noqa: E402

from exporters import turtle  # noqa: E402


V = SimpleNamespace(RDF=rdfns.RDF, RDFS=rdfns.RDFS, XSD=rdfns.XSD)


def parse_ttl(data: bytes) -> "rdflib.Graph":
    out = rdflib.Graph()
    out.parse(data=data.decode("utf-8"), format="turtle")
    return out


@pytest.fixture(scope="module")
def ttl(g):
    return turtle.serialize(g)


def test_turtle_round_trip_is_isomorphic(g, hg, tmp_path):
    for graph in (g, hg):
        path = turtle.export(graph, tmp_path / "graph.ttl")
        parsed = rdflib.Graph().parse(path, format="turtle")
        expected = turtle.to_rdflib(graph)
        assert len(parsed) == len(expected) > 0
        assert isomorphic(parsed, expected)
        assert set(parsed) == set(expected)  # no bnodes, so even triple-for-triple


def test_turtle_has_no_blank_nodes(g, hg, ttl):
    for graph in (turtle.to_rdflib(g), turtle.to_rdflib(hg), parse_ttl(ttl)):
        for triple in graph:
            assert not any(isinstance(t, BNode) for t in triple), triple
    assert b"_:" not in ttl


def test_turtle_prefixes_are_all_bound(g, ttl):
    text = ttl.decode("utf-8")
    declared = dict(re.findall(r"^@prefix ([A-Za-z][\w-]*): <([^>]*)> \.$", text, re.M))
    assert declared, "no @prefix lines"
    for prefix, uri in declared.items():
        assert turtle.NAMESPACES.get(prefix) == uri, prefix  # no ns1: made-up prefixes
    for p in ("sem", "time", "prov", "schema", "geo", "wgs", "dl", "dl-role", "rdfs", "xsd",
              "event", "actor", "place", "article", "source"):
        assert p in declared, p
    rg = turtle.to_rdflib(g)
    # every predicate and class is in a bound vocabulary (so written as a prefixed name)
    vocab = [declared[p] for p in declared]
    terms = {p for _, p, _ in rg} | {o for _, _, o in rg.triples((None, V.RDF.type, None))}
    for t in terms:
        assert any(str(t).startswith(ns) for ns in vocab), t
    # the parser accepts it, which it would not with an undeclared prefix
    assert len(parse_ttl(ttl)) == len(rg)


def test_turtle_every_resource_has_a_label(g, hg):
    for graph in (g, hg):
        rg = turtle.to_rdflib(graph)
        for s in set(rg.subjects()):
            assert (s, V.RDFS.label, None) in rg, s


def test_turtle_iris_are_minted_from_node_ids():
    assert str(turtle.node_iri("actor:north-korean-forces")) == \
        "https://dateline.invalid/id/actor/north-korean-forces"
    assert str(turtle.node_iri("event:3f2a")) == "https://dateline.invalid/id/event/3f2a"
    assert str(turtle.node_iri("place:kursk-oblast-ru")) == \
        "https://dateline.invalid/id/place/kursk-oblast-ru"
    assert str(turtle.node_iri('actor:we<ird> "x"/..#f')) == \
        "https://dateline.invalid/id/actor/we%3Cird%3E%20%22x%22%2F..%23f"
    assert str(turtle.node_iri("place:..")) == "https://dateline.invalid/id/place/%2E%2E"
    assert str(turtle.node_iri("actor:a~b.c_d")) == "https://dateline.invalid/id/actor/a~b.c_d"
    assert str(turtle.node_iri("place:\u00fcber")) == \
        "https://dateline.invalid/id/place/%C3%BCber"


_IRI_OK = re.compile(r"^https?://[A-Za-z0-9._~:/?#@!$&'()*+,;=%-]+$")


def test_turtle_hostile_text_stays_intact_as_literals(hg):
    data = turtle.serialize(hg)
    parsed = parse_ttl(data)
    res = hostile_resolution()
    art = res.articles[0]
    a = turtle.node_iri(art.id)
    SDO = rdflib.Namespace(turtle.NAMESPACES["schema"])
    DL = rdflib.Namespace(turtle.NS)
    assert parsed.value(a, SDO.headline) == Literal(art.title)
    assert str(parsed.value(a, SDO.headline)) == art.title
    assert str(parsed.value(a, SDO.author)) == art.author
    assert str(parsed.value(a, SDO.url)) == art.url
    assert parsed.value(a, SDO.url).datatype == V.XSD.anyURI
    sentences = {str(o) for o in parsed.objects(None, DL.sentence)}
    assert sentences == {c.sentence.text for e in res.events for c in e.claims}
    labels = {str(o) for o in parsed.objects(None, V.RDFS.label)}
    for e in res.events:
        assert e.label in labels
    for s in HOSTILE_STRINGS:
        assert any(s in lit for lit in labels | sentences), s
    # every IRI is well formed: nothing from the text leaked into one
    for triple in parsed:
        for t in triple:
            if isinstance(t, URIRef):
                assert _IRI_OK.match(str(t)), str(t)
    assert isomorphic(parsed, turtle.to_rdflib(hg))


def test_turtle_literal_types(g, ttl):
    rg = parse_ttl(ttl)
    SDO = rdflib.Namespace(turtle.NAMESPACES["schema"])
    SEM = rdflib.Namespace(turtle.NAMESPACES["sem"])
    WGS = rdflib.Namespace(turtle.NAMESPACES["wgs"])
    GEO = rdflib.Namespace(turtle.NAMESPACES["geo"])
    DL = rdflib.Namespace(turtle.NS)
    pubs = {str(o): o.datatype for o in rg.objects(None, SDO.datePublished)}
    assert pubs == {"2025-03-11T15:48:00": V.XSD.dateTime, "2025-02-05": V.XSD.date,
                    "2024-12-16": V.XSD.date}
    for p in (SEM.hasEarliestBeginTimeStamp, SEM.hasLatestEndTimeStamp):
        assert {o.datatype for o in rg.objects(None, p)} == {V.XSD.date}
    for p in (DL.sentenceStart, DL.sentenceEnd, DL.triggerStart, DL.triggerEnd,
              DL.corroboration, DL.claimCount):
        lits = list(rg.objects(None, p))
        assert lits and all(o.datatype == V.XSD.integer for o in lits), p
    kursk = turtle.node_iri("place:kursk-oblast-ru")
    assert rg.value(kursk, WGS.lat).datatype == V.XSD.decimal
    assert float(rg.value(kursk, WGS.lat)) == 51.5
    geom = rg.value(kursk, GEO.hasGeometry)
    assert isinstance(geom, URIRef) and (geom, V.RDF.type, GEO.Geometry) in rg
    wkt = rg.value(geom, GEO.asWKT)
    assert str(wkt) == "POINT(36.0 51.5)" and wkt.datatype == GEO.wktLiteral
    # the place without coordinates has no geometry
    assert rg.value(turtle.node_iri("place:eastern-front-ua"), GEO.hasGeometry) is None
    # exact days get sem:hasTimeStamp; publication-dated and fuzzy events do not
    stamps = {s: o for s, _, o in rg.triples((None, SEM.hasTimeStamp, None))}
    for n, d in g.nodes(data=True):
        if d["kind"] != "event":
            continue
        exact = (d.get("earliest") and d.get("earliest") == d.get("latest")
                 and not d.get("time_mod") and d.get("time_basis") == "explicit")
        assert (turtle.node_iri(n) in stamps) == bool(exact), n
        if exact:
            day = Literal(d["earliest"], datatype=V.XSD.date)
            assert stamps[turtle.node_iri(n)] == day
            for p in (SEM.hasBeginTimeStamp, SEM.hasEndTimeStamp):
                assert list(rg.objects(turtle.node_iri(n), p)) == [day]
    # the date-time of a TIMEX with a time part is kept, with no invented offset
    hg = turtle.to_rdflib(hostile_graph())
    dts = {str(o): o.datatype for o in hg.objects(None, SEM.hasTimeStamp)}
    assert dts == {"2025-03-11T15:48:00": V.XSD.dateTime, "2025-03-12": V.XSD.date}


def test_turtle_roles_are_iri_nodes_of_type_sem_role(g, ttl):
    rg = parse_ttl(ttl)
    SEM = rdflib.Namespace(turtle.NAMESPACES["sem"])
    ROLE = rdflib.Namespace(turtle.NAMESPACES["dl-role"])
    roles = list(rg.triples((None, SEM.hasActor, None)))
    n_role_edges = sum(1 for *_, d in g.edges(data=True) if d["rel"] == "role")
    assert len(roles) == n_role_edges
    for ev, _, r in roles:
        assert isinstance(r, URIRef) and str(r).startswith(str(ev) + "#role-")
        assert (r, V.RDF.type, SEM.Role) in rg
        assert rg.value(r, V.RDF.value) is not None
        assert str(rg.value(r, SEM.roleType)).startswith(str(ROLE))


def expected_nk_rows(g):
    rows = []
    for u, v, k, d in g.edges(keys=True, data=True):
        if d["rel"] == "role" and v == NK_FORCES:
            e = g.nodes[u]
            rows.append((e.get("earliest"), e.get("latest"), str(turtle.node_iri(u)),
                         e["label"], d["role"]))
    # SPARQL orders unbound values first
    return sorted(rows, key=lambda r: tuple((x is not None, x or "") for x in r))


def test_turtle_example_query(g, ttl):
    assert '"North Korean forces"' in turtle.EXAMPLE_QUERY
    rg = parse_ttl(ttl)
    rows = [tuple(None if x is None else str(x) for x in row)
            for row in rg.query(turtle.EXAMPLE_QUERY)]
    expected = expected_nk_rows(g)
    assert len(expected) >= 6
    assert rows == expected
    # date order: the dated rows are non-decreasing by earliest
    dated = [r[0] for r in rows if r[0]]
    assert dated == sorted(dated)


def test_turtle_is_deterministic(g):
    assert turtle.serialize(g) == turtle.serialize(fixture_graph())


def test_turtle_golden(ttl):
    check_golden("fixture.ttl", ttl)


# --- json -------------------------------------------------------------------------------------------

from exporters import json_export  # noqa: E402


def test_json_round_trip_is_exact(g, hg, tmp_path):
    for graph in (g, hg):
        assert_same_graph(graph, json_export.from_document(json_export.to_document(graph)))
        path = json_export.export(graph, tmp_path / "graph.json")
        assert_same_graph(graph, json_export.load(path))
        assert_same_graph(graph, exporters.load(path))


def test_json_document_shape(g):
    doc = json_export.to_document(g)
    assert doc["format"] == "dateline-graph" and doc["version"] == 1
    assert doc["other_nodes"] == [] and doc["other_edges"] == []
    assert [len(doc[k]) for k in ("articles", "actors", "places", "sources", "events")] == \
        [3, 7, 4, 6, 11]
    for k in ("articles", "actors", "places", "sources", "events"):
        ids = [r["id"] for r in doc[k]]
        assert ids == sorted(ids)
        assert all("extra" not in r for r in doc[k]), k
    ev = {e["id"]: e for e in doc["events"]}
    two = [e for e in doc["events"] if e["corroboration"] == 2]
    assert len(two) == 2 and all(len(e["claims"]) == 2 for e in two)
    for e in doc["events"]:
        assert set(e["time"]) == {"value", "mod", "earliest", "latest", "basis"}
        assert e["participants"] == sorted(e["participants"],
                                           key=lambda p: (p["role"], p["ref"]))
        for c in e["claims"]:
            assert set(c) == {"article", "sentence", "trigger", "time", "sources", "modality"}
            assert set(c["sentence"]) == {"start", "end", "text"}
    assert {(o["before"], o["after"], o["actor"]) for o in doc["order"]} == \
        {(u, v, d["actor"]) for u, v, d in g.edges(data=True) if d["rel"] == "before"}
    syrskyi = [s for e in ev.values() for c in e["claims"] for s in c["sources"]
               if s["ref"] == "actor:oleksandr-syrskyi"]
    assert syrskyi == [{"ref": "actor:oleksandr-syrskyi", "name": "Syrskyi", "kind": "quoted"}]
    kursk = next(p for p in doc["places"] if p["id"] == "place:kursk-oblast-ru")
    assert kursk["within"] == ["place:russia"] and kursk["lat"] == 51.5
    assert kursk["aliases"] == ["Kursk region", "Kursk"]


def test_json_document_matches_its_schema(g, hg):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(json_export.SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    for graph in (g, hg):
        doc = json.loads(json_export.dumps(graph))
        jsonschema.validate(doc, schema)


def test_json_text_format(g):
    text = json_export.dumps(g)
    assert text.endswith("}\n")
    doc = json.loads(text)
    assert text == json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    assert "\u2019" in text  # ensure_ascii=False: Unicode kept as is


def test_json_keeps_int_float_bool_and_unknown_things_exactly():
    g = fixture_graph()
    g.graph["name"] = "test"
    g.nodes["place:russia"]["lat"] = 60  # int, not float
    g.nodes["place:ukraine"]["lon"] = 32.5
    g.nodes[NK_FORCES]["score"] = 0.75
    g.nodes[NK_FORCES]["pinned"] = True
    del g.nodes["actor:kremlin"]["name"]
    g.nodes["actor:kremlin"]["aliases"] = ""
    ev = next(n for n, d in g.nodes(data=True) if d["kind"] == "event")
    g.nodes[ev]["claims"] = 99  # disagrees with its claim edges
    g.add_node("topic:war", kind="topic", label="war", weight=3)
    g.add_edge(ev, "topic:war", key="about", rel="about", confidence=0.5)
    g.add_edge(ev, "topic:war", key=7, rel="about")
    g.add_edge(ev, NK_FORCES, key="role:observer", rel="role", role="observer", extra=True)
    u, v, k = next((u, v, k) for u, v, k, d in g.edges(keys=True, data=True)
                   if d["rel"] == "cites")
    g.edges[u, v, k]["sentence_start"] = 123456  # no claim there: kept verbatim
    doc = json_export.to_document(g)
    assert {r["id"] for r in doc["other_nodes"]} == {"topic:war"}
    assert len(doc["other_edges"]) == 4
    back = json_export.loads(json_export.dumps(g))
    assert_same_graph(g, back)
    assert type(back.nodes["place:russia"]["lat"]) is int
    assert type(back.nodes["place:ukraine"]["lat"]) is float
    assert back.nodes[NK_FORCES]["pinned"] is True


def test_json_rejects_what_it_cannot_keep(g):
    bad = fixture_graph()
    import datetime
    bad.nodes[NK_FORCES]["since"] = datetime.date(2025, 1, 1)
    with pytest.raises(TypeError, match="since"):
        json_export.to_document(bad)
    nan = fixture_graph()
    nan.nodes["place:russia"]["lat"] = float("nan")
    with pytest.raises(ValueError):
        json_export.dumps(nan)
    doc = json_export.to_document(g)
    with pytest.raises(ValueError, match="version"):
        json_export.from_document({**doc, "version": 2})
    with pytest.raises(ValueError):
        json_export.from_document({**doc, "format": "something-else"})
    broken = json.loads(json.dumps(doc))
    broken["order"].append({"before": "event:nope", "after": "event:nope2", "actor": "x"})
    with pytest.raises(ValueError, match="undefined node"):
        json_export.from_document(broken)
    for mangle in (lambda d: d["events"][0].pop("id"),
                   lambda d: d["events"][0]["claims"].append(3),
                   lambda d: d.__setitem__("places", [None])):
        bad_doc = json.loads(json.dumps(doc))
        mangle(bad_doc)
        with pytest.raises(ValueError, match="malformed"):
            json_export.from_document(bad_doc)
    with pytest.raises(ValueError):
        json_export.loads("{not json")


def test_json_golden():
    check_golden("fixture.json", json_export.dumps(fixture_graph()).encode("utf-8"))


hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings, strategies as st  # noqa: E402

_scalars = st.one_of(st.text(max_size=12), st.integers(-10**6, 10**6),
                     st.floats(allow_nan=False, allow_infinity=False), st.booleans())
_names = st.sampled_from(["label", "name", "kind", "lat", "lon", "aliases", "claims",
                          "corroboration", "time_value", "earliest", "role", "rel",
                          "sentence_start", "article", "zz_new", "actor"])


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_json_round_trip_survives_arbitrary_attribute_changes(data):
    """Whatever is changed, added or removed on nodes and edges, the document keeps it."""
    g = fixture_graph()
    nodes = sorted(g.nodes)
    edges = sorted(g.edges(keys=True))
    for _ in range(data.draw(st.integers(1, 6))):
        if data.draw(st.booleans()):
            attrs = g.nodes[data.draw(st.sampled_from(nodes))]
        else:
            attrs = g.edges[data.draw(st.sampled_from(edges))]
        name = data.draw(_names)
        if data.draw(st.integers(0, 3)) == 0:
            attrs.pop(name, None)
        else:
            attrs[name] = data.draw(_scalars)
    assert_same_graph(g, json_export.loads(json_export.dumps(g)))


# --- html -------------------------------------------------------------------------------------------

pytest.importorskip("pyvis")
from exporters import html as html_export  # noqa: E402


@pytest.fixture(scope="module")
def page(g):
    return html_export.render(g)


@pytest.fixture(scope="module")
def hostile_page(hg):
    return html_export.render(hg)


def strip_vis(page: str) -> str:
    _, js, css = html_export.vis_assets()
    assert page.count(js) == 1 and page.count(css) == 1
    return page.replace(js, "").replace(css, "")


def strip_data(page: str) -> str:
    return page.replace(html_export.extract_data_json(page), "")


def test_html_is_self_contained(page, hostile_page):
    for p in (page, hostile_page):
        assert not re.search(r"<link\b", p, re.I)
        assert not re.search(r"<script\b[^>]*\bsrc\s*=", p, re.I)
        assert not re.search(r"\b(?:src|href|action)\s*=\s*[\"']?\s*(?:https?:)?//", p, re.I)
        assert not re.search(r"url\(\s*[\"']?\s*(?:https?:)?//", p, re.I)
        assert "@import" not in p
        # outside the vis library's own text (licence comments) and the data, no URL at all
        rest = strip_data(strip_vis(p))
        assert "http://" not in rest and "https://" not in rest
        # three scripts: the data, vis-network, the page
        assert len(re.findall(r"<script\b", rest, re.I)) == 3
        assert "cdn" not in rest.lower() and "bootstrap" not in rest.lower()


def test_html_csp_allows_exactly_the_inlined_scripts(page):
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1)
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("style-src")[0]
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 2
    for s in scripts:
        digest = base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_html_export_writes_no_lib_folder(tmp_path, monkeypatch, g):
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    out = exporters.export(g, "html", tmp_path / "out")
    assert list(cwd.iterdir()) == []
    assert sorted(p.name for p in out.parent.iterdir()) == ["graph.html"]
    assert not (tmp_path / "lib").exists() and not (ROOT / "lib").exists()


def test_html_hostile_text_only_escaped(hostile_page, hg):
    rest = strip_vis(hostile_page)
    assert "<img" not in rest.lower()
    assert "<script>alert" not in rest.lower()
    assert "onerror=" not in strip_data(rest)
    raw = html_export.extract_data_json(hostile_page)
    assert "<" not in raw and ">" not in raw and "&" not in raw
    assert "\u2028" not in raw and "\u2029" not in raw
    data = json.loads(raw)
    res = hostile_resolution()
    strings = set()  # every string in the data: the hostile text is there, intact

    def walk(x):
        if isinstance(x, str):
            strings.add(x)
        elif isinstance(x, dict):
            [walk(v) for v in x.values()]
        elif isinstance(x, list):
            [walk(v) for v in x]
    walk(data)
    assert res.articles[0].title in strings
    assert {c.sentence.text for e in res.events for c in e.claims} <= strings
    for h in HOSTILE_STRINGS:
        assert any(h in s for s in strings), h
    art = data["details"]["nodes"][res.articles[0].id]
    assert art["title"] == res.articles[0].title
    assert ["URL", res.articles[0].url] in art["fields"]
    # a hostile page title is escaped too
    titled = html_export.render(hg, title="<script>alert(9)</script>")
    assert "<script>alert(9)" not in strip_vis(titled)
    assert "&lt;script&gt;alert(9)&lt;/script&gt;" in titled


def test_html_data_counts_match_graph(page, g):
    data = json.loads(html_export.extract_data_json(page))
    assert len(data["nodes"]) == g.number_of_nodes()
    assert len(data["edges"]) == g.number_of_edges()
    assert {n["id"] for n in data["nodes"]} == set(g.nodes)
    assert len({e["id"] for e in data["edges"]}) == g.number_of_edges()
    assert set(data["details"]["nodes"]) == set(g.nodes)
    # an edge carries its key and attributes; the page makes its panel and tooltip
    assert set(data["details"]) == {"nodes"}
    keyed = {(e["from"], e["to"], e["k"]): dict(e["a"]) for e in data["edges"]}
    assert keyed == {(u, v, k): {a: str(x) for a, x in d.items() if a != "rel"}
                     for u, v, k, d in g.edges(keys=True, data=True)}
    assert set(data["edgeStyles"]) == set(html_export.EDGE_STYLES) | {"other"}
    groups = {n["id"]: n["group"] for n in data["nodes"]}
    for n, d in g.nodes(data=True):
        assert groups[n] == d["kind"]
    assert data["options"]["physics"]["stabilization"]["enabled"] is True
    assert "groups" in data["options"]
    for n in data["nodes"]:
        assert "title" not in n  # tooltips are built as text nodes by the page script


def test_html_details_panel_content(page, g):
    data = json.loads(html_export.extract_data_json(page))
    ev = next(n for n, d in g.nodes(data=True) if d.get("corroboration") == 2
              and d["type"] == "withdrawal")
    info = data["details"]["nodes"][ev]
    assert info["title"] == "North Korean forces withdrew"
    assert ["Time", "2025-01 (2025-01-01 \u2013 2025-01-31), explicit"] in info["fields"]
    heads = [s["heading"] for s in info["sections"]]
    assert heads[:4] == ["Participants", "Places", "Sources", "Claims"]
    claims = next(s for s in info["sections"] if s["heading"] == "Claims")["items"]
    assert {c["quote"] for c in claims} == {
        d["sentence"] for _, _, d in g.out_edges(ev, data=True) if d["rel"] == "claim"}
    assert all(c["ref"] in g for c in claims)


def test_html_is_deterministic(page):
    assert html_export.render(fixture_graph()) == page


def test_html_golden_data(page):
    data = json.loads(html_export.extract_data_json(page))
    check_golden("fixture.html.json", (json.dumps(data, ensure_ascii=False, indent=1,
                                                  sort_keys=True) + "\n").encode("utf-8"))


def test_html_page_script_uses_no_markup_sinks():
    js = (html_export.ASSETS / "graph.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                 "new Function", "setAttribute(\"on", ".href =", "javascript:", "srcdoc",
                 "setTimeout(\"", "setInterval(\""):
        assert sink not in js, sink
    # links are made in one place only: safeLink, after the URL parser said http(s)
    assert js.count("href") == 2 and js.count('setAttribute("href", parsed.href)') == 1
    link_fn = js[js.index("function safeLink"):js.index('setAttribute("href"')]
    assert 'parsed.protocol !== "http:" && parsed.protocol !== "https:"' in link_fn


# The page script, run in node against a stub DOM and a stub vis: it must parse the data,
# build the DataSets, freeze the physics after stabilisation, fill the details panel with
# text only, and handle legend, search and reference clicks without throwing.
NODE_HARNESS = r"""
const fs = require("fs"), vm = require("vm");
const html = fs.readFileSync(process.argv[2], "utf8");
const dataText = /<script type="application\/json" id="dateline-data">([\s\S]*?)<\/script>/
  .exec(html)[1];
const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(m => m[1]);
const pageJs = scripts[scripts.length - 1];
class Elem {
  constructor(tag) { this.tagName = tag; this.children = []; this.listeners = {};
    this._text = ""; this.className = ""; this.dataset = {}; this.checked = true;
    this.style = {}; this.value = ""; }
  set textContent(v) { this._text = String(v); this.children = []; }
  get textContent() { return this._text + this.children.map(c => c.textContent).join(""); }
  get firstChild() { return this.children[0] || null; }
  appendChild(c) { this.children.push(c); return c; }
  removeChild(c) { this.children.splice(this.children.indexOf(c), 1); return c; }
  addEventListener(t, f) { (this.listeners[t] = this.listeners[t] || []).push(f); }
  fire(t, ev) { for (const f of this.listeners[t] || []) f(ev || { preventDefault() {} }); }
  setAttribute(k, v) { if (/^on/i.test(k)) throw new Error("handler attribute");
    this.attrs = this.attrs || {}; this.attrs[k] = String(v); }
  set innerHTML(v) { throw new Error("innerHTML used"); }
  get innerHTML() { throw new Error("innerHTML used"); }
  find(pred) { if (pred(this)) return this;
    for (const c of this.children) { const r = c.find(pred); if (r) return r; } return null; }
}
const byId = {};
const dataEl = new Elem("script"); dataEl._text = dataText; byId["dateline-data"] = dataEl;
const boxes = [...html.matchAll(/data-(kind|rel)="([^"]*)"/g)].map(m => {
  const b = new Elem("input"); b.dataset[m[1]] = m[2]; return b; });
global.window = { setTimeout: f => { f(); return 0; }, clearTimeout: () => 0,
                  addEventListener: () => 0, requestAnimationFrame: () => 0 };
global.document = {
  getElementById: id => byId[id] || (byId[id] = new Elem("div")),
  createElement: t => new Elem(t),
  createTextNode: t => { const e = new Elem("#text"); e._text = String(t); return e; },
  querySelectorAll: sel => sel === "#dl-legend input" ? boxes : [],
};
global.Element = Elem;
let network = null;
class DataSet { constructor(items) { this.map = new Map(items.map(i => [i.id, i])); }
  get(id) { return this.map.has(id) ? this.map.get(id) : null; }
  update(list) { for (const u of list) Object.assign(this.map.get(u.id), u); } }
class Network { constructor(c, d, o) { network = this; this.h = {}; this.d = d; this.o = o;
    this.opts = []; this.selected = null; }
  on(e, f) { (this.h[e] = this.h[e] || []).push(f); } once(e, f) { this.on(e, f); }
  emit(e, p) { for (const f of this.h[e] || []) f(p); }
  setOptions(o) { this.opts.push(o); } selectNodes(ids) { this.selected = ids[0]; }
  focus() {} getScale() { return 1; } fit() {} stabilize() {} redraw() {} }
global.vis = { DataSet, Network };
vm.runInThisContext(pageJs);
const data = JSON.parse(dataText);
const out = { nodes: network.d.nodes.map.size, edges: network.d.edges.map.size };
const tipsOk = [...network.d.nodes.map.values()].every(n =>
  !("tip" in n) && (n.title instanceof Elem) && n.title.children.length === 0);
network.emit("stabilizationProgress", { iterations: 5, total: 10 });
network.emit("stabilizationIterationsDone");
out.frozen = network.opts.some(o => o.physics && o.physics.enabled === false);
const details = byId["dl-details"];
out.nodeTexts = {};
for (const n of data.nodes) {
  network.emit("click", { nodes: [n.id], edges: [] });
  out.nodeTexts[n.id] = details.textContent;
}
out.edgeTexts = {};
for (const e of data.edges) {
  network.emit("click", { nodes: [], edges: [e.id] });
  out.edgeTexts[e.id] = details.textContent;
}
network.emit("click", { nodes: [data.nodes[0].id], edges: [] });
const ref = details.find(x => x.tagName === "button");
if (ref) { ref.fire("click"); out.refSelected = network.selected; }
network.emit("click", { nodes: [], edges: [] });
out.cleared = details.textContent;
boxes[0].checked = false; boxes[0].fire("change");
out.hidden = [...network.d.nodes.map.values()].filter(n => n.hidden).length;
out.hiddenKind = boxes[0].dataset.kind;
document.getElementById("dl-search-input").value = process.argv[3];
document.getElementById("dl-search").fire("submit");
out.searched = network.selected;
out.tipsOk = tipsOk;
process.stdout.write(JSON.stringify(out));
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
@pytest.mark.parametrize("which", ["fixture", "hostile"])
def test_html_page_script_runs(tmp_path, which, g, hg):
    graph = g if which == "fixture" else hg
    path = html_export.export(graph, tmp_path / "graph.html")
    harness = tmp_path / "harness.js"
    harness.write_text(NODE_HARNESS, encoding="utf-8")
    proc = subprocess.run(["node", str(harness), str(path), "north korean"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    data = json.loads(html_export.extract_data_json(path.read_text(encoding="utf-8")))
    assert out["nodes"] == graph.number_of_nodes() and out["edges"] == graph.number_of_edges()
    assert out["frozen"] is True and out["tipsOk"] is True
    for n in graph.nodes:
        info = data["details"]["nodes"][n]
        assert out["nodeTexts"][n].startswith(info["title"])
        for f in info["fields"]:
            assert f[1] in out["nodeTexts"][n]
    assert out["refSelected"] in graph
    assert "Click a node" in out["cleared"]
    assert out["hidden"] == sum(1 for _, d in graph.nodes(data=True)
                                if d["kind"] == out["hiddenKind"]) > 0
    assert out["searched"] is not None and "north korean" in \
        data["details"]["nodes"][out["searched"]]["title"].lower()
    if which == "hostile":
        texts = "".join(out["nodeTexts"].values())
        assert hostile_resolution().articles[0].title in texts
        assert "<img src=x onerror=alert(1)>" in texts  # shown as text, verbatim
