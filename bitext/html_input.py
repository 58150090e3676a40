"""HTML input: a report saved from its web page, read as the Markdown it would be written in.

A page holds the report in headings, paragraphs, lists and tables, and around
it the site: menus, a banner, breadcrumbs, sidebars, a footer, buttons, its
scripts and styles. bitext keeps the report and leaves the site out:

* the content is the page's ``<main>``, else its ``<article>`` elements (a
  Chinese one and an English one, say), else its whole ``<body>``;
* inside it, navigation (``<nav>``, ARIA navigation and search), a banner,
  sidebar or footer that is not part of an article, buttons and form fields
  are the site's; they are reported as removed web-page navigation, with the
  line of the Markdown where they stood;
* what a reader never sees (scripts, styles, templates, hidden elements) is
  not text and goes unreported.

The rest is converted by markdownify, so that its headings head sections and
its lists, tables, emphasis, links and code render as such. Every character of
the text reaches the Markdown as written: what Markdown would read as markup
(``*``, ``_``, a ``#`` or ``1.`` opening a line, ``[``, a ``|`` in a table
cell, an entity's ``&``) is escaped. Line numbers in what bitext reports for
such a file are those of that Markdown.
"""
from __future__ import annotations

import functools
import re
from . import rematch
from .cache import rx

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
# A document that says it is HTML: its doctype or its <html> element first (after an
# XML declaration and comments).
HTML_START = rx(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)
# Elements of the page's body that hold text a reader reads.
BLOCK_TAGS = rx(r"<(?:p|div|h[1-6]|body|article|section|table|ul|ol|li)[\s>]", re.I)

# Never text: what the browser runs, styles or keeps for later.
NOT_TEXT = ("head", "script", "style", "noscript", "template", "iframe", "object", "canvas", "svg", "math")
# The site's, wherever they stand: its menus, search and controls.
SITE = ("nav", "button", "select", "input", "textarea")
SITE_ROLES = {"navigation", "search", "banner", "contentinfo", "complementary"}
# The site's unless they stand inside an article (whose own header holds its title).
SITE_OUTSIDE_ARTICLES = ("header", "footer", "aside")
REASON = "web page navigation"


def is_html(text: str, name: str = "") -> bool:
    """A web page: it says so at its top, or its name says so and it holds elements."""
    return bool(HTML_START.match(text)) or (name.lower().endswith(HTML_SUFFIXES) and bool(BLOCK_TAGS.search(text)))


def _hidden(el) -> bool:
    style = rematch.sub(r"\s+", "", (el.get("style") or "").lower())
    return (el.has_attr("hidden") or (el.get("aria-hidden") or "").lower() == "true"
            or "display:none" in style or "visibility:hidden" in style)


def _in_article(el) -> bool:
    return any(p.name in ("article", "main") for p in el.parents)


def _site_part(el) -> bool:
    role = (el.get("role") or "").lower()
    if el.name in SITE or role in ("navigation", "search"):
        return True
    if el.name in SITE_OUTSIDE_ARTICLES or role in SITE_ROLES:
        return not _in_article(el)
    return False


def _token(text: str) -> str:
    """A word the page does not contain, to mark where a removed part stood."""
    n = 0
    while f"bitextcut{n}x" in text:
        n += 1
    return f"bitextcut{n}x"


@functools.lru_cache(maxsize=1)
def _converter():
    """One converter for every page (it keeps nothing of a page between calls)."""
    from markdownify import ATX, MarkdownConverter

    class Converter(MarkdownConverter):
        """markdownify, escaping exactly what Python-Markdown would read as markup."""

        def __init__(self):
            super().__init__(heading_style=ATX, bullets="-", table_infer_header=True,
                             escape_asterisks=False, escape_underscores=False, escape_misc=False)

        def escape(self, text, parent_tags):
            if not text:
                return ""
            text = rematch.sub(r"([\\`*_\[\]])", r"\\\1", text)
            heading = any(t in parent_tags for t in ("h1", "h2", "h3", "h4", "h5", "h6"))
            if not heading:
                # (A heading shows its text as written; only its markers are read.)
                text = rematch.sub(r"&(?=#?\w+;)", "&amp;", text)
                text = text.replace("<", "&lt;")
            if "td" in parent_tags or "th" in parent_tags:
                text = text.replace("|", r"\|")
            # What opens a line: a heading mark, a quote, a list's bullet or number.
            text = rematch.sub(r"(?m)^(\s*)([#>])", r"\1\\\2", text)
            text = rematch.sub(r"(?m)^(\s*)([-+])(?=\s)", r"\1\\\2", text)
            return rematch.sub(r"(?m)^(\s*\d{1,9})\.(?=\s)", r"\1\\.", text)

    return Converter()


def to_markdown(text: str) -> tuple[str, list[tuple[str, int]]]:
    """A web page → (Markdown of its content, [(text of a removed part of the site, its line)])."""
    from bs4 import BeautifulSoup, Comment, NavigableString

    soup = BeautifulSoup(text, "html.parser")
    for el in soup.find_all(string=lambda s: isinstance(s, Comment)):
        el.extract()
    for el in soup.find_all(NOT_TEXT):
        el.decompose()
    for el in soup.find_all(_hidden):
        el.decompose()
    body = soup.body or soup
    mains = body.find_all("main") or body.find_all("article")
    outer = {id(m) for m in mains}
    mains = [m for m in mains if not any(id(p) in outer for p in m.parents)]  # (an article inside another is in it)
    token = _token(text)
    cut: list[str] = []

    def mark(el) -> None:
        """Put a marker where a part of the site stood; note its text."""
        said = " ".join(el.get_text(" ").split())
        if said:
            p = soup.new_tag("p")
            p.string = f"{token}{len(cut)}"
            cut.append(said)
            el.replace_with(p)
        else:
            el.decompose()

    if mains:
        # What stands outside the report's own elements is the site's.
        keep = {id(m) for m in mains}

        def prune(node) -> None:
            for child in list(node.children):
                if isinstance(child, NavigableString):
                    if child.strip():
                        p = soup.new_tag("p")
                        p.string = f"{token}{len(cut)}"
                        cut.append(" ".join(child.split()))
                        child.replace_with(p)
                elif id(child) in keep:
                    continue
                elif any(id(m) in keep for m in child.find_all(True)):
                    prune(child)
                else:
                    mark(child)

        prune(body)
    for el in list(body.find_all(_site_part)):
        if el.parent is not None:
            mark(el)
    md = rematch.sub(r"\n[ \t]*(?=\n)", "\n", _converter().convert_soup(body))
    md = rematch.sub(r"\n{3,}", "\n\n", md)
    removed: list[tuple[str, int]] = []
    out: list[str] = []
    at = re.compile(re.escape(token) + r"(\d+)")
    dropped = False
    for ln in md.split("\n"):
        found = at.findall(ln)
        if found:
            removed += [(cut[int(k)], len(out) + 1) for k in found]
            ln = at.sub("", ln)
            if not ln.strip():
                dropped = True
                continue
        if not ln.strip() and (not out or (dropped and not out[-1].strip())):
            continue  # (no blank line at the top, nor two where a marker stood)
        dropped = False
        out.append(ln)
    while out and not out[-1].strip():
        out.pop()
    md = "\n".join(out) + "\n"
    removed = [(t, min(n, len(out))) for t, n in removed]
    return md, removed


__all__ = ["is_html", "to_markdown", "HTML_SUFFIXES", "REASON"]
