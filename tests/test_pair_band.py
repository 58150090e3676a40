"""The heading matching visits a diagonal band of its table only, and finds
what a full table restricted to the same scored cells finds."""
from __future__ import annotations

import random

import pytest

from bitext import pair
from bitext.model import Heading
from bitext.pair import Candidate, heading_score, pair_headings


def _cands(n: int, rng: random.Random, jitter: float = 0.0) -> list[Candidate]:
    pos = sorted(min(1.0, max(0.0, k / n + rng.uniform(-jitter, jitter))) for k in range(n))
    return [Candidate(k, Heading(f"h{k}", k, rng.choice(("strong", "weak"))), p) for k, p in enumerate(pos)]


def _full_table(zc, ec, score, forced, no_z, no_e, scored, threshold=0.4):
    """The matching as a whole (n+1)×(m+1) table: the reference."""
    fz = {i: j for i, j in forced}
    fe = {j: i for i, j in forced}
    n, m = len(zc), len(ec)
    band = (0.1 if n * m > 40000 else 0.2) if n * m > 2500 else None
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    move = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            if (i - 1, j - 1) in forced:
                s = 1.0 + n + m
            elif i - 1 in no_z or j - 1 in no_e or fz.get(i - 1, j - 1) != j - 1 or fe.get(j - 1, i - 1) != i - 1:
                s = 0.0
            elif not scored(i, j) or (band is not None and abs(zc[i - 1].pos - ec[j - 1].pos) > band):
                s = 0.0
            else:
                s = score(zc[i - 1], ec[j - 1])
            options = [(best[i - 1][j], 1), (best[i][j - 1], 2)]
            if s >= threshold:
                options.append((best[i - 1][j - 1] + s - threshold + 0.01, 3))
            best[i][j], move[i][j] = max(options, key=lambda t: (t[0], t[1]))
    out, i, j = [], n, m
    while i > 0 and j > 0:
        if move[i][j] == 3:
            out.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif move[i][j] == 1:
            i -= 1
        else:
            j -= 1
    return out[::-1]


def _fake_score(seed: int):
    def score(z, e):
        # deterministic, with many exact ties (the hard part of tracing back)
        return random.Random(hash((seed, z.part, e.part))).choice((0.0, 0.2, 0.45, 0.6, 0.6, 0.9, 1.0))
    return score


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize("size", [(6, 9), (40, 70), (120, 90)])
def test_band_finds_what_the_full_table_finds(seed, size, monkeypatch):
    rng = random.Random(seed)
    zc, ec = _cands(size[0], rng, 0.05), _cands(size[1], rng, 0.05)
    forced = {(rng.randrange(len(zc)), rng.randrange(len(ec)))} if seed % 3 == 0 else set()
    no_z = {rng.randrange(len(zc))} if seed % 4 == 1 else set()
    no_e = {rng.randrange(len(ec))} if seed % 5 == 2 else set()
    score = _fake_score(seed)
    monkeypatch.setattr(pair, "heading_score", score)
    monkeypatch.setattr(pair, "_fill_gaps", lambda pairs, *a, **k: pairs)
    monkeypatch.setattr(pair, "_slipped_runs", lambda pairs, *a, **k: pairs)
    width = rng.choice((2, 5, 24))
    n, m = len(zc), len(ec)
    band = (0.1 if n * m > 40000 else 0.2) if n * m > 2500 else None
    _, _, inner = pair._columns(zc, ec, band, width, set(forced))

    def scored(i, j):
        return inner[i][0] <= j <= inner[i][1]

    got = [(i, j) for i, j, _ in pair_headings(zc, ec, forced=forced, no_z=no_z, no_e=no_e, width=width)]
    assert got == _full_table(zc, ec, score, forced, no_z, no_e, scored)
    for i, j in forced:
        assert (i, j) in got


def test_small_documents_score_every_pair(monkeypatch):
    rng = random.Random(1)
    zc, ec = _cands(30, rng), _cands(40, rng)
    _, _, inner = pair._columns(zc, ec, None, 2, set())
    assert all(inner[i] == (1, 40) for i in range(1, 31))


def _calls(n: int, monkeypatch) -> int:
    rng = random.Random(n)
    zc, ec = _cands(n, rng, 0.01), _cands(n + n // 5, rng, 0.01)
    count = [0]

    def score(z, e):
        count[0] += 1
        return 0.9 if abs(z.pos - e.pos) < 0.002 else 0.1

    monkeypatch.setattr(pair, "heading_score", score)
    pairs = pair_headings(zc, ec)
    assert len(pairs) >= n // 2
    return count[0]


def test_work_grows_with_the_length_of_the_document(monkeypatch):
    small, large = _calls(400, monkeypatch), _calls(1600, monkeypatch)
    assert large <= 4.4 * small  # four times the candidates, about four times the pairs scored
    assert large <= 1600 * (2 * pair.BAND_WIDTH + 1) + 1600  # _fill_gaps adds at most one per gap


def test_one_heading_line_each_side_of_a_gap_pairs_beside_first_sentences():
    """Between two pairs, one heading line on each side at the same place pairs even when
    one side also has a paragraph's first sentence there ("2. 触控操作" beside "轻轻将耳机…")."""
    from bitext.model import Heading
    from bitext.pair import Candidate, _fill_gaps

    def c(text, pos, strength="strong"):
        return Candidate(0, Heading(text, 1, strength), pos)

    zc = [c("1. 佩戴耳机", 0.30), c("轻轻将耳机旋入耳道，使耳塞与耳道贴合密封", 0.32, "weak"), c("2. 触控操作", 0.40), c("3. 降噪模式", 0.50)]
    ec = [c("3.1 Wearing the Earbuds", 0.30), c("3.2 Gesture Controls", 0.41), c("3.3 Noise-Control Modes", 0.50)]
    got = _fill_gaps([(0, 0, 0.9), (3, 2, 0.9)], zc, ec)
    assert (2, 1) in [(i, j) for i, j, _ in got]
    # Two heading lines on one side: which one is meant is not known.
    zc2 = zc[:2] + [c("2. 触控操作", 0.38), c("2.1 手势", 0.40)] + zc[3:]
    assert [(i, j) for i, j, _ in _fill_gaps([(0, 0, 0.9), (4, 2, 0.9)], zc2, ec)] == [(0, 0), (4, 2)]


def test_a_label_on_each_side_of_a_gap_pairs_by_its_place_in_the_gap():
    """Where one language runs longer before the gap (a Markdown file's tables set in English),
    the labels' places in the document differ, but their places between the two pairs around
    them agree: "队伍结构" pairs with "Faculty Profile"."""
    from bitext.model import Heading
    from bitext.pair import Candidate, _fill_gaps

    def c(text, pos, strength="weak"):
        return Candidate(0, Heading(text, 1, strength), pos)

    zc = [c("2.1 师资队伍", 0.36, "strong"), c("队伍结构", 0.37), c("教授授课", 0.40)]
    ec = [c("2.1 Faculty", 0.20, "strong"), c("Faculty Profile", 0.21), c("Professors in the Classroom", 0.24)]
    assert (1, 1) in [(i, j) for i, j, _ in _fill_gaps([(0, 0, 0.9), (2, 2, 0.9)], zc, ec)]
    # The same labels at opposite ends of their gaps are not the same place.
    ec2 = [ec[0], c("Faculty Profile", 0.235), ec[2]]
    zc2 = [zc[0], c("队伍结构", 0.361), zc[2]]
    assert [(i, j) for i, j, _ in _fill_gaps([(0, 0, 0.9), (2, 2, 0.9)], zc2, ec2)] == [(0, 0), (2, 2)]


def test_a_section_only_the_english_has_moves_the_numbered_pairs_after_it():
    """The English has a section more ("13. EXPORT CONTROL"); the Chinese numbers run one
    behind after it. Led by the numbers, 第十三条 went with 13.: its words go with 14."""
    from bitext.pair import _shift_runs

    def cands(texts, peers):
        return [Candidate(k, Heading(t, k, "strong"), k / 10, peers=peers) for k, t in enumerate(texts)]

    zc = cands(["第十二条 协议的终止", "第十三条 法律适用与争议解决", "第十四条 其他"], 14)
    ec = cands(["12. TERMINATION", "13. EXPORT CONTROL", "14. GOVERNING LAW AND DISPUTE RESOLUTION", "15. MISCELLANEOUS"], 15)
    got = [(i, j) for i, j, _ in _shift_runs([(0, 0, 1.0), (1, 1, 1.0), (2, 2, 0.9)], zc, ec)]
    assert got == [(0, 0), (1, 2), (2, 3)]
    # Where each language numbers as many, the numbers stand.
    ec = cands(["12. TERMINATION", "13. EXPORT CONTROL", "14. GOVERNING LAW AND DISPUTE RESOLUTION", "15. MISCELLANEOUS"], 14)
    assert [(i, j) for i, j, _ in _shift_runs([(0, 0, 1.0), (1, 1, 1.0), (2, 2, 0.9)], zc, ec)] == [(0, 0), (1, 1), (2, 2)]
    # A pair its words agree with does not move.
    zc = cands(["第十二条 协议的终止", "第十三条 出口管制", "第十四条 其他"], 14)
    ec = cands(["12. TERMINATION", "13. EXPORT CONTROL", "14. GOVERNING LAW AND DISPUTE RESOLUTION", "15. MISCELLANEOUS"], 15)
    assert [(i, j) for i, j, _ in _shift_runs([(0, 0, 1.0), (1, 1, 1.0), (2, 2, 0.9)], zc, ec)][:2] == [(0, 0), (1, 1)]


def test_numbers_that_slip_by_one_between_two_places_give_way_to_the_words():
    """The Chinese joins "8. FINANCE" and "9. AUDIT" in one section and adds "十六、附则" at the
    end: each language numbers sixteen, but from the ninth the numbers pair the wrong sections.
    The words move the run over by one; the heading left at each end stays alone."""
    from bitext.pair import pair_headings

    def cands(texts):
        return [Candidate(k, Heading(t, k, "strong"), k / len(texts), peers=len(texts)) for k, t in enumerate(texts)]

    zc = cands(["七、理事会", "八、财务及稽查", "九、信托人", "十、奖助学及福利基金", "十一、名誉顾问", "十二、禁例",
                "十三、章程之修改", "十四、释义", "十五、解散", "十六、附则"])
    ec = cands(["7. COMMITTEE", "8. FINANCE", "9. AUDIT", "10. TRUSTEES", "11. SCHOLARSHIP AND WELFARE FUND",
                "12. HONORARY ADVISERS", "13. PROHIBITIONS", "14. AMENDMENTS TO THE CONSTITUTION", "15. INTERPRETATION",
                "16. DISSOLUTION"])
    got = [(zc[i].heading.text, ec[j].heading.text) for i, j, _ in pair_headings(zc, ec)]
    assert ("九、信托人", "10. TRUSTEES") in got and ("十五、解散", "16. DISSOLUTION") in got
    assert not any(z == "十六、附则" or e == "9. AUDIT" for z, e in got)
    # Where the words of the numbered pairs agree, the numbers stand.
    ec2 = cands(["7. COMMITTEE", "8. FINANCE", "9. TRUSTEES", "10. SCHOLARSHIP AND WELFARE FUND", "11. HONORARY ADVISERS",
                 "12. PROHIBITIONS", "13. AMENDMENTS TO THE CONSTITUTION", "14. INTERPRETATION", "15. DISSOLUTION", "16. OTHER"])
    got = [(zc[i].heading.text, ec2[j].heading.text) for i, j, _ in pair_headings(zc, ec2)]
    assert ("九、信托人", "9. TRUSTEES") in got and ("十五、解散", "15. DISSOLUTION") in got


def test_articles_run_in_in_one_language_are_paragraphs_in_both():
    """The Chinese runs its untitled articles into their text ("第一条　本会的名称为…"); the English
    prints "Article 1" on a line of its own: neither is a section (most people who list the
    headings leave them out). Where both print them alone, they pair."""
    from bitext.pipeline import process
    from bitext.read import read_text

    zh = "".join(f"第{n}条　本会第{n}项规定的内容如下，会员应当遵守。\n" for n in "一二三四")
    en = "".join(f"Article {n}\nThe provision number {n} of the Association is as follows, and members shall observe it.\n" for n in range(1, 5))
    text = "第一章　总则\n" + zh + "第二章　附则\n本章程自通过之日起施行。\n\nChapter 1 General Provisions\n" + en + (
        "Chapter 2 Supplementary Provisions\nThis Constitution takes effect on adoption.\n")
    pairs = [(s.heading_zh, s.heading_en) for s in process(read_text(text, "c.txt")).sections if s.heading_zh]
    assert pairs == [("第一章 总则", "Chapter 1 General Provisions"), ("第二章 附则", "Chapter 2 Supplementary Provisions")]
    alone = "".join(f"第{n}条\n本会第{n}项规定的内容如下，会员应当遵守。\n" for n in "一二三四")
    text = "第一章　总则\n" + alone + "第二章　附则\n本章程自通过之日起施行。\n\nChapter 1 General Provisions\n" + en + (
        "Chapter 2 Supplementary Provisions\nThis Constitution takes effect on adoption.\n")
    pairs = [(s.heading_zh, s.heading_en) for s in process(read_text(text, "c.txt")).sections if s.heading_zh]
    assert ("第一条", "Article 1") in pairs


def test_a_line_in_both_languages_inside_one_half_of_a_sequential_text_pairs_nothing():
    """"下载PDF（中文，386 KB）　|　Download English PDF" at the top of the Chinese half, after the
    whole English half: its two halves are no pair that all the others must follow."""
    from bitext.pipeline import process
    from bitext.read import read_text

    en = "".join(f"Part {n} {t}\n\nThe Party sets out its {t.lower()} in this Part, and every member shall observe it.\n\n"
                 for n, t in ((1, "Name"), (2, "Objects"), (3, "Members"), (4, "Organisation"), (5, "Finance")))
    zh = "".join(f"第{n}部分 {t}\n\n本党在本部分规定{t}事项，全体党员应当遵守。\n\n"
                 for n, t in (("一", "名称"), ("二", "宗旨"), ("三", "党员"), ("四", "组织"), ("五", "财务")))
    text = "CONSTITUTION OF THE RENEWAL PARTY\n\n" + en + "人民革新党党章\n\n下载PDF（中文，386 KB）\u3000|\u3000Download English PDF\n\n" + zh
    pairs = [(s.heading_zh, s.heading_en) for s in process(read_text(text, "c.txt")).sections if s.heading_zh and s.heading_en]
    assert ("第一部分 名称", "Part 1 Name") in pairs and ("第五部分 财务", "Part 5 Finance") in pairs


def test_a_section_in_one_language_only_slips_the_numbers_after_it_back_into_place():
    """The Chinese alone has "五、電子發票": from there each Chinese number is one ahead of the
    English, and led by the numbers "八、會員行為規範" went with "8. Intellectual Property".
    Every heading's words are known to the dictionary and the run moves back by one."""
    from bitext.pair import pair_headings

    def cands(texts):
        return [Candidate(k, Heading(t, k, "strong"), k / len(texts), peers=len(texts)) for k, t in enumerate(texts)]

    zc = cands(["一、服務內容", "二、會員註冊", "三、個人資料之保護", "四、購物與付款", "五、電子發票", "六、退貨與退款",
                "七、電子書之授權使用", "八、會員行為規範", "九、智慧財產權", "十、服務之中斷或暫停", "十一、責任限制",
                "十二、條款之修改"])
    ec = cands(["1. Services", "2. Member Registration", "3. Protection of Personal Data", "4. Purchases and Payment",
                "5. Returns and Refunds", "6. Licence to Use E-books", "7. Member Conduct", "8. Intellectual Property",
                "9. Interruption or Suspension of Service", "10. Limitation of Liability", "11. Amendments to These Terms",
                "12. Language"])
    got = [(zc[i].heading.text, ec[j].heading.text) for i, j, _ in pair_headings(zc, ec)]
    assert ("八、會員行為規範", "7. Member Conduct") in got and ("十一、責任限制", "10. Limitation of Liability") in got
    assert ("十二、條款之修改", "11. Amendments to These Terms") in got
    assert not any(e == "12. Language" for _, e in got)


def test_a_slipped_run_whose_last_heading_is_left_over_moves_the_rest():
    """The English alone has "2. Conventions", the Chinese alone "7. 国内镜像加速" at the end of
    the numbered run, before an appendix both have: led by the numbers, "5. 退出码" went with
    "5. Environment Variables". The run moves on by one but for its last heading, left
    alone, and the heading each side then has alone in the same gap pairs."""
    from bitext.pair import pair_headings

    def cands(texts):
        return [Candidate(k, Heading(t, k, "strong"), k / len(texts), peers=len(texts)) for k, t in enumerate(texts)]

    subs = [("init", "初始化项目", "Initialise a Project"), ("plan", "预览变更", "Preview Changes"),
            ("push", "发布制品", "Publish an Artifact"), ("rollback", "回滚", "Roll Back a Release")]
    zc = cands(["1. 概述", "2. 全局选项", "3. 子命令"] + [f"3.{n} ferryctl {c}：{z}" for n, (c, z, _) in enumerate(subs, 1)]
               + ["4. 环境变量", "5. 退出码", "6. 配置文件查找顺序", "7. 国内镜像加速", "附录 A：从 1.x 迁移"])
    ec = cands(["1. Overview", "2. Conventions Used in This Reference", "3. Global Options", "4. Commands"]
               + [f"4.{n} ferryctl {c} — {e}" for n, (c, _, e) in enumerate(subs, 1)]
               + ["5. Environment Variables", "6. Exit Codes", "7. Configuration File Lookup Order", "Appendix A: Migrating from 1.x"])
    got = [(zc[i].heading.text, ec[j].heading.text) for i, j, _ in pair_headings(zc, ec)]
    assert ("5. 退出码", "6. Exit Codes") in got and ("6. 配置文件查找顺序", "7. Configuration File Lookup Order") in got
    assert ("4. 环境变量", "5. Environment Variables") in got
    assert not any(z == "7. 国内镜像加速" for z, _ in got)


def test_numbers_slipped_around_a_sentence_taken_as_a_heading_and_a_pair_the_dictionary_cannot_tell():
    """The Chinese alone has "六、税务与发票", the English alone "10. Additional Terms": as many
    numbers each, slipped by one between. A sentence that opens a section's text, a weak
    candidate left alone, stands inside the run; and "八、违规处理" shares no known word with
    "7. Enforcement Actions", between two moved pairs that agree. The run moves back by one,
    up to the heading left over after it ("九、协议变更与终止")."""
    from bitext.pair import pair_headings

    def cands(texts):
        strong = [t for t in texts if not t.startswith("~")]
        return [Candidate(k, Heading(t.lstrip("~"), k, "weak" if t.startswith("~") else "strong"), k / len(texts),
                          peers=len(strong)) for k, t in enumerate(texts)]

    zc = cands(["一、定义", "二、协议范围", "三、商品信息", "四、订单履行", "五、服务费用", "六、税务与发票",
                "七、知识产权与消费者投诉", "~禾市尊重并保护知识产权", "八、违规处理", "九、协议变更与终止", "十、法律适用与争议解决"])
    ec = cands(["1. Definitions", "2. Scope", "3. Product Information", "4. Order Fulfilment", "5. Service Fees",
                "6. Intellectual Property and Consumer Complaints", "7. Enforcement Actions", "8. Amendment and Termination",
                "9. Governing Law and Dispute Resolution", "10. Additional Terms for Cross-Border Sellers"])
    got = [(zc[i].heading.text, ec[j].heading.text) for i, j, _ in pair_headings(zc, ec)]
    assert ("七、知识产权与消费者投诉", "6. Intellectual Property and Consumer Complaints") in got
    assert ("八、违规处理", "7. Enforcement Actions") in got and ("九、协议变更与终止", "8. Amendment and Termination") in got
    assert not any(z == "六、税务与发票" for z, _ in got)


def test_articles_numbered_in_roman_figures_match_a_constitutions_top_numbers():
    """"ARTICLE II – PURPOSE" is a constitution's second division, as "二、宗旨" is; an article
    numbered in Arabic figures says nothing of an item "二、" (an item of 第二條)."""
    from bitext.pair import _number_match

    assert _number_match("二、宗旨", "ARTICLE II – PURPOSE") == 1.0
    assert _number_match("三、信仰宣言", "ARTICLE II – PURPOSE") == 0.0
    assert _number_match("二、本會宗旨為", "Article 2 (Nature and Objects)") is None


def test_a_number_alone_does_not_pair_two_titles_that_say_different_things():
    """A chapter in one language only shifts the numbers: "第五章 社会责任" is "Chapter 4 Social
    Responsibility", not "第四章 党的建设" for its number."""
    def cand(text: str, pos: float) -> Candidate:
        return Candidate(0, Heading(text, 1, "strong"), pos, rank=pos)

    en = cand("Chapter 4 Social Responsibility", 0.80)
    assert heading_score(cand("第五章 社会责任", 0.79), en) > heading_score(cand("第四章 党的建设", 0.76), en)
