"""Interactive HTML export (vis-network via pyvis): ONE self-contained file.

``export(g, path)`` writes a single HTML page that draws offline: vis-network's standalone
build (JS and CSS, read at export time from the installed pyvis package's
``templates/lib/vis-*``; vis-network is Apache-2.0/MIT dual-licensed, its licence header is
kept) and the page's own script and style (``exporters/assets/``) are inlined. Nothing is
fetched from anywhere, no ``lib/`` folder is written, and a Content-Security-Policy
(``default-src 'none'``, scripts allowed by their SHA-256 only) keeps it that way.

How pyvis is used, and what of it is avoided (pyvis 0.3.2 pitfalls):

- pyvis's ``Network`` holds the vis node/edge data: nodes and edges are added one by one
  from the graph (never ``from_nx``, which mutates its input and chokes on dates; never
  ``show()``/``write_html``, which write ``lib/`` into the working directory and link CDNs).
- The page is rendered with this package's own Jinja template (autoescaped), not pyvis's
  (whose ``in_line`` mode still links Bootstrap from a CDN, and which runs script from
  tooltips containing "href", from ``heading`` and from ids with ``select_menu``).
- The graph data is embedded as JSON in ``<script type="application/json">`` with ``<``,
  ``>``, ``&``, U+2028 and U+2029 escaped as ``\\uXXXX`` (so ``</script>`` in an article
  cannot close it); the page script ``JSON.parse``s it and builds the DataSets.
- Tooltips and the details panel are built from plain text with ``textContent`` / text
  nodes only; no graph text is ever markup.

Look: two linked views. The network: nodes coloured and shaped by kind (event: red dot
sized by corroboration, actor: blue diamond, place: green triangle, article: teal square,
source: purple star), edges by ``rel`` (``role`` labelled with the role; ``before`` thick
red), a legend whose checkboxes hide kinds. The timeline (a canvas under the network):
one row per actor, each event placed by its earliest/latest interval, fuzzy dates drawn
as ranges, open intervals as stubs pointing to their open side. Selecting a node in
either view selects it in the other (an actor or place highlights its events) and opens
the details panel (label, type, time value and interval, participants with roles,
places, sources, each claim's sentence and article with its date and, for http(s) URLs
only, a link). Filters by actor, place (with the places inside it), event type, date
range (overlap, as ``dateline events``) and free text apply to both views.

Layout: up to ``LAYOUT_THRESHOLD`` nodes, a bounded forceAtlas2 stabilisation in the
browser, then physics off. Above it, a deterministic layout computed here
(``_precomputed_layout``), physics off from the start, no arrow heads or dashes, and the
``before``/``claim`` edges hidden until their legend box is ticked: 5,000 events open in
about 2.4 s in headless Chromium (``bench/bench_html.py``; with the in-browser
stabilisation it took 87 s).

The output is byte-deterministic for a given graph and pyvis installation.
"""
from __future__ import annotations

import base64
import hashlib
import json
import math
import os
import re
from pathlib import Path

from graph.builder import LIST_SEP
from graph.fsutil import atomic_write

__all__ = ["export", "render", "page_data", "data_json", "extract_data_json",
           "vis_assets", "NODE_STYLES", "EDGE_STYLES"]

ASSETS = Path(__file__).resolve().parent / "assets"

# kind -> (legend label, colour, vis shape, base size)
NODE_STYLES: dict[str, tuple[str, str, str, int]] = {
    "event": ("event", "#e45756", "dot", 12),
    "actor": ("actor", "#4c78a8", "diamond", 14),
    "place": ("place", "#54a24b", "triangle", 13),
    "article": ("article", "#72b7b2", "square", 12),
    "source": ("cited source", "#b279a2", "star", 11),
}
OTHER_NODE = ("other", "#9d9d9d", "hexagon", 10)

# rel -> (legend label, colour, dashes, width)
EDGE_STYLES: dict[str, tuple[str, str, object, int]] = {
    "role": ("participant (role)", "#4c78a8", False, 1),
    "place": ("place", "#54a24b", False, 1),
    "claim": ("reported in (claim)", "#9d9d9d", [6, 4], 1),
    "cites": ("cites source", "#b279a2", [2, 4], 1),
    "within": ("within", "#54a24b", [6, 4], 1),
    "before": ("before (per actor)", "#e45756", False, 3),
}
OTHER_EDGE = ("other", "#bbbbbb", False, 1)

LABEL_MAX = 40
TIP_MAX = 300


# --- small helpers -----------------------------------------------------------------------------

def _s(value) -> str:
    return "" if value is None else str(value)


def _short(text: str, n: int) -> str:
    text = " ".join(_s(text).split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "\u2026"


def _split(value) -> list[str]:
    return [p for p in value.split(LIST_SEP) if p] if isinstance(value, str) else []


def _node_label(g, n) -> str:
    return _s(g.nodes[n].get("label", n)) if n in g else _s(n)


def _time_text(d: dict) -> str:
    """``2025-01 (2025-01-01 – 2025-01-31), explicit`` — from event or claim attrs."""
    value, mod = d.get("time_value"), d.get("time_mod")
    earliest, latest = d.get("earliest"), d.get("latest")
    parts = []
    if value:
        parts.append(_s(value) + (f" {mod}" if mod else ""))
    if earliest or latest:
        rng = _s(earliest) if earliest == latest else f"{earliest or '..'} \u2013 {latest or '..'}"
        parts.append(f"({rng})" if parts else rng)
    text = " ".join(parts) or "unknown"
    if d.get("time_basis"):
        text += f", {d['time_basis']}"
    return text


def _http_url(value) -> str | None:
    """``value`` if it is an absolute http(s) URL (the only links the page makes
    clickable; the page script checks again), else ``None``."""
    from urllib.parse import urlsplit
    text = _s(value).strip()
    if not text or any(c.isspace() or ord(c) < 32 for c in text):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    return text if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def _item(text, ref=None, note=None, quote=None, url=None) -> dict:
    out = {"text": _s(text)}
    if ref is not None:
        out["ref"] = _s(ref)
    if note:
        out["note"] = _s(note)
    if quote:
        out["quote"] = _s(quote)
    if _http_url(url):
        out["url"] = _http_url(url)
    return out


def _edges_sorted(g):
    return sorted(g.edges(keys=True, data=True),
                  key=lambda e: (_s(e[0]), _s(e[1]), _s(e[2])))


# --- the details panel, computed here (the page only renders text) -----------------------------

def _published(g, article) -> str:
    pub = g.nodes[article].get("published") if article in g else None
    return f"published {_s(pub)[:10]} \u00b7 " if pub else ""


def _node_details(g, n, out_edges, in_edges) -> dict:
    d = g.nodes[n]
    kind = d.get("kind")
    title = _node_label(g, n)
    fields: list[list[str]] = []
    sections: list[dict] = []

    def section(heading, items):
        if items:
            sections.append({"heading": heading, "items": items})

    def event_sort(e):
        ed = g.nodes[e] if e in g else {}
        return (_s(ed.get("earliest")), _s(ed.get("latest")), _s(e))

    if kind == "event":
        sub = f"event \u00b7 {_s(d.get('type')) or 'untyped'}"
        if d.get("cameo"):
            sub += f" (CAMEO {d['cameo']})"
        fields.append(["Time", _time_text(d)])
        if d.get("modality"):
            fields.append(["Modality", _s(d["modality"])])
        if d.get("lemma"):
            fields.append(["Lemma", _s(d["lemma"])])
        if d.get("corroboration") is not None:
            fields.append(["Reported by", f"{d['corroboration']} article(s), "
                                          f"{_s(d.get('claims'))} claim(s)"])
        by_rel: dict[str, list] = {}
        for _, v, k, ed in out_edges:
            by_rel.setdefault(ed.get("rel"), []).append((v, k, ed))
        section("Participants", [_item(f"{_s(ed.get('role'))}: {_node_label(g, v)}", v)
                                 for v, k, ed in by_rel.get("role", [])])
        section("Places", [_item(_node_label(g, v), v) for v, k, ed in by_rel.get("place", [])])
        section("Sources", [_item(f"{_s(ed.get('source_kind'))}: {_s(ed.get('name')) or _node_label(g, v)}",
                                  v, note=f"in {_node_label(g, ed.get('article'))}"
                                  if ed.get("article") in g else None)
                            for v, k, ed in by_rel.get("cites", [])])
        section("Claims", [_item(_node_label(g, v), v,
                                 note=_published(g, v) +
                                      f"trigger \u201c{_s(ed.get('trigger'))}\u201d \u00b7 "
                                      f"{_s(ed.get('modality'))} \u00b7 {_time_text(ed)}",
                                 quote=ed.get("sentence"),
                                 url=g.nodes[v].get("url") if v in g else None)
                           for v, k, ed in by_rel.get("claim", [])])
        section("Before", [_item(_node_label(g, v), v, note=f"for {_node_label(g, ed.get('actor'))}")
                           for v, k, ed in by_rel.get("before", [])])
        section("After", [_item(_node_label(g, u), u, note=f"for {_node_label(g, ed.get('actor'))}")
                          for u, k, ed in in_edges if ed.get("rel") == "before"])
    elif kind == "actor":
        sub = "actor \u00b7 " + " \u00b7 ".join(x for x in (_s(d.get("actor_kind")),
                                                           _s(d.get("country"))) if x)
        for name, attr in (("Also", "aliases"), ("Titles", "titles")):
            if _split(d.get(attr)):
                fields.append([name, ", ".join(_split(d.get(attr)))])
        roles = sorted(((u, ed) for u, k, ed in in_edges if ed.get("rel") == "role"),
                       key=lambda x: event_sort(x[0]))
        section("Events", [_item(_node_label(g, u), u, note=f"{_s(ed.get('role'))} \u00b7 "
                                 f"{_time_text(g.nodes[u])}") for u, ed in roles])
        cited = sorted(((u, ed) for u, k, ed in in_edges if ed.get("rel") == "cites"),
                       key=lambda x: event_sort(x[0]))
        section("Cited as a source for", [_item(_node_label(g, u), u,
                                                note=f"{_s(ed.get('source_kind'))}: "
                                                     f"{_s(ed.get('name'))}")
                                          for u, ed in cited])
    elif kind == "place":
        sub = "place \u00b7 " + " \u00b7 ".join(x for x in (_s(d.get("place_kind")),
                                                           _s(d.get("country"))) if x)
        if d.get("lat") is not None and d.get("lon") is not None:
            fields.append(["Coordinates", f"{d['lat']}, {d['lon']}"])
        if d.get("geonames_id") is not None:
            fields.append(["GeoNames", _s(d["geonames_id"])])
        if _split(d.get("aliases")):
            fields.append(["Also", ", ".join(_split(d.get("aliases")))])
        section("Within", [_item(_node_label(g, v), v) for _, v, k, ed in out_edges
                           if ed.get("rel") == "within"])
        section("Contains", [_item(_node_label(g, u), u) for u, k, ed in in_edges
                             if ed.get("rel") == "within"])
        evs = sorted((u for u, k, ed in in_edges if ed.get("rel") == "place"), key=event_sort)
        section("Events", [_item(_node_label(g, u), u, note=_time_text(g.nodes[u]))
                           for u in evs])
    elif kind == "article":
        sub = "article" + (f" \u00b7 {d['outlet']}" if d.get("outlet") else "")
        for name, attr in (("Headline", "title"), ("Published", "published"),
                           ("Author", "author"), ("Outlet", "outlet"), ("URL", "url"),
                           ("File", "path")):
            if d.get(attr) not in (None, ""):
                fields.append([name, _s(d[attr])])
        claims = sorted(((u, ed) for u, k, ed in in_edges if ed.get("rel") == "claim"),
                        key=lambda x: (x[1].get("sentence_start") or 0, _s(x[0])))
        section("Events reported", [_item(_node_label(g, u), u,
                                          note=f"{_s(ed.get('modality'))} \u00b7 "
                                               f"{_time_text(ed)}",
                                          quote=ed.get("sentence"))
                                    for u, ed in claims])
    elif kind == "source":
        sub = "cited source" + (f" \u00b7 {d['source_kind']}" if d.get("source_kind") else "")
        cited = sorted(((u, ed) for u, k, ed in in_edges if ed.get("rel") == "cites"),
                       key=lambda x: event_sort(x[0]))
        section("Cited for", [_item(_node_label(g, u), u, note=_s(ed.get("name")))
                              for u, ed in cited])
    else:
        sub = _s(kind) or "node"
        for k in sorted(d):
            fields.append([_s(k), _s(d[k])])
    fields.append(["Id", _s(n)])
    info = {"title": title, "subtitle": sub, "fields": fields, "sections": sections}
    if kind == "article" and _http_url(d.get("url")):
        info["url"] = _http_url(d.get("url"))
    return info


def _node_tip(g, n) -> str:
    d = g.nodes[n]
    kind = _s(d.get("kind")) or "node"
    lines = [_short(_node_label(g, n), TIP_MAX)]
    if kind == "event":
        lines.append(f"event \u00b7 {_s(d.get('type'))}")
        lines.append(_time_text(d))
    else:
        sub = d.get(f"{kind}_kind")
        lines.append(kind + (f" \u00b7 {sub}" if sub else ""))
    return "\n".join(lines)


# --- the vis data (through pyvis's Network) ------------------------------------------------------

def _network(n_nodes: int):
    """A pyvis Network whose node lookups are O(1) (pyvis checks ``in`` a list)."""
    from pyvis.network import Network

    class _Ids(list):
        def __init__(self):
            super().__init__()
            self._set = set()

        def append(self, x):
            self._set.add(x)
            super().append(x)

        def __contains__(self, x):
            return x in self._set

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line",
                  heading="")
    net.node_ids = _Ids()
    return net


# Above this many nodes the layout is computed here (``_precomputed_layout``) and the
# physics is off from the start: vis-network's stabilisation of thousands of nodes takes
# minutes in the browser, drawing them at given positions takes a second or two.
LAYOUT_THRESHOLD = 600
# ... and the drawing is lightened: no arrow heads, no dashes (each costs a canvas call per
# edge per frame), and these edge kinds start hidden (their legend box unticked; the
# timeline shows the order, the details panel the articles).
BIG_HIDDEN_RELS = ("before", "claim")
_GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))
_STEP = 28.0  # distance between neighbouring events in a cluster (vis canvas units)


def _angle(n) -> float:
    """A stable pseudo-random angle for a node id (the same on every machine)."""
    return int(hashlib.sha256(_s(n).encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF \
        * 2 * math.pi


def _precomputed_layout(g, node_ids, out_edges, in_edges) -> dict:
    """Deterministic positions for a big graph, in linear time.

    Each event belongs to a home: its agent (else its first participant, its first place,
    its first article). Homes are drawn as clusters, biggest first, packed on a
    sunflower (Vogel) spiral; a cluster's events sit on a small sunflower around the home
    node in time order (earliest at the centre). Every other node goes to the centroid
    of the events it is linked to (places with none: of the places inside them), pushed
    off it by a small offset in a stable direction, so that shared actors, places and
    articles lie between the clusters they link."""
    kind = {n: g.nodes[n].get("kind") for n in node_ids}
    events = [n for n in node_ids if kind[n] == "event"]

    def home(e):
        roles = sorted((ed.get("role") != "agent", _s(v), v) for _, v, k, ed in out_edges[e]
                       if ed.get("rel") == "role")
        if roles:
            return roles[0][2]
        for rel in ("place", "claim"):
            for _, v, k, ed in out_edges[e]:
                if ed.get("rel") == rel:
                    return v
        return None

    def when(e):
        d = g.nodes[e]
        return (_s(d.get("earliest") or d.get("latest")), _s(d.get("latest")), _s(e))

    clusters: dict = {}
    for e in events:
        clusters.setdefault(home(e), []).append(e)
    order = sorted(clusters, key=lambda h: (-len(clusters[h]), h is None, _s(h)))
    pos: dict = {}
    area = 0.0
    for i, h in enumerate(order):
        members = sorted(clusters[h], key=when)
        radius = _STEP * math.sqrt(len(members) + 1) * 0.75 + _STEP
        if i == 0:
            cx = cy = 0.0
        else:
            r = math.sqrt(area + radius * radius) * 1.05
            cx, cy = r * math.cos(i * _GOLDEN_ANGLE), r * math.sin(i * _GOLDEN_ANGLE)
        area += (radius + _STEP) ** 2 * 1.2
        if h is not None:
            pos[h] = (cx, cy)
        for j, e in enumerate(members):
            r = _STEP * 0.75 * math.sqrt(j + 1.5)
            a = (j + 1) * _GOLDEN_ANGLE
            pos[e] = (cx + r * math.cos(a), cy + r * math.sin(a))

    def settle(nodes_todo, linked):
        left = []
        for n in nodes_todo:
            pts = [pos[m] for m in linked(n) if m in pos]
            if not pts:
                left.append(n)
                continue
            x = sum(p[0] for p in pts) / len(pts)
            y = sum(p[1] for p in pts) / len(pts)
            a = _angle(n)
            off = _STEP * (0.6 if len(pts) == 1 else 0.3)
            pos[n] = (x + off * math.cos(a), y + off * math.sin(a))
        return left

    def neighbours(n):
        return [v for _, v, k, ed in out_edges[n]] + [u for u, k, ed in in_edges[n]]

    rest = [n for n in node_ids if n not in pos]
    rest = settle(rest, lambda n: [m for m in neighbours(n) if kind.get(m) == "event"])
    for _ in range(4):  # places known only through the places inside them, and so on
        if not rest:
            break
        rest = settle(rest, neighbours)
    if rest:  # unconnected: a ring around everything
        outer = math.sqrt(area) * 1.1 + 4 * _STEP
        for i, n in enumerate(rest):
            a = 2 * math.pi * i / len(rest)
            pos[n] = (outer * math.cos(a), outer * math.sin(a))
    return {n: (round(x, 1), round(y, 1)) for n, (x, y) in pos.items()}


def _options(n_nodes: int, n_edges: int) -> dict:
    big = n_nodes > 300
    if n_nodes > LAYOUT_THRESHOLD:
        physics: dict = {"enabled": False, "stabilization": {"enabled": False}}
    else:
        physics = {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "centralGravity": 0.01,
                                 "springLength": 110, "springConstant": 0.08,
                                 "damping": 0.5, "avoidOverlap": 0.2},
            "maxVelocity": 50, "minVelocity": 0.75, "timestep": 0.5,
            "stabilization": {"enabled": True, "iterations": 400 if big else 1000,
                              "updateInterval": 25, "fit": True},
        }
    precomputed = n_nodes > LAYOUT_THRESHOLD
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": not big},
        "physics": physics,
        "interaction": {"hover": True, "tooltipDelay": 200, "hideEdgesOnDrag": big,
                        "hideEdgesOnZoom": big,
                        "navigationButtons": False, "keyboard": False, "multiselect": False},
        "nodes": {"font": {"size": 12, "face": "system-ui, sans-serif"}, "borderWidth": 1},
        "edges": {"smooth": False,
                  "arrows": {"to": {"enabled": not precomputed, "scaleFactor": 0.5}},
                  "font": {"size": 9, "align": "middle", "color": "#555"},
                  "color": {"inherit": False}, "selectionWidth": 2},
        "groups": {kind: {"color": {"background": c, "border": c,
                                    "highlight": {"background": c, "border": "#222"},
                                    "hover": {"background": c, "border": "#222"}},
                          "shape": shape}
                   for kind, (_, c, shape, _) in {**NODE_STYLES, "other": OTHER_NODE}.items()},
    }


def page_data(g) -> dict:
    """Everything the page script needs: vis nodes/edges/options (built with pyvis's
    ``Network``; an edge carries its key ``k`` and attributes ``a``, from which the page
    makes its tooltip and details), the details of every node, ``edgeStyles`` by rel, and
    the timeline's ``events`` and the ``filters`` choices. Plain JSON values only."""
    net = _network(g.number_of_nodes())
    node_ids = sorted(g.nodes, key=_s)
    out_edges: dict = {n: [] for n in g}
    in_edges: dict = {n: [] for n in g}
    edges = _edges_sorted(g)
    for u, v, k, d in edges:
        out_edges[u].append((u, v, k, d))
        in_edges[v].append((u, k, d))

    positions = (_precomputed_layout(g, node_ids, out_edges, in_edges)
                 if len(node_ids) > LAYOUT_THRESHOLD else {})
    node_details = {}
    for n in node_ids:
        d = g.nodes[n]
        kind = d.get("kind")
        group = kind if kind in NODE_STYLES else "other"
        size = (NODE_STYLES.get(kind) or OTHER_NODE)[3]
        if kind == "event" and isinstance(d.get("corroboration"), int):
            size += 3 * min(max(d["corroboration"] - 1, 0), 5)
        net.add_node(_s(n), label=_short(_node_label(g, n), LABEL_MAX), shape=(
            NODE_STYLES.get(kind) or OTHER_NODE)[2], group=group, size=size,
            tip=_node_tip(g, n), **({"x": positions[n][0], "y": positions[n][1]}
                                    if n in positions else {}))
        node_details[_s(n)] = _node_details(g, n, out_edges[n], in_edges[n])

    parallel: dict = {}
    for i, (u, v, k, d) in enumerate(edges):
        rel = d.get("rel")
        eid = f"e{i}"
        # styles come from data["edgeStyles"] by rel, the tooltip and the details panel
        # are made by the page from "k" (the edge key) and "a" (the other attributes):
        # an edge costs its own data only, which matters with tens of thousands of them
        opts = {"id": eid, "rel": _s(rel) if rel in EDGE_STYLES else "other", "k": _s(k),
                "a": [[_s(name), _s(d[name])] for name in sorted(d, key=_s) if name != "rel"]}
        if rel == "role" and d.get("role"):
            opts["label"] = _short(_s(d["role"]), 20)
        pair = (min(_s(u), _s(v)), max(_s(u), _s(v)))
        nth = parallel.get(pair, 0)
        parallel[pair] = nth + 1
        if nth:  # spread parallel edges so each stays visible and clickable
            opts["smooth"] = {"enabled": True, "type": "curvedCW" if nth % 2 else "curvedCCW",
                              "roundness": 0.15 * ((nth + 1) // 2)}
        net.add_edge(_s(u), _s(v), **opts)

    net.options = _options(g.number_of_nodes(), g.number_of_edges())
    vis_nodes, vis_edges, _heading, _h, _w, options = net.get_network_data()
    for e in vis_edges:
        e.pop("arrows", None)  # options.edges.arrows says it once for all
    events, filters = _timeline(g, node_ids, out_edges)
    big = g.number_of_nodes() > LAYOUT_THRESHOLD
    styles = {rel: {"label": s[0], "color": s[1], "dashes": False if big else s[2],
                    "width": s[3], "shown": not (big and rel in BIG_HIDDEN_RELS)}
              for rel, s in {**EDGE_STYLES, "other": OTHER_EDGE}.items()}
    return {"nodes": vis_nodes, "edges": vis_edges, "options": json.loads(options),
            "details": {"nodes": node_details}, "edgeStyles": styles,
            "events": events, "filters": filters}


def _timeline(g, node_ids, out_edges) -> tuple[list, dict]:
    """The timeline rows and the filter choices.

    ``events``: one record per event, in time order: ``id``, ``e``/``l`` (earliest and
    latest day, ``null`` when open), ``t`` (type), ``a`` (actor ids, by role edges) and
    ``p`` (place ids, with every place that contains them, as ``dateline events --place``).
    ``filters``: ``actors``/``places``/``types`` as ``[value, label, number of events]``,
    most frequent first."""
    parents: dict = {}
    for n in node_ids:
        parents[n] = [v for _, v, k, ed in out_edges[n] if ed.get("rel") == "within"]

    def with_ancestors(pid) -> set:
        seen, todo = set(), [pid]
        while todo:
            p = todo.pop()
            if p in seen:
                continue
            seen.add(p)
            todo.extend(parents.get(p, []))
        return seen

    events = []
    counts: dict[str, dict] = {"actors": {}, "places": {}, "types": {}}
    for n in node_ids:
        d = g.nodes[n]
        if d.get("kind") != "event":
            continue
        actors = sorted({_s(v) for _, v, k, ed in out_edges[n] if ed.get("rel") == "role"})
        places: set = set()
        for _, v, k, ed in out_edges[n]:
            if ed.get("rel") == "place":
                places |= with_ancestors(v)
        places_s = sorted(_s(p) for p in places)
        etype = _s(d.get("type"))
        events.append({"id": _s(n), "e": _s(d.get("earliest")) or None,
                       "l": _s(d.get("latest")) or None, "t": etype, "a": actors,
                       "p": places_s})
        for key, values in (("actors", actors), ("places", places_s),
                            ("types", [etype] if etype else [])):
            for v in values:
                counts[key][v] = counts[key].get(v, 0) + 1
    events.sort(key=lambda r: (r["e"] or "", r["l"] or "", r["id"]))

    def choices(key, label):
        return [[v, label(v), c] for v, c in sorted(counts[key].items(),
                                                    key=lambda x: (-x[1], label(x[0]), x[0]))]
    filters = {"actors": choices("actors", lambda v: _node_label(g, v)),
               "places": choices("places", lambda v: _node_label(g, v)),
               "types": choices("types", lambda v: v)}
    return events, filters


_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028",
                 "\u2029": "\\u2029"}
_JSON_ESCAPE_RE = re.compile("[<>&\u2028\u2029]")


def data_json(data: dict) -> str:
    """JSON safe inside ``<script type="application/json">``: ``<``, ``>``, ``&``,
    U+2028 and U+2029 become ``\\uXXXX`` escapes (valid JSON, same value)."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False)
    return _JSON_ESCAPE_RE.sub(lambda m: _JSON_ESCAPES[m.group(0)], text)


_DATA_RE = re.compile(r'<script type="application/json" id="dateline-data">(.*?)</script>',
                      re.S)


def extract_data_json(html: str) -> str:
    """The embedded data JSON text of a page written by ``export`` (for tests, tools)."""
    m = _DATA_RE.search(html)
    if not m:
        raise ValueError("no dateline-data element")
    return m.group(1)


# --- assets ---------------------------------------------------------------------------------------

def _version_key(path: Path) -> tuple:
    return tuple(int(x) for x in re.findall(r"\d+", path.parent.name))


def vis_assets() -> tuple[str, str, str]:
    """(version, JS, CSS) of vis-network's standalone build shipped inside pyvis."""
    import pyvis
    lib = Path(pyvis.__file__).resolve().parent / "templates" / "lib"
    found = sorted(lib.glob("vis-*/vis-network.min.js"), key=_version_key)
    if not found:
        raise FileNotFoundError(f"vis-network not found in the pyvis package ({lib})")
    js_path = found[-1]
    css_path = js_path.with_name("vis-network.css")
    return (js_path.parent.name.removeprefix("vis-"), js_path.read_text(encoding="utf-8"),
            css_path.read_text(encoding="utf-8") if css_path.exists() else "")


def _inline_safe(text: str, what: str, closer: str) -> str:
    """Refuse to inline code that could end its element early (or open an HTML comment
    inside a script, which changes how the parser looks for the end tag)."""
    low = text.lower()
    if closer in low or (closer == "</script" and "<!--" in low):
        raise ValueError(f"{what} cannot be inlined safely (contains {closer!r} or '<!--')")
    return text


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def render(g, *, title: str | None = None) -> str:
    """The HTML page of ``g`` as a string."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape
    from markupsafe import Markup

    version, vis_js, vis_css = vis_assets()
    page_js = (ASSETS / "graph.js").read_text(encoding="utf-8")
    page_css = (ASSETS / "graph.css").read_text(encoding="utf-8")
    vis_js = _inline_safe(vis_js, "vis-network.min.js", "</script")
    page_js = _inline_safe(page_js, "graph.js", "</script")
    vis_css = _inline_safe(vis_css, "vis-network.css", "</style")
    page_css = _inline_safe(page_css, "graph.css", "</style")

    data = page_data(g)
    kinds: dict[str, int] = {}
    for n in data["nodes"]:
        kinds[n["group"]] = kinds.get(n["group"], 0) + 1
    rels: dict[str, int] = {}
    for e in data["edges"]:
        rels[e["rel"]] = rels.get(e["rel"], 0) + 1
    node_legend = [{"kind": k, "label": s[0], "color": s[1], "shape": s[2],
                    "count": kinds.get(k, 0)}
                   for k, s in {**NODE_STYLES, "other": OTHER_NODE}.items()
                   if k in NODE_STYLES or kinds.get(k)]
    edge_legend = [{"rel": r, "label": s[0], "color": s[1],
                    "dashes": bool(data["edgeStyles"][r]["dashes"]),
                    "shown": data["edgeStyles"][r]["shown"], "count": rels.get(r, 0)}
                   for r, s in {**EDGE_STYLES, "other": OTHER_EDGE}.items()
                   if r in EDGE_STYLES or rels.get(r)]

    csp = ("default-src 'none'; "
           f"script-src '{_sha256(vis_js)}' '{_sha256(page_js)}'; "
           "style-src 'unsafe-inline'; img-src data:; font-src 'none'; connect-src 'none'; "
           "base-uri 'none'; form-action 'none'; object-src 'none'")
    env = Environment(loader=FileSystemLoader(str(ASSETS)),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      keep_trailing_newline=True)
    template = env.get_template("graph.html.j2")
    return template.render(
        title=title or "dateline graph",
        stats=f"{g.number_of_nodes()} nodes \u00b7 {g.number_of_edges()} edges \u00b7 "
              f"vis-network {version}",
        csp=Markup(csp), node_legend=node_legend, edge_legend=edge_legend,
        vis_css=Markup(vis_css), page_css=Markup(page_css),
        vis_js=Markup(vis_js), page_js=Markup(page_js),
        data_json=Markup(data_json(data)))


def export(g, path: str | os.PathLike, *, title: str | None = None) -> Path:
    """Write the self-contained HTML page of ``g`` to ``path`` atomically. Nothing else
    is written anywhere (no ``lib/`` folder); returns the path."""
    return atomic_write(path, render(g, title=title))
