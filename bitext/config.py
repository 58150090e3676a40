"""One validated configuration (bitext.yml), with errors a user can act on."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .model import LAYOUT_NAMES
from . import rematch
from .cache import rx


class ConfigError(Exception):
    pass


@dataclass(frozen=True)
class ReportConfig:
    source: Path | None = None  # one file holding both languages
    zh: Path | None = None  # or two files
    en: Path | None = None
    slug: str = ""
    title_zh: str | None = None
    title_en: str | None = None
    layout: str | None = None

    @property
    def inputs(self) -> list[Path]:
        return [p for p in (self.source, self.zh, self.en) if p is not None]


# A site's address as it may appear in every page's links and metadata: http(s), a host,
# a path; nothing that could end an HTML attribute or start markup.
SITE_URL = rx(r"https?://[A-Za-z0-9.-]+(?::\d{1,5})?(?:/[A-Za-z0-9._~%!$&()*+,;=:@/-]*)?")


def check_site_url(url: str | None, where: str) -> str | None:
    """The site URL, or a ConfigError that says what is wrong with it."""
    if url is None or url == "":
        return None
    if not isinstance(url, str) or not SITE_URL.fullmatch(url):
        raise ConfigError(f"{where}: {str(url)[:60]!r} is not a site URL (http:// or https://, a host and a path, "
                          "e.g. https://user.github.io/repo/)")
    return url


# The site's own top-level folders and pages: a report named after one would replace it.
RESERVED_SLUGS = frozenset({"assets", "search", "help", "index", "404", "links", "sitemap", "pages", "screenshots", "generated"})


@dataclass(frozen=True)
class Config:
    reports: tuple[ReportConfig, ...]
    site_name: str | None = None
    site_url: str | None = None
    root: Path = field(default_factory=Path.cwd)


def _title(value, key: str) -> tuple[str | None, str | None]:
    if value is None:
        return None, None
    if isinstance(value, str):
        from .markdown_input import split_bilingual
        from .text import detect_lang

        both = split_bilingual(value)
        if both:
            return both
        return (None, value) if detect_lang(value) == "en" else (value, None)
    if isinstance(value, dict) and set(value) <= {"zh", "en"}:
        for k, v in value.items():
            if v is not None and not isinstance(v, str):
                raise ConfigError(f"{key}.{k}: expected text, got {type(v).__name__}")
        return value.get("zh"), value.get("en")
    raise ConfigError(f"{key}: expected text or {{zh: ..., en: ...}}, got {value!r}")


def load(path: str | Path = "bitext.yml") -> Config:
    p = Path(path)
    if not p.exists():
        raise ConfigError(f"{p}: no such config file")
    if not p.is_file():
        raise ConfigError(f"{p}: not a config file (a folder, a pipe or a device)")
    import yaml  # here, not at the top: a build without a config file does without it

    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as e:
        raise ConfigError(f"{p}: not valid YAML: {e}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{p}: not a text file in UTF-8 (a config file is YAML text)") from None
    except OSError as e:
        raise ConfigError(f"{p}: cannot read: {e.strerror}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{p}: expected a mapping at the top level")
    unknown = set(data) - {"reports", "site_name", "site_url"}
    if unknown:
        raise ConfigError(f"{p}: unknown key(s): {', '.join(sorted(unknown))} (known: reports, site_name, site_url)")
    root = p.resolve().parent
    reports = []
    raw = data.get("reports") or []
    if not isinstance(raw, list) or not raw:
        raise ConfigError(f"{p}: 'reports' must be a non-empty list")
    for n, item in enumerate(raw):
        key = f"reports[{n}]"
        if not isinstance(item, dict):
            raise ConfigError(f"{p}: {key}: expected a mapping, got {item!r}")
        bad = set(item) - {"source", "zh", "en", "slug", "title", "layout"}
        if bad:
            raise ConfigError(f"{p}: {key}: unknown key(s): {', '.join(sorted(bad))}")
        src = item.get("source")
        zh, en = item.get("zh"), item.get("en")
        for name in ("source", "zh", "en", "slug", "layout"):
            if item.get(name) is not None and not isinstance(item.get(name), str):
                raise ConfigError(f"{p}: {key}.{name}: expected a file name (text), got {item.get(name)!r}")
        if not src and not (zh and en):
            raise ConfigError(f"{p}: {key}: give 'source' (one file) or both 'zh' and 'en'")
        if src and (zh or en):
            raise ConfigError(f"{p}: {key}: give either 'source' or 'zh' + 'en', not both")
        tz, te = _title(item.get("title"), f"{key}.title")
        layout = item.get("layout")
        if layout is not None:
            if layout not in LAYOUT_NAMES:
                raise ConfigError(f"{p}: {key}.layout: unknown layout {layout!r} (known: {', '.join(sorted(LAYOUT_NAMES))})")
        slug = item.get("slug") or ""
        if slug and (not rematch.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug) or slug in RESERVED_SLUGS):
            raise ConfigError(f"{p}: {key}.slug: {slug[:40]!r} must be lower-case letters, digits and hyphens, "
                              f"and none of the site's own folders ({', '.join(sorted(RESERVED_SLUGS))})")
        reports.append(ReportConfig(root / src if src else None, root / zh if zh else None, root / en if en else None,
                                    str(slug), tz, te, layout))
    site_name = data.get("site_name")
    return Config(tuple(reports), site_name if isinstance(site_name, str) else None,
                  check_site_url(data.get("site_url"), f"{p}: site_url"), root)
