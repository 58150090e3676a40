import re
import codecs
from pathlib import Path

import pytest

from bitext.read import InputError, decode, extract_meta, is_boilerplate, lines_of, normalize_text, paragraphs_of, read_pair, read_text
from bitext.text import detect_lang
from bitext.segment import heading_line


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
    # A page break ends the line it stands in (a contents page's last entry, then the
    # next page's header); at the start of a line it is a space, as other controls are.
    assert normalize_text("附录 …… 5\x0c海澄章程\n正文\n\x0cPage 2") == "附录 …… 5\n海澄章程\n正文\n Page 2"


def test_metadata_date_and_author():
    paras = paragraphs_of(lines_of("时间:2024-04-23\n王雯\n正文第一段很长很长很长。"))
    date, author, used = extract_meta(paras)
    assert (date, author, used) == ("2024-04-23", "王雯", 2)
    paras = paragraphs_of(lines_of("日期：2021年3月5日\n作者：李四\n正文。"))
    assert extract_meta(paras)[:2] == ("2021-03-05", "李四")
    # A short line further down (the first section's heading) is no author.
    paras = paragraphs_of(lines_of("时间:2024-04-23\n\n\n会议简介\n正文第一段很长很长很长。"))
    assert extract_meta(paras)[:2] == ("2024-04-23", None)


def test_a_title_that_starts_with_an_author_word_is_not_an_author():
    paras = paragraphs_of(lines_of("文澜理工大学2024—2025学年度工作报告\n校长办公室编　2025年10月\n正文第一段很长很长。"))
    assert extract_meta(paras)[1] is None
    paras = paragraphs_of(lines_of("Byways of the Upper River\nMarch 2025\nThe text begins here."))
    assert extract_meta(paras)[1] is None
    paras = paragraphs_of(lines_of("文／李青\n2025年3月\n正文第一段很长很长。"))
    assert extract_meta(paras)[1] == "李青"


def test_no_metadata_when_the_text_starts_at_once():
    paras = paragraphs_of(lines_of("第一章 总则\n本条例适用于全市。"))
    assert extract_meta(paras) == (None, None, 0)


def test_boilerplate_by_nature_not_by_words():
    footer = "本文转载自网络,版权归原作者所有,如有侵权请联系本站删除。"
    assert is_boilerplate(footer, out_of_pattern=True)
    assert is_boilerplate("Copyright © 2024 Example Press. All rights reserved. Reprinted with permission; contact us to remove.", False)
    assert not is_boilerplate("我们深入推动成渝地区双城经济圈建设国际合作,持续提升国际影响力。", True)


def test_an_aggregators_header_and_footer_go_with_their_rules():
    """A site's header and footer around a contract it collected, each set off by a
    rule: a line with one cue beside a line that is boilerplate goes too, and so
    does the rule; the contract's own text, a web address in it included, stays."""
    text = "\n".join([
        "来源：合同范本网（contracts.example.com）｜ 收录时间：2026-10-12",
        "许可：本页面所载文本仅供学习参考。",
        "=" * 40, "",
        "宽带服务协议", "",
        "一、服务内容", "乙方通过 www.example.net 向甲方提供宽带接入服务。", "",
        "Broadband Service Agreement", "",
        "I. Services", "Party B provides broadband access to Party A through www.example.net.", "",
        "-" * 40,
        "本文由「合同范本网」收录整理，版权归原权利人所有。原文链接：https://contracts.example.com/1",
        "相关推荐：《宽带业务退订须知》",
        "© 2019–2026 contracts.example.com  京ICP备000000号"])
    src = read_text(text, "contract.txt")
    assert [r.reason for r in src.removed] == ["header"] * 3 + ["footer"] * 4
    kept = " ".join(b.text for b in src.blocks)
    assert "www.example.net" in kept and "相关推荐" not in kept and "许可" not in kept
    assert (src.meta.title_zh, src.meta.title_en) == ("宽带服务协议", "Broadband Service Agreement")


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
    # A wrapped line may start with a figure ("5.8% year on year"); "1.2 Scope" starts a heading.
    text = ("The city's total imports and exports of goods reached 118.64 billion yuan, up\n"
            "5.8% year on year and 5.6 percentage points higher than the national average,\n"
            "ranking third in the province. Exports grew by 7.4% to 84.27 billion yuan, and\n"
            "imports grew by 2.1% to 34.37 billion yuan, so that the surplus widened again.\n"
            "1.2 Scope of the review\nThe review covers goods only.")
    paras = [p.text for p in paragraphs_of(lines_of(text))]
    assert paras[0].endswith("surplus widened again.") and paras[1] == "1.2 Scope of the review"


def test_a_long_numbered_title_does_not_run_into_the_row_or_the_item_under_it():
    wrapped = ("The review looked at every part of the company's work in the year and found that most of\n"
               "it had gone well, though the pace of delivery slowed in the final quarter of the year as\n"
               "orders rose and the two new lines were still being tested before going into production.\n"
               "Staff numbers grew across the group and the share of engineers rose again in the year.\n")
    # A numbered title in Title Case as wide as the text, then a table's row in sentence case.
    text = wrapped + ("V. Employees of the Parent Company and Major Subsidiaries at the End of the Period\n"
                      "Employees of the parent company                                  2,846\n"
                      "Employees of major subsidiaries                                    604\n")
    paras = [p.text for p in paragraphs_of(lines_of(text))]
    assert "V. Employees of the Parent Company and Major Subsidiaries at the End of the Period" in paras
    assert "Employees of the parent company 2,846" in paras
    # The same title over a numbered sub-heading of another style.
    text = wrapped + ("II. Principal Businesses, Business Model, Industry and Research During the Period\n"
                      "(I) Principal Businesses, Main Products and Services\n"
                      "The company designs, makes and sells equipment for factories.\n")
    paras = [p.text for p in paragraphs_of(lines_of(text))]
    assert "(I) Principal Businesses, Main Products and Services" in paras
    # A numbered title that fills its line and goes on in Title Case is still one line wrapped.
    text = wrapped + ("3.1 Responding to Climate Change: Carbon Emissions Management, Renewable Power and the Energy\n"
                      "Mix Optimisation Programme\n"
                      "The company cut its emissions again.\n")
    paras = [p.text for p in paragraphs_of(lines_of(text))]
    assert paras[-2].endswith("the Energy Mix Optimisation Programme")


# --------------------------------------------------------------------------- encodings and newlines


def test_nul_bytes_in_utf8_are_refused_clearly():
    with pytest.raises(InputError, match="NUL"):
        decode("中文".encode() + b"\x00" + "English".encode(), "n.txt")


def test_cr_and_crlf_newlines_give_the_same_blocks():
    text = "第一段中文内容。\n\nThe first paragraph in English.\n\n第二段中文内容。\n\nThe second one."
    a = read_text(normalize_text(text), "a.txt")
    b = read_text(normalize_text(text.replace("\n", "\r\n")), "b.txt")
    c = read_text(normalize_text(text.replace("\n", "\r")), "c.txt")
    assert [x.text for x in a.blocks] == [x.text for x in b.blocks] == [x.text for x in c.blocks]


def test_full_width_spaces_are_spaces():
    paras = paragraphs_of(lines_of("\u3000\u3000第一章\u3000总则\n"))
    assert paras[0].text == "第一章 总则"


@pytest.mark.parametrize("enc", ["gbk", "big5", "big5hkscs"])
def test_legacy_encodings_report_their_name(enc):
    text = "第一條　本辦法依據相關規定訂定之。\n第二條　本辦法之主管機關為本市政府。\nArticle 1 These Rules are made under the relevant provisions.\n" * 4
    if enc == "gbk":
        text = "第一条　本办法依据有关规定制定。\n第二条　本办法的主管机关为市政府。\nArticle 1 These Rules are made under the relevant provisions.\n" * 4
    if enc == "big5hkscs":
        # Hong Kong's characters beyond Big5: place names such as 鰂魚涌 and 邨 (a housing estate).
        text = "第一條　本條例適用於鰂魚涌及各屋邨的天台。\n第二條　本條例由署長執行。\nSection 1 This Ordinance applies to rooftops in Quarry Bay.\n" * 4
    got, used, diags = decode(text.encode(enc), "x.txt")
    assert got == text and used == ("gb18030" if enc == "gbk" else enc)
    assert diags and "not UTF-8" in diags[0].message


def test_chinese_mixed_with_code_is_still_read_as_gb18030():
    """A reference page mixes Chinese with code names and tables word for word; the
    detector's default threshold takes that for noise, and the file must still be read."""
    text = ("Callbacks carry the `X-Demo-Timestamp`, `X-Demo-Nonce` and `X-Demo-Sign` headers, and are signed as "
            "described in Section 3.2. Always check the signature, and use `event_id` to drop duplicates.\n"
            "| 403 | 40301 | 应用未通过审核或已被停用 | Application not approved or disabled |\n")
    got, used, _ = decode(text.encode("gb18030"), "x.md")
    assert got == text and used == "gb18030"
    # Bytes that fit no encoding are still refused.
    with pytest.raises(InputError):
        decode(bytes(range(0x80, 0x100)) * 8, "y.bin")


def test_a_chart_drawn_with_box_lines_and_full_width_padding_is_read_as_gb18030():
    """A listed company's summary draws its charts with box lines padded with
    full-width spaces: the detector takes that for noise at any threshold but the
    last, and a Chinese encoding that reads the file as Chinese text wins."""
    text = ("\u3000\u3000┌──────┴──────────┴──┐\r\n\u3000\u3000│" + "\u3000" * 5 + "星河材料股份有限公司" + "\u3000" * 5 + "│\r\n"
            "2\u3000公司年度报告披露后存在风险警示情形的，应当披露导致风险警示情形的原因。\r\n")
    got, used, _ = decode(text.encode("gb18030"), "x.zh.txt")
    assert got == text and used == "gb18030"
    # Box lines with no Chinese text between them are not read as Chinese.
    with pytest.raises(InputError):
        decode(("┌────┐│x│" * 40).encode("gb18030") + bytes(range(0x80, 0xff)), "y.txt")


def test_a_sites_menu_above_a_markdown_title_does_not_hide_it():
    from bitext.read import _says_something

    assert not _says_something("[首页](/) · [项目](/projects/) · [博客](/blog/) · [English](#english)")
    assert _says_something("本页先列出中文，再列出对应的[英文](#english)。")
    assert _says_something("[首页](/) 是本站的入口")


def test_a_reference_in_brackets_under_a_schedules_title_is_no_heading():
    from bitext.read import BRACKET_HEADING

    assert not BRACKET_HEADING.fullmatch("[s. 2]") and not BRACKET_HEADING.fullmatch("[ss. 6, 18 & 43]")
    assert BRACKET_HEADING.fullmatch("[Precautions]") and BRACKET_HEADING.fullmatch("【注意事项】")


def test_an_ordinances_chapter_of_the_laws_is_part_of_its_title():
    from bitext.read import title_shaped

    assert title_shaped("第673章 天台太陽能裝置(登記)條例", "zh") and not title_shaped("第一章 总则", "zh")
    assert not title_shaped("第3章 规划管理", "zh")


def test_a_taiwanese_order_names_its_regulations_in_corner_brackets():
    from bitext.read import _names

    assert _names("訂定「淨灘活動志工保險及交通費補助辦法」。", "淨灘活動志工保險及交通費補助辦法", "zh")
    assert not _names("請參閱「隱私權政策」。", "淨灘活動志工保險及交通費補助辦法", "zh")


def test_a_breadcrumb_or_a_menu_above_a_markdown_title_says_nothing():
    from bitext.read import _says_something

    assert not _says_something("[首頁](#) > [法規查詢](#) > 法規內容")
    assert not _says_something("所有條文 ｜ 條號查詢 ｜ 條文檢索 ｜ 沿革 ｜ English")


def test_a_manuals_cover_brand_over_product_and_kind_of_document():
    """A brand with its mark over a product's name over "使用说明书": the title is the
    product's name and the kind of document, in each language; the chapter numbers
    set over their titles head the chapters with them."""
    from bitext.pipeline import process

    zh = ["清沐® QINGMU", "QM-DH20 智能除湿机\n使用说明书", "感谢您选购清沐产品！使用前请仔细阅读本说明书。",
          "01\n安全注意事项", "请使用额定电压220 V～、50 Hz的单相电源插座，并确保插座可靠接地。",
          "02\n产品介绍", "本机由机身、水箱和滤网组成，适用于20至40平方米的房间。",
          "额定电压/频率 220 V～/50 Hz"]
    en = ["QINGMU®", "QM-DH20 Smart Dehumidifier\nUser Manual", "Thank you for choosing QINGMU. Please read this manual before use.",
          "01\nSafety Precautions", "Use a single-phase 220 V~, 50 Hz socket and make sure it is properly earthed.",
          "02\nProduct Overview", "The unit consists of the body, a water tank and a filter, for rooms of 20 to 40 square metres.",
          "Rated voltage/frequency 220 V~/50 Hz"]
    src = read_text("\n\n".join(zh + en), "manual.txt")
    # A value with its unit after a slash is no English half of a bilingual line.
    assert not any(blk.lang == "en" and blk.text == "50 Hz" for blk in src.blocks)
    b = process(src)
    assert (b.meta.title_zh, b.meta.title_en) == ("QM-DH20 智能除湿机使用说明书", "QM-DH20 Smart Dehumidifier User Manual")
    assert [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh] == [
        ("01 安全注意事项", "01 Safety Precautions"), ("02 产品介绍", "02 Product Overview")]


# --------------------------------------------------------------------------- metadata and titles


def test_date_after_a_bilingual_title_and_in_both_languages():
    from bitext.read import meta_lines

    paras = paragraphs_of(lines_of("某某政策\nSome Policy\n更新日期：2025年2月10日\nLast updated: February 10, 2025\n正文。"))
    date, author, used = meta_lines(paras)
    assert date == "2025-02-10" and used == [2, 3]
    # A news site's date line with the time and the source: the line is said as left out (the date is shown).
    src = read_text("2024-01-19 08:45\u3000\u3000来源：云河新闻网\n记者：沈嘉禾\n\n云河市文化工作综述\n\n今年工作取得进展。\n\n"
                    "Culture in Yunhe: A Review\n\nWork made progress this year.", "news.txt")
    assert src.meta.date == "2024-01-19" and src.meta.title_zh == "云河市文化工作综述"
    assert [(r.text, r.line, r.reason) for r in src.removed] == [("2024-01-19 08:45 来源：云河新闻网", 1, "source")]
    src = read_text("2025-03-06 09:30　来源：云岚省统计局　作者：综合统计处　浏览次数：12,486\n\n云岚省统计公报\n\n全省经济运行总体平稳。\n\n"
                    "Yunlan Statistical Communiqué\n\nThe economy was stable.", "news.txt")
    assert src.meta.date == "2025-03-06" and src.meta.title_zh == "云岚省统计公报"
    assert [r.text for r in src.removed] == ["2025-03-06 09:30 来源：云岚省统计局 作者：综合统计处 浏览次数：12,486"]  # (spaces as read)


ANNOUNCEMENT = (
    ["香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責，對其準確性或完整性亦不發表任何聲明。", "",
     "澄溪智能裝備控股有限公司", "CHENGXI INTELLIGENT EQUIPMENT HOLDINGS LIMITED", "（於開曼群島註冊成立的有限公司）", "（股份代號：6219）", "",
     "截至2025年6月30日止六個月之中期業績公告", "", "財務摘要", "", "本期收益增長16.0%，毛利增長20.4%。", "",
     "業務回顧", "", "本集團各分部業務均錄得增長。"],
    ["Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility for the "
     "contents of this announcement.", "", "CHENGXI INTELLIGENT EQUIPMENT HOLDINGS LIMITED", "澄溪智能裝備控股有限公司",
     "(Incorporated in the Cayman Islands with limited liability)", "(Stock Code: 6219)", "",
     "ANNOUNCEMENT OF INTERIM RESULTS FOR THE SIX MONTHS ENDED 30 JUNE 2025", "", "FINANCIAL HIGHLIGHTS", "",
     "Revenue rose 16.0% and gross profit 20.4%.", "", "BUSINESS REVIEW", "", "Each segment of the Group grew."],
    7, [("財務摘要", "FINANCIAL HIGHLIGHTS"), ("業務回顧", "BUSINESS REVIEW")])
COUNCIL_PAPER = (
    ["立法會CB(2)1187/23-24(04)號文件", "供2024年5月14日討論", "", "立法會社區服務及公共設施事務委員會", "", "社區會堂租用系統優化措施", "",
     "目的", "", "本文件向委員簡介社區會堂租用系統的運作。", "", "背景", "", "社區設施署現時管理112間社區會堂。"],
    ["LC Paper No. CB(2)1187/23-24(04)", "For discussion on 14 May 2024", "",
     "Legislative Council Panel on Community Services and Public Facilities", "", "Enhancement Measures for the Community Hall Booking System",
     "", "Purpose", "", "This paper briefs Members on the booking system for community halls.", "", "Background", "",
     "The Community Facilities Department manages 112 community halls."],
    5, [("目的", "Purpose"), ("背景", "Background")])


@pytest.mark.parametrize("zh,en,title,pairs", [
    # An exchange's disclaimer over a listed company's letterhead, its name in both languages.
    ANNOUNCEMENT,
    # A council paper's number, the meeting it is for and the panel it goes to, over its title.
    COUNCIL_PAPER,
])
def test_the_title_of_a_report_in_two_files_under_its_particulars(tmp_path, zh, en, title, pairs):
    from bitext.pipeline import process
    from bitext.read import read_pair

    (tmp_path / "a.zh.txt").write_text("\n".join(zh), encoding="utf-8")
    (tmp_path / "a.en.txt").write_text("\n".join(en), encoding="utf-8")
    src = read_pair(tmp_path / "a.zh.txt", tmp_path / "a.en.txt")
    assert (src.meta.title_zh, src.meta.title_en) == (zh[title], en[title])
    assert [(s.heading_zh, s.heading_en) for s in process(src).sections if s.headed] == pairs


def test_english_dates():
    from bitext.read import parse_date

    assert parse_date("March 5, 2021") == "2021-03-05"
    assert parse_date("Published: 5 Sept. 2021") == "2021-09-05"
    assert parse_date("The meeting was on March 5, 2021.") is None


def test_title_lines_become_the_title_and_leave_the_content():
    text = "河流保护条例\n第一章 总则\n本条例保护河流。\nRiver Protection Regulations\nChapter I General Provisions\nThese Regulations protect rivers."
    src = read_text(text, "r.txt")
    assert (src.meta.title_zh, src.meta.title_en) == ("河流保护条例", "River Protection Regulations")
    assert all(b.text not in ("河流保护条例", "River Protection Regulations") for b in src.blocks)


def test_a_long_english_title_under_the_label_of_the_translation():
    """A news site's repost: the Chinese title, its date and byline, the article; then
    '[English Translation]' (the label of the part, said as taken out) over the English
    title, 23 words long; both are the title."""
    zh_title = "稳就业　优服务　强保障——市人社局2023年工作综述"
    en_title = ("Stabilising Jobs, Improving Services, Strengthening Protection: A Review of the Luyu Municipal "
                "Human Resources and Social Security Bureau's Work in 2023")
    text = "\n\n".join([
        zh_title, "2024-01-12 08:45　来源：鹭屿日报", "　　2023年，市人社局各项主要指标全面完成年度目标任务。",
        "　　就业形势总体稳定。全年全市城镇新增就业6.82万人。", "　　社会保障网越织越密。全市基本养老保险参保人数持续增加。",
        "[English Translation]", en_title, "In 2023 the bureau met every major annual target.",
        "Employment Generally Stable", "The city added 68,200 urban jobs during the year.",
        "A Denser Social Security Net", "The number of people covered by basic pension insurance kept rising."])
    src = read_text(text, "review.txt")
    assert (src.meta.title_zh, src.meta.title_en) == (zh_title.replace("\u3000", " "), en_title)
    assert [r.text for r in src.removed if r.reason == "the label of a language's part"] == ["[English Translation]"]


def test_a_section_word_is_not_a_title():
    text = "引言\n本文介绍背景。\nIntroduction\nThis paper introduces the background."
    src = read_text(text, "r.txt")
    assert src.meta.title_zh is None and src.blocks[0].text == "引言"


# --------------------------------------------------------------------------- layouts


def test_layouts_are_a_registry_and_each_says_why():
    from bitext.read import LAYOUTS, Doc

    assert {"sequential", "interleaved", "markdown"} <= set(LAYOUTS)
    text = "中文第一段。\n中文第二段。\nEnglish one.\nEnglish two."
    doc = Doc(text, paragraphs_of(lines_of(text)), "d.txt")
    for lay in LAYOUTS.values():
        score, why = lay.detect(doc)
        assert 0.0 <= score <= 1.0 and why


def test_markdown_detected_by_suffix_or_markup():
    md = "# 标题\n\n## 第一节 | Section One\n\n正文。\n\nBody.\n\n```\n# code\n```\n"
    assert read_text(md, "notes.md").layout == "markdown"
    assert read_text(md, "notes.txt").layout == "markdown"
    plain = "第一节\n正文。\nSection One\nBody."
    assert read_text(plain, "notes.txt").layout != "markdown"


def test_interleaved_without_blank_lines_and_wrapped_chinese():
    zh_wrapped = "这是一个很长的中文段落，它被编辑器按照固定的宽度折行，\n所以它的每一行都差不多一样长，直到这句话结束为止。"
    text = "\n".join([zh_wrapped, "This long English paragraph was not wrapped at all, so it stays on one line.",
                      "第二段很短。", "The second is short.", "第三段。", "The third."])
    src = read_text(text, "w.txt")
    assert src.layout == "interleaved"
    assert [b.lang for b in src.blocks] == ["zh", "en"] * 3


def test_bilingual_heading_lines_in_plain_text_split():
    text = "一、总则 / General Provisions\n本办法适用于全市。\nThese Measures apply to the whole city.\n二、管理 / Administration\n由市政府负责。\nThe city government is responsible."
    src = read_text(text, "b.txt")
    heads = [(b.lang, b.text) for b in src.blocks if b.kind == "heading"]
    assert heads == [("zh", "一、总则"), ("en", "General Provisions"), ("zh", "二、管理"), ("en", "Administration")]


def test_a_field_labelled_in_both_languages_is_not_split_as_a_bilingual_heading():
    """A runbook's particulars under its title, each label in both languages and its value
    after them: fields, not headings; '第一章 概述 / Chapter 1: Overview' is a heading still."""
    fields = ["文档编号 / Doc ID: OPS-RB-0417", "版本 / Version: 3.2 (2024-04-22)",
              "密级 / Classification: 内部 / Internal"]
    text = "\n".join(["Petrel 集群运维手册", "Petrel Cluster Runbook", ""] + fields + [
        "", "第一章 概述 / Chapter 1: Overview", "本手册面向值班工程师。", "This runbook is for on-call engineers.",
        "第二章 巡检 / Chapter 2: Daily Checks", "每天早上检查集群状态。", "Check the cluster every morning."])
    src = read_text(text, "runbook.txt")
    heads = [b.text for b in src.blocks if b.kind == "heading"]
    assert heads == ["第一章 概述", "Chapter 1: Overview", "第二章 巡检", "Chapter 2: Daily Checks"]
    assert all(f in [b.text for b in src.blocks] for f in fields)


def test_a_table_row_with_latin_in_it_is_not_split_as_a_bilingual_heading():
    text = "\n".join(["1 范围", "1 Scope", "本表列出各转子的寿命。", "This table gives the life of each rotor.",
                      "转子｜最高转速｜寿命", "Rotor | Top speed | Life",
                      "F6×250｜15000 r/min｜8000次", "F6×250 | 15000 rpm | 8000 runs",
                      "S4×100｜4500 r/min｜不限", "S4×100 | 4500 rpm | Unlimited"])
    src = read_text(text, "t.txt")
    assert "S4×100｜4500 r/min｜不限" in [b.text for b in src.blocks]
    assert not any(b.kind == "heading" and "×" in b.text for b in src.blocks)


def test_two_files(tmp_path):
    from bitext.read import read_pair

    (tmp_path / "a.zh.md").write_text("# 指南\n\n## 安装\n\n运行安装程序。\n", encoding="utf-8")
    (tmp_path / "a.en.txt").write_text("Guide\n\nInstallation\n\nRun the installer.\n".encode("utf-16").decode("utf-16"), encoding="utf-16")
    src = read_pair(tmp_path / "a.zh.md", tmp_path / "a.en.txt")
    assert src.layout == "two-files" and "markdown" in src.layout_reason and "plain text" in src.layout_reason
    assert src.encoding == "utf-8 (zh) / utf-16 (en)"
    assert (src.meta.title_zh, src.meta.title_en) == ("指南", "Guide")
    assert [(b.lang, b.kind, b.text) for b in src.blocks] == [
        ("zh", "heading", "安装"), ("zh", "para", "运行安装程序。"), ("en", "para", "Installation"), ("en", "para", "Run the installer.")]


# --------------------------------------------------------------------------- configuration


def test_config_two_files_titles_and_errors(tmp_path):
    from bitext.config import ConfigError, load

    cfg = tmp_path / "bitext.yml"
    cfg.write_text("reports:\n  - zh: a/zh.txt\n    en: a/en.txt\n    title: Annual Review\n  - source: b.md\n    title: 年度回顾 | Annual Review\n", encoding="utf-8")
    c = load(cfg)
    assert c.reports[0].zh == tmp_path / "a" / "zh.txt" and c.reports[0].en == tmp_path / "a" / "en.txt"
    assert (c.reports[0].title_zh, c.reports[0].title_en) == (None, "Annual Review")
    assert (c.reports[1].title_zh, c.reports[1].title_en) == ("年度回顾", "Annual Review")
    for bad, words in [("reports:\n  - zh: a.txt\n", "both 'zh' and 'en'"),
                       ("reports:\n  - source: a.txt\n    zh: b.txt\n    en: c.txt\n", "not both"),
                       ("reports:\n  - source: a.txt\n    layout: diagonal\n", "reports[0].layout"),
                       ("reports:\n  - source: 5\n", "reports[0].source")]:
        cfg.write_text(bad, encoding="utf-8")
        with pytest.raises(ConfigError, match=re.escape(words)):
            load(cfg)


def test_first_heading_of_many_alike_is_not_taken_as_the_title():
    text = ("坚持政治引领\n我们始终坚持正确方向。\n立足资源禀赋\n我们作出了贡献。\n发挥特色优势\n我们推动了合作。\n"
            "Upholding Political Guidance\nWe have kept to the right direction.\nLeveraging Our Resources\nWe have contributed.\n"
            "Giving Full Play to Our Strengths\nWe have promoted cooperation.")
    src = read_text(text, "r.txt")
    assert src.meta.title_zh is None and src.blocks[0].text == "坚持政治引领"
    # A date line under the first line makes it the title.
    src = read_text("年度回顾\n2024年1月5日\n" + text.replace("Upholding", "Annual Review\nUpholding"), "r.txt")
    assert (src.meta.title_zh, src.meta.title_en, src.meta.date) == ("年度回顾", "Annual Review", "2024-01-05")


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("first", ["第一章 总则", "一、总则"])  # ("一" is 4E 00 in UTF-16-BE: a NUL in the second byte)
def test_utf16_and_utf32_without_a_byte_order_mark(enc, first):
    text = first + "\n本办法适用于全市。\nChapter I General Provisions\nThese Measures apply to the whole city.\n"
    got, used, diags = decode(text.encode(enc), "u.txt")
    assert got == text and used == enc


@pytest.mark.parametrize("enc", ["utf-32", "utf-16"])
def test_a_byte_order_mark_of_utf32_is_not_read_as_utf16(enc):
    text = "一、总则\n本办法适用于全市。\nI. General Provisions\nThese Measures apply to the whole city.\n"
    got, used, _ = decode(text.encode(enc), "u.txt")  # Python writes the mark of its machine's order
    assert got == text and used == enc


def test_binary_with_nul_bytes_in_pairs_is_still_refused():
    data = bytes(range(256)) * 8
    with pytest.raises(InputError, match="binary"):
        decode(data, "b.bin")


def test_markdown_one_language_after_the_other_keeps_foreign_blocks_in_their_half():
    from bitext.read import read

    src = read(Path(__file__).parent / "fixtures" / "layouts" / "md-sequential-guide.md")
    zh = [b.text for b in src.blocks if b.lang == "zh"]
    assert "Error: permission denied" in zh and "kept in their half" in src.layout_reason


def test_a_translated_heading_at_the_border_starts_the_translation():
    text = ("加强水源保护，守住饮水安全底线。今年我们完成了全部32个水源地的规范化建设。\n"
            "推进管网改造，提升供水保障能力。全年改造老旧供水管网146公里。\n"
            "1. Protecting Water Sources and Safeguarding Drinking Water\n"
            "This year we completed standardized construction at all 32 water sources.\n"
            "2. Upgrading the Pipe Network and Improving Supply\n"
            "During the year, 146 kilometers of old water supply pipes were replaced.")
    src = read_text(text, "r.txt")
    assert [b.lang for b in src.blocks] == ["zh", "zh", "en", "en", "en", "en"]


def test_an_address_alone_on_its_line_stays_in_its_half():
    text = ("我们重视您的意见。\n如有问题请来信。\nservice@example.org\n"
            "We value your views.\nWrite to us with any questions.\nservice@example.org")
    src = read_text(text, "r.txt")
    assert [b.lang for b in src.blocks] == ["zh"] * 3 + ["en"] * 3


def test_a_date_line_at_the_top_of_markdown_is_the_date_and_stays_in_the_text(tmp_path):
    from bitext.read import read_pair

    zh = "# 会员协议\n\n生效日期：2026年7月1日\n\n## 1. 范围\n\n本协议适用于全部会员。\n"
    en = "# Membership Agreement\n\nEffective date: 1 July 2026\n\n## 1. Scope\n\nThis agreement applies to all members.\n"
    (tmp_path / "zh.md").write_text(zh, encoding="utf-8")
    (tmp_path / "en.md").write_text(en, encoding="utf-8")
    src = read_pair(tmp_path / "zh.md", tmp_path / "en.md")
    assert src.meta.date == "2026-07-01"
    texts = [b.text for b in src.blocks]
    assert "生效日期：2026年7月1日" in texts and "Effective date: 1 July 2026" in texts


def test_a_name_ending_in_an_abbreviation_is_title_shaped():
    from bitext.read import title_shaped
    assert title_shaped("Hefeng Dairy Co., Ltd.", "en")
    assert title_shaped("Acme Inc.", "en")
    # Sentences are not, even short ones ending with a short word.
    assert not title_shaped("We met Mr. Li.", "en")
    assert not title_shaped("See the report.", "en")
    assert not title_shaped("Go.", "en")


@pytest.mark.parametrize("line,expected", [
    ("文件编号：QA-WI-014　版本：B/1　页数：共3页", True), ("Document No.: QA-WI-014  Revision: B/1  Pages: 3", True),
    ("Work Instruction: Use of the Thermostatic Water Bath", False), ("附件：申请表", False),
    ("项目名称：城西泵站改造工程", False), ("See https://example.org: the site", False),
    ("Opening hours: 9:00–17:00", False), ("开放时间：9:00—17:00", False), ("日期：2024年1月1日 时间：9:30", True),
])
def test_a_line_of_labelled_fields_is_particulars(line, expected):
    from bitext.read import field_line

    assert field_line(line) is expected


def test_the_title_under_a_line_of_particulars():
    src = read_text("文件编号：QA-7　版本：A/1\nDocument No.: QA-7  Revision: A/1\n水浴锅作业指导书\n"
                    "Work Instruction: The Water Bath\n\n1 目的\n1 Purpose\n防止干烧。\nTo prevent dry heating.\n"
                    "\n2 维护\n2 Maintenance\n每周换水。\nChange the water weekly.\n", "x.txt")
    assert (src.meta.title_zh, src.meta.title_en) == ("水浴锅作业指导书", "Work Instruction: The Water Bath")


@pytest.mark.parametrize("line,expected", [
    ("（二零一九年五月十八日會員大會通過，二零二三年六月十日修訂）", True),
    ("(Adopted at the General Meeting on 18 May 2019 and amended on 10 June 2023)", True),
    ("（2024年1月5日省人民代表大会常务委员会通过）", True), ("（以下简称“本会”）", False),
    ("(see the Annex)", False), ("本章程于2019年通过。", False),
])
def test_a_dated_note_in_brackets_is_an_adoption_note(line, expected):
    from bitext.read import adoption_note

    assert adoption_note(line) is expected


@pytest.mark.parametrize("line,expected", [
    ("云笺（CloudNote）", "zh"), ("the Data Centre (数据中心) opens daily", "en"), ("(Adopted in 2019)", "en"),
    ("（二〇一九年通过）", "zh"), ("Version 2.0", "en"),
    # A version and its date: the brackets say in which language it was typed.
    ("4.0.0-rc.2（2024-05-20）", "zh"), ("4.0.0-rc.2 (2024-05-20)", "en"), ("3.6.2 (2024-04-11)", "en"),
    ("3.1 Java（Maven）", "en"),
    # A number written in Chinese is no gloss: its heading is Chinese.
    ("（二）Windows", "zh"), ("二、FAQ", "zh"), ("第三章 API Reference", "zh"), ("(2) Windows", "en"),
])
def test_a_gloss_in_brackets_does_not_decide_the_language(line, expected):
    from bitext.read import line_lang

    assert line_lang(line) == expected


def test_a_title_wrapped_in_one_language_is_joined():
    src = read_text("SkylarkPad Terms of Use\n云雀（SkylarkPad）\n用户使用条款\n\n1. Your Account\n1. 您的账号\n\n"
                    "Keep your password safe.\n请妥善保管密码。\n\n2. Payment\n2. 付款\n\nPlans are billed monthly.\n"
                    "套餐按月收费。\n", "t.txt")
    assert (src.meta.title_zh, src.meta.title_en) == ("云雀（SkylarkPad） 用户使用条款", "SkylarkPad Terms of Use")
    assert all(b.text != "用户使用条款" for b in src.blocks)


def test_a_title_with_a_motto_under_it_in_both_languages_keeps_its_first_line():
    src = read_text("青石园艺会\n以园会友\n\n第一条 名称\n本会定名为青石园艺会。\n\n第二条 宗旨\n本会推广园艺。\n\n"
                    "Greenstone Gardening Club\nFriends Through Gardens\n\nArticle 1 Name\nThe Club is named Greenstone Gardening Club.\n\n"
                    "Article 2 Objects\nThe Club promotes gardening.\n", "c.txt")
    assert (src.meta.title_zh, src.meta.title_en) == ("青石园艺会", "Greenstone Gardening Club")


def test_a_name_over_the_kind_of_document_in_both_languages_is_one_title():
    src = read_text("青石园艺会\n章程\n\n第一条 名称\n本会定名为青石园艺会。\n\n第二条 宗旨\n本会推广园艺。\n\n"
                    "Greenstone Gardening Club\nConstitution\n\nArticle 1 Name\nThe Club is named Greenstone Gardening Club.\n\n"
                    "Article 2 Objects\nThe Club promotes gardening.\n", "c.txt")
    assert (src.meta.title_zh, src.meta.title_en) == ("青石园艺会 章程", "Greenstone Gardening Club Constitution")


def test_a_titles_second_line_in_interleaved_lines_is_text():
    src = read_text("通风橱使用规程\nUse of Fume Hoods\n松岭研究所安全办公室\nSongling Institute — Safety Office\n"
                    "1 目的\n1 Purpose\n防止有害气体外逸。\nTo keep vapours in.\n2 检查\n2 Checks\n确认风速正常。\n"
                    "Check the airflow.\n", "s.txt")
    assert src.meta.title_zh == "通风橱使用规程" and set(src.subtitles) == {("zh", 3), ("en", 4)}


@pytest.mark.parametrize("under,sub", [
    ("***, Vice Mayor of Qinglan\n22 April 2026", True),       # who speaks, and when: the title block goes on
    ("***, Vice Mayor of Qinglan\nThank you all for coming.", False),  # a name over text says nothing of the title
])
def test_a_titles_second_line_over_a_speaker_and_a_date_is_text(under, sub):
    src = read_text("共护绿水\n——在青岚生态论坛上的致辞\n\n副市长　***\n（2026年4月22日）\n\n欢迎大家来到青岚。\n\n"
                    "Green Waters Together\nRemarks at the Qinglan Ecology Forum\n\n" + under + "\n\nWelcome to Qinglan.\n", "s.txt")
    assert (("en", 10) in src.subtitles) == sub


def test_a_title_wrapped_in_one_of_two_files_is_joined(tmp_path):
    from bitext.read import read_pair

    (tmp_path / "zh.txt").write_text("白鹭湾图书馆\n借阅须知\n\n一、借阅证\n免费办理。\n\n二、借期\n三十天。\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("Egret Bay Library Borrowing Rules\n\n1. Cards\nCards are free.\n\n2. Loans\n"
                                     "Thirty days.\n", encoding="utf-8")
    src = read_pair(tmp_path / "zh.txt", tmp_path / "en.txt")
    assert (src.meta.title_zh, src.meta.title_en) == ("白鹭湾图书馆 借阅须知", "Egret Bay Library Borrowing Rules")


def test_questions_head_the_sections_of_an_faq_not_the_items_of_one_section():
    from bitext.model import Block
    from bitext.read import question_headings

    def heads(zh, en):
        blocks = [Block(t, "zh", i + 1) for i, t in enumerate(zh)] + [Block(t, "en", 100 + i) for i, t in enumerate(en)]
        return [b.text for b in question_headings(blocks) if b.kind == "heading"]

    qa_zh = ["可以带宠物吗？", "导盲犬以外的宠物不能入内。", "几点闭馆？", "每天晚上九点闭馆。"]
    qa_en = ["Can I bring a pet?", "Only guide dogs may come in.", "When do you close?", "We close at 9 p.m. every day."]
    # An FAQ: its questions under its title, or grouped under topics.
    assert len(heads(["阅览室常见问题"] + qa_zh, ["Reading Room FAQ"] + qa_en)) == 4
    # A table's header row that ends in a question is no question ("… | Can it be switched off?").
    assert len(heads(["阅览室常见问题"] + qa_zh + ["服务 | 默认 | 可以关闭", "存包 | 开 | 是"],
                     ["Reading Room FAQ"] + qa_en + ["Service | Default | Can it be switched off?", "Lockers | On | Yes"])) == 4
    assert len(heads(["常见问题", "一、入馆"] + qa_zh[:2] + ["二、开放时间"] + qa_zh[2:],
                     ["FAQ", "1. Entry"] + qa_en[:2] + ["2. Opening Hours"] + qa_en[2:])) == 4
    # An FAQ with a short introduction of its own still has its questions as sections.
    assert len(heads(["阅览室常见问题", "简介", "本页回答读者最常问的问题。", "常见问题"] + qa_zh,
                     ["Reading Room FAQ", "Introduction", "This page answers readers' most common questions.",
                      "Questions"] + qa_en)) == 4
    # One section of a longer document: the questions are its items.
    zh = ["阅览室规则", "一、入馆", "读者凭读者证入馆。", "二、借阅", "每次可借五册。", "常见问题"] + qa_zh
    en = ["Reading Room Rules", "1. Entry", "Readers come in with their card.", "2. Borrowing",
          "Up to five books at a time.", "Common Questions"] + qa_en
    assert heads(zh, en) == []
    # Unless one language numbers them ("問：…？" beside "Q1. …?"): then they are an FAQ's entries.
    en_numbered = en[:6] + ["Q1. Can I bring a pet?", qa_en[1], "Q2. When do you close?", qa_en[3]]
    zh_labelled = zh[:6] + ["問：可以带宠物吗？", qa_zh[1], "問：几点闭馆？", qa_zh[3]]
    assert heads(zh_labelled, en_numbered) == ["問：可以带宠物吗？", "問：几点闭馆？", "Q1. Can I bring a pet?", "Q2. When do you close?"]


def test_the_labels_of_questions_and_answers_head_nothing():
    from bitext.headings import not_headings
    from bitext.model import Block
    from bitext.segment import outline

    for lang, lines in (("zh", ["一、举报", "员工可以匿名举报。", "答：是的。举报平台由独立第三方运营。"]),
                        ("en", ["1. Reporting", "Employees may report anonymously.",
                                "A: Yes. The platform is run by an independent third party."])):
        blocks = [Block(t, lang, i + 1) for i, t in enumerate(lines)]
        o = outline(blocks, lang)
        answer = next(k for k, p in enumerate(o.parts) if p.heading is not None and p.heading.text[:1] in "答A")
        assert answer in not_headings(o, blocks)


def test_years_under_a_name_make_no_contact_block():
    from bitext.model import Block
    from bitext.read import contact_headings

    def marked(lines):
        return [b.text for b in contact_headings([Block(t, "en", n) for n, t in enumerate(lines, 1)]) if b.kind == "heading"]

    assert marked(["Celadon bowl", "Northern Song dynasty (960–1127)", "Collection of the museum"]) == []
    assert marked(["Fishtail palm", "Palm family", "Introduced in 1998"]) == []
    assert marked(["Contact us", "Visitor Services Office", "Telephone 02081234567"]) == ["Contact us"]
    assert marked(["Contact us", "1998 Harbour Road", "Postcode 510100"]) == ["Contact us"]


def test_an_organisation_over_its_address_is_who_issues_not_a_heading():
    from bitext.model import Block
    from bitext.read import contact_headings

    def marked(lines, lang):
        return [b.text for b in contact_headings([Block(t, lang, n) for n, t in enumerate(lines, 1)]) if b.kind == "heading"]

    assert marked(["Office of Research Administration", "1 College Road, Fenwick 310000",
                   "Email: research@fenwick.example.edu | Tel: +86 571 8800 1234"], "en") == []
    assert marked(["青石大学科学技术研究院", "地址：青石市学院路1号  邮编：310000", "电子邮箱：research@qingshi.example.edu.cn"], "zh") == []
    assert marked(["联系我们", "青石大学科学技术研究院", "电子邮箱：research@qingshi.example.edu.cn"], "zh") == ["联系我们"]


def test_a_title_over_its_particulars():
    from bitext.model import Block
    from bitext.read import _particulars

    def p(*lines):
        return _particulars([Block(t, "zh" if re.search(r"[\u4e00-\u9fff]", t) else "en", n) for n, t in enumerate(lines, 2)])

    assert p("时间：2026年3月1日至5月31日", "地点：市图书馆一楼展厅", "展览缘起")
    assert p("Dates: 1 March – 31 May 2026", "Venue: Ground Floor Gallery")
    assert not p("地点：市图书馆一楼展厅", "展览缘起")  # no date: a label, perhaps a section's
    assert not p("目的：本制度自2026年1月1日起规范差旅费用的报销。")  # a sentence, a section's text


def _titles(text):
    src = read_text(text, "t.txt")
    return src.meta.title_zh, src.meta.title_en


BODY = "\n\n本规则适用于全体会员。\n\n一、会员\n会员每年登记一次。\n\n二、会费\n会费每年缴纳一次。\n\n"
BODY_EN = "\n\nThese Rules apply to all members.\n\n1. Members\nMembers register once a year.\n\n2. Fees\nFees are paid once a year.\n"


@pytest.mark.parametrize("zh,en,expected", [
    # The lines of one title, then a blank line: the title.
    ("青松图书馆\n借阅规则", "Qingsong Library\nBorrowing Rules", ("青松图书馆 借阅规则", "Qingsong Library Borrowing Rules")),
    ("甲方大学与乙方研究所\n合作备忘录", "MEMORANDUM\nbetween\nJiafang University\nand\nYifang Institute",
     ("甲方大学与乙方研究所合作备忘录", "MEMORANDUM between Jiafang University and Yifang Institute")),
    ("青松园艺会章程", "RULES OF\nQINGSONG GARDENING CO., LTD.", ("青松园艺会章程", "RULES OF QINGSONG GARDENING CO., LTD.")),
    # An organisation's name over the name of what it issues is one title with it, also over the
    # date the text was adopted or a single "last revised" line.
    ("青松园艺会\n章程\n\n（2026年3月1日会员大会通过）", "Qingsong Gardening Club\nRules\n\n(Adopted on 1 March 2026)",
     ("青松园艺会 章程", "Qingsong Gardening Club Rules")),
    # A motto, a version, a subtitle after a dash, who speaks: lines of their own under the title.
    ("青松集团行为准则\n诚信为本", "Qingsong Group Code of Conduct\nIntegrity First",
     ("青松集团行为准则", "Qingsong Group Code of Conduct")),
    ("青松公共许可证\n第2.0版", "QINGSONG PUBLIC LICENCE\nVersion 2.0", ("青松公共许可证", "QINGSONG PUBLIC LICENCE")),
    ("守护青山\n——在青松论坛上的讲话", "Guarding the Green Hills\nAddress at the Qingsong Forum",
     ("守护青山", "Guarding the Green Hills")),
    ("青松论坛开幕致辞\n副市长　王青", "Opening Address at the Qingsong Forum\nWang Qing, Vice Mayor",
     ("青松论坛开幕致辞", "Opening Address at the Qingsong Forum")),
])
def test_a_title_over_several_lines(zh, en, expected):
    assert _titles(zh + BODY + en + BODY_EN) == expected


def test_lines_with_text_right_under_them_are_no_title():
    # "序言" and its text right under the title: a heading and its text, not the title's lines.
    text = "青松合作社章程\n序言\n本社由农户自愿组成。\n第一章　总则\n第一条　本社名称为青松合作社。\n"
    assert _titles(text + "\n" + "Constitution of Qingsong Cooperative\nPreamble\nThe Cooperative is formed by farmers.\n"
                   "Chapter 1 General Provisions\nArticle 1 The Cooperative is named Qingsong Cooperative.\n") == (
        "青松合作社章程", "Constitution of Qingsong Cooperative")
    # A line right under the title with text right under it is not the title's either.
    assert _titles("青松图书馆\n借阅规则\n读者凭证借书。" + BODY + "Qingsong Library\nBorrowing Rules\nReaders need a card."
                   + BODY_EN) == ("青松图书馆", "Qingsong Library")


def test_an_issuer_under_a_title_is_not_the_title():
    assert _titles("通风橱使用规程\n松岭研究所安全办公室" + BODY + "Use of Fume Hoods\nSongling Institute Safety Office"
                   + BODY_EN) == ("通风橱使用规程", "Use of Fume Hoods")


@pytest.mark.parametrize("lines,expected", [
    (["港湾银行有限公司", "私隐政策声明"], "港湾银行有限公司 私隐政策声明"),   # an organisation's name, then what it issues
    (["青松图书馆", "借阅规则"], "青松图书馆 借阅规则"),
    (["云笺（CloudNote）", "用户协议"], "云笺（CloudNote） 用户协议"),       # after a bracket or a Latin letter
    (["甲方大学与乙方博物馆", "合作备忘录"], "甲方大学与乙方博物馆合作备忘录"),  # one title wrapped
    (["松原市关于开展青少年", "体育交流的协议"], "松原市关于开展青少年体育交流的协议"),
])
def test_the_lines_of_a_chinese_title_are_joined_as_it_reads(lines, expected):
    from bitext.read import join_title

    assert join_title(lines, "zh") == expected


@pytest.mark.parametrize("line,expected", [
    ("医务处发布　2026年1月修订", True), ("Posted by the Medical Affairs Office, revised January 2026", True),
    ("This Statement was last updated on 1 March 2024", True), ("本声明于二零二四年三月一日更新", True),
    ("2024年工作回顾", False), ("一、2026年1月修订的内容", False), ("本办法于2026年1月修订。", False),
])
def test_a_line_that_dates_the_title(line, expected):
    from bitext.read import dates_the_title

    assert dates_the_title(line) is expected


TOP_TITLE = ("临江先进材料研究院2023年度报告\nLinjiang Institute of Advanced Materials Annual Report 2023\n\n"
             "本报告包括中文版和英文版，中文版在前。\nThis report contains a Chinese version followed by an English version.\n\n"
             "一、年度概况\n\n研究院全年发表论文一千余篇。\n\n二、科研进展\n\n研究院在能源材料方向取得进展。\n\n"
             "ENGLISH VERSION\n\nI. Overview of the Year\n\nThe Institute published more than a thousand papers.\n\n"
             "II. Research Progress\n\nThe Institute made progress in energy materials.\n")
ORDER = ("青松市水务局令\nOrder of the Qingsong Water Bureau\n第3号\nNo. 3\n"
         "《青松市节约用水办法》已经局务会议通过，现予公布。\n"
         "The Measures of Qingsong City on Saving Water, adopted at the bureau meeting, are hereby promulgated.\n"
         "局长　***\nDirector  ***\n2026年2月1日\n1 February 2026\n"
         "青松市节约用水办法\nMeasures of Qingsong City on Saving Water\n"
         "第一条（目的）\nArticle 1 (Purpose)\n为了节约用水，制定本办法。\nThese Measures are made to save water.\n"
         "第二条（范围）\nArticle 2 (Scope)\n本办法适用于全市。\nThese Measures apply to the whole City.\n")


@pytest.mark.parametrize("text,title", [
    # An order that promulgates the measures under it, line by line in both languages.
    (ORDER, ("青松市节约用水办法", "Measures of Qingsong City on Saving Water")),
    # The title in both languages, one line under the other, at the top of the Chinese half.
    (TOP_TITLE, ("临江先进材料研究院2023年度报告", "Linjiang Institute of Advanced Materials Annual Report 2023")),
])
def test_where_the_title_stands(text, title):
    src = read_text(text, "o.txt")
    assert (src.meta.title_zh, src.meta.title_en) == title


def test_the_notice_that_names_the_title_stays_text():
    src = read_text(ORDER, "o.txt")
    # The notice stays text and heads no section.
    assert {("zh", 1), ("en", 2), ("zh", 5), ("en", 6)} <= set(src.subtitles)
    assert "青松市水务局令" in [b.text for b in src.blocks]


NOTICE_ISSUING = ("青松市中级人民法院文件\n\n青中法发〔2026〕3号\n\n"
                  "青松市中级人民法院关于印发《青松市中级人民法院调解规定》的通知\n\n"
                  "本院各部门：\n现将《青松市中级人民法院调解规定》印发给你们，请认真执行。\n"
                  "一、提高认识，加强领导。调解能够及早、低成本地化解纠纷。各部门要明确专人负责。\n"
                  "二、加强监督，及时反馈。各部门每季度检查一次。遇到问题请及时报告本院办公室。\n\n"
                  "青松市中级人民法院\n2026年3月1日\n\n青松市中级人民法院调解规定\n\n"
                  "第一条　为规范调解工作，制定本规定。\n第二条　本规定自发布之日起施行。\n\n\n"
                  "Qingsong Intermediate People's Court\n\nQing Zhong Fa Fa [2026] No. 3\n\n"
                  "Notice of the Qingsong Intermediate People's Court on Issuing Its Mediation Provisions\n\n"
                  "To all departments of this Court:\nThe Mediation Provisions of the Qingsong Intermediate People's Court "
                  "are hereby issued to you. Please implement them conscientiously.\n"
                  "1. Raise awareness and strengthen leadership. Mediation settles disputes early and at low cost. "
                  "Each department shall designate staff to take charge.\n"
                  "2. Strengthen supervision and report back. Each department shall check the work every quarter. "
                  "Please report any problems to the office of this Court without delay.\n\n"
                  "Qingsong Intermediate People's Court\n1 March 2026\n\n"
                  "Mediation Provisions of the Qingsong Intermediate People's Court\n\n"
                  "Article 1 These Provisions are formulated to regulate mediation.\n"
                  "Article 2 These Provisions shall take effect on the date of issue.\n")


def test_a_notice_that_issues_rules():
    from bitext.pipeline import process

    src = read_text(NOTICE_ISSUING, "n.txt")
    # A notice with points of its own numbered ("一、提高认识，加强领导。…") is the title, not the
    # rules it issues (as people who key such documents have it), nor the court that signs it.
    assert (src.meta.title_zh, src.meta.title_en) == (
        "青松市中级人民法院关于印发《青松市中级人民法院调解规定》的通知",
        "Notice of the Qingsong Intermediate People's Court on Issuing Its Mediation Provisions")
    # The points it numbers are its sections, and the rules' title heads theirs.
    pairs = [(s.heading_zh, s.heading_en) for s in process(src).sections if s.heading_zh]
    assert pairs == [("一、提高认识，加强领导", "1. Raise awareness and strengthen leadership"),
                     ("二、加强监督，及时反馈", "2. Strengthen supervision and report back"),
                     ("青松市中级人民法院调解规定", "Mediation Provisions of the Qingsong Intermediate People's Court")]


@pytest.mark.parametrize("earlier,title,lang,expected", [
    ("关于印发《青松市节约用水办法》的通知", "青松市节约用水办法", "zh", True),
    ("法規名稱：青松市節約用水辦法", "青松市節約用水辦法", "zh", True),
    ("本办法依据《青松市节约用水条例》制定。", "青松市节约用水办法", "zh", False),    # another name
    ("The Measures on Saving Water, adopted on 1 May, are hereby promulgated.", "Measures on Saving Water", "en", True),
    ("Title: Measures of Qingsong City on Saving Water", "Measures of Qingsong City", "en", True),
    # A phrase in a sentence, not a name: "the collection of personal data" is no title.
    ("This Policy explains the collection of personal data.", "Collection of Personal Data", "en", False),
    # A title line that contains a name does not name it: it is no notice.
    ("Annual Report of the Qingsong Reading Foundation 2025", "Qingsong Reading Foundation", "en", False),
    ("We thank the Reading Foundation.", "Reading Foundation", "en", False),          # two words are too few
])
def test_a_notice_names_a_title(earlier, title, lang, expected):
    from bitext.read import _names

    assert _names(earlier, title, lang) is expected


@pytest.mark.parametrize("line,lang,expected", [
    ("法規名稱：海灣市公共自行車管理自治條例", "zh", "海灣市公共自行車管理自治條例"), ("标题：青松市节约用水办法", "zh", "青松市节约用水办法"),
    ("Title: Measures of Qingsong City on Saving Water", "en", "Measures of Qingsong City on Saving Water"),
    ("项目名称：城西泵站改造工程", "zh", None), ("标题：青松　版本：2", "zh", None), ("Title: see below.", "en", None),
    # A label spaced to the width of the others.
    ("标　　题：东陵市人民政府关于印发《实施细则》的通知", "zh", "东陵市人民政府关于印发《实施细则》的通知"),
])
def test_a_field_gives_the_title(line, lang, expected):
    from bitext.read import title_field

    assert title_field(line, lang) == expected


def test_the_title_given_as_a_field_and_shown_again():
    text = ("法规名称：青松市节约用水办法\nTitle: Measures of Qingsong City on Saving Water\n法规沿革：\n"
            "1.2020年3月1日公布施行\n\n青松市节约用水办法\nMeasures of Qingsong City\non Saving Water\n\n"
            "第一条（目的）\nArticle 1 (Purpose)\n为了节约用水，制定本办法。\nThese Measures are made to save water.\n\n"
            "第二条（范围）\nArticle 2 (Scope)\n本办法适用于全市。\nThese Measures apply to the whole City.\n")
    src = read_text(text, "o.txt")
    assert (src.meta.title_zh, src.meta.title_en) == ("青松市节约用水办法", "Measures of Qingsong City on Saving Water")
    assert {("zh", 1), ("en", 2), ("zh", 3), ("zh", 4)} <= set(src.subtitles)


@pytest.mark.parametrize("lines,expected", [
    (["澄屿航运控股有限公司", "（于开曼群岛注册成立之有限公司）", "股份代号：9999", "", "2025年中期报告", "本报告介绍经营情况。"], 4),
    (["Chengyu Shipping Holdings Limited", "(Incorporated in the Cayman Islands with limited liability)", "Stock Code: 9999", "",
      "Interim Report 2025", "This report describes the operations of the Group."], 4),
    # No letterhead under the name: the report it publishes, after a blank line, is the title;
    # a line that names no kind of document is the first heading of a text the name is the title of.
    (["澄屿航运控股有限公司", "", "2025年中期报告", "本报告介绍经营情况。"], 2),
    (["Chengyu Shipping Holdings Limited", "", "Interim Report 2025", "This report describes the Group's operations."], 2),
    (["Nan'an Community Service Centre", "", "Services", "The centre provides elderly care for residents."], None),
    (["澄屿航运控股有限公司", "2025年中期报告", "本报告介绍经营情况。"], None),
    # No blank line after the letterhead: the line under it is more of the letterhead, or text.
    (["澄屿航运控股有限公司", "股份代号：9999", "2025年中期报告", "本报告介绍经营情况。"], None),
    # A heading after the letterhead, not a title; and no organisation above it.
    (["澄屿航运控股有限公司", "股份代号：9999", "", "一、业务回顾", "上半年运量增长。"], None),
    (["2025年中期报告", "（未经审计）", "", "业务回顾", "上半年运量增长。"], None),
    # The name in the other language under it is part of the letterhead (an announcement's two files).
    (["澄溪智能裝備控股有限公司", "CHENGXI INTELLIGENT EQUIPMENT HOLDINGS LIMITED", "（於開曼群島註冊成立的有限公司）", "（股份代號：6219）", "",
      "截至2025年6月30日止六個月之中期業績公告", "", "董事會欣然宣佈本集團的中期業績。"], 5),
    # The year set over the title on a report's cover: the title is under it.
    (["华辰新材料股份有限公司", "（于中华人民共和国注册成立的股份有限公司）", "股份代号：2389", "", "2023", "环境、社会及管治报告", "",
      "本报告是本公司发布的第六份环境、社会及管治报告。"], 5),
    (["HUACHEN NEW MATERIALS CO., LTD.", "(A joint stock company incorporated in the PRC with limited liability)",
      "Stock Code: 2389", "", "2023", "ENVIRONMENTAL, SOCIAL AND GOVERNANCE REPORT", "", "This is the sixth ESG Report of the Company."], 5),
    # An official document's header over its number: the notice's title under them.
    (["滨江市中级人民法院文件", "", "滨中法发〔2023〕15号", "", "滨江市中级人民法院关于加强审判管理工作的通知", "",
      "本院各部门：现将有关事项通知如下。"], 4),
    (["Document of the People's Government of Nanyu Municipality", "", "Nan Fu Fa [2026] No. 9", "",
      "Notice on Strengthening Urban Renewal", "", "All district governments: the relevant matters are notified as follows."], 4),
    # A school's letterhead with its street address and telephone under its name.
    (["SOUTH BAY COLLEGE", "18 Harbour View Road, Sai Kung, New Territories, Hong Kong", "Tel: 2000 0000    Fax: 2000 0001", "",
      "Privacy Policy Statement", "", "The College protects the personal data of its students."], 4),
    # A unit of the organisation under its name, over a line that names a kind of document.
    (["香港嶺海大學", "", "資訊科技服務處", "", "資訊科技資源使用政策", "", "文件編號：ITSO-POL-007", "本政策訂明使用大學資訊科技資源的規則。"], 4),
    (["LING HOI UNIVERSITY", "", "Information Technology Services Office", "",
      "Acceptable Use Policy for Information Technology Resources", "", "This Policy sets out the rules for using the University's IT resources."], 4),
    (["澄湖大学附属第二医院", "国际医疗部", "", "住院患者手册", "", "2025年版", "地址：栖州市运河西路218号", "欢迎您选择本院住院治疗。"], 3),
    (["香港嶺海大學", "", "資訊科技服務處", "", "服務範圍", "", "本處為全校師生提供資訊科技服務。"], None),  # a section under them
    # A company's name over its product's manual, the title broken over two lines: its first line is the title's.
    (["岚港星衡支付科技有限公司", "", "", "星衡支付开放平台", "API 参考手册", "", "版本：V2.3", "", "本手册说明开放平台的接口。"], 3),
    # A university's office under its name, over the university's statute.
    (["LINGSHAN UNIVERSITY", "Office of International Cooperation and Exchange", "", "STATUTE OF LINGSHAN UNIVERSITY", "",
      "(Approved by the Department of Education on 18 June 2015)", "", "PREAMBLE", "The University was founded in 1952."], 3),
])
def test_the_title_under_a_letterhead(lines, expected):
    from bitext.model import Block
    from bitext.read import Gaps, Line, letterhead_title

    raw = [Line(t, n, None) for n, t in enumerate(lines, 1)]
    paras = [ln for ln in raw if ln.text]
    lang = "zh" if re.search(r"[\u4e00-\u9fff]", lines[0]) else "en"
    blocks = [Block(p.text, lang, p.no, file="t.txt") for p in paras]
    k = letterhead_title(blocks, 0, Gaps(raw, paras, "t.txt"))
    assert (blocks[k].line - 1 if k is not None else None) == expected


@pytest.mark.parametrize("under,sub", [
    ("青屿市人民政府新闻办公室\n时间：2026年5月12日上午10:00", True),   # who issued it, over when and where
    ("青屿市人民政府新闻办公室\n地点：市政府新闻发布厅\n时间：2026年5月12日上午10:00", True),
    ("青屿市人民政府新闻办公室\n本办公室负责发布会的组织工作。", False),  # a heading over its text
    ("发布会安排\n时间：2026年5月12日上午10:00", False),                # no organisation
])
def test_an_issuer_under_the_title_over_its_particulars_heads_nothing(under, sub):
    src = read_text("青屿港口开放日新闻发布会文字实录\n\n" + under + "\n\n【发布环节】\n欢迎各位。\n\n"
                    "Transcript of the Press Conference on the Qingyu Port Open Day\n\nInformation Office\n\n"
                    "[Announcements]\nWelcome.\n", "p.txt")
    assert (("zh", 3) in src.subtitles) == sub


def test_a_numbered_clause_wrapped_short_of_the_width_goes_on_when_its_sentence_does():
    lines = ["The Licence is a permissive licence with a light reciprocity requirement",
             "for modified files. It is written to be read by developers, not only by",
             "lawyers, and a Chinese translation follows the English text of it.",
             "",
             '1.2 "Source Form" means the preferred form of the Work for making',
             "modifications, including source code, build scripts and configuration.",
             "",
             '1.4 "Contributor" means each person or entity that creates or owns a',
             'Contribution. "You" means the person exercising rights under this License.',
             "",
             "2. Grant of Rights",
             "Each Contributor grants You a worldwide, royalty-free, non-exclusive licence."]
    paras = [p.text for p in paragraphs_of(lines_of("\n".join(lines)))]
    assert paras[1].startswith('1.2 "Source Form"') and paras[1].endswith("configuration.")
    assert paras[2].startswith('1.4 "Contributor"') and paras[2].endswith("License.")
    assert paras[3] == "2. Grant of Rights"  # a numbered heading line stays a line of its own


def test_a_statement_broken_before_its_date_goes_on_short_as_it_is():
    """Under a title, when the text was adopted, broken before its date: one line. A short
    line over a sentence of its own, or over a date that is not run on, stays apart."""
    lines = ["BYLAWS OF THE HARBOUR ROWING CLUB", "", "Amended and Restated by the Board of Directors", "on May 19, 2024", "",
             "ARTICLE I — NAME", "", "The name of this corporation is the Harbour Rowing Club, Inc., and it may use",
             "the name Harbour Rowing in its activities. The Club is organised under the laws",
             "of the State and shall be operated for the purposes set out in these Bylaws and",
             "for no other purpose, and no part of its earnings shall benefit any member.", "",
             "Any person who rows with the Club for a season and pays the dues set by the",
             "Board each year may become a member, and remains one while the dues are paid",
             "and the member keeps to the rules of the Club and to these Bylaws as amended.", "", "Annual Meeting", "on the first Saturday of May each year", "",
             "Notice of the meeting", "May 19, 2024"]
    paras = [p.text for p in paragraphs_of(lines_of("\n".join(lines)))]
    assert "Amended and Restated by the Board of Directors on May 19, 2024" in paras
    assert "Annual Meeting" in paras and "Notice of the meeting" in paras and "May 19, 2024" in paras
    # A numbered heading broken inside its brackets goes on too, short as it is.
    broken = lines[:3] + lines[5:16] + ["", "Schedule 2 Service Level Agreement (Availability", "and Service Credits)", "",
                                        "Schedule 3 Fees (see Annex)", "and other charges", ""]
    paras = [p.text for p in paragraphs_of(lines_of("\n".join(broken)))]
    assert "Schedule 2 Service Level Agreement (Availability and Service Credits)" in paras
    assert "Schedule 3 Fees (see Annex)" in paras and "and other charges" in paras


def test_rows_of_cells_set_with_tabs_or_wide_gaps_head_nothing():
    from bitext.model import Block
    from bitext.read import tab_rows

    text = "附表1\n項\t事項\t費用\n海上风电装机（万千瓦）12\u3000\u3000\u3000310\u3000\u30001260\nItem    Matter    Fee\nPart 2 Management\nOne sentence.  Another one."
    blocks = [Block(t, "zh" if i < 3 else "en", i + 1) for i, t in enumerate(text.split("\n"))]
    assert tab_rows(text, blocks) == (("zh", 2), ("zh", 3), ("en", 4))


def test_rows_of_two_cells_beside_each_other_are_a_table_but_numbers_and_spaced_letters_are_no_cells():
    from bitext.model import Block
    from bitext.read import tab_rows

    text = ("股票简称            华岭精机\n股票代码            688927\n\n"  # two cells, over each other: a table
            "1.\t簡稱\n(1)\t本條例可引稱為《渡輪碼頭條例》。\n\n"  # a number set off by a tab is no cell
            "第四章　附　　则\n第一章　总　　则\n\n"  # a word spaced out is one cell
            "五、净利润      1,209.43    136,987.12\n（一）按经营持续性分类\n1.持续经营净利润      92,216.85   327,885.91")
    blocks = [Block(t, "zh", i + 1) for i, t in enumerate(text.split("\n")) if t]
    assert tab_rows(text, blocks) == (("zh", 1), ("zh", 2), ("zh", 10), ("zh", 11), ("zh", 12))


def test_a_bullet_set_off_by_a_tab_is_no_cell_and_column_heads_over_a_lone_figure_are_a_row():
    from bitext.model import Block
    from bitext.read import tab_rows

    # A heading spaced from its title over bullets set off by tabs: no table.
    text = "PART IV  PLANS FOR 2024\n•\tExtend home-visit services to Coloane;\n•\tRun smartphone classes for older people;"
    blocks = [Block(t, "en", i + 1) for i, t in enumerate(text.split("\n"))]
    assert tab_rows(text, blocks) == ()
    # Two columns' heads set off by a tab over rows, the first a lone figure ("0\t成功／Success").
    text = "代碼／Code\t說明／Description\n0\t成功／Success\n4001\t參數格式錯誤／Invalid parameter format\n4011\t時間戳記逾時／Timestamp out of range"
    blocks = [Block(t, "zh", i + 1) for i, t in enumerate(text.split("\n"))]
    assert ("zh", 1) in tab_rows(text, blocks)


def test_two_heading_lines_set_apart_by_a_blank_line_are_two_headings():
    from bitext.read import read_text
    from bitext.segment import outline

    src = read_text("二、财务报表\n\n合并资产负债表\n\n资产总计为十亿元，负债合计为四亿元，比上年有所下降。\n\n"
                    "II. Financial Statements\n\nConsolidated Balance Sheet\n\nTotal assets were one billion yuan and liabilities were lower.\n", "r.txt")
    assert [p.heading.text for p in outline(src.blocks, "zh").parts if p.heading] == ["二、财务报表", "合并资产负债表"]


def test_the_mark_between_the_two_languages_of_a_split_line_is_reported_as_left_out():
    src = read_text("一、总则 / General Provisions\n本办法适用于全市。\nThese Measures apply to the whole city.\n\n"
                    "二、附则 ｜ Supplementary Provisions\n本办法自发布之日起施行。\nThese Measures take effect on publication.\n", "m.txt")
    assert [(r.text, r.line) for r in src.removed] == [("/", 1), ("｜", 5)]
    assert any("left out (/ ｜)" in d.message for d in src.diagnostics)


def test_a_reference_and_an_addressee_over_the_title_are_not_the_title():
    src = read_text("文件编号：IOMWC/BT/2025/1\n\n国际山地水资源合作组织章程\n\n序言\n\n各缔约国同意设立本组织。\n\n"
                    "Document reference: IOMWC/BT/2025/1\n\nCHARTER OF THE INTERNATIONAL ORGANIZATION\nFOR MOUNTAIN WATER COOPERATION\n\n"
                    "Preamble\n\nThe States Parties agree to establish the Organization.\n", "c.txt")
    assert (src.meta.title_zh, src.meta.title_en) == ("国际山地水资源合作组织章程",
                                                      "CHARTER OF THE INTERNATIONAL ORGANIZATION FOR MOUNTAIN WATER COOPERATION")
    src = read_text("Our Ref.: EHB/GS/2026-114\nTo: All Licensed Retail Operators\n\nNOTICE ON THE GREEN SHOPFRONT SCHEME\n\n"
                    "Purpose\n\n1. This notice announces the Scheme.\n\n"
                    "本局檔號：EHB/GS/2026-114\n致：各持牌零售經營者\n\n綠色店面計劃通告\n\n目的\n\n1. 本通告公布計劃。\n", "n.txt")
    assert (src.meta.title_zh, src.meta.title_en) == ("綠色店面計劃通告", "NOTICE ON THE GREEN SHOPFRONT SCHEME")


def test_a_cover_with_its_edition_under_the_title():
    """A company's name over the agreement's title, the edition in brackets under it:
    the name and the title are the title; the edition stays text."""
    text = "\n".join(["海岚通信股份有限公司", "宽带服务协议", "（2026年版）", "",
                      "一、服务内容", "乙方向甲方提供宽带接入服务。", "",
                      "HAILAN COMMUNICATIONS CO., LTD.", "BROADBAND SERVICE AGREEMENT", "(2026 Edition)", "",
                      "I. Services", "Party B provides broadband access to Party A."])
    src = read_text(text, "agreement.txt")
    assert (src.meta.title_zh, src.meta.title_en) == ("海岚通信股份有限公司 宽带服务协议",
                                                      "HAILAN COMMUNICATIONS CO., LTD. BROADBAND SERVICE AGREEMENT")
    assert "（2026年版）" in [b.text for b in src.blocks]


def test_invisible_characters_replaced_are_said_once(tmp_path):
    from bitext.read import read

    p = tmp_path / "r.txt"
    p.write_text("一、总则\n本办法\x01适用于\ufeff全市。\n\nI. General\nThese \x1bMeasures apply.\n", encoding="utf-8")
    src = read(p)
    notes = [d for d in src.diagnostics if "invisible" in d.message]
    assert len(notes) == 1 and notes[0].line == 2 and notes[0].level == "warning"
    assert "U+0001" in notes[0].message and "U+001B" in notes[0].message and "U+FEFF" in notes[0].message
    assert "\x01" not in " ".join(b.text for b in src.blocks)


def test_code_in_the_chinese_half_does_not_move_the_border():
    """A specification's Chinese half ends with examples of data (JSON, one item to a
    line): they are no English, and the Chinese after them stays Chinese."""
    example = ["{", '  "operatorId": "TC0000123",', '  "status": 3,', '  "statusTime": "2024-05-18T19:42:07+08:00",',
               '  "power": 7.5', "}"]
    zh = ["1 范围", "本文件规定了数据接口的要求。", "附录A 报文示例", "A.1 状态推送请求示例", "\n".join(example[:3]),
          "\n".join(example[3:]), "A.2 订单推送请求示例", "\n".join(example), "A.3 说明", "示例中的编号均为虚构。"]
    en = ["1 Scope", "This document specifies the requirements for the data interface.", "Annex A Examples of messages",
          "A.1 Example of a status push request", "\n".join(example), "A.2 Example of an order push request", "\n".join(example),
          "A.3 Notes", "The numbers in the examples are invented."]
    src = read_text("\n\n".join(zh + en), "spec.txt")
    langs = {b.text.splitlines()[0]: b.lang for b in src.blocks}
    assert langs["A.3 说明"] == "zh" and langs["示例中的编号均为虚构。"] == "zh"
    assert langs["A.3 Notes"] == "en"


def test_a_list_of_abbreviations_is_chinese_with_glosses():
    """'API：应用程序接口（Application Programming Interface）' is an entry of a Chinese
    list, its English name in brackets: not a line in two languages."""
    zh = ["4 缩略语", "下列缩略语适用于本文件。", "API：应用程序接口（Application Programming Interface）",
          "TLS：传输层安全协议（Transport Layer Security）", "5 总体要求", "接口应采用统一的报文格式。"]
    en = ["4 Abbreviations", "The following abbreviations apply to this document.", "API: Application Programming Interface",
          "TLS: Transport Layer Security", "5 General requirements", "The interface shall use a uniform message format."]
    src = read_text("\n\n".join(zh + en), "spec.txt")
    assert [b.text for b in src.blocks if b.lang == "en" and b.line < 12] == []
    assert any(b.text == "TLS：传输层安全协议（Transport Layer Security）" and b.lang == "zh" for b in src.blocks)


def test_a_row_with_a_long_cell_among_rows_set_with_tabs_is_a_row():
    """A cell may run long ("固定为 application/json; charset=utf-8 / Always application/json;
    charset=utf-8"); set off by tabs like the rows around it, with as many cells, the line is a row."""
    from bitext.model import Block
    from bitext.read import tab_rows

    lines = ["头部 Header\t必填 Required\t说明 Description",
             "Content-Type\t是 Yes\t固定为 application/json; charset=utf-8 / Always application/json; charset=utf-8",
             "X-HM-Nonce\t是 Yes\t16～32 位随机字符串 / A random string of 16 to 32 characters",
             "X-HM-Request-Id\t否 No\t客户端生成的请求 ID，便于排查问题 / A client-generated request ID to help with troubleshooting",
             "", "（三）版本策略\t说明：v3 是目前推荐使用的版本，在 v3 内我们只做向后兼容的变更，例如新增可选参数或响应字段"]
    text = "\n".join(lines)
    blocks = [Block(t, "zh", i + 1) for i, t in enumerate(lines) if t]
    assert tab_rows(text, blocks) == (("zh", 1), ("zh", 2), ("zh", 3), ("zh", 4))


def test_a_heading_between_two_tables_is_no_row_of_either():
    from bitext.model import Block
    from bitext.read import tab_rows

    lines = ["股票简称      澄湾智能      股票代码      688001", "上市交易所    上海证券交易所    董事会秘书    沈若溪",
             "三、董事、监事和高级管理人员的情况", "姓名    职务    性别    年龄    任期起始日", "林启航    董事长    男    54    2022-05-18",
             "一、营业总收入", "营业收入    8,462    6,718    25.95", "其中：利息收入    12    10    20.00",
             "二、营业总成本", "营业成本    7,100    5,600    26.79"]
    text = "\n".join(lines)
    blocks = [Block(t, "zh", n) for n, t in enumerate(lines, 1)]
    rows = {line for _, line in tab_rows(text, blocks)}
    assert 3 not in rows  # between a table of four cells and one of five: a heading
    assert 9 in rows  # between rows of one table: a group's label inside it


def test_a_contents_entry_ends_its_line():
    """Long entries with dot leaders and a page number are not one wrapped paragraph."""
    entries = ["重要提示 " + "." * 60 + " 1", "董事长致辞 " + "." * 58 + " 1", "第一节 公司简介和主要财务指标 " + "." * 44 + " 2"]
    paras = paragraphs_of(lines_of("\n".join(["目录", ""] + entries + ["", "正文。"])))
    assert [p.text for p in paras][1:4] == entries


def test_one_word_in_brackets_after_a_chinese_heading_qualifies_it():
    """'3.2.1 安装驱动程序（Windows）' is a Chinese heading naming a system, not a heading in two
    languages, though the document has other lines of both ('2.3 安装 TagJet App'); the
    English title stays the English half's first line."""
    zh = ["TagJet P3 便携式标签打印机 用户手册", "第1章 概述", "TagJet P3 是一款便携式标签打印机。", "2.3 安装 TagJet Label App",
          "请在应用商店中搜索并安装应用。", "3.2.1 安装驱动程序（Windows）", "访问官方网站，下载适用于 Windows 的驱动安装包。"]
    en = ["TagJet P3 Portable Label Printer User Manual", "Chapter 1 Overview", "The TagJet P3 is a portable label printer.",
          "2.3 Installing the TagJet Label App", "Search for the app in the app store and install it.",
          "3.2.1 Installing the Driver (Windows)", "Visit the official website and download the driver for Windows."]
    from bitext.pipeline import process

    b = process(read_text("\n\n".join(zh + en), "manual.txt"))
    assert b.meta.title_en == "TagJet P3 Portable Label Printer User Manual"
    assert ("3.2.1 安装驱动程序（Windows）", "3.2.1 Installing the Driver (Windows)") in [(s.heading_zh, s.heading_en) for s in b.sections]


def test_a_command_in_brackets_after_a_chinese_heading_names_it():
    """'第一节　创建存储桶（bucket create）' names the command the section is about; it is
    one Chinese heading, not a heading in two languages, in a document whose other lines
    carry both ('第二节　列出存储桶（bucket list）')."""
    zh = ["第一节　创建存储桶（bucket create）", "在指定区域创建一个新的存储桶。", "第二节　列出存储桶（bucket list）",
          "列出当前账号下的存储桶。"]
    en = ["Section 1  Creating a Bucket (bucket create)", "Creates a new bucket in the given region.",
          "Section 2  Listing Buckets (bucket list)", "Lists the buckets of the current account."]
    from bitext.pipeline import process

    b = process(read_text("\n\n".join(zh + en), "cli.txt"))
    assert [(s.heading_zh, s.heading_en) for s in b.sections if s.headed] == [
        ("第一节 创建存储桶（bucket create）", "Section 1 Creating a Bucket (bucket create)"),
        ("第二节 列出存储桶（bucket list）", "Section 2 Listing Buckets (bucket list)")]


def test_a_table_row_or_a_term_before_its_chinese_name_is_no_line_in_two_languages():
    from bitext.model import Block
    from bitext.read import split_bilingual_lines

    rows = [Block(t, "zh", n) for n, t in enumerate(["LDAP / 企业目录集成　—　—　✓", "SSO / 单点登录", "一、概述 / Overview"], 1)]
    out = split_bilingual_lines(rows)
    assert [(b.text, b.lang) for b in out] == [("LDAP / 企业目录集成　—　—　✓", "zh"), ("SSO / 单点登录", "zh"),
                                               ("一、概述", "zh"), ("Overview", "en")]


def test_lines_set_in_under_a_lead_in_are_examples_not_headings():
    """A plain-text manual set flush left sets its examples in by four spaces: a
    configuration file's '[default]', a command line. They head nothing."""
    def half(lang):
        if lang == "zh":
            intro = "配置文件使用 TOML 格式，每个配置档案是一段设置，段名写在方括号中，设置写在段名下面的各行里。"
            return ["第一节　配置文件", intro, "例如：", "    [default]", "    region = \"cn-north-1\"", "",
                    "    [profile.staging]", "    region = \"cn-east-2\"", "",
                    "列出存储桶的命令是：", "    qycli bucket list", "", "第二节　全局选项",
                    "以下选项适用于所有命令，可以写在命令名之前，也可以写在命令名之后，两种写法的效果完全相同。"] + [intro] * 8
        intro = "The configuration file is written in TOML; each profile is a table whose name stands in brackets."
        return ["Section 1  Configuration File", intro, "For example:", "    [default]", "    region = \"cn-north-1\"", "",
                "    [profile.staging]", "    region = \"cn-east-2\"", "",
                "The command that lists buckets is:", "    qycli bucket list", "", "Section 2  Global Options",
                "The following options apply to every command and may stand before or after the command name."] + [intro] * 8
    from bitext.segment import outline

    src = read_text("\n".join(half("zh") + [""] + half("en")), "cli.txt")
    heads = {lg: [p.heading.text for p in outline(src.blocks, lg).parts if p.heading] for lg in ("zh", "en")}
    for lg, sections in (("zh", ["第一节 配置文件", "第二节 全局选项"]), ("en", ["Section 1 Configuration File", "Section 2 Global Options"])):
        assert [h for h in heads[lg] if h in sections] == sections
        assert not [h for h in heads[lg] if "[" in h or "=" in h or h.startswith("qycli")], heads[lg]


def test_a_heading_wrapped_with_its_end_set_in_the_middle_is_no_example():
    """A law printed flush left, its chapters' headings set in: one long enough to wrap
    has its first line set in by five spaces and its end in the middle of the next. That
    is a heading over two lines, not an example set in under the text."""
    from bitext.read import set_in_examples

    text = ["Article 7 Readers may be required to bear the costs of the cooperation referred to in the Schedule.", "",
            "     Chapter 3 Rights and Obligations of Readers, Issue of Library Cards",
            "                       and Protection of Personal Data", "",
            "Article 8 Library Cards"] + ["Any person who is a registered resident of the City may apply for a library card today."] * 12
    from bitext.model import Block

    blocks = [Block("Chapter 3 Rights and Obligations of Readers, Issue of Library Cards and Protection of Personal Data", "en", 3)]
    assert not set_in_examples(blocks, text)[0].outlined
    # Two lines set in alike are an example, but for a chapter's heading (see the next test).
    text[2:4] = ["     Rights and Obligations of Readers, Issue of Library Cards", "     and Protection of Personal Data"]
    blocks = [Block("Rights and Obligations of Readers, Issue of Library Cards and Protection of Personal Data", "en", 3)]
    assert set_in_examples(blocks, text)[0].outlined


def test_a_chapters_heading_set_in_and_wrapped_is_no_example():
    """A charter copied from print sets its chapters' headings in by five spaces; a long
    one wraps, its end as far in as its start ("     Chapter IV Organisational Structure,
    …, and" over "     Rules of Procedure"). That is the chapter's heading, not an
    example set in under the text, and it pairs with the Chinese chapter."""
    from bitext.pipeline import process

    body_zh = "本会会员应当遵守本章程，执行本会的决议，维护本会的合法权益，按照规定交纳会费。"
    body_en = "Members of the Association shall abide by these Articles, carry out its resolutions and pay their fees."
    zh = ["第三章　会员", body_zh * 2, "", "第四章　组织机构、负责人的产生与罢免及议事规则", "", "第一节　会员代表大会", body_zh * 2, "",
          "第五章　资产管理", body_zh * 2, ""]
    en = ["Chapter III Membership", "", body_en, body_en, body_en, "",
          "     Chapter IV Organisational Structure, Election and Removal of Responsible Persons, and",
          "     Rules of Procedure", "", "Section 1 General Assembly of Member Representatives", "", body_en, body_en, "",
          "Chapter V Management of Assets", "", body_en, body_en, body_en]
    b = process(read_text("\n".join(zh + en), "charter.txt"))
    assert ("第四章 组织机构、负责人的产生与罢免及议事规则",
            "Chapter IV Organisational Structure, Election and Removal of Responsible Persons, and Rules of Procedure") in [
        (s.heading_zh, s.heading_en) for s in b.sections]


def test_an_organisations_name_over_its_annual_report_is_one_title():
    """'澳門綠洲社區關懷基金會' over '二零二三年度年報' (and 'Annual Report 2023' under the
    English name) is one title, as a name over '私隱政策聲明' is."""
    from bitext.pipeline import process
    from bitext.read import _document_kind

    assert _document_kind("二零二三年度年報", "zh") and _document_kind("Annual Report 2023", "en")
    assert _document_kind("Annual Report, 2023/24", "en") and not _document_kind("Report of 2023 on water", "en")
    assert _document_kind("2023年年度报告摘要", "zh") and _document_kind("2023 Annual Report (Summary)", "en")
    assert not _document_kind("2023年工作摘要", "zh") and not _document_kind("Summary", "en")
    assert _document_kind("STANDARD TERMS AND CONDITIONS OF SERVICE", "en") and _document_kind("Conditions of Carriage", "en")
    assert not _document_kind("Working Conditions", "en")
    assert _document_kind("Code of Business Conduct", "en") and _document_kind("Code of Ethics", "en")
    zh = ["澳門綠洲社區關懷基金會\n二零二三年度年報", "主席獻辭", "二零二三年，本會服務長者逾三千人次。", "一、關於本會", "本會成立於二零零八年。"]
    en = ["Oasis Community Care Foundation of Macao\nAnnual Report 2023", "Chairperson's Message",
          "In 2023 the Foundation served older people more than 3,000 times.", "1. About the Foundation",
          "The Foundation was founded in 2008."]
    b = process(read_text("\n\n".join(zh + en), "report.txt"))
    assert (b.meta.title_zh, b.meta.title_en) == ("澳門綠洲社區關懷基金會 二零二三年度年報",
                                                  "Oasis Community Care Foundation of Macao Annual Report 2023")


def test_a_manual_pages_headings_stand_out_from_its_indented_text():
    """A manual page: 'NAME' and '   Input options' stand further out than the text under
    them and head it, each indent a level; an option line ('-w, --watch') over its indented
    description is text, as is the synopsis. Paragraphs that only set their first line in by
    four spaces are no such layout."""
    from bitext.read import indents_of, read_pair

    fix = Path(__file__).parent / "fixtures" / "layouts" / "manpage-indented"
    src = read_pair(fix / "zh.txt", fix / "en.txt")
    heads = {b.text: b.level for b in src.blocks if b.kind == "heading" and b.lang == "en"}
    assert heads == {"NAME": 2, "SYNOPSIS": 2, "DESCRIPTION": 2, "OPTIONS": 2, "Input options": 3, "Output options": 3,
                     "EXIT STATUS": 2, "SEE ALSO": 2}
    assert all(b.outlined for b in src.blocks if b.text.startswith(("-w, --watch", "sievectl [", "--dry-run")))
    plain = "\n".join(["第一章 总则", "    第一条 为了规范管理，制定本办法。", "    第二条 本办法适用于本市。", "第二章 管理",
                       "    第三条 主管部门负责管理工作。", "    第四条 各区应当配合。", "第三章 附则", "    第五条 本办法自发布之日起施行。",
                       "    第六条 本办法由主管部门负责解释。"])
    assert indents_of(plain) is None


def test_an_ordinances_parts_set_in_the_middle_and_its_schedules_over_their_names_are_headings(tmp_path):
    """An ordinance as a gazette prints it: sections flush left over their indented
    subsections; each Part's number and name set in the middle of the line, one over the
    other; a Schedule's number over its name at the margin, its reference set far right.
    Each Part and Schedule is one heading, paired with the Chinese."""
    from bitext.read import read_pair

    zh = ["渡輪碼頭條例", "", "第1部", "導言", "", "1. 簡稱", "     (1) 本條例可引稱為《渡輪碼頭條例》。", "     (2) 本條例自局長指定的日期起實施。", "",
          "2. 釋義", "     在本條例中，碼頭指附表1指明的碼頭。", "",
          "第2部", "碼頭營運者", "", "3. 須領牌", "     (1) 任何人除非持有牌照，否則不得營運碼頭。", "     (2) 違反第(1)款即屬犯罪。", "",
          "附表1", "指定碼頭", "", "指定碼頭為高山灣渡輪碼頭及上路渡輪碼頭。", ""]
    en = ["Ferry Piers Ordinance", "", "                                  Part 1", "                               Preliminary", "",
          "1. Short title", "     (1) This Ordinance may be cited as the Ferry Piers Ordinance.",
          "     (2) This Ordinance comes into operation on a day appointed by the Secretary.", "",
          "2. Interpretation", "     In this Ordinance—", "     Director means the Director of Harbour Services;",
          "     licence means a pier operator licence granted under section 3;",
          "     pier means a pier specified in Schedule 1.", "",
          "                                  Part 2", "                               Pier Operators", "",
          "3. Pier operator to be licensed", "     (1) A person must not operate a pier unless the person holds a licence.",
          "     (2) A person who contravenes subsection (1) commits an offence.", "",
          "Schedule 1", "Designated Piers", "                                                                  [s. 2]", "",
          "     The designated piers are Ko Shan Wan Ferry Pier and Sheung Lo Ferry Pier.", ""]
    (tmp_path / "zh.txt").write_text("\n".join(zh), encoding="utf-8")
    (tmp_path / "en.txt").write_text("\n".join(en), encoding="utf-8")
    from bitext.pipeline import process

    b = process(read_pair(tmp_path / "zh.txt", tmp_path / "en.txt"))
    got = [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh and s.heading_en]
    assert ("第1部 導言", "Part 1 Preliminary") in got and ("第2部 碼頭營運者", "Part 2 Pier Operators") in got
    assert ("附表1 指定碼頭", "Schedule 1 Designated Piers") in got


def test_a_registrys_lead_in_over_the_articles_it_certifies_is_not_the_title(tmp_path):
    """The Chinese file opens with the registry's sentence that leads into the articles
    ("…其內容如下："), then the association's name over "章程" right over 第一章: the title is
    the name and the kind, the sentence stays text."""
    (tmp_path / "zh.txt").write_text("茲證明下述社團的設立章程文本，已於二〇二三年十一月二十一日存檔於本局，編號為3187號，其內容如下：\n\n"
                                     "澳門濠江長者數碼共融協會\n章程\n\n第一章　總則\n\n第一條（名稱）\n本會名稱為澳門濠江長者數碼共融協會。\n",
                                     encoding="utf-8")
    (tmp_path / "en.txt").write_text("ARTICLES OF ASSOCIATION OF THE MACAO HOU KONG ASSOCIATION\n\nChapter I General Provisions\n\n"
                                     "Article 1 (Name)\nThe name of the Association is the Macao Hou Kong Association.\n", encoding="utf-8")
    from bitext.read import read_pair

    src = read_pair(tmp_path / "zh.txt", tmp_path / "en.txt")
    assert (src.meta.title_zh or "").replace(" ", "") == "澳門濠江長者數碼共融協會章程"
    assert any("其內容如下" in b.text for b in src.blocks)


def test_a_translations_banner_and_disclaimer_over_its_title_are_not_the_title(tmp_path):
    """An English file under a rule of underscores, "UNOFFICIAL TRANSLATION" and "For reference
    only. …": its title is the line under them."""
    (tmp_path / "zh.txt").write_text("澜江省湿地保护条例\n\n第一章　总则\n\n第一条　为了加强湿地保护，制定本条例。\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("_" * 60 + "\n\n         UNOFFICIAL TRANSLATION\n"
                                     "    For reference only. The Chinese text is the sole authentic text.\n\n"
                                     "   LANJIANG PROVINCIAL REGULATIONS ON WETLAND PROTECTION\n\n"
                                     "Chapter One General Provisions\n\nArticle 1 These Regulations are formulated to protect wetlands.\n",
                                     encoding="utf-8")
    from bitext.read import read_pair

    src = read_pair(tmp_path / "zh.txt", tmp_path / "en.txt")
    assert (src.meta.title_zh, src.meta.title_en) == ("澜江省湿地保护条例", "LANJIANG PROVINCIAL REGULATIONS ON WETLAND PROTECTION")
    assert any("UNOFFICIAL TRANSLATION" in b.text for b in src.blocks) or any("UNOFFICIAL" in r.text for r in src.removed)


def test_a_schedules_number_over_the_name_of_its_table_is_one_heading(tmp_path):
    """A schedule's number over its name, then the articles it serves and a table: the
    reader takes the name for the table's title; it is still the schedule's heading."""
    zh = ["群岛宪法", "", "第一条　联邦由下列岛屿组成。", "", "第二条　联邦设议会。", "", "",
          "附表一", "联邦诸岛", "（第一条）", "", "岛屿        首府        面积（平方公里）", "大岛        港口镇      412.6",
          "小岛        北湾        138.2", "", "", "附表二", "誓词", "（第二条）", "", "本人谨宣誓效忠联邦。", ""]
    en = ["CONSTITUTION OF THE ISLANDS", "", "Article 1. The Federation consists of the islands below.", "",
          "Article 2. There shall be a Parliament.", "", "",
          "SCHEDULE 1", "THE ISLANDS OF THE FEDERATION", "(Article 1)", "", "Island          Seat            Land area (sq km)",
          "Great Island    Port Town       412.6", "Little Island   North Bay       138.2", "", "",
          "SCHEDULE 2", "OATHS", "(Article 2)", "", "I swear allegiance to the Federation.", ""]
    (tmp_path / "zh.txt").write_text("\n".join(zh), encoding="utf-8")
    (tmp_path / "en.txt").write_text("\n".join(en), encoding="utf-8")
    from bitext.pipeline import process
    from bitext.read import read_pair

    b = process(read_pair(tmp_path / "zh.txt", tmp_path / "en.txt"))
    got = [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh and s.heading_en]
    assert ("附表一 联邦诸岛", "SCHEDULE 1 THE ISLANDS OF THE FEDERATION") in got
    assert ("附表二 誓词", "SCHEDULE 2 OATHS") in got


def test_lines_wrapped_among_many_short_lines_are_joined():
    """A law copied from print: many short lines (section titles, items) and the text's
    lines wrapped at one width; a subsection cut at the width goes on on the next line."""
    body = []
    for n in range(1, 9):
        body += [f"{n}. 第{n}項規定", f"(1) 任何人無合理辯解而不遵從根據第{n}條發出的保養通知，即屬犯罪，一經定罪，可",
                 "處第5級罰款，如屬持續的罪行，可就罪行持續期間的每一日，另處罰款$2,000；而",
                 "法庭亦可命令該人修復有關樹木。", "(2) 署長可藉書面通知，要求擁有人在通知指明的限期內，進行通知所指明的工程",
                 "，以保護有關樹木。", "(a) 修剪；", "(b) 加固；或", "(c) 移植。"]
    src = read_text("\n".join(["古樹名木保護條例"] + body), "ord.txt")
    texts = [b.text for b in src.blocks]
    assert any(t.startswith("(1) 任何人無合理辯解而不遵從根據第1條") and t.endswith("法庭亦可命令該人修復有關樹木。") for t in texts)


def test_an_english_notice_at_the_end_of_the_chinese_half_does_not_hide_the_english_title():
    """The Chinese half ends with the English licences of a product's open-source parts,
    read as the start of the English half: the English title is the line after them that
    translates the Chinese title, not the notice."""
    from bitext.pipeline import process

    zh = ["鹭鸣智能降噪耳机使用说明书", "感谢您选择鹭鸣智能降噪耳机。使用前请仔细阅读本说明书。", "一、安全警告",
          "请勿将耳机置于高温环境中。", "二、开源软件声明", "本产品固件使用了以下开源软件，以下声明保留英文原文："]
    notice = ["The firmware of this product includes the open-source components listed below.",
              "- wavecore-dsp 3.2.0, Copyright (c) 2016-2023 The Wavecore Authors. Licensed under the Apache License 2.0.",
              "Full licence texts are available on our website."]
    en = ["Luming Smart Noise-Cancelling Earbuds User Guide", "Thank you for choosing the Luming earbuds. Please read this guide.",
          "1. Safety Warnings", "Do not expose the earbuds to high temperatures.", "2. Open-Source Software Notice",
          "The firmware uses the following open-source software; the notices are kept in English:"]
    b = process(read_text("\n\n".join(zh + notice + en), "guide.txt"))
    assert (b.meta.title_zh, b.meta.title_en) == ("鹭鸣智能降噪耳机使用说明书", "Luming Smart Noise-Cancelling Earbuds User Guide")


def test_lines_wrapped_at_one_width_in_columns_are_joined_however_many_latin_letters_they_hold():
    # A Chinese character takes two columns: lines with Latin words hold more
    # characters in the same width than lines of Chinese alone.
    text = ("一、导入\n"
            "使用 ledgerctl import --format csv 命令可以把银行提供的对帐单导入帐本里\n"
            "面，匯入後請執行檢查命令確認每一筆交易都已經分類完成並且與原始對帳單的金\n"
            "额相符，再用 ledgerctl report --period 2024 产生季度的报表，以便核对帐\n"
            "目\n"
            "二、同步\n"
            "三、备份\n"
            "帳本可以用 ledgerctl sync --remote nas 命令与远端的储存库同步，若有冲\n"
            "突的交易會同時保留雙方的版本並標記出來，請在下一次同步之前逐筆確認處理\n"
            "完毕。\n")
    paras = [p.text for p in paragraphs_of(lines_of(text))]
    assert paras[1].startswith("使用 ledgerctl import") and paras[1].endswith("以便核对帐目")
    assert paras[-1].startswith("帳本可以用") and paras[-1].endswith("確認處理完毕。")


def test_a_title_between_rules_over_two_lines_is_the_title_of_each_file(tmp_path):
    from bitext.read import read_pair

    rule = "=" * 60
    (tmp_path / "zh.txt").write_text(
        f"{rule}\n            潮汐物联网开放平台\n              API 参考手册\n{rule}\n\n"
        "文档版本：v2.6\n\n第一章　概述\n\n本手册面向具有 HTTP 接口开发经验的工程师。\n\n"
        "第二章　认证\n\n所有请求都需要携带访问令牌。\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text(
        f"{rule}\n            Tidal IoT Open Platform\n              API Reference\n{rule}\n\n"
        "Document version: v2.6\n\nChapter 1 Overview\n\nThis reference is written for engineers.\n\n"
        "Chapter 2 Authentication\n\nEvery request carries an access token.\n", encoding="utf-8")
    src = read_pair(tmp_path / "zh.txt", tmp_path / "en.txt")
    assert (src.meta.title_zh, src.meta.title_en) == ("潮汐物联网开放平台 API 参考手册", "Tidal IoT Open Platform API Reference")


def test_a_title_over_its_edition_and_copyright_then_a_rule_is_the_title():
    text = ("灯塔公共许可证\n第 2.0 版\n2023年6月1日发布\n\n版权所有 (C) 2023 灯塔开源联盟。\n\n" + "=" * 40 + "\n\n"
            "译者说明\n\n本中文文本由联盟法律工作组翻译，仅供参考。\n\n第一条 定义\n\n本许可证所称作品，是指依本许可证提供的作品。\n\n"
            "第二条 授权\n\n联盟授予您永久的、全球性的许可。\n\n"
            "LANTERN PUBLIC LICENSE\nVersion 2.0, June 2023\n\nCopyright (C) 2023 Lantern Open Source Alliance.\n\n"
            + "=" * 40 + "\n\nArticle 1 Definitions\n\n\"Work\" means the work made available under this License.\n\n"
            "Article 2 Grant\n\nThe Alliance grants you a perpetual, worldwide licence.\n")
    src = read_text(text, "licence.txt")
    assert (src.meta.title_zh, src.meta.title_en) == ("灯塔公共许可证", "LANTERN PUBLIC LICENSE")


def test_wrapped_paragraphs_among_many_short_lines_are_joined():
    # A reference's contents and code lines outnumber its wrapped paragraphs' lines; the
    # lines that go on at the width, mid-sentence, show it is wrapped.
    para = ("接口平台以统一的方式提供设备管理、遥测数据写入与查询等能力，合作伙伴可以通过\n"
            "本手册描述的接口把自有系统与云端对接，而无需直接操作设备固件或者修改网关的配\n"
            "置，所有请求都需要携带访问令牌。")
    short = [f"{n}.{k} 接口说明第{k}项" for n in range(1, 9) for k in range(1, 6)]
    text = "\n".join(short) + "\n\n" + "\n\n".join([para] * 4) + "\n"
    paras = [p.text for p in paragraphs_of(lines_of(text))]
    assert paras.count(para.replace("\n", "")) == 4


def test_a_chinese_sentence_that_says_what_follows_leads_in():
    assert not heading_line("所有接口均通过 HTTPS 访问，基础地址为：", "zh")
    assert not heading_line("如有疑问，请发送邮件至：", "zh")
    assert not heading_line("全区经济社会发展的主要预期目标是：", "zh")
    assert heading_line("第二章 认证与授权", "zh")
    assert heading_line("一是：", "zh")


def test_two_files_dated_differently_keep_the_second_files_date_line_as_text(tmp_path):
    """The Chinese file dates the page by its last update ('最近更新日期：…', shown as the
    report's date); the English one by its effective date first: that line stays its text."""
    from bitext.pipeline import process
    from bitext.read import read_pair
    zh, en = tmp_path / "zh.txt", tmp_path / "en.txt"
    zh.write_text("Cookie政策\n最近更新日期：2024年1月9日\n\n一、什么是Cookie\n\nCookie是网站发送到您浏览器的小型文本文件。\n", encoding="utf-8")
    en.write_text("Cookie Policy\nEffective date: 2024-01-16\n\n1. What are cookies?\n\nCookies are small text files a website sends.\n",
                  encoding="utf-8")
    b = process(read_pair(zh, en))
    assert b.meta.date == "2024-01-09"
    assert "Effective date: 2024-01-16" in [t for s in b.sections for r in s.rows for t in r.en]


def test_an_ordinances_chapter_over_its_title_is_not_the_title(tmp_path):
    from bitext.read import read_pair
    zh, en = tmp_path / "zh.txt", tmp_path / "en.txt"
    zh.write_text("第715章\n街頭表演(發牌)條例\n\n版本日期: 1.7.2022\n\n第1部\n導言\n\n1. 簡稱\n本條例可引稱為《街頭表演(發牌)條例》。\n",
                  encoding="utf-8")
    en.write_text("Chapter 715\nStreet Performance (Licensing) Ordinance\n\nVersion Date: 1.7.2022\n\nPart 1\nPreliminary\n\n"
                  "1. Short title\nThis Ordinance may be cited as the Street Performance (Licensing) Ordinance.\n", encoding="utf-8")
    src = read_pair(zh, en)
    assert (src.meta.title_zh, src.meta.title_en) == ("街頭表演(發牌)條例", "Street Performance (Licensing) Ordinance")
    one = read_text("第715章\n街頭表演(發牌)條例\n\n第1部\n導言\n\n本條例可引稱為《街頭表演(發牌)條例》。\n\n"
                    "Chapter 715\nStreet Performance (Licensing) Ordinance\n\nPart 1\nPreliminary\n\n"
                    "This Ordinance may be cited as the Street Performance (Licensing) Ordinance.\n", "cap715.txt")
    assert (one.meta.title_zh, one.meta.title_en) == ("街頭表演(發牌)條例", "Street Performance (Licensing) Ordinance")


def test_an_interleaved_title_of_a_product_over_its_kind_of_document_is_one_title():
    """Interleaved text pairs its short lines as headings: the product's name over
    "終端使用者授權合約", then the same in English, is still one title in each language."""
    text = ("青松明體字型軟體\n終端使用者授權合約\nQingsong Ming Font Software\nEnd User License Agreement\n\n"
            "前言\nPreamble\n\n本合約由本公司與被授權人訂立。\nThis Agreement is made between the Company and the Licensee.\n\n"
            "一、定義\n1. Definitions\n\n「字型軟體」係指本公司設計之字型檔案。\n\"Font Software\" means the font files the Company designs.\n")
    src = read_text(text, "eula.txt")
    assert (src.meta.title_zh, src.meta.title_en) == ("青松明體字型軟體終端使用者授權合約",
                                                      "Qingsong Ming Font Software End User License Agreement")


def test_a_covers_organisation_over_the_kind_of_document_set_apart_is_one_title():
    """A cover centres the company's name, a blank line, then only "章程": one title."""
    text = ("\n\n            恒远精密轴承（沅浦）有限公司\n\n                      章程\n\n\n"
            "第一章　总则\n\n第一条　为规范公司的组织和行为，制定本章程。\n\n第二章　经营范围\n\n第二条　公司从事轴承的生产和销售。\n\n"
            "ARTICLES OF ASSOCIATION OF HENGYUAN PRECISION BEARINGS (YUANPU) CO., LTD\n\n"
            "Chapter 1 General Provisions\n\nArticle 1 These Articles are formulated to regulate the Company.\n\n"
            "Chapter 2 Business Scope\n\nArticle 2 The Company makes and sells bearings.\n")
    src = read_text(text, "articles.txt")
    assert src.meta.title_zh.replace(" ", "") == "恒远精密轴承（沅浦）有限公司章程"
    # Text under the name is no kind of document: the name alone stays the title.
    src = read_text(text.replace("                      章程", "第一章之前的说明文字。"), "articles.txt")
    assert "说明" not in (src.meta.title_zh or "")


def test_a_makers_short_name_over_a_manuals_title_on_its_cover_is_not_the_title():
    """A cover prints the maker's short name, then, set apart, the manual's title: the title
    is the line that names a kind of document. A copy's banner ("經核證文本") is no maker."""
    def text(top_zh, top_en):
        return (f"            {top_zh}\n\n\n       云雀笔记桌面版 6.2 用户手册\n\n         适用于 Windows 与 macOS\n\n\n"
                "第一章 简介\n\n本手册介绍云雀笔记桌面版的安装和使用。\n\n第二章 安装\n\n双击安装包，按提示完成安装。\n\n"
                f"            {top_en}\n\n\n       Skylark Notes Desktop 6.2 User Guide\n\n         For Windows and macOS\n\n\n"
                "Chapter 1 Introduction\n\nThis guide describes how to install and use Skylark Notes Desktop.\n\n"
                "Chapter 2 Installation\n\nDouble-click the installer and follow the prompts.\n")
    src = read_text(text("杭岭软件", "Hangling Software"), "guide.txt")
    assert (src.meta.title_zh, src.meta.title_en) == ("云雀笔记桌面版 6.2 用户手册", "Skylark Notes Desktop 6.2 User Guide")
    src = read_text(text("经核证文本", "Verified Copy"), "guide.txt")
    assert src.meta.title_zh != "云雀笔记桌面版 6.2 用户手册" or src.meta.title_en != "Skylark Notes Desktop 6.2 User Guide"


def test_a_products_name_over_an_interleaved_title_is_not_the_english_title():
    """A cover names the product in Latin letters ("LumaDB 5.2") over the title in both
    languages: the English title is the line under the Chinese one, which translates it."""
    text = ("LumaDB 5.2\n\n管理员指南\nAdministrator Guide\n\n"
            "前言\nPreface\n\n本文档介绍数据库的安装和配置。\nThis document describes how to install and configure the database.\n\n"
            "第1章 产品概述\nChapter 1 Product Overview\n\n数据库由三个组件构成。\nThe database consists of three components.\n")
    src = read_text(text, "guide.txt")
    assert (src.meta.title_zh, src.meta.title_en) == ("管理员指南", "Administrator Guide")
    assert "LumaDB 5.2" in [b.text for b in src.blocks]


def test_a_long_run_of_english_notices_ending_the_chinese_half_stays_there():
    """A manual's last appendix gives its third-party licences in English (three components,
    eighteen paragraphs and more); the English translation starts on the next printed page,
    with the manual's title, not at the first licence."""
    zh = ["青松同步服务管理员手册", "", "第一章　概述", "", "本手册介绍青松同步服务的安装、配置和运维。", "",
          "第二章　安装", "", "安装前请检查操作系统版本和磁盘空间。", "", "附录　第三方软件声明", "",
          "本软件包含以下第三方开源组件，许可证文本以原文提供。", ""]
    notices = []
    for name in ("raftlet", "chunkwise", "zipette"):
        notices += [f"Component: {name} 1.0", f"License: {name} Permissive License", "",
                    f"Copyright (c) 2020 The {name} Authors", "",
                    "You may use, copy, modify and redistribute this software for any purpose, provided that this notice is kept.", "",
                    "1. Source distributions keep the copyright line above.", "",
                    "2. Binary distributions reproduce it in their documentation.", "",
                    "THE SOFTWARE IS PROVIDED AS IS, WITHOUT WARRANTY OF ANY KIND.", ""]
    en = ["Qingsong Sync Administrator Guide", "", "Chapter 1 Overview", "",
          "This guide describes how to install, configure and operate Qingsong Sync.", "", "Chapter 2 Installation", "",
          "Before installing, check the operating system version and the free disk space.", "", "Appendix Third-Party Notices", "",
          "The software includes the open-source components below; their licences are given as written.", ""]
    page = 0

    def foot() -> list[str]:
        nonlocal page
        page += 1
        return [f"— {page} —", ""]

    text = zh + foot() + notices[:14] + foot() + notices[14:] + foot() + en[:8] + foot() + en[8:] + foot()
    src = read_text("\n".join(text), "guide.txt")
    assert (src.meta.title_zh, src.meta.title_en) == ("青松同步服务管理员手册", "Qingsong Sync Administrator Guide")
    assert {b.lang for b in src.blocks if "Component:" in b.text} == {"zh"}  # the Chinese half's appendix


def test_a_contact_block_ending_the_chinese_half_is_not_the_english_title():
    """The Chinese half ends with the society's name, address, telephone and e-mail in
    English; the English half's title is its cover's, on the next page."""
    zh = ["青松湿地学会章程", "", "第一章　总则", "", "第一条　本会的名称为青松湿地学会。", "", "第二条　本会是非营利性社会组织。", "",
          "Qingsong Wetland Society (QWS)", "Secretariat: Room 1203, 18 Beichen West Road, Chaoyang District, Beijing",
          "Tel: +86-10-6488 0000        Fax: +86-10-6488 0001", "E-mail: office@qws.example.org   Website: www.qws.example.org", ""]
    en = ["CONSTITUTION OF THE QINGSONG WETLAND SOCIETY", "", "Chapter I General Provisions", "",
          "Article 1 The name of the Society is the Qingsong Wetland Society.", "",
          "Article 2 The Society is a non-profit social organization.", ""]
    src = read_text("\n".join(zh + en), "c.txt")
    assert (src.meta.title_zh, src.meta.title_en) == ("青松湿地学会章程", "CONSTITUTION OF THE QINGSONG WETLAND SOCIETY")


def test_wrapped_sentences_that_name_something_in_the_other_script_go_on():
    """A Chinese sentence cut inside the English name it gives goes on in a line that reads as
    English but for its Chinese words and punctuation; an English one that gives the Chinese
    name goes on in lower case; a numbered clause whose quotation is still open goes on."""
    from bitext.read import paragraphs_of
    from bitext.text import display_width

    def wrap(text: str, width: int = 76) -> list[str]:
        out, line = [], ""
        for ch in text:
            if display_width(line + ch) > width:
                out.append(line)
                line = ""
            line += ch
        return out + [line]

    body = "本会是由从事湿地研究、保护、修复、监测和管理工作的科技工作者及相关单位自愿结成的全国性、学术性、非营利性社会组织，接受业务主管单位的指导和监督管理。"
    zh = ["第一条　名称", "本会的名称为青松湿地学会（以下简称“本会”），英文名称为青松湿地学会Qingsong",  # cut inside the name
          "Wetland Society，缩写为QWS。", ""]
    for _ in range(3):
        zh += wrap(body) + [""]
    words = ("The Society is a national, academic and non-profit social organization formed voluntarily by scientists "
             "and institutions working on wetland research, protection, restoration and management.").split()
    en_body, line = [], ""
    for w in words:
        if len(line) + len(w) + 1 > 72:
            en_body.append(line)
            line = ""
        line = (line + " " + w).strip()
    en_body.append(line)
    en = ["Article 1 Name", "The name of the Society is 青松湿地学会 (hereinafter \"the Society\"). Its English",
          "name is Qingsong Wetland Society, abbreviated as QWS.", "",
          '1. The name of the organisation is "Asia-Pacific Traditional Archery',
          'Federation" in English, abbreviated "APTAF".', ""]
    for _ in range(3):
        en += en_body + [""]
    text = [p.text for p in paragraphs_of(lines_of("\n".join(zh + en)))]
    assert "本会的名称为青松湿地学会（以下简称“本会”），英文名称为青松湿地学会Qingsong Wetland Society，缩写为QWS。" in text
    assert ('The name of the Society is 青松湿地学会 (hereinafter "the Society"). Its English name is Qingsong Wetland Society, '
            'abbreviated as QWS.') in text
    assert '1. The name of the organisation is "Asia-Pacific Traditional Archery Federation" in English, abbreviated "APTAF".' in text


def test_a_list_items_lines_set_in_under_its_text_go_on_with_it():
    """A text that is not hard-wrapped, with a list whose items wrap under their own text
    ("  1) Choose a quiet period and inform the owners of the affected" / "     applications."):
    each item is one paragraph; the next item starts a new one."""
    from bitext.read import margins_of

    text = "\n".join([
        "Run a failover drill once a quarter. Each step below is done by the operator on duty, "
        "who records the time it was taken in the operations log.", "",
        "  1) Choose a quiet period and inform the owners of the affected",
        "     applications.",
        "  2) Stop the primary broker and confirm that producers switch over",
        "     to the replica and that consumers keep reading from it.",
        "  3) Start the primary again.", ""])
    paras = [p.text for p in paragraphs_of(lines_of(text), None, frozenset(), margins_of(text))]
    assert "1) Choose a quiet period and inform the owners of the affected applications." in paras
    assert ("2) Stop the primary broker and confirm that producers switch over to the replica and that consumers "
            "keep reading from it.") in paras
    assert "3) Start the primary again." in paras
    # Without the margins, nothing says the lines go on.
    assert "applications." in [p.text for p in paragraphs_of(lines_of(text))]


def test_a_sections_text_set_in_under_its_short_heading_is_no_part_of_it():
    """An ordinance sets each section's text in under its heading's words ("15. Appointment
    of authorized officers" over "    The Commissioner may, …"): the heading stays a line of its
    own; a heading's last words set in under it go on with it."""
    from bitext.read import margins_of

    text = "\n".join([
        "14. Coxswain to hold valid certificate of competency",
        "    (1) A licensee must not permit a person who does not hold a valid certificate of",
        "        competency to act as the coxswain of a water taxi.", "",
        "15. Appointment of authorized officers",
        "    The Commissioner may, in writing, appoint any public officer to be an authorized",
        "    officer for the purposes of this Ordinance.", "",
        "16. Disclaimer of Warranty and",
        "    Limitation of Liability.", ""])
    paras = [p.text for p in paragraphs_of(lines_of(text), None, frozenset(), margins_of(text))]
    assert "15. Appointment of authorized officers" in paras
    assert "16. Disclaimer of Warranty and Limitation of Liability." in paras


def test_a_short_chinese_section_title_over_its_sentence_set_in_under_it_stays_apart():
    """"15. 規例" over "    園境事務局局長可訂立規例，就以下事宜訂定條文——": the title is a line of its own,
    not a list item whose text goes on under it."""
    from bitext.read import margins_of

    text = "\n".join([
        "14. 上訴", "    (1) 任何人如因署長根據第 5 條作出的決定而感到受屈，可於 28 日內向上訴委員會提出上訴，並須附上上訴理由及有關文件。", "",
        "15. 規例", "    園境事務局局長可訂立規例，就以下事宜訂定條文——", "            (a) 許可申請的程序；", "",
        "16. 修訂附表", "    園境事務局局長可藉憲報公告，修訂附表 1 或 2。", ""])
    paras = [p.text for p in paragraphs_of(lines_of(text), None, frozenset(), margins_of(text))]
    assert "15. 規例" in paras and "16. 修訂附表" in paras


def test_an_ordinances_section_titles_ending_in_etc_or_wrapped_stand_out_from_its_text():
    """In an ordinance whose text is set in, "8. Prohibition on felling heritage trees, etc." is
    a heading though it ends in a stop, and so is a title wrapped with its last word set in
    under it ("9. Specified works within tree protection zone require" / "   permit")."""
    body = ["    (1) A person must not fell a heritage tree, or prune (other than by light",
            "        pruning), transplant, or apply any substance likely to harm the health",
            "        of, a heritage tree.",
            "    (2) Subsection (1) does not apply to an act done in accordance with a",
            "        permit granted under section 9."]
    text = "\n".join(["7. Objection to designation", *body, "", "8. Prohibition on felling heritage trees, etc.", *body, "",
                      "9. Specified works within tree protection zone require", "   permit", *body, "",
                      "10. Exemption in emergencies", *body, ""]) + "\n"
    src = read_text(text, "o.txt")
    heads = [b.text for b in src.blocks if b.kind == "heading"]
    assert "8. Prohibition on felling heritage trees, etc." in heads
    assert "9. Specified works within tree protection zone require permit" in heads


@pytest.mark.parametrize("lines,joined", [
    (["Tourism recovered strongly over the year. The number of overnight visitors and hotel occupancy rose by",
      "11.3 percent respectively, while tourist arrivals and total tourism revenue rose by",
      "9.8 percent and 14.2 percent. Cultural venues received more visitors than in any year",
      "before, and the number of performances staged in the city reached a new record high."], "rose by 11.3 percent respectively"),
    # (Also under a line that opens with a figure and ends with a word that may end a sentence.)
    (["China-Europe Railway Express services made 1,286 trips during the year, up",
      "16.4 percent, and container throughput at Baisha Port reached 4.86 million TEUs, up",
      "12.1 percent. The Pilot Free Trade Zone produced 38 new institutional innovations, six",
      "of which have been replicated nationwide, and paid-in foreign investment rose sharply."], "TEUs, up 12.1 percent"),
])
def test_a_wrapped_line_that_starts_with_a_decimal_figure_goes_on(lines, joined):
    """Hard-wrapped English cut before a figure ("… rose by" / "11.3 percent respectively, …"):
    the figure goes on the sentence; it numbers no section."""
    paras = [p.text for p in paragraphs_of(lines_of("\n".join(lines)))]
    assert len(paras) == 1 and joined in paras[0]


def test_an_articles_text_run_in_after_its_number_and_cut_at_the_width_goes_on():
    """A law hard-wrapped in English: "Article 1 These Regulations are formulated …" cut
    before a capital ("Wetlands" / "Conservation Law …") is the article's text going on, not a
    heading line; a titled article ("Article 3 Definitions") over its text stays apart."""
    text = "\n".join([
        "Article 1 These Regulations are formulated in accordance with the Wetlands",
        "Conservation Law of the People's Republic of China and other relevant laws and",
        "administrative regulations, and in light of the actual circumstances of this Province.",
        "Article 2 These Regulations apply to the protection, restoration and use of wetlands",
        "within the administrative area of this Province and to the supervision thereof.",
        "Article 3 Definitions",
        "For the purposes of these Regulations, wetlands means areas of marsh, fen or peatland",
        "whether natural or artificial, permanent or temporary, with water that is static."])
    paras = [p.text for p in paragraphs_of(lines_of(text))]
    assert paras[0].startswith("Article 1 These Regulations") and paras[0].endswith("circumstances of this Province.")
    assert "Article 3 Definitions" in paras


def test_a_title_cut_inside_a_name_in_angle_brackets_joins_without_a_space():
    from bitext.read import join_title

    assert join_title(["滨江市中级人民法院关于印发《滨江市中级人民法院", "关于律师申请调查令的若干规定（试行）》的通知"], "zh") == (
        "滨江市中级人民法院关于印发《滨江市中级人民法院关于律师申请调查令的若干规定（试行）》的通知")
    assert join_title(["港灣銀行有限公司", "私隱政策聲明"], "zh") == "港灣銀行有限公司 私隱政策聲明"


def test_a_year_in_taiwans_count_goes_on_an_organisations_name_as_written():
    from bitext.read import join_title

    assert join_title(["澄江市政府交通局", "113年度工作報告"], "zh") == "澄江市政府交通局113年度工作報告"
    assert join_title(["澄江市政府交通局", "工作報告"], "zh") == "澄江市政府交通局 工作報告"


def test_a_title_over_two_lines_is_written_as_the_text_names_it():
    """"小树苗学习App" over "儿童个人信息保护规则": the text names it "本《小树苗学习App儿童个人信息
    保护规则》", so the title is written so, with no space after the Latin letters."""
    zh = "小树苗学习App\n儿童个人信息保护规则\n\n我们依据法律法规，制定本《小树苗学习App儿童个人信息保护规则》。" + BODY
    en = "Sapling Learning App\nChildren's Personal Information Protection Rules\n\nWe have made these Rules under the law." + BODY_EN
    assert _titles(zh + en) == ("小树苗学习App儿童个人信息保护规则", "Sapling Learning App Children's Personal Information Protection Rules")


def test_a_letter_under_a_bilingual_letterhead_and_its_date():
    """A letter's letterhead: the name in both languages, an address and a note each in both
    languages on one line, then the date, then the letter's title. The title is the letter's in
    both languages; the halves of the letterhead's lines are no English title."""
    zh = ("晨光教育基金\nDAWN LIGHT EDUCATION FUND\n香港九龍旺角亞皆老街88號12樓 | 12/F, 88 Argyle Street, Mong Kok, Kowloon\n"
          "電話 Tel: (852) 2388 6120 | 電郵 Email: donors@dawnlight.org.hk\n"
          "根據《稅務條例》第88條獲豁免繳稅的慈善機構 | A charitable institution exempt from tax under s.88 of the IRO\n\n"
          "2024年4月\n\n2023/24年度致捐助人函\n\n親愛的捐助人：\n\n謹代表本基金董事會及全體同工，衷心感謝您過去一年的支持。\n\n"
          "一年回顧：本基金共收到捐款港幣一千二百萬元，來自三千位捐助人。\n\n財務透明：本基金帳目經會計師事務所審核。\n\n")
    en = ("April 2024\n\nLetter to Our Donors, 2023/24\n\nDear Friend,\n\nOn behalf of the Board and staff, thank you for your "
          "support over the past year.\n\nThe year in review: The Fund received HK$12 million in donations from 3,000 donors.\n\n"
          "Accountability: Our accounts have been audited by a firm of accountants.\n")
    assert _titles(zh + en) == ("2023/24年度致捐助人函", "Letter to Our Donors, 2023/24")


def test_a_bilingual_h1_under_a_note_in_one_language_is_the_title_in_both():
    """A web copy in Markdown: its breadcrumb (the site's), then an English note, then the
    H1 in both languages. The note says nothing of the Chinese: the H1 is the title in both
    languages, not in Chinese alone beside the front matter's English title."""
    text = "\n".join([
        "---", 'title: "第18/2023號行政法規《充電設施安全規章》 / Administrative Regulation No. 18/2023 — Charging Safety"', "---", "",
        "[首頁 Home](/) › [法例 Legislation](/legislation/) › [行政法規 Administrative Regulations](/legislation/ar/) › 第18/2023號", "",
        "> **English note:** This English version is an unofficial translation for the convenience of readers.", "",
        "# 第18/2023號行政法規 / Administrative Regulation No. 18/2023", "",
        "## 第一條 標的 / Article 1 Subject", "", "本行政法規訂定充電設施的安全要求。", "",
        "This Administrative Regulation lays down the safety requirements for charging facilities.", ""])
    src = read_text(text, "ar.md")
    assert (src.meta.title_zh, src.meta.title_en) == ("第18/2023號行政法規", "Administrative Regulation No. 18/2023")


# What stands above a title is not the title: a web page's list of its sections, a licence's
# identifier with its label in both languages, a brief's masthead (the centre's name, the
# issue's number and date) over a rule.
@pytest.mark.parametrize("text,title", [
    ("本页内容 On this page\n  4.3.0\n  4.2.2\n  4.2.0\n\n墨舟编辑器 4.x 发行说明\nMozhou Editor 4.x Release Notes\n\n"
     "本页汇总各版本的变更内容。\nThis page lists the changes in each release.\n\n4.3.0 版\nVersion 4.3.0\n\n"
     "本版本的重点是远程开发。\nThis release focuses on remote development.\n\n4.2.2 版\nVersion 4.2.2\n\n"
     "本版本修复了若干问题。\nThis release fixes several bugs.\n",
     ("墨舟编辑器 4.x 发行说明", "Mozhou Editor 4.x Release Notes")),
    ("许可证标识符 / License Identifier: QSOSL-2.0\n\n青山开放源代码许可证\n第2.0版\n\n"
     "第一章 总则\n\n为了促进开放协作，制定本许可证。本许可证适用于所有软件。\n\n"
     "第二章 授权\n\n每一贡献者授予您著作权许可。\n\n"
     "Qingshan Open Source License\nVersion 2.0\n\nChapter 1 General Provisions\n\n"
     "This License is made to promote open collaboration. It applies to all software.\n\n"
     "Chapter 2 Grant\n\nEach Contributor grants You a copyright license.\n",
     ("青山开放源代码许可证", "Qingshan Open Source License")),
    ("澄川社會政策研究中心｜Chengchuan Centre for Social Policy Research\n政策簡報 第42期｜Policy Brief No. 42\n"
     "2024年3月｜March 2024\n" + "=" * 50 + "\n\n長照人力留任危機\nThe Retention Crisis in Long-Term Care\n\n"
     "重點摘要\nKey Points\n\n居家照顧服務員的流失率居高不下。\nThe turnover of home care workers remains high.\n\n"
     "政策建議\nRecommendations\n\n應訂定薪資底線。\nA pay floor should be set.\n",
     ("長照人力留任危機", "The Retention Crisis in Long-Term Care")),
], ids=["page-contents", "licence-identifier", "series-masthead"])
def test_what_stands_above_a_title_is_not_the_title(text, title):
    src = read_text(text, "doc.txt")
    assert (src.meta.title_zh, src.meta.title_en) == title


def test_half_of_a_line_in_both_languages_deep_in_the_chinese_half_is_not_the_english_title():
    """A diagram's label in the Chinese half, "管理节点集群（Manager × 3）", is split as a line in two
    languages; its English half is no title of the English text, which opens much further on."""
    body = "".join(f"第{k}段说明系统的一个部分，内容与上一段不同，编号为{k}。\n\n" for k in range(1, 16))
    en_body = "".join(f"Paragraph {k} describes one part of the system and differs from the one before.\n\n" for k in range(1, 16))
    text = ("云帆数据同步平台用户手册\n\n第一章 概述\n\n" + body + "管理节点集群（Manager Nodes）\n\n工作节点集群（Worker Nodes）\n\n"
            + body.replace("说明", "介绍")
            + "YunFan DataSync Platform User Manual\n\nChapter 1 Overview\n\n" + en_body + en_body.replace("describes", "covers"))
    src = read_text(text, "manual.txt")
    assert src.meta.title_en == "YunFan DataSync Platform User Manual"


def test_a_numbered_heading_centred_and_wrapped_is_one_heading():
    """A gazette sets its chapters' headings in the middle of the page; one too long for
    a line goes on, centred too, on the next: "Chapter II Planning and Construction of
    Water" over "Supply Facilities" is one heading. A number alone over its title
    ("附表1" over "費用") is left to the heading reader, which joins it with a space."""
    from bitext.model import Block
    from bitext.read import centred_wraps

    body = "Article 8 The municipal competent department of water affairs shall draw up the plan."
    text = [body, "", "                  Chapter II Planning and Construction of Water",
            "                                Supply Facilities", "", body]
    blocks = [Block(body, "en", 1), Block("Chapter II Planning and Construction of Water", "en", 3),
              Block("Supply Facilities", "en", 4), Block(body, "en", 6)]
    got = centred_wraps(blocks, text)
    assert [b.text for b in got] == [body, "Chapter II Planning and Construction of Water Supply Facilities", body]
    assert got[1].line == 3
    # Set flush left, the two lines are a heading and a line of text; a number alone is no title.
    flush = [t.strip() for t in text]
    assert len(centred_wraps(blocks, flush)) == 4
    label = ["                              附表1", "                              費用"]
    assert len(centred_wraps([Block("附表1", "zh", 1), Block("費用", "zh", 2)], label)) == 2
    # A sentence under a centred heading is no part of it.
    text[3] = "                                It applies to all."
    assert len(centred_wraps(blocks[:2] + [Block("It applies to all.", "en", 4)] + blocks[3:], text)) == 4


def test_a_centred_heading_under_its_number_or_with_wide_spaces_wrapped_is_one_heading():
    """"CHAPTER VIII" over "LEGAL PERSONALITY, PRIVILEGES AND IMMUNITIES," over "AND RELATIONS
    WITH THE HOST COUNTRY", all centred: the title's two lines are one; so are a Chinese
    chapter's, set with a wide space after its number ("第八章\u3000法律人格、特权与豁免以及" over
    "与东道国的关系")."""
    from bitext.model import Block
    from bitext.read import centred_wraps

    text = ["                                CHAPTER VIII",
            "               LEGAL PERSONALITY, PRIVILEGES AND IMMUNITIES,",
            "                    AND RELATIONS WITH THE HOST COUNTRY"]
    blocks = [Block(t.strip(), "en", n) for n, t in enumerate(text, 1)]
    got = centred_wraps(blocks, text)
    assert [b.text for b in got] == ["CHAPTER VIII", "LEGAL PERSONALITY, PRIVILEGES AND IMMUNITIES, AND RELATIONS WITH THE HOST COUNTRY"]
    zh = ["                      第八章\u3000法律人格、特权与豁免以及", "                               与东道国的关系"]
    got = centred_wraps([Block("第八章 法律人格、特权与豁免以及", "zh", 1), Block("与东道国的关系", "zh", 2)], zh)
    assert [b.text for b in got] == ["第八章 法律人格、特权与豁免以及与东道国的关系"]
    # Under a line of text, not a number alone, the two lines stay apart.
    text[0] = "                        The Parties agree as follows"
    assert len(centred_wraps([Block(t.strip(), "en", n) for n, t in enumerate(text, 1)], text)) == 3


def test_a_long_numbered_chinese_heading_cut_short_of_the_width_goes_on():
    """"三、企业部门杠杆率总体稳定，但部分行业偿债压力" over "有所上升", then the section's text
    set in: one heading."""
    body = ("\u3000\u3000截至2024年6月末，非金融企业部门债务与地区生产总值之比为142.6%，较上年末\n"
            "下降1.3个百分点。上市企业利息保障倍数中位数为4.8倍，较上年末下降0.5倍；利\n"
            "息支出占营业收入的比例有所上升，部分行业企业的偿债压力明显加大，需要关注。\n")
    text = ("二、本地区经济温和复苏\n" + body + "\n三、企业部门杠杆率总体稳定，但部分行业偿债压力\n有所上升\n" + body
            + "\n四、金融市场运行总体平稳\n" + body)
    paras = [p.text for p in paragraphs_of(lines_of(text))]
    assert "三、企业部门杠杆率总体稳定，但部分行业偿债压力有所上升" in paras


def test_labels_over_an_example_in_two_files_lead_in_and_head_nothing(tmp_path):
    """An API reference in two plain-text files: "請求範例：" over its JSON set in by four
    spaces, "Example request:" over the same, lead into their examples; the numbered
    headings stay headings and pair."""
    from bitext.pipeline import process
    from bitext.read import read_pair

    def half(lang):
        if lang == "zh":
            heads, intro, lead = ["一、建立付款", "二、查詢付款"], "呼叫此端點即可建立一筆付款訂單，並取得付款頁的網址與繳費代碼，完成後請保存付款編號以便查詢。", "請求範例："
        else:
            heads, intro, lead = ["1. Create a Payment", "2. Query a Payment"], ("Call this endpoint to create a payment order and get the "
                                                                               "payment page URL and a payment code; keep the payment ID."), "Example request:"
        out = []
        for h in heads:
            out += [h, "", intro, "", lead, "", "    {", '      "amount": 1200,', '      "currency": "TWD"', "    }", "", intro, ""]
        return "\n".join(out + [intro] * 8) + "\n"

    (tmp_path / "api.zh.txt").write_text(half("zh"), encoding="utf-8")
    (tmp_path / "api.en.txt").write_text(half("en"), encoding="utf-8")
    b = process(read_pair(tmp_path / "api.zh.txt", tmp_path / "api.en.txt"))
    got = [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh or s.heading_en]
    assert got == [("一、建立付款", "1. Create a Payment"), ("二、查詢付款", "2. Query a Payment")]


def test_a_listed_companys_summary_in_two_files_is_titled_by_its_name_and_kind(tmp_path):
    """The stock code, name and announcement number on the first line are particulars, no
    title; the company's name over "2023年年度报告摘要" ("2023 ANNUAL REPORT SUMMARY") is
    the title, the year written on to the name."""
    from bitext.read import read_pair

    zh = ["证券代码：603871　证券简称：恒泰精机　公告编号：2024-016", "", "恒泰精密机械股份有限公司", "2023年年度报告摘要", "",
          "第一节　重要提示", "", "本年度报告摘要来自年度报告全文，投资者应当仔细阅读年度报告全文。", "",
          "第二节　公司基本情况", "", "公司主要从事精密传动部件的研发、生产和销售。"]
    en = ["Stock Code: 603871  Stock Abbreviation: Hengtai PM  Announcement No.: 2024-016", "",
          "HENGTAI PRECISION MACHINERY CO., LTD.", "2023 ANNUAL REPORT SUMMARY", "",
          "Section 1 Important Notice", "", "This summary is derived from the full text of the Annual Report.", "",
          "Section 2 Corporate Profile", "", "The Company researches, makes and sells precision transmission parts."]
    (tmp_path / "s.zh.txt").write_text("\n".join(zh) + "\n", encoding="utf-8")
    (tmp_path / "s.en.txt").write_text("\n".join(en) + "\n", encoding="utf-8")
    src = read_pair(tmp_path / "s.zh.txt", tmp_path / "s.en.txt")
    assert src.meta.title_zh == "恒泰精密机械股份有限公司2023年年度报告摘要"
    assert src.meta.title_en == "HENGTAI PRECISION MACHINERY CO., LTD. 2023 ANNUAL REPORT SUMMARY"


def test_a_listed_companys_code_under_its_name_and_report_ends_the_title():
    """A Taiwan-listed company's annual report, English first: its name, the report, and its
    stock code under them. The code is the cover's particular, not the title's last line."""
    en = ["Liyuan Optronics Corp.", "2023 Annual Report", "Stock Code: 6847", "", "Printed on May 10, 2024", "",
          "I. Letter to Shareholders", "", "Dear Shareholders, revenue rose in 2023.", ""]
    zh = ["立原光電股份有限公司", "中華民國一一二年度年報", "股票代號：6847", "", "刊印日期：中華民國一一三年五月十日", "",
          "壹、致股東報告書", "", "各位股東：本公司一一二年度營收成長。", ""]
    src = read_text("\n".join(en + zh), "report.txt")
    assert src.meta.title_en == "Liyuan Optronics Corp. 2023 Annual Report"
    assert src.meta.title_zh.replace(" ", "") == "立原光電股份有限公司中華民國一一二年度年報"

def test_a_chinese_paragraph_set_in_under_a_heading_that_filled_its_line_starts_anew():
    """A gazette wraps its Chinese at about 32 characters and sets each paragraph's first line
    in by two full-width spaces. A numbered heading that fills its line, then "　　推进…", is a
    heading over a paragraph; a list item's next line set in under its text goes on with it."""
    text = "\n".join([
        "（二）加快构建以先进制造业为骨干的现代化产业体系，推动实体经济",
        "高质量发展",
        "　　实施制造业“强链补链”行动，围绕三大主导产业引育链主企业十二家，",
        "力争新能源汽车零部件产业产值突破一千亿元，推进规模以上工业企业",
        "数字化改造全覆盖，新培育省级智能工厂和数字化车间三十个。",
        "（三）深入实施创新驱动发展战略，加快建设区域科技创新高地研发平台",
        "　　推进澄江科学城建设，新建省级以上创新平台二十个，力争全社会研发",
        "经费投入强度达到百分之三，净增高新技术企业二百家以上，全年引进人才。",
        "一、對本軟體進行還原工程、解編譯、反組譯，或以其他方式試圖取得本軟體",
        "    之原始碼；"])
    paras = [p.text for p in paragraphs_of(lines_of(text))]
    assert "（三）深入实施创新驱动发展战略，加快建设区域科技创新高地研发平台" in paras
    assert "一、對本軟體進行還原工程、解編譯、反組譯，或以其他方式試圖取得本軟體之原始碼；" in paras


def test_the_english_title_under_the_chinese_one_over_a_note_in_both_languages():
    """A manual's cover in the Chinese half: its title, its English title under it, then a note
    in both languages ("（中英文对照版 / Chinese-English Edition）"), whose English half opens the
    English stream two lines down. The title is the line under the Chinese one, not that half."""
    zh = ["海澜数据同步平台用户手册", "HaiLan DataSync User Manual", "", "（中英文对照版 / Chinese-English Edition）", "",
          "第一章　概述", "", "海澜数据同步平台用于在多种数据库之间同步数据，支持全量与增量两种同步方式。", "",
          "第二章　安装", "", "安装前请确认服务器满足最低配置要求，并准备好数据库的连接信息。", ""]
    en = ["Chapter 1 Overview", "", "HaiLan DataSync synchronizes data between many kinds of database, in full or incrementally.", "",
          "Chapter 2 Installation", "", "Before installing, make sure that the server meets the minimum requirements.", ""]
    src = read_text("\n".join(zh + en), "manual.txt")
    assert (src.meta.title_zh, src.meta.title_en) == ("海澜数据同步平台用户手册", "HaiLan DataSync User Manual")


def test_a_laws_page_its_search_box_and_toolbar_and_its_title_under_its_particulars():
    """A county's laws database: its search box and toolbar are the site's; the law's title
    stands under its particulars and history, which a field naming the title heads."""
    from bitext.furniture import navigation_line

    assert navigation_line("關鍵字搜尋：　　　　進階查詢") and navigation_line("字級設定：小　中　大　　友善列印　　回上一頁　　分享至 Facebook　LINE")
    assert not navigation_line("分享我们的故事") and not navigation_line("搜尋結果")
    history = [f"{n}.中華民國一百零{n}年三月十日北岸縣政府府法規字第10{n}0041120號令修正公布第{n}條條文" for n in range(1, 9)]
    zh = (["北岸縣法規查詢系統", "關鍵字搜尋：　　　　進階查詢", "首頁 > 法規查詢 > 自治條例 > 條文內容",
           "字級設定：小　中　大　　友善列印　　回上一頁", "條文內容　　沿革　　英譯", "法規名稱：北岸縣公園管理自治條例", "公發布日：民國 98 年 12 月 03 日",
           "修正日期：民國 113 年 05 月 17 日", "發文字號：府法規字第1130098761號令", "法規體系：北岸縣法規∕建設類", "沿革："]
          + history + ["", "北岸縣公園管理自治條例", "第 1 條", "為維護公園環境，特制定本自治條例。", "第 2 條", "本自治條例之主管機關為北岸縣政府。", ""])
    en = ["Beian County Self-Government Ordinance for the Management of Parks", "", "Article 1",
          "This Ordinance is enacted to maintain the environment of parks.", "", "Article 2",
          "The competent authority for this Ordinance is the Beian County Government.", ""]
    src = read_text("\n".join(zh + en), "parks.txt")
    assert src.meta.title_zh == "北岸縣公園管理自治條例"


def test_a_path_after_a_chinese_label_is_no_english_half():
    """"请求地址：GET /v2/payments/{payment_id}" is a Chinese line naming a path, not a heading in
    two languages; "## 数据收集 Data Collection" in a file whose headings carry both is one."""
    from bitext.model import Block
    from bitext.read import split_bilingual_lines

    lines = ["请求地址：GET /v2/payments/{payment_id}", "数据收集 Data Collection", "接口说明 API Notes", "错误码 Error Codes"]
    blocks = [Block(t, "zh", n) for n, t in enumerate(lines, 1)]
    out = split_bilingual_lines(blocks)
    assert [(b.lang, b.text) for b in out if b.line == 1] == [("zh", "请求地址：GET /v2/payments/{payment_id}")]
    assert [(b.lang, b.text) for b in out if b.line == 2] == [("zh", "数据收集"), ("en", "Data Collection")]


def test_an_agreements_cover_under_its_classification_and_a_note_on_which_language_comes_first():
    """An agreement's cover in English under "COMMERCIAL IN CONFIDENCE" and the issuer's name,
    a note saying the English comes first; the Chinese half under "商业机密". The titles are the
    agreement's; the banners and the note head nothing."""
    en = ["COMMERCIAL IN CONFIDENCE", "", "HARROW LANE SOFTWARE LIMITED", "", "SOFTWARE LICENCE AGREEMENT", "",
          "Agreement No.: HL-2024-017", "", "English version followed by Chinese version / 英文文本在前，中文文本在后", "",
          "1. Definitions", "", "In this Agreement the following words have the meanings given to them below.", "",
          "2. Licence", "", "The Licensor grants the Licensee a non-exclusive licence to use the Software.", ""]
    zh = ["商业机密", "", "软件许可协议", "", "合同编号：HL-2024-017", "", "1. 定义", "", "本协议中下列词语具有以下含义。", "",
          "2. 许可", "", "许可方授予被许可方使用本软件的非独占许可。", ""]
    src = read_text("\n".join(en + zh), "licence.txt")
    assert (src.meta.title_zh, src.meta.title_en) == ("软件许可协议", "SOFTWARE LICENCE AGREEMENT")
    from bitext.headings import never_heading

    assert never_heading("COMMERCIAL IN CONFIDENCE") and never_heading("商业机密") and never_heading("英文文本在前，中文文本在后")
    assert not never_heading("Confidentiality") and not never_heading("保密义务")



@pytest.mark.parametrize("zh,en,titles", [
    # A regulation as its gazette prints it: the gazette's name and issue, the jurisdiction, the
    # regulation's number, then its title; the English file with a note on the translation over them.
    ("海灣特別行政區公報——第一組\n第 14 期 — 2025 年 4 月 7 日\n\n海灣特別行政區\n\n第 3/2025 號行政法規\n\n"
     "公共泳池使用規章\n\n行政長官經徵詢行政會的意見，制定本獨立行政法規。\n\n第一條\n標的\n本行政法規訂定公共泳池的使用制度。\n",
     "Unofficial English Translation\nFor reference only. Only the Chinese text is authentic.\n\n"
     "HAIWAN SPECIAL ADMINISTRATIVE REGION\n\nAdministrative Regulation No. 3/2025\n\n"
     "Regulations on the Use of Public Swimming Pools\n\nThe Chief Executive, after consulting the Executive "
     "Council, enacts the following independent administrative regulation.\n\nArticle 1\nPurpose\n"
     "This administrative regulation sets out the rules for the use of public swimming pools.\n",
     ("公共泳池使用規章", "Regulations on the Use of Public Swimming Pools")),
    # A standard's cover: its classification codes, its kind set letter-spaced, its number.
    ("ICS 27.160\nCCS F 12\n\n团          体          标          准\n\nT/ABCD 003—2025\n\n屋顶光伏运行维护规范\n\n"
     "2025-01-10 发布\n\n前    言\n\n本文件按照规定起草。\n\n1　范围\n\n本文件规定了屋顶光伏的运行维护要求。\n",
     "ICS 27.160\nCCS F 12\n\nASSOCIATION STANDARD\n\nT/ABCD 003-2025\n\nSpecification for operation and maintenance of rooftop "
     "photovoltaic systems\n\nIssued on 2025-01-10\n\nForeword\n\nThis document has been drafted under the rules.\n\n1 Scope\n\n"
     "This document specifies the requirements for operating rooftop photovoltaic systems.\n",
     ("屋顶光伏运行维护规范", "Specification for operation and maintenance of rooftop photovoltaic systems")),
    # A contract's cover: its classification beside its reference, the date it is made, the parties
    # with "and" between them.
    ("機密                                       合約編號：HB/2025/009\n\n            日期：2025年5月2日\n\n"
     "        （1）港鐘物流有限公司\n\n                   與\n\n        （2）北門軟件有限公司\n\n"
     "        軟件支援協議\n\n\n本協議於2025年5月2日訂立\n\n1. 定義\n\n本協議中下列詞語具有以下含義。\n",
     "CONFIDENTIAL                               Contract Ref: HB/2025/009\n\n            DATED 2 MAY 2025\n\n"
     "        (1)  HARBOUR BELL LOGISTICS LIMITED\n\n                   and\n\n        (2)  NORTHGATE SOFTWARE LIMITED\n\n"
     "        SOFTWARE SUPPORT AGREEMENT\n\n\nTHIS AGREEMENT is dated 2 May 2025\n\n1. DEFINITIONS\n\n"
     "In this Agreement the words below have the meanings given to them.\n",
     ("軟件支援協議", "SOFTWARE SUPPORT AGREEMENT")),
])
def test_the_title_under_a_cover_in_two_files(tmp_path, zh, en, titles):
    from bitext.read import read_pair

    (tmp_path / "d.zh.txt").write_text(zh, encoding="utf-8")
    (tmp_path / "d.en.txt").write_text(en, encoding="utf-8")
    src = read_pair(tmp_path / "d.zh.txt", tmp_path / "d.en.txt")
    assert (src.meta.title_zh, src.meta.title_en) == titles


def test_the_second_halfs_title_beside_headers_that_start_alike_is_the_title():
    """The English half of a print copy opens with its title, "Binwan Commercial Bank Personal
    Information Protection Policy", beside page headers "Binwan Commercial Bank | Personal
    Information Protection Policy (2024)": it is the title, not a header."""
    zh_page = "一、我们如何收集信息\n\n我们收集您主动提供的信息，以及您使用服务时产生的信息。\n\n我们不会收集与服务无关的信息，并会告知您收集的目的。\n"
    en_page = ("1. How We Collect Information\n\nWe collect the information you give us and the information your use of "
               "our services creates.\n\nWe do not collect information unrelated to the services.\n")
    head = "Binwan Commercial Bank | Personal Information Protection Policy (2024)"
    text = ("滨湾商业银行个人信息保护政策\n\n版本号：2024年第1版\n\n" + zh_page + "\n第 1 页 共 6 页\n\f"
            + "滨湾商业银行个人信息保护政策（2024年第1版）\n\n" + zh_page.replace("一", "二") + "\n第 2 页 共 6 页\n\f"
            + "滨湾商业银行个人信息保护政策（2024年第1版）\n\n" + zh_page.replace("一", "三") + "\n第 3 页 共 6 页\n\f"
            + "Binwan Commercial Bank Personal Information Protection Policy\n\nVersion: 2024 Edition 1\n\n" + en_page
            + "\nPage 4 of 6\n\f" + head + "\n\n" + en_page.replace("1.", "2.") + "\nPage 5 of 6\n\f"
            + head + "\n\n" + en_page.replace("1.", "3.") + "\nPage 6 of 6\n")
    src = read_text(text, "policy.txt")
    assert src.meta.title_en == "Binwan Commercial Bank Personal Information Protection Policy"
    assert src.meta.title_zh == "滨湾商业银行个人信息保护政策"
    assert not any(r.text == head for r in src.removed if r.reason != "running header")


def test_when_a_page_was_posted_is_no_title_and_no_part_of_one():
    """"Posted on 5 October 2023 by Secretariat | Last updated: …" and "更新于 2024 年 3 月 18 日 ·
    阅读约 12 分钟" say when the page was posted: the title is elsewhere, and does not go on."""
    text = ("Posted on 5 October 2023 by Secretariat | Last updated: 12 March 2024\n\n"
            "The constitution below was amended at the annual general meeting held on 17 September 2023.\n\n"
            "CONSTITUTION OF THE RIVERBEND HAKKA ASSOCIATION\n\nPART 1 NAME\n\nThe name of the Association is the "
            "Riverbend Hakka Association.\n\nPART 2 OBJECTS\n\nThe objects of the Association are to unite its members.\n\n"
            "河湾客家公会章程\n更新于 2024 年 3 月 18 日 · 阅读约 12 分钟\n\n第一章 名称\n\n本会定名为河湾客家公会。\n\n"
            "第二章 宗旨\n\n本会宗旨为团结会员。\n")
    src = read_text(text, "constitution.txt")
    assert (src.meta.title_zh, src.meta.title_en) == ("河湾客家公会章程", "CONSTITUTION OF THE RIVERBEND HAKKA ASSOCIATION")


def test_a_section_an_english_page_points_to_is_not_its_title():
    """"… see Before You Contact Support." in the page's first words names a section under
    the contents list, not the title."""
    text = ("MossWatch Cloud: Frequently Asked Questions\n\nThis page answers common questions. If yours is not "
            "answered here, see Before You Contact Support.\n\nContents\nPart 1 Accounts\nPart 2 Billing\n\n"
            "Part 1 Accounts\n\nQ1. How do I sign in?\n\nUse your email address.\n\nPart 2 Billing\n\n"
            "Before You Contact Support\n\nHave your device's serial number ready.\n\n"
            "MossWatch 苔望云常见问题解答\n\n本页解答常见问题。\n\n第一部分 账户\n\n问1：如何登录？\n\n使用邮箱登录。\n\n"
            "第二部分 账单\n\n联系支持前请确认\n\n请准备好设备序列号。\n")
    src = read_text(text, "faq.txt")
    assert src.meta.title_en == "MossWatch Cloud: Frequently Asked Questions"


def test_an_organisations_name_over_its_kind_of_document_spaced_out_is_the_title():
    """A cover: "云岫乡村教育基金会", a blank line, then "章　　程" set letter-spaced."""
    text = ("云岫乡村教育基金会\n\n章\u3000\u3000程\n\n第一章 总则\n\n第一条 本基金会的名称是云岫乡村教育基金会。\n\n"
            "第二章 业务范围\n\n第二条 本基金会资助乡村教育。\n\n"
            "Charter of the Yunxiu Rural Education Foundation\n\nChapter 1 General Provisions\n\nArticle 1 The name of "
            "the Foundation is the Yunxiu Rural Education Foundation.\n\nChapter 2 Scope\n\nArticle 2 The Foundation "
            "supports rural education.\n")
    src = read_text(text, "charter.txt")
    assert "".join(src.meta.title_zh.split()) == "云岫乡村教育基金会章程"


def test_a_version_with_its_date_under_a_title_is_no_part_of_it():
    text = ("XINGYUAN OPEN SOURCE FOUNDATION\nINDIVIDUAL CONTRIBUTOR LICENSE AGREEMENT\nVersion 2.1 (last revised 12 January 2024)\n\n"
            "Thank you for contributing to the projects of the Foundation.\n\n1. Definitions\n\n\"You\" means the copyright owner.\n\n"
            "星垣开源基金会个人贡献者许可协议\n\n感谢您向基金会托管的项目作出贡献。\n\n1. 定义\n\n“您”是指版权所有者。\n")
    src = read_text(text, "cla.txt")
    assert src.meta.title_en == "XINGYUAN OPEN SOURCE FOUNDATION INDIVIDUAL CONTRIBUTOR LICENSE AGREEMENT"
    assert "Version 2.1 (last revised 12 January 2024)" in [b.text for b in src.blocks]


def test_a_category_label_in_brackets_over_a_law_is_not_its_title():
    text = ("【地方性法规】\n\n栖桐市滨河绿道管理条例\n\n第一章 总则\n\n第一条 为了加强滨河绿道管理，制定本条例。\n\n第二章 附则\n\n"
            "第二条 本条例自2024年3月1日起施行。\n\nQitong Municipal Regulations on the Management of Riverside Greenways\n\n"
            "Chapter I General Provisions\n\nArticle 1 These Regulations are formulated to strengthen the management of "
            "riverside greenways.\n\nChapter II Supplementary Provisions\n\nArticle 2 These Regulations take effect on 1 March 2024.\n")
    src = read_text(text, "law.txt")
    assert src.meta.title_zh == "栖桐市滨河绿道管理条例"
    assert "【地方性法规】" in [b.text for b in src.blocks]


def test_a_research_report_under_its_institute_and_series_number(tmp_path):
    """An institute's name over its series and the report's number ("研究報告　DISP-RR-2023-07"),
    then, after a blank line, the title over two lines, the first ending with a colon."""
    from bitext.read import read_pair

    zh = tmp_path / "r.zh.txt"
    en = tmp_path / "r.en.txt"
    zh.write_text("東岬社會政策研究院\n研究報告\u3000DISP-RR-2023-07\n\n\u3000\u3000穩定長照人力：\n\u3000\u3000嵐港市居家照顧服務員勞動條件調查報告\n\n"
                  "計畫主持人：林佩蓉\n\n壹、前言\n\n本研究調查居家照顧服務員的勞動條件。\n\n貳、結論\n\n人力短缺仍然嚴重。\n", encoding="utf-8")
    en.write_text("DONGJIA INSTITUTE FOR SOCIAL POLICY\nResearch Report DISP-RR-2023-07 (English Edition)\n\n"
                  "Sustaining the Long-Term Care Workforce:\nA Survey of Home Care Workers' Working Conditions in Langang\n\n"
                  "Principal Investigator: Lin Pei-jung\n\n1. Introduction\n\nThis study surveys the working conditions of home "
                  "care workers.\n\n2. Conclusions\n\nThe shortage of workers remains severe.\n", encoding="utf-8")
    src = read_pair(zh, en)
    assert "".join(src.meta.title_zh.split()) == "穩定長照人力：嵐港市居家照顧服務員勞動條件調查報告"
    assert src.meta.title_en == "Sustaining the Long-Term Care Workforce: A Survey of Home Care Workers' Working Conditions in Langang"


def test_a_diagram_drawn_in_text_heads_nothing_but_a_tables_heading_over_its_rules_does():
    from bitext.model import Block
    from bitext.read import diagram_lines

    lines = ["4.1 部署架构", "", "集群由主节点和备节点组成。", "", "管理员浏览器 / 第三方系统", "|", "虚拟 IP 10.20.1.100",
             "+--------+      +--------+", "| 主节点 | ---> | 备节点 |", "+--------+      +--------+", "",
             "附表三　傢俬及電器清單", "+-----+------+", "| No. | Item |", "+-----+------+", "",
             "| 列 | Column |", "|---|---|", "| 甲 | A |"]
    text = "\n".join(lines)
    blocks = [Block(t, "zh", n) for n, t in enumerate(lines, 1) if t]
    got = {line for _, line in diagram_lines(text, blocks)}
    assert {5, 6, 7, 8, 9, 10} <= got  # the drawing and its labels
    assert 1 not in got and 3 not in got and 12 not in got  # a heading, text, a table's numbered heading
    assert not {17, 18, 19} & got  # a Markdown table is no drawing


def test_a_shell_command_or_a_wrapped_sentences_path_is_no_heading_in_two_languages():
    text = ("一、安装\n\n执行以下命令：\n\n$ sudo systemctl stop harborgate # 在所有控制面节点 / on all control-plane nodes\n\n"
            "启用 metrics.enabled 后，各节点在 metrics.listen 指定的地址上暴露 /metrics\n接口。\n\n二、配置\n\n配置文件位于 /etc。\n\n"
            "1. Installation\n\nRun the following command:\n\n2. Configuration\n\nThe configuration file is in /etc.\n")
    src = read_text(text, "guide.txt")
    assert not any(b.lang == "en" and b.text in ("on all control-plane nodes", "metrics") for b in src.blocks)


def test_a_link_to_download_the_pdf_is_not_the_title():
    text = ("Download PDF (English, 412 KB)  |  下载中文版 PDF\n\nCONSTITUTION OF THE PEOPLE'S RENEWAL PARTY\n\nPart 1 Name\n\n"
            "The name of the Party is the People's Renewal Party.\n\nPart 2 Objects\n\nThe Party works for the people.\n\n"
            "人民革新党党章\n\n第一部分 名称\n\n本党定名为人民革新党。\n\n第二部分 宗旨\n\n本党为人民服务。\n")
    src = read_text(text, "constitution.txt")
    assert (src.meta.title_zh, src.meta.title_en) == ("人民革新党党章", "CONSTITUTION OF THE PEOPLE'S RENEWAL PARTY")


def test_a_constitution_hard_wrapped_with_names_in_the_other_language_and_centred_chapters():
    """Hard-wrapped articles that name the body in the other language: the Chinese cut before
    the English name ("…英文名称为" / "Heron Bay Rowing Club，缩写为HBRC。"), the English with
    its quotation left open ('… is 鹭湾赛艇会 (hereinafter "the' / 'Club"). …'): each goes on.
    A chapter centred over an article set off by two spaces ("CHAPTER II  ACTIVITIES" over
    "Article 3  The Club's activities are as follows:") is a heading, not a table's rows."""
    from bitext.pipeline import process

    zh = ["                                第一章　总则",
          "　　第一条　本会名称为鹭湾市鹭湾赛艇会（以下简称“本会”），英文名称为",
          "Heron Bay Rowing Club of Luwan，缩写为HBRC。",
          "　　第二条　本会是由鹭湾市从事和热爱赛艇运动的单位和个人自愿结成的地方性、非营利",
          "性社会组织，依法登记并开展活动，接受有关部门的业务指导和监督管理。",
          "", "                                第二章　业务范围",
          "　　第三条　本会的业务范围：",
          "　　（一）组织赛艇训练、教学和技术等级测试，推广适合不同年龄人群的划船项目；",
          "　　（二）举办鹭湾春季划船节及其他市级赛艇比赛，开展水上安全教育和生态保护活动。", ""]
    en = ["                          CHAPTER I  GENERAL PROVISIONS",
          "Article 1  The name of the Club in Chinese is 鹭湾市鹭湾赛艇会 (hereinafter \"the",
          "Club\"). Its English name is the Heron Bay Rowing Club of Luwan, abbreviated as",
          "HBRC.",
          "Article 2  The Club is a local, non-profit social organisation formed voluntarily by",
          "organisations and individuals in Luwan who take part in, or are devoted to, rowing.",
          "", "                          CHAPTER II  SCOPE OF ACTIVITIES",
          "Article 3  The Club's activities are as follows:",
          "(1) to organise rowing training, coaching and technical proficiency tests, and to",
          "promote rowing for people of all ages;",
          "(2) to hold the Heron Bay Spring Rowing Festival and other city regattas, and to",
          "provide water safety education and take part in ecological protection.", ""]
    b = process(read_text("\n".join(zh + en), "c.txt"))
    heads = [(s.heading_zh, s.heading_en) for s in b.sections if s.headed]
    assert heads == [("第一章 总则", "CHAPTER I GENERAL PROVISIONS"), ("第二章 业务范围", "CHAPTER II SCOPE OF ACTIVITIES")]
    first = b.sections[0].rows[0]
    assert "缩写为HBRC" in first.zh[0] and first.en[0].endswith("abbreviated as HBRC.")


def test_a_breadcrumb_is_no_title_nor_goes_on_one():
    """"Help Center > All categories" says where a page stands in its site: it is no title, and
    under a title line it is no more of it."""
    from bitext.model import Block
    from bitext.read import _may_open, _title_goes_on

    assert not _may_open(Block("Help Center > All categories", "en", 1, file="t.txt"))
    assert not _may_open(Block("說明中心 > 所有分類", "zh", 1, file="t.txt"))
    assert _may_open(Block("Yunxiu Invoice Help Center", "en", 1, file="t.txt"))
    assert not _title_goes_on("Search the Help Center", Block("Help Center > All categories", "en", 2, file="t.txt"), "en")


def test_a_manuals_table_of_symbols_its_wrapped_sentence_and_its_cover():
    """An administrator's manual from a PDF: the cover's title names a product in Latin letters
    ("澜汐 DataGate 4.2 管理员手册") under the company's name; a sentence cut before the
    figure's number that ends it ("… as shown in Figure" / "1-1.") goes on; a table's column
    heads ("Symbol      Description") over rows whose long cells wrap head nothing."""
    from bitext.read import tab_rows, _document_kind

    assert _document_kind("澜汐 DataGate 4.2 管理员手册", "zh")
    text = "\n".join(["The symbols in this document are defined as follows.", "",
                      "Symbol      Description",
                      "WARNING     Indicates a potentially hazardous situation which, if not avoided,",
                      "            could result in data loss, service interruption or a security risk.",
                      "NOTE        Supplements important information in the main text.", ""])
    src = read_text(text, "m.txt")
    assert ("en", 3) in tab_rows(text, src.blocks)
    para = ["The controllers schedule jobs, keep the metadata and sign users in; the workers",
            "read from the sources, transform the records and write them to the targets. Each",
            "worker reports its health to the controllers every ten seconds, and a worker that",
            "misses three reports in a row is taken out of service until it reports again.", ""]
    text = "\n".join(["1.2 System Architecture", ""] + para + [
                      "DataGate separates the control plane from the data plane, as shown in Figure",
                      "1-1.", ""] + para + ["1.3 Terminology", ""] + para)
    src = read_text(text, "m.txt")
    assert any(b.text.endswith("as shown in Figure 1-1.") for b in src.blocks)


def test_a_web_pages_title_under_its_sites_menu_and_breadcrumb(tmp_path):
    """A docs page copied whole: the site's name and menu, a search field, the breadcrumb, then the
    page's title. The title is the line under the breadcrumb, not the site's name over the menu."""
    from bitext.read import read_pair

    (tmp_path / "zh.txt").write_text("桥云网关 配置文件参考手册\n适用版本：3.2.x\n\n第一章　概述\n\n网关在启动时读取配置文件。\n\n"
                                     "第二章　全局设置\n\n全局设置影响整个网关进程。\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text(
        "Qiaoyun Gateway\nDocs\nGuides\nReference\nBlog\nDownload\nGitHub\nSearch the docs…  Ctrl K\n\n"
        "Home › Docs › Reference › Configuration\n\nQiaoyun Gateway Configuration Reference\n\n1 Overview\n\n"
        "The gateway reads its configuration file at start-up.\n\n2 Global Settings\n\n"
        "Global settings affect the whole gateway process.\n", encoding="utf-8")
    src = read_pair(tmp_path / "zh.txt", tmp_path / "en.txt")
    assert src.meta.title_en == "Qiaoyun Gateway Configuration Reference"
    assert any(b.text == "Qiaoyun Gateway" for b in src.blocks)  # (the site's name stays, as text)


def test_a_line_under_a_breadcrumb_after_the_pages_own_text_is_no_title(tmp_path):
    from bitext.read import read_pair

    (tmp_path / "zh.txt").write_text("云岭图书馆借阅须知\n\n一、借阅证\n\n借阅证免费办理。\n\n二、借期\n\n借期三十天。\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text(
        "Yunling Library Borrowing Rules\nThese rules apply to every reader of the library and its branches.\n\n"
        "Home › Rules › Borrowing\n\n1. Cards\n\nCards are free.\n\n2. Loans\n\nLoans last thirty days.\n", encoding="utf-8")
    src = read_pair(tmp_path / "zh.txt", tmp_path / "en.txt")
    assert src.meta.title_en == "Yunling Library Borrowing Rules"


def test_an_evaluations_title_under_its_foundations_name_line_by_line():
    """A foundation's name over a report's title, each line followed by its translation: the
    Chinese title's second line names the kind of report, the English title opens with it."""
    text = ("青禾乡村发展基金会\nGreen Sprout Rural Development Foundation\n\n"
            "“悦读乡村”小学阅读推广项目（2020—2023）\n终期评估报告\n"
            "Final Evaluation of the “Reading Villages”\nPrimary School Literacy Programme (2020–2023)\n\n"
            "委托方：青禾乡村发展基金会\nCommissioned by: Green Sprout Rural Development Foundation\n\n"
            "一、项目概况\nI. The Programme\n\n项目在120所乡村小学实施，历时三年。\n"
            "The Programme ran for three years in 120 village primary schools.\n\n"
            "二、主要发现\nII. Key Findings\n\n学生阅读能力明显提升。\nPupils’ reading skills improved markedly.\n")
    src = read_text(text, "e.txt")
    assert (src.meta.title_zh, src.meta.title_en) == (
        "“悦读乡村”小学阅读推广项目（2020—2023）终期评估报告",
        "Final Evaluation of the “Reading Villages” Primary School Literacy Programme (2020–2023)")


@pytest.mark.parametrize("line,split", [
    ("下載PDF版本（中文／English，812KB）", False),  # the mark inside brackets that open after the Chinese
    ("（中英对照版 / Chinese-English Edition）", True),   # a line in brackets, each half the other's translation
])
def test_a_line_split_in_two_only_outside_its_brackets(line, split):
    from bitext.model import Block
    from bitext.read import split_bilingual_lines

    blocks = [Block(line, "zh", 1), Block("正文第一段。", "zh", 2), Block("The first paragraph.", "en", 3)]
    out = split_bilingual_lines(blocks, [])
    assert (len(out) == 4) == split


def test_a_list_item_in_both_languages_is_not_split_into_two_headings():
    from bitext.model import Block
    from bitext.read import split_bilingual_lines

    blocks = [Block("• 事故處理流程 / Incident management process", "zh", 1), Block("一、總則 / General Provisions", "zh", 3),
              Block("正文。", "zh", 5), Block("Text.", "en", 6)]
    out = split_bilingual_lines(blocks, [])
    assert [b.text for b in out if b.kind == "heading"] == ["一、總則", "General Provisions"]


def test_a_titles_lines_in_capitals_naming_the_body_after_of_the_are_one_title(tmp_path):
    from bitext.read import read_pair

    (tmp_path / "zh.txt").write_text("东岸港务集团职工互助会章程\n\n第一章 总则\n\n本会是职工自愿参加的互助组织。\n\n第二章 会员\n\n职工均可申请入会。\n",
                                     encoding="utf-8")
    (tmp_path / "en.txt").write_text("RULES OF THE DONG'AN PORT GROUP\nWORKERS' MUTUAL AID SOCIETY\n\n"
                                     "Adopted on 16 March 2022\n\n1. General\n\nThe Society is a voluntary mutual aid body of the workers.\n\n"
                                     "2. Members\n\nAny worker may apply to join.\n", encoding="utf-8")
    src = read_pair(tmp_path / "zh.txt", tmp_path / "en.txt")
    assert src.meta.title_en == "RULES OF THE DONG'AN PORT GROUP WORKERS' MUTUAL AID SOCIETY"


def test_a_titles_note_in_brackets_over_two_lines_ends_it():
    text = ("地下空间开发利用法\n\n第一章　总则\n\n第一条　为了规范地下空间开发利用，制定本法。\n\n第二章　规划\n\n第二条　地下空间开发利用应当统筹规划。\n\n"
            "      Law on the Development and\n              Utilization of Underground Space\n"
            "     (Adopted at the 19th Session of the Standing Committee of the\n      Fourteenth National People's Congress on December 26, 2025)\n\n"
            "Chapter I General Provisions\n\nArticle 1 This Law is enacted to regulate the development of underground space.\n\n"
            "Chapter II Planning\n\nArticle 2 The development of underground space shall be planned as a whole.\n")
    src = read_text(text, "law.txt")
    assert src.meta.title_en == "Law on the Development and Utilization of Underground Space"


def test_an_entry_of_the_contents_is_no_title():
    """The cover's title in both languages over the Chinese half, and the English half opening
    with its contents: the English title is the cover's, not the first entry of the contents
    ("About the Authority ........ 10")."""
    zh = ("碧湾港务局2023年度年报\nBiwan Port Authority Annual Review 2023\n\n目录\n\n本局简介………………………… 2\n"
          "一、主席报告………………………… 3\n二、业务回顾………………………… 4\n\n本局简介\n本局于1987年成立，负责管理港口。\n\n"
          "一、主席报告\n本年度货物吞吐量创新高，港口运作畅顺。\n\n二、业务回顾\n全年货柜吞吐量上升百分之五。\n\n")
    en = ("Contents\n\nAbout the Authority ........................ 10\nI. Chairman's Statement .................... 11\n"
          "II. Review of Operations .................... 12\n\nAbout the Authority\nThe Authority was set up in 1987 to "
          "manage the port.\n\nI. Chairman's Statement\nCargo throughput reached a record this year, and the port ran "
          "smoothly.\n\nII. Review of Operations\nContainer throughput rose by five per cent over the year.\n")
    src = read_text(zh + en, "r.txt")
    assert (src.meta.title_zh, src.meta.title_en) == ("碧湾港务局2023年度年报", "Biwan Port Authority Annual Review 2023")


def test_a_reports_title_with_its_year_in_brackets_under_the_issuers_name():
    """"皓川中央银行" / blank / "皓川金融稳定报告（2024）": the year in brackets ends the title
    that names the kind of document; the bank's name over it is no title."""
    zh = ("皓川中央银行\n\n皓川金融稳定报告（2024）\n\n一、总体形势\n\n本年度金融体系运行总体稳健。\n\n"
          "二、银行业\n\n银行业资本充足率保持较高水平。\n\n")
    en = ("CENTRAL BANK OF HAOCHUAN\n\nHaochuan Financial Stability Report 2024\n\nI. Overview\n\n"
          "The financial system was broadly sound this year.\n\nII. Banking\n\nBanks kept high capital adequacy ratios.\n")
    src = read_text(zh + en, "r.txt")
    assert (src.meta.title_zh, src.meta.title_en) == ("皓川金融稳定报告（2024）", "Haochuan Financial Stability Report 2024")


def test_a_products_name_over_its_release_notes_in_both_languages_is_one_title():
    en = ("Orrery Data Sync Gateway\nRelease Notes\n\nVersion 5.2.0\n\nThis release adds incremental snapshots.\n\n"
          "Version 5.1.0\n\nThis release adds a command-line installer.\n\n")
    zh = ("Orrery 数据同步网关\n发行说明\n\n5.2.0 版\n\n本版本新增增量快照功能。\n\n5.1.0 版\n\n本版本新增命令行安装程序。\n")
    src = read_text(en + zh, "n.txt")
    assert (src.meta.title_zh, src.meta.title_en) == ("Orrery 数据同步网关发行说明", "Orrery Data Sync Gateway Release Notes")


def test_a_documents_number_and_edition_over_its_title_are_no_title():
    text = "\n".join(["文件編號：PRV-GOV-001　　　　　　　　2021年修正版", "Doc. No. PRV-GOV-001                2021 Revision", "",
                      "松濤山莊社區管理委員會組織章程", "Bylaws of the Pine Ridge Villas Homeowners' Association", "",
                      "第一條（依據）", "本章程依據社區住戶規約訂定之。", "", "Article 1 (Basis)",
                      "These Bylaws are made pursuant to the Residents' Covenant.", "",
                      "第二條（名稱）", "本會定名為松濤山莊社區管理委員會。", "", "Article 2 (Name)",
                      "The name of the Association is the Pine Ridge Villas Homeowners' Association.", ""])
    src = read_text(text, "bylaws.txt")
    assert (src.meta.title_zh, src.meta.title_en) == ("松濤山莊社區管理委員會組織章程", "Bylaws of the Pine Ridge Villas Homeowners' Association")


def test_the_english_half_starts_at_the_top_of_its_page_with_its_cover():
    """A manual's Chinese half, then its English cover on a new page: the cover's first line
    ("EmberLink Device SDK") starts the translation, though the Chinese cover's first line is in
    Latin letters and the dictionary pairs its second line better with the English cover's second."""
    zh = ["EmberLink 设备 SDK", "移植指南", "", "文档编号：XZ-AN-0412", "", "版权声明", "",
          "本文档版权归星渚微电子所有，未经书面许可，不得复制本文档的任何部分。", "", "第一章 概述", "",
          "本指南说明如何把 SDK 移植到新的硬件平台上，并给出测试方法。", "", "第二章 移植准备", "",
          "移植前请准备好目标板、调试器和交叉编译工具链，并阅读芯片的数据手册。", ""]
    en = ["EmberLink Device SDK", "Porting Guide", "", "Document No.: XZ-AN-0412", "", "Legal Notice", "",
          "Copyright in this document belongs to Xingzhu Microelectronics. No part of it may be copied without written permission.", "",
          "Chapter 1 Overview", "", "This guide explains how to port the SDK to a new hardware platform and how to test the port.", "",
          "Chapter 2 Preparation", "",
          "Before porting, prepare the target board, the debugger and the cross toolchain, and read the chip's data sheet.", ""]
    pages = zh[:5] + ["- 1 -", ""] + zh[5:] + ["- 2 -", ""] + en[:5] + ["- 3 -", ""] + en[5:] + ["- 4 -"]
    src = read_text("\n".join(pages), "guide.txt")
    assert src.layout == "sequential"
    assert (src.meta.title_zh, src.meta.title_en) == ("EmberLink 设备 SDK 移植指南", "EmberLink Device SDK Porting Guide")


def test_a_schedules_label_and_title_set_apart_over_its_table_is_no_row():
    from bitext.read import tab_rows
    from bitext.model import Block

    text = "\n".join(["Schedule 2    Retention Periods", "Type of record                   Retention period",
                      "Adult medical records            7 years after the last consultation",
                      "CCTV recordings at reception     31 days", "",
                      "Schedule 1                                                     S1-2", "",
                      "Annex 1  Basic Elements of a Plan", "Annex 2  Glossary"])
    blocks = [Block(line, "en", n) for n, line in enumerate(text.split("\n"), 1) if line]
    rows = {line for _, line in tab_rows(text, blocks)}
    assert 1 not in rows and {2, 3, 4} <= rows
    assert {8, 9} <= rows  # a contents list's entries, one under the other, are rows


def test_an_administration_names_a_body_not_the_work_a_title_is_about():
    from bitext.headings import organisation

    assert organisation("LANJIANG MUNICIPAL DATA RESOURCES ADMINISTRATION", "en")
    assert organisation("Cyberspace Administration of China", "en")
    assert not organisation("Regulations on the Safety Administration of Inland Waterway Cruise Vessels", "en")


def test_a_titles_particulars_under_it_end_it():
    """A licence's English title in capitals over two lines, then its particulars one to a
    line ("Version date: …", "Document No.: …"): the title is both lines, not the first alone."""
    zh_body = "請您於安裝或使用本軟體前，詳細閱讀本合約全部條款。您點選「我同意」即表示您同意受本合約之拘束。"
    en_body = "Please read this Agreement carefully before installing or using the Software. By clicking I agree you accept it."
    zh = ["晴川製圖大師 2024 終端使用者授權合約", "版本日期：中華民國113年3月1日", "文件編號：QC-EULA-2024-03", "", zh_body, "",
          "第一條　定義", zh_body, "", "第二條　授權範圍", zh_body, ""]
    en = ["QINGCHUAN DRAFTMASTER 2024", "END USER LICENSE AGREEMENT", "Version date: March 1, 2024", "Document No.: QC-EULA-2024-03",
          "", en_body, "", "ARTICLE 1. DEFINITIONS", en_body, "", "ARTICLE 2. SCOPE OF LICENSE", en_body]
    m = read_text("\n".join(zh + en), "eula.txt").meta
    assert (m.title_zh, m.title_en) == ("晴川製圖大師 2024 終端使用者授權合約", "QINGCHUAN DRAFTMASTER 2024 END USER LICENSE AGREEMENT")


def test_an_edition_under_one_title_is_the_titles_where_the_other_holds_it(tmp_path):
    """"澄湖博物馆…开放使用许可" over "（2.0版）" beside "Chenghu Museum Open Image Licence
    (Version 2.0)": the edition is part of both titles."""
    (tmp_path / "a.zh.txt").write_text("澄湖博物馆馆藏数字图像开放使用许可\n（2.0版）\n\n导言\n本馆向公众开放馆藏数字图像，供学习、研究和创作使用。\n", encoding="utf-8")
    (tmp_path / "a.en.txt").write_text("Chenghu Museum Open Image Licence (Version 2.0)\n\nIntroduction\n"
                                      "The Museum opens its digital images to the public for study, research and creative work.\n", encoding="utf-8")
    m = read_pair(tmp_path / "a.zh.txt", tmp_path / "a.en.txt").meta
    assert (m.title_zh, m.title_en) == ("澄湖博物馆馆藏数字图像开放使用许可（2.0版）", "Chenghu Museum Open Image Licence (Version 2.0)")
    # Without the edition in the English title, the note under the Chinese one stays apart.
    (tmp_path / "a.en.txt").write_text("Chenghu Museum Open Image Licence\n\nIntroduction\n"
                                      "The Museum opens its digital images to the public for study, research and creative work.\n", encoding="utf-8")
    assert read_pair(tmp_path / "a.zh.txt", tmp_path / "a.en.txt").meta.title_zh == "澄湖博物馆馆藏数字图像开放使用许可"


def test_a_laws_databases_print_time_is_no_title(tmp_path):
    """A page printed from a laws database: "列印時間：…" / "Print Time: …" over the field that
    gives the title ("法規名稱：…", "Title: …"). The title is the field's value; where the
    title also stands over the field, it is that line."""
    body_zh = "第 1 條\n為維護公共秩序，特制定本條例。\n"
    body_en = "Article 1\nThis Ordinance is enacted to maintain public order.\n"
    (tmp_path / "a.zh.txt").write_text("列印時間：113/06/20 10:42\n\n法規名稱：濱海市共享運具管理自治條例\n修正日期：民國 113 年 05 月 02 日\n\n"
                                      + body_zh, encoding="utf-8")
    (tmp_path / "a.en.txt").write_text("Print Time: 2024/06/20 10:44\n\nTitle: Binhai City Self-Governance Ordinance for the Management of Shared Mobility Vehicles\n"
                                      "Amended Date: 2024-05-02\nCategory: Binhai City Government > Department of Transportation\n\n"
                                      + body_en, encoding="utf-8")
    m = read_pair(tmp_path / "a.zh.txt", tmp_path / "a.en.txt").meta
    assert (m.title_zh, m.title_en) == ("濱海市共享運具管理自治條例", "Binhai City Self-Governance Ordinance for the Management of Shared Mobility Vehicles")
    lines = ["全國法規資料庫　Laws & Regulations Database of The Republic of China (Taiwan)", "首頁 > 法規檢索 > 法規內容　｜　Home > Search > Law Content", "",
             "This English translation is provided for reference only. In the event of any discrepancy between the Chinese and "
             "English versions, the Chinese version shall prevail.", "",
             "法規名稱：共享運具管理條例", "Title: Shared Mobility Vehicles Management Act", "",
             "修正日期：民國 112 年 05 月 24 日", "Amended Date: 2023-05-24", "",
             "生效狀態：※本法規部分或全部條文尚未生效", "Effective Status: Some provisions of this Act are not yet in force.", "",
             "法規類別：行政 ＞ 交通部 ＞ 路政目", "Category: Ministry of Transportation and Communications", "",
             "沿革：", "History:", "", "1.中華民國一百零八年十二月十一日總統令制定公布全文 37 條；並自公布日施行",
             "1. Enacted and promulgated in full text of 37 articles on December 11, 2019; effective from the date of promulgation.", "",
             "第 1 條", "Article 1",
             "為維護公共秩序，特制定本條例。", "This Act is enacted to maintain public order.", "", "第 2 條", "Article 2",
             "本條例所稱主管機關為交通部。", "The competent authority under this Act is the Ministry of Transportation."]
    m = read_text("\n".join(lines), "act.txt").meta
    assert (m.title_zh, m.title_en) == ("共享運具管理條例", "Shared Mobility Vehicles Management Act")


def test_a_forms_number_with_its_issue_and_a_bilingual_banner_are_no_title():
    """"表格編號 Form No.: HCAG-VOL-02 (01/2024)" and "【中文譯本僅供參考　Chinese translation for
    reference only】" over a title say which form and which copy this is; neither is the title."""
    from bitext.headings import BILINGUAL_BANNER

    assert BILINGUAL_BANNER.fullmatch("【中文譯本僅供參考　Chinese translation for reference only】")
    assert not BILINGUAL_BANNER.fullmatch("【澄湖博物馆　Chenghu Museum】")
    for top in ("表格編號 Form No.: HCAG-VOL-02 (01/2024)", "【中文譯本僅供參考　Chinese translation for reference only】"):
        lines = [top, "濠晴藝術館義工計劃收集個人資料聲明", "PERSONAL DATA COLLECTION STATEMENT FOR THE VOLUNTEER PROGRAMME",
                 "請於填寫義工登記表前細閱本聲明。", "Please read this statement carefully before completing the form.",
                 "1. 收集目的", "1. PURPOSE OF COLLECTION", "閣下提供的個人資料將用於處理義工申請。",
                 "The personal data you provide will be used to process your application.",
                 "2. 查閱資料", "2. ACCESS TO DATA", "閣下有權查閱及更正閣下的個人資料。", "You have the right to access and correct your data."]
        m = read_text("\n".join(lines), "form.txt").meta
        assert (m.title_zh, m.title_en) == ("濠晴藝術館義工計劃收集個人資料聲明", "PERSONAL DATA COLLECTION STATEMENT FOR THE VOLUNTEER PROGRAMME"), top


def test_a_sessions_label_and_a_translators_note_over_the_title_are_no_title(tmp_path):
    """A work report's cover: the congress's label on the papers of its session
    ("云岫市第十六届人民代表大会第三次会议文件（1）", "Document (1) of the Third Session of …") over
    the title; an English file opening with who translated it, in brackets. Neither is the title."""
    zh = ["云岫市第十六届人民代表大会第三次会议文件（1）", "", "政府工作报告", "", "——2024年1月18日在云岫市第十六届人民代表大会第三次会议上", "",
          "各位代表：", "现在，我代表市人民政府向大会报告工作，请予审议。", "", "一、2023年工作回顾", "过去一年，全市经济运行稳中有进。", ""]
    en = ["Document (1) of the Third Session of the 16th Yunxiu Municipal People's Congress", "", "REPORT ON THE WORK OF THE GOVERNMENT", "",
          "Delivered at the Third Session of the 16th Yunxiu Municipal People's Congress on January 18, 2024", "", "Fellow Deputies,",
          "On behalf of the Municipal People's Government, I will now report to you on the work of the government.", "",
          "I. Review of Our Work in 2023", "Over the past year, the city's economy made steady progress."]
    m = read_text("\n".join(zh + en), "report.txt").meta
    assert (m.title_zh, m.title_en) == ("政府工作报告", "REPORT ON THE WORK OF THE GOVERNMENT")
    (tmp_path / "r.zh.txt").write_text("\n".join(zh[2:]), encoding="utf-8")
    (tmp_path / "r.en.txt").write_text("\n".join(["[Unofficial translation prepared by the Fenglin District Foreign Affairs Office]", ""]
                                                 + en[2:]), encoding="utf-8")
    m = read_pair(tmp_path / "r.zh.txt", tmp_path / "r.en.txt").meta
    assert (m.title_zh, m.title_en) == ("政府工作报告", "REPORT ON THE WORK OF THE GOVERNMENT")


def test_an_english_file_in_gb18030_keeps_its_curly_quotes():
    """An English text saved in GB18030 has few bytes that are not ASCII, its curly quotes
    and dashes, which Big5 decodes too, as other signs ("Individuals’ Requests" would read
    "Individuals＊ Requests"). The encoding that reads them as punctuation is the one."""
    text = ("Article 10 Assistance in Responding to Individuals’ Requests\n"
            + "The Processor shall promptly notify the Controller of any request received from an individual — in writing.\n" * 30)
    got, enc, _ = decode(text.encode("gb18030"), "dpa.en.txt")
    assert got == text and enc == "gb18030"
    # Big5 text of the same shape stays Big5.
    tw = ("Article 10 Assistance in Responding to Requests\n" + "The Processor shall notify the Controller 「in writing」.\n" * 30)
    got, enc, _ = decode(tw.encode("big5"), "dpa.en.txt")
    assert got == tw


def test_the_heads_of_a_table_over_a_rule_and_its_rows_are_rows():
    """"周期      维护内容" over a rule of dashes, then rows whose second cells start where the heads'
    does (a long cell wrapped under itself), are a table drawn in text: no line of it heads anything."""
    from bitext.model import Block
    from bitext.read import tab_rows

    lines = ["7.1 Routine Maintenance", "", "Interval      Tasks", "-" * 60,
             "Weekly        Check tubing for leaks; check reagent levels; review", "              alarm log",
             "Monthly       Clean flow cell and sensors", "Quarterly     Replace pump tubing", "-" * 60, "",
             "7.2 Replacing Consumables", "", "Model          HW-3200", "-" * 60, "Pause measurement first."]
    text = "\n".join(lines)
    blocks = [Block(t.strip(), "en", i + 1) for i, t in enumerate(lines) if t.strip()]
    assert tab_rows(text, blocks) == (("en", 3), ("en", 4), ("en", 5), ("en", 6), ("en", 7), ("en", 8))
    # (However long a row's first cell: "Below 99.9% but not below 99.0%" under "Monthly availability".)
    lines = ["credits are granted as follows:", "-" * 66, "Monthly availability                      Service credit", "-" * 66,
             "Below 99.9% but not below 99.0%           10% of the monthly fee",
             "Below 99.0% but not below 95.0%           25% of the monthly fee", "Below 95.0%                               50% of the monthly fee",
             "-" * 66, "3. Unavailability caused by the following is not counted."]
    blocks = [Block(t.strip(), "en", i + 1) for i, t in enumerate(lines) if t.strip()]
    assert ("en", 3) in tab_rows("\n".join(lines), blocks)


def test_a_table_copied_a_cell_to_a_line_is_rows():
    """A web page's table copied as text, a cell to a line: each label over its two figures. No line of it
    is a heading; a label over text, or over one figure only once, is not a row."""
    from bitext.model import Block
    from bitext.read import cell_rows

    lines = ["第二部分 财务报告", "", "项目", "2023年", "2022年", "捐赠收入", "3105.2", "2788.9", "政府购买服务收入", "124.6", "98.0",
             "投资收益", "71.3", "65.4", "其他收入", "17.5", "9.2", "", "致谢", "感谢各位捐赠人。", "", "员工人数", "42", "", "联系我们"]
    text = "\n".join(lines)
    blocks = [Block(t, "zh", i + 1) for i, t in enumerate(lines) if t]
    got = {line for _, line in cell_rows(text, blocks)}
    assert set(range(6, 18)) <= got and not got & {1, 19, 20, 22, 23, 25}


def test_a_numbered_heading_between_two_tables_of_as_many_columns_is_no_row():
    """"3.2 支出" between the income table's last row and the expenditure table's heads is the
    next section's heading; "（一）按经营持续性分类" between rows of figures is the table's group."""
    from bitext.model import Block
    from bitext.read import tab_rows

    text = ("項目\t2023/24\t2022/23\n捐款\t1,060,483\t876,120\n總額\t26,800,412\t24,952,864\n3.2 支出\n"
            "支出項目\t2023/24（港元）\t2022/23（港元）\n員工薪酬\t19,835,604\t18,744,310")
    blocks = [Block(t, "zh", i + 1) for i, t in enumerate(text.split("\n"))]
    assert ("zh", 4) not in tab_rows(text, blocks)
    grouped = "五、净利润\t1,209.43\t136,987.12\n（一）按经营持续性分类\n1.持续经营净利润\t92,216.85\t327,885.91"
    blocks = [Block(t, "zh", i + 1) for i, t in enumerate(grouped.split("\n"))]
    assert ("zh", 2) in tab_rows(grouped, blocks)


def test_a_numbered_headings_last_words_set_in_under_its_text_go_on_with_it():
    """"4.  車輛登記號碼及已連結的付款" over "    方式": the second line starts where the heading's
    text starts, two spaces after its number; it is the heading's end, not a heading of its own."""
    zh = ("1.  本條款的適用範圍\n\n1.1  本條款規管閣下使用本應用程式。\n\n4.  車輛登記號碼及已連結的付款\n    方式\n\n"
          "4.1  閣下須登記車輛。\n\n5.  預約\n\n5.1  閣下可預約車位。\n")
    texts = [b.text for b in read_text(zh, "zh.txt").blocks]
    assert "4. 車輛登記號碼及已連結的付款方式" in texts and "方式" not in texts, texts
    # (A section's text set in further than its title's words is the text: "4. 本條例不適用於政府碼頭"
    # over "     本條例不適用於由政府營運的碼頭。".)
    law = "3. 指定碼頭\n     署長可指定任何碼頭。\n\n4. 本條例不適用於政府碼頭\n     本條例不適用於由政府營運的碼頭。\n"
    texts = [b.text for b in read_text(law, "zh.txt").blocks]
    assert "4. 本條例不適用於政府碼頭" in texts, texts


def test_column_names_over_a_rule_and_rows_with_figures_are_no_contact_blocks_name():
    en = ("1.2 Parts\n\nThe logger has ten parts.\n\n1.3 Specifications\nItem                     Specification\n"
          "-----------------------  ----------------\nTemperature range        -30 to +70 C\nMemory                   64,000 readings\n\n"
          "1.4 Care\n\nKeep the logger dry.\n")
    kinds = {b.text: b.kind for b in read_text(en, "en.txt").blocks}
    assert kinds["Item Specification"] == "para", kinds
