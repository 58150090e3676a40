"""Links that hold: section and row ids kept in the registry beside a report."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bitext import ids
from bitext.model import Bitext, Diagnostic, Meta, Row, Section

ROOT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------- synthetic reports

ZH = {
    "a": "我们加强了对外交流合作，举办了多场国际会议。",
    "b": "全市新增友好城市十个，国际朋友圈越来越大。",
    "c": "我们推动企业走出去，组织一百多个团组赴海外考察。",
    "d": "我们持续优化营商环境，外资项目落地速度明显加快。",
    "e": "我们广泛开展国际传播，讲好重庆故事。",
    "f": "领事保护工作扎实推进，海外同胞安全得到保障。",
}
EN = {
    "a": "We strengthened exchanges and cooperation with other countries and hosted many international conferences.",
    "b": "Ten new sister cities were added, and our circle of friends keeps growing.",
    "c": "We helped companies go global, organizing more than 100 delegations to visit overseas markets.",
    "d": "We kept improving the business environment, and foreign-funded projects landed much faster.",
    "e": "We carried out international communication widely and told the story of Chongqing well.",
    "f": "Consular protection was steadily advanced and the safety of our compatriots abroad was ensured.",
}


def row(key: str, rid: str = "x", zh: str | None = None, en: str | None = None) -> Row:
    return Row(rid, (zh if zh is not None else ZH[key],), (en if en is not None else EN[key],), 0.9)


def section(sid: str, hz: str | None, he: str | None, rows: list[Row]) -> Section:
    numbered = tuple(Row(f"{sid}-{n}", r.zh, r.en, r.score) for n, r in enumerate(rows, 1))
    return Section(sid, sid, hz, he, numbered)


def bitext(*sections: Section, diagnostics=()) -> Bitext:
    return Bitext("r.txt", Meta(), tuple(sections), diagnostics=tuple(diagnostics))


def original() -> Bitext:
    return bitext(
        section("intro", None, None, [row("a")]),
        section("opening-up", "一、扩大开放", "Opening Up", [row("b"), row("c"), row("d")]),
        section("services", "二、优化服务", "Better Services", [row("e"), row("f")]),
    )


def ids_of(b: Bitext) -> dict[str, str]:
    """English text → row id."""
    return {r.en[0] if r.en else r.zh[0]: r.id for s in b.sections for r in s.rows}


def first() -> ids.Result:
    return ids.stabilize(original(), None)


# ---------------------------------------------------------------- the stage


def test_first_build_keeps_the_ids_pair_gave_and_records_them():
    res = first()
    assert [s.id for s in res.bitext.sections] == ["intro", "opening-up", "services"]
    assert [r.id for r in res.bitext.sections[1].rows] == ["opening-up-1", "opening-up-2", "opening-up-3"]
    assert set(res.registry.rows) == {r.id for s in original().sections for r in s.rows}
    assert set(res.registry.sections) == {"intro", "opening-up", "services"}
    assert all("gone" not in e for e in res.registry.rows.values())


def test_registry_text_is_deterministic_and_sorted():
    a, b = ids.dumps(first().registry), ids.dumps(first().registry)
    assert a == b and a.endswith("\n")
    data = json.loads(a)
    assert list(data["rows"]) == sorted(data["rows"])
    assert ids.dumps(ids.loads(a)) == a
    # Rebuilding unchanged text with the registry changes nothing.
    again = ids.stabilize(original(), ids.loads(a))
    assert ids.dumps(again.registry) == a
    assert ids_of(again.bitext) == ids_of(first().bitext)


def test_changed_inserted_and_deleted_rows():
    reg = first().registry
    edited = bitext(
        section("intro", None, None, [row("a")]),
        section("opening-up", "一、扩大开放", "Opening Up", [
            # b deleted; c changed (a word in each language); a new row inserted before d
            row("c", zh=ZH["c"].replace("一百多个", "110个"), en=EN["c"].replace("more than 100", "110")),
            row("new", zh="我们举办了外事开放日活动。", en="We held an open day of foreign affairs."),
            row("d"),
        ]),
        section("services", "二、优化服务", "Better Services", [row("e"), row("f")]),
    )
    res = ids.stabilize(edited, reg)
    got = ids_of(res.bitext)
    assert got[EN["a"]] == "intro-1"
    assert got[EN["c"].replace("more than 100", "110")] == "opening-up-2", "an edited row keeps its id"
    assert got[EN["d"]] == "opening-up-3", "a row after an insertion keeps its id"
    assert got[EN["e"]] == "services-1" and got[EN["f"]] == "services-2"
    new = got["We held an open day of foreign affairs."]
    assert new == "opening-up-4", "a new row gets a fresh id, never a used one"
    gone = res.registry.rows["opening-up-1"]["gone"]
    assert gone == {"to": None, "near": "intro-1"}
    links = ids.links(res.bitext, res.registry, {})
    assert links["gone"]["opening-up-1"] == {"how": "removed", "to": "intro-1", "page": "intro"}
    assert links["pages"]["opening-up-2"] == "opening-up"


def test_a_retired_id_is_never_given_to_new_text_and_old_text_gets_its_id_back():
    reg = first().registry
    without_f = bitext(*original().sections[:2], section("services", "二、优化服务", "Better Services", [row("e")]))
    step1 = ids.stabilize(without_f, reg)
    assert "gone" in step1.registry.rows["services-2"]
    other = bitext(*original().sections[:2], section("services", "二、优化服务", "Better Services", [
        row("e"), row("z", zh="完全不同的新段落内容。", en="An entirely different new paragraph.")]))
    step2 = ids.stabilize(other, step1.registry)
    assert ids_of(step2.bitext)["An entirely different new paragraph."] == "services-3"
    assert "gone" in step2.registry.rows["services-2"], "the retired id stays retired"
    back = ids.stabilize(original(), step2.registry)
    assert ids_of(back.bitext)[EN["f"]] == "services-2", "the same text gets its old id back"


def test_merged_rows_say_where_the_text_went():
    reg = first().registry
    merged = bitext(
        original().sections[0],
        section("opening-up", "一、扩大开放", "Opening Up", [
            row("b"), Row("x", (ZH["c"] + ZH["d"],), (EN["c"] + " " + EN["d"],), 0.9)]),
        original().sections[2],
    )
    res = ids.stabilize(merged, reg)
    kept = ids_of(res.bitext)[EN["c"] + " " + EN["d"]]
    assert kept in ("opening-up-2", "opening-up-3")
    lost = ({"opening-up-2", "opening-up-3"} - {kept}).pop()
    assert res.registry.rows[lost]["gone"]["to"] == kept
    assert ids.links(res.bitext, res.registry, {})["gone"][lost]["how"] == "moved"


def test_edited_heading_keeps_the_section_id_and_new_sections_get_fresh_ones():
    reg = first().registry
    edited = bitext(
        original().sections[0],
        section("opening-up-wider", "一、扩大高水平开放", "Opening Up Wider", list(original().sections[1].rows)),
        section("consular", "三、领事工作", "Consular Work", [row("f")]),
        section("services", "二、优化服务", "Better Services", [row("e")]),
    )
    res = ids.stabilize(edited, reg)
    assert [s.id for s in res.bitext.sections] == ["intro", "opening-up", "consular", "services"]
    assert [s.slug for s in res.bitext.sections] == [s.id for s in res.bitext.sections]
    # f moved to the new section and keeps its id there; the page map says where it lives now.
    assert ids_of(res.bitext)[EN["f"]] == "services-2"
    assert ids.links(res.bitext, res.registry, {})["pages"]["services-2"] == "consular"


def test_a_completely_new_heading_keeps_the_id_when_the_rows_are_the_same():
    reg = first().registry
    renamed = bitext(original().sections[0],
                     section("trade", "一、贸易往来", "Trade and Investment", list(original().sections[1].rows)),
                     original().sections[2])
    assert ids.stabilize(renamed, reg).bitext.sections[1].id == "opening-up"


def test_a_removed_section_points_to_where_its_rows_went_or_to_its_neighbour():
    reg = first().registry
    folded = bitext(original().sections[0],
                    section("opening-up", "一、扩大开放", "Opening Up",
                            list(original().sections[1].rows) + list(original().sections[2].rows)))
    res = ids.stabilize(folded, reg)
    assert res.registry.sections["services"]["gone"]["to"] == "opening-up"
    assert ids.links(res.bitext, res.registry, {})["gone"]["services"]["how"] == "moved"

    dropped = bitext(*original().sections[:2])
    res = ids.stabilize(dropped, reg)
    assert res.registry.sections["services"]["gone"] == {"to": None, "near": "opening-up"}
    links = ids.links(res.bitext, res.registry, {"opening-up": ("一、扩大开放", "Opening Up")})
    assert links["gone"]["services"] == {"how": "removed", "to": "opening-up", "page": "opening-up"}
    assert links["gone"]["services-1"]["how"] == "removed"
    assert links["titles"]["opening-up"] == ["一、扩大开放", "Opening Up"]


def test_gone_ids_resolve_through_later_removals():
    reg = first().registry
    step1 = ids.stabilize(bitext(*original().sections[:2], section("services", "二、优化服务", "Better Services", [row("e")])), reg)
    step2 = ids.stabilize(bitext(*original().sections[:2]), step1.registry)
    links = ids.links(step2.bitext, step2.registry, {})
    # services-2 went near services-1, which is gone too: the chain ends at live text.
    assert links["gone"]["services-2"]["to"] in links["pages"]


def test_diagnostics_name_the_stable_ids():
    reg = first().registry
    b = bitext(original().sections[0],
               section("opening-up", "一、扩大开放", "Opening Up", [row("c"), row("d")]),
               original().sections[2],
               diagnostics=[Diagnostic("warning", "low-confidence row opening-up-1 (score 0.20)", 3, "r.txt")])
    res = ids.stabilize(b, reg)
    assert res.bitext.diagnostics[0].message == "low-confidence row opening-up-2 (score 0.20)"


def test_a_broken_registry_is_an_error_that_names_the_file(tmp_path):
    p = tmp_path / "report.ids.json"
    p.write_text("{not json", encoding="utf-8")
    with pytest.raises(ids.RegistryError, match="report.ids.json"):
        ids.load(p)
    p.write_text('{"format": 99}', encoding="utf-8")
    with pytest.raises(ids.RegistryError):
        ids.load(p)
    assert ids.load(tmp_path / "missing.ids.json").rows == {}
    assert ids.registry_path("reports/x/report.txt") == Path("reports/x/report.ids.json")


# ---------------------------------------------------------------- the example, edited

EXAMPLE = ROOT / "reports" / "foreign-affairs-2023" / "report.txt"
DELETED_ZH = ("我们努力推动友城量质齐升,完成市对外友协理事会换届,统筹130家理事单位开展民间交往。新增10个友城或友好交流城市,"
              "国际“朋友圈”越来越大。办好重庆与西雅图结好40周年等“逢五逢十”结好周年庆祝活动,友城合作“交汇点”越做越实。")
DELETED_EN = "We have strengthened our friendship with sister cities"
CHANGED_EN = "We have continuously optimized foreign affairs governance."
INSERTED_EN = "We also held an open day of foreign affairs, inviting citizens to visit foreign affairs institutions and learn about their work."


def edit_example(text: str) -> str:
    """One paragraph deleted, one changed, one inserted, in both languages."""
    lines = text.split("\n")
    zh = [i for i, ln in enumerate(lines) if DELETED_ZH in ln]
    en = [i for i, ln in enumerate(lines) if ln.startswith(DELETED_EN)]
    assert len(zh) == len(en) == 1, "the example changed; update the edit"
    lines[zh[0]] = lines[zh[0]].replace(DELETED_ZH, "")
    del lines[en[0]]
    t = "\n".join(lines)
    for a, b in (("平均压缩时限近50%", "平均压缩时限近一半"), ("We further streamlined", "We have further streamlined"),
                 ("持续优化外商投资环境。", "持续优化外商投资环境。我们还举办了外事开放日活动,邀请市民走进外事机构,了解外事工作。")):
        assert t.count(a) == 1
        t = t.replace(a, b)
    lines = t.split("\n")
    i = next(i for i, ln in enumerate(lines) if ln.startswith("We have sustained our efforts"))
    lines.insert(i + 1, INSERTED_EN)
    return "\n".join(lines)


def by_en_start(b: Bitext) -> dict[str, str]:
    return {(r.en[0] if r.en else r.zh[0])[:40]: r.id for s in b.sections for r in s.rows}


@pytest.fixture(scope="module")
def edited_example(tmp_path_factory, example_bitext):
    from bitext.pipeline import process_ids
    from bitext.read import read

    d = tmp_path_factory.mktemp("edited")
    r1 = ids.stabilize(example_bitext, None)  # the first build: the ids pair gave, recorded
    after = d / "after.txt"
    after.write_text(edit_example(EXAMPLE.read_text(encoding="utf-8")), encoding="utf-8")
    r2 = process_ids(read(after), registry=r1.registry)
    return r1, r2


def test_editing_the_example_keeps_every_other_id(edited_example):
    r1, r2 = edited_example
    old, new = by_en_start(r1.bitext), by_en_start(r2.bitext)
    deleted = old.pop(DELETED_EN[:40])
    changed = old[CHANGED_EN[:40]]
    for text, rid in old.items():
        assert new.get(text) == rid, f"{rid} ({text!r}) lost its id"
    assert new[CHANGED_EN[:40]] == changed
    inserted = new[INSERTED_EN[:40]]
    assert inserted not in r1.registry.rows and inserted not in r1.registry.sections
    assert [s.id for s in r2.bitext.sections] == [s.id for s in r1.bitext.sections]
    gone = r2.registry.rows[deleted]["gone"]
    assert gone["to"] is None and gone["near"] in {r.id for s in r2.bitext.sections for r in s.rows}
    links = ids.links(r2.bitext, r2.registry, {})
    assert links["gone"][deleted]["how"] == "removed"
    assert deleted not in links["pages"]


def test_every_id_in_the_committed_registry_still_leads_somewhere(example_bitext):
    """The example's registry is committed; each id it ever recorded is on a page
    now, or gone with a place to send the reader."""
    from bitext.cli import load_report
    from bitext.config import load

    reg = ids.load(ids.registry_path(EXAMPLE))
    assert reg.rows and reg.sections, "the example's registry is committed"
    rc = load(ROOT / "bitext.yml").reports[0]
    b = load_report(rc)
    res = ids.stabilize(b, reg)
    links = ids.links(res.bitext, res.registry, {})
    for k in set(reg.rows) | set(reg.sections):
        assert k in links["pages"] or k in links["gone"], f"{k} leads nowhere"


# ---------------------------------------------------------------- the build and the site


def small_report() -> str:
    """A short sequential report (Chinese, then English) built from the texts above."""
    zh = [ZH["a"], "一、扩大开放", ZH["b"], ZH["c"], "二、优化服务", ZH["e"], ZH["f"]]
    en = [EN["a"], "I. Opening Up", EN["b"], EN["c"], "II. Better Services", EN["e"], EN["f"]]
    return "\n".join(zh + en) + "\n"


def test_build_records_the_registry_only_when_asked(tmp_path):
    from bitext.cli import build_site
    from bitext.config import ReportConfig

    report = tmp_path / "report.txt"
    report.write_text(small_report(), encoding="utf-8")
    rc = ReportConfig(source=report, slug="r")
    reg_path = tmp_path / "report.ids.json"
    build_site([rc], tmp_path / "a", None, None, docs_out=False)
    assert not reg_path.exists()
    build_site([rc], tmp_path / "b", None, None, docs_out=False, update_ids=True)
    first_text = reg_path.read_text(encoding="utf-8")
    recorded = json.loads(first_text)["rows"]
    assert len(recorded) == 5
    links = json.loads((tmp_path / "b" / "links.json").read_text(encoding="utf-8"))
    assert set(links["reports"]["r"]["pages"]) >= set(recorded)
    # The paragraph about sister cities goes, in both languages.
    report.write_text(small_report().replace(ZH["b"] + "\n", "").replace(EN["b"] + "\n", ""), encoding="utf-8")
    build_site([rc], tmp_path / "c", None, None, docs_out=False, update_ids=True)
    data = json.loads(reg_path.read_text(encoding="utf-8"))
    gone = [k for k, v in data["rows"].items() if "gone" in v]
    assert gone == [next(k for k, v in recorded.items() if v["en"][0] == EN["b"])]
    assert {k for k in data["rows"] if k not in gone} == set(recorded) - set(gone), "the others keep their ids"
    links = json.loads((tmp_path / "c" / "links.json").read_text(encoding="utf-8"))["reports"]["r"]
    assert links["gone"][gone[0]]["how"] == "removed"
    assert links["gone"][gone[0]]["to"] in links["pages"]


@pytest.mark.slow
@pytest.mark.browser
def test_old_links_to_edited_text_say_where_it_went(tmp_path):
    """Build, edit the report (a section's rows deleted, a paragraph removed), rebuild,
    then follow the old links in a browser: a notice says where the text is."""
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    from bitext.cli import build_site
    from bitext.config import ReportConfig

    report = tmp_path / "report.txt"
    shutil.copy(EXAMPLE, report)
    rc = ReportConfig(source=report, slug="r", title_zh="报告", title_en="Report")
    site = tmp_path / "site"

    class Pages(SimpleHTTPRequestHandler):
        def send_error(self, code, message=None, explain=None):
            if code != 404:
                return super().send_error(code, message, explain)
            body = (site / "404.html").read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Pages, directory=str(site)))
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    build_site([rc], site, None, base, docs_out=False, update_ids=True)
    before = json.loads((site / "links.json").read_text(encoding="utf-8"))["reports"]["r"]["pages"]
    deleted_row = next(k for k, v in json.loads((tmp_path / "report.ids.json").read_text(encoding="utf-8"))["rows"].items()
                       if v["en"][0].startswith(DELETED_EN))
    # Edit: the paragraph goes; so does the closing section (its rows join the section before).
    text = edit_example(report.read_text(encoding="utf-8"))
    closing_zh = next(ln for ln in text.split("\n") if ln.startswith("新重慶建设蹄疾步稳"))
    closing_en = next(ln for ln in text.split("\n") if ln.startswith("The New Chongqing is experiencing"))
    text = text.replace("\n" + closing_zh, "").replace("\n" + closing_en, "")
    report.write_text(text, encoding="utf-8")
    build_site([rc], site, None, base, docs_out=False, update_ids=True)
    after = json.loads((site / "links.json").read_text(encoding="utf-8"))["reports"]["r"]
    assert "closing" in before and "closing" in after["gone"]
    page_of_deleted = before[deleted_row]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    target = after["gone"][deleted_row]["to"]
    try:
        # The browser runs in its own process: Playwright's sync API cannot share this
        # one's event loop with the shared browser of the browser tests.
        proc = subprocess.run(
            [sys.executable, "-c", FOLLOW_OLD_LINKS, json.dumps([
                f"{base}r/{page_of_deleted}/#{deleted_row}",
                f"{base}r/{after['pages'][target]}/#{target}",
                f"{base}r/closing/",
            ])], capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr[-3000:]
        seen = json.loads(proc.stdout)
    finally:
        server.shutdown()
        server.server_close()
    removed, present, section = seen["visits"]
    # A removed paragraph: the section page says so and links to the nearest text.
    assert "removed" in removed["notice"] and removed["href"].endswith("#" + target)
    # A link to a row that exists shows no notice.
    assert present["notice"] is None
    # A section that is gone: the 404 page says where its text went, and the link works.
    assert section["status"] == 404 and "找不到页面" in section["content"]
    assert "moved" in section["notice"] or "removed" in section["notice"]
    assert f"/r/{after['gone']['closing']['page']}/" in section["href"]
    assert seen["followed"] == 200
    assert not seen["errors"], seen["errors"]


FOLLOW_OLD_LINKS = """
import json, sys
from playwright.sync_api import sync_playwright

visits, errors = [], []
with sync_playwright() as p:
    browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
    for url in json.loads(sys.argv[1]):
        page = browser.new_page()
        page.on("pageerror", lambda e: errors.append(str(e)))
        response = page.goto(url)
        page.wait_for_load_state("load")
        try:
            page.wait_for_selector("#bt-link-notice", timeout=3000)
        except Exception:
            pass
        box = page.query_selector("#bt-link-notice")
        visits.append({"status": response.status, "content": page.content(),
                       "notice": box.inner_text() if box else None,
                       "href": page.get_attribute("#bt-link-notice a", "href") if box else None})
    followed = page.goto(visits[-1]["href"]).status if visits[-1]["href"] else None
    browser.close()
print(json.dumps({"visits": visits, "errors": errors, "followed": followed}))
"""

