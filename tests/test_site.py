"""End to end: the example built into a site, its HTML checked."""
import html as htmllib
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from bitext.model import join_units
from bitext.text import content_chars

pytestmark = pytest.mark.slow


def pages(site: Path):
    return sorted(p for p in site.rglob("*.html"))


def soup(p: Path) -> BeautifulSoup:
    return BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser")


def test_every_content_character_reaches_the_full_page(built_site, example_bitext):
    full = soup(built_site / "foreign-affairs-2023" / "full" / "index.html")
    text = content_chars(full.select_one("article").get_text())
    for sec in example_bitext.sections:
        for h in (sec.heading_zh, sec.heading_en):
            if h:
                assert content_chars(h) in text
        for r in sec.rows:
            for t in r.zh + r.en:
                assert content_chars(t) in text


def test_redaction_marks_intact(built_site, example_path):
    source = example_path.read_text(encoding="utf-8")
    n = source.count("***")
    full = (built_site / "foreign-affairs-2023" / "full" / "index.html").read_text(encoding="utf-8")
    article = soup(built_site / "foreign-affairs-2023" / "full" / "index.html").select_one("article").get_text()
    assert n == 6
    assert article.count("***") == n
    assert "<em>" not in full.split("<article", 1)[1].split("</article>")[0]


def test_ids_unique_and_ascii(built_site):
    for p in pages(built_site):
        ids = [el["id"] for el in soup(p).select("[id]")]
        assert len(ids) == len(set(ids)), f"duplicate id in {p}"
    full = soup(built_site / "foreign-affairs-2023" / "full" / "index.html")
    for el in full.select(".bt-row, .bt-heading"):
        assert el.get("id") and el["id"].isascii()


def test_lang_on_every_text_block(built_site):
    for p in pages(built_site):
        for cell in soup(p).select(".bt-cell, .bt-h"):
            assert cell.get("lang") in ("zh-Hans", "zh-Hant", "en"), p


def test_no_external_urls(built_site):
    allowed = ("https://example.github.io/bitext/",)
    for p in list(pages(built_site)) + list(built_site.rglob("*.css")) + list(built_site.rglob("*.js")):
        text = p.read_text(encoding="utf-8", errors="replace")
        for m in re.finditer(r"""(?:src|href)\s*=\s*["'](https?:)?//([^"']+)""", text):
            url = m.group(0)
            assert any(a.split("//", 1)[1] in url for a in allowed), f"{p}: {url}"
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text


def test_pages_exist(built_site, example_bitext):
    base = built_site / "foreign-affairs-2023"
    assert (built_site / "index.html").exists()
    for name in ("index.html", "full/index.html", "alignment/index.html"):
        assert (base / name).exists()
    for sec in example_bitext.sections:
        assert (base / sec.slug / "index.html").exists()
    for ext in ("json", "tsv", "tmx"):
        assert (base / f"foreign-affairs-2023.{ext}").exists()


def test_home_page_has_bilingual_title_date_author_and_toc(built_site):
    home = soup(built_site / "index.html")
    text = home.select_one("article").get_text()
    assert "重庆市2023年外事工作回顾" in text and "Chongqing's Foreign Affairs Work in 2023" in text
    assert "2024-04-23" in text and "王雯" in text
    assert len(home.select(".bt-toc li")) == 8


def test_untranslated_row_is_marked(built_site):
    intro = soup(built_site / "foreign-affairs-2023" / "intro" / "index.html")
    row = intro.select(".bt-row")[0]
    assert "bt-unmatched" in row["class"]
    assert row.select_one(".bt-en .bt-missing")


def test_search_index_has_both_languages(built_site):
    import json

    idx = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = " ".join(d["title"] + " " + d["text"] for d in idx["docs"])
    assert "Upholding" in text and "外事" in text
