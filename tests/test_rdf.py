"""The RDF side: vocabulary file, SHACL shapes and `dateline validate`, the RDF formats
(Turtle, N-Triples, TriG, JSON-LD) and GraphML/GEXF, embedded SPARQL, pushing to a real
Oxigraph server, and bad input."""
from __future__ import annotations

import os
from pathlib import Path
import sys

import pytest
import rdflib
from rdflib.compare import isomorphic
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parent))

from exporter_fixtures import NK_FORCES, fixture_graph, hostile_graph  # noqa: E402

import graph  # noqa: E402
from exporters import rdfmap, shacl, turtle  # noqa: E402
from graph.cli import main  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_b1bca38a27155288.txt"
NS = rdfmap.NAMESPACES
SEM = rdflib.Namespace(NS["sem"])
PROV = rdflib.Namespace(NS["prov"])
SKOS = rdflib.Namespace(NS["skos"])
DL = rdflib.Namespace(NS["dl"])
RDFS = rdflib.RDFS
RDF = rdflib.RDF


@pytest.fixture(scope="module")
def fg():
    return fixture_graph()


@pytest.fixture(scope="module")
def hg():
    return hostile_graph()


@pytest.fixture(scope="module")
def sg():
    """The real seed article through the whole pipeline."""
    return graph.build([str(SEED)])


@pytest.fixture(scope="module")
def graphs(fg, hg, sg):
    return {"fixture": fg, "hostile": hg, "seed": sg}


@pytest.fixture(scope="module")
def vocab():
    return rdflib.Graph().parse(shacl.VOCABULARY, format="turtle")


# --- (1) vocabulary, shapes, validate ------------------------------------------------------

OWN = tuple(NS[p] for p in ("dl", "dl-role", "dl-type", "dl-cameo"))


def test_every_project_term_an_export_uses_is_in_the_vocabulary(graphs, vocab):
    for name, g in graphs.items():
        rg = turtle.to_rdflib(g)
        used = {p for _, p, _ in rg} | {o for _, _, o in rg if isinstance(o, rdflib.URIRef)}
        # a hostile graph's made-up types and roles are declared in the data only
        own = {t for t in used if str(t).startswith(OWN if name != "hostile" else OWN[::3])}
        assert own, name
        for t in own:
            assert (t, RDFS.label, None) in vocab, (name, t)
            assert (t, RDFS.comment, None) in vocab, (name, t)


def test_vocabulary_covers_the_taxonomy_and_cameo(vocab):
    from graph.taxonomy import GENERIC, TYPES
    TYPE = rdflib.Namespace(NS["dl-type"])
    CAMEO = rdflib.Namespace(NS["dl-cameo"])
    for t in list(TYPES) + [GENERIC]:
        assert (TYPE[t.name], RDF.type, SEM.EventType) in vocab, t.name
        matches = set(vocab.objects(TYPE[t.name], SKOS.closeMatch))
        assert matches == ({CAMEO[t.cameo]} if t.cameo else set()), t.name
    codes = {str(o) for o in vocab.objects(None, SKOS.notation)}
    assert codes == {f"{i:02d}" for i in range(1, 21)}
    # every term of the file has a label and a comment
    for s in set(vocab.subjects(RDFS.isDefinedBy, None)):
        assert vocab.value(s, RDFS.label) and vocab.value(s, RDFS.comment), s


def test_event_types_close_match_cameo_in_the_export(fg):
    rg = turtle.to_rdflib(fg)
    for n, d in fg.nodes(data=True):
        if d["kind"] != "event" or not d.get("cameo"):
            continue
        etype = rg.value(turtle.node_iri(n), SEM.eventType)
        concept = rg.value(etype, SKOS.closeMatch)
        assert str(rg.value(concept, SKOS.notation)) == d["cameo"], n


@pytest.mark.parametrize("name", ["fixture", "hostile", "seed"])
def test_turtle_export_conforms_to_the_shapes(graphs, name, tmp_path):
    path = turtle.export(graphs[name], tmp_path / "graph.ttl")
    report = shacl.validate(path)
    assert report.conforms, report.violations
    assert report.triples == len(turtle.to_rdflib(graphs[name]))


def test_the_shapes_catch_broken_data(fg):
    rg = turtle.to_rdflib(fg)
    kursk = turtle.node_iri("place:kursk-oblast-ru")
    WGS = rdflib.Namespace(NS["wgs"])
    rg.set((kursk, WGS.lat, rdflib.Literal("123.0", datatype=rdflib.XSD.decimal)))
    nk = turtle.node_iri(NK_FORCES)
    rg.remove((nk, RDFS.label, None))
    ev = next(s for s in rg.subjects(RDF.type, SEM.Event))
    rg.remove((ev, PROV.wasDerivedFrom, None))
    report = shacl.validate(rg)
    assert not report.conforms
    text = "\n".join(report.violations)
    assert "place/kursk-oblast-ru" in text and "wgs84_pos#lat" in text
    assert "actor/north-korean-forces" in text
    assert "prov#wasDerivedFrom" in text


def test_cli_validate(fg, tmp_path):
    good = turtle.export(fg, tmp_path / "graph.ttl")
    r = CliRunner().invoke(main, ["validate", str(good)])
    assert r.exit_code == 0, r.output
    assert r.output.strip() == f"{good}: conforms ({len(turtle.to_rdflib(fg))} triples)"
    # the same data with an actor's label removed: violations, non-zero exit
    rg = turtle.to_rdflib(fg)
    rg.remove((turtle.node_iri(NK_FORCES), RDFS.label, None))
    bad = tmp_path / "bad.ttl"
    rg.serialize(bad, format="turtle")
    r = CliRunner().invoke(main, ["validate", str(bad)])
    assert r.exit_code == 1
    assert "north-korean-forces" in r.output and "does not conform (1 violations)" in r.output


def test_ingest_time_is_opt_in_and_deterministic(fg, monkeypatch):
    monkeypatch.delenv("DATELINE_INGEST_TIME", raising=False)
    rg = turtle.to_rdflib(fg)
    assert not list(rg.objects(None, PROV.generatedAtTime))
    g2 = fg.copy()
    g2.graph["ingest_time"] = "2025-03-12T08:00:00Z"
    rg2 = turtle.to_rdflib(g2)
    claims = set(rg2.subjects(RDF.type, DL.Claim))
    stamps = {s: o for s, _, o in rg2.triples((None, PROV.generatedAtTime, None))}
    assert set(stamps) == claims and claims
    assert {(str(o)[:19], o.datatype) for o in stamps.values()} == \
        {("2025-03-12T08:00:00", rdflib.XSD.dateTime)}
    assert b'"2025-03-12T08:00:00Z"^^xsd:dateTime' in turtle.serialize(g2)
    assert turtle.serialize(g2) == turtle.serialize(g2)
    assert shacl.validate(rg2).conforms
    monkeypatch.setenv("DATELINE_INGEST_TIME", "2025-03-12T09:30")
    stamps = {str(o) for o in turtle.to_rdflib(fg).objects(None, PROV.generatedAtTime)}
    assert stamps == {"2025-03-12T09:30:00"}
    monkeypatch.setenv("DATELINE_INGEST_TIME", "yesterday")
    with pytest.raises(ValueError, match="DATELINE_INGEST_TIME"):
        turtle.serialize(fg)


# --- (2) formats ------------------------------------------------------------------------------

import exporters  # noqa: E402

RDF_FORMATS = {"turtle": "turtle", "ntriples": "nt", "trig": "trig", "jsonld": "json-ld"}


def parse_any(path, rdflib_format):
    """All the triples of a file (a dataset's graphs merged), with rdflib."""
    if rdflib_format == "trig":
        ds = rdflib.Dataset()
        ds.parse(path, format="trig")
        out = rdflib.Graph()
        for s, p, o, _ in ds.quads((None, None, None, None)):
            out.add((s, p, o))
        return out
    return rdflib.Graph().parse(path, format=rdflib_format)


def parse_oxigraph(path):
    """The triples of a file as pyoxigraph reads them, handed to rdflib via N-Triples."""
    import pyoxigraph as ox
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(path=str(path))}
    nt = ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.N_TRIPLES)
    return rdflib.Graph().parse(data=nt.decode("utf-8"), format="nt")


@pytest.mark.parametrize("fmt", sorted(RDF_FORMATS))
@pytest.mark.parametrize("name", ["fixture", "hostile", "seed"])
def test_rdf_formats_round_trip_and_conform(graphs, name, fmt, tmp_path):
    g = graphs[name]
    expected = turtle.to_rdflib(g)
    path = exporters.export(g, fmt, tmp_path)
    assert path.name == "graph." + exporters.get(fmt).extension
    for parsed in (parse_any(path, RDF_FORMATS[fmt]), parse_oxigraph(path)):
        assert len(parsed) == len(expected) > 0
        assert isomorphic(parsed, expected)
        assert set(parsed) == set(expected)
    report = shacl.validate(path)
    assert report.conforms, report.violations
    assert exporters.export(g, fmt, tmp_path / "again").read_bytes() == path.read_bytes()


def test_turtle_fast_writer_matches_rdflib_serializer(graphs):
    for g in graphs.values():
        ours = rdflib.Graph().parse(data=turtle.serialize(g).decode("utf-8"), format="turtle")
        theirs = rdflib.Graph().parse(data=turtle.serialize_rdflib(g).decode("utf-8"),
                                      format="turtle")
        assert set(ours) == set(theirs)


def test_trig_has_one_named_graph_per_article(fg, tmp_path):
    import pyoxigraph as ox
    path = exporters.export(fg, "trig", tmp_path)
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.TRIG)
    articles = sorted(str(turtle.node_iri(n)) for n, d in fg.nodes(data=True)
                      if d["kind"] == "article")
    assert sorted(g.value for g in store.named_graphs()) == articles
    rows = store.query("""
        PREFIX dl: <https://dateline.invalid/ns#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?g ?claim ?article WHERE { GRAPH ?g { ?claim a dl:Claim ;
                                                     prov:wasDerivedFrom ?article } }""")
    rows = [(r["g"].value, r["article"].value) for r in rows]
    n_claims = sum(1 for *_, d in fg.edges(data=True) if d["rel"] == "claim")
    assert len(rows) == n_claims and all(g == a for g, a in rows)
    # the shared description lives in the default graph
    ask = store.query("ASK { ?e a <http://semanticweb.cs.vu.nl/2009/11/sem/Event> }",
                      default_graph=ox.DefaultGraph())
    assert bool(ask)
    # replacing one article's graph leaves the others' provenance alone
    first = ox.NamedNode(articles[0])
    store.clear_graph(first)
    left = {q.graph_name.value for q in store.quads_for_pattern(None, None, None, None)
            if isinstance(q.graph_name, ox.NamedNode)}
    assert left == set(articles[1:])


def test_ntriples_is_streamed_block_by_block(fg):
    from exporters.rdfmap import blocks
    from exporters.rdfsyntax import ntriples_lines
    chunks = ntriples_lines(blocks(fg))
    assert iter(chunks) is chunks  # a generator, not a list
    parts = list(chunks)
    assert len(parts) > 50
    text = "".join(parts)
    assert all(line.endswith(" .") for line in text.splitlines())
    from exporters import ntriples
    assert text.encode("utf-8") == ntriples.serialize(fg)


def _typed(d):
    return {k: (type(v).__name__, v) for k, v in d.items()}


def test_graphml_round_trip_keeps_nodes_edges_and_values(graphs, tmp_path):
    import networkx as nx
    for name, g in graphs.items():
        path = exporters.export(g, "graphml", tmp_path / name)
        h = nx.read_graphml(path, force_multigraph=True)
        assert set(h.nodes) == set(g.nodes)
        for n in g.nodes:
            assert _typed(h.nodes[n]) == _typed(g.nodes[n]), (name, n)
        got = {(u, v, k): _typed(d) for u, v, k, d in h.edges(keys=True, data=True)}
        want = {(u, v, k): _typed(d) for u, v, k, d in g.edges(keys=True, data=True)}
        assert got == want, name


def test_gexf_for_gephi(graphs, tmp_path):
    import networkx as nx
    for name, g in graphs.items():
        path = exporters.export(g, "gexf", tmp_path / name)
        data = path.read_bytes()
        assert b'lastmodifieddate="' in data and data == exporters.get("gexf").load()(
            g, tmp_path / "again.gexf").read_bytes()
        h = nx.read_gexf(path)
        assert set(h.nodes) == set(g.nodes)
        assert h.number_of_edges() == g.number_of_edges()
        labels = {n: d["label"] for n, d in h.nodes(data=True)}
        assert labels == {n: d.get("label", n) for n, d in g.nodes(data=True)}


# --- (3) embedded SPARQL ------------------------------------------------------------------------

import json  # noqa: E402

from graph import query as gq  # noqa: E402
from graph import sparql  # noqa: E402


@pytest.fixture(scope="module")
def ttl_files(graphs, tmp_path_factory):
    out = {}
    for name, g in graphs.items():
        d = tmp_path_factory.mktemp(name)
        out[name] = {fmt: exporters.export(g, fmt, d) for fmt in RDF_FORMATS}
    return out


def _iri(n):
    return str(turtle.node_iri(n))


CASES = [("fixture", "North Korean forces"), ("fixture", "north korean troops"),
         ("fixture", "Russian forces"), ("seed", "North Korean forces"),
         ("seed", "Russian forces"), ("seed", "Oleksandr Syrskyi")]


@pytest.mark.parametrize("name,actor", CASES)
def test_named_query_actor_timeline_matches_the_python_api(graphs, ttl_files, name, actor):
    g = graphs[name]
    expected = sorted((_iri(v.id), role) for v, role in gq.timeline(g, actor))
    assert expected
    results = {}
    for engine in ("oxigraph", "rdflib"):
        for fmt in ("turtle", "trig"):
            r = sparql.query(sparql.named_query("actor-timeline", actor=actor),
                             ttl_files[name][fmt], engine=engine)
            assert r.vars == ["earliest", "latest", "timex", "event", "label", "role"]
            assert sorted((row[3], row[5]) for row in r.rows) == expected
            dated = [row[0] for row in r.rows if row[0]]
            assert dated == sorted(dated)
            results[engine, fmt] = r.rows
    assert len({tuple(v) for v in results.values()}) == 1  # every engine, same rows


@pytest.mark.parametrize("name,place", [("fixture", "Russia"), ("fixture", "Kursk Oblast"),
                                        ("seed", "Russia"), ("seed", "Ukraine")])
def test_named_query_events_in_place_matches_the_python_api(graphs, ttl_files, name, place):
    g = graphs[name]
    expected = {_iri(v.id) for v in gq.events(g, place=place)}
    assert expected
    for engine in ("oxigraph", "rdflib"):
        r = sparql.query(sparql.named_query("events-in-place", place=place),
                         ttl_files[name]["turtle"], engine=engine)
        assert {row[2] for row in r.rows} == expected


@pytest.mark.parametrize("name,actor", [("fixture", "North Korean forces"),
                                        ("seed", "North Korean forces"),
                                        ("seed", "Russian forces")])
def test_named_query_involved_with_matches_the_python_api(graphs, ttl_files, name, actor):
    expected = sorted((_iri(i), n, c) for i, n, c in gq.involved_with(graphs[name], actor))
    assert expected
    for engine in ("oxigraph", "rdflib"):
        r = sparql.query(sparql.named_query("involved-with", actor=actor),
                         ttl_files[name]["turtle"], engine=engine)
        assert sorted((o, n, int(c)) for o, n, c in r.rows) == expected


def test_named_query_parameters_are_literals_not_code(ttl_files):
    q = sparql.named_query("actor-timeline", actor='x" } ; DROP ALL ; #\n')
    r = sparql.query(q, ttl_files["fixture"]["turtle"])
    assert r.rows == []
    with pytest.raises(sparql.RdfError, match="needs --param actor"):
        sparql.named_query("actor-timeline")
    with pytest.raises(sparql.RdfError, match="unknown query"):
        sparql.named_query("nope")


def test_example_query_same_on_both_engines(ttl_files):
    for name in ("fixture", "seed"):
        a = sparql.query(turtle.EXAMPLE_QUERY, ttl_files[name]["turtle"], engine="oxigraph")
        b = sparql.query(turtle.EXAMPLE_QUERY, ttl_files[name]["ntriples"], engine="rdflib")
        assert a.rows == b.rows and len(a.rows) >= 6


def test_cli_sparql_formats(ttl_files, fg):
    n_events = sum(1 for _, d in fg.nodes(data=True) if d["kind"] == "event")
    data = str(ttl_files["fixture"]["turtle"])
    run = CliRunner().invoke
    r = run(main, ["sparql", "--data", data, "--query", "actor-timeline",
                   "--param", "actor=North Korean forces", "--format", "json"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.output)
    assert len(rows) == 8 and set(rows[0]) == {"earliest", "latest", "timex", "event",
                                               "label", "role"}
    assert rows[0]["earliest"] is None and rows[1]["earliest"] == "2024-09-01"
    r = run(main, ["sparql", "--data", data, "-q", "actor-timeline", "-p",
                   "actor=North Korean forces", "--format", "csv"])
    lines = r.output.strip().splitlines()
    assert lines[0] == "earliest,latest,timex,event,label,role" and len(lines) == 9
    r = run(main, ["sparql", "--data", data, "-q", "actor-timeline", "-p",
                   "actor=North Korean forces"])
    assert r.exit_code == 0 and "event:c017a3c5ab6bbbe3" in r.output
    assert r.output.strip().endswith("(8 rows)")
    r = run(main, ["sparql", "--data", data, "--engine", "rdflib",
                   "SELECT (COUNT(*) AS ?n) WHERE { ?s a <http://semanticweb.cs.vu.nl/2009/"
                   "11/sem/Event> }", "--format", "csv"])
    assert r.exit_code == 0 and r.output.split() == ["n", str(n_events)]
    r = run(main, ["sparql", "--data", data, "ASK { ?s ?p ?o }", "--format", "json"])
    assert json.loads(r.output) == {"boolean": True}


def test_rdflib_is_the_fallback_engine(ttl_files, monkeypatch):
    monkeypatch.setattr(sparql, "_has_oxigraph", lambda: False)
    r = sparql.query(turtle.EXAMPLE_QUERY, ttl_files["fixture"]["turtle"])
    assert r.engine == "rdflib" and len(r.rows) == 8


# --- (4) push to a real Oxigraph server ------------------------------------------------------------

import shutil  # noqa: E402
import socket  # noqa: E402
import subprocess  # noqa: E402
import time  # noqa: E402
import urllib.request  # noqa: E402


def _oxigraph_binary():
    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.exists() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    """A real Oxigraph server (the `oxigraph` package's binary), in memory, on 127.0.0.1
    and a free port; stopped at the end of the module."""
    binary = _oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    port = _free_port()
    proc = subprocess.Popen([binary, "serve", "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(base + "/query?query=ASK%7B%7D", timeout=2).read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("oxigraph server did not start: "
                                       + proc.stderr.read().decode(errors="replace")[:300])
                time.sleep(0.1)
        yield {"store": base + "/store", "query": base + "/query", "base": base}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:  # pragma: no cover
            proc.kill()
            proc.wait(timeout=10)


def _count(server, graph=None):
    q = ("SELECT (COUNT(*) AS ?n) WHERE { " +
         (f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o") + " }")
    return int(sparql.remote_query(q, server["query"]).rows[0][0])


def _clear(server):
    req = urllib.request.Request(server["base"] + "/update", method="POST",
                                 data=b"update=CLEAR%20ALL",
                                 headers={"Content-Type": "application/x-www-form-urlencoded"})
    urllib.request.urlopen(req, timeout=10).read()


def test_push_turtle_then_query_over_http_matches_local(server, ttl_files, graphs):
    _clear(server)
    path = ttl_files["seed"]["turtle"]
    r = CliRunner().invoke(main, ["push", "--endpoint", server["store"], "--data", str(path)])
    assert r.exit_code == 0, r.output
    n = len(turtle.to_rdflib(graphs["seed"]))
    assert r.output.strip() == f"{path}: {n} triples replaced default at {server['store']}"
    assert _count(server) == n
    for q in (turtle.EXAMPLE_QUERY,
              sparql.named_query("actor-timeline", actor="Russian forces"),
              sparql.named_query("involved-with", actor="North Korean forces")):
        remote = sparql.remote_query(q, server["query"])
        local = sparql.query(q, path)
        assert remote.vars == local.vars and remote.rows == local.rows and local.rows
    # the same through the CLI
    args = ["sparql", "-q", "actor-timeline", "-p", "actor=North Korean forces",
            "--format", "json"]
    a = CliRunner().invoke(main, args + ["--endpoint", server["query"]])
    b = CliRunner().invoke(main, args + ["--data", str(path)])
    assert a.exit_code == 0 and a.output == b.output
    # pushing again replaces: no duplicates, same count
    CliRunner().invoke(main, ["push", "--endpoint", server["store"], "--data", str(path)])
    assert _count(server) == n


def test_push_named_graph_replace_or_merge(server, ttl_files, graphs):
    _clear(server)
    iri = "https://example.org/graphs/dateline"
    fx, seed = ttl_files["fixture"]["ntriples"], ttl_files["seed"]["jsonld"]
    n_fx, n_seed = (len(turtle.to_rdflib(graphs[k])) for k in ("fixture", "seed"))
    run = CliRunner().invoke
    assert run(main, ["push", "--endpoint", server["store"], "--data", str(fx),
                      "--graph", iri]).exit_code == 0
    assert _count(server, iri) == n_fx and _count(server) == 0
    r = run(main, ["push", "--endpoint", server["store"], "--data", str(seed), "--graph", iri,
                   "--merge"])
    assert r.exit_code == 0 and "merged into" in r.output
    union = len(set(turtle.to_rdflib(graphs["fixture"])) | set(turtle.to_rdflib(graphs["seed"])))
    assert _count(server, iri) == union
    assert run(main, ["push", "--endpoint", server["store"], "--data", str(seed),
                      "--graph", iri]).exit_code == 0
    assert _count(server, iri) == n_seed


def test_push_trig_keeps_one_graph_per_article(server, ttl_files, graphs):
    _clear(server)
    fg = graphs["fixture"]
    path = ttl_files["fixture"]["trig"]
    r = CliRunner().invoke(main, ["push", "--endpoint", server["store"], "--data", str(path)])
    assert r.exit_code == 0, r.output
    articles = sorted(_iri(n) for n, d in fg.nodes(data=True) if d["kind"] == "article")
    rows = sparql.remote_query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g",
                               server["query"]).rows
    assert [g for (g,) in rows] == articles
    # every claim sits in the graph of the article it comes from, on the server too
    q = """PREFIX dl: <https://dateline.invalid/ns#>
           PREFIX prov: <http://www.w3.org/ns/prov#>
           SELECT ?g ?a WHERE { GRAPH ?g { ?c a dl:Claim ; prov:wasDerivedFrom ?a } }"""
    got = sparql.remote_query(q, server["query"]).rows
    assert got and all(g == a for g, a in got)
    # the union on the server is the local graph
    total = sparql.remote_query("SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION "
                                "{ GRAPH ?g { ?s ?p ?o } } }", server["query"]).rows[0][0]
    assert int(total) == len(turtle.to_rdflib(fg))


# --- (6) bad input -------------------------------------------------------------------------------

CORRUPT = ('@prefix dl: <https://dateline.invalid/ns#> .\n'
           '<https://dateline.invalid/id/actor/x> dl:country "KP ;\n')


@pytest.mark.parametrize("command", [["validate"], ["sparql", "ASK { ?s ?p ?o }", "--data"],
                                     ["push", "--endpoint", "http://127.0.0.1:9/store",
                                      "--data"]])
def test_corrupt_turtle_is_a_one_line_error(tmp_path, command):
    bad = tmp_path / "graph.ttl"
    bad.write_text(CORRUPT, encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    r = CliRunner().invoke(main, command + [str(bad)])
    assert r.exit_code == 1, r.output
    lines = r.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and str(bad) in lines[0]
    assert "not valid Turtle" in lines[0] and "line 2" in lines[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing written


@pytest.mark.parametrize("args,message", [
    (["validate", "{d}/missing.ttl"], "no such file"),
    (["validate", "{d}/graph.xyz"], "unknown RDF file extension"),
    (["sparql", "SELECT nonsense", "--data", "{d}/graph.ttl"], "bad SPARQL query"),
    (["sparql", "--query", "nope", "--data", "{d}/graph.ttl"], "unknown query 'nope'"),
    (["sparql", "--query", "actor-timeline", "--data", "{d}/graph.ttl"], "needs --param"),
    (["push", "--endpoint", "not-a-url", "--data", "{d}/graph.ttl"], "bad endpoint"),
    (["push", "--endpoint", "http://127.0.0.1:9/store", "--data", "{d}/graph.ttl",
      "--graph", "not an iri"], "bad graph IRI"),
])
def test_bad_arguments_are_one_line_errors(fg, tmp_path, args, message):
    turtle.export(fg, tmp_path / "graph.ttl")
    (tmp_path / "graph.xyz").write_text("x", encoding="utf-8")
    r = CliRunner().invoke(main, [a.format(d=tmp_path) for a in args])
    assert r.exit_code == 1, r.output
    lines = r.output.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], r.output


def test_endpoint_that_is_down_is_a_one_line_error(fg, tmp_path):
    data = turtle.export(fg, tmp_path / "graph.ttl")
    port = _free_port()  # nothing listens there
    for args in (["push", "--endpoint", f"http://127.0.0.1:{port}/store", "--data", str(data),
                  "--timeout", "5"],
                 ["sparql", "ASK {}", "--endpoint", f"http://127.0.0.1:{port}/query"]):
        t = time.monotonic()
        r = CliRunner().invoke(main, args)
        assert time.monotonic() - t < 10
        assert r.exit_code == 1
        lines = r.output.strip().splitlines()
        assert len(lines) == 1 and f"cannot reach http://127.0.0.1:{port}" in lines[0], r.output


def test_corrupt_file_sends_nothing_to_the_server(server, ttl_files, tmp_path):
    _clear(server)
    good = ttl_files["fixture"]["turtle"]
    assert CliRunner().invoke(main, ["push", "--endpoint", server["store"],
                                     "--data", str(good)]).exit_code == 0
    n = _count(server)
    bad = tmp_path / "graph.trig"
    text = exporters.get("trig").load()(fixture_graph(), tmp_path / "ok.trig").read_text()
    bad.write_text(text[: len(text) * 2 // 3], encoding="utf-8")  # cut mid-file
    r = CliRunner().invoke(main, ["push", "--endpoint", server["store"], "--data", str(bad)])
    assert r.exit_code == 1 and "not valid TriG" in r.output
    assert len(r.output.strip().splitlines()) == 1
    assert _count(server) == n  # untouched
    # a server error (HTTP 4xx) is one line too
    r = CliRunner().invoke(main, ["push", "--endpoint", server["base"] + "/nowhere",
                                  "--data", str(good)])
    assert r.exit_code == 1 and "HTTP 4" in r.output
    assert len(r.output.strip().splitlines()) == 1


def test_failed_export_leaves_the_old_file(fg, tmp_path, monkeypatch):
    for fmt in ("turtle", "ntriples", "trig", "jsonld"):
        path = exporters.export(fg, fmt, tmp_path)
        old = path.read_bytes()
        monkeypatch.setenv("DATELINE_INGEST_TIME", "not a time")
        with pytest.raises(ValueError):
            exporters.export(fg, fmt, tmp_path)
        monkeypatch.delenv("DATELINE_INGEST_TIME")
        assert path.read_bytes() == old
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


# --- (5) the bench runs (small) -------------------------------------------------------------------

def test_bench_rdf_runs_and_compares_the_same_triples(capsys):
    sys.path.insert(0, str(ROOT / "bench"))
    import bench_rdf
    assert bench_rdf.main(["--triples", "3000", "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    assert "write Turtle" in out and "dateline / pyoxigraph" in out
    first = out.splitlines()[0]
    assert "3,162 triples (asked for at least 3,000)" in first, first


def test_bench_graph_reaches_the_asked_number_of_triples():
    sys.path.insert(0, str(ROOT / "bench"))
    import bench_rdf
    for n in (1, 900, 5000):
        assert bench_rdf.distinct_triples(bench_rdf.big_graph(n)) >= n


# --- (6) the fast writers against the mapping, on random graphs -----------------------------------

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings, strategies as st  # noqa: E402

import re  # noqa: E402

import networkx as nx  # noqa: E402
import pyoxigraph as ox  # noqa: E402

from exporters import ntriples, rdfsyntax, trig  # noqa: E402
from exporters.rdfmap import blocks, ingest_time  # noqa: E402

# text that is hard to write: quotes, backslashes, control characters, DEL, `"""`, `>`,
# Turtle syntax, line/paragraph separators, non-BMP (lone surrogates cannot be UTF-8)
_nasty = st.sampled_from(['"', "'", '"""', "\\", "\\u0041", "\n", "\r", "\t", "\x00", "\x1b",
                          "\x7f", "\x85", "\u2028", "\ufeff", "\U0001F4A5", ">", "<", "#",
                          " .", ";", ",", "@prefix x: <y> .", "^^", "é", "\u202e"])
_text = st.one_of(st.text(st.characters(blacklist_categories=("Cs",)), max_size=12),
                  st.lists(_nasty, min_size=1, max_size=4).map("".join))
_value = st.one_of(st.none(), st.just(""), _text, st.integers(-3, 2000), st.booleans(),
                   st.floats(-200, 200, allow_nan=False), st.just(0.0),
                   st.tuples(st.text(max_size=3)),
                   st.sampled_from(["2024-01-31", "2024-02-30", "2025-03-11T15:48",
                                    "2025-03-11T15:48:00Z", "2025-13-01", "18", "01",
                                    "publication", "explicit", "START", "a | b | a"]))
_KINDS = ["event", "event", "event", "actor", "place", "source", "article", "article",
          "thing", None]
_ATTRS = {
    "event": ["label", "type", "lemma", "cameo", "modality", "claims", "corroboration",
              "time_value", "time_mod", "time_basis", "earliest", "latest"],
    "actor": ["label", "actor_kind", "country", "aliases", "titles"],
    "place": ["label", "place_kind", "country", "aliases", "lat", "lon", "geonames_id"],
    "source": ["label", "source_kind"],
    "article": ["label", "title", "published", "author", "outlet", "url", "path"],
}
_EDGE_ATTRS = {
    "claim": ["sentence", "sentence_start", "sentence_end", "trigger", "trigger_start",
              "trigger_end", "modality", "time_value", "time_mod", "earliest", "latest",
              "time_basis", "timex"],
    "role": ["role"], "cites": ["source_kind", "name", "article", "sentence_start"],
}
_node_ids = st.one_of(
    st.builds("{}:{}".format, st.sampled_from(["event", "actor", "place", "source", "article"]),
              st.text("abcXY09_-.~:#é %", min_size=0, max_size=6)),
    st.sampled_from([7, "7", "..", "event:..", "event:a.", "event:-a", "event:", "event:_",
                     "plain"]))


_INTS = {"claims", "corroboration", "sentence_start", "sentence_end", "trigger_start",
         "trigger_end", "geonames_id"}
_DATES = {"earliest", "latest", "published"}
_clean_text = st.one_of(st.none(), st.just(""), _text)


def _clean_value(name):
    """A value of the type the builder gives ``name`` (text may still be anything)."""
    if name in _INTS:
        return st.one_of(st.none(), st.integers(-5, 3000))
    if name in _DATES:
        return st.one_of(st.sampled_from(["2024-08-01", "2024-08-31", "2024-02-30",
                                          "2025-03-11T15:48", "2024"]), _clean_text)
    if name in ("lat", "lon"):
        return st.one_of(st.none(), st.floats(-90, 90, allow_nan=False))
    return _clean_text


@st.composite
def random_graphs(draw):
    """A small MultiDiGraph with the shape of a dateline graph. Half of them hold values
    of the types the builder gives (any text, though: the templates' job), the other half
    anything odd (the generic mapping's job)."""
    clean = draw(st.booleans())
    g = nx.MultiDiGraph()
    ids = draw(st.lists(_node_ids, min_size=1, max_size=8, unique=True))
    for n in ids:
        kind = draw(st.sampled_from(_KINDS[:-2] if clean else _KINDS))
        attrs = {} if kind is None else {"kind": kind}
        for a in _ATTRS.get(kind, ["label"]):
            if draw(st.integers(0, 3)):  # most attributes present
                attrs[a] = draw(_clean_value(a) if clean else _value)
        if kind == "event" and draw(st.booleans()):  # usually valid types and dates
            attrs.update(type=draw(st.sampled_from(["attack", "statement", "x:y"])),
                         cameo=draw(st.sampled_from(["18", "01", "99", ""])),
                         earliest="2024-08-01", latest=draw(st.sampled_from(
                             ["2024-08-01", "2024-08-31", None])))
        g.add_node(n, **attrs)
    articles = [n for n in ids if g.nodes[n].get("kind") == "article"] or ids
    claims = []   # (article, sentence_start) of the claims so far
    for _ in range(draw(st.integers(0, 14))):
        u, v = draw(st.sampled_from(ids)), draw(st.sampled_from(ids))
        rel = draw(st.sampled_from(["claim", "claim", "role", "role", "cites", "cites",
                                    "place", "before", "within", "knows", None]))
        if rel == "claim":
            v = draw(st.sampled_from(articles))
        attrs = {} if rel is None else {"rel": rel}
        for a in _EDGE_ATTRS.get(rel, []):
            if draw(st.integers(0, 3)):
                attrs[a] = draw(_clean_value(a) if clean else _value)
        if rel in ("claim", "cites") and draw(st.booleans()):
            attrs["sentence_start"] = draw(st.sampled_from([3, 40]))
        if rel == "cites" and draw(st.booleans()):
            attrs["article"] = draw(st.sampled_from(articles))
        if rel == "cites" and clean and claims and draw(st.integers(0, 3)):
            attrs["article"], attrs["sentence_start"] = draw(st.sampled_from(claims))
        if clean:
            key = draw(st.sampled_from([f"{rel}:3:5", f"{rel}:{attrs.get('sentence_start')}:7",
                                        f"{rel}:agent", "role:agent", f"cites:{v}:3:quoted"]))
        else:
            key = draw(st.one_of(st.sampled_from([f"{rel}:3:5", f"{rel}:agent", "role:agent",
                                                  "claim:40:41", f"cites:{v}:3:quoted", "k"]),
                                 st.integers(0, 3), _text))
        if rel == "claim":
            claims.append((v, attrs.get("sentence_start")))
        g.add_edge(u, v, key=key, **attrs)
    if draw(st.booleans()):
        g.graph["ingest_time"] = "2025-03-11T15:48:00Z"
    return g


def _ox_term(t):
    if t.__class__ is str:
        return ox.NamedNode(t)
    lex, dt = t
    return ox.Literal(lex) if dt is None else ox.Literal(lex, datatype=ox.NamedNode(dt))


def _expected_quads(g):
    """{(graph name or None, triple)} of the mapping itself (``rdfmap.blocks``)."""
    return {(None if ctx is None else trig.graph_iri(ctx),
             ox.Triple(ox.NamedNode(s), ox.NamedNode(p), _ox_term(o)))
            for ctx, s, pairs in blocks(g, ingest_time(g)) for p, o in pairs}


def _parsed(data: bytes, fmt):
    quads = list(ox.parse(data, format=fmt))
    found = {(None if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value,
              q.triple) for q in quads}
    assert len(found) == len(quads), "a triple written twice"
    return found


@settings(max_examples=250, deadline=None)
@given(random_graphs())
def test_fast_writers_give_the_mappings_triples_on_random_graphs(g):
    """Turtle (templates + fallback), N-Triples and TriG (the mapping spelled as text)
    hold exactly the triples of ``rdfmap.blocks``, once each; TriG also puts each in the
    right graph; the Turtle is what rdflib reads too."""
    expected = _expected_quads(g)
    triples = {t for _, t in expected}
    ttl = turtle.serialize(g)
    assert {t for _, t in _parsed(ttl, ox.RdfFormat.TURTLE)} == triples
    assert {t for _, t in _parsed(ntriples.serialize(g), ox.RdfFormat.N_TRIPLES)} == triples
    assert _parsed(trig.serialize(g), ox.RdfFormat.TRIG) == expected
    ours = rdflib.Graph().parse(data=ttl.decode("utf-8"), format="turtle")
    assert len(ours) == len(triples)
    assert isomorphic(ours, turtle.to_rdflib(g))
    assert b"\x7f" not in ttl
    assert not any(isinstance(t, rdflib.BNode) for triple in ours for t in triple)


@settings(max_examples=60, deadline=None)
@given(random_graphs(), st.randoms(use_true_random=False))
def test_fast_writers_do_not_depend_on_insertion_order(g, rnd):
    nodes, edges = list(g.nodes(data=True)), list(g.edges(keys=True, data=True))
    rnd.shuffle(nodes)
    rnd.shuffle(edges)
    h = nx.MultiDiGraph(**g.graph)
    for n, d in nodes:
        h.add_node(n, **dict(reversed(list(d.items()))))
    for u, v, k, d in edges:
        h.add_edge(u, v, key=k, **d)
    for mod in (turtle, ntriples, trig):
        assert mod.serialize(h) == mod.serialize(g), mod.__name__


def _spy_generic(monkeypatch) -> list:
    """The nodes the Turtle writer leaves to the generic mapping (``node_blocks``), as a
    list filled during the export."""
    calls = []
    real = rdfsyntax.mapping

    def spy(*args, **kw):
        m = real(*args, **kw)
        node_blocks = m.node_blocks
        m.node_blocks = lambda n: (calls.append(n), node_blocks(n))[1]
        return m
    monkeypatch.setattr(rdfsyntax, "mapping", spy)
    return calls


def test_fast_turtle_falls_back_node_by_node(fg, monkeypatch):
    """Odd values send a node to the generic mapping, and the text still matches it;
    the vocabulary descriptions are written once whichever path a node takes."""
    g = fg.copy()
    events = sorted(n for n, d in g.nodes(data=True) if d["kind"] == "event")
    g.nodes[events[0]]["label"] = 42                 # not a string: generic spelling
    g.nodes[events[2]]["claims"] = True              # a bool is no xsd:integer
    g.add_node("thing:x", kind="thing", label="a kind of its own")  # generic: dl:Node
    g.add_node("event:\u00e9t\u00e9", kind="event", label="an escaped IRI", type="attack",
               earliest="2024-08-01")                    # the templates write <...#time>
    calls = _spy_generic(monkeypatch)
    data = turtle.serialize(g)
    assert sorted(calls) == sorted([events[0], events[2], "thing:x"])
    assert b"<https://dateline.invalid/id/event/%C3%A9t%C3%A9#time>" in data
    assert _parsed(data, ox.RdfFormat.TURTLE) == {(None, t) for _, t in _expected_quads(g)}
    assert data.count(b"dl-type:attack a sem:EventType") == 1
    assert b'rdfs:label "42"' in data


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1)
       | st.lists(_nasty, min_size=1).map("".join))
def test_literal_escaping_round_trips(text):
    """Any text (article titles, sentences: untrusted) comes back exactly, from Turtle and
    N-Triples, through both parsers; no raw control character is left in the file."""
    g = nx.MultiDiGraph()
    g.add_node("article:a", kind="article", label="A", title=text)
    g.add_node("event:e", kind="event", label=text or "e")
    g.add_edge("event:e", "article:a", key="claim:1:2", rel="claim", sentence=text,
               sentence_start=1)
    literal = ox.Literal(text)
    for data, fmt, rdflib_fmt in ((turtle.serialize(g), ox.RdfFormat.TURTLE, "turtle"),
                                  (ntriples.serialize(g), ox.RdfFormat.N_TRIPLES, "nt")):
        assert not re.search(rb"[\x00-\x09\x0b-\x1f\x7f]", data)
        objects = {q.object for q in ox.parse(data, format=fmt)}
        assert literal in objects
        parsed = rdflib.Graph().parse(data=data.decode("utf-8"), format=rdflib_fmt)
        assert rdflib.Literal(text) in set(parsed.objects())
    headline = re.search(r'schema:headline "((?:[^"\\]|\\.)*)"',
                         turtle.serialize(g).decode("utf-8")).group(1)
    assert headline == rdfsyntax.literal_escape(text)


class _Text(str):
    """A str subclass that formats differently: the templates must not treat it as text."""
    def __format__(self, spec):
        return "formatted"


def test_fast_turtle_odd_ids_keys_and_values(monkeypatch):
    """Node ids that are not plain names (a newline in one, empty, ``event:`` next to
    ``event:_``, an int next to its string, a str subclass), keys and values the shortcuts
    of the templates must leave alone: the Turtle holds exactly the mapping's triples, and
    only the events with values the templates do not spell go to the generic mapping."""
    g = nx.MultiDiGraph()
    ids = ["x\nevent:_", "event:", "", 7, "7", _Text("event:s"), "event:b",
           "article:a", "article:~", "actor:p", "place:q", "source:s"]
    for n in ids:
        kind = str(n).split(":")[0]
        g.add_node(n, kind=kind if kind in ("article", "actor", "place", "source") else "event",
                   label=f"L {n!r} \u2014 \"q\"", earliest="2024-08-01",
                   latest="2024-08-01", type="attack", cameo="18", time_value="2024-08-01",
                   lat=51.75, lon=1e-05, aliases="a | b | a")
    # (event, claim key, role, trigger, claim's earliest, cites key, cited name)
    cases = [("event:b", "claim:1:2", "agent", "t", "2024-08-01", "cites:article:a:1:q", None),
             ("event:b", "claim:1.", "x:y", "t", "2024", "", "N"),
             (7, "claim:a b", "agent", "t", "2024-08-01", 3, "N"),
             ("7", "claim:", "agent", "t", "2024-08-01", "cites:x~y", None),
             ("", "claim:é", "é", "t", "2024-08-01", "cites:é", None),
             ("event:", 5, "agent", "t", "2024-08-01", "c", None),              # int key
             (_Text("event:s"), "claim:1:2", _Text("x"), _Text("t"), _Text("2024-08-01"),
              _Text("c"), _Text("n"))]                                          # str subclass
    for u, key, role, trig, day, ckey, name in cases:
        g.add_edge(u, "article:a", key=key, rel="claim", sentence="s", sentence_start=1,
                   trigger=trig, earliest=day)
        g.add_edge(u, "actor:p", key=f"role:{role}", rel="role", role=role)
        g.add_edge(u, "source:s", key=ckey, rel="cites", article="article:a", sentence_start=1,
                   name=name, source_kind="quoted")
        g.add_edge(u, "event:b", key="before", rel="before")
    calls = _spy_generic(monkeypatch)
    data = turtle.serialize(g)
    assert _parsed(data, ox.RdfFormat.TURTLE) == {(None, t) for _, t in _expected_quads(g)}
    assert set(calls) == {"event:", _Text("event:s")}


def test_streamed_export_with_early_writeback(fg, tmp_path, monkeypatch):
    """The export asks the kernel to write back what it has written every few MB (here
    every few hundred bytes): the file is still exactly the serialised bytes."""
    monkeypatch.setattr(rdfsyntax, "_WRITEBACK", 500)
    path = turtle.export(fg, tmp_path / "fixture.ttl")
    assert path.read_bytes() == turtle.serialize(fg)


def test_an_empty_role_gets_no_label_in_any_writer():
    # found by the property above: the Turtle templates labelled an empty role "" where
    # the mapping gives it no label
    g = nx.MultiDiGraph()
    g.add_node("event:e1", kind="event", label="shelled", type="attack", cameo="18",
               earliest="2024-08-01", latest="2024-08-01")
    g.add_node("actor:a", kind="actor", label="Russian forces")
    g.add_edge("event:e1", "actor:a", key="role:", rel="role", role="")
    triples = {t for _, t in _expected_quads(g)}
    assert {t for _, t in _parsed(turtle.serialize(g), ox.RdfFormat.TURTLE)} == triples
    assert {t for _, t in _parsed(ntriples.serialize(g), ox.RdfFormat.N_TRIPLES)} == triples
