"""Helpers shared by the browser tests and the screenshot script: a local
server for a built site and Debian's chromium driven by Playwright."""
from __future__ import annotations

import functools
import re
import http.server
import socketserver
import sys
import threading
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the site as if it lived at its site_url: Material's instant
    navigation only follows links listed in sitemap.xml, so the sitemap's
    address is rewritten to the local one."""

    site_url = ""

    def log_message(self, *args):  # keep the test output clean
        pass

    def do_GET(self):
        if self.path.split("?")[0] != "/sitemap.xml" or not self.site_url:
            return super().do_GET()
        text = (Path(self.directory) / "sitemap.xml").read_text(encoding="utf-8")
        body = text.replace(self.site_url, self.local_url).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request, client_address):
        # A page closed while a file was still being sent: nothing to report.
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


def serve(directory: Path) -> tuple[_Server, str]:
    """Serve directory on 127.0.0.1 at a free port; returns (server, base URL)."""
    sitemap = Path(directory) / "sitemap.xml"
    found = re.search(r"<loc>([^<]+)</loc>", sitemap.read_text(encoding="utf-8")) if sitemap.exists() else None
    server = _Server(("127.0.0.1", 0), None)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    handler = type("Handler", (_Handler,), {"site_url": found.group(1) if found else "", "local_url": base})
    server.RequestHandlerClass = functools.partial(handler, directory=str(directory))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, base


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)


def settle(page, timeout: float = 5000):
    """Wait until no CSS transition or animation is running. Material fades the
    search results in (opacity .25s): a contrast check made during the fade
    measures text at part opacity and fails on a slow machine."""
    page.wait_for_function(
        "() => document.getAnimations().every(a => a.playState !== 'running')", timeout=timeout)
