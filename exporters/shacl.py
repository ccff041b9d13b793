"""SHACL validation of the RDF export (pySHACL) against ``exporters/shapes.ttl``.

    >>> from exporters import shacl
    >>> report = shacl.validate("output/graph.ttl")          # doctest: +SKIP
    >>> report.conforms, report.violations[:1]                # doctest: +SKIP
    (True, [])

``validate`` takes a path (any RDF format ``graph.sparql.read_rdflib`` reads) or an
``rdflib.Graph``. The data graph is checked as it is (no inference), together with the
vocabulary file ``exporters/dateline.ttl`` so that the ``sh:class`` constraints on
event types, role types and CAMEO concepts see their declarations.
"""
from __future__ import annotations

from dataclasses import dataclass, field
import os
from pathlib import Path

__all__ = ["SHAPES", "VOCABULARY", "Report", "validate"]

HERE = Path(__file__).resolve().parent
SHAPES = HERE / "shapes.ttl"
VOCABULARY = HERE / "dateline.ttl"


@dataclass
class Report:
    conforms: bool
    triples: int
    violations: list[str] = field(default_factory=list)  # one line each
    text: str = ""  # pySHACL's full report


def _short(node) -> str:
    s = str(node)
    for base, p in (("https://dateline.invalid/id/", ""), ("https://dateline.invalid/ns#", "dl:")):
        if s.startswith(base):
            return p + s[len(base):]
    return s


def validate(data, shapes: str | os.PathLike | None = None) -> Report:
    """Validate ``data`` (a path or an ``rdflib.Graph``) against the shapes."""
    import rdflib
    from pyshacl import validate as _validate
    from graph.sparql import read_rdflib

    g = read_rdflib(data) if isinstance(data, (str, os.PathLike)) else data
    shapes_g = read_rdflib(Path(shapes) if shapes else SHAPES)
    ont = rdflib.Graph().parse(VOCABULARY, format="turtle")
    conforms, results, text = _validate(g, shacl_graph=shapes_g, ont_graph=ont,
                                        inference="none", abort_on_first=False,
                                        allow_warnings=True)
    SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    lines = []
    for r in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        focus = results.value(r, SH.focusNode)
        path = results.value(r, SH.resultPath)
        msg = results.value(r, SH.resultMessage)
        sev = results.value(r, SH.resultSeverity)
        lines.append(f"{_short(sev).rsplit('#', 1)[-1]}: {_short(focus)}"
                     + (f" {_short(path)}" if path is not None else "")
                     + f": {msg}")
    return Report(conforms=bool(conforms), triples=len(g), violations=sorted(lines),
                  text=text)
