"""Self-contained, readable without JavaScript, printable, dark mode,
typography, and axe-core with no serious or critical violation."""
import re
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from browser_support import PHONE, settle
from conftest import FULL, OVERVIEW, SECTION
from geometry import rows, style

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PAGES = {"home": "", "section": SECTION, "full": FULL}
JAPANESE = re.compile(r"\bJP\b|Japanese|Hiragino Sans(?! GB)|Hiragino Kaku|Yu Gothic|Meiryo|MS P?Gothic|Osaka", re.I)


def test_no_request_leaves_the_site(session):
    s = session()
    page = s.open("")
    for path in [OVERVIEW, "foreign-affairs-2023/alignment/", "help/", FULL, SECTION]:
        s.open(path)
    page.click(".md-search__input")
    page.keyboard.type("diplomacy")
    page.wait_for_selector(".md-search-result__item")
    page.keyboard.press("Escape")
    page.click('[data-md-component="palette"] label:not([hidden])')
    page.wait_for_timeout(300)
    origin = urlsplit(s.base)
    assert len(s.requests) > 20
    outside = [u for u in s.requests
               if not u.startswith(("data:", "blob:")) and urlsplit(u)[:2] != origin[:2]]
    assert outside == []
    # Once loaded, the page keeps working without a connection: views and search.
    s.context.set_offline(True)
    page.keyboard.press("c")
    assert page.evaluate("document.documentElement.dataset.btView") == "zh"
    page.click(".md-search__input")
    page.fill(".md-search__input", "")
    page.keyboard.type("consulate")
    page.wait_for_selector(".md-search-result__item")
    s.context.set_offline(False)


@pytest.mark.parametrize("viewport", [{"width": 1280, "height": 900}, PHONE], ids=["desktop", "phone"])
def test_readable_without_javascript(session, viewport):
    s = session(java_script_enabled=False, viewport=viewport)
    page = s.open(SECTION)
    assert not page.is_visible(".bt-toolbar")  # controls that cannot work are not shown
    found = rows(page)
    assert found
    for r in found:
        assert r.zh.shown and r.en.shown
        if viewport["width"] >= 960:
            assert abs(r.zh.top - r.en.top) < 1 and r.zh.right <= r.en.left
        else:
            assert r.zh.bottom <= r.en.top + 0.5
    # A deep link is still marked, by CSS alone.
    rid = found[-1].id
    page.goto(f"{s.base}{SECTION}#{rid}")
    assert style(page, "#" + rid, "outline-style") == "solid"


@pytest.mark.parametrize("v", ["both", "zh"])
def test_print(session, v):
    page = session().open(FULL + f"?view={v}")
    page.emulate_media(media="print")
    for sel in [".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".bt-toolbar", ".md-footer", ".bt-anchor"]:
        assert page.eval_on_selector_all(sel, "els => els.every(e => getComputedStyle(e).display === 'none')"), sel
    assert page.eval_on_selector_all(".bt-row", "els => els.every(e => getComputedStyle(e).breakInside === 'avoid')")
    assert page.eval_on_selector_all(".md-typeset .bt-heading", "els => els.every(e => getComputedStyle(e).breakAfter === 'avoid')")
    found = rows(page)
    for r in found:
        if v == "both":  # the current view prints: two columns
            assert r.zh.shown and r.en.shown and abs(r.zh.top - r.en.top) < 1
        else:
            assert r.zh.shown and not r.en.shown
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and len(pdf) > 10000


def test_dark_mode(session):
    s = session()
    page = s.open(SECTION)
    light = page.evaluate("getComputedStyle(document.body).backgroundColor")
    page.click('[data-md-component="palette"] label:not([hidden])')
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'")
    dark = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert light != dark

    def luminance(rgb):
        r, g, b = [int(x) for x in re.findall(r"\d+", rgb)[:3]]
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    assert luminance(dark) < 80 < luminance(style(page, ".bt-row .bt-en p", "color"))
    # The choice is kept across pages.
    s.open(FULL)
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"


def families(css: str) -> list[str]:
    return [f.strip().strip('"\'') for f in css.split(",")]


def test_chinese_font_stack_and_leading(session):
    s = session()
    page = s.open(SECTION)
    for sel in [".bt-row .bt-cell.bt-zh", "h1.bt-heading .bt-h.bt-zh"]:
        stack = families(style(page, sel, "font-family"))
        assert stack[0] == "PingFang SC"
        assert "Noto Sans CJK SC" in stack
        assert not [f for f in stack if JAPANESE.search(f)]
    # The font actually used for the Chinese glyphs is a Simplified Chinese one.
    cdp = s.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    doc = cdp.send("DOM.getDocument", {"depth": 0})
    node = cdp.send("DOM.querySelector", {"nodeId": doc["root"]["nodeId"], "selector": ".bt-row .bt-cell.bt-zh p"})
    used = [f["familyName"] for f in cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node["nodeId"]})["fonts"]]
    cdp.detach()
    assert used and any("SC" in f for f in used) and not [f for f in used if JAPANESE.search(f)]
    ratio = page.eval_on_selector(".bt-row .bt-cell.bt-zh p",
                                  "e => parseFloat(getComputedStyle(e).lineHeight) / parseFloat(getComputedStyle(e).fontSize)")
    assert 1.6 <= ratio <= 1.8


def test_lang_on_every_text_block(session):
    page = session().open(FULL)
    langs = page.eval_on_selector_all(".bt-row p, .bt-heading .bt-h",
                                      "els => els.map(e => e.closest('[lang]').getAttribute('lang'))")
    assert langs and set(langs) <= {"zh-Hans", "zh-Hant", "en"}
    assert {"zh-Hans", "en"} <= set(langs)


@pytest.mark.parametrize("view, viewport", [("both", None), ("stack", None), ("both", PHONE)], ids=["columns", "interleaved", "phone"])
def test_languages_told_apart_without_colour(session, view, viewport):
    page = session(**({"viewport": viewport} if viewport else {})).open(SECTION + f"?view={view}")
    zh = page.eval_on_selector(".bt-row .bt-zh", "e => { const s = getComputedStyle(e); return [s.fontFamily, s.borderLeftWidth]; }")
    en = page.eval_on_selector(".bt-row .bt-en", "e => { const s = getComputedStyle(e); return [s.fontFamily, s.borderLeftWidth]; }")
    assert families(zh[0])[0] != families(en[0])[0]  # typeface
    assert float(en[1][:-2]) >= 1 and float(zh[1][:-2]) == 0  # a rule or bar marks the English block
    r = rows(page)[0]
    if view == "both" and not viewport:
        assert r.zh.right <= r.en.left  # and position
    else:
        assert float(en[1][:-2]) >= 3


AXE_CASES = [(name, scheme, "desktop") for name in PAGES for scheme in ("light", "dark")] + [
    ("home", "light", "phone"), ("section", "dark", "phone")]


@pytest.mark.parametrize("name, scheme, width", AXE_CASES, ids=["-".join(c) for c in AXE_CASES])
def test_axe_no_serious_violations(session, name, scheme, width):
    viewport = PHONE if width == "phone" else {"width": 1280, "height": 900}
    s = session(color_scheme=scheme, viewport=viewport)
    page = s.open(PAGES[name])
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == ("slate" if scheme == "dark" else "default")
    if name == "section" and viewport["width"] > 1000:
        # With the search dialog open and showing results, too.
        page.click(".md-search__input")
        page.keyboard.type("diplomacy")
        page.wait_for_selector(".md-search-result__item")
    settle(page)
    results = Axe().run(page)
    bad = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
           for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert bad == []
    assert results.response["passes"]  # axe did run
