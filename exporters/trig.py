"""TriG export (registered as ``trig``): the triples of ``exporters.turtle`` as an RDF
dataset with one named graph per article, so that provenance survives a merge.

- The **default graph** holds the shared description: events (label, type, time, roles,
  places, order), actors, places, cited sources, event types, roles and CAMEO concepts.
- The **named graph of an article**, named by the article's IRI
  (``GRAPH article:<hash> { ... }``), holds what that article says: the article's own
  description (headline, date, author), each event's ``prov:wasDerivedFrom`` the article
  and ``dl:hasClaim``, the claims (sentence, trigger, offsets, time, modality,
  ``prov:generatedAtTime`` when an ingest time is given) and their attributions to cited
  sources.

Load several exports into one store (``dateline push`` of each ``graph.trig``): every
article's statements stay in its own graph, and re-pushing an article replaces just that
graph. The union of all graphs is exactly the Turtle export. Byte-deterministic; written
atomically; no RDF library is used.
"""
from __future__ import annotations

import os
from pathlib import Path

from graph.fsutil import AtomicWriter

from .rdfmap import ingest_time, node_iri_str
from .rdfsyntax import _write_chunks, trig_graph_chunks

__all__ = ["export", "serialize", "graph_iri"]


def graph_iri(article_id) -> str:
    """The name of an article's graph: the article's IRI."""
    return node_iri_str(article_id)


def serialize(g) -> bytes:
    return "".join(trig_graph_chunks(g, ingest_time(g), graph_iri)).encode("utf-8")


def export(g, path: str | os.PathLike) -> Path:
    """Write ``g`` as TriG to ``path`` atomically; returns the path."""
    ingest = ingest_time(g)
    with AtomicWriter(path) as fh:
        _write_chunks(trig_graph_chunks(g, ingest, graph_iri), fh)
    return Path(path)
