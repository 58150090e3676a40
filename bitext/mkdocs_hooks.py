"""MkDocs hook: lets plain `mkdocs build`, `mkdocs serve` and `mkdocs gh-deploy`
build the same site as `build.py`.

`build.py` passes the navigation (sections in document order), the site name
and the site URL to MkDocs directly. It also records them in
docs/generated/.bitext.json (MkDocs does not publish dot-files), and this hook
applies them when MkDocs runs on its own. Settings given explicitly win.
Engines that ignore hooks still get a working site from `build.py`.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

DEFAULT_NAME = "bitext"  # site_name in mkdocs.yml


def on_config(config, **kwargs):
    meta = Path(config["docs_dir"]) / ".bitext.json"
    if not meta.is_file():
        return config
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return config
    if not config.get("nav") and data.get("nav"):
        config["nav"] = data["nav"]
    if config.get("site_name") == DEFAULT_NAME and data.get("site_name"):
        from markupsafe import Markup

        config["site_name"] = Markup(data["site_name"])  # recorded already escaped
    if data.get("source_date_epoch") is not None:
        # Dates in the sitemap come from the report, as in `build.py` (reproducible builds).
        os.environ.setdefault("SOURCE_DATE_EPOCH", str(data["source_date_epoch"]))
    if not config.get("site_url"):
        url = os.environ.get("BITEXT_SITE_URL") or data.get("site_url")
        if url:
            config["site_url"] = url if url.endswith("/") else url + "/"
    return config
