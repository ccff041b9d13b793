"""Fast, dependency-free writers of RDF syntaxes for the dateline mapping.

N-Triples and TriG run the mapping (``exporters.rdfmap.statements``) with a *text
spelling* of terms, ``TextTerms``: every IRI, literal and ``predicate object`` entry comes
out as text directly, so no tuple per triple is built, no term is rendered twice (node
IRIs, predicates and dates are cached) and the writers only join strings. Turtle goes one
step further (``turtle_graph_bytes``): the common node shapes are spelled by per-kind
string templates straight from the networkx graph (``_fast_turtle``), and anything
unusual falls back to that generic spelling, node by node. That brings Turtle of a
million triples to about 1.25x pyoxigraph's own Rust serialiser, end to end with the
atomic write (``bench/bench_rdf.py``; ``write_turtle_graph`` starts the disk writeback
while the rest is built, so the closing fsync has little left to wait for). The time is
mostly the templates' reading of the graph, node by node in sorted order.
Output is byte-deterministic (nodes in sorted order, edges by target and key) and UTF-8.

Turtle/TriG: every prefix of ``NAMESPACES`` is declared (sorted), IRIs are written as
prefixed names when the local part is a plain name (``[A-Za-z0-9_]``, ``-``, inner ``.``)
and as ``<...>`` otherwise; a resource minted as ``<node#fragment>`` is written
``prefix:node\\#fragment`` (Turtle's escape for ``#`` in a local name) when the node is;
a subject's statements are grouped with ``;``, several objects of one predicate with
``,``; ``rdf:type`` is ``a``; canonical ``xsd:integer`` literals are written bare; the
statements of a subject come together, without duplicates. N-Triples: one statement a
line, full IRIs, streamed block by block.

Literals are escaped by the C string escaper of the ``json`` module (``"``, ``\\`` and
every control character U+0000-U+001F, as ``\\"`` ``\\\\`` ``\\n`` ``\\t`` ``\\u001b``...:
all valid Turtle/N-Triples escapes), and DEL (U+007F) is written ``\\u007f``. Nothing
else needs escaping in a ``"..."`` literal; IRIs are percent-encoded by the mapping.

The ``*_lines(blocks)`` functions take the plain blocks of ``rdfmap.blocks`` instead
(same text as the N-Triples and TriG writers give).
"""
from __future__ import annotations

from json.encoder import encode_basestring as _quote  # '"' + escaped + '"' (C)
import os
import re
from typing import IO, Iterable

from .rdfmap import (ID_BASE, NAMESPACES, RDF_TYPE, XSD_INTEGER, Terms, mapping,
                     plain_edge_groups, statements)

__all__ = ["TextTerms", "turtle_prefixes", "turtle_lines", "ntriples_lines", "trig_lines",
           "write_turtle", "write_ntriples", "write_trig", "literal_escape",
           "turtle_graph_bytes", "ntriples_graph_lines", "trig_graph_chunks"]

_LOCAL_OK = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?\Z")
_NODE_ID = re.compile(r"([a-z]+):([A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?)")
_INT_OK = re.compile(r"[+-]?[0-9]+\Z")
_CHUNK = 1 << 16          # bytes, for the streamed writers
_WRITEBACK = 8 << 20      # bytes, see _write_early_writeback
_STATEMENTS = 2048        # Turtle statements per chunk
_OBJ_SEP = ",\n        "
_PRED_SEP = " ;\n    "


def literal_escape(text: str) -> str:
    """The body of a ``"..."`` literal in Turtle/N-Triples (no quotes around it)."""
    return _quote(text)[1:-1].replace("\x7f", "\\u007f")


def _fix_del(text: str) -> str:
    """DEL (U+007F), which the JSON escaper leaves alone, escaped: it can only be in a
    literal (IRIs are percent-encoded), so the whole text can be fixed at once."""
    return text.replace("\x7f", "\\u007f") if "\x7f" in text else text


def turtle_prefixes() -> str:
    return "".join(f"@prefix {p}: <{NAMESPACES[p]}> .\n" for p in sorted(NAMESPACES)) + "\n"


class TextTerms(Terms):
    """Terms spelled as text: Turtle (``compact=True``: prefixed names, ``a``, bare
    integers, object lists) or N-Triples (``compact=False``: full IRIs only). Predicates
    carry their trailing space, so ``pred + term`` is an entry ``"p o"``."""

    def __init__(self, prefixes: dict[str, str] | None = None, *, compact: bool = True):
        self.compact = compact
        self.by_ns = {ns: p for p, ns in (prefixes or NAMESPACES).items()} if compact else {}
        self._iri: dict = {}
        self._dt: dict = {}
        # node kinds whose IRIs are ID_BASE + kind + "/" + name, with the prefix kind:
        self.node_kinds = frozenset(p for p, ns in NAMESPACES.items()
                                    if ns == f"{ID_BASE}{p}/" and
                                    (prefixes is None or prefixes.get(p) == ns))

    def iri(self, iri: str) -> str:
        r = self._iri.get(iri)
        if r is not None:
            return r
        r = None
        if self.compact:
            cut = max(iri.rfind("#"), iri.rfind("/")) + 1
            p = self.by_ns.get(iri[:cut])
            if p is not None and _LOCAL_OK.match(iri[cut:]):
                r = f"{p}:{iri[cut:]}"
        if r is None:
            r = f"<{iri}>"
        if len(self._iri) < 200_000:
            self._iri[iri] = r
        return r

    def node(self, node_id):
        """``(IRI, term)`` of a graph node; ``kind:name`` ids with a plain name are the
        common case (``event:3f2a`` -> ``event:3f2a``), with no percent-encoding to do."""
        m = _NODE_ID.fullmatch(node_id) if node_id.__class__ is str else None
        if m is not None:
            kind, name = m.groups()
            if kind in self.node_kinds:
                s = f"{ID_BASE}{kind}/{name}"
                return s, (f"{kind}:{name}" if self.compact else f"<{s}>")
        return super().node(node_id)

    def pred(self, iri: str) -> str:
        return "a " if self.compact and iri == RDF_TYPE else self.iri(iri) + " "

    def frag(self, base: str, base_term: str, fragment: str) -> str:
        if base_term[0] != "<" and fragment and fragment[-1] != "." and "~" not in fragment:
            return f"{base_term}\\#{fragment}"   # prefix:node\#fragment
        return f"<{base}#{fragment}>"

    def lit(self, value) -> str:
        return _quote(value if value.__class__ is str else str(value))

    def typed(self, lexical: str, datatype: str) -> str:
        d = self._dt.get(datatype)
        if d is None:
            d = self._dt[datatype] = "^^" + self.iri(datatype)
        return _quote(lexical) + d

    def integer(self, lexical: str) -> str:
        if self.compact and (lexical.isascii() and lexical.isdigit() or _INT_OK.match(lexical)):
            return lexical
        return self.typed(lexical, XSD_INTEGER)

    def multi(self, pred: str, objects) -> list:
        if len(objects) > 1:
            objects = dict.fromkeys(objects)
            if self.compact:
                return [pred + _OBJ_SEP.join(objects)]
        return [pred + o for o in objects]

    def term(self, o) -> str:
        """The text of a plain term of ``rdfmap.blocks`` (IRI or ``(lexical, datatype)``)."""
        if o.__class__ is str:
            return self.iri(o)
        lex, dt = o
        if dt is None:
            return self.lit(lex)
        if dt == XSD_INTEGER:
            return self.integer(lex)
        return self.typed(lex, dt)

    def text_blocks(self, blocks) -> Iterable:
        """Plain blocks of ``rdfmap.blocks`` as text blocks (what ``statements`` gives)."""
        pred, term = self.pred, self.term
        for ctx, s, pairs in blocks:
            yield ctx, self.iri(s), [pred(p) + term(o) for p, o in pairs]


# --- Turtle ---------------------------------------------------------------------------------------

def _turtle_chunks(text_blocks, indent: str = "") -> Iterable[str]:
    """Turtle statements (no prefixes), a few thousand per chunk. Consecutive blocks of one
    subject become one statement (each triple once)."""
    buf: list[str] = []
    append = buf.append
    cur_s = cur = None
    for _, s, entries in text_blocks:
        if s == cur_s:
            cur = _regroup(cur + entries)
            continue
        if cur:
            append(f"{cur_s} {_PRED_SEP.join(cur)} .\n\n")
            if len(buf) >= _STATEMENTS:
                text = "".join(buf)
                buf.clear()
                yield _fix_del(text if not indent else _indent(text, indent))
        cur_s, cur = s, entries
    if cur:
        append(f"{cur_s} {_PRED_SEP.join(cur)} .\n\n")
    if buf:
        text = "".join(buf)
        yield _fix_del(text if not indent else _indent(text, indent))


def _regroup(entries: list) -> list:
    """Turtle entries of one subject with each triple once and the objects of one
    predicate together (``p o1, o2``). Safe to split: the object separator holds a raw
    newline, which no literal or IRI does, and no predicate holds a space."""
    by_pred: dict = {}
    for e in entries:
        p, _, objs = e.partition(" ")
        have = by_pred.setdefault(p, {})
        for o in objs.split(_OBJ_SEP):
            have[o] = None
    return [f"{p} {_OBJ_SEP.join(objs)}" for p, objs in by_pred.items()]


def _indent(text: str, indent: str) -> str:
    """Statements indented (a literal never holds a raw newline, so this is safe)."""
    return "\n".join([indent + line if line else line for line in text.split("\n")])


class _Bail(Exception):
    """A node the fast Turtle writer leaves to the generic mapping."""


def _fast_turtle(m):
    """The Turtle of common nodes, spelled straight from the graph with string templates:
    ``(templates, out, shared, all_str)``. ``templates[kind](n, attrs)`` (events, actors,
    places, sources, articles) appends to ``out`` the statements of node ``n`` and of
    the vocabulary terms it is the first to use: the
    same triples as ``m.node_blocks(n)``, the generic mapping, gives (tests/test_rdf.py
    checks this on random graphs). Anything unusual (a value that is not a string where
    text is expected or not an int where an integer is, an attribution with no claim of
    its sentence, two edges minting one IRI, an unknown kind...) raises ``_Bail`` or
    ``TypeError`` (from quoting a non-string) before the shared vocabulary state is
    touched; the caller drops what was appended and runs ``m.node_blocks(n)`` for that
    node instead. ``shared`` maps the nodes whose IRIs coincide (``7`` and ``"7"``) to
    their group, which the caller writes with ``m.group_blocks``; ``all_str``: every node
    id is a ``str`` (so they sort as they are)."""
    from .rdfmap import (CAMEO_ROOTS, GEO, LIST_SEP, PROXY_BASES, XSD_ANYURI, XSD_DATE,
                         XSD_DECIMAL, _SAFE_RE, _datetime_lit, _decimal_lexical, _frag,
                         _has_interval, _P)

    tw: TextTerms = m.terms
    P, T = m.P, m.T
    nodes, node, out_edges_of = m.nodes, m.node, m.out_edges
    frag_of, date_term = m.frag_of, m.date_term
    vocab_seen, cameo_seen = m.vocab_seen, m.cameo_seen
    iri, frag, typed = tw.iri, tw.frag, tw.typed
    q = _quote
    SEP, OSEP, END = _PRED_SEP, _OBJ_SEP, " .\n\n"
    ingest = m.ingest_term
    dl_type, dl_role, dl_cameo = _P["dl-type"], _P["dl-role"], _P["dl-cameo"]

    def one(entries: list) -> str:
        assert len(entries) == 1
        return entries[0]

    # "a class, class" of each kind of subject
    a_article, a_event, a_actor = one(T["article"]), one(T["event"]), one(T["actor"])
    a_place, a_source, a_claim = one(T["place"]), one(T["source"]), one(T["claim"])
    a_role, a_att, a_interval = one(T["role"]), one(T["attribution"]), one(T["interval"])
    a_instant, a_geometry = one(T["instant"]), one(T["geometry"])
    a_etype, a_rtype, a_concept = one(T["eventType"]), one(T["roleType"]), one(T["concept"])
    p_label = P.label
    scheme = P.inScheme + iri(_P["dl"] + "CAMEO")
    wkt_dt = "^^" + iri(GEO.wktLiteral)
    anyuri_dt = "^^" + iri(XSD_ANYURI)
    dec_dt = "^^" + iri(XSD_DECIMAL)

    def text(x):
        """A literal of a text attribute that is present, else None; _Bail for a value
        that is not a string (the generic mapping spells it)."""
        if x is None or x == "":
            return None
        if x.__class__ is not str:
            raise _Bail
        return q(x)

    def objects(p: str, objs: list) -> str:
        return p + (OSEP.join(dict.fromkeys(objs)) if len(objs) > 1 else objs[0])

    plain_preds = {"within": P.sfWithin, "place": P.hasPlace, "before": P.before,
                   "related": P.related}

    def edges_of_plain_node(n, E):
        for rel, objs in plain_edge_groups(out_edges_of(n), lambda v: other_get(v, v)):
            p = plain_preds[rel]
            E.append(p + objs[0] if len(objs) == 1 else objects(p, objs))

    def listed(p: str, x, E) -> None:
        """``p`` with each item of a list attribute (``a | b``), if any."""
        if x.__class__ is not str:
            raise _Bail
        items = [q(y) for y in x.split(LIST_SEP) if y]
        if items:
            E.append(p + items[0] if len(items) == 1 else objects(p, items))

    def decimal(x):
        """``_decimal_lexical(x)``; a float's repr is already that when it has no
        exponent (and is finite)."""
        if x.__class__ is float:
            r = repr(x)
            if "e" not in r and "n" not in r:
                return r
        return _decimal_lexical(x)

    (p_actorKind, p_country, p_altLabel, p_jobTitle, p_headline, p_datePublished,
     p_published, p_author, p_publisher, p_url, p_path, p_placeKind, p_lat, p_long,
     p_hasGeometry, p_asWKT, p_sameAs) = [getattr(P, k) for k in (
        "actorKind", "country", "altLabel", "jobTitle", "headline", "datePublished",
        "published", "author", "publisher", "url", "path", "placeKind", "lat", "long",
        "hasGeometry", "asWKT", "sameAs")]

    # The templates of actors, sources, articles and places (``text(x)``: a string is
    # quoted when not empty, None and "" are left out, anything else is _Bail).
    def actor_text(n, d):
        S = other_get(n, n)
        get = d.get
        E = [a_actor]
        x = text(get("label", n))
        if x is not None:
            E.append(p_label + x)
        x = text(get("actor_kind"))
        if x is not None:
            E.append(p_actorKind + x)
        x = text(get("country"))
        if x is not None:
            E.append(p_country + x)
        x = get("aliases")
        if x:
            listed(p_altLabel, x, E)
        x = get("titles")
        if x:
            listed(p_jobTitle, x, E)
        if succ[n]:
            edges_of_plain_node(n, E)
        out.append(f"{S} {SEP.join(E)}{END}")

    def source_text(n, d):
        S = other_get(n, n)
        get = d.get
        E = [a_source]
        x = text(get("label", n))
        if x is not None:
            E.append(p_label + x)
        x = text(get("source_kind"))
        if x is not None:
            E.append(p_sourceKind + x)
        if succ[n]:
            edges_of_plain_node(n, E)
        out.append(f"{S} {SEP.join(E)}{END}")

    def article_text(n, d):
        S = other_get(n, n)
        E = [a_article]
        lab = text(d.get("label", n))
        if lab is not None:
            E.append(p_label + lab)
        x = text(d.get("title"))
        if x is not None:
            E.append(p_headline + x)
        pub = d.get("published")
        lit = _datetime_lit(pub)
        if lit is not None:
            E.append(p_datePublished + typed(*lit))
        else:
            x = text(pub)
            if x is not None:
                E.append(p_published + x)
        x = text(d.get("author"))
        if x is not None:
            E.append(p_author + x)
        x = text(d.get("outlet"))
        if x is not None:
            E.append(p_publisher + x)
        x = d.get("url")
        if x:
            if x.__class__ is not str:
                raise _Bail
            E.append(p_url + q(x) + anyuri_dt)
        x = text(d.get("path"))
        if x is not None:
            E.append(p_path + x)
        if succ[n]:
            edges_of_plain_node(n, E)
        out.append(f"{S} {SEP.join(E)}{END}")

    def place_text(n, d):
        S = other_get(n, n)
        get = d.get
        E = [a_place]
        x = text(get("label", n))
        if x is not None:
            E.append(p_label + x)
        x = text(get("place_kind"))
        if x is not None:
            E.append(p_placeKind + x)
        x = text(get("country"))
        if x is not None:
            E.append(p_country + x)
        x = get("aliases")
        if x:
            listed(p_altLabel, x, E)
        geometry = None
        lat, lon = decimal(get("lat")), decimal(get("lon"))
        if lat is not None and lon is not None:
            geom = frag(None if S is n else node(n)[0], S, "geometry")
            E.append(f'{p_lat}"{lat}"{dec_dt}{SEP}{p_long}"{lon}"{dec_dt}{SEP}'
                     f'{p_hasGeometry}{geom}')
            wkt = f"POINT({lon} {lat})"
            geometry = (f'{geom} {a_geometry}{SEP}{p_label}"{wkt}"{SEP}'
                        f'{p_asWKT}"{wkt}"{wkt_dt}{END}')
        gid = get("geonames_id")
        if isinstance(gid, int) and not isinstance(gid, bool) and gid > 0:
            E.append(p_sameAs + iri(f"https://sws.geonames.org/{gid}/"))
        if succ[n]:
            edges_of_plain_node(n, E)
        out.append(f"{S} {SEP.join(E)}{END}")
        if geometry is not None:
            out.append(geometry)

    (p_eventType, p_lemma, p_cameo, p_modality, p_claimCount, p_corroboration, p_timexValue,
     p_timexMod, p_timeBasis, p_earliestBegin, p_latestEnd, p_earliest, p_latest,
     p_timeStamp, p_beginStamp, p_endStamp, p_hasTime, p_hasBeginning, p_hasEnd,
     p_inXSDDate, p_timeBefore, p_hasActor, p_roleType, p_hasPlace, p_before, p_related,
     p_sfWithin, p_wasDerivedFrom, p_hasClaim, p_sentence, p_sentenceStart, p_sentenceEnd,
     p_trigger, p_triggerStart, p_triggerEnd, p_timex, p_generatedAtTime, p_wasAttributedTo,
     p_qualifiedAttribution, p_agent, p_sourceKind, p_citedAs, p_value, p_closeMatch,
     p_notation) = [getattr(P, k) for k in (
        "eventType", "lemma", "cameo", "modality", "claimCount", "corroboration",
        "timexValue", "timexMod", "timeBasis", "earliestBegin", "latestEnd", "earliest",
        "latest", "timeStamp", "beginStamp", "endStamp", "hasTime", "hasBeginning", "hasEnd",
        "inXSDDate", "timeBefore", "hasActor", "roleType", "hasPlace", "before", "related",
        "sfWithin", "wasDerivedFrom", "hasClaim", "sentence", "sentenceStart", "sentenceEnd",
        "trigger", "triggerStart", "triggerEnd", "timex", "generatedAtTime",
        "wasAttributedTo", "qualifiedAttribution", "agent", "sourceKind", "citedAs", "value",
        "closeMatch", "notation")]
    succ = m.succ
    node_get = m.node_cache.get
    # Most ids are their own Turtle term (``event:3f2a``: a bound kind prefix and a plain
    # name): one regular expression runs over all of them, one a line, and stops at each
    # of the others (``odd``); ``other`` holds the term of each of those (so
    # ``other.get(v, v)`` is the term of any node v).
    strs = [n for n in nodes if n.__class__ is str]
    all_str = len(strs) == len(nodes)
    odd = [] if all_str else [n for n in nodes if n.__class__ is not str]
    if tw.node_kinds and strs:
        plain = r"(?:%s):[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?" % "|".join(
            map(re.escape, sorted(tw.node_kinds)))
        lines = "\n".join(strs) + "\n"
        if lines.count("\n") == len(strs):
            skip = re.compile(rf"(?:{plain}\n)*").match
            pos, end = 0, len(lines)
            while pos < end:
                stop = lines.find("\n", pos + 65536) + 1 or end  # a block of whole lines
                pos = skip(lines, pos, stop).end()   # past the plain ids
                if pos < stop:  # an odd one
                    nl = lines.index("\n", pos)
                    odd.append(lines[pos:nl])
                    pos = nl + 1
        else:  # some id holds a newline
            ok = set(re.findall(rf"^{plain}$", lines, re.M))
            odd += [n for n in strs if n not in ok]
            del ok
        del lines
    else:
        odd += strs
    del strs
    other = {n: node(n)[1] for n in odd}
    other_get = other.get
    # nodes whose IRIs coincide (``event:`` and ``event:_``): written together, generically
    candidates = dict.fromkeys(other)
    for n in other:
        iri_n = node(n)[0]
        twin = iri_n[len(ID_BASE):].replace("/", ":", 1)
        if iri_n.startswith(ID_BASE) and twin in nodes and twin not in other:  # plain
            candidates[twin] = None
    shared = m.shared_iris(candidates) if candidates else {}
    del odd, candidates

    # q escapes character by character (q(a + b) is q(a)[:-1] + q(b)[1:]), so the labels
    # of roles and claims, which name their target, are joined from quoted pieces:
    labels: dict = {}  # actor -> q(f"{its label}") without the opening quote
    labels_get = labels.get

    def iri_of(v) -> str:
        return (node_get(v) or node(v))[0]
    frag_get = m.frag_cache.get

    def key_str(kv):
        return str(kv[0])

    # _frag(x) of a str x is f = x.replace(":", "-") itself when f is not empty and this
    # matches it (nothing to percent-encode)
    safe_frag = _SAFE_RE.match

    # Days repeat across events and claims: the text of each is made once.
    days: dict = {}         # date value -> (xsd:date term or None, " a time:Instant ...")
    days_get = days.get

    def day(value) -> tuple:
        """``(date_term(value), the statement of an instant on that day after its
        subject)``, remembered for strings (look up ``days`` first)."""
        t = date_term(value)
        r = (t, None if t is None else   # a valid YYYY-MM-DD: nothing to escape
             f' {a_instant}{SEP}{p_label}"{value}"{SEP}{p_inXSDDate}{t}{END}')
        if value.__class__ is str and len(days) < 100_000:
            days[value] = r
        return r

    types: dict = {}        # event type -> (IRI, "sem:eventType term")
    types_get = types.get
    cameos: dict = {}       # CAMEO root -> (IRI, " ; skos:closeMatch term", description)
    cameos_get = cameos.get
    roles_cache: dict = {}  # role -> (IRI, term, "role-<fragment>-", q(f"{role}: ")[:-1])
    roles_get = roles_cache.get
    claim_tails: dict = {}  # article -> (q(f" \u2014 {its label}")[1:], its kind)
    claim_tails_get = claim_tails.get
    # constant heads of the statements of claims
    claim_head = f" {a_claim}{SEP}{p_label}"
    claim_from = f"{SEP}{p_wasDerivedFrom}"

    def event_text(n, d):
        S = other_get(n, n)
        if S is n:
            s, F = None, n + "\\#"  # F: prefix of the event's own resources
        else:
            s = node(n)[0]
            F = S + "\\#" if S[0] != "<" else None
        get = d.get
        E = [a_event]
        x = get("label", n)
        if x:
            E.append(p_label + q(x))
        elif x is not None and x != "":
            raise _Bail
        new_vocab: dict = {}    # IRI -> its description (statement text), in first use order
        new_cameo = None
        typ = get("type")
        cameo = get("cameo")
        if typ:
            if typ.__class__ is not str:
                raise _Bail
            ty = types_get(typ)
            if ty is None:
                t_iri = dl_type + frag_of(typ)
                ty = types[typ] = (t_iri, p_eventType + iri(t_iri))
            E.append(ty[1])
            if cameo in CAMEO_ROOTS:
                cm = cameos_get(cameo)
                if cm is None:
                    c_iri = dl_cameo + _frag(cameo)
                    c_term = iri(c_iri)
                    cm = cameos[cameo] = (
                        c_iri, f"{SEP}{p_closeMatch}{c_term}",
                        f"{c_term} {a_concept}{SEP}{p_label}"
                        f"{q(f'CAMEO {cameo}: {CAMEO_ROOTS[cameo]}')}{SEP}"
                        f"{p_notation}{q(cameo)}{SEP}{scheme}{END}")
                if cm[0] not in cameo_seen:
                    new_cameo = cm
            else:
                cm = None
            if ty[0] not in vocab_seen:
                new_vocab[ty[0]] = (f"{ty[1][len(p_eventType):]} {a_etype}{SEP}{p_label}"
                                    f"{q(typ)}{cm[1] if cm else ''}{END}")
        x = get("lemma")
        if x:
            E.append(p_lemma + q(x))
        elif x is not None and x != "":
            raise _Bail
        if cameo:
            E.append(p_cameo + q(cameo))
        elif cameo is not None and cameo != "":
            raise _Bail
        x = get("modality")
        if x:
            E.append(p_modality + q(x))
        elif x is not None and x != "":
            raise _Bail
        x = get("claims")
        if x.__class__ is int:
            E.append(p_claimCount + str(x))
        elif x is not None:
            raise _Bail
        x = get("corroboration")
        if x.__class__ is int:
            E.append(p_corroboration + str(x))
        elif x is not None:
            raise _Bail
        value = get("time_value")
        if value:
            value_t = q(value)
            E.append(p_timexValue + value_t)
        elif value is not None and value != "":
            raise _Bail
        time_mod = get("time_mod")
        if time_mod:
            E.append(p_timexMod + q(time_mod))
        elif time_mod is not None and time_mod != "":
            raise _Bail
        basis = get("time_basis")
        if basis:
            E.append(p_timeBasis + q(basis))
        elif basis is not None and basis != "":
            raise _Bail
        earliest, latest = get("earliest"), get("latest")
        day_b = (days_get(earliest) if earliest.__class__ is str else None) or day(earliest)
        day_e = (days_get(latest) if latest.__class__ is str else None) or day(latest)
        begin, end = day_b[0], day_e[0]
        if begin is not None:
            E.append(p_earliestBegin + begin)
        elif earliest:
            E.append(p_earliest + q(earliest))
        elif earliest is not None and earliest != "":
            raise _Bail
        if end is not None:
            E.append(p_latestEnd + end)
        elif latest:
            E.append(p_latest + q(latest))
        elif latest is not None and latest != "":
            raise _Bail
        if not time_mod and basis not in PROXY_BASES:
            stamp = _datetime_lit(value) if isinstance(value, str) and "T" in value else None
            if stamp is None and earliest and earliest == latest:
                stamp = begin
                if stamp is not None:
                    E.append(p_timeStamp + stamp)
                    E.append(p_beginStamp + stamp)
                    E.append(p_endStamp + stamp)
            elif stamp is not None:
                st = typed(*stamp)
                E.append(p_timeStamp + st)
                if stamp[1] == XSD_DATE:
                    E.append(p_beginStamp + st)
                    E.append(p_endStamp + st)
        tp = None
        if begin is not None or end is not None:
            t_term = F + "time" if F is not None else f"<{s}#time>"
            E.append(p_hasTime + t_term)
            span_text = f"{earliest or '..'} \u2013 {latest or '..'}"
            if value:
                tp = [a_interval, p_label + q(f"{value} ({span_text})"), p_timexValue + value_t]
            else:
                tp = [a_interval, p_label + q(span_text)]
            if time_mod:
                tp.append(p_timexMod + q(time_mod))
            insts = []
            if begin is not None:
                inst = t_term + "-begin" if F is not None else f"<{s}#time-begin>"
                tp.append(p_hasBeginning + inst)
                insts.append(inst + day_b[1])
            if end is not None:
                inst = t_term + "-end" if F is not None else f"<{s}#time-end>"
                tp.append(p_hasEnd + inst)
                insts.append(inst + day_e[1])
        # edges, in (str(target), str(key)) order
        by_article: dict = {}    # article -> {claim term: entries}
        claims_at: dict = {}     # (article, sentence_start) -> [entries of claims]
        cites = []
        roles = []
        actors, places, befores, withins, related = [], [], [], [], []
        nbrs = succ[n]
        if len(nbrs) > 1:
            try:  # by str(target): the same as sorting strings (the usual ids) as they are
                order = sorted(nbrs)
                if order[0].__class__ is not str or order[-1].__class__ is not str:
                    raise TypeError
            except TypeError:
                order = sorted(nbrs, key=str)
        else:
            order = nbrs
        for v in order:
            keyed = nbrs[v]
            o = other_get(v, v)
            for key, ed in (sorted(keyed.items(), key=key_str) if len(keyed) > 1
                            else keyed.items()):
                rel = ed.get("rel")
                if rel == "claim":
                    if key.__class__ is not str:
                        raise _Bail
                    kt = key[6:] if key.startswith("claim:") else key
                    # "claim-" + _frag(v) + "-" + _frag(kt): a plain string id and key
                    # need no percent-encoding, and one replace and one check do both
                    fr = f"claim-{v}-{kt}".replace(":", "-")
                    if not (kt and v and v.__class__ is str and safe_frag(fr)):
                        fr = f"claim-{frag_get(v) or frag_of(v)}-{_frag(kt)}"
                    c = F + fr if F is not None and fr[-1] != "." and "~" not in fr \
                        else f"<{s or iri_of(n)}#{fr}>"
                    claims = by_article.get(v)
                    if claims is None:
                        claims = by_article[v] = {}
                    elif c in claims:
                        raise _Bail
                    get = ed.get
                    trig = get("trigger")
                    # the label q(f"claim: {trig} \u2014 {label of v}")
                    tail = claim_tails_get(v)
                    if tail is None:
                        dv = nodes[v]
                        tail = claim_tails[v] = (q(f" \u2014 {dv.get('label', v)}")[1:],
                                                 dv.get("kind"))
                    lab = (q(f"claim: {trig}")[:-1] if trig else '"claim') + tail[0]
                    # C: the claim's statement, subject first (the caller adds END)
                    C = [f"{c}{claim_head}{lab}{claim_from}{o}"]
                    x = get("sentence")
                    if x:
                        C.append(p_sentence + q(x))
                    elif x is not None and x != "":
                        raise _Bail
                    ss = get("sentence_start")
                    if ss.__class__ is int:
                        C.append(p_sentenceStart + str(ss))
                    elif ss is not None:
                        raise _Bail
                    x = get("sentence_end")
                    if x.__class__ is int:
                        C.append(p_sentenceEnd + str(x))
                    elif x is not None:
                        raise _Bail
                    if trig:
                        C.append(p_trigger + q(trig))
                    elif trig is not None and trig != "":
                        raise _Bail
                    x = get("trigger_start")
                    if x.__class__ is int:
                        C.append(p_triggerStart + str(x))
                    elif x is not None:
                        raise _Bail
                    x = get("trigger_end")
                    if x.__class__ is int:
                        C.append(p_triggerEnd + str(x))
                    elif x is not None:
                        raise _Bail
                    x = get("modality")
                    if x:
                        C.append(p_modality + q(x))
                    elif x is not None and x != "":
                        raise _Bail
                    x = get("time_value")
                    if x:
                        C.append(p_timexValue + q(x))
                    elif x is not None and x != "":
                        raise _Bail
                    x = get("time_mod")
                    if x:
                        C.append(p_timexMod + q(x))
                    elif x is not None and x != "":
                        raise _Bail
                    x = get("earliest")
                    if x:
                        dz = (days_get(x) if x.__class__ is str else None) or day(x)
                        C.append(p_earliest + (dz[0] or q(x)))
                    elif x is not None and x != "":
                        raise _Bail
                    x = get("latest")
                    if x:
                        dz = (days_get(x) if x.__class__ is str else None) or day(x)
                        C.append(p_latest + (dz[0] or q(x)))
                    elif x is not None and x != "":
                        raise _Bail
                    x = get("time_basis")
                    if x:
                        C.append(p_timeBasis + q(x))
                    elif x is not None and x != "":
                        raise _Bail
                    x = get("timex")
                    if x:
                        C.append(p_timex + q(x))
                    elif x is not None and x != "":
                        raise _Bail
                    if ingest is not None:
                        C.append(p_generatedAtTime + ingest)
                    claims[c] = C
                    at = claims_at.get((v, ss))
                    if at is None:
                        claims_at[(v, ss)] = [C]
                    else:
                        at.append(C)
                elif rel == "role":
                    roles.append((v, o, key, ed))
                elif rel == "place":
                    places.append(o)
                elif rel == "before":
                    befores.append(o)
                    if tp is not None and _has_interval(nodes[v]):
                        e = p_timeBefore + (o + "\\#time" if o[0] != "<"
                                            else f"<{iri_of(v)}#time>")
                        if e not in tp:
                            tp.append(e)
                elif rel == "cites":
                    cites.append((v, o, key, ed))
                elif rel == "within":
                    withins.append(o)
                else:
                    related.append(o)
        role_text = []
        if roles:
            seen_r = set()
            for v, o, key, ed in roles:
                role = ed.get("role") or (key[5:] if key.__class__ is str and
                                          key.startswith("role:") else key)
                if role.__class__ is not str:
                    raise _Bail
                rt = roles_get(role)
                if rt is None:
                    fr = frag_of(role)
                    r_iri = dl_role + fr
                    rt = roles_cache[role] = (r_iri, iri(r_iri), f"role-{fr}-",
                                              q(f"{role}: ")[:-1])
                r_iri, r_term, fr, r_lab = rt
                # _frag(v): a plain id (its own term) only has its ":" to replace
                fr += v.replace(":", "-") if o is v else frag_get(v) or frag_of(v)
                r = F + fr if F is not None and fr[-1] != "." and "~" not in fr \
                    else f"<{s or iri_of(n)}#{fr}>"
                if r in seen_r:
                    raise _Bail
                seen_r.add(r)
                actors.append(r)
                if r_iri not in vocab_seen and r_iri not in new_vocab:
                    # (no label for an empty role, as in the mapping's vocab_term)
                    new_vocab[r_iri] = f"{r_term} {a_rtype}{SEP}{p_label}{q(role)}{END}" \
                        if role else f"{r_term} {a_rtype}{END}"
                lab = labels_get(v)
                if lab is None:  # the label q(f"{role}: {label of v}") is r_lab + lab
                    lab = labels[v] = q(f"{nodes[v].get('label', v)}")[1:]
                role_text.append(f"{r} {a_role}{SEP}{p_label}{r_lab}{lab}"
                                 f"{SEP}{p_value}{o}{SEP}{p_roleType}{r_term}{END}")
        att_text: dict = {}  # article -> statements of its attributions
        if cites:
            seen_att = set()
            for v, o, key, ed in cites:
                get = ed.get
                article = get("article")
                targets = claims_at.get((article, get("sentence_start")))
                # (a claim of this event named the article: its kind is in claim_tails)
                if not targets or claim_tails[article][1] != "article":
                    raise _Bail  # attributed to the event itself, or to a non-article
                # _frag(key) + "-" + _frag(v), as for claims
                fr = f"{key}-{v}".replace(":", "-")
                if not (key and v and key.__class__ is str and v.__class__ is str and
                        safe_frag(fr)):
                    fr = f"{_frag(key)}-{frag_get(v) or frag_of(v)}"
                att = F + fr if F is not None and fr[-1] != "." and "~" not in fr \
                    else f"<{s or iri_of(n)}#{fr}>"
                if att in seen_att:
                    raise _Bail
                seen_att.add(att)
                kind_ = get("source_kind")
                name = get("name")
                A = [a_att, p_label + q(f"{kind_ or 'source'}: "
                                        f"{name or nodes[v].get('label', v)}"),
                     p_agent + o]
                if kind_:
                    A.append(p_sourceKind + q(kind_))
                elif kind_ is not None and kind_ != "":
                    raise _Bail
                if name:
                    A.append(p_citedAs + q(name))
                elif name is not None and name != "":
                    raise _Bail
                at = att_text.get(article)
                if at is None:
                    at = att_text[article] = []
                at.append(f"{att} {SEP.join(A)}{END}")
                by = p_wasAttributedTo + o
                via = p_qualifiedAttribution + att
                for C in targets:
                    if by not in C:
                        C.append(by)
                    C.append(via)
        if actors:  # distinct (checked above)
            E.append(p_hasActor + OSEP.join(actors))
        if places:
            E.append(p_hasPlace + places[0] if len(places) == 1 else objects(p_hasPlace, places))
        if befores:
            E.append(p_before + befores[0] if len(befores) == 1 else objects(p_before, befores))
        if withins:
            E.append(p_sfWithin + withins[0] if len(withins) == 1 else objects(p_sfWithin, withins))
        if related:
            E.append(p_related + related[0] if len(related) == 1 else objects(p_related, related))
        claims_text = []
        if by_article:
            for v in (sorted(by_article, key=str) if len(by_article) > 1 else by_article):
                claims = by_article[v]
                E.append(p_wasDerivedFrom + other_get(v, v))
                E.append(p_hasClaim + (OSEP.join(claims) if len(claims) > 1
                                       else next(iter(claims))))
                for C in claims.values():
                    C[-1] += END   # cheaper than copying the whole statement to add it
                    claims_text.append(SEP.join(C))
                if att_text and v in att_text:
                    claims_text += att_text[v]
        # all checks passed: the text, and the shared vocabulary state
        out.append(f"{S} {SEP.join(E)}{END}")
        out.extend(claims_text)
        out.extend(role_text)
        if tp is not None:
            out.append(f"{t_term} {SEP.join(tp)}{END}")
            out.extend(insts)
        if new_vocab:
            vocab_seen.update(new_vocab)
            out.extend(new_vocab.values())
        if new_cameo is not None:
            cameo_seen.add(new_cameo[0])
            out.append(new_cameo[2])

    out: list = []
    templates = {"event": event_text, "actor": actor_text, "place": place_text,
                 "article": article_text, "source": source_text}
    return templates, out, shared, all_str


_utf8 = str.encode  # UTF-8, strict


def turtle_graph_bytes(g, ingest) -> Iterable[bytes]:
    """The UTF-8 Turtle of ``g`` in chunks (prefixes first), straight from the mapping:
    common nodes through ``_fast_turtle``'s templates, the others through the generic
    mapping. Each statement is encoded on its own (most are ASCII, which encodes as a
    plain copy) and the bytes are joined."""
    m = mapping(g, ingest, TextTerms())
    templates, buf, shared, all_str = _fast_turtle(m)
    template = templates.get
    nodes = m.nodes
    done: set = set()
    yield turtle_prefixes().encode("utf-8")
    i = 0
    for n in sorted(nodes) if all_str else sorted(nodes, key=str):  # the same order
        mark = len(buf)
        try:
            if shared and n in shared:
                if n not in done:
                    done.update(shared[n])
                    buf += _turtle_chunks(m.group_blocks(shared[n]))
                continue
            d = nodes[n]
            fn = template(d.get("kind"))
            if fn is None:
                raise _Bail
            fn(n, d)
        except (_Bail, TypeError):
            del buf[mark:]
            buf += _turtle_chunks(m.node_blocks(n))
        i += 1
        if i >= 64:
            data = b"".join(map(_utf8, buf))
            buf.clear()
            i = 0
            yield data.replace(b"\x7f", b"\\u007f") if b"\x7f" in data else data
    if buf:
        data = b"".join(map(_utf8, buf))
        yield data.replace(b"\x7f", b"\\u007f") if b"\x7f" in data else data


def write_turtle_graph(g, ingest, fh: IO[bytes]) -> None:
    _write_early_writeback(turtle_graph_bytes(g, ingest), fh)


def _write_early_writeback(chunks: Iterable[bytes], fh: IO[bytes]) -> None:
    """Write ``chunks`` to ``fh``. When ``fh`` is a file (Linux: ``os.posix_fadvise``),
    the kernel is asked to start writing each ~8 MB just written to disk
    (``POSIX_FADV_DONTNEED`` starts the writeback of dirty pages and leaves them cached:
    only clean pages are dropped), while the rest is being built: the fsync that ends an
    atomic write then has little left to wait for."""
    try:
        fd = fh.fileno() if hasattr(os, "posix_fadvise") else None
        start = fh.tell() if fd is not None else 0
    except (AttributeError, OSError, ValueError):  # io.UnsupportedOperation included
        fd = None
    pending = 0
    for chunk in chunks:
        fh.write(chunk)
        if fd is not None:
            pending += len(chunk)
            if pending >= _WRITEBACK:
                fh.flush()
                try:
                    os.posix_fadvise(fd, start, pending, os.POSIX_FADV_DONTNEED)
                except OSError:  # only advice: never a reason to fail
                    fd = None
                start += pending
                pending = 0


def turtle_lines(blocks, tw: TextTerms | None = None) -> Iterable[str]:
    """Turtle text of plain ``blocks`` (prefixes first), in chunks."""
    tw = tw or TextTerms()
    yield turtle_prefixes()
    yield from _turtle_chunks(tw.text_blocks(blocks))


# --- N-Triples ------------------------------------------------------------------------------------

def _ntriples_blocks(text_blocks) -> Iterable[str]:
    """N-Triples text, block by block (consecutive blocks of one subject together;
    duplicate statements of a subject dropped)."""
    cur_s = cur = None
    for _, s, entries in text_blocks:
        if s == cur_s:
            cur = cur + entries
            continue
        if cur:
            yield _nt_statements(cur_s, cur)
        cur_s, cur = s, entries
    if cur:
        yield _nt_statements(cur_s, cur)


def _nt_statements(s: str, entries: list) -> str:
    if len(entries) > 1 and len(set(entries)) != len(entries):
        entries = list(dict.fromkeys(entries))
    head = s + " "
    return _fix_del(head + (" .\n" + head).join(entries) + " .\n")


def ntriples_graph_lines(g, ingest) -> Iterable[str]:
    """N-Triples text of ``g``, block by block, straight from the mapping."""
    return _ntriples_blocks(statements(g, ingest, TextTerms(compact=False)))


def ntriples_lines(blocks) -> Iterable[str]:
    """N-Triples text of plain ``blocks``, block by block."""
    return _ntriples_blocks(TextTerms(compact=False).text_blocks(blocks))


# --- TriG -----------------------------------------------------------------------------------------

def _trig_chunks(text_blocks, graph_term) -> Iterable[str]:
    """TriG text: the default graph's statements first, then one named graph per ctx
    (``graph_term(ctx)`` names it; ctxs with the same name share the graph), by name."""
    yield turtle_prefixes()
    names: dict = {}   # ctx -> graph name
    named: dict = {}   # graph name -> blocks
    default: list = []
    for blk in text_blocks:
        ctx = blk[0]
        if ctx is None:
            default.append(blk)
            continue
        name = names.get(ctx)
        if name is None:
            name = names[ctx] = graph_term(ctx)
        named.setdefault(name, []).append(blk)
    yield from _turtle_chunks(default)
    for name in sorted(named):
        yield f"{name} {{\n"
        yield from _turtle_chunks(named[name], indent="    ")
        yield "}\n\n"


def trig_graph_chunks(g, ingest, graph_iri) -> Iterable[str]:
    """TriG text of ``g`` (one named graph per article, ``graph_iri(ctx)``)."""
    tw = TextTerms()
    return _trig_chunks(statements(g, ingest, tw), lambda ctx: tw.iri(graph_iri(ctx)))


def trig_lines(blocks, graph_iri) -> Iterable[str]:
    """TriG text of plain ``blocks``."""
    tw = TextTerms()
    return _trig_chunks(tw.text_blocks(blocks), lambda ctx: tw.iri(graph_iri(ctx)))


# --- writing --------------------------------------------------------------------------------------

def _write_chunks(lines: Iterable[str], fh: IO[bytes]) -> None:
    buf: list[str] = []
    size = 0
    for text in lines:
        buf.append(text)
        size += len(text)
        if size >= _CHUNK:
            fh.write("".join(buf).encode("utf-8"))
            buf, size = [], 0
    if buf:
        fh.write("".join(buf).encode("utf-8"))


def write_turtle(blocks, fh: IO[bytes]) -> None:
    _write_chunks(turtle_lines(blocks), fh)


def write_ntriples(blocks, fh: IO[bytes]) -> None:
    _write_chunks(ntriples_lines(blocks), fh)


def write_trig(blocks, fh: IO[bytes], graph_iri) -> None:
    _write_chunks(trig_lines(blocks, graph_iri), fh)
