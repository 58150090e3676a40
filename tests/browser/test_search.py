"""Search in both languages, typed into Material's own search box; a hit
opens its page with the pair that holds the word in view and marked."""
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from geometry import in_viewport

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SECTION_PAGE = re.compile(r"/foreign-affairs-2023/(?!full/|alignment/)[a-z0-9-]+/$")


def search(page, term):
    page.click(".md-search__input")
    if term.isascii():
        page.keyboard.type(term)
    else:
        # Chinese arrives the way an input method delivers it: committed text,
        # then a key release (Material reads the box on keyup).
        page.keyboard.insert_text(term)
        page.keyboard.press("Shift")
    page.wait_for_selector(".md-search-result__item a")
    return page.eval_on_selector_all(".md-search-result__item a", "els => els.map(e => e.href)")


@pytest.mark.parametrize("term", ["外事", "diplomacy"])
def test_search_hit_opens_the_right_place(session, term):
    s = session()
    page = s.open("")
    assert search(page, term)
    # A hit on a section page whose excerpt shows the word itself.
    hits = page.eval_on_selector_all(".md-search-result__item", """(items, term) => items
      .filter(i => Array.from(i.querySelectorAll('mark')).some(m => m.textContent.toLowerCase().includes(term)))
      .map(i => i.querySelector('a').href)""", term)
    href = next(h for h in hits if SECTION_PAGE.search(urlsplit(h).path))
    page.click(f".md-search-result__item a[href='{href}']")
    page.wait_for_url(re.compile(re.escape(urlsplit(href).path)))
    page.wait_for_selector(".md-content .bt-row.bt-target mark[data-md-highlight]")
    assert term in page.inner_text(".md-content article").lower()
    row = page.eval_on_selector(".bt-row.bt-target", "el => el.id")
    marked = page.eval_on_selector_all(f"#{row} mark[data-md-highlight]", "els => els.map(e => e.textContent.toLowerCase())")
    highlighted = parse_qs(urlsplit(page.url).query)["h"][0].lower()
    assert marked and all(highlighted in m for m in marked)
    assert in_viewport(page, f"#{row}")
    first_hit = page.eval_on_selector(".bt-row mark[data-md-highlight]", "el => el.closest('.bt-row').id")
    assert first_hit == row


def test_search_finds_both_languages_in_one_index(session):
    page = session().open("")
    zh = search(page, "外事")
    page.fill(".md-search__input", "")
    en = search(page, "diplomacy")
    assert len(zh) >= 3 and len(en) >= 2
    titles = page.inner_text(".md-search-result")
    assert "diplomacy" in titles.lower() or "Diplomacy" in titles


def test_hit_in_the_hidden_language_shows_both(session):
    s = session()
    page = s.open("?view=zh")  # the reader chose Chinese only
    search(page, "diplomacy")
    hits = page.eval_on_selector_all(".md-search-result__item a", "els => els.map(e => e.href)")
    href = next(h for h in hits if SECTION_PAGE.search(urlsplit(h).path))
    page.click(f".md-search-result__item a[href='{href}']")
    page.wait_for_url(re.compile(re.escape(urlsplit(href).path)))
    page.wait_for_selector(".md-content .bt-row.bt-target")
    assert page.evaluate("document.documentElement.dataset.btView") == "both"
    row = page.eval_on_selector(".bt-row.bt-target", "el => el.id")
    assert "diplomacy" in page.inner_text(f"#{row} .bt-en").lower()
    assert in_viewport(page, f"#{row}")
    assert page.evaluate("localStorage.getItem('bitext.view')") == "zh"  # the choice is kept
