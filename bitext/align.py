"""The aligner: the best monotone path of beads over two sequences of units.

The search knows nothing of files or languages; the evidence that two units
correspond comes from `anchors`.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

from . import anchors

SKIP_COST = 2.2


def bead_shapes(max_many: int = 4) -> list[tuple[int, int]]:
    """Bead sizes tried: 1–1 up to 1–max_many / max_many–1, 2–2, 2–3, 3–2,
    and runs of up to 4 unmatched units in one language."""
    shapes = [(1, 1), (1, 0), (0, 1), (2, 2), (2, 3), (3, 2)]
    for k in range(2, max_many + 1):
        shapes += [(1, k), (k, 1)]
    for k in range(2, 5):
        shapes += [(k, 0), (0, k)]
    return shapes


@dataclass(frozen=True)
class Bead:
    zh: tuple[int, ...]
    en: tuple[int, ...]
    score: float


def doc_ratio(zh: Sequence[str], en: Sequence[str]) -> float:
    zl = sum(anchors.char_len(t, "zh") for t in zh) or 1
    el = sum(anchors.char_len(t, "en") for t in en) or 1
    return el / zl


def bead_cost(z: anchors.ZhFeatures, e: anchors.EnFeatures, nz: int, ne: int, ratio: float) -> float:
    if nz == 0 or ne == 0:
        return SKIP_COST + 0.5 * (nz + ne - 1)
    cost = anchors.length_cost(z.length, e.length, ratio) * 2.0
    lex = anchors.lexical_sim(z, e)
    if lex is not None:
        cost += (0.45 - lex) * 4.0
    ns = anchors.set_sim(z.numbers, e.numbers)
    if ns is not None:
        cost += (0.5 - ns) * 1.5
    nm = anchors.name_sim(z, e)
    if nm is not None:
        cost += (0.5 - nm) * 1.0
    cost += 0.35 * (nz + ne - 2)  # prefer 1-1 beads when the evidence is equal
    return max(cost, 0.0)


def align(zh: Sequence[str], en: Sequence[str], *, zh_breaks: set[int] | None = None,
          en_breaks: set[int] | None = None, ratio: float | None = None, max_many: int = 4) -> list[Bead]:
    """Align two unit sequences. Breaks are unit indices where a paragraph starts;
    bead boundaries that fall on a break in both languages are preferred."""
    n, m = len(zh), len(en)
    ratio = ratio or doc_ratio(zh, en)
    zb = zh_breaks or set()
    eb = en_breaks or set()
    shapes = bead_shapes(max_many)
    zf = [anchors.zh_features(t) for t in zh]
    ef = [anchors.en_features(t) for t in en]
    INF = float("inf")
    cost = [[INF] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            c0 = cost[i][j]
            if c0 == INF:
                continue
            for di, dj in shapes:
                a, b = i + di, j + dj
                if a > n or b > m:
                    continue
                c = c0 + bead_cost(anchors.merge_zh(zf[i:a]), anchors.merge_en(ef[j:b]), di, dj, ratio)
                # Crossing a paragraph break inside a bead costs a little.
                w = 2.0 if (di == 0 or dj == 0) else 1.5
                c += w * sum(1 for k in range(i + 1, a) if k in zb)
                c += w * sum(1 for k in range(j + 1, b) if k in eb)
                if c < cost[a][b]:
                    cost[a][b] = c
                    back[a][b] = (i, j)
    beads: list[Bead] = []
    a, b = n, m
    while (a, b) != (0, 0):
        prev = back[a][b]
        assert prev is not None
        i, j = prev
        c = cost[a][b] - cost[i][j]
        beads.append(Bead(tuple(range(i, a)), tuple(range(j, b)), math.exp(-c / 2.0)))
        a, b = i, j
    beads.reverse()
    return beads
