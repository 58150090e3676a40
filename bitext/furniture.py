"""Page furniture: what a text copied from a printed page carries that is not the
document: page numbers ("— 5 —", "- 12 -", "Page 3 of 20", a bare "7") and the
running header or footer printed on every page (the title again, a chapter's
name, a code such as "T/LDFA 012—2024").

A page number is a line of its own in a run of such lines whose numbers go up,
pages apart; a running line is a line that comes back, word for word, beside
three or more of those page numbers, or with a different page code at its end
each time ("Cap. 718 - … Ordinance 1-2", "… 3-4", "… S1-2"). Nothing else is
touched: a number in a list or a table has neighbours, a heading said twice is
not beside page numbers, and "Article 12" numbers an article, not a page.

A text copied from a web page carries the page's own furniture too: the link
that skips to the content, the menu, the log-in links, the breadcrumb trail
("Help Centre > Legal > Terms of Use"), "Was this page helpful?", the links to
the previous and next articles ("上一篇：隐私政策"), the label over related links,
the row of links at the foot ("About | Careers | Privacy Policy"), "Follow us". Each has
a shape of its own; the short lines set with them, with no blank line between
(the site's name over its menu, the copyright under the links), go with them.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import replace

from .headings import ADDRESS_FIELD, CAP_NUMBER, DATE_TOKEN, DOCUMENT_KIND, TOC_ENTRY, date_line, numbering, street_address
from .text import display_width, ends_with_final_punct, han_count
from . import rematch
from .cache import rx

PAGE_NUMBER = rx(
    r"(?:[-—–－~·•]+\s*)?(?:第\s*)?(\d{1,4})(?:\s*[页頁])?(?:\s*[，,/／]?\s*共\s*\d{1,4}\s*[页頁]"
    r"(?:\s+(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?)?)?(?:\s*[-—–－~·•]+)?"
    r"|(?:page|p\.)\s*(\d{1,4})(?:\s*(?:of|/)\s*\d{1,4})?"
    r"|(\d{1,4})\s*/\s*\d{1,4}"
    r"|[-—–]\s*([ivxlc]{1,6})\s*[-—–]"
    r"|\d{1,2}[-–](\d{1,4})"  # (a manual's chapter and page: "7-1", "7-2")
    r"|(?:(?-i:[A-Z]{1,4})|[\u4e00-\u9fff]{1,4})\s?[-—–]\s?(\d{1,4})",  # (the document's short name and the page: "SO - 2", "常規 - 2")
    re.I)  # (in both languages on one line: "第 1 頁，共 5 頁　Page 1 of 5")
FURNITURE = ("page number", "running header", "web page navigation")  # what strip_furniture takes, in the names it gives
ROMAN_OR_NUMBER = rx(r"\d{1,4}|[ivxlc]{1,6}|[IVXLC]{1,6}")
MIN_RUN = 3  # page numbers in a row, going up
MIN_GAP = 6  # median lines between two of them: pages, not a list
NEAR = 3  # lines from a page number within which a running line stands
RIGHT_SET = 50  # columns a header set against the right margin stands in by (a centred heading, less)
TOP_LINES = 3  # the file's first lines, where a title stands, are never a running header


def _number(text: str) -> int | None:
    m = PAGE_NUMBER.fullmatch(text.strip())
    if not m:
        return None
    for g in m.groups()[:3] + m.groups()[4:]:
        if g:
            return int(g)
    roman = m.group(4).lower()
    vals = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    total = 0
    for a, b in zip(roman, roman[1:] + " "):
        total += -vals[a] if b != " " and vals[b] > vals[a] else vals[a]
    return total


def _alone(lines: list, k: int) -> bool:
    """Line k stands apart: a blank line (or the file's edge) on at least one side."""
    before = k == 0 or not lines[k - 1].text
    after = k + 1 == len(lines) or not lines[k + 1].text
    return before or after


def _apart(lines: list, k: int) -> bool:
    """Line k has a blank line (or the file's edge) on both sides."""
    return (k == 0 or not lines[k - 1].text) and (k + 1 == len(lines) or not lines[k + 1].text)


SPREAD_PAGE = rx(r"(?:第\s*(\d{1,4})\s*[页頁](?:\s*[，,／/]?\s*共\s*\d{1,4}\s*[页頁])?|\bPage\s+(\d{1,4})(?:\s+of\s+\d{1,4})?)$")


def page_numbers(lines: list) -> set[int]:
    """Indexes of the lines that number pages."""
    # A bare number must stand apart; "— 5 —", "5 / 18", "第 5 页", "Page 5" say what they are.
    found = [(k, n) for k, ln in enumerate(lines) if ln.text and (n := _number(ln.text)) is not None
             and (_alone(lines, k) or not ln.text.strip().isdigit())]
    # (Or at the right of a footer spread across the line, after the document's code and edition:
    # "HS-UM-EL32 版本 1.3          第 2 頁", "HS-UM-EL32 Rev. 1.3          Page 2".)
    found += [(k, int(m.group(1) or m.group(2))) for k, ln in enumerate(lines) if ln.text and ln.spread and _number(ln.text) is None
              and (m := SPREAD_PAGE.search(ln.text)) and m.start() > 0]
    found.sort()
    # Where pages are numbered in a style that says so ("- 3 -"), a number with a leading zero
    # right over a line ("01" over "安全注意事项") numbers the chapter that line names, not a page.
    if sum(1 for k, _ in found if not lines[k].text.strip().isdigit()) >= MIN_RUN:
        found = [(k, n) for k, n in found if not (rematch.fullmatch(r"0\d", lines[k].text.strip()) and k + 1 < len(lines)
                                                  and lines[k + 1].text)]
    out: set[int] = set()
    # (Page numbers in each language, one under the other — "第 3 页 共 7 页" over "Page 3 of 7" —
    # count up each in its own run.)
    for chinese in (False, True):
        run: list[tuple[int, int]] = []
        for item in [(k, n) for k, n in found if bool(rematch.search(r"[页頁]", lines[k].text)) == chinese] + [(-1, -1)]:
            if run and item[0] >= 0 and 0 < item[1] - run[-1][1] <= 3:
                run.append(item)
                continue
            if len(run) >= MIN_RUN:
                gaps = sorted(b[0] - a[0] for a, b in zip(run, run[1:]))
                if gaps[len(gaps) // 2] >= MIN_GAP:
                    out.update(k for k, _ in run)
            run = [item] if item[0] >= 0 else []
    return out


RUNNING_CHAPTER = rx(r"(\S.{3,40}?)\s*[|｜]\s*\S.{1,60}")
RUNNING_TAIL = 61  # the longest chapter's name a running header carries after the report's


def _body(text: str) -> bool:
    """A line of the page's text: long, or ending a sentence. A running line and its page's
    number have none between them ("【典型意义】" over a paragraph over "— 14 —" is the
    paragraph's label, however often it comes back)."""
    return len(text) > 40 or bool(rematch.search(r"[。！？.!?]$", text))


def _number_style(text: str) -> str:
    """A page number's style, its figures left out ("— # —", "Page # of #")."""
    return rematch.sub(r"\d+", "#", text.strip())


def running_lines(lines: list, numbers: set[int]) -> set[int]:
    """Indexes of the lines printed on every page beside its number."""
    near: dict[str, list[int]] = defaultdict(list)
    by: dict[str, set[int]] = defaultdict(set)  # the page numbers each line stands near
    # (A header of two lines, "BULLETIN OF THE STANDING COMMITTEE …  No. 1, 2024" over the
    # law's name: the first line, long as it is, is the page's furniture, not its text.)
    around = Counter(lines[k].text for p in numbers for k in range(max(0, p - NEAR), min(len(lines), p + NEAR + 1))
                     if k not in numbers and lines[k].text and len(lines[k].text) <= 100)
    for p in sorted(numbers):
        for k in range(max(0, p - NEAR), min(len(lines), p + NEAR + 1)):
            t = lines[k].text
            if (k not in numbers and t and len(t) <= 100
                    and not any(_body(lines[j].text) and around[lines[j].text] < MIN_RUN for j in range(min(k, p) + 1, max(k, p)))):
                near[t].append(k)
                by[t].add(p)
    out: set[int] = set()
    covers: set[int] = set()
    # A header that names the report, then the chapter the page is in: "2023 Sustainability
    # Report | Environmental Protection", "2023年可持续发展报告 | 环境保护".
    by_report: dict[str, list[int]] = defaultdict(list)
    for t, ks in near.items():
        m = RUNNING_CHAPTER.fullmatch(t)
        if m:
            by_report[m.group(1)] += ks
    # Or with no mark between them, set apart by spaces the copy collapsed: the lines near the
    # page numbers that start alike and end in a chapter's name ("BlueMist 数据采集网关 用户手册
    # 第二章 安装", "… 第三章 配置").
    # (The longest start they share: not "2023 Sustainability", which the cover's title
    # "2023 Sustainability Report" shares with "2023 Sustainability Report 环境保护".)
    # (Or the chapter first and the report's name at the end, as a book sets the headers of its odd
    # pages: "第一章 安全须知 潮衡 CH-680 使用说明书", "第二章 产品概述 潮衡 CH-680 使用说明书": by_end.)
    by_start: dict[str, list[int]] = defaultdict(list)
    by_end: dict[str, list[int]] = defaultdict(list)
    longer: dict[str, set[str]] = defaultdict(set)  # a start, and the starts one word longer
    for t, ks in near.items():
        words = t.split(" ")
        if rematch.search(r"[。！？.!?;；:：,，]$", t):
            continue
        for i in range(1, len(words)):
            head, tail = " ".join(words[:i]), " ".join(words[i:])
            if len(head) >= 10 and len(t) - len(head) <= RUNNING_TAIL:
                by_start[head] += ks
                if i + 1 < len(words):
                    longer[head].add(" ".join(words[:i + 1]))
            if len(tail) >= 10 and len(t) - len(tail) <= RUNNING_TAIL:
                by_end[tail] += ks

    def runs(ks: list[int]) -> bool:
        # (Two texts of which one starts the other are one header and a heading broken over
        # two lines, "Chapter 1 … of the Province" over "in 2023", not two chapters' headers.)
        texts = {lines[k].text for k in ks}
        return len(set(ks)) >= MIN_RUN and sum(1 for t in texts if not any(u.startswith(t + " ") for u in texts)) >= 2

    names: set[str] = set()  # the report's name, which such headers start with
    for head, ks in by_start.items():
        if not runs(ks):
            continue
        # (A longer start that runs too names the report better, unless this one also
        # starts other headers: "… User Guide Chapter 3 …" and "… User Guide Appendix 1 …".)
        named = {h2 for h2 in longer[head] if runs(by_start[h2])}
        longer_ks = {k for h2 in named for k in by_start[h2]}
        if not named or any(k not in longer_ks and lines[k].text not in named and not _apart(lines, k) for k in ks):
            by_report[head] += ks
            names.add(head)
    # (At the top of the file, or of its second half, a line said once that starts like the
    # headers, with no mark between the report's name and the rest, is the title: "Binwan
    # Commercial Bank Personal Information Protection Policy" beside "Binwan Commercial Bank |
    # Personal Information Protection Policy (2024)".)
    first = [k for k, ln in enumerate(lines) if ln.text][:TOP_LINES] + _half_starts(lines, numbers)
    said = Counter(ln.text for ln in lines)
    for head, ks in by_report.items():
        if runs(ks):
            out.update(k for k in ks if k not in first or said[lines[k].text] > 1 or RUNNING_CHAPTER.fullmatch(lines[k].text))
    for tail, ks in by_end.items():
        # (Spread across the line, the name set against the margin: not headings that end alike,
        # "Chapter II Sessions of the Municipal People's Congress" near a page's number.)
        if len(set(ks)) >= MIN_RUN and len({lines[k].text for k in ks}) >= MIN_RUN and all(lines[k].spread for k in ks):
            out.update(k for k in ks if k not in first)
    # A header set against the right margin names the chapter the page is in, and changes
    # with it ("關於本報告" / "ABOUT THIS REPORT" over the page after "4"): such lines beside
    # three or more page numbers are headers, whatever they say.
    # (Over the next page's text, after the number: what is set right before it is the page's
    # own end, a signature and its date.)
    right = {p: [k for k in range(p + 1, min(len(lines), p + NEAR + 1)) if k not in numbers and lines[k].text
                 and lines[k].lead >= RIGHT_SET and display_width(lines[k].text) <= 40
                 and not any(_body(lines[j].text) for j in range(min(k, p) + 1, max(k, p)))] for p in numbers}
    # (Only where they stand: the same words elsewhere are the chapter's own heading.)
    right_set = {k for ks in right.values() for k in ks} if sum(1 for ks in right.values() if ks) >= MIN_RUN else set()
    # (A short document's pages: a header over every page but the first or the last, on two
    # pages of three, "澄湾市对外贸易发展年度报告（2023）" after "— 1 —" and "— 2 —".)
    # (Counted among the numbers of their own style: a document and its translation printed one after
    # the other number their pages apart, "— 1 —" to "— 6 —", then "Page 1 of 3" to "Page 3 of 3".)
    styles = Counter(_number_style(lines[p].text) for p in numbers)

    def needed(t: str) -> int:
        count = max((styles[_number_style(lines[p].text)] for p in by[t]), default=len(numbers))
        return MIN_RUN if count > MIN_RUN else max(2, count - 1)
    # (A header spread across the line, "嵐灣市法規彙編（第十二輯）          教育文化類", may stand
    # beside two numbers only, and at the top of the first page, which has none.)
    spread = Counter(ln.text for k, ln in enumerate(lines) if ln.spread and _alone(lines, k))
    # (A chapter's name counts in any case: "MANAGEMENT DISCUSSION AND ANALYSIS" over its first page,
    # "Management Discussion and Analysis" over the next two; see _chapter_openings for the first.)
    cased: dict[str, set[int]] = defaultdict(set)
    for t, ks in near.items():
        cased[t.casefold()].update(ks)
    for t, ks in near.items():
        ks = sorted(cased[t.casefold()])
        if (len(ks) >= needed(t) and (len(ks) >= MIN_RUN or all(_alone(lines, k) for k in ks))) or (len(ks) >= 2 and spread[t] >= MIN_RUN):
            out.update(ks)
            # The first, set apart on both sides where the headers run on into their page's
            # text, is the title on a cover (the second half's, after the first half's last page).
            if _apart(lines, ks[0]) and not any(_apart(lines, k) for k in ks[1:]):
                covers.add(ks[0])
            # So is the first at the top of the second half, set further in than all the
            # others: the translation's cover, centred under the first half's last footer.
            if ks[0] in first and len(ks) > 1 and lines[ks[0]].lead > max(lines[k].lead for k in ks[1:]):
                covers.add(ks[0])
    # The same line standing apart elsewhere is the header of a page without a number
    # (the contents' page, numbered in another style), except among the first lines
    # of the file, where a title would stand.
    running = {lines[k].text for k in out}
    # (At the top of a half, only where it is spread as the headers are: the same words centred there,
    # "Qinghe … Annual Report 2023" under the foundation's name, are the cover's title.)
    out |= {k for k, ln in enumerate(lines) if ln.text in running and (k not in first or (spread[ln.text] >= 2 and ln.spread))
            and _alone(lines, k)}
    # (So is the name alone where the headers set it against the language of the half they head,
    # "StarScale WMS V4.2 User Manual          English": over the contents, the half's first page.)
    tagged = {m.group(1) for k in out if lines[k].spread
              and (m := rematch.fullmatch(r"(.{10,}?) (?:English|Chinese|English Version|Chinese Version|中文版?|英文版?)", lines[k].text))}
    out |= {k for k, ln in enumerate(lines) if ln.text in tagged and _alone(lines, k) and not _apart(lines, k)}
    # The report's name alone heads the pages before the first chapter (the copyright's
    # page, the contents), unless set apart on both sides: the cover's title.
    # (Or over a header's second line: "云岫数据平台 V5.2" over "服务器安装指南".)
    out |= {k for k, ln in enumerate(lines) if ln.text in names and k not in first and (_alone(lines, k) or k + 1 in out)
            and not _apart(lines, k)}
    # So does the name with the part it heads, on pages without a number ("青岚数据同步服务
    # 管理员手册　目录" over the contents, "… 前言" over the preface).
    # (Not a longer name the headers start with, "StackVault 8 User Guide" after "StackVault 8":
    # set apart, that is the cover's title.)
    heads = {lines[k].text for k in out}
    out |= {k for k, ln in enumerate(lines) if k not in first and _alone(lines, k)
            and any(ln.text.startswith(n + " ") and len(ln.text) - len(n) <= RUNNING_TAIL for n in names)
            and not rematch.search(r"[。！？.!?;；:：,，]$", ln.text) and not any(h.startswith(ln.text + " ") for h in heads)}
    return (out | _repeated_headings(lines, numbers) | right_set) - covers


def _half_starts(lines: list, numbers: set[int], run: int = 8) -> list[int]:
    """The first lines of a document's second half, printed after its first in another
    language: where a title stands, as at the top of the file ("Binwan Commercial Bank
    Personal Information Protection Policy" over the English pages, beside headers that
    start alike). The first of `run` lines or more in one language after as many in the other."""
    said = [(k, han_count(ln.text) > 0) for k, ln in enumerate(lines)
            if ln.text and k not in numbers and (han_count(ln.text) or rematch.search(r"[A-Za-z]{2,}", ln.text))]
    out: list[int] = []
    for n in range(run, len(said) - run + 1):
        zh = said[n][1]
        if said[n - 1][1] != zh and all(z != zh for _, z in said[n - run:n]) and all(z == zh for _, z in said[n:n + run]):
            out += [k for k, _ in said[n:n + TOP_LINES]]
    return out


def _repeated_headings(lines: list, numbers: set[int]) -> set[int]:
    """A page's header that repeats its chapter's heading in capitals ("PRESIDENT'S MESSAGE"
    over the second page of "President's Message"): beside the page's number, the words of
    a line that stands alone earlier, away from any page number, not in capitals. (The same
    words as written may be the heading said again: "附录" over a second appendix.)"""
    def key(t: str) -> str:
        return " ".join(t.casefold().split())

    near: set[int] = set()
    for p in numbers:
        near.update(k for k in range(max(0, p - NEAR), min(len(lines), p + NEAR + 1))
                    if k not in numbers and lines[k].text and len(lines[k].text) <= 60 and _alone(lines, k)
                    and not any(_body(lines[j].text) for j in range(min(k, p) + 1, max(k, p))))
    seen: set[str] = set()
    out: set[int] = set()
    for k, ln in enumerate(lines):
        if k in near and key(ln.text) in seen and ln.text.isupper():
            out.add(k)
        elif k not in near and ln.text and len(ln.text) <= 60 and _apart(lines, k) and not _body(ln.text) and not ln.text.isupper():
            seen.add(key(ln.text))
    return out


# A contents entry with its page first: "  10    管理層討論及分析".
PAGE_FIRST_ENTRY = rx(r"(\d{1,4})\s+(\S.{0,40})")


def contents_names(lines: list) -> dict[str, int]:
    """The names a contents list gives, and where each stands: an entry's name before its dot
    leaders and page ("第一章 总则……3"), or after its page, in a run of three or more entries whose
    pages go up ("2    公司資料" / "4    財務摘要" / "6    主席報告書")."""
    listed: dict[str, int] = {}
    run: list[tuple[int, int, str]] = []

    def flush() -> None:
        if len(run) >= 3:
            for k, _, name in run:
                listed.setdefault(name, k)
        run.clear()

    for k, ln in enumerate(lines):
        m = TOC_ENTRY.search(ln.text)
        if m:
            listed.setdefault(ln.text[:m.start()].strip(), k)
        e = PAGE_FIRST_ENTRY.fullmatch(ln.text.strip())
        if e and not rematch.search(r"[。！？；.!?;:：，,]$", e.group(2)) and (not run or int(e.group(1)) > run[-1][1]):
            run.append((k, int(e.group(1)), e.group(2).strip()))
        else:
            flush()
            if e:
                run.append((k, int(e.group(1)), e.group(2).strip()))
    flush()
    return listed


def _chapter_openings(lines: list, running: set[int]) -> set[int]:
    """A chapter's heading that its pages repeat as their header ("第一章　大气环境质量" at the
    top of the chapter's first page, then over the pages after it; "附　录", "About This Report"):
    the first is the heading, where a contents list before it names the chapter and no other
    line before it says it."""
    # (Whatever its case: "CHAIRMAN'S STATEMENT" over the chapter's first page says it before "Chairman's
    # Statement" over the next.)
    first_at: dict[str, int] = {}
    for k, ln in enumerate(lines):
        first_at.setdefault(ln.text.casefold(), k)
    listed = {name.casefold(): k for name, k in reversed(contents_names(lines).items())}  # an entry's name, and where it stands
    chapters = {lines[k].text for k in running if CHAPTER_LINE.match(lines[k].text) or lines[k].text.casefold() in listed}
    openings = set()
    for t in chapters:
        first_k = min(k for k in running if lines[k].text == t)
        if listed.get(t.casefold(), first_k) < first_k and first_at[t.casefold()] == first_k:
            openings.add(first_k)
    return openings


# A chapter's (or part's) number and name: "第一章　大气环境质量", "Chapter 1 Ambient Air Quality", "Part II Programmes".
CHAPTER_LINE = rx(r"(?:第\s*[一二三四五六七八九十\d]+\s*[章编編部]|(?:chapter|part)\s+(?:\d{1,2}|[IVX]{1,5})\b)(?!\s*[—–-])\s*\S",
                          re.I)  # (not "第1部—第3條", a running section name)


# What numbers a part of the document, not a page ("Article 12", "第 3 章", "Table 1-2").
LABEL_END = rx(r"(?:[章条條节節款部编編附表图圖]|\b(?:article|section|part|chapter|schedule|annex|appendix|rule|clause|item"
                       r"|table|figure|box|step|phase|version|no\.?|cap\.?|page))$", re.I)
# A running line that carries its page's code at its end: "Cap. 718 - … Ordinance 3-4", "… S1-2".
# (The number may stand between dashes: "LIAM Annual Report 2023 - 1 -", "…｜Annual Report 2023　－5－".)
# (A front matter's pages are numbered in small Roman numerals: "… Co., Ltd.    ii".)
PAGE_CODE = rx(r"(.{4,120}?)\s+(?:[-—–－]\s*(?=\d{1,4}\s*[-—–－]$))?([A-Z]{0,2}\d{1,4}(?:[-–]\d{1,4})?|[ivx]{1,5})(?:\s*[-—–－])?")


PAGE_CODE_FIRST = rx(r"(\d{1,4})\s+(\S.{4,79})")
# Or between two parts of a footer that say the same on every page: "Last updated date: 1.7.2024
# C-1 Verified Copy", "最後更新日期: 1.7.2024 C-2 經核證文本".
PAGE_CODE_MID = rx(r"(\S.{8,79}?)\s+([A-Z]{1,2}[-–]\d{1,4}|[A-Z]{0,2}\d{1,4}[-–]\d{1,4})\s+(\S.{1,40})")


# A footer that ends with its page of the document's pages: "TS-MSA-4.2 (03/2024)  CONFIDENTIAL  Page 1 of 25",
# "TS-MSA-4.2-ZH  保密  第 14 页 共 25 页".
# (The page's number may be said in both languages: "…    第 2 页 共 17 页  Page 2 of 17".)
PAGE_OF_FOOTER = rx(r"(\S.{8,79}?)\s+(?:(?:第\s*\d{1,4}\s*[页頁]\s*[，,/／]?\s*共\s*\d{1,4}\s*[页頁]\s*[|｜/]?\s*)?"
                            r"(?:page|p\.)\s*(\d{1,4})\s*(?:of|/)\s*\d{1,4}"
                            r"|第\s*(\d{1,4})\s*[页頁]\s*[，,/／]?\s*共\s*\d{1,4}\s*[页頁](?:\s*[|｜/]?\s*(?:page|p\.)\s*\d{1,4}\s*(?:of|/)\s*\d{1,4})?)", re.I)


def coded_lines(lines: list) -> set[int]:
    """Indexes of lines that repeat, word for word but for a page code at their end
    (or a page number at their start, or a page code between two parts), three or more
    times with different codes: a header or footer that numbers its pages."""
    by_text: dict[tuple[str, bool], list[tuple[int, str]]] = defaultdict(list)
    paged: dict[str, list[tuple[int, str]]] = defaultdict(list)  # "Revision 3.4-r2    Page 7"
    for k, ln in enumerate(lines):
        m = PAGE_CODE.fullmatch(ln.text) if ln.text else None
        if ln.text and _alone(lines, k) and (f := PAGE_OF_FOOTER.fullmatch(ln.text.strip())):
            paged[f.group(1)].append((k, f.group(2) or f.group(3)))  # "TS-MSA-4.2 … CONFIDENTIAL    Page 1 of 25"
        elif m and display_width(m.group(1)) >= 10 and not LABEL_END.search(m.group(1)):
            by_text[(m.group(1), False)].append((k, m.group(2)))  # (by its width: "二零二三年年報　　3" too)
        elif m and len(m.group(1)) >= 10 and rematch.search(r"\S\s+(?:page|p\.)$", m.group(1), re.I) and m.group(2).isdigit() and _alone(lines, k):
            paged[m.group(1)].append((k, m.group(2)))
        m = PAGE_CODE_FIRST.fullmatch(ln.text) if ln.text else None
        if m and display_width(m.group(2)) >= 10:
            by_text[(m.group(2), True)].append((k, m.group(1)))  # "4    Report on … 2024" on an even page
        m = PAGE_CODE_MID.fullmatch(ln.text) if ln.text else None
        if m and not LABEL_END.search(m.group(1)):
            by_text[(m.group(1) + "\n" + m.group(3), False)].append((k, m.group(2)))
    out = {k for found in by_text.values() if len({c for _, c in found}) >= MIN_RUN for k, _ in found}
    # A footer that says "Page" before its number ("Revision 3.4-r2    Page 7"), not a
    # mention of a page in the text: set apart, its numbers going up one by one.
    for found in paged.values():
        nums = [int(c) for _, c in found]
        if len(found) >= MIN_RUN and sum(1 for a, b in zip(nums, nums[1:]) if b == a + 1) >= len(nums) // 2:
            out.update(k for k, _ in found)
    return out


GAZETTE_PAGE = rx(r"([A-Z]{1,2})(\d{3,5})")


def gazette_pages(lines: list) -> tuple[set[int], set[int]]:
    """A gazette's page code alone under a block of lines that opens alike on each page
    (the notice's number, the regulation's name, then the part and section the page is in,
    "B3023"): (the codes, the block's other lines). Three or more such blocks, their codes
    going up."""
    by_first: dict[tuple[str, str], list[tuple[range, int, int]]] = defaultdict(list)
    for block in _blocks(lines):
        if len(block) < 3 or len(block) > 8:
            continue
        # The code alone on the block's last line, or at the end of one of its lines
        # ("第2部                …                A1049"), or alone under the notice's number
        # ("L.N. 57 of 2024" / "B1240" / the regulation's name / "Part 1" / "Section 1").
        at = block[-1] if GAZETTE_PAGE.fullmatch(lines[block[-1]].text.strip()) else next(
            (i for i in block[1:] if GAZETTE_CODE_END.search(lines[i].text) or GAZETTE_PAGE.fullmatch(lines[i].text.strip())), None)
        if at is not None:
            m = GAZETTE_PAGE.fullmatch(lines[at].text.strip()) or GAZETTE_CODE_END.search(lines[at].text)
            by_first[(lines[block[0]].text, m.group(1))].append((block, at, int(m.group(2))))
    numbers: set[int] = set()
    running: set[int] = set()
    for items in by_first.values():
        codes = [n for _, _, n in items]
        if len(items) >= MIN_RUN and all(a < b for a, b in zip(codes, codes[1:])):
            for block, at, _ in items:
                numbers.add(at)
                running.update(i for i in block if i != at)
    # (Or with no blank line between the header and the text around it: the notice's number over the
    # code, the regulation's name under it, "…流動圖書館及自助圖書站；" / "2024年第31號市政公告" / "M407" /
    # "金沙市公共圖書館附例" / "第2條".)
    by_above: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for k in range(1, len(lines)):
        m = GAZETTE_PAGE.fullmatch(lines[k].text.strip())
        if m and k not in numbers and lines[k - 1].text:
            by_above[(lines[k - 1].text, m.group(1))].append((k, int(m.group(2))))
    for items in by_above.values():
        if len(items) >= MIN_RUN and all(a[1] < b[1] for a, b in zip(items, items[1:])):
            under = Counter(lines[k + 1].text for k, _ in items if k + 1 < len(lines))
            for k, _ in items:
                numbers.add(k)
                running.add(k - 1)
                if k + 1 < len(lines) and lines[k + 1].text and under[lines[k + 1].text] >= MIN_RUN:
                    running.add(k + 1)
    return numbers, running


# Where a page is in a law, as its header names it: "Part 2—Division 1", "Section 5", "第2部——第1分部", "第5條".
# (Or its schedule: "Schedule", "附表 2".)
LOCATOR = rx(r"(?:Part|Division|Section)\s+\d{1,3}[A-Z]?(?:\s*[—–-]{1,2}\s*(?:Division|Section)\s+\d{1,3}[A-Z]?)*"
             r"|第\s*\d{1,3}[A-Z]?\s*(?:部|分部|條|条)(?:\s*[—–-]{1,2}\s*第\s*\d{1,3}[A-Z]?\s*(?:分部|條|条))*"
             r"|(?:Schedule|附表)(?:\s*\d{1,2}[A-Z]?)?")


def _locators(lines: list, taken: set[int]) -> set[int]:
    """The part and the section a page is in, under the page's header ("A1351" / "" / "Part 1" /
    "Section 2", "金沙市公共圖書館附例" / "第2條"): one to three locators and nothing else, right
    under a line taken as the page's furniture or a blank line below it, a blank line under them."""
    out: set[int] = set()
    for k in sorted(taken):
        j = k + 1
        if j < len(lines) and not lines[j].text:
            j += 1
        first = j
        while j < len(lines) and j not in taken and lines[j].text and LOCATOR.fullmatch(lines[j].text.strip()):
            j += 1
        if 1 <= j - first <= 3 and (j == len(lines) or not lines[j].text):
            out.update(range(first, j))
    return out


# An ordinance's page code: its part and page ("2-3"), or its schedule's ("S1-2").
ORDINANCE_PAGE = rx(r"(S?)(\d{1,3})-(\d{1,3})")


def stacked_ordinance_pages(lines: list) -> tuple[set[int], set[int]]:
    """An ordinance's pages as a legislation database prints them with each item of the
    header on a line of its own: the title, the part and the section the page is in, the
    chapter of the laws ("Cap. 688", "第688章") and the page's code last ("2-3"), a footer
    with the date it was last updated over the next page's header. Three or more such
    blocks with the same chapter line, their codes going up: (the codes, the rest)."""
    # (Or with the page's code between the footer and the next page's header, the chapter at the
    # end of the line that names the part and the section: "Last updated date" / "1.3.2025" /
    # "最後更新日期" / "1.3.2025" / "2-2" / the title in each language / "Part 2 — Section 5   Cap. 681" /
    # "第2部 — 第5條   第681章".)
    by_cap: dict[str, list[tuple[range, int, tuple[int, int, int]]]] = defaultdict(list)
    for block in _blocks(lines):
        if not 3 <= len(block) <= 10:
            continue
        coded = [(i, m) for i in block if (m := ORDINANCE_PAGE.fullmatch(lines[i].text.strip()))]
        cap = next((c.group(0) for i in block if (c := CAP_NUMBER.fullmatch(lines[i].text.strip()) or CAP_AT_END.search(lines[i].text))), None)
        if len(coded) == 1 and cap:
            (at, m), = coded
            by_cap[" ".join(cap.split())].append((block, at, (int(bool(m.group(1))), int(m.group(2)), int(m.group(3)))))
    numbers: set[int] = set()
    running: set[int] = set()
    for items in by_cap.values():
        codes = [c for _, _, c in items]
        if len(items) >= MIN_RUN and all(a < b for a, b in zip(codes, codes[1:])):
            for block, at, _ in items:
                numbers.add(at)
                running.update(i for i in block if i != at)
    return numbers, running


def ordinance_pages(lines: list) -> set[int]:
    """An ordinance's pages as a legislation database prints them: over each page, its title
    and chapter spread across one line ("Heritage Trees (Protection) Ordinance    Cap. 652"),
    the part the page is in and the page's number across the next ("Part 1        1-2")."""
    titles = Counter(ln.text for ln in lines if ln.spread and CAP_END.search(ln.text))
    # (The part may stand on a line of its own between them, over the section and the page:
    # "Part 2" / "Section 5        2-2".)
    paged = {i for k, ln in enumerate(lines[:-1]) if titles[ln.text] >= MIN_RUN
             for n in (1, 2) if k + n < len(lines) and lines[k + n].spread and PART_PAGE_END.search(lines[k + n].text)
             and all(lines[j].text and len(lines[j].text) <= 40 for j in range(k + 1, k + n))
             for i in range(k, k + n + 1)}
    # (The first page's header too, over the contents, where the page has no number.)
    return paged | {k for k, ln in enumerate(lines) if paged and ln.spread and titles[ln.text] >= MIN_RUN}


CAP_END = rx(rf"\S\s+(?:{CAP_NUMBER.pattern})$", re.I)
CAP_AT_END = rx(rf"(?<=\S\s)\s*(?:{CAP_NUMBER.pattern})$", re.I)
PART_PAGE_END = rx(r"\S\s+\d{1,3}-\d{1,3}$")

# A gazette's page code at the end of a header's line.
GAZETTE_CODE_END = rx(r"\S\s+([A-Z]{1,2})(\d{3,5})$")


def _blocks(lines: list):
    """The runs of lines with no blank line between them, as ranges of indexes."""
    k = 0
    while k < len(lines):
        if not lines[k].text:
            k += 1
            continue
        j = k
        while j < len(lines) and lines[j].text:
            j += 1
        yield range(k, j)
        k = j


def _with_the_rest(lines: list, taken: set[int]) -> set[int]:
    """The other short lines of a few lines with no blank between, half or more of
    them taken: the page's running section name beside its footer ("第1部—第3條" under
    "第 718 章 - 《離島文物徑條例》 1-2"). Not a chapter's heading that opens the next page
    right under the page's number ("— 12 —" over "第五章　典型案例"), nor a part the contents
    list names, the first time it stands alone (after that, it is the chapter's header)."""
    # (Whatever its case: "CHAIRMAN'S STATEMENT" opens the chapter the contents list as "Chairman's Statement".)
    listed = {name.casefold() for name in contents_names(lines)}
    alone_at: dict[str, int] = {}  # where a line's text first stands alone
    first_at: dict[str, int] = {}  # and where it first stands, in any case
    for k, ln in enumerate(lines):
        if ln.text and ln.text.casefold() not in alone_at and _alone(lines, k):
            alone_at[ln.text.casefold()] = k
        first_at.setdefault(ln.text.casefold(), k)
    seen: dict[str, int] = defaultdict(int)
    for ln in lines:
        seen[ln.text] += 1

    def heading(t: str) -> bool:
        """A numbered heading said once, its title after its number ("五、標誌及商標註冊"
        right under a page's header): the page's first line, not its running name."""
        nb = numbering(t)
        rest = t[nb.length:].strip(" —–-－") if nb is not None else ""  # (not "Part 1—Section 2", a part and its section)
        return nb is not None and seen[t] == 1 and len(rest) >= 2 and numbering(rest) is None

    def script(t: str) -> str:
        h, latin = han_count(t) > 0, bool(rematch.search(r"[A-Za-z]{2,}", t))
        return "both" if h and latin else "han" if h else "latin" if latin else "none"

    def parts(block: range) -> list[range]:
        """The block, and where a page's text runs on into the next page's header with no blank
        line between (a page break that was a form feed), the header's lines after the text."""
        first = next((i for i in block if i in taken), None)
        if first is None or first == block[0] or rematch.search(r"[。！？；.!?;:：,，]$", lines[first].text):
            return [block]
        return [block, range(first, block[-1] + 1)]

    found: list[set[int]] = []  # what each block with furniture in it adds
    for block in (b for whole in _blocks(lines) for b in parts(whole)):
        if len(block) <= 6 and 2 * sum(1 for i in block if i in taken) >= len(block):
            out: set[int] = set()
            # (A line in the other script than all the furniture beside it starts the other language's
            # half: "专利独占许可协议" right under "CONFIDENTIAL    Page 8 of 13".)
            scripts = {script(lines[i].text) for i in block if i in taken} - {"none"}  # ("— 12 —" is in neither)
            # (A longer one in both languages where it comes back on other pages: "2 安装与初始化 |
            # Installation and Initialization".)
            out.update(i for i in block if i not in taken
                       and len(lines[i].text) <= (60 if seen[lines[i].text] >= 2 and rematch.search(r"\s[|｜]\s", lines[i].text) else 30)
                       and not (scripts in ({"han"}, {"latin"}) and script(lines[i].text) in ({"han", "latin"} - scripts))
                       and not rematch.search(r"[。！？；.!?;:：]$", lines[i].text) and not heading(lines[i].text)
                       and not ((CHAPTER_LINE.match(lines[i].text) or lines[i].text.casefold() in listed)
                                and alone_at.get(lines[i].text.casefold(), i) >= i and not _bare_last(lines, i, block)
                                # (set in capitals over its first page, the chapter's name in its own case heads the pages after)
                                and lines[first_at[lines[i].text.casefold()]].text in (lines[i].text, "")))
            found.append(out)
    # (Beside a few pages' numbers of many, a line is that page's own: the title of a regulation right
    # under the number of its promulgation order's page, "— 1 —" over "城市地下综合管廊运行安全条例", a
    # section's heading opening the next page, "— 9 —" over "第三节　巡检与监测".)
    def own(t: str) -> bool:
        """A heading's shape: a numbered part's, or a Chinese title that names a kind of document."""
        nb = numbering(t)
        return not rematch.search(r"\s[|｜]\s", t) and ((nb is not None and nb.kind != "list" and len(t) > nb.length + 1)
                                                    or bool(han_count(t) and DOCUMENT_KIND["zh"].search(t)))

    rare = len(found) >= MIN_RUN and 4 * sum(1 for f in found if f) <= len(found)
    return {i for f in found for i in f if not (rare and seen[lines[i].text] == 1 and own(lines[i].text))}


def _bare_last(lines: list, i: int, block: list[int]) -> bool:
    """lines[i] is a part's or a section's number with no title ("Part 4", "第14條"), the last of
    the page's header lines, a blank line under it: where the page is, not a heading, which
    has its title beside it or on the next line."""
    nb = numbering(lines[i].text)
    return (nb is not None and not lines[i].text[nb.length:].strip(" —–-－") and i == block[-1]
            and (i + 1 >= len(lines) or not lines[i + 1].text))


# An app screen's link back ("‹ 返回", "< Back", "← 返回上一页").
BACK_LINK = rx(r"[‹<←«〈＜]\s*(?:返回(?:上一[页頁级級])?|back|go back)", re.I)
# A row of three or more buttons in brackets ("[列印本頁] [分享] [下載 PDF] [中英對照 / Bilingual]").
BUTTON_ROW = rx(r"(?:[【\[][^【】\[\]\d]{1,24}[】\]]\s*){3,}")
# Or in words, with the link to the page's top ("回上一頁｜回頁首", "Back | Top", "返回顶部"), in both
# languages too ("回上頁 Back ｜ 回頁首 Top").
_TOP_LINK = r"(?:(?:回|返回)上一?[页頁]|(?:回|返回)[页頁]首|(?:回到|返回)[顶頂]部|back(?: to top)?|top|go back)"
TOP_LINKS = rx(rf"{_TOP_LINK}(?:\s*(?:[|｜/／]\s*)?{_TOP_LINK})*", re.I)  # ("回上一頁回頁首", "Back Top" run together)
SKIP_LINK = rx(r"skip (?:to (?:the )?(?:main )?content|navigation)|跳(?:转|轉)?(?:至|到|过|過)(?:主要|主)?(?:內容|内容|導覽|导航)(?:區塊|区块)?", re.I)
# A page's links to share it: "分享到：微信 微博 QQ空间", "Share: WeChat Weibo".
SHARE_WORD = r"(?:分享到|分享至|分享|share(?: this(?: page| article)?)?(?: on| to)?)\s*[:：]"
SHARE = rx(SHARE_WORD + r"\s*\S+(?:\s+\S+){0,5}", re.I)
# A site's search box: "请输入关键词　搜索", "Search".
SEARCH_BOX = rx(r"(?:请输入(?:关键词|关键字|搜索内容)|請輸入(?:關鍵詞|關鍵字)|enter (?:a )?(?:keyword|search term)s?|關鍵字|关键字|關鍵詞|关键词|keyword)?"
                        r"\s*(?:搜索|搜尋|检索|檢索|search)"
                        r"(?:\s*[:：]\s*(?:(?:进阶|進階|高级|高級)(?:搜索|搜尋|检索|檢索|查詢|查询)|advanced search))?", re.I)
# A search field's prompt, in one language or both, with its keyboard shortcut: "搜索文档… Search docs…   Ctrl K".
# ("Search the Help Centre...", "搜尋支援中心……": a help centre's, its name two words or four characters.)
_SEARCH_PROMPT = r"(?:(?:搜索|搜尋|检索|檢索)[\u4e00-\u9fff]{0,4}|search(?: (?:the|this|our))?(?: [a-z]+){0,2})\s*(?:…{1,2}|\.{3})"
SEARCH_FIELD = rx(rf"{_SEARCH_PROMPT}(?:\s+{_SEARCH_PROMPT})?(?:\s+(?:(?:ctrl|cmd|⌘)\s*\+?\s*k|/))?"
                          r"|(?:搜索|搜尋)\s*/?\s*search|search\s*/?\s*(?:搜索|搜尋)"  # (the button in both languages: "搜索 Search")
                          # (a help centre's, with no dots: "Search the Help Center", "搜尋說明文章")
                          r"|search (?:the |our )?(?:help cent(?:er|re)|docs|documentation|help articles|knowledge base)"
                          r"|(?:搜索|搜尋)(?:說明|说明|幫助|帮助)(?:文章|中心|文件|文檔|文档)"
                          # (what to search by, listed in both languages: "搜尋書名、作者、ISBN Search titles, authors, ISBN")
                          r"|(?:搜索|搜尋|检索|檢索)[\u4e00-\u9fffA-Za-z]{1,8}(?:[、或及和][\u4e00-\u9fffA-Za-z]{1,8}){1,4}\s+search(?: by)? [a-z]+(?: [a-z]+)?"
                          r"(?:(?:, (?:or |and )?| (?:or|and) )[a-z]+(?: [a-z]+)?){1,4}", re.I)
# A site's popular searches ("熱門關鍵字：計畫補助 產學合作 …"), and the marks a Taiwan government
# site sets at each area for keyboard access (":::").
HOT_WORDS = rx(r"(?:熱門關鍵字|热门关键字|熱門搜尋|热门搜索|popular searches|trending)\s*[:：].{0,120}|:::", re.I)
# (Or the search field's prompt before them: "搜尋商品、品牌或賣場　　熱門搜尋：保溫瓶　行動電源".)
PROMPT_HOT_WORDS = rx(r"(?:(?:搜索|搜尋)[^\s。，；：]{0,12}|search (?:for )?[^.:;]{0,40}?)\s+(?:" + HOT_WORDS.pattern + ")", re.I)
ACCOUNT_WORD = r"(?:log ?in|log ?out|sign ?in|sign ?up|sign ?out|register|登入|登录|登錄|登出|註冊|注册|退出)"
# (Or with the site's call to try it: "… Sign in   Start free trial".)
MENU_END = rx(rf"(?:^|\s)(?:{ACCOUNT_WORD}(?:\s*/\s*{ACCOUNT_WORD})?|start (?:a |your )?free trial|免費試用|免费试用)$", re.I)
ACCOUNT = rx(rf"{ACCOUNT_WORD}(?:\s*[|/·]\s*{ACCOUNT_WORD})+", re.I)
CRUMB = rx(r"\s+[>›»]\s+")
# Its answers may show how many chose each: "Yes (58)  No (7)", "有帮助（326）　没帮助（41）".
_VOTES = r"(?:\s*[(（]\d+[)）])?"
HELPFUL = rx(rf"(?:was|is|did) (?:this|the)(?: (?:page|article|answer|document|guide))? (?:helpful|help you)\??(?:\s+(?:yes|no){_VOTES})*"
                     r"|(?:本頁|本页|此頁面?|此页面?|(?:這|这)篇(?:文章|文檔|文档)|本文[檔档]?|此文[檔档]|以上內容|以上内容)(?:是否)?(?:對|对)(?:您|你)有(?:幫助|帮助|用)嗎?吗?[？?]?"
                     rf"(?:\s*(?:有帮助|没帮助|有幫助|沒幫助|是|否|有|沒有|没有){_VOTES})*"
                     # (and how the votes came out: "12 out of 14 found this helpful", "14 人中有 12 人覺得有幫助")
                     r"|\d{1,6} out of \d{1,6}(?: people| readers| users)? found this(?: article| page| answer)? helpful"
                     r"|\d{1,6}\s*(?:人中有|位中有)\s*\d{1,6}\s*[人位](?:覺得|觉得|認為|认为)(?:有幫助|有帮助|有用)", re.I)
PREV_NEXT = rx(r"(?:上一篇|下一篇|上一[页頁]|下一[页頁]|上一条|下一条|previous|next)(?:\s+(?:article|post|page|story))?\s*[:：]\s*\S.{0,80}",
                       re.I)
RELATED = rx(r"related (?:links|articles|posts|reading|pages|documents|resources|questions|topics|releases|news|stories|content)"
                     r"|相关(?:链接|文章|阅读|新闻|文档|文件|问题|稿件|信息)|相關(?:連結|鏈接|文章|閱讀|新聞|文件|文檔|問題|稿件|信息|資訊)|友情链接|友情連結",
                     re.I)
# A code block's language, as its toolbar names it, and the toolbar's copy button.
CODE_LANGUAGE = rx(r"bash|shell|sh|zsh|console|terminal|powershell|cmd|python|java|javascript|typescript|js|ts|go|golang|rust"
                           r"|c|c\+\+|c#|php|ruby|kotlin|swift|sql|json|yaml|yml|xml|html|css|ini|toml|text|plain ?text|curl|http|node\.js",
                           re.I)
COPY_BUTTON = rx(r"复制|複製|复制代码|複製程式碼|拷贝|copy|copy code|copied!?", re.I)
# The text size buttons among a bar's links ("[繁體] [English] A- A A+ 登入 Login"), and a row of
# buttons in brackets under its label ("Font size: [Large] [Medium] [Small]   [Print]   [Download PDF]";
# not references to sections, "[ss. 4 & 5]").
TEXT_SIZE = rx(r"(?:^|\s)A[-－]\s+A\s+A[+＋](?:\s|$)|(?:^|\s)A[+＋]\s+A\s+A[-－](?:\s|$)")
# A control of the text's size, named, alone on its line or among the links to the page's
# languages: "字級：小 中 大", "English | 简体 | 文字大小 A A A", "Font size: S M L".
_FONT_SIZE = (r"(?:字級|字级|字體|字体|字號|字号|文字大小|字型大小)(?:設定|设定|大小)?\s*[:：]?\s*(?:[小大]\s*中\s*[大小]|A\s+A\s+A)"
              r"|(?:font|text) size\s*[:：]?\s*(?:S\s+M\s+L|A\s+A\s+A|small\s+medium\s+large)")
FONT_SIZE = rx(_FONT_SIZE, re.I)
# A page's count of its readers, with when it was posted: "發布日期：112-06-02　瀏覽人次：1,204", "Views: 287".
VIEW_COUNT = rx(r"(?:^|\s)(?:瀏覽人次|浏览人次|瀏覽次數|浏览次数|瀏覽數|浏览数|閱讀量|阅读量|閱讀次數|阅读次数|點擊數|点击数|點閱次數|点阅次数|訪問量|访问量"
                r"|views|page views|hits|reads)\s*[:：]\s*[\d,]+(?:\s|$)", re.I)
BRACKET_BUTTONS = rx(r"(?:[^\[\]:：]{1,16}[:：])?\s*(?:\[[^\[\]\d]{1,20}\]\s*){3,}")
# The label over a web page's files to download, and a file's name as its link shows it,
# numbered or marked or not, its size after it ("1. 主要经济指标.xls", "• Annual Report 2024.pdf (2.1 MB)").
ATTACHMENTS = rx(r"(?:附件|相关附件|相關附件|附件下载|附件下載|Attachments?|Downloads?|Files?)\s*[:：]", re.I)
FILE_LINK = rx(r"(?:\d{1,2}[.、]\s*|[-•·*]\s*)?\S.{0,100}\.(?:pdf|docx?|xlsx?|pptx?|zip|rar|7z|wps|ofd|csv|txt)"
                       r"(?:\s*[（(]\s*\d[\d.,]*\s*[KMG]i?B\s*[)）])?", re.I)
# Who runs the site, at its foot: "主办单位：…　承办单位：…", "Sponsored by the General Office of …";
# the prompt to open the page on a phone, and the browser the site is best seen in.
SITE_CREDIT = rx(r"(?:主办|主辦|承办|承辦|协办|協辦|主管)(?:单位|單位)\s*[:：].{1,120}|(?:Sponsored|Hosted|Maintained|Organi[sz]ed) by (?:the )?[A-Z].{0,200}"
                         r"|(?:扫一扫|掃一掃|扫描二维码|掃描二維碼).{0,20}|建议使用.{0,60}浏览.{0,8}|建議使用.{0,60}瀏覽.{0,8}")
FOLLOW = rx(r"(?:follow us|關注我們|关注我们|追蹤我們|追踪我们)\s*[:：].{0,80}", re.I)
POLICY_LINK = rx(r"privacy|cookie|terms|sitemap|site map|accessibility|私隱|隱私|隐私|條款|条款|網站地圖|网站地图|無障礙|无障碍", re.I)
HOME_LINK = rx(r"首页|首頁|主页|主頁|home(?: ?page)?", re.I)
# "当前位置：首页 > 游在西山 > 旅游指南", "You are here: Home > News"
_WHERE = (r"(?:当前位置|當前位置|现在位置|現在位置|您的位置|你的位置|所在位置|您现在的位置|您現在的位置|[您你]所在的位置|[您你]當前的位置|[您你]当前的位置"
          r"|你在這裡|你在这里|您在這裡|您在这里|目前位置|current location|you are here)")
# (In both languages too: "当前位置 You are here：".)
WHERE_LABEL = rx(rf"{_WHERE}(?:\s*[/|]?\s*{_WHERE})?\s*[:：]\s*", re.I)
# A switch between the page's languages: "語言：繁體中文 / English", "Language: English | 简体中文".
_LANGUAGE_NAME = r"(?:繁體中文|繁体中文|简体中文|簡體中文|中文|繁體|繁体|简体|簡體|English|EN|ENG|中)"
# (Its label may be in both languages, the sign-in link after it: "語言 Language：繁體中文／English　　登入 Sign in".)
LANGUAGE_SWITCH = rx(rf"(?:語言|语言|language|lang)(?:\s+(?:language|lang))?\s*[:：]\s*{_LANGUAGE_NAME}(?:\s*[/|｜／]\s*{_LANGUAGE_NAME})+"
                             r"(?:\s+(?:登入|登录|登錄|sign in|log in)(?:\s+(?:sign in|log in))?)?", re.I)
LANGUAGE_LINK = rx(r"(?:^|\s)(?:English|繁體中文|繁体中文|简体中文|簡體中文|中文|繁體|简体|EN|ENG)$")
# A shop's bar of the visitor's own links: signing in, the page's language, the currency, the cart
# ("登录  注册  简体中文 / English  ¥ CNY", "繁體中文 | English    登入 / 註冊    幣別：TWD").
_CURRENCY = (r"(?:(?:幣別|币别|币种|幣種|貨幣|货币|currency)\s*[:：]\s*[A-Z]{3}|(?:[¥$€£]|NT\$|HK\$|MOP\$)\s*[A-Z]{3}"
             r"|(?:CNY|RMB|TWD|HKD|MOP|USD|EUR|GBP|SGD)\s*[¥$€£]?)")
_CART = r"(?:購物車|购物车|(?:shopping )?(?:cart|basket|bag))\s*[(（]\d{1,3}[)）]"
_BAR_ITEM = rf"(?:{ACCOUNT_WORD}|{_LANGUAGE_NAME}|{_CURRENCY}|{_CART})"
# (The slash between two links may be a full-width one: "登入 Log in ／ 註冊 Sign up　　繁體中文｜English".)
UTILITY_BAR = rx(rf"{_BAR_ITEM}(?:(?:\s*[|｜/／·]\s*|\s+){_BAR_ITEM})+", re.I)


# Which languages a bilingual page shows: "顯示： 中英對照 ｜ 只顯示中文 ｜ English only".
_SHOWN = r"(?:中英對照|中英对照|雙語|双语|只顯示中文|只显示中文|只顯示英文|只显示英文|中文|English|English only|Chinese only|bilingual|both)"
DISPLAY_SWITCH = rx(rf"(?:顯示|显示|display|show|view)\s*[:：]\s*{_SHOWN}(?:\s*[|｜/／]\s*{_SHOWN})+", re.I)


# A web page's buttons, each in brackets: "【字体：大 中 小】　【打印本页】　【关闭窗口】", "[Print] [Close]".
BUTTON = (_FONT_SIZE + r"|友善列印|列印(?:本頁|此頁)?|打印(?:本页|本頁|此页|此頁)?|关闭(?:窗口|本页)|關閉(?:視窗|窗口|本頁)|返回顶部|返回頂部"
          r"|返回(?:首页|首頁|列表)|(?:返回|回)上一?[頁页]|收藏(?:本页|本頁|本文|此文)?|加入(?:書籤|书签|最愛|收藏)|bookmark(?: this page)?"
          r"|分享(?:至|到)?(?:\s*(?:Facebook|LINE|Twitter|X|Plurk|微信|微博|WeChat|Weibo))*|(?:下载|下載)(?:\s*PDF|全文)?|print(?: this page)?|download(?: (?:as )?PDF)?"
          r"|close(?: (?:this )?window)?|back to top|back|share")
BUTTONS = rx(rf"(?:[【\[]?\s*(?:{BUTTON})\s*[】\]]?\s*[|｜/／]?\s*){{2,}}", re.I)
_BUTTON_WORD = rx(rf"{BUTTON}|\b(?:PDF|TXT)\b|列印", re.I)


def _tab_row(text: str) -> bool:
    """A row of a page's tabs and buttons, each named in both languages, two or more of
    them buttons: "授權摘要 Deed　　法律條文 Legal Code　　下載 PDF　　純文字版 TXT　　列印 Print"."""
    t = text.strip()
    # The names take turns: a Chinese one, then an English one, three times or more.
    turns = len(rematch.findall(r"[\u4e00-\u9fff]+\s+[A-Za-z]", t))
    # (The font size's button has a colon of its own: "字級：小 中 大　　列印 Print　　轉寄 Share".)
    return (len(t) <= 100 and turns >= 3 and len(_BUTTON_WORD.findall(t)) >= 2
            and not rematch.search(r"[。！？，,.!?;；:：]", rematch.sub(r"(?:字体|字體|字号|字號|字級|字级)\s*[:：]", "", t)))


# One button on a line of its own: "打印本页", "Print this page", "[Print]".
ONE_BUTTON = rx(r"[【\[]?\s*(?:打印(?:本页|本頁|此页|此頁)|print(?: this (?:page|article))?|列印(?:本頁|此頁)?|分享(?:本頁|此頁|本页|此页)?|share(?: this (?:page|article))?"
                        # (or a site's call to act, in its header: "立即預訂", "Book now")
                        r"|立即(?:预订|預訂|预定|預定|购买|購買|订购|訂購|下载|下載|注册|註冊)|(?:book|buy|order|download|sign up|register) now)\s*[】\]]?", re.I)
# How long the page takes to read: "阅读时长约8分钟", "閱讀時間：5 分鐘", "8 min read", "5-minute read".
READ_TIME = rx(r"(?:阅读|閱讀)(?:时长|時長|时间|時間|需要)?\s*[:：]?\s*约?約?\s*\d{1,3}\s*分(?:钟|鐘)"
                       r"|(?:about )?\d{1,3}[- ]?(?:min|mins|minutes?)(?: read| reading time)", re.I)
# A cookie banner: its sentence ("By clicking "Accept all", you agree …", "点击“接受全部”即表示您同意……")
# and its buttons.
COOKIE_BANNER = rx(r".{0,200}(?:by clicking|click(?:ing)? on|点击|點擊|点选|點選)\s*[\"“'‘「]?(?:accept|agree|allow|接受|同意|允许|允許).{0,200}", re.I)
COOKIE_BUTTON = rx(r"accept all(?: cookies)?|reject (?:all|non-essential|optional)(?: cookies)?|(?:accept )?(?:strictly )?necessary cookies only|"
                           r"manage (?:settings|cookies|preferences)|cookie (?:settings|preferences)|"
                           r"接受全部|全部接受|拒绝全部|拒絕全部|拒绝非必要\s*cookie|拒絕非必要\s*cookie|仅接受必要\s*cookie|僅接受必要\s*cookie|管理设置|管理設定"
                           r"|管理偏好|cookie\s*设置|cookie\s*設定", re.I)
# A cookie banner's row of buttons: "Accept all　Reject non-essential　Manage preferences".
COOKIE_BUTTONS = rx(rf"(?:{COOKIE_BUTTON.pattern})(?:\s*[|｜]?\s*(?:{COOKIE_BUTTON.pattern}))+", re.I)
# The answers under "Was this article helpful?".
HELPFUL_ANSWER = rx(r"(?:yes|no|有帮助|没帮助|沒幫助|有幫助|没有帮助|沒有幫助|是|否|👍|👎)(?:\s+(?:yes|no|有帮助|没帮助|沒幫助|有幫助|没有帮助|沒有幫助|是|否|👍|👎))*", re.I)
# A site's licence numbers in its footer: "沪ICP备13042871号-3", "Shanghai ICP No. 13042871-3".
ICP = rx(r".{0,20}ICP\s*(?:备|備|证|證|no\.?|license|licence)\s*\S.{0,200}", re.I)


def _short_items(items: list[str]) -> bool:
    """Names of links: short, no sentence (a name in both languages a little longer: "英譯法規 English Translations")."""
    return all(item and len(item) <= (36 if han_count(item) and rematch.search(r"[A-Za-z]{3}", item) else 24) and len(item.split()) <= 4
               and not rematch.search(r"[。！？，,.!?;；]$", item) for item in items)


# The screen a site was made for: "最佳瀏覽解像度 1280 x 800", "Best viewed at 1280 x 800 with Chrome".
BEST_VIEWED = rx(r"(?:最佳瀏覽|最佳浏览|最佳顯示|最佳显示)[^。！？]{0,60}|(?:this (?:site|website) is )?best viewed (?:at|with|in|using|on)\b.{1,60}", re.I)


def navigation_line(text: str) -> bool:
    """A line of a web page's own furniture (see the module's doc)."""
    t = text.strip()
    if t[:1] and unicodedata.category(t[0]) == "So":
        rest = t[1:].lstrip(" \ufe0f")
        return bool(rest) and rest != t and navigation_line(rest)  # a button with its icon: "🖨 列印此頁"
    if len(t) > 120 and _long_trail(t):
        return True  # (a breadcrumb from the home page to a page named at length, the law's or the rules' whole title)
    if not t or (len(t) > 120 and not SITE_CREDIT.fullmatch(t)):
        return False  # (who runs the site may have its address with it, at more length)
    links = [x.strip() for x in rematch.split(r"[|｜]", t)]
    if len(links) >= 2 and all(ONE_BUTTON.fullmatch(x) or TOP_LINKS.fullmatch(x) for x in links):
        return True  # "列印 | 回上一頁", "Print | Back"
    if (TEXT_SIZE.search(t) and len(t) <= 80) or BRACKET_BUTTONS.fullmatch(t):
        return True
    if len(links) >= 2 and all(rematch.fullmatch(_LANGUAGE_NAME, x) for x in links):
        return True  # the page's languages, bare: "繁體 ｜ 簡體"
    if DISPLAY_SWITCH.fullmatch(t):
        return True
    if FONT_SIZE.fullmatch(t) or (len(links) >= 2 and all(FONT_SIZE.fullmatch(x) or rematch.fullmatch(_LANGUAGE_NAME, x) for x in links)
                                  and any(FONT_SIZE.fullmatch(x) for x in links)):
        return True  # (a line that says when the page was posted keeps its date: "发布时间：… 字号：大 中 小 【打印】")
    if VIEW_COUNT.search(t) and len(t) <= 120 and not DATE_TOKEN.search(t):
        return True
    if (SKIP_LINK.fullmatch(t) or BACK_LINK.fullmatch(t) or (TOP_LINKS.fullmatch(t) and t.lower() not in ("back", "top"))
            or BUTTON_ROW.fullmatch(t)
            or ACCOUNT.fullmatch(t) or HELPFUL.fullmatch(t) or FOLLOW.fullmatch(t)
            or PREV_NEXT.fullmatch(t) or RELATED.fullmatch(t.rstrip(":：")) or BUTTONS.fullmatch(t) or SEARCH_BOX.fullmatch(t) or SEARCH_FIELD.fullmatch(t) or SITE_CREDIT.fullmatch(t)
            or SHARE.fullmatch(t) or HOT_WORDS.fullmatch(t) or PROMPT_HOT_WORDS.fullmatch(t) or LANGUAGE_SWITCH.fullmatch(t) or _tab_row(t) or ONE_BUTTON.fullmatch(t) or READ_TIME.fullmatch(t) or COOKIE_BUTTON.fullmatch(t) or COOKIE_BUTTONS.fullmatch(t)
            or (COOKIE_BANNER.fullmatch(t) and rematch.search(r"cookie", t, re.I))
            or (UTILITY_BAR.fullmatch(t) and rematch.search(ACCOUNT_WORD, t, re.I) and len(rematch.findall(_BAR_ITEM, t, re.I)) >= 3)):
        return True
    share = rematch.search(SHARE_WORD, t, re.I)
    if share and share.start() > 0 and SHARE.fullmatch(t[share.start():]) and navigation_line(t[:share.start()].strip()):
        return True  # buttons, then where to share the page: "字級設定：小 中 大　友善列印　分享：Facebook LINE X"
    halves = rematch.split(r"\s+[|｜]\s+", t)
    if len(halves) == 2 and all(navigation_line(h) for h in halves):
        return True  # in both languages: "跳至主要內容 | Skip to main content"
    size = FONT_SIZE.search(t) if len(t) <= 80 else None
    if size and all(not x or navigation_line(x) for x in (t[:size.start()].strip(), t[size.end():].strip())):
        return True  # between the links to the languages and the search: "繁 | ENG    文字大小：A A A    搜尋 Search"
    if BEST_VIEWED.fullmatch(t):
        return True
    skip = rematch.match(rf"(?:{SKIP_LINK.pattern})\s+", t, re.I)
    if skip and SKIP_LINK.fullmatch(t[skip.end():]):
        return True  # (or with a space between: "跳到主要內容 Skip to main content")
    where = WHERE_LABEL.match(t)
    if where:  # a breadcrumb under its label (in the text, a menu path follows other labels: "● Chrome：設定 > …")
        t = t[where.end():]
    crumbs = CRUMB.split(t)
    # (The last step, the page itself, may be named at length: "Guide for International Visitors".)
    # (A step may be a section's longer name: "Administrative Regulations".)
    if ((len(crumbs) >= 2 + (not where) or (len(crumbs) == 2 and HOME_LINK.fullmatch(crumbs[0])))
            and all(_page_step(c) and len(c) <= 40 and len(c.split()) <= 5 for c in crumbs[:-1]) and _page_step(crumbs[-1]) and not rematch.search(r"[:：]", t) and t[0].isalnum()):
        return True  # (from the home page, one step is enough: "主頁 > 網站使用條款")
    if _slash_trail(t):
        return True
    links = [x.strip() for x in rematch.split(r"[|｜]", t)]
    # A row of links: one to a site's policies, or its home page first ("首页 | 走进西山 | 政务公开 | …").
    # (Each link may be named in both languages: "首頁 Home ｜ 關於我們 About Us ｜ …".)
    if len(links) >= 4 and _short_items(links) and (any(POLICY_LINK.search(x) for x in links) or HOME_LINK.fullmatch(links[0])
                                                    or (len(links[0].split()) == 2 and all(HOME_LINK.fullmatch(w) for w in links[0].split()))):
        return True
    # A menu of links named in both languages, set apart by spaces, from the home page's
    # ("首页 Home    关于我们 About Us    公益项目 Programmes    …").
    if (len(t) <= 160 and rematch.match(r"(?:首页|首頁|主页|主頁)\s+home\b", t, re.I) and len(rematch.findall(r"[\u4e00-\u9fff]+\s+[A-Za-z]", t)) >= 4
            and not rematch.search(r"[。！？，,.!?;；:：]", t)):
        return True
    # Or in Chinese alone ("首页　法律　行政法规　部门规章　…　关于我们").
    # (Its cart may end it, with what the cart holds: "首頁    海外直購    …    購物車 (0)".)
    if len(t) <= 120 and rematch.fullmatch(rf"(?:首页|首頁|主页|主頁)(?:[ \u3000]+[\u4e00-\u9fff]{{2,8}}){{3,}}(?:[ \u3000]+{_CART})?", t):
        return True
    # A menu: a few short words ending in the link to the other language ("Home Routes Help Centre 繁體中文",
    # "Home Flights Hotels Trains Holidays Business Travel My Trips Sign in / Register 中文"), or in
    # the account's ("Buy Tickets Top Up Routes & Timetables Help Log in").
    words = t.split()
    # (Words that make a phrase, "How to Register", "Before you sign in", are no menu's.)
    menu_end = (bool(MENU_END.search(t)) and len(words) >= 5
                and not any(w.lower() in ("to", "you", "your", "the", "a", "an", "of", "and", "or", "how", "before", "after", "when", "step")
                            for w in words))
    # (Not a command over what it does, "ktl login — Sign In": a dash sets a title apart, no menu's links.)
    return ((bool(LANGUAGE_LINK.search(t)) or menu_end) and 3 <= len(words) <= 16 and not rematch.search(r"[。！？，,.!?;；:：]|\s[—–]\s", t)
            and all(len(w) <= 14 for w in words))


def _long_trail(text: str) -> bool:
    """A breadcrumb from the home page whose last step, the page, is named at length:
    "Home > Regulations > … > Yunxiu University of Technology Rules of Procedure for University Council Meetings"."""
    steps = [x.strip() for x in CRUMB.split(text)]
    return (len(steps) >= 3 and bool(HOME_LINK.fullmatch(steps[0])) and _short_items(steps[:-1])
            and len(steps[-1]) <= 120 and not rematch.search(r"[。！？，,.!?;；:：]", steps[-1]))


def _link_row(text: str) -> bool:
    """Four or more short names between bars: a row of links."""
    items = [x.strip() for x in rematch.split(r"[|｜]", text.strip())]
    return len(items) >= 4 and _short_items(items)


def _page_step(step: str) -> bool:
    """The breadcrumb's last step, the page's own name: a name, not a sentence."""
    return bool(step) and len(step) <= 60 and len(step.split()) <= 10 and not rematch.search(r"[。！？，,.!?;；]$", step)


# The home of a site's documentation or help pages, first in its breadcrumb.
DOCS_HOME = rx(r"(?:文档|文檔|文件|帮助|幫助|说明|說明)(?:首页|首頁|中心)?|docs|documentation|help cent(?:er|re)", re.I)


def _slash_trail(text: str) -> bool:
    """A breadcrumb set with slashes from the home page: "Home / Help Center / Legal / Cookie Policy"."""
    steps = [x.strip() for x in rematch.split(r"\s+/\s+", text.strip())]
    # (Or from the documentation's home: "文档首页 / 发行说明 / Tidepool 5.x", "Docs / Release Notes / Tidepool 5.x".)
    home = HOME_LINK.fullmatch(steps[0]) or DOCS_HOME.fullmatch(steps[0])
    return len(steps) >= 3 and bool(home) and _short_items(steps[:-1]) and _page_step(steps[-1])


def _menu_column(lines: list) -> set[int]:
    """A site's menu copied one link to a line: the home page's link, then four or more
    short names under it with no blank line between ("首页" / "机构概况" / "政务公开" / …)."""
    out: set[int] = set()
    for k, ln in enumerate(lines):
        if not (ln.text and HOME_LINK.fullmatch(ln.text.strip())):
            continue
        j = k + 1
        while (j < len(lines) and lines[j].text and _short_items([lines[j].text.strip()])
               and len(lines[j].text.strip()) <= (12 if rematch.search(r"[\u3400-\u9fff]", lines[j].text) else 20)):
            j += 1
        if j - k >= 5:
            out.update(range(k, j))
    return out


def _unbulleted(text: str) -> str:
    """A menu's or a list's item without its bullet: "· 网站使用条款" → "网站使用条款"."""
    return rematch.sub(r"^[·•*-]\s*", "", text.strip())


def _bilingual_name(text: str) -> bool:
    """A name in both languages on one line, no sentence: "科技創新部 Ministry of Science and Innovation"."""
    t = text.strip()
    return (len(t) <= 80 and len(t.split()) <= 10 and bool(rematch.match(r"[\u4e00-\u9fff][^A-Za-z]*\s+[A-Z][A-Za-z&'’ -]+$", t))
            and not rematch.search(r"[。！？，,.!?;；:：]", t))


def _related_item(text: str) -> bool:
    """A link under "Related Links": a short name, a question ("· 如何修改或取消订单？",
    "- How do I get an e-invoice?") or a document's title ("云岭区卫生健康局2023年政府信息公开工作年度报告")."""
    t = _unbulleted(text)
    # (Or any title a list's mark sets out, with no sentence's end: "- Linlan's Economy in the First Half of 2024".)
    marked = t != text.strip() and len(t) <= 80 and "\n" not in t and not ends_with_final_punct(t)
    return (marked or _short_items([t]) or (t.endswith(("?", "？")) and len(t) <= 80 and "\n" not in t)
            or (len(t) <= 60 and "\n" not in t and not rematch.search(r"[。！？，,.!?;；:：]", t) and _names_document(t)))


def _names_document(text: str) -> bool:
    """A document's title by its kind at its end, a bracketed note after it allowed ("…管理办法（2023年修订）")."""
    t = rematch.sub(r"\s*[（(][^）)]{1,10}[）)]$", "", text)
    return bool(DOCUMENT_KIND["zh" if han_count(t) else "en"].search(t))


def _name_line(text: str) -> bool:
    """A short line that names something (a site, its short name), no sentence; an office's name
    may have its place after a comma ("Qingshi Subdistrict Office, Linjiang")."""
    return len(text) <= 40 and len(text.split()) <= 6 and (not rematch.search(r"[。！？，,.!?;；:：]", text) or bool(
        rematch.fullmatch(r"[A-Z][\w'&-]*(?: (?:[A-Z][\w'&-]*|of|and|the|for))*, [A-Z][a-z-]+(?: [A-Z][a-z-]+)?", text)))


def _menu_under(lines: list, crumb: int, taken: set[int] = frozenset()) -> set[int]:
    """The section's menu under the breadcrumb, one link to a line, the page's own among them
    ("首页 > 帮助中心 > 法律声明 > Cookie政策" over "法律声明" / "用户协议" / "Cookie政策" / …);
    the page's title, said again under it, is the text's. Furniture between the breadcrumb and
    the menu (the breadcrumb in the other language, a row of buttons) is passed over, and
    furniture under it (":::") ends it as a blank line does."""
    trail = lines[crumb].text.strip()
    where = WHERE_LABEL.match(trail)
    steps = [x.strip() for x in CRUMB.split(trail[where.end() if where else 0:])]
    if len(steps) == 1 and _slash_trail(trail):
        steps = [x.strip() for x in rematch.split(r"\s+/\s+", trail)]  # ("首页 / 文档 / 发布说明 / 云杉笔记 5.x")
    here = rematch.split(r"\s+/\s+", steps[-1])[-1].strip()
    j = crumb + 1
    while j < len(lines) and j - crumb <= 3 and (not lines[j].text or j in taken):
        j += 1
    def item(t: str) -> bool:
        # (An English page's name may be longer: "Children's Personal Information Protection Rules";
        # a name may have a stop inside it: "Node.js SDK".)
        return (_name_line(t) or (len(t) <= 60 and len(t.split()) <= 8 and not rematch.search(r"[。！？，,!?;；:：]|\.(?:\s|$)", t)
                                  and (not han_count(t) or display_width(t) <= 40)))

    block = []
    while j < len(lines) and lines[j].text and j not in taken and item(lines[j].text.strip()):
        block.append(j)
        j += 1
    ends = j >= len(lines) or not lines[j].text or j in taken
    if not ends and block and _posted(lines[j].text):
        block.pop()  # the page's title right over the date it was posted ends the menu
        ends = True
    # (The page's own link may be set in the menu as an item: "  · 网站使用条款". The menu may
    # name it short, as the page's title ends ("用户协议" for "澜汀云服务用户协议"), and head
    # itself with its section's name, a step of the trail: "法律声明" in "首页 > 法律声明 > …".)
    names = {_unbulleted(lines[i].text) for i in block}
    own = here in names or any(here.endswith(n) and (len(n) >= 4 if han_count(n) else len(n.split()) >= 2) for n in names)
    section = any(s in names for s in steps[1:-1])
    return set(block) if len(block) >= 3 and ends and (own or (section and len(block) >= 4)) else set()


def _posted(text: str) -> bool:
    """The line under a page's title that says when it was posted or updated
    ("发布时间：2023-09-01 10:00　　更新时间：…", "Published: 2023-09-01 | Updated: …")."""
    return bool(DATE_TOKEN.search(text) and rematch.match(
        r"\s*(?:发布|發布|更新|修订|修訂|published|updated|posted|last updated|date)\s*(?:时间|時間|日期|date|on)?\s*[:：]", text, re.I))


COPYRIGHT_LINE = rx(r"©|copyright|版權所有|版权所有", re.I)


def _site_footer(lines: list, taken: set[int]) -> set[int]:
    """A site's footer: its copyright or licence numbers, in a block of short lines or
    under the blocks of its links, one to a line ("产品" / "即时通讯" / … over "© 2019-2024
    …" and "沪ICP备…"; "About Us" / "Careers" / "Sitemap" with the copyright among them),
    at the page's end: nothing after it but furniture, or the next page's header right
    under it (a page in each language, one after the other)."""
    blocks = list(_blocks(lines))
    out: set[int] = set()

    def furniture(block: range) -> bool:
        return all(i in taken or navigation_line(lines[i].text) for i in block)

    def links(block: range) -> bool:
        texts = [lines[i].text.strip() for i in block]
        return len(block) >= 4 and all(_name_line(t) and len(t) <= 24 and not date_line(t) for t in texts)

    for b, block in enumerate(blocks):
        texts = [lines[i].text.strip() for i in block]
        if not any(COPYRIGHT_LINE.match(t) or ICP.fullmatch(t) for t in texts):
            continue
        after = blocks[b + 1:]
        if not (all(furniture(x) for x in after) or furniture(after[0])):
            continue
        # (Or the office that runs the site, over its address, telephone and e-mail: "雲岫科技大學 秘書室" /
        # "640301 雲岫縣…123號" / "總機：…" / "服務信箱：…" / "Copyright © …".)
        footer_lines = sum(1 for i, t in zip(block, texts) if _name_line(t) or i in taken or COPYRIGHT_LINE.match(t)
                           or ADDRESS_FIELD.match(t) or street_address(t))
        # (A page copied with no blank line is one block: its sentences are no footer's.)
        said = any(len(t) > 20 and rematch.search(r"[。！.!]$", t) and not (COPYRIGHT_LINE.search(t) or ICP.fullmatch(t)) and i not in taken
                   for i, t in zip(block, texts))
        if len(block) >= 5 and 10 * footer_lines >= 6 * len(block) and not said:
            out |= set(block)  # the links with the copyright among them
        elif len(block) <= 6 and all(len(t) <= 100 for t in texts) and b > 0 and links(blocks[b - 1]):
            # The copyright's own block under the links' blocks.
            out |= set(block)
            k = b - 1
            while k >= 0 and (links(blocks[k]) or furniture(blocks[k])):
                out |= set(blocks[k])
                k -= 1
    return out


# The link back to the page's top, in one language or both ("返回頁首 Back to top").
TOP_OF_PAGE = rx(r"(?:(?:回|返回)[页頁]首|(?:回到|返回)[顶頂]部|back to top|top of page)", re.I)


def _footer_after_top_link(lines: list, taken: set[int]) -> set[int]:
    """What a page copied with no blank lines has under its last link back to the top, where it
    ends with its copyright: the site's footer, its contact lines and links ("聯絡我們" /
    "Contact Us" / "地址：…" / "電話 Tel：…" / "© 2024 … 版權所有")."""
    top = [k for k, ln in enumerate(lines) if ln.text and TOP_OF_PAGE.search(ln.text) and (k in taken or navigation_line(ln.text))]
    if not top:
        return set()
    rest = [k for k in range(top[-1] + 1, len(lines)) if lines[k].text]
    texts = [lines[k].text.strip() for k in rest]
    if not 2 <= len(rest) <= 20 or not any(COPYRIGHT_LINE.search(t) for t in texts[-3:]):
        return set()
    # (Not the text itself: a sentence says something no footer does.)
    if any(len(t) > 100 or (len(t) > 40 and rematch.search(r"[。！？.!?]$", t) and not COPYRIGHT_LINE.search(t)) for t in texts):
        return set()
    return set(rest) | {top[-1]}


def _crumb_column(lines: list) -> list[list[int]]:
    """A breadcrumb copied one step to a line, each step under a line that holds only its
    separator ("幫助中心 Help Centre" / "›" / "政策及條款 Policies" / "›" / "使用條款 Terms of Use"):
    the runs of lines it takes, two separators or more."""
    out = []
    k = 0
    while k < len(lines):
        run = [k]
        while (run[-1] + 2 < len(lines) and rematch.fullmatch(r"[>›»/]", lines[run[-1] + 1].text.strip())
               and _name_line(lines[run[-1] + 2].text.strip()) and _name_line(lines[run[0]].text.strip())):
            run += [run[-1] + 1, run[-1] + 2]
        if len(run) >= 5:
            out.append(run)
            k = run[-1] + 1
        else:
            k += 1
    return out


def _breadcrumb(text: str) -> bool:
    """A taken line that is the page's breadcrumb (under its label, or three steps or more)."""
    return bool(WHERE_LABEL.match(text.strip())) or len(CRUMB.split(text)) >= 3 or _slash_trail(text)


def _header_line(text: str) -> bool:
    """A short line of a site's header: its name or its address (see _name_line)."""
    t = text.strip()
    return bool(rematch.fullmatch(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?", t)) or _name_line(t)


def chrome_lines(lines: list) -> set[int]:
    """Indexes of a web page's furniture: lines of their own shape, and the short lines
    set with them (a block of lines with no blank between, half or more of it furniture)."""
    taken = {k for k, ln in enumerate(lines) if ln.text and navigation_line(ln.text)}
    taken |= _menu_column(lines)
    crumbs = _crumb_column(lines)
    taken |= {k for run in crumbs for k in run}
    if not taken:
        return taken
    # A row of short links set with other furniture, no blank line between: the site's menu
    # ("節目及活動 | 場地租用 | 教育及外展 | 會員 | 關於我們 | 購票" under its skip link).
    for block in _blocks(lines):
        if any(i in taken for i in block):
            taken |= {i for i in block if _link_row(lines[i].text)}
    out = set(taken)
    # The site's name at the top of the page, right over its menu ("远帆物流 FARSAIL LOGISTICS"),
    # and the short lines among the page's header, down to its breadcrumb ("东亚计算光学学会" /
    # "EACOS" between the skip link and the menu).
    # (A slogan may follow the name: "QiYun Trip - Travel at Your Own Pace".)
    # (In both languages, one over the other: "艾士頓港電子版法例" over "Port Elsdon e-Legislation".)
    top = [k for k, ln in enumerate(lines) if ln.text][:2]
    for k in reversed(top):
        if (k + 1 in taken or k + 1 in out) and (_name_line(lines[k].text) or (
                len(lines[k].text) <= 60 and len(lines[k].text.split()) <= 8 and rematch.search(r"\s[-–—|]\s", lines[k].text))):
            out.add(k)
    # (A page in each language has a header of its own.)
    for crumb in sorted({k for k in taken if _breadcrumb(lines[k].text)} | {run[-1] for run in crumbs}):
        head = [k for k in taken if crumb - 12 <= k <= crumb]
        if len(head) >= 3:
            first = min(head)
            # (Up the header to its top: the site's name over the menu, "科技創新部 Ministry of …".)
            while first > 0 and lines[first - 1].text and (first - 1 in taken or _name_line(lines[first - 1].text)
                                                           or _bilingual_name(lines[first - 1].text)):
                first -= 1
            out |= {k for k in range(first, crumb) if lines[k].text and (_name_line(lines[k].text) or _bilingual_name(lines[k].text))}
        else:
            # (A site's header copied one link to a line, a block of its own from the page's top right
            # over its breadcrumb: "Beiming Cloud" / "Products" / … / "Sign in" / "Sign up free".)
            first = crumb
            while first > 0 and lines[first - 1].text and (first - 1 in taken or SEARCH_FIELD.fullmatch(lines[first - 1].text.strip())
                                                           or rematch.fullmatch(r"[^。！？.!?]{1,40}", lines[first - 1].text.strip())):
                first -= 1
            if crumb - first >= 5:
                out |= set(range(first, crumb))
            # (Or the site's header set apart over it by a blank line: its name, its address, its menu
            # and its links, "青岚市人民政府门户网站" / "www.qinglan.gov.cn" / "首页 | 政务公开 | …" /
            # "无障碍浏览　长者模式　繁体版　登录", at the top of the page.)
            end = crumb
            while end > 0 and crumb - end < 3 and not lines[end - 1].text:
                end -= 1
            top_of = end
            while top_of > 0 and lines[top_of - 1].text:
                top_of -= 1
            block = range(top_of, end)
            if (end < crumb and 2 <= len(block) <= 12 and not any(lines[k].text for k in range(top_of))
                    and (any(k in taken and _link_row(lines[k].text) for k in block) or sum(1 for k in block if k in taken) >= 3)
                    and all(k in taken or _header_line(lines[k].text) for k in block)):
                out |= set(block)
        out |= _menu_under(lines, crumb, taken)
        # A short line between the menu and the breadcrumb: the site's hotline, a link
        # ("客服热线 4006-318-925" under "登录 | 免费注册").
        out |= {k for k in range(max(0, crumb - 3), crumb) if lines[k].text and k - 1 in out and k + 1 in out | {crumb}
                and _name_line(lines[k].text.strip())}
    # The links under "Related Links" / "相关链接": short names, one to a line.
    for k in [k for k in sorted(taken) if RELATED.fullmatch(lines[k].text.strip().rstrip(":："))]:
        j = k + 1
        while j < len(lines) and j - k <= 16 and lines[j].text and _related_item(lines[j].text):
            out.add(j)
            j += 1
    # A web page's files to download under their label, their names alone ("附件：" over
    # "1. 2024年前三季度临澜市主要经济指标.xls"): links, whatever they name.
    for k, ln in enumerate(lines):
        if ATTACHMENTS.fullmatch(ln.text.strip()):
            files = []
            for j in range(k + 1, min(len(lines), k + 11)):
                if not lines[j].text:
                    break
                files.append(j)
            if files and all(FILE_LINK.fullmatch(lines[j].text.strip()) for j in files):
                out |= {k, *files}
    # A code block's toolbar copied with it: its language's name over its copy button ("Bash" /
    # "复制", "Python" / "Copy") over the code.
    for k in range(len(lines) - 1):
        if CODE_LANGUAGE.fullmatch(lines[k].text.strip()) and COPY_BUTTON.fullmatch(lines[k + 1].text.strip()):
            out |= {k, k + 1}
    # The answers under "Was this article helpful?", one to a line.
    for k in [k for k in sorted(taken) if HELPFUL.fullmatch(lines[k].text.strip())]:
        j = k + 1
        while j < len(lines) and j - k <= 3 and lines[j].text and HELPFUL_ANSWER.fullmatch(lines[j].text.strip()):
            out.add(j)
            j += 1
    # A cookie banner: its title and its buttons, and the sentence between them.
    for block in _blocks(lines):
        if (any(COOKIE_BUTTONS.fullmatch(lines[i].text.strip()) for i in block) and len(block) <= 5
                and all(i in taken or rematch.search(r"cookie", lines[i].text, re.I) for i in block)):
            out.update(block)
    out |= _site_footer(lines, out)
    out |= _footer_after_top_link(lines, out)
    # (The reading time and the print button under an article's title and dates say
    # nothing of the lines over them.)
    taken = {k for k in taken if not (READ_TIME.fullmatch(lines[k].text.strip()) or ONE_BUTTON.fullmatch(lines[k].text.strip()))}
    for block in _blocks(lines):
        if 2 * sum(1 for i in block if i in taken) >= len(block):
            # Lines among the furniture, or above it (the site's name, in one language or two:
            # "望川市民政局 Wangchuan Municipal Civil Affairs Bureau"); not the text under the
            # last of it with no blank line between (a notice's title under the breadcrumb).
            # (Down to the breadcrumb where there is one: the page's title and date under it are its text.)
            crumbs = [i for i in block if i in taken and _breadcrumb(lines[i].text)]
            last = crumbs[0] if crumbs else max(i for i in block if i in taken)
            out.update(i for i in block if len(lines[i].text) <= 60 and (
                (i <= last and len(lines[i].text.split()) <= 8) or rematch.match(r"©|copyright|版權所有|版权所有", lines[i].text, re.I)))
    return out


# A manual page's header and footer name the page and its section at the line's end:
# "LEDGERCTL(1)   使用者命令手冊   LEDGERCTL(1)", "ledgerctl 4.2.0   2024-02-26   LEDGERCTL(1)".
MAN_PAGE_NAME = rx(r"[A-Za-z][\w.:-]*\(\d[a-z]{0,3}\)")


def manual_page_lines(lines: list) -> set[int]:
    """The header of a manual page (its name and section at both ends of the line), and
    the footer that ends with the same name."""
    names: set[str] = set()
    heads: set[int] = set()
    for k, ln in enumerate(lines):
        words = ln.text.split()
        if len(words) >= 3 and MAN_PAGE_NAME.fullmatch(words[0]) and words[-1] == words[0]:
            names.add(words[0])
            heads.add(k)
    if not names:
        return set()
    return heads | {k for k, ln in enumerate(lines) if k not in heads and len(ln.text.split()) >= 3
                    and ln.text.split()[-1] in names and rematch.search(r"\d", " ".join(ln.text.split()[:-1]))}


def strip_furniture(lines: list) -> tuple[list, list[tuple[str, int, str]]]:
    """The lines with page numbers and running lines blanked (the line numbers stay),
    and what was taken: (text, line number, "page number" or "running header")."""
    numbers = page_numbers(lines)
    coded = coded_lines(lines)
    gazette, headed = gazette_pages(lines)
    paged, stacked = stacked_ordinance_pages(lines)
    numbers |= gazette | paged
    coded |= headed | stacked | ordinance_pages(lines)
    web = chrome_lines(lines)
    man = manual_page_lines(lines)
    if not numbers and not coded:
        if not web and not man:
            return lines, []
        web -= man
        taken = [(lines[k].text, lines[k].no, "running header" if k in man else "web page navigation") for k in sorted(web | man)]
        return [replace(ln, text="", lang=None) if k in web or k in man else ln for k, ln in enumerate(lines)], taken
    running = running_lines(lines, numbers | coded) | coded | man
    # A page's number in another style beside its running header: "II" over "T/LDFA 012—2024".
    numbers |= {k for r in running for k in range(max(0, r - NEAR), min(len(lines), r + NEAR + 1))
                if k not in running and _alone(lines, k)
                and (ROMAN_OR_NUMBER.fullmatch(lines[k].text) or _number(lines[k].text) is not None)}
    running |= _with_the_rest(lines, numbers | running)
    running |= _locators(lines, numbers | running)
    running -= _chapter_openings(lines, running)
    web -= numbers | running  # (a web page that shows a printed document's text has both)
    taken = [(lines[k].text, lines[k].no, "page number" if k in numbers else "running header" if k in running else "web page navigation")
             for k in sorted(numbers | running | web)]
    out = [replace(ln, text="", lang=None) if k in numbers or k in running or k in web else ln for k, ln in enumerate(lines)]
    return out, taken
