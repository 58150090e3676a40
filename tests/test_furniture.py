"""Page numbers and running headers of a text copied from printed pages."""
from __future__ import annotations

import re

import pytest

from bitext.furniture import coded_lines, navigation_line, page_numbers, strip_furniture
from bitext.headings import date_line, never_heading
from bitext.segment import heading_line
from bitext.pipeline import process
from bitext.read import lines_of, read_pair, read_text


def _page(n: int, header: str, body: list[str]) -> list[str]:
    return [header, ""] + [x for b in body for x in (b, "")] + [f"— {n} —", ""]


def _text(zh_pages, en_pages) -> str:
    return "\n".join(zh_pages + en_pages)


ZH = [_page(n, "蓝湾市水资源公报", [f"第{n}页的正文讲述水资源状况，全市用水总量保持稳定。", f"这一页的第二段，介绍第{n}项工作的进展。"])
      for n in range(1, 5)]
EN = [_page(n, "Lanwan Water Resources Bulletin", [f"The text of page {n} reports that the city's total water use stayed stable.",
                                                 f"The second paragraph of this page describes progress on task {n}."])
      for n in range(1, 5)]


def test_page_numbers_and_the_header_beside_them_are_taken():
    lines = lines_of(_text(sum(ZH, []), sum(EN, [])))
    kept, taken = strip_furniture(lines)
    reasons = [r for _, _, r in taken]
    assert reasons.count("page number") == 8
    # The header on the first page, far from a page number, stays (where a title would
    # stand); the English one's first comes right after the Chinese half's last page number.
    assert reasons.count("running header") == 7
    assert len(kept) == len(lines)  # blanked, not dropped: line numbers stay
    assert not any(ln.text.startswith("—") for ln in kept)
    assert [ln.no for ln in kept if ln.text in ("蓝湾市水资源公报", "Lanwan Water Resources Bulletin")] == [1]


def test_the_build_reports_what_it_took_and_keeps_the_text():
    b = process(read_text(_text(sum(ZH, []), sum(EN, [])), "bulletin.txt"))
    assert {r.reason for r in b.removed} == {"page number", "running header"}
    shown = " ".join(x for s in b.sections for r in s.rows for x in r.zh + r.en)
    assert "第3页的正文" in shown and "task 4" in shown
    assert "— 2 —" not in shown
    assert any("furniture" in d.message for d in b.diagnostics)


def test_a_manuals_chapter_and_page_numbers_are_page_numbers():
    """A manual numbers its pages by chapter, "7-1", "7-2", centred under each page, with the
    product's name and the chapter over the next: both go."""
    body = ["QingyanDB 按以下逻辑顺序处理 SELECT 语句中的各个子句，优化器可能会对语句进行改写。"] * 6
    text = []
    for n in range(1, 6):
        text += ["\fQingyanDB V4.2 SQL 参考手册                          第7章 数据查询", ""] + body + ["", f"                     7-{n}", ""]
    lines = lines_of("\n".join(text))
    kept, taken = strip_furniture(lines)
    reasons = [r for _, _, r in taken]
    assert reasons.count("page number") == 5 and reasons.count("running header") >= 4
    # Numbers of that shape in a list, without pages between them, are not pages.
    assert page_numbers(lines_of("\n".join(["表 7-1", "", "7-1", "", "7-2", "", "7-3", "", "完成。"]))) == set()


def test_numbers_that_are_not_pages_stay():
    # A list of numbers one under the other: no pages between them.
    lines = lines_of("\n".join(["步骤", "", "1", "", "2", "", "3", "", "4", "", "完成。"]))
    assert page_numbers(lines) == set()
    # Page numbers must go up: "7", "3", "5" number nothing.
    spaced = ["正文。"] * 8
    lines = lines_of("\n".join(spaced + ["", "7", ""] + spaced + ["", "3", ""] + spaced + ["", "5", ""]))
    assert page_numbers(lines) == set()


def test_a_heading_said_again_is_not_a_running_header():
    pages = sum(([f"第{n}节", "", f"正文第{n}节的内容。", "", f"- {n} -", ""] for n in range(1, 5)), [])
    text = "\n".join(["附录", "", "附录的说明。", ""] + pages + ["附录", "", "再次出现的附录说明。"])
    kept, taken = strip_furniture(lines_of(text))
    assert [t for t, _, r in taken if r == "running header"] == []
    assert sum(1 for ln in kept if ln.text == "附录") == 2


def test_a_footer_with_its_page_code_and_the_section_under_it_are_taken():
    pages = []
    for code, part in (("1-2", "第1部—第3條"), ("3-4", "第2部—第9條"), ("S1-2", "附表1")):
        pages += [f"本條例第{code}頁的條文。", "", f"第 718 章 - 《離島文物徑條例》　　　　{code}", part, ""]
    kept, taken = strip_furniture(lines_of("\n".join(pages)))
    assert [t for t, _, _ in taken] == [f"第 718 章 - 《離島文物徑條例》 {c}" if i % 2 == 0 else p
                                        for c, p in (("1-2", "第1部—第3條"), ("3-4", "第2部—第9條"), ("S1-2", "附表1"))
                                        for i in (0, 1) for p in [p]]
    assert all("條文" in ln.text for ln in kept if ln.text)


def test_numbered_labels_are_not_page_codes():
    lines = lines_of("\n".join(f"Article {n}\nThe text of article {n}.\n" for n in range(1, 6)))
    assert coded_lines(lines) == set()


def test_the_header_of_a_page_without_a_number_goes_too_but_not_the_title():
    head = "澄湾电力股份有限公司 2024年年度报告"
    cover = [head, "", "年度报告全文", "", "二〇二五年三月", "", "", "", ""]
    contents = [head, "", "目录", "", "第一节 公司简介", "", "第二节 经营情况", "", "", "I", ""]
    body = sum(([head, "", f"第{n}页正文，介绍公司本年度的经营情况。", "", f"第{n}页第二段，说明主要数据。", "", "", str(n), ""]
                for n in range(1, 5)), [])
    kept, taken = strip_furniture(lines_of("\n".join(cover + contents + body)))
    assert [ln.no for ln in kept if ln.text == head] == [1]  # the title on the cover stays
    assert (head, len(cover) + 1, "running header") in taken  # the contents page's header goes


def test_a_header_with_the_page_number_first_is_taken():
    pages = sum(([f"The text of page {n} goes on here and ends.", "", f"{n}    Annual Review of Harbour Services 2024", ""]
                 for n in range(2, 9, 2)), [])
    kept, taken = strip_furniture(lines_of("\n".join(pages)))
    assert len(taken) == 4 and all(t.endswith("Harbour Services 2024") for t, _, _ in taken)
    # The number between dashes at the end: "LIAM Annual Report 2023 - 4 -".
    pages = sum(([f"The text of page {n} goes on here and ends.", "", f"LIAM Annual Report 2023 - {n} -", ""] for n in range(1, 5)), [])
    assert len(coded_lines(lines_of("\n".join(pages)))) == 4
    # Or between full-width dashes, after a wide gap: "112年度施政績效報告｜Annual Performance Report 2023　　－5－".
    pages = sum(([f"第{n}頁的正文，說明本年度的施政績效。", "", f"112年度施政績效報告｜Annual Performance Report 2023\u3000\u3000－{n}－", ""]
                 for n in range(1, 5)), [])
    assert len(coded_lines(lines_of("\n".join(pages)))) == 4
    # A numbered list whose items say different things is no header.
    assert coded_lines(lines_of("\n".join(f"{n} Item number {n} says something else" for n in range(1, 6)))) == set()


def test_page_numbers_that_say_so_need_no_blank_line():
    """'5 / 18' between two lines of text, as a PDF copy without blank lines has it, numbers
    a page; a bare '5' there could be anything and stays."""
    head = "澄湾智能装备股份有限公司 2023 年年度报告"
    body = sum(([f"第{n}页正文，说明本年度的经营情况。", f"第{n}页的第二行正文。", "第三行正文说明数据来源。", "第四行正文。",
                 "第五行正文。", "第六行正文。", f"{n} / 18", head] for n in range(1, 6)), [])
    kept, taken = strip_furniture(lines_of("\n".join(body)))
    assert [t for t, _, r in taken if r == "page number"] == [f"{n} / 18" for n in range(1, 6)]
    assert not any(ln.text == head for ln in kept)
    bare = [x if not x.endswith("/ 18") else x.split(" /")[0] for x in body]
    assert page_numbers(lines_of("\n".join(bare))) == set()


WEB_EN = ["Skip to main content", "FerryBell", "Home   Routes   Island Tours   Help Centre   繁體中文", "Log in | Sign up", "",
          "Help Centre > Legal > Terms of Use", "", "FerryBell Terms of Use", "Last updated: 1 July 2024", "",
          "Welcome to FerryBell. These Terms govern your use of the FerryBell website and app.", "",
          "On this page", "1. About These Terms", "2. Bookings", "3. Contact Us", "", "", "1. About These Terms", "",
          "FerryBell is operated by Harbourlight Digital Limited.", "", "2. Bookings", "",
          "To change a booking, open Settings > Bookings > Change, or call us.", "",
          "● Chrome: Settings > Privacy and security > Cookies", "● Safari: Preferences > Privacy > Website Data", "", "3. Contact Us", "", "Email: help@ferrybell.hk", "",
          "Was this page helpful?   Yes   No", "Back to top", "",
          "About FerryBell | Careers | Privacy Policy | Cookie Policy | Terms of Use",
          "Follow us: Facebook  Instagram", "© 2024 Harbourlight Digital Limited. All rights reserved.", "", ""]
WEB_ZH = ["跳至主要內容", "渡鈴 FerryBell", "主頁   航線   離島遊   幫助中心   English", "登入 | 註冊", "",
          "幫助中心 > 法律條款 > 使用條款", "", "渡鈴使用條款", "最後更新：2024年7月1日", "",
          "歡迎使用渡鈴。本條款規管閣下對渡鈴網站及應用程式的使用。", "",
          "本頁內容", "1. 關於本條款", "2. 預訂", "3. 聯絡我們", "", "", "1. 關於本條款", "", "渡鈴由港灣光數碼有限公司營運。", "",
          "2. 預訂", "", "如需更改預訂，請前往設定 > 預訂 > 更改，或致電我們。", "",
          "● Chrome：設定 > 隱私權和安全性 > Cookie", "● Safari：偏好設定 > 隱私權 > 網站資料", "", "3. 聯絡我們", "", "電郵：help@ferrybell.hk", "",
          "此頁面對你有幫助嗎？ 有 沒有", "返回頁首", "", "關於渡鈴 | 招聘 | 私隱政策 | Cookie 政策 | 使用條款",
          "關注我們：Facebook Instagram", "© 2024 港灣光數碼有限公司 版權所有"]


def test_a_web_pages_own_furniture_is_taken_and_said_and_the_text_stays():
    """A terms page copied from a website, English page then Chinese page: the skip link,
    the site's name and menu, the log-in links, the breadcrumb trail, 'Was this page
    helpful?', the links and copyright at its foot go (reported); a menu path in the text
    ('Settings > Bookings > Change', '● Chrome: Settings > …') stays. The page's list of
    its sections ('On this page') is a contents list, and a greeting heads nothing."""
    b = process(read_text("\n".join(WEB_EN + WEB_ZH), "terms.txt"))
    gone = [r.text for r in b.removed if r.reason == "web page navigation"]
    assert "Skip to main content" in gone and "跳至主要內容" in gone and "FerryBell" in gone and "渡鈴 FerryBell" in gone
    assert "Help Centre > Legal > Terms of Use" in gone and "登入 | 註冊" in gone and "此頁面對你有幫助嗎？ 有 沒有" in gone
    assert "© 2024 港灣光數碼有限公司 版權所有" in gone
    assert not any("Chrome" in t or "Change" in t or "更改" in t for t in gone)
    assert (b.meta.title_zh, b.meta.title_en) == ("渡鈴使用條款", "FerryBell Terms of Use")
    got = [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh and s.heading_en]
    assert got == [("1. 關於本條款", "1. About These Terms"), ("2. 預訂", "2. Bookings"), ("3. 聯絡我們", "3. Contact Us")]


def test_links_to_the_next_article_and_related_links_are_web_furniture():
    """'上一篇：…' / 'Previous: …', '相关链接' / 'Related Links' and the names listed under
    them go; a short line of the text ('特此声明。') and the signature stay."""
    zh_en = ["远帆物流法律声明", "Farsail Logistics Legal Notice", "一、版权", "1. Copyright",
             "本网站内容的版权归本公司所有。", "The copyright in this website belongs to the Company.", "特此声明。",
             "远帆国际物流集团股份有限公司", "Farsail Global Logistics Group Co., Ltd.", "上一篇：隐私政策", "Previous: Privacy Policy",
             "下一篇：Cookie政策", "Next: Cookie Policy", "相关链接", "Related Links", "隐私政策", "Privacy Policy",
             "供应商行为准则", "Supplier Code of Conduct"]
    b = process(read_text("\n".join(zh_en), "notice.txt"))
    gone = [r.text for r in b.removed if r.reason == "web page navigation"]
    assert gone == zh_en[9:]
    kept = [t for s in b.sections for r in s.rows for t in r.zh + r.en]
    assert "特此声明。" in kept


def test_a_portals_menus_go_with_the_page_numbers_of_the_document_it_shows():
    """A government portal's page showing the text of a PDF: the site's name, the row of
    links that starts at the home page, the breadcrumb under its label ('当前位置：') go
    as web furniture, the PDF's page numbers as page numbers; a path inside the text stays."""
    top = ["西山县人民政府门户网站", "无障碍浏览 | 长者模式 | 繁体 | English | 登录", "首页 | 走进西山 | 政务公开 | 政务服务 | 游在西山 | 互动交流",
           "当前位置：首页 > 游在西山 > 旅游指南", "", "西山古镇秋季游览指南", "Autumn Guide to Xishan Ancient Town", ""]
    pages = sum(([f"第{n}页的正文介绍古镇的景点。", f"第{n}条路线：南门 > 万福桥 > 书院{n}号。", f"Page {n} describes the sights.", "",
                  f"- {n} -", ""] for n in range(1, 4)), [])
    kept, taken = strip_furniture(lines_of("\n".join(top + pages)))
    assert [t for t, _, r in taken if r == "web page navigation"] == top[:4]
    assert [t for t, _, r in taken if r == "page number"] == [f"- {n} -" for n in range(1, 4)]
    assert sum(1 for ln in kept if "南门 > 万福桥" in ln.text) == 3 and any(ln.text == "西山古镇秋季游览指南" for ln in kept)
    assert not navigation_line("走进西山 | 政务公开 | 政务服务 | 游在西山")  # no home page, no policy: a line of the text
    # The page's buttons, each in brackets; a bracketed heading is no button.
    assert navigation_line("【字体：大 中 小】　【打印本页】　【关闭窗口】") and navigation_line("[Print] [Close window]")
    assert not navigation_line("【交通指南】")
    assert navigation_line("Print this page | Close window") and navigation_line("请输入关键词　　搜索") and navigation_line("跳转到主要内容")
    # A law database's page: its skip link, its menu and buttons named in both languages, its back and top links.
    assert navigation_line("跳到主要內容區塊") and navigation_line("回上頁 Back ｜ 回頁首 Top")
    assert navigation_line("列印 | 回上一頁") and navigation_line("Print | Back")
    assert navigation_line("首页 Home    关于我们 About Us    公益项目 Programmes    信息公开 Disclosure    新闻动态 News")
    assert not navigation_line("首页 Home 是网站的入口，关于我们 About Us 介绍基金会。")
    assert navigation_line("首頁 Home ｜ 法規檢索 Search ｜ 最新訊息 News ｜ 英譯法規 English Translations ｜ 網站導覽 Site Map")
    assert navigation_line("字級：小 中 大　　列印 Print　　轉寄 Share　　中英對照 Chinese-English Parallel View")
    # A search field's prompt in both languages, with its keyboard shortcut; a sentence about searching stays.
    assert navigation_line("搜索文档… Search docs…   Ctrl K") and navigation_line("Search the documentation...")
    assert navigation_line("搜索 Search")
    assert not navigation_line("Search for a book in the catalogue and borrow it.")
    # A row of links named in both languages, between full-width bars, from the home page.
    assert navigation_line("首頁 Home ｜ 關於我們 About Us ｜ 黨章 Constitution ｜ 新聞稿 Press ｜ 參與 Get Involved")
    assert not navigation_line("第一章 總綱 ｜ 第二章 黨員 ｜ 第三章 組織 ｜ 第四章 財務")
    # Who runs the site, at its foot; a sentence that says who operates a service is text.
    assert navigation_line("主办单位：青溪市云岭区人民政府办公室　　承办单位：云岭区大数据发展中心")
    assert navigation_line("Sponsored by the General Office of the Yunling District People's Government")
    assert navigation_line("扫一扫在手机打开当前页") and navigation_line("建议使用1920×1080分辨率、Chrome或Edge浏览器浏览本站")
    assert not navigation_line("The Platform is operated by Harbourline Digital Services Limited.")
    # Related links may be documents' titles.
    from bitext.furniture import _related_item
    assert _related_item("云岭区卫生健康局2023年政府信息公开工作年度报告")
    assert not _related_item("本报告所列数据统计期限自2023年1月1日起至2023年12月31日止，本报告由区政府办公室编制")
    # A breadcrumb under its label in both languages.
    assert navigation_line("当前位置 You are here：首页 > 政务公开 > 政策文件 > 市政府规范性文件")
    # A menu ending in the link to the account; a phrase that says how to log in is text.
    assert navigation_line("Buy Tickets    Top Up    Routes & Timetables    Help    Log in")
    assert navigation_line("首页 新闻 服务 关于我们 登录")
    assert not navigation_line("How to Register") and not navigation_line("Before you sign in") and not navigation_line("Step 3 Log in")
    # A menu one link to a line under the site's name; the notice's title under the breadcrumb stays.
    page = ["望川市民政局 Wangchuan Municipal Civil Affairs Bureau", "首页", "机构概况", "政务公开", "政策文件", "办事服务",
            "当前位置：首页 > 政务公开 > 通知公告", "关于开展居家养老上门服务工作的通知", "Notice on the Home-Based Elderly Care Programme",
            "【字体：大 中 小】 打印本页 关闭窗口", "分享到：微信 微博 QQ空间", "", "各区民政局：", "为满足老年人的居家养老服务需求，现将有关事项通知如下。"]
    kept, taken = strip_furniture(lines_of("\n".join(page)))
    assert [t for t, _, _ in taken] == page[:7] + page[9:11]
    # Each language's page has its header: the society's name and short name above the menu go too.
    page = ["Skip to main content", "Accessibility | Log in | Register | 中文", "East Asian Computational Optics Society", "EACOS",
            "Home | About | Conferences | Publications | Membership | Contact | Search", "You are here: Home > Conferences > CIIO 2024",
            "9th Conference on Computational Imaging: Call for Papers", "ABOUT THE CONFERENCE", "The conference will be held in November."]
    kept, taken = strip_furniture(lines_of("\n".join(["正文。"] * 30 + page)))
    assert [t for t, _, _ in taken] == page[:6]


@pytest.mark.parametrize("mark", [" | ", "                    "])
def test_a_running_header_that_names_the_report_and_its_chapter(mark):
    """'2023 Sustainability Report | Environmental Protection' over each page of a chapter,
    its chapter's name changing (after a bar, or set apart by spaces: 'BlueMist 用户手册
    第二章 安装'): a running header; a heading with a bar in it once is not."""
    pages = ["Lanjiang Power Group", "2023 Sustainability Report", "", "1", ""]  # the cover
    for n, chapter in enumerate(["About This Report", "Environmental Protection", "Environmental Protection",
                                 "Serving Society"], 1):
        pages += [f"\f2023 Sustainability Report{mark}{chapter}", "", f"The text of page {n} tells what the Group did.",
                  f"Its second line, page {n}.", "", str(n + 1), ""]
    pages += ["Case Study | Giving Way to Migratory Birds", "", "The wind farm stops its turbines in the migration season."]
    kept, taken = strip_furniture(lines_of("\n".join(pages)))
    assert sum(1 for t, _, r in taken if r == "running header") == 4
    assert any(ln.text == "Case Study | Giving Way to Migratory Birds" for ln in kept)


def test_a_short_documents_header_over_two_pages_of_three():
    """Three pages numbered '— 1 —' to '— 3 —', the header on the two after the first."""
    head = "澄湾市对外贸易发展年度报告（2023）"
    pages = ["2023年澄湾市对外贸易发展情况回顾", "", "第一页的正文说明全年外贸情况。", "第一页第二行。", "", "— 1 —", "", head, "",
             "第二页的正文说明市场布局。", "第二页第二行。", "", "— 2 —", "", head, "", "第三页的正文说明下一步工作。", "", "— 3 —"]
    kept, taken = strip_furniture(lines_of("\n".join(pages)))
    assert [t for t, _, r in taken if r == "running header"] == [head, head]
    assert [t for t, _, r in taken if r == "page number"] == ["— 1 —", "— 2 —", "— 3 —"]


def test_a_header_spread_across_the_line_goes_from_every_page_and_the_top_of_the_first():
    """A compilation's header prints its name and its part far apart across the top of each
    page; the first page has no number, and the page numbers stand three lines before the
    next header. It goes from all three pages; the law's title under it stays."""
    head = "嵐灣市法規彙編（第十二輯）" + " " * 30 + "教育文化類"
    pages = [head, "", "嵐灣市公共圖書館自治條例", "", "第一條　為保障市民利用圖書資訊之權利，特制定本自治條例。", "", "",
             "－ 1 －", "", "", head, "", "第二條　本自治條例之主管機關為嵐灣市政府。", "", "",
             "－ 2 －", "", "", head, "", "第三條　本自治條例自公布日施行。", "", "", "－ 3 －"]
    kept, taken = strip_furniture(lines_of("\n".join(pages)))
    assert [no for _, no, r in taken if r == "running header"] == [1, 11, 19]
    assert any(ln.text == "嵐灣市公共圖書館自治條例" for ln in kept)
    # Set with a single space, the same line at the top is the title's place: it stays.
    kept, taken = strip_furniture(lines_of("\n".join(pages).replace(" " * 30, " ")))
    assert 1 not in [no for _, no, r in taken if r == "running header"]


def test_a_long_header_beside_each_pages_number_is_taken():
    head = "Compilation of Lanwan City Regulations, Vol. 12 (English Translations) Education and Culture"
    pages = sum(([head, "", f"Article {n} The text of article {n} of the ordinance goes here.", "", f"- {n} -", ""]
                 for n in range(1, 5)), [])
    kept, taken = strip_furniture(lines_of("\n".join(["LANWAN ORDINANCE", ""] + pages)))
    # (The first, among the file's first lines, where a title stands, stays: it is set with a single space.)
    assert [t for t, _, r in taken if r == "running header"] == [head] * 3


def test_a_header_set_right_that_names_each_pages_chapter_is_taken_but_not_a_signature():
    """Odd pages carry the chapter's name set against the right margin, after the page
    number of the page before; it changes with the chapter. The chapter's own heading, the
    same words at the margin, stays, and so does a signature set right over a page's number."""
    pad = " " * 66
    chapters = ["主席致辭", "關於本報告", "可持續發展管治", "環境"]
    pages = []
    for n, ch in enumerate(chapters, 1):
        pages += [pad + ch, "", ch, f"第{n}章的正文說明本集團的工作，全年安全供水並完成各項目標。", "", pad + "董事長　李明" if n == 1 else "",
                  "", " " * 80 + str(n), ""]
    kept, taken = strip_furniture(lines_of("\n".join(pages)))
    heads = [t for t, _, r in taken if r == "running header"]
    assert heads == chapters[1:]  # (the first page's, with no number before it, stays)
    assert [ln.text for ln in kept if ln.text in chapters] == chapters[:1] + chapters
    assert any(ln.text == "董事長 李明" for ln in kept)


def test_the_second_halfs_title_on_its_cover_is_no_running_header():
    """The English half's cover title is the same text as the header over its pages;
    there it stands apart, while each header runs on into its page's text."""
    head = "Dongling University Annual Report 2023"
    zh = sum(([f"第{n}页的正文介绍学校本年度的发展情况。", f"第{n}页第二段说明主要数据。", f"第{n}页第三段。", f"第{n}页第四段。",
                str(n), ""] for n in range(1, 4)), [])
    cover = ["", head, "", "Compiled by the Office of Development Planning", "May 2024", ""]
    en = sum(([head, f"Page {n} of the text describes the University's year.", f"The second paragraph of page {n} gives figures.",
               f"The third paragraph of page {n}.", f"The fourth paragraph of page {n}.", str(n), ""] for n in range(1, 5)), [])
    kept, taken = strip_furniture(lines_of("\n".join(zh + cover + en)))
    assert [ln.no for ln in kept if ln.text == head] == [len(zh) + 2]
    assert sum(1 for t, _, r in taken if t == head and r == "running header") == 4


def test_a_manuals_chapter_numbers_over_their_titles_are_not_page_numbers():
    pages = []
    for n in range(1, 5):
        pages += ["", f"0{n}", f"第{n}章的标题", "", f"第{n}章的正文介绍本机的使用方法。", f"第{n}章第二段。", f"第{n}章第三段。", "",
                  f"- {n} -", ""]
    kept, taken = strip_furniture(lines_of("\n".join(pages)))
    assert [t for t, _, r in taken if r == "page number"] == [f"- {n} -" for n in range(1, 5)]
    assert [ln.text for ln in kept if ln.text.startswith("0")] == ["01", "02", "03", "04"]


def test_page_numbers_in_both_languages_one_under_the_other_are_taken():
    pages = []
    for n in range(1, 5):
        pages += [f"第{n}条 本条规定第{n}项内容。", f"Article {n} This article sets out item {n}.", f"{n}.1 第{n}项的细则。",
                  f"{n}.1 The details of item {n}.", f"{n}.2 第{n}项的补充。", f"{n}.2 A supplement to item {n}.",
                  f"第 {n} 页 共 4 页", f"Page {n} of 4"]
    kept, taken = strip_furniture(lines_of("\n".join(pages)))
    assert sorted(t for t, _, r in taken if r == "page number") == sorted(
        [f"第 {n} 页 共 4 页" for n in range(1, 5)] + [f"Page {n} of 4" for n in range(1, 5)])


def test_a_sentence_broken_by_a_page_break_is_one_paragraph():
    """A page's last line stops in the middle of a sentence and the next page's first
    line goes on with it, past the page number and the running header: one paragraph,
    as a wrapped line is. A line that starts anew after the break stays apart."""
    from bitext.read import page_breaks, page_furniture, paragraphs_of

    wrap = "The courts of the Port exercise judicial power independently and free from any"
    pages = [
        ["Charter of the Port", "", wrap, "interference by any person or body whatsoever at any time, in any form or manner.",
         "Article 33 Judges are appointed by the Port Governor on the recommendation", "", "1", ""],
        ["Charter of the Port", "", "of an independent commission composed of local judges, persons from the legal",
         "profession and eminent persons from other sectors of the community of the Port.", "", "2", ""],
        ["Charter of the Port", "", "Annex B", "", "The flag of the Port is blue, with a white sail in the centre of it,",
         "and its emblem is a lighthouse encircled by the name of the Port in both languages.", "", "3", ""],
        ["Charter of the Port", "", "The anthem of the Port is the song adopted by the Port Assembly in its first",
         "session, as set out in this Annex, and may be sung in either of the two languages.", "", "4", ""],
    ]
    raw, furniture = page_furniture(lines_of("\n".join(sum(pages, []))))
    paras = [p.text for p in paragraphs_of(raw, None, page_breaks(furniture))]
    assert ("Article 33 Judges are appointed by the Port Governor on the recommendation of an independent "
            "commission composed of local judges, persons from the legal profession and eminent persons "
            "from other sectors of the community of the Port.") in paras
    assert "Annex B" in paras


def test_a_menu_ending_in_the_other_language_and_the_sections_menu_under_the_breadcrumb_go():
    """A help centre's page in each language: the site's menu ends in the link to the
    other language and runs to a dozen words ('… Sign in / Register 中文'); under the
    breadcrumb, the section's menu lists the page's own name ('Cookie Policy') among its
    siblings. Both go, so the page's title is its title, said again under them."""
    def page(skip, site, menu, crumbs, side, title, body):
        return [skip, site, menu, crumbs, ""] + side + ["", title, ""] + body + [""]

    zh = page("跳到主要内容", "云栖旅行", "首页　机票　酒店　火车票　度假　企业差旅　我的订单　登录/注册　English",
              "首页 > 帮助中心 > 法律声明 > Cookie政策", ["法律声明", "  用户协议", "  隐私政策", "  Cookie政策", "  会员规则"],
              "Cookie政策", ["本政策说明我们如何在网站上使用Cookie。", "什么是Cookie？",
                            "Cookie是网站存储在您的浏览器中的小型文本文件。"])
    en = page("Skip to main content", "CloudPerch Travel",
              "Home  Flights  Hotels  Trains  Holidays  Business Travel  My Trips  Sign in / Register  中文",
              "Home > Help Centre > Legal > Cookie Policy", ["Legal", "  Terms of Use", "  Privacy Policy", "  Cookie Policy",
                                                            "  Membership Rules"],
              "Cookie Policy", ["This policy explains how we use cookies on our website.", "What are cookies?",
                                "Cookies are small text files that a website stores in your browser."])
    b = process(read_text("\n".join(zh + en), "cookies.txt"))
    gone = [r.text for r in b.removed if r.reason == "web page navigation"]
    assert "Home Flights Hotels Trains Holidays Business Travel My Trips Sign in / Register 中文" in gone
    assert navigation_line("‹ 返回") and navigation_line("< Back") and not navigation_line("返回原文")
    assert navigation_line("〈 返回") and navigation_line("〈 Back")  # an app's back arrow in an angle bracket
    # Links back and to the page's top, in words; a word alone may be a heading.
    assert navigation_line("回上一頁｜回頁首") and navigation_line("Back | Top") and navigation_line("返回顶部")
    assert navigation_line("Back to top") and not navigation_line("Top") and not navigation_line("Back")
    # A row of buttons in brackets; numbered references are not one.
    assert navigation_line("[列印本頁] [分享] [下載 PDF] [中英對照 / Bilingual]") and not navigation_line("[1] [2] [3]")
    assert [t for t in gone if t in ("用户协议", "会员规则", "Terms of Use", "Membership Rules", "Legal", "法律声明")] == [
        "法律声明", "用户协议", "会员规则", "Legal", "Terms of Use", "Membership Rules"]
    assert (b.meta.title_zh, b.meta.title_en) == ("Cookie政策", "Cookie Policy")


def test_a_sections_menu_naming_the_page_short_under_its_section_goes():
    """The section's menu under the breadcrumb may name the page short ("服务条款" for the
    title "青禾网盘服务条款") and be headed by the section's name, a step of the trail; it goes,
    so the title under it is the page's title. A title's own block of lines under the trail
    (its dates) is no menu."""
    zh = ["青禾网盘", "首页　产品　下载　帮助　登录", "", "首页 > 法律中心 > 青禾网盘服务条款", "",
          "法律中心", "服务条款", "隐私政策", "儿童隐私保护指引", "", "青禾网盘服务条款", "更新日期：2024年5月6日", "",
          "第一条 总则", "欢迎使用青禾网盘。本条款是您与我们之间的协议。", "",
          "第二条 账号", "您应妥善保管账号和密码。", ""]
    en = ["Qinghe Drive Terms of Service", "Last updated: 6 May 2024", "",
          "Article 1 General", "Welcome to Qinghe Drive. These terms are an agreement between you and us.", "",
          "Article 2 Accounts", "You shall keep your account and password safe.", ""]
    b = process(read_text("\n".join(zh + en), "terms.txt"))
    gone = [r.text for r in b.removed if r.reason == "web page navigation"]
    assert [t for t in ("法律中心", "服务条款", "隐私政策", "儿童隐私保护指引") if t in gone] == ["法律中心", "服务条款", "隐私政策", "儿童隐私保护指引"]
    assert (b.meta.title_zh, b.meta.title_en) == ("青禾网盘服务条款", "Qinghe Drive Terms of Service")
    assert "青禾网盘服务条款" not in gone


def test_a_sites_call_to_act_in_its_header_is_no_title(tmp_path):
    """A hotel's page, copied in each language to a file of its own: its menu, its language
    switch and its "立即預訂" ("Book now") button over the breadcrumb; the page's title is under them."""
    zh = ["跳至主要內容", "濠景酒店", "HOTEL HAOJING MACAU", "首頁", "客房及套房", "餐飲", "水療", "會議及宴會", "優惠", "聯絡我們",
          "繁 | 简 | EN | PT", "立即預訂", "首頁 > 私隱政策",
          "私隱政策", "最後更新：2024年2月1日", "本酒店重視您的私隱。本政策說明我們如何處理您的個人資料。", "",
          "我們收集的資料", "我們只收集提供服務所需的資料。", ""]
    en = ["Privacy Policy", "Last updated: 1 February 2024", "The Hotel values your privacy. This policy explains how we handle your data.", "",
          "Information We Collect", "We collect only the information we need to provide our services.", ""]
    (tmp_path / "p.zh.txt").write_text("\n".join(zh), encoding="utf-8")
    (tmp_path / "p.en.txt").write_text("\n".join(en), encoding="utf-8")
    src = read_pair(tmp_path / "p.zh.txt", tmp_path / "p.en.txt")
    assert (src.meta.title_zh, src.meta.title_en) == ("私隱政策", "Privacy Policy")
    assert navigation_line("立即預訂") and navigation_line("Book now") and not navigation_line("立即行动计划")


def test_a_chapters_heading_its_pages_repeat_as_their_header_is_the_heading():
    """A report whose pages carry their chapter's name as the header: on the chapter's first
    page the name is the chapter's heading (the contents list names it), right under the page
    number before it; on the pages after it, the header."""
    toc = ["目　录", "第一章　大气环境质量 …………………… 1", "第二章　水环境质量 …………………… 4", ""]
    pages, n = [], 0
    for chapter in ("第一章　大气环境质量", "第二章　水环境质量"):
        for first in (True, False, False, False):
            n += 1
            top = f"\f                    {chapter}" if first else f"\f{chapter}"
            pages += [top, "", f"第{n}页的正文讲述环境质量状况，全市空气质量保持稳定。", f"这一页的第二段介绍第{n}个监测点位。",
                      f"第三段说明第{n}页数据的来源。", "", f"— {n} —"]
    lines = lines_of("\n".join(toc + pages))
    kept, taken = strip_furniture(lines)
    heads = [no for _, no, r in taken if r == "running header"]
    openings = [ln.no for ln in lines if ln.text in ("第一章 大气环境质量", "第二章 水环境质量")][::4]
    assert len(heads) == 6 and not set(openings) & set(heads)
    assert [ln.text for ln in kept if ln.no in openings] == ["第一章 大气环境质量", "第二章 水环境质量"]


def test_a_chapters_heading_in_capitals_and_its_header_in_its_own_case_under_a_contents_list_with_pages_first():
    """An annual report's contents list gives each page first ("  6    Chairman's Statement"); each
    page ends with its number and the report's name. A chapter's first page opens with its name in
    capitals, the pages after it with the name in its own case: the first is the heading, the others
    are headers. A chapter of one page keeps its name, the one time it stands under a footer."""
    toc = ["CONTENTS", "", "  2    Financial Highlights", "  4    Chairman's Statement", "  8    Management Discussion and Analysis", ""]
    body = "The Group's revenue for the year was lower than in the year before, as freight rates fell"
    pages: list[str] = []
    chapters = [("FINANCIAL HIGHLIGHTS", "Financial Highlights", 1), ("CHAIRMAN'S STATEMENT", "Chairman's Statement", 2),
                ("MANAGEMENT DISCUSSION AND ANALYSIS", "Management Discussion and Analysis", 3)]
    n = 1
    for caps, own, count in chapters:
        for k in range(count):
            pages += [f"\f{caps if k == 0 else own}", "", f"{body} on page {n}.", f"The second paragraph of page {n} goes on.", "", "",
                      f"{n}    Harbourline Shipping Holdings Limited   Annual Report 2023"]
            n += 1
    lines = lines_of("\n".join(toc + pages))
    kept, taken = strip_furniture(lines)
    heads = [t for t, _, r in taken if r == "running header"]
    assert "Chairman's Statement" in heads and heads.count("Management Discussion and Analysis") == 2
    kept_text = [ln.text for ln in kept if ln.text]
    assert {"FINANCIAL HIGHLIGHTS", "CHAIRMAN'S STATEMENT", "MANAGEMENT DISCUSSION AND ANALYSIS"} <= set(kept_text)


def test_a_footer_with_the_page_code_between_two_parts_and_the_header_over_the_next_page_are_taken():
    # An ordinance's verified copy: "Last updated date: …   C-1   Verified Copy" at each page's foot,
    # the ordinance's name and chapter at each page's head, and the part it is in under that.
    pages = []
    for n, (code, part) in enumerate([("C-1", "Contents"), ("C-2", "Contents"), ("1-2", "Part 1—Section 1"),
                                      ("1-4", "Part 1—Section 2")]):
        pages += [f"Rooftop Solar Installations (Registration) Ordinance        Cap. 658", part, "",
                  f"The text of page {n + 1} goes on here and ends with a full stop.", "",
                  f"Last updated date: 1.7.2024          {code}          Verified Copy", ""]
    kept, taken = strip_furniture(lines_of("\n".join(pages)))
    assert {t for t, _, _ in taken} >= {"Last updated date: 1.7.2024 C-1 Verified Copy", "Part 1—Section 2",
                                        "Rooftop Solar Installations (Registration) Ordinance Cap. 658"}
    # (The first page's header goes too: spread across the line, it is a header even where a title would stand.)
    assert [ln.text for ln in kept if ln.text] == [f"The text of page {n} goes on here and ends with a full stop."
                                                    for n in range(1, 5)]
    # Items that say different things around their numbers are no footer.
    assert coded_lines(lines_of("\n".join(f"See the table on page {n}-2 for the year {n}" for n in range(1, 6)))) == set()


def test_the_manuals_name_alone_over_the_front_pages_and_over_the_appendices_is_its_header():
    """A manual's pages carry its name, then the chapter's: 'StackVault 8 User Guide
    Chapter 3 Backup Jobs'. Its front pages (numbered 'i', 'ii', before the chapters
    start again at 1) carry the name alone, and its appendices 'Appendix 1 …': all are
    its running header; the cover's title, set apart, stays."""
    name = "Harbourlight 8 User Guide"
    out = ["", "", f"        {name}", "", "", "Edition 3, March 2024", "Harbourlight Data Technology Co., Ltd."]
    out += [f"\f{name}", "", "Copyright Notice", "", "All rights reserved by the vendor of this software.", "", "— i —"]
    out += [f"\f{name}", "", "Contents", "", "Chapter 1 Overview .......... 1", "", "— ii —"]
    chapters = ["Chapter 1 Overview", "Chapter 1 Overview", "Chapter 2 Backup Jobs", "Chapter 3 Restoring Data",
                "Appendix 1 Summary of the Software Licence Agreement", "Appendix 2 Glossary"]
    for n, chapter in enumerate(chapters, 1):
        out += [f"\f{name}                 {chapter}", "", f"The text of page {n} explains how the software works.",
                f"Its second line goes on about page {n}.", "", f"— {n} —"]
    kept, taken = strip_furniture(lines_of("\n".join(out)))
    headers = [t for t, _, r in taken if r == "running header"]
    assert headers.count(name) == 2 and len(headers) == 8
    assert [ln.no for ln in kept if ln.text == name] == [3]
    assert {"— i —", "— ii —"} <= {t for t, _, r in taken if r == "page number"}


def test_an_unnumbered_part_its_pages_repeat_as_their_header_is_a_heading_on_its_first_page():
    """'附　录' and '编写说明' at the top of their first pages, then over the pages after
    them: named by the contents, the first of each is the part's heading."""
    toc = ["目　录", "附　录 …………………… 1", "编写说明 …………………… 5", ""]
    pages, n = [], 0
    for part in ("附　录", "编写说明"):
        for first in (True, False, False, False):
            n += 1
            pages += [f"\f{part}", "", f"第{n}页的正文说明统计指标的含义和口径。", f"这一页的第二段介绍第{n}项指标。", "", f"— {n} —"]
    lines = lines_of("\n".join(toc + pages))
    kept, taken = strip_furniture(lines)
    assert sum(1 for _, _, r in taken if r == "running header") == 6
    assert [ln.text for ln in kept if ln.text in ("附 录", "编写说明")] == ["附 录", "编写说明"]


def test_a_chapters_heading_broken_over_two_lines_is_not_its_pages_header():
    """'Chapter 1 … of the Province' over 'in 2023' opens the chapter; its pages carry the
    whole name as their header. The two texts, one the start of the other, are not two
    chapters' headers that start alike."""
    name = "Chapter 1 Economic and Social Development of the Province"
    pages = ["Foreword", "", "The foreword thanks those who helped.", "", "1"]
    pages += ["\f" + name, "in 2023", "", "The text of page 2 reports on the economy.", "Its second line, page 2.", "", "2"]
    for n in (3, 4, 5):
        pages += [f"\f{name} in 2023", "", f"The text of page {n} reports on the economy.", f"Its second line, page {n}.", "", str(n)]
    kept, taken = strip_furniture(lines_of("\n".join(pages)))
    assert name in [ln.text for ln in kept]
    assert [t for t, _, r in taken if r == "running header"] == [f"{name} in 2023"] * 3


def test_a_chapters_heading_right_under_the_page_number_before_it_stays():
    """'— 2 —' with '第二章　典型案例' on the next line, no blank line between: the
    page's number goes, the chapter's heading that opens the next page stays."""
    out = []
    for n in range(1, 5):
        if n == 3:
            out += ["第二章　典型案例", ""]
        out += [f"第{n}页的正文介绍案件审理的基本情况。", f"第{n}页的第二行说明数据来源。", "", f"第{n}页的第二段讲述典型意义。", "",
                f"— {n} —"]
        if n != 2:
            out += [""]
    kept, taken = strip_furniture(lines_of("\n".join(out)))
    assert [t for t, _, _ in taken] == ["— 1 —", "— 2 —", "— 3 —", "— 4 —"]
    assert "第二章 典型案例" in [ln.text for ln in kept]


def test_a_label_that_comes_back_a_paragraph_above_each_page_number_is_no_running_header():
    """'【典型意义】' over each case's last paragraph, which ends just above its page's
    number: the paragraph stands between them, so the label is text."""
    out = []
    for n in range(1, 5):
        out += [f"案例{n}的基本案情介绍当事人之间的纠纷经过。", "", "【典型意义】",
                f"实践中，案例{n}所涉纠纷较为常见，本案明确了子女赡养义务的法定性。", "", f"— {n} —", ""]
    kept, taken = strip_furniture(lines_of("\n".join(out)))
    assert [r for _, _, r in taken] == ["page number"] * 4
    assert sum(1 for ln in kept if ln.text == "【典型意义】") == 4


def test_a_chapters_name_right_under_a_page_number_after_its_heading_is_its_header():
    """The chapter's heading stood alone on its first page; the same name right under a later
    page's number is that page's running header."""
    out = ["第二章　水环境质量", ""]
    for n in range(1, 5):
        out += [f"第{n}页的正文介绍河流水质的基本情况。", f"第{n}页的第二行说明数据来源。", "", f"第{n}页的第二段讲述水质变化。", "",
                f"— {n} —"]
        out += ["第二章　水环境质量", ""] if n == 2 else [""]
    kept, taken = strip_furniture(lines_of("\n".join(out)))
    assert [ln.no for ln in kept if ln.text == "第二章 水环境质量"] == [1]


def test_a_travel_sites_page_its_slashed_breadcrumb_longer_menu_names_reading_time_footer_and_cookie_banner_go():
    """A cookie policy copied from a travel site, in two files: the English menu's longer
    names ('Travel Guides', 'Customer Support'), the breadcrumb set with slashes, the
    reading time and the print button, the answers under 'Was this article helpful?',
    the footer of links with the copyright and licence numbers, and the cookie banner
    with its buttons all go; the title, its dates and the text stay."""
    en = ["Skip to main content", "Lanfan Travel", "Home", "Hotels", "Flights", "Things to Do", "Travel Guides", "Business Travel",
          "Customer Support", "", "Home / Help Center / Legal / Cookie Policy", "", "Cookie Policy", "Last updated: January 9, 2024",
          "8 min read", "Print this page", "", "1. What are cookies?", "", "Cookies are small text files that a website sends to your browser.",
          "", "2. Contact us", "", "Write to us at the address below if you have questions.", "", "Was this article helpful?", "Yes", "No",
          "", "About Lanfan", "About Us", "Careers", "Sitemap", "Follow Us", "WeChat", "Weibo",
          "Copyright © 2012-2024 Lanfan Travel. All Rights Reserved.", "Shanghai ICP No. 13042871-3",
          "We use cookies to improve your experience. By clicking \"Accept all\", you agree to our use of cookies.",
          "Accept all", "Necessary cookies only", "Manage settings"]
    kept, taken = strip_furniture(lines_of("\n".join(en)))
    gone = {t for t, _, _ in taken}
    assert {"Travel Guides", "Customer Support", "Home / Help Center / Legal / Cookie Policy", "8 min read", "Print this page",
            "Yes", "No", "Careers", "Weibo", "Shanghai ICP No. 13042871-3", "Accept all", "Manage settings"} <= gone
    assert not {"Cookie Policy", "Last updated: January 9, 2024", "1. What are cookies?", "2. Contact us"} & gone
    assert [ln.text for ln in kept if ln.text][:3] == ["Cookie Policy", "Last updated: January 9, 2024", "1. What are cookies?"]
    zh = ["Cookie政策", "最近更新日期：2024年1月9日", "阅读时长约8分钟", "打印本页", "", "一、什么是Cookie", "", "Cookie是网站发送到您浏览器的小型文本文件。"]
    kept, taken = strip_furniture(lines_of("\n".join(zh + ["", "这篇文章对您有帮助吗？", "有帮助", "没帮助"])))
    assert [t for t, _, _ in taken] == ["阅读时长约8分钟", "打印本页", "这篇文章对您有帮助吗？", "有帮助", "没帮助"]
    # A page of documentation asks it of its document ("这篇文档…"), or asks "Was this helpful?".
    for ask, answers in (("这篇文档对您有帮助吗？", ["有帮助", "没帮助"]), ("Was this helpful?", ["Yes", "No"])):
        kept, taken = strip_furniture(lines_of("\n".join(zh + ["", ask] + answers)))
        assert [t for t, _, _ in taken][2:] == [ask] + answers


def test_a_breadcrumb_whose_last_step_names_the_page_at_length_is_furniture():
    assert navigation_line("You are here: Home > Travel Services > Guide for International Visitors")
    assert navigation_line("Home / Help Center / Legal / Terms of Service for Business Customers in Asia")
    assert not navigation_line("Open Settings > Bookings > Change the date you booked, then save it.")


def test_a_gazettes_page_block_is_furniture():
    """A gazette prints over each page's foot the notice's number, the regulation's name, the
    part and section the page is in, and the page's code ("B3023"): all of it is furniture."""
    def page(n, part, section):
        return [f"第{n}頁的正文，說明市集牌照的申請程序及條件。", f"Text of page {n}, on how to apply for a bazaar licence.", "",
                "2024年第88號法律公告　L.N. 88 of 2024", "《露天市集（發牌）規例》　Open-air Bazaars (Licensing) Regulation",
                f"{part}", f"第{section}條　Section {section}", f"B30{20 + 2 * n}", ""]
    lines = sum((page(n, p, s) for n, p, s in ((1, "第2部——第1分部　Part 2—Division 1", 5), (2, "第3部　Part 3", 13),
                                             (3, "第5部　Part 5", 24))), [])
    kept, taken = strip_furniture(lines_of("\n".join(lines)))
    assert [t for t, _, why in taken if why == "page number"] == ["B3022", "B3024", "B3026"]
    assert len([t for t, _, why in taken if why == "running header"]) == 12
    assert [ln.text for ln in kept if ln.text] == [t for n in (1, 2, 3) for t in page(n, "", 0)[:2]]
    # Codes that do not go up, or a block that opens differently each time, are text.
    lines[7], lines[16] = "B3040", "B3030"
    assert not [t for t, _, why in strip_furniture(lines_of("\n".join(lines)))[1] if why == "page number"]


def test_a_header_that_repeats_its_chapters_heading_is_furniture():
    """Odd pages carry their chapter's heading in capitals as their header: those go, the
    heading itself stays."""
    lines = ["President's Message", "", "We continued to invest in people and in research this year, as before.", "",
             "Our research continued to address national priorities and regional needs.", "", "12", "\f",
             "PRESIDENT'S MESSAGE", "", "We reformed the way we evaluate faculty, with teaching at the centre.", "", "13", "",
             "The University has twelve schools and about 30,000 students on two campuses.", "",
             "It was founded in 1952 as a college of engineering and became a university in 1998.", "",
             "Chapter 1 University Overview", "", "The University Council met twice in 2023 and advised on disciplines.", "", "14", "",
             "CHAPTER 1 UNIVERSITY OVERVIEW", "", "The Academic Committee revised its charter in 2023, as planned.", "", "15", ""]
    kept, taken = strip_furniture(lines_of("\n".join(lines)))
    assert [t for t, _, why in taken if why == "running header"] == ["PRESIDENT'S MESSAGE", "CHAPTER 1 UNIVERSITY OVERVIEW"]
    assert [ln.text for ln in kept if ln.text in ("President's Message", "Chapter 1 University Overview")] == [
        "President's Message", "Chapter 1 University Overview"]


def test_a_page_number_out_of_the_count_with_a_slash_is_a_page_number():
    from bitext.furniture import _number

    assert _number("第 1 页 / 共 26 页") == 1 and _number("第1页，共26页") == 1 and _number("第 3 頁 / 共 9 頁") == 3



def test_a_web_copy_in_each_language_one_after_the_other_loses_each_pages_buttons_footer_and_cookie_banner():
    """A terms page saved in Chinese, then in English: the button rows ("打印本页　下载 PDF　分享"),
    "本文是否对您有帮助？" and its answers on one line, the related documents, the footer's
    columns of links over its own block of copyright and licence numbers, and the cookie
    banner between the two pages (title, sentence, buttons) all go; the signature and the
    text stay. The Chinese page's footer is not at the file's end: the English page's header
    right under it says the page ends there."""
    def page(title, buttons, text, signer, date, helpful, answers, related, links, foot):
        return (["Skip to main content" if title.isascii() else "跳到主要内容", "Cloud Workspace" if title.isascii() else "云工作台",
                 "Products" if title.isascii() else "产品", "Pricing" if title.isascii() else "价格",
                 "Sign in" if title.isascii() else "登录", "English / 简体中文" if title.isascii() else "简体中文 / English", "",
                 "Home > Legal > Subscription Agreement" if title.isascii() else "首页 > 法律中心 > 订阅服务协议", "", title, "", buttons, ""] + [x for t in text for x in (t, "")] + [signer, date, "", helpful, answers, ""]
                + related + [""] + links + [""] + foot + [""])
    zh = page("云工作台订阅服务协议", "打印本页　下载 PDF　分享", ["第一条　定义", "1.1 本协议中的服务是指云工作台。"], "上海云台信息技术有限公司",
              "2024年3月18日", "本文是否对您有帮助？", "有帮助　没帮助", ["相关文档", "隐私政策", "数据处理附录"],
              ["产品", "即时通讯", "云文档", "视频会议", "公司", "关于我们", "加入我们"],
              ["400-820-0000　工作日 9:00-18:00", "© 2019-2024 上海云台信息技术有限公司 版权所有", "沪ICP备19000000号-2"])
    banner = ["Cookie Settings", "We use cookies to keep this site secure and to remember your choices. You can change them at any time.",
              "Accept all　Reject non-essential　Manage preferences", ""]
    en = page("Cloud Workspace Subscription Agreement", "Print this page　Download PDF　Share",
              ["Article 1 Definitions", "1.1 The Service means Cloud Workspace."], "Shanghai Yuntai Information Technology Co., Ltd.",
              "March 18, 2024", "Was this page helpful?", "Yes　No", ["Related documents", "Privacy Policy", "Data Processing Addendum"],
              ["Products", "Instant Messaging", "Cloud Docs", "Video Meetings", "Company", "About Us", "Careers"],
              ["+86 400-820-0000　Mon–Fri 9:00–18:00", "© 2019-2024 Shanghai Yuntai Information Technology Co., Ltd. All rights reserved."])
    kept, taken = strip_furniture(lines_of("\n".join(zh + banner + en)))
    left = [ln.text for ln in kept if ln.text]
    assert left == ["云工作台订阅服务协议", "第一条 定义", "1.1 本协议中的服务是指云工作台。", "上海云台信息技术有限公司", "2024年3月18日",
                    "Cloud Workspace Subscription Agreement", "Article 1 Definitions", "1.1 The Service means Cloud Workspace.",
                    "Shanghai Yuntai Information Technology Co., Ltd.", "March 18, 2024"]
    # Without the English page under it, the same footer over more text is the text's.
    kept, taken = strip_furniture(lines_of("\n".join(zh + ["第二条　其他", "", "本协议自签署之日起生效。"])))
    assert "即时通讯" in [ln.text for ln in kept]


def test_a_page_number_in_both_languages_and_a_numbered_heading_under_the_pages_header():
    """An interleaved print copy numbers its pages in both languages on one line
    ("第 2 頁，共 4 頁　Page 2 of 4") under the page's bilingual header; a numbered heading
    that opens the next page right under that header is the page's text, not its header."""
    from bitext.furniture import _number

    assert _number("第 1 頁，共 5 頁　Page 1 of 5") == 1 and _number("第 3 页 共 7 页 Page 3 of 7") == 3
    header = "青松黑體授權合約　Qingsong Hei EULA　第2版 Rev. 2"
    heads = {2: ("五、標誌及商標", "5. Logos and Trademarks"), 3: ("九、有限擔保", "9. Limited Warranty")}
    out = []
    for n in range(1, 5):
        out += [f"第{n}頁的條文說明授權的範圍。", f"The clause on page {n} sets out the scope of the licence.", "",
                f"第 {n} 頁，共 4 頁　Page {n} of 4", header]
        out += list(heads.get(n + 1, ())) + [""]
    kept, taken = strip_furniture(lines_of("\n".join(out)))
    assert [why for _, _, why in taken] == ["page number", "running header"] * 4
    assert {"五、標誌及商標", "九、有限擔保", "5. Logos and Trademarks"} <= {ln.text for ln in kept}


def test_a_manuals_name_with_the_part_over_unnumbered_pages_and_a_footer_that_says_page():
    """A manual's header names it and the page's part ("Harbour Sync Administrator Guide
    Contents", "… Preface") also on pages without a number, and its footer gives the
    revision and "Page 7": all furniture; the parts' own headings stay."""
    name = "Harbour Sync Administrator Guide"
    out = [name, "", "Release 3.4", "April 2024", "", "Harbour Software Co., Ltd.", "", "\f" + name + "    Contents", "", "Contents", "", "Preface ........ 1", "",
           "\f" + name + "    Preface", "", "Preface", "", "This guide is for administrators.", ""]
    for n, part in enumerate(["1. Overview", "1. Overview", "2. Installation", "2. Installation"], 1):
        out += ["\f" + name + "    " + part, "", f"The text of page {n} goes on and ends with a full stop.", "",
                f"Revision 3.4-r2        Page {n}"]
    kept, taken = strip_furniture(lines_of("\n".join(out)))
    assert {f"Revision 3.4-r2 Page {n}" for n in range(1, 5)} <= {t for t, _, _ in taken}
    assert {f"{name} Contents", f"{name} Preface"} <= {t for t, _, _ in taken}
    assert {"Contents", "Preface", name} <= {ln.text for ln in kept}
    # A page mentioned in the text, in a run of sentences, is no footer.
    text = "\n".join(f"The table is on the next page, see Appendix Page {n}" for n in range(1, 6))
    assert coded_lines(lines_of(text)) == set()


@pytest.mark.parametrize("line,expected", [
    ("跳至主要內容 | Skip to main content", True),  # a skip link in both languages
    ("主頁 > 網站使用條款", True),  # one step from the home page is a breadcrumb
    ("Home > Terms of Use", True),
    ("設定 > 預訂", False),  # two steps not from the home page: a menu path in the text
    ("數據收集 | Data Collection", False),
    # A switch between the page's languages, and a row of tabs and buttons named in both.
    ("Home > Legislation > Administrative Regulations > 2024", True),  # a step with a longer name
    ("回上一頁回頁首", True), ("Back Top", True), ("Back", False),  # links to the page's top run together
    # A government site's search box, popular searches, access marks and buttons with where to share.
    ("搜尋： 進階搜尋", True), ("熱門關鍵字：計畫補助 產學合作 科學園區", True), (":::", True),
    ("字級設定：小 中 大 友善列印 分享：Facebook LINE X", True), ("我们会分享：您的信息", False),
    ("現在位置：首頁 > 網站政策 > 隱私權及個人資料保護政策", True),
    ("語言：繁體中文 / English", True), ("Language: English | 简体中文", True), ("语言：中文与英文的区别", False),
    ("授權摘要 Deed 法律條文 Legal Code 下載 PDF 純文字版 TXT 列印 Print", True),
    ("授權摘要 Deed 法律條文 Legal Code", False),
    # A control of the text's size alone or among the links to the languages; buttons set apart by a
    # slash; a page's count of its readers with no date; "you are here" said otherwise.
    ("字級：小 中 大", True), ("Font size: S M L", True), ("English | 简体 | 文字大小 A A A", True), ("字体大小", False),
    ("列印 / 分享 Facebook LINE", True), ("Print / Share", True), ("Share", True), ("分享", True), ("Shared services", False),
    ("點閱次數：1,284", True), ("發布日期：112-06-02 更新日期：112-06-02 瀏覽人次：1,204", True), ("Views: the panel's", False),
    ("你在這裡：首頁 > 住宅客戶 > 智能電錶 > 數據門戶使用指南", True),
    # (A line that says when the page was posted keeps its date, buttons and all.)
    ("发布时间：2024-10-23 10:30　来源：市统计局　字号：大 中 小　【打印】【关闭】", False),
    ("Posted: 2023-06-02 Updated: 2023-06-02 Views: 287", False),
])
def test_bilingual_skip_links_and_short_breadcrumbs(line, expected):
    assert navigation_line(line) is expected


def test_a_sites_menu_row_among_its_header_goes_and_the_title_is_the_pages():
    """A web page copied with its header in both languages (the site's name, a skip link,
    a row of menu links in each language, the breadcrumb) then the page's own title in
    each language: the header goes, and the page's title is the document's."""
    text = "\n".join([
        "海濱藝術中心 Harbourside Arts Centre",
        "跳至主要內容 | Skip to main content",
        "節目及活動 | 場地租用 | 教育及外展 | 會員 | 關於我們 | 購票",
        "What's On | Venue Hire | Learning | Membership | About Us | Tickets",
        "主頁 > 網站使用條款", "Home > Terms of Use", "",
        "網站使用條款", "Terms of Use", "",
        "本網站由本中心營運。請細閱以下條款。", "",
        "This website is operated by the Centre. Please read these Terms carefully.", "",
        "1. 接受條款。閣下一經使用本網站，即表示閣下同意受本條款約束。", "",
        "1. Acceptance. By using this website, you agree to be bound by these Terms.", "",
        "2. 連結。本網站可能載有連結至第三方網站。", "",
        "2. Links. This website may contain links to third-party websites.", ""])
    b = process(read_text(text, "terms.txt"))
    gone = [r.text for r in b.removed if r.reason == "web page navigation"]
    assert "節目及活動 | 場地租用 | 教育及外展 | 會員 | 關於我們 | 購票" in gone and "Home > Terms of Use" in gone
    assert (b.meta.title_zh, b.meta.title_en) == ("網站使用條款", "Terms of Use")


def test_a_gazettes_page_header_with_its_code_on_the_parts_line_goes_whole():
    """A gazette prints at each page's top the ordinance's name in both languages, then
    the part with the page's code at its end ("第1部   A1048") and the part and section
    the page is in, in each language. The whole block goes, each time; the text stays."""
    def header(part: int, section: int, code: int) -> list[str]:
        return ["", "《街頭表演條例》                         2024年第9號條例",
                "Street Performance Ordinance             Ord. No. 9 of 2024",
                f"第{part}部                                  A{code}", f"Part {part}", f"第{section}條", f"Section {section}", ""]
    text = []
    for k in range(4):
        text += [f"({k + 1}) 署長可藉憲報公告指定地點。", f"({k + 1}) The Director may designate areas by notice."]
        text += header(k + 1, k + 2, 1048 + k)
    lines = lines_of("\n".join(text))
    kept, removed = strip_furniture(lines)
    gone = {t for t, _, _ in removed}
    assert {"第2條", "Section 2", "Part 1", "第1部 A1048", "第4條"} <= gone
    assert any("署長可藉憲報公告指定地點" in ln.text for ln in kept)


def test_an_ordinances_page_header_with_its_chapter_and_its_parts_page_goes():
    """A legislation database prints over each page the ordinance's title and chapter spread
    across a line, then the part the page is in and its number ("Part 1        1-2"); over the
    contents, the first line alone. Each goes; the part's own heading and the text stay."""
    title = "Heritage Trees (Protection) Ordinance                                       Cap. 652"
    text = [title, "", "Contents", "", "1.      Short title                                     1-2", ""]
    for k in range(4):
        text += ["", title, f"Part {k + 1}                                                                           {k + 1}-2", "",
                 f"Part {k + 1}", "Preliminary" if k == 0 else f"Matters {k + 1}", "",
                 f"{k + 1}. Short title", f"    (1) This Ordinance may be cited as the Heritage Trees Ordinance ({k + 1}).", ""]
    kept, removed = strip_furniture(lines_of("\n".join(text)))
    gone = [t for t, _, _ in removed]
    assert gone.count("Heritage Trees (Protection) Ordinance Cap. 652") == 5 and "Part 2 2-2" in gone
    assert sum(1 for ln in kept if ln.text == "Part 2") == 1 and any("may be cited" in ln.text for ln in kept)


def test_a_web_page_copied_with_no_blank_line_loses_its_header_menus_and_footer(tmp_path):
    """A help centre's page copied whole in each language, one line after another with no
    blank line: the site's name and slogan, its menu, the hotline between the menu and the
    breadcrumb ("您所在的位置：…"), the section's menu under the breadcrumb with the page's own
    link set as an item, then the page's title over the date it was posted; at its foot
    "Was this article helpful?" with its votes and the related questions. The title is the
    page's, the notice under it heads its text, and the questions go."""
    zh = ["栖云旅行网 - 让每一次出发都从容", "首页", "机票", "酒店", "火车票", "旅行攻略", "登录 | 免费注册",
          "客服热线 4006-318-925", "您所在的位置：首页 > 帮助中心 > 服务协议 > 网站使用条款", "帮助中心", "新手指南",
          "服务协议", "  · 网站使用条款", "  · 隐私政策", "栖云旅行网网站使用条款", "发布时间：2023-09-01 10:00", "特别提示",
          "欢迎您访问栖云旅行网！本网站由成都栖云国际旅行社有限公司运营。在访问或使用本网站之前，请您仔细阅读本条款，确保您充分理解各条款内容，特别是免除或者限制责任的条款。", "第一条　条款的接受", "本条款是您与栖云之间就访问和使用本网站所订立的协议。本网站以公告、帮助中心等方式发布的各类规则、说明，均为本条款不可分割的组成部分，与本条款具有同等法律效力。",
          "第二条　定义", "除非另有说明，本条款所称用户，是指访问、浏览或者使用本网站的任何自然人、法人或者其他组织；旅行产品，是指通过本网站展示或者销售的机票、酒店及其他旅行服务。",
          "本文对您有帮助吗？　有帮助（326）　没帮助（41）", "相关问题", "· 如何修改或取消订单？", "· 忘记登录密码怎么办？",
          "Copyright © 2016-2024 栖云旅行网 版权所有"]
    en = ["QiYun Trip - Travel at Your Own Pace", "Home", "Flights", "Hotels", "Trains", "Travel Guides", "Sign In | Register",
          "Hotline 4006-318-925", "You are here: Home > Help Center > Agreements > Website Terms of Use", "Help Center",
          "Getting Started", "Agreements", "  - Website Terms of Use", "  - Privacy Policy", "QiYun Trip Website Terms of Use",
          "Published: 2023-09-01 10:00", "Important Notice", "Welcome to QiYun Trip. The Website is operated by Chengdu QiYun International Travel Service Co., Ltd. Before accessing or using the Website, please read these Terms carefully and make sure you fully understand them.",
          "Article 1 Acceptance of These Terms", "These Terms constitute an agreement between you and QiYun governing your access to and use of the Website. All rules and guidelines published on the Website form an integral part of these Terms.",
          "Article 2 Definitions", "Unless the context requires otherwise, a user means any natural person, legal person or other organisation that accesses, browses or uses the Website, and travel products means the flights, hotels and other services sold on it.",
          "Was this article helpful?  Yes (58)  No (7)", "Related Questions", "- How do I change or cancel an order?",
          "- I forgot my password. What should I do?", "Copyright © 2016-2024 QiYun Trip. All rights reserved."]
    (tmp_path / "zh.txt").write_text("\n".join(zh) + "\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("\n".join(en) + "\n", encoding="utf-8")
    b = process(read_pair(tmp_path / "zh.txt", tmp_path / "en.txt"))
    assert (b.meta.title_zh, b.meta.title_en) == ("栖云旅行网网站使用条款", "QiYun Trip Website Terms of Use")
    gone = [" ".join(r.text.split()) for r in b.removed]
    for line in ("客服热线 4006-318-925", "QiYun Trip - Travel at Your Own Pace", "· 网站使用条款", "相关问题",
                 "· 忘记登录密码怎么办？", "- I forgot my password. What should I do?", "Was this article helpful? Yes (58) No (7)",
                 "本文对您有帮助吗？ 有帮助（326） 没帮助（41）"):
        assert line in gone
    got = [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh and s.heading_en]
    assert got == [("特别提示", "Important Notice"), ("第一条 条款的接受", "Article 1 Acceptance of These Terms"),
                   ("第二条 定义", "Article 2 Definitions")]


def test_a_government_sites_header_and_section_menu_go_and_the_title_is_the_pages():
    """A Taiwan ministry's page copied with its header: access marks (":::"), the ministry's
    name in both languages over its menu, a search box, popular searches, a menu column with
    no home link, the breadcrumb in each language, a row of buttons, and the section's menu
    between the breadcrumb and the next access mark. All of it goes; the page's title under
    it is the document's."""
    header = ["跳到主要內容區塊", "Skip to main content", ":::", "科技創新部 Ministry of Science and Innovation",
              "首頁 | 網站導覽 | 常見問答 | English | RSS | 行動版", "搜尋：                    進階搜尋",
              "熱門關鍵字：計畫補助 產學合作 科學園區", "關於本部", "業務簡介", "政策與法規", "新聞與公告", ":::",
              "現在位置：首頁 > 網站政策 > 隱私權及個人資料保護政策",
              "You are here: Home > Website Policies > Privacy and Personal Data Protection Policy",
              "字級設定：小 中 大　　　友善列印　　分享：Facebook　LINE　X", "網站政策 Website Policies",
              "  隱私權及個人資料保護政策", "  資訊安全政策", "  著作權聲明", ":::", ""]
    body = ["科技創新部隱私權及個人資料保護政策", "Ministry of Science and Innovation Privacy and Personal Data Protection Policy", "",
            "一、適用範圍", "1. Scope of Application",
            "本政策適用於您在本網站活動期間所涉及之個人資料蒐集、處理及利用，不適用於本部網站以外之相關連結網站。",
            "This Policy applies to the collection, processing and use of personal data in connection with your activities on this Website.",
            "二、資料之蒐集", "2. Collection of Personal Data",
            "本網站僅於您使用線上申辦服務時，蒐集辦理該項服務所必要之個人資料。",
            "The Website collects personal data only when you use an online service, and only as the service requires."]
    b = process(read_text("\n".join(header + body) + "\n", "privacy.txt"))
    assert (b.meta.title_zh, b.meta.title_en) == ("科技創新部隱私權及個人資料保護政策",
                                                  "Ministry of Science and Innovation Privacy and Personal Data Protection Policy")
    gone = {" ".join(r.text.split()) for r in b.removed}
    assert {"科技創新部 Ministry of Science and Innovation", "網站政策 Website Policies", "資訊安全政策", ":::",
            "熱門關鍵字：計畫補助 產學合作 科學園區"} <= gone
    got = [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh and s.heading_en]
    assert got == [("一、適用範圍", "1. Scope of Application"), ("二、資料之蒐集", "2. Collection of Personal Data")]


def test_a_footer_with_the_documents_page_of_its_pages_and_the_header_under_it_go():
    """A print copy whose every page ends with a footer giving the document's code and its
    page of the pages ("TS-MSA-4.2 (03/2024)   CONFIDENTIAL   Page 1 of 25", "… 第 14 页 共 25
    页") and opens with a header that names the document and, in both languages, the chapter
    ("2 安装与初始化 | Installation and Initialization", on each of the chapter's pages): all of it goes. The other language's
    title right under the last footer of one half starts that half: it stays."""
    en_pages, zh_pages = [], []
    for n in range(1, 5):
        en_pages += [f"{n}. Clause {n}", "", f"The parties agree to the terms of clause {n} as set out in this Agreement.", "",
                     f"TS-MSA-4.2 (03/2024)          CONFIDENTIAL          Page {n} of 8", "",
                     "Tideline Systems Pte. Ltd.                     Master Subscription Agreement (v4.2)",
                     f"                    {(n + 1) // 2} 总则与定义 | General Provisions and Definitions {(n + 1) // 2}", ""]
    for n in range(1, 5):
        zh_pages += [f"{n}. 第{n}条款", "", f"双方同意本协议第{n}条所载的条款。", "",
                     f"TS-MSA-4.2-ZH          保密          第 {n + 4} 页 共 8 页", "",
                     "潮线系统私人有限公司                       主订阅协议（第4.2版）中文译本", ""]
    lines = lines_of("\n".join(en_pages[:-4] + ["主订阅协议", ""] + zh_pages))
    out, taken = strip_furniture(lines)
    gone = [" ".join(t.split()) for t, _, _ in taken]
    assert "TS-MSA-4.2 (03/2024) CONFIDENTIAL Page 1 of 8" in gone and "TS-MSA-4.2-ZH 保密 第 6 页 共 8 页" in gone
    assert "Tideline Systems Pte. Ltd. Master Subscription Agreement (v4.2)" in gone
    assert "潮线系统私人有限公司 主订阅协议（第4.2版）中文译本" in gone
    assert "1 总则与定义 | General Provisions and Definitions 1" in gone
    assert "主订阅协议" not in gone
    # (With a slash between its page and the pages: "QM-LGL-EULA-2309    第 3 页 / 共 4 页".)
    slashed = lines_of("\n".join(ln for n in range(1, 5) for ln in (f"第{n}条 双方同意本协议第{n}条所载的条款。", "",
                                                                      f"QM-LGL-EULA-2309　　　　　　第 {n} 页 / 共 4 页", "")))
    assert [t for t, _, _ in strip_furniture(slashed)[1]] == [f"QM-LGL-EULA-2309 第 {n} 页 / 共 4 页" for n in range(1, 5)]


def test_a_header_of_two_lines_goes_whole_though_its_first_line_is_long():
    """A bulletin's pages carry two lines of header: its own long name and number, then the
    law's name. Both go; the law's name said once as the title stays."""
    bulletin = "BULLETIN OF THE STANDING COMMITTEE OF HETING MUNICIPAL PEOPLE'S CONGRESS      No. 1, 2024"
    law = "            Regulations on Urban Water Supply and Water Conservation (English translation)"
    pages = ["Regulations on Urban Water Supply", "", "Article 1 These Regulations are formulated to protect the water supply.", ""]
    for n in range(1, 5):
        pages += [f"Article {n + 1} The text of page {n} says what the department of water affairs shall do.",
                  f"It goes on with line two of page {n}.", "", f"                                  — {n} —", "\f" + bulletin, law, ""]
    kept, taken = strip_furniture(lines_of("\n".join(pages)))
    headers = [" ".join(t.split()) for t, _, r in taken if r == "running header"]
    assert headers == [" ".join(bulletin.split()), " ".join(law.split())] * 4, headers
    assert kept[0].text == "Regulations on Urban Water Supply"


def test_a_pages_header_right_under_the_last_line_of_the_page_before_goes_whole():
    """A page break that was a form feed leaves no blank line between a page's last line and
    the next page's header; the header's last line, the part the page is in ("Part 4" or
    "Section 19"), goes with it. A part's own heading, over its title, stays."""
    head = ["Inner Harbour Water Taxi Services Ordinance", "Ordinance No. 17 of 2024                                  A10{:02d}"]
    pages = ["Part 3", "Safety of Vessels", ""]
    for n, (where, line) in enumerate([("Part 3", "(1) A licensee must keep each vessel in a seaworthy condition at all times."),
                                       ("Part 4", "The Commissioner may appoint any public officer to be an authorized officer."),
                                       ("Section 19", "(2) An appeal must be lodged within 21 days after notice of the decision."),
                                       ("Part 5", "(3) The lodging of an appeal does not suspend the effect of the decision.")], 1):
        # (The page's last lines, wrapped, run on into the header: more lines than a header has.)
        pages += [line[:30], line[30:]] + ["    " + w for w in line.split()[n:n + 3]] + [
                  head[0], head[1].format(n), where, ""]
        if where == "Part 4":
            pages += ["Part 4", "Enforcement", ""]
    kept, taken = strip_furniture(lines_of("\n".join(pages)))
    gone = [t for t, _, r in taken if r == "running header"]
    assert set(gone) - {head[0], "Part 3"} == {" ".join(head[1].format(n).split()) for n in range(1, 5)} | {"Part 4", "Section 19", "Part 5"}, gone
    texts = [ln.text for ln in kept if ln.text]
    assert texts[:2] == ["Part 3", "Safety of Vessels"] and "Enforcement" in texts and texts[texts.index("Enforcement") - 1] == "Part 4"


def test_a_short_footer_with_the_pages_number_on_either_side_is_furniture():
    """"2　　二零二三年年報" on the even pages, "二零二三年年報　　3" on the odd ones: short as the
    report's name is in Chinese, it is the printed pages' footer."""
    from bitext.furniture import coded_lines
    from bitext.read import lines_of

    pages = []
    for n in range(2, 9):
        foot = f"{n}\u3000\u3000二零二三年年報" if n % 2 == 0 else f"二零二三年年報\u3000\u3000{n}"
        pages.append(f"第{n}节\n\n本页的正文说明了公司在本年度的经营情况。\n\n{foot}\n")
    lines = lines_of("\f".join(pages))
    feet = {k for k, ln in enumerate(lines) if "年報" in ln.text}
    assert feet <= coded_lines(lines)


def test_an_ordinances_page_header_with_each_item_on_a_line_of_its_own_goes():
    """A legislation database may print each item of a page's header on a line of its own:
    the title, the part and the section the page is in, the chapter, the page's code last
    ("Part 2—Division 1" / "Section 4" / "Cap. 688" / "2-2"), and at each page's foot the date
    it was last updated. Each goes; the part's own heading and the text stay."""
    title = "Harbour Lights (Registration) Ordinance"
    text = [title, "Cap. 688", ""]
    for k in range(4):
        text += ["Last updated date", "1.7.2025", title, f"Part {k + 1}", f"Section {k + 3}", "Cap. 688", f"{k + 1}-2", "",
                 f"Part {k + 1}", "Preliminary" if k == 0 else f"Matters {k + 1}", "",
                 f"{k + 3}. Registration", f"(1) A light may be registered under this Part ({k + 1}).", ""]
    kept, removed = strip_furniture(lines_of("\n".join(text)))
    gone = [t for t, _, _ in removed]
    assert gone.count("Cap. 688") == 4 and "3-2" in gone and "Section 5" in gone and gone.count("Last updated date") == 4
    assert sum(1 for ln in kept if ln.text == "Part 2") == 1 and any("may be registered" in ln.text for ln in kept)
    assert kept[0].text == title


def test_a_chinese_menu_set_apart_by_spaces_from_the_home_page_is_furniture():
    assert navigation_line("首页\u3000法律\u3000行政法规\u3000部门规章\u3000地方性法规\u3000关于我们")
    assert navigation_line("首页    车辆    服务    商城    我的")
    assert not navigation_line("首页\u3000设计")  # (too few to be a menu)
    assert not navigation_line("首页的设计应当简洁，方便用户找到所需内容")


def test_a_sentence_going_on_with_sponsored_by_is_no_site_credit():
    """"Sponsored by the City Council" under a site's footer is its credit; a sentence wrapped
    before "sponsored by the People's Government of …" is text."""
    assert navigation_line("Sponsored by the Lingshan City Council")
    assert not navigation_line("sponsored by the People's Government of Lingshan Province and is a public institution")


def test_a_footer_that_numbers_its_page_in_both_languages_goes_with_the_header_over_it():
    """An agreement's footer with the parties' initials and the page's number said twice
    ("甲方签章：____    乙方签章：____    第 2 页 共 5 页  Page 2 of 5"), the agreement's header
    over each next page: both go, the text stays."""
    text = []
    for n in range(1, 6):
        text += ["\fHX-2024-07    服务协议 / Service Agreement", "", f"第{n}条　甲方应当按期付款。", f"Article {n} Party A shall pay on time.", "",
                 f"甲方签章：__________    乙方签章：__________          第 {n} 页 共 5 页  Page {n} of 5", ""]
    kept, removed = strip_furniture(lines_of("\n".join(text)))
    gone = [t for t, _, _ in removed]
    assert sum(1 for t in gone if "Page" in t) == 5 and sum(1 for t in gone if "Service Agreement" in t) >= 4
    assert sum(1 for ln in kept if ln.text.startswith("Article")) == 5


@pytest.mark.parametrize("line", [
    "12 out of 14 found this helpful", "14 人中有 12 人覺得有幫助", "3 out of 5 people found this helpful",
    "Yunxiu Invoice   Features   Pricing   Help Center   Blog      Sign in   Start free trial",
    "Search the Help Center", "搜尋說明文章", "Search the Help Centre...", "搜尋支援中心……"])
def test_a_help_centres_votes_menu_and_search_field_are_furniture(line):
    assert navigation_line(line)


@pytest.mark.parametrize("line", ["Search and filter", "搜尋功能說明", "Start free trial", "12 out of 14 members voted for the motion",
                                  "Search and filter the records in the table..."])
def test_lines_like_a_help_centres_furniture_that_are_text(line):
    assert not navigation_line(line)


@pytest.mark.parametrize("line", [
    "登录  注册  简体中文 / English  ¥ CNY", "繁體中文 | English          登入 / 註冊          幣別：TWD",
    "Sign in / Register   English | 中文   HK$ HKD", "跳到主要內容 Skip to main content",
    "首頁    海外直購    品牌旗艦館    限時優惠    新手上路    會員中心    購物車 (0)"])
def test_a_shops_bar_of_account_language_and_currency_and_its_menu_are_furniture(line):
    assert navigation_line(line)


@pytest.mark.parametrize("line", ["登录 注册", "Sign in", "注册登录须知", "English 中文对照", "Register before you sign in", "¥ CNY",
                                  "登录后可在购物车 (0) 查看"])
def test_lines_like_a_shops_bar_that_are_text(line):
    assert not navigation_line(line)


def test_an_ordinances_header_with_the_part_on_a_line_of_its_own_goes():
    """"Building Safety Ordinance        Cap. 712" / "Part 2" / "Section 5        2-2" over each
    page: the three lines go; the part's own heading and the text stay."""
    title = "Harbour Walls Safety Ordinance                                       Cap. 712"
    text = [title, "Part 1", "Section 1                                                            1-2", "", "Part 1", "Preliminary", ""]
    for k in range(1, 5):
        text += [f"{k}. Short title", f"(1) This Ordinance may be cited as the Harbour Walls Ordinance ({k}).", "", title,
                 f"Part {k + 1}", f"Section {k + 1}                                                            {k + 1}-2", "",
                 f"Part {k + 1}", f"Matters {k + 1}", ""]
    kept, removed = strip_furniture(lines_of("\n".join(text)))
    gone = [t for t, _, _ in removed]
    assert gone.count("Harbour Walls Safety Ordinance Cap. 712") == 5 and "Section 3 3-2" in gone
    assert sum(1 for ln in kept if ln.text == "Part 3") == 1 and sum(1 for ln in kept if "may be cited" in ln.text) == 4


def _manual(product: str, guide: str, footer: str, chapters: list[tuple[str, str]], pad: str) -> list[str]:
    """A manual printed to text: a centred cover, a copyright page under the two-line header
    (the product over the guide's name), then one page a chapter under the header with the
    chapter's name on the right, each page ending in a long footer with its number."""
    out = [pad + product, pad + guide, "", "", pad + "2024-07-15", "", "\f" + product, guide, "",
           f"{product} © 2024.", ""]
    for n, (name, text) in enumerate(chapters, 1):
        out += ["\f" + product + " " * 40 + name, guide, "", name, text, f"{text} ({n})", "", f"{footer}  {n}"]
    return out


def test_a_manuals_long_footers_two_line_headers_and_both_covers():
    """Footers longer than 80 characters that end in the page's number are furniture; so are
    the product's name over the guide's on a page without a number, while each half's
    centred cover, the second under the first half's last footer, keeps its title."""
    zh = _manual("云岫数据平台 V5.2", "服务器安装指南", "文档版本 01 (2024-07-15)      版权所有 © 杭州云岫信息技术有限公司",
                 [(f"{n} 第{n}章", f"第{n}章的正文介绍安装的第{n}个步骤，请按顺序执行。") for n in range(1, 5)], " " * 30)
    en = _manual("Yunxiu Data Platform V5.2", "Server Installation Guide",
                 "Issue 01 (2024-07-15)         Copyright © Hangzhou Yunxiu Information Technology Co., Ltd.",
                 [(f"{n} Chapter {n}", f"Chapter {n} describes step {n} of the installation; follow the steps in order.")
                  for n in range(1, 5)], " " * 30)
    lines = lines_of("\n".join(zh + en))
    kept, taken = strip_furniture(lines)
    left = [ln.text for ln in kept if ln.text]
    assert not any(t.startswith(("文档版本", "Issue 01")) for t in left)
    assert left.count("服务器安装指南") == 1 and left.count("Server Installation Guide") == 1
    assert left.count("云岫数据平台 V5.2") == 1 and left.count("Yunxiu Data Platform V5.2") == 1
    assert left.index("Yunxiu Data Platform V5.2") + 1 == left.index("Server Installation Guide")


@pytest.mark.parametrize("line", ["Date 2024-07-15", "Issue date: 1 March 2024", "发布日期  2024-07-15", "日期：2024年3月1日"])
def test_a_covers_date_after_its_label_heads_nothing(line):
    assert never_heading(line) and not heading_line(line, "zh" if re.search(r"[\u4e00-\u9fff]", line) else "en")


def test_a_documents_issue_and_its_date_only_date_it():
    assert date_line("文档版本 01（2024-07-15）") and date_line("Issue 01 (2024-07-15)")


@pytest.mark.parametrize("line", ["Date of Birth", "日期和时间的格式", "Release Dates"])
def test_a_heading_about_dates_may_still_head(line):
    assert not never_heading(line) and heading_line(line, "zh" if re.search(r"[\u4e00-\u9fff]", line) else "en")


def test_an_ordinances_page_break_with_its_code_between_footer_and_header_goes():
    """A bilingual ordinance's page break: the date it was last updated in each language, the
    page's code, the title in each language, then the part and section with the chapter at the
    end of the line. All of it goes; the sections on either side stay, and the text reads as
    parts in each language taking turns."""
    text = ["Cap. 681", "Urban Tree Management Ordinance", "", "第681章", "市區樹木管理條例", ""]
    for k in range(1, 6):
        text += [f"{k}. Section {k} in English", f"(1) The Director may do thing {k} under this section when asked.",
                 f"(2) The thing {k} must be done within 14 days of the request.", "",
                 f"{k}. 第{k}條的中文", f"(1) 署長可應要求根據本條作出第{k}項事情。", f"(2) 第{k}項事情須於提出要求後14日內作出。", "",
                 "Last updated date", "1.3.2025", "最後更新日期", "1.3.2025", f"                                        1-{k + 1}",
                 "Urban Tree Management Ordinance", "市區樹木管理條例",
                 f"Part 1 — Section {k + 1}                                      Cap. 681",
                 f"第1部 — 第{k + 1}條                                          第681章", ""]
    kept, removed = strip_furniture(lines_of("\n".join(text)))
    gone = [t for t, _, _ in removed]
    assert gone.count("Last updated date") == 5 and gone.count("1-3") == 1 and "第1部 — 第4條 第681章" in gone
    assert sum(1 for ln in kept if ln.text.startswith("(1) ")) == 10
    src = read_text("\n".join(text), "cap681.txt")
    assert src.layout == "alternating"


def test_a_heading_under_one_pages_number_of_many_is_the_pages_own():
    """A regulation printed under its promulgation order: the first page's number over the
    regulation's title, and later a section's heading opening a page, right under its number.
    Beside the numbers of a few pages of many, they are those pages' own lines, not running names."""
    pages = ["中华人民共和国国务院令", "第826号", "", "《城市地下综合管廊运行安全条例》已经国务院常务会议通过，现予公布。", "",
             "— 1 —", "城市地下综合管廊运行安全条例", ""]
    for n in range(2, 10):
        pages += [f"第{n}条 管廊运营单位应当履行第{n}项运行安全责任，建立健全相应的管理制度。",
                  f"管廊运营单位应当每年对第{n}项制度的执行情况进行检查，并形成记录。", ""]
        pages += [f"— {n} —", "第三节 巡检与监测" if n == 6 else f"第{n}条的后续内容继续在本页叙述。", ""]
    kept, taken = strip_furniture(lines_of("\n".join(pages)))
    left = [ln.text for ln in kept if ln.text]
    assert "城市地下综合管廊运行安全条例" in left and "第三节 巡检与监测" in left
    assert sum(1 for _, _, r in taken if r == "page number") == 9


def test_a_gazettes_page_code_under_the_notices_number_goes_with_its_header():
    """A regulation as the gazette prints it: over each page the notice's number, the page's code
    alone ("B1240"), the regulation's name, the part and the section. All of it goes."""
    name = "Coastal Recreation (Mooring Permits) Regulation"
    text = []
    for n in range(1, 6):
        text += ["L.N. 57 of 2024", f"B{1238 + 2 * n}", name, f"Part {1 + n // 3}", f"Section {n}", "",
                 f"{n}. Heading of section {n}", f"({n}) The Director may issue a mooring permit of kind {n} on application.", ""]
    kept, taken = strip_furniture(lines_of("\n".join(text)))
    left = [ln.text for ln in kept if ln.text]
    assert name not in left and "L.N. 57 of 2024" not in left and not any(t.startswith("B12") for t in left)
    assert sum(1 for t in left if t.startswith("(")) == 5 and "3. Heading of section 3" in left


def test_the_part_and_section_under_a_gazettes_page_header_go_with_it():
    """An ordinance as the gazette prints it: over each page the ordinance's number and name and
    the page's code, then, after a blank line, the part and the section the page is in ("Part 2—
    Division 1" / "Section 5", "附表"). They go; a part's own heading, its title under it, stays."""
    text = ["Ord. No. 14 of 2024", "Rooftop Solar Installations (Safety) Ordinance", "A1349", "",
            "Part 1", "Preliminary", "", "1. Short title", "(1) This Ordinance may be cited as the Ordinance.", ""]
    for n, where in enumerate(["Part 1\nSection 2", "Part 2—Division 1\nSection 5", "Part 3\nSection 9", "Schedule"], start=1):
        text += ["Ord. No. 14 of 2024", "Rooftop Solar Installations (Safety) Ordinance", f"A{1349 + 2 * n}", "", where, "",
                 f"({n}) The Director must keep a register of installers of kind {n}.", ""]
    kept, taken = strip_furniture(lines_of("\n".join(text)))
    left = [ln.text for ln in kept if ln.text]
    assert not {"Section 2", "Part 2—Division 1", "Section 5", "Part 3", "Section 9", "Schedule"} & set(left)
    assert left[:3] == ["Part 1", "Preliminary", "1. Short title"] and sum(1 for t in left if t.startswith("(")) == 5
    # A locator with text under it, no blank line between, is a heading: it stays.
    text[-4:-3] = ["Schedule\nFees"]
    assert "Schedule" in {ln.text for ln in strip_furniture(lines_of("\n".join(text)))[0]}


def test_a_gazettes_page_header_run_into_the_text_goes():
    """The same header copied with no blank line around it, between a page's last line and the
    next page's first: the notice's number over the page's code, the by-laws' name under it, then
    the section the page is in."""
    text = []
    for n in range(1, 5):
        text += ["2024年第31號市政公告", f"M{405 + 2 * n}", "金沙市公共圖書館附例", f"第{2 * n}條", "",
                 f"({n}) 館長可就圖書館內個別區域或設施的使用，限制入場人數。", f"({n + 1}) 持證人須在借閱期屆滿前歸還圖書館資料。"]
    kept, taken = strip_furniture(lines_of("\n".join(text)))
    left = [ln.text for ln in kept if ln.text]
    assert left == [t for t in text if t.startswith("(")]
    # Codes that do not go up are no pages.
    text = [t if not t.startswith("M4") else "M405" for t in text]
    assert "M405" in {ln.text for ln in strip_furniture(lines_of("\n".join(text)))[0]}


def test_a_documents_short_name_and_page_number_are_page_numbers():
    """Standing orders number their pages "SO - 1", "SO - 2" (the Chinese text "常規 - 1"),
    under the running header: both go; the same shape in a list, with no pages between, stays."""
    pages = []
    for n in range(1, 5):
        pages += ["Ridgeport Hospital Authority          Standing Orders of the Board", ""]
        pages += [f"{n}. The Board shall meet at least once in every two months of the year.", "",
                  "A notice of each meeting shall be sent to every Member seven clear days before.", "",
                  "The quorum for a meeting of the Board shall be one third of the Members.", ""]
        pages += [f"                      SO - {n}", ""]
    kept, taken = strip_furniture(lines_of("\n".join(pages)))
    assert [t for t, _, r in taken if r == "page number"] == [f"SO - {n}" for n in range(1, 5)]
    assert sum(1 for _, _, r in taken if r == "running header") >= 3
    assert page_numbers(lines_of("\n".join(["Grades:", "", "A - 1", "", "B - 2", "", "C - 3", "", "Done."]))) == set()


def test_a_web_pages_files_to_download_related_releases_and_long_credit_line_go():
    zh = ["临澜市统计局", "首页 | 机构概况 | 政务公开 | 统计数据 | English", "当前位置：首页 > 统计数据 > 季度数据", "",
          "2024年前三季度经济运行情况", "", "前三季度，全市经济运行总体平稳。", "", "附件：", "1. 2024年前三季度主要经济指标.xls", "",
          "相关稿件：", "· 2024年上半年经济运行情况", ""]
    en = ["Home | About Us | Statistics | 中文", "You are here: Home > Statistics > Quarterly Data", "",
          "The Economy in the First Three Quarters of 2024", "", "The economy remained generally stable.", "",
          "Related releases:", "- The Economy in the First Half of 2024", "- The Economy in the First Quarter of 2024", "",
          "Sponsored by Linlan Municipal Bureau of Statistics | Address: 11/F, Block B, Municipal Government Service Centre,"
          " 168 Binjiang Avenue, Linlan"]
    kept, taken = strip_furniture(lines_of("\n".join(zh + [""] + en)))
    gone = {t for t, _, _ in taken}
    assert {"附件：", "1. 2024年前三季度主要经济指标.xls", "相关稿件：", "· 2024年上半年经济运行情况", "Related releases:",
            "- The Economy in the First Half of 2024", "- The Economy in the First Quarter of 2024", en[-1]} <= gone
    assert {"前三季度，全市经济运行总体平稳。", "The economy remained generally stable."} <= {ln.text for ln in kept}
    # An annex named in the text, with no file's name under it, stays.
    kept, taken = strip_furniture(lines_of("\n".join(zh[:4] + ["附件：", "1. 主要经济指标", "2. 名词解释"])))
    assert {"附件：", "1. 主要经济指标"} <= {ln.text for ln in kept}


def test_a_footer_numbering_the_front_matter_in_roman_numerals_goes_with_the_rest():
    pages = []
    for n in ["i", "ii", "1", "2", "3"]:
        pages += [f"The manual's text on page {n} explains how to configure the backup system.", "",
                  f"Storage pool {n} holds the data blocks written by one or more backup policies.", "",
                  f"Issue 01 (2023-11-20)    Copyright © Shenzhen LanStone Information Technology Co., Ltd.    {n}", ""]
    kept, taken = strip_furniture(lines_of("\n".join(pages)))
    assert [t.split()[-1] for t, _, _ in taken] == ["i", "ii", "1", "2", "3"]


def test_a_docs_pages_header_side_menu_and_code_toolbars_copied_one_to_a_line_go():
    """A documentation page copied from the browser, no blank lines: the site's header over the
    breadcrumb, the section's menu under it (the page's own among its names, "Node.js SDK" too),
    and each code block's toolbar, its language over its copy button."""
    page = ["Beiming Cloud", "Products", "Solutions", "Pricing", "Docs", "Search docs, APIs and products", "Sign in",
            "Docs > Object Storage (BOS) > SDK Reference > Python SDK > Developer Guide",
            "Object Storage (BOS)", "Getting Started", "SDK Reference", "Python SDK", "Developer Guide", "Node.js SDK", "FAQ",
            "Python SDK Developer Guide", "Last updated: 2024-04-02 16:31:07",
            "The Python SDK wraps the RESTful API so that you can manage buckets from Python.",
            "Install the SDK", "We recommend installing the latest version of the SDK with pip:", "Bash", "Copy", "pip install bmcloud-bos",
            "To verify the installation, run:", "Python", "复制", "import bmcloud.bos"]
    kept, taken = strip_furniture(lines_of("\n".join(page)))
    gone = [t for t, _, _ in taken]
    assert gone == page[:15] + ["Bash", "Copy", "Python", "复制"]
    assert [ln.text for ln in kept if ln.text][0] == "Python SDK Developer Guide"
    # A word over "Copy" that names no language stays ("Address" over "Copy" in a form).
    kept, taken = strip_furniture(lines_of("\n".join(page[:8] + ["Address", "Copy", "Text."])))
    assert "Address" not in [t for t, _, _ in taken]


def test_a_sites_name_in_both_languages_its_buttons_in_brackets_and_its_language_bar_go():
    assert navigation_line("Font size: [Large] [Medium] [Small]   [Print]   [Download PDF]")
    assert not navigation_line("[ss. 4 & 5] [s. 17] [s. 23]")  # references to sections, not buttons
    assert navigation_line("語言 Language：繁體中文／English　　登入 Sign in")
    page = ["艾士頓港電子版法例", "Port Elsdon e-Legislation", "主頁 > 現行法例 > 第318A章", "Home > Current Legislation > Cap. 318A", "",
            "公眾泳池及泳灘規例", "Public Swimming Pools and Beaches Regulation", "", "第1部", "Part 1", ""]
    kept, taken = strip_furniture(lines_of("\n".join(page)))
    assert [t for t, _, _ in taken] == page[:4]


def test_a_gazettes_masthead_with_its_issue_is_no_title():
    text = "\n".join(["临澜市人民代表大会常务委员会公报                          2023年第6期", "", "",
                      "                           临澜市城市地下空间开发利用管理条例", "",
                      "第一章　总　　则", "", "第一条　为了规范城市地下空间开发利用，制定本条例。", "",
                      "第二章　规划", "", "第二条　地下空间开发利用应当符合国土空间规划。", "",
                      "Regulations of Linlan Municipality on the Development and Utilization of Urban Underground Space", "",
                      "Chapter I General Provisions", "", "Article 1 These Regulations are formulated to regulate the use of underground space.", "",
                      "Chapter II Planning", "", "Article 2 The use of underground space shall conform to spatial planning.", ""])
    src = read_text(text, "gazette.txt")
    assert src.meta.title_zh == "临澜市城市地下空间开发利用管理条例"


def test_a_bar_with_the_text_size_buttons_is_furniture():
    assert navigation_line("[繁體] [English] A- A A+ 登入 Login")
    assert not navigation_line("Grades run from A- to A+ in this course.")


def test_a_breadcrumb_set_with_slashes_from_the_documentations_home_is_furniture():
    assert navigation_line("文档首页 / 发行说明 / Tidepool 5.x") and navigation_line("Docs / Release Notes / Tidepool 5.x")
    assert not navigation_line("数据收集 / Data Collection")  # a heading in both languages
    assert navigation_line("文件 / 安全性 / 漏洞揭露政策")
    assert not navigation_line("方法 / 结果 / 讨论")  # no home page first


def test_a_docs_menu_under_a_slashed_breadcrumb_goes_and_versions_head_their_notes(tmp_path):
    """Release notes copied from a docs site: the trail set with slashes ("首页 / 文档 / 发布说明 /
    云杉笔记 5.x") over the docs' menu ("文档导航" / "入门" / … / "发布说明" / "5.x" / "4.x"), a
    step of the trail among its links. The menu goes, so the page's title is its title; each
    version with its date heads the notes under it ("新增功能"), no heading joined with it."""
    def page(skip, site, crumb, menu, title, versions, kinds, item):
        out = [skip, site, "", crumb, ""] + menu + ["", title, ""]
        for v in versions:
            out += [v] + [x for k in kinds for x in (k, item)] + [""]
        return out

    zh = page("跳到主要内容", "云杉笔记", "首页 / 文档 / 发布说明 / 云杉笔记 5.x",
              ["文档导航", "入门", "用户指南", "发布说明", "5.x", "4.x", "3.x（已停止维护）"], "云杉笔记 5.x 发布说明",
              ["5.3.0（2024年11月12日）", "5.2.0（2024年8月20日）"], ["新增功能", "问题修复"],
              "• 修复了导出 PDF 时嵌入的网页链接无法点击的问题。")
    en = page("Skip to main content", "Spruce Notes", "Home / Docs / Release Notes / Spruce Notes 5.x",
              ["Documentation", "Getting Started", "User Guide", "Release Notes", "5.x", "4.x", "3.x (end of life)"],
              "Spruce Notes 5.x Release Notes", ["5.3.0 (November 12, 2024)", "5.2.0 (August 20, 2024)"], ["New Features", "Bug Fixes"],
              "• Fixed links in exported PDFs that could not be clicked.")
    (tmp_path / "n.zh.txt").write_text("\n".join(zh), encoding="utf-8")
    (tmp_path / "n.en.txt").write_text("\n".join(en), encoding="utf-8")
    b = process(read_pair(tmp_path / "n.zh.txt", tmp_path / "n.en.txt"))
    assert (b.meta.title_zh, b.meta.title_en) == ("云杉笔记 5.x 发布说明", "Spruce Notes 5.x Release Notes")
    assert [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh] == [
        ("5.3.0（2024年11月12日）", "5.3.0 (November 12, 2024)"), ("新增功能", "New Features"), ("问题修复", "Bug Fixes"),
        ("5.2.0（2024年8月20日）", "5.2.0 (August 20, 2024)"), ("新增功能", "New Features"), ("问题修复", "Bug Fixes")]


def test_odd_pages_headers_that_end_with_the_manuals_name_go():
    """A manual printed as a book heads its even pages with its name, then the chapter
    ("潮衡 CH-680 使用说明书      第二章 产品概述") and its odd pages the other way round
    ("第一章 安全须知      潮衡 CH-680 使用说明书"). Both are headers, and the chapters' own
    headings pair."""
    body_zh = "本仪器适用于地表水、地下水及污水的现场快速检测，使用前请仔细阅读本说明书。" * 3
    body_en = "The instrument is intended for quick field testing of surface water, groundwater and wastewater. " * 2
    zh_ch = ["第一章 安全须知", "第二章 产品概述", "第三章 安装与准备", "第四章 测量操作", "第五章 维护保养"]
    en_ch = ["CHAPTER 1 SAFETY INFORMATION", "CHAPTER 2 PRODUCT OVERVIEW", "CHAPTER 3 INSTALLATION AND SETUP",
             "CHAPTER 4 TAKING MEASUREMENTS", "CHAPTER 5 CARE AND MAINTENANCE"]
    out = []
    for lang, chapters, name, body in (("zh", zh_ch, "潮衡 CH-680 使用说明书", body_zh), ("en", en_ch, "CH-680 User Manual", body_en)):
        number = (lambda n: f"{' ' * 35}— {n} —") if lang == "zh" else (lambda n: f"{' ' * 35}Page {n}")
        out += [f"{' ' * 20}{name}", "", f"{' ' * 20}" + ("江州潮衡仪器有限公司" if lang == "zh" else "Jiangzhou Chaoheng Instruments"), "",
                body, "", number(2), ""]
        for c, ch in enumerate(chapters):
            for n in (2 * c + 3, 2 * c + 4):  # two pages to a chapter, after the cover's
                head = f" {ch}{' ' * 40}{name}" if n % 2 else f" {name}{' ' * 40}{ch}"
                out += ["\f" + head, ""] + ([ch, ""] if n % 2 else []) + [body, "", body, "",
                                                                         number(n), ""]
    b = process(read_text("\n".join(out), "manual.txt"))
    assert [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh] == list(zip(zh_ch, en_ch))
    gone = [r.text for r in b.removed if r.reason == "running header"]
    assert "第一章 安全须知 潮衡 CH-680 使用说明书" in gone and "CHAPTER 5 CARE AND MAINTENANCE CH-680 User Manual" in gone


def test_a_sites_header_set_apart_over_its_breadcrumb_goes_and_the_title_is_the_pages():
    """A city portal's page copied whole: the site's name, its address, its menu and a row of
    links, then a blank line and the breadcrumb. The header goes with the menu; the page's
    own title under the breadcrumb is the document's, not the site's name."""
    header = ["青岚市人民政府门户网站", "www.qinglan.gov.cn", "首页 | 政务公开 | 政务服务 | 互动交流 | 数据开放 | English",
              "无障碍浏览　长者模式　繁体版　登录", "", "当前位置：首页 > 政务公开 > 政策法规 > 地方性法规", ""]
    body = ["青岚市城市绿道管理条例", "Regulations of Qinglan Municipality on the Administration of Urban Greenways", "",
            "第一章　总则", "Chapter I General Provisions", "",
            "第一条　为了加强城市绿道的规划、建设和管理，根据有关法律、法规，结合本市实际，制定本条例。",
            "Article 1 These Regulations are formulated to strengthen the planning, construction and management of urban greenways.", "",
            "第二章　规划与建设", "Chapter II Planning and Construction", "",
            "第二条　市人民政府应当组织编制城市绿道专项规划，并向社会公布。",
            "Article 2 The Municipal People's Government shall organise the preparation of a special plan for urban greenways."]
    b = process(read_text("\n".join(header + body) + "\n", "greenways.txt"))
    assert b.meta.title_zh == "青岚市城市绿道管理条例"
    gone = {r.text for r in b.removed}
    assert {"青岚市人民政府门户网站", "www.qinglan.gov.cn"} <= gone
    # Text at the top of the page over the breadcrumb is the document's, not a header.
    text = ["本条例经市人民代表大会常务委员会审议通过，现予公布施行。", "青岚市人民政府门户网站", "www.qinglan.gov.cn",
            "首页 | 政务公开 | 政务服务 | 互动交流 | 数据开放 | English", "", "当前位置：首页 > 政务公开 > 政策法规", ""]
    b = process(read_text("\n".join(text + body) + "\n", "greenways.txt"))
    assert "www.qinglan.gov.cn" not in {r.text for r in b.removed}


def test_a_law_databases_buttons_under_the_breadcrumb_go():
    """A law database's page: under the breadcrumb, its tabs and a row of buttons ("友善列印　回上頁",
    "Print　Back"), then the law's name and its particulars. The buttons go; the law's name is
    the title, not the buttons."""
    def page(crumb, tabs, buttons, title, body):
        field = ("法規名稱：" if "條" in title else "Title: ") + title
        return "\n".join(["跳到主要內容區塊", ":::", crumb, ""] + tabs + ["", buttons, "", title, "", field, ""] + body) + "\n"
    zh = page("現在位置：首頁 > 法規檢索 > 法規內容", ["法規內容　法條沿革　立法歷程　相關法規"],
              "友善列印　回上頁", "東澳縣海洋牧場管理自治條例",
              ["第一章　總則", "", "第 1 條", "東澳縣為推動海洋牧場之設置及管理，特制定本自治條例。", "",
               "第二章　設置", "", "第 2 條", "本自治條例之主管機關為東澳縣政府。"])
    en = page("Home > Search > Content of Laws and Regulations", ["Content　History　Related Regulations"],
              "Print　Back", "Dong'ao County Self-Government Ordinance for the Management of Marine Ranches",
              ["Chapter 1 General Provisions", "", "Article 1", "Dong'ao County enacts this Ordinance to promote marine ranches.", "",
               "Chapter 2 Establishment", "", "Article 2", "The competent authority for this Ordinance is the County Government."])
    import tempfile
    from pathlib import Path
    with tempfile.TemporaryDirectory() as d:
        (Path(d) / "l.zh.txt").write_text(zh, encoding="utf-8")
        (Path(d) / "l.en.txt").write_text(en, encoding="utf-8")
        b = process(read_pair(Path(d) / "l.zh.txt", Path(d) / "l.en.txt"))
    assert (b.meta.title_zh, b.meta.title_en) == ("東澳縣海洋牧場管理自治條例",
                                                  "Dong'ao County Self-Government Ordinance for the Management of Marine Ranches")
    gone = {r.text for r in b.removed}
    assert {"友善列印 回上頁", "Print Back"} <= gone
    assert navigation_line("友善列印　回上頁") and navigation_line("Print　Back") and not navigation_line("Back")


def test_when_a_page_was_posted_under_its_breadcrumb_is_no_title(tmp_path):
    """A page copied whole into two files: its controls, the site's name and menu, the breadcrumb,
    when the page was posted and how often it was read, then its title. The title is the line
    under the dates; the count of readers and the controls go."""
    zh = ["跳至主要內容", "文字大小：A A A　|　English　|　繁體　|　简体", "", "曉峰物業管理有限公司", "HIU FUNG PROPERTY MANAGEMENT", "",
          "主頁", "關於我們", "物業管理服務", "屋苑資訊", "聯絡我們", "搜尋", "", "主頁 > 法律資訊 > 私隱政策",
          "發布日期：114-03-18", "點閱次數：1,284", "", "私隱政策", "",
          "本公司致力保障個人資料私隱，並按照條例的規定處理個人資料。", "",
          "1. 我們的政策", "本公司尊重個人資料私隱，並確保其收集及使用個人資料的做法符合條例。", "",
          "2. 持有的個人資料", "本公司持有的個人資料主要包括業主及住戶的姓名和聯絡電話。"]
    en = ["Skip to main content", "Text size: A A A  |  English  |  繁體  |  简体", "", "Hiu Fung Property Management Limited", "曉峰物業管理有限公司",
          "", "Home", "About Us", "Property Management Services", "Our Estates", "Contact Us", "Search", "",
          "Home > Legal Information > Privacy Policy", "Published: 114-03-18", "Views: 1,284", "", "Privacy Policy", "",
          "The Company is committed to protecting personal data privacy in accordance with the Ordinance.", "",
          "1. OUR POLICY", "The Company respects personal data privacy and will ensure that its practices comply with the Ordinance.", "",
          "2. KINDS OF PERSONAL DATA HELD", "The personal data held by the Company mainly include names and telephone numbers."]
    (tmp_path / "p.zh.txt").write_text("\n".join(zh) + "\n", encoding="utf-8")
    (tmp_path / "p.en.txt").write_text("\n".join(en) + "\n", encoding="utf-8")
    src = read_pair(tmp_path / "p.zh.txt", tmp_path / "p.en.txt")
    assert (src.meta.title_zh, src.meta.title_en) == ("私隱政策", "Privacy Policy")
    gone = {r.text for r in src.removed}
    assert {"點閱次數：1,284", "Views: 1,284", "Text size: A A A | English | 繁體 | 简体"} <= gone


@pytest.mark.parametrize("line", [
    "搜尋商品、品牌或賣場　　熱門搜尋：保溫瓶　行動電源　露營椅　貓砂",  # the search field's prompt and the popular searches
    "Search products, brands or shops   Popular searches: flasks, power banks",
    # a breadcrumb from the home page to a page named by the rules' whole title
    "Home > Regulations > General Administration > Yunxiu University of Technology Rules of Procedure for University Council Meetings",
])
def test_a_search_prompt_with_popular_searches_and_a_long_breadcrumb_are_furniture(line):
    assert navigation_line(line)


@pytest.mark.parametrize("line", [
    "搜尋結果顯示，本平台的熱門商品包括保溫瓶及行動電源。",
    "Home > Regulations > General Administration > the Council may, by resolution, amend these Rules at any meeting, "
    "provided that notice has been given.",
])
def test_a_sentence_about_searches_or_a_long_sentence_after_steps_stays(line):
    assert not navigation_line(line)


def test_a_sites_footer_of_its_office_address_telephone_and_copyright_goes():
    """The office that runs the site over its address, telephone, e-mail, copyright and the
    site's policies, at the page's end: the site's footer, though few of its lines are names."""
    body = ["跳到主要內容區塊", "", "第 21 條", "本規則經校務會議通過後施行，修正時亦同。", "", "瀏覽人次：5,218　　更新日期：2024-01-08", ""]
    footer = ["雲岫科技大學 秘書室", "640301 雲岫縣斗溪鎮大學路一段123號", "總機：(05)537-2100 分機 1101　傳真：(05)537-2199",
              "服務信箱：secretary@yut.edu.tw", "Copyright © 2024 Yunxiu University of Technology. All Rights Reserved.",
              "隱私權政策 | 資訊安全政策 | 網站資料開放宣告"]
    kept, taken = strip_furniture(lines_of("\n".join(body + footer)))
    texts = [ln.text for ln in kept if ln.text]
    assert "本規則經校務會議通過後施行，修正時亦同。" in texts
    assert not any(t in texts for t in footer)


def test_a_sites_language_links_text_size_search_and_best_screen_go():
    """A web page's bar with the links to its languages, its text-size control and its search box
    on one line, and its footer's note on the screen it is best viewed on; a line that only opens
    with the text size control, then says something, stays."""
    assert navigation_line("繁 | ENG    文字大小：A A A    搜尋 Search")
    assert navigation_line("最佳瀏覽解像度 1280 x 800 | Best viewed at 1280 x 800")
    assert not navigation_line("文字大小：A A A 本文介绍如何调整阅读器的显示设置")
    page = ["晉朗物業管理有限公司", "Chun Long Property Management Limited", "跳至主要內容 Skip to main content",
            "繁 | ENG    文字大小：A A A    搜尋 Search", "", "主頁 > 私隱政策", "Home > Privacy Policy", "", "私隱政策", "Privacy Policy", ""]
    kept, taken = strip_furniture(lines_of("\n".join(page)))
    assert "繁 | ENG 文字大小：A A A 搜尋 Search" in [t for t, _, _ in taken]


def test_a_footer_under_the_last_link_to_the_top_of_a_page_with_no_blank_lines_goes():
    """A web page copied line by line, both languages in turn, with no blank line: what stands under
    its last "back to top" link, ending with the copyright, is the site's footer; a text that ends
    with sentences under such a link stays."""
    body = ["解散：本會須經全體會員四分之三贊成票方可解散。",
            "Dissolution: The Association may be dissolved only by a vote of three quarters of its members.",
            "下載PDF版本 Download PDF", "返回頁首 Back to top"]
    footer = ["聯絡我們", "Contact Us", "地址：澳門路環海灣巷18號地下", "Address: G/F, 18 Travessa da Baía, Coloane, Macao",
              "電話 Tel：(853) 2888 1726", "© 2024 澳門路環青年義工協會 版權所有 All rights reserved.",
              "私隱政策 Privacy Policy | 網站地圖 Sitemap"]
    kept, taken = strip_furniture(lines_of("\n".join(body + footer)))
    texts = [ln.text for ln in kept if ln.text]
    assert body[0] in texts and not any(t in texts for t in footer)
    said = ["本會的會址設於澳門路環海灣巷十八號地下，經理事會決議可遷往澳門任何地方。",
            "The seat of the Association may be moved anywhere in Macao by a resolution of the Board of Directors.",
            "© 2024 澳門路環青年義工協會"]
    kept, taken = strip_furniture(lines_of("\n".join(body + said)))
    assert said[0] in [ln.text for ln in kept]


def test_the_name_alone_of_a_header_set_against_its_halfs_language_is_the_header():
    """Each page of the English half headed "User Manual      English": the same name alone, over
    the half's contents page, is that header too, not a heading; the cover's title, set apart, stays."""
    zh = [x for n in range(1, 4) for x in _page(n, "星衡仓储管理系统 V4.2 用户手册", [f"第{n}页的正文介绍系统的第{n}项功能，操作前请阅读本节。"])]
    en_pages = [x for n in range(1, 4) for x in _page(n, "StarScale WMS V4.2 User Manual                        English",
                                                      [f"Page {n} describes function {n} of the System; read this section first."])]
    en = ["", "StarScale Warehouse Management System V4.2 User Manual", "", "Linlan StarScale Software Co., Ltd.",
          "StarScale WMS V4.2 User Manual", "", "CONTENTS", "", "Preface ........ 1", ""] + en_pages
    kept, taken = strip_furniture(lines_of("\n".join(zh + en)))
    assert "StarScale WMS V4.2 User Manual" in [t for t, _, _ in taken]
    assert "StarScale Warehouse Management System V4.2 User Manual" in [ln.text for ln in kept]


def test_a_footer_with_the_documents_code_and_its_page_at_the_right_is_a_page_number():
    """"HS-UM-EL32 版本 1.3          第 2 頁" at each page's foot: the page's number, with the header under it."""
    pages = []
    for n in range(1, 5):
        pages += ["EnerLink 3.2 使用者手冊", ""] + [f"第{n}頁第{k}段說明平台的第{k}項功能，操作前請先閱讀本節。" for k in range(1, 9)] + [
            "", f"HS-UM-EL32 版本 1.3                                              第 {n} 頁"]
    kept, taken = strip_furniture(lines_of("\n".join(pages)))
    reasons = {t: r for t, _, r in taken}
    assert reasons.get("HS-UM-EL32 版本 1.3 第 3 頁") == "page number"
    assert "EnerLink 3.2 使用者手冊" in reasons


def test_the_title_centred_at_the_top_of_the_second_half_is_no_header_spread_like_it():
    """The English half's headers spread the foundation's name and the report's ("Qinghe … Foundation
    … Annual Report 2023"); the same words centred on its cover, under the name, are its title."""
    zh = [x for n in range(1, 4) for x in _page(n, "青禾乡村教育基金会2023年度报告",
                                                [f"第{n}页第{k}段介绍基金会第{k}个项目的执行情况和主要成效。" for k in range(1, 6)])]
    en = ["", "             QINGHE RURAL EDUCATION FOUNDATION", "", "    Qinghe Rural Education Foundation Annual Report 2023", "",
          "                 (Chinese-English Edition)", ""]
    for n in range(1, 4):
        en += ["Qinghe Rural Education Foundation                                 Annual Report 2023", ""] + [
            f"Paragraph {k} of page {n} describes how the Foundation's project {k} was carried out." for k in range(1, 6)] + ["", f"— {n} —", ""]
    kept, taken = strip_furniture(lines_of("\n".join(zh + en)))
    texts = [ln.text for ln in kept if ln.text]
    assert texts.count("Qinghe Rural Education Foundation Annual Report 2023") == 1


@pytest.mark.parametrize("line", [
    "登入 Log in ／ 註冊 Sign up　　繁體中文｜English",  # links named in both languages, a full-width slash between
    "搜尋書名、作者、ISBN Search titles, authors, ISBN",  # a search field's prompt, what to search by in both languages
    "搜索商品、品牌 Search products, brands",
])
def test_a_bilingual_account_bar_and_search_prompt_are_furniture(line):
    assert navigation_line(line)


@pytest.mark.parametrize("line", [
    "搜尋書名、作者、出版社即可找到您要的書。",
    "Search titles, authors and publishers to find your book.",
    "登入／註冊後即可使用本服務。",
])
def test_sentences_about_searching_or_signing_in_stay(line):
    assert not navigation_line(line)


@pytest.mark.parametrize("line", ["🖨 列印此頁", "🖨 Print this page", "搜尋物品、品牌或賣家 Search items, brands or sellers"])
def test_a_button_with_its_icon_and_a_search_prompt_ending_with_or_are_furniture(line):
    assert navigation_line(line)


def test_a_breadcrumb_one_step_to_a_line_ends_the_sites_header():
    """A shop's page copied one link to a line: its name, its search field, its links, its menu and
    a breadcrumb with each "›" on a line of its own; the page's title under it is the text's."""
    from bitext.read import read_text

    header = ["跳至主要內容", "Skip to main content", "貨尋 GoodFind", "搜尋物品、品牌或賣家 Search items, brands or sellers",
              "賣嘢 Sell", "登入 Log in", "註冊 Sign up", "繁 | EN", "首頁 Home", "最新物品 New arrivals", "商戶計劃 Merchants",
              "幫助中心 Help Centre", "幫助中心 Help Centre", "›", "政策及條款 Policies", "›", "使用條款 Terms of Use", ""]
    body = ["貨尋市集使用條款", "GoodFind Market Terms of Use", "生效日期：2024年4月1日", "Effective date: 1 April 2024", "",
            "1. 簡介", "1. Introduction", "", "本條款規管閣下使用貨尋市集。", "", "These Terms govern your use of GoodFind Market.", "",
            "2. 帳戶", "2. Accounts", "", "閣下須年滿18歲方可註冊帳戶。", "", "You must be 18 or over to register an account.", ""]
    src = read_text("\n".join(header + body), "terms.txt")
    assert (src.meta.title_zh, src.meta.title_en) == ("貨尋市集使用條款", "GoodFind Market Terms of Use")
    assert not any(b.text in ("賣嘢 Sell", "首頁 Home", "›") for b in src.blocks)


@pytest.mark.parametrize("line,expected", [
    ("文字大小： A  A  A        繁體 ｜ 簡體", True), ("繁體 ｜ 簡體", True), ("顯示： 中英對照 ｜ 只顯示中文 ｜ English only", True),
    ("列印 下載PDF 加入書籤 分享", True), ("Display: Bilingual | English only", True),
    ("顯示：本表列出各營地的營位數目。", False), ("中文 | 英文 | 數學", False)])
def test_a_legislation_pages_language_and_display_switches_and_buttons_are_furniture(line, expected):
    assert navigation_line(line) is expected


def test_a_sites_header_one_link_to_a_line_three_blank_lines_over_the_breadcrumb_goes():
    """The site's header copied one link to a line (its name, its sections, "登入 Log in", a
    search button), then three blank lines, then the breadcrumb: the header is furniture and the
    page's title under the breadcrumb is the title."""
    from bitext.read import read_text

    header = ["跳至主要內容 Skip to main content", "繁 | 简 | EN", "澄灣支付 ChingWan Pay", "個人客戶 Personal", "商戶 Merchants",
              "開發者 Developers", "支援 Support", "關於我們 About Us", "登入 Log in", "立即申請 Apply now", "搜尋 Search", "", "", "",
              "首頁 Home > 支援中心 Support Centre > 用戶指南 User Guides > 商戶平台用戶指南 Merchant Portal User Guide", ""]
    body = ["商戶平台用戶指南", "", "Merchant Portal User Guide", "", "1. 簡介", "", "1. Introduction", "",
            "本指南說明如何使用商戶平台。", "", "This guide explains how to use the Merchant Portal.", "",
            "2. 登入", "", "2. Logging in", "", "請以商戶編號登入。", "", "Log in with your merchant number.", ""]
    src = read_text("\n".join(header + body), "guide.txt")
    assert (src.meta.title_zh, src.meta.title_en) == ("商戶平台用戶指南", "Merchant Portal User Guide")
