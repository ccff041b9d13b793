"""RDF files of a built graph: reading them, querying them with SPARQL, pushing them to a
SPARQL server.

- ``read_rdflib(path)``: an RDF file (Turtle, N-Triples, TriG, JSON-LD, N-Quads: by
  extension) as an ``rdflib.Graph`` (all named graphs merged); ``RdfError`` with a
  one-line message for a missing or corrupt file.
- ``query(text, data=..., engine="auto")``: a SPARQL SELECT/ASK on the file, on pyoxigraph
  (an embedded Rust engine, the fastest on PyPI) when it is installed, on rdflib's engine
  otherwise; rows of plain strings (``None`` when unbound), the same from either engine.
- ``NAMED_QUERIES`` / ``named_query(name, **params)``: ready-made queries
  (``actor-timeline``, ``events-in-place``, ``involved-with``, ``sources-of-event``).
- ``push(data, endpoint, graph=None, replace=True)``: upload through the SPARQL 1.1 Graph
  Store HTTP Protocol (PUT replaces the graph, POST merges into it).

Nothing here imports rdflib or pyoxigraph at module import time.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["RdfError", "FORMATS", "rdf_format", "read_rdflib", "query", "Result",
           "NAMED_QUERIES", "named_query", "render", "push", "remote_query"]


class RdfError(ValueError):
    """An RDF file or endpoint that cannot be used; the message is one line."""


# extension -> (rdflib format, pyoxigraph format name, media type, name)
FORMATS = {
    "ttl": ("turtle", "TURTLE", "text/turtle", "Turtle"),
    "turtle": ("turtle", "TURTLE", "text/turtle", "Turtle"),
    "nt": ("nt", "N_TRIPLES", "application/n-triples", "N-Triples"),
    "trig": ("trig", "TRIG", "application/trig", "TriG"),
    "nq": ("nquads", "N_QUADS", "application/n-quads", "N-Quads"),
    "jsonld": ("json-ld", "JSON_LD", "application/ld+json", "JSON-LD"),
    "json-ld": ("json-ld", "JSON_LD", "application/ld+json", "JSON-LD"),
}
DATASET_EXTS = ("trig", "nq")


def rdf_format(path: str | os.PathLike) -> tuple[str, str, str, str]:
    """``(rdflib format, pyoxigraph format, media type, name)`` of a file, by extension."""
    ext = Path(path).suffix.lower().lstrip(".")
    try:
        return FORMATS[ext]
    except KeyError:
        raise RdfError(f"{path}: unknown RDF file extension {'.' + ext if ext else '(none)'}; "
                       f"use one of {', '.join('.' + e for e in sorted(FORMATS))}") from None


def _one_line(exc: BaseException) -> str:
    text = str(exc)
    m = re.search(r"Bad syntax \(([^)]*)\)", text)
    line = re.search(r"at line (\d+)", text)
    if m:
        return f"{m.group(1)}" + (f" at line {line.group(1)}" if line else "")
    first = text.strip().splitlines()[0] if text.strip() else exc.__class__.__name__
    return first[:300]


def _check_file(path: Path) -> None:
    if not path.exists():
        raise RdfError(f"{path}: no such file; run 'dateline build' first")
    if path.is_dir():
        raise RdfError(f"{path}: is a folder, not an RDF file")
    if path.stat().st_size == 0:
        raise RdfError(f"{path}: empty file")


def read_rdflib(path: str | os.PathLike):
    """The RDF in ``path`` as one ``rdflib.Graph`` (named graphs of a dataset merged)."""
    import rdflib

    path = Path(path)
    fmt, _, _, name = rdf_format(path)
    _check_file(path)
    try:
        if path.suffix.lower().lstrip(".") in DATASET_EXTS:
            ds = rdflib.Dataset()
            ds.parse(path, format=fmt)
            out = rdflib.Graph(bind_namespaces="none")
            for prefix, ns in ds.namespaces():
                out.bind(prefix, ns, override=True)
            for s, p, o, _ in ds.quads((None, None, None, None)):
                out.add((s, p, o))
            return out
        return rdflib.Graph().parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many kinds (BadSyntax, ValueError, ...)
        raise RdfError(f"{path}: not valid {name} ({_one_line(exc)})") from None


# --- SPARQL ------------------------------------------------------------------------------------

@dataclass
class Result:
    """A SELECT's variables and rows (plain strings: an IRI's text, a literal's lexical
    form, ``None`` when unbound), or an ASK's ``boolean``."""
    vars: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)
    boolean: bool | None = None
    engine: str = ""

    def dicts(self) -> list[dict]:
        return [dict(zip(self.vars, r)) for r in self.rows]


def _has_oxigraph() -> bool:
    try:
        import pyoxigraph  # noqa: F401
    except ImportError:
        return False
    return True


def _ox_value(term):
    if term is None:
        return None
    import pyoxigraph as ox
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    return term.value


def _rdflib_value(term):
    if term is None:
        return None
    import rdflib
    if isinstance(term, rdflib.BNode):
        return "_:" + str(term)
    return str(term)


def _load_store(path: Path):
    import pyoxigraph as ox
    _, oxfmt, _, name = rdf_format(path)
    _check_file(path)
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=getattr(ox.RdfFormat, oxfmt))
    except (SyntaxError, ValueError, OSError) as exc:
        raise RdfError(f"{path}: not valid {name} ({_one_line(exc)})") from None
    return store


def query(text: str, data: str | os.PathLike = "output/graph.ttl",
          engine: str = "auto") -> Result:
    """Run a SPARQL SELECT or ASK query on an RDF file (see the module docstring).
    ``engine``: ``auto`` (pyoxigraph if installed, else rdflib), ``oxigraph`` or
    ``rdflib``. For a dataset (TriG, N-Quads) the default graph is the union of all."""
    path = Path(data)
    if path.is_dir():
        path = path / "graph.ttl"
    if engine == "auto":
        engine = "oxigraph" if _has_oxigraph() else "rdflib"
    if engine == "oxigraph":
        store = _load_store(path)
        try:
            res = store.query(text, use_default_graph_as_union=True)
        except (SyntaxError, ValueError) as exc:
            raise RdfError(f"bad SPARQL query ({_one_line(exc)})") from None
        except OSError as exc:  # pragma: no cover - evaluation error
            raise RdfError(f"SPARQL query failed ({_one_line(exc)})") from None
        import pyoxigraph as ox
        if isinstance(res, ox.QueryBoolean):
            return Result(boolean=bool(res), engine="oxigraph")
        if not isinstance(res, ox.QuerySolutions):
            raise RdfError("only SELECT and ASK queries are supported here")
        names = [v.value for v in res.variables]
        rows = [tuple(_ox_value(sol[v]) for v in names) for sol in res]
        return Result(vars=names, rows=rows, engine="oxigraph")
    if engine != "rdflib":
        raise RdfError(f"unknown SPARQL engine {engine!r}; use auto, oxigraph or rdflib")
    g = read_rdflib(path)
    try:
        res = g.query(text)
        if res.type == "ASK":
            return Result(boolean=bool(res.askAnswer), engine="rdflib")
        if res.type != "SELECT":
            raise RdfError("only SELECT and ASK queries are supported here")
        names = [str(v) for v in res.vars]
        rows = [tuple(_rdflib_value(x) for x in row) for row in res]
    except RdfError:
        raise
    except Exception as exc:  # pyparsing ParseException and friends
        raise RdfError(f"bad SPARQL query ({_one_line(exc)})") from None
    return Result(vars=names, rows=rows, engine="rdflib")


_PREFIXES = """\
PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
PREFIX sem:    <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX geo:    <http://www.opengis.net/ont/geosparql#>
PREFIX prov:   <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
PREFIX dl:     <https://dateline.invalid/ns#>
"""

# name -> (parameters, description, query text with {{param}} placeholders)
NAMED_QUERIES: dict[str, tuple[tuple[str, ...], str, str]] = {
    "actor-timeline": (("actor",), "an actor's events in time order, with its role in each",
                       _PREFIXES + """
# The events of an actor (matched by name or alias, ignoring case), in time order.
SELECT ?earliest ?latest ?timex ?event ?label ?role
WHERE {
  ?actor a sem:Actor ; rdfs:label|skos:altLabel ?name .
  FILTER (LCASE(STR(?name)) = LCASE({{actor}}))
  ?participation rdf:value ?actor ; sem:roleType/rdfs:label ?role .
  ?event a sem:Event ; rdfs:label ?label ; sem:hasActor ?participation .
  OPTIONAL { ?event sem:hasEarliestBeginTimeStamp ?earliest }
  OPTIONAL { ?event sem:hasLatestEndTimeStamp ?latest }
  OPTIONAL { ?event dl:timexValue ?timex }
}
ORDER BY ?earliest ?latest ?event ?role
"""),
    "events-in-place": (("place",), "events in a place or in any place inside it",
                        _PREFIXES + """
# The events in a place (by name or alias) or in a place inside it (geo:sfWithin).
SELECT DISTINCT ?earliest ?latest ?event ?label ?where
WHERE {
  ?place a sem:Place ; rdfs:label|skos:altLabel ?name .
  FILTER (LCASE(STR(?name)) = LCASE({{place}}))
  ?event a sem:Event ; rdfs:label ?label ; sem:hasPlace ?p .
  ?p geo:sfWithin* ?place ; rdfs:label ?where .
  OPTIONAL { ?event sem:hasEarliestBeginTimeStamp ?earliest }
  OPTIONAL { ?event sem:hasLatestEndTimeStamp ?latest }
}
ORDER BY ?earliest ?latest ?event ?where
"""),
    "involved-with": (("actor",), "who took part in the same events as an actor, how often",
                      _PREFIXES + """
# Actors that share events with an actor, by number of shared events.
SELECT ?other ?name (COUNT(DISTINCT ?event) AS ?events)
WHERE {
  ?actor a sem:Actor ; rdfs:label|skos:altLabel ?n .
  FILTER (LCASE(STR(?n)) = LCASE({{actor}}))
  ?event sem:hasActor/rdf:value ?actor , ?other .
  ?other rdfs:label ?name .
  FILTER (?other != ?actor)
}
GROUP BY ?other ?name
ORDER BY DESC(?events) ?name ?other
"""),
}


def sparql_string(value: str) -> str:
    """``value`` as a SPARQL string literal (quotes, backslashes and newlines escaped)."""
    out = str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") \
        .replace("\r", "\\r").replace("\t", "\\t")
    return f'"{out}"'


def named_query(name: str, **params: str) -> str:
    """The text of a named query with its parameters filled in (as string literals)."""
    try:
        needed, _, text = NAMED_QUERIES[name]
    except KeyError:
        raise RdfError(f"unknown query {name!r}; known: "
                       f"{', '.join(sorted(NAMED_QUERIES))}") from None
    missing = [p for p in needed if p not in params]
    if missing:
        raise RdfError(f"query {name} needs " + ", ".join(f"--param {p}=VALUE"
                                                          for p in missing))
    extra = sorted(set(params) - set(needed))
    if extra:
        raise RdfError(f"query {name} takes no parameter {extra[0]!r} "
                       f"(it takes: {', '.join(needed)})")
    for p in needed:
        text = text.replace("{{" + p + "}}", sparql_string(params[p]))
    return text


def _compact(value: str | None) -> str:
    if value is None:
        return ""
    from exporters.rdfmap import NAMESPACES
    for p, ns in sorted(NAMESPACES.items(), key=lambda x: -len(x[1])):
        if value.startswith(ns) and len(value) > len(ns):
            return f"{p}:{value[len(ns):]}"
    return value


def render(result: Result, fmt: str = "table") -> str:
    """The result as an aligned ``table`` (IRIs shortened to prefixed names), ``csv`` or
    ``json`` (a list of objects; ``null`` when unbound; ``{"boolean": ...}`` for ASK)."""
    if result.boolean is not None:
        if fmt == "json":
            return json.dumps({"boolean": result.boolean})
        if fmt == "csv":
            return "boolean\r\n" + ("true" if result.boolean else "false")
        return "yes" if result.boolean else "no"
    if fmt == "json":
        return json.dumps(result.dicts(), ensure_ascii=False, indent=1)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(result.vars)
        for r in result.rows:
            w.writerow(["" if x is None else x for x in r])
        return buf.getvalue().rstrip("\r\n")
    if fmt != "table":
        raise RdfError(f"unknown output format {fmt!r}; use table, csv or json")
    cells = [[_compact(x).replace("\n", " ") for x in r] for r in result.rows]
    widths = [max([len(v)] + [len(c[i]) for c in cells]) for i, v in enumerate(result.vars)]
    widths = [min(w, 60) for w in widths]

    def line(vals):
        return "  ".join((v if len(v) <= w else v[:w - 1] + "\u2026").ljust(w)
                         for v, w in zip(vals, widths)).rstrip()

    out = [line(result.vars), line(["-" * w for w in widths])]
    out.extend(line(c) for c in cells)
    out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(out)


# --- HTTP: a SPARQL server ---------------------------------------------------------------------

def _http(method: str, url: str, body: bytes | None = None, headers: dict | None = None,
          timeout: float = 30.0) -> bytes:
    import urllib.error
    import urllib.request
    req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read(300).decode("utf-8", "replace").strip().splitlines()
        raise RdfError(f"{url}: HTTP {exc.code} {exc.reason}"
                       + (f" ({detail[0]})" if detail else "")) from None
    except urllib.error.URLError as exc:
        raise RdfError(f"cannot reach {url} ({exc.reason})") from None
    except (TimeoutError, OSError) as exc:
        raise RdfError(f"cannot reach {url} ({exc.__class__.__name__}: {exc})") from None


def _with_param(url: str, key: str, value: str | None) -> str:
    from urllib.parse import quote
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}{key}" + ("" if value is None else "=" + quote(value, safe=""))


def _check_endpoint(url: str) -> None:
    if not re.match(r"^https?://[^/\s]+", url or ""):
        raise RdfError(f"bad endpoint {url!r}: give an http:// or https:// URL")


def remote_query(text: str, endpoint: str, timeout: float = 30.0) -> Result:
    """Run a SELECT or ASK query on a SPARQL 1.1 Protocol endpoint (Oxigraph:
    ``http://HOST:7878/query``); the same ``Result`` as ``query``."""
    from urllib.parse import urlencode
    _check_endpoint(endpoint)
    raw = _http("POST", endpoint, urlencode({"query": text}).encode("utf-8"),
                {"Content-Type": "application/x-www-form-urlencoded",
                 "Accept": "application/sparql-results+json"}, timeout)
    try:
        doc = json.loads(raw)
    except ValueError:
        raise RdfError(f"{endpoint}: the answer is not SPARQL JSON results") from None
    if "boolean" in doc:
        return Result(boolean=bool(doc["boolean"]), engine=endpoint)
    names = doc.get("head", {}).get("vars", [])
    rows = []
    for b in doc.get("results", {}).get("bindings", []):
        row = []
        for v in names:
            t = b.get(v)
            row.append(None if t is None else ("_:" + t["value"] if t.get("type") == "bnode"
                                               else t["value"]))
        rows.append(tuple(row))
    return Result(vars=names, rows=rows, engine=endpoint)


@dataclass
class PushReport:
    endpoint: str
    triples: int
    graphs: list[str]  # the graphs written ("default" for the default graph)
    replaced: bool


def push(data: str | os.PathLike, endpoint: str, graph: str | None = None,
         replace: bool = True, timeout: float = 60.0) -> PushReport:
    """Upload an RDF file through the SPARQL 1.1 Graph Store HTTP Protocol.

    ``endpoint`` is the Graph Store URL (Oxigraph: ``http://HOST:7878/store``). A file of
    triples (Turtle, N-Triples, JSON-LD) goes to ``?graph=IRI`` (or ``?default``): PUT
    replaces that graph, POST (``replace=False``) merges into it. A dataset (TriG, N-Quads:
    one graph per article) is sent graph by graph: each named graph is replaced (PUT) or
    merged (POST) under its own name, and its default graph is always merged, so pushing
    several exports keeps every article's provenance. The whole file is parsed before
    anything is sent, so a corrupt file sends nothing."""
    import pyoxigraph as ox

    _check_endpoint(endpoint)
    path = Path(data)
    if path.is_dir():
        path = path / "graph.ttl"
    ext = path.suffix.lower().lstrip(".")
    _, oxfmt, media, name = rdf_format(path)
    _check_file(path)
    try:
        quads = list(ox.parse(path=str(path), format=getattr(ox.RdfFormat, oxfmt)))
    except (SyntaxError, ValueError, OSError) as exc:
        raise RdfError(f"{path}: not valid {name} ({_one_line(exc)})") from None
    method = "PUT" if replace else "POST"
    nt = "application/n-triples"
    if ext not in DATASET_EXTS:
        if graph is not None and not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*$",
                                              graph):
            raise RdfError(f"bad graph IRI {graph!r}")
        url = _with_param(endpoint, "graph", graph) if graph else \
            _with_param(endpoint, "default", None)
        _http(method, url, path.read_bytes(), {"Content-Type": media}, timeout)
        return PushReport(endpoint, len(quads), [graph or "default"], replace)
    if graph is not None:
        raise RdfError(f"{path}: a {name} file names its own graphs; --graph is for "
                       "files of triples")
    by_graph: dict = {}
    for q in quads:
        key = None if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value
        by_graph.setdefault(key, []).append(ox.Triple(q.subject, q.predicate, q.object))
    written = []
    for key in sorted(by_graph, key=lambda k: (k is not None, k or "")):
        body = ox.serialize(by_graph[key], format=ox.RdfFormat.N_TRIPLES)
        if key is None:
            _http("POST", _with_param(endpoint, "default", None), body,
                  {"Content-Type": nt}, timeout)
            written.append("default")
        else:
            _http(method, _with_param(endpoint, "graph", key), body, {"Content-Type": nt},
                  timeout)
            written.append(key)
    return PushReport(endpoint, len(quads), written, replace)
