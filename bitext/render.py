"""render: Bitext → Markdown pages (via the Jinja2 templates in templates/pages).

Source text is data: every string from a report reaches the page through an
escaping filter, never as markup. Pages are returned as {relative path: text};
`write_pages` puts them on disk. MkDocs then turns them into the site.
"""
from __future__ import annotations

import functools
import html
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from typing import TYPE_CHECKING

from markupsafe import Markup

from . import export
from .model import LOW_SCORE, Bitext, Section  # one threshold: the rows pair flags are the rows the page marks

if TYPE_CHECKING:
    import jinja2

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates" / "pages"
ASSETS = ROOT / "docs" / "assets"
HAND_PAGES = ROOT / "docs" / "pages"

# ASCII punctuation that some Markdown syntax or extension gives a meaning to.
# Each becomes a numeric character reference: Python-Markdown (and any other
# Markdown engine) passes references through as text, whatever extensions are
# enabled, so no backslash is ever left visible and no syntax is ever formed.
MD_PUNCT = frozenset("!\"#$%&'()*+-./:;<=>?@[\\]^_`{|}~")


def md_text(text: str | None) -> Markup:
    """Text for a Markdown inline context (headings): every Markdown or HTML
    punctuation mark written as a character reference, so it renders exactly
    as written and can form neither markup nor Markdown syntax."""
    if not text:
        return Markup("")
    return Markup("".join(f"&#{ord(ch)};" if ch in MD_PUNCT else ch for ch in text))


def md_block(text: str | None, links: tuple = (), lang: str = "zh") -> Markup:
    """A block of Markdown input (read on purpose) as HTML: its markup renders,
    raw HTML in it stays text, unsafe link targets are dropped. links: the
    document's link targets (Meta.links), for its reference links; lang: the
    column's language, whose own definitions win over the other's."""
    from .markdown_input import render_html

    return Markup(render_html(text or "", _link_targets(links, lang[:2]) if links else None))


@functools.lru_cache(maxsize=8)
def _link_targets(links: tuple, lang: str) -> dict[str, tuple[str, str]]:
    ordered = [d for d in links if d[0] != lang] + [d for d in links if d[0] == lang]
    return {label.strip().lower(): (url, title) for _, label, url, title in ordered}


def attr_text(text: str | None, limit: int | None = None) -> Markup:
    """Text for an HTML attribute or a raw-HTML template context: fully escaped."""
    t = " ".join((text or "").split())
    if limit and len(t) > limit:
        t = t[: limit - 1].rstrip() + "…"
    return Markup(html.escape(t, quote=True))


def _yaml_printable(ch: str) -> bool:
    """Characters YAML allows unescaped inside a double-quoted scalar (and that it
    does not read as a line break)."""
    o = ord(ch)
    return (0x20 <= o <= 0x7E or 0xA0 <= o <= 0xD7FF or 0xE000 <= o <= 0xFFFD or o >= 0x10000) \
        and ch not in "\u2028\u2029\ufeff"


def yaml_str(text: str | None) -> Markup:
    """A YAML double-quoted string holding HTML-escaped text, for front matter
    that the theme prints without escaping. Characters YAML cannot hold or
    would fold (controls, line separators, byte-order marks) are \\u-escaped."""
    escaped = html.escape(text or "", quote=True)
    out = ['"']
    for ch in escaped:
        if ch in '"\\':
            out.append("\\" + ch)
        elif _yaml_printable(ch):
            out.append(ch)
        elif ord(ch) <= 0xFFFF:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(f"\\U{ord(ch):08x}")
    out.append('"')
    return Markup("".join(out))


@dataclass(frozen=True)
class ReportView:
    """What the templates need for one report (logic stays here, not in templates)."""

    slug: str
    bitext: Bitext
    title_zh: str
    title_en: str
    zh_lang: str  # zh-Hans or zh-Hant
    flagged: int


@functools.lru_cache(maxsize=1)
def env() -> jinja2.Environment:
    """One environment per process: templates are compiled once (compiling them
    cost more than rendering a report), and the compiled code is kept in the
    cache folder for the next run; edited templates are still reloaded.
    Jinja2 is imported here, not with the module: a build renders in the MkDocs
    process (which has it already), and the stages before need only the views."""
    import jinja2

    from .mkdocs_hooks import compiled_templates

    e = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        bytecode_cache=compiled_templates(),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    e.filters["md"] = md_text
    e.filters["attr"] = attr_text
    e.filters["yaml"] = yaml_str
    e.filters["join_units"] = lambda xs: " ".join(xs)
    e.filters["md_block"] = md_block
    return e


def preload() -> None:
    """The environment made and every page template loaded, ahead of the pages
    (the MkDocs process does this while the stages run)."""
    e = env()
    for name in e.list_templates(filter_func=lambda n: n.endswith(".j2") and not n.startswith("_")):
        e.get_template(name)


def section_label(s: Section, index: int, total: int) -> tuple[str, str]:
    """Title of a section for navigation: its headings, or a name for an unheaded block."""
    if s.headed:
        return s.heading_zh or s.heading_en or "", s.heading_en or s.heading_zh or ""
    if index == 0:
        return "开篇", "Opening"
    if index == total - 1:
        return "结语", "Closing"
    return "续", "Continued"


def first_words(s: Section, limit: int = 160) -> str:
    """The section's first lines in both languages, for its description:
    the first Chinese text, then the first English text, each cut to fit."""
    zh = next((" ".join(r.zh[0].split()) for r in s.rows if r.zh), "")
    en = next((" ".join(r.en[0].split()) for r in s.rows if r.en), "")
    zh = _clip(zh, limit // 3 if en else limit)
    en = _clip(en, limit - len(zh) - 3)
    return " · ".join(t for t in (zh, en) if t)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: max(0, limit - 1)].rstrip() + "…"


def report_view(b: Bitext, slug: str, title_zh: str | None, title_en: str | None) -> ReportView:
    tz = title_zh or b.meta.title_zh or title_en or b.meta.title_en or slug
    te = title_en or b.meta.title_en or tz
    flagged = sum(1 for s in b.sections for r in s.rows if r.score < LOW_SCORE or not r.zh or not r.en)
    return ReportView(slug, b, tz, te, "zh-Hant" if b.meta.script == "Hant" else "zh-Hans", flagged)


def section_items(view: ReportView) -> list[dict]:
    total = len(view.bitext.sections)
    secs = []
    for i, s in enumerate(view.bitext.sections):
        lz, le = section_label(s, i, total)
        secs.append({"s": s, "zh": lz, "en": le, "file": f"{s.slug}.md", "desc": first_words(s)})
    return secs


def report_pages(view: ReportView, e: jinja2.Environment) -> dict[str, str]:
    b = view.bitext
    secs = section_items(view)
    total = len(secs)
    ctx = {"r": view, "b": b, "meta": b.meta, "sections": secs, "low": LOW_SCORE, "zl": view.zh_lang}
    pages = {
        f"{view.slug}/index.md": e.get_template("report.md.j2").render(**ctx),
        f"{view.slug}/full.md": e.get_template("full.md.j2").render(**ctx),
        f"{view.slug}/alignment.md": e.get_template("alignment.md.j2").render(**ctx, removed=b.removed,
                                                                              diagnostics=b.diagnostics),
    }
    for i, sec in enumerate(secs):
        prev_sec = secs[i - 1] if i else None
        next_sec = secs[i + 1] if i + 1 < total else None
        pages[f"{view.slug}/{sec['file']}"] = e.get_template("section.md.j2").render(
            **ctx, sec=sec, prev=prev_sec, next=next_sec)
    pages[f"{view.slug}/{view.slug}.json"] = export.to_json(b)
    pages[f"{view.slug}/{view.slug}.tsv"] = export.to_tsv(b)
    pages[f"{view.slug}/{view.slug}.tmx"] = export.to_tmx(b)
    return pages


def site_pages(views: list[ReportView]) -> dict[str, str]:
    e = env()
    pages: dict[str, str] = {}
    for v in views:
        pages.update(report_pages(v, e))
    pages["index.md"] = e.get_template("home.md.j2").render(
        reports=views, single=len(views) == 1, home_sections={v.slug: section_items(v) for v in views})
    return pages


def nav_title(text: str) -> Markup:
    """A navigation title: HTML-escaped once, and marked as such (Markup), so the
    theme's raw {{ title }} shows it as text and its `| e` (the footer's
    aria-label) does not escape it a second time."""
    return Markup(html.escape(text, quote=True))


def nav(views: list[ReportView]) -> list:
    """The MkDocs nav: home, then each report's pages in document order."""
    items: list = [{"首页 · Home": "index.md"}]
    for v in views:
        total = len(v.bitext.sections)
        sub: list = [{"概览 · Overview": f"{v.slug}/index.md"}]
        for i, s in enumerate(v.bitext.sections):
            lz, le = section_label(s, i, total)
            label = lz if lz == le else f"{lz} · {le}"
            sub.append({nav_title(label): f"{v.slug}/{s.slug}.md"})
        sub.append({"全文 · Full report": f"{v.slug}/full.md"})
        sub.append({"对齐报告 · Alignment report": f"{v.slug}/alignment.md"})
        items.append({nav_title(f"{v.title_zh} · {v.title_en}" if v.title_zh != v.title_en else v.title_zh): sub})
    items.append({"使用说明 · Help": "help.md"})
    return items


def write_pages(pages: dict[str, str], out: Path) -> None:
    """Write generated pages plus the hand-written pages and assets into out/."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    shutil.copytree(ASSETS, out / "assets")
    for src in sorted(HAND_PAGES.glob("*.md")):
        shutil.copy2(src, out / src.name)
    for rel, text in sorted(pages.items()):
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
