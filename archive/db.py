"""Storage: the archive is one SQLite file (WAL), its schema created by numbered migrations.

Every write is one ``BEGIN IMMEDIATE`` transaction covering everything one fetched URL changes
(article row, FTS via triggers, fetch row, frontier state), so a reader (Datasette) never sees
half an article and a kill never leaves one behind.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlite_utils

from archive.extract import Article
from archive.urls import url_key

# Outcomes of a fetch (fetches.outcome); failures say why in fetches.reason.
ARTICLE, OFF_TOPIC, DUPLICATE, FAILED = "article", "off_topic", "duplicate", "failed"
LISTING = "listing"  # a feed or sitemap, read for links


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def content_hash(title: str | None, text: str) -> str:
    """What counts as 'changed': the title and the text, whitespace-normalised."""
    norm = " ".join((title or "").split()) + "\n" + " ".join(text.split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


@dataclass
class Fetch:
    """One fetched (or failed) URL of a crawl: what the fetch row records."""

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
    db["articles"].create(
        {
            "id": int, "url_key": str, "url": str, "canonical_url": str, "title": str, "text": str,
            "published": str, "published_source": str, "author": str, "sitename": str,
            "language": str, "description": str, "extractor_version": str,
            "source": str, "discovered_via": str, "fetched_at": str, "first_seen_at": str,
            "relevance_score": float, "matched_terms": str, "content_hash": str, "run_id": int,
        },
        pk="id",
        not_null={"url_key", "url", "text"},
        foreign_keys=[("run_id", "crawl_runs", "id")],
    )
    db["articles"].create_index(["url_key"], unique=True)
    db["articles"].create_index(["published"])
    db["articles"].create_index(["source", "published"])
    # FTS5 kept current by sqlite-utils' triggers; porter stemming so "truces" finds "truce".
    db["articles"].enable_fts(["title", "text"], fts_version="FTS5", create_triggers=True,
                              tokenize="porter unicode61 remove_diacritics 2")
    db["fetches"].create(
        {
            "id": int, "run_id": int, "url": str, "url_key": str, "source": str,
            "discovered_via": str, "discovered_from": str, "status": int, "content_type": str,
            "bytes": int, "outcome": str, "reason": str, "relevance_score": float,
            "matched_terms": str, "article_id": int, "links": int, "fetched_at": str,
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
            "discovered_at": str, "hint_published": str, "hint_title": str, "state": str,
            "attempts": int, "last_outcome": str, "last_run_id": int, "next_attempt_at": str,
        },
        pk="url_key",
    )
    db["frontier"].create_index(["state", "next_attempt_at"])
    db["aliases"].create(
        {"url": str, "url_key": str, "article_id": int, "first_seen_at": str},
        pk="url",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db.create_view(
        "articles_per_day",
        """select substr(published, 1, 10) as day, source, count(*) as articles
           from articles where published is not null group by day, source order by day desc, source""",
    )
    db.create_view(
        "run_outcomes",
        """select run_id, outcome, reason, count(*) as urls
           from fetches group by run_id, outcome, reason order by run_id desc, urls desc""",
    )


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_m001_initial]


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


# --- the archive --------------------------------------------------------------------------


class Archive:
    """The crawler's single writer. Read-only users may open the file with sqlite3 directly."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.db = connect(self.path)

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
        for outcome, reason, n in rows:
            counts["fetched"] += n
            if outcome == ARTICLE:
                counts[f"articles_{reason}"] += n
            elif outcome == DUPLICATE:
                counts["duplicates"] += n
            else:
                counts[{OFF_TOPIC: "off_topic", FAILED: "failed", LISTING: "listings"}[outcome]] += n
        return counts

    # per-URL outcomes

    def find_article(self, key: str) -> dict | None:
        rows = list(self.db.query("select id, url, canonical_url, content_hash from articles where url_key = ?", [key]))
        return rows[0] if rows else None

    def record_article(self, run_id: int, fetch: Fetch, article: Article, score: float,
                       matched: list[str]) -> tuple[str, int]:
        """Insert or update the article for ``fetch``; return (new|updated|unchanged, article id)."""
        key = url_key(article.canonical_url)
        row = {
            **article.to_dict(), "url_key": key, "source": fetch.source,
            "discovered_via": fetch.discovered_via, "fetched_at": fetch.fetched_at,
            "relevance_score": score, "matched_terms": json.dumps(matched, ensure_ascii=False),
            "content_hash": content_hash(article.title, article.text), "run_id": run_id,
        }
        with self.transaction() as db:
            existing = self.find_article(key)
            if existing is None:
                row["first_seen_at"] = fetch.fetched_at
                article_id, status = db["articles"].insert(row).last_pk, "new"
            else:
                article_id = existing["id"]
                status = "unchanged" if existing["content_hash"] == row["content_hash"] else "updated"
                db["articles"].update(article_id, row)
            if fetch.url != article.canonical_url:
                db["aliases"].upsert({"url": fetch.url, "url_key": key, "article_id": article_id,
                                      "first_seen_at": fetch.fetched_at}, pk="url")
            self._fetch_row(run_id, fetch, ARTICLE, status, score, matched, article_id)
        return status, article_id

    def record_outcome(self, run_id: int, fetch: Fetch, outcome: str, reason: str,
                       score: float | None = None, matched: list[str] | None = None,
                       article_id: int | None = None) -> None:
        """Record a URL that did not become (or change) an article: off-topic, duplicate, failed."""
        with self.transaction():
            self._fetch_row(run_id, fetch, outcome, reason, score, matched, article_id)

    def _fetch_row(self, run_id: int, fetch: Fetch, outcome: str, reason: str, score: float | None,
                   matched: list[str] | None, article_id: int | None) -> None:
        key = url_key(fetch.url)
        row = {
            "run_id": run_id, "url": fetch.url, "url_key": key, "source": fetch.source,
            "discovered_via": fetch.discovered_via, "discovered_from": fetch.discovered_from,
            "status": fetch.status, "content_type": fetch.content_type, "bytes": fetch.bytes,
            "outcome": outcome, "reason": reason, "relevance_score": score,
            "matched_terms": json.dumps(matched, ensure_ascii=False) if matched is not None else None,
            "article_id": article_id, "links": fetch.links, "fetched_at": fetch.fetched_at,
        }
        columns = ", ".join(row)
        updates = ", ".join(f"{c} = excluded.{c}" for c in row if c not in ("run_id", "url"))
        self.db.execute(
            f"insert into fetches ({columns}) values ({', '.join('?' * len(row))}) "
            f"on conflict(run_id, url) do update set {updates}",
            list(row.values()),
        )
        previous = self.db.execute("select attempts from frontier where url_key = ?", [key]).fetchone()
        state = {
            "url_key": key, "url": fetch.url, "source": fetch.source,
            "discovered_via": fetch.discovered_via, "discovered_from": fetch.discovered_from,
            "hint_published": fetch.hint_published, "hint_title": fetch.hint_title,
            "state": "failed" if outcome == FAILED else "done",
            "attempts": (previous[0] if previous else 0) + 1,
            "last_outcome": f"{outcome}:{reason}", "last_run_id": run_id,
        }
        if previous is None:
            state["discovered_at"] = fetch.fetched_at
        self.db["frontier"].upsert(state, pk="url_key")
