"""Resolution across articles: merging rules, idempotence, order independence."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from graph.model import (Actor, Article, Claim, Event, EventTime, Extraction, Mention,
                         Participant, Place, Source, Span)
from graph.resolve import merge, resolve


def _article(n: int, day: str) -> Article:
    return Article(id=f"article:{n:016x}", path=f"a{n}.txt", text="x" * 200, title=f"A{n}",
                   published=day)


def _event(art: Article, eid: str, *, type="attack", lemma="attack", parts=(("actor:a", "agent"),),
           places=(), time=("2025-01-01", "2025-01-31", "explicit"), start=0) -> Event:
    t = EventTime("2025-01", None, time[0], time[1], time[2])
    claim = Claim(art.id, Span(start, start + 50, "s" * 50), Span(start, start + 5, "t" * 5), t,
                  (Source(art.id, art.title, "article"),), "asserted")
    return Event(eid, type, f"{lemma} {eid}", lemma, t,
                 tuple(Participant(r, role) for r, role in parts), tuple(places), (claim,))


def _ex(art, events, actors=(), places=()):
    return Extraction(art, (), (), tuple(actors), tuple(places), tuple(events))


A1, A2, A3 = _article(1, "2025-02-01"), _article(2, "2025-02-03"), _article(3, "2025-02-05")
ACT = Actor("actor:a", "Alpha Force", "military", ("Alpha troops",), "AA")
ACT_B = Actor("actor:b", "Beta", "country", (), "BB")


def test_same_event_in_two_articles_is_one_node_with_two_claims():
    r = resolve([_ex(A1, [_event(A1, "event:1")], [ACT]),
                 _ex(A2, [_event(A2, "event:2", time=("2025-01-10", "2025-01-10", "explicit"))],
                     [ACT])])
    assert len(r.events) == 1
    e = r.events[0]
    assert e.id == "event:1" and len(e.claims) == 2
    # its time is the narrowest explicit one; each claim keeps its own
    assert (e.time.earliest, e.time.latest) == ("2025-01-10", "2025-01-10")
    assert {c.time.earliest for c in e.claims} == {"2025-01-01", "2025-01-10"}


def test_conflicting_dates_stay_apart():
    r = resolve([_ex(A1, [_event(A1, "event:1")], [ACT]),
                 _ex(A2, [_event(A2, "event:2", time=("2025-03-01", "2025-03-31", "explicit"))],
                     [ACT])])
    assert len(r.events) == 2


def test_different_type_or_no_shared_participant_stay_apart():
    r = resolve([_ex(A1, [_event(A1, "event:1")], [ACT]),
                 _ex(A2, [_event(A2, "event:2", type="withdrawal", lemma="withdraw")], [ACT]),
                 _ex(A3, [_event(A3, "event:3", parts=(("actor:b", "agent"),))], [ACT_B])])
    assert len(r.events) == 3


def test_incompatible_places_stay_apart_nested_places_merge():
    ru = Place("place:ru", "R", "country", "RU")
    k = Place("place:k", "K Oblast", "region", "RU", parent="place:ru")
    ua = Place("place:ua", "U", "country", "UA")
    r = resolve([_ex(A1, [_event(A1, "event:1", places=("place:k",))], [ACT], [ru, k]),
                 _ex(A2, [_event(A2, "event:2", places=("place:ru",))], [ACT], [ru]),
                 _ex(A3, [_event(A3, "event:3", places=("place:ua",))], [ACT], [ua])])
    merged = [e for e in r.events if len(e.claims) == 2]
    assert len(r.events) == 2 and merged and set(merged[0].places) == {"place:k", "place:ru"}


def test_publication_dated_events_need_same_lemma_and_close_dates():
    r = resolve([_ex(A1, [_event(A1, "event:1", time=(None, "2025-02-01", "publication"))], [ACT]),
                 _ex(A2, [_event(A2, "event:2", time=(None, "2025-02-03", "publication"))], [ACT])])
    assert len(r.events) == 1
    far = _article(9, "2025-06-01")
    r = resolve([_ex(A1, [_event(A1, "event:1", time=(None, "2025-02-01", "publication"))], [ACT]),
                 _ex(far, [_event(far, "event:9", time=(None, "2025-06-01", "publication"))], [ACT])])
    assert len(r.events) == 2


def test_within_an_article_only_exact_repeats_merge():
    e1 = _event(A1, "event:1", start=0)
    e2 = _event(A1, "event:2", start=60)  # same lemma, participants, time: headline + body
    e3 = _event(A1, "event:3", start=120, time=("2025-01-05", "2025-01-05", "explicit"))
    r = resolve([_ex(A1, [e1, e2, e3], [ACT])])
    assert sorted(len(e.claims) for e in r.events) == [1, 2]


def test_statements_and_untyped_events_of_other_words_stay_apart():
    # "Apple confirmed" and "Apple announced" the same day are two statements; so are two
    # events of no listed type ("received" criticism, "associated" a bug)
    for type_, l1, l2 in (("statement", "confirm", "announce"),
                          ("occurrence", "receive", "associate")):
        r = resolve([_ex(A1, [_event(A1, "event:1", type=type_, lemma=l1)], [ACT]),
                     _ex(A2, [_event(A2, "event:2", type=type_, lemma=l2)], [ACT])])
        assert len(r.events) == 2, type_
    # a typed event may be told with other words ("the attack", "the strike")
    r = resolve([_ex(A1, [_event(A1, "event:1", lemma="attack")], [ACT]),
                 _ex(A2, [_event(A2, "event:2", lemma="strike")], [ACT])])
    assert len(r.events) == 1


def test_a_chain_through_other_articles_never_joins_two_events_of_one_article():
    # A1 tells two strikes of January by Alpha (on the 5th and the 20th); A2 tells one of
    # the month without a day, which matches both: it joins one of them, not both
    e1 = _event(A1, "event:1", start=0, time=("2025-01-05", "2025-01-05", "explicit"))
    e2 = _event(A1, "event:2", start=60, time=("2025-01-20", "2025-01-20", "explicit"))
    e3 = _event(A2, "event:3")
    r = resolve([_ex(A1, [e1, e2], [ACT]), _ex(A2, [e3], [ACT])])
    assert sorted(len(e.claims) for e in r.events) == [1, 2]
    for e in r.events:
        assert len({c.article for c in e.claims}) == len(e.claims)
    assert merge(r) == r


def test_other_forms_of_a_persons_name_are_that_person():
    tim = Actor("actor:tim-cook", "Tim Cook", "person", (), "US")
    timothy = Actor("actor:timothy-d-cook", "Timothy D. Cook", "person", (), None, ("COO",))
    initial = Actor("actor:t-cook", "T. Cook", "person")
    short = Actor("actor:cook", "Cook", "person")
    ev = _event(A3, "event:3", parts=(("actor:timothy-d-cook", "agent"),))
    r = resolve([_ex(A1, [], [tim]), _ex(A2, [], [timothy, initial]), _ex(A3, [ev], [short])])
    assert [a.id for a in r.actors] == ["actor:tim-cook"]
    a = r.actors[0]
    assert {"Timothy D. Cook", "T. Cook", "Cook"} <= set(a.aliases) and a.titles == ("COO",)
    assert r.events[0].participants == (Participant("actor:tim-cook", "agent"),)
    assert merge(r) == r
    # two people that an initial or a surname could both be stay apart, and so do they
    tom = Actor("actor:tom-cook", "Tom Cook", "person")
    r = resolve([_ex(A1, [], [tim, tom]), _ex(A2, [], [initial, short])])
    assert [a.id for a in r.actors] == ["actor:cook", "actor:t-cook", "actor:tim-cook",
                                        "actor:tom-cook"]


def test_actor_records_merge_and_one_word_persons_resolve():
    jobs = Actor("actor:steve-jobs", "Steve Jobs", "person", (), "US", ("CEO",))
    jobs2 = Actor("actor:steve-jobs", "Steve Jobs", "person", ("Steven Jobs",), None, ("co-founder",))
    short = Actor("actor:jobs", "Jobs", "person")
    ev = _event(A3, "event:3", parts=(("actor:jobs", "agent"),))
    r = resolve([_ex(A1, [], [jobs]), _ex(A2, [], [jobs2]), _ex(A3, [ev], [short])])
    assert [a.id for a in r.actors] == ["actor:steve-jobs"]
    a = r.actors[0]
    assert a.country == "US" and set(a.titles) == {"CEO", "co-founder"}
    assert {"Steven Jobs", "Jobs"} <= set(a.aliases)
    assert r.events[0].participants == (Participant("actor:steve-jobs", "agent"),)


def test_an_organisation_named_with_its_business_word_is_that_organisation():
    apple = Actor("actor:apple", "Apple", "organization", (), "US")
    computer = Actor("actor:apple-computer", "Apple Computer", "organization", ("Apple",))
    corps = Actor("actor:apple-corps", "Apple Corps", "organization", (), "GB")
    records = Actor("actor:apple-records", "Apple Records", "organization")
    ev = _event(A2, "event:2", parts=(("actor:apple-computer", "agent"),
                                      ("actor:apple-corps", "patient")))
    r = resolve([_ex(A1, [], [apple]), _ex(A2, [ev], [computer, corps, records])])
    assert [a.id for a in r.actors] == ["actor:apple", "actor:apple-corps",
                                        "actor:apple-records"]
    assert "Apple Computer" in r.actors[0].aliases and r.actors[0].country == "US"
    assert "Apple" not in r.actors[0].aliases  # a name is no alias of itself
    assert set(r.events[0].participants) == {Participant("actor:apple", "agent"),
                                             Participant("actor:apple-corps", "patient")}
    assert merge(r) == r
    # without the short name in the corpus the long one stays; a person's or a country's
    # name is no company's stem ("Ford Motor" and the person Ford)
    r = resolve([_ex(A2, [ev], [computer, corps])])
    assert [a.id for a in r.actors] == ["actor:apple-computer", "actor:apple-corps"]
    ford = Actor("actor:ford", "Ford", "person")
    motor = Actor("actor:ford-motor", "Ford Motor", "organization")
    assert [a.id for a in resolve([_ex(A1, [], [ford, motor])]).actors] == [
        "actor:ford", "actor:ford-motor"]


def _mentions(art, actor, n, label="ORG", start=0):
    return [Mention(f"mention:{art.id}:{start + 10 * k}",
                    Span(start + 10 * k, start + 10 * k + len(actor.name), actor.name),
                    label, actor.id if label != "OTHER" else None) for k in range(n)]


def test_actor_kind_is_voted_by_mentions_across_articles():
    # "Best Buy": an organisation in one article that names it twice, a person (the
    # model's mistake) in another that names it once
    org = Actor("actor:best-buy", "Best Buy", "organization")
    per = Actor("actor:best-buy", "Best Buy", "person")
    x1 = Extraction(A1, (), tuple(_mentions(A1, org, 2)), (org,), (), ())
    x2 = Extraction(A2, (), tuple(_mentions(A2, per, 1)), (per,), (), ())
    for xs in ([x1, x2], [x2, x1]):
        r = resolve(xs)
        assert [a.kind for a in r.actors] == ["organization"]
        assert merge(r) == r


def test_a_name_mostly_mentioned_as_a_thing_is_no_organisation():
    # "iPhone": a product (OTHER, no actor) in two articles, an organisation actor in one
    thing = Actor("actor:iphone", "iPhone", "organization")
    x1 = Extraction(A1, (), tuple(_mentions(A1, thing, 1)), (thing,), (), ())
    x2 = Extraction(A2, (), tuple(_mentions(A2, thing, 2, "OTHER")), (), (), ())
    x3 = Extraction(A3, (), tuple(_mentions(A3, thing, 1, "OTHER")), (), (), ())
    assert [a.kind for a in resolve([x1, x2, x3]).actors] == ["other"]
    # named as an actor as often as a thing: it stays what it is
    assert [a.kind for a in resolve([x1, x3]).actors] == ["organization"]


# --- properties ---------------------------------------------------------------------------------

_days = st.integers(min_value=1, max_value=28)


@st.composite
def corpora(draw):
    n_articles = draw(st.integers(1, 4))
    xs = []
    for i in range(n_articles):
        art = _article(i + 1, f"2025-02-{i + 1:02d}")
        evs = []
        for j in range(draw(st.integers(0, 4))):
            d1 = draw(_days)
            d2 = draw(st.integers(d1, 28))
            basis = draw(st.sampled_from(["explicit", "sentence", "publication"]))
            parts = draw(st.lists(st.tuples(st.sampled_from(["actor:a", "actor:b", "actor:c",
                                                             "actor:a-foods"]),
                                            st.sampled_from(["agent", "patient", "topic"])),
                                  min_size=0, max_size=3, unique=True))
            evs.append(_event(art, f"event:{i}{j:02d}",
                              type=draw(st.sampled_from(["attack", "statement",
                                                         "occurrence"])),
                              lemma=draw(st.sampled_from(["attack", "strike", "say"])),
                              parts=tuple(parts), start=j * 60,
                              places=tuple(draw(st.lists(st.sampled_from(["place:x", "place:y"]),
                                                         max_size=1))),
                              time=(f"2025-01-{d1:02d}", f"2025-01-{d2:02d}", basis)))
        # "A Foods" is "A" where both are organisations ("Kraft Foods" and "Kraft")
        actors = [Actor(a, a.split(":")[1].replace("-", " ").title(),
                        draw(st.sampled_from(["military", "country", "person", "organization"])))
                  for a in ("actor:a", "actor:b", "actor:c", "actor:a-foods")]
        places = [Place("place:x", "X", "city"), Place("place:y", "Y", "city")]
        mentions = []
        for a in actors:  # mentions weigh the kind votes; OTHER ones name things
            for k in range(draw(st.integers(0, 3))):
                s0 = 100 + 10 * len(mentions)
                label = draw(st.sampled_from(["ORG", "OTHER"]))
                mentions.append(Mention(f"mention:{i}:{s0}", Span(s0, s0 + len(a.name), a.name),
                                        label, a.id if label != "OTHER" else None))
        xs.append(Extraction(art, (), tuple(mentions), tuple(actors), tuple(places), tuple(evs)))
    return xs


@settings(max_examples=80, deadline=None)
@given(corpora(), st.randoms(use_true_random=False))
def test_resolution_is_idempotent_and_order_independent(xs, rnd):
    r = resolve(xs)
    assert merge(r) == r
    shuffled = list(xs)
    rnd.shuffle(shuffled)
    assert resolve(shuffled) == r
    # nothing is lost: every claim survives the merge
    assert sum(len(e.claims) for e in r.events) == sum(len(x.events) for x in xs)
