"""Nothing lost: every content character of a report reaches the exports and the page.

For generated bilingual reports (hypothesis: sequential either way round,
interleaved, two files) and for every fixture under tests/fixtures, the stages
run in memory (read → segment → pair → render), the generated Markdown is
turned into HTML by Python-Markdown with the site's extensions, and:

* every content character of the source (letters, digits, punctuation,
  symbols; not spaces or invisible format characters) is in a heading or a row,
  unless the build reported it as removed text or read it as metadata (date,
  author and title lines); nothing is invented;
* every heading and row appears on the page exactly, as text;
* the JSON export holds every heading and row exactly, the TSV every one of
  them (line breaks inside cells become spaces), the TMX every pair that has
  both sides.

The only tolerated difference is the sentence-final mark (。 . : ：) that ends a
heading, which the heading shows without; each heading may drop at most one.
"""
from __future__ import annotations

import itertools

import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import markdown
import pytest
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bitext import render
from bitext.export import pairs, to_json, to_tmx, to_tsv
from bitext.model import Bitext
from bitext.pipeline import process
from bitext.read import InputError, normalize_text, parse_date, read, read_pair, read_text
from bitext.text import content_chars, normalize_space

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
HEADING_MARKS = set("。.:：")


# --------------------------------------------------------------------------- the invariant


def source_lines(text: str) -> list[str]:
    return [normalize_space(ln) for ln in normalize_text(text).split("\n") if normalize_space(ln)]


# Between the two titles on one line ('Coastal Yearbook 2023 | 滨海年鉴2023').
TITLE_SEPARATORS = "|｜/／·"


def metadata_lines(files: list[list[str]], b: Bitext) -> list[str]:
    """Lines the reader took as the date or the author (near the top of a file:
    each of two files has its own top) or as a title (the first line of a
    language, wherever that language starts, or its first lines when the
    title is written over several)."""
    m = b.meta
    lines = [ln for f in files for ln in f]
    # A line's place in its own file, not counting the lines the build took as page or
    # web-page furniture (a web copy's menu over its title and dates).
    furniture = {normalize_space(r.text) for r in b.removed}
    at = []
    for f in files:
        at += list(itertools.accumulate(int(ln not in furniture) for ln in f))
    at = [n - 1 for n in at]
    out = []
    titles = [content_chars(t) for t in (m.title_zh, m.title_en) if t]
    if m.title_zh and m.title_en:  # both titles on one line ("社区公约 Community Rules")
        titles += [content_chars(m.title_zh + sep + m.title_en) for sep in ("", *TITLE_SEPARATORS)]
        titles += [content_chars(m.title_en + sep + m.title_zh) for sep in ("", *TITLE_SEPARATORS)]
    taken: set[int] = set()
    for i, ln in enumerate(lines):
        if i in taken:
            continue
        run = next((n for n in range(2, 8) if i + n <= len(lines) and content_chars("".join(lines[i:i + n])) in titles), 0)
        if run:
            titles.remove(content_chars("".join(lines[i:i + run])))
            out += lines[i:i + run]
            taken.update(range(i + 1, i + run))
            continue
        c = content_chars(ln)
        near_top = at[i] < 8 and ((m.date and parse_date(ln) == m.date)
                              or (m.author and content_chars(m.author) in c and len(c) <= len(content_chars(m.author)) + 12))
        if near_top or c in titles:
            if c in titles:
                titles.remove(c)
            out.append(ln)
    return out


def heading_texts(b: Bitext, files: int) -> list[str]:
    """The sections' headings as texts of the source: a heading said alike in both
    languages on one line ("## v2.3.0 (2025-03-14)") is one text, shown in each
    column (in one file; two files have a line of each number)."""
    out = []
    for s in b.sections:
        alike = s.heading_zh == s.heading_en and s.line_zh == s.line_en and files == 1
        out += [s.heading_zh or ""] if alike else [s.heading_zh or "", s.heading_en or ""]
    return out


def model_texts(b: Bitext, files: int = 1) -> list[str]:
    return heading_texts(b, files) + [t for s in b.sections for r in s.rows for t in r.zh + r.en]


def assert_nothing_lost(texts: list[str], b: Bitext) -> None:
    """The model holds every content character of the source texts, and no other."""
    files = [source_lines(t) for t in texts]
    lines = [ln for f in files for ln in f]
    source = Counter(content_chars("".join(lines)))
    model = Counter(content_chars("".join(model_texts(b, len(texts)))))
    removed = Counter(content_chars("".join(r.text for r in b.removed)))
    meta = Counter(content_chars("".join(metadata_lines(files, b))))
    invented = model - source
    assert not invented, f"characters not in the source: {invented}"
    lost = source - model - removed - meta
    headings = sum(1 for s in b.sections for h in (s.heading_zh, s.heading_en) if h)
    assert set(lost) <= HEADING_MARKS and sum(lost.values()) <= headings, f"lost: {lost}"


# Between the two languages of a one-line Markdown heading ("## 方法 / Methods",
# "## 安装（Installation）": the brackets around the second language).
HEADING_SEPARATORS = set("|/·—–-｜／（）()")


def markdown_text(md_source: str) -> str:
    """What a Markdown source says, as text: rendered by the reader's own
    (raw-HTML-safe) converter, front matter left out."""
    from bitext.markdown_input import front_matter, render_html

    fm = front_matter(md_source)
    body = "\n".join(md_source.split("\n")[fm.lines:]) if fm else md_source
    # A code fence and its language ('```bash') are markup, also where the converter,
    # which reads no fence inside a list item, would show them as text.
    body = re.sub(r"(?m)^[ \t]+(?:`{3,}|~{3,})[ \t]*[\w+.-]*[ \t]*$", "", body)
    body = re.sub(r"(?m)^((?:`{3,}|~{3,}))[ \t]*[\w+.-]+[ \t]*$", r"\1", body)
    # A line break written between a heading's two languages ('# 報告<br>Report') separates them as '|' does.
    body = re.sub(r"(?m)^(#{1,6}[ \t][^\n]*?)<br\s*/?>", r"\1|", body)
    # A heading written in HTML ('<h2 id="codes">八、错误码 / Error Codes</h2>'), a block of its
    # own, is a heading: its tags are markup (inside another HTML block, '<div …>' over it, they
    # are shown as written).
    body = re.sub(r"(?:(?<=\n\n)|\A)[ \t]*<h([1-6])\b[^>\n]*>([^<\n]*)</h\1>[ \t]*(?=\n\n|\n?\Z)",
                  lambda m: "#" * int(m.group(1)) + " " + m.group(2), body)
    # So is a heading's attribute list ('## 第一章 总则 | Chapter 1 {#ch1}').
    body = re.sub(r"(?m)^(#{1,6}[ \t].*?)[ \t]*\{:?[ \t]*[#.][^{}\n]*\}[ \t]*$", r"\1", body)
    # An HTML comment is shown as written, Markdown inside it too (see markdown_input.scan):
    # it is rendered apart, in the place of a word that stands for it.
    comments: list[str] = []

    def hold(m: re.Match) -> str:
        comments.append(m.group(0))
        return f"\n\nbitextcomment{len(comments) - 1}x\n\n"

    body = re.sub(r"(?ms)^[ \t]*<!--.*?-->[^\n]*$", hold, body)
    shown = shown_text(render_html(body))
    for k, c in enumerate(comments):
        shown = shown.replace(f"bitextcomment{k}x", shown_text(render_html(c)))
    return shown


def shown_text(html: str) -> str:
    """The text of rendered HTML, an ordered list's numbers left out wherever they stand:
    a list that interrupts a paragraph ('注：' over '1. …') renders as a list in a single
    block but as the paragraph's text in the whole source, rendered at once."""
    return re.sub(r"(?m)^[ \t]*\d{1,9}[.)](?=[ \t])", "", BeautifulSoup(html, "html.parser").get_text())


def assert_markdown_kept(texts: list[str], b: Bitext) -> None:
    """Markdown read on purpose: its rendered text is all in the model; what it
    says in markup (heading marks, emphasis, link targets) is not counted."""
    source = Counter(content_chars("".join(markdown_text(normalize_text(t)) for t in texts)))
    heads = Counter(content_chars("".join(heading_texts(b, len(texts)))))
    model = Counter(heads)
    for s in b.sections:
        for r in s.rows:
            for lang, ts in (("zh", r.zh), ("en", r.en)):
                for t in ts:
                    model.update(content_chars(shown_text(render.md_block(t, b.meta.links, lang)) if r.markdown else t))
    meta = Counter(content_chars("".join(t for t in (b.meta.title_zh, b.meta.title_en) if t)))
    removed = Counter(content_chars("".join(r.text for r in b.removed)))
    lost = source - model - meta - removed
    # A one-line bilingual title loses its separator like a heading does.
    headings = sum(1 for s in b.sections if s.headed) + (1 if b.meta.title_zh and b.meta.title_en else 0)
    allowed = HEADING_MARKS | HEADING_SEPARATORS
    assert set(lost) <= allowed and sum(lost.values()) <= 2 * headings, f"lost: {lost}"
    invented = model - source - removed
    # A heading shows its text as written: '## [2.4.0] - 2025-03-14' keeps the brackets
    # that the whole source, rendered at once, makes a link of (its target defined below).
    invented -= heads & Counter(content_chars("".join(texts)))
    assert not invented, f"characters not in the source: {invented}"


_MD = None


def to_html(md_page: str) -> BeautifulSoup:
    """A generated page as MkDocs would render it (front matter off, the site's extensions)."""
    global _MD
    if _MD is None:
        from markdown.extensions.toc import slugify_unicode

        _MD = markdown.Markdown(extensions=["attr_list", "md_in_html", "toc"],
                                extension_configs={"toc": {"permalink": True, "slugify": slugify_unicode}})
    body = md_page.split("\n---\n", 1)[1] if md_page.startswith("---\n") else md_page
    return BeautifulSoup(_MD.reset().convert(body), "html.parser")


def cell_texts(cell) -> list[str]:
    return [p.get_text() for p in cell.find_all("p", recursive=False) if "bt-missing" not in (p.get("class") or [])]


def assert_pages_and_exports_complete(b: Bitext) -> None:
    view = render.report_view(b, "r", None, None)
    pages = render.site_pages([view])
    full = to_html(pages["r/full.md"])
    home = to_html(pages["r/index.md"])
    if b.meta.title_zh or b.meta.title_en:
        shown = {el.get_text() for el in full.select(".bt-title span")}
        assert {t for t in (b.meta.title_zh, b.meta.title_en) if t} <= shown
    if b.meta.author:
        assert b.meta.author in [dd.get_text() for dd in home.select(".bt-meta dd")]
    for s in b.sections:
        head = full.find(id=s.id)
        assert head is not None, s.id
        if s.headed:
            for lang, h in (("zh", s.heading_zh), ("en", s.heading_en)):
                el = head.select_one(f".bt-h.bt-{lang}")
                assert (el.get_text() if el else None) == h
        for r in s.rows:
            el = full.find(id=r.id)
            assert el is not None, r.id
            for lang, texts in (("zh", r.zh), ("en", r.en)):
                cell = el.select_one(f".bt-cell.bt-{lang}")
                if r.markdown:  # Markdown read on purpose renders; its text must still all be there
                    got = content_chars(cell.get_text())
                    for t in texts:
                        want = content_chars(BeautifulSoup(render.md_block(t, b.meta.links, lang), "html.parser").get_text())
                        assert want in got
                else:
                    assert cell_texts(cell) == list(texts), r.id

    data = json.loads(to_json(b))
    assert [(s["heading"]["zh"], s["heading"]["en"]) for s in data["sections"]] == [(s.heading_zh, s.heading_en) for s in b.sections]
    assert [(r["zh"], r["en"]) for s in data["sections"] for r in s["rows"]] == [
        (list(r.zh), list(r.en)) for s in b.sections for r in s.rows]

    expected = list(pairs(b))
    rows = [ln.split("\t") for ln in to_tsv(b).split("\n")[1:-1]]
    assert [len(x) for x in rows] == [4] * len(expected)
    for got, (pid, zh, en, _) in zip(rows, expected):
        assert got[0] == pid and got[1].split() == zh.split() and got[2].split() == en.split()

    tmx = ET.fromstring(to_tmx(b).encode("utf-8"))
    segs = {tu.get("tuid"): [s.text or "" for s in tu.iter("seg")] for tu in tmx.iter("tu")}
    for pid, zh, en, _ in expected:
        if zh and en:
            assert [content_chars(x) for x in segs[pid]] == [content_chars(zh), content_chars(en)]


# --------------------------------------------------------------------------- fixtures


def fixture_inputs() -> list[Path]:
    """Every report under tests/fixtures: text and Markdown files, and two-file folders (zh.* + en.*)."""
    if not FIXTURES.exists():
        return []
    files = [p for p in FIXTURES.rglob("*") if p.is_file() and p.suffix in (".txt", ".md")
             and not (p.parent / "zh.txt").exists() and not (p.parent / "zh.md").exists()]
    folders = sorted({p.parent for p in FIXTURES.rglob("zh.*") if list(p.parent.glob("en.*"))})
    return sorted(files) + folders


FIXTURE_INPUTS = fixture_inputs()


@pytest.mark.parametrize("path", FIXTURE_INPUTS, ids=[str(p.relative_to(FIXTURES)) for p in FIXTURE_INPUTS])
def test_fixture_loses_nothing(path):
    from bitext.read import decode

    if path.is_dir():
        zh, en = next(path.glob("zh.*")), next(path.glob("en.*"))
        src = read_pair(zh, en)
        parts = [decode(zh.read_bytes(), str(zh))[0], decode(en.read_bytes(), str(en))[0]]
    else:
        src = read(path)
        parts = [decode(path.read_bytes(), str(path))[0]]
    b = process(src)
    sources = list(path.glob("*")) if path.is_dir() else [path]
    if src.layout == "markdown" or any(p.suffix == ".md" for p in sources):
        assert_markdown_kept(parts, b)
    else:
        assert_nothing_lost(parts, b)
    assert_pages_and_exports_complete(b)


def test_fixtures_are_found():
    assert any(p.suffix == ".txt" for p in FIXTURE_INPUTS)


def test_the_example_loses_nothing(example_path, example_bitext):
    assert_nothing_lost([example_path.read_text(encoding="utf-8")], example_bitext)
    assert_pages_and_exports_complete(example_bitext)


# --------------------------------------------------------------------------- generated reports

HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可也你对外事工作发展合作开放建设重庆"
ZH_PUNCT = "，、；：“”（）《》"
ODD = "<>&*_#[]{}`|~^=!-+.()\"'$%@\\/:;0123456789·—…©®°€¥αβ😀𠀀\u200b\u200d"

zh_word = st.text(alphabet=HAN, min_size=1, max_size=6)
en_word = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=9)
odd_bit = st.text(alphabet=ODD, min_size=1, max_size=4)


@st.composite
def zh_sentence(draw) -> str:
    parts = draw(st.lists(st.one_of(zh_word, zh_word, zh_word, st.sampled_from(ZH_PUNCT[:2]), odd_bit), min_size=3, max_size=12))
    return "".join(parts).strip() + draw(st.sampled_from("。！？；"))


@st.composite
def en_sentence(draw) -> str:
    words = draw(st.lists(st.one_of(en_word, en_word, en_word, en_word, odd_bit), min_size=3, max_size=14))
    s = " ".join(words).strip()
    return s[:1].upper() + s[1:] + draw(st.sampled_from([".", "!", "?", ";"]))


@st.composite
def report(draw):
    """Sections of (zh heading, en heading, paragraphs), the same shape in both languages."""
    n = draw(st.integers(0, 4))
    secs = []
    for i in range(n + 1):
        k = draw(st.integers(1, 3))
        zh_paras = ["".join(draw(st.lists(zh_sentence(), min_size=1, max_size=3))) for _ in range(k)]
        en_paras = [" ".join(draw(st.lists(en_sentence(), min_size=1, max_size=3))) for _ in range(k)]
        if i == 0 and draw(st.booleans()):
            secs.append((None, None, zh_paras, en_paras))  # text before the first heading
        else:
            zh_h = f"{'一二三四五'[len(secs) % 5]}、" + "".join(draw(st.lists(zh_word, min_size=1, max_size=3)))
            en_h = f"{len(secs) % 5 + 1}. " + " ".join(w.capitalize() for w in draw(st.lists(en_word, min_size=1, max_size=4)))
            secs.append((zh_h, en_h, zh_paras, en_paras))
    return secs


def language_lines(secs, lang: str) -> list[str]:
    out = []
    for zh_h, en_h, zh_p, en_p in secs:
        h, paras = (zh_h, zh_p) if lang == "zh" else (en_h, en_p)
        if h:
            out.append(h)
        out += paras
    return out


def interleaved_lines(secs) -> list[str]:
    out = []
    for zh_h, en_h, zh_p, en_p in secs:
        if zh_h:
            out += [zh_h, en_h]
        for z, e in zip(zh_p, en_p):
            out += [z, e]
    return out


GEN = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def check_text(text: str) -> Bitext:
    try:
        src = read_text(normalize_text(text), "gen.txt")
    except InputError:  # nothing readable at all: refused, so nothing shown either
        assert not content_chars(text)
        raise
    b = process(src)
    assert_nothing_lost([text], b)
    assert_pages_and_exports_complete(b)
    return b


@GEN
@given(secs=report(), zh_first=st.booleans(), blank=st.booleans(), date=st.booleans())
def test_sequential_reports_lose_nothing(secs, zh_first, blank, date):
    first, second = ("zh", "en") if zh_first else ("en", "zh")
    sep = "\n\n" if blank else "\n"
    lines = (["时间:2024-04-23", "作者：王雯"] if date else []) + language_lines(secs, first) + language_lines(secs, second)
    check_text(sep.join(lines) + "\n")


@GEN
@given(secs=report(), blank=st.booleans())
def test_interleaved_reports_lose_nothing(secs, blank):
    check_text(("\n\n" if blank else "\n").join(interleaved_lines(secs)) + "\n")


@GEN
@given(secs=report())
def test_two_file_reports_lose_nothing(secs, tmp_path_factory):
    folder = tmp_path_factory.mktemp("pair")
    zh, en = folder / "zh.txt", folder / "en.txt"
    zh_text = "\n".join(language_lines(secs, "zh")) + "\n"
    en_text = "\n".join(language_lines(secs, "en")) + "\n"
    zh.write_text(zh_text, encoding="utf-8")
    en.write_text(en_text, encoding="utf-8")
    b = process(read_pair(zh, en))
    assert_nothing_lost([zh_text, en_text], b)
    assert_pages_and_exports_complete(b)


def test_an_html_comment_in_markdown_is_kept_as_written():
    """A comment keeps a heading line for later ("<!--" / "## 九、路线图 / Roadmap" / "-->"):
    the page shows it as written, its marks too, and the check reads it so."""
    src = "\n".join(["# 工具 / Tool", "", "## 一、简介 / Introduction", "", "本工具读取数据。", "",
                     "This tool reads data.", "", "<!--", "## 九、路线图 / Roadmap", "（待补充 / TBD）", "-->", "",
                     "## 二、许可 / Licence", "", "采用开源许可证。", "", "Released under an open licence.", ""])
    assert "## 九、路线图 / Roadmap" in markdown_text(src)
    b = process(read_text(src, "tool.md"))
    assert_markdown_kept([src], b)


def test_a_heading_written_in_html_loses_only_its_tags():
    """Markdown may write one heading in HTML ('<h2 id="codes">二、错误码 / Error Codes</h2>'):
    the reader takes it as a heading, and the check counts its tags as markup, not text."""
    src = "\n".join(["# 接口指南 / API Guide", "", "## 一、简介 / Introduction", "", "本接口返回数据。", "",
                     "The API returns data.", "", '<h2 id="codes">二、错误码 / Error Codes</h2>', "",
                     "失败时返回错误码。", "", "A failed call returns an error code.", ""])
    assert "<h2" not in markdown_text(src)
    # (Inside another HTML block it is shown as written, its tags too.)
    assert "<h1>" in markdown_text('<div align="center">\n  <h1>Kuroshio</h1>\n</div>\n\nText.\n')
    b = process(read_text(src, "guide.md"))
    assert [(s.heading_zh, s.heading_en) for s in b.sections if s.headed][-1] == ("二、错误码", "Error Codes")
    assert_markdown_kept([src], b)


def test_a_title_line_in_both_languages_with_a_bar_between_is_the_title():
    """'Harbour Yearbook 2023 | 港湾年鉴2023': the bar between the two titles is no content lost."""
    src = "\n".join(["Harbour Yearbook 2023 | 港湾年鉴2023", "", "第一章　渔业", "", "全年渔业产量增长百分之二。", "",
                     "第二章　港口", "", "港口吞吐量保持稳定。", "", "Chapter 1 Fisheries", "",
                     "Fishery output rose by two per cent in the year.", "", "Chapter 2 Ports", "",
                     "Port throughput held steady.", ""])
    b = process(read_text(src, "yearbook.txt"))
    assert (b.meta.title_zh, b.meta.title_en) == ("港湾年鉴2023", "Harbour Yearbook 2023")
    assert_nothing_lost([src], b)


def test_reference_links_show_their_text_on_the_page():
    """'[问题跟踪器][issues]' with its target defined at the end: the page shows the link's
    text, and the check renders each block with the document's link targets as the page does."""
    src = "\n".join(["# 指南 / Guide", "", "## 一、支持 / Support", "", "欢迎在 [问题跟踪器][issues] 中报告缺陷。", "",
                     "Report bugs in the [issue tracker][issues].", "",
                     "[issues]: https://example.org/issues", ""])
    b = process(read_text(src, "guide.md"))
    assert b.meta.links
    assert_pages_and_exports_complete(b)
    assert_markdown_kept([src], b)
