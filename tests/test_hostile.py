"""Article text is untrusted: run a hostile article through the real pipeline and check
that every output keeps it as inert text (escaped HTML, intact Turtle literals, safe IRIs)."""
from __future__ import annotations

import json
import re

import rdflib

import graph
from graph.read import read_text_file

HOSTILE_TITLE = 'Troops <img src=x onerror=alert(1)> "enter" Kyiv """ \\ > @prefix'
HOSTILE_BODY = ('Officials said "><script>alert(1)</script> troops attacked the city on Monday. '
                'The Army of <b>Evil</b> """; DROP TABLE x; <http://evil/> withdrew in January, '
                'according to javascript:alert(2) reports.')


def _article(tmp_path):
    p = tmp_path / "hostile.txt"
    p.write_text(f"date 2025-03-11 {HOSTILE_TITLE}\n{HOSTILE_BODY}\n", encoding="utf-8")
    return p


def test_hostile_article_through_every_exporter(tmp_path):
    path = _article(tmp_path)
    g = graph.build([path])
    art = read_text_file(path)
    assert any(d.get("kind") == "event" for _, d in g.nodes(data=True))
    # node ids stay safe slugs or hashes whatever the text says
    for n in g:
        assert re.fullmatch(r"[a-z]+:[a-z0-9:-]+", n), n
    out = tmp_path / "out"
    ttl = graph.export(g, "turtle", out)
    rdf = rdflib.Graph().parse(ttl, format="turtle")
    literals = {str(o) for o in rdf.objects() if isinstance(o, rdflib.Literal)}
    assert HOSTILE_TITLE in literals  # the headline survives intact, as a literal
    assert any("<script>alert(1)</script>" in x for x in literals)
    for s, p, o in rdf:
        for term in (s, p, o):
            if isinstance(term, rdflib.URIRef):
                assert not re.search(r"[<>\"{}|\\^`\s]", str(term)), term
    html = graph.export(g, "html", out).read_text("utf-8")
    assert "<img src=x" not in html and "<script>alert(1)" not in html
    assert "<b>Evil</b>" not in html
    doc = json.loads(graph.export(g, "json", out).read_text("utf-8"))
    assert doc["articles"][0]["title"] == HOSTILE_TITLE == art.title
    back = graph.load(out / "graph.json")
    assert back.nodes[art.id]["title"] == HOSTILE_TITLE
