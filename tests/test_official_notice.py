"""An official notice issued jointly by two bureaus, as printed: its header, its number, its
paragraphs' first lines set in, its signatures and annexes, then its translation with a running
header of its own. Written for these tests."""
from __future__ import annotations

from bitext.headings import never_heading
from bitext.pipeline import process
from bitext.read import read_text

ZH = """澄岭市发展和改革委员会
澄  岭  市  财  政  局                文件

澄交发〔2025〕8号

澄岭市发展和改革委员会 澄岭市财政局
关于做好城市公交老年人乘车优惠工作的通知

各区交通运输局、财政局，市公交集团：
    为进一步落实敬老优待政策，方便老年人乘坐城市公共交通出行，经
市人民政府同意，现就做好城市公交老年人乘车优惠工作通知如下：
    一、优惠对象
    本市户籍年满65周岁的老年人，以及在本市居住满一年、持有居住证
并年满65周岁的非本市户籍老年人，均可享受城市公交乘车优惠。各区
应当做好老年人乘车卡的宣传和办理工作，方便老年人就近办理。
    二、优惠内容
    （一）免费乘车
    符合条件的老年人凭老年人乘车卡免费乘坐市区常规公交线路，不
限次数。乘车时应当主动刷卡，接受驾驶员和车厢监督员的查验。
    （二）半价乘车
    年满60周岁不满65周岁的本市户籍老年人，凭老年人乘车卡乘坐市
区常规公交线路享受半价优惠。优惠所需资金由市、区两级财政按照现
行渠道予以保障，具体办法由市财政局会同市交通运输局另行制定。
    三、保障措施
    市公交集团应当加强驾驶员培训，提升服务水平，做好高峰时段的运
力调配。各区交通运输局应当加强监督检查，及时处理群众投诉。本通
知自2025年7月1日起施行，有效期五年。

    附件：1．澄岭市老年人乘车卡办理须知
          2．澄岭市老年人乘车卡申请表

    澄岭市发展和改革委员会                  澄岭市财政局
                          2025年6月3日

附件1
澄岭市老年人乘车卡办理须知

    申请人应当携带本人身份证件和近期免冠照片，到就近的公交卡服务网
点办理。服务网点应当当场受理，并在十个工作日内制卡完毕。

附件2
澄岭市老年人乘车卡申请表

 申请人姓名                    身份证号码
 联系电话
 服务网点审核意见：
                                       经办人：          （盖章）
                                                  年    月    日

[Unofficial English Translation]

Chengling Municipal Development and Reform Commission
Chengling Municipal Finance Bureau

CLTB [2025] No. 8

Notice of the Chengling Municipal Development and Reform Commission and the Chengling
Municipal Finance Bureau on Concessionary Bus Travel for Older Residents

To the transport and finance bureaus of all districts and the Municipal Bus
Group:

In order to further implement the policy of preferential treatment for older
people and make it easier for them to travel by public transport in the city,
and with the approval of the Municipal People's Government, the relevant
matters are hereby notified as follows:

I. Eligibility

Older residents aged 65 or over whose household registration is in the city,
and older residents aged 65 or over who have lived in the city for at least
one year and hold a residence permit, are entitled to concessionary travel
on city buses. The districts shall publicise and issue the older residents'
travel cards and make it easy to apply for them close to home.

                                                                  Page 1 of 3
CLTB [2025] No. 8 - Unofficial Translation

II. Concessions

1. Free travel

Eligible older residents may travel free of charge, without limit, on the
regular bus routes of the urban area with their older residents' travel
card. They shall tap their card when boarding and show it when asked.

2. Half fares

Residents aged 60 or over but under 65 whose household registration is in
the city pay half fares on the regular bus routes of the urban area with
their travel card. The cost is met by the municipal and district budgets
through the existing channels; the Municipal Finance Bureau will set out the
details together with the Municipal Development and Reform Commission.

                                                                  Page 2 of 3
CLTB [2025] No. 8 - Unofficial Translation

III. Supporting Measures

The Municipal Bus Group shall train its drivers, improve its service and
deploy enough buses at peak hours. The district transport bureaus shall
supervise the work and deal with complaints promptly. This Notice takes
effect on 1 July 2025 and is valid for five years.

Annexes: 1. Guide to Applying for the Older Residents' Travel Card
         2. Application Form for the Older Residents' Travel Card (not translated)

Chengling Municipal Development and Reform Commission
Chengling Municipal Finance Bureau
3 June 2025

Annex 1
Guide to Applying for the Older Residents' Travel Card

Applicants shall bring their identity document and a recent photograph to
the nearest bus card service point, which shall accept the application on
the spot and issue the card within ten working days.

                                                                  Page 3 of 3
"""


def test_a_joint_notice_as_printed_reads_as_its_headings_and_titles():
    b = process(read_text(ZH, "notice.txt"))
    # The header (the issuers, "文件" set letter-spaced beside them) and the number are no title:
    # the title is the issuers over what the notice is about, in both languages.
    assert b.meta.title_zh.replace(" ", "") == "澄岭市发展和改革委员会澄岭市财政局关于做好城市公交老年人乘车优惠工作的通知"
    assert b.meta.title_en == ("Notice of the Chengling Municipal Development and Reform Commission and the Chengling "
                               "Municipal Finance Bureau on Concessionary Bus Travel for Older Residents")
    pairs = [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh or s.heading_en]
    # The paragraphs' first lines are set in and their wrapped lines flush left: the headings among
    # them are headings, not an example set in.
    # The issuers that sign the English, the annexes it lists (the second one untranslated), the
    # running header over its pages and the form's blanks for a date head nothing.
    assert pairs == [("一、优惠对象", "I. Eligibility"), ("二、优惠内容", "II. Concessions"), ("（一）免费乘车", "1. Free travel"),
                     ("（二）半价乘车", "2. Half fares"), ("三、保障措施", "III. Supporting Measures"),
                     ("附件1 澄岭市老年人乘车卡办理须知", "Annex 1 Guide to Applying for the Older Residents' Travel Card")]
    gone = [r.text for r in b.removed]
    assert gone.count("CLTB [2025] No. 8 - Unofficial Translation") == 2
    # Nor are the bodies it is sent to, or the first issuer signing it by its full name, taken for headings.
    said = " ".join(d.message for d in b.diagnostics)
    assert "heading '各区交通运输局" not in said and "heading 'Chengling Municipal Development" not in said


def test_a_forms_blanks_for_the_date_and_a_notices_addressees_head_nothing():
    assert never_heading("年    月    日") and never_heading("____年___月___日") and never_heading("年月日")
    assert not never_heading("年度报告") and not never_heading("月日")
    assert never_heading("各区人民政府，岚峰高新区管委会，市政府有关部门，各供水企业：")
    assert not never_heading("适用范围、对象：") and not never_heading("各成员单位：")


def test_the_items_of_a_listed_companys_template_answered_in_boxes_head_nothing():
    """A semi-annual report's summary follows the exchange's template: items answered by ticking
    a box ("□适用 √不适用", "[ ] Applicable [X] Not applicable") are the form's, not sections;
    the numbered ones are sections whatever follows them."""
    zh = ["第一节 重要提示", "", "本摘要来自半年度报告全文，投资者应当仔细阅读全文。", "",
          "非标准审计意见提示", "□适用 √不适用", "",
          "公司是否需追溯调整或重述以前年度会计数据", "□是 √否", "",
          "1、公司优先股股东持股情况", "□适用 √不适用", "",
          "第二节 公司基本情况", "", "本公司主要从事智能装备的研发和销售。", ""]
    en = ["Part I Important Notes", "", "This summary is taken from the full semi-annual report, which investors should read.", "",
          "Reminder of non-standard audit opinion", "[ ] Applicable [X] Not applicable", "",
          "Whether the Company is required to restate accounting data of previous years", "[ ] Yes [X] No", "",
          "1. Shareholdings of preference shareholders", "[ ] Applicable [X] Not applicable", "",
          "Part II Basic Information of the Company", "", "The Company develops and sells intelligent equipment.", ""]
    b = process(read_text("\n".join(zh + en), "summary.txt"))
    pairs = [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh or s.heading_en]
    assert pairs == [("第一节 重要提示", "Part I Important Notes"), ("1、公司优先股股东持股情况", "1. Shareholdings of preference shareholders"),
                     ("第二节 公司基本情况", "Part II Basic Information of the Company")]


def test_the_title_of_a_notice_that_issues_rules_heads_the_notice_beside_the_rules_title():
    """A notice that issues measures, set line by line in both languages: the notice's title, wrapped
    over two Chinese lines and two English ones, heads the notice (a pair of its own); the measures'
    title, which the notice names, is the document's title."""
    lines = ["云岫区人民政府办公室文件", "Document of the General Office of the People's Government of Yunxiu District",
             "云府办〔2023〕18号", "Yun Fu Ban [2023] No. 18",
             "云岫区人民政府办公室关于印发《云岫区既有住宅加装电梯", "财政补助办法》的通知",
             "Notice of the General Office of the People's Government of Yunxiu District on Issuing the Measures of Yunxiu",
             "District on Financial Subsidies for Installing Elevators in Existing Residential Buildings",
             "各街道办事处，区政府各部门：", "To all sub-district offices and all departments of the district government:",
             "《云岫区既有住宅加装电梯财政补助办法》已经区政府常务会议研究同意，现印发给你们，请认真贯彻执行。",
             "The Measures of Yunxiu District on Financial Subsidies for Installing Elevators in Existing Residential Buildings "
             "were approved at an executive meeting of the district government and are hereby issued to you for implementation.",
             "云岫区人民政府办公室", "General Office of the People's Government of Yunxiu District", "2023年4月12日", "12 April 2023",
             "云岫区既有住宅加装电梯财政补助办法",
             "Measures of Yunxiu District on Financial Subsidies for Installing Elevators in Existing Residential Buildings",
             "一、总则", "1. GENERAL PROVISIONS", "为推进既有住宅加装电梯工作，制定本办法。",
             "These Measures are formulated to promote the installation of elevators in existing residential buildings.",
             "二、补助条件", "2. ELIGIBILITY", "加装电梯项目应当依法取得规划许可。",
             "An elevator project shall obtain planning permission in accordance with the law.", ""]
    b = process(read_text("\n".join(lines), "notice.txt"))
    assert (b.meta.title_zh, b.meta.title_en) == (
        "云岫区既有住宅加装电梯财政补助办法",
        "Measures of Yunxiu District on Financial Subsidies for Installing Elevators in Existing Residential Buildings")
    pairs = [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh and s.heading_en]
    assert pairs[0] == ("云岫区人民政府办公室关于印发《云岫区既有住宅加装电梯财政补助办法》的通知",
                        "Notice of the General Office of the People's Government of Yunxiu District on Issuing the Measures of "
                        "Yunxiu District on Financial Subsidies for Installing Elevators in Existing Residential Buildings")
    assert pairs[1:] == [("一、总则", "1. GENERAL PROVISIONS"), ("二、补助条件", "2. ELIGIBILITY")]


def test_a_notices_title_wrapped_or_under_its_issuer_is_one_line():
    from bitext.model import Block
    from bitext.read import notice_titles

    blocks = [Block("北峪市人民政府", "zh", 5), Block("关于印发《北峪市机动车停车管理办法》的通知", "zh", 6),
              Block("Notice on Issuing the Jianglan University Regulations on the Use of the\nMingheng Software Campus Site Licence", "en", 7),
              Block("各区县人民政府：", "zh", 9), Block("《北峪市机动车停车管理办法》已经审议通过，现印发给你们。", "zh", 10)]
    assert [b.text for b in notice_titles(blocks)] == [
        "北峪市人民政府关于印发《北峪市机动车停车管理办法》的通知",
        "Notice on Issuing the Jianglan University Regulations on the Use of the Mingheng Software Campus Site Licence",
        "各区县人民政府：", "《北峪市机动车停车管理办法》已经审议通过，现印发给你们。"]


def test_a_notices_title_pairs_only_with_a_notices_title():
    from bitext.model import Heading
    from bitext.pair import Candidate, heading_score

    def cand(text: str, lang: str) -> Candidate:
        return Candidate(1, Heading(text, 1, "strong"), 0.1)

    notice = cand("关于印发《江澜大学校园站点许可使用规定》的通知", "zh")
    annex = cand("Attachment: Jianglan University Regulations on the Use of the Campus Site Licence", "en")
    assert heading_score(notice, annex) == 0.0
    assert heading_score(notice, cand("Notice on Issuing the Jianglan University Regulations on the Use of the Campus Site Licence", "en")) > 0.4
