"""Extraction on real news beyond the seed: passives, conjoined events, pronoun subjects,
nested attribution, negation, places and regions.

The Apple articles are the Wikinews seeds in seeds/ (CC BY 2.5, via the MEANTIME corpus,
CC BY 4.0; see seeds/README.md). The earthquake lines are from the Event StoryLine Corpus
v1.5 (CC BY 3.0), topic 37, an English news report of 2013-07-03 (headline and one sentence).
"""
from __future__ import annotations

import pytest

from graph.extract import extract
from graph.read import parse_text, read_text_file

ESC_QUAKE = ("date 2013-07-03 Indonesia earthquake: 24 dead as 6.1 magnitude quake hits Aceh "
             "province\nOne report said six children were killed and 14 trapped under debris "
             "when a mosque collapsed in Central Aceh.\n")


@pytest.fixture(scope="module")
def news(root):
    names = ["191597", "199629", "238039", "287096"]
    arts = [read_text_file(next((root / "seeds").glob(f"{n}_*.txt"))) for n in names]
    xs = extract(arts + [parse_text(ESC_QUAKE, "esc-37.txt")])
    return dict(zip(names + ["quake"], xs))


def _in(x, fragment):
    """Events of the sentence containing ``fragment``."""
    t = x.article.text
    at = t.index(fragment)
    return [e for e in x.events if e.claim.sentence.start <= at < e.claim.sentence.end]


def _ev(events, lemma):
    found = [e for e in events if e.lemma == lemma]
    assert found, (lemma, [e.lemma for e in events])
    return found[0]


def _roles(e):
    return {(p.ref, p.role) for p in e.participants}


def test_passive_agent_from_the_by_phrase(news):
    e = _ev(_in(news["191597"], "was introduced by Apple CEO Steve Jobs"), "introduce")
    assert ("actor:steve-jobs", "agent") in _roles(e)


def test_pronoun_subject_and_conjoined_verbs(news):
    evs = _in(news["238039"], "He fought pancreatic cancer in 2004")
    fought, took = _ev(evs, "fight"), _ev(evs, "take")
    for e in (fought, took):  # "He" is Steve Jobs; "took" shares the subject
        assert ("actor:steve-jobs", "agent") in _roles(e)
    assert fought.time.value == "2004" and fought.time.basis == "explicit"
    assert took.time.value.startswith("2009") and took.time.basis == "explicit"


def test_negation_and_a_bare_last_name(news):
    e = _ev(_in(news["199629"], "Papermaster did not comment"), "comment")
    assert e.claim.modality == "negated"
    assert ("actor:mark-papermaster", "agent") in _roles(e)


def test_nested_reporting_negation_inside_a_confirmation(news):
    evs = _in(news["199629"], "Apple confirmed that Papermaster")
    confirm = _ev(evs, "confirm")
    assert ("actor:apple", "agent") in _roles(confirm)
    left = _ev(evs, "leave")
    assert left.claim.modality == "reported"
    assert any(s.ref == "actor:apple" for s in left.claim.sources)
    said = _ev(evs, "say")  # "but did not say whether ..."
    assert said.claim.modality == "negated"


def test_according_to_and_relative_day(news):
    x = news["287096"]
    died = _ev(_in(x, "has died yesterday"), "die")
    assert ("actor:steve-jobs", "patient") in _roles(died)  # unaccusative subject
    assert died.time.value == "2011-10-05" and died.time.basis == "explicit"
    assert any(s.kind == "according_to" and "website" in s.name for s in died.claim.sources)


def test_places_regions_and_unnamed_reports(news):
    x = news["quake"]
    head = _in(x, "Indonesia earthquake")
    hit = _ev(head, "hit")
    assert "place:aceh-id" in hit.places  # "Aceh province" is the Indonesian province
    aceh = next(p for p in x.places if p.id == "place:aceh-id")
    assert aceh.kind == "region" and aceh.country == "ID" and aceh.parent == "place:indonesia"
    quake = _ev(head, "earthquake")
    assert "place:indonesia" in quake.places and not quake.participants
    body = _in(x, "One report said")
    killed = _ev(body, "kill")
    assert killed.claim.modality == "hedged"  # an unnamed report
    assert any(s.kind == "report" and s.ref is None for s in killed.claim.sources)
    collapsed = _ev(body, "collapse")
    assert any("aceh" in p for p in collapsed.places)  # "in Central Aceh", kept unresolved
    central = next(p for p in x.places if p.id == "place:central-aceh")
    assert central.lat is None and central.lon is None  # never invented


# MEANTIME corpus_airbus, document 3835 (Wikinews, 2005-01-29), headline.
AIRBUS_3835 = ("date 2005-01-29 Chinese airlines agree purchase of Boeing 787 Dreamliners worth "
               "US$7.2 bn\n")


def test_a_maker_with_a_model_number_is_a_product_not_an_actor():
    x = extract([parse_text(AIRBUS_3835, "meantime-3835.txt")])[0]
    boeing = [m for m in x.mentions if m.span.text.startswith("Boeing")]
    assert boeing and all(m.label == "OTHER" and m.span.text.startswith("Boeing 787")
                          for m in boeing)
    assert "actor:boeing" not in {a.id for a in x.actors}
    purchase = _ev(x.events, "purchase")
    assert all(p.ref != "actor:boeing" for p in purchase.participants)
