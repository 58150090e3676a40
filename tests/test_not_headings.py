"""Lines with a heading's shape that head nothing, and the other heading rules
of the pairing stage, one case at a time."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from bitext.headings import date_line, never_heading, scope_frame, speech_lead
from bitext.markdown_input import split_bilingual
from bitext.pipeline import process
from bitext.read import read_text

ROOT_FIX = Path(__file__).parent / "fixtures" / "layouts"


@pytest.mark.parametrize("line,expected", [
    ("2026年3月", True), ("March 2026", True), ("更新日期：2026年4月2日　生效日期：2026年4月9日", True),
    ("Last updated: 2 April 2026. Effective: 9 April 2026.", True), ("Version 1.0, January 2026", True),
    ("第1.0版　2026年1月", True), ("2026年3月1日起生效", True), ("本办法自2025年1月1日起施行", False),
    ("一、2025年工作回顾", False), ("Annual Report 2024", False), ("Version 3.2", False), ("版本 3.2", False),
    ("Release Plan for Version 3.0", False),
    ("Version 2025.03 – Effective from 1 March 2025", True), ("版本2025.03 – 自2025年3月1日起生效", True),
    ("自行车 2025年3月", False), ("Valid from 1 May 2026", True),
    # A gazette's issue beside its date, and a date written day first.
    ("第 24 期 — 2024 年 6 月 10 日", True), ("N.º 24 — 10-6-2024", True), ("版本日期：1.7.2024", True),
    ("No. 24 Policy", False), ("3.1.2 术语", False),
    # Dates side by side are a table's columns.
    ("2025年          2024年", False), ("30 June 2025 31 December 2024", False), ("2023年—2024年", True),
    # In Chinese numerals, as a cover or a signature dates it.
    ("二〇二四年五月", True), ("二〇二四年十二月三十一日", True), ("二〇二四年工作要点", False), ("二〇二四年五月工作安排", False),
])
def test_date_lines(line, expected):
    assert date_line(line) is expected


@pytest.mark.parametrize("line,expected", [
    ("END OF TERMS AND CONDITIONS", True), ("条款结束", True), ("（全文完）", True),
    ("Copyright © 2026 Fernleaf Software Trust", True), ("版权所有 © 2026 蕨叶软件信托", True),
    ("End User Licence", False), ("会议结束后的安排", False), ("Endpoints", False), ("第一章 总则", False),
    ("Copyright", False), ("Copyright 2024 Acme Inc.", True),
    ("Copyright [yyyy] [name of copyright owner]", True), ("版权所有 [年份] [权利人名称]", True),
    ("Copyright <year> <owner>", True), ("Copyright and Licensing", False), ("版权所有与许可", False),
    ("Ends/Friday, March 14, 2025", True), ("Ends", True), ("Ends and Means", False),
    ("单位：元", True), ("Unit: RMB", True), ("Currency: HKD", True), ("单位介绍", False), ("Units of Study", False),
    ("返回顶部", True), ("↑ Back to top", True), ("Top Priorities", False), ("▲ Back to top 返回頁首", True),
    ("Section 4                                        Cap. 741A", True), ("第4條\u3000\u3000第741A章", True), ("1.7.2026   741A-3", True),
    ("第4章", False), ("Part 4", False),
    ("Back to top | 返回頂部", True), ("回頁首", True), ("Top", True), ("Top Management", False),
    # A web page's owner with the words after it, in its footer.
    ("青潭市政府法制處 版權所有", True), ("澄江数据科技有限公司版权所有，侵权必究", True), ("版權所有", False), ("著作權聲明", False),
    ("□适用 √不适用", True), ("中国·澄湾 2024 年 4 月 25 日", True), ("Chengwan, China, 25 April 2024", True),
    ("Hong Kong, March 5, 2026", True), ("Board Meeting 12 March 2024", False),
    # The period a statement's figures cover.
    ("截至二零二四年三月三十一日止年度（港幣千元）", True), ("For the year ended 31 March 2024 (HK$’000)", True),
    ("For the six months ended 30 June 2025", True), ("As at 30 June 2025", True), ("截至目前的工作进展", False),
    ("Year in Review", False),
    # A council paper's number and the meeting it is for.
    ("LC Paper No. CB(2)1187/23-24(04)", True), ("立法會CB(2)1187/23-24(04)號文件", True),
    ("For discussion on 14 May 2024", True), ("供2024年5月14日討論", True), ("Discussion Paper", False),
    ("會員大會文件之三", True), ("General Assembly Document No. 3", True), ("會員大會文件", False), ("Policy Document", False),
    ("（图）9月28日，市民在云河市图书馆新馆少儿阅读区读书", True), ("（现场图片：柯蔓发布海报）", True),
    ("Photo: Residents read in the children's area", True), ("(Photo by Lin Xiaozhou)", True),
    ("图书馆建设", False), ("Photography Competition", False),
    # A notice's part on what is done with photos says two things or more: no caption.
    ("照片：登记机拍摄的照片会打印在访客证上。我们不会对照片进行人脸识别。", False),
    ("Photos: the kiosk photo is printed on your visitor pass. We do not run facial recognition on it.", False),
    # Who compiled it, on its cover.
    ("江岭省统计局　编", True), ("澜江市统计局编", True), ("统计资料汇编", False), ("法规选编", False),
    ("雲濱縣政府研究發展考核處編印", True), ("Compiled and published by the Evaluation Office, Yunbin County Government", True),
    ("Compiled Statistics", False), ("青松湿地学会秘书处　印", True), ("印刷与出版", False), ("第七章　复印与存档", False),
    # A street address on its own line.
    ("香港九龍觀塘道000號創意大廈12樓", True), ("12/F, Creative Tower, 000 Kwun Tong Road, Kowloon, Hong Kong", True),
    ("1 Queen Street, Sydney NSW 2000", True), ("3 Road Safety", False), ("中正路改造工程", False),
    ("Section 3, Main Street Design", False),
    # An official's title and name under what they sign.
    ("部長　林○○", True), ("市长　周立新", True), ("Minister Lin", True), ("Mayor Zhou Lixin", True),
    ("局长致辞", False), ("Director Responsibilities", False), ("President's Message", False), ("Principal Risks", False),
    # A letter's greeting and its closing.
    ("親愛的病友與家屬您好：", True), ("尊敬的用户：", True), ("Dear Customers,", True), ("院長林正宏敬上", True),
    ("書途數位股份有限公司敬啟", True), ("Dear Reader Programme", False), ("敬老服务", False),
    # A whole number alone: a chart's tick drawn in text.
    ("60", True), ("2024", True), ("60 Water Quality", False), ("一、60年回顾", False),
    # A notice over the opening of terms heads it, with its colon too ("**重要提示：**"); a note does not.
    ("重要提示", False), ("重要提示：", False), ("温馨提示：", False), ("注意：", True), ("Note:", True),
    # A configuration file's table and key, a command's inline file's end, a word between two ways
    # of doing it, a docs page's link to its source; not a heading that names them.
    ("[upstream.auth]", True), ("[[route]]", True), ('level = "warn"', True), ("EOF", True), ("或", True), ("or", True),
    ("Edit this page on GitHub", True), ("在 GitHub 上编辑此页", True),
    ("下載PDF版本（中文／English，812KB）", True), ("Download PDF (Chinese/English, 812 KB)", True), ("下载与安装", False),
    ("留言（2）", True), ("Comments (2)", True), ("相關頁面", True), ("Related pages", True), ("Comments", False), ("相关政策", False),
    ("[Schedule 1]", False), ("Orders", False), ("Editing Pages", False), ("编辑页面设置", False),
    # A person to contact, with their office; not a heading that names a role.
    ("沈怡然女士，法务合规部", True), ("Ms Shen Yiran, Legal & Compliance", True), ("Dr. Lin Wei, Data Protection Officer", True),
    ("王先生", False), ("Data Protection Officer", False), ("Mr and Mrs Smith", False),
    # A printed page's note that the text goes on, in both languages or split between them.
    ("（續下頁 / Continued overleaf）", True), ("（續下頁", True), ("Continued overleaf）", True), ("(continued on next page)", True),
    ("Continued Operations", False), ("持续经营", False),
])
def test_lines_that_never_head_a_section(line, expected):
    assert never_heading(line) is expected


def _pairs(text: str, name: str = "doc.txt"):
    b = process(read_text(text, name))
    return [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh and s.heading_en]


def _two_file_pairs(folder: Path, zh: str, en: str):
    """The heading pairs of a report given as two files, one per language."""
    from bitext.read import read_pair

    (folder / "zh.txt").write_text(zh, encoding="utf-8")
    (folder / "en.txt").write_text(en, encoding="utf-8")
    b = process(read_pair(folder / "zh.txt", folder / "en.txt"))
    return [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh and s.heading_en]


def test_signature_and_dates_are_not_sections():
    zh = ["理事长致辞", "今年是基金会成立的第八年，感谢每一位捐赠人和志愿者。", "理事长　温若澜", "2026年3月",
          "一、机构概况", "基金会于2017年登记注册，是一家非公募基金会。"]
    en = ["Message from the Chair", "This was the Foundation's eighth year; thank you to every donor and volunteer.",
          "Wen Ruolan, Chair of the Board", "March 2026",
          "I. About the Foundation", "The Foundation was registered in 2017 as a non-public-fundraising foundation."]
    got = _pairs("\n\n".join(zh + en))
    assert ("理事长 温若澜", "Wen Ruolan, Chair of the Board") not in got
    assert not any("2026" in z for z, _ in got)
    assert ("一、机构概况", "I. About the Foundation") in got


def test_runin_labels_that_lead_in_state_or_list_are_not_headings():
    text = "\n".join([
        "第六节 故障排除", "Section 6 Troubleshooting",
        "屏幕不亮：请检查电源是否接通，C线是否已连接。", "The screen stays blank: check that the power is on and the C wire is connected.",
        "第七节 技术参数", "Section 7 Specifications",
        "电源：交流24 V；温度范围：5～35 °C；精度：±0.5 °C。", "Power supply: 24 V AC. Temperature range: 5–35 °C. Accuracy: ±0.5 °C.",
        "第八节 经费", "Section 8 Funding",
        "本会经费来源如下：一、会费。二、捐款。", "The Association's income comes from: (1) dues; (2) donations.",
    ])
    got = _pairs(text)
    assert got == [("第六节 故障排除", "Section 6 Troubleshooting"), ("第七节 技术参数", "Section 7 Specifications"),
                   ("第八节 经费", "Section 8 Funding")]


def test_an_organisation_over_its_address_at_the_end_issued_the_document():
    zh = ["年度科研报告", "一、概况", "全年科研经费增长一成。", "二、展望", "明年将新建两个研究院。",
          "青石大学科学技术研究院", "地址：青石市学院路1号  邮编：310000", "电子邮箱：research@qingshi.example.edu.cn  电话：0571-8800 1234"]
    en = ["Annual Research Report", "I. Overview", "Research funding grew by a tenth over the year.", "II. Outlook",
          "Next year two new institutes will open.", "Office of Research Administration",
          "Qingshi University, 1 College Road, Qingshi 310000", "Email: research@qingshi.example.edu.cn | Tel: +86 571 8800 1234"]
    got = _pairs("\n".join(zh) + "\n\n" + "\n".join(en))
    assert got == [("一、概况", "I. Overview"), ("二、展望", "II. Outlook")]


@pytest.mark.parametrize("label, lang, expected", [
    ("一位參加者的家長這樣說", "zh", True), ("村民们告诉我们", "zh", True), ("As one parent put it", "en", True),
    ("One volunteer said", "en", True), ("家长说明", "zh", False), ("What the Survey Says About Reading", "en", False),
    ("Notes", "en", False), ("Reading Corners", "en", False),
])
def test_who_says_what_before_a_quotation(label, lang, expected):
    assert speech_lead(label, lang) is expected


def test_a_lead_into_a_quotation_heads_nothing():
    zh = ["年度报告", "一、阅读角", "今年新开阅读角四十个。", "一位家长这样说：「孩子现在每周都盼着去借书，回家还会讲给我听。」", "二、午餐", "午餐覆盖十所学校。"]
    en = ["Annual Report", "I. Reading Corners", "We opened forty reading corners this year.",
          "As one parent put it: \"My child now looks forward to borrowing books every week and tells me about them at home.\"",
          "II. Lunches", "Lunches reached ten schools."]
    assert _pairs("\n\n".join(zh + en)) == [("一、阅读角", "I. Reading Corners"), ("二、午餐", "II. Lunches")]


@pytest.mark.parametrize("line, expected", [
    ("东海师范大学（盖章）　　　　　　南溪海事博物馆（盖章）", True), ("For Riverside College          For Harbour Museum", True),
    ("全体股东签字、盖章：", True), ("Signatures of shareholders:", True), ("签字：＿＿＿＿＿＿", True),
    ("Signature: __________", True), ("IN WITNESS WHEREOF the Parties have signed this Agreement.", True),
    ("电子签名", False), ("第五条 签署", False), ("签署与生效", False), ("For more information", False), ("Signatures", False),
    # Two ways to sign, in brackets: "（签字或盖章）", "(signature or seal)"; not a chapter's name in brackets.
    ("全体发起人（签字或盖章）", True), ("All Promoters (signature or seal)", True), ("第三章（总则）", False),
    # Signed for someone: "代表…签署", "for and on behalf of …".
    ("代表澄湖信息技术有限公司签署", True), ("for and on behalf of Chenghu Technology Limited", True), ("代表大会", False),
])
def test_where_a_document_is_signed(line, expected):
    assert never_heading(line) is expected


def test_an_office_over_a_briefings_date_and_place_issued_it():
    en = ["Transcript of the Press Conference on the Harbour Festival", "Information Office of the Riverside Municipal Government",
          "Date: May 8, 2026, 10:00 a.m.", "Venue: Press Hall, Riverside City Hall", "[Opening Remarks]",
          "Good morning. The festival opens on June 1 and runs for ten days.", "[Questions and Answers]",
          "Reporter: How many visitors do you expect? Answer: About 200,000."]
    zh = ["河畔港口节新闻发布会文字实录", "河畔市人民政府新闻办公室", "时间：2026年5月8日上午10时", "地点：河畔市政府新闻发布厅",
          "【发布环节】", "上午好。港口节将于6月1日开幕，为期十天。", "【答问环节】", "记者：预计有多少游客？答：约二十万人次。"]
    got = _pairs("\n\n".join(en + zh))
    assert got == [("【发布环节】", "[Opening Remarks]"), ("【答问环节】", "[Questions and Answers]")]


@pytest.mark.parametrize("line, expected", [
    ("收益（千港元） 1,284,530 1,196,412 +7.4%", True), ("Basic earnings per share (HK cents) 17.1 14.7", True),
    ("2025年 2024年 變動", True), ("Income (HK$'000) 2024/25 2023/24", True), ("员工人数 1200 1150 1080", True),
    ("Chapter 3 2024", False), ("Version 2.4.0 (May 8, 2026)", False), ("一、2023年工作回顾", False),
    ("2.1 Scope", False), ("Annual Report 2024/25", False),
    # Years heading columns with their unit, in figures or in Chinese numerals.
    ("2023 (HK$)      2022 (HK$)", True), ("二零二三年（港元）　　二零二二年（港元）", True), ("2023年（回顾）", False),
])
def test_a_row_of_figures_in_columns(line, expected):
    from bitext.headings import table_row

    assert table_row(line) is expected


def test_a_heading_over_a_table_of_figures_heads_it():
    zh = ["年度报告", "财务摘要", "2025年 2024年 变动", "收益（千港元） 1,284,530 1,196,412 +7.4%",
          "毛利（千港元） 318,907 287,260 +11.0%", "每股基本盈利（港仙） 17.1 14.7", "主席报告", "本人欣然提呈本集团全年业绩。"]
    en = ["Annual Report", "Financial Highlights", "2025 2024 Change", "Revenue (HK$'000) 1,284,530 1,196,412 +7.4%",
          "Gross profit (HK$'000) 318,907 287,260 +11.0%", "Basic earnings per share (HK cents) 17.1 14.7",
          "Chairman's Statement", "I am pleased to present the Group's annual results."]
    assert _pairs("\n\n".join(zh + en)) == [("财务摘要", "Financial Highlights"), ("主席报告", "Chairman's Statement")]


def test_an_article_with_its_title_in_brackets_heads_its_text():
    zh = ["公园管理办法", "第一条（目的）为了规范公园管理，制定本办法。", "第二条（适用范围）本办法适用于本县各公园。"]
    en = ["Park Management Measures", "Article 1 (Purpose) These Measures are formulated to regulate the management of parks.",
          "Article 2 (Scope) These Measures apply to the parks of the county."]
    assert _pairs("\n\n".join(zh + en)) == [("第一条（目的）", "Article 1 (Purpose)"), ("第二条（适用范围）", "Article 2 (Scope)")]
    # Square brackets, and the two languages line by line with no blank line.
    zh = ["第一条【目的】为了规范停放秩序，制定本办法。", "第二条【适用范围】本办法适用于本市建成区。"]
    en = ["Article 1 [Purpose] These Measures are formulated to regulate parking.",
          "Article 2 [Scope] These Measures apply to the built-up area of the city."]
    assert _pairs("\n".join(x for pair in zip(zh, en) for x in pair)) == [("第一条【目的】", "Article 1 [Purpose]"),
                                                                        ("第二条【适用范围】", "Article 2 [Scope]")]


def test_a_numbered_label_is_not_a_second_label_after_a_full_stop():
    # The "." of "1." is no full stop: "1. 注册与登录：…" is one label and its text.
    zh = ["一、我们收集的信息", "（一）帮助您成为用户", "1. 注册与登录：注册账号时，您需要提供手机号码，我们将发送验证码核实身份。",
          "2. 第三方账号登录：您也可以使用其他平台的账号登录，我们会在您授权后获取昵称和头像。"]
    en = ["I. Information We Collect", "(1) Helping You Become a User",
          "1. Registration and login: When you register, you need to provide a mobile number, and we send a code to verify it.",
          "2. Login with other accounts: You may also log in with an account of another platform; with your consent we obtain its nickname and avatar."]
    got = _pairs("\n\n".join(zh + en))
    assert ("1. 注册与登录", "1. Registration and login") in got and ("2. 第三方账号登录", "2. Login with other accounts") in got


def test_a_lead_in_answered_by_a_code_block_introduces_no_labels():
    from bitext.headings import _introduces_list
    from bitext.model import Heading, Paragraph, Part

    lead = Paragraph(("We use Conventional Commits, for example:",), 1, True)
    code = Paragraph(("```\nfeat(server): rate limits per queue\n```",), 3, True)
    head = Heading("Commit Messages", 0, "strong", 2, True)
    assert _introduces_list(Part(head, (lead,)))
    assert not _introduces_list(Part(head, (lead, code)))


def test_a_term_and_its_definition_heads_nothing():
    zh = ["更新计划", "一、总体要求", "全面推进城市更新。", "附件　名词解释",
          "口袋公园：是指面积较小、便于居民就近使用的公园。", "社区生活圈：是指居民步行十五分钟范围内的社区单元。"]
    en = ["Renewal Plan", "I. General Requirements", "Urban renewal will be advanced across the city.", "Annex  Glossary",
          "Pocket park: A small park that residents can easily reach from home.",
          "Community life circle: A community unit within a 15-minute walk of residents' homes."]
    got = _pairs("\n\n".join(zh + en))
    assert ("口袋公园", "Pocket park") not in got and ("社区生活圈", "Community life circle") not in got
    assert ("一、总体要求", "I. General Requirements") in got


def test_who_signed_a_report_inside_the_document_heads_nothing():
    zh = ["年度报告", "一、财务主管报告", "本年度收入三百万元，支出二百八十万元，结余用于下一年度项目。", "财务主管　陈***",
          "二、致谢", "感谢所有捐赠人和志愿者。"]
    en = ["Annual Report", "I. Treasurer's Report", "Income this year was 3 million yuan and spending 2.8 million; the balance funds next year's projects.",
          "Chen ***, Treasurer", "II. Acknowledgements", "We thank all our donors and volunteers."]
    assert _pairs("\n\n".join(zh + en)) == [("一、财务主管报告", "I. Treasurer's Report"), ("二、致谢", "II. Acknowledgements")]
    # An office over the date at the end, then the site's copyright line: a signature too.
    zh = ["关于开展居家养老服务的通知", "一、服务对象", "本市户籍的老年人可以申请。", "二、服务内容", "包括助餐、助洁和助浴。",
          "望川市民政局", "2025年3月10日", "（此件主动公开）"]
    en = ["Notice on Home-Based Elderly Care", "1. Who Can Apply", "Older residents of the city may apply.", "2. Services",
          "They include meals, cleaning and bathing.", "Wangchuan Municipal Civil Affairs Bureau", "10 March 2025",
          "Copyright © 2025 Wangchuan Municipal Civil Affairs Bureau"]
    assert _pairs("\n\n".join(zh + en)) == [("一、服务对象", "1. Who Can Apply"), ("二、服务内容", "2. Services")]
    from bitext.headings import _signed
    from bitext.model import Block

    tail = [Block(t, "en", n) for n, t in ((1, "Wangchuan Municipal Civil Affairs Bureau"), (2, "10 March 2025"),
                                           (4, "Copyright © 2025 Wangchuan Municipal Civil Affairs Bureau"))]
    assert _signed(tail, 0, "en")
    assert not _signed(tail[:2] + [Block("The Bureau will review the programme in June.", "en", 4)], 0, "en")
    tail = [Block(t, "zh", n) for n, t in ((1, "望川市民政局"), (2, "2025年3月10日"), (3, "（此件主动公开）"))]
    assert _signed(tail, 0, "zh")  # (a notice in brackets under the date: how the document is published)


def test_groups_of_a_tables_rows_head_nothing_but_a_title_over_its_figures_may():
    """'收入' / 'Income' and '支出' / 'Expenditure' over rows set out in columns are groups of
    one table; '財務摘要' / 'Financial Summary' over its figures alone heads its section."""
    def half(title, summary, unit, groups, note):
        out = [title, "", summary, "", unit, ""]
        for name, rows in groups:
            out += [name] + [f"  {a:<24}{b:>10}" for a, b in rows] + [""]
        return out + [note, ""]
    zh = half("年度報告", "財務摘要", "單位：新臺幣千元", [("收入", [("市政府預算", "186,400"), ("門票收入", "21,730"), ("合計", "208,130")]),
                                                  ("支出", [("人事費", "98,540"), ("展覽費", "54,380"), ("合計", "152,920")])],
              "以上數字摘自經審計的財務報表。")
    en = half("Annual Report", "Financial Summary", "(NT$ thousand)", [("Income", [("City budget", "186,400"), ("Admissions", "21,730"),
                                                                                 ("Total", "208,130")]),
                                                                      ("Expenditure", [("Staff", "98,540"), ("Exhibitions", "54,380"),
                                                                                       ("Total", "152,920")])],
              "The figures are taken from the audited statements.")
    assert _pairs("\n".join(zh + [""] + en)) == [("財務摘要", "Financial Summary")]


def test_a_frame_that_says_where_a_list_applies_leads_into_it():
    # "在本许可证中：" / "In this License:" over definitions says where they hold; it heads nothing.
    zh = ["开源许可协议", "1. 定义", "在本许可证中：", "(a) “许可方”是指提供本软件的著作权人；", "(b) “贡献”是指被纳入本软件的作品。",
          "就本协议而言：", "(c) “软件”是指以源代码形式提供的程序。", "2. 授权", "许可方授予您使用本软件的权利。"]
    en = ["Open Source Licence", "1. Definitions", "In this License:", "(a) \"Licensor\" means the copyright owner offering the Software;",
          "(b) \"Contribution\" means a work incorporated into the Software.", "For the purposes of this Agreement:",
          "(c) \"Software\" means the program made available as source code.", "2. Grant", "The Licensor grants you the right to use the Software."]
    assert _pairs("\n\n".join(zh + en)) == [("1. 定义", "1. Definitions"), ("2. 授权", "2. Grant")]


@pytest.mark.parametrize("label, lang, expected", [
    ("在本许可证中", "zh", True), ("在本条例中", "zh", True), ("就本协议而言", "zh", True),
    ("In this License", "en", True), ("Under these Terms", "en", True), ("For the purposes of this Policy", "en", True),
    ("在线服务", "zh", False), ("在华业务", "zh", False), ("In Memoriam", "en", False), ("Information We Collect", "en", False),
])
def test_scope_frames(label, lang, expected):
    assert scope_frame(label, lang) is expected


def test_interleaved_label_lines_pair_when_the_chinese_reads_as_a_heading():
    text = "\n".join([
        "Section 3 Installation", "第三节 安装",
        "Removing the old thermostat:", "拆除旧温控器：",
        "Take a photo of the existing wiring before you disconnect anything.", "断开任何导线之前，请先拍照记录原有接线。",
        "Mounting the base:", "安装底座：",
        "Hold the base against the wall and mark the screw holes.", "将底座贴在墙面上，标记螺钉孔位置。",
    ])
    assert _pairs(text) == [("第三节 安装", "Section 3 Installation"), ("拆除旧温控器", "Removing the old thermostat"),
                            ("安装底座", "Mounting the base")]


def test_separator_heading_with_latin_words_on_the_chinese_side():
    assert split_bilingual("可以采集 Windows 事件日志吗？ | Can it collect Windows event logs?") == (
        "可以采集 Windows 事件日志吗？", "Can it collect Windows event logs?")
    assert split_bilingual("Docker Compose | Kubernetes") is None


def test_a_titles_second_line_stays_text():
    zh = ["青溪乡村儿童阅读基金会\n2025年度工作报告", "理事长致辞", "今年是基金会成立的第八年，感谢每一位捐赠人。",
          "一、机构概况", "基金会于2017年登记注册，是一家非公募基金会。"]
    en = ["Qingxi Rural Children's Reading Foundation\nAnnual Report 2025", "Message from the Chair",
          "This was the Foundation's eighth year; thank you to every donor.",
          "I. About the Foundation", "The Foundation was registered in 2017 as a non-public-fundraising foundation."]
    src = read_text("\n\n".join(zh + en), "report.txt")
    # The foundation's name over what it issues, then a blank line: both lines are the title.
    assert (src.meta.title_zh, src.meta.title_en) == ("青溪乡村儿童阅读基金会2025年度工作报告",
                                                      "Qingxi Rural Children's Reading Foundation Annual Report 2025")
    got = _pairs("\n\n".join(zh + en))
    assert got == [("理事长致辞", "Message from the Chair"), ("一、机构概况", "I. About the Foundation")]
    # Over a numbered heading too: both second lines name the kind of document (a report), so
    # each is the title's second line, not a heading.
    zh[0], en[0] = "青溪乡村儿童阅读基金会\n2025年度工作报告", "Qingxi Rural Children's Reading Foundation\nAnnual Report 2025"
    src = read_text("\n\n".join([zh[0]] + zh[3:] + [en[0]] + en[3:]), "report.txt")
    assert (src.meta.title_zh, src.meta.title_en) == ("青溪乡村儿童阅读基金会2025年度工作报告",
                                                      "Qingxi Rural Children's Reading Foundation Annual Report 2025")
    b = process(src)
    assert [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh] == [("一、机构概况", "I. About the Foundation")]
    # A second line that names no kind of document stays text under the name.
    zh[0], en[0] = "青溪乡村儿童阅读基金会\n让每个孩子都有书读", "Qingxi Rural Children's Reading Foundation\nA Book for Every Child"
    src = read_text("\n\n".join([zh[0]] + zh[3:] + [en[0]] + en[3:]), "report.txt")
    assert (src.meta.title_zh, src.meta.title_en) == ("青溪乡村儿童阅读基金会", "Qingxi Rural Children's Reading Foundation")
    assert {lang for lang, _ in src.subtitles} == {"zh", "en"}
    b = process(src)
    assert "让每个孩子都有书读" in [t for s in b.sections for r in s.rows for t in r.zh]
    assert [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh] == [("一、机构概况", "I. About the Foundation")]


def test_parallel_english_runin_sentences_pair_with_chinese_runins():
    zh = ["三、2026年重点工作",
          "坚持创新驱动。加快建设科学城，推动高校与企业共建联合实验室十个以上。",
          "坚持扩大内需。实施消费提振行动，培育夜间经济街区五个。",
          "坚持开放合作。深化与沿海城市的产业协作，办好国际仪器博览会。",
          "四、加强政府自身建设", "我们将坚持依法行政，自觉接受人大监督。"]
    en = ["III. Priorities for 2026",
          "We will continue to drive development through innovation. We will speed up work on the Science City.",
          "We will expand domestic demand. We will launch a campaign to boost consumption.",
          "We will stay open and cooperative. We will deepen industrial cooperation with coastal cities.",
          "IV. Strengthening the Government's Own Performance", "We will continue to exercise power in accordance with the law."]
    got = _pairs("\n\n".join(zh + en))
    assert ("坚持开放合作", "We will stay open and cooperative") in got
    assert ("坚持扩大内需", "We will expand domestic demand") in got
    assert ("四、加强政府自身建设", "IV. Strengthening the Government's Own Performance") in got


def test_two_parallel_sentences_are_not_a_run():
    from bitext.model import Outline, Paragraph, Part
    from bitext.headings import parallel_runins

    paras = (Paragraph(("We will expand demand.", "More text here."), 1), Paragraph(("We will stay open.", "More text."), 2))
    o = Outline("en", (Part(None, paras),))
    assert parallel_runins(o) == o


@pytest.mark.parametrize("first,opening", [
    ("Second, let us advance the green, low-carbon transition together.", "second"),
    ("First, let us build mutual recognition of standards.", "first"),
    ("Revenue, which rose sharply, was high.", None),  # a comma in an ordinary sentence
    ("We grew, and we hired more staff.", None),
])
def test_a_counting_first_sentence_may_hold_a_comma(first, opening):
    from bitext.headings import _opening
    from bitext.model import Paragraph

    assert _opening(Paragraph((first, "More text follows here."), 1)) == opening


def test_a_heuristic_that_fails_is_a_warning_not_a_crash(monkeypatch):
    from bitext import pair

    def broken(*args, **kwargs):
        raise IndexError("list index out of range")

    monkeypatch.setattr(pair, "not_headings", broken)
    monkeypatch.setattr(pair, "pair_headings", broken)
    b = process(read_text("一、总则\n本办法适用于全市。\nI. General\nThese Measures apply to the city.", "doc.txt"))
    warnings = [d.format() for d in b.diagnostics if d.level == "warning"]
    assert any("pairing the headings (the report is one section) skipped on this input (IndexError" in w for w in warnings)
    assert all("\n" not in w for w in warnings)
    assert "本办法适用于全市。" in [t for s in b.sections for r in s.rows for t in r.zh]


@pytest.mark.parametrize("label,expected", [
    ("The screen stays blank", True), ("Error E4 is displayed", True), ("The app cannot find the thermostat", True),
    ("What information is collected", False), ("Collection of personal information", False), ("Account information", False),
    ("Name", False),
])
def test_english_labels_that_state_a_fact(label, expected):
    from bitext.headings import _label_not_heading

    assert _label_not_heading(label, label + ": The text follows here, in one sentence of some length.", "en") is expected


@pytest.mark.parametrize("sentences,expected", [
    (("1.", "Definitions.", "'License' shall mean the terms."), ("1. Definitions.", ("'License' shall mean the terms.",))),
    (("1.", "Scope."), ("1. Scope.", ())),
    (("(a) Strengthening Leadership. The county set up a committee.",), ("(a) Strengthening Leadership.", ("The county set up a committee.",))),
    (("1. Open the app. Tap Settings.",), None),
    (("1. Preheat oven. Mix the flour and the sugar.",), None),  # a step, in sentence case
    (("Article 4 Individuals who keep a dog shall register it.", "Each household may keep one."), None),
])
def test_numbered_english_titles(sentences, expected):
    from bitext.headings import _numbered_title
    from bitext.model import Paragraph

    assert _numbered_title(Paragraph(sentences, 1)) == expected


@pytest.mark.parametrize("label,line,lang,expected", [
    ("姓名", "姓名：用於辨識身分。", "zh", True),
    ("Name", "Name: used to identify you.", "en", True),
    ("账户信息", "账户信息：注册时，我们会收集您的手机号码和昵称，用于登录和找回密码。", "zh", False),
    ("Health data", "Health data: We read your step count and sleep records only after you authorise us to.", "en", False),
    # A list of names is the label's value; a sentence that lists things is text under a heading.
    ("出席人员", "出席人员：周明远（组长）、韩晓雪、杜一凡、林清和及两名志愿者", "zh", True),
    ("Present", "Present: Zhou Mingyuan (Chair), Han Xiaoxue, Du Yifan and Lin Qinghe", "en", True),
    ("收集范围", "收集范围：我们收集您的姓名、手机号码、收货地址和订单记录，用于完成配送。", "zh", False),
    ("Data we collect", "Data we collect: Your name, phone number, address and orders, which we use to deliver.", "en", False),
    # A second label after a full stop: the paragraph lists label–value pairs.
    ("相机", "相机：用于扫描小票上的二维码。相册：用于上传头像和小票照片。", "zh", True),
    ("Camera", "Camera: to scan the QR code on a receipt. Photos: to upload your profile picture.", "en", True),
    ("数据收集", "数据收集：注册时我们收集您的手机号码，用于登录。我们不会出售这些信息，也不会用于广告。", "zh", False),
    ("Timing", "Timing: The talks run for an hour. Questions are taken at the end, 10:30 at the latest.", "en", False),
    # A field whose value names something, with no sentence: the subject line of a notice.
    ("事由", "事由：氹仔北區海濱休憩區第二期工程臨時交通措施", "zh", True),
    ("Subject", "Subject: Temporary traffic measures for Phase 2 works at Taipa North Waterfront Leisure Area", "en", True),
    # (A version's number is no full stop: "版本 1.2".)
    ("適用產品", "適用產品：濠江明體（Hou Kong Ming）全系列字重　版本 1.2（2024年1月）", "zh", True),
    # A term in sentence case glosses; a label in title case names a part, whatever case its text opens in.
    ("Family sharing", "Family sharing: if you turn it on, members of your family can see your plan.", "en", True),
    ("Purposes of Collection", "Purposes of Collection: to check guests in and out and to process bookings and payments.", "en", False),
    ("Rights of the Data Subject", "Rights of the Data Subject: you have the right to access or correct the data we hold.", "en", False),
    # A question and what is yours name a part too.
    ("Who can see it", "Who can see it: your host, our front desk and security staff.", "en", False),
    ("Your rights", "Your rights: you may ask to see, correct or delete your visitor record.", "en", False),
    ("我们是谁", "我们是谁：本场所由云杉里共享办公有限公司运营。", "zh", False),
    # A sentence with no full stop that leads into the list under it is no field's value.
    ("收集目的", "收集目的：閣下向本公司提供的個人資料，將用作以下一項或多項用途：", "zh", False),
])
def test_an_item_and_its_short_value_is_not_a_heading(label, line, lang, expected):
    from bitext.headings import _label_not_heading

    assert _label_not_heading(label, line, lang) is expected


@pytest.mark.parametrize("line,expected", [
    ("附：成员城市", True), ("附件：报名表", True), ("Annex: Member Cities", True),
    ("附：本通知由镇应急办负责解释。", False), ("附近的公园", True),
    # An annex's name may be long, as "附件：2026年…项目清单" is; a note after a label is not a name.
    ("Annex: List of Eight Practical Projects for the People of Bailu Township in 2026", True),
    ("Appendix B: Forms to Be Filled In by Each Applicant Before the Interview Day", True),
    ("Annex: see the list of members at the end of this report.", False),
    ("Note: the figures for this year are provisional and will be revised in March", False),
])
def test_an_annex_label_with_a_title_is_a_heading_line(line, expected):
    from bitext.headings import numbering
    from bitext.segment import heading_line

    lang = "en" if line.isascii() else "zh"
    assert heading_line(line, lang) is expected
    if line.startswith("附近"):
        assert numbering(line) is None  # a word that starts with 附 is not an annex


def test_a_phone_number_under_the_last_heading_is_not_a_signature_date():
    from bitext.segment import classify
    from bitext.model import Block

    lines = ["I. Aims", "To keep residents safe during the flood season.", "Annex: Duty Telephone List",
             "Emergency office 0736-5512001"]
    kinds = [k for k, _ in classify([Block(t, "en", i + 1) for i, t in enumerate(lines)], "en")]
    assert kinds[2] == "line"
    # Over a date instead, the annex line only names an annex the document does not print.
    from bitext.headings import not_headings
    from bitext.segment import outline

    dated = [Block(t, "en", i + 1) for i, t in enumerate(lines[:3] + ["March 2026"])]
    o = outline(dated, "en")
    annex = next(k for k, p in enumerate(o.parts) if p.heading is not None and p.heading.text.startswith("Annex"))
    assert annex in not_headings(o, dated)


def test_labels_next_to_a_glossed_term_are_items_of_the_same_list():
    zh = ["一、范围", "本说明适用于我们的所有服务。", "附录：名词解释",
          "个人数据：与您有关的各种信息。", "匿名化：信息经过处理后无法识别您并且不能复原的过程。", "关联方：与我们处于共同控制下的公司。",
          "二、联系", "如有问题，请写信给我们。"]
    en = ["1. Scope", "This notice covers all our services.", "Appendix: Terms",
          "Personal data: any information relating to you.",
          "Anonymisation: processing information so that it cannot identify you and cannot be restored.",
          "Affiliates: companies under common control with us.", "2. Contact", "If you have questions, please write to us."]
    got = _pairs("\n\n".join(zh + en))
    assert ("附录：名词解释", "Appendix: Terms") in got and ("二、联系", "2. Contact") in got
    assert not [p for p in got if p[1] in ("Personal data", "Anonymisation", "Affiliates")], got


def test_single_word_labels_with_a_lowercase_value_may_still_head():
    from bitext.headings import _label_not_heading

    line = "Children: children under six travel free when they are with a paying adult."
    assert not _label_not_heading("Children", line, "en")
    assert not _label_not_heading("Data Collection", "Data Collection: we collect your name when you register with us.", "en")
    assert _label_not_heading("Family sharing", "Family sharing: if you turn it on, family members can see your steps.", "en")
    assert not _label_not_heading("What we keep", "What we keep: the records of your bookings and of your payments.", "en")


def test_a_heading_that_opens_with_a_year_over_numbered_headings_is_not_a_byline():
    zh = ["年度报告", "2025年工作回顾", "一、经济发展", "全年经济平稳增长。", "二、社会事业", "新建学校三所。"]
    en = ["Annual Report", "Review of Work in 2025", "I. The Economy", "The economy grew steadily.",
          "II. Social Services", "Three schools were built."]
    got = _pairs("\n\n".join(zh + en))
    assert ("2025年工作回顾", "Review of Work in 2025") in got, got
    zh[1], en[1] = "区政府办公室编　2026年1月", "Prepared by the District Government Office, January 2026"
    got = _pairs("\n\n".join(zh + en))
    assert ("一、经济发展", "I. The Economy") in got and len(got) == 2, got


@pytest.mark.parametrize("zh,en,expected", [
    ("三是共促人才培养", "Thirdly, we should train talent together", 1.0),
    ("三是共促人才培养", "Third, let us train talent together", 1.0),
    ("一要加强领导", "Second, we need leadership", 0.0),
    ("加强领导", "First, we need leadership", None),  # one side does not count
    ("一是加强领导", "Firstborn children", None),
])
def test_run_in_headings_that_count_match_by_their_count(zh, en, expected):
    from bitext.pair import _number_match

    assert _number_match(zh, en) == expected


def test_an_annex_label_without_number_heads_the_annex_alone():
    from bitext.segment import _broken
    assert not _broken("附件", "名词解释", "zh")
    assert not _broken("附录：", "术语", "zh")
    # A label with a number waits for its title, as a chapter's does.
    assert _broken("附件一", "名词解释", "zh")
    assert _broken("第一章", "总则", "zh")


def test_a_heading_cut_inside_its_brackets_goes_on_to_the_closing_one():
    from bitext.segment import _broken
    assert _broken("乙部　收集個人資料聲明（適用於在學學生、家", "長及監護人）", "zh")
    assert _broken("Part B Personal Information Collection Statement (Students, Parents and", "Guardians)", "en")
    # A closed bracket, or a long line under it, is no cut.
    assert not _broken("乙部　收集個人資料聲明（學生）", "長及監護人）", "zh")
    assert not _broken("乙部　收集個人資料聲明（適用於在學學生、家", "長及監護人、校友、捐款人、訪客及活動參加者與其他人士）", "zh")


def test_a_numbered_english_title_ending_in_a_determiner_continues():
    from bitext.segment import _broken
    assert _broken("V. Access to Your", "Medical Records", "en")
    # A complete title does not take the next line, nor a sentence after it.
    assert not _broken("V. Access to Records", "Medical Records", "en")
    assert not _broken("V. Access to Your", "You may ask for copies of them.", "en")


def test_a_long_title_wrapped_before_its_last_words_continues():
    from bitext.segment import _broken
    # A heading numbered in formal numerals is never a list's item: its last word wraps.
    assert _broken("捌、您依個人資料保護法第三條規定得行使之權利及其行使", "方式", "zh")
    assert not _broken("8. 您依個人資料保護法第三條規定得行使之權利及其行使", "方式", "zh")
    # An article's long title, two things joined by 及, wraps its last words.
    assert _broken("第四十條　本會解散及解散後", "資產之處置", "zh")
    assert not _broken("第四十條　本會解散及解散後", "本會解散後，其資產應移交。", "zh")
    # A short heading's last word may wrap; a name under it is what it heads.
    assert _broken("一、总体", "目标", "zh")
    assert not _broken("第一章 永續治理", "2023年亮點", "zh")  # a box's title under the chapter's
    assert not _broken("五、聯絡我們", "海澄遊戲有限公司", "zh")
    # A long Title Case line with a number among its words goes on in Title Case.
    assert _broken("VIII. Your Rights under Article 3 of the Personal Data", "Protection Act and How to Exercise Them", "en")
    assert not _broken("VIII. Your Rights under Article 3 of the Personal Data", "You may ask us to correct your data.", "en")


def test_numbered_labels_after_a_lead_in_are_its_items():
    from bitext.headings import not_headings
    from bitext.segment import outline
    src = read_text((ROOT_FIX / "seq-numbered-label-items.txt").read_text(encoding="utf-8"), "x.txt")
    for lang, items in (("zh", ("一、入会费", "二、年费")), ("en", ("(2) annual fees",))):
        o = outline(src.blocks, lang)
        out = not_headings(o, src.blocks, src.subtitles)
        found = {o.parts[k].heading.text for k in out if o.parts[k].heading is not None}
        assert set(items) <= found
        # The chapters stay headings.
        assert not any(t.startswith(("第", "CHAPTER")) for t in found)


def test_labels_after_a_lead_in_are_its_items():
    from bitext.headings import _listed_runins
    from bitext.segment import outline
    src = read_text((ROOT_FIX / "interleaved-parties-lead-in.txt").read_text(encoding="utf-8"), "x.txt")
    for lang, items in (("zh", {"出租方（场地方）", "承租方（活动方）"}), ("en", {"Lessor (Venue)", "Lessee (Organiser)"})):
        o = outline(src.blocks, lang)
        found = {o.parts[k].heading.text for k in _listed_runins(o)}
        assert found == items or (lang == "en" and found <= items)


def test_labels_after_a_lead_in_head_paragraphs_of_their_own_only_when_set_apart_and_saying_something():
    from bitext.headings import _listed_runins
    from bitext.segment import outline
    text = (ROOT_FIX / "seq-leadin-labelled-paragraphs.txt").read_text(encoding="utf-8")
    for lang, labels in (("zh", {"起步费", "时长费", "调度费"}), ("en", {"Starting fee", "Time fee", "Relocation fee"})):
        # Each a paragraph of its own (a blank line before it) that says something: sections.
        src = read_text(text, "x.txt")
        o = outline(src.blocks, lang)
        assert not {o.parts[k].heading.text for k in _listed_runins(o)} & labels
        # The same labels line after line under the lead-in are its items.
        tight = read_text(text.replace("：\n\n", "：\n").replace(":\n\n", ":\n").replace("。\n\n起", "。\n起")
                          .replace("。\n\n时", "。\n时").replace("。\n\n调", "。\n调")
                          .replace(".\n\nTime", ".\nTime").replace(".\n\nRelocation", ".\nRelocation"), "x.txt")
        o = outline(tight.blocks, lang)
        assert {o.parts[k].heading.text for k in _listed_runins(o)} == labels


@pytest.mark.parametrize("line,expected", [
    ("①控制面板 ②温控旋钮 ③提手", True),
    ("① Control panel ② Thermostat knob ③ Handle", True),
    ("①控制面板", False),  # one item may head its part
])
def test_items_numbered_on_one_line_are_a_list(line, expected):
    assert never_heading(line) is expected


@pytest.mark.parametrize("text,lang,expected", [
    ("董事长　韩立岩", "zh", True),
    ("Han Liyan, Chairman", "en", True),
    ("Lin Jingqiu, General Manager", "en", True),
    ("Goals, Targets and Results", "en", False),
    ("公司治理", "zh", False),
])
def test_a_role_and_a_name(text, lang, expected):
    from bitext.headings import _signature
    assert _signature(text, lang) is expected


def test_a_contents_list_keeps_a_line_it_had_joined_to_the_one_before():
    from bitext.segment import outline
    text = ("员工守则\n\n目录\n第一章　总则\n第二章　考勤\n第三章　离职\n附则\n\n第一章　总则\n\n本守则适用于全体员工。\n\n"
            "第二章　考勤\n\n员工应按时上下班。\n\n第三章　离职\n\n离职须提前三十日书面通知。\n\n附则\n\n本守则自发布之日起施行。\n")
    src = read_text(text, "x.txt")
    o = outline(src.blocks, "zh")
    said = [s for p in o.parts for x in p.paragraphs for s in x.sentences] + [p.heading.text for p in o.parts if p.heading]
    assert sum(t.count("附则") for t in said) == 2


def test_a_heading_shaped_like_a_signature_inside_the_numbered_sections_stays():
    text = """年度报告

1 公司概况

公司成立于2001年，主要生产家具。

风险管理 概述

1.1 市场风险

原材料价格波动较大。

Annual Report

1 Company Profile

The company was founded in 2001 and makes furniture.

Risk Management, Overview

1.1 Market Risk

Raw material prices vary widely.
"""
    pairs = [(x.heading_zh, x.heading_en) for x in process(read_text(text, "x.txt")).sections]
    assert ("风险管理 概述", "Risk Management, Overview") in pairs


def test_labels_that_recur_are_fields_but_a_label_once_and_marked_headings_still_head():
    # "决定：…" after each item of the minutes is a field of the form.
    text = """一、图书采购

本季度采购新书三百册。

决定：同意按报价采购，由馆长负责验收。

二、阅览室开放时间

周末开放时间延长一小时。

决定：同意延长，自下月第一个周末起执行。

三、志愿者

志愿者由二十人增加到三十人。

I. Book Purchases

Three hundred new books were bought this quarter.

Decision: purchase approved at the quoted price, with the librarian to check delivery.

II. Reading Room Hours

Weekend opening hours will be one hour longer.

Decision: longer hours approved, starting on the first weekend of next month.

III. Volunteers

Volunteers increased from twenty to thirty.
"""
    pairs = [(s.heading_zh, s.heading_en) for s in process(read_text(text, "x.txt")).sections if s.heading_zh]
    assert ("决定", "Decision") not in pairs and len(pairs) == 3, pairs
    # A bold line that stands once still heads its section; "### 新功能" in
    # each release of release notes is a heading each time (marked as one).
    from bitext.headings import recurring_labels
    from bitext.model import Heading, Outline, Paragraph, Part

    def part(text, raw, md=True, strength="strong"):
        return Part(Heading(text, 1, strength, 3, md, raw), (Paragraph(("正文。",), 2),))

    marked = Part(Heading("版本 2.0", 1, "strong", 2, True, "版本 2.0"), ())
    o = Outline("zh", (marked, part("新功能", "新功能"), part("升级须知", "**升级须知**"), marked, part("新功能", "新功能")))
    assert recurring_labels(o) == set()
    o = Outline("zh", (marked, part("用法", "**用法：**"), marked, part("用法", "**用法：**")))
    assert recurring_labels(o) == {1, 3}
    # In a file with no '#' headings, bold lines are how it marks its headings.
    o = Outline("zh", (part("用法", "**用法**"), part("选项", "**选项**"), part("用法", "**用法**")))
    assert recurring_labels(o) == set()



@pytest.mark.parametrize("zh,en,expected", [
    ("1. 海洋环流课题组", "1.1 Ocean Circulation Group", None),  # "1." under "（一）": numbered within its parent
    ("（二）海水酸化", "3.3 Ocean Acidification", 0.0),
    ("2. 海水酸化", "2. Ocean Acidification", 1.0),
    ("第三章 总则", "1.3 General", 0.0),
])
def test_a_number_within_its_parent_against_a_full_one(zh, en, expected):
    from bitext.pair import _number_match

    assert _number_match(zh, en) == expected


def test_numbered_english_runins_in_sentence_case_count_only_against_the_chinese_run():
    from bitext.headings import parallel_runins, zh_numbered_runins
    from bitext.segment import outline

    zh = ["（一）稳住就业。全年新增就业岗位三千个。开展技能培训五十期。",
          "（二）改善住房。改造老旧小区十个。新建保障房五百套。"]
    en = ["(1) We kept jobs steady. Some 3,000 new jobs were created. We ran 50 skills courses.",
          "(2) We improved housing. Ten old compounds were renovated. We built 500 units of public housing."]
    src = read_text("\n\n".join(zh + en), "x.txt")
    zo, eo = outline(src.blocks, "zh"), outline(src.blocks, "en")
    assert zh_numbered_runins(zo) == {("1", "2")}
    heads = [p.heading.text for p in parallel_runins(eo, set(), zh_numbered_runins(zo)).parts if p.heading]
    assert heads == ["(1) We kept jobs steady", "(2) We improved housing"]
    # Without the Chinese run, or with a run of other numbers, they are text.
    assert [p.heading for p in parallel_runins(eo).parts if p.heading] == []
    assert [p.heading for p in parallel_runins(eo, set(), {("1", "2", "3")}).parts if p.heading] == []
    # Numbered steps of one sentence each are steps, whatever the Chinese does.
    steps = read_text("1. Open the lid. Wait.\n\n2. Pour in the water. Stir.", "y.txt")
    so = outline(steps.blocks, "en")
    assert [p.heading for p in parallel_runins(so, set(), {("1", "2")}).parts if p.heading] == []


def test_numbered_chinese_sentences_are_no_run_of_runins():
    from bitext.headings import zh_numbered_runins
    from bitext.segment import outline

    zh = ["（一）我们可能与服务商共享信息。服务商仅为完成服务处理信息。",
          "（二）我们可能按法律要求披露信息。披露前会核实请求的合法性。"]
    src = read_text("\n\n".join(zh), "x.txt")
    assert zh_numbered_runins(outline(src.blocks, "zh")) == set()


@pytest.mark.parametrize("line,expected", [
    # A figure's or a table's caption has its number; a heading that starts with the same character does not.
    ("图2-1　本集团管治架构", True), ("表3 主要指标", True), ("Figure 1  Loading the rotor", True),
    ("Table 4.2: Emissions by site", True), ("Fig. 3 Sampling points", True),
    ("表决程序", False), ("图书馆简介", False), ("Figure Skating Club", False), ("Tables and Figures", False),
    # A table's row written with bars (three cells or more); one bar may part a heading's two languages.
    ("风险类别｜风险描述｜时间范围", True), ("Risk type | Description | Time horizon", True), ("概述 | Overview", False),
    # An item of a form with boxes to tick.
    ("1. 您是否满意？□是　□否", True), ("1. Are you satisfied? □ Yes □ No", True),
    # The person a letter is addressed to; a letter's title has no colon.
    ("致港湾物流集团董事会：", True), ("To the Board of Directors of Bay Logistics Limited:", True),
    ("Dear Shareholders,", True), ("各位来宾，女士们，先生们：", True),
    ("致谢", False), ("致股东的信", False), ("To Our Shareholders", False), ("To Install on Windows:", False),
    # An auditor's report is addressed with no colon.
    ("To the Members of Lingxi Charitable Foundation Limited", True), ("致灵溪慈善基金有限公司全体成员", True),
    ("To the Shareholders of Harbour Holdings Limited", True), ("致全體股東的信", False), ("To the Point", False),
    # A warning's or a note's label; a section about them is longer.
    ("警告", True), ("注意：", True), ("WARNING", True), ("Note:", True), ("(Note:", True),
    ("注意事项", False), ("Important Information", False), ("Safety Warnings", False),
    # An API's request line over its parameters; a section named for a method is a heading.
    ("POST {BASE}/namespaces/{namespace}/repositories", True), ("GET /v1/users?limit=20", True),
    ("DELETE https://api.example.com/v2/tags/{tag}", True), ("GET Requests", False), ("Delete a Tag", False),
    # An editor's note in brackets, a sentence of its own; a bracketed kind or edition is no sentence.
    ("〔第十条由2009年第1号法令第2条替换。〕", True), ("[Article 13A inserted by Act No. 2 of 2021, s. 3.]", True),
    ("[English version for reference only.]", True), ("（规范性）", False), ("[Reserved]", False),
    # Where the page stands in an ordinance, over it; one label with its name is a heading.
    ("第2部——第1分部——第4條", True), ("Part 2—Division 1—Section 4", True), ("第1分部—一般規定", False),
    ("Division 1—General", False),
    # A banner that says which translation follows.
    ("UNOFFICIAL TRANSLATION", True), ("非官方譯本", True), ("Chinese version follows", True), ("Translation Services", False),
    ("QPL-2.0 官方中文译本", True), ("Official Chinese Translation", True), ("Official Statement", False),
    # An ordinance's number in the territory's laws, alone; a chapter of a document is a heading.
    ("第697章", True), ("Cap. 697", True), ("Chapter 715", True), ("第十二章", False), ("Chapter 12", False),
])
def test_captions_rows_forms_addressees_and_warnings_head_nothing(line, expected):
    assert never_heading(line) is expected


@pytest.mark.parametrize("line,expected", [
    ("香港，2024年3月20日", True), ("Hong Kong, 20 March 2024", True), ("Qixia Port, 12 October 2026", True),
    ("Date: Friday, 12 April 2024, 9:00 a.m.", False), ("Outlook for March 2026 and Beyond", False),
])
def test_the_place_and_date_a_letter_is_signed(line, expected):
    assert date_line(line) is expected


@pytest.mark.parametrize("line,expected", [
    ("版权所有 [年份] [著作权人名称]", True), ("Copyright [yyyy] [name of copyright owner]", True),
    ("Copyright <year> <owner>", True), ("Copyright and Licensing", False),
])
def test_a_copyright_notice_to_fill_in(line, expected):
    assert never_heading(line) is expected


@pytest.mark.parametrize("line,expected", [
    ("四、科研基础设施与共享平台 .................... 9", True), ("Foreword ........................ 1", True),
    ("第一章 总则……………… 3", True), ("第三章 监督管理 · · · · · 12", True), ("Annex ____ 14", True),
    ("1.1 Scope", False), ("Version 1.2", False), ("附件1 收费标准", False), ("Wait... 3", False),
    ("图表3　各业务板块收入", True), ("Annex  Grant Scheme Rules ... 16", True), ("一、理事长致辞 二、机构概况 三、项目进展", True),
    ("1. Message from the Chair 2. About Us 3. Programme Highlights", True), ("一、总则", False), ("3.2 Scope 4 items", False), ("中文版本", True), ("ENGLISH VERSION", True), ("English", True),
    ("English Version of the Report", False), ("中文版见下文", True), ("中文译本", True), ("繁體中文譯本", True), ("Chinese version follows", True), ("Chinese Medicine", False), ("中文教学", False), ("中華民國115年6月30日校長核定公布", True),
    ("Amended and promulgated by the President on June 30, 2026", True), ("2024年5月19日董事会修订重述", True), ("重述", False),
    ("Amended and Restated by the Board of Directors on May 19, 2024", True), ("——2027年1月14日在市人民代表大会上", True),
    ("澄江市住房和城乡建设局　澄江市市场监督管理局　制定", True), ("Issued by the Chengjiang Municipal Bureau of Housing", True),
    ("制定依据", False), ("Issues to Consider", False),
    ("责任编辑：王晓", True), ("Editor: Wang Xiao", True), ("Photos: ***", True), ("编辑部", False),
    ("3.1", True), ("3.2.4", True), ("3.1 Scope", False), ("GB 50838 城市综合管廊工程技术规范", True),
    ("GB/T 4208 Degrees of protection provided by enclosure (IP code)", True), ("ISO 9001:2015 Quality management systems", True),
    ("Issued Shares in 2025", False), ("南府发〔2026〕9号", True), ("Nan Fu Fa [2026] No. 9", True),
    ("临科发〔2025〕12号", True), ("第一章 总则", False), ("附件　資助計劃守則　……　16", True), ("我们等了……3", False),
])
def test_a_contents_entry_with_dot_leaders(line, expected):
    assert never_heading(line) is expected


@pytest.mark.parametrize("line,expected", [
    ("第17号", True), ("第 47/IAM/2026 號", True), ("No. 47/IAM/2026", True), ("〔2024〕第3号", True), ("农业农村部令2024年第17号", True), ("No. 17", True), ("Order No. 5", True),
    ("第17条", False), ("No. 17 Middle School", False), ("第三号文件", False),
])
def test_an_orders_number_under_its_issuer(line, expected):
    assert never_heading(line) is expected


@pytest.mark.parametrize("text,lang,expected", [
    ("市文化和旅游局局长　林知远", "zh", True),
    ("Lin Zhiyuan, Director, Municipal Bureau of Culture and Tourism", "en", True),
    ("Han Liyan, Chairman", "en", True),
    ("Risk Management, Overview", "en", False),  # no role in it
    ("风险管理　概述", "zh", False),
    # A redacted name, as reports publish them.
    ("省长  ***", "zh", True), ("董事长　王**", "zh", True), ("*** , Governor", "en", True),
    ("***, Mayor of Canglan", "en", True), ("*** , Overview", "en", False), ("概述　***", "zh", False),
    # The role before the name.
    ("President ***", "en", True), ("Vice-President Li Na", "en", True),
    ("Message from the President", "en", False), ("Head Office", "en", False), ("Board of Directors", "en", False),
    ("President of the Legislative Council, Ho ***", "en", True), ("The Chief Executive, Leung ***", "en", True),
    ("Chapter One, General Provisions", "en", False),
])
def test_a_byline_names_a_role(text, lang, expected):
    from bitext.headings import _byline
    assert _byline(text, lang) is expected


@pytest.mark.parametrize("text,lang,expected", [
    ("松岭大学实验动物中心", "zh", True), ("Songling University Laboratory Animal Centre", "en", True),
    ("Qinghe Institute of Biomedicine — Core Instrument Facility", "en", True), ("Bank of China", "en", True),
    ("Minutes of the Fourth Plenary Meeting of the Ninth Council", "en", False),
    ("第九届理事会第四次全体会议纪要", "zh", False), ("Report of the Audit Committee", "en", False),
])
def test_the_name_of_an_organisation(text, lang, expected):
    from bitext.headings import organisation
    assert organisation(text, lang) is expected


def test_a_numbered_annex_that_holds_a_table_stays_a_heading():
    text = "\n".join([
        "停车场管理规定", "Car Park Rules",
        "1 适用范围", "1 Scope",
        "本规定适用于园区内全部停车场。", "These rules apply to every car park on the campus.",
        "2 收费", "2 Charges",
        "停车费按附表1收取。", "Parking is charged as set out in Schedule 1.",
        "3 违规停车", "3 Illegal Parking",
        "占用消防通道的车辆将被拖离。", "Vehicles blocking a fire lane will be towed away.",
        "附表1　收费标准", "Schedule 1  Charges",
        "车型｜首小时｜此后每小时", "Vehicle | First hour | Each further hour",
        "小型车｜5元｜2元", "Car | 5 yuan | 2 yuan",
        "大型车｜10元｜4元", "Large vehicle | 10 yuan | 4 yuan",
    ])
    got = _pairs(text)
    assert ("附表1 收费标准", "Schedule 1 Charges") in got
    assert not any("｜" in z for z, _ in got)


def test_a_table_title_in_a_document_without_numbered_sections_stays():
    from bitext.headings import _table_titles
    from bitext.segment import outline
    text = "\n".join([
        "社区图书室简介", "About the Community Library",
        "图书室每天开放八小时。", "The library opens eight hours a day.",
        "藏书情况", "Holdings",
        "类别｜册数｜占比", "Category | Volumes | Share",
        "文学｜3200｜40%", "Fiction | 3200 | 40%",
    ])
    src = read_text(text, "x.txt")
    for lang in ("zh", "en"):
        o = outline(src.blocks, lang)
        assert not _table_titles(o, src.blocks, set())


def test_a_role_over_a_name_and_a_date_signs_only_before_a_heading():
    from bitext.headings import _signed

    def signed(lines: list[str], line: str, lang: str) -> bool:
        blocks = read_text("\n".join(lines), "x.txt").blocks
        return _signed(blocks, next(k for k, b in enumerate(blocks) if b.text == line), lang)

    letter = ["一、审核意见", "I. Opinion", "我们未发现重大差错。", "We found no material errors.",
              "站长", "***", "***", "Head of Station", "2026年1月15日", "15 January 2026",
              "二、附录", "II. Appendix", "无。", "None."]
    assert signed(letter, "站长", "zh") and signed(letter, "Head of Station", "en")
    # Over a version and a date, then text: an entry of a log, not a signature.
    log = ["一、版本说明", "I. Release Notes", "新版本", "New Version", "v2.1", "v2.1", "2026年3月", "March 2026",
           "本版修复了同步错误，并加快了启动速度。", "This release fixes a sync error and starts faster.",
           "二、已知问题", "II. Known Issues", "暂无。", "None so far."]
    assert not signed(log, "新版本", "zh") and not signed(log, "New Version", "en")


def test_an_organisation_after_text_may_head_numbered_sections():
    text = "\n".join([
        "园区年报", "Park Annual Report",
        "本报告介绍园区各单位一年来的工作。", "This report describes the work of the park's units over the year.",
        "数据中心", "Data Centre",
        "1 机房", "1 Server Rooms",
        "新建机房两间。", "Two server rooms were built.",
        "2 网络", "2 Network",
        "主干网带宽提升至100G。", "Backbone bandwidth rose to 100G.",
        "3 安全", "3 Security",
        "全年未发生安全事件。", "There were no security incidents in the year.",
    ])
    assert ("数据中心", "Data Centre") in _pairs(text)


def test_an_annex_line_heads_the_annex_it_is_over_not_one_it_only_names():
    body_zh = ["一、申请条件", "年满六十周岁的本区居民可以申请。", "二、申请方式", "申请人向社区居委会提交申请表。"]
    body_en = ["I. Who May Apply", "Residents of the district aged 60 or over may apply.",
               "II. How to Apply", "Applicants hand the form to the neighbourhood committee."]
    # Over its content: a heading.
    got = _pairs("\n\n".join(body_zh + ["附件：申请表填写须知", "1. 用黑色笔填写。", "2. 附身份证复印件。"]
                              + body_en + ["Annex: Notes on Filling in the Form", "1. Write in black ink.",
                                           "2. Attach a copy of your identity card."]))
    assert ("附件：申请表填写须知", "Annex: Notes on Filling in the Form") in got
    # Over dated entries: a heading (the date does not sign the document).
    got = _pairs("\n\n".join(body_zh + ["附件：服务大事记", "2025年3月", "首批二十名老人入住。"]
                              + body_en + ["Annex: Milestones", "March 2025", "The first twenty residents moved in."]))
    assert ("附件：服务大事记", "Annex: Milestones") in got
    # At the end, with only a note on the translation after it: the annex is not in the document.
    got = _pairs("\n\n".join(body_zh + ["附件：申请表填写须知", "※本英文译本仅供参考。"]
                              + body_en + ["Annex: Notes on Filling in the Form", "Note: This English version is for reference only."]))
    assert not any(z.startswith("附件") for z, _ in got)
    assert ("二、申请方式", "II. How to Apply") in got


@pytest.mark.parametrize("first,second,lang,expected", [
    ("总裁兼首席执行官", "周明远", "zh", True),
    ("周明远", "总裁兼首席执行官", "zh", True),
    ("Chairman", "Su Huaijin", "en", True),
    ("Su Huaijin", "President and Chief Executive Officer", "en", True),
    ("董事长", "董事长致辞与年度回顾", "zh", False),  # a role over a heading, not a name
    ("风险管理", "市场风险", "zh", False),
    ("Chairman", "Meetings of the Board", "en", False),
    ("Risk Management", "Market Risk", "en", False),
])
def test_a_role_and_a_name_on_two_lines(first, second, lang, expected):
    from bitext.headings import _signature_lines
    assert _signature_lines(first, second, lang) is expected


@pytest.mark.parametrize("line,expected", [
    ("2025年版", True), ("第2版", True), ("2025 Edition", True), ("Second Edition", True),
    ("版本说明", False), ("Editions and Formats", False), ("2025年工作要点", False),
])
def test_an_edition_heads_nothing(line, expected):
    assert never_heading(line) is expected


def test_a_role_over_a_name_after_a_letter_is_its_signature():
    zh = ["致股东的信", "今年公司的营业收入增长了百分之十二，感谢各位股东的信任。", "董事长", "苏怀瑾",
          "一、公司概况", "公司成立于2001年，主要从事仓储和运输业务。"]
    en = ["Letter to Shareholders", "Revenue grew by twelve per cent this year; thank you for your trust.", "Chairman", "Su Huaijin",
          "I. Company Profile", "The company was founded in 2001 and provides warehousing and transport services."]
    got = _pairs("\n\n".join(zh + en))
    assert ("董事长", "Chairman") not in got and ("苏怀瑾", "Su Huaijin") not in got
    assert ("一、公司概况", "I. Company Profile") in got


@pytest.mark.parametrize("line,expected", [
    ("“以前要走两公里去挑水，现在拧开龙头就有。”——村民杨阿姨", True),
    ("\"It changed how our school works.\" — Ms Chen, head teacher", True),
    ("“读书让我看见了更大的世界！”", True),
    ("“双减”政策落实情况", False), ("\"Smart\" Meters and Your Data", False), ("“十四五”规划中期评估", False),
])
def test_a_quotation_heads_nothing(line, expected):
    assert never_heading(line) is expected


@pytest.mark.parametrize("line,lang,expected", [
    ("（三）在公共网络上运行下载程序；或", "zh", False), ("(c) run downloads on the shared network; or", "en", False),
    ("(b) keep the receipt; and", "en", False), ("（二）保存收据；以及", "zh", False),
    ("Terms and Conditions", "en", True), ("权利和义务", "zh", True), ("Rights or Duties", "en", True),
])
def test_a_list_item_that_goes_on_to_the_next_is_no_heading(line, lang, expected):
    from bitext.segment import heading_line
    assert heading_line(line, lang) is expected


@pytest.mark.parametrize("line,expected", [
    ("目录", True), ("本章目录", True), ("本节目录", True), ("Contents of This Chapter", True), ("Chapter Contents", True),
    ("Table of Contents", True), ("本章目标", False), ("目录管理办法", False), ("Contents of the Box", False),
    ("Contents Insurance", False),
])
def test_the_label_of_a_contents_list_heads_no_section(line, expected):
    from bitext.segment import heading_line
    assert heading_line(line, "zh" if re.search(r"[\u4e00-\u9fff]", line) else "en") is (not expected)


@pytest.mark.parametrize("zh,en,more,expected", [
    ("九、联系方式", "Section 8 Contact", 1, None),  # one more Chinese section before it: the words decide
    ("九、联系方式", "Section 8 Contact", 0, 0.0),  # as many sections: the numbers disagree
    ("九、联系方式", "Section 7 Contact", 1, 0.0),  # further apart than one extra section explains
    ("八、联系方式", "Section 9 Contact", 1, 0.0),  # the English is the longer one only when more < 0
    ("八、联系方式", "Section 9 Contact", -1, None),
    ("八、廉洁声明", "Section 8 Contact", 1, 1.0),
])
def test_numbers_after_an_extra_section_are_no_evidence_against(zh, en, more, expected):
    from bitext.pair import _number_match
    assert _number_match(zh, en, more) == expected


def test_a_label_over_attachments_is_no_address_line():
    """A lead-in sentence then the lines of an address block set the block aside; a
    label ending in a colon over a numbered list of attachments, then the issuers'
    names (the last "… Co., Ltd.") and a date, stays a heading."""
    zh = ["一、采购内容", "本项目采购医用冰箱二十台，预算金额四十万元。", "二、联系方式",
          "如有疑问，请通过以下方式联系：", "柳岸医疗器械有限公司", "采购部", "南湖区柳岸路9号",
          "附件：", "1.技术参数表", "2.报价单格式", "柳岸市人民医院", "柳岸医疗器械有限公司", "2025年6月3日"]
    en = ["1. Items to Be Purchased", "The project buys twenty medical refrigerators with a budget of 400,000 yuan.",
          "2. Contact Details", "For any questions, please contact:", "Liu'an Medical Devices Co., Ltd.",
          "Purchasing Department", "9 Liu'an Road, Nanhu District", "Attachments:", "1. Technical specifications",
          "2. Form of quotation", "Liu'an People's Hospital", "Liu'an Medical Devices Co., Ltd.", "3 June 2025"]
    got = _pairs("\n\n".join(zh) + "\n\n" + "\n\n".join(en))
    assert ("二、联系方式", "2. Contact Details") in got
    assert not any(z in ("柳岸医疗器械有限公司", "采购部", "南湖区柳岸路9号") for z, _ in got)
    assert ("附件", "Attachments") in got


@pytest.mark.parametrize("sentences,expected", [
    (("2.3 Number of Devices.", "A single account may be signed in on five devices."), "2.3 Number of Devices."),
    (("14.2 Severability.", "If any provision is held invalid, the rest remains in force."), "14.2 Severability."),
    (("3.2 Law of the Contract.", "These terms are governed by Chinese law."), "3.2 Law of the Contract."),
    (("1. Unplug the heater.", "Wait ten minutes before you open the cover."), None),  # a step
    (("11.3 Nothing in this Agreement limits liability for fraud.", "This applies to both parties."), None),
    (("2.3 Number of Devices.",), None),  # nothing after it to head
])
def test_a_numbered_clause_opens_with_its_title(sentences, expected):
    """The splitter cuts "2.3 Number of Devices. A single account …" after the title:
    the number and the title are the clause's run-in heading."""
    from bitext.headings import _numbered_title
    from bitext.model import Paragraph
    got = _numbered_title(Paragraph(sentences, 1))
    assert (got[0] if got else None) == expected


def test_two_counted_english_runins_count_only_against_a_chinese_counted_run():
    from bitext.model import Outline, Paragraph, Part
    from bitext.headings import parallel_runins, zh_counted_runs
    from bitext.segment import outline

    paras = (Paragraph(("First, we will clean up rivers.", "We will dredge twelve kilometers."), 1),
             Paragraph(("Second, we will work actively and prudently toward peak emissions and carbon neutrality.",
                        "We will add new capacity."), 2))
    o = Outline("en", (Part(None, paras),))
    # Two that count are no run alone ("First, I thank … Second, I hope …" in a letter) …
    assert parallel_runins(o) == o
    # … but are the two run-ins a Chinese "一是…" / "二是…" has; the count and its
    # frame ("we will") do not make the point long.
    heads = [p.heading.text for p in parallel_runins(o, set(), set(), {2}).parts if p.heading]
    assert heads == ["First, we will clean up rivers",
                     "Second, we will work actively and prudently toward peak emissions and carbon neutrality"]
    zh = read_text("一是整治河道。完成河道清淤十二公里。\n\n二是改造小区。改造老旧小区二十六个。", "z.txt")
    assert zh_counted_runs(outline(zh.blocks, "zh")) == {2}
    # A run that does not count from one is not counted.
    zh = read_text("二是整治河道。完成河道清淤十二公里。\n\n三是改造小区。改造老旧小区二十六个。", "z.txt")
    assert zh_counted_runs(outline(zh.blocks, "zh")) == set()


@pytest.mark.parametrize("text,heads", [
    # Two short clauses, as the Chinese "坚持生态优先，人居环境明显改善" has.
    ("(2) We put the environment first, and living conditions improved markedly. We dredged 20 km of river. "
     "Waste sorting covers 90 percent of the town.", True),
    # A long sentence of three clauses, or one clause too long, says what happened.
    ("(2) In 2024, with the help of the county, we dredged rivers. We dredged 20 km of river. Waste sorting grew.", False),
    ("(2) We put the environment first in every decision we took about roads, parks, rivers and schools, and it worked. "
     "We dredged 20 km of river. Waste sorting grew.", False),
])
def test_a_numbered_english_runin_may_be_two_short_clauses(text, heads):
    from bitext.headings import _numbered_sentence
    from bitext.model import Paragraph
    from bitext.segment import split_sentences

    cut = _numbered_sentence(Paragraph(split_sentences(text, "en"), 1))
    assert (cut is not None and cut[3]) == heads  # short: it heads alone; long, only among short ones


def test_text_between_numbered_english_runins_does_not_end_their_run():
    from bitext.headings import parallel_runins, zh_numbered_runins
    from bitext.segment import outline

    zh = ["（一）稳住就业，收入稳步增长。全年新增就业岗位三千个。开展技能培训五十期。",
          "园区新增企业十家。新增岗位八百个。",
          "（二）改善住房，居住条件明显改善。改造老旧小区十个。新建保障房五百套。"]
    en = ["(1) We kept jobs steady, and incomes rose. Some 3,000 new jobs were created. We ran 50 skills courses.",
          "The industrial park added ten firms. They created 800 jobs.",
          "(2) We improved housing, and living conditions got better. Ten old compounds were renovated. We built 500 units."]
    src = read_text("\n\n".join(zh + en), "x.txt")
    zo, eo = outline(src.blocks, "zh"), outline(src.blocks, "en")
    assert zh_numbered_runins(zo) == {("1", "2")}
    heads = [p.heading.text for p in parallel_runins(eo, set(), zh_numbered_runins(zo)).parts if p.heading]
    assert heads == ["(1) We kept jobs steady, and incomes rose", "(2) We improved housing, and living conditions got better"]


@pytest.mark.parametrize("lead_in,heads", [
    ("Let me share three hopes with you.", True),   # the English has points: so has the Chinese
    ("Our three hopes are:", False),                # the English lists them too: items of a list
])
def test_counted_runins_after_a_colon_are_points_when_the_english_has_them(lead_in, heads):
    zh = ["开学典礼讲话", "一、致辞", "我向同学们提三点希望：",
          "第一，志存高远。希望大家把个人理想融入国家发展。", "第二，勤学笃行。希望大家多走进实验室。",
          "第三，修身律己。希望大家养成良好习惯。", "二、结语", "谢谢大家。"]
    en = ["Opening Ceremony Address", "I. Remarks", lead_in,
          "First, aim high. I hope you will link your ideals with the country's development.",
          "Second, learn by doing. I hope you will spend time in laboratories.",
          "Third, hold yourselves to high standards. I hope you will build good habits.", "II. Closing", "Thank you."]
    got = _pairs("\n\n".join(zh + en))
    assert (("第一，志存高远", "First, aim high") in got) == heads
    assert ("二、结语", "II. Closing") in got


@pytest.mark.parametrize("first,aside", [
    ("新的一年，政府工作任务繁重、使命光荣。我们将以更高标准要求自己。", True),  # two clauses: the section's opening
    ("坚持从严治政。我们将以更高标准要求自己。", False),                       # one of the run, as the others are
    ("加强作风建设。我们将以更高标准要求自己。", False),                       # opens otherwise, but holds no comma
])
def test_an_opening_sentence_of_two_clauses_before_a_run_of_runins_is_text(first, aside):
    from bitext.headings import not_headings
    from bitext.segment import outline

    zh = ["二、加强政府自身建设", first, "坚持依法行政。主动接受人大监督。", "坚持务实担当。健全工作推进机制。",
          "坚持廉洁从政。加强审计监督。"]
    src = read_text("\n\n".join(zh), "x.txt")
    o = outline(src.blocks, "zh")
    k = next(n for n, p in enumerate(o.parts) if p.heading is not None and first.startswith(p.heading.text))
    skip = not_headings(o, src.blocks)
    assert (k in skip) == aside
    assert not any(o.parts[n].heading.text.startswith("坚持依法") for n in skip)


def test_labelled_lines_set_apart_as_a_block_are_particulars_not_sections():
    from bitext.headings import not_headings
    from bitext.read import read_text
    from bitext.segment import outline

    block = ("报告时间范围：2025年1月1日至2025年12月31日，部分内容适当追溯以往年份或延伸至报告发布日。\n"
             "报告组织范围：本公司及纳入合并财务报表范围的全部子公司，不含联营企业和合营企业。\n"
             "编制依据：参照全球报告倡议组织《可持续发展报告标准》和证券交易所的相关指引编制。\n")
    for text, expected in [("关于本报告\n\n本报告披露公司的做法与绩效。\n\n" + block + "\n董事长致辞\n\n今年是关键之年。\n", True),
                           ("关于本报告\n" + block + "董事长致辞\n今年是关键之年。\n", False)]:  # no blank lines: nothing set apart
        src = read_text(text, "r.txt")
        o = outline(src.blocks, "zh")
        labels = {k for k, p in enumerate(o.parts) if p.heading is not None and p.heading.text in ("报告时间范围", "报告组织范围", "编制依据")}
        assert len(labels) == 3
        assert (labels <= not_headings(o, src.blocks, src.subtitles)) is expected


def test_a_signature_over_the_date_it_was_signed_heads_nothing():
    from bitext.headings import not_headings
    from bitext.read import read_text
    from bitext.segment import outline

    src = read_text("第一條　標的\n\n本法規範個人資料的處理。\n\n第二條　生效\n\n本法自公佈翌日起生效。\n\n"
                    "二零二五年十一月十四日通過。\n立法會主席　何***\n二零二五年十一月十九日簽署。\n命令公佈。\n"
                    "行政長官　梁***\n", "law.txt")
    o = outline(src.blocks, "zh")
    signed = {k for k, p in enumerate(o.parts) if p.heading is not None and "***" in p.heading.text}
    assert signed and signed <= not_headings(o, src.blocks, src.subtitles)


def test_a_standards_terms_under_their_numbers_are_headings():
    """A standard's definitions: the clause number on a line, the term under it (the
    Chinese with its English name, as the standard prints it), then the definition."""
    zh = ["3 术语和定义", "下列术语和定义适用于本文件。", "3.1\n保温格口 insulated compartment", "采用隔热结构、能在规定时间内保持低温的格口。",
          "3.2\n蓄冷元件 cold storage element", "预先冷却后放入格口、依靠吸热维持低温的元件。"]
    en = ["3 Terms and definitions", "For the purposes of this document, the following terms and definitions apply.",
          "3.1\ninsulated compartment", "A compartment with an insulated structure that stays cold for a specified time.",
          "3.2\ncold storage element", "An element that is cooled in advance and keeps a compartment cold by absorbing heat."]
    b = process(read_text("\n\n".join(zh + en), "doc.txt"))
    got = [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh and s.heading_en]
    assert ("3.1 保温格口 insulated compartment", "3.1 insulated compartment") in got
    assert ("3.2 蓄冷元件 cold storage element", "3.2 cold storage element") in got


def test_a_standards_annex_on_three_lines_is_one_heading():
    """"附录A" / "（规范性）" / "数据元素定义": the label, the kind in brackets and the
    title, one under the other, are one heading, in both languages; the data under
    it is no address that the title would head."""
    zh = ["5 总体要求", "接口应采用统一的报文格式。", "附录A\n（规范性）\n数据元素定义", "A.1 充电站对象",
          "充电站对象的字段见表A.1。", "附录B\n（资料性）\n报文示例", "B.1 状态推送请求示例",
          '{\n  "operatorId": "TC0000123",\n  "status": 3\n}', "附录C（资料性）\n接入流程", "接入分为申请、测试和正式接入三步。"]
    en = ["5 General requirements", "The interface shall use a uniform message format.",
          "Annex A\n(normative)\nData element definitions", "A.1 Charging station object",
          "The fields of the charging station object are given in Table A.1.", "Annex B\n(informative)\nMessage examples",
          "B.1 Example of a status push request", '{\n  "operatorId": "TC0000123",\n  "status": 3\n}',
          "Annex C (informative)\nConnection procedure", "Connection takes three steps: application, testing and formal connection."]
    got = _pairs("\n\n".join(zh + en))
    assert ("附录C（资料性）接入流程", "Annex C (informative) Connection procedure") in got  # the kind on the label's line
    assert ("附录A（规范性）数据元素定义", "Annex A (normative) Data element definitions") in got
    assert ("附录B（资料性）报文示例", "Annex B (informative) Message examples") in got


def test_a_licences_lettered_subsections_pair_with_numbered_points(tmp_path):
    """Two files: the Chinese points stand alone on their lines ("（一）授予。"), the English
    ones are run in and lettered ("a. Grant. Subject to …"), in sentence case."""
    zh = "\n\n".join(["第二條　授權範圍", "（一）授予。\n授權人授予被授權人全球性、免權利金之授權。", "（二）例外及限制。\n依合理使用無須取得授權者，不適用本條款。",
                      "（三）期間。\n本授權之期間，為著作權存續期間。", "第三條　授權條件", "被授權人應遵守下列條件。"])
    en = "\n\n".join(["Section 2 – Scope", "a. Grant. The Licensor grants you a worldwide, royalty-free licence.",
                      "b. Exceptions and limitations. Where fair use applies, this Licence does not.",
                      "c. Term. This Licence lasts for the duration of the copyright.", "Section 3 – Conditions",
                      "You must comply with the following conditions."])
    got = _two_file_pairs(tmp_path, zh, en)
    assert ("（一）授予", "a. Grant") in got
    assert ("（二）例外及限制", "b. Exceptions and limitations") in got
    assert ("（三）期間", "c. Term") in got


def test_a_numbered_title_with_a_full_stop_on_its_own_line_heads_its_text():
    """'4.1 Source Form.' alone on its line over its text (as licences write them) is a
    heading; a step of a list ('1. Turn off the power.') is not, nor one over another item."""
    zh = ["4. 分发", "您可以分发本软件。", "4.1 源代码形式", "以源代码形式分发的，应附本许可证全文。", "4.2 目标代码形式",
          "仅以目标代码形式分发的，应在文档中附本许可证。", "5. 操作步骤", "1. 关闭电源。", "2. 拔下插头。"]
    en = ["4. Distribution", "You may distribute the Software.", "4.1 Source Form.",
          "If You distribute the Software in Source Form, You must include a copy of this License.", "4.2 Object Form.",
          "If You distribute it in Object Form only, You must include this License in the documentation.",
          "5. Steps", "1. Turn off the power.", "2. Unplug the cable."]
    got = _pairs("\n\n".join(zh + en))
    assert ("4.1 源代码形式", "4.1 Source Form") in got and ("4.2 目标代码形式", "4.2 Object Form") in got
    assert not any(e.startswith(("1.", "2.")) for _, e in got)


def test_numbered_questions_of_an_faq_are_headings_where_they_stand():
    """'问1：…？' / 'Q1. …?' after the document's own headings are still its entries, numbered
    as such; unnumbered '问：…？' there are the items of one section (as most writers see them)."""
    head = ["一、入院须知", "请携带身份证和医保卡。", "二、住院生活", "病房每天早上六点开灯。", "三、出院", "出院前请结清费用。",
            "四、常见问题"]
    en_head = ["I. Admission", "Please bring your ID card and medical insurance card.", "II. Life on the Ward",
               "The lights come on at six every morning.", "III. Discharge", "Please settle your bill before you leave.",
               "IV. Common Questions"]
    qs = [("问1：家属可以陪夜吗？", "Q1. Can a family member stay overnight?"), ("问2：可以离开病区吗？", "Q2. Can I leave the ward?")]
    answers = [("可以，但每位患者限一人。", "Yes, one person per patient."), ("请先告知护士。", "Please tell a nurse first.")]
    zh = head + [x for (q, _), (a, _) in zip(qs, answers) for x in (q, a)]
    en = en_head + [x for (_, q), (_, a) in zip(qs, answers) for x in (q, a)]
    got = _pairs("\n\n".join(zh + en))
    assert ("问1：家属可以陪夜吗", "Q1. Can a family member stay overnight") in got or (
        "问1：家属可以陪夜吗？", "Q1. Can a family member stay overnight?") in got
    unnumbered = _pairs("\n\n".join(zh + en).replace("问1：", "问：").replace("问2：", "问：").replace("Q1.", "Q:").replace("Q2.", "Q:"))
    assert not any(z.startswith("问") for z, _ in unnumbered)


def test_numbered_notes_annotate_and_head_nothing():
    zh = ["第三條　服務等級", "事件依嚴重程度分為三級，處理時限見附表。", "註一：嚴重等級一之事件應全年無休處理；其他事件於服務時間內處理。",
          "註二：服務時間為週一至週五上午九時至下午六時。", "第四條　費用", "年度維護費為新臺幣十二萬元。"]
    en = ["Article 3 Service Levels", "Incidents are classified into three levels; response times are set out in the Schedule.",
          "Note 1: Severity 1 Incidents shall be handled at all times. Other Incidents shall be handled during Service Hours.",
          "Note 2: Service Hours are 9:00 a.m. to 6:00 p.m., Monday to Friday.", "Article 4 Fees", "The annual maintenance fee is NT$120,000."]
    got = _pairs("\n\n".join(zh + en))
    assert got == [("第三條 服務等級", "Article 3 Service Levels"), ("第四條 費用", "Article 4 Fees")]


def test_the_year_a_heading_covers_is_no_byline_date():
    """'Service Review 2023/24' over the numbered sections names them; '…编　2025年10月' is a byline."""
    from bitext.headings import _ends_with_date

    assert not _ends_with_date("Service Review 2023/24") and not _ends_with_date("年度回顧 2023-24")
    assert _ends_with_date("校长办公室编　2025年10月") and _ends_with_date("Prepared by the Office, January 2026")


def test_an_appendix_label_and_its_title_on_one_line_are_one_heading():
    """'APPENDIX: How to Apply This License to Your Work.' is the appendix's heading, whole
    (its label is no run-in label over a text), as '附录：如何将本许可证适用于您的作品' is."""
    en = ["12. Acceptance.", "You are not required to accept this License.",
          "APPENDIX: How to Apply This License to Your Work.", "To apply the License to your work, attach the following notice."]
    zh = ["第12条 接受", "您无须接受本许可证。", "附录：如何将本许可证适用于您的作品", "如需将本许可证适用于您的作品，请附上下列声明。"]
    got = _pairs("\n\n".join(zh + en))
    assert ("附录：如何将本许可证适用于您的作品", "APPENDIX: How to Apply This License to Your Work") in got


def test_a_sentence_cut_before_what_one_must_do_leads_into_its_list():
    """'會員須：' / 'Every member shall:' over the duties lead into them; they head nothing."""
    zh = ["第八條　會員責任", "會員須：\n(1) 遵守本會會章；\n(2) 按時繳交會費。", "第九條　會費", "普通會員年費為港幣二百元。"]
    en = ["Article 8 Duties of Members", "Every member shall:\n(1) observe this Constitution;\n(2) pay the fees on time.",
          "Article 9 Fees", "The annual fee for an ordinary member is HK$200."]
    got = _pairs("\n\n".join(zh + en))
    assert got == [("第八條 會員責任", "Article 8 Duties of Members"), ("第九條 會費", "Article 9 Fees")]


def test_a_licences_sections_with_full_stops_and_their_lettered_parts(tmp_path):
    """'Section 2 – Scope.' and 'a. Grant of rights.' alone on their lines are headings, as
    '第2條 範圍' and '（一）授與權利。' over their numbered items are; an article's first words
    ('Article 11 The quorum … members.') are not a title."""
    zh = "\n".join(["第2條 範圍", "", "（一）授與權利。", "1. 授權人授與您全球性之授權，使您得：", "A. 重製及分享授權素材；及",
                    "B. 製作改作物。", "", "（二）未授與之權利。", "1. 著作人格權不在授權範圍內。", "2. 專利權及商標權不在授權範圍內。",
                    "", "第3條 授權條件", "", "您須遵守下列條件。"])
    en = "\n".join(["Section 2 – Scope.", "", "a. Grant of rights.", "1. The Licensor grants you a worldwide licence to:",
                    "A. copy and Share the Licensed Material; and", "B. make Adaptations.", "", "b. Rights not granted.",
                    "1. Moral rights are not licensed.", "2. Patent and trademark rights are not licensed.", "",
                    "Section 3 – Conditions.", "", "You must meet the following conditions."])
    got = _two_file_pairs(tmp_path, zh, en)
    assert got == [("第2條 範圍", "Section 2 – Scope"), ("（一）授與權利", "a. Grant of rights"),
                   ("（二）未授與之權利", "b. Rights not granted"), ("第3條 授權條件", "Section 3 – Conditions")]
    from bitext.segment import heading_line
    assert not heading_line("Article 11 The quorum for a General Meeting shall be thirty ordinary members.", "en")


def test_a_licences_preamble_labels_points_with_semicolons_and_two_short_lettered_titles(tmp_path):
    """Two files of a licence: two run-in labels on each side between two headings pair in
    order though the dictionary links neither; a rule of '═' heads nothing; a point
    '（四）媒介及格式；技術上之修改。' is a point (two phrases a semicolon joins), and the
    items '（１）…' under a point are not in the points' run; two lettered titles of a word
    ('a. Attribution. 1. If …', 'b. ShareAlike. In …') pair with '（一）' and '（二）'."""
    zh = "\n".join([
        "蘭亭開放內容授權條款", "", "使用本授權條款前應注意事項", "", "本基金會並非律師事務所，亦不提供法律服務或法律意見。", "",
        "授權人應注意：本授權條款係供著作權人使用，以允許公眾利用其著作。", "",
        "被授權人應注意：依本授權條款利用素材時，如另依合理使用利用素材，不受本授權條款之限制。", "",
        "═══════════════════════════════", "", "第二條　授權範圍", "",
        "（一）授予。", "授權人授予被授權人全球性、免權利金之授權。", "",
        "（二）例外及限制。", "依合理使用無須取得授權者，不適用本條款。", "",
        "（三）期間。", "本授權之期間，為著作權存續期間。", "",
        "（四）媒介及格式；技術上之修改。", "被授權人得於任何媒介上行使權利，並得為必要之技術上修改。", "",
        "（五）後續收受人。", "任何自被授權人取得素材之人，均自動取得授權。", "",
        "第三條　授權條件", "", "被授權人行使權利，應遵守下列條件：", "",
        "（一）姓名標示。", "被授權人分享素材時，應：", "　１．保留下列資訊：", "　　（１）創作者之姓名；", "　　（２）著作權聲明；",
        "　　（３）在合理可行範圍內，素材之網址。", "", "（二）相同方式分享。", "被授權人分享改作物時，應採用本授權條款。", "",
        "第四條　其他條款", "", "授權人不受被授權人所提出任何其他條款之拘束。"])
    en = "\n".join([
        "Lanting Open Content Licence", "", "Considerations Before Using This Licence", "", "The Foundation is not a law firm and does not provide legal advice.", "",
        "Considerations for licensors: This Licence is intended for use by copyright holders to let the public use their works.", "",
        "Considerations for the public: When you use material under this Licence, fair use is not restricted by it.", "",
        "------------------------------------------------------------", "", "Section 2 – Scope", "",
        "a. Grant. The Licensor grants you a worldwide, royalty-free licence.", "",
        "b. Exceptions and limitations. Where fair use applies, this Licence does not.", "",
        "c. Term. This Licence lasts for the duration of the copyright.", "",
        "d. Media and formats; technical modifications. You may exercise the rights in any medium.", "",
        "e. Downstream recipients. Every recipient automatically receives an offer from the Licensor.", "",
        "Section 3 – Licence Conditions", "", "Your exercise of the rights is subject to the following conditions.", "",
        "a. Attribution.", "   1. If you Share the Licensed Material, you must:", "      A. retain the name of the creator;",
        "      B. indicate whether you modified it.", "",
        "b. ShareAlike. If you Share Adapted Material, you must apply this Licence.", "",
        "Section 4 – Other Terms", "", "The Licensor is not bound by any additional terms you communicate."])
    got = _two_file_pairs(tmp_path, zh, en)
    assert ("授權人應注意", "Considerations for licensors") in got
    assert ("被授權人應注意", "Considerations for the public") in got
    assert not any("═" in z for z, _ in got)
    assert ("（四）媒介及格式；技術上之修改", "d. Media and formats; technical modifications") in got
    assert ("（五）後續收受人", "e. Downstream recipients") in got
    assert ("（一）姓名標示", "a. Attribution") in got and ("（二）相同方式分享", "b. ShareAlike") in got


@pytest.mark.parametrize("date", ["二〇二四年三月九日", "2024年3月9日"])
def test_a_signature_dated_in_chinese_numerals_heads_nothing(date):
    """The office and date that close a text, the year written '二〇二四年' as often as '2024年'."""
    from bitext.segment import outline

    zh = ["第七条　解释", "本章程由本会理事会负责解释。", "第八条　施行", "本章程自会员大会通过之日起施行。", "青石镇登山协会", date]
    en = ["Article 7 Interpretation", "The Council of the Club interprets these Rules.", "Article 8 Entry into Force",
          "These Rules come into force on the day the General Meeting adopts them.", "Qingshi Town Mountaineering Club", "9 March 2024"]
    src = read_text("\n\n".join(zh + en), "rules.txt")
    heads = [p.heading.text for p in outline(src.blocks, "zh").parts if p.heading]
    assert heads == ["第七条 解释", "第八条 施行"]


def test_numbered_questions_head_their_parts_and_in_the_contents_list_they_are_entries(tmp_path):
    """'三、我们如何存储您的个人信息？' heads its part as '二、…' does; the same line in the
    contents list, between entries numbered alike, is an entry, not a question over an answer."""
    titles = [("我们如何收集您的个人信息", "How We Collect Your Personal Information"),
              ("我们如何共享您的个人信息", "How We Share Your Personal Information"),
              ("我们如何存储您的个人信息？", "How Do We Store Your Personal Information?"),
              ("我们如何保护您的个人信息？", "How Do We Protect Your Personal Information?"),
              ("如何联系我们", "How to Contact Us")]
    nums = "一二三四五"
    bodies = [("我们仅收集提供服务所必需的信息。", "We collect only the information needed to provide the service."),
              ("未经您的同意，我们不会共享您的信息。", "We do not share your information without your consent."),
              ("您的信息存储在境内的服务器上。", "Your information is stored on servers in the country."),
              ("我们采用加密等措施保护您的信息。", "We protect your information with encryption and other measures."),
              ("您可以发送邮件至客服邮箱与我们联系。", "You can contact us by e-mail.")]
    zh = ["麦穗读书隐私政策", "本政策将帮助您了解以下内容：\n" + "\n".join(f"{n}、{z}" for n, (z, _) in zip(nums, titles))]
    en = ["Maisui Reading Privacy Policy", "This Policy will help you understand the following:\n"
          + "\n".join(f"{k}. {e}" for k, (_, e) in enumerate(titles, 1))]
    zh += [x for n, (z, _), (bz, _) in zip(nums, titles, bodies) for x in (f"{n}、{z}", bz)]
    en += [x for k, (_, e), (_, be) in zip(range(1, 6), titles, bodies) for x in (f"{k}. {e}", be)]
    got = _two_file_pairs(tmp_path, "\n\n".join(zh), "\n\n".join(en))
    from bitext.read import read_pair

    src = read_pair(tmp_path / "zh.txt", tmp_path / "en.txt")
    asked = [b.line for b in src.blocks if b.kind == "heading" and b.text.endswith(("？", "?"))]
    assert not [n for n in asked if n <= 8]  # no line of the contents list (lines 3 to 8)
    assert [z for z, _ in got] == [f"{n}、{z}" for n, (z, _) in zip(nums, titles)]
    assert got[2] == ("三、我们如何存储您的个人信息？", "3. How Do We Store Your Personal Information?")


def test_parts_counted_by_the_heavenly_stems_are_numbered():
    """'甲部 – 利率', '乙部 – 費用', '丙部 – 重要事項' number a schedule's parts as 'Part A', 'Part B',
    'Part C' do: the fee lines under them do not make them contact lines."""
    from bitext.headings import numbering

    assert numbering("乙部 – 費用及收費").value == "2" and numbering("乙方应当") is None and numbering("丙部门") is None
    zh = ["附表 – 費用及利率", "甲部 – 利率", "零售簽賬：每月2.95%", "現金透支：每月2.95%", "乙部 – 費用及收費", "年費（主卡）：港幣1,800元",
          "逾期還款費：港幣300元", "丙部 – 重要事項", "1. 上述實際年利率乃假設所有還款均準時全數繳付而計算。"]
    en = ["Schedule – Fees and Interest Rates", "Part A – Interest Rates", "Retail purchases: 2.95% per month",
          "Cash advances: 2.95% per month", "Part B – Fees and Charges", "Annual fee (Principal Card): HK$1,800",
          "Late charge: HK$300", "Part C – Important Notes", "1. The APRs above assume that all repayments are made in full and on time."]
    got = _pairs("\n\n".join(zh + en))
    assert ("乙部 – 費用及收費", "Part B – Fees and Charges") in got and ("丙部 – 重要事項", "Part C – Important Notes") in got


def test_a_deleted_articles_note_is_its_text_not_part_of_its_heading():
    """'第 21 條' over '（刪除）' (and 'Article 21' over '(Deleted)'): the article is headed by its
    number; the note is all its text. ('附录A' over '（规范性）' still joins: the annex's kind.)"""
    zh = ["第 20 條", "管理機關得委託民間團體辦理步道之維護。", "第 21 條", "（刪除）", "第 22 條", "違反本條例者，處新臺幣二萬元以下罰鍰。"]
    en = ["Article 20", "The administering authority may entrust the upkeep of trails to private bodies.", "Article 21",
          "(Deleted)", "Article 22", "A person who contravenes this Act is liable to a fine of up to NT$20,000."]
    got = _pairs("\n".join(zh) + "\n\n" + "\n".join(en))
    assert ("第 21 條", "Article 21") in got



def test_a_first_sentence_with_its_subject_after_a_lead_says_something():
    from bitext.headings import _sentence_zh

    assert _sentence_zh("展望未來，本集團將專注於三個策略方向") and _sentence_zh("我们将继续推进改革")
    assert not _sentence_zh("稳定就业") and not _sentence_zh("坚持稳中求进，推动高质量发展")


def test_a_signature_whose_name_carries_a_title_is_no_section():
    """'校長' over '鄭思遠教授', 'Professor Cheng Sze-yuen' over 'President': a role and a name
    with the title it carries, on two lines under a message."""
    from bitext.headings import _signature_lines

    assert _signature_lines("校長", "鄭思遠教授", "zh") and _signature_lines("行政總裁", "梁慧明醫生", "zh")
    assert _signature_lines("Professor Cheng Sze-yuen", "President", "en")
    assert not _signature_lines("校長", "本年度學生總人數達一萬八千人", "zh") and not _signature_lines("Teaching and Learning", "President", "en")


def test_a_numbered_run_may_end_before_a_closing_clause_numbered_on():
    """"1. Opening time. …" to "5. Travel advice. …" head their points as "一、开通时间。…"
    to "五、出行提示。…" do; "6. This notice shall take effect …", numbered on with no
    text under it and no Chinese run-in of its own, is a clause that closes the notice."""
    from bitext.headings import parallel_runins, zh_numbered_runins
    from bitext.segment import outline

    titles = ["开通时间", "运营时间", "票价标准", "线路调整", "出行提示"]
    english = ["Opening time", "Operating hours", "Fares", "Route changes", "Travel advice"]
    zh = [f"{n}、{t}。本项安排自六月起执行，具体内容见车站公告。请乘客留意。" for n, t in zip("一二三四五", titles)]
    zh.append("六、本通告自发布之日起施行，试运营期间的具体安排以车站公告为准。")
    en = [f"{k}. {t}. These arrangements apply from June, as the station notices say. Please take note."
          for k, t in enumerate(english, 1)]
    en.append("6. This notice shall take effect on the date of issue. Later arrangements follow station notices.")
    src = read_text("\n\n".join(zh + en), "x.txt")
    zo, eo = outline(src.blocks, "zh"), outline(src.blocks, "en")
    assert zh_numbered_runins(zo) == {("1", "2", "3", "4", "5")}
    heads = [p.heading.text for p in parallel_runins(eo, set(), zh_numbered_runins(zo)).parts if p.heading]
    assert heads == [f"{k}. {t}" for k, t in enumerate(english, 1)]


def test_a_tables_title_inside_a_sections_text_neither_heads_nor_breaks_the_run():
    """A bulletin's numbered run-in headings go on past a table set into the second
    section's text with no blank line around its title ("主要产品产量" over the columns'
    names and rows of figures, set with tabs): the title is the table's, and the run is one."""
    zh = ["一、农业生产总体平稳。前三季度，全市农业总产值增长百分之三点八。粮食产量保持稳定。",
          "二、工业生产稳步回升。前三季度，规模以上工业增加值增长百分之六点二。\n主要产品产量\n"
          "产品名称\t单位\t1—9月\t同比增长（%）\n集成电路\t亿块\t11.82\t23.5\n新能源汽车\t万辆\t6.41\t31.7\n"
          "工业机器人\t套\t3926\t15.2\n水泥\t万吨\t842.6\t-6.8",
          "三、服务业持续恢复。前三季度，全市服务业增加值增长百分之四点八。交通运输业回升较快。",
          "四、市场消费稳中有升。前三季度，社会消费品零售总额增长百分之四点六。餐饮收入增长较快。"]
    en = ["I. Farming was generally stable. Farm output grew by 3.8 percent in the first three quarters. Grain output held steady.",
          "II. Industry picked up steadily. Industrial value added grew by 6.2 percent in the first three quarters.\n"
          "Output of Major Products\nProduct\tUnit\tJan-Sep\tYoY (%)\nIntegrated circuits\t100 mn units\t11.82\t23.5\n"
          "New energy vehicles\t10,000 units\t6.41\t31.7\nIndustrial robots\tsets\t3926\t15.2\nCement\t10,000 tons\t842.6\t-6.8",
          "III. Services kept recovering. Value added of services grew by 4.8 percent. Transport recovered fast.",
          "IV. Consumption rose steadily. Retail sales grew by 4.6 percent. Catering grew fast."]
    pairs = _pairs("\n\n".join(zh + en))
    assert pairs == [("一、农业生产总体平稳", "I. Farming was generally stable"),
                     ("二、工业生产稳步回升", "II. Industry picked up steadily"),
                     ("三、服务业持续恢复", "III. Services kept recovering"),
                     ("四、市场消费稳中有升", "IV. Consumption rose steadily")]


def test_a_platform_that_does_something_is_the_subject_of_a_sentence():
    from bitext.headings import _sentence_zh

    assert _sentence_zh("本平台作为网络预约出租汽车经营者，依法承担承运人责任")
    assert not _sentence_zh("平台服务的性质")


def test_an_annex_list_names_the_annexes_headed_further_on():
    """"附件：1. …" and the "2. …" under it list the annexes; the annexes' own
    titles further on head them. A note in brackets under a title is no address."""
    from bitext.headings import _short_line

    zh = "\n\n".join(["第一条　本规定适用于全市。", "第二条　本规定自2025年1月1日起施行。",
                       "附件：1. 日常巡检记录表\n2. 年度报告编制提纲",
                       "附件1", "日常巡检记录表", "巡检项目、检查结果及巡检人签字。",
                       "附件2", "年度报告编制提纲", "一、基本情况。二、工作情况。"])
    en = "\n\n".join(["Article 1 These Provisions apply throughout the city.", "Article 2 These Provisions take effect on 1 January 2025.",
                       "Annexes: 1. Daily Inspection Record Form\n2. Outline for Annual Reports",
                       "Annex 1", "Daily Inspection Record Form", "Items inspected, results and the inspector's signature.",
                       "Annex 2", "Outline for Annual Reports", "[Not translated. Please refer to the Chinese version.]"])
    pairs = _pairs(zh + "\n\n" + en)
    assert ("附件2", "Annex 2") in pairs and ("年度报告编制提纲", "Outline for Annual Reports") in pairs
    assert not any(z.startswith(("附件：", "2.")) for z, _ in pairs)
    assert not _short_line("[Not translated. Please refer to the Chinese version.]", "en") and _short_line("南岸区滨江路18号", "zh")
    # An e-mail or a web address counts as one word in a Chinese line of an address block.
    assert _short_line("电子邮箱：ir@qiwu-precision.example.com", "zh") and _short_line("网站：www.qiwu-precision.example.com", "zh")
    assert not _short_line("如需进一步了解本集团投资者关系活动的具体安排及参与方式，请发送邮件至ir@qiwu-precision.example.com", "zh")


def test_an_editorial_note_annotates():
    from bitext.headings import _label_not_heading

    assert _label_not_heading("編輯附註", "編輯附註：", "zh") and _label_not_heading("Editorial Note", "Editorial Note:", "en")


def test_the_speakers_of_a_transcript_are_turns_not_sections():
    """Names that recur as bold turns make a transcript; the reporters who speak once are turns too."""
    zh = ["## 发布实录", "**林晓：**", "各位记者朋友，大家上午好！下面请方局长通报情况。", "**方慧敏：**", "上半年全市经济运行总体平稳。",
          "## 答记者问", "**林晓：**", "下面进入提问环节。", "**澜港日报记者：**", "请问下半年工业如何发力？",
          "**方慧敏：**", "我们将重点推进三个方面的工作。"]
    en = ["## Transcript", "**Lin Xiao:**", "Good morning, friends from the press. Director Fang will now brief you.",
          "**Fang Huimin:**", "The city's economy was generally stable in the first half.", "## Questions and Answers",
          "**Lin Xiao:**", "We now move to questions.", "**Langang Daily:**", "How will industry grow in the second half?",
          "**Fang Huimin:**", "We will focus on three areas of work."]
    pairs = _pairs("# 新闻发布会实录\n\n" + "\n\n".join(zh) + "\n\n# Press Conference Transcript\n\n" + "\n\n".join(en), "t.md")
    assert [p for p in pairs if p[0] in ("发布实录", "答记者问", "澜港日报记者", "林晓")] == [
        ("发布实录", "Transcript"), ("答记者问", "Questions and Answers")]


def test_a_counted_run_after_a_lead_in_is_one_run():
    """"以下几个特点：" then "一是…。" … "三是…。", points with text of their own: all three
    head their points, or none does; the first is not a list's item while the others head."""
    from bitext.headings import _listed_runins
    from bitext.segment import outline

    zh = ["总的来看，上半年全市经济运行呈现以下几个特点：",
          "一是工业生产较快增长。上半年，规模以上工业增加值增长百分之六点八。", "新动能持续壮大，高技术制造业增长较快。",
          "二是服务业稳步恢复。上半年，服务业增加值增长百分之五点二。", "三是有效投资平稳增长。上半年，固定资产投资增长百分之四点一。"]
    src = read_text("\n\n".join(zh), "x.txt")
    zo = outline(src.blocks, "zh")
    counted = {k for k, p in enumerate(zo.parts) if p.heading is not None and p.heading.text[1:2] == "是"}
    assert len(counted) == 3 and not (_listed_runins(zo) & counted)


def test_a_counted_point_may_say_its_point_at_some_length():
    from bitext.headings import _opening
    from bitext.model import Paragraph

    p = Paragraph(("Third, we should unlock the value of data as a factor of production and foster new strengths in the "
                   "digital economy.", "Data is a key factor of production."), 1)
    assert _opening(p) == "third"
    long = Paragraph(("Third, we should unlock the value of data as a factor of production, foster new strengths and build "
                      "the rules, markets and institutions of the digital economy across the province.", "Data is key."), 1)
    assert _opening(long) is None


def test_counted_points_under_a_numbered_run_in_head_their_points():
    """"（一）着力扩大有效需求。…" then "一是扩大有效投资。…" / "二是激发消费潜能。…", each a
    paragraph of its own with sentences after it, as the English "(1) …" then "First, we will …":
    the counted points head their points; and after a lead-in ending in a colon too."""
    zh = ["三、2024年重点工作", "（一）着力扩大有效需求。我们将坚持投资和消费双轮驱动，巩固经济回升向好态势。",
          "一是扩大有效投资。全年安排市级重大项目430个。加快推进轨道交通建设。",
          "二是激发消费潜能。实施消费提振年行动。稳定汽车等大宗消费。",
          "（二）着力建设现代化产业体系。我们将坚持制造业当家，加快培育新质生产力。",
          "做好今年工作，要把握好以下两个方面：",
          "一是坚持以进促稳。把发展作为第一要务。在转方式中实现质的提升。",
          "二是坚持创新引领。把科技创新作为推动发展的关键。持续加大研发投入。"]
    en = ["III. Major Tasks for 2024", "(1) We will work hard to expand effective demand. We will rely on both investment and consumption.",
          "First, we will expand effective investment. We will arrange 430 major municipal projects. We will speed up rail transit.",
          "Second, we will unlock the potential of consumption. We will launch a consumption campaign. We will steady car sales.",
          "(2) We will build a modern industrial system. We will put manufacturing first and foster new productive forces.",
          "To do this year's work well, we must follow these two principles:",
          "First, we will promote stability through progress. We will treat development as our top priority. We will raise quality.",
          "Second, we will let innovation lead the way. We will treat innovation as the key. We will raise spending on research."]
    heads = [z for z, _ in _pairs("\n\n".join(zh + en))]
    assert "一是扩大有效投资" in heads and "二是激发消费潜能" in heads
    assert "一是坚持以进促稳" in heads and "二是坚持创新引领" in heads


@pytest.mark.parametrize("line", ["图B.1 工业物联网网关典型部署架构", "Figure B.1 Typical deployment architecture", "Table A.1 Audit log fields",
                                  "表A.2 审计日志字段"])
def test_an_annexs_figures_and_tables_are_captions(line):
    assert never_heading(line)


def test_an_answers_points_are_the_answers_and_a_labelled_question_may_be_long():
    """Questions over their answers, line by line in two languages: the points the
    answer lists ("（一）…。" / "(1) ….") are its own, not sections; a numbered question
    heads its answer however long it is."""
    lines = ["一、总体情况", "I. General Information",
             "1. 问：《若干措施》的主要内容有哪些？", "Q1: What are the main contents of the Measures?",
             "答：《若干措施》共12条，主要包括以下两个方面：", "A: The Measures contain 12 articles, covering two main areas:",
             "（一）加大保障性租赁住房供给。全市计划筹集保障性租赁住房3万套。", "(1) Increasing the supply of rental housing. The city plans 30,000 units.",
             "（二）发放青年人才租房补贴。符合条件的青年人才每月可领补贴。", "(2) Providing rental subsidies. Eligible young people receive a monthly subsidy.",
             "2. 问：已经享受区（县）人才住房补贴的，还能申请本项补贴吗？",
             "Q2: Can I apply for this subsidy if I already receive a housing subsidy for talent from a district (county)?",
             "答：不能重复享受。", "A: No, the two cannot be combined.",
             "二、申请流程", "II. How to Apply",
             "3. 问：如何申请租房补贴？", "Q3: How do I apply for the rental subsidy?",
             "答：申请人可通过政务服务网在线申请。", "A: Applications can be made online."]
    heads = [z for z, _ in _pairs("\n".join(lines), "qa.txt")]
    assert not any(z.startswith("（") for z in heads)
    assert "2. 问：已经享受区（县）人才住房补贴的，还能申请本项补贴吗？" in heads


def test_a_page_number_that_says_so_and_a_contract_that_does_something_head_nothing():
    from bitext.headings import _sentence_zh

    assert never_heading("第 1 頁，共 1 頁") and never_heading("Page 3 of 12") and never_heading("- 3 -")
    assert _sentence_zh("16.5 本合同未尽事宜，由双方另行签订补充协议") and not _sentence_zh("本协议的变更")


def test_run_ins_after_a_lead_in_that_each_open_a_paragraph_of_several_sentences_head_their_parts():
    """'重点抓好以下三个方面工作：' then three paragraphs, each opening with its short first
    sentence and going on for several more: the parts the lead-in announced, as the English
    headings over them say. Items of one or two sentences stay the list's."""
    from bitext.headings import _listed_runins
    from bitext.model import Block
    from bitext.segment import outline
    lead = Block("围绕上述目标，重点抓好以下三个方面工作：", "zh", 1)
    long = ["坚持创新驱动，加快培育新质生产力。深入实施创新驱动发展战略。加快建设科创走廊。推动实验室建成投用。",
            "坚持扩大内需，巩固经济回升态势。实施重点项目130个。开展促消费活动。培育新型消费。",
            "坚持生态优先，推进美丽城区建设。打好蓝天保卫战。推进河湖治理。建设公园绿地。"]
    o = outline([lead] + [Block(t, "zh", 3 + 2 * k) for k, t in enumerate(long)], "zh")
    assert not _listed_runins(o)
    short = ["一项是扩大投资。重点项目130个。", "一项是促进消费。举办活动60场。", "一项是稳定外贸。出口增长。"]
    o = outline([lead] + [Block(t.replace("一项是", w), "zh", 3 + 2 * k) for k, (t, w) in enumerate(zip(short, ("加快", "提振", "稳住")))], "zh")
    assert len(_listed_runins(o)) == 3


def test_an_articles_short_title_before_its_text_names_it_and_an_articles_sentence_does_not():
    from bitext.headings import _article_text
    assert not _article_text("第八条　服务内容")
    assert not _article_text("Article 8 Scope of Services")
    assert _article_text("第四条 个人养犬应当办理登记")
    assert _article_text("Article 4 Individuals who keep a dog shall register it")
    assert _article_text("第二条 本协议适用于全体用户")
    text = ("# 云服务条款 | Terms of Service\n\n## 第一章 服务 | Chapter 1 Services\n\n"
            "**第八条　服务内容。** 云栈按照用户选定的产品向用户提供服务。\n\n"
            "**Article 8 Scope of Services.** Yunzhan provides the Services you select.\n\n"
            "**第九条　服务等级。** 云栈按照服务等级协议提供服务。\n\n"
            "**Article 9 Service Levels.** Yunzhan provides the Services under the Service Level Agreement.\n")
    b = process(read_text(text, "terms.md"))
    assert [(s.heading_zh, s.heading_en) for s in b.sections][-2:] == [("第八条　服务内容", "Article 8 Scope of Services"),
                                                                       ("第九条　服务等级", "Article 9 Service Levels")]


def test_an_articles_title_in_brackets_names_it_whatever_it_says_and_may_be_long_in_english():
    text = ("蓝江市养犬管理条例\nRegulations of Lanjiang Municipality on the Administration of Dog Keeping\n"
            "第六条【基层参与】居民委员会可以通过制定居民公约等方式，引导养犬人依法文明养犬。\n"
            "Article 6 [Participation of Grassroots Organisations] Residents' committees may guide dog keepers to keep dogs lawfully.\n"
            "第二十四条【不得遗弃】养犬人不能继续饲养犬只的，可以将犬只转让给他人饲养。\n"
            "Article 24 [No Abandonment] A dog keeper who can no longer keep a dog may transfer it to another person.\n"
            "第二十五条【犬只丢失】犬只丢失的，养犬人应当及时报告。\n"
            "Article 25 [Lost Dogs] Where a dog is lost, its keeper shall report it promptly.\n")
    b = process(read_text(text, "dogs.txt"))
    assert [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh] == [
        ("第六条【基层参与】", "Article 6 [Participation of Grassroots Organisations]"),
        ("第二十四条【不得遗弃】", "Article 24 [No Abandonment]"), ("第二十五条【犬只丢失】", "Article 25 [Lost Dogs]")]


def test_named_steps_in_bold_head_their_steps_also_after_one_that_leads_into_a_command():
    text = ("# 升級指南 | Upgrade Guide\n\n## 升級步驟 | Upgrade Steps\n\n"
            "**步驟 1：備份設定檔。**在執行任何升級前，請將整個專案目錄複製一份。\n\n"
            "**Step 1: Back up your configuration.** Before upgrading anything, copy your whole project directory.\n\n"
            "**步驟 2：安裝新版本。**使用下列指令升級：\n\n**Step 2: Install the new version.** Upgrade with:\n\n"
            "```\npip install -U tidewater\n```\n\n"
            "**步驟 3：轉換設定檔。**執行轉換指令，它會讀取舊的設定檔並產生新的設定檔。\n\n"
            "**Step 3: Convert the configuration.** Run the conversion command. It reads the old file and writes a new one.\n")
    b = process(read_text(text, "upgrade.md"))
    assert [(s.heading_zh, s.heading_en) for s in b.sections][-3:] == [
        ("步驟 1：備份設定檔", "Step 1: Back up your configuration"), ("步驟 2：安裝新版本", "Step 2: Install the new version"),
        ("步驟 3：轉換設定檔", "Step 3: Convert the configuration")]


def test_clauses_numbered_under_their_article_are_no_headings_where_one_opens_with_a_long_sentence():
    """"12.1 平台将采取商业上合理的努力确保本服务持续可用。…" opens with a short sentence and
    "12.4 …，…。" with a long one: all of them are clauses of Article 12, not sections. A
    clause that opens with its title ("13.1 适用法律。…") still heads it."""
    zh = [
        "第十二条　服务可用性与技术支持",
        "",
        "12.1 云桥将采取商业上合理的努力确保本服务持续可用。专业版及以上订阅方案的服务可用性承诺及服务赔偿以附件一的约定为准。",
        "12.2 云桥可能需要对本服务进行计划内维护。计划内维护原则上安排在北京时间每周六22:00至次日06:00之间进行，云桥将至少提前七十二（72）小时通过站内公告通知客户。",
        "12.3 云桥按照客户订阅方案向客户提供相应级别的技术支持。技术支持的首次响应时间目标如下：",
        "",
        "问题级别\t描述\t首次响应时间",
        "P1 紧急\t服务完全不可用或核心功能中断\t30 分钟（7×24 小时）",
        "P2 高\t核心功能严重受损，且无替代方案\t2 小时（工作时间内）",
        "P3 中\t部分功能受影响，但存在替代方案\t1 个工作日",
        "P4 低\t咨询、建议或非紧急问题\t3 个工作日",
        "",
        "12.4 上述响应时间为云桥的服务目标，不构成对问题解决时间的承诺。",
        "",
        "第十三条　法律适用",
        "",
        "13.1 适用法律。本协议适用中华人民共和国法律。",
        "13.2 争议解决。双方应友好协商解决争议。",
    ]
    en = [
        "Article 12 Service Availability and Support",
        "",
        "12.1 Yunqiao will use commercially reasonable efforts to keep the Service continuously available. The availability commitment and service credits for the Professional plan and above are set out in Schedule 1.",
        "12.2 Yunqiao may need to perform scheduled maintenance on the Service. Scheduled maintenance will normally take place between 22:00 on Saturday and 06:00 on the following Sunday, Beijing time, and Yunqiao will give at least seventy-two (72) hours' notice by in-app announcement.",
        "12.3 Yunqiao provides technical support at the level corresponding to Customer's plan. The target initial response times are as follows:",
        "",
        "Severity\tDescription\tInitial response",
        "P1 Critical\tService completely unavailable or core functions interrupted\t30 minutes (24/7)",
        "P2 High\tCore functions seriously impaired with no workaround\t2 hours (business hours)",
        "P3 Medium\tSome functions affected, workaround available\t1 Business Day",
        "P4 Low\tQuestions, suggestions or non-urgent issues\t3 Business Days",
        "",
        "12.4 The response times above are service targets and do not constitute a commitment as to the time within which an issue will be resolved.",
        "",
        "Article 13 Governing Law",
        "",
        "13.1 Governing Law. This Agreement is governed by the laws of the People's Republic of China.",
        "13.2 Dispute Resolution. The parties shall first try to settle any dispute amicably.",
    ]
    pairs = [(s.heading_zh, s.heading_en) for s in process(read_text("\n".join(zh + [""] + en), "x.txt")).sections if s.heading_zh]
    assert pairs == [("第十二条 服务可用性与技术支持", "Article 12 Service Availability and Support"),
                     ("第十三条 法律适用", "Article 13 Governing Law"),
                     ("13.1 适用法律", "13.1 Governing Law"), ("13.2 争议解决", "13.2 Dispute Resolution")]


def test_a_chinese_lead_in_that_states_where_something_is_over_its_table_is_no_heading():
    from bitext.headings import _label_not_heading

    for label in ("DataSync 的配置文件位于 /etc/qlsync 目录", "本服务的数据存放在以下三个数据中心", "各节点的日志分为以下几类"):
        assert _label_not_heading(label, label + "：", "zh")
    # A title with a colon is still a heading: no statement in it.
    assert not _label_not_heading("配置文件的位置与格式", "配置文件的位置与格式：", "zh")


def test_a_numbered_heading_over_a_releases_version_and_date_is_no_signature():
    """"二、版本历史" stands over "3.2.1 版（2024-06-03）" as a signer stands over a date, but
    a heading numbered in a list signs nothing: it heads the releases."""
    zh = ["一、升级须知", "升级前请备份笔记库。", "", "二、版本历史", "", "3.2.1 版（2024-06-03）", "问题修复：", "- 修复了导出 PDF 时表格边框丢失的问题。", "",
          "3.2.0 版（2024-05-20）", "新功能：", "- 新增双向链接。"]
    en = ["I. Before You Upgrade", "Back up your library before upgrading.", "", "II. Version History", "",
          "Version 3.2.1 (June 3, 2024)", "Bug fixes:", "- Fixed table borders missing from PDF exports.", "",
          "Version 3.2.0 (May 20, 2024)", "New features:", "- Added two-way links."]
    assert ("二、版本历史", "II. Version History") in _pairs("\n".join(zh + [""] + en))


def test_a_line_of_the_society_leading_into_its_list_is_no_heading():
    """"本会经费来源：" under "第四十五条　经费来源" leads into "（一）会费；" and heads nothing: the
    article is the section."""
    zh = ["第四十五条　经费来源", "本会经费来源：", "（一）会费；", "（二）捐赠；", "（三）政府资助。", "",
          "第四十六条　经费使用", "本会经费必须用于章程规定的业务范围和事业的发展。"]
    en = ["Article 45 Sources of Funds", "The Society's funds come from the following sources:", "(1) membership dues;",
          "(2) donations;", "(3) government grants.", "", "Article 46 Use of Funds",
          "The funds of the Society shall be used for the activities within its scope of business."]
    assert _pairs("\n".join(zh + [""] + en)) == [("第四十五条 经费来源", "Article 45 Sources of Funds"),
                                                  ("第四十六条 经费使用", "Article 46 Use of Funds")]
    from bitext.segment import _lead_in

    assert _lead_in("本会经费来源", "zh") and _lead_in("本联合会的会员", "zh")
    assert not _lead_in("本章程的解释", "zh") and not _lead_in("会员的权利", "zh")


def test_a_note_among_labelled_paragraphs_does_not_make_them_items_but_steps_are():
    """Labelled paragraphs under a section ("家庭成员共享：…", "隐私遮蔽：…") head their text,
    though a Chinese-only note ("温馨提示：…") ends their run; "第一步：…" / "Step 1: …" are the
    steps of a procedure, not sections."""
    zh = ["二、您的控制选项", "家庭成员共享：您可以在App中将设备共享给家庭成员。被共享者可以查看实时画面。",
          "隐私遮蔽：开启隐私遮蔽后，设备停止录像。您也可以设置定时遮蔽。",
          "指示灯：设备正在录像时，正面指示灯呈蓝色常亮。此指示灯无法关闭。",
          "温馨提示：请勿将摄像机安装在卫生间等私密区域。如在家中使用，请告知访客。", "",
          "三、办理手续", "第一步：持通知单到一楼服务台办理登记。登记需要身份证。", "第二步：缴纳押金。可使用银行卡缴费。"]
    en = ["2. Your Controls", "Family sharing: You can share the device with family members in the app. They can watch live video.",
          "Privacy shutter: When the privacy shutter is on, the device stops recording. You can also schedule it.",
          "Indicator light: The light on the front stays blue while the device is recording. It cannot be turned off.", "",
          "3. Procedures", "Step 1: Take the notice to the front desk on the ground floor. You need your ID card.",
          "Step 2: Pay the deposit. You can pay by bank card."]
    pairs = _pairs("\n".join(zh + [""] + en))
    assert [p for p in pairs if not p[0][0] in "二三"] == [("家庭成员共享", "Family sharing"), ("隐私遮蔽", "Privacy shutter"),
                                                       ("指示灯", "Indicator light")]


@pytest.mark.parametrize("zh,en,expected", [
    ("附录一：服务商名单", "Appendix: Definitions", None),  # "Appendix" alone names no number
    ("附录二：名词解释", "Appendix: Definitions", None),
    ("附件：", "Annex", 1.0),  # neither is numbered: the only annex on both sides
    ("附录二：名词解释", "Appendix 2: Definitions", 1.0),
    ("附录一：服务商名单", "Appendix 2: Definitions", 0.0),
])
def test_an_annex_label_without_a_number_is_no_evidence_of_which(zh, en, expected):
    from bitext.pair import _number_match
    assert _number_match(zh, en) == expected



def test_a_letters_run_in_labels_head_its_parts_and_its_close_heads_nothing():
    """A letter to donors: after the greeting ("親愛的捐助人：", which lists nothing), each
    paragraph opens with a label in both languages ("財務透明：…" / "Accountability: …",
    "一年回顧：…" / "The year in review: …"); the labels pair, however freely translated,
    and the close ("順祝" / "安康", "Yours sincerely,") heads nothing."""
    zh = ["親愛的捐助人：",
          "又是一年春暖花開。衷心感謝您過去一年對我們的信任和支持，許多孩子因此能安心上學。",
          "一年回顧：本年度本基金共收到捐款港幣一千二百萬元，來自三千位個人捐助人及五十間機構。",
          "善款去向：您每捐出一元，便有八角七分直接用於支援學生的學習。",
          "學生的聲音：中五學生阿欣寫道：「是你們讓我可以繼續讀書，我會努力考上護士學系。」",
          "財務透明：本基金帳目經會計師事務所審核，並將於七月底前上載至本基金網站。",
          "稅務提示：港幣一百元或以上的捐款可憑收據申請扣減應課稅入息，收據已於四月寄出。",
          "順祝", "安康", "晨光教育基金主席", "陳慧明　謹啟"]
    en = ["Dear Friend,",
          "Spring is here again. Thank you for your trust and support over the past year: because of you, many "
          "children can stay in school.",
          "The year in review: This year the Fund received HK$12 million in donations from 3,000 individuals and "
          "50 organisations.",
          "Where your gifts went: Of every dollar you gave, 87 cents went directly to supporting students.",
          "In their own words: Yan, a Form 5 student, wrote to our donors: \"You made it possible for me to keep "
          "studying. I will work hard to get into nursing school.\"",
          "Accountability: Our accounts have been audited by a firm of accountants and will be published on our "
          "website by the end of July.",
          "A note on receipts: Donations of HK$100 or more are tax-deductible. Receipts were posted in April.",
          "Yours sincerely,", "Margaret Chan", "Chairman, Dawn Light Education Fund"]
    pairs = _pairs("\n\n".join(zh + en) + "\n")
    assert ("一年回顧", "The year in review") in pairs and ("財務透明", "Accountability") in pairs
    assert ("學生的聲音", "In their own words") in pairs and ("稅務提示", "A note on receipts") in pairs
    assert not any(z in ("順祝", "安康") for z, _ in pairs)


@pytest.mark.parametrize("line", ["順祝", "安康", "此致", "敬礼！", "顺颂商祺", "Yours sincerely,", "Best regards", "With gratitude"])
def test_a_letters_close_is_never_a_heading(line):
    assert never_heading(line) is True


@pytest.mark.parametrize("label,expected", [
    ("The year in review", False), ("A note on receipts", False), ("Our commitments", False),
    ("The light flashed twice", True), ("The Customer shall", True),
])
def test_english_labels_that_name_what_follows(label, expected):
    from bitext.headings import _label_not_heading

    assert _label_not_heading(label, label + ": The text follows here, in one sentence of some length.", "en") is expected


def test_a_label_over_a_quotation_with_commas_heads_it():
    """'In their own words: Yan, a Form 5 student, wrote: "…, …."' ends its sentence inside
    the quotation: it is no list of names."""
    from bitext.headings import _label_not_heading

    line = 'In their own words: Yan, a Form 5 student, wrote to us: "My father, a builder, was injured. I kept studying."'
    assert _label_not_heading("In their own words", line, "en") is False


@pytest.mark.parametrize("label,line,expected", [
    ("行為標準", "行為標準：有助於營造友善環境的行為包括：使用包容的語言。不可接受的行為包括：人身攻擊。", False),
    ("电源", "电源：220 V；精度：±1 ℃；尺寸：80 mm", True),  # a list of values
    ("联系人", "联系人：张三　电话：010-12345678　邮箱：a@example.org", True),
])
def test_colons_after_lead_ins_list_no_values(label, line, expected):
    from bitext.headings import _label_not_heading

    assert _label_not_heading(label, line, "zh") is expected


def test_an_appendixs_numbered_questions_head_their_answers_though_one_is_chinese_only():
    """An FAQ appendix numbers its questions "A.1 …？" / "A.1 …?", each over its answer; the
    Chinese asks one question more (A.4), so the English numbers run one lower after it."""
    zh = ["附录A 常见问题解答", "本附录是委员会对本许可证的非正式说明，不构成本许可证的一部分。",
          "A.1 我可以将本软件用于商业目的吗？", "可以。本许可证不区分商业用途和非商业用途。",
          "A.2 如果我只在公司内部使用修改后的软件，是否需要公开修改后的全部源代码？", "一般不需要。在同一法律实体内部传递副本，通常不被视为分发。",
          "A.3 专利防御条款如何运作？", "如果您对任何人提起专利诉讼，您获得的专利许可将终止。",
          "A.4 本许可证是否经过主管部门审核或备案？", "没有。本许可证由委员会起草和发布。",
          "A.5 我能否对本软件收费？", "可以。您可以对分发副本或提供支持服务收费。"]
    en = ["Appendix A Frequently Asked Questions", "This Appendix is an informal explanation of this License by the Committee.",
          "A.1 May I use the Software for commercial purposes?", "Yes. This License does not distinguish commercial use.",
          "A.2 If I only use the modified Software within my company, do I have to publish all of my modified source code?",
          "Generally, no. Passing copies within a single Legal Entity is not usually a distribution.",
          "A.3 How does the defensive patent clause work?", "If you bring a patent lawsuit against anyone, your patent license ends.",
          "A.4 May I charge for the Software?", "Yes. You may charge for distributing copies or for support services."]
    pairs = _pairs("\n\n".join(zh + en) + "\n")
    assert ("A.2 如果我只在公司内部使用修改后的软件，是否需要公开修改后的全部源代码？",
            "A.2 If I only use the modified Software within my company, do I have to publish all of my modified source code?") in pairs
    assert ("A.5 我能否对本软件收费？", "A.4 May I charge for the Software?") in pairs
    assert not any(z.startswith("A.4") for z, _ in pairs)


def test_an_ordinance_in_two_languages_line_by_line_keeps_its_title_and_signature_apart():
    """An ordinance interleaved line by line under its page code ("A1045"): the title in
    《》 under the region and the ordinance's number is the title in both languages, and
    the Chief Executive's title over the date it was signed heads nothing."""
    text = "\n".join([
        "A1045", "", "香港特別行政區", "HONG KONG SPECIAL ADMINISTRATIVE REGION", "", "2024年第9號條例", "Ordinance No. 9 of 2024", "",
        "《街頭表演(指定地點)條例》", "Street Performance (Designated Areas) Ordinance", "",
        "行政長官", "2024年5月16日", "Chief Executive", "16 May 2024", "",
        "本條例旨在就在指定地點進行街頭表演訂定條文。", "An Ordinance to provide for the giving of street performances in designated areas.", "",
        "第1部", "導言", "Part 1", "Preliminary", "",
        "1. 簡稱", "1. Short title", "",
        "本條例可引稱為《街頭表演(指定地點)條例》。", "This Ordinance may be cited as the Street Performance (Designated Areas) Ordinance.", "",
        "2. 釋義", "2. Interpretation", "",
        "在本條例中，署長指康樂及文化事務署署長。", "In this Ordinance, Director means the Director of Leisure and Cultural Services.", ""])
    b = process(read_text(text, "ordinance.txt"))
    assert (b.meta.title_zh, b.meta.title_en) == ("《街頭表演(指定地點)條例》", "Street Performance (Designated Areas) Ordinance")
    pairs = [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh and s.heading_en]
    assert ("行政長官", "Chief Executive") not in pairs and ("1. 簡稱", "1. Short title") in pairs


@pytest.mark.parametrize("role,date,lang,expected", [
    ("行政長官", "2024年5月16日", "zh", True), ("Chief Executive", "16 May 2024", "en", True),
    ("工作回顧", "2024年5月16日", "zh", False),  # a heading over its date, its text under it
])
def test_a_title_alone_over_the_date_it_signed_on_signs(role, date, lang, expected):
    from bitext.headings import _signed
    from bitext.model import Block

    text = "本條例旨在訂定條文。" if lang == "zh" else "An Ordinance to provide for street performances."
    blocks = [Block(role, lang, 1, "heading"), Block(date, lang, 2), Block(text, lang, 4)]
    assert _signed(blocks, 0, lang) is expected


def test_the_last_point_of_a_run_standing_alone_keeps_the_run():
    """A work report's review numbers its points "（一）…。" in Chinese and "(1) We … ." in
    English, each over its text; the English prints its last point as a line of its own
    over a paragraph. The run is still as long as the Chinese one, so each point pairs."""
    zh = ["一、过去一年工作回顾",
          "（一）着力扩大有效需求，经济运行回升向好。全年完成固定资产投资一千亿元，增长百分之六点八。社会消费品零售总额增长百分之七点四。",
          "（二）着力推进产业升级，发展动能持续增强。规模以上工业增加值增长百分之七点九。高新技术产业产值占比提高二个百分点。",
          "（三）着力加强政府自身建设，治理效能不断提升。深入推进法治政府建设，政务服务事项全部实现网上可办。",
          "二、今年工作安排",
          "今年是实施规划的关键一年，我们将扎实做好各项工作，推动经济持续健康发展。"]
    en = ["I. Review of Our Work in 2023",
          "(1) We boosted effective demand and kept the economy on a steady recovery. Fixed asset investment reached "
          "100 billion yuan, up 6.8 percent. Total retail sales of consumer goods grew by 7.4 percent.",
          "(2) We advanced industrial upgrading and continued to build up new drivers of growth. Value added of industrial "
          "enterprises above designated size grew by 7.9 percent. The share of high-tech industries rose by two points.",
          "(3) We improved the government's own performance and made governance more effective.",
          "We pressed ahead with building a law-based government, and all government services can now be handled online.",
          "II. Our Work for This Year",
          "This is a crucial year for implementing the plan, and we will do our work well to keep the economy growing."]
    pairs = _pairs("\n\n".join(zh + en) + "\n")
    assert ("（一）着力扩大有效需求，经济运行回升向好", "(1) We boosted effective demand and kept the economy on a steady recovery") in pairs
    assert ("（二）着力推进产业升级，发展动能持续增强",
            "(2) We advanced industrial upgrading and continued to build up new drivers of growth") in pairs


@pytest.mark.parametrize("first,second,lang,expected", [
    ("二、安全饮水项目：让偏远村庄的孩子", "喝上放心水", "zh", True),  # a title after its label's colon, cut short
    ("Section 3 How We Entrust, Share, Transfer and Publicly Disclose", "Children's Personal Information", "en", True),
    ("Section 3 How We Share Information", "Children's Personal Information", "en", False),  # a short heading, then another line
    ("二、安全饮水项目：成效", "案例一　小雨的书架", "zh", False),
    # An article's or an annex's long title with its last word or two on the next line.
    ("第8条 协助处理数据主体请求及数据保护影响", "评估", "zh", True),
    ("附件2　社区居家养老服务地方性法规", "示范条款", "zh", True),
    ("8. 光学系统的端到端联合设计", "重要日期", "zh", False),  # a list's last item over a heading
    ("四、聘任、解聘会计师事务所情况", "现聘任", "zh", False),  # a section over its table
    # The number's own full stop is not the title's.
    ("Section 8. Assistance with Data Subject Requests and Data", "Protection Impact Assessments", "en", True),
    # A year among the words of the line it goes on to; a part's division under its part stays apart.
    ("4.4 Taking Forward Priority Projects under the Coastal", "Resilience 2030 Strategy", "en", True),
    ("Part 4 Protection and Maintenance of Heritage Trees", "Division 1—Prohibited Acts and Permits", "en", False),
    # A line that starts in lower case goes on from the heading above it.
    ("12. Arrangements while tropical cyclone warning signal", "is in force", "en", True),
    ("12. Arrangements while tropical cyclone warning signal.", "is in force", "en", False),
    # A statement's period: its date goes on from "Ended" on the line above.
    ("Schedule 1 Consolidated Statement of Income and Expenditure for the Year Ended", "31 March 2023", "en", True),
    ("Schedule 1 Consolidated Statement of Income and Expenditure", "31 March 2023", "en", False),
    # A table's unit under its caption is no part of it.
    ("2.3.1 Key accounting data and financial indicators for the past three years", "Unit: RMB", "en", False),
    ("12. Arrangements while tropical cyclone warning signal", "is in force and the following measures apply", "en", False),
])
def test_a_long_heading_wrapped_over_two_lines_is_one(first, second, lang, expected):
    from bitext.segment import _broken

    assert _broken(first, second, lang) is expected


def test_a_panel_of_key_figures_and_a_timeline_are_rows_not_sections():
    """A report's panel of key figures, one to a line ("126　次　溪流調查" / "126   river
    surveys"), and its timeline ("January   Signed …"), have a heading's shape line by line;
    three or more rows in a row that a figure or a month opens are rows, not sections.
    Sections numbered on from one another ("5 …", "5.1 …") stay sections."""
    zh = ["一、年度概况", "本会全年开展多项工作，成效显著，详见下表与大事记。", "2023年成果一览",
          "　126　次　　溪流调查", "　　3　条　　长期监测溪流", "　4.8　公顷　河岸复育面积", "　 23　所　　合作学校", "",
          "二、大事记", "本会全年大事如下，按月份排列。", "1月　与鹿寮小学签订合作备忘录", "3月　启动霧眉溪断流紧急监测",
          "5月　第六届公民科学家培训营开训", "", "三、财务报告", "本会全年收入三千二百万元，支出二千九百万元。"]
    en = ["1. Overview of the Year", "The Foundation carried out a wide range of work over the year; see the panel and timeline.",
          "2023 at a Glance", "   126   river surveys", "     3   rivers under long-term monitoring",
          "   4.8   hectares of riverbank restored", "    23   partner schools", "",
          "2. Milestones", "The main events of the year are listed by month.", "January     Signed a memorandum with Luliao School",
          "March       Launched emergency monitoring of Wumei Creek", "May         Opened the sixth citizen scientist camp", "",
          "3. Financial Report", "The Foundation's income was NT$32 million and its expenditure NT$29 million."]
    b = process(read_text("\n".join(zh + ["", ""] + en), "r.txt"))
    got = [s.heading_en for s in b.sections if s.heading_zh and s.heading_en]
    assert got == ["1. Overview of the Year", "2023 at a Glance", "2. Milestones", "3. Financial Report"]
    steps = "\n".join(["5 Operating Procedure", "The steps below are followed for every run of the centrifuge.",
                       "5.1 Pre-Run Checks", "Check the rotor and the lid before each run.", "5.2 Loading",
                       "Load the tubes in balanced pairs.", "5.3 Running", "Start the run and watch the display."])
    src = read_text("\n\n".join(["5 操作程序", "每次运行离心机时按以下步骤操作。", "5.1 开机前检查", "每次运行前检查转子和盖子。",
                                 "5.2 装样", "成对对称放置离心管。", "5.3 运行", "启动运行并观察显示屏。"]) + "\n\n" + steps.replace("\n", "\n\n"), "s.txt")
    got = [s.heading_en for s in process(src).sections if s.heading_zh and s.heading_en]
    assert got[:4] == ["5 Operating Procedure", "5.1 Pre-Run Checks", "5.2 Loading", "5.3 Running"]


def test_articles_run_in_in_both_languages_are_numbered_paragraphs_of_their_chapter():
    """An untitled article whose number opens its text in both languages ("第一条　为了……" /
    "Article 1 These Regulations …") is a numbered paragraph of its chapter, as most people read
    a law; its row keeps its own link. So is it where only one language prints the numbers on
    lines of their own (most people who list such a law's headings leave them out too); titled
    articles are always sections."""
    zh = ["第一章　总则", "第一条　为了保护湿地，制定本条例。", "第二条　本条例适用于本省行政区域。",
          "第二章　保护", "第三条　县级以上人民政府应当加强湿地保护。", "第四条　禁止擅自占用湿地。"]
    en = ["Chapter I General Provisions", "Article 1 These Regulations are formulated to protect wetlands.",
          "Article 2 These Regulations apply within the administrative area of this Province.",
          "Chapter II Protection", "Article 3 People's governments at or above the county level shall strengthen wetland protection.",
          "Article 4 No one may occupy a wetland without approval."]
    b = process(read_text("\n\n".join(zh + en), "law.txt"))
    got = [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh and s.heading_en]
    assert got == [("第一章 总则", "Chapter I General Provisions"), ("第二章 保护", "Chapter II Protection")]
    rows = [r for s in b.sections for r in s.rows]
    assert any(r.zh and r.zh[0].startswith("第三条") and r.en and r.en[0].startswith("Article 3") for r in rows)
    assert len({r.id for r in rows}) == len(rows)
    # The English prints each number on a line of its own: still the chapters alone are sections.
    en_lines = [line for t in en for line in (re.split(r"(?<=^Article \d) ", t) if t.startswith("Article") else [t])]
    b = process(read_text("\n\n".join(zh + en_lines), "law.txt"))
    got = [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh and s.heading_en]
    assert got == [("第一章 总则", "Chapter I General Provisions"), ("第二章 保护", "Chapter II Protection")]


@pytest.mark.parametrize("label,lang,expected", [
    ("根據條例，閣下有權", "zh", True), ("Under the Ordinance, you have the right to", "en", True),
    ("收集、使用及披露", "zh", False), ("Collection, Use and Disclosure", "en", False),
])
def test_a_label_that_says_who_may_do_what_leads_into_its_list(label, lang, expected):
    """A label with a clause before its comma, over a list ("根據條例，閣下有權：" over
    "(a) 查核…；"), is a sentence that leads in; a heading that lists topics is no sentence."""
    from bitext.headings import _label_not_heading

    line = label + ("：" if lang == "zh" else ":")
    assert _label_not_heading(label, line, lang) is expected


def test_a_reminder_run_into_its_text_heads_nothing():
    """"温馨提示：毕业离校前…" opens its paragraph with a label: it says what to mind, no section
    ("特别提示" on a line of its own heads the text under it)."""
    zh = ["一、借阅规则", "本科生每人可借图书二十册，借期三十天。", "温馨提示：毕业离校前请务必归还全部图书并结清费用，否则将无法办理离校手续。",
          "二、续借", "图书到期前可在线续借一次。"]
    en = ["1. Borrowing Rules", "Undergraduates may borrow twenty books for thirty days.",
          "Reminder: Before you graduate, please return all books and settle any fees, or you will not be able to complete your departure procedures.",
          "2. Renewals", "Books may be renewed online once before they are due."]
    assert _pairs("\n\n".join(zh + en)) == [("一、借阅规则", "1. Borrowing Rules"), ("二、续借", "2. Renewals")]


def test_a_file_linked_by_its_name_is_never_a_heading():
    assert never_heading("附件：社區園圃使用費收費基準表.pdf") and never_heading("Attachment: Community Garden Usage Fee Schedule.pdf")
    assert not never_heading("附件：社區園圃使用費收費基準表")


def test_a_label_line_that_comes_back_a_few_times_heads_a_part_and_one_under_every_item_is_a_field():
    """Release notes repeat "新增功能：" / "New Features:" on lines of their own under each
    release: each heads its part. A command reference's "选项：" under every one of many commands,
    and a signature's "日期：", are a template's fields."""
    def doc(labels: tuple[str, str], items: int) -> str:
        zh = "".join(f"{k}.0 版\n\n本版本修订了第{k}组功能。\n\n{labels[0]}\n\n- 第{k}项改动。\n- 第{k}项修复。\n\n" for k in range(1, items + 1))
        en = "".join(f"Version {k}.0\n\nThis release revises feature group {k}.\n\n{labels[1]}\n\n- Change number {k}.\n- Fix number {k}.\n\n"
                     for k in range(1, items + 1))
        return zh + en

    def heads(text: str) -> list[str]:
        return [s.heading_zh for s in process(read_text(text, "notes.txt")).sections if s.heading_zh]

    assert heads(doc(("新增功能：", "New Features:"), 3)).count("新增功能") == 3
    assert "选项" not in heads(doc(("选项：", "Options:"), 9))
    assert "日期" not in heads(doc(("日期：", "Date:"), 3))


def test_a_part_over_its_title_wrapped_on_two_lines_is_one_heading():
    """A gazette's "Part 5" over "Enforcement, Penalties and" over "Miscellaneous", each on a
    line of its own: one heading, as "第5部" over "執行、罰則及雜項" is."""
    zh = ["第5部", "執行、罰則及雜項", "", "16. 移走船隻", "如任何遊樂船隻在沒有有效泊位許可證的情況下停泊於泊位，總監可藉書面通知，指示船東將該船隻移走。", ""]
    en = ["Part 5", "Enforcement, Penalties and", "Miscellaneous", "", "16. Removal of vessels",
          "If a pleasure vessel is berthed at a berth without a valid berthing permit, the Director may direct the owner to remove it.", ""]
    b = process(read_text("\n".join(["第4部", "費用", "", "14. 泊位費", "泊位費須按月預繳。", ""] + zh + [""]
                                    + ["Part 4", "Fees", "", "14. Berthing fees", "The berthing fees are payable monthly in advance.", ""] + en), "reg.txt"))
    got = [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh and s.heading_en]
    assert ("第5部 執行、罰則及雜項", "Part 5 Enforcement, Penalties and Miscellaneous") in got, got


def test_a_contracts_cover_names_its_parties_and_which_copy_it_is_not_sections():
    """Articles of association, English first: "Execution Version" over the title says which
    copy this is; the parties, one over "and" over the other ("与" in Chinese), head nothing.
    The title is the title and the chapters pair."""
    en = ["Execution Version", "", "ARTICLES OF ASSOCIATION", "OF", "LANTIAN PRECISION COMPONENTS CO., LTD.", "", "Dated 12 May 2022", "",
          "JINGHU INDUSTRIAL INVESTMENT GROUP CO., LTD.", "and", "NORDVIK MASKIN AS", "",
          "TABLE OF CONTENTS", "Chapter 1\tGeneral Provisions\t1", "Chapter 2\tPurpose and Scope of Business\t2", "",
          "Chapter 1 General Provisions", "", "Article 1 The shareholders hereby adopt these Articles of Association.", "",
          "Chapter 2 Purpose and Scope of Business", "", "Article 2 The purpose of the Company is to make precision parts.", ""]
    zh = ["蓝田精密部件有限公司章程", "", "二〇二二年五月十二日", "", "镜湖市工业投资集团有限公司", "与", "NORDVIK MASKIN AS", "",
          "目 录", "第一章 总则 1", "第二章 宗旨和经营范围 2", "", "第一章 总则", "", "第一条 股东特此通过本章程。", "", "第二章 宗旨和经营范围", "", "第二条 公司的宗旨是制造精密部件。"]
    b = process(read_text("\n".join(en + zh), "articles.txt"))
    assert b.meta.title_en == "ARTICLES OF ASSOCIATION OF LANTIAN PRECISION COMPONENTS CO., LTD."
    assert [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh or s.heading_en] == [
        ("第一章 总则", "Chapter 1 General Provisions"), ("第二章 宗旨和经营范围", "Chapter 2 Purpose and Scope of Business")]


def test_the_names_around_a_line_of_and_are_a_contracts_parties():
    from bitext.headings import party_line
    from bitext.model import Block

    blocks = [Block("JINGHU INDUSTRIAL INVESTMENT GROUP CO., LTD.", "en", 11), Block("and", "en", 12), Block("NORDVIK MASKIN AS", "en", 13),
              Block("镜湖市工业投资集团有限公司", "zh", 14), Block("与", "zh", 15), Block("NORDVIK MASKIN AS", "zh", 16),
              Block("TABLE OF CONTENTS", "en", 18), Block("Chapter 1 General Provisions", "en", 20), Block("Land and Water", "en", 21)]
    assert [party_line(blocks, b) for b in range(len(blocks))] == [True] * 6 + [False] * 3


def test_bylaws_whose_english_articles_hold_sections_pair_with_chinese_chapters_and_articles(tmp_path):
    """The English divides into "ARTICLE I" holding "Section 1.", "Section 2." (numbered
    again in each article); the Chinese into "第一章" holding "第一条", "第二条" (numbered
    through). An English article is a Chinese chapter, and a section an article: "第二条"
    is "Section 2." of Article I, not "ARTICLE II". The title's lines, over the kind of body
    it is in brackets, are one title."""
    words = {"zh": [("名称与办公地点", ["名称", "主要办公地点"]), ("宗旨", ["宗旨", "非营利性质"]), ("会员", ["会员资格", "会员权利", "会费"])],
             "en": [("NAME AND OFFICES", ["Name", "Principal Office"]), ("PURPOSES", ["Purposes", "Nonprofit Status"]),
                    ("MEMBERSHIP", ["Members", "Rights of Members", "Dues"])]}
    zh, en = ["枫谷中文学校章程", "（非营利法人）", ""], ["BYLAWS", "OF", "MAPLE HOLLOW CHINESE LANGUAGE SCHOOL, INC.", "(A Nonprofit Corporation)", ""]
    n = 0
    for c, ((zc, zs), (ec, es)) in enumerate(zip(words["zh"], words["en"]), 1):
        zh += [f"第{'一二三'[c - 1]}章　{zc}", ""]
        en += [f"ARTICLE {'I' * c} — {ec}", ""]
        for k, (z, e) in enumerate(zip(zs, es), 1):
            n += 1
            zh += [f"第{'一二三四五六七八九'[n - 1]}条　{z}", f"本条规定本校的{z}事项，由董事会负责解释。", ""]
            en += [f"Section {k}. {e}", f"This section governs the School's {e.lower()}; the Board of Directors interprets it.", ""]
    from bitext.read import read_pair

    b = process(read_pair(_write(tmp_path / "b.zh.txt", zh), _write(tmp_path / "b.en.txt", en)))
    got = [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh and s.heading_en]
    assert ("第二条 主要办公地点", "Section 2. Principal Office") in got and ("第二章 宗旨", "ARTICLE II — PURPOSES") in got, got
    assert ("第三条 宗旨", "Section 1. Purposes") in got
    assert b.meta.title_en == "BYLAWS OF MAPLE HOLLOW CHINESE LANGUAGE SCHOOL, INC."
    # The numbers alone: "第二条" is no "ARTICLE II" here, and may be a "Section 2.".
    from bitext.model import Heading
    from bitext.pair import Candidate, _number_match, word_kinds

    def cands(texts):
        return [Candidate(k, Heading(t, k, "strong"), k / len(texts)) for k, t in enumerate(texts)]

    zc = word_kinds(cands(["第一章 名称", "第一条 名称", "第二条 地点", "第二章 宗旨", "第三条 宗旨", "第四条 性质"]),
                    cands(["ARTICLE I — NAME", "Section 1. Name", "Section 2. Office", "ARTICLE II — PURPOSES", "Section 1. Purposes",
                           "Section 2. Status"]))
    assert [c.kind for c in zc] == ["article", "section", "section", "article", "section", "section"]
    assert _number_match("第二条 地点", "ARTICLE II — PURPOSES", 0, zc[2].kind) == 0.0
    assert _number_match("第二条 地点", "Section 2. Office", 0, zc[2].kind) == 1.0
    assert _number_match("第二条 地点", "ARTICLE II — PURPOSES") == 1.0  # (named alike, without the kinds of the whole)


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_word_under_a_long_numbered_heading_is_a_heading_of_its_own_among_others_like_it():
    """"2.1 Silver Companions: Community Elderly Care" over "Overview", then "Results" and
    "Challenges" over their text: the programme's sub-headings, each a word, not the heading's
    last word wrapped. Alone ("… Governance and Stakeholder" over "Engagement") it goes on."""
    from bitext.segment import outline

    def heads(lines):
        src = read_text("\n".join(["一、概述", "本基金会在全市开展社区项目。", "", "1. Introduction",
                                   "The Foundation runs community programmes across the whole city.", ""] + lines), "r.txt")
        return [p.heading.text for p in outline(src.blocks, "en").parts if p.heading]

    body = "The programme {} in 96 communities across four districts of the city this year."
    got = heads(["2.1 Silver Companions: Community Elderly Care", "Overview", body.format("ran"), "", "Results",
                 body.format("grew"), "", "Challenges", body.format("struggled"), ""])
    assert got[1:5] == ["2.1 Silver Companions: Community Elderly Care", "Overview", "Results", "Challenges"], got
    got = heads(["II. Sustainability Governance and Stakeholder", "Engagement", body.format("ran"), ""])
    assert got[1:] == ["II. Sustainability Governance and Stakeholder Engagement"], got



def test_a_covers_particulars_are_fields_and_dates():
    """What stands between a cover's title and the issuer's name under it: fields, dates and an
    edition in brackets, no text a heading would head (so the issuer's name heads nothing:
    "Hangzhou Xinghe Shuzhi Technology Co., Ltd." under "Document No.: …", "Issued: …")."""
    from bitext.headings import _particulars_only
    from bitext.model import Paragraph, Part

    def part(*lines):
        return Part(None, tuple(Paragraph((t,), n) for n, t in enumerate(lines, 1)))

    assert _particulars_only(part("(2024 Edition)", "Document No.: XH-EULA-PRO-2024-EN", "Version: 2024.1", "Issued: 10 January 2024"))
    assert _particulars_only(part("版本号：HZ-USA-2024-05", "发布日期：2024年5月20日"))
    assert not _particulars_only(part("Document No.: XH-EULA-PRO-2024-EN", "This Agreement is made between you and Xinghe."))
    assert not _particulars_only(part())


@pytest.mark.parametrize("line,expected", [
    ("ICS 43.120", True), ("CCS T 35", True), ("团          体          标          准", True), ("ASSOCIATION STANDARD", True),
    ("T/QYEVCA 017—2024", True), ("GB/T 29317—2012", True), ("表A-1 常用配置参数", True), ("Table A-1 Common configuration settings", True),
    ("Industry standards", False), ("标准体系", False), ("Part A-1 Scope", False), ("4 General requirements", False),
    ("THIS AGREEMENT is dated 2 May 2025", True), ("本協議於2025年5月2日訂立", True), ("This Agreement", False), ("本协议的订立", False),
])
def test_a_standards_cover_a_contracts_date_and_an_annexs_table_caption(line, expected):
    assert never_heading(line) is expected



@pytest.mark.parametrize("line", ["Updated 2 April 2024 · 4 min read", "Last updated on March 3, 2024", "Posted 12 May 2025",
                                  "更新于 2024年4月2日 · 阅读约 4 分钟", "Help Center > All categories", "說明中心 > 所有分類"])
def test_when_a_page_was_updated_and_where_it_stands_head_nothing(line):
    assert never_heading(line)


@pytest.mark.parametrize("line", ["Revised 2024 Rules", "Updated Guidance on Fees", "Posting and Updating Articles"])
def test_headings_that_only_start_like_an_update_line_still_head(line):
    assert not never_heading(line)


def test_a_help_centres_category_over_its_first_article_and_its_update_line():
    """A help centre copied whole, English first: a category ("Getting Started") over an
    article's title ("Setting Up Your Account") over the line that says when it was updated,
    then the article. Both head their sections in both languages; the update line heads nothing."""
    from bitext.pipeline import process
    from bitext.read import read_text

    en = ["Help Centre", "Answers to common questions about your account.", "", "Getting Started", "",
          "Setting Up Your Account", "Updated 12 March 2024 · 3 min read", "",
          "Setting up an account takes about ten minutes once your business has been verified.", "",
          "Billing & Plans", "", "Changing Your Payment Method", "Updated 5 January 2024 · 2 min read", "",
          "Only the account owner can change the payment method for the account.", ""]
    zh = ["說明中心", "帳號設定與訂閱管理的常見問題，都可以在這裡找到解答。", "", "開始使用", "",
          "建立帳號", "更新日期：2024/03/12 · 閱讀時間約 3 分鐘", "", "公司資料審核通過後，建立帳號大約只需要十分鐘。", "",
          "帳務與方案", "", "變更付款方式", "更新日期：2024/01/05 · 閱讀時間約 2 分鐘", "", "只有帳號擁有者可以變更帳號的付款方式。", ""]
    b = process(read_text("\n".join(en + zh), "help.txt"))
    heads = [(s.heading_zh, s.heading_en) for s in b.sections if s.headed]
    assert ("開始使用", "Getting Started") in heads and ("建立帳號", "Setting Up Your Account") in heads
    assert ("變更付款方式", "Changing Your Payment Method") in heads
    assert not any(e and e.startswith("Updated") for _, e in heads)


def test_an_english_label_on_its_own_line_over_its_paragraph_heads_it():
    """A notice's rights, "查阅和复制病历的权利：您可以……" run in in Chinese, each stand in English
    as a label on a line of its own over the paragraph it names: the same run-in headings.
    A sentence that leads into a list, over its items, heads nothing."""
    zh = ["一、您的权利", "", "您对自己的健康信息享有以下权利。", "",
          "查阅和复制病历的权利：您可以要求查阅病历，或获取病历的纸质或电子副本。我们一般会在15个工作日内提供。", "",
          "申请更正的权利：如您认为病历中的信息有误或不完整，可以要求我们更正。", "",
          "撤回同意的权利：对于基于您的同意而进行的处理，您可以随时撤回同意。", "",
          "二、病历的保护", "", "您的病历保存在电子病历系统中。我们会在下列情况下提供您的信息：", "", "向卫生部门报告法定传染病。", ""]
    en = ["I. Your Rights", "", "You have the following rights regarding your health information.", "",
          "Right to see and copy your records:", "You may ask to see or obtain a copy of your medical records, in paper or",
          "electronic form. We will normally provide it within 15 working days.", "",
          "Right to request a correction:", "If you think information in your records is incorrect or incomplete, you may",
          "ask us to correct it.", "",
          "Right to withdraw consent:", "Where we rely on your consent, you may withdraw it at any time.", "",
          "II. How We Protect Your Records", "", "Your records are kept in an electronic medical record system.",
          "We may share your information in the following cases:", "Reporting notifiable infectious diseases to the health authorities.", ""]
    assert _pairs("\n".join(zh + en)) == [
        ("一、您的权利", "I. Your Rights"), ("查阅和复制病历的权利", "Right to see and copy your records"),
        ("申请更正的权利", "Right to request a correction"), ("撤回同意的权利", "Right to withdraw consent"),
        ("二、病历的保护", "II. How We Protect Your Records")]
    b = process(read_text("\n".join(zh + en), "doc.txt"))
    assert not any(s.heading_en and "following cases" in s.heading_en for s in b.sections)


def test_numbered_run_in_sections_after_a_list_and_before_an_address():
    """A collection statement numbers its sections run in ("3. Classes of Transferees: …"), one of
    them a sentence with commas that leads into its list, one a label that leads into an address;
    a list's item run in before them ("(2) 可予促銷的產品…包括：") is numbered in another style:
    the sections are no items of its list."""
    lines = [
        "PERSONAL INFORMATION COLLECTION STATEMENT", "收集個人資料聲明",
        "1. Supply of Data: It is necessary for you to supply your personal data to the Company for your application.",
        "一、提供資料：閣下就投保申請而向本公司提供個人資料，乃屬必需。",
        "2. Classes of Transferees: Personal data held by the Company will be kept confidential, but the Company may, "
        "for the purposes set out in paragraph 1, provide such data to the following parties in or outside Hong Kong:",
        "二、資料承讓人類別：本公司會將所持有的個人資料保密，但本公司可就第一段所列目的，向香港境內或境外的下列人士提供該等資料：",
        "(i) companies within the group;", "(i) 集團旗下的公司；",
        "(ii) reinsurance companies and medical practitioners.", "(ii) 再保險公司及醫生。",
        "3. Transfer of Personal Data outside Hong Kong: Personal data may be stored in places outside Hong Kong.",
        "三、將個人資料轉移至香港以外地方：個人資料可能會在香港以外地方儲存。",
        "4. Intended Use:", "四、擬作之用途：",
        "The Company intends to use your data in direct marketing as follows.", "本公司擬按下列方式在直接促銷中使用閣下的資料。",
        "(1) Your name and contact details may be used;", "(1) 閣下的姓名及聯絡資料可用於直接促銷；",
        "(2) The following products may be marketed: insurance and annuities.", "(2) 可予促銷的產品包括：保險及年金。",
        "5. Your Right to Object: If you do not wish us to use your data, you may tell us at any time, free of charge.",
        "五、閣下拒絕之權利：如閣下不希望本公司使用閣下的資料，可隨時通知本公司，費用全免。",
        "6. Retention of Data: Personal data will be retained for as long as is necessary for the purposes.",
        "六、資料保留：個人資料將於達成收集目的所需的期間內保留。",
        "7. Enquiries: Requests for access to data, requests to opt out of direct marketing, and enquiries about our "
        "privacy practices should be addressed to:", "七、查詢：如欲查閱資料、拒絕直接促銷，或查詢本公司的私隱實務，請聯絡：",
        "The Data Protection Officer, 18/F, Harbourline Centre, Hong Kong", "香港港灣中心18樓 資料保障主任",
    ]
    heads = [e for _, e in _pairs("\n".join(lines))]
    assert heads == ["1. Supply of Data", "2. Classes of Transferees",
                     "3. Transfer of Personal Data outside Hong Kong", "4. Intended Use", "5. Your Right to Object",
                     "6. Retention of Data", "7. Enquiries"]


def test_a_memorandums_titled_clauses_line_by_line_short_ones_too():
    """A memorandum's clauses each open with their title, line by line in both languages; two
    of the Chinese ones say little after it ("2. 註冊辦事處：本公司的註冊辦事處設於翡灣。"), as an
    item of a list would: counted one after another, they are the clauses' titles all the same.
    A line that names both languages inside its brackets is no line in each."""
    zh_en = [("下載PDF版本（中文／English，812KB）", "Download PDF (Chinese/English, 812 KB)"),
             ("1. 名稱：本公司的名稱為「青源文化遺產信託基金有限公司」。", "1. Name: The name of the Company is \"Tsing Yuen Heritage Trust Limited\"."),
             ("2. 註冊辦事處：本公司的註冊辦事處設於翡灣。", "2. Registered office: The registered office of the Company will be situated in Fei Wan."),
             ("3. 宗旨：本公司成立的宗旨為純粹慈善性質，即保存及活化翡灣區內具歷史價值的建築物。",
              "3. Objects: The objects of the Company are exclusively charitable, namely to preserve and revitalise historic buildings in Fei Wan."),
             ("4. 權力：為推動上述宗旨，本公司具有自然人的一切權力，包括接受捐贈及聘用職員。",
              "4. Powers: In furtherance of the above objects, the Company has all the powers of a natural person, including accepting gifts."),
             ("5. 收入及財產的運用：本公司的收入及財產均只可用於推動本大綱所載的宗旨。",
              "5. Application of income and property: The income and property of the Company shall be applied solely towards its objects."),
             ("6. 成員的法律責任：成員的法律責任是有限的。", "6. Liability of members: The liability of the members is limited."),
             ("7. 成員的擔保：每名成員承諾在本公司清盤時出資，款額不超過一百元。",
              "7. Guarantee: Every member undertakes to contribute to the assets of the Company if it is wound up, not exceeding one hundred dollars."),
             ("8. 解散：本公司解散後如有剩餘財產，須轉交另一宗旨相近的慈善機構。",
              "8. Dissolution: Any property remaining on dissolution shall be given to another charitable institution with similar objects.")]
    text = "\n".join(x for pair in zh_en for x in pair)
    heads = _pairs(text)
    assert [z for z, _ in heads] == ["1. 名稱", "2. 註冊辦事處", "3. 宗旨", "4. 權力", "5. 收入及財產的運用", "6. 成員的法律責任",
                                     "7. 成員的擔保", "8. 解散"]
    assert [e for _, e in heads][:2] == ["1. Name", "2. Registered office"]


def test_a_companys_name_alone_heads_nothing():
    """The company's name over its address at the end of a manual's copyright page, in each
    language: it says who, no section; a heading that names the company's document does."""
    zh = ["用户手册", "本手册介绍砚田笔记的使用方法。", "澜川数据科技有限公司", "地址：苏州市工业园区星湖街1288号",
          "一、安装", "双击安装程序即可完成安装。", "二、同步", "登录后笔记将自动同步。"]
    en = ["User Manual", "This manual explains how to use Yantian Notes.", "LanChuan Data Technology Co., Ltd.",
          "Address: 1288 Xinghu Street, Suzhou Industrial Park", "1. Installation", "Double-click the installer to install.",
          "2. Sync", "Notes sync automatically after you sign in."]
    pairs = _pairs("\n\n".join(zh + en) + "\n")
    assert ("一、安装", "1. Installation") in pairs and ("二、同步", "2. Sync") in pairs
    assert not any(z == "澜川数据科技有限公司" for z, _ in pairs)


@pytest.mark.parametrize("line,lang,expected", [
    ("澜川数据科技有限公司", "zh", True), ("声澜智能科技（临湾）有限公司", "zh", True), ("Yantian Software Inc.", "en", True),
    ("Shenglan Intelligent Technology (Linwan) Co., Ltd", "en", True), ("HARBOUR MERIDIAN BANK (HONG KONG) LIMITED", "en", True),
    ("华信智能装备股份有限公司章程", "zh", False), ("四、公司股票简况", "zh", False), ("About LanChuan Data Technology Co., Ltd.", "en", False),
    ("Articles of Association of Ka Wan General Chamber of Commerce Limited", "en", False),
    ("Profit Attributable to Owners of the Company", "en", False), ("1. Yantian Software Inc.", "en", False)])
def test_company_line(line, lang, expected):
    from bitext.headings import company_line

    assert company_line(line, lang) is expected


def test_labels_of_a_privacy_statement_that_say_our_and_this_centres_are_headings():
    """"我們的承諾：…" and "本中心網站及Cookies：…" name what is ours, the centre's website: run-in
    headings beside "Our Commitment: …", not a sentence's subject or a lead-in."""
    from bitext.headings import _sentence_zh
    from bitext.segment import _lead_in

    assert not _lead_in("我們的承諾", "zh") and not _lead_in("我们的义务", "zh")
    assert _lead_in("我們收集以下資料", "zh") and _lead_in("我们会", "zh")
    assert not _sentence_zh("本中心網站及Cookies") and _sentence_zh("本中心會參照專業指引保留個人資料")


def test_the_steps_of_a_procedure_whose_first_is_plain_text_head_nothing():
    text = "\n".join([
        "3.1 创建存储池", "", "1. 选择“存储 > 存储池 > 创建”。", "2. 输入存储池名称，并选择存储类型：本地磁盘或对象存储。",
        "3. 配置重复数据删除和压缩选项。启用源端重复数据删除后，备份代理会在传输前计算数据块指纹。", "4. 单击“确定”。存储池创建完成后，其状态显示为“正常”。", "",
        "3.2 创建备份策略", "", "备份策略决定了备份什么、何时备份、保留多久。", "",
        "3.1 Creating a Storage Pool", "", "1. Choose Storage > Storage Pools > Create.",
        "2. Enter a name for the storage pool and select the storage type: local disk or object storage.",
        "3. Configure deduplication and compression. With source-side deduplication enabled, the agent fingerprints each block.",
        "4. Click OK. When the storage pool has been created, its status is shown as Normal.", "",
        "3.2 Creating a Backup Policy", "", "A backup policy determines what is backed up, when and for how long.", ""])
    b = process(read_text(text, "manual.txt"))
    pairs = [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh or s.heading_en]
    assert pairs == [("3.1 创建存储池", "3.1 Creating a Storage Pool"), ("3.2 创建备份策略", "3.2 Creating a Backup Policy")]


def test_labels_in_a_letter_set_in_an_annex_head_nothing_but_a_letters_own_do():
    from bitext.headings import _letter_labels
    from bitext.model import Block
    from bitext.segment import outline

    annex = ["附录二　独立鉴证声明", "致禾丰乳业股份有限公司董事会：", "我们接受委托，执行了有限保证鉴证工作。",
             "管理层的责任：按照公司制定的核算方法编制选定信息，是管理层的责任。", "我们的责任：我们的责任是对选定信息发表结论。",
             "结论：我们没有注意到任何事项使我们相信选定信息未按照核算方法编制。"]
    o = outline([Block(t, "zh", 2 * n + 1) for n, t in enumerate(annex)], "zh")
    labelled = {o.parts[k].heading.text for k in _letter_labels(o)}
    assert labelled == {"管理层的责任", "我们的责任", "结论"}
    letter = ["2024年4月", "親愛的捐助人：", "又是一年春暖花開，謹代表基金會衷心感謝您。", "一年回顧：本年度共收到捐款1,286萬元。",
              "善款去向：您每捐出一元，八角七仙直接用於支援學生。"]
    o = outline([Block(t, "zh", 2 * n + 1) for n, t in enumerate(letter)], "zh")
    assert not _letter_labels(o)


def test_a_sentence_asking_whom_to_contact_leads_into_the_contact():
    from bitext.segment import _lead_in

    assert _lead_in("如對本聲明有任何查詢，請聯絡", "zh") and _lead_in("如有疑问，请与我们联系", "zh")
    assert not _lead_in("联系我们", "zh")


def test_a_schedule_that_holds_a_table_is_a_section_and_a_line_signed_for_someone_heads_nothing(tmp_path):
    """An unnumbered schedule over its table of fees ("附表　收費標準" / "SCHEDULE – FEES") heads a
    section where the English calls it a schedule (a manual's "附表　转子寿命" / "Table  Rotor life"
    is a table's caption); "代表…簽署" over the line to sign on is a signature, not a heading."""
    from bitext.read import read_pair

    zh = ["第一部分\t釋義", "第1條\t定義", "1.1\t本協議中，「素材」指本公司提供的影像。", "第二部分\t特許", "第2條\t標準特許",
          "2.1\t特許使用人可於一個項目中使用素材。", "第3條\t費用", "3.1\t費用按附表計算。", "",
          "附表　收費標準", "素材類別\t尺寸\t標準特許（港幣）", "相片\t小\t180", "相片\t大\t420", "影片\t高清\t980", "",
          "代表澄灣影像有限公司簽署", "________________________________", "姓名：梁詠詩", "日期：2024年4月1日", ""]
    en = ["PART I – INTERPRETATION", "1.\tDefinitions", "1.1\tIn this Agreement, “Content” means images we provide.",
          "PART II – LICENCE", "2.\tStandard Licence", "2.1\tThe Licensee may use Content in one project.", "3.\tFees",
          "3.1\tFees are set out in the Schedule.", "", "SCHEDULE – FEES", "Content type\tSize\tStandard Licence (HK$)",
          "Photo\tSmall\t180", "Photo\tLarge\t420", "Video\tHD\t980", "",
          "SIGNED for and on behalf of CHENGWAN IMAGING LIMITED", "________________________________", "Name: Leung Wing Sze",
          "Date: 1 April 2024", ""]
    (tmp_path / "l.zh.txt").write_text("\n".join(zh), encoding="utf-8")
    (tmp_path / "l.en.txt").write_text("\n".join(en), encoding="utf-8")
    b = process(read_pair(tmp_path / "l.zh.txt", tmp_path / "l.en.txt"))
    heads = [(s.heading_zh, s.heading_en) for s in b.sections if s.headed]
    assert ("附表 收費標準", "SCHEDULE – FEES") in heads
    assert not [h for h in heads if h[0] and "簽署" in h[0]]
    assert never_heading("代表澄灣影像有限公司簽署") and not never_heading("代表大會")


def test_what_the_reader_must_not_do_leads_into_its_list_and_heads_nothing():
    """"You must not use the Service to:" / "閣下不得利用本服務：" over (a), (b), … lead into a list of
    what not to do: sentences cut before their list, not headings."""
    lines = ["Section 1. Acceptance", "第一節　接受條款", "By connecting, you agree to these Terms.", "閣下連接網絡，即表示同意本條款。",
             "Section 2. Acceptable Use", "第二節　使用守則", "You must not use the Service to:", "閣下不得利用本服務：",
             "(a) distribute unlawful material;", "(a) 散播違法資料；", "(b) send bulk messages.", "(b) 發送大量訊息。",
             "The Operator may disconnect any device that breaches this Section.", "營運者可中斷違反本節規定的裝置的連線。",
             "Section 3. Governing Law", "第三節　適用法律", "These Terms are governed by the laws of Macao.", "本條款受澳門法律管轄。"]
    pairs = _pairs("\n".join(lines) + "\n")
    assert pairs == [("第一節 接受條款", "Section 1. Acceptance"), ("第二節 使用守則", "Section 2. Acceptable Use"),
                     ("第三節 適用法律", "Section 3. Governing Law")]


def test_an_example_set_into_the_text_heads_nothing():
    lines = ["一、預約", "1. Bookings", "病人可於網上預約。", "Patients may book online.", "",
             "範例：【杏林診所】您已預約 3/15 上午診，號次 12 號。", "Example: [XingLin Clinic] Your appointment is confirmed for 15 March, number 12.", "",
             "二、報表", "2. Reports", "每月可匯出報表。", "Reports can be exported monthly."]
    assert _pairs("\n".join(lines) + "\n") == [("一、預約", "1. Bookings"), ("二、報表", "2. Reports")]


def test_whom_to_write_to_under_please_contact_us_heads_nothing():
    lines = ["一、資料蒐集", "1. Collection", "我們只蒐集必要的資料。", "We collect only the data we need.", "",
             "二、聯絡我們", "2. Contact Us", "如您有任何疑問，歡迎與我們聯繫：", "If you have any questions, please contact us:", "",
             "雲杉數位股份有限公司 個人資料保護窗口", "Spruce Cloud Digital Co., Ltd., Personal Data Protection Contact",
             "地址：臺中市西屯區翠林路88號12樓", "Address: 12F., No. 88, Cuilin Rd., Taichung City",
             "電子郵件：privacy@example.com.tw", "Email: privacy@example.com.tw", "",
             "本政策以中文撰寫，英文譯文僅供參考。", "This Policy is written in Chinese; the English translation is for reference only."]
    assert _pairs("\n".join(lines) + "\n") == [("一、資料蒐集", "1. Collection"), ("二、聯絡我們", "2. Contact Us")]


def test_a_heading_in_capitals_after_a_list_of_names_is_the_next_heading_not_a_line_of_the_list():
    """"ACKNOWLEDGEMENTS", its lead-in and the donors' names, then "BOARD OF DIRECTORS" in capitals
    as the report sets its headings: the next section, not one more name of the list."""
    lines = ["財務摘要", "FINANCIAL HIGHLIGHTS", "", "本年度總收入為港幣1,280萬元。", "Total income for the year was HK$12.8 million.", "",
             "鳴謝", "ACKNOWLEDGEMENTS", "", "本會衷心感謝以下機構及人士的支持：", "The Association wishes to thank the following for their support:", "",
             "社會福利署 Social Welfare Department", "陳氏家族慈善基金 Chan Family Charitable Foundation", "無名氏 Anonymous", "",
             "如有遺漏，敬請見諒。", "", "董事會", "BOARD OF DIRECTORS", "", "主席 Chairman\t周家輝先生 Mr CHOW Ka-fai", "司庫 Treasurer\t何志明先生 Mr HO Chi-ming", ""]
    from bitext.headings import not_headings
    from bitext.segment import outline

    src = read_text("\n".join(lines) + "\n", "report.txt")
    en = outline(src.blocks, "en")
    skipped = {en.parts[k].heading.text for k in not_headings(en, src.blocks, src.subtitles) if en.parts[k].heading is not None}
    assert "BOARD OF DIRECTORS" in {p.heading.text for p in en.parts if p.heading is not None} and "BOARD OF DIRECTORS" not in skipped


def test_labels_over_sentences_are_headings_though_a_contacts_fields_follow_them():
    """"收集目的：…。" down to "查閱及更正：…。" head the notice's parts; "查詢：本基金秘書處" / "地址：…" /
    "電話：…" under them are a contact's fields. The fields, labels over short values, are a list of
    their own: they do not make the labels over sentences items of it."""
    en = ["Personal Data Collection Statement", "", "Please read this Statement carefully.", "",
          "Purpose of collection: The personal data you provide will be used to process and assess your application.", "",
          "Categories of data: Name, identity document number, telephone number and email address.", "",
          "Retention period: The data of unsuccessful applicants will be destroyed two years after the results.", "",
          "Access and correction: You have the right to request access to and correction of your personal data.", "",
          "Enquiries: Secretariat of the Fund", "Address: Rua da Praia Verde, n.º 23, Macau", "Tel: (853) 2896 4410", ""]
    zh = ["收集個人資料聲明", "", "請細閱本聲明。", "", "收集目的：閣下提供的個人資料，將用於處理及評審閣下的申請。", "",
          "資料類別：姓名、身份證明文件編號、電話號碼及電郵地址。", "", "保存期限：不獲資助申請人的個人資料，將於公佈結果後兩年銷毀。", "",
          "查閱及更正：閣下有權要求查閱及更正閣下的個人資料。", "", "查詢：本基金秘書處", "地址：澳門綠灘街23號", "電話：(853) 2896 4410", ""]
    pairs = _pairs("\n".join(en + ["", ""] + zh))
    assert ("收集目的", "Purpose of collection") in pairs and ("查閱及更正", "Access and correction") in pairs
    assert not [p for p in pairs if p[0] in ("地址", "電話")]


def test_labels_of_an_annexs_rules_head_them_though_the_statutes_are_numbered_and_a_contact_follows():
    """Statutes numbered by articles end with an annex of rules, each opening with a label
    ("安全：…。" down to "儲物：…。"), and then the society's address and telephone. Under the annex
    the labels head its rules, as in a notice of their own; the fields are no headings."""
    zh = ["銀沙冬泳會章程", "", "第一章 總則", "", "第一條（名稱）", "本會名稱為銀沙冬泳會。", "", "第二條（宗旨）",
          "本會以推廣冬泳運動為宗旨。", "", "第三條（會址）", "本會會址設於澳門。", "", "附件：晨泳活動守則", "",
          "安全：所有會員必須結伴下水，不得單獨游出防鯊網範圍；熱帶氣旋信號生效期間，一律停止下水。", "",
          "健康：年滿六十五歲的會員，須每年提交醫生證明，方可參加冬泳活動。", "",
          "集合：每日早上六時正在泳棚前集合點名，遲到者須自行向當值幹事登記。", "",
          "儲物：泳棚儲物櫃只供會員存放泳具，不得存放貴重物品；本會對遺失物品概不負責。", "",
          "會址：澳門銀沙街十七號地下", "電話：2896 5173", ""]
    en = ["Statutes of the Ngan Sa Winter Swimming Club", "", "Chapter 1 General Provisions", "", "Article 1 (Name)",
          "The Club is named the Ngan Sa Winter Swimming Club.", "", "Article 2 (Objects)", "The Club promotes winter swimming.", "",
          "Article 3 (Seat)", "The Club has its seat in Macao.", "", "Annex: Rules for Morning Swims", "",
          "Safety: All members must swim with a partner and must never swim alone beyond the shark net.", "",
          "Health: Members aged 65 or over must submit a medical certificate every year before winter swimming.", "",
          "Assembly: Members assemble for roll call in front of the swimming shed at 6:00 a.m. sharp every day.", "",
          "Lockers: Lockers in the swimming shed are for swimming gear only and valuables must not be left in them.", "",
          "Address: No. 17 Rua da Areia Prateada, ground floor, Macao", "Tel: 2896 5173", ""]
    pairs = _pairs("\n".join(zh + ["", ""] + en))
    assert [p for p in pairs if p[0] in ("安全", "健康", "集合", "儲物")] == [
        ("安全", "Safety"), ("健康", "Health"), ("集合", "Assembly"), ("儲物", "Lockers")]
    assert not [p for p in pairs if p[0] in ("會址", "電話")]


def test_a_numbered_label_over_a_lead_in_to_its_list_is_a_heading():
    lines = ["一、申请程序", "1. APPLICATION PROCEDURE", "（一）提出申请：电梯投入使用后六个月内，由业主代表提交补助申请。",
             "(a) Submission: Within six months after the elevator is put into use, the owners' representative shall apply.",
             "（二）申请材料：申请时应当提交下列材料：", "(b) Materials: The following materials shall be submitted with the application:",
             "1.补助申请表；", "1. Application form;", "2.电梯使用登记证明。", "2. Certificate of registration.",
             "（三）审核拨付：区住房和城乡建设局应当自收到材料之日起二十个工作日内完成审核。",
             "(c) Review and disbursement: The District Bureau shall complete its review within 20 working days.",
             "二、附则", "2. SUPPLEMENTARY PROVISIONS", "本细则自发布之日起施行。", "These Rules take effect on the date of issue."]
    assert ("（二）申请材料", "(b) Materials") in _pairs("\n".join(lines) + "\n")


def test_an_attached_table_with_its_title_after_a_colon_is_one_heading(tmp_path):
    zh = ["第一章　總則", "第 1 條", "本市為加強停車場管理，特制定本自治條例。", "第 2 條", "收費費率如附表。", "第二章　附則", "第 3 條",
          "本自治條例自公布日施行。", "附表　公有路外停車場收費費率表", "車種\t時段\t費率", "小型車\t08:00-20:00\t每小時30元"]
    en = ["Chapter I General Provisions", "Article 1", "The City enacts this Ordinance to manage parking lots.", "Article 2",
          "The rates are set out in the Attached Table.", "Chapter II Supplementary Provisions", "Article 3",
          "This Ordinance shall take effect on the date of promulgation.", "Attached Table: Fee Rates for Public Off-Street Parking Lots of Chengyang City",
          "Vehicle Type\tPeriod\tRate", "Small vehicle\t08:00-20:00\tNT$30 per hour"]
    pairs = _two_file_pairs(tmp_path, "\n".join(zh) + "\n", "\n".join(en) + "\n")
    assert ("附表 公有路外停車場收費費率表", "Attached Table: Fee Rates for Public Off-Street Parking Lots of Chengyang City") in pairs


def test_a_heading_with_its_english_in_capitals_on_one_line_in_interleaved_text():
    """"保固卡 WARRANTY CARD" in a text whose other headings take a line per language: the capitals
    are the heading's English, not a name the Chinese writes in Latin letters."""
    lines = ["一、產品介紹", "", "1. Product Overview", "", "本機適用於十坪以下的房間。", "", "This unit suits rooms of up to 33 m².", "",
             "二、保固說明", "", "2. Warranty", "", "本產品自購買日起保固一年。", "", "This product is under warranty for one year from purchase.", "",
             "保固卡 WARRANTY CARD", "", "顧客姓名 Customer name：＿＿＿＿＿＿", "聯絡電話 Telephone：＿＿＿＿＿＿",
             "產品型號 Model：□HD-260　□HD-320", ""]
    assert ("保固卡", "WARRANTY CARD") in _pairs("\n".join(lines))


def test_a_constitutions_clauses_after_items_counted_by_the_heavenly_stems():
    """"五、會員資格：…分為三類：" over the items "(甲) 普通會員：…" to "(丙) 名譽會員：…": the
    items are the clause's list; "六、入會手續：…", numbered as the clauses are, is the next
    clause, not one more item. A clause's title over the lead-in to its list on one line
    ("四、宗旨：本會之宗旨為：") is a run-in title like the others."""
    lines = [
        "第一章 總則", "PART I – GENERAL",
        "一、名稱：本會定名為「翠灣居民協會」（以下簡稱「本會」），英文名稱載於本會章英文本。", "1. Name: The name of the Association is the Tsui Wan Residents' Association.",
        "二、會址：本會會址設於香港新界翠灣翠灣路28號翠灣社區會堂地下，由執行委員會決定遷址。", "2. Address: The address of the Association is 28 Tsui Wan Road.",
        "三、宗旨：本會之宗旨為：", "3. Objects: The objects of the Association are:",
        "(甲) 團結區內居民；", "(a) to unite the residents of the district;",
        "(乙) 舉辦康樂活動。", "(b) to organise recreational activities.",
        "第二章 會員", "PART II – MEMBERSHIP",
        "四、會員資格：凡年滿十八歲之區內居民均可申請入會，會員分為三類：",
        "4. Eligibility for Membership: Any resident of the district aged eighteen or above may apply; there are three classes of members:",
        "(甲) 普通會員：居於區內之住戶；", "(a) Ordinary Members: households residing in the district;",
        "(乙) 業主會員：於區內擁有物業之人士；", "(b) Owner Members: persons who own property in the district;",
        "(丙) 名譽會員：由執行委員會邀請之人士。", "(c) Honorary Members: persons invited by the Executive Committee.",
        "五、入會手續：申請人須填妥入會申請表格，經執行委員會通過後成為會員。",
        "5. Application for Membership: Applicants shall complete an application form and become members once the Executive Committee approves.",
        "六、會費：普通會員及業主會員須繳交入會費港幣二十元及年費港幣五十元，名譽會員豁免繳費。", "6. Membership Fees: Ordinary Members and Owner Members shall pay an entrance fee of HK$20 and an annual fee of HK$50; Honorary Members are exempt.",
        "七、會員義務：會員須遵守本會會章及執行委員會之決議，按時繳交會費，並不得損害本會聲譽。", "7. Obligations of Members: Members shall abide by this Constitution and the decisions of the Executive Committee, pay their fees on time and not damage the reputation of the Association.",
    ]
    got = _pairs("\n".join(lines) + "\n")
    for pair in [("三、宗旨", "3. Objects"), ("四、會員資格", "4. Eligibility for Membership"), ("五、入會手續", "5. Application for Membership"),
                 ("六、會費", "6. Membership Fees"), ("七、會員義務", "7. Obligations of Members")]:
        assert pair in got
    assert not any(z.startswith("(") for z, _ in got)


def test_heavenly_stems_count_items_in_brackets():
    from bitext.headings import numbering

    assert (numbering("(甲) 普通會員").style, numbering("(甲) 普通會員").value) == ("paren", "1")
    assert numbering("（丙）名譽會員").value == "3"
    assert numbering("甲部 – 利率").style == "zh-stem"  # a part counted by the stems stays a part
    assert numbering("(甲乙) 雙方") is None


def test_an_auditors_signature_over_a_field_and_a_note_at_the_end_is_signed():
    """The end of an auditor's report line by line: the firm, its designation, the place and
    date, then the engagement partner's field and a note on the translation. The firm signs;
    a title over its version's date and the licensor's field, with the text still to come, does not."""
    from bitext.headings import _signed
    from bitext.model import Block

    end = [("TAN LIM & PARTNERS PAC", "en"), ("陈林联合会计公司", "zh"), ("Public Accountants and Chartered Accountants", "en"),
           ("公共会计师及特许会计师", "zh"), ("Singapore, 26 March 2025", "en"), ("新加坡，2025年3月26日", "zh"),
           ("Engagement partner: Lim Hui Min", "en"), ("Note: The Chinese text is a translation for the convenience of readers.", "en"),
           ("注：中文译文仅供读者参考。", "zh")]
    blocks = [Block(t, lang, n + 1) for n, (t, lang) in enumerate(end)]
    assert _signed(blocks, 2, "en") and _signed(blocks, 3, "zh")
    top = [("Lanshi Ming Typeface Licence Agreement", "en"), ("Version 2.1 | Effective 1 September 2023", "en"),
           ("Licensor: Lanshi Type Studio, 5F, No. 118, Wangchao Road", "en"), ("Preamble", "en"),
           ("This Agreement governs the use of the typeface.", "en"), ("1. Definitions", "en"), ("In this Agreement:", "en")]
    blocks = [Block(t, lang, n + 1) for n, (t, lang) in enumerate(top)]
    assert not _signed(blocks, 0, "en")


@pytest.mark.parametrize("text,expected", [
    ("我们是谁", False), ("我们收集什么", False), ("谁可以查看", False), ("保存多久", False),
    ("我们如何使用您的信息", False),
    ("我们将继续推进改革", True), ("您可以随时撤回同意", True),
    # A sentence with a comma, or one that leads into a list, is no question's title.
    ("我们收集什么信息，以下逐项说明", True),
])
def test_a_short_question_titles_its_part_and_is_no_sentence(text, expected):
    from bitext.headings import _sentence_zh
    from bitext.segment import _lead_in

    assert _sentence_zh(text) is expected
    assert not _lead_in(text, "zh") or expected


def test_a_notice_whose_paragraphs_open_with_labels_is_headed_by_them(tmp_path):
    """A short notice set line by line, every paragraph opening with a label, some of them
    questions ("我们是谁：", "Who we are:"), one of them on photos: the labels head its parts."""
    from bitext.pipeline import process
    from bitext.read import read

    pairs = [("我们是谁：本场所由晴川共享办公有限公司运营，并决定访客信息的处理方式。",
              "Who we are: Qingchuan Coworking Co., Ltd. operates this building and decides how visitor information is handled."),
             ("我们收集什么：您的姓名、手机号码及进出时间。我们不会要求您提供身份证号码。",
              "What we collect: your name, mobile number and times in and out. We do not ask for your ID card number."),
             ("照片：登记机拍摄的照片会打印在访客证上。我们不会对照片进行人脸识别。",
              "Photos: the kiosk photo is printed on your visitor pass. We do not run facial recognition on it."),
             ("保存多久：访客记录保存90天，监控录像保存30天，因投诉需要的记录保存至处理完毕。",
              "How long we keep it: visitor records for 90 days and camera footage for 30 days."),
             ("谁可以查看：您的接待人、前台及安保人员，以及仅为维护目的的登记机供应商。",
              "Who can see it: your host, our front desk and our security staff."),
             ("您的权利：您可以要求查阅、更正或删除您的访客记录。",
              "Your rights: you may ask to see, correct or delete your visitor record.")]
    lines = ["VISITOR PRIVACY NOTICE", "访客个人信息处理告知书", ""] + [x for zh, en in pairs for x in (en, zh)]
    src = tmp_path / "notice.txt"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = [(s.heading_zh, s.heading_en) for s in process(read(src)).sections if s.heading_zh and s.heading_en]
    assert got[-6:] == [("我们是谁", "Who we are"), ("我们收集什么", "What we collect"), ("照片", "Photos"),
                        ("保存多久", "How long we keep it"), ("谁可以查看", "Who can see it"), ("您的权利", "Your rights")]


@pytest.mark.parametrize("line", [
    "B1540",  # a gazette's page, a letter and its number
    "一四八 網路購物及其他電子商務服務",  # a code in Chinese numerals, digit by digit, before its name
    "C○○一 辨識個人者",
])
def test_a_gazette_page_and_a_listed_code_head_nothing(line):
    assert never_heading(line)


def test_a_gazette_contents_list_with_lettered_pages_is_no_heading(tmp_path):
    """A gazette's contents list whose pages are a letter and a number ("3.	Register	B1541"),
    over the page number "B1540": neither the list's entries nor the page head anything."""
    from bitext.segment import entry_name

    assert entry_name("3. Register B1541") == "3.Register"
    en = ["L.N. 58 of 2024", "B1539", "SOLAR PANEL REGULATION", "", "Contents", "Section\tPage", "Part 1", "Preliminary",
          "1.\tCommencement\tB1541", "2.\tInterpretation\tB1541", "Part 2", "Registration",
          "3.\tRegister\tB1541", "4.\tApplication\tB1542", "", "B1540", "Solar Panel Regulation", "",
          "Part 1 Preliminary", "1. Commencement", "This Regulation comes into operation on 1 July 2024.", "",
          "2. Interpretation", "In this Regulation, installer means a registered installer.", "",
          "Part 2 Registration", "3. Register", "The Director must keep a register of installers.", "",
          "4. Application", "A person may apply to the Director for registration.", ""]
    zh = ["2024年第58號法律公告", "B1539", "《太陽能板規例》", "", "目錄", "條次\t頁次", "第1部", "導言",
          "1.\t生效日期\tB1541", "2.\t釋義\tB1541", "第2部", "註冊", "3.\t紀錄冊\tB1541", "4.\t申請\tB1542", "",
          "B1540", "太陽能板規例", "", "第1部 導言", "1. 生效日期", "本規例自2024年7月1日起實施。", "",
          "2. 釋義", "在本規例中，安裝商指已註冊的安裝商。", "", "第2部 註冊", "3. 紀錄冊", "署長須備存安裝商紀錄冊。", "",
          "4. 申請", "任何人可向署長申請註冊。", ""]
    got = _two_file_pairs(tmp_path, "\n".join(zh), "\n".join(en))
    assert ("B1540", "B1540") not in got
    assert [p for p in got if p[0].startswith("第1部")] == [("第1部 導言", "Part 1 Preliminary")]
    assert got[-6:] == [("第1部 導言", "Part 1 Preliminary"), ("1. 生效日期", "1. Commencement"), ("2. 釋義", "2. Interpretation"),
                        ("第2部 註冊", "Part 2 Registration"), ("3. 紀錄冊", "3. Register"), ("4. 申請", "4. Application")]


def test_points_counted_by_the_heavenly_stems_are_numbered(tmp_path):
    """"甲、" and "乙、" count points as "A." and "B." do: the point under a section is not
    the rest of the section's title ("第 4 節　沙盒測試" over "甲、測試賬戶")."""
    from bitext.headings import numbering
    from bitext.segment import _broken

    assert numbering("甲、測試賬戶").value == "1" and numbering("乙、測試卡號").value == "2"
    assert numbering("甲、乙双方同意如下条款。") is None  # a contract's two parties, no point
    assert not _broken("第 4 節\u3000沙盒測試", "甲、測試賬戶", "zh")
    zh = ["第 3 節\u3000申請賬戶", "甲、所需文件", "商戶須遞交商業登記證的副本。", "乙、審批時間", "本公司一般會於 5 個工作天內完成審批。", "",
          "第 4 節\u3000沙盒測試", "甲、測試賬戶", "審批期間，商戶可先申請沙盒賬戶。", "乙、測試卡號", "請使用下列測試卡號模擬不同結果。", ""]
    en = ["Section 3 Applying for an Account", "A. Required Documents", "Merchants must submit a copy of the business registration.",
          "B. Approval Time", "We normally complete the review within 5 working days.", "",
          "Section 4 Sandbox Testing", "A. Test Accounts", "While the review is under way, merchants may apply for a sandbox account.",
          "B. Test Card Numbers", "Use the test card numbers below to simulate different results.", ""]
    got = _two_file_pairs(tmp_path, "\n".join(zh), "\n".join(en))
    assert ("第 4 節 沙盒測試", "Section 4 Sandbox Testing") in got
    assert ("甲、測試賬戶", "A. Test Accounts") in got


def test_of_two_pairs_that_score_alike_the_matching_takes_the_one_whose_numbers_agree():
    """Where an article and its item both score in full against "Article 2. …" (the item's
    words say the same and numbers of an article and of a list say nothing of each other),
    the article, whose number agrees, is the pair."""
    from bitext.model import Heading
    from bitext.pair import Candidate, heading_score, pair_headings

    def cand(part, text, pos, rank):
        return Candidate(part, Heading(text, part, "strong"), pos, rank)

    zc = [cand(0, "第二條 個人資料之蒐集目的及類別", 0.30, 0.30), cand(1, "二、個人資料類別", 0.32, 0.32)]
    ec = [cand(0, "Article 2. Purposes and Categories of Personal Data Collected", 0.31, 0.31)]
    assert heading_score(zc[0], ec[0]) >= 1.0 and heading_score(zc[1], ec[0]) >= 1.0
    assert [(i, j) for i, j, _ in pair_headings(zc, ec)] == [(0, 0)]


def test_keywords_under_an_abstract_head_nothing_and_leave_its_labels_alone():
    """"关键词：…" / "Keywords: …" is the abstract's field, no heading; the labels over the
    abstract's paragraphs before it ("研究目的：", "Objective:") still head them."""
    lines = ["摘要", "Abstract",
             "研究目的：近年来，越来越多外出务工、求学的青年返回家乡创业。本报告旨在了解其现状。",
             "Objective: In recent years a growing number of young people have returned home to start businesses. This report examines their situation.",
             "研究方法：课题组于2024年7月至9月在四个县开展问卷调查，回收有效问卷1246份。",
             "Methods: Between July and September 2024 the research team surveyed four counties and collected 1,246 valid questionnaires.",
             "主要发现：返乡创业项目以特色农业和农村电商为主，融资难和缺乏专业人才问题突出。",
             "Key findings: Most returnee businesses are in specialty agriculture and rural e-commerce; finance and skilled staff are hard to find.",
             "政策建议：应完善创业担保贷款和风险分担机制，加强县域创业服务平台建设。",
             "Recommendations: Governments should improve start-up loan guarantees and risk sharing, and strengthen county start-up service platforms.",
             "关键词：返乡创业；县域经济；青年；政策支持",
             "Keywords: returnee entrepreneurship; county economy; youth; policy support",
             "一、研究背景", "1. Background",
             "县域是返乡创业的主要承载地。", "Counties are where most returnees start their businesses."]
    got = _pairs("\n".join(lines))
    assert ("关键词", "Keywords") not in got
    assert [p for p in got if p[0] in ("研究目的", "研究方法", "主要发现", "政策建议")] == [
        ("研究目的", "Objective"), ("研究方法", "Methods"), ("主要发现", "Key findings"), ("政策建议", "Recommendations")]


@pytest.mark.parametrize("line,expected", [
    ("註：商務計劃須最少訂購三名用戶", True),  # a note, with what it says after its label
    ("Note: the Business plan needs at least three users", True),
    ("注意事项", False), ("Notes on Use", False),
])
def test_a_note_with_its_text_heads_nothing(line, expected):
    assert never_heading(line) is expected


def test_labelled_clauses_of_a_list_that_goes_on_with_semicolons_head_nothing():
    """The permissions an app asks for, each a label and what it is for, the list going on with
    "；": clauses of one list, not sections. The section over them stays."""
    zh = ["青禾健康隐私政策", "", "一、我们如何收集和使用您的个人信息", "", "我们会遵循正当、合法、必要的原则收集您的个人信息。", "",
          "（一）设备权限调用", "", "在您首次使用相关功能时，我们会通过弹窗向您单独说明权限用途并征求您的同意。",
          "1. 相机：用于拍摄并上传检查报告、患处照片，以及视频问诊；", "2. 相册/存储：用于从相册中选择并上传图片或文件；",
          "3. 麦克风：用于语音输入、视频问诊及睡眠监测；", "4. 位置：用于运动轨迹记录和推荐附近药店。", "",
          "二、我们如何存储您的个人信息", "", "我们在中国境内存储您的个人信息。", ""]
    en = ["Qinghe Health Privacy Policy", "", "1. HOW WE COLLECT AND USE YOUR PERSONAL INFORMATION", "",
          "We collect your personal information lawfully, fairly and only as necessary.", "", "(1) Device permissions", "",
          "The first time you use a feature that requires a permission, a pop-up window will ask for your consent.",
          "(a) Camera: to photograph and upload test reports and photographs of affected areas, and for video consultations;",
          "(b) Photos/Storage: to select and upload pictures or files from your albums;",
          "(c) Microphone: for voice input, video consultations and sleep monitoring;",
          "(d) Location: to record exercise routes and recommend nearby pharmacies.", "",
          "2. HOW WE STORE YOUR PERSONAL INFORMATION", "", "We store your personal information in China.", ""]
    pairs = _pairs("\n".join(zh + en))
    assert ("（一）设备权限调用", "(1) Device permissions") in pairs
    assert not [p for p in pairs if "相机" in p[0] or "位置" in p[0]]


@pytest.mark.parametrize("tail", [[], ["## 修订记录", "", "| 版本 | 日期 |", "|---|---|", "| 3.2 | 2024-05-20 |", ""]])
def test_a_bare_bilingual_heading_among_marked_ones_of_its_level_carries_both_languages(tail):
    """"## 概述 Overview" and "## 附录 Appendix" beside "## 一、… / …" headings, the sections under
    those headed per language ("### （一）…" then "### (1) …"): both languages, as their siblings;
    so too beside a section in Chinese only at their level ("## 修订记录")."""
    md = "\n".join([
        "# 临江市数据资源管理局2023年工作总结 | Linjiang Data Administration: 2023 Work Summary", "",
        "## 概述 Overview", "", "2023年，全市数字政府建设取得新进展。", "", "In 2023 the city made progress in digital government.", "",
        "## 一、2023年主要工作 / Main Work in 2023", "", "### （一）公共数据归集共享", "", "完成公共数据资源目录更新。", "",
        "### (1) Public Data Collection and Sharing", "", "The public data catalogue was updated.", "",
        "### （二）公共数据开放", "", "新增开放数据集212个。", "", "### (2) Opening Up Public Data", "", "212 datasets were published.", "",
        "## 二、2024年工作安排 / Work Plan for 2024", "", "### （一）推进授权运营", "", "开展授权运营试点。", "",
        "### (1) Authorised Operation", "", "We will pilot authorised operation.", "",
        "## 附录 Appendix", "", "- **公共数据** Public data：各级行政机关收集的数据。", ""] + tail)
    pairs = _pairs(md, "report.md")
    assert ("概述", "Overview") in pairs and ("附录", "Appendix") in pairs
    assert ("（一）公共数据归集共享", "(1) Public Data Collection and Sharing") in pairs


def test_a_label_over_a_list_of_names_heads_nothing():
    """An annual report's appendix: "主要捐赠方：" over the companies that gave, "主要合作伙伴：" over
    the bodies it works with. The appendix heads a section; the labels over the names do not."""
    zh = ["华清河基金会2023年度报告", "", "一、项目概况", "", "本年度我们在流域内开展了水质监测和湿地修复。", "",
          "附录　主要捐赠方及合作伙伴", "",
          "主要捐赠方：安澜环境科技股份有限公司、德源水务集团有限公司、恒青公益基金会、江岸食品有限公司、临川新能源有限公司。",
          "主要合作伙伴：江州大学环境学院、芦湾镇人民政府、青岩县自然保护管理站、省水文水资源勘测中心、石门县农业农村局。", ""]
    en = ["Huaqing River Foundation Annual Report 2023", "", "1. Programme Overview", "",
          "This year we carried out water-quality monitoring and wetland restoration in the basin.", "",
          "APPENDIX: PRINCIPAL DONORS AND PARTNERS", "",
          "Principal donors: Anlan Environmental Technology Co., Ltd.; Deyuan Water Group Co., Ltd.; Hengqing Charitable "
          "Foundation; Jiang'an Foods Co., Ltd.; Linchuan New Energy Co., Ltd.",
          "Principal partners: Jiangzhou University School of the Environment; Luwan Town People's Government; Qingyan County "
          "Nature Conservation Station; Provincial Hydrology Survey Centre; Shimen County Bureau of Agriculture and Rural Affairs.", ""]
    pairs = _pairs("\n".join(zh + en))
    assert ("附录 主要捐赠方及合作伙伴", "APPENDIX: PRINCIPAL DONORS AND PARTNERS") in pairs
    assert not [p for p in pairs if p[0].startswith("主要")]


ORDINANCE_NOTES = ["[1 April 2024] L.N. 38 of 2024", "[2024年4月1日] 2024年第38號法律公告", "(Originally 9 of 2023)",
                   "(本為2023年第9號)", "(Format changes—E.R. 1 of 2024)", "(格式變更—2024年第1號編輯修訂紀錄)"]


@pytest.mark.parametrize("line,note", [(x, True) for x in ORDINANCE_NOTES] + [("(Originally a plan)", False), ("Long Title", False),
                                                                            ("(本為草案)", False)])
def test_an_ordinances_notes_under_its_long_title_head_nothing(line, note):
    """When it began, what it was and how its text was changed, under an ordinance's long title;
    not words that only start alike."""
    assert never_heading(line) is note


def test_labelled_terms_over_a_signature_blank_are_the_certificates_headings():
    """Labelled terms, each over a sentence, then the signature's blank with the signer's name in
    brackets, the date and the address: the terms head their sentences; the blank says nothing."""
    text = "\n".join([
        "圖片使用授權書", "IMAGE LICENCE CERTIFICATE", "授權條款", "LICENCE TERMS",
        "授權範圍：本授權為非獨家、不可轉讓之授權，被授權人僅可於上列用途內使用圖片。",
        "Scope of Licence: This is a non-exclusive, non-transferable licence for the use stated above only.",
        "禁止事項：被授權人不得將圖片用於商標或任何違法之內容。",
        "Restrictions: The Licensee shall not use the image in any trade mark or unlawful content.",
        "署名：被授權人應於圖片旁註明攝影師姓名。", "Credit: The Licensee shall place the photographer's name next to the image.",
        "修改：被授權人可對圖片進行裁切及縮放，但不得改變其主體。",
        "Alterations: The Licensee may crop and resize the image, but shall not change its main subject.",
        "終止：被授權人違反本授權書任何條款者，本授權即時終止。",
        "Termination: If the Licensee breaches any term of this certificate, this licence terminates at once.",
        "授權方簽署：________________（鏡海光影圖庫有限公司）", "Signed for the Licensor: ________________ (Mirror Sea Image Library, Lda.)",
        "簽發日期：2024年6月24日", "Date of issue: 24 June 2024",
        "地址：澳門海鏡街27號5樓", "Address: 5/F, 27 Rua do Espelho do Mar, Macao"])
    pairs = _pairs(text)
    assert ("授權範圍", "Scope of Licence") in pairs and ("終止", "Termination") in pairs
    assert not any(z.startswith(("授權方簽署", "簽發日期", "地址")) for z, _ in pairs)


def test_a_sentence_that_leads_into_its_list_and_a_sentence_with_shall_head_nothing():
    """"本系统支持三种拣货方式：" over its bullets says what follows; "Voting shall be by show of hands."
    opening a paragraph is a sentence, not a run-in heading ("Voting procedure." is one)."""
    from bitext.segment import heading_line, runin_heading

    assert not heading_line("本系统支持三种拣货方式：", "zh")
    assert not heading_line("本平台提供两类接口：", "zh")
    assert heading_line("拣货方式：", "zh")
    assert not runin_heading(("Voting shall be by show of hands.", "A recorded vote may be taken on request."), "en")
    assert runin_heading(("Voting Procedure.", "A recorded vote may be taken on request."), "en")
    # The document speaking of itself opens a paragraph with a sentence; a report's lead sentence may head it.
    assert not runin_heading(("本手冊另有英文版，收錄於本文件後半部。", "中英文版本內容如有歧異，以中文版為準。"), "zh")
    assert runin_heading(("加强组织领导，确保工作落实。", "各部门要明确责任分工，按时完成任务。"), "zh")


def _set_in_ordinance(title: str, label: str, long_title: list[str], notes: list[str], part: list[str],
                      sections: list[tuple[str, list[str]]]) -> str:
    """An ordinance whose provisions are set in under their numbered titles at the margin."""
    lines = [title, "", label, ""] + long_title + [""]
    lines += ["                    " + notes[0], "", notes[1], ""] + ["                              " + p for p in part] + [""]
    for head, body in sections:
        lines += [head] + ["        " + b for b in body] + [""]
    return "\n".join(lines)


def test_an_ordinances_long_title_heads_its_sentence_in_a_text_set_in(tmp_path):
    """In a text whose provisions are set in, the long title's label at the margin over its
    sentence, set at the margin too after a blank line, heads it; the notes under it, at the margin
    over text set in, head nothing."""
    zh = _set_in_ordinance("藍晶灣海岸保護區條例", "詳題", ["本條例旨在就藍晶灣海岸保護區的指定、管制及管理訂定條文；以及就相關事宜訂定條文。"],
                           ["[2024年4月1日] 2024年第38號法律公告", "(本為2023年第9號)"], ["第1部", "導言"],
                           [(f"{n}. 第{n}項規定", [f"({n})     本條規定保護區內第{n}類活動的管理事宜。", "該等活動須經局長批准。"])
                            for n in range(1, 9)])
    en = _set_in_ordinance("Sapphire Cove Marine Reserve Ordinance", "Long Title",
                           ["An Ordinance to provide for the designation, control and management of the Sapphire Cove Marine",
                            "Reserve; and to provide for related matters."],
                           ["[1 April 2024] L.N. 38 of 2024", "(Originally 9 of 2023)"], ["Part 1", "Preliminary"],
                           [(f"{n}. Provision {n}", [f"({n})     This section governs activities of class {n}",
                                                     "in the Reserve, which require the Secretary's approval."]) for n in range(1, 9)])
    pairs = _two_file_pairs(tmp_path, zh, en)
    assert pairs[0] == ("詳題", "Long Title")
    assert not any("Originally" in e or "L.N." in e for _, e in pairs)


def test_the_only_label_of_a_numbered_text_on_a_line_of_its_own_heads_its_text():
    """"注意事项：" / "Important Notes:" on lines of their own over their text, the only label of a
    text numbered in sections, after text in its section: a heading (a label that opens its own
    paragraph, "费用：…", would label that paragraph only)."""
    text = "\n".join([
        "备案须知", "Filing Instructions", "",
        "一、适用范围", "I. Scope", "本须知适用于经营者首次备案。", "These Instructions apply to an operator's first filing.", "",
        "二、填写要求", "II. Requirements", "备案表应当使用黑色墨水笔填写。", "The filing form shall be completed in black ink.", "",
        "三、提交方式", "III. Method of Submission", "经营者可以现场提交备案材料。", "Operators may submit the filing materials in person.", "",
        "注意事项：", "Important Notes:", "备案不属于行政许可。经营者对所提交材料的真实性负责。",
        "Filing is not an administrative licence. Operators are responsible for the truth of the materials they submit."])
    assert ("注意事项", "Important Notes") in _pairs(text)


@pytest.mark.parametrize("line,never", [
    ("│市場等級│攤位類別　　│每平方公尺月使用費（新臺幣元）│", True), ("│甲級　　│生鮮類　　　│　420　│", True),
    ("Incorporated in Hong Kong on 9 August 2011", True), ("於2011年8月9日在香港註冊成立", True),
    ("Certified a true copy", True), ("核證為真確副本", True), ("Total 10,000", True), ("總數 10,000", True),
    ("Incorporated Trustees", False), ("Total Quality Management", False), ("總則", False)])
def test_a_tables_box_row_its_total_an_incorporation_and_a_certified_copy_head_nothing(line, never):
    assert never_heading(line) is never


def test_an_attached_table_heads_its_table_and_a_wrapped_article_title_goes_on_with_its_postposition(tmp_path):
    """"Attached Table: …" over its rows is the annex "附表 …" is; "第十條　將個人資料轉移至澳門特別行政區"
    over "以外的地方" is one heading (no line starts with "以外的")."""
    from bitext.headings import SCHEDULE_TITLE
    from bitext.segment import _broken

    assert SCHEDULE_TITLE.match("Attached Table: Standards for Stall Usage Fees")
    assert _broken("第十條　將個人資料轉移至澳門特別行政區", "以外的地方", "zh")


def test_fields_over_a_reports_labels_and_a_labelled_point_among_numbered_findings():
    """Who prepared a summary and when ("编制单位：…", "日期：…") over "背景：…。" and "方法：…。": the
    labels head their sentences; "2. 使用不均衡：…" among the numbered findings is one of them, and
    the labels after the findings ("存在问题：…。", "建议：…。") head theirs, over the contact line."""
    text = "\n".join([
        "Survey Report on Community Health Stations (Summary)", "社区健康驿站运营情况调研报告（摘要）",
        "Prepared by: Policy Research Section", "编制单位：政策研究科", "Date: 18 October 2024", "日期：2024年10月18日",
        "Background: Since March 2023 the district has opened 26 community health stations in residential areas.",
        "背景：2023年3月以来，我区在居民小区陆续建成社区健康驿站26个。",
        "Methods: We analysed the service records of all 26 stations and surveyed 640 residents.",
        "方法：调取26个驿站全部服务记录，并对640名居民开展问卷调查。",
        "Findings:", "主要发现：",
        "1. The stations recorded 41,276 service visits in the quarter, 18.4% more than in Q2.",
        "1. 本季度驿站共提供服务41,276人次，较第二季度增长18.4%。",
        "2. Use was uneven: the five busiest stations accounted for 43.5% of visits.",
        "2. 使用不均衡：服务量前五位的驿站占总服务量的43.5%。",
        "3. 82.7% of respondents were satisfied or very satisfied with the stations.",
        "3. 受访居民对驿站的满意率为82.7%。",
        "Problems: Opening hours on weekdays do not suit working residents, and half the stations have one worker.",
        "存在问题：驿站开放时间与上班族作息不匹配，半数驿站仅配备一名医务人员。",
        "Recommendations: Open the busiest stations on Saturday mornings and share staff among neighbouring stations.",
        "建议：服务量较大的驿站增加周六上午开放时段，相邻驿站之间统筹调配人员。",
        "Contact: Zhou Min, tel. 0596-6632 1875", "联系人：周敏，电话：0596-6632 1875"])
    pairs = _pairs(text)
    for pair in [("背景", "Background"), ("方法", "Methods"), ("存在问题", "Problems"), ("建议", "Recommendations")]:
        assert pair in pairs
    assert not any(z.startswith(("2.", "编制", "联系")) for z, _ in pairs)


def test_a_label_said_over_a_sentence_and_again_over_a_value_heads_its_sentence():
    """A constitution's "會址：本會會址設於…。" and, at its foot, "會址：澳門…地下" over the telephone:
    one label said twice, once over a sentence, is no form's field."""
    text = "\n".join([
        "坊眾互助會章程", "Constitution of the Residents' Mutual Aid Association", "", "第一章 總則", "Chapter I General Provisions",
        "名稱：本會中文名稱為「望廈山坊眾互助會」，英文名稱為「Mong Ha Hill Residents' Mutual Aid Association」。",
        "Name: The Chinese name of the Association is 「望廈山坊眾互助會」 and its English name is \"Mong Ha Hill Residents' Mutual Aid Association\".",
        "宗旨：本會為非牟利社團，宗旨為團結區內居民，發揚守望相助精神，舉辦康樂、文化及福利活動。",
        "Objects: The Association is a non-profit association. Its objects are to unite the residents of the district and to "
        "organise recreational, cultural and welfare activities.",
        "會址：本會會址設於澳門望廈山街十二號地下，經理事會決議可遷往澳門其他地方。",
        "Seat: The seat of the Association is at 12 Rua da Colina de Mong Ha, ground floor, Macao. It may be moved elsewhere "
        "in Macao by resolution of the Board of Directors.", "",
        "第二章 會員", "Chapter II Members", "入會資格：凡居住或工作於望廈區、年滿十八歲並認同本會章程者，經理事會批准即成為會員。",
        "Eligibility: Any person aged eighteen or over who lives or works in the district becomes a member upon approval "
        "by the Board of Directors.", "",
        "會址：澳門望廈山街十二號地下", "Address: 12 Rua da Colina de Mong Ha, R/C, Macau", "電話：2852 1176", "Tel: 2852 1176"])
    pairs = _pairs(text)
    assert ("名稱", "Name") in pairs and ("會址", "Seat") in pairs


def test_a_step_that_says_click_or_goes_on_after_a_comma_is_no_numbered_title():
    """A manual's steps are numbered paragraphs in Title Case often enough ("4. Click Create
    Schedule.", "2. In the Security section, click Enable."): they are steps, not titles; a title
    with a comma is still one ("1. Use, Reproduction and Sale.")."""
    from bitext.headings import _title_words

    assert not _title_words("Click Create Schedule.")
    assert not _title_words("In the Two-Factor Authentication section, click Enable.")
    assert _title_words("Use, Reproduction and Sale.") and _title_words("Source Form.")


def test_a_steps_first_item_in_title_case_heads_nothing_beside_untitled_steps():
    """"1. Go to Settings > Billing." alone on its line is in Title Case, but the steps beside it
    are sentences: it is the first step of a list, not a titled clause; a titled clause after an
    untitled one ("2. Exceptions. Where …" after "1. The Licensor grants …") still heads its text."""
    from bitext.headings import parallel_runins
    from bitext.segment import outline

    en = ("Section 2 Scope\n\n1. The Licensor grants you a worldwide, royalty-free licence to copy and Share the Material.\n\n"
          "2. Exceptions. Where an Exception covers your use, this Licence does not apply to that use.\n\n"
          "3. Duration. How long this Licence lasts is set out in Section 6.\n\nSection 3 Billing\n\nTo change your card:\n\n"
          "1. Go to Settings > Billing.\n\n2. Under Payment method, you choose Change.\n\n3. Enter your new card details.")
    o = parallel_runins(outline(read_text(en, "en.txt").blocks, "en"))
    heads = [p.heading.text for p in o.parts if p.heading is not None]
    assert "2. Exceptions" in heads and "3. Duration" in heads and not any(h.startswith("1. Go") for h in heads), heads


def test_a_numbered_clause_in_which_the_document_speaks_of_itself_is_no_run_in_heading():
    """"21.1 本條款備有英文及中文版本。如…" under "21. 語言" says something of the terms, with no
    comma; its English, "21.1 These Terms are available in English and Chinese.", has its verb in
    lower case: a sentence, not a title in Title Case. A clause titled so still heads its text."""
    from bitext.headings import _title_words
    from bitext.segment import runin_heading

    rest = "如英文版本與中文版本有任何歧異，概以英文版本為準。"
    assert not runin_heading(("21.1 本條款備有英文及中文版本。", rest), "zh")
    assert not runin_heading(("本條款適用於所有會員。", rest), "zh")
    assert runin_heading(("21.1 語言版本。", rest), "zh")
    assert not _title_words("These Terms are available in English and Chinese.")
    assert _title_words("Terms of Use and Availability.")


def test_a_heading_cut_after_a_preposition_goes_on():
    from bitext.segment import _broken

    assert _broken("4. DISCLOSURE OF RECORDS TO BODIES OUTSIDE", "THE REGION", "en")
    assert _broken("2.3 Sharing of Results within", "the Consortium", "en")
    assert not _broken("4. DISCLOSURE OF RECORDS TO OTHER BODIES", "THE REGION", "en")


@pytest.mark.parametrize("line,expected", [
    ("議長、副議長、各位議員女士、先生：", True), ("主席、各位委員：", True),
    ("Madam Speaker, Mr Deputy Speaker, Councillors:", True), ("Mr President, honourable Members,", True),
    ("Ladies and gentlemen,", True),
    ("主席團成員名單", False), ("Madam Speaker's Rulings", False), ("主任委員職責：", False)])
def test_the_chair_and_members_a_speech_is_made_to_head_nothing(line, expected):
    assert never_heading(line) is expected


def test_numbered_labels_with_a_note_among_them_are_no_notes_items():
    """"A. …: …", "B. …: …", then a translator's "Note: …", then "C. …: …": the note is a label
    of another kind among the numbered ones, which head their clauses in both languages still."""
    text = "\n".join([
        "一、总则", "I. GENERAL PROVISIONS",
        "（一）目的：为规范社区花园的使用与维护，结合本社区实际，制定本办法。",
        "A. Purpose: These Measures are made to regulate the use and upkeep of the community garden.",
        "（二）适用范围：本社区居民认领、种植和维护花园地块的活动，适用本办法。",
        "B. Scope: These Measures apply to residents who adopt, plant and tend plots in the garden.",
        "Translator's note: \"plots\" means the numbered beds marked on the garden plan.",
        "（三）管理机构：社区居委会负责地块的分配和日常管理。",
        "C. Administering body: The residents' committee allocates the plots and manages the garden day to day.",
        "二、地块认领", "II. ADOPTING A PLOT",
        "（一）申请：居民可以向居委会申请认领一块地块，每户以一块为限。",
        "A. Applications: A resident may apply to the committee to adopt one plot, one plot per household.",
        "（二）期限：认领期限为一年，期满可以续期。",
        "B. Term: A plot is adopted for one year and may be renewed when the year ends.",
    ])
    pairs = _pairs(text)
    assert ("（三）管理机构", "C. Administering body") in pairs and ("（一）目的", "A. Purpose") in pairs, pairs


def test_a_references_authors_and_year_head_nothing():
    from bitext.segment import runin_heading

    rest = ("〈社區花園與鄰里關係〉。《城市研究》，第3期。",)
    assert not runin_heading(("林美華（2021）。",) + rest, "zh")
    assert not runin_heading(("林美華、黃志明（2019）。",) + rest, "zh")
    assert not runin_heading(("Lam, M. W. (2021).", "Community gardens and neighbourly ties. Urban Studies, 3, 12-20."), "en")
    assert not runin_heading(("Lam, M. W., & Wong, C. M. (2019).", "Gardens in the city. Hong Kong: City Press."), "en")
    assert runin_heading(("年度回顧。", "本年度社區花園共舉辦活動二十次。"), "zh")


def test_a_heading_in_capitals_over_a_short_one_is_two_headings():
    from bitext.segment import _broken

    assert not _broken("SECTION 2 METHODS", "Sampling", "en")
    assert not _broken("第二節　方法", "抽樣設計", "zh")
    assert _broken("SECTION 2 DATA", "COLLECTION", "en")


@pytest.mark.parametrize("line,expected", [
    ("附件下載：權利行使申請書（ODT） 權利行使申請書（PDF）", True), ("Downloads: Request Form (ODT) Request Form (PDF)", True),
    ("附件：申請表（DOCX）", True), ("附件：本辦法所稱之申請表格式，由本部另定之。", False), ("Downloads", False)])
def test_files_to_download_after_their_label_head_nothing(line, expected):
    assert never_heading(line) is expected


def test_an_ing_phrase_that_goes_on_with_a_clause_after_its_comma_is_a_sentence():
    from bitext.segment import runin_heading

    rest = ("First, the reading rooms reached a thousand schools.",)
    assert not runin_heading(("Looking back, three things stand out for me.",) + rest, "en")
    assert not runin_heading(("Looking ahead, the board expects steady growth.",) + rest, "en")
    assert runin_heading(("Stabilizing agriculture, forestry and fisheries.",) + rest, "en")
    assert runin_heading(("Improving services.",) + rest, "en")


def test_a_part_counted_in_roman_numerals_in_chinese_takes_its_title_from_the_next_line():
    """Hong Kong's ordinances number their parts "第I部", "第II部", over the part's title on the
    next line, as "PART I" stands over "PRELIMINARY"."""
    from bitext.headings import numbering

    assert numbering("第IV部 執行").value == "4" and numbering("第I部").kind == "part"
    assert numbering("第III條") is None  # (articles are counted in figures or Chinese numerals)
    text = "\n".join(["PART I", "PRELIMINARY", "", "第I部", "導言", "", "1. Short title", "", "1. 簡稱", "",
                      "This Ordinance may be cited as the Town Parks Ordinance.", "", "本條例可引稱為《市鎮公園條例》。", "",
                      "PART II", "USE OF PARKS", "", "第II部", "公園的使用", "", "2. Opening hours", "", "2. 開放時間", "",
                      "A park is open from 6 a.m. to 11 p.m.", "", "公園開放時間為上午6時至晚上11時。", ""])
    pairs = _pairs(text)
    assert ("第I部 導言", "PART I PRELIMINARY") in pairs and ("第II部 公園的使用", "PART II USE OF PARKS") in pairs, pairs


def test_a_tables_column_names_over_their_rule_are_not_the_heading_above_them():
    """"1.3 Specifications" over a table set in text: "Item   Specification" over "-----  -----"
    names the columns; it neither heads the rows nor goes on the heading over it."""
    zh = ["1.2 部件", "", "本記錄器共有十個部件。", "", "1.3 規格", "項目                     規格",
          "-----------------------  ----------------", "顯示                     液晶顯示屏", "無線                     藍牙低功耗", "",
          "1.4 保養", "", "請保持記錄器乾燥。", ""]
    en = ["1.2 Parts", "", "The logger has ten parts.", "", "1.3 Specifications", "Item                     Specification",
          "-----------------------  ----------------", "Display                  LCD screen", "Wireless                 Bluetooth Low Energy", "",
          "1.4 Care", "", "Keep the logger dry.", ""]
    pairs = _pairs("\n".join(zh + en))
    assert ("1.3 規格", "1.3 Specifications") in pairs and ("1.4 保養", "1.4 Care") in pairs, pairs


def test_a_heading_cut_in_its_list_goes_on_under_the_other_languages_line():
    """Set line by line, no blank lines: "第三章 會議的召集、" / "Chapter III Convening," /
    "議程及文件" / "Agenda and Documents of Meetings" is one chapter's heading in each language."""
    text = "\n".join([
        "第二章 成員", "Chapter II Members", "第五條 組成", "Article 5 Composition",
        "一、委員會由主席及六名成員組成。", "1. The Committee consists of the Chairman and six members.",
        "第三章 會議的召集、", "Chapter III Convening,", "議程及文件", "Agenda and Documents of Meetings",
        "第六條 召集", "Article 6 Convening notice", "一、會議的召集書最遲須於會議日期前十日發出。",
        "1. Notice of a meeting shall be given at least ten days before it.",
        "第七條 議程", "Article 7 Agenda", "一、議程由主席訂定。", "1. The agenda shall be set by the Chairman.", ""])
    pairs = _pairs(text)
    assert ("第三章 會議的召集、議程及文件", "Chapter III Convening, Agenda and Documents of Meetings") in pairs, pairs


def test_a_title_set_line_by_line_is_one_heading_where_the_other_language_goes_on():
    """"澄灣市政署" / "Regulations on the Use of Public Libraries of the" / "公共圖書館使用規章" /
    "Chengwan Municipal Affairs Bureau": the English line goes on after "of the", so the two
    Chinese lines around it are one title too, and the two pair as one."""
    text = "\n".join([
        "附件", "ANNEX", "澄灣市政署", "Regulations on the Use of Public Libraries of the", "公共圖書館使用規章",
        "Chengwan Municipal Affairs Bureau", "第一章　一般規定", "CHAPTER I General provisions", "第一條　標的", "Article 1 Object",
        "本規章訂定公共圖書館的使用規則。", "These Regulations lay down the rules for the use of public libraries.",
        "第二條　開放時間", "Article 2 Opening hours", "圖書館每日開放。", "The libraries are open every day.", ""])
    pairs = _pairs(text)
    assert ("澄灣市政署公共圖書館使用規章", "Regulations on the Use of Public Libraries of the Chengwan Municipal Affairs Bureau") in pairs, pairs
