"""Scoring alignments: vecalign score.py semantics, parsing, the evaluate command."""
import subprocess
import sys
from pathlib import Path

import pytest

from bitext.evaluate import format_bead, parse_beads, score, score_dirs

ROOT = Path(__file__).resolve().parent.parent


def test_parse_and_format_round_trip():
    text = "[0,1]:[0]\n[2]:[1,2]\n[3]:[]\n[]:[3]\n\n"
    beads = parse_beads(text)
    assert beads == [((0, 1), (0,)), ((2,), (1, 2)), ((3,), ()), ((), (3,))]
    assert "".join(format_bead(a, b) + "\n" for a, b in beads) == text.strip() + "\n"


def test_parse_rejects_garbage():
    with pytest.raises(ValueError, match="line 2"):
        parse_beads("[0]:[0]\nnot a bead\n")


def test_perfect_alignment_scores_one():
    gold = [((0,), (0,)), ((1, 2), (1,)), ((3,), ())]
    s = score([(gold, gold)])
    assert (s.strict_p, s.strict_r, s.strict_f, s.lax_f) == (1.0, 1.0, 1.0, 1.0)


def test_strict_and_lax_hits():
    gold = [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,))]
    test = [((0,), (0,)), ((1,), (1,)), ((), (2,)), ((2,), (3,))]
    s = score([(gold, test)])
    # Precision over 4 test beads: 2 strict hits; lax: [1]:[1] shares target 1 with gold [1]:[1,2];
    # []:[2] has no source sentence, so it is no lax hit.
    assert s.strict_p == pytest.approx(2 / 4)
    assert s.lax_p == pytest.approx(3 / 4)
    # Recall over the 3 gold beads (none empty): 2 strict; [1]:[1,2] laxly found.
    assert s.strict_r == pytest.approx(2 / 3)
    assert s.lax_r == pytest.approx(1.0)
    assert s.strict_f == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))


def test_beads_with_an_empty_side_count_for_precision_only():
    gold = [((0,), (0,)), ((1,), ())]
    test = [((0,), (0,)), ((1,), ())]
    s = score([(gold, test)])
    assert s.strict_p == 1.0 and s.strict_r == 1.0
    miss = score([(gold, [((0,), (0,)), ((), ()), ((1,), (1,))])])
    assert miss.strict_r == 1.0  # the gold [1]:[] is not needed for recall
    assert miss.strict_p == pytest.approx(1 / 2)  # [1]:[1] is wrong; [ ]:[ ] is ignored


def test_micro_average_over_documents():
    g1 = [((0,), (0,))]
    g2 = [((i,), (i,)) for i in range(9)]
    t2 = [((i,), (i,)) for i in range(8)] + [((8,), ())]
    s = score([(g1, [((0,), ())]), (g2, t2)])
    assert s.strict_p == pytest.approx(8 / 10)
    assert s.strict_r == pytest.approx(8 / 10)


def test_score_dirs_and_command(tmp_path):
    gold, test = tmp_path / "gold", tmp_path / "test"
    gold.mkdir()
    test.mkdir()
    (gold / "001.align").write_text("[0]:[0]\n[1]:[1,2]\n", encoding="utf-8")
    (test / "001").write_text("[0]:[0]\n[1]:[1]\n[]:[2]\n", encoding="utf-8")
    s = score_dirs(gold, test)
    assert s.strict_p == pytest.approx(1 / 3)
    r = subprocess.run([sys.executable, str(ROOT / "build.py"), "evaluate", str(gold), str(test)],
                       capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    assert "strict" in r.stdout and "0.3333" in r.stdout and "lax" in r.stdout


def test_missing_test_file_is_an_error(tmp_path):
    gold, test = tmp_path / "gold", tmp_path / "test"
    gold.mkdir()
    test.mkdir()
    (gold / "007.align").write_text("[0]:[0]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="007"):
        score_dirs(gold, test)
    r = subprocess.run([sys.executable, str(ROOT / "build.py"), "evaluate", str(gold), str(test)],
                       capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 1
    assert "007" in r.stdout + r.stderr
