import codecs

import pytest

from bitext.read import InputError, decode, extract_meta, is_boilerplate, lines_of, normalize_text, paragraphs_of, read_text
from bitext.text import detect_lang


def test_language_from_characters_not_position():
    assert detect_lang("坚持政治引领,把牢外事工作正确方向。") == "zh"
    assert detect_lang("We have studied and put into practice the guidance.") == "en"
    assert detect_lang("APEC商务旅行卡协办服务站试点工作") == "zh"
    assert detect_lang("Chongqing (重庆) is a city in western China.") == "en"
    assert detect_lang("*** 2023") is None


@pytest.mark.parametrize("enc", ["utf-8", "utf-8-sig", "utf-16", "gb18030", "big5"])
def test_decodes_common_encodings(enc):
    text = "時間:2024-04-23\n我們的報告。這是第二句話,內容較長一些,以便檢測編碼。\nWe report on our work in 2023.\n" * 3
    data = text.encode(enc)
    got, used, _ = decode(data, "x.txt")
    assert got.replace("\ufeff", "") == text


def test_utf8_bom_is_dropped():
    got, enc, _ = decode(codecs.BOM_UTF8 + "中文 text".encode(), "x")
    assert got == "中文 text" and enc == "utf-8-sig"


def test_binary_and_empty_inputs_are_refused():
    with pytest.raises(InputError, match="binary"):
        decode(b"\x00\x01\x02abc\x00", "b.bin")
    with pytest.raises(InputError, match="empty"):
        decode(b"  \n ", "e.txt")


def test_truncated_utf8_warns_and_keeps_the_rest():
    data = "完整的句子。".encode() + "中".encode()[:2]
    text, _, diags = decode(data, "t.txt")
    assert text == "完整的句子。"
    assert diags and diags[0].level == "warning" and "truncated" in diags[0].message


def test_newlines_normalised():
    assert normalize_text("a\r\nb\rc\n") == "a\nb\nc\n"


def test_metadata_date_and_author():
    paras = paragraphs_of(lines_of("时间:2024-04-23\n王雯\n正文第一段很长很长很长。"))
    date, author, used = extract_meta(paras)
    assert (date, author, used) == ("2024-04-23", "王雯", 2)
    paras = paragraphs_of(lines_of("日期：2021年3月5日\n作者：李四\n正文。"))
    assert extract_meta(paras)[:2] == ("2021-03-05", "李四")


def test_no_metadata_when_the_text_starts_at_once():
    paras = paragraphs_of(lines_of("第一章 总则\n本条例适用于全市。"))
    assert extract_meta(paras) == (None, None, 0)


def test_boilerplate_by_nature_not_by_words():
    footer = "本文转载自网络,版权归原作者所有,如有侵权请联系本站删除。"
    assert is_boilerplate(footer, out_of_pattern=True)
    assert is_boilerplate("Copyright © 2024 Example Press. All rights reserved. Reprinted with permission; contact us to remove.", False)
    assert not is_boilerplate("我们深入推动成渝地区双城经济圈建设国际合作,持续提升国际影响力。", True)


def test_footer_removed_and_reported(example_path):
    from bitext.read import read

    src = read(example_path)
    assert len(src.removed) == 1
    assert src.removed[0].text.startswith("我们致力于保护作者版权")
    assert all("我们致力于保护作者版权" not in b.text for b in src.blocks)
    assert src.meta.date == "2024-04-23" and src.meta.author == "王雯"
    assert src.layout == "sequential"


def test_interleaved_layout_detected():
    text = "\n".join(
        f"第{i}段中文内容,讲述了项目的进展情况。\nParagraph {i} in English tells how the project went." for i in range(1, 7))
    src = read_text(text, "i.txt")
    assert src.layout == "interleaved"
    assert [b.lang for b in src.blocks][:4] == ["zh", "en", "zh", "en"]


def test_hard_wrapped_english_is_joined():
    text = ("第一段中文。\n\n"
            "This is a long English paragraph that has been wrapped at a fixed width by\n"
            "an editor, so that its lines continue one another until the sentence ends.\n\n"
            "Short heading\n\nAnother paragraph of text.")
    paras = paragraphs_of(lines_of(text))
    assert any(p.text.startswith("This is a long") and p.text.endswith("sentence ends.") for p in paras)
