"""Counterpart highlight, keyboard, copy-link, deep links, instant navigation."""
import re

import pytest
from conftest import FULL, NEXT_SECTION, SECTION
from geometry import in_viewport, style

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CLIPBOARD = ["clipboard-read", "clipboard-write"]


def clipboard_becomes(page, want: str) -> str:
    """The clipboard's text once it equals want (copying is asynchronous), or its last value."""
    got = ""
    for _ in range(50):
        got = page.evaluate("navigator.clipboard.readText()")
        if got == want:
            break
        page.wait_for_timeout(100)
    return got


def view(page):
    return page.evaluate("document.documentElement.dataset.btView")


def swap(page):
    return page.evaluate("document.documentElement.dataset.btSwap")


def row_ids(page):
    return page.eval_on_selector_all(".bt-row", "els => els.map(e => e.id)")


def look(page, selector):
    return page.eval_on_selector(selector, """el => {
      const s = getComputedStyle(el);
      return {bg: s.backgroundColor, shadow: s.boxShadow, cls: el.className};
    }""")


@pytest.mark.parametrize("lang, other", [("zh", "en"), ("en", "zh")])
def test_hover_highlights_counterpart(session, lang, other):
    page = session().open(SECTION)
    plain = look(page, f"#{row_ids(page)[1]} .bt-{other}")
    page.hover(f"#{row_ids(page)[1]} .bt-{lang}")
    lit = look(page, f"#{row_ids(page)[1]} .bt-{other}")
    assert lit["bg"] != plain["bg"]
    assert "inset" in lit["shadow"] and "3px" in lit["shadow"]  # a bar, not only a tint
    assert "bt-counterpart" in lit["cls"]
    # Other rows are left alone, and the highlight goes when the pointer leaves.
    assert look(page, f"#{row_ids(page)[0]} .bt-{other}")["bg"] == plain["bg"]
    page.mouse.move(5, 5)
    assert look(page, f"#{row_ids(page)[1]} .bt-{other}")["bg"] == plain["bg"]


def test_focus_highlights_counterpart(session):
    page = session().open(SECTION)
    first = row_ids(page)[0]
    plain = look(page, f"#{first} .bt-en")
    # Tab from the toolbar into the text: the first block is the Chinese one.
    page.focus(".bt-help")
    for _ in range(4):  # past the heading's ¶ link
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('.bt-cell')"):
            break
    assert page.evaluate("document.activeElement.matches('.bt-cell.bt-zh')")
    assert page.evaluate("document.activeElement.closest('.bt-row').id") == first
    lit = look(page, f"#{first} .bt-en")
    assert lit["bg"] != plain["bg"] and "bt-counterpart" in lit["cls"]
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.matches('.bt-cell.bt-en')")
    assert "bt-counterpart" in look(page, f"#{first} .bt-zh")["cls"]
    assert "bt-counterpart" not in look(page, f"#{first} .bt-en")["cls"]


def test_keys_move_between_pairs(session):
    page = session().open(SECTION)
    ids = row_ids(page)
    page.keyboard.press("j")
    assert page.evaluate("document.activeElement.closest('.bt-row').id") == ids[0]
    assert page.url.endswith("#" + ids[0])
    page.keyboard.press("j")
    page.keyboard.press("j")
    assert page.evaluate("document.activeElement.closest('.bt-row').id") == ids[2]
    assert in_viewport(page, "#" + ids[2])
    assert "bt-counterpart" in look(page, f"#{ids[2]} .bt-en")["cls"]
    page.keyboard.press("k")
    assert page.evaluate("document.activeElement.closest('.bt-row').id") == ids[1]
    assert page.url.endswith("#" + ids[1])


def test_keys_switch_view_and_swap(session):
    page = session().open(SECTION)
    for key, v in [("c", "zh"), ("e", "en"), ("i", "stack"), ("b", "both")]:
        page.keyboard.press(key)
        assert view(page) == v
        assert page.get_attribute(f".bt-view[data-view={v}]", "aria-pressed") == "true"
    page.keyboard.press("x")
    assert swap(page) == "1"
    page.keyboard.press("x")
    assert swap(page) == "0"


@pytest.mark.parametrize("key", ["s", "f", "/"])
def test_material_search_keys_are_left_alone(session, key):
    page = session().open(SECTION)
    page.wait_for_function("typeof document$ !== 'undefined' && !!document.querySelector('.bt-toolbar')")
    page.keyboard.press(key)
    # Material opens its search dialog (asynchronously) and takes the focus.
    page.wait_for_function("document.getElementById('__search').checked")
    page.wait_for_function("document.activeElement.matches('.md-search__input')")
    assert swap(page) == "0" and view(page) == "both"
    # Typing a word into the search box triggers none of our keys.
    page.keyboard.type("jeckbix")
    assert page.input_value(".md-search__input").endswith("jeckbix")
    assert swap(page) == "0" and view(page) == "both"
    assert "#" not in page.url


@pytest.mark.parametrize("key", ["n", "."])
def test_material_next_page_key_still_works(session, key):
    page = session().open(SECTION)
    page.keyboard.press(key)
    page.wait_for_url(re.compile(re.escape(NEXT_SECTION)))
    # Wait until the next page's content is in place (instant or full navigation).
    page.wait_for_load_state("load")
    page.wait_for_function("(p) => location.pathname.endsWith(p) && document.querySelector('.md-content .bt-toolbar') !== null",
                           arg="/" + NEXT_SECTION)
    assert view(page) == "both"


def test_help_key_opens_shortcuts(session):
    page = session().open(SECTION)
    page.keyboard.press("?")
    page.wait_for_url(re.compile(r"/help/"))
    page.wait_for_selector("#shortcuts")
    assert page.locator(".md-content .bt-toolbar").count() == 0  # no view controls where there are no pairs
    text = page.inner_text(".md-content article table")
    for k in ["j", "k", "b", "i", "c", "e", "x", "y"]:
        assert re.search(rf"(^|\s){re.escape(k)}(\s|$)", text), k
    assert "Swap" in text


def test_copy_link_button_copies_full_url(session, base_url):
    s = session(permissions=CLIPBOARD)
    page = s.open(SECTION)
    rid = row_ids(page)[2]
    page.click(f"#{rid} .bt-anchor")
    assert clipboard_becomes(page, f"{base_url}{SECTION}#{rid}") == f"{base_url}{SECTION}#{rid}"
    page.wait_for_function("document.querySelector('.bt-status').textContent.includes('Link copied')")
    assert page.url.endswith("#" + rid)
    assert "bt-target" in look(page, "#" + rid)["cls"]
    # The section heading's ¶ copies the section's address.
    hid = page.get_attribute("h1.bt-heading", "id")
    page.hover("h1.bt-heading")
    page.click("h1.bt-heading .headerlink")
    assert clipboard_becomes(page, f"{base_url}{SECTION}#{hid}") == f"{base_url}{SECTION}#{hid}"
    # The view travels with the link.
    page.keyboard.press("e")
    page.keyboard.press("j")
    page.keyboard.press("y")
    first = row_ids(page)[0]
    want = f"{base_url}{SECTION}?view=en#{first}"
    assert clipboard_becomes(page, want) == want


@pytest.mark.parametrize("v", ["both", "stack", "zh", "en"])
def test_deep_link_opens_and_marks_the_pair(session, built_site, v):
    html = (built_site / FULL / "index.html").read_text(encoding="utf-8")
    rid = re.findall(r'<div class="bt-row[^"]*" id="([^"]+)"', html)[-3]  # far down the page
    s = session()
    page = s.open(f"{FULL}?view={v}#{rid}")
    page.wait_for_selector(".bt-row.bt-target")
    assert view(page) == v
    assert page.eval_on_selector_all(".bt-target", "els => els.map(e => e.id)") == [rid]
    assert in_viewport(page, "#" + rid)
    assert style(page, "#" + rid, "outline-style") == "solid"
    assert page.evaluate("scrollY") > 1000


def test_instant_navigation_keeps_controls_working(session):
    page = session().open(SECTION)
    page.evaluate("window.__same_document = true")
    page.keyboard.press("c")
    page.click(".bt-pager .bt-next")
    page.wait_for_url(re.compile(re.escape(NEXT_SECTION)))
    page.wait_for_selector(f".bt-row[id^='{NEXT_SECTION.split('/')[1][:20]}']")
    assert page.evaluate("window.__same_document") is True  # no full reload: Material's instant navigation
    assert view(page) == "zh" and "view=zh" in page.url
    assert page.get_attribute(".bt-view[data-view=zh]", "aria-pressed") == "true"
    page.click(".bt-swap")
    assert swap(page) == "1"  # one click, one toggle: listeners are not doubled
    page.click(".bt-view[data-view=both]")
    assert view(page) == "both"
    page.keyboard.press("j")
    first = row_ids(page)[0]
    assert page.evaluate("document.activeElement.closest('.bt-row').id") == first
    # A deep link followed inside the site marks its pair too.
    page.evaluate("window.scrollTo(0, 0)")
    ids = row_ids(page)
    page.evaluate(f"location.hash = '{ids[-1]}'")
    page.wait_for_selector(f"#{ids[-1]}.bt-target")
    assert page.eval_on_selector_all(".bt-target", "els => els.map(e => e.id)") == [ids[-1]]
    assert in_viewport(page, "#" + ids[-1])
