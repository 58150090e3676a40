"""The document's own title in each language, under what stands over it: an issuer's name,
a notice that names it, a page's particulars, a series' masthead, a web page's title, a
note on the translation."""
from __future__ import annotations

from bitext.read import read_pair, read_text


def _titles(text: str, name: str = "doc.txt") -> tuple[str | None, str | None]:
    src = read_text(text, name)
    return src.meta.title_zh, src.meta.title_en


def _two_files(tmp_path, zh: list[str], en: list[str]):
    """The document as two files, one per language, read as a pair."""
    (tmp_path / "d.zh.txt").write_text("\n".join(zh), encoding="utf-8")
    (tmp_path / "d.en.txt").write_text("\n".join(en), encoding="utf-8")
    return read_pair(tmp_path / "d.zh.txt", tmp_path / "d.en.txt")


def test_the_issuers_name_over_the_english_file_is_no_title(tmp_path):
    zh = ["澜江市数据资源管理局文件", "", "澜数资发〔2023〕17号", "",
          "澜江市数据资源管理局关于印发《澜江市公共数据开放许可协议（2.0版）》的通知", "",
          "各区数据资源管理部门：", "现将《澜江市公共数据开放许可协议（2.0版）》印发给你们，请遵照执行。", "",
          "澜江市公共数据开放许可协议（2.0版）", "", "第一章 总则", "", "第一条 为规范公共数据开放利用活动，制定本协议。", "",
          "第二章 许可", "", "第二条 数据利用主体可以免费使用开放数据。", ""]
    en = ["LANJIANG MUNICIPAL DATA RESOURCES ADMINISTRATION", "", "Lanjiang Municipal Open Data Licence (Version 2.0)", "",
          "Unofficial English translation prepared by the Platform Office.", "", "Chapter 1 General Provisions", "",
          "Article 1 This Licence is made to regulate the opening and use of public data.", "",
          "Chapter 2 Licence", "", "Article 2 Data users may use open data free of charge.", ""]
    src = _two_files(tmp_path, zh, en)
    assert (src.meta.title_zh, src.meta.title_en) == ("澜江市公共数据开放许可协议（2.0版）", "Lanjiang Municipal Open Data Licence (Version 2.0)")


def test_a_gazettes_title_wrapped_under_the_notice_that_names_it():
    """A gazette's page, no blank lines: the notice names 《东岭省港口引航管理条例》, the title stands
    under it on two lines, the note of its adoption under them."""
    zh = ["东岭省人民代表大会常务委员会公告", "第45号",
          "《东岭省港口引航管理条例》已由东岭省人民代表大会常务委员会第二十九次会议于2021年9月24日通过，现予公布。",
          "东岭省人民代表大会常务委员会", "2021年9月24日", "东岭省港口引航", "管理条例",
          "（2021年9月24日东岭省第十三届人民代表大会常务委员会第二十九次会议通过）", "第一章　总　　则",
          "第一条　为了规范港口引航活动，保障船舶航行安全，制定本条例。", "第二条　本条例适用于本省港口水域的引航活动。", "",
          "— 1 —", ""]
    en = ["Regulations of Dongling Province on the", "Administration of Port Pilotage",
          "(Adopted at the 29th Meeting of the Standing Committee on 24 September 2021)", "Chapter I General Provisions",
          "Article 1 These Regulations are formulated to regulate port pilotage and ensure the safety of navigation.",
          "Article 2 These Regulations apply to pilotage in the port waters of the Province.", ""]
    assert _titles("\n".join(zh + en)) == ("东岭省港口引航管理条例",
                                           "Regulations of Dongling Province on the Administration of Port Pilotage")


def test_the_last_of_a_pages_particulars_is_no_title(tmp_path):
    zh = ["索引号：QH-0412-2023-00037　　　　主题分类：城乡建设", "发布机构：清河市城市管理局　　　　成文日期：2023年05月10日",
          "有 效 性：有效", "", "清河市电动自行车停放管理规定", "", "一、适用范围", "", "本规定适用于本市中心城区。", "",
          "二、职责分工", "", "市城市管理局负责统筹协调停放管理工作。", ""]
    en = ["Provisions on the Parking of Rental E-bikes in Qinghe", "", "1. Scope of Application", "",
          "These Provisions apply to the central urban area of the City.", "", "2. Division of Responsibilities", "",
          "The Municipal Bureau of Urban Management coordinates parking management.", ""]
    src = _two_files(tmp_path, zh, en)
    assert src.meta.title_zh == "清河市电动自行车停放管理规定"


def test_a_series_masthead_with_its_reports_code_is_no_title():
    text = "\n".join(["青潭海岸生態研究基金會　研究報告　QCEF-RR-2024-02", "Qingtan Coastal Ecology Foundation Research Report QCEF-RR-2024-02", "",
                      "芳洲溪口濕地水鳥監測——2023年度研究報告", "Monitoring Waterbirds at the Fangzhou Estuary Wetland: 2023 Annual Research Report", "",
                      "摘要", "Abstract", "", "本研究於2023年每月進行2次水鳥同步調查，共記錄水鳥58種。",
                      "We carried out two waterbird counts each month in 2023 and recorded 58 species.", "",
                      "一、研究方法", "1. Methods", "", "調查於大潮期間進行，並以無人機空拍輔助棲地製圖。",
                      "Counts were made at spring tides, and habitats were mapped with drone imagery.", ""])
    assert _titles(text) == ("芳洲溪口濕地水鳥監測——2023年度研究報告",
                             "Monitoring Waterbirds at the Fangzhou Estuary Wetland: 2023 Annual Research Report")


def test_a_web_pages_title_with_a_note_over_the_documents_own():
    text = "\n".join(["瑞川市中心医院 | Ruichuan Central Hospital", "首页  医院概况  新闻中心  科室导航  信息公开  English",
                      "当前位置：首页 > 信息公开 > 工作报告",
                      "瑞川市中心医院2023年度工作报告（中英文对照）", "发布时间：2024-02-06 09:30　　来源：院长办公室　　【字体：大 中 小】",
                      "瑞川市中心医院2023年度工作报告", "Ruichuan Central Hospital 2023 Annual Work Report",
                      "各位代表：现在，我代表医院向大会报告工作，请予审议。", "Fellow delegates: On behalf of the hospital, I now report on our work.",
                      "一、2023年工作回顾", "I. Review of Our Work in 2023", "过去一年，医院门急诊量增长百分之八。",
                      "Over the past year, outpatient and emergency visits rose by eight per cent.",
                      "二、2024年工作安排", "II. Our Work in 2024", "新的一年，医院将继续推进学科建设。",
                      "In the new year, the hospital will continue to build up its specialties."])
    assert _titles(text) == ("瑞川市中心医院2023年度工作报告", "Ruichuan Central Hospital 2023 Annual Work Report")


def test_a_note_on_the_translation_over_the_english_title():
    zh = ["《汀澜市城市绿地保护条例》已由汀澜市人民代表大会常务委员会通过，现予公布。", "", "汀澜市人民代表大会常务委员会", "2020年4月8日", "",
          "汀澜市城市绿地保护条例", "", "第一章　总则", "", "第一条　为了加强城市绿地保护，制定本条例。", "",
          "第二章　规划与建设", "", "第二条　城市绿地应当依法规划建设。", ""]
    en = ["NOTE ON THE ENGLISH TRANSLATION", "", "This English translation is published for reference only and has no legal effect.", "",
          "Tinglan Municipal Regulations on the Protection of Urban Green Space", "", "Chapter I General Provisions", "",
          "Article 1 These Regulations are formulated to strengthen the protection of urban green space.", "",
          "Chapter II Planning and Construction", "", "Article 2 Urban green space shall be planned and built according to law.", ""]
    assert _titles("\n".join(zh + en)) == ("汀澜市城市绿地保护条例", "Tinglan Municipal Regulations on the Protection of Urban Green Space")


def test_a_side_menu_of_long_english_page_names_under_the_breadcrumb_is_furniture(tmp_path):
    zh = ["跳到主要内容", "星禾课堂", "首页", "课程中心", "名师团队", "家长专区", "下载App", "登录 / 注册", "当前位置：首页 > 法律声明 > 儿童个人信息保护规则", "",
          "法律声明", "用户服务协议", "隐私政策", "儿童个人信息保护规则", "第三方信息共享清单", "",
          "星禾课堂儿童个人信息保护规则", "", "发布日期：2024年1月9日", "", "第一章 总则", "", "本规则适用于不满十四周岁的儿童。", ""]
    en = ["Skip to main content", "Xinghe Classroom", "Home", "Courses", "Our Teachers", "For Parents", "Get the App", "Sign in / Sign up",
          "You are here: Home > Legal > Children's Personal Information Protection Rules", "",
          "Legal", "Terms of Service", "Privacy Policy", "Children's Personal Information Protection Rules", "Third-Party Data Sharing List", "",
          "Xinghe Classroom Children's Personal Information Protection Rules", "", "Published: 9 January 2024", "",
          "Chapter 1 General Provisions", "", "These Rules apply to children under the age of 14.", ""]
    src = _two_files(tmp_path, zh, en)
    assert src.meta.title_en == "Xinghe Classroom Children's Personal Information Protection Rules"
    assert "Third-Party Data Sharing List" in {r.text for r in src.removed}


def test_a_translators_note_over_the_english_file_and_both_titles_wrapped(tmp_path):
    """The English file opens with a note on the translation, then the issuer, the document's number
    and the notice's title over two lines; the Chinese title is wrapped too. Both go on."""
    zh = ["青禾新区管理委员会文件", "", "青禾管发〔2024〕7号", "", "青禾新区管理委员会关于印发《青禾新区高层次人才", "住房补贴实施细则》的通知", "",
          "各街道办事处，新区各部门：", "《青禾新区高层次人才住房补贴实施细则》已经审议通过，现印发给你们，请认真贯彻执行。", "",
          "一、适用对象", "本细则适用于在新区全职工作的高层次人才。", "", "二、补贴标准", "购房补贴分五年平均发放。", ""]
    en = ["Translator's Note", "This is an unofficial English translation. Only the Chinese text has legal effect.", "",
          "Qinghe New Area Administrative Committee", "Qing Guan Fa [2024] No. 7", "",
          "Notice of the Qinghe New Area Administrative Committee on Issuing the Implementing",
          "Rules for Housing Subsidies for High-Level Talent in Qinghe New Area", "",
          "To all sub-district offices and all departments of the New Area:",
          "The Implementing Rules for Housing Subsidies for High-Level Talent were adopted and are hereby issued to you.", "",
          "1. Eligibility", "These Rules apply to high-level talent working full time in the New Area.", "",
          "2. Subsidy Standards", "The home purchase subsidy is paid in equal instalments over five years.", ""]
    src = _two_files(tmp_path, zh, en)
    assert src.meta.title_zh == "青禾新区管理委员会关于印发《青禾新区高层次人才住房补贴实施细则》的通知"
    assert src.meta.title_en == ("Notice of the Qinghe New Area Administrative Committee on Issuing the Implementing "
                                 "Rules for Housing Subsidies for High-Level Talent in Qinghe New Area")


def test_a_banner_saying_this_is_the_translation_is_no_english_title():
    zh = ["海岚商业银行个人客户隐私政策", "", "一、我们收集的信息", "", "我们会收集您在开户时提供的身份信息。", "",
          "二、我们如何使用信息", "", "我们使用这些信息为您提供金融服务。", ""]
    en = ["ENGLISH TRANSLATION (FOR REFERENCE ONLY)", "", "Hailan Commercial Bank Privacy Policy for Personal Customers", "",
          "1. Information We Collect", "", "We collect the identity information you provide when you open an account.", "",
          "2. How We Use Information", "", "We use this information to provide financial services to you.", ""]
    assert _titles("\n".join(zh + en)) == ("海岚商业银行个人客户隐私政策", "Hailan Commercial Bank Privacy Policy for Personal Customers")
    from bitext.model import Block
    from bitext.read import _may_open

    assert not _may_open(Block("ENGLISH TRANSLATION (FOR REFERENCE ONLY)", "en", 1))
    assert not _may_open(Block("英文译本（仅供参考）", "zh", 1))


def test_a_gazettes_name_and_issue_on_lines_of_their_own_are_no_title():
    from bitext.model import Block
    from bitext.read import _may_open

    for line in ("澜江市人民代表大会常务委员会公报", "2023年第6号（总第214号）", "临澜市人民政府公报"):
        assert not _may_open(Block(line, "zh", 1))
    assert _may_open(Block("2023年国民经济和社会发展统计公报", "zh", 1))


def test_the_title_right_under_an_official_documents_number_in_a_copy_with_no_blank_lines():
    """Line by line, no blank line anywhere: the joint issuers' header and the document's number
    are the header; the title is the line right under the number."""
    lines = ["澄川市住房和城乡建设局  澄川市财政局文件", "澄住建规〔2025〕3号", "澄川市老旧小区改造资金补助实施细则",
             "Implementation Rules of Chengchuan Municipality on Subsidies for the Renovation of Old Residential Compounds",
             "为推进老旧小区改造工作，根据有关规定，结合本市实际，制定本细则。",
             "These Rules are formulated in accordance with the relevant provisions and in light of local circumstances.",
             "一、适用范围", "1. Scope", "本细则适用于本市行政区域内的老旧小区改造补助。",
             "These Rules apply to subsidies for renovating old residential compounds in the Municipality.",
             "二、补助标准", "2. Subsidy Standards", "每个小区补助不超过50万元。", "Each compound receives at most RMB 500,000."]
    assert _titles("\n".join(lines) + "\n") == ("澄川市老旧小区改造资金补助实施细则",
                                                "Implementation Rules of Chengchuan Municipality on Subsidies for the Renovation of Old Residential Compounds")


def test_a_funds_name_and_a_forms_number_over_the_title_are_its_letterhead():
    en = ["MACAO URBAN ARTS DEVELOPMENT FUND", "Form CA-03 (Rev. 01/2025)", "", "Community Arts Grant Programme 2025 – Personal Data Collection Statement", "",
          "Please read this Statement carefully before you complete the application form.", "",
          "Purpose of collection: The personal data you provide will be used to process your application.", "",
          "Retention period: The data of unsuccessful applicants will be destroyed two years after the results.", ""]
    zh = ["澳門城市藝術發展基金", "表格 CA-03（2025年1月修訂）", "", "2025年度社區藝術資助計劃－收集個人資料聲明", "",
          "請於填寫申請表前細閱本聲明。", "", "收集目的：閣下提供的個人資料，將用於處理閣下的申請。", "",
          "保存期限：不獲資助申請人的個人資料，將於公佈結果後兩年銷毀。", ""]
    assert _titles("\n".join(en + ["", ""] + zh)) == ("2025年度社區藝術資助計劃－收集個人資料聲明",
                                                      "Community Arts Grant Programme 2025 – Personal Data Collection Statement")


def test_a_pages_short_title_over_the_documents_own_that_opens_with_it():
    """A web page: "Statutes", the breadcrumb's last step, then the page's tools, then the document's own
    title, which opens with the page's: the document's is the title."""
    lines = ["Skip to main content", "山邊居民互助會", "Hillside Residents' Association", "Home", "About Us", "News", "Activities",
             "Membership", "Contact Us", "繁體中文 | English", "Search...", "", "Home › About Us › Statutes", "", "Statutes", "", "Print  |  Share  |  Download PDF (312 KB)", "",
             "STATUTES OF THE HILLSIDE RESIDENTS' ASSOCIATION", "", "CHAPTER I – GENERAL PROVISIONS", "",
             "Article 1 (Name)", "The Association is named \"Hillside Residents' Association\".", "", "CHAPTER II – MEMBERS", "",
             "Article 2 (Admission)", "Any resident aged 18 or over may apply for membership.", "", "Back to top ↑", "",
             "山邊居民互助會章程", "", "第一章　總則", "", "第一條（名稱）", "本會名稱為「山邊居民互助會」。", "", "第二章　會員", "",
             "第二條（入會）", "凡年滿十八歲的居民，均可申請入會。", ""]
    assert _titles("\n".join(lines)) == ("山邊居民互助會章程", "STATUTES OF THE HILLSIDE RESIDENTS' ASSOCIATION")


def test_a_covers_title_set_in_under_the_company_and_a_banner_for_reference_only():
    """A print copy's covers: the company's name, then the title set in (read as heading lines, the
    English wrapped with the kind of document on its second line); "ENGLISH TRANSLATION - FOR REFERENCE
    ONLY" on the English cover is a banner, not a heading."""
    pad = " " * 24
    zh = ["", "", pad + "星河云智科技有限公司", "", "", pad + "星河协作平台最终用户许可协议", "", pad + "（适用于4.x版本）", "", "", "",
          "文件编号：XH-2024-017", "版　　本：V4.2", "", "第一章　总则", "", "第一条　定义", "　　本协议中的用语含义如下。", "",
          "第二章　许可", "", "第二条　许可范围", "　　公司授予用户非独占的许可。", "", "\f"]
    en = ["", "", pad + "Xinghe Cloud Technology Co., Ltd.", "", "", pad + "Xinghe Collaboration Platform", pad + "End User Licence Agreement",
          "", pad + "(Applicable to version 4.x)", "", pad + "ENGLISH TRANSLATION - FOR REFERENCE ONLY", "", "", "",
          "Document No.: XH-2024-017", "Version: V4.2", "", "CHAPTER 1 GENERAL PROVISIONS", "", "Article 1 Definitions",
          "   The terms in this Agreement have the meanings below.", "", "CHAPTER 2 LICENCE", "", "Article 2 Scope of Licence",
          "   The Company grants the User a non-exclusive licence.", ""]
    src = read_text("\n".join(zh + en), "eula.txt")
    assert (src.meta.title_zh, src.meta.title_en) == ("星河协作平台最终用户许可协议", "Xinghe Collaboration Platform End User Licence Agreement")
    from bitext.headings import LANGUAGE_BANNER

    assert LANGUAGE_BANNER.fullmatch("ENGLISH TRANSLATION - FOR REFERENCE ONLY") and LANGUAGE_BANNER.fullmatch("英文譯本－僅供參考")


def test_an_english_title_in_capitals_wrapped_in_a_text_set_line_by_line():
    lines = ["澳門晨曦羽毛球會章程", "STATUTES OF THE DAYBREAK", "BADMINTON CLUB OF MACAO", "第一章　總則", "CHAPTER I GENERAL PROVISIONS",
             "第一條　名稱：本會名稱為「澳門晨曦羽毛球會」。", "Article 1 Name: The name of the Club is “Daybreak Badminton Club of Macao”.",
             "第二條　性質：本會為非牟利體育社團。", "Article 2 Nature: The Club is a non-profit sports association.",
             "第二章　會員", "CHAPTER II MEMBERS", "第三條　入會：凡年滿十六歲者均可申請入會。", "Article 3 Admission: Any person aged sixteen or above may apply."]
    assert _titles("\n".join(lines) + "\n") == ("澳門晨曦羽毛球會章程", "STATUTES OF THE DAYBREAK BADMINTON CLUB OF MACAO")


def test_a_company_over_the_kind_of_document_in_a_text_set_line_by_line():
    """No blank line anywhere: the company's name in each language, then the title in each
    language. The title names a kind of document; the company is its letterhead."""
    lines = ["晴灣字坊有限公司", "Ching Wan Type Foundry Limited", "字體軟件最終用戶許可協議", "FONT SOFTWARE END USER LICENCE AGREEMENT",
             "協議編號：CWTF-EULA-2024-07", "Agreement No.: CWTF-EULA-2024-07",
             "一、定義", "I. DEFINITIONS", "本協議中，「字體軟件」指本字坊提供的字體檔案。", "In this Agreement, \"Font Software\" means the font files the Foundry supplies.",
             "二、授權範圍", "II. SCOPE OF LICENCE", "本字坊授予用戶非專有的許可。", "The Foundry grants the User a non-exclusive licence."]
    assert _titles("\n".join(lines) + "\n") == ("字體軟件最終用戶許可協議", "FONT SOFTWARE END USER LICENCE AGREEMENT")


def test_a_company_in_capitals_over_a_title_set_otherwise_is_its_letterhead_in_both_files(tmp_path):
    """Two files, each opening with the company's name right over the statement's title:
    "LOK WAH MEDICAL GROUP LIMITED" in capitals over "Privacy Policy and …" set otherwise, beside
    "樂華醫療集團有限公司" over "私隱政策及收集個人資料聲明". The name is a letterhead, in both
    languages; it stays text and heads no section."""
    zh = ["樂華醫療集團有限公司", "私隱政策及收集個人資料聲明", "文件編號：LWMG-DP-002　生效日期：2024年7月1日", "",
          "第一部分：私隱政策聲明", "我們致力保障病人及訪客的個人資料私隱，並遵守《個人資料（私隱）條例》的規定。",
          "第二部分：收集個人資料聲明", "我們收集的個人資料，只用於提供醫療服務及處理收費。", ""]
    en = ["LOK WAH MEDICAL GROUP LIMITED", "Privacy Policy and Personal Information Collection Statement",
          "Document No.: LWMG-DP-002    Effective date: 1 July 2024", "", "PART I: PRIVACY POLICY STATEMENT",
          "We are committed to protecting the privacy of the personal data of our patients and visitors.",
          "PART II: PERSONAL INFORMATION COLLECTION STATEMENT",
          "The personal data we collect are used only to provide medical services and to process billing.", ""]
    src = _two_files(tmp_path, zh, en)
    assert (src.meta.title_zh, src.meta.title_en) == ("私隱政策及收集個人資料聲明", "Privacy Policy and Personal Information Collection Statement")
    assert {("zh", 1), ("en", 1)} <= set(src.subtitles)
    assert [b.text for b in src.blocks if b.line == 1] == ["樂華醫療集團有限公司", "LOK WAH MEDICAL GROUP LIMITED"]


def test_a_name_and_a_title_set_alike_in_capitals_are_one_title(tmp_path):
    """Set alike, "QINGHE RURAL DEVELOPMENT FOUNDATION" over "ANNUAL REPORT 2023", the lines are one title."""
    zh = ["青禾乡村发展基金会", "2023年度报告", "", "一、机构概况", "本基金会成立于2009年，致力于乡村发展。", ""]
    en = ["QINGHE RURAL DEVELOPMENT FOUNDATION", "ANNUAL REPORT 2023", "", "1. About the Foundation",
          "The Foundation was founded in 2009 to support rural development.", ""]
    src = _two_files(tmp_path, zh, en)
    assert src.meta.title_en == "QINGHE RURAL DEVELOPMENT FOUNDATION ANNUAL REPORT 2023"


def test_the_chinese_name_over_its_title_is_a_letterhead_where_the_english_title_has_none(tmp_path):
    """The English file sets its company's name apart over the title ("Lok Wah Medical Group
    Limited", a blank line, "Privacy Policy Statement"), the Chinese one sets the two lines together:
    the English title translates the Chinese title alone, so the Chinese name is a letterhead too."""
    zh = ["樂華醫療集團有限公司", "私隱政策聲明", "", "第一部分：我們的承諾",
          "我們致力保障病人及訪客的個人資料私隱，並遵守《個人資料（私隱）條例》的規定。",
          "第二部分：資料的使用", "我們收集的個人資料，只用於提供醫療服務及處理收費。", ""]
    en = ["Lok Wah Medical Group Limited", "", "Privacy Policy Statement", "", "Part I: Our Commitment",
          "We are committed to protecting the privacy of the personal data of our patients and visitors.",
          "Part II: Use of Data", "The personal data we collect are used only to provide medical services and to process billing.", ""]
    src = _two_files(tmp_path, zh, en)
    assert (src.meta.title_zh, src.meta.title_en) == ("私隱政策聲明", "Privacy Policy Statement")
    assert ("zh", 1) in set(src.subtitles)


def test_a_help_pages_title_under_its_search_field_in_both_files(tmp_path):
    """A help centre's page in two files, its search field ("搜尋支援中心……", "Search the Help
    Centre...") over the title: the field is the site's, and the English title, set as its
    headings are, is the title where it translates the Chinese one."""
    zh = ["搜尋支援中心……", "", "栢峰雲會計 6.2 版本說明", "發佈日期：2024年9月23日 · 閱讀時間約 6 分鐘", "",
          "6.2 版將於 2024 年 9 月 23 日起分批推出，所有用戶預計於 10 月 4 日前完成更新。", "",
          "重點更新", "銀行對賬速度提升一倍，並支援多幣種發票。", "", "已知問題", "部分舊版瀏覽器未能顯示新的報表。", ""]
    en = ["Search the Help Centre...", "", "Cedarbook Cloud 6.2 Release Notes", "Published 23 September 2024 · 6 min read", "",
          "Version 6.2 is rolling out in stages from 23 September 2024, and all accounts will be updated by 4 October.", "",
          "Highlights", "Bank reconciliation is twice as fast, and invoices can be issued in several currencies.", "",
          "Known Issues", "Some older browsers do not show the new reports.", ""]
    src = _two_files(tmp_path, zh, en)
    assert (src.meta.title_zh, src.meta.title_en) == ("栢峰雲會計 6.2 版本說明", "Cedarbook Cloud 6.2 Release Notes")
    assert not [b for b in src.blocks if "Search" in b.text or "搜尋" in b.text]


def test_a_meetings_paper_number_and_a_name_in_portuguese_stand_around_the_title():
    """A Macao report set line by line: the meeting's paper number over the title ("會員大會文件之三" /
    "General Assembly Document No. 3"), the English title in capitals on two lines, the name in
    Portuguese under it."""
    text = "\n".join(["會員大會文件之三", "General Assembly Document No. 3", "澳門社區義工聯會二〇二三年度會務工作報告",
                      "MACAO COMMUNITY VOLUNTEERS FEDERATION", "ANNUAL WORK REPORT 2023",
                      "Federação dos Voluntários Comunitários de Macau", "第一部分　會務概況", "SECTION 1  GENERAL AFFAIRS",
                      "會員：截至2023年12月31日，本會共有個人會員1,268名，全年新增個人會員147名。",
                      "Membership: As at 31 December 2023, the Federation had 1,268 members. 147 new members joined during the year.",
                      "第二部分　財務", "SECTION 2  FINANCE", "本年度收支平衡，結餘撥入發展基金。",
                      "Income and expenditure were balanced; the surplus went to the development fund.", ""])
    assert _titles(text) == ("澳門社區義工聯會二〇二三年度會務工作報告", "MACAO COMMUNITY VOLUNTEERS FEDERATION ANNUAL WORK REPORT 2023")


def test_a_version_line_under_the_title_ends_it(tmp_path):
    """A company over its guide's title over the version and a confidentiality line: the
    version ends the title; it and the line under it are not the title's."""
    from bitext.read import _title_note

    assert _title_note("Document version 3.2 | May 2024")
    zh = ["港灣支付科技有限公司", "港灣支付開放平台商戶接入指南", "文件版本 3.2｜2024 年 5 月", "機密文件——僅供已簽約商戶使用", "",
          "第一部分\u3000概覽", "", "第 1 節\u3000簡介", "本指南說明商戶如何接收網上付款。", ""]
    en = ["HarbourPay Technology Limited", "HarbourPay Open Platform Merchant Integration Guide", "Document version 3.2 | May 2024",
          "CONFIDENTIAL – for contracted merchants only", "", "Part I Overview", "", "Section 1 Introduction",
          "This guide explains how merchants accept online payments.", ""]
    src = _two_files(tmp_path, zh, en)
    assert "Integration Guide" in src.meta.title_en and "version" not in src.meta.title_en
    assert "接入指南" in src.meta.title_zh and "版本" not in src.meta.title_zh


def test_a_gazette_notice_number_and_page_over_the_title_are_not_it():
    """"M.N. 31 of 2024" / "2024年第31號市政公告" and the gazette's page under it stand over the
    by-laws' name, which is the title."""
    text = "\n".join(["2024年第31號市政公告", "M405", "", "金沙市公共圖書館附例", "(由金沙市議會訂立)", "",
                      "第1部 導言", "1. 本附例可引稱為《金沙市公共圖書館附例》。", "", "第2部 借閱", "2. 讀者每次最多可借閱8項資料。", "",
                      "M.N. 31 of 2024", "M406", "", "Kamsha City Public Libraries By-laws", "(Made by the Kamsha City Council)", "",
                      "Part 1 Preliminary", "1. These By-laws may be cited as the Kamsha City Public Libraries By-laws.", "",
                      "Part 2 Borrowing", "2. A reader may borrow up to 8 items at a time.", ""])
    assert _titles(text) == ("金沙市公共圖書館附例", "Kamsha City Public Libraries By-laws")


def test_a_banner_naming_the_chinese_text_is_no_title():
    from bitext.headings import LANGUAGE_BANNER

    assert LANGUAGE_BANNER.fullmatch("（中文本）") and LANGUAGE_BANNER.fullmatch("(Chinese text)")
    assert not LANGUAGE_BANNER.fullmatch("（一）")


def test_a_research_reports_title_under_its_institute_and_series_number(tmp_path):
    """The institute's name over the series and the report's number in it ("研究报告  2024年第7号",
    "Research Report No. 7, 2024") is the letterhead; the title is under it, after a blank line."""
    zh = ["汀岚市社会发展研究院", "研究报告  2024年第7号", "", "城市社区居家养老服务需求调查研究报告", "", "课题组", "2024年10月", "",
          "摘要", "课题组于2024年开展了问卷调查，共回收有效问卷1,146份。", "", "第一节 引言", "汀岚市60岁及以上户籍人口为68.42万人。", ""]
    en = ["Tinglan Institute for Social Development", "Research Report No. 7, 2024", "",
          "Survey Report on the Demand for Home-Based Elderly Care Services in Urban Communities", "", "Research Team", "October 2024", "",
          "ABSTRACT", "The research team conducted a questionnaire survey and collected 1,146 valid questionnaires.", "",
          "SECTION 1 INTRODUCTION", "At the end of 2023 Tinglan had 684,200 registered residents aged 60 or over.", ""]
    src = _two_files(tmp_path, zh, en)
    assert (src.meta.title_zh, src.meta.title_en) == (
        "城市社区居家养老服务需求调查研究报告", "Survey Report on the Demand for Home-Based Elderly Care Services in Urban Communities")


def test_a_letterhead_read_as_one_block_with_its_series_number():
    """The name and the series' number centred on two lines, read as one block ("Jianglin
    University Institute …" / "Research Report No. 2023-07"), still stand over the title."""
    from bitext.read import read_text

    text = "\n".join(["            江临大学城市与区域发展研究院", "               研究报告　2023年第7号", "", "",
                      "         中部地区中等城市内涝韧性评估研究报告（2023）", "", "", "摘要", "本报告评估了中部地区十二座中等城市的内涝韧性。", "",
                      "一、研究背景", "近年来，极端降雨事件频发。", "", "",
                      "     Jianglin University Institute for Urban and Regional Development",
                      "                  Research Report No. 2023-07", "", "",
                      "   Assessing Urban Flood Resilience in Mid-sized Cities of Central China (2023)", "", "",
                      "Abstract", "This report assesses the flood resilience of twelve mid-sized cities in central China.", "",
                      "I. Background", "Extreme rainfall events have become more frequent in recent years.", ""])
    src = read_text(text, "doc.txt")
    assert src.meta.title_en == "Assessing Urban Flood Resilience in Mid-sized Cities of Central China (2023)"
    assert src.meta.title_zh == "中部地区中等城市内涝韧性评估研究报告（2023）"


def test_a_title_that_opens_with_its_makers_name_is_no_letterhead(tmp_path):
    """"Yunxiu University of Technology Rules of Procedure for University Council Meetings" names
    a university, but it is the title, not a letterhead over "History:"."""
    zh = ["雲岫科技大學校務會議議事規則", "", "修正日期：民國 112 年 12 月 20 日", "法規類別：一般行政類", "",
          "沿革：", "1.中華民國九十八年十二月十六日校務會議通過", "", "第 一 章 總則", "第 1 條", "本規則依本校組織規程訂定之。", ""]
    en = ["Yunxiu University of Technology Rules of Procedure for University Council Meetings", "", "Amended Date: 2023-12-20",
          "Category: General Administration", "", "History:", "1. Adopted at the University Council Meeting on December 16, 2009", "",
          "Chapter 1 General Provisions", "Article 1", "These Rules are established under the Organization Regulations.", ""]
    src = _two_files(tmp_path, zh, en)
    assert src.meta.title_en == "Yunxiu University of Technology Rules of Procedure for University Council Meetings"


def test_a_contents_lists_column_heads_are_no_title():
    """"條次 頁次" over a contents list heads nothing, so it is never taken for the title
    that translates the other language's (the dictionary links its two words weakly with
    almost anything)."""
    from bitext.headings import never_heading
    from bitext.model import Block
    from bitext.read import _translated_title

    assert never_heading("條次 頁次") and never_heading("Section Page") and not never_heading("Home Page")
    blocks = [Block("本參考本由協會秘書處編製，僅供會員參閱。", "zh", 1), Block("目錄", "zh", 3), Block("條次 頁次", "zh", 4),
              Block("第1部", "zh", 5), Block("導言", "zh", 6)]
    assert _translated_title(blocks, 0, "zh", "Hong Kong Rooftop Solar Contractors Association", "en") != 2


def test_a_letterhead_set_line_by_line_with_its_contact_line_is_no_title():
    """Each Chinese line followed by its English one, no blank line: the company's name, its
    address, a line of telephone and e-mail with labels in both languages, then the title."""
    text = "\n".join([
        "濠江共享空間有限公司", "Hoi Kong Shared Space Limited", "澳門氹仔海灣南街88號濠景中心12樓",
        "12/F, Edifício Hou Keng, 88 Rua da Baía Sul, Taipa, Macau",
        "電話 Tel.: (853) 2882 7140　電郵 E-mail: hello@hoikongspace.mo", "",
        "濠江共享工作空間會員使用協議", "HOI KONG CO-WORKING SPACE MEMBERSHIP AGREEMENT", "",
        "壹、總則", "I. GENERAL",
        "1.\t本協議規範會員使用共享工作空間及相關設施。", "1.\tThis Agreement governs the Member's use of the co-working space and its facilities.",
        "貳、會籍類別及費用", "II. MEMBERSHIP TYPES AND FEES",
        "4.\t會籍分為日租會籍及月租會籍。", "4.\tMemberships are offered by the day or by the month."])
    assert _titles(text) == ("濠江共享工作空間會員使用協議", "HOI KONG CO-WORKING SPACE MEMBERSHIP AGREEMENT")


def test_rules_named_first_under_their_makers_name_are_the_title():
    """An English title that opens with its kind, "Rules for …", "Implementing Rules of …", under
    the maker's name, the two languages line by line: the rules are the title, not the maker."""
    text = "\n".join([
        "雲橋數碼科技有限公司", "CLOUDBRIDGE DIGITAL TECHNOLOGY LIMITED", "雲橋開放平台開發者使用規範",
        "RULES FOR DEVELOPERS USING THE", "CLOUDBRIDGE OPEN PLATFORM", "（2024年版）", "(2024 Edition)",
        "第一章　總則", "CHAPTER I  GENERAL PROVISIONS", "第一條　目的", "ARTICLE 1  PURPOSE",
        "為規範開發者使用雲橋開放平台的行為，特制定本規範。", "These Rules are made to govern the use of the Platform by developers.",
        "第二條　適用範圍", "ARTICLE 2  SCOPE", "本規範適用於所有已註冊開發者帳戶的個人及機構。",
        "These Rules apply to every individual and organisation that has registered a developer account."])
    assert _titles(text) == ("雲橋開放平台開發者使用規範", "RULES FOR DEVELOPERS USING THE CLOUDBRIDGE OPEN PLATFORM")
    # (A body named with its place after a comma is a body: "…of Binjiang District, Yunping City".)
    text = "\n".join([
        "云屏市滨江区人民政府办公室文件", "General Office of the People's Government of Binjiang District, Yunping City",
        "滨政办发〔2024〕7号", "云屏市滨江区既有住宅加装电梯", "财政补助实施细则",
        "Implementing Rules of Binjiang District, Yunping City on Fiscal Subsidies for Installing Elevators in Existing Residential Buildings",
        "一、总则", "1. General Provisions", "（一）为改善既有住宅居住条件，制定本细则。",
        "(1) These Rules are formulated to improve living conditions in existing residential buildings.",
        "二、补助标准", "2. Subsidy Standards", "（一）每台电梯补助20万元。", "(1) The subsidy is RMB 200,000 for each elevator."])
    assert _titles(text) == ("云屏市滨江区既有住宅加装电梯财政补助实施细则", "Implementing Rules of Binjiang District, Yunping City on "
                             "Fiscal Subsidies for Installing Elevators in Existing Residential Buildings")


def test_a_translations_disclaimer_and_dates_in_chinese_numerals_are_not_the_title(tmp_path):
    """Over the English file's title, which language prevails; under the Chinese title, when it
    was adopted and amended, dated in the Republic's years in Chinese numerals."""
    zh = ["南嶼科技大學隱私權保護政策", "中華民國一一〇年十一月十日一一〇學年度第三次行政會議通過",
          "中華民國一一三年五月八日一一二學年度第十二次行政會議修正通過", "", "第一章　總則", "第一條（目的）",
          "本校為規範個人資料之蒐集、處理及利用，訂定本政策。", "第二條（適用範圍）", "本政策適用於本校各單位。"]
    en = ["[Unofficial Translation] This English version is provided for reference only. In the event of any discrepancy "
          "between the Chinese and English versions, the Chinese version shall prevail.", "",
          "Nanyu University of Science and Technology Privacy Protection Policy",
          "Adopted at the 3rd Administrative Meeting of Academic Year 2021 on November 10, 2021", "",
          "Chapter 1 General Provisions", "Article 1 (Purpose)", "The University adopts this Policy to regulate personal data.",
          "Article 2 (Scope)", "This Policy applies to all units of the University."]
    src = _two_files(tmp_path, zh, en)
    assert (src.meta.title_zh, src.meta.title_en) == ("南嶼科技大學隱私權保護政策", "Nanyu University of Science and Technology Privacy Protection Policy")


def test_who_translated_it_is_no_title():
    text = "\n".join(["政府工作报告", "", "各位代表：现在，我代表市人民政府，向大会报告工作。", "", "一、2023年工作回顾", "",
                      "过去一年，全市经济运行持续回升。", "", "ENGLISH TRANSLATION", "",
                      "Translated by the Foreign Affairs Office of the Yunping Municipal People's Government", "",
                      "Report on the Work of the Government", "", "Fellow Deputies, I will now report to you on the work of the government.",
                      "", "I. Review of Our Work in 2023", "", "Over the past year, the economy continued to recover."])
    assert _titles(text)[1] != "Translated by the Foreign Affairs Office of the Yunping Municipal People's Government"


def test_a_certificate_under_its_companys_name_in_a_text_set_line_by_line():
    """A Macao company's name ("…, Lda.") over the kind of document it issues, a certificate,
    each line in both languages in turn."""
    text = "\n".join(["鏡海光影圖庫有限公司", "Mirror Sea Image Library, Lda.", "圖片使用授權書", "IMAGE LICENCE CERTIFICATE",
                      "授權詳情", "LICENCE DETAILS", "授權編號：MSL-2024-0317", "Licence No.: MSL-2024-0317",
                      "授權條款", "LICENCE TERMS", "授權範圍：本授權為非獨家、不可轉讓之授權，被授權人僅可於上列用途內使用圖片。",
                      "Scope of Licence: This is a non-exclusive, non-transferable licence for the use stated above only."])
    assert _titles(text) == ("圖片使用授權書", "IMAGE LICENCE CERTIFICATE")


def test_the_year_over_the_title_in_chinese_numerals_and_a_statement_for_whom_it_is():
    """Under an association's name, the year in Chinese numerals over the Chinese title, the English
    title over its year; under a company's name and a document number, a statement "for" whom."""
    text = "\n".join(["澳門晨曦社區服務協會", "Macao Dawnlight Community Service Association", "二〇二三年度", "會務工作報告",
                      "Annual Work Report", "2023", "致全體會員：", "To all members:", "第一部分　會務概況", "PART I  ASSOCIATION OVERVIEW",
                      "本會成立於一九九八年，現有個人會員1,284名。", "Founded in 1998, the Association has 1,284 individual members."])
    assert _titles(text) == ("會務工作報告", "Annual Work Report")
    text = "\n".join(["濠景酒店管理股份有限公司", "HOU KENG HOTEL MANAGEMENT CO., LTD.", "文件編號：HR-PDP-002　版本：第3版",
                      "Document No.: HR-PDP-002   Version: 3", "員工及求職者個人資料保護聲明",
                      "Personal Data Protection Statement for Employees and Job Applicants", "第一章　總則", "CHAPTER I  GENERAL PROVISIONS",
                      "第一條　目的", "Article 1  Purpose", "本聲明說明本公司如何處理員工及求職者的個人資料。",
                      "This Statement explains how the Company processes the personal data of its employees and job applicants."])
    assert _titles(text) == ("員工及求職者個人資料保護聲明", "Personal Data Protection Statement for Employees and Job Applicants")


def test_an_ordinances_page_header_and_its_name_again_at_the_head_of_the_text(tmp_path):
    """The first page's header ("name      第713章") over the cover's chapter and name: the name is
    the title; set out again under the next page's header, the chapter and name head nothing."""
    zh = ["藍晶灣海岸保護區條例                                            第713章", "", "第713章", "藍晶灣海岸保護區條例", "",
          "本文本為截至2024年4月1日的版本。", "", "", "第713章", "藍晶灣海岸保護區條例", "", "詳題", "",
          "本條例旨在就藍晶灣海岸保護區的指定、管制及管理訂定條文；以及就相關事宜訂定條文。", "",
          "第1部", "導言", "", "1. 簡稱", "本條例可引稱為《藍晶灣海岸保護區條例》。"]
    en = ["Sapphire Cove Marine Reserve Ordinance                                Cap. 713", "", "Cap. 713",
          "Sapphire Cove Marine Reserve Ordinance", "", "This version is the version as at 1 April 2024.", "", "",
          "Cap. 713", "Sapphire Cove Marine Reserve Ordinance", "", "Long Title", "",
          "An Ordinance to provide for the designation, control and management of the Sapphire Cove Marine Reserve; and to "
          "provide for related matters.", "", "Part 1", "Preliminary", "", "1. Short title",
          "This Ordinance may be cited as the Sapphire Cove Marine Reserve Ordinance."]
    src = _two_files(tmp_path, zh, en)
    assert (src.meta.title_zh, src.meta.title_en) == ("藍晶灣海岸保護區條例", "Sapphire Cove Marine Reserve Ordinance")
    again = {(b.lang, b.text) for b in src.blocks if (b.lang, b.line) in set(src.subtitles)}
    assert {("zh", "第713章"), ("zh", "藍晶灣海岸保護區條例"), ("en", "Cap. 713"), ("en", "Sapphire Cove Marine Reserve Ordinance")} <= again


def test_the_title_in_capitals_on_the_cover_is_shown_as_the_text_sets_it_again():
    """A cover in capitals, the title again over the text in title case: the English title as the
    text has it, and that line heads nothing; further on, a section with the title's name heads its text."""
    text = "\n".join(["海澄自由港基本章程", "", "目錄", "", "第一章　總則 …… 1", "第二章　財務摘要 …… 2", "", "海澄自由港基本章程", "",
                      "第一章　總則", "", "本章程規定自由港的管理。", "", "第二章　財務摘要", "",
                      "自由港每年公布財務摘要。", "", "", "BASIC CHARTER OF THE FREE PORT OF HAICHENG", "",
                      "Contents", "", "Chapter 1 General Provisions …… 1", "Chapter 2 Financial Summary …… 2", "",
                      "Basic Charter of the Free Port of Haicheng", "", "Chapter 1 General Provisions", "",
                      "This Charter governs the administration of the Free Port.", "", "Chapter 2 Financial Summary", "",
                      "The Free Port publishes a financial summary every year."])
    assert _titles(text) == ("海澄自由港基本章程", "Basic Charter of the Free Port of Haicheng")


def test_a_bilingual_cover_with_blank_lines_between_its_titles_over_the_chinese_half():
    """A cover in both languages at the top, a blank line between the titles, over the Chinese half;
    the English half opens with no title of its own."""
    zh_body = ["第一章　总　则", "", "第一条　本协议由许可方与被许可方订立。", "", "第二章　许可", "", "第二条　许可方授予被许可方非独占的使用许可。"]
    en_body = ["Chapter 1 General Provisions", "", "Article 1 This Agreement is made between the Licensor and the Licensee.", "",
               "Chapter 2 Licence", "", "Article 2 The Licensor grants the Licensee a non-exclusive licence."]
    text = "\n".join(["", "        青岚测绘工作站软件最终用户许可协议", "", "  QINGLAN SURVEY WORKSTATION SOFTWARE END USER LICENCE AGREEMENT", "",
                      "        （中英文对照本）", "  (Chinese-English Bilingual Edition)", "", "        青岚智图软件有限公司", ""]
                     + zh_body + ["", "", "ENGLISH TRANSLATION", ""] + en_body)
    assert _titles(text) == ("青岚测绘工作站软件最终用户许可协议", "QINGLAN SURVEY WORKSTATION SOFTWARE END USER LICENCE AGREEMENT")


def test_a_librarys_name_over_its_guide_and_a_banner_saying_whom_it_is_for():
    """A university library's name in capitals over the guide's title; a banner under it saying it is
    an internal document for the staff heads nothing."""
    text = "\n".join(["東濤大學圖書館", "TUNG TO UNIVERSITY LIBRARY", "", "LendPoint 自助借還系統管理員指南",
                      "LENDPOINT SELF-SERVICE LENDING SYSTEM ADMINISTRATOR GUIDE", "", "內部文件　只供圖書館職員使用",
                      "INTERNAL DOCUMENT - FOR LIBRARY STAFF ONLY", "", "一、簡介", "1. INTRODUCTION", "",
                      "本指南說明自助借還系統的日常操作。", "This guide covers the day-to-day operation of the system.", "",
                      "二、系統組件", "2. SYSTEM COMPONENTS", "", "系統由十二部自助借還機組成。", "The system comprises twelve kiosks."])
    assert _titles(text) == ("LendPoint 自助借還系統管理員指南", "LENDPOINT SELF-SERVICE LENDING SYSTEM ADMINISTRATOR GUIDE")
    from bitext.headings import never_heading

    assert never_heading("內部文件　只供圖書館職員使用") and never_heading("INTERNAL DOCUMENT - FOR LIBRARY STAFF ONLY")
    assert not never_heading("Internal Documents Management")


def test_the_title_in_a_third_language_under_the_english_is_not_more_of_it():
    """Macao writes its notices in Portuguese too: the Portuguese title under the English one
    is another language's, not the English title wrapped."""
    text = ["濠江藝術協會", "Hojiang Arts Association", "活動報名須知", "REGISTRATION NOTICE FOR COMMUNITY ART WORKSHOPS",
            "AVISO DE INSCRIÇÃO NAS OFICINAS DE ARTE", "（適用於「2024社區藝術週」工作坊）", "(Applicable to the workshops of the 2024 Community Arts Week)",
            "一、報名方式", "Section 1 How to Register", "請於截止日期前填妥報名表，並交回本會辦事處。",
            "Please complete the registration form and return it to our office before the deadline.",
            "二、費用", "Section 2 Fees", "所有工作坊均免費參加，材料由本會提供。", "All workshops are free of charge, and the Association provides the materials."]
    assert _titles("\n".join(text)) == ("活動報名須知", "REGISTRATION NOTICE FOR COMMUNITY ART WORKSHOPS")


def test_a_line_in_title_case_under_a_title_in_capitals_is_not_more_of_it(tmp_path):
    """"STUDY ON COMMUNITY GARDENS IN THE CITY" over "Final Report": the second line says what
    kind of document it is, in another case."""
    zh = ["城北大學社區研究中心", "", "", "城市社區花園研究", "最終報告", "", "委託機構：綠意社區協會", "二〇二四年六月", "", "",
          "第一節　引言", "1.1\t本研究探討社區花園對鄰里關係的影響。", "第二節　方法", "2.1\t本研究以問卷調查為主。"]
    en = ["Centre for Community Studies, Chengbei University", "", "", "STUDY ON COMMUNITY GARDENS IN THE CITY", "Final Report", "",
          "Commissioned by: Green Neighbours Association", "June 2024", "", "",
          "SECTION 1 INTRODUCTION", "1.1\tThis study examines how community gardens shape ties between neighbours.",
          "SECTION 2 METHODS", "2.1\tThe study relies mainly on a questionnaire survey."]
    assert _two_files(tmp_path, zh, en).meta.title_en == "STUDY ON COMMUNITY GARDENS IN THE CITY"


def test_an_offices_name_with_its_place_over_the_sites_menu_is_no_title():
    """A web page copied line by line in both languages, no blank lines: the office's name (in
    English with its place after a comma) over the menu and the breadcrumb is the site's; the
    page's title is under the breadcrumb."""
    text = ["白沙街道办事处", "Baisha Subdistrict Office, Nanhe", "首页 | 政务公开 | 办事服务 | 互动交流 | English",
            "Home | Public Information | Services | Get Involved | 中文", "当前位置：首页 > 政务公开 > 计划总结",
            "You are here: Home > Public Information > Plans and Reports", "白沙街道2024年工作总结", "Baisha Subdistrict: 2024 Work Summary",
            "发布时间：2025-01-20 10:00　来源：白沙街道办事处", "Published: 2025-01-20 10:00　Source: Baisha Subdistrict Office",
            "2024年，白沙街道聚焦民生保障，较好完成了全年各项目标任务。", "In 2024 Baisha Subdistrict focused on public services and met its targets for the year.",
            "一、民生保障", "1. Public Services", "全年新增就业岗位1200个。", "The subdistrict added 1,200 jobs during the year.",
            "二、城市管理", "2. Urban Management", "完成老旧小区改造12个。", "Twelve older estates were renovated."]
    assert _titles("\n".join(text)) == ("白沙街道2024年工作总结", "Baisha Subdistrict: 2024 Work Summary")


def test_the_council_session_a_report_is_made_to_is_no_title():
    """A department's report to the council opens with the session it is made to, set apart over
    the department's name and its report: the session is the occasion, the report is the title."""
    text = ["澄江市議會第4屆第2次定期大會", "", "澄江市政府交通局", "113年度工作報告", "", "報告人：局長　林志明", "中華民國114年3月", "", "",
            "The 2nd Regular Session of the 4th Chengjiang City Council", "", "Chengjiang City Transportation Department",
            "Work Report for 2024", "", "Presented by Lin Chih-ming, Director-General", "March 2025", "", "",
            "壹、前言", "I. Introduction", "", "本局過去一年推動公共運輸發展，成果如下。", "", "Over the past year the Department developed public transport, as follows.", "",
            "貳、重要施政成果", "II. Major Achievements", "", "本年度新闢公車路線八條。", "", "Eight new bus routes were opened this year.", ""]
    assert _titles("\n".join(text)) == ("澄江市政府交通局113年度工作報告", "Chengjiang City Transportation Department Work Report for 2024")


def test_a_covers_motto_over_its_date_heads_nothing():
    """The cover: the title, a motto set apart under it, the date; then the text. The motto is
    the cover's, not a section's heading."""
    from bitext.pipeline import process

    zh = ["", "                青溪社区基金会", "                 2024年度报告", "", "", "          让每一个社区老人都有人陪伴、有饭吃", "", "",
          "                  二〇二五年三月", "", "                   目  录", "", "理事长致辞 ........................ 1",
          "第一章 基金会概况 .................. 2", "\f", "理事长致辞", "", "过去一年，基金会的志愿者走访了两千户老人家庭。", "",
          "第一章 基金会概况", "", "基金会成立于2015年，致力于社区养老服务。", "", "\f"]
    en = ["", "           Qingxi Community Foundation", "               Annual Report 2024", "", "",
          "        Company and a hot meal for every older person in the community", "", "", "                  March 2025", "",
          "                   Contents", "", "Message from the Chair ........................ 1",
          "Chapter 1 About the Foundation .................. 2", "\f", "Message from the Chair", "",
          "Over the past year, our volunteers visited two thousand older people at home.", "",
          "Chapter 1 About the Foundation", "", "The Foundation was set up in 2015 to serve older people in the community.", ""]
    b = process(read_text("\n".join(zh + en), "report.txt"))
    heads = [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh]
    assert ("理事长致辞", "Message from the Chair") in heads and not any("陪伴" in (z or "") for z, _ in heads), heads



def test_a_title_naming_its_kind_over_the_date_is_no_motto():
    """A policy's or a licence's name over its date is a title or a heading, never a motto set
    aside; so is its name with a note in brackets."""
    from bitext.model import Block
    from bitext.read import _cover_motto

    def first_over_date(text: str, date: str, lang: str) -> bool:
        return _cover_motto([Block(text, lang, 5), Block(date, lang, 8)], 0)

    assert first_over_date("让每一个社区老人都有人陪伴", "二〇二五年三月", "zh")
    assert first_over_date("Company for every older person", "March 2025", "en")
    assert not first_over_date("青柠优选隐私政策", "2024年3月18日", "zh")
    assert not first_over_date("桌上型字型授權合約（單機版）", "2023年9月1日", "zh")
    assert not first_over_date("Desktop Font Licence Agreement (Single Workstation)", "1 September 2023", "en")


def test_a_title_over_its_edition_in_brackets_and_its_particulars(tmp_path):
    """A product's name over the kind of document, then the edition in brackets and the version
    and date with no blank line between: the title is the first two lines."""
    zh = ["青石字型軟體", "終端使用者授權合約", "（桌面版）", "版本：2.0", "最後修訂日期：2024年1月5日", "",
          "第一部分　一般條款", "一、定義", "本合約用詞定義如下。", "二、授權", "青石授予您非專屬之使用權。"]
    en = ["QINGSHI FONT SOFTWARE", "END USER LICENSE AGREEMENT", "(Desktop Edition)", "Version 2.0", "Last revised: January 5, 2024", "",
          "PART 1  GENERAL TERMS", "I. DEFINITIONS", "In this Agreement the following terms apply.", "II. GRANT",
          "Qingshi grants you a non-exclusive licence."]
    src = _two_files(tmp_path, zh, en)
    assert (src.meta.title_zh, src.meta.title_en) == ("青石字型軟體終端使用者授權合約", "QINGSHI FONT SOFTWARE END USER LICENSE AGREEMENT")


def test_a_gazettes_issuer_over_the_chinese_half_gives_way_to_the_law_the_english_names():
    """A gazette's cover (the standing committee's name, the issue, the contents) and its
    announcement over the Chinese law; the English half opens with the law's title: the Chinese
    title is the law's, the line that translates the English one."""
    zh = ["                        澄湾市人民代表大会常务委员会", "", "                                  公　　报", "",
          "                                2023年第4号", "                               （总第96号）", "", "",
          "                   澄湾市人民代表大会常务委员会办公厅　编", "                           二〇二三年十二月二十日", "",
          "                                  目　　录", "",
          "澄湾市人民代表大会常务委员会公告（第八号）………………（1）", "澄湾市养犬管理条例…………………………………（2）",
          "Regulations of Chengwan Municipality on the Administration of", "　Dog Keeping ……………………………………………（5）", "", "",
          "主办：澄湾市人民代表大会常务委员会办公厅", "地址：澄湾市临江路88号　　邮编：358000", "内部资料　免费交流",
          "澄湾市人民代表大会常务委员会公报                          2023年第4号", "",
          "                      澄湾市人民代表大会常务委员会公告", "                                （第八号）", "",
          "　　《澄湾市养犬管理条例》已由市人民代表大会常务委员会通过，现予公布，自2024年1月1日起施行。", "",
          "                          澄湾市养犬管理条例", "", "第一章　总则", "", "第一条　为了规范养犬行为，制定本条例。", "",
          "第二章　登记", "", "第二条　养犬人应当为犬只办理登记。", ""]
    en = ["Regulations of Chengwan Municipality on the Administration of Dog Keeping", "", "Chapter I General Provisions", "",
          "Article 1 These Regulations are formulated to regulate the keeping of dogs.", "", "Chapter II Registration", "",
          "Article 2 Dog owners shall register their dogs.", ""]
    assert _titles("\n".join(zh + en)) == ("澄湾市养犬管理条例", "Regulations of Chengwan Municipality on the Administration of Dog Keeping")
