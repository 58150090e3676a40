"""Reading the page's layout from the browser."""
from __future__ import annotations

from dataclasses import dataclass

_ROWS_JS = """
() => Array.from(document.querySelectorAll('.bt-row')).map(row => {
  const box = el => {
    const r = el.getBoundingClientRect();
    return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width,
            shown: el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden'};
  };
  return {id: row.id, zh: box(row.querySelector('.bt-cell.bt-zh')), en: box(row.querySelector('.bt-cell.bt-en'))};
})
"""


@dataclass
class Box:
    top: float
    bottom: float
    left: float
    right: float
    width: float
    shown: bool


@dataclass
class Row:
    id: str
    zh: Box
    en: Box


def rows(page) -> list[Row]:
    return [Row(r["id"], Box(**r["zh"]), Box(**r["en"])) for r in page.evaluate(_ROWS_JS)]


def in_viewport(page, selector: str) -> bool:
    return page.eval_on_selector(selector, """el => {
      const r = el.getBoundingClientRect(), header = document.querySelector('.md-header');
      const top = header ? header.getBoundingClientRect().bottom : 0;
      return r.bottom > top && r.top < innerHeight && r.top >= top - 1;
    }""")


def style(page, selector: str, prop: str) -> str:
    return page.eval_on_selector(selector, "(el, p) => getComputedStyle(el).getPropertyValue(p)", prop)
