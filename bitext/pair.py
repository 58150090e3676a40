"""pair: two Outlines → Bitext.

First the headings: candidates of both languages are paired by order and
evidence (position in the text, numbers, names, words), so a heading-shaped
sentence with no counterpart does not open a section. Then, inside each
section, the sentences are aligned and grouped into rows as fine as the
translation allows.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace

from . import anchors, parallel, rematch
from .text import han_count
from .align import Bead, align
from .corrections import NONE, Corrections, RowPins, constrained_align, resolve_headings, resolve_rows
from .model import LOW_SCORE, Bitext, Block, Diagnostic, Heading, Outline, Paragraph, Part, Row, Section, Source, join_units
from .headings import (Number, notice_title, adjacent_runins, joined_as_the_other, counted_headings_in_english, counted_number, guarded, interleaved_partners, not_headings, numbering, parallel_runins, split_joined,
                       TOC_ENTRY, zh_counted_runs, zh_numbered_runins, zh_runin_runs)
from .segment import ARTICLE_NUMBER
from .cache import rx

# A heading's counterpart lies at most this many candidates from the other
# language's candidate at the same relative position (long documents only).
BAND_WIDTH = 24


# --------------------------------------------------------------------------- headings


@dataclass(frozen=True)
class Candidate:
    part: int  # index into Outline.parts
    heading: Heading
    pos: float  # 0..1, share of the language's text before the heading
    rank: float | None = None  # 0..1, share of the language's strong headings before this one (strong only)
    body: str = ""  # the first sentence under the heading
    peers: int = 0  # candidates of its language numbered in its style (itself included)
    kind: str | None = None  # what the other language calls its division, where the two name them apart (see word_kinds)


def candidates(o: Outline, skip: set[int] = frozenset()) -> list[Candidate]:
    """The heading candidates of an outline, but for the parts in skip."""
    sizes = [sum(_size(p.text, o.lang) for p in part.paragraphs) + (len(part.heading.text) if part.heading else 0) for part in o.parts]
    total = sum(sizes) or 1
    out = []
    before = 0
    for k, part in enumerate(o.parts):
        if part.heading is not None and k not in skip:
            out.append(Candidate(k, part.heading, before / total, body=_text_under(o, k)))
        before += sizes[k]
    strong = [k for k, c in enumerate(out) if c.heading.strength == "strong"]
    for r, k in enumerate(strong):
        out[k] = replace(out[k], rank=r / len(strong))
    styles = [_style(c.heading.text) for c in out]
    peers = Counter(styles)
    return [replace(c, peers=peers[st]) if st else c for c, st in zip(out, styles)]


def _size(text: str, lang: str) -> float:
    """How much text a paragraph is, for its place in the document, in characters of its
    language: a contents entry's leader and page number are not text ("第一条 定义 ......... 1"
    is as long as "第一条 定义"), and in Chinese a Latin letter or a digit is about a third of
    a character (an English licence quoted in the Chinese half, a line of dots)."""
    n = sum(len(TOC_ENTRY.sub("", line)) for line in text.split("\n"))
    if lang != "zh":
        return n
    h = han_count(text)
    return h + (n - h) / 3


def runin_articles(o: Outline, skip: set[int]) -> set[int]:
    """Articles with no title whose number opens their text ("第一条　为了规范……" / "Article 1
    These Regulations …"): each is a numbered paragraph of its chapter, as people read a law,
    not a section of its own (most people who list a law's headings leave them out; its
    chapters, and articles with titles or numbers on lines of their own, are its sections).
    Each row still has its own link. pair() sets them aside where both languages run them in,
    and where one does while the other prints "Article 1" on a line of its own (see _runs_in);
    where both print the numbers on lines of their own, people list them."""
    return {k for k in bare_articles(o, skip) if o.parts[k].heading.strength == "weak"}


def bare_articles(o: Outline, skip: set[int]) -> set[int]:
    """The parts headed by an article's number alone ("第一条", "Article 1"), run in or not."""
    pat = rx(ARTICLE_NUMBER[o.lang])
    return {k for k, p in enumerate(o.parts) if k not in skip and p.heading is not None and not p.heading.markdown
            and pat.fullmatch(p.heading.text.strip())}


def _runs_in(o: Outline, runin: set[int], least: int = 3) -> bool:
    """The language runs most of its untitled articles into their text (three or more)."""
    return len(runin) >= least and 2 * len(runin) >= len(bare_articles(o, set()))


def _style(text: str) -> tuple[str, str] | None:
    nb = numbering(text)
    return (nb.style, nb.kind) if nb is not None else None


def _text_under(o: Outline, k: int) -> str:
    """The first sentence after part k's heading, in reading order: its own
    text, or a first sentence that opens the next part as its run-in heading."""
    first = next((p.sentences[0] for p in o.parts[k].paragraphs if p.sentences), "")
    if not first and k + 1 < len(o.parts):
        h = o.parts[k + 1].heading
        first = (h.raw or h.text) if h is not None and h.strength == "weak" else ""
    return first


def heading_score(z: Candidate, e: Candidate) -> float:
    """How likely two heading candidates are each other's translation, 0..1."""
    if notice_title(z.heading.text) != notice_title(e.heading.text):
        return 0.0  # a notice's title ("…关于印发《…》的通知") is another notice's title, not an annex's that names the same rules
    pos = max(0.0, 1.0 - abs(z.pos - e.pos) / 0.25)
    if z.rank is not None and e.rank is not None:
        # Order among the marked headings: the third of seven is near the third
        # of seven however long each language makes the sections between.
        pos = max(pos, 1.0 - abs(z.rank - e.rank) / 0.25)
    lex = anchors.similarity(z.heading.text, e.heading.text)
    num = _number_match(z.heading.text, e.heading.text, z.peers - e.peers, z.kind)
    if num is not None:
        # The numbers are weighed on their own (num): the titles' words say the rest, not
        # diluted by them ("第十二條 合約之終止" is "Section 13. Termination"), nor helped by them
        # ("第四章 党的建设" is not "Chapter 4 Social Responsibility" for its number alone).
        title = _title_similarity(z.heading.text, e.heading.text)
        lex = title if _titled(z.heading.text) and _titled(e.heading.text) else max(lex, title)
    strong = z.heading.strength == "strong" and e.heading.strength == "strong"
    unlike = False
    # (Two labels run in, "財務透明：…" / "Accountability: …", say as much by the text after them.)
    labels = all((c.heading.raw or "").rstrip().endswith((":", "：")) and _name_label(c.heading.text) for c in (z, e))
    if (strong or labels) and lex < 0.5 and z.body and e.body:
        # The dictionary says little about two heading lines: the sentences
        # under them do ("每户每季可租用一块地。" under 地块, "Each household may
        # rent one plot" under Plots); nothing in common counts against them.
        content = anchors.similarity(z.body, e.body)
        lex = max(lex, min(0.5, content))
        unlike = content == 0.0
    score = 0.35 * pos + 0.65 * min(1.0, lex * 1.5)
    if num is not None:
        score = 0.7 * score + 0.3 * num
    if strong:
        # Two marked headings of the same level close together are likely a pair
        # even when a short heading gives the dictionary nothing to go on.
        same_level = z.heading.level == e.heading.level and z.heading.markdown == e.heading.markdown
        score = min(1.0, score + (0.15 if same_level else 0.1))
    return score * 0.8 if unlike else score


def _titled(text: str) -> bool:
    """A numbered heading with words after its number ("第四章 党的建设", not "第四章")."""
    nb = numbering(text)
    return nb is not None and bool(rematch.search(r"\w", text[nb.length:]))


def _title_similarity(zh: str, en: str) -> float:
    """The dictionary's likeness of two numbered headings' titles, their numbers left out."""
    a, b = numbering(zh), numbering(en)
    tz = zh[a.length:].strip(" \u3000.．、:：") if a else ""
    te = en[b.length:].strip(" .:") if b else ""
    return anchors.similarity(tz, te) if tz and te else 0.0


def _name_label(text: str) -> bool:
    """A label that names what follows ("財務透明", "A note on receipts"), not the start of a
    sentence that goes on after its colon ("The Customer shall", "由客户自行承担")."""
    t = text.strip()
    if han_count(t):
        return len(t) <= 15 and not rematch.search(r"[，,；;]", t)
    words = t.split()
    return len(words) <= 8 and "," not in t and words[-1].lower() not in LABEL_CANNOT_END


# Words a label that names something does not end with.
LABEL_CANNOT_END = {"shall", "will", "must", "may", "can", "should", "would", "could", "to", "the", "a", "an", "of", "and",
                    "or", "is", "are", "be", "that", "which", "for", "with", "by", "following", "include", "includes"}


def heading_number(text: str) -> str | None:
    """The section number a heading starts with, normalised ("三、" → "3", "1.2" → "1.2",
    "（二）" → "(2)", "Chapter IV" → "4")."""
    nb = numbering(text)
    if nb is None:
        return None
    return f"({nb.value})" if nb.kind == "paren" else nb.value


WORD_KINDS = {"chapter", "section", "article", "part", "clause", "item", "annex"}


def _unnumbered_annex(nb: Number, text: str) -> bool:
    """An annex label without a number of its own ("Appendix: Definitions",
    "附件："), which numbering counts as the first."""
    return nb.style == "en-annex" or (nb.style == "zh-annex" and not ANNEX_NUMBER.search(text.strip()[:nb.length]))


ANNEX_NUMBER = rx(r"[A-Z\d一二三四五六七八九十]")


def word_kinds(zc: list[Candidate], ec: list[Candidate]) -> list[Candidate]:
    """The Chinese candidates, each with the kind of division the English names its kind by,
    where the two languages divide the document alike but name the levels apart: by-laws whose
    English has "ARTICLE II" over "Section 1." and whose Chinese has "第二章" over "第三条" (an
    article is the English's larger division and the Chinese's smaller). Levels are matched by
    how many headings each kind has, fewest first; only where both languages have as many kinds
    and they are not the same ones."""
    def counts(cands: list[Candidate]) -> Counter:
        return Counter(nb.kind for c in cands if (nb := numbering(c.heading.text)) is not None and nb.kind in WORD_KINDS)

    zk, ek = counts(zc), counts(ec)
    if len(zk) < 2 or len(zk) != len(ek) or set(zk) == set(ek):
        return zc
    zr = sorted(zk, key=lambda k: (zk[k], k))
    er = sorted(ek, key=lambda k: (ek[k], k))
    if any(zk[a] == zk[b] for a, b in zip(zr, zr[1:])) or any(ek[a] == ek[b] for a, b in zip(er, er[1:])):
        return zc  # (two kinds as many: nothing says which level each is)
    as_en = dict(zip(zr, er))
    return [replace(c, kind=as_en[nb.kind]) if (nb := numbering(c.heading.text)) is not None and nb.kind in as_en else c
            for c in zc]


def _number_match(zh: str, en: str, more: int = 0, kind: str | None = None) -> float | None:
    """1 when both headings carry the same number (in any style), 0 when they
    carry different ones (or say different things are numbered: a chapter is
    not an article);
    None when at most one side is numbered (translations often drop numbers),
    or when the numbers differ by no more than the count of headings one
    language numbers in that style more than the other (`more`, Chinese less
    English): a section only one language has shifts the numbers after it
    ("九、联系方式" is "Section 8 Contact" after a section the English leaves
    out), and the words decide."""
    a, b = numbering(zh), numbering(en)
    if a is None and b is None:
        ca, cb = counted_number(zh), counted_number(en)
        return None if ca is None or cb is None else float(ca == cb)
    if a is None or b is None:
        return None
    if kind is not None:
        a = replace(a, kind=kind)  # (the Chinese division by the name the English gives it, see word_kinds)
    # (A chapter may be translated as a part, "第八章 附则" as "PART 8 FINAL PROVISIONS": both
    # are a document's largest divisions.)
    if a.kind in WORD_KINDS and b.kind in WORD_KINDS and a.kind != b.kind and {a.kind, b.kind} != {"chapter", "part"}:
        return 0.0
    if ((a.kind in WORD_KINDS) != (b.kind in WORD_KINDS) and "article" in {a.kind, b.kind}
            and not (a.kind == "list" and rematch.match(r"[一二三四五六七八九十]{1,3}、", zh.strip())
                     and rematch.match(r"article\s+[IVXLC]+\b", en.strip(), re.I))):
        # An article's number and a list's say nothing of each other: "二、本會宗旨為" is an
        # item of 第二條, not "Article 2 (Nature and Objects)" for its number. (But articles
        # numbered in Roman figures are a constitution's largest divisions, as "二、宗旨" is:
        # "ARTICLE II – PURPOSE".)
        return None
    if _unnumbered_annex(a, zh) != _unnumbered_annex(b, en):
        # "Appendix: Definitions" is the one annex the English keeps, not
        # "附录一" rather than "附录二": a label without a number says nothing
        # about which.
        return None
    if (a.style == "dotted") != (b.style == "dotted") and {a.kind, b.kind} <= {"dotted", "list", "paren"}:
        # "1. 海洋环流课题组" under "（一）" is "1.1 Ocean Circulation Group": one
        # language numbers a subsection in full, the other within its parent.
        # The last parts agree or not; the parent's number is not evidence.
        whole, part = (a, b) if a.style == "dotted" else (b, a)
        return None if whole.value.split(".")[-1] == part.value else 0.0
    # Values only: "（一）" is often translated "1." or "(a)", "一、" as "I." or "1.".
    if a.value == b.value:
        return 1.0
    # (Under one parent too: "2.5 应急助学" is "2.4 Emergency Education Support" after a
    # "2.4" only the Chinese has.)
    pa, _, la = a.value.rpartition(".")
    pb, _, lb = b.value.rpartition(".")
    if more and pa == pb and la.isdigit() and lb.isdigit() and 0 < (int(la) - int(lb)) * (1 if more > 0 else -1) <= abs(more):
        return None
    return 0.0




def same_line_pairs(zc: list[Candidate], ec: list[Candidate], layout: str,
                    no_z: set[int] = frozenset(), no_e: set[int] = frozenset(),
                    blocks: tuple[Block, ...] | list[Block] = (), partner: dict[int, int] | None = None) -> set[tuple[int, int]]:
    """Headings written on one line in both languages ('## 数据收集 | Data Collection'),
    or on neighbouring lines of an interleaved text, are each other's
    translation: they pair whatever the other evidence says. partner: each Chinese
    block's translation in an interleaved text (see headings.interleaved_partners)."""
    if layout == "two-files":
        return set()
    by_line = {c.heading.line: j for j, c in enumerate(ec) if c.heading.strength == "strong" and j not in no_e}
    # Interleaved text: a heading line right before (or after) the other
    # language's heading line, at most a blank line between, is its translation.
    # When a line has such a neighbour on both sides (English first: "Section 5"
    # above "第五节", "Changing the temperature:" below), the evidence chooses.
    offsets = (0, 1, 2, -1, -2) if layout == "interleaved" else (0,)
    # The block that translates a Chinese block in interleaved text comes first.
    place = {(b.lang, b.line): k for k, b in enumerate(blocks)}
    partner = (partner or {}) if layout == "interleaved" else {}
    options = []
    for i, c in enumerate(zc):
        if c.heading.strength != "strong" or i in no_z:
            continue
        k = partner.get(place.get(("zh", c.heading.line), -1))
        # (Its translation may stand further off, past a page's number and header taken out between:
        # "第二章　區分所有權人會議" at a page's foot, "Chapter II  General Meeting of Owners" at the next one's head.)
        far = k is not None and blocks[k].line in by_line and abs(blocks[k].line - c.heading.line) > 2
        for d in offsets + ((blocks[k].line - c.heading.line,) if far else ()):
            j = by_line.get(c.heading.line + d)
            # (In one language's half of a text, a line in both, "下载PDF（中文，386 KB）　|　Download English PDF",
            # stands where the other language's headings are long over: it is no heading of either.)
            if j is not None and layout == "sequential" and abs(c.pos - ec[j].pos) > 0.25:
                continue
            if j is not None:
                direct = k is not None and blocks[k].line == ec[j].heading.line
                options.append((not direct, -heading_score(c, ec[j]) if len(offsets) > 1 else 0.0, abs(d), i, j))
    out: set[tuple[int, int]] = set()
    taken_z: set[int] = set()
    taken_e: set[int] = set()
    for *_, i, j in sorted(options):
        if i not in taken_z and j not in taken_e:
            out.add((i, j))
            taken_z.add(i)
            taken_e.add(j)
    if partner:
        # Two short run-in headings in paragraphs that translate each other
        # ("坚持依法行政。…" / "Adhering to law-based government administration. …"):
        # the paragraphs are each other's translation, so are their headings,
        # whatever the dictionary makes of them. (Numbered sentences are left
        # to the evidence: a list's items translate each other too.)
        by_line = {c.heading.line: j for j, c in enumerate(ec) if j not in no_e and c.heading.strength == "weak"}
        for i, c in enumerate(zc):
            k = partner.get(place.get(("zh", c.heading.line), -1))
            j = by_line.get(blocks[k].line) if k is not None else None
            if (j is None or i in taken_z or i in no_z or j in taken_e or c.heading.strength != "weak"
                    or numbering(c.heading.text) or numbering(ec[j].heading.text)
                    or not _short_runin(c.heading.text, "zh") or not _short_runin(ec[j].heading.text, "en")):
                continue
            out.add((i, j))
            taken_z.add(i)
            taken_e.add(j)
    return out


def _short_runin(text: str, lang: str) -> bool:
    """A run-in heading of a few words, not a sentence that says something at length."""
    if lang == "zh":
        return han_count(text) <= 16 and not rematch.search(r"[，,；;：:]", text)
    return len(text.split()) <= 10 and "," not in text


def pair_headings(zc: list[Candidate], ec: list[Candidate], threshold: float = 0.4,
                  forced: set[tuple[int, int]] = frozenset(), no_z: set[int] = frozenset(),
                  no_e: set[int] = frozenset(), width: int = BAND_WIDTH) -> list[tuple[int, int, float]]:
    """Monotone matching of heading candidates maximising total evidence.

    forced pairs (from corrections) always match; no_z/no_e candidates never do.

    The table of the matching is (n+1)×(m+1), but only a diagonal band of it
    is visited (see _columns): in a long document the work grows with its
    length, not with its square."""
    n, m = len(zc), len(ec)
    if not n or not m:
        return []
    fz = {i: j for i, j in forced}
    fe = {j: i for i, j in forced}
    # Many candidates: only pairs within a band of relative position are scored.
    band = (0.1 if n * m > 40000 else 0.2) if n * m > 2500 else None
    lo, hi, inner = _columns(zc, ec, band, width, forced)

    def score(i: int, j: int) -> float:
        if (i - 1, j - 1) in forced:
            return 1.0 + n + m  # outweighs any other path
        if i - 1 in no_z or j - 1 in no_e or fz.get(i - 1, j - 1) != j - 1 or fe.get(j - 1, i - 1) != i - 1:
            return 0.0
        a, b = inner[i]
        if not a <= j <= b or (band is not None and abs(zc[i - 1].pos - ec[j - 1].pos) > band):
            return 0.0  # far apart in long documents: not worth scoring
        z, e = zc[i - 1], ec[j - 1]
        s = heading_score(z, e)
        if s >= 1.0 and _number_match(z.heading.text, e.heading.text, z.peers - e.peers, z.kind) == 1.0:
            # (Of two pairs as likely as each other, the one whose numbers agree: "第二條 …", not its
            # item "二、個人資料類別", is "Article 2. Purposes and Categories of Personal Data Collected".)
            s += 0.001
        return s

    best: list[list[float]] = [[]]  # best[i][j - lo[i]]: row i's kept columns
    move: list[list[int]] = [[]]
    scores: dict[tuple[int, int], float] = {}

    def value(i: int, j: int) -> float:
        """best[i][j] of the whole table, from the kept part."""
        if j < lo[i]:  # left of a row's band: the row above holds the value
            i = bisect_right(lo, j, 1, i + 1) - 1
        if i <= 0 or j <= 0:
            return 0.0
        return best[i][min(j, hi[i]) - lo[i]]

    for i in range(1, n + 1):
        row_best: list[float] = []
        row_move: list[int] = []
        for j in range(lo[i], hi[i] + 1):
            s = score(i, j)
            scores[(i - 1, j - 1)] = min(s, 1.0)
            left = row_best[-1] if j > lo[i] else value(i - 1, j - 1)
            options = [(value(i - 1, j), 1), (left, 2)]
            if s >= threshold:
                options.append((value(i - 1, j - 1) + s - threshold + 0.01, 3))
            v, mv = max(options, key=lambda t: (t[0], t[1]))
            row_best.append(v)
            row_move.append(mv)
        best.append(row_best)
        move.append(row_move)
    pairs = []
    i, j = n, m
    while i > 0 and j > 0:
        if j > hi[i]:
            mv = 2  # right of the band: the row's value came from its left
        elif j < lo[i]:
            mv = 2 if value(i - 1, j - 1) == value(i - 1, j) else 1
        else:
            mv = move[i][j - lo[i]]
        if mv == 3:
            pairs.append((i - 1, j - 1, scores[(i - 1, j - 1)]))
            i, j = i - 1, j - 1
        elif mv == 1:
            i -= 1
        else:
            j -= 1 if j <= hi[i] else j - hi[i]
    pairs.reverse()
    pairs = _fill_gaps(pairs, zc, ec, no_z, no_e)
    pairs = _over_marked(_shift_runs, pairs, zc, ec, forced, no_z, no_e)
    moved = _over_marked(_slipped_runs, pairs, zc, ec, forced, no_z, no_e)
    # (A run moved over may leave a heading alone on each side in the same gap.)
    return _fill_gaps(moved, zc, ec, no_z, no_e, lines=True) if moved != sorted(pairs) else moved


def _over_marked(fn, pairs: list[tuple[int, int, float]], zc: list[Candidate], ec: list[Candidate],
                 forced: set[tuple[int, int]], no_z: set[int], no_e: set[int]) -> list[tuple[int, int, float]]:
    """fn (_shift_runs or _slipped_runs) over the candidates that are marked headings or paired:
    a weak candidate left alone between two pairs ("禾市尊重并保护知识产权", a sentence that
    opens a section's text) does not break the run of pairs whose numbers slipped around it."""
    paired_z = {i for i, _, _ in pairs}
    paired_e = {j for _, j, _ in pairs}
    kz = [i for i, c in enumerate(zc) if c.heading.strength == "strong" or i in paired_z]
    ke = [j for j, c in enumerate(ec) if c.heading.strength == "strong" or j in paired_e]
    if len(kz) == len(zc) and len(ke) == len(ec):
        return fn(pairs, zc, ec, forced, no_z, no_e)
    rz = {i: k for k, i in enumerate(kz)}
    re_ = {j: k for k, j in enumerate(ke)}
    out = fn([(rz[i], re_[j], v) for i, j, v in pairs], [zc[i] for i in kz], [ec[j] for j in ke],
             {(rz[i], re_[j]) for i, j in forced if i in rz and j in re_},
             {rz[i] for i in no_z if i in rz}, {re_[j] for j in no_e if j in re_})
    return sorted((kz[i], ke[j], v) for i, j, v in out)


def _words(text: str) -> str:
    """A heading's words, after its section number."""
    nb = numbering(text)
    return text[nb.length:].strip(" 　.．、:：") if nb is not None else text


def _shift_runs(pairs: list[tuple[int, int, float]], zc: list[Candidate], ec: list[Candidate],
                forced: set[tuple[int, int]] = frozenset(), no_z: set[int] = frozenset(),
                no_e: set[int] = frozenset(), most: int = 6, gain: float = 0.3) -> list[tuple[int, int, float]]:
    """A section only one language has shifts the numbers after it: "第十三条 法律适用与争议解决"
    is "14. GOVERNING LAW AND DISPUTE RESOLUTION" after a "13. EXPORT CONTROL" only the English
    has, and the matching, led by the numbers, pairs it with "13." instead. A run of pairs,
    each the next candidate on both sides, beside a heading left alone on one side, moves
    over by one when the words (the numbers aside) say so: none of its moving pairs' words
    agree, moved they agree by `gain` more, and the pair moved next to the heading then left
    alone agrees by `gain`. Only where that language numbers more headings in the run's style."""
    if not pairs:
        return pairs
    out = sorted(pairs)
    taken_z = {i for i, _, _ in out}
    taken_e = {j for _, j, _ in out}
    words: dict[tuple[int, int], float | None] = {}

    def agree(i: int, j: int) -> float | None:
        if (i, j) not in words:
            a, b = _words(zc[i].heading.text), _words(ec[j].heading.text)
            words[(i, j)] = anchors.similarity(a, b) if a and b else None
        return words[(i, j)]

    n = 0
    while n < len(out):
        m = n
        while m + 1 < len(out) and m + 1 - n < most and out[m + 1][0] == out[m][0] + 1 and out[m + 1][1] == out[m][1] + 1:
            m += 1
        run = out[n:m + 1]
        if any((i, j) in forced for i, j, _ in run):
            n = m + 1
            continue
        (i0, j0, _), (i1, j1, _) = run[0], run[-1]
        moves = []
        if j1 + 1 < len(ec) and j1 + 1 not in taken_e and j1 + 1 not in no_e:
            moves.append((0, 1))  # the English has a section more before the run's end
        if j0 - 1 >= 0 and j0 - 1 not in taken_e and j0 - 1 not in no_e:
            moves.append((0, -1))
        if i1 + 1 < len(zc) and i1 + 1 not in taken_z and i1 + 1 not in no_z:
            moves.append((1, 0))
        if i0 - 1 >= 0 and i0 - 1 not in taken_z and i0 - 1 not in no_z:
            moves.append((-1, 0))
        best = None
        for di, dj in moves:
            # (The pairs next to the heading left alone move: a run's end towards a free place
            # after it, its start towards one before it.)
            ahead = (di, dj) in ((0, 1), (1, 0))
            # (Only where that language numbers more headings in the run's style than the other.)
            if not all((zc[i].peers > ec[j].peers) if di else (ec[j].peers > zc[i].peers) for i, j, _ in run):
                continue
            for t in range(len(run)):
                part = run[t:] if ahead else run[:len(run) - t]
                now = [agree(i, j) for i, j, _ in part]
                moved = [(i + di, j + dj) for i, j, _ in part]
                then = [agree(i, j) for i, j in moved]
                if None in now or None in then:
                    continue
                lead = then[0] if ahead else then[-1]  # the pair moved next to the heading left alone
                # (Only pairs whose words do not agree move: the numbers alone made them.)
                if (max(now) < 0.15 and sum(then) - sum(now) >= gain and lead >= gain
                        and (best is None or sum(then) - sum(now) > best[0])):
                    best = (sum(then) - sum(now), part, moved)
        if best is not None:
            _, part, moved = best
            for i, j, _ in part:
                taken_z.discard(i)
                taken_e.discard(j)
            taken_z |= {i for i, _ in moved}
            taken_e |= {j for _, j in moved}
            keep = [p for p in run if p not in part]
            out[n:m + 1] = sorted(keep + [(i, j, heading_score(zc[i], ec[j])) for i, j in moved])
        n = m + 1
    return sorted(out)


def _slipped_runs(pairs: list[tuple[int, int, float]], zc: list[Candidate], ec: list[Candidate],
                  forced: set[tuple[int, int]] = frozenset(), no_z: set[int] = frozenset(),
                  no_e: set[int] = frozenset(), least: int = 3) -> list[tuple[int, int, float]]:
    """One language joins two sections ("八、财务及稽查" is "8. FINANCE" and "9. AUDIT") and
    adds one further on ("十六、附则"), so each has as many numbers but they slip by one
    between the two places: led by the numbers, "九、信托人" went with "9. AUDIT". Or one
    language alone has a section ("五、電子發票"), and the numbers after it slip by one.
    A run of pairs, each the next candidate on both sides, none of whose words agree, is
    moved over by one, either way, where at least `least` of the moved pairs agree and
    none disagrees: each by 0.15 or more, and by 0.5 on average (a pair the dictionary
    says nothing of, "禁例", counts for neither). Where the dictionary knows the words of
    every pair, before and after the move, 0.35 on average will do ("七、電子書之授權使用"
    from "7. Member Conduct" to "6. Licence to Use E-books"), and a run of `least` whose
    heading at one end is left over moves the rest. The heading at each end of the run
    that is then left over stays alone."""
    out = sorted(pairs)
    taken_z = {p[0] for p in out}
    taken_e = {p[1] for p in out}
    words: dict[tuple[int, int], float | None] = {}

    def agree(i: int, j: int) -> float | None:
        if (i, j) not in words:
            a, b = _words(zc[i].heading.text), _words(ec[j].heading.text)
            words[(i, j)] = anchors.similarity(a, b, unknown=None) if a and b else None
        return words[(i, j)]

    def unlike(p: tuple[int, int, float]) -> bool:
        # (Words the dictionary says nothing of, "禁例", neither agree nor disagree.)
        w = agree(p[0], p[1])
        return (w is None or w < 0.15) and (p[0], p[1]) not in forced

    n = 0
    while n < len(out):
        if not unlike(out[n]):
            n += 1
            continue
        m = n
        while m + 1 < len(out) and out[m + 1][0] == out[m][0] + 1 and out[m + 1][1] == out[m][1] + 1 and unlike(out[m + 1]):
            m += 1
        run = out[n:m + 1]
        known = all(agree(i, j) is not None for i, j, _ in run)
        own_z = {i for i, _, _ in run}
        own_e = {j for _, j, _ in run}
        best = None
        for di, dj in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            # (zc[i] with ec[j + 1]: the English's first is left alone, and the Chinese's last
            # unless the English's next is free; the other way round for ec[j - 1].)
            moved = [(i + di, j + dj) for i, j, _ in run]
            end = -1 if di + dj > 0 else 0
            i, j = moved[end]
            if (not (0 <= i < len(zc) and 0 <= j < len(ec)) or (i in taken_z and i not in own_z)
                    or (j in taken_e and j not in own_e)):
                moved.pop(end)
            if not moved or any(i in no_z or j in no_e for i, j in moved):
                continue
            then = [w for w in (agree(i, j) for i, j in moved) if w is not None]
            # (Every word known, before and after the move: it stands on surer ground.)
            sure = known and len(then) == len(moved)
            # (There one pair inside the run may disagree, between two that agree: "八、违规处理"
            # and "7. Enforcement Actions" share no word the dictionary knows.)
            low = [k for k, w in enumerate(then) if w < 0.15]
            inside = sure and len(then) >= 3 and len(low) == 1 and 0 < low[0] < len(then) - 1
            if (len(then) < least - (sure and len(run) >= least) or (low and not inside)
                    or sum(then) / len(then) < (0.35 if sure else 0.5)):
                continue
            if best is None or sum(then) > best[0]:
                best = (sum(then), moved)
        if best is not None:
            taken_z -= {i for i, _, _ in run}
            taken_e -= {j for _, j, _ in run}
            taken_z |= {i for i, _ in best[1]}
            taken_e |= {j for _, j in best[1]}
            out[n:m + 1] = [(i, j, heading_score(zc[i], ec[j])) for i, j in best[1]]
            n += len(best[1])
        else:
            n = m + 1
    return out


def _columns(zc: list[Candidate], ec: list[Candidate], band: float | None, width: int,
             forced: set[tuple[int, int]]) -> tuple[list[int], list[int], list[tuple[int, int]]]:
    """The part of the matching table that is visited, row by row (columns 1-based).

    Row i keeps the columns lo[i]..hi[i]; a pair in it is scored only inside
    inner[i] — within `band` of relative position and at most `width`
    candidates either side of the English candidate at the same position —
    or when it is forced. Neither bound moves left from one row to the next,
    so each cell outside the kept part equals a kept one (the cell at the
    row's right end, or the same column in a row above)."""
    n, m = len(zc), len(ec)
    epos = [c.pos for c in ec]
    if band is None or m == 0 or any(a > b for a, b in zip(epos, epos[1:])):
        inner = [(1, m)] * (n + 1)
    else:
        inner = [(1, 0)]
        slack = band + 1e-9  # the exact test is score()'s
        for z in zc:
            centre = bisect_left(epos, z.pos)
            inner.append((max(bisect_left(epos, z.pos - slack), centre - width) + 1,
                          min(bisect_right(epos, z.pos + slack), centre + width)))
    lo = [min(max(a, 1), m) for a, _ in inner]
    hi = [max(min(b, m), low) for (_, b), low in zip(inner, lo)]
    for i, j in forced:
        lo[i + 1] = min(lo[i + 1], j + 1)
        hi[i + 1] = max(hi[i + 1], j + 1)
    for i in range(n - 1, 0, -1):
        lo[i] = min(lo[i], lo[i + 1])
    for i in range(2, n + 1):
        hi[i] = max(hi[i], hi[i - 1])
    return lo, hi, inner


def _in_gap(c: Candidate, before: Candidate, after: Candidate) -> float:
    """Where c stands between the two candidates around it, from 0 to 1."""
    span = after.pos - before.pos
    return (c.pos - before.pos) / span if span > 0 else 0.5


def _fill_gaps(pairs: list[tuple[int, int, float]], zc: list[Candidate], ec: list[Candidate],
               no_z: set[int] = frozenset(), no_e: set[int] = frozenset(), floor: float = 0.3,
               lines: bool = False) -> list[tuple[int, int, float]]:
    """Order as evidence: between two pairs (or a pair and an end of the document),
    a single heading left on each side at the same place is the same heading,
    even when the dictionary knows neither ("壮大特色产业" / "Growing local industries").
    Between two pairs, two headings of one kind (two first sentences, two
    heading lines) need nothing more; at an end of the document both must be
    heading lines, as everywhere when `lines` is set."""
    out = list(pairs)
    bounds = [(-1, -1)] + [(i, j) for i, j, _ in pairs] + [(len(zc), len(ec))]
    made = Counter((zc[i].heading.strength, ec[j].heading.strength) for i, j, _ in pairs)
    kinds = next((k for k, n in made.items() if n >= 3 and n == len(pairs)), None)  # (every pair made is of one kind)
    for (i0, j0), (i1, j1) in zip(bounds, bounds[1:]):
        zs = [i for i in range(i0 + 1, i1) if i not in no_z]
        es = [j for j in range(j0 + 1, j1) if j not in no_e]
        if len(zs) != len(es) and 0 <= i0 and i1 < len(zc):
            # Between two pairs, one heading line on each side beside first sentences that
            # the other side does not have ("2. 触控操作" beside "轻轻将耳机旋入耳道…" / "3.2 Touch Controls").
            zl = [i for i in zs if zc[i].heading.strength == "strong"]
            el = [j for j in es if ec[j].heading.strength == "strong"]
            if len(zl) == 1 and len(el) == 1 and (len(zl) < len(zs) or len(el) < len(es)):
                zs, es = zl, el
        if len(zs) == 1 and len(es) == 1 and (i0 >= 0 or i1 < len(zc)):
            z, e = zc[zs[0]], ec[es[0]]
            if (i0 < 0 or i1 == len(zc) or lines) and "weak" in (z.heading.strength, e.heading.strength):
                continue  # at an end, a first sentence is no match for an extra section ("How to apply")
            s = heading_score(z, e)
            inside = i0 >= 0 and i1 < len(zc)
            # (Between two pairs, the place in the gap says more than the place in the document,
            # where one language may run longer before it: a Markdown file's tables in English.)
            near = abs(z.pos - e.pos) <= 0.1 or (inside and abs(_in_gap(z, zc[i0], zc[i1]) - _in_gap(e, ec[j0], ec[j1])) <= 0.25)
            if near and (s >= floor or (inside and z.heading.strength == e.heading.strength)):
                out.append((zs[0], es[0], s))
        elif 2 <= len(zs) == len(es) <= 3 and 0 <= i0 and i1 < len(zc):
            # Two or three headings of one kind on each side between two pairs, each at
            # its counterpart's place: the same headings in order ("授權人應注意：…",
            # "被授權人應注意：…" / "Considerations for licensors: …", "… for the public: …").
            cands = [(zc[a], ec[b]) for a, b in zip(zs, es)]
            if all(abs(z.pos - e.pos) <= 0.1 and z.heading.strength == e.heading.strength for z, e in cands):
                out += [(a, b, heading_score(zc[a], ec[b])) for a, b in zip(zs, es)]
        elif 1 <= len(zs) == len(es) <= 3 and kinds:
            # At an end, or of other kinds on each side: the same kinds as the pairs made (the
            # example's shape: first sentences in Chinese, heading lines in English), each at its
            # counterpart's place, where three or more pairs of those kinds are made.
            cands = [(zc[a], ec[b]) for a, b in zip(zs, es)]
            if all(abs(z.pos - e.pos) <= 0.1 and (z.heading.strength, e.heading.strength) == kinds for z, e in cands):
                out += [(a, b, heading_score(zc[a], ec[b])) for a, b in zip(zs, es)]
    return sorted(out)


# --------------------------------------------------------------------------- sections


def flatten(parts: tuple[Part, ...] | list[Part], keep_first_heading: bool) -> tuple[list[Paragraph], set[int]]:
    """Paragraphs of a run of parts; headings not used as section headings go back into the text.

    Returns the paragraphs and the indexes of paragraphs that begin with a
    folded heading (used to find an unheaded closing block).
    """
    paras: list[Paragraph] = []
    folded: set[int] = set()
    for k, part in enumerate(parts):
        h = part.heading
        body = list(part.paragraphs)
        if h is not None and not (k == 0 and keep_first_heading):
            raw = h.raw or h.text
            if h.strength == "weak" and body and body[0].line == h.line:
                first = body.pop(0)
                body.insert(0, Paragraph((raw,) + first.sentences, first.line, first.markdown))
            else:
                body.insert(0, Paragraph((raw,), h.line, h.markdown))
            folded.add(len(paras))
        paras.extend(body)
    return paras, folded


def slugify(text: str, fallback: str) -> str:
    from unicodedata import normalize

    t = normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = rematch.findall(r"[a-z0-9]+", t)
    stop = {"the", "a", "an", "of", "and", "to", "for", "in", "on", "by", "with", "our"}
    words = [w for w in words if w not in stop] or words
    out: list[str] = []
    for w in words[:6]:
        if out and len("-".join(out + [w])) > 48:
            break
        out.append(w[:48])
    return "-".join(out) or fallback


def section_beads(zh_paras: list[Paragraph], en_paras: list[Paragraph], ratio: float | None,
                  pins: RowPins = RowPins()) -> tuple[list[Bead], set[tuple[int, int]]]:
    """Align a section's sentences: the beads, and the (zh, en) positions where a row must start."""
    zu, zb, _ = _units(zh_paras)
    eu, eb, _ = _units(en_paras)
    if pins:
        return constrained_align(zu, eu, zb, eb, ratio, pins)
    return align(zu, eu, zh_breaks=zb, en_breaks=eb, ratio=ratio, max_many=8), set()


def _section_beads(job: tuple) -> tuple[list[Bead], set[tuple[int, int]]]:
    return section_beads(*job)


def alignment_work(zh_paras: list[Paragraph], en_paras: list[Paragraph]) -> float:
    """About how many microseconds aligning a section takes: a fixed part, and the cells
    of its search (the aligner searches every cell of a short section)."""
    n = sum(len(p.sentences) for p in zh_paras)
    m = sum(len(p.sentences) for p in en_paras)
    return 2000.0 + 2.0 * n * m


def build_rows(zh_paras: list[Paragraph], en_paras: list[Paragraph], sec_id: str, ratio: float | None,
               pins: RowPins = RowPins(), aligned: tuple[list[Bead], set[tuple[int, int]]] | None = None
               ) -> list[tuple[Row, int, int]]:
    """Align a section's sentences and group beads into rows (``aligned``: the
    section's ``section_beads``, when computed already).

    Returns rows with the index of the Chinese and English paragraph each row starts in.
    """
    zu, zb, zpar = _units(zh_paras)
    eu, eb, epar = _units(en_paras)
    beads, forced = aligned if aligned is not None else section_beads(zh_paras, en_paras, ratio, pins)
    pinned = set(pins.zh_alone) | {z for z, _ in pins.starts}
    pinned_en = set(pins.en_alone) | {e for _, e in pins.starts}
    zb_all = zb | {0, len(zu)}
    eb_all = eb | {0, len(eu)}
    groups: list[list] = []
    zpos = epos = 0
    prev = None
    for bead in beads:
        if prev is not None:
            zhit, ehit = zpos in zb_all, epos in eb_all
            if (zpos, epos) in forced:
                cut = True
            elif (bead.zh and bead.zh[0] in pins.zh_alone) != (prev.zh and prev.zh[0] in pins.zh_alone) or \
                    (bead.en and bead.en[0] in pins.en_alone) != (prev.en and prev.en[0] in pins.en_alone):
                cut = True
            elif not prev.en and not bead.en:
                cut = zhit
            elif not prev.zh and not bead.zh:
                cut = ehit
            else:
                cut = zhit or ehit
            if cut:
                groups.append([])
        if not groups:
            groups.append([])
        groups[-1].append(bead)
        zpos += len(bead.zh)
        epos += len(bead.en)
        prev = bead
    rows = []
    zindex = {id(p): k for k, p in enumerate(zh_paras)}  # (list.index compares paragraphs field by field)
    eindex = {id(p): k for k, p in enumerate(en_paras)}
    for n, g in enumerate(groups, start=1):
        zi = [i for b in g for i in b.zh]
        ei = [j for b in g for j in b.en]
        score = min(b.score for b in g)
        zline = zpar[zi[0]].line if zi else None
        eline = epar[ei[0]].line if ei else None
        md = any(zpar[i].markdown for i in zi) or any(epar[j].markdown for j in ei)
        is_pinned = bool(pinned & set(zi)) or bool(pinned_en & set(ei))
        row = Row(f"{sec_id}-{n}", _by_paragraph(zi, zu, zpar), _by_paragraph(ei, eu, epar),
                  1.0 if is_pinned else round(score, 3), zline, eline, md, is_pinned)
        rows.append((row, zindex[id(zpar[zi[0]])] if zi else -1, eindex[id(epar[ei[0]])] if ei else -1))
    return rows


def _by_paragraph(ids: list[int], units: list[str], owner: list[Paragraph]) -> tuple[str, ...]:
    """A row's sentences, joined back into one string per source paragraph."""
    out: list[list[str]] = []
    last = None
    for i in ids:
        if owner[i] is not last:
            out.append([])
            last = owner[i]
        out[-1].append(units[i])
    return tuple(join_units(g) for g in out)


def _units(paras: list[Paragraph]):
    units, breaks, owner = [], set(), []
    for p in paras:
        breaks.add(len(units))
        for s in p.sentences:
            units.append(s)
            owner.append(p)
    breaks.discard(0)
    return units, breaks, owner



def odd_pairs(zc, ec, pairs, name: str) -> list[Diagnostic]:
    """A pair whose heading in one language is a sentence, where the pairs of the
    same kind in the other language have lines of their own, is the likeliest
    mistake of the pairing: a heading missing on one side (a section only one
    language has, a heading line lost) gets paired with a sentence that looks like
    one. Said as a warning when such pairs are few among their kind. (Pairs of
    sentences on both sides, a law's articles under its chapters' lines, are right.)"""
    out = []
    kinds = [(zc[i].heading.strength, ec[j].heading.strength) for i, j, _ in pairs]
    for lang, side in (("English", 1), ("Chinese", 0)):
        for other_kind in ("strong", "weak"):
            group = [k for k, kk in enumerate(kinds) if kk[1 - side] == other_kind]
            mine = [kinds[k][side] for k in group]
            if mine.count("strong") >= 2 and 0 < mine.count("weak") * 3 <= mine.count("strong"):
                for k in group:
                    if kinds[k][side] == "weak":
                        z, e = zc[pairs[k][0]].heading, ec[pairs[k][1]].heading
                        out.append(Diagnostic("warning", f"{z.text[:30]!r} was paired with {e.text[:40]!r}; the {lang} side is "
                                              f"a sentence where the other {lang} headings of such pairs are lines of their "
                                              f"own: check this pair", (e if side else z).line, name))
    return out


def pair(source: Source, zh: Outline, en: Outline, corrections: Corrections = NONE) -> Bitext:
    diags: list[Diagnostic] = list(source.diagnostics)
    name = source.name
    blocks = source.blocks
    zh = guarded(lambda: split_joined(zh, blocks), zh, diags, name, "separating joined Chinese heading lines")
    en = guarded(lambda: parallel_runins(split_joined(en, blocks), zh_runin_runs(zh), zh_numbered_runins(zh), zh_counted_runs(zh)), en, diags, name,
                 "finding English run-in headings")
    if source.layout == "interleaved":
        zh, en = (guarded(lambda: joined_as_the_other(zh, en, blocks), zh, diags, name, "joining Chinese heading lines as the English"),
                  guarded(lambda: joined_as_the_other(en, zh, blocks), en, diags, name, "joining English heading lines as the Chinese"))
    zskip = guarded(lambda: not_headings(zh, blocks, source.subtitles), set(), diags, name,
                    "setting aside Chinese lines that head nothing")
    partner = guarded(lambda: interleaved_partners(blocks), {}, diags, name, "finding each block's translation") if (
        source.layout == "interleaved") else {}
    if partner:
        en = guarded(lambda: adjacent_runins(en, zh, zskip, blocks, partner), en, diags, name, "finding English run-ins beside Chinese ones")
    eskip = guarded(lambda: not_headings(en, blocks, source.subtitles), set(), diags, name,
                    "setting aside English lines that head nothing")
    zskip = zskip - guarded(lambda: counted_headings_in_english(zh, en, zskip, eskip), set(), diags, name,
                            "keeping Chinese run-ins that count as the English does")
    # Articles whose bare number opens their text are numbered paragraphs: in both languages, and
    # where one language runs them in while the other prints "Article 1" on a line of its own
    # (most people who list such a law's headings leave them out in either language).
    zb, eb = runin_articles(zh, zskip), runin_articles(en, eskip)
    if zb and eb:
        zskip, eskip = zskip | zb, eskip | eb
    elif _runs_in(zh, zb) or _runs_in(en, eb):
        zskip, eskip = zskip | bare_articles(zh, zskip), eskip | bare_articles(en, eskip)
    ec = candidates(en, eskip)
    zc = word_kinds(candidates(zh, zskip), ec)
    forced, no_z, no_e, cdiags = resolve_headings(corrections, [c.heading.raw or c.heading.text for c in zc],
                                                  [c.heading.raw or c.heading.text for c in ec])
    diags += cdiags
    forced = set(forced) | guarded(lambda: same_line_pairs(zc, ec, source.layout, no_z, no_e, blocks, partner), set(), diags, name,
                                   "pairing headings on one line")
    pairs = guarded(lambda: pair_headings(zc, ec, forced=forced, no_z=no_z, no_e=no_e), [], diags, name,
                    "pairing the headings (the report is one section)")
    paired_z = {zc[i].part for i, _, _ in pairs}
    paired_e = {ec[j].part for _, j, _ in pairs}
    # A heading line left alone is worth a warning; a sentence shaped like a run-in
    # heading left alone is most often just a sentence (said as information).
    for lang, other, cands, paired, width in (("Chinese", "English", zc, paired_z, 30), ("English", "Chinese", ec, paired_e, 40)):
        for c in cands:
            if c.part not in paired:
                kind = "heading" if c.heading.strength == "strong" else "heading-shaped sentence"
                diags.append(Diagnostic("info" if c.heading.strength == "weak" else "warning",
                                        f"{lang} {kind} {c.heading.text[:width]!r} has no {other} counterpart; kept as text",
                                        c.heading.line, name))
    diags += odd_pairs(zc, ec, pairs, name)
    nz = sum(1 for c in zc if c.heading.strength == "strong")
    ne = sum(1 for c in ec if c.heading.strength == "strong")
    if nz and ne and nz != ne:
        diags.append(Diagnostic("warning", f"the two structures disagree: {nz} Chinese headings against {ne} English headings", None, name))

    # Cut both outlines at the paired headings.
    zcuts = [0] + [zc[i].part for i, _, _ in pairs] + [len(zh.parts)]
    ecuts = [0] + [ec[j].part for _, j, _ in pairs] + [len(en.parts)]
    all_zu = [s for part in zh.parts for p in part.paragraphs for s in p.sentences]
    all_eu = [s for part in en.parts for p in part.paragraphs for s in p.sentences]
    ratio = (sum(anchors.char_len(t, "en") for t in all_eu) or 1) / (sum(anchors.char_len(t, "zh") for t in all_zu) or 1) if all_zu and all_eu else None

    flat = [(flatten(zh.parts[zcuts[k]:zcuts[k + 1]], k > 0), flatten(en.parts[ecuts[k]:ecuts[k + 1]], k > 0))
            for k in range(len(zcuts) - 1)]
    row_pins, rdiags = resolve_rows(corrections, [(_units(z)[0], _units(e)[0]) for (z, _), (e, _) in flat])
    diags += rdiags

    # The sections' alignments are independent: long reports share them with a second process.
    jobs = [k for k in range(len(flat)) if flat[k][0][0] or flat[k][1][0]]
    beads = dict(zip(jobs, parallel.map_shared(
        _section_beads, [(flat[k][0][0], flat[k][1][0], ratio, row_pins[k]) for k in jobs],
        [alignment_work(flat[k][0][0], flat[k][1][0]) for k in jobs])))

    sections: list[Section] = []
    used_ids: set[str] = set(RESERVED_IDS)
    for k in range(len(zcuts) - 1):
        headed = k > 0
        (zparas, zfold), (eparas, efold) = flat[k]
        if headed:
            hz, he, hs = zc[pairs[k - 1][0]].heading, ec[pairs[k - 1][1]].heading, pairs[k - 1][2]
            base = slugify(he.text, f"section-{k}")
        else:
            hz = he = None
            hs = 1.0
            base = "intro"
        sid = _unique(base, used_ids)
        if not zparas and not eparas and not headed:
            continue
        rows = build_rows(zparas, eparas, sid, ratio, row_pins[k], beads[k]) if (zparas or eparas) else []
        # Ids are one namespace: a row's "scope-2" must not be a later section's
        # "scope-2" (a repeated heading) nor an earlier section's ("Scope 2").
        rows = [(r if r.id not in used_ids else replace(r, id=_unique(r.id, used_ids)), zp, ep) for r, zp, ep in rows]
        used_ids.update(r.id for r, _, _ in rows)
        # An unheaded closing block: in the last section, a folded heading-shaped
        # paragraph that starts a row starts the closing text.
        split_at = None
        if k == len(zcuts) - 2 and headed:
            for idx, (row, zp, ep) in enumerate(rows):
                if idx > 0 and ((zp in zfold and row.zh and row.zh[0].startswith(zparas[zp].sentences[0]))
                                or (ep in efold and row.en and row.en[0].startswith(eparas[ep].sentences[0]))):
                    split_at = idx
                    break
        plain = [r for r, _, _ in rows]
        if split_at is not None:
            main, tail = plain[:split_at], plain[split_at:]
        else:
            main, tail = plain, []
        sections.append(Section(sid, sid, hz.text if hz else None, he.text if he else None, tuple(main), round(hs, 3),
                                bool(hz and hz.markdown) or bool(he and he.markdown),
                                hz.line if hz else None, he.line if he else None))
        if tail:
            cid = _unique("closing", used_ids)
            tail = [replace(r, id=_unique(f"{cid}-{n}", used_ids)) for n, r in enumerate(tail, 1)]
            sections.append(Section(cid, cid, None, None, tuple(tail)))

    for sec in sections:
        for r in sec.rows:
            if not r.en and r.zh:
                diags.append(Diagnostic("info", f"Chinese text with no English counterpart: {r.zh[0][:30]!r}", r.line_zh, name))
            elif not r.zh and r.en:
                diags.append(Diagnostic("info", f"English text with no Chinese counterpart: {r.en[0][:40]!r}", r.line_en, name))
            elif r.score < LOW_SCORE:
                diags.append(Diagnostic("warning", f"low-confidence row {r.id} (score {r.score:.2f})", r.line_zh, name))
    return Bitext(name=name, meta=source.meta, sections=tuple(sections), removed=source.removed,
                  diagnostics=tuple(diags), layout=source.layout, encoding=source.encoding,
                  stats={"headings_zh": len(zc), "headings_en": len(ec), "pairs": len(pairs), "layout_reason": source.layout_reason,
                         "strong_zh": nz, "strong_en": ne})


# Ids the pages use for themselves: a section named "Top" must not take the page title's anchor.
RESERVED_IDS = frozenset({"top", "not-found"})


def _unique(base: str, used: set[str]) -> str:
    sid, n = base, 2
    while sid in used:
        sid = f"{base}-{n}"
        n += 1
    used.add(sid)
    return sid
