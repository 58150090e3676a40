"""Heading numbering shared by read (titles), segment (candidates) and pair
(evidence): which numbering a heading starts with, and its value.

Each numbering style is one entry of NUMBERINGS: a pattern, a kind (what is
numbered: chapter, article, ...) and how to read its number, so a new style
is one more line, not another branch.
"""
from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from .model import Block, Heading, Outline, Paragraph, Part
from .text import ends_with_final_punct, han_count
from . import rematch
from .cache import rx

ZH_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}
ZH_DIGITS.update({"〇": 0, "两": 2})
ZH_DIGITS.update({c: i for i, c in enumerate("零壹貳參肆伍陸柒捌玖")})  # financial numerals (Taiwan documents)
ZH_DIGITS.update({"贰": 2, "叁": 3, "陆": 6})
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
ZH_NUM = "零〇一二两三四五六七八九十百"
# The numerals of accounts and formal documents ("壹、總則", "捌、…"): a heading's number, never a list's.
ZH_FORMAL_NUMERALS = "壹貳贰參叁肆伍陸陆柒捌玖拾"


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
    r = roman(g) if rematch.fullmatch(r"[IVXLCivxlc]+", g) else None
    if r is not None:
        return str(r)
    if len(g) == 1 and g.isalpha() and g.isascii():
        return str(ord(g.lower()) - ord("a") + 1)
    if len(g) == 1 and g in ZH_STEMS:
        return str(ZH_STEMS.index(g) + 1)
    return str(zh_number(g))


ZH_STEMS = "甲乙丙丁戊己庚辛壬癸"  # the heavenly stems, which count parts and items as 1, 2, 3 …


def _sub(g: str | None) -> str:
    """An inserted article's own number after its parent's ("-1" for "-1", "之一" or "A")."""
    if not g:
        return ""
    return "-" + (str(ord(g.upper()) - 64) if g.isascii() and g.isalpha() else _val(g))


ZH_KIND = {"章": "chapter", "节": "section", "節": "section", "条": "article", "條": "article", "编": "part", "編": "part",
           "部分": "part", "部": "part", "篇": "part", "款": "clause", "项": "item", "項": "item"}
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
    # (An article put in later takes the number before it and its own: "第 18-1 條", "第十八條之一",
    # "Article 18-1", "Article 18A" are all 18-1, not 18.)
    # (Hong Kong's ordinances count their parts in Roman numerals too: "第I部", "第IV部".)
    Numbering("zh-word", rx(rf"^第\s*([{ZH_NUM}\d]+|[IVXL]{{1,6}}(?=\s*(?:部|章|編|编)))(?:\s*[-－]\s*(\d{{1,3}}))?\s*(章|节|節|条|條|编|編|部分|部(?![门門长長])|篇|款|项|項)"
                                    r"(?:(?<=[条條])之\s*([一二三四五六七八九十]{1,3}|\d{1,3}))?"),
              lambda m: ZH_KIND[m.group(3)], lambda m: _val(m.group(1)) + _sub(m.group(2) or m.group(4))),
    # "甲部 – 利率", "乙部 – 費用": parts counted by the heavenly stems, as an ordinance's schedule counts them.
    # ("A部 – 牌照費用": or by Latin letters.)
    Numbering("zh-stem", rx(rf"^([{ZH_STEMS}]|[A-Z](?=部))\s*(部|编|編|章|节|節)(?![门門分])"),
              lambda m: ZH_KIND.get(m.group(2), "part"),
              lambda m: str(ZH_STEMS.index(m.group(1)) + 1 if m.group(1) in ZH_STEMS else ord(m.group(1)) - 64)),
    Numbering("zh-annex", rx(r"^(附件|附录|附錄|附表|附(?=\s*[:：]|$))\s*([A-Z](?![A-Za-z])|[一二三四五六七八九十\d]*)"),
              lambda m: "annex", lambda m: _val(m.group(2)) if m.group(2) else "1"),
    Numbering("en-word", rx(r"^(chapter|section|article|part|title|book|clause|item|schedule|annex|appendix|§)(?:\s+|(?=\d))(" + EN_WORDS
                                    + r"|[\dIVXLC]+|[A-Z])(?:-(\d{1,3})\b|(?<=\d)([A-Z])\b)?\b", re.I),
              lambda m: EN_KIND[m.group(1).lower()], lambda m: _val(m.group(2)) + _sub(m.group(3) or m.group(4))),
    # "Annex" or "Appendix" alone on a line or before a colon, as "附件" is: the label over an
    # annex and its own title ("Annex", "Annex: Duty Telephone List").
    # ("Schedule" alone on its line too, as "附表" is: an ordinance's schedule over its title, "Schedule" / "Fees";
    # before a colon it may be a timetable's label, "Schedule: 9:00 to 17:00".)
    Numbering("en-annex", rx(r"^(annex|appendix)(?=\s*[:.]?\s*$|\s*:)|^(schedule)(?=\s*$)", re.I), lambda m: "annex", lambda m: "1"),
    Numbering("zh-list", rx(rf"^([一二三四五六七八九十百{ZH_FORMAL_NUMERALS}]+)\s*[、.．]"), lambda m: "list", lambda m: _val(m.group(1))),
    # ("甲、測試賬戶", "乙、測試卡號": Hong Kong's and Taiwan's points counted by the heavenly stems, as "A.",
    # "B." count them; not "甲、乙双方", a contract's two parties.)
    Numbering("zh-stem-list", rx(rf"^([{ZH_STEMS}])\s*[、．](?![{ZH_STEMS}])"), lambda m: "letter", lambda m: _val(m.group(1))),
    # (Hong Kong's and Taiwan's items are counted by the heavenly stems too: "(甲) 普通會員", "(a) Ordinary Members".)
    Numbering("paren", rx(rf"^[（(]\s*([一二三四五六七八九十]+|\d+|[a-zA-Z]|[ivxIVX]+|[{ZH_STEMS}])\s*[）)]"),
              lambda m: "paren", lambda m: _val(m.group(1))),
    Numbering("dotted", rx(r"^(\d+(?:\.\d+)+)\.?(?=\s|[^\d.]|$)"), lambda m: "dotted",
              lambda m: ".".join(str(int(x)) for x in m.group(1).split("."))),
    Numbering("arabic", rx(r"^(\d{1,3})\s*(?:[.、．)）]|\s)(?!\d)"), lambda m: "list", lambda m: str(int(m.group(1)))),
    Numbering("roman", rx(r"^([IVXLC]{1,7})\s*[.)、．]\s*", re.I), lambda m: "list", lambda m: _val(m.group(1))),
    Numbering("letter", rx(r"^([A-Za-z])\s*[.)、]\s+"), lambda m: "letter", lambda m: _val(m.group(1))),
]


@dataclass(frozen=True)
class Number:
    style: str
    kind: str
    value: str
    length: int  # characters the number takes at the start of the heading


@lru_cache(maxsize=16384)
def numbering(text: str) -> Number | None:
    """The numbering a heading starts with, if any (asked of the same text many times
    while headings are paired: kept)."""
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
    return nb is not None and nb.style in ("zh-word", "zh-stem", "en-word", "zh-annex", "en-annex") and not t[nb.length:].strip()


def is_bullet(text: str) -> bool:
    return bool(rematch.match(r"^\s*[-*+•·▪●○◦■□➢►‣⁃]\s", text)) or bool(rematch.match(r"^\s*[•·▪●○◦■□➢►‣⁃]", text))


# --------------------------------------------------------------------------- lines that are never headings

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DATE_TOKEN = rx(
    r"\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?|\d{4}\s*年"
    r"|民國\s*\d{2,3}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?"  # a date in the Republic of China's years
    # (in Chinese numerals too: "中華民國一一〇年十一月十日", "民國一百十三年五月八日")
    r"|(?:中華民國|中华民国|民國|民国)\s*[〇零一二三四五六七八九十百]{2,5}\s*年\s*(?:十[一二]?|[一二三四五六七八九])\s*月"
    r"(?:\s*(?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日)?"
    r"|[〇零一二三四五六七八九]{4}\s*年\s*(?:十[一二]?|[一二三四五六七八九])\s*月"  # in Chinese numerals: "二〇二四年五月"
    r"(?:\s*(?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号])?"
    r"|\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?|(?<![\d.])\d{1,2}[-/.]\d{1,2}[-/.]\d{4}(?![\d.])"
    rf"|(?:\d{{1,2}}\s+)?{_MONTH}\s*(?:\d{{1,2}},?\s*)?\d{{4}}", re.I)
VERSION_TOKEN = rx(r"(?:(?:document\s+)?version|ver\.?|v)\s*\d+(?:\.\d+)*|(?:文档|文檔|文件)?版本\s*[:：]?\s*v?\d+(?:\.\d+)*|第\s*[\d.]+\s*版|[\d.]+\s*版", re.I)
# A gazette's or a journal's issue beside its date: "第 24 期", "N.º 24", "No. 24", "Issue 3", "Vol. 12".
ISSUE_TOKEN = rx(r"第\s*\d+\s*期|(?:N\.?\s?º|No\.|Issue|Vol\.?|Volume)\s*\d+", re.I)
DATE_LABEL = rx(
    r"(?:更新|生效|发布|發布|修订|修訂|施行|公布|印发|印發)?(?:日期|时间|時間)|版本"
    r"|起?(?:生效|施行|实行|實行|执行|執行)|自(?=\s*\d|起)"
    r"|last\s+updated|updated|(?:effective|valid|applicable)(?:\s+(?:date|from|on|as\s+of))?|date|published|issued|revised|version",
    re.I)


# A place before a date, as a letter or a report is signed ("香港，2024年3月20日", "Hong Kong, 20 March 2024").
PLACE_BEFORE_DATE = rx(r"^[^\d,，:：;；。.!?]{1,24}[,，]\s*(?=\d)")


def date_line(text: str) -> bool:
    """A line that only dates the document (a version beside the date): "2026年3月",
    "March 2026", "更新日期：2026年4月2日　生效日期：2026年4月9日",
    "Version 1.0, January 2026", "第1.0版 2026年1月", or the place and date it
    was signed ("香港，2024年3月20日", "Hong Kong, 20 March 2024")."""
    t = text.strip()
    if not t or len(t) > 80 or not DATE_TOKEN.search(t):
        return False
    m = PLACE_BEFORE_DATE.match(t)
    if m and DATE_TOKEN.fullmatch(t[m.end():].strip()):
        return True
    if len(DATE_TOKEN.findall(t)) >= 2 and not DATE_TOKEN.sub("", t).strip():
        return False  # dates side by side with nothing between: a table's columns ("2025年 2024年", "30 June 2025 31 December 2024")
    rest = DATE_LABEL.sub("", VERSION_TOKEN.sub("", ISSUE_TOKEN.sub("", DATE_TOKEN.sub("", t))))
    return not rematch.search(r"[A-Za-z\u3400-\u9fff\d]", rest)


# A quotation: a line that opens with a quotation mark and whose quoted words end a
# sentence ("“以前要走两公里去挑水。”——村民杨阿姨", "\"It changed our lives.\" — a teacher");
# a title only quotes a name or a phrase ("“双减”政策落实情况").
QUOTATION = rx(r"^[“\"「『][^”\"」』]*?[。！？!?.…]\s*[”\"」』]")
# An edition: "2025年版", "第2版", "2025 Edition", "Second Edition", "Revised edition".
EDITION = rx(r"(?:\d{4}\s*年?\s*|第\s*[\d一二三四五六七八九十]+\s*)版|(?:\d{4}|\d{1,2}(?:st|nd|rd|th)|first|second|third"
                     r"|fourth|fifth|revised|new|updated)\s+edition", re.I)
COPYRIGHT = rx(r"^(?:copyright\b|©|\(c\)\s*\d|版权所有|版權所有|著作权|著作權)", re.I)
# "Ends/Friday, March 14, 2025" closes a press release as "完" does.
END_MARKER = rx(r"^[-—–*=\s（(]*(?:end of\b.*|the end|ends?|ends?\s*/.*|全文完|完|[^，,。]{0,6}结束|[^，,。]{0,6}結束)[-—–*=\s）)]*$", re.I)


# A figure's or a table's caption: "图2-1　本集团管治架构", "表3 主要指标", "Figure 1  Loading the rotor",
# "Table 4.2: Emissions by site", "Fig. 3 …". The number makes it a caption ("表决程序" is not one).
CAPTION = rx(r"^(?:(?:附图|附圖|图表|圖表|图|圖|表)\s*(?:[A-Z][.．\-－])?\d+(?:[-－.．]\d+)*[a-zA-Z]?(?=[\s\u3000:：.．]|[\u4e00-\u9fff]|$)"
                     r"|(?:figure|fig\.|table|chart|exhibit|diagram|graph|map|plate)\s*(?:[A-Z][.\-–])?\d+(?:[-–.]\d+)*[a-z]?(?=[\s:.]|$))",
                     re.I)  # (in an annex, "图B.1", "Table A.1", "表A-1")
# A rule of dashes under a table's column names, one to a column: "-----------  ---------".
COLUMN_RULE = rx(r"[-=─━]{3,}(?:\s+[-=─━]{3,})*")
# The person a letter is written to: "致港航物流集团董事会：", "尊敬的各位股东：", "To the Board of Directors of …:",
# "Dear Shareholders,". A title ("致股东的信", "To Our Shareholders") has no colon after it, and
# "To install on Windows:" leads into steps.
# (An official document's addressees, the bodies it is sent to: "各区人民政府，岚峰高新区管委会，市政府有关部门，各供水企业：".)
_BODY = r"[^：:。，,、；;]{1,24}(?:政府|机关|機關|部门|部門|单位|單位|企业|企業|局|委|办|辦|厅|廳|院|所|校|学校|學校|集团|集團|公司|中心|管委会|管委會|委员会|委員會|协会|協會)"
ADDRESSEE = rx(rf"^{_BODY}(?:[，,、；;]{_BODY})+[：:]$"
                       r"|^(?:致|尊敬的|敬爱的|亲爱的|親愛的|各位)[^：:。]{1,40}[：:，,]$"
                       r"|^(?:女士们|女士們|先生们|先生們|同志们|同志們|朋友们|朋友們)[^：:。]{0,30}[：:，,]$"
                       # (A speech's: the chair and the members it is made to, "議長、副議長、各位議員女士、先生：",
                       # "Madam Speaker, Mr Deputy Speaker, Councillors:", "Ladies and gentlemen,".)
                       r"|^(?:主席|議長|议长|會長|会长|主任|市長|市长|院長|院长|校長|校长|理事長|理事长)[^：:。]{0,40}"
                       r"(?:女士|先生|同仁|同事|來賓|来宾|代表|委員|委员|議員|议员|朋友)(?:們|们)?[：:，,]$"
                       r"|^(?:madam|mr\.?|madame)\s+(?:speaker|chair(?:man|woman|person)?|president|vice[- ]president)\b[^:.]{0,120}[:,]$"
                       r"|^ladies and gentlemen[^:.]{0,60}[:,]$"
                       r"|^(?:to\s+(?:the|all|our|every|each|mr|ms|mrs|dr|prof)\b|dear\s)[^:]{1,120}[:,]$"
                       # (An auditor's report is addressed with no colon: "To the Members of Lingxi Charitable
                       # Foundation Limited", "致灵溪慈善基金有限公司全体成员", "致XX股份有限公司全體股東".)
                       r"|^to\s+the\s+(?:members|shareholders|stockholders|unitholders|trustees|governors|directors|board\s+of\s+directors"
                       r"|council|board\s+of\s+trustees)\s+of\s+[^:.。]{2,100}$"
                       r"|^致[^：:。，,]{2,40}(?:全体|全體)(?:成员|成員|会员|會員|股东|股東|董事|理事|受托人|受託人)$", re.I)
STANDARD_COVER = rx(r"(?:ICS|CCS)\s+[A-Z]?\s*\d{1,3}(?:\.\d{2,3}){0,2}(?:\s*[;；]\s*\d{1,3}(?:\.\d{2,3}){0,2})*"
                            r"|(?:中华人民共和国|中華人民共和國)?(?:国家|國家|行业|行業|团体|團體|地方|企业|企業)(?:标准|標準)"
                            r"|(?:national|industry|association|group|local|enterprise)\s+standard(?:\s+of\s+the\s+people's\s+republic\s+of\s+china)?"
                            r"|(?:GB(?:/[TZ])?|T/[A-Z]{2,12}|DB\d{0,4}/T|[A-Z]{2,4}/T)\s*\d{1,6}(?:\.\d{1,3})?\s*[—–-]\s*\d{4}", re.I)


def standard_cover(text: str) -> bool:
    """A line of a standard's cover over its title (see STANDARD_COVER), set letter-spaced or not."""
    return bool(STANDARD_COVER.fullmatch(rematch.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", text.strip())))


# A form's answer in boxes, under the item it answers: "□适用 √不适用", "□是 √否", "[ ] Applicable [X] Not applicable".
_BOX = r"(?:[□☐■☑☒√✓✔]|\[\s*[xX✓✔]?\s*\])"
BOX_ANSWER = rx(rf"{_BOX}\s*(?:适用|適用|不适用|不適用|是|否|有|无|無|applicable|not applicable|yes|no)\b.*?{_BOX}", re.I)
# A step of a procedure, as a label: "第一步", "步骤 2", "Step 3", a stage: "第二阶段".
STEP_LABEL = rx(r"第\s*[一二三四五六七八九十\d]{1,3}\s*(?:步|阶段|階段)|(?:步骤|步驟)\s*[一二三四五六七八九十\d]{1,3}|step\s*\d{1,3}", re.I)
# A warning or a note written in a box or after a label: what it says is text, not a section.
ADMONITION = rx(r"^(?:注|註|注意|警告|小心|危险|危險|提示|备注|備註|特别提示|特別提示|重要提示|温馨提示|溫馨提示"
                        r"|note|n\.\s?b\.?|nb|warning|caution|danger|tip|hint|important|attention)$", re.I)
# (A notice on a line of its own over the opening paragraphs of terms, "特别提示" / "Important
# Notice", heads them: people list it among the sections.)
NOTICE_LINE = rx(r"^(?:特别提示|特別提示|重要提示|温馨提示|溫馨提示)$")

# Notes and sources under a table or at the end of a text, as a label: "注释：" over its list, "Notes:",
# "资料来源：…", "Source: …" ("Notes" alone on a line may be a section of endnotes).
# A paper's keywords after its abstract: "关键词：居家养老；服务需求", "Keywords: …".
_KEYWORDS = r"关键词|關鍵詞|关键字|關鍵字|key ?words?"
KEYWORDS_LABEL = rx(_KEYWORDS, re.I)
NOTES_LABEL = rx(r"^(?:注释|註釋|附注|附註|编辑附注|編輯附註|说明|說明|资料来源|資料來源|数据来源|數據來源|来源|來源"
                         r"|notes|sources?|data sources?|editorial notes?"
                         # (An example set into the text: "範例：【杏林診所】您已預約…", "Example: [XingLin Clinic] …".)
                         r"|范例|範例|示例|例|例子|examples?|for example|e\.g\.|" + _KEYWORDS + r")$", re.I)


# A row of figures in columns set with spaces: "收益（千港元） 1,284,530 1,196,412 +7.4%",
# "Basic earnings per share (HK cents) 17.1 14.7", and the years over them ("2025年 2024年 變動").
FIGURE = r"[-+(]?\d[\d,]*(?:\.\d+)?%?\)?"
FIGURES_ROW = rx(r"\S\s+" + FIGURE + r"(?:\s+" + FIGURE + r")+\s*$")
# (A column's unit in brackets after its year: "2023 (HK$)", "二零二三年（港元）".)
YEAR_COLUMN = r"(?:\d{4}(?:[/-]\d{2,4})?|[一二][〇零○][〇零○一二三四五六七八九]{2})\s*年?度?(?:\s*[（(][^（）()\d]{1,8}[)）])?"
YEARS_ROW = rx(r"(?:^|\s)" + YEAR_COLUMN + r"(?:\s+" + YEAR_COLUMN + r")+(?:\s+[^\d\s]{1,12})?$")


def table_row(text: str) -> bool:
    """A row of a table written with bars: "风险类别｜风险描述｜时间范围",
    "Risk type | Description | Time horizon" (three cells or more, or two between bars), or a row of
    figures in columns set with spaces, or the years heading such columns."""
    t = text.strip()
    m = None if DATE_TOKEN.search(t) or VERSION_TOKEN.search(t) else FIGURES_ROW.search(t)
    figures = rematch.findall(FIGURE, m.group(0)[1:]) if m else []
    # (Or of two cells with the bars at both ends, as Markdown writes them: "| 游船 | cruise vessel |".)
    return (len(rematch.findall(r"[|｜]", t.strip("|｜"))) >= 2 or bool(rematch.fullmatch(r"[|｜][^|｜]+[|｜][^|｜]+[|｜]", t))
            or bool(YEARS_ROW.search(t))
            or len(figures) >= 3 or (len(figures) >= 2 and any(rematch.search(r"[,.%]", f) for f in figures)))


def key_figure(text: str) -> bool:
    """A key figure set large, alone on its line ("148.62亿元", "RMB 14.862 billion", "36.8%"):
    a number with its unit or a share, never a section's name (a year alone, "2024", may be one)."""
    t = text.strip()
    return bool(rematch.fullmatch(r"(?:RMB|HK\$|US\$|USD|HKD|CNY|[¥$€£])?\s*\d[\d,]*(?:\.\d+)?\s*"
                             r"(?:%|‰|亿元|万元|千元|元|亿|万|(?:billion|million|thousand)\b.*)", t, re.I)
                and not rematch.search(r"[\u4e00-\u9fff]{3}", t))


def street_address(text: str) -> bool:
    """A street address on its own line, under a name ("香港九龍觀塘道000號創意大廈12樓",
    "12/F, Creative Tower, 000 Kwun Tong Road, Kowloon, Hong Kong")."""
    t = text.strip()
    # (Its number may be in Chinese numerals: "澳門望廈山街十二號地下".)
    return (len(t) <= 60 and not rematch.search(r"[。；;！？]", t)
            and bool(rematch.search(r"[路道街巷]\s*(?:\d{1,5}|[一二三四五六七八九十百]{1,5})\s*[號号]", t))) or (
        "," in t and len(t) <= 120 and bool(rematch.search(
            r"\b\d{1,3}/F\b|(?:^|,\s*)\d{1,5}[A-Z]?\s+(?:[A-Z][\w'-]*\s+){1,4}(?:Road|Street|Avenue|Boulevard|Lane|Drive|Rd|St|Ave)\b\.?", t)))


# An ordinance's chapter in the territory's laws, over its title: "第715章", "Chapter 715", "Cap. 715".
CAP_NUMBER = rx(r"第\s*\d{3,4}[A-Z]?\s*章|(?:Chapter|Cap\.?)\s*\d{3,4}[A-Z]?", re.I)


# A printed page's note that the text goes on over the page, in one language or both, or half of
# it split from the other: "（續下頁 / Continued overleaf）", "(continued on next page)", "（接上页）".
_CONT = (r"(?:續下頁|续下页|接下頁|接下页|續上頁|续上页|接上頁|接上页|續前頁|续前页"
         r"|(?:to be )?continued(?: (?:overleaf|on (?:the )?next page|from (?:the )?previous page))?|see overleaf|P\.?T\.?O\.?)")
CONTINUED = rx(rf"[（(]?\s*{_CONT}(?:\s*[/|｜]\s*{_CONT})?\s*[)）]?", re.I)
# A person to contact, with their office: "沈怡然女士，法务合规部", "Ms Shen Yiran, Legal & Compliance".
CONTACT_PERSON = rx(r"[\u4e00-\u9fff]{2,4}(?:女士|先生|小姐|博士|教授|律师|律師|医生|醫生)\s*[，,、]\s*[^。！？，,]{2,30}"
                            r"|(?:Mr|Ms|Mrs|Miss|Dr|Prof)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3},\s+[^.!?,]{2,50}")


# The heads of a contents list's columns: "條次 頁次", "Section Page" (segment's PAGE_COLUMN, which finds
# them beside a list, takes any word before "Page"; alone on a line only these).
CONTENTS_COLUMNS = rx(r"[\u4e00-\u9fff]{1,4}\s*(?:頁次|页次|頁碼|页码)|(?:section|article|clause|rule|chapter|item|contents)\s+pages?", re.I)
# A note with what it says after its label: "註：商務計劃須最少訂購三名用戶", "Note: the Business plan …".
NOTE_WITH_TEXT = rx(r"(?:注|註|备注|備註|附注|附註)\s*[:：]\s*\S|note\s*:\s*\S", re.I)


def never_heading(text: str) -> bool:
    """Lines with a heading's shape that never head a section: dates,
    versions and editions (and the place and date a letter is signed), copyright notices,
    end markers ("END OF TERMS AND CONDITIONS", "条款结束", "（全文完）"), a
    figure's or a table's caption, a table's row, an item of a form with boxes
    to tick ("…？□是 □否"), a quotation ("“…。”——…"), the person a letter is addressed to ("致…董事会：",
    "Dear Shareholders,"), a warning's or a note's label ("警告", "Note"), a
    contents list's entry with dot leaders and a page number, an order's
    number ("第17号", "No. 17"), a table's unit ("单位：元", "Unit: RMB") and an API's request line
    ("GET /v1/users")."""
    t = text.strip()
    # "Copyright" alone may head a section; with a year, "©" or a field to fill
    # in ("Copyright [yyyy] [name of copyright owner]", a licence's template) it is a notice.
    notice = bool(COPYRIGHT.match(t)) and bool(rematch.search(r"\d{4}|©|\[[^\]]+\]|<[^<>]+>|\{[^{}]+\}|［[^］]+］", t))
    # (So is a web page's owner with the words after its name: "青潭市政府法制處 版權所有".)
    notice = notice or bool(rematch.fullmatch(r"\S.{1,40}?\s*(?:版权所有|版權所有)(?:\s*[，,、]?\s*(?:翻印必究|侵权必究|侵權必究|不得转载|不得轉載))?", t))
    # A web page's files to download after their label, each with its format: "附件下載：申請書（ODT）
    # 申請書（PDF）", "Downloads: Request Form (ODT) Request Form (PDF)".
    files = bool(rematch.fullmatch(r"(?:附件|附件下载|附件下載|下载|下載|attachments?|downloads?)\s*[:：]\s*"
                                   r"(?:[^:：()（）]{1,80}?\s*[（(](?:PDF|ODT|ODS|DOCX?|XLSX?|PPTX?|CSV|ZIP|TXT)[)）]\s*){1,8}", t, re.I))
    # Two or more items numbered on one line ("①控制面板 ②温控旋钮 …", the key to a figure) are a list.
    items = (len(rematch.findall(r"[\u2460-\u2473\u2776-\u277f\u24eb-\u24f4]", t)) >= 2
             # A contents list written on one line: "一、理事长致辞 二、机构概况 三、……", "1. Message 2. About Us 3. …".
             or len(rematch.findall(r"(?:^|\s)[一二三四五六七八九十]{1,3}、", t)) >= 3
             or len(rematch.findall(r"(?:^|\s)\d{1,2}\.\s+\S", t)) >= 3)
    boxes = len(rematch.findall(r"[□☐☑☒√✓✔■]", t)) >= 2
    # A configuration file's table or key: "[upstream.auth]", "[[route]]", 'level = "warn"'.
    config = bool(CONFIG_LINE.fullmatch(t))
    # The end of a command's inline file ("EOF"); a word between two ways of doing it ("或", "or").
    joiner = bool(rematch.fullmatch(r"EOF|EOT|或|或者|or|and/or|——\s*或\s*——|-+\s*or\s*-+", t, re.I))
    # Where and when a letter was signed: "中国·澄湾 2024 年 4 月 25 日", "Chengwan, China, 25 April 2024".
    # A standard's cover: its classification codes ("ICS 43.120", "CCS T 35"), what kind of standard it
    # is ("团　体　标　准", "ASSOCIATION STANDARD") and its number alone ("T/QYEVCA 017—2024").
    standard = standard_cover(t)
    # When a contract is made, over its parties: "本協議於2024年3月18日訂立", "THIS AGREEMENT is dated 18 March 2024".
    made = bool(rematch.fullmatch(r"本(?:协议|協議|合同|契约|契約|合约|合約)(?:于|於|在).{1,40}(?:订立|訂立|签订|簽訂|签署|簽署)|"
                             r"this\s+(?:agreement|deed|contract)\s+(?:is\s+)?(?:dated|made)\b.{0,80}", t, re.I))
    # A form's blanks for the date: "年    月    日", "____年___月___日".
    blank_date = bool(rematch.fullmatch(r"[_＿]*\s*年[\s　_＿]*月[\s　_＿]*日", t))
    place_date = bool(rematch.fullmatch(r"[\u4e00-\u9fff·•・（）()\s]{2,16}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                                   r"|[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)?(?:, [A-Z][\w.'-]*(?: [A-Z][\w.'-]*)?){1,2},?\s+"
                                   r"(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2},?)\s+\d{4}"
                                   r"|[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)?,\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2},?)\s+\d{4}", t))
    # Who issued, drew up or compiled it ("澄江市住房和城乡建设局　澄江市市场监督管理局　制定",
    # "江岭省统计局　编", "…研究發展考核處編印", "Issued by the … Bureau", "Compiled and published by …").
    issued_by = bool(rematch.match(r"(?:issued|published|prepared|compiled|produced|drawn up|formulated)"
                              r"(?:\s+and\s+(?:issued|published|printed|prepared|compiled|produced))?\s+(?:jointly\s+)?by\s+\S", t, re.I)
                     or (rematch.search(r"(?:局|委员会|委員會|部|厅|廳|处|處|署|中心|办公室|辦公室|政府|公司|协会|協會)[\s　]*(?:制定|编制|編製|编印|編印|印制|印製|联合制定|聯合制定|编|編|编写|編寫|编著|編著|出品|[\s　]印)$", t)
                         and len(t) <= 60))
    # A letter's closing under its signer's name ("院長林正宏敬上", "書途數位股份有限公司敬啟").
    closing = bool(rematch.search(r"(?:敬上|敬啟|敬启|谨启|謹啟|谨上|謹上|敬呈|謹呈|谨呈|拜上)$", t)) and len(t) <= 40
    # Or its greeting: "親愛的病友與家屬您好：", "尊敬的用户：", "Dear Customers,".
    closing = closing or bool(rematch.fullmatch(r"(?:亲爱的|親愛的|尊敬的)[^。！？]{1,24}[：:，,！!]?|dear\s+[^.!?]{1,60}[,:!]", t, re.I))
    # Or its close: "此致" / "敬禮", "順祝" / "安康", "Yours sincerely,".
    closing = closing or bool(rematch.fullmatch(
        r"(?:此致|顺祝|順祝|顺颂|順頌|顺致|順致|即颂|即頌|谨致|謹致|祝好)?[\s　]*(?:敬礼|敬禮|商祺|时祺|時祺|台安|安康|近安|大安|钧安|鈞安|春祺|夏祺|秋祺|冬祺)?[！!。]?"
        r"|(?:yours (?:sincerely|faithfully|truly)|sincerely(?: yours)?|(?:with )?(?:best|kind|warm|warmest) (?:regards|wishes)"
        r"|with (?:gratitude|thanks|appreciation)|respectfully(?: yours)?)[,.!]?", t, re.I)) and bool(t.strip("！!。,.!"))
    # Who edited, wrote, photographed or translated it ("责任编辑：王晓", "Editor: Wang Xiao", "摄影：***").
    credit = bool(rematch.fullmatch(r"(?:责任编辑|責任編輯|编辑|編輯|记者|記者|作者|撰稿|摄影|攝影|校对|校對|审核|審核|译者|譯者|翻译|翻譯|来源|來源)\s*[:：]\s*\S.{0,30}"
                               r"|(?:editor|edited by|reporter|author|written by|photo(?:graph)?s?(?: by)?|translat(?:or|ed by)|proofread(?:er|ing)?|source)\s*:\s*\S.{0,40}",
                               t, re.I))
    # A number alone with no words ("3.1" over a term and its definition, as standards number them).
    # (Or a whole number alone: a chart's tick drawn in text, "60" over "55 ····· 轻度富营养（50）".)
    # (Or a gazette's page, a letter and its number: "B1540".)
    bare_number = bool(rematch.fullmatch(r"\d{1,3}(?:\.\d{1,3})+\.?|\d{1,4}|[A-Z]\d{3,5}", t))
    # A code written digit by digit in Chinese numerals before its name, an entry of a list of codes
    # ("一四八 網路購物及其他電子商務服務", "○四○ 行銷", as "148 Online shopping …"): no number counts so.
    bare_number = bare_number or bool(rematch.match(r"[A-Z]?[○〇零一二三四五六七八九]{3,4}[ \u3000]+\S", t))
    address = street_address(t)
    # A standard cited by its code ("GB 50838 城市综合管廊工程技术规范", "ISO 9001:2015 Quality management
    # systems"): an entry of a list of references.
    cited = bool(rematch.match(r"(?:GB(?:/[TZ])?|ISO(?:/IEC)?|IEC|EN|ASTM|JIS|DIN|IEEE|[A-Z]{2,4}/T|T/[A-Z]{2,8})\s?\d[\d.]*(?:[:：—–-]\d{4})?\s+\S", t))
    # A machine-readable header: "SPDX-License-Identifier: Apache-2.0", "Content-Type: text/plain".
    header = bool(rematch.fullmatch(r"[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)+:\s*\S+(?:\s+(?:OR|AND|WITH)\s+\S+)*", t))
    # A web page's link back to its top, copied with the text: "返回顶部", "↑ Back to top", in both
    # languages on a bilingual page ("▲ Back to top 返回頁首").
    top = r"(?:返回顶部|返回頂部|回到顶部|回到頂部|返回页首|返回頁首|回顶部|回頂部|回页首|回頁首|back to top|to top|top of page|top)"
    nav = bool(rematch.fullmatch(rf"[↑▲^\s]*{top}(?:[\s|｜/]*{top})?[↑▲^\s]*", t, re.I))
    # (So is a link to the file: "下載PDF版本（中文／English，812KB）", "Download PDF (Chinese/English, 812 KB)".)
    nav = nav or bool(rematch.match(r"(?:下載|下载|download\b).{0,40}?(?:pdf|docx?|\d\s*[KM]B)", t, re.I) and len(t) <= 80)
    # (So are a page's comments and its related pages: "留言（2）", "Comments (2)", "相關頁面", "Related pages".)
    nav = nav or bool(rematch.fullmatch(r"(?:留言|評論|评论|comments?)\s*[（(]\d+[)）]|(?:相關|相关)(?:頁面|页面|文章|連結|链接)|related (?:pages|articles|links)",
                                   t, re.I))
    # (So is a docs page's link to its source: "Edit this page on GitHub", "在 GitHub 上编辑此页".)
    nav = nav or bool(rematch.fullmatch(r"(?:[✎✏🖉]\s*)?(?:edit (?:this|the) page(?: on \w+)?|(?:在\s*\w+\s*上)?(?:编辑|編輯)(?:此页|此頁|本页|本頁|该页|該頁)"
                                   r"(?:\s*[（(]?\w+[)）]?)?)", t, re.I))
    figure = key_figure(t)
    continued = bool(CONTINUED.fullmatch(t))
    person = bool(CONTACT_PERSON.fullmatch(t))
    # An editor's note in brackets, a sentence of its own: "〔第十条由2009年第1号法令第2条替换。〕",
    # "[Article 10 substituted by Act No. 1 of 2009, s. 2.]".
    bracketed_note = bool(rematch.fullmatch(r"[〔\[【［(（][^〔〕\[\]【】［］()（）]{4,}[。.！!；;][〕\]】］)）]", t))
    # Where a page stands in an ordinance, printed over it: "第2部——第1分部——第4條", "Part 2—Division 1—Section 4".
    label_path = bool(rematch.fullmatch(r"第\s*[\d一二三四五六七八九十]{1,4}\s*(?:部|分部|章|節|节|條|条)(?:\s*[—–-]{1,2}\s*第\s*[\dA-Z一二三四五六七八九十]{1,4}\s*(?:部|分部|章|節|节|條|条))+"
                                   r"|(?:Part|Division|Subdivision|Chapter|Section)\s+[\dA-Z]{1,4}(?:\s*[—–-]{1,2}\s*(?:Part|Division|Subdivision|Chapter|Section)\s+[\dA-Z]{1,4})+", t))
    # Or where a page stands in its site: "Help Center > All categories", "說明中心 > 所有分類".
    label_path = label_path or bool(len(t) <= 80 and rematch.fullmatch(r"[^>›»。.!?！？:：]{1,30}(?:\s[>›»]\s[^>›»。.!?！？:：]{1,30})+", t))
    # An ordinance's number in the territory's laws, alone: "第697章", "Cap. 697" (no document has 697 chapters).
    # (Nor a file linked by its name: "附件：社區園圃使用費收費基準表.pdf", "Attachment: Fee Schedule.pdf".)
    cap = bool(CAP_NUMBER.fullmatch(t)) or bool(rematch.search(r"\S\.(?:pdf|docx?|xlsx?|pptx?|odt|zip|rar)$", t, re.I))
    # (Nor where a page stands with the ordinance's number, its running header: "Section 4   Cap. 741A",
    # "第4條　　第741A章"; nor the date and page code at its foot: "1.7.2026   741A-3".)
    cap = cap or bool(rematch.fullmatch(r"(?:Part|Division|Section|Schedule)\s+[\dA-Z]{1,4}\s+Cap\.\s*\d{1,4}[A-Z]{0,2}"
                                   r"|(?:第\s*[\dA-Z]{1,4}\s*(?:部|分部|條|条)|附表\s*[\d一二三四五六七八九十]{1,3})\s*第\s*\d{1,4}[A-Z]{0,2}\s*章"
                                   r"|\d{1,2}\.\d{1,2}\.\d{4}\s+\d{1,4}[A-Z]{0,2}-\d{1,4}", t))
    # (Nor an ordinance's notes under its long title: when it began, "[1 April 2024] L.N. 38 of 2024",
    # "[2024年4月1日] 2024年第38號法律公告"; what it was, "(Originally 9 of 2023)", "(本為2023年第9號)";
    # how its text was changed, "(Format changes—E.R. 1 of 2024)", "(格式變更—2024年第1號編輯修訂紀錄)".)
    cap = cap or bool(rematch.fullmatch(r"\[[^\[\]]{4,40}\]\s*(?:[A-Z]\.\s?N\.\s*\d{1,4}\s+of\s+\d{4}|\d{4}\s*年\s*第\s*\d{1,4}\s*[号號]\s*(?:法律|政府|市政)?公告)"
                                        r"|[（(](?:Originally|本為|本为)\s*[^()（）\d]{0,20}\d[^()（）]{0,20}[)）]"
                                        r"|[（(](?:Format changes|格式變更|格式变更)\s*[—–-]{1,2}\s*[^()（）]{2,40}[)）]", t))
    # An API's request line, over its parameters: "POST {BASE}/namespaces/{namespace}/repositories".
    request = bool(rematch.fullmatch(r"(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(?:/|\{|https?://)\S*", t))
    # A page's number that says so, left from a printed page: "第 1 頁，共 1 頁", "Page 3 of 12", "- 3 -".
    page = bool(rematch.fullmatch(r"第\s*\d{1,4}\s*[页頁]\s*[，,／/]?\s*共\s*\d{1,4}\s*[页頁]|page\s+\d{1,4}\s+of\s+\d{1,4}"
                             r"|[-—–]\s*\d{1,4}\s*[-—–]", t, re.I))
    # A table's unit or currency over its figures: "单位：元", "單位：港幣千元", "Unit: RMB", "Currency: HKD".
    unit = bool(rematch.fullmatch(r"[（(]?(?:单位|單位|币种|幣種|货币单位|貨幣單位|unit|units|currency)\s*[:：]\s*\S.{0,30}", t, re.I))
    label = t.strip("（()）").rstrip(":：").strip()  # "(Note:" as "Note"
    # A photograph's caption: "（图）9月28日，市民在…", "（现场图片：…）", "Photo: Residents read…", "(Photo by …)".
    # (Not a part of a notice that says what is done with photos, two sentences or more: "照片：登记机拍摄的照片会
    # 打印在访客证上…。我们不会…。", "Photos: the kiosk photo is printed on your pass. We do not …".)
    photo = bool(PHOTO_CAPTION.match(t)) and not rematch.search(r"[。！？!?][\u4e00-\u9fffA-Za-z]|[a-z][.!?]\s+[A-Z][a-z]", t)
    # When a page was updated, under its title: "Updated 2 April 2024 · 4 min read", "更新于 2024年4月2日".
    updated = bool(len(t) <= 80 and UPDATED_ON.match(t))
    columns = bool(CONTENTS_COLUMNS.fullmatch(t))
    # A company's incorporation under its name ("Incorporated in Hong Kong on 9 August 2011",
    # "於2011年8月9日在香港註冊成立"), a copy's certificate ("Certified a true copy", "核證為真確副本")
    # and a table's total ("Total 10,000", "總數 10,000").
    attested = bool(rematch.fullmatch(r"(?:incorporated|registered)\s+in\s+.{2,40}?\s+on\s+.{4,30}|(?:於|于).{4,20}(?:在|於|于).{2,16}(?:註冊成立|注册成立)"
                                   r"|(?:certified\s+(?:as\s+)?a\s+true\s+(?:and\s+(?:correct|complete)\s+)?copy|certified\s+true\s+copy|核證為真確副本|核证为真确副本)"
                                   r"|(?:total|grand\s+total|總數|总数|合計|合计|總計|总计)\s*[:：]?\s*[\d,]+(?:\.\d+)?", t, re.I)
                    and (bool(DATE_TOKEN.search(t)) or not rematch.search(r"incorporated|registered|註冊成立|注册成立", t, re.I)))
    # A table's row drawn with box lines: "│市場等級│攤位類別│每平方公尺月使用費│".
    boxed = bool(rematch.match(r"[│┃║├┝┠╟┌┏╔└┗╚]", t) and len(rematch.findall(r"[│┃║]", t)) >= 2)
    note = bool(NOTE_WITH_TEXT.match(t))
    return (date_line(t) or photo or updated or note or files or columns or attested or boxed or config or joiner or closing or bool(PERIOD.fullmatch(t)) or bool(EDITION.fullmatch(t)) or bool(QUOTATION.match(t)) or notice or bool(END_MARKER.match(t)) or items or boxes or table_row(t)
            or bool(CAPTION.match(t)) or bool(ADDRESSEE.match(t)) or bool(ADMONITION.match(label) and not NOTICE_LINE.match(label)) or bool(TOC_ENTRY.search(t))
            or bool(DOC_NUMBER.fullmatch(t)) or header or bare_number or address or cited or credit or issued_by or unit or nav or page or figure or person or continued or request or bracketed_note or label_path or cap or place_date or blank_date or standard or made or signing_line(t) or t.startswith(("——", "—", "--")) or bool(LANGUAGE_BANNER.fullmatch(label)) or bool(COPY_BANNER.fullmatch(label))
            or (len(t) <= 120 and bool(DATE_TOKEN.search(t)) and bool(PROMULGATED.search(t))))


CONFIG_LINE = rx(r"\[\[?[a-z_][\w.\-]*\]\]?|[a-z_][\w.\-]*\s*=\s*\S.*")


# (Or a cover's date after its label: "Date        2024-07-15", "发布日期  2024-07-15".)
UPDATED_ON = rx(r"(?:posted|published|(?:last\s+)?(?:updated|modified|revised)|(?:(?:issue|release|effective|publication)\s+)?dated?:?)(?:\s+on)?\s+"
                        r"(?:\d{1,2}\s+[A-Z][a-z]+,?\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\b"
                        r"|(?:(?:发布|發布|發佈|更新|修订|修訂)(?:于|於)|(?:发布|發布|發佈|生效|印发|印發)?日期\s*[:：]?)\s*\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})", re.I)
# The period a statement's figures cover, over its table: "截至二零二四年三月三十一日止年度（港幣千元）",
# "For the year ended 31 March 2024 (HK$’000)", "For the six months ended 30 June 2025", "As at 30 June 2025".
PERIOD = rx(r"(?:截至|截止)\s*\S{4,16}?止?(?:年度|[一二三六九]個月|[一二三六九]个月|十二個月|十二个月)(?:\s*[（(][^（）()]{1,16}[）)])?"
                    r"|(?:for the )?(?:year|six months|three months|nine months|twelve months|period|quarter) ended\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}"
                    r"(?:\s*\([^()]{1,16}\))?|as (?:at|of) \d{1,2} [A-Z][a-z]+ \d{4}(?:\s*\([^()]{1,16}\))?", re.I)
PHOTO_CAPTION = rx(r"[（(]\s*(?:图|圖|图片|圖片|照片|现场图片|現場圖片)\s*[）):：]|(?:图片|圖片|照片|摄影|攝影)\s*[:：]"
                           r"|\(?photo(?:graph)?s?\s*(?:[:：]|by\b)|\(?photo(?:graph)?\s+(?:courtesy|credit)\b", re.I)


# What an English title calls its kind of document: "Privacy Policy", "Terms of Use", "Code of Conduct".
EN_KINDS = (r"(?:agreement|terms(?: of (?:service|use))?|terms and conditions(?: of (?:service|use|sale|carriage|contract))?"
            r"|conditions of (?:service|use|sale|carriage|contract)|policy|statement|notice|report|guide|manual|handbook|reference"
            r"|specification|plan|charter|constitution|statutes?|rules|regulations|measures|ordinance|licen[cs]e|white paper|communiqu[eé]"
            r"|articles of association|by-?laws|guidelines|code of (?:[\w-]+ ){0,2}(?:conduct|practice|ethics)"
            r"|memorandum of understanding|contract|release notes)")
# A kind of document named alone, as a cover sets it under its organisation's name.
# (Its characters may be spaced out on a cover: "章　　程".)
BARE_KIND = {"zh": rx(r"[\s　]*(?:" + "|".join(r"[\s　]*".join(w) for w in (
                 "章程 年报 年報 年度报告 年度報告 隐私政策 隱私政策 用户协议 用戶協議 使用条款 使用條款 白皮书 白皮書").split()) + r")[\s　]*"),
             "en": rx(r"(?:articles of association|constitution|annual report|privacy policy|terms of (?:use|service)|white paper|by-?laws)", re.I)}
DOCUMENT_KIND = {
    "zh": rx(r"(?:协议|協議|条款|條款|政策|声明|聲明|须知|須知|报告|報告|指南|手册|手冊|说明书|說明書|章程|办法|辦法"
                     r"|规则|規則|规定|規定|条例|條例|白皮书|白皮書|许可证|許可證|通知|公告|公示|通告|公报|公報|方案|规划|規劃"
                     r"|纲要|綱要|细则|細則|准则|準則|守则|守則|合同|合约|合約|契约|契約|备忘录|備忘錄|意见|意見|年报|年報|规范|規範"
                     r"|发行说明|發行說明|版本说明|版本說明|授权书|授權書|证书|證書|同意书|同意書|确认书|確認書)(?:摘要|[（(](?:摘要|节选|節選|草案)[）)])?$"),
    "en": rx(rf"\b(?:{EN_KINDS}|certificate)(?:\s+(?:summary|abstract|highlights))?(?:,?\s+\d{{4}}(?:[–/-]\d{{2,4}})?)?(?:\s*\((?:summary|abridged|excerpts?|draft)\))?$", re.I),
}


# A banner that says which language follows: "中文版本", "英文版", "ENGLISH VERSION", "Chinese Text", "（中文本）".
# (The licence's identifier may lead it: "QPL-2.0 官方中文译本", "Official Chinese Translation".)
LANGUAGE_BANNER = rx(r"[-=*\s]*[（(【\[]?(?:[A-Z][\w.+-]*\d[\w.+-]*\s+)?(?:(?:官方|正式)?(?:中文|英文|简体中文|簡體中文|繁體中文|繁体中文|英語|英语)(?:版本?|文本|本|译本|譯本|翻译|翻譯)?"
                             r"(?:见下文?|見下文?|附后|附後|如下|在后|在後)?"
                             r"|(?:official\s+)?(?:english|chinese|simplified chinese|traditional chinese)(?:\s+(?:version|text|translation))?"
                             r"(?:\s+(?:follows|below|overleaf))?"
                             r"|(?:unofficial|informal|courtesy)(?:\s+(?:english|chinese))?\s+(?:translation|version)|非官方(?:译本|譯本|译文|譯文|翻译|翻譯)"
                             # (which comes first: "English version followed by Chinese version", "英文文本在前，中文文本在后")
                             r"|(?:english|chinese)\s+(?:version|text)\s+(?:followed\s+by|first,?\s+then)\s+(?:the\s+)?(?:english|chinese)(?:\s+(?:version|text))?"
                             r"|(?:中文|英文)(?:版本?|文本)在前[，,、\s]*(?:中文|英文)(?:版本?|文本)在[后後])"
                             r"(?:\s*[（(](?:for reference only|仅供参考|僅供參考)[)）]|\s*(?:[-–—－:：]\s*)?(?:is\s+)?for reference only|\s*(?:[-–—－:：]\s*)?(?:仅供参考|僅供參考))?[)）】\]]?[-=*\s]*",
                             # ("ENGLISH TRANSLATION (FOR REFERENCE ONLY)", "中文譯本僅供參考", "Chinese translation for reference only")
                             re.I)
# The same banner in both languages, in brackets: "【中文譯本僅供參考　Chinese translation for reference only】".
BILINGUAL_BANNER = rx(r"[【\[［(（]?\s*(" + LANGUAGE_BANNER.pattern + r")\s*[/|｜]?\s*(" + LANGUAGE_BANNER.pattern
                              + r")\s*[】\]］)）]?", re.I)
# Which copy of a document this is, on a line of its own over its title: "Execution Version",
# "Conformed Copy", "Draft for Consultation", "征求意见稿", "签署版".
COPY_BANNER = rx(r"(?:execution|conformed|signing|signature|final|agreed)\s+(?:version|copy|form)|draft(?:\s+for\s+(?:discussion|consultation|comments?))?"
                         r"|征求意见稿|徵求意見稿|送审稿|送審稿|签署版|簽署版|签署本|簽署本|定稿"
                         # (or how it is classified: "COMMERCIAL IN CONFIDENCE", "商业机密", "Internal use only")
                         r"|(?:strictly\s+|highly\s+)?(?:private\s+and\s+)?confidential|commercial\s+in\s+confidence|(?:for\s+)?internal\s+use\s+only"
                         r"|(?:商业|商業)?(?:机密|機密)|绝密|絕密|(?:仅限|僅限)?内部使用|內部使用|内部资料|內部資料"
                         # (or whom it is for: "內部文件　只供圖書館職員使用", "INTERNAL DOCUMENT - FOR LIBRARY STAFF ONLY")
                         r"|(?:内部|內部)(?:文件|資料|资料)\s*[-–—－:：]?\s*(?:只|仅|僅)供[^\s，。]{1,16}(?:使用|參閱|参阅)"
                         r"|internal\s+document\s*(?:[-–—:]\s*)?(?:for\s+[\w\s]{1,30}?\s+only)?", re.I)
# When a text was adopted, promulgated or amended, said on a line of its own without brackets
# ("中華民國115年6月30日校長核定公布", "Amended and promulgated by the President on June 30, 2026").
PROMULGATED = rx(r"(?:通过|通過|公布|发布|發布|施行|修正|修订|修訂|核定|印发|印發|颁布|頒布|重述)$"
                         r"|\b(?:adopted|promulgated|amended|approved|issued|enacted|revised)\b(?:.*\b(?:on|by)\b)", re.I)


# Where a document is signed: a party and its seal ("东海师范大学（盖章）", "… Co., Ltd. (seal)"), blanks to
# fill in ("签字：＿＿＿＿", "Signature: ________"), the parties side by side ("For A          For B"), and
# the label over them ("全体股东签字、盖章：", "Signatures of shareholders:", "IN WITNESS WHEREOF").
SIGNING = rx(r"[（(](?:盖章|蓋章|签章|簽章|签字|簽字|公章|seal|signature|signed)"
                     r"(?:\s*(?:或|及|和|并|並|/|or|and)\s*(?:盖章|蓋章|签章|簽章|签字|簽字|签名|簽名|公章|seal|signature|chop|stamp))?[)）]|[_＿]{4,}"
                     r"|^(?:signatures? of\b|signed (?:by|for)\b|in witness whereof\b|for\s+\S.*\s{2,}for\s+\S)"
                     # (Signed for someone: "代表維港影像有限公司簽署", "for and on behalf of …".)
                     r"|^代表\S{2,40}(?:签署|簽署|签字|簽字|盖章|蓋章|签章|簽章)$|^for and on behalf of\b", re.I)
SIGNING_LABEL = rx(r"^[^，,。；;\d]{0,16}(?:签字|簽字|签章|簽章|盖章|蓋章|签名|簽名|签署|簽署)[:：]$")


# An official's title and name under what they sign ("部長　林○○", "市长　周立新", "Minister Lin").
SIGNER = rx(r"(?:部长|部長|局长|局長|市长|市長|县长|縣長|省长|省長|署长|署長|处长|處長|厅长|廳長|院长|院長|校长|校長"
                    r"|主任|主席|董事长|董事長|理事长|理事長|会长|會長|秘书长|秘書長|总经理|總經理|主任委员|主任委員)"
                    r"[ \u3000]+[\u4e00-\u9fff○〇×＊*]{2,4}"
                    r"|(?:Minister|Mayor|Governor|Director|Director-General|Commissioner|Chairman|Chairperson|Secretary-General"
                    r"|Chief Executive)\s+(?!(?:Responsibilities|Duties|Powers|Role|Report|Message|Statement|Remarks"
                    r"|Election|Office|Appointment|Term)\b)[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}")


def signing_line(text: str) -> bool:
    t = text.strip()
    return bool(SIGNING.search(t) or SIGNING_LABEL.match(t) or SIGNER.fullmatch(t))


# An order's or a notice's number under its issuer: "第17号", "〔2024〕第3号", "No. 17", "Order No. 5".
# A council paper's number, and the meeting it is for: "LC Paper No. CB(2)1187/23-24(04)",
# "立法會CB(2)1187/23-24(04)號文件", "For discussion on 14 May 2024", "供2024年5月14日討論".
COUNCIL_PAPER = (r"(?:LC|LegCo|Council)\s+Paper\s+No\.\s*\S{3,30}|立法[會会]\s*\S{3,30}[號号]文件"
                 r"|(?i:for (?:discussion|information|consideration) on)\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}"
                 r"|供\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:討論|讨论|參閱|参阅|審議|审议)"
                 # (A meeting's paper: "會員大會文件之三", "General Assembly Document No. 3", "GA Paper No. 3/2024".)
                 r"|[\u4e00-\u9fff]{2,12}(?:文件|議程|议程)(?:之|第)\s*[一二三四五六七八九十\d]{1,3}\s*[號号]?"
                 r"|(?:[A-Z][A-Za-z]*\s+){1,5}(?:Document|Paper)\s+No\.\s*\d{1,3}(?:/\d{2,4})?")
DOC_NUMBER = rx(r"(?:[\u4e00-\u9fff]{0,12}[〔\[［(（]?\d{4}[〕\]］)）年]?\s*)?第\s*\d{1,4}(?:/[A-Za-z]{1,8})?(?:/\d{4})?\s*[号號]"
                        r"|[\u4e00-\u9fff]{1,10}\s*[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,4}\s*号"  # "南府发〔2026〕9号"
                        r"|(?:(?:Order|Decree|Notice|Circular|Announcement)\s+)?No\.\s?\d{1,4}(?:/[A-Za-z]{1,8})?(?:/\d{4})?"
                        r"|(?:[A-Z][a-z]*\s+){1,4}[\[(]\d{4}[\])]\s*No\.\s?\d{1,4}"  # "Nan Fu Fa [2026] No. 9"
                        r"|" + COUNCIL_PAPER)
# Over a council paper's title: its number, the meeting it is for, the panel it goes to.
DOC_PARTICULARS = rx(COUNCIL_PAPER + r"|(?:Legislative Council|LegCo) (?:Panel|Subcommittee|Committee) on .{3,100}"
                             r"|立法[會会]\S{2,30}(?:事務委員會|事务委员会|小組委員會|小组委员会|委員會|委员会)")
# The title of a notice that issues the document under it: "青屿市人民政府办公室关于印发《…暂行规定》的通知",
# "Notice of the General Office of … on Issuing the Interim Provisions of …". It heads the notice.
PROMULGATION_TITLE = rx(r"\S{0,40}(?:关于|關於)(?:印发|印發|发布|發布|颁布|頒布|公布|转发|轉發)\S.{2,120}(?:的)?(?:通知|决定|決定|公告)"
                        r"|(?:Notice|Circular|Decision)\b.{0,200}?\bon (?:Issuing|Promulgating|Printing and Distributing|Publishing|Forwarding)\b.{3,240}",
                        re.I)


@lru_cache(maxsize=16384)
def notice_title(text: str) -> bool:
    """The title of a notice that issues the document under it (see PROMULGATION_TITLE), spaces collapsed.
    (Asked of each heading candidate again for every pair the matching scores: kept.)"""
    return bool(PROMULGATION_TITLE.fullmatch(" ".join(text.split())))
# A contents list's entry: dot leaders and a page number ("四、科研概况 ........ 9").
# A short leader stands apart from the words ("Grant Scheme Rules ... 16", "資助計劃守則　……　16"); "Wait... 3" is an ellipsis.
ROMAN_PAGE = r"(?:[IVXLC]{1,6}|[ivxlc]{1,6})"  # the front matter's pages: "Foreword ........ II"
# (A gazette numbers its pages with a letter: "1.　生效日期 ........ B3021".)
_TOC_OF = r"(?:chapter|section|part|volume|book|handbook|guide|manual|report|document)"
# A web page's label over the list of its sections ("On this page", "本頁內容").
_PAGE_TOC = r"on this page|in this (?:article|page|section)|本[页頁文](?:内容|內容|目录|目錄)|本[页頁]導覽|本页导航"
PAGE_CONTENTS = rx(_PAGE_TOC, re.I)
_TOC = (r"(?:(?:本(?:章|节|節|篇|编|編|卷|册|冊|部分|手册|手冊|指南|报告|報告))?目\s*[录錄]"
        rf"|(?:table of )?contents(?: of (?:this|the) {_TOC_OF})?|{_TOC_OF} contents|{_PAGE_TOC})")
# "目录", "Contents", or both on one line ("目录 / Table of Contents"); the contents of a
# part of the document ("本章目录", "Contents of This Chapter", "Chapter Contents"); a
# web page's list of its sections ("On this page", "本頁內容").
TOC_RE = rx(rf"^{_TOC}(?:\s*[/|｜／]?\s*{_TOC})?[:：]?$", re.I)
TOC_ENTRY = rx(rf"(?:\.\s?){{4,}}\s*(?:[A-Z]{{0,2}}\d{{1,4}}(?:-\d{{1,3}})?|{ROMAN_PAGE})$|\s\.{{3}}\s*\d{{1,4}}$"
                       rf"|(?:[…⋯·．・]\s?){{3,}}\s*(?:\d{{1,4}}|{ROMAN_PAGE})$|\s[…⋯]{{2}}\s*\d{{1,4}}$"
                       r"|_{4,}\s*\d{1,4}$")


# --------------------------------------------------------------------------- outline: which candidates head something
#
# segment proposes heading candidates line by line; these read a whole
# outline (and the source's blocks) to correct what one line cannot tell:
# two headings joined as one, English run-in headings segment does not see,
# and candidates with a heading's shape that head nothing. pair uses them
# before it matches the two languages.


def guarded(step, fallback, diags: list, name: str, what: str):
    """step(), or fallback with a one-line warning when a heuristic meets input
    it was not written for: a heading missed is better than no site."""
    from .model import Diagnostic

    try:
        return step()
    except Exception as e:  # noqa: BLE001 - any failure of a heuristic degrades to its fallback
        diags.append(Diagnostic("warning", f"{what} skipped on this input ({type(e).__name__}: {e})", None, name))
        return fallback


def _segment():
    from . import segment  # segment imports this module

    return segment


def _joined_from(h: Heading, first: Block, second: Block) -> bool:
    """The heading is the two lines read as one, with or without a space between them."""
    return (h.raw or h.text) in (first.text + second.text, first.text + " " + second.text)


def split_joined(o: Outline, blocks: tuple[Block, ...] | list[Block]) -> Outline:
    """Undo a join of two heading lines that are two headings.

    segment reads two heading lines in a row as one heading broken over two
    lines ("一、总体" / "目标"). That holds when the second line follows the
    first in the source; not when a line of the other language stands between
    them (interleaved text), nor when a blank line follows a heading that says
    more than its number ("一、概述", blank, "背景")."""
    at = {(b.lang, b.line): k for k, b in enumerate(blocks)}
    parts: list[Part] = []
    for part in o.parts:
        h = part.heading
        k = at.get((o.lang, h.line)) if h is not None and h.strength == "strong" and not h.markdown else None
        nxt = next((i for i in range(k + 1, len(blocks)) if blocks[i].lang == o.lang), None) if k is not None else None
        if nxt is None or not _joined_from(h, blocks[k], blocks[nxt]):
            parts.append(part)
            continue
        first, second = blocks[k], blocks[nxt]
        if nxt == k + 1 and (second.line == first.line + 1 or bare_label(first.text)):
            parts.append(part)
            continue
        if _segment()._goes_on(first.text, o.lang) and second.line == first.line + 2:
            parts.append(part)  # (a line cut in its list, "第三章 會議的召集、", goes on under its other language's line)
            continue
        strip = _segment().strip_heading_punct
        parts.append(Part(Heading(strip(first.text) or first.text, first.line, "strong", h.level, raw=first.text), ()))
        parts.append(Part(Heading(strip(second.text) or second.text, second.line, "strong", h.level, raw=second.text),
                          part.paragraphs))
    return Outline(o.lang, tuple(parts), o.contents)


def joined_as_the_other(o: Outline, other: Outline, blocks: tuple[Block, ...] | list[Block]) -> Outline:
    """Two heading lines of a text set line by line that the other language reads as one heading
    broken over two lines: one heading here too. "嶼灣市政署" / "Regulations on the Use of Public
    Swimming Pools of the" / "公共泳池使用規章" / "Yuwan Municipal Affairs Bureau": the English goes on
    after "of the", so the Chinese lines under and over it are one title as well."""
    at = {(b.lang, b.line): b for b in blocks}
    spans = set()
    for part in other.parts:
        h = part.heading
        first = at.get((other.lang, h.line)) if h is not None and not h.markdown else None
        second = at.get((other.lang, h.line + 2)) if first is not None else None
        if second is not None and _joined_from(h, first, second):
            spans.add(h.line)
    if not spans:
        return o
    parts: list[Part] = []
    for part in o.parts:
        prev = parts[-1].heading if parts else None
        h = part.heading
        if (h is not None and prev is not None and not parts[-1].paragraphs and not h.markdown and not prev.markdown
                and h.line == prev.line + 2 and (prev.line + 1 in spans or prev.line - 1 in spans)
                and h.strength == prev.strength == "strong"):
            sep = "" if o.lang == "zh" else " "
            parts[-1] = Part(Heading(prev.text + sep + h.text, prev.line, "strong", prev.level,
                                     raw=(prev.raw or prev.text) + sep + (h.raw or h.text)), part.paragraphs)
            continue
        parts.append(part)
    return Outline(o.lang, tuple(parts), o.contents)


def parallel_runins(o: Outline, zh_runs: set[int] = frozenset(), zh_numbered: set[tuple[str, ...]] = frozenset(),
                    zh_counted: set[int] = frozenset()) -> Outline:
    """English run-in headings written as sentences in parallel: three or more
    paragraphs in a row whose short first sentences open alike ("We will expand
    domestic demand. …", "We will stay open and cooperative. …") or count
    ("First, …", "Second, …"), or that are as many as a run of Chinese run-in
    headings ("加快产业升级。…" / "Industrial upgrading sped up. …"), and
    numbered paragraphs that open with a title ("1. Definitions. 'License'
    shall mean …") or are one, over their text ("4.1 Source Form."). Each becomes a weak heading, as
    segment makes of a short first sentence in Chinese; pairing decides."""
    # One sequence of paragraphs; a part headed by a first sentence counts as
    # its paragraph, a heading line ends a run.
    items: list[tuple[int, int | None, str | None]] = []
    for pi, part in enumerate(o.parts):
        h = part.heading
        first = 0
        if h is not None and h.strength == "weak" and (h.raw or "").endswith(".") and part.paragraphs:
            # (Already a run-in heading, it counts in a run even when short: "Cold-chain logistics.")
            opening = _opening(Paragraph((h.raw,) + part.paragraphs[0].sentences, h.line))
            items.append((pi, None, opening or (h.raw.split()[0].rstrip(",").lower() if not numbering(h.raw) else None)))
            first = 1
        elif h is not None:
            items.append((pi, None, None))
        items += [(pi, k, _opening(p)) for k, p in enumerate(part.paragraphs) if k >= first]
    runs = _parallel_run([w for _, _, w in items], zh_runs, zh_counted)
    heads: dict[tuple[int, int], tuple[str, tuple[str, ...]]] = {
        (pi, k): (o.parts[pi].paragraphs[k].sentences[0], o.parts[pi].paragraphs[k].sentences[1:])
        for n, (pi, k, _) in enumerate(items) if n in runs and k is not None}
    for pi, part in enumerate(o.parts):
        numbered = [(k, numbering(p.sentences[0]) if p.sentences and not p.markdown else None) for k, p in enumerate(part.paragraphs)]
        for k, p in enumerate(part.paragraphs):
            cut = _numbered_title(p)
            if cut and (cut[1] or not _untitled_sibling(part.paragraphs, numbered, k)):
                heads[(pi, k)] = cut
            elif (len(p.sentences) == 1 and not p.markdown and k + 1 < len(part.paragraphs)
                  and (m := NUMBERED_ALONE.fullmatch(p.sentences[0])) and _title_words(m.group(2))
                  and not numbering(part.paragraphs[k + 1].sentences[0])):
                heads[(pi, k)] = (p.sentences[0], ())  # "4.1 Source Form." on its own line, over its text
    heads.update(_numbered_runins(o, zh_numbered))
    heads.update(_lettered_runins(o))
    return cut_runins(o, heads)


# "a. Grant. Subject to …": a lettered paragraph that opens with its title.
LETTERED = rx(r"([a-z])\.\s+([A-Z][^.!?:]{0,80}?\.)\s+(\S.*)$", re.S)
LETTER_ALONE = rx(r"([a-z])\.\s+([A-Z][^.!?:]{0,80}?\.)")


def _lettered_runins(o: Outline) -> dict[tuple[int, int], tuple[str, tuple[str, ...]]]:
    """Paragraphs lettered a., b., c., … under one heading, each opening with a short
    title in any case ("a. Grant. Subject to …", "b. Exceptions and limitations. Where
    …"), three or more counting from "a": a licence's sub-sections, run in; or two or
    more such titles alone on their lines ("a. Grant of rights."). Other paragraphs
    between them (their items, "1. to reproduce …") go on the run."""
    out: dict[tuple[int, int], tuple[str, tuple[str, ...]]] = {}
    run: list[tuple[tuple[int, int], str, tuple[str, ...]]] = []

    def close():
        # Three run in, or two alone on their lines over their items ("a. Grant of rights.", "b. …"),
        # or two whose titles are a word or two ("a. Attribution. 1. If you …", "b. ShareAlike. In …").
        if len(run) >= 3 or (len(run) == 2 and (not any(rest for _, _, rest in run)
                                                or all(len(title.split()) <= 3 for _, title, _ in run))):
            out.update({key: (title, rest) for key, title, rest in run})
        run.clear()

    for pi, part in enumerate(o.parts):
        h = part.heading
        if h is not None and h.strength == "strong":
            close()
        for k, p in enumerate(part.paragraphs):
            text = " ".join(p.sentences)
            # Run in ("a. Grant. Subject to …"), or alone on its line over its items ("a. Grant of rights.").
            m = (LETTERED.match(text) or LETTER_ALONE.fullmatch(text)) if not p.markdown else None
            if m is None or len(m.group(2).split()) > 8:
                continue
            if ord(m.group(1)) - ord("a") != len(run):
                close()
                if m.group(1) != "a":
                    continue
            rest = m.group(3) if m.re is LETTERED else ""
            run.append(((pi, k), m.group(1) + ". " + m.group(2), tuple(_segment().split_sentences(rest, "en")) if rest else ()))
    close()
    return out


def cut_runins(o: Outline, heads: dict[tuple[int, int], tuple[str, tuple[str, ...]]]) -> Outline:
    """The outline with paragraph k of part pi cut into a heading and its text, for
    each (pi, k): (heading sentence, the sentences after it) of heads."""
    parts: list[Part] = []
    for pi, part in enumerate(o.parts):
        cur = Part(part.heading, ())
        for k, p in enumerate(part.paragraphs):
            if (pi, k) in heads:
                parts.append(cur)
                first, rest = heads[(pi, k)]
                # A line of its own ("1. Scope.") is a heading line; else a run-in heading.
                cur = Part(Heading(_segment().strip_heading_punct(first), p.line, "weak" if rest else "strong", raw=first),
                           (Paragraph(rest, p.line, p.markdown),) if rest else ())
            else:
                cur = Part(cur.heading, cur.paragraphs + (p,))
        parts.append(cur)
    return Outline(o.lang, tuple(pt for pt in parts if pt.heading is not None or pt.paragraphs), o.contents)


def _numbers_of(text: str) -> tuple[str, ...]:
    nb = numbering(text)
    return (nb.value,) if nb is not None else tuple(rematch.findall(r"\d+(?:[.,]\d+)*", text))


def interleaved_partners(blocks: tuple[Block, ...] | list[Block]) -> dict[int, int]:
    """Interleaved text: each Chinese block's English translation, the block right
    after it, or right before it where the document puts English first. The order is
    the one in which neighbouring blocks carry the same numbers more often ("1.1 租用资格"
    after "1.1 Who May Rent"), else the one in which neighbours keep a steadier ratio
    of lengths; Chinese first when nothing tells."""
    votes = {1: 0, -1: 0}
    ratios: dict[int, list[float]] = {1: [], -1: []}
    for k in range(len(blocks) - 1):
        a, b = blocks[k], blocks[k + 1]
        if a.lang == b.lang:
            continue
        d = 1 if a.lang == "zh" else -1
        if (na := _numbers_of(a.text)) and na == _numbers_of(b.text):
            votes[d] += 1
        zh, en = (a, b) if d == 1 else (b, a)
        n_zh, n_en = han_count(zh.text), len(en.text.split())
        if n_zh and n_en:
            ratios[d].append(math.log(n_en / n_zh))
    if votes[1] == votes[-1] and ratios[1] and ratios[-1]:
        # No number tells: a paragraph and its translation keep about the same ratio
        # of lengths all through; a paragraph and the next one's translation do not.
        def spread(xs: list[float]) -> float:
            mid = sorted(xs)[len(xs) // 2]
            return sum(abs(x - mid) for x in xs) / len(xs)
        votes[1 if spread(ratios[1]) <= spread(ratios[-1]) else -1] += 1
    d = -1 if votes[-1] > votes[1] else 1
    return {k: k + d for k, b in enumerate(blocks)
            if b.lang == "zh" and 0 <= k + d < len(blocks) and blocks[k + d].lang == "en"}


def adjacent_runins(en: Outline, zh: Outline, zskip: set[int], blocks: tuple[Block, ...] | list[Block],
                    partner: dict[int, int]) -> Outline:
    """Interleaved text: a Chinese run-in heading whose paragraph the English one
    translates gives the English paragraph's short first sentence as its run-in
    heading, whether or not the English has a run of its own to count in: numbered
    alike, when a neighbour of the Chinese in its numbering is a heading line
    ("（四）加强生态保护，建设美丽北湾。深入…" after "（三）…。" alone on its line /
    "(4) We will strengthen environmental protection to build a beautiful Beiwan. We
    will …"), or unnumbered, a few words with no comma, when the Chinese has two
    or more run-ins in a row ("办好家门口的学校。…" / "Good schools close to home. …")."""
    place = {(b.lang, b.line): i for i, b in enumerate(blocks)}
    # The Chinese numbered headings in document order: (part, style, value, strong).
    numbered = [(k, _run_style(p.heading.text), nb.value, p.heading.strength == "strong") for k, p in enumerate(zh.parts)
                if k not in zskip and p.heading is not None and (nb := numbering(p.heading.text)) is not None]

    def beside_line(n: int) -> bool:
        """The numbered heading n has a neighbour in its run that is a heading line
        ("（五）增进民生福祉，促进共同富裕。" alone, after "（四）…。" opening its text):
        it is one of a report's points, not an item of a list of clauses."""
        _, style, value, _ = numbered[n]
        for step in (-1, 1):
            m = n + step
            while 0 <= m < len(numbered) and numbered[m][1] != style:
                m += 1 if step > 0 else -1
            if 0 <= m < len(numbered) and numbered[m][3] and value.isdigit() and numbered[m][2] == str(int(value) + step):
                return True
        return False

    # English block's line → the Chinese heading's number ("" for a run-in with none)
    wanted: dict[int, str] = {}
    for n, (k, style, value, strong) in enumerate(numbered):
        h = zh.parts[k].heading
        if strong or h.markdown or not zh.parts[k].paragraphs or style not in LIST_STYLES or not beside_line(n):
            continue
        i = partner.get(place.get(("zh", h.line), -1))
        if i is not None:
            wanted[blocks[i].line] = value
    # Two or more run-ins in a row ("办好家门口的学校。…", "守护一老一小。…").
    # (Not counted ones, "一是早期设施的维护问题。": they list points of a paragraph.)
    shaped = [k not in zskip and _runin_shape(p, 16) and not numbering(p.heading.text) and not ZH_COUNTED.match(p.heading.text)
              for k, p in enumerate(zh.parts)]
    for k, part in enumerate(zh.parts):
        i = partner.get(place.get(("zh", part.heading.line), -1)) if shaped[k] else None
        if i is not None and ((k > 0 and shaped[k - 1]) or (k + 1 < len(shaped) and shaped[k + 1])):
            wanted[blocks[i].line] = ""
    heads: dict[tuple[int, int], tuple[str, tuple[str, ...]]] = {}
    for pi, part in enumerate(en.parts):
        for k, p in enumerate(part.paragraphs):
            if p.line not in wanted or p.markdown or (k == 0 and part.heading is not None and part.heading.line == p.line):
                continue
            if not wanted[p.line]:
                first = p.sentences[0]
                if (len(p.sentences) >= 2 and first.endswith(".") and first[:1].isupper() and len(first.split()) <= 10
                        and not rematch.search(r"[,;:]", first) and not numbering(first)):
                    heads[(pi, k)] = (first, p.sentences[1:])
                continue
            cut = _numbered_sentence(p)
            # A short sentence, as a heading is ("(4) We will strengthen environmental
            # protection …"), not a clause ("1.2 The headings of the Articles are for
            # convenience only and do not affect …").
            if cut and cut[2] == wanted[p.line] and cut[4]:
                heads[(pi, k)] = cut[:2]
    return cut_runins(en, heads) if heads else en


def zh_numbered_runins(o: Outline) -> set[tuple[str, ...]]:
    """The numbers of runs of two or more Chinese numbered run-in headings in a
    row, counting from one ("（一）稳住经济基本盘。…", "（二）…"): ("1", "2", …).
    Run-ins numbered another way inside a run ("1. 强化企业科技创新主体地位。…"
    under "（二）…") are a run of their own and do not end the one around them."""
    out: set[tuple[str, ...]] = set()
    listed = _listed_runins(o)
    numbers: list[tuple[Part, Number | None, str]] = []
    for k, part in enumerate(o.parts + (Part(None, ()),)):
        h = part.heading
        nb = numbering(h.text) if h is not None and h.strength == "weak" and not h.markdown and k not in listed else None
        if nb is not None and _sentence_zh(h.text[nb.length:].strip()):
            nb = None  # "（一）我们可能与服务商共享信息。" says something; it heads nothing
        if nb is not None and not (nb.style in LIST_STYLES and (h.raw or "").endswith("。") and part.paragraphs):
            nb = None
        numbers.append((part, nb, _run_style(h.text) if nb is not None else ""))
    for style in {st for _, nb, st in numbers if nb is not None}:
        run: list[str] = []
        for k, (part, nb, st) in enumerate(numbers):
            h = part.heading
            if nb is not None and st == style and _next_in_run(run, nb.value):
                run.append(nb.value)
                continue
            if run and h is not None and ((h.strength == "weak" and not h.markdown and (
                    not numbering(h.text) or (nb is not None and st != style))) or never_heading(h.text)
                    or (k < len(o.parts) and _caption_in_text(o, k)) or _columns_over_rows(part)):
                continue  # its text (a short first sentence, see not_headings), a run inside it, a table's caption
            if len(run) >= 2:
                out.add(tuple(run))
            run = [nb.value] if nb is not None and st == style and _next_in_run([], nb.value) else []
    return out


def _next_in_run(run: list[str], value: str) -> bool:
    """value goes on a run of numbers counting from one: "1", "2", … or, under
    one parent, "2.1", "2.2", …"""
    parent, _, last = value.rpartition(".")
    if not run:
        return last == "1"
    return run[0].rpartition(".")[0] == parent and last == str(len(run) + 1)


def _numbered_runins(o: Outline, zh_numbered: set[tuple[str, ...]]) -> dict[tuple[int, int], tuple[str, tuple[str, ...]]]:
    """English numbered paragraphs that open with a short sentence in sentence
    case ("(1) We stabilized the economic fundamentals. Some 218 …"), in a run
    counting from one as long as a run of Chinese numbered run-in headings with
    the same numbers ("（一）稳住经济基本盘。…"): the run-in headings the Chinese
    has. Alone such a sentence may be a numbered step ("1. Preheat the oven."),
    so it counts only against the Chinese run, and only over a paragraph of text."""
    if not zh_numbered:
        return {}
    found: dict[tuple[int, int], tuple[str, tuple[str, ...], str, bool, bool]] = {}
    order: list[tuple[int, int] | None] = []
    text: set[tuple[int, int]] = set()  # paragraphs with no number: the text of the numbered one before
    styles: dict[tuple[int, int], str] = {}  # numbered paragraphs: their numbering's style
    for pi, part in enumerate(o.parts):
        h = part.heading
        # (The run's last point may stand alone as a line, its sentence with no text under
        # it: "(8) We improved the government's own performance …." It goes on the run.)
        alone = (_numbered_sentence(Paragraph(((h.raw or h.text).strip(),), h.line), alone=True)
                 if h is not None and h.strength == "strong" and not h.markdown and numbering(h.text) else None)
        if alone is not None:
            order.append((pi, -1))
            found[(pi, -1)] = alone
            styles[(pi, -1)] = _run_style(alone[0])
        elif ((h is None or h.strength == "strong" or h.markdown or numbering(h.text))
                and not (h is not None and (never_heading(h.text) or _caption_in_text(o, pi) or _columns_over_rows(part)))):
            order.append(None)  # a heading ends a run; a short first sentence in it, or a table's caption, does not
        for k, p in enumerate(part.paragraphs):
            order.append((pi, k))
            cut = _numbered_sentence(p)
            if cut:
                found[(pi, k)] = cut
                styles[(pi, k)] = _run_style(cut[0])
            elif p.sentences and not p.markdown:
                nb = numbering(p.sentences[0])
                if nb is None:
                    text.add((pi, k))
                else:
                    styles[(pi, k)] = _run_style(p.sentences[0])
    out: dict[tuple[int, int], tuple[str, tuple[str, ...]]] = {}
    # ("5.1", "5.2", … under "V." count as "（一）", "（二）", … under "五、" do.)
    counts = {tuple(v.rpartition(".")[2] for v in z) for z in zh_numbered}
    # A run in each style: one numbered another way inside it ("1. …" under "(2) …")
    # is a run of its own, or a list ("1. …；" under "(1) …:").
    for style in set(styles.values()):
        run: list[tuple[int, int]] = []
        for key in order + [None]:
            cut = found.get(key) if key is not None else None
            if cut is not None and styles[key] == style and _next_in_run([found[r][2] for r in run], cut[2]):
                run.append(key)
                continue
            if run and (key in text or (key is not None and key in styles and styles[key] != style)):
                continue
            # Most of the run's sentences are short; a longer one among them is
            # the same heading, translated at length ("(6) We will focus on green
            # and low-carbon development and build a beautiful … where …").
            # A last item with no paragraph of text under it may be a closing clause numbered
            # on ("6. This notice shall take effect on the date of issue."): the run may end before it.
            cut_run = run[:]
            while len(cut_run) > 1 and tuple(found[r][2].rpartition(".")[2] for r in cut_run) not in counts and not found[cut_run[-1]][3]:
                cut_run.pop()
            if tuple(found[r][2].rpartition(".")[2] for r in cut_run) in counts and 2 * sum(found[r][3] for r in cut_run) > len(cut_run):
                out.update({r: found[r][:2] for r in cut_run if r[1] >= 0})  # (a line alone heads already)
            run = [key] if cut is not None and styles[key] == style and _next_in_run([], cut[2]) else []
    return out


def _caption_in_text(o: Outline, pi: int) -> bool:
    """A line set between a paragraph and the line under it with no blank line on
    either side and no text of its own: a table's title inside a section's text
    ("… grew by 12.4 percent." / "Output of Major Industrial Products" / "Product  Unit …")."""
    h = o.parts[pi].heading
    if h is None or pi == 0 or pi + 1 >= len(o.parts) or o.parts[pi].paragraphs or numbering(h.text):
        return False
    before, after = o.parts[pi - 1], o.parts[pi + 1]
    return (bool(before.paragraphs) and before.paragraphs[-1].line == h.line - 1
            and after.heading is not None and after.heading.line == h.line + 1)


def _columns_over_rows(part: Part) -> bool:
    """A heading line right over rows of figures: the names of a table's columns
    ("Product  Unit  Jan-Sep  YoY (%)" over "Cement  10,000 tons  842.6  -6.8")."""
    h = part.heading
    return (h is not None and not numbering(h.text) and bool(part.paragraphs) and part.paragraphs[0].line == h.line + 1
            and table_row(" ".join(part.paragraphs[0].sentences)))


def _run_style(text: str) -> str:
    """The numbering's style, a letter that is also a Roman numeral counted as a
    letter where its place in the alphabet is its value ("c." after "a." and "b.")."""
    nb = numbering(text)
    token = text.strip()[:nb.length].strip(" .)(、")
    if nb.style == "roman" and len(token) == 1 and ord(token.lower()) - 96 == int(nb.value or 0):
        return "letter"
    return nb.style


def _numbered_sentence(p: Paragraph, alone: bool = False) -> tuple[str, tuple[str, ...], str, bool, bool] | None:
    """A numbered paragraph's first sentence, the sentences after it, its
    number's value, whether the sentence is short and the paragraph goes
    on for a few sentences, and whether the sentence is short. alone: the
    sentence stands on a line of its own, with no text after it."""
    s = p.sentences
    if not s:
        return None
    if p.markdown:
        # A Markdown paragraph is one text: its first sentence, in plain words, after a
        # number in brackets ("(1) Host institutions. …"; "1." would be a list's item).
        m = NUMBERED_TITLE.match(s[0]) if len(s) == 1 and s[0].startswith("(") else None
        if not m or rematch.search(r"[*_`\[\]<>|#]", m.group(2)):
            return None
        s = (m.group(1) + " " + m.group(2), m.group(3))  # the rest stays one Markdown text
    if len(s) >= 2 and EN_NUMBER_ALONE.fullmatch(s[0]):
        first, rest = s[0] + " " + s[1], s[2:]
    else:
        # The splitter may leave "(1) We stabilized … . Some 218 …" whole.
        m = NUMBERED_TITLE.match(s[0])
        first, rest = (m.group(1) + " " + m.group(2), tuple(_segment().split_sentences(m.group(3), "en")) + s[1:]) if m else (s[0], s[1:])
    nb = numbering(first)
    if nb is None or nb.style not in LIST_STYLES or not first.endswith("."):
        return None
    said = first[nb.length:].strip().rstrip(".")
    words = said.split()
    # One short sentence, or two short clauses as the Chinese "坚持稳中求进，经济运行回升向好"
    # has ("We pursued progress while ensuring stability, and the economy recovered"),
    # or joined by "and" ("We will promote innovation and develop new … forces"). A
    # frame ("We will", "Let us") is not counted, as after a count ("First, we will …").
    clauses = [c.split() for c in said.split(",")]
    point = _framed_point(words)
    short = not (not 1 <= len(words) <= 20 or len(clauses) > 2 or (len(clauses) == 2 and any(not 1 <= len(c) <= 12 for c in clauses))
                 or (len(clauses) == 1 and len(point) > (14 if "and" in point else 12)))
    if not words[0][:1].isupper() or len(words) > 30 or len(clauses) > 3:
        return None
    # Over a paragraph of text, or leading into a list ("(1) Scope of support. Vouchers may buy the following:");
    # a sentence or two under it count among others that head paragraphs ("b. Term. The term is …").
    if not rest:
        return (first, (), nb.value, False, short) if alone else None
    full = len(rest) >= 2 or sum(len(x.split()) for x in rest) >= 20 or rest[-1].rstrip().endswith(":")
    return first, tuple(rest), nb.value, short and full, short


EN_NUMBER_ALONE = rx(r"(?:\d{1,3}(?:\.\d{1,3})*\.?|\(?[a-z]\)|[IVX]{1,5}\.)")


# A clause's number: "(a)", "(3)", "2.3", "IV.".
CLAUSE_NUMBER = r"(\(?[a-z]\)|\(\d{1,3}\)|\d{1,3}(?:\.\d{1,3})*\.?|[IVX]{1,5}\.)"
NUMBERED_ALONE = rx(CLAUSE_NUMBER + r"\s+([^.!?;:]{1,80}?\.)")
NUMBERED_TITLE = rx("^" + CLAUSE_NUMBER + r"\s+([^.!?;:]{1,140}?\.)\s+(\S.*)$", re.S)


def _untitled_sibling(paras: tuple[Paragraph, ...], numbered: list[tuple[int, Number | None]], k: int) -> bool:
    """Paragraph k's number has a neighbour of its list, the paragraph just before or after it
    numbered in its style one apart, that opens with no title: k, a title with no text after it,
    is a step of a list ("1. Go to Settings > Billing." over "2. Under Payment method, click
    Change."), not a titled clause ("3. Duration. How long …" after "2. The Licensor grants …")."""
    own = numbered[k][1]
    if own is None or not own.value.isdigit():
        return False
    for j in (k - 1, k + 1):
        nb = numbered[j][1] if 0 <= j < len(numbered) else None
        if (nb is not None and nb.style == own.style and nb.value.isdigit() and abs(int(nb.value) - int(own.value)) == 1
                and _numbered_title(paras[j]) is None):
            return True
    return False


def _numbered_title(p: Paragraph) -> tuple[str, tuple[str, ...]] | None:
    """A numbered paragraph that opens with its title: the heading as written
    and the sentences after it. The splitter may have cut it "1." /
    "Definitions." / "'License' shall mean …", or left "(a) Strengthening
    Leadership. The county …" whole; a line of its own is "1." / "Scope."."""
    s = p.sentences
    if p.markdown or not s:
        return None
    if len(s) >= 2 and EN_NUMBER_ALONE.fullmatch(s[0]) and _title_words(s[1]):
        return s[0] + " " + s[1], s[2:]
    m = NUMBERED_ALONE.fullmatch(s[0])
    if m and len(s) >= 2 and _title_words(m.group(2)):
        return s[0], s[1:]  # "2.3 Number of Devices." / "A single account may …"
    m = NUMBERED_TITLE.match(s[0])
    if m and _title_words(m.group(2)):
        rest = _segment().split_sentences(m.group(3), "en")
        return m.group(1) + " " + m.group(2), tuple(rest) + s[1:]
    return None


def _title_words(sentence: str) -> bool:
    """A short title in Title Case or opening with an -ing word ("Definitions.",
    "Strengthening Leadership.", "Inspecting for hazards."). Title Case leaves
    the small words in lower case ("Law of the Contract.")."""
    words = sentence.rstrip(".").split()
    if not 1 <= len(words) <= 10 or not sentence.endswith(".") or not words[0][:1].isupper():
        return False
    if words[0].lower() in UI_STEP_VERBS or STEP_AFTER_COMMA.search(sentence):
        return False  # a step ("4. Click Create Schedule.", "2. In the Security section, click Enable."), not a title
    if any(w in _segment().EN_FINITE for w in words[1:]):
        return False  # its verb in lower case: a sentence ("21.1 These Terms are available in English and Chinese.")
    big = [w for w in words if w.lower() not in TITLE_SMALL_WORDS] or words
    return sum(1 for w in big if w[:1].isupper()) / len(big) >= 0.6 or _segment().ing_title(words[0])


# Words Title Case writes in lower case.
TITLE_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "nor", "to", "on", "in", "for", "by", "with", "at", "from", "as"}
# Verbs that open a step of instructions and no title: "Click Save.", "Tap Allow."
UI_STEP_VERBS = {"click", "tap", "double-click", "right-click"}
# A clause after a comma that opens in lower case with a word Title Case would capitalise.
STEP_AFTER_COMMA = rx(r",\s+(?!(?:" + "|".join(sorted(TITLE_SMALL_WORDS)) + r")\b)[a-z]")


def _opening(p: Paragraph) -> str | None:
    """The first word of a paragraph whose first sentence is short enough to
    be its run-in heading ("We will expand domestic demand."), else None."""
    if len(p.sentences) < 2 or p.markdown:
        return None
    first = p.sentences[0]
    words = first.rstrip(".").split()
    # A run-in that counts says its point after the count and a frame ("Second,
    # we will work actively and prudently toward …", "Third, let us …"): the
    # point is what must be short, and the count marks it, so it may be longer
    # than an uncounted one.
    said = _counted_point(words)
    # (Two words may head a paragraph, "Bulk cargo.", when neither says something, as "We agree." does.)
    if (len(words) < 2 or (len(words) == 2 and any(w.lower() in _segment().EN_SAYING_WORDS for w in words))
            or len(said) > (20 if said is not words else 12) or not first.endswith(".") or not words[0][:1].isupper()
            or numbering(first)):
        return None  # "Article 4 Individuals who keep a dog shall register it." is an article's text
    lead = words[0].rstrip(",").lower()
    if lead.endswith("ly") and lead[:-2] in EN_ORDINALS:
        lead = lead[:-2]  # "Secondly," counts as "Second," does
    # A comma after the first word is a sentence's, unless the word counts
    # ("Second, let us advance the green, low-carbon transition.").
    if ("," in first and lead not in EN_ORDINALS) or lead in EN_SENTENCE_OPENERS:
        return None
    return lead


# The frame after a count: "First, we will …", "Second, let us …".
EN_COUNT_FRAME = rx(r"^(?:(?:we|i|you|they)\s+(?:will|shall|must|should|need\s+to|are\s+going\s+to)|let\s+us|let's)$", re.I)


def _framed_point(words: list[str]) -> list[str]:
    """The words after a frame ("We will expand …" → "expand …"); all of them without one."""
    for n in (2, 3, 4, 1):
        if EN_COUNT_FRAME.fullmatch(" ".join(words[:n])):
            return words[n:]
    return words


def _counted_point(words: list[str]) -> list[str]:
    """The words of a first sentence after its count and frame ("First, we
    will expand …" → "expand …"); all of them when it does not count."""
    lead = words[0].rstrip(",").lower() if words else ""
    if not words or not words[0].endswith(",") or (lead not in EN_ORDINALS and lead[:-2] not in EN_ORDINALS):
        return words
    return _framed_point(words[1:])


# Words that open ordinary sentences in a row ("The member shall …", "You may …"),
# not the parallel run-in headings of a report ("We will …", "First, …").
EN_SENTENCE_OPENERS = {"the", "a", "an", "this", "that", "these", "those", "you", "your", "it", "its", "they",
                       "if", "when", "in", "for", "to", "each", "any", "all", "no"}


def _parallel_run(openings: list[str | None], zh_runs: set[int] = frozenset(), zh_counted: set[int] = frozenset()) -> set[int]:
    """Paragraphs in a row with short first sentences (their openings): all of
    a run as long as a run of Chinese run-in headings (zh_runs), else three or
    more that open alike, or two or more that count from "First," as a run of
    Chinese run-ins that count ("一是…", "二是…") as long does (zh_counted)."""
    heads: set[int] = set()
    words = openings + [None]
    run: list[int] = []
    for k, w in enumerate(words):
        if w is not None:
            run.append(k)
            continue
        last, nxt = (words[run[-1]] if run else None), words[k + 1] if k + 1 < len(words) else None
        if last in EN_ORDINALS and nxt in EN_ORDINALS and EN_ORDINALS.index(nxt) == EN_ORDINALS.index(last) + 1:
            continue  # a paragraph between "Second, …" and "Third, …" goes on the second: the count goes on
        if len(run) in zh_runs:
            heads.update(run)
        else:
            heads.update(_alike(run, words, zh_counted))
        run = []
    return heads


def _alike(run: list[int], words: list[str | None], zh_counted: set[int] = frozenset()) -> set[int]:
    """Runs of three or more that open with one word, or count (First, Second, …);
    a run that counts from "First," may be two long when the Chinese has a run
    of counted run-ins as long (a report's task under its heading often has two)."""
    out: set[int] = set()
    cur: list[int] = []
    for k in run + [None]:
        w = words[k] if k is not None else None
        prev = words[cur[-1]] if cur else None
        if w is not None and prev is not None and (
                (w == prev and w not in EN_ORDINALS)
                or (prev in EN_ORDINALS and w in EN_ORDINALS and EN_ORDINALS.index(w) == EN_ORDINALS.index(prev) + 1)):
            cur.append(k)
            continue
        if len(cur) >= 3 or (len(cur) >= 2 and words[cur[0]] == EN_ORDINALS[0] and len(cur) in zh_counted):
            out.update(cur)
        cur = [k] if w is not None else []
    return out


# Run-ins that count: "三是共促…", "第三，…" and "Third, …" / "Thirdly, …".
ZH_COUNTED = rx(r"^(?:其|第)?([一二三四五六七八九十])(?:是|，|、|要)")
EN_COUNTED = rx(r"^(" + "|".join(EN_ORDINALS) + r")(?:ly)?,", re.I)


def counted_number(text: str) -> int | None:
    """Where a run-in heading that counts stands: '三是共促…' and 'Thirdly, we …' are both 3."""
    m = ZH_COUNTED.match(text)
    if m:
        return zh_number(m.group(1))
    m = EN_COUNTED.match(text)
    return EN_ORDINALS.index(m.group(1).lower()) + 1 if m else None


def counted_headings_in_english(zh: Outline, en: Outline, zh_skip: set[int], en_skip: set[int]) -> set[int]:
    """Chinese run-ins that count ("第一，携手推动海洋科技创新。…", "第二，…") set aside
    as the items of a list, because the paragraph before ends with a colon ("我提出三点
    倡议："), when the English has a run of as many run-in headings that count
    ("First, let us …", "Second, …") and keeps them: the English lead-in ends with a
    full stop ("… to make three proposals."), so they are the speech's points, not a
    list's items. Whether a run-in is a heading or an item is decided from the English."""
    def runs(o: Outline, keep, count) -> list[list[int]]:
        out: list[list[int]] = []
        cur: list[int] = []
        for k, part in enumerate(o.parts + (Part(None, ()),)):
            h = part.heading
            n = count(h.text) if h is not None and h.strength == "weak" and not h.markdown and keep(k) else None
            if n is not None and n == len(cur) + 1:
                cur.append(k)
                continue
            if len(cur) >= 2:
                out.append(cur)
            cur = [k] if n == 1 else []
        return out

    listed = _listed_runins(zh)
    english = {len(r) for r in runs(en, lambda k: k not in en_skip, counted_number)}
    return {k for r in runs(zh, lambda k: k in listed, counted_number) if len(r) in english for k in r}


def zh_counted_runs(o: Outline) -> set[int]:
    """Lengths of runs of two or more Chinese run-in headings that count from
    one ("一是大力提振消费。…", "二是扩大有效投资。…"; "第一，…。", "第二，…。")."""
    out: set[int] = set()
    n = 0
    for part in o.parts + (Part(None, ()),):
        h = part.heading
        m = ZH_COUNTED.match(h.text) if h is not None and h.strength == "weak" and not h.markdown and part.paragraphs else None
        if m and zh_number(m.group(1)) == n + 1:
            n += 1
            continue
        if n >= 2:
            out.add(n)
        n = 1 if m and zh_number(m.group(1)) == 1 else 0
    return out


def _listed_runins(o: Outline) -> set[int]:
    """Unnumbered run-in headings in a row right after a paragraph that ends
    with a colon ("主要措施包括：" then "一是粪污沼气发电。…", "二是…"): the items
    of the list it introduces, not sections."""
    out: set[int] = set()
    listing = False
    labels: list[list[int]] = []  # runs of labels after a lead-in
    items: list[list[int]] = []  # runs of run-in sentences after a lead-in
    for k, part in enumerate(o.parts):
        h = part.heading
        # Numbered labels after a lead-in ("本會經費來源如下：" then "一、入會費：…",
        # "二、常年會費：…"; "funded by:" then "(2) annual dues: …") are its items.
        if (h is not None and h.strength == "weak" and not h.markdown
                and (h.raw or "").rstrip().endswith((":", "：")) and k > 0
                and ((_introduces_list(o.parts[k - 1]) and not _next_in_series(o.parts[k - 1].heading, h))
                     # (The list goes on in its own numbering: "六、入會手續：" after the items "(甲) 普通會員：" …
                     # "(丙) 名譽會員：" of "五、會員資格：…分為三類：" is the next clause.)
                     or (k - 1 in out and _numbering_style(o.parts[k - 1].heading.text) == _numbering_style(h.text)))):
            if labels and labels[-1][-1] == k - 1:
                labels[-1].append(k)
            else:
                labels.append([k])
            out.add(k)
            listing = False
            continue
        if (h is None or h.strength != "weak" or h.markdown or numbering(h.text)
                or not (h.raw or "").rstrip().endswith(("。", "."))):
            listing = False  # a label ("账户信息：") is not an item of a list before it
        elif k > 0 and _introduces_list(o.parts[k - 1]) and not _next_in_series(o.parts[k - 1].heading, h):
            listing = True
            items.append([])
        if listing and h is not None and h.strength == "weak":
            out.add(k)
            items[-1].append(k)
        if len(part.paragraphs) > 1:
            listing = False
    # (Three or more, each with sentences of its own after it, "坚持创新驱动，加快培育新质生产力。
    # 深入实施……。加快建设……。", head the parts the lead-in announced: "重点抓好以下七个方面工作：".)
    for run in items:
        if len(run) >= 3 and all(sum(len(p.sentences) for p in o.parts[j].paragraphs) >= 3 for j in run):
            out -= set(run)
    for run in labels:
        if len(run) >= 2 and all(_labelled_paragraph(o, k) for k in run):
            out -= set(run)
    # Points that count ("一是…", "二是…") are one run: when the run goes on past the
    # lead-in's list (a point with paragraphs of its own), none of it is the list's items.
    run: list[int] = []
    for k, part in enumerate(o.parts + (Part(None, ()),)):
        h = part.heading
        value = counted_number(h.text) if h is not None and h.strength == "weak" and k < len(o.parts) else None
        if value is not None and value == len(run) + 1:
            run.append(k)
            continue
        # (Nor when each point has sentences of its own after it: "First, we will promote stability
        # through progress. We will treat development as …" heads its point.)
        if len(run) >= 2 and (0 < len(out & set(run)) < len(run)
                              or all(sum(len(p.sentences) for p in o.parts[j].paragraphs) >= 2 for j in run)):
            out -= set(run)
        run = [k] if value == 1 else []
    return out


def _numbering_style(text: str) -> str | None:
    nb = numbering(text)
    return nb.style if nb is not None else None


def _labelled_paragraph(o: Outline, k: int) -> bool:
    """A label that opens a paragraph of its own (a blank line or the other
    language before it) whose text says something in a sentence of its own:
    "严格必要的 Cookie：此类 Cookie 是网站正常运行所必需的，……。" / "Strictly
    necessary cookies: These cookies are essential for …". The items of a
    list go on the lead-in's sentence, line after line ("一、入會費：個人會員…",
    "(1) entrance fees, paid once on joining: …;") or name something
    ("甲方（数据控制者）：柏川云账信息技术有限公司")."""
    part, before = o.parts[k], o.parts[k - 1]
    last = before.paragraphs[-1].line if before.paragraphs else before.heading.line if before.heading else None
    if not part.paragraphs or last is None or part.heading.line - last < 2:
        return False
    text = " ".join(part.paragraphs[0].sentences).strip()
    if o.lang == "zh":
        return text.endswith(("。", "！", "？")) and len(rematch.findall(r"[\u4e00-\u9fff]", text)) >= 10
    return text[:1].isupper() and text.endswith((".", "!", "?")) and len(text.split()) >= 5


STEP_NUMBER = rx(r"(?:(?:步驟|步骤|step)\s*|第\s*(?=\d{1,2}\s*步))(\d{1,2})", re.I)  # "步驟 3", "Step 3", "第3步"


def _next_in_series(before: Heading | None, h: Heading) -> bool:
    """h goes on from the heading before it ("步驟 3：…" after "步驟 2：…", whose text
    ends by leading into a command): the next of its series, not an item of that lead-in."""
    a, b = (STEP_NUMBER.match(before.text) if before is not None else None), STEP_NUMBER.match(h.text)
    if a and b:
        return int(b.group(1)) == int(a.group(1)) + 1
    # (Or a section's number: "3. Transfer of Personal Data …: …" after "2. Classes of Transferees: …"
    # whose text leads into its list.)
    x, y = (numbering(before.text) if before is not None else None), numbering(h.text)
    return (x is not None and y is not None and x.style == y.style and x.value.isdigit() and y.value.isdigit()
            and int(y.value) == int(x.value) + 1)


def _introduces_list(part: Part) -> bool:
    """The part ends with a lead-in ("主要做法有：", a line of its own or the end
    of a paragraph), or with a few paragraphs after one (the items before)."""
    if not part.paragraphs:
        h = part.heading
        # (A letter's greeting, "親愛的捐助人：", opens the letter; it lists nothing.)
        return (h is not None and h.strength == "strong" and (h.raw or h.text).rstrip().endswith((":", "："))
                and not ADDRESSEE.match((h.raw or h.text).strip()))
    tail = part.paragraphs[-3:]
    leads = [n for n, p in enumerate(tail) if p.sentences and p.sentences[-1].rstrip().endswith((":", "："))]
    # A code block or a table after the lead-in is what it introduced ("for example:" over a
    # fenced block of commands); a label after that is not one of its items.
    return bool(leads) and not any(p.markdown and p.sentences and rematch.match(r"\s*(?:```|~~~|\|)", p.sentences[0])
                                   for p in tail[leads[-1] + 1:])


def _runin_shape(part: Part, longest: int = 12) -> bool:
    """A part headed by a short Chinese first sentence with no comma and no subject
    ("加快产业升级。"), over one paragraph of text."""
    h = part.heading
    return (h is not None and h.strength == "weak" and (h.raw or "").endswith("。") and len(h.text) <= longest
            and not rematch.search(r"[，,、；]", h.text) and not _sentence_zh(h.text) and len(part.paragraphs) == 1)


def zh_runin_runs(o: Outline) -> set[int]:
    """Lengths of runs of three or more Chinese run-in headings in a row: parts
    headed by a short first sentence with no comma and no subject ("加快产业升级。"),
    each with one paragraph of text."""
    out: set[int] = set()
    n = 0
    listed = _listed_runins(o)
    for k, part in enumerate(o.parts + (Part(None, ()),)):
        if _runin_shape(part) and k not in listed:
            n += 1
            continue
        if n >= 3:
            out.add(n)
        n = 0
    return out


LIST_STYLES = {"zh-list", "zh-stem-list", "paren", "dotted", "arabic", "roman", "letter"}


def list_items(o: Outline) -> set[int]:
    """Parts whose heading line is an item of a numbered list: two or more
    lines in a row in one numbering style, counting up, with no text between
    them ("1. 打开设置" / "2. 选择同步"). A section is not empty before its
    next sibling."""
    out: set[int] = set()
    run: list[int] = []

    def follows(k: int) -> bool:
        a, b = o.parts[run[-1]].heading, o.parts[k].heading
        na, nb = numbering(a.text), numbering(b.text)
        return (not o.parts[run[-1]].paragraphs and na.style == nb.style and na.kind == nb.kind
                and na.value.isdigit() and nb.value.isdigit() and int(nb.value) == int(na.value) + 1)

    for k, part in enumerate(o.parts + (Part(None, ()),)):
        h = part.heading
        nb = numbering(h.text) if h is not None and h.strength == "strong" and not h.markdown else None
        if nb is not None and nb.style in LIST_STYLES and run and follows(k):
            run.append(k)
            continue
        if len(run) >= 2:
            out.update(run)
        run = [k] if nb is not None and nb.style in LIST_STYLES else []
    return out


def _letter_labels(o: Outline) -> set[int]:
    """Run-in labels in a letter set in a section of a longer document, under the person it is
    written to (an assurance statement in a report's annex: "致禾丰乳业股份有限公司董事会：" over
    "管理层的责任：…", "我们的责任：…", "结论：…"): the letter's paragraphs, not sections. (A letter
    that is the whole document, "親愛的捐助人：" over "一年回顧：…", "善款去向：…", has its labels
    for sections.)"""
    out: set[int] = set()
    addressed = sections = False
    for k, part in enumerate(o.parts):
        h = part.heading
        if h is not None and h.strength == "strong" and not ADDRESSEE.match((h.raw or h.text).strip()):
            addressed = False
            sections = numbering(h.text) is not None  # (a numbered section or annex, not a letterhead's lines)
        elif (h is not None and addressed and not h.markdown and (h.raw or "").rstrip().endswith((":", "："))
              and numbering(h.text) is None and counted_number(h.text) is None):
            out.add(k)
        texts = [h.raw or h.text] if h is not None else []
        texts += [p.text for p in part.paragraphs]
        addressed = addressed or (sections and any(ADDRESSEE.match(t.strip()) for t in texts))
    return out


def _steps_after_item(o: Outline) -> set[int]:
    """Numbered run-in lines that go on a list whose first item is plain text: "1. 选择“存储 >
    存储池 > 创建”。" as a paragraph, then "2. 输入存储池名称，并选择存储类型：…" and "3. 配置重复
    数据删除和压缩选项。启用…" read as run-in headings: the steps of one procedure, not sections."""
    out: set[int] = set()
    for k in range(1, len(o.parts)):
        h, prev = o.parts[k].heading, o.parts[k - 1]
        nb = numbering(h.text) if h is not None and h.strength == "weak" and not h.markdown else None
        if nb is None or nb.style not in LIST_STYLES or not nb.value.isdigit():
            continue
        if k - 1 in out:
            before = numbering(prev.heading.text)  # the step before, read as a run-in heading too
        elif prev.paragraphs and (prev.heading is None or prev.paragraphs[-1].line != prev.heading.line):
            before = numbering(prev.paragraphs[-1].text)  # the list's first item, a paragraph of its own
        else:
            continue
        if before is not None and before.style == nb.style and before.value.isdigit() and int(nb.value) == int(before.value) + 1:
            out.add(k)
    return out


EN_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "my", "your", "our", "its", "their", "his", "her"}
EN_CLAUSE = rx(r"\b(?:is|are|was|were|cannot|can't|doesn't|does not|won't|isn't|aren't)\b", re.I)


# A sentence that ends by saying how to reach someone: "如您有任何疑問，歡迎與我們聯繫：", "please contact us:".
CONTACT_LEAD = rx(r"(?:联系|聯繫|聯絡|联络|查詢|查询|contact|reach|write to)\b[^。.!?！？]{0,30}[:：]$", re.I)


def _after_contact_lead(before: Part) -> bool:
    """The part before ends with a sentence saying how to reach someone (its last paragraph, or
    its heading where it has none: such a sentence alone on its line reads as a heading)."""
    last = before.paragraphs[-1].text if before.paragraphs else (before.heading.raw or before.heading.text) if before.heading else ""
    return bool(CONTACT_LEAD.search(last.strip()))


def numbered_headings(o: Outline) -> int:
    """How many of the outline's heading lines are numbered."""
    return sum(1 for p in o.parts if p.heading is not None and p.heading.strength == "strong" and numbering(p.heading.text))


def not_headings(o: Outline, blocks: tuple[Block, ...] | list[Block], subtitles: tuple = ()) -> set[int]:
    """Parts whose heading candidate has a heading's shape but heads nothing:
    the items of a numbered list, dates and versions, copyright lines, end
    markers, a signature (a line with a date on the next), a title's second
    line (read finds it), and run-in labels
    that lead into a list, state a fact ("The screen stays blank: …") or are
    the first of several label–value pairs ("Power supply: 24 V. Accuracy: …").
    Markdown headings are headings as marked."""
    at = {(b.lang, b.line): k for k, b in enumerate(blocks)}
    steps = _steps_after_item(o)
    out = list_items(o) | _listed_runins(o) | recurring_labels(o) | steps | _letter_labels(o)
    # Two or more dates, each over its text, head the entries of a log.
    dated = sum(1 for p in o.parts if p.heading is not None and p.paragraphs and date_line(p.heading.text)) >= 2
    # Two or more versions, each with its date ("Version 3.1.0 (March 10, 2026)"), head
    # the entries of release notes, with or without text before their own headings.
    versions = {m.group(0).lower() for p in o.parts if p.heading is not None and date_line(p.heading.text)
                for m in [VERSION_TOKEN.search(p.heading.text)] if m}
    first_numbered = next((k for k, p in enumerate(o.parts) if p.heading is not None and p.heading.strength == "strong"
                           and numbering(p.heading.text)), -1)
    under_numbered_runin = False
    under_question = False
    # A label that is the only one of a document whose sections are numbered,
    # after text in its section ("费用：…" / "Costs: …" under "二、知情权"), labels
    # its paragraph: one label alone divides nothing.
    labels = [k for k, p in enumerate(o.parts) if p.heading is not None and not p.heading.markdown
              and (p.heading.raw or "").endswith((":", "：")) and not numbering(p.heading.text)]
    numbered = numbered_headings(o)
    # (A label on a line of its own over sentences, "注意事项：" over "备案不属于行政许可。…", heads them;
    # not one over a list of figures or a signature, "關鍵績效指標：" over "A1.1 …", "見證人：" over "(簽署)".)
    if len(labels) == 1 and numbered >= 3 and labels[0] > 0 and o.parts[labels[0] - 1].paragraphs:
        own = o.parts[labels[0]]
        nxt = o.parts[labels[0] + 1].heading if labels[0] + 1 < len(o.parts) else None
        # (Its first sentence may have been read as a run-in heading of its own.)
        first = (own.paragraphs[0].text.strip() if own.paragraphs else
                 (nxt.raw or nxt.text).strip() + "".join(p.text for p in o.parts[labels[0] + 1].paragraphs)
                 if nxt is not None and nxt.strength == "weak" else "")
        if own.heading.strength == "weak" or not _sentence(first, o.lang):
            out.add(labels[0])
    for k, part in enumerate(o.parts):
        h = part.heading
        if h is None or h.markdown:
            continue
        # A numbered run-in heading ("（一）着力扩大内需。…") heads the paragraphs
        # after it up to the next heading line; their short first sentences
        # ("实施就业优先政策。…") are its text, not headings under a heading.
        # (Points that count under it, "一是扩大有效投资。…", "First, we will …", head their points.)
        runin_below = (under_numbered_runin and h.strength == "weak" and not numbering(h.text)
                       and counted_number(h.text) is None)
        # The answer to a question ("2. 问：…有哪些？" over "答：…以下四个方面：" and
        # "（一）…。", "（二）…。") lists its points: they are the answer's, not sections.
        runin_below = runin_below or (under_question and h.strength == "weak")
        if h.strength == "strong":
            under_question = (h.raw or h.text).rstrip().endswith(("？", "?"))
            under_numbered_runin = False
        elif numbering(h.text) and (k not in out or k in steps) and not _amid_numbered_paragraphs(o, k):
            under_numbered_runin = True  # (a step of a list too: what follows it is its text)
        if runin_below:
            out.add(k)
            continue
        b = at.get((o.lang, h.line))
        line = blocks[b].text if b is not None else h.raw or h.text
        if h.raw and len(h.raw) > len(line) and h.raw.startswith(line):
            line = h.raw  # a number over its term, joined ("3.1" + "保温格口 insulated compartment")
        if dated and date_line(line) and part.paragraphs:
            continue
        if len(versions) >= 2 and date_line(line) and VERSION_TOKEN.search(line) and k + 1 < len(o.parts):
            continue
        if (never_heading(h.text) or never_heading(line) or (o.lang, h.line) in subtitles
                or (h.strength == "weak" and NOTICE_LINE.match(h.text.strip())  # "温馨提示：请…" says what to mind
                    and rematch.search(r"[:：]\**\s*\S", line))):
            out.add(k)
        elif (h.strength == "strong" and b is not None and (len(h.text) <= 40 or (len(h.text) <= 80 and organisation(h.text, o.lang)))
              and _signed(blocks, b, o.lang)
              and ((nb := numbering(h.text)) is None or nb.kind != "list")):
            # (A heading numbered in a list over a release's version and date, "二、版本历史" over
            # "3.2.1 版（2024-06-03）", signs nothing; an ordinance's "第715章" over its date is no section.)
            out.add(k)
            nxt = o.parts[k + 1].heading if k + 1 < len(o.parts) and not part.paragraphs else None
            if nxt is not None and not o.parts[k + 1].paragraphs and _signature_lines(h.text, nxt.text, o.lang):
                out.add(k + 1)  # (the name under the office that signs: "資訊科技服務處處長" / "何穎思教授")
        elif (h.raw or "").endswith((":", "：")) and _label_not_heading(h.text, line, o.lang):
            out.add(k)
        elif k and not numbering(h.text) and _after_contact_lead(o.parts[k - 1]):
            out.add(k)  # "…歡迎與我們聯繫：" / "please contact us:" over "雲杉數位股份有限公司 個人資料保護窗口": whom to write to
        elif b is not None and party_line(blocks, b):
            out.add(k)  # "JINGHU INDUSTRIAL INVESTMENT GROUP CO., LTD." / "and" / "NORDVIK MASKIN AS": a contract's parties
        elif company_line(h.text, o.lang) and company_line(line, o.lang):
            out.add(k)  # "澜川数据科技有限公司" over its address, "Yantian Software Inc." on the cover
        elif ((h.raw or "").endswith((":", "：")) and b is not None and not numbering(h.text)
              and blocks[b].text.strip() == h.raw.strip() and _over_example(blocks, b)):
            out.add(k)  # "请求示例：" over its indented JSON, "Example request:" over its command: a lead-in
        elif not numbering(h.text) and part.paragraphs and BOX_ANSWER.match(part.paragraphs[0].text.strip()):
            out.add(k)  # "非标准审计意见提示" over "□适用 √不适用": an item of a form's template, answered
        elif h.strength == "weak" and STEP_LABEL.fullmatch(h.text.strip()):
            out.add(k)  # "第一步：持《住院通知单》…", "Step 1: Go to …": a step of a procedure, not a section
        elif h.strength == "weak" and QA_LABEL.match(h.raw or h.text):
            out.add(k)  # "答：是的。…", "A: Yes. …" answer a question; "Q: …" asks one
        elif h.strength == "weak" and o.lang == "zh" and _sentence_zh(h.text):
            out.add(k)  # "我们可能与服务商共享信息。", "团员应当按时参加排练。" are sentences
        elif h.strength == "weak" and _article_text(h.text):
            out.add(k)  # "第四条 个人养犬应当办理登记。…": an article, not a section
        elif k < first_numbered and not part.paragraphs and not numbering(h.text) and _ends_with_date(h.text):
            out.add(k)  # "校长办公室编　2025年10月" over the first numbered heading: a byline
        elif (not part.paragraphs and 0 < k < first_numbered and o.parts[k - 1].paragraphs and k + 1 < len(o.parts)
              and o.parts[k + 1].heading is not None and numbering(o.parts[k + 1].heading.text)
              and not numbering(h.text) and _signature(h.text, o.lang)):
            out.add(k)  # "董事长　韩立岩" / "Han Liyan, Chairman" under a message, before the numbered sections
        elif (not part.paragraphs and 0 < k < len(o.parts) - 2 and o.parts[k - 1].paragraphs
              and o.parts[k + 1].heading is not None and not o.parts[k + 1].paragraphs
              and o.parts[k + 2].heading is not None and o.parts[k + 2].heading.strength == "strong"
              and not numbering(h.text) and not numbering(o.parts[k + 1].heading.text)
              and _signature_lines(h.text, o.parts[k + 1].heading.text, o.lang)):
            # "总裁兼首席执行官" over "周明远", the same signature on two lines, under a
            # message and over the next heading.
            out |= {k, k + 1}
        elif (h.strength == "strong" and not numbering(h.text)
              and (not any(p.paragraphs for p in o.parts[:k]) or not part.paragraphs or _only_dates(part))
              and _byline(h.text, o.lang)):
            # "交通运输发展署署长　韦承舟" at the top, before any text: who speaks, not a section;
            # "财务主管　陈***" with no text of its own under a report: who signed it.
            out.add(k)
        elif (h.strength == "strong" and not part.paragraphs and (k < first_numbered or (first_numbered < 0 and k == 0))
              and not numbering(h.text)
              and not any(p.paragraphs and not _particulars_only(p) for j, p in enumerate(o.parts[:k]) if j not in out)
              and organisation(h.text, o.lang)):
            # "青禾研究院公共仪器平台" at the top, over the first numbered heading (or first of all
            # where none is numbered: a news office over a briefing's date and place), names who
            # issues the document; after text, "数据中心" over "1 …" may head the numbered sections.
            # (A note set aside before it, "(Note: …)", is no section's text.)
            out.add(k)
    # A form's answer read as a line of its own ("□是 √否"), and the item over it with nothing between.
    for k, part in enumerate(o.parts):
        if part.heading is not None and BOX_ANSWER.match(part.heading.text.strip()):
            out.add(k)
            before = o.parts[k - 1] if k else None
            if before is not None and not before.paragraphs and before.heading is not None and not numbering(before.heading.text):
                out.add(k - 1)
    out |= _table_titles(o, blocks, out, frozenset(subtitles)) | _annex_mentions(o, blocks) | _runs_introduced(o) | _field_block(o, blocks)
    out |= _rows_led_alike(o)
    siblings, titled = _item_siblings(o, out)
    out = (out - titled) | siblings | _contact_lines(o, out) | _issuer_block(o, out) | _numbered_clauses(o)
    # A heading line the contents list names is a section whatever else it looks like
    # ("財務摘要" over a table, "鳴謝" over a list of donors); so is one the layout set apart.
    return {k for k in out if not _in_contents(o, k) and not (o.parts[k].heading is not None and o.parts[k].heading.set_apart)}


# What opens a row of a panel of figures ("126　次　　溪流調查", "4.8   hectares of riverbank restored"),
# a figure that is no year, or an entry of a timeline ("12月　登記志工人數突破400人", "January  Signed …").
_FIGURE_LEAD = rx(r"(?!(?:19|20)\d\d\b)\d[\d,]*(?:\.\d+)?\s+\S")
_MONTH_LEAD = rx(r"(?:\d{1,2}\s*月|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\s+\S")


def _rows_led_alike(o: Outline) -> set[int]:
    """Heading lines among three or more lines in a row that a figure or a month opens:
    the rows of a panel of key figures or the entries of a timeline, not sections."""
    units: list[tuple[int | None, str]] = []  # (part of a heading line, or None for text), what opens it
    for k, part in enumerate(o.parts):
        h = part.heading
        if h is not None:
            units.append((k if not h.markdown else None, h.raw or h.text))
        units += [(None, p.sentences[0]) for p in part.paragraphs if p.sentences]

    def lead(t: str) -> str:
        t = t.strip()
        if _FIGURE_LEAD.match(t):
            return "figure"
        return "month" if numbering(t) is None and _MONTH_LEAD.match(t) else ""

    def counts(a: str, b: str) -> bool:
        """b is the number after a ("3" after "2", "4.2" after "4.1"): sections numbered, not figures."""
        x, y = a.strip().split()[0].rstrip(".").split("."), b.strip().split()[0].rstrip(".").split(".")
        return (len(x) == len(y) and x[:-1] == y[:-1] and x[-1].isdigit() and y[-1].isdigit()
                and int(y[-1]) == int(x[-1]) + 1)

    def number(t: str) -> str:
        return t.strip().split()[0] if t.strip() else ""

    # A section's number another heading counts on from, or under ("5.1" after "5"): a section's.
    numbered = {number(p.heading.raw or p.heading.text) for p in o.parts if p.heading is not None and numbering(p.heading.text) is not None}

    def section(t: str) -> bool:
        # (Written alike: "3 rivers under …" counts nothing with "4. Community Partnerships".)
        x = number(t)
        return x.rpartition(".")[0] in numbered or any((counts(x, y) or counts(y, x)) and x.endswith(".") == y.endswith(".")
                                                       for y in numbered)

    leads = [lead(t) for _, t in units]
    out: set[int] = set()
    n = 0
    while n < len(units):
        m = n
        while m < len(units) and leads[m] and leads[m] == leads[n]:
            m += 1
        run = [t for _, t in units[n:m]]
        if m - n >= 3 and 2 * sum(counts(a, b) for a, b in zip(run, run[1:])) < len(run) - 1:
            out |= {k for k, t in units[n:m] if k is not None and not (leads[n] == "figure" and section(t))}
        n = max(m, n + 1)
    return out


def _in_contents(o: Outline, k: int) -> bool:
    h = o.parts[k].heading
    return bool(o.contents) and h is not None and h.strength == "strong" and _segment().entry_name(h.text) in o.contents


ADDRESS_FIELD = rx(r"(?:地址|电话|電話|传真|傳真|邮编|郵編|邮箱|郵箱|电子邮件|電子郵件|网址|網址"
                           r"|\b(?:address|tel|telephone|phone|fax|e-?mail|website|postcode|zip))\s*[:：]", re.I)


def _issuer_block(o: Outline, skip: set[int]) -> set[int]:
    """The lines that end a document by naming who issued it and where to reach
    them: an organisation's name over a few short lines, one of them an address
    to write to or call ("兰亭大学科学技术研究院" over "地址：…" and "电子邮箱：…";
    "Office of Research Administration" over a street and "Email: … | Tel: …").
    None of them heads a section, whatever shape a line of the address has."""
    parts = o.parts
    for k in range(len(parts) - 1, max(-1, len(parts) - 7), -1):
        h = parts[k].heading
        if h is None or k in skip or h.markdown or h.strength != "strong" or numbering(h.text) or not organisation(h.text, o.lang):
            continue
        below = [s for p in parts[k].paragraphs for s in p.sentences]
        for part in parts[k + 1:]:
            below += ([part.heading.raw or part.heading.text] if part.heading is not None else [])
            below += [s for p in part.paragraphs for s in p.sentences]
        short = all((len(t) <= 60 if o.lang == "zh" else len(t.split()) <= 16) for t in below)
        reach = any(_segment().CONTACT_VALUE.search(t) or ADDRESS_FIELD.search(t) for t in below)
        if 1 <= len(below) <= 5 and short and reach:
            return {j for j in range(k, len(parts)) if parts[j].heading is not None}
        return set()
    return set()


def _runs_introduced(o: Outline) -> set[int]:
    """A first sentence of two clauses right under a heading line ("新征程上，政府工作
    任务艰巨、责任重大。…") before a run of run-in headings that open alike and hold
    no comma ("坚持依法行政。…", "坚持务实担当。…", "坚持廉洁从政。…"): it opens the
    section's text and leads into the run, it is not one of its headings."""
    out: set[int] = set()
    if o.lang != "zh":
        return out  # an English first sentence with a comma is no run-in heading already
    for k in range(1, len(o.parts) - 2):
        h, above = o.parts[k].heading, o.parts[k - 1].heading
        if (h is None or h.strength != "weak" or h.markdown or numbering(h.text) or _count_zh(h.text)
                or not rematch.search(r"[，,]", h.text) or above is None or above.strength != "strong" or o.parts[k - 1].paragraphs):
            continue
        run = []
        for part in o.parts[k + 1:]:
            g = part.heading
            if g is None or g.strength != "weak" or g.markdown or rematch.search(r"[，,、；]", g.text) or len(g.text) > 12:
                break
            run.append(g.text)
        if len(run) >= 3 and len({t[:2] for t in run}) == 1 and h.text[:2] != run[0][:2]:
            out.add(k)
    return out


def _count_zh(text: str) -> bool:
    return bool(ZH_COUNTED.match(text))


# A line that names an annex: "附件：校外实习合约范本", "附件二：…", "Annex: Distribution map …",
# "Schedule 1: Approved Sub-processors" (group 1 or 2 is the annex's name).
# "Annex", "Appendix B", "Schedule 2", "Exhibit IV": what an annex is called in English.
EN_ANNEX = r"(?:annex(?:\s+table)?|appendix|attachment|attached\s+(?:table|schedule|form)|schedule|exhibit)(?:\s+(?:\d{1,2}|[A-Z]|[IVX]{1,4}))?"
EN_ANNEX_LABEL = rx(EN_ANNEX, re.I)
ANNEX_NAMED = rx(r"^(?:附件|附录|附錄|附表|附)\s*[一二三四五六七八九十\d]*\s*[:：]\s*(\S.*)$"
                         r"|^" + EN_ANNEX + r"\s*:\s*(\S.*)$"
                         # (Several, listed by number: "Annexes: 1. Tiered Water Price Schedule …".)
                         r"|^(?:annexes|appendices|attachments|schedules|exhibits)\s*:\s*(\d{1,2}\s*[.、．]\s*\S.*)$", re.I)


def _annex_mentions(o: Outline, blocks: tuple[Block, ...] | list[Block]) -> set[int]:
    """Lines that name an annex without heading it: "附件：2025—2026年度合作项目清单"
    above the signatures of an agreement whose annex follows further on under its
    own heading ("附件", then "2025—2026年度合作项目清单"), or "Annex: Distribution
    map of pilot districts" at the end of a press release that does not print the map
    (only "Ends/…", a date or a note on the translation comes after it). An annex
    line over the annex's content ("附件：十件民生实事项目" over its list) heads it."""
    mine = [b for b in blocks if b.lang == o.lang]
    at = {b.line: n for n, b in enumerate(mine)}

    def name(line: str) -> str:
        m = ANNEX_NAMED.match(line.strip())
        named = (m.group(1) or m.group(2) or m.group(3)) if m else line
        # ("附件：1. 综合管廊日常巡检记录表" names the annex headed "综合管廊日常巡检记录表" further on.)
        return " ".join(rematch.sub(r"^\d{1,2}\s*[.、．]\s*", "", named.strip()).split())

    def whole(part: Part) -> str:
        # (A label run in over the first annex it lists: "Annexes:" and "1. Tiered Water Price Schedule …".)
        h = part.heading
        raw = (h.raw or h.text).strip()
        return f"{raw} {part.paragraphs[0].text}" if raw.endswith((":", "：")) and part.paragraphs else raw

    out: set[int] = set()
    for k, part in enumerate(o.parts):
        h = part.heading
        n = at.get(h.line) if h is not None and not h.markdown else None
        m = ANNEX_NAMED.match(whole(part)) if n is not None else None
        if m is None:
            continue
        later = mine[n + 1:]
        # (What the lines after it name, once: each annex line below asks it again.)
        named_later = [(b.line, name(ln)) for b in later for ln in b.text.splitlines() if ln.strip()]
        again = name(whole(part)) in {nm for _, nm in named_later}
        first = later[0].text.strip() if later else ""
        # A date there signs the document, unless text follows it (a dated entry of the annex).
        nothing = (not later or bool(END_MARKER.match(first)) or _note(first)
                   or (date_line(first) and not any(ends_with_final_punct(b.text) for b in later[1:])))
        if again or nothing:
            out.add(k)
            # The other annexes it lists, one to a line under it ("　　　2. 综合管廊…编制提纲"), named again
            # further on or numbered on from it (an annex left untranslated: "2. Application Form … (not translated)").
            listed = rematch.match(r"\d{1,2}", m.group(1) or m.group(2) or m.group(3))
            count = int(listed.group(0)) if listed else None
            for j in range(k + 1, len(o.parts)):
                nxt = o.parts[j].heading
                prev = o.parts[j - 1]
                number = rematch.match(r"(\d{1,2})\s*[.、．]", (nxt.raw or nxt.text).strip()) if nxt is not None else None
                if (nxt is None or (prev.paragraphs and j - 1 != k) or nxt.markdown or nxt.line != (prev.heading.line + 1) or number is None
                        or not (name(nxt.raw or nxt.text) in {nm for line, nm in named_later if line > nxt.line}
                                or (count is not None and int(number.group(1)) == count + 1))):
                    break
                count = int(number.group(1)) if count is not None else None
                out.add(j)
    return out


def _note(text: str) -> bool:
    """A note ("※本英譯版僅供參考，…", "Note: This English translation is for reference only.")."""
    t = text.strip()
    m = rematch.match(r"^[（(]?([^:：（()）]{1,12})[:：]", t)
    return t.startswith("※") or bool(m and (ADMONITION.match(m.group(1).strip()) or NOTES_LABEL.match(m.group(1).strip())))


# The labels of a question and its answer: "问：…？" / "答：…", "Q: …?" / "A: …".
QA_LABEL = rx(r"^(?:问|問|答|Q|A|(?i:question|answer))\s*[:：]")


BOLD_LINE = rx(r"(\*\*|__)[^*_\n]+\1")


FIELD_RUN = 8  # a label line that comes back this often is a template's field
# The fields of a signature block: "日期：", "Date:", "甲方：", "Party A:", "Signature:" (its seal
# and its address are SIGNING_LABEL's and ADDRESS_FIELD's).
SIGNATURE_FIELD = rx(r"日期|时间|時間|[甲乙丙丁]方|date|time|signature|signed|seal|(?:to )?party [a-d]", re.I)


def _signature_field(h: Heading) -> bool:
    """A signature block's field, however often it comes back: "日期：", "签字：", "地址：", "Date:"."""
    raw = (h.raw or h.text).strip()
    return bool(SIGNATURE_FIELD.fullmatch(h.text.strip()) or SIGNING_LABEL.match(raw) or ADDRESS_FIELD.match(raw))


def recurring_labels(o: Outline) -> set[int]:
    """Labels that recur with the same text are the fields of a form, not
    sections: "Decision: adopted unanimously." after each agenda item,
    "决定：全票通过。", a bold "**用法：**" over each command's usage, a bold
    "**Highlights**" in every group of an annual report. A label is a run-in
    label or a line ending in a colon, or a Markdown line all in bold in a file
    that marks its headings with '#' (bold there is emphasis, one rank below
    them). Headings marked as such stay headings however often they recur
    (release notes repeat "### New Features" in each release)."""
    marked = any(p.heading is not None and p.heading.markdown and not BOLD_LINE.fullmatch((p.heading.raw or "").strip())
                 for p in o.parts)

    def label(h: Heading | None) -> bool:
        if h is None:
            return False
        raw = (h.raw or h.text).strip()
        if h.markdown:
            return marked and bool(BOLD_LINE.fullmatch(raw))
        return raw.endswith((":", "：")) and not numbering(h.text)

    keys = [(" ".join(p.heading.text.split()).lower() if label(p.heading) else None) for p in o.parts]
    counts: dict[str, int] = {}
    for key in keys:
        if key:
            counts[key] = counts.get(key, 0) + 1
    # (A label on a line of its own that comes back a few times heads a part of each release or
    # command, "新增功能：" / "New Features:"; one that comes back under every one of many, "选项：",
    # is a template's field, as a run-in label or a signature's "日期：" is each time.)
    # (Not a label said twice, once over a sentence and once over an address: a constitution's "會址：本會會址設於
    # …。" and its footer's "會址：澳門望廈山街十二號地下".)
    def address(k: int) -> bool:
        paras = o.parts[k].paragraphs
        return bool(paras) and street_address(paras[0].text.strip())

    # (The value an address: a signature's "主席：陳國強" makes the officers' "主席：…。" a form's field still.)
    twice = {key for key in counts if counts[key] == 2 and len({_label_says(o, k) for k, other in enumerate(keys) if other == key}) == 2
             and any(address(k) for k, other in enumerate(keys) if other == key)}
    out = {k for k, key in enumerate(keys) if key and counts[key] >= 2 and key not in twice
           and (o.parts[k].heading.strength == "weak" or o.parts[k].heading.markdown or counts[key] >= FIELD_RUN
                or _signature_field(o.parts[k].heading))}

    def turn(h: Heading | None) -> bool:
        """A line that is only a short name and a colon, in bold or not ("**林晓：**")."""
        if h is None or h.strength != "strong" or numbering(h.text):
            return False
        raw = rematch.sub(r"^(\*\*|__)(.*)\1$", r"\2", (h.raw or h.text).strip()).strip()
        short = len(h.text) <= 12 if han_count(h.text) else len(h.text.split()) <= 5
        return raw.endswith((":", "：")) and short and not rematch.search(r"[。.!?！？]", raw[:-1])

    # Two or more names that recur as turns ("**林晓：**", "**韩振宇：**") make a transcript:
    # the names that speak once ("**澜港日报记者：**") are its turns too, not sections.
    if len({keys[k] for k in out if turn(o.parts[k].heading)}) >= 2:
        out |= {k for k, p in enumerate(o.parts) if turn(p.heading)}
    return out


def _field_block(o: Outline, blocks: tuple[Block, ...] | list[Block]) -> set[int]:
    """Three or more labelled lines one under the other, set apart as a block by blank
    lines ("报告时间范围：…" / "报告组织范围：…" / "编制依据：…" / "数据说明：…"): a
    document's particulars, not sections. (Interleaved text puts the other language's
    line between them; a file with no blank lines sets nothing apart.)"""
    lines = sorted({b.line for b in blocks})
    before = {ln: lines[k - 1] if k else None for k, ln in enumerate(lines)}
    after = {ln: lines[k + 1] if k + 1 < len(lines) else None for k, ln in enumerate(lines)}
    labelled = [k for k, p in enumerate(o.parts) if p.heading is not None and p.heading.strength == "weak"
                and not p.heading.markdown and (p.heading.raw or "").endswith((":", "：")) and not numbering(p.heading.text)
                and len(p.paragraphs) == 1]
    out: set[int] = set()
    run: list[int] = []
    for k in labelled + [None]:
        if k is not None and run and o.parts[k].heading.line == o.parts[run[-1]].heading.line + 1 and k == run[-1] + 1:
            run.append(k)
            continue
        if len(run) >= 3:
            first, last = o.parts[run[0]].heading.line, o.parts[run[-1]].heading.line
            b, a = before.get(first), after.get(last)
            if b is not None and a is not None and b < first - 1 and a > last + 1:
                out.update(run)
        run = [k] if k is not None else []
    return out


def _leading_rows(part, lang: str, rows: frozenset) -> int:
    return sum(1 for _ in itertools.takewhile(lambda q: (lang, q.line) in rows, part.paragraphs))


# A schedule's or an annex's heading with its title after a mark: "SCHEDULE – LICENCE TYPES AND FEES", "附表：收費標準",
# "附件：2023年度主要项目指标一览" ("附表　转子寿命" may be a table's caption, "Table  Rotor life").
SCHEDULE_TITLE = rx(r"(?:附表|附件|附录|附錄|schedule|annex|appendix|attached\s+(?:table|schedule|form))\s*[–—:：-]\s*\S", re.I)


def _table_titles(o: Outline, blocks: tuple[Block, ...] | list[Block], skip: set[int], rows: frozenset = frozenset()) -> set[int]:
    """Heading lines that head nothing but a table written with bars: the
    table's title ("按性别及类别划分的受训比例" over "类别｜受训比例｜人均时数",
    "附表　转子寿命" / "Table  Rotor life" over its rows), in a document whose
    sections are numbered. A numbered section that holds only a table
    ("5.2 社会关键绩效指标", "附表1 …", "Schedule 2 …") stays a heading.
    rows: (language, line) of the rows the reader found set out in columns
    ("市政府預算　　　186,400" under "收入")."""
    numbered = numbered_headings(o)
    text = {(b.lang, b.line): b.text for b in blocks}
    # A caption set into its section's text, with no blank line above it ("…增长12.4%。" /
    # "主要工业产品产量" / "产品名称	单位	…"), in a text that sets its paragraphs apart
    # with blank lines (a quarter of its lines or more come after one), is the table's title
    # wherever the sections are numbered.
    mine = [b.line for b in blocks if b.lang == o.lang]
    spaced = sum(1 for ln in mine if (o.lang, ln - 1) not in text) * 4 > len(mine)
    under_text = {k for k, p in enumerate(o.parts) if k and p.heading is not None and spaced
                  and (o.lang, p.heading.line - 1) in text and o.parts[k - 1].paragraphs
                  and o.parts[k - 1].paragraphs[-1].line <= p.heading.line - 1}
    # Short labels over three or more rows set out in columns and nothing else, in any
    # document: groups of a table's rows ("收入" / "Income" over "市政府預算　　186,400", …).
    groups = {k for k, p in enumerate(o.parts) if p.heading is not None and p.heading.strength == "strong" and not p.heading.markdown
              and k not in skip and not numbering(p.heading.text)
              and (len(p.heading.text) <= 6 if o.lang == "zh" else len(p.heading.text.split()) <= 3)
              and _leading_rows(p, o.lang, rows) >= max(3, len(p.paragraphs) - 1)}  # (a note under the last group is the section's)
    # (Two or more one after the other: "Income", then "Expenditure"; one alone, "財務摘要"
    # over its figures, may be a section.)
    groups = {k for k in groups if k - 1 in groups or k + 1 in groups}
    if numbered < 3 and not under_text:
        return groups

    def lines(line: int, fallback: str) -> list[str]:
        return [ln for ln in text.get((o.lang, line), fallback).splitlines() if ln.strip()]

    out: set[int] = set(groups)
    # (Where the English calls its tables' sections schedules, so does the Chinese: "附表" over "Schedule".)
    schedules = o.lang == "zh" and any(b.lang == "en" and len(b.text) <= 80 and rematch.match(r"\s*(?:schedule|annex|appendix)\b", b.text, re.I)
                                       for b in blocks)
    for k, part in enumerate(o.parts):
        h = part.heading
        if h is None or h.strength != "strong" or h.markdown or k in skip or (numbered < 3 and k not in under_text):
            continue
        nb = numbering(h.text)
        if nb is not None and not (nb.style in ("zh-annex", "en-annex") and not rematch.search(r"\d|[一二三四五六七八九十]", h.text[:nb.length])):
            continue
        if SCHEDULE_TITLE.match(h.text.strip()) or (o.lang == "zh" and h.text.startswith("附表") and schedules):
            continue  # a schedule that holds a table ("附表　特許類別及費用", "SCHEDULE – LICENCE TYPES AND FEES") is a section
        # Its own text, then the rows set aside as headings after it, up to
        # the first line that is not a row (a signature, the next section).
        body = [ln for p in part.paragraphs for ln in lines(p.line, " ".join(p.sentences))]
        if not all(table_row(ln) for ln in body):
            continue
        for j in range(k + 1, len(o.parts)):
            nxt = o.parts[j]
            rows = ([*lines(nxt.heading.line, nxt.heading.raw or nxt.heading.text)] if nxt.heading is not None else []) + [
                ln for p in nxt.paragraphs for ln in lines(p.line, " ".join(p.sentences))]
            # (The first may be the columns' names over rows of figures: "产品名称 单位 1—9月 …",
            # and the section's text may go on under the rows.)
            # (Not the period its figures cover, "截至6月30日止六個月": the title over it may head a section.)
            header = j == k + 1 and nxt.heading is not None and bool(nxt.paragraphs) and not PERIOD.fullmatch(nxt.heading.text.strip())
            lead = list(itertools.takewhile(table_row, rows[header:]))
            if j not in skip or not lead:
                break
            body += rows[:header] + lead
            if len(lead) < len(rows) - header:
                break
        if body:
            out.add(k)
    return out


# A person's name: "韩立岩", "艾琳·霍夫曼"; "Han Liyan", "Wei Chengzhou". A name may be
# redacted in bylines ("***", "王**").
ZH_PERSON = r"[\u4e00-\u9fff]{2,4}"
ZH_FULL_NAME = rx(ZH_PERSON + r"(?:[·•][\u4e00-\u9fff]{1,6})?")
EN_PERSON = r"[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){1,3}"
ZH_REDACTED = r"[\u4e00-\u9fff]?\*{2,4}[\u4e00-\u9fff]?"


def _signature(text: str, lang: str) -> bool:
    """A role and a name: "董事长　韩立岩", "Han Liyan, Chairman"."""
    t = text.strip()
    if lang == "zh":
        return bool(rematch.fullmatch(r"[\u4e00-\u9fff]{2,10}[ \u3000]+" + ZH_PERSON, t))
    return bool(rematch.fullmatch(EN_PERSON + r", [A-Z][a-z]+(?: [a-z]+)*(?: [A-Z][a-z]+)*", t))


def _signature_lines(first: str, second: str, lang: str) -> bool:
    """A role over a name, or a name over a role, on two lines: "总裁兼首席执行官"
    / "周明远", "Zhou Mingyuan" / "President and Chief Executive Officer"."""
    def role(t: str) -> bool:
        return bool(ZH_ROLE.search(t)) if lang == "zh" else bool(EN_ROLE.search(t)) and len(t.split()) <= 8

    def name(t: str) -> bool:
        if lang == "zh":
            # (with the title a name carries after it: "鄭思遠教授", "梁慧明醫生")
            t = rematch.sub(r"(?:教授|博士|醫生|医生|先生|女士|律師|律师|院士)$", "", t) or t
            return bool(ZH_FULL_NAME.fullmatch(t)) and not role(t)
        t = rematch.sub(r"^(?:Professor|Prof\.|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Sir|Dame)\s+", "", t)  # ("Professor Cheng Sze-yuen")
        return bool(rematch.fullmatch(EN_PERSON, t)) and not role(t)

    a, b = first.strip(), second.strip()
    return (role(a) and name(b)) or (name(a) and role(b))


ZH_ROLE = rx(r"(?:长|長|官|主任|主席|总裁|總裁|经理|經理|书记|書記|秘书|秘書|董事|委员|委員|教授|代表|总监|總監|顾问|顧問"
                     r"|大使|总干事|總幹事|理事|院士|创始人|創始人|主管|司库|司庫|会计|會計|监事|監事)$")
EN_ROLE = rx(r"\b(?:Chair|Chairman|Chairwoman|Chairperson|President|Director|Director-General|Secretary|Manager|Officer"
                     r"|Minister|Mayor|Governor|Professor|Dean|Principal|Ambassador|Commissioner|Chief|Head|CEO|Founder"
                     r"|Partner|Representative|Editor|Rector|Provost|Speaker|Treasurer|Supervisor|Auditor|Accountant)\b")


def _particulars_only(part: Part) -> bool:
    """The part's text is a cover's particulars, fields and dates ("版本号：HZ-USA-2024-05",
    "生效日期：2024年6月1日", "（2024年5月修订版）"): no text an issuer's name under it would head."""
    lines = [p.text for p in part.paragraphs]
    return bool(lines) and all(len(t) <= 60 and (rematch.fullmatch(r"[^\s:：]{1,12}(?: [^\s:：]{1,12}){0,2}\s*[:：]\s*\S.*", t)
                                                 or date_line(t) or rematch.fullmatch(r"[（(][^（）()]{2,30}[)）]", t)) for t in lines)


def _only_dates(part: Part) -> bool:
    """Under a signature: when it was signed, and little else ("二零二五年十一月十九日簽署。" / "命令公佈。")."""
    sents = [x for p in part.paragraphs for x in p.sentences if rematch.search(r"\w", x)]  # (a rule of "=" says nothing)
    if not sents:
        return True
    if len(sents) > 3 or any(len(x) > 40 for x in sents):  # more than a date (and cheaper to tell first)
        return False
    return any(date_line(x.rstrip("。.")) or DATE_TOKEN.search(x) or rematch.search(r"[〇零一二三四五六七八九十\d]{2,4}\s*年.{1,4}月.{1,4}日", x)
               for x in sents)


def _byline(text: str, lang: str) -> bool:
    """Who speaks or writes, named with a role: "交通运输发展署署长　韦承舟",
    "Wei Chengzhou, Director-General, Transport Development Agency"."""
    t = text.strip()
    # A name may be redacted ("省长　***", "王**", "***, Governor").
    if lang == "zh":
        m = rematch.fullmatch(r"([\u4e00-\u9fff]{2,16})[ \u3000]+(?:" + ZH_PERSON + "|" + ZH_REDACTED + ")", t)
        return bool(m and ZH_ROLE.search(m.group(1)))
    m = rematch.fullmatch(r"(?:" + EN_PERSON + r"|(?:[A-Z][a-z]+ )?\*{2,4}) ?, ([A-Z][\w'-]*(?: [\w'-]+){0,5}(?:, [A-Z][\w'-]*(?: [\w'-]+){0,6})?)", t)
    if m and EN_ROLE.search(m.group(1)):
        return True
    # The role first: "President ***", "Vice-President Li Na", "President of the Legislative Council, Ho ***".
    m = rematch.fullmatch(r"((?:[A-Z][\w'-]*\s){1,4})(?:\*{2,4}|" + EN_PERSON + r")", t)
    if m and EN_ROLE.search(m.group(1)) and not EN_ORGANISATION.search(m.group(1).strip()):
        return True
    m = rematch.fullmatch(r"((?:The )?[A-Z][\w'-]*(?: [\w'-]+){0,7}), (?:[A-Z][a-z]+ )?(?:\*{2,4}|" + EN_PERSON + r")", t)
    return bool(m and EN_ROLE.search(m.group(1).split(" of ")[0]))


ZH_ORGANISATION = rx(r"(?:公司|集团|集團|研究院|研究所|科学院|科學院|学院|學院|大学|大學|医院|醫院|中心|平台|委员会|委員會"
                             r"|协会|協會|学会|學會|基金会|基金會|办公室|辦公室|人民政府|银行|銀行|实验室|實驗室|联合会|聯合會|商会|商會"
                             r"|事务所|事務所|研究会|研究會|小组|小組|课题组|課題組|编辑部|編輯部|秘书处|秘書處)$")
EN_ORGANISATION = rx(r"\b(?:Limited|Ltd\.?|Lda\.?|Limitada|Inc\.?|LLC|LLP|PLC|Corporation|Company|Group|Institute|University|College"
                             r"|Hospital|Centre|Center|Facility|Committee|Commission|Association|Society|Council|Foundation|Fund"
                             r"|Bureau|Office|Department|Agency|Authority|Administration|Secretariat|Board|Laboratory|Bank|Government|Federation|Court|Procuratorate|Congress|Ministry"
                             r"|Library|Museum|Archives|Academy)$")


PLACE_AFTER = rx(r"(?:[A-Z][\w'’-]*\s+){1,3}(?:City|Province|County|District|Municipality|Region|Prefecture|Town|Township)"
                 r"|(?:the\s+)?(?:PRC|People's Republic of China|China|Hong Kong(?: SAR)?|Macao(?: SAR)?|Macau|Taiwan)")


def organisation(text: str, lang: str) -> bool:
    """The name of an organisation: "青禾生物医药研究院公共仪器平台",
    "Qinghe Institute of Biomedicine — Core Instrument Facility"."""
    t = text.strip()
    if lang == "zh":
        return len(t) <= 30 and bool(ZH_ORGANISATION.search(t)) and not rematch.search(r"[，,。：:、]", t)
    words = [w for w in t.split() if w[:1].isalpha()]
    caps = sum(1 for w in words if w[:1].isupper())
    if not words or len(words) > 12 or caps / len(words) < 0.6:
        return False
    # The name's head: "Core Instrument Facility" in "Qinghe Institute of Biomedicine — Core Instrument
    # Facility", "Bank" in "Bank of China", "Institute" in "Dongjia Institute for Social Policy";
    # "Minutes of the … Council" is minutes, not a council.
    # (A place after a comma says where the body is, not what: "General Office of the People's Government of Binjiang
    # District, Yunping City".)
    parts = rematch.split(r"\s[—–-]\s|,\s", t)
    while len(parts) > 1 and PLACE_AFTER.fullmatch(parts[-1].strip()):
        parts.pop()
    head = rematch.split(r"\s+(?:of|for)\s+", parts[-1], maxsplit=1, flags=re.I)[0]
    # (A name in capitals: "HARBOURVIEW SMART LOGISTICS HOLDINGS LIMITED".)
    # ("Administration" names a body, "Lanjiang Municipal Data Resources Administration", not the work
    # a title is about: "Regulations on the Safety Administration of …".)
    if rematch.search(r"\bAdministration$", head, re.I) and rematch.search(r"\b(?:on|the|and|to|in)\b", head, re.I):
        return False
    return bool(EN_ORGANISATION.search(head) or (head.isupper() and EN_ORGANISATION.search(head.title())))


def _ends_with_date(text: str) -> bool:
    """"…编　2025年10月", "Prepared by …, January 2026" (not "2025年工作回顾", nor the year a
    report covers, "Service Review 2023/24")."""
    return any(m.end() == len(text.rstrip()) and not _year_span(m.group(0)) for m in DATE_TOKEN.finditer(text))


def _year_span(token: str) -> bool:
    """A financial or school year: "2023/24", "2023-24" (the second year follows the first)."""
    m = rematch.fullmatch(r"((?:19|20)\d{2})\s*[/–-]\s*(\d{2})", token.strip())
    return bool(m) and int(m.group(2)) == (int(m.group(1)) + 1) % 100


def _item_siblings(o: Outline, items: set[int]) -> tuple[set[int], set[int]]:
    """Labels in a row are alike: when one of them is an item ("Personal
    information: any information …"), the labels right before and after it
    ("De-identification: processing …") are items of the same list. A note
    ("温馨提示：…", "Note: …") says nothing of its neighbours.
    And the other way: six or more labels numbered one after another, a quarter or fewer of
    them items, are a document's titled clauses, the short ones too ("1. 名稱：…",
    "2. 註冊辦事處：本公司的註冊辦事處設於翡灣。", "3. 宗旨：…"). Returns the items
    found and the labels that are titles after all."""
    def label(k: int) -> bool:
        h = o.parts[k].heading
        # (A point of a numbered list of paragraphs, "2. 使用不均衡：…", is no label of theirs.)
        return h is not None and h.strength == "weak" and (h.raw or "").endswith((":", "：")) and not _amid_numbered_paragraphs(o, k)

    def style(k: int) -> str | None:
        return _numbering_style(o.parts[k].heading.text)

    def counted(run: list[int]) -> bool:
        nbs = [numbering(o.parts[i].heading.text) for i in run]
        return (all(nb is not None and nb.style == nbs[0].style and nb.value.isdigit() for nb in nbs)
                and all(int(b.value) == int(a.value) + 1 for a, b in zip(nbs, nbs[1:])))

    numbered = numbered_headings(o)
    # (A point of a numbered list of paragraphs that opens with a label is the list's: "2. 使用不均衡：…"
    # between "1. …。" and "3. …。", "七、前瞻性陈述的风险声明：…" after "六、…。".)
    out: set[int] = {k for k, p in enumerate(o.parts) if p.heading is not None and p.heading.strength == "weak"
                     and (p.heading.raw or "").endswith((":", "：")) and _amid_numbered_paragraphs(o, k)}
    titled: set[int] = set()
    run: list[int] = []
    for k in range(len(o.parts) + 1):
        if k < len(o.parts) and label(k):
            run.append(k)
            continue
        # (A note among them, "温馨提示：…" with no counterpart, is no item of the list.)
        # (Nor is a label numbered in another style: "六、閣下拒絕之權利：…" after the item
        # "(2) 可予促銷的產品…包括：" is the next section's.)
        # (Nor a paper's keywords, "关键词：…", under its abstract's labels.)
        found = [i for i in run if i in items and not ADMONITION.match(o.parts[i].heading.text.strip())
                 and not KEYWORDS_LABEL.fullmatch(o.parts[i].heading.text.strip())]
        if len(run) >= 6 and 4 * len(found) <= len(run) and counted(run):
            titled.update(found)
            run = []
            continue
        # (A contact's fields after labels over sentences are a list of their own: "收集目的：閣下…將由本基金用於…。"
        # down to "查閱及更正：…。", then "查詢：本基金秘書處" / "地址：…" / "電話：…". Where all the items are among
        # the fields, the labels over sentences are not items.)
        # (In a document with numbered sections, such labels are particulars in one of them: "報告期間：…" under
        # "About This Report".)
        # (Under an annex, its rules are a text of their own: "附件：晨泳活動守則" over "安全：…。" down to
        # "儲物：…。", then "會址：…" in a society's statutes numbered by articles.)
        tail = list(itertools.takewhile(lambda i: not _label_says(o, i), reversed(run)))
        above = o.parts[run[0] - 1].heading if run and run[0] else None
        annexed = above is not None and (nb := numbering(above.text)) is not None and nb.kind == "annex"
        if found and set(found) <= set(tail) and len(run) - len(tail) >= 2 and (numbered < 3 or annexed):
            run = tail
        # (Nor are fields over them, who prepared a report and when, "编制单位：…" / "日期：…" over
        # "背景：…。" and "方法：…。": the labels over sentences are the report's.)
        lead = list(itertools.takewhile(lambda i: not _label_says(o, i), run))
        if found and set(found) <= set(lead) and len(run) - len(lead) >= 2 and numbered < 3:
            run = lead
        # (Numbered labels are not the items of an unnumbered label among them: "A. Purpose and basis: …",
        # "B. Scope: …", "C. Competent authorities: …" with a "Note: …" between B and C.)
        styles = {style(i) for i in found}
        out.update(i for i in run if styles and (style(i) is None or style(i) in styles))
        run = []
    return out, titled


def _sentence(text: str, lang: str) -> bool:
    """A sentence or more, not a short value: ten characters or more in Chinese, thirty in English,
    ending as a sentence ends."""
    return len(text) >= (10 if lang == "zh" else 30) and ends_with_final_punct(text)


def _label_says(o: Outline, k: int) -> bool:
    """The text under the label that heads part k is a sentence or more, not a short value.
    (A signature's blank with the signer's name in brackets says nothing: "________ (… Lda.)".)"""
    paras = o.parts[k].paragraphs
    text = rematch.sub(r"[_＿]{3,}|[（(][^（）()]*[)）]", "", paras[0].text).strip() if paras else ""
    return _sentence(text, o.lang)


def _amid_numbered_paragraphs(o: Outline, k: int) -> bool:
    """The run-in label numbered k's part opens with is one point of a list whose others are
    paragraphs: "1. 本季度…。" before it, "3. 受访居民…。" after it ("2. 使用不均衡：…" among the
    findings). It heads nothing after the list."""
    nb = numbering(o.parts[k].heading.text)
    if nb is None or not nb.value.isdigit():
        return False

    def point(text: str, value: int) -> bool:
        other = numbering(text)
        return other is not None and other.style == nb.style and other.value == str(value)

    # (The point before it a paragraph; or, the first, the next one: not "（三）服务内容：…" after the labels
    # "（一）服务时间：…" and "（二）服务渠道：…", over "（四）…" that goes on as a paragraph.)
    before = o.parts[k - 1].paragraphs if k else ()
    return ((bool(before) and point(before[-1].text, int(nb.value) - 1))
            or (nb.value == "1" and any(point(p.text, 2) for p in o.parts[k].paragraphs)))


def _numbered_clauses(o: Outline) -> set[int]:
    """Clauses numbered under their article ("12.1 栈桥将采取商业上合理的努力确保本服务持续
    可用。…", "12.2 …", "12.4 上述响应时间为…，…。"): where one of them opens with a
    sentence too long for a heading, its siblings' first sentences are no headings either
    when they are sentences too; a clause is a clause however it begins. (A clause's
    title stays its heading: "11.2 责任上限。…".)"""
    groups: dict[tuple[str, str], list[int | None]] = {}
    for k, part in enumerate(o.parts):
        h = part.heading
        units = [(k, h.text)] if h is not None and h.strength == "weak" and not h.markdown else []
        units += [(None, p.sentences[0]) for p in part.paragraphs if p.sentences and not p.markdown]
        for at, text in units:
            nb = numbering(text)
            if nb is not None and nb.style == "dotted" and "." in nb.value:
                groups.setdefault((nb.value.rsplit(".", 1)[0], str(nb.value.count("."))), []).append(at)

    def sentence(k: int) -> bool:
        """A clause's sentence, not a title ("11.2 责任上限", "11.2 Cap on Liability")."""
        text = o.parts[k].heading.text
        rest = text[numbering(text).length:]
        return han_count(rest) >= 12 if o.lang == "zh" else len(rest.split()) >= 8

    return {k for ks in groups.values() if None in ks for k in ks if k is not None and sentence(k)}


def _contact_lines(o: Outline, skip: set[int]) -> set[int]:
    """Short lines under a heading that has no text of its own ("联系我们",
    then "南岸区滨江路18号", "023-6688 1234"): an address, a name, a phone
    number are what the heading heads, not headings under it."""
    parts = o.parts
    strong = [k for k, p in enumerate(parts) if p.heading is not None and p.heading.strength == "strong" and k not in skip]

    def body(k: int) -> list[str]:
        """Sentences from part k's heading to the next heading line (first sentences included)."""
        out = [s for p in parts[k].paragraphs for s in p.sentences]
        for nxt in parts[k + 1:]:
            if nxt.heading is not None and nxt.heading.strength == "strong":
                break
            out += ([nxt.heading.raw or nxt.heading.text] if nxt.heading is not None else []) + [
                s for p in nxt.paragraphs for s in p.sentences]
        return out

    # A line qualifies when what follows it, up to the next heading line, is
    # short lines only, or nothing but another line that qualifies.
    qualifies: dict[int, bool] = {}
    for n in range(len(strong) - 1, -1, -1):
        k = strong[n]
        h = parts[k].heading
        text = body(k)
        # A line ending in a colon ("Attachments:", "附件：") leads into what follows; an address line does not.
        ok = (not h.markdown and not numbering(h.text) and not (h.raw or h.text).rstrip().endswith((":", "："))
              and all(_short_line(t, o.lang) for t in text))
        qualifies[k] = ok and (bool(text) or (n + 1 < len(strong) and qualifies[strong[n + 1]]))
    def leads_in(text: list[str]) -> bool:
        """The text ends with a lead-in ("如您有任何疑问，请通过以下方式联系我们：",
        "please contact us:") and short lines after it (the first of the block)."""
        last = max((i for i, t in enumerate(text) if t.rstrip().endswith((":", "："))), default=None)
        return last is not None and all(_short_line(t, o.lang) for t in text[last + 1:])

    def styled_alike(k: int, prev: int) -> bool:
        """Both in capitals, as the document sets its headings ("ACKNOWLEDGEMENTS" over its list of
        donors, then "BOARD OF DIRECTORS"): the next heading, not a line of the list."""
        a, b = parts[k].heading.text, parts[prev].heading.text
        return o.lang == "en" and a.isupper() and b.isupper() and len(a.split()) >= 2

    out: set[int] = set()
    for n, k in enumerate(strong[1:], 1):
        prev = strong[n - 1]
        if qualifies[k] and (prev in out or not body(prev) or (leads_in(body(prev)) and not styled_alike(k, prev))):
            out.add(k)
    return out


def _short_line(text: str, lang: str) -> bool:
    """A line of an address block: short, no sentence ("南岸区滨江路18号",
    "legal@example.com", "Tidewell Software Ltd." ends with an abbreviation's stop)."""
    t = text.strip()
    if t.endswith(".") and organisation(t, "en"):
        t = t[:-1]
    # (A note in brackets, "[Not translated. Please refer to the Chinese version.]", is sentences.)
    t = rematch.sub(r"^[\[（(【](.*)[\]）)】]$", r"\1", t).strip()
    if not t or t[-1] in "。！？!?.;；":
        return False
    if lang == "zh" and han_count(t):
        # (An e-mail or a web address counts as one word: "电子邮箱：ir@qiwu-precision.example.com".)
        return len(rematch.sub(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|(?:https?://|www\.)[\x21-\x7e]+", "@", t)) <= 30
    return len(t.split()) <= 8


ZH_SUBJECT = rx(r"^(?:[^，,。]{1,8}[，,])?(?:(?:我们|我們|我|您|你|他们|他們|她们|她們|它们|它們|他|她|它)(?![们們]?的)|(?:本公司|本会|本會"
                        r"|本集团|本集團|本行|本院|本校|本局|本中心|本基金会|本基金會|本平台|本网站|本網站)(?!的|之|網站|网站|網頁|网页|官網|官网|平台|應用|应用|App)"
                        r"|本合同(?!的|之)|本协议(?!的|之)|本協議(?!的|之))")
# (A subject after a lead: "展望未來，本集團將…"; "本合同未尽事宜，由双方…" says something, "本协议的变更"
# and "本中心網站及Cookies" name a thing.)
# ("我們的承諾" names what is ours: no subject.)
ZH_RULE = rx(r"应当|應當|不得|可以|应予|應予")  # a rule's "shall", "may not", "may"


def _sentence_zh(text: str) -> bool:
    """A Chinese first sentence that says something (a subject, a rule), not a run-in heading
    (after its number too: "3.3 您应妥善保管账号和密码")."""
    nb = numbering(text)
    body = text[nb.length:].strip() if nb else text
    if rematch.fullmatch(r"【[^【】]{1,40}】|[（(][^（）()]{1,40}[)）]", body):
        return False  # "第二十四条【不得遗弃】": the article's title in brackets, whatever it says
    if _segment().question_title(body):
        return False  # "我们是谁", "谁可以查看": a question that titles its part
    return bool(ZH_SUBJECT.match(body) or ZH_RULE.search(body))


def _signed(blocks: tuple[Block, ...] | list[Block], b: int, lang: str) -> bool:
    """A signature: the line blocks[b] ("理事长 温若澜", "Chairman") right
    above a date line, or a role above a name or two and then a date ("董事长"
    / "***" / "2024年3月28日"), with a heading line or nothing after the date.
    In interleaved text the other language's lines stand between."""
    def signer(text: str) -> bool:
        # (An issuer signs by its full name: "Lanfeng Municipal Development and Reform Commission".)
        return name_line(text, lang) or (lang == "en" and len(text) <= 80 and len(text.split()) <= 10 and organisation(text.strip(), lang))

    mine = [i for i in range(b + 1, min(len(blocks), b + 8)) if blocks[i].lang == lang][:3]
    if not mine or (mine[0] != b + 1 and (mine[0] != b + 2 or blocks[b + 1].lang == lang)):
        return False
    date = None
    for n, i in enumerate(mine):
        if date_line(blocks[i].text):
            date = i
            break
        if not (signer(blocks[b].text) and signer(blocks[i].text)) or n == 2:
            return False
    if date is None:
        return False
    t = blocks[b].text.strip()
    if date == mine[0] and (len(t) <= 6 and ZH_ROLE.search(t) if lang == "zh" else
                            len(t.split()) <= 3 and EN_ROLE.search(t) and t[:1].isupper()):
        return True  # a title alone over the date it signed on ("行政長官" / "2024年5月16日", "Chief Executive")
    after = next((blocks[i] for i in range(date + 1, len(blocks)) if blocks[i].lang == lang), None)
    # (Or a note in brackets on how it is published: "（此件主动公开）"; or a field or a note under an
    # auditor's signature, "Engagement partner: Lim Hui Min", "注：中文译文仅供读者参考。".)
    return (after is None or after.kind == "heading" or _segment().heading_line(after.text, lang)
            or bool(rematch.fullmatch(r"[（(][^（）()]{2,20}[）)]", after.text.strip()))
            # (At the end of the text only: not a field under a field of dates, "公布日期：2018年3月16日" /
            # "聲請人：…" under "憲審字第1號解釋", nor the licensor under a title and its version's date.)
            or (bool(rematch.match(r"[^\s:：，,。.]{1,12}(?: [^\s:：，,。.]{1,12}){0,2}\s*[:：]\s*\S", after.text.strip()))
                and not rematch.search(r"[:：]", blocks[date].text) and sum(1 for x in blocks[date + 1:] if x.lang == lang) <= 3))


def name_line(text: str, lang: str) -> bool:
    """A line that can be a signer's name: a few words or characters with no
    sentence in them, or a name left out ("***", "王**")."""
    t = text.strip()
    if not t or "\n" in t or t[-1] in "。！？!?.;；:：" or len(t) > 40:
        return False
    return len(t) <= 12 if lang == "zh" and rematch.search(r"[\u4e00-\u9fff]", t) else len(t.split()) <= 5


EN_LEAD_IN = rx(r"\b(?:following|as follows|below|includes?|including|such as|comes? from|consists? of)$"
               r"|\b(?:must|shall|may)\s+not\b.*\bto$", re.I)  # ("You must not use the Service to:" over what not to do)
# A frame that says where what follows holds: "在本许可证中", "就本协议而言", "In this License",
# "For the purposes of this Policy". It leads into definitions or rules; it names no section.
SCOPE_FRAME = {"zh": rx(r"^(?:在本.{1,10}(?:中|里|内|內|项下|項下)|就本.{1,10}而言|本.{1,10}(?:中|内|內)所称)$"),
               "en": rx(r"^(?:in|under|within|throughout|for the purposes? of)\s+(?:this|these)\s+\S+(?:\s+\S+)?$", re.I)}


# Who says what, before the quotation: "一位家长这样说：「…」", "As one parent put it: \"…\"".
SPEECH_LEAD = {"zh": rx(r"(?:说|說|道|表示|指出|强调|強調|认为|認為|介绍|介紹|写道|寫道|坦言|感叹|感嘆|感慨|回忆|回憶|提到|告诉我们|告訴我們)$"),
               "en": rx(r"\b(?:said|says|put it|puts it|noted|wrote|writes|explained|recalled|remarked|told us|tells us)$", re.I)}


def speech_lead(label: str, lang: str) -> bool:
    return bool(SPEECH_LEAD["zh" if lang == "zh" else "en"].search(label.strip().rstrip(":：").strip()))


def scope_frame(label: str, lang: str) -> bool:
    return bool(SCOPE_FRAME["zh" if lang == "zh" else "en"].match(label.strip().rstrip(":：").strip()))


def _article_text(text: str) -> bool:
    """An article's number with its text after it ("第四条 个人养犬应当办理登记",
    "Article 4 Individuals who keep a dog shall register it")."""
    nb = numbering(text)
    rest = text[nb.length:].strip() if nb is not None else ""
    # A title in brackets ("第一条（目的和依据）", "Article 1 (Purpose and Basis)") names the article;
    # so does a short title set before the article's text ("第八条　服务内容。云栈按照……",
    # "Article 8 Scope of Services. Yunzhan provides …").
    return nb is not None and nb.kind in ("article", "clause", "item") and bool(rest) and not rematch.fullmatch(
        r"[（(][^（）()]{1,40}[)）]|【[^【】]{1,40}】|\[[^\[\]]{1,80}\]", rest) and not _article_title(rest)


def _article_title(rest: str) -> bool:
    """The words after an article's number name it: a short phrase, not a sentence."""
    if rematch.search(r"[\u4e00-\u9fff]", rest):
        return len(rest) <= 10 and not rematch.search(r"[，,、；;]", rest) and not _sentence_zh(rest)
    words = rest.split()
    return (1 <= len(words) <= 8 and _segment()._capitalised(words) == 1.0 and words[-1][:1].isupper()
            and not EN_CLAUSE.search(rest) and not rematch.search(r"\b(?:shall|must|may|will)\b", rest))


# A numbered note: "註一", "注1", "注 2", "Note 1", "Notes 3".
NUMBERED_NOTE = rx(r"(?:注|註|附注|附註)\s*[一二三四五六七八九十\d]{1,3}|notes?\s*\d{1,3}", re.I)


PARTIES_AND = rx(r"[-—–\s]*(?:and|与|與|和|及|同)[-—–\s]*", re.I)


# A company's name alone, on a cover, over its address or under a notice: it names who, no section.
ZH_COMPANY = rx(r"[^\s，。、：:；;《》]{2,36}(?:有限公司|有限責任公司|有限责任公司|股份有限公司)")
EN_COMPANY = rx(r"(?:[A-Z][\w&'’.-]*|\([A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*)*\)|of|and|&|the)"
                        r"(?:,? (?:[A-Z][\w&'’.-]*|\([A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*)*\)|of|and|&|the)){0,10}"
                        r",? (?:Co\.,? ?Ltd|Ltd|Limited|LIMITED|Inc|Corporation|Corp|LLC|GmbH|PLC|plc|N\.V|S\.A|Lda|Limitada)\.?")


def company_line(text: str, lang: str) -> bool:
    """A line that is a company's name and nothing else ("澜川数据科技有限公司", "LanChuan Data
    Technology Co., Ltd."): not a heading that names the company's document or speaks of it
    ("…有限公司章程", "Articles of Association of … Limited", "About … Co., Ltd.")."""
    t = text.strip()
    if numbering(t) is not None or len(t) > 100:
        return False
    if lang == "zh":
        return bool(ZH_COMPANY.fullmatch(t))
    return (bool(EN_COMPANY.fullmatch(t)) and not rematch.match(r"(?:about|our|to|for|from|by|with|contact|note|the board)\b", t, re.I)
            and not rematch.search(rf"\b{EN_KINDS}\b", t, re.I) and not rematch.search(r"\b(?:articles|memorandum|association)\b", t, re.I))


def party_line(blocks: tuple[Block, ...] | list[Block], b: int) -> bool:
    """blocks[b] names a party to a contract on its cover, one of the names a line with
    only "and" ("与") stands between (or it is that line, the next name joined to it); a
    party may be numbered in brackets ("(1)  CHENGFENG LOGISTICS LIMITED")."""
    t = blocks[b].text.strip()
    if PARTIES_AND.fullmatch(t):
        return True
    nb = numbering(t)
    if nb is not None and not (nb.kind == "paren" and organisation(t[nb.length:].strip(), blocks[b].lang)):
        return False
    # (The lines right above and below it in the file, or a blank line away, whatever blocks of the other
    # language stand between.)
    near = [x for x in blocks[max(0, b - 3):b + 4] if x.lang == blocks[b].lang and 1 <= abs(x.line - blocks[b].line) <= 2]
    return any(PARTIES_AND.fullmatch(x.text.strip()) for x in near)


def _over_example(blocks: tuple[Block, ...] | list[Block], b: int) -> bool:
    """The next block of the language of blocks[b] is an example set in under it (see read.set_in_examples)."""
    lang = blocks[b].lang
    nxt = next((x for x in blocks[b + 1:] if x.lang == lang), None)
    return nxt is not None and nxt.kind == "para" and nxt.outlined and not nxt.markdown


def _label_not_heading(label: str, line: str, lang: str) -> bool:
    if NOTES_LABEL.match(label.strip()) or NUMBERED_NOTE.fullmatch(label.strip()):
        return True  # "注释：" over its list, "Source: Municipal Bureau of Statistics.", "註一：…", "Note 1: …" annotate, not head
    if (_segment()._lead_in(label, "zh") if lang == "zh" else EN_LEAD_IN.search(label)) or scope_frame(label, lang) or speech_lead(label, lang):
        return True  # "本會經費來源如下：", "The income comes from:", "In this License:", "As one parent put it:"
    if rematch.search(r"[，,]", label) and (rematch.search(r"閣下|阁下|您|你|我們|我们|本公司", label) if lang == "zh" else _segment()._lead_in(label, "en")):
        return True  # "根據條例，閣下有權：", "Under the Ordinance, you have the right to:" say who may do what: a sentence
    if lang == "zh" and len(label) >= 10 and rematch.search(r"的.{1,24}?(?:位于|位於|存放在|保存在|分为|分為|包括|包含|如下)", label):
        return True  # "DataSync 的配置文件位于 /etc/qlsync 目录：" over its table states a fact
    if re.match(re.escape(label) + r"\s*[:：]\n", line):
        return True  # "使用 pip 安装：" over the command it introduces (see read.with_code_lines)
    if "\n" not in line and line.rstrip().endswith(("；", ";")):
        return True  # "1. 相机：用于拍摄并上传检查报告；", "(a) Camera: to photograph …;": a clause of a list that goes on
    colon = rematch.search(r"[:：]", line)
    # A second label after a full stop, unless it leads into a list ("…。我们执行的主要审计程序包括：…").
    second = [m for m in LABEL_AFTER_STOP.finditer(line, colon.end() if colon else 0)
              if not (_segment()._lead_in(m.group(1), "zh") if lang == "zh" else EN_LEAD_IN.search(m.group(1)))]
    # (Colons after lead-ins, "…的行為包括：", list nothing of their own.)
    said = [m.group(1) for m in rematch.finditer(r"(?:^|[。！？；;，,\s\u3000]|[.!?]\s)\s*([^。！？；;，,:：\s\u3000]{0,30})(?:：|:\s)", line)]
    if sum(1 for x in said if not (_segment()._lead_in(x, "zh") if lang == "zh" else EN_LEAD_IN.search(x))) >= 3 or second:
        return True  # "电源：…；精度：…；尺寸：…", "蓝牙：用于连接设备。位置：…" list values
    rest = rematch.split(r"[:：]", line, maxsplit=1)[-1].strip()
    names = [x.strip() for x in rematch.split(r"[、；;]|,\s", rest.rstrip("。.")) if x.strip()]
    if len(names) >= 4 and sum(1 for x in names if organisation(x, lang)) * 2 >= len(names):
        return True  # "主要捐赠方：安澜环境科技股份有限公司、德源水务集团有限公司、…。": a list of names, no section
    if (rest and "\n" not in rest and not rematch.search(r"[。！？；!?;]|\.(?=\s|$)", rest) and len(label) <= 8 and not numbering(label)
            and not (rest.endswith(("：", ":")) and len(rest) >= 12)):
        # (Not a sentence that leads into the list under it: "收集目的：閣下…個人資料，將用作以下一項或多項用途：".)
        return True  # "事由：…工程臨時交通措施", "Subject: Temporary traffic measures …": a field and its value, no sentence
    if rematch.match(r"(?:是指|系指|指的是|是一种|是一種)|(?:means|refers to|is defined as)\b", rest):
        return True  # "口袋公园：是指……的小型公园", "Pocket park: means …": a term and its definition
    if rest and (len(rest) <= 15 if lang == "zh" else len(rest.split()) <= 6) and "\n" not in rest and not (
            numbering(label) and rest.endswith((":", "："))):
        # (Not a numbered label over a lead-in to its list: "（二）申请材料：申请时应当提交下列材料：".)
        return True  # "姓名：用於辨識身分。", "Name: used to identify you.": an item and its value
    words = label.split()
    if (lang == "en" and rest[:1].islower() and len(words) >= 2
            and any(w[:1].islower() and w not in _segment().EN_SMALL_WORDS for w in words[1:])
            and words[0].lower() not in EN_QUESTION_WORDS | {"your", "our"}):
        # (A label in title case names a part whatever case its text starts in: "Purposes of
        # Collection: to check guests in …", "Rights of the Data Subject: you have the right …";
        # so do a question and what is yours or ours: "Who we are: …", "Your rights: you may …".)
        return True  # "Family sharing: if you turn on …", "Personal information: any information …" gloss a term
    # (Not a sentence with commas that leads into a list: "Personal data … will be kept confidential,
    # but the Company may, for the purposes …, provide such data to the following parties:".)
    if rest and "\n" not in rest and rest.rstrip("\"”’'）)」』")[-1:] not in "。！？.!?:：" and len(rematch.findall(r"、|,\s", rest)) >= 2:
        return True  # "出席：梁嘉欣（主席）、何雨婷（司库）、…", "Present: Grace Liang (Chair), …" list names
    if lang != "en" or len(words) < 3 or words[0].lower() in EN_QUESTION_WORDS:
        return False  # "What information is collected:" asks; it heads its answer
    # "The screen stays blank: …", "Error E4 is displayed: …" state a fact; "The year in
    # review: …" and "A note on receipts: …" name what follows, with no verb.
    return (words[0].lower() in EN_DETERMINERS and _verb_after_noun(words)) or bool(EN_CLAUSE.search(label))


EN_MODALS = {"shall", "will", "must", "may", "can", "should", "would", "could", "has", "have", "had", "does", "do", "did"}


def _verb_after_noun(words: list[str]) -> bool:
    """A word in -s or -ed right after a noun ("The screen stays", "The light flashed"), or
    a word that says more than a noun phrase does ("The app cannot …")."""
    for prev, w in zip(words[1:], words[2:]):
        w, prev = w.lower().strip(",;"), prev.lower()
        if w in EN_MODALS or (rematch.fullmatch(r"[a-z]{2,}(?:[^s]s|ed)", w) and prev not in EN_DETERMINERS
                and prev not in _segment().EN_SMALL_WORDS and not prev.endswith(("ing", "ly"))):
            return True
    return False


# A second label after a full stop in the same paragraph ("…设备。位置：", "… devices. Location: ").
LABEL_AFTER_STOP = rx(r"(?:[。！？；]|[.!?;]\s)\s*([^\s。！？；.!?;:：，,][^。！？；.!?;:：，,]{0,24})(?:：|:\s)")


EN_QUESTION_WORDS = {"what", "how", "why", "when", "where", "who", "which", "whom", "whose"}


__all__ = ["PAGE_CONTENTS", "TOC_RE", "BARE_KIND", "DOCUMENT_KIND", "EN_KINDS", "numbering", "Number", "is_numbered", "bare_label", "is_bullet", "zh_number", "roman", "NUMBERINGS", "date_line", "never_heading",
           "scope_frame", "speech_lead", "split_joined", "parallel_runins", "zh_runin_runs", "zh_counted_runs", "counted_headings_in_english", "zh_numbered_runins", "list_items", "not_headings", "guarded"]
