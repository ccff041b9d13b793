"""The JSON contract of ``dateline extract --json`` (graph/extract.schema.json).

``to_contract(extraction)`` turns one article's ``Extraction`` into exactly the object the
schema describes; ``schema()`` returns the project's copy of the schema.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from .model import Event, EventTime, Extraction


@lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads(resources.files("graph").joinpath("extract.schema.json").read_text("utf-8"))


def _time(t: EventTime) -> dict:
    return {"timex": t.timex, "value": t.value, "mod": t.mod, "earliest": t.earliest,
            "latest": t.latest, "basis": t.basis}


def _event(e: Event) -> dict:
    c = e.claim
    return {
        "id": e.id, "type": e.type, "label": e.label, "lemma": e.lemma, "cameo": e.cameo,
        "trigger": {"text": c.trigger.text, "start": c.trigger.start, "end": c.trigger.end},
        "sentence": {"start": c.sentence.start, "end": c.sentence.end},
        "time": _time(e.time),
        "participants": [{"ref": p.ref, "role": p.role} for p in e.participants],
        "places": list(e.places),
        "sources": [{"ref": s.ref, "name": s.name, "kind": s.kind} for s in c.sources],
        "modality": c.modality,
    }


def to_contract(x: Extraction) -> dict:
    a = x.article
    return {
        "article": {"id": a.id, "path": a.path, "title": a.title, "published": a.published,
                    "author": a.author, "outlet": a.outlet, "url": a.url},
        "timexes": [{"id": t.id, "text": t.span.text, "start": t.span.start, "end": t.span.end,
                     "type": t.type, "value": t.value, "mod": t.mod, "earliest": t.earliest,
                     "latest": t.latest} for t in x.timexes],
        "entities": [{"id": m.id, "text": m.span.text, "start": m.span.start,
                      "end": m.span.end, "label": m.label, "ref": m.ref} for m in x.mentions],
        "actors": [{"id": ac.id, "name": ac.name, "kind": ac.kind, "aliases": list(ac.aliases),
                    "country": ac.country, "titles": list(ac.titles)} for ac in x.actors],
        "places": [{"id": p.id, "name": p.name, "kind": p.kind, "country": p.country,
                    "lat": p.lat, "lon": p.lon, "geonames_id": p.geonames_id,
                    "parent": p.parent} for p in x.places],
        "events": [_event(e) for e in x.events],
    }


def dumps(x: Extraction) -> str:
    """One line of JSON (for JSON Lines), keys in a stable order."""
    return json.dumps(to_contract(x), ensure_ascii=False, sort_keys=True)
