"""The tense of the clause governing a character offset, read from a spaCy parse.

``tense_lookup(doc)`` returns a callback ``tense(offset) -> "past" | "present" |
"future" | None`` for ``tag``. It only reads token attributes (``head``, ``dep_``,
``tag_``, ``morph``, ``idx``, ``lemma_``), so spaCy is never imported here. From the
token at the offset it walks up the dependency tree to the governing verb and reads:

- future: an auxiliary "will"/"shall"/"'ll"/"wo" (won't) or "would"; "be going to V";
  a headline-style or control infinitive ("Obama to visit", "plans to open",
  "is expected to", "is due to", "is set to"; a past expectation, "expected employers
  to shed jobs in October", "was expected to close in March", is of the nearest such
  time: None);
- past: a VBD verb or auxiliary ("said", "was held", "did not"), "had/has/have" + VBN
  (the present perfect reports the past), ``Tense=Past`` on a finite form;
- present: a VBZ/VBP form (including "is holding") with no past or future marker; in a
  clause of time or condition ("when talks begin in July") under a future clause, future;
- None: no verb up the tree (a verbless headline), modals like "could"/"may", and an
  infinitive of purpose or after a verb of ordering under a past clause, which tells
  something later, before or after now ("was remanded in custody to appear ... on 19
  August", "ordered him to appear on Friday"): the nearest date is taken.

A date modifying a noun in a future clause ("would consider it after the November 4
election") may name a past event: the nearest date is taken. Two overrides: a date after "for"/"until" governed by a scheduling verb ("was set for
October 28", "penciled in for October") or modifying "deadline" ("a May 10 deadline")
is "future"; the infinitive after a ranked noun ("the second climber to die", "the
first man to walk") takes the tense of the noun's own clause, not the headline future.
"""
from __future__ import annotations

import bisect
from typing import Callable

FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "’ll"}
FUTURE_CONTROL = {"plan", "expect", "schedule", "set", "due", "intend", "aim", "hope",
                  "want", "promise", "vow", "threaten", "seek", "prepare", "propose",
                  "agree", "decide", "pledge", "go", "likely", "poise", "slate", "about",
                  "need", "have", "tend", "look"}
# verbs that order or ask someone to do something later ("ordered him to appear")
DIRECTIVE = {"order", "ask", "tell", "urge", "summon", "require", "instruct", "remand",
             "bail", "invite", "direct", "request", "warn", "advise", "command", "call"}
MAX_STEPS = 12
# adjectives that rank a noun before an infinitive ("the first woman to ...")
RANKING = {"first", "second", "third", "fourth", "fifth", "last", "only", "next", "latest",
           "final", "sole"}


# conjunctions of time and condition whose clause takes the present for a future
TEMPORAL_MARKS = {"when", "once", "until", "till", "after", "before", "as", "if", "unless",
                  "while"}


def _is_verb(tok) -> bool:
    return tok.tag_.startswith("VB") or tok.tag_ == "MD"


def _governing_verb(tok):
    t = tok
    for _ in range(MAX_STEPS):
        if _is_verb(t) and t.dep_ not in ("aux", "auxpass"):
            return t
        if t.dep_ in ("aux", "auxpass") and t.head.i != t.i:
            return t.head
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def verb_tense(verb, depth: int = 0) -> str | None:
    """Tense of a verb from its auxiliaries, tag and morphology."""
    if depth > MAX_STEPS:
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lemmas = {a.lower_ for a in auxes} | {a.lemma_.lower() for a in auxes}
    if lemmas & FUTURE_AUX:
        return "future"
    if verb.tag_ == "VBG" and not auxes and verb.dep_ == "pcomp" and \
            verb.head.lower_ in ("after", "before") and \
            verb.head.head.i != verb.head.i and _is_verb(verb.head.head):
        # "slid a further 4 cents after falling 1.5 cents on Thursday": the gerund's time
        # is told in its main verb's tense
        return verb_tense(verb.head.head, depth + 1)
    # "is going to announce": announce <-xcomp- going (VBG) with aux "to"
    head = verb.head
    has_to = any(a.lower_ == "to" and a.tag_ == "TO" for a in auxes)
    if has_to and (verb.tag_ == "VB" or (verb.tag_ == "VBN" and any(
            a.dep_ == "auxpass" and a.tag_ == "VB" for a in auxes))):
        if head.i != verb.i and head.lemma_.lower() in FUTURE_CONTROL:
            inner = verb_tense(head, depth + 1) if head.lemma_.lower() != "go" else None
            if head.lemma_.lower() == "go" and head.tag_ == "VBG":
                outer = [c for c in head.children if c.dep_ == "aux"]
                if any(c.tag_ == "VBD" for c in outer):
                    return "past"  # "was going to": a past future
                return "future"
            if inner == "past" and head.lemma_.lower() not in ("set", "due", "schedule",
                                                               "expect", "likely"):
                return "past"
            if inner == "past" and head.lemma_.lower() in ("expect", "likely"):
                return None  # a past expectation of the nearest such time: "economists
                # expected employers to shed jobs in October" (the October just past),
                # "the deal was expected to close in March" (the March to come)
            return "future"
        if verb.dep_ == "relcl" and head.tag_.startswith("NN") and any(
                c.dep_ == "amod" and (c.lower_ in RANKING or c.tag_ == "JJS")
                for c in head.children):
            # "the second climber to die", "the first man to walk": a ranked noun's
            # infinitive tells what happened, not what will; the noun's clause decides
            gov = _governing_verb(head) if head.head.i != head.i else None
            return verb_tense(gov, depth + 1) if gov is not None else None
        if head.i == verb.i or verb.dep_ in ("ROOT",) or head.tag_.startswith("NN"):
            return "future"  # headline infinitive: "Apple to give free cases"
        if verb.dep_ == "advcl" or head.lemma_.lower() in DIRECTIVE:
            return None  # a purpose or an order comes after its clause, before or after
            # now: "was remanded in custody to appear ... on 19 August", "ordered to pay"
        return verb_tense(head, depth + 1) if head.i != verb.i and _is_verb(head) else None
    for a in auxes:
        if a.tag_ in ("VBD",) or (a.lemma_.lower() == "have" and a.tag_ in ("VBP", "VBZ")
                                   and verb.tag_ == "VBN" and a.dep_ == "aux"):
            return "past"
        if a.tag_ == "MD":
            return None
    if verb.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP")
                                  for a in auxes):
        return "present"  # "when he's sentenced", "is expected"
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBN":
        # a participle with no auxiliary: reduced relative or headline passive
        # ("troops stationed in Ukraine", "Man arrested Monday") -> past
        if verb.dep_ in ("acl", "ROOT", "advcl", "relcl") or not auxes:
            return "past"
    if verb.tag_ in ("VBZ", "VBP"):
        if verb.dep_ == "advcl" and verb.head.i != verb.i and any(
                c.dep_ in ("mark", "advmod") and c.lower_ in TEMPORAL_MARKS
                for c in verb.children):
            # English puts a future in the present after "when", "once", "until"...:
            # "will seek higher wages when talks begin in July"
            if verb_tense(verb.head, depth + 1) == "future":
                return "future"
        return "present"
    if "Past" in verb.morph.get("Tense"):
        return "past"
    if verb.tag_ == "VBG":
        for a in auxes:
            if a.tag_ in ("VBZ", "VBP"):
                return "present"
        if verb.head.i != verb.i and _is_verb(verb.head):
            return verb_tense(verb.head, depth + 1)
    if verb.tag_ == "VB" and verb.head.i != verb.i and _is_verb(verb.head):
        return verb_tense(verb.head, depth + 1)
    return None


# Verbs that schedule: the date after "set for", "postponed until", "scheduled for" is
# ahead of the scheduling, whatever that verb's own tense.
SCHEDULE = {"set", "schedule", "slate", "plan", "postpone", "delay", "adjourn",
            "reschedule", "push", "move", "book", "fix", "defer", "call", "continue",
            "recess", "put", "announce", "expect", "pencil", "penciled", "pencilled"}
# Nouns whose date is ahead of the clause that mentions them: "gave him a May 10
# deadline" names a day to come, whatever the tense of "gave".
AHEAD_NOUNS = {"deadline"}


# The scheduling verbs that fix a time for something else ("set for October 28",
# "penciled in for October"); a delay or a postponement lasts until its date instead.
FIXING = {"set", "schedule", "reschedule", "slate", "plan", "book", "fix", "pencil",
          "penciled", "pencilled"}


def scheduling_verb(tok):
    """The scheduling verb (``SCHEDULE``) whose "for"/"until"/"till" object ``tok`` is, also
    through a particle ("penciled in for October"), or None."""
    head = tok.head
    if tok.dep_ != "pobj" or head.lemma_.lower() not in ("for", "until", "till"):
        return None
    gov = head.head
    if gov.i != head.i and gov.pos_ == "ADP" and gov.dep_ in ("prt", "prep"):
        gov = gov.head  # "penciled in for October"
    return gov if gov.i != head.i and gov.lemma_.lower() in SCHEDULE else None


def _scheduled(tok) -> bool:
    """Is ``tok`` the object of "for"/"until"/"till" after a scheduling verb?"""
    return scheduling_verb(tok) is not None


def _ahead_noun(tok) -> bool:
    """Is ``tok`` (or the date it is part of) a modifier of a noun like "deadline"?"""
    for _ in range(2):
        if tok.dep_ not in ("compound", "nmod", "nummod", "amod", "npadvmod") \
                or tok.head.i == tok.i:
            return False
        if tok.head.lemma_.lower() in AHEAD_NOUNS or tok.head.lower_ in AHEAD_NOUNS:
            return True
        tok = tok.head
    return False


def tense_lookup(doc) -> Callable[[int], str | None]:
    """The tense callback for ``tag`` built from a spaCy ``Doc`` of the same text."""
    starts = [t.idx for t in doc]
    cache: dict[int, str | None] = {}

    def tense(offset: int) -> str | None:
        if not starts:
            return None
        i = bisect.bisect_right(starts, offset) - 1
        if i < 0:
            i = 0
        if i in cache:
            return cache[i]
        tok = doc[i]
        if _scheduled(tok) or (tok.dep_ in ("compound", "nummod", "npadvmod") and
                               _scheduled(tok.head)) or _ahead_noun(tok):
            cache[i] = "future"
            return "future"
        verb = _governing_verb(tok)
        said = _said_before(tok)
        if said is not None and verb is not None and verb.i > said.i:
            verb = said  # "said on Monday it would act": the saying's day, however the
            # parser hangs the date on the clause after it
        res = verb_tense(verb) if verb is not None else None
        if res == "present" and verb is not None and \
                verb.lemma_.lower() in _FORECASTING and said is None and \
                tok.lower_ not in _DAY_WORDS and tok.ent_type_ != "TIME":
            res = "future"  # "analysts forecast $49 a barrel in the first quarter": the
            # period forecast is to come (not the day it was forecast: "on Monday"; nor a
            # past forecast's: "it had predicted in January")
        if res == "future" and tok.dep_ in ("compound", "nmod", "amod") and \
                tok.head.i != tok.i and tok.head.pos_ == "NOUN" and \
                tok.head.lemma_.lower() not in DAY_PARTS:
            res = None  # a date naming an event in a future clause ("would consider it
            # after the November 4 election"): the event named may be past; (in a past
            # clause it is past: "investigating a June 20 shooting")
        if res == "present" and _on_a_noun(tok):
            res = None  # "the Friday afternoon slaying", "their bravery on Monday": the
            # date names the noun's event, not the present of the verb
        if res in (None, "present") and verb is not None and _after_what(tok, verb):
            res = "past"  # "are still searching for people missing after downpours over
            # the weekend": what came before the present is past
        cache[i] = res
        return res
    return tense


def _after_what(tok, verb) -> bool:
    """Whether the date is inside the object of an "after"/"following"/"since" on its way
    up to ``verb`` ("missing after downpours over the weekend")."""
    t = tok
    for _ in range(MAX_STEPS):
        if t.i == verb.i or t.head.i == t.i:
            return False
        if t.dep_ == "pobj" and t.head.lower_ in ("after", "following", "since") and \
                t.i != tok.i:
            return True
        t = t.head
    return False


# verbs whose period is one to come: "forecast ... in the first quarter"
_FORECASTING = frozenset("forecast predict project anticipate foresee".split())
_DAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday today "
                       "yesterday tonight".split())
# verbs of saying a date right after which dates the saying
_SAYING = frozenset("say announce tell report confirm add warn disclose reveal".split())


def _said_before(tok):
    """The verb of saying right before a date's words ("said on Monday it would", "said
    Monday"), or None."""
    start = tok
    while start.i > 0 and start.doc[start.i - 1].ent_type_ == "DATE" and \
            start.doc[start.i - 1].ent_iob_ != "O":
        start = start.doc[start.i - 1]
    i = start.i - 1
    if i >= 0 and start.doc[i].lower_ in ("on", "late", "early"):
        i -= 1
    if i < 0:
        return None
    v = start.doc[i]
    if v.pos_ == "VERB" and v.lemma_.lower() in _SAYING and v.tag_ in ("VBD", "VBZ", "VBP"):
        return v
    return None


def _on_a_noun(tok) -> bool:
    """Is the date token attached to a noun (through a preposition or as its modifier)
    rather than to its clause's verb?"""
    while tok.dep_ in ("compound", "nmod", "amod", "nummod") and \
            tok.head.lemma_.lower() in DAY_PARTS and tok.head.i != tok.i:
        tok = tok.head  # "Friday afternoon slaying": the day part's own head
    head = tok.head
    if tok.dep_ in ("compound", "nmod", "amod", "nummod") and head.pos_ in ("NOUN", "PROPN"):
        return head.lemma_.lower() not in DAY_PARTS
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "NOUN":
        return True
    return False


# parts of a day a date may head ("the March 6 morning"): still the clause's time
DAY_PARTS = {"morning", "afternoon", "evening", "night", "overnight", "weekend", "day"}
