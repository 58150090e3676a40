"""Views (both, interleaved, Chinese only, English only) and swap: controls,
URL parameter, localStorage, and the hidden language gone for screen readers."""
import pytest
from conftest import NEXT_SECTION, SECTION
from geometry import rows

pytestmark = [pytest.mark.browser, pytest.mark.slow]

VIEWS = ["both", "stack", "zh", "en"]


def state(page):
    return page.evaluate("""() => ({
      view: document.documentElement.dataset.btView,
      swap: document.documentElement.dataset.btSwap,
      stored: localStorage.getItem('bitext.view'),
      storedSwap: localStorage.getItem('bitext.swap'),
      pressed: Array.from(document.querySelectorAll('.bt-view[aria-pressed=true]')).map(b => b.dataset.view),
      swapPressed: document.querySelector('.bt-swap').getAttribute('aria-pressed'),
      query: new URLSearchParams(location.search).get('view'),
    })""")


def ax_text(session, page) -> str:
    """Every name in the accessibility tree Chromium exposes to screen readers."""
    cdp = session.context.new_cdp_session(page)
    nodes = cdp.send("Accessibility.getFullAXTree")["nodes"]
    cdp.detach()
    return "\n".join(str(n.get("name", {}).get("value", "")) for n in nodes if not n.get("ignored"))


def first_texts(page):
    return page.evaluate("""() => {
      const row = document.querySelector('.bt-row');
      return [row.querySelector('.bt-zh p').textContent.slice(0, 12), row.querySelector('.bt-en p').textContent.slice(0, 30)];
    }""")


@pytest.mark.parametrize("view", VIEWS)
def test_view_from_url(session, view):
    s = session()
    page = s.open(SECTION + f"?view={view}")
    st = state(page)
    assert st["view"] == view and st["pressed"] == [view]
    assert st["stored"] == view  # a shared link's view is remembered
    found = rows(page)
    for r in found:
        assert r.zh.shown == (view != "en") and r.en.shown == (view != "zh"), r.id
    zh, en = first_texts(page)
    ax = ax_text(s, page)
    assert (zh in ax) == (view != "en")
    assert (en in ax) == (view != "zh")
    hidden = {"zh": ".bt-en", "en": ".bt-zh"}.get(view)
    if hidden:
        flags = page.eval_on_selector_all(f".bt-row {hidden}, .bt-heading {hidden}", "els => els.map(e => e.getAttribute('aria-hidden'))")
        assert flags and all(f == "true" for f in flags)
    else:
        assert page.eval_on_selector_all(".bt-row [aria-hidden]", "els => els.length") == 0


def test_buttons_switch_remember_and_carry_in_url(session):
    s = session()
    page = s.open(SECTION)
    assert state(page)["view"] == "both" and state(page)["query"] is None
    for view in ["zh", "en", "stack", "both"]:
        page.click(f".bt-view[data-view={view}]")
        st = state(page)
        assert st["view"] == view and st["pressed"] == [view] and st["stored"] == view
        assert st["query"] == (None if view == "both" else view)
    page.click(".bt-view[data-view=en]")
    page.click(".bt-swap")
    st = state(page)
    assert st["swap"] == "1" and st["swapPressed"] == "true" and st["storedSwap"] == "1"
    assert "swap=1" in page.url
    # Another page, opened fresh: the view is remembered and shows in its address.
    other = s.context.new_page()
    s.open(NEXT_SECTION, page=other)
    st = state(other)
    assert st["view"] == "en" and st["swap"] == "1" and st["query"] == "en" and st["pressed"] == ["en"]
    # The link wins over what was remembered.
    s.open(NEXT_SECTION + "?view=zh&swap=0", page=other)
    st = state(other)
    assert st["view"] == "zh" and st["swap"] == "0" and st["stored"] == "zh"


def test_controls_reachable_by_keyboard_and_bilingual(session):
    page = session().open(SECTION)
    labels = page.eval_on_selector_all(".bt-toolbar button, .bt-toolbar a",
                                       "els => els.map(e => Array.from(e.querySelectorAll('[lang]')).map(x => x.lang))")
    for langs in labels:
        assert "zh-Hans" in langs and "en" in langs
    # Tab from the top of the page reaches every control, and Enter/Space use them.
    seen = []
    for _ in range(60):
        page.keyboard.press("Tab")
        cls = page.evaluate("document.activeElement.className")
        if "bt-view" in cls:
            seen.append(page.evaluate("document.activeElement.dataset.view"))
        if "bt-swap" in cls:
            break
    assert seen == ["both", "stack", "zh", "en"]
    page.keyboard.press("Space")
    assert state(page)["swap"] == "1"
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")
    assert state(page)["view"] == "en"


def test_switching_view_keeps_the_reading_place(session):
    page = session().open(SECTION)
    page.eval_on_selector_all(".bt-row", "els => { els[2].scrollIntoView({block: 'start'}); window.scrollBy(0, -100); }")
    first_visible = """() => {
      const top = document.querySelector('.md-header').getBoundingClientRect().bottom + 4;
      const row = Array.from(document.querySelectorAll('.bt-row')).find(r => r.getBoundingClientRect().bottom > top);
      return [row.id, row.getBoundingClientRect().top];
    }"""
    row, before = page.evaluate(first_visible)
    for key, view in [("i", "stack"), ("c", "zh"), ("b", "both")]:
        page.keyboard.press(key)
        assert state(page)["view"] == view
        top = page.eval_on_selector(f"#{row}", "el => el.getBoundingClientRect().top")
        assert abs(top - before) < 2, view
