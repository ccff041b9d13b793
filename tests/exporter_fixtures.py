"""Hand-built but realistic inputs for the exporter tests.

``fixture_resolution()`` is three short news articles (real-looking sentences, header
lines as ``graph.read`` will see them), with the actors, places (with coordinates, one
without), events, claims, cited sources and fuzzy times that extraction and resolution
will produce later. Every ``Span`` is checked against the article text, so offsets are
honest. ``fixture_graph()`` is ``build_graph`` of it.

``hostile_resolution()`` is one article whose title, byline, URL and sentences carry
markup, quotes, backslashes, newlines, control characters and non-BMP Unicode, plus node
ids that would break an IRI if pasted into one: for the escaping tests.
"""
from __future__ import annotations

from graph.builder import build_graph
from graph.model import (Actor, Article, Claim, Event, EventTime, Participant, Place,
                         Resolution, Source, Span, digest)

__all__ = ["fixture_resolution", "fixture_graph", "hostile_resolution", "hostile_graph",
           "HOSTILE_STRINGS", "NK_FORCES"]

NK_FORCES = "actor:north-korean-forces"


def span(text: str, needle: str, within: Span | None = None) -> Span:
    """The (first) span of ``needle`` in ``text`` (inside ``within`` if given)."""
    lo = within.start if within else 0
    hi = within.end if within else len(text)
    i = text.find(needle, lo, hi)
    if i < 0:
        raise ValueError(f"{needle!r} not in text")
    s = Span(i, i + len(needle), needle)
    assert text[s.start:s.end] == s.text
    return s


def make_article(path: str, title: str, published: str, author: str | None,
                 outlet: str | None, url: str | None, sentences: list[str]) -> Article:
    """An article as ``graph.read`` will give it: a ``date`` header line with the
    headline, a ``Published:`` line, the byline, then the body."""
    day = published[:10]
    header = f"date {day} "
    pub_line = f"Published: {published.replace('T', ', ')}\n"
    byline = f"{author}\n" if author else ""
    body = "\n".join(sentences) + "\n"
    text = header + title + "\n" + pub_line + byline + body
    title_span = Span(len(header), len(header) + len(title), title)
    body_start = len(header) + len(title) + 1 + len(pub_line) + len(byline)
    body_span = Span(body_start, len(text), body)
    assert text[title_span.start:title_span.end] == title
    assert text[body_span.start:body_span.end] == body
    return Article(id="article:" + digest(path), path=path, text=text, title=title,
                   published=published, author=author, outlet=outlet, url=url,
                   title_span=title_span, body_span=body_span)


def claim(article: Article, sentence: str, trigger: str, time: EventTime,
          sources: tuple[Source, ...], modality: str) -> Claim:
    s = span(article.text, sentence)
    t = span(article.text, trigger, within=s)
    return Claim(article=article.id, sentence=s, trigger=t, time=time, sources=sources,
                 modality=modality)


def event_id(*claims: Claim) -> str:
    c = claims[0]
    return "event:" + digest(f"{c.article}:{c.sentence.start}:{c.trigger.start}")


# --- the realistic fixture ------------------------------------------------------------------

A1_SENTENCES = [
    'North Korean troops are playing a "pivotal role" in Russia\u2019s offensive in the '
    "Kursk region, where Ukrainian forces are reportedly under growing pressure, according "
    "to Kyiv.",
    "Ukrainian government sources say North Korean forces participating in Russia's "
    "assault in Kursk have focused on disrupting Ukrainian logistics, according to a "
    "report in NK News on Monday.",
    "According to intelligence estimates, approximately 12,000 North Korean soldiers were "
    "stationed in the Kursk region under Russian command late last year.",
    "They temporarily withdrew in January and then redeployed after a reorganization in "
    "early February \u2014 operating in smaller, more cautious units.",
    "\u201cA significant number of Russian forces, supported by North Korean infantry, "
    "have launched an offensive but are sustaining considerable losses,\u201d Syrskyi said.",
    "While Ukrainian forces face challenges in Kursk, reports suggest they are holding "
    "their ground more effectively on the eastern front.",
]

A2_SENTENCES = [
    "North Korean soldiers have not been seen on the front line in Russia\u2019s Kursk "
    "region for about three weeks, a Ukrainian military spokesperson said on Wednesday.",
    "The troops were pulled back in January after suffering heavy losses, the "
    "spokesperson said.",
    "The Kremlin declined to comment on the reports and has never acknowledged that North "
    "Korean troops are fighting for Russia.",
]

A3_SENTENCES = [
    "President Volodymyr Zelensky said on Monday that North Korean soldiers had suffered "
    "\u201cnoticeable\u201d casualties in fighting in the Kursk region over the weekend.",
    "Pyongyang sent some 11,000 troops to Russia in the autumn, according to South Korean "
    "and Ukrainian intelligence.",
    "Ukrainian troops seized parts of the region in a cross-border incursion launched in "
    "August, the first occupation of Russian territory since the Second World War.",
]

ACTORS = (
    Actor(NK_FORCES, "North Korean forces", "military",
          aliases=("North Korean troops", "North Korean soldiers", "North Korean infantry"),
          country="KP"),
    Actor("actor:russian-forces", "Russian forces", "military", country="RU"),
    Actor("actor:ukrainian-forces", "Ukrainian forces", "military",
          aliases=("Ukrainian troops",), country="UA"),
    Actor("actor:oleksandr-syrskyi", "Oleksandr Syrskyi", "person", aliases=("Syrskyi",),
          country="UA", titles=("Commander-in-Chief",)),
    Actor("actor:volodymyr-zelensky", "Volodymyr Zelensky", "person",
          aliases=("Zelensky",), country="UA", titles=("President of Ukraine",)),
    Actor("actor:kremlin", "Kremlin", "government", country="RU"),
    Actor("actor:north-korea", "North Korea", "country", aliases=("Pyongyang",),
          country="KP"),
)

PLACES = (
    Place("place:russia", "Russia", "country", country="RU", lat=60.0, lon=100.0,
          geonames_id=2017370),
    Place("place:ukraine", "Ukraine", "country", country="UA", lat=49.0, lon=32.0,
          geonames_id=690791),
    Place("place:kursk-oblast-ru", "Kursk Oblast", "region", country="RU", lat=51.5,
          lon=36.0, geonames_id=538555, parent="place:russia",
          aliases=("Kursk region", "Kursk")),
    Place("place:eastern-front-ua", "eastern front", "area", country="UA",
          parent="place:ukraine"),
)


def fixture_resolution() -> Resolution:
    a1 = make_article("seeds/000_korea-joongang-daily.txt",
                      "North Korean troops playing 'pivotal role' in Russian advances in "
                      "Kursk, says Ukraine",
                      "2025-03-11T15:48", "SEO JI-EUN", "Korea JoongAng Daily",
                      "https://example.com/news/2025/03/11/north-korea-kursk?ref=rss&id=7",
                      A1_SENTENCES)
    a2 = make_article("seeds/001_wire-kursk-withdrawal.txt",
                      "North Korean troops pulled from Kursk front line, Ukraine says",
                      "2025-02-05", None, "Example Wire", None, A2_SENTENCES)
    a3 = make_article("seeds/002_zelensky-casualties.txt",
                      "Zelensky says North Korean troops suffered casualties in Kursk",
                      "2024-12-16", "Staff reporter", "Example Wire",
                      "https://example.com/wire/zelensky-north-korea", A3_SENTENCES)

    nk, ru, ua = NK_FORCES, "actor:russian-forces", "actor:ukrainian-forces"
    kursk = "place:kursk-oblast-ru"
    intel = Source(None, "intelligence estimates", "estimate")
    kyiv = Source(None, "Kyiv", "according_to")
    nknews = Source(None, "NK News", "report")
    syrskyi = Source("actor:oleksandr-syrskyi", "Syrskyi", "quoted")
    zelensky = Source("actor:volodymyr-zelensky", "Volodymyr Zelensky", "quoted")
    spokes = Source(None, "Ukrainian military spokesperson", "quoted")
    own1 = Source(None, "Korea JoongAng Daily", "article")

    events = []

    # deployment late last year: two articles, fuzzy (END of 2024)
    late_2024 = EventTime("2024", "END", "2024-09-01", "2024-12-31", "explicit")
    autumn = EventTime("2024-FA", None, "2024-09-01", "2024-11-30", "explicit")
    c1 = claim(a1, A1_SENTENCES[2], "stationed", late_2024, (intel,), "reported")
    c2 = claim(a3, A3_SENTENCES[1], "sent", autumn, (Source(None, "South Korean and "
               "Ukrainian intelligence", "according_to"),), "reported")
    events.append(Event(event_id(c1), "deployment", "North Korean forces deployed "
                        "to the Kursk region", "station", late_2024,
                        (Participant(nk, "patient"), Participant(ru, "agent")),
                        (kursk,), (c1, c2), cameo="15"))

    # casualties over the weekend before 2024-12-16
    weekend = EventTime("2024-W50-WE", None, "2024-12-14", "2024-12-15", "explicit")
    c = claim(a3, A3_SENTENCES[0], "casualties", weekend, (zelensky,), "reported")
    events.append(Event(event_id(c), "casualties", "North Korean casualties in "
                        "Kursk", "casualty", weekend, (Participant(nk, "patient"),),
                        (kursk,), (c,), cameo="20"))

    # the August incursion (a month, explicit)
    august = EventTime("2024-08", None, "2024-08-01", "2024-08-31", "explicit")
    c = claim(a3, A3_SENTENCES[2], "incursion", august, (), "asserted")
    events.append(Event(event_id(c), "attack", "Ukrainian incursion into Kursk "
                        "region", "incursion", august, (Participant(ua, "agent"),),
                        (kursk, "place:russia"), (c,), cameo="18"))

    # withdrawal in January: two articles
    january = EventTime("2025-01", None, "2025-01-01", "2025-01-31", "explicit")
    c1 = claim(a1, A1_SENTENCES[3], "withdrew", january, (own1,), "asserted")
    c2 = claim(a2, A2_SENTENCES[1], "pulled back", january, (spokes,), "reported")
    events.append(Event(event_id(c1), "withdrawal", "North Korean forces withdrew",
                        "withdraw", january, (Participant(nk, "agent"),), (kursk,),
                        (c1, c2), cameo="08"))

    # redeployment in early February
    early_feb = EventTime("2025-02", "START", "2025-02-01", "2025-02-10", "explicit")
    c = claim(a1, A1_SENTENCES[3], "redeployed", early_feb, (), "asserted")
    events.append(Event(event_id(c), "deployment", "North Korean forces redeployed",
                        "redeploy", early_feb, (Participant(nk, "agent"),), (kursk,),
                        (c,), cameo="15"))

    # the assault, reported on Monday 2025-03-10 (an exact day)
    monday = EventTime("2025-03-10", None, "2025-03-10", "2025-03-10", "explicit")
    c = claim(a1, A1_SENTENCES[1], "assault", monday, (nknews,), "reported")
    events.append(Event(event_id(c), "fighting", "North Korean forces in Russia's "
                        "assault in Kursk", "assault", monday,
                        (Participant(nk, "agent"), Participant(ru, "agent"),
                         Participant(ua, "target")), (kursk,), (c,), cameo="19"))

    # the offensive, dated by the publication only (not ordered)
    pub = EventTime("2025-03-11", None, "2025-03-11", "2025-03-11", "publication")
    c = claim(a1, A1_SENTENCES[4], "offensive", pub, (syrskyi,), "reported")
    events.append(Event(event_id(c), "attack", "Russian offensive supported by "
                        "North Korean infantry", "offensive", pub,
                        (Participant(ru, "agent"), Participant(nk, "agent")),
                        (kursk,), (c,), cameo="18"))
    c = claim(a1, A1_SENTENCES[0], "playing", pub, (kyiv,), "reported")
    events.append(Event(event_id(c), "cooperation", "North Korean troops play "
                        "pivotal role in Russia's offensive", "play", pub,
                        (Participant(nk, "agent"), Participant(ru, "beneficiary")),
                        (kursk,), (c,), cameo="06"))

    # holding ground on the eastern front: hedged, present
    present = EventTime("PRESENT_REF", None, "2025-03-11", "2025-03-11", "publication")
    c = claim(a1, A1_SENTENCES[5], "holding", present,
              (Source(None, "reports", "report"),), "hedged")
    events.append(Event(event_id(c), "fighting", "Ukrainian forces holding ground "
                        "on the eastern front", "hold", present,
                        (Participant(ua, "agent"),), ("place:eastern-front-ua",), (c,),
                        cameo="19"))

    # the Kremlin never acknowledged: negated, time unknown
    unknown = EventTime(None, None, None, None, "unknown")
    c = claim(a2, A2_SENTENCES[2], "acknowledged", unknown, (), "negated")
    events.append(Event(event_id(c), "statement", "Kremlin acknowledges "
                        "North Korean troops", "acknowledge", unknown,
                        (Participant("actor:kremlin", "agent"), Participant(nk, "topic")),
                        (), (c,), cameo="01"))

    # Pyongyang's decision to send troops, before August (BEFORE mod, open start)
    before_aug = EventTime("2024-08", "BEFORE", None, "2024-07-31", "inferred",
                           relation="before")
    c = claim(a3, A3_SENTENCES[1], "Pyongyang sent", before_aug, (), "asserted")
    events.append(Event(event_id(c), "agreement", "North Korea agrees to send "
                        "troops", "send", before_aug,
                        (Participant("actor:north-korea", "agent"),), (), (c,),
                        cameo="05"))

    return Resolution(articles=(a1, a2, a3), actors=ACTORS, places=PLACES,
                      events=tuple(events))


def fixture_graph():
    return build_graph(fixture_resolution())


# --- the hostile fixture ----------------------------------------------------------------------

HOSTILE_STRINGS = (
    '<img src=x onerror=alert(1)>',
    '"><script>alert(1)</script>',
    '</script><script>alert(2)</script>',
    '"""triple""" and \\ backslash \\" and > and <',
    'line one\nline two\r\nline three\ttabbed',
    'Unicode: \u00e9\u0301 \u0416 \u4e2d\u6587 \U0001F4A5 \u202eRTL\u202c \u2028LS\u2029PS',
    "' OR 1=1 -- ; DROP TABLE events; @prefix x: <http://evil/> .",
    '{{ 7*7 }} ${alert(3)} {% raw %}',
)


def hostile_resolution() -> Resolution:
    h = HOSTILE_STRINGS
    title = f"Breaking: {h[0]} {h[1]} {h[3]}"
    sentences = [
        f"Officials said {h[0]} and {h[1]} happened today.",
        f"A second sentence with {h[2]} and {h[4]} in it.",
        f"Then {h[5]} and {h[6]} and {h[7]} were reported.",
    ]
    a = make_article("seeds/<evil> \"path\".txt", title, "2025-03-11T15:48",
                     f"Mallory {h[0]}", f"Outlet {h[1]}",
                     "javascript:alert(1)//\"> <http://x/>", sentences)
    weird_actor = Actor('actor:we<ird> "name"/..#frag', f"Actor {h[1]} {h[5]}", "other",
                        aliases=(h[0], h[3]), titles=(h[2],))
    nk = Actor(NK_FORCES, "North Korean forces", "military", country="KP")
    weird_place = Place("place:\u00fcber ort?x=1&y=2", f"Place {h[0]}", "city", lat=-33.5,
                        lon=151.25)
    dot_place = Place("place:..", "Dots", "other", parent="place:\u00fcber ort?x=1&y=2")
    src = Source(None, f"Source {h[1]}", "quoted")
    src2 = Source(weird_actor.id, f"{h[0]}", "according_to")
    t = EventTime("2025-03-11T15:48", None, "2025-03-11", "2025-03-11", "explicit",
                  timex=f"t1 {h[0]}")
    c1 = claim(a, sentences[0], "said", t, (src, src2), "reported")
    e1 = Event(event_id(c1), f"type {h[0]}", f"Event {h[1]}", f"lemma {h[2]}", t,
               (Participant(weird_actor.id, f"role {h[0]}"), Participant(nk.id, "agent")),
               (weird_place.id,), (c1,), cameo=f"{h[1]}")
    t2 = EventTime("2025-03-12", None, "2025-03-12", "2025-03-12", "explicit")
    c2 = claim(a, sentences[1], "sentence", t2, (), "asserted")
    e2 = Event(event_id(c2), "attack", h[4], h[5], t2,
               (Participant(nk.id, "agent"),), (dot_place.id,), (c2,))
    c3 = claim(a, sentences[2], "reported", t2, (), "asserted")
    e3 = Event(event_id(c3), "x", h[6], h[7], t2, (Participant(nk.id, "patient"),), (),
               (c3,))
    return Resolution(articles=(a,), actors=(weird_actor, nk),
                      places=(weird_place, dot_place), events=(e1, e2, e3))


def hostile_graph():
    return build_graph(hostile_resolution())
