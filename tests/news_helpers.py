"""Helpers shared by the extraction tests on real news (test_extract_news, test_roles,
test_anchoring): pick the events of a sentence, one event by lemma, its roles."""
from __future__ import annotations


def events_in(x, fragment):
    """Events of the sentence containing ``fragment``."""
    at = x.article.text.index(fragment)
    return [e for e in x.events if e.claim.sentence.start <= at < e.claim.sentence.end]


def event_of(events, lemma):
    """The first event with this lemma (the test fails, listing the lemmas, if none)."""
    found = [e for e in events if e.lemma == lemma]
    assert found, (lemma, [e.lemma for e in events])
    return found[0]


def roles(e):
    return {(p.ref, p.role) for p in e.participants}
