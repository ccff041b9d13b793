"""Resolution of partially specified dates against the publication day and the tense.

A bare weekday ("on Monday"), a month without a year ("in January"), a day of a month
without a year ("March 6"), a season or a holiday without a year, and a quarter without
a year are resolved here. The rule, for all of them:

- tense ``"past"``: the latest occurrence on or before the publication day (an
  occurrence that contains the publication day counts: "on Tuesday" in a past clause of
  an article published on a Tuesday is that Tuesday, "in March" in March is this March);
- tense ``"future"``: the earliest occurrence on or after the publication day (again the
  one containing it counts);
- ``"present"`` or ``None``: the nearest occurrence, ties going to the past (a weekday
  1-3 days ahead resolves forward, 4-6 days ahead backward; a month 1-5 months ahead
  forward, 6-11 backward; a day of a month to whichever of the two candidates is closer).

A day of a month within ``NEAR_DAYS`` of the publication day is the nearest occurrence
whatever the tense.
"""
from __future__ import annotations

from datetime import date, timedelta

from .intervals import SEASON_MONTHS, month_end, valid_date


def weekday(anchor: date, wd: int, tense: str | None) -> date:
    ahead = (wd - anchor.weekday()) % 7
    if ahead == 0:
        return anchor
    fwd, back = anchor + timedelta(days=ahead), anchor - timedelta(days=7 - ahead)
    if tense == "past":
        return back
    if tense == "future":
        return fwd
    if tense == "present":
        # a weekday in a present-tense clause is a schedule ("The show opens to the
        # public on Saturday", "the board meets on Thursday"), unless it was yesterday
        return fwd if ahead < 6 else back
    return fwd if ahead <= 3 else back


def weekday_rel(anchor: date, wd: int, rel: str) -> date:
    """"last Monday" (strictly before), "next Monday" (strictly after), "this Monday"
    (the Monday of the publication's ISO week)."""
    if rel == "last":
        back = (anchor.weekday() - wd) % 7 or 7
        return anchor - timedelta(days=back)
    if rel == "next":
        ahead = (wd - anchor.weekday()) % 7 or 7
        return anchor + timedelta(days=ahead)
    return anchor + timedelta(days=wd - anchor.weekday())


def month(anchor: date, m: int, tense: str | None) -> int:
    """The year of a month named without one."""
    y, am = anchor.year, anchor.month
    if m == am:
        return y
    if tense == "past":
        return y if m < am else y - 1
    if tense == "future":
        return y if m > am else y + 1
    ahead = (m - am) % 12
    return (y if m > am else y + 1) if ahead < 6 else (y if m < am else y - 1)


def _pick(anchor: date, cands: list[tuple[date, date, object]], tense: str | None):
    """Pick among candidate intervals (lo, hi, payload) by the tense rule."""
    if not cands:
        return None
    containing = [c for c in cands if c[0] <= anchor <= c[1]]
    if containing:
        return containing[0][2]
    past = [c for c in cands if c[1] < anchor]
    fut = [c for c in cands if c[0] > anchor]
    best_past = max(past, key=lambda c: c[1]) if past else None
    best_fut = min(fut, key=lambda c: c[0]) if fut else None
    if tense == "past" and best_past:
        return best_past[2]
    if tense == "future" and best_fut:
        return best_fut[2]
    if best_past and best_fut:
        dp, df = (anchor - best_past[1]).days, (best_fut[0] - anchor).days
        return best_fut[2] if df < dp else best_past[2]
    return (best_past or best_fut)[2]


def month_day(anchor: date, m: int, d: int, tense: str | None) -> date | None:
    cands = []
    for y in range(anchor.year - 4, anchor.year + 5):
        dd = valid_date(y, m, d)
        if dd:
            cands.append((dd, dd, dd))
    # keep only the nearest valid occurrence on each side (29 Feb is 4 years apart)
    near = min(cands, key=lambda c: abs((c[0] - anchor).days), default=None)
    if near is not None and abs((near[0] - anchor).days) <= NEAR_DAYS:
        return near[2]  # a day this close is that one, whatever the tense: the tense of
        # a clause is not always the time of a date in it ("had pushed for a deal ahead
        # of the election on September 27", published September 11)
    return _pick(anchor, cands, tense)


# a day of a month within this many days of the publication day is the nearest one
NEAR_DAYS = 31


def _season_spans(s: str, years) -> list[tuple[date, date, int]]:
    """(first day, last day, year) of season ``s`` in each year (winter YYYY runs from
    December YYYY to February YYYY+1)."""
    out = []
    for y in years:
        if s == "WI":
            out.append((date(y, 12, 1), month_end(y + 1, 2), y))
        else:
            a, b = SEASON_MONTHS[s]
            out.append((date(y, a, 1), month_end(y, b), y))
    return out


def season(anchor: date, s: str, tense: str | None) -> int:
    """The year of a season named without one (winter YYYY = Dec YYYY - Feb YYYY+1)."""
    return _pick(anchor, _season_spans(s, range(anchor.year - 2, anchor.year + 2)), tense)


def season_rel(anchor: date, s: str, rel: str) -> int:
    """"last summer" = the latest summer that ended before the publication day,
    "next summer" = the first that starts after it, "this summer" = the one containing
    it, else the one of the publication year (for winter: the winter that began in
    December of the previous year when published in January-February)."""
    cands = _season_spans(s, range(anchor.year - 2, anchor.year + 3))
    if rel == "last":
        return max((c for c in cands if c[1] < anchor), key=lambda c: c[1])[2]
    if rel == "next":
        return min((c for c in cands if c[0] > anchor), key=lambda c: c[0])[2]
    for lo, hi, y in cands:
        if lo <= anchor <= hi:
            return y
    if s == "WI" and anchor.month <= 2:
        return anchor.year - 1
    return anchor.year


def quarter(anchor: date, q: int, tense: str | None) -> int:
    """The year of a quarter named without one: the current quarter's, the one just
    ended (its results come out in the next quarter: "third-quarter sales would drop",
    written in October, are this year's), else by the tense as months are."""
    current = (anchor.month - 1) // 3 + 1
    if q == current:
        return anchor.year
    if q == current - 1 or (q == 4 and current == 1):
        return anchor.year if q < current else anchor.year - 1
    cands = []
    for y in range(anchor.year - 1, anchor.year + 2):
        cands.append((date(y, 3 * q - 2, 1), month_end(y, 3 * q), y))
    if tense is None or tense == "present":
        return anchor.year
    return _pick(anchor, cands, tense)


def holiday_date(name: str, y: int) -> date | None:
    """Fixed and movable holidays common in English-language news."""
    fixed = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
             "new year's day": (1, 1), "new year's eve": (12, 31), "halloween": (10, 31),
             "valentine's day": (2, 14), "boxing day": (12, 26),
             "independence day": (7, 4), "new year": (1, 1)}
    if name in fixed:
        return valid_date(y, *fixed[name])
    if name.startswith("easter") or name == "good friday":
        e = easter(y)
        return {"easter monday": e + timedelta(days=1),
                "good friday": e - timedelta(days=2)}.get(name, e)
    if name.startswith("thanksgiving"):  # fourth Thursday of November (US)
        first = date(y, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    if name in ("labor day", "labour day"):  # first Monday of September (US)
        first = date(y, 9, 1)
        return first + timedelta(days=(0 - first.weekday()) % 7)
    if name == "memorial day":  # last Monday of May (US)
        last = date(y, 5, 31)
        return last - timedelta(days=last.weekday())
    return None


def easter(y: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    mo = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(y, mo, day)


def holiday(anchor: date, name: str, tense: str | None) -> date | None:
    cands = []
    for y in range(anchor.year - 1, anchor.year + 2):
        d = holiday_date(name, y)
        if d:
            cands.append((d, d, d))
    return _pick(anchor, cands, tense)
