"""Read one CAT XML file (NewsReader MEANTIME or Event StoryLine Corpus) into dataclasses.

The gold corpora in ``../shared/eval`` (see its README) are stand-off CAT XML: a list of
``<token t_id sentence number>`` elements with no whitespace information, ``<Markables>``
that point at tokens through ``<token_anchor t_id>`` children, and ``<Relations>`` from
``<source m_id>`` to ``<target m_id>``. This module rebuilds a dateline article text from
the tokens, gives every gold markable character offsets into that text, and returns plain
frozen dataclasses. It needs the standard library only and never touches the network.

Public API::

    load(path) -> GoldDoc
    iter_corpus(eval_dir, corpus) -> Iterator[GoldDoc]     # corpus "meantime" or "esc"
    corpus_files(eval_dir, corpus) -> list[str]            # the paths iter_corpus reads
    detokenize(tokens, corpus="meantime") -> str

    GoldDoc: path corpus doc_id title dct url text timexes entity_mentions events
             relations sentences | tokens dct_value subset headline_sentence
             .markables (m_id -> markable)  .title_span  .relations_of(kind)
    GoldTimex: id start end text type value function anchor | tag sentence token_spans attrs
    GoldEntityMention: id start end text ent_type syntactic_type entity
                       | entity_ref tag sentence token_spans attrs
    GoldEvent: id start end text pred cls tense polarity certainty
               | instance tag sentence token_spans attrs
    GoldRelation: kind source target attrs  .get(key)  .reltype  .sem_role
    GoldToken: t_id sentence start end text raw

(fields after ``|`` are extras beyond the minimal contract, all with defaults).

``iter_corpus`` reads ``<eval_dir>/meantime/corpus_*/*.xml`` or
``<eval_dir>/esc/<topic>/*.xml`` in natural path order (topic 1 before 12, ``1_2`` before
``1_10``).

Text layout (``GoldDoc.text``)
------------------------------
One gold sentence per line, lines joined with ``"\\n"``, and a final ``"\\n"``::

    date 2010-06-08 Apple unveils iPhone 4, iOS 4 at Worldwide Developers Conference 2010
    June 8, 2010
    Yesterday, at this year's Apple Worldwide Developers Conference (WWDC), company ...
    ...

* Line 1 is the header ``date <dct> <headline>``. When the document has no usable DCT
  (``dct is None``) the header is the headline alone, without the ``date`` prefix (a
  reader then sees an undated article; benchmarks that need a date should skip it).
* MEANTIME: sentence 0 is the headline. Sentence 1, the Wikinews date line ("June 8,
  2010"), is the first body line: it is real article text and carries the CREATION_TIME
  TIMEX3. Every other sentence follows, one per line.
* ESC (ECB+ documents): in all 258 files sentence 0 is the source URL, tokenised
  ("http : / / www . foxnews . com / ..."), and no markable points into it. It is not
  article text, so it is left out of ``text``: its tokens joined without spaces become
  ``GoldDoc.url`` and ``sentences[0] == (-1, -1)``. ECB+ marks no headline; the first
  sentence after the URL is taken as the headline (header line), always, and the rest
  follow in order, one per line. In about 220 of the 258 files that sentence is the real
  headline and sentence 2 the date/byline ("May 03, 2013", "Published May 05, 2010"); in
  about 36 it is itself a date line ("Friday, June 7, 2013", "Posted 11/27/2005 7:21 AM")
  and the real headline, if any, is the next line. No sentence is moved to "fix" that:
  text order stays token order, and nothing is guessed.
* ``sentences[n]`` is the ``(start, end)`` span of gold sentence ``n`` in ``text`` (the
  headline's span excludes the ``date YYYY-MM-DD`` prefix); ``(-1, -1)`` for a sentence
  that is not in the text (only ESC's URL sentence).

Detokenisation
--------------
Tokens are kept in document order; each line is its sentence's tokens joined by
:func:`detokenize`'s spacing rules (the quote state runs through the whole document):

* no space before ``, . ; : ! ? % ) ] }`` nor before clitics ``'s n't 're 've 'll 'd 'm``
  (also with ``’``); no space after ``( [ {``, nor after ``$ US$ # £ €`` before a number
  ("US $ 199" -> "US$199": ``$`` is glued to a preceding US, A, C, NZ, HK, S);
* PTB quotes: ``````  becomes ``"`` opening (space before, none after), ``''`` becomes
  ``"`` closing (none before); a bare ``"`` token opens or closes by alternation; tokens
  with a glued quote (``"We``, ``Fire"``) keep it and update the state; ``“ ‘`` open,
  ``” ’`` close; a single ````` becomes ``'`` (opening); a bare ``'`` is a closing quote
  when a single quote is open, a plural possessive after a word ending in s ("Jobs'"),
  glued in "we ' re" -> "we're", and an opening quote otherwise; ``’`` between a word and
  ``s t re ve ll d m`` is an apostrophe ("Lohan ’ s" -> "Lohan’s"); "I' ll" -> "I'll",
  "O 'Reilly" -> "O'Reilly";
* ``/`` and ``_`` are glued on both sides ("audio/video", "05/02/2013"); ``:`` between
  digits too ("1:32"); ``.`` between single letters ("a.m.", "L.A") and before a web
  suffix ("ESPN.com"); ESC also splits numbers, so there ``.`` between digits is glued
  ("5 . 9" -> "5.9") and so is ``,`` between 1-3 digits and exactly 3 digits
  ("$30 , 000" -> "$30,000", while "May 2 , 2013" keeps its space);
* hyphens "as in the source": MEANTIME keeps hyphenated words as one token
  ("long-haul"), so a lone ``-`` there is a dash and keeps its spaces; ESC splits every
  hyphen ("90 - day court - mandated"), so a lone ``-`` between two alphanumerics is glued
  ("90-day court-mandated"), and so is one that starts a line or markable before a number
  ("-5.9"); ``--``, ``—``, ``–``, ``...`` and ``|`` keep their spaces.

Token text is normalised only for the PTB quote tokens (``````/``''`` -> ``"``, ````` ->
``'``, also when glued to a word: ``''The`` -> ``"The``); every other token appears in
``text`` exactly as in the XML. ``GoldToken.text`` is the text as it appears in ``text``
and ``GoldToken.raw`` the XML token.

Markables
---------
Every timex, entity-mention and event markable keeps its XML ``m_id`` as ``id`` and gets
``start``/``end``: the start of its first token and the end of its last token (tokens in
document order), so ``doc.text[m.start:m.end] == m.text``. A markable whose tokens are
not contiguous (rare: discontinuous mentions) still spans first to last token;
``token_spans`` holds the ``(start, end)`` of each run of consecutive tokens, and
``discontinuous`` says whether there is more than one run. Markables with no token (ESC
"instance" markables that only carry a TAG_DESCRIPTOR, some ESC TIME_* values, the
token-less DCT of some files) are kept with ``start == end == -1``, ``text == ""``,
``sentence == -1`` and ``token_spans == ()``; filter them with ``m.start >= 0``.

* ``GoldTimex``: MEANTIME TIMEX3 (``type`` DATE/TIME/DURATION/SET) and ESC TIME_DATE ->
  DATE, TIME_OF_THE_DAY -> TIME, TIME_DURATION -> DURATION, TIME_REPETITION -> SET.
  ``value`` is None when empty (ESC also has values like PAST_REF/PRESENT_REF, kept).
  ``function`` is ``"CREATION_TIME"`` for MEANTIME ``functionInDocument="CREATION_TIME"``
  and ESC ``DCT="TRUE"``, else None. ``anchor`` is ``anchorTimeID`` or None.
* ``GoldEntityMention``: MEANTIME ENTITY_MENTION; ``ent_type`` comes from the ENTITY
  instance it REFERS_TO (PER, ORG, LOC, PRO, FIN, MIX; None if unlinked: 31 mentions);
  ``syntactic_type`` is the raw attribute (NAM, NOM, PRO, and also PRE.NAM, PRE.NOM, APP,
  CONJ, ARC, HLS, PTV), None when empty; ``entity`` is the instance's cross-document
  ``instance_id`` (shared by all MEANTIME files that mention Steve Jobs), or
  ``"<doc_id>#<m_id>"`` of the ENTITY markable when it has no instance_id, or None when
  unlinked; ``entity_ref`` is the instance's DBpedia ``external_ref``. When a mention
  refers to two instances (5 cases), the first REFERS_TO in file order wins.
  ESC HUMAN_PART_*, LOC_* and NON_HUMAN_PART* markables are mapped (see ``ESC_ENT_TYPES``):
  PER -> PER; ORG, MET (metonymy, "the White House said") -> ORG; GPE, FAC and every
  LOC_* -> LOC (MEANTIME files countries and facilities under LOC); VEH and
  NON_HUMAN_PART* (objects) -> PRO; GENERIC -> PER. ESC has no syntactic type and no
  coreference: ``syntactic_type`` and ``entity`` are None. ``tag`` keeps the raw tag.
* ``GoldEvent``: MEANTIME EVENT_MENTION with ``pred``, ``tense``, ``polarity``,
  ``certainty`` (None when empty) and ``cls`` = the ``class`` of the EVENT instance it
  REFERS_TO (OTHER, SPEECH_COGNITIVE, GRAMMATICAL, MIX); ``instance`` like ``entity``.
  ESC ACTION_* and NEG_ACTION_*: ``cls`` is the tag without ``NEG_`` (e.g.
  ``ACTION_OCCURRENCE``), ``polarity`` is ``"NEG"`` for NEG_ACTION_* else ``"POS"``;
  pred/tense/certainty/instance are None.
* ``GoldRelation``: every relation element (MEANTIME HAS_PARTICIPANT, TLINK, SLINK,
  GLINK, CLINK, REFERS_TO; ESC TLINK, PLOT_LINK), one object per (source, target) pair
  (a REFERS_TO with 4 sources gives 4 objects, all with the same ``r_id`` in ``attrs``).
  ``attrs`` is the sorted tuple of the element's non-empty attributes (``r_id``,
  ``sem_role``, ``reltype``/``relType``, ...).
* Other markables (MEANTIME SIGNAL, VALUE, and the ENTITY/EVENT instances) are not
  listed; relations may still point at them (e.g. REFERS_TO targets, TLINK signalID).
* Every gold object carries ``attrs``: the sorted non-empty raw XML attributes.

Corpus facts (checked by tests/test_catxml.py where ../shared/eval exists)
--------------------------------------------------------------------------
* MEANTIME: 60 files, every markable has tokens except 14 TIMEX3 (empty begin/end points
  of durations, function NONE). 34 discontinuous markables. 2 files have no CREATION_TIME
  (airbus 8951 and 78496: the date line has a TIMEX3 with function NONE) -> ``dct`` None.
  Elsewhere the CREATION_TIME is always the date line, sentence 1. 31 entity mentions and
  6 event mentions have no REFERS_TO.
* ESC: 258 files, sentence 0 always the URL. Token-less markables: 458 TIME_* (28 of them
  DCTs), 1941 ACTION_*, 1640 HUMAN_PART_*/LOC_*/NON_HUMAN_PART*. 27 files have only a
  token-less DCT; 1_9ecbplus has no DCT; 5_8ecbplus (DCT "2006") and 7_10ecbplus
  ("PRESENT_REF") have no day -> ``dct`` None; 5_9ecbplus has two DCTs. ESC's number
  attribute restarts in each sentence (document order is t_id order); one token holds
  tabs ("05\t\t", stripped). 30 discontinuous markables. No coreference and no
  participant relations in ESC v1.5: only TLINK and PLOT_LINK.

DCT
---
``dct`` is ``YYYY-MM-DD`` taken from the markable with ``functionInDocument=
"CREATION_TIME"`` (MEANTIME) or ``DCT="TRUE"`` (ESC). Values are normalised leniently
("2013-05-03T19:00Z" -> "2013-05-03", "2009-12-4" -> "2009-12-04", "2009:02:03T17:59:13Z"
-> "2009-02-03", "t_2013-09-09" -> "2013-09-09"); a value that is not a day ("2006",
"PRESENT_REF") gives ``dct = None``. With several DCT markables (ESC 5_9ecbplus) the
first one with a usable day and with tokens wins, then the first usable one. The raw
value stays in ``dct_value``. Files without any DCT markable: ``dct = None``.

Ids: ``doc_id`` is MEANTIME's ``doc_id`` attribute ("190356") and, for ESC, ``doc_name``
without ``.xml`` ("1_10ecbplus"). ``subset`` is the folder: "corpus_apple", or the ESC
topic ("1"). ``title`` is the detokenised headline.
"""
from __future__ import annotations

from dataclasses import dataclass
import os
import re
from typing import Iterable, Iterator, Sequence
import xml.etree.ElementTree as ET

__all__ = [
    "GoldToken", "GoldTimex", "GoldEntityMention", "GoldEvent", "GoldRelation", "GoldDoc",
    "load", "iter_corpus", "detokenize", "corpus_files", "ESC_ENT_TYPES", "ESC_TIMEX_TYPES",
]

Attrs = tuple  # tuple[tuple[str, str], ...], sorted by key

# --- dataclasses -------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldToken:
    """One XML token. ``doc.text[start:end] == text`` (-1, -1 for ESC URL tokens)."""
    t_id: str
    sentence: int
    start: int
    end: int
    text: str  # as it appears in GoldDoc.text (PTB quotes normalised)
    raw: str  # as in the XML


@dataclass(frozen=True)
class GoldTimex:
    id: str
    start: int
    end: int
    text: str
    type: str | None  # DATE, TIME, DURATION, SET
    value: str | None
    function: str | None  # "CREATION_TIME" or None
    anchor: str | None  # anchorTimeID (an m_id) or None
    tag: str = "TIMEX3"  # raw element name (TIMEX3, TIME_DATE, TIME_OF_THE_DAY, ...)
    sentence: int = -1
    token_spans: tuple = ()  # ((start, end), ...) per run of consecutive tokens
    attrs: Attrs = ()

    @property
    def discontinuous(self) -> bool:
        return len(self.token_spans) > 1


@dataclass(frozen=True)
class GoldEntityMention:
    id: str
    start: int
    end: int
    text: str
    ent_type: str | None  # PER, ORG, LOC, PRO, FIN, MIX
    syntactic_type: str | None  # NAM, NOM, PRO, PRE.NAM, APP, CONJ, ... (MEANTIME only)
    entity: str | None  # instance id (cross-document in MEANTIME), or None
    entity_ref: str | None = None  # DBpedia URI of the instance (MEANTIME), or None
    tag: str = "ENTITY_MENTION"
    sentence: int = -1
    token_spans: tuple = ()
    attrs: Attrs = ()

    @property
    def discontinuous(self) -> bool:
        return len(self.token_spans) > 1


@dataclass(frozen=True)
class GoldEvent:
    id: str
    start: int
    end: int
    text: str
    pred: str | None
    cls: str | None  # MEANTIME instance class / ESC ACTION_* type
    tense: str | None
    polarity: str | None  # POS / NEG
    certainty: str | None
    instance: str | None = None  # MEANTIME event instance id, or None
    tag: str = "EVENT_MENTION"
    sentence: int = -1
    token_spans: tuple = ()
    attrs: Attrs = ()

    @property
    def discontinuous(self) -> bool:
        return len(self.token_spans) > 1


@dataclass(frozen=True)
class GoldRelation:
    kind: str  # HAS_PARTICIPANT, TLINK, SLINK, GLINK, CLINK, REFERS_TO, PLOT_LINK
    source: str  # m_id
    target: str  # m_id
    attrs: Attrs = ()

    def get(self, key: str, default: str | None = None) -> str | None:
        for k, v in self.attrs:
            if k == key:
                return v
        return default

    @property
    def reltype(self) -> str | None:
        """TLINK/PLOT_LINK type: MEANTIME spells the attribute ``reltype``, ESC ``relType``."""
        return self.get("reltype") or self.get("relType")

    @property
    def sem_role(self) -> str | None:
        """HAS_PARTICIPANT PropBank role as annotated (Arg0, Arg1, Argm-LOC / ArgM-LOC...)."""
        return self.get("sem_role")


@dataclass(frozen=True)
class GoldDoc:
    path: str
    corpus: str  # "meantime" | "esc"
    doc_id: str
    title: str
    dct: str | None  # YYYY-MM-DD
    url: str | None
    text: str
    timexes: tuple[GoldTimex, ...]
    entity_mentions: tuple[GoldEntityMention, ...]
    events: tuple[GoldEvent, ...]
    relations: tuple[GoldRelation, ...]
    sentences: tuple[tuple[int, int], ...]  # indexed by gold sentence number
    tokens: tuple[GoldToken, ...] = ()
    dct_value: str | None = None  # raw value of the DCT markable
    subset: str | None = None  # "corpus_apple", or the ESC topic folder
    headline_sentence: int = 0  # 0 (MEANTIME) or 1 (ESC)

    @property
    def markables(self) -> dict:
        """``m_id -> GoldTimex | GoldEntityMention | GoldEvent``."""
        out: dict = {}
        for group in (self.timexes, self.entity_mentions, self.events):
            for m in group:
                out[m.id] = m
        return out

    @property
    def title_span(self) -> tuple[int, int]:
        return self.sentences[self.headline_sentence]

    def relations_of(self, kind: str) -> tuple[GoldRelation, ...]:
        return tuple(r for r in self.relations if r.kind == kind)


# --- detokeniser -----------------------------------------------------------------------

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "”"}
_NO_SPACE_AFTER = {"(", "[", "{", "“", "‘"}
_CURRENCY = {"$", "US$", "USD$", "#", "£", "€", "A$", "C$", "HK$", "S$", "NZ$"}
_DOLLAR_PREFIXES = {"US", "A", "AU", "C", "CA", "NZ", "HK", "S", "USD"}
_CLITIC_RE = re.compile(r"^(?:['’](?:s|re|ve|ll|d|m|t)|n['’]t)$", re.IGNORECASE)
_CLITIC_TAILS = {"s", "t", "re", "ve", "ll", "d", "m"}
_WEB_SUFFIXES = {"com", "org", "net", "gov", "edu", "co", "uk", "html", "htm", "php", "aspx"}


def _norm(tok: str) -> str:
    """Normalise PTB quote tokens (also glued to a word) to straight quotes; strip blanks."""
    tok = tok.strip() or tok
    if tok in ("``", "''"):
        return '"'
    if tok == "`":
        return "'"
    if len(tok) > 2 and (tok.startswith("``") or tok.startswith("''")):
        tok = '"' + tok[2:]
    if len(tok) > 2 and (tok.endswith("''") or tok.endswith("``")):
        tok = tok[:-2] + '"'
    return tok


def _alnum_end(s: str | None) -> bool:
    return bool(s) and s[-1].isalnum()


def _alnum_start(s: str | None) -> bool:
    return bool(s) and s[0].isalnum()


class _Spacer:
    """Decides, token by token, whether a space goes before it (quote state inside)."""

    def __init__(self, corpus: str):
        self.corpus = corpus
        self.dq_open = False  # a straight double quote is open
        self.sq_open = False  # a single quote is open
        self.glue_next = False  # the previous token asked for no space after it

    def space_before(self, raw: str, tok: str, prev: str | None, nxt: str | None) -> bool:
        """``tok`` is the normalised token, ``raw`` the XML one; prev/nxt normalised."""
        attach = prev is None or self.glue_next
        glue_after = False
        if tok in _NO_SPACE_BEFORE or _CLITIC_RE.match(tok):
            attach = True
            if tok == ":" and _alnum_end(prev) and prev[-1].isdigit() and nxt and nxt[0].isdigit():
                glue_after = True
            if tok == "." and prev is not None and nxt is not None and (
                    (len(prev) == 1 and prev.isalpha() and len(nxt) == 1 and nxt.isalpha())
                    or (nxt.lower() in _WEB_SUFFIXES and _alnum_end(prev))
                    or (self.corpus == "esc" and prev[-1].isdigit() and nxt[0].isdigit())):
                glue_after = True  # a.m., L.A, ESPN.com, ESC "5 . 9" -> 5.9
            if (tok == "," and self.corpus == "esc" and prev is not None and nxt is not None
                    and re.fullmatch(r"\D{0,3}\d{1,3}", prev) and re.fullmatch(r"\d{3}\D{0,3}", nxt)):
                glue_after = True  # ESC "$30 , 000" -> $30,000 (not "May 2 , 2013")
        elif tok in _NO_SPACE_AFTER:
            glue_after = True
            if tok == "‘":
                self.sq_open = True
        elif tok in _CURRENCY:
            glue_after = bool(nxt) and nxt[0].isdigit()
            if tok == "$" and prev in _DOLLAR_PREFIXES and glue_after:
                attach = True  # "US $ 199" -> US$199
        elif tok in ("/", "_"):
            attach = glue_after = True
        elif tok == "-" and self.corpus == "esc" and (prev is None or _alnum_end(prev)) and _alnum_start(nxt):
            attach = glue_after = True  # 90 - day -> 90-day; a leading "- 5" -> -5
        elif tok == "’":
            attach = True
            if _alnum_end(prev) and nxt is not None and nxt.lower() in _CLITIC_TAILS:
                glue_after = True  # Lohan ’ s -> Lohan’s
            else:
                self.sq_open = False
        elif tok == '"':
            if raw == "``" or (raw != "''" and not self.dq_open):
                self.dq_open = True
                glue_after = True
            else:
                self.dq_open = False
                attach = True
        elif tok == "'":
            if raw == "`":
                self.sq_open = True
                glue_after = True
            elif _alnum_end(prev) and nxt is not None and nxt.lower() in _CLITIC_TAILS - {"s"}:
                attach = glue_after = True  # we ' re -> we're
            elif self.sq_open:
                self.sq_open = False
                attach = True
            elif prev is not None and prev[-1] in "sSzZ" and prev.isalpha():
                attach = True  # plural possessive: Jobs' health
            else:
                self.sq_open = True
                glue_after = True
        else:
            # words and glued-quote tokens
            if re.fullmatch(r"[A-Za-z]{1,2}'", prev or "") and tok[0].isalpha():
                attach = True  # I' ll -> I'll, O' Leary -> O'Leary
            if (tok.startswith("'") and len(tok) > 1 and tok[1].isupper()
                    and prev and len(prev) == 1 and prev.isupper()):
                attach = True  # O 'Reilly -> O'Reilly
            if len(tok) > 1:
                if tok[0] == '"':
                    self.dq_open = tok[-1] != '"'
                elif tok[-1] == '"':
                    self.dq_open = False
                if tok[0] in "'‘" and tok[1].isalpha() and not _CLITIC_RE.match(tok):
                    self.sq_open = not tok.endswith("'")
                elif tok[-1] in "'’" and self.sq_open and tok[0] != "'":
                    self.sq_open = False
        self.glue_next = glue_after
        return not attach


def _layout(raw_tokens: Sequence[str], spacer: _Spacer) -> list[tuple[int, int, str]]:
    """Lay one line out: ``(start, end, norm)`` per token, offsets relative to the line."""
    norm = [_norm(t) for t in raw_tokens]
    out: list[tuple[int, int, str]] = []
    pos = 0
    spacer.glue_next = False
    for i, (raw, tok) in enumerate(zip(raw_tokens, norm)):
        prev = norm[i - 1] if i else None
        nxt = norm[i + 1] if i + 1 < len(norm) else None
        if spacer.space_before(raw, tok, prev, nxt):
            pos += 1
        out.append((pos, pos + len(tok), tok))
        pos += len(tok)
    return out


def detokenize(tokens: Sequence[str], corpus: str = "meantime") -> str:
    """Join tokens (one line, fresh quote state) with the spacing rules of this module."""
    laid = _layout(list(tokens), _Spacer(corpus))
    buf = []
    pos = 0
    for s, e, t in laid:
        buf.append(" " * (s - pos))
        buf.append(t)
        pos = e
    return "".join(buf)


# --- reading ----------------------------------------------------------------------------

ESC_TIMEX_TYPES = {"TIME_DATE": "DATE", "TIME_OF_THE_DAY": "TIME",
                   "TIME_DURATION": "DURATION", "TIME_REPETITION": "SET"}
ESC_ENT_TYPES = {
    "HUMAN_PART_PER": "PER", "HUMAN_PART_ORG": "ORG", "HUMAN_PART_MET": "ORG",
    "HUMAN_PART_GPE": "LOC", "HUMAN_PART_FAC": "LOC", "HUMAN_PART_VEH": "PRO",
    "HUMAN_PART_GENERIC": "PER", "LOC_GEO": "LOC", "LOC_FAC": "LOC", "LOC_OTHER": "LOC",
    "NON_HUMAN_PART": "PRO", "NON_HUMAN_PART_GENERIC": "PRO",
}
_DAY_RE = re.compile(r"(\d{4})[-:](\d{1,2})[-:](\d{1,2})(?!\d)")


def _day(value: str | None) -> str | None:
    if not value:
        return None
    m = _DAY_RE.search(value)
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _attrs(el: ET.Element, skip: Iterable[str] = ()) -> Attrs:
    skip = set(skip)
    return tuple(sorted((k, v) for k, v in el.attrib.items() if v != "" and k not in skip))


def _opt(el: ET.Element, key: str) -> str | None:
    v = el.get(key)
    if v is None:
        return None
    v = v.strip()
    return v or None


def _natural_key(path: str) -> list:
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", path)]


def _looks_like_url(tokens: Sequence[str]) -> bool:
    joined = "".join(tokens)
    return joined.startswith(("http", "www."))


def load(path: str | os.PathLike) -> GoldDoc:
    """Read one CAT XML file (MEANTIME or ESC) into a :class:`GoldDoc`."""
    path = os.fspath(path)
    root = ET.parse(path).getroot()
    markables_el = root.find("Markables")
    relations_el = root.find("Relations")
    markable_els = list(markables_el) if markables_el is not None else []
    relation_els = list(relations_el) if relations_el is not None else []

    tags = {el.tag for el in markable_els}
    corpus = "meantime" if tags & {"TIMEX3", "ENTITY_MENTION", "EVENT_MENTION"} or root.get("doc_id") else "esc"

    # tokens, grouped by sentence, in document order
    tok_els = list(root.iter("token"))
    sent_tokens: dict[int, list[ET.Element]] = {}
    for t in tok_els:
        sent_tokens.setdefault(int(t.get("sentence")), []).append(t)
    sent_ids = sorted(sent_tokens)

    url = _opt(root, "url")
    headline_sentence = sent_ids[0] if sent_ids else 0
    skipped: set[int] = set()
    if corpus == "esc" and sent_ids:
        first = sent_ids[0]
        if _looks_like_url([t.text or "" for t in sent_tokens[first]]):
            url = "".join(t.text or "" for t in sent_tokens[first])
            skipped.add(first)
            headline_sentence = sent_ids[1] if len(sent_ids) > 1 else first

    # DCT
    dct_cands = []
    for el in markable_els:
        if el.get("functionInDocument") == "CREATION_TIME" or el.get("DCT") == "TRUE":
            dct_cands.append(el)
    dct_value = None
    dct = None
    if dct_cands:
        usable = [el for el in dct_cands if _day(el.get("value"))]
        anchored = [el for el in usable if el.find("token_anchor") is not None]
        chosen = (anchored or usable or dct_cands)[0]
        dct_value = _opt(chosen, "value")
        dct = _day(dct_value)

    # lay out the text
    spacer = _Spacer(corpus)
    lines: list[str] = []
    pos = 0
    tok_pos: dict[str, tuple[int, int, int, str, str]] = {}  # t_id -> (start, end, sentence, norm, raw)
    order: dict[str, int] = {}
    sentences: dict[int, tuple[int, int]] = {}
    for idx, t in enumerate(tok_els):
        order[t.get("t_id")] = idx
    line_sents = [s for s in sent_ids if s not in skipped]
    # headline first, then the others in order
    if headline_sentence in line_sents:
        line_sents.remove(headline_sentence)
        line_sents.insert(0, headline_sentence)
    title = ""
    for n, s in enumerate(line_sents):
        toks = sent_tokens[s]
        raw = [t.text or "" for t in toks]
        laid = _layout(raw, spacer)
        prefix = f"date {dct} " if (n == 0 and dct) else ""
        buf = [prefix]
        cur = len(prefix)
        for (ls, le, norm), t, r in zip(laid, toks, raw):
            buf.append(" " * (ls + len(prefix) - cur))
            buf.append(norm)
            cur = le + len(prefix)
            tok_pos[t.get("t_id")] = (pos + ls + len(prefix), pos + le + len(prefix), s, norm, r)
        line = "".join(buf)
        if laid:
            sentences[s] = (pos + len(prefix) + laid[0][0], pos + len(prefix) + laid[-1][1])
        else:
            sentences[s] = (pos + len(prefix), pos + len(prefix))
        if n == 0:
            title = line[len(prefix):]
        lines.append(line)
        pos += len(line) + 1
    text = "\n".join(lines) + "\n"
    n_sent = (max(sent_ids) + 1) if sent_ids else 0
    sentence_spans = tuple(sentences.get(i, (-1, -1)) for i in range(n_sent))

    tokens = []
    for t in tok_els:
        tid = t.get("t_id")
        if tid in tok_pos:
            s, e, sn, norm, r = tok_pos[tid]
            tokens.append(GoldToken(tid, sn, s, e, norm, r))
        else:
            r = t.text or ""
            tokens.append(GoldToken(tid, int(t.get("sentence")), -1, -1, r, r))

    def span_of(el: ET.Element):
        tids = [a.get("t_id") for a in el.findall("token_anchor")]
        tids = [x for x in tids if x in tok_pos]
        if not tids:
            return -1, -1, "", -1, ()
        tids = sorted(set(tids), key=lambda x: order[x])
        runs = []
        run_start = run_end = None
        last = None
        for x in tids:
            s, e = tok_pos[x][0], tok_pos[x][1]
            if last is not None and order[x] == order[last] + 1:
                run_end = e
            else:
                if run_start is not None:
                    runs.append((run_start, run_end))
                run_start, run_end = s, e
            last = x
        runs.append((run_start, run_end))
        start, end = tok_pos[tids[0]][0], tok_pos[tids[-1]][1]
        return start, end, text[start:end], tok_pos[tids[0]][2], tuple(runs)

    # instance links (MEANTIME): mention m_id -> instance element
    by_id = {el.get("m_id"): el for el in markable_els}
    refers: dict[str, ET.Element] = {}
    for rel in relation_els:
        if rel.tag != "REFERS_TO":
            continue
        targets = [by_id.get(x.get("m_id")) for x in rel.findall("target")]
        targets = [x for x in targets if x is not None]
        if not targets:
            continue
        for src in rel.findall("source"):
            refers.setdefault(src.get("m_id"), targets[0])

    def instance_key(inst: ET.Element | None) -> str | None:
        if inst is None:
            return None
        return _opt(inst, "instance_id") or f"{doc_id}#{inst.get('m_id')}"

    doc_name = root.get("doc_name") or os.path.basename(path)
    if corpus == "meantime":
        doc_id = root.get("doc_id") or doc_name
    else:
        doc_id = re.sub(r"(\.xml)+$", "", doc_name)

    timexes, mentions, events = [], [], []
    for el in markable_els:
        tag = el.tag
        mid = el.get("m_id")
        if tag == "TIMEX3" or tag in ESC_TIMEX_TYPES:
            s, e, tx, sn, runs = span_of(el)
            if tag == "TIMEX3":
                ttype = _opt(el, "type")
                fn = _opt(el, "functionInDocument")
                fn = None if fn in (None, "NONE") else fn
            else:
                ttype = ESC_TIMEX_TYPES[tag]
                fn = "CREATION_TIME" if el.get("DCT") == "TRUE" else None
            timexes.append(GoldTimex(mid, s, e, tx, ttype, _opt(el, "value"), fn,
                                     _opt(el, "anchorTimeID"), tag, sn, runs, _attrs(el, ["m_id"])))
        elif tag == "ENTITY_MENTION" or tag in ESC_ENT_TYPES:
            s, e, tx, sn, runs = span_of(el)
            if tag == "ENTITY_MENTION":
                inst = refers.get(mid)
                if inst is not None and inst.tag != "ENTITY":
                    inst = None
                mentions.append(GoldEntityMention(
                    mid, s, e, tx, _opt(inst, "ent_type") if inst is not None else None,
                    _opt(el, "syntactic_type"), instance_key(inst),
                    _opt(inst, "external_ref") if inst is not None else None,
                    tag, sn, runs, _attrs(el, ["m_id"])))
            else:
                mentions.append(GoldEntityMention(mid, s, e, tx, ESC_ENT_TYPES[tag], None, None,
                                                  None, tag, sn, runs, _attrs(el, ["m_id"])))
        elif tag == "EVENT_MENTION":
            s, e, tx, sn, runs = span_of(el)
            inst = refers.get(mid)
            if inst is not None and inst.tag != "EVENT":
                inst = None
            events.append(GoldEvent(
                mid, s, e, tx, _opt(el, "pred"), _opt(inst, "class") if inst is not None else None,
                _opt(el, "tense"), _opt(el, "polarity"), _opt(el, "certainty"),
                instance_key(inst), tag, sn, runs, _attrs(el, ["m_id"])))
        elif tag.startswith("ACTION_") or tag.startswith("NEG_ACTION_"):
            s, e, tx, sn, runs = span_of(el)
            neg = tag.startswith("NEG_")
            events.append(GoldEvent(mid, s, e, tx, None, tag[4:] if neg else tag, None,
                                    "NEG" if neg else "POS", None, None, tag, sn, runs,
                                    _attrs(el, ["m_id"])))

    relations = []
    for rel in relation_els:
        attrs = _attrs(rel)
        for src in rel.findall("source"):
            for tgt in rel.findall("target"):
                relations.append(GoldRelation(rel.tag, src.get("m_id"), tgt.get("m_id"), attrs))

    subset = os.path.basename(os.path.dirname(os.path.abspath(path))) or None
    return GoldDoc(
        path=path, corpus=corpus, doc_id=doc_id, title=title, dct=dct, url=url, text=text,
        timexes=tuple(timexes), entity_mentions=tuple(mentions), events=tuple(events),
        relations=tuple(relations), sentences=sentence_spans, tokens=tuple(tokens),
        dct_value=dct_value, subset=subset, headline_sentence=headline_sentence,
    )


def corpus_files(eval_dir: str | os.PathLike, corpus: str) -> list[str]:
    """The corpus's XML files under ``eval_dir`` in natural sort order ("1_2" < "1_10")."""
    eval_dir = os.fspath(eval_dir)
    if corpus == "meantime":
        base = os.path.join(eval_dir, "meantime")
    elif corpus == "esc":
        base = os.path.join(eval_dir, "esc")
    else:
        raise ValueError(f"unknown corpus {corpus!r} (expected 'meantime' or 'esc')")
    out = []
    for sub in sorted(os.listdir(base), key=_natural_key) if os.path.isdir(base) else []:
        d = os.path.join(base, sub)
        if not os.path.isdir(d):
            continue
        for name in os.listdir(d):
            if name.endswith(".xml"):
                out.append(os.path.join(d, name))
    return sorted(out, key=lambda p: _natural_key(os.path.relpath(p, base)))


def iter_corpus(eval_dir: str | os.PathLike, corpus: str) -> Iterator[GoldDoc]:
    """Every document of ``corpus`` ("meantime": corpus_*/ folders; "esc": topic folders)."""
    for p in corpus_files(eval_dir, corpus):
        yield load(p)


if __name__ == "__main__":  # pragma: no cover - manual inspection
    import sys

    for arg in sys.argv[1:]:
        d = load(arg)
        print(d.text)
        print(f"# {d.corpus} {d.doc_id} dct={d.dct} url={d.url} timexes={len(d.timexes)} "
              f"mentions={len(d.entity_mentions)} events={len(d.events)} relations={len(d.relations)}")
