"""Scoring sentence alignments against gold beads.

The semantics follow vecalign's ``score.py`` (Thompson & Koehn 2019), the
usual yardstick of the sentence-alignment literature:

- a test bead is a *strict* hit when it equals a gold bead;
- it is a *lax* hit when it shares a target sentence with a gold bead of one
  of its source sentences;
- precision counts every bead with at least one non-empty side; recall is
  precision with the roles swapped and the beads with an empty side left out;
- counts are summed over all documents before dividing (micro-average).

Files hold one bead per line, ``[0,1]:[2]`` (source ids : target ids).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence
from .cache import rx

Bead = tuple[tuple[int, ...], tuple[int, ...]]

BEAD_RE = rx(r"^\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]\s*$")


def parse_beads(text: str) -> list[Bead]:
    """Parse ``[0,1]:[0]`` lines; blank lines are ignored, anything else is an error."""
    out: list[Bead] = []
    for no, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        m = BEAD_RE.match(line)
        if not m:
            raise ValueError(f"line {no}: not a bead: {line!r}")
        out.append((_ids(m.group(1)), _ids(m.group(2))))
    return out


def _ids(s: str) -> tuple[int, ...]:
    return tuple(int(x) for x in s.replace(" ", "").split(",") if x)


def format_bead(zh: Iterable[int], en: Iterable[int]) -> str:
    return f"[{','.join(map(str, zh))}]:[{','.join(map(str, en))}]"


def _counts(gold: Sequence[Bead], test: Sequence[Bead]) -> tuple[int, int, int, int]:
    """(strict hits, strict misses, lax hits, lax misses) of `test` against `gold`."""
    test_set = {(tuple(s), tuple(t)) for s, t in test if s or t}
    gold_set = {(tuple(s), tuple(t)) for s, t in gold if s or t}
    src_to_tgt: dict[int, set[int]] = defaultdict(set)
    for s, t in gold_set:
        for i in s:
            src_to_tgt[i].update(t)
    tps = fps = tpl = fpl = 0
    for s, t in test_set:
        if (s, t) in gold_set:
            tps += 1
            tpl += 1
            continue
        fps += 1
        reach: set[int] = set()
        for i in s:
            reach |= src_to_tgt.get(i, set())
        if reach.intersection(t):
            tpl += 1
        else:
            fpl += 1
    return tps, fps, tpl, fpl


@dataclass(frozen=True)
class Scores:
    strict_p: float
    strict_r: float
    strict_f: float
    lax_p: float
    lax_r: float
    lax_f: float
    documents: int

    def format(self) -> str:
        return (f"documents: {self.documents}\n"
                f"strict  precision {self.strict_p:.4f}  recall {self.strict_r:.4f}  F1 {self.strict_f:.4f}\n"
                f"lax     precision {self.lax_p:.4f}  recall {self.lax_r:.4f}  F1 {self.lax_f:.4f}")


def _div(a: float, b: float) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return _div(2 * p * r, p + r)


def score(pairs: Sequence[tuple[Sequence[Bead], Sequence[Bead]]]) -> Scores:
    """Micro-averaged scores over (gold, test) bead lists, one pair per document."""
    p = [0, 0, 0, 0]
    r = [0, 0, 0, 0]
    for gold, test in pairs:
        for k, v in enumerate(_counts(gold, test)):
            p[k] += v
        full_gold = [b for b in gold if b[0] and b[1]]
        full_test = [b for b in test if b[0] and b[1]]
        for k, v in enumerate(_counts(full_test, full_gold)):
            r[k] += v
    sp, lp = _div(p[0], p[0] + p[1]), _div(p[2], p[2] + p[3])
    sr, lr = _div(r[0], r[0] + r[1]), _div(r[2], r[2] + r[3])
    return Scores(sp, sr, _f1(sp, sr), lp, lr, _f1(lp, lr), len(pairs))


def read_dir(path: str | Path) -> dict[str, list[Bead]]:
    """Bead files of a folder by name (a file ``NNN.align`` is known as ``NNN``)."""
    out = {}
    for f in sorted(Path(path).iterdir()):
        if f.is_file() and not f.name.startswith("."):
            out[f.name.removesuffix(".align")] = parse_beads(f.read_text(encoding="utf-8"))
    return out


def score_dirs(gold_dir: str | Path, test_dir: str | Path) -> Scores:
    """Score every gold file against the test file of the same name (a missing one is an error)."""
    gold = read_dir(gold_dir)
    test = read_dir(test_dir)
    if not gold:
        raise ValueError(f"{gold_dir}: no gold files")
    missing = sorted(set(gold) - set(test))
    if missing:
        raise ValueError(f"{test_dir}: no alignment for {', '.join(missing)}")
    return score([(gold[k], test[k]) for k in gold])
