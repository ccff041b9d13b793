"""TIMEX3 detection and normalisation: the public face of ``graph.temporal``.

``tag(text, anchor, *, tense=None, id_prefix="t") -> list[Timex]`` and
``tense_lookup(doc)``. The conventions (extents, values, how relative expressions
resolve, the day intervals behind ``earliest``/``latest``) are documented in
``graph/temporal/__init__.py``.
"""
from __future__ import annotations

from . import temporal as _temporal
from .temporal import tag, tense_lookup

CONVENTIONS = _temporal.__doc__  # the documented conventions, for help() and the docs

__all__ = ["tag", "tense_lookup", "CONVENTIONS"]
