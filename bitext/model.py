"""The nouns every stage shares: small, frozen, typed values.

Data flows one way: read → Source, segment → Outline (one per language),
align → Bitext, then render/export. No stage mutates what it was given.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Lang = Literal["zh", "en"]
Level = Literal["warning", "error", "info"]

LOW_SCORE = 0.35  # rows below this are flagged for review (by pair, and marked on the pages)


def shown_name(name: str) -> str:
    """A file's name as a message shows it: on one line, with a newline, a tab, an
    escape or a direction mark in it written as an escape ("a\\nb.txt")."""
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in name)


class InputError(Exception):
    """A problem with an input file that stops the build (exit code 1).
    Raised by read; defined here so that what catches it need not import the reader."""

    def __init__(self, file: str, message: str, line: int | None = None):
        super().__init__(message)
        self.file = file
        self.line = line

    def format(self) -> str:
        where = shown_name(self.file) + (f":{self.line}" if self.line else "")
        return f"{where}: error: {self}"


# The layouts read knows (read.LAYOUTS, one class each), named here for the
# command line's choices without importing the reader.
LAYOUT_NAMES = ("alternating", "interleaved", "markdown", "sequential")


@dataclass(frozen=True)
class Diagnostic:
    level: Level
    message: str
    line: int | None = None
    file: str | None = None

    def format(self) -> str:
        where = shown_name(self.file) if self.file else "bitext"
        if self.line is not None:
            where += f":{self.line}"
        return f"{where}: {self.level}: {self.message}"


@dataclass(frozen=True)
class Block:
    """One paragraph (or heading line) of the source, in one language."""

    text: str
    lang: Lang
    line: int  # 1-based line in the source file where the block starts
    kind: Literal["para", "heading"] = "para"
    level: int = 0  # heading level when kind == "heading" (1 = top)
    markdown: bool = False  # text is Markdown read on purpose (not plain text)
    file: str | None = None
    outlined: bool = False  # the layout set the headings apart (by indenting the text): this text heads nothing


@dataclass(frozen=True)
class Removed:
    text: str
    line: int
    reason: str


@dataclass(frozen=True)
class Meta:
    date: str | None = None
    author: str | None = None
    title_zh: str | None = None
    title_en: str | None = None
    script: Literal["Hans", "Hant"] = "Hans"
    # A Markdown document's link targets defined apart from its text ('[1]: https://…'):
    # (language of the part that defines it, label, target, title); its reference links use them.
    links: tuple[tuple[Lang, str, str, str], ...] = ()


@dataclass(frozen=True)
class Source:
    """What `read` makes of one report: blocks in order, each with its language."""

    name: str  # file name (or "zh+en" names) used in diagnostics
    blocks: tuple[Block, ...]
    meta: Meta
    removed: tuple[Removed, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    layout: str = "sequential"
    layout_reason: str = ""
    encoding: str = "utf-8"
    subtitles: tuple[tuple[Lang, int], ...] = ()  # (language, line) of lines that are text, not headings: a title's second line, a notice, a row of cells


@dataclass(frozen=True)
class Paragraph:
    """A paragraph split into sentences (units the aligner works with)."""

    sentences: tuple[str, ...]
    line: int
    markdown: bool = False

    @property
    def text(self) -> str:
        return join_units(self.sentences)


@dataclass(frozen=True)
class Heading:
    text: str
    line: int
    strength: Literal["strong", "weak"]  # strong: a line or marked heading; weak: a paragraph's first short sentence
    level: int = 2
    markdown: bool = False
    raw: str = ""  # the heading as written in the source (with its final punctuation)
    set_apart: bool = False  # the layout set it apart as a heading (by indenting the text under it)


@dataclass(frozen=True)
class Part:
    """One language's view of a stretch of the document: optional heading + paragraphs."""

    heading: Heading | None
    paragraphs: tuple[Paragraph, ...]


@dataclass(frozen=True)
class Outline:
    lang: Lang
    parts: tuple[Part, ...]  # parts[0] may have heading None (text before the first heading)
    contents: frozenset[str] = frozenset()  # the names a contents list gives (page numbers, leaders and spaces dropped)


@dataclass(frozen=True)
class Row:
    id: str
    zh: tuple[str, ...]
    en: tuple[str, ...]
    score: float
    line_zh: int | None = None
    line_en: int | None = None
    markdown: bool = False
    pinned: bool = False  # set by a correction


@dataclass(frozen=True)
class Section:
    id: str
    slug: str
    heading_zh: str | None
    heading_en: str | None
    rows: tuple[Row, ...]
    heading_score: float = 1.0
    heading_markdown: bool = False
    line_zh: int | None = None
    line_en: int | None = None

    @property
    def headed(self) -> bool:
        return self.heading_zh is not None or self.heading_en is not None


@dataclass(frozen=True)
class Bitext:
    name: str
    meta: Meta
    sections: tuple[Section, ...]
    removed: tuple[Removed, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    layout: str = "sequential"
    encoding: str = "utf-8"
    stats: dict = field(default_factory=dict, compare=False, hash=False)


def join_units(units: tuple[str, ...] | list[str]) -> str:
    """Join sentence units back into running text.

    A space goes between two units unless either side of the join is
    Chinese (Han characters or full-width punctuation), so Chinese
    sentences join directly and English sentences get one space.
    """
    out = ""
    for u in units:
        if out and u and not (is_cjk(out[-1]) or is_cjk(u[0])):
            out += " "
        out += u
    return out


def is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (
        0x4E00 <= o <= 0x9FFF
        or 0x3400 <= o <= 0x4DBF
        or 0x20000 <= o <= 0x3FFFF
        or 0xF900 <= o <= 0xFAFF
        or 0x3000 <= o <= 0x303F
        or 0xFF00 <= o <= 0xFFEF
        or 0x2E80 <= o <= 0x2FDF
    )
