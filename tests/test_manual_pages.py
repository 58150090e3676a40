"""A command's manual page in two halves, as a terminal prints it: a header and a
footer that name the page, text wrapped at 80 columns (where a Chinese character
takes two), subcommands named in their headings, code, and the English half's own
notes at the end of the Chinese half, then a rule, then the translation."""
from __future__ import annotations

from bitext.furniture import manual_page_lines
from bitext.pipeline import process
from bitext.read import lines_of, paragraphs_of, read_text, split_bilingual_lines, title_shaped
from bitext.model import Block

ZH = """\
TIDECTL(1)                     使用者命令手冊                     TIDECTL(1)

tidectl 命令列參考手冊

1. 名稱

    tidectl － 管理潮汐觀測資料的命令列工具

2. 說明

    tidectl 是 Tideway 專案的官方命令列介面，用來建立、匯入、查詢與同步以純文字
    儲存的潮汐觀測資料。每一個站點就是一個目錄，其中包含一個 station.toml 設定檔、
    一個或多個 .obs 觀測檔，以及 tidectl 自動維護的索引資料夾 .tidectl/。由於所
    有資料都是純文字，您可以把整個站點目錄放進 Git 等版本控制系統，也可以用任何
    文字編輯器直接修改觀測記錄；tidectl 會在下一次執行時自動偵測變更並重建索引。
    除非特別指定，所有時間都以站點的當地時間記錄，潮高則以站點的基準面為零點，
    並依觀測日期從基準面表中查詢換算的數值，以便與其他站點的資料互相比較。

3. 子命令

3.1 tidectl init — 建立新站點

    在目前的目錄建立一個新的站點，並寫入預設的設定檔與空白的觀測檔，之後即可
    開始匯入資料。

3.2 tidectl sync — 與遠端同步

    把本機的觀測資料與遠端的儲存庫同步；若雙方都修改了同一筆資料，會保留雙方
    的版本並標記為衝突。排程範例：

    0 3 * * * tidectl -q -C ~/站點/東港 sync

REPORTING BUGS

    Report bugs at the project's issue tracker. Please include the output of
    "tidectl --version" and a small observation file that shows the problem.
    You may obtain a copy of the licence from the project's web site.

tidectl 2.1.0                      2024-03-01                      TIDECTL(1)

════════════════════════════════════════════════════════════════════════════

TIDECTL(1)                       User Commands                    TIDECTL(1)

tidectl Command-Line Reference

1. NAME

    tidectl - a command-line tool for managing tide observations

2. DESCRIPTION

    tidectl is the official command-line interface of the Tideway project. It
    creates, imports, queries and synchronizes tide observations kept as plain
    text. Each station is a directory holding a station.toml file, one or more
    .obs files and an index folder, .tidectl/, that tidectl maintains itself.

3. SUBCOMMANDS

3.1 tidectl init — Create a new station

    Creates a new station in the current directory and writes the default
    settings and an empty observation file, so that data can be imported.

3.2 tidectl sync — Synchronize with a remote

    Synchronizes local observations with the remote repository; where both
    sides changed the same record, both versions are kept and marked as a
    conflict. A schedule, for example:

    0 3 * * * tidectl -q -C ~/stations/donggang sync

REPORTING BUGS

    Report bugs at the project's issue tracker. Please include the output of
    "tidectl --version" and a small observation file that shows the problem.
    You may obtain a copy of the licence from the project's web site.

tidectl 2.1.0                      2024-03-01                      TIDECTL(1)
"""


def test_a_manual_pages_header_and_footer_are_furniture():
    lines = lines_of(ZH)
    taken = {lines[k].text for k in manual_page_lines(lines)}
    assert taken == {"TIDECTL(1) 使用者命令手冊 TIDECTL(1)", "TIDECTL(1) User Commands TIDECTL(1)",
                     "tidectl 2.1.0 2024-03-01 TIDECTL(1)"}
    assert not manual_page_lines(lines_of("ls(1) is cited here\nSee ls(1) and cp(1) for more."))
    # A line of text that cites the page is text, not its footer.
    cited = lines_of("TIDECTL(1) User Commands TIDECTL(1)\nSince version 2 the format is that of tidectl(1)")
    assert manual_page_lines(cited) == {0}


def test_chinese_wrapped_at_eighty_columns_is_joined_where_latin_words_share_its_lines():
    paras = [p.text for p in paragraphs_of(lines_of(ZH))]
    assert any(p.startswith("tidectl 是 Tideway 專案") and "放進 Git 等版本控制系統" in p for p in paras)


def test_the_translation_starts_under_the_rule_after_the_english_notes_of_the_chinese_half():
    src = read_text(ZH, "tidectl.1.txt")
    assert src.layout == "sequential"
    assert src.meta.title_zh == "tidectl 命令列參考手冊"
    assert src.meta.title_en == "tidectl Command-Line Reference"
    b = process(src)
    pairs = [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh and s.heading_en]
    assert ("1. 名稱", "1. NAME") in pairs
    assert ("3.1 tidectl init — 建立新站點", "3.1 tidectl init — Create a new station") in pairs
    assert ("3.2 tidectl sync — 與遠端同步", "3.2 tidectl sync — Synchronize with a remote") in pairs
    # The notes kept in the Chinese half head nothing there.
    assert not any(z and "You may obtain" in z for z, _ in pairs)


def test_a_command_and_what_it_does_is_no_heading_in_two_languages():
    blocks = [Block("3.1 tidectl init — 建立新站點", "zh", 1), Block("正文。", "zh", 2),
              Block("0 3 * * * tidectl -q -C ~/站點/東港 sync", "zh", 3), Block("正文。", "zh", 4),
              Block("一、总则 / General Provisions", "zh", 5), Block("正文。", "zh", 6)]
    out = split_bilingual_lines(blocks)
    assert [b.text for b in out][:4] == [b.text for b in blocks][:4]
    assert ("General Provisions", "en") in [(b.text, b.lang) for b in out]


def test_an_english_title_may_open_with_a_name_in_lower_case():
    assert title_shaped("tidectl Command-Line Reference", "en")
    assert title_shaped("iOS Developer Guide", "en")
    assert title_shaped("tidesync 2.1 User Guide", "en")
    assert not title_shaped("tidesync 2.1 was released in June", "en")
    assert not title_shaped("and the Company", "en")
    assert not title_shaped("the results were good", "en")


INTERLEAVED_PAGE = """\
VAULTWISE(1)           Vaultwise 手册 | Vaultwise Manual            VAULTWISE(1)

名称
NAME
       vaultwise - 增量、加密的命令行备份工具
       vaultwise - incremental, encrypted backups from the command line

描述
DESCRIPTION
       vaultwise 将文件和目录备份到一个仓库中。每次备份都会生成一个只读的快照。

       vaultwise backs up files and directories into a repository. Every
       backup produces a read-only snapshot.

   加密
   Encryption
       仓库中的全部数据均使用 AES-256-GCM 加密，主密钥在初始化时随机生成。

       All data in the repository is encrypted with AES-256-GCM, and the
       master key is generated at random when the repository is set up.

示例
EXAMPLES
       在移动硬盘上初始化一个仓库：
       Initialize a repository on an external drive:

              $ vaultwise -r /media/usb/vw init

       从最近一次快照中还原单个文件：
       Restore a single file from the latest snapshot:

              $ vaultwise restore latest --target /tmp/r

作者
AUTHORS
       林思远及 Vaultwise 贡献者。
       Lin Siyuan and the Vaultwise contributors.

vaultwise 2.4.1                    2024-06-02                    VAULTWISE(1)
"""


def test_a_manual_page_set_line_by_line_in_both_languages_pairs_its_section_names():
    """"名称" over "NAME", both as far out as the other, over the text set in under them:
    each heads its language's text; the lead-ins to the commands under EXAMPLES head nothing."""
    src = read_text(INTERLEAVED_PAGE, "vaultwise.1.txt")
    assert src.layout == "interleaved"
    pairs = [(s.heading_zh, s.heading_en) for s in process(src).sections if s.heading_zh or s.heading_en]
    assert pairs == [("名称", "NAME"), ("描述", "DESCRIPTION"), ("加密", "Encryption"), ("示例", "EXAMPLES"),
                     ("作者", "AUTHORS")]
