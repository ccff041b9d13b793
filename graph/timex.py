"""TIMEX3 detection and normalisation: the public face of ``graph.temporal``.

``tag(text, anchor, *, tense=None, id_prefix="t") -> list[Timex]`` and
``tense_lookup(doc)``. The conventions (extents, values, how relative expressions
resolve, the day intervals behind ``earliest``/``latest``) are documented in
``graph/temporal/__init__.py``.
"""
from __future__ import annotations

from .temporal import tag, tense_lookup
from .temporal import __doc__ as CONVENTIONS  # noqa: F401  (the documented conventions)

__all__ = ["tag", "tense_lookup"]
