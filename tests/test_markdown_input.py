"""Markdown input: block borders, bilingual headings, safe rendering."""
import pytest

from bitext.markdown_input import front_matter, render_html, scan, split_bilingual
from bitext.pipeline import process
from bitext.read import read_text


def kinds(text):
    return [(b.kind, b.text) for b in scan(text)]


def test_headings_atx_and_setext_and_code_fences():
    text = "# 标题\n\n正文\n\nTitle\n=====\n\n```py\n# comment\n```\n\n    # indented code\n\n## Closed ##\n"
    assert kinds(text) == [("heading", "标题"), ("para", "正文"), ("heading", "Title"),
                           ("code", "```py\n# comment\n```"), ("code", "    # indented code"), ("heading", "Closed")]


def test_a_bilingual_heading_underlined_with_dashes_is_no_table():
    """"故障排查 | Troubleshooting" over a line of dashes is a setext heading: a table's
    delimiter row has a bar for each bar of its header; with one, it is a table."""
    assert kinds("故障排查 | Troubleshooting\n------------------------------\n") == [("heading", "故障排查 | Troubleshooting")]
    assert kinds("故障排查 | Troubleshooting\n--- | ---\n问题 | Problem\n")[0][0] == "table"


def test_lists_quotes_tables_split_by_language():
    text = "- 甲\n- 乙\n\n- one\n- two\n\n> 引用\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
    got = kinds(text)
    assert [k for k, _ in got] == ["list", "list", "quote", "table"]
    assert got[0][1] == "- 甲\n- 乙" and got[1][1] == "- one\n- two"


def test_a_table_whose_delimiter_has_one_dash_a_cell_is_one_table():
    """'|:-:|------|' is a delimiter row as the renderer takes it: the table stays whole,
    its rows in both languages not cut into paragraphs (whose bars would show as text)."""
    text = "|  | 中文 | English |\n|:-:|---|---|\n| ✅ | 可以复制 | Copy |\n| ⚠️ | 必须署名 | Attribution |\n"
    assert kinds(text) == [("table", text.rstrip("\n"))]
    assert kinds("a | b\n-|-\n1 | 2")[0] == ("table", "a | b\n-|-\n1 | 2")
    # A line of one dash alone under a bilingual line is no delimiter of a table.
    assert kinds("数据 | Data\n-\n")[0][0] != "table"


def test_a_boxs_title_in_bold_at_the_head_of_a_quotation_is_a_line_of_its_own():
    # Also where the box goes on in the other language inside the same quotation.
    text = "> **专栏1　再贷款**\n>\n> 为引导金融机构加大信贷支持。\n>\n> **Box 1 Relending Facility**\n>\n> To guide financial institutions.\n"
    assert kinds(text) == [("para", "**专栏1　再贷款**"), ("quote", "> 为引导金融机构加大信贷支持。"),
                           ("para", "**Box 1 Relending Facility**"), ("quote", "> To guide financial institutions.")]
    # Bold words inside a quotation's text stay in it.
    assert kinds("> 我们认为 **数据** 很重要。\n> 第二行。") == [("quote", "> 我们认为 **数据** 很重要。\n> 第二行。")]


def test_a_paragraph_that_changes_language_is_two():
    assert kinds("中文一行。\nAn English line.") == [("para", "中文一行。"), ("para", "An English line.")]


@pytest.mark.parametrize("heading,expected", [
    ("数据收集 | Data Collection", ("数据收集", "Data Collection")),
    ("一、项目简介 / Overview", ("一、项目简介", "Overview")),
    ("Overview / 概述", ("概述", "Overview")),
    ("附录 · Appendix", ("附录", "Appendix")),
    ("概述（Overview）", ("概述", "Overview")),
    ("第二章 数据安全 Data Security", ("第二章 数据安全", "Data Security")),
    ("1. Definitions 定义", ("定义", "1. Definitions")),
    ("3.1 筛查 3.1 Screening", ("3.1 筛查", "3.1 Screening")),  # each language with its section's number
    ("APEC会议", None),
    ("使用 Docker 部署", None),
    ("API 参考 API Reference", ("API 参考", "API Reference")),
    ("用 SDK 登录 Signing In", ("用 SDK 登录", "Signing In")),
    ("配置 Kubernetes Ingress", ("配置", "Kubernetes Ingress")),  # so bare splitting is gated per document
    # The Chinese may borrow a longer Latin word when more English follows it.
    ("支持 Windows 吗？ Does it work on Windows?", ("支持 Windows 吗？", "Does it work on Windows?")),
    ("在 Linux 上运行 Running on Linux", ("在 Linux 上运行", "Running on Linux")),
    ("在 Windows 上安装 Node", None),
    ("Input/Output", None),
    ("3D Printers 三维打印机", ("三维打印机", "3D Printers")),
    # Initials before Chinese words name a thing in a Chinese heading; after them, they are its English.
    ("7.2 TLS 配置", None), ("API 参考", None), ("常见问题 FAQ", ("常见问题", "FAQ")),
    # A table's row in bars, a unit after a number, a slash between two letters: one language.
    ("F6×250｜15000｜8000｜报废", None),
    ("型号 | Model | 转速", None),
    ("降速至16000 r/min", None),
    ("最高转速 r/min", None),
    ("最高转速（r/min）", None),
    ("登录成功，凭证已保存到 /home/liwei/.qmsync/credentials", None),  # a path's first slash divides nothing
    ("概述/Overview", ("概述", "Overview")),
    # A command both sides name is no English in the Chinese side.
    ("推送：skiff push / Push: skiff push", ("推送：skiff push", "Push: skiff push")),
    ("状态：skiff status | Status: skiff status", ("状态：skiff status", "Status: skiff status")),
    # An address's slashes: "原文链接：https://…" is one line of Chinese with an address in it.
    ("本文由文库转载，原文链接：https://library.example/reports/2026-07", None),
    # A tag written in the text: its slash is no separator.
    ("一、第一部分<script>alert(1)</script>", None),
    # A line break written between the two languages is one, whole ('<br/>', not its slash).
    ("第一行<br/>Second line", ("第一行", "Second line")),
])
def test_bilingual_headings(heading, expected):
    assert split_bilingual(heading) == expected


def test_front_matter():
    fm = front_matter("---\ntitle: 标题\ndate: 2024-01-02\n---\n正文")
    assert fm.data["title"] == "标题" and fm.lines == 4
    assert front_matter("---\n\n正文没有结束标记") is None
    assert front_matter("正文\n---\n") is None


def test_rendering_keeps_markup_and_refuses_live_html():
    html = render_html("**粗体** [链接](https://example.org) `code` <b onclick=x>raw</b>")
    assert "<strong>粗体</strong>" in html and '<a href="https://example.org"' in html and "<code>code</code>" in html
    assert "<b onclick" not in html and "&lt;b onclick=x&gt;raw&lt;/b&gt;" in html


@pytest.mark.parametrize("link", ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "&#106;avascript:alert(1)",
                                  " javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "vbscript:x"])
def test_unsafe_link_targets_are_dropped(link):
    html = render_html(f"[x]({link}) ![y]({link})")
    assert "javascript" not in html.lower() and "data:" not in html and "vbscript" not in html


def test_images_from_elsewhere_become_links():
    html = render_html("![图](https://cdn.example.org/a.png) ![local](img/a.png)")
    assert '<img alt="local" src="img/a.png"' in html
    assert "<img alt=\"图\"" not in html and 'href="https://cdn.example.org/a.png"' in html


def test_heading_attribute_lists_are_not_heading_text():
    assert kinds("## 安装 {#install}\n\n## Setup {: .x }\n") == [("heading", "安装"), ("heading", "Setup")]


def test_bold_and_numbered_lines_are_headings_in_markdown():
    from bitext.model import Block
    from bitext.segment import outline

    blocks = [Block("**第一章 总则**", "zh", 1, markdown=True), Block("本办法适用于全市。", "zh", 3, markdown=True),
              Block("第二章 管理", "zh", 5, markdown=True), Block("由市政府负责。", "zh", 7, markdown=True),
              Block("**注意**这不是标题。", "zh", 9, markdown=True), Block("结束。", "zh", 11, markdown=True)]
    heads = [p.heading for p in outline(blocks, "zh").parts if p.heading]
    assert [(h.text, h.raw) for h in heads] == [("第一章 总则", "**第一章 总则**"), ("第二章 管理", "第二章 管理")]


def test_emphasis_and_code_markers_are_not_heading_text():
    assert kinds("## **安装** | `Install` *now*\n") == [("heading", "安装 | Install now")]
    assert kinds("## 2 * 3 * 4\n") == [("heading", "2 * 3 * 4")]


def test_escaped_characters_are_plain_heading_text():
    # A backslash before punctuation is not part of the heading, and what it
    # escapes is no marker: '\*x\*' is '*x*', not emphasis around 'x'.
    assert kinds("## 一、概况 1\\. Overview \\*x\\*\n") == [("heading", "一、概况 1. Overview *x*")]
    assert kinds("## \\# 号 \\_a\\_ \\\\ b\n") == [("heading", "# 号 _a_ \\ b")]
    # Inside code a backslash is a backslash.
    assert kinds("## 路径 `C:\\*`\n") == [("heading", "路径 C:\\*")]


def test_asterisk_runs_and_emphasis_alone_do_not_make_markdown():
    from bitext.markdown_input import looks_like_markdown

    redacted = "深学笃行***外交思想,以***新时代中国特色社会主义思想为指导。\nWe studied ***'s thought.\n" * 200
    assert looks_like_markdown(redacted)[0] < 0.5
    emphasis = "这是**重点**内容。\nThis is **important** text.\n" * 200
    assert looks_like_markdown(emphasis)[0] < 0.5
    assert looks_like_markdown("# 标题\n\n正文。\n\n## Title\n\nText.\n")[0] >= 0.5


def test_shell_comments_under_commands_in_plain_text_do_not_make_markdown():
    """A plain guide's unfenced commands, a comment under each ("cmake --build build" over
    "# 将 build/port_check.bin 烧录到目标板"), are no headings in both languages."""
    from bitext.markdown_input import looks_like_markdown

    zh = "第六章 测试\n\n在工程根目录执行：\ncmake -B build -DEL_PORT=myboard\ncmake --build build --target port_check\n" \
         "# 将 build/port_check.bin 烧录到目标板后，通过串口查看输出\n测试结束后查看结果。\n\n"
    en = "Chapter 6 Testing\n\nRun in the project root:\ncmake -B build -DEL_PORT=myboard\ncmake --build build --target port_check\n" \
         "# flash build/port_check.bin to the target board and watch the UART output\nCheck the results when the test ends.\n"
    assert looks_like_markdown(zh + en)[0] < 0.5
    # A heading right under a paragraph's line is still Markdown's.
    assert looks_like_markdown("正文。\n# 标题\n\n正文。\n\nText.\n## Title\n\nText.\n")[0] >= 0.5


def test_each_language_keeps_its_own_number_on_a_bilingual_line():
    from bitext.markdown_input import split_bilingual

    assert split_bilingual("1. 扫描书上的二维码 1. Scan the QR code") == ("1. 扫描书上的二维码", "1. Scan the QR code")
    assert split_bilingual("1. Scan the QR code 1. 扫描二维码") == ("1. 扫描二维码", "1. Scan the QR code")
    assert split_bilingual("（一）目的 (a) Purpose") == ("（一）目的", "(a) Purpose")
    assert split_bilingual("第一条 安静时间 Article 1 Quiet Hours") == ("第一条 安静时间", "Article 1 Quiet Hours")


def test_headings_per_language_taking_turns_keep_their_latin_names():
    """Paragraphs take turns in both languages here, but every Chinese heading
    has an English one of its own, so '## 配置 Kubernetes Ingress' is Chinese."""
    from bitext.pipeline import process
    from bitext.read import read_text
    text = """# 部署指南

## 安装 Helm 工具

先在本机安装命令行工具。

## Installing the Helm tool

First install the command-line tool on your machine.

## 配置 Kubernetes Ingress

在集群中启用入口控制器。

## Configuring Kubernetes Ingress

Enable the ingress controller in the cluster.

## 监控 Grafana Dashboards

打开浏览器查看监控面板。

## Using the Grafana dashboards

Open a browser to see the monitoring dashboards.

## 备份 PostgreSQL

每天凌晨自动备份一次。

## Backing up the PostgreSQL database

A backup runs automatically every night.
"""
    heads = [s.heading_zh for s in process(read_text(text, "guide.md")).sections]
    assert not {"配置", "监控", "备份"} & set(heads)


def test_hash_lines_ending_like_sentences_do_not_make_plain_text_markdown():
    """A plain-text report whose lines happen to start with '#' keeps them as text."""
    from bitext.markdown_input import looks_like_markdown
    from bitext.read import read_text

    plain = "一、总则\n1. General\n我们开会。\n# We met twice.\n会议结束。\n# The meeting ended.\n"
    assert looks_like_markdown(plain)[0] < 0.6
    # Lines of several sentences, and headings in one language only, are not an outline.
    assert looks_like_markdown("一、总则\n# It rained. Why?\n说明。\n# We left. Who stayed?\n")[0] < 0.6
    assert looks_like_markdown("# Scope\n范围说明。\n# Terms\n条款说明。\n")[0] < 0.6
    assert looks_like_markdown("## 数据 | Data\n\n正文。\n\n## 方法 | Methods\n\nText.\n")[0] >= 0.6
    assert looks_like_markdown("# 总则\n\n正文。\n\n# General\n\nText.\n")[0] >= 0.6
    src = read_text(plain, "notes.txt")
    assert src.layout != "markdown"
    assert "# We met twice." in "\n".join(b.text for b in src.blocks)


def test_a_bold_bilingual_end_marker_heads_nothing():
    from bitext.pipeline import process
    from bitext.read import read_text

    md = "\n\n".join(["# 示例许可证 / Example Licence", "## 1. 定义 / 1. Definitions", "本许可证中的词语含义如下。",
                      "The words in this Licence mean the following.", "## 2. 授权 / 2. Grant", "许可方授予您使用权。",
                      "The Licensor grants you the right to use.", "**条款结束 / END OF TERMS AND CONDITIONS**",
                      "## 附录 / Appendix", "如何应用本许可证。", "How to apply this Licence."])
    b = process(read_text(md, "licence.md"))
    heads = [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh]
    assert ("条款结束", "END OF TERMS AND CONDITIONS") not in heads
    assert ("附录", "Appendix") in heads
    assert any("条款结束" in "".join(r.zh + r.en) for s in b.sections for r in s.rows)  # kept as text


def test_versions_head_sections_in_both_languages_of_a_bilingual_changelog():
    """Among headings that carry both languages, a version with its date is said alike
    in both ("## v2.3.0 (2025-03-14)"), or in each across a mark: it heads a section in each."""
    from bitext.pipeline import process
    from bitext.read import read_text

    text = "\n\n".join([
        "# 更新日志 / Changelog", "## v2.3.0 (2025-03-14)", "### 新功能 / Features",
        "- 新增 `--open` 参数。\n  Added the `--open` flag.", "## 2.2.0（2025-01-20）/ Version 2.2.0 (20 January 2025)",
        "### 修复 / Fixes", "- 修复了搜索结果排序错误。\n  Fixed the order of search results."])
    b = process(read_text(text, "CHANGELOG.md"))
    got = [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh and s.heading_en]
    assert got == [("v2.3.0 (2025-03-14)", "v2.3.0 (2025-03-14)"), ("新功能", "Features"),
                   ("2.2.0（2025-01-20）", "Version 2.2.0 (20 January 2025)"), ("修复", "Fixes")]


def test_a_bold_lead_into_a_list_heads_nothing():
    """'**本政策将帮助您了解以下内容 / This Policy covers the following:**' over a list of the
    sections: it leads into the list, as a contents label does; a bold line in both
    languages with no colon heads its section."""
    from bitext.pipeline import process
    from bitext.read import read_text

    text = "\n\n".join([
        "# 隐私政策 / Privacy Policy", "**本政策将帮助您了解以下内容 / This Policy covers the following:**",
        "1. [我们如何收集信息 / How We Collect Information](#s1)\n2. [您的权利 / Your Rights](#s2)",
        "## 一、我们如何收集信息 / 1. How We Collect Information", "我们仅收集必要的信息。", "We collect only what we need.",
        "**适用范围 / Scope**", "本政策适用于本应用。", "This Policy applies to the app.",
        "## 二、您的权利 / 2. Your Rights", "您可以查阅您的信息。", "You may access your information."])
    b = process(read_text(text, "privacy.md"))
    got = [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh and s.heading_en]
    assert ("本政策将帮助您了解以下内容", "This Policy covers the following") not in got
    assert ("适用范围", "Scope") in got and ("二、您的权利", "2. Your Rights") in got


def test_a_version_heading_is_in_the_language_around_it():
    """A Markdown file in one language after the other: "### v0.9.0（2024-04-02）" in the
    Chinese half is Chinese, as "### v0.9.0 (2024-04-02)" in the English half is English."""
    from bitext.pipeline import process
    from bitext.read import read_text

    text = "\n\n".join([
        "# 潮汐工具指南", "## 安装", "下载安装包并解压即可使用。", "## 更新记录", "### v0.9.0（2024-04-02）", "新增了导出功能。",
        "### v0.8.2（2024-01-15）", "修复了启动时崩溃的问题。",
        "# Tidemark Guide", "## Installation", "Download the package and unpack it.", "## Release history",
        "### v0.9.0 (2024-04-02)", "Added an export command.", "### v0.8.2 (2024-01-15)", "Fixed a crash at start-up."])
    b = process(read_text(text, "guide.md"))
    got = [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh and s.heading_en]
    assert ("v0.9.0（2024-04-02）", "v0.9.0 (2024-04-02)") in got and ("v0.8.2（2024-01-15）", "v0.8.2 (2024-01-15)") in got


def test_a_readmes_centred_html_title_is_its_title():
    """'<h1 align="center">…</h1>' under a logo is the README's title; an HTML heading with
    any other attribute (an event handler) stays a line of text, shown as written."""
    from bitext.pipeline import process
    from bitext.read import read_text

    text = "\n\n".join(['<p align="center"><img src="logo.png" alt="logo"></p>',
                        '<h1 align="center">Kelpie 任务队列 / Kelpie Task Queue</h1>', "## 简介 / Introduction",
                        "Kelpie 是一个轻量级的任务队列库。", "Kelpie is a lightweight task queue library.",
                        "## 安装 / Installation", "使用 pip 安装。", "Install it with pip."])
    b = process(read_text(text, "README.md"))
    assert (b.meta.title_zh, b.meta.title_en) == ("Kelpie 任务队列", "Kelpie Task Queue")
    assert [b.kind for b in scan('<h2 onclick="alert(1)">Hi</h2>')] == ["html"]


def test_a_tables_caption_in_bold_heads_nothing():
    """'**表1　…**' over a table is its caption, in Markdown as in plain text; a bold line
    that names a part ('**主要成果**') still heads it."""
    from bitext.pipeline import process
    from bitext.read import read_text

    text = "\n\n".join([
        "# 东湖研究院年报 / Donghu Institute Annual Report", "## 一、成果转化 / I. Technology Transfer",
        "研究院全年签订技术合同287项。", "The Institute signed 287 technology contracts in the year.",
        "**表1　2019—2023年技术合同情况**", "**Table 1  Technology Contracts, 2019–2023**",
        "| 年份 Year | 合同数 Contracts |\n| --- | --- |\n| 2023 | 287 |",
        "## 二、人才队伍 / II. Our People", "研究院现有职工412人。", "The Institute has 412 staff."])
    b = process(read_text(text, "report.md"))
    heads = [h for s in b.sections for h in (s.heading_zh, s.heading_en) if h]
    assert not any(h.startswith(("表1", "Table 1")) for h in heads)
    assert "二、人才队伍" in heads


def test_english_in_brackets_glosses_a_chinese_heading_the_english_part_has_on_its_own():
    """'## 第一部分 關於本報告（About this Report）' in the Chinese part, '## Part 1 About this Report'
    in the English one: one Chinese heading, not a heading in each language; without the
    English part's own heading, the brackets carry the English heading ('## 概述（Overview）')."""
    from bitext.pipeline import process
    from bitext.read import read_text

    text = "\n\n".join([
        "## 第一部分 關於本報告（About this Report）", "本報告涵蓋本集團的香港業務。",
        "## 第二部分 環境（Environmental）", "本集團的碳排放減少百分之五。",
        "## Part 1 About this Report", "This report covers the Group's Hong Kong business.",
        "## Part 2 Environmental", "The Group's carbon emissions fell by five per cent."])
    got = [(s.heading_zh, s.heading_en) for s in process(read_text(text, "esg.md")).sections if s.heading_zh]
    assert got == [("第一部分 關於本報告（About this Report）", "Part 1 About this Report"), ("第二部分 環境（Environmental）", "Part 2 Environmental")]
    assert split_bilingual("概述（Overview）") == ("概述", "Overview")


@pytest.mark.parametrize("source,shown", [
    # A footnote's text is a paragraph that starts with its mark, not a link's target it vanishes into.
    ("[^1]: 按区域电网平均排放因子估算，实际减排效果受电网调度影响。",
     '<p class="bt-fn-def"><sup class="bt-fn">1</sup> 按区域电网平均排放因子估算，实际减排效果受电网调度影响。</p>'),
    ("碳排放下降12%[^note]。", '<p>碳排放下降12%<sup class="bt-fn">note</sup>。</p>'),
    # A fenced block indented under a list item is code with its language, its fences not shown.
    ("    ```bash\n    pip install brisk\n    ```", '<pre><code class="language-bash">pip install brisk\n</code></pre>'),
    # A call-out box's title line.
    ('!!! note "版本要求 / Version requirement"',
     '<div class="admonition note">\n<p class="admonition-title">版本要求 / Version requirement</p>\n</div>'),
    ("???+ tip", '<div class="admonition tip">\n<p class="admonition-title">Tip</p>\n</div>'),
])
def test_footnotes_indented_fences_and_call_out_titles_render(source, shown):
    assert render_html(source) == shown


def test_a_call_out_boxs_text_is_read_as_blocks_not_code():
    blocks = scan('!!! note "提示 / Note"\n    本页适用于 3.2 版。\n\n    This page applies to 3.2.\n\n'
                  '    ```bash\n    ls\n    ```\n\nAfter.')
    assert [(b.kind, b.text, b.line) for b in blocks] == [
        ("para", '!!! note "提示 / Note"', 1), ("para", "本页适用于 3.2 版。", 2), ("para", "This page applies to 3.2.", 4),
        ("code", "```bash\nls\n```", 6), ("para", "After.", 10)]


def test_reference_links_use_the_documents_definitions_in_each_language():
    """'[迁移指南][guide]' in one block, its target defined at the end of its language's
    part: the link resolves in every block, each language's definitions first; the
    definitions show on no row and are said as taken out."""
    from bitext import render
    from bitext.pipeline import process
    from bitext.read import read_text

    text = "\n\n".join([
        "# 更新说明 / Release Notes", "## 升级", "升级前请阅读[迁移指南][guide]。", "[guide]: https://example.org/zh/migrate",
        "## Upgrading", "Read the [migration guide][guide] and the [FAQ] before upgrading.",
        '[guide]: https://example.org/en/migrate "Migration"\n[FAQ]: https://example.org/faq'])
    b = process(read_text(text, "NOTES.md"))
    rows = [r for s in b.sections for r in s.rows]
    assert not any("]: https" in t for r in rows for t in r.zh + r.en)
    assert [r.reason for r in b.removed].count("link targets, used by the links that name them") == 2
    row = next(r for r in rows if r.zh and r.en)
    zh, en = (str(render.md_block(row.zh[0], b.meta.links, "zh")), str(render.md_block(row.en[0], b.meta.links, "en")))
    assert '<a href="https://example.org/zh/migrate" rel="noopener nofollow">迁移指南</a>' in zh
    assert '<a href="https://example.org/en/migrate" rel="noopener nofollow" title="Migration">migration guide</a>' in en
    assert '<a href="https://example.org/faq" rel="noopener nofollow">FAQ</a>' in en
    assert "[guide]" not in zh + en
    pages = render.site_pages([render.report_view(b, "notes", None, None)])
    assert 'href="https://example.org/en/migrate"' in pages["notes/full.md"]
    assert 'href="https://example.org/zh/migrate"' in pages["notes/full.md"]


def test_reference_links_and_call_out_titles_stay_safe():
    """A reference link's target is dropped when unsafe, as an inline link's is; a call-out's
    title and a footnote's mark are text."""
    html = render_html("[x][a] and [b]", {"a": ("javascript:alert(1)", ""), "b": ("data:text/html,hi", 't"><script>')})
    assert "javascript" not in html and "data:" not in html and "<script>" not in html
    html = render_html('!!! danger "<script>alert(1)</script>"') + render_html("[^<b>]: x")
    assert "<script>" not in html and "<b>" not in html and "&lt;script&gt;" in html


def test_a_line_break_between_the_two_languages_of_a_heading_splits_it():
    assert split_bilingual("貨幣與金融穩定報告（2024年6月）<br>Report on Monetary and Financial Stability (June 2024)") == (
        "貨幣與金融穩定報告（2024年6月）", "Report on Monetary and Financial Stability (June 2024)")
    assert split_bilingual("数据收集<br/>Data Collection") == ("数据收集", "Data Collection")


def test_a_long_heading_over_two_heading_lines_of_one_level_is_one_heading():
    from bitext.pipeline import process
    from bitext.read import read_text

    text = ("# 報告 | Report\n\n## 風險 | Risks\n\n#### 專題一　利率上升對住戶償債能力的影響\n\n正文說明利率的影響。\n\n"
            "#### Box 1  Impact of Higher Interest Rates on Household\n#### Debt-servicing Capacity\n\n"
            "The text says how rates weigh on households.\n\n### 客戶端\n### Client\n\n正文。\n\nThe text.\n")
    b = process(read_text(text, "report.md"))
    pairs = [(s.heading_zh, s.heading_en) for s in b.sections]
    assert ("專題一　利率上升對住戶償債能力的影響", "Box 1  Impact of Higher Interest Rates on Household Debt-servicing Capacity") in pairs
    assert ("客戶端", "Client") in pairs  # two short headings, one in each language, stay two


def test_a_heading_inside_an_html_comment_heads_nothing():
    """A README keeps a section for later inside an HTML comment: the comment is one block of
    text, shown as written, and its "## 九、路线图 / Roadmap" is no section."""
    from bitext.markdown_input import scan

    text = "## 八、许可证 / License\n\nMIT\n\n<!--\n## 九、路线图 / Roadmap\n（待补充 / TBD）\n-->\n\n<!-- one line -->\n\nEnd."
    blocks = scan(text)
    assert [(b.kind, b.line) for b in blocks] == [("heading", 1), ("para", 3), ("para", 5), ("para", 10), ("para", 12)]
    assert blocks[2].text == "<!--\n## 九、路线图 / Roadmap\n（待补充 / TBD）\n-->"
    pairs = [(s.heading_zh, s.heading_en) for s in process(read_text(text, "README.md")).sections if s.heading_zh]
    assert ("九、路线图", "Roadmap") not in pairs
    # On the page the comment reads as written, its heading line too; nothing in it is live.
    shown = render_html(blocks[2].text)
    assert "<h2" not in shown and "## 九、路线图 / Roadmap<br>" in shown and shown.startswith("<p>&lt;!--")
    assert render_html("<!-- <script>alert(1)</script> -->") == "<p>&lt;!-- &lt;script&gt;alert(1)&lt;/script&gt; --&gt;</p>"


@pytest.mark.parametrize("line", [
    "storePathRootDir        存储根目录，默认 ${HOME}/store",  # a path, not a heading in two languages
    "配置目录为 ~/.config/tool",
])
def test_a_slash_inside_a_path_splits_no_line(line):
    assert split_bilingual(line, True) is None


def test_a_name_in_lower_case_in_brackets_after_a_markdown_heading_is_no_english_heading():
    """'#### 4.3.1 文件输入（file）' in a guide with its headings per language names the
    plugin; the English guide's '#### 4.3.1 File Input (file)' is its counterpart."""
    zh = ["# 用户指南", "", "## 1. 简介", "", "本工具收集日志。", "", "## 2. 输入", "", "输入负责读取日志。", "",
          "### 2.1 文件输入（file）", "", "跟踪一个或多个文件。", "", "### 2.2 系统日志输入（syslog）", "", "接收系统日志。", ""]
    en = ["# User Guide", "", "## 1. Introduction", "", "This tool collects logs.", "", "## 2. Inputs", "",
          "Inputs read the logs.", "", "### 2.1 File Input (file)", "", "Follows one or more files.", "",
          "### 2.2 Syslog Input (syslog)", "", "Receives system logs.", ""]
    b = process(read_text("\n".join(zh + en), "guide.md"))
    pairs = [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh and s.heading_en]
    assert pairs == [("1. 简介", "1. Introduction"), ("2. 输入", "2. Inputs"), ("2.1 文件输入（file）", "2.1 File Input (file)"),
                     ("2.2 系统日志输入（syslog）", "2.2 Syslog Input (syslog)")]


def test_an_mdx_pages_imports_stand_before_its_title_and_a_term_the_chinese_goes_on_from_stays_chinese():
    """An MDX page imports a component before its bilingual H1: the H1 is still the title.
    '### SDK 与设备标识符' is one Chinese heading ("SDKs and device identifiers"), not
    'SDK' translating '与设备标识符'; '## License 许可证' carries both languages."""
    text = "\n".join([
        "---", "title: Cookie 政策", "---", "", "import CookieSettingsButton from '@site/src/components/CookieSettingsButton';", "",
        "# 云笺 Cookie 政策 / Cloudnote Cookie Policy", "", "本政策说明我们如何使用 Cookie。", "", "This policy explains how we use cookies.", "",
        "## 五、类似技术", "", "除 Cookie 外，我们还使用类似技术。", "", "### SDK 与设备标识符", "", "我们的应用集成了第三方 SDK。", "",
        "## V. Similar Technologies", "", "Besides cookies, we use similar technologies.", "",
        "### SDKs and Device Identifiers", "", "Our apps include third-party SDKs.", ""])
    b = process(read_text(text, "cookies.md"))
    assert (b.meta.title_zh, b.meta.title_en) == ("云笺 Cookie 政策", "Cloudnote Cookie Policy")
    pairs = [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh and s.heading_en]
    assert ("SDK 与设备标识符", "SDKs and Device Identifiers") in pairs and ("五、类似技术", "V. Similar Technologies") in pairs


def test_a_latin_word_the_chinese_text_uses_ends_a_chinese_heading():
    """"### （一）必要类 Cookie" is a Chinese heading: its Chinese text says "Cookie" too (a
    word it takes as it is). "## 概述 Overview", whose English word the Chinese never uses,
    carries both languages."""
    md = "\n".join([
        "# 青石云 Cookie 政策 | Qingshi Cloud Cookie Policy", "",
        "## 概述 Overview", "",
        "我们在网站上使用 Cookie 及类似技术。", "", "We use cookies and similar technologies on our website.", "",
        "## 一、Cookie 类型 / I. Types of Cookies", "",
        "### （一）必要类 Cookie", "", "必要类 Cookie 用于登录。", "",
        "### A. Necessary Cookies", "", "Necessary cookies keep you signed in.", "",
        "### （二）分析类 Cookie", "", "分析类 Cookie 用于统计访问量。", "",
        "### B. Analytics Cookies", "", "Analytics cookies count visits.", ""])
    b = process(read_text(md, "cookies.md"))
    pairs = [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh or s.heading_en]
    assert ("概述", "Overview") in pairs
    assert ("（一）必要类 Cookie", "A. Necessary Cookies") in pairs and ("（二）分析类 Cookie", "B. Analytics Cookies") in pairs


def test_comments_over_unfenced_code_do_not_make_plain_text_markdown():
    """A plain page that pastes code without fences: '# 计算请求签名 / compute the request signature'
    over 'def sign(…):' is a comment in the code, not a Markdown heading."""
    from bitext.markdown_input import looks_like_markdown
    from bitext.read import read_text

    code = ("一、概述\nI. Overview\n\n签名按以下步骤计算。\n\nThe signature is computed as follows.\n\n"
            "import hmac\n\n# 计算请求签名 / compute the request signature\ndef sign(secret, body):\n"
            "    return hmac.new(secret, body).digest()\n\n# 示例 / example\nprint(sign(\"s3cr3t\", \"GET\"))\n\n"
            "二、错误码\nII. Error Codes\n\n错误码见下表。\n\nThe error codes are listed below.\n")
    assert looks_like_markdown(code)[0] < 0.5
    src = read_text(code, "api.txt")
    assert src.layout != "markdown"
    # Nor does the comment become a heading in each language.
    assert not any(b.kind == "heading" and "示例" in b.text for b in src.blocks)
    assert "# 示例 / example" in [b.text for b in src.blocks]
    # The same lines as headings over text are Markdown.
    assert looks_like_markdown("# 计算请求签名 / Computing the Signature\n\n签名如下。\n\n# 示例 / Example\n\n见下。\n")[0] >= 0.5


def test_comments_over_shell_commands_and_settings_do_not_make_plain_text_markdown():
    from bitext.markdown_input import looks_like_markdown

    text = ("一、安装\n1. Installation\n\n# 在每台主机上执行 / run on each host\n$ sudo hg-setup join --role proxy\n\n"
            "# /etc/harborgate/hg.yaml\nproxy:\n  listen: 8000\n\n二、配置\n2. Configuration\n")
    assert looks_like_markdown(text)[0] < 0.5


def test_comments_over_commands_with_options_in_plain_text_are_no_markdown_headings():
    """A plain-text manual's shell comments over the commands they explain, in each language
    ("# 全量备份" over "smbackup backup --type full …"), are no '#' headings: the file stays plain text."""
    from bitext.markdown_input import looks_like_markdown

    text = ("4.2 全量备份与增量备份\n\n执行以下命令：\n\n# 全量备份\nsmbackup backup --type full --target s3://b/prod01\n"
            "# 增量备份\nsmbackup backup --type incr --target s3://b/prod01\n# 查看备份集\nsmbackup list --target s3://b/prod01\n\n"
            "4.2 Full and Incremental Backups\n\nRun the following commands:\n\n# Full backup\nsmbackup backup --type full --target s3://b/prod01\n"
            "# Incremental backup\nsmbackup backup --type incr --target s3://b/prod01\n# List backup sets\nsmbackup list --target s3://b/prod01\n")
    assert looks_like_markdown(text)[0] < 0.6
    assert looks_like_markdown("# 全量备份\n\n备份全部数据。\n\n# Full backup\n\nBack up all data.\n")[0] >= 0.6


def test_a_wiki_page_copied_as_text_with_its_codes_fences_is_no_markdown():
    """Fences alone (a wiki page copied as text keeps its code's ``` marks, its headings plain lines)
    do not make a file Markdown; with '#' headings or links they do."""
    from bitext.markdown_input import looks_like_markdown

    fence = "```\nkubectl get pods\n```\n"
    plain = "2.1 每日健康檢查\n2.1 Daily Health Check\n" + fence * 3 + "2.2 發佈新版本\n2.2 Releasing a New Version\n" + fence * 3
    assert looks_like_markdown(plain)[0] < 0.6
    assert looks_like_markdown("## 2.1 每日健康檢查\n\n## 2.1 Daily Health Check\n\n" + fence * 3)[0] >= 0.6


def test_a_bold_bilingual_label_over_the_code_it_introduces_heads_nothing():
    from bitext.pipeline import process
    from bitext.read import read_text

    md = "\n".join(["# 开放数据许可协议 | Open Data Licence", "", "## 一、署名 | 1. Attribution", "", "使用数据时应当署名。", "",
                    "Users shall attribute the data.", "", "## 附件1 署名声明示例 | Schedule 1 Sample Attribution Statements", "",
                    "**网页或应用 / Website or app：**", "", "```text", "数据来源：澄岚市交通运输局", "Source: Chenglan Transport Bureau", "```", "",
                    "**代码仓库 / Code repository：**", "", "```markdown", "## 数据来源 | Data Sources", "```", "",
                    "**常见问题 / FAQ**", "", "可以商用吗？可以。", "", "May I use the data commercially? Yes.", ""])
    b = process(read_text(md, "licence.md"))
    heads = [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh or s.heading_en]
    assert not {z for z, _ in heads} & {"网页或应用", "代码仓库"}
    assert ("常见问题", "FAQ") in heads


def test_headings_that_only_name_a_command_or_a_version_do_not_keep_bare_bilingual_headings_whole():
    """'### 2.1 系统要求 System Requirements' carries both languages in a file whose other headings
    carry them across a mark, though a few sections have a heading per language and some headings
    only name a command ('### `tw init`') or a version ('### v0.9.2 (2024-03-18)'): those are in
    no language, so they do not count as English headings."""
    md = "\n".join(["# 潮汐用户指南 | Tide User Guide", "", "## 一、安装 / Installation", "", "安装说明。", "", "How to install.", "",
                    "### 1.1 系统要求 System Requirements", "", "需要 64 位系统。", "", "A 64-bit system is needed.", "",
                    "### 1.2 从源码构建 Building from Source", "", "用 make 构建。", "", "Build it with make.", "",
                    "## 二、命令 / Commands", "", "命令如下。", "", "The commands follow.", "",
                    "### `tw init`", "", "创建配置。", "", "Creates the configuration.", "",
                    "### `tw sync`", "", "开始同步。", "", "Starts syncing.", "",
                    "### `tw status`", "", "显示状态。", "", "Shows the status.", "",
                    "## 三、排障 / Troubleshooting", "", "### 连接超时", "", "检查网络。", "", "### Connection Timeouts", "",
                    "Check the network.", "", "## 四、许可 | Licence", "", "Apache 2.0。", "", "Apache 2.0.", "",
                    "## 更新日志", "", "### v0.9.2 (2024-03-18)", "", "- 修复长路径问题", "", "### v0.9.1 (2024-01-30)", "", "- 修复限速", ""])
    b = process(read_text(md, "guide.md"))
    heads = [(s.heading_zh, s.heading_en) for s in b.sections]
    assert ("1.1 系统要求", "System Requirements") in heads
    assert ("1.2 从源码构建", "Building from Source") in heads
    assert ("连接超时", "Connection Timeouts") in heads


def test_a_bold_line_with_both_languages_side_by_side_heads_a_section_where_the_headings_are_written_so():
    """'**懒人共识 Lazy Consensus**' heads a section in a file whose headings carry both languages
    with nothing between them ('## 概述 Overview') as well as across a mark."""
    md = "\n".join(["# 社区章程 / Community Charter", "", "## 概述 Overview", "", "本章程规定委员会的运作。", "",
                    "This charter governs the committee.", "", "## 一、决策 / 1. Decisions", "", "### （一）方式 | 1.1 Methods", "",
                    "委员会以共识方式决定。", "", "The committee decides by consensus.", "", "**懒人共识 Lazy Consensus**", "",
                    "七日内无人反对即视为通过。", "", "A proposal passes if no one objects within seven days.", "",
                    "**正式投票 Formal Vote**", "", "修订章程须经正式投票。", "", "Amending the charter requires a formal vote.", "",
                    "## 二、修订 / 2. Amendments", "", "修订须经理事会批准。", "", "Amendments require the board's approval.", ""])
    heads = [(s.heading_zh, s.heading_en) for s in process(read_text(md, "charter.md")).sections]
    assert ("懒人共识", "Lazy Consensus") in heads and ("正式投票", "Formal Vote") in heads


def test_commands_after_a_root_prompt_do_not_make_plain_text_markdown():
    """"# dnf install ./server.rpm" and "# /opt/app/bin/setup --init" are commands typed at a root shell's
    prompt in an interleaved manual copied as text, not Markdown headings."""
    from bitext.markdown_input import looks_like_markdown

    lines = ["三、安裝", "", "3. Installation", "", "1. 以 root 身分登入並下載安裝套件：", "1. Log in as root and download the package:", "",
             "# curl -O https://download.example.com.tw/app/5.2.1/app-server-5.2.1.x86_64.rpm", "# sha256sum app-server-5.2.1.x86_64.rpm", "",
             "2. 安裝套件：", "2. Install the package:", "", "# dnf install ./app-server-5.2.1.x86_64.rpm", "",
             "3. 執行設定精靈：", "3. Run the setup wizard:", "", "# /opt/app/bin/app-setup --init", "",
             "# /opt/app/agent/bin/app-agent register --server app01.example.com.tw --token <註冊權杖>", ""]
    assert looks_like_markdown("\n".join(lines))[0] < 0.6
