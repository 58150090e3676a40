"""Take the README's screenshots: each view of a section page at 1280 and 390 px.

    .venv/bin/python tests/browser/screenshots.py [OUT_DIR]   (default: docs/screenshots)

Builds the bundled example into a temporary folder, serves it on 127.0.0.1 and
drives Debian's chromium, like the browser tests."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path[:0] = [str(ROOT), str(HERE)]

from browser_support import DESKTOP, PHONE, launch, serve  # noqa: E402

SECTION = "foreign-affairs-2023/upholding-political-guidance-keeping-right/"
SHOTS = {
    "home": "?view=both&swap=0",
    "both": SECTION + "?view=both&swap=0",
    "interleaved": SECTION + "?view=stack&swap=0",
    "chinese": SECTION + "?view=zh&swap=0",
    "english": SECTION + "?view=en&swap=0",
    "swapped": SECTION + "?view=both&swap=1",
}


def main(out: Path) -> None:
    from playwright.sync_api import sync_playwright

    from bitext.cli import build_site
    from bitext.config import load

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        cfg = load(ROOT / "bitext.yml")
        build_site(list(cfg.reports), site, None, "https://example.github.io/bitext/", docs_out=False)
        server, base = serve(site)
        try:
            with sync_playwright() as p:
                browser = launch(p)
                for width, viewport in (("1280", DESKTOP), ("390", PHONE)):
                    for scheme in ("light", "dark"):
                        ctx = browser.new_context(viewport=viewport, color_scheme=scheme)
                        page = ctx.new_page()
                        shots = SHOTS if scheme == "light" else {"dark": SECTION + "?view=both&swap=0"}
                        for name, path in shots.items():
                            page.goto(base + path)
                            page.wait_for_load_state("load")
                            if name != "home":  # hover a block: its counterpart lights up
                                page.hover(".bt-row >> nth=0 >> .bt-cell >> visible=true")
                            page.wait_for_timeout(300)
                            page.screenshot(path=str(out / f"{name}-{width}.png"))
                            print(out / f"{name}-{width}.png")
                        ctx.close()
                browser.close()
        finally:
            server.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
