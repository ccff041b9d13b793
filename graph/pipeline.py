"""The whole path, stage by stage: read -> extract -> resolve -> build."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

import networkx as nx

from .builder import build_graph
from .extract import extract
from .model import Article, Extraction, Resolution
from .read import read_articles
from .resolve import resolve


def run(paths: Iterable[str | Path], *, published: str | None = None,
        progress: Callable[[Article], None] | None = None
        ) -> tuple[list[Extraction], Resolution, nx.MultiDiGraph]:
    """Read, extract, resolve and build; every intermediate result is returned."""
    articles = read_articles(paths, published=published)
    extractions = extract(articles, progress=progress)
    res = resolve(extractions)
    return extractions, res, build_graph(res)


def build(paths: Iterable[str | Path] | str | Path, *, published: str | None = None,
          progress: Callable[[Article], None] | None = None) -> nx.MultiDiGraph:
    """Articles (files or folders) in, the event knowledge graph out."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    return run(paths, published=published, progress=progress)[2]
