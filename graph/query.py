"""Queries over a built graph: plain functions taking the graph first.

- ``events(g, actor=, place=, since=, until=, type=, certain=)``: events of an actor, in a
  place (places inside it included: an event in Kursk Oblast is an event in Russia), in a
  period. A fuzzy date is an interval: by default an event is returned when it *can* fall
  in the period (its interval overlaps it) and ``EventView.certain`` says whether it
  surely does; ``certain=True`` keeps only those.
- ``timeline(g, actor)``: an actor's events in time order, with the actor's role.
- ``involved_with(g, actor)``: who took part in the same events as an actor, how often.
- ``find_actor(g, name)`` / ``find_place(g, name)``: node ids by id, name or alias.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

import networkx as nx

from .builder import LIST_SEP


class QueryError(ValueError):
    pass


@dataclass(frozen=True)
class EventView:
    id: str
    label: str
    type: str
    value: str | None
    earliest: str | None
    latest: str | None
    basis: str | None
    modality: str | None
    certain: bool
    actors: tuple[tuple[str, str, str], ...]  # (actor id, name, role)
    places: tuple[str, ...]  # place names
    sources: tuple[str, ...]  # cited source names
    articles: tuple[str, ...]  # article ids
    corroboration: int

    def to_dict(self) -> dict:
        d = asdict(self)
        d["actors"] = [{"id": i, "name": n, "role": r} for i, n, r in self.actors]
        d["places"] = list(self.places)
        d["sources"] = list(self.sources)
        d["articles"] = list(self.articles)
        return d


def _norm(s: str) -> str:
    return " ".join(s.replace("\u2019", "'").lower().split())


def _match_nodes(g: nx.MultiDiGraph, name: str, kind: str) -> list[str]:
    if name in g and g.nodes[name].get("kind") == kind:
        return [name]
    want = _norm(name)
    exact, partial = [], []
    for n, d in g.nodes(data=True):
        if d.get("kind") != kind:
            continue
        names = [d.get("name", "")] + (d.get("aliases", "").split(LIST_SEP) if d.get("aliases") else [])
        normed = [_norm(x) for x in names if x]
        if want in normed:
            exact.append(n)
        elif any(want in x.split() or x.startswith(want + " ") or x.endswith(" " + want)
                 for x in normed):
            partial.append(n)
    return sorted(exact or partial)


def find_actor(g: nx.MultiDiGraph, name: str) -> list[str]:
    """Actor node ids matching an id, a name or an alias (case-insensitive); whole-word
    partial matches ("Syrskyi") when nothing matches exactly."""
    return _match_nodes(g, name, "actor")


def find_place(g: nx.MultiDiGraph, name: str) -> list[str]:
    return _match_nodes(g, name, "place")


def _bound(s: str | None, what: str) -> str | None:
    """The first (``since``) or last (``until``) day of YYYY, YYYY-MM or YYYY-MM-DD."""
    if s is None:
        return None
    s = str(s).strip()
    try:
        if len(s) == 10:
            return dt.date.fromisoformat(s).isoformat()
        if len(s) == 7:
            y, m = int(s[:4]), int(s[5:])
            first = dt.date(y, m, 1)
            if what == "since":
                return first.isoformat()
            nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
            return (nxt - dt.timedelta(days=1)).isoformat()
        if len(s) == 4 and s.isdigit():
            return f"{s}-01-01" if what == "since" else f"{s}-12-31"
    except ValueError:
        pass
    raise QueryError(f"--{what}: expected YYYY, YYYY-MM or YYYY-MM-DD, got {s!r}")


def _places_within(g: nx.MultiDiGraph, pid: str) -> set[str]:
    """The place and every place inside it (following ``within`` edges backwards)."""
    out = {pid}
    stack = [pid]
    while stack:
        p = stack.pop()
        for u, _, d in g.in_edges(p, data=True):
            if d.get("rel") == "within" and u not in out:
                out.add(u)
                stack.append(u)
    return out


def _view(g: nx.MultiDiGraph, eid: str, since: str | None, until: str | None) -> EventView:
    d = g.nodes[eid]
    actors, places, sources, articles = [], [], [], []
    for _, v, e in g.out_edges(eid, data=True):
        rel = e.get("rel")
        if rel == "role":
            actors.append((v, g.nodes[v].get("name", v), e.get("role")))
        elif rel == "place":
            places.append(g.nodes[v].get("name", v))
        elif rel == "cites":
            sources.append(e.get("name") or g.nodes[v].get("name", v))
        elif rel == "claim":
            articles.append(v)
    lo, hi = d.get("earliest"), d.get("latest")
    certain = bool(lo and hi and (since is None or lo >= since) and (until is None or hi <= until))
    return EventView(eid, d.get("label", ""), d.get("type", ""), d.get("time_value"), lo, hi,
                     d.get("time_basis"), d.get("modality"), certain,
                     tuple(sorted(set(actors), key=lambda a: (a[2], a[1], a[0]))),
                     tuple(sorted(set(places))), tuple(sorted(set(sources))),
                     tuple(sorted(set(articles))), int(d.get("corroboration", 1)))


def _sort_key(v: EventView) -> tuple:
    return (v.earliest or v.latest or "9999", v.latest or "9999", v.id)


def events(g: nx.MultiDiGraph, actor: str | None = None, place: str | None = None,
           since: str | None = None, until: str | None = None, type: str | None = None,
           certain: bool = False) -> list[EventView]:
    """Events matching every given filter, in time order (earliest possible day first)."""
    since_d, until_d = _bound(since, "since"), _bound(until, "until")
    if since_d and until_d and since_d > until_d:
        raise QueryError(f"--since {since} is after --until {until}")
    actor_ids = place_ids = None
    if actor is not None:
        found = find_actor(g, actor)
        if not found:
            raise QueryError(f"no actor matches {actor!r}")
        actor_ids = set(found)
    if place is not None:
        found = find_place(g, place)
        if not found:
            raise QueryError(f"no place matches {place!r}")
        place_ids = set().union(*(_places_within(g, p) for p in found))
    out = []
    for n, d in g.nodes(data=True):
        if d.get("kind") != "event" or (type and d.get("type") != type):
            continue
        if actor_ids is not None and not any(
                v in actor_ids for _, v, e in g.out_edges(n, data=True) if e.get("rel") == "role"):
            continue
        if place_ids is not None and not any(
                v in place_ids for _, v, e in g.out_edges(n, data=True) if e.get("rel") == "place"):
            continue
        lo, hi = d.get("earliest"), d.get("latest")
        if since_d and hi is not None and hi < since_d:
            continue
        if until_d and lo is not None and lo > until_d:
            continue
        if (since_d or until_d) and lo is None and hi is None:
            continue
        v = _view(g, n, since_d, until_d)
        if certain and (since_d or until_d) and not v.certain:
            continue
        out.append(v)
    return sorted(out, key=_sort_key)


def timeline(g: nx.MultiDiGraph, actor: str) -> list[tuple[EventView, str]]:
    """An actor's events in time order, each with the actor's role in it."""
    ids = set(find_actor(g, actor))
    if not ids:
        raise QueryError(f"no actor matches {actor!r}")
    out = []
    for v in events(g, actor=actor):
        roles = sorted({r for a, _, r in v.actors if a in ids})
        out.append((v, ",".join(roles)))
    return out


def involved_with(g: nx.MultiDiGraph, actor: str) -> list[tuple[str, str, int]]:
    """Actors that share events with ``actor``: (id, name, number of shared events),
    most shared first."""
    ids = set(find_actor(g, actor))
    if not ids:
        raise QueryError(f"no actor matches {actor!r}")
    counts: dict[str, int] = {}
    for a in ids:
        evs = {u for u, _, e in g.in_edges(a, data=True) if e.get("rel") == "role"}
        for ev in evs:
            others = {v for _, v, e in g.out_edges(ev, data=True)
                      if e.get("rel") == "role" and v not in ids}
            for o in others:
                counts[o] = counts.get(o, 0) + 1
    return sorted(((o, g.nodes[o].get("name", o), c) for o, c in counts.items()),
                  key=lambda x: (-x[2], x[1], x[0]))
