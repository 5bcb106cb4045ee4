"""The ``summit-archive`` command: each verb mirrors a function of ``archive`` or runs the crawler.

Exit codes: 0 ok; 1 the work failed (a crawl that did not finish, an input that did not
extract); 2 bad configuration or usage; 3 another crawl holds the archive's lock.
"""

from __future__ import annotations

import fcntl
import gzip
import json
import os
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from archive.sources import ConfigError

DEFAULT_DB = "data/archive.db"
DEMO_DB = "data/demo.db"
SPIDERS = ("feeds", "sitemaps", "sections")  # what `crawl` runs by default (and the demo)
ON_DEMAND_SPIDERS = ("gdelt", "urls")  # only when asked: --spider gdelt, --urls FILE
EXIT_FAILED, EXIT_CONFIG, EXIT_LOCKED = 1, 2, 3


def _emit(obj: dict[str, Any]) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False))


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
             epilog="\b\nExample:\n  summit-archive demo")
@click.version_option(package_name="summit-archive")
def cli() -> None:
    """Crawl, extract, filter and archive news coverage of US–China leader summits."""


def extract_timeout_option(f):
    # default = archive.extract.EXTRACT_TIMEOUT (not imported here: --help stays fast; test_cli checks)
    return click.option("--extract-timeout", type=click.FloatRange(min=0, min_open=True), default=20.0,
                        show_default=True, metavar="SECONDS",
                        help="Give up on a page whose extraction takes longer (its raw bytes stay).")(f)


# --- extract -------------------------------------------------------------------------------


def _read_input(path: str) -> bytes:
    data = Path(path).read_bytes()
    if path.endswith(".gz"):
        data = gzip.decompress(data)
    return data


@cli.command(epilog="\b\nExample:\n  summit-archive extract --url https://example.com/news/1 page.html.gz")
@click.option("--url", help="The page's URL (for the canonical URL and relative links) when reading FILEs.")
@click.option("--manifest", type=click.File("r", encoding="utf-8"),
              help='JSON lines {"path": ..., "url": ...}, processed after the FILEs.')
@extract_timeout_option
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False))
def extract(url: str | None, manifest, extract_timeout: float, files: tuple[str, ...]) -> None:
    """Extract article text and metadata from saved pages (.html or .html.gz).

    Prints one JSON object per input, in input order, with the keys path, url, title, text,
    published, author, sitename, language, canonical_url: exactly what a crawl stores. An input
    that cannot be read or holds no article prints {"path": ..., "error": ...}; the command then
    exits 1 after processing the rest.
    """
    from archive.extract import ExtractionError, Extractor

    jobs: list[tuple[str, str | None]] = [(f, url) for f in files]
    if manifest is not None:
        for n, line in enumerate(manifest, 1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
                jobs.append((entry["path"], entry.get("url")))
            except (ValueError, KeyError, TypeError):
                jobs.append((f"{manifest.name}:{n}", None))  # reported below as an unreadable input
    if not jobs:
        raise click.UsageError("give FILEs or --manifest; see --help for an example")
    failed = False
    with Extractor(extract_timeout) as extractor:  # a worker process: a stuck page cannot hang the run
        for path, page_url in jobs:
            try:
                body = _read_input(path)
                article = extractor.extract(body, page_url or Path(path).resolve().as_uri())
            except (OSError, EOFError, gzip.BadGzipFile, ExtractionError) as exc:
                failed = True
                reason = getattr(exc, "reason", type(exc).__name__)
                _emit({"path": path, "error": f"{reason}: {exc}"})
                continue
            _emit({
                "path": path, "url": page_url, "title": article.title, "text": article.text,
                "published": article.published, "author": article.author, "sitename": article.sitename,
                "language": article.language, "canonical_url": article.canonical_url,
            })
    if failed:
        sys.exit(EXIT_FAILED)


# --- classify ------------------------------------------------------------------------------


@cli.command(epilog="\b\nExample:\n  echo '{\"id\": 1, \"title\": \"Trump and Xi meet in Busan\", \"text\": \"...\"}' | summit-archive classify")
@click.option("--topic", "topic_path", type=click.Path(dir_okay=False), help="Topic TOML file (default: the packaged topic).")
@click.argument("input", type=click.File("r", encoding="utf-8"), default="-")
def classify(topic_path: str | None, input) -> None:
    """Decide relevance for JSON lines {id, title?, text, url?} (from INPUT or stdin).

    Prints {id, relevant, score, matched} per line, in order. A line that is not valid JSON with a
    text prints {id, error} and the command exits 1 after the rest.
    """
    from archive.topic import load_topic

    topic = _config(load_topic, topic_path)
    failed = False
    for n, line in enumerate(input, 1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
            if not isinstance(doc, dict) or not isinstance(doc.get("text", ""), str):
                raise ValueError("expected an object with a string text")
        except ValueError as exc:
            failed = True
            _emit({"id": None, "line": n, "error": str(exc)})
            continue
        rel = topic.classify(title=doc.get("title") or "", text=doc.get("text") or "", url=doc.get("url"))
        _emit({"id": doc.get("id"), "relevant": rel.relevant, "score": rel.score, "matched": list(rel.matched)})
    if failed:
        sys.exit(EXIT_FAILED)


def _config(loader, path):
    try:
        return loader(path)
    except ConfigError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(EXIT_CONFIG)


# --- crawl ---------------------------------------------------------------------------------


@contextmanager
def crawl_lock(db: Path):
    """An exclusive lock beside the archive: one crawl per archive file at a time (cron overlap)."""
    db.parent.mkdir(parents=True, exist_ok=True)
    lock_path = db.with_name(db.name + ".lock")
    with open(lock_path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            click.echo(f"Error: {db} is being crawled by {holder} (lock {lock_path}); try again later.", err=True)
            sys.exit(EXIT_LOCKED)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}\n")
        handle.flush()
        yield


def run_crawl(db: Path, sources: str | None, topic: str | None, spiders: tuple[str, ...],
              quiet: bool = False, overrides: dict[str, Any] | None = None) -> tuple[str, dict[str, int]]:
    """Run the spiders in one process into ``db``; return (finish_reason, outcome counts)."""
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    from archive.db import Archive
    from archive.extract import EXTRACTOR_VERSION
    from archive.sources import load_sources
    from archive.topic import load_topic
    from archive.warc import recover as recover_warc
    from archive.warc import warc_dir_for

    load_sources(sources)  # fail fast on configuration (exit 2), before any run row
    load_topic(topic)
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    archive = Archive(db)
    run_id = archive.start_run(list(spiders), sources, topic, EXTRACTOR_VERSION)
    recover_warc(Path((overrides or {}).get("ARCHIVE_WARC_DIR") or warc_dir_for(db)))  # files of a killed run
    settings = get_project_settings()
    settings.setdict({
        "ARCHIVE_DB": str(db), "ARCHIVE_SOURCES": sources, "ARCHIVE_TOPIC": topic, "ARCHIVE_RUN_ID": run_id,
        "LOG_LEVEL": "WARNING" if quiet else "INFO",
        "LOGSTATS_INTERVAL": 15.0,
        **(overrides or {}),
    }, priority="cmdline")
    process = CrawlerProcess(settings)
    crawlers = []
    for name in spiders:
        crawler = process.create_crawler(name)
        crawlers.append(crawler)
        process.crawl(crawler)
    finish_reason = "crashed"
    try:
        process.start()
        reasons = sorted({c.stats.get_value("finish_reason") or "unknown" for c in crawlers})
        finish_reason = reasons[0] if len(reasons) == 1 else "+".join(reasons)
    finally:
        counts = archive.finish_run(run_id, finish_reason, _merge_stats(crawlers))
        archive.close()
    return finish_reason, counts


def _merge_stats(crawlers) -> dict[str, Any]:
    """One run's stats from its spiders' crawlers: counters add up, other values keep the first."""
    merged: dict[str, Any] = {}
    for crawler in crawlers:
        for key, value in (crawler.stats.get_stats() or {}).items():
            old = merged.get(key)
            if isinstance(old, (int, float)) and isinstance(value, (int, float)) and not isinstance(value, bool):
                merged[key] = old + value
            elif old is None:
                merged[key] = value
    return merged


def _summary(db: Path, finish_reason: str, counts: dict[str, int]) -> str:
    return (
        f"{db}: {finish_reason}: {counts['fetched']} URLs, {counts['articles_new']} new articles, "
        f"{counts['articles_updated']} updated, {counts['articles_unchanged']} unchanged, "
        f"{counts['off_topic']} off-topic, {counts['duplicates']} duplicates, {counts['failed']} failed, "
        f"{counts['listings']} feeds/sitemaps"
    )


def _iso_date(value: str, option: str = "--since") -> str:
    from datetime import date

    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO date like 2025-10-01", param_hint=option) from None


def user_agent(contact: str) -> str:
    """A User-Agent that names the crawler and how to reach whoever runs it."""
    from importlib.metadata import version

    return f"summit-archive/{version('summit-archive')} (+{contact}; research crawler; obeys robots.txt)"


def _parse_settings(pairs: tuple[str, ...]) -> dict[str, str]:
    overrides = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.isupper():
            raise click.BadParameter(f"{pair!r}: expected NAME=VALUE, e.g. DOWNLOAD_DELAY=2", param_hint="-s")
        overrides[name] = value
    return overrides


def _read_seed_urls(path: str) -> tuple[list[str], str]:
    """The URLs of a seed list (``-``: stdin) and the name its listing row gets; exit 2 if none."""
    from archive.discover import parse_url_list

    try:
        with click.open_file(path, "r", encoding="utf-8", errors="replace") as handle:
            text = handle.read()
    except OSError as exc:
        raise click.BadParameter(f"cannot read {path}: {exc.strerror or exc}", param_hint="--urls") from None
    urls, rejected = parse_url_list(text)
    for n, line in rejected[:10]:
        click.echo(f"Warning: --urls line {n} is not an http(s) URL, skipped: {line[:120]}", err=True)
    if len(rejected) > 10:
        click.echo(f"Warning: {len(rejected) - 10} more lines skipped", err=True)
    if not urls:
        click.echo(f"Error: no http(s) URLs in {'stdin' if path == '-' else path}", err=True)
        sys.exit(EXIT_CONFIG)
    return urls, "urls:stdin" if path == "-" else Path(path).resolve().as_uri()


@cli.command(epilog="\b\nExample (cron, hourly):\n  17 * * * * cd /srv/summit && .venv/bin/summit-archive crawl --quiet --db data/archive.db")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
              help="The archive file (created if missing).")
@click.option("--sources", type=click.Path(dir_okay=False), help="Sources TOML (default: the packaged outlets).")
@click.option("--topic", type=click.Path(dir_okay=False), help="Topic TOML (default: US–China leader summits).")
@click.option("--spider", "spiders", multiple=True, type=click.Choice(SPIDERS + ON_DEMAND_SPIDERS),
              help="Run only these spiders (repeatable; default: feeds, sitemaps, sections). gdelt runs only "
                   "when named: it queries the GDELT DOC API, one call every 6 s or more, so it is slow.")
@click.option("--since", metavar="DATE", help="Skip feed and sitemap links dated before this ISO date (before "
                                              "fetching); also where the GDELT search window starts.")
@click.option("--until", metavar="DATE", help="Where the GDELT search window ends (inclusive; default: now). "
                                              "Without --since the window is the 90 days before it.")
@click.option("--gdelt-query", metavar="QUERY", help='GDELT DOC query (default: built from the topic, like '
              '\'(Trump OR Biden) ("Xi Jinping" OR "President Xi") (summit OR meeting OR call OR visit)\'; '
              'OR groups need parentheses, keywords at least 3 characters).')
@click.option("--urls", "urls_path", metavar="FILE|-", type=click.Path(dir_okay=False, allow_dash=True),
              help="Fetch these URLs (one a line, # comments; - reads stdin) with the urls spider, "
                   "alone unless --spider names others too.")
@click.option("--contact", envvar="SUMMIT_ARCHIVE_CONTACT", metavar="URL|EMAIL",
              help="Put in the User-Agent so site owners can reach you (env SUMMIT_ARCHIVE_CONTACT).")
@click.option("--quiet", is_flag=True, help="Only warnings and errors (for cron).")
@click.option("-s", "--set", "settings", multiple=True, metavar="NAME=VALUE",
              help="Override a Scrapy setting, e.g. -s DOWNLOAD_DELAY=2 (repeatable).")
def crawl(db_path: str, sources: str | None, topic: str | None, spiders: tuple[str, ...], since: str | None,
          until: str | None, gdelt_query: str | None, urls_path: str | None, contact: str | None, quiet: bool,
          settings: tuple[str, ...]) -> None:
    """Discover, fetch, extract, filter and store articles from the sources' feeds, sitemaps and
    section pages, and on request from GDELT (--spider gdelt) or a list of URLs (--urls).

    All spiders run in one process; one crawl per archive file at a time. Exit codes: 0 the crawl
    finished, 1 it did not (see crawl_runs.finish_reason), 2 bad configuration, 3 another crawl
    holds the lock.

    \b
    More examples:
      summit-archive crawl --spider gdelt --since 2025-10-20 --until 2025-11-05
      grep -h busan links.txt | summit-archive crawl --urls -
    """
    db = Path(db_path)
    overrides = _parse_settings(settings)
    if contact:
        overrides.setdefault("USER_AGENT", user_agent(contact))
    if since:
        overrides["ARCHIVE_SINCE"] = _iso_date(since)
    if until:
        overrides["ARCHIVE_UNTIL"] = _iso_date(until, "--until")
        if since and overrides["ARCHIVE_UNTIL"] < overrides["ARCHIVE_SINCE"]:
            raise click.BadParameter("--until is before --since", param_hint="--until")
    if gdelt_query is not None:
        if not gdelt_query.strip():
            raise click.BadParameter("an empty query", param_hint="--gdelt-query")
        overrides["GDELT_QUERY"] = gdelt_query.strip()
    if urls_path is not None:
        seeds, origin = _read_seed_urls(urls_path)
        overrides["ARCHIVE_SEED_URLS"], overrides["ARCHIVE_SEED_ORIGIN"] = seeds, origin
        spiders = tuple(dict.fromkeys(("urls", *spiders)))
    elif "urls" in spiders:
        raise click.UsageError("--spider urls needs --urls FILE (or - for stdin)")
    with crawl_lock(db):
        try:
            finish_reason, counts = run_crawl(db, sources, topic, spiders or SPIDERS, quiet, overrides)
        except ConfigError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(EXIT_CONFIG)
    if not quiet:
        click.echo(_summary(db, finish_reason, counts))
    if finish_reason != "finished":
        click.echo(f"Error: crawl ended with {finish_reason!r}", err=True)
        sys.exit(EXIT_FAILED)


@cli.command(epilog="\b\nExample:\n  summit-archive reextract --db data/archive.db --since 2026-05-01")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False, exists=True))
@click.option("--warc-dir", type=click.Path(file_okay=False), help="WARC folder (default: warc/ beside the archive).")
@click.option("--since", help="Only articles fetched on or after this ISO date.")
@extract_timeout_option
def reextract(db_path: str, warc_dir: str | None, since: str | None, extract_timeout: float) -> None:
    """Rebuild article text and metadata from the raw WARC captures with the current extractor.

    Fetches nothing. Changed articles keep their previous text in article_versions; every article
    records the extractor_version that produced it.
    """
    from archive.db import Archive
    from archive.warc import warc_dir_for

    db = Path(db_path)
    with crawl_lock(db):  # a crawl writing at the same time would race the versions
        archive = Archive(db)
        counts = archive.reextract(Path(warc_dir) if warc_dir else warc_dir_for(db), since, extract_timeout)
        archive.close()
    click.echo(f"{db}: {counts['articles']} articles re-extracted: {counts['updated']} changed, "
               f"{counts['unchanged']} unchanged, {counts['failed']} failed")
    if counts["failed"]:
        sys.exit(EXIT_FAILED)


@cli.command(epilog="\b\nExample:\n  summit-archive rescore --db data/archive.db --topic my-topic.toml")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False, exists=True))
@click.option("--topic", type=click.Path(dir_okay=False), help="Topic TOML (default: the packaged topic).")
@click.option("--warc-dir", type=click.Path(file_okay=False), help="WARC folder (default: warc/ beside the archive).")
@click.option("--prune", is_flag=True, help="Remove articles now below the threshold (raw captures stay).")
@extract_timeout_option
def rescore(db_path: str, topic: str | None, warc_dir: str | None, prune: bool, extract_timeout: float) -> None:
    """Apply a (changed) topic to the whole archive, without fetching anything.

    Updates every article's relevance_score and matched_terms, and re-extracts pages once
    rejected as off-topic from their WARC captures: those now relevant become articles.
    """
    from archive.db import Archive
    from archive.topic import load_topic
    from archive.warc import warc_dir_for

    loaded = _config(load_topic, topic)
    db = Path(db_path)
    with crawl_lock(db):
        archive = Archive(db)
        run_id = archive.start_run(["rescore"], None, topic)
        counts = archive.rescore(loaded, Path(warc_dir) if warc_dir else warc_dir_for(db), run_id, prune,
                                 extract_timeout)
        archive.finish_run(run_id, "finished")
        archive.close()
    click.echo(f"{db}: {counts['articles']} articles rescored: {counts['still_relevant']} relevant, "
               f"{counts['now_off_topic']} now off-topic ({counts['pruned']} pruned); "
               f"{counts['promoted']} rejected pages now relevant")


# --- serve, demo ---------------------------------------------------------------------------


@cli.command(epilog="\b\nExample:\n  summit-archive serve --db data/archive.db --port 8001")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind (keep loopback behind a proxy).")
@click.option("--port", default=8001, show_default=True, type=int)
def serve(db_path: str, host: str, port: int) -> None:
    """Serve the live archive in Datasette (mutable, read-only SQL, ranked search query).
    """
    from archive.serve import serve as serve_archive

    try:
        click.echo(f"Serving {db_path} at http://{host}:{port}/ (Ctrl-C to stop)")
        serve_archive(db_path, host, port)
    except FileNotFoundError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(EXIT_CONFIG)


# Politeness is for other people's servers; the demo site is our own, on loopback.
DEMO_OVERRIDES = {
    "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "DOWNLOAD_TIMEOUT": 10,
}


@cli.command("demo-site", epilog="\b\nExample:\n  summit-archive demo-site --port 8800 --sources-out demo-sources.toml")
@click.option("--port", default=8800, show_default=True, type=int, help="Port on 127.0.0.1 (0: any free port).")
@click.option("--delay-ms", default=0, show_default=True, type=int, help="Delay every response (for crash and load tests).")
@click.option("--edition", default=1, show_default=True, type=click.IntRange(1, 2), help="2: the 'next edition' with changed and new articles.")
@click.option("--sources-out", type=click.Path(dir_okay=False), help="Write a sources file pointing at the site.")
def demo_site(port: int, delay_ms: int, edition: int, sources_out: str | None) -> None:
    """Serve the bundled fictional news web (5 outlets, feeds, sitemaps) on 127.0.0.1.
    """
    from archive.demo_site import DemoSite

    site = DemoSite(port=port, delay_ms=delay_ms, edition=edition)
    base = site.start()
    if sources_out:
        Path(sources_out).write_text(site.sources_toml(), encoding="utf-8")
    click.echo(f"Demo news site at {base}/ (edition {edition})" + (f"; sources in {sources_out}" if sources_out else ""))
    try:
        site.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        site.stop()


@cli.command(epilog="\b\nExample:\n  summit-archive demo --no-serve --db /tmp/demo.db")
@click.option("--db", "db_path", default=DEMO_DB, show_default=True, type=click.Path(dir_okay=False))
@click.option("--serve/--no-serve", "serve_after", default=True, help="Serve the result in Datasette afterwards.")
@click.option("--port", default=8001, show_default=True, type=int, help="Datasette port.")
def demo(db_path: str, serve_after: bool, port: int) -> None:
    """Crawl the bundled demo site with the real spiders into an archive, then serve it.

    Runs anywhere, offline: the site is served on a free port of 127.0.0.1.
    """
    from archive.demo_site import DemoSite

    db = Path(db_path)
    with DemoSite(port=0) as site, tempfile.TemporaryDirectory() as tmp:
        sources = Path(tmp) / "demo-sources.toml"
        sources.write_text(site.sources_toml(), encoding="utf-8")
        click.echo(f"Demo site at {site.base_url}/; crawling into {db} ...")
        with crawl_lock(db):
            finish_reason, counts = run_crawl(db, str(sources), None, SPIDERS, quiet=True, overrides=DEMO_OVERRIDES)
    click.echo(_summary(db, finish_reason, counts))
    if finish_reason != "finished":
        sys.exit(EXIT_FAILED)
    if serve_after:
        from archive.serve import serve as serve_archive

        click.echo(f"Datasette at http://127.0.0.1:{port}/ — try http://127.0.0.1:{port}/{db.stem}/articles?_search=truce")
        serve_archive(db, "127.0.0.1", port)


# --- backfill from Common Crawl News -----------------------------------------------------------


def _ccnews_range(start: str, end: str | None):
    from datetime import date

    try:
        first = date.fromisoformat(start[:10])
        last = date.fromisoformat((end or start)[:10])
    except ValueError:
        raise click.BadParameter(f"expected ISO dates like 2025-10-29, got {start!r}/{end!r}",
                                 param_hint="--from/--to") from None
    if last < first:
        raise click.BadParameter(f"--to {last} is before --from {first}", param_hint="--to")
    return first, last


@cli.command("ccnews-paths", epilog="\b\nExample (the Busan meeting, 30 Oct 2025):\n"
             "  summit-archive ccnews-paths --from 2025-10-29 --to 2025-11-01 > busan.txt")
@click.option("--from", "start", required=True, metavar="DATE", help="First day (ISO date).")
@click.option("--to", "end", metavar="DATE", help="Last day (ISO date; default: --from).")
@click.option("--paths", "bare", is_flag=True, help="Print crawl-data/... paths instead of https URLs.")
def ccnews_paths_cmd(start: str, end: str | None, bare: bool) -> None:
    """List the CC-NEWS WARC files dated DATE..DATE (from Common Crawl's monthly warc.paths.gz).

    Prints one URL per line, for `summit-archive backfill --paths-file`. A file is named after
    the time its crawl segment started: add a day at the end to catch that day's last hours.
    """
    from archive.backfill import CCNEWS_BASE, ccnews_paths

    first, last = _ccnews_range(start, end)
    try:
        paths = ccnews_paths(first, last)
    except OSError as exc:
        click.echo(f"Error: cannot read the CC-NEWS listing: {exc}", err=True)
        sys.exit(EXIT_FAILED)
    for path in paths:
        click.echo(path if bare else CCNEWS_BASE + path)


@cli.command(epilog="\b\nExample (two cores, all outlets, one day of CC-NEWS):\n"
             "  summit-archive ccnews-paths --from 2025-10-30 > day.txt\n"
             "  summit-archive backfill --any-outlet --workers 2 --paths-file day.txt")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
              help="The archive file (created if missing).")
@click.option("--sources", type=click.Path(dir_okay=False), help="Sources TOML (default: the packaged outlets).")
@click.option("--topic", type=click.Path(dir_okay=False), help="Topic TOML (default: US–China leader summits).")
@click.option("--any-outlet", is_flag=True, help="Keep matches from any host, not only the sources' sites.")
@click.option("--workers", type=click.IntRange(1, 64), help="Files scanned in parallel (default: CPU count).")
@click.option("--paths-file", type=click.File("r", encoding="utf-8"),
              help="More WARC paths/URLs, one a line ('-' for stdin), e.g. from ccnews-paths.")
@click.option("--from", "start", metavar="DATE", help="Also every CC-NEWS file dated DATE..--to (network).")
@click.option("--to", "end", metavar="DATE", help="Last day for --from (default: --from).")
@click.option("--restart", is_flag=True, help="Scan unfinished files from their start, not their last offset.")
@click.option("--quiet", is_flag=True, help="Only the summary line and errors.")
@extract_timeout_option
@click.argument("warcs", nargs=-1, metavar="WARC_PATH_OR_URL...")
def backfill(db_path: str, sources: str | None, topic: str | None, any_outlet: bool, workers: int | None,
             paths_file, start: str | None, end: str | None, restart: bool, quiet: bool, extract_timeout: float,
             warcs: tuple[str, ...]) -> None:
    """Archive summit coverage found in Common Crawl News WARC files (local or http(s), streamed).

    Only response records with HTML from the sources' sites (or any site with --any-outlet)
    that pass a keyword prefilter on the raw bytes are extracted and classified. Matches are
    archived with discovered_via = ccnews and warc_file/warc_offset pointing into the CC-NEWS
    file; off-topic pages are only counted (table backfill_files, one row per file). Files
    already done are skipped; an interrupted file resumes from its last committed record. Exit
    codes: 0 all files done, 1 a file failed (run again to resume it), 2 bad configuration,
    3 a crawl holds the archive's lock.
    """
    from archive.backfill import CCNEWS_BASE
    from archive.backfill import backfill as run_backfill
    from archive.backfill import ccnews_paths

    locations = list(warcs)
    if paths_file is not None:
        locations += [line.strip() for line in paths_file if line.strip() and not line.startswith("#")]
    if start:
        first, last = _ccnews_range(start, end)
        try:
            locations += [CCNEWS_BASE + p for p in ccnews_paths(first, last)]
        except OSError as exc:
            click.echo(f"Error: cannot read the CC-NEWS listing: {exc}", err=True)
            sys.exit(EXIT_FAILED)
    if not locations:
        raise click.UsageError("give WARC paths or URLs, --paths-file or --from; see --help for an example")

    def report(location: str, info: dict[str, Any]) -> None:
        if not quiet:
            click.echo(f"{location}: {info['state']}" + (f" ({info['note']})" if info.get("note") else "")
                       + f": {info.get('records', 0)} records, {info.get('matched', 0)} matched, "
                       f"{info.get('off_topic', 0)} off-topic, {info.get('skipped_outlet', 0)} other outlets, "
                       f"{info.get('skipped_prefilter', 0)} skipped by the keyword prefilter")

    db = Path(db_path)
    with crawl_lock(db):
        try:
            result = run_backfill(db, locations, sources_path=sources, topic_path=topic, any_outlet=any_outlet,
                                  workers=workers, restart=restart, on_file=report, extract_timeout=extract_timeout)
        except ConfigError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(EXIT_CONFIG)
        except KeyboardInterrupt:
            click.echo("Error: interrupted; run again to resume from the last committed record", err=True)
            sys.exit(EXIT_FAILED)
    a, t = result.articles, result.totals()
    click.echo(f"{db}: backfill {result.finish_reason}: {len(result.files)} files scanned, "
               f"{len(result.skipped_done)} already done; {a['new']} new articles, {a['updated']} updated, "
               f"{a['unchanged']} unchanged, {a['older_capture']} older than the archived copy; "
               f"{t['off_topic']} off-topic, {t['skipped_outlet'] + t['skipped_prefilter']} skipped before extraction")
    if result.finish_reason != "finished":
        failed = [loc for loc, info in result.files.items() if info["state"] == "failed"]
        click.echo(f"Error: {len(failed)} file(s) failed; run again to resume: {', '.join(failed)}", err=True)
        sys.exit(EXIT_FAILED)


def main() -> None:
    cli(prog_name="summit-archive")


if __name__ == "__main__":
    main()
