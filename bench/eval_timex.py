"""Benchmark of the temporal engine (graph/timex.py) on MEANTIME and ESC.

    python bench/eval_timex.py [--eval-dir ../shared/eval] [--corpus meantime esc]
                               [--errors 15] [--json out.json] [--parse-cache DIR]

For every gold document (read by ``bench/catxml.py``) the article text is parsed with the
project's spaCy pipeline (``graph.nlp.parse``), and ``tag(text, dct,
tense=tense_lookup(doc))`` is run. Printed per corpus:

- relaxed-span P/R/F1: a predicted timex matches a gold one when their spans overlap
  (one-to-one greedy matching, ``bench/scoring.py``);
- strict-span P/R/F1: identical spans;
- value P/R/F1, TempEval-3 style: a relaxed match whose normalised value equals the gold
  value is correct; P = correct / predicted, R = correct / gold;
- type accuracy over the relaxed matches;
- the most frequent errors: missed (gold not overlapped), spurious (prediction
  overlapping no gold), wrong value (with both values), by text.

It also times the tagger (``tense_lookup`` included) against the spaCy parse of the same
texts in the same run, and prints the ratio (target: at most 10% of the parse).

``--parse-cache DIR`` keeps the spaCy parses in DIR and reads them back on the next run
(``graph.nlp``'s parse cache, as ``DATELINE_PARSE_CACHE=DIR`` does): every score is the
same, and a re-run after a change to the tagger skips the parse. The cache is keyed on
the text and the pipeline, so it is safe to reuse. With a cache (either way) the parse is
not timed, and the ratio is printed as not measured.

Scoring decisions
-----------------
- Annotated region: MEANTIME annotates only the headline, the date line and the first
  sentences of each article; ECB+/ESC annotates only selected sentences. A sentence
  counts as annotated when at least one gold markable (timex, entity mention or event)
  has a token in it. Predictions are scored only when they overlap an annotated
  sentence; everything else (including the ``date YYYY-MM-DD`` prefix of the header
  line that ``catxml`` adds, which is not in any sentence span) is ignored.
- The tagger runs as the extractor runs it (``graph.extract.tag_article``): on the text
  with a line break after the header's ``date YYYY-MM-DD``, so that the header date is
  not joined to a clock time opening the headline ("date 2013-07-22 9:53 AM, MON 22 JUL
  2013"; offsets are unchanged), and against the day of the text's own date line when
  that names another day than the DCT ("June 6th, 2013 7:38pm EDT" under a DCT of June
  14: its "Thursday" is June 6).
- Gold timexes without tokens (ESC instance-level TIME_* markables, MEANTIME's implicit
  begin/end points of durations) are not text: they are left out.
- The CREATION_TIME (MEANTIME) / DCT (ESC) timex is kept when it has tokens: it is the
  article's own date line ("June 8, 2010"), real text the tagger must find; a token-less
  one is left out like the others.
- The anchor is ``GoldDoc.dct`` (the DCT day), or the date line's day as above;
  documents without a usable DCT are run with ``anchor=None`` (their relative
  expressions then stay unresolved).
- Values are compared after removing notational variants only (``norm_value``: case,
  zero padding, "194X" = "194", "PRES_REF" = "PRESENT_REF"); nothing that changes the
  meaning is forgiven (``2013-05-02T18:32Z`` vs ``2013-05-02T13:32`` is wrong).
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import re
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from bench import catxml  # noqa: E402
from bench.scoring import PRF, Item, fmt, match, top  # noqa: E402
from graph.nlp import CACHE_ENV, get_nlp, parse_cache_dir  # noqa: E402

TARGETS = {"meantime": {"relaxed": 0.90, "value": 0.85},
           "esc": {"relaxed": 0.90, "value": 0.80}}


def annotated_spans(doc) -> list[tuple[int, int]]:
    sents = set()
    for group in (doc.timexes, doc.entity_mentions, doc.events):
        for m in group:
            if m.start >= 0 and m.sentence >= 0:
                sents.add(m.sentence)
    return sorted(doc.sentences[s] for s in sents if doc.sentences[s][0] >= 0)


def in_region(start: int, end: int, region: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in region)


_PAD = re.compile(r"(?<![\d])(\d)(?![\d])")


def norm_value(v: str | None) -> str:
    """Notational variants of one TIMEX3 value compare equal: case and spaces,
    unpadded fields ("2009-12-7" = "2009-12-07", "T3:25" = "T03:25", "1979-2" =
    "1979-02"), a decade written with an X ("194X" = "194"), "PRES_REF" = "PRESENT_REF",
    "2011W42" = "2011-W42". Nothing that changes the meaning is forgiven."""
    v = (v or "").strip().upper()
    if v == "PRES_REF":
        return "PRESENT_REF"
    m = re.fullmatch(r"(\d{3})X", v)
    if m:
        return m[1]
    v = re.sub(r"^(\d{4})W(\d)", r"\1-W\2", v)
    if re.match(r"\d{4}-", v):
        head, sep, tail = v.partition("T")
        head = "-".join(_PAD.sub(r"0\1", p) if p.isdigit() else p for p in head.split("-"))
        tail = ":".join(_PAD.sub(r"0\1", p) if p.isdigit() else p for p in tail.split(":"))
        v = head + sep + tail
    return v


def evaluate(docs, n_errors: int) -> dict:
    import warnings

    from graph.extract import tag_article
    from graph.nlp import parse
    from graph.read import parse_text
    from graph.timex import tense_lookup

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # undated documents, "Published" lines
        articles = [parse_text(d.text, d.path) for d in docs]
    texts = [d.text for d in docs]
    t0 = time.perf_counter()
    parsed = list(parse(texts))
    # parses read from a cache cost no parse time: the ratio would be meaningless
    parse_s = None if parse_cache_dir() else time.perf_counter() - t0

    t0 = time.perf_counter()
    predictions = []
    for d, sp, art in zip(docs, parsed, articles):
        predictions.append(tag_article(art, tense_lookup(sp), anchor=d.dct,
                                       id_prefix=d.doc_id))
    tag_s = time.perf_counter() - t0

    relaxed, strict, value = PRF(), PRF(), PRF()
    type_ok = type_n = 0
    errors: collections.Counter = collections.Counter()
    kinds: collections.Counter = collections.Counter()
    for d, preds in zip(docs, predictions):
        region = annotated_spans(d)
        gold = [g for g in d.timexes if g.start >= 0]
        pred = [p for p in preds if in_region(p.span.start, p.span.end, region)]
        gi = [Item(g.start, g.end, None, g) for g in gold]
        pi = [Item(p.span.start, p.span.end, None, p) for p in pred]
        rel = match(gi, pi, typed=False)
        st = match(gi, pi, strict=True, typed=False)
        relaxed.add(len(gi), len(pi), len(rel))
        strict.add(len(gi), len(pi), len(st))
        correct = 0
        for i, j in rel:
            g, p = gold[i], pred[j]
            type_n += 1
            type_ok += g.type == p.type
            if norm_value(g.value) == norm_value(p.value):
                correct += 1
            else:
                errors[("wrong value", g.text, f"gold {g.value} / got {p.value}")] += 1
                kinds["wrong value"] += 1
        value.add(len(gi), len(pi), correct)
        hit_g = {i for i, _ in rel}
        hit_p = {j for _, j in rel}
        for i, g in enumerate(gold):
            if i not in hit_g:
                errors[("missed", g.text, f"gold {g.type} {g.value}")] += 1
                kinds["missed"] += 1
        for j, p in enumerate(pred):
            if j not in hit_p:
                errors[("spurious", p.span.text, f"got {p.type} {p.value}")] += 1
                kinds["spurious"] += 1
    return {"docs": len(docs), "relaxed": relaxed, "strict": strict, "value": value,
            "type_acc": type_ok / type_n if type_n else None, "type_n": type_n,
            "errors": top(errors, n_errors), "error_kinds": dict(kinds),
            "parse_s": parse_s, "tag_s": tag_s,
            "chars": sum(len(t) for t in texts)}


def report(corpus: str, r: dict) -> None:
    print(f"\n== {corpus}: {r['docs']} documents, {r['chars']} characters")
    print(f"{'':16}{'gold':>6}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}")
    for name in ("relaxed", "strict", "value"):
        s = r[name]
        print(f"{name + ' span' if name != 'value' else 'value':16}{s.n_gold:>6}{s.n_pred:>6}"
              f"{fmt(s.precision):>8}{fmt(s.recall):>8}{fmt(s.f1):>8}")
    print(f"type accuracy   {fmt(r['type_acc'])} over {r['type_n']} relaxed matches")
    tg = TARGETS.get(corpus, {})
    if tg:
        ok_r = (r["relaxed"].f1 or 0) >= tg["relaxed"]
        ok_v = (r["value"].f1 or 0) >= tg["value"]
        print(f"targets         relaxed F1 >= {tg['relaxed']:.2f}: {'met' if ok_r else 'NOT met'}"
              f"; value F1 >= {tg['value']:.2f}: {'met' if ok_v else 'NOT met'}")
    if r["parse_s"] is None:
        print(f"speed           tagger {r['tag_s'] * 1000:.0f} ms, ratio to the spaCy parse "
              f"not measured (parse cache in use)")
    else:
        ratio = r["tag_s"] / r["parse_s"] if r["parse_s"] else float("nan")
        print(f"speed           tagger {r['tag_s'] * 1000:.0f} ms, spaCy parse "
              f"{r['parse_s'] * 1000:.0f} ms, ratio {ratio:.1%} (target <= 10%)")
    print(f"errors          {r['error_kinds']}")
    print(f"top {len(r['errors'])} errors:")
    for (kind, text, detail), n in r["errors"]:
        print(f"  {n:>3}  {kind:12} {text!r:45} {detail}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eval-dir", default=os.path.join(os.path.dirname(HERE), "..", "shared",
                                                       "eval"))
    ap.add_argument("--corpus", nargs="+", default=["meantime", "esc"],
                    choices=["meantime", "esc"])
    ap.add_argument("--errors", type=int, default=15, help="how many errors to list")
    ap.add_argument("--json", help="also write the scores to this JSON file")
    ap.add_argument("--parse-cache", metavar="DIR",
                    help="read and keep spaCy parses in DIR (the parse is then not timed)")
    args = ap.parse_args(argv)
    if not os.path.isdir(args.eval_dir):
        print(f"no evaluation data at {args.eval_dir}", file=sys.stderr)
        return 2
    if args.parse_cache:
        os.environ[CACHE_ENV] = args.parse_cache
    get_nlp()("warm up")  # model loading is not parse time
    out = {}
    total_tag = total_parse = 0.0
    for corpus in args.corpus:
        docs = list(catxml.iter_corpus(args.eval_dir, corpus))
        r = evaluate(docs, args.errors)
        report(corpus, r)
        total_tag += r["tag_s"]
        total_parse += r["parse_s"] or 0.0
        out[corpus] = {k: (v.as_dict() if isinstance(v, PRF) else v) for k, v in r.items()
                       if k != "errors"}
        out[corpus]["errors"] = [[list(k), n] for k, n in r["errors"]]
    if parse_cache_dir():
        print(f"\nspeed overall: tagger {total_tag:.2f} s, ratio to the spaCy parse not "
              f"measured (parse cache in use)")
    elif total_parse:
        print(f"\nspeed overall: tagger {total_tag:.2f} s vs spaCy parse {total_parse:.2f} s "
              f"= {total_tag / total_parse:.1%} of the parse cost")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(out, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
