import pytest

from bitext.model import Block, join_units
from bitext.segment import heading_line, outline, runin_heading, split_en, split_zh


def test_zh_sentences_and_semicolons():
    text = "我们始终把加强党的领导作为根本保证;坚持深学笃用;锚定战略目标。第二句话！第三句？"
    assert split_zh(text) == ["我们始终把加强党的领导作为根本保证;", "坚持深学笃用;", "锚定战略目标。", "第二句话！", "第三句？"]
    assert split_zh(text, soft=False)[0] == "我们始终把加强党的领导作为根本保证;坚持深学笃用;锚定战略目标。"


def test_zh_quotes_and_brackets_hold_together():
    assert split_zh("他说：“你好。我走了。”然后离开了。") == ["他说：“你好。我走了。”", "然后离开了。"]
    assert split_zh("（见附件。）以上。") == ["（见附件。）", "以上。"]


def test_zh_decimals_and_ellipsis():
    assert split_zh("诊治患者超16.5万人次。增长50%……后来又增长了。") == ["诊治患者超16.5万人次。", "增长50%……", "后来又增长了。"]


@pytest.mark.parametrize("text,n", [
    ("Dr. Smith went to the U.S. in 2020. He paid $16.5 million.", 2),
    ("See No. 5 and p. 4 for details. Then stop.", 2),
    ("He said \"Stop. Now.\" and left. Done.", 2),
    ("Wait... What happened? Nothing!", 3),
])
def test_en_sentences(text, n):
    assert len(split_en(text)) == n


def test_join_units_round_trip():
    assert join_units(["第一句。", "第二句;"]) == "第一句。第二句;"
    assert join_units(["One.", "Two."]) == "One. Two."


def test_heading_shapes():
    assert heading_line("Upholding Political Guidance and Keeping to the Right Direction", "en")
    assert not heading_line("We have firmly strengthened the Party's leadership.", "en")
    assert heading_line("一、总体要求", "zh")
    assert not heading_line("这是一个完整的句子。", "zh")
    assert runin_heading(("坚持政治引领,把牢外事工作正确方向。", "我们始终……"), "zh")
    assert not runin_heading(("这是一个很长很长的句子,它讲述了许多事情,远远超过了一个标题应有的长度,所以不是标题。", "下一句。"), "zh")


def test_outline_proposes_weak_and_strong_headings():
    blocks = [
        Block("坚持政治引领,把牢方向。我们始终坚持。", "zh", 1),
        Block("Upholding Political Guidance", "en", 2),
        Block("We have upheld it.", "en", 3),
    ]
    zh = outline(blocks, "zh")
    en = outline(blocks, "en")
    assert zh.parts[0].heading.strength == "weak" and zh.parts[0].heading.text == "坚持政治引领,把牢方向"
    assert zh.parts[0].paragraphs[0].sentences == ("我们始终坚持。",)
    assert en.parts[0].heading.strength == "strong"
