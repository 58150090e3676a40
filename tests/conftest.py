from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

# In CI the property tests draw the same examples on every run, so a submission
# passes or fails on its code alone; runs elsewhere explore new examples (and
# keep the failing ones in .hypothesis/ to try first next time).
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EXAMPLE = ROOT / "reports" / "foreign-affairs-2023" / "report.txt"
GOLD = ROOT / "tests" / "golden" / "foreign-affairs-2023.gold.json"


@pytest.fixture(scope="session")
def example_path() -> Path:
    return EXAMPLE


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def example_bitext():
    from bitext.pipeline import process
    from bitext.read import read

    return process(read(EXAMPLE))


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The bundled example built once into a temporary folder."""
    from bitext.cli import build_site
    from bitext.config import load

    out = tmp_path_factory.mktemp("site") / "site"
    docs = tmp_path_factory.mktemp("docs") / "generated"
    cfg = load(ROOT / "bitext.yml")
    build_site(list(cfg.reports), out, None, "https://example.github.io/bitext/", docs_out=docs)
    return out
