"""The exporter registry: output formats by name, loaded lazily.

Modelled on rdflib's plugin registry: an exporter is *declared* by a dotted module path
and an attribute name (``"exporters.turtle:export"``), so that ``names()`` and ``get()``
cost nothing and the heavy library behind a format (rdflib, pyvis) is imported only when
that exporter actually runs.

An exporter function has the signature ``export(g, path) -> Path``: it writes the graph
``g`` (the networkx MultiDiGraph of ``graph.build``) to ``path`` atomically
(``graph.fsutil``) and returns the path written.

    >>> from exporters import registry
    >>> registry.names()
    ['gexf', 'graphml', 'html', 'json', 'jsonld', 'ntriples', 'trig', 'turtle']
    >>> registry.defaults()                          # what `dateline build` writes
    ['html', 'json', 'turtle']
    >>> registry.get("turtle").extension
    'ttl'
    >>> registry.export(g, "turtle", "output/")      # doctest: +SKIP
    PosixPath('output/graph.ttl')

Built-ins:

| name     | file         | exporter                         |
|----------|--------------|----------------------------------|
| `html`   | `graph.html` | `exporters.html:export` (pyvis)  |
| `json`   | `graph.json` | `exporters.json_export:export`   |
| `turtle` | `graph.ttl`  | `exporters.turtle:export` (no RDF library needed) |
| `ntriples` | `graph.nt` | `exporters.ntriples:export` (streamed) |
| `trig`   | `graph.trig` | `exporters.trig:export` (one named graph per article) |
| `jsonld` | `graph.jsonld` | `exporters.jsonld:export`      |
| `graphml` | `graph.graphml` | `exporters.graphml:export_graphml` (networkx) |
| `gexf`   | `graph.gexf` | `exporters.graphml:export_gexf` (networkx, for Gephi) |

The first three are the *default* formats (``defaults()``: what ``dateline build`` writes
when no ``--format`` is given); the others are written on request.
"""
from __future__ import annotations

from dataclasses import dataclass
import importlib
import os
import re
from pathlib import Path
from typing import Any, Callable

__all__ = ["Exporter", "UnknownExporterError", "register", "names", "defaults", "get",
           "export", "output_path"]

_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_EXT_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


class UnknownExporterError(KeyError, ValueError):
    """No exporter is registered under that name (a ``KeyError`` and a ``ValueError``)."""

    def __init__(self, name: str, known: list[str]):
        self.name = name
        self.known = known
        super().__init__(name)

    def __str__(self) -> str:  # KeyError would repr() the message
        return (f"unknown export format {self.name!r}; known formats: "
                f"{', '.join(self.known) or '(none)'}")


@dataclass(frozen=True)
class Exporter:
    """A registered output format. ``export(g, path)`` imports the implementing module
    on first use only."""
    name: str
    module_path: str
    attr: str
    extension: str
    description: str
    default: bool = True

    def load(self) -> Callable[..., Any]:
        """Import the module and return the exporter function."""
        module = importlib.import_module(self.module_path)
        try:
            return getattr(module, self.attr)
        except AttributeError:
            raise ImportError(f"exporter {self.name!r}: module {self.module_path!r} has no "
                              f"attribute {self.attr!r}") from None

    def export(self, g, path: str | os.PathLike) -> Path:
        """Write ``g`` to ``path`` with this exporter; returns the path written."""
        result = self.load()(g, path)
        return Path(result) if result is not None else Path(path)

    @property
    def filename(self) -> str:
        """The file name ``registry.export`` writes: ``graph.<extension>``."""
        return f"graph.{self.extension}"


_REGISTRY: dict[str, Exporter] = {}


def register(name: str, module_path: str, attr: str, *, extension: str,
             description: str, default: bool = True) -> Exporter:
    """Declare an exporter. Nothing is imported now. Registering a name again replaces
    the previous declaration (as rdflib's ``plugin.register`` does)."""
    if not _NAME_RE.match(name):
        raise ValueError(f"bad exporter name {name!r}: use lower-case letters, digits, "
                         "'-' and '_'")
    extension = extension.lstrip(".")
    if not _EXT_RE.match(extension):
        raise ValueError(f"bad extension {extension!r} for exporter {name!r}")
    if not module_path or not attr:
        raise ValueError("module_path and attr are required")
    exp = Exporter(name=name, module_path=module_path, attr=attr, extension=extension,
                   description=description, default=bool(default))
    _REGISTRY[name] = exp
    return exp


def names() -> list[str]:
    """The registered format names, sorted (the CLI's ``--format`` choices)."""
    return sorted(_REGISTRY)


def defaults() -> list[str]:
    """The formats written when none is asked for (``dateline build`` without
    ``--format``), sorted."""
    return sorted(n for n, e in _REGISTRY.items() if e.default)


def get(name: str) -> Exporter:
    """The exporter registered as ``name``; ``UnknownExporterError`` (a ``KeyError`` and
    ``ValueError``) listing the known names otherwise."""
    try:
        return _REGISTRY[name]
    except (KeyError, TypeError):
        raise UnknownExporterError(name, names()) from None


def output_path(name: str, out_dir: str | os.PathLike) -> Path:
    """Where ``export(g, name, out_dir)`` writes: ``out_dir/graph.<extension>``."""
    return Path(out_dir) / get(name).filename


def export(g, name: str, out_dir: str | os.PathLike) -> Path:
    """Write ``g`` as format ``name`` to ``out_dir/graph.<extension>`` (the folder is
    created if needed); returns the path written."""
    exp = get(name)
    return exp.export(g, Path(out_dir) / exp.filename)


# --- built-ins (strings only: nothing heavy is imported here) ------------------------------

register("turtle", "exporters.turtle", "export", extension="ttl",
         description="RDF Turtle (SEM, OWL-Time, PROV-O, schema.org, GeoSPARQL)")
register("html", "exporters.html", "export", extension="html",
         description="interactive, self-contained HTML graph (vis-network via pyvis)")
register("json", "exporters.json_export", "export", extension="json",
         description="dateline-graph JSON document (readable back with load())")
register("ntriples", "exporters.ntriples", "export", extension="nt", default=False,
         description="RDF N-Triples, streamed (for big graphs and bulk loaders)")
register("trig", "exporters.trig", "export", extension="trig", default=False,
         description="RDF TriG: one named graph per article (provenance survives a merge)")
register("jsonld", "exporters.jsonld", "export", extension="jsonld", default=False,
         description="RDF JSON-LD 1.1 (compact IRIs, one @graph)")
register("graphml", "exporters.graphml", "export_graphml", extension="graphml",
         default=False, description="GraphML of the networkx graph (yEd, Cytoscape, igraph)")
register("gexf", "exporters.graphml", "export_gexf", extension="gexf", default=False,
         description="GEXF 1.2 of the networkx graph (Gephi)")
