"""Interleaved text: a paragraph and the one after it (or before it, English
first) translate each other, and so do the run-in headings that open them."""
from __future__ import annotations

from bitext.headings import interleaved_partners
from bitext.model import Block
from bitext.pipeline import process
from bitext.read import read_text


def _pairs(text: str):
    b = process(read_text(text, "doc.txt"))
    return [(s.heading_zh, s.heading_en) for s in b.sections if s.heading_zh and s.heading_en]


def _blocks(*texts: str) -> list[Block]:
    return [Block(t, "zh" if any("\u4e00" <= c <= "\u9fff" for c in t) else "en", 2 * k + 1) for k, t in enumerate(texts)]


def test_partners_follow_the_order_the_numbers_show():
    zh_first = _blocks("1.1 租用资格", "1.1 Who May Rent", "1.2 租期", "1.2 Rental Periods", "1.3 费用", "1.3 Fees")
    assert interleaved_partners(zh_first) == {0: 1, 2: 3, 4: 5}
    en_first = _blocks("1.1 Who May Rent", "1.1 租用资格", "1.2 Rental Periods", "1.2 租期", "1.3 Fees", "1.3 费用")
    assert interleaved_partners(en_first) == {1: 0, 3: 2, 5: 4}
    # Nothing to tell by: Chinese first; a Chinese block with no English beside it has no partner.
    assert interleaved_partners(_blocks("前言", "Foreword", "说明。", "背景", "Background")) == {0: 1, 3: 4}


POINTS = """（一）夯实产业基础。园区新引进项目二十个，计划总投资八十亿元。
(1) Strengthening the industrial base. We will bring twenty new projects into the park, with planned investment of 8 billion yuan.

（二）优化公共服务，提升群众满意度。
(2) We will improve public services and raise public satisfaction.

办好家门口的学校。新建小学两所，扩充学位一千二百个。
Good schools close to home. We will build two primary schools and add 1,200 school places.

守护一老一小。新增托育托位三百个，建设社区食堂十五家。
Caring for the young and the old. We will add 300 childcare places and open 15 community canteens.

（三）守牢安全底线，维护社会稳定。深入排查燃气、消防等领域隐患，健全应急预案体系。
(3) We will hold the line on safety and keep society stable. We will look for hazards in gas supply and fire safety and improve our plans.
"""


def test_a_run_of_points_mixes_lines_and_runins():
    """A point alone on its line and one opening its paragraph are one run; the English
    run-ins beside the Chinese ones are found even where the English has no run to count."""
    assert _pairs(POINTS) == [
        ("（一）夯实产业基础", "(1) Strengthening the industrial base"),
        ("（二）优化公共服务，提升群众满意度", "(2) We will improve public services and raise public satisfaction"),
        ("办好家门口的学校", "Good schools close to home"),
        ("守护一老一小", "Caring for the young and the old"),
        ("（三）守牢安全底线，维护社会稳定", "(3) We will hold the line on safety and keep society stable"),
    ]


def test_a_single_runin_is_not_made_a_heading_by_its_neighbour():
    """One short first sentence alone, with no run of run-ins around it, stays text."""
    text = POINTS.replace("守护一老一小。新增托育托位三百个，建设社区食堂十五家。", "新增托育托位三百个，建设社区食堂十五家。").replace(
        "Caring for the young and the old. We will add", "We will add")
    got = _pairs(text)
    assert ("办好家门口的学校", "Good schools close to home") not in got
    assert ("（三）守牢安全底线，维护社会稳定", "(3) We will hold the line on safety and keep society stable") in got


def test_numbered_clauses_beside_each_other_are_not_headings():
    """Clauses of an agreement translate each other as run-in points do, but none of
    their neighbours is a heading line: they stay text."""
    text = """第一条　定义和解释
Article 1 Definitions and Interpretation

1.1 本协议中，“服务”指本协议附件一所列的服务。
1.1 In this Agreement, "Services" means the services listed in Schedule 1.

1.2 本协议各条标题仅为方便阅读而设，不影响对本协议的解释。附件构成本协议的组成部分。
1.2 The headings are for convenience only. The Schedules form part of this Agreement.

第二条　服务期限
Article 2 Term of Service

2.1 本协议自双方签字之日起生效，有效期三年。
2.1 This Agreement takes effect on signature by both Parties and remains in force for three years.
"""
    assert _pairs(text) == [("第一条 定义和解释", "Article 1 Definitions and Interpretation"),
                            ("第二条 服务期限", "Article 2 Term of Service")]



def test_a_heading_whose_translation_opens_the_next_page_pairs_with_it():
    """A chapter's Chinese heading at a page's foot, its English at the next page's head, the
    page's number and header taken out between them: they pair, and the article under them pairs
    with its own translation."""
    articles = []
    for n, (zh, en) in enumerate([("總則", "General Provisions"), ("會議", "Meetings"), ("委員", "Members")], 1):
        articles += [f"第{n}條（{zh}）", f"本章程第{n}條的規定適用於全體區分所有權人及住戶，不得違反。", "",
                     f"Article {n} ({en})", f"Article {n} of these Bylaws applies to all owners and residents alike.", ""]
    page = []
    for n in range(1, 4):
        page += [f"第{n}章　章{n}的名稱", "", f"　　　　　第 {n} 頁，共 3 頁　Page {n} of 3", "",
                 "松濤山莊社區管理委員會組織章程　　　　　Pine Ridge Villas HOA Bylaws", "", f"Chapter {n}  Chapter {n}'s Name", ""]
        page += articles[(n - 1) * 6:n * 6]
    pairs = _pairs("\n".join(page))
    for n in range(1, 4):
        assert (f"第{n}章 章{n}的名稱", f"Chapter {n} Chapter {n}'s Name") in pairs
    assert ("第2條（會議）", "Article 2 (Meetings)") in pairs
