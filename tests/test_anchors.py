"""Each kind of evidence the aligner uses, alone."""
import pytest

from bitext import anchors


# --------------------------------------------------------------------------- numbers

@pytest.mark.parametrize("zh,en", [
    ("诊治患者超16.5万人次", "treated over 165,000 patients"),
    ("建校140周年", "the 140th anniversary"),
    ("增长50%", "grew 50 percent"),
    ("九个项目", "nine projects"),
    ("投资3亿元", "an investment of 300 million yuan"),
    ("共2,500人", "2500 people in all"),
    ("二十三个国家", "23 countries"),
])
def test_numbers_match_across_languages(zh, en):
    assert anchors.number_keys_zh(zh) & anchors.number_keys_en(en)


def test_numbers_that_differ_do_not_match():
    assert not anchors.number_keys_zh("增长16.5万") & anchors.number_keys_en("rose by 16,500")
    assert not anchors.number_keys_zh("统一思想") & anchors.number_keys_en("one idea")


def test_number_reading_is_robust_to_odd_strings():
    assert "n:10.1" in anchors.number_keys_zh("见第10.1.1节")  # a section number, not a crash
    assert "n:1000" in anchors.number_keys_en("1,000 people")


# --------------------------------------------------------------------------- Latin tokens


def test_latin_tokens_inside_chinese():
    keys = anchors.latin_keys_zh("APEC成员在5G领域与SCO合作")
    assert {"l:apec", "l:5g", "l:sco"} <= keys
    assert keys <= anchors.latin_keys_en("APEC members cooperate with the SCO on 5G") | {"l:x"}


def test_latin_tokens_absent_from_pure_chinese():
    assert anchors.latin_keys_zh("重庆市对外开放") == frozenset()


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize("zh,en", [
    ("重庆", "Chongqing"),
    ("九龙坡区", "Jiulongpo District"),
    ("成都", "Chengdu"),
])
def test_pinyin_names_meet_capitalised_words(zh, en):
    assert anchors.name_keys_zh(f"我们在{zh}开会") & anchors.name_keys_en(f"We met in {en} today")


def test_names_ignore_lower_case_words():
    assert not anchors.name_keys_zh("我们在重庆开会") & anchors.name_keys_en("chongqing in lower case")


# --------------------------------------------------------------------------- dictionary


def test_dictionary_glosses_are_stems():
    assert "develop" in anchors.glosses("发展")
    assert anchors.glosses("不是一个词语的字符串") == frozenset()


def test_dictionary_keys_meet_english_stems():
    z = anchors.dict_keys_zh("我们扩大开放，深化合作")
    e = anchors.dict_keys_en("We expanded opening up and deepened cooperation")
    hits = {w for w, g in z.items() if g & e}
    assert {"合作", "深化"} & hits
    assert not any(g & anchors.dict_keys_en("Bananas are yellow") for g in z.values())


def test_english_stop_words_are_not_keys():
    assert anchors.dict_keys_en("the of and to") == frozenset()


# --------------------------------------------------------------------------- length


def test_length_cost_is_zero_at_the_expected_ratio_and_grows_away_from_it():
    assert anchors.length_cost(100, 300, 3.0) == pytest.approx(0.0)
    assert anchors.length_cost(100, 600, 3.0) > anchors.length_cost(100, 400, 3.0) > 0


# --------------------------------------------------------------------------- combined


def test_keys_by_kind():
    zk = anchors.keys_zh("重庆与APEC成员诊治患者16.5万人次")
    ek = anchors.keys_en("Chongqing and APEC members treated 165,000 patients")
    assert set(zk) == set(ek) == set(anchors.KINDS)
    assert zk["number"] & ek["number"]
    assert zk["latin"] & ek["latin"]
    assert zk["name"] & ek["name"]
    assert any(g & ek["dict"] for g in zk["dict"].values())


def test_similarity_prefers_the_translation():
    zh = "我们积极推动企业走出去，开拓国际市场。"
    good = "We actively helped companies go global and explore international markets."
    bad = "The weather in spring was mild and rainy."
    assert anchors.similarity(zh, good) > anchors.similarity(zh, bad)
    # Words the dictionary lacks ("人才队伍", "日益壮大") count by the parts it has ("人才": talent).
    heading = "文艺人才队伍日益壮大"
    assert anchors.similarity(heading, "A growing pool of artistic talent") > 0.2
    assert anchors.similarity(heading, "More outstanding works") == 0.0


def test_british_spellings_meet_the_dictionarys_american_glosses():
    from bitext.anchors import similarity, stem

    assert stem("enquiries") == stem("inquiries") and stem("organisation") == stem("organization")
    assert stem("colour") == stem("color") and stem("licence") == stem("license") and stem("analysed") == stem("analyzed")
    assert stem("hours") == "hour" and stem("our") == "our"  # words that only look British stay as they are
    assert similarity("查詢", "Enquiries") > 0.5 and similarity("颜色", "Colour") > 0.5


def test_a_gloss_meets_an_english_word_of_its_own_root():
    """"to dissolve" is "Dissolution", "financial affairs" is "Finance", "trust" is "Trustees";
    "controversy" is not "Control", nor "contract" "contrast"."""
    from bitext.anchors import _meets, _roots, similarity

    def _kin(a: str, b: str) -> bool:
        return _meets(_roots(frozenset((a,))), _roots(frozenset((b,))))

    assert similarity("解散", "DISSOLUTION") > 0.5 and similarity("争议解决", "Dispute Resolution") > 0.5
    assert similarity("财务", "Finance") > 0.5 and similarity("信托人", "Trustees") > 0.5
    assert similarity("法律适用与争议解决", "EXPORT CONTROL") == 0.0
    assert not _kin("controversi", "control") and not _kin("contract", "contrast") and not _kin("provid", "provinc")
    # Nothing to go on is told apart from words that do not agree, where asked.
    assert similarity("禁例", "PROHIBITIONS", unknown=None) is None and similarity("禁例", "PROHIBITIONS") == 0.3


def test_a_word_joined_by_hyphens_is_met_by_its_parts_and_counts_once():
    """"E-Invoice" is an invoice to the dictionary's 发票; "Well-being", a gloss kept whole,
    is still met whole, and its parts cost it nothing."""
    assert anchors.similarity("开立第一张电子发票", "Issuing Your First E-Invoice") > anchors.similarity(
        "开立第一张电子发票", "Issuing Your First E-Ticket")
    assert anchors.similarity("开立第一张电子发票", "Issuing Your First E-Invoice") >= 0.3
    assert anchors.similarity("福祉", "Well-being") == 1.0
