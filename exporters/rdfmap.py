"""The RDF mapping of the dateline graph, with no RDF library: one source of truth for
every RDF writer (Turtle, N-Triples, TriG, JSON-LD) and for ``to_rdflib``.

``blocks(g)`` yields ``(ctx, subject, pairs)``: ``subject`` is an IRI (``str``), ``pairs``
a list of ``(predicate IRI, object)``, where an object is an IRI (``str``) or a literal
``(lexical, datatype IRI or None)`` (a ``tuple``; ``None`` is ``xsd:string``). ``ctx`` is
the node id of the article the statements come from (claims, attributions, the article's
own description and ``prov:wasDerivedFrom``), or ``None`` for the shared description of
events, actors, places, sources and vocabulary terms. TriG writes one named graph per
article from it; the other formats ignore it.

``statements(g, ingest, terms)`` is the same mapping with the terms spelled by a ``Terms``
object: ``blocks`` uses the plain Python terms above, ``exporters.rdfsyntax`` spells them
as N-Triples or Turtle text directly (no tuple per triple). The Turtle writer also has
string templates for the common node shapes, checked against this mapping by the tests,
and hands every other node to ``mapping(...).node_blocks``.

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
           "statements", "mapping", "Terms", "iri_path", "node_iri_str", "ingest_time",
           "term_count"]

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
_SAFE_RE = re.compile(r"[A-Za-z0-9._~-]*\Z")  # \Z, not $: "a\n" is not safe


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

_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}\Z", re.ASCII)
_DATETIME_RE = re.compile(
    r"(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?\Z", re.ASCII)
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

def _int(x):
    """The lexical form of an ``xsd:integer`` value, or ``None``."""
    if isinstance(x, bool) or not isinstance(x, int):
        return None
    return str(x)


def _has_interval(d) -> bool:
    return _date_lit(d.get("earliest")) is not None or _date_lit(d.get("latest")) is not None


# The predicates the mapping writes, by short name (``P.<name>`` in ``statements``).
PREDICATES: dict[str, str] = {
    "type": RDF_TYPE, "label": LABEL, "value": RDF_VALUE,
    # articles
    "headline": SDO.headline, "datePublished": SDO.datePublished, "published": DL.published,
    "author": SDO.author, "publisher": SDO.publisher, "url": SDO.url, "path": DL.path,
    # events
    "eventType": SEM.eventType, "lemma": DL.lemma, "cameo": DL.cameo,
    "modality": DL.modality, "claimCount": DL.claimCount, "corroboration": DL.corroboration,
    "timexValue": DL.timexValue, "timexMod": DL.timexMod, "timeBasis": DL.timeBasis,
    "earliestBegin": SEM.hasEarliestBeginTimeStamp, "latestEnd": SEM.hasLatestEndTimeStamp,
    "earliest": DL.earliest, "latest": DL.latest, "timeStamp": SEM.hasTimeStamp,
    "beginStamp": SEM.hasBeginTimeStamp, "endStamp": SEM.hasEndTimeStamp,
    "hasTime": TIME.hasTime, "hasBeginning": TIME.hasBeginning, "hasEnd": TIME.hasEnd,
    "inXSDDate": TIME.inXSDDate, "timeBefore": TIME.before,
    "hasActor": SEM.hasActor, "roleType": SEM.roleType, "hasPlace": SEM.hasPlace,
    "before": DL.before, "related": DL.related, "sfWithin": GEO.sfWithin,
    # claims and attributions
    "wasDerivedFrom": PROV.wasDerivedFrom, "hasClaim": DL.hasClaim, "sentence": DL.sentence,
    "sentenceStart": DL.sentenceStart, "sentenceEnd": DL.sentenceEnd, "trigger": DL.trigger,
    "triggerStart": DL.triggerStart, "triggerEnd": DL.triggerEnd, "timex": DL.timex,
    "generatedAtTime": PROV.generatedAtTime, "wasAttributedTo": PROV.wasAttributedTo,
    "qualifiedAttribution": PROV.qualifiedAttribution, "agent": PROV.agent,
    "sourceKind": DL.sourceKind, "citedAs": DL.citedAs,
    # actors, places, other nodes, vocabulary
    "actorKind": DL.actorKind, "country": DL.country, "altLabel": SKOS.altLabel,
    "jobTitle": SDO.jobTitle, "placeKind": DL.placeKind, "lat": WGS.lat, "long": WGS.long,
    "hasGeometry": GEO.hasGeometry, "asWKT": GEO.asWKT, "sameAs": OWL.sameAs, "kind": DL.kind,
    "closeMatch": SKOS.closeMatch, "notation": SKOS.notation, "inScheme": SKOS.inScheme,
}

# The classes of each kind of subject (``rdf:type``), in the order written.
CLASSES: dict[str, tuple[str, ...]] = {
    "article": (SDO.NewsArticle, PROV.Entity), "event": (SEM.Event,),
    "actor": (SEM.Actor, PROV.Agent), "place": (SEM.Place, GEO.Feature),
    "source": (PROV.Agent, DL.Source), None: (DL.Node,),
    "claim": (PROV.Entity, DL.Claim), "role": (SEM.Role,), "attribution": (PROV.Attribution,),
    "interval": (TIME.Interval,), "instant": (TIME.Instant,), "geometry": (GEO.Geometry,),
    "eventType": (SEM.EventType,), "roleType": (SEM.RoleType,), "concept": (SKOS.Concept,),
}


class Terms:
    """How ``statements`` spells terms: this base class gives the plain Python terms of
    ``blocks`` (rdfsyntax has the Turtle and N-Triples spellings).

    A *term* is what ``iri``, ``frag``, ``lit``, ``typed`` and ``integer`` return, a
    *predicate* what ``pred`` returns, and ``predicate + term`` is one statement entry of a
    subject (``(p, o)`` here: predicates and terms are 1-tuples; in the text spellings
    they are strings, and an entry is the text ``p o``). ``multi`` makes the entries of one
    predicate with several objects (duplicates dropped)."""

    def pred(self, iri: str):
        return (iri,)

    def iri(self, iri: str):
        return (iri,)

    def frag(self, base: str, base_term, fragment: str):
        """The term of ``base#fragment``; ``base_term`` is ``self.iri(base)``."""
        return (f"{base}#{fragment}",)

    def node(self, node_id):
        """``(IRI, term)`` of a graph node."""
        s = ID_BASE + iri_path(node_id)
        return s, self.iri(s)

    def lit(self, value):
        """A plain (``xsd:string``) literal of ``str(value)``."""
        return ((value if value.__class__ is str else str(value), None),)

    def typed(self, lexical: str, datatype: str):
        return ((lexical, datatype),)

    def integer(self, lexical: str):
        return ((lexical, XSD_INTEGER),)

    def multi(self, pred, objects) -> list:
        if len(objects) > 1:
            objects = dict.fromkeys(objects)
        return [pred + o for o in objects]

    def types(self, classes) -> list:
        return self.multi(self.pred(RDF_TYPE), [self.iri(c) for c in classes])


_MISS = object()


def _node_key(n):
    """A total order of node ids, ``str`` first (``7`` and ``"7"`` differ)."""
    return (str(n), type(n).__name__, repr(n))


def _merge(blocks: dict, subject, entries: list) -> None:
    """``blocks[subject] = entries``, or the new entries added to the ones there."""
    have = blocks.get(subject)
    if have is None:
        blocks[subject] = entries
    else:
        have.extend([e for e in entries if e not in have])


class Mapping:
    """The mapping of one graph (``mapping(g, ingest, terms)``): ``run()`` yields every
    block, ``node_blocks(n)`` those of one node, ``group_blocks(nodes)`` those of nodes
    that share an IRI (``shared_iris`` finds them: ``7`` and ``"7"``); ``node``,
    ``out_edges``, ``date_term``, ``frag_of``, ``label_of`` and the vocabulary state are
    shared with fast writers (``rdfsyntax``) that spell common nodes themselves and hand
    the rest to ``node_blocks``."""

    def __init__(self, **kw):
        self.__dict__.update(kw)


def plain_edge_groups(edges, obj) -> list[tuple[str, list]]:
    """The objects (``obj(v)``) of a non-event node's out-edges ``(u, v, key, data)``
    grouped by relation in the written order: within, place, before, then any other
    relation as "related"; empty groups left out. Shared by the generic mapping and the
    Turtle templates so that both say the same."""
    groups: dict[str, list] = {"within": [], "place": [], "before": [], "related": []}
    for v, _key, ed in edges:
        rel = ed.get("rel")
        groups[rel if rel in ("within", "place", "before") else "related"].append(obj(v))
    return [(rel, objs) for rel, objs in groups.items() if objs]


def statements(g, ingest, terms: Terms):
    """Yield ``(ctx, subject term, [entry, ...])``: the mapping, spelled by ``terms``.

    ``blocks`` is this with the plain terms of ``Terms``; the N-Triples and TriG writers
    run it with their own spellings. Every spelling gets the same blocks, in the same
    order, with entries in the same order."""
    return mapping(g, ingest, terms).run()


def mapping(g, ingest, terms: Terms) -> Mapping:
    """The mapping of ``g`` spelled by ``terms`` (see ``Mapping``)."""
    nodes = g._node if isinstance(getattr(g, "_node", None), dict) else dict(g.nodes(data=True))
    # the successor dicts: {v: {key: attrs}} (networkx's own, read-only; much faster than
    # building an out_edges view per node)
    succ = g._succ if isinstance(getattr(g, "_succ", None), dict) and g.is_multigraph() \
        else {n: ({v: ({k: d for k, d in ks.items()} if g.is_multigraph() else {0: ks})
                   for v, ks in g.adj[n].items()}) for n in g.nodes}

    class P:  # predicate spellings, P.label etc.
        pass
    for name, iri in PREDICATES.items():
        setattr(P, name, terms.pred(iri))
    T = {k: terms.types(v) for k, v in CLASSES.items()}
    t_article, t_event, t_actor, t_place = T["article"], T["event"], T["actor"], T["place"]
    t_source, t_other, t_claim, t_role = T["source"], T[None], T["claim"], T["role"]
    t_att, t_interval, t_instant = T["attribution"], T["interval"], T["instant"]
    lit, typed, integer, frag, multi = terms.lit, terms.typed, terms.integer, terms.frag, \
        terms.multi
    iri_term = terms.iri
    p_label = P.label
    ingest_term = None if ingest is None else typed(*ingest)
    dl_type, dl_role, dl_cameo = _P["dl-type"], _P["dl-role"], _P["dl-cameo"]

    node_cache: dict = {}

    def node(n):
        """(IRI, term) of a node."""
        r = node_cache.get(n)
        if r is None:
            r = node_cache[n] = terms.node(n)
        return r

    frag_cache: dict = {}

    def frag_of(x) -> str:
        """``_frag(x)``, remembered for node ids and roles (they repeat)."""
        r = frag_cache.get(x) if x.__class__ is str else None
        if r is None:
            r = _frag(x)
            if x.__class__ is str and len(frag_cache) < 200_000:
                frag_cache[x] = r
        return r

    date_cache: dict = {}

    def date_term(value):
        """The ``xsd:date`` term of a valid ``YYYY-MM-DD``, else ``None``."""
        if not isinstance(value, str):
            return None
        r = date_cache.get(value, _MISS)
        if r is _MISS:
            r = _date_lit(value)
            if r is not None:
                r = typed(*r)
            if len(date_cache) < 100_000:
                date_cache[value] = r
        return r

    vocab_seen: set = set()

    def vocab_term(base: str, classes, value, extra=()):
        """The term of a role or event type; its description is given once, first."""
        term = base + frag_of(value)
        if term in vocab_seen:
            return iri_term(term), None
        vocab_seen.add(term)
        entries = terms.types(classes)
        if value is not None and value != "":
            entries.append(p_label + lit(value))
        entries.extend(extra)
        return iri_term(term), entries

    pending_vocab: list = []
    cameo_seen: set = set()

    def cameo_concept(code: str):
        c = dl_cameo + _frag(code)
        ct = iri_term(c)
        if c not in cameo_seen:
            cameo_seen.add(c)
            name = CAMEO_ROOTS.get(code)
            entries = T["concept"] + [
                p_label + lit(f"CAMEO {code}" + (f": {name}" if name else "")),
                P.notation + lit(code), P.inScheme + iri_term(DL.CAMEO)]
            pending_vocab.append((ct, entries))
        return ct

    def label_of(n):
        return nodes[n].get("label", n)

    def key_str(kv):
        return str(kv[0])

    # constant (predicate, attribute) lists
    ev_text = ((P.lemma, "lemma"), (P.cameo, "cameo"), (P.modality, "modality"))
    ev_int = ((P.claimCount, "claims"), (P.corroboration, "corroboration"))
    cl_sent_int = ((P.sentenceStart, "sentence_start"), (P.sentenceEnd, "sentence_end"))
    cl_trig_int = ((P.triggerStart, "trigger_start"), (P.triggerEnd, "trigger_end"))
    cl_text1 = ((P.modality, "modality"), (P.timexValue, "time_value"),
                (P.timexMod, "time_mod"))
    cl_dates = (("earliest", P.earliest), ("latest", P.latest))
    cl_text2 = ((P.timeBasis, "time_basis"), (P.timex, "timex"))
    art_text = ((P.author, "author"), (P.publisher, "outlet"))
    actor_text = ((P.actorKind, "actor_kind"), (P.country, "country"))
    actor_lists = ((P.altLabel, "aliases"), (P.jobTitle, "titles"))
    place_text = ((P.placeKind, "place_kind"), (P.country, "country"))

    def out_edges_of(n) -> list:
        """``[(target, key, attrs), ...]`` by (str(target), str(key))."""
        nbrs = succ[n]
        out_edges = []
        if nbrs:
            for v in (sorted(nbrs, key=str) if len(nbrs) > 1 else nbrs):
                keyed = nbrs[v]
                for k, ed in (sorted(keyed.items(), key=key_str) if len(keyed) > 1
                              else keyed.items()):
                    out_edges.append((v, k, ed))
        return out_edges

    def node_blocks(n):
        """The blocks of node ``n`` (and of the vocabulary terms it uses first)."""
        d = nodes[n]
        s, S = node(n)
        kind = d.get("kind")
        lab = d.get("label", n)
        out_edges = out_edges_of(n)
        if kind == "event":
            own = t_event.copy()
        elif kind == "article":
            own = t_article.copy()
        elif kind == "actor":
            own = t_actor.copy()
        elif kind == "place":
            own = t_place.copy()
        elif kind == "source":
            own = t_source.copy()
        else:
            own = t_other.copy()
        add = own.append
        if lab is not None and lab != "":
            add(p_label + lit(lab))

        if kind == "event":
            vocab_blocks = []
            if d.get("type"):
                cameo = d.get("cameo")
                extra = ()
                if cameo in CAMEO_ROOTS:  # a real root code: never an invented concept
                    extra = (P.closeMatch + cameo_concept(cameo),)
                term, desc = vocab_term(dl_type, CLASSES["eventType"], d["type"], extra)
                add(P.eventType + term)
                if desc is not None:
                    vocab_blocks.append((None, term, desc))
            for p, key_ in ev_text:
                value = d.get(key_)
                if value is not None and value != "":
                    add(p + lit(value))
            for p, key_ in ev_int:
                lex = _int(d.get(key_))
                if lex is not None:
                    add(p + integer(lex))
            value = d.get("time_value")
            time_mod = d.get("time_mod")
            for p, v_ in ((P.timexValue, value), (P.timexMod, time_mod),
                          (P.timeBasis, d.get("time_basis"))):
                if v_ is not None and v_ != "":
                    add(p + lit(v_))
            earliest, latest = d.get("earliest"), d.get("latest")
            begin, end = date_term(earliest), date_term(latest)
            if begin is not None:
                add(P.earliestBegin + begin)
            elif earliest is not None and earliest != "":
                add(P.earliest + lit(earliest))
            if end is not None:
                add(P.latestEnd + end)
            elif latest is not None and latest != "":
                add(P.latest + lit(latest))
            if not time_mod and d.get("time_basis") not in PROXY_BASES:
                stamp = _datetime_lit(value) if isinstance(value, str) and "T" in value \
                    else None
                if stamp is None and earliest and earliest == latest:
                    stamp = _date_lit(earliest)
                if stamp is not None:
                    st = typed(*stamp)
                    add(P.timeStamp + st)
                    if stamp[1] == XSD_DATE:  # one whole day: it begins and ends then
                        add(P.beginStamp + st)
                        add(P.endStamp + st)
            t_term = None
            if begin is not None or end is not None:
                t_term = frag(s, S, "time")
                add(P.hasTime + t_term)
                span_text = f"{earliest or '..'} \u2013 {latest or '..'}"
                tp = t_interval + [p_label + lit(f"{value} ({span_text})" if value
                                                 else span_text)]
                if value is not None and value != "":
                    tp.append(P.timexValue + lit(value))
                if time_mod:
                    tp.append(P.timexMod + lit(time_mod))
                insts = []
                if begin is not None:
                    inst = frag(s, S, "time-begin")
                    tp.append(P.hasBeginning + inst)
                    insts.append((None, inst, t_instant + [p_label + lit(earliest),
                                                           P.inXSDDate + begin]))
                if end is not None:
                    inst = frag(s, S, "time-end")
                    tp.append(P.hasEnd + inst)
                    insts.append((None, inst, t_instant + [p_label + lit(latest),
                                                           P.inXSDDate + end]))
            # edges, by kind
            by_article: dict = {}      # article -> {claim term: entries}
            claims_at: dict = {}       # (article, sentence_start) -> [claim terms]
            attributed: dict = {}      # claim term or S -> {ctx: entries from cites edges}
            role_blocks: dict = {}     # role term -> entries
            actors, places, befores, withins, related = [], [], [], [], []
            for v, key, ed in out_edges:
                if ed.get("rel") != "claim":
                    continue
                a = node(v)[1]
                rest = str(key)[len("claim:"):] if str(key).startswith("claim:") else str(key)
                c = frag(s, S, f"claim-{frag_of(v)}-{_frag(rest)}")
                claims_at.setdefault((v, ed.get("sentence_start")), []).append(c)
                trig = ed.get("trigger")
                cp = t_claim + [p_label + lit(f"claim: {trig!s} \u2014 {label_of(v)}" if trig
                                              else f"claim \u2014 {label_of(v)}"),
                                P.wasDerivedFrom + a]
                cadd = cp.append
                if ed.get("sentence") not in (None, ""):
                    cadd(P.sentence + lit(ed["sentence"]))
                for p, key_ in cl_sent_int:
                    lex = _int(ed.get(key_))
                    if lex is not None:
                        cadd(p + integer(lex))
                if trig is not None and trig != "":
                    cadd(P.trigger + lit(trig))
                for p, key_ in cl_trig_int:
                    lex = _int(ed.get(key_))
                    if lex is not None:
                        cadd(p + integer(lex))
                for p, key_ in cl_text1:
                    if ed.get(key_) not in (None, ""):
                        cadd(p + lit(ed[key_]))
                for key_, p in cl_dates:
                    v_ = ed.get(key_)
                    dt = date_term(v_)
                    if dt is not None:
                        cadd(p + dt)
                    elif v_ is not None and v_ != "":
                        cadd(p + lit(v_))
                for p, key_ in cl_text2:
                    if ed.get(key_) not in (None, ""):
                        cadd(p + lit(ed[key_]))
                if ingest_term is not None:
                    cadd(P.generatedAtTime + ingest_term)
                _merge(by_article.setdefault(v, {}), c, cp)
            att_blocks: dict = {}  # article -> {attribution term: entries}
            for v, key, ed in out_edges:
                rel = ed.get("rel")
                if rel == "claim":
                    continue
                vs, o = node(v)
                if rel == "role":
                    role = ed.get("role") or (str(key)[5:] if str(key).startswith("role:")
                                              else key)
                    r = frag(s, S, f"role-{frag_of(role)}-{frag_of(v)}")
                    actors.append(r)
                    term, desc = vocab_term(dl_role, CLASSES["roleType"], role)
                    if desc is not None:
                        vocab_blocks.append((None, term, desc))
                    _merge(role_blocks, r, t_role + [
                        p_label + lit(f"{role}: {label_of(v)}"), P.value + o,
                        P.roleType + term])
                elif rel == "place":
                    places.append(o)
                elif rel == "before":
                    befores.append(o)
                    if t_term is not None and v in nodes and _has_interval(nodes[v]):
                        e = P.timeBefore + frag(vs, o, "time")
                        if e not in tp:  # several before edges (one per actor)
                            tp.append(e)
                elif rel == "cites":
                    att = frag(s, S, f"{_frag(key)}-{frag_of(v)}")
                    ap = t_att + [p_label + lit(f"{ed.get('source_kind') or 'source'}: "
                                                f"{ed.get('name') or label_of(v)}"),
                                  P.agent + o]
                    if ed.get("source_kind") not in (None, ""):
                        ap.append(P.sourceKind + lit(ed["source_kind"]))
                    if ed.get("name") not in (None, ""):
                        ap.append(P.citedAs + lit(ed["name"]))
                    article = ed.get("article")
                    actx = article if article in nodes and \
                        nodes[article].get("kind") == "article" else None
                    _merge(att_blocks.setdefault(actx, {}), att, ap)
                    targets = claims_at.get((article, ed.get("sentence_start")), [])
                    by = P.wasAttributedTo + o
                    via = P.qualifiedAttribution + att
                    for c in targets or [S]:
                        lst = attributed.setdefault(c, {}).setdefault(actx, [])
                        if by not in lst:
                            lst.append(by)
                        if via not in lst:
                            lst.append(via)
                elif rel == "within":
                    withins.append(o)
                else:  # an edge kind this mapping does not know: keep it, generically
                    related.append(o)
            for p, objs in ((P.hasActor, actors), (P.hasPlace, places), (P.before, befores),
                            (P.sfWithin, withins), (P.related, related)):
                if objs:
                    own.extend(multi(p, objs))
            # the event's own block, then per article its derivation and claims
            yield None, S, own
            articles = sorted(by_article, key=str)
            mine = attributed.pop(S, None) or {}
            for v in articles:
                ep = [P.wasDerivedFrom + node(v)[1]]
                ep.extend(multi(P.hasClaim, list(by_article[v])))
                ep.extend(mine.pop(v, ()))
                yield v, S, ep
            for actx in sorted(mine, key=str):  # attributed to an article with no claim here
                yield actx, S, mine[actx]
            for v in articles:
                for c, cp in by_article[v].items():
                    more = attributed.pop(c, None)
                    if more:
                        cp.extend(more.pop(v, ()))
                    yield v, c, cp
                    if more:
                        for actx in sorted(more, key=str):
                            yield actx, c, more[actx]
                for att, ap in att_blocks.pop(v, {}).items():
                    yield v, att, ap
            for actx in sorted(att_blocks, key=str):
                for att, ap in att_blocks[actx].items():
                    yield actx, att, ap
            for r, rp in role_blocks.items():
                yield None, r, rp
            if t_term is not None:
                yield None, t_term, tp
                yield from insts
            yield from vocab_blocks
            while pending_vocab:
                c, cp = pending_vocab.pop(0)
                yield None, c, cp
            return

        extra_blocks: list = []   # (ctx, subject, entries) after the node's own block
        if kind == "article":
            title = d.get("title")
            if title is not None and title != "":
                add(P.headline + lit(title))
            pub = d.get("published")
            pub_lit = _datetime_lit(pub)
            if pub_lit is not None:
                add(P.datePublished + typed(*pub_lit))
            elif pub is not None and pub != "":
                add(P.published + lit(pub))
            for p, key_ in art_text:
                value = d.get(key_)
                if value is not None and value != "":
                    add(p + lit(value))
            if d.get("url"):
                add(P.url + typed(str(d["url"]), XSD_ANYURI))
            value = d.get("path")
            if value is not None and value != "":
                add(P.path + lit(value))
        elif kind == "actor":
            for p, key_ in actor_text:
                value = d.get(key_)
                if value is not None and value != "":
                    add(p + lit(value))
            for p, key_ in actor_lists:
                items = _split(d.get(key_))
                if items:
                    own.extend(multi(p, [lit(x) for x in items]))
        elif kind == "place":
            for p, key_ in place_text:
                value = d.get(key_)
                if value is not None and value != "":
                    add(p + lit(value))
            items = _split(d.get("aliases"))
            if items:
                own.extend(multi(P.altLabel, [lit(x) for x in items]))
            lat, lon = _decimal_lexical(d.get("lat")), _decimal_lexical(d.get("lon"))
            if lat is not None and lon is not None:
                add(P.lat + typed(lat, XSD_DECIMAL))
                add(P.long + typed(lon, XSD_DECIMAL))
                geom = frag(s, S, "geometry")
                add(P.hasGeometry + geom)
                wkt = f"POINT({lon} {lat})"
                extra_blocks.append((None, geom, T["geometry"] + [
                    p_label + lit(wkt), P.asWKT + typed(wkt, GEO.wktLiteral)]))
            gid = d.get("geonames_id")
            if isinstance(gid, int) and not isinstance(gid, bool) and gid > 0:
                add(P.sameAs + iri_term(f"https://sws.geonames.org/{gid}/"))
        elif kind == "source":
            value = d.get("source_kind")
            if value is not None and value != "":
                add(P.sourceKind + lit(value))
        elif kind is not None and kind != "":
            add(P.kind + lit(kind))
        # out-edges of non-event nodes (within, or anything unknown)
        if out_edges:
            preds = {"within": P.sfWithin, "place": P.hasPlace, "before": P.before,
                     "related": P.related}
            for rel, objs in plain_edge_groups(out_edges, lambda v: node(v)[1]):
                own.extend(multi(preds[rel], objs))
        yield (n if kind == "article" else None), S, own
        yield from extra_blocks

    def group_blocks(group):
        """The blocks of nodes that share one IRI (ids such as ``7`` and ``"7"``, or
        ``event:`` and ``event:_``), together, so that a subject's blocks still follow
        each other (the writers merge those, and drop repeated statements)."""
        by_subject: dict = {}
        for n in sorted(group, key=_node_key):
            for blk in node_blocks(n):
                by_subject.setdefault(blk[1], []).append(blk)
        for blks in by_subject.values():
            yield from blks

    def shared_iris(candidates=None) -> dict:
        """node -> the nodes it shares its IRI with (itself included), for the nodes that
        do; ``candidates``: only these can (the caller knows the others cannot)."""
        by_iri: dict = {}
        for n in (nodes if candidates is None else candidates):
            by_iri.setdefault(node(n)[0], []).append(n)
        return {n: grp for grp in by_iri.values() if len(grp) > 1 for n in grp}

    def run():
        shared = shared_iris()
        done: set = set()
        for n in sorted(nodes, key=str):
            grp = shared.get(n)
            if grp is None:
                yield from node_blocks(n)
            elif n not in done:
                done.update(grp)
                yield from group_blocks(grp)

    return Mapping(nodes=nodes, succ=succ, terms=terms, P=P, T=T, node=node,
                   frag_of=frag_of, date_term=date_term, label_of=label_of,
                   out_edges=out_edges_of, vocab_seen=vocab_seen, cameo_seen=cameo_seen,
                   pending_vocab=pending_vocab, ingest_term=ingest_term,
                   node_cache=node_cache, frag_cache=frag_cache,
                   group_blocks=group_blocks, shared_iris=shared_iris,
                   node_blocks=node_blocks, run=run)


_PLAIN = Terms()


def blocks(g, ingest=None):
    """Yield ``(ctx, subject, [(predicate, object), ...])`` for the whole graph (see the
    module docstring). ``ingest`` is a literal from ``ingest_time(g)`` or ``None``."""
    for ctx, s, pairs in statements(g, ingest, _PLAIN):
        yield ctx, s[0], pairs


def term_count(g) -> int:
    """How many statements ``blocks(g)`` yields (duplicates included)."""
    return sum(len(p) for _, _, p in blocks(g))
