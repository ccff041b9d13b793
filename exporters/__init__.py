"""Exporters of the dateline graph, registered by name.

    >>> import exporters
    >>> exporters.names()
    ['gexf', 'graphml', 'html', 'json', 'jsonld', 'ntriples', 'trig', 'turtle']
    >>> exporters.export(g, "turtle", "output/")        # doctest: +SKIP
    PosixPath('output/graph.ttl')
    >>> g2 = exporters.load("output/graph.json")         # doctest: +SKIP

Importing this package is cheap: rdflib and pyvis are imported only when the turtle or
html exporter runs (see ``exporters.registry``).
"""
from __future__ import annotations

from .registry import (Exporter, UnknownExporterError, defaults, export, get, names,
                       output_path, register)

__all__ = ["Exporter", "UnknownExporterError", "defaults", "export", "get", "names",
           "output_path", "register", "load", "to_rdflib"]


def load(path):
    """Read a ``graph.json`` written by the json exporter back into a MultiDiGraph."""
    from .json_export import load as _load
    return _load(path)


def to_rdflib(g):
    """The rdflib.Graph the turtle exporter serialises (imports rdflib)."""
    from .turtle import to_rdflib as _to_rdflib
    return _to_rdflib(g)
