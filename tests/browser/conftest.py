"""Browser fixtures: the example site (built once per session by tests/conftest.py)
served on 127.0.0.1, and one Debian chromium for the whole session."""
from __future__ import annotations

import pytest
from browser_support import DESKTOP, launch, serve

SECTION = "foreign-affairs-2023/upholding-political-guidance-keeping-right/"
NEXT_SECTION = "foreign-affairs-2023/supporting-major-country-diplomacy-leveraging/"
FULL = "foreign-affairs-2023/full/"
OVERVIEW = "foreign-affairs-2023/"


@pytest.fixture(scope="session")
def base_url(built_site):
    server, base = serve(built_site)
    yield base
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()


class Session:
    """A fresh browser context (own storage and clipboard) that records every request."""

    def __init__(self, browser, base, **options):
        options.setdefault("viewport", DESKTOP)
        self.base = base
        self.context = browser.new_context(**options)
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.context.on("request", lambda r: self.requests.append(r.url))
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def open(self, path: str = "", page=None):
        page = page or self.page
        page.goto(self.base + path)
        page.wait_for_load_state("load")
        return page

    def close(self):
        self.context.close()


@pytest.fixture
def session(browser, base_url):
    """Open a context: session() for the desktop, session(viewport=PHONE) etc."""
    made = []

    def make(**options):
        s = Session(browser, base_url, **options)
        made.append(s)
        return s

    yield make
    for s in made:
        assert not s.errors, f"JavaScript errors: {s.errors}"
        s.close()
