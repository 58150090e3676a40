"""Corrections files: pins by content that survive rebuilds and edits."""
import textwrap

import pytest

from bitext import corrections as C
from bitext.pipeline import process
from bitext.read import read_text

REPORT = textwrap.dedent("""\
    一、总体情况
    今年全区粮食产量达到120万吨，比上年增长3%。农民人均收入突破两万元。
    我们新建了15所学校和8家医院。
    二、下一步工作
    明年将继续推进乡村振兴。
    I. Overview
    Grain output in the district reached 1.2 million tonnes this year, up 3% on last year. Per-capita farmer income passed 20,000 yuan.
    We built 15 new schools and 8 hospitals.
    II. Next Steps
    Next year we will keep advancing rural revitalisation.
    """)


def build(text=REPORT, corr=C.NONE):
    return process(read_text(text, "r.txt"), corr)


def rows(b):
    return [(r.zh, r.en, r.pinned) for s in b.sections for r in s.rows]


def write(tmp_path, body: str) -> C.Corrections:
    p = tmp_path / "r.align.yml"
    p.write_text(textwrap.dedent(body), encoding="utf-8")
    return C.load(p)


def test_path_beside_report():
    assert C.path_for("reports/x/report.txt").name == "report.align.yml"


def test_missing_file_means_no_corrections(tmp_path):
    assert C.load(tmp_path / "none.align.yml") == C.NONE


def test_row_pin_forces_a_row_start(tmp_path):
    auto = build()
    first = auto.sections[0].rows[0]
    # Automatically the first paragraphs form one row: the paragraph is the unit of a row.
    assert "Per-capita" in " ".join(first.en) and "农民人均收入" in "".join(first.zh)
    corr = write(tmp_path, """\
        rows:
          - zh: 农民人均收入突破两万元
            en: Per-capita farmer income
        """)
    b = build(corr=corr)
    sec = b.sections[0]
    pinned = [r for r in sec.rows if r.pinned]
    assert pinned and pinned[0].zh[0].startswith("农民人均收入") and pinned[0].en[0].startswith("Per-capita")
    assert pinned[0].score == 1.0
    # Nothing lost.
    assert "".join("".join(r.zh) for r in sec.rows) == "".join("".join(r.zh) for r in auto.sections[0].rows)


def test_row_pin_marks_text_untranslated(tmp_path):
    corr = write(tmp_path, """\
        rows:
          - zh: 我们新建了15所学校
            en: null
        """)
    b = build(corr=corr)
    lone = [r for s in b.sections for r in s.rows if r.zh and r.zh[0].startswith("我们新建了")]
    assert lone and lone[0].en == () and lone[0].pinned


def test_heading_pin_forbids_and_forces(tmp_path):
    corr = write(tmp_path, """\
        headings:
          - zh: 二、下一步工作
            en: null
        """)
    b = build(corr=corr)
    assert [s.heading_zh for s in b.sections if s.headed] == ["一、总体情况"]
    corr = write(tmp_path, """\
        headings:
          - zh: 二、下一步工作
            en: II. Next Steps
        """)
    b = build(corr=corr)
    assert ("二、下一步工作", "II. Next Steps") in [(s.heading_zh, s.heading_en) for s in b.sections]


def test_correction_survives_an_edit_elsewhere(tmp_path):
    corr = write(tmp_path, """\
        rows:
          - zh: 农民人均收入突破两万元
            en: Per-capita farmer income
        """)
    edited = REPORT.replace("明年将继续推进乡村振兴。", "明年将继续推进乡村振兴，并改善道路。")
    b = build(edited, corr)
    assert any(r.pinned and r.en[0].startswith("Per-capita") for s in b.sections for r in s.rows)
    assert not [d for d in b.diagnostics if "no longer applies" in d.message]


def test_stale_and_ambiguous_corrections_are_reported(tmp_path):
    corr = write(tmp_path, """\
        rows:
          - zh: 这句话已经不存在了
            en: Grain output
          - zh: 年
            en: null
        """)
    b = build(corr=corr)
    msgs = [d for d in b.diagnostics if "no longer applies" in d.message]
    assert len(msgs) == 2
    assert msgs[0].line == 2 and msgs[0].file.endswith("r.align.yml")
    assert "no Chinese sentence matches" in msgs[0].message
    assert "matches" in msgs[1].message and msgs[1].line == 4
    assert rows(b) == rows(build())  # skipped corrections change nothing


@pytest.mark.parametrize("body,msg", [
    ("rows: [{zh: a}]\n", "needs 'zh' and 'en'"),
    ("rows: [{zh: null, en: null}]\n", "cannot both be null"),
    ("pairs: []\n", "expected the keys"),
    ("rows: {zh: a}\n", "must be a list"),
    ("rows: [\n", "cannot read"),
])
def test_bad_corrections_file(tmp_path, body, msg):
    p = tmp_path / "r.align.yml"
    p.write_text(body, encoding="utf-8")
    with pytest.raises(C.CorrectionsError, match=msg):
        C.load(p)


def test_build_uses_the_file_beside_the_report(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    report = tmp_path / "r.txt"
    report.write_text(REPORT, encoding="utf-8")
    (tmp_path / "r.align.yml").write_text("rows:\n  - zh: 我们新建了15所学校\n    en: null\n", encoding="utf-8")
    out = subprocess.run([sys.executable, str(root / "build.py"), "export", str(report), "--format", "json"],
                         capture_output=True, text=True, cwd=root)
    assert out.returncode == 0, out.stderr
    import json

    data = json.loads(out.stdout)
    lone = [r for s in data["sections"] for r in s["rows"] if r["zh"] and r["zh"][0].startswith("我们新建了")]
    assert lone and lone[0]["en"] == []
