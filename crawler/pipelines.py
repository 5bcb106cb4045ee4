"""The item pipeline: extract -> filter -> dedupe -> store.

Each stage only adapts a pure function of ``archive``. A page that stops early raises its own
``DropItem`` subclass (Scrapy counts them per class in ``item_dropped_reasons_count/*``); the
store stage, the only writer, records every item's outcome, stored or dropped, as one fetch row.
"""

from __future__ import annotations

import logging
import sqlite3

from scrapy import signals
from scrapy.exceptions import DropItem
from scrapy.utils.defer import deferred_from_coro

from archive.db import DUPLICATE, FAILED, OFF_TOPIC, Archive, is_disk_full
from archive.extract import ExtractionError, Extractor
from archive.topic import load_topic
from archive.urls import url_key
from archive.sources import load_wire_services
from crawler.items import FetchError, Page

logger = logging.getLogger(__name__)


class Dropped(DropItem):
    """An item that ends as a fetch row without becoming (or changing) an article."""

    outcome = FAILED

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


class FetchFailed(Dropped):
    """The download failed (HTTP error, timeout, robots.txt, ...) or the listing did not parse."""


class NotArticle(Dropped):
    """Fetched, but not an article page (not HTML, empty, no article text)."""


class OffTopic(Dropped):
    """An article outside the topic; its score and matched terms are still recorded."""

    outcome = OFF_TOPIC


class Duplicate(Dropped):
    """Another address (AMP, mobile, tracking variant) of an article stored from its canonical URL."""

    outcome = DUPLICATE


class ExtractPipeline:
    """Extraction in worker processes, bounded in time (fault catalogue #24).

    Pathological HTML can keep lxml busy for many seconds; in a worker it neither blocks the
    crawl's reactor nor outlives ARCHIVE_EXTRACT_TIMEOUT: a stuck worker is killed, the URL gets
    ``extract_timeout`` and its raw capture stays in the WARC file for ``reextract``.
    """

    def __init__(self, timeout: float, workers: int):
        self.extractor = Extractor(timeout, workers)

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        return cls(settings.getfloat("ARCHIVE_EXTRACT_TIMEOUT"), settings.getint("ARCHIVE_EXTRACT_WORKERS"))

    def close_spider(self) -> None:
        self.extractor.close()

    async def process_item(self, item):
        if isinstance(item, FetchError):
            raise FetchFailed(item.reason, item.detail)
        if not isinstance(item, Page):
            return item
        try:
            item.article = await self.extractor.extract_async(item.body, item.url, item.fetch.content_type)
        except ExtractionError as exc:
            raise NotArticle(exc.reason, str(exc)) from None
        # The feed or sitemap date is evidence when the page itself states none.
        if item.article.published is None and item.fetch.hint_published:
            item.article.published = item.fetch.hint_published
            item.article.published_source = item.fetch.discovered_via
        return item


class TopicPipeline:
    def __init__(self, topic_path: str | None):
        self.topic = load_topic(topic_path)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("ARCHIVE_TOPIC"))

    def process_item(self, item):
        if isinstance(item, Page):
            article = item.article
            item.relevance = self.topic.classify(title=article.title or "", text=article.text, url=article.url)
            if not item.relevance.relevant:
                raise OffTopic("off_topic", f"score {item.relevance.score}")
        return item


class DedupePipeline:
    """Keep the canonical fetch: an alias never overwrites an article stored from its canonical URL."""

    def __init__(self, db_path: str):
        self.archive = Archive(db_path)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("ARCHIVE_DB"))

    def close_spider(self):
        self.archive.close()

    def process_item(self, item):
        if isinstance(item, Page):
            article = item.article
            existing = self.archive.find_article(url_key(article.canonical_url))
            fetched_from_alias = item.fetch.url != article.canonical_url and article.url != article.canonical_url
            if existing and fetched_from_alias and existing["url"] == existing["canonical_url"]:
                raise Duplicate("alias_of_stored_article", existing["canonical_url"])
        return item


def stop_for_disk_full(crawler) -> None:
    """Stop the crawl once (catalogue #36): every later write would fail the same way. Called by
    the store pipeline and by a spider whose listing the archive could not take."""
    if not crawler.stats.get_value("archive/disk_full"):
        crawler.stats.inc_value("archive/disk_full")
        deferred_from_coro(crawler.engine.close_spider_async(reason="disk_full"))


class NotStored(DropItem):
    """The archive could not take the item (disk or quota full): the run stops as ``disk_full``;
    the URL stays in the frontier for the next run."""


class StorePipeline:
    """The single writer: one transaction per URL, for stored and dropped items alike."""

    def __init__(self, crawler):
        self.crawler = crawler
        settings = crawler.settings
        self.archive = Archive(settings.get("ARCHIVE_DB"), load_wire_services(settings.get("ARCHIVE_SOURCES")),
                               max_mb=settings.getfloat("ARCHIVE_MAX_DB_MB"))
        self.run_id = settings.get("ARCHIVE_RUN_ID")
        self.owns_run = self.run_id is None  # plain `scrapy crawl`: this pipeline opens the run
        if self.owns_run:
            self.run_id = self.archive.start_run([crawler.spidercls.name], settings.get("ARCHIVE_SOURCES"),
                                                 settings.get("ARCHIVE_TOPIC"))
        crawler.stats.set_value("archive/run_id", self.run_id)
        crawler.signals.connect(self.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(self.item_error, signal=signals.item_error)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item):
        if isinstance(item, Page):
            rel = item.relevance
            try:
                status, _ = self.archive.record_article(self.run_id, item.fetch, item.article, rel.score,
                                                        list(rel.matched))
            except sqlite3.OperationalError as exc:
                if not is_disk_full(exc):
                    raise
                stop_for_disk_full(self.crawler)
                raise NotStored("disk_full") from None
            self.crawler.stats.inc_value(f"archive/articles_{status}")
        return item

    def _record_outcome(self, *args, **kwargs) -> bool:
        try:
            self.archive.record_outcome(*args, **kwargs)
        except sqlite3.OperationalError as exc:
            if not is_disk_full(exc):
                raise
            stop_for_disk_full(self.crawler)
            return False
        return True

    def item_dropped(self, item, response, exception, spider):
        if not isinstance(exception, Dropped):
            return
        rel = getattr(item, "relevance", None)
        article = getattr(item, "article", None)
        if self._record_outcome(
            self.run_id, item.fetch, exception.outcome, exception.reason,
            score=rel.score if rel else None, matched=list(rel.matched) if rel else None,
            alias_of=article.canonical_url if isinstance(exception, Duplicate) else None,
        ):
            self.crawler.stats.inc_value(f"archive/{exception.outcome}/{exception.reason}")

    def item_error(self, item, response, spider, failure):
        # A bug in a stage must still leave the URL one outcome, with the error as reason.
        fetch = getattr(item, "fetch", None)
        if fetch is not None:
            self._record_outcome(self.run_id, fetch, FAILED, f"error_{type(failure.value).__name__}")

    def spider_closed(self, spider, reason):
        try:
            if self.owns_run:
                self.archive.finish_run(self.run_id, reason, self.crawler.stats.get_stats())
        except sqlite3.OperationalError as exc:
            if not is_disk_full(exc):
                raise
            # The run row stays open; the next run's start_run marks it 'crashed'. Every fetch
            # row written before is intact, so nothing is lost.
            logger.error("archive full: could not close run %s (%s); the next run will mark it crashed",
                         self.run_id, exc)
        finally:
            self.archive.close()
