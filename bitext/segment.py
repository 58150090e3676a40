"""segment: one language's blocks → Outline (headings, paragraphs, sentences).

Sentences: Chinese by its own punctuation (full- and half-width, quotes and
brackets respected; ；/; are split points too, since a translation often turns
one Chinese clause list into several English sentences); English with
``sentencex`` (abbreviations, decimals, initials, ellipses).

Headings come in two strengths. *Strong*: a line of its own that reads as a
heading (short, no final punctuation, or numbered, or marked in Markdown).
*Weak*: the first short sentence of a paragraph ("坚持政治引领,把牢方向。…").
Whether a candidate really opens a section is decided later, when the two
languages are paired; this stage only proposes.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .model import Block, Heading, Outline, Paragraph, Part
from .text import CLOSERS, ends_with_final_punct, han_count

ZH_END = "。！？!?…"
ZH_SOFT = "；;"
OPENERS = "“‘「『（(【[《〔\""
PAIRS = {"”": "“", "’": "‘", "」": "「", "』": "『", "）": "（", ")": "(", "】": "【", "]": "[", "》": "《", "〕": "〔"}


def split_zh(text: str, soft: bool = True) -> list[str]:
    """Split Chinese text into sentences (and, with soft=True, ；-clauses)."""
    units: list[str] = []
    start = 0
    depth = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in OPENERS and ch != '"':
            depth += 1
        elif ch in PAIRS and depth > 0:
            depth -= 1
        is_end = ch in ZH_END or (soft and ch in ZH_SOFT)
        if ch == "." and i + 1 < n and han_count(text[i + 1]) and i > 0 and han_count(text[i - 1]):
            is_end = True  # a half-width full stop between Chinese sentences
        if is_end:
            j = i + 1
            while j < n and (text[j] in ZH_END or text[j] == "."):
                j += 1  # ……, ？！, ...
            d = depth
            while j < n and text[j] in CLOSERS:
                if text[j] in PAIRS and d > 0:
                    d -= 1
                j += 1
            if d == 0:
                piece = text[start:j].strip()
                if piece:
                    units.append(piece)
                start = j
                depth = 0
                i = j
                continue
        i += 1
    rest = text[start:].strip()
    if rest:
        units.append(rest)
    return units


def split_en(text: str) -> list[str]:
    from sentencex import segment as _seg

    return [s.strip() for s in _seg("en", text) if s.strip()]


@lru_cache(maxsize=4096)
def split_sentences(text: str, lang: str) -> tuple[str, ...]:
    parts = split_zh(text) if lang == "zh" else split_en(text)
    return tuple(parts) or (text,)


# --------------------------------------------------------------------------- headings

NUMBERED_RE = re.compile(
    r"^(?:"
    r"第[一二三四五六七八九十百零〇\d]+[章节条部分篇编款]"
    r"|[一二三四五六七八九十]+[、.．]"
    r"|[（(][一二三四五六七八九十\d]+[）)]"
    r"|\d+(?:\.\d+)*[.、．)]?\s"
    r"|\d+(?:\.\d+)+"
    r"|[IVXLC]+\.\s"
    r"|(?:Chapter|Article|Section|Part)\s+[\dIVXLC]+"
    r")",
    re.I,
)


def is_numbered(text: str) -> bool:
    return bool(NUMBERED_RE.match(text))


def heading_line(text: str, lang: str) -> bool:
    """A whole line that reads as a heading."""
    t = text.strip()
    if not t:
        return False
    if lang == "zh":
        short = len(t) <= 40
    else:
        words = t.split()
        short = 1 <= len(words) <= 25 and len(t) <= 200 and (t[0].isupper() or t[0].isdigit())
    if not short:
        return False
    if ends_with_final_punct(t) and not t.rstrip().endswith((":", "：")):
        return False
    if t.rstrip().endswith((",", "，", "、")):
        return False
    return True


def runin_heading(sentences: tuple[str, ...], lang: str) -> bool:
    """The first sentence of a paragraph is short enough to be its heading."""
    if len(sentences) < 2:
        return False
    first = sentences[0]
    if lang == "zh":
        body = first.rstrip("。.：:")
        return 4 <= len(body) <= 30 and first[-1] in "。.：:" and not re.search(r"[“”\"]", body[:2])
    words = first.rstrip(".:").split()
    if not 2 <= len(words) <= 12:
        return False
    caps = sum(1 for w in words if w[:1].isupper())
    return caps / len(words) >= 0.6 and first[-1] in ".:"


def strip_heading_punct(text: str) -> str:
    return text.rstrip().rstrip("。.:：").rstrip()


# --------------------------------------------------------------------------- outline


def outline(blocks: list[Block] | tuple[Block, ...], lang: str) -> Outline:
    """Build one language's outline: parts split at every heading candidate."""
    mine = [b for b in blocks if b.lang == lang or _stream(b) == lang]
    parts: list[Part] = []
    heading: Heading | None = None
    paras: list[Paragraph] = []

    def flush():
        nonlocal heading, paras
        if heading is not None or paras:
            parts.append(Part(heading, tuple(paras)))
        heading, paras = None, []

    for idx, b in enumerate(mine):
        last = idx == len(mine) - 1
        if b.kind == "heading":
            flush()
            heading = Heading(strip_heading_punct(b.text) or b.text, b.line, "strong", max(1, b.level), b.markdown, b.text)
            continue
        if b.markdown:
            paras.append(Paragraph((b.text,), b.line, True))
            continue
        sents = split_sentences(b.text, lang)
        if not last and heading_line(b.text, lang) and (len(b.text) < 200):
            flush()
            heading = Heading(strip_heading_punct(b.text) or b.text, b.line, "strong", raw=b.text)
            continue
        if runin_heading(sents, lang):
            flush()
            heading = Heading(strip_heading_punct(sents[0]), b.line, "weak", raw=sents[0])
            rest = _rest_after_first(b.text, sents)
            paras.append(Paragraph(split_sentences(rest, lang), b.line))
            continue
        paras.append(Paragraph(sents, b.line))
    flush()
    return Outline(lang, tuple(parts))


def _rest_after_first(text: str, sents: tuple[str, ...]) -> str:
    i = text.find(sents[0])
    return text[i + len(sents[0]):].strip() if i >= 0 else " ".join(sents[1:])


def _stream(b: Block) -> str:
    return b.lang


__all__ = ["split_zh", "split_en", "split_sentences", "outline", "heading_line", "runin_heading", "is_numbered"]
