"""JSON export and import: the ``dateline-graph`` document (registered as ``json``).

``to_document(g) -> dict`` and ``from_document(doc) -> nx.MultiDiGraph`` are exact
inverses: ``from_document(to_document(g))`` has the same nodes with the same attribute
dicts (same Python types: an int stays an int, a float a float) and the same edges with
the same keys and attribute dicts. ``export(g, path)`` writes the document
(``json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True)`` + newline, strict JSON:
no NaN) atomically; ``load(path)`` reads it back.

The document follows the model (``graph.model``) and the extraction contract
(``graph/extract.schema.json``) rather than the graph's flat attributes; its JSON Schema
is ``exporters/assets/graph.schema.json``. Every list is sorted.

| document                                        | graph                                         |
|-------------------------------------------------|-----------------------------------------------|
| ``format: "dateline-graph"``, ``version: 1``    | (checked on load)                             |
| ``graph``: {...}                                | ``g.graph`` attributes                        |
| ``articles[]``: id, label, title, published, author, outlet, url, path | ``article`` nodes |
| ``actors[]``: id, label, name, kind, country, aliases[], titles[] | ``actor`` nodes (``actor_kind``; lists joined with " \\| ") |
| ``places[]``: id, label, name, kind, country, lat, lon, geonames_id, aliases[], within[] | ``place`` nodes (``place_kind``); ``within`` edges |
| ``sources[]``: id, label, name, kind            | ``source`` nodes (``source_kind``)            |
| ``events[]``: id, type, label, lemma, cameo, time {value, mod, earliest, latest, basis}, modality, corroboration | ``event`` nodes (``time_*``, ``earliest``, ``latest``; ``claims`` = number of claims) |
| ``events[].participants[]``: {ref, role}        | ``role`` edges, key ``role:<role>``           |
| ``events[].places[]``: place ids                | ``place`` edges, key ``place``                |
| ``events[].claims[]``: {article, sentence {start, end, text}, trigger {text, start, end}, time {value, mod, earliest, latest, basis, timex}, modality, sources[]} | ``claim`` edges, key ``claim:<sentence start>:<trigger start>`` |
| ``events[].claims[].sources[]``: {ref, name, kind} | ``cites`` edges (ref = the actor or ``source:`` node), key ``cites:<article>:<sentence start>:<kind>`` |
| ``order[]``: {before, after, actor}             | ``before`` edges, key ``before:<actor>``      |
| ``other_nodes[]`` / ``other_edges[]``: {id, attrs} / {source, target, key, attrs} | anything else, verbatim (node kinds or edges this version does not know) |
| a record's ``extra``: {attrs, drop}             | node attributes the record's fields do not rebuild exactly (absent when empty) |

Missing attributes are ``null`` (or ``[]`` for lists) in the document.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import networkx as nx

from graph.builder import LIST_SEP
from graph.fsutil import atomic_write

__all__ = ["FORMAT", "VERSION", "SCHEMA_PATH", "to_document", "from_document", "dumps", "loads", "export",
           "load"]

FORMAT = "dateline-graph"
VERSION = 1
SCHEMA_PATH = Path(__file__).resolve().parent / "assets" / "graph.schema.json"

_SCALARS = (str, int, float, bool)


# --- helpers --------------------------------------------------------------------------------

def _check_scalar(where: str, key, value) -> None:
    if not isinstance(value, _SCALARS):
        raise TypeError(f"{where}: attribute {key!r} is a {type(value).__name__}; the graph "
                        "schema allows str, int, float and bool only")


def _check_attrs(where: str, attrs: dict) -> None:
    for k, v in attrs.items():
        if not isinstance(k, str):
            raise TypeError(f"{where}: attribute names must be strings, not {k!r}")
        _check_scalar(where, k, v)


def _nn(d: dict) -> dict:
    """Drop ``None`` values (the graph leaves absent attributes out)."""
    return {k: v for k, v in d.items() if v is not None}


def _split(value) -> list:
    return value.split(LIST_SEP) if isinstance(value, str) and value else []


def _join(values) -> str | None:
    return LIST_SEP.join(values) if values else None


def _same(a: dict, b: dict) -> bool:
    """Attribute dicts equal *with the same types* (1 != 1.0 != True here)."""
    return a.keys() == b.keys() and all(type(a[k]) is type(b[k]) and a[k] == b[k] for k in a)


def _extra(actual: dict, derived: dict) -> dict | None:
    """What a record must carry besides its fields so that the node is rebuilt exactly."""
    attrs = {k: v for k, v in actual.items()
             if k not in derived or type(derived[k]) is not type(v) or derived[k] != v}
    drop = sorted(k for k in derived if k not in actual)
    if not attrs and not drop:
        return None
    out: dict[str, Any] = {}
    if attrs:
        out["attrs"] = attrs
    if drop:
        out["drop"] = drop
    return out


def _apply_extra(attrs: dict, record: dict) -> dict:
    extra = record.get("extra") or {}
    attrs.update(extra.get("attrs") or {})
    for k in extra.get("drop") or ():
        attrs.pop(k, None)
    return attrs


def _sort_key(value) -> tuple:
    """A total order over JSON-able keys (str/int/float/bool/None)."""
    return (type(value).__name__, str(value))


# --- node records: fields <-> attributes ----------------------------------------------------

def _article_record(n, d):
    return {"id": n, "label": d.get("label"), "title": d.get("title"),
            "published": d.get("published"), "author": d.get("author"),
            "outlet": d.get("outlet"), "url": d.get("url"), "path": d.get("path")}


def _article_attrs(r):
    return _nn({"kind": "article", "label": r.get("label"), "title": r.get("title"),
                "published": r.get("published"), "author": r.get("author"),
                "outlet": r.get("outlet"), "url": r.get("url"), "path": r.get("path")})


def _actor_record(n, d):
    return {"id": n, "label": d.get("label"), "name": d.get("name"),
            "kind": d.get("actor_kind"), "country": d.get("country"),
            "aliases": _split(d.get("aliases")), "titles": _split(d.get("titles"))}


def _actor_attrs(r):
    return _nn({"kind": "actor", "label": r.get("label"), "name": r.get("name"),
                "actor_kind": r.get("kind"), "country": r.get("country"),
                "aliases": _join(r.get("aliases")), "titles": _join(r.get("titles"))})


def _place_record(n, d):
    return {"id": n, "label": d.get("label"), "name": d.get("name"),
            "kind": d.get("place_kind"), "country": d.get("country"), "lat": d.get("lat"),
            "lon": d.get("lon"), "geonames_id": d.get("geonames_id"),
            "aliases": _split(d.get("aliases")), "within": []}


def _place_attrs(r):
    return _nn({"kind": "place", "label": r.get("label"), "name": r.get("name"),
                "place_kind": r.get("kind"), "country": r.get("country"),
                "lat": r.get("lat"), "lon": r.get("lon"),
                "geonames_id": r.get("geonames_id"), "aliases": _join(r.get("aliases"))})


def _source_record(n, d):
    return {"id": n, "label": d.get("label"), "name": d.get("name"),
            "kind": d.get("source_kind")}


def _source_attrs(r):
    return _nn({"kind": "source", "label": r.get("label"), "name": r.get("name"),
                "source_kind": r.get("kind")})


def _event_record(n, d):
    return {"id": n, "type": d.get("type"), "label": d.get("label"),
            "lemma": d.get("lemma"), "cameo": d.get("cameo"),
            "time": {"value": d.get("time_value"), "mod": d.get("time_mod"),
                     "earliest": d.get("earliest"), "latest": d.get("latest"),
                     "basis": d.get("time_basis")},
            "modality": d.get("modality"), "corroboration": d.get("corroboration"),
            "participants": [], "places": [], "claims": []}


def _event_attrs(r):
    t = r.get("time") or {}
    return _nn({"kind": "event", "label": r.get("label"), "type": r.get("type"),
                "lemma": r.get("lemma"), "cameo": r.get("cameo"),
                "modality": r.get("modality"), "time_value": t.get("value"),
                "time_mod": t.get("mod"), "earliest": t.get("earliest"),
                "latest": t.get("latest"), "time_basis": t.get("basis"),
                "claims": len(r.get("claims") or ()),
                "corroboration": r.get("corroboration")})


_KINDS = {  # kind -> (document list, record builder, attribute builder)
    "article": ("articles", _article_record, _article_attrs),
    "actor": ("actors", _actor_record, _actor_attrs),
    "place": ("places", _place_record, _place_attrs),
    "source": ("sources", _source_record, _source_attrs),
    "event": ("events", _event_record, _event_attrs),
}
_NODE_ORDER = ("articles", "places", "actors", "events", "sources")  # build_graph's order


# --- edges: entries <-> (key, attributes) ------------------------------------------------------

def _role_edge(p):
    return f"role:{p['role']}", {"rel": "role", "role": p["role"]}


def _claim_entry(v, d):
    return {"article": v,
            "sentence": {"start": d.get("sentence_start"), "end": d.get("sentence_end"),
                         "text": d.get("sentence")},
            "trigger": {"text": d.get("trigger"), "start": d.get("trigger_start"),
                        "end": d.get("trigger_end")},
            "time": {"value": d.get("time_value"), "mod": d.get("time_mod"),
                     "earliest": d.get("earliest"), "latest": d.get("latest"),
                     "basis": d.get("time_basis"), "timex": d.get("timex")},
            "modality": d.get("modality"), "sources": []}


def _claim_edge(c):
    s, t, tm = c["sentence"], c["trigger"], c["time"]
    attrs = _nn({"rel": "claim", "sentence_start": s.get("start"),
                 "sentence_end": s.get("end"), "sentence": s.get("text"),
                 "trigger_start": t.get("start"), "trigger_end": t.get("end"),
                 "trigger": t.get("text"), "modality": c.get("modality"),
                 "time_value": tm.get("value"), "time_mod": tm.get("mod"),
                 "earliest": tm.get("earliest"), "latest": tm.get("latest"),
                 "time_basis": tm.get("basis"), "timex": tm.get("timex")})
    return f"claim:{s.get('start')}:{t.get('start')}", attrs


def _cites_edge(c, src):
    key = f"cites:{c['article']}:{c['sentence']['start']}:{src['kind']}"
    return key, {"rel": "cites", "source_kind": src["kind"], "article": c["article"],
                 "sentence_start": c["sentence"]["start"], "name": src["name"]}


def _order_edge(o):
    return f"before:{o['actor']}", {"rel": "before", "actor": o["actor"]}


def _claim_sort(c):
    return (c["article"], _sort_key(c["sentence"]["start"]), _sort_key(c["trigger"]["start"]))


# --- to / from ---------------------------------------------------------------------------------

def to_document(g: nx.MultiDiGraph) -> dict:
    """The ``dateline-graph`` document of ``g`` (a dict of JSON values, lists sorted)."""
    lists: dict[str, list] = {name: [] for name, _, _ in _KINDS.values()}
    records: dict[str, tuple[str, dict]] = {}  # node id -> (kind, record)
    other_nodes, other_edges, order = [], [], []

    for n, d in g.nodes(data=True):
        if not isinstance(n, str):
            raise TypeError(f"node ids must be strings, not {n!r}")
        _check_attrs(f"node {n!r}", d)
        kind = d.get("kind")
        if kind in _KINDS:
            name, make_record, _ = _KINDS[kind]
            rec = make_record(n, d)
            lists[name].append(rec)
            records[n] = (kind, rec)
        else:
            other_nodes.append({"id": n, "attrs": dict(d)})

    def kind_of(n):
        return records[n][0] if n in records else None

    def other(u, v, k, d):
        other_edges.append({"source": u, "target": v, "key": k, "attrs": dict(d)})

    cites = []
    for u, v, k, d in g.edges(keys=True, data=True):
        if isinstance(k, bool) or not isinstance(k, (str, int)):
            raise TypeError(f"edge ({u!r}, {v!r}): keys must be strings or ints, not {k!r}")
        _check_attrs(f"edge ({u!r}, {v!r}, {k!r})", d)
        rel = d.get("rel")
        if rel == "cites" and kind_of(u) == "event":
            cites.append((u, v, k, d))
            continue
        if rel == "within" and kind_of(u) == "place":
            if _same_edge(k, d, ("within", {"rel": "within"})):
                records[u][1]["within"].append(v)
                continue
        elif kind_of(u) == "event" and rel in ("role", "place", "claim", "before"):
            ev = records[u][1]
            if rel == "role" and isinstance(d.get("role"), str):
                p = {"ref": v, "role": d["role"]}
                if _same_edge(k, d, _role_edge(p)):
                    ev["participants"].append(p)
                    continue
            elif rel == "place":
                if k == "place" and _same(d, {"rel": "place"}):
                    ev["places"].append(v)
                    continue
            elif rel == "claim":
                c = _claim_entry(v, d)
                if _same_edge(k, d, _claim_edge(c)):
                    ev["claims"].append(c)
                    continue
            elif rel == "before" and isinstance(d.get("actor"), str) \
                    and kind_of(v) == "event":
                o = {"before": u, "after": v, "actor": d["actor"]}
                if _same_edge(k, d, _order_edge(o)):
                    order.append(o)
                    continue
        other(u, v, k, d)

    for u, v, k, d in cites:
        ev = records[u][1]
        src = {"ref": v, "name": d.get("name"), "kind": d.get("source_kind")}
        home = None
        if isinstance(src["name"], str) and isinstance(src["kind"], str):
            for c in sorted(ev["claims"], key=_claim_sort):
                if c["article"] == d.get("article") \
                        and c["sentence"]["start"] == d.get("sentence_start") \
                        and type(c["sentence"]["start"]) is type(d.get("sentence_start")) \
                        and _same_edge(k, d, _cites_edge(c, src)):
                    home = c
                    break
        if home is None:
            other(u, v, k, d)
        else:
            home["sources"].append(src)

    # node extras: whatever the record's fields would not rebuild
    for n, (kind, rec) in records.items():
        extra = _extra(dict(g.nodes[n]), _KINDS[kind][2](rec))
        if extra:
            rec["extra"] = extra

    # sort everything
    for rec in lists["events"]:
        rec["participants"].sort(key=lambda p: (p["role"], p["ref"]))
        rec["places"].sort()
        for c in rec["claims"]:
            c["sources"].sort(key=lambda s: (s["kind"], s["name"], s["ref"]))
        rec["claims"].sort(key=_claim_sort)
    for rec in lists["places"]:
        rec["within"].sort()
    for name in lists:
        lists[name].sort(key=lambda r: r["id"])
    order.sort(key=lambda o: (o["before"], o["after"], o["actor"]))
    other_nodes.sort(key=lambda r: r["id"])
    other_edges.sort(key=lambda e: (e["source"], e["target"], _sort_key(e["key"])))

    graph_attrs = dict(g.graph)
    _check_attrs("graph", graph_attrs)
    return {"format": FORMAT, "version": VERSION, "graph": graph_attrs, **lists,
            "order": order, "other_nodes": other_nodes, "other_edges": other_edges}


def _same_edge(k, d, rebuilt) -> bool:
    rk, rd = rebuilt
    return type(k) is type(rk) and k == rk and _same(d, rd)


def from_document(doc: dict) -> nx.MultiDiGraph:
    """Rebuild the graph of a ``dateline-graph`` document (``ValueError`` on a document
    of another format or version, a malformed one, or one that refers to nodes it does
    not define)."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ValueError(f"not a {FORMAT} document")
    if doc.get("version") != VERSION:
        raise ValueError(f"unsupported {FORMAT} version {doc.get('version')!r} "
                         f"(this dateline reads version {VERSION})")
    try:
        return _build(doc)
    except (KeyError, TypeError, AttributeError, IndexError) as exc:
        raise ValueError(f"malformed {FORMAT} document: {type(exc).__name__}: {exc}") from exc


def _build(doc: dict) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.graph.update(doc.get("graph") or {})
    by_kind = {name: (kind, attrs) for kind, (name, _, attrs) in _KINDS.items()}
    for name in _NODE_ORDER:
        _, make_attrs = by_kind[name]
        for rec in doc.get(name) or ():
            g.add_node(rec["id"], **_apply_extra(make_attrs(rec), rec))
    for rec in doc.get("other_nodes") or ():
        g.add_node(rec["id"], **(rec.get("attrs") or {}))

    def edge(u, v, k, attrs):
        for n in (u, v):
            if n not in g:
                raise ValueError(f"edge ({u!r}, {v!r}, {k!r}) refers to an undefined node {n!r}")
        g.add_edge(u, v, key=k, **attrs)

    for rec in doc.get("places") or ():
        for parent in rec.get("within") or ():
            edge(rec["id"], parent, "within", {"rel": "within"})
    for rec in doc.get("events") or ():
        u = rec["id"]
        for p in rec.get("participants") or ():
            edge(u, p["ref"], *_role_edge(p))
        for pid in rec.get("places") or ():
            edge(u, pid, "place", {"rel": "place"})
        for c in rec.get("claims") or ():
            edge(u, c["article"], *_claim_edge(c))
            for src in c.get("sources") or ():
                edge(u, src["ref"], *_cites_edge(c, src))
    for o in doc.get("order") or ():
        edge(o["before"], o["after"], *_order_edge(o))
    for e in doc.get("other_edges") or ():
        edge(e["source"], e["target"], e.get("key"), e.get("attrs") or {})
    return g


# --- files -------------------------------------------------------------------------------------

def dumps(g: nx.MultiDiGraph) -> str:
    """The document as text: UTF-8-ready, indent 1, keys sorted, strict JSON, newline."""
    return json.dumps(to_document(g), ensure_ascii=False, indent=1, sort_keys=True,
                      allow_nan=False) + "\n"


def loads(text: str | bytes) -> nx.MultiDiGraph:
    return from_document(json.loads(text))


def export(g: nx.MultiDiGraph, path: str | os.PathLike) -> Path:
    """Write the document of ``g`` to ``path`` atomically; returns the path."""
    return atomic_write(path, dumps(g))


def load(path: str | os.PathLike) -> nx.MultiDiGraph:
    """Read a ``graph.json`` written by ``export`` back into a MultiDiGraph."""
    return loads(Path(path).read_bytes().decode("utf-8"))
