"""dateline: news articles in, dated-event knowledge graph out.

    import graph
    g = graph.build(["seeds/"])                 # networkx.MultiDiGraph
    graph.events(g, actor="North Korean forces", since="2025-01")
    graph.timeline(g, "Oleksandr Syrskyi")
    graph.involved_with(g, "Russian forces")
    graph.export(g, "turtle", "output/")         # also "html", "json"
    g2 = graph.load("output/graph.json")

The stages are modules of their own: graph.read, graph.extract, graph.resolve,
graph.builder, graph.query (no function here shares a name with a submodule).
"""
from __future__ import annotations

from .model import (Actor, Article, Claim, Event, EventTime, Extraction, Mention,  # noqa: F401
                    Participant, Place, Resolution, Source, Span, TimeSpan, Timex)
from .query import EventView, QueryError, events, find_actor, find_place, involved_with, timeline  # noqa: F401
from .read import ReadError, read_articles  # noqa: F401

__version__ = "0.1.0"


def build(paths, *, published=None, progress=None):
    """Articles (files or folders) in, the event knowledge graph (networkx) out."""
    from .pipeline import build as _build
    return _build(paths, published=published, progress=progress)


def load(path):
    """Read a graph exported as JSON (``dateline build --format json``) back."""
    from exporters.json_export import load as _load
    return _load(path)


def export(g, fmt, out_dir):
    """Write ``g`` with the exporter registered as ``fmt`` into ``out_dir``; returns the path."""
    from exporters.registry import export as _export
    return _export(g, fmt, out_dir)
