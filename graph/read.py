"""Reading articles: files in, ``Article`` dataclasses out.

Supported inputs
- dateline text (``.txt``): an optional leading blank, a first line
  ``date YYYY-MM-DD <headline>``, then optionally ``Published: 11 Mar. 2025, 15:48``, an
  optional byline (``SEO JI-EUN`` or ``By Jane Doe``), then the body paragraphs.
- plain text (``.txt`` with no ``date`` header): it may open with ``Field: value`` lines
  (``Title``/``Headline``, ``Date``/``Published``/``Posted``, ``Author``/``By``,
  ``Source``/``Outlet``, ``URL``; the first of each kind counts) and a ``By Jane Doe``
  byline. The publication date comes from the caller (``published=``, the CLI's
  ``--published``), else from a date field, else stays ``None`` with a warning (relative
  dates then stay unresolved); a date field that cannot be read is an error. With no
  title field, a short first line without final punctuation is taken as the headline.
- JSON Lines (``.jsonl``): one article an object with ``text`` (required) and optional
  ``title``, ``published``, ``url``, ``outlet``, ``author``.
- a directory: every supported file below it, in sorted path order (hidden files and
  README files are skipped).

Every offset refers to ``Article.text``: the file decoded as UTF-8 with nothing stripped
or normalised (a JSON Lines article's ``text`` field). Article ids are content hashes
(``article:`` + 16 hex digits of SHA-256 of the raw bytes), stable across machines.

Bad input raises ``ReadError`` whose message is one line naming the file and the reason.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import warnings
from pathlib import Path
from typing import Iterable, Iterator

from .model import Article, Span, digest

TEXT_SUFFIXES = (".txt", ".text")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES
MAX_BYTES = 5_000_000  # one article; larger inputs are refused, not truncated


class ReadError(ValueError):
    """An input that cannot be read as an article. ``str(err)`` is one line."""

    def __init__(self, path: str | Path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class NoDateWarning(UserWarning):
    pass


# --- dates ---------------------------------------------------------------------------------

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_DATE_FORMS = [
    # 11 Mar. 2025, 15:48  /  11 March 2025 15:48
    re.compile(r"(?P<d>\d{1,2})\s+(?P<m>[A-Za-z]{3,9})\.?,?\s+(?P<y>\d{4})"
               r"(?:,?\s+(?:at\s+)?(?P<H>\d{1,2}):(?P<M>\d{2}))?"),
    # March 11, 2025, 15:48  /  Mar. 11 2025
    re.compile(r"(?P<m>[A-Za-z]{3,9})\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})"
               r"(?:,?\s+(?:at\s+)?(?P<H>\d{1,2}):(?P<M>\d{2}))?"),
    # 2025-03-11 15:48 / 2025-03-11T15:48:00
    re.compile(r"(?P<y>\d{4})-(?P<mn>\d{2})-(?P<d>\d{2})(?:[T\s](?P<H>\d{2}):(?P<M>\d{2}))?"),
]


def parse_date(text: str) -> str | None:
    """An ISO date or date-time (``YYYY-MM-DD[THH:MM]``) from a human-written date, or
    ``None``. Only the forms newspapers print are accepted; nothing is guessed."""
    text = text.strip()
    for rx in _DATE_FORMS:
        m = rx.search(text)
        if not m:
            continue
        g = m.groupdict()
        if g.get("mn"):
            month = int(g["mn"])
        else:
            month = _MONTHS.get(g["m"][:3].lower())
            if month is None or (len(g["m"]) > 3 and not _full_month_ok(g["m"])):
                continue
        try:
            day = dt.date(int(g["y"]), month, int(g["d"]))
        except ValueError:
            continue
        if g.get("H") is not None:
            hour, minute = int(g["H"]), int(g["M"])
            if hour > 23 or minute > 59:
                return day.isoformat()
            return f"{day.isoformat()}T{hour:02d}:{minute:02d}"
        return day.isoformat()
    return None


def _full_month_ok(word: str) -> bool:
    names = ["january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december", "sept"]
    return word.lower() in names


def _normalise_published(value, where: str) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ReadError(where, f"'published' must be a string, not {type(value).__name__}")
    iso = parse_date(value)
    if iso is None:
        raise ReadError(where, f"cannot read the publication date {value!r}")
    return iso


# --- bylines -------------------------------------------------------------------------------

# Revised Romanization of Korean syllables: "JI-EUN" -> "Ji-eun", "JONG-UN" -> "Jong-un",
# as Korean given names are written; other hyphenated names keep both capitals
# ("JEAN-PAUL" -> "Jean-Paul").
_KOREAN_SYLLABLE = re.compile(
    r"^(?:g|k|kk|n|d|t|tt|r|l|m|b|p|pp|s|ss|j|jj|ch|h)?"
    r"(?:a|ae|ya|yae|eo|e|yeo|ye|o|wa|wae|oe|yo|u|wo|we|wi|yu|eu|ui|i)"
    r"(?:k|n|t|l|m|p|ng)?$")
_BYLINE_RE = re.compile(r"^(?:by\s+)?([A-Za-z][A-Za-z.'\- ]{1,60}?)\s*$", re.IGNORECASE)
_BYLINE_STOP = {"and", "the", "of", "in", "for", "to", "a", "an", "on", "with", "says", "said"}


def _name_case(word: str) -> str:
    parts = word.split("-")
    out = [parts[0][:1].upper() + parts[0][1:].lower()]
    for p in parts[1:]:
        low = p.lower()
        out.append(low if _KOREAN_SYLLABLE.match(low) else low[:1].upper() + low[1:])
    return "-".join(out)


def parse_byline(line: str) -> str | None:
    """An author name from a byline line, or ``None`` when the line is not a byline.

    A byline is ``By Name`` or a short all-capitals name (two to five words, letters,
    hyphens, apostrophes and periods only), as news sites print them; after "By", the
    outlet and place after a comma are left out and two names may be joined by "and"
    ("By Paul Adams, BBC News, Gaziantep" -> "Paul Adams"; "By Jane Doe and John Roe")."""
    s = line.strip()
    if s[:3].lower() == "by " and ("," in s or " and " in s):
        head = s[3:].split(",")[0].strip()
        parts = [parse_byline("By " + p.strip()) for p in head.split(" and ")]
        return " and ".join(parts) if parts and all(parts) and len(parts) <= 2 else None
    m = _BYLINE_RE.match(s)
    if not m:
        return None
    name = m.group(1).strip()
    words = name.split()
    if not 2 <= len(words) <= 5:
        return None
    has_by = s.lower().startswith("by ")
    if not has_by and not name.isupper():
        return None
    if any(w.lower() in _BYLINE_STOP for w in words):
        return None
    if name.isupper():
        return " ".join(_name_case(w) for w in words)
    return name


# --- text articles -------------------------------------------------------------------------

_HEADER_RE = re.compile(r"date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+([^\n]*))?")
_PUBLISHED_RE = re.compile(r"(?:published|posted|updated)\s*:?\s*(.+)", re.IGNORECASE)


def _lines(text: str, start: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each line from ``start`` (end excludes the newline)."""
    pos = start
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        yield pos, end
        pos = end + 1


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _decode(raw: bytes, where: str) -> str:
    if not raw.strip():
        raise ReadError(where, "empty file")
    if b"\x00" in raw[:8192]:
        raise ReadError(where, "binary file (contains NUL bytes), not a text article")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReadError(where, f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset "
                               f"{exc.start}); save the file as UTF-8") from None
    ctrl = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if ctrl > max(8, len(text[:8192]) // 100):
        raise ReadError(where, "binary file (control characters), not a text article")
    return text


def parse_text(text: str, path: str, *, published: str | None = None,
               article_id: str | None = None) -> Article:
    """Parse one text article (dateline header format, or plain text)."""
    aid = article_id or "article:" + digest(text)
    pos = 0
    while pos < len(text) and (text[pos].isspace() or text[pos] == "\ufeff"):
        pos += 1  # an optional leading blank (and a byte-order mark, kept in the text)
    header = _HEADER_RE.match(text, pos)
    title = title_span = None
    author = outlet = url = None
    pub = None
    if header:
        pub = header.group(1)
        try:
            dt.date.fromisoformat(pub)
        except ValueError:
            raise ReadError(path, f"bad date in the header line: {pub!r}") from None
        if header.group(2) and header.group(2).strip():
            s, e = _strip_span(text, header.start(2), header.end(2))
            title_span = Span(s, e, text[s:e])
            title = title_span.text
        body_from = header.end()
        lines = [(s, e) for s, e in _lines(text, body_from + 1 if body_from < len(text) else body_from)]
        # optional "Published:" and byline lines, in that order, skipping blanks
        i = 0
        while i < len(lines) and not text[lines[i][0]:lines[i][1]].strip():
            i += 1
        if i < len(lines):
            m = _PUBLISHED_RE.match(text[lines[i][0]:lines[i][1]].strip())
            if m:
                when = parse_date(m.group(1))
                if when and when[:10] == pub:
                    pub = when
                elif when:
                    warnings.warn(f"{path}: 'Published' date {when} differs from the header "
                                  f"date {pub}; keeping the header date", stacklevel=2)
                i += 1
        while i < len(lines) and not text[lines[i][0]:lines[i][1]].strip():
            i += 1
        if i < len(lines):
            name = parse_byline(text[lines[i][0]:lines[i][1]])
            if name:
                author = name
                i += 1
        body_start = lines[i][0] if i < len(lines) else len(text)
    else:
        fields, body_start = _field_block(text, pos)
        if "title" in fields:
            title_span = fields["title"]
            title = title_span.text
        author = _field_text(fields, "author")
        outlet, url = _field_text(fields, "outlet"), _field_text(fields, "url")
        if "date" in fields and not published:
            pub = parse_date(fields["date"].text)
            if pub is None:
                raise ReadError(path, f"cannot read the publication date "
                                      f"{fields['date'].text!r}")
        if published:
            pub = _normalise_published(published, path)
        elif pub is None:
            warnings.warn(f"{path}: no publication date (no 'date YYYY-MM-DD' header, no "
                          "'Date:' or 'Published:' line and no --published); relative "
                          "dates stay unresolved", NoDateWarning, stacklevel=2)
        first = next(_lines(text, body_start), None) if title_span is None else None
        if first:
            s, e = _strip_span(text, *first)
            line = text[s:e]
            nxt = text[first[1]:].strip()
            if line and nxt and len(line.split()) <= 20 and line[-1] not in ".!?:;\"”'’":
                title_span = Span(s, e, line)
                title = line
                body_start = first[1] + 1
    bs, be = _strip_span(text, body_start, len(text))
    body = Span(bs, be, text[bs:be]) if be > bs else None
    if body is None and title_span is None:
        raise ReadError(path, "no article text after the header")
    return Article(id=aid, path=path, text=text, title=title, published=pub, author=author,
                   outlet=outlet, url=url, title_span=title_span, body_span=body)


# "Field: value" lines that may open a plain text article (as scrapers and news exports
# write them), by the Article field they fill
_FIELD_NAMES = {"title": "title", "headline": "title", "date": "date", "published": "date",
                "posted": "date", "updated": "date", "publication date": "date",
                "author": "author", "authors": "author", "byline": "author", "by": "author",
                "source": "outlet", "outlet": "outlet", "publication": "outlet",
                "publisher": "outlet", "url": "url", "link": "url"}
_FIELD_RE = re.compile(r"[ \t]*(" + "|".join(sorted(_FIELD_NAMES, key=len, reverse=True))
                       + r")[ \t]*:[ \t]*([^\n]*)", re.IGNORECASE)


def _field_block(text: str, pos: int) -> tuple[dict[str, Span], int]:
    """The "Title: ...", "Date: ...", "By: ..." lines at the top of a plain text article
    (one field a line, blank lines between them allowed; the first of each kind counts,
    so an "Updated:" line after "Published:" changes nothing), then an optional "By Jane
    Doe" byline: ({field: value span}, where the body starts). No such lines: ({}, pos)."""
    fields: dict[str, Span] = {}
    body_start = pos
    for s, e in _lines(text, pos):
        line = text[s:e]
        if not line.strip():
            continue
        m = _FIELD_RE.fullmatch(line)
        if not m:
            if fields and "author" not in fields and (parse_byline(line) or (
                    _BY_RE.match(line) and len(line.split()) <= 12)):
                fields["author"] = Span(s, e, line)  # "By Jane Doe" under the fields
                body_start = e + 1
            break
        vs, ve = _strip_span(text, s + m.start(2), s + m.end(2))
        if ve > vs:
            fields.setdefault(_FIELD_NAMES[m.group(1).lower()], Span(vs, ve, text[vs:ve]))
        body_start = e + 1
    if not fields:
        return {}, pos
    return fields, min(body_start, len(text))


# a wire byline: "By Hanna Arhirova and Illia Novikov, Associated Press" (a capitalised
# word after "By", up to twelve words, no sentence end)
_BY_RE = re.compile(r"[ \t]*[Bb][Yy][ \t]+[A-Z][^\n]{0,100}(?<![.!?])[ \t]*\Z")


def _field_text(fields: dict[str, Span], name: str) -> str | None:
    """A header field's value; an author as a byline gives it ("By JANE DOE" -> "Jane
    Doe"; "By Jane Doe and John Roe, Associated Press" -> "Jane Doe and John Roe"), else
    as written without a leading "By"."""
    if name not in fields:
        return None
    value = fields[name].text
    if name == "author":
        name_ = parse_byline(value)
        if name_:
            return name_
        value = re.sub(r"^\s*by\s+", "", value, flags=re.IGNORECASE)
        return value.split(",")[0].strip() or None
    return value


def read_text_file(path: str | Path, *, published: str | None = None,
                   max_bytes: int = MAX_BYTES) -> Article:
    p = Path(path)
    raw = _read_bytes(p, max_bytes)
    text = _decode(raw, str(p))
    return parse_text(text, str(p), published=published,
                      article_id="article:" + digest_bytes(raw))


def digest_bytes(raw: bytes, n: int = 16) -> str:
    import hashlib

    return hashlib.sha256(raw).hexdigest()[:n]


def _read_bytes(p: Path, max_bytes: int) -> bytes:
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise ReadError(p, "no such file") from None
    except OSError as exc:
        raise ReadError(p, f"cannot read: {exc.strerror or exc}") from None
    if size > max_bytes:
        raise ReadError(p, f"file is {size:,} bytes, over the limit of {max_bytes:,} "
                           "bytes for one article")
    try:
        return p.read_bytes()
    except OSError as exc:
        raise ReadError(p, f"cannot read: {exc.strerror or exc}") from None


# --- JSON Lines ----------------------------------------------------------------------------

_JSONL_FIELDS = ("title", "published", "text", "url", "outlet", "author")


def read_jsonl_file(path: str | Path, *, published: str | None = None,
                    max_bytes: int = MAX_BYTES) -> list[Article]:
    p = Path(path)
    # a JSON Lines file holds many articles: the per-article limit is checked per line,
    # and the whole file may hold up to a hundred times that
    raw = _read_bytes(p, max_bytes * 100)
    text = _decode(raw, str(p))
    out = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{p}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ReadError(where, f"invalid JSON ({exc.msg} at column {exc.colno})") from None
        if not isinstance(obj, dict):
            raise ReadError(where, "each line must be a JSON object")
        body = obj.get("text")
        if not isinstance(body, str) or not body.strip():
            raise ReadError(where, "missing or empty 'text'")
        if len(body.encode("utf-8")) > max_bytes:
            raise ReadError(where, f"article text over the limit of {max_bytes:,} bytes")
        for key in ("title", "url", "outlet", "author"):
            if obj.get(key) is not None and not isinstance(obj[key], str):
                raise ReadError(where, f"'{key}' must be a string")
        pub = _normalise_published(obj.get("published"), where) or (
            _normalise_published(published, where) if published else None)
        if pub is None:
            warnings.warn(f"{where}: no publication date; relative dates stay unresolved",
                          NoDateWarning, stacklevel=2)
        canon = json.dumps({k: obj.get(k) for k in _JSONL_FIELDS}, sort_keys=True,
                           ensure_ascii=False)
        s, e = _strip_span(body, 0, len(body))
        title = obj.get("title") or None
        out.append(Article(id="article:" + digest(canon), path=where, text=body,
                           title=title.strip() if title else None, published=pub,
                           author=obj.get("author") or None, outlet=obj.get("outlet") or None,
                           url=obj.get("url") or None, body_span=Span(s, e, body[s:e])))
    if not out:
        raise ReadError(p, "no articles in the JSON Lines file")
    return out


# --- paths ---------------------------------------------------------------------------------

def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand the inputs: files as given, directories to their supported files (sorted)."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*")
                           if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES
                           and not any(part.startswith(".") for part in f.relative_to(p).parts)
                           and not f.name.lower().startswith("readme"))
            yield from found
        elif p.exists():
            yield p
        else:
            raise ReadError(p, "no such file or directory")


def read_file(path: str | Path, *, published: str | None = None,
              max_bytes: int = MAX_BYTES) -> list[Article]:
    p = Path(path)
    if p.suffix.lower() in JSONL_SUFFIXES:
        return read_jsonl_file(p, published=published, max_bytes=max_bytes)
    return [read_text_file(p, published=published, max_bytes=max_bytes)]


def read_articles(paths: Iterable[str | Path], *, published: str | None = None,
                  max_bytes: int = MAX_BYTES) -> list[Article]:
    """Read every article under ``paths`` (files or directories), in order.

    Raises ``ReadError`` on the first input that cannot be read; nothing is written by
    reading, so a failure leaves earlier outputs untouched."""
    out: list[Article] = []
    for f in iter_files(paths):
        out.extend(read_file(f, published=published, max_bytes=max_bytes))
    return out
