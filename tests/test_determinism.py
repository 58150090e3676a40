"""Deterministic and atomic builds.

Two builds of the same report, in separate processes with different hash
seeds and output folders, give byte-identical sites (every file compared,
sitemap.xml.gz and the search index included). A build that fails, or is
killed with SIGKILL while MkDocs is writing, leaves the previous site exactly
as it was.
"""
from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "reports" / "foreign-affairs-2023" / "report.txt"
SITE_URL = "https://example.github.io/bitext/"  # with a URL, MkDocs writes a dated sitemap


def command(out: Path, *extra: str) -> list[str]:
    extra = extra or ("--site-url", SITE_URL)
    return [sys.executable, str(ROOT / "build.py"), "build", str(EXAMPLE), "--out", str(out), *extra]


def environment(seed: str) -> dict:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONHASHSEED=seed)
    env.pop("SOURCE_DATE_EPOCH", None)
    return env


def build(out: Path, seed: str = "0", *extra: str) -> subprocess.CompletedProcess:
    p = subprocess.run(command(out, *extra), cwd=ROOT, capture_output=True, text=True, env=environment(seed), timeout=300)
    assert "Traceback" not in p.stderr, p.stderr
    return p


def snapshot(site: Path) -> dict[str, str]:
    """Every file of a site with the hash of its bytes."""
    return {str(p.relative_to(site)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory):
    a = tmp_path_factory.mktemp("first") / "site"
    b = tmp_path_factory.mktemp("second") / "public"
    pa, pb = build(a, "1"), build(b, "2")
    assert pa.returncode == 0 and pb.returncode == 0, pa.stderr + pb.stderr
    return a, b


def test_two_builds_are_byte_identical(two_builds):
    a, b = two_builds
    sa, sb = snapshot(a), snapshot(b)
    assert len(sa) > 10
    for name in ("sitemap.xml", "sitemap.xml.gz", "search/search_index.json", "index.html"):
        assert name in sa
    assert sa.keys() == sb.keys()
    differ = [name for name in sa if sa[name] != sb[name]]
    assert not differ, differ


def test_dates_come_from_the_report_not_the_clock(two_builds):
    import gzip

    a, _ = two_builds
    sitemap = (a / "sitemap.xml").read_text(encoding="utf-8")
    assert "<lastmod>2024-04-23</lastmod>" in sitemap
    with gzip.open(a / "sitemap.xml.gz") as f:
        assert f.read().decode("utf-8") == sitemap
    # The gzip header's timestamp is the report's date as well.
    mtime = int.from_bytes((a / "sitemap.xml.gz").read_bytes()[4:8], "little")
    assert time.gmtime(mtime)[:3] == (2024, 4, 23)


def copy_of(site: Path, where: Path) -> Path:
    import shutil

    target = where / "site"
    shutil.copytree(site, target)
    return target


def no_leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(".bitext-") or p.name.endswith(".old-bitext")]


def test_failed_build_leaves_the_previous_site(two_builds, tmp_path):
    site = copy_of(two_builds[0], tmp_path)
    before = snapshot(site)
    # Fails inside the MkDocs phase (pages already rendered into the temporary folder).
    p = subprocess.run(command(site), cwd=ROOT, capture_output=True, text=True,
                       env=dict(environment("0"), SOURCE_DATE_EPOCH="not-a-time"), timeout=300)
    assert p.returncode == 1 and "SOURCE_DATE_EPOCH" in p.stderr and "Traceback" not in p.stderr, p.stderr
    assert snapshot(site) == before
    assert not no_leftovers(tmp_path)
    # Fails while reading.
    p = subprocess.run([sys.executable, str(ROOT / "build.py"), "build", str(tmp_path / "missing.txt"), "--out", str(site)],
                       cwd=ROOT, capture_output=True, text=True, env=environment("0"), timeout=120)
    assert p.returncode == 1 and "missing.txt" in p.stderr and "Traceback" not in p.stderr
    assert snapshot(site) == before
    assert not no_leftovers(tmp_path)


def test_build_killed_while_mkdocs_writes_leaves_the_previous_site(two_builds, tmp_path):
    site = copy_of(two_builds[0], tmp_path)
    (site / "marker.txt").write_text("previous build", encoding="utf-8")
    before = snapshot(site)
    proc = subprocess.Popen(command(site), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env=environment("0"))
    killed_in_mkdocs = False
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            # MkDocs has begun to write once the temporary site folder holds a file.
            written = [p for tmp in tmp_path.glob(".bitext-*") for p in (tmp / "site").glob("*")]
            if written:
                proc.send_signal(signal.SIGKILL)
                killed_in_mkdocs = True
                break
            time.sleep(0.005)
    finally:
        if proc.poll() is None and not killed_in_mkdocs:
            proc.kill()
        proc.wait(timeout=60)
    assert killed_in_mkdocs, "the build finished before MkDocs could be caught writing"
    assert proc.returncode == -signal.SIGKILL
    assert snapshot(site) == before
    assert no_leftovers(tmp_path), "a killed build leaves its temporary folder"
    # The next build replaces the site as a whole and clears what the killed one left.
    p = build(site)
    assert p.returncode == 0, p.stderr
    assert not (site / "marker.txt").exists()
    assert not no_leftovers(tmp_path)
    assert snapshot(site).keys() == snapshot(two_builds[0]).keys()


def test_each_build_in_one_process_is_dated_by_its_own_report(tmp_path, monkeypatch):
    from bitext.cli import build_site
    from bitext.config import ReportConfig

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    for day in ("2021-03-04", "2023-09-10"):
        src = tmp_path / f"r{day}.txt"
        src.write_text(f"{day}\n\n一、总则\n\n这是第一段。\n\n1. General\n\nThis is the first paragraph.\n", encoding="utf-8")
        site = build_site([ReportConfig(source=src)], tmp_path / f"site{day}", None, "https://example.org/", docs_out=False)
        assert f"<lastmod>{day}</lastmod>" in (site / "sitemap.xml").read_text(encoding="utf-8")
        assert "SOURCE_DATE_EPOCH" not in os.environ
