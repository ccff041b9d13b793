"""Word lists and regular-expression fragments of the temporal engine (English news).

Fragments are plain strings meant to be composed into larger patterns compiled with
``re.IGNORECASE``; capitalisation constraints (month and weekday names must be
capitalised, "may" is the modal verb) are checked by the rules in ``tagger.py``.
"""
from __future__ import annotations

import re

# Horizontal whitespace only: a timex never spans a line break.
S = r"[ \t\u00a0]+"
S0 = r"[ \t\u00a0]*"
COMMA = S0 + r"," + S0
OPT_COMMA = S0 + r",?" + S0

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
MONTH_FULL = ("january|february|march|april|may|june|july|august|september|october|"
              "november|december")
MONTH_ABBR = "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"


def month_rx(name: str) -> str:
    """A month name or abbreviation (optional dot) in group ``name``."""
    return rf"(?P<{name}>(?:{MONTH_FULL})(?![a-z])|(?:{MONTH_ABBR})(?![a-z])\.?)"


WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thur": 3, "thu": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
WEEKDAY_FULL = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
WEEKDAY_ANY = WEEKDAY_FULL + "|tues|tue|thurs|thur|thu|mon|wed|fri|sat|sun"

PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "overnight": "NI"}
PART_RX = "morning|afternoon|evening|night"

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_RX = "spring|summer|autumn|fall|winter"

ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
    "4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7,
    "eighth": 8, "8th": 8, "ninth": 9, "9th": 9, "tenth": 10, "10th": 10,
    "eleventh": 11, "11th": 11, "twelfth": 12, "12th": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
    "twenty first": 21, "final": 4, "last": 4,
}

# --- numbers -------------------------------------------------------------------------------

_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS: dict[str, float] = {w: i + 1 for i, w in enumerate(_UNITS)}
NUMBER_WORDS.update({w: i + 10 for i, w in enumerate(_TEENS)})
NUMBER_WORDS.update({w: (i + 2) * 10 for i, w in enumerate(_TENS)})
NUMBER_WORDS.update({"a": 1, "an": 1, "one": 1, "a hundred": 100, "one hundred": 100,
                     "hundred": 100, "a thousand": 1000, "thousand": 1000,
                     "a dozen": 12, "dozen": 12, "a couple of": 2, "a couple": 2,
                     "couple of": 2, "half a": 0.5, "half an": 0.5, "a half": 0.5,
                     "a single": 1, "a full": 1, "one full": 1})
VAGUE_QUANT = ("a few", "few", "several", "many", "some", "a number of", "a handful of",
               "dozens of", "hundreds of", "thousands of", "tens of", "numerous",
               "the few", "a few more", "countless")

NUMW = (rf"(?:(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(_UNITS)}))?|{'|'.join(_TEENS)}"
        rf"|{'|'.join(_UNITS)}|(?:a|one)\s+hundred|hundred|(?:a|one)\s+thousand|a\s+dozen)")
NUMD = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
NUM = rf"(?:{NUMD}|{NUMW})"
QUANT = (rf"(?:{NUM}(?:\s+and\s+a\s+half)?|a\s+couple(?:\s+of)?|couple\s+of|half\s+an?"
         rf"|an?\s+(?:single|full)|an?|a\s+few|few|several|many|some|a\s+number\s+of"
         rf"|a\s+handful\s+of|dozens\s+of|hundreds\s+of|thousands\s+of|tens\s+of|numerous)")


def parse_number(s: str) -> float | None:
    """'three' -> 3, 'twenty-five' -> 25, '1,000' -> 1000, '2.5' -> 2.5, 'a few' -> None
    (vague), 'two and a half' -> 2.5."""
    s = re.sub(r"\s+", " ", s.strip().lower())
    half = 0.0
    if s.endswith(" and a half"):
        s, half = s[: -len(" and a half")], 0.5
    if s in VAGUE_QUANT:
        return None
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", s):
        return float(s.replace(",", "")) + half
    if s in NUMBER_WORDS:
        return NUMBER_WORDS[s] + half
    parts = re.split(r"[- ]", s)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]] + half
    return None


# --- durations -----------------------------------------------------------------------------

# unit word -> (TIMEX3 unit letter, is it a time-of-day unit (PT...))
UNITS = {
    "second": ("S", True), "sec": ("S", True), "minute": ("M", True), "min": ("M", True),
    "hour": ("H", True), "hr": ("H", True), "day": ("D", False), "week": ("W", False),
    "fortnight": ("W", False), "month": ("M", False), "year": ("Y", False),
    "yr": ("Y", False), "decade": ("DE", False), "century": ("CE", False),
    "centurie": ("CE", False), "millennium": ("ML", False), "millennia": ("ML", False),
}
UNIT_RX = (r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?"
           r"|years?|yrs?|decades?|century|centuries|millennium|millennia)")


def unit_of(word: str) -> tuple[str, bool, int]:
    """'weeks' -> ('W', False, multiplier 1); 'fortnight' -> ('W', False, 2)."""
    w = word.lower()
    if w in ("centuries", "century"):
        return "CE", False, 1
    if w in ("millennium", "millennia"):
        return "ML", False, 1
    w = w[:-1] if w.endswith("s") and w[:-1] in UNITS else w
    u, t = UNITS[w]
    return u, t, 2 if w == "fortnight" else 1


# Modifiers of quantities, included in the timex extent, with their TIMEX3 mod.
QUANT_MODS = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "an estimated": "APPROX", "nearly": "LESS_THAN",
    "almost": "LESS_THAN", "close to": "LESS_THAN", "just under": "LESS_THAN",
    "under": "LESS_THAN", "less than": "LESS_THAN", "fewer than": "LESS_THAN",
    "more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN",
    "upwards of": "MORE_THAN", "at least": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "within": "EQUAL_OR_LESS",
}
QUANT_MOD_RX = ("(?:about|around|approximately|roughly|some|an\\s+estimated|nearly|almost"
                "|close\\s+to|just\\s+under|under|less\\s+than|fewer\\s+than|more\\s+than"
                "|just\\s+over|over|upwards\\s+of|at\\s+least|at\\s+most|up\\s+to"
                "|no\\s+more\\s+than)")

# --- time zones (minutes east of UTC); ET/CT/MT/PT follow US daylight saving ---------------

TZ_OFFSETS = {
    "GMT": 0, "UTC": 0, "Z": 0, "WET": 0, "BST": 60, "WEST": 60, "CET": 60, "CEST": 120,
    "EET": 120, "EEST": 180, "MSK": 180, "EST": -300, "EDT": -240, "CST": -360,
    "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420, "AKST": -540,
    "AKDT": -480, "HST": -600, "IST": 330, "JST": 540, "KST": 540, "HKT": 480,
    "SGT": 480, "AEST": 600, "AEDT": 660, "ACST": 570, "AWST": 480, "NZST": 720,
    "NZDT": 780, "PKT": 300, "WIB": 420, "SAST": 120, "EAT": 180, "GST": 240,
}
US_ZONES = {"ET": -300, "CT": -360, "MT": -420, "PT": -480}
# "UK" / "UK time" (a dateline's "7:00pm UK,") is UK civil time: GMT, or BST in EU summer
# time; it is taken as a zone only before a comma, a bracket or the end of the line.
TZ_RX = (r"(?:\(\s*)?(?P<tz>UK(?:[ \t]+time)?(?=[ \t]*(?:[,;)\n]|$))|(?:GMT|UTC)"
         r"(?:\s*[+-]\s*\d{1,2}(?:\s*:?\s*\d{2})?)?|"
         + "|".join(sorted((k for k in list(TZ_OFFSETS) + list(US_ZONES) if k not in
                            ("GMT", "UTC", "Z")), key=len, reverse=True))
         + r")(?![A-Za-z])(?:\s*\))?")

# --- context words -------------------------------------------------------------------------

# Words before a bare month, season or year that make it temporal.
TEMPORAL_PREPS = {
    "in", "since", "until", "till", "til", "by", "during", "through", "throughout", "from",
    "before", "after", "of", "early", "mid", "late", "last", "next", "this", "that",
    "between", "around", "circa", "c.", "ca.", "starting", "beginning", "ending", "past",
    "each", "every", "for", "into", "on", "to", "and", "or", "as", "at", "within",
}
DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "my", "your",
               "this", "that", "these", "those", "whose", "which", "whose"}

# Count nouns: "2008 people" is a number, not a year.
COUNT_NOUNS = {
    "people", "persons", "men", "women", "children", "kids", "troops", "soldiers",
    "police", "officers", "workers", "employees", "staff", "jobs", "students",
    "residents", "civilians", "deaths", "dead", "victims", "casualties", "cases",
    "votes", "seats", "members", "units", "vehicles", "cars", "homes", "houses",
    "times", "dollars", "euros", "pounds", "yen", "yuan", "rupees", "feet", "ft",
    "meters", "metres", "km", "kilometers", "kilometres", "miles", "tons", "tonnes",
    "acres", "pages", "words", "points", "yards", "rounds", "shares", "barrels",
    "tanks", "aircraft", "planes", "ships", "boats", "flights", "passengers", "cattle",
    "head", "items", "copies", "rooms", "beds", "patients", "gb", "mb", "kb", "mph",
    "kg", "lbs", "hectares", "refugees", "protesters", "prisoners", "fighters",
    "militants", "rebels", "signatures", "followers", "users", "customers", "visitors",
}
