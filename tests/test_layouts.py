"""Every layout, heading kind and encoding of the fixtures in tests/fixtures/layouts.

Each fixture has NAME.pairs.json, the heading pairs a person made; the
heading pairs bitext finds must be exactly those, and no Chinese character
or English word of the input may go missing on the way.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from bitext.export import to_dict
from bitext.pipeline import process
from bitext.read import decode, normalize_text, parse_date, read, read_text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import headings_eval  # noqa: E402

FIX = ROOT / "tests" / "fixtures" / "layouts"
CASES = list(headings_eval.fixtures(FIX))
IDS = [c[0] for c in CASES]


def _load(name):
    return next(c for c in CASES if c[0] == name)[1]()


@pytest.fixture(scope="module")
def bitexts():
    return {name: process(load()) for name, load, _ in CASES}


def test_there_is_a_fixture_of_every_layout(bitexts):
    assert {b.layout for b in bitexts.values()} == {"sequential", "interleaved", "alternating", "markdown", "two-files"}


@pytest.mark.parametrize("name", IDS)
def test_heading_pairs_are_the_persons(name, bitexts):
    expected = next(c[2] for c in CASES if c[0] == name)
    b = bitexts[name]
    assert headings_eval.pairs_of(b, expected) == expected


def _source_text(name: str) -> str:
    path = next((p for p in sorted(FIX.glob(name + ".*")) if not p.name.endswith(headings_eval.SIDE_FILES)), None)
    files = [path] if path else sorted((FIX / name).iterdir())
    out = []
    for f in files:
        text, _, _ = decode(f.read_bytes(), str(f))
        text = normalize_text(text)
        if f.suffix == ".html":
            text = _page_text(text)
        if text.startswith("---\n"):  # front matter: metadata, not content
            text = text.split("\n---\n", 1)[1]
        out.append(text)
    return "\n".join(out)


def _page_text(html: str) -> str:
    """What a reader of a web page sees: not its head, scripts, styles or hidden elements."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for el in soup.find_all(["head", "script", "style"]):
        el.decompose()
    for el in soup.find_all(style=re.compile(r"display:\s*none")):
        el.decompose()
    return soup.get_text("\n")


def _han(text):
    return Counter(re.findall(r"[\u3400-\u9fff]", text))


def _words(text):
    return Counter(w.lower() for w in re.findall(r"[A-Za-z]+", text))


@pytest.mark.parametrize("name", IDS)
def test_no_chinese_character_or_english_word_is_lost(name, bitexts):
    d = to_dict(bitexts[name])
    got = " ".join([d["meta"]["title"]["zh"] or "", d["meta"]["title"]["en"] or "", d["meta"]["author"] or ""]
                   + d["removed"]
                   + [s["heading"]["zh"] or "" for s in d["sections"]] + [s["heading"]["en"] or "" for s in d["sections"]]
                   + [t for s in d["sections"] for r in s["rows"] for t in r["zh"] + r["en"]])
    src = _source_text(name)
    # Lines that became the date are metadata (meta.date holds them).
    src = "\n".join(ln for ln in src.split("\n") if not parse_date(" ".join(ln.split())))
    assert not (_han(src) - _han(got)), name
    assert not (_words(src) - _words(got)), name


def test_traditional_chinese_is_detected(bitexts):
    assert bitexts["trad-articles-big5-crlf"].meta.script == "Hant"
    assert bitexts["seq-annual-report"].meta.script == "Hans"


@pytest.mark.parametrize("name,encoding", [
    ("trad-articles-big5-crlf", "big5"),
    ("gbk-charter-cr", "gb18030"),
    ("utf16-interleaved", "utf-16"),
    ("interleaved-tight-guide", "utf-8-sig"),
    ("seq-annual-report", "utf-8"),
])
def test_encodings_are_detected(name, encoding, bitexts):
    assert bitexts[name].encoding == encoding


def test_titles_come_from_the_document(bitexts):
    m = bitexts["seq-annual-report"].meta
    assert (m.title_zh, m.title_en) == ("山城图书馆2024年度工作报告", "Annual Report 2024 of Shancheng Library")
    assert bitexts["seq-annual-report"].meta.date == "2025-01-20"
    m = bitexts["md-bilingual-headings"].meta  # front matter
    assert (m.title_zh, m.title_en, m.date, m.author) == ("雨量站数据说明", "Rain Gauge Data Notes", "2024-11-05", "水文监测组")
    m = bitexts["md-per-language-software"].meta  # one H1 per language
    assert (m.title_zh, m.title_en) == ("快速上手指南", "Quick Start Guide")
    m = bitexts["md-slash-project"].meta  # a bilingual H1
    assert (m.title_zh, m.title_en) == ("城市绿道监测项目", "Urban Greenway Monitoring Project")
    m = bitexts["two-files-rules"].meta
    assert (m.title_zh, m.title_en) == ("青松社区业主公约", "Owners' Covenant of Qingsong Community")
    m = bitexts["interleaved-privacy"].meta
    assert (m.title_zh, m.title_en, m.date) == ("星河阅读隐私政策", "Xinghe Reading Privacy Policy", "2025-02-10")


def test_a_copyright_line_and_a_rule_before_the_second_half_are_not_its_title(bitexts):
    m = bitexts["seq-title-after-rule"].meta
    assert (m.title_zh, m.title_en) == ("岚桥共享充电宝用户协议", "Lanqiao Power Bank Sharing User Agreement")


def test_title_falls_back_to_config_when_the_document_has_none():
    text = "我们的工作取得了进展。\n今年的任务很多。\nOur work made progress.\nThis year has many tasks."
    src = read_text(text, "notes.txt", title=("配置标题", "Config Title"))
    assert (src.meta.title_zh, src.meta.title_en) == ("配置标题", "Config Title")
    src = read_text(text, "notes.txt")
    assert (src.meta.title_zh, src.meta.title_en) == (None, None)


def test_english_block_at_the_end_of_the_chinese_half_stays_there():
    src = _load("seq-regulation-licence-note")
    zh_tail = [b.text for b in src.blocks if b.lang == "zh"][-2:]
    assert zh_tail[0].startswith("This translation is provided") and zh_tail[1].startswith("Note:")
    assert "translation shall prevail" not in " ".join(b.text for b in src.blocks if b.lang == "en")
    assert "kept there" in src.layout_reason
    assert src.meta.title_en == "Measures of Hewan Municipality for the Administration of Shared Bicycles"


def test_heading_broken_over_two_lines_is_one_heading(bitexts):
    heads = [s.heading_en for s in bitexts["two-files-rules"].sections if s.headed]
    assert "CHAPTER II USE AND REPAIR OF PROPERTY" in heads and "CHAPTER II" not in heads


def test_hash_in_a_code_block_is_not_a_heading(bitexts):
    b = bitexts["md-per-language-software"]
    heads = [h for s in b.sections for h in (s.heading_zh, s.heading_en) if h]
    assert not any("注释" in h or "comment" in h for h in heads)
    code = [t for s in b.sections for r in s.rows for t in r.zh + r.en if t.startswith("```")]
    assert len(code) == 2 and all(r.markdown for s in b.sections for r in s.rows)


def test_forced_layout_is_used_and_said():
    path = FIX / "seq-annual-report.txt"
    src = read(path, layout="interleaved")
    assert src.layout == "interleaved" and "--layout" in src.layout_reason
    from bitext.read import InputError

    with pytest.raises(InputError, match="unknown layout"):
        read(path, layout="diagonal")


# --------------------------------------------------------------------------- the command line


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


def run(*args):
    """The command line, in this process (the dictionary is loaded once)."""
    import contextlib
    import io

    from bitext.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as e:  # argparse's usage errors
            code = e.code
    return Run(code, out.getvalue(), err.getvalue())


def test_export_two_files_keeps_the_json_contract():
    d = FIX / "two-files-rules"
    p = run("export", "--zh", str(d / "zh.txt"), "--en", str(d / "en.txt"), "--format", "json")
    assert p.returncode == 0, p.stderr
    data = json.loads(p.stdout)
    assert set(data) == {"meta", "removed", "sections", "diagnostics"}
    assert data["meta"]["title"] == {"zh": "青松社区业主公约", "en": "Owners' Covenant of Qingsong Community"}
    assert [s["heading"]["zh"] for s in data["sections"] if s["heading"]["zh"]][0] == "第一章 总则"
    for s in data["sections"]:
        for r in s["rows"]:
            assert set(r) == {"id", "zh", "en", "score"}


def test_zh_without_en_is_a_usage_error():
    p = run("export", "--zh", str(FIX / "two-files-rules" / "zh.txt"))
    assert p.returncode == 2 and "--en" in p.stderr
    p = run("export")
    assert p.returncode == 2


def test_check_prints_what_was_found_and_exits_1_on_errors(tmp_path):
    p = run("check", str(FIX / "seq-annual-report.txt"))
    assert p.returncode == 0, p.stderr
    for word in ("layout:    sequential", "encoding:  utf-8", "headings:", "4 heading pairs", "unmatched:"):
        assert word in p.stdout
    bad = tmp_path / "image.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    p = run("check", str(bad))
    assert p.returncode == 1 and "binary" in p.stderr


def test_check_warns_loudly_when_the_structures_disagree(tmp_path):
    zh = "\n".join(f"第{n}章 标题{n}\n这是第{n}章的正文内容，讲述有关事项。" for n in "一二三四五六七")
    en = "\n".join(f"Chapter {n} Heading {n}\nThis is the text of chapter {n}, on the matters concerned." for n in range(1, 7))
    (tmp_path / "zh.txt").write_text(zh, encoding="utf-8")
    (tmp_path / "en.txt").write_text(en, encoding="utf-8")
    p = run("check", "--zh", str(tmp_path / "zh.txt"), "--en", str(tmp_path / "en.txt"))
    assert "WARNING: the two structures disagree: 7 Chinese headings against 6 English headings" in p.stdout


# --------------------------------------------------------------------------- a collection of reports


@pytest.mark.slow
def test_collection_site_lists_every_report_in_its_own_folder(tmp_path):
    import shutil

    from bs4 import BeautifulSoup

    from bitext.cli import build_site
    from bitext.config import load

    for name in ("trad-articles-big5-crlf.txt", "md-bilingual-headings.md", "two-files-rules"):
        src = FIX / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, tmp_path / name)
    hostile = (FIX / "md-bilingual-headings.md").read_text(encoding="utf-8").replace(
        "[中心服务器](https://data.example.org/rain)", "[中心服务器](javascript:alert(1)) <img src=x onerror=alert(2)>")
    (tmp_path / "md-bilingual-headings.md").write_text(hostile, encoding="utf-8")
    (tmp_path / "bitext.yml").write_text(
        "site_name: 报告集\n"
        "reports:\n"
        "  - source: trad-articles-big5-crlf.txt\n"
        "  - source: md-bilingual-headings.md\n"
        "    slug: rain\n"
        "  - zh: two-files-rules/zh.txt\n"
        "    en: two-files-rules/en.txt\n"
        "    title: {zh: 配置里的标题, en: Title From Config}\n", encoding="utf-8")
    cfg = load(tmp_path / "bitext.yml")
    out = build_site(list(cfg.reports), tmp_path / "site", cfg.site_name, None, docs_out=False)

    home = BeautifulSoup((out / "index.html").read_text(encoding="utf-8"), "html.parser")
    items = home.select(".bt-reports li")
    assert len(items) == 3
    text = [li.get_text(" ", strip=True) for li in items]
    assert "臺東縣海岸清潔自治條例" in text[0] and "Taitung County Self-Governance Ordinance" in text[0]
    assert "雨量站数据说明" in text[1] and "Rain Gauge Data Notes" in text[1] and "2024-11-05" in text[1]
    # The document's own title wins over the config's.
    assert "青松社区业主公约" in text[2] and "配置里的标题" not in text[2]
    folders = [li.a["href"].strip("/") for li in items]
    assert folders[1] == "rain" and len(set(folders)) == 3
    for f in folders:
        assert (out / f / "index.html").exists() and (out / f / "full" / "index.html").exists()
    # Traditional Chinese is marked as such.
    trad = BeautifulSoup((out / folders[0] / "full" / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert {c["lang"] for c in trad.select(".bt-cell.bt-zh")} == {"zh-Hant"}
    assert items[0].select_one(".bt-zh")["lang"] == "zh-Hant"
    # Markdown input renders as Markdown; its raw HTML and script links do not come alive.
    page = (out / "rain" / "full" / "index.html").read_text(encoding="utf-8")
    article = BeautifulSoup(page, "html.parser").select_one("article")
    cells = article.select(".bt-cell")
    assert any(c.select_one("strong") for c in cells) and any(c.select_one("ul li") for c in cells)
    assert any(c.select_one("pre code") for c in cells)
    assert any(a.get("href") == "https://data.example.org/rain" for c in cells for a in c.select("a"))
    assert "javascript:" not in str(article).lower()
    assert not article.select("script") and not article.select("[onerror]")
    assert '<script>alert("x")</script>' in article.get_text()
    assert "<img src=x onerror=alert(2)>" in article.get_text()


def test_parts_that_take_turns_keep_their_own_languages():
    """A chapter in Chinese, then that chapter in English, and so on: no single border
    splits the languages, so each block keeps its own, and the reason says so; a report
    whose halves hold a short English quotation stays sequential."""
    src = read(FIX / "alternating-club-rules.txt")
    assert src.layout == "alternating" and "followed by their translation" in src.layout_reason
    langs = {b.text.split("\n")[0]: b.lang for b in src.blocks}
    assert langs["Chapter 1 General Provisions"] == "en" and langs["第三章 附则"] == "zh"
    zh = [f"第{n}条　本会第{n}项规定的内容在此说明，会员应当遵守。" for n in "一二三四五六七八"]
    en = [f"Article {n} This is what rule {n} of the Club says; members shall observe it." for n in range(1, 9)]
    quote = ["\u201cThe mountains are calling.\u201d", "\u201cAnd I must go.\u201d", "\u201cLeave no trace.\u201d"]
    src = read_text("\n\n".join(zh[:4] + quote + zh[4:] + en), "quote.txt")
    assert src.layout == "sequential"


def test_short_parts_that_take_turns_are_alternating_not_interleaved():
    """Sections of a heading and a paragraph or two, each followed by its translation:
    parts that take turns; a paragraph followed by its own translation stays interleaved."""
    zh_parts = [["一、使命与愿景", "让每一个乡村孩子都有书可读。", "我们相信阅读改变命运。"],
                ["二、2023年大事记", "三月，第一百所书屋落成。", "九月，乡村教师培训营开营。"],
                ["三、财务报告", "全年收入一千二百万元。", "全年支出一千一百万元。"],
                ["四、联系我们", "地址：昆明市青年路88号。", "欢迎来信提出意见和建议。"]]
    en_parts = [["1. Mission and Vision", "Books to read for every rural child.", "We believe reading changes lives."],
                ["2. Highlights of 2023", "In March the hundredth reading room opened.", "In September the rural teachers' camp began."],
                ["3. Financial Report", "Income for the year was 12 million yuan.", "Spending for the year was 11 million yuan."],
                ["4. Contact Us", "Address: 88 Qingnian Road, Kunming.", "We welcome your letters and suggestions."]]
    text = "\n\n".join(x for z, e in zip(zh_parts, en_parts) for x in z + e)
    src = read_text(text, "report.txt")
    assert src.layout == "alternating"
    assert [(s.heading_zh, s.heading_en) for s in process(src).sections if s.heading_zh][:2] == [
        ("一、使命与愿景", "1. Mission and Vision"), ("二、2023年大事记", "2. Highlights of 2023")]
    text = "\n\n".join(x for z, e in zip(zh_parts, en_parts) for pair in zip(z, e) for x in pair)
    assert read_text(text, "report.txt").layout == "interleaved"
    # A heading and one paragraph a part, copied from a web page: the lines above and below
    # the parts (a site's name, a menu, a footer) are in one language and take no turn.
    chrome = ["云南乡村阅读基金会网站", "本站首页 新闻 项目 捐赠 联系", "更新时间：2024年3月1日", "浏览次数：1024"]
    footer = ["主办：云南乡村阅读基金会", "备案号：滇ICP备12345678号", "技术支持：昆明云帆网络", "地址：昆明市青年路88号"]
    text = "\n\n".join(chrome + [x for z, e in zip(zh_parts, en_parts) for x in z[:2] + e[:2]] + footer)
    src = read_text(text, "page.txt")
    assert src.layout == "alternating"
    assert [(s.heading_zh, s.heading_en) for s in process(src).sections if s.heading_zh and s.heading_en][:4] == [
        ("一、使命与愿景", "1. Mission and Vision"), ("二、2023年大事记", "2. Highlights of 2023"), ("三、财务报告", "3. Financial Report"),
        ("四、联系我们", "4. Contact Us")]


def test_a_long_english_notice_on_the_chinese_halfs_last_page_stays_there():
    """The Chinese licence's last page holds its third-party notices in English, nine
    blocks long; the English licence starts on the next page with its title."""
    zh = ["星衡图像工作室最终用户许可协议", "", "协议版本：V5.2", "", "第一条　定义", "", "本协议中的下列用语具有以下含义。", "",
          "第二条　许可", "", "许可人授予您一项非独占的使用许可。", "", "— 1 —", "",
          "附件　第三方软件声明", "", "本软件包含下列第三方组件，声明以其原始英文形式保留。", "", "— 2 —", "",
          "THIRD-PARTY SOFTWARE NOTICES", "", "Xingheng Image Studio incorporates the components listed below.", "",
          "1. TileCodec 2.3.1", "Copyright (c) 2019-2023 Tessellate Labs.", "Licensed under the Apache License, Version 2.0.", "",
          "2. fastexif 0.9.4", "Copyright (c) 2018-2023 The fastexif Authors.", "Licensed under the MIT License.", "",
          "To request the source code of any component, write to us within three years.", "", "— 3 —", ""]
    en = ["XINGHENG IMAGE STUDIO END USER LICENSE AGREEMENT", "", "Agreement version: V5.2", "", "Article 1 Definitions", "",
          "The following terms have these meanings in this Agreement.", "", "Article 2 Licence", "",
          "The Licensor grants you a non-exclusive licence to use the Software.", "", "— 4 —", "",
          "Annex Third-Party Software Notices", "", "The Software contains the third-party components listed in this Annex.", "",
          "— 5 —"]
    src = read_text("\n".join(zh + en), "eula.txt")
    zh_tail = [b.text for b in src.blocks if b.lang == "zh"][-1]
    assert zh_tail.startswith("To request the source code")
    assert "kept there" in src.layout_reason
    assert src.meta.title_en == "XINGHENG IMAGE STUDIO END USER LICENSE AGREEMENT"


def test_a_brand_in_both_scripts_over_an_interleaved_notice_is_not_its_english_title():
    text = "\n".join(["書途 BookRoute", "隱私權政策更新通知", "Notice of Privacy Policy Update", "發布日期：2024年5月2日",
                      "Date of notice: 2 May 2024", "感謝您一直以來對書途電子書平台的支持。我們修訂了隱私權政策。",
                      "Thank you for reading with BookRoute. We have revised the BookRoute Privacy Policy.",
                      "一、本次修訂重點", "I. What Is Changing", "我們調整了蒐集的資料項目。", "We have changed the data we collect."])
    src = read_text(text, "notice.txt")
    assert (src.meta.title_zh, src.meta.title_en) == ("隱私權政策更新通知", "Notice of Privacy Policy Update")


def test_a_command_reference_with_more_english_code_lines_than_chinese_is_interleaved():
    """Each command's Chinese text followed by its English, with the command lines in English
    between: far more English blocks than Chinese ones. A border near the top would put most
    blocks in their half while the Chinese ones stand scattered through the English half."""
    parts = ["北岭网络交换机命令参考", "NG Switch Command Reference", "读者对象", "Intended Audience"]
    for n, cmd in enumerate(["sysname", "save", "dir", "delete", "interface", "speed", "duplex", "shutdown",
                             "vlan", "display vlan", "port link-type", "display version"], 1):
        parts += [f"1.{n} {cmd}", f"1.{n} {cmd}", f"{cmd} 命令用于配置设备的相应参数。", f"Use {cmd} to configure the device.",
                  f"【命令】{cmd} value", f"Syntax: {cmd} value", f"undo {cmd}", "【视图】系统视图", "View: System view",
                  "【缺省级别】2：配置级", "Default level: 2 (configuration)", f"<device> system-view", f"[device] {cmd} test",
                  f"[device] display {cmd}", "Info: The configuration takes effect.", "[device] quit", "<device> save"]
    src = read_text("\n\n".join(parts) + "\n", "c.txt")
    assert src.layout == "interleaved"
