"""Rows that cannot drift: one grid row per pair, two columns from 960 px,
stacked below, swap in both layouts, no layout shift while loading."""
import pytest
from browser_support import PHONE
from conftest import FULL, SECTION
from geometry import rows

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_desktop_two_columns_same_top(session):
    page = session().open(FULL)
    found = rows(page)
    assert len(found) >= 20
    for r in found:
        assert r.zh.shown and r.en.shown, r.id
        assert abs(r.zh.top - r.en.top) < 1, r.id
        assert r.zh.right <= r.en.left, r.id


def test_columns_suit_chinese_density(session):
    page = session().open(SECTION)
    r = rows(page)[0]
    # Chinese carries more per character: the English column is wider, but not overwhelmingly.
    assert 1.15 < r.en.width / r.zh.width < 1.6


def test_section_headings_side_by_side(session):
    page = session().open(SECTION)
    zh = page.eval_on_selector("h1.bt-heading .bt-h.bt-zh", "e => e.getBoundingClientRect().toJSON()")
    en = page.eval_on_selector("h1.bt-heading .bt-h.bt-en", "e => e.getBoundingClientRect().toJSON()")
    assert abs(zh["top"] - en["top"]) < 2
    assert zh["right"] <= en["left"]


@pytest.mark.parametrize("width, columns", [(960, 2), (959, 1), (390, 1)])
def test_breakpoint(session, width, columns):
    page = session(viewport={"width": width, "height": 800}).open(SECTION)
    for r in rows(page):
        if columns == 2:
            assert abs(r.zh.top - r.en.top) < 1 and r.zh.right <= r.en.left, r.id
        else:
            # Each Chinese block directly above its English one, same left edge.
            assert r.zh.bottom <= r.en.top + 0.5, r.id
            assert abs(r.zh.left - r.en.left) < 1, r.id
            assert r.en.top - r.zh.bottom < 20, r.id


def test_swap_at_both_widths(session):
    desk = session().open(SECTION + "?swap=1")
    for r in rows(desk):
        assert abs(r.zh.top - r.en.top) < 1 and r.en.right <= r.zh.left, r.id
    phone = session(viewport=PHONE).open(SECTION + "?swap=1")
    for r in rows(phone):
        assert r.en.bottom <= r.zh.top + 0.5, r.id


def test_interleaved_view_stacks_on_desktop(session):
    page = session().open(SECTION + "?view=stack")
    for r in rows(page):
        assert r.zh.bottom <= r.en.top + 0.5, r.id
    swapped = session().open(SECTION + "?view=stack&swap=1")
    for r in rows(swapped):
        assert r.en.bottom <= r.zh.top + 0.5, r.id


CLS_OBSERVER = """
window.__cls = 0;
new PerformanceObserver(list => {
  for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
}).observe({type: 'layout-shift', buffered: true});
"""


CLS_CASES = [("desktop", None), ("desktop", ("zh", "0")), ("phone", None), ("phone", ("stack", "1"))]


@pytest.mark.parametrize("width, stored", CLS_CASES, ids=["desktop", "desktop-zh", "phone", "phone-stack-swapped"])
def test_no_layout_shift_while_loading(session, width, stored):
    viewport = PHONE if width == "phone" else {"width": 1280, "height": 900}
    s = session(viewport=viewport)
    if stored:
        # A remembered view must be applied before the first paint.
        s.context.add_init_script(
            f"localStorage.setItem('bitext.view', '{stored[0]}'); localStorage.setItem('bitext.swap', '{stored[1]}');")
    s.context.add_init_script(CLS_OBSERVER)
    page = s.open(SECTION)
    page.wait_for_timeout(1200)  # search index, workers and fonts settle
    assert page.evaluate("document.documentElement.dataset.btView") == (stored[0] if stored else "both")
    assert page.evaluate("window.__cls") < 0.005
