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

Look: nodes coloured and shaped by kind (event: red dot sized by corroboration, actor: blue
diamond, place: green triangle, article: teal square, source: purple star), edges by
``rel`` (``role`` labelled with the role; ``before`` thick red), a legend whose checkboxes
hide kinds, a search box, and a details panel on click (label, type, time, participants,
places, sources, claims with their sentence, order). The layout runs a bounded
stabilisation (forceAtlas2) and then switches physics off, so 1k+ node graphs stay fluid.

The output is byte-deterministic for a given graph and pyvis installation.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from pathlib import Path

from graph.build import LIST_SEP
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


def _item(text, ref=None, note=None, quote=None) -> dict:
    out = {"text": _s(text)}
    if ref is not None:
        out["ref"] = _s(ref)
    if note:
        out["note"] = _s(note)
    if quote:
        out["quote"] = _s(quote)
    return out


def _edges_sorted(g):
    return sorted(g.edges(keys=True, data=True),
                  key=lambda e: (_s(e[0]), _s(e[1]), _s(e[2])))


# --- the details panel, computed here (the page only renders text) -----------------------------

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
                                 note=f"trigger \u201c{_s(ed.get('trigger'))}\u201d \u00b7 "
                                      f"{_s(ed.get('modality'))} \u00b7 {_time_text(ed)}",
                                 quote=ed.get("sentence"))
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
    return {"title": title, "subtitle": sub, "fields": fields, "sections": sections}


def _edge_details(g, u, v, k, d) -> dict:
    rel = _s(d.get("rel")) or "edge"
    fields = [["From", _node_label(g, u)], ["To", _node_label(g, v)], ["Key", _s(k)]]
    for name in sorted(d):
        if name != "rel":
            fields.append([name, _s(d[name])])
    title = f"{rel}: {_s(d['role'])}" if rel == "role" and d.get("role") else rel
    return {"title": title, "subtitle": f"{_node_label(g, u)} \u2192 {_node_label(g, v)}",
            "fields": fields,
            "sections": [{"heading": "Ends", "items": [_item(_node_label(g, u), u),
                                                       _item(_node_label(g, v), v)]}]}


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


def _options(n_nodes: int, n_edges: int) -> dict:
    big = n_nodes > 300
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": not big},
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "centralGravity": 0.01,
                                 "springLength": 110, "springConstant": 0.08,
                                 "damping": 0.5, "avoidOverlap": 0.2},
            "maxVelocity": 50, "minVelocity": 0.75, "timestep": 0.5,
            "stabilization": {"enabled": True, "iterations": 400 if big else 1000,
                              "updateInterval": 25, "fit": True},
        },
        "interaction": {"hover": True, "tooltipDelay": 200, "hideEdgesOnDrag": big,
                        "navigationButtons": False, "keyboard": False, "multiselect": False},
        "nodes": {"font": {"size": 12, "face": "system-ui, sans-serif"}, "borderWidth": 1},
        "edges": {"smooth": False, "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
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
    ``Network``) plus the details of every node and edge. Plain JSON values only."""
    net = _network(g.number_of_nodes())
    node_ids = sorted(g.nodes, key=_s)
    out_edges: dict = {n: [] for n in g}
    in_edges: dict = {n: [] for n in g}
    edges = _edges_sorted(g)
    for u, v, k, d in edges:
        out_edges[u].append((u, v, k, d))
        in_edges[v].append((u, k, d))

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
            tip=_node_tip(g, n))
        node_details[_s(n)] = _node_details(g, n, out_edges[n], in_edges[n])

    edge_details = {}
    parallel: dict = {}
    for i, (u, v, k, d) in enumerate(edges):
        rel = d.get("rel")
        label, color, dashes, width = EDGE_STYLES.get(rel) or OTHER_EDGE
        eid = f"e{i}"
        opts = {"id": eid, "rel": _s(rel) if rel in EDGE_STYLES else "other",
                "color": color, "width": width, "dashes": dashes,
                "tip": f"{_s(rel) or 'edge'}: {_short(_node_label(g, u), 60)} \u2192 "
                       f"{_short(_node_label(g, v), 60)}"}
        if rel == "role" and d.get("role"):
            opts["label"] = _short(_s(d["role"]), 20)
        pair = (min(_s(u), _s(v)), max(_s(u), _s(v)))
        nth = parallel.get(pair, 0)
        parallel[pair] = nth + 1
        if nth:  # spread parallel edges so each stays visible and clickable
            opts["smooth"] = {"enabled": True, "type": "curvedCW" if nth % 2 else "curvedCCW",
                              "roundness": 0.15 * ((nth + 1) // 2)}
        net.add_edge(_s(u), _s(v), **opts)
        edge_details[eid] = _edge_details(g, u, v, k, d)

    net.options = _options(g.number_of_nodes(), g.number_of_edges())
    vis_nodes, vis_edges, _heading, _h, _w, options = net.get_network_data()
    return {"nodes": vis_nodes, "edges": vis_edges, "options": json.loads(options),
            "details": {"nodes": node_details, "edges": edge_details}}


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
    edge_legend = [{"rel": r, "label": s[0], "color": s[1], "dashes": bool(s[2]),
                    "count": rels.get(r, 0)}
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
