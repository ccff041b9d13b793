"""RDF Turtle export: the dateline graph in standard vocabularies.

``to_rdflib(g) -> rdflib.Graph`` builds the RDF graph (public API: SPARQL features use it);
``export(g, path)`` writes it as Turtle, atomically and streamed. The mapping is
``exporters.rdfmap`` (no RDF library) and the Turtle is written by ``exporters.rdfsyntax``
(string templates straight from the networkx graph: about 1.25x pyoxigraph's own Rust
serialiser, see ``bench/bench_rdf.py``), so the same graph gives the same bytes on every
run: subjects in node-id order, each node followed by its own resources (claims, roles,
time). No blank nodes: every resource has an IRI minted from the node id (``event:X\\#time``
in the Turtle). ``serialize_rdflib(g)`` is the same graph through rdflib's (slower)
serialiser; both parse to the same triples.

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
(project terms, published in ``exporters/dateline.ttl``), ``dl-role:`` .../ns/role#,
``dl-type:`` .../ns/type#, ``dl-cameo:`` .../ns/cameo# (CAMEO root codes), and the instance
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
| event ``type``                       | ``sem:eventType dl-type:<type>`` (``a sem:EventType``; ``skos:closeMatch dl-cameo:<code>``, ``a skos:Concept; skos:notation "<code>"; skos:inScheme dl:CAMEO``, when the type has a CAMEO root code) |
| event ``lemma`` / ``cameo`` / ``modality`` | ``dl:lemma`` / ``dl:cameo`` / ``dl:modality``                 |
| event ``claims`` / ``corroboration`` | ``dl:claimCount`` / ``dl:corroboration`` (``xsd:integer``)          |
| event ``time_value`` / ``time_mod`` / ``time_basis`` | ``dl:timexValue`` / ``dl:timexMod`` / ``dl:timeBasis`` (TIMEX3 strings) |
| event ``earliest`` / ``latest``      | ``sem:hasEarliestBeginTimeStamp`` / ``sem:hasLatestEndTimeStamp`` (``xsd:date``) |
| event on one exact day (no mod, basis not ``publication``/``unknown``) | also ``sem:hasTimeStamp`` (``xsd:date``, or ``xsd:dateTime`` when the TIMEX value has a time) and, for a day, ``sem:hasBeginTimeStamp`` = ``sem:hasEndTimeStamp`` = that day. Fuzzy times get only the earliest/latest bounds: a TIMEX bounds when an event happened, it never gives a multi-day event's exact extent |
| event time, OWL-Time                 | ``time:hasTime <event/X#time>``, ``a time:Interval``: the interval the time expression denotes (the event lies inside it, TimeML *is_included*); ``time:hasBeginning``/``time:hasEnd`` -> ``<#time-begin>``/``<#time-end>``, ``a time:Instant; time:inXSDDate`` earliest/latest |
| edge ``role`` (event -> actor)       | ``sem:hasActor <event/X#role-<role>-<actor>>``, ``a sem:Role; rdf:value <actor>; sem:roleType dl-role:<role>`` (``a sem:RoleType``) |
| edge ``place`` (event -> place)      | ``sem:hasPlace <place>``                                            |
| edge ``claim`` (event -> article)    | event ``prov:wasDerivedFrom <article>`` and ``dl:hasClaim <event/X#claim-<article>-<s>-<t>>``, ``a prov:Entity, dl:Claim; prov:wasDerivedFrom <article>; dl:sentence, dl:sentenceStart, dl:sentenceEnd, dl:trigger, dl:triggerStart, dl:triggerEnd`` (offsets ``xsd:integer``), ``dl:modality``, ``dl:timexValue``, ``dl:timexMod``, ``dl:earliest``, ``dl:latest`` (``xsd:date``), ``dl:timeBasis``, ``dl:timex``; ``prov:generatedAtTime`` (``xsd:dateTime``) only when an ingest time is given (graph attribute ``ingest_time`` or ``DATELINE_INGEST_TIME``; never the clock, so output stays deterministic) |
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

import os
from pathlib import Path

from graph.fsutil import AtomicWriter

from .rdfmap import (ID_BASE, NAMESPACES, NS, PROXY_BASES, blocks, ingest_time,  # noqa: F401
                     iri_path, node_iri_str)

__all__ = ["to_rdflib", "export", "serialize", "serialize_rdflib", "node_iri",
           "EXAMPLE_QUERY", "NAMESPACES", "ID_BASE", "NS", "iri_path"]

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


def node_iri(node_id):
    """The IRI (``rdflib.URIRef``) of a graph node."""
    from rdflib import URIRef
    return URIRef(node_iri_str(node_id))


def rdflib_terms():
    """A function turning a ``blocks`` term (IRI ``str`` or ``(lexical, datatype)``) into
    an rdflib term, with a cache for IRIs."""
    from rdflib import Literal, URIRef

    cache: dict = {}

    def term(o):
        if o.__class__ is str:
            r = cache.get(o)
            if r is None:
                r = URIRef(o)
                if len(cache) < 500_000:
                    cache[o] = r
            return r
        lex, dt = o
        return Literal(lex) if dt is None else Literal(lex, datatype=term(dt))

    return term


def to_rdflib(g):
    """The RDF graph of a dateline graph (an ``rdflib.Graph``; see the module docstring
    for the mapping). Deterministic; no blank nodes."""
    from rdflib import Graph, Namespace

    out = Graph(bind_namespaces="none")
    for prefix, uri in NAMESPACES.items():
        out.bind(prefix, Namespace(uri), override=True, replace=True)
    term = rdflib_terms()
    out.addN((term(s), term(p), term(o), out)
             for _, s, pairs in blocks(g, ingest_time(g)) for p, o in pairs)
    return out


def serialize(g) -> bytes:
    """The Turtle bytes of ``g`` (UTF-8, deterministic; the fast writer)."""
    from .rdfsyntax import turtle_graph_bytes
    return b"".join(turtle_graph_bytes(g, ingest_time(g)))


def serialize_rdflib(g) -> bytes:
    """The same graph through rdflib's Turtle serialiser (slow; for comparison)."""
    data = to_rdflib(g).serialize(format="turtle", encoding="utf-8")
    return data if isinstance(data, bytes) else data.encode("utf-8")


def export(g, path: str | os.PathLike) -> Path:
    """Write ``g`` as Turtle to ``path`` atomically (streamed); returns the path."""
    from .rdfsyntax import write_turtle_graph
    ingest = ingest_time(g)
    with AtomicWriter(path) as fh:
        write_turtle_graph(g, ingest, fh)
    return Path(path)
