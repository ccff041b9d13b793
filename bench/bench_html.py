"""How fast the HTML view opens on a big graph, measured in a real browser.

Synthesises a realistic graph of N events (default 5,000) through ``graph.model`` and
``graph.builder.build_graph`` — articles with dated headers and sentences, Zipf-distributed
actors and places (countries > regions > cities, with ``within`` edges), 1-3 participants
with roles, fuzzy and exact dates, publication-dated events, cited sources, events
reported by several articles, and the ``before`` edges that ``build_graph`` derives — writes
it with ``exporters.html``, then opens the file in headless Chromium (Debian's
``/usr/bin/chromium`` driven by Playwright; nothing is downloaded, the network is blocked)
and times:

- ``ready``: navigation start -> the page's ``window.dateline.ready`` (the first frame
  drawn with the final layout, the timeline drawn, filters and clicks live);
- ``click``: a mouse click on an event node -> its details panel filled;
- ``filter``: choosing the busiest actor in the actor filter -> network and timeline
  updated;
- ``timeline``: a click on a timeline bar -> the event selected in the network.

Usage::

    python bench/bench_html.py [--events 5000] [--runs 3] [--seed 7] [--keep out.html]

Prints one line per run and the medians. Deterministic input for a given seed.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.builder import build_graph  # noqa: E402
from graph.model import (Actor, Article, Claim, Event, EventTime, Participant, Place,  # noqa: E402
                         Resolution, Source, Span, digest)

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-dev-shm-usage"]

TYPES = ["attack", "deployment", "withdrawal", "statement", "meeting", "agreement",
         "casualties", "fighting", "sanction", "aid", "protest", "election", "arrest",
         "negotiation", "cooperation"]
VERBS = {"attack": "attacked", "deployment": "deployed to", "withdrawal": "withdrew from",
         "statement": "said it would defend", "meeting": "met officials in",
         "agreement": "agreed on aid for", "casualties": "suffered losses in",
         "fighting": "fought near", "sanction": "imposed sanctions over",
         "aid": "sent aid to", "protest": "protested in", "election": "held a vote in",
         "arrest": "arrested activists in", "negotiation": "negotiated with leaders in",
         "cooperation": "signed a pact in"}
ROLES = ["agent", "patient", "beneficiary", "recipient", "instrument"]
ACTOR_KINDS = ["person", "organization", "military", "government", "country", "group",
               "media"]
FIRST = ["Anna", "Boris", "Chen", "Dmitri", "Elena", "Farid", "Grace", "Hana", "Ivan",
         "Jae", "Kofi", "Lena", "Mateo", "Nadia", "Oleg", "Priya", "Quinn", "Rosa",
         "Sami", "Tomas"]
LAST = ["Kim", "Petrov", "Novak", "Okafor", "Silva", "Haddad", "Tanaka", "Kowalski",
        "Moreau", "Schmidt", "Rossi", "Ivanova", "Park", "Nguyen", "Costa", "Larsen"]
ORGS = ["forces", "ministry", "army", "council", "party", "agency", "coalition", "front",
        "brigade", "union", "commission", "movement"]


def zipf_pick(rng: random.Random, items: list, s: float = 1.1):
    """An item, the first ones far more often (a news story has a few main actors)."""
    weights = getattr(zipf_pick, "_cache", {}).get((len(items), s))
    if weights is None:
        weights = [1 / (i + 1) ** s for i in range(len(items))]
        zipf_pick._cache = {**getattr(zipf_pick, "_cache", {}), (len(items), s): weights}
    return rng.choices(items, weights=weights, k=1)[0]


def synthesise(n_events: int = 5000, seed: int = 7) -> Resolution:
    rng = random.Random(seed)
    n_articles = max(3, n_events // 4)
    n_actors = max(10, n_events // 8)

    # places: countries > regions > cities, most with coordinates
    places: list[Place] = []
    countries = [f"Country {chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(40)]
    for i, c in enumerate(countries):
        places.append(Place(f"place:c{i}", c, "country", country=f"X{i % 10}",
                            lat=rng.uniform(-50, 60), lon=rng.uniform(-120, 150)))
    for i in range(120):
        parent = places[i % 40]
        places.append(Place(f"place:r{i}", f"{parent.name} Region {i}", "region",
                            parent=parent.id, lat=parent.lat + rng.uniform(-3, 3),
                            lon=parent.lon + rng.uniform(-3, 3)))
    for i in range(240):
        parent = places[40 + i % 120]
        has_coords = rng.random() < 0.9
        places.append(Place(f"place:t{i}", f"Town {i}", "city", parent=parent.id,
                            lat=parent.lat + rng.uniform(-1, 1) if has_coords else None,
                            lon=parent.lon + rng.uniform(-1, 1) if has_coords else None))
    place_ids = [p.id for p in places]
    rng.shuffle(place_ids)

    actors: list[Actor] = []
    for i in range(n_actors):
        kind = rng.choice(ACTOR_KINDS)
        if kind == "person":
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}"
        else:
            name = f"{rng.choice(countries).split()[1]} {rng.choice(ORGS)} {i}"
        actors.append(Actor(f"actor:a{i}", name, kind, country=f"X{i % 10}",
                            aliases=(name.upper(),) if i % 5 == 0 else ()))
    actor_ids = [a.id for a in actors]

    day0 = dt.date(2023, 1, 1)
    pubs = sorted(day0 + dt.timedelta(days=rng.randrange(900)) for _ in range(n_articles))

    # events: what each says, which articles report it
    plans = []
    for i in range(n_events):
        etype = rng.choice(TYPES)
        parts = []
        for _ in range(rng.choice([1, 1, 2, 2, 2, 3])):
            ref = zipf_pick(rng, actor_ids)
            if ref not in {p.ref for p in parts}:
                parts.append(Participant(ref, ROLES[len(parts)] if len(parts) < 2
                                         else rng.choice(ROLES[2:])))
        where = tuple(sorted({zipf_pick(rng, place_ids, 0.9)
                              for _ in range(rng.choice([0, 1, 1, 1, 2]))}))
        n_rep = rng.choices([1, 2, 3], weights=[80, 15, 5])[0]
        arts = sorted(set(rng.randrange(n_articles) for _ in range(n_rep)))
        plans.append((i, etype, tuple(parts), where, arts))

    sentences: dict[int, list] = {a: [] for a in range(n_articles)}
    for i, etype, parts, where, arts in plans:
        agent = actors[int(parts[0].ref.split(":a")[1])].name
        place = next((p.name for p in places if where and p.id == where[0]), "the region")
        for a in arts:
            sentences[a].append((i, f"{agent} {VERBS[etype]} {place}, officials said.",
                                 VERBS[etype].split()[0]))

    articles: list[Article] = []
    claims: dict[int, list] = {}
    for a in range(n_articles):
        pub = pubs[a].isoformat()
        title = f"Report {a}: {len(sentences[a])} developments in the conflict"
        header = f"date {pub} "
        text = header + title + f"\nPublished: {pub}, 10:00\n"
        body_start = len(text)
        spans = []
        for i, sent, trig in sentences[a]:
            start = len(text)
            text += sent + " "
            t0 = sent.index(trig)
            spans.append((i, Span(start, start + len(sent), sent),
                          Span(start + t0, start + t0 + len(trig), trig)))
        path = f"synthetic/{a:05d}.txt"
        art = Article(id="article:" + digest(path), path=path, text=text, title=title,
                      published=pub, author=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                      outlet=f"Outlet {a % 25}", url=f"https://news.example.org/{a:05d}",
                      title_span=Span(len(header), len(header) + len(title), title),
                      body_span=Span(body_start, len(text), text[body_start:]))
        articles.append(art)
        for i, s, t in spans:
            claims.setdefault(i, []).append((art, s, t))

    def event_time(pub: dt.date) -> EventTime:
        r = rng.random()
        if r < 0.35:  # an exact day before publication
            d = pub - dt.timedelta(days=rng.randrange(0, 45))
            return EventTime(d.isoformat(), None, d.isoformat(), d.isoformat(), "explicit")
        if r < 0.55:  # a month
            d = (pub.replace(day=1) - dt.timedelta(days=rng.randrange(0, 90))).replace(day=1)
            nxt = (d + dt.timedelta(days=32)).replace(day=1)
            return EventTime(d.strftime("%Y-%m"), None, d.isoformat(),
                             (nxt - dt.timedelta(days=1)).isoformat(), "explicit")
        if r < 0.65:  # late last year and the like
            y = pub.year - 1
            return EventTime(str(y), "END", f"{y}-09-01", f"{y}-12-31", "explicit")
        if r < 0.72:  # a week
            d = pub - dt.timedelta(days=rng.randrange(7, 60))
            d -= dt.timedelta(days=d.weekday())
            iso = d.isocalendar()
            return EventTime(f"{iso[0]}-W{iso[1]:02d}", None, d.isoformat(),
                             (d + dt.timedelta(days=6)).isoformat(), "explicit")
        if r < 0.92:  # only "up to publication"
            return EventTime(pub.isoformat(), "BEFORE", None, pub.isoformat(), "publication")
        if r < 0.96:
            return EventTime(None, None, None, None, "unknown")
        return EventTime(None, "AFTER", pub.isoformat(), None, "inferred")

    source_names = ["intelligence estimates", "unnamed officials", "local media",
                    "a military blogger", "satellite images", "witnesses"]
    events: list[Event] = []
    for i, etype, parts, where, arts in plans:
        reps = claims.get(i)
        if not reps:
            continue
        t = event_time(dt.date.fromisoformat(reps[0][0].published))
        cl = []
        for art, s, trig in reps:
            srcs = ()
            r = rng.random()
            if r < 0.2:
                srcs = (Source(None, rng.choice(source_names), "according_to"),)
            elif r < 0.3:
                ref = zipf_pick(rng, actor_ids)
                srcs = (Source(ref, actors[int(ref.split(":a")[1])].name, "quoted"),)
            cl.append(Claim(art.id, s, trig, t, srcs,
                            rng.choice(["asserted", "asserted", "reported", "hedged"])))
        agent = actors[int(parts[0].ref.split(":a")[1])].name
        events.append(Event("event:" + digest(f"synthetic {i}"), etype,
                            f"{agent} {VERBS[etype].split()[0]} ({etype} {i})",
                            VERBS[etype].split()[0], t, parts, where, tuple(cl)))
    return Resolution(articles=tuple(articles), actors=tuple(actors), places=tuple(places),
                      events=tuple(events))


def synthetic_graph(n_events: int = 5000, seed: int = 7):
    return build_graph(synthesise(n_events, seed))


def chromium_path() -> str | None:
    for cand in (os.environ.get("DATELINE_CHROMIUM"), shutil.which("chromium"),
                 "/usr/bin/chromium"):
        if cand and os.path.exists(cand):
            return cand
    return None


def measure(browser, path: Path) -> dict:
    """One cold open of ``path`` in a fresh context; times in milliseconds."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 900}, offline=True)
    blocked: list[str] = []
    errors: list[str] = []

    def route(r):
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()
    ctx.route("**/*", route)
    page = ctx.new_page()
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri(), wait_until="commit", timeout=600_000)
    t_start = time.perf_counter()
    while not page.evaluate("() => !!(window.dateline && window.dateline.ready)"):
        if time.perf_counter() - t_start > 600:
            raise TimeoutError("the page never became ready")
        page.wait_for_timeout(10)
    # recorded by the page itself: performance.now() counts from navigation start
    out = {"ready": page.evaluate("() => window.dateline.readyAt")}

    # click on an event node with the mouse -> details panel
    ev = page.evaluate("() => window.dateline.data.events[Math.floor(window.dateline.data"
                       ".events.length / 2)].id")
    page.evaluate("""id => { const n = window.dateline.network;
        n.moveTo({position: n.getPosition(id), scale: 2.5, animation: false}); }""", ev)
    x, y = page.evaluate("""id => { const n = window.dateline.network;
        const d = n.canvasToDOM(n.getPosition(id));
        const r = n.body.container.getBoundingClientRect();
        return [r.left + d.x, r.top + d.y]; }""", ev)
    page.evaluate("() => { window.__t0 = performance.now(); }")
    page.mouse.click(x, y)
    page.wait_for_selector("#dl-details h3")
    out["click"] = page.evaluate("""() => new Promise(ok => requestAnimationFrame(() =>
        ok(performance.now() - window.__t0)))""")
    clicked = page.evaluate("() => window.dateline.network.getSelectedNodes()")

    # the busiest actor in the filter -> both views updated and drawn
    actor = page.evaluate("() => window.dateline.data.filters.actors[0][0]")
    out["filter"] = page.evaluate("""a => { const s = document.getElementById("dl-f-actor");
        const t0 = performance.now(); s.value = a;
        s.dispatchEvent(new Event("change")); window.dateline.network.redraw();
        window.dateline.timeline.draw();
        return new Promise(ok => requestAnimationFrame(() => ok(performance.now() - t0))); }""",
                                  actor)
    shown = page.evaluate("() => window.dateline.nodes.get({filter: n => !n.hidden}).length")

    # a click on a timeline bar -> selected in the network
    tev, tx, ty = page.evaluate("""() => { const t = window.dateline.timeline; t.draw();
        const r = document.getElementById("dl-tl-canvas").getBoundingClientRect();
        for (const h of t.hits()) {  // a bar that no other bar covers at its centre
          const x = r.left + (h[0] + h[2]) / 2, y = r.top + (h[1] + h[3]) / 2;
          if (y > r.top + 30 && t.idAt(x, y) === h[4]) return [h[4], x, y];
        } }""")
    page.evaluate("() => { window.__t0 = performance.now(); }")
    page.mouse.click(tx, ty)
    out["timeline"] = page.evaluate("""() => new Promise(ok => requestAnimationFrame(() =>
        ok(performance.now() - window.__t0)))""")
    tsel = page.evaluate("() => window.dateline.network.getSelectedNodes()")
    ctx.close()
    assert clicked == [ev], (clicked, ev)
    assert tsel == [tev], (tsel, tev)
    assert not blocked, blocked
    assert not errors, errors
    out["shown_after_filter"] = shown
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=5000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--keep", help="also write the page here")
    args = ap.parse_args(argv)

    from exporters import html as html_export
    from playwright.sync_api import sync_playwright

    t0 = time.perf_counter()
    g = synthetic_graph(args.events, args.seed)
    t1 = time.perf_counter()
    kinds: dict[str, int] = {}
    for _, d in g.nodes(data=True):
        kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
    with tempfile.TemporaryDirectory() as tmp:
        path = html_export.export(g, Path(tmp) / "graph.html")
        t2 = time.perf_counter()
        if args.keep:
            shutil.copyfile(path, args.keep)
        size = path.stat().st_size
        print(f"graph: {g.number_of_nodes()} nodes ({', '.join(f'{v} {k}' for k, v in sorted(kinds.items()))}), "
              f"{g.number_of_edges()} edges; build {t1 - t0:.1f} s, html export {t2 - t1:.1f} s, "
              f"{size / 1e6:.1f} MB")
        exe = chromium_path()
        if exe is None:
            print("no chromium: apt-get install chromium", file=sys.stderr)
            return 2
        runs = []
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
            print(f"browser: Chromium {browser.version} (headless, {exe})")
            for i in range(args.runs):
                r = measure(browser, path)
                runs.append(r)
                print(f"run {i + 1}: open->interactive {r['ready']:.0f} ms, "
                      f"node click->details {r['click']:.0f} ms, actor filter "
                      f"{r['filter']:.0f} ms ({r['shown_after_filter']} nodes shown), "
                      f"timeline click->network {r['timeline']:.0f} ms")
            browser.close()
    med = {k: statistics.median(r[k] for r in runs) for k in ("ready", "click", "filter",
                                                                 "timeline")}
    print(f"median of {len(runs)}: open->interactive {med['ready']:.0f} ms, click->details "
          f"{med['click']:.0f} ms, filter {med['filter']:.0f} ms, timeline click "
          f"{med['timeline']:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
