"""read: bytes → Source.

Decoding, newline normalisation, metadata (date, author, title), boilerplate,
the language of every block, and the layout of the document. Only this stage
opens input files.
"""
from __future__ import annotations

import bisect
import itertools
import codecs
import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable

from .headings import (ADDRESS_FIELD, COLUMN_RULE, BILINGUAL_BANNER, COPY_BANNER, party_line, standard_cover, ADMONITION, BARE_KIND, PAGE_CONTENTS, TOC_RE, CAP_NUMBER, DATE_TOKEN, DOC_PARTICULARS, DOCUMENT_KIND, EN_KINDS, TOC_ENTRY, EDITION, EN_ROLE, LANGUAGE_BANNER, VERSION_TOKEN, ZH_FULL_NAME, ZH_ROLE, TITLE_SMALL_WORDS, date_line, guarded, is_bullet, is_numbered,
                       name_line, never_heading, notice_title, numbering, organisation, street_address, table_row)
from .model import LAYOUT_NAMES, Block, Diagnostic, InputError, Meta, Removed, Source, join_units, shown_name
from .furniture import CRUMB, FURNITURE, strip_furniture
from .text import CLOSERS, ZH_NUMBER_LEAD, cut_in_brackets, detect_lang, display_width, ends_with_final_punct, han_count, latin_count, normalize_space
from . import rematch
from .cache import rx

MAX_BYTES = 16 * 1024 * 1024  # a report larger than this is refused, quickly and clearly


# --------------------------------------------------------------------------- decoding


def decode(data: bytes, name: str) -> tuple[str, str, list[Diagnostic]]:
    """Decode bytes to text. Returns (text, encoding name, diagnostics)."""
    diags: list[Diagnostic] = []
    if not data.strip():
        raise InputError(name, "the file is empty")
    # (UTF-32's marks first: the little-endian one begins with UTF-16's.)
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc, diags
            except UnicodeDecodeError as e:
                raise InputError(name, f"the file starts with a {enc} byte-order mark but is not valid {enc}: {e.reason}") from None
    if b"\x00" in data:
        found = _utf32_without_bom(data) or _utf16_without_bom(data)
        if found is None:
            raise InputError(name, "the file looks binary (it contains NUL bytes); bitext reads text files")
        text, enc = found
        diags.append(Diagnostic("info", f"decoded as {enc} (no byte-order mark)", None, name))
        return text, enc, diags
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

    best = from_bytes(data, cp_isolation=["gb18030", "big5", "big5hkscs", "utf_16", "utf_8", "cp1252", "latin_1"]).best()
    if best is None:
        # Chinese mixed word for word with code and English ("`POST /wallet` 接口…") reads
        # as noise to the detector's default threshold; a Chinese encoding may still fit.
        best = from_bytes(data, cp_isolation=["gb18030", "big5", "big5hkscs"], threshold=0.5).best()
    if best is None:
        # A run of full-width spaces (a form's "公司代码：688739　　　　……") makes the
        # detector's first chunk look like noise; a Chinese encoding that decodes the whole
        # file strictly to Chinese text is still the answer.
        best = next((m for m in from_bytes(data, cp_isolation=["gb18030", "big5", "big5hkscs"], threshold=1.0)
                     if _mostly_han(str(m))), None)
    if best is None:
        raise InputError(name, f"the file is neither UTF-8 nor a known Chinese encoding (first bad byte at offset {utf8_error.start})")
    enc = best.encoding
    if enc in ("gb2312", "gbk"):
        enc = "gb18030"  # the superset decodes everything the subsets do
    enc = _english_punctuation(data, enc)
    text = data.decode(enc, errors="strict")
    if _binaryish(text):
        raise InputError(name, "the file looks binary (mostly control characters); bitext reads text files")
    diags.append(Diagnostic("info", f"decoded as {enc} (not UTF-8)", None, name))
    return text, enc, diags


def _english_punctuation(data: bytes, enc: str) -> str:
    """An English text in a Chinese encoding has few bytes that are not ASCII: its curly quotes and
    dashes, where both encodings decode them ("Individuals’ Requests" in GB18030 reads
    "Individuals＊ Requests" in Big5). Of the two, the one that reads them as punctuation."""
    if enc not in ("big5", "big5hkscs", "gb18030") or sum(1 for c in data if c > 0x7F) > 0.02 * len(data):
        return enc

    def punctuation(e: str) -> int | None:
        try:
            t = data.decode(e)
        except UnicodeDecodeError:
            return None
        return sum(1 for c in t if "\u2010" <= c <= "\u2027")

    alt = "big5" if enc == "gb18030" else "gb18030"
    own, other = punctuation("gb18030" if enc == "gb18030" else "big5"), punctuation(alt)
    return alt if other is not None and other > (own or 0) else enc


def _utf32_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-32 text saved without a byte-order mark: the two high bytes of every
    character NUL (every character of a report lies below U+10000, or nearly)."""
    if len(data) % 4 or len(data) < 8:
        return None
    for enc, high in (("utf-32-le", (data[2::4], data[3::4])), ("utf-32-be", (data[0::4], data[1::4]))):
        if high[1].count(0) == len(high[1]) and high[0].count(0) >= 0.95 * len(high[0]):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                return None
            return (text, enc) if not _binaryish(text) and "\x00" not in text else None
    return None


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text saved without a byte-order mark: NULs in every other byte
    (the high bytes of ASCII characters). Anything else with NULs is binary."""
    if len(data) % 2 or len(data) < 4:
        return None
    half = len(data) // 2
    odd, even = data[1::2].count(0), data[0::2].count(0)
    if max(odd, even) < 0.05 * half or min(odd, even) > 0.5 * max(odd, even):
        return None
    enc = "utf-16-le" if odd > even else "utf-16-be"
    try:
        text = data.decode(enc)
    except UnicodeDecodeError:
        return None
    if _binaryish(text) or "\x00" in text:
        return None
    sensible = sum(1 for ch in text if ch.isalnum() or ch.isspace() or 0x3000 <= ord(ch) <= 0x9fff or 0xff00 <= ord(ch) <= 0xffef
                   or ch in ".,;:!?'\"()[]-/&%*#@+=_<>")
    return (text, enc) if sensible >= 0.9 * len(text) else None


def _mostly_han(text: str) -> bool:
    """Most of the text's characters beyond ASCII are what Chinese text is made of
    (characters, punctuation, full-width forms, the lines of a table drawn in text,
    check boxes), not the scattered symbols of a wrong decoding."""
    wide = [ch for ch in text if ord(ch) > 127]
    han = han_count(text)
    marks = sum(1 for ch in wide if "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" or "\u2010" <= ch <= "\u2027"
                or "\u2190" <= ch <= "\u22ff" or "\u2460" <= ch <= "\u25ff" or ch in "·×÷°§")
    return han >= 20 and han + marks >= 0.95 * len(wide)


def _binaryish(text: str) -> bool:
    sample = text[:4096]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bad > max(8, len(sample) // 20)


CONTROL_RE = rx(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def normalize_notes(text: str, name: str) -> list[Diagnostic]:
    """What normalize_text changes besides newlines, said once: control characters
    (no page can show them) become spaces, a byte-order mark inside the text goes."""
    found = [(m.start(), m.group()) for m in CONTROL_RE.finditer(text)] + [(m.start(), m.group()) for m in rematch.finditer("\ufeff", text)]
    if not found:
        return []
    found.sort()
    kinds = sorted({ch for _, ch in found})
    what = ", ".join(f"U+{ord(ch):04X}" for ch in kinds[:6]) + (", …" if len(kinds) > 6 else "")
    line = text.count("\n", 0, found[0][0]) + 1
    return [Diagnostic("info" if set(kinds) <= {"\x0c"} else "warning",
                       f"{len(found)} invisible character(s) ({what}) replaced by a space or, for a byte-order mark, dropped",
                       line, name)]


def normalize_text(text: str) -> str:
    """Newlines to \\n; a BOM left inside is dropped; control characters become spaces,
    but a page break inside a line (a PDF's last line, then the next page's header:
    '目录 … 5\\f海澄自由港基本章程') ends that line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = rematch.sub(r"(?<=[^\n\x0c])\x0c", "\n", text.replace("\ufeff", ""))
    return CONTROL_RE.sub(" ", text)


# --------------------------------------------------------------------------- raw blocks


@dataclass(frozen=True)
class Line:
    text: str  # space-normalised
    no: int  # 1-based
    lang: str | None
    spread: bool = False  # its words stood apart across the line, as a page's header prints two names
    lead: int = 0  # the columns it was set in by


def lines_of(text: str) -> list[Line]:
    out = []
    for i, raw in enumerate(text.split("\n"), start=1):
        t = normalize_space(raw)
        lead = display_width(raw[:len(raw) - len(raw.lstrip())].replace("\t", " " * 8))
        out.append(Line(t, i, line_lang(t) if t else None, bool(SPREAD.search(raw.strip())), lead))
    return out


SPREAD = rx(r"\S(?: {6,}|\u3000{3,}|\t{2,})\S")


def page_furniture(lines: list[Line]) -> tuple[list[Line], list[Removed]]:
    """The lines with page numbers and running headers blanked, and what was taken."""
    kept, taken = strip_furniture(lines)
    return kept, [Removed(t, no, reason) for t, no, reason in taken]


def _goes_on(last: str, first: str) -> bool:
    """The first line of a page goes on with the sentence the last line of the page
    before broke off: in lower case ('of an independent commission …'), or in Chinese
    after a line that stops in the middle of a sentence (at a character or a comma)."""
    if rematch.match(r"[a-z]", first):
        return True
    return bool(rematch.search(r"[\u3400-\u9fff，、]$", last) and rematch.match(r"[\u3400-\u9fff]", first)) and not numbering(first)


def page_breaks(furniture: list[Removed]) -> frozenset[int]:
    """The lines taken as a printed page's number or running header: where one page ends."""
    return frozenset(r.line for r in furniture if r.reason in ("page number", "running header"))


def line_lang(text: str) -> str | None:
    """The language of a line, not counting a gloss in brackets: "云笺（CloudNote）"
    is Chinese naming a thing with its Latin spelling, as "the Data Centre
    (数据中心)" is English. A line that is only brackets is read whole."""
    if ZH_NUMBER_LEAD.match(text):
        return "zh"  # "（二）Windows": the number is no gloss
    rest = rematch.sub(r"[（(][^（）()]*[)）]", " ", text)
    if not han_count(text) and rematch.search(r"（[^（）A-Za-z]+）", text):
        return "zh"  # a date or number in brackets typed in Chinese ("4.0.0-rc.2（2024-05-20）"), not a gloss
    if not han_count(text) and not latin_count(text) and rematch.fullmatch(r"[\d.\s-]+\([\d\s./-]+\)", text.strip()):
        return "en"  # and in brackets typed in English ("3.6.2 (2024-04-11)")
    return detect_lang(rest) or detect_lang(text)


def margins_of(text: str) -> dict[int, int]:
    """How far each line (1-based) that holds text is set in."""
    return {no: len(raw) - len(raw.lstrip(" \u3000")) for no, raw in enumerate(text.split("\n"), 1) if raw.strip()}


def indents_of(text: str) -> dict[int, int] | None:
    """How far each line (1-based) is indented, for a text whose body is indented and
    whose headings stand further out (a manual page: "NAME" over "       ferrule - …",
    "   Global options" under "OPTIONS"); None for any other text."""
    ind = margins_of(text)
    if len(ind) < 8 or "\t" in text:
        return None
    deep = [n for n in ind.values() if n >= 3]
    if len(deep) < 0.6 * len(ind):
        return None
    body = _body_indent(ind)
    nos = sorted(ind)
    outs = [no for no, nxt in zip(nos, nos[1:]) if ind[no] < body and ind[nxt] > ind[no]]
    # (A paragraph's first line set in by two to four spaces, "    第一条……", is no indented body.)
    return ind if len(outs) >= 3 and body >= 5 else None


def _body_indent(indents: dict[int, int]) -> int:
    """The indent most of an indented text's lines have."""
    return Counter(n for n in indents.values() if n >= 3).most_common(1)[0][0]


def indented_headings(blocks: list[Block], indents: dict[int, int] | None, text_lines: list[str]) -> list[Block]:
    """In a text whose body is indented (see indents_of), a short line of its own that
    stands further out than the text under it is a heading, one level per indent; the
    rest is text, set apart by its indent: no line of it heads anything ("-j, --jobs N"
    over its description, a command's synopsis)."""
    if not indents:
        return blocks
    from .segment import _label_line  # segment reads this module's blocks
    body = _body_indent(indents)
    nos = sorted(indents)
    after = dict(zip(nos, nos[1:]))
    outs = sorted({indents[no] for no in nos if indents[no] < body})
    by_line = {b.line: b for b in blocks}
    out = []
    for b in blocks:
        no = b.line
        raw = text_lines[no - 1].strip() if no - 1 < len(text_lines) else ""
        # (A heading wrapped, its last words set in under it short of the text's margin: "9. Specified
        # works within tree protection zone require" / "   permit".)
        nxt = after.get(no)
        wrapped = (nxt is not None and indents[no] < indents[nxt] < body and nxt in after and indents[after[nxt]] > indents[nxt]
                   and nxt - 1 < len(text_lines) and b.text.strip() == raw + " " + text_lines[nxt - 1].strip())
        last = after[nxt] if wrapped else after.get(no)
        # (Its counterpart in the other language may stand under it, as far out: "名称" over "NAME"
        # over the text of a manual page set in both.)
        if (not wrapped and last is not None and indents[last] == indents[no] and last in after
                and (under := by_line.get(last)) is not None and under.lang != b.lang and under.kind == "para"
                and "\n" not in under.text and under.text.strip() == text_lines[last - 1].strip()):
            last = after[last]
        if (indents.get(no, body) < body and last is not None and indents[last] > indents[no] and "\n" not in b.text
                and b.kind == "para" and not b.markdown and (raw == b.text.strip() or wrapped) and len(b.text) <= (100 if wrapped else 60)
                # (A section's title may end in "etc.": "8. Prohibition on felling heritage trees, etc.")
                and not (rematch.search(r"[。！？；.!?;,，]$", b.text) and not rematch.search(r",?\setc\.$", b.text))
                # (Not a note that is never a heading: "(Originally 9 of 2023)" under an ordinance's long title.)
                and not never_heading(b.text)):
            out.append(replace(b, kind="heading", level=2 + outs.index(indents[no]), outlined=True))
        elif b.kind == "para" and _centred(raw, text_lines[no - 1] if no - 1 < len(text_lines) else "", body):
            out.append(b)  # a heading set in the middle of the line: "Part 1" over "Preliminary"
        elif (b.kind == "para" and indents.get(no, body) < body and indents.get(no + 1) == indents[no] and no + 1 in after
              and indents[after[no + 1]] > indents[no] and _label_line(raw, b.lang)):
            out.append(b)  # a label over the heading set out under it: "Schedule 1" over "Designated Piers"
        elif (b.kind == "para" and indents.get(no, body) < body and last is not None and indents[last] == indents[no]
              and no < len(text_lines) and not text_lines[no].strip() and (under := by_line.get(last)) is not None
              and under.lang == b.lang and "\n" not in b.text and len(b.text) <= 40 and not rematch.search(r"[。！？；.!?;,，:：]$", b.text)
              and ends_with_final_punct(under.text) and len(under.text) > 3 * len(b.text)):
            # (A title over text set out as far, after a blank line, which the body's indent does not
            # account for: an ordinance's "Long Title" over its sentence; the usual reading decides.)
            out.append(b)
        else:
            out.append(replace(b, outlined=True) if b.kind == "para" else b)
    return out


def _centred_pair(text: str, raws: list[str], body: int) -> bool:
    """A heading of two lines, the first set in from the text's margin and the second, its
    title's end, further in, about the middle: "     Chapter 3 Rights and Obligations of Readers,
    Issue of Library Cards" over "                       and Protection of Personal Data"."""
    if len(raws) != 2 or " ".join(r.strip() for r in raws) != text.strip():
        return False
    leads = [len(r) - len(r.lstrip(" ")) for r in raws]
    return (leads[0] > body and leads[1] >= max(16, body + 10, leads[0] + 8) and all(display_width(r.strip()) <= 70 for r in raws)
            and not rematch.search(r"[。！？；.!?;,，:：]$", text.strip()))


def _centred(text: str, raw: str, body: int) -> bool:
    """A short line set far in from the text's own margin, about the middle of the page,
    no sentence: a part's number or name as a gazette prints it."""
    lead = len(raw) - len(raw.lstrip(" "))
    return (bool(text) and lead >= max(16, body + 10) and display_width(text) <= 60
            and not rematch.search(r"[。！？；.!?;,，]$", text) and "  " not in text.strip())


def set_out(blocks: list[Block], indents: dict[int, int] | None, text_lines: list[str]) -> list[Block]:
    """What a plain text's layout says of its blocks: the headings an indented body sets apart
    (see indented_headings); in a text set flush left, the headings centred over two lines (see
    centred_wraps) and the examples set in (see set_in_examples)."""
    blocks = indented_headings(blocks, indents, text_lines)
    if indents is None:
        blocks = set_in_examples(centred_wraps(blocks, text_lines), text_lines)
    return blocks


def centred_wraps(blocks: list[Block], text_lines: list[str]) -> list[Block]:
    """A numbered heading set in the middle of the page and wrapped there, its end on
    the next line, centred too: one heading ("Chapter II Planning and Construction of
    Water" over "Supply Facilities", each set far in from a margin the text keeps)."""
    from .segment import heading_line  # segment reads this module's blocks

    out: list[Block] = []
    for b in blocks:
        prev = out[-1] if out else None
        if (prev is not None and b.kind == "para" and prev.kind == "para" and not (b.markdown or prev.markdown or b.outlined or prev.outlined)
                and b.lang == prev.lang and b.line == prev.line + 1 and b.file == prev.file and "\n" not in b.text + prev.text
                and b.line - 1 < len(text_lines)):
            raws = text_lines[prev.line - 1:b.line]
            first, second = prev.text.strip(), b.text.strip()
            joined = first + ("" if b.lang == "zh" else " ") + second
            nb = numbering(first)
            # (Or a title under its number alone, the three lines centred: "CHAPTER VIII" over "LEGAL
            # PERSONALITY, PRIVILEGES AND IMMUNITIES," over "AND RELATIONS WITH THE HOST COUNTRY".)
            above = out[-2] if len(out) >= 2 else None
            label = (nb is None and above is not None and above.kind == "para" and above.lang == b.lang and above.line == prev.line - 1
                     and (na := numbering(above.text.strip())) is not None and na.kind != "list" and not above.text.strip()[na.length:].strip()
                     and _centred(above.text.strip(), text_lines[above.line - 1], 0))
            # (A number alone over its title, "附表1" over "費用", is joined where headings are read.)
            # (Not a note in brackets under it, the sections it is made under: "附表 1 …" over "[第 4 及 16 條]".)
            if (((nb is not None and nb.kind != "list" and first[nb.length:].strip()) or label) and numbering(second) is None
                    and not rematch.fullmatch(r"[\[［(（〔].*[\]］)）〕]", second)
                    and [normalize_space(r) for r in raws] == [first, second]
                    # (The title's longer first line under its number may start nearer the margin.)
                    and all(_centred(t, r, 0) or (label and k == 0 and len(r) - len(r.lstrip(" ")) >= 8)
                            for k, (t, r) in enumerate(zip((first, second), raws)))
                    and not ends_with_final_punct(second) and not rematch.search(r"[.;:。；：]$", first)
                    and (len(second) <= 16 if b.lang == "zh" else len(second.split()) <= 8) and heading_line(joined, b.lang)):
                out[-1] = replace(prev, text=joined)
                continue
        out.append(b)
    return out


# The divisions whose heading a text may set in, wrapped, as far in as its text's examples.
WRAPPED_KINDS = ("chapter", "part", "section", "annex")


def set_in_examples(blocks: list[Block], text_lines: list[str]) -> list[Block]:
    """In a text set flush left, lines set in by four to eight spaces under a lead-in
    ("用法：", "Example:") or two or more of them together are its examples: code,
    commands, a configuration file's lines, a contents list. They head nothing
    (a plain-text manual's "    [default]", "    $ qycli bucket list")."""
    from .segment import heading_line  # segment reads this module's blocks

    ind = {no: len(raw) - len(raw.lstrip(" ")) for no, raw in enumerate(text_lines, 1) if raw.strip()}
    # (Flush left: long lines, the text's, start at the margin more often than anywhere else.)
    long = Counter(ind[no] for no in ind if display_width(text_lines[no - 1].strip()) >= 50)
    if sum(long.values()) < 10 or long.most_common(1)[0][0] != 0 or long[0] < 0.4 * sum(long.values()):
        return blocks
    examples: set[int] = set()

    def goes_on(no: int) -> bool:
        # A paragraph's first line set in, its sentence going on flush left on the next line, as a
        # text printed with its paragraphs indented is: "    为进一步完善……促进节约用水和水资" over
        # "源可持续利用，……". The lines set in over it are that text's too (its headings).
        t = text_lines[no - 1].strip()
        return (ind.get(no + 1) == 0 and display_width(t) >= 50 and not TOC_ENTRY.search(t)
                and t.rstrip(CLOSERS)[-1:] not in LINE_END and t[-1:] not in "：:"
                and (han_count(t) >= 15 or len(t.split()) >= 8))
    no, last = 1, len(text_lines)
    while no <= last:
        if ind.get(no, 0) < 4:
            no += 1
            continue
        end = no
        while ind.get(end + 1, 0) >= 4:
            end += 1
        above = no - 1 if no - 1 in ind else no - 2
        lead = ind.get(above) == 0 and text_lines[above - 1].rstrip().endswith(("：", ":"))
        # (Not a heading wrapped with its end set in the middle of the line, see _centred_pair.)
        pair = end == no + 1 and _centred_pair(" ".join(text_lines[k - 1].strip() for k in (no, end)), text_lines[no - 1:end], 0)
        # (Not where a line of the run reads as code: "baseurl=https://…", "[qmsync]".)
        code = any(rematch.search(r"[$={}<>\[\]\\|#]|https?:|\w/\w", text_lines[k - 1]) for k in range(no, end + 1))
        prose = goes_on(end) and not code
        # (Nor a chapter's or a part's heading set in and wrapped, its lines as far in as each other: "     Chapter IV
        # Organisational Structure, …, and" over "     Rules of Procedure".)
        nb = numbering(text_lines[no - 1].strip())
        titled = (end <= no + 2 and not lead and not code and nb is not None and nb.kind in WRAPPED_KINDS
                  and heading_line(" ".join(text_lines[k - 1].strip() for k in range(no, end + 1)),
                                   "zh" if han_count(text_lines[no - 1]) else "en"))
        if 4 <= min(ind[k] for k in range(no, end + 1)) <= 8 and (end > no or lead) and not pair and not prose and not titled:
            examples.update(range(no, end + 1))
        no = end + 1
    if not examples:
        return blocks
    return [replace(b, outlined=True) if b.kind == "para" and b.line in examples and not b.markdown else b for b in blocks]


def more_headings(blocks: list[Block]) -> list[Block]:
    """Contact blocks, lines in brackets and questions read as headings (see each pass),
    but for the text of an indented layout (see indented_headings): its layout already
    said what heads it."""
    after = question_headings(bracket_headings(contact_headings(blocks)))
    if len(after) != len(blocks):
        return after
    return [a if a.outlined else b for a, b in zip(blocks, after)]


def paragraphs_of(lines: list[Line], indents: dict[int, int] | None = None,
                  breaks: frozenset[int] = frozenset(), margins: dict[int, int] | None = None,
                  starts: dict[int, int] | None = None) -> list[Line]:
    """Plain-text paragraphs: one per line, except hard-wrapped lines are joined.

    A language's lines are hard-wrapped when many of them end near one width.
    A line continues the previous one when both are in that language, no blank
    line separates them, the previous line does not end a sentence, does not
    read as a heading and reaches the width, and the new line does not look
    like the start of a new paragraph. A printed page's furniture between them
    (breaks: the numbers of the lines taken as its page number or running header,
    see page_breaks), with the blank lines around it, separates them no more than a wrap.
    margins: how far each line is set in (see margins_of), for the lines of a list
    item set in under its text; starts: where each list item's text starts (see item_starts).
    """
    nonblank = [ln for ln in lines if ln.text]
    if not nonblank:
        return []
    widths = {lg: _wrap_width([ln for ln in nonblank if ln.lang == lg]) for lg in ("zh", "en")}
    longest = {lg: max((display_width(ln.text) for ln in nonblank if ln.lang == lg), default=0) for lg in ("zh", "en")}
    out: list[Line] = []
    prev: Line | None = None
    hang: int | None = None  # where the text of the list item being read starts
    gap: list[int] = []  # the empty lines since the last line of text
    for ln in lines:
        if not ln.text:
            gap.append(ln.no)
            continue
        if gap and (not any(no in breaks for no in gap) or prev is None or not _goes_on(prev.text, ln.text)):
            prev = None
        gap = []
        width = widths.get((prev.lang if prev is not None else ln.lang) or "")
        # A list item's lines after the first, set in under its text ("  1) Choose a quiet
        # period and inform the owners of the affected" / "     applications."), go on with
        # it in a text that is not hard-wrapped too.
        # (Not a long line of text under a short line: "15. Appointment of authorized officers" over
        # its text, set in under its title, is a section's heading, not an item that filled its line;
        # a heading's last words set in under it go on with it.)
        full = 0.6 * longest.get(prev.lang or "", 0) if prev is not None else 0
        # (Nor a short numbered title with no stop in it over a whole sentence set in under it:
        # "15. 規例" over "園境事務局局長可訂立規例，就以下事宜訂定條文——".)
        titled = (prev is not None and display_width(prev.text) < full and 2 * display_width(prev.text) <= display_width(ln.text)
                  and rematch.match(r"\d{1,3}[.)）]\s", prev.text)
                  and not rematch.search(r"[，。；：,.;:]", prev.text[3:]) and ln.text.rstrip().endswith(tuple("。！？.!?—：:")))
        hanging = (out and prev is not None and margins is not None and hang is not None and margins.get(ln.no) == hang
                   and ln.lang == prev.lang and prev.text.rstrip(CLOSERS)[-1:] not in LINE_END and not LIST_MARK.match(ln.text)
                   and (display_width(prev.text) >= full or display_width(ln.text) < full) and not titled)
        if hanging or (out and prev is not None and ((width and _continues(prev, ln, width)) or (out[-1].no == prev.no and _label_over(prev, ln)))
                       and (indents is None or indents.get(ln.no) == indents.get(prev.no))):
            last = out[-1]
            # (A word broken at its hyphen goes on without a space: "store-and-" / "forward".)
            sep = "" if ln.lang == "zh" or (rematch.search(r"[A-Za-z]-$", last.text) and ln.text[:1].isalpha()) else " "
            out[-1] = Line(last.text + sep + ln.text, last.no, last.lang or ln.lang)
            ln = replace(ln, lang=out[-1].lang)  # (the paragraph's language goes on with it)
        else:
            out.append(ln)
            # (Where the text starts as the line was written: the marker's spaces may have been more than
            # one, "4.  車輛登記號碼及已連結的付款" over "    方式".)
            hang = (starts.get(ln.no) if starts is not None else _hanging(ln, margins)) if margins is not None else None
        prev = ln
    return out


# A list item's number or bullet, and the space after it: "1) ", "（2）", "a. ", "• ".
LIST_MARK = rx(r"(?:\d{1,3}[.)）、]|[（(][\da-z]{1,3}[)）]|[a-z][.)]|[-*•·])\s+")


def _hanging(item: Line, indents: dict[int, int]) -> int | None:
    """Where the text of a list item starts ("  1) Choose a quiet period …" is set in
    by two and its marker takes three more): its lines after the first line up there."""
    m = LIST_MARK.match(item.text)
    return indents.get(item.no, 0) + m.end() if m else None


def item_starts(text: str) -> dict[int, int]:
    """Where the text of each list item's first line starts (1-based line: column), as written:
    "4.  車輛…" starts at 4, its marker's two spaces and all."""
    out = {}
    for no, raw in enumerate(text.split("\n"), 1):
        body = raw.lstrip(" \u3000")
        m = LIST_MARK.match(body)
        if m:
            out[no] = len(raw) - len(body) + m.end()
    return out


CODE_LINE = rx(r"^(?:\$ |> |\./)?[a-z][\w.-]*(?: +\S+)*$")


def _code_like(text: str) -> bool:
    """A command or a line of code ("pip install tidewatch", "tidewatch --version")."""
    t = text.strip()
    return (not han_count(t) and bool(CODE_LINE.match(t)) and not t.endswith(".")
            and (len(t.split()) <= 8 and bool(rematch.search(r" -{1,2}\w|[/=_()]|\.\w|^\S+ \S+", t))))


def with_code_lines(paras: list[Line]) -> list[Line]:
    """A line that introduces code with a colon ("使用 pip 安装：", "Install it
    with pip:") and the code lines right below it are one paragraph: the
    lead-in is not a heading, the code says nothing about the language."""
    out: list[Line] = []
    for p in paras:
        last = out[-1] if out else None
        if (last is not None and _code_like(p.text) and p.no == last.no + last.text.count("\n") + 1
                and (last.text.endswith(("：", ":")) or "\n" in last.text)):
            out[-1] = Line(last.text + "\n" + p.text, last.no, last.lang)
            continue
        out.append(p)
    return out


# What ends a line that does not go on: a sentence's end, or a lead-in's colon.
LINE_END = "。！？!?.…；;:："


def _wrap_width(lines: list[Line]) -> int | None:
    """The width a language's lines are wrapped at, or None when they are not wrapped."""
    if len(lines) < 4:
        return None
    cols = [display_width(ln.text) for ln in lines]
    lengths = sorted(cols)
    width = lengths[int(len(lengths) * 0.9)]
    near = sum(1 for n in lengths if 0.75 * width <= n <= 1.1 * width)
    lo, hi = (40, 200) if lines[0].lang == "zh" else (40, 120)
    if not lo <= width <= hi:
        return None  # long single-line paragraphs: the file is not hard-wrapped
    # Wrapped text goes on from a line at the width to the line right under it, mid-sentence:
    # twice, or once from the full width (a council paper's number over its date is no wrapped line).
    goes_on = [n / width for a, b, n in zip(lines, lines[1:], cols)
               if b.no == a.no + 1 and n >= 0.75 * width and a.text.rstrip(CLOSERS)[-1:] not in LINE_END]
    # (A long text copied from print may have many short lines, titles and items, between
    # its wrapped ones: a quarter of its lines at the width are enough there, and fewer
    # where many lines go on, as between a manual's code and tables.)
    share = 0.35 if len(lengths) < 40 else 0.15 if len(goes_on) >= max(8, 0.05 * len(lengths)) else 0.25
    if near < share * len(lengths):
        return None
    return width if len(goes_on) >= 2 or max(goes_on, default=0) >= 0.9 else None


WRAP_WORD_END = rx(r"\s(?:a|an|the|this|these|its|their|your|our|of|to|and|or|for|in|on|with|by|that|which|who|is|are|be|under|from|as|at)$", re.I)


def _continues(prev: Line, ln: Line, width: int) -> bool:

    # (A Chinese sentence cut inside an English name goes on in a line that reads as English
    # but for its Chinese words and punctuation: "…英文名称为China" / "Society of Wetland
    # Ecology，缩写为CSWE。".)
    mixed = prev.lang == "zh" and ln.lang == "en" and han_count(ln.text) >= 2 and bool(rematch.search(r"[，。；！？]", ln.text))
    # (So does a sentence cut before the number that ends it: "… as shown in Figure" / "1-1.".)
    tail = (ln.lang is None and len(ln.text.strip()) <= 15 and bool(rematch.search(r"\d", ln.text))
            and ends_with_final_punct(ln.text.strip()))
    if (prev.lang != ln.lang and not (mixed or tail)) or prev.lang is None:
        return False
    end = prev.text.rstrip(CLOSERS)[-1:]
    if end and end in LINE_END:
        return False  # a sentence (or a lead-in) ends at the line's end
    if TOC_ENTRY.search(prev.text):
        return False  # a contents list's entry ends with its page number
    if display_width(prev.text) < 0.75 * width:
        # (A statement broken before its date goes on, short as it is: "Amended and Restated by the
        # Board of Directors" over "on May 19, 2024"; so does a numbered heading broken inside its
        # brackets: "Schedule 2 Service Level Agreement (Availability Commitment" over "and Service Credits)".)
        if prev.lang == "en" and numbering(prev.text) is not None and ln.text[:1].islower() and cut_in_brackets(prev.text, ln.text, "en"):
            return True
        # (A long numbered Chinese heading cut short of the width, its last words alone on the next
        # line at the same margin: "三、企业部门杠杆率总体稳定，但部分行业偿债压力" over "有所上升".)
        if (prev.lang == "zh" and numbering(prev.text) is not None and display_width(prev.text) >= 0.5 * width and "，" in prev.text
                and display_width(ln.text) <= 16 and ln.lead == prev.lead and numbering(ln.text) is None
                and not rematch.search(r"[，。；：！？、,.;:!?（）()]", ln.text) and han_count(ln.text) >= 2):
            return True
        return (prev.lang == "en" and prev.text[-1:].isalpha() and len(ln.text.split()) <= 5
                and bool(rematch.fullmatch(r"(?:on|dated|as of|effective(?: as of)?)\s+", ln.text[:m.start()] if (m := DATE_TOKEN.search(ln.text)) else "-"))
                and m.end() == len(ln.text.rstrip(" .")))
    if prev.lang == "zh" and 2 <= ln.lead - prev.lead <= 4 and not _hangs_under(prev, ln):
        return False  # "　　推进澄江科学城建设，…" set in under a line flush left: a paragraph's first line
    # (A quotation or a bracket opened on the line and still open goes on: '1. The name … is
    # "Asia-Pacific Traditional Archery' over 'Federation" in English …'.)
    unclosed = (prev.text.count('"') % 2 == 1 or prev.text.count("“") > prev.text.count("”")
                or prev.text.count("(") > prev.text.count(")"))
    if (han_count(prev.text) and len(rematch.findall(r"[A-Za-z]{2,}", prev.text)) >= 2 and han_count(prev.text) * 4 < 3 * latin_count(prev.text)
            and not (prev.lang == "en" and (ln.text[:1].islower() or unclosed))):
        # A line in both languages: a bilingual heading, not wrapped text (but a sentence that names
        # something in Chinese goes on in lower case: "The name of the Society is 中国湿地生态学会 …" / "name is …",
        # or with its quotation open: '… is 澜港市潮汐湾赛艇协会 (hereinafter "the' / 'Association").').
        return False
    nb = numbering(prev.text)
    # A numbered line that stops short of the width is a heading, unless the sentence
    # plainly goes on: the next line starts in lower case, or the line ends with a word
    # that cannot end one ('1.4 "Contributor" means each person … that creates or owns a'),
    # or it left a quotation or a bracket open.
    goes_on = prev.lang == "en" and (ln.text[:1].islower() or bool(WRAP_WORD_END.search(prev.text)) or unclosed)
    # (An article's number with its text run in after it, cut at the width: "Article 1 These Regulations
    # are formulated in accordance with the Wetlands" over "Conservation Law of …".)
    goes_on = goes_on or (nb is not None and nb.kind == "article" and prev.lang == "en" and numbering(ln.text) is None
                          and len(prev.text[nb.length:].split()) >= 8 and not _title_case(prev.text[nb.length:]))
    # (So does a Chinese article's cut inside the English name it gives: "第一条　本会名称为…，英文名称为" over
    # "Tidewater Bay Rowing Association，缩写为TBRA。".)
    goes_on = goes_on or mixed or tail
    # (A figure that goes on the sentence, "5.8% year on year and …", starts no item; nor does
    # "11.3 percent respectively, …" under a line cut after "rose by", whatever that line opens
    # with: "12.1 percent. The …" under "16.4 percent, and container … TEUs, up".)
    figure = (prev.lang == "en" and bool(rematch.match(r"\d{1,3}(?:\.\d{1,3})+\s+[a-z]", ln.text))
              and bool(WRAP_WORD_END.search(prev.text) or rematch.search(r"[a-z,]$", prev.text)))
    if figure:
        return True
    if nb is not None and display_width(prev.text) < 0.9 * width and not goes_on:
        return False  # a numbered heading line
    if nb is not None and prev.lang == "en" and not goes_on and _title_case(prev.text[nb.length:]) and not _title_case(ln.text):
        # "V. Employees of the Parent Company … at the End of the Reporting Period" over
        # "Employees of the parent company 2,846": a long numbered title in Title Case,
        # then a line in sentence case (a table's row, a paragraph) that starts anew.
        return False
    if nb is not None and not goes_on and numbering(ln.text) is not None:
        return False  # "II. Principal Businesses, … During the Reporting Period" over "(I) Principal Businesses, …"
    return not rematch.match(r"^(\d{1,3}(?:\.\d{1,3})*[.)、](?!\d)|\d{1,3}(?:\.\d{1,3})+\s|\d+[)、]|[一二三四五六七八九十]+、|第\S{1,4}[章节条]|[-*•·]\s)", ln.text)


# What opens a sentence that leads into a list, not a label: "We use your information in the following ways:".
EN_LEAD_WORDS = rx(r"(?:we|you|they|it|i|he|she|this|these|those|there|our|your|their|if|when|where|for example|such as)\b"
                           r"|.*\b(?:following|follows|below|include|includes|including|shall|must|may|will|should|can|are|is)\b", re.I)


def _label_over(prev: Line, ln: Line) -> bool:
    """An English label on a line of its own over the paragraph it names, with no blank line
    between ("Right to request a correction:" over "If you think information in your records
    …"): the paragraph's run-in heading, as "查阅和复制病历的权利：您可以……" is in Chinese."""
    if prev.lang != "en" or ln.lang != "en" or not prev.text.endswith(":") or prev.text.count(":") > 1:
        return False  # (most lines stop here: the heading checks below run only for a line ending in a colon)
    from .segment import heading_line  # segment reads this module's blocks
    if heading_line(prev.text, "en") or never_heading(prev.text):
        return False  # a heading line already ("Priority 1 (Critical):"), or an addressee ("To all departments:")
    label = prev.text[:-1].strip()
    words = label.split()
    return (2 <= len(words) <= 8 and label[:1].isupper() and numbering(label) is None and not LIST_MARK.match(label)
            and not rematch.search(r"[.;,!?]", label) and not EN_LEAD_WORDS.match(label)
            and ln.text[:1].isupper() and numbering(ln.text) is None and not LIST_MARK.match(ln.text) and not is_bullet(ln.text)
            and len(ln.text.split()) >= 6)


def _hangs_under(prev: Line, ln: Line) -> bool:
    """ln is set in as far as the text after prev's number ("一、對本軟體…" over "    之原始碼"):
    the item's next line, not a new paragraph."""
    nb = numbering(prev.text)
    mark = LIST_MARK.match(prev.text) if nb is None else None
    if nb is None and mark is None:
        return False
    size = nb.length if nb is not None else mark.end()
    return abs(prev.lead + display_width(prev.text[:size]) - ln.lead) <= 1


def _title_case(text: str) -> bool:
    """English words in Title Case: three or more, and the words that are not small
    ones ("of", "the", "and") start with a capital."""
    words = rematch.findall(r"[A-Za-z][A-Za-z'’-]*", text)
    big = [w for w in words if w.lower() not in TITLE_SMALL_WORDS]
    return len(words) >= 3 and bool(big) and all(w[:1].isupper() for w in big)


# --------------------------------------------------------------------------- metadata

DATE_RE = rx(
    r"^(?:(?:时间|時間|日期|发布时间|發布時間|发布日期|發布日期|(?:最近|最后|最後)?更新日期|更新時間|更新时间|生效日期|施行日期|修订日期|修訂日期|"
    r"Date|Published|Time|Updated|Last updated|Effective date)\s*[:：]?\s*)?"
    r"(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})\s*日?"
    # a news site's time of day and source after it: "2024-01-19 08:45　来源：云河新闻网"
    r"(?P<time>\s*\d{1,2}:\d{2}(?::\d{2})?)?(?P<source>(?:\s+(?:来源|來源|作者|编辑|編輯|责任编辑|責任編輯|浏览次数|瀏覽次數|点击数|點擊數"
    r"|阅读量|閱讀量|字号|字號|Source|Author|Views)\s*[:：]\s*\S[^:：]{0,30}?){1,5})?$",
    re.I,
)
# "文" and "By" are labels only before a separator or a space ("文／张三", "By Li Na"):
# "文澜理工大学…" is a title, "Byways" a word.
AUTHOR_LABEL_RE = rx(r"^(?:(?:作者|撰稿|撰文|记者|Author)\s*[:：|/／]?|(?:文|By)(?:\s*[:：|/／]|\s+))\s*(\S.{0,60})$", re.I)
NAME_EN_RE = rx(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z.]+){1,3}$")


MONTHS = {m: i for i, m in enumerate("january february march april may june july august september october november december".split(), 1)}
EN_DATE_RE = rx(
    r"^(?:(?:Date|Published|Updated|Last updated|Effective date|Effective)\s*[:：]?\s*)?"
    r"(?:([A-Z][a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+([A-Z][a-z]+)\.?,?\s+(\d{4}))$", re.I)


def parse_date(text: str) -> str | None:
    """A line that is only a date (with an optional label) → YYYY-MM-DD."""
    m = DATE_RE.match(text)
    if m:
        y, mo, d = (int(g) for g in m.group(1, 2, 3))
    else:
        m = EN_DATE_RE.match(text)
        if not m:
            return None
        if m.group(1):
            mon, d, y = m.group(1), int(m.group(2)), int(m.group(3))
        else:
            d, mon, y = int(m.group(4)), m.group(5), int(m.group(6))
        mo = next((v for k, v in MONTHS.items() if k.startswith(mon.lower()) and len(mon) >= 3), 0)
    if 1 <= mo <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def date_sources(paras: list[Line], used: list[int]) -> list[Removed]:
    """A news site's date line with more than the date: the time of day and the fields
    beside it ("2024-01-19 08:45　来源：云河新闻网　浏览次数：3127"). The report shows the date;
    the line is no text of the report, left out whole and said, as an aggregator's footer is."""
    return [Removed(paras[i].text, paras[i].no, "source") for i in used
            if (m := DATE_RE.match(paras[i].text)) and (m.group("source") or m.group("time"))]


def meta_lines(paras: list[Line]) -> tuple[str | None, str | None, list[int]]:
    """Date and author lines near the top (a title line may come first).
    Returns (date, author, indexes of the lines used)."""
    date = author = None
    used: list[int] = []
    for i, ln in enumerate(paras[:6]):
        d = parse_date(ln.text)
        if d and (date is None or d == date):
            date = d  # the same date again is its line in the other language
            used.append(i)
            continue
        m = AUTHOR_LABEL_RE.match(ln.text)
        if m and author is None and len(ln.text) <= 64 and not ends_with_final_punct(ln.text):
            author = m.group(1).strip()
            used.append(i)
            continue
        # A bare name next to the date line (on the line right under it: "会议简介" three lines
        # down, the page's furniture between them, heads the first section).
        # ("特别提示" / "Important Notice" there, shaped as names may be, are a notice over the text.)
        if (author is None and date is not None and (ZH_FULL_NAME.fullmatch(ln.text) or NAME_EN_RE.match(ln.text))
                and ln.no == paras[used[-1]].no + 1 and not ADMONITION.match(ln.text.strip())
                and not rematch.search(r"\b(?:notice|note|reminder|warning|important|caution)\b", ln.text, re.I)):
            author = ln.text
            used.append(i)
            continue
        if i <= 1 and not used and len(ln.text) <= 80 and not ends_with_final_punct(ln.text):
            continue  # a title line (in one or both languages) before the date
        break
    dated = [i for i in used if parse_date(paras[i].text)]
    langs = {paras[i].lang for i in dated}
    if dated and sum(1 for ln in paras if ln.lang in langs and parse_date(ln.text)) >= len(dated) + 2:
        # More dates further on: the first heads the first entry of a log, not the document.
        return None, author, [i for i in used if i not in dated]
    return date, author, used


def extract_meta(paras: list[Line]) -> tuple[str | None, str | None, int]:
    """Date and author from the lines at the top. Returns (date, author, lines used)."""
    date, author, used = meta_lines(paras)
    return date, author, len(used)


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
    r"ICP[备證证]|公网安备",  # a Chinese website's registration number
    r"https?://|www\.|\b[\w-]+\.(?:com|cn|net|org)\b",
    r"收录|整理自|相关推荐|推荐阅读|相关阅读|related (?:articles|posts|reading)",
    r"本页|本頁|this page",
]
_CUES = [rx(c, re.I) for c in BOILERPLATE_CUES]


def boilerplate_score(text: str) -> int:
    return sum(1 for c in _CUES if c.search(text))


def is_boilerplate(text: str, out_of_pattern: bool, least: int = 3) -> bool:
    """A block that talks about the publication rather than being part of it
    (``least`` cues; fewer next to a block that does)."""
    if len(text) > 600:
        return False
    score = boilerplate_score(text) + (1 if out_of_pattern else 0)
    return score >= least


RULE_LINE = rx(r"[-=_*~—─━═＝－·.]{8,}")


# --------------------------------------------------------------------------- layouts


@dataclass(frozen=True)
class Doc:
    """What a layout looks at: the whole text, its plain paragraphs (metadata
    lines at the top already taken out) and the file name."""

    text: str
    paras: list[Line]
    path: str
    breaks: frozenset[int] = frozenset()  # the lines taken as a printed page's number or header


@dataclass(frozen=True)
class Arranged:
    """A layout's answer: blocks in reading order, each assigned to a language stream."""

    blocks: list[Block]
    reason: str
    date: str | None = None
    author: str | None = None
    title_zh: str | None = None
    title_en: str | None = None
    own_meta: bool = False  # the layout read the metadata itself (front matter)
    links: tuple[tuple[str, str, str, str], ...] = ()  # Markdown link targets defined apart (see Meta.links)
    taken: tuple[Removed, ...] = ()  # lines the layout read as something other than text (the definitions)


class Layout:
    """One way a bilingual document can be laid out. `detect` says how well the
    document fits (0..1, and why); `arrange` assigns every block to a language."""

    name = ""

    def detect(self, doc: Doc) -> tuple[float, str]:  # pragma: no cover - interface
        raise NotImplementedError

    def arrange(self, doc: Doc) -> Arranged:  # pragma: no cover - interface
        raise NotImplementedError


LAYOUTS: dict[str, Layout] = {}


def register(cls: type[Layout]) -> type[Layout]:
    if cls.name not in LAYOUT_NAMES:  # the command line offers those names before this module is loaded
        raise RuntimeError(f"layout {cls.name!r} is missing from model.LAYOUT_NAMES")
    LAYOUTS[cls.name] = cls()
    return cls


def _langs(paras: list[Line]) -> list[str | None]:
    """Each paragraph's language; None for one that says nothing about the
    layout: an address, a line in both languages ("一、开放时间 I. Opening Hours")."""
    return [None if _address(p.text) or _both(p.text) or _data_text(p.text) else p.lang for p in paras]


DATA_MARKS = rx(r'[{}\[\]":,;=<>/\\()]')


def _data_text(text: str) -> bool:
    """A block of data or code, as an example in a specification has ('{', '"status": 3,'):
    no words of either language, mostly punctuation and names."""
    t = text.strip()
    if not t or han_count(t):
        return False
    marks = len(DATA_MARKS.findall(t))
    return (t[0] in "{}" or t in ("[", "]", "],", "[]") or bool(rematch.match(r'\[\s*[{"]|"[\w.-]+"\s*:', t))
            or marks >= max(6, len(t) // 4))


def _both(text: str) -> bool:
    from .markdown_input import split_bilingual

    if len(text) > 160 or not han_count(text) or latin_count(text) < 2 or ends_with_final_punct(text):
        return False
    both = split_bilingual(text, True)
    return both is not None and han_count(both[0]) >= 2 and len(rematch.findall(r"[A-Za-z]{2,}", both[1])) >= 2


def _address(text: str) -> bool:
    """An e-mail address, a web address or a file name alone on its line says
    nothing about which language half it is in."""
    t = text.strip()
    return " " not in t and bool(rematch.search(r"@|://|^www\.|\.[a-z]{2,4}$", t))


def _fill_neutral(paras: list[Line]) -> list[str]:
    """Blocks with no letters (numbers, ***) take the language of the block before (or after)."""
    langs = _langs(paras)
    out: list[str] = []
    last = next((lg for lg in langs if lg), "zh")
    for lg in langs:
        last = lg or last
        out.append(last)
    return out


def _similarity(a: str, b: str, lang: str) -> float:
    """How far the dictionary links text a, in `lang`, with text b in the other language."""
    from . import anchors

    zh, en = (a, b) if lang == "zh" else (b, a)
    return anchors.similarity(zh, en)


@register
class Sequential(Layout):
    """All of one language, then all of the other (either order).

    The border is where the most blocks fit; when the first half ends with a
    run of blocks in the second language (a licence header, a quotation), the
    translation starts at the block that best matches the start of the first
    half, not necessarily at the first block of that run."""

    name = "sequential"

    @staticmethod
    def best_split(langs: list[str], sizes: list[int] | None = None) -> tuple[int, str, float]:
        """Where the first half ends: the most blocks in their half; between
        borders that fit as many, the one that leaves the least text out of
        its half (a short English line in the Chinese half, not a paragraph)."""
        n = len(langs)
        sizes = sizes or [1] * n
        best = (0, "zh", 0.0)
        best_out = 0
        for first, second in (("zh", "en"), ("en", "zh")):
            before = after = 0
            out_before, out_after = 0, 0
            for lg, size in zip(langs, sizes):
                after += lg == second
                out_after += size if lg != second else 0
            for k in range(n + 1):
                if k:
                    lg, size = langs[k - 1], sizes[k - 1]
                    before += lg == first
                    after -= lg == second
                    out_before += size if lg != first else 0
                    out_after -= size if lg != second else 0
                fit = (before + after) / n if n else 0.0
                if 0 < k < n and (fit > best[2] or (fit == best[2] and out_before + out_after < best_out)):
                    best, best_out = (k, first, fit), out_before + out_after
        return best

    def detect(self, doc):
        langs = _fill_neutral(doc.paras)
        if len(set(langs)) < 2:
            return 0.0, "only one language found"
        k, first, fit = self.best_split(langs, [len(p.text) for p in doc.paras])
        # Each language's own share in its half counts too: in a text with far more English blocks
        # than Chinese ones (a command reference's code lines), a border near the top puts most
        # blocks in their half while the Chinese ones stand scattered through the English half.
        second = "en" if first == "zh" else "zh"
        own = min(sum(1 for lg in langs[:k] if lg == first) / max(1, langs.count(first)),
                  sum(1 for lg in langs[k:] if lg == second) / max(1, langs.count(second)))
        fit = min(fit, (fit + own) / 2)
        return fit, f"{fit:.0%} of the blocks fit one {_NAMES[first]} half followed by the other language (split before block {k + 1})"

    def arrange(self, doc):
        paras = doc.paras
        langs = _fill_neutral(paras)
        k, first, fit = self.best_split(langs, [len(p.text) for p in paras])
        k, moved = self.refine(paras, langs, k, first, doc.breaks)
        second = "en" if first == "zh" else "zh"
        blocks = [Block(p.text, (first if i < k else second), p.no, file=doc.path) for i, p in enumerate(paras)]
        why = ""
        if moved:
            why = f"{moved} {_NAMES[second]} block(s) at the end of the {_NAMES[first]} half kept there (they do not start the translation)"
        return Arranged(blocks, why)

    @staticmethod
    def refine(paras: list[Line], langs: list[str], k: int, first: str, breaks: frozenset[int] = frozenset()) -> tuple[int, int]:
        """Move the border forward over a run of second-language blocks when a
        later block matches the first half's opening better."""
        second = "en" if first == "zh" else "zh"
        run = 0
        while k + run < len(langs) and langs[k + run] == second:
            run += 1
        if run < 2:
            return k, 0
        head = [p.text for p in paras[:k] if p.lang == first][:3]
        if not head:
            return k, 0

        n_first = sum(1 for lg in langs[:k] if lg == first)

        def sim(a: str, b: str) -> float:
            return _similarity(a, b, first)

        def match(at: int) -> float:
            """How well the blocks from `at` on translate the first half's opening,
            less a penalty when the two halves would differ in size."""
            other = [p.text for p in paras[at:at + len(head)]]
            sims = [sim(a, b) for a, b in zip(head, other)]
            n_second = len(paras) - at
            return sum(sims) / len(head) - 0.25 * abs(n_first - n_second) / max(n_first, n_second, 1)

        base = match(k)
        found: list[tuple[float, int]] = []  # (how well, blocks kept)
        # (A run that opens a printed page starts the translation there or at a later page's top,
        # never inside the page: the English cover's "EmberLink Device SDK" over "Porting Guide" is no notice.)
        def page_top(at: int) -> bool:
            return any(paras[at - 1].no < no < paras[at].no for no in breaks)

        paged = page_top(k)
        for t in range(1, min(run, 6)):
            # Blocks kept in the first half must not translate its opening:
            # only a notice or a quotation that has no counterpart there.
            if any(sim(h, paras[k + t - 1].text) > 0.15 for h in head):
                break
            if paged and not page_top(k + t):
                continue
            if (m := match(k + t)) > base + 0.15:
                found.append((m, t))
                break
        # A rule drawn between the halves ("═════") after a longer run (a manual page's
        # "REPORTING BUGS" and "COPYRIGHT" at the end of its Chinese half), or a printed
        # page's end (a licence's third-party notices on the Chinese half's last page): the
        # translation starts under it when it translates the opening better from there.
        for t in range(1, min(run, 40)):
            if TRANSLATION_LABEL.match(paras[k + t - 1].text):
                break  # "English version", "英文译本": the translation starts here, whatever stands under it
            ruled = not rematch.search(r"\w", paras[k + t - 1].text)
            new_page = any(paras[k + t - 1].no < no < paras[k + t].no for no in breaks)
            if (ruled or new_page) and (m := match(k + t)) > base + 0.15:
                found.append((m, t))
                break
        if not found:
            return k, 0
        t = max(found)[1]
        return k + t, t


# A line that says the translation starts: "English version", "English Translation", "英文版".
TRANSLATION_LABEL = rx(r"\s*(?:(?:the )?english (?:version|translation|text)|(?:英文|中文)(?:版|版本|译本|譯本|譯文|译文))\b", re.I)


@register
class Interleaved(Layout):
    """Each Chinese paragraph followed by its English one (or the reverse)."""

    name = "interleaved"

    def detect(self, doc):
        langs = _fill_neutral(doc.paras)
        if len(langs) < 4 or len(set(langs)) < 2:
            return 0.0, "too few blocks"
        switches = sum(1 for a, b in zip(langs, langs[1:]) if a != b)
        ratio = switches / (len(langs) - 1)
        # Perfect alternation gives 1.0; allow headings and multi-paragraph runs.
        return min(1.0, ratio * 1.6), f"the language changes at {switches} of {len(langs) - 1} block boundaries"

    def arrange(self, doc):
        langs = _fill_neutral(doc.paras)
        texts = [p.text for p in doc.paras]
        for k, t in enumerate(texts):
            # A Chinese line that names things in Latin letters ("配置 Kubernetes
            # Ingress Controller") between two English lines is the Chinese of the pair.
            h = han_count(t)
            near = [texts[i] for i in (k - 1, k + 1) if 0 <= i < len(texts)]
            if (langs[k] == "en" and h >= 2 and 16 * h >= latin_count(t) and near
                    and all(detect_lang(n) == "en" and not han_count(n) for n in near)):
                langs[k] = "zh"
        blocks = [Block(p.text, lg, p.no, file=doc.path) for p, lg in zip(doc.paras, langs)]
        return Arranged(blocks, "")


@register
class Alternating(Interleaved):
    """The languages take turns by whole parts: a chapter in Chinese, then the same
    chapter in English, then the next chapter in Chinese. Each block keeps its own
    language, as in interleaved text, but a block's translation is not its neighbour."""

    name = "alternating"

    def detect(self, doc):
        langs = _fill_neutral(doc.paras)
        runs: list[list] = []  # [language, blocks]
        for lg in langs:
            if runs and runs[-1][0] == lg:
                runs[-1][1] += 1
            else:
                runs.append([lg, 1])
        # A turn: a run of several blocks and the next one, in the other language,
        # of a similar number of blocks (a part and its translation).
        turns, covered, k = 0, 0, 0
        first = last = None  # the runs where the turns begin and end
        while k + 1 < len(runs):
            (a, na), (b, nb) = runs[k], runs[k + 1]
            if a != b and min(na, nb) >= 2 and 0.5 <= na / nb <= 2:
                turns, covered = turns + 1, covered + na + nb
                first, last, k = k if first is None else first, k + 1, k + 2
            else:
                k += 1
        if turns < 3 or not langs:  # (two turns may be a quotation in the first half)
            return 0.0, "no parts that take turns"
        mean = covered / (2 * turns)
        # Measured from the first turn to the last: a web page's menus above the text
        # and its footer below are in one language and take no turn.
        span = sum(n for _, n in runs[first:last + 1])
        cover = covered / span if span >= 0.6 * len(langs) else covered / len(langs)
        # (Parts of a heading and its paragraph or two, each followed by its translation, take
        # turns too; a paragraph followed by its own translation is interleaved text.)
        score = cover if (mean >= 3 and cover >= 0.75) or cover >= 0.85 else 0.0
        return score, f"{turns} parts of about {mean:.0f} blocks each are followed by their translation ({cover:.0%} of the blocks)"


MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")


@register
class MarkdownLayout(Layout):
    """Markdown read on purpose: headings (bilingual or per language), lists,
    code, links, images and front matter. Blocks keep their Markdown source."""

    name = "markdown"

    def detect(self, doc):
        if doc.path.lower().endswith(MARKDOWN_SUFFIXES):
            return 1.0, "the file name ends in a Markdown suffix"
        from .markdown_input import looks_like_markdown

        score, why = looks_like_markdown(doc.text)
        return score, f"Markdown markup found: {why}"

    def arrange(self, doc, lang: str | None = None):
        return arrange_markdown(doc.text, doc.path, lang)


def _lower_case_gloss(text: str, english: str) -> bool:
    """The English split off a heading is a name in lower case in brackets after the
    Chinese ("文件输入（file）", "创建存储桶（bucket create）"), not its translation."""
    return not rematch.search(r"[A-Z]", english) and bool(re.search(r"[（(]\s*" + re.escape(english) + r"\s*[）)]\s*$", text))


def _loanword(mds: list, word: str) -> bool:
    """A Latin word that two or more of the file's Chinese paragraphs use."""
    pattern = re.compile(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])")
    return sum(1 for b in mds if b.kind == "para" and han_count(b.text) > latin_count(b.text) and pattern.search(b.text)) >= 2


def _said_again_in_english(mds: list, k: int, english: str) -> bool:
    """A heading further on, of the same level and in English only, says what the heading
    at k says in English (in brackets), after its own number ("Part 1 About this Report"):
    the file has the English heading already."""
    want = " ".join(english.lower().split())
    if len(want) < 4:
        return False
    for b in mds[k + 1:k + 40]:
        if b.kind == "heading" and b.level == mds[k].level and not han_count(b.text):
            t = b.text.strip()
            nb = numbering(t)
            if " ".join((t[nb.length:] if nb else t).lower().split()) == want:
                return True
    return False


def _wrapped_headings(mds: list) -> list:
    """A long heading written over two heading lines of one level, one right under the
    other ("#### Box 1  Impact of Higher Interest Rates on Household" / "#### Debt-servicing
    Capacity"), is one heading."""
    out: list = []
    for b in mds:
        p = out[-1] if out else None
        if (p is not None and b.kind == p.kind == "heading" and b.level == p.level and b.line == p.line + 1
                and not ends_with_final_punct(p.text) and not is_numbered(b.text)):
            lang = detect_lang(p.text)
            long_short = lang == detect_lang(b.text) and (
                (len(p.text.split()) >= 6 and len(b.text.split()) <= 4) if lang == "en"
                else lang == "zh" and han_count(p.text) >= 12 and len(b.text.strip()) <= 8)
            if long_short:
                out[-1] = replace(p, text=p.text.rstrip() + (" " if lang == "en" else "") + b.text.strip())
                continue
        out.append(b)
    return out


# A Markdown heading that only names a version, with its date: "v0.9.2 (2024-03-18)", "[1.4.0] - 2024-05-02".
VERSION_ONLY = rx(r"\[?v?\d+(?:\.\d+)+[\w.+-]*\]?(?:\s*[-–—]\s*\d{4}-\d{2}-\d{2}|\s*[(（]\s*\d{4}[-./]\d{1,2}[-./]\d{1,2}\s*[)）])?", re.I)


def arrange_markdown(text: str, path: str, lang: str | None = None) -> Arranged:
    """Markdown → blocks. lang forces every block into one stream (two-file input)."""
    from .markdown_input import front_matter, link_definitions, plain_of, scan, split_bilingual

    fm = front_matter(text)
    start = fm.lines if fm else 0
    body = "\n".join(text.split("\n")[start:])
    mds = _wrapped_headings(scan(body, start + 1))
    date = author = tz = te = None
    if fm:
        date, author, tz, te = _front_meta(fm.data)
    # Date and author lines at the top, as in plain text; Markdown keeps them
    # as written too ("生效日期：2026年7月1日" stays in the text it renders).
    lead = [Line(normalize_space(b.text), b.line, detect_lang(b.text)) for b in mds[:4] if b.kind == "para"]
    d2, a2, _ = meta_lines(lead) if lead else (None, None, [])
    date, author = date or d2, author or a2
    # Per-language headings, or both languages on one heading line?
    heads = [b for b in mds if b.kind == "heading"]

    def pure(b, lg: str) -> bool:
        """A heading in one language only. (A heading that only names a command in code, "`tw init`",
        or a version, "v0.9.2 (2024-03-18)", is in neither.)"""
        return b.kind == "heading" and bool(
            han_count(b.text) and not latin_count(b.text) if lg == "zh" else
            detect_lang(b.text) == "en" and not han_count(b.text) and not b.code and not VERSION_ONLY.fullmatch(b.text.strip()))

    pure_en = sum(1 for h in heads if pure(h, "en"))
    pure_zh = sum(1 for h in heads if pure(h, "zh"))
    # Bare "概述 Overview" splits when few headings are English alone, or when
    # such headings are most of them (a package name as the only H1).
    bare = sum(1 for h in heads if split_bilingual(h.text, True) and not split_bilingual(h.text, False))
    # A file whose headings mostly carry both languages across a mark ("1. 我们收集的信息 |
    # Information We Collect") writes both in "引言 Introduction" too.
    marked_levels = [h.level for h in heads if split_bilingual(h.text, False)]
    marked = len(marked_levels)
    allow_bare = (pure_en < max(1, pure_zh // 2) or (bare >= 3 and pure_en * 4 <= bare)
                  or (bare and marked >= 3 and pure_en * 3 <= marked))
    if not allow_bare and bare >= 3:
        # Paragraphs that take turns (a Chinese one, then its English) say the
        # file is bilingual throughout, so a bare heading line carries both
        # languages too; English-only headings are then names ("### Client").
        # A file written one language after the other switches once or twice.
        plangs = [lg for lg in (detect_lang(plain_of(b)) for b in mds if b.kind == "para") if lg]
        turns = sum(1 for a, c in zip(plangs, plangs[1:]) if a != c)
        # Unless the English-only headings are enough to translate every
        # heading with Han in it (headings per language, taking turns too).
        allow_bare = turns >= 4 and turns * 3 >= len(plangs) and pure_en < pure_zh + bare
    # Per-language headings that come in pairs (a Chinese heading, its English
    # right under it): a bare "前言 Foreword" with no English heading under it
    # carries both languages itself.
    lone_bare: set[int] = set()
    if not allow_bare and lang is None:
        in_pairs = sum(1 for a, c in zip(mds, mds[1:]) if pure(a, "zh") and pure(c, "en") and a.level == c.level)
        if in_pairs >= 2 and in_pairs * 2 >= pure_zh:
            lone_bare = {k for k, b in enumerate(mds)
                         if b.kind == "heading" and split_bilingual(b.text, True) and not split_bilingual(b.text, False)
                         and not (k + 1 < len(mds) and pure(mds[k + 1], "en"))}
        # (So does one at a level whose other headings all carry both languages across a mark, the sections under them
        # headed per language: "## 概述 Overview" beside "## 一、2023年主要工作 / Main Work in 2023", over "### （一）…"
        # and "### (1) …".)
        # (A Chinese heading alone there is a section in Chinese only, "## 修订记录" under "## 10. 法律适用与争议 |
        # Governing Law and Disputes"; an English one alone says the level is headed per language.)
        marked_at = Counter(marked_levels)
        zh_at = Counter(h.level for h in heads if pure(h, "zh"))
        en_at = Counter(h.level for h in heads if pure(h, "en"))
        lone_bare |= {k for k, b in enumerate(mds)
                      if b.kind == "heading" and marked_at[b.level] >= 2 and not en_at[b.level] and zh_at[b.level] < marked_at[b.level]
                      and split_bilingual(b.text, True) and not split_bilingual(b.text, False)}
    # A line all in bold that carries both languages ('**Upgrade Notes（升级须知）**')
    # heads a section as the file's bilingual headings do, one level under the
    # last of them.
    both_heads = sum(1 for h in heads if split_bilingual(h.text, allow_bare)) if lang is None else 0
    bold_heads = both_heads >= 2 and both_heads >= pure_en + pure_zh
    blocks: list[Block] = []
    prev = lang or "zh"
    bilingual = 0
    level = 1
    links: list[tuple[str, str, str, str]] = []
    taken: list[Removed] = []
    for k, b in enumerate(mds):
        defs = link_definitions(b.text) if b.kind == "para" else None
        if defs:
            # '[v2.3.0]: https://…': targets for the links that name them, in the language
            # of the part that defines them; the page shows the links, not the list.
            links += [(lang or prev, label, url, title) for label, url, title in defs]
            taken.append(Removed(b.text, b.line, LINK_DEFS_REASON))
            continue
        if b.kind == "para" and bold_heads:
            m = rematch.fullmatch(r"(\*\*|__)([^*_\n]+?)\1", b.text.strip())
            both = split_bilingual(m.group(2), allow_bare) if m and not rematch.search(r"[。.!！?？；;]$", m.group(2).strip()) else None
            # "**目录 / Table of Contents**" labels the contents list: no section, as in plain text;
            # nor does "**本政策将帮助您了解以下内容 / This Policy covers the following:**" over a list.
            # (Nor one over the code it introduces: "**网页或应用 / Website or app：**" over a fenced sample.)
            leads_in = m is not None and m.group(2).rstrip().endswith((":", "：")) and k + 1 < len(mds) and bool(
                rematch.match(r"\s*(?:[-*+]|\d{1,3}[.)])\s|\s*(?:```|~~~)", mds[k + 1].text))
            if (both and not leads_in and not TOC_RE.match(m.group(2).strip())
                    and not (never_heading(both[0]) or never_heading(both[1]))):
                bilingual += 1
                blocks.append(Block(both[0], "zh", b.line, "heading", level, True, path))
                blocks.append(Block(both[1], "en", b.line, "heading", level, True, path))
                continue
        if b.kind == "heading":
            level = b.level
        if b.kind == "heading":
            both = split_bilingual(b.text, allow_bare or k in lone_bare) if lang is None else None
            if both and b.text.find(both[1]) < b.text.find(both[0]) and rematch.match(r"(?:与|與|和|及|以及|或|的|等)", both[0]):
                both = None  # a term that the Chinese goes on from ("SDK 与设备标识符": "SDKs and device identifiers")
            if both and _lower_case_gloss(b.text, both[1]):
                # "4.3.1 文件输入（file）": a name in lower case in brackets (a plugin, a
                # command) qualifies the Chinese heading; it does not translate it.
                both = None
            if both and len(both[1].split()) == 1 and not split_bilingual(b.text, False) and _loanword(mds, both[1]):
                # "（一）严格必要类 Cookie": a word the Chinese text itself uses ("使用 Cookie 及类似技术")
                # ends a Chinese heading; it does not translate it.
                both = None
            if both and _said_again_in_english(mds, k, both[1]):
                # "## 第一部分 關於本報告（About this Report）" over the English part's own
                # "## Part 1 About this Report": the brackets gloss a Chinese heading.
                both = None
            if both:
                bilingual += 1
                blocks.append(Block(both[0], "zh", b.line, "heading", b.level, True, path))
                blocks.append(Block(both[1], "en", b.line, "heading", b.level, True, path))
                continue
            if not b.text:
                continue
            if bold_heads and _release_heading(b.text):
                # "## v2.3.0 (2025-03-14)" among headings that carry both languages: a
                # version is said alike in both, so it heads a section in each.
                bilingual += 1
                sides = rematch.split(r"\s+[/|｜]\s+|\s*[／｜]\s*|(?<=[）)])\s*/\s*", b.text.strip(), maxsplit=1)
                sides = sides if len(sides) == 2 else [b.text, b.text]  # "3.1.0（2024-09-02）/ Version 3.1.0 (…)"
                blocks += [Block(t, lg, b.line, "heading", b.level, True, path) for t, lg in zip(sides, ("zh", "en"))]
                continue
            # A version says nothing of its language ("v0.9.0（2024-04-02）"): it is in the one around it.
            neutral = _release_heading(b.text) and not rematch.search(r"[A-Za-z]{2,}", b.text)
            lg = lang or (prev if neutral else detect_lang(b.text)) or prev
            blocks.append(Block(b.text, lg, b.line, "heading", b.level, True, path))
            prev = lg
            continue
        lg = lang or detect_lang(plain_of(b)) or prev
        blocks.append(Block(b.text, lg, b.line, "para", 0, True, path))
        prev = lg
    why = f"{bilingual} headings carry both languages" if bilingual else ""
    if lang is None and not bilingual:
        blocks, moved = _sequential_markdown(blocks)
        if moved:
            why = f"one language after the other; {moved} block(s) in the other language kept in their half"
    return Arranged(blocks, why, date, author, tz, te, own_meta=True, links=tuple(links), taken=tuple(taken))


def _release_heading(text: str) -> bool:
    """A version with its date, in no language: "v2.3.0 (2025-03-14)", "2.1.0 - 2024-11-05 [YANKED]"."""
    t = text.strip()
    m = rematch.match(r"\[?(?:v|version\s*)?\d+(?:\.\d+){1,3}\]?", t, re.I)
    return not han_count(t) and m is not None and bool(DATE_TOKEN.search(t) or rematch.search(r"\d{4}-\d{2}-\d{2}", t))


def _sequential_markdown(blocks: list[Block]) -> tuple[list[Block], int]:
    """A Markdown file written one language after the other: a block in the
    other language inside a half (an English error message in the Chinese
    guide) stays in its half."""
    langs = [b.lang for b in blocks]
    if len(set(langs)) < 2 or len(blocks) < 6:
        return blocks, 0
    switches = sum(1 for a, b in zip(langs, langs[1:]) if a != b)
    k, first, fit = Sequential.best_split(langs, [len(b.text) for b in blocks])
    # Each block out of its half adds two changes of language (a command name
    # as a heading in the Chinese half: "### init").
    if fit < 0.9 or switches > 1 + 2 * max(2, len(blocks) // 10):
        return blocks, 0
    second = "en" if first == "zh" else "zh"
    out = [replace(b, lang=first if i < k else second) for i, b in enumerate(blocks)]
    return out, sum(1 for a, b in zip(blocks, out) if a.lang != b.lang)


def _front_meta(data: dict) -> tuple[str | None, str | None, str | None, str | None]:
    """date, author, title_zh, title_en from YAML front matter."""
    low = {str(k).lower().replace("-", "_"): v for k, v in data.items()}
    date = low.get("date")
    if date is not None:
        m = rematch.match(r"(\d{4})\D(\d{1,2})\D(\d{1,2})", str(date))
        date = f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else None
    author = low.get("author") or low.get("authors")
    if isinstance(author, list):
        author = ", ".join(str(a) for a in author)
    author = str(author) if author else None
    tz = te = None
    title = low.get("title")
    if isinstance(title, dict):
        tz, te = title.get("zh"), title.get("en")
    elif isinstance(title, str):
        from .markdown_input import split_bilingual

        both = split_bilingual(title, True)
        if both:
            tz, te = both
        elif detect_lang(title) == "en":
            te = title
        else:
            tz = title
    tz = low.get("title_zh") or tz
    te = low.get("title_en") or te
    return date, author, (str(tz) if tz else None), (str(te) if te else None)


_NAMES = {"zh": "Chinese", "en": "English"}


def choose_layout(doc: Doc, forced: str | None = None) -> tuple[Layout, str]:
    if forced:
        if forced not in LAYOUTS:
            raise InputError(doc.path, f"unknown layout {forced!r}; choose one of: {', '.join(sorted(LAYOUTS))}")
        return LAYOUTS[forced], "chosen with --layout"
    scored = []
    for lay in LAYOUTS.values():
        score, why = lay.detect(doc)
        scored.append((score, lay.name, lay, why))
    scored.sort(key=lambda t: (-t[0], t[1]))
    by_name = {s[1]: s for s in scored}
    # Markdown first: its markup decides how blocks and headings are read.
    md = by_name.get("markdown")
    if md and md[0] >= 0.6:
        return md[2], md[3]
    # Prefer sequential when it explains nearly everything.
    seq = by_name["sequential"]
    if seq[0] >= 0.9:
        return seq[2], seq[3]
    plain = [s for s in scored if s[1] != "markdown"]
    return plain[0][2], plain[0][3]


# --------------------------------------------------------------------------- bilingual lines


SEPARATOR_REASON = "the mark between the two languages of a line"
LINK_DEFS_REASON = "link targets, used by the links that name them"


def split_bilingual_lines(blocks: list[Block], removed: list[Removed] | None = None) -> list[Block]:
    """A plain-text heading line that carries both languages ('一、总则 / General
    Provisions', '第二章 数据安全 Data Security') becomes a heading in each.
    Without a separator, only when the document has at least two such lines.
    The mark between the two ('/', '|', '·', brackets) goes to `removed`: it is
    no text of either language, and the build says it left it out."""
    from .markdown_input import CODE_UNDER_COMMENT, HEADING_SEPARATORS, split_bilingual

    starts = {b.line: b.text for b in blocks}

    def shaped(b: Block) -> bool:
        t = b.text
        # A table's row ("F6×250｜15000｜报废") is not a heading in two languages.
        # Nor is a command with its options or a path ("0 3 * * * ledgerctl -q -C ~/帳本/家用 sync"),
        # nor a comment right over a line of code ("# 计算请求签名 / compute the request signature"
        # over "def sign(secret, …):").
        comment = (bool(rematch.match(r"(?:#|//|--)\s", t)) and bool(CODE_UNDER_COMMENT.match(starts.get(b.line + 1, ""))))
        # (Nor a command after a shell's prompt with a comment: "$ sudo systemctl stop harborgate # 在所有控制面节点 / …".)
        comment = comment or bool(rematch.match(r"\$\s", t))
        # (Nor a list's item in both languages: "• 事故處理流程 / Incident management process", a link.)
        return b.kind == "para" and len(t) <= 160 and han_count(t) > 0 and latin_count(t) > 1 and not is_bullet(t) and (
            not ends_with_final_punct(t) or t.endswith((":", "："))) and not table_row(t) and not _glossed_entry(t) and (
            not rematch.search(r"~/|(?:^|\s)--?[a-z]", t)) and not comment

    def line_in(b: Block, lang: str) -> bool:
        t = b.text
        if b.kind != "para" or len(t) > 160 or (ends_with_final_punct(t) and not t.endswith((":", "："))):
            return False
        return (han_count(t) == 0 and latin_count(t) > 1) if lang == "en" else (han_count(t) > 0 and latin_count(t) == 0)

    mixed = sum(1 for b in blocks if shaped(b) and split_bilingual(b.text, True))
    # Without a separator, a line is read as both languages only in a document
    # that writes its headings that way: when English heading lines of their
    # own are common, "SSH 隧道" or "Lumen 数据库手册" is Chinese naming a
    # thing in Latin letters (as in Markdown, see arrange_markdown).
    pure_en = sum(1 for b in blocks if line_in(b, "en"))
    pure_zh = sum(1 for b in blocks if line_in(b, "zh"))
    bare = mixed >= 2 and pure_en < max(1, pure_zh // 2)
    # Nor is a single line with Latin words in brackets ("云笺（CloudNote）")
    # in a document whose English has lines of its own: that is a name with its
    # Latin spelling, not a heading in two languages.
    bracketed = mixed >= 2 or pure_en < max(1, pure_zh // 2)
    def capitals(t: str) -> bool:
        """Chinese, then its English in capitals, two words or more: "保固卡 WARRANTY CARD" (a heading in
        both languages, where Chinese naming a thing in Latin letters writes the name first or alone)."""
        m = rematch.fullmatch(r"([^A-Za-z]*[\u3400-\u9fff][^A-Za-z]*?)\s+([A-Z][A-Z'’&-]*(?:\s+[A-Z][A-Z'’&-]*)+)", t.strip())
        return bool(m) and not rematch.search(r"[，,。：:]", m.group(1))

    out: list[Block] = []
    for b in blocks:
        caps = shaped(b) and capitals(b.text)
        both = split_bilingual(b.text, bare or caps) if shaped(b) else None
        if both and not bracketed and not caps and not any(sep in b.text for sep in HEADING_SEPARATORS):
            both = None
        if both and not rematch.search(r"[A-Za-z]{3}", both[1]):
            both = None  # a value with its unit ("额定电压/频率 220 V～/50 Hz"), no English words
        if both and rematch.search(r"[{}<>=_\\]|\w/\w|^/", both[1]) and not rematch.search(r"[A-Za-z]{3,}\s+[A-Za-z]{3,}", both[1]):
            both = None  # a path or a parameter ("请求地址：GET /v2/payments/{payment_id}"), no English words
        if both and (len(both[1].split()) < 2 or not rematch.search(r"[A-Z]", both[1])) and re.search(r"[（(]\s*" + re.escape(both[1]), b.text):
            # One word in brackets qualifies the Chinese ("安装驱动程序（Windows）"), it does not translate
            # it; nor does a command in lower case ("第一节　创建存储桶（bucket create）").
            both = None
        if both and _labelled_field(*both):
            both = None
        if (both and both[0].lstrip()[:1] not in "（(" and both[0].count("（") + both[0].count("(") > both[0].count("）") + both[0].count(")")):
            both = None  # the mark inside brackets: "下載PDF版本（中文／English，812KB）" names two languages, in one
        if both and not rematch.search(r"[A-Z]", both[1]) and len(both[1].split()) <= 2 and "，" in both[0]:
            both = None  # a wrapped sentence's last word, a path ("…指定的地址上暴露 /metrics"), not its translation
        if both and (rematch.search(r"[✓✔✗✘√]", b.text) or (len(both[1].split()) == 1 and b.text.find(both[1]) < b.text.find(both[0]))):
            both = None  # a table's row ("LDAP / 企业目录集成　—　—　✓"), or a term before its Chinese name
        if both and b.text.find(both[1]) < b.text.find(both[0]) and not rematch.search(r"[A-Z]", both[1]):
            both = None  # a command and what it does ("5.1 ledgerctl init — 建立新帳本"), not a title translated
        if both:
            out.append(Block(both[0], "zh", b.line, "heading", 2, False, b.file))
            out.append(Block(both[1], "en", b.line, "heading", 2, False, b.file))
            mark = "".join(b.text.replace(both[0], "", 1).replace(both[1], "", 1).split())
            if mark and removed is not None:
                removed.append(Removed(mark, b.line, SEPARATOR_REASON))
        else:
            out.append(b)
    return out


FIELD_EN = r"[A-Za-z][A-Za-z .'-]{0,25}[:：]\s*\S"  # an English label and the value after it


def _labelled_field(zh: str, en: str) -> bool:
    """A line split in two that is a field, its label in both languages and its value after
    them ("文档编号 / Doc ID: OPS-RB-0417", "密级 / Classification: 内部 / Internal"), not a
    heading in each ("第一章 概述 / Chapter 1: Overview" is one)."""
    if numbering(zh):
        return False
    part = rematch.match(r"(?:chapter|part|section|article|step|phase|appendix|annex|schedule)\b", en, re.I)
    return bool(rematch.match(FIELD_EN, en) and not part) or bool(rematch.search(r"[/|｜]\s*" + FIELD_EN, zh))


def _glossed_entry(text: str) -> bool:
    """An entry of a list of terms or abbreviations, its English name in brackets
    ("API：应用程序接口（Application Programming Interface）"): Chinese, not two languages."""
    m = rematch.search(r"[（(][A-Za-z][A-Za-z0-9 .,'&/-]*[）)]$", text.strip())
    return bool(m) and bool(rematch.search(r"[：:]\s*\S", text.strip()[:m.start()]))


# A command typed at a shell's prompt ("$ vaultkeep init", "PS C:\\> Get-Item", "C:\\> dir").
SHELL_COMMAND = rx(r"(?:[$%]|PS [^>\n]{0,40}>|[A-Z]:\\[^>\n]{0,40}>)\s+\S")


def label_partners(blocks: list[Block]) -> list[Block]:
    """Interleaved text: a label line ending in a colon and its translation on
    the next line are both headings when one of them reads as a heading
    ("拆除旧温控器：" / "Removing the old thermostat:") and neither leads into
    a list or a quotation. English alone cannot tell a four-word label in
    sentence case from a lead-in; its Chinese line can."""
    from .segment import _label_over_lead_in, _lead_in, heading_line

    out = list(blocks)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a.lang == b.lang or a.kind != "para" or b.kind != "para" or a.markdown or b.markdown:
            continue
        zh, en = (a, b) if a.lang == "zh" else (b, a)
        if not (zh.text.endswith(("：", ":")) and en.text.endswith(":")) or "\n" in zh.text + en.text:
            continue
        label_zh, label_en = zh.text[:-1].strip(), en.text[:-1].strip()
        if not (1 <= len(label_zh) <= 20 and 1 <= len(label_en.split()) <= 8) or _lead_in(label_zh, "zh"):
            continue
        if _label_over_lead_in(zh.text, "zh") or _label_over_lead_in(en.text, "en"):
            continue  # (a clause's title before its lead-in: "四、宗旨：本會之宗旨為：" / "4. Objects: The objects … are:")
        if k + 2 < len(out) and SHELL_COMMAND.match(out[k + 2].text):
            continue  # (it leads into a command to type: "Initialize a repository on an external drive:" / "$ vaultkeep init")
        if heading_line(zh.text, "zh") != heading_line(en.text, "en"):
            out[k], out[k + 1] = replace(a, kind="heading", level=2), replace(b, kind="heading", level=2)
    return out


# (A reference in brackets, "[s. 2]", "[第2條]" under a schedule's title, names no section.)
BRACKET_HEADING = rx(r"【[^【】\n]{1,20}】|〔[^〔〕\n]{1,20}〕|\[(?![sS]{1,2}\.\s*\d)[A-Za-z][^\[\]\n]{0,60}\]")
SYMBOL_LINE = rx(r"^[◆◇■□●○▶►★☆◎※▲△]\s*\S")


def bracket_headings(blocks: list[Block]) -> list[Block]:
    """Lines that are only a label in square brackets ("【注意事项】", "[Precautions]"),
    and short lines after a symbol ("◆ 产品特点", "◆ Features") that stand
    alone (a run of them is a list), are headings, when a document writes two
    or more of them."""
    def symbol(k: int) -> bool:
        return bool(SYMBOL_LINE.match(blocks[k].text))

    streams = {lg: [i for i, b in enumerate(blocks) if b.lang == lg] for lg in ("zh", "en")}
    place = {k: (lg, n) for lg, ks in streams.items() for n, k in enumerate(ks)}

    def alone(k: int) -> bool:
        lg, n = place[k]
        mine = streams[lg]
        return not (n > 0 and symbol(mine[n - 1])) and not (n + 1 < len(mine) and symbol(mine[n + 1]))

    plain = [k for k, b in enumerate(blocks) if b.kind == "para" and not b.markdown and "\n" not in b.text]
    found = [k for k in plain if BRACKET_HEADING.fullmatch(blocks[k].text)]
    marked = [k for k in plain if symbol(k) and len(blocks[k].text) <= 60 and not ends_with_final_punct(blocks[k].text)]
    out = list(blocks)
    for group in (found, [k for k in marked if alone(k)]):
        if len(group) >= 2:
            for k in group:
                out[k] = replace(out[k], kind="heading", level=2)
    return out


# A year ("2024年", "in 1998") or a span of years in brackets ("（960—1127年）",
# "(1127–1279)"): a date under a name, as in an object's label, is no telephone
# number or address.
YEARS = rx(r"(?<![\d\-–—])(?:1[5-9]|20)\d{2}(?:\s*年)?(?![\d\-–—])|[（(]\s*\d{3,4}\s*[—–-]{1,2}\s*\d{3,4}\s*年?\s*[)）]")


# An annex's clause number ("A.1 Charging station object", "B.2 订单对账响应示例").
ANNEX_CLAUSE = rx(r"[A-Z]\.\d{1,2}(?:\.\d{1,2})*\s")


def contact_headings(blocks: list[Block]) -> list[Block]:
    """A short line over two or more short lines with a number, an address or
    an e-mail ("联系我们" over a name, a street, a telephone number) heads
    them; segment would read the three lines as a list."""
    from .segment import heading_line

    out = list(blocks)
    for lg in ("zh", "en"):
        mine = [k for k, b in enumerate(blocks) if b.lang == lg]
        for n, k in enumerate(mine):
            b = blocks[k]
            short = len(b.text) <= 12 if lg == "zh" else len(b.text.split()) <= 5
            if (b.kind != "para" or b.markdown or not short or rematch.search(r"\d", b.text) or is_numbered(b.text)
                    or not heading_line(b.text, lg) or organisation(b.text, lg)):
                continue  # (an organisation over its address issues the document or answers letters)
            below = []
            for k2 in mine[n + 1:n + 6]:
                t = blocks[k2].text
                if (blocks[k2].kind != "para" or "\n" in t or len(t) > 80 or t.rstrip()[-1:] in "。！？!?;；"
                        or (t.rstrip().endswith(".") and len(t.split()) >= 8)  # an English sentence, not "… Co., Ltd."
                        or is_numbered(t) or ANNEX_CLAUSE.match(t) or _data_text(t)):
                    break  # (data under a heading, '"operatorId": "TC0000123",', is no address)
                below.append(t)
            # Rows of figures under column names are a table.
            # (So are rows under a rule of dashes under the column names: "Item  Specification" / "-----  -----".)
            table = (2 * sum(1 for t in below if len(rematch.findall(r"\d[\d,.]*", t)) >= 2) >= len(below)
                     or any(COLUMN_RULE.fullmatch(t.strip()) for t in below[:1]))
            if len(below) >= 2 and any(rematch.search(r"\d{3}|@|://", YEARS.sub("", t)) for t in below) and not table:
                out[k] = replace(b, kind="heading", level=2)
    return out


QUESTION_LABEL = rx(r"(?:问|問)\s*\d{1,3}\s*[:：.、]|Q\s*\d{1,3}\s*[:.]\s|[A-Z]\.\d{1,3}\s")  # ("A.3 …？": an appendix's questions)


def question_headings(blocks: list[Block]) -> list[Block]:
    """Questions on lines of their own, each answered by the text below it
    ("如何注册账户？" / "How do I create an account?"), head their answers: when
    each language has two or more and as many as the other, and the questions
    are the document's sections (an FAQ, its questions grouped under topics or
    under its title). Questions in one group after three or more headings of the
    document's own ("常见问题" / "Common Questions" at the end of a cookie policy,
    "问：…？" / "答：…" in a code of conduct) are the items of that one section."""
    from .segment import QUESTION_NUMBER, heading_line

    def asks(k: int) -> bool:
        b = blocks[k]
        t = b.text
        if b.kind != "para" or b.markdown or "\n" in t or not t.endswith(("？", "?")) or table_row(t):
            return False  # (a table's header row may end in a question: "Data | Purpose | Can be switched off?")
        # (A numbered or labelled question may be longer: "7. 问：已经享受区（县）人才住房补贴的，还能申请本项补贴吗？")
        labelled = bool(QUESTION_NUMBER.match(t) or QUESTION_LABEL.match(t) or numbering(t))
        short = len(t) <= (40 if labelled else 30) if b.lang == "zh" else len(t.split()) <= (25 if labelled else 15)
        nxt = next((x for x in blocks[k + 1:k + 3] if x.lang == b.lang), None)
        return short and nxt is not None and not nxt.text.endswith(("？", "?")) and not listed(k)

    def listed(k: int) -> bool:
        """An item of a list numbered alike on the lines next to it (a contents list:
        "三、…", "四、我们如何存储您的个人信息？", "五、…"), not a question over its answer."""
        b, nb = blocks[k], numbering(blocks[k].text)
        near = [x for x in blocks[max(k - 2, 0):k + 3] if x.lang == b.lang and abs(x.line - b.line) == 1]
        return nb is not None and any((m := numbering(x.text)) is not None and m.style == nb.style for x in near)

    def heads(k: int) -> bool:
        b = blocks[k]
        return b.kind == "heading" or (b.kind == "para" and not b.markdown and "\n" not in b.text
                                       and heading_line(b.text, b.lang))

    def one_section(lg: str) -> bool:
        """The questions stand together, after three or more headings of the document's own."""
        mine = [k for k, b in enumerate(blocks) if b.lang == lg]
        first, last = found[lg][0], found[lg][-1]
        between = any(heads(k) for k in mine if first < k < last and k not in found[lg])
        before = sum(1 for k in mine[1:] if k < first and heads(k))  # the first line may be the title
        return not between and before >= 3

    found = {lg: [k for k, b in enumerate(blocks) if b.lang == lg and asks(k)] for lg in ("zh", "en")}
    # Questions numbered as such ("问1：…？", "Q1. …?") are an FAQ's entries, headings
    # wherever they stand. (Writers differ on "问：…？" / "Q: …?" in one section at the
    # end: three of five leave them out.)
    # (So are they where one language numbers them: "問：…？" beside "Q1. …?".)
    labelled = any(all(QUESTION_LABEL.match(blocks[k].text) for k in found[lg]) for lg in ("zh", "en"))
    # (Numbered in both, a question one language asks more is one the other leaves out.)
    both = all(found[lg] and all(QUESTION_LABEL.match(blocks[k].text) for k in found[lg]) for lg in ("zh", "en"))
    alike = len(found["zh"]) == len(found["en"]) or (both and abs(len(found["zh"]) - len(found["en"])) <= max(1, len(found["zh"]) // 10))
    if len(found["zh"]) < 2 or not alike or (
            not labelled and all(one_section(lg) for lg in ("zh", "en"))):
        return blocks
    out = list(blocks)
    for k in found["zh"] + found["en"]:
        out[k] = replace(out[k], kind="heading", level=2)
    return out


# --------------------------------------------------------------------------- titles

SECTION_WORDS = rx(
    r"^(引言|前言|序言|导言|導言|概述|简介|簡介|摘要|总则|總則|目录|目錄|背景|附则|附則|名称|名稱|"
    r"introduction|preface|foreword|overview|summary|abstract|background|contents|table of contents|definitions|name)$", re.I)


MD_LINK = rx(r"\[([^\[\]\n]+)\]\([^)\s]*\)")  # "[首页](/)"


def _says_something(markdown: str) -> bool:
    """A Markdown block with words of its own, not only a logo, badges or HTML tags
    ('<p align="center"><img …></p>', '[![CI](…)](…)'), which may stand above a title."""
    t = rematch.sub(r"<[^>]*>", " ", markdown)
    t = rematch.sub(r"\[?!\[[^\]]*\]\([^)]*\)(?:\]\([^)]*\))?", " ", t)
    # (Nor an MDX page's imports: "import Button from '@site/src/components/Button';".)
    t = rematch.sub(r"(?m)^\s*(?:import\s+[\w{}\s,*]+\s+from\s+|import\s+)['\"][^'\"]+['\"];?\s*$", " ", t)
    # A row of links and nothing else ("[首页](/) · [项目](/projects/) · [English](#english)") is
    # a site's menu copied with the page; so are a breadcrumb and a menu in words (see furniture).
    if "\n" not in t.strip():
        from .furniture import navigation_line

        rest, links = MD_LINK.subn(" ", t)
        if (links >= 2 and not rematch.search(r"\w", rest)) or navigation_line(MD_LINK.sub(r"\1", t)):
            return False
    return bool(rematch.search(r"\w", t))


# An ordinance with its chapter of the Laws of Hong Kong: "第673章 天台太陽能裝置(登記)條例"
# ("Cap. 673 … Ordinance") is a title, not a chapter's heading ("第一章 总则").
CAP_TITLE = rx(r"第\s*\d{1,4}[A-Z]{0,2}\s*章\s*\S.*(?:條例|条例|規例|规例)$")


def title_shaped(text: str, lang: str) -> bool:
    """A line that can be a document's title: short, unnumbered, no final punctuation."""

    t = text.strip()
    if (not t or (is_numbered(t) and not CAP_TITLE.match(t)) or is_bullet(t) or SECTION_WORDS.match(t.rstrip(":：")) or TOC_RE.match(t)
            or TOC_ENTRY.search(t)):
        return False  # (nor "本页内容 On this page", a contents label, nor an entry of the contents with its page)
    if lang == "zh":
        if not (2 <= len(t) <= 50 and han_count(t)):
            return False
    else:
        words = t.split()
        # (A name written in lower case may open it, before words in Title Case or a version:
        # "ledgerctl Command-Line Reference", "tidesync 2.1 User Guide".)
        named = (len(words) >= 2 and words[0].isalnum() and words[0].lower() not in TITLE_SMALL_WORDS
                 and all(w[:1].isupper() or w[:1].isdigit() or w in TITLE_SMALL_WORDS for w in words[1:]))
        if not (1 <= len(words) <= 30 and (t[0].isupper() or t[0].isdigit() or t[0] in "\"'“" or named)):
            return False
    if (lang == "en" and (rematch.search(r"(?:^|[\s,])[A-Z][a-z]{0,3}\.$", t) or COMPANY_END.search(t)) and 2 <= len(t.split()) <= 8
            and "." not in t[:-1].replace(".,", ",")):
        return True  # a name that ends with an abbreviation ("Hefeng Dairy Co., Ltd.", "… CO., LTD.") says no sentence
    return not ends_with_final_punct(t) or t.endswith(("?", "？", "!", "！"))


def field_line(text: str) -> bool:
    """Two or more labelled fields on one line: a document's particulars
    ("文件编号：SOP-07　版本：C/2　页数：共6页", "Document No.: SOP-07  Revision: C/2"),
    which stand above a title, not a title ("Standard Operating Procedure: Safe Use of …")."""
    # (A colon between digits is a time, "9:00", not a field's.)
    return len(rematch.findall(r"(?:^|\s)[^\s:：]{1,24}(?:(?<!\d)[:：]|[:：](?!\d))(?!//)(?=\s*\S)", text.strip())) >= 2


def _same_words(a: str, b: str) -> bool:
    """Two titles that say the same, but for spaces, case and punctuation."""
    def key(t: str) -> str:
        return "".join(ch for ch in t.lower() if ch.isalnum())
    return key(a) == key(b)


# One short field, under a line of them: the last of a page's particulars ("有 效 性：有效" under
# "文　　号：清城管规〔2023〕3号　　发布日期：2023年05月16日").
ONE_FIELD = rx(r"(?:[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,5}|[A-Z][a-z]+(?: [a-z]+){0,2})\s*[:：]\s*\S.{0,19}")
# Whom a notice is for, over its title: "致：各持牌零售經營者", "To: All Licensed Retail Operators".
ADDRESSED_TO = rx(r"(?:致|抄送|To|Attn\.?|Attention)\s*[:：]\s*\S", re.I)
# A document's reference over its title: "文件编号：IOMWC/BT/2025/1", "Document reference: IOMWC/BT/2025/1"
# (its label may be in both languages: "许可证标识符 / License Identifier: QSOSL-2.0").
# (Or its issue in brackets after it: "表格編號 Form No.: HCAG-VOL-02 (01/2024)".)
CODE_FIELD = rx(r"[^\s:：]{1,12}(?: [^\s:：]+){0,4}\s*[:：]\s*[A-Za-z0-9][\w/.\-]*\d[\w/.\-]*(?:\s*[（(][\w/.\-]{1,12}[)）])?"
                        # (its edition set against the right margin: "文件編號：PRV-GOV-001　　2021年修正版",
                        # "Doc. No. PRV-GOV-001      2021 Revision")
                        r"|(?:[^\s:：]{1,12}\s*[:：]|(?:Doc(?:ument)?|Ref(?:erence)?|File)\.?\s*No\.)\s*[A-Za-z0-9][\w/.\-]*\d[\w/.\-]*"
                        r"\s+(?:\d{4}\s*年?\s*\S{1,12}|[A-Z][a-z]+(?: [A-Z][a-z]+)? \d{4}|\d{4} [A-Z][a-z]+)")


def _under_title(blocks: list[Block], i: int) -> bool:
    """blocks[i + 1], right under the Chinese title blocks[i] in the Chinese half, is the
    title in English: a title-shaped line in English that translates it."""
    if i + 1 >= len(blocks):
        return False
    a, b = blocks[i], blocks[i + 1]
    # (On a cover the two may stand a blank line or two apart.)
    return (b.lang == "zh" and a.line < b.line <= a.line + 3 and detect_lang(b.text) == "en" and title_shaped(b.text, "en")
            and _translates(a.text, b.text, "zh"))


def _translates(a: str, b: str, lang: str) -> bool:
    """Line b, in the other language, says what line a (in `lang`) says."""
    return _similarity(a, b, lang) >= 0.3


def _contact_block(blocks: list[Block], i: int, gaps: Gaps) -> list[int]:
    """blocks[i], a short name line, with two or more lines of its language right under it,
    one under the other, that say where to reach it (a street address, "Tel: …", "E-mail: …"):
    the indexes of those lines, or nothing."""
    b = blocks[i]
    if "\n" in b.text.strip() or len(b.text) > 80 or ends_with_final_punct(b.text):
        return []
    out: list[int] = []
    above = b.line
    for k in range(i + 1, min(len(blocks), i + 8)):
        nb = blocks[k]
        t = nb.text.strip()
        if nb.lang != b.lang or not gaps.right_under(above, nb.line):
            break
        if not (ADDRESS_FIELD.match(t) or street_address(t.split(":", 1)[-1].split("：", 1)[-1])):
            break
        out.append(k)
        above = nb.line
    return out if len(out) >= 2 else []


def take_titles(blocks: list[Block], markdown: bool, confirmed: bool = False, gaps: Gaps | None = None
                ) -> tuple[str | None, str | None, list[Block], dict[str, int], tuple[tuple[str, int], ...]]:
    """The document's own title in each language, taken out of the content;
    the line each title was on; and (language, line) of the blocks before a
    title that a notice names (see named_title) or a letterhead stands over
    (see letterhead_title), and of a field that gives the title: they stay
    text and head no section.

    Markdown: a level-1 heading that is the only one of its language (or
    front matter, handled by the reader). Plain text: the first block of
    each language stream when both are title-shaped lines, unless they look
    just like the section headings that follow (unnumbered lines, each
    followed by text) and no date or author line confirms them as a title;
    a title line that the notice before it names is the title instead (an
    order that promulgates the measures under it), so is the title under a
    company's letterhead (see letterhead_title), and a field that gives the
    title ("法規名稱：…", "Title: …") gives it without its label."""

    firsts: dict[str, int] = {}
    # A file's header over a rule ("Document ID: … | Version 3.2", a copyright line,
    # "This file is distributed with …", then "=====") comes before the title.
    header_end: dict[str, int] = {}
    for lg in ("zh", "en"):
        idx = [i for i, b in enumerate(blocks) if b.lang == lg][:7]
        rule = next((n for n, i in enumerate(idx) if rematch.fullmatch(r"[=\-*_~#]{8,}", blocks[i].text.strip())), None)
        # (A title over its edition and copyright line, then the rule, is the title: "灯塔公共许可证" / "第 2.0 版".)
        top = blocks[idx[0]].text if idx else ""
        if (rule and any(never_heading(blocks[i].text) or field_line(blocks[i].text) for i in idx[:rule])
                and (never_heading(top) or field_line(top) or not title_shaped(top, lg))):
            header_end[lg] = idx[rule]
    # (So is a series' masthead, in both languages: its name, the issue's number and date, then
    # the rule: "澄川社會政策研究中心" / "政策簡報 第42期" / "2024年3月" / "=====".)
    rule = next((i for i, b in enumerate(blocks[:10]) if rematch.fullmatch(r"[=\-*_~#]{8,}", b.text.strip())), None)
    if rule and any(ISSUE_NUMBER.search(b.text) for b in blocks[:rule]) and any(date_line(b.text) for b in blocks[:rule]):
        header_end = {lg: max(header_end.get(lg, -1), rule) for lg in ("zh", "en")}
    aside: set[int] = set()  # lines before the title: a contact block, a page's list of its sections
    for i, b in enumerate(blocks):
        if i <= header_end.get(b.lang, -1) or i in aside:
            continue
        if b.lang not in firsts and gaps is not None and (lines := _contact_block(blocks, i, gaps)):
            # An organisation's name over its address, telephone and e-mail, ending the other
            # half ("China Society of Wetland Ecology (CSWE)" / "Secretariat: …" / "Tel: …"):
            # a contact block, not the title.
            aside.update(lines)
            continue
        if b.lang not in firsts and TOC_RE.match(b.text.strip()) and PAGE_CONTENTS.search(b.text):
            # A web page's list of its sections and the short lines listed under it ("本页内容 On
            # this page" over "4.3.0", "4.2.2", …) come before the title (a printed contents list
            # comes after its cover's title, which stays the first block).
            j = i + 1
            while (j < len(blocks) and blocks[j].line == blocks[j - 1].line + 1 and len(blocks[j].text) <= 40
                   and not ends_with_final_punct(blocks[j].text)):
                aside.add(j)
                j += 1
            continue
        # A notice in the other language at the top of a half (a licence
        # identifier) comes before the title; it is not the title. Nor are a
        # copyright line and a rule of "=" between the halves.
        # A Chinese name with its Latin spelling ("云笺（CloudNote）") is Chinese.
        # (A brand in both scripts over an interleaved notice, "書途 BookRoute", is no English title.)
        if (b.lang not in firsts and (o := "en" if b.lang == "zh" else "zh") in firsts and b.line - blocks[firsts[o]].line > 20
                and any(c.line == b.line and c.lang == o for c in blocks[max(0, i - 1):i + 2])):
            continue  # half of a line in both languages deep in the other's text ("管理节点集群（Manager × 3）" in a diagram)
        if b.lang not in firsts and _may_open(b):
            firsts[b.lang] = i
    # A field that gives the title among the first lines (see _field_title).
    for lg, i in list(firsts.items()):
        k = _field_title(blocks, [i] + [j for j, b in enumerate(blocks) if b.lang == lg and j > i][:3], lg)
        if k is not None:
            firsts[lg] = k
    take: dict[str, int] = {}
    notice: list[tuple[str, int]] = []
    if markdown:
        for lg in ("zh", "en"):
            h1 = [i for i, b in enumerate(blocks) if b.lang == lg and b.kind == "heading" and b.level == 1]
            if len(h1) == 1:
                i = h1[0]
                before = [b for b in blocks[:i] if b.lang == lg and _says_something(b.text)]
                # The H1 is the title as the page shows it, also under front matter
                # that names another ("参与贡献指南" under "title: 参与贡献"): the front
                # matter's title is the one used where the document shows none.
                if not before:
                    take[lg] = i
        # A bilingual H1 ("# 第18/2023號行政法規 / Administrative Regulation No. 18/2023") is the title in
        # both languages or in neither (a note in one language above it says nothing of the other's).
        h1 = {lg: [i for i, b in enumerate(blocks) if b.lang == lg and b.kind == "heading" and b.level == 1] for lg in ("zh", "en")}
        if len(take) == 1 and all(len(v) == 1 for v in h1.values()) and blocks[h1["zh"][0]].line == blocks[h1["en"][0]].line:
            take = {lg: v[0] for lg, v in h1.items()}
    else:
        named = {lg: k for lg in firsts if (k := named_title(blocks, lg)) is not None}
        if not named:
            named = marked_title(blocks)
        heads = {lg: k for lg, i in firsts.items() if lg not in named and (k := letterhead_title(blocks, i, gaps, bare=False)) is not None}
        # A name with no letterhead over its report: in both languages, or neither.
        bare = {lg: k for lg, i in firsts.items() if lg not in named and (k := letterhead_title(blocks, i, gaps)) is not None}
        if len(bare) == 1 and len(firsts) == 2 and not heads:
            # (Or in one language, where the other's first line is the title it translates: "THORNBURY
            # SYSTEMS LIMITED" over "ENTERPRISE SOFTWARE LICENCE AGREEMENT", beside "企业软件许可协议" alone.)
            (lg, k), = bare.items()
            o = "en" if lg == "zh" else "zh"
            if (o not in named and (not _translates(blocks[k].text, blocks[firsts[o]].text, lg) or _issuer(blocks[firsts[o]].text, o)
                                     or BARE_KIND[lg].fullmatch(blocks[k].text.strip()))):
                bare = {}
        named.update(bare if len(bare) == 2 or (bare and not heads) else heads)
        firsts.update(named)
        for lg, k in named.items():
            # The other language's half of a line of the letterhead over the title ("根據…的慈善機構 | A
            # charitable institution …") is the letterhead's: that language opens after it.
            o = "en" if lg == "zh" else "zh"
            if (o in firsts and o not in named and blocks[firsts[o]].line < blocks[k].line
                    and any(b.lang == lg and b.line == blocks[firsts[o]].line for b in blocks)):
                later = next((j for j, b in enumerate(blocks) if b.lang == o and b.line > blocks[k].line and _opens_letter(b)), None)
                if later is not None:
                    firsts[o] = later
        # A note on the translation over the title ("NOTE ON THE ENGLISH TRANSLATION" and its
        # paragraphs over "Tinglan Municipal Regulations on …"): the title is the line after it that
        # translates the other language's.
        for lg, i in list(firsts.items()):
            o = "en" if lg == "zh" else "zh"
            if o in firsts and TRANSLATION_NOTE.fullmatch(blocks[i].text.strip()):
                k = _translated_title(blocks, i, lg, blocks[firsts[o]].text, o)
                if k is not None:
                    firsts[lg] = k
        ok = {lg: i for lg, i in firsts.items() if title_shaped(title_text(blocks[i].text, lg), lg)
              and i + 1 < len(blocks) and _followed_by_text(blocks, i)}
        notice = [lg for lg, i in firsts.items() if lg not in ok]
        if len(ok) == 1 and len(firsts) == 2 and not named and notice and not ("zh" in ok and _under_title(blocks, ok["zh"])):
            # The other language's half opens with a notice (the licences of a product's
            # open-source parts, kept at the end of the Chinese half) or a line that is no
            # title ("[Download PDF (312 KB)]"): its title is the first line after it that
            # translates the title found (unless the English title stands under the Chinese one, below).
            (lg0, i0), = ok.items()
            lg1 = "en" if lg0 == "zh" else "zh"
            k = _translated_title(blocks, firsts[lg1], lg1, blocks[i0].text, lg0)
            if k is not None:
                ok[lg1] = k
        # A web page's title over the document's own, the same less a note in brackets
        # ("…2023年度工作报告（中英文对照）" over "…2023年度工作报告" / "… 2023 Annual Work Report"):
        # the document's own is the title.
        for lg, i in list(ok.items()):
            t = blocks[i].text.strip()
            bare = rematch.sub(r"\s*[（(][^（）()]{1,16}[)）]$", "", t)
            k = next((k for k in range(i + 1, min(len(blocks), i + 6)) if blocks[k].lang == lg and blocks[k].text.strip() == bare), None)
            if bare != t and k is not None and _followed_by_text(blocks, k):
                ok[lg] = k
        # An issuer's name over one language's half (a gazette's cover, "…人民代表大会常务委员会" over its
        # issue and contents) where the other's title names a kind of document ("Regulations of … on …"):
        # the title is the line of the first that translates it.
        for lg in (list(ok) if not named and len(ok) == 2 else []):
            o = "en" if lg == "zh" else "zh"
            # (Standing alone, a blank line under it: not a name the title goes on from, "MACAO … FEDERATION" / "ANNUAL …".)
            if (_issuer(blocks[ok[lg]].text, lg) and not _document_kind(title_text(blocks[ok[lg]].text, lg), lg)
                    and not _translates(blocks[ok[o]].text, blocks[ok[lg]].text, o)  # (not where the two are one title already)
                    and not _issuer(blocks[ok[o]].text, o) and gaps is not None and gaps.blank_after(blocks[ok[lg]].line)
                    and (_document_kind(title_text(blocks[ok[o]].text, o), o) or (o == "en" and bool(EN_KIND_FIRST.match(blocks[ok[o]].text.strip()))))):
                k = _translated_title(blocks, ok[lg], lg, blocks[ok[o]].text, o, reach=40)
                while k is not None and BARE_KIND[lg].fullmatch(blocks[k].text.strip()):
                    k = _translated_title(blocks, k, lg, blocks[ok[o]].text, o, reach=40)  # (not the kind alone: "章程")
                if k is not None:
                    ok[lg] = k
        # (Or a page's short title, the breadcrumb's last step, over the document's own title that opens
        # with it, a line or two of the page's tools between: "Statutes" / "Print | Share | Download PDF"
        # / "STATUTES OF THE TAIPA HILLSIDE RESIDENTS' MUTUAL AID ASSOCIATION".)
        for lg, i in list(ok.items()):
            t = blocks[i].text.strip()
            if lg != "en" or len(t.split()) > 3:
                continue
            later = [k for k in range(i + 1, min(len(blocks), i + 8)) if blocks[k].lang == lg][:3]
            for n, k in enumerate(later):
                u = blocks[k].text.strip()
                if (u.lower().startswith(t.lower() + " ") and title_shaped(title_text(u, lg), lg) and _followed_by_text(blocks, k)
                        and all(display_width(blocks[j].text) <= 60 and not ends_with_final_punct(blocks[j].text) for j in later[:n])):
                    ok[lg] = k
                    break
        # A cover's name over the title ("QingluDB 5.2" over "管理员指南" / "Administrator Guide"):
        # the English title is the line under the Chinese one that translates it.
        if len(ok) == 2 and ok["en"] < ok["zh"] and not named and ok["zh"] + 1 < len(blocks):
            k = ok["zh"] + 1
            under, zt = blocks[k], blocks[ok["zh"]].text
            if (under.lang == "en" and title_shaped(title_text(under.text, "en"), "en") and _followed_by_text(blocks, k)
                    and _translates(zt, under.text, "zh") and not _translates(zt, blocks[ok["en"]].text, "zh")):
                ok["en"] = k
        # The title in both languages, one line under the other, at the top of the Chinese half
        # ("临江…研究院2023年度报告" / "Linjiang Institute … Annual Report 2023"), over the whole report.
        # (Also over the English half of a note in both languages under them, "（中英文对照版 /
        # Chinese-English Edition）", which opens the English stream a line or two further down.)
        both = ("zh" in ok and not named and _under_title(blocks, ok["zh"])
                and ("en" not in ok or blocks[ok["zh"] + 1].line < blocks[ok["en"]].line <= blocks[ok["zh"]].line + 5))
        if both:
            ok["en"] = ok["zh"] + 1
        if len(ok) == 2 and (confirmed or named or both or not all(_like_its_headings(blocks, i) for i in ok.values())):
            take = ok
            # (The points a notice numbers, a sentence and text after it, "一、提高认识，加强组织领导。
            # 调查令制度是…" / "1. Raise awareness …. The …", are its own sections: they are not set
            # aside with it. An entry of its history, "1.2020年3月1日公布施行", is.)
            # (Nor is the notice's own title: it heads the notice.)
            notice = [(b.lang, b.line) for lg, k in named.items() for b in blocks[:k] if b.lang == lg and not _numbered_point(b.text)
                      and not notice_title(b.text)]
    if not take:
        return None, None, blocks, {}, ()
    tz = title_text(blocks[take["zh"]].text, "zh") if "zh" in take else None
    te = title_text(blocks[take["en"]].text, "en") if "en" in take else None
    # A field that gives the title stays, as text, with its label (nothing of the input is lost).
    fields = {i for i in take.values() if title_field(blocks[i].text, blocks[i].lang)}
    notice += [(blocks[i].lang, blocks[i].line) for i in fields]
    rest = [b for i, b in enumerate(blocks) if i not in take.values() or i in fields]
    return tz, te, rest, {lg: blocks[i].line for lg, i in take.items()}, tuple(notice)


def notice_titles(blocks: list[Block]) -> list[Block]:
    """A notice's title wrapped over two lines of its language, one right under the other, is one
    block: "云岫区人民政府办公室关于印发《云岫区既有住宅加装电梯" / "财政补助办法》的通知"; so is its
    issuer's name over the rest of it ("北峪市人民政府" / "关于印发《…》的通知")."""
    out: list[Block] = []
    skip = False
    for k, b in enumerate(blocks):
        if skip:
            skip = False
            continue
        lines = b.text.strip().split("\n")
        if b.kind == "para" and 2 <= len(lines) <= 3 and not ends_with_final_punct(b.text):
            # (Set as one paragraph, its lines with no blank between: "Notice on Issuing the … of the" /
            # "Mingheng Statistical Analysis Software Campus Site Licence".)
            joined = join_units([ln.strip() for ln in lines])
            if notice_title(joined) and not any(ln.rstrip().endswith((":", "：")) for ln in lines):
                out.append(replace(b, text=joined))
                continue
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if (nxt is not None and nxt.lang == b.lang and nxt.file == b.file and b.kind == "para" and nxt.kind == "para"
                and nxt.line == b.line + 1 and "\n" not in b.text and "\n" not in nxt.text and not ends_with_final_punct(b.text)):
            joined = join_units([b.text.strip(), nxt.text.strip()])
            # (In English the first line alone reads as a notice's title: "Notice of … on Issuing the Measures of
            # Beiyu" / "Municipality for the Administration of …"; the next line goes on where it is a title's words.)
            alone = notice_title(b.text)
            more = (b.lang == "en" and bool(rematch.match(r"[A-Z(]", nxt.text.strip())) and len(nxt.text.split()) <= 16
                    and not rematch.search(r"[.。:：;；,，]\s*$", nxt.text) and not date_line(nxt.text) and not numbering(nxt.text)
                    and not never_heading(nxt.text) and not b.text.rstrip().endswith((")", "）")))
            if notice_title(joined) and (not alone or more):
                out.append(replace(b, text=joined))
                skip = True
                continue
        out.append(b)
    return out


def _numbered_point(text: str) -> bool:
    """A numbered paragraph whose first sentence has text after it."""
    nb = numbering(text)
    return nb is not None and bool(rematch.search(r"[。！？]\s*\S|[.!?]\s+[A-Z]", text[nb.length:]))


def _opens_letter(b: Block) -> bool:
    """The first line of a letter's own text under its date: a title that may end with a year
    ("Letter to Our Donors, 2023/24"), not the date ("April 2024")."""
    if date_line(b.text):
        return len(rematch.findall(r"[^\W\d_]{3,}", b.text)) >= 3
    return _may_open(b)


# When a page was posted or updated: "Posted on 5 October 2023 by Secretariat | Last updated: …",
# "更新于 2024 年 3 月 18 日 · 阅读约 12 分钟".
POSTED = rx(r"\s*(?:(?:posted|published|(?:last\s+)?(?:updated|modified|revised))\b|(?:发布|發布|發佈|更新|修订|修訂)(?:于|於|时间|時間|日期))"
                    r"(?=.*?(?:" + DATE_TOKEN.pattern + "))", re.I)


def _cap_header(bl: list[Block], k: int) -> bool:
    """bl[k] is an ordinance's page header over its cover: its name with its chapter's number
    at the right ("藍晶灣海岸保護區條例      第713章", "… Ordinance      Cap. 713") over the
    name set out again, under the number or over it, within the next lines."""
    m = rematch.fullmatch(r"(.+?)\s+(" + CAP_NUMBER.pattern + ")", bl[k].text.strip(), re.I)
    name = m and normalize_space(m.group(1)).strip()
    return bool(name) and any(normalize_space(b.text).strip() == name for b in bl[k + 1:k + 4])


def _may_open(b: Block) -> bool:
    """A block that may be the first of its language's stream as take_titles reads it: words in
    its language, no field, date, number or addressee."""
    return bool((detect_lang(b.text) in (b.lang, None) or (b.lang == "zh" and han_count(b.text)))
                and not (b.lang == "en" and han_count(b.text))
                and rematch.search(r"\w", b.text)
                and not never_heading(b.text) and not field_line(b.text) and not CODE_FIELD.fullmatch(b.text.strip())
                and not ADDRESSED_TO.match(b.text.strip()) and not CAP_NUMBER.fullmatch(b.text.strip())
                and not SERIES_NUMBER.search(b.text.strip()) and not LANGUAGE_BANNER.fullmatch(b.text.strip())
                and not BILINGUAL_BANNER.fullmatch(b.text.strip()) and not SESSION_DOCUMENT.fullmatch(b.text.strip())
                and not TRANSLATION_BANNER.fullmatch(b.text.strip()) and not PREVAILS.search(b.text)
                and not TRANSLATED_BY.match(b.text.strip())
                and not (ISSUE_NUMBER.search(b.text) and GAZETTE.search(b.text)) and not GAZETTE_NAME.search(b.text.strip())
                and not ISSUE_LINE.fullmatch(b.text.strip()) and not GAZETTE_NOTICE.fullmatch(b.text.strip())
                and not POSTED.match(b.text)
                # (Nor a category's label or a link, whole in brackets: "【地方性法规】", "[Download PDF (312 KB)]";
                # nor a link to download the document: "Download PDF (English, 412 KB)", "下载中文版 PDF".)
                and not rematch.fullmatch(r"【[^【】]{1,16}】|\[[^\[\]]{1,40}\]", b.text.strip())
                and not rematch.match(r"(?:download|下载|下載)(?=.{0,30}\b(?:pdf|docx?|epub)\b)", b.text.strip(), re.I)
                # (Nor where the page stands in its site: "Help Center > All categories".)
                and not CRUMB.search(b.text))


# A congress's label on the papers of its session, over the title ("云岫市第十六届人民代表大会第三次会议文件（1）",
# "Document (1) of the Third Session of the 16th Yunxiu Municipal People's Congress").
SESSION_DOCUMENT = rx(r"\S{2,40}(?:会议|會議)文件\s*(?:[（(]\s*\d{1,3}\s*[)）])?"
                              r"|(?:session )?document \(?\d{1,3}\)? of the .{3,80} session of .{3,80}", re.I)
# Who translated it, in brackets over the title: "[Unofficial translation prepared by the … Office]", "【譯文僅供參考】".
TRANSLATION_BANNER = rx(r"[\[【［(（][^\[\]【】［］]{0,80}(?:translation|translated|译文|譯文|译本|譯本|翻译|翻譯)[^\[\]【】［］]{0,80}[\]】］)）]", re.I)
# Which language's text prevails, as a translation's disclaimer says it: "In the event of any discrepancy between the
# Chinese and English versions, the Chinese version shall prevail", "如中英文版本有任何歧異，概以中文版本為準".
PREVAILS = rx(r"\b(?:discrepanc|inconsistenc|conflict|difference)\w*\b.{0,160}\bprevails?\b"
              r"|(?:以|概以)(?:中文|英文|華文|华文)(?:本|版本?|文本)?(?:為準|为准)", re.I | re.S)
# Who translated it: "Translated by the Foreign Affairs Office of …", "翻譯：…", "英文翻译：…".
TRANSLATED_BY = rx(r"(?:english\s+)?translat(?:ed|ion)\s+by\b|(?:英文|中文)?(?:翻译|翻譯|译者|譯者)\s*[:：]", re.I)
# A note on the translation, as its heading: "NOTE ON THE ENGLISH TRANSLATION", "Translator's Note", "译者说明".
TRANSLATION_NOTE = rx(r"(?:(?:a )?note on (?:the |this )?(?:english |chinese )?translation|translator'?s'? notes?|translation notice"
                              r"|about (?:the |this )?(?:english )?translation|(?:英文)?(?:译者|譯者|翻译|翻譯|译文|譯文|英譯|英译)(?:说明|說明|注|註))", re.I)
# A gazette's masthead, with its issue ("临澜市人民代表大会常务委员会公报　2023年第6期") or alone on its
# line ("澜江市人民代表大会常务委员会公报", "…人民政府公报"), and its issue on a line of its own
# ("2023年第6号（总第214号）"): no title.
GAZETTE = rx(r"公报|公報|gazette|bulletin", re.I)
GAZETTE_NAME = rx(r"(?:委员会|委員會|政府)(?:公报|公報)$")
# A gazette's number for the instrument it publishes, over its page and the instrument's name: "L.N. 58 of
# 2024", "M.N. 31 of 2024", "2024年第58號法律公告", "2024年第31號市政公告".
GAZETTE_NOTICE = rx(r"[A-Z]\.\s?N\.\s*(?:No\.\s*)?\d{1,4}\s+of\s+\d{4}|\d{4}\s*年\s*第\s*\d{1,4}\s*[号號]\s*(?:法律|政府|市政)?公告")
ISSUE_LINE = rx(r"(?:\d{4}\s*年\s*)?第\s*\d{1,4}\s*[号號期](?:\s*[（(]总第\s*\d{1,5}\s*[号號期][)）])?")
# A series' masthead, ending with its report's code: "青潭海岸生態研究基金會　研究報告　QCEF-RR-2024-02".
SERIES_NUMBER = rx(r"\s(?=[A-Z0-9/-]*\d)[A-Z]{2,8}(?:[-/][A-Z0-9]{1,8}){2,4}$")
# A series' issue: "政策簡報 第42期", "Policy Brief No. 42", "Issue 7", "Vol. 3".
ISSUE_NUMBER = rx(r"第\s*\d{1,4}\s*期|\b(?:No\.|Issue|Vol\.|Volume)\s*\d{1,4}\b")
# A field that gives the document's title: "法規名稱：…", "标题：…", "Title: …".
# (A field's label may be spaced to the width of the others: "标　　题：".)
TITLE_FIELD = rx(r"^(?:(?:法[规規]|文件|文档|文檔)?名\s*[称稱]|[标標]\s*[题題]|[题題]\s*名|(?:document |full )?(?:title|name))"
                         r"\s*[:：]\s*(\S.*)$", re.I)


def _field_title(blocks: list[Block], ks: list[int], lang: str) -> int | None:
    """Where the title stands when a field that gives it ("法規名稱：…", "Title: …") is among the
    lines ks under the first (a print time, a site's banner: "列印時間：…" over "法規名稱：…", as a laws
    database prints a page): a line over the field that reads as its value ("海岸漂流物清理及再利用法"
    over "法規名稱：海岸漂流物清理及再利用法"), else the field. None where the first line is such a
    field, or no line is."""
    if not ks or title_field(blocks[ks[0]].text, lang):
        return None
    k = next((k for k in ks[1:] if title_field(blocks[k].text, lang)), None)
    if k is None:
        return None
    value = normalize_space(title_field(blocks[k].text, lang) or "")
    return next((j for j in ks if j < k and (t := normalize_space(blocks[j].text)) and value.startswith(t) and title_shaped(t, lang)), k)


def title_field(text: str, lang: str) -> str | None:
    """The title a field gives ("法規名稱：海灣市…條例" → "海灣市…條例"), or None."""
    m = TITLE_FIELD.match(text.strip())
    if m and not field_line(text) and title_shaped(m.group(1), lang):
        return m.group(1).strip()
    return None


def title_text(text: str, lang: str) -> str:
    """A title line as the title: a title field's value, or the line."""
    return title_field(text, lang) or text


def _names(earlier: str, title: str, lang: str) -> bool:
    """An earlier block names `title`: in 《》 or 「」 or as a title field's value in
    Chinese; word for word (case aside) in an English sentence or a title field,
    where it is written as a name (its longer words capitalised)."""

    e, t = normalize_space(earlier).strip(), normalize_space(title).strip()
    if e == t:
        return False
    value = title_field(e, lang)
    if lang == "zh":
        squeeze = lambda x: rematch.sub(r"\s+", "", x)  # noqa: E731
        # (An order in Taiwan quotes the regulations it prescribes in 「」: "訂定「…補助辦法」。")
        return squeeze(t) in {squeeze(n) for n in rematch.findall(r"《([^《》]+)》|「([^「」]+)」", e) for n in n if n} or (
            value is not None and squeeze(value) == squeeze(t))
    if len(t.split()) < 3:
        return False
    if value is not None:
        return t.lower() in value.lower()
    if not ends_with_final_punct(e):
        return False
    for m in re.finditer(r"(?<![\w-])" + re.escape(t) + r"(?![\w-])", e, re.I):
        said = m.group(0)
        if said == t or all(w[0].isupper() for w in said.split() if len(w) >= 4 and w[0].isalpha()):
            return True
    return False


# A series and the report's number in it, on a letterhead's line or at the end of the name's
# block: "研究报告  2024年第7号", "Research Report No. 7, 2024", "Research Report No. 2023-07".
SERIES_ISSUE = rx(r"[\u4e00-\u9fff]{2,8}[\s\u3000]*(?:" + ISSUE_LINE.pattern + ")"
                          r"|(?:[A-Z][a-z]+ ){1,4}(?:No\.|Number)\s*(?:\d{4}[-/])?\d{1,4}(?:,?\s*\d{4})?")
SERIES_ISSUE_END = rx(r"(?:^|\s)(?:" + SERIES_ISSUE.pattern + r")$")


def _letterhead_line(text: str) -> bool:
    """A line of a letterhead under an organisation's name: a note in brackets
    ("（于百慕达注册成立之有限公司）", "(Incorporated in Bermuda with limited
    liability)"), a short field ("股份代号：0000", "Stock Code: 0000") or its
    street address ("12 Wo Che Street, Sha Tin, New Territories, Hong Kong")."""
    t = text.strip()
    if DOC_NUMBER.fullmatch(t):
        return True  # an official document's number ("滨中法发〔2023〕15号", "Bin Zhong Fa Fa [2023] No. 15")
    if rematch.fullmatch(r"[^\s\d].{0,30}?[\s\u3000]*[A-Z]{2,}(?:[-/][A-Z0-9]+){2,}(?:\s*[（(][^（）()]{1,30}[)）])?", t):
        return True  # a series and the report's number in it ("研究報告　DISP-RR-2023-07", "Research Report DISP-RR-2023-07")
    if SERIES_ISSUE.fullmatch(t):
        return True  # (or its number in the year: "研究报告  2024年第7号", "Research Report No. 7, 2024", "… No. 2023-07")
    if rematch.fullmatch(r"(?:表格|表|form)\s*(?:no\.\s*)?[A-Z]{1,4}[-‐]?\d{1,4}[A-Z]?(?:\s*[（(][^（）()]{1,30}[)）])?", t, re.I):
        return True  # a form's number with its revision ("表格 CA-03（2025年1月修訂）", "Form CA-03 (Rev. 01/2025)")
    return len(t) <= 120 and "\n" not in t and (street_address(t) or bool(CONTACT_FIELDS.fullmatch(t)) or (not is_numbered(t) and (
        bool(rematch.fullmatch(r"[（(][^（）()]+[)）]", t)) or bool(rematch.fullmatch(r"[^\s:：]{1,12}(?: [^\s:：]+){0,4}\s*[:：]\s*\S.{0,40}", t)))))


# A letterhead's line of numbers to call and addresses to write to, its labels in either language or both:
# "電話 Tel.: (853) 2882 7140　電郵 E-mail: hello@…", "Tel: 2345 6789 | Fax: 2345 6780".
CONTACT_FIELDS = rx(r"(?:[^\s:：]{1,12}(?: [^\s:：]{1,12}){0,2}\s*[:：]\s*(?:\+?\(?\d[\d ()+-]{5,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
                    r"|(?:https?://|www\.)\S+)[\s\u3000|｜/]*){1,4}")


# An official document's number under its issuer's header.
DOC_NUMBER = rx(r"[\u4e00-\u9fff]{1,10}\s*[〔\[［]\s*\d{4}\s*[〕\]］]\s*\d{1,4}\s*号"
                        r"|[A-Z][A-Za-z .]{0,40}\[\d{4}\]\s*No\.\s*\d{1,4}")


# The disclaimer a stock exchange has printed above a listed company's announcement.
DISCLAIMER = rx(r"(?:take|takes) no responsibility for the contents of this (?:announcement|document|circular)"
                        r"|對本(?:公告|文件|通函)的?內容概不負責|对本(?:公告|文件|通函)的?内容概不负责"
                        # (A translation's: "For reference only. The Chinese text is the sole authentic text.")
                        r"|^for reference only\b|^(?:仅供参考|僅供參考)", re.I)


def _disclaimer(text: str) -> bool:
    return bool(DISCLAIMER.search(text[:300]))


def _maker_name(text: str, lang: str) -> bool:
    """A maker's short name alone at the top of a cover ("杭岭软件", "Hangling Software"): with
    a title that names a kind of document under it, after a blank line, the title is that line."""
    t = text.strip()
    # (A copy's or a version's banner names no maker: "經核證文本" / "Verified Copy", "征求意见稿", "Draft".)
    if rematch.search(r"(?:文本|版本|译本|譯本|稿|副本|样本|樣本)$|\b(?:copy|version|draft|translation|confidential|edition)$", t, re.I):
        return False
    if lang == "zh":
        return 2 <= han_count(t) == len(t) <= 6 and not _document_kind(t, lang)
    words = t.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not rematch.search(r"[.:;,!?]$", t) and not _document_kind(t, lang)


# An English title that opens with its kind: "Final Evaluation of the “Reading Villages” …".
# A kind of document before what it is for: "… Rules of Procedure for University Council Meetings",
# "Acceptable Use Policy for Information Technology Resources".
KIND_FOR = rx(rf"\b{EN_KINDS}\s+(?:for|on|of|to|governing)\s+\S", re.I)
EN_KIND_FIRST = rx(r"(?:final|mid-?term|interim|independent|external|ex-post)\s+(?:evaluation|review|assessment|audit)\s+(?:of|on)\b"
                   # (or the rules a body makes, as Chinese titles' "…规范", "…办法" are put: "Rules for Developers Using …",
                   # "Measures for the Administration of …")
                   r"|(?:(?:implementing|interim|provisional|detailed|supplementary|administrative)\s+)?"
                   r"(?:rules|regulations|measures|provisions|guidelines|procedures)\s+(?:for|on|of|governing|concerning)\b", re.I)


def letterhead_title(blocks: list[Block], i: int, gaps: Gaps | None, bare: bool = True) -> int | None:
    """blocks[i], the first line of a language, is an organisation's name with
    its letterhead under it (a note in brackets, a stock code) and then, after a
    blank line, a title line: "港航物流集团有限公司" / "（于百慕达注册成立之有限公司）" /
    "股份代号：0000" / blank / "2023年环境、社会及管治报告". The title line is the
    title; the letterhead stays text. The index of the title line, or None."""

    lang = blocks[i].lang
    if gaps is None or not (_issuer(blocks[i].text, lang) or (bare and _maker_name(blocks[i].text, lang))):
        return None
    if lang == "en" and KIND_FOR.search(blocks[i].text):
        return None  # (the title itself, which opens with its maker's name: "Yunxiu University of Technology Rules of Procedure for …")
    stream = [k for k in range(i + 1, len(blocks)) if blocks[k].lang == lang][:6]
    head = 0
    # (Its name in the other language right under it is the letterhead's too: "澄溪…控股有限公司" /
    # "CHENGXI … HOLDINGS LIMITED" at the top of the Chinese file of a two-file announcement.)
    other = "en" if lang == "zh" else "zh"
    if (stream and blocks[stream[0]].line == blocks[i].line + 1 and detect_lang(blocks[stream[0]].text) == other
            and (_issuer(blocks[stream[0]].text, other)
                 or (other == "en" and blocks[stream[0]].text.isupper() and len(blocks[stream[0]].text.split()) <= 8))):
        head = 1  # ("DAWN LIGHT EDUCATION FUND" under "晨光教育基金")
    # (And a line of it set in both languages, split in two: "根據《稅務條例》…的慈善機構 | A charitable
    # institution …", right under the rest of it.)
    split = {b.line for b in blocks if b.lang != lang}
    # (Issuers side by side head a joint document, one to a line, both of one place: "岚峰市发展和改革委员会"
    # over "岚峰市水务局文件", "Lanfeng Municipal Development and Reform Commission" over "Lanfeng Municipal
    # Water Affairs Bureau"; not an office of the one over it, "Press Office".)
    def place(text: str) -> str:
        t = "".join(text.split()) if lang == "zh" else text.strip()
        return t[:2] if lang == "zh" else t.split()[0]

    while (head < min(2, len(stream)) and blocks[stream[head]].line == (blocks[stream[head - 1]] if head else blocks[i]).line + 1
           and _issuer(blocks[stream[head]].text, lang) and not _document_kind(blocks[stream[head]].text, lang)
           and place(blocks[stream[head]].text) == place(blocks[i].text)):
        head += 1
    while head < len(stream) and (_letterhead_line(blocks[stream[head]].text) or ADDRESS_FIELD.search(blocks[stream[head]].text.strip()[:24]) or (
            blocks[stream[head]].line in split and blocks[stream[head]].line == blocks[stream[head - 1] if head else i].line + 1)):
        head += 1
    # (A unit of the organisation under its name, "資訊科技服務處" / "Information Technology Services
    # Office" under "香港嶺海大學", over a line that names a kind of document, is the letterhead's too.)
    # (Not the issuers a notice's title opens with, over the rest of it: "岚峰市发展和改革委员会 岚峰市水务局"
    # over "关于调整……的通知".)
    # (Nor a title broken over two lines, the kind of document right under a product's name:
    # "星衡支付开放平台" / "API 参考手册".)
    while (head + 1 < len(stream) and head < 3 and _kind_title(blocks[stream[head + 1]].text, lang) and _unit(blocks[stream[head]].text, lang)
           and not (lang == "zh" and blocks[stream[head + 1]].text.lstrip().startswith(("关于", "關於")))
           and blocks[stream[head + 1]].line > blocks[stream[head]].line + 1):
        head += 1
    if (head and head + 1 < len(stream) and date_line(blocks[stream[head]].text)
            and any(n in gaps.blank for n in range(blocks[stream[head - 1]].line + 1, blocks[stream[head]].line))):
        head += 1  # the date the letter was written, under its letterhead: the title is under it
    # (The series and its number may end the name's own block, the two lines read as one: "Jianglin University
    # Institute for Urban and Regional Development" / "Research Report No. 2023-07".)
    bare_name = head == 0 and not SERIES_ISSUE_END.search(blocks[i].text.strip()) and not SESSION.fullmatch(blocks[i].text.strip())
    if head == len(stream) or (bare_name and (not bare or DATE_TOKEN.search(blocks[i].text) or rematch.search(r"[|｜]", blocks[i].text))):
        return None  # (a news header, "新聞稿 | 2026-11-20 | …局", is no letterhead)
    k = stream[head]
    t = blocks[k].text.strip()
    above = stream[head - 1] if head else i
    year = None
    if (rematch.fullmatch(r"(?:\d{4}|[〇零一二三四五六七八九]{4})(?:\s*年(?:度)?)?", t) and head + 1 < len(stream)
            and blocks[stream[head + 1]].line == blocks[k].line + 1 and title_shaped(blocks[stream[head + 1]].text.strip(), lang)):
        # The year set over the title on the cover ("2023" / "环境、社会及管治报告"): the title is under it.
        year = blocks[k].line
        head += 1
        k = stream[head]
        t = blocks[k].text.strip()
    # With no letterhead, only a line that names a kind of document ("…货币政策报告",
    # "Interim Report 2025") is the title under the name: "Services" under a
    # centre's name is the first heading of a text the name is the title of.
    # (Or a product's name right over the kind of document: "QM-DH20 智能除湿机" / "使用说明书".)
    under = stream[head + 1] if head + 1 < len(stream) else None
    kind_under = under is not None and blocks[under].line == blocks[k].line + 1 and _document_kind(blocks[under].text, lang)
    # (In English the kind may open the title, "Final Evaluation of the “Reading Villages” …", or come
    # before whom or what it is for: "Personal Data Protection Statement for Employees and Job Applicants".)
    kind_first = lang == "en" and bool(EN_KIND_FIRST.match(t) or KIND_FOR.search(t))
    if bare_name and not (_document_kind(t, lang) or _document_kind(rematch.sub(r"\s*(?:\d{4}(?:[–/-]\d{2,4})?|[（(]\d{4}(?:[–/-]\d{2,4})?年?[)）])$", "", t), lang)
                          or kind_under or kind_first):
        return None
    # (A title over its edition and address may have been read as a contact block's name: it is
    # a heading of plain text still, not one the source marked.)
    # (A title may go on after a colon on the line right under: "穩定長照人力：" / "嵐港市…調查報告".)
    on = (t.endswith((":", "：")) and under is not None and blocks[under].line == blocks[k].line + 1
          and title_shaped(t.rstrip(":：") + (" " if lang == "en" else "") + blocks[under].text.strip(), lang))
    # (An official document's number closes its header: the title right under it needs no blank line
    # over it, "云溪市财政局文件" / "云住建规〔2024〕2号" / "…实施细则" in a copy with no blank lines.)
    numbered = head > 0 and blocks[k].line == blocks[above].line + 1 and bool(DOC_NUMBER.fullmatch(blocks[above].text.strip()))
    # (A cover's title set in, read as a heading line, is the title where it names the kind of document or
    # has the kind on its next line: "Xingchuan Cloud Collaboration Platform" / "End User Licence Agreement".)
    if ((blocks[k].kind != "para" and (blocks[k].markdown or (bare_name and not (kind_under or _document_kind(t, lang)))))
            or not (title_shaped(t, lang) or on) or never_heading(t) or field_line(t)
            or not (numbered or any(n in gaps.blank for n in range(blocks[above].line + 1, blocks[k].line))
                    # (A text set line by line, the two languages in turn with no blank line: the name's
                    # other half between it and a title that names a kind of document, "晴澳字坊有限公司" /
                    # "Ching Ou Type Foundry Limited" / "字體軟件最終用戶許可協議" / "FONT SOFTWARE END USER …".)
                    or (blocks[k].line > blocks[above].line + 1 and (_document_kind(t, lang) or kind_first)
                        and all(n in split or n == year for n in range(blocks[above].line + 1, blocks[k].line))))
            or not _followed_by_text(blocks, k)):
        return None
    return k


PAGE_CODE_ALONE = rx(r"[A-Z]{0,2}\d{1,5}")  # a page's number or code on a line of its own ("A1045")


def marked_title(blocks: list[Block]) -> dict[str, int]:
    """A Chinese title in 《》 on a line of its own under short lines (a jurisdiction and
    the law's number: "香港特別行政區" / "2026年第17號條例" / "《…條例》"), and the
    English line in the same place under as many short lines ("Hong Kong Special
    Administrative Region" / "Ordinance No. 17 of 2026" / "… Ordinance"). Both indexes, or {}."""

    def short(b: Block) -> bool:
        t = b.text.strip()
        return "\n" not in t and len(t) <= (40 if b.lang == "zh" else 80) and not ends_with_final_punct(t)

    # (A page's code alone over them, "A1045", is in no language.)
    zh = [i for i, b in enumerate(blocks) if b.lang == "zh" and not PAGE_CODE_ALONE.fullmatch(b.text.strip())][:5]
    en = [i for i, b in enumerate(blocks) if b.lang == "en" and not PAGE_CODE_ALONE.fullmatch(b.text.strip())][:5]
    for n, i in enumerate(zh[1:], 1):
        if rematch.fullmatch(r"《[^《》]{2,60}》", blocks[i].text.strip()):
            if (all(short(blocks[j]) for j in zh[:n]) and len(en) > n and all(short(blocks[j]) for j in en[:n])
                    and title_shaped(blocks[en[n]].text, "en") and not never_heading(blocks[en[n]].text)):
                return {"zh": i, "en": en[n]}
            break
    # Or the line under the law's number, in each language ("第 9/2025 號行政法規" / "社區體育設施使用及管理規章",
    # "Administrative Regulation No. 9/2025" / "Regulations on the Use …"), whatever stands over the number
    # (the gazette's name and issue, a note on the translation).
    found = {lg: i for lg in ("zh", "en") if (i := law_title(blocks, lg)) is not None}
    return found if len(found) == 2 else {}


def _cover_particulars(blocks: list[Block], k: int) -> bool:
    """blocks[k], on a contract's cover, stands over its title: how it is classified beside its
    reference ("CONFIDENTIAL  Contract Ref: YH/CF/2024/017"), the date it is made ("DATED 18 MARCH
    2024"), or a party with "and" between the parties ("(1)  CHENGFENG LOGISTICS LIMITED" / "and")."""
    t = blocks[k].text.strip()
    m = COPY_BANNER.match(t)
    if m and (m.end() == len(t) or CODE_FIELD.fullmatch(t[m.end():].strip()) or field_line(t[m.end():].strip())):
        return True
    if rematch.fullmatch(r"(?:dated|made on|签订日期|簽訂日期|日期)[:：]?\s*\S.{0,30}", t, re.I) and DATE_TOKEN.search(t):
        return True
    return party_line(blocks, k)


def law_title(blocks: list[Block], lang: str) -> int | None:
    """The index of the line under the law's number, among a language's first lines, if it is
    title-shaped: "第 9/2025 號行政法規" over "社區體育設施使用及管理規章"."""
    mine = [i for i, b in enumerate(blocks) if b.lang == lang][:8]
    k = next((n for n, i in enumerate(mine[:-1]) if LAW_NUMBER[lang].fullmatch(blocks[i].text.strip())), None)
    if k is None:
        return None
    t = blocks[mine[k + 1]].text.strip()
    ok = "\n" not in t and len(t) <= (40 if lang == "zh" else 120) and title_shaped(t, lang) and not never_heading(t)
    return mine[k + 1] if ok and not ends_with_final_punct(t) else None


# A law's number on a line of its own over its title: "第 9/2025 號行政法規", "2026年第17號條例",
# "Administrative Regulation No. 9/2025", "Ordinance No. 17 of 2026".
LAW_NUMBER = {"zh": rx(r"(?:第\s*\d{1,4}\s*/\s*\d{4}\s*[號号]|\d{4}\s*年\s*第\s*\d{1,4}\s*[號号])\s*[\u4e00-\u9fff]{0,8}"),
              "en": rx(r"(?:[A-Z][a-z]+\s+){0,2}(?:regulation|law|ordinance|order|decree)\s+no\.\s*\d{1,4}(?:/\d{4}|\s+of\s+\d{4})", re.I)}


def named_title(blocks: list[Block], lang: str) -> int | None:
    """A title line among the first dozen blocks of a language that an earlier
    block of that language names: the title after a promulgation notice or a
    letterhead ("农村水务部令" / "第17号" / "《农村供水工程运行管理办法》已经…通过，
    现予公布…" / "部长　***" / date / "农村供水工程运行管理办法"; "The Measures for …,
    adopted …, are hereby promulgated …" over "Measures for …"), or after a field
    that gives it ("法規名稱：…"). The index into blocks, or None."""

    idx = [i for i, b in enumerate(blocks) if b.lang == lang][:16]
    # (A dozen, or more under a field that gives the title, "法規名稱：…", over the law's history.)
    if not any(TITLE_FIELD.match(blocks[i].text.strip()) for i in idx[:12]):
        idx = idx[:12]

    def points(m: int) -> bool:
        """A numbered line other than an annex's label, or a contents list's heading."""
        nb = numbering(blocks[m].text)
        return (nb is not None and nb.kind != "annex" and not date_line(blocks[m].text)) or bool(TOC_RE.match(blocks[m].text.strip()))

    for n, i in enumerate(idx[1:], 1):
        b = blocks[i]
        t = b.text.strip()
        # (The issuer's name under its notice, "Binjiang Intermediate People's Court", is named by it
        # as the court, not as a document.)
        if (b.kind != "para" or "\n" in t or not title_shaped(t, lang) or never_heading(t) or field_line(t)
                or TITLE_FIELD.match(t) or not _followed_by_text(blocks, i) or organisation(t, lang)):
            continue
        # (Not a section's heading a page's first words point to, "… see Before You Contact Support.",
        # nor the measures a notice issues when its own numbered points come between ("一、提高认识，
        # 加强组织领导。…"): a contents list or numbered lines between, other than an annex's label
        # ("附件"); a field that gives the title may have the law's numbered history under it.)
        # (Or with its last words on the next line: "东岭省港口引航" / "管理条例" under "《东岭省港口引航管理条例》已由…通过".)
        names = [t]
        if (lang == "zh" and n + 1 < len(idx) and blocks[idx[n + 1]].line == b.line + 1 and "\n" not in blocks[idx[n + 1]].text
                and title_shaped(blocks[idx[n + 1]].text, lang)):
            names.append(join_units([t, blocks[idx[n + 1]].text.strip()]))
        if any(_names(blocks[j].text, name, lang) and (TITLE_FIELD.match(blocks[j].text.strip()) or not any(map(points, idx[a + 1:n])))
               for a, j in enumerate(idx[:n]) for name in names):
            return i
    return None


def subtitles(blocks: list[Block], title_lines: dict[str, int]) -> tuple[tuple[str, int], ...]:
    """(language, line) of the first block of each titled language stream when
    it is the title's second line (see _subtitle); blocks without their titles."""
    out = []
    firsts = {lg: next((k for k, b in enumerate(blocks) if b.lang == lg and b.line > line), None)
              for lg, line in title_lines.items()}
    # Right below: on the next line, or, with the lines interleaved (the
    # Chinese title, the English title, then each one's second line), with
    # nothing between but the titles and the other language's second line.
    held = set(title_lines.values()) | {blocks[k].line for k in firsts.values() if k is not None}
    for lg, line in title_lines.items():
        first = firsts[lg]
        if first is None:
            continue
        at = blocks[first].line
        if line < at <= line + len(title_lines) and all(n in held for n in range(line + 1, at)) and _subtitle(blocks, first):
            out.append((lg, at))
        elif dates_the_title(blocks[first].text) or _issuer_over_particulars(blocks, first) or _cover_motto(blocks, first):
            out.append((lg, at))
    return tuple(out)


def _cover_motto(blocks: list[Block], k: int) -> bool:
    """blocks[k], the first line under a title, is the cover's motto over the cover's date
    ("让每一个乡村孩子都有好老师、好书读" over "二〇二四年四月"): a short line saying no sentence, set
    apart, the next line of its language the date."""
    b = blocks[k]
    t = b.text.strip()
    nxt = next((c for c in blocks[k + 1:] if c.lang == b.lang), None)
    short = len(t) <= 30 if b.lang == "zh" else len(t.split()) <= 12
    return (nxt is not None and date_line(nxt.text.strip()) and nxt.line > b.line + 1 and short and "\n" not in t
            and not is_numbered(t) and not ends_with_final_punct(t) and not rematch.search(r"[:：]", t) and not b.markdown
            # (A line that names a kind of document is a title: "…隐私政策", "… Agreement (Single Workstation)".)
            and not _document_kind(rematch.sub(r"\s*[（(][^()（）]{1,30}[)）]$", "", t), b.lang) and not BARE_KIND[b.lang].fullmatch(t))


def _issuer_over_particulars(blocks: list[Block], k: int) -> bool:
    """blocks[k], the first line under a title, names who issued the document
    over its dated particulars ("江屿市人民政府新闻办公室" over "时间：2026年4月8日…",
    "Information Office of …" over "Date: April 8, 2026, 10:00 a.m."): it heads no section."""
    lang = blocks[k].lang
    if not organisation(blocks[k].text, lang):
        return False
    for b in [b for b in blocks[k + 1:] if b.lang == lang][:4]:
        a = b.text.strip()
        if date_line(a):
            return True
        if not rematch.match(r"^[^\s:：]{1,12}\s*[:：]", a):
            return False
        if DATE_TOKEN.search(a):
            return True  # a field that dates it, among the fields under the name
    return False


# Words that say when and by whom a document was issued or revised.
ISSUED = rx(r"发布|發布|修订|修訂|更新|印发|印發|公布|生效|施行|posted|published|issued|revised|updated|effective", re.I)


def dates_the_title(text: str) -> bool:
    """The first line under a title says who issued the document and when, or when
    it was revised ("医务处发布　2026年1月修订", "Posted by the Medical Affairs Office,
    revised January 2026", "This Statement was last updated on 1 March 2024"):
    a note on the title, not a section's heading."""
    t = text.strip()
    return (len(t) <= 100 and "\n" not in t and not is_numbered(t) and not ends_with_final_punct(t)
            and bool(DATE_TOKEN.search(t) or rematch.search(r"[〇零○一二三四五六七八九]{4}\s*年", t)) and bool(ISSUED.search(t)))


def _subtitle(blocks: list[Block], k: int) -> bool:
    """blocks[k], the first block of its language once the title is taken,
    is the title's second line: right below the title (no blank line between),
    of a title's shape, not a date, with a heading (not text) after it:
    "青溪乡村儿童阅读基金会" over "2025年度工作报告". It stays text, not a heading."""
    from .segment import heading_line


    sub = blocks[k]
    lang = sub.lang
    if (sub.kind != "para" and is_numbered(sub.text)) or not title_shaped(sub.text, lang) or date_line(sub.text):
        return False
    ak = next((i for i in range(k + 1, len(blocks)) if blocks[i].lang == lang), None)
    if ak is None:
        return False
    after = blocks[ak]
    # Under the title's second line: a heading, an edition in brackets
    # ("（2026年版）", "(2026 Edition)"), a date line, a note in brackets that
    # dates the text ("（2019年5月18日會員大會通過）", "(Adopted … on 18 May 2019)"),
    # or a contents list; or who speaks with the date under it ("***, Mayor of
    # Canglan" / "18 September 2025" under "Remarks at the Opening Ceremony of …").
    a = after.text.strip()
    return (_speaker_dated(blocks, ak, lang) or after.kind == "heading" or heading_line(a, lang) or date_line(a)
            or bool(rematch.fullmatch(r"[（(][^（）()]{1,20}[)）]", a)) or adoption_note(a)
            or bool(SECTION_WORDS.match(rematch.sub(r"\s+", "", a).rstrip(":："))))


def _speaker_dated(blocks: list[Block], k: int, lang: str) -> bool:
    """blocks[k] is a name line (a speaker, a role) with a date line right under it."""

    b = blocks[k]
    nxt = next((x for x in blocks[k + 1:] if x.lang == lang), None)
    return (nxt is not None and nxt.line == b.line + 1 and name_line(b.text, lang) and date_line(nxt.text)
            and not date_line(b.text))


def adoption_note(text: str) -> bool:
    """A line in brackets that dates the text under a title: when it was adopted,
    amended or issued ("（二零一九年五月十八日會員大會通過）", "(Adopted on 18 May 2019)")."""

    t = text.strip()
    return (len(t) <= 200 and bool(rematch.fullmatch(r"[（(][^（）()]+[)）]", t))
            and bool(DATE_TOKEN.search(t) or rematch.search(r"[〇零○一二三四五六七八九]{4}\s*年", t)))


class Gaps:
    """Where a file's blank lines are, for the blocks read from it: whether a
    block's line comes right under another's (no blank line between) and
    whether a blank line (or the end of the file) follows it."""

    def __init__(self, raw: list[Line], paras: list[Line], file: str | None = None):
        self.file = file
        self.blank = {ln.no for ln in raw if not ln.text}
        self.starts = sorted({p.no for p in paras})

    def next_start(self, line: int) -> int | None:
        k = bisect.bisect_right(self.starts, line)
        return self.starts[k] if k < len(self.starts) else None

    def right_under(self, above: int, line: int) -> bool:
        return self.next_start(above) == line and not any(n in self.blank for n in range(above, line))

    def blank_after(self, line: int) -> bool:
        nxt = self.next_start(line)
        return nxt is None or any(n in self.blank for n in range(line + 1, nxt))


# An English title line that is not done: it ends with a word that needs the next line
# ("ARTICLES OF ASSOCIATION OF", "MEMORANDUM OF UNDERSTANDING" / "between").
EN_GOES_ON = rx(r"\b(?:of|between|and|for|on|in|to|the|a|an|with|by|at|from|concerning|regarding|&)$", re.I)
# A company's name ends with an abbreviation and its full stop ("XINGLAN TECHNOLOGY CO., LTD.").
COMPANY_END = rx(r"\b(?:Co|Corp|Ltd|Lda|Inc|Plc|LLC|GmbH|AG|S\.A)\.$", re.I)
# A Chinese line that joins two parties ("甲大学与乙博物馆") is the start of what they agree, not a name.
ZH_PARTIES = rx(r"\S[与與暨]\S")
# An institution's name ends with what it is (a library, a bureau, a club) also beyond organisation()'s list.
ZH_INSTITUTION = rx(r"(?:馆|館|局|署|厅|廳|处|處|会|會|社|院|所|园|園|站)$")


PERIOD = {
    "zh": rx(r"[（(]?(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年?(?:\s*[—–~-]\s*(?:\d{2,4}|[〇零一二三四五六七八九]{4})\s*年?)?"
                     r"\s*(?:第[一二三四1-4]季度|[上下]半年|全年|年度|学年|學年|财年|財年|财政年度|財政年度)?[）)]?"),
    "en": rx(r"\(?(?:(?:first|second|third|fourth) quarter,? |q[1-4],? |(?:first|second) half,? |(?:academic|fiscal|financial) year,? )?"
                     r"\d{4}(?:\s*[–/-]\s*\d{2,4})?\)?", re.I),
}


def period_line(text: str, lang: str) -> bool:
    """A line that gives only the period a document covers: "（2026年第二季度）",
    "2026—2027学年", "Second Quarter 2026", "Academic Year 2026–2027", "(2025)"."""
    return bool(PERIOD[lang].fullmatch(text.strip()))


# Letters English leaves to the languages written beside it (Portuguese, French, Spanish).
ACCENTED = r"[À-ÖØ-öø-ÿ]"


def _third_language(text: str) -> bool:
    """A line in a third language written in Latin letters: two of those letters or more, and
    nothing but Latin script ("Federação dos Voluntários Comunitários de Macau")."""
    return len(rematch.findall(ACCENTED, text)) >= 2 and not rematch.search(r"[^\x00-\u024f]", text)


def _title_goes_on(prev: str, b: Block, lang: str) -> bool:
    """b, the line right under a title line `prev`, is more of the title: a
    title's shape, and none of what stands under a title without being part of
    it (a heading, a date, an edition or a note in brackets, particulars, a
    label, a subtitle after a dash, a byline or a speaker, an issuer's name)."""

    t = b.text.strip()
    # (A heading line of plain text may be the title's: interleaved text pairs its lines
    # as headings, "澄心黑體字型軟體" / "終端使用者授權合約" over "Chengxin Hei Font Software" /
    # "End User License Agreement".)
    if (b.kind != "para" and (b.markdown or not _document_kind(t, lang))) or not t or "\n" in t:
        return False
    if period_line(t, lang):
        return True  # the period it covers ("（2026年第二季度）", "Second Quarter 2026")
    if (is_numbered(t) or is_bullet(t) or SECTION_WORDS.match(rematch.sub(r"\s+", "" if lang == "zh" else " ", t).rstrip(":："))
            or never_heading(t) or date_line(t) or VERSION_TOKEN.fullmatch(t) or rematch.fullmatch(r"[（(\[【〔].*[)）\]】〕]", t)
            or _title_note(t)
            or field_line(t) or rematch.match(r"^[^\s:：]{1,12}\s*[:：]", t) or t[0] in "—–-－~～" or AUTHOR_LABEL_RE.match(t)
            or rematch.search(r"\*{2,}|＊{2,}|×{2,}|某某", t) or POSTED.match(t) or CRUMB.search(t)):
        return False  # (nor a breadcrumb: "Help Center > All categories")
    if lang == "zh":
        m = rematch.fullmatch(r"([\u4e00-\u9fff]{2,16})[ \u3000]+[\u4e00-\u9fff]{2,4}", t)
        if (m and ZH_ROLE.search(m.group(1))) or rematch.search(r"[，,。；;]", t):
            return False  # who speaks, a role and a name ("副市长　王青"); a sentence
        if organisation(t, "zh") and not (organisation(prev, "zh") or ZH_PARTIES.search(prev)):
            return False  # who issues it, under its title
        return title_shaped(t, "zh")
    words = t.split()
    if prev.isupper() and len(prev.split()) >= 3 and t[0].isupper() and any(c.islower() for c in t) and not organisation(prev, "en"):
        return False  # a title in capitals, then a line in Title Case: what kind of document it is ("Final Report")
    if _third_language(t) and not rematch.search(ACCENTED, prev):
        return False  # the title in a third language ("DECLARAÇÃO DE RECOLHA DE DADOS PESSOAIS" under its English)
    if rematch.match(r"^[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){1,3}, [A-Z]", t) and EN_ROLE.search(t.split(",", 1)[1]):
        return False  # who speaks or writes, a name and a role ("Wang Qing, Vice Mayor")
    done = not ends_with_final_punct(t) or bool(COMPANY_END.search(t))
    if (t[0].islower() or EN_GOES_ON.search(prev)) and done and len(words) <= 40 and not t.endswith(","):
        return True  # "between", "on Cooperation in …", a name after "of"
    if organisation(t, "en") and not organisation(prev, "en") and not (rematch.search(r"\bof the\b", prev, re.I) and prev.isupper() == t.isupper()):
        return False  # (but the rest of the name the title gives after "of the": "RULES OF THE DONG'AN PORT GROUP" /
        # "WORKERS' MUTUAL AID SOCIETY")
    return title_shaped(t, "en") or (bool(COMPANY_END.search(t)) and len(words) <= 12)


def title_run(blocks: list[Block], lang: str, line: int, first: str, gaps: Gaps, stops: Iterable[int] = ()) -> list[int]:
    """The lines that go on the title whose first line is `line`: a run of
    title-shaped lines of its language right under it, one under the other,
    with a blank line, the end of the file or the other language's title after
    the last ("港灣銀行有限公司" / "私隱政策聲明"; "MEMORANDUM OF UNDERSTANDING" /
    "between" / "Donghai Normal University" / …). A run with text right under
    it is not a title's (a title over "序言" over the preamble): then no line
    goes on. Indices into blocks."""

    run: list[int] = []
    prev_line, prev_text = line, first
    ruled = False  # a rule ("=====") right under the last line closes the title as a blank line does
    for i, b in enumerate(blocks):
        if b.line <= prev_line or b.file != gaps.file:
            continue
        if not gaps.right_under(prev_line, b.line):
            break
        if not rematch.search(r"\w", b.text):
            ruled = True
            break
        if b.lang != lang or len(run) == 6:
            # (A title in capitals wrapped, right over the other language's first line in a text set line by
            # line: "STATUTES OF THE TAIPA DAYBREAK" / "BADMINTON CLUB OF MACAO" / "第一章　總則".)
            if run and b.lang != lang and lang == "en" and first.isupper() and all(blocks[i].text.isupper() for i in run):
                return run
            return []
        if run and _third_language(b.text):
            # A name in a third language written in Latin letters ends the title as a blank line does (in a Macao
            # text: "MACAO COMMUNITY VOLUNTEERS FEDERATION" / "ANNUAL WORK REPORT 2023" / "Federação dos …").
            return run
        if CODE_FIELD.fullmatch(b.text.strip()):
            # A listed company's code under its name and its report ("Stock Code: 6847", "股票代號：6847") ends
            # the title as a blank line does.
            return run if run and gaps.blank_after(b.line) else []
        if not _title_goes_on(prev_text, b, lang):
            # A note on the edition or the date under the title ends it ("（2026年版）"); so does
            # what kind of body it is, in brackets ("(A Nonprofit Corporation)").
            if run and (_title_note(b.text) or rematch.fullmatch(r"[（(][^（）()]{2,40}[)）]", b.text.strip())) and gaps.blank_after(b.line):
                return run
            # (A version, with or without its date, ends it whatever follows: "Document version 3.2 | May 2024"
            # over "CONFIDENTIAL – for contracted merchants …".)
            if run and _title_note(b.text) and VERSION_TOKEN.match(b.text.strip()):
                return run
            # (So does the note of when it was adopted, with or without a blank line under it: a gazette's page.)
            if run and rematch.fullmatch(r"[（(][^（）()]+[)）]", b.text.strip()) and ADOPTION.search(b.text):
                return run
            # (So do the document's particulars, one to a line: "Version date: March 1, 2024" over "Document No.:
            # QC-EULA-2024-03".)
            # (Also under what kind of edition it is, in brackets: "（桌面、網頁及應用程式嵌入版）" over "版本：3.0".)
            mine = [c for c in blocks[i:] if c.lang == lang and c.file == gaps.file]
            if run and (_particulars(mine) or (rematch.fullmatch(r"[（(][^（）()]{2,40}[)）]", b.text.strip()) and _particulars(mine[1:]))):
                return run
            # (So does a note in brackets over two lines: "(Adopted at the 19th Session of the Standing
            # Committee of the" / "Fourteenth National People's Congress on December 26, 2025)".)
            if run and rematch.match(r"[（(]", b.text.strip()) and not rematch.search(r"[)）]", b.text):
                nxt = next((c for c in blocks[i + 1:] if c.file == gaps.file and c.line > b.line), None)
                if (nxt is not None and gaps.right_under(b.line, nxt.line) and nxt.lang == lang
                        and rematch.search(r"[)）]\W*$", nxt.text) and gaps.blank_after(nxt.line)):
                    return run
            return []
        run.append(i)
        prev_line, prev_text = b.line, b.text
    # Lines in both languages one under the other: the other language's title may come next.
    return run if run and (ruled or gaps.blank_after(prev_line) or gaps.next_start(prev_line) in set(stops)) else []


# When a law was adopted, in a note under its title: "（2021年9月24日…会议通过）", "(Adopted at the 29th Meeting …)".
ADOPTION = rx(r"(?:通过|通過|公布|施行|修正|修订|修訂|批准)\s*[)）]|\b(?:adopted|promulgated|amended|revised|approved)\b", re.I)


def _title_note(text: str) -> bool:
    """The edition or the date a title's last line has under it: "（2026年版）",
    "(2026 Edition)", "2026年3月", "Version 2.1", "Version 2.1 (last revised 12 January 2024)"."""
    t = text.strip()
    inner = t[1:-1].strip() if rematch.fullmatch(r"[（(\[【〔].*[)）\]】〕]", t) else t
    return bool(EDITION.search(inner) or date_line(inner) or VERSION_TOKEN.fullmatch(inner) or VERSION_NOTE.fullmatch(inner))


# A version with its date or a note in brackets: "Version 2.1 (last revised 12 January 2024)", "第2.1版，2024年1月",
# "Document version 3.2 | May 2024".
VERSION_NOTE = rx(r"(?:" + VERSION_TOKEN.pattern + r")\s*(?:[（(][^（）()]*[)）]|[,，;；:：|｜/]?\s*(?:" + DATE_TOKEN.pattern + r"))", re.I)


def _bracketed_note(text: str) -> bool:
    """A title's edition or date in brackets: "（2.0版）", "(Version 2.0)", "（2024年修订）"."""
    t = text.strip()
    return bool(rematch.fullmatch(r"[（(][^（）()]{1,30}[)）]", t)) and _title_note(t)


def join_title(lines: list[str], lang: str) -> str:
    """A title's lines as one: English with spaces; Chinese with nothing between
    the characters of one wrapped title ("…与南溪海事博物馆" + "教育与研究合作谅解备忘录"),
    a space after an organisation's name ("港灣銀行有限公司 私隱政策聲明") or a line
    that ends with a Latin letter or a bracket ("云笺（CloudNote） 用户服务协议")."""

    out = lines[0].strip()
    for t in lines[1:]:
        t = t.strip()
        # (A name in 《》 still open goes on without a space: "…关于印发《滨江市中级人民法院" / "关于…》的通知".)
        open_name = out.count("《") > out.count("》")
        # (A year goes on an organisation's name as it is written: "恒泰精密机械股份有限公司2023年年度报告摘要";
        # in Taiwan's years too, "…環境保護局" + "112年度工作報告"; a year in numerals keeps its space,
        # "澳門綠洲社區關懷基金會 二零二三年度年報".)
        if lang == "zh" and han_count(out[-1:]) and rematch.match(r"(?:(?:19|20)\d\d|1[01]\d)\s*年", t):
            out += t
        # (Nor after a bracket with no Latin letters in it: "“悦读乡村”小学阅读推广项目（2020—2023）" / "终期评估报告".)
        elif (lang == "zh" and (han_count(out[-1:]) or (out.endswith("）") and "（" in out and not rematch.search(r"[A-Za-z]", out[out.rfind("（"):])))
              and (han_count(t[:1]) or t[:1] in "（〔【") and (open_name or not (
                  (organisation(out, "zh") or ZH_INSTITUTION.search(out)) and not ZH_PARTIES.search(out)))):
            out += t
        else:
            out += " " + t
    return out


def _unfinished(prev: str, nxt: str, lang: str) -> bool:
    """A title line that needs the next to be whole: it ends with a word that
    joins ("ARTICLES OF ASSOCIATION OF", "… between"), the next line goes on in
    lower case ("between the People's Government of …"), or it names the
    parties to what the next line names ("东海师范大学与南溪海事博物馆"), or it ends with a colon
    before its subtitle ("Sustaining the Long-Term Care Workforce:" / "A Survey of …")."""
    if prev.rstrip().endswith((":", "：")):
        return True
    if lang == "zh":
        return bool(ZH_PARTIES.search(prev) or rematch.search(r"(?:[与與和及暨的]|关于|關於)$", prev.strip()))
    # (In capitals the next line goes on with a joining word: "CHARTER OF THE INTERNATIONAL
    # ORGANIZATION" / "FOR MOUNTAIN WATER COOPERATION".)
    first = nxt.strip().split()[:1]
    caps_on = prev.strip().isupper() and bool(first) and first[0].lower() in ("for", "of", "on", "in", "and", "to", "concerning", "between")
    return nxt.strip()[:1].islower() or bool(EN_GOES_ON.search(prev.strip())) or caps_on


def _marked_subtitle(blocks: list[Block], k: int) -> bool:
    """What stands under blocks[k], a title's second line, marks it as a line
    of its own under the title: a heading (numbered, or a section's word), who
    speaks and when, or the particulars of a meeting ("时间：…" over "地点：…").
    A date, or when the text was adopted or last revised, does not: it dates
    the whole title."""

    lang = blocks[k].lang
    stream = [b for b in blocks[k + 1:] if b.lang == lang]
    if not stream:
        return False
    a = stream[0].text.strip()
    ak = blocks.index(stream[0], k + 1)
    return (stream[0].kind == "heading" or is_numbered(a) or bool(SECTION_WORDS.match(rematch.sub(r"\s+", "", a).rstrip(":：")))
            or _speaker_dated(blocks, ak, lang) or (_particulars(stream, 2) and not DOCUMENT_FIELD.match(a)))


# The first of a document's own particulars, its number, version, issue or edition ("文件編號：…" over
# "版本：第3版" over "日期：2024年5月"): they date the whole title, as a date does.
DOCUMENT_FIELD = rx(r"(?:文件|文档|文檔)?(?:编号|編號|版本|版次)\s*[:：]|(?:document|doc\.?)\s*(?:no\.?|number|id)\s*:|(?:version|issue|revision|edition)\s*:", re.I)


# A session of a council or congress: "嵐港市議會第5屆第3次定期大會", "临江市第十六届人民代表大会第三次会议",
# "The 3rd Regular Session of the 5th Langang City Council".
SESSION = rx(r"\S{2,24}?(?:議會|议会|人民代表大會|人民代表大会|代表大會|代表大会|委員會|委员会)?第\s*[一二三四五六七八九十百\d]+\s*[屆届]\s*"
             r"\S{0,20}?第\s*[一二三四五六七八九十百\d]+\s*次(?:定期|臨時|临时|全體|全体)?(?:大會|大会|會議|会议)"
             r"|(?:the\s+)?\d+(?:st|nd|rd|th)\s+(?:regular\s+|extraordinary\s+|special\s+|plenary\s+)?(?:session|meeting)\s+of\s+the\s+"
             r"\d+(?:st|nd|rd|th)\s+[\w' ]{2,60}?(?:council|congress|assembly)", re.I)


def _issuer(text: str, lang: str) -> bool:
    """An organisation's name as a title line, over the name of what it issues (also as
    an official document's header, "滨江市中级人民法院文件")."""
    t = text.strip()
    if lang == "zh" and sum(1 for w in t.split() if len(w) == 1 and han_count(w)) >= 3:
        t = "".join(t.split())  # (a header set letter-spaced: "岚  峰  市  水  务  局    文件")
    if lang == "zh" and t.endswith("文件") and len(t) > 4:
        t = t[:-2]
    elif lang == "en" and rematch.match(r"document of (?:the )?\S", t, re.I):
        t = rematch.sub(r"^document of (?:the )?", "", t, flags=re.I)  # ("Document of the People's Government of …")
    if SESSION.fullmatch(t):
        return True  # the session of a council the report is made to, over it: the occasion, as a letterhead is
    return organisation(t, lang) or (lang == "zh" and bool(ZH_INSTITUTION.search(t) or (len(t) <= 12 and t.endswith("基金")))
                                     and not ZH_PARTIES.search(t)) or _brand(t) or (
        lang == "en" and bool(rematch.fullmatch(r"(?:[A-Z][\w'’.-]*\s+){1,8}(?:Court|Procuratorate|Tribunal)", t)))


def _brand(text: str) -> bool:
    """A brand as a manual's cover prints it: a short name with its mark ("清沐® QINGMU", "QINGMU®")."""
    t = text.strip()
    return len(t) <= 30 and bool(rematch.search(r"[®™]", t)) and not ends_with_final_punct(t)


def _unit(text: str, lang: str) -> bool:
    """An organisation, or a unit of one: "資訊科技服務處", "国际医疗部", "Information Technology Services Office"."""
    t = text.strip()
    return _issuer(t, lang) or (lang == "zh" and len(t) <= 12 and bool(rematch.search(r"(?:部|处|處|署|局|科|室|组|組|院|所)$", t)))


def _kind_title(text: str, lang: str) -> bool:
    """A title that names a kind of document, at its end or before what it is for
    ("資訊科技資源使用政策", "Acceptable Use Policy for Information Technology Resources")."""
    t = text.strip()
    return _document_kind(t, lang) or (lang == "en" and len(t) <= 100 and title_shaped(t, lang)
                                       and bool(KIND_FOR.search(t)))


def _document_kind(text: str, lang: str) -> bool:
    """A line that names a kind of document ("最终用户许可协议", "Privacy Policy")."""
    t = text.strip()
    # (A product's name in Latin letters counts for less: "澜岳 DataGate 4.2 管理员手册".)
    short = han_count(t) <= 20 and len(t) <= 36 if lang == "zh" else len(t) <= 60
    return short and bool(DOCUMENT_KIND[lang].search(t))


def title_runs(titles: dict[str, str | None], title_lines: dict[str, int], blocks: list[Block],
               gaps: dict[str, Gaps]) -> tuple[dict[str, str | None], list[Block], dict[str, int], tuple[tuple[str, int], ...]]:
    """Each language's title with the lines that go on it (see title_run), those
    lines taken out of the blocks; the line each title now ends on; and (language,
    line) of a letterhead found over the titles after all, which stays text and heads nothing.

    The lines go on the title when the title's first line is unfinished
    (see _unfinished); when only one language's title has a line right under
    it ("云笺（CloudNote）" / "用户服务协议" beside "CloudNote Terms of Service");
    and when both have, an organisation's name is the first line and nothing
    under the second marks it as a cover's subtitle (see _marked_subtitle): "港灣銀行有限公司"
    / "私隱政策聲明" beside "Harbourview Bank Limited" / "Privacy Policy
    Statement", also over the date the text was adopted or when it was last
    revised. A title with a line of its own under it in both languages (a
    motto, "Earning Trust Through Integrity") keeps its first line, as before; so do both titles when one
    language sets its second line off with a dash ("——在青岚生态论坛上的致辞"):
    the other language's second line is that subtitle too."""

    titles, ends = dict(titles), dict(title_lines)
    titled = {lg: line for lg, line in title_lines.items() if titles.get(lg)}
    under: dict[str, Block | None] = {}
    for lg, line in titled.items():
        b = next((b for b in blocks if b.lang == lg and b.line > line and b.file == gaps[lg].file), None)
        under[lg] = b if b is not None and gaps[lg].right_under(line, b.line) else None
        if under[lg] is not None and under[lg].text.strip()[:1] in "—–-－":
            return titles, blocks, title_lines, ()
    both = len(titled) == 2 and all(b is not None for b in under.values())
    runs = {lg: title_run(blocks, lg, line, titles[lg], gaps[lg], {ln for o, ln in titled.items() if o != lg})
            for lg, line in titled.items()}
    # A company's name in capitals over a title in another case that names a kind of document
    # ("LOK WAH MEDICAL GROUP LIMITED" / "Privacy Policy and Personal Information Collection Statement"),
    # beside the same two lines in Chinese ("樂華醫療集團有限公司" / "私隱政策及收集個人資料聲明"): a
    # letterhead over the title in both languages. (Set alike, "QINGHE RURAL DEVELOPMENT FOUNDATION" /
    # "ANNUAL REPORT 2023", the two lines are one title; so are a name and the report of its year,
    # "TSING LAM COMMUNITY SERVICES ASSOCIATION" / "Annual Report 2022-2023".)
    # (So is the Chinese name over its title where the English title, found under its own letterhead,
    # translates the Chinese title alone.)
    def letterhead(lg: str) -> bool:
        return (organisation(titles[lg], lg) and not _document_kind(titles[lg], lg) and under[lg] is not None
                and _document_kind(under[lg].text, lg))

    if len(titled) == 2 and under["zh"] is not None and runs["zh"] == [blocks.index(under["zh"])] and letterhead("zh"):
        if (both and runs["en"] in ([], [blocks.index(under["en"])]) and titles["en"].isupper() and not under["en"].text.isupper()
                and letterhead("en") and not rematch.search(r"\d", under["en"].text)):
            langs = ("zh", "en")
        elif (not organisation(titles["en"], "en") and _document_kind(titles["en"], "en")
              and any(b.lang == "en" and b.line < titled["en"] and organisation(b.text, "en") for b in blocks)
              and _translates(under["zh"].text, titles["en"], "zh") and not _translates(titles["zh"], titles["en"], "zh")):
            langs = ("zh",)
        else:
            langs = ()
        if langs:
            swap = {id(under[lg]): replace(under[lg], text=titles[lg], line=titled[lg]) for lg in langs}
            titles.update({lg: under[lg].text for lg in langs})
            ends.update({lg: under[lg].line for lg in langs})
            return titles, [swap.get(id(b), b) for b in blocks], ends, tuple((lg, titled[lg]) for lg in langs)
    # Both titles go on, or neither: they are the same title in two languages.
    cover = any(_issuer(titles[lg], lg) for lg in titled) and not any(
        _marked_subtitle(blocks, run[-1]) for run in runs.values() if run)
    # A product's name over the kind of document ("澄川文档同步" / "最终用户许可协议",
    # "ClearRiver DocSync" / "END USER LICENSE AGREEMENT") is one title.
    # So is a title whose second line names the kind of document the first line
    # is about ("青槐县…再生利用项目" / "环境影响评价第二次公示").
    # A cover sets them apart: an organisation's name, a blank line, then only the kind of
    # document ("恒远精密轴承（沅浦）有限公司" / "章程").
    for lg, line in titled.items():
        nxt = next((i for i, b in enumerate(blocks) if b.lang == lg and b.line > line and b.file == gaps[lg].file), None)
        if (under[lg] is None and not runs[lg] and nxt is not None and blocks[nxt].line <= line + 3
                and _issuer(titles[lg], lg) and not _document_kind(titles[lg], lg) and BARE_KIND[lg].fullmatch(blocks[nxt].text.strip())
                and not any(b.line in range(line + 1, blocks[nxt].line) for b in blocks if b.file == gaps[lg].file)):
            runs[lg] = [nxt]
            under[lg] = blocks[nxt]
    # (An edition in brackets under one language's title, where the other's title ends with it:
    # "澄湖博物馆…开放使用许可" / "（2.0版）" beside "Chenghu Museum Open Image Licence (Version 2.0)".)
    for lg, line in titled.items():
        o = "en" if lg == "zh" else "zh"
        if (under[lg] is not None and not runs[lg] and titles.get(o) and _bracketed_note(under[lg].text)
                and (m := rematch.search(r"[（(][^（）()]+[)）]$", titles[o].strip())) and _bracketed_note(m.group())):
            runs[lg] = [blocks.index(under[lg])]
    kinds = {lg for lg in titled if under[lg] is not None and _document_kind(under[lg].text, lg)
             and not _document_kind(titles[lg], lg)}
    kind = both and len(kinds) == 2
    # (A title in capitals wrapped: "RULES OF THE DONG'AN PORT GROUP" / "WORKERS' MUTUAL AID SOCIETY".)
    capitals = {lg for lg, run in runs.items() if lg == "en" and run and titles[lg].isupper()
                and all(blocks[i].text.isupper() and not ends_with_final_punct(blocks[i].text) for i in run)}
    # So are two titles of which the Chinese one's second line names the kind and the English one
    # opened with it: "“悦读乡村”…项目（2020—2023）" / "终期评估报告" beside "Final Evaluation of the
    # “Reading Villages”" / "Primary School Literacy Programme (2020–2023)".
    opened = both and kinds == {"zh"} and bool(EN_KIND_FIRST.match(titles["en"]))
    gone: set[int] = set()
    # (Where one language's title is cut short, its last words on the next line, so is the other's:
    # "…关于印发《青禾新区高层次人才" / "住房补贴实施细则》的通知" beside "Notice of … the Implementing" /
    # "Rules for Housing Subsidies …".)
    def goes(lg: str, run: list[int]) -> bool:
        return bool(run) and (_unfinished(titles[lg], blocks[run[0]].text, lg) or not both or cover or kind or opened or lg in capitals
                              or (lg in kinds and len(run) == 1 and (not _marked_subtitle(blocks, run[-1])
                                                                      or bool(BARE_KIND[lg].fullmatch(blocks[run[0]].text.strip()))))
                              or all(period_line(blocks[i].text, lg) for i in run))

    go = {lg for lg, run in runs.items() if goes(lg, run)}
    # (Both go on, or neither: where one language's title goes on to its next line, so does the
    # other's single line under it, "Notice of … on Issuing the Implementing" / "Rules for Housing
    # Subsidies …" beside "…关于印发《…人才" / "住房补贴实施细则》的通知".)
    if both and len(go) == 1:
        o = "en" if "zh" in go else "zh"
        if len(runs[o]) == 1 and not _marked_subtitle(blocks, runs[o][-1]):
            go.add(o)
    for lg, run in runs.items():
        if lg not in go:
            continue
        titles[lg] = join_title([titles[lg]] + [blocks[i].text for i in run], lg)
        if lg == "zh" and " " in titles[lg]:
            # The text names its title as it is written ("本《小树苗学习App儿童个人信息保护规则》"): so is the title.
            close = titles[lg].replace(" ", "")
            if any("《" + close + "》" in b.text for b in blocks if b.lang == "zh"):
                titles[lg] = close
        ends[lg] = blocks[run[-1]].line
        gone.update(run)
    return titles, [b for i, b in enumerate(blocks) if i not in gone], ends, ()


def _like_its_headings(blocks: list[Block], i: int) -> bool:
    """The first line of a stream has the shape of the stream's later heading lines."""
    from .segment import heading_line

    lang = blocks[i].lang
    stream = [b for b in blocks[i + 1:] if b.lang == lang]
    if not stream or stream[0].kind == "heading" or heading_line(stream[0].text, lang):
        return False  # a title followed by a heading or a subtitle
    if _particulars(stream):
        return False  # a title over its dates and place ("展期：…", "Venue: …"), not over text
    lines = [b for b in stream[:-1] if b.kind == "heading" or heading_line(b.text, lang)]
    return len(lines) >= 2 and not any(is_numbered(b.text) for b in lines)


def _particulars(stream: list[Block], least: int = 1) -> bool:
    """The stream opens with short label–value lines (at least `least`), one of
    them a date: the particulars under a title ("展期：2025年4月18日至10月12日"
    over "地点：…", "Dates: 18 April – 12 October 2025")."""

    fields = []
    for b in stream:
        if VERSION_TOKEN.fullmatch(b.text.strip()):
            fields.append(b.text)  # (the version among them, with no colon: "Version 3.0")
            continue
        m = rematch.match(r"^([^\s:：]{1,12}(?: [^\s:：]+){0,2})\s*[:：]\s*(\S.*)$", b.text.strip())
        if not m or len(b.text) > 60 or ends_with_final_punct(b.text):
            break
        fields.append(b.text)
    return len(fields) >= least and any(DATE_TOKEN.search(t) for t in fields)


def _translated_title(blocks: list[Block], after: int, lang: str, title: str, title_lang: str, reach: int = 8) -> int | None:
    """The first of the eight (`reach`) blocks of `lang` after blocks[after] that can be the title and
    translates `title` (in title_lang): the title under a notice, a note on the translation or
    an issuer's name. Its index, or None."""
    later = [k for k in range(after + 1, len(blocks)) if blocks[k].lang == lang][:reach]
    return next((k for k in later if title_shaped(title_text(blocks[k].text, lang), lang) and _followed_by_text(blocks, k)
                 and not organisation(blocks[k].text, lang) and not never_heading(blocks[k].text)
                 and _translates(title, blocks[k].text, title_lang)), None)


def _followed_by_text(blocks: list[Block], i: int) -> bool:
    """Something of the same language follows the title line."""
    return any(b.lang == blocks[i].lang for b in blocks[i + 1:])


# --------------------------------------------------------------------------- entry points


def read_bytes(path: str | Path) -> bytes:
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise InputError(name, "a symbolic link that leads nowhere (or to itself)" if p.is_symlink() else "no such file")
    if p.is_dir():
        raise InputError(name, "is a folder, not a report file")
    if not p.is_file():  # reading a pipe would wait for a writer that may never come
        raise InputError(name, "is not a regular file (a pipe, a socket or a device); save the report to a file")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise InputError(name, f"the file is {size / 1e6:.0f} MB; bitext reads reports up to {MAX_BYTES // (1024 * 1024)} MiB (split it into several reports)")
    try:
        return p.read_bytes()
    except OSError as e:
        raise InputError(name, f"cannot read: {e.strerror}") from None


SPACE_GAP = rx(r"[ \u3000]{2,}")


# A cell that is a figure: "26,800,412", "(1,234)", "-3.5%", "HK$1.2", "—".
FIGURE_CELL = rx(r"[(（]?[-–+]?(?:HK\$|US\$|RMB|\$|¥|￥)?\d[\d,]*(?:\.\d+)?%?[)）]?|[-–—]")


def _spaced_cells(text: str) -> list[str]:
    """Cells set apart by wide gaps of spaces; a word spaced out letter by letter
    ("总　　则", "附　　则") is one cell."""
    cells: list[str] = []
    for c in SPACE_GAP.split(text):
        c = c.strip()
        if cells and (len(c) == 1 or rematch.search(r"(?:^|\s)\S$", cells[-1])) and han_count(c[:1]) and han_count(cells[-1][-1:]):
            cells[-1] += "  " + c
        else:
            cells.append(c)
    return cells


ART_LINE = rx(r"[\s+\-|/\\<>=_*~^.:]*[+|/\\][\s+\-|/\\<>=_*~^.:]*")  # "+-----+", "|", "\\ /"


def diagram_lines(text: str, blocks: list[Block]) -> tuple[tuple[str, int], ...]:
    """(language, line) of the blocks in a diagram drawn in text: lines drawn ("+-----+", "|",
    "| 主节点 | --> | 备节点 |"), two or more within four lines of each other, and the short
    labels right beside them ("管理员浏览器 / 第三方系统" over "|"). They head nothing."""
    lines = text.split("\n")

    def drawn(t: str) -> bool:
        t = t.strip()
        if rematch.fullmatch(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?)?\s*\|?", t):
            return False  # a Markdown table's rule under its head ("|---|---|"): a table, not a drawing
        return bool(ART_LINE.fullmatch(t)) or bool(rematch.search(r"\+-{2,}|-{2,}\+|-->|<--|==>|<==", t))

    art = [k for k, t in enumerate(lines) if t.strip() and drawn(t)]
    rows: set[int] = set()
    for a, b in zip(art, art[1:]):
        if b - a <= 4 and all(lines[k].strip() for k in range(a, b + 1)):
            rows.update(range(a, b + 1))
    for k in sorted(rows):
        for n in (k - 1, k + 1):
            # (Not a numbered heading over a table drawn with rules: "附表三　傢俬及電器清單".)
            if (0 <= n < len(lines) and n not in rows and lines[n].strip() and len(lines[n].strip()) <= 40
                    and numbering(lines[n].strip()) is None):
                rows.add(n)
    return tuple((b.lang, b.line) for b in blocks if b.line - 1 in rows)


# A part's label as a line's first cell: "Schedule 2", "Annex B", "附表二", "第三章".
PART_LABEL_CELL = rx(r"(?:(?:Schedule|Annex|Appendix|Part|Chapter|Form)\s+(?:\d{1,3}|[A-Z]|[IVX]{1,5})"
                             r"|(?:附表|附件|附录|附錄)\s*[\d一二三四五六七八九十]{1,3}|第[\d一二三四五六七八九十]{1,3}[章部])[ \u3000]{2,}\S")


def _part_and_title(line: str) -> bool:
    """A part's label and its title in words set apart on one line: "Schedule 2    Retention Periods"
    (not a page's header, "Schedule 1    S1-2", "Part 1    Section 3": a label and a code). Among
    lines like it (a contents list, "Annex 1  Basic Elements …" over "Annex 2  Glossary"), it is a row."""
    m = PART_LABEL_CELL.match(line.strip())
    return bool(m) and not rematch.search(r"\d", line.strip()[m.end() - 1:])


FIGURE_CELL = rx(r"[-+]?(?:\d[\d,]*(?:\.\d+)?%?|\.\d+)|[-—–－]")


def cell_rows(text: str, blocks: list[Block]) -> tuple[tuple[str, int], ...]:
    """(language, line) of a table copied a cell to a line: a short label, then its figures one under
    the other ("投资收益" / "71.3" / "65.4", "Investment income" / "71.3" / "65.4"), three rows or more
    of as many figures each, with no blank line between. No line of it heads anything."""
    lines = [ln.strip() for ln in text.split("\n")]

    def label(t: str) -> bool:
        return bool(t) and not FIGURE_CELL.fullmatch(t) and display_width(t) <= 40 and not ends_with_final_punct(t)

    rows: set[int] = set()
    n = 0
    while n < len(lines):
        groups: list[tuple[int, int]] = []  # (first line, figures under it), 1-based
        k = n
        while k < len(lines) and label(lines[k]):
            m = k + 1
            while m < len(lines) and FIGURE_CELL.fullmatch(lines[m]):
                m += 1
            if m == k + 1 or (groups and m - k - 1 != groups[0][1]):
                break
            groups.append((k + 1, m - k - 1))
            k = m
        if len(groups) >= 3:
            rows.update(range(groups[0][0], k + 1))
            n = k
        else:
            n += 1
    return tuple((b.lang, b.line) for b in blocks if b.line in rows and "\n" not in b.text)


def tab_rows(text: str, blocks: list[Block]) -> tuple[tuple[str, int], ...]:
    """(language, line) of the blocks that are a table's row set with tabs or wide
    gaps: a line of three cells or more ("項\t事項\t費用", "Item\tMatter\tFee",
    "海上风电装机（万千瓦）12　　　310　　　1260"), each short. Reading makes the
    gaps single spaces, so the cells are told here: such a line heads nothing."""
    lines = text.split("\n")
    count = [0]  # cells of each line (1-based), 0 past the ends and where a cell is long
    tabbed = [0]  # cells set off by tabs, long or short
    column = [0]  # how far each line is set in
    second = [-1]  # where the second cell starts, after a short first one
    for line in lines:
        cells = [c for cell in line.strip().split("\t") for c in _spaced_cells(cell) if c.strip()]
        if cells and rematch.fullmatch(r"[(（]?(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z]|[ivxIVX]{1,4}|[一二三四五六七八九十]{1,3})[.)）、]?"
                                       r"|[•·●○■□◆◇▪▫‣⁃▶►✓✔–—*-]", cells[0].strip()):
            cells = cells[1:]  # a number or a bullet set off by a tab ("1.\t簡稱", "(1)\t本條例…", "•\t擴展…") is no cell of a table
        count.append(len(cells) if all(len(c.strip()) <= 60 for c in cells) else 0)
        tabbed.append(len([c for c in line.strip().split("\t") if c.strip()]))
        column.append(len(line) - len(line.lstrip(" \u3000")))
        # (Where a line's second cell starts, long as it may be: "WARNING     Indicates a …".)
        gap = rematch.match(r"[ \u3000]*\S+(?: \S+)*[ \u3000]{3,}(?=\S)", line) if "\t" not in line else None
        second.append(display_width(gap.group(0)) if gap and len(gap.group(0).strip()) <= 20 else -1)
    count.append(0)
    tabbed.append(0)
    column.append(0)
    second.append(-1)

    def beside(n: int, k: int) -> bool:
        # ("股票简称      华岭精机" over "股票代码      688927"; not a heading centred over a line
        # flush left, "CHAPTER II  SCOPE OF ACTIVITIES" over "Article 7  The scope of …".)
        return count[k] >= 3 or (count[k] == 2 and abs(column[n] - column[k]) < 8)

    # Three cells or more; two, beside another line of two or more set in as far; one, between
    # two rows (a group's label inside the table: "（一）按经营持续性分类" between lines of figures).
    # (Not a part's label and its title set apart over the table it gives: "Schedule 2    Retention Periods".)
    rows = {n for n in range(1, len(lines) + 1) if count[n] >= 3 or (count[n] == 2 and (beside(n, n - 1) or beside(n, n + 1))
                                                                     and not (_part_and_title(lines[n - 1]) and not any(
                                                                         0 < j <= len(lines) and PART_LABEL_CELL.match(lines[j - 1].strip())
                                                                         for j in (n - 1, n + 1))))}
    # (Or the heads of two columns set off by a tab over rows set off alike, the first of which may be a
    # lone figure: "代碼／Code\t說明／Description" over "0\t成功／Success" and "4001\t…".)
    rows |= {n for n in range(1, len(lines) - 2) if count[n] == 2 and tabbed[n] == 2 and tabbed[n + 1] >= 2 and tabbed[n + 2] >= 2
             and sum(1 for k in range(n + 1, min(len(count), n + 5)) if count[k] >= 2) >= 2 and not _part_and_title(lines[n - 1])
             and not is_numbered(lines[n - 1].strip())}  # (not "第14條\t個人資料" over "14.1\t…": an article's number and title)
    # The heads of two columns over rows whose second cells, long as they are, start where the
    # heads' second does: "Symbol      Description" over "WARNING     Indicates a potentially …".
    # (A long cell may wrap, its next line set in under it.)
    rows |= {n for n in range(1, len(lines) - 1) if count[n] == 2 and second[n] >= 0 and second[n] == second[n + 1]
             and sum(1 for k in range(n + 2, min(len(second), n + 6)) if second[k] == second[n]) >= 1}
    # (Or with a rule drawn under the heads, "周期      维护内容" / "--------" / "每周      检查管路…": the
    # heads and the rows under the rule whose second cells start where the heads' second does, up to
    # the next blank line or rule.)
    def ruled(n: int) -> bool:
        return 0 < n <= len(lines) and bool(rematch.fullmatch(r"\s*[-=─━_]{8,}\s*", lines[n - 1]))

    def starts(n: int) -> int:
        """Where line n's second cell starts, however long its first (-1: a line of one cell)."""
        gap = rematch.match(r"[ \u3000]*\S+(?: \S+)*[ \u3000]{3,}(?=\S)", lines[n - 1]) if "\t" not in lines[n - 1] else None
        return display_width(gap.group(0)) if gap else -1

    for n in range(1, len(lines) - 1):
        if count[n] == 2 and second[n] >= 0 and ruled(n + 1):
            under = list(itertools.takewhile(lambda k: lines[k - 1].strip() and not ruled(k), range(n + 2, len(lines) + 1)))
            alike = [k for k in under if starts(k) == second[n]]
            if len(alike) >= 2 and all(k in alike or starts(k) < 0 for k in under):
                rows |= {n, *alike}
    # (Rows of one table have as many cells; a line between two tables of other shapes is a heading.)
    # (Unless the row under it heads a table of its own, no figure in it, where the row over it has
    # figures: "3.2 支出" between the income table's last row "總額 26,800,412 …" and the heads
    # "支出項目 2023/24（港元） 2022/23（港元）" of the next table is the next section's heading.)
    def figures(n: int) -> bool:
        return any(FIGURE_CELL.fullmatch(c.strip()) for cell in lines[n - 1].strip().split("\t") for c in _spaced_cells(cell) if c.strip())

    rows |= {n for n in range(2, len(lines)) if count[n] == 1 and n - 1 in rows and n + 1 in rows
             and count[n - 1] == count[n + 1] and not (figures(n - 1) and not figures(n + 1))}
    # A row with a long cell, set off by tabs as the rows beside it are, with as many cells
    # ("Content-Type\t是 Yes\t固定为 application/json; … / Always application/json; …").
    # (Down the page from a row, then up: each line is looked at twice, however long the run.)
    for order in (range(1, len(lines) + 1), range(len(lines), 0, -1)):
        for n in order:
            k = n - 1 if order.step == 1 else n + 1
            if n not in rows and tabbed[n] >= 3 and k in rows and tabbed[k] == tabbed[n]:
                rows.add(n)
    return tuple((b.lang, b.line) for b in blocks if b.line in rows and "\n" not in b.text)


def read(path: str | Path, layout: str | None = None, title: tuple[str | None, str | None] = (None, None)) -> Source:
    name = str(path)
    text, enc, diags = decode(read_bytes(path), name)
    diags += normalize_notes(text, name)
    text, site = from_web_page(normalize_text(text), name, diags)
    return read_text(text, name, enc, diags, layout, title, site)


def from_web_page(text: str, name: str, diags: list[Diagnostic]) -> tuple[str, list[Removed] | None]:
    """A web page's content as Markdown, and the parts of the site left out; else (text, None)."""
    from .html_input import REASON, is_html, to_markdown

    if not is_html(text, name):
        return text, None
    md, site = to_markdown(text)
    if not md.strip():
        raise InputError(name, "the web page has no text outside its menus, scripts and styles")
    diags.append(Diagnostic("info", "a web page: its content is read as Markdown (line numbers are those of that "
                                    "Markdown); its menus, banners, sidebars and footer are left out", None, name))
    return normalize_text(md), [Removed(t, line, REASON) for t, line in site]


def read_text(text: str, name: str, enc: str = "utf-8", diags: list[Diagnostic] | None = None,
              layout: str | None = None, title: tuple[str | None, str | None] = (None, None),
              site: Iterable[Removed] | None = None) -> Source:
    """site: for a web page, what was left out of it before its text was read (see from_web_page)."""
    diags = list(diags or [])
    raw, furniture = page_furniture(lines_of(text))
    indents = indents_of(text)
    paras = with_code_lines(paragraphs_of(raw, indents, page_breaks(furniture), margins_of(text), item_starts(text)))
    if not paras:
        raise InputError(name, "the file has no text")
    date, author, used = meta_lines(paras)
    confirmed = bool(used) and 0 not in used and min(used) <= 2  # a date or author line under a first line
    doc = Doc(text, [p for i, p in enumerate(paras) if i not in used], name, page_breaks(furniture))
    if site is not None and layout is None:
        lay, why = LAYOUTS["markdown"], "a web page, its content read as Markdown"
    else:
        lay, why = choose_layout(doc, layout)
    arranged = lay.arrange(doc) if doc.paras or lay.name == "markdown" else Arranged([], "")
    if arranged.own_meta:
        date, author = arranged.date, arranged.author
    blocks, removed = strip_boilerplate(arranged.blocks)
    if lay.name != "markdown":
        blocks = set_out(blocks, indents, text.split("\n"))
    removed = sorted(furniture + removed + date_sources(paras, used) + list(arranged.taken) + list(site or ()), key=lambda r: r.line)
    if lay.name != "markdown":
        blocks = split_bilingual_lines(blocks, removed)
    if lay.name == "interleaved":
        blocks = guarded(lambda: label_partners(blocks), blocks, diags, name, "pairing label lines")
    if lay.name != "markdown":
        blocks = guarded(lambda: more_headings(blocks), blocks, diags, name, "reading questions, bracketed lines and contact blocks as headings")
        blocks = guarded(lambda: notice_titles(blocks), blocks, diags, name, "joining a notice's title")
    gaps = Gaps(raw, paras, name)
    tz, te, blocks, title_lines, notice = take_titles(blocks, lay.name == "markdown", confirmed, gaps)
    subs: tuple[tuple[str, int], ...] = ()
    if lay.name != "markdown":
        titled, blocks, title_lines, heads = guarded(
            lambda: title_runs({"zh": tz, "en": te}, title_lines, blocks, {"zh": gaps, "en": gaps}),
            ({"zh": tz, "en": te}, blocks, title_lines, ()), diags, name, "joining the title's lines")
        tz, te = titled["zh"], titled["en"]
        subs = guarded(lambda: subtitles(blocks, title_lines), (), diags, name, "finding the title's second line") + notice + heads
        subs += tab_rows(text, blocks) + diagram_lines(text, blocks) + cell_rows(text, blocks)
    tz, te = tz or arranged.title_zh, te or arranged.title_en
    return _source(name, blocks, removed, diags, date, author, (tz or title[0], te or title[1]), lay.name,
                   f"{why}; {arranged.reason}" if arranged.reason else why, enc, subs, arranged.links)


POSTED_FIELD = rx(r"(?:发布|發布|更新|修订|修訂|上架|刊登|published|updated|posted|last updated|last modified)\s*(?:日期|时间|時間|date|on)?"
                  r"\s*[:：]\s*[\d\-/. 年月日:]{6,24}", re.I)


def _after_breadcrumb(bl: list[Block], r0: int, furniture: list[Removed], lang: str) -> int | None:
    """A web page's title under its breadcrumb: the site's name and menu over the breadcrumb
    ("Qiaoyun Gateway", "Docs", "Guides", …, "Home › Docs › Reference › Configuration"), taken as
    the page's furniture, then "Qiaoyun Gateway Configuration Reference". The index of that title."""
    from .furniture import _breadcrumb
    crumbs = [r.line for r in furniture if r.reason == "web page navigation" and _breadcrumb(r.text)]
    if not crumbs or len(bl) <= r0 + 1:
        return None
    k = next((i for i in range(r0, min(len(bl), r0 + 12)) if bl[i].line > crumbs[0]), None)
    if k is None or k == r0 or k + 1 >= len(bl):
        return None
    # (When the page was posted and updated, under the breadcrumb and over the title: "發布日期：114-03-18".)
    while k + 2 < len(bl) and k < r0 + 12 and POSTED_FIELD.fullmatch(bl[k].text.strip()):
        k += 1
    def menu(text: str) -> bool:
        # (Short, or a row of links: "Home    About Us    Hospitals & Services    …", "主頁　關於我們　…".)
        words = rematch.findall(r"[A-Za-z][\w'’-]*", text)
        row = (not rematch.search(r"[。，；！？,;]", text) and (han_count(text) > 0 and not words
                                                          or sum(1 for w in words if w[:1].isupper() or w.lower() in TITLE_SMALL_WORDS) >= 0.8 * len(words)))
        return (display_width(text) <= 40 or row) and not ends_with_final_punct(text)
    if not all(menu(b.text) for b in bl[r0:k]):
        return None  # (text before the breadcrumb: the page's own, not its site's menu)
    return k if title_shaped(title_text(bl[k].text, lang), lang) else None


def read_pair(zh_path: str | Path, en_path: str | Path, layout: str | None = None,
              title: tuple[str | None, str | None] = (None, None)) -> Source:
    """Two files, one per language. Each is read as Markdown or plain text on its own."""
    zh_name, en_name = str(zh_path), str(en_path)
    blocks: list[Block] = []
    removed: list[Removed] = []
    diags: list[Diagnostic] = []
    encs = []
    meta: dict[str, str | None] = {"date": None, "author": None}
    titles: dict[str, str | None] = {}
    title_lines: dict[str, int] = {}  # of a title taken from a plain-text file's first line
    gaps: dict[str, Gaps] = {}
    subs: tuple[tuple[str, int], ...] = ()
    how = []
    links: tuple[tuple[str, str, str, str], ...] = ()
    for lg, name in (("zh", zh_name), ("en", en_name)):
        text, enc, d = decode(read_bytes(name), name)
        diags += d + normalize_notes(text, name)
        text, site = from_web_page(normalize_text(text), name, diags)
        removed += site or []
        encs.append(enc)
        raw, furniture = page_furniture(lines_of(text))
        removed += furniture
        indents = indents_of(text)
        paras = with_code_lines(paragraphs_of(raw, indents, page_breaks(furniture), margins_of(text), item_starts(text)))
        if not paras:
            raise InputError(name, "the file has no text")
        gaps[lg] = Gaps(raw, paras, name)
        confirmed = False
        is_md = layout == "markdown" or (layout is None and (site is not None or MarkdownLayout().detect(Doc(text, paras, name))[0] >= 0.6))
        if is_md:
            arr = arrange_markdown(text, name, lg)
            bl = arr.blocks
            links += arr.links
            removed += arr.taken
            date, author = arr.date, arr.author
            t_fm = arr.title_zh if lg == "zh" else arr.title_en
            how.append(f"{name}: markdown")
        else:
            date, author, used = meta_lines(paras)
            if date and meta["date"] and date != meta["date"]:
                # (The other file's date is the one shown: this one's date line stays its text.)
                used = [i for i in used if not parse_date(paras[i].text)]
                date = None
            removed += date_sources(paras, used)
            confirmed = bool(used) and 0 not in used and min(used) <= 2
            bl = [Block(p.text, lg, p.no, file=name) for i, p in enumerate(paras) if i not in used]
            t_fm = None
            how.append(f"{name}: plain text")
        bl, rem = strip_boilerplate(bl)
        removed += rem
        if not is_md:
            bl = guarded(lambda: notice_titles(bl), bl, diags, name, "joining a notice's title")
            bl = set_out(bl, indents, text.split("\n"))
            subs += tab_rows(text, bl) + diagram_lines(text, bl) + cell_rows(text, bl)
        # The title: front matter, a single H1 at the top, or a title-shaped first line.
        t = t_fm
        if t is None and bl:
            # (A rule of "=" or "_" over the title says nothing, nor does a banner saying which
            # language or translation this is: "UNOFFICIAL TRANSLATION".)
            r0 = 0
            # (Nor does an ordinance's chapter over its title: "第715章" / "街頭表演(發牌)條例".)
            # (Nor a listed company's particulars: "证券代码：603871　证券简称：恒泰精机　公告编号：2024-016".)
            # (Nor a standard's codes, kind and number over its title: "ICS 43.120", "团 体 标 准", "T/QYEVCA 017—2024".)
            # (Nor a contract's cover over its title: its classification and reference, its date, its parties
            # with "and" between them.)
            while not is_md and r0 + 1 < len(bl) and (not rematch.search(r"[^\W_]", bl[r0].text) or CAP_NUMBER.fullmatch(bl[r0].text.strip())
                                                      or _cap_header(bl, r0)
                                                      or LANGUAGE_BANNER.fullmatch(bl[r0].text.strip()) or field_line(bl[r0].text)
                                                      or TRANSLATION_BANNER.fullmatch(bl[r0].text.strip()) or PREVAILS.search(bl[r0].text)
                                                      or standard_cover(bl[r0].text) or _cover_particulars(bl, r0)
                                                      or (r0 > 0 and field_line(bl[r0 - 1].text) and ONE_FIELD.fullmatch(bl[r0].text.strip()))
                                                      # (nor when the page was posted, "發布日期：114-03-18")
                                                      or POSTED_FIELD.fullmatch(bl[r0].text.strip())):
                if field_line(bl[r0].text) or POSTED_FIELD.fullmatch(bl[r0].text.strip()) or _cap_header(bl, r0):
                    subs += ((lg, bl[r0].line),)
                r0 += 1
            # (Nor a print time over a field that gives the title: see _field_title.)
            k = None if is_md else _field_title(bl, list(range(r0, min(len(bl), r0 + 4))), lg)
            if k is not None:
                subs += tuple((lg, b.line) for b in bl[r0:k])
                r0 = k
            # (Nor a registry's sentence that leads into the text it certifies: "茲證明下述社團的設立章程
            # 文本，已於…存檔…，其內容如下：" over "澳門濠江長者數碼共融協會" / "章程".)
            if (not is_md and r0 + 1 < len(bl) and bl[r0].text.rstrip().endswith(("：", ":")) and len(bl[r0].text) > 30
                    and title_shaped(title_text(bl[r0 + 1].text, lg), lg)):
                subs += ((lg, bl[r0].line),)
                r0 += 1
            first = bl[r0]
            # (A web page's title under its breadcrumb comes first: the page's text may name the
            # statements it sets out, "This page sets out the Company's Privacy Policy Statement …".)
            named = None if is_md else _after_breadcrumb(bl, r0, furniture, lg)
            if named is None and not is_md:
                named = named_title(bl, lg)
            if named is None and not is_md:
                named = law_title(bl, lg)
            # What stands over the letterhead or the title stays text: an exchange's disclaimer,
            # a council paper's number, the meeting it is for and its panel.
            disclaimer = not is_md and len(bl) > r0 + 1 and _disclaimer(bl[r0].text)
            top = r0 + int(disclaimer)
            while not is_md and top + 1 < len(bl) and top < r0 + 3 and DOC_PARTICULARS.fullmatch(bl[top].text.strip()):
                top += 1
            if named is None and not is_md:
                named = letterhead_title(bl, top, gaps[lg])
            # (The issuer's name over the title that translates the other file's: "LANJIANG MUNICIPAL DATA
            # RESOURCES ADMINISTRATION" over "Lanjiang Municipal Open Data Licence (Version 2.0)".)
            other = titles.get("zh") if lg == "en" else None
            if (named is None and not is_md and other and top + 1 < len(bl) and organisation(bl[top].text, lg)
                    and not _translates(other, bl[top].text, "zh") and _translates(other, bl[top + 1].text, "zh")
                    and title_shaped(title_text(bl[top + 1].text, lg), lg)):
                named = top + 1
            # (Nor is a note on the translation over it, "Translator's Note" and its paragraph: the title
            # is the line after it that translates the other file's.)
            if named is None and not is_md and other and TRANSLATION_NOTE.fullmatch(bl[top].text.strip()):
                named = _translated_title(bl, top, lg, other, "zh")
            if named is None and not is_md and top > r0:
                named = top if title_shaped(title_text(bl[top].text, lg), lg) else None
            if is_md:
                h1 = [b for b in bl if b.kind == "heading" and b.level == 1]
                # (A logo or badges above it say nothing: '<p align="center"><img …></p>'.)
                top = next((b for b in bl if b.kind == "heading" or _says_something(b.text)), first)
                if len(h1) == 1 and h1[0] is top:
                    first = top
                    t = first.text
            elif named is not None:
                # The title after the notice that names it or a letterhead: they stay text, no heading
                # (but the notice's own title, which heads it).
                subs += tuple((lg, b.line) for b in bl[:named] if not notice_title(b.text))
                first = bl[named]
                t = first.text
            elif (len(bl) > r0 + 1 and title_shaped(title_text(first.text, lg), lg) and not first.text.endswith(("?", "？", "!", "！"))
                  # (Or where it translates the Chinese file's title: "Cedarbook Cloud 6.2 Release Notes"
                  # beside "栢峰雲會計 6.2 版本說明", over headings set as it is.)
                  and (confirmed or not _like_its_headings(bl, r0) or (other and _translates(other, first.text, "zh")))):
                t = title_text(first.text, lg)
                if t != first.text:  # a field that gives the title stays, as text, with its label
                    subs += ((lg, first.line),)
            if t is not None:
                bl = [b for b in bl if b is not first or t != b.text]
                if not is_md:
                    title_lines[lg] = first.line
        elif is_md and bl and bl[0].kind == "heading" and bl[0].level == 1 and sum(
                1 for b in bl if b.kind == "heading" and b.level == 1) == 1:
            # A single H1 at the top under front matter with a title is the
            # title as shown, not a section; it is the title the page shows.
            t = bl[0].text
            bl = bl[1:]
        titles[lg] = t
        meta["date"] = meta["date"] or date
        meta["author"] = meta["author"] or author
        blocks += bl
    if title_lines:
        titles, blocks, title_lines, heads = guarded(lambda: title_runs(titles, title_lines, blocks, gaps),
                                                     (titles, blocks, title_lines, ()), diags, zh_name, "joining the title's lines")
        subs += heads
    for lg, line in title_lines.items():
        subs += guarded(lambda: subtitles([b for b in blocks if b.lang == lg], {lg: line}), (), diags,
                        zh_name if lg == "zh" else en_name, "finding the title's second line")
    blocks = guarded(lambda: more_headings(blocks), blocks, diags, zh_name, "reading questions, bracketed lines and contact blocks as headings")
    enc = encs[0] if encs[0] == encs[1] else f"{encs[0]} (zh) / {encs[1]} (en)"
    why = "two files, one per language (" + "; ".join(how) + ")"
    return _source(f"{zh_name} + {en_name}", blocks, removed, diags, meta["date"], meta["author"],
                   (titles["zh"] or title[0], titles["en"] or title[1]), "two-files", why, enc, subs, links)


def _source(name, blocks, removed, diags, date, author, title, layout, why, enc, subs=(), links=()) -> Source:
    marks = [r for r in removed if r.reason == SEPARATOR_REASON]
    pages = [r for r in removed if r.reason in FURNITURE]
    defs = [r for r in removed if r.reason == LINK_DEFS_REASON]
    if defs:
        diags.append(Diagnostic("info", f"{len(links)} link target(s) defined apart from the text ({len(defs)} block(s)); "
                                        "the links that name them use them", defs[0].line, name))
    for r in removed:
        if r.reason not in (SEPARATOR_REASON, LINK_DEFS_REASON) and r.reason not in FURNITURE:
            diags.append(Diagnostic("info", f"removed as boilerplate ({r.reason}): {r.text[:40]}…", r.line, name))
    if pages:
        counts = ", ".join(f"{sum(1 for r in pages if r.reason == what)} {what}(s)" for what in FURNITURE
                           if any(r.reason == what for r in pages))
        diags.append(Diagnostic("info", f"removed the printed pages' furniture: {counts}, "
                                        f"such as {pages[0].text[:30]!r}", pages[0].line, name))
    if marks:
        diags.append(Diagnostic("info", f"{len(marks)} line(s) in both languages split in two; {SEPARATOR_REASON} left out "
                                        f"({' '.join(sorted({r.text for r in marks}))})", marks[0].line, name))
    langs = {b.lang for b in blocks}
    if "zh" not in langs:
        diags.append(Diagnostic("warning", "no Chinese text found; the page will have an empty Chinese side", None, name))
    if "en" not in langs:
        diags.append(Diagnostic("warning", "no English text found; the page will have an empty English side", None, name))
    again, title = _title_again(blocks, title)
    script = "Hant" if _traditional(blocks, title[0]) else "Hans"
    meta = Meta(date=date, author=author, title_zh=title[0], title_en=title[1], script=script, links=tuple(links))
    return Source(name=name, blocks=tuple(blocks), meta=meta, removed=tuple(removed), diagnostics=tuple(diags),
                  layout=layout, layout_reason=why, encoding=enc, subtitles=tuple(subs) + again)


def _title_again(blocks: list[Block], title: tuple[str | None, str | None]) -> tuple[tuple[tuple[str, int], ...], tuple[str | None, str | None]]:
    """The title set out again at the head of the text, under its cover or a page's header
    ("第713章" / "藍晶灣海岸保護區條例" on the first page of an ordinance): a line of text
    that is the title, before any of the text's paragraphs, heads nothing, in both languages;
    nor does the chapter's number over or under it. (Further on, a section may have the title's name: "財務摘要報表"
    in a report of that name, heading the statements after the auditor's report.) The lines,
    and the title, the English in the case the text sets it in where the cover has it in capitals
    ("BASIC CHARTER OF …" on the cover, "Basic Charter of …" over the text)."""
    out: list[tuple[str, int]] = []
    shown = list(title)
    for n, (lg, t) in enumerate((("zh", title[0]), ("en", title[1]))):
        if not t:
            continue
        want = normalize_space(t).strip()
        stream = [b for b in blocks if b.lang == lg]
        for i, b in enumerate(stream):
            if len(b.text) > (30 if lg == "zh" else 80) and ends_with_final_punct(b.text):
                break  # the text has begun
            said = normalize_space(b.text).strip()
            if b.kind == "heading" or not (said == want or (lg == "en" and want.isupper() and said.upper() == want)):
                continue
            out.append((lg, b.line))
            out += [(lg, stream[j].line) for j in (i - 1, i + 1)
                    if 0 <= j < len(stream) and abs(stream[j].line - b.line) == 1 and CAP_NUMBER.fullmatch(stream[j].text.strip())]
            shown[n] = said if said != want and not said.isupper() else t
            break
    # (In both languages, where both have a title: a heading left in one would lose its pair.)
    if all(title) and len({lg for lg, _ in out}) < 2:
        return (), title
    return tuple(out), (shown[0], shown[1])


def strip_boilerplate(blocks: list[Block]) -> tuple[list[Block], list[Removed]]:
    """Remove footer/header boilerplate at either edge of the document."""
    removed: list[Removed] = []
    blocks = list(blocks)
    # Trailing blocks. A block in a language run that comes after the other
    # language's run in a sequential document is "out of pattern" (a Chinese
    # footer after the English translation).
    # A block in the other language's script at the end (a Chinese footer under the
    # English half, read as English) is out of pattern too. Next to a block that is a
    # footer, two cues make one; a rule between the text and the footer goes with it.
    while blocks:
        last = blocks[-1]
        out_of_pattern = len(blocks) > 1 and (last.lang != blocks[-2].lang or detect_lang(last.text) not in (None, last.lang))
        if removed and RULE_LINE.fullmatch(last.text.strip()):
            removed.insert(0, Removed(last.text, last.line, "footer"))
            blocks.pop()
            break
        if not is_boilerplate(last.text, out_of_pattern, 2 if removed else 3):
            break
        removed.insert(0, Removed(last.text, last.line, "footer"))
        blocks.pop()
    head: list[Removed] = []
    while blocks:
        first = blocks[0]
        if head and RULE_LINE.fullmatch(first.text.strip()):
            head.append(Removed(first.text, first.line, "header"))
            blocks.pop(0)
            break
        if not is_boilerplate(first.text, False, 2 if head else 3):
            break
        head.append(Removed(first.text, first.line, "header"))
        blocks.pop(0)
    # A line that labels where a language's part begins ("[English Translation]", "【英文译文】",
    # "English version:") says what the page shows by its columns; the part's title is under it.
    labels = [b for b in blocks if PART_LABEL.fullmatch(b.text.strip())]
    if labels:
        blocks = [b for b in blocks if not PART_LABEL.fullmatch(b.text.strip())]
    labels = [Removed(b.text, b.line, "the label of a language's part") for b in labels]
    return blocks, sorted(head + removed + labels, key=lambda r: r.line)  # in the document's order


PART_LABEL = rx(
    r"[\[【(（]?\s*(?:(?:the\s+)?english\s+(?:translation|version|text)|(?:the\s+)?chinese\s+(?:original|version|text)"
    r"|translation|英文(?:译文|譯文|翻译|翻譯|版|版本|全文)|中文(?:原文|版|版本|全文)|译文|譯文|原文)\s*[\]】)）]?\s*[:：]?", re.I)


def _traditional(blocks: Iterable[Block], extra: str | None = None) -> bool:
    """Traditional Chinese: of the characters CC-CEDICT writes in one script only,
    more than twice as many traditional ones as simplified, and at least three."""
    sample = ((extra or "") + "".join(b.text for b in blocks if b.lang == "zh"))[:20000]
    if not han_count(sample):
        return False
    from .anchors import dictionaries

    trad, simp = dictionaries().script_counts(sample)
    return trad > 2 * simp and trad >= 3


__all__ = ["read", "read_text", "read_pair", "decode", "InputError", "LAYOUTS", "register", "Layout", "Doc"]
