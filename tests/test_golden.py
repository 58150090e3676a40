"""The example report against its hand-checked answer."""
import json

from bitext.export import to_dict


def _offsets(rows_text):
    """Character ranges of consecutive texts in one stream (whitespace ignored)."""
    out, pos = [], 0
    for t in rows_text:
        n = len("".join(t.split()))
        out.append((pos, pos + n))
        pos += n
    return out


def test_meta_and_removed(example_bitext, gold):
    d = to_dict(example_bitext)
    assert d["meta"]["date"] == gold["meta"]["date"]
    assert d["meta"]["author"] == gold["meta"]["author"]
    assert d["removed"] == gold["removed"]


def test_heading_pairs(example_bitext, gold):
    ours = [(s.heading_zh, s.heading_en) for s in example_bitext.sections if s.headed]
    theirs = [(b["heading"]["zh"], b["heading"]["en"]) for b in gold["blocks"] if b["heading"]]
    assert ours == theirs
    assert len(ours) == 6


def test_blocks_and_rows_never_cross_gold_borders(example_bitext, gold):
    assert len(example_bitext.sections) == len(gold["blocks"]) == 8
    for sec, block in zip(example_bitext.sections, gold["blocks"]):
        assert (sec.heading_zh is None) == (block["heading"] is None)
        g_zh = _offsets([r["zh"] for r in block["rows"]])
        g_en = _offsets(["".join(r["en"]) for r in block["rows"]])
        o_zh = _offsets(["".join(r.zh) for r in sec.rows])
        o_en = _offsets(["".join(r.en) for r in sec.rows])
        # Same text in the block, in both languages.
        assert "".join("".join(r.zh) for r in sec.rows).replace(" ", "") == "".join(r["zh"] for r in block["rows"]).replace(" ", "")
        assert " ".join(" ".join(r.en) for r in sec.rows).split() == " ".join(" ".join(r["en"]) for r in block["rows"]).split()
        for (zs, ze), (es, ee) in zip(o_zh, o_en):
            gz = {i for i, (a, b) in enumerate(g_zh) if a < ze and zs < b}
            ge = {i for i, (a, b) in enumerate(g_en) if a < ee and es < b}
            assert len(gz) <= 1 and len(ge) <= 1, f"row crosses a gold border in {sec.id}"
            if gz and ge:
                assert gz == ge, f"row pairs text from different gold rows in {sec.id}"


def test_exact_row_count(example_bitext, gold):
    assert sum(len(s.rows) for s in example_bitext.sections) == sum(len(b["rows"]) for b in gold["blocks"]) == 24


def test_untranslated_paragraph_is_kept_with_empty_english(example_bitext):
    first = example_bitext.sections[0].rows[0]
    assert first.zh and first.zh[0].startswith("3月,重庆市委书记") and first.en == ()


def test_semicolon_split_in_section_one(example_bitext):
    sec = example_bitext.sections[1]
    assert len(sec.rows) == 3
    assert [r.zh[0][-1] for r in sec.rows] == [";", ";", "。"]


def test_closing_block_is_unheaded(example_bitext):
    last = example_bitext.sections[-1]
    assert not last.headed
    assert last.rows[0].zh[0].startswith("新重慶建设蹄疾步稳")


def test_export_is_json_in_the_contract(example_bitext):
    from bitext.export import to_json

    d = json.loads(to_json(example_bitext))
    assert set(d) == {"meta", "removed", "sections", "diagnostics"}
    assert set(d["meta"]) == {"date", "author", "title"}
    for s in d["sections"]:
        assert set(s) == {"id", "heading", "rows"} and s["id"].isascii()
        for r in s["rows"]:
            assert set(r) == {"id", "zh", "en", "score"} and 0.0 <= r["score"] <= 1.0
    for diag in d["diagnostics"]:
        assert diag["level"] in ("warning", "error")
