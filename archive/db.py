"""Storage: the archive is one SQLite file (WAL), its schema created by numbered migrations.

Every write is one ``BEGIN IMMEDIATE`` transaction covering everything one fetched URL changes
(article row, its previous version, FTS via triggers, syndication bands, fetch row, frontier
state), so a reader (Datasette) never sees half an article and a kill never leaves one behind.

The frontier is the crawl's memory: every discovered URL is a row keyed by ``url_key`` with a
state (queued → fetching → done | failed) and a ``next_attempt_at`` for retries and revisits. A
crawl resumes from it after any stop, so nothing discovered is ever silently lost.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import sqlite_utils

from archive import syndication
from archive.discover import Link
from archive.extract import EXTRACT_TIMEOUT, Article, ExtractionError, Extractor
from archive.urls import clean_url, is_fetchable, url_key
from archive.warc import read_response

# Outcomes of a fetch (fetches.outcome); `reason` says more (new/updated/unchanged, http_404, ...).
ARTICLE, OFF_TOPIC, DUPLICATE, FAILED = "article", "off_topic", "duplicate", "failed"
LISTING = "listing"  # a feed or sitemap, read for links

# Revisit an article this long after publication, to catch updates; then never again.
REVISIT_AFTER = (timedelta(hours=1), timedelta(hours=6), timedelta(hours=24), timedelta(days=7))
# Retry a failed URL in a later run after this long (by attempt number); then give up.
RETRY_AFTER = (timedelta(hours=1), timedelta(hours=6), timedelta(hours=24))


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _utc(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def content_hash(title: str | None, text: str) -> str:
    """What counts as 'changed': the title and the text, whitespace-normalised."""
    norm = " ".join((title or "").split()) + "\n" + " ".join(text.split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


@dataclass
class Fetch:
    """One fetched (or failed) URL of a crawl: what its fetch row records."""

    url: str
    source: str | None = None
    discovered_via: str | None = None  # feed | sitemap | urls | ...
    discovered_from: str | None = None  # the feed or sitemap URL that listed it
    status: int | None = None
    content_type: str | None = None
    bytes: int | None = None
    fetched_at: str = field(default_factory=now)
    hint_published: str | None = None  # date the feed or sitemap gave
    hint_title: str | None = None
    links: int | None = None  # for a feed or sitemap: how many links it listed
    listing: bool = False  # a feed, sitemap or other listing: its failures never enter the frontier
    warc_file: str | None = None  # where the raw response is (relative to the WARC folder)
    warc_offset: int | None = None
    retry_at: str | None = None  # when the server asked us to come back (Retry-After)


# --- schema -------------------------------------------------------------------------------


def _m001_initial(db: sqlite_utils.Database) -> None:
    db["crawl_runs"].create(
        {
            "id": int, "started_at": str, "ended_at": str, "finish_reason": str,
            "spiders": str, "sources_file": str, "topic": str, "extractor_version": str,
            "pid": int, "host": str,
            "fetched": int, "articles_new": int, "articles_updated": int, "articles_unchanged": int,
            "off_topic": int, "duplicates": int, "failed": int, "listings": int, "bytes_downloaded": int,
            "stats": str,
        },
        pk="id",
    )
    article_columns = {
        "id": int, "url_key": str, "url": str, "canonical_url": str, "title": str, "text": str,
        "published": str, "published_source": str, "author": str, "sitename": str,
        "language": str, "description": str, "extractor_version": str,
        "source": str, "discovered_via": str, "fetched_at": str, "first_seen_at": str,
        "relevance_score": float, "matched_terms": str, "content_hash": str, "run_id": int,
        "warc_file": str, "warc_offset": int, "wire_origin": str, "syndication_cluster": int,
    }
    db["articles"].create(article_columns, pk="id", not_null={"url_key", "url", "text"},
                          foreign_keys=[("run_id", "crawl_runs", "id")])
    db["articles"].create_index(["url_key"], unique=True)
    db["articles"].create_index(["published"])
    db["articles"].create_index(["source", "published"])
    db["articles"].create_index(["syndication_cluster"])
    # FTS5 kept current by sqlite-utils' triggers; porter stemming so "truces" finds "truce".
    db["articles"].enable_fts(["title", "text"], fts_version="FTS5", create_triggers=True,
                              tokenize="porter unicode61 remove_diacritics 2")
    db["article_versions"].create(
        {
            "id": int, "article_id": int, "title": str, "text": str, "published": str,
            "content_hash": str, "extractor_version": str, "fetched_at": str, "superseded_at": str,
            "warc_file": str, "warc_offset": int,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["article_versions"].create_index(["article_id"])
    db["fetches"].create(
        {
            "id": int, "run_id": int, "url": str, "url_key": str, "source": str,
            "discovered_via": str, "discovered_from": str, "status": int, "content_type": str,
            "bytes": int, "outcome": str, "reason": str, "relevance_score": float,
            "matched_terms": str, "article_id": int, "links": int, "warc_file": str, "warc_offset": int,
            "fetched_at": str,
        },
        pk="id",
        not_null={"run_id", "url", "outcome"},
        foreign_keys=[("run_id", "crawl_runs", "id"), ("article_id", "articles", "id")],
    )
    # One row per URL per run: a second outcome for the same URL replaces the first.
    db["fetches"].create_index(["run_id", "url"], unique=True)
    db["fetches"].create_index(["outcome"])
    db["fetches"].create_index(["url_key"])
    db["frontier"].create(
        {
            "url_key": str, "url": str, "source": str, "discovered_via": str, "discovered_from": str,
            "discovered_at": str, "hint_published": str, "hint_title": str, "hint_modified": str, "state": str,
            "attempts": int, "last_outcome": str, "last_run_id": int, "last_fetched_at": str,
            "next_attempt_at": str,
        },
        pk="url_key",
        defaults={"state": "queued", "attempts": 0},
    )
    db["frontier"].create_index(["state", "next_attempt_at"])
    db["listings"].create(
        {
            "url": str, "source": str, "kind": str, "parent": str, "etag": str, "last_modified": str,
            "last_status": int, "last_fetched_at": str, "links": int,
        },
        pk="url",
    )
    db["listings"].create_index(["parent"])
    db["aliases"].create(
        {"url": str, "url_key": str, "first_seen_at": str},
        pk="url",
    )
    db["aliases"].create_index(["url_key"])
    db["syndication_bands"].create({"band": str, "article_id": int}, pk=("band", "article_id"))
    db["syndication_signatures"].create({"article_id": int, "minhash": bytes}, pk="article_id")
    db.create_view(
        "articles_per_day",
        """select substr(published, 1, 10) as day, source, count(*) as articles
           from articles where published is not null group by day, source order by day desc, source""",
    )
    db.create_view(
        "unique_stories_per_day",
        """select substr(published, 1, 10) as day, count(*) as articles,
                  count(distinct coalesce(syndication_cluster, id)) as unique_stories
           from articles where published is not null group by day order by day desc""",
    )
    db.create_view(
        "run_outcomes",
        """select run_id, outcome, reason, count(*) as urls
           from fetches group by run_id, outcome, reason order by run_id desc, urls desc""",
    )
    db.create_view(
        "article_changes",
        """select v.article_id, a.url, v.fetched_at as old_fetched_at, a.fetched_at as new_fetched_at,
                  v.title as old_title, a.title as new_title, v.title is not a.title as title_changed,
                  length(v.text) as old_length, length(a.text) as new_length,
                  v.content_hash as old_hash, a.content_hash as new_hash
           from article_versions v join articles a on a.id = v.article_id
           order by v.superseded_at desc""",
    )


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_m001_initial]


def _m002_backfill_files(db: sqlite_utils.Database) -> None:
    """CC-NEWS backfill (archive/backfill.py): one row per WARC file, its state and counts.

    ``state``: running (or interrupted: resumes from ``last_offset``, the offset after the last
    record whose outcome was committed) | done | failed (``error`` says why; resumes too).
    Off-topic captures get no fetch row; they are counted here.
    """
    db["backfill_files"].create(
        {
            "path": str, "state": str, "records": int, "responses": int, "html": int,
            "skipped_outlet": int, "skipped_prefilter": int, "extracted": int, "off_topic": int,
            "not_article": int, "matched": int, "truncated": int, "last_offset": int, "error": str,
            "started_at": str, "finished_at": str, "run_id": int,
        },
        pk="path",
        foreign_keys=[("run_id", "crawl_runs", "id")],
    )
    db["backfill_files"].create_index(["state"])


MIGRATIONS.append(_m002_backfill_files)


def _m003_article_metadata(db: sqlite_utils.Database) -> None:
    """Metadata the extractor gained (summit-archive/2): modified time, authors, section, tags."""
    articles = db["articles"]
    articles.add_column("modified", str)
    articles.add_column("authors", str)  # JSON array; `author` keeps them joined with "; "
    articles.add_column("section", str)
    articles.add_column("tags", str)  # JSON array


MIGRATIONS.append(_m003_article_metadata)


def _m004_facet_indexes(db: sqlite_utils.Database) -> None:
    """Indexes for Datasette's language and section facets (source is covered by source+published).

    Both columns sit after ``text`` in the row, so counting them without an index reads every
    article: on 200,000 articles a facet took ~600 ms, with the index ~20 ms (benchmarks/search.py).
    """
    db["articles"].create_index(["language"], if_not_exists=True)
    db["articles"].create_index(["section"], if_not_exists=True)


MIGRATIONS.append(_m004_facet_indexes)


def migrate(db: sqlite_utils.Database) -> int:
    """Apply pending migrations, each in its own transaction; return the schema version."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    for number, migration in enumerate(MIGRATIONS[version:], start=version + 1):
        db.execute("BEGIN IMMEDIATE")
        try:
            migration(db)
            db.execute(f"PRAGMA user_version = {number}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
    return len(MIGRATIONS)


def connect(path: str | Path) -> sqlite_utils.Database:
    """Open (creating if needed) an archive file with the crawler's pragmas, migrated."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # isolation_level=None: we issue BEGIN IMMEDIATE ourselves; sqlite-utils nests savepoints inside.
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=30)
    db = sqlite_utils.Database(conn)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA busy_timeout=30000")
    db.execute("PRAGMA foreign_keys=ON")
    migrate(db)
    return db


def is_disk_full(exc: BaseException) -> bool:
    """SQLITE_FULL: the disk (or the archive's quota) is full; the transaction was rolled back."""
    return isinstance(exc, sqlite3.OperationalError) and (
        getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "is full" in str(exc))


# --- the archive --------------------------------------------------------------------------


class Archive:
    """The crawler's writer. Read-only users may open the file with sqlite3 directly."""

    def __init__(self, path: str | Path, wire_services: Iterable[str] = (), max_mb: float = 0):
        self.path = Path(path)
        self.db = connect(self.path)
        self.wires = tuple(dict.fromkeys((*syndication.DEFAULT_WIRES, *wire_services)))
        if max_mb:  # a quota: past it a write fails as on a full disk (SQLITE_FULL), and rolls back
            page_size = self.db.execute("PRAGMA page_size").fetchone()[0]
            self.db.execute(f"PRAGMA max_page_count = {max(1, int(max_mb * 2**20 / page_size))}")

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        # IMMEDIATE takes the write lock up front: no deferred read→write upgrade to fail later.
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            if self.db.conn.in_transaction:
                self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")

    # runs

    def start_run(self, spiders: list[str], sources_file: str | None, topic: str | None,
                  extractor_version: str | None = None) -> int:
        """Open a run; any earlier run still open crashed (the caller holds the crawl lock)."""
        with self.transaction() as db:
            db.execute(
                "update crawl_runs set ended_at = ?, finish_reason = 'crashed' where ended_at is null",
                [now()],
            )
            return db["crawl_runs"].insert({
                "started_at": now(), "spiders": ",".join(spiders), "sources_file": sources_file,
                "topic": topic, "extractor_version": extractor_version, "pid": os.getpid(),
                "host": socket.gethostname(),
            }).last_pk

    def finish_run(self, run_id: int, finish_reason: str, stats: dict[str, Any] | None = None) -> dict[str, int]:
        """Close a run with its reason; counts come from the fetch rows, so they always agree."""
        counts = self.run_counts(run_id)
        with self.transaction() as db:
            db["crawl_runs"].update(run_id, {
                "ended_at": now(), "finish_reason": finish_reason, **counts,
                "bytes_downloaded": (stats or {}).get("downloader/response_bytes", 0),
                "stats": json.dumps(stats or {}, default=str, sort_keys=True),
            })
        return counts

    def run_counts(self, run_id: int) -> dict[str, int]:
        rows = self.db.execute(
            "select outcome, reason, count(*) from fetches where run_id = ? group by outcome, reason", [run_id]
        ).fetchall()
        counts = {"fetched": 0, "articles_new": 0, "articles_updated": 0, "articles_unchanged": 0,
                  "off_topic": 0, "duplicates": 0, "failed": 0, "listings": 0}
        names = {OFF_TOPIC: "off_topic", FAILED: "failed", LISTING: "listings", DUPLICATE: "duplicates"}
        for outcome, reason, n in rows:
            counts["fetched"] += n
            counts[f"articles_{reason}" if outcome == ARTICLE else names[outcome]] += n
        return counts

    # the frontier

    def listing_validators(self, url: str) -> tuple[str | None, str | None]:
        """(ETag, Last-Modified) from the listing's last 200, for a conditional request."""
        row = self.db.execute("select etag, last_modified from listings where url = ?", [url]).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def listing_last_read(self, url: str) -> str | None:
        """When the listing last answered 200 or 304 (None if never)."""
        row = self.db.execute("select last_fetched_at from listings where url = ? and last_status in (200, 304)",
                              [url]).fetchone()
        return row[0] if row else None

    def child_listings(self, url: str) -> list[str]:
        """The sitemaps a sitemap index listed when it last changed (for a 304 on the index)."""
        return [r[0] for r in self.db.execute("select url from listings where parent = ? order by url", [url])]

    def record_listing(self, run_id: int, fetch: Fetch, kind: str, links: list[Link],
                       etag: str | None = None, last_modified: str | None = None,
                       since: str | None = None, children: list[str] = ()) -> list[Fetch]:
        """Record a fetched feed or sitemap and its links; return the article fetches now due.

        New links enter the frontier as queued; a link is due when queued, left mid-fetch by an
        earlier (crashed) run, or due for a retry or revisit. Due rows are claimed for this run, so
        a URL listed by several feeds and sitemaps is fetched once. Links dated before ``since``
        are skipped before fetching.
        """
        stamp = now()
        due: list[Fetch] = []
        with self.transaction() as db:
            not_modified = fetch.status == 304
            self._fetch_row(run_id, fetch, LISTING, "not_modified" if not_modified else kind)
            listing = {"url": fetch.url, "source": fetch.source, "kind": kind, "last_status": fetch.status,
                       "last_fetched_at": stamp}
            if not not_modified:
                listing.update(etag=etag, last_modified=last_modified, links=len(links))
            db["listings"].upsert(listing, pk="url")
            for child in children:  # kept with the index's validators: a later 304 still reaches them
                db.execute("insert into listings (url, source, kind, parent) values (?, ?, ?, ?) "
                           "on conflict(url) do update set parent = excluded.parent",
                           [child, fetch.source, kind, fetch.url])
            for link in links:
                if not is_fetchable(link.url):
                    continue  # mailto:, javascript:, "http://[bad": a listing's junk, not a URL to fetch
                if since and link.published and link.published[:10] < since[:10]:
                    continue
                url = clean_url(link.url)
                key = url_key(url)
                db.execute(
                    """insert into frontier (url_key, url, source, discovered_via, discovered_from, discovered_at,
                                             hint_published, hint_title, state, attempts)
                       values (?, ?, ?, ?, ?, ?, ?, ?, 'queued', 0)
                       on conflict(url_key) do update set
                         hint_published = coalesce(frontier.hint_published, excluded.hint_published),
                         hint_title = coalesce(frontier.hint_title, excluded.hint_title)""",
                    [key, url, link.source or fetch.source, kind, fetch.url, stamp, link.published, link.title],
                )
                known_url, last_fetched, seen_modified = db.execute(
                    "select url, last_fetched_at, hint_modified from frontier where url_key = ?", [key]).fetchone()
                if known_url != url:  # another spelling of a URL we know: remember it
                    db.execute("insert or ignore into aliases (url, url_key, first_seen_at) values (?, ?, ?)",
                               [url, key, stamp])
                if link.modified:
                    # Per listing kind: a feed's <updated> and a sitemap's <lastmod> for one article
                    # often differ; only a value that moves forward in the same listing means a change.
                    seen = json.loads(seen_modified) if seen_modified else {}
                    before = _utc(seen.get(kind))
                    if before is None or _utc(link.modified) > before:
                        db.execute("update frontier set hint_modified = ? where url_key = ?",
                                   [json.dumps({**seen, kind: link.modified}), key])
                    if before is not None and _utc(link.modified) > before or (
                            last_fetched is not None and _utc(link.modified) > _utc(last_fetched)):
                        # the listing says the article changed since we fetched it: revisit now
                        db.execute("update frontier set next_attempt_at = ? where url_key = ? and state = 'done'",
                                   [stamp, key])
                due.extend(self._claim(run_id, "url_key = :key", {"key": key}))
        return due

    def claim_pending(self, run_id: int, kinds: Iterable[str]) -> list[Fetch]:
        """Claim every due frontier row discovered by ``kinds``: resumes, retries and revisits."""
        params = {f"kind{i}": kind for i, kind in enumerate(kinds)}
        with self.transaction():
            return self._claim(run_id, f"discovered_via in ({', '.join(':' + p for p in params)})", params)

    def _claim(self, run_id: int, where: str, params: dict[str, Any]) -> list[Fetch]:
        rows = self.db.execute(
            f"""update frontier set state = 'fetching', last_run_id = :run
                where ({where}) and (
                  state = 'queued'
                  or (state = 'fetching' and last_run_id is not :run)
                  or (state in ('done', 'failed') and next_attempt_at <= :now and last_run_id is not :run))
                returning url, source, discovered_via, discovered_from, hint_published, hint_title""",
            {"run": run_id, "now": now(), **params},
        ).fetchall()
        return [Fetch(url=r[0], source=r[1], discovered_via=r[2], discovered_from=r[3],
                      hint_published=r[4], hint_title=r[5]) for r in rows]

    # re-extraction

    def reextract(self, warc_folder: Path, since: str | None = None,
                  extract_timeout: float = EXTRACT_TIMEOUT) -> dict[str, int]:
        """Rebuild every article's text and metadata from its WARC capture with the current extractor.

        Fetches nothing (CC-NEWS captures cited by URL are read with a Range request). Each page
        is extracted in a worker process bounded by ``extract_timeout``. A changed result keeps
        the previous text as a version, like a re-fetch; a failure leaves the article as it is.
        """
        with Extractor(extract_timeout) as extractor:
            return self._reextract(warc_folder, since, extractor)

    def _reextract(self, warc_folder: Path, since: str | None, extractor: Extractor) -> dict[str, int]:
        counts = {"articles": 0, "unchanged": 0, "updated": 0, "failed": 0}
        query = "select id, warc_file, warc_offset, published, published_source from articles where warc_file is not null"
        params: list[Any] = []
        if since:
            query += " and fetched_at >= ?"
            params.append(since)
        for article_id, warc_file, offset, published, published_source in self.db.execute(query, params).fetchall():
            counts["articles"] += 1
            try:
                capture = read_response(warc_folder, warc_file, offset)
                article = extractor.extract(capture.body, capture.url, capture.content_type)
            except (OSError, ValueError, ExtractionError):
                counts["failed"] += 1
                continue
            if article.published is None and published:  # feed/sitemap evidence stays
                article.published, article.published_source = published, published_source
            row = {**article.to_dict(), "content_hash": content_hash(article.title, article.text),
                   "wire_origin": syndication.wire_origin(article.text, self.wires)}
            row = {k: v for k, v in row.items() if k in self._article_columns()}
            with self.transaction() as db:
                old = dict(zip(self._article_columns(),
                               db.execute("select * from articles where id = ?", [article_id]).fetchone(), strict=True))
                if old["content_hash"] == row["content_hash"]:
                    db["articles"].update(article_id, {"extractor_version": article.extractor_version})
                    counts["unchanged"] += 1
                    continue
                db["article_versions"].insert({
                    "article_id": article_id, "superseded_at": now(),
                    **{k: old[k] for k in ("title", "text", "published", "content_hash", "extractor_version",
                                           "fetched_at", "warc_file", "warc_offset")},
                })
                db["articles"].update(article_id, row)
                self._cluster(article_id, article.text)
                counts["updated"] += 1
        return counts

    # re-scoring

    def rescore(self, topic, warc_folder: Path, run_id: int, prune: bool = False,
                extract_timeout: float = EXTRACT_TIMEOUT) -> dict[str, int]:
        """Apply ``topic`` (an archive.topic.Topic) to the whole archive.

        Every article gets its new score and matched terms; pages once rejected as off-topic are
        re-extracted from their WARC capture (as are pruned articles) and, if now relevant, become
        articles. Articles now
        below the threshold are counted, and removed only with ``prune`` (their fetch rows and raw
        captures stay, so a later rescore brings them back).
        """
        counts = {"articles": 0, "still_relevant": 0, "now_off_topic": 0, "pruned": 0, "promoted": 0}
        rows = self.db.execute("select id, title, text, url from articles").fetchall()
        for article_id, title, text, url in rows:
            counts["articles"] += 1
            rel = topic.classify(title=title or "", text=text, url=url)
            with self.transaction() as db:
                db["articles"].update(article_id, {
                    "relevance_score": rel.score, "matched_terms": json.dumps(list(rel.matched), ensure_ascii=False)})
                if rel.relevant:
                    counts["still_relevant"] += 1
                    continue
                counts["now_off_topic"] += 1
                if prune:
                    for table in ("article_versions", "syndication_bands", "syndication_signatures"):
                        db.execute(f"delete from {table} where article_id = ?", [article_id])
                    db.execute("update fetches set article_id = null where article_id = ?", [article_id])
                    db.execute("delete from articles where id = ?", [article_id])
                    counts["pruned"] += 1
        rejected = self.db.execute(
            """select f.url, f.source, f.discovered_via, f.discovered_from, f.warc_file, f.warc_offset, f.fetched_at
               from fetches f join (select url_key, max(id) as id from fetches
                                    where outcome in ('off_topic', 'article') and warc_file is not null
                                    group by url_key) last
                 on last.id = f.id
               where f.url_key not in (select url_key from articles)""").fetchall()
        with Extractor(extract_timeout) as extractor:
            for row in rejected:
                counts["promoted"] += self._promote(topic, warc_folder, run_id, row, extractor)
        return counts

    def _promote(self, topic, warc_folder: Path, run_id: int, row: tuple, extractor: Extractor) -> int:
        """Re-extract one once-rejected capture; store it (1) if the topic now keeps it."""
        url, source, via, from_, warc_file, offset, fetched_at = row
        try:
            capture = read_response(warc_folder, warc_file, offset)
            article = extractor.extract(capture.body, capture.url, capture.content_type)
        except (OSError, ValueError, ExtractionError):
            return 0
        rel = topic.classify(title=article.title or "", text=article.text, url=article.url)
        if not rel.relevant:
            return 0
        fetch = Fetch(url=url, source=source, discovered_via=via, discovered_from=from_, status=capture.status,
                      content_type=capture.content_type, bytes=len(capture.body), fetched_at=fetched_at,
                      warc_file=warc_file, warc_offset=offset)
        self.record_article(run_id, fetch, article, rel.score, list(rel.matched))
        return 1

    # per-URL outcomes

    def find_article(self, key: str) -> dict | None:
        rows = list(self.db.query("select id, url, canonical_url, content_hash from articles where url_key = ?", [key]))
        return rows[0] if rows else None

    def record_article(self, run_id: int, fetch: Fetch, article: Article, score: float,
                       matched: list[str]) -> tuple[str, int]:
        """Insert or update the article for ``fetch``; return (new|updated|unchanged, article id).

        An update keeps the previous text in ``article_versions``.
        """
        key = url_key(article.canonical_url)
        row = {
            **article.to_dict(), "url_key": key, "source": fetch.source,
            "discovered_via": fetch.discovered_via, "fetched_at": fetch.fetched_at,
            "relevance_score": score, "matched_terms": json.dumps(matched, ensure_ascii=False),
            "content_hash": content_hash(article.title, article.text), "run_id": run_id,
            "warc_file": fetch.warc_file, "warc_offset": fetch.warc_offset,
            "wire_origin": syndication.wire_origin(article.text, self.wires),
        }
        row = {k: v for k, v in row.items() if k in self._article_columns()}
        with self.transaction() as db:
            existing = db.execute("select * from articles where url_key = ?", [key]).fetchone()
            if existing is None:
                row["first_seen_at"] = fetch.fetched_at
                article_id, status = db["articles"].insert(row).last_pk, "new"
            else:
                old = dict(zip(self._article_columns(), existing, strict=True))
                article_id = old["id"]
                status = "unchanged" if old["content_hash"] == row["content_hash"] else "updated"
                if status == "updated":
                    db["article_versions"].insert({
                        "article_id": article_id, "superseded_at": fetch.fetched_at,
                        **{k: old[k] for k in ("title", "text", "published", "content_hash", "extractor_version",
                                               "fetched_at", "warc_file", "warc_offset")},
                    })
                db["articles"].update(article_id, row)
            if status != "unchanged":
                self._cluster(article_id, article.text)
            if fetch.url != article.canonical_url:
                db.execute("insert or ignore into aliases (url, url_key, first_seen_at) values (?, ?, ?)",
                           [fetch.url, key, fetch.fetched_at])
            self._fetch_row(run_id, fetch, ARTICLE, status, score, matched, article_id,
                            next_attempt_at=self._revisit_at(article.published, fetch.fetched_at))
        return status, article_id

    def record_outcome(self, run_id: int, fetch: Fetch, outcome: str, reason: str,
                       score: float | None = None, matched: list[str] | None = None,
                       alias_of: str | None = None) -> None:
        """Record a URL that did not become (or change) an article: off-topic, duplicate, failed.

        ``alias_of``: for a duplicate, the canonical URL of the article it is another address of.
        """
        with self.transaction() as db:
            self._fetch_row(run_id, fetch, outcome, reason, score, matched)
            if alias_of:
                db.execute("insert or ignore into aliases (url, url_key, first_seen_at) values (?, ?, ?)",
                           [fetch.url, url_key(alias_of), fetch.fetched_at])

    def _article_columns(self) -> list[str]:
        if not hasattr(self, "_columns"):
            self._columns = [c.name for c in self.db["articles"].columns]
        return self._columns

    @staticmethod
    def _revisit_at(published: str | None, fetched_at: str) -> str | None:
        base = _utc(published) or _utc(fetched_at)
        fetched = _utc(fetched_at)
        for age in REVISIT_AFTER:
            if base + age > fetched:
                return (base + age).isoformat(timespec="seconds")
        return None

    def _cluster(self, article_id: int, text: str) -> None:
        """Put the article in the syndication cluster of any near-duplicate (merging clusters it bridges)."""
        mh = syndication.signature(text)
        bands = syndication.band_keys(mh)
        db = self.db
        db.execute("delete from syndication_bands where article_id = ?", [article_id])
        candidates = {r[0] for r in db.execute(
            f"select distinct article_id from syndication_bands where band in ({', '.join('?' * len(bands))})", bands)}
        matches = []
        for other in candidates:
            blob = db.execute("select minhash from syndication_signatures where article_id = ?", [other]).fetchone()
            if blob and syndication.jaccard(mh, blob[0]) >= syndication.THRESHOLD:
                matches.append(other)
        db.execute("insert or replace into syndication_signatures (article_id, minhash) values (?, ?)",
                   [article_id, syndication.to_blob(mh)])
        db.conn.executemany("insert or ignore into syndication_bands (band, article_id) values (?, ?)",
                       [(b, article_id) for b in bands])
        if not matches:
            db.execute("update articles set syndication_cluster = null where id = ?", [article_id])
            return
        members = [article_id, *matches]
        clusters = {r[0] for r in db.execute(
            f"select coalesce(syndication_cluster, id) from articles where id in ({', '.join('?' * len(members))})",
            members)}
        cluster = min(clusters | set(members))
        db.execute(
            f"""update articles set syndication_cluster = ?
                where id in ({', '.join('?' * len(members))})
                   or syndication_cluster in ({', '.join('?' * len(clusters))})""",
            [cluster, *members, *clusters])

    def _fetch_row(self, run_id: int, fetch: Fetch, outcome: str, reason: str, score: float | None = None,
                   matched: list[str] | None = None, article_id: int | None = None,
                   next_attempt_at: str | None = None) -> None:
        key = url_key(fetch.url)
        row = {
            "run_id": run_id, "url": fetch.url, "url_key": key, "source": fetch.source,
            "discovered_via": fetch.discovered_via, "discovered_from": fetch.discovered_from,
            "status": fetch.status, "content_type": fetch.content_type, "bytes": fetch.bytes,
            "outcome": outcome, "reason": reason, "relevance_score": score,
            "matched_terms": json.dumps(matched, ensure_ascii=False) if matched is not None else None,
            "article_id": article_id, "links": fetch.links, "warc_file": fetch.warc_file,
            "warc_offset": fetch.warc_offset, "fetched_at": fetch.fetched_at,
        }
        columns = ", ".join(row)
        updates = ", ".join(f"{c} = excluded.{c}" for c in row if c not in ("run_id", "url"))
        self.db.execute(
            f"insert into fetches ({columns}) values ({', '.join('?' * len(row))}) "
            f"on conflict(run_id, url) do update set {updates}",
            list(row.values()),
        )
        if outcome == LISTING or fetch.listing:
            return  # listings are re-read by their spiders each run, not fetched as articles
        attempts = (self.db.execute("select attempts from frontier where url_key = ?", [key]).fetchone() or (0,))[0] + 1
        if outcome == FAILED:
            state = "failed"
            if fetch.retry_at:
                next_attempt_at = fetch.retry_at
            elif attempts <= len(RETRY_AFTER):
                next_attempt_at = (_utc(fetch.fetched_at) + RETRY_AFTER[attempts - 1]).isoformat(timespec="seconds")
        else:
            state = "done"
        self.db.execute(
            """insert into frontier (url_key, url, source, discovered_via, discovered_from, discovered_at,
                                     hint_published, hint_title, state, attempts, last_outcome, last_run_id,
                                     last_fetched_at, next_attempt_at)
               values (:url_key, :url, :source, :via, :from_, :at, :hp, :ht, :state, :attempts, :last, :run,
                       :fetched, :next)
               on conflict(url_key) do update set state = :state, attempts = :attempts, last_outcome = :last,
                 last_run_id = :run, last_fetched_at = :fetched, next_attempt_at = :next""",
            {"url_key": key, "url": fetch.url, "source": fetch.source, "via": fetch.discovered_via,
             "from_": fetch.discovered_from, "at": fetch.fetched_at, "hp": fetch.hint_published,
             "ht": fetch.hint_title, "state": state, "attempts": attempts, "last": f"{outcome}:{reason}",
             "run": run_id, "fetched": fetch.fetched_at, "next": next_attempt_at},
        )
