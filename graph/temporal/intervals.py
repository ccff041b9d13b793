"""Calendar arithmetic for the temporal engine: TIMEX3 values <-> day intervals.

Everything here is a pure function of its arguments. Dates are ``datetime.date``;
the public ``Timex`` fields carry them as ``YYYY-MM-DD`` strings. The interval
conventions (thirds for START/MID/END, ISO weeks, meteorological seasons, ...) are
documented in ``graph/temporal/__init__.py``.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

# --- basic helpers -------------------------------------------------------------------------


def month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    """(year, month) ``n`` months after (y, m); ``n`` may be negative."""
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def week_monday(y: int, w: int) -> date:
    return date.fromisocalendar(y, w, 1)


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def fmt(d: date | None) -> str | None:
    return d.isoformat() if d else None


def valid_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# --- US daylight saving (for ET/CT/MT/PT written without S/D) -------------------------------


def us_dst(d: date) -> bool:
    """True when US daylight saving time is in force on ``d`` (2007+ rules: second Sunday
    of March to first Sunday of November; 1987-2006: first Sunday of April to last Sunday
    of October)."""
    def nth_sunday(y, m, n):
        first = date(y, m, 1)
        return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))

    if d.year >= 2007:
        start, end = nth_sunday(d.year, 3, 2), nth_sunday(d.year, 11, 1)
    else:
        start = nth_sunday(d.year, 4, 1)
        last = month_end(d.year, 10)
        end = last - timedelta(days=(last.weekday() + 1) % 7)
    return start <= d < end


def eu_dst(d: date) -> bool:
    """True when EU summer time is in force (last Sunday of March to last Sunday of
    October)."""
    def last_sunday(y, m):
        last = month_end(y, m)
        return last - timedelta(days=(last.weekday() + 1) % 7)

    return last_sunday(d.year, 3) <= d < last_sunday(d.year, 10)


# --- value -> interval ---------------------------------------------------------------------

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

_DATE_RE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2}))?|W(?P<w>\d{2})(?:-(?P<wd>\d|WE))?"
    r"|Q(?P<q>[1-4])|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?(?:T.*)?$")


def value_interval(value: str) -> tuple[date, date] | None:
    """The first and last day a DATE/TIME value denotes, or None (vague, X-ed, durations,
    fiscal years, ...)."""
    if not value or "X" in value:
        return None
    if re.fullmatch(r"\d{3}", value):  # decade
        y = int(value) * 10
        return date(y, 1, 1), date(y + 9, 12, 31)
    if re.fullmatch(r"\d{2}", value):  # century
        y = int(value) * 100
        return date(y, 1, 1), date(y + 99, 12, 31)
    m = _DATE_RE.match(value)
    if not m:
        return None
    y = int(m["y"])
    if m["d"]:
        d = valid_date(y, int(m["m"]), int(m["d"]))
        return (d, d) if d else None
    if m["m"]:
        mo = int(m["m"])
        if not 1 <= mo <= 12:
            return None
        return date(y, mo, 1), month_end(y, mo)
    if m["w"]:
        try:
            mon = week_monday(y, int(m["w"]))
        except ValueError:
            return None
        if m["wd"] == "WE":
            return mon + timedelta(days=5), mon + timedelta(days=6)
        if m["wd"]:
            d = mon + timedelta(days=int(m["wd"]) - 1)
            return d, d
        return mon, mon + timedelta(days=6)
    if m["q"]:
        q = int(m["q"])
        return date(y, 3 * q - 2, 1), month_end(y, 3 * q)
    if m["h"]:
        h = int(m["h"])
        return date(y, 6 * h - 5, 1), month_end(y, 6 * h)
    if m["s"]:
        a, b = SEASON_MONTHS[m["s"]]
        if m["s"] == "WI":
            return date(y, 12, 1), month_end(y + 1, 2)
        return date(y, a, 1), month_end(y, b)
    return date(y, 1, 1), date(y, 12, 31)


def _thirds(lo: date, hi: date, mod: str, value: str) -> tuple[date, date]:
    """Part START/MID/END of [lo, hi] by the documented conventions."""
    if re.fullmatch(r"\d{4}", value):  # year: Jan-Apr, May-Aug, Sep-Dec
        y = lo.year
        return {"START": (date(y, 1, 1), date(y, 4, 30)),
                "MID": (date(y, 5, 1), date(y, 8, 31)),
                "END": (date(y, 9, 1), date(y, 12, 31))}[mod]
    if re.fullmatch(r"\d{4}-\d{2}", value):  # month: 1-10, 11-20, 21-end
        return {"START": (lo, lo.replace(day=10)),
                "MID": (lo.replace(day=11), lo.replace(day=20)),
                "END": (lo.replace(day=21), hi)}[mod]
    if re.fullmatch(r"\d{3}", value):  # decade: 0-3, 4-6, 7-9
        y = lo.year
        return {"START": (date(y, 1, 1), date(y + 3, 12, 31)),
                "MID": (date(y + 4, 1, 1), date(y + 6, 12, 31)),
                "END": (date(y + 7, 1, 1), date(y + 9, 12, 31))}[mod]
    if re.fullmatch(r"\d{2}", value):  # century: 00-33, 34-66, 67-99
        y = lo.year
        return {"START": (date(y, 1, 1), date(y + 33, 12, 31)),
                "MID": (date(y + 34, 1, 1), date(y + 66, 12, 31)),
                "END": (date(y + 67, 1, 1), date(y + 99, 12, 31))}[mod]
    n = (hi - lo).days + 1  # anything else: thirds by day count
    if n < 3:
        return lo, hi
    a = n // 3
    b = n - a
    return {"START": (lo, lo + timedelta(days=a - 1)),
            "MID": (lo + timedelta(days=a), lo + timedelta(days=b - 1)),
            "END": (lo + timedelta(days=b), hi)}[mod]


def bounds(ttype: str, value: str, mod: str | None,
           anchor: date | None) -> tuple[date | None, date | None]:
    """Earliest and latest day for a TIMEX3 (type, value, mod) against the anchor day."""
    if ttype in ("DURATION", "SET"):
        return None, None
    if value == "PRESENT_REF":
        return anchor, anchor
    if value == "PAST_REF":
        return None, anchor
    if value == "FUTURE_REF":
        return anchor, None
    iv = value_interval(value)
    if iv is None:
        return None, None
    lo, hi = iv
    if mod in ("START", "MID", "END"):
        return _thirds(lo, hi, mod, value)
    if mod in ("BEFORE", "AFTER") and re.search(r"T\d", value):
        # "shortly/just before 11:30 p.m.", "soon after 3 p.m.": near the clock time,
        # within its day (the tagger gives a clock time no other BEFORE/AFTER); shortly
        # after midnight (T24:00) is the next day
        if mod == "AFTER" and "T24" in value:
            return hi + timedelta(days=1), hi + timedelta(days=1)
        return lo, hi
    if mod == "BEFORE":
        return None, lo - timedelta(days=1)
    if mod == "ON_OR_BEFORE":
        return None, hi
    if mod == "AFTER":
        return hi + timedelta(days=1), None
    if mod == "ON_OR_AFTER":
        return lo, None
    return lo, hi  # APPROX and no mod: the value's own interval


# --- parsing the anchor --------------------------------------------------------------------


def parse_anchor(anchor: str | None) -> tuple[date | None, tuple[int, int] | None]:
    """``"2025-03-11"`` or ``"2025-03-11T15:48"`` -> (day, (hour, minute) or None).
    Anything unparseable gives (None, None): the engine then leaves relative expressions
    unresolved instead of failing."""
    if not anchor:
        return None, None
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?", anchor)
    if not m:
        return None, None
    d = valid_date(int(m[1]), int(m[2]), int(m[3]))
    if d is None:
        return None, None
    hm = (int(m[4]), int(m[5])) if m[4] and int(m[4]) < 24 and int(m[5]) < 60 else None
    return d, hm


def shift_clock(d: date, hour: int, minute: int, offset_minutes: int) -> tuple[date, int, int]:
    """Local (d, hour:minute) at UTC+offset -> the same instant in UTC."""
    dt = datetime(d.year, d.month, d.day, hour % 24, minute) + timedelta(days=hour // 24)
    dt -= timedelta(minutes=offset_minutes)
    return dt.date(), dt.hour, dt.minute
