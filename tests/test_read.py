"""Reading articles: formats, metadata, offsets and bad input."""
from __future__ import annotations

import json
import warnings

import pytest

from graph.read import (NoDateWarning, ReadError, iter_files, parse_byline, parse_date,
                        read_articles, read_file, read_text_file)


def test_seed_header_published_and_byline(seed_path):
    a = read_text_file(seed_path)
    assert a.published == "2025-03-11T15:48"
    assert a.published_date == "2025-03-11"
    assert a.author == "Seo Ji-eun"
    assert a.title.startswith("North Korean troops playing")
    assert a.title.endswith("says Ukraine")
    # offsets point into the text exactly as read
    assert a.text[a.title_span.start:a.title_span.end] == a.title
    assert a.body_span.text.startswith("North Korean troops are playing")
    assert a.text[a.body_span.start:a.body_span.end] == a.body_span.text
    # the byline and the Published line are not part of the body
    assert "SEO JI-EUN" not in a.body_span.text
    assert "Published:" not in a.body_span.text


def test_article_id_is_a_content_hash(tmp_path, seed_path):
    a = read_text_file(seed_path)
    copy = tmp_path / "other-name.txt"
    copy.write_bytes(seed_path.read_bytes())
    b = read_text_file(copy)
    assert a.id == b.id and a.id.startswith("article:") and len(a.id) == len("article:") + 16
    copy.write_bytes(seed_path.read_bytes() + b"\nOne more line.")
    assert read_text_file(copy).id != a.id


@pytest.mark.parametrize("line,expected", [
    ("SEO JI-EUN", "Seo Ji-eun"),
    ("KIM JONG-UN", "Kim Jong-un"),
    ("JEAN-PAUL DUBOIS", "Jean-Paul Dubois"),
    ("By Jane Doe", "Jane Doe"),
    ("by MARY O'BRIEN", "Mary O'brien"),
    ("North Korean troops are playing a role.", None),
    ("UKRAINE", None),
    ("The Ukrainian military blog DeepState acknowledged", None),
    ("By Paul Adams, BBC News, Gaziantep", "Paul Adams"),
    ("By Hanna Arhirova and Illia Novikov, Associated Press",
     "Hanna Arhirova and Illia Novikov"),
    ("By the end of the day, the fire was out", None),
])
def test_bylines(line, expected):
    assert parse_byline(line) == expected


@pytest.mark.parametrize("text,expected", [
    ("11 Mar. 2025, 15:48", "2025-03-11T15:48"),
    ("March 01, 2008", "2008-03-01"),
    ("2008-09-04", "2008-09-04"),
    ("2008-09-04T07:05:00", "2008-09-04T07:05"),
    ("4 September 2008", "2008-09-04"),
    ("31 Feb. 2025", None),
    ("yesterday", None),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_plain_text_without_header(tmp_path):
    p = tmp_path / "plain.txt"
    p.write_text("Storm hits coast\nA storm hit the coast on Monday, officials said.\n",
                 encoding="utf-8")
    with pytest.warns(NoDateWarning, match="plain.txt"):
        a = read_text_file(p)
    assert a.published is None
    assert a.title == "Storm hits coast"
    assert a.body_span.text == "A storm hit the coast on Monday, officials said."
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        b = read_text_file(p, published="2024-02-29")
    assert b.published == "2024-02-29"


def test_jsonl(tmp_path):
    p = tmp_path / "news.jsonl"
    rows = [{"title": "One", "published": "2024-05-01", "text": "First story.", "url": "https://e.x/1",
             "outlet": "Example Times", "author": "A. Writer"},
            {"title": "Two", "published": "May 2, 2024", "text": "Second story."}]
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    arts = read_file(p)
    assert [a.title for a in arts] == ["One", "Two"]
    assert arts[0].outlet == "Example Times" and arts[0].url == "https://e.x/1"
    assert arts[1].published == "2024-05-02"
    assert arts[0].text == "First story." and arts[0].body_span.start == 0
    assert arts[0].id != arts[1].id
    assert arts[0].path.endswith("news.jsonl:1")


def test_directory_is_read_in_sorted_order(tmp_path):
    for name in ("b.txt", "a.txt", "sub/c.txt", ".hidden.txt", "README.md", "notes.csv"):
        f = tmp_path / name
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(f"date 2024-01-01 {name}\nBody of {name}.\n", encoding="utf-8")
    names = [p.relative_to(tmp_path).as_posix() for p in iter_files([tmp_path])]
    assert names == ["a.txt", "b.txt", "sub/c.txt"]
    assert [a.title for a in read_articles([tmp_path])] == ["a.txt", "b.txt", "sub/c.txt"]


@pytest.mark.parametrize("content,reason", [
    (b"", "empty file"),
    (b"   \n\n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    (b"date 2024-01-01 Caf\xe9\nLe caf\xe9 est ferm\xe9.", "not valid UTF-8"),
    (b"date 2024-13-45 Bad date\nBody.", "bad date in the header"),
    (b"date 2024-01-01 Only a headline", None),
])
def test_bad_input_is_one_clear_line(tmp_path, content, reason):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    if reason is None:  # a headline alone is a (tiny) article, not an error
        assert read_text_file(p).title == "Only a headline"
        return
    with pytest.raises(ReadError) as info:
        read_text_file(p)
    msg = str(info.value)
    assert "\n" not in msg and str(p) in msg and reason in msg


def test_huge_file_is_refused(tmp_path):
    p = tmp_path / "huge.txt"
    p.write_bytes(b"date 2024-01-01 Huge\n" + b"word " * 1000)
    with pytest.raises(ReadError, match="over the limit"):
        read_text_file(p, max_bytes=1000)


def test_missing_path():
    with pytest.raises(ReadError, match="no such file"):
        read_articles(["/nonexistent/dir/article.txt"])


def test_bad_jsonl_line_names_the_line(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"text": "ok", "published": "2024-01-01"}\n{"text": \n', encoding="utf-8")
    with pytest.raises(ReadError, match=r"bad.jsonl:2: invalid JSON"):
        read_file(p)


def test_html_in_text_is_kept_as_text(tmp_path):
    p = tmp_path / "evil.txt"
    body = 'Officials said <img src=x onerror=alert(1)> and "><script>alert(1)</script> today.'
    p.write_text(f"date 2024-01-01 <b>Title</b>\n{body}\n", encoding="utf-8")
    a = read_text_file(p)
    assert a.title == "<b>Title</b>"
    assert a.body_span.text == body


def test_bom_and_crlf_files(tmp_path, seed_path):
    raw = seed_path.read_bytes().replace(b"\n", b"\r\n")
    p = tmp_path / "windows.txt"
    p.write_bytes(b"\xef\xbb\xbf" + raw)
    a = read_text_file(p)
    assert a.text.startswith("\ufeff")  # nothing stripped: offsets stay exact
    assert a.published == "2025-03-11T15:48" and a.author == "Seo Ji-eun"
    assert a.title.endswith("says Ukraine") and "\r" not in a.title
    assert a.text[a.title_span.start:a.title_span.end] == a.title
    assert a.body_span.text.startswith("North Korean troops are playing")
    assert not a.body_span.text.endswith("\r")


def test_plain_text_with_header_fields(tmp_path):
    # the fields scrapers and news exports write above the text; offsets stay exact
    text = ("Title: Russian strikes hit Kharkiv power grid\nPublished: March 22, 2024, "
            "14:05\nSource: Associated Press\nURL: https://example.org/kharkiv\n\nBy Hanna "
            "Arhirova and Illia Novikov, Associated Press\n\nKYIV, Ukraine (AP) — Russia "
            "launched a massive attack on Ukraine's energy infrastructure overnight.\n")
    p = tmp_path / "fields.txt"
    p.write_text(text, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a date was found: no warning
        a = read_text_file(p)
    assert (a.title, a.published, a.author, a.outlet, a.url) == (
        "Russian strikes hit Kharkiv power grid", "2024-03-22T14:05",
        "Hanna Arhirova and Illia Novikov", "Associated Press", "https://example.org/kharkiv")
    assert a.text[a.title_span.start:a.title_span.end] == a.title
    assert a.body_span.text.startswith("KYIV, Ukraine (AP)")
    # the caller's date wins; a date that cannot be read is an error naming the file
    assert read_text_file(p, published="2024-03-23").published == "2024-03-23"
    bad = tmp_path / "bad.txt"
    bad.write_text("Headline: Quake\nDate: yesterday\n\nA quake hit.\n", encoding="utf-8")
    with pytest.raises(ReadError, match=r"bad\.txt: cannot read the publication date"):
        read_text_file(bad)
    # "By" opening the story under the fields is no byline
    story = tmp_path / "story.txt"
    story.write_text("Headline: Quake\nDate: 2013-07-02\nBy the time rescuers arrived, "
                     "the village was gone.\n", encoding="utf-8")
    s = read_text_file(story)
    assert s.author is None and s.body_span.text.startswith("By the time")
