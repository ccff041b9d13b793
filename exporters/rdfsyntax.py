"""Fast, dependency-free writers of RDF syntaxes for ``exporters.rdfmap.blocks``.

Plain string building: no RDF library and no term objects, so that Turtle, N-Triples and
TriG of a million triples take about as long as pyoxigraph's own Rust serialiser
(``bench/bench_rdf.py``). Output is byte-deterministic (it follows the order of the
blocks, which is deterministic) and UTF-8.

Turtle/TriG: every prefix of ``NAMESPACES`` is declared (sorted), IRIs are written as
prefixed names when the local part is a plain name (``[A-Za-z0-9_]``, ``-``, inner ``.``)
and as ``<...>`` otherwise; a subject's statements are grouped with ``;`` and ``,``;
``rdf:type`` is ``a``; canonical ``xsd:integer`` literals are written bare.
N-Triples: one statement a line, full IRIs, streamed block by block.
"""
from __future__ import annotations

import re
from typing import IO, Iterable

from .rdfmap import NAMESPACES, RDF_TYPE, XSD_INTEGER

__all__ = ["TermWriter", "turtle_prefixes", "turtle_lines", "ntriples_lines",
           "write_turtle", "write_ntriples", "write_trig", "literal_escape"]

_ESC = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b",
        "\f": "\\f"}
for _i in list(range(0x20)) + [0x7F]:
    _ESC.setdefault(chr(_i), f"\\u{_i:04X}")
_ESC_TABLE = str.maketrans(_ESC)
_NEEDS_ESC = re.compile(r'[\\"\x00-\x1f\x7f]')
_LOCAL_OK = re.compile(r"^[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?$")
_INT_OK = re.compile(r"^[+-]?[0-9]+$")
_CHUNK = 1 << 16


def literal_escape(text: str) -> str:
    """The body of a ``"..."`` literal in Turtle/N-Triples (no quotes around it)."""
    return text.translate(_ESC_TABLE) if _NEEDS_ESC.search(text) else text


def turtle_prefixes() -> str:
    return "".join(f"@prefix {p}: <{NAMESPACES[p]}> .\n" for p in sorted(NAMESPACES)) + "\n"


class TermWriter:
    """Renders IRIs and literals, with caches (vocabulary terms repeat a lot)."""

    def __init__(self, prefixes: dict[str, str] | None = None, *, compact: bool = True):
        self.compact = compact
        self.by_ns = {ns: p for p, ns in (prefixes or NAMESPACES).items()} if compact else {}
        self._iri: dict = {}
        self._dt: dict = {}

    def iri(self, iri: str) -> str:
        r = self._iri.get(iri)
        if r is not None:
            return r
        r = None
        if self.compact:
            if iri == RDF_TYPE:
                r = "a"
            else:
                cut = max(iri.rfind("#"), iri.rfind("/")) + 1
                p = self.by_ns.get(iri[:cut])
                if p is not None and _LOCAL_OK.match(iri[cut:]):
                    r = f"{p}:{iri[cut:]}"
        if r is None:
            r = f"<{iri}>"
        if len(self._iri) < 200_000:
            self._iri[iri] = r
        return r

    def subject(self, iri: str) -> str:
        r = self.iri(iri)
        return f"<{RDF_TYPE}>" if r == "a" else r

    def obj(self, o) -> str:
        if o.__class__ is str:
            r = self._iri.get(o)
            if r is None:
                r = self.subject(o)
            elif r == "a":
                r = f"<{RDF_TYPE}>"
            return r
        lex, dt = o
        body = lex.translate(_ESC_TABLE) if _NEEDS_ESC.search(lex) else lex
        if dt is None:
            return f'"{body}"'
        if dt == XSD_INTEGER and self.compact and _INT_OK.match(lex):
            return lex
        d = self._dt.get(dt)
        if d is None:
            d = self._dt[dt] = self.iri(dt)
        return f'"{body}"^^{d}'


def _merged(blocks):
    """Merge consecutive blocks of one subject (whatever their ctx)."""
    cur_s, cur = None, None
    for _, s, pairs in blocks:
        if s == cur_s:
            cur.extend(pairs)
            continue
        if cur_s is not None:
            yield cur_s, cur
        cur_s, cur = s, list(pairs)
    if cur_s is not None:
        yield cur_s, cur


def _turtle_statement(tw: TermWriter, s: str, pairs, indent: str = "") -> str:
    if not pairs:
        return ""
    preds: dict = {}
    for p, o in pairs:
        objs = preds.get(p)
        if objs is None:
            preds[p] = [o]
        elif o not in objs:
            objs.append(o)
    obj = tw.obj
    iri = tw.iri
    parts = []
    for p, objs in preds.items():
        if len(objs) == 1:
            parts.append(f"{iri(p)} {obj(objs[0])}")
        else:
            parts.append(f"{iri(p)} " + f",\n{indent}        ".join([obj(o) for o in objs]))
    return f"{indent}{tw.subject(s)} " + f" ;\n{indent}    ".join(parts) + " .\n\n"


def turtle_lines(blocks, tw: TermWriter | None = None) -> Iterable[str]:
    """Turtle text, statement by statement (prefixes first)."""
    tw = tw or TermWriter()
    yield turtle_prefixes()
    for s, pairs in _merged(blocks):
        yield _turtle_statement(tw, s, pairs)


def ntriples_lines(blocks) -> Iterable[str]:
    """N-Triples text, block by block (duplicate statements inside a block dropped)."""
    iri_cache: dict = {}

    def nt(o) -> str:
        if o.__class__ is str:
            r = iri_cache.get(o)
            if r is None:
                r = f"<{o}>"
                if len(iri_cache) < 200_000:
                    iri_cache[o] = r
            return r
        lex, dt = o
        body = lex.translate(_ESC_TABLE) if _NEEDS_ESC.search(lex) else lex
        return f'"{body}"' if dt is None else f'"{body}"^^<{dt}>'

    for _, s, pairs in blocks:
        subj = f"<{s}> "
        seen = set()
        lines = []
        for po in pairs:
            if po in seen:
                continue
            seen.add(po)
            p, o = po
            r = iri_cache.get(p)
            if r is None:
                r = iri_cache[p] = f"<{p}>"
            lines.append(f"{subj}{r} {nt(o)} .\n")
        yield "".join(lines)


def _write_chunks(lines: Iterable[str], fh: IO[bytes]) -> None:
    buf: list[str] = []
    size = 0
    for text in lines:
        buf.append(text)
        size += len(text)
        if size >= _CHUNK:
            fh.write("".join(buf).encode("utf-8"))
            buf, size = [], 0
    if buf:
        fh.write("".join(buf).encode("utf-8"))


def write_turtle(blocks, fh: IO[bytes]) -> None:
    _write_chunks(turtle_lines(blocks), fh)


def write_ntriples(blocks, fh: IO[bytes]) -> None:
    _write_chunks(ntriples_lines(blocks), fh)


def trig_lines(blocks, graph_iri) -> Iterable[str]:
    """TriG text: the default graph's statements first, then one named graph per ctx
    (``graph_iri(ctx)`` names it), in order of first appearance."""
    tw = TermWriter()
    yield turtle_prefixes()
    named: dict = {}
    default: list = []
    for ctx, s, pairs in blocks:
        (default if ctx is None else named.setdefault(ctx, [])).append((ctx, s, pairs))
    for s, pairs in _merged(default):
        yield _turtle_statement(tw, s, pairs)
    for ctx in sorted(named, key=str):
        yield f"{tw.subject(graph_iri(ctx))} {{\n"
        for s, pairs in _merged(named[ctx]):
            yield _turtle_statement(tw, s, pairs, indent="    ")
        yield "}\n\n"


def write_trig(blocks, fh: IO[bytes], graph_iri) -> None:
    _write_chunks(trig_lines(blocks, graph_iri), fh)
