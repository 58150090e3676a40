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
import random
from dataclasses import dataclass, field
from typing import Callable, Sequence

import numpy as np

from . import anchors


@dataclass(frozen=True)
class Bead:
    zh: tuple[int, ...]
    en: tuple[int, ...]
    score: float


@dataclass(frozen=True)
class Params:
    """Weights of the cost of a bead (tuned on development data, never on test sets)."""

    sim: float = 3.0  # weight of (1 - normalised cosine)
    length: float = 1.0  # weight of the squared log length ratio, over its variance
    length_sd: float = 0.5  # spread of log(en/zh·ratio) for true translations
    skip: float = 3.0  # a unit left without counterpart
    many: float = 1.2  # per unit beyond 1–1 in a bead (a short untranslated line stays 1–0 rather than joining a neighbour)
    no_evidence: float = 0.55  # cosine assumed for units without any key
    breaks: float = 4.0  # a bead that crosses a paragraph break, per break
    skip_more: float = 0.8  # each further unit of a whole paragraph left untranslated
    unmatched: float = 0.4  # weight of a word that meets nothing on the other side (vs. a median key)
    neural_weight: float = 2.0  # weight of the embeddings' cosine against the keys' (neural mode)
    mismatch: float = 2.0  # a bead that ends at a paragraph break in one language only
    kind_weights: dict = field(default_factory=lambda: {"dict": 1.0, "number": 2.0, "latin": 2.0, "name": 1.5})


DEFAULT = Params()
FULL_CELLS = 1_500_000  # inputs up to this many cells are searched whole
COST_CELLS = 4_000_000  # band cells × shapes whose costs are held at once (about 32 MB of float64)
COARSE_CELLS = 250_000  # size of the coarse first pass
SCORE_SCALE = 3.0  # cost per unit that makes a bead's confidence 1/e
MAX_FACTOR = 8  # units per block at most in one coarse step (longer inputs recurse)
MANY_PRODUCTS = 200_000  # a block with more products than this is multiplied by scipy.sparse
SMALL_PRODUCT = 40_000  # sections up to this many unit pairs get all their products in one block


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


class Rows:
    """Sparse rows (compressed sparse row form): what the aligner needs of
    ``scipy.sparse``, without importing it. Each row's columns are distinct."""

    def __init__(self, indptr: np.ndarray, indices: np.ndarray, data: np.ndarray, width: int):
        self.indptr = np.asarray(indptr, dtype=np.int64)
        self.indices = np.asarray(indices, dtype=np.int64)
        self.data = np.asarray(data, dtype=np.float64)
        self.shape = (len(self.indptr) - 1, width)

    @classmethod
    def from_triples(cls, rows: list[int], cols: list[int], vals: list[float], n: int, width: int) -> "Rows":
        """Rows from (row, column, value) triples given row by row (rows non-decreasing)."""
        indptr = np.concatenate(([0], np.cumsum(np.bincount(np.asarray(rows, dtype=np.int64), minlength=n))))
        return cls(indptr, cols, vals, width)

    @classmethod
    def of(cls, X):
        """Rows from a scipy.sparse matrix (anything with ``tocsr``)."""
        csr = X.tocsr(copy=True)
        csr.sum_duplicates()
        return cls(csr.indptr, csr.indices, csr.data, csr.shape[1])

    def to_scipy(self):
        from scipy import sparse

        return sparse.csr_matrix((self.data, self.indices, self.indptr), shape=self.shape)

    def _scipy(self):
        if getattr(self, "_csr", None) is None:
            self._csr = self.to_scipy()
        return self._csr

    def _gather(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(position in ``rows``, column, value) of every entry of those rows, in order."""
        starts = self.indptr[rows]
        lens = self.indptr[rows + 1] - starts
        which = np.repeat(np.arange(len(rows)), lens)
        pos = np.arange(int(lens.sum())) - np.repeat(np.cumsum(lens) - lens, lens) + np.repeat(starts, lens)
        return which, self.indices[pos], self.data[pos]

    def block(self, r0: int, r1: int, other: "Rows", c0: int, c1: int) -> np.ndarray:
        """Dense (r1 - r0) × (c1 - c0) block of self @ other.T: rows r0..r1 against other's c0..c1.
        Each cell adds its products in the order scipy.sparse does (self's entries in order).
        A block of many products goes to scipy.sparse's compiled product (imported for it only)."""
        zr, zc, zv = self._gather(np.arange(r0, r1))
        er, ec, ev = other._gather(np.arange(c0, c1))
        order = np.argsort(ec, kind="stable")
        er, ec, ev = er[order], ec[order], ev[order]
        lo = np.searchsorted(ec, zc, "left")
        cnt = np.searchsorted(ec, zc, "right") - lo
        total = int(cnt.sum())
        if total > MANY_PRODUCTS:
            return (self._scipy()[r0:r1] @ other._scipy()[c0:c1].T).toarray()
        # One product per (entry of self, entry of other in the same column), in self's order.
        ei = np.arange(total) + np.repeat(lo - (np.cumsum(cnt) - cnt), cnt)
        w = c1 - c0
        out = np.bincount(np.repeat(zr * w, cnt) + er[ei], weights=np.repeat(zv, cnt) * ev[ei],
                          minlength=(r1 - r0) * w)
        return out.reshape(r1 - r0, w)

    def pair_dots(self, rows: np.ndarray, other: "Rows", other_rows: np.ndarray) -> np.ndarray:
        """Dot product of self's row rows[p] with other's row other_rows[p], for each p."""
        px, cx, vx = self._gather(np.asarray(rows, dtype=np.int64))
        py, cy, vy = other._gather(np.asarray(other_rows, dtype=np.int64))
        w = max(self.shape[1], other.shape[1]) + 1
        common, ix, iy = np.intersect1d(px * w + cx, py * w + cy, assume_unique=True, return_indices=True)
        return np.bincount(common // w, weights=vx[ix] * vy[iy], minlength=len(rows))

    def block_sums(self, k: int) -> "Rows":
        """Rows of the sums of each k consecutive rows."""
        which, cols, vals = self._gather(np.arange(self.shape[0]))
        w = self.shape[1]
        keys, inverse = np.unique(which // k * w + cols, return_inverse=True)
        sums = np.bincount(inverse, weights=vals, minlength=len(keys))
        n = -(-self.shape[0] // k)
        return Rows(np.concatenate(([0], np.cumsum(np.bincount(keys // w, minlength=n)))), keys % w, sums, w)


def _median(values: list[float]) -> float:
    """np.median of a list, without the masked-array module np.median imports."""
    v = sorted(values)
    h = len(v) // 2
    return float(v[h]) if len(v) % 2 else (v[h - 1] + v[h]) / 2


def _clip(a, lo, hi):
    """np.clip without its argument checks, which cost more than the work on the
    small arrays of a short section; the same result (NaN stays NaN)."""
    return np.minimum(np.maximum(a, lo), hi)


def _as_rows(X):
    """Vectors as the search uses them: Rows, or a dense array (embeddings)."""
    if isinstance(X, (Rows, np.ndarray)):
        return X
    if hasattr(X, "tocsr"):
        return Rows.of(X)
    return np.asarray(X, dtype=np.float64)


def _block(Z, r0: int, r1: int, E, c0: int, c1: int) -> np.ndarray:
    """Dense block of Z[r0:r1] @ E[c0:c1].T."""
    if isinstance(Z, Rows):
        return Z.block(r0, r1, E, c0, c1)
    return np.asarray(Z[r0:r1] @ E[c0:c1].T)


def _pair_dots(X, rows: np.ndarray, Y, other_rows: np.ndarray) -> np.ndarray:
    """Row-wise dot products of X[rows] and Y[other_rows]."""
    if isinstance(X, Rows):
        return X.pair_dots(rows, Y, other_rows)
    return np.einsum("ij,ij->i", X[rows], Y[other_rows])


def _block_sums(X, k: int):
    """Sums of each k consecutive rows (vectors of the coarse pass's blocks)."""
    if isinstance(X, Rows):
        return X.block_sums(k)
    return np.add.reduceat(X, np.arange(0, X.shape[0], k), axis=0) if len(X) else X


def key_vectors(zh: Sequence[str], en: Sequence[str], params: Params = DEFAULT):
    """``key_rows`` as two scipy.sparse CSR matrices."""
    Z, E = key_rows(zh, en, params)
    return Z.to_scipy(), E.to_scipy()


def key_rows(zh: Sequence[str], en: Sequence[str], params: Params = DEFAULT) -> tuple[Rows, Rows]:
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

    # Words that meet nothing on the other side still count in a unit's norm, on a
    # dimension of its own, so that a unit with unrelated content is not invisible.
    lost = params.unmatched * (_median(list(idf.values())) if idf else 1.0)
    V, n = len(shared), len(zh)
    rows, cols, vals = [], [], []
    for r, k in enumerate(zk):
        vec: dict[int, float] = {}
        unmatched = 0
        for g in k["dict"].values():
            mine = [x for x in g if x in index]
            if not mine:
                unmatched += 1
                continue
            share = 1.0 / math.sqrt(len(mine))
            for x in mine:
                vec[index[x]] = max(vec.get(index[x], 0.0), weight(x) * share)
        for kind in ("number", "latin", "name"):
            for x in k[kind]:
                if x in index:
                    vec[index[x]] = max(vec.get(index[x], 0.0), weight(x))
        if unmatched and lost > 0:
            vec[V + r] = lost * math.sqrt(unmatched)
        for c, v in vec.items():
            rows.append(r)
            cols.append(c)
            vals.append(v)
    width = V + n + len(en)
    Z = Rows.from_triples(rows, cols, vals, n, width)
    rows, cols, vals = [], [], []
    for r, s in enumerate(eset):
        unmatched = 0
        for x in s:
            if x in index:
                rows.append(r)
                cols.append(index[x])
                vals.append(weight(x))
            elif x.startswith("d:"):
                unmatched += 1
        if unmatched and lost > 0:
            rows.append(r)
            cols.append(V + n + r)
            vals.append(lost * math.sqrt(unmatched))
    E = Rows.from_triples(rows, cols, vals, len(en), width)
    return Z, E


def _near_dots(X, max_k: int) -> list[np.ndarray]:
    """d[s][i] = X[i] · X[i + s] for s < max_k, from dense blocks along the diagonal."""
    n = X.shape[0]
    d = [np.zeros(max(0, n - s)) for s in range(max_k)]
    block = 256
    for r0 in range(0, n, block):
        r1 = min(n, r0 + block)
        G = _block(X, r0, r1, X, r0, min(n, r1 + max_k - 1))
        for s in range(max_k):
            rows = min(r1, n - s) - r0  # rows i of the block with i + s < n
            if rows > 0:
                d[s][r0:r0 + rows] = G[np.arange(rows), np.arange(rows) + s]
    return d


def _span_norms(X, max_k: int) -> np.ndarray:
    """N[k][i] = squared norm of the sum of units i..i+k-1 (k = 1..max_k)."""
    n = X.shape[0]
    out = np.zeros((max_k + 1, n + 1))
    if n == 0:
        return out
    d = _near_dots(X, max_k)
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
class View:
    """One kind of vectors for both sides (evidence keys, or embeddings) and its weight."""

    Z: object  # zh vectors (n × d), sparse or dense
    E: object
    weight: float = 1.0


@dataclass
class _Problem:
    views: list[View]
    zlen: np.ndarray
    elen: np.ndarray
    ratio: float
    zbreak: np.ndarray  # zbreak[i] = 1 when a paragraph starts at unit i (0 < i < n)
    ebreak: np.ndarray
    params: Params
    shapes: list[tuple[int, int]]

    @property
    def n(self) -> int:
        return len(self.zlen)

    @property
    def m(self) -> int:
        return len(self.elen)


def _band_full(n: int, m: int) -> tuple[np.ndarray, int]:
    return np.zeros(n + 1, dtype=np.int64), m + 1


@dataclass
class _SimPrep:
    """What the similarities of every chunk of band rows share, for one view: each
    Chinese unit's running sums of dot products over its band of English units,
    the squared norms of unit spans, and the background similarity."""

    PF: np.ndarray
    cs: np.ndarray
    Wp: int
    zn: np.ndarray
    en_: np.ndarray
    mu: float
    n: int
    m: int


def _view_sim(v: View, lo: np.ndarray, W: int, shapes, no_evidence: float,
              rows: tuple[int, int] | None = None, prep: _SimPrep | None = None) -> dict:
    """Normalised similarity of every bead shape at every band cell, for one view
    (for band rows a0 <= a < a1 only, when given: a long input's costs are made a
    chunk of rows at a time, so memory does not grow with rows × shapes)."""
    q = prep or _sim_prep(v, lo, W, shapes)
    PF, cs, Wp, zn, en_, mu, n, m = q.PF, q.cs, q.Wp, q.zn, q.en_, q.mu, q.n, q.m
    a0, a1 = rows or (0, n + 1)
    A = np.arange(a0, a1)[:, None]
    J = lo[a0:a1, None] + np.arange(W)[None, :]  # en end index of each cell
    out = {}
    for di, dj in shapes:
        if dj == 0:
            continue
        pa = A - di
        jp = J - dj
        okr = (pa >= 0) & (jp >= 0) & (J <= m)
        dot = np.zeros(J.shape)
        for k in range(di):
            r = _clip(pa + k, 0, max(n - 1, 0))
            hi_i = _clip(J - cs[r], 0, Wp)
            lo_i = _clip(jp - cs[r], 0, Wp)
            dot += PF[r, hi_i] - PF[r, lo_i]
        nz = zn[di, _clip(pa, 0, n)]
        ne = en_[dj, _clip(jp, 0, m)]
        den = np.sqrt(nz * ne)
        with np.errstate(invalid="ignore", divide="ignore"):
            cos = np.where(den > 0, dot / np.where(den > 0, den, 1.0), np.nan)
        simn = _clip((cos - mu) / max(1e-6, 1.0 - mu), 0.0, 1.0)
        simn = np.where(np.isnan(cos), no_evidence, simn)
        out[(di, dj)] = np.where(okr, simn, np.nan)
    return out


def _sim_prep(v: View, lo: np.ndarray, W: int, shapes) -> _SimPrep:
    Z, E = _as_rows(v.Z), _as_rows(v.E)
    n, m = Z.shape[0], E.shape[0]
    maxdi = max(di for di, _ in shapes)
    maxdj = max(dj for _, dj in shapes)
    # Row r is used by beads ending at rows r+1..r+maxdi; its columns lie in
    # [lo[r+1] - maxdj, lo[r+maxdi] + W).
    a1 = np.minimum(np.arange(n) + maxdi, n)
    cs = np.maximum(0, lo[1:n + 1] - maxdj)
    ce = np.minimum(m, lo[a1] + W)
    Wp = int((ce - cs).max()) if n else 0
    PF = np.zeros((n, Wp + 1))
    block = 256
    for r0 in range(0, n, block):
        r1 = min(n, r0 + block)
        c0, c1 = int(cs[r0:r1].min()), int(ce[r0:r1].max())
        if c1 <= c0:
            continue
        S = _block(Z, r0, r1, E, c0, c1)
        for r in range(r0, r1):
            seg = S[r - r0, cs[r] - c0:ce[r] - c0]
            PF[r, 1:len(seg) + 1] = np.cumsum(seg)
            PF[r, len(seg) + 1:] = PF[r, len(seg)]
    zn = _span_norms(Z, maxdi)
    en_ = _span_norms(E, maxdj)
    mu = _background(Z, E, zn[1, :n], en_[1, :m])
    return _SimPrep(PF, cs, Wp, zn, en_, mu, n, m)


def _below(rng: random.Random, n: int, k: int) -> list[int]:
    """k draws from range(n): what ``rng.randrange(n)`` draws (the bits it takes, the
    draws it rejects), without its argument handling, which cost more than the draws."""
    bits, draw, out = n.bit_length(), rng.getrandbits, []
    for _ in range(k):
        r = draw(bits)
        while r >= n:
            r = draw(bits)
        out.append(r)
    return out


def _background(Z, E, znorm: np.ndarray | None = None, enorm: np.ndarray | None = None) -> float:
    """Mean cosine of unrelated unit pairs (far off the diagonal): the floor of the similarity.
    ``znorm``/``enorm``: the units' squared norms, when known already."""
    n, m = Z.shape[0], E.shape[0]
    if n < 4 or m < 4:
        return 0.05
    # A fixed sample of 600 cells (Python's generator: numpy.random costs a cold
    # build more to import than the whole sample costs).
    rng = random.Random(0)
    k = 600
    i = np.array(_below(rng, n, k))
    j = np.array(_below(rng, m, k))
    far = np.abs(i / n - j / m) > 0.2
    if far.sum() < 20:
        return 0.05
    i, j = i[far], j[far]
    if n * m <= SMALL_PRODUCT:  # a short section: all its products at once are cheaper
        num = _block(Z, 0, n, E, 0, m)[i, j]
    else:
        num = _pair_dots(Z, i, E, j)
    zz = znorm if znorm is not None else _pair_dots(Z, np.arange(n), Z, np.arange(n))
    ee = enorm if enorm is not None else _pair_dots(E, np.arange(m), E, np.arange(m))
    den = np.sqrt(zz[i] * ee[j])
    good = den > 0
    if good.sum() < 10:
        return 0.05
    return float(np.clip(np.mean(num[good] / den[good]), 0.0, 0.9))


def _costs(p: _Problem, lo: np.ndarray, W: int, rows: tuple[int, int] | None = None,
           preps: list[_SimPrep] | None = None) -> dict:
    """Cost of every bead shape ending at every band cell (inf where impossible);
    for band rows a0 <= a < a1 only, when given."""
    prm = p.params
    n, m = p.n, p.m
    preps = preps or [_sim_prep(v, lo, W, p.shapes) for v in p.views]
    sims = [(_view_sim(v, lo, W, p.shapes, prm.no_evidence, rows, q), v.weight) for v, q in zip(p.views, preps)]
    a0, a1 = rows or (0, n + 1)
    tw = sum(w for _, w in sims) or 1.0
    zl = np.concatenate(([0.0], np.cumsum(p.zlen)))
    el = np.concatenate(([0.0], np.cumsum(p.elen)))
    zb = np.concatenate(([0.0], np.cumsum(p.zbreak)))  # breaks at units < x
    eb = np.concatenate(([0.0], np.cumsum(p.ebreak)))
    zend = np.concatenate((p.zbreak, [1.0]))
    zend[0] = 1.0
    eend = np.concatenate((p.ebreak, [1.0]))
    eend[0] = 1.0
    both = bool(p.zbreak.any() and p.ebreak.any())
    var = prm.length_sd ** 2
    A = np.arange(a0, a1)[:, None]
    J = lo[a0:a1, None] + np.arange(W)[None, :]
    Jc = _clip(J, 0, m)
    out = {}
    for di, dj in p.shapes:
        pa = A - di
        pac = _clip(pa, 0, n)
        if dj == 0:
            if di == 1:
                c = np.full(J.shape, prm.skip)
            else:  # a whole paragraph left untranslated
                whole = (pa[:, 0] >= 0) & (zend[_clip(pa[:, 0], 0, n)] > 0) & (zend[A[:, 0]] > 0)
                inner = zb[A[:, 0]] - zb[np.minimum(pac[:, 0] + 1, n)]
                whole &= (inner == 0) & bool(p.zbreak.any())
                c = np.where(whole[:, None], prm.skip + prm.skip_more * (di - 1), np.inf) * np.ones(J.shape)
            c = np.where((pa >= 0) & (J <= m), c, np.inf)
            out[(di, dj)] = c
            continue
        simn = sum(s[(di, dj)] * w for s, w in sims) / tw
        jp = _clip(J - dj, 0, m)
        zlen = zl[A] - zl[pac]
        elen = el[Jc] - el[jp]
        lr = np.log((elen + 10.0) / (zlen * p.ratio + 10.0))
        size = (di + dj) / 2.0
        c = size * (prm.sim * (1.0 - simn) + prm.length * (lr * lr) / (2 * var)) + prm.many * (di + dj - 2)
        c += prm.breaks * ((zb[A] - zb[np.minimum(pac + 1, n)]) + (eb[Jc] - eb[np.minimum(jp + 1, m)]))
        if both:
            c += prm.mismatch * np.abs(zend[A] - eend[Jc])
        out[(di, dj)] = np.where(np.isnan(c), np.inf, c)
    return out


def _search(p: _Problem, lo: np.ndarray, W: int) -> list[tuple[int, int, int, int, float]]:
    """Banded dynamic programme over cells (a, lo[a] + t), 0 <= t < W, lo non-decreasing.

    Returns beads as (zh start, zh end, en start, en end, cost)."""
    n, m = p.n, p.m
    prm = p.params
    preps = [_sim_prep(v, lo, W, p.shapes) for v in p.views]
    # The costs of a chunk of rows at a time: all at once they take rows × band × shapes.
    chunk = max(1, COST_CELLS // max(1, W * len(p.shapes)))
    c0 = c1 = 0
    shapes = p.shapes
    maxdj = max(dj for _, dj in shapes)
    PAD = W + maxdj
    D = np.full((n + 2, W + 2 * PAD), np.inf)  # the last row stays inf (see below)
    BK = np.full((n + 1, W), -2, dtype=np.int8)
    INS = np.full((n + 1, W), -1, dtype=np.int64)
    t_idx = np.arange(W)
    skip_e = prm.skip
    # Every shape's candidate at once: the previous row's cells each shape steps from
    # (a row of inf stands for a shape that starts before the first row), plus its
    # cost; the first cheapest shape wins, as in a loop over the shapes in order.
    DI = np.array([di for di, _ in shapes], dtype=np.int64)
    DJ = np.array([dj for _, dj in shapes], dtype=np.int64)
    for a in range(n + 1):
        if a >= c1:
            c0, c1 = a, min(n + 1, a + chunk)
            costs = _costs(p, lo, W, (c0, c1), preps)
            C = np.stack([costs[s] for s in shapes], axis=1)  # rows × shapes × band
        if a == 0:
            cur = np.full(W, np.inf)
            bk = np.full(W, -2, dtype=np.int8)
            if lo[0] == 0:
                cur[0] = 0.0
                bk[0] = -3
        else:
            pa = a - DI
            ok = pa >= 0
            pac = np.where(ok, pa, n + 1)
            off = np.minimum(lo[a] - DJ - lo[np.where(ok, pa, 0)], W)
            cand = D[pac[:, None], PAD + off[:, None] + t_idx[None, :]] + C[a - c0]
            best = np.argmin(cand, axis=0)
            cur = cand[best, t_idx]
            bk = np.where(cur < np.inf, best.astype(np.int8), np.int8(-2))
        js = lo[a] + t_idx
        # English units with no Chinese: runs of 0–1 beads within the row.
        vals = cur - skip_e * js
        rm = np.minimum.accumulate(vals)
        pos = np.maximum.accumulate(np.where(vals <= rm, t_idx, 0))
        alt = rm + skip_e * js
        better = alt < cur - 1e-9
        INS[a] = np.where(better, pos + lo[a], -1)
        cur = np.where(better, alt, cur)
        cur[js > m] = np.inf
        BK[a] = np.where(better, np.int8(-1), bk)
        D[a, PAD:PAD + W] = cur

    def cell(a: int, j: int) -> float:
        return float(D[a, PAD + j - lo[a]])

    if not (0 <= m - lo[n] < W) or not np.isfinite(cell(n, m)):
        raise RuntimeError("alignment band does not reach the end")
    beads = []
    a, j = n, m
    while a > 0 or j > 0:
        t = j - int(lo[a])
        b = int(BK[a, t])
        if b == -1:
            j0 = int(INS[a, t])
            for x in range(j - 1, j0 - 1, -1):
                beads.append((a, a, x, x + 1, skip_e))
            j = j0
            continue
        if b < 0:
            raise RuntimeError("broken back-pointer")
        di, dj = shapes[b]
        pa, pj = a - di, j - dj
        beads.append((pa, a, pj, j, cell(a, j) - cell(pa, pj)))
        a, j = pa, pj
    beads.reverse()
    return beads


def _coarse_band(p: _Problem) -> tuple[np.ndarray, int]:
    """Align blocks of k units first; return a band of full-resolution cells around that path."""
    n, m = p.n, p.m
    k = min(MAX_FACTOR, max(2, math.ceil(math.sqrt(n * m / COARSE_CELLS))))
    nz, ne = math.ceil(n / k), math.ceil(m / k)
    views = [View(_block_sums(_as_rows(v.Z), k), _block_sums(_as_rows(v.E), k), v.weight) for v in p.views]
    coarse = _Problem(views, _block_sums(p.zlen, k), _block_sums(p.elen, k), p.ratio, np.zeros(nz), np.zeros(ne),
                      p.params, [(1, 1), (1, 0), (1, 2), (2, 1)])
    path = search(coarse)  # itself banded when still long, so memory stays linear
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
    lo = np.minimum.accumulate(lo[::-1])[::-1]  # monotone, so every cell can be reached
    hi = np.maximum.accumulate(hi)
    lo[0] = 0
    hi[n] = m
    W = int((hi - lo).max()) + 1
    return lo, W


def search(p: _Problem) -> list[tuple[int, int, int, int, float]]:
    p.views = [View(_as_rows(v.Z), _as_rows(v.E), v.weight) for v in p.views]
    if (p.n + 1) * (p.m + 1) <= FULL_CELLS:
        lo, W = _band_full(p.n, p.m)
    else:
        lo, W = _coarse_band(p)
    return _search(p, lo, W)


def cost_to_score(cost: float, nz: int, ne: int, params: Params = DEFAULT) -> float:
    """A bead's confidence in [0, 1] (1 = certain), from its cost less the prior on
    its shape, per unit, so that a good 1–3 bead is as sure as a good 1–1 one.
    A unit left alone gets the confidence of the skip it paid for."""
    if nz == 0 or ne == 0:
        return float(math.exp(-params.skip / SCORE_SCALE))
    core = max(0.0, cost - params.many * (nz + ne - 2)) / ((nz + ne) / 2.0)
    return float(min(1.0, max(0.0, math.exp(-core / SCORE_SCALE))))


def _centred(X) -> np.ndarray:
    """Embeddings less their document mean, unit length: what all units share
    (language, register) would otherwise make every sum of units look alike."""
    X = np.asarray(X, dtype=np.float64)
    if len(X) > 1:
        X = X - X.mean(axis=0, keepdims=True)
    norms = np.linalg.norm(X, axis=1, keepdims=True)
    return X / np.where(norms > 0, norms, 1.0)


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
    Z, E = key_rows(zh, en, params)
    zlen = np.array([anchors.char_len(t, "zh") for t in zh], dtype=np.float64)
    elen = np.array([anchors.char_len(t, "en") for t in en], dtype=np.float64)
    shapes = bead_shapes(max_many)
    views = [View(Z, E, 1.0)]
    if embed is not None:
        views.append(View(_centred(embed(list(zh))), _centred(embed(list(en))), params.neural_weight))
    p = _Problem(views, zlen, elen, ratio, _breaks(n, zh_breaks), _breaks(m, en_breaks), params, shapes)
    out = []
    for za, zb_, ea, eb_, c in search(p):
        out.append(Bead(tuple(range(za, zb_)), tuple(range(ea, eb_)), cost_to_score(c, zb_ - za, eb_ - ea, params)))
    return out
