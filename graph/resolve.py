"""Resolution: the same actors, places and events across articles become one.

- Actors and places already carry ids derived from normalised names (``actor:<slug>``,
  ``place:<slug>``), so the same canonical actor in two articles has the same id; their
  records are merged (aliases and titles united; name, kind and country by majority, each
  article's record weighing as many votes as its mentions there, ties broken by a fixed
  order; a name mentioned more often as a thing than as an actor is kind ``other``). A one-word person name ("Jobs") that matches the last name of
  exactly one full person name in the corpus ("Steve Jobs") is that person, and so is a
  full name with the same surname and the same given name, a short form of it or its
  initial ("Timothy D. Cook", "T. Cook" -> "Tim Cook"), when there is only one such. An
  organisation named by another organisation of the corpus and a word for its business
  ("Apple Computer", "Kraft Foods") is that organisation ("Apple", "Kraft"); a name for
  a part of it or for another company ("Apple Records", "Apple Corps") is not.
- Events: two events are the same when they have the same type (and, for statements and
  events of no listed type, the same lemma: "Apple confirmed" is not "Apple announced"),
  share a participant in the same role, have compatible places (none given, or one in
  common, or one inside the other), and compatible times (their intervals overlap; an
  event dated only by its publication matches an event of the same lemma published
  within a week). Within one article only exact repeats merge (same lemma, participants
  and time: a headline and the sentence it summarises), also through other articles: a
  chain of matches never joins two distinct events of one article. The merged event keeps every claim, each with its own time, so
  conflicting dates stay visible; its own time is the narrowest explicit one.

``merge`` is deterministic, idempotent (``merge(merge(r)) == merge(r)``) and independent of
the order of the articles.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Iterable, Sequence

from .model import (Actor, Claim, Event, EventTime, Extraction, Participant, Place,
                    Resolution)
from .names import org_aliases

KIND_ORDER = ("person", "media", "military", "government", "country", "organization",
              "group", "other")
BASIS_ORDER = ("explicit", "sentence", "inferred", "publication", "unknown")
PUBLICATION_WINDOW_DAYS = 7


def _majority(values: Iterable, order=None):
    vals = [v for v in values if v is not None]
    if not vals:
        return None
    counts = Counter(vals)
    best = max(counts.values())
    tied = [v for v, c in counts.items() if c == best]
    if order:
        return min(tied, key=lambda v: order.index(v) if v in order else len(order))
    return min(tied)


def _merge_actors(actors: Sequence[Actor]) -> dict[str, Actor]:
    groups: dict[str, list[Actor]] = {}
    for a in actors:
        groups.setdefault(a.id, []).append(a)
    out = {}
    for aid, group in groups.items():
        name = _majority(a.name for a in group)
        aliases = sorted({x for a in group for x in (a.aliases + (a.name,))} - {name})
        out[aid] = Actor(aid, name, _majority((a.kind for a in group), KIND_ORDER),
                         tuple(aliases), _majority(a.country for a in group),
                         tuple(sorted({t for a in group for t in a.titles})))
    return out


# Short forms of English given names ("Tim Cook" is "Timothy D. Cook"): name data, one
# group per name
_GIVEN_NAME_FORMS = [set(g.split()) for g in (
    "timothy tim", "steven stephen steve", "william bill will billy", "robert bob rob bobby",
    "michael mike", "james jim jimmy jamie", "thomas tom tommy", "richard dick rich rick",
    "david dave", "daniel dan danny", "joseph joe joey", "edward ed eddie ted",
    "benjamin ben", "samuel sam", "christopher chris", "anthony tony", "andrew andy drew",
    "alexander alex", "nicholas nick", "patrick pat", "peter pete", "matthew matt",
    "gregory greg", "jeffrey jeff", "jonathan jon", "kenneth ken", "lawrence larry",
    "frederick fred", "charles charlie chuck", "elizabeth liz beth betty",
    "katherine catherine kate kathy", "jennifer jenny jen", "susan sue",
    "margaret maggie peggy", "maurice mo", "donald don", "ronald ron", "gerald jerry",
    "raymond ray", "douglas doug", "philip phil", "vincent vince", "zachary zach")]
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())


def _name_parts(name: str) -> tuple[str, str, bool] | None:
    """(given name, surname, given name is an initial) of a person's name; middle names
    and initials and a generational suffix are left out. None for a one-word name."""
    words = [w for w in name.lower().replace(",", " ").split() if w not in _SUFFIXES]
    if len(words) < 2:
        return None
    given = words[0].rstrip(".")
    return given, words[-1], len(given) == 1


def _same_given_name(a: str, b: str) -> bool:
    return a == b or any(a in g and b in g for g in _GIVEN_NAME_FORMS)


def _person_aliases(actors: dict[str, Actor]) -> dict[str, str]:
    """Map person actors to the person they are another name of. A full name goes to the
    other full names with the same surname and the same given name, a short form of it or
    its initial, middle names aside ("Timothy D. Cook", "T. Cook" -> "Tim Cook"), when
    they are all one person (not "T. Cook" with "Tim Cook" and "Tom Cook"); the shortest
    name with its given name written out is kept. A one-word name goes to the one person whose full name ends with it
    ("Jobs" -> "Steve Jobs")."""
    persons = sorted((a for a in actors.values() if a.kind == "person"),
                     key=lambda a: (len(a.name), a.name, a.id))
    full = [a for a in persons if len(a.name.split()) >= 2]
    parts = {a.id: _name_parts(a.name) for a in full}

    def same_person(x: Actor, y: Actor) -> bool:
        px, py = parts[x.id], parts[y.id]
        if px is None or py is None or px[1] != py[1]:
            return False
        if px[2] or py[2]:
            return px[0][0] == py[0][0]  # "T. Cook" and "Tim Cook"
        return _same_given_name(px[0], py[0])

    remap = {}
    seen: set[str] = set()
    for a in full:
        if a.id in seen:
            continue
        comp, todo = [a], [a]  # the names linked to this one, directly or not
        seen.add(a.id)
        while todo:
            x = todo.pop()
            for y in full:
                if y.id not in seen and same_person(x, y):
                    seen.add(y.id)
                    comp.append(y)
                    todo.append(y)
        if len(comp) < 2 or not all(same_person(x, y) for x in comp for y in comp
                                    if x is not y):
            continue  # alone, or two people ("Tim Smith", "Tom Smith") that "T. Smith" joins
        keep = min(comp, key=lambda x: (parts[x.id][2], len(x.name), x.name, x.id))
        for x in comp:  # the name kept: a given name written out, the shortest
            if x is not keep:
                remap[x.id] = keep.id
    for a in persons:
        if len(a.name.split()) != 1:
            continue
        cands = {remap.get(f.id, f.id) for f in full
                 if parts[f.id] is not None and parts[f.id][1] == a.name.lower()}
        if len(cands) == 1:
            remap[a.id] = cands.pop()
    return remap


def _merge_places(places: Sequence[Place]) -> dict[str, Place]:
    out: dict[str, Place] = {}
    for p in sorted(places, key=lambda p: (p.id, p.lat is None, p.name)):
        if p.id not in out:
            out[p.id] = p
        else:
            q = out[p.id]
            aliases = tuple(sorted(set(q.aliases) | set(p.aliases)))
            out[p.id] = Place(q.id, q.name, q.kind, q.country or p.country,
                              q.lat if q.lat is not None else p.lat,
                              q.lon if q.lon is not None else p.lon,
                              q.geonames_id or p.geonames_id, q.parent or p.parent, aliases)
    return out


def _ancestors(pid: str, places: dict[str, Place]) -> set[str]:
    out = {pid}
    while pid in places and places[pid].parent and places[pid].parent not in out:
        pid = places[pid].parent
        out.add(pid)
    return out


def _places_compatible(a: Event, b: Event, places: dict[str, Place]) -> bool:
    if not a.places or not b.places:
        return True
    for x in a.places:
        for y in b.places:
            if x == y or x in _ancestors(y, places) or y in _ancestors(x, places):
                return True
    return False


def _days(s: str) -> int:
    return dt.date.fromisoformat(s).toordinal()


def _times_compatible(a: EventTime, b: EventTime, same_lemma: bool) -> bool:
    if a.basis == "unknown" or b.basis == "unknown":
        return False
    vague = a.basis == "publication" or b.basis == "publication"
    if vague:
        if not same_lemma or not (a.latest or a.earliest) or not (b.latest or b.earliest):
            return False
        da, db = _days(a.latest or a.earliest), _days(b.latest or b.earliest)
        return abs(da - db) <= PUBLICATION_WINDOW_DAYS
    lo_a, hi_a = a.earliest or "0000-01-01", a.latest or "9999-12-31"
    lo_b, hi_b = b.earliest or "0000-01-01", b.latest or "9999-12-31"
    return lo_a <= hi_b and lo_b <= hi_a


def _when(t: EventTime) -> tuple:
    return (t.value, t.mod, t.earliest, t.latest)


# Types whose events two different words cannot make one: an actor says, and does
# things of no listed type, many times a day ("Apple confirmed" is not "Apple announced";
# "Apple received criticism" is not "Apple associated the issue with a bug")
SAME_LEMMA_TYPES = frozenset({"occurrence", "statement"})


def _articles(e: Event) -> set[str]:
    return {c.article for c in e.claims}


def _repeats(a: Event, b: Event) -> bool:
    """The same event told twice in one article (a headline and the sentence it sums up)."""
    return (a.lemma == b.lemma and set(a.participants) == set(b.participants)
            and bool(a.participants) and _when(a.time) == _when(b.time))


def _same_event(a: Event, b: Event, places: dict[str, Place]) -> bool:
    if a.type != b.type:
        return False
    if a.lemma != b.lemma and a.type in SAME_LEMMA_TYPES:
        return False
    if _articles(a) & _articles(b):
        # within an article only exact repeats (headline and body) are the same event
        return _repeats(a, b)
    core = {"agent", "patient"}
    pa = {(p.ref, p.role) for p in a.participants if p.role in core}
    pb = {(p.ref, p.role) for p in b.participants if p.role in core}
    if not pa & pb:
        return False
    return _places_compatible(a, b, places) and _times_compatible(a.time, b.time,
                                                                  a.lemma == b.lemma)


def _width(t: EventTime) -> int:
    if not (t.earliest and t.latest):
        return 10 ** 7
    return _days(t.latest) - _days(t.earliest)


def _combine(group: list[Event]) -> Event:
    rep = min(group, key=lambda e: (BASIS_ORDER.index(e.time.basis), _width(e.time), e.id))
    claims = tuple(sorted({c for e in group for c in e.claims},
                          key=lambda c: (c.article, c.sentence.start, c.trigger.start)))
    parts = tuple(sorted({p for e in group for p in e.participants},
                         key=lambda p: (p.role, p.ref)))
    return Event(id=min(e.id for e in group), type=rep.type, label=rep.label,
                 lemma=_majority(e.lemma for e in group), time=rep.time, participants=parts,
                 places=tuple(sorted({p for e in group for p in e.places})), claims=claims,
                 cameo=rep.cameo)


def _cluster(events: list[Event], places: dict[str, Place]) -> list[Event]:
    events = sorted(events, key=lambda e: e.id)
    parent = list(range(len(events)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # block by (type, participant) so that only plausible pairs are compared
    blocks: dict[tuple, list[int]] = {}
    for i, e in enumerate(events):
        keys = {(e.type, p.ref) for p in e.participants} or {(e.type, None)}
        for k in keys:
            blocks.setdefault(k, []).append(i)
    members = {i: [i] for i in range(len(events))}

    def compatible(ri, rj) -> bool:
        # two events of one article end up in one cluster only if they are repeats: a
        # chain through other articles must not join distinct events of the same article
        for x in members[ri]:
            for y in members[rj]:
                if _articles(events[x]) & _articles(events[y]) and \
                        not _repeats(events[x], events[y]):
                    return False
        return True

    for k in sorted(blocks, key=str):
        idx = blocks[k]
        for x in range(len(idx)):
            for y in range(x + 1, len(idx)):
                i, j = idx[x], idx[y]
                ri, rj = find(i), find(j)
                if ri != rj and _same_event(events[i], events[j], places) and \
                        compatible(ri, rj):
                    lo, hi = min(ri, rj), max(ri, rj)
                    parent[hi] = lo
                    members[lo] += members.pop(hi)
    groups: dict[int, list[Event]] = {}
    for i, e in enumerate(events):
        groups.setdefault(find(i), []).append(e)
    return [_combine(g) if len(g) > 1 else g[0] for g in groups.values()]


def _remap_event(e: Event, remap: dict[str, str]) -> Event:
    if not remap:
        return e
    parts = tuple(sorted({Participant(remap.get(p.ref, p.ref), p.role) for p in e.participants},
                         key=lambda p: (p.role, p.ref)))
    claims = tuple(Claim(c.article, c.sentence, c.trigger, c.time,
                         tuple(type(s)(remap.get(s.ref, s.ref) if s.ref else None, s.name, s.kind)
                               for s in c.sources), c.modality) for c in e.claims)
    return Event(e.id, e.type, e.label, e.lemma, e.time, parts, e.places, claims, e.cameo)


def merge(res: Resolution) -> Resolution:
    """Merge duplicate actors, places and events of a resolution (idempotent)."""
    actors = _merge_actors(res.actors)
    # "Apple Computer" -> "Apple" (names.org_aliases, as within one article)
    remap = _person_aliases(actors) | org_aliases(actors.values())
    if remap:
        merged: dict[str, Actor] = {}
        for old, new in sorted(remap.items()):  # several names may join one person
            a, b = actors[old], merged.get(new, actors[new])
            merged[new] = Actor(b.id, b.name, b.kind,
                                tuple(sorted((set(b.aliases) | set(a.aliases) | {a.name})
                                             - {b.name})),
                                b.country or a.country,
                                tuple(sorted(set(b.titles) | set(a.titles))))
        for old in remap:
            del actors[old]
        actors.update(merged)
    places = _merge_places(res.places)
    events = [_remap_event(e, remap) for e in res.events]
    # identical event ids (the same article read twice) collapse first
    by_id: dict[str, list[Event]] = {}
    for e in events:
        by_id.setdefault(e.id, []).append(e)
    events = [_combine(g) if len(g) > 1 else g[0] for g in by_id.values()]
    # cluster to a fixpoint: a merged event (with its united participants, places and
    # narrowest time) may match another one; repeating until nothing merges makes
    # merge idempotent by construction
    while True:
        merged = _cluster(events, places)
        if len(merged) == len(events):
            break
        events = merged
    articles = {a.id: a for a in sorted(res.articles, key=lambda a: (a.id, a.path))}
    return Resolution(tuple(articles[k] for k in sorted(articles)),
                      tuple(actors[k] for k in sorted(actors)),
                      tuple(places[k] for k in sorted(places)),
                      tuple(sorted(events, key=lambda e: e.id)))


def _norm_name(s: str) -> str:
    return " ".join(s.replace("\u2019", "'").split()).lower()


def resolve(extractions: Sequence[Extraction]) -> Resolution:
    """Merge the extractions of many articles into one resolution.

    Each article's actor record votes with the number of its mentions there (one at
    least), so the kind the corpus mostly gives a name wins ("Best Buy" an organisation
    in one article with two mentions, a person in another with one). A name that the
    articles mention more often as a thing (a product: ``OTHER`` mentions) than as this
    actor is kind ``other`` everywhere ("iPhone")."""
    weight = Counter((x.article.id, m.ref) for x in extractions for m in x.mentions if m.ref)
    things = Counter(_norm_name(m.span.text) for x in extractions for m in x.mentions
                     if m.label == "OTHER")
    as_actor: Counter = Counter()
    for x in extractions:
        names = {a.id: _norm_name(a.name) for a in x.actors}
        for m in x.mentions:
            if m.ref in names:
                as_actor[names[m.ref]] += 1
    actors = []
    for x in extractions:
        for a in x.actors:
            if a.kind in ("organization", "media", "person") and \
                    things[_norm_name(a.name)] > as_actor[_norm_name(a.name)]:
                a = Actor(a.id, a.name, "other", a.aliases, a.country, a.titles)
            actors += [a] * max(1, weight[(x.article.id, a.id)])
    return merge(Resolution(
        articles=tuple(x.article for x in extractions),
        actors=tuple(actors),
        places=tuple(p for x in extractions for p in x.places),
        events=tuple(e for x in extractions for e in x.events)))
