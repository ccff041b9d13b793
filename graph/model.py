"""The data model: frozen dataclasses exchanged between stages.

read -> Article; extract -> Extraction (timexes, mentions, actors, places, events);
resolve -> Resolution (merged actors, places, events); build -> networkx graph.

No stage passes spaCy objects or loose dicts to the next one. Every character offset
(``start``/``end``) is a Python ``str`` index into ``Article.text`` (end exclusive), the
file's text exactly as read. Dates are ISO 8601 strings (``YYYY-MM-DD``), so that the
model serialises as is and compares without time zones getting in the way.
"""
from __future__ import annotations

from dataclasses import dataclass, field
import hashlib
import re

# --- controlled vocabularies (the JSON contract's enums) ---------------------------------

TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
TIMEX_MODS = ("START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE",
              "ON_OR_AFTER", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE")
MENTION_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "MILITARY", "OTHER")
ACTOR_KINDS = ("person", "organization", "military", "government", "country", "group",
               "media", "other")
PLACE_KINDS = ("country", "region", "city", "area", "other")
TIME_BASES = ("explicit", "sentence", "publication", "inferred", "unknown")
SOURCE_KINDS = ("article", "quoted", "according_to", "report", "estimate", "other")
MODALITIES = ("asserted", "reported", "hedged", "negated", "future")


# --- ids -----------------------------------------------------------------------------------

_SLUG_RE = re.compile(r"[^a-z0-9]+")


def slug(text: str, max_len: int = 60) -> str:
    """A safe, stable slug: lower-case ASCII letters, digits and hyphens only.

    Non-ASCII letters are transliterated where Unicode decomposition allows it; anything
    left that is not [a-z0-9] becomes a hyphen. An empty result falls back to a hash, so
    the slug is never empty and never carries characters unsafe in an IRI.
    """
    import unicodedata

    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    s = _SLUG_RE.sub("-", norm.lower()).strip("-")[:max_len].strip("-")
    return s or "h" + digest(text, 12)


def digest(text: str, n: int = 16) -> str:
    """Hex prefix of the SHA-256 of ``text`` (UTF-8): content-derived, machine-stable."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:n]


# --- building blocks -----------------------------------------------------------------------

@dataclass(frozen=True, order=True)
class Span:
    """A slice of an article's text: ``text == article.text[start:end]``."""
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class TimeSpan:
    """A TIMEX3 value with its honest interval.

    ``value``/``mod`` follow TimeML; ``earliest``/``latest`` are the first and last day
    (``YYYY-MM-DD``) the expression can denote, ``None`` when unbounded or unknown.
    """
    value: str | None
    mod: str | None = None
    earliest: str | None = None
    latest: str | None = None


@dataclass(frozen=True)
class Article:
    """One news article as read from a file (or one line of a JSON Lines file).

    ``text`` is the full text the offsets refer to. ``title_span`` and ``body_span`` say
    where the headline and the body are inside it (the header's ``date YYYY-MM-DD`` prefix,
    the ``Published:`` line and the byline are neither).
    """
    id: str
    path: str
    text: str
    title: str | None
    published: str | None  # ISO date or date-time ("2025-03-11" or "2025-03-11T15:48")
    author: str | None = None
    outlet: str | None = None
    url: str | None = None
    title_span: Span | None = None
    body_span: Span | None = None

    @property
    def published_date(self) -> str | None:
        """The publication day, ``YYYY-MM-DD``, or ``None``."""
        return self.published[:10] if self.published else None


@dataclass(frozen=True)
class Timex:
    """A temporal expression normalised as TIMEX3 against the publication date."""
    id: str
    span: Span
    type: str  # one of TIMEX_TYPES
    value: str
    mod: str | None = None
    earliest: str | None = None
    latest: str | None = None

    @property
    def timespan(self) -> TimeSpan:
        return TimeSpan(self.value, self.mod, self.earliest, self.latest)


@dataclass(frozen=True)
class Mention:
    """A named mention in the text, resolved (``ref``) to an actor or a place id."""
    id: str
    span: Span
    label: str  # one of MENTION_LABELS
    ref: str | None = None


@dataclass(frozen=True)
class Actor:
    """Someone or something that acts: person, organisation, military force, ..."""
    id: str
    name: str
    kind: str  # one of ACTOR_KINDS
    aliases: tuple[str, ...] = ()
    country: str | None = None  # ISO 3166-1 alpha-2 of the affiliated country
    titles: tuple[str, ...] = ()  # "Commander-in-Chief", "head of ..."


@dataclass(frozen=True)
class Place:
    """A place, geocoded from packaged gazetteers where they know it (never invented)."""
    id: str
    name: str
    kind: str  # one of PLACE_KINDS
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    parent: str | None = None  # id of the enclosing place (Kursk Oblast -> Russia)
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Source:
    """Who says so: the article itself, or a source it cites."""
    ref: str | None  # actor id when the source is a known actor, else None
    name: str
    kind: str  # one of SOURCE_KINDS


@dataclass(frozen=True)
class Participant:
    ref: str  # actor id
    role: str  # agent, patient, instrument, beneficiary, ...


@dataclass(frozen=True)
class EventTime:
    """When an event happened, and on what basis that was decided."""
    value: str | None
    mod: str | None = None
    earliest: str | None = None
    latest: str | None = None
    basis: str = "unknown"  # one of TIME_BASES
    timex: str | None = None  # id of the anchoring timex, if any
    relation: str | None = None  # "before"/"after"/"includes" publication when inferred


@dataclass(frozen=True)
class Claim:
    """One report of an event: where it was said and who says so."""
    article: str  # article id
    sentence: Span
    trigger: Span
    time: EventTime
    sources: tuple[Source, ...]
    modality: str  # one of MODALITIES


@dataclass(frozen=True)
class Event:
    """Something that happened. An event extracted from one article has one claim;
    after resolution an event reported by several articles has one claim each."""
    id: str
    type: str  # taxonomy type (graph/taxonomy.py)
    label: str
    lemma: str
    time: EventTime
    participants: tuple[Participant, ...]
    places: tuple[str, ...]  # place ids
    claims: tuple[Claim, ...]
    cameo: str | None = None

    @property
    def claim(self) -> Claim:
        """The first (for a single-article event, the only) claim."""
        return self.claims[0]


@dataclass(frozen=True)
class Extraction:
    """All that one article yields (the JSON contract, as dataclasses)."""
    article: Article
    timexes: tuple[Timex, ...]
    mentions: tuple[Mention, ...]
    actors: tuple[Actor, ...]
    places: tuple[Place, ...]
    events: tuple[Event, ...]


@dataclass(frozen=True)
class Resolution:
    """Actors, places and events merged across articles."""
    articles: tuple[Article, ...]
    actors: tuple[Actor, ...]
    places: tuple[Place, ...]
    events: tuple[Event, ...]
    extra: tuple = field(default=())
