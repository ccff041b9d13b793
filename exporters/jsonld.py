"""JSON-LD export (registered as ``jsonld``): the triples of ``exporters.turtle`` as one
JSON-LD 1.1 document, ``{"@context": {prefix: IRI, ...}, "@graph": [node, ...]}``.

Each node object has ``@id`` (a compact IRI such as ``actor:north-korean-forces``),
``@type`` and its properties keyed by compact IRIs (``rdfs:label``); a reference to
another resource is ``{"@id": ...}``, a plain string is a JSON string, and a typed literal
is ``{"@value": lexical, "@type": datatype}`` (dates, counts and coordinates keep their
exact lexical form). Nodes come in the order of the Turtle. No RDF library is needed to
write it; rdflib, pyoxigraph and any JSON-LD processor read it back to the same triples.
Byte-deterministic; written atomically.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from graph.fsutil import atomic_write

from .rdfmap import NAMESPACES, RDF_TYPE, blocks, ingest_time

__all__ = ["export", "to_document", "serialize"]


def _compactor():
    by_ns = sorted(((ns, p) for p, ns in NAMESPACES.items()), key=lambda x: -len(x[0]))
    cache: dict = {}

    def compact(iri: str) -> str:
        r = cache.get(iri)
        if r is None:
            r = iri
            for ns, p in by_ns:
                if iri.startswith(ns) and len(iri) > len(ns) and not iri[len(ns):].startswith("//"):
                    r = f"{p}:{iri[len(ns):]}"
                    break
            if len(cache) < 200_000:
                cache[iri] = r
        return r

    return compact


def to_document(g) -> dict:
    """The JSON-LD document of ``g`` (a dict)."""
    compact = _compactor()
    nodes: dict = {}
    for _, s, pairs in blocks(g, ingest_time(g)):
        node = nodes.get(s)
        if node is None:
            node = nodes[s] = {"@id": compact(s)}
        for p, o in pairs:
            if p == RDF_TYPE:
                key, value = "@type", compact(o)
            else:
                key = compact(p)
                if o.__class__ is str:
                    value = {"@id": compact(o)}
                elif o[1] is None:
                    value = o[0]
                else:
                    value = {"@value": o[0], "@type": compact(o[1])}
            have = node.get(key)
            if have is None:
                node[key] = [value]
            elif value not in have:
                have.append(value)
    graph = []
    for node in nodes.values():
        graph.append({k: (v if k == "@id" or len(v) > 1 else v[0]) for k, v in node.items()})
    return {"@context": dict(sorted(NAMESPACES.items())), "@graph": graph}


def serialize(g) -> bytes:
    return (json.dumps(to_document(g), ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def export(g, path: str | os.PathLike) -> Path:
    """Write ``g`` as JSON-LD to ``path`` atomically; returns the path."""
    return atomic_write(path, serialize(g))
