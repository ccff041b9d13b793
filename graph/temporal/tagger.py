"""The rule-based TIMEX3 tagger: detection (regular expressions with context checks),
selection of non-overlapping candidates, compounding, and normalisation.

Pipeline of ``tag``:
1. every rule's regex runs over the text; its handler checks the context (capitalised
   month names, "May" the name, "2008 people", ...) and returns candidates, each with a
   ``resolve`` closure that normalises it later;
2. candidates are selected longest-first (then by rule priority), never overlapping;
3. fuzzy prefixes ("early", "mid-", "late", "the end of", "earlier", ...) are attached to
   the date after them, and compounds are merged (a date or weekday and a clock time,
   "two hours and 30 minutes");
4. candidates are resolved left to right against the publication day, the tense
   callback and the reference day (the last day-precise date seen, for anaphoric
   expressions such as "the next day" or a clock time on its own); a year- or
   month-level anaphor ("one year later", "the following month") takes the last date
   named instead when that date came later and is precise enough ("in 1984 ... One year
   later" is 1985, whatever full date came before 1984).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable

from ..model import Span, Timex
from . import resolve as R
from .intervals import (add_months, bounds, eu_dst, fmt, iso_week, parse_anchor,
                        quarter_of, shift_clock, us_dst, valid_date, value_interval)
from .lexicon import (COUNT_NOUNS, DETERMINERS, MONTHS, NUM, OPT_COMMA, PART_RX,
                      PARTS_OF_DAY, QUANT, QUANT_MOD_RX, QUANT_MODS, S, S0, SEASON_RX,
                      SEASONS, TEMPORAL_PREPS, TZ_OFFSETS, TZ_RX, UNIT_RX, US_ZONES,
                      WEEKDAY_ANY, WEEKDAY_FULL, WEEKDAYS, ORDINALS, month_rx,
                      parse_number, unit_of)

I = re.IGNORECASE
B0 = r"(?<![\w])"
B1 = r"(?![\w])"

# --- candidates and their resolution -------------------------------------------------------


@dataclass
class Res:
    """A normalisation: TIMEX3 type/value/mod, plus an explicit interval when the value
    and mod alone do not say it (``override``), and the day when day-precise."""
    type: str
    value: str
    mod: str | None = None
    lo: date | None = None
    hi: date | None = None
    override: bool = False
    day: date | None = None


@dataclass
class Ctx:
    anchor: date | None
    anchor_hm: tuple[int, int] | None
    tense_fn: Callable[[int], str | None] | None
    ref: date | None = None  # last day-precise date mentioned (else the anchor)
    ref_in_text: bool = False
    text: str = ""
    # last date written with its year: (year, month or None, day or None, end offset)
    abs_ref: tuple | None = None
    # the order of the text's numeric dates by separator (see ``numeric_conventions``)
    numeric_order: dict | None = None

    def sentence_ref(self, start: int) -> tuple | None:
        """The date with an explicit year written earlier in the same sentence, if any:
        "killed June 24, 2005 while investigating a June 20 shooting" -> 2005."""
        if self.abs_ref is None or self.tense(start) != "past":
            return None  # only a past narrative inherits the year ("as of February" no)
        if self.anchor is not None and self.abs_ref[0] > self.anchor.year:
            return None  # no past in a year still to come ("return to profit in 2011, a
            # year later than it had predicted in January")
        between = self.text[self.abs_ref[3]:start]
        if SENT_BREAK.search(between):
            return None
        return self.abs_ref

    def tense(self, offset: int) -> str | None:
        if self.tense_fn is None:
            return None
        try:
            t = self.tense_fn(offset)
        except Exception:  # a faulty callback must not break tagging
            return None
        return t if t in ("past", "present", "future") else None

    # last year- or month-precise date mentioned after the last day-precise one:
    # (year, month or None); "in 1984 ... One year later" is 1985 even when a full date
    # ("born on February 24, 1955") came earlier
    coarse: tuple | None = None
    # the part of the year that last date named, if any ("Q4" of "the fourth quarter"):
    # "a year earlier" after it is that part of the year before ("2007-Q4", not "2007")
    coarse_part: str | None = None

    @property
    def refday(self) -> date | None:
        return self.ref or self.anchor

    def _coarse_for(self, unit: str) -> date | None:
        if self.coarse is not None:
            y, mo = self.coarse
            if unit in ("year", "Y", "decade", "DE", "century", "CE"):
                return date(y, mo or 1, 1)
            if unit in ("month", "M", "quarter") and mo is not None:
                return date(y, mo, 1)
        return None

    def base_for(self, unit: str) -> date | None:
        """The reference day for an anaphoric period of ``unit`` ("the following year",
        "a month later"): the last date mentioned if it is precise enough for the unit,
        else the reference day."""
        return self._coarse_for(unit) or self.refday

    def ref_in_text_for(self, unit: str) -> bool:
        """Whether the text itself has named a reference for a period of ``unit``."""
        return self.ref_in_text or self._coarse_for(unit) is not None


# a year or month value ("1984", "2001-05"): a reference for year- and month-level anaphors
COARSE_VALUE = re.compile(r"(\d{4})(?:-(\d{2}))?\Z")
# a quarter, half or season of a year ("2008-Q2"): a reference for year-level anaphors
# ("a loss for the second quarter, against a profit a year earlier")
PART_VALUE = re.compile(r"(\d{4})-(?:Q[1-4]|H[12]|SP|SU|FA|WI)()\Z")
# a year after these words bounds a span, it is no time the story is told at ("the lowest
# level since 1950" ... "a year earlier" is not 1949)
BOUNDARY_WORDS = frozenset("since until till".split())
SENT_BREAK = re.compile(r"[.!?][\"'”’)\]]*\s+[\"“‘(\[]?[A-Z0-9]|\n")


@dataclass
class Cand:
    start: int
    end: int
    kind: str  # day | clock | date | dur | set | vague
    fn: Callable[["Ctx", "Cand"], Res | None]
    prio: int = 5
    info: dict = field(default_factory=dict)

    @property
    def length(self) -> int:
        return self.end - self.start


def day_res(d: date | None, unresolved: str = "XXXX-XX-XX", part: str | None = None) -> Res:
    if d is None:
        return Res("TIME" if part else "DATE", unresolved + (f"T{part}" if part else ""))
    if part:
        return Res("TIME", f"{d.isoformat()}T{part}", day=d)
    return Res("DATE", d.isoformat(), day=d)


# --- small text helpers --------------------------------------------------------------------

_WORDCH = re.compile(r"[\w'’.\-]")


def prev_tok(text: str, i: int) -> str:
    """The token before position ``i`` (a word, or one punctuation character; '' at the
    start; '\\n' at a line start)."""
    j = i
    while j > 0 and text[j - 1] in " \t\u00a0":
        j -= 1
    if j == 0:
        return ""
    if text[j - 1] == "\n":
        return "\n"
    if not (text[j - 1].isalnum() or text[j - 1] in "-'’."):
        return text[j - 1]
    k = j
    while k > 0 and _WORDCH.match(text[k - 1]):
        k -= 1
    return text[k:j]


def next_tok(text: str, i: int) -> str:
    j = i
    while j < len(text) and text[j] in " \t\u00a0":
        j += 1
    if j >= len(text):
        return ""
    if text[j] == "\n":
        return "\n"
    if not text[j].isalnum():
        return text[j]
    k = j
    while k < len(text) and (text[k].isalnum() or text[k] in "-'’"):
        k += 1
    return text[j:k]


def sentence_initial(text: str, i: int) -> bool:
    p = prev_tok(text, i)
    return p in ("", "\n", ".", "!", "?", '"', "“", "‘", "'", ":", "(", "[", "—", "–", "-") \
        or p.endswith(".")


def is_cap(s: str) -> bool:
    return bool(s) and s[0].isupper()


def _norm_prev(p: str) -> str:
    return p.lower().strip(".,").rstrip("-")


# --- the rules -----------------------------------------------------------------------------

RULES: list[tuple[re.Pattern, Callable, int]] = []


def rule(pattern: str, prio: int = 5, flags: int = I):
    def deco(fn):
        RULES.append((re.compile(pattern, flags), fn, prio))
        return fn
    return deco


DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR4 = r"(?P<year>1\d{3}|2[01]\d{2})"
WD_PREFIX = rf"(?:(?P<wd>{WEEKDAY_ANY})\.?{OPT_COMMA}(?:the{S})?)?"
YSEP = rf"(?:{S0},{S0}|{S})"


def _month_ok(tok: str) -> bool:
    return is_cap(tok)


def _wd_ok(m) -> bool:
    wd = m.groupdict().get("wd")
    return wd is None or is_cap(wd)


def _mon(m, g="mon") -> int:
    return MONTHS[m.group(g).rstrip(".").lower()]


def _fixed(d: date, part: str | None = None):
    return lambda ctx, c: day_res(d, part=part)


# Full dates -----------------------------------------------------------------------------

@rule(B0 + WD_PREFIX + month_rx("mon") + r"\.?" + S0 + DAY + rf"(?:{YSEP}|{S0}[-–]{S0})"
      + YEAR4 + r"(?![\d])")
def r_mdy(m, text):
    """"May 3, 2013", "Fri., May. 3, 2013", "Sunday, November 27-2005"."""
    if not (_month_ok(m.group("mon")) and _wd_ok(m)):
        return None
    d = valid_date(int(m.group("year")), _mon(m), int(m.group("day")))
    if not d:
        return None
    return Cand(m.start(), m.end(), "day", _fixed(d), info={"unit": "day", "abs": True})


@rule(B0 + WD_PREFIX + r"(?:the" + S + r")?" + DAY + rf"(?:{S}of)?{S}" + month_rx("mon")
      + YSEP + YEAR4 + r"(?![\d])")
def r_dmy(m, text):
    if not (_month_ok(m.group("mon")) and _wd_ok(m)):
        return None
    if re.search(r"[\d.,]\Z", text[max(0, m.start() - 3):m.start()]):
        return None
    d = valid_date(int(m.group("year")), _mon(m), int(m.group("day")))
    if not d:
        return None
    return Cand(m.start(), m.end(), "day", _fixed(d), info={"unit": "day", "abs": True})


@rule(B0 + WD_PREFIX + DAY + S + month_rx("mon") + S + r"['’]?(?P<yy>\d{2})(?![\d%]|[.:,]\d)")
def r_dmyy(m, text):
    """"10 Nov 11", "Thu 6 May 10" (a dateline with a two-digit year)."""
    if not (_month_ok(m.group("mon")) and _wd_ok(m)):
        return None
    nt = next_tok(text, m.end())
    if nt[:1].isalpha() and not re.fullmatch(r"(?i)at|[ap]m|gmt|utc", nt):
        return None  # "5 May 10 people died"
    yy = int(m["yy"])
    d = valid_date(2000 + yy if yy <= 40 else 1900 + yy, _mon(m), int(m["day"]))
    if not d:
        return None
    return Cand(m.start(), m.end(), "day", _fixed(d), info={"unit": "day", "abs": True})


def _md_cand(m, text, start, end):
    mon, day = _mon(m), int(m.group("day"))
    if not 1 <= day <= 31 or valid_date(2024, mon, day) is None:
        return None

    def fn(ctx, c):
        sref = ctx.sentence_ref(c.start)
        if sref is not None:
            y, m_, d_ = sref[:3]
            if m_ is None:
                return day_res(valid_date(y, mon, day))
            base = valid_date(y, m_, d_ or 1)
            return day_res(R.month_day(base, mon, day, None))
        if ctx.anchor is None:
            return Res("DATE", f"XXXX-{mon:02d}-{day:02d}")
        return day_res(R.month_day(ctx.anchor, mon, day, ctx.tense(c.start)))
    return Cand(start, end, "day", fn, info={"unit": "day"})


@rule(B0 + WD_PREFIX + month_rx("mon") + S0 + DAY + r"(?![\w%])(?!" + S0
      + r"(?::\d|/|[-–]" + S0 + r"\d|\.\d|,\d))")
def r_md(m, text):
    if not (_month_ok(m.group("mon")) and _wd_ok(m)):
        return None
    nt = next_tok(text, m.end()).lower()
    if nt in COUNT_NOUNS or nt in ("percent", "per", "million", "billion"):
        return None
    if m.group("mon").rstrip(".").lower() in ("may", "march") and re.match(
            rf"{S0}\d", text[m.end():]):
        return None
    return _md_cand(m, text, m.start(), m.end())


@rule(B0 + month_rx("mon") + S0 + DAY + S0 + r"[-–]" + S0
      + r"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?:" + YSEP + YEAR4 + r")?(?![\w%]|[.,:/-]\d)")
def r_md_range(m, text):
    """A range of days in one month, "June 8-9", "Sept. 14-16, 2012": two timexes, as a
    year range is ("June 8" and "9", the second in the first's month and year)."""
    if not _month_ok(m["mon"]):
        return None
    mon, d1, d2 = _mon(m), int(m["day"]), int(m["d2"])
    if not 1 <= d1 < d2 <= 31 or valid_date(2024, mon, d2) is None:
        return None
    nt = next_tok(text, m.end()).lower()
    if nt in COUNT_NOUNS or nt in ("percent", "per", "million", "billion", "win", "victory",
                                   "lead", "defeat", "loss", "score", "scoreline", "draw"):
        return None  # "May 3-2 win"
    year = int(m["year"]) if m["year"] else None
    if year is None and m["mon"].lower() in ("may", "march") and _norm_prev(
            prev_tok(text, m.start())) not in TEMPORAL_PREPS:
        return None  # "May 3-4" needs a preposition like a bare "May"
    if year is not None:
        a, b = valid_date(year, mon, d1), valid_date(year, mon, d2)
        if not a or not b:
            return None
        first = Cand(m.start(), m.end("day"), "day", _fixed(a),
                     info={"unit": "day", "abs": True})
        second = Cand(m.start("d2"), m.end(), "day", _fixed(b),
                      info={"unit": "day", "abs": True})
        return [first, second]
    first = _md_cand(m, text, m.start(), m.end("day"))
    if first is None:
        return None
    return [first, Cand(m.start("d2"), m.end("d2"), "day", _in_year_of(first, mon, d2),
                        info={"unit": "day"})]


@rule(r"(?<![\w$£€¥#.,:/-])(?P<d0>[0-3]?\d)(?:st|nd|rd|th)?" + S0 + r"[-–]" + S0 + DAY + S
      + month_rx("mon") + r"(?:" + YSEP + YEAR4 + r")?(?![\w%]|[.,:/-]\d)")
def r_dm_range(m, text):
    """"8-10 June", "14-16 September 2012": the first day of the range, in the month
    and year of the second (which ``r_dm``/``r_dmy`` find)."""
    if not _month_ok(m["mon"]):
        return None
    mon, d0, d1 = _mon(m), int(m["d0"]), int(m["day"])
    if not 1 <= d0 < d1 <= 31 or valid_date(2024, mon, d1) is None:
        return None
    if m["year"]:
        a = valid_date(int(m["year"]), mon, d0)
        if a is None or valid_date(int(m["year"]), mon, d1) is None:
            return None
        return Cand(m.start(), m.end("d0"), "day", _fixed(a), info={"unit": "day",
                                                                    "abs": True})
    second = _md_cand(m, text, m.start("day"), m.end())
    if second is None:
        return None
    return Cand(m.start(), m.end("d0"), "day", _in_year_of(second, mon, d0),
                info={"unit": "day"})


def _in_year_of(anchor: Cand, mon: int, day: int):
    """The resolver of the other end of a day range ("June 8-9", "8-10 June"): that day of
    the month, in the year ``anchor`` (the end the text dates) resolves to."""
    def fn(ctx, c):
        r = anchor.fn(ctx, anchor)
        if r is None or r.day is None:
            return Res("DATE", f"XXXX-{mon:02d}-{day:02d}")
        return day_res(valid_date(r.day.year, mon, day))
    return fn


@rule(B0 + WD_PREFIX + r"(?:(?P<the>the)" + S + r")?" + DAY + rf"(?:{S}(?P<of>of))?{S}"
      + month_rx("mon") + rf"(?!\.?{S0}\d+(?!\d)(?!{S0}[:.]\d))")
def r_dm(m, text):
    if not (_month_ok(m.group("mon")) and _wd_ok(m)):
        return None
    if re.search(r"[\d.,$]\Z", text[max(0, m.start() - 3):m.start()]):
        return None
    pt = _norm_prev(prev_tok(text, m.start()))
    if not m.group("wd") and pt in ("than", "over", "under", "about"):
        return None
    nt = next_tok(text, m.end())
    plain = not (m["the"] or m["of"] or re.search(r"\d(?:st|nd|rd|th)", m.group(0)))
    if plain and m.group("mon").lower() in ("may", "march") and nt and nt[0].islower() \
            and nt not in ("and", "to", "or", "in", "at", "on", "when", "after", "before"):
        return None  # "2 may be" / "3 march on"
    return _md_cand(m, text, m.start(), m.end())


@rule(B0 + month_rx("mon") + rf"(?:{S0},{S0}|{S}(?:of{S})?)" + YEAR4 + r"(?![\d])")
def r_my(m, text):
    if not _month_ok(m.group("mon")):
        return None
    y, mo = int(m.group("year")), _mon(m)
    return Cand(m.start(), m.end(), "date", lambda ctx, c: Res("DATE", f"{y:04d}-{mo:02d}"),
                info={"unit": "month", "abs": True})


@rule(B0 + r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:T(?P<h>\d{2}):(?P<mi>\d{2})"
      r"(?::(?P<s>\d{2}))?)?(?![\w-])")
def r_iso(m, text):
    d = valid_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if not d or not 1000 <= d.year <= 2199:
        return None
    if m["h"] is not None:
        h, mi = int(m["h"]), int(m["mi"])
        if h > 24 or mi > 59:
            return None
        v = f"{d.isoformat()}T{h:02d}:{mi:02d}" + (f":{m['s']}" if m["s"] else "")
        return Cand(m.start(), m.end(), "day",
                    lambda ctx, c: Res("TIME", v, day=d), info={"unit": "day", "abs": True,
                                                                 "clocked": True})
    return Cand(m.start(), m.end(), "day", _fixed(d), info={"unit": "day", "abs": True})


@rule(r"(?<![\w/.,-])" + WD_PREFIX + r"(?P<a>\d{1,2})" + S0 + r"(?P<s1>[/.])" + S0
      + r"(?P<b>\d{1,2})" + S0
      + r"(?P<s2>[/.])" + S0 + r"(?P<y>\d{4}|\d{2})(?![\w/]|[.,]\d)")
def r_numeric(m, text):
    if m["s1"] != m["s2"] or not _wd_ok(m):
        return None
    a, b = int(m["a"]), int(m["b"])
    sep = m["s1"]
    if sep == "/":
        mo, dd = (b, a) if a > 12 else (a, b)  # US month/day unless impossible
    else:
        mo, dd = (a, b) if b > 12 else (b, a)  # European day.month unless impossible
    ys = m["y"]
    if len(ys) == 2:
        if m["s1"] == ".":
            return None  # "1.5.10" is more likely a version number than a date
        yy = int(ys)
        y = 2000 + yy if yy <= 40 else 1900 + yy
    else:
        y = int(ys)
    d = valid_date(y, mo, dd)
    if not d or not 1900 <= y <= 2199:
        return None
    other = valid_date(y, dd, mo) if a != b and a <= 12 and b <= 12 else None
    if other is None:
        return Cand(m.start(), m.end(), "day", _fixed(d), info={"unit": "day", "abs": True})
    md, dm = (d, other) if sep == "/" else (other, d)  # month-first, day-first readings

    def fn(ctx, c):
        return day_res(numeric_reading(ctx, sep, md, dm))
    return Cand(m.start(), m.end(), "day", fn, info={"unit": "day", "abs": True})


NUMERIC_RX = re.compile(r"(?<![\w/.,-])(\d{1,2})[ \t]*([/.])[ \t]*(\d{1,2})[ \t]*\2[ \t]*"
                        r"(?:\d{4}|\d{2})(?![\w/]|[.,]\d)")


def numeric_conventions(text: str) -> dict[str, str | None]:
    """The order a text writes its numeric dates in, per separator: "dmy" when some date
    has a first field over 12 ("14/09/2013"), "mdy" when some has a second field over 12
    ("10/25/11"); None when neither or both are seen."""
    seen: dict[str, set] = {}
    for m in NUMERIC_RX.finditer(text):
        a, b = int(m[1]), int(m[3])
        if 12 < a <= 31 and 1 <= b <= 12:
            seen.setdefault(m[2], set()).add("dmy")
        elif 12 < b <= 31 and 1 <= a <= 12:
            seen.setdefault(m[2], set()).add("mdy")
    return {k: next(iter(v)) if len(v) == 1 else None for k, v in seen.items()}


def numeric_reading(ctx: "Ctx", sep: str, md: date, dm: date) -> date:
    """An ambiguous numeric date ("11/09/2010": both fields <= 12) is read (1) in the order
    the same text uses unambiguously elsewhere with the same separator; else (2) as the
    reading within a month (31 days) of the publication day, when only one of the two
    is; else (3) month first with "/" (US), day first with "." (European)."""
    conv = ctx.numeric_order.get(sep) if ctx.numeric_order else None
    if conv == "mdy":
        return md
    if conv == "dmy":
        return dm
    if ctx.anchor is not None:
        near_md = abs((md - ctx.anchor).days) <= 31
        near_dm = abs((dm - ctx.anchor).days) <= 31
        if near_md != near_dm:
            return md if near_md else dm
    return md if sep == "/" else dm


@rule(B0 + r"(?P<y>(?:19|20)\d{2})" + S0 + r"(?P<s1>[/.])" + S0 + r"(?P<m>\d{1,2})" + S0
      + r"(?P=s1)" + S0 + r"(?P<d>\d{1,2})(?![\w/]|[.,]\d)")
def r_ymd_slash(m, text):
    d = valid_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if not d:
        return None
    return Cand(m.start(), m.end(), "day", _fixed(d), info={"unit": "day", "abs": True})


# Months, years, decades, centuries ---------------------------------------------------------

STRONG_PREPS = {"in", "since", "until", "till", "til", "by", "during", "through",
                "throughout", "from", "before", "after", "of", "early", "mid", "late",
                "last", "next", "this", "between", "around", "starting", "beginning",
                "ending", "past", "every", "each", "into", "end", "that", "within", "until"}
WEAK_PREPS = {"and", "or", "to", "through", "-", "–", "—"}


@rule(B0 + r"(?:(?P<rel>this|last|next|that|past|coming)" + S + r")?" + month_rx("mon")
      + r"(?:" + S + r"(?P<ry>this|last|next)" + S + r"year)?" + B1.replace("\\w", "\\w'’"))
def r_month(m, text):
    tok = m.group("mon")
    if not _month_ok(tok) or (m["rel"] and not m["rel"].islower() and m["rel"].isupper()
                              and not tok.isupper()):
        return None
    name = tok.rstrip(".").lower()
    if name not in MONTH_FULL_SET:
        return None  # bare abbreviations ("Mar", "Dec") are not taken on their own
    mon = MONTHS[name]
    rel, ry = (m["rel"] or "").lower(), (m["ry"] or "").lower()
    if rel == "past":
        return None
    if not rel and not ry:
        pt = _norm_prev(prev_tok(text, m.start()))
        strong = pt in STRONG_PREPS
        weak = False
        if pt in WEAK_PREPS or pt in ("and", "or", "to"):
            before = text[max(0, m.start() - 30):m.start()]
            wm = re.search(rf"(?P<m>{MONTH_FULL_RX})\.?(?:{S0},?{S0}\d{{1,4}})?{S0}"
                           rf"(?:,{S0})?(?:and|or|to|through|-|–|—){S0}\Z", before, flags=re.I)
            # (the month before must be one: not "Theresa May and March organisers")
            wp = prev_tok(before, wm.start()) if wm is not None else ""
            weak = wm is not None and not (
                wm["m"].lower() in ("may", "march") and is_cap(wp)
                and _norm_prev(wp) not in STRONG_PREPS | WEAK_PREPS)
        if name in ("may", "march"):
            if not (strong or weak):
                return None
            if name == "may" and pt in ("of",) and is_cap(prev_tok(text, m.start() - 3)):
                return None
        else:
            nt = next_tok(text, m.end())
            if not (strong or weak) and is_cap(nt) and nt.lower() not in MONTHS \
                    and nt not in ("I",):
                return None  # "June Carter", "August Wilson"
            if not (strong or weak) and is_cap(pt) and not sentence_initial(text, m.start()) \
                    and pt.lower() not in MONTHS:
                return None  # a name: "Queen January"
        if next_tok(text, m.end()) in ("'s", "’s") and name in ("may",):
            return None

    def fn(ctx, c):
        if ry:
            if ctx.anchor is None:
                return Res("DATE", f"XXXX-{mon:02d}")
            y = ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[ry]
            return Res("DATE", f"{y:04d}-{mon:02d}")
        if ctx.anchor is None:
            return Res("DATE", f"XXXX-{mon:02d}")
        a = ctx.anchor
        if rel == "last":
            y = a.year if mon < a.month else a.year - 1
        elif rel == "next":
            y = a.year if mon > a.month else a.year + 1
        elif rel == "this":
            y = a.year
        elif rel == "that":
            y = (ctx.ref or a).year
        else:
            before = _norm_prev(prev_tok(text, c.start))
            # (a month after "since" counts back from now, not from a year named before:
            # "first crossed in March 1999 and hasn't been above since October")
            sref = None if before == "since" else ctx.sentence_ref(c.start)
            tense = ctx.tense(c.info["tok"])
            if c.info.get("contract") or before in ("until", "till") and tense in (
                    "present", "future"):
                y = a.year if mon >= a.month else a.year + 1  # a month still to come
                # ("does not need the loans until November")
            elif sref is not None:
                y = sref[0] if sref[1] is None else R.month(date(sref[0], sref[1], 1), mon,
                                                           None)
            else:
                y = R.month(a, mon, tense)
        return Res("DATE", f"{y:04d}-{mon:02d}")
    # the month of a futures contract is to come, whatever the tense: "crude oil for
    # October delivery rose", "the December contract fell"
    contract = next_tok(text, m.end()).lower() in CONTRACT_WORDS or bool(
        FUTURES_FOR.search(text[max(0, m.start() - 30):m.start()]))  # ("futures for
    # February dropped")
    return Cand(m.start(), m.end(), "date", fn,
                info={"unit": "month", "tok": m.start("mon"), "abs": False,
                      "contract": contract})


CONTRACT_WORDS = {"delivery", "contract", "contracts", "futures"}
FUTURES_FOR = re.compile(r"\b(?:futures|contracts?|delivery)\s+(?:for|in)\s+\Z", re.I)


MONTH_FULL_SET = {"january", "february", "march", "april", "may", "june", "july", "august",
                  "september", "october", "november", "december"}
MONTH_FULL_RX = "|".join(sorted(MONTH_FULL_SET)) + "|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"

YEAR_BLOCK_PREV = {"$", "£", "€", "¥", "#", "no", "nos", "number", "flight", "route",
                   "highway", "room", "page", "pages", "section", "article", "resolution",
                   "model", "version", "episode", "chapter", "rule", "code", "vol", "volume",
                   "p", "pp", "apt", "unit", "suite", "box", "ext", "tel", "phone", "fax",
                   "item", "bus", "train", "interstate", "i", "us", "hwy", "platform",
                   "gate", "terminal", "pin", "id", "list", "exit", "level", "tier", "rank",
                   "ranked", "top", "over", "than", "under", "about", "almost", "nearly",
                   "some", "approximately", "roughly", "only", "just", "least", "lost",
                   "killed", "injured", "hired", "fired", "cut", "added", "sold", "bought",
                   "employs", "employed", "with", "by", "further", "additional",
                   "another", "extra", "more", "fewer", "total", "estimated"}
YEAR_OK_PREV = (TEMPORAL_PREPS | DETERMINERS | {"'s", "’s", "year", "fiscal", "season",
                                                 "spring", "summer", "autumn", "fall",
                                                 "winter", "mid", "early", "late", "end",
                                                 "circa", "c", "ca", "class", "vintage",
                                                 "until", "around"}) - {"over", "by"}
EVENT_WORDS = {"conference", "summit", "expo", "games", "olympics", "cup", "championship",
               "championships", "festival", "forum", "congress", "convention", "show",
               "fair", "awards", "census", "election", "elections", "budget", "tour",
               "season", "edition", "world", "class", "vision", "agenda", "week", "day"}
YEAR_OK_NEXT = {"and", "or", "to", "when", "as", "after", "before", "until", "through",
                "while", "with", "was", "were", "is", "will", "had", "has", "saw", "but"}


# plurals a year before them dates, no count: "2007 sales", "2008 results"
YEAR_OF_NOUNS = {"sales", "earnings", "results", "revenues", "profits", "losses", "figures",
                 "forecasts", "elections", "deliveries", "shipments", "models", "budgets",
                 "accounts", "targets", "accounts", "bonuses", "dividends"}


def _year_context_ok(text: str, start: int, end: int, y: int) -> bool:
    pt_raw = prev_tok(text, start)
    pt = _norm_prev(pt_raw)
    nt = next_tok(text, end)
    ntl = nt.lower()
    if pt in YEAR_BLOCK_PREV and pt != "by":
        return False
    if nt in ("%",) or ntl in ("percent", "per", "pc", "bc") and ntl != "bc":
        return False
    if ntl in COUNT_NOUNS or re.fullmatch(UNIT_RX, ntl or "-"):
        return False
    if ntl in ("million", "billion", "thousand", "hundred"):
        return False
    if re.match(r"[ \t]*[:x×]\s*\d", text[end:end + 4]):
        return False
    if y >= 2100 and pt not in ("in", "by", "until", "till", "to", "from", "before", "after",
                                "of", "year", "beyond", "through"):
        return False  # ("cut 2100 jobs", "2100 job cuts": a count; "by 2100" is a year)
    if y < 1900:
        return pt in ("in", "since", "until", "till", "by", "from", "during", "before",
                      "after", "circa", "c", "ca", "between", "year", "of", "the", "and",
                      "early", "late", "mid") and not (nt[:1].islower() and ntl not in
                                                       YEAR_OK_NEXT | {"ad", "bc", "bce"})
    if is_cap(pt_raw) and pt not in YEAR_OK_PREV and pt not in MONTHS and pt not in WEEKDAYS \
            and not sentence_initial(text, start - len(pt_raw)) and pt_raw not in ("FY",):
        # "Windows 2000", "Resolution 1973" are names; an event's edition is its year:
        # "Worldwide Developers Conference 2010", "WWDC 2005", "Summer Olympics 2012"
        return pt in EVENT_WORDS or bool(re.fullmatch(r"[A-Z]{2,6}", pt_raw))
    if pt in YEAR_OK_PREV or pt_raw in ("'s", "’s"):
        if pt in ("a", "an") and (nt[:1].islower() and ntl.endswith("s")):
            return False
        return True
    if pt == "by":
        return not (nt[:1].islower() and (ntl.endswith("s") or ntl in COUNT_NOUNS)
                    and ntl not in YEAR_OK_NEXT)
    if not nt or not nt[0].isalnum():
        return True
    if ntl in YEAR_OK_NEXT:
        return True
    if nt[0].islower() and ntl.endswith("s") and not ntl.endswith("ss") and \
            ntl not in YEAR_OF_NOUNS:
        return False  # "2008 troops" (but "had 2007 sales of $1.4 billion")
    if nt[0].isdigit():
        return False
    return True


@rule(r"(?:(?<![\w$£€¥#.,:/'’-])|(?<=mid-)|(?<=Mid-)|(?<=end-)|(?<=pre-)|(?<=post-))"
      r"(?P<year>1\d{3}|20\d{2}|21\d{2})(?![\w%]|[.,:/-]\d|[’']\d)")
def r_year(m, text):
    y = int(m.group("year"))
    if not _year_context_ok(text, m.start(), m.end(), y):
        return None
    return Cand(m.start(), m.end(), "date", lambda ctx, c: Res("DATE", f"{y:04d}"),
                info={"unit": "year", "abs": True})


@rule(r"(?<![\w$£€¥#.,:/-])(?P<y1>(?:19|20)\d{2})" + S0 + r"(?:[-–—/]|to)" + S0
      + r"(?P<y2>(?:19|20)\d{2}|\d{2})(?![\w%]|[.,:/-]\d)")
def r_year_range(m, text):
    y1 = int(m["y1"])
    y2 = int(m["y2"]) if len(m["y2"]) == 4 else (y1 // 100) * 100 + int(m["y2"])
    if not y1 < y2 <= y1 + 100:
        return None
    if not _year_context_ok(text, m.start(), m.end(), y1):
        return None
    out = [Cand(m.start("y1"), m.end("y1"), "date", lambda ctx, c: Res("DATE", f"{y1:04d}"),
                info={"unit": "year", "abs": True})]
    out.append(Cand(m.start("y2"), m.end("y2"), "date",
                    lambda ctx, c: Res("DATE", f"{y2:04d}"), info={"unit": "year", "abs": True}))
    # the pair is one unit for the overlap selection
    out[0].info["group_end"] = m.end()
    return out


DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}
FUZZY_MOD = {"early": "START", "mid": "MID", "late": "END", "middle": "MID"}


@rule(B0 + r"(?:(?P<the>the)" + S + r")?(?:(?P<fz>early|mid|late)(?:" + S0 + "-" + S0 + "|"
      + S + r"))?(?:(?P<d4>1\d{2}0|20\d0)['’]?s|['’](?P<d2a>\d0)s|(?P<d2b>\d0)['’]?s"
      r"|(?P<dw>(?:nineteen[- ]?)?(?:twenties|thirties|forties|fifties|sixties|seventies"
      r"|eighties|nineties)))" + B1)
def r_decade(m, text):
    if m["d4"]:
        v = m["d4"][:3]
    else:
        if not (m["the"] or m["d2a"] or (m["dw"] and m["dw"].lower().startswith("nineteen"))):
            return None  # "in his 50s" is an age
        if m["the"] and re.search(r"\b(?:his|her|their|my|your|its|our)\s*\Z",
                                   text[max(0, m.start() - 8):m.start()]):
            return None
        if m["dw"]:
            v = "19" + str(DECADE_WORDS[m["dw"].lower().split()[-1].split("-")[-1]
                                        .replace("nineteen", "")])
        else:
            dd = int(m["d2a"] or m["d2b"])
            v = ("20" if dd <= 10 else "19") + str(dd // 10)
    mod = FUZZY_MOD.get((m["fz"] or "").lower())
    return Cand(m.start(), m.end(), "date", lambda ctx, c: Res("DATE", v, mod),
                info={"unit": "decade", "abs": True, "fz_done": bool(mod)})


ORD_RX = ("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
          "|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
          "|nineteenth|twentieth|twenty[- ]first|\\d{1,2}(?:st|nd|rd|th)")


@rule(B0 + r"(?:(?P<the>the)" + S + r")?(?:(?P<fz>early|mid|late)(?:" + S0 + "-" + S0 + "|"
      + S + r"))?(?P<ord>" + ORD_RX + r")(?:" + S + "|-)century" + B1)
def r_century(m, text):
    o = m["ord"].lower().replace(" ", "-")
    n = int(o[:-2]) if o[0].isdigit() else ORDINALS.get(o, ORDINALS.get(o.replace("-", " ")))
    if not n or not 1 <= n <= 22:
        return None
    nt = next_tok(text, m.end())
    if is_cap(m["ord"]) and is_cap(nt) and not sentence_initial(text, m.start()):
        return None  # "21st Century Fox"
    v = f"{n - 1:02d}"
    mod = FUZZY_MOD.get((m["fz"] or "").lower())
    return Cand(m.start(), m.end(), "date", lambda ctx, c: Res("DATE", v, mod),
                info={"unit": "century", "abs": True, "fz_done": bool(mod)})


@rule(B0 + r"(?:fiscal" + S + r"(?:year" + S + r")?|FY" + S0 + r"['’]?)(?P<y>\d{4}|\d{2})"
      + r"(?![\w-])")
def r_fiscal(m, text):
    ys = m["y"]
    y = int(ys) if len(ys) == 4 else 2000 + int(ys)
    if not 1900 <= y <= 2199:
        return None
    return Cand(m.start(), m.end(), "date", lambda ctx, c: Res("DATE", f"FY{y}"),
                info={"unit": "year", "abs": True})


# Quarters and halves ------------------------------------------------------------------------

# what a company reports for a period: "first-half profit" is a half of a year (a "first
# half" alone may be a match's)
RESULT_NOUNS = frozenset("profit profits loss losses results earnings sales revenue revenues "
                         "net income growth output deficit surplus figures".split())

@rule(B0 + r"(?:(?P<the>the)" + S + r")?(?P<ord>first|second|third|fourth|final|last|1st|2nd"
      r"|3rd|4th)(?:" + S + r"|-)(?P<qh>quarter|half)(?:(?:" + S + r"of)?(?:" + S
      + r"(?:fiscal" + S + r"(?:year" + S + r")?)?" + YEAR4 + r"|" + S
      + r"(?P<rel>this|last|next|the|the" + S + r"current|the" + S + r"previous)" + S
      + r"(?:(?:fiscal|calendar|financial)" + S + r")?year))?" + B1)
def r_quarter(m, text):
    ordw = m["ord"].lower()
    qh = m["qh"].lower()
    n = ORDINALS[ordw]
    year = int(m["year"]) if m["year"] else None
    rel = (m["rel"] or "").lower().replace("  ", " ")
    explicit = year is not None or bool(rel)
    results_half = False
    if qh == "half":
        if n > 2 and ordw not in ("final", "last"):
            return None
        results_half = not explicit and "-" in m.group() and \
            (next_tok(text, m.end()) or "").lower() in RESULT_NOUNS and n <= 2
        if not explicit and not results_half:
            return None  # "in the first half" of a match; "first-half profit" is a year's
        n = 2 if ordw in ("final", "last") else n
    relative_last = ordw == "last" and not explicit  # "the last quarter" = the previous one

    def fn(ctx, c):
        a = ctx.anchor
        if relative_last:
            if a is None:
                return Res("DATE", "XXXX-QX")
            y, q = (a.year, quarter_of(a) - 1) if quarter_of(a) > 1 else (a.year - 1, 4)
            return Res("DATE", f"{y:04d}-Q{q}")
        if year is not None:
            y = year
        elif rel:
            if a is None:
                return Res("DATE", f"XXXX-{'Q' if qh == 'quarter' else 'H'}{n}")
            y = a.year + {"last": -1, "the previous": -1, "next": 1}.get(rel, 0)
        elif results_half:
            if a is None:
                return Res("DATE", f"XXXX-H{n}")
            # the half of the publication or the one just ended: what results are out for
            y = a.year - 1 if n == 2 and a.month <= 6 else a.year
        else:
            if a is None:
                return Res("DATE", f"XXXX-Q{n}")
            y = R.quarter(a, n, ctx.tense(c.start))
        return Res("DATE", f"{y:04d}-{'Q' if qh == 'quarter' else 'H'}{n}")
    return Cand(m.start(), m.end(), "date", fn, info={"unit": "quarter", "abs": explicit})


@rule(B0 + r"(?:(?P<y1>(?:19|20)\d{2})" + S + r")?(?P<qh>Q|H)(?P<n>[1-4])(?:(?:" + S + r"|-|"
      + S + r"of" + S + r")(?P<y2>(?:19|20)\d{2})|['’](?P<y3>\d{2}))?" + B1, flags=0)
def r_qn(m, text):
    n = int(m["n"])
    if m["qh"] == "H" and n > 2:
        return None
    ys = m["y1"] or m["y2"] or (("20" + m["y3"]) if m["y3"] else None)
    if m["qh"] == "H" and not ys:
        return None  # "H1" alone is too ambiguous (H1N1, HTML headings)
    year = int(ys) if ys else None

    def fn(ctx, c):
        if year is not None:
            return Res("DATE", f"{year:04d}-{m['qh']}{n}")
        if ctx.anchor is None:
            return Res("DATE", f"XXXX-Q{n}")
        return Res("DATE", f"{R.quarter(ctx.anchor, n, ctx.tense(c.start)):04d}-Q{n}")
    return Cand(m.start(), m.end(), "date", fn, info={"unit": "quarter", "abs": bool(ys)})


# Seasons ------------------------------------------------------------------------------------

@rule(B0 + r"(?:(?P<rel>this|last|next|past|coming|that|the)" + S + r")?(?P<s>" + SEASON_RX
      + r")(?:(?:" + S + r"of)?" + S + YEAR4 + r")?(?![\w-])")
def r_season(m, text):
    s_tok = m["s"]
    s = SEASONS[s_tok.lower()]
    rel = (m["rel"] or "").lower()
    year = int(m["year"]) if m["year"] else None
    pt = _norm_prev(prev_tok(text, m.start()))
    nt = next_tok(text, m.end())
    if year is None:
        if is_cap(nt) and nt.lower() not in MONTHS:
            return None  # "Summer Olympics", "Winter Games", "Spring Festival"
        if is_cap(s_tok) and not sentence_initial(text, m.start("s")) and not rel:
            return None  # "Arab Spring", "Fall Out Boy"
        if rel in ("", "the"):
            if pt not in {"in", "during", "through", "throughout", "until", "till", "by",
                          "since", "over", "before", "after", "for", "of", "early", "late",
                          "mid", "this", "next", "last", "into", "from", "and", "or", "that"}:
                return None
            if rel == "the" and re.match(rf"{S}of{S}(?!\d)", text[m.end():]):
                return None  # "the fall of the regime"
            if rel == "the" and s_tok.lower() == "fall" and re.search(
                    r"\b(?:fell|fallen|falling|slipped|tumbled|plunged)(?:\s+\w+){0,2}\s+"
                    r"(?:\d[\d,.]*\s*(?:m|metres|meters|feet|ft|stor(?:ey|y|ies)|floors?)\b"
                    r"|off\b|down\b|onto\b)", text, re.I):
                return None  # "lost his gloves in the fall" of a climber who "fell
                # approximately 200 metres down" ("shares fell 5 percent" is no such fall)
            if not rel and s_tok.lower() in ("fall", "spring"):
                return None  # bare "fall", "spring" (a fall in prices, a hot spring)
            if not rel and pt == "of":
                return None
        if rel == "past":
            return None
        if m["rel"] == "that" and s_tok.lower() == "fall":
            return None

    def fn(ctx, c):
        if year is not None:
            return Res("DATE", f"{year:04d}-{s}")
        a = ctx.anchor
        if a is None:
            return Res("DATE", f"XXXX-{s}")
        if rel in ("last", "next", "this"):
            y = R.season_rel(a, s, rel)
        elif rel == "coming":
            y = R.season_rel(a, s, "next")
        elif rel == "that":
            y = R.season(ctx.ref or a, s, None)
        else:
            y = R.season(a, s, ctx.tense(c.info["tok"]))
        return Res("DATE", f"{y:04d}-{s}")
    return Cand(m.start(), m.end(), "date", fn,
                info={"unit": "season", "tok": m.start("s"), "abs": year is not None})


# Holidays -----------------------------------------------------------------------------------

HOLIDAY_RX = (r"Christmas(?:\s+(?:Eve|Day))?|New\s+Year['’]s(?:\s+(?:Day|Eve))|Easter"
              r"(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Thanksgiving(?:\s+Day)?|Halloween"
              r"|Valentine['’]s\s+Day|Boxing\s+Day|Labou?r\s+Day|Memorial\s+Day")


HOLIDAY_TIME_NOUNS = frozenset("holiday holidays weekend break".split())


@rule(B0 + r"(?:(?P<rel>this|last|next)" + S + r")?(?P<h>" + HOLIDAY_RX + r")(?:" + OPT_COMMA
      + YEAR4 + r")?" + B1, flags=0)
def r_holiday(m, text):
    name = re.sub(r"\s+", " ", m["h"].lower()).replace("’", "'").replace("labour", "labor")
    year = int(m["year"]) if m["year"] else None
    rel = (m["rel"] or "").lower()
    pt = _norm_prev(prev_tok(text, m.start()))
    nt = next_tok(text, m.end())
    if not (year or rel) and nt.lower() not in HOLIDAY_TIME_NOUNS:  # ("the Memorial Day
        # holiday", "over the Easter weekend" are the holiday)
        if is_cap(nt) or (nt[:1].islower() and nt not in ("and", "or", "when", "to")):
            if pt not in {"on", "at", "before", "after", "since", "until", "by", "over",
                          "during", "for", "of", "till", "around", "this", "last", "next"} \
                    or is_cap(nt):
                return None  # "Christmas Island", "Christmas tree", "Easter egg"
        if pt in ("the",):
            return None

    def fn(ctx, c):
        a = ctx.anchor
        if year is not None:
            return day_res(R.holiday_date(name, year))
        if a is None:
            return Res("DATE", "XXXX-XX-XX")
        if rel == "last":
            d = R.holiday_date(name, a.year)
            d = d if d and d < a else R.holiday_date(name, a.year - 1)
        elif rel == "next":
            d = R.holiday_date(name, a.year)
            d = d if d and d > a else R.holiday_date(name, a.year + 1)
        elif rel == "this":
            d = R.holiday_date(name, a.year)
        else:
            d = R.holiday(a, name, ctx.tense(c.start))
        return day_res(d)
    return Cand(m.start(), m.end(), "day", fn, info={"unit": "day"})


# Weekdays -----------------------------------------------------------------------------------

NAMED_DAYS = {"black", "good", "super", "ash", "bloody", "cyber", "easter", "palm", "holy",
              "maundy", "shrove", "giving", "fat", "man", "girl", "blue", "small", "manic"}


@rule(B0 + r"(?:(?P<rel>last|next|this|this" + S + r"past|this" + S + r"coming|past|coming"
      r"|that|the" + S + r"following|the" + S + r"previous|the" + S + r"next|the" + S
      + r"same)" + S + r")?(?P<wd>" + WEEKDAY_FULL + r")(?P<pl>s)?(?![\w])(?:['’]s)?(?:" + S
      + r"(?P<part>" + PART_RX + r")(?P<ppl>s)?)?" + B1)
def r_weekday(m, text):
    if not is_cap(m["wd"]):
        return None
    wd = WEEKDAYS[m["wd"].lower()]
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    part = PARTS_OF_DAY.get((m["part"] or "").lower())
    pt = prev_tok(text, m.start())
    nt = next_tok(text, m.end())
    end = m.end()
    if m["part"] and re.search(r"['’]s", text[m.end("wd"):m.start("part")]):
        # "Monday's night session": the possessive ends the timex
        part, end = None, m.end("wd")
    elif not m["part"] and re.match(r"['’]s", text[m.end("wd"):m.end("wd") + 2]):
        end = m.end("wd")
    if not rel and pt in {w.capitalize() for w in NAMED_DAYS}:
        return None  # "Black Friday", "Super Tuesday", "Bloody Sunday"
    if not rel and pt.lower() == "the" and is_cap(nt) and not part:
        return None  # "the Sunday Times"
    if m["pl"] or (m["ppl"] and part and end == m.end()):
        # "on Mondays", "on Sunday mornings", "Friday nights": a weekly set
        if rel and rel not in ("",):
            return None
        v = f"XXXX-WXX-{wd + 1}" + (f"T{part}" if part else "")
        return Cand(m.start(), end, "set", lambda ctx, c: Res("SET", v))
    if not m["part"] and is_cap(nt) and nt in ("Night", "Morning", "Times", "Telegraph",
                                                "Mirror", "Express", "Herald", "Post"):
        return None

    def fn(ctx, c):
        a = ctx.anchor
        if a is None:
            return Res("TIME" if part else "DATE",
                       f"XXXX-WXX-{wd + 1}" + (f"T{part}" if part else ""))
        if rel in ("last", "this past", "past"):
            d = R.weekday_rel(a, wd, "last")
        elif rel in ("next", "this coming", "coming"):
            d = R.weekday_rel(a, wd, "next")
        elif rel == "this":
            d = R.weekday_rel(a, wd, "this")
        elif rel in ("the following", "the next"):
            base = ctx.refday
            d = base + timedelta(days=(wd - base.weekday()) % 7 or 7)
        elif rel == "the previous":
            base = ctx.refday
            d = base - timedelta(days=(base.weekday() - wd) % 7 or 7)
        elif rel in ("that", "the same"):
            base = ctx.refday
            d = R.weekday(base, wd, "past")
        else:
            d = R.weekday(a, wd, ctx.tense(c.info["tok"]))
        return day_res(d, part=part)
    return Cand(m.start(), end, "day", fn,
                info={"unit": "day", "tok": m.start("wd"), "part": part, "weekday": True,
                      "wd": wd, "rel": rel, "possessive": end < m.end("wd") + 3
                      and end != m.end()})


# Relative days and periods --------------------------------------------------------------------

RELDAY = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1,
          "the day before yesterday": -2, "the day after tomorrow": 2}


@rule(B0 + r"(?P<w>today|tonight|tomorrow|yesterday|the" + S + r"day" + S + r"before" + S
      + r"yesterday|the" + S + r"day" + S + r"after" + S + r"tomorrow)(?:['’]s)?(?:" + S
      + r"(?P<part>" + PART_RX + r"))?" + B1)
def r_relday(m, text):
    w = re.sub(r"\s+", " ", m["w"].lower())
    off = RELDAY[w]
    part = PARTS_OF_DAY.get((m["part"] or "").lower()) or ("NI" if w == "tonight" else None)
    pt = prev_tok(text, m.start())
    if w == "today" and is_cap(m["w"]) and not m["w"].isupper() and (
            pt in ("USA", "the", "The", "Russia", "China", "Psychology", "Marketing")
            or (is_cap(pt) and not sentence_initial(text, m.start()))):
        return None  # "USA Today", "the Today programme"
    end = m.end()
    if m["part"] and re.search(r"['’]s", text[m.end("w"):m.start("part")]):
        part, end = ("NI" if w == "tonight" else None), m.end("w")
    elif re.match(r"['’]s", text[m.end("w"):m.end("w") + 2]):
        end = m.end("w")

    def fn(ctx, c):
        if ctx.anchor is None:
            return day_res(None, part=part)
        return day_res(ctx.anchor + timedelta(days=off), part=part)
    return Cand(m.start(), end, "day", fn, info={"unit": "day", "part": part, "relday": True})


@rule(B0 + r"(?P<w>this|last|early" + S + r"this|late" + S + r"last)" + S + r"(?P<part>morning"
      r"|afternoon|evening|night)" + B1)
def r_this_part(m, text):
    w = m["w"].lower().split()[-1]
    part = PARTS_OF_DAY[m["part"].lower()]
    if w == "last" and part != "NI":
        return None  # "last morning" is not idiomatic news English
    off = -1 if w == "last" else 0
    mod = {"early": "START", "late": "END"}.get(m["w"].lower().split()[0])

    def fn(ctx, c):
        if ctx.anchor is None:
            r = day_res(None, part=part)
        else:
            r = day_res(ctx.anchor + timedelta(days=off), part=part)
        r.mod = mod
        return r
    return Cand(m.start(), m.end(), "day", fn, info={"unit": "day", "part": part})


PERIOD_UNITS = {"week": "week", "month": "month", "year": "year", "weekend": "weekend",
                "decade": "decade", "century": "century", "quarter": "quarter"}


def period_value(d: date, unit: str, off: int) -> str:
    """The value of the period ``unit`` containing ``d`` shifted by ``off`` units."""
    if unit == "day":
        return (d + timedelta(days=off)).isoformat()
    if unit in ("week", "weekend"):
        v = iso_week(d + timedelta(weeks=off))
        return v + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        y, mo = add_months(d.year, d.month, off)
        return f"{y:04d}-{mo:02d}"
    if unit == "quarter":
        k = d.year * 4 + quarter_of(d) - 1 + off
        return f"{k // 4:04d}-Q{k % 4 + 1}"
    if unit == "year":
        return f"{d.year + off:04d}"
    if unit == "decade":
        return str(d.year // 10 + off)
    if unit == "century":
        return f"{d.year // 100 + off:02d}"
    raise ValueError(unit)


def unresolved_period(unit: str) -> str:
    return {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE",
            "month": "XXXX-XX", "quarter": "XXXX-QX", "year": "XXXX", "decade": "XXX",
            "century": "XX"}[unit]


@rule(B0 + r"(?P<rel>this" + S + r"past|this" + S + r"coming|this|last|next|(?:the" + S
      + r")?current)" + S + r"(?P<u>week|month|year|weekend|decade|century|quarter)(?!\w)")
def r_relperiod(m, text):
    rel = re.sub(r"\s+", " ", m["rel"].lower()).replace("the ", "")
    unit = m["u"].lower()
    off = {"this": 0, "current": 0, "last": -1, "this past": -1, "next": 1,
           "this coming": 1}[rel]
    if unit == "weekend" and rel == "this":
        off = 0
    pt = _norm_prev(prev_tok(text, m.start()))
    if pt in ("the",) and rel in ("last", "next"):
        return None  # "the last week" / "the next year" are other rules' business

    def fn(ctx, c):
        if ctx.anchor is None:
            return Res("DATE", unresolved_period(unit))
        return Res("DATE", period_value(ctx.anchor, unit, off))
    return Cand(m.start(), m.end(), "date", fn,
                info={"unit": unit, "rel": rel, "relperiod": True})


ANAPH_UNITS = "day|week|month|year|weekend|morning|afternoon|evening|night"


@rule(B0 + r"(?:(?:the" + S + r"(?P<r>previous|following|next|same|preceding|prior|very"
      r"|subsequent))|(?P<that>that))" + S + r"(?P<u>" + ANAPH_UNITS + r")(?:" + S
      + r"(?P<post>before|after))?" + B1 + r"|" + B0 + r"the" + S + r"(?P<u2>day|night|week"
      r"|month|year|morning|evening)" + S + r"(?P<post2>before|after|following|preceding)"
      + B1)
def r_anaphoric(m, text):
    u = (m["u"] or m["u2"]).lower()
    r = (m["r"] or ("that" if m["that"] else "")).lower()
    post = (m["post"] or m["post2"] or "").lower()
    if r and post:
        return None
    if r == "very" and u not in ("day", "morning", "night"):
        return None
    pt = _norm_prev(prev_tok(text, m.start()))
    off = {"previous": -1, "preceding": -1, "prior": -1, "following": 1, "next": 1,
           "subsequent": 1, "same": 0, "very": 0, "that": 0, "": 0}[r]
    if post in ("before", "preceding"):
        off = -1
    elif post in ("after", "following"):
        off = 1
    end = m.end()
    if m["post2"]:
        nt = next_tok(text, m.end())
        if nt and nt[0].isalnum() and nt.lower() not in ("and", "or", "but", "when"):
            end = m.end("u2")  # "the day after he lost his job": "after" is a signal
    possessive = bool(re.match(r"['’]s\b", text[m.end():m.end() + 3]))
    # "over the next day" and "for the week after the vote" are durations; "the previous
    # day's shooting" and "in the week before the murder" dates
    is_dur_context = (r in ("next", "following", "previous", "preceding") and pt in (
        "over", "for", "within", "during", "throughout", "in") or m["post2"] and pt in (
        "over", "for", "within", "throughout")) and not possessive
    if is_dur_context and u in ("day", "week", "month", "year", "weekend"):
        val = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y",
               "weekend": "P1WE"}[u]
        return Cand(m.start(), end, "dur", lambda ctx, c: Res("DURATION", val))
    part = PARTS_OF_DAY.get(u)
    unit = "day" if part else u

    def fn(ctx, c):
        base = ctx.base_for(unit)
        if base is None:
            return Res("TIME" if part else "DATE",
                       unresolved_period(unit) + (f"T{part}" if part else ""))
        v = period_value(base, unit, off)
        if part:
            d = base + timedelta(days=off)
            return Res("TIME", f"{v}T{part}", day=d)
        if unit == "day":
            return Res("DATE", v, day=base + timedelta(days=off))
        return Res("DATE", v)
    info = {"unit": unit, "anaphoric": True}
    if end == m.end("u2") and post in ("before", "after") and not part:
        info["of_next"] = off  # "the week after the September 11, 2001 attacks"
    return Cand(m.start(), end, "date", fn, info=info)


@rule(B0 + r"the" + S + r"year[-\s]ago" + S + r"(?P<u>quarter|month)" + B1)
def r_year_ago_period(m, text):
    """"the year-ago quarter": the quarter under discussion a year back ("a loss for the
    three months ended Sept. 30 ... against a profit in the year-ago quarter")."""
    unit = m["u"].lower()

    def fn(ctx, c):
        base = ctx.base_for(unit)
        if base is None:
            return Res("DATE", unresolved_period(unit))
        return Res("DATE", period_value(base, unit, -4 if unit == "quarter" else -12))
    return Cand(m.start(), m.end(), "date", fn, info={"unit": unit, "anaphoric": True})


@rule(B0 + r"(?:the" + S + r")?" + month_rx("m1") + r"\s*[-\u2013]\s*" + month_rx("m2")
      + S + r"(?:quarter|period)" + B1)
def r_month_range_quarter(m, text):
    """"the April-June quarter": that quarter (of the year it last began in, or of the
    year a date of the sentence names)."""
    a = MONTHS[m["m1"].lower().rstrip(".")]
    b = MONTHS[m["m2"].lower().rstrip(".")]
    if (a - 1) % 3 or b != a + 2:
        return None

    def fn(ctx, c):
        ref = ctx.sentence_ref(c.start)
        if ref is not None:
            year = ref[0]
        elif ctx.anchor is not None:
            year = ctx.anchor.year if a <= ctx.anchor.month else ctx.anchor.year - 1
        else:
            return Res("DATE", f"XXXX-Q{(a - 1) // 3 + 1}")
        return Res("DATE", f"{year:04d}-Q{(a - 1) // 3 + 1}")
    return Cand(m.start(), m.end(), "date", fn)


@rule(B0 + r"the" + S + r"(?P<u>week|month|year|weekend|night)" + S + r"before" + S
      + r"last" + B1)
def r_before_last(m, text):
    """"the week before last": the period two before the publication's (the night before
    last: the night two days before the publication day)."""
    if re.match(S + r"(?:week|month|year|weekend|night|time)\b", text[m.end():], I):
        return None  # "the week before last year's vote"
    u = m["u"].lower()

    def fn(ctx, c):
        a = ctx.anchor
        if u == "night":
            return day_res(a - timedelta(days=2) if a else None, part="NI")
        if a is None:
            return Res("DATE", unresolved_period(u))
        return Res("DATE", period_value(a, u, -2))
    return Cand(m.start(), m.end(), "date", fn, info={"unit": "day" if u == "night" else u})


WEEK_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}


@rule(B0 + r"the" + S + r"(?:(?P<ord>first|second|third|fourth|last|final)" + S
      + r")?week" + S + r"of" + S + r"(?=" + month_rx("mon") + r")")
def r_week_of(m, text):
    """The head of "the first week of March" / "the week of June 3": joined to the month
    or day after it by ``merge``; on its own it is nothing."""
    if not _month_ok(m["mon"]) or (m["ord"] and not m["ord"].islower()):
        return None
    return Cand(m.start(), m.end(), "weekof", lambda ctx, c: None,
                info={"ord": WEEK_ORD.get((m["ord"] or "").lower())})


@rule(B0 + r"the" + S + r"weekend" + B1)
def r_the_weekend(m, text):
    pt = _norm_prev(prev_tok(text, m.start()))
    if pt not in ("over", "at", "on", "during", "through", "throughout", "for", "since",
                  "until", "till", "by", "before", "after", "across", "in"):
        return None

    def fn(ctx, c):
        a = ctx.anchor
        if a is None:
            return Res("DATE", "XXXX-WXX-WE")
        sat_this = a + timedelta(days=5 - a.weekday())  # Saturday of the ISO week
        t = ctx.tense(c.start)
        if a.weekday() >= 5:
            sat = sat_this
        elif t == "past" or (t is None or t == "present") and a.weekday() <= 2:
            sat = sat_this - timedelta(days=7)
        else:
            sat = sat_this
        return Res("DATE", iso_week(sat) + "-WE")
    return Cand(m.start(), m.end(), "date", fn, info={"unit": "weekend"})


@rule(B0 + r"(?:the" + S + r")?(?P<w>early|small|wee)(?:(?:" + S + r"|" + S0 + r"-" + S0
      + r")morning)?" + S + r"hours"
      + r"(?:" + S + r"of" + S + r"the" + S + r"(?:morning|night)|(?P<of>(?=" + S + r"of" + S
      + r")))?" + B1)
def r_early_hours(m, text):
    """"the early hours (of the morning)": the small hours of the reference day; before a
    day ("the early hours of Monday") the merge pass joins it to that day."""
    if not m.group(0).lower().startswith("the"):
        return None

    def fn(ctx, c):
        r = day_res(ctx.refday, part="MO")
        r.mod = "START"
        return r
    kind = "part" if m["of"] is not None else "day"
    return Cand(m.start(), m.end(), kind, fn,
                info={"unit": "day", "anaphoric": True, "part": "MO", "mod": "START"})


@rule(B0 + r"(?:(?P<the>the)" + S + r")?(?:(?P<fz>early|late)" + S0 + r"-?" + S0 + r")?"
      + r"(?P<part>morning|afternoon|evening|night)(?=" + S + r"(?:of|on)" + S + r")")
def r_part_of(m, text):
    """"the morning of March 5", "early morning on Sunday, February 1, 2009": a part of
    the day that follows; kept only when the merge pass finds that day."""
    if not (m["the"] or m["fz"]):
        return None
    mod = {"early": "START", "late": "END"}.get((m["fz"] or "").lower())
    return Cand(m.start(), m.end(), "part", lambda ctx, c: None,
                info={"unit": "day", "part": PARTS_OF_DAY[m["part"].lower()], "mod": mod,
                      "needs_day": True})


@rule(B0 + r"(?P<prep>in|during|through|throughout|overnight|into|late" + S + r"in|early"
      + S + r"in)" + S + r"(?P<the>the)" + S + r"(?P<part>morning|afternoon|evening|night)"
      + r"(?!" + S + r"(?:of|before|after)\b|[\w-])")
def r_the_part(m, text):
    """"in the morning", "during the night": a part of the reference day."""
    part = PARTS_OF_DAY[m["part"].lower()]

    def fn(ctx, c):
        d = ctx.refday
        if d is not None and not ctx.ref_in_text and ctx.tense(c.start) == "future":
            d = d + timedelta(days=1)  # "we will decide in the morning"
        return day_res(d, part=part)
    return Cand(m.start("the"), m.end(), "day", fn, info={"unit": "day", "anaphoric": True})


@rule(B0 + r"at" + S + r"the" + S + r"time(?![\w-])(?!" + S + r"(?:of|being)\b)")
def r_at_the_time(m, text):
    """"at the time" (not "at the time of ..."): the time just narrated, i.e. the reference
    day; PAST_REF when the text has given no date yet."""
    def fn(ctx, c):
        if ctx.coarse is not None:  # "In 1999, he stabbed his wife ... at the time"
            y, mo = ctx.coarse
            return Res("DATE", f"{y}-{mo:02d}" if mo else str(y))
        if ctx.ref_in_text and ctx.ref is not None:
            return Res("DATE", ctx.ref.isoformat(), day=ctx.ref)
        return Res("DATE", "PAST_REF")
    return Cand(m.start(), m.end(), "date", fn, prio=6, info={"anaphoric": True})


@rule(B0 + r"(?P<v>spend|spends|spent|spending)" + S + r"(?P<the>the)" + S + r"night" + B1)
def r_spend_night(m, text):
    """"forced to spend the night in tents": the night of the reference day."""
    def fn(ctx, c):
        return day_res(ctx.refday, part="NI")
    return Cand(m.start("the"), m.end(), "day", fn, info={"unit": "day", "anaphoric": True})


@rule(B0 + r"(?:in|during|over|throughout)" + S + r"(?P<the>the)" + S + r"course" + S + r"of"
      + S + r"the" + S + r"(?P<u>day|week|month|year)" + B1)
def r_course_of(m, text):
    """"during the course of the day": the period of the reference day (in a past
    narrative) or of the publication day (in a present or future clause)."""
    unit = m["u"].lower()

    def fn(ctx, c):
        t = ctx.tense(c.start)
        base = ctx.anchor if t in ("present", "future") or not ctx.ref_in_text \
            else ctx.refday
        if base is None:
            return Res("DATE", unresolved_period(unit))
        v = period_value(base, unit, 0)
        return Res("DATE", v, day=base if unit == "day" else None)
    return Cand(m.start("the"), m.end(), "date", fn, info={"unit": unit, "anaphoric": True})


@rule(B0 + r"(?P<w>earlier|later)" + S + r"(?:in|on|that)" + S + r"(?:the" + S + r")?"
      + r"(?P<u>day|week|month|year|morning|afternoon|evening)" + B1)
def r_earlier_in(m, text):
    """"earlier in the day", "later that week": within the reference period."""
    u = m["u"].lower()
    part = PARTS_OF_DAY.get(u)
    unit = "day" if part else u

    earlier = m["w"].lower() == "earlier"

    def fn(ctx, c):
        base = ctx.base_for(unit)
        if earlier and base is not None and ctx.anchor is not None and base > ctx.anchor:
            base = ctx.anchor  # what happened "earlier in the day" is no later than now,
            # whatever day to come the text named last ("... open lower on Thursday.
            # Earlier in the day, the department reported ...")
        if base is None:
            return Res("TIME" if part else "DATE", unresolved_period(unit)
                       + (f"T{part}" if part else ""))
        v = period_value(base, unit, 0)
        if part:
            return Res("TIME", f"{v}T{part}", day=base)
        return Res("DATE", v, day=base if unit == "day" else None)
    return Cand(m.start(), m.end(), "date", fn, info={"unit": unit, "anaphoric": True})


FUZZY_WORDS = {"beginning": "START", "start": "START", "end": "END", "middle": "MID",
               "close": "END", "early part": "START", "first part": "START",
               "latter part": "END", "first half": "H1", "second half": "H2",
               "latter half": "H2", "rest": "REST", "remainder": "REST",
               "balance": "REST", "dawn": "START", "turn": None}


@rule(B0 + r"(?:(?P<the>the)" + S + r")?(?P<w>beginning|start|end|middle|close|early" + S
      + r"part|first" + S + r"part|latter" + S + r"part|first" + S + r"half|second" + S
      + r"half|latter" + S + r"half|rest|remainder)" + S + r"of" + S + r"the" + S
      + r"(?P<u>year|month|week|decade|century)" + B1 + r"|" + B0 + r"(?P<ye>year|month)"
      + S0 + r"-?" + S0 + r"end" + B1)
def r_fuzzy_the(m, text):
    if m["ye"]:
        unit, w = m["ye"].lower(), "end"
    else:
        unit, w = m["u"].lower(), re.sub(r"\s+", " ", m["w"].lower())
    kind = FUZZY_WORDS[w]

    def fn(ctx, c):
        base = ctx.anchor
        if base is None:
            return Res("DATE", unresolved_period(unit), None if kind in ("REST", "H1", "H2")
                       else kind)
        v = period_value(base, unit, 0)
        return fuzzy_apply(Res("DATE", v), kind, ctx)
    return Cand(m.start(), m.end(), "date", fn, info={"unit": unit})


def fuzzy_apply(r: Res, kind: str | None, ctx: Ctx) -> Res:
    """Apply START/MID/END, halves, "earlier"/"later"/"rest of" to a resolved date."""
    if kind is None or r.type not in ("DATE", "TIME"):
        return r
    iv = value_interval(r.value)
    if kind in ("START", "MID", "END"):
        r.mod = kind
        return r
    if iv is None:
        return r
    lo, hi = iv
    if kind in ("H1", "H2"):
        if re.fullmatch(r"\d{4}", r.value):
            r.value = f"{r.value}-{kind}"
            return r
        mid = lo + (hi - lo) // 2
        r.mod = "START" if kind == "H1" else "END"
        r.lo, r.hi = (lo, mid) if kind == "H1" else (mid + timedelta(days=1), hi)
        r.override = True
        return r
    a = ctx.anchor
    if kind in ("EARLIER", "REST", "LATER") and a is not None and lo <= a <= hi:
        r.lo, r.hi = (lo, a) if kind == "EARLIER" else (a, hi)
        r.override = True
        if kind == "EARLIER":
            r.mod = None
        return r
    if kind == "EARLIER":
        r.mod = "START"
    elif kind == "LATER":
        r.mod = "END"
    return r


# Clock times --------------------------------------------------------------------------------

ZONE_NAMES = "|".join(sorted((k for k in list(TZ_OFFSETS) + list(US_ZONES) if k != "Z"),
                             key=len, reverse=True))

AMPM = (r"(?P<ap>[ap]" + S0 + r"\." + S0 + r"m(?:" + S0 + r"\.)?(?![a-z])|[ap]m(?![a-z]))")
CLOCK_PRE = (r"(?:(?P<pre>about|around|approximately|roughly|shortly" + S + r"(?:after|before)"
             r"|just" + S + r"(?:after|before)|soon" + S + r"after|some" + S + r"time" + S
             + r"(?:after|before))" + S + r")?")


@rule(B0 + CLOCK_PRE + r"(?:(?P<h>[01]?\d|2[0-4])" + S0 + r":" + S0 + r"(?P<mi>[0-5]\d)(?:"
      + S0 + r":" + S0 + r"(?P<sec>[0-5]\d))?(?!\d)(?:" + S0 + AMPM.replace("ap>", "ap1>")
      + r"|(?P<ap1s>[ap])(?![\w'’]))?|(?P<h2>1[0-2]|0?[1-9])(?:[.:](?P<mi2>[0-5]\d))?" + S0
      + AMPM.replace("ap>", "ap2>") + r"|(?P<h3>[01]\d|2[0-3])\.?(?P<mi3>[0-5]\d)(?=" + S0
      + r"(?:h\b|hrs\b|hours\b|(?:" + ZONE_NAMES + r")\b|local|\(" + S0
      + r"(?:[01]?\d|2[0-3])[.:]?[0-5]\d" + S0 + r"(?:GMT|UTC)\b))"
      + r"|(?P<noon>noon|midday|midnight)|(?P<h4>" + r"one|two|three|four|five|six|seven"
      r"|eight|nine|ten|eleven|twelve|\d{1,2})" + S + r"o['’]clock)"
      + r"(?:" + S0 + r"(?:h\b|hrs\b|hours\b))?(?:" + S0 + TZ_RX + r"|" + S + r"(?P<local>local"
      + S + r"time))?(?![\w])")
def r_clock(m, text):
    if m["h"] is not None:
        if re.search(r"[\d:.,]\Z", text[max(0, m.start("h") - 3):m.start("h")]) and not m["pre"]:
            return None
        if re.match(r"[:.,]\d", text[m.end("sec") if m["sec"] else m.end("mi"):][:2]):
            return None
        h, mi = int(m["h"]), int(m["mi"])
        ap = m["ap1"] or m["ap1s"]
        if h > 24 or (h == 24 and mi):
            return None
        if ap and not 1 <= h <= 12:
            return None
        if not ap and not m["tz"] and not m["local"]:
            # a bare "2:56" must look like a time: not a score, ratio or Bible verse
            pt = _norm_prev(prev_tok(text, m.start()))
            if pt in ("won", "lost", "beat", "score", "scored", "ratio", "odds", "by",
                      "verse", "chapter") or is_cap(prev_tok(text, m.start("h"))) and \
                    not sentence_initial(text, m.start("h")) and pt not in MONTHS and \
                    pt not in WEEKDAYS and pt not in DATELINE_WORDS:
                return None
            if re.match(r"[ \t]*[-–][ \t]*\d", text[m.end():m.end() + 4]) and len(m["h"]) == 1:
                return None
            if SPORT_CLOCK.search(text[max(0, m.start() - 300):m.start()]) and \
                    not m["sec"] and mi < 60:
                # "the referee stopped the fight at 2:56" of the sixth round: minutes and
                # seconds elapsed in a round, not a time of day
                s0 = m.start("h")
                e0 = m.end("mi")
                return Cand(s0, e0, "dur", lambda ctx, c, v=f"PT{h}M{mi}S": Res("DURATION", v))
        sec = int(m["sec"]) if m["sec"] else None
    elif m["h2"] is not None:
        if re.search(r"[\d:.,$£€]\Z", text[max(0, m.start("h2") - 3):m.start("h2")]):
            return None
        h, mi, sec = int(m["h2"]), int(m["mi2"] or 0), None
        ap = m["ap2"]
    elif m["h3"] is not None:
        if re.search(r"[\d:.,$£€]\Z", text[max(0, m.start("h3") - 3):m.start("h3")]):
            return None
        h, mi, sec, ap = int(m["h3"]), int(m["mi3"]), None, None
    elif m["noon"]:
        w = m["noon"].lower()
        h, mi, sec, ap = (24 if w == "midnight" else 12), 0, None, None
    else:
        hw = m["h4"].lower()
        h = int(hw) if hw.isdigit() else (parse_number(hw) or 0)
        h, mi, sec, ap = int(h), 0, None, None
        if not 1 <= h <= 12:
            return None
    if ap:
        pm = ap.lower().lstrip()[0] == "p"
        h = (h % 12) + (12 if pm else 0)
    tz = m["tz"]
    offset = None
    if tz:
        if tz.upper().startswith("UK"):
            tz = "UK"
        offset = tz_offset(tz)
        if offset is None and tz.upper() not in US_ZONES and tz != "UK":
            tz = None
    pre = (m["pre"] or "").lower()
    mod = None
    if pre in ("about", "around", "approximately", "roughly"):
        mod = "APPROX"
    elif pre.endswith("after"):
        mod = "AFTER"
    elif pre.endswith("before"):
        mod = "BEFORE"
    clock = {"h": h, "mi": mi, "sec": sec, "tz": tz, "mod": mod}

    end = m.end()
    g = m.group(0).rstrip()
    if g.endswith(")") and "(" not in g:
        end = m.start() + len(g[:-1].rstrip())  # "(3:37 a.m. EDT)": not our bracket

    def fn(ctx, c):
        return clock_res(ctx.refday, clock)
    return Cand(m.start(), end, "clock", fn, info={"clock": clock})


# Words around a bare "h:mm" that make it the time elapsed in a round, a period or a lap
SPORT_CLOCK = re.compile(r"\b(?:rounds?|referee|knock(?:ed)?[ -]?outs?|TKO|innings?|quarter"
                         r"|overtime|laps?|stoppage)\b", re.IGNORECASE)


# Words of a dateline before a clock time ("Posted 23:37:00 05/05/2010"): a capitalised
# word before a bare "h:mm" usually makes it a name or a verse ("John 3:16"), not these.
DATELINE_WORDS = {"posted", "updated", "published", "created", "modified", "edited",
                  "filed", "uploaded", "revised"}


def tz_offset(tz: str) -> int | None:
    t = re.sub(r"\s+", "", tz).upper().strip("()")
    mm = re.fullmatch(r"(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?", t)
    if mm:
        off = int(mm[2]) * 60 + int(mm[3] or 0)
        return off if mm[1] == "+" else -off
    return TZ_OFFSETS.get(t)


def _zoned(clock: dict) -> bool:
    t = re.sub(r"\s+", "", clock["tz"] or "").upper().strip("()")
    return bool(t) and (tz_offset(t) is not None or t in US_ZONES or t == "UK")


def _pair_res(d: date | None, clock: dict) -> Res:
    """"at 4:30 a.m. local time (11.30 p.m. ET)", "1353 (1023 GMT)": one instant written
    twice. A zoned first clock wins; a local first clock followed by a zoned one takes
    its UTC time from the zoned one, and its UTC day from the local day, the local zone
    being whichever offset in [-12h, +14h] makes the two readings the same instant."""
    first = {k: v for k, v in clock.items() if k != "alt"}
    alt = clock["alt"]
    if _zoned(first) or not _zoned(alt) or d is None:
        return clock_res(d, first)
    z = clock_res(d, alt)
    mm = re.search(r"T(\d{2}):(\d{2})", z.value)
    if not mm or not z.value.endswith("Z"):
        return clock_res(d, first)
    local = first["h"] * 60 + first["mi"]
    off = (local - (int(mm[1]) * 60 + int(mm[2]))) % 1440
    if off > 14 * 60:
        off -= 1440
    dd, h, mi = shift_clock(d, first["h"], first["mi"], off)
    sec = first["sec"]
    v = f"{dd.isoformat()}T{h:02d}:{mi:02d}" + (f":{sec:02d}" if sec is not None else "") + "Z"
    return Res("TIME", v, first["mod"], day=dd)


def clock_res(d: date | None, clock: dict) -> Res:
    if clock.get("alt") is not None:
        return _pair_res(d, clock)
    h, mi, sec, tz = clock["h"], clock["mi"], clock["sec"], clock["tz"]
    if d is None:
        v = f"XXXX-XX-XXT{h:02d}:{mi:02d}" + (f":{sec:02d}" if sec is not None else "")
        return Res("TIME", v, clock["mod"])
    z = ""
    if tz:
        t = re.sub(r"\s+", "", tz).upper().strip("()")
        off = tz_offset(t)
        if off is None and t in US_ZONES:
            off = US_ZONES[t] + (60 if us_dst(d) else 0)
        if t in ("BST",) and not eu_dst(d):
            off = 0
        if t == "UK":  # UK civil time: GMT, BST in summer
            off = 60 if eu_dst(d) else 0
        if off is not None and h < 24:
            d, h, mi = shift_clock(d, h, mi, off)
            z = "Z"
    v = f"{d.isoformat()}T{h:02d}:{mi:02d}" + (f":{sec:02d}" if sec is not None else "") + z
    return Res("TIME", v, clock["mod"], day=d)


# Durations ----------------------------------------------------------------------------------

DUR_THE_RX = (r"past|last|next|coming|first|final|previous|following|ensuing|preceding"
              r"|remaining|whole|entire|full|initial|subsequent|same|other|additional"
              r"|last" + S + r"few|past" + S + r"few|next" + S + r"few|coming" + S + r"few")

DUR_POST = {"ago": -1, "back": -1, "earlier": -1, "before": -1, "prior": -1,
            "later": 1, "after": 1, "afterwards": 1, "afterward": 1, "on": 1,
            "from now": 1, "hence": 1}


YEARS_PER = {"DE": 10, "CE": 100, "ML": 1000}


def dur_value(n: float | None, unit: str, is_time: bool) -> str:
    """A TIMEX3 duration. Decades, centuries and millennia are written in years, as
    MEANTIME does ("the past decade" P10Y, "decades-long" PXY)."""
    if unit in YEARS_PER:
        n, unit = (None if n is None else n * YEARS_PER[unit]), "Y"
    if n is not None and unit == "H" and n != int(n):
        return f"PT{int(round(n * 60))}M"
    ns = "X" if n is None else (str(int(n)) if n == int(n) else f"{n:g}")
    return f"PT{ns}{unit}" if is_time else f"P{ns}{unit}"


def _shift(d: date, unit: str, n: int) -> str:
    """The value n units from d at the unit's own granularity ("two weeks ago" -> week)."""
    if unit == "D":
        return (d + timedelta(days=n)).isoformat()
    if unit == "W":
        return iso_week(d + timedelta(weeks=n))
    if unit == "M":
        y, mo = add_months(d.year, d.month, n)
        return f"{y:04d}-{mo:02d}"
    if unit == "Y":
        return f"{d.year + n:04d}"
    if unit == "DE":
        return str((d.year + 10 * n) // 10)
    if unit == "CE":
        return f"{(d.year + 100 * n) // 100:02d}"
    raise ValueError(unit)


@rule(B0 + r"(?:(?P<qmod>" + QUANT_MOD_RX + r"|exactly|precisely)" + S + r")?(?:(?P<the>the)" + S
      + r"(?:(?P<rel>"
      + DUR_THE_RX + r")" + S + r")?)?(?P<q>" + QUANT + r")" + S0 + r"(?P<hy>-" + S0 + r")?"
      + r"(?:(?:more|additional|extra|straight|consecutive|long|full|short|whole|further)"
      + S + r")?(?P<u>" + UNIT_RX + r")(?![\w])(?!" + S0 + r"-?" + S0 + r"olds?\b)(?P<half>"
      + S + r"and" + S + r"a" + S + r"half(?![\w-]))?(?:" + S0
      + r"-" + S0 + r"long(?![\w]))?(?:" + S + r"(?P<post>ago|back|earlier|later|before"
      r"|after|prior|afterwards?|from" + S + r"now|hence|on)(?![\w-]))?")
def r_duration(m, text):
    q = re.sub(r"\s+", " ", m["q"].lower())
    u_word = m["u"].lower()
    unit, is_time, mult = unit_of(u_word)
    n = parse_number(q)
    if m["half"]:
        if n is None or n != int(n) or u_word.endswith("s") and n == 1:
            return None  # "a few years and a half"
        n += 0.5  # "a year and a half", "two hours and a half"
    if n is not None:
        n *= mult
    qmod = QUANT_MODS.get(re.sub(r"\s+", " ", (m["qmod"] or "").lower()))
    post = re.sub(r"\s+", " ", (m["post"] or "").lower())
    exact = (m["qmod"] or "").lower() in ("exactly", "precisely")
    start, end = m.start(), m.end()
    if m["qmod"] and m["the"]:
        qmod, start = None, m.start("the")  # "over the past six months": a preposition
    the = m["the"]
    pt = _norm_prev(prev_tok(text, m.start()))
    plural = u_word.endswith("s") and u_word not in ("hrs", "mins", "secs", "yrs")
    if re.match(r"-(?!" + S0 + r"long\b)[A-Za-z]", text[m.end("u"):m.end("u") + 6]):
        return None  # "a second-half goal", "a 90-minute-drive"? not a duration of its own
    if q in ("a", "an", "one") and unit == "S" and not post and not is_time_end(text, m.end()):
        return None  # "a second time"
    if q in ("a", "an") and not the and not qmod and re.match(S0 + r"-" + S0 + r"long",
                                                             text[m.end("u"):]):
        start = m.start("u")  # "a year-long war": the timex is "year-long"
    if q in ("a", "an") and not the and not qmod and not post:
        before = text[max(0, m.start() - 25):m.start()]
        if re.search(r"(?:\d|%|\bmillion|\bbillion|\btrillion|\btimes|\bonce|\btwice"
                     r"|\bthrice|dollars|euros|pounds|cents)[ \t]*\Z", before, I):
            return None  # "$5 billion a year", "twice a week": a SET
    if q in ("some", "many") and not plural:
        return None  # "some day", "many a year"
    if q in ("a", "an", "one") and plural:
        return None  # "a decades-long rivalry": "a" belongs to the noun, not the unit
    if q in ("one",) and u_word == "day" and sentence_initial(text, m.start()) and not post:
        # "One day, ..." is a vague date, not a duration
        return Cand(start, m.end("u"), "date", lambda ctx, c: Res("DATE", "XXXX-XX-XX"))
    if post in ("later", "earlier") and next_tok(text, m.end()).lower() == "than":
        # "arrives on November 11, three days later than originally planned": the date the
        # sentence just named, compared (as MEANTIME annotates it); else a duration
        def compared(ctx, c, n=n, unit=unit, is_time=is_time):
            if ctx.coarse is not None:
                y, mo = ctx.coarse
                return Res("DATE", f"{y:04d}" + (f"-{mo:02d}" if mo else "")
                           + (f"-{ctx.coarse_part}" if ctx.coarse_part and not mo else ""))
            if ctx.ref_in_text and ctx.ref is not None:
                return Res("DATE", ctx.ref.isoformat(), day=ctx.ref)
            return Res("DURATION", dur_value(n, unit, is_time), qmod)
        return Cand(start, m.end(), "date", compared, info={"anaphoric": True})
    if post in ("before", "after", "prior", "on"):
        nt = next_tok(text, m.end())
        if nt and nt[0].isalnum():
            # "two days before the election": the duration alone (the rest is a signal)
            post = ""
            end = m.end("u")
            tail = re.match(S0 + r"-" + S0 + r"long", text[end:])
            if tail:
                end += tail.end()

    if post:
        sign = DUR_POST[post]

        def fn(ctx, c):
            if is_time and unit == "H" and post in ("later", "earlier", "afterwards",
                                                    "afterward") \
                    and ctx.ref_in_text and ctx.refday is not None and (n is None or n < 24):
                # "a few hours later": a time of the reference day, its clock unknown
                return Res("TIME", f"{ctx.refday.isoformat()}TXX:XX", qmod,
                           lo=ctx.refday, hi=ctx.refday, override=True)
            if unit in ("S", "M", "H") and is_time or n is None:
                if post in ("ago", "back"):
                    if ctx.anchor is None:
                        return Res("DATE", "PAST_REF")
                    if is_time:
                        return day_res(ctx.anchor)
                    return Res("DATE", "PAST_REF")
                return Res("DURATION", dur_value(n, unit, is_time), qmod)
            nn, uu = n, unit
            if int(nn) != nn and uu in YEARS_PER and (nn * YEARS_PER[uu]).is_integer():
                nn, uu = nn * YEARS_PER[uu], "Y"  # "half a decade ago": five years ago
            if int(nn) != nn and uu == "Y" and (nn * 12).is_integer():
                nn, uu = nn * 12, "M"  # "a year and a half ago": 18 months ago
            if int(nn) != nn:
                return Res("DURATION", dur_value(n, unit, is_time), qmod)
            if post in ("ago", "back", "from now", "hence"):
                base = ctx.anchor
            else:
                if not ctx.ref_in_text_for(uu):
                    return Res("DURATION", dur_value(n, unit, is_time), qmod)
                base = ctx.base_for(uu)
            if base is None:
                return Res("DATE", "XXXX-XX-XX" if unit == "D" else "XXXX")
            if exact and uu in ("D", "W", "M", "Y"):
                # "exactly two years ago": the same calendar day, two years back
                months = {"M": 1, "Y": 12}.get(uu, 0) * int(sign * nn)
                days = {"D": 1, "W": 7}.get(uu, 0) * int(sign * nn)
                y, mo = add_months(base.year, base.month, months)
                d = valid_date(y, mo, base.day) or valid_date(y, mo, 28)
                d = d + timedelta(days=days)
                return Res("DATE", d.isoformat(), day=d)
            v = _shift(base, uu, int(sign * nn))
            if uu == "Y" and post not in ("ago", "back", "from now", "hence") and \
                    ctx.coarse is not None and (ctx.coarse_part or ctx.coarse[1]):
                # "a loss for the fourth quarter, against a profit a year earlier", "fell
                # 28 percent in December compared with a year earlier": the same part of
                # the year before
                v = f"{base.year + int(sign * nn):04d}-" + (
                    ctx.coarse_part or f"{ctx.coarse[1]:02d}")
            mod = "APPROX" if qmod == "APPROX" else None
            d = base + timedelta(days=int(sign * nn)) if uu == "D" else None
            return Res("DATE", v, mod, day=d)
        return Cand(start, end, "date", fn, info={"unit": "dur"})

    # "the worst month in 15 years", "its first loss in five years": a span up to now
    in_future = pt == "in" and not the and not SUPERLATIVE_BEFORE.search(
        text[max(0, start - 60):start])

    def fn(ctx, c):
        if in_future and n is not None and int(n) == n and not is_time \
                and ctx.tense(c.start) == "future" and ctx.anchor is not None:
            v = _shift(ctx.anchor, unit, int(n))
            d = ctx.anchor + timedelta(days=int(n)) if unit == "D" else None
            return Res("DATE", v, day=d)
        return Res("DURATION", dur_value(n, unit, is_time), qmod)
    return Cand(start, end, "dur", fn, info={"dur": (n, unit, is_time), "qmod": qmod})


SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:worst|best|most|least|first|biggest|largest|highest|lowest|greatest|smallest"
    r"|steepest|sharpest|deepest|strongest|weakest|fastest|slowest|longest|heaviest"
    r"|busiest|bloodiest|deadliest|hottest|coldest|wettest|driest)\b[^.;!?]*\Z", re.I)


def is_time_end(text: str, i: int) -> bool:
    nt = next_tok(text, i)
    return not nt or not nt[0].isalnum() or nt.lower() in ("and", "or", "of", "to", "later",
                                                            "ago", "before", "after")


@rule(B0 + r"(?:(?P<qmod>" + QUANT_MOD_RX + r")" + S + r")?(?P<the>the)" + S + r"(?P<rel>past"
      r"|last|next|coming|previous|following|ensuing|preceding|remaining|whole|entire|full"
      r"|first|final|same)" + S + r"(?P<u>" + UNIT_RX + r")(?![\w-])(?P<half>" + S + r"and" + S
      + r"a" + S + r"half(?![\w-]))?")
def r_duration_the(m, text):
    rel = m["rel"].lower()
    u_word = m["u"].lower()
    unit, is_time, mult = unit_of(u_word)
    plural = u_word.endswith("s") and u_word not in ("hrs", "mins", "secs", "yrs")
    pt = _norm_prev(prev_tok(text, m.start()))
    qmod = QUANT_MODS.get(re.sub(r"\s+", " ", (m["qmod"] or "").lower()))
    if rel in ("next", "following", "previous", "preceding", "same", "first", "final") \
            and not plural and (pt not in ("over", "for", "within", "during", "throughout",
                                           "in", "through", "into")
                                or re.match(r"['’]s\b", text[m.end():m.end() + 3])):
        return None  # "the next day", "the same year": anaphoric dates (another rule)
    n = None if plural else 1.0 * mult
    if m["half"]:
        if n is None:
            return None
        n += 0.5  # "the past year and a half"
    val = dur_value(n, unit, is_time)
    start = m.start()
    if m["qmod"]:
        # "over the past decade", "within the next year": a preposition, as in r_duration
        qmod, start = None, m.start("the")
    return Cand(start, m.end(), "dur", lambda ctx, c: Res("DURATION", val, qmod), prio=6)


@rule(B0 + r"(?:(?P<rec>recent|a" + S + r"matter" + S + r"of)" + S + r")?(?P<u>decades"
      r"|centuries|years|months|weeks|days|hours|minutes|seconds)(?:" + S0 + r"-" + S0
      + r"(?P<long>long|old))?(?:" + S + r"(?P<post>later|earlier|afterwards?|ago))?(?![\w-])")
def r_duration_bare(m, text):
    """Bare plural units: "decades", "for years", "over the years", "recent months";
    "years ago" is a vague past date (PAST_REF), "hours ago" the publication day."""
    u_word = m["u"].lower()
    unit, is_time, _ = unit_of(u_word)
    start = m.start()
    if (m["post"] or "").lower() == "ago":
        if m["rec"] or m["long"]:
            return None

        def fn_ago(ctx, c):
            if is_time and ctx.anchor is not None:
                return day_res(ctx.anchor)
            return Res("DATE", "PAST_REF")
        return Cand(start, m.end(), "date", fn_ago, prio=7)
    if m["long"] and m["long"].lower() == "old" and u_word not in ("decades", "centuries"):
        return None
    if not m["rec"] and u_word not in ("decades", "centuries") and not m["long"]:
        p1 = prev_tok(text, m.start())
        pt = _norm_prev(p1)
        if pt == "the":
            p2 = _norm_prev(prev_tok(text, m.start() - len(p1)))
            if p2 not in ("over", "through", "across", "throughout"):
                return None
            start = text.rfind(p1, 0, m.start())
        elif pt not in ("for", "within") and not m["post"] and not re.match(
                S + r"(?:after|before)\b", text[m.end():], I):
            return None  # "minutes after she was suspended" is a duration (+ a signal)
        if next_tok(text, m.end()).lower() in ("old", "of", "ago", "later", "earlier"):
            return None
        if m["post"] and pt in ("the", "few", "several", "many", "some", "two", "three"):
            return None
    val = dur_value(None, unit, is_time)
    return Cand(start, m.end(), "dur", lambda ctx, c: Res("DURATION", val), prio=7)


@rule(B0 + r"(?P<u>year|week|month|day|decade|night|hour)" + S0 + r"-?" + S0 + r"long(?![\w-])")
def r_long(m, text):
    u = m["u"].lower()
    if u == "night":
        return None
    unit, is_time, _ = unit_of(u)
    val = dur_value(1, unit, is_time)
    return Cand(m.start(), m.end(), "dur", lambda ctx, c: Res("DURATION", val))


# Sets ---------------------------------------------------------------------------------------

SET_ADV = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y",
           "annually": "P1Y", "hourly": "PT1H", "nightly": "P1D", "quarterly": "P3M",
           "fortnightly": "P2W", "biweekly": "P2W", "biannually": "P6M",
           "semiannually": "P6M", "semi-annually": "P6M", "bimonthly": "P2M"}


PAID_BY_HOUR = frozenset("worker workers employee employees staff wage wages pay rate rates "
                         "job jobs labor labour personnel union unions earnings".split())


@rule(B0 + r"(?P<w>daily|weekly|monthly|yearly|annually|hourly|nightly|quarterly|fortnightly"
      r"|biweekly|biannually|semi-?annually|bimonthly)" + B1)
def r_set_adv(m, text):
    w = m["w"]
    nt = next_tok(text, m.end())
    if is_cap(w) and (not sentence_initial(text, m.start()) or is_cap(nt)):
        return None  # "the Daily News", "Business Weekly"
    if is_cap(nt) and not w.isupper():
        return None
    if w.lower() == "hourly" and re.sub(r"[^a-z]", "", nt.lower()) in PAID_BY_HOUR:
        return None  # "hourly workers", "hourly wages": a way of being paid, no recurrence
    val = SET_ADV.get(w.lower(), SET_ADV.get(w.lower().replace("-", ""), "P1Y"))
    return Cand(m.start(), m.end(), "set", lambda ctx, c: Res("SET", val))


SET_UNIT_RX = (UNIT_RX + r"|" + WEEKDAY_FULL + r"|morning|afternoon|evening|night|weekend"
               r"|january|february|march|april|may|june|july|august|september|october"
               r"|november|december|spring|summer|autumn|fall|winter")


@rule(B0 + r"(?P<ev>every|each)(?:" + S + r"(?P<other>other|single))?(?:" + S + r"(?P<n>"
      + NUM + r"|few|couple" + S + r"of))?" + S + r"(?P<u>" + SET_UNIT_RX + r")(?![\w-])")
def r_set_every(m, text):
    u = m["u"].lower()
    n = None
    if m["n"]:
        n = parse_number(m["n"])
    if m["other"] and m["other"].lower() == "other":
        n = 2
    if u in WEEKDAYS:
        if not is_cap(m["u"]):
            return None
        val = f"XXXX-WXX-{WEEKDAYS[u] + 1}"
    elif u in PARTS_OF_DAY:
        val = f"XXXX-XX-XXT{PARTS_OF_DAY[u]}"
    elif u == "weekend":
        val = "XXXX-WXX-WE"
    elif u in MONTHS:
        if not is_cap(m["u"]):
            return None
        val = f"XXXX-{MONTHS[u]:02d}"
    elif u in SEASONS:
        val = f"XXXX-{SEASONS[u]}"
    else:
        unit, is_time, mult = unit_of(u)
        if m["n"] and n is None:
            val = dur_value(None, unit, is_time)
        else:
            val = dur_value((n or 1) * mult, unit, is_time)
    return Cand(m.start(), m.end(), "set", lambda ctx, c: Res("SET", val), prio=3)


@rule(B0 + r"(?:(?P<freq>once|twice|thrice|" + NUM + S + r"times)" + S + r")?(?P<per>a|an|per"
      r"|each)" + S + r"(?P<u>second|minute|hour|day|week|month|year|annum|night)" + B1)
def r_set_per(m, text):
    u = m["u"].lower()
    per = m["per"].lower()
    if not m["freq"]:
        if per in ("a", "an"):
            before = text[max(0, m.start() - 25):m.start()]
            if not re.search(r"(?:\d|%|\bmillion|\bbillion|\btrillion|dollars|euros|pounds"
                             r"|cents)[ \t]*\Z", before, I):
                return None
        if per in ("each", "per"):
            return None  # a rate, no set of times: "120 miles per hour", "one million
            # visitors per week", "10 per month" (the gold corpora leave these out)
    if u == "annum":
        if per != "per":
            return None
        u = "year"
    if u == "night":
        val = "P1D"
    else:
        unit, is_time, _ = unit_of(u)
        val = dur_value(1, unit, is_time)
    return Cand(m.start(), m.end(), "set", lambda ctx, c: Res("SET", val), prio=2)


# Vague references ---------------------------------------------------------------------------

VAGUE = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PRESENT_REF",
    "currently": "PRESENT_REF", "at present": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "at this moment": "PRESENT_REF",
    "at the present time": "PRESENT_REF", "at this time": "PRESENT_REF",
    "at the very moment": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "the present": "PRESENT_REF",
    "recently": "PAST_REF", "more recently": "PAST_REF", "most recently": "PAST_REF",
    "until recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "the recent past": "PAST_REF", "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF", "the foreseeable future": "FUTURE_REF",
    "the distant future": "FUTURE_REF", "future": "FUTURE_REF", "soon": "FUTURE_REF",
    "the coming days": "FUTURE_REF", "the coming weeks": "FUTURE_REF",
    "the coming months": "FUTURE_REF", "the coming years": "FUTURE_REF",
    "the days ahead": "FUTURE_REF", "the weeks ahead": "FUTURE_REF",
    "the months ahead": "FUTURE_REF", "the years ahead": "FUTURE_REF",
}


@rule(B0 + r"(?:(?P<in>in|for|until|till|into|of|from)" + S + r")?(?P<w>right" + S + r"now"
      r"|just" + S + r"now|now|currently|at" + S + r"present|at" + S + r"the" + S
      + r"(?:very" + S + r")?moment|at" + S + r"this" + S + r"moment|at" + S
      + r"the" + S + r"present" + S + r"time|nowadays|these" + S + r"days|(?:more|most|until)"
      + S + r"recently|recently|lately|the" + S + r"(?:recent" + S + r")?past|the" + S
      + r"(?:near|foreseeable|distant)" + S + r"future|the" + S + r"future|future|soon"
      r"|the" + S + r"present|the" + S + r"coming" + S + r"(?:days|weeks|months|years)"
      r"|the" + S + r"(?:days|weeks|months|years)" + S + r"ahead)(?![\w-])")
def r_vague(m, text):
    w = re.sub(r"\s+", " ", m["w"].lower())
    prep = (m["in"] or "").lower()
    nt = next_tok(text, m.end())
    ntl = nt.lower()
    pt = _norm_prev(prev_tok(text, m.start()))
    start = m.start("w")
    if w == "future":
        if prep != "in" or nt[:1].isalnum() and ntl not in ("and", "or", "when"):
            return None  # "future plans"; only "in future" is the adverb
        start = m.start("w")
    if w == "now":
        if re.match(r"-\w", text[m.end():m.end() + 2]):
            return None  # "the now-defunct"
        if pt == "from" or prep == "from":
            return None  # "from now on", "two weeks from now" (a duration rule's)
    if w in ("the past", "the recent past"):
        if prep != "in" and pt not in ("in", "of"):
            return None
        if re.match(S + r"(?:\d|few|several|couple|" + UNIT_RX + r"|decade|year|month|week"
                    r"|day|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)", text[m.end():],
                    I):
            return None
    if w == "the future" and prep not in ("in", "into", "for") and pt not in ("in", "into",
                                                                              "for", "of"):
        # ("the future of Hummer", "the future of Europe" is a fate, no time)
        if nt[:1].isalnum() and ntl not in ("is", "was", "will", "looks", "holds", "lies",
                                                    "remains", "seems", "belongs", "depends",
                                                    "appears", "looked", "held"):
            return None
    if w == "the present" and prep not in ("until", "till", "to") and pt not in (
            "until", "till", "to", "at"):
        return None
    if w == "soon":
        if ntl in ("after", "afterwards", "afterward", "thereafter", "as", "enough",
                   "be", "became", "found"):
            return None
        if pt in ("as", "too", "so", "how", "very"):
            return None
    if w == "these days" and pt in ("of", "all", "for"):
        return None
    val = VAGUE[w]
    is_soon = w == "soon"

    def fn(ctx, c):
        if is_soon and ctx.tense(c.start) == "past":
            return None
        return Res("DATE", val)
    return Cand(start, m.end(), "vague", fn, prio=8)


# --- selection, prefixes and compounds -------------------------------------------------------

def select(cands: list[Cand]) -> list[Cand]:
    """Longest first (a year range counts as one unit), then priority, then leftmost."""
    def key(c):
        span = c.info.get("group_end", c.end) - c.start
        return (-span, c.prio, c.start)
    taken: list[Cand] = []
    occupied: list[tuple[int, int]] = []
    groups: dict[int, list[Cand]] = {}
    for c in sorted(cands, key=key):
        s, e = c.start, c.info.get("group_end", c.end)
        if any(s < oe and os_ < e for os_, oe in occupied):
            continue
        occupied.append((s, e))
        taken.append(c)
        if "group_end" in c.info:
            groups[id(c)] = [x for x in cands if x is not c and x.start >= c.end
                             and x.end <= e and x.kind == c.kind and
                             "group_end" not in x.info and x.info.get("unit") == "year"
                             and x.start == _second_year_start(cands, c)]
    out = []
    for c in taken:
        out.append(c)
        out.extend(groups.get(id(c), [])[:1])
    return sorted(out, key=lambda c: c.start)


def _second_year_start(cands, first):
    starts = [x.start for x in cands if x.info.get("unit") == "year" and first.end < x.start
              < first.info["group_end"] and x.end == first.info["group_end"]]
    return starts[0] if starts else -1


PFX_OF = re.compile(r"(?:(?<![\w])(?P<the>the)" + S + r")?(?<![\w])(?P<w>beginning|start|end"
                    r"|middle|close|early" + S + r"part|first" + S + r"part|latter" + S
                    + r"part|first" + S + r"half|second" + S + r"half|latter" + S + r"half"
                    r"|rest|remainder)" + S + r"of" + S + r"\Z", I)
PFX_ADJ = re.compile(r"(?<![\w-])(?P<w>early|mid|late|earlier|later|the" + S + r"early"
                     r"|the" + S + r"late|the" + S + r"mid)(?:" + S0 + r"-" + S0 + r"|" + S
                     + r")\Z", I)
PREFIXABLE_UNITS = {"year", "month", "season", "decade", "century", "week", "quarter", "day",
                    "weekend"}


def attach_prefixes(text: str, cands: list[Cand]) -> list[Cand]:
    prev_end = 0
    for c in cands:
        unit = c.info.get("unit")
        if unit in PREFIXABLE_UNITS and not c.info.get("fz_done") and c.kind != "clock":
            window = text[max(prev_end, c.start - 40):c.start]
            m = PFX_OF.search(window)
            kind = None
            if m and unit != "day":
                kind = FUZZY_WORDS[re.sub(r"\s+", " ", m["w"].lower())]
                if kind == "REST" and not c.info.get("relperiod"):
                    kind = None
            else:
                m = PFX_ADJ.search(window)
                if m:
                    w = m["w"].lower().split()[-1]
                    if w in ("earlier", "later"):
                        kind = "EARLIER" if w == "earlier" else "LATER"
                        if not (c.info.get("relperiod") and c.info.get("rel") == "this"):
                            kind = None
                    else:
                        kind = FUZZY_MOD[w]
                        if unit == "day" and w == "mid":
                            kind = None
            if kind is not None and m is not None:
                c.start = c.start - (len(window) - m.start())
                base_fn = c.fn

                def fn(ctx, cc, base_fn=base_fn, kind=kind):
                    r = base_fn(ctx, cc)
                    return fuzzy_apply(r, kind, ctx) if r is not None else None
                c.fn = fn
                c.info["fz_done"] = True
        prev_end = c.end
    return cands


GLUE_DAY_CLOCK = re.compile(r"^(?:" + S0 + r"[,|])?" + S0 + r"(?:(?:last" + S + r")?(?:updated"
                            r"|posted|published)(?:" + S + r"(?:at|on))?" + S0 + r":?" + S0
                            + r")?(?:(?:at|@|-|–|—)" + S0 + r")?\Z", I)
GLUE_CLOCK_DAY = re.compile(r"^(?:" + S0 + r",)?" + S0 + r"(?:(?:on|of)" + S + r")?\Z", I)
GLUE_OF = re.compile(r"^" + S + r"(?:of|on)" + S + r"\Z", I)
GLUE_PAREN = re.compile(r"^" + S0 + r"[(\[]" + S0 + r"\Z")
CLOSE_PAREN = re.compile(S0 + r"[)\]]")
GLUE_DUR = re.compile(r"^(?:" + S0 + r"and" + S + r"|" + S0 + r")\Z", I)
TIME_UNITS_ORDER = ["Y", "M", "W", "D", "H", "TM", "S"]


def merge_clock_pairs(text: str, cands: list[Cand]) -> list[Cand]:
    """A clock time followed by the same instant in brackets in another zone ("1052 GMT
    (1852 HKT)", "at 09:10 hours (0440 GMT)") is one timex, up to the closing bracket."""
    out: list[Cand] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        n = cands[i + 1] if i + 1 < len(cands) else None
        if n is not None and c.kind == "clock" and n.kind == "clock" \
                and GLUE_PAREN.match(text[c.end:n.start]) and CLOSE_PAREN.match(text, n.end):
            ck = dict(c.info["clock"], alt=n.info["clock"])
            out.append(Cand(c.start, CLOSE_PAREN.match(text, n.end).end(), "clock",
                            lambda ctx, cc, ck=ck: clock_res(ctx.refday, ck),
                            info={"clock": ck}))
            i += 2
            continue
        out.append(c)
        i += 1
    return out


def merge(text: str, cands: list[Cand]) -> list[Cand]:
    cands = merge_clock_pairs(text, cands)
    out: list[Cand] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        n = cands[i + 1] if i + 1 < len(cands) else None
        if n is not None:
            glue = text[c.end:n.start]
            merged = None
            if c.kind == "part" and n.kind == "day" and GLUE_OF.match(glue):
                merged = _combine_part(c, n)
            elif c.kind == "day" and n.kind == "clock" and not c.info.get("clocked") \
                    and GLUE_DAY_CLOCK.match(glue):
                merged = _combine(c, n, c.start, n.end)
            elif c.kind == "clock" and n.kind == "day" and not n.info.get("clocked") \
                    and GLUE_CLOCK_DAY.match(glue) and "\n" not in glue:
                merged = _combine(n, c, c.start, n.end)
            elif c.kind == "day" and n.kind == "day" and GLUE_PAREN.match(glue) \
                    and CLOSE_PAREN.match(text, n.end):
                merged = _combine_paren(c, n, CLOSE_PAREN.match(text, n.end).end())
            elif c.kind == "dur" and n.kind == "dur" and GLUE_DUR.match(glue) \
                    and _dur_compatible(c, n):
                merged = _combine_dur(c, n)
            elif c.kind == "weekof" and not glue and (
                    n.info.get("unit") == "month" and c.info["ord"]
                    or n.kind == "day" and not c.info["ord"] and not n.info.get("clocked")
                    and not n.info.get("part")):
                merged = _combine_week_of(c, n)
            elif _is_plain_weekday(c) and _is_rel_week(n) and GLUE_WD_WEEK.match(glue):
                merged = _combine_weekday_week(c, n, c.start, n.end)
            elif _is_rel_week(c) and _is_plain_weekday(n) and GLUE_WEEK_WD.match(glue) \
                    and not re.match(r"['’]s", text[c.end:c.end + 2]):
                merged = _combine_weekday_week(n, c, c.start, n.end)
            if merged is not None:
                cands[i + 1] = merged
                i += 1
                continue
        out.append(c)
        i += 1
    return out


GLUE_WD_WEEK = re.compile(r"^" + S + r"(?:of" + S + r")?\Z", I)
GLUE_WEEK_WD = re.compile(r"^" + S + r"\Z", I)


def _combine_week_of(head: Cand, n: Cand) -> Cand:
    """"the first week of March" -> the month, days 1-7 (mod START; "the last week of"
    the last seven days, mod END; second, third, fourth: days 8-14, 15-21, 22-28, no mod);
    "the week of June 3" -> the ISO week containing that day."""
    k = head.info["ord"]

    def fn(ctx, c):
        r = n.fn(ctx, n)
        if r is None:
            return None
        if not k:
            if r.day is None:
                return Res("DATE", "XXXX-WXX")
            return Res("DATE", iso_week(r.day))
        mm = re.fullmatch(r"(\d{4})-(\d{2})", r.value)
        if mm is None:
            return r
        y, mo = int(mm[1]), int(mm[2])
        if k > 0:
            lo = date(y, mo, 7 * (k - 1) + 1)
            hi = lo + timedelta(days=6)
        else:
            hi = date(*add_months(y, mo, 1), 1) - timedelta(days=1)
            lo = hi - timedelta(days=6)
        mod = "START" if k == 1 else "END" if k == -1 else None
        return Res("DATE", r.value, mod, lo=lo, hi=hi, override=True)
    info = dict(n.info)
    info["unit"] = "week"
    return Cand(head.start, n.end, "date", fn, info=info)


def _is_plain_weekday(c: Cand) -> bool:
    """A weekday without "last/next/this" and not possessive ("Tuesday", "Friday night")."""
    return c.kind == "day" and c.info.get("weekday") and not c.info.get("rel") \
        and not c.info.get("possessive") and not c.info.get("clocked")


def _is_rel_week(c: Cand) -> bool:
    return c.kind == "date" and c.info.get("relperiod") and c.info.get("unit") == "week" \
        and not c.info.get("fz_done")


def _combine_weekday_week(wd: Cand, week: Cand, start: int, end: int) -> Cand:
    """"Tuesday last week", "Friday of next week", "last week Friday": that weekday of
    that ISO week (one timex)."""
    day_no, part = wd.info["wd"], wd.info.get("part")

    def fn(ctx, c):
        r = week.fn(ctx, week)
        mm = re.fullmatch(r"(\d{4})-W(\d{2})", r.value) if r is not None else None
        if mm is None:
            return day_res(None, unresolved=f"XXXX-WXX-{day_no + 1}", part=part)
        d = date.fromisocalendar(int(mm[1]), int(mm[2]), day_no + 1)
        return day_res(d, part=part)
    info = dict(wd.info)
    info["rel"] = week.info.get("rel")
    return Cand(start, end, "day", fn, info=info)


def _combine(day: Cand, clock: Cand, start: int, end: int) -> Cand:
    ck = clock.info["clock"]

    def fn(ctx, c):
        r = day.fn(ctx, day)
        if r is None:
            return None
        if r.day is None:
            v = clock_res(None, ck).value
            base = r.value.split("T")[0]
            return Res("TIME", base + v[len("XXXX-XX-XX"):], ck["mod"])
        return clock_res(r.day, ck)
    info = dict(day.info)
    info["clocked"] = True
    return Cand(start, end, "day", fn, info=info)


def _combine_part(a: Cand, b: Cand) -> Cand:
    """"the early hours of" + "Monday" -> Monday TMO."""
    part = a.info["part"]

    def fn(ctx, c):
        r = b.fn(ctx, b)
        if r is None or r.day is None:
            return r
        if r.type == "TIME" and "T" in r.value:
            return r
        out = day_res(r.day, part=part)
        out.mod = a.info.get("mod")
        return out
    return Cand(a.start, b.end, "day", fn, info=dict(b.info))


def _combine_paren(a: Cand, b: Cand, end: int) -> Cand:
    """"today (20 October 2011)", "this morning (July 21)": one timex; the explicit date
    in brackets gives the day, the first part its time of day."""
    def fn(ctx, c):
        ra, rb = a.fn(ctx, a), b.fn(ctx, b)
        if rb is None or rb.day is None:
            return ra
        if ra is not None and ra.type == "TIME" and "T" in ra.value and rb.type == "DATE":
            return Res("TIME", f"{rb.day.isoformat()}T{ra.value.split('T', 1)[1]}", ra.mod,
                       day=rb.day)
        return rb
    info = dict(b.info)
    info["clocked"] = a.info.get("clocked") or b.info.get("clocked")
    return Cand(a.start, end, "day", fn, info=info)


def _dur_compatible(a: Cand, b: Cand) -> bool:
    da, db = a.info.get("dur"), b.info.get("dur")
    if not da or not db or da[0] is None or db[0] is None:
        return False
    ua = ("T" if da[2] else "") + da[1]
    ub = ("T" if db[2] else "") + db[1]
    order = ["Y", "M", "W", "D", "TH", "TM", "TS"]
    return ua in order and ub in order and order.index(ua) < order.index(ub)


def _combine_dur(a: Cand, b: Cand) -> Cand:
    (na, ua, ta), (nb, ub, tb) = a.info["dur"], b.info["dur"]

    def num(x):
        return str(int(x)) if x == int(x) else f"{x:g}"
    date_part = "".join(f"{num(n)}{u}" for n, u, t in ((na, ua, ta), (nb, ub, tb)) if not t)
    time_part = "".join(f"{num(n)}{u}" for n, u, t in ((na, ua, ta), (nb, ub, tb)) if t)
    val = "P" + date_part + ("T" + time_part if time_part else "")
    mod = a.info.get("qmod")
    return Cand(a.start, b.end, "dur", lambda ctx, c: Res("DURATION", val, mod),
                info={"dur": None})


# --- the entry point -------------------------------------------------------------------------

def find_candidates(text: str) -> list[Cand]:
    cands: list[Cand] = []
    for rx, handler, prio in RULES:
        for m in rx.finditer(text):
            out = handler(m, text)
            if out is None:
                continue
            for c in out if isinstance(out, list) else [out]:
                if c.end <= c.start:
                    continue
                if c.prio == 5:
                    c.prio = prio
                cands.append(c)
    return cands


def tag(text: str, anchor: str | None, *, tense: Callable[[int], str | None] | None = None,
        id_prefix: str = "t") -> list[Timex]:
    """Find and normalise the temporal expressions of ``text`` (see the package doc)."""
    if not text:
        return []
    adate, ahm = parse_anchor(anchor)
    chosen = select(find_candidates(text))
    chosen = attach_prefixes(text, chosen)
    chosen = merge(text, chosen)
    ctx = Ctx(adate, ahm, tense, ref=None, text=text,
              numeric_order=numeric_conventions(text) if "/" in text or "." in text else None)
    out: list[Timex] = []
    of_next: list[tuple[int, Cand]] = []  # "the week after <a date>": dated by that date
    last_end = -1
    compared_res = None  # the last period figures were compared with ("a year ago")
    for c in chosen:
        if c.start < last_end:
            continue
        r = c.fn(ctx, c)
        if r is None or not r.value:
            continue
        compared = YEAR_BACK_COMPARED.match(text[c.start:c.end].strip())
        if compared and compared_res is not None:
            r = compared_res  # "... a year ago ... a year earlier": the same year back
        if r.override:
            lo, hi = r.lo, r.hi
        else:
            lo, hi = bounds(r.type, r.value, r.mod, adate)
        # strip whitespace the regexes may have allowed at the edges
        s, e = c.start, c.end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        out.append(Timex(id=f"{id_prefix}:{s}-{e}", span=Span(s, e, text[s:e]), type=r.type,
                         value=r.value, mod=r.mod, earliest=fmt(lo), latest=fmt(hi)))
        if "of_next" in c.info:
            of_next.append((len(out) - 1, c))
        last_end = e
        bounding = _after_boundary(text, s)
        if compared and r.type == "DATE":
            compared_res = r
        elif r.type in ("DATE", "TIME") and not c.info.get("anaphoric") and not bounding:
            compared_res = None
        moves = not c.info.get("anaphoric") and not bounding and not compared
        # (the period figures are compared with is no time the story moves to)
        if moves and r.day is not None and r.type in ("DATE", "TIME"):
            ctx.ref = r.day
            ctx.ref_in_text = True
            ctx.coarse = None
            ctx.coarse_part = None
        elif moves and r.type == "DATE":
            mm = COARSE_VALUE.match(r.value) or PART_VALUE.match(r.value)
            if mm:
                ctx.coarse = (int(mm[1]), int(mm[2]) if mm[2] else None)
                ctx.coarse_part = r.value[5:] if PART_VALUE.match(r.value) else None
        if c.info.get("abs") and r.type in ("DATE", "TIME"):
            mm = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)", r.value)
            if mm:
                ctx.abs_ref = (int(mm[1]), int(mm[2]) if mm[2] else None,
                               int(mm[3]) if mm[3] else None, e)
    for k, c in of_next:
        out[k] = _dated_by_next(text, out, k, c, adate)
    return _joined_dates(text, out, adate, id_prefix)


# the period a figure is compared with, no time the story moves to: "a loss of $0.2
# billion, compared with a profit a year ago ... sales of $9 billion a year earlier" (the
# same year back, not two)
YEAR_BACK_COMPARED = re.compile(r"(?:a|one)\s+year\s+(?:ago|earlier|before)\Z|"
                                r"the\s+year\s+(?:before|earlier)\Z", re.I)
SAME_UNIT = re.compile(r"the\s+same\s+(?:month|quarter|week|day|season|period)\Z", re.I)
YEAR_BACK = re.compile(r"(?:last\s+year|a\s+year\s+(?:ago|earlier|before)|the\s+(?:previous|"
                       r"prior|preceding)\s+year|the\s+year\s+(?:before|earlier))\Z", re.I)


def _joined_value(text: str, t: Timex, nxt: Timex) -> str | None:
    """The value of a timex and the next one read as one date, or None:
    "the same month last year", "the same quarter a year earlier" (the month or quarter
    under discussion a year back); "the final three months of last year" (that year's
    fourth quarter); "April of last year" (that year's April)."""
    gap = text[t.span.end:nxt.span.start]
    if SAME_UNIT.match(t.span.text) and YEAR_BACK.match(nxt.span.text) and \
            not gap.strip() and re.match(r"\d{4}-(?:\d\d|Q[1-4]|W\d\d|SP|SU|FA|WI)",
                                         t.value or ""):
        return f"{int(t.value[:4]) - 1:04d}{t.value[4:]}"
    if not re.fullmatch(r"\s+of\s+", gap) or not re.fullmatch(r"\d{4}", nxt.value or ""):
        return None
    part = PART_OF_YEAR.match(t.span.text)
    if part:
        first = part["edge"].lower() == "first"
        quarter = part["n"].lower() in ("three", "3")
        return f"{nxt.value}-" + (("Q1" if first else "Q4") if quarter
                                  else ("H1" if first else "H2"))
    if re.fullmatch(r"\d{4}-\d\d", t.value or "") and MONTH_YEAR_OF.match(nxt.span.text):
        return f"{nxt.value}-{t.value[5:7]}"
    return None


def _joined_dates(text: str, out: list[Timex], adate, id_prefix: str) -> list[Timex]:
    """Timexes that name one date together joined (``_joined_value``), the others as
    they are."""
    res: list[Timex] = []
    k = 0
    while k < len(out):
        t = out[k]
        nxt = out[k + 1] if k + 1 < len(out) else None
        v = _joined_value(text, t, nxt) if nxt is not None else None
        if v is None:
            res.append(t)
            k += 1
            continue
        mod = t.mod if SAME_UNIT.match(t.span.text) else None
        lo, hi = bounds("DATE", v, mod, adate)
        s, e = t.span.start, nxt.span.end
        res.append(Timex(id=f"{id_prefix}:{s}-{e}", span=Span(s, e, text[s:e]), type="DATE",
                         value=v, mod=mod, earliest=fmt(lo), latest=fmt(hi)))
        k += 2
    return res


PART_OF_YEAR = re.compile(r"the\s+(?P<edge>first|last|final)\s+(?P<n>three|3|six|6)\s+"
                          r"months\Z", re.I)
MONTH_YEAR_OF = re.compile(r"(?:last|this|next|the\s+(?:previous|following|same|current|"
                           r"coming|past))\s+year\Z", re.I)


def _after_boundary(text: str, s: int) -> bool:
    """Does a boundary word ("since", "until") head the phrase of the timex at ``s``, also
    over an article ("since the September 11, 2001 attacks")?"""
    p = _norm_prev(prev_tok(text, s))
    if p in ("the", "a", "an"):
        j = s
        while j > 0 and text[j - 1] in " \t\u00a0":
            j -= 1
        p = _norm_prev(prev_tok(text, j - len(prev_tok(text, s))))
    return p in BOUNDARY_WORDS


def _dated_by_next(text: str, out: list[Timex], k: int, c: Cand, adate) -> Timex:
    """"the week after the September 11, 2001 attacks", "the day before the May 5
    election": the period next to the day-precise date that the signal's phrase names
    (the next timex, a few words on in the same sentence); else as resolved."""
    t = out[k]
    nxt = out[k + 1] if k + 1 < len(out) else None
    if nxt is None or nxt.type != "DATE" or nxt.earliest is None or \
            nxt.earliest != nxt.latest or nxt.span.start - t.span.end > 40 or \
            SENT_BREAK.search(text[t.span.end:nxt.span.start]):
        return t
    day = date.fromisoformat(nxt.earliest)
    v = period_value(day, c.info["unit"], c.info["of_next"])
    lo, hi = bounds("DATE", v, None, adate)
    return Timex(id=t.id, span=t.span, type="DATE", value=v, mod=t.mod,
                 earliest=fmt(lo), latest=fmt(hi))
