"""Heading-pair F1 over the layout fixtures, per fixture and per layout.

Each fixture NAME.EXT (or a folder NAME/ holding zh.* and en.*, or two files
NAME.zh.EXT and NAME.en.EXT) in
tests/fixtures/layouts has NAME.pairs.json: the heading pairs a person made,
[[zh, en], ...], and may have NAME.notes.md, the writer's notes on it. A pair
found counts when both headings equal the expected ones (spaces collapsed, a
final colon dropped), as often as it is expected. Prints precision, recall and F1; micro-averaged.

The document's title is a pair too: bitext takes it out of the sections and
shows it, in both languages, as the title of the page. Some people list it as
the first pair and some leave it out, so the title bitext took counts as a
found pair only where the person's pairs name it (a wrong title then shows as
a missed pair, not as an extra one).

An article with no title whose number opens its text in both languages
("第一条　为了……" / "Article 1 This Law …") is a numbered paragraph for bitext, not
a section: most people who list a law's headings leave such articles out. An
article's number on a line of its own ("第 1 條" over its text) is a heading, as
people list it. Some people list those and some do not; `--no-bare-articles`
drops pairs of two bare article numbers from both sides, to score a person's
pairs made the other way (titled articles, "第一条 定义" / "Article 1
Definitions", count either way).

    .venv/bin/python bench/headings_eval.py [--no-bare-articles] [FIXTURE_DIR]
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bitext.pipeline import process  # noqa: E402
from bitext.read import read, read_pair  # noqa: E402
from bitext.segment import ARTICLE_NUMBER  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "layouts"
# Files beside a fixture that are not the document: the pairs, the writer's notes.
SIDE_FILES = (".pairs.json", ".notes.md")


def norm(t: str | None) -> str:
    """Spaces collapsed and a final colon or full stop dropped: bitext shows a label
    heading ("安装底座：") without its colon and a run-in sentence ("稳定就业。") without
    its full stop, and a person may write either way. A space
    between two Chinese characters says nothing either (a title joined from two lines
    is written "港灣銀行有限公司 私隱政策聲明" by one person and without the space by another;
    "……义务 ——刘某某诉……案", a case's name after a dash on its own line, likewise; and one
    beside Chinese punctuation, "附录 A （资料性）"; nor one between a Chinese label's number or
    letter and the title after it, "附表1 費用" joined from "附表1" over "費用", which most
    people write with the space and some without).
    Nor do a Markdown heading's code marks (bitext shows "The `Grid` Object" as "The Grid
    Object", its code set as code) or a pictograph before it ("🤝 参与贡献"), which people
    leave out of a heading's name."""
    t = "".join(c for c in (t or "").replace("`", "") if unicodedata.category(c) != "So" and c != "\ufe0f")
    t = " ".join(t.split()).rstrip(":：。.").rstrip()
    t = re.sub(r"(?<=[\u3400-\u9fff\u3000-\u303f\uff00-\uffef\u2010-\u2027]) (?=[\u3400-\u9fff\u3000-\u303f\uff00-\uffef\u2010-\u2027])", "", t)
    t = re.sub(r"(?<=[\u3400-\u9fff][0-9A-Z]) (?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff][0-9]{2}) (?=[\u3400-\u9fff])", "", t)
    return re.sub(r" (?=[\u3000-\u303f\uff00-\uffef])|(?<=[\u3000-\u303f\uff00-\uffef]) ", "", t)


def fixtures(folder: Path = FIXTURES):
    """(name, loader, expected pairs) for every fixture with a pairs file."""
    for gold in sorted(folder.glob("*.pairs.json")):
        name = gold.name.removesuffix(".pairs.json")
        expected = [(norm(z), norm(e)) for z, e in json.loads(gold.read_text(encoding="utf-8"))]
        d = folder / name
        if d.is_dir():
            zh = next(d.glob("zh.*"))
            en = next(d.glob("en.*"))
            yield name, (lambda zh=zh, en=en: read_pair(zh, en)), expected
            continue
        # Two files side by side: NAME.zh.txt and NAME.en.txt (or NAME.zh-TW.md, NAME.en-GB.md).
        zh = sorted(p for p in folder.glob(name + ".zh*.*") if re.fullmatch(r"zh(?:[-_][A-Za-z]{2,4})?", p.name[len(name) + 1:].split(".")[0]))
        en = sorted(p for p in folder.glob(name + ".en*.*") if re.fullmatch(r"en(?:[-_][A-Za-z]{2,4})?", p.name[len(name) + 1:].split(".")[0]))
        if zh and en:
            yield name, (lambda zh=zh[0], en=en[0]: read_pair(zh, en)), expected
            continue
        src = next(p for p in sorted(folder.glob(name + ".*")) if not p.name.endswith(SIDE_FILES))
        yield name, (lambda src=src: read(src)), expected


def found_pairs(source, expected: list[tuple[str, str]] | None = None) -> tuple[list[tuple[str, str]], str]:
    b = process(source)
    return pairs_of(b, expected), b.layout


def pairs_of(b, expected: list[tuple[str, str]] | None = None) -> list[tuple[str, str]]:
    """The heading pairs of a processed document, with its title first where expected names it."""
    got = [(norm(s.heading_zh), norm(s.heading_en)) for s in b.sections if s.heading_zh and s.heading_en]
    title = (norm(b.meta.title_zh), norm(b.meta.title_en))
    if expected is not None and all(title) and Counter(expected)[title] > Counter(got)[title]:
        got.insert(0, title)  # the title, where the person counts it as a pair
    return got


BARE_ARTICLE = (re.compile(ARTICLE_NUMBER["zh"]), re.compile(ARTICLE_NUMBER["en"]))  # what bitext reads as an article's number


def bare_article(pair: tuple[str, str]) -> bool:
    return bool(BARE_ARTICLE[0].fullmatch(pair[0]) and BARE_ARTICLE[1].fullmatch(pair[1]))


def prf(tp: int, found: int, expected: int) -> tuple[float, float, float]:
    p = tp / found if found else 1.0
    r = tp / expected if expected else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main(argv: list[str]) -> int:
    no_bare = "--no-bare-articles" in argv
    argv = [a for a in argv if a != "--no-bare-articles"]
    folder = Path(argv[0]) if argv else FIXTURES
    tot = [0, 0, 0]
    by_layout: dict[str, list[int]] = {}
    print(f"{'fixture':36} {'layout':12} {'P':>6} {'R':>6} {'F1':>6}")
    for name, load, expected in fixtures(folder):
        got, layout = found_pairs(load(), expected)
        if no_bare:
            got = [x for x in got if not bare_article(x)]
            expected = [x for x in expected if not bare_article(x)]
        # Counted as multisets: a pair a document repeats (each release's
        # "新功能 | New Features") counts as often as it is found and expected.
        tp = sum((Counter(got) & Counter(expected)).values())
        p, r, f = prf(tp, len(got), len(expected))
        print(f"{name:36} {layout:12} {p:6.3f} {r:6.3f} {f:6.3f}")
        extra, missed = Counter(got) - Counter(expected), Counter(expected) - Counter(got)
        for (z, e), mark in sorted([(k, "+") for k in extra.elements()] + [(k, "-") for k in missed.elements()]):
            print(f"    {mark} {z} | {e}")
        for acc in (tot, by_layout.setdefault(layout, [0, 0, 0])):
            acc[0] += tp
            acc[1] += len(got)
            acc[2] += len(expected)
    print()
    for layout, (tp, g, e) in sorted(by_layout.items()):
        p, r, f = prf(tp, g, e)
        print(f"{'layout ' + layout:49} {p:6.3f} {r:6.3f} {f:6.3f}")
    p, r, f = prf(*tot)
    print(f"{'overall (micro)':49} {p:6.3f} {r:6.3f} {f:6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
