"""N-Triples export (registered as ``ntriples``): the triples of ``exporters.turtle``, one
a line, with full IRIs, streamed to the file block by block (memory stays flat however big
the graph is; no RDF library is used). Byte-deterministic; written atomically.

Every line is a complete statement, so the file can be split, concatenated, ``sort -u``-ed
or bulk-loaded (``oxigraph load``) as it is.
"""
from __future__ import annotations

import os
from pathlib import Path

from graph.fsutil import AtomicWriter

from .rdfmap import ingest_time
from .rdfsyntax import _write_chunks, ntriples_graph_lines

__all__ = ["export", "serialize"]


def serialize(g) -> bytes:
    return "".join(ntriples_graph_lines(g, ingest_time(g))).encode("utf-8")


def export(g, path: str | os.PathLike) -> Path:
    """Write ``g`` as N-Triples to ``path`` (streamed, atomic); returns the path."""
    ingest = ingest_time(g)
    with AtomicWriter(path) as fh:
        _write_chunks(ntriples_graph_lines(g, ingest), fh)
    return Path(path)
