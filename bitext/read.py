"""read: bytes → Source.

Decoding, newline normalisation, metadata (date, author, title), boilerplate,
the language of every block, and the layout of the document. Only this stage
opens input files.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable

from .model import Block, Diagnostic, Meta, Removed, Source
from .text import detect_lang, ends_with_final_punct, han_count, latin_count, normalize_space

MAX_BYTES = 16 * 1024 * 1024  # a report larger than this is refused, quickly and clearly


class InputError(Exception):
    """A problem with an input file that stops the build (exit code 1)."""

    def __init__(self, file: str, message: str, line: int | None = None):
        super().__init__(message)
        self.file = file
        self.line = line

    def format(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "")
        return f"{where}: error: {self}"


# --------------------------------------------------------------------------- decoding


def decode(data: bytes, name: str) -> tuple[str, str, list[Diagnostic]]:
    """Decode bytes to text. Returns (text, encoding name, diagnostics)."""
    diags: list[Diagnostic] = []
    if not data.strip():
        raise InputError(name, "the file is empty")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc, diags
            except UnicodeDecodeError as e:
                raise InputError(name, f"the file starts with a {enc} byte-order mark but is not valid {enc}: {e.reason}") from None
    if b"\x00" in data:
        raise InputError(name, "the file looks binary (it contains NUL bytes); bitext reads text files")
    try:
        return data.decode("utf-8"), "utf-8", diags
    except UnicodeDecodeError as e:
        if e.start >= len(data) - 3 and e.reason in ("unexpected end of data",):
            # A file cut off in the middle of its last character.
            text = data[: e.start].decode("utf-8")
            diags.append(Diagnostic("warning", "the file ends in the middle of a UTF-8 character (truncated?); its last bytes were dropped", text.count("\n") + 1, name))
            return text, "utf-8", diags
        utf8_error = e
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["gb18030", "big5", "utf_16", "utf_8", "cp1252", "latin_1"]).best()
    if best is None:
        raise InputError(name, f"the file is neither UTF-8 nor a known Chinese encoding (first bad byte at offset {utf8_error.start})")
    enc = best.encoding
    if enc in ("gb2312", "gbk"):
        enc = "gb18030"  # the superset decodes everything the subsets do
    text = data.decode(enc, errors="strict")
    if _binaryish(text):
        raise InputError(name, "the file looks binary (mostly control characters); bitext reads text files")
    diags.append(Diagnostic("info", f"decoded as {enc} (not UTF-8)", None, name))
    return text, enc, diags


def _binaryish(text: str) -> bool:
    sample = text[:4096]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bad > max(8, len(sample) // 20)


CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def normalize_text(text: str) -> str:
    """Newlines to \\n; a BOM left inside is dropped; control characters become spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = text.replace("\ufeff", "")
    return CONTROL_RE.sub(" ", text)


# --------------------------------------------------------------------------- raw blocks


@dataclass(frozen=True)
class Line:
    text: str  # space-normalised
    no: int  # 1-based
    lang: str | None


def lines_of(text: str) -> list[Line]:
    out = []
    for i, raw in enumerate(text.split("\n"), start=1):
        t = normalize_space(raw)
        out.append(Line(t, i, detect_lang(t) if t else None))
    return out


def paragraphs_of(lines: list[Line]) -> list[Line]:
    """Plain-text paragraphs: one per line, except hard-wrapped lines are joined.

    A line is a continuation of the previous one when they are in the same
    language, no blank line separates them, the previous line does not end a
    sentence and is long (wrapped at a width), and the new line does not look
    like the start of a new paragraph.
    """
    nonblank = [ln for ln in lines if ln.text]
    if not nonblank:
        return []
    lengths = sorted(len(ln.text) for ln in nonblank)
    width = lengths[int(len(lengths) * 0.9)] if lengths else 0
    wrapped = 40 <= width <= 120  # long single-line paragraphs mean the file is not hard-wrapped
    out: list[Line] = []
    prev_blank = True
    for ln in lines:
        if not ln.text:
            prev_blank = True
            continue
        if out and not prev_blank and wrapped and _continues(out[-1], ln, width):
            last = out[-1]
            sep = "" if ln.lang == "zh" else " "
            lang = last.lang or ln.lang
            out[-1] = Line(last.text + sep + ln.text, last.no, lang)
        else:
            out.append(ln)
        prev_blank = False
    return out


def _continues(prev: Line, ln: Line, width: int) -> bool:
    if prev.lang != ln.lang or prev.lang is None:
        return False
    if ends_with_final_punct(prev.text):
        return False
    if len(prev.text) < 0.6 * width:
        return False
    return not re.match(r"^(\d+[.)、]|[一二三四五六七八九十]+、|[-*•·]\s)", ln.text)


# --------------------------------------------------------------------------- metadata

DATE_RE = re.compile(
    r"^(?:(?:时间|日期|发布时间|发布日期|Date|Published|Time)\s*[:：]?\s*)?"
    r"(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})\s*日?$",
    re.I,
)
AUTHOR_LABEL_RE = re.compile(r"^(?:作者|撰稿|撰文|文|记者|Author|By)\s*[:：|/]?\s*(\S.{0,60})$", re.I)
NAME_ZH_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:[·•][\u4e00-\u9fff]{1,6})?$")
NAME_EN_RE = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z.]+){1,3}$")


def extract_meta(paras: list[Line]) -> tuple[str | None, str | None, int]:
    """Date and author from the lines at the top. Returns (date, author, lines used)."""
    date = author = None
    used = 0
    for ln in paras[:4]:
        m = DATE_RE.match(ln.text)
        if m and date is None:
            y, mo, d = (int(g) for g in m.groups())
            if 1 <= mo <= 12 and 1 <= d <= 31:
                date = f"{y:04d}-{mo:02d}-{d:02d}"
                used += 1
                continue
        m = AUTHOR_LABEL_RE.match(ln.text)
        if m and author is None and len(ln.text) <= 64 and not ends_with_final_punct(ln.text):
            author = m.group(1).strip()
            used += 1
            continue
        # A bare name next to the date line.
        if author is None and date is not None and (NAME_ZH_RE.match(ln.text) or NAME_EN_RE.match(ln.text)):
            author = ln.text
            used += 1
            continue
        break
    return date, author, used


# --------------------------------------------------------------------------- boilerplate

# What aggregator and site footers talk about: rights, reprinting, removal
# requests, contact, disclaimers, sources. Each pattern is one cue.
BOILERPLATE_CUES = [
    r"版权|著作权|copyright|©|\(c\)",
    r"侵权|infring",
    r"转载|reprint|repost",
    r"出处|来源[:：]|原文链接|原标题|source:",
    r"联系.{0,6}(管理员|我们|本站|删除|处理)|contact (us|the admin)",
    r"删除|remov(e|al) request|take ?down",
    r"仅供.{0,4}参考|for reference only",
    r"免责|声明|disclaimer",
    r"本站|本网|本平台|本公众号|this (site|website)",
    r"all rights reserved|保留所有权利|版权所有",
    r"责任编辑|编辑[:：]|editor:",
    r"扫码|二维码|关注我们|公众号|subscribe|follow us",
]
_CUES = [re.compile(c, re.I) for c in BOILERPLATE_CUES]


def boilerplate_score(text: str) -> int:
    return sum(1 for c in _CUES if c.search(text))


def is_boilerplate(text: str, out_of_pattern: bool) -> bool:
    """A block that talks about the publication rather than being part of it."""
    if len(text) > 600:
        return False
    score = boilerplate_score(text) + (1 if out_of_pattern else 0)
    return score >= 3


# --------------------------------------------------------------------------- layouts


@dataclass(frozen=True)
class Arranged:
    """A layout's answer: blocks in reading order, each assigned to a language stream."""

    blocks: list[Block]
    reason: str


class Layout:
    name = ""

    def detect(self, paras: list[Line], path: str) -> tuple[float, str]:  # pragma: no cover - interface
        raise NotImplementedError

    def arrange(self, paras: list[Line], path: str) -> Arranged:  # pragma: no cover - interface
        raise NotImplementedError


LAYOUTS: dict[str, Layout] = {}


def register(cls: type[Layout]) -> type[Layout]:
    LAYOUTS[cls.name] = cls()
    return cls


def _langs(paras: list[Line]) -> list[str | None]:
    return [p.lang for p in paras]


def _fill_neutral(paras: list[Line]) -> list[str]:
    """Blocks with no letters (numbers, ***) take the language of the block before (or after)."""
    langs = _langs(paras)
    out: list[str] = []
    last = next((lg for lg in langs if lg), "zh")
    for lg in langs:
        last = lg or last
        out.append(last)
    return out


@register
class Sequential(Layout):
    """All of one language, then all of the other (either order)."""

    name = "sequential"

    @staticmethod
    def best_split(langs: list[str]) -> tuple[int, str, float]:
        n = len(langs)
        best = (0, "zh", 0.0)
        for first, second in (("zh", "en"), ("en", "zh")):
            before = 0
            after = sum(1 for lg in langs if lg == second)
            for k in range(n + 1):
                if k:
                    before += langs[k - 1] == first
                    after -= langs[k - 1] == second
                fit = (before + after) / n if n else 0.0
                if fit > best[2] and 0 < k < n:
                    best = (k, first, fit)
        return best

    def detect(self, paras, path):
        langs = _fill_neutral(paras)
        if len(set(langs)) < 2:
            return 0.0, "only one language found"
        k, first, fit = self.best_split(langs)
        return fit, f"{fit:.0%} of the blocks fit one {first} half followed by the other language (split before block {k + 1})"

    def arrange(self, paras, path):
        langs = _fill_neutral(paras)
        k, first, fit = self.best_split(langs)
        second = "en" if first == "zh" else "zh"
        blocks = [Block(p.text, (first if i < k else second), p.no, file=path) for i, p in enumerate(paras)]
        return Arranged(blocks, f"sequential: {first} first; {fit:.0%} of blocks fit")


@register
class Interleaved(Layout):
    """Each Chinese paragraph followed by its English one (or the reverse)."""

    name = "interleaved"

    def detect(self, paras, path):
        langs = _fill_neutral(paras)
        if len(langs) < 4 or len(set(langs)) < 2:
            return 0.0, "too few blocks"
        switches = sum(1 for a, b in zip(langs, langs[1:]) if a != b)
        ratio = switches / (len(langs) - 1)
        # Perfect alternation gives 1.0; allow headings and multi-paragraph runs.
        return min(1.0, ratio * 1.6), f"the language changes at {switches} of {len(langs) - 1} block boundaries"

    def arrange(self, paras, path):
        langs = _fill_neutral(paras)
        blocks = [Block(p.text, lg, p.no, file=path) for p, lg in zip(paras, langs)]
        return Arranged(blocks, "interleaved")


def choose_layout(paras: list[Line], path: str, forced: str | None = None) -> tuple[Layout, str]:
    if forced:
        if forced not in LAYOUTS:
            raise InputError(path, f"unknown layout {forced!r}; choose one of: {', '.join(sorted(LAYOUTS))}")
        return LAYOUTS[forced], "chosen with --layout"
    scored = []
    for lay in LAYOUTS.values():
        score, why = lay.detect(paras, path)
        scored.append((score, lay.name, lay, why))
    scored.sort(key=lambda t: (-t[0], t[1]))
    # Prefer sequential when it explains nearly everything.
    seq = next(s for s in scored if s[1] == "sequential")
    if seq[0] >= 0.9:
        return seq[2], seq[3]
    return scored[0][2], scored[0][3]


# --------------------------------------------------------------------------- entry points


def read_bytes(path: str | Path) -> bytes:
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise InputError(name, "no such file")
    if p.is_dir():
        raise InputError(name, "is a folder, not a report file")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise InputError(name, f"the file is {size / 1e6:.0f} MB; bitext reads reports up to {MAX_BYTES // (1024 * 1024)} MiB (split it into several reports)")
    try:
        return p.read_bytes()
    except OSError as e:
        raise InputError(name, f"cannot read: {e.strerror}") from None


def read(path: str | Path, layout: str | None = None, title: tuple[str | None, str | None] = (None, None)) -> Source:
    name = str(path)
    text, enc, diags = decode(read_bytes(path), name)
    return read_text(normalize_text(text), name, enc, diags, layout, title)


def read_text(text: str, name: str, enc: str = "utf-8", diags: list[Diagnostic] | None = None,
              layout: str | None = None, title: tuple[str | None, str | None] = (None, None)) -> Source:
    diags = list(diags or [])
    paras = paragraphs_of(lines_of(text))
    if not paras:
        raise InputError(name, "the file has no text")
    date, author, used = extract_meta(paras)
    paras = paras[used:]
    removed: list[Removed] = []
    lay, why = choose_layout(paras, name, layout) if paras else (LAYOUTS["sequential"], "empty")
    arranged = lay.arrange(paras, name) if paras else Arranged([], "")
    blocks = arranged.blocks
    blocks, removed = strip_boilerplate(blocks)
    for r in removed:
        diags.append(Diagnostic("info", f"removed as boilerplate ({r.reason}): {r.text[:40]}…", r.line, name))
    langs = {b.lang for b in blocks}
    if "zh" not in langs:
        diags.append(Diagnostic("warning", "no Chinese text found; the page will have an empty Chinese side", None, name))
    if "en" not in langs:
        diags.append(Diagnostic("warning", "no English text found; the page will have an empty English side", None, name))
    script = "Hant" if _traditional(blocks) else "Hans"
    meta = Meta(date=date, author=author, title_zh=title[0], title_en=title[1], script=script)
    return Source(name=name, blocks=tuple(blocks), meta=meta, removed=tuple(removed), diagnostics=tuple(diags),
                  layout=lay.name, layout_reason=why, encoding=enc)


def strip_boilerplate(blocks: list[Block]) -> tuple[list[Block], list[Removed]]:
    """Remove footer/header boilerplate at either edge of the document."""
    removed: list[Removed] = []
    blocks = list(blocks)
    # Trailing blocks. A block in a language run that comes after the other
    # language's run in a sequential document is "out of pattern" (a Chinese
    # footer after the English translation).
    while blocks:
        last = blocks[-1]
        out_of_pattern = len(blocks) > 1 and last.lang != blocks[-2].lang
        if not is_boilerplate(last.text, out_of_pattern):
            break
        removed.insert(0, Removed(last.text, last.line, "footer"))
        blocks.pop()
    while blocks:
        first = blocks[0]
        if not is_boilerplate(first.text, False):
            break
        removed.append(Removed(first.text, first.line, "header"))
        blocks.pop(0)
    return blocks, removed


def _traditional(blocks: Iterable[Block]) -> bool:
    sample = "".join(b.text for b in blocks if b.lang == "zh")[:20000]
    if not sample:
        return False
    try:
        import hanzidentifier as hi
    except ImportError:  # pragma: no cover - a pinned dependency
        return False
    # Count characters that exist only in one script.
    trad = simp = 0
    for ch in set(sample):
        if han_count(ch):
            t = hi.identify(ch)
            if t == hi.TRADITIONAL:
                trad += 1
            elif t == hi.SIMPLIFIED:
                simp += 1
    return trad > 2 * simp and trad >= 3


__all__ = ["read", "read_text", "decode", "InputError", "LAYOUTS", "register", "Layout"]
