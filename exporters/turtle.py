"""RDF Turtle export (rdflib): the dateline graph in standard vocabularies.

``to_rdflib(g) -> rdflib.Graph`` builds the RDF graph (public API: SPARQL features use it);
``export(g, path)`` serialises it as Turtle, atomically. No blank nodes: every resource
has an IRI minted from the node id, so the output is byte-deterministic (rdflib's Turtle
serializer sorts prefixes, subjects, predicates and objects) and diffable.

IRIs
----
Instances live under ``https://dateline.invalid/id/``: the node id with ``:`` mapped to
``/`` (``actor:north-korean-forces`` -> ``<https://dateline.invalid/id/actor/north-korean-forces>``,
written ``actor:north-korean-forces`` in the Turtle because each node kind's folder is a
bound prefix). Every character outside ``[A-Za-z0-9._~/-]`` is percent-encoded (UTF-8), and
``.``/``..`` path segments are encoded too, so no text can break an IRI or the Turtle.
Resources that belong to one node hang off it as fragments: ``<event/X#time>``,
``<event/X#role-agent-actor-north-korean-forces>``, ``<event/X#claim-...>``,
``<place/X#geometry>``. All text (titles, sentences, names, URLs) is written as literals.

Prefixes: ``sem:`` http://semanticweb.cs.vu.nl/2009/11/sem/, ``time:`` OWL-Time,
``prov:`` PROV-O, ``schema:`` https://schema.org/, ``geo:`` GeoSPARQL, ``wgs:`` W3C WGS84,
``skos:``, ``owl:``, ``rdf:``, ``rdfs:``, ``xsd:``, ``dl:`` https://dateline.invalid/ns#
(project terms), ``dl-role:`` .../ns/role#, ``dl-type:`` .../ns/type#, and the instance
prefixes ``article:``, ``event:``, ``actor:``, ``place:``, ``source:``.

Vocabulary mapping
------------------
| graph (networkx)                     | RDF                                                                 |
|--------------------------------------|---------------------------------------------------------------------|
| node ``kind=article``                | ``a schema:NewsArticle, prov:Entity``                               |
| article ``title``                    | ``schema:headline`` (and ``rdfs:label`` = node ``label``)          |
| article ``published``                | ``schema:datePublished`` ``xsd:date`` or ``xsd:dateTime`` (only with a time part; ``15:48`` -> ``15:48:00``, no offset invented); unparseable -> ``dl:published`` string |
| article ``author`` / ``outlet``      | ``schema:author`` / ``schema:publisher`` (text literals)            |
| article ``url`` / ``path``           | ``schema:url "..."^^xsd:anyURI`` (a literal: never trusted as an IRI) / ``dl:path`` |
| node ``kind=event``                  | ``a sem:Event``; ``rdfs:label``                                     |
| event ``type``                       | ``sem:eventType dl-type:<type>`` (``a sem:EventType``)              |
| event ``lemma`` / ``cameo`` / ``modality`` | ``dl:lemma`` / ``dl:cameo`` / ``dl:modality``                 |
| event ``claims`` / ``corroboration`` | ``dl:claimCount`` / ``dl:corroboration`` (``xsd:integer``)          |
| event ``time_value`` / ``time_mod`` / ``time_basis`` | ``dl:timexValue`` / ``dl:timexMod`` / ``dl:timeBasis`` (TIMEX3 strings) |
| event ``earliest`` / ``latest``      | ``sem:hasEarliestBeginTimeStamp`` / ``sem:hasLatestEndTimeStamp`` (``xsd:date``) |
| event on one exact day (no mod, basis not ``publication``/``unknown``) | also ``sem:hasTimeStamp`` (``xsd:date``, or ``xsd:dateTime`` when the TIMEX value has a time) and, for a day, ``sem:hasBeginTimeStamp`` = ``sem:hasEndTimeStamp`` = that day. Fuzzy times get only the earliest/latest bounds: a TIMEX bounds when an event happened, it never gives a multi-day event's exact extent |
| event time, OWL-Time                 | ``time:hasTime <event/X#time>``, ``a time:Interval``: the interval the time expression denotes (the event lies inside it, TimeML *is_included*); ``time:hasBeginning``/``time:hasEnd`` -> ``<#time-begin>``/``<#time-end>``, ``a time:Instant; time:inXSDDate`` earliest/latest |
| edge ``role`` (event -> actor)       | ``sem:hasActor <event/X#role-<role>-<actor>>``, ``a sem:Role; rdf:value <actor>; sem:roleType dl-role:<role>`` (``a sem:RoleType``) |
| edge ``place`` (event -> place)      | ``sem:hasPlace <place>``                                            |
| edge ``claim`` (event -> article)    | event ``prov:wasDerivedFrom <article>`` and ``dl:hasClaim <event/X#claim-<article>-<s>-<t>>``, ``a prov:Entity, dl:Claim; prov:wasDerivedFrom <article>; dl:sentence, dl:sentenceStart, dl:sentenceEnd, dl:trigger, dl:triggerStart, dl:triggerEnd`` (offsets ``xsd:integer``), ``dl:modality``, ``dl:timexValue``, ``dl:timexMod``, ``dl:earliest``, ``dl:latest`` (``xsd:date``), ``dl:timeBasis``, ``dl:timex`` |
| edge ``cites`` (event -> actor/source) | on the claim(s) of that article and sentence: ``prov:wasAttributedTo <source>`` and ``prov:qualifiedAttribution <event/X#cites-...>``, ``a prov:Attribution; prov:agent <source>; dl:sourceKind; dl:citedAs`` (the name as cited) |
| edge ``within`` (place -> place)     | ``geo:sfWithin``                                                    |
| edge ``before`` (event -> event)     | ``dl:before`` between the events, and ``time:before`` between their ``#time`` intervals (the per-actor ``actor`` attribute is not kept) |
| node ``kind=actor``                  | ``a sem:Actor, prov:Agent``; ``dl:actorKind``, ``dl:country``, ``skos:altLabel`` (each alias), ``schema:jobTitle`` (each title) |
| node ``kind=place``                  | ``a sem:Place, geo:Feature``; ``dl:placeKind``, ``dl:country``, ``skos:altLabel``; ``wgs:lat``/``wgs:long`` (``xsd:decimal``); ``geo:hasGeometry <place/X#geometry>`` ``a geo:Geometry; geo:asWKT "POINT(lon lat)"^^geo:wktLiteral``; ``owl:sameAs <https://sws.geonames.org/ID/>`` |
| node ``kind=source``                 | ``a prov:Agent, dl:Source``; ``dl:sourceKind``                      |
| any other node kind                  | ``a dl:Node``; ``dl:kind``                                          |
| every node and minted resource       | ``rdfs:label`` (plain literal, no language tag)                     |

Literals: ``xsd:date`` for days, ``xsd:dateTime`` only with a time part, ``xsd:integer``
for offsets and counts, ``xsd:decimal`` for coordinates, plain strings for text.

Example (``EXAMPLE_QUERY``): events involving North Korean forces, in date order.
"""
from __future__ import annotations

import datetime as _dt
from decimal import Decimal, InvalidOperation
import math
import os
import re
from pathlib import Path

from graph.build import LIST_SEP
from graph.fsutil import atomic_write

__all__ = ["to_rdflib", "export", "serialize", "node_iri", "EXAMPLE_QUERY", "NAMESPACES",
           "ID_BASE", "NS"]

ID_BASE = "https://dateline.invalid/id/"
# time bases whose dates are a stand-in (publication day) or nothing: no sem:hasTimeStamp
PROXY_BASES = ("publication", "unknown")
NS = "https://dateline.invalid/ns#"

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
    # one prefix per node kind, so that ``actor:north-korean-forces`` reads as the node id
    "article": ID_BASE + "article/",
    "event": ID_BASE + "event/",
    "actor": ID_BASE + "actor/",
    "place": ID_BASE + "place/",
    "source": ID_BASE + "source/",
}

EXAMPLE_QUERY = """\
PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX sem:  <http://semanticweb.cs.vu.nl/2009/11/sem/>

# Events involving North Korean forces, in date order (undated events first).
SELECT ?earliest ?latest ?event ?label ?role
WHERE {
  ?actor rdfs:label "North Korean forces" .
  ?participation rdf:value ?actor ;
                 sem:roleType/rdfs:label ?role .
  ?event a sem:Event ;
         rdfs:label ?label ;
         sem:hasActor ?participation .
  OPTIONAL { ?event sem:hasEarliestBeginTimeStamp ?earliest }
  OPTIONAL { ?event sem:hasLatestEndTimeStamp ?latest }
}
ORDER BY ?earliest ?latest ?event ?role
"""

# --- IRIs ------------------------------------------------------------------------------------

_SAFE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~-")


def _pct(text: str, safe: frozenset = _SAFE) -> str:
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
    segments = str(node_id).split(":")
    out = []
    for seg in segments:
        enc = _pct(seg)
        if enc in ("", ".", ".."):
            enc = enc.replace(".", "%2E") or "_"
        out.append(enc)
    return "/".join(out)


def _frag(text) -> str:
    """A fragment-safe token: ``:`` -> ``-``, everything else unsafe percent-encoded."""
    return _pct(str(text).replace(":", "-")) or "_"


def node_iri(node_id):
    """The IRI (``rdflib.URIRef``) of a graph node."""
    from rdflib import URIRef
    return URIRef(ID_BASE + iri_path(node_id))


# --- literals --------------------------------------------------------------------------------

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME_RE = re.compile(
    r"^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")


def _date_lit(value):
    """``xsd:date`` literal for a valid ``YYYY-MM-DD``, else ``None``."""
    from rdflib import Literal
    from rdflib.namespace import XSD
    if not isinstance(value, str) or not _DATE_RE.match(value):
        return None
    try:
        _dt.date.fromisoformat(value)
    except ValueError:
        return None
    return Literal(value, datatype=XSD.date)


def _datetime_lit(value):
    """``xsd:dateTime`` for a date-time with a time part (seconds added when missing, the
    offset kept only when given: none is ever invented); ``xsd:date`` for a day; else None."""
    from rdflib import Literal
    from rdflib.namespace import XSD
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
    return Literal(lexical, datatype=XSD.dateTime)


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


def _int_lit(x):
    from rdflib import Literal
    from rdflib.namespace import XSD
    if isinstance(x, bool) or not isinstance(x, int):
        return None
    return Literal(str(x), datatype=XSD.integer)


def _text(x):
    from rdflib import Literal
    return Literal(str(x))


def _split(value) -> list[str]:
    if not isinstance(value, str) or not value:
        return []
    return [p for p in value.split(LIST_SEP) if p]


# --- the mapping -------------------------------------------------------------------------------

def to_rdflib(g):
    """The RDF graph of a dateline graph (see the module docstring for the mapping).

    Deterministic: nodes and edges are visited in sorted order; no blank nodes."""
    from rdflib import Graph, Literal, Namespace, URIRef
    from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

    out = Graph(bind_namespaces="none")
    for prefix, uri in NAMESPACES.items():
        out.bind(prefix, Namespace(uri), override=True, replace=True)

    SEM = Namespace(NAMESPACES["sem"])
    TIME = Namespace(NAMESPACES["time"])
    PROV = Namespace(NAMESPACES["prov"])
    SDO = Namespace(NAMESPACES["schema"])
    GEO = Namespace(NAMESPACES["geo"])
    WGS = Namespace(NAMESPACES["wgs"])
    DL = Namespace(NS)
    ROLE = Namespace(NAMESPACES["dl-role"])
    TYPE = Namespace(NAMESPACES["dl-type"])

    add = out.add
    iri = {n: node_iri(n) for n in g.nodes}

    def label(s, text) -> None:
        if text is not None and text != "":
            add((s, RDFS.label, _text(text)))

    def opt_text(s, p, value) -> None:
        if value is not None and value != "":
            add((s, p, _text(value)))

    def opt_int(s, p, value) -> None:
        lit = _int_lit(value)
        if lit is not None:
            add((s, p, lit))

    def opt_date(s, p, p_fallback, value) -> None:
        lit = _date_lit(value)
        if lit is not None:
            add((s, p, lit))
        elif value is not None and value != "":
            add((s, p_fallback, _text(value)))

    vocab: dict = {}

    def vocab_term(ns, cls, value):
        key = (str(ns), value)
        if key not in vocab:
            term = vocab[key] = ns[_frag(value)]
            add((term, RDF.type, cls))
            label(term, value)
        return vocab[key]

    # nodes
    for n in sorted(g.nodes, key=str):
        d = g.nodes[n]
        s = iri[n]
        kind = d.get("kind")
        label(s, d.get("label", n))
        if kind == "article":
            add((s, RDF.type, SDO.NewsArticle))
            add((s, RDF.type, PROV.Entity))
            opt_text(s, SDO.headline, d.get("title"))
            pub = d.get("published")
            lit = _datetime_lit(pub)
            if lit is not None:
                add((s, SDO.datePublished, lit))
            else:
                opt_text(s, DL.published, pub)
            opt_text(s, SDO.author, d.get("author"))
            opt_text(s, SDO.publisher, d.get("outlet"))
            if d.get("url"):
                add((s, SDO.url, Literal(str(d["url"]), datatype=XSD.anyURI)))
            opt_text(s, DL.path, d.get("path"))
        elif kind == "event":
            add((s, RDF.type, SEM.Event))
            if d.get("type"):
                add((s, SEM.eventType, vocab_term(TYPE, SEM.EventType, d["type"])))
            opt_text(s, DL.lemma, d.get("lemma"))
            opt_text(s, DL.cameo, d.get("cameo"))
            opt_text(s, DL.modality, d.get("modality"))
            opt_int(s, DL.claimCount, d.get("claims"))
            opt_int(s, DL.corroboration, d.get("corroboration"))
            opt_text(s, DL.timexValue, d.get("time_value"))
            opt_text(s, DL.timexMod, d.get("time_mod"))
            opt_text(s, DL.timeBasis, d.get("time_basis"))
            earliest, latest = d.get("earliest"), d.get("latest")
            opt_date(s, SEM.hasEarliestBeginTimeStamp, DL.earliest, earliest)
            opt_date(s, SEM.hasLatestEndTimeStamp, DL.latest, latest)
            if not d.get("time_mod") and d.get("time_basis") not in PROXY_BASES:
                value = d.get("time_value")
                stamp = _datetime_lit(value) if isinstance(value, str) and "T" in value \
                    else None
                if stamp is None and earliest and earliest == latest:
                    stamp = _date_lit(earliest)
                if stamp is not None:
                    add((s, SEM.hasTimeStamp, stamp))
                    if stamp.datatype == XSD.date:  # one whole day: it begins and ends then
                        add((s, SEM.hasBeginTimeStamp, stamp))
                        add((s, SEM.hasEndTimeStamp, stamp))
            begin, end = _date_lit(earliest), _date_lit(latest)
            if begin is not None or end is not None:
                t = URIRef(s + "#time")
                add((s, TIME.hasTime, t))
                add((t, RDF.type, TIME.Interval))
                value = d.get("time_value")
                span_text = f"{earliest or '..'} \u2013 {latest or '..'}"
                label(t, f"{value} ({span_text})" if value else span_text)
                opt_text(t, DL.timexValue, value)
                opt_text(t, DL.timexMod, d.get("time_mod"))
                for lit, p, suffix in ((begin, TIME.hasBeginning, "#time-begin"),
                                       (end, TIME.hasEnd, "#time-end")):
                    if lit is None:
                        continue
                    inst = URIRef(s + suffix)
                    add((t, p, inst))
                    add((inst, RDF.type, TIME.Instant))
                    add((inst, TIME.inXSDDate, lit))
                    label(inst, str(lit))
        elif kind == "actor":
            add((s, RDF.type, SEM.Actor))
            add((s, RDF.type, PROV.Agent))
            opt_text(s, DL.actorKind, d.get("actor_kind"))
            opt_text(s, DL.country, d.get("country"))
            for alias in _split(d.get("aliases")):
                add((s, SKOS.altLabel, _text(alias)))
            for title in _split(d.get("titles")):
                add((s, SDO.jobTitle, _text(title)))
        elif kind == "place":
            add((s, RDF.type, SEM.Place))
            add((s, RDF.type, GEO.Feature))
            opt_text(s, DL.placeKind, d.get("place_kind"))
            opt_text(s, DL.country, d.get("country"))
            for alias in _split(d.get("aliases")):
                add((s, SKOS.altLabel, _text(alias)))
            lat, lon = _decimal_lexical(d.get("lat")), _decimal_lexical(d.get("lon"))
            if lat is not None and lon is not None:
                add((s, WGS.lat, Literal(lat, datatype=XSD.decimal)))
                add((s, WGS.long, Literal(lon, datatype=XSD.decimal)))
                geom = URIRef(s + "#geometry")
                add((s, GEO.hasGeometry, geom))
                add((geom, RDF.type, GEO.Geometry))
                wkt = f"POINT({lon} {lat})"
                add((geom, GEO.asWKT, Literal(wkt, datatype=GEO.wktLiteral)))
                label(geom, wkt)
            gid = d.get("geonames_id")
            if isinstance(gid, int) and not isinstance(gid, bool) and gid > 0:
                add((s, OWL.sameAs, URIRef(f"https://sws.geonames.org/{gid}/")))
        elif kind == "source":
            add((s, RDF.type, PROV.Agent))
            add((s, RDF.type, DL.Source))
            opt_text(s, DL.sourceKind, d.get("source_kind"))
        else:
            add((s, RDF.type, DL.Node))
            opt_text(s, DL.kind, kind)

    # edges
    edges = sorted(g.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    claims_at: dict[tuple, list] = {}  # (event, article, sentence_start) -> claim IRIs
    for u, v, key, d in edges:
        if d.get("rel") != "claim":
            continue
        s, a = iri[u], iri[v]
        rest = str(key)[len("claim:"):] if str(key).startswith("claim:") else str(key)
        c = URIRef(f"{s}#claim-{_frag(v)}-{_frag(rest)}")
        claims_at.setdefault((u, v, d.get("sentence_start")), []).append(c)
        add((s, PROV.wasDerivedFrom, a))
        add((s, DL.hasClaim, c))
        add((c, RDF.type, PROV.Entity))
        add((c, RDF.type, DL.Claim))
        add((c, PROV.wasDerivedFrom, a))
        trig = d.get("trigger")
        label(c, f"claim: {trig!s} \u2014 {g.nodes[v].get('label', v)}" if trig
              else f"claim \u2014 {g.nodes[v].get('label', v)}")
        opt_text(c, DL.sentence, d.get("sentence"))
        opt_int(c, DL.sentenceStart, d.get("sentence_start"))
        opt_int(c, DL.sentenceEnd, d.get("sentence_end"))
        opt_text(c, DL.trigger, trig)
        opt_int(c, DL.triggerStart, d.get("trigger_start"))
        opt_int(c, DL.triggerEnd, d.get("trigger_end"))
        opt_text(c, DL.modality, d.get("modality"))
        opt_text(c, DL.timexValue, d.get("time_value"))
        opt_text(c, DL.timexMod, d.get("time_mod"))
        opt_date(c, DL.earliest, DL.earliest, d.get("earliest"))
        opt_date(c, DL.latest, DL.latest, d.get("latest"))
        opt_text(c, DL.timeBasis, d.get("time_basis"))
        opt_text(c, DL.timex, d.get("timex"))

    for u, v, key, d in edges:
        rel = d.get("rel")
        s, o = iri[u], iri[v]
        if rel == "role":
            role = d.get("role") or (str(key)[5:] if str(key).startswith("role:") else key)
            r = URIRef(f"{s}#role-{_frag(role)}-{_frag(v)}")
            add((s, SEM.hasActor, r))
            add((r, RDF.type, SEM.Role))
            add((r, RDF.value, o))
            add((r, SEM.roleType, vocab_term(ROLE, SEM.RoleType, role)))
            label(r, f"{role}: {g.nodes[v].get('label', v)}")
        elif rel == "place":
            add((s, SEM.hasPlace, o))
        elif rel == "within":
            add((s, GEO.sfWithin, o))
        elif rel == "before":
            add((s, DL.before, o))
            ts, to = URIRef(s + "#time"), URIRef(o + "#time")
            if (s, TIME.hasTime, ts) in out and (o, TIME.hasTime, to) in out:
                add((ts, TIME.before, to))
        elif rel == "cites":
            att = URIRef(f"{s}#{_frag(key)}-{_frag(v)}")
            add((att, RDF.type, PROV.Attribution))
            add((att, PROV.agent, o))
            opt_text(att, DL.sourceKind, d.get("source_kind"))
            opt_text(att, DL.citedAs, d.get("name"))
            label(att, f"{d.get('source_kind') or 'source'}: "
                       f"{d.get('name') or g.nodes[v].get('label', v)}")
            article = d.get("article")
            targets = claims_at.get((u, article, d.get("sentence_start")), [])
            for c in targets or [s]:
                add((c, PROV.wasAttributedTo, o))
                add((c, PROV.qualifiedAttribution, att))
        elif rel == "claim":
            continue
        else:  # an edge kind this exporter does not know: keep it, generically
            add((s, DL.related, o))
    return out


def serialize(g) -> bytes:
    """The Turtle bytes of ``g`` (UTF-8, deterministic)."""
    data = to_rdflib(g).serialize(format="turtle", encoding="utf-8")
    return data if isinstance(data, bytes) else data.encode("utf-8")


def export(g, path: str | os.PathLike) -> Path:
    """Write ``g`` as Turtle to ``path`` atomically; returns the path."""
    return atomic_write(path, serialize(g))
