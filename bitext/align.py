"""The aligner: the best monotone path of beads over two sequences of units.

The search knows nothing of files or languages. It is given, for each unit, a
vector in a space both languages share (bags of evidence keys from
``anchors``, or sentence embeddings in the neural mode) and a length; the
similarity of a bead of several units is the cosine of the summed vectors,
which block sums of the unit-to-unit dot products give exactly, so beads up
to 1–8 cost no more to score than 1–1 ones.

The search is banded (as in Vecalign): a short input is searched whole; a
long one is first aligned coarsely, on blocks of consecutive units, and then
searched again at full resolution only in a band around the coarse path, so
time and memory grow linearly with the length of the document.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable, Sequence

import numpy as np
from scipy import sparse

from . import anchors


@dataclass(frozen=True)
class Bead:
    zh: tuple[int, ...]
    en: tuple[int, ...]
    score: float


@dataclass(frozen=True)
class Params:
    """Weights of the cost of a bead (tuned on development data, never on test sets)."""

    sim: float = 4.0  # weight of (1 - normalised cosine)
    length: float = 1.0  # weight of the squared log length ratio, over its variance
    length_sd: float = 0.35  # spread of log(en/zh·ratio) for true translations
    skip: float = 3.2  # a unit left without counterpart
    many: float = 0.45  # per unit beyond 1–1 in a bead
    no_evidence: float = 0.55  # cosine assumed for units without any key
    breaks: float = 4.0  # a bead that crosses a paragraph break, per break
    skip_more: float = 0.8  # each further unit of a whole paragraph left untranslated
    mismatch: float = 2.0  # a bead that ends at a paragraph break in one language only
    kind_weights: dict = field(default_factory=lambda: {"dict": 1.0, "number": 2.0, "latin": 2.0, "name": 1.5})


DEFAULT = Params()
FULL_CELLS = 1_500_000  # inputs up to this many cells are searched whole
COARSE_CELLS = 250_000  # size of the coarse first pass


def bead_shapes(max_many: int = 4) -> list[tuple[int, int]]:
    """Bead sizes tried: 1–0, 0–1, 1–1 up to 1–max_many / max_many–1, 2–2, 2–3, 3–2."""
    shapes = [(1, 1), (1, 0), (2, 2), (2, 3), (3, 2)]
    for k in range(2, max_many + 1):
        shapes += [(1, k), (k, 1), (k, 0)]
    return shapes


def doc_ratio(zh: Sequence[str], en: Sequence[str]) -> float:
    zl = sum(anchors.char_len(t, "zh") for t in zh) or 1
    el = sum(anchors.char_len(t, "en") for t in en) or 1
    return el / zl


# --------------------------------------------------------------------------- vectors


def key_vectors(zh: Sequence[str], en: Sequence[str], params: Params = DEFAULT) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
    """Both sides as weighted bags of the evidence keys they share.

    Only keys found on both sides of the document count; each is weighted by
    its rarity (IDF over both sides) and by the weight of its kind. A Chinese
    word with several glosses in the English text spreads its weight over them.
    """
    zk = [anchors.keys_zh(t) for t in zh]
    ek = [anchors.keys_en(t) for t in en]
    zset: list[set[str]] = []
    for k in zk:
        s: set[str] = set()
        for g in k["dict"].values():
            s |= g
        for kind in ("number", "latin", "name"):
            s |= k[kind]
        zset.append(s)
    eset = [set().union(*k.values()) for k in ek]
    from collections import Counter

    dfz = Counter(x for s in zset for x in s)
    dfe = Counter(x for s in eset for x in s)
    shared = sorted(set(dfz) & set(dfe))
    index = {k: i for i, k in enumerate(shared)}
    total = len(zh) + len(en)
    idf = {k: math.log(1.0 + total / (dfz[k] + dfe[k])) for k in shared}
    kw = params.kind_weights
    prefix_kind = {"d": "dict", "n": "number", "l": "latin", "p": "name"}

    def weight(key: str) -> float:
        return idf[key] * kw.get(prefix_kind[key[0]], 1.0)

    rows, cols, vals = [], [], []
    for r, k in enumerate(zk):
        vec: dict[int, float] = {}
        for g in k["dict"].values():
            mine = [x for x in g if x in index]
            if not mine:
                continue
            share = 1.0 / math.sqrt(len(mine))
            for x in mine:
                vec[index[x]] = max(vec.get(index[x], 0.0), weight(x) * share)
        for kind in ("number", "latin", "name"):
            for x in k[kind]:
                if x in index:
                    vec[index[x]] = max(vec.get(index[x], 0.0), weight(x))
        for c, v in vec.items():
            rows.append(r)
            cols.append(c)
            vals.append(v)
    Z = sparse.csr_matrix((vals, (rows, cols)), shape=(len(zh), len(shared)), dtype=np.float64)
    rows, cols, vals = [], [], []
    for r, s in enumerate(eset):
        for x in s:
            if x in index:
                rows.append(r)
                cols.append(index[x])
                vals.append(weight(x))
    E = sparse.csr_matrix((vals, (rows, cols)), shape=(len(en), len(shared)), dtype=np.float64)
    return Z, E


def _dot_rows(A, B) -> np.ndarray:
    """Row-wise dot products of two equally shaped (sparse or dense) matrices."""
    if sparse.issparse(A):
        return np.asarray(A.multiply(B).sum(axis=1)).ravel()
    return np.einsum("ij,ij->i", A, B)


def _span_norms(X, max_k: int) -> np.ndarray:
    """N[k][i] = squared norm of the sum of units i..i+k-1 (k = 1..max_k)."""
    n = X.shape[0]
    out = np.zeros((max_k + 1, n + 1))
    if n == 0:
        return out
    d = [_dot_rows(X, X)] + [_dot_rows(X[:-s], X[s:]) if s < n else np.zeros(0) for s in range(1, max_k)]
    for k in range(1, max_k + 1):
        if k > n:
            break
        tot = np.zeros(n - k + 1)
        for i0 in range(k):  # diagonal terms
            tot += d[0][i0:i0 + n - k + 1]
        for s in range(1, k):  # cross terms at distance s, each twice
            for i0 in range(k - s):
                tot += 2.0 * d[s][i0:i0 + n - k + 1]
        out[k, :n - k + 1] = tot
    return out


# --------------------------------------------------------------------------- search


@dataclass
class _Problem:
    Z: object  # zh vectors (n × d), sparse or dense
    E: object
    zlen: np.ndarray
    elen: np.ndarray
    ratio: float
    zbreak: np.ndarray  # zbreak[i] = 1 when a paragraph starts at unit i (i > 0)
    ebreak: np.ndarray
    params: Params
    shapes: list[tuple[int, int]]
    extra: Callable | None = None  # extra cost matrix provider (neural)


def _band_full(n: int, m: int) -> tuple[np.ndarray, np.ndarray]:
    return np.zeros(n + 1, dtype=np.int64), np.full(n + 1, m, dtype=np.int64)


def _search(p: _Problem, lo: np.ndarray, hi: np.ndarray) -> list[tuple[int, int, int, int, float]]:
    """Banded dynamic programme. Cells (a, j) with lo[a] <= j <= hi[a].

    Returns beads as (zh start, zh end, en start, en end, cost)."""
    n, m = p.Z.shape[0], p.E.shape[0]
    prm = p.params
    maxdi = max(di for di, _ in p.shapes)
    maxdj = max(dj for _, dj in p.shapes)

    # Columns each zh unit needs dot products for.
    cs = np.zeros(n, dtype=np.int64)
    ce = np.zeros(n, dtype=np.int64)
    for r in range(n):
        a0, a1 = r + 1, min(n, r + maxdi)
        cs[r] = max(0, int(lo[a0:a1 + 1].min()) - maxdj)
        ce[r] = min(m, int(hi[a0:a1 + 1].max()))
    prefix: list[np.ndarray] = [None] * n  # type: ignore[list-item]
    block = 64
    for r0 in range(0, n, block):
        r1 = min(n, r0 + block)
        c0, c1 = int(cs[r0:r1].min()), int(ce[r0:r1].max())
        if c1 <= c0:
            for r in range(r0, r1):
                prefix[r] = np.zeros(1)
            continue
        S = p.Z[r0:r1] @ p.E[c0:c1].T
        S = S.toarray() if sparse.issparse(S) else np.asarray(S)
        for r in range(r0, r1):
            seg = S[r - r0, cs[r] - c0:ce[r] - c0]
            prefix[r] = np.concatenate(([0.0], np.cumsum(seg)))

    zn = _span_norms(p.Z, maxdi)
    en_ = _span_norms(p.E, maxdj)
    zl = np.concatenate(([0.0], np.cumsum(p.zlen)))
    el = np.concatenate(([0.0], np.cumsum(p.elen)))
    zb = np.concatenate(([0.0], np.cumsum(p.zbreak)))  # zb[x] = breaks at units < x
    eb = np.concatenate(([0.0], np.cumsum(p.ebreak)))
    var = prm.length_sd ** 2
    # Background similarity: what unrelated units score (for normalising the cosine).
    mu = _background(p)

    INF = np.inf
    D: list[np.ndarray] = []
    BK: list[np.ndarray] = []  # shape index, or -1 for an insertion run
    INS: list[np.ndarray] = []  # start column of the insertion run
    skip_e = prm.skip
    for a in range(n + 1):
        l, h = int(lo[a]), int(hi[a])
        w = h - l + 1
        cur = np.full(w, INF)
        bk = np.full(w, -2, dtype=np.int8)
        js = np.arange(l, h + 1)
        if a == 0:
            cur[js == 0] = 0.0
            if l == 0:
                bk[0] = -3
        for s_idx, (di, dj) in enumerate(p.shapes):
            if di > a:
                continue
            pa = a - di
            pl, ph = int(lo[pa]), int(hi[pa])
            jp = js - dj  # previous column
            ok = (jp >= pl) & (jp <= ph)
            if not ok.any():
                continue
            jv = js[ok]
            jpv = jp[ok]
            prev = D[pa][jpv - pl]
            if dj == 0:  # Chinese units with no English: one, or a whole paragraph
                if di == 1:
                    c = prev + prm.skip
                elif (pa == 0 or p.zbreak[pa] > 0) and (a == n or p.zbreak[a] > 0) and p.zbreak[pa + 1:a].sum() == 0:
                    c = prev + prm.skip + prm.skip_more * (di - 1)
                else:
                    continue
            else:
                c = prev + _bead_cost(p, prefix, cs, zn, en_, zl, el, zb, eb, pa, a, jpv, jv, di, dj, mu, var)
            sub = cur[ok]
            better = c < sub
            if better.any():
                idx = np.nonzero(ok)[0][better]
                cur[idx] = c[better]
                bk[idx] = s_idx
        # English units with no Chinese: runs of 0–1 beads within the row.
        vals = cur - skip_e * js
        rm = np.minimum.accumulate(vals)
        pos = np.maximum.accumulate(np.where(vals <= rm, np.arange(w), 0))
        ins = cur.copy()
        alt = rm + skip_e * js
        better = alt < cur - 1e-12
        ins_from = np.where(better, pos + l, -1)
        cur = np.where(better, alt, cur)
        bk = np.where(better, np.int8(-1), bk)
        D.append(cur)
        BK.append(bk)
        INS.append(ins_from)

    # Trace back.
    beads = []
    a, j = n, m
    if not (lo[n] <= m <= hi[n]) or not np.isfinite(D[n][m - lo[n]]):
        raise RuntimeError("alignment band does not reach the end")
    while a > 0 or j > 0:
        k = j - int(lo[a])
        b = int(BK[a][k])
        if b == -1:
            j0 = int(INS[a][k])
            for t in range(j0, j):
                beads.append((a, a, t, t + 1, skip_e))
            j = j0
            continue
        if b < 0:
            raise RuntimeError("broken back-pointer")
        di, dj = p.shapes[b]
        pa, pj = a - di, j - dj
        c = float(D[a][k] - D[pa][pj - int(lo[pa])])
        beads.append((pa, a, pj, j, c))
        a, j = pa, pj
    beads.reverse()
    # The insertion runs were appended in reverse inside each run; restore order.
    beads.sort(key=lambda t: (t[0], t[2], t[1], t[3]))
    return beads


def _background(p: _Problem) -> float:
    """Mean cosine of unrelated unit pairs (far off the diagonal), a robust floor."""
    n, m = p.Z.shape[0], p.E.shape[0]
    if n < 4 or m < 4:
        return 0.05
    rng = np.random.default_rng(0)
    k = min(400, n * m)
    i = rng.integers(0, n, size=k)
    j = rng.integers(0, m, size=k)
    far = np.abs(i / n - j / m) > 0.2
    if far.sum() < 20:
        return 0.05
    i, j = i[far], j[far]
    num = _dot_rows(p.Z[i], p.E[j])
    den = np.sqrt(_dot_rows(p.Z[i], p.Z[i]) * _dot_rows(p.E[j], p.E[j]))
    good = den > 0
    if good.sum() < 10:
        return 0.05
    return float(np.clip(np.mean(num[good] / den[good]), 0.0, 0.9))


def _bead_cost(p: _Problem, prefix, cs, zn, en_, zl, el, zb, eb, pa, a, jp, j, di, dj, mu, var) -> np.ndarray:
    prm = p.params
    dot = np.zeros(len(j))
    for r in range(pa, a):
        pr = prefix[r]
        top = len(pr) - 1
        hi_i = np.clip(j - cs[r], 0, top)
        lo_i = np.clip(jp - cs[r], 0, top)
        dot += pr[hi_i] - pr[lo_i]
    nz = zn[di, pa]
    ne = en_[dj, jp]
    den = np.sqrt(nz * ne)
    with np.errstate(invalid="ignore", divide="ignore"):
        cos = np.where(den > 0, dot / np.where(den > 0, den, 1.0), prm.no_evidence)
    simn = np.clip((cos - mu) / max(1e-6, 1.0 - mu), 0.0, 1.0)
    if p.extra is not None:
        simn = p.extra(pa, a, jp, j, simn)
    zlen = zl[a] - zl[pa]
    elen = el[j] - el[jp]
    lr = np.log((elen + 10.0) / (zlen * p.ratio + 10.0))
    size = (di + dj) / 2.0
    cost = size * (prm.sim * (1.0 - simn) + prm.length * (lr * lr) / (2 * var)) + prm.many * (di + dj - 2)
    cost += prm.breaks * ((zb[a] - zb[pa + 1]) + (eb[j] - eb[jp + 1]))
    if p.zbreak.any() and p.ebreak.any():
        zend = 1.0 if (a == len(zl) - 1 or p.zbreak[a] > 0) else 0.0
        eend = np.where(j == len(el) - 1, 1.0, p.ebreak[np.minimum(j, len(el) - 2)])
        cost += prm.mismatch * np.abs(zend - eend)
    return cost


def _coarse_band(p: _Problem, n: int, m: int) -> tuple[np.ndarray, np.ndarray]:
    """Align blocks of k units first; return a band of full-resolution cells around that path."""
    k = max(2, math.ceil(math.sqrt(n * m / COARSE_CELLS)))
    nz, ne = math.ceil(n / k), math.ceil(m / k)
    Az = sparse.csr_matrix((np.ones(n), (np.arange(n) // k, np.arange(n))), shape=(nz, n))
    Ae = sparse.csr_matrix((np.ones(m), (np.arange(m) // k, np.arange(m))), shape=(ne, m))

    def agg(A, X):
        out = A @ X
        return out if sparse.issparse(X) else np.asarray(out)

    coarse = _Problem(agg(Az, p.Z), agg(Ae, p.E), Az @ p.zlen, Ae @ p.elen, p.ratio,
                      np.zeros(nz), np.zeros(ne), p.params, [(1, 1), (1, 0), (1, 2), (2, 1)])
    lo_c, hi_c = _band_full(nz, ne)
    path = _search(coarse, lo_c, hi_c)
    margin = 2 * k + 8
    lo = np.full(n + 1, m, dtype=np.int64)
    hi = np.zeros(n + 1, dtype=np.int64)
    for za, zb_, ea, eb_, _ in path:
        r0, r1 = za * k, min(n, zb_ * k)
        c0, c1 = ea * k, min(m, eb_ * k)
        lo[r0:r1 + 1] = np.minimum(lo[r0:r1 + 1], c0)
        hi[r0:r1 + 1] = np.maximum(hi[r0:r1 + 1], c1)
    lo = np.maximum(0, lo - margin)
    hi = np.minimum(m, hi + margin)
    # Keep the band monotone so that every cell can be reached.
    lo = np.minimum.accumulate(lo[::-1])[::-1]
    hi = np.maximum.accumulate(hi)
    lo[0] = 0
    hi[n] = m
    return lo, hi


def search(p: _Problem) -> list[tuple[int, int, int, int, float]]:
    n, m = p.Z.shape[0], p.E.shape[0]
    if (n + 1) * (m + 1) <= FULL_CELLS:
        lo, hi = _band_full(n, m)
    else:
        lo, hi = _coarse_band(p, n, m)
    return _search(p, lo, hi)


def cost_to_score(cost: float, units: int) -> float:
    """A bead's cost as a confidence in [0, 1] (1 = certain)."""
    return float(min(1.0, max(0.0, math.exp(-max(cost, 0.0) / 3.0))))


def _breaks(n: int, breaks: set[int] | None) -> np.ndarray:
    out = np.zeros(n)
    for b in breaks or ():
        if 0 < b < n:
            out[b] = 1.0
    return out


def align(zh: Sequence[str], en: Sequence[str], *, zh_breaks: set[int] | None = None,
          en_breaks: set[int] | None = None, ratio: float | None = None, max_many: int = 4,
          params: Params = DEFAULT, embed: Callable | None = None) -> list[Bead]:
    """Align two unit sequences; every unit of both ends up in exactly one bead, in order.

    Breaks are unit indices where a paragraph starts: beads that cross one cost
    more. ``embed``, when given, maps a list of texts to unit-length vectors
    (the neural mode); its cosine joins the evidence of the keys."""
    n, m = len(zh), len(en)
    if n == 0 or m == 0:
        return [Bead((i,), (), 1.0) for i in range(n)] + [Bead((), (j,), 1.0) for j in range(m)]
    ratio = ratio or doc_ratio(zh, en)
    Z, E = key_vectors(zh, en, params)
    zlen = np.array([anchors.char_len(t, "zh") for t in zh], dtype=np.float64)
    elen = np.array([anchors.char_len(t, "en") for t in en], dtype=np.float64)
    shapes = bead_shapes(max_many)
    extra = None
    if embed is not None:
        Z, E, extra = _with_embeddings(Z, E, zh, en, embed)
    p = _Problem(Z, E, zlen, elen, ratio, _breaks(n, zh_breaks), _breaks(m, en_breaks), params, shapes, extra)
    out = []
    for za, zb_, ea, eb_, c in search(p):
        out.append(Bead(tuple(range(za, zb_)), tuple(range(ea, eb_)), cost_to_score(c, (zb_ - za) + (eb_ - ea))))
    return out


def _with_embeddings(Z, E, zh, en, embed):
    """Neural mode: append the embeddings to the key vectors (scaled so both count)."""
    ez = np.asarray(embed(list(zh)), dtype=np.float64)
    ee = np.asarray(embed(list(en)), dtype=np.float64)
    return Z, E, None
