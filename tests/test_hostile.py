"""Nothing injected: hostile text in a report reaches every output as literal text.

A corpus of payloads (tests/hostile/*.json: script tags, event handlers,
javascript: links, comments, entities, Markdown and Jinja syntax, attr_list
braces, front-matter-like lines, control, bidi and zero-width characters...)
is embedded in the headings, paragraphs and author lines of several reports
and in the configured titles and site name. One site is built from them
through the command line; its pages are parsed with a real HTML parser and
its search index, JSON, TSV and TMX downloads are parsed too. Every string
must come out exactly as the build read it, and nothing from the text may
become an element, an attribute, a link or a script.
"""
from __future__ import annotations

import copy
import html
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup, Comment

from bitext import render
from bitext.config import load
from bitext.export import pairs
from bitext.model import Bitext, join_units
from bitext.pipeline import process
from bitext.read import normalize_text, read
from bitext.text import content_chars, normalize_space

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = Path(__file__).resolve().parent / "hostile"
ZH_NUM = "一二三四五六七八九十"
N_REPORTS = 8
MD_SLUG = "md"


def load_payloads() -> list[str]:
    out: list[str] = []
    for f in sorted(HOSTILE.glob("*.json")):
        out.extend(json.loads(f.read_text(encoding="utf-8")))
    return out


PAYLOADS = load_payloads()
SITE_NAME = "Site </title><script>alert(1)</script> {{ 7*7 }} \"q\" 'a' &amp; <!--"


def as_read(text: str) -> str:
    """A payload as the reader leaves it (newlines, controls and spaces normalised)."""
    return normalize_space(normalize_text(text))


def squash(text: str) -> str:
    """Whitespace-insensitive form, for places where HTML collapses spaces."""
    return " ".join(text.split())


def write_corpus(folder: Path) -> Path:
    """Reports that carry every payload in a heading, both languages' paragraphs,
    and (one per report) the author line, the config titles and the site name."""
    chunks = [PAYLOADS[i::N_REPORTS] for i in range(N_REPORTS)]
    reports = []
    for n, chunk in enumerate(chunks):
        zh = ["时间:2024-04-23", "作者：" + chunk[0]]
        en = []
        for j, p in enumerate(chunk[: len(ZH_NUM)], 1):
            zh.append(f"第{ZH_NUM[j - 1]}部分 外事工作回顾 {p}" if len(p) <= 24 else f"第{ZH_NUM[j - 1]}部分 外事工作回顾与展望")
            zh.append(f"我们坚持深入学习贯彻党的二十大精神，服务国家总体外交，服务国家重大战略，{p}，加快建设中西部国际交往中心，推动高质量发展取得新成效。")
            en.append(f"Part {j} Foreign affairs review {p}")
            en.append("We studied and applied the guiding principles of the 20th Party Congress, served the "
                      f"country's overall diplomacy {p} and its major strategies, and sped up building an exchange centre.")
        f = folder / f"r{n}.txt"
        f.write_text("\n".join(zh + en) + "\n", encoding="utf-8")
        reports.append({"source": f.name, "slug": f"r{n}",
                        "title": {"zh": "报告" + chunk[1 % len(chunk)], "en": "Report " + chunk[2 % len(chunk)]}})
    # One report in Markdown (read on purpose: its markup renders, raw HTML and
    # script links must not), every payload in its headings and paragraphs.
    md = ["---", yaml.safe_dump({"title": {"zh": "标题" + PAYLOADS[5], "en": "Title " + PAYLOADS[6]},
                                  "author": PAYLOADS[7], "date": "2024-04-23"}, allow_unicode=True).strip(), "---", ""]
    for j, chunk in enumerate(chunks, 1):
        head = " ".join(chunk[0].split())
        md += [f"## 第{j}部分 {head} / Part {j} {head}", ""]
        md += [f"我们坚持深入学习贯彻党的二十大精神，服务国家总体外交，{p}，推动高质量发展取得新成效。\n" for p in chunk]
        md += [f"We served the country's overall diplomacy {p} and its major strategies.\n" for p in chunk]
    (folder / "md.md").write_text("\n".join(md), encoding="utf-8")
    reports.append({"source": "md.md", "slug": MD_SLUG})
    cfg = folder / "bitext.yml"
    cfg.write_text(yaml.safe_dump({"site_name": SITE_NAME, "reports": reports}, allow_unicode=True), encoding="utf-8")
    return cfg


@dataclass
class Report:
    slug: str
    bitext: Bitext
    view: render.ReportView
    chunk: list[str]


@dataclass
class Hostile:
    site: Path
    reports: list[Report]  # plain text: every string must come out exactly
    markdown: Report  # Markdown input: its markup renders, but nothing may become live


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Hostile:
    folder = tmp_path_factory.mktemp("hostile")
    cfg_path = write_corpus(folder)
    site = folder / "site"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    run = subprocess.run([sys.executable, str(ROOT / "build.py"), "build", "--config", str(cfg_path), "--out", str(site)],
                         cwd=ROOT, capture_output=True, text=True, env=env, timeout=600)
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    cfg = load(cfg_path)
    reports, markdown = [], None
    for n, rc in enumerate(cfg.reports):
        b = process(read(rc.source, title=(rc.title_zh, rc.title_en)))
        r = Report(rc.slug, b, render.report_view(b, rc.slug, rc.title_zh, rc.title_en), PAYLOADS[n::N_REPORTS])
        if rc.slug == MD_SLUG:
            markdown = r
        else:
            reports.append(r)
    return Hostile(site, reports, markdown)


_SOUPS: dict[Path, BeautifulSoup] = {}


def soup_of(path: Path) -> BeautifulSoup:
    """A page parsed once (the site is built once per module and never changes)."""
    if path not in _SOUPS:
        _SOUPS[path] = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    return _SOUPS[path]


def page(h: Hostile, rel: str) -> BeautifulSoup:
    return soup_of(h.site / rel / "index.html")


# --------------------------------------------------------------------------- what injected markup looks like

URL_ATTRS = {"href", "src", "action", "formaction", "data", "poster", "background", "xlink:href", "cite", "srcset"}
BAD_TAGS = {"iframe", "object", "embed", "base", "frame", "frameset", "applet", "math"}
# The theme's own search box and toggles are forms; in the text they would be injected.
FORM_TAGS = {"form", "input", "textarea", "button", "select"}
THEME_SCRIPT_URL = "javascript:void(0)"  # the theme's own placeholder link
# Inline formatting or blocks that Markdown syntax in the text would create.
MARKDOWN_TAGS = {"em", "strong", "code", "pre", "del", "ins", "mark", "sub", "sup", "img", "blockquote", "table",
                 "hr", "abbr", "details", "kbd", "s", "u", "b", "i", "dfn"}
TEMPLATE_IDS = {"top", "low-confidence", "unmatched", "removed", "notes"}


def injected(doc: BeautifulSoup, known_ids: set[str], article_checks: bool = True) -> list[str]:
    """Every sign that text became markup: handler attributes, script URLs,
    dangerous or Markdown-made elements, comments carrying text, stray headings."""
    found = []
    for el in doc.find_all(True):
        for name, value in el.attrs.items():
            values = value if isinstance(value, list) else [value]
            if name.lower().startswith("on") or name.lower() in {"srcdoc", "autofocus", "markdown"}:
                found.append(f"attribute {name} on <{el.name}>")
            if name.lower() in URL_ATTRS:
                for v in values:
                    bare = "".join(ch for ch in v if ch.isprintable() and not ch.isspace()).lower()
                    # Markdown input may link anywhere on purpose; plain text may not link at all.
                    if (bare.startswith(("javascript:", "vbscript:", "data:")) and bare != THEME_SCRIPT_URL) \
                            or ("evil.test" in bare and article_checks):
                        found.append(f"{name}={v!r} on <{el.name}>")
        if el.name in BAD_TAGS:
            found.append(f"<{el.name}>")
        if el.name == "meta" and el.get("http-equiv"):
            found.append("<meta http-equiv>")
        if el.name == "script" and ("alert" in el.get_text() or ":" in el.get("src", "")):
            found.append(f"<script> {el.get_text()[:40]!r} {el.get('src')!r}")
        if el.name in ("title", "style") and el.find_parent("body") is not None:
            found.append(f"<{el.name}> in the body")
    if len(doc.find_all("title")) > 1:
        found.append("more than one <title>")
    for c in doc.find_all(string=lambda s: isinstance(s, Comment)):
        found.append(f"comment {c[:40]!r}")
    article = doc.select_one("article")
    if article is not None and article_checks:
        article = copy.copy(article)  # pages are cached: leave the parsed page as it is
        for chrome in article.select(".bt-toolbar"):  # the page template's controls, not page content
            chrome.decompose()
        for el in article.find_all(FORM_TAGS):
            found.append(f"<{el.name}> in the article")
        for el in article.find_all(MARKDOWN_TAGS):
            found.append(f"<{el.name}> in the article: {el.get_text()[:40]!r}")
        for el in article.find_all(["h1", "h2", "h3", "h4", "h5", "h6"]):
            if el.get("id") not in known_ids:
                found.append(f"heading <{el.name} id={el.get('id')!r}> not made by the templates")
        for el in article.find_all(["ul", "ol"]):
            if not el.get("class"):
                found.append(f"list <{el.name}> not made by the templates: {el.get_text()[:40]!r}")
        for el in article.select(".bt-cell p, .bt-h"):
            if el.find(True) is not None and "bt-missing" not in (el.get("class") or []):
                found.append(f"markup inside text: {str(el)[:80]!r}")
        for el in article.find_all("a"):
            href = el.get("href", "")
            if ":" in href.split("#")[0] and not href.startswith("https://example."):
                found.append(f"link to {href!r}")
    return found


def known_ids(h: Hostile) -> set[str]:
    ids = set(TEMPLATE_IDS)
    for r in h.reports + [h.markdown]:
        ids |= {s.id for s in r.bitext.sections}
    return ids


# --------------------------------------------------------------------------- the corpus itself


def test_corpus_is_large_and_varied():
    assert len(PAYLOADS) >= 40
    joined = "\n".join(PAYLOADS)
    for needle in ("<script", "onerror=", "javascript:", "<!--", "&amp;", "&#x41;", "](", "![", "{{", "{%", "{#",
                   "***", "_x_", "1. ", "# ", "> ", "- ", "]]>", "</title>", "</textarea>", "\x07", "{ #", "---",
                   "\u202e", "\u200b", "\x85"):
        assert needle in joined, needle


def test_every_payload_reaches_the_model(hostile):
    """Nothing lost on the way in: each payload is in a heading, a row, or the metadata."""
    for r in hostile.reports:
        b = r.bitext
        texts = [b.meta.author or ""]
        for s in b.sections:
            texts += [s.heading_zh or "", s.heading_en or ""]
            texts += [t for row in s.rows for t in row.zh + row.en]
        everything = content_chars("".join(texts))
        for p in r.chunk:
            assert content_chars(as_read(p)) in everything, p
        assert b.meta.author == as_read(r.chunk[0])


# --------------------------------------------------------------------------- pages


def test_no_page_has_markup_from_the_text(hostile):
    ids = known_ids(hostile)
    problems = []
    generated = {r.slug for r in hostile.reports}
    pages = sorted(hostile.site.rglob("*.html"))
    assert len(pages) > 3 * len(generated)
    for p in pages:
        rel = p.relative_to(hostile.site)
        # Hand-written pages (help, 404) may use Markdown; all pages get the global checks.
        ours = rel.parts[0] in generated or str(rel) == "index.html"  # (not the Markdown report: markup is its point)
        problems += [f"{rel}: {x}" for x in injected(soup_of(p), ids, ours)]
    assert not problems, "\n".join(problems[:40])


def test_visible_text_equals_the_text_read(hostile):
    for r in hostile.reports:
        full = page(hostile, f"{r.slug}/full")
        for sec in r.bitext.sections:
            for doc in (full, page(hostile, f"{r.slug}/{sec.slug}")):
                head = doc.find(id=sec.id)
                if sec.headed:
                    got_zh = head.select_one(".bt-h.bt-zh")
                    got_en = head.select_one(".bt-h.bt-en")
                    assert (got_zh.get_text() if got_zh else None) == sec.heading_zh
                    assert (got_en.get_text() if got_en else None) == sec.heading_en
                for row in sec.rows:
                    el = doc.find(id=row.id)
                    assert el is not None, row.id
                    for lang, texts in (("zh", row.zh), ("en", row.en)):
                        cell = el.select_one(f".bt-cell.bt-{lang}")
                        got = [p.get_text() for p in cell.find_all("p") if "bt-missing" not in (p.get("class") or [])]
                        assert got == list(texts), row.id
        home = page(hostile, r.slug)
        title = home.select_one("h1.bt-title")
        assert [s.get_text() for s in title.select("span")] == [r.view.title_zh, r.view.title_en]
        assert r.bitext.meta.author in [dd.get_text() for dd in home.select(".bt-meta dd")]


def test_titles_and_meta_tags(hostile):
    for r in hostile.reports:
        v = r.view
        for item in render.section_items(v):
            doc = page(hostile, f"{r.slug}/{item['s'].slug}")
            assert doc.title.get_text() == f"{item['zh']} · {item['en']} - {SITE_NAME}"
            assert doc.find("meta", attrs={"name": "description"})["content"] == item["desc"]
        doc = page(hostile, r.slug)
        assert doc.title.get_text() == f"{v.title_zh} · {v.title_en} - {SITE_NAME}"
        assert doc.find("meta", attrs={"name": "description"})["content"] == f"{v.title_zh} · {v.title_en}"
        logo = doc.select_one(".md-header .md-logo")
        assert logo["title"] == SITE_NAME and logo["aria-label"] == SITE_NAME
        assert squash(doc.select_one(".md-header__topic .md-ellipsis").get_text()) == squash(SITE_NAME)


def test_navigation_toc_and_footer(hostile):
    for r in hostile.reports:
        items = render.section_items(r.view)
        labels = [it["zh"] if it["zh"] == it["en"] else f"{it['zh']} · {it['en']}" for it in items]
        full = page(hostile, f"{r.slug}/full")
        nav = [squash(a.get_text()) for a in full.select("nav.md-nav--primary .md-nav__link")]
        for label in labels:
            assert squash(label) in nav, label
        assert squash(f"{r.view.title_zh} · {r.view.title_en}") in nav
        toc = [squash(a.get_text()) for a in full.select("nav.md-nav--secondary a.md-nav__link")]
        expected = [squash(" ".join(x for x in (s.heading_zh, s.heading_en) if x)) for s in r.bitext.sections if s.headed]
        for e in expected:
            assert e in toc, e
        for i, it in enumerate(items):
            doc = page(hostile, f"{r.slug}/{it['s'].slug}")
            footer = {a["rel"][0] if a.get("rel") else ("prev" if "md-footer__link--prev" in a["class"] else "next"): a
                      for a in doc.select("a.md-footer__link")}
            if i + 1 < len(items):
                assert footer["next"]["aria-label"].split(": ", 1)[1] == labels[i + 1]
                assert squash(footer["next"].select_one(".md-ellipsis").get_text()) == squash(labels[i + 1])
            if i > 0:
                assert footer["prev"]["aria-label"].split(": ", 1)[1] == labels[i - 1]


def test_search_index_holds_the_text_as_text(hostile):
    idx = json.loads((hostile.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    by_page: dict[str, list[str]] = {}
    problems = []
    generated = {r.slug for r in hostile.reports}
    for d in idx["docs"]:
        ours = d["location"].split("/")[0] in generated or d["location"].startswith("#") or d["location"] == ""
        for field in ("title", "text"):
            frag = BeautifulSoup(d[field], "html.parser")
            problems += [f"{d['location']} {field}: {x}" for x in injected(frag, set())]
            tags = {el.name for el in frag.find_all(True)}
            if ours:  # hand-written pages (help) may hold <code> and the like
                assert tags <= {"p", "ul", "ol", "li", "dl", "dt", "dd"}, (d["location"], tags)
            by_page.setdefault(d["location"].split("#")[0], []).append(frag.get_text())
    assert not problems, problems[:20]
    for r in hostile.reports:
        for sec in r.bitext.sections:
            text = content_chars("".join(by_page[f"{r.slug}/{sec.slug}/"]))
            for t in [sec.heading_zh or "", sec.heading_en or ""] + [x for row in sec.rows for x in row.zh + row.en]:
                assert content_chars(t) in text, t


def test_downloads_hold_the_text_exactly(hostile):
    for r in hostile.reports:
        b = r.bitext
        expected = list(pairs(b))
        base = hostile.site / r.slug
        data = json.loads((base / f"{r.slug}.json").read_text(encoding="utf-8"))
        assert data["meta"]["author"] == b.meta.author
        assert [(s["heading"]["zh"], s["heading"]["en"]) for s in data["sections"]] == [
            (s.heading_zh, s.heading_en) for s in b.sections]
        assert [(row["zh"], row["en"]) for s in data["sections"] for row in s["rows"]] == [
            (list(row.zh), list(row.en)) for s in b.sections for row in s.rows]

        lines = (base / f"{r.slug}.tsv").read_bytes().decode("utf-8").split("\n")
        assert lines[0] == "id\tzh\ten\tscore" and lines[-1] == ""
        rows = [line.split("\t") for line in lines[1:-1]]
        assert all(len(x) == 4 for x in rows)
        assert [x[0] for x in rows] == [e[0] for e in expected]
        for got, (_, zh, en, _) in zip(rows, expected):
            assert squash(got[1]) == squash(zh) and squash(got[2]) == squash(en)
            assert "\r" not in got[1] + got[2] and len((got[1] + got[2]).splitlines()) <= 1

        tree = ET.fromstring((base / f"{r.slug}.tmx").read_bytes())
        tus = {tu.get("tuid"): [seg.text or "" for seg in tu.iter("seg")] for tu in tree.iter("tu")}
        both = [e for e in expected if e[1] and e[2]]
        assert list(tus) == [e[0] for e in both]
        for pid, zh, en, _ in both:
            assert [content_chars(x) for x in tus[pid]] == [content_chars(zh).replace("\ufffe", ""),
                                                           content_chars(en).replace("\ufffe", "")]


# --------------------------------------------------------------------------- the filters alone


@pytest.mark.parametrize("payload", PAYLOADS)
def test_filters_keep_every_payload_literal(payload):
    """md, attr and yaml each give back the text exactly, through the parser that reads them."""
    import markdown

    text = as_read(payload)
    src = f'# <span class="t">{render.md_text(text)}</span> {{ #x .h }}\n'
    out = markdown.markdown(src, extensions=["attr_list", "md_in_html", "toc"])
    doc = BeautifulSoup(out, "html.parser")
    assert doc.h1["id"] == "x" and doc.select_one("span.t").get_text() == text
    assert not doc.select_one("span.t").find(True)
    meta = yaml.safe_load(f"title: {render.yaml_str(text)}\n")
    assert html.unescape(meta["title"]) == text
    assert BeautifulSoup(f'<a title="{render.attr_text(text)}"></a>', "html.parser").a["title"] == squash(text)
    assert str(render.nav_title(text)) == html.escape(text)


def test_markdown_input_renders_but_nothing_becomes_live(hostile):
    """Markdown read on purpose: emphasis and links may render, but raw HTML stays
    text, no handler or script URL survives, and headings are shown as written."""
    r = hostile.markdown
    assert r.bitext.layout == "markdown"
    ids = known_ids(hostile)
    pages = sorted((hostile.site / MD_SLUG).rglob("*.html"))
    assert len(pages) > 3
    problems = []
    for p in pages:
        problems += [f"{p.relative_to(hostile.site)}: {x}" for x in injected(soup_of(p), ids, article_checks=False)]
    assert not problems, "\n".join(problems[:40])
    full = page(hostile, f"{MD_SLUG}/full")
    headed = [s for s in r.bitext.sections if s.headed]
    assert headed  # (separators inside hostile headings may keep some from splitting into two languages)
    for sec in headed:
        head = full.find(id=sec.id)
        for lang, h in (("zh", sec.heading_zh), ("en", sec.heading_en)):
            el = head.select_one(f".bt-h.bt-{lang}")
            assert (el.get_text() if el else None) == h
    text = content_chars(full.select_one("article").get_text())
    for marker in ("alert(1)", "hidden comment", "onerror=alert(1)", "</textarea>", "]]>"):
        assert content_chars(marker) in text, marker


def test_tmx_leaves_out_exactly_what_xml_cannot_carry():
    # XML 1.0's Char production (https://www.w3.org/TR/xml/#charsets), over every code point.
    from bitext.export import _xml_text

    def carried(o: int) -> bool:
        return o in (0x9, 0xA, 0xD) or 0x20 <= o <= 0xD7FF or 0xE000 <= o <= 0xFFFD or 0x10000 <= o <= 0x10FFFF

    text = "".join(chr(o) for o in range(0x110000) if chr(o) not in "&<>")
    assert _xml_text(text) == "".join(chr(o) for o in range(0x110000) if carried(o) and chr(o) not in "&<>")
