"""HTML input: a report saved from its web page is read as Markdown, its site left out."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from bitext import render
from bitext.html_input import is_html, to_markdown
from bitext.markdown_input import render_html
from bitext.pipeline import process
from bitext.read import InputError, read, read_pair
from bitext.text import content_chars

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "layouts" / "webpage-library-report.html"


def page(body: str) -> str:
    return f"<!DOCTYPE html>\n<html><head><title>站点 Site</title></head>\n<body>\n{body}\n</body></html>\n"


def shown(markdown: str) -> str:
    """The text a reader sees of Markdown as bitext renders it."""
    return BeautifulSoup(render_html(markdown), "html.parser").get_text()


def test_a_web_page_is_told_from_text_that_mentions_tags():
    assert is_html("<!doctype html>\n<html><body><p>x</p></body></html>")
    assert is_html("<?xml version='1.0'?>\n<!-- saved -->\n<html lang='zh'><body><p>x</p></body></html>")
    assert is_html("<h1>标题</h1><p>正文</p>", "report.htm")
    # A text file that talks about HTML is not a page, whatever its first words.
    assert not is_html("本文介绍 <html> 元素。\nThe <html> element.\n", "notes.txt")
    assert not is_html("只是文字。\nJust text.\n", "report.html")


def test_the_site_around_the_article_is_left_out_and_reported_where_it_stood():
    md, cut = to_markdown(page(
        '<div class="top">欢迎访问</div><nav><a href="/">首页 Home</a></nav>'
        '<article><h1>年度报告</h1><p>正文。</p></article>'
        '<article><h1>Annual Report</h1><p>Text.</p></article>'
        '<footer>版权所有 © 2026</footer>'))
    assert md == "# 年度报告\n\n正文。\n\n# Annual Report\n\nText.\n"
    assert cut == [("欢迎访问", 1), ("首页 Home", 1), ("版权所有 © 2026", 7)]


def test_an_articles_own_header_stays_and_a_nav_inside_it_goes():
    md, cut = to_markdown(page(
        '<main><article><header><h1>规则 Rules</h1><p>2026-01-01</p></header>'
        '<nav role="navigation"><a href="#a">目录</a></nav><p>第一条 正文。</p>'
        '<footer><p>本规则自发布之日起施行。</p></footer></article></main>'))
    assert "# 规则 Rules" in md and "2026-01-01" in md and "本规则自发布之日起施行。" in md
    assert [t for t, _ in cut] == ["目录"]


def test_scripts_styles_and_hidden_text_are_not_text():
    md, cut = to_markdown(page(
        '<style>p { color: red }</style><p>看得见 Seen</p><script>alert("x")</script>'
        '<p hidden>藏起来</p><div style="display: none">Hidden</div><p aria-hidden="true">图标</p>'
        '<noscript>请启用脚本</noscript><!-- 注释 comment -->'))
    assert md == "看得见 Seen\n"
    assert cut == []


@pytest.mark.parametrize("text", [
    "1. 以数字开头 not a list",
    "# 以井号开头 not a heading",
    "- dash, + plus and > quote",
    "> 引用符号",
    "*stars* and **double** and _under_ and __init__",
    "[链接](javascript:alert(1)) and ![img](x.png)",
    "<script>alert(1)</script> and <b onclick=\"x()\">b</b>",
    "&lt;already an entity&gt; and &amp;amp; and R&D",
    "`code` and \\backslash\\ and {{ jinja }} {% if %} ]]>",
    "a | b ｜ c and *** redacted",
])
def test_text_that_looks_like_markup_reaches_the_page_as_written(text):
    from html import escape

    md, _ = to_markdown(page(f"<p>{escape(text)}</p>"))
    assert shown(md).strip() == text


def test_a_pipe_in_a_table_cell_stays_in_its_cell():
    md, _ = to_markdown(page("<table><tr><th>甲</th><th>乙</th></tr><tr><td>a | b</td><td>c</td></tr></table>"))
    soup = BeautifulSoup(render_html(md), "html.parser")
    assert [td.get_text() for td in soup.find_all("td")] == ["a | b", "c"]


def test_nothing_live_comes_from_the_page():
    md, _ = to_markdown(page(
        '<p onclick="steal()">点我 <a href="javascript:alert(1)">链接</a> <img src="x" onerror="alert(1)" alt="图"></p>'
        '<iframe src="https://evil.example"></iframe><object data="x.swf"></object>'))
    soup = BeautifulSoup(render_html(md), "html.parser")
    assert not soup.find_all(["script", "iframe", "object"])
    for el in soup.find_all(True):
        assert not any(a.startswith("on") for a in el.attrs), el
        assert not (el.get("href") or "").lower().startswith("javascript:"), el


def test_a_page_with_nothing_but_its_site_is_refused(tmp_path):
    p = tmp_path / "empty.html"
    p.write_text(page("<nav>首页 Home</nav><script>x()</script><footer>© 2026</footer>"), encoding="utf-8")
    with pytest.raises(InputError, match="web page has no text"):
        read(p)


def test_the_fixture_loses_nothing_a_reader_sees():
    """Every content character the page shows is on the site's page or reported removed."""
    src = read(FIXTURE)
    b = process(src)
    soup = BeautifulSoup(FIXTURE.read_text(encoding="utf-8"), "html.parser")
    for el in soup.find_all(["head", "script", "style"]):
        el.decompose()
    for el in soup.find_all(style=re.compile(r"display:\s*none")):
        el.decompose()
    seen = Counter(content_chars(soup.get_text()))
    model = Counter(content_chars("".join(h for s in b.sections for h in (s.heading_zh, s.heading_en) if h)))
    for s in b.sections:
        for r in s.rows:
            for lang, ts in (("zh", r.zh), ("en", r.en)):
                for t in ts:
                    model.update(content_chars(BeautifulSoup(render.md_block(t, b.meta.links, lang), "html.parser").get_text()))
    model.update(content_chars((b.meta.title_zh or "") + (b.meta.title_en or "")))
    removed = Counter(content_chars("".join(r.text for r in b.removed)))
    assert not seen - model - removed
    assert not model - seen
    assert "这段文字读者看不到" not in "".join(t for s in b.sections for r in s.rows for t in r.zh)
    assert src.layout == "markdown" and "web page" in src.layout_reason


def test_two_web_pages_one_per_language(tmp_path):
    zh, en = tmp_path / "report.zh.html", tmp_path / "report.en.html"
    zh.write_text(page("<nav>首页</nav><main><h1>年度报告</h1><h2>一、概况</h2><p>今年开放三百天。</p>"
                       "<h2>二、计划</h2><p>明年扩建。</p></main>"), encoding="utf-8")
    en.write_text(page("<nav>Home</nav><main><h1>Annual Report</h1><h2>1. Overview</h2><p>We opened on 300 days.</p>"
                       "<h2>2. Plans</h2><p>We will expand next year.</p></main>"), encoding="utf-8")
    b = process(read_pair(zh, en))
    assert (b.meta.title_zh, b.meta.title_en) == ("年度报告", "Annual Report")
    assert [(s.heading_zh, s.heading_en) for s in b.sections if s.headed] == [("一、概况", "1. Overview"), ("二、计划", "2. Plans")]
    assert sorted(r.text for r in b.removed) == ["Home", "首页"]
