"""Participant roles on real news sentences (real spaCy parse).

Sources, all shortened to a headline and one to three sentences:
- MEANTIME (CC BY 4.0) Wikinews documents (Wikinews, CC BY 2.5): 3307, 43503, 108294,
  129865 and 199629.
- Event StoryLine Corpus v1.5 (CC BY 3.0) documents 3_11 and 7_1 (ECB+ news reports).
"""
from __future__ import annotations

import pytest

from graph.extract import extract
from graph.read import parse_text

DOCS = {
    "129865": "date 2009-06-10 Airbus offers funding to search for black boxes\n"
              "Airbus have announced that they will be willing to contribute between $12 "
              "million and $20 million to fund an extended search for the black boxes from Air "
              "France Flight 447. Chief executive Thomas Enders said in a statement, \"We want "
              "to know what happened.\"\n",
    "108294": "date 2008-06-19 GAO upholds Boeing protest\n"
              "This imperils the Northrop Grumman and EADS North America plan to assemble the "
              "planes in Mobile, Alabama.\n",
    "43503": "date 2006-09-01 Apple plans to sell movies on iTunes\n"
             "Apple executives are in negotiations with film studios to arrange the deal and "
             "settle on pricing structures.\n",
    "199629": "date 2008-11-04 Apple executive leaves company\n"
              "Mark Papermaster, formerly an Apple Inc. executive overseeing hardware engineering "
              "for the company's iPhone, is stepping down from his post.\n",
    "3307": "date 2005-01-18 Airbus launches world's largest passenger plane\n"
            "Airbus unveiled plans for the A380, a twin-deck aircraft.\n",
    "esc-7_1": "date 2012-07-07 Klitschko stops Thompson\n"
               "\"Tony Thompson is very hard to hit,\" Steward said. \"It's disappointing to "
               "hear about the issue.\"\n",
    "esc-3_11": "date 2010-01-12 Fallout continues after brazen escape\n"
                "The Nov. 30 escape by Arcade Joseph Comeaux Jr., a convicted rapist recaptured "
                "last month after eight days on the run in Baytown and Houston, has led to "
                "unprecedented fallout at the prison unit where he was housed.\n",
}


@pytest.fixture(scope="module")
def xs():
    out = extract([parse_text(t, f"{k}.txt") for k, t in DOCS.items()])
    return dict(zip(DOCS, out))


def _in(x, fragment):
    t = x.article.text
    at = t.index(fragment)
    return [e for e in x.events if e.claim.sentence.start <= at < e.claim.sentence.end]


def _ev(events, lemma):
    found = [e for e in events if e.lemma == lemma]
    assert found, (lemma, [e.lemma for e in events])
    return found[0]


def _roles(e):
    return {(p.ref, p.role) for p in e.participants}


def test_an_adjectives_infinitive_is_done_by_the_copulas_subject(xs):
    # "they will be willing to contribute ... to fund": they = Airbus
    evs = _in(xs["129865"], "willing to contribute")
    assert ("actor:airbus", "agent") in _roles(_ev(evs, "contribute"))
    assert ("actor:airbus", "agent") in _roles(_ev(evs, "fund"))


def test_a_tough_adjectives_subject_undergoes_the_infinitive(xs):
    evs = _in(xs["esc-7_1"], "hard to hit")
    hit = _ev(evs, "hit")
    assert any(r == "patient" and ref.endswith("thompson") for ref, r in _roles(hit))
    assert not any(r == "agent" for _, r in _roles(hit))
    # "it is disappointing to hear": no one in particular hears
    assert not _roles(_ev(_in(xs["esc-7_1"], "disappointing"), "hear"))


def test_an_event_nouns_infinitive_is_done_by_its_agents(xs):
    evs = _in(xs["108294"], "plan to assemble")
    agents = {ref for ref, r in _roles(_ev(evs, "assemble")) if r == "agent"}
    assert "actor:northrop-grumman" in agents and any("eads" in a for a in agents)


def test_the_in_phrase_of_a_statement_or_talks_is_the_subjects_event(xs):
    evs = _in(xs["129865"], "said in a statement")
    assert ("actor:thomas-enders", "agent") in _roles(_ev(evs, "statement"))
    evs = _in(xs["43503"], "are in negotiations")
    for lemma in ("negotiation", "arrange", "settle"):
        assert ("actor:apple", "agent") in _roles(_ev(evs, lemma)), lemma


def test_a_participle_on_an_apposition_is_about_the_name(xs):
    e = _ev(_in(xs["199629"], "executive overseeing"), "oversee")
    assert _roles(e) == {("actor:mark-papermaster", "agent")}


def test_a_participle_tagged_as_past_tense_is_a_reduced_passive(xs):
    e = _ev(_in(xs["esc-3_11"], "recaptured last month"), "recapture")
    assert _roles(e) and {r for _, r in _roles(e)} == {"patient"}


def test_unveiling_plans_makes_the_subject_their_agent(xs):
    e = _ev(_in(xs["3307"], "unveiled plans"), "plan")
    assert ("actor:airbus", "agent") in _roles(e)
