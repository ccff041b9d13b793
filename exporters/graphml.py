"""GraphML and GEXF exports of the networkx graph itself, for Gephi, yEd, Cytoscape and
igraph users (registered as ``graphml`` and ``gexf``).

Written by networkx (``nx.write_graphml`` / ``nx.write_gexf``): every node and edge with
all its attributes (``kind``, ``label``, ``rel``, dates, offsets...), the edge key kept
(GraphML: the edge ``id``; GEXF: a ``key`` attribute). ``nx.read_graphml(path,
force_multigraph=True)`` reads the GraphML back with the same nodes, edges and values.
Byte-deterministic: GEXF's ``lastmodifieddate`` is the latest publication day in the
graph (never today's date). Written atomically.
"""
from __future__ import annotations

import io
import os
import re
from pathlib import Path

from graph.fsutil import atomic_write

__all__ = ["export_graphml", "export_gexf", "graphml_bytes", "gexf_bytes"]


def graphml_bytes(g) -> bytes:
    import networkx as nx
    buf = io.BytesIO()
    nx.write_graphml(g, buf, encoding="utf-8", prettyprint=True, named_key_ids=True)
    # a raw CR in text would be read back as LF (XML end-of-line handling): keep it
    return buf.getvalue().replace(b"\r", b"&#13;")


def _last_day(g) -> str:
    days = [str(d.get("published"))[:10] for _, d in g.nodes(data=True)
            if d.get("kind") == "article" and d.get("published")]
    days = [d for d in days if re.match(r"^\d{4}-\d{2}-\d{2}$", d)]
    return max(days) if days else "1970-01-01"


def gexf_bytes(g) -> bytes:
    import networkx as nx
    buf = io.BytesIO()
    nx.write_gexf(g, buf, encoding="utf-8", prettyprint=True)
    data = buf.getvalue()
    return re.sub(rb'lastmodifieddate="[^"]*"',
                  f'lastmodifieddate="{_last_day(g)}"'.encode("ascii"), data, count=1)


def export_graphml(g, path: str | os.PathLike) -> Path:
    """Write ``g`` as GraphML to ``path`` atomically; returns the path."""
    return atomic_write(path, graphml_bytes(g))


def export_gexf(g, path: str | os.PathLike) -> Path:
    """Write ``g`` as GEXF 1.2 to ``path`` atomically; returns the path."""
    return atomic_write(path, gexf_bytes(g))
