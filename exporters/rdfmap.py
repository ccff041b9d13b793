"""The RDF mapping of the dateline graph, with no RDF library: one source of truth for
every RDF writer (Turtle, N-Triples, TriG, JSON-LD) and for ``to_rdflib``.

``blocks(g)`` yields ``(ctx, subject, pairs)``: ``subject`` is an IRI (``str``), ``pairs``
a list of ``(predicate IRI, object)``, where an object is an IRI (``str``) or a literal
``(lexical, datatype IRI or None)`` (a ``tuple``; ``None`` is ``xsd:string``). ``ctx`` is
the node id of the article the statements come from (claims, attributions, the article's
own description and ``prov:wasDerivedFrom``), or ``None`` for the shared description of
events, actors, places, sources and vocabulary terms. TriG writes one named graph per
article from it; the other formats ignore it.

Deterministic: nodes and out-edges are visited in sorted order, and the same graph always
yields the same blocks in the same order. No blank nodes. A subject's statements of one
``ctx`` come in one block, and blocks of one subject follow each other.

The mapping itself is documented in ``exporters/turtle.py`` and in the vocabulary file
``exporters/dateline.ttl``.
"""
from __future__ import annotations

import datetime as _dt
from decimal import Decimal, InvalidOperation
import math
import os
import re

from graph.builder import LIST_SEP

__all__ = ["ID_BASE", "NS", "NAMESPACES", "PROXY_BASES", "CAMEO_ROOTS", "blocks",
           "iri_path", "node_iri_str", "ingest_time", "term_count"]

ID_BASE = "https://dateline.invalid/id/"
NS = "https://dateline.invalid/ns#"
# time bases whose dates are a stand-in (publication day) or nothing: no sem:hasTimeStamp
PROXY_BASES = ("publication", "unknown")

NAMESPACES: dict[str, str] = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
    "time": "http://www.w3.org/2006/time#",
    "prov": "http://www.w3.org/ns/prov#",
    "schema": "https://schema.org/",
    "geo": "http://www.opengis.net/ont/geosparql#",
    "wgs": "http://www.w3.org/2003/01/geo/wgs84_pos#",
    "dl": NS,
    "dl-role": "https://dateline.invalid/ns/role#",
    "dl-type": "https://dateline.invalid/ns/type#",
    "dl-cameo": "https://dateline.invalid/ns/cameo#",
    # one prefix per node kind, so that ``actor:north-korean-forces`` reads as the node id
    "article": ID_BASE + "article/",
    "event": ID_BASE + "event/",
    "actor": ID_BASE + "actor/",
    "place": ID_BASE + "place/",
    "source": ID_BASE + "source/",
}

# CAMEO root codes (Gerner et al.; CAMEO manual 1.1b3). CAMEO publishes no IRIs, so the
# codes are SKOS concepts of the project's ``dl-cameo:`` scheme (exporters/dateline.ttl).
CAMEO_ROOTS = {
    "01": "Make public statement", "02": "Appeal", "03": "Express intent to cooperate",
    "04": "Consult", "05": "Engage in diplomatic cooperation",
    "06": "Engage in material cooperation", "07": "Provide aid", "08": "Yield",
    "09": "Investigate", "10": "Demand", "11": "Disapprove", "12": "Reject",
    "13": "Threaten", "14": "Protest", "15": "Exhibit force posture",
    "16": "Reduce relations", "17": "Coerce", "18": "Assault", "19": "Fight",
    "20": "Use unconventional mass violence",
}

_P = NAMESPACES
RDF_TYPE = _P["rdf"] + "type"
RDF_VALUE = _P["rdf"] + "value"
LABEL = _P["rdfs"] + "label"
XSD_STRING = _P["xsd"] + "string"
XSD_DATE = _P["xsd"] + "date"
XSD_DATETIME = _P["xsd"] + "dateTime"
XSD_INTEGER = _P["xsd"] + "integer"
XSD_DECIMAL = _P["xsd"] + "decimal"
XSD_ANYURI = _P["xsd"] + "anyURI"


class _V:
    """IRIs of a namespace as attributes: ``_V(ns).term``."""

    def __init__(self, base: str):
        self._base = base

    def __getattr__(self, name: str) -> str:
        return self._base + name


SEM, TIME, PROV, SDO = _V(_P["sem"]), _V(_P["time"]), _V(_P["prov"]), _V(_P["schema"])
GEO, WGS, SKOS, OWL = _V(_P["geo"]), _V(_P["wgs"]), _V(_P["skos"]), _V(_P["owl"])
DL = _V(NS)

# --- IRIs ----------------------------------------------------------------------------------

_SAFE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~-")
_SAFE_RE = re.compile(r"^[A-Za-z0-9._~-]*$")


def _pct(text: str, safe: frozenset = _SAFE) -> str:
    if _SAFE_RE.match(text):
        return text
    out = []
    for ch in text:
        if ch in safe:
            out.append(ch)
        else:
            out.extend(f"%{b:02X}" for b in ch.encode("utf-8", "surrogatepass"))
    return "".join(out)


def iri_path(node_id) -> str:
    """The path under ``ID_BASE`` for a node id: ``:`` -> ``/``, everything outside
    ``[A-Za-z0-9._~-]`` percent-encoded, ``.``/``..`` segments encoded, never empty."""
    out = []
    for seg in str(node_id).split(":"):
        enc = _pct(seg)
        if enc in ("", ".", ".."):
            enc = enc.replace(".", "%2E") or "_"
        out.append(enc)
    return "/".join(out)


def node_iri_str(node_id) -> str:
    return ID_BASE + iri_path(node_id)


def _frag(text) -> str:
    """A fragment-safe token: ``:`` -> ``-``, everything else unsafe percent-encoded."""
    return _pct(str(text).replace(":", "-")) or "_"


# --- literals --------------------------------------------------------------------------------

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME_RE = re.compile(
    r"^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")
_date_cache: dict = {}


def _date_lit(value):
    """``(value, xsd:date)`` for a valid ``YYYY-MM-DD``, else ``None``."""
    if not isinstance(value, str):
        return None
    hit = _date_cache.get(value, False)
    if hit is not False:
        return hit
    lit = None
    if _DATE_RE.match(value):
        try:
            _dt.date.fromisoformat(value)
            lit = (value, XSD_DATE)
        except ValueError:
            lit = None
    if len(_date_cache) < 100_000:
        _date_cache[value] = lit
    return lit


def _datetime_lit(value):
    """``xsd:dateTime`` for a date-time with a time part (seconds added when missing, the
    offset kept only when given: none is ever invented); ``xsd:date`` for a day; else None."""
    if not isinstance(value, str):
        return None
    m = _DATETIME_RE.match(value)
    if not m:
        return _date_lit(value)
    day, hh, mm, ss, frac, tz = m.groups()
    lexical = f"{day}T{hh}:{mm}:{ss or '00'}{frac or ''}{tz or ''}"
    try:
        _dt.datetime.fromisoformat(lexical.replace("Z", "+00:00"))
    except ValueError:
        return None
    return (lexical, XSD_DATETIME)


def _decimal_lexical(x) -> str | None:
    """A canonical-ish ``xsd:decimal`` lexical form of a number (always with a point)."""
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return None
    if isinstance(x, float) and not math.isfinite(x):
        return None
    try:
        d = Decimal(repr(x)) if isinstance(x, float) else Decimal(x)
    except InvalidOperation:  # pragma: no cover
        return None
    s = format(d, "f")
    if "." not in s:
        s += ".0"
    return s


def _split(value) -> list[str]:
    if not isinstance(value, str) or not value:
        return []
    return [p for p in value.split(LIST_SEP) if p]


def ingest_time(g):
    """The ingest time to record as ``prov:generatedAtTime`` on claims, or ``None``.

    It is never the clock: output stays byte-deterministic. It comes from the graph
    attribute ``g.graph["ingest_time"]`` or, failing that, the environment variable
    ``DATELINE_INGEST_TIME``; either must be an ISO date-time (``2025-03-11T15:48:00Z``)."""
    value = g.graph.get("ingest_time") if hasattr(g, "graph") else None
    where = "graph attribute ingest_time"
    if not value:
        value = os.environ.get("DATELINE_INGEST_TIME") or None
        where = "DATELINE_INGEST_TIME"
    if value is None:
        return None
    lit = _datetime_lit(str(value))
    if lit is None or lit[1] != XSD_DATETIME:
        raise ValueError(f"{where}: {value!r} is not an ISO date-time "
                         "(YYYY-MM-DDThh:mm[:ss][Z|+hh:mm])")
    return lit


# --- the mapping -------------------------------------------------------------------------------

def _t(x):
    """A plain string literal."""
    return (str(x), None)


def _int(x):
    if isinstance(x, bool) or not isinstance(x, int):
        return None
    return (str(x), XSD_INTEGER)


def _has_interval(d) -> bool:
    return _date_lit(d.get("earliest")) is not None or _date_lit(d.get("latest")) is not None


def blocks(g, ingest=None):
    """Yield ``(ctx, subject, [(predicate, object), ...])`` for the whole graph (see the
    module docstring). ``ingest`` is a literal from ``ingest_time(g)`` or ``None``."""
    nodes = g.nodes
    # the successor dicts: {v: {key: attrs}} (networkx's own, read-only; much faster than
    # building an out_edges view per node)
    succ = g._succ if isinstance(getattr(g, "_succ", None), dict) and g.is_multigraph() \
        else {n: ({v: ({k: d for k, d in ks.items()} if g.is_multigraph() else {0: ks})
                   for v, ks in g.adj[n].items()}) for n in g.nodes}
    iri_cache: dict = {}

    def iri(n):
        r = iri_cache.get(n)
        if r is None:
            r = iri_cache[n] = ID_BASE + iri_path(n)
        return r

    vocab_seen: set = set()

    def vocab_term(base: str, cls: str, value, extra=()):
        """The IRI of a role or event type; its description is yielded once, first."""
        term = base + _frag(value)
        if term in vocab_seen:
            return term, None
        vocab_seen.add(term)
        pairs = [(RDF_TYPE, cls)]
        if value is not None and value != "":
            pairs.append((LABEL, _t(value)))
        pairs.extend(extra)
        return term, pairs

    pending_vocab: list = []
    cameo_seen: set = set()

    def cameo_concept(code: str) -> str:
        c = _P["dl-cameo"] + _frag(code)
        if c not in cameo_seen:
            cameo_seen.add(c)
            name = CAMEO_ROOTS.get(code)
            pending_vocab.append((c, [(RDF_TYPE, SKOS.Concept),
                                      (LABEL, _t(f"CAMEO {code}" + (f": {name}" if name else ""))),
                                      (SKOS.notation, _t(code)),
                                      (SKOS.inScheme, DL.CAMEO)]))
        return c

    def label_of(n):
        return nodes[n].get("label", n)

    for n in sorted(nodes, key=str):
        d = nodes[n]
        s = iri(n)
        kind = d.get("kind")
        own: list = []
        add = own.append
        lab = d.get("label", n)
        ctx = n if kind == "article" else None
        nbrs = succ[n]
        if not nbrs:
            out_edges = ()
        else:
            out_edges = sorted(((n, v, k, ed) for v, keyed in nbrs.items()
                                for k, ed in keyed.items()),
                               key=lambda e: (str(e[1]), str(e[2])))
        extra_blocks: list = []   # (ctx, subject, pairs) after the node's own block
        if kind == "article":
            add((RDF_TYPE, SDO.NewsArticle))
            add((RDF_TYPE, PROV.Entity))
        elif kind == "event":
            add((RDF_TYPE, SEM.Event))
        elif kind == "actor":
            add((RDF_TYPE, SEM.Actor))
            add((RDF_TYPE, PROV.Agent))
        elif kind == "place":
            add((RDF_TYPE, SEM.Place))
            add((RDF_TYPE, GEO.Feature))
        elif kind == "source":
            add((RDF_TYPE, PROV.Agent))
            add((RDF_TYPE, DL.Source))
        else:
            add((RDF_TYPE, DL.Node))
        if lab is not None and lab != "":
            add((LABEL, _t(lab)))

        def opt_text(p, value, add=add):
            if value is not None and value != "":
                add((p, _t(value)))

        def opt_int(p, value, add=add):
            lit = _int(value)
            if lit is not None:
                add((p, lit))

        if kind == "article":
            opt_text(SDO.headline, d.get("title"))
            pub = d.get("published")
            lit = _datetime_lit(pub)
            if lit is not None:
                add((SDO.datePublished, lit))
            else:
                opt_text(DL.published, pub)
            opt_text(SDO.author, d.get("author"))
            opt_text(SDO.publisher, d.get("outlet"))
            if d.get("url"):
                add((SDO.url, (str(d["url"]), XSD_ANYURI)))
            opt_text(DL.path, d.get("path"))
        elif kind == "event":
            vocab_blocks = []
            if d.get("type"):
                cameo = d.get("cameo")
                extra = ()
                if cameo in CAMEO_ROOTS:  # a real root code: never an invented concept
                    extra = ((SKOS.closeMatch, cameo_concept(cameo)),)
                term, desc = vocab_term(_P["dl-type"], SEM.EventType, d["type"], extra)
                add((SEM.eventType, term))
                if desc is not None:
                    vocab_blocks.append((None, term, desc))
            opt_text(DL.lemma, d.get("lemma"))
            opt_text(DL.cameo, d.get("cameo"))
            opt_text(DL.modality, d.get("modality"))
            opt_int(DL.claimCount, d.get("claims"))
            opt_int(DL.corroboration, d.get("corroboration"))
            opt_text(DL.timexValue, d.get("time_value"))
            opt_text(DL.timexMod, d.get("time_mod"))
            opt_text(DL.timeBasis, d.get("time_basis"))
            earliest, latest = d.get("earliest"), d.get("latest")
            begin, end = _date_lit(earliest), _date_lit(latest)
            for lit, value, p, fallback in ((begin, earliest, SEM.hasEarliestBeginTimeStamp,
                                             DL.earliest),
                                            (end, latest, SEM.hasLatestEndTimeStamp,
                                             DL.latest)):
                if lit is not None:
                    add((p, lit))
                elif value is not None and value != "":
                    add((fallback, _t(value)))
            if not d.get("time_mod") and d.get("time_basis") not in PROXY_BASES:
                value = d.get("time_value")
                stamp = _datetime_lit(value) if isinstance(value, str) and "T" in value \
                    else None
                if stamp is None and earliest and earliest == latest:
                    stamp = begin
                if stamp is not None:
                    add((SEM.hasTimeStamp, stamp))
                    if stamp[1] == XSD_DATE:  # one whole day: it begins and ends then
                        add((SEM.hasBeginTimeStamp, stamp))
                        add((SEM.hasEndTimeStamp, stamp))
            t_iri = None
            if begin is not None or end is not None:
                t_iri = s + "#time"
                add((TIME.hasTime, t_iri))
                value = d.get("time_value")
                span_text = f"{earliest or '..'} \u2013 {latest or '..'}"
                tp = [(RDF_TYPE, TIME.Interval),
                      (LABEL, _t(f"{value} ({span_text})" if value else span_text))]
                if value is not None and value != "":
                    tp.append((DL.timexValue, _t(value)))
                if d.get("time_mod"):
                    tp.append((DL.timexMod, _t(d["time_mod"])))
                insts = []
                for lit, p, suffix in ((begin, TIME.hasBeginning, "#time-begin"),
                                       (end, TIME.hasEnd, "#time-end")):
                    if lit is None:
                        continue
                    inst = s + suffix
                    tp.append((p, inst))
                    insts.append((None, inst, [(RDF_TYPE, TIME.Instant),
                                               (LABEL, _t(lit[0])),
                                               (TIME.inXSDDate, lit)]))
                time_block = (None, t_iri, tp)
            # edges, by kind
            by_article: dict = {}      # article -> [claim pairs blocks]
            claims_at: dict = {}       # (article, sentence_start) -> [claim IRIs]
            attributed: dict = {}      # claim IRI -> [(p, o)] added by cites edges
            role_blocks = []
            for _, v, key, ed in out_edges:
                if ed.get("rel") != "claim":
                    continue
                a = iri(v)
                rest = str(key)[len("claim:"):] if str(key).startswith("claim:") else str(key)
                c = f"{s}#claim-{_frag(v)}-{_frag(rest)}"
                claims_at.setdefault((v, ed.get("sentence_start")), []).append(c)
                trig = ed.get("trigger")
                cp = [(RDF_TYPE, PROV.Entity), (RDF_TYPE, DL.Claim),
                      (LABEL, _t(f"claim: {trig!s} \u2014 {label_of(v)}" if trig
                                 else f"claim \u2014 {label_of(v)}")),
                      (PROV.wasDerivedFrom, a)]
                cadd = cp.append
                for p, key_ in ((DL.sentence, "sentence"),):
                    if ed.get(key_) not in (None, ""):
                        cadd((p, _t(ed[key_])))
                for p, key_ in ((DL.sentenceStart, "sentence_start"),
                                (DL.sentenceEnd, "sentence_end")):
                    lit = _int(ed.get(key_))
                    if lit is not None:
                        cadd((p, lit))
                if trig is not None and trig != "":
                    cadd((DL.trigger, _t(trig)))
                for p, key_ in ((DL.triggerStart, "trigger_start"),
                                (DL.triggerEnd, "trigger_end")):
                    lit = _int(ed.get(key_))
                    if lit is not None:
                        cadd((p, lit))
                for p, key_ in ((DL.modality, "modality"), (DL.timexValue, "time_value"),
                                (DL.timexMod, "time_mod")):
                    if ed.get(key_) not in (None, ""):
                        cadd((p, _t(ed[key_])))
                for key_, p in (("earliest", DL.earliest), ("latest", DL.latest)):
                    value = ed.get(key_)
                    lit = _date_lit(value)
                    if lit is not None:
                        cadd((p, lit))
                    elif value is not None and value != "":
                        cadd((p, _t(value)))
                for p, key_ in ((DL.timeBasis, "time_basis"), (DL.timex, "timex")):
                    if ed.get(key_) not in (None, ""):
                        cadd((p, _t(ed[key_])))
                if ingest is not None:
                    cadd((PROV.generatedAtTime, ingest))
                by_article.setdefault(v, []).append((c, cp))
            att_blocks: dict = {}  # article -> [blocks]
            for _, v, key, ed in out_edges:
                rel = ed.get("rel")
                o = iri(v)
                if rel == "role":
                    role = ed.get("role") or (str(key)[5:] if str(key).startswith("role:")
                                              else key)
                    r = f"{s}#role-{_frag(role)}-{_frag(v)}"
                    add((SEM.hasActor, r))
                    term, desc = vocab_term(_P["dl-role"], SEM.RoleType, role)
                    if desc is not None:
                        vocab_blocks.append((None, term, desc))
                    role_blocks.append((None, r, [(RDF_TYPE, SEM.Role),
                                                  (LABEL, _t(f"{role}: {label_of(v)}")),
                                                  (RDF_VALUE, o), (SEM.roleType, term)]))
                elif rel == "place":
                    add((SEM.hasPlace, o))
                elif rel == "before":
                    add((DL.before, o))
                    if t_iri is not None and v in nodes and _has_interval(nodes[v]):
                        time_block[2].append((TIME.before, o + "#time"))
                elif rel == "cites":
                    att = f"{s}#{_frag(key)}-{_frag(v)}"
                    ap = [(RDF_TYPE, PROV.Attribution),
                          (LABEL, _t(f"{ed.get('source_kind') or 'source'}: "
                                     f"{ed.get('name') or label_of(v)}")),
                          (PROV.agent, o)]
                    if ed.get("source_kind") not in (None, ""):
                        ap.append((DL.sourceKind, _t(ed["source_kind"])))
                    if ed.get("name") not in (None, ""):
                        ap.append((DL.citedAs, _t(ed["name"])))
                    article = ed.get("article")
                    actx = article if article in nodes and \
                        nodes[article].get("kind") == "article" else None
                    att_blocks.setdefault(actx, []).append((actx, att, ap))
                    targets = claims_at.get((article, ed.get("sentence_start")), [])
                    for c in targets or [s]:
                        lst = attributed.setdefault((actx, c), [])
                        if (PROV.wasAttributedTo, o) not in lst:
                            lst.append((PROV.wasAttributedTo, o))
                        lst.append((PROV.qualifiedAttribution, att))
                elif rel == "claim":
                    continue
                elif rel == "within":
                    add((GEO.sfWithin, o))
                else:  # an edge kind this mapping does not know: keep it, generically
                    add((DL.related, o))
            yield None, s, own
            # per-article statements: the event's derivation, then the claims
            for v in sorted(by_article, key=str):
                a = iri(v)
                ep = [(PROV.wasDerivedFrom, a)]
                ep.extend((DL.hasClaim, c) for c, _ in by_article[v])
                ep.extend(attributed.pop((v, s), ()))
                yield v, s, ep
                for c, cp in by_article[v]:
                    cp.extend(attributed.pop((v, c), ()))
                    yield v, c, cp
                for blk in att_blocks.pop(v, ()):
                    yield blk
            for (actx, subj), pairs in sorted(attributed.items(),
                                              key=lambda x: (str(x[0][0]), x[0][1])):
                yield actx, subj, pairs  # attributions to an article with no claim here
            for actx in sorted(att_blocks, key=str):
                yield from att_blocks[actx]
            yield from role_blocks
            if t_iri is not None:
                yield time_block
                yield from insts
            yield from vocab_blocks
            while pending_vocab:
                c, cp = pending_vocab.pop(0)
                yield None, c, cp
            continue
        elif kind == "actor":
            opt_text(DL.actorKind, d.get("actor_kind"))
            opt_text(DL.country, d.get("country"))
            for alias in _split(d.get("aliases")):
                add((SKOS.altLabel, _t(alias)))
            for title in _split(d.get("titles")):
                add((SDO.jobTitle, _t(title)))
        elif kind == "place":
            opt_text(DL.placeKind, d.get("place_kind"))
            opt_text(DL.country, d.get("country"))
            for alias in _split(d.get("aliases")):
                add((SKOS.altLabel, _t(alias)))
            lat, lon = _decimal_lexical(d.get("lat")), _decimal_lexical(d.get("lon"))
            if lat is not None and lon is not None:
                add((WGS.lat, (lat, XSD_DECIMAL)))
                add((WGS.long, (lon, XSD_DECIMAL)))
                geom = s + "#geometry"
                add((GEO.hasGeometry, geom))
                wkt = f"POINT({lon} {lat})"
                extra_blocks.append((None, geom, [(RDF_TYPE, GEO.Geometry), (LABEL, _t(wkt)),
                                                  (GEO.asWKT, (wkt, GEO.wktLiteral))]))
            gid = d.get("geonames_id")
            if isinstance(gid, int) and not isinstance(gid, bool) and gid > 0:
                add((OWL.sameAs, f"https://sws.geonames.org/{gid}/"))
        elif kind == "source":
            opt_text(DL.sourceKind, d.get("source_kind"))
        else:
            opt_text(DL.kind, kind)
        # out-edges of non-event nodes (within, or anything unknown)
        for _, v, key, ed in out_edges:
            rel = ed.get("rel")
            o = iri(v)
            if rel == "within":
                add((GEO.sfWithin, o))
            elif rel == "place":
                add((SEM.hasPlace, o))
            elif rel == "before":
                add((DL.before, o))
            else:
                add((DL.related, o))
        yield ctx, s, own
        yield from extra_blocks


def term_count(g) -> int:
    """How many statements ``blocks(g)`` yields (duplicates included)."""
    return sum(len(p) for _, _, p in blocks(g))
