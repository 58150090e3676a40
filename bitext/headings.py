"""Heading numbering shared by read (titles), segment (candidates) and pair
(evidence): which numbering a heading starts with, and its value.

Each numbering style is one entry of NUMBERINGS: a pattern, a kind (what is
numbered: chapter, article, ...) and how to read its number, so a new style
is one more line, not another branch.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

ZH_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}
ZH_DIGITS.update({"〇": 0, "两": 2})
ZH_DIGITS.update({c: i for i, c in enumerate("零壹貳參肆伍陸柒捌玖")})  # financial numerals (Taiwan documents)
ZH_DIGITS.update({"贰": 2, "叁": 3, "陆": 6})
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
ZH_NUM = "零〇一二两三四五六七八九十百"


def zh_number(s: str) -> int:
    """一 → 1, 十二 → 12, 二十 → 20, 一百零五 → 105, 12 → 12."""
    if s.isdigit():
        return int(s)
    total, cur = 0, 0
    for c in s:
        if c in ZH_DIGITS:
            cur = ZH_DIGITS[c]
        elif c in "十拾":
            total += (cur or 1) * 10
            cur = 0
        elif c == "百":
            total += (cur or 1) * 100
            cur = 0
    return total + cur


def roman(s: str) -> int | None:
    s = s.upper()
    if not s or any(c not in ROMAN_VALUES for c in s):
        return None
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = ROMAN_VALUES[a]
        total += -v if b != " " and ROMAN_VALUES.get(b, 0) > v else v
    return total if 0 < total < 200 else None


def _val(g: str) -> str:
    if g.isdigit():
        return str(int(g))
    low = g.lower()
    if low in EN_NUMBER_WORDS:
        return str(EN_NUMBER_WORDS.index(low) + 1)
    if low in EN_ORDINALS:
        return str(EN_ORDINALS.index(low) + 1)
    if len(g) == 1 and g.isascii() and g.isalpha() and g.lower() not in "ivx":
        return str(ord(g.lower()) - ord("a") + 1)  # (c) is the third item, not a hundred
    r = roman(g) if re.fullmatch(r"[IVXLCivxlc]+", g) else None
    if r is not None:
        return str(r)
    if len(g) == 1 and g.isalpha() and g.isascii():
        return str(ord(g.lower()) - ord("a") + 1)
    return str(zh_number(g))


ZH_KIND = {"章": "chapter", "节": "section", "節": "section", "条": "article", "條": "article", "编": "part", "編": "part",
           "部分": "part", "篇": "part", "款": "clause", "项": "item", "項": "item"}
EN_KIND = {"chapter": "chapter", "section": "section", "article": "article", "part": "part", "title": "part",
           "book": "part", "clause": "clause", "item": "item", "schedule": "annex", "annex": "annex",
           "appendix": "annex", "§": "section"}


EN_NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                   "seventeen eighteen nineteen twenty").split()
EN_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth".split()
EN_WORDS = "|".join(sorted(EN_NUMBER_WORDS + EN_ORDINALS, key=len, reverse=True))


@dataclass(frozen=True)
class Numbering:
    name: str
    pattern: re.Pattern
    kind: Callable[[re.Match], str]
    value: Callable[[re.Match], str]


NUMBERINGS: list[Numbering] = [
    Numbering("zh-word", re.compile(rf"^第\s*([{ZH_NUM}\d]+)\s*(章|节|節|条|條|编|編|部分|篇|款|项|項)"),
              lambda m: ZH_KIND[m.group(2)], lambda m: _val(m.group(1))),
    Numbering("zh-annex", re.compile(r"^(附件|附录|附錄|附表)\s*([一二三四五六七八九十\d]*)"),
              lambda m: "annex", lambda m: _val(m.group(2)) if m.group(2) else "1"),
    Numbering("en-word", re.compile(r"^(chapter|section|article|part|title|book|clause|item|schedule|annex|appendix|§)(?:\s+|(?=\d))(" + EN_WORDS + r"|[\dIVXLC]+|[A-Z])\b", re.I),
              lambda m: EN_KIND[m.group(1).lower()], lambda m: _val(m.group(2))),
    Numbering("zh-list", re.compile(r"^([一二三四五六七八九十百壹貳贰參叁肆伍陸陆柒捌玖拾]+)\s*[、.．]"), lambda m: "list", lambda m: _val(m.group(1))),
    Numbering("paren", re.compile(r"^[（(]\s*([一二三四五六七八九十]+|\d+|[a-zA-Z]|[ivxIVX]+)\s*[）)]"),
              lambda m: "paren", lambda m: _val(m.group(1))),
    Numbering("dotted", re.compile(r"^(\d+(?:\.\d+)+)\.?(?=\s|[^\d.]|$)"), lambda m: "dotted",
              lambda m: ".".join(str(int(x)) for x in m.group(1).split("."))),
    Numbering("arabic", re.compile(r"^(\d{1,3})\s*(?:[.、．)）]|\s)(?!\d)"), lambda m: "list", lambda m: str(int(m.group(1)))),
    Numbering("roman", re.compile(r"^([IVXLC]{1,7})\s*[.)、．]\s*", re.I), lambda m: "list", lambda m: _val(m.group(1))),
    Numbering("letter", re.compile(r"^([A-Z])\s*[.)、]\s+"), lambda m: "letter", lambda m: _val(m.group(1))),
]


@dataclass(frozen=True)
class Number:
    style: str
    kind: str
    value: str
    length: int  # characters the number takes at the start of the heading


def numbering(text: str) -> Number | None:
    """The numbering a heading starts with, if any."""
    t = text.strip()
    for nb in NUMBERINGS:
        m = nb.pattern.match(t)
        if m:
            if nb.name == "roman" and roman(m.group(1)) is None:
                continue
            return Number(nb.name, nb.kind(m), nb.value(m), m.end())
    return None


def is_numbered(text: str) -> bool:
    return numbering(text) is not None


def bare_label(text: str) -> bool:
    """A heading line that is only a number label ('第一章', 'Chapter 1', 'PART II')."""
    t = text.strip().rstrip(".:：、．")
    nb = numbering(t)
    return nb is not None and nb.style in ("zh-word", "en-word", "zh-annex") and not t[nb.length:].strip()


def is_bullet(text: str) -> bool:
    return bool(re.match(r"^\s*[-*+•·▪●○◦■□➢►‣⁃]\s", text)) or bool(re.match(r"^\s*[•·▪●○◦■□➢►‣⁃]", text))


# --------------------------------------------------------------------------- lines that are never headings

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DATE_TOKEN = re.compile(
    r"\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?|\d{4}\s*年"
    r"|\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?"
    rf"|(?:\d{{1,2}}\s+)?{_MONTH}\s*(?:\d{{1,2}},?\s*)?\d{{4}}", re.I)
VERSION_TOKEN = re.compile(r"(?:version|ver\.?|v)\s*\d+(?:\.\d+)*|第\s*[\d.]+\s*版|[\d.]+\s*版", re.I)
DATE_LABEL = re.compile(
    r"(?:更新|生效|发布|發布|修订|修訂|施行|公布|印发|印發)?(?:日期|时间|時間)|版本"
    r"|last\s+updated|updated|effective(?:\s+date)?|date|published|issued|revised|version", re.I)


def date_line(text: str) -> bool:
    """A line that only dates the document (a version beside the date): "2026年3月",
    "March 2026", "更新日期：2026年4月2日　生效日期：2026年4月9日",
    "Version 1.0, January 2026", "第1.0版 2026年1月"."""
    t = text.strip()
    if not t or len(t) > 80 or not DATE_TOKEN.search(t):
        return False
    rest = DATE_LABEL.sub("", VERSION_TOKEN.sub("", DATE_TOKEN.sub("", t)))
    return not re.search(r"[A-Za-z\u3400-\u9fff\d]", rest)


COPYRIGHT = re.compile(r"^(?:copyright\b|©|\(c\)\s*\d|版权所有|版權所有|著作权|著作權)", re.I)
END_MARKER = re.compile(r"^[-—–*=\s（(]*(?:end of\b.*|the end|end|全文完|完|[^，,。]{0,6}结束|[^，,。]{0,6}結束)[-—–*=\s）)]*$", re.I)


def never_heading(text: str) -> bool:
    """Lines with a heading's shape that never head a section: dates and
    versions, copyright notices, end markers ("END OF TERMS AND CONDITIONS",
    "条款结束", "（全文完）")."""
    t = text.strip()
    notice = bool(COPYRIGHT.match(t)) and bool(re.search(r"\d{4}|©", t))  # "Copyright" alone may head a section
    return date_line(t) or notice or bool(END_MARKER.match(t))


__all__ = ["numbering", "Number", "is_numbered", "bare_label", "is_bullet", "zh_number", "roman", "NUMBERINGS", "date_line", "never_heading"]
