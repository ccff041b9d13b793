"""Headline truecasing: a Title Case Headline Is Read As The Body Writes Its Words.

The statistical NER takes capitalised words for names, so a headline in title case ("Esther
Williams Dies", "Jewellery Stolen Near Place Vendome") or in capitals is full of false
names. Before parsing, such a headline is rewritten word by word with the casing its own
article uses (:func:`truecase`):

- a word the body writes capitalised in mid-sentence keeps that form ("Lohan", "SEACOM",
  "iPhone" if the body writes it so); so does a word the body capitalises only at sentence
  starts when the next headline word is such a name (the first name of "Lindsay Lohan
  is grateful ...", or its owner: "Chargers' Jamal Williams" with "Chargers defensive
  tackle Jamal Williams was arrested");
- a word the body writes only in lower case, or never, is lower-cased, unless it is an
  acronym in a mixed-case headline ("DUI", "NATO") or a name the caller knows (the
  extractor asks the gazetteer for countries and demonyms);
- the first word is treated like the others (title case gives it no information).

Only the case of letters changes, so the rewritten text has the same length and every
character offset of the parse still indexes the article text. A headline in sentence case
("Apple unveils iPhone") is returned unchanged. Pure functions, no spaCy.

The same holds for the heading lines at the top of a body (:func:`truecase_heading`): a
deck under the headline ("Charged with Murdering Sheriff's Deputy"), or the real headline
under a date line that the header took for the headline ("Sunday, March 17, 2013 | 5:00
PM" above "Riots Erupt Following Death of Brooklyn Teen Killed By Police"). Each is
truecased by the body text after it; date and time stamps are left alone.

A wire dateline opening the story ("KYIV, Ukraine (AP) — Russia launched ...") is made a
line of its own (:func:`break_dateline`): the place's capitals in name case and the dash
a line break, so the parser reads a place, not the lead's subject. Same length too. So
is :func:`blank_furniture`, which blanks the furniture lines of scraped pages ("Image
source, Reuters", "Advertisement").
"""
from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_](?:[\w'\u2019.-]*\w)?")
# A mid-sentence word: preceded by a lower-case word, a comma, or similar; not after a
# sentence end, a line start, a quote or an opening bracket.
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_SMALL = frozenset("a an the and or but nor of in on at to for by with from into onto as "
                   "vs via per off up out over than".split())


def is_title_case(headline: str) -> bool:
    """True for Title Case or ALL CAPS headlines (at least three content words, three in
    four of them capitalised)."""
    words = [w for w in _WORD.findall(headline) if w.lower() not in _SMALL]
    if len(words) < 3:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps * 4 >= len(words) * 3


def _body_forms(body: str) -> tuple[dict[str, set[str]], set[str], set[str]]:
    """For each lower-cased word of the body, the capitalised forms it takes in mid-sentence
    positions; the words the body writes in lower case; the words it capitalises only at
    the start of a sentence."""
    caps: dict[str, set[str]] = {}
    lower: set[str] = set()
    initial: set[str] = set()
    for m in _WORD.finditer(body):
        w = m.group()
        if w[0].islower():
            lower.add(w.lower())
            continue
        # look back over spaces to the previous non-space character
        i = m.start() - 1
        while i >= 0 and body[i] in " \t":
            i -= 1
        prev = body[i] if i >= 0 else "\n"
        if prev in ".!?\n\r\"'\u201c\u2018([{:;\u2014-" or prev.isdigit():
            initial.add(w.lower())  # sentence-initial or after a quote: a weak capital
            continue
        caps.setdefault(w.lower(), set()).add(w)
    return caps, lower, initial


def truecase(headline: str, body: str, known=None) -> str:
    """The headline with each word cased as the body writes it (see the module docstring).

    ``known(word) -> bool`` may say that a capitalised word is a name (the gazetteer)."""
    if not headline or not is_title_case(headline):
        return headline
    all_caps = headline.upper() == headline
    caps, lower, initial = _body_forms(body or "")
    out = list(headline)
    words = list(_WORD.finditer(headline))
    named = [False] * len(words)  # kept capitalised on mid-sentence evidence
    for n in range(len(words) - 1, -1, -1):  # right to left: a first name sees its surname
        m = words[n]
        w = m.group()
        if not w[0].isupper():
            continue
        key = w.lower()
        forms = caps.get(key)
        stem = _POSSESSIVE.sub("", w)
        if not forms and stem != w and caps.get(stem.lower()):
            # "Zealand's" where the body writes "New Zealand" without the possessive
            forms = {f + w[len(stem):] for f in caps[stem.lower()]}
            key = stem.lower()
        follows = n + 1 < len(words) and named[n + 1] and \
            headline[m.end():words[n + 1].start()] in (" ", "' ", "\u2019 ")  # (an owner:
        # "Chargers' Jamal Williams")
        if forms:
            new = sorted(forms, key=lambda f: (f == f.upper(), f))[0]
            named[n] = True
        elif not all_caps and w.isupper() and len(w) > 1:
            continue  # an acronym in a mixed-case headline
        elif key in initial and key not in lower and follows:
            new = w if not all_caps else w[0] + w[1:].lower()
            named[n] = True  # a first name the body only has at sentence starts
        elif known is not None and key not in lower and known(w):
            new = w if not all_caps else w[0] + w[1:].lower()
        else:
            new = key
        if len(new) == len(w):
            out[m.start():m.end()] = new
    return "".join(out)


HEADING_LINES = 4  # lines at the top of a body that may still be heading
# a date or time stamp line ("Updated: 09 Sep 2013 11:25 GMT", "May 3, 2013 at 7:31 AM ET")
_STAMP = re.compile(r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}[:.]\d\d\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")


def truecase_heading(body: str, known=None) -> str:
    """The body with its heading lines (see the module docstring) truecased: among its
    first ``HEADING_LINES`` lines, before the first one that ends as a sentence does
    (". ! ?"), each line in Title Case (every word but the small ones capitalised) that is
    no date or time stamp, cased as the text
    after it writes its words. Same length."""
    out = body
    pos = 0
    for _ in range(HEADING_LINES):
        if pos >= len(body):
            break
        nl = body.find("\n", pos)
        end = len(body) if nl < 0 else nl
        line = body[pos:end].strip()
        if line:
            if line[-1] in ".!?" or len(line.split()) > 20:
                break  # the narrative starts
            words = [w for w in _WORD.findall(line) if w.lower() not in _SMALL]
            if not _STAMP.search(line) and is_title_case(line) and \
                    all(w[0].isupper() for w in words):  # (a line in sentence case full
                # of names is not Title Case: "Briton dies in New Zealand's Aoraki ...")
                new = truecase(body[pos:end], body[end:], known)
                out = out[:pos] + new + out[end:]
        pos = end + 1
    return out


# A wire-service dateline opening a story: "KYIV, Ukraine (AP) — ", "WASHINGTON (Reuters)
# - ", "LONDON, March 5 (Reuters) -", "BANDA ACEH, Indonesia — ". The place is in capitals
# (a name-case place needs the agency or a dash: "Kyiv, Ukraine (AP) —").
_CAPS_PLACE = r"[A-Z][A-Z'.\-]+(?:[ \-/][A-Z][A-Z'.\-]+)*"  # (also "DETROIT/WASHINGTON")
_NAME_PLACE = r"[A-Z][a-z'.\-]+(?:[ \-][A-Z][a-z'.\-]+)*"
_DATELINE = re.compile(
    r"(?P<place>" + _CAPS_PLACE + r"|" + _NAME_PLACE + r")"
    r"(?:,[ \t]*(?P<region>[A-Z][A-Za-z'.\-]+(?:[ \t][A-Z][A-Za-z'.\-]+){0,3}))?"
    r"(?:,[ \t]*(?P<date>[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}))?"
    r"[ \t]*(?:\((?P<agency>[A-Za-z][A-Za-z .&'\-]{0,40})\))?"
    r"(?P<gap>[ \t]*(?P<sep>[\u2014\u2013]|--?)[ \t]*)(?=[\"\u201c'A-Z0-9])")


def wire_dateline(line: str) -> dict | None:
    """The wire dateline opening a story's first line, as {"place", "region", "agency":
    (start, end) or None, "end": where the story starts}, or None. "KYIV, Ukraine (AP) —
    Russia launched ..." -> place "KYIV", region "Ukraine", agency "AP"."""
    m = _DATELINE.match(line)
    if not m:
        return None
    caps = m["place"].isupper() and len(m["place"]) > 1
    if not caps and not (m["agency"] or m["sep"] in "\u2014\u2013"):
        return None
    if not caps and m["region"] is None and m["agency"] is None:
        return None  # "Kyiv — " alone could open any sentence
    return {k: (m.start(k), m.end(k)) if m[k] else None
            for k in ("place", "region", "date", "agency", "gap")} | {"end": m.end()}


def _story_dateline(body: str) -> tuple[int, dict] | None:
    """(offset of the line, ``wire_dateline`` of it) for the first story line of the body
    (the first of eight words or more among its first six lines), when it opens with a
    wire dateline."""
    pos = 0
    for _ in range(6):  # past heading and stamp lines to the first story line
        nl = body.find("\n", pos)
        end = len(body) if nl < 0 else nl
        line = body[pos:end]
        if len(line.split()) >= 8:
            d = wire_dateline(line)
            return None if d is None else (pos, d)
        if nl < 0:
            return None
        pos = end + 1
    return None


def dateline_place(body: str) -> tuple[int, int] | None:
    """(start, end) in ``body`` of the place of the wire dateline opening its story
    ("KYIV" of "KYIV, Ukraine (AP) — ..."), or None."""
    found = _story_dateline(body)
    if found is None:
        return None
    pos, d = found
    return pos + d["place"][0], pos + d["place"][1]


def break_dateline(body: str) -> str:
    """The body with the wire dateline of its first story line (see ``wire_dateline``) read
    as a line of its own: the place's capitals in name case ("KYIV" -> "Kyiv") and the
    dash made a line break, so that the parser takes neither for the lead's subject
    ("KYIV, Ukraine (AP) — Russia launched" made Kyiv the launcher). Same length."""
    found = _story_dateline(body)
    if found is None:
        return body
    pos, d = found
    s, e = d["place"]
    place = body[pos + s:pos + e]
    if place.isupper():
        place = re.sub(r"[A-Z]+", lambda w: w[0][0] + w[0][1:].lower(), place)
    # the dash and its spaces: "." if there is room, then the line break
    g0, g1 = pos + d["gap"][0], pos + d["gap"][1]
    n = g1 - g0
    new = ("." + " " * (n - 2) + "\n") if n >= 2 else "\n"
    return body[:pos + s] + place + body[pos + e:g0] + new + body[g1:]


# Lines of a scraped web page that are no part of the story: ad slots, photo credits and
# captions, share and "read more" links, wire credits ("Advertisement", "Image source,
# Reuters", "Image caption, Rescuers searched ...", "READ MORE: ...", "Reporting by Guy
# Faulconbridge; Editing by Alex Richardson").
_FURNITURE = re.compile(
    r"[ \t]*(?:advertisement|advert|sponsored(?: content)?|skip advertisement"
    r"|story continues below(?: this)? advertisement|continue reading the main story"
    r"|related topics|share this (?:article|story|page)"
    r"|(?:image|media|video) (?:source|caption)[,:][^\n]*|getty images|read more:[^\n]*"
    r"|our standards:[^\n]*)"
    r"[ \t]*", re.IGNORECASE)


_CREDIT = re.compile(r"[ \t]*(?:additional )?(?:reporting|writing|editing) by ", re.IGNORECASE)
_CREDIT_WORDS = frozenset("by and in additional reporting writing editing".split())


def _credit_line(line: str) -> bool:
    """A wire credit: "Reporting by Guy Faulconbridge; Editing by Alex Richardson" (its
    other words all names), not "Editing by the desk is slow, he said"."""
    if not _CREDIT.match(line):
        return False
    words = re.findall(r"[^\W\d_][\w.'\u2019-]*", line)
    return all(w[0].isupper() or w.lower() in _CREDIT_WORDS for w in words)


def blank_furniture(text: str) -> str:
    """The text with its page-furniture lines (see ``_FURNITURE`` and ``_credit_line``)
    blanked out with spaces, so that no name, event or date is read in them. Same
    length."""
    if not _FURNITURE.search(text) and not _CREDIT.search(text):
        return text
    out = []
    for line in text.split("\n"):
        out.append(" " * len(line) if line.strip() and (
            _FURNITURE.fullmatch(line) or _credit_line(line)) else line)
    return "\n".join(out)
