"""Benchmark dateline's extractor against gold news annotations (MEANTIME and ESC).

    python -m bench.eval_events [--eval-dir ../shared/eval] [--corpus meantime|esc|all]
                                [--limit N] [--errors 15] [--json out.json] [--markdown]
                                [--no-baseline] [--parse-cache DIR]

A benchmark, not a test: it prints numbers and the most frequent errors, and never fails
on a score. Run it from the repository root (``bench`` is a package there).

What it does
------------
Each gold document (``bench.catxml``) becomes an ``Article`` through
``graph.read.parse_text(GoldDoc.text, path)``: the text starts with the header
``date <DCT> <headline>``, so the publication date is the gold DCT (documents without a
usable DCT are read undated and left out of the anchoring score only). All articles of
the selected corpora go through ``graph.extract.extract`` in one call (spaCy batched), and
each ``Extraction`` is scored through its JSON contract (``graph.contract.to_contract``).
Gold offsets and predicted offsets index the same string, so no alignment is needed.

Token-less CAT markables (``start == end == -1``: ESC "instance" markables, token-less
TIME_* values and DCTs, MEANTIME's empty duration end points) are skipped as spans and
counted in the "skipped" line; a token-less timex still serves as an anchoring target
when it has a value (it is usually the DCT).

Scopes. Neither corpus annotates every sentence: MEANTIME annotates the headline, the
date line and the first four body sentences; ESC only the sentences about the topic's
events. A sentence is *judged* when it holds at least one gold markable (of any kind, with
tokens). Where a precision is "over judged sentences", predictions in other sentences are
ignored; "over all" counts every prediction.

1. Entity mentions (PER/ORG/LOC)
   Gold, MEANTIME: ENTITY_MENTIONs whose ENTITY has ent_type PER, ORG or LOC (LOC includes
   countries and facilities there). "named" = syntactic_type NAM or PRE.NAM (a name used as
   a premodifier, "Airbus A380" -> Airbus); "named+nominal" adds NOM, PRE.NOM, APP and
   mentions with no syntactic_type (the airbus half of the corpus leaves it empty on
   nominal mentions); pronouns and the structural types (PRO, CONJ, ARC, HLS, PTV) are
   never gold. Gold, ESC: catxml's mapping (HUMAN_PART_PER/GENERIC -> PER,
   HUMAN_PART_ORG/MET -> ORG, HUMAN_PART_GPE/FAC and LOC_* -> LOC). ESC has no syntactic
   type and annotates "the actress", "he", "people" alike, so "named" is decided by
   capitalisation (documented heuristic, see ``esc_is_named``): the mention's head (its
   last word before the first comma, parenthesis or lower-case preposition / relative
   pronoun / conjunction, ignoring a final possessive) starts with a capital letter, is
   not a pronoun (also with a clitic, "I'm"), and is not a capitalised common word (a
   word that is sentence-initial, in the headline or in capitals counts only if no
   document of the corpus writes it in lower case: "Teen", "Prosecutors", "MAN" in a
   headline are no names).
   HUMAN_PART_GENERIC is never "named"; "named+nominal" is every mapped mention.
   Predicted: the contract's ``entities`` with PERSON -> PER, ORG -> ORG, GPE/LOC/FAC ->
   LOC, MILITARY -> ORG when it is a named organisation; NORP, OTHER and the extractor's
   demonym-built military mentions ("North Korean troops", whose actor is
   "<Demonym> forces") are ignored. Baseline: plain spaCy NER (the same pipeline with the
   "gazetteer_ruler" disabled) on the same headline and body segments, with PERSON -> PER,
   ORG -> ORG, GPE/LOC/FAC -> LOC, spans exactly as spaCy gives them.
   Match: relaxed = overlapping spans with the same type; strict = identical spans with
   the same type; one-to-one (``bench.scoring.match``). Precision is reported three ways:
   "judged" = only predicted mentions that overlap some gold markable of any kind (entity
   of any type or syntactic type, event, timex) count, as MEANTIME/ESC annotate only some
   mentions; "sents" = predicted mentions in judged sentences; "all" = every predicted
   mention; "PER/ORG/LOC-judged" = only predicted mentions that overlap a gold entity
   mention of a scored type (PER/ORG/LOC, any syntactic type), so a name on a gold
   product ("iPod", which the model calls an organisation) or a gold event is not judged:
   the issue's reference figure for plain spaCy on unseen Wikinews (F1 0.88, precision
   0.91 "on judged mentions") is near what this scope gives plain spaCy here (MEANTIME
   0.871, P 0.912; see README). For the "named" lines, judged, typed and sents also leave out a
   predicted mention
   that matches no named gold mention but overlaps a gold mention of the same type that
   is not "named" ("Paris" inside ESC's "a Paris jewellery store", "Aceh province" inside
   "off Aceh province"): the gold marks the whole phrase, so such a name is neither right
   nor wrong for names (the count is printed).

2. Event triggers
   Gold: MEANTIME EVENT_MENTIONs (verbal and nominal; also without class GRAMMATICAL,
   e.g. "be", "have": those gold events are dropped and predictions overlapping only them
   are ignored); ESC ACTION_* and NEG_ACTION_*. Predicted: the contract events' trigger
   spans. Relaxed (overlap) and strict (same span), one-to-one. Precision over judged
   sentences, and over all. Recall is broken down by the spaCy part of speech of the gold
   trigger's head (tagged by the baseline pass) and by event class.

3. Participants (MEANTIME only)
   Gold: HAS_PARTICIPANT with sem_role Arg0 or Arg1 from an event mention to an entity
   mention of type PER/ORG/LOC (arguments of other types, such as products, are counted
   as excluded: dateline has no actors for them). A gold (event, argument, role) is found
   when the predicted event matched to the gold event (the relaxed trigger match above)
   has a participant whose actor has a predicted mention (any entity whose ``ref`` is
   that actor) overlapping the gold argument mention; roles agent <-> Arg0 and
   patient/target <-> Arg1. "coref" relaxes the argument test: a predicted mention of the
   actor overlapping any gold mention of the same gold entity instance anywhere in the
   document (so "he" -> Steve Jobs is found when Jobs is the actor). "unlabelled" ignores
   the role. Predicted triples: (event, actor, role) with role agent, patient or target of
   predicted events that match a gold event (other roles are not scored). One-to-one.

4. Event-time anchoring
   Gold: TLINKs between an event mention and a DATE/TIME timex with a value, with an
   anchoring relation in the direction "the event lies within the timex": event
   IS_INCLUDED / SIMULTANEOUS / DURING timex, and timex INCLUDES / CONTAINS (ESC's
   spelling) / SIMULTANEOUS event; links to the CREATION_TIME (DCT) timex included. Not
   used: BEFORE/AFTER, BEGINS/ENDS..., OVERLAP (ESC), event INCLUDES timex and timex
   IS_INCLUDED event (the event is longer than the timex), DURATION/SET timexes. For each
   link whose event is matched by a predicted trigger (relaxed), is the predicted event's
   ``time.value`` the gold timex value? "exact" compares values after light
   normalisation (ESC's "t1_" prefix removed, "2009-12-4" -> "2009-12-04", upper case);
   "same day" compares only the first ten characters when both values are at least
   day-precise (the gold DCT carries a clock time, "2013-05-02T17:12Z", that the article
   header cannot). Accuracy is over links with a matched event; coverage = matched /
   all links. Undated documents are left out.

5. Most frequent errors, 6. wall time per article of ``extract`` (info only; the spaCy
   pipeline is loaded before timing starts; spaCy batches across articles, so the split
   between corpora is approximate).

Everything printed is deterministic except the timings.

``--parse-cache DIR`` keeps the spaCy parses (of the extraction and of the baseline) in DIR
and reads them back on the next run (``graph.nlp``'s parse cache, as
``DATELINE_PARSE_CACHE=DIR`` does): every figure is the same, and a re-run after a rule
change in ``graph/extract.py`` skips the parse. The cache is keyed on the text and the
pipeline, so it is safe to reuse; the wall times then no longer include the parse.
"""
from __future__ import annotations

import argparse
import bisect
from collections import Counter, defaultdict
from dataclasses import dataclass, field
import json
import os
from pathlib import Path
import re
import sys
import time
import warnings

from bench import catxml
from bench.scoring import PRF, Item, fmt, match, overlaps, top
from graph.nlp import CACHE_ENV

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EVAL_DIR = os.path.relpath(ROOT.parent / "shared" / "eval")

ENT_TYPES = ("PER", "ORG", "LOC")
PRED_LABELS = {"PERSON": "PER", "ORG": "ORG", "MILITARY": "ORG", "GPE": "LOC", "LOC": "LOC",
               "FAC": "LOC"}
SPACY_LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
MEANTIME_NAMED = frozenset({"NAM", "PRE.NAM"})
MEANTIME_NOMINAL = frozenset({"NOM", "PRE.NOM", "APP", None})
ESC_NEVER_NAMED = frozenset({"HUMAN_PART_GENERIC"})
# event -> timex and timex -> event relations that put the event inside the timex
ANCHOR_EV_TX = frozenset({"IS_INCLUDED", "SIMULTANEOUS", "DURING"})
ANCHOR_TX_EV = frozenset({"INCLUDES", "CONTAINS", "SIMULTANEOUS"})
ANCHOR_TIMEX_TYPES = frozenset({"DATE", "TIME"})
ROLE_OF = {"agent": "Arg0", "patient": "Arg1", "target": "Arg1"}
SCORED_ROLES = frozenset(ROLE_OF)
POS_BUCKETS = {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ"}
_HEAD_STOP = frozenset("of in at for from on with by to who which that whose where when "
                       "under over into near between among around across inside outside "
                       "within along after before and or".split())
_PRONOUNS = frozenset("i he she it we they you him her his hers its our their them us me "
                      "who whom whose which that this these those".split())


# --- running ---------------------------------------------------------------------------------

@dataclass
class Run:
    """One gold document with everything predicted for it."""
    gold: catxml.GoldDoc
    article: object
    contract: dict
    baseline: list = field(default_factory=list)  # [(start, end, type, text)]
    segs: list = field(default_factory=list)  # [(global start, spaCy Doc)] of the baseline
    seconds: float = 0.0
    sent_starts: list = field(default_factory=list)
    sent_ids: list = field(default_factory=list)
    sent_ends: list = field(default_factory=list)
    judged: set = field(default_factory=set)

    def __post_init__(self):
        spans = sorted((s, e, n) for n, (s, e) in enumerate(self.gold.sentences) if s >= 0)
        self.sent_starts = [s for s, _, _ in spans]
        self.sent_ends = [e for _, e, _ in spans]
        self.sent_ids = [n for _, _, n in spans]
        g = self.gold
        self.judged = {m.sentence for grp in (g.timexes, g.entity_mentions, g.events)
                       for m in grp if m.start >= 0}

    def sentence_of(self, offset: int) -> int | None:
        k = bisect.bisect_right(self.sent_starts, offset) - 1
        if k >= 0 and offset < self.sent_ends[k] + 1:
            return self.sent_ids[k]
        return None

    def head(self, start: int, end: int):
        """The spaCy head token (baseline parse) of a character span, or None."""
        for base, doc in self.segs:
            if base <= start < base + len(doc.text):
                sp = doc.char_span(start - base, min(end, base + len(doc.text)) - base,
                                   alignment_mode="expand")
                return sp.root if sp is not None and len(sp) else None
        return None


def load_docs(eval_dir: str, corpora: list[str], limit: int | None) -> dict[str, list]:
    out = {}
    for c in corpora:
        files = catxml.corpus_files(eval_dir, c)
        if not files:
            raise SystemExit(f"no {c} files under {eval_dir!r} (use --eval-dir)")
        if limit:
            files = files[:limit]
        out[c] = [catxml.load(f) for f in files]
    return out


def run_all(docs: dict[str, list], *, baseline: bool = True, log=print) -> dict[str, list[Run]]:
    from graph.contract import to_contract
    from graph.extract import extract, segments
    from graph.read import parse_text

    order = [(c, d) for c in docs for d in docs[c]]
    arts = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # undated documents, "Published" lines
        for _, d in order:
            arts.append(parse_text(d.text, d.path))
    for a, (_, d) in zip(arts, order):
        assert a.text == d.text
    from graph.nlp import get_nlp, parse

    t_load = time.perf_counter()
    get_nlp()  # load spaCy and the gazetteer ruler outside the timed extraction
    log(f"pipeline loaded in {time.perf_counter() - t_load:.1f} s")
    stamps = []
    t0 = time.perf_counter()
    log(f"extracting {len(arts)} articles ...")
    exts = extract(arts, progress=lambda a: stamps.append(time.perf_counter()))
    runs: dict[str, list[Run]] = {c: [] for c in docs}
    prev = t0
    for (c, d), a, x, t in zip(order, arts, exts, stamps):
        runs[c].append(Run(d, a, to_contract(x), seconds=t - prev))
        prev = t
    if baseline:
        nlp = get_nlp()
        flat = [(r, s.start, s.text) for c in runs for r in runs[c] for s in segments(r.article)]
        disable = [p for p in ("gazetteer_ruler",) if p in nlp.pipe_names]
        log(f"baseline: plain spaCy NER ({', '.join(disable) or 'nothing'} disabled) ...")
        with nlp.select_pipes(disable=disable):
            docs_out = parse([t for _, _, t in flat])
            for (r, base, _), doc in zip(flat, docs_out):
                r.segs.append((base, doc))
                for ent in doc.ents:
                    lab = SPACY_LABELS.get(ent.label_)
                    if lab:
                        s, e = base + ent.start_char, base + ent.end_char
                        r.baseline.append((s, e, lab, r.article.text[s:e]))
    return runs


# --- gold selections -----------------------------------------------------------------------------

def _lower_words(text: str) -> set[str]:
    return set(re.findall(r"\b[a-z][a-z'-]*\b", text))


def corpus_lower_words(runs) -> frozenset[str]:
    """The words any document of the runs writes in lower case (for ``esc_is_named``)."""
    return frozenset().union(*(_lower_words(r.gold.text) for r in runs))


_CLITIC = re.compile(r"['’](?:m|ll|re|ve|d|s)$")


def esc_is_named(m, doc: catxml.GoldDoc, lower_words: set[str], first_tokens: set[str]) -> bool:
    """The capitalisation heuristic for ESC "named" mentions (module docstring)."""
    if m.tag in ESC_NEVER_NAMED:
        return False
    toks = [t for t in doc.tokens if t.start >= m.start and t.end <= m.end and t.start >= 0]
    words = []
    for k, t in enumerate(toks):
        if k and (t.text in (",", "(", "-LRB-", ";", ":") or t.text in _HEAD_STOP):
            break
        words.append(t)
    while words and (words[-1].text.lower() in ("'s", "’s", "'", "’") or
                     not any(ch.isalnum() for ch in words[-1].text)):
        words.pop()
    if not words:
        return False
    h = words[-1]
    w = h.text
    if not w[:1].isupper() or _CLITIC.sub("", w.lower()) in _PRONOUNS:
        return False
    if (h.t_id in first_tokens or w.isupper()) and w.lower() in lower_words:
        return False
    return True


def gold_entities(doc: catxml.GoldDoc, which: str,
                  corpus_lower: frozenset[str] = frozenset()) -> list[Item]:
    """PER/ORG/LOC gold mentions with tokens: ``which`` is "named" or "nominal"
    (named + nominal); ``corpus_lower`` holds the words the corpus writes in lower case
    (``corpus_lower_words``)."""
    out = []
    if doc.corpus == "meantime":
        allowed = MEANTIME_NAMED if which == "named" else MEANTIME_NAMED | MEANTIME_NOMINAL
        for m in doc.entity_mentions:
            if m.start >= 0 and m.ent_type in ENT_TYPES and m.syntactic_type in allowed:
                out.append(Item(m.start, m.end, m.ent_type, m))
        return out
    lower = first = None
    if which == "named":
        body = doc.text
        lower = _lower_words(body) | corpus_lower
        first = set()
        hl = doc.headline_sentence
        seen_sent = set()
        for t in doc.tokens:
            if t.start < 0:
                continue
            if t.sentence == hl or t.sentence not in seen_sent:
                first.add(t.t_id)
            seen_sent.add(t.sentence)
    for m in doc.entity_mentions:
        if m.start < 0 or m.ent_type not in ENT_TYPES:
            continue
        if which == "named" and not esc_is_named(m, doc, lower, first):
            continue
        out.append(Item(m.start, m.end, m.ent_type, m))
    return out


def gold_markable_spans(doc: catxml.GoldDoc) -> list[tuple[int, int]]:
    return sorted((m.start, m.end) for grp in (doc.timexes, doc.entity_mentions, doc.events)
                  for m in grp if m.start >= 0)


def _overlaps_any(s: int, e: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    hi = bisect.bisect_left(starts, e)
    return any(spans[k][1] > s for k in range(hi))


def pred_entities(run: Run) -> list[Item]:
    c = run.contract
    actors = {a["id"]: a for a in c["actors"]}
    out = []
    for m in c["entities"]:
        lab = PRED_LABELS.get(m["label"])
        if lab is None:
            continue
        if m["label"] == "MILITARY":
            a = actors.get(m["ref"])
            if a is not None and a["name"].endswith(" forces"):
                continue  # "<Demonym> forces": a demonym, not a named organisation
        out.append(Item(m["start"], m["end"], lab, m))
    return sorted(out, key=lambda i: (i.start, i.end))


def baseline_entities(run: Run) -> list[Item]:
    return [Item(s, e, t, {"text": x, "label": t}) for s, e, t, x in sorted(run.baseline)]


# --- scoring -------------------------------------------------------------------------------------

class Table:
    """Score rows: (section, label, PRF) in insertion order."""

    def __init__(self):
        self.rows: dict[tuple, PRF] = {}

    def get(self, *key) -> PRF:
        return self.rows.setdefault(key, PRF())


def _clean(s: str) -> str:
    return " ".join(s.split())


def score_entities(runs: list[Run], table: Table, errors: dict, has_baseline: bool) -> None:
    systems = [("dateline", pred_entities)] + ([("spaCy", baseline_entities)] if has_baseline else [])
    lower = corpus_lower_words(runs)
    err = {k: Counter() for k in ("missed", "spurious", "type_confusion", "boundary",
                                  "lost_vs_spacy", "gained_vs_spacy")}
    examples = defaultdict(list)
    for r in runs:
        spans = gold_markable_spans(r.gold)
        starts = [s for s, _ in spans]
        all_typed = [Item(m.start, m.end, m.ent_type, m) for m in r.gold.entity_mentions
                     if m.start >= 0 and m.ent_type in ENT_TYPES]
        found_by = {}
        for sysname, fn in systems:
            pred = fn(r)
            judged = [_overlaps_any(p.start, p.end, spans, starts) for p in pred]
            typed = [any(overlaps(g.start, g.end, p.start, p.end) for g in all_typed)
                     for p in pred]
            in_sents = [r.sentence_of(p.start) in r.judged for p in pred]
            for which in ("named", "nominal"):
                gold = gold_entities(r.gold, which, lower)
                if which == "named":
                    # a name nested in a same-type gold mention that is not "named" ("Paris"
                    # in "a Paris jewellery store"): neither right nor wrong for names
                    named_ids = {id(g.key) for g in gold}
                    unscored = [g for g in all_typed if id(g.key) not in named_ids]
                    ok_pairs = {j for _, j in match(gold, pred)}
                    neutral = [j not in ok_pairs and any(
                        g.type == p.type and overlaps(g.start, g.end, p.start, p.end)
                        for g in unscored) for j, p in enumerate(pred)]
                    table.get("entities_neutral", sysname).n_pred += sum(neutral)
                else:
                    neutral = [False] * len(pred)
                for strict in (False, True):
                    pairs = match(gold, pred, strict=strict)
                    tp = len(pairs)
                    mode = "strict" if strict else "relaxed"
                    scopes = (("judged", sum(j and not x for j, x in zip(judged, neutral))),
                              ("typed", sum(j and not x for j, x in zip(typed, neutral))),
                              ("sents", sum(s and not x for s, x in zip(in_sents, neutral))),
                              ("all", len(pred)))
                    for scope, n in scopes:
                        if which == "nominal" and scope not in ("judged", "typed"):
                            continue
                        table.get("entities", sysname, which, mode, scope).add(len(gold), n, tp)
                    if which == "named" and not strict:
                        found_by[sysname] = {gold[i].key.id for i, _ in pairs}
                        if sysname != "dateline":
                            continue
                        mg = {i for i, _ in pairs}
                        mp = {j for _, j in pairs}
                        for i, g in enumerate(gold):
                            if i not in mg:
                                key = (_clean(g.key.text), g.type)
                                err["missed"][key] += 1
                                examples["missed"].append(_ex(r, g.start, g.end, f"{g.type}"))
                        for i, j in pairs:
                            g, p = gold[i], pred[j]
                            if (g.start, g.end) != (p.start, p.end):
                                err["boundary"][(_clean(g.key.text), _clean(p.key["text"]))] += 1
                        for j, p in enumerate(pred):
                            if j in mp or not judged[j] or neutral[j]:
                                continue
                            conf = [g for g in all_typed if overlaps(g.start, g.end, p.start, p.end)
                                    and g.type != p.type]
                            if conf:
                                err["type_confusion"][(_clean(p.key["text"]),
                                                       f"{p.key['label']}->{p.type}",
                                                       conf[0].type)] += 1
                            else:
                                err["spurious"][(_clean(p.key["text"]), p.key["label"])] += 1
                            examples["spurious"].append(_ex(r, p.start, p.end, p.key["label"]))
        if "spaCy" in found_by:
            gold = {g.key.id: g for g in gold_entities(r.gold, "named", lower)}
            for gid in sorted(found_by["spaCy"] - found_by["dateline"]):
                err["lost_vs_spacy"][(_clean(gold[gid].key.text), gold[gid].type)] += 1
            for gid in sorted(found_by["dateline"] - found_by["spaCy"]):
                err["gained_vs_spacy"][(_clean(gold[gid].key.text), gold[gid].type)] += 1
    errors["entities"] = err
    errors.setdefault("_examples", {}).update({f"entities_{k}": v for k, v in examples.items()})


def _ex(r: Run, s: int, e: int, note: str = "") -> dict:
    """An error example with its sentence, for the JSON dump."""
    n = r.sentence_of(s)
    sent = r.gold.text[r.gold.sentences[n][0]:r.gold.sentences[n][1]] if n is not None else ""
    return {"doc": r.gold.doc_id, "start": s, "end": e, "text": r.gold.text[s:e],
            "note": note, "sentence": sent}


def gold_event_items(doc: catxml.GoldDoc) -> list[Item]:
    return [Item(ev.start, ev.end, None, ev) for ev in doc.events if ev.start >= 0]


def pred_event_items(run: Run) -> list[Item]:
    out = [Item(e["trigger"]["start"], e["trigger"]["end"], None, e)
           for e in run.contract["events"]]
    return sorted(out, key=lambda i: (i.start, i.end, i.key["id"]))


def gold_lemma(r: Run, ev) -> str:
    if ev.pred:
        return ev.pred.lower()
    h = r.head(ev.start, ev.end)
    return h.lemma_.lower() if h is not None else _clean(ev.text).lower()


def gold_pos(r: Run, ev) -> str:
    h = r.head(ev.start, ev.end)
    if h is None:
        return "unparsed"
    return POS_BUCKETS.get(h.pos_, "OTHER")


def score_triggers(runs: list[Run], table: Table, errors: dict, extra: dict) -> dict:
    """Returns {id(run): {gold event id: predicted event dict}} (relaxed match)."""
    matched: dict = {}
    err = {"missed": Counter(), "spurious": Counter()}
    by_pos, by_cls = defaultdict(lambda: [0, 0]), defaultdict(lambda: [0, 0])
    examples = defaultdict(list)
    meantime = runs and runs[0].gold.corpus == "meantime"
    for r in runs:
        gold = gold_event_items(r.gold)
        pred = pred_event_items(r)
        in_sents = [r.sentence_of(p.start) in r.judged for p in pred]
        for strict in (False, True):
            pairs = match(gold, pred, strict=strict)
            mode = "strict" if strict else "relaxed"
            tp = len(pairs)
            table.get("triggers", "all events", mode, "sents").add(len(gold), sum(in_sents), tp)
            table.get("triggers", "all events", mode, "all").add(len(gold), len(pred), tp)
            if meantime:
                keep = [g for g in gold if g.key.cls != "GRAMMATICAL"]
                gram = [g for g in gold if g.key.cls == "GRAMMATICAL"]
                pk = [k for k, p in enumerate(pred)
                      if not (any(overlaps(g.start, g.end, p.start, p.end) for g in gram) and
                              not any(overlaps(g.start, g.end, p.start, p.end) for g in keep))]
                pred2 = [pred[k] for k in pk]
                pairs2 = match(keep, pred2, strict=strict)
                table.get("triggers", "w/o GRAMMATICAL", mode, "sents").add(
                    len(keep), sum(in_sents[k] for k in pk), len(pairs2))
                table.get("triggers", "w/o GRAMMATICAL", mode, "all").add(
                    len(keep), len(pred2), len(pairs2))
            if strict:
                continue
            matched[id(r)] = {gold[i].key.id: pred[j].key for i, j in pairs}
            mg = {i for i, _ in pairs}
            mp = {j for _, j in pairs}
            for i, g in enumerate(gold):
                pos = gold_pos(r, g.key)
                by_pos[pos][0] += 1
                by_cls[g.key.cls or "-"][0] += 1
                if i in mg:
                    by_pos[pos][1] += 1
                    by_cls[g.key.cls or "-"][1] += 1
                else:
                    err["missed"][(gold_lemma(r, g.key), pos)] += 1
                    examples["missed"].append(_ex(r, g.start, g.end, f"{pos} {g.key.cls}"))
            for j, p in enumerate(pred):
                if j not in mp and in_sents[j]:
                    err["spurious"][(p.key["lemma"], p.key["type"])] += 1
                    examples["spurious"].append(_ex(r, p.start, p.end, p.key["type"]))
    extra["trigger_recall_by_pos"] = {k: v for k, v in sorted(by_pos.items())}
    extra["trigger_recall_by_class"] = {k: v for k, v in sorted(by_cls.items())}
    errors["triggers"] = err
    errors.setdefault("_examples", {}).update({f"triggers_{k}": v for k, v in examples.items()})
    return matched


def score_participants(runs: list[Run], matched: dict, table: Table, extra: dict,
                       errors: dict) -> None:
    excluded = Counter()
    by_role = {"Arg0": [0, 0], "Arg1": [0, 0]}
    err = {"missed": Counter(), "wrong": Counter()}
    examples = defaultdict(list)
    for r in runs:
        mk = r.gold.markables
        ments = defaultdict(list)  # actor id -> [(start, end)]
        for m in r.contract["entities"]:
            if m["ref"]:
                ments[m["ref"]].append((m["start"], m["end"]))
        by_entity = defaultdict(list)
        for m in r.gold.entity_mentions:
            if m.start >= 0 and m.entity:
                by_entity[m.entity].append(m)
        gold_args = defaultdict(list)  # gold event id -> [(mention, role)]
        for rel in r.gold.relations_of("HAS_PARTICIPANT"):
            role = rel.sem_role
            if role not in ("Arg0", "Arg1"):
                continue
            ev, arg = mk.get(rel.source), mk.get(rel.target)
            if not isinstance(ev, catxml.GoldEvent) or ev.start < 0:
                continue
            if not isinstance(arg, catxml.GoldEntityMention) or arg.start < 0:
                excluded["argument not an entity mention with tokens"] += 1
                continue
            if arg.ent_type not in ENT_TYPES:
                excluded[f"argument type {arg.ent_type}"] += 1
                continue
            if (arg, role) not in gold_args[ev.id]:
                gold_args[ev.id].append((arg, role))
        m_of = matched.get(id(r), {})
        actors = {a["id"]: a["name"] for a in r.contract["actors"]}

        def hit(actor, arg, coref):
            targets = [arg]
            if coref and arg.entity:
                targets = by_entity[arg.entity]
            return any(overlaps(s, e, t.start, t.end) for s, e in ments.get(actor, ())
                       for t in targets)

        other_args = defaultdict(list)  # gold event id -> argument mentions not scored
        for rel in r.gold.relations_of("HAS_PARTICIPANT"):
            ev, arg = mk.get(rel.source), mk.get(rel.target)
            if isinstance(ev, catxml.GoldEvent) and isinstance(arg, catxml.GoldEntityMention) \
                    and arg.start >= 0 and (arg.ent_type not in ENT_TYPES or
                                            rel.sem_role not in ("Arg0", "Arg1")):
                other_args[ev.id].append(arg)
        gold_events = {ev.id: ev for ev in r.gold.events if ev.start >= 0}
        for gid in sorted(set(gold_args) | set(m_of), key=lambda x: (gold_events[x].start, x)):
            gargs = sorted(gold_args.get(gid, []), key=lambda ar: (ar[0].start, ar[1]))
            p = m_of.get(gid)
            pargs = sorted({(q["ref"], q["role"]) for q in p["participants"]
                            if q["role"] in SCORED_ROLES}) if p else []
            for variant, labelled, coref in (("labelled", True, False),
                                             ("unlabelled", False, False),
                                             ("labelled, coref", True, True)):
                pa = pargs if labelled else sorted({(a, "any") for a, _ in pargs})
                ga = gargs if labelled else sorted({(m, "any") for m, _ in gargs},
                                                   key=lambda x: x[0].start)
                used, tp = set(), 0
                found = []
                for m, role in ga:
                    for k, (a, prole) in enumerate(pa):
                        if k in used:
                            continue
                        if labelled and ROLE_OF[prole] != role:
                            continue
                        if hit(a, m, coref):
                            used.add(k)
                            tp += 1
                            found.append((m, role))
                            break
                # predicted arguments that are a gold argument we do not score (a product,
                # an Arg2 ...) are not counted against precision
                n_pred = sum(1 for k, (a, _) in enumerate(pa) if k in used or not any(
                    hit(a, m, False) for m in other_args.get(gid, ())))
                table.get("participants", variant).add(len(ga), n_pred, tp)
                if variant == "labelled":
                    for m, role in gargs:
                        by_role[role][0] += 1
                        if (m, role) in found:
                            by_role[role][1] += 1
                        else:
                            ev = gold_events[gid]
                            why = "event not found" if p is None else (
                                "no participants" if not pargs else "other actor/role")
                            err["missed"][(why, role, m.syntactic_type or "-")] += 1
                            examples["missed"].append(_ex(
                                r, m.start, m.end, f"{role} of '{ev.text}' ({why}); predicted: "
                                + "; ".join(f"{q_role} {actors.get(a, a)}" for a, q_role in pargs)))
                    for k, (a, prole) in enumerate(pa):
                        if k not in used and not any(hit(a, m, False)
                                                     for m in other_args.get(gid, ())):
                            err["wrong"][(prole, actors.get(a, a))] += 1
    extra["participants_excluded"] = dict(sorted(excluded.items()))
    extra["participants_recall_by_role"] = by_role
    errors["participants"] = err
    errors.setdefault("_examples", {}).update({f"participants_{k}": v for k, v in examples.items()})


_T_PREFIX = re.compile(r"^t\d*_")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_YM = re.compile(r"^(\d{4})-(\d{1,2})(?![\d-])")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def norm_value(v: str | None) -> str | None:
    if v is None:
        return None
    v = _T_PREFIX.sub("", v.strip()).upper()
    m = _YMD.match(v)
    if m:
        v = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" + v[m.end():]
    else:
        m = _YM.match(v)
        if m:
            v = f"{m.group(1)}-{int(m.group(2)):02d}" + v[m.end():]
    return v


def same_day(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return False
    if _DAY.match(a) and _DAY.match(b):
        return a[:10] == b[:10]
    return a == b


def _value_relation(pred: str | None, gold: str) -> str:
    if pred is None:
        return "no predicted value"
    if pred == gold or same_day(pred, gold):
        return "equal"
    if pred.startswith(gold):
        return "predicted finer (inside gold)"
    if gold.startswith(pred):
        return "predicted coarser (contains gold)"
    return "different"


def score_anchoring(runs: list[Run], matched: dict, table: Table, extra: dict,
                    errors: dict) -> None:
    skipped = Counter()
    basis = defaultdict(lambda: [0, 0])
    per_event: dict = {}
    err = {"wrong": Counter(), "kind": Counter()}
    examples, near, links = [], [], []
    for r in runs:
        if not r.gold.dct:
            skipped["undated document"] += sum(1 for x in r.gold.relations if x.kind == "TLINK")
            continue
        mk = r.gold.markables
        m_of = matched.get(id(r), {})
        for rel in r.gold.relations_of("TLINK"):
            a, b = mk.get(rel.source), mk.get(rel.target)
            rt = rel.reltype
            if isinstance(a, catxml.GoldEvent) and isinstance(b, catxml.GoldTimex):
                ev, tx, ok = a, b, rt in ANCHOR_EV_TX
            elif isinstance(a, catxml.GoldTimex) and isinstance(b, catxml.GoldEvent):
                ev, tx, ok = b, a, rt in ANCHOR_TX_EV
            else:
                continue
            if not ok:
                continue
            if tx.type not in ANCHOR_TIMEX_TYPES or not tx.value:
                skipped[f"timex {tx.type or '-'} / no value"] += 1
                continue
            if ev.start < 0:
                skipped["token-less event"] += 1
                continue
            kind = "to DCT" if tx.function == "CREATION_TIME" else "to in-text timex"
            gv = norm_value(tx.value)
            p = m_of.get(ev.id)
            for k in ("all", kind):
                row = table.get("anchoring", k)
                row.n_gold += 1
            if p is None:
                continue
            pv = norm_value(p["time"]["value"])
            exact, day = pv == gv, same_day(pv, gv)
            for k in ("all", kind):
                row = table.get("anchoring", k)
                row.n_pred += 1  # matched links
                row.tp_gold += exact
                row.tp_pred += day
            b_ = p["time"]["basis"]
            links.append({"doc": r.gold.doc_id, "event": ev.text, "start": ev.start,
                          "pred": pv, "gold": gv, "basis": b_, "kind": kind,
                          "timex": tx.text, "reltype": rt})
            basis[b_][0] += 1
            basis[b_][1] += day
            e = per_event.setdefault((r.gold.doc_id, ev.id), [False, False])
            e[0] = e[0] or exact
            e[1] = e[1] or day
            if not day:
                err["wrong"][(_clean(ev.text), p["time"]["value"], tx.value, b_, kind)] += 1
                err["kind"][(kind, b_, _value_relation(pv, gv))] += 1
                ex = _ex(r, ev.start, ev.end, f"pred {p['time']['value']} ({b_}) gold "
                                              f"{tx.value} '{tx.text}' ({rt}, {kind})")
                examples.append(ex)
            elif not exact:
                near.append(_ex(r, ev.start, ev.end, f"pred {p['time']['value']} ({b_}) gold "
                                                     f"{tx.value} '{tx.text}' ({rt}, {kind})"))
    extra["anchoring_skipped"] = dict(sorted(skipped.items()))
    extra["anchoring_by_basis"] = {k: v for k, v in sorted(basis.items())}
    extra["anchoring_events"] = [len(per_event), sum(v[0] for v in per_event.values()),
                                 sum(v[1] for v in per_event.values())]
    errors["anchoring"] = err
    errors.setdefault("_examples", {})["anchoring_wrong"] = examples
    errors["_examples"]["anchoring_same_day_not_exact"] = near
    extra["anchoring_links"] = links


def tokenless(runs: list[Run]) -> dict:
    c = Counter()
    for r in runs:
        g = r.gold
        c["timexes"] += sum(1 for m in g.timexes if m.start < 0)
        c["entity mentions"] += sum(1 for m in g.entity_mentions if m.start < 0)
        c["events"] += sum(1 for m in g.events if m.start < 0)
    return dict(c)


def score_corpus(name: str, runs: list[Run], has_baseline: bool) -> dict:
    table, errors, extra = Table(), {}, {}
    score_entities(runs, table, errors, has_baseline)
    matched = score_triggers(runs, table, errors, extra)
    if name == "meantime":
        score_participants(runs, matched, table, extra, errors)
    score_anchoring(runs, matched, table, extra, errors)
    secs = sum(r.seconds for r in runs)
    return {
        "corpus": name, "docs": len(runs), "dated": sum(1 for r in runs if r.gold.dct),
        "sentences": sum(len(r.sent_ids) for r in runs),
        "judged_sentences": sum(len(r.judged) for r in runs),
        "tokenless_skipped": tokenless(runs),
        "table": table, "errors": errors, "extra": extra,
        "seconds": secs, "per_article": secs / len(runs) if runs else None,
    }


# --- printing ------------------------------------------------------------------------------------

SCOPE_NAMES = {"judged": "judged mentions", "typed": "PER/ORG/LOC-judged",
               "sents": "judged sentences", "all": "all predicted"}


def _rows(res: dict) -> dict[str, list[list[str]]]:
    """Rows of each printed table (strings), deterministic."""
    t = res["table"].rows
    out: dict[str, list[list[str]]] = {}

    def prf_row(label, prf):
        return label + [str(prf.n_gold), str(prf.n_pred), str(prf.tp_gold), fmt(prf.precision),
                        fmt(prf.recall), fmt(prf.f1)]

    ents = []
    for sysname in ("dateline", "spaCy"):
        for which in ("named", "nominal"):
            for mode in ("relaxed", "strict"):
                for scope in ("judged", "typed", "sents", "all"):
                    k = ("entities", sysname, which, mode, scope)
                    if k in t:
                        wname = "named" if which == "named" else "named+nominal"
                        ents.append(prf_row([sysname, wname, mode, SCOPE_NAMES[scope]], t[k]))
    out["entities"] = ents
    trig = []
    for which in ("all events", "w/o GRAMMATICAL"):
        for mode in ("relaxed", "strict"):
            for scope in ("sents", "all"):
                k = ("triggers", which, mode, scope)
                if k in t:
                    trig.append(prf_row([which, mode, SCOPE_NAMES[scope]], t[k]))
    out["triggers"] = trig
    parts = []
    for v in ("labelled", "unlabelled", "labelled, coref"):
        k = ("participants", v)
        if k in t:
            parts.append(prf_row([v], t[k]))
    out["participants"] = parts
    anch = []
    for v in ("all", "to DCT", "to in-text timex"):
        k = ("anchoring", v)
        if k in t:
            p = t[k]
            cov = p.n_pred / p.n_gold if p.n_gold else None
            anch.append([v, str(p.n_gold), str(p.n_pred), fmt(cov), str(p.tp_gold),
                         fmt(p.tp_gold / p.n_pred if p.n_pred else None), str(p.tp_pred),
                         fmt(p.tp_pred / p.n_pred if p.n_pred else None)])
    ev = res["extra"].get("anchoring_events")
    if ev:
        anch.append(["events (any anchor)", "-", str(ev[0]), "-", str(ev[1]),
                     fmt(ev[1] / ev[0] if ev[0] else None), str(ev[2]),
                     fmt(ev[2] / ev[0] if ev[0] else None)])
    out["anchoring"] = anch
    return out


HEADERS = {
    "entities": ["system", "gold", "match", "precision over", "gold", "pred", "tp", "P", "R", "F1"],
    "triggers": ["gold events", "match", "precision over", "gold", "pred", "tp", "P", "R", "F1"],
    "participants": ["variant", "gold", "pred", "tp", "P", "R", "F1"],
    "anchoring": ["links", "gold", "matched", "coverage", "exact", "acc", "same day", "acc"],
}
TITLES = {
    "entities": "Entity mentions (PER/ORG/LOC)",
    "triggers": "Event triggers",
    "participants": "Participants (HAS_PARTICIPANT Arg0/Arg1, PER/ORG/LOC arguments)",
    "anchoring": "Event-time anchoring (event within a DATE/TIME timex; "
                 "IS_INCLUDED/SIMULTANEOUS/DURING, INCLUDES/CONTAINS)",
}


def _plain_table(header, rows) -> list[str]:
    widths = [max(len(x) for x in col) for col in zip(header, *rows)]
    numeric = [all(_isnum(r[k]) for r in rows) and k > 0 for k in range(len(header))]

    def line(cells):
        return "  ".join(c.rjust(w) if numeric[k] else c.ljust(w)
                         for k, (c, w) in enumerate(zip(cells, widths))).rstrip()
    return [line(header)] + [line(r) for r in rows]


def _isnum(s: str) -> bool:
    return bool(re.fullmatch(r"-|\d+(\.\d+)?", s))


def _md_table(header, rows) -> list[str]:
    out = ["| " + " | ".join(header) + " |",
           "|" + "|".join("---:" if k and all(_isnum(r[k]) for r in rows) else "---"
                          for k in range(len(header))) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return out


def _ratio(pair) -> str:
    n, k = pair
    return f"{k}/{n} ({fmt(k / n if n else None)})"


def render(res: dict, *, markdown: bool, n_errors: int) -> str:
    L = []
    name = res["corpus"].upper() if res["corpus"] == "esc" else "MEANTIME"
    head = (f"{name}: {res['docs']} documents ({res['dated']} dated), {res['sentences']} "
            f"sentences, {res['judged_sentences']} judged (holding gold markables)")
    L.append(("## " if markdown else "=== ") + head + ("" if markdown else " ==="))
    if markdown:
        L.append("")
    tl = res["tokenless_skipped"]
    L.append("skipped token-less gold markables: " + ", ".join(f"{v} {k}" for k, v in tl.items())
             + " (a token-less timex with a value still counts as an anchor)"
             + ("  " if markdown else ""))
    L.append(f"extraction time: {res['seconds']:.1f} s, {res['per_article']:.3f} s/article "
             "(info only)")
    rows = _rows(res)
    for key in ("entities", "triggers", "participants", "anchoring"):
        if not rows[key]:
            continue
        L.append("")
        L.append(("### " if markdown else "") + TITLES[key])
        if markdown:
            L.append("")
        L += (_md_table if markdown else _plain_table)(HEADERS[key], rows[key])
        ex = res["extra"]
        if key == "entities":
            neutral = {k[1]: v.n_pred for k, v in res["table"].rows.items()
                       if k[0] == "entities_neutral"}
            L.append("")
            L.append("named P (judged mentions / judged sentences) leaves out predicted names "
                     "nested in a same-type gold mention that is not named: " + ", ".join(
                         f"{k} {v}" for k, v in neutral.items()))
        if key == "triggers":
            L.append("")
            L.append("recall by POS of the gold head (relaxed): " + " | ".join(
                f"{k} {_ratio(v)}" for k, v in ex["trigger_recall_by_pos"].items())
                + ("  " if markdown else ""))
            L.append("recall by gold class (relaxed): " + " | ".join(
                f"{k} {_ratio(v)}" for k, v in ex["trigger_recall_by_class"].items()))
        if key == "participants":
            L.append("")
            L.append("recall by role (labelled): " + " | ".join(
                f"{k} {_ratio(v)}" for k, v in ex["participants_recall_by_role"].items())
                + ("  " if markdown else ""))
            L.append("gold Arg0/Arg1 pairs not scored: " + (", ".join(
                f"{v} {k}" for k, v in ex["participants_excluded"].items()) or "none"))
        if key == "anchoring":
            L.append("")
            L.append("same-day accuracy by predicted basis: " + " | ".join(
                f"{k} {_ratio(v)}" for k, v in ex["anchoring_by_basis"].items())
                + ("  " if markdown else ""))
            L.append("links not scored: " + (", ".join(
                f"{v} {k}" for k, v in ex["anchoring_skipped"].items()) or "none"))
    if n_errors:
        L.append("")
        L.append(("### " if markdown else "") + f"Most frequent errors (top {n_errors})")
        if markdown:
            L.append("")
        L += _render_errors(res["errors"], n_errors, markdown)
    return "\n".join(L)


def _render_errors(errors: dict, n: int, markdown: bool) -> list[str]:
    L = []

    def block(title, counter, show):
        items = top(counter, n)
        if not items:
            return
        total = sum(counter.values())
        L.append(("- **" if markdown else "* ") + f"{title}" + ("**" if markdown else "")
                 + f" ({total} in all): " + "; ".join(f"{show(k)} x{v}" for k, v in items))

    e = errors["entities"]
    block("missed entities (named, relaxed)", e["missed"], lambda k: f"{k[0]} [{k[1]}]")
    block("spurious entities (judged, relaxed; no gold of another type)", e["spurious"],
          lambda k: f"{k[0]} [{k[1]}]")
    block("type confusions (pred label->mapped vs gold type)", e["type_confusion"],
          lambda k: f"{k[0]} [{k[1]} vs {k[2]}]")
    block("boundary differences (gold | predicted)", e["boundary"],
          lambda k: f"{k[0]} | {k[1]}")
    block("found by plain spaCy, missed by dateline", e["lost_vs_spacy"],
          lambda k: f"{k[0]} [{k[1]}]")
    block("found by dateline, missed by plain spaCy", e["gained_vs_spacy"],
          lambda k: f"{k[0]} [{k[1]}]")
    t = errors["triggers"]
    block("missed triggers (gold lemma, POS)", t["missed"], lambda k: f"{k[0]} {k[1]}")
    block("spurious triggers in judged sentences (lemma, type)", t["spurious"],
          lambda k: f"{k[0]} ({k[1]})")
    if "participants" in errors:
        p = errors["participants"]
        block("missed participants (why, role, gold syntactic type)", p["missed"],
              lambda k: f"{k[0]}, {k[1]}, {k[2]}")
        block("unmatched predicted participants (role, actor)", p["wrong"],
              lambda k: f"{k[0]} {k[1]}")
    a = errors["anchoring"]
    block("wrong anchoring, by kind (link, predicted basis, value relation)", a["kind"],
          lambda k: f"{k[0]}, {k[1]}, {k[2]}")
    block("wrong anchoring (event, predicted, gold, basis, link)", a["wrong"],
          lambda k: f"'{k[0]}' pred {k[1]} gold {k[2]} ({k[3]}, {k[4]})")
    return L


def to_json(res: dict) -> dict:
    t = res["table"].rows
    out = {k: v for k, v in res.items() if k not in ("table", "errors")}
    out["scores"] = [{"key": list(k), **v.as_dict()} for k, v in t.items()]
    errs = {}
    for sec, d in res["errors"].items():
        if sec == "_examples":
            errs[sec] = d
            continue
        errs[sec] = {k: [[list(key) if isinstance(key, tuple) else key, n]
                         for key, n in top(c, len(c))] for k, c in d.items()}
    out["errors"] = errs
    return out


# --- main ----------------------------------------------------------------------------------------

def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.eval_events",
                                 description="Score dateline's extractor on MEANTIME / ESC.")
    ap.add_argument("--eval-dir", default=DEFAULT_EVAL_DIR)
    ap.add_argument("--corpus", choices=("meantime", "esc", "all"), default="all")
    ap.add_argument("--limit", type=int, default=None, help="first N documents of each corpus")
    ap.add_argument("--errors", type=int, default=15, help="top N of each error list (0: none)")
    ap.add_argument("--json", default=None, help="write scores and all errors here")
    ap.add_argument("--markdown", action="store_true", help="print Markdown tables")
    ap.add_argument("--no-baseline", action="store_true", help="skip the plain spaCy baseline")
    ap.add_argument("--parse-cache", metavar="DIR", default=None,
                    help="read and keep spaCy parses in DIR (DATELINE_PARSE_CACHE)")
    args = ap.parse_args(argv)
    if args.parse_cache:
        os.environ[CACHE_ENV] = args.parse_cache
    corpora = ["meantime", "esc"] if args.corpus == "all" else [args.corpus]

    def log(msg):
        print(msg, file=sys.stderr, flush=True)

    docs = load_docs(args.eval_dir, corpora, args.limit)
    t0 = time.perf_counter()
    runs = run_all(docs, baseline=not args.no_baseline, log=log)
    log(f"extraction and baseline done in {time.perf_counter() - t0:.1f} s")
    results = [score_corpus(c, runs[c], not args.no_baseline) for c in corpora]
    print(f"dateline event benchmark ({', '.join(corpora)}; eval dir {args.eval_dir})")
    for res in results:
        print()
        print(render(res, markdown=args.markdown, n_errors=args.errors))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump({"corpora": [to_json(r) for r in results]}, fh, ensure_ascii=False,
                      indent=1, sort_keys=True, default=str)
        log(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
