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


@pytest.mark.parametrize("text,expected", [
    ("(1) The economy grew. We cut taxes.", ["(1) The economy grew.", "We cut taxes."]),
    ("(iv) Scope.  It applies to all.", ["(iv) Scope.", "It applies to all."]),
    ("(b)  Grant. You may copy it.", ["(b)  Grant.", "You may copy it."]),
    ("(see above) First one. Second one.", ["(see above) First one.", "Second one."]),
])
def test_en_sentences_after_a_bracketed_enumerator(text, expected):
    """A paragraph that opens with "(1) " is split as any other (the splitter alone leaves it whole)."""
    assert split_en(text) == expected


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


# --------------------------------------------------------------------------- heading kinds


def _heads(blocks, lang):
    return [(p.heading.strength, p.heading.text) for p in outline(blocks, lang).parts if p.heading]


def _blocks(lines, lang):
    return [Block(t, lang, i + 1) for i, t in enumerate(lines)]


@pytest.mark.parametrize("line,lang", [
    ("一、总体要求", "zh"), ("（一）指导思想", "zh"), ("第一章 总则", "zh"), ("第三条", "zh"), ("第二节 一般规定", "zh"),
    ("1. 引言", "zh"), ("1.1 背景", "zh"), ("2.3.1 Scope", "en"), ("I. Introduction", "en"), ("Chapter 1 General Provisions", "en"),
    ("Article 12", "en"), ("Section 2 Definitions", "en"), ("PART II MEMBERS", "en"), ("Definitions:", "en"), ("适用范围：", "zh"),
])
def test_numbered_and_labelled_lines_are_strong_headings(line, lang):
    body = "这是正文，内容比较长。" if lang == "zh" else "This is the body text of the section."
    assert _heads(_blocks([line, body], lang), lang) == [("strong", line.rstrip(":："))]


@pytest.mark.parametrize("line,lang", [
    ("- 姓名", "zh"), ("• Name", "en"), ("电话：023-1234567", "zh"), ("Note: see the annex for details", "en"),
    ("我们收集您的姓名，", "zh"), ("This sentence ends with a full stop.", "en"),
])
def test_bullets_values_and_sentences_are_not_headings(line, lang):
    body = "这是正文，内容比较长。" if lang == "zh" else "This is the body text of the section."
    # A run-in label ("Note:") may be proposed as a weak heading; none is a strong one.
    assert [h for h in _heads(_blocks([line, body], lang), lang) if h[0] == "strong"] == []
    if line.startswith(("电话", "-", "•")):
        assert _heads(_blocks([line, body], lang), lang) == []


def test_heading_broken_over_two_lines_is_joined():
    assert _heads(_blocks(["第一章", "总则", "第一条 本法适用于全国。"], "zh"), "zh") == [("strong", "第一章 总则"), ("weak", "第一条")]
    assert _heads(_blocks(["CHAPTER II", "USE OF PROPERTY", "Owners shall take care."], "en"), "en") == [("strong", "CHAPTER II USE OF PROPERTY")]
    assert _heads(_blocks(["关于加强社区管理的", "若干意见", "正文从这里开始。"], "zh"), "zh") == [("strong", "关于加强社区管理的若干意见")]


def test_a_long_numbered_english_title_wrapped_after_a_connector_is_one_heading():
    lines = ["2.2 Support for Farmers and Better Training of", "Local Staff", "We trained 300 staff in the year.",
             "2.3 Support for Schools", "Local Staff", "They are paid monthly."]
    heads = [h for _, h in _heads(_blocks(lines, "en"), "en")]
    assert heads[0] == "2.2 Support for Farmers and Better Training of Local Staff"
    # No connector at the end: the next short line is not the title's end.
    assert "2.3 Support for Schools Local Staff" not in heads
    # Nor is a sentence after a title that ends in one.
    lines = ["3.1 Terms of", "Use are set out below.", "Body text follows here."]
    assert "3.1 Terms of Use are set out below." not in [h for _, h in _heads(_blocks(lines, "en"), "en")]


def test_a_long_title_wrapped_before_its_noun_or_after_a_long_line_is_one_heading():
    # An adjective at the end waits for its noun on the next line; one that may end a title does not.
    lines = ["Section 9. Handling of Third-Party Intellectual", "Property Claims", "If a third party claims that the Software infringes."]
    assert [h for _, h in _heads(_blocks(lines, "en"), "en")][0] == "Section 9. Handling of Third-Party Intellectual Property Claims"
    lines = ["Chapter V Emergency Preparedness, Response and Alternative", "Water Supply Arrangements", "The governments shall plan."]
    assert [h for _, h in _heads(_blocks(lines, "en"), "en")][0] == (
        "Chapter V Emergency Preparedness, Response and Alternative Water Supply Arrangements")
    lines = ["Section 6 Records Open to the Public", "Access Requests", "Anyone may ask to see the records."]
    assert "Section 6 Records Open to the Public Access Requests" not in [h for _, h in _heads(_blocks(lines, "en"), "en")]
    # A Chinese title that filled its line, with a few characters left for the next.
    lines = ["3.3 典型案例：澄州市2022年“7·14”特大暴雨过程中的排涝", "调度与应急响应", "2022年7月14日凌晨至午后，澄州市遭遇强降雨。"]
    assert [h for _, h in _heads(_blocks(lines, "zh"), "zh")][0] == "3.3 典型案例：澄州市2022年“7·14”特大暴雨过程中的排涝调度与应急响应"
    lines = ["3.3 典型案例：澄州市2022年“7·14”特大暴雨过程中的排涝", "调度与应急响应", "2022年7月14日凌晨至午后，澄州市遭遇强降雨。"]
    en = ['3.3 Case Study: Drainage Operations and Emergency Response during the "7·14" Extreme Rainstorm in Chengzhou, 2022',
          "From the early hours of 14 July 2022, Chengzhou had its heaviest rain."]
    assert [h for _, h in _heads(_blocks(en, "en"), "en")][0] == en[0]


def test_a_run_of_short_lines_is_a_list_not_headings():
    lines = ["第一章 总则", "第二章 会员", "第三章 组织", "第一章 总则", "本章规定一般事项。"]
    heads = _heads(_blocks(lines, "zh"), "zh")
    assert heads == [("strong", "第一章 总则")]
    items = ["Name", "Phone number", "Email address", "We use these to contact you."]
    assert _heads(_blocks(items, "en"), "en") == []


def test_runin_labels_open_a_paragraph():
    zh = outline(_blocks(["数据收集：我们会收集您的手机号码和昵称。", "结束。"], "zh"), "zh")
    assert zh.parts[0].heading.text == "数据收集" and zh.parts[0].heading.raw == "数据收集："
    assert zh.parts[0].paragraphs[0].sentences == ("我们会收集您的手机号码和昵称。",)
    en = outline(_blocks(["Data Collection: We collect your mobile number and nickname.", "End."], "en"), "en")
    assert en.parts[0].heading.text == "Data Collection" and en.parts[0].heading.strength == "weak"
    # A time is not a label.
    assert not outline(_blocks(["Doors open at 10:30 and close at noon.", "End."], "en"), "en").parts[0].heading
    # Nor is a list item's subject: the item is text.
    items = ["- 编辑器：支持“列选择粘贴”。从表格软件复制多行内容后，可以按列粘贴到多个光标位置。", "结束。"]
    assert not outline(_blocks(items, "zh"), "zh").parts[0].heading
    items = ["- Editor: Column Paste. After copying several rows from a spreadsheet, you can paste them column-wise.", "End."]
    assert not outline(_blocks(items, "en"), "en").parts[0].heading


@pytest.mark.parametrize("text,label", [
    ("2.1 Eligibility: You must be at least 14 years old to open an account.", "2.1 Eligibility:"),
    ("3. Refunds: Fees already paid are not refunded unless the law requires it.", "3. Refunds:"),
    ("(b) Notices: We send notices to the e-mail address on your account.", "(b) Notices:"),
    # A number that is not a label's: a time, a count, a year in a sentence.
    ("12 people attended: the chair, the treasurer and ten members.", None),
    ("At 10:30 the meeting resumed with the second item.", None),
    ("2.5 million visitors came: more than ever before.", None),
    # A letter or a Roman number before it: "A." under "I. GENERAL PROVISIONS", as "（一）" under "一、".
    ("A. Purpose and Basis: These Measures are formulated to improve living conditions.", "A. Purpose and Basis:"),
    ("II. Scope: These Measures apply to the whole district.", "II. Scope:"),
])
def test_a_numbered_english_label_opens_a_paragraph(text, label):
    from bitext.segment import runin_label

    got = runin_label(text, "en")
    assert (got[0] if got else None) == label


@pytest.mark.parametrize("text,lang,label", [
    # An address's fields: the value is an e-mail address, a web address or a phone number.
    ("电子邮箱：research@example.edu.cn  电话：0571-8800 1234", "zh", None),
    ("Email: research@example.edu.cn | Tel: +86 571 8800 1234", "en", None),
    ("网址：https://example.org/reading 欢迎访问。", "zh", None),
    ("Phone: (020) 8765 4321, on working days from nine to five.", "en", None),
    # Labels whose text mentions such things, or figures, stay labels.
    ("联系方式：请发邮件至 research@example.edu.cn 或致电。", "zh", "联系方式："),
    ("Funding: 12,500,000 yuan was raised in 2024 from donors.", "en", "Funding:"),
    ("经费：2024年全年筹集资金1250万元。", "zh", "经费："),
])
def test_a_label_whose_value_is_an_address_is_a_field(text, lang, label):
    from bitext.segment import runin_label

    got = runin_label(text, lang)
    assert (got[0] if got else None) == label


def test_markdown_headings_are_marked_and_hash_in_code_is_text():
    blocks = [Block("安装", "zh", 1, "heading", 2, True), Block("```sh\n# 注释\npip install x\n```", "zh", 3, markdown=True)]
    o = outline(blocks, "zh")
    assert [p.heading.text for p in o.parts] == ["安装"]
    assert o.parts[0].paragraphs[0].markdown and o.parts[0].paragraphs[0].sentences[0].startswith("```")


def test_bracketed_notes_and_the_contents_line_are_not_headings():
    body = "正文从这里开始，内容比较长。"
    assert _heads(_blocks(["（2022年9月28日市人民代表大会常务委员会通过）", body], "zh"), "zh") == []
    assert _heads(_blocks(["(Adopted at the Fifth Meeting on September 28, 2022)", "The text starts here."], "en"), "en") == []
    assert _heads(_blocks(["目　　录", body], "zh"), "zh") == []
    assert _heads(_blocks(["Table of Contents", "The text starts here."], "en"), "en") == []
    assert _heads(_blocks(["（一）总体要求", body], "zh"), "zh") == [("strong", "（一）总体要求")]


def test_a_signature_at_the_end_is_not_a_section():
    zh = _blocks(["一、总体要求", "我们要做好工作。", "南江市人民政府", "2024年3月1日"], "zh")
    assert _heads(zh, "zh") == [("strong", "一、总体要求")]
    en = _blocks(["5. Contact Us", "privacy@example.org", "Thank you."], "en")
    assert _heads(en, "en") == [("strong", "5. Contact Us")]


def test_numbers_match_whatever_their_style():
    from bitext.pair import _number_match

    assert _number_match("（一）注册", "1. Registration") == 1.0
    assert _number_match("（二）注册", "(a) Registration") == 0.0
    assert _number_match("一、总则", "I. General") == 1.0
    assert _number_match("第二章 总则", "Article 2") == 0.0  # a chapter is not an article
    assert _number_match("第八章 附则", "PART 8 FINAL PROVISIONS") == 1.0  # a chapter may be translated as a part
    assert _number_match("二、本會宗旨為", "Article 2 (Nature and Objects)") is None  # a list's item is no article
    assert _number_match("总则", "1. General") is None


@pytest.mark.parametrize("text,kind,value", [
    ("第十二章 附则", "chapter", "12"), ("第一百零五条", "article", "105"), ("第三節 定義", "section", "3"),
    ("三、总体要求", "list", "3"), ("拾壹、附則", "list", "11"), ("（二）方法", "paren", "2"), ("(c) Methods", "paren", "3"),
    ("2.3.1 Scope", "dotted", "2.3.1"), ("IV. Rights", "list", "4"), ("Chapter XII Final", "chapter", "12"),
    ("Article 7", "article", "7"), ("§ 4 Rules", "section", "4"), ("附件2", "annex", "2"), ("12 Monkeys", "list", "12"),
    ("第一部 導言", "part", "1"), ("第2部 帳戶", "part", "2"), ("第一部分 总则", "part", "1"),
    # An article put in later has its own number after its parent's.
    ("第 18-1 條", "article", "18-1"), ("第十八條之一", "article", "18-1"), ("Article 18A", "article", "18-1"),
    ("Article 18-1", "article", "18-1"), ("Article 12-month period", "article", "12"),
])
def test_numbering_kinds_and_values(text, kind, value):
    from bitext.headings import numbering

    nb = numbering(text)
    assert (nb.kind, nb.value) == (kind, value)


def test_a_department_is_not_a_part():
    from bitext.headings import numbering

    assert numbering("第一部门负责审批") is None


@pytest.mark.parametrize("text", ["Internet of Things", "MIX of colours", "中华人民共和国", "2024年工作总结"])
def test_words_that_start_like_numbers_are_not_numbered(text):
    from bitext.headings import numbering

    assert numbering(text) is None


def test_english_word_numbers_and_words_that_only_start_like_kinds():
    from bitext.headings import numbering

    assert numbering("Chapter One General Provisions").value == "1"
    assert numbering("Part Three Next Steps").value == "3"
    assert numbering("Articles of Association") is None
    assert numbering("Sections of the Law") is None


def test_a_numbered_heading_cut_after_a_word_is_joined():
    assert _heads(_blocks(["一、总体", "目标", "到2026年建成一百家食堂。"], "zh"), "zh") == [("strong", "一、总体目标")]
    assert _heads(_blocks(["一、总体要求", "（一）指导思想", "坚持正确方向。"], "zh"), "zh") == [
        ("strong", "一、总体要求"), ("strong", "（一）指导思想")]


def test_sentence_case_runin_headings_that_open_with_an_ing_word():
    assert runin_heading(("Stabilizing agriculture.", "Grain output reached 520,000 tonnes."), "en")
    assert not runin_heading(("We did well.", "Grain output reached 520,000 tonnes."), "en")
    # A preposition that ends in -ing opens a sentence, not a title.
    assert not runin_heading(("During the year we planted 300 trees.", "Most of them were oaks."), "en")
    assert not runin_heading(("Following the storm the road was closed.", "It opened a week later."), "en")


def test_a_lone_heading_between_two_pairs_is_paired():
    from bitext.model import Heading
    from bitext.pair import Candidate, pair_headings

    def c(k, text, pos, strength="weak"):
        return Candidate(k, Heading(text, k, strength), pos)

    # (Headings with no word the dictionary links: the place alone pairs them.)
    zc = [c(0, "一、甲乙丙", 0.0), c(1, "笃行不怠", 0.31), c(2, "三、丁戊", 0.6)]
    ec = [c(0, "1. Alpha", 0.0, "strong"), c(1, "Pressing ahead", 0.31, "strong"), c(2, "3. Delta", 0.6, "strong")]
    assert [(i, j) for i, j, _ in pair_headings(zc, ec)] == [(0, 0), (1, 1), (2, 2)]
    far = [c(0, "1. Alpha", 0.0, "strong"), c(1, "Pressing ahead", 0.5, "strong"), c(2, "3. Delta", 0.6, "strong")]
    assert (1, 1) not in [(i, j) for i, j, _ in pair_headings(zc, far)]


def test_headings_before_the_first_pair_of_the_kinds_of_all_pairs_are_paired_in_order():
    """The example's shape: first sentences in Chinese, heading lines in English. Two at the
    start that the dictionary cannot link pair by their place, as the later ones are all of
    those kinds; of other kinds, or out of place, they do not."""
    from bitext.model import Heading
    from bitext.pair import Candidate, pair_headings

    def c(k, text, pos, strength):
        return Candidate(k, Heading(text, k, strength), pos)

    zh = ["客流恢复势头强劲", "线网结构持续优化", "绿色出行比例再创新高", "乘车体验明显改善", "安全运营保持平稳"]
    en = ["Ridership Bounces Back", "A Leaner, Denser Network", "Green Travel Hits a Record High", "A Better Ride for Passengers",
          "Safety Record Holds Steady"]
    zc = [c(k, t, 0.1 + 0.18 * k, "weak") for k, t in enumerate(zh)]
    ec = [c(k, t, 0.1 + 0.18 * k, "strong") for k, t in enumerate(en)]
    assert [(i, j) for i, j, _ in pair_headings(zc, ec)] == [(k, k) for k in range(5)]
    far = [c(k, t, 0.1 + 0.18 * k + (0.2 if k < 2 else 0), "strong") for k, t in enumerate(en)]
    assert (0, 0) not in [(i, j) for i, j, _ in pair_headings(zc, far)]


@pytest.mark.parametrize("line,lang,heading", [
    ("他们常引用一句话：", "zh", False), ("我们收集以下信息：", "zh", False), ("They often quoted a saying:", "en", False),
    ("会员不得有下列行为：", "zh", False), ("申请人应提交下述材料：", "zh", False),
    ("使用说明：", "zh", True), ("其他事项：", "zh", True), ("Scope of Application:", "en", True), ("Definitions:", "en", True),
    # A counted part's label or a column's name, then a title; not a field.
    ("产出一：城镇污水收集与处理能力提升", "zh", True), ("Output 1: Urban wastewater collection and treatment capacity enhanced", "en", True),
    ("聚焦：胸痛中心的一夜", "zh", True), ("Reporter's Notebook: Meeting the City in a Reading Room", "en", True),
    ("联系人1：张三", "zh", False), ("第一：我们要做好工作", "zh", False), ("地点：澄州国际会展中心", "zh", False),
    ("目标2：到2025年森林覆盖率达到60%", "zh", False),
    ("误区1：“口味淡了，干活没力气。”", "zh", True), ("Myth 1: \"If my food isn't salty, I won't have the energy to work.\"", "en", True),
    ("误区：口味淡了，干活没力气。", "zh", False),
    ("3.1 Responding to Climate Change: Carbon Emissions Management and Energy Mix", "en", True),
    ("3.1 Responding to Climate Change: Emissions, Energy and Green Manufacturing", "en", True),
    # A title's words may hold an apostrophe or a hyphen; a model's code after a label is a field.
    ("Case Study: Keeping the Water Flowing During Typhoon Yin'ou", "en", True),
    ("Case Story: Ms Wu's Twenty-Third Year", "en", True), ("Model: LM-S3", "en", False),
    ("Title: Lanshan County Self-Government Ordinance on Community Gardens", "en", False),  # a field, whatever its value
    ("Q3：如何恢复出厂设置？", "zh", True), ("Q3. How do I reset TideBox to factory settings?", "en", True),  # a numbered question
    # A question its label names as one may be long: a court's answers to numbered questions.
    ("Question 5: How should liquidated damages for late delivery be adjusted where the amount agreed in the contract is "
     "manifestly excessive or inadequate?", "en", True),
])
def test_a_lead_in_ending_in_a_colon_is_not_a_heading(line, lang, heading):
    assert heading_line(line, lang) is heading


@pytest.mark.parametrize("text", ["Annex", "ANNEX", "Appendix", "Annex: Member Cities", "Appendix: Terms Used"])
def test_an_english_annex_label_without_a_number_is_the_first_annex(text):
    from bitext.headings import numbering

    nb = numbering(text)
    assert (nb.kind, nb.value) == ("annex", "1")
    assert numbering("Annexation of the Suburbs") is None and numbering("Appendix Glossary") is None


def test_a_schedule_label_alone_over_its_title_is_one_heading_as_the_chinese_is():
    """An ordinance's schedule: "Schedule" over "Fees", as "附表" over "費用"; "Schedule:" before a
    timetable's hours is no annex."""
    from bitext.headings import numbering

    for lang, lines in (("en", ["Schedule", "Fees", "[s. 16]"]), ("zh", ["附表", "費用", "[第16條]"])):
        o = outline(_at([(1, lines[0]), (2, lines[1]), (3, lines[2]), (5, "1. " + lines[1] + " 2,460")], lang), lang)
        assert [p.heading.text for p in o.parts if p.heading][0] == " ".join(lines[:2])
    assert numbering("SCHEDULE").kind == "annex" and numbering("Schedule: 9:00 to 17:00") is None


def test_an_annex_label_is_no_item_of_a_list_and_is_not_joined_to_its_title():
    # "Annex" over its title after a signature's lines: three short lines in a row
    # are not a list when one of them is the annex's label.
    lines = ["The Agreement is made in two copies.", "For the City of Ashford", "Mayor of Ashford", "Annex",
             "Projects for 2026", "1. A cultural week in Ashford.", "2. A youth exchange."]
    heads = [h for _, h in _heads(_blocks(lines, "en"), "en")]
    assert "Annex" in heads and "Projects for 2026" in heads


def _at(pairs, lang):
    """Blocks at given file lines: [(line, text), ...]."""
    return [Block(t, lang, n) for n, t in pairs]


def test_a_line_below_a_block_of_list_lines_is_read_on_its_own():
    # Three label lines one under the other, then, further down the file, a
    # heading with text under it: the list ends with its block.
    o = outline(_at([(1, "Fishtail palm"), (2, "Palm family"), (3, "Glasshouse bed"),
                     (5, "Desert Plant Zone"), (7, "Desert plants store water in thick leaves.")], "en"), "en")
    assert [p.heading.text for p in o.parts if p.heading] == ["Desert Plant Zone"]


def test_a_list_block_followed_by_text_stays_a_list():
    o = outline(_at([(1, "Apples"), (2, "Pears"), (3, "Plums"), (5, "All three keep well in a cool room.")], "en"), "en")
    assert not [p for p in o.parts if p.heading]
    o = outline(_at([(1, "苹果"), (3, "梨"), (5, "李子"), (7, "青梅"), (9, "这几种水果都宜冷藏。")], "zh"), "zh")
    assert not [p for p in o.parts if p.heading]


def test_a_number_label_joins_the_title_on_the_next_line():
    o = outline(_at([(1, "Zone 3"), (2, "Aquatic Plants: Ponds and Wetlands"), (4, "Lilies grow in the pond.")], "en"), "en")
    assert o.parts[0].heading.text == "Zone 3 Aquatic Plants: Ponds and Wetlands"
    o = outline(_at([(1, "第三区"), (2, "水生植物：池塘与湿地"), (4, "池塘中种有睡莲。")], "zh"), "zh")
    assert o.parts[0].heading.text == "第三区 水生植物：池塘与湿地"
    # A date is no number label; a title two lines further down is not joined.
    o = outline(_at([(1, "May 12"), (2, "Opening Day"), (4, "The garden opens at nine.")], "en"), "en")
    assert all(p.heading is None or p.heading.text != "May 12 Opening Day" for p in o.parts)
    o = outline(_at([(1, "Zone 3"), (3, "Aquatic Plants: Ponds and Wetlands"), (5, "Lilies grow in the pond.")], "en"), "en")
    assert all(p.heading is None or not p.heading.text.startswith("Zone 3 Aquatic") for p in o.parts)


@pytest.mark.parametrize("text,expected", [
    ("目录", False), ("Table of Contents", False), ("目录 / Table of Contents", False), ("目錄｜Contents", False),
    ("目录管理 / Directory Management", True), ("Contents of the Box", True),
])
def test_a_contents_label_is_no_heading_line(text, expected):
    assert heading_line(text, "zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en") is expected


@pytest.mark.parametrize("sentences,lang,expected", [
    (("Dragon kilns.", "Built along hillsides, dragon kilns were long and narrow."), "en", True),
    (("Saggars.", "Potters placed the pieces in saggars made of fireclay."), "en", True),
    (("Tea huts.", "Tea huts are small shelters where pickers rest."), "en", True),
    (("Thank you.", "We thank you for your support."), "en", False),
    (("It works.", "It works because the parts fit."), "en", False),
    (("Good morning.", "Today we open the new library."), "en", False),  # the term is not named again
    (("龙窑。", "龙窑依山坡而建，窑身狭长。"), "zh", True),
    (("是的。", "匿名举报同样受到保护。"), "zh", False),
    (("好的。", "好的，我们明天见。"), "zh", False),
    # A name in quotation marks may open a heading; a quotation, or who said it, does not.
    (("“15分钟文化圈”基本成形。", "全年新建城市书房28家。"), "zh", True),
    (("“我们要坚持创新”他说。", "全年新建城市书房28家。"), "zh", False),
    (("“文化不是锦上添花”，他说。", "全年新建城市书房28家。"), "zh", False),
])
def test_a_term_named_again_after_it_is_a_runin_heading(sentences, lang, expected):
    assert runin_heading(sentences, lang) is expected


@pytest.mark.parametrize("line, expected", [
    ("（一）场地。图书角应当设在居民便于到达的公共空间：", False), ("二、“双减”政策落实情况", True),
    ("第三条　保密义务", True), ("引用“谁主管，谁负责。”的原则：", True),
])
def test_a_chinese_heading_line_has_no_full_stop_inside(line, expected):
    assert heading_line(line, "zh") is expected


@pytest.mark.parametrize("first, second, expected", [
    ("四、创新券的申领、使用", "与兑付程序", True), ("三、图书的借阅、归还", "及损坏赔偿", True),
    ("四、创新券的申领、使用", "企业应当按时提交申请材料并如实填写。", False), ("二、建设标准", "（一）场地", False),
    ("3.2 輕鋼架天花板", "安裝", True),  # a last word of two characters wrapped on its own
    # A heading of two clauses whose second is cut short; not a table's caption under it.
    ("二、深化友城交流合作，国际“朋友圈”", "持续扩大", True), ("二、深化友城交流合作，扩大国际交往", "表1", False),
    ("二、深化友城交流合作，国际“朋友圈”", "单位：万元", False),
    # A point's longer end under "（四）"; a version with its date over the first heading under it.
    ("（四）坚持城乡融合发展，推进以人为核心的新型", "城镇化和乡村全面振兴", True),
    ("二、坚持城乡融合发展，推进以人为核心的新型", "城镇化和乡村全面振兴", False),
    ("5.3.0（2024年11月12日）", "新增功能", False), ("5.3.0 云杉笔记桌面版的新增功能与改进说明", "新增功能", True),
    # Unnumbered, a list of things cut before its last; not a heading over a line that starts with "及".
    ("重大投資、收購及出售附屬公司、聯營公司", "及合營企業", True), ("資本承擔", "及或然負債", False),
    ("重大投資、收購及出售附屬公司、聯營公司", "及合營企業的重大收購，本年度並無進行。", False),
])
def test_a_numbered_chinese_heading_goes_on_with_and(first, second, expected):
    from bitext.segment import _broken

    assert _broken(first, second, "zh") is expected


@pytest.mark.parametrize("line, lang, expected", [
    ("第三展厅", "zh", True), ("第二单元", "zh", True), ("第三方", "zh", False), ("第一次", "zh", False),
    ("Gallery 3", "en", True), ("Unit IV", "en", True), ("March 2026", "en", False), ("Room 101", "en", False),
    ("Table 3", "en", False), ("Figure 12", "en", False), ("Floor 2", "en", False), ("第三名", "zh", False),
])
def test_a_label_that_counts_parts(line, lang, expected):
    from bitext.segment import ordinal_label

    assert ordinal_label(line, lang) is expected


@pytest.mark.parametrize("text, lang, expected", [
    ("第一条　为了规范公园管理，制定本规定。", "zh", ("第一条", "为了规范公园管理，制定本规定。")),
    ("第一条（目的和依据）为了规范公园管理，制定本规定。", "zh", ("第一条（目的和依据）", "为了规范公园管理，制定本规定。")),
    ("第 7-1 條　本條自公布日施行。", "zh", ("第 7-1 條", "本條自公布日施行。")),
    ("第三十一条　清算\n公司解散的，应当进行清算。", "zh", ("第三十一条 清算", "公司解散的，应当进行清算。")),
    ("第一条规定，公园免费开放。", "zh", None),
    ("Article 1 These Rules govern the parks.", "en", ("Article 1", "These Rules govern the parks.")),
    ("Article 16 In reviewing a plan, the authority shall …", "en", ("Article 16", "In reviewing a plan, the authority shall …")),
    ("Article 2 (Scope) These Rules apply to city parks.", "en", ("Article 2 (Scope)", "These Rules apply to city parks.")),
    ("Article 1 of the Constitution says so.", "en", None), ("Article 5 shall apply.", "en", None),
    # An article's title before a colon is its heading's ("第一條　名稱：…", "Article 1 Name: …"); a lead-in is not.
    ("第一條　名稱：本會中文名稱為「晨曦羽毛球會」。", "zh", ("第一條 名稱", "本會中文名稱為「晨曦羽毛球會」。")),
    ("Article 6 Rights of Members: Members may elect and be elected.", "en", ("Article 6 Rights of Members", "Members may elect and be elected.")),
    ("第三條　本辦法用語定義如下：", "zh", ("第三條", "本辦法用語定義如下：")),
    ("Article 3 In these Rules: “park” means a city park.", "en", ("Article 3", "In these Rules: “park” means a city park.")),
])
def test_an_article_number_heads_its_text(text, lang, expected):
    from bitext.segment import article_label

    assert article_label(text, lang, titles=True) == expected


def test_articles_titles_before_a_colon_are_headings_where_most_articles_have_one():
    from bitext.segment import article_label, titled_articles

    statutes = ["第一條　名稱：本會名稱為「晨曦羽毛球會」。", "第二條　性質：本會為非牟利體育社團。", "第三條　宗旨：推廣羽毛球運動。",
                "第四條　會址：澳門氹仔柏濤街18號。"]
    articles = ["第一条　为规范公司的组织和行为，制定本章程。", "第二条　公司名称：榕川澄明光学科技有限公司。", "第三条　公司住所：榕川市东湖路8号。",
                "第四条　公司为永久存续的有限责任公司。", "第五条　公司的注册资本为人民币一亿元。"]
    assert titled_articles(statutes, "zh") and not titled_articles(articles, "zh")
    assert article_label(articles[1], "zh") == ("第二条", "公司名称：榕川澄明光学科技有限公司。")


def test_an_article_that_leads_into_its_list_is_no_heading_line():
    assert not heading_line("Article 4  The Society shall:", "en")
    assert heading_line("Article 4  Duties of the Society", "en")


@pytest.mark.parametrize("first, second, expected", [
    ("11. LIMITATION OF LIABILITY, INDEMNIFICATION", "AND RELEASE", True),
    ("4. Use of Personal Data", "and Cookies", True),
    ("4. Use of Personal Data", "We use your data to provide the service.", False),
    # cut between a word and its noun
    ("3.2 Mounting on a Suspended", "T-Bar Ceiling", True), ("3.2 Mounting on a Suspended Ceiling", "Tools Needed", False),
    ("3.2 Data Retained", "When Accounts Close.", False),
    # a title that filled its line
    ("3.1 Responding to Climate Change: Carbon Emissions Management, Energy Mix", "Optimisation and Green Manufacturing", True),
    ("3.1 Responding to Climate Change: Carbon Emissions Management, Energy Mix", "The Group cut its emissions.", False),
])
def test_a_numbered_english_heading_goes_on_with_and(first, second, expected):
    from bitext.segment import _broken

    assert _broken(first, second, "en") is expected


@pytest.mark.parametrize("line, lang", [("任何人不得在碼頭內——", "zh"), ("A person must not, at a pier—", "en")])
def test_a_line_that_leads_into_a_list_with_a_dash_is_no_heading(line, lang):
    assert not heading_line(line, lang)


def test_a_long_numbered_heading_whose_last_word_wrapped_is_one_heading():
    lines = ["II. Sustainability Governance and Stakeholder", "Engagement", "We met our stakeholders four times in the year."]
    blocks = [Block(t, "en", n) for n, t in enumerate(lines, 1)]
    assert _heads(blocks, "en") == [("strong", "II. Sustainability Governance and Stakeholder Engagement")]
    # With a blank line between, the word stands on its own.
    blocks = [Block(lines[0], "en", 1), Block(lines[1], "en", 3), Block(lines[2], "en", 5)]
    assert ("strong", "II. Sustainability Governance and Stakeholder Engagement") not in _heads(blocks, "en")


def test_a_points_title_that_filled_its_line_goes_on_to_the_next():
    """"三、我们如何委托处理、共同处理、向第三方提供、转让和公开" filled its printed line: "披露您的
    个人信息" under it is the rest. A point that says something, with a clause, is not cut so."""
    lines = ["三、我们如何委托处理、共同处理、向第三方提供、转让和公开", "披露您的个人信息", "我们可能委托外部机构处理您的个人信息，并与其签订协议。"]
    blocks = [Block(t, "zh", n) for n, t in enumerate(lines, 1)]
    assert _heads(blocks, "zh")[0][1] == "三、我们如何委托处理、共同处理、向第三方提供、转让和公开披露您的个人信息"
    lines = ["三、本行可委托外部机构处理信息，但须事先签订书面协议并监督", "其履约情况", "我们可能委托外部机构处理您的个人信息。"]
    blocks = [Block(t, "zh", n) for n, t in enumerate(lines, 1)]
    assert _heads(blocks, "zh")[0][1] == lines[0]


@pytest.mark.parametrize("line,lang,heading", [
    ("3.1 Attribution. If You share the Work or Adapted Material, You must:", "en", False),
    ("三、环境：守护绿水青山", "zh", True), ("III. Environment: Caring for Our Planet", "en", True),
    ("2.1 青岚市：一网通办", "zh", True), ("19. Liability of directors etc.", "en", True),
    ("Dr. Sun Yat-sen Memorial Hall", "en", True), ("电话：023-1234", "zh", False),
])
def test_heading_lines_with_a_colon_or_a_stop_inside(line, lang, heading):
    assert heading_line(line, lang) is heading


def test_an_english_heading_goes_on_to_a_lower_case_line_right_under_it():
    from bitext.model import Block
    from bitext.segment import classify

    blocks = [Block("III. Overall Requirements and Main Targets", "en", 10), Block("for 2026", "en", 11),
              Block("The city will keep growth steady and create jobs for young people this year.", "en", 13),
              Block("4. Contact", "en", 15), Block("service@example.org", "en", 16),
              Block("Write to us with any question about this report.", "en", 18)]
    kinds = [(kind, [b.text for b in bs]) for kind, bs in classify(blocks, "en")]
    assert kinds[0] == ("line", ["III. Overall Requirements and Main Targets", "for 2026"])
    assert ("line", ["4. Contact"]) in kinds  # an address under a heading is no part of it


@pytest.mark.parametrize("text", ["Really!Yes? It works.", "Use <![CDATA[ x ]]> here. Done.", "He said:\"Go!\"Then left. Fine.",
                                  "See Art. 5 of the law. Then go."])
def test_english_units_join_back_to_the_text_as_written(text):
    """Where the text has no space between two sentences, the splitter's two parts
    stay one unit: joined back, the units give the text exactly as written."""
    from bitext.model import join_units

    assert join_units(split_en(text)) == text


@pytest.mark.parametrize("line, lang, expected", [
    ("（一）聚焦产业升级，增强发展动能。", "zh", True), ("(1) We will focus on industrial upgrading.", "en", True),
    ("（一）聚焦产业升级。增强发展动能。", "zh", False), ("1.新增普惠性托育托位1200个；", "zh", False),
    ("(1) Scope. These rules apply.", "en", False), ("聚焦产业升级，增强发展动能。", "zh", False),
    ("(2) Acme Holdings Co., Ltd.", "en", False), ("(3) see below.", "en", False),
])
def test_a_numbered_sentence_alone_on_its_line(line, lang, expected):
    from bitext.segment import numbered_point

    assert numbered_point(line, lang) is expected


def _kinds(texts, lang):
    from bitext.model import Block
    from bitext.segment import classify

    blocks = [Block(t, 1 + 2 * i, lang, "para") for i, t in enumerate(texts)]
    return [kind for kind, _ in classify(blocks, lang)]


def test_numbered_points_over_text_are_headings_and_a_list_is_not():
    over_text = ["（一）稳住农业基本盘，保障粮食安全。", "稳定粮食播种面积。全年粮食播种面积稳定在四十二万亩以上。",
                 "（二）改善水利设施，提高抗灾能力。", "加固病险水库。完成五座小型水库除险加固。"]
    assert _kinds(over_text, "zh") == ["line", "para", "line", "para"]
    a_list = ["（一）严格执行本规定。", "（二）按时提交材料。", "（三）如实填写表格。", "以上要求自公布之日起施行。"]
    assert _kinds(a_list, "zh") == ["para"] * 4
    alone = ["（二）改善水利设施，提高抗灾能力。", "加固病险水库。完成五座小型水库除险加固。"]  # no run counting from one
    assert _kinds(alone, "zh") == ["para", "para"]


def test_a_line_right_over_a_tables_rows_ends_a_run_of_lines():
    """The columns' heading of a table ("截至6月30日止六個月" over "2025年 2024年 變動") is
    no third item of a list with the title and the section's name above it."""
    from bitext.model import Block
    from bitext.segment import classify

    lines = [(1, "截至2025年6月30日止六個月之中期業績公告"), (3, "財務摘要"), (5, "截至6月30日止六個月"), (6, "2025年 2024年 變動"),
             (7, "收益 1,862,417 1,604,935 +16.0%"), (9, "本期收益增長16.0%，主要由於智能物流裝備的訂單增加。")]
    kinds = [(kind, bs[0].line) for kind, bs in classify([Block(t, "zh", n) for n, t in lines], "zh")]
    assert kinds[:2] == [("line", 1), ("line", 3)]


def test_a_greeting_opens_a_text_and_heads_nothing():
    from bitext.segment import TOC_RE, runin_heading

    assert not runin_heading(("Welcome to FerryBell.", "These Terms govern your use of the app."), "en")
    assert not runin_heading(("歡迎使用渡鈴。", "本條款規管閣下對應用程式的使用。"), "zh")
    assert runin_heading(("Upholding Political Guidance.", "We kept to the right direction."), "en")
    assert runin_heading(("Stabilizing agriculture.", "Grain output reached a record."), "en")
    assert not runin_heading(("Staffing remains one of the Hospital's greatest challenges.", "We recruited 38 doctors."), "en")
    assert runin_heading(("稳定就业。", "全年新增就业岗位一万个。"), "zh")
    assert TOC_RE.match("On this page") and TOC_RE.match("本頁內容") and not TOC_RE.match("On this page you will find")


def test_a_numbered_heading_cut_after_and_goes_on_on_the_next_line():
    from bitext.segment import _broken

    assert _broken("3.5 供应链管理与", "负责任采购", "zh")
    assert _broken("四、创新券的申领、使用", "与兑付程序", "zh")
    assert not _broken("3.5 供应链管理", "负责任采购", "zh")
    assert not _broken("3.5 供应链管理与", "截至2024年末，公司合格供应商共1,146家。", "zh")


def test_a_heading_in_capitals_goes_on_with_and():
    from bitext.segment import _broken

    assert _broken("MANAGEMENT DISCUSSION", "AND ANALYSIS", "en")
    assert not _broken("MANAGEMENT DISCUSSION", "and analysis of the year's results.", "en")


def test_comments_steps_and_defined_terms_head_nothing_in_plain_text():
    from bitext.segment import heading_line, runin_label

    assert not heading_line("# RHEL / 麒麟", "zh") and not heading_line("# Cluster name; cannot be changed", "en")
    assert not heading_line("步骤 1. 检查配置文件语法：", "zh") and not heading_line("Step 1. Check the configuration syntax:", "en")
    assert heading_line("Step 1: Install the Agent", "en") and heading_line("第一步 准备工作", "zh")
    assert runin_label("共享（Share）：通过 NFS 或 SMB 导出的一个目录，对应一个桶前缀。", "zh") is None
    assert runin_label("数据收集：我们会收集您主动提供的信息。", "zh") is not None


def test_a_numbered_question_is_whole_not_a_label_over_its_text():
    """"Q4: The remote screen looks blurry or blocky. How can I improve it?" is the question, as
    its Chinese "Q4：画面模糊、出现明显马赛克怎么办？" is; "Q4" is no label run into a text."""
    from bitext.segment import runin_label

    assert runin_label("Q4: The remote screen looks blurry or blocky. How can I improve it?", "en") is None
    assert runin_label("问题3：为什么无法登录？", "zh") is None
    assert runin_label("Q4: Restart the agent, then sign in again with your device code.", "en") is not None


def test_a_numbered_term_and_what_it_means_is_a_definition_not_a_heading():
    from bitext.headings import _sentence_zh
    from bitext.segment import runin_label

    assert runin_label("1.1 本游戏：指由星屿互动开发并运营的移动端游戏软件及相关服务。", "zh") is None
    assert runin_label("1.1 账号注册：您需要提供手机号码以注册账号。", "zh") is not None
    # Cut at its colon, the term is not a run-in heading either; "指导" opens a sentence.
    assert not runin_heading(("1.2 游戏账号：", "指您在本游戏中用于登录和识别身份的账号。"), "zh")
    assert runin_heading(("工作重点：", "指导各区开展垃圾分类。"), "zh")
    assert _sentence_zh("3.3 您应妥善保管账号和密码") and not _sentence_zh("3.3 账号安全")


def test_who_approved_a_document_is_a_field_not_a_title_with_a_subtitle():
    assert not heading_line("Approved by: Board of Directors", "en")
    assert not heading_line("Prepared by: Finance Department", "en")
    assert heading_line("Chapter One: General Provisions", "en")


def test_a_bracketed_label_that_opens_a_paragraph_is_a_run_in_heading():
    from bitext.segment import bracket_label, runin_label

    assert bracket_label("【审慎阅读】您在申请注册流程中点击同意本协议之前，应当认真阅读本协议。", "zh") == (
        "【审慎阅读】", "您在申请注册流程中点击同意本协议之前，应当认真阅读本协议。")
    assert bracket_label("[Read Carefully] Before clicking to accept this Agreement, read it with care.", "en")[0] == "[Read Carefully]"
    # A title line with a label in brackets is a title, whole; a reference is no label.
    assert bracket_label("【個案分享】將軍澳海澄苑智慧屋苑改造", "zh") is None
    assert bracket_label("[1] See the annual report for details of the scheme.", "en") is None
    # A note in brackets from end to end is a note, whatever label it opens with.
    assert runin_label("（譯註：「實名制活動」指主辦單位要求購票人與入場人身分一致之活動。）", "zh") is None
    assert runin_label("(Translator's note: real-name events are events at which the holder must attend.)", "en") is None


def test_a_chinese_bold_label_with_a_word_in_latin_letters_is_chinese():
    from bitext.segment import md_bold_lead

    assert md_bold_lead("**Cookie 横幅：**首次访问时，您可以在页面底部的横幅中选择“仅必要”或“接受统计”。", "zh")[0] == "Cookie 横幅："
    assert md_bold_lead("**Decision 决定：**委员会同意该项目进入第二阶段，并要求下月提交预算。", "zh") is None


def test_a_first_sentence_full_of_names_still_says_something():
    """Capitals for names do not make a title: a title leaves only small words in lower case."""
    assert not runin_heading(("The Dongling Bay Laboratory opened in September 2023.", "It houses twelve research centres."), "en")
    assert runin_heading(("Upholding the Rule of Law.", "We revised three local regulations."), "en")


def test_a_counted_points_first_sentence_in_bold_heads_it():
    from bitext.segment import md_bold_lead

    assert md_bold_lead("**一是工业生产较快增长，新动能持续壮大。** 上半年，全市规模以上工业增加值同比增长6.8%。", "zh") == (
        "一是工业生产较快增长，新动能持续壮大。", "上半年，全市规模以上工业增加值同比增长6.8%。")
    assert md_bold_lead("**First, industrial production grew rapidly and new growth drivers continued to strengthen.** "
                        "In the first half, value added rose 6.8 percent.", "en")[0].startswith("First, industrial")
    assert md_bold_lead("**工业生产较快增长，新动能持续壮大。** 上半年，全市规模以上工业增加值同比增长6.8%。", "zh") is None
    # A numbered point's name in bold, with its full stop: "**（一）下调存款准备金率。** 5月15日，……".
    assert md_bold_lead("**（一）下调存款准备金率。** 5月15日，中央银行下调金融机构存款准备金率0.5个百分点。", "zh")[0] == "（一）下调存款准备金率。"
    assert md_bold_lead("**(i) Cutting the RRR.** On 15 May, the central bank lowered the RRR by 0.5 percentage point.", "en")[0] == (
        "(i) Cutting the RRR.")
    assert md_bold_lead("**（一）我们下调了存款准备金率。** 5月15日，中央银行下调金融机构存款准备金率0.5个百分点。", "zh") is None
    assert md_bold_lead("**Developing non-fossil energy on a large scale.** Centralised and distributed projects will go hand in hand.",
                        "en")[0] == "Developing non-fossil energy on a large scale."


def test_a_gazettes_contents_with_group_labels_heads_nothing():
    """An interleaved contents list whose entries carry a gazette's page codes
    ("1.　生效日期 ........ B3021") and whose parts label groups of them
    ("第1部——導言"): all of it is the list; the parts head their sections in the body,
    "A部" over its title as "第1部" over its own."""
    from bitext.headings import numbering
    from bitext.read import read_text

    assert numbering("A部").value == "1" and numbering("B部　其他費用").value == "2" and numbering("ABC部门") is None
    lines = ["露天市集規例", "", "Open-air Bazaars Regulation", "", "目錄", "", "Contents", "",
             "第1部——導言", "", "Part 1—Preliminary", "",
             "1.　生效日期 " + "." * 30 + " B3021", "2.　釋義 " + "." * 32 + " B3021", "",
             "1.  Commencement " + "." * 30 + " B3021", "2.  Interpretation " + "." * 28 + " B3021", "",
             "第2部——牌照", "", "Part 2—Licences", "",
             "3.　申請 " + "." * 32 + " B3023", "", "3.  Applications " + "." * 30 + " B3023", "",
             "第1部", "導言", "", "Part 1", "Preliminary", "",
             "1. 生效日期", "", "1. Commencement", "", "本規例自2024年10月1日起實施。", "",
             "This Regulation comes into operation on 1 October 2024.", "",
             "2. 釋義", "", "2. Interpretation", "", "在本規例中，署長指食物環境衞生署署長。", "",
             "In this Regulation, Director means the Director of Food and Environmental Hygiene.", "",
             "第2部", "牌照", "", "Part 2", "Licences", "",
             "3. 申請", "", "3. Applications", "", "申請須以指明格式提出。", "", "An application must be made in the specified form.", "",
             "A部", "牌照費用", "", "Part A", "Licence Fees", "", "每份牌照的費用為港幣500元。", "", "The fee for each licence is HK$500."]
    heads = {lg: [p.heading.text for p in outline(read_text("\n".join(lines), "reg.txt").blocks, lg).parts if p.heading]
             for lg in ("zh", "en")}
    assert [h for h in heads["zh"] if "部" in h] == ["第1部 導言", "第2部 牌照", "A部 牌照費用"]
    assert [h for h in heads["en"] if h.startswith("Part")] == ["Part 1 Preliminary", "Part 2 Licences", "Part A Licence Fees"]


def test_a_contents_entry_wrapped_between_entries_keeps_both_lines():
    """An entry that a contents list wraps ("CHAPTER 7  DATA PROTECTION, PERSONAL INFORMATION AND"
    over "CROSS-BORDER TRANSFERS ........ 7") is text with both its lines."""
    def entry(name, page):
        return f"{name} " + "." * (60 - len(name)) + f" {page}"
    lines = (["CONTENTS", ""] + [entry(f"CHAPTER {n} PART NUMBER {n}", n) for n in range(1, 7)]
             + [entry(f"Section {n} Item {n} of the Chapter", 6) for n in (1, 2)]
             + ["CHAPTER 7 DATA PROTECTION, PERSONAL INFORMATION AND", entry("CROSS-BORDER TRANSFERS", 7)]
             + [entry(f"Section {n} Item {n} of the Chapter", 7) for n in (1, 2)] + [entry("CHAPTER 8 INTELLECTUAL PROPERTY", 8)]
             + ["", "CHAPTER 1 PART NUMBER 1", "", "The Licensee shall pay the fees in the order form."])
    blocks = [Block(t, "en", n) for n, t in enumerate(lines, 1) if t]
    o = outline(blocks, "en")
    text = " ".join(s for p in o.parts for para in p.paragraphs for s in para.sentences)
    assert "PERSONAL INFORMATION AND" in text and "CROSS-BORDER TRANSFERS" in text


def test_bold_first_sentences_head_their_paragraphs_where_a_document_writes_many():
    """Where five or more paragraphs open with a sentence in bold ("**算力规模跃升。** …",
    "**The government cloud was expanded and upgraded.** …"), each such sentence heads its
    paragraph, whatever it says; a few of them (three symptoms in a guide) are emphasis."""
    from bitext.segment import md_bold_lead, outline

    en = "**The government cloud was expanded and upgraded.** We rebuilt the platform for 412 systems."
    assert md_bold_lead(en, "en") is None
    assert md_bold_lead(en, "en", True)[0] == "The government cloud was expanded and upgraded."
    # A link right after the label is text, not an address to write to.
    zh = "**公共数据开放走在前列。** [岚江市公共数据开放平台](https://data.example.gov.cn) 累计开放数据集2,460个。"
    assert md_bold_lead(zh, "zh")[0] == "公共数据开放走在前列。"

    def doc(n):
        return [Block(f"**The item number {k} was improved a lot.** We did the work on it in {2020 + k}.", "en", 2 * k, markdown=True)
                for k in range(1, n + 1)]
    heads = lambda bs: [p.heading.text for p in outline(bs, "en").parts if p.heading]  # noqa: E731
    assert heads(doc(5)) == [f"The item number {k} was improved a lot" for k in range(1, 6)]
    assert heads(doc(3)) == []


def test_a_question_labelled_q1_is_a_heading_line_and_columns_do_not_continue_a_heading():
    from bitext.segment import _broken

    assert heading_line("Q1. Can final-year undergraduates apply for part-time programmes?", "en")
    assert heading_line("Q2. Are there restrictions on applying for a programme in a different field from my undergraduate major?", "en")
    assert not _broken("四、每週進度", "週次 日期 主題", "zh") and _broken("一、总体", "目标", "zh")


def test_full_width_brackets_make_a_note_not_a_heading():
    from bitext.segment import runin_label

    assert not heading_line("［图略］", "zh")
    assert runin_label("［来源：GB/T 25069—2022，3.11，有修改］", "zh") is None


def test_a_numbered_bold_term_over_its_text_heads_it():
    from bitext.segment import _bold_term
    from bitext.text import detect_lang

    assert _bold_term("4.1.1 构造待签名串。", "zh") and _bold_term("4.1.3 设置 Authorization 头。", "zh")
    assert _bold_term("4.1.1 Building the string to sign.", "en")
    assert not _bold_term("4.1.2 请妥善保管密钥。", "zh")
    # Brackets typed in Chinese make a heading in Latin letters Chinese text.
    assert detect_lang("3.1 Java（Maven）") == "zh" and detect_lang("3.1 Java (Maven)") == "en"


def test_a_key_figure_marked_as_a_heading_is_text():
    from bitext.read import read_text

    text = ("# 华屿集团2023年ESG报告\n\n## 1 走进华屿\n\n# 148.62亿元\n\n2023年营业收入。\n\n## 2 ESG治理\n\n董事会负责ESG事务。\n\n"
            "# Huayu Group 2023 ESG Report\n\n## 1 About Huayu\n\n# RMB 14.862 billion\n\nRevenue in 2023.\n\n## 2 ESG Governance\n\n"
            "The Board oversees ESG matters.\n")
    src = read_text(text, "esg.md")
    heads = [p.heading.text for lang in ("zh", "en") for p in outline(src.blocks, lang).parts if p.heading]
    assert "148.62亿元" not in heads and "RMB 14.862 billion" not in heads
    assert "1 走进华屿" in heads and "2 ESG Governance" in heads


def test_a_heading_wrapped_at_the_hyphen_of_a_compound_is_joined_without_a_space():
    """'3.4 Local Buffering and Store-and-' over 'Forward': one heading, the compound whole."""
    from bitext.pipeline import process
    from bitext.read import read_text

    text = "\n".join(["3.4 本地缓存与断网续传", "", "网关在断网时把数据写入本地缓存，网络恢复后按时间顺序补传。", "",
                      "3.5 安全", "", "网关的所有接口都要求身份认证。", "", "",
                      "3.4 Local Buffering and Store-and-", "Forward", "",
                      "When the network is down, the gateway writes data to its local buffer and sends it later.", "",
                      "3.5 Security", "", "Every interface of the gateway requires authentication."])
    b = process(read_text(text, "manual.txt"))
    assert [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh] == [
        ("3.4 本地缓存与断网续传", "3.4 Local Buffering and Store-and-Forward"), ("3.5 安全", "3.5 Security")]


def test_a_chapters_long_title_that_lists_things_wrapped_over_two_lines_is_one_heading():
    """'第四章　财政、税收与港口' over '事务管理' (a PDF copy wraps the centred title): one
    heading; '第二章　总则' over a line of text is a heading over its text."""
    from bitext.pipeline import process
    from bitext.read import read_text

    text = "\n".join(["第四章　财政、税收与港口", "事务管理", "", "　　第三十五条　本港实行独立的财政制度。", "",
                      "第五章　附则", "", "　　第四十条　本章程自公布之日起施行。", "", "",
                      "Chapter IV Public Finance, Taxation and the Administration of Port Affairs", "",
                      "Article 35 The Port practises an independent financial system.", "",
                      "Chapter V Supplementary Provisions", "", "Article 40 This Charter comes into force on promulgation."])
    b = process(read_text(text, "charter.txt"))
    got = [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh and s.heading_zh.startswith("第") and "章" in s.heading_zh]
    assert got == [("第四章 财政、税收与港口事务管理", "Chapter IV Public Finance, Taxation and the Administration of Port Affairs"),
                   ("第五章 附则", "Chapter V Supplementary Provisions")]


def test_a_numbered_title_with_its_stop_is_in_title_case_and_a_short_article_is_not_one():
    for title in ("Chapter 2. Scope.", "Section 1 – Definitions.", "Article 5 – No Warranty; Limits on Liability.",
                  "Article 7. Transfer of Rights to the Assembly."):
        assert heading_line(title, "en"), title
    # An article of one short sentence, set off from its number by a stop.
    for text in ("Article 3. The capital of the island is Baytown.",
                 "Article 48. Referendums are conducted by the Electoral Commission in accordance with law."):
        assert not heading_line(text, "en"), text


def test_a_label_in_title_case_over_its_quotation_is_a_heading_and_a_step_is_a_lead_in():
    # Title Case leaves its small words in lower case: a label, not a sentence leading in.
    assert heading_line("(a) Oath of a Member of the Assembly:", "en")
    assert heading_line("(c) Oath of a Councillor:", "en")
    assert not heading_line("2. Install the package:", "en")
    assert not heading_line("They often quoted a saying:", "en")


def test_a_chapter_heading_wrapped_inside_its_list_is_one_heading():
    blocks = [Block("第三章　我们如何存储您的个人信息", "zh", 1), Block("我们在境内存储您的个人信息。", "zh", 3),
              Block("第四章　我们如何委托处理、共享、转让、", "zh", 5), Block("公开披露您的个人信息", "zh", 6),
              Block("未经您同意，我们不会共享您的个人信息。", "zh", 8)]
    heads = [p.heading.text for p in outline(blocks, "zh").parts if p.heading]
    assert heads == ["第三章\u3000我们如何存储您的个人信息", "第四章\u3000我们如何委托处理、共享、转让、公开披露您的个人信息"]
    blocks = [Block("Chapter 9 Notices and Announcements", "en", 1), Block("The Company shall give notice in writing.", "en", 3),
              Block("Chapter 10 Merger, Division, Capital Increase, Capital Reduction,", "en", 5),
              Block("Dissolution and Liquidation", "en", 6), Block("A merger of the Company shall be resolved by the meeting.", "en", 8)]
    heads = [p.heading.text for p in outline(blocks, "en").parts if p.heading]
    assert heads == ["Chapter 9 Notices and Announcements",
                     "Chapter 10 Merger, Division, Capital Increase, Capital Reduction, Dissolution and Liquidation"]


def test_the_first_heading_right_under_the_contents_that_names_one_of_its_entries_heads_its_section():
    """The next page's first line, with no blank line after the list: '局长致辞' is named by
    the entry '局长致辞 …… 1', so it is the heading, not one more entry."""
    blocks = [Block("目录", "zh", 1), Block("局长致辞 ………………… 1", "zh", 3), Block("第一章　概况 ………………… 2", "zh", 4),
              Block("编写说明 ………………… 9", "zh", 5), Block("局长致辞", "zh", 6),
              Block("2023年，全省统计系统较好完成了全年各项工作任务。", "zh", 8)]
    parts = outline(blocks, "zh").parts
    assert [p.heading.text for p in parts if p.heading] == ["局长致辞"]
    assert parts[-1].paragraphs[0].sentences[0].startswith("2023年")


def test_a_numbered_chapters_title_wrapped_before_its_year_is_one_heading():
    blocks = [Block("Chapter 1 Economic and Social Development of the Province", "en", 1), Block("in 2023", "en", 2),
              Block("This chapter is based on the preliminary annual statistics.", "en", 4),
              Block("1.1 Growth of the Economy", "en", 6), Block("The economy grew by 5.4 per cent.", "en", 8)]
    heads = [p.heading.text for p in outline(blocks, "en").parts if p.heading]
    assert heads == ["Chapter 1 Economic and Social Development of the Province in 2023", "1.1 Growth of the Economy"]


def test_a_point_of_a_list_whose_first_sentence_is_short_is_a_point_like_the_others():
    """Four notes numbered 一、 to 四、, two of them one sentence long: the two that go on
    after a short first sentence do not open sections of their own."""
    notes = ["一、本报告由统计局办公室会同各业务处室编写。第一章数据截至2024年3月底。",
             "二、本报告中社会保障、教育、卫生等数据分别来自省人力资源和社会保障厅、省教育厅等部门。",
             "三、部分数据因四舍五入的原因，存在总计与分项合计不等的情况。",
             "四、本报告电子版可在本局网站下载。如有疑问，请致函本局办公室。"]
    blocks = [Block("编写说明", "zh", 1)] + [Block(t, "zh", 3 + 2 * k) for k, t in enumerate(notes)]
    parts = outline(blocks, "zh").parts
    assert [p.heading.text for p in parts if p.heading] == ["编写说明"]
    assert len(parts[0].paragraphs) == 4
    # Where each point opens with its heading, they head their sections.
    heads = ["一、加强组织领导。各单位要明确责任分工。", "二、完善工作机制。建立定期会商制度。", "三、强化督促检查。定期通报工作进展。"]
    parts = outline([Block("保障措施", "zh", 1)] + [Block(t, "zh", 3 + 2 * k) for k, t in enumerate(heads)], "zh").parts
    assert [p.heading.text for p in parts if p.heading] == ["保障措施", "一、加强组织领导", "二、完善工作机制", "三、强化督促检查"]


def test_a_cases_name_after_a_dash_on_the_line_under_its_title_is_part_of_its_heading():
    zh = [Block("案例一　子女不得以父母分家不公为由拒绝履行赡养义务", "zh", 1), Block("——刘某某诉刘甲、刘乙赡养纠纷案", "zh", 2),
          Block("【基本案情】", "zh", 4), Block("刘某某现年82周岁，育有两子。", "zh", 5)]
    en = [Block("Case 1 Children May Not Refuse to Support Their Parents", "en", 1), Block("— Liu v. Liu A and Liu B (support dispute)", "en", 2),
          Block("[Facts]", "en", 4), Block("Liu, aged 82, has two sons.", "en", 5)]
    assert [p.heading.text for p in outline(zh, "zh").parts if p.heading][0] == "案例一　子女不得以父母分家不公为由拒绝履行赡养义务——刘某某诉刘甲、刘乙赡养纠纷案"
    assert [p.heading.text for p in outline(en, "en").parts if p.heading][0] == ("Case 1 Children May Not Refuse to Support Their Parents"
                                                                                " — Liu v. Liu A and Liu B (support dispute)")
    # A sentence after a dash is text.
    said = [Block("一、总体要求", "zh", 1), Block("——坚持稳中求进，推动高质量发展。", "zh", 2), Block("全年工作稳步推进。", "zh", 4)]
    assert [p.heading.text for p in outline(said, "zh").parts if p.heading] == ["一、总体要求"]


def test_a_heading_printed_with_its_characters_spaced_out_reads_as_written_close():
    """'附　录　A' over '（资料性）' over its title is the annex's heading; '参　考　文　献'
    heads the references under it, '[1] …' to '[3] …', a list."""
    blocks = [Block("附　录　A", "zh", 1), Block("（资料性）", "zh", 2), Block("无障碍服务需求登记表示例", "zh", 3),
              Block("无障碍服务需求登记表示例见表A.1。", "zh", 5), Block("参　考　文　献", "zh", 7),
              Block("[1] 中华人民共和国公共图书馆法", "zh", 9), Block("[2] 中华人民共和国无障碍环境建设法", "zh", 10),
              Block("[3] WH/T 87.1 图书馆馆藏资源数字化加工规范", "zh", 11)]
    parts = outline(blocks, "zh").parts
    assert [p.heading.text for p in parts if p.heading] == ["附录 A（资料性）无障碍服务需求登记表示例", "参考文献"]
    assert len(parts[-1].paragraphs) == 3
    # Two characters alone, a form's columns, stay as written.
    form = [Block("登记表", "zh", 1), Block("是　否", "zh", 3), Block("请在相应栏内打勾。", "zh", 4)]
    said = [t for p in outline(form, "zh").parts for t in ([p.heading.text] if p.heading else [])
            + [s for para in p.paragraphs for s in para.sentences]]
    assert "是　否" in said and "是否" not in said


def test_a_command_named_in_lower_case_before_its_numbered_title_and_a_title_cut_after_and():
    assert heading_line("4.1 init: Initialize a Workspace", "en")
    assert heading_line("4.1 init：初始化工作區", "zh")
    assert not heading_line("4.1 init: run this first to create the workspace", "en")
    blocks = [Block("（三）在無網路連線的環境中進行離線安裝並", "zh", 1), Block("驗證安裝檔的完整性", "zh", 2),
              Block("在無法連上網際網路的主機上，請先下載壓縮檔。", "zh", 4)]
    assert [p.heading.text for p in outline(blocks, "zh").parts if p.heading] == ["（三）在無網路連線的環境中進行離線安裝並驗證安裝檔的完整性"]


def test_a_chapters_title_listing_things_wrapped_before_its_last_and_is_one_heading():
    blocks = [Block("Chapter 5 Software Updates, Technical Support, Online", "en", 1),
              Block("Services and Personal Information Protection", "en", 2), Block("Article 18 Updates and Upgrades", "en", 4),
              Block("The Licensor may provide updates to the Software.", "en", 6)]
    heads = [p.heading.text for p in outline(blocks, "en").parts if p.heading]
    assert heads[0] == "Chapter 5 Software Updates, Technical Support, Online Services and Personal Information Protection"


def test_an_english_section_title_cut_after_a_word_it_cannot_stop_at_goes_on_in_lower_case():
    blocks = [Block("3. Performances to which this Ordinance does", "en", 1), Block("not apply", "en", 2),
              Block("This Ordinance does not apply to a performance at a licensed venue.", "en", 4)]
    heads = [p.heading.text for p in outline(blocks, "en").parts if p.heading]
    assert heads == ["3. Performances to which this Ordinance does not apply"]


def test_a_contents_entry_with_full_width_leaders_is_an_entry():
    """"附錄甲　施工前工地視察核對表．．．．．．．．4": full-width full stops lead to its page."""
    from bitext.headings import TOC_ENTRY
    from bitext.segment import entry_name
    assert TOC_ENTRY.search("附錄甲　施工前工地視察核對表．．．．．．．．．．．．．．．4")
    assert TOC_ENTRY.search("第一章　總則・・・・・・・・・・1")
    # An ordinance's contents give a part's page: "1-2" is page 2 of Part 1.
    assert TOC_ENTRY.search("3. 適用範圍 .................................................. 1-2")
    assert not TOC_ENTRY.search("第2部 碼頭的管理及使用 1-2")
    assert entry_name("附錄甲　施工前工地視察核對表．．．．．．．．4") == "附錄甲施工前工地視察核對表"


def test_a_contents_entry_whose_page_is_a_roman_number_is_an_entry():
    from bitext.headings import TOC_ENTRY
    from bitext.segment import entry_name
    assert TOC_ENTRY.search("Foreword .................................................... II")
    assert entry_name("Foreword ........ II") == "Foreword" and entry_name("Part II") == "PartII"
    blocks = [Block("Contents", "en", 1), Block("Foreword .................... II", "en", 3),
              Block("Introduction ................ III", "en", 4), Block("1 Scope ..................... 1", "en", 5),
              Block("Foreword", "en", 7), Block("This document was drafted under the rules of GB/T 1.1.", "en", 9),
              Block("1 Scope", "en", 11), Block("This document specifies the compartments.", "en", 13)]
    heads = [p.heading.text for p in outline(blocks, "en").parts if p.heading]
    assert heads[-2:] == ["Foreword", "1 Scope"] and "Foreword .................... II" not in heads


@pytest.mark.parametrize("text,expected", [
    ("**第一章 总则**", "第一章 总则"),
    # A bold heading wrapped over two lines is one heading.
    ("**10. Changes to, Interruption and\nTermination of the Service**", "10. Changes to, Interruption and Termination of the Service"),
    ("**第十条 服务的变更、中断\n与终止**", "第十条 服务的变更、中断与终止"),
    # Two bold runs over two lines, or three lines, are no heading.
    ("**注意**\n**请勿关机**", None), ("**a**\nb\nc**", None),
])
def test_a_bold_markdown_paragraph_as_a_heading(text, expected):
    from bitext.segment import md_line_heading

    assert md_line_heading(text) == expected


def test_a_steps_number_before_a_short_title_on_a_line_of_its_own_is_a_heading_line():
    """"第一步：在服务端创建订单" heads its step as "Step 1: Create an order on your server" does;
    a step that says what to do in a sentence is the step's text."""
    assert heading_line("第一步：在服务端创建订单", "zh")
    assert heading_line("Step 1: Create an order on your server", "en")
    assert not heading_line("第一步：持《住院通知单》到住院处办理手续。", "zh")
    assert not heading_line("电话：023-6688 1234", "zh")
    # So does a stage's: "第二阶段：提交完整项目书" is "Stage 2: Full proposal".
    assert heading_line("第二阶段：提交完整项目书", "zh") and heading_line("第三階段：面談與實地走訪", "zh")
    assert not heading_line("第二阶段：申请人应在四周内提交完整项目书。", "zh")


def test_a_heading_may_start_with_a_name_in_lower_case():
    assert heading_line("iOS:", "en") and heading_line("iPhone Setup", "en")
    assert not heading_line("and the rest of the sentence", "en")


def test_a_headings_place_counts_text_not_a_contents_leader_or_latin_letters():
    """A Chinese contents list's dot leaders fill lines that hold a third as many characters
    as English ones, and an English licence quoted in the Chinese half is long in letters:
    neither may push the Chinese headings' places away from the English ones'."""
    from bitext.pair import candidates
    from bitext.read import read_text

    heads = ["总则", "账号注册", "服务内容", "费用结算", "知识产权", "争议解决"]
    en_heads = ["General Provisions", "Account Registration", "Services", "Fees and Payment",
                "Intellectual Property", "Dispute Resolution"]
    contents = [f"第{'一二三四五六'[k]}章 {h} " + "." * 60 + f" {k + 1}" for k, h in enumerate(heads)]
    zh = [f"第{'一二三四五六'[k]}章 {h}\n\n" + "本章规定双方在本协议项下的权利和义务，用户应当遵守。" * 6 for k, h in enumerate(heads)]
    quoted = "\n\n" + "Permission is hereby granted, free of charge, to any person obtaining a copy. " * 6
    zh[2] += quoted
    en = [f"Chapter {k + 1} {h}\n\n" + "This Chapter sets out the rights and obligations of the parties under this Agreement. " * 4
          for k, h in enumerate(en_heads)]
    en[2] += quoted
    text = "目  录\n\n" + "\n".join(contents) + "\n\n" + "\n\n".join(zh) + "\n\n" + "\n\n".join(en) + "\n"
    src = read_text(text, "agreement.txt")
    zc = [c for c in candidates(outline(src.blocks, "zh")) if c.heading.text.startswith("第")]
    ec = [c for c in candidates(outline(src.blocks, "en")) if c.heading.text.startswith("Chapter")]
    assert len(zc) == len(ec) == 6
    assert all(abs(z.pos - e.pos) < 0.05 for z, e in zip(zc, ec)), [(round(z.pos, 2), round(e.pos, 2)) for z, e in zip(zc, ec)]


def test_two_numbered_headings_titles_are_compared_without_their_numbers():
    """A section only the English has moves its numbers on by one: the titles' words, not
    the shared "12", say which English heading "第十二條 合約之終止" translates."""
    from bitext.model import Heading
    from bitext.pair import Candidate, heading_score

    def c(k, text, pos):
        return Candidate(k, Heading(text, k, "strong"), pos)

    z = c(0, "第十二條 合約之終止", 0.75)
    assert heading_score(z, c(1, "Section 13. Termination", 0.76)) > heading_score(z, c(0, "Section 12. U.S. Government End Users", 0.75))


def test_a_notes_label_in_brackets_heads_nothing():
    """A manual's notes, "【说明】…" / "[NOTE] …", are part of the text; a label that names a
    part of the text ("【审慎阅读】…") still opens it."""
    from bitext.segment import bracket_label
    assert bracket_label("【说明】首次同步前，建议先使用预览功能。", "zh") is None
    assert bracket_label("[NOTE] Before the first synchronization, use the Preview function.", "en") is None
    assert bracket_label("【审慎阅读】您在申请注册流程中点击同意前，应当认真阅读。", "zh") == ("【审慎阅读】", "您在申请注册流程中点击同意前，应当认真阅读。")


def test_a_sentence_with_an_issue_number_after_it_ends_there():
    """A changelog's item ends with the issue it fixes: "… from 3.x. (#1702)" is a sentence,
    not a heading line; a title with its year or a section reserved stays unfinished."""
    from bitext.text import ends_with_final_punct

    assert ends_with_final_punct("Fixed settings migration failing for some users upgrading from 3.x. (#1702)")
    assert ends_with_final_punct("修复文件名中含有 emoji 时无法保存的问题。(#1901)") and ends_with_final_punct("Fix a crash. (QM-123)")
    assert not ends_with_final_punct("Version 4.0.0 (11 December 2023)") and not ends_with_final_punct("Section 3. (Reserved)")
    assert not ends_with_final_punct("3.2 Release (#12)")


def test_an_english_line_of_values_and_code_with_no_word_is_no_heading():
    assert not heading_line('"", "1715236200000", "q8Zr2mVn4Lx7Tb1K"))', "en")
    assert heading_line("Q&A", "en") and heading_line("2024", "en") and heading_line("iOS 17", "en")


def test_an_ordinances_contents_with_part_and_page_codes_heads_nothing():
    """An ordinance's contents list under its columns' heads ("條次    頁次"), its entries ending
    in the part and the page ("1.    簡稱    1-1"), grouped under each part's number and name
    on two lines: the groups' labels are entries too, and each part heads once, in the text."""
    from bitext.pipeline import process
    from bitext.read import read_text

    def half(toc, col, parts, secs, body):
        out = [toc, col, ""]
        for k, (p, name) in enumerate(parts):
            out += ["", p, name] + [f"{2 * k + n + 1}.    {secs[2 * k + n]}                    {k + 1}-1" for n in range(2)]
        out += [""]
        for k, (p, name) in enumerate(parts):
            out += ["", p, name, ""]
            for n in range(2):
                out += [f"{2 * k + n + 1}. {secs[2 * k + n]}", body.format(2 * k + n + 1), ""]
        return out

    zh = half("目錄", "條次                                頁次", [("第1部", "導言"), ("第2部", "註冊"), ("第3部", "雜項")],
              ["簡稱", "釋義", "註冊主任", "紀錄冊", "規例", "費用"], "本條例第{}條的規定如下，各人須遵守。")
    en = half("Contents", "Section                            Page",
              [("Part 1", "Preliminary"), ("Part 2", "Registration"), ("Part 3", "Miscellaneous")],
              ["Short title", "Interpretation", "Registrar", "Register", "Regulations", "Fees"],
              "Section {} of this Ordinance provides as follows, and every person shall comply with it.")
    b = process(read_text("\n".join(["港燈註冊條例", ""] + zh + ["", "Harbour Lights Registration Ordinance", ""] + en), "o.txt"))
    heads = [(s.heading_zh, s.heading_en) for s in b.sections if s.headed]
    assert heads.count(("第1部 導言", "Part 1 Preliminary")) == 1 and heads.count(("第3部 雜項", "Part 3 Miscellaneous")) == 1
    assert not any(z and ("頁次" in z or "1-1" in z) for z, _ in heads)
    assert ("1. 簡稱", "1. Short title") in heads


def test_a_table_of_two_columns_between_bars_is_rows_not_headings():
    """A glossary set as a table between bars in a plain text ("| 游船 | cruise vessel |"):
    each row is a row, not a heading in two languages."""
    from bitext.headings import table_row

    assert table_row("| 游船 | cruise vessel |") and table_row("｜载客定额｜passenger capacity｜")
    assert not table_row("一、总则 | General Provisions") and not table_row("| 注 |")


def test_headings_wrapped_after_a_comma_a_conjunction_or_a_list_are_one_heading():
    """A chapter's title cut in its list over three centred lines ("CHAPTER VI" / "EDUCATION, …,
    RELIGION," / "LABOUR AND SOCIAL SERVICES"); a part's title cut after "及" or "and" with a long
    line after it; a Title Case title cut in its list before its object."""
    lines = ["CHAPTER VI", "EDUCATION, SCIENCE, CULTURE, SPORTS, RELIGION,", "LABOUR AND SOCIAL SERVICES",
             "The Government shall formulate its policies on education."]
    assert [h for _, h in _heads(_blocks(lines, "en"), "en")][0] == (
        "CHAPTER VI EDUCATION, SCIENCE, CULTURE, SPORTS, RELIGION, LABOUR AND SOCIAL SERVICES")
    lines = ["第六部分\u3000資料保安、病歷保存期限及", "病歷與醫學影像紀錄的銷毀安排", "本院採取適當措施保障資料安全。"]
    assert [h for _, h in _heads(_blocks(lines, "zh"), "zh")][0] == "第六部分\u3000資料保安、病歷保存期限及病歷與醫學影像紀錄的銷毀安排"
    lines = ["Part 6  Data Security, Retention of Medical Records and", "Arrangements for the Destruction of Records and Medical Images",
             "We take appropriate steps to keep your data secure."]
    assert [h for _, h in _heads(_blocks(lines, "en"), "en")][0] == (
        "Part 6  Data Security, Retention of Medical Records and Arrangements for the Destruction of Records and Medical Images")
    lines = ["V. How We Share, Transfer and Publicly Disclose", "Children's Personal Information",
             "We never sell children's personal information."]
    assert [h for _, h in _heads(_blocks(lines, "en"), "en")][0] == (
        "V. How We Share, Transfer and Publicly Disclose Children's Personal Information")
    # (A title as long with no list in it stands whole over a capitalised line.)
    lines = ["V. How We Keep the Information That We Collect", "Retention Periods Table", "We keep it for a year."]
    assert [h for _, h in _heads(_blocks(lines, "en"), "en")][0] == "V. How We Keep the Information That We Collect"


def test_a_command_reference_interleaved_heads_each_command_and_its_parts():
    """A command-line reference copied from a docs site, each Chinese line over its English one:
    "ftl login — 登入帳戶" / "ftl login — Sign In" heads the command's section (it names an
    account action, no menu), and "語法", "說明" under it head theirs, not a list's lines."""
    from bitext.furniture import navigation_line
    from bitext.pipeline import process
    from bitext.read import read_text

    assert not navigation_line("ftl login — Sign In") and navigation_line("Products   Docs   Pricing   Community   Sign in")
    lines = ["全域選項", "Global Options", "", "下列選項適用於所有命令。", "The following options apply to every command.", ""]
    for cmd, zh, en in (("login", "登入帳戶", "Sign In"), ("deploy", "部署新版本", "Deploy a Release"), ("logs", "檢視日誌", "View Logs")):
        lines += [f"ftl {cmd} — {zh}", f"ftl {cmd} — {en}", "", "語法", "Synopsis", "", f"    ftl {cmd} [--profile <名稱>]", "",
                  "說明", "Description", "", f"執行 ftl {cmd} 即可完成這項操作，並在終端機中顯示結果。",
                  f"Run ftl {cmd} to carry out this action; the result is shown in the terminal.", ""]
    b = process(read_text("\n".join(lines), "ref.txt"))
    heads = [(s.heading_zh, s.heading_en) for s in b.sections if s.headed]
    assert ("ftl login — 登入帳戶", "ftl login — Sign In") in heads and ("ftl logs — 檢視日誌", "ftl logs — View Logs") in heads
    assert heads.count(("說明", "Description")) == 3


@pytest.mark.parametrize("text,label", [
    ("4. Transfer of Personal Data outside Hong Kong: Personal data may be stored in places outside Hong Kong.",
     "4. Transfer of Personal Data outside Hong Kong:"),   # its number is no word of the label
    ("15.3 The above limitations do not apply to: liability for death or personal injury.", None),  # leads into its object
    ("Transfer of Personal Data to Places outside Hong Kong: Personal data may be stored abroad.", None),  # eight words
])
def test_an_english_run_in_labels_words(text, label):
    from bitext.segment import runin_label
    got = runin_label(text, "en")
    assert (got[0] if got else None) == label


def test_a_rule_under_a_contents_list_drawn_again_between_chapters_heads_nothing():
    """A contents list that ends with a rule ("────"), the same rule again before each chapter:
    the rule is no line the contents list names, and no heading."""
    from bitext.model import Block

    rule = "────────────────────────────────"
    chapters = ["第一章　市場概覽", "第二章　證券市場", "第三章　衍生產品市場", "第四章　定息及貨幣產品", "第五章　結算及風險管理",
                "第六章　投資者結構", "第七章　2024年展望"]
    lines = [(rule, 11), ("目錄", 12), ("主席的話", 14)] + [(c, 15 + k) for k, c in enumerate(chapters)] + [
        ("重要聲明", 22), (rule, 23), ("主席的話", 25), ("年內，本所繼續推進多項市場改革，新一代交易系統順利上線。", 27), ("主席", 29),
        ("梁恩遠", 30), (rule, 32)]
    n = 34
    for c in chapters:
        lines += [(c, n), (f"{c[4:]}方面，全年運行平穩，各項指標較上年有所改善。", n + 2), (rule, n + 4)]
        n += 6
    lines += [("重要聲明", n), ("本文件僅供參考。", n + 2)]
    blocks = [Block(t, "zh", n) for t, n in lines]
    heads = [p.heading.text for p in outline(blocks, "zh").parts if p.heading is not None]
    assert not any("─" in h for h in heads) and "第一章　市場概覽" in heads


@pytest.mark.parametrize("line,heads", [
    ("1. Agriculture: stable production and a good autumn harvest in prospect", True),
    ("2. Industry: faster growth, with high-tech manufacturing taking the lead", True),
    ("(f) Sensitive Personal Data: the Service is not designed for sensitive data", False),
    ("C. Working conditions: monthly pay, weekly hours, daily travel time, allowance", False),
    ("4. Resume job scheduling: dgctl scheduler resume --all", False),
    ("1. Push SDK (provider: a push-technology company in Shenzhen)", False),
])
def test_a_numbered_heading_may_go_on_in_lower_case_after_its_short_name(line, heads):
    """A bulletin's "1. Agriculture: stable production …": a name, then a phrase in lower case;
    not a sentence, a list, a command or a bracketed note after the colon."""
    assert heading_line(line, "en") is heads


def test_a_numbered_title_wrapped_with_its_last_words_is_one_heading():
    zh = [Block("4.3 在无操作系统（裸机）环境下运行 SDK", "zh", 1), Block("的适配方法", "zh", 2),
          Block("对于资源有限的项目，SDK 提供了裸机适配。", "zh", 4)]
    en = [Block("4.3 Running the SDK Without an Operating System", "en", 1), Block("(Bare-Metal Adaptation)", "en", 2),
          Block("For projects that do not use an RTOS, the SDK provides a bare-metal port.", "en", 4)]
    assert [p.heading.text for p in outline(zh, "zh").parts if p.heading] == ["4.3 在无操作系统（裸机）环境下运行 SDK的适配方法"]
    assert [p.heading.text for p in outline(en, "en").parts if p.heading] == [
        "4.3 Running the SDK Without an Operating System (Bare-Metal Adaptation)"]
    # A note in brackets under an article's number is no part of its title.
    deleted = [Block("Article 12", "en", 1), Block("(Deleted)", "en", 2), Block("Article 13", "en", 4), Block("Text.", "en", 5)]
    assert [p.heading.text for p in outline(deleted, "en").parts if p.heading][0] == "Article 12"


def test_a_long_numbered_chinese_heading_with_latin_names_is_a_heading_line():
    """Each Latin name counts as one word; a sentence with a path in it stays too long to head."""
    assert heading_line("3.4 配置针对 Oracle、SQL Server 与 PostgreSQL 数据库的在线一致性备份策略", "zh")
    assert not heading_line("服务日志位于 /var/log/qlsync/qlsyncd.log，审计日志位于 /var/log/qlsync/audit.log 目录下", "zh")


def test_a_chapters_title_wrapped_with_its_last_words_a_list_of_two():
    from bitext.segment import _broken

    assert _broken("第四章　组织机构和负责人", "产生、罢免", "zh")
    assert not _broken("第四章　组织机构和负责人", "理事会、监事会、秘书处", "zh")  # three names: a list under it


def test_a_heading_wrapped_where_the_contents_list_names_it_whole_is_one():
    """A policy copied from a PDF wraps a long heading anywhere, even inside a word
    ("…公开披露您的个" / "人信息"); its contents list names the heading whole, with its page.
    The two lines are that heading. A number in brackets under a notice's title, which the
    list names with it, stays apart."""
    from bitext.segment import outline

    body = "我们仅会在获得您的单独同意后，才会向第三方提供您的个人信息。"
    lines = ["目录", "", "一、我们如何收集您的个人信息 ........ 2", "二、我们如何使用Cookie ........ 3",
             "三、我们如何委托处理、共享、转让、公开披露您的个人信息 ........ 4", "", "一、我们如何收集您的个人信息", body, "",
             "二、我们如何使用Cookie", body, "", "三、我们如何委托处理、共享、转让、公开披露您的个", "人信息", body, ""]
    blocks = [Block(t, "zh", n) for n, t in enumerate(lines, 1) if t]
    heads = [p.heading.text for p in outline(blocks, "zh").parts if p.heading]
    assert "三、我们如何委托处理、共享、转让、公开披露您的个人信息" in heads
    lines = ["目录", "", "滨海市人民代表大会常务委员会公告（第十九号）……………………………… 1", "第一章 总则 ……………………………… 2", "第二章 附则 ……………………………… 3", "",
             "滨海市人民代表大会常务委员会公告", "（第十九号）", body, "", "第一章 总则", body, "", "第二章 附则", body]
    blocks = [Block(t, "zh", n) for n, t in enumerate(lines, 1) if t]
    heads = [p.heading.text for p in outline(blocks, "zh").parts if p.heading]
    assert "滨海市人民代表大会常务委员会公告（第十九号）" not in heads



def test_a_heading_over_a_timeline_is_one_and_its_dated_entries_are_text():
    """A report's "highlights of the year": a short line over entries that each open with
    a date, line by line. The entries are no headings (they were already text, as a list);
    the line over them heads a section and is not taken for the list's first item."""
    zh = [Block("来年重点工作如下。", "zh", 1), Block("年度大事记", "zh", 3),
          Block("2023年4月　数码长者计划开展", "zh", 5), Block("2023年7月　服务中心完成翻新", "zh", 7),
          Block("2024年3月　社区厨房开幕", "zh", 9), Block("服务成果", "zh", 11), Block("本会服务逾四千名会员。", "zh", 13)]
    en = [Block("Our priorities for next year follow.", "en", 1), Block("Highlights of the Year", "en", 3),
          Block("April 2023  Launch of the Digital Elders project", "en", 5),
          Block("July 2023  The service centre reopened after renovation", "en", 7),
          Block("March 2024  Opening of the Community Kitchen", "en", 9), Block("Service Achievements", "en", 11),
          Block("We served over 4,000 members.", "en", 13)]
    assert [p.heading.text for p in outline(zh, "zh").parts if p.heading] == ["年度大事记", "服务成果"]
    assert [p.heading.text for p in outline(en, "en").parts if p.heading] == ["Highlights of the Year", "Service Achievements"]
    # A line that a date opens is the timeline's first entry, not its heading.
    dated = [Block("2023年1月　计划启动", "zh", 1), Block("2023年4月　首期完成", "zh", 3), Block("2023年9月　全面推广", "zh", 5),
             Block("正文。", "zh", 7)]
    assert [p.heading for p in outline(dated, "zh").parts] == [None]


@pytest.mark.parametrize("line,expected", [
    ("Case Story: Mrs Chan's \"New Neighbours\"", True), ("Case Story: Mrs Chan’s “New Neighbours”", True),
    ("Spotlight: A Night in the Ward", True), ("Note: see below", False),
])
def test_a_column_and_its_quoted_title_is_a_heading_line(line, expected):
    assert heading_line(line, "en") is expected


def test_an_articles_title_in_capitals_wrapped_in_its_list():
    """A title in capitals that lists things, wrapped before the last of them, is one heading."""
    from bitext.segment import _broken

    assert _broken("ARTICLE 5 THIRD-PARTY COMPONENTS, OPEN SOURCE", "SOFTWARE AND DATA SERVICES", "en")
    assert not _broken("ARTICLE 4 INTELLECTUAL PROPERTY", "SOFTWARE AND DATA SERVICES", "en")


@pytest.mark.parametrize("line, lang", [("(1) 本公司設有下列類別的成員──", "zh"), ("(1) The Company has the following classes of members--", "en"),
                                        ("(1) 本公司設有下列類別的成員——", "zh"), ("(1) The Company has the following classes of members—", "en")])
def test_a_clause_that_leads_into_its_list_with_a_dash_is_no_heading(line, lang):
    """An ordinance's dash before its list, as a code page writes it too: Big5's "──", ASCII's "--"."""
    assert not heading_line(line, lang)


def test_a_heading_wrapped_where_the_text_names_it_whole_is_one_heading():
    """A policy lists what it covers, each point on a line, with no pages; further on, a point's
    heading is wrapped before its last word: one heading, as the list names it. A page's number
    under a heading ("…报告摘要" / "1") is not the rest of it, whatever the text says elsewhere."""
    blocks = _at([(1, "本政策将帮助您了解以下内容："), (2, "一、我们如何收集和使用您的个人信息"),
                  (3, "二、我们如何委托处理、共享、转让、公开披露您的个人信息"), (4, "三、本政策如何更新"),
                  (6, "一、我们如何收集和使用您的个人信息"), (7, "我们会遵循正当、合法、必要的原则收集您的个人信息。"),
                  (9, "二、我们如何委托处理、共享、转让、公开披露您的个人"), (10, "信息"),
                  (11, "我们仅会出于合法、正当、必要、特定、明确的目的共享您的个人信息。"),
                  (13, "三、本政策如何更新"), (14, "我们的隐私政策可能变更。")], "zh")
    heads = [p.heading.text for p in outline(blocks, "zh").parts if p.heading]
    assert "二、我们如何委托处理、共享、转让、公开披露您的个人信息" in heads
    blocks = _at([(1, "澄岳智能装备股份有限公司 2024年半年度报告摘要1"), (3, "一、重要提示"), (4, "本半年度报告摘要来自半年度报告全文。"),
                  (6, "澄岳智能装备股份有限公司 2024年半年度报告摘要"), (7, "1"), (9, "二、公司基本情况"), (10, "公司简介如下。")], "zh")
    assert [p.heading.text for p in outline(blocks, "zh").parts if p.heading].count("澄岳智能装备股份有限公司 2024年半年度报告摘要1") == 1
    # (Nor a chart's values under its name: "Trophic Level Index" / "55 Mild eutrophication (50)".)
    blocks = _at([(1, "Summary"), (2, "The lake's Trophic Level Index 55 Mild eutrophication (50) was stable."),
                  (4, "Trophic Level Index"), (5, "55 Mild eutrophication (50)"), (7, "Water Quality"), (8, "The water was good.")], "en")
    blocks[1] = Block("Trophic Level Index 55 Mild eutrophication (50)\nwas the reading in the year.", "en", 2)
    assert "Trophic Level Index 55 Mild eutrophication (50)" not in [p.heading.text for p in outline(blocks, "en").parts if p.heading]
