"""RDF export speed: dateline's Turtle/N-Triples writers against pyoxigraph's own
serialiser (and, with --rdflib, rdflib's), on the same triples in the same run.

    python bench/bench_rdf.py                  # at least 1,000,000 triples
    python bench/bench_rdf.py --triples 200000 --rdflib

The graph is the exporter test fixture (tests/exporter_fixtures.py: three articles with
events, claims, roles, places, sources) copied under new ids until it has at least the
requested number of distinct triples (the copies share the vocabulary terms, so each new
copy adds a little less than the first; the exact count is printed). Timed, each the best
of --repeat runs:

- ``dateline turtle``: ``exporters.turtle.export(g, path)``, end to end from the networkx
  graph (mapping + writing + atomic rename);
- ``pyoxigraph turtle``: ``pyoxigraph.serialize(triples, path, format=TURTLE,
  prefixes=...)`` of the very same triples, already built as pyoxigraph terms (so its
  time is serialisation alone);
- the same two for N-Triples; pyoxigraph's parse of dateline's Turtle; and with
  ``--rdflib``, ``to_rdflib(g)`` + rdflib's Turtle serialiser and rdflib's parser.

It checks that both Turtle files hold the same set of triples, and prints the ratio
dateline / pyoxigraph (the goal: at most 1.5).
"""
from __future__ import annotations

import argparse
import gc
from pathlib import Path
import sys
import tempfile
import time

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def distinct_triples(g) -> int:
    """How many distinct triples the RDF mapping of ``g`` has."""
    from exporters.rdfmap import blocks
    return len({(s, p, o) for _, s, pairs in blocks(g) for p, o in pairs})


def copies_of(base, copies: int, g=None, start: int = 0):
    """``g`` (a new graph if None) with copies ``start``..``copies - 1`` of ``base`` added,
    node ids suffixed ``-<copy>``."""
    import networkx as nx
    g = nx.MultiDiGraph() if g is None else g
    for i in range(start, copies):
        def rn(n, i=i):
            return f"{n}-{i}"
        for n, d in base.nodes(data=True):
            g.add_node(rn(n), **d)
        for u, v, k, d in base.edges(keys=True, data=True):
            d = dict(d)
            if "article" in d:
                d["article"] = rn(d["article"])
            g.add_edge(rn(u), rn(v), key=k, **d)
    return g


def big_graph(n_triples: int):
    """Copies of the fixture graph, node ids suffixed, with at least ``n_triples``
    distinct triples (the fewest copies that reach it)."""
    from exporter_fixtures import fixture_graph

    base = fixture_graph()
    first = distinct_triples(copies_of(base, 1))
    more = distinct_triples(copies_of(base, 2)) - first  # each further copy
    copies = 1 + max(0, -(-(n_triples - first) // more))
    return copies_of(base, copies)


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--rdflib", action="store_true", help="also time rdflib (slow)")
    args = ap.parse_args(argv)

    import pyoxigraph as ox
    from exporters import ntriples, turtle
    from exporters.rdfmap import NAMESPACES, blocks

    g = big_graph(args.triples)
    # the same triples as pyoxigraph terms (not timed)
    cache: dict = {}

    def term(o):
        if o.__class__ is str:
            r = cache.get(o)
            if r is None:
                r = cache[o] = ox.NamedNode(o)
            return r
        lex, dt = o
        return ox.Literal(lex) if dt is None else ox.Literal(lex, datatype=term(dt))

    seen = set()
    triples = []
    for _, s, pairs in blocks(g):
        for p, o in pairs:
            t = ox.Triple(term(s), term(p), term(o))
            if t not in seen:
                seen.add(t)
                triples.append(t)
    del seen
    assert len(triples) >= args.triples, (len(triples), args.triples)
    print(f"{g.number_of_nodes():,} nodes, {g.number_of_edges():,} edges, "
          f"{len(triples):,} triples (asked for at least {args.triples:,}); best of "
          f"{args.repeat}; python {sys.version.split()[0]}, "
          f"pyoxigraph {ox.__version__ if hasattr(ox, '__version__') else '?'}")

    with tempfile.TemporaryDirectory() as tmp:
        ours_ttl, ox_ttl = Path(tmp) / "ours.ttl", Path(tmp) / "ox.ttl"
        ours_nt, ox_nt = Path(tmp) / "ours.nt", Path(tmp) / "ox.nt"
        rows = []
        t_ours = best(lambda: turtle.export(g, ours_ttl), args.repeat)
        t_ox = best(lambda: ox.serialize(triples, str(ox_ttl), format=ox.RdfFormat.TURTLE,
                                         prefixes=NAMESPACES), args.repeat)
        rows.append(("write Turtle", t_ours, t_ox))
        t_ours_nt = best(lambda: ntriples.export(g, ours_nt), args.repeat)
        t_ox_nt = best(lambda: ox.serialize(triples, str(ox_nt),
                                            format=ox.RdfFormat.N_TRIPLES), args.repeat)
        rows.append(("write N-Triples", t_ours_nt, t_ox_nt))
        t_parse = best(lambda: ox.Store().bulk_load(path=str(ours_ttl),
                                                    format=ox.RdfFormat.TURTLE), args.repeat)
        # same triples?
        a = {str(q.triple) for q in ox.parse(path=str(ours_ttl))}
        b = {str(q.triple) for q in ox.parse(path=str(ox_ttl))}
        assert a == b and len(a) == len(triples), "the two Turtle files differ"
        del a, b
        print(f"{'':18} {'dateline':>10} {'pyoxigraph':>11} {'ratio':>6}")
        for what, ours, theirs in rows:
            print(f"{what:18} {ours:9.2f}s {theirs:10.2f}s {ours / theirs:6.2f}")
        print(f"{'load Turtle':18} {'':>10} {t_parse:10.2f}s   (pyoxigraph bulk_load of "
              f"dateline's file, {ours_ttl.stat().st_size / 1e6:.0f} MB)")
        if args.rdflib:
            import rdflib
            t_w = best(lambda: turtle.to_rdflib(g).serialize(format="turtle",
                                                             encoding="utf-8"), 1)
            t_r = best(lambda: rdflib.Graph().parse(ours_ttl, format="turtle"), 1)
            print(f"{'rdflib':18} write (to_rdflib + serialize) {t_w:.2f}s, parse {t_r:.2f}s")
        ratio = t_ours / t_ox
        print(f"Turtle: dateline / pyoxigraph = {ratio:.2f} (goal <= 1.5): "
              + ("OK" if ratio <= 1.5 else "SLOWER THAN THE GOAL"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
