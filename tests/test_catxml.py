"""Tests for bench/catxml.py, the CAT XML (MEANTIME / ESC) reader.

The tests on tests/data/cat/ (two real files, see tests/data/README.md) and on small
hand-written XML always run. The whole-corpus tests need ../shared/eval next to the repo
(the project's shared folder) and are skipped where it is absent, e.g. in a user's clone.
"""
from __future__ import annotations

from pathlib import Path
import sys
import textwrap

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import catxml  # noqa: E402

DATA = ROOT / "tests" / "data" / "cat"
MEANTIME_FILE = DATA / "23468_Apple_plans_another_special_event.xml"
ESC_FILE = DATA / "14_4ecbplus.xml.xml"
EVAL_DIR = ROOT.parent / "shared" / "eval"
needs_eval = pytest.mark.skipif(not (EVAL_DIR / "meantime").is_dir() or not (EVAL_DIR / "esc").is_dir(),
                                reason="../shared/eval (gold corpora) not available")


def check_offsets(doc: catxml.GoldDoc) -> int:
    """Assert the offset invariants of one document; return the number of anchored markables."""
    text = doc.text
    assert text.endswith("\n")
    by_tid = {t.t_id: t for t in doc.tokens}
    for t in doc.tokens:
        if t.start >= 0:
            assert text[t.start:t.end] == t.text
            assert t.text and not t.text.isspace()
    order = [t for t in doc.tokens if t.start >= 0]
    assert [t.start for t in order] == sorted(t.start for t in order), "token order kept"
    n = 0
    for m in (*doc.timexes, *doc.entity_mentions, *doc.events):
        if m.start < 0:
            assert m.start == m.end == -1 and m.text == "" and m.token_spans == () and m.sentence == -1
            continue
        n += 1
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        assert "\n" not in m.text, "a markable never crosses a sentence line"
        assert m.token_spans[0][0] == m.start and m.token_spans[-1][1] == m.end
        # the markable's tokens (first to last) joined by the detokeniser give the same text
        inside = [t for t in order if m.start <= t.start and t.end <= m.end]
        assert catxml.detokenize([t.raw for t in inside], doc.corpus) == m.text
        s0, s1 = doc.sentences[m.sentence]
        assert s0 <= m.start and m.end <= s1
    lines = text[:-1].split("\n")
    spans = [s for s in doc.sentences if s != (-1, -1)]
    assert len(spans) == len(lines)
    assert len(set(by_tid)) == len(doc.tokens)
    return n


# --- the two bundled files -------------------------------------------------------------

def test_meantime_file_layout():
    doc = catxml.load(MEANTIME_FILE)
    assert doc.corpus == "meantime"
    assert doc.doc_id == "23468"
    assert doc.dct == "2005-10-04" and doc.dct_value == "2005-10-04"
    assert doc.title == "Apple plans another special event"
    assert doc.url == "http://en.wikinews.org/wiki/Apple_plans_another_special_event"
    assert doc.text.startswith("date 2005-10-04 Apple plans another special event\n"
                               "October 04, 2005\n"
                               "Within one month of the iPod nano and iTunes phone special event, ")
    assert 'The invitation reads, "One more thing ...", the teasing tagline of Steve Jobs.\n' in doc.text
    assert "similar to Apple's Airport Express" in doc.text
    assert "a video iPod (vPod) along" in doc.text
    # one sentence per line, sentence 0 the headline (after the date prefix)
    assert doc.headline_sentence == 0
    s, e = doc.sentences[0]
    assert (s, doc.text[s:e]) == (len("date 2005-10-04 "), doc.title)
    s, e = doc.sentences[1]
    assert doc.text[s:e] == "October 04, 2005"
    assert len(doc.sentences) == doc.text.count("\n")
    assert check_offsets(doc) == len(doc.timexes) + len(doc.entity_mentions) + len(doc.events)


def test_meantime_markables_and_relations():
    doc = catxml.load(MEANTIME_FILE)
    m = doc.markables
    dct = [t for t in doc.timexes if t.function == "CREATION_TIME"]
    assert len(dct) == 1 and dct[0].text == "October 04, 2005" and dct[0].value == "2005-10-04"
    assert dct[0].sentence == 1 and dct[0].type == "DATE" and dct[0].anchor is None
    today = next(t for t in doc.timexes if t.text == "today")
    assert today.value == "2005-10-04" and today.anchor == dct[0].id
    assert next(t for t in doc.timexes if t.text == "one month").type == "DURATION"

    jobs = next(x for x in doc.entity_mentions if x.text == "Steve Jobs")
    assert (jobs.ent_type, jobs.syntactic_type) == ("PER", "NAM")
    assert jobs.entity == "PER19274271332322852"  # MEANTIME's cross-document instance id
    assert jobs.entity_ref == "http://dbpedia.org/resource/Steve_Jobs"
    apple = [x for x in doc.entity_mentions if x.entity == "ORG19274271187160719"]
    assert {x.text for x in apple} == {"Apple", "Apple Computer"}
    assert {x.ent_type for x in apple} == {"ORG"}

    announced = next(x for x in doc.events if x.text == "announced")
    assert announced.cls == "SPEECH_COGNITIVE" and announced.pred == "announce"
    assert (announced.tense, announced.polarity, announced.certainty) == ("PAST", "POS", "CERTAIN")
    assert announced.instance and announced.instance.startswith("23468#")

    arg0 = [r for r in doc.relations_of("HAS_PARTICIPANT") if r.source == announced.id]
    assert [(m[r.target].text, r.sem_role) for r in arg0] == [("Apple Computer", "Arg0")]
    tl = [r for r in doc.relations_of("TLINK") if r.source == announced.id and r.target == dct[0].id]
    assert tl and tl[0].reltype == "IS_INCLUDED"
    # REFERS_TO with several sources is expanded to one relation per source
    refs = [r for r in doc.relations_of("REFERS_TO") if r.target == next(
        r.target for r in doc.relations_of("REFERS_TO") if r.source == jobs.id)]
    assert refs and all(r.get("r_id") == refs[0].get("r_id") for r in refs)
    for r in doc.relations:
        assert list(r.attrs) == sorted(r.attrs) and all(v != "" for _, v in r.attrs)


def test_esc_file_layout():
    doc = catxml.load(ESC_FILE)
    assert doc.corpus == "esc" and doc.doc_id == "14_4ecbplus"
    # sentence 0 is the URL: out of the text, into url
    assert doc.url == "http://www.itv.com/news/westcountry/story/2013-07-21/wellington-supermarket-fire/"
    assert doc.sentences[0] == (-1, -1)
    assert doc.headline_sentence == 1 and doc.title == "Wellington supermarket fire"
    assert doc.text == ("date 2013-07-21 Wellington supermarket fire\n"
                        "A large fire has destroyed much of a supermarket in Somerset.\n"
                        "Crews were called to the Waitrose building on Wellington High Street just after 6am.\n")
    assert all(t.start == -1 for t in doc.tokens if t.sentence == 0)
    check_offsets(doc)


def test_esc_markables():
    doc = catxml.load(ESC_FILE)
    # the DCT of this file has no token: kept, with its value, at -1
    dct = [t for t in doc.timexes if t.function == "CREATION_TIME"]
    assert len(dct) == 1 and dct[0].start == dct[0].end == -1 and dct[0].value == "2013-07-21"
    assert doc.dct == "2013-07-21"
    six = next(t for t in doc.timexes if t.text == "6am")
    assert (six.type, six.tag, six.value, six.function) == ("TIME", "TIME_OF_THE_DAY", "2013-07-21T06:00Z", None)
    fire = [e for e in doc.events if e.text == "fire"]
    assert len(fire) == 2 and {e.cls for e in fire} == {"ACTION_OCCURRENCE"}
    assert {e.polarity for e in fire} == {"POS"} and fire[0].pred is None and fire[0].tense is None
    crews = next(x for x in doc.entity_mentions if x.text == "Crews")
    assert crews.tag.startswith("HUMAN_PART_") and crews.ent_type == catxml.ESC_ENT_TYPES[crews.tag]
    assert crews.syntactic_type is None and crews.entity is None
    somerset = next(x for x in doc.entity_mentions if x.text == "in Somerset")
    assert somerset.ent_type == "LOC" and somerset.tag.startswith("LOC_")
    tokenless = [x for x in (*doc.events, *doc.entity_mentions) if x.start < 0]
    assert tokenless and all(dict(x.attrs).get("TAG_DESCRIPTOR") for x in tokenless)
    plot = doc.relations_of("PLOT_LINK")
    assert plot and all(p.reltype for p in plot)


def test_esc_named_mentions_skip_common_words_capitalised_by_position():
    # the benchmark's "named" ESC gold (bench/eval_events.py, esc_is_named): "Crews" opens
    # a sentence; it is a name only while no document of the corpus writes "crews"
    from bench.eval_events import corpus_lower_words, gold_entities
    doc = catxml.load(ESC_FILE)
    assert [g.key.text for g in gold_entities(doc, "named")] == ["Crews", "in Somerset"]
    lower = frozenset({"crews", "somerset"})
    assert [g.key.text for g in gold_entities(doc, "named", lower)] == ["in Somerset"]

    class _Run:  # what corpus_lower_words reads of a benchmark run
        gold = doc
    assert {"fire", "crews"} - corpus_lower_words([_Run()]) == {"crews"}


def test_load_is_deterministic():
    assert catxml.load(MEANTIME_FILE) == catxml.load(MEANTIME_FILE)
    assert catxml.load(ESC_FILE) == catxml.load(str(ESC_FILE))


# --- detokeniser ---------------------------------------------------------------------

@pytest.mark.parametrize("tokens, corpus, expected", [
    ("Yesterday , at this year 's Conference ( WWDC ) , he said .", "meantime",
     "Yesterday, at this year's Conference (WWDC), he said."),
    ("He said `` One more thing ... '' , then left .", "meantime",
     'He said "One more thing ...", then left.'),
    ('saying , " Stop me if you \'ve seen this . " The', "meantime",
     'saying, "Stop me if you\'ve seen this." The'),
    ("priced at US$ 199 or $ 99 , up 5 % ; no !", "meantime", "priced at US$199 or $99, up 5%; no!"),
    ("Jobs ' health and Airbus ' jet", "meantime", "Jobs' health and Airbus' jet"),
    ("as ` one of the seven wonders ' .", "meantime", "as 'one of the seven wonders'."),
    ("I' ll call Michael O' Leary and Charles O 'Reilly", "meantime",
     "I'll call Michael O'Leary and Charles O'Reilly"),
    ("we ' re launching it does n't matter", "meantime", "we're launching it doesn't matter"),
    ("more often known as KC-30s - are based", "meantime", "more often known as KC-30s - are based"),
    ("audio / video / text", "meantime", "audio/video/text"),
    ("a 90 - day court - mandated stay", "esc", "a 90-day court-mandated stay"),
    ("May 2 , 2013 | 5 : 03pm", "esc", "May 2, 2013 | 5:03pm"),
    ("Lohan ’ s lawyer didn ’ t say “ ensconced ” — she ’ s", "esc",
     "Lohan’s lawyer didn’t say “ensconced” — she’s"),
    ("said , ‘ Oh , God ! ’ and", "esc", "said, ‘Oh, God!’ and"),
    ("magnitude - 5 . 9 at 12 : 52 p . m . for $30 , 000 on May 2 , 2013", "esc",
     "magnitude-5.9 at 12:52 p.m. for $30,000 on May 2, 2013"),
    ("told ESPN . com .", "esc", "told ESPN.com."),
    ('"We are sad , " he said .', "esc", '"We are sad," he said.'),
])
def test_detokenize(tokens, corpus, expected):
    assert catxml.detokenize(tokens.split(" "), corpus) == expected


def test_detokenize_trivial():
    assert catxml.detokenize([]) == ""
    assert catxml.detokenize(["Apple"]) == "Apple"
    assert catxml.detokenize(["``", "A", "''"]) == '"A"'


# --- hand-written CAT XML --------------------------------------------------------------

def _write(tmp_path: Path, name: str, body: str) -> Path:
    p = tmp_path / name
    p.write_text(textwrap.dedent(body).strip() + "\n", encoding="utf-8")
    return p


def _meantime_xml(dct_attr: str, extra_markables: str = "") -> str:
    return f"""
    <?xml version="1.0" ?><Document doc_id="7" doc_name="7_x" lang="en" url="http://example.org/x">
    <token number="0" sentence="0" t_id="1">Big</token>
    <token number="1" sentence="0" t_id="2">news</token>
    <token number="2" sentence="1" t_id="3">May</token>
    <token number="3" sentence="1" t_id="4">4</token>
    <token number="4" sentence="1" t_id="5">,</token>
    <token number="5" sentence="1" t_id="6">2009</token>
    <token number="6" sentence="2" t_id="7">Apple</token>
    <token number="7" sentence="2" t_id="8">sold</token>
    <token number="8" sentence="2" t_id="9">it</token>
    <token number="9" sentence="2" t_id="10">off</token>
    <token number="10" sentence="2" t_id="11">.</token>
    <Markables>
    <TIMEX3 anchorTimeID="" functionInDocument="{dct_attr}" m_id="1" type="DATE" value="2009:05:4T17:59:13Z">
    <token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/>
    </TIMEX3>
    <EVENT_MENTION certainty="CERTAIN" m_id="2" polarity="POS" pred="sell_off" tense="PAST">
    <token_anchor t_id="8"/><token_anchor t_id="10"/>
    </EVENT_MENTION>
    <TIMEX3 anchorTimeID="1" functionInDocument="NONE" m_id="3" type="DURATION" value="P1D"/>
    {extra_markables}
    </Markables>
    <Relations>
    <TLINK r_id="9" reltype="BEFORE" comment=""><source m_id="2"/><target m_id="1"/></TLINK>
    </Relations>
    </Document>
    """


def test_meantime_dct_normalised_and_discontinuous(tmp_path):
    doc = catxml.load(_write(tmp_path, "7_x.xml", _meantime_xml("CREATION_TIME")))
    assert doc.dct == "2009-05-04" and doc.dct_value == "2009:05:4T17:59:13Z"
    assert doc.text == "date 2009-05-04 Big news\nMay 4, 2009\nApple sold it off.\n"
    ev = doc.events[0]
    assert ev.text == "sold it off" and ev.discontinuous
    assert [doc.text[s:e] for s, e in ev.token_spans] == ["sold", "off"]
    assert (ev.pred, ev.cls, ev.instance) == ("sell_off", None, None)  # no REFERS_TO
    empty = next(t for t in doc.timexes if t.id == "3")
    assert (empty.start, empty.end, empty.text, empty.anchor) == (-1, -1, "", "1")
    assert doc.relations == (catxml.GoldRelation("TLINK", "2", "1", (("r_id", "9"), ("reltype", "BEFORE"))),)
    check_offsets(doc)


def test_no_dct_gives_undated_header(tmp_path):
    doc = catxml.load(_write(tmp_path, "7_x.xml", _meantime_xml("NONE")))
    assert doc.dct is None and doc.dct_value is None
    assert doc.text.startswith("Big news\nMay 4, 2009\n")
    assert doc.sentences[0] == (0, 8)
    check_offsets(doc)


@pytest.mark.parametrize("values, expected", [
    (['value="PRESENT_REF"'], None),
    (['value="2006"'], None),
    (['value="t_2013-09-09"'], "2013-09-09"),
    (['value="2009-12-4"'], "2009-12-04"),
    # two DCT markables: the one with tokens wins
    (['value="2005-07-24"', 'value="2005-07-25T17:18Z" anchored'], "2005-07-25"),
])
def test_esc_dct_choice(tmp_path, values, expected):
    marks = []
    for i, v in enumerate(values):
        anchored = v.endswith(" anchored")
        v = v.replace(" anchored", "")
        anchor = '<token_anchor t_id="6"/>' if anchored else ""
        marks.append(f'<TIME_DATE m_id="{10 + i}" DCT="TRUE" {v} anchorTimeID="">{anchor}</TIME_DATE>')
    xml = f"""
    <?xml version='1.0' encoding='UTF-8'?>
    <Document doc_name="9_9ecbplus.xml">
      <token t_id="1" sentence="0" number="0">http</token>
      <token t_id="2" sentence="0" number="1">:</token>
      <token t_id="3" sentence="0" number="2">/</token>
      <token t_id="4" sentence="0" number="3">/</token>
      <token t_id="5" sentence="0" number="4">x.org</token>
      <token t_id="6" sentence="1" number="0">Quake</token>
      <token t_id="7" sentence="1" number="1">hits</token>
      <token t_id="8" sentence="2" number="0">It</token>
      <token t_id="9" sentence="2" number="1">did</token>
      <token t_id="10" sentence="2" number="2">n't</token>
      <token t_id="11" sentence="2" number="3">.</token>
      <Markables>
        <NEG_ACTION_OCCURRENCE m_id="1" climaxEvent="FALSE"><token_anchor t_id="9"/></NEG_ACTION_OCCURRENCE>
        <HUMAN_PART_GPE m_id="2"><token_anchor t_id="8"/></HUMAN_PART_GPE>
        {''.join(marks)}
      </Markables>
      <Relations/>
    </Document>
    """
    doc = catxml.load(_write(tmp_path, "9_9ecbplus.xml.xml", xml))
    assert doc.corpus == "esc" and doc.doc_id == "9_9ecbplus"
    assert doc.url == "http://x.org" and doc.sentences[0] == (-1, -1)
    assert doc.dct == expected
    header = f"date {expected} Quake hits" if expected else "Quake hits"
    assert doc.text == header + "\nIt didn't.\n"
    ev = doc.events[0]
    assert (ev.cls, ev.polarity, ev.tag, ev.text) == ("ACTION_OCCURRENCE", "NEG", "NEG_ACTION_OCCURRENCE", "did")
    assert doc.entity_mentions[0].ent_type == "LOC"
    assert all(t.function == "CREATION_TIME" and t.type == "DATE" for t in doc.timexes)
    check_offsets(doc)


# --- the whole corpora (only where ../shared/eval exists) ------------------------------

@needs_eval
@pytest.mark.parametrize("corpus, n_docs", [("meantime", 60), ("esc", 258)])
def test_whole_corpus_offsets(corpus, n_docs):
    docs = list(catxml.iter_corpus(EVAL_DIR, corpus))
    assert len(docs) == n_docs
    assert [d.path for d in docs] == catxml.corpus_files(EVAL_DIR, corpus)
    anchored = 0
    for doc in docs:
        assert doc.corpus == corpus
        anchored += check_offsets(doc)
        if doc.dct:
            assert doc.text.startswith(f"date {doc.dct} {doc.title}\n")
        if corpus == "esc":
            assert doc.url and doc.url.startswith("http") and doc.sentences[0] == (-1, -1)
        else:
            assert doc.url.startswith("http://en.wikinews.org/")
    assert anchored > 1000


@needs_eval
def test_whole_corpus_oddities():
    """Pin the corpus facts documented in catxml's docstring and the seeds README."""
    no_dct = {d.doc_id for c in ("meantime", "esc") for d in catxml.iter_corpus(EVAL_DIR, c) if d.dct is None}
    assert no_dct == {"8951", "78496", "1_9ecbplus", "5_8ecbplus", "7_10ecbplus"}
    esc = list(catxml.iter_corpus(EVAL_DIR, "esc"))
    tokenless_dct = [d for d in esc if any(t.function and t.start < 0 for t in d.timexes)
                     and not any(t.function and t.start >= 0 for t in d.timexes)]
    assert len(tokenless_dct) == 27
    meantime = list(catxml.iter_corpus(EVAL_DIR, "meantime"))
    for d in meantime:
        dct = [t for t in d.timexes if t.function == "CREATION_TIME"]
        if dct:  # MEANTIME's DCT is the date line, sentence 1
            assert dct[0].sentence == 1


@needs_eval
def test_seeds_match_their_source():
    """seeds/<doc_id>_*.txt are exactly what bench/make_seeds.py makes from MEANTIME."""
    from bench import make_seeds

    seeds = make_seeds.build(EVAL_DIR, list(make_seeds.SEED_IDS))
    assert 6 <= len(seeds) <= 10
    for name, text, doc in seeds:
        path = ROOT / "seeds" / name
        assert path.read_text(encoding="utf-8") == text, name
        assert text.startswith(f"date {doc.dct} {doc.title}\n")
    assert (ROOT / "seeds" / "000_b1bca38a27155288.txt").is_file()


def test_seed_slug():
    from bench import make_seeds

    assert make_seeds.slug("Apple unveils iPhone 4, iOS 4 at Worldwide Developers Conference 2010") \
        == "apple-unveils-iphone-4-ios-4-at-worldwide"
    assert make_seeds.slug("Café – Ünïcode!") == "cafe-unicode"
    assert make_seeds.slug("!!!") == "article"
