"""Corrections: a small, human-editable file beside a report that pins or
overrides pairings by content.

    # report.align.yml — beside report.txt
    headings:
      - zh: 坚持政治引领            # a Chinese heading candidate containing this text…
        en: Upholding Political      # …is paired with the English one containing this
      - zh: 新重慶建设蹄疾步稳
        en: null                     # this heading-shaped sentence is not a heading
    rows:
      - zh: 我们在服务元首外交中      # the Chinese sentence containing this text…
        en: We have contributed      # …starts a row with the English sentence containing this
      - zh: 3月,重庆市委书记
        en: null                     # this Chinese sentence has no translation
      - zh: null
        en: Automobiles designed     # this English sentence has no Chinese source

Snippets are matched against the text (whitespace ignored), so a correction
survives rebuilds and edits elsewhere in the report. A snippet that matches
nothing, or more than one place, is reported and the correction is skipped.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Sequence


from .align import Bead, align
from .model import Diagnostic


@dataclass(frozen=True)
class Pin:
    kind: Literal["heading", "row"]
    zh: str | None
    en: str | None
    line: int | None = None


@dataclass(frozen=True)
class Corrections:
    file: str | None = None
    pins: tuple[Pin, ...] = ()

    def of(self, kind: str) -> list[Pin]:
        return [p for p in self.pins if p.kind == kind]


NONE = Corrections()


class CorrectionsError(Exception):
    pass


def path_for(report: str | Path) -> Path:
    """report.txt → report.align.yml, in the same folder."""
    p = Path(report)
    return p.with_name(p.stem + ".align.yml")


def load(path: str | Path | None) -> Corrections:
    """Read a corrections file; a missing file means no corrections."""
    if path is None:
        return NONE
    p = Path(path)
    if not p.exists():
        return NONE
    import yaml  # here, not at the top: a report without corrections does without it

    name = str(p)
    try:
        text = p.read_text(encoding="utf-8-sig")
        node = yaml.compose(text)
        data = yaml.safe_load(text) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as e:
        raise CorrectionsError(f"{name}: cannot read the corrections: {e}") from None
    if not isinstance(data, dict) or set(data) - {"headings", "rows"}:
        raise CorrectionsError(f"{name}: expected the keys 'headings' and/or 'rows'")
    lines = _item_lines(node)
    pins = []
    for kind in ("headings", "rows"):
        items = data.get(kind) or []
        if not isinstance(items, list):
            raise CorrectionsError(f"{name}: '{kind}' must be a list")
        for n, item in enumerate(items):
            line = lines.get((kind, n))
            if not isinstance(item, dict) or set(item) - {"zh", "en"} or not {"zh", "en"} <= set(item):
                raise CorrectionsError(f"{name}:{line}: each entry needs 'zh' and 'en' (text or null)")
            zh, en = item["zh"], item["en"]
            for v in (zh, en):
                if v is not None and not isinstance(v, (str, int, float)):
                    raise CorrectionsError(f"{name}:{line}: 'zh' and 'en' must be text or null")
            if zh is None and en is None:
                raise CorrectionsError(f"{name}:{line}: 'zh' and 'en' cannot both be null")
            pins.append(Pin("heading" if kind == "headings" else "row",
                            None if zh is None else str(zh), None if en is None else str(en), line))
    return Corrections(name, tuple(pins))


def _item_lines(node) -> dict[tuple[str, int], int]:
    import yaml

    out: dict[tuple[str, int], int] = {}
    if node is None or not hasattr(node, "value") or not isinstance(node.value, list):
        return out
    for key, value in node.value:
        if isinstance(value, yaml.SequenceNode):
            for n, item in enumerate(value.value):
                out[(key.value, n)] = item.start_mark.line + 1
    return out


def squash(text: str) -> str:
    return "".join(text.split())


def find(snippet: str, texts: Sequence[str]) -> list[int]:
    """Indexes of the texts that contain the snippet (whitespace ignored)."""
    s = squash(snippet)
    return [i for i, t in enumerate(texts) if s and s in squash(t)]


def diagnostic(c: Corrections, pin: Pin, why: str) -> Diagnostic:
    what = f"zh {pin.zh!r}" if pin.zh is not None else f"en {pin.en!r}"
    return Diagnostic("warning", f"correction ({what}) no longer applies: {why}", pin.line, c.file)


@dataclass(frozen=True)
class RowPins:
    """Row corrections resolved to unit indexes of one section."""

    starts: tuple[tuple[int, int], ...] = ()  # (zh unit, en unit) that start a row together
    zh_alone: frozenset[int] = frozenset()  # zh units with no translation
    en_alone: frozenset[int] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.starts or self.zh_alone or self.en_alone)


def constrained_align(zu: list[str], eu: list[str], zb: set[int], eb: set[int], ratio: float | None,
                      pins: RowPins, max_many: int = 8) -> tuple[list[Bead], set[tuple[int, int]]]:
    """Align with the pins honoured: the sequences are cut at each pinned start and
    aligned piece by piece; pinned lone units become beads of their own.

    Returns the beads and the (zh, en) positions where a row must start."""
    cuts = sorted(set(pins.starts))
    bounds = [(0, 0)] + cuts + [(len(zu), len(eu))]
    beads: list[Bead] = []
    for (z0, e0), (z1, e1) in zip(bounds, bounds[1:]):
        zi = [i for i in range(z0, z1) if i not in pins.zh_alone]
        ej = [j for j in range(e0, e1) if j not in pins.en_alone]
        part = align([zu[i] for i in zi], [eu[j] for j in ej],
                     zh_breaks={k for k, i in enumerate(zi) if i in zb},
                     en_breaks={k for k, j in enumerate(ej) if j in eb}, ratio=ratio, max_many=max_many) if (zi or ej) else []
        mapped = [Bead(tuple(zi[k] for k in b.zh), tuple(ej[k] for k in b.en), b.score) for b in part]
        mapped += [Bead((i,), (), 1.0) for i in range(z0, z1) if i in pins.zh_alone]
        mapped += [Bead((), (j,), 1.0) for j in range(e0, e1) if j in pins.en_alone]
        # Order beads by position: a lone unit goes where its index falls.
        mapped.sort(key=lambda b: (min(b.zh) if b.zh else _en_anchor(b, mapped), min(b.en) if b.en else -1))
        beads += mapped
    return beads, set(cuts)


def _en_anchor(bead: Bead, beads: list[Bead]) -> float:
    """Sort key on the Chinese axis for a bead with no Chinese: just after the
    last bead whose English comes before it."""
    j = bead.en[0]
    before = [max(b.zh) for b in beads if b.zh and b.en and max(b.en) < j]
    return (max(before) + 0.5) if before else -0.5


def _not_unique(zh_hits, en_hits, many, none) -> str | None:
    """Why a correction's snippets do not name exactly one place (None when they do).
    many(n) and none are messages with %s for the language."""
    for lang, hits in (("Chinese", zh_hits), ("English", en_hits)):
        if hits is not None and len(hits) != 1:
            return (many(len(hits)) if hits else none) % lang
    return None


def resolve_headings(c: Corrections, zh_texts: Sequence[str], en_texts: Sequence[str]):
    """Heading corrections → (forced (zh, en) candidate pairs, zh candidates that are
    not headings, en candidates that are not headings, diagnostics)."""
    forced: set[tuple[int, int]] = set()
    no_z: set[int] = set()
    no_e: set[int] = set()
    diags: list[Diagnostic] = []
    for pin in c.of("heading"):
        zi = find(pin.zh, zh_texts) if pin.zh is not None else None
        ej = find(pin.en, en_texts) if pin.en is not None else None
        why = _not_unique(zi, ej, lambda n: f"{n} %s heading candidates match", "no %s heading candidate matches")
        if why:
            diags.append(diagnostic(c, pin, why))
            continue
        if zi is not None and ej is not None:
            forced.add((zi[0], ej[0]))
        elif zi is not None:
            no_z.add(zi[0])
        else:
            no_e.add(ej[0])
    return forced, no_z, no_e, diags


def resolve_rows(c: Corrections, sections: Sequence[tuple[Sequence[str], Sequence[str]]]):
    """Row corrections → one RowPins per section (given as (zh units, en units)), and diagnostics."""
    starts: list[set] = [set() for _ in sections]
    zalone: list[set] = [set() for _ in sections]
    ealone: list[set] = [set() for _ in sections]
    diags: list[Diagnostic] = []

    def locate(snippet: str | None, lang: int):
        if snippet is None:
            return None
        hits = [(k, i) for k, sec in enumerate(sections) for i in find(snippet, sec[lang])]
        return hits

    for pin in c.of("row"):
        zh, en = locate(pin.zh, 0), locate(pin.en, 1)
        why = _not_unique(zh, en, lambda n: f"the %s text matches {n} sentences", "no %s sentence matches")
        if why:
            diags.append(diagnostic(c, pin, why))
            continue
        if zh is not None and en is not None:
            if zh[0][0] != en[0][0]:
                diags.append(diagnostic(c, pin, "the two texts are in different sections"))
                continue
            starts[zh[0][0]].add((zh[0][1], en[0][1]))
        elif zh is not None:
            zalone[zh[0][0]].add(zh[0][1])
        else:
            ealone[en[0][0]].add(en[0][1])
    out = []
    for k in range(len(sections)):
        ordered = sorted(starts[k])
        keep = []
        for z, e in ordered:  # pins must be monotone in both languages
            if keep and e <= keep[-1][1]:
                diags.append(Diagnostic("warning", f"correction pairs cross another correction; skipped (zh unit {z})", None, c.file))
                continue
            keep.append((z, e))
        out.append(RowPins(tuple(keep), frozenset(zalone[k]), frozenset(ealone[k])))
    return out, diags
