"""dateline: news articles in, dated-event knowledge graph out.

    import graph
    g = graph.build(["seeds/"])                 # networkx.MultiDiGraph
    graph.events(g, actor="North Korean forces", since="2025-01")
    graph.timeline(g, "Oleksandr Syrskyi")
    graph.involved_with(g, "Russian forces")
    graph.export(g, "turtle", "output/")         # also "html", "json"
    g2 = graph.load("output/graph.json")
"""
from __future__ import annotations

# ``graph.build`` is the function below; the module graph/build.py is imported first so
# that the function (defined after it) is what ``graph.build`` names. Import the module's
# contents with ``from graph.build import build_graph``.
from . import build as _build_module  # noqa: F401  (must precede ``def build``)
from .model import (Actor, Article, Claim, Event, EventTime, Extraction, Mention,  # noqa: F401
                    Participant, Place, Resolution, Source, Span, TimeSpan, Timex)
from .query import EventView, QueryError, events, find_actor, find_place, involved_with, timeline  # noqa: F401
from .read import ReadError, read_articles  # noqa: F401

__version__ = "0.1.0"


def build(paths, *, published=None, progress=None):
    """Articles (files or folders) in, the event knowledge graph (networkx) out."""
    from .pipeline import build as _build
    return _build(paths, published=published, progress=progress)


def extract(articles, *, progress=None):
    from .extract import extract as _extract
    return _extract(articles, progress=progress)


def resolve(extractions):
    from .resolve import resolve as _resolve
    return _resolve(extractions)


def build_graph(resolution):
    from .build import build_graph as _bg
    return _bg(resolution)


def load(path):
    """Read a graph exported as JSON (``dateline build --format json``) back."""
    from exporters.json_export import load as _load
    return _load(path)


def export(g, fmt, out_dir):
    """Write ``g`` with the exporter registered as ``fmt`` into ``out_dir``; returns the path."""
    from exporters.registry import export as _export
    return _export(g, fmt, out_dir)
