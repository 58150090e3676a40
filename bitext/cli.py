"""The command line: wires the stages together and calls MkDocs. Nothing else does.

Exit codes: 0 ok, 1 build error, 2 usage error.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from typing import TYPE_CHECKING

from .config import RESERVED_SLUGS, Config, ConfigError, ReportConfig, check_site_url, load
from . import site_pages
from .parallel import fork
from .model import LAYOUT_NAMES, InputError, shown_name  # (read itself is imported where a report is read)

if TYPE_CHECKING:
    from . import ids
    from .model import Bitext

# The stages and MkDocs are imported by the commands that use them, so that
# `build.py --help` and `check` do not load numpy, Jinja2 or MkDocs.
EXPORT_FORMATS = ("json", "tmx", "tsv")  # export.FORMATS, named here to keep --help light

ROOT = Path(__file__).resolve().parent.parent
EXIT_OK, EXIT_BUILD, EXIT_USAGE = 0, 1, 2
DEFAULT_EPOCH = 946684800  # 2000-01-01, when no report carries a date


class BuildError(Exception):
    pass


def say(msg: str) -> None:
    print(msg, file=sys.stderr)


# --------------------------------------------------------------------------- stages


def anchor_of(rc: ReportConfig) -> Path:
    """The file a report's side files (corrections, ids) sit beside: its source, or its Chinese file."""
    return rc.source or rc.zh or rc.inputs[0]


def titles_of(rc: ReportConfig, b: Bitext) -> tuple[str, str]:
    """Titles from the document, else the config (both already in meta), else the file name."""
    stem = report_stem(rc)
    tz, te = b.meta.title_zh or rc.title_zh, b.meta.title_en or rc.title_en
    return tz or te or stem, te or tz or stem


def load_report(rc: ReportConfig) -> Bitext:
    return load_report_ids(rc).bitext


def load_report_ids(rc: ReportConfig) -> ids.Result:
    """The report with the ids of its registry (report.ids.json), and the registry updated."""
    from . import corrections, ids
    from .pipeline import process_ids
    from .read import read, read_pair

    if rc.source is not None:
        src = read(rc.source, layout=rc.layout, title=(rc.title_zh, rc.title_en))
    elif rc.zh is not None and rc.en is not None:
        src = read_pair(rc.zh, rc.en, layout=rc.layout, title=(rc.title_zh, rc.title_en))
    else:
        raise BuildError("a report is one file with both languages, or two files given with --zh and --en")
    try:
        fixes = corrections.load(corrections.path_for(anchor_of(rc)))
    except corrections.CorrectionsError as e:
        raise BuildError(str(e)) from None
    try:
        registry = ids.load(ids.registry_path(anchor_of(rc)))
    except ids.RegistryError as e:
        raise BuildError(str(e)) from None
    return process_ids(src, fixes, registry)


def summary(b: Bitext) -> str:
    """What was found in one report, for `check` and `build`."""
    rows = [r for s in b.sections for r in s.rows]
    only_zh = sum(1 for r in rows if r.zh and not r.en)
    only_en = sum(1 for r in rows if r.en and not r.zh)
    st = b.stats
    hz, he = st.get("headings_zh", 0), st.get("headings_en", 0)
    sz, se = st.get("strong_zh", hz), st.get("strong_en", he)
    headed = sum(1 for s in b.sections if s.headed)
    lines = [
        f"{shown_name(b.name)}:",
        f"  layout:    {b.layout} ({st.get('layout_reason', '')})",
        f"  encoding:  {b.encoding}",
        f"  title:     {b.meta.title_zh or '-'} / {b.meta.title_en or '-'}",
        f"  headings:  Chinese {hz} candidates ({sz} heading lines), English {he} candidates ({se} heading lines)",
        f"  pairs:     {st.get('pairs', 0)} heading pairs; {len(b.sections)} sections ({headed} headed); {len(rows)} rows",
        f"  unmatched: {only_zh} Chinese and {only_en} English paragraph(s) without counterpart",
        f"  removed:   {len(b.removed)} block(s) of boilerplate",
    ]
    if sz and se and sz != se:
        lines.append(f"  !!! WARNING: the two structures disagree: {sz} Chinese headings against {se} English headings; check the pairs")
    elif not st.get("pairs", 0) and (hz or he) and rows:
        lines.append("  !!! WARNING: no heading pairs found; the report is one unheaded block")
    return "\n".join(lines)


MAX_NOTES = 12  # informational notes printed without --verbose


def report_diagnostics(b: Bitext, verbose: bool = False) -> int:
    """Print a report's diagnostics like a compiler; returns the number of errors.

    Errors and warnings always print; informational notes (removed text, text
    with no counterpart) print up to MAX_NOTES unless --verbose asks for all."""
    errors = sum(1 for d in b.diagnostics if d.level == "error")
    notes = 0
    for d in b.diagnostics:
        if d.level == "info":
            notes += 1
            if notes > MAX_NOTES and not verbose:
                continue
        say(d.format())
    if notes > MAX_NOTES and not verbose:
        say(f"{shown_name(b.name)}: {notes - MAX_NOTES} more notes (see the alignment report page, or use --verbose)")
    return errors


def report_stem(rc: ReportConfig) -> str:
    """A name for a report from its file(s): the file name, or for two files
    the part their names share ('law.zh.txt' + 'law.en.txt' → 'law'), else their folder."""
    if rc.source is not None or rc.zh is None or rc.en is None:
        return Path(anchor_of(rc)).stem
    import os

    common = os.path.commonprefix([rc.zh.name, rc.en.name]).rstrip("._- ")
    return common or rc.zh.resolve().parent.name or rc.zh.stem


def slug_for(rc: ReportConfig, used: set[str]) -> str:
    from .pair import slugify

    base = rc.slug or slugify(rc.title_en or "", "") or slugify(report_stem(rc), "report")
    if base in RESERVED_SLUGS:  # "help.txt" must not replace the site's help page
        base += "-report"
    slug, n = base, 2
    while slug in used:
        slug, n = f"{base}-{n}", n + 1
    used.add(slug)
    return slug


@dataclass
class Built:
    views: list
    epoch: int
    registries: list = field(default_factory=list)  # (path, updated registry) per report
    links: dict = field(default_factory=dict)  # report slug → ids.links(...), for old links


def generated_pages(built: Built) -> dict[str, str]:
    """The Markdown pages plus links.json, the map the site reads to answer old links."""
    from . import render

    pages = render.site_pages(built.views)
    pages["links.json"] = json.dumps({"reports": built.links}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return pages


def write_registries(built: Built) -> None:
    """Record the ids in each report's registry; a file is rewritten only when it changes."""
    from . import ids

    for path, reg in built.registries:
        text = ids.dumps(reg)
        try:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                path.write_text(text, encoding="utf-8")
                say(f"{path}: ids recorded (commit this file with the report)")
        except OSError as e:
            raise BuildError(f"{path}: cannot write the id registry: {e.strerror}") from None


def build_views(reports: list[ReportConfig], verbose: bool) -> Built:
    from . import ids, render

    views = []
    used: set[str] = set()
    dates = []
    registries, links = [], {}
    for rc in reports:
        result = load_report_ids(rc)
        b = result.bitext
        say(summary(b))
        if report_diagnostics(b, verbose):
            raise BuildError(f"{shown_name(b.name)}: errors above")
        slug = slug_for(rc, used)
        views.append(render.report_view(b, slug, *titles_of(rc, b)))
        registries.append((ids.registry_path(anchor_of(rc)), result.registry))
        total = len(b.sections)
        links[slug] = ids.links(b, result.registry, {s.id: render.section_label(s, i, total) for i, s in enumerate(b.sections)})
        if b.meta.date:
            dates.append(b.meta.date)
    epoch = DEFAULT_EPOCH
    if dates:
        import datetime as dt

        epoch = int(dt.datetime.fromisoformat(max(dates)).replace(tzinfo=dt.timezone.utc).timestamp())
    return Built(views, epoch, registries, links)


def mkdocs_build(docs_dir: Path, site_dir: Path, site_name: str, site_url: str | None, nav: list, epoch: int) -> None:
    """MkDocs on the generated pages, dated by the reports (SOURCE_DATE_EPOCH, unless
    the user set one) for this build only: a second build in the same process
    (tests, a collection rebuilt) is dated by its own reports."""
    given = os.environ.get("SOURCE_DATE_EPOCH")
    if given and not given.strip().isdigit():
        raise BuildError(f"SOURCE_DATE_EPOCH: {given[:30]!r} is not a time (seconds since 1970, e.g. 1713830400)")
    os.environ["SOURCE_DATE_EPOCH"] = given or str(epoch)
    try:
        _mkdocs_build(docs_dir, site_dir, site_name, site_url, nav)
    finally:
        if given is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = given


def _mkdocs_build(docs_dir: Path, site_dir: Path, site_name: str, site_url: str | None, nav: list) -> None:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    os.environ.setdefault("DISABLE_MKDOCS_2_WARNING", "true")
    _quiet_jieba()
    from mkdocs.commands.build import build as mk_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    handler = _MkDocsLog()
    log = logging.getLogger("mkdocs")
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    try:
        overrides = dict(docs_dir=str(docs_dir), site_dir=str(site_dir), site_name=site_name, nav=nav, strict=True)
        if site_url is not None:
            overrides["site_url"] = site_url
        cfg = load_config(config_file=str(ROOT / "mkdocs.yml"), **overrides)
        cfg.plugins.on_startup(command="build", dirty=False)
        try:
            with site_pages.shared(cfg):  # the pages written by two processes where it is safe
                mk_build(cfg)
        finally:
            cfg.plugins.on_shutdown()
    except MkDocsException as e:
        raise BuildError(f"mkdocs: {e}") from None
    finally:
        log.removeHandler(handler)
    if handler.warnings:
        raise BuildError("mkdocs reported warnings (the build is strict)")


# Up to this much source text, MkDocs starts in a second process while the stages
# run. Its start-up (about 0.2 s) is most of what a small report's build waits for;
# for a long report it is a small part, and the two processes together would hold
# the stages' memory and MkDocs' at once (100x the example: about 300 MB, against
# 234 MB in one process).
OVERLAP_MAX_BYTES = 1 << 20


def _small(reports: list[ReportConfig]) -> bool:
    total = 0
    for rc in reports:
        for p in rc.inputs:
            try:
                total += p.stat().st_size
            except OSError:
                pass  # reading it will say what is wrong
    return total <= OVERLAP_MAX_BYTES


class _MkDocsProcess:
    """MkDocs made ready in a second process while bitext's stages run.

    A build spends about as long importing MkDocs, its theme and its plugins as
    bitext spends reading and aligning a report; on a machine with two cores the
    two can overlap. The child process imports MkDocs and loads the configuration
    once (which imports the theme, plugins and Markdown extensions), then waits for
    the pages; the parent sends them with ``build`` and gets back what MkDocs said
    and whether it failed. Used where ``os.fork`` is safe (Linux, one thread);
    ``BITEXT_SERIAL=1`` or any other platform builds in one process, with the
    same result byte for byte."""

    def __init__(self, pid: int, jobs: int, results: int, warm: str):
        self.pid, self._jobs, self._results, self.warm = pid, jobs, results, warm

    @classmethod
    def start(cls) -> "_MkDocsProcess | None":
        import threading

        if (sys.platform != "linux" or not hasattr(os, "fork") or threading.active_count() > 1
                or os.environ.get("BITEXT_SERIAL", "") not in ("", "0")):
            return None
        # The child's scratch folder is made and removed here: the child may be ended
        # at any moment (the stages failed), and then cleans nothing up itself. One
        # left by a build that was killed is removed by the next.
        _clean_stale(Path(tempfile.gettempdir()), r"bitext-warm-(\d+)-")
        warm = tempfile.mkdtemp(prefix=f"bitext-warm-{os.getpid()}-")
        jobs_r, jobs_w = os.pipe()
        results_r, results_w = os.pipe()

        def child() -> None:
            os.close(jobs_w)
            os.close(results_r)
            _mkdocs_child(jobs_r, results_w, warm)

        # Dies with this process: a build killed halfway leaves no MkDocs writing on into its temporary folder.
        pid = fork(child)
        os.close(jobs_r)
        os.close(results_w)
        return cls(pid, jobs_w, results_r, warm)

    def build(self, built: Built, docs_dir: Path, site_dir: Path, site_name: str | None, site_url: str | None) -> None:
        """render_and_build in the child; its messages are said here, its error raised here."""
        import pickle

        job = pickle.dumps({"views": built.views, "links": built.links, "epoch": built.epoch, "docs_dir": docs_dir,
                            "site_dir": site_dir, "site_name": site_name, "site_url": site_url},
                           protocol=pickle.HIGHEST_PROTOCOL)
        try:
            with os.fdopen(self._jobs, "wb") as f:
                self._jobs = -1
                f.write(job)
            with os.fdopen(self._results, "rb") as f:
                self._results = -1
                data = f.read()
        except BrokenPipeError:
            data = b""
        status = self._wait()
        shutil.rmtree(self.warm, ignore_errors=True)
        if not data:
            raise BuildError(f"the MkDocs process stopped without building (status {status})")
        result = json.loads(data)
        if result["said"]:
            sys.stderr.write(result["said"])
        if result["error"] is not None:
            raise BuildError(result["error"])

    def stop(self) -> None:
        """End the child if it has not built (the stages failed or were interrupted)."""
        for fd in (self._jobs, self._results):
            if fd >= 0:
                os.close(fd)
        self._jobs = self._results = -1
        if self.pid:
            import signal

            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:  # pragma: no cover - it has ended already
                pass
            self._wait()
        shutil.rmtree(self.warm, ignore_errors=True)

    def _wait(self) -> int:
        if not self.pid:
            return 0
        _, status = os.waitpid(self.pid, 0)
        self.pid = 0
        return os.waitstatus_to_exitcode(status)


def _mkdocs_child(jobs: int, results: int, tmp: str) -> None:
    """Import MkDocs and load the configuration once (with an empty docs folder in
    tmp, which the parent removes), wait for a job, build, send the result."""
    import io

    empty = os.path.join(tmp, "docs")
    try:
        os.mkdir(empty)
        _quiet_jieba()
        from mkdocs.config import load_config
        from mkdocs.commands.build import build  # noqa: F401  (imported now, used later)

        logging.getLogger("mkdocs").setLevel(logging.ERROR)  # the trial load's notes are nobody's business
        cfg = load_config(config_file=str(ROOT / "mkdocs.yml"), docs_dir=empty, site_dir=os.path.join(tmp, "site"))
        # What the build would otherwise do first, done while the stages run: the
        # theme's files listed, and the dictionaries (Material's search segments
        # Chinese with them) loaded from their cache.
        _list_theme_once()
        cfg.theme.get_env().list_templates()
        from . import anchors, render

        anchors.preload()
        render.preload()
    except Exception:  # the real build will say what is wrong
        pass
    with os.fdopen(jobs, "rb") as f:
        data = f.read()
    if not data:  # the parent stopped before the pages were ready
        return
    import pickle

    job = pickle.loads(data)  # from the parent, through a pipe only the two of them hold
    said, error = io.StringIO(), None
    sys.stderr = sys.stdout = said
    try:
        render_and_build(Built(job["views"], job["epoch"], links=job["links"]), job["docs_dir"], job["site_dir"],
                         job["site_name"], job["site_url"])
    except BuildError as e:
        error = str(e)
    except Exception as e:  # reported by the parent as a build error, not lost in the child
        error = f"mkdocs: {type(e).__name__}: {e}"
    with os.fdopen(results, "wb") as f:
        f.write(json.dumps({"said": said.getvalue(), "error": error}).encode())


def _list_theme_once() -> None:
    """A theme folder's files are listed once in this process, hidden ones left out.
    At every build MkDocs lists all the files of the theme to find its static files
    (Material has 14,500, nearly all of them icons in a hidden folder, which MkDocs
    then filters out, since it never publishes hidden files): about 0.05 s of the
    time a small site's build waits for once its pages are ready. The MkDocs process
    lists them while it waits for the pages, and builds once: the theme does not
    change in between, and MkDocs asks for the listing only to filter it this way."""
    import jinja2

    if getattr(jinja2.FileSystemLoader.list_templates, "bitext", False):
        return
    list_templates = jinja2.FileSystemLoader.list_templates
    listed: dict = {}

    def once(self):
        key = (type(self), tuple(self.searchpath), self.followlinks)
        if key not in listed:
            listed[key] = [n for n in list_templates(self) if not any(p.startswith(".") for p in n.split("/"))]
        return list(listed[key])

    once.bitext = True  # type: ignore[attr-defined]
    jinja2.FileSystemLoader.list_templates = once  # type: ignore[method-assign]


class _MkDocsLog(logging.Handler):
    def __init__(self):
        super().__init__(logging.INFO)
        self.warnings = 0

    def emit(self, record):
        if record.levelno >= logging.WARNING:
            self.warnings += 1
            say(f"mkdocs: {record.levelname.lower()}: {record.getMessage()}")


def _quiet_jieba() -> None:
    """Import jieba (Material's search plugin does) quietly, and without
    pkg_resources: jieba uses it only to open its own files, falls back to
    open() without it, and importing it costs more than the rest of jieba."""
    if "jieba" not in sys.modules and "pkg_resources" not in sys.modules:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # an import of it fails
        try:
            import jieba  # noqa: F401
        except ImportError:  # pragma: no cover - jieba is a pinned dependency
            return
        finally:
            del sys.modules["pkg_resources"]
    try:
        import jieba

        jieba.setLogLevel(logging.WARNING)
    except ImportError:  # pragma: no cover - jieba is a pinned dependency
        pass


def build_site(reports: list[ReportConfig], out: Path, site_name: str | None, site_url: str | None,
               docs_out: Path | None | bool = None, verbose: bool = False, update_ids: bool = False) -> Path:
    """Render and build atomically: everything happens in temporary folders that
    replace docs/generated and the site only when the whole build succeeded.

    docs_out: where to keep the generated Markdown (None: docs/generated; False: nowhere).
    update_ids: record the ids in each report's registry once the build succeeded."""
    check_out(out, reports)
    mk = _MkDocsProcess.start() if _small(reports) else None  # MkDocs gets ready while the stages run
    try:
        return _build_site(mk, reports, out, site_name, site_url, docs_out, verbose, update_ids)
    finally:
        if mk is not None:
            mk.stop()


def render_and_build(built: Built, docs_dir: Path, site_dir: Path, site_name: str | None, site_url: str | None) -> None:
    """The views' pages written into docs_dir and built by MkDocs into site_dir.
    Done in the MkDocs process where there is one: it has Jinja2 and Markdown
    loaded already, while the stages run in the other."""
    from . import render

    pages = generated_pages(built)
    nav = render.nav(built.views)
    name = site_name or (built.views[0].title_zh + " · " + built.views[0].title_en if len(built.views) == 1 else "bitext")
    # What plain `mkdocs build|gh-deploy` needs to build the same site (bitext/mkdocs_hooks.py).
    pages[".bitext.json"] = json.dumps({"nav": nav, "site_name": str(render.attr_text(name)), "site_url": site_url,
                                        "source_date_epoch": built.epoch},
                                       ensure_ascii=False, sort_keys=True, indent=1)
    render.write_pages(pages, docs_dir)
    mkdocs_build(docs_dir, site_dir, render.attr_text(name), site_url, nav, built.epoch)


def _build_site(mk: "_MkDocsProcess | None", reports: list[ReportConfig], out: Path, site_name: str | None,
                site_url: str | None, docs_out: Path | None | bool, verbose: bool, update_ids: bool) -> Path:
    built = build_views(reports, verbose)
    if docs_out is None:
        docs_out = ROOT / "docs" / "generated"
    out = out.resolve()
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        _clean_stale(out.parent)
        tmp_root = Path(tempfile.mkdtemp(prefix=f".bitext-{os.getpid()}-", dir=out.parent))
    except OSError as e:
        raise BuildError(f"{out}: cannot write the site there: {e.strerror}") from None
    try:
        tmp_docs, tmp_site = tmp_root / "docs", tmp_root / "site"
        (mk.build if mk is not None else render_and_build)(built, tmp_docs, tmp_site, site_name, site_url)
        _swap(tmp_site, out)
        if docs_out:
            docs_out.parent.mkdir(parents=True, exist_ok=True)
            _swap(tmp_docs, docs_out)
    finally:
        shutil.rmtree(tmp_root, ignore_errors=True)
    if update_ids:
        write_registries(built)
    return out


def is_built_site(folder: Path) -> bool:
    """A folder MkDocs built (bitext's sites are): its sitemap and its search index."""
    return (folder / "sitemap.xml").is_file() and (folder / "search" / "search_index.json").is_file()


def check_out(out: Path, reports: list[ReportConfig]) -> None:
    """The site replaces `out` as a whole: only a new or empty folder, or a site
    built before, may be replaced; never a folder of anything else (".", a project,
    the home folder), nor one that holds a report."""
    target = out.resolve()
    for rc in reports:
        for p in rc.inputs:
            q = Path(p).resolve()
            if q == target or target in q.parents:
                raise BuildError(f"{out}: the site's folder holds the report {p}; choose another output folder")
    if not target.exists():
        return
    if not target.is_dir():
        raise BuildError(f"{out}: exists and is not a folder; choose another output folder")
    if any(target.iterdir()) and not is_built_site(target):
        raise BuildError(f"{out}: the folder is not empty and holds no site built before (no sitemap.xml and search index); "
                         "bitext replaces its output folder as a whole, so it will not replace this one: choose a new or empty folder")


def _clean_stale(parent: Path, pattern: str = r"\.bitext-(?:serve-)?(\d+)-") -> None:
    """Remove the temporary folders of builds that were killed (their process is gone)."""
    for d in parent.glob(pattern[:pattern.index("(")].replace("\\", "") + "*"):
        m = re.match(pattern, d.name)
        if not m or not d.is_dir():
            continue
        try:
            os.kill(int(m.group(1)), 0)
        except ProcessLookupError:
            shutil.rmtree(d, ignore_errors=True)
        except (PermissionError, OverflowError):
            pass  # alive (another user's process) or not a pid


def _swap(new: Path, target: Path) -> None:
    """Put new in place of target with renames, so a reader never sees half a folder."""
    old = target.with_name(target.name + ".old-bitext")
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        target.rename(old)
    try:
        shutil.move(str(new), str(target))
    except OSError:
        if old.exists() and not target.exists():
            old.rename(target)
        raise
    shutil.rmtree(old, ignore_errors=True)


# --------------------------------------------------------------------------- commands


class UsageError(Exception):
    pass


def pair_from_args(args) -> list[ReportConfig]:
    """A two-file report from --zh and --en (both or neither)."""
    zh, en = getattr(args, "zh", None), getattr(args, "en", None)
    if bool(zh) != bool(en):
        raise UsageError("--zh and --en go together: give the Chinese file and the English file")
    if not zh:
        return []
    return [ReportConfig(zh=Path(zh), en=Path(en), layout=getattr(args, "layout", None),
                         title_zh=getattr(args, "title_zh", None), title_en=getattr(args, "title_en", None))]


def reports_from_args(args) -> tuple[list[ReportConfig], Config | None]:
    sources = getattr(args, "sources", None) or []
    pair_rc = pair_from_args(args)
    given = getattr(args, "config", None)
    if sources or pair_rc:
        # A config named beside the reports gives the site's settings (its reports are not built).
        cfg = load(given) if given and Path(given).resolve() != (ROOT / "bitext.yml").resolve() else None
        return [ReportConfig(source=Path(s), layout=getattr(args, "layout", None),
                             title_zh=getattr(args, "title_zh", None), title_en=getattr(args, "title_en", None)) for s in sources] + pair_rc, cfg
    cfg = load(args.config)
    return list(cfg.reports), cfg


def cmd_build(args) -> int:
    reports, cfg = reports_from_args(args)
    if args.site_url is not None:
        site_url = check_site_url(args.site_url, "--site-url")
    elif os.environ.get("BITEXT_SITE_URL"):
        site_url = check_site_url(os.environ["BITEXT_SITE_URL"], "BITEXT_SITE_URL")
    else:
        site_url = cfg.site_url if cfg else None
    out_path = Path(args.out)
    # The generated Markdown is kept in docs/generated for the default site only;
    # a build elsewhere (tests, previews) leaves docs/ alone.
    keep_docs = out_path.resolve() == (ROOT / "site").resolve()
    out = build_site(reports, out_path, cfg.site_name if cfg and cfg.site_name != "bitext" else None, site_url,
                     docs_out=None if keep_docs else False, verbose=args.verbose,
                     update_ids=keep_docs or args.update_ids)
    say(f"site built: {out}/index.html (preview with: make serve, then open http://127.0.0.1:8000)")
    return EXIT_OK


def cmd_export(args) -> int:
    pair_rc = pair_from_args(args)
    if bool(args.source) == bool(pair_rc):
        raise UsageError("export takes one SOURCE file, or --zh ZH_FILE --en EN_FILE")
    rc = pair_rc[0] if pair_rc else ReportConfig(source=Path(args.source), layout=args.layout)
    if args.output and args.output != "-":
        target = Path(args.output).resolve()
        if any(Path(p).resolve() == target for p in rc.inputs):
            raise BuildError(f"{args.output}: is the report itself; write the export to another file")
    b = load_report(rc)
    report_diagnostics(b, args.verbose)
    from . import export

    text = export.FORMATS[args.format](b)
    if args.output and args.output != "-":
        try:
            Path(args.output).write_text(text, encoding="utf-8")
        except OSError as e:
            raise BuildError(f"{args.output}: cannot write: {e.strerror}") from None
    else:
        sys.stdout.write(text)
    return EXIT_OK


def cmd_check(args) -> int:
    reports, _ = reports_from_args(args)
    errors = 0
    for rc in reports:
        try:
            b = load_report(rc)
        except InputError as e:
            say(e.format())
            errors += 1
            continue
        print(summary(b))
        headed = [s for s in b.sections if s.headed]
        for n, s in enumerate(headed, 1):
            print(f"  {n:>3}. {s.heading_zh or '—'}  |  {s.heading_en or '—'}")
        errors += report_diagnostics(b, verbose=True)
    return EXIT_BUILD if errors else EXIT_OK


def cmd_align(args) -> int:
    from .align import align
    from .evaluate import format_bead

    zh = _lines(args.zh_file)
    en = _lines(args.en_file)
    if args.mode == "neural":
        from .neural import NeuralUnavailable, align_neural

        try:
            beads = align_neural(zh, en)
        except NeuralUnavailable as e:
            raise BuildError(str(e)) from None
    else:
        beads = align(zh, en)
    sys.stdout.write("".join(format_bead(b.zh, b.en) + "\n" for b in beads))
    return EXIT_OK


def cmd_evaluate(args) -> int:
    from .evaluate import score_dirs

    try:
        scores = score_dirs(args.gold_dir, args.test_dir)
    except (OSError, ValueError) as e:
        raise BuildError(str(e)) from None
    print(scores.format())
    return EXIT_OK


def _lines(path: str) -> list[str]:
    from .read import decode, normalize_text, read_bytes

    text, _, _ = decode(read_bytes(path), path)
    lines = normalize_text(text).split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def watched_files(reports: list[ReportConfig], config_path: Path | None) -> set[Path]:
    """What the preview rebuilds on besides docs/: each report file, its corrections
    (REPORT.align.yml) and id registry (REPORT.ids.json), and bitext.yml."""
    from . import corrections, ids

    out: set[Path] = set()
    for rc in reports:
        for src in rc.inputs:
            out |= {src.resolve(), corrections.path_for(src).resolve(), ids.registry_path(src).resolve()}
    if config_path is not None:
        out.add(Path(config_path).resolve())
    return out


def sync_pages(pages: dict[str, str], docs: Path) -> list[str]:
    """Make docs hold exactly these pages (plus the hand-written pages and assets),
    writing only files whose bytes change and removing stale ones. The folder itself
    stays, so a watcher on it (mkdocs serve's) sees just the real changes."""
    from . import render

    changed: list[str] = []
    docs.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".bitext-serve-{os.getpid()}-", dir=docs.parent))
    try:
        render.write_pages(pages, tmp / "docs")
        new = {p.relative_to(tmp / "docs").as_posix(): p for p in (tmp / "docs").rglob("*") if p.is_file()}
        docs.mkdir(parents=True, exist_ok=True)
        for rel, src in sorted(new.items()):
            dst = docs / rel
            data = src.read_bytes()
            if not dst.is_file() or dst.read_bytes() != data:
                dst.parent.mkdir(parents=True, exist_ok=True)
                dst.write_bytes(data)
                changed.append(rel)
        for p in sorted(docs.rglob("*"), reverse=True):
            rel = p.relative_to(docs).as_posix()
            if p.is_file() and rel not in new:
                p.unlink()
                changed.append(rel)
            elif p.is_dir() and not any(p.iterdir()):
                p.rmdir()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return changed


def regenerate(reports: list[ReportConfig], docs: Path, verbose: bool = False) -> tuple[Built, list[str]]:
    """Read the reports again and bring the generated pages in docs up to date.
    Returns what was built and the pages that changed (relative paths)."""
    built = build_views(reports, verbose)
    return built, sync_pages(generated_pages(built), docs)


class ReportWatcher:
    """Calls on_change (once per burst of events) when one of the watched files is
    written, created, moved or deleted. Editors often save by writing a new file
    and renaming it, so the folders are watched, not the files."""

    def __init__(self, files: set[Path], on_change, delay: float = 0.3):
        import threading

        from watchdog.observers import Observer

        self.files = set(files)
        self.on_change = on_change
        self.delay = delay
        self._timer = None
        self._lock = threading.Lock()
        self._observer = Observer()
        self._dirs: set[Path] = set()
        self.watch(self.files)

    def watch(self, files: set[Path]) -> None:
        from watchdog.events import FileSystemEventHandler

        watcher = self

        class Handler(FileSystemEventHandler):
            def on_any_event(self, event):
                # Changes only: reading a file (as the rebuild does) must not start another rebuild.
                if event.event_type not in ("created", "modified", "moved", "deleted"):
                    return
                paths = [getattr(event, "src_path", ""), getattr(event, "dest_path", "")]
                if any(p and Path(os.fsdecode(p)).resolve() in watcher.files for p in paths):
                    watcher._schedule()

        self.files = set(files)
        for d in sorted({f.parent for f in self.files} - self._dirs):
            if d.is_dir():
                self._observer.schedule(Handler(), str(d), recursive=False)
                self._dirs.add(d)

    def _schedule(self) -> None:
        import threading

        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
            self._timer = threading.Timer(self.delay, self.on_change)
            self._timer.daemon = True
            self._timer.start()

    def start(self) -> "ReportWatcher":
        self._observer.start()
        return self

    def stop(self) -> None:
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
        self._observer.stop()
        self._observer.join(timeout=5)


def cmd_serve(args) -> int:
    from . import render

    reports, cfg = reports_from_args(args)
    docs = Path(args.docs_dir).resolve() if args.docs_dir else ROOT / "docs" / "generated"
    built, _ = regenerate(reports, docs, args.verbose)
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    os.environ["SOURCE_DATE_EPOCH"] = str(built.epoch)
    _quiet_jieba()
    from mkdocs.commands.serve import serve

    # mkdocs serve reloads its config (with these options) on every rebuild, so the
    # navigation is updated in place when sections come and go.
    nav = render.nav(built.views)
    config_path = Path(args.config) if cfg else None

    def on_change():
        nonlocal reports
        try:
            reports, _ = reports_from_args(args)
            fresh, changed = regenerate(reports, docs, args.verbose)
        except (InputError, ConfigError, BuildError) as e:
            say(e.format() if isinstance(e, InputError) else f"error: {e}")
            say("the preview keeps the last good pages; fix the report and save again")
            return
        nav[:] = render.nav(fresh.views)
        watcher.watch(watched_files(reports, config_path))
        say(f"report changed: {len(changed)} page(s) regenerated" + ("" if changed else " (no change)"))

    watcher = ReportWatcher(watched_files(reports, config_path), on_change).start()
    name = built.views[0].title_zh + " · " + built.views[0].title_en if len(built.views) == 1 else "bitext"
    try:
        serve(config_file=str(ROOT / "mkdocs.yml"), dev_addr=args.dev_addr, nav=nav, docs_dir=str(docs),
              site_name=render.attr_text(name), site_url=f"http://{args.dev_addr}/")
    finally:
        watcher.stop()
    return EXIT_OK


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="build.py", description="bitext: a bilingual Chinese–English report → a side-by-side website.",
                                epilog="Exit codes: 0 ok, 1 build error, 2 usage error.")
    sub = p.add_subparsers(dest="command")

    def common(sp, sources=True):
        if sources:
            sp.add_argument("sources", nargs="*", metavar="SOURCE", help="report file(s); default: the reports in bitext.yml")
            sp.add_argument("--config", default=str(ROOT / "bitext.yml"), help="config file (default: bitext.yml)")
        sp.add_argument("--zh", default=None, metavar="ZH_FILE", help="the Chinese file of a two-file report (with --en)")
        sp.add_argument("--en", default=None, metavar="EN_FILE", help="the English file of a two-file report (with --zh)")
        sp.add_argument("--layout", default=None, choices=sorted(LAYOUT_NAMES),
                        help="force a layout instead of detecting it")
        sp.add_argument("-v", "--verbose", action="store_true", help="also print informational notes")

    b = sub.add_parser("build", help="build the site (default command)", description="Build the site from the configured reports or the SOURCE files.")
    common(b)
    b.add_argument("--out", default=str(ROOT / "site"), help="output folder (default: site/)")
    b.add_argument("--site-url", default=None, help="the URL the site will live at, e.g. https://USER.github.io/REPO/")
    b.add_argument("--update-ids", action="store_true",
                   help="record the ids in each report's registry (REPORT.ids.json); always done when building into site/")
    b.add_argument("--title-zh", default=None, help="Chinese title when the report has none")
    b.add_argument("--title-en", default=None, help="English title when the report has none")
    b.set_defaults(func=cmd_build)

    e = sub.add_parser("export", help="export the aligned pairs", description="Export a report's aligned pairs as JSON, TSV or TMX.")
    e.add_argument("source", metavar="SOURCE", nargs="?", help="one file with both languages (or use --zh and --en)")
    common(e, sources=False)
    e.add_argument("--format", choices=EXPORT_FORMATS, default="json")
    e.add_argument("-o", "--output", default=None, help="output file (default: standard output)")
    e.set_defaults(func=cmd_export)

    c = sub.add_parser("check", help="report what was found, without building", description="Print layout, encoding, sections and pairs found; exit 1 on errors.")
    common(c)
    c.set_defaults(func=cmd_check)

    a = sub.add_parser("align", help="align two files of sentences", description="Align ZH_FILE and EN_FILE (one sentence per line); print one bead per line, e.g. [0,1]:[0].")
    a.add_argument("zh_file", metavar="ZH_FILE")
    a.add_argument("en_file", metavar="EN_FILE")
    a.add_argument("--mode", choices=["default", "neural"], default="default",
                   help="neural adds sentence embeddings (optional: pip install -r requirements-neural.txt)")
    a.set_defaults(func=cmd_align)

    v = sub.add_parser("evaluate", help="score alignments against gold ones",
                       description="Score the bead files of TEST_DIR against those of GOLD_DIR (same names; NNN.align or NNN): "
                                   "strict and lax precision, recall and F1, micro-averaged over the files.")
    v.add_argument("gold_dir", metavar="GOLD_DIR")
    v.add_argument("test_dir", metavar="TEST_DIR")
    v.set_defaults(func=cmd_evaluate)

    s = sub.add_parser("serve", help="preview the site with live reload", description="Build the pages and serve them on http://127.0.0.1:8000, rebuilding on change.")
    common(s)
    s.add_argument("--dev-addr", default="127.0.0.1:8000")
    s.add_argument("--docs-dir", default=None, help="where the generated pages go (default: docs/generated)")
    s.set_defaults(func=cmd_serve)
    return p


def _one_blas_thread(args) -> None:
    """numpy's OpenBLAS starts a thread per core when numpy is imported, which
    doubles the import's cost (about 50 ms of a build on two cores). The default
    aligner multiplies sparse rows and small blocks and is as fast on one thread
    (5,000 sentences a side: 3.8 s either way); the neural mode's dense products
    keep their threads. A value the user set wins."""
    if getattr(args, "mode", "default") != "neural":
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    p = parser()
    if not argv or argv[0].startswith("-") and argv[0] not in ("-h", "--help"):
        argv = ["build"] + argv
    args = p.parse_args(argv)
    _one_blas_thread(args)
    if not getattr(args, "func", None):
        p.print_help()
        return EXIT_USAGE
    try:
        return args.func(args)
    except InputError as e:
        say(e.format())
    except UsageError as e:
        say(f"usage error: {e}")
        return EXIT_USAGE
    except (ConfigError, BuildError) as e:
        say(f"error: {e}")
    except KeyboardInterrupt:
        say("interrupted; the previous site is left as it was")
    return EXIT_BUILD
