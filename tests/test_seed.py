"""What the seed article must yield, checked on the real extraction (spaCy, gazetteer,
temporal tagger): the expectations of the backbone issue.

The seed is seeds/000_b1bca38a27155288.txt (JoongAng Daily, 2025-03-11)."""
from __future__ import annotations

import json

import jsonschema
import networkx as nx
import pytest

from graph.contract import schema, to_contract


def _events(x, *, lemma=None, type=None, agent=None, patient=None, role_of=None):
    out = []
    for e in x.events:
        if lemma and e.lemma != lemma:
            continue
        if type and e.type != type:
            continue
        roles = {(p.ref, p.role) for p in e.participants}
        if agent and (agent, "agent") not in roles:
            continue
        if patient and (patient, "patient") not in roles:
            continue
        if role_of and role_of not in roles:
            continue
        out.append(e)
    return out


def _one(x, **kw):
    found = _events(x, **kw)
    assert found, f"no event matching {kw}"
    return found[0]


def _sources(e):
    return {(s.ref, s.kind) for s in e.claim.sources} | {(s.name, s.kind) for s in e.claim.sources}


NK = "actor:north-korean-forces"


# --- article ----------------------------------------------------------------------------------

def test_article_metadata(seed_extraction):
    a = seed_extraction.article
    assert a.published == "2025-03-11T15:48"
    assert a.author == "Seo Ji-eun"
    assert a.title and a.title.startswith("North Korean troops playing") and "Kursk" in a.title


# --- time -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,value,mod,earliest,latest", [
    ("Monday", "2025-03-10", None, "2025-03-10", "2025-03-10"),
    ("late last year", "2024", "END", "2024-09-01", "2024-12-31"),
    ("January", "2025-01", None, "2025-01-01", "2025-01-31"),
    ("early February", "2025-02", "START", "2025-02-01", "2025-02-10"),
])
def test_seed_timexes(seed_extraction, text, value, mod, earliest, latest):
    tx = [t for t in seed_extraction.timexes if t.span.text.endswith(text)]
    assert tx, f"{text!r} not tagged; got {[t.span.text for t in seed_extraction.timexes]}"
    t = tx[0]
    assert (t.value, t.mod, t.earliest, t.latest) == (value, mod, earliest, latest)


def test_published_line_is_a_time(seed_extraction):
    assert any(t.value == "2025-03-11T15:48" and t.type == "TIME" for t in seed_extraction.timexes)


# --- actors -----------------------------------------------------------------------------------

def _actor(x, aid):
    found = [a for a in x.actors if a.id == aid]
    assert found, f"no actor {aid}; have {[a.id for a in x.actors]}"
    return found[0]


def test_north_korean_forces_are_one_military_actor(seed_extraction):
    a = _actor(seed_extraction, NK)
    assert a.kind == "military" and a.country == "KP" and a.name == "North Korean forces"
    forms = {x.lower() for x in a.aliases + (a.name,)}
    for noun in ("troops", "forces", "soldiers", "infantry"):
        assert any(f.endswith(noun) for f in forms), noun
    # every "North Korean <force noun>" mention resolves to it
    ms = [m for m in seed_extraction.mentions if m.span.text.startswith("North Korean")]
    assert len(ms) >= 8 and all(m.ref == NK for m in ms)


@pytest.mark.parametrize("aid,kind,country", [
    ("actor:russian-forces", "military", "RU"),
    ("actor:ukrainian-forces", "military", "UA"),
    ("actor:andriy-kovalenko", "person", None),
    ("actor:oleksandr-syrskyi", "person", "UA"),
    ("actor:deepstate", "media", None),
    ("actor:nk-news", "media", None),
    ("actor:center-for-countering-disinformation", "organization", "UA"),
    ("actor:united-states", "country", "US"),
    ("actor:ukraine", "country", "UA"),
    ("actor:russia", "country", "RU"),
])
def test_actors(seed_extraction, aid, kind, country):
    a = _actor(seed_extraction, aid)
    assert a.kind == kind
    if country:
        assert a.country == country


def test_syrskyi_alone_resolves_to_the_full_name(seed_extraction):
    text = seed_extraction.article.text
    short = [m for m in seed_extraction.mentions if m.span.text == "Syrskyi"]
    assert short and all(m.ref == "actor:oleksandr-syrskyi" for m in short)
    assert text.count("Syrskyi") == len([m for m in seed_extraction.mentions
                                         if "Syrskyi" in m.span.text])
    assert "Commander-in-Chief" in _actor(seed_extraction, "actor:oleksandr-syrskyi").titles


def test_kyiv_as_actor_is_the_ukrainian_government(seed_extraction):
    kyiv = [m for m in seed_extraction.mentions if m.span.text == "Kyiv"]
    assert kyiv and all(m.ref == "actor:ukrainian-government" for m in kyiv)
    assert _actor(seed_extraction, "actor:ukrainian-government").country == "UA"


# --- places -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name,country,lat,lon", [
    ("Kursk Oblast", "RU", (50.5, 52.7), (34.0, 38.6)),
    ("Sumy Oblast", "UA", (50.0, 52.4), (32.9, 35.7)),
])
def test_regions_with_coordinates(seed_extraction, name, country, lat, lon):
    ps = [p for p in seed_extraction.places if p.name == name]
    assert ps, [p.name for p in seed_extraction.places]
    p = ps[0]
    assert p.kind == "region" and p.country == country
    assert lat[0] <= p.lat <= lat[1] and lon[0] <= p.lon <= lon[1]
    assert p.parent and p.parent in {q.id for q in seed_extraction.places}


# --- events -----------------------------------------------------------------------------------

def test_stationing(seed_extraction):
    e = _one(seed_extraction, lemma="station", patient=NK)
    assert e.type == "deployment"
    assert (e.time.value, e.time.mod, e.time.basis) == ("2024", "END", "explicit")
    assert ("actor:russia", "agent") in {(p.ref, p.role) for p in e.participants}
    assert ("intelligence estimates", "estimate") in _sources(e)
    assert any(p.endswith("-ua") or p == "place:ukraine" for p in e.places)


def test_withdrawal_and_redeployment(seed_extraction):
    w = _one(seed_extraction, lemma="withdraw", agent=NK)  # pronoun "They" resolved
    assert w.type == "withdrawal" and w.time.value == "2025-01" and w.time.basis == "explicit"
    r = _one(seed_extraction, lemma="redeploy", agent=NK)  # conjoined verb shares the subject
    assert r.time.value == "2025-02" and r.time.mod == "START"


def test_nk_news_report(seed_extraction):
    e = _one(seed_extraction, type="statement", agent="actor:nk-news")
    assert e.time.value == "2025-03-10" and e.time.basis == "explicit"


def test_statements_of_kovalenko_deepstate_syrskyi(seed_extraction):
    k = _one(seed_extraction, type="statement", agent="actor:andriy-kovalenko")
    assert {"place:kursk-oblast-ru", "place:sumy-oblast-ua"} <= set(k.places)
    _one(seed_extraction, lemma="acknowledge", agent="actor:deepstate")
    c = _one(seed_extraction, lemma="confirm", agent="actor:oleksandr-syrskyi")
    assert ("actor:north-korean-forces", "topic") in {(p.ref, p.role) for p in c.participants}


def test_suspension_of_us_intelligence_sharing(seed_extraction):
    e = _one(seed_extraction, type="sanction", agent="actor:united-states")
    assert ("actor:ukrainian-government", "beneficiary") in {(p.ref, p.role) for p in e.participants}


def test_recapture_is_hedged_by_unnamed_reports(seed_extraction):
    e = _one(seed_extraction, type="territorial_change", agent=NK)
    assert ("actor:russian-forces", "agent") in {(p.ref, p.role) for p in e.participants}
    assert e.claim.modality == "hedged"
    assert any(k == "report" for _, k in _sources(e))
    assert "place:kursk-oblast-ru" in e.places


def test_offensive_with_losses_quoted_from_syrskyi(seed_extraction):
    off = [e for e in _events(seed_extraction, type="attack", agent="actor:russian-forces")
           if ("actor:oleksandr-syrskyi", "quoted") in _sources(e)]
    assert off, "the quoted offensive of Russian forces"
    losses = _one(seed_extraction, type="casualties", patient="actor:russian-forces")
    assert ("actor:oleksandr-syrskyi", "quoted") in _sources(losses)


def test_sources_attach_to_what_they_report(seed_extraction):
    # "..., according to Kyiv": the first sentence's events cite the Ukrainian government
    first = [e for e in seed_extraction.events if e.claim.sentence.start ==
             seed_extraction.article.body_span.start]
    assert first and all(("actor:ukrainian-government", "according_to") in _sources(e)
                         for e in first if e.type != "statement")
    # Kovalenko's reported speech cites him
    adv = _one(seed_extraction, lemma="advance", agent=NK)
    assert ("actor:andriy-kovalenko", "according_to") in _sources(adv)
    # DeepState's acknowledged content cites DeepState
    loss = _one(seed_extraction, lemma="loss", patient="actor:ukraine")
    assert ("actor:deepstate", "according_to") in _sources(loss)
    # nested chain: government sources, according to a report in NK News
    part = _one(seed_extraction, lemma="participate", agent=NK)
    kinds = _sources(part)
    assert ("actor:nk-news", "report") in kinds
    assert ("actor:ukrainian-government", "according_to") in kinds
    # every event has its article as a source
    assert all(any(s.kind == "article" and s.ref == seed_extraction.article.id
                   for s in e.claim.sources) for e in seed_extraction.events)


def test_modalities(seed_extraction):
    mods = {e.claim.modality for e in seed_extraction.events}
    assert {"asserted", "reported", "hedged"} <= mods
    encircle = _one(seed_extraction, lemma="encircle")  # "reportedly to encircle"
    assert encircle.claim.modality == "reported"


# --- graph ------------------------------------------------------------------------------------

def test_order_stationing_withdrawal_redeployment_report(seeds_run):
    _, res, g = seeds_run
    def node(pred):
        found = sorted(n for n, d in g.nodes(data=True) if d.get("kind") == "event" and pred(n, d))
        assert found
        return found[0]
    def agent_or_patient(n, aid):
        return any(v == aid and d.get("rel") == "role" for _, v, d in g.out_edges(n, data=True))
    st = node(lambda n, d: d.get("lemma") == "station" and agent_or_patient(n, NK))
    wd = node(lambda n, d: d.get("lemma") == "withdraw" and agent_or_patient(n, NK))
    rd = node(lambda n, d: d.get("lemma") == "redeploy" and agent_or_patient(n, NK))
    rp = node(lambda n, d: d.get("type") == "statement" and agent_or_patient(n, "actor:nk-news"))
    before = nx.DiGraph([(u, v) for u, v, d in g.edges(data=True) if d.get("rel") == "before"])
    for a, b in ((st, wd), (wd, rd), (rd, rp)):
        assert before.has_edge(a, b) or nx.has_path(before, a, b), (g.nodes[a]["label"], g.nodes[b]["label"])
    assert not nx.has_path(before, rp, st)


# --- contract ---------------------------------------------------------------------------------

def test_contract_validates_and_offsets_are_exact(seed_extraction):
    doc = to_contract(seed_extraction)
    jsonschema.validate(doc, schema())
    text = seed_extraction.article.text
    for t in doc["timexes"]:
        assert text[t["start"]:t["end"]] == t["text"]
    for m in doc["entities"]:
        assert text[m["start"]:m["end"]] == m["text"]
    ids = {a["id"] for a in doc["actors"]} | {p["id"] for p in doc["places"]}
    for m in doc["entities"]:
        assert m["ref"] is None or m["ref"] in ids
    for e in doc["events"]:
        assert text[e["trigger"]["start"]:e["trigger"]["end"]] == e["trigger"]["text"]
        s = e["sentence"]
        assert s["start"] <= e["trigger"]["start"] < e["trigger"]["end"] <= s["end"]
        for p in e["participants"]:
            assert p["ref"] in ids
        for p in e["places"]:
            assert p in ids


def test_project_schema_is_compatible_with_the_shared_contract(root):
    shared = root.parent / "shared" / "contract" / "extract.schema.json"
    if not shared.exists():
        pytest.skip("no ../shared here (a user's clone)")
    ours = schema()
    theirs = json.loads(shared.read_text("utf-8"))
    assert ours == theirs
