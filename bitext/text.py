"""Character-level facts about text shared by several stages."""
from __future__ import annotations

import unicodedata

from .model import is_cjk
from . import rematch
from .cache import rx

HAN_RE = rx(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")
LATIN_RE = rx(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")  # letters; not × or ÷

# Sentence-final punctuation, both widths (Chinese text often uses ASCII marks).
FINAL_PUNCT = "。！？!?.…；;"
CLOSERS = "”’\"'）)】]》」』〕"


def han_count(text: str) -> int:
    return len(HAN_RE.findall(text))


# Characters a terminal or a page sets two columns wide: Han, kana, Hangul, full-width forms and punctuation.
WIDE_RE = rx(r"[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3"
                     r"\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003ffff]")


def display_width(text: str) -> int:
    """How many columns the text takes where a Chinese character takes two, as text
    wrapped for a terminal or a printed page is wrapped ("ledgerctl 是 Ledgerly 專案的……"
    fills a line with fewer characters than a line of Chinese alone)."""
    return len(text) + len(WIDE_RE.findall(text))


def latin_count(text: str) -> int:
    return len(LATIN_RE.findall(text))


# A number written in Chinese at a line's start: "（二）", "二、", "第三章".
ZH_NUMBER_LEAD = rx(r"\s*(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|第\s*[一二三四五六七八九十百\d]+\s*[章节節条條部篇编編])")


def detect_lang(text: str) -> str | None:
    """'zh', 'en' or None (no letters at all), from the characters alone."""
    h = han_count(text)
    lat = latin_count(text)
    if h == 0 and lat == 0:
        return None
    if h == 0 and rematch.search(r"（[^（）]*）|《[^《》]*》|「[^「」]*」|【[^【】]*】", text):
        return "zh"  # brackets typed in Chinese ("3.1 Java（Maven）") make Latin words Chinese text
    if ZH_NUMBER_LEAD.match(text):
        return "zh"  # a number written in Chinese makes its heading Chinese ("（二）Windows")
    # One Han character carries about as much as one English word (~5 letters).
    return "zh" if h * 4 >= lat else "en"


# A reference in brackets after a sentence's end: "… upgrading from 3.x. (#1702)", "…的问题。(#1872)".
_TRAILING_REFERENCE = rx(r"(?<=[^\d\s][.!?。！？])\s*[(（](?:#\d{1,7}|[A-Z][A-Z\d]{1,9}-\d{1,7})(?:\s*[,，]\s*#\d{1,7})*[)）]$")


def ends_with_final_punct(text: str) -> bool:
    t = _TRAILING_REFERENCE.sub("", text.rstrip()).rstrip(CLOSERS)
    return bool(t) and t[-1] in FINAL_PUNCT + ",，、:："


def cut_in_brackets(first: str, second: str, lang: str) -> bool:
    """Two lines that are one line cut inside its brackets: the first opens one more than it
    closes, the second, short, closes it at its end ("乙部　收集個人資料聲明（適用於在學學生、家" /
    "長及監護人）", "Schedule 2 Service Level Agreement (Availability Commitment" / "and Service Credits)")."""
    opened = first.count("（") + first.count("(") - first.count("）") - first.count(")")
    closed = second.count("）") + second.count(")") - second.count("（") - second.count("(")
    t = second.strip()
    return opened == 1 and closed == 1 and t[-1:] in "）)" and (len(t) <= 16 if lang == "zh" else len(t.split()) <= 8)


def content_chars(text: str) -> str:
    """The characters that count as content: letters, digits, symbols; no spaces or controls."""
    return "".join(
        ch for ch in text if not ch.isspace() and unicodedata.category(ch)[0] != "C"
    )


def normalize_space(text: str) -> str:
    """Full-width and odd spaces become ordinary ones; runs collapse; ends trimmed."""
    text = text.replace("\u3000", " ").replace("\u00a0", " ").replace("\t", " ")
    text = rematch.sub(r"[ \u2000-\u200a\u202f\u205f]+", " ", text)
    return text.strip()


__all__ = [
    "HAN_RE",
    "LATIN_RE",
    "FINAL_PUNCT",
    "CLOSERS",
    "han_count",
    "display_width",
    "latin_count",
    "detect_lang",
    "ends_with_final_punct",
    "content_chars",
    "normalize_space",
    "is_cjk",
]
