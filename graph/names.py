"""Name mentions: repairs of the statistical NER's spans and types that need the sentence
or the whole article (pure functions on spaCy tokens; ``graph.extract`` applies them).

The small spaCy model decides each mention from a few words around it, so it splits the
same name's types across an article ("Ryanair" an organisation in the lead, a person
three sentences later), glues two names into one span ("San Jose - Cisco", "Lopez and
Carrasquillo", "Beatles' Apple Corps"), and ignores what the text says a name is
("electronics retailer Best Buy", "Seacom, the cable operator"). The rules here are
general English news conventions, each documented where it is defined:

- :func:`split_span`: a span is cut at an inner possessive ("Apple Computer's Mac OS X"
  -> "Apple Computer" + "Mac OS X"), at a spaced dash ("San Jose - Cisco"), and at "and"
  when both sides are names the article also uses alone ("Lopez and Carrasquillo");
  trailing function words are dropped ("Thompson in").
- :func:`described_as`: a name in apposition with, or premodified by, a common noun that
  says what it is ("retailer Best Buy", "Seacom, the operator", "Maurice Cheeks, the
  former player", "the operating system Mac OSX", "Lion, the new version of Mac OS X"),
  or given as an example of one ("other
  retailers, including ..."), is an organisation, a person or a product, whatever the
  model said; an age before or after a name ("63-year-old Madeline Kafoury", "Andrew
  Lopez, 20, faces") says it is a person's; so does a noun phrase set off by a comma
  right after the name where the parse misses the apposition ("According to MyBroadband,
  the largest IT website in South Africa").
- :func:`refers_to_as_it`: the subject of a verb whose clause says "its" ("Cybersmart
  posted on its website") is no person; nor is a name followed by ", who" (a person
  where the model saw a place: "Mo Cheeks, who is", :func:`followed_by_who`), nor where a
  verb of making words public puts them (:func:`published_on`: "announced on Twitter", a
  medium, an organisation).
- :func:`shape_label`: the name's own words: a natural feature or a route ("Mount Sefton",
  "Internationally Recognised Transit Corridor") is a place, and a street or a square
  ("Church Ave", "Rue de Castiglione", "Place Vendome") a facility, whatever the model
  said; an
  organisation word ("Douglas Aircraft",
  "Acme Inc") or a facility word ("Betty Ford Treatment Center") in what the model calls
  a person; a plural proper noun after "the" ("the Beatles", also when the tagger calls
  it a singular or a common noun and the model a person) is a group (organisation);
  the name of an event ("Worldwide Developers Conference 2010", "the Paris Air Show",
  "World War II") is no actor (``OTHER``); a one-word "person" shaped like a demonym
  before a plural noun of people ("Nuban refugees") is a people (``NORP``), and one right
  after "the" ("replacing the PowerBook") a thing.
- :func:`vessel_name`: a ship's name after a ship prefix ("INS Sukanya", "HMS Belfast",
  "Indian Naval Ship Sukanya") is a vessel, a thing (``OTHER``), in all its mentions
  ("Sukanya detected five boats"), unless the bare name is a country or a known place.
- :func:`acronym_definitions`: "United States Air Force (USAF)", "Sudan Armed Forces, or
  SAF": the acronym is the long name again; :func:`spells`: an undefined organisation
  acronym is the one name of the article whose capitalised words it spells ("NP",
  "Nonviolent Peaceforce").
- :func:`vote`: one type per name in an article: the described type when the text says
  it, else the type most of its mentions get, ties going to the first mention.
"""
from __future__ import annotations

import re
from collections import Counter

from graph.taxonomy import NAMED_EVENT_HEADS

# Nouns that, bare and definite ("the company", "the airline"), refer back to an
# organisation (``graph.extract``), and the nouns that make a name a media outlet.
COMPANY_NOUNS = frozenset("company firm corporation airline carrier manufacturer maker "
                          "airframer retailer automaker carmaker insurer lender bank "
                          "operator supplier developer publisher broadcaster".split())
MEDIA_NOUNS = frozenset(
    "blog newspaper paper outlet agency broadcaster channel website site magazine daily "
    "network station tabloid publication journal newswire portal".split())
# Words that make an organisation's name no company's: "the company" or "the automaker"
# is not "United Auto Workers", "the Securities and Exchange Commission" or "Congress".
NON_COMPANY_WORDS = frozenset(
    "union unions workers association federation council committee commission department "
    "ministry agency authority administration board court party university college "
    "institute congress senate parliament assembly government police army navy "
    "league nations foundation".split())


def company_name(name: str) -> bool:
    """Can this organisation be what "the company" refers back to (no union, agency,
    court, party or legislature by its name's words)?"""
    return not any(w.lower() in NON_COMPANY_WORDS for w in re.findall(r"[A-Za-z]+", name))


# Common nouns that say a name is an organisation, or a person ("retailer Best Buy",
# "the former Sixers player Maurice Cheeks"). Grammar of news, not names.
ORG_NOUNS = COMPANY_NOUNS | MEDIA_NOUNS | frozenset(
    "conglomerate chain supermarket provider weekly studio label band group club team "
    "franchise party union charity organisation organization association consortium "
    "subsidiary startup start-up brand service wire division marque giant confectioner "
    "tracker brewer distributor exporter importer miner refiner chipmaker drugmaker "
    "outfit".split())
# nouns that describe a company before its name and start no company's name ("Automaker
# Porsche said", "Retailer Best Buy posted"; not "Bank", "Union" or "Carrier")
DESCRIBING_COMPANY_NOUNS = frozenset(
    "automaker automakers carmaker carmakers retailer insurer manufacturer drugmaker "
    "chipmaker brewer miner conglomerate broadcaster publisher refiner confectioner "
    "airframer planemaker supermarket".split())
PERSON_NOUNS = frozenset(
    "player coach actor actress singer rapper star boxer champion fighter athlete "
    "striker goalkeeper quarterback pitcher spokesman spokeswoman spokesperson lawyer "
    "attorney judge prosecutor officer deputy sheriff detective president minister "
    "premier chancellor senator congressman congresswoman governor mayor chairman "
    "chairwoman ceo founder director executive manager analyst publicist agent "
    "inmate suspect prisoner victim man woman boy girl son daughter mother father "
    "husband wife brother sister widow teenager student teacher doctor nurse author "
    "writer journalist reporter editor columnist photographer artist musician "
    "guitarist drummer comedian model designer chef pilot soldier commander general "
    "colonel captain lieutenant sergeant king queen prince princess pope bishop "
    "priest rabbi imam climber mountaineer firefighter witness eyewitness leader chief "
    "coordinator official secretary adviser advisor envoy ambassador representative "
    "commissioner fugitive escapee gunman hostage".split())
# Last words that make a name a company's ("AirTran Airways"), an organisation's or a
# facility's, not a person's.
COMPANY_LAST_WORDS = frozenset(
    "Inc Inc. Corp Corp. Co Co. Ltd Ltd. LLC Plc PLC AG SA GmbH Group Company Companies "
    "Airlines Airways Aircraft Aviation Aerospace Motors Systems Industries Holdings "
    "Technologies Enterprises Entertainment Records Studios Pictures Media Networks "
    "Communications Telecom Bank Partners Associates Computer Computers "
    "Electronics Foods Motor Petroleum Pharmaceuticals Chemicals Steel Dairy Dairies Creamery "
    "Bakery Brewery Winery Distillery Farms".split())
# the last words of financial firms' names, which no person's name ends with (kept apart
# from the company words: "Barclays" is not short for "Barclays Capital")
FIRM_LAST_WORDS = frozenset("Investment Investments Securities Capital Management Advisors "
                            "Advisers Asset Assets Bancorp Financial".split())
ORG_LAST_WORDS = COMPANY_LAST_WORDS | frozenset(
    "Foundation Institute Association Agency Council Committee Commission Party Union "
    "Club University College School Academy".split())
FACILITY_LAST_WORDS = frozenset(
    "Center Centre Clinic Hospital Courthouse Stadium Arena Airport Prison Jail "
    "Penitentiary Mall Hotel Church Cathedral Mosque Temple Museum Theater Theatre "
    "Cemetery Warehouse Factory".split())
# Last (and first) words of the names of natural features and routes: "Internationally
# Recognised Transit Corridor", "Mount Sefton", "the Nuba Mountains"
GEO_LAST_WORDS = frozenset(
    "Corridor Strait Straits Valley River Mountains Peninsula Sea Ocean Bay Gulf Coast "
    "Desert Canyon Glacier Reef Plateau Basin Delta Creek Falls Hills Highlands".split())
GEO_FIRST_WORDS = frozenset("Mount Mt Mt. Lake Cape".split())
# Last and first words of the names of streets and squares ("Church Ave", "Sheikh Zayed
# Road", "State Route", "Syntagma Square", "Rue de Castiglione", "Place Vendome"); not
# words that are also common surnames ("Lane", "Close")
STREET_LAST_WORDS = frozenset("Street St. Road Rd Rd. Avenue Ave Ave. Boulevard Blvd Blvd. "
                              "Highway Route Square".split())
STREET_FIRST_WORDS = frozenset("Rue Via Calle Avenida Piazza Place Plaza".split())
# Heads of the names of waters and coasts written "<head> of <name>" ("the Gulf of Aden",
# "the Strait of Hormuz", "the Horn of Africa"): the whole is the place, not the name
# after "of" (a city, a country: "the Gulf of Guinea" is no country)
GEO_OF_HEADS = frozenset("Gulf Bay Sea Strait Straits Cape Horn Sound Firth Bight".split())
_DASHES = frozenset("- – — --".split())
_TRAIL_POS = frozenset("ADP DET CCONJ SCONJ PART PRON AUX VERB".split())


_LEGAL_WORD = re.compile(r"^(?:Inc|Corp|Co|Ltd|LLC|L\.L\.C|Plc|PLC|plc|AG|SA|S\.A|GmbH|NV|N\.V|"
                         r"BV|B\.V|LLP|LP|Pty|SpA|S\.p\.A|SE|AB|ASA|Oyj|KGaA|SAS)\.?$")


def join_trailing_of(mentions: list[tuple[list, str]]) -> list[tuple[list, str]]:
    """Mentions (tokens, label) of one Doc, in order, with an organisation the model cut
    after "of" completed by the capitalised words or the number that follow ("Group of" +
    "Seven" -> "Group of Seven", "Group of 20"), taking in a mention that starts there."""
    out: list[tuple[list, str]] = []
    skip_to = -1
    for toks, label in mentions:
        if toks[0].i < skip_to:
            continue
        if label == "ORG" and len(toks) > 1 and toks[-1].lower_ == "of":
            doc = toks[0].doc
            j = toks[-1].i + 1
            while j < len(doc) and (doc[j].is_title or doc[j].like_num) and \
                    not doc[j].is_sent_start and "\n" not in doc[j - 1].whitespace_:
                j += 1
            if j > toks[-1].i + 1:
                out.append((list(doc[toks[0].i:j]), "ORG"))
                skip_to = j
                continue
        out.append((toks, label))
    return out


def join_legal_form(mentions: list[tuple[list, str]]) -> list[tuple[list, str]]:
    """Mentions (tokens, label) of one Doc, in order, with a legal form the model tagged
    apart joined to the organisation before it ("Chrysler" + "LLC" -> "Chrysler LLC",
    also across a comma: "Nissan Motor Co., Ltd."): a legal form names no organisation
    of its own."""
    out: list[tuple[list, str]] = []
    for toks, label in mentions:
        if out and all(_LEGAL_WORD.match(t.text) for t in toks) and \
                out[-1][1] in ("ORG", "PERSON"):
            prev = out[-1][0]
            doc = toks[0].doc
            gap = doc[prev[-1].i + 1:toks[0].i]
            if all(t.text == "," for t in gap) and len(gap) <= 1 and out[-1][1] == "ORG" or \
                    len(gap) <= 3 and all(t.pos_ == "PROPN" and t.text[:1].isupper() and
                                          t.is_alpha for t in gap):
                # (also a company named after its founder, the words between untagged:
                # "Bernard L. Madoff Investment" + "Securities" + "LLC")
                out[-1] = (list(doc[prev[0].i:toks[-1].i + 1]), "ORG")
                continue
        out.append((toks, label))
    return out


def join_geo_of(mentions: list[tuple[list, str]]) -> list[tuple[list, str]]:
    """Mentions (tokens, label) of one Doc, in order, with each "<head> of <place>" joined
    into one place (LOC): "Gulf" + "Aden" -> "Gulf of Aden", also where the head is in no
    mention ("Sea of Japan") or the name after "of" is in none ("Gulf" + "of Mexico"; a
    date after it is not part of it: "the Gulf of Aden Thursday").
    The gazetteer knows "Gulf" (a province) and "Aden" (a city), and its ruler cut the
    model's "the Gulf of Aden" into those two."""
    ends = {toks[-1].i: k for k, (toks, _) in enumerate(mentions)}
    drop, added = set(), []
    for k, (toks, label) in enumerate(mentions):
        first = toks[0]
        if label not in ("GPE", "LOC") or first.i < 2:
            continue
        doc = first.doc
        of, head = doc[first.i - 1], doc[first.i - 2]
        if of.text != "of" or head.text not in GEO_OF_HEADS or \
                head.whitespace_ == "" or of.whitespace_ == "":
            continue
        j = ends.get(head.i)
        if j is not None and len(mentions[j][0]) > 1:
            continue  # "... Bay" as the end of a longer name: leave it
        if j is None and of.i in ends and mentions[ends[of.i]][0][0].i == head.i:
            j = ends[of.i]  # the model's "the Bay of" + "Biscay"
        start = head.i if j is None else mentions[j][0][0].i
        drop |= {k} | ({j} if j is not None else set())
        added.append((list(doc[start:toks[-1].i + 1]), "LOC"))
    # a head the model left alone before a name it missed ("Gulf" + "of Mexico")
    starts = {toks[0].i for toks, _ in mentions}
    for k, (toks, label) in enumerate(mentions):
        head = toks[-1]
        doc = head.doc
        if k in drop or len(toks) != 1 or head.text not in GEO_OF_HEADS or \
                head.i + 2 >= len(doc) or doc[head.i + 1].text != "of":
            continue
        end = head.i + 2
        while end < len(doc) and end not in starts and doc[end].pos_ == "PROPN" and \
                doc[end].text[:1].isupper() and doc[end].ent_type_ not in ("DATE", "TIME"):
            end += 1  # (not a date after the name: "the Gulf of Aden Thursday")
        if end > head.i + 2:
            drop.add(k)
            added.append((list(doc[head.i:end]), "LOC"))
    if not added:
        return mentions
    out = [m for k, m in enumerate(mentions) if k not in drop] + added
    return sorted(out, key=lambda m: (m[0][0].i, m[0][-1].i))


# Words that make the capitalised word before them a portfolio, not an organisation
# ("Defence Minister", "Foreign Secretary")
PORTFOLIO_HEADS = frozenset("Minister Ministers Secretary Secretaries".split())


def join_split_name(mentions: list[tuple[list, str]], known) -> list[tuple[list, str]]:
    """Mentions (tokens, label) of one Doc, in order, with two one-word proper nouns that
    the model cut into two names, neither a place, country or demonym that ``known(text)``
    knows, joined into one person ("Oleksandr" ORG + "Syrskyi" GPE -> "Oleksandr Syrskyi"
    PERSON, when the second is a person's or a name the gazetteer does not know); and a
    one-word "organisation" before "Minister" or "Secretary" dropped ("Defence Minister
    Sergei Shoigu": a portfolio)."""
    out: list[tuple[list, str]] = []
    k = 0
    while k < len(mentions):
        toks, label = mentions[k]
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        last = toks[-1]
        after = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
        if label == "ORG" and len(toks) == 1 and after is not None and \
                after.text in PORTFOLIO_HEADS:
            k += 1
            continue
        if nxt is not None and len(toks) == 1 and len(nxt[0]) == 1 and \
                nxt[0][0].i == last.i + 1 and last.whitespace_ == " " and \
                label in ("ORG", "GPE", "NORP", "PERSON") and nxt[1] in ("PERSON", "GPE") and \
                all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.text[1:].islower()
                    and not known(t.text) for t in (last, nxt[0][0])):
            out.append((toks + nxt[0], "PERSON"))
            k += 2
            continue
        out.append((toks, label))
        k += 1
    return out


def _is_name_word(t) -> bool:
    return t.text[:1].isupper() or t.text[:1].isdigit()


# Titles that head a person's name in running text ("Spokeswoman Sandy Angers", "Deputy
# Luis Ortiz"); not words that also begin organisation names ("General Motors")
TITLE_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson lawyer attorney judge prosecutor officer deputy "
    "sheriff detective president minister premier chancellor senator congressman "
    "congresswoman governor mayor chairman chairwoman ceo founder analyst publicist coach "
    "commander colonel captain lieutenant sergeant inmate suspect".split())


# words that open a person's title before the name ("chief executive Rick Wagoner")
TITLE_OPENERS = TITLE_NOUNS | frozenset("chief executive vice senior director head general "
                                       "managing ceo".split())


def strip_trailing_title(mentions: list[tuple[list, str]]) -> list[tuple[list, str]]:
    """Mentions (tokens, label) of one Doc with the start of a person's title cut off the
    end of an organisation's name ("Apple Inc Chief" + "Executive Steve Jobs" -> "Apple
    Inc"): only where the title goes on after the span ("Executive", "Officer") or a
    person's name follows."""
    out = []
    for toks, label in mentions:
        if label == "ORG" and len(toks) > 1:
            doc = toks[0].doc
            nxt = doc[toks[-1].i + 1] if toks[-1].i + 1 < len(doc) else None
            k = len(toks)
            while k > 1 and (toks[k - 1].lower_.rstrip(".") in TITLE_OPENERS and
                             toks[k - 1].text[:1].isupper() or k < len(toks) and (
                                 toks[k - 1].text == "-" or toks[k - 1].lower_ == "co"
                                 and toks[k].text == "-")):
                k -= 1  # (and the "Co-" of "Co-Founder")
            if k < len(toks) and nxt is not None and (
                    nxt.is_title and nxt.lower_ in TITLE_OPENERS or nxt.ent_type_ == "PERSON"):
                toks = toks[:k]
        out.append((toks, label))
    return out


def strip_title(toks: list) -> list:
    """A person's name without the title the model took into its span ("Spokeswoman Sandy
    Angers" -> "Sandy Angers"); the same list when there is none. The rest must be proper
    nouns that are no organisation's ("Detective Bureau" keeps its title word)."""
    if len(toks) < 2 or toks[0].lower_.replace(".", "") not in TITLE_NOUNS or \
            not toks[0].text[:1].isupper() or toks[1].tag_ == "POS":
        return toks
    rest = toks[1:]
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in rest) or \
            rest[-1].text in ORG_LAST_WORDS or rest[-1].text in COMPANY_LAST_WORDS or \
            rest[-1].text in FACILITY_LAST_WORDS or _kind(rest[-1].text):
        return toks
    return rest


def trim(toks: list) -> list:
    """Drop lower-case function words and punctuation the model glued to the end of a name
    ("Thompson in Berne" tagged as "Thompson in", "Chris Webber - -")."""
    while len(toks) > 1 and (toks[-1].text.islower() and toks[-1].pos_ in _TRAIL_POS
                             or toks[-1].is_punct and toks[-1].text not in ".)"):
        toks = toks[:-1]
    return toks


def split_span(toks: list, alone: set[str], owners=lambda text: False) -> list[list]:
    """The names inside one model span (see the module docstring). ``alone`` is the set of
    words the article uses as (the start or end of) a name outside this span;
    ``owners(text)`` says whether the text before an inner possessive is a name of its own
    (a country, or a name the article also uses alone): "Apple Computer's Mac OS X" is
    split, "the Sheriff's Department" and "Sudan People's Liberation Army" are not."""
    toks = trim(toks)
    for i, t in enumerate(toks[1:-1], start=1):
        if t.tag_ == "POS" and owners(" ".join(x.text for x in toks[:i])):
            return [trim(toks[:i])] + split_span(toks[i + 1:], alone, owners)
        if t.text in _DASHES and t.whitespace_ and t.i > 0 and t.doc[t.i - 1].whitespace_ \
                and (owners(" ".join(x.text for x in toks[:i]))
                     or owners(" ".join(x.text for x in toks[i + 1:]))):
            return split_span(toks[:i], alone, owners) + split_span(toks[i + 1:], alone, owners)
        if t.lower_ == "and" and t.text == "and" and toks[i - 1].text in alone \
                and toks[i + 1].text in alone and _is_name_word(toks[i + 1]):
            return split_span(toks[:i], alone, owners) + split_span(toks[i + 1:], alone, owners)
    return [toks]


# Common nouns that say a name is a thing (a product), not an actor ("the operating
# system Mac OSX", "the smartphone iPhone").
PRODUCT_NOUNS = frozenset(
    "smartphone phone handset tablet laptop notebook computer desktop console player "
    "device gadget software browser app application system aircraft airliner jet plane "
    "car vehicle model drug vaccine ship warship vessel frigate destroyer submarine "
    "tanker freighter ferry yacht cruiser version release edition update upgrade".split())
# Prefixes of ships' names ("INS Sukanya", "HMS Belfast", "USS Cole"): the name is a
# vessel, a thing
SHIP_PREFIXES = frozenset("INS HMS USS USNS USCGC HMAS HMCS HMNZS RFS RMS SS MV".split())


def vessel_name(toks) -> str | None:
    """The name of a ship that the mention names, without its prefix, or None: "INS
    Sukanya" and "Indian Naval Ship Sukanya" (the prefix inside the span or right before
    it) -> "Sukanya"."""
    words = [t.text for t in toks]
    for k, w in enumerate(words[:-1]):
        if w in SHIP_PREFIXES or w == "Ship" and k > 0:
            return " ".join(words[k + 1:])
    first = toks[0]
    if first.i > 0 and first.doc[first.i - 1].text in SHIP_PREFIXES:
        return " ".join(words)
    return None


def _kind(word: str) -> str | None:
    w = word.lower().replace(".", "")
    for form in (w, w[:-1] if w.endswith("s") else None, w[:-2] if w.endswith("es") else None):
        if form in ORG_NOUNS:
            return "ORG"
        if form in PERSON_NOUNS:
            return "PERSON"
    if w in PRODUCT_NOUNS:
        return "OTHER"
    return None


# Abbreviations that English uses as common nouns (offences, job titles, things), never
# as the name of an organisation: "on suspicion of DUI", "a DUI arrest", "the iPhone SDK",
# "a GPS", "DNA evidence". Other acronyms are names unless the article itself uses them as
# common nouns ("a prior XYZ", see ``graph.extract``).
COMMON_ACRONYMS = frozenset(
    "DUI DWI OWI OUI DUII CEO CFO COO CTO CIO MVP GPS DNA SUV ATM HIV AIDS PTSD ADHD MRI "
    "ICU CPR EMT DVD CD PC TV HDTV IQ GDP VAT IPO PIN SMS MMS LED LCD UFO IED RPG SDK API "
    "USB OS HD AI VR PDF URL WMD MP3 OK Q&A FAQ MIA".split())


def is_common_acronym(word: str) -> bool:
    """Is the word one of ``COMMON_ACRONYMS``, or its plural ("CEOs", "SUVs")?"""
    return word in COMMON_ACRONYMS or (word.endswith("s") and word[:-1] in COMMON_ACRONYMS)


def common_noun(text: str) -> bool:
    """Is the text one of the describing nouns ("Sheriff", "C.E.O.", "airline")?"""
    return " " not in text.strip() and _kind(text.strip()) is not None


def described_as(toks) -> str | None:
    """"ORG", "PERSON" or "OTHER" (a product) when a common noun next to the name says what
    it is: the noun
    right before the name and attached to it ("electronics retailer Best Buy", "company
    CEO Steve Jobs": the nearest noun counts), the noun the name is in apposition to ("the
    airline, Ryanair"), or an apposition of the name ("Seacom, the cable operator";
    "Maurice Cheeks, the popular former Sixers player"; "the operating system Mac OSX"), or
    the noun the name is an example of ("other retailers, including Best Buy"). A noun
    after the name ("Boeing spokesman") or governing it through "of" ("the president of
    Ryanair") does not count."""
    ids = {t.i for t in toks}
    head = next((t for t in toks if t.head.i not in ids or t.head.i == t.i), toks[-1])
    first = toks[0]
    doc = first.doc
    if first.i >= 1 and head.dep_ not in ("compound", "amod", "nmod") and \
            _AGE.match("".join(t.text for t in doc[max(0, first.i - 5):first.i])):
        return "PERSON"  # "63-year-old Madeline Kafoury": an age before the name (not
        # before a place of origin, "a 57-year-old Wasilla woman")
    last = toks[-1].i
    if last + 3 < len(doc) and doc[last + 1].text == "," and doc[last + 2].like_num and \
            doc[last + 2].text.isdigit() and 0 < int(doc[last + 2].text) < 120 and \
            doc[last + 3].text == "," and (len(toks) > 1 or toks[0].text.istitle() and not (
                last + 4 < len(doc) and doc[last + 4].like_num)):
        return "PERSON"  # "Andrew Lopez, 20, faces": an age after the name (also after
        # one capitalised word, "the shootings of Riva, 47, and Steinberg, 48"; not in a
        # list of numbers)
    if first.i > 0:
        prev = first.doc[first.i - 1]
        if prev.pos_ in ("NOUN", "PROPN") and (prev.head.i in ids or (
                prev.dep_ == head.dep_ and prev.head.i == head.head.i != head.i)) and \
                (prev.text.islower() or prev.text.replace(".", "").isupper() or
                 prev.is_sent_start and prev.lower_ in DESCRIBING_COMPANY_NOUNS):
            kind = _kind(prev.text)
            if kind:
                return kind
    if head.dep_ == "appos" and head.head.i != head.i and head.head.pos_ == "NOUN":
        kind = _kind(head.head.text)
        if kind:
            return kind
    # "other retailers, including Best Buy and Radio Shack": examples of a kind
    x = head
    while x.dep_ == "conj" and x.head.i != x.i:
        x = x.head
    if x.dep_ == "pobj" and x.head.lower_ in ("including", "like", "as") and \
            x.head.head.pos_ == "NOUN" and (x.head.lower_ != "as" or any(
                c.lower_ == "such" for c in x.head.head.children) or
                x.head.i > 0 and x.doc[x.head.i - 1].lower_ == "such"):
        kind = _kind(x.head.head.text)
        if kind in ("ORG", "PERSON"):
            return kind
    for c in head.children:
        if c.dep_ == "appos" and (c.pos_ == "NOUN" or c.pos_ == "PROPN" and
                                  c.lower_ in PERSON_NOUNS):
            kind = _kind(c.text)  # ("Tiffany Ornelas, NP's Yida Team Leader")
            if kind:
                return kind
    return _apposed_after_comma(toks)


_APPOS_NP_POS = frozenset("ADJ NOUN PROPN NUM ADV PART".split())


def _apposed_after_comma(toks) -> str | None:
    """The kind of a definite or indefinite noun phrase set off by a comma right after
    the name, read from the words when the parse misses the apposition ("According to
    MyBroadband, the largest IT website in South Africa, ..."): its head is its last
    noun before a preposition, a comma or a clause; a phrase that is the subject of a
    verb ("..., the company said") is no apposition."""
    doc = toks[0].doc
    i = toks[-1].i + 1
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("the", "a", "an"):
        return None
    j = i + 2
    noun = None
    while j < len(doc) and j - i < 8 and doc[j].pos_ in _APPOS_NP_POS and \
            not (doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and
                 not doc[j].text.isupper()):
        if doc[j].pos_ == "NOUN":
            noun = doc[j]
        j += 1
    if noun is None or noun.i != j - 1 or j < len(doc) and doc[j].pos_ in ("VERB", "AUX"):
        return None
    return _kind(noun.text)


_CLAUSE_DEPS = frozenset("ccomp xcomp advcl relcl acl parataxis conj csubj pcomp".split())


def refers_to_as_it(toks) -> bool:
    """Is the name the subject of a verb whose own clause refers back to it with "its"
    ("Cybersmart posted on its website that ...", "X said in its statement")? English
    calls no person "it": the name is an organisation's (or a thing's). A clause of its
    own with another subject inside the verb's phrase ("X said the firm cut its prices")
    is not the name's."""
    ids = {t.i for t in toks}
    head = next((t for t in toks if t.head.i not in ids or t.head.i == t.i), toks[-1])
    if head.dep_ != "nsubj" or head.head.i == head.i:
        return False
    verb = head.head
    for t in verb.subtree:
        if t.lower_ != "its" or t.dep_ != "poss" or t.i < head.i:
            continue
        x = t.head
        while x.i != verb.i:
            if x.dep_ in _CLAUSE_DEPS:
                break
            x = x.head
        else:
            return True
    return False


def followed_by_who(toks) -> bool:
    """Is the name followed by a relative clause with "who" ("replacing him with Mo Cheeks,
    who is")? English says "who" of people (and of groups, "the Sixers, who"), never of
    places."""
    doc = toks[0].doc
    i = toks[-1].i
    return i + 2 < len(doc) and doc[i + 1].text == "," and doc[i + 2].lower_ == "who"


# Verbs of making words public whose "on" names where they appear ("announced on
# Twitter", "pinup shots of her circulated on Twitter", "posted on Facebook"), not what
# they are about (unlike "report on", "comment on")
PUBLISHING_VERBS = frozenset("post announce circulate publish share appear air broadcast "
                             "tweet upload say write".split())


def published_on(toks) -> bool:
    """Is the name where a verb of making words public puts them ("Seacom announced on
    Twitter")? Then it is a medium (an organisation), not a person."""
    ids = {t.i for t in toks}
    head = next((t for t in toks if t.head.i not in ids or t.head.i == t.i), toks[-1])
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ == "on" and prep.dep_ == "prep" and \
        prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in PUBLISHING_VERBS


def is_title_of(toks) -> bool:
    """Is this "name" a person's title in apposition to her name, ending with a noun of
    persons ("Tiffany Ornelas, NP's Yida Team Leader, reported")? Then it is no name."""
    last = toks[-1]
    if last.lower_ not in PERSON_NOUNS or last.dep_ != "appos":
        return False
    owner = last.head
    return owner.ent_type_ in ("PERSON", "ORG") and owner.pos_ == "PROPN" and \
        owner.i < toks[0].i


ROMAN_NUMERAL = re.compile(r"^[IVX]+$")  # "World War II"
# plural nouns of groups of people a demonym describes ("Nuban refugees", "Darfuri rebels")
GROUP_NOUNS = frozenset("refugees troops soldiers forces villagers rebels fighters militants "
                        "migrants civilians tribesmen people women men children workers "
                        "pilgrims protesters residents families".split())
_DEMONYM_END = re.compile(r"(?:an|ian|ese|i|ish|ic)$")
_AGE = re.compile(r".*\b\d{1,3}-year-old$")


def shape_label(toks, label: str) -> str:
    """The label a name's own words give it (see the module docstring), else ``label``."""
    last = toks[-1].text
    words = [t for t in toks if not (t.like_num or ROMAN_NUMERAL.match(t.text))]
    if label in ("ORG", "PERSON", "FAC", "OTHER") and len(words) > 1 and \
            words[-1].lower_ in NAMED_EVENT_HEADS and words[-1].text[:1].isupper() and \
            not any(t.lower_ in ("of", "for", "on") for t in toks):
        return "OTHER"  # "the Paris Air Show", "World War II": an event, no actor
    if label in ("PERSON", "ORG", "OTHER") and len(toks) > 1 and (
            last in GEO_LAST_WORDS or toks[0].text in GEO_FIRST_WORDS and
            last not in ORG_LAST_WORDS and last not in FACILITY_LAST_WORDS):
        return "LOC"  # a natural feature or a route: "Mount Sefton", "Transit Corridor"
    if label in ("PERSON", "ORG", "OTHER", "NORP") and len(toks) > 1 and (
            last in STREET_LAST_WORDS or toks[0].text in STREET_FIRST_WORDS):
        return "FAC"  # a street or a square: "Snyder Ave", "Rue de Castiglione"
    if label == "PERSON":
        if last in FACILITY_LAST_WORDS:
            return "FAC"
        if last in ORG_LAST_WORDS or last in FIRM_LAST_WORDS and len(toks) > 1:
            return "ORG"  # (also a firm named after its founder: "Bernard L. Madoff
            # Investment Securities")
    if label in ("PERSON", "OTHER", "NORP") and len(toks) == 1 and (
            toks[0].tag_ == "NNPS" or label == "PERSON" and toks[0].text[:1].isupper() and
            toks[0].text[1:].islower() and toks[0].text.endswith("s") and
            not toks[0].text.endswith("ss")):
        first = toks[0]
        before = first.doc[first.i - 1] if first.i > 0 else None
        if before is not None and before.lower_ == "the":
            return "ORG"  # "the Beatles", "the Sixers": a band, a team
    if label == "PERSON" and len(toks) == 1 and toks[0].dep_ in ("amod", "compound") and \
            toks[0].head.tag_ == "NNS" and toks[0].head.lower_ in GROUP_NOUNS and \
            _DEMONYM_END.search(toks[0].text):
        return "NORP"  # "Nuban refugees": a people, whatever the model said
    if label == "PERSON" and len(toks) == 1 and toks[0].i > 0 and \
            toks[0].doc[toks[0].i - 1].lower_ == "the" and \
            toks[0].dep_ not in ("compound", "amod", "nmod", "poss") and \
            toks[0].tag_ != "NNPS" and not toks[0].text.isupper():
        return "OTHER"  # "replacing the PowerBook", "named the Worldliner": English puts
        # no article before a person's bare name ("the Kennedy family" is a modifier)
    return label


_LEGAL_FORM = re.compile(r",?\s+(?:Inc|Corp|Co|Ltd|LLC|L\.L\.C|Plc|PLC|plc|AG|SA|S\.A|"
                         r"GmbH|NV|N\.V|BV|B\.V|LLP|LP|Pty|SpA|S\.p\.A|Corporation|Company|"
                         r"Incorporated|Limited|SE|AB|ASA|Oyj|KGaA|SAS|S\.A\.S)\.?$")


def canonical_org(name: str) -> str:
    """An organisation's name without its legal forms ("Apple Inc." -> "Apple", "EADS N.V."
    -> "EADS", "Nissan Motor Co., Ltd." -> "Nissan Motor"), so that the articles that
    write them and those that do not name one actor."""
    short = name
    while True:
        nxt = re.sub(r"(?:\s+and|\s*&)$", "", _LEGAL_FORM.sub("", short).strip()).strip()
        if nxt == short or not any(c.isalpha() for c in nxt):
            break
        short = nxt
    return short if short and short != name and any(c.isalpha() for c in short) else name


_ACRO = re.compile(r"^[A-Z][A-Z&]{1,7}s?$")


def _initials_match(acro: str, words: list[str]) -> bool:
    """Do the letters of ``acro`` appear, in order, as initials (or inner capitals) of the
    capitalised words, starting with the first word's initial?"""
    acro = acro.rstrip("s").replace("&", "")
    caps = [w for w in words if w[:1].isupper()]
    if not caps or not acro or caps[0][0] != acro[0]:
        return False
    letters = "".join(c for w in caps for c in w if c.isupper())
    it = iter(letters)
    return all(ch in it for ch in acro)


def spells(acro: str, name: str) -> bool:
    """Are the letters of ``acro`` exactly the initials of the capitalised words of
    ``name`` ("UN", "United Nations"; "NP", "Nonviolent Peaceforce"; not "AP", "Apple"),
    its legal form left out or not ("GM", "General Motors Corp.")?"""
    for n in dict.fromkeys((name, canonical_org(name))):
        caps = [w for w in n.split() if w[:1].isupper()]
        if len(caps) >= 2 and "".join(w[0] for w in caps) == acro:
            return True
    return False


def acronym_definitions(doc) -> list[tuple[int, int, int]]:
    """(acronym token index, long name start, long name end) for each definition in the
    doc: "Long Name (ACR)" or "Long Name, or ACR,". The long name is the run of words
    before the bracket or comma, back to the first capitalised word whose initial is the
    acronym's first letter."""
    out = []
    for t in doc:
        if not _ACRO.match(t.text):
            continue
        i = t.i
        if i >= 2 and doc[i - 1].text == "(" and i + 1 < len(doc) and doc[i + 1].text == ")":
            end = i - 1
        elif i >= 3 and doc[i - 1].lower_ == "or" and doc[i - 2].text == ",":
            end = i - 2
        else:
            continue
        start = end
        while start > 0 and end - start < 8:
            w = doc[start - 1]
            if not (w.text[:1].isupper() or w.lower_ in ("of", "for", "and", "&", "the", "de")):
                break
            start -= 1
        words = [w.text for w in doc[start:end]]
        while words and not words[0][:1].isupper():
            words.pop(0)
            start += 1
        # the long name starts at the last capitalised word that can start the acronym
        for k in range(len(words)):
            if _initials_match(t.text, words[k:]) and words[k][0] == t.text[0]:
                if end - (start + k) >= 2:
                    out.append((i, start + k, end))
                break
    return out


def vote(labels: list[tuple[str, str | None]]) -> str | None:
    """One label for a name from its mentions' (model label, described label) pairs in
    text order: a described label wins (the first one), else the most frequent model
    label, ties to the earliest."""
    for _, described in labels:
        if described:
            return described
    if not labels:
        return None
    counts = Counter(lab for lab, _ in labels)
    best = max(counts.values())
    for lab, _ in labels:
        if counts[lab] == best:
            return lab
    return None


# Last words that name what a company does, not which company it is: "Apple Computer" and
# "Apple", "Kraft Foods" and "Kraft" are one company. Not words that name a part of it or
# another company ("Apple Records", "Apple Corps", "Singapore Airlines").
BUSINESS_WORDS = frozenset("computer computers motor motors foods group holdings company "
                           "companies corporation industries enterprises".split())
ORG_KINDS = frozenset({"organization", "media"})


def org_aliases(actors) -> dict[str, str]:
    """Map an organisation named by another organisation's name and a business word to
    that organisation ("Apple Computer" -> "Apple", "Kraft Foods" -> "Kraft", "Ford Motor
    Company" -> "Ford"), when the short name is one organisation among ``actors`` (objects with
    ``id``, ``name`` and ``kind``)."""
    by_name: dict[str, list] = {}
    for a in actors:
        if a.kind in ORG_KINDS:
            by_name.setdefault(a.name.lower(), []).append(a)
    remap = {}
    for a in sorted(actors, key=lambda a: a.id):
        words = a.name.split()
        if a.kind not in ORG_KINDS:
            continue
        # the business words are dropped one at a time ("Ford Motor Company" -> "Ford
        # Motor" -> "Ford"): the first shorter name that is one organisation wins
        while len(words) >= 2 and words[-1].lower() in BUSINESS_WORDS:
            words = words[:-1]
            stems = by_name.get(" ".join(words).lower(), [])
            if len(stems) == 1 and stems[0].id != a.id:
                remap[a.id] = stems[0].id
                break
    return remap
