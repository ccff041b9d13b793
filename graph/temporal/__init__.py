"""The temporal engine: rule-based TIMEX3 detection and normalisation for English news.

Pure Python (regular expressions and token rules over the text); the spaCy parse is
used only through the optional ``tense`` callback, which ``tense_lookup(doc)`` builds.
Deterministic, no network, no state between calls.

API
---
``tag(text, anchor, *, tense=None, id_prefix="t") -> list[Timex]``
    ``anchor`` is the publication date or date-time ("2025-03-11", "2025-03-11T15:48")
    or None. Returned timexes are sorted by start and never overlap; each
    ``span.text == text[span.start:span.end]``; ids are ``f"{id_prefix}:{start}-{end}"``.
``tense_lookup(doc) -> Callable[[int], str | None]``
    The tense of the clause governing a character offset ("past", "present",
    "future" or None), from a spaCy ``Doc`` of the same text.

Extent (what the span covers), following the TimeML practice of MEANTIME
--------------------------------------------------------------------------
- Prepositions are left out ("on Monday" -> "Monday", "in January" -> "January",
  "for three weeks" -> "three weeks"; "over the past decade" -> "the past decade": a
  quantity modifier before "the" is a preposition); determiners and pre-modifiers are
  kept ("the past six months", "last week", "late last year", "the 1990s", "early
  February").
- Quantity modifiers belong to the timex and set ``mod``: "about/around/some" APPROX,
  "nearly/almost/less than/under" LESS_THAN, "more than/over" MORE_THAN, "at least"
  EQUAL_OR_MORE, "up to/at most/no more than" EQUAL_OR_LESS.
- A possessive "'s" is left out ("Monday's meeting" -> "Monday").
- Compounds are one timex: "Thursday, May 2, 2013", "11 Mar. 2025, 15:48",
  "3 p.m. Monday", "about 11am on Friday" (TIME), "two hours and 30 minutes",
  "10:24 AM, MON 22 JUL 2013", "early morning on Sunday, February 1, 2009", "the night
  of June 5" (a part of day before "of"/"on" and a day), and a clock time with the same
  instant in brackets ("1052 GMT (1852 HKT), April 10, 2007", "4:30 a.m. local time
  (11.30 p.m. ET)").
- A weekday and a relative week are one timex, that weekday of that ISO week: "Tuesday
  last week", "Friday of next week", "last week Friday" (not across a comma or a
  possessive: "On Tuesday, last week's vote ..." is two).
- "the first/second/third/fourth/last week of March" is one DATE: the month's value,
  mod START for the first, END for the last, and the interval of those seven days
  (1-7, 8-14, 15-21, 22-28, the last seven); "the week of June 3" is the ISO week
  containing that day. "the early(-)morning hours" is the early-hours ``TMO``.
- A range of days in one month is two timexes, like a year range ("2009-2011" -> "2009",
  "2011"): "June 8-9" -> "June 8", "9"; "8-10 June" -> "8", "10 June"; the bare day takes
  the month and year of the other ("Sept. 14-16, 2012" -> "Sept. 14", "16, 2012").
- A signal after an anchored period is left out: "the day after he lost his job" ->
  "the day", "minutes after she was suspended" -> "minutes"; at the end of a clause it
  belongs to the timex ("the day before", "a few hours later").

Values
------
- DATE: ``2025-03-10``, ``2025-03``, ``2025``, ``2025-W10``, ``2025-W10-WE`` (weekend),
  ``2024-Q4``, ``2024-H2``, ``2024-SU`` (seasons SP/SU/FA/WI), ``199`` (the 1990s),
  ``19`` (the 20th century), ``FY2007``, ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``.
- TIME: ``2025-03-11T15:48``; parts of day ``2025-03-10TNI`` (MO, AF, EV, NI).
  A clock time with an explicit zone (GMT, UTC, BST, EDT, ET, PDT, IST, "GMT+8", ...)
  is converted to UTC and marked ``Z`` (``T18:00Z``), as MEANTIME and ESC annotate;
  without a zone it stays local (no zone is ever guessed from the source or place).
  ET/CT/MT/PT follow US daylight saving; BST is GMT outside EU summer time; "UK" /
  "UK time" (before a comma, a bracket or the line end: "7:00pm UK, Wednesday 05 May
  2010") is GMT or BST by the EU summer-time dates. Midnight is ``T24:00`` of its day.
  "5:55p" is 17:55. A local clock followed by its zoned equivalent in brackets takes the
  UTC time from the zoned one and the UTC day from the local day (the local zone being
  the offset in [-12h, +14h] that makes them one instant); of two zoned clocks, the
  first counts.
- Numeric dates: "2/3/2009" is month/day (US), "03.04.2010" day.month, unless a field is
  over 12. When both readings are valid ("11/09/2010"): (1) the order the same text
  uses unambiguously elsewhere with the same separator ("14/09/2013" -> day first);
  else (2) the reading within 31 days of the publication day, if only one is; else (3)
  the separator's default.
- DURATION: ``P3W``, ``P5Y``, ``PT2H``, ``PT30M`` (half an hour), ``P2.5Y``, ``PXY``
  (several/a few/many years), ``P2DT3H`` (compounds). Decades, centuries and millennia
  are written in years, as MEANTIME does: "the past decade" ``P10Y``, "two centuries"
  ``P200Y``, "decades" and "decades-long" ``PXY``. "a year and a half" ``P1.5Y``
  ("two hours and a half" ``PT150M``); "a year and a half ago" is 18 months back
  (a month value), "half a decade ago" five years back.
  "the past/last/next N units" and "the past week" are durations, as in TimeML.
- SET: ``P1W`` (weekly), ``P1D`` (daily, every day), ``XXXX-WXX-1`` (every Monday,
  on Mondays), ``XXXX-WXX-7TMO`` (on Sunday mornings), ``P2W`` (every other week, biweekly), ``P1Y`` (annually, a year after
  a sum of money, per annum).
- Without an anchor, relative expressions stay unresolved: ``XXXX-XX-XX``,
  ``XXXX-WXX``, ``XXXX-XX``, ``XXXX``, ``XXXX-WXX-1`` (Monday), ``XXXX-01`` (January),
  ``XXXX-03-06``, ``XXXX-XX-XXTMO``; their ``earliest``/``latest`` are None.

Resolution
----------
- Relative to the publication day: "today/yesterday/tomorrow/tonight", "this/last/next
  week|month|year|quarter|weekend|decade|century" (weeks are ISO weeks, so "last
  week" is the ISO week before the publication's), "N units ago" and "N units from
  now" (at the unit's granularity: "two days ago" a day, "two weeks ago" an ISO week,
  "three years ago" a year), "in N units" in a future clause.
- Relative to the reference day (the last day-precise date the text mentioned before,
  else the publication day): "the next/following/previous day" (also "the previous
  day's"), "the day before/after/following (X)", "that day", "the same day", "that
  week/year", "in the week before X" ("the week/day after/before" a phrase that names a
  day-precise date a few words on is next to that date: "the week after the September 11,
  2001 attacks" is ``2001-W38``), "N days later/earlier" (a DATE only when the text
  gave a date before, else a DURATION; for year-level ones a quarter, half or season
  counts as the year it names, and a year after "since/until" bounds a span and is no
  reference: "the lowest since 1950 ... a year earlier" is not 1949), "a few/N (< 24) hours later/earlier" (a TIME
  ``YYYY-MM-DDTXX:XX`` of the reference day, when the text gave a date before), "at the
  time" (not "at the time of"; PAST_REF when no date was given; a year or month named
  after the last full date is the time then: "in 1999 ... at the time" is 1999), "spend
  the night" (TNI), "the course of the day" (the reference day in a past clause, else the
  publication day), and a clock time on its own. "over/for/within/throughout the next
  day" and "for the week after X" are DURATIONs.
- A bare plural unit with "ago" is vague: "years/months/weeks/days/decades ago" ->
  ``PAST_REF``; "hours/minutes ago" -> the publication day. "the week/month/year/weekend
  before last" is the period two before the publication's ("the week before last" on
  2011-10-20 -> ``2011-W40``); "the night before last" is two days before, ``TNI``.
- "exactly two years ago" is the same calendar day two years before publication
  (``2010-09-10``); without "exactly", "two years ago" is the year (``2010``).
- A weekday, a month, a day of a month, a season, a holiday or a quarter without a year
  resolves by the tense of its clause (see ``graph/temporal/resolve.py`` and
  ``tense.py``: a date after "set/scheduled/penciled in for" or before "deadline" is
  ahead, whatever the clause's tense): past -> the
  latest occurrence on or before publication, future -> the earliest on or after it, an
  occurrence containing the publication day counting for both (a weekday equal to the
  publication's weekday is the publication day; a quarter without a year that is the
  publication's or the one just ended is that one whatever the tense, as its results
  come out in the next quarter: "third-quarter sales would drop" written in October is
  this year's); present or unknown -> the nearest
  occurrence, ties to the past (weekday 1-3 days ahead -> forward, 4-6 -> back; month
  1-5 months ahead -> forward, 6-11 -> back). "last Monday" is the latest Monday strictly
  before publication, "next Monday" the first strictly after, "this Monday" the Monday
  of the publication's ISO week; "last March" the latest March strictly before the
  publication month, "next March" the first strictly after, "this March" the
  publication year's.

Intervals (``earliest``/``latest``, ``YYYY-MM-DD``)
--------------------------------------------------
- The value's own interval: a day; a month; a year; ISO weeks Monday..Sunday and the
  weekend Saturday..Sunday; quarters (Q1 Jan-Mar ...) and halves (H1 Jan-Jun); seasons
  are meteorological, northern hemisphere: SP Mar-May, SU Jun-Aug, FA Sep-Nov, WI Dec of
  the value's year to the end of February of the next; decades ``199`` ->
  1990-01-01..1999-12-31; centuries ``19`` -> 1900-01-01..1999-12-31. TIME values give
  their day.
- mod START/MID/END ("early", "mid-", "late", "the beginning/middle/end of"): of a year
  the first, middle and last thirds Jan-Apr, May-Aug, Sep-Dec ("late last year" on
  2025-03-11 -> 2024, END, 2024-09-01..2024-12-31); of a month days 1-10, 11-20, 21-end
  ("early February" -> 2025-02, START, 2025-02-01..2025-02-10); of a decade years 0-3,
  4-6, 7-9; of a century 00-33, 34-66, 67-99; of anything else (a week, a quarter, a
  season, a day) thirds by day count (the first and last third get n//3 days, the
  middle the rest; a single day stays that day).
- "the first/second half of" a year gives ``YYYY-H1``/``H2``; of a month, START/END
  with days 1-15 / 16-end. "first-half"/"second-half" before what a company reports
  ("first-half profit", "second-half results") is the publication's half or the one just
  ended; a bare "the first half" is no time (a match's).
- "earlier this year|month|week" keeps the period's value, no mod, and runs from the
  period's start to the publication day; "later this ..." and "the rest of the ..."
  from the publication day to the period's end.
- mod BEFORE: latest = the day before the value's start, earliest None; ON_OR_BEFORE:
  latest = its end; AFTER: earliest = the day after its end; ON_OR_AFTER: earliest =
  its start. APPROX widens nothing: the interval is the value's own.
  A clock time with BEFORE/AFTER (the tagger gives them only for "shortly/just/soon
  before/after 3 p.m.") keeps its own day: "just before 11:30 p.m. on Saturday" is
  Saturday ("shortly after midnight" the next day).
- PRESENT_REF: anchor..anchor; PAST_REF: earliest None, latest anchor; FUTURE_REF:
  earliest anchor, latest None. DURATION and SET: None, None. Unresolved values (with
  X), fiscal years: None, None.

Not times
---------
"May" the name ("Theresa May": a bare May or March needs a temporal preposition or
modifier before it, or a day or year after it), "march"/"may"/"fall" in lower case,
"the fall of the regime", "Arab Spring", "Summer Olympics", "the Sunday Times",
"USA Today", "2,000 troops", "12,000", "2008 people", "Windows 2000", phone-number-like
digits, "2 GB", ages ("27-year-old", "in his 50s"). A bare "h:mm" near words of rounds,
referees, innings, quarters or laps is time elapsed in the contest, a DURATION ("the
referee stopped the fight at 2:56": PT2M56S), not a time of day.
"""
from __future__ import annotations

from .tagger import tag
from .tense import tense_lookup

__all__ = ["tag", "tense_lookup"]
