"""Graph building: a Resolution in, one networkx MultiDiGraph out.

Schema (every attribute is a plain scalar: str, int, float or bool; ``None`` is left out,
so that ``nx.write_graphml`` and every other networkx writer work):

Nodes, by ``kind``:
- ``article`` (id ``article:<hash>``): label, title, published, author, outlet, url, path
- ``event`` (id ``event:<hash>``): label, type, lemma, cameo, modality, time_value,
  time_mod, earliest, latest, time_basis, claims (int), corroboration (int: number of
  distinct articles that report it)
- ``actor`` (id ``actor:<slug>``): label, name, actor_kind, country, aliases, titles
  (lists joined with " | ")
- ``place`` (id ``place:<slug>``): label, name, place_kind, country, lat, lon,
  geonames_id, aliases
- ``source`` (id ``source:<slug>-<article hash prefix>``): label, name, source_kind — a
  cited source that is not a known actor ("intelligence estimates"), scoped to the article
  that cites it

Edges, by ``rel`` (the edge key is a stable string, unique per (u, v)):
- ``role``: event -> actor, attribute ``role`` (agent, patient, ...); key ``role:<role>``
- ``place``: event -> place; key ``place``
- ``claim``: event -> article, one per report: sentence_start, sentence_end, sentence,
  trigger_start, trigger_end, trigger, modality, time_value, time_mod, earliest, latest,
  time_basis, timex; key ``claim:<sentence_start>:<trigger_start>``
- ``cites``: event -> actor or source: source_kind, article, sentence_start, name;
  key ``cites:<article>:<sentence_start>:<source_kind>``
- ``within``: place -> place (Kursk Oblast -> Russia); key ``within``
- ``before``: event -> event, between consecutive dated events of one actor,
  attribute ``actor``; key ``before:<actor id>``
"""
from __future__ import annotations

from typing import Iterable

import networkx as nx

from .model import Actor, Article, Event, Place, Resolution, Source, slug

LIST_SEP = " | "


def _clean(attrs: dict) -> dict:
    return {k: v for k, v in attrs.items() if v is not None and v != ""}


def source_node_id(source: Source, article: str) -> str:
    """The node a cited source points to: its actor, or a ``source:`` node of its own.

    A source that is not a known actor ("intelligence estimates", "some reports") is only
    known by how one article words it, so its node is scoped to that article
    (``source:<slug>-<article hash prefix>``): two articles' "reports" are not one source."""
    if source.ref:
        return source.ref
    return f"source:{slug(source.name)}-{article.split(':', 1)[-1][:8]}"


def article_attrs(a: Article) -> dict:
    return _clean({"kind": "article", "label": a.title or a.path, "title": a.title,
                   "published": a.published, "author": a.author, "outlet": a.outlet,
                   "url": a.url, "path": a.path})


def actor_attrs(a: Actor) -> dict:
    return _clean({"kind": "actor", "label": a.name, "name": a.name, "actor_kind": a.kind,
                   "country": a.country, "aliases": LIST_SEP.join(a.aliases),
                   "titles": LIST_SEP.join(a.titles)})


def place_attrs(p: Place) -> dict:
    return _clean({"kind": "place", "label": p.name, "name": p.name, "place_kind": p.kind,
                   "country": p.country, "lat": p.lat, "lon": p.lon,
                   "geonames_id": p.geonames_id, "aliases": LIST_SEP.join(p.aliases)})


def event_attrs(e: Event) -> dict:
    return _clean({"kind": "event", "label": e.label, "type": e.type, "lemma": e.lemma,
                   "cameo": e.cameo, "modality": e.claim.modality,
                   "time_value": e.time.value, "time_mod": e.time.mod,
                   "earliest": e.time.earliest, "latest": e.time.latest,
                   "time_basis": e.time.basis, "claims": len(e.claims),
                   "corroboration": len({c.article for c in e.claims})})


def build_graph(res: Resolution) -> nx.MultiDiGraph:
    """Build the knowledge graph of a resolution. Deterministic: nodes and edges are
    added in sorted order, so writers produce byte-identical files for the same input."""
    g = nx.MultiDiGraph()
    for a in sorted(res.articles, key=lambda a: a.id):
        g.add_node(a.id, **article_attrs(a))
    for p in sorted(res.places, key=lambda p: p.id):
        g.add_node(p.id, **place_attrs(p))
    for a in sorted(res.actors, key=lambda a: a.id):
        g.add_node(a.id, **actor_attrs(a))
    for p in sorted(res.places, key=lambda p: p.id):
        if p.parent and p.parent in g:
            g.add_edge(p.id, p.parent, key="within", rel="within")
    events = sorted(res.events, key=lambda e: e.id)
    for e in events:
        g.add_node(e.id, **event_attrs(e))
    for e in events:
        for part in sorted(set(e.participants), key=lambda p: (p.role, p.ref)):
            if part.ref in g:
                g.add_edge(e.id, part.ref, key=f"role:{part.role}", rel="role", role=part.role)
        for pid in sorted(set(e.places)):
            if pid in g:
                g.add_edge(e.id, pid, key="place", rel="place")
        for c in sorted(e.claims, key=lambda c: (c.article, c.sentence.start, c.trigger.start)):
            g.add_edge(e.id, c.article, key=f"claim:{c.sentence.start}:{c.trigger.start}",
                       **_clean({"rel": "claim", "sentence_start": c.sentence.start,
                                 "sentence_end": c.sentence.end, "sentence": c.sentence.text,
                                 "trigger_start": c.trigger.start, "trigger_end": c.trigger.end,
                                 "trigger": c.trigger.text, "modality": c.modality,
                                 "time_value": c.time.value, "time_mod": c.time.mod,
                                 "earliest": c.time.earliest, "latest": c.time.latest,
                                 "time_basis": c.time.basis, "timex": c.time.timex}))
            for s in sorted(set(c.sources), key=lambda s: (s.kind, s.name, s.ref or "")):
                if s.kind == "article":
                    continue  # the claim edge itself is the article's provenance
                target = source_node_id(s, c.article)
                if target not in g:
                    g.add_node(target, kind="source", label=s.name, name=s.name,
                               source_kind=s.kind)
                g.add_edge(e.id, target, key=f"cites:{c.article}:{c.sentence.start}:{s.kind}",
                           rel="cites", source_kind=s.kind, article=c.article,
                           sentence_start=c.sentence.start, name=s.name)
    add_order_edges(g, events)
    return g


def _sort_key(e: Event) -> tuple:
    t = e.time
    return (t.earliest or "", t.latest or "", e.id)


def add_order_edges(g: nx.MultiDiGraph, events: Iterable[Event]) -> None:
    """``before`` edges between consecutive dated events of each actor.

    An event is before another when its interval ends before the other's begins
    (``latest < earliest``); overlapping intervals are left unordered, never guessed.
    Events dated only by their publication date are not ordered (their time is a proxy).
    """
    by_actor: dict[str, list[Event]] = {}
    for e in events:
        if e.time.basis in ("publication", "unknown") or not (e.time.earliest and e.time.latest):
            continue
        for p in {p.ref for p in e.participants}:
            by_actor.setdefault(p, []).append(e)
    for actor in sorted(by_actor):
        evs = sorted(by_actor[actor], key=_sort_key)
        for i, a in enumerate(evs):
            # link a to the earliest-ending events that start after a ends
            nxt = [b for b in evs[i + 1:] if a.time.latest < b.time.earliest]
            if not nxt:
                continue
            first_start = min(b.time.earliest for b in nxt)
            for b in nxt:
                if b.time.earliest == first_start and not g.has_edge(a.id, b.id, f"before:{actor}"):
                    g.add_edge(a.id, b.id, key=f"before:{actor}", rel="before", actor=actor)
