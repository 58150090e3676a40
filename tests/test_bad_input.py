"""Bad input gets a clear answer, through the command line as a user runs it.

Each case runs `build.py` in a subprocess and checks: the documented exit
code (0 ok, 1 build error, 2 usage error), a one-line message that names the
file (and the line where one applies), no Python traceback, and no half-written
site: a refused build leaves neither the output folder nor temporary folders.
"""
from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "reports" / "foreign-affairs-2023" / "report.txt"
EXIT_OK, EXIT_BUILD, EXIT_USAGE = 0, 1, 2


@dataclass
class Run:
    code: int
    err: str
    out_dir: Path
    scratch: Path | None = None  # the build's TMPDIR

    @property
    def lines(self) -> list[str]:
        return [ln for ln in self.err.splitlines() if ln.strip()]

    def errors(self) -> list[str]:
        return [ln for ln in self.lines if "error:" in ln]


def build(tmp: Path, *args: str, out: Path | None = None) -> Run:
    out = out if out is not None else tmp / "site"
    scratch = tmp.parent / f"{tmp.name}-tmpdir"  # the build's temporary files, checked by assert_refused
    scratch.mkdir(exist_ok=True)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", TMPDIR=str(scratch))
    p = subprocess.run([sys.executable, str(ROOT / "build.py"), "build", *args, "--out", str(out)],
                       cwd=tmp, capture_output=True, text=True, env=env, timeout=300)
    assert "Traceback" not in p.stderr, p.stderr
    assert "Traceback" not in p.stdout, p.stdout
    return Run(p.returncode, p.stderr, out, scratch)


def assert_refused(run: Run, name: str, *words: str) -> str:
    """Exit 1, exactly one error line, naming the file, and nothing written."""
    assert run.code == EXIT_BUILD, run.err
    errors = run.errors()
    assert len(errors) == 1, run.err
    line = errors[0]
    assert line.startswith(name) or f"{name}:" in line, line
    for w in words:
        assert w in line.lower(), line
    assert not run.out_dir.exists()
    leftovers = [p.name for p in run.out_dir.parent.iterdir() if p.name.startswith(".bitext-")]
    assert not leftovers, leftovers
    if run.scratch is not None:
        left = [p.name for p in run.scratch.iterdir()]
        assert not left, left  # nothing left in the temporary folder either (MkDocs' warm-up)
    return line


def assert_built(run: Run) -> BeautifulSoup:
    assert run.code == EXIT_OK, run.err
    assert not run.errors(), run.err
    full = sorted(run.out_dir.glob("*/full/index.html"))
    assert len(full) == 1
    return BeautifulSoup(full[0].read_text(encoding="utf-8"), "html.parser")


def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


# --------------------------------------------------------------------------- refused


def test_missing_file(tmp_path):
    assert_refused(build(tmp_path, "nope.txt"), "nope.txt", "no such file")


def test_empty_file(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    assert_refused(build(tmp_path, "empty.txt"), "empty.txt", "empty")
    (tmp_path / "blank.txt").write_bytes(b" \n\r\n\t\n")
    assert_refused(build(tmp_path, "blank.txt"), "blank.txt", "empty")


@pytest.mark.parametrize("data", [
    bytes(range(256)) * 40,  # NUL bytes
    b"\x89PNG\r\n\x1a\n" + bytes((i * 151 + 7) % 255 + 1 for i in range(6000)),  # no NUL, still not text
    b"PK\x03\x04" + bytes((i * 97 + 13) % 255 + 1 for i in range(6000)),
], ids=["nul-bytes", "png-like", "zip-like"])
def test_binary_file(tmp_path, data):
    (tmp_path / "report.bin").write_bytes(data)
    assert_refused(build(tmp_path, "report.bin"), "report.bin")


def test_a_folder_given_as_the_report(tmp_path):
    (tmp_path / "folder").mkdir()
    assert_refused(build(tmp_path, "folder"), "folder", "folder")


def test_fifty_megabytes_is_refused_at_once(tmp_path):
    text = example_text()
    big = tmp_path / "big.txt"
    with big.open("w", encoding="utf-8") as f:
        for _ in range(50_000_000 // len(text.encode()) + 1):
            f.write(text)
    assert big.stat().st_size >= 50_000_000
    line = assert_refused(build(tmp_path, "big.txt"), "big.txt", "mb")
    assert "50" in line


def test_output_folder_that_cannot_be_written(tmp_path):
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    out = tmp_path / "a-file" / "site"
    run = build(tmp_path, str(EXAMPLE), out=out)
    assert run.code == EXIT_BUILD, run.err
    errors = run.errors()
    assert len(errors) == 1 and str(out) in errors[0], run.err
    assert (tmp_path / "a-file").read_text(encoding="utf-8") == "not a folder"


@pytest.mark.parametrize("out", ["", ".", "project", "project/notes.txt"])
def test_an_output_folder_of_other_things_is_never_replaced(tmp_path, out):
    """The site replaces its folder as a whole: the current folder, a project or a
    file are refused with one line, and every file in them stays."""
    project = tmp_path / "project"
    (project / "src").mkdir(parents=True)
    (project / "src" / "main.py").write_text("print('hi')\n", encoding="utf-8")
    (project / "notes.txt").write_text("mine\n", encoding="utf-8")
    cwd = project if out in ("", ".") else tmp_path
    run = build(cwd, str(EXAMPLE), out=Path(out))
    assert run.code == EXIT_BUILD, run.err
    assert len(run.errors()) == 1, run.err
    assert (project / "src" / "main.py").read_text(encoding="utf-8") == "print('hi')\n"
    assert (project / "notes.txt").read_text(encoding="utf-8") == "mine\n"
    assert not (project / "index.html").exists()


def test_a_site_built_before_and_an_empty_folder_are_replaced(tmp_path):
    (tmp_path / "empty").mkdir()
    assert_built(build(tmp_path, str(EXAMPLE), out=tmp_path / "empty"))
    again = build(tmp_path, str(EXAMPLE), out=tmp_path / "empty")  # now a site built before
    assert_built(again)


def test_the_report_inside_the_output_folder_is_refused(tmp_path):
    (tmp_path / "site").mkdir()
    report = tmp_path / "site" / "report.txt"
    report.write_text(example_text(), encoding="utf-8")
    run = build(tmp_path, str(report), out=tmp_path / "site")
    assert run.code == EXIT_BUILD and "holds the report" in run.err, run.err
    assert report.read_text(encoding="utf-8") == example_text()


def test_usage_error_exit_code(tmp_path):
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    p = subprocess.run([sys.executable, str(ROOT / "build.py"), "export", str(EXAMPLE), "--format", "docx"],
                       cwd=tmp_path, capture_output=True, text=True, env=env, timeout=120)
    assert p.returncode == EXIT_USAGE
    assert "Traceback" not in p.stderr and "docx" in p.stderr


def run_cli(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    p = subprocess.run([sys.executable, str(ROOT / "build.py"), *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=300)
    assert "Traceback" not in p.stderr, p.stderr
    return p


@pytest.mark.parametrize("bad_id", ['x onclick="alert(1)"', "../../outside", "Top Section", "a/b"])
def test_an_id_registry_with_ids_bitext_never_gives_is_refused(tmp_path, bad_id):
    """The registry beside a report is read, not trusted: its ids become file names,
    addresses and HTML ids, so anything but a slug is refused with one line."""
    import json

    (tmp_path / "report.txt").write_text(example_text(), encoding="utf-8")
    reg = {"format": 1, "sections": {bad_id: {"n": 0, "hash": "0", "zh": "坚持政治引领", "en": "Upholding"}}, "rows": {}}
    (tmp_path / "report.ids.json").write_text(json.dumps(reg), encoding="utf-8")
    run = build(tmp_path, "report.txt")
    assert run.code == EXIT_BUILD and len(run.errors()) == 1 and "report.ids.json" in run.errors()[0], run.err
    assert not run.out_dir.exists() and not (tmp_path.parent / "outside.md").exists()


@pytest.mark.parametrize("url", ['https://x/"><script>alert(1)</script>', "javascript:alert(1)", "https://x/ a", "ftp://x/"])
def test_a_site_url_that_could_carry_markup_is_refused(tmp_path, url):
    run = build(tmp_path, str(EXAMPLE), "--site-url", url)
    assert run.code == EXIT_BUILD and len(run.errors()) == 1 and "--site-url" in run.errors()[0], run.err
    assert not run.out_dir.exists()


def test_a_config_slug_must_be_a_slug_and_not_the_sites_own(tmp_path):
    (tmp_path / "report.txt").write_text(example_text(), encoding="utf-8")
    for slug in ("../../elsewhere", "help", "Report One"):
        (tmp_path / "bitext.yml").write_text(f"reports:\n  - source: report.txt\n    slug: {slug!r}\n", encoding="utf-8")
        p = run_cli(tmp_path, "build", "--config", "bitext.yml", "--out", str(tmp_path / "site"))
        assert p.returncode == EXIT_BUILD and "slug" in p.stderr, p.stderr
    # A report named after one of the site's own pages gets another folder.
    (tmp_path / "help.txt").write_text(example_text(), encoding="utf-8")
    run = build(tmp_path, "help.txt")
    assert_built(run)
    assert "bitext" in (run.out_dir / "help" / "index.html").read_text(encoding="utf-8")
    assert (run.out_dir / "help-report" / "index.html").is_file()


def test_export_never_overwrites_its_report(tmp_path):
    src = tmp_path / "src.txt"
    src.write_text(example_text(), encoding="utf-8")
    p = run_cli(tmp_path, "export", "src.txt", "-o", "src.txt")
    assert p.returncode == EXIT_BUILD and "src.txt" in p.stderr
    assert src.read_text(encoding="utf-8") == example_text()


def test_a_pipe_is_refused_at_once(tmp_path):
    fifo = tmp_path / "report.txt"
    os.mkfifo(fifo)
    for cmd in (["check", "report.txt"], ["export", "report.txt"]):
        p = run_cli(tmp_path, *cmd)  # (a read would wait for a writer: the timeout would fail the test)
        assert p.returncode == EXIT_BUILD and "regular file" in p.stderr, p.stderr
    assert assert_refused(build(tmp_path, "report.txt"), "report.txt", "regular file")


@pytest.mark.parametrize("content", [bytes(range(256)), None])
def test_a_config_file_that_is_binary_or_missing(tmp_path, content):
    if content is not None:
        (tmp_path / "c.yml").write_bytes(content)
    p = run_cli(tmp_path, "build", str(EXAMPLE), "--config", "c.yml", "--out", str(tmp_path / "site"))
    assert p.returncode == EXIT_BUILD and "c.yml" in p.stderr, p.stderr
    assert not (tmp_path / "site").exists()


# --------------------------------------------------------------------------- built, with a warning where one is due


def test_truncated_utf8_warns_with_the_line(tmp_path):
    data = example_text().encode("utf-8")
    cut = 3001
    while data[cut] < 0xC0:  # the first byte of a multi-byte character
        cut += 1
    (tmp_path / "cut.txt").write_bytes(data[: cut + 1])  # ends inside that character
    run = build(tmp_path, "cut.txt")
    assert_built(run)
    warn = [ln for ln in run.lines if "truncated" in ln and ": warning:" in ln]
    assert len(warn) == 1 and warn[0].startswith("cut.txt:") and ": warning:" in warn[0]
    assert warn[0].split(":")[1].isdigit()


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16"])
def test_other_encodings_build_the_same_text(tmp_path, encoding, example_bitext):
    (tmp_path / "enc.txt").write_bytes(example_text().encode(encoding))
    page = assert_built(build(tmp_path, "enc.txt", "-v"))
    text = page.select_one("article").get_text()
    first = example_bitext.sections[1].rows[0]
    assert first.zh[0] in text and first.en[0] in text


def one_language(lang: str) -> str:
    from bitext.text import detect_lang

    lines = [ln for ln in example_text().split("\n") if ln.strip() and detect_lang(ln) == lang]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("lang,missing", [("zh", "English"), ("en", "Chinese")])
def test_one_language_only(tmp_path, lang, missing):
    (tmp_path / "one.txt").write_text(one_language(lang), encoding="utf-8")
    run = build(tmp_path, "one.txt")
    page = assert_built(run)
    assert any(ln.startswith("one.txt") and "warning" in ln and f"no {missing} text" in ln for ln in run.lines), run.err
    other = "en" if lang == "zh" else "zh"
    assert page.select(f".bt-cell.bt-{lang} p:not(.bt-missing)")
    assert not page.select(f".bt-cell.bt-{other} p:not(.bt-missing)")


def test_no_headings_renders_unheaded_rows(tmp_path):
    zh = ["我们在服务元首外交中作出重庆贡献，纪念史迪威将军诞辰一百四十周年系列活动等九项国际交流合作事项纳入主席外交活动内容，这是很长的一句话，而且没有标题的样子。"
          f"第{i}段还有第二句话，继续说明情况，内容较长。" for i in range(1, 6)]
    en = [f"We made contributions in serving head-of-state diplomacy, and nine international exchange and cooperation events were included in the activities, number {i}, which is a long sentence without the shape of a heading, "
          "and it goes on for a while before it ends. A second sentence follows, explaining more." for i in range(1, 6)]
    (tmp_path / "flat.txt").write_text("\n".join(zh + en) + "\n", encoding="utf-8")
    page = assert_built(build(tmp_path, "flat.txt"))
    assert len(page.select(".bt-row")) >= 5
    assert page.select(".bt-heading") and all("bt-unheaded" in h["class"] for h in page.select(".bt-heading"))


def test_mismatched_section_counts_warn_and_still_render(tmp_path, example_bitext):
    lines = example_text().split("\n")
    english_heading = next(s.heading_en for s in example_bitext.sections[3:] if s.heading_en)
    kept = [ln for ln in lines if ln.strip() != english_heading]
    assert len(kept) == len(lines) - 1
    (tmp_path / "mismatch.txt").write_text("\n".join(kept), encoding="utf-8")
    run = build(tmp_path, "mismatch.txt")
    page = assert_built(run)
    # The Chinese heading left without its English line is paired with an English
    # sentence: the warning names that pair (and the line of that sentence).
    warned = [ln for ln in run.lines if ln.startswith("mismatch.txt") and "warning" in ln]
    assert any("check this pair" in ln and "English side is a sentence" in ln for ln in warned), run.err
    text = page.select_one("article").get_text()
    assert example_bitext.sections[-1].rows[-1].en[-1] in text


def test_the_example_builds_without_warnings(tmp_path):
    """Sentences shaped like run-in headings that pair with nothing are information,
    not warnings: the bundled example warns of nothing."""
    (tmp_path / "report.txt").write_text(example_text(), encoding="utf-8")
    run = build(tmp_path, "report.txt")
    assert_built(run)
    assert not [ln for ln in run.lines if ": warning:" in ln], run.err
    assert any("English heading-shaped sentence" in ln and ": info:" in ln for ln in run.lines), run.err


def test_a_ten_thousand_character_line(tmp_path):
    long_zh = "我们持续推动共建西部陆海新通道，更好链接东盟、融入全球" * 400
    long_en = "We kept building the new western land-sea corridor and linking with ASEAN and the world " * 115
    assert len(long_zh) >= 10_000 and len(long_en) >= 10_000
    text = example_text().rstrip("\n") + "\n"
    lines = text.split("\n")
    split = next(i for i, ln in enumerate(lines) if ln.strip() and ln.isascii() and len(ln) > 3)
    lines.insert(split, long_zh + "。")
    lines.insert(len(lines) - 2, long_en + ".")
    (tmp_path / "long.txt").write_text("\n".join(lines), encoding="utf-8")
    page = assert_built(build(tmp_path, "long.txt"))
    text = "".join(page.select_one("article").get_text().split())
    assert "".join(long_zh.split()) in text and "".join(long_en.split()) in text


def test_a_file_name_with_a_newline_stays_on_one_line(tmp_path):
    name = "two\nlines.txt"
    (tmp_path / name).write_text("", encoding="utf-8")
    run = build(tmp_path, name)
    assert run.code == EXIT_BUILD
    assert len(run.errors()) == 1 and run.errors()[0].startswith("two\\nlines.txt: error:"), run.err
