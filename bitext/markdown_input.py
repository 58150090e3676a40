"""Markdown input, read on purpose: front matter, headings (ATX and setext,
bilingual or one per language), paragraphs, lists, quotes, tables and code.

The scanner only finds block borders and the language of each block; the
block's Markdown source is kept exactly as written and rendered later (safely)
by ``render``. A ``#`` inside a fenced or indented code block is code, not a
heading.
"""
from __future__ import annotations

import html
import re
import textwrap
from dataclasses import dataclass
from functools import lru_cache


from .text import detect_lang, han_count, latin_count
from . import rematch
from .cache import rx

FENCE_RE = rx(r"^ {0,3}(`{3,}|~{3,})(.*)$")
ATX_RE = rx(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
SETEXT_RE = rx(r"^ {0,3}(=+|-+)[ \t]*$")
HR_RE = rx(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
LIST_RE = rx(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")
QUOTE_RE = rx(r"^ {0,3}>")
QUOTE_MARK = rx(r"^ {0,3}> ?")


def _quoted(line: str) -> str:
    """A quotation's line without its mark ('> **Box 1**' → '**Box 1**'; '>' → '')."""
    return QUOTE_MARK.sub("", line, count=1).strip()
TABLE_RE = rx(r"^\s*\|.*\|\s*$|^[^|`]+\|[^|]+")
# A table's delimiter row: its cells dashes with a colon either side at most ("|:-:|------|",
# "---|---"), as the renderer takes it; a line of dashes alone underlines a heading.
TABLE_DELIMITER = rx(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
INDENTED_RE = rx(r"^(?: {4}|\t)")
# A call-out box ('!!! note "版本要求 / Version requirement"', '???+ tip'), its text indented under it.
ADMONITION_RE = rx(r"^(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+[\w-]+)*(?:[ \t]+\"[^\"\n]*\")?[ \t]*$")

# Separators between the two languages of a bilingual heading.
HEADING_SEPARATORS = ("<br>", "<br/>", "<br />", " | ", "|", " / ", "/", " · ", "·", " — ", "—", " – ", " - ", "｜", "／")


@dataclass(frozen=True)
class MdBlock:
    kind: str  # heading | para | list | quote | table | code | html
    text: str  # the Markdown source (heading: the text without its markers)
    line: int  # 1-based
    level: int = 0
    code: bool = False  # a heading that is all inline code ("`tw init`"): it names a thing, in no language


@dataclass
class FrontMatter:
    data: dict
    lines: int  # how many lines it takes, fences included


def front_matter(text: str) -> FrontMatter | None:
    """YAML front matter between '---' lines at the very top."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None
    for i in range(1, min(len(lines), 200)):
        if lines[i].strip() in ("---", "..."):
            import yaml  # here, not at the top: only front matter needs it

            try:
                data = yaml.safe_load("\n".join(lines[1:i]))
            except yaml.YAMLError:
                return None
            if isinstance(data, dict):
                return FrontMatter(data, i + 1)
            return None
    return None


def plain_of(block: MdBlock) -> str:
    """The readable words of a block (for language detection): no code, URLs or tags."""
    if block.kind == "code":
        return ""
    t = block.text
    t = rematch.sub(r"`[^`]*`", " ", t)
    t = rematch.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", t)
    t = rematch.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", t)
    t = rematch.sub(r"<[^>]*>", " ", t)
    t = rematch.sub(r"https?://\S+", " ", t)
    return t


def scan(text: str, start_line: int = 1) -> list[MdBlock]:
    """Split Markdown source into blocks (line numbers relative to start_line)."""
    lines = text.split("\n")
    out: list[MdBlock] = []
    buf: list[str] = []
    buf_kind = ""
    buf_line = 0

    def flush():
        nonlocal buf, buf_kind
        while buf and not buf[-1].strip():
            buf.pop()
        if buf:
            out.append(MdBlock("code" if buf_kind == "code-indented" else buf_kind, "\n".join(buf), buf_line))
        buf, buf_kind = [], ""

    def start(kind: str, no: int, line: str):
        nonlocal buf, buf_kind, buf_line
        flush()
        buf, buf_kind, buf_line = [line], kind, no

    def extend(kind: str, no: int, line: str):
        """Add the line to the open block of this kind, or open one."""
        if buf_kind != kind:
            start(kind, no, line)
        else:
            buf.append(line)

    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        no = start_line + i
        stripped = line.strip()
        m = FENCE_RE.match(line)
        if m and buf_kind != "code-indented":
            fence = m.group(1)
            start("code", no, line)
            i += 1
            while i < n:
                buf.append(lines[i])
                if re.match(r"^ {0,3}" + re.escape(fence[0]) + "{" + str(len(fence)) + r",}\s*$", lines[i]):
                    break
                i += 1
            flush()
            i += 1
            continue
        if stripped.startswith("<!--") and buf_kind != "code-indented":
            # An HTML comment is one block of text, shown as written: a heading line inside it
            # ("<!--" / "## 九、路线图 / Roadmap" / "-->", kept for later) heads nothing.
            j, rest = i, line[line.find("<!--") + 4:]
            while "-->" not in rest and j + 1 < n:
                j += 1
                rest = lines[j]
            start("para", no, line)
            buf.extend(lines[i + 1:j + 1])
            flush()
            i = j + 1
            continue
        if not stripped:
            if buf_kind == "list":
                # A list goes on after a blank line when the next line is an item or indented.
                j = i + 1
                while j < n and not lines[j].strip():
                    j += 1
                if j < n and (INDENTED_RE.match(lines[j]) or (LIST_RE.match(lines[j]) and not _switches(buf, lines[j]))):
                    buf.append(line)
                    i += 1
                    continue
            if buf_kind == "code-indented":
                buf.append(line)
                i += 1
                continue
            flush()
            i += 1
            continue
        if buf_kind == "code-indented":
            if INDENTED_RE.match(line):
                buf.append(line)
                i += 1
                continue
            flush()
        if ADMONITION_RE.match(line) and buf_kind in ("", "para"):
            # The box's title line is a block; its text, indented under it, is read as
            # blocks of its own (a paragraph in each language, lists, code), not as code.
            flush()
            out.append(MdBlock("para", stripped, no))
            j = i + 1
            while j < n and (not lines[j].strip() or INDENTED_RE.match(lines[j])):
                j += 1
            out += scan(textwrap.dedent("\n".join(lines[i + 1:j])), no + 1)
            i = j
            continue
        m = ATX_RE.match(line)
        if m:
            flush()
            text = rematch.sub(r"\s*\{:?\s*[#.][^{}]*\}\s*$", "", (m.group(2) or "").strip())  # an attribute list
            code = bool(rematch.fullmatch(r"(?:`[^`]+`\s*)+", text))
            out.append(MdBlock("heading", strip_inline(text), no, len(m.group(1)), code))
            i += 1
            continue
        if buf_kind == "para" and SETEXT_RE.match(line) and len(buf) >= 1:
            level = 1 if stripped.startswith("=") else 2
            heading = " ".join(s.strip() for s in buf)
            first = buf_line
            buf, buf_kind = [], ""
            out.append(MdBlock("heading", heading, first, level))
            i += 1
            continue
        if HR_RE.match(line):
            flush()
            i += 1
            continue
        if LIST_RE.match(line):
            if buf_kind != "list" or _switches(buf, line):
                start("list", no, line)
            else:
                buf.append(line)
            i += 1
            continue
        if buf_kind == "list" and (INDENTED_RE.match(line) or buf[-1].strip()):
            buf.append(line)  # an item's continuation (indented or lazy)
            i += 1
            continue
        if QUOTE_RE.match(line):
            body = _quoted(line)
            if (rematch.fullmatch(r"(\*\*|__)[^*_\n]{2,120}\1", body) and i + 1 < n and QUOTE_RE.match(lines[i + 1])
                    and (buf_kind != "quote" or not _quoted(buf[-1]))):
                # A box's title in bold at the head of its quotation ("> **专栏1　…**" / "> **Box 1 …**",
                # "> **案例｜…**"), also where the box goes on in the other language: a line of its own.
                while buf_kind == "quote" and buf and not _quoted(buf[-1]):
                    buf.pop()
                flush()
                out.append(MdBlock("para", body, no))
                i += 1
                while i + 1 < n and QUOTE_RE.match(lines[i]) and not _quoted(lines[i]):
                    i += 1  # (the quotation's empty lines under it)
                continue
            extend("quote", no, line)
            i += 1
            continue
        if INDENTED_RE.match(line) and buf_kind == "":
            start("code-indented", no, line)
            i += 1
            continue
        if stripped.startswith("<") and buf_kind == "":
            start("html", no, line)
            i += 1
            continue
        # (A table's delimiter row has a bar for each bar between its header's cells: "故障排查 | Troubleshooting"
        # over a line of dashes alone is a heading in both languages, underlined.)
        if TABLE_RE.match(line) and (buf_kind == "table" or (i + 1 < n and TABLE_DELIMITER.match(lines[i + 1])
                                                              and ("|" in lines[i + 1] or "|" not in line.strip().strip("|")))):
            extend("table", no, line)
            i += 1
            continue
        if buf_kind in ("para", "html", "quote"):
            # A paragraph whose lines change language is two paragraphs
            # (interleaved text without blank lines).
            prev_lang = detect_lang(plain_of(MdBlock("para", buf[-1], 0)))
            lang = detect_lang(plain_of(MdBlock("para", line, 0)))
            if buf_kind == "para" and prev_lang and lang and prev_lang != lang:
                start("para", no, line)
            else:
                buf.append(line)
            i += 1
            continue
        if buf_kind in ("table",):
            start("para", no, line)
            i += 1
            continue
        start("para", no, line)
        i += 1
    flush()
    return [_html_heading(b) for b in out]


# A heading written in HTML on a line of its own, as READMEs centre their title:
# '<h1 align="center">Kelpie</h1>'. Only plain text inside (an image or a link stays
# HTML) and only the attributes that place it; any other (an event handler) leaves the
# line as it is written, shown as text.
HTML_HEADING = rx(r"\s*<h([1-6])((?:\s+(?:align|id|class|dir|lang)\s*=\s*(?:\"[\w\s-]*\"|'[\w\s-]*'|[\w-]+))*)\s*>"
                          r"([^<>&]+)</h\1>\s*", re.I)


def _html_heading(b: MdBlock) -> MdBlock:
    m = HTML_HEADING.fullmatch(b.text) if b.kind == "html" else None
    if m is None or not m.group(3).strip():
        return b
    return MdBlock("heading", m.group(3).strip(), b.line, int(m.group(1)))


def _switches(buf: list[str], line: str) -> bool:
    """The new line is in the other language than the block so far."""
    a = detect_lang(plain_of(MdBlock("para", "\n".join(buf), 0)))
    b = detect_lang(plain_of(MdBlock("para", line, 0)))
    return bool(a and b and a != b)


# A link's target, defined apart from the text ('[v2.3.0]: https://… "title"'), for the
# links that name it ('[the guide][v2.3.0]', '[v2.3.0]').
LINK_DEF = rx(r"^ {0,3}\[(?!\^)([^\]\n]{1,200})\]:[ \t]*<?([^\s<>]+)>?"
                      r"(?:[ \t]+(\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*$")


def link_definitions(text: str) -> list[tuple[str, str, str]] | None:
    """The link targets a block defines, when that is all it holds: (label, target, title)."""
    out = []
    for line in text.split("\n"):
        m = LINK_DEF.match(line)
        if m is None:
            return None
        out.append((m.group(1), m.group(2), (m.group(3) or "")[1:-1]))
    return out or None


# A backslash before ASCII punctuation makes it a plain character ('1\. Scope', '\*x\*').
ESCAPED = rx(r"\\([!-/:-@\[-`{-~])")
CODE_SPAN = rx(r"(`+)(.+?)\1")


def strip_inline(text: str) -> str:
    """A heading's emphasis, code and escape markers are not part of its text:
    '**安装** `pip`' → '安装 pip', '1\\. Scope \\*' → '1. Scope *' (links and
    other text stay as written; inside code a backslash is a backslash)."""
    out = []
    for k, part in enumerate(CODE_SPAN.split(text)):
        if k % 3 == 2:  # the code span's text
            out.append(part)
        elif k % 3 == 0:
            # (A marker after a backslash is a plain character, not emphasis.)
            t = rematch.sub(r"(?<!\\)(\*\*|__)(?=\S)(.+?)(?<=\S)(?<!\\)\1", r"\2", part)
            t = rematch.sub(r"(?<![*\w\\])\*(?=\S)([^*]+?)(?<=\S)(?<!\\)\*(?!\*)", r"\1", t)
            out.append(ESCAPED.sub(r"\1", t))
    return "".join(out)


def split_bilingual(text: str, allow_bare: bool = True) -> tuple[str, str] | None:
    """A heading that carries both languages: '数据收集 | Data Collection',
    '一、项目简介 / Overview', 'Overview（概述）'. Returns (zh, en) or None."""
    t = text.strip()
    for sep in HEADING_SEPARATORS:
        start = 0
        while True:
            k = t.find(sep, start)
            if k < 0:
                break
            left, right = t[:k].strip(), t[k + len(sep):].strip()
            start = k + 1
            if sep == sep.strip() and _inside_word(t, k, len(sep)):
                continue  # 'r/min', 'and/or', 'A·B': a separator between two letters joins them
            j = k + sep.index(sep.strip())  # the mark itself, inside a separator with spaces
            if sep.strip() == "/" and (t[j - 1:j] == ":" or t[j + 1:j + 2] == "/" or t[j - 1:j] == "/"):
                continue  # 'https://…': the slashes of an address
            if sep.strip() == "/" and (t[j - 1:j] == "<" or t[j + 1:j + 2] == ">"):
                continue  # '</script>', '<br/>': the slash of a tag written in the text
            if sep.strip() == "/" and rematch.match(r"[\w.~-]+/", t[j + 1:]):
                continue  # '保存到 /home/liwei/.qmsync/credentials': a path's first slash
            got = _sides(left, right, marked=True)
            if got:
                return got
    patterns = [BRACKETED]
    if allow_bare:
        patterns += bare_patterns()
    zh_first = patterns[1] if allow_bare else None
    for pattern in patterns:
        m = pattern.match(t)
        got = _sides(*_number_each(t, m.group(1).strip(), m.group(2).strip())) if m else None
        if got is None and m and pattern is zh_first:
            # The Chinese may borrow a longer Latin word ("支持 Windows 吗？ Does it work on
            # Windows?"), when the English after it holds more Latin letters than the Chinese
            # ("在 Windows 上安装 Node" is Chinese with two names in it).
            left, right = _number_each(t, m.group(1).strip(), m.group(2).strip())
            if latin_count(right) > latin_count(left):
                got = _sides(left, right, marked=True)
        if got and not _starts_with_word(got[1]):
            continue  # '降速至16000 r/min', '转速（r/min）': a unit, not an English heading
        if got and pattern is not zh_first and pattern is not BRACKETED and rematch.fullmatch(
                r"(?:" + NUMBER_TOKEN + r"\s*)?[A-Z][A-Z0-9]{1,7}", got[1]):
            continue  # '7.2 TLS 配置': a Chinese heading naming a thing by its initials, no English one
        if got:
            return got
    return None


def _starts_with_word(english: str) -> bool:
    """English that opens with a word (after a number such as '1.' or '(a)'), not 'r/min'."""
    first = rematch.sub(r"^\s*(?:" + NUMBER_TOKEN + r"\s*)?", "", english).split(maxsplit=1)
    return bool(first) and rematch.fullmatch(r"[A-Za-z0-9'’.&:-]*[A-Za-z][A-Za-z0-9'’.&:-]*", first[0]) is not None  # '3D' too


def _inside_word(t: str, k: int, size: int) -> bool:
    """The separator at t[k:k + size] stands between two Latin letters or digits."""
    before, after = t[k - 1:k], t[k + size:k + size + 1]
    if before and after and rematch.match(r"[!-~]", before) and before != ")" and rematch.match(r"[A-Za-z0-9._~$-]", after) and t[k:k + size] == "/":
        return True  # '${HOME}/store', '~/.config': a path, written without spaces
    return bool(before and after and rematch.match(r"[A-Za-z0-9]", before) and rematch.match(r"[A-Za-z0-9]", after))


# ("3.1 筛查 3.1 Screening": a section's number without a stop, first, as "3." would take its start.)
NUMBER_TOKEN = r"(?:\d{1,3}(?:\.\d{1,3})+(?=\s|$)|(?:\d{1,3}(?:\.\d{1,3})*|[IVX]{1,5}|[一二三四五六七八九十]{1,3})[.、．)）]|[（(][\w一二三四五六七八九十]{1,4}[)）])"


def _number_each(line: str, left: str, right: str) -> tuple[str, str]:
    """'1. 扫描二维码 1. Scan the QR code', '（一）目的 (a) Purpose': each
    language keeps its own number; the second is not the end of the first
    language's text."""
    tail = rematch.search(r"\s(" + NUMBER_TOKEN + r")$", left)
    if tail and rematch.match(NUMBER_TOKEN + r"\s*\S", line):
        return left[:tail.start()].rstrip(), tail.group(1) + " " + right
    return left, right


# "Overview（概述）": the second language in brackets.
BRACKETED = rx(r"^(.*?)\s*[（(]([^（）()]+)[）)]\s*$")


@lru_cache(maxsize=1)
def bare_patterns() -> list[re.Pattern]:
    """Headings in two languages without a separator, compiled when first needed
    (their classes of every Han character take a build 8 ms to compile):
    Chinese words, then English words ("数据收集 Data Collection"; the Chinese
    may name things in Latin letters, "API 参考 API Reference": the English
    starts after the last Han character); and English first ("1. Definitions 定义")."""
    zh_first = rx(r"^(.*[\u3400-\u9fff][^A-Za-z\u3400-\u9fff]*?)\s+((?:[(（][A-Za-z0-9]{1,4}[)）]\s*)?[A-Za-z][^\u3400-\u9fff]*)$")
    en_first = rx(r"^([^\u3400-\u9fff]*[A-Za-z][^\u3400-\u9fff]*?)\s+([\u3400-\u9fff][^A-Za-z]*)$")
    return [zh_first, en_first]


def _sides(left: str, right: str, marked: bool = False) -> tuple[str, str] | None:
    """Which side is Chinese and which English. Across a separator, Chinese
    may name things in Latin letters ("可以采集 Windows 事件日志吗？ | Can it
    collect Windows event logs?"): Han characters on one side only say enough."""
    if not left or not right:
        return None
    a, b = _pure(left), _pure(right)
    if marked and {a, b} == {None, "en"}:
        other, english = (left, right) if a is None else (right, left)
        # Latin words the English side has too are names both sides share ("推送：skiff push" / "Push: skiff push").
        shared = {w.lower() for w in rematch.findall(r"[A-Za-z][\w.-]*", english)}
        # (Word by word inside tokens too: "<script>alert(1)</script>" on both sides.)
        other = rematch.sub(r"[A-Za-z][\w.-]*", lambda m: "" if m.group().lower() in shared else m.group(), other).strip() or other
        if han_count(other) >= 2 and han_count(other) * 2 >= latin_count(other) / 2:
            a, b = ("zh", "en") if a is None else ("en", "zh")
    if a == "zh" and b == "en":
        return left, right
    if a == "en" and b == "zh":
        return right, left
    return None


def _pure(text: str) -> str | None:
    """'zh' for Chinese with at most a stray Latin token, 'en' for text without Han."""
    h, lat = han_count(text), latin_count(text)
    if h >= 1 and lat <= 3:
        return "zh"
    if h == 0 and lat >= 2:
        return "en"
    return None


SENTENCE_BREAK = rx(r"[.!?](?=\s+\S)|[。！？](?=\S)")


# A line of code: a definition, an import, a statement, an assignment or a call, a shell's prompt
# ("$ sudo hg-setup init"), a configuration's key ("proxy:").
CODE_UNDER_COMMENT = rx(r"\s*(?:(?:def|class|import|from|return|const|let|var|function|func|fn|pub|public|private|package"
                                r"|using|curl|pip|npm|export|sudo)\s|\$\s+\S|[a-z_][\w.-]*:\s*$|[A-Za-z_$][\w.$]*(?:\(|\s*[+\-*/]?=\s*\S)"
                                # (or a command with its options: "smbackup backup --type full --target s3://…")
                                r"|[a-z][\w.-]*(?:\s+[^\s-][^\s]*){0,3}\s+--?[A-Za-z][\w-]*(?:[\s=]|$))")


def looks_like_markdown(text: str) -> tuple[float, str]:
    """How much a plain file reads as Markdown: headings, fences, links, lists."""
    lines = text.split("\n")
    # A '#' line that holds sentences ('# We met twice.', '# It rained. Why?')
    # is text a plain file happens to start with '#', not a heading; one right over
    # a line of code ('# 计算请求签名 / compute the request signature' over
    # 'def sign(secret, …):') is a comment in code the file does not fence.
    # (So is one right under a line of code: "cmake --build build" over "# flash build/port_check.bin …".)
    # (Nor is a command after a root shell's prompt: "# dnf install ./cloudnest-server-5.2.1.x86_64.rpm",
    # "# /opt/cloudnest/bin/cn-setup --init".)
    heads = [ln[ln.index(" "):].strip() for k, ln in enumerate(lines) if rematch.match(r"^#{1,6} \S", ln)
             and not (k + 1 < len(lines) and CODE_UNDER_COMMENT.match(lines[k + 1]))
             and not (k > 0 and CODE_UNDER_COMMENT.match(lines[k - 1]))
             and not (ln.startswith("# ") and (CODE_UNDER_COMMENT.match(ln[2:]) or rematch.match(r"\.{0,2}/[\w.-]+/", ln[2:])))]
    heads = [h for h in heads if not h.endswith((".", "。")) and not SENTENCE_BREAK.search(h)]
    # Headings of one language only are not a Markdown document's outline: its
    # headings are in both languages (or bilingual), as its text is.
    both = any(han_count(h) for h in heads) and any(latin_count(h) >= 2 for h in heads)
    atx = len(heads) if both else min(len(heads), 1)
    fences = sum(1 for ln in lines if FENCE_RE.match(ln))
    links = len(rematch.findall(r"\]\([^)\s]+\)", text))
    # Strong emphasis, not runs of asterisks (*** marks redacted names in plain text).
    emph = len(rematch.findall(r"(?<!\*)\*\*[^*\n]+\*\*(?!\*)", text))
    fm = front_matter(text) is not None
    # Emphasis alone never makes a file Markdown: it also occurs in plain text.
    # (Nor do fences alone: a wiki page copied as text keeps its code's fences, its headings plain lines.)
    fenced = 0.2 * (fences // 2) if atx or links or fm else min(0.5, 0.2 * (fences // 2))
    score = min(1.0, 0.3 * atx + fenced + 0.1 * links + min(0.3, 0.05 * emph) + (0.5 if fm else 0.0))
    parts = []
    if atx:
        parts.append(f"{atx} '#' headings")
    if fences:
        parts.append(f"{fences // 2} fenced code blocks")
    if links:
        parts.append(f"{links} links")
    if fm:
        parts.append("front matter")
    return score, ", ".join(parts) or "no Markdown markup"


__all__ = ["scan", "front_matter", "split_bilingual", "plain_of", "looks_like_markdown", "link_definitions", "MdBlock",
           "FrontMatter"]


# --------------------------------------------------------------------------- safe rendering

UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:", "file:")


def _unsafe(url: str) -> bool:
    u = url
    for _ in range(3):  # entities may be nested (&amp;#115;)
        u = html.unescape(u)
    u = rematch.sub(r"[\x00-\x20\x7f]+", "", u).lower()
    return u.startswith(UNSAFE_SCHEMES)


def _external(url: str) -> bool:
    return bool(rematch.match(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", url, re.I))


_MD = None
# A footnote's mark ('[^1]', '[^note]') and the line that starts its text ('[^1]: …').
FOOTNOTE_MARK = r"\[\^([^\]\s]{1,40})\]"
FOOTNOTE_DEF = rx(r"^ {0,3}" + FOOTNOTE_MARK + r":[ \t]*", re.M)


def _markdown():
    """One Markdown converter: raw HTML off (it is escaped as text), links made safe."""
    global _MD
    if _MD is None:
        import xml.etree.ElementTree as etree

        import markdown
        from markdown.blockprocessors import BlockProcessor
        from markdown.inlinepatterns import InlineProcessor
        from markdown.treeprocessors import Treeprocessor

        class SafeLinks(Treeprocessor):
            def run(self, root):
                for el in list(root.iter()):
                    for attr in ("href", "src"):
                        v = el.get(attr)
                        if v is not None and _unsafe(v):
                            del el.attrib[attr]
                    if el.tag == "img" and el.get("src") and _external(el.get("src")):
                        # An image from elsewhere becomes a link to it: the page
                        # itself makes no request outside the site.
                        src, alt = el.get("src"), el.get("alt") or el.get("src")
                        el.tag = "a"
                        el.attrib.clear()
                        el.set("href", src)
                        el.set("class", "bt-external-image")
                        el.text = alt
                    if el.tag == "a" and el.get("href") and _external(el.get("href")):
                        el.set("rel", "noopener nofollow")

        class FootnoteMark(InlineProcessor):
            """'[^1]' in the text: the note's mark, shown raised."""

            def handleMatch(self, m, data):
                el = etree.Element("sup", {"class": "bt-fn"})
                el.text = m.group(1)
                return el, m.start(0), m.end(0)

        class FootnoteText(BlockProcessor):
            """'[^1]: 按区域电网……': a note's text, each a paragraph that starts with its
            mark (not a link's target, which the text would vanish into)."""

            def test(self, parent, block):
                return FOOTNOTE_DEF.match(block) is not None

            def run(self, parent, blocks):
                block = blocks.pop(0)
                starts = [m.start() for m in FOOTNOTE_DEF.finditer(block)] + [len(block)]
                for a, b in zip(starts, starts[1:]):
                    m = FOOTNOTE_DEF.match(block, a)
                    p = etree.SubElement(parent, "p", {"class": "bt-fn-def"})
                    p.text = f"[^{m.group(1)}] " + " ".join(block[m.end():b].split())

        md = markdown.Markdown(extensions=["tables", "fenced_code", "sane_lists", "admonition"], output_format="html")
        md.inlinePatterns.register(FootnoteMark(FOOTNOTE_MARK, md), "bitext_footnote_mark", 175)
        md.parser.blockprocessors.register(FootnoteText(md.parser), "bitext_footnote_text", 16)
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(SafeLinks(md), "bitext_safe_links", 0)
        _MD = md
    return _MD


# A block that is an HTML comment, as scan keeps it: "<!--" … "-->".
COMMENT_BLOCK = rx(r"\s*<!--(?:(?!-->).)*-->\s*", re.S)


def render_html(text: str, links: dict[str, tuple[str, str]] | None = None) -> str:
    """Markdown source of one block → HTML. Raw HTML in the source is shown as
    text, never made live; javascript:/data: links lose their target. links:
    the document's link targets by label (lower case), for its reference links."""
    if COMMENT_BLOCK.fullmatch(text):
        # An HTML comment (see scan) is shown as written, Markdown inside it too: none of it is markup.
        return "<p>" + html.escape(text, quote=False).replace("\n", "<br>\n") + "</p>"
    md = _markdown()
    md.reset()
    md.references.update(links or {})
    if text.startswith("???") and ADMONITION_RE.match(text):
        text = "!!!" + text[3:].lstrip("+")  # a box that opens and closes: shown open
    dedented = textwrap.dedent(text)
    if dedented != text and FENCE_RE.match(dedented.split("\n", 1)[0]):
        # A fenced block indented under a list item ('    ```bash'): code with its
        # language, not an indented code block that shows the fences.
        text = dedented
    return md.convert(text)
