"""What every discovery spider shares: requests with provenance, and one item per URL."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

import scrapy
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import ConnectionLost, DNSLookupError, TCPTimedOutError, TimeoutError
from twisted.python.failure import Failure

from archive.db import Archive, Fetch, is_disk_full, now
from archive.discover import Link, UnparseableListing, parse_hreflang, source_for_url
from archive.sources import Source, load_sources
from archive.urls import same_site
from crawler.items import FetchError, Page
from crawler.pipelines import stop_for_disk_full
from crawler.ssrf import was_blocked


def failure_reason(failure: Failure) -> tuple[str, int | None]:
    """Map a download failure to (fetches.reason, HTTP status)."""
    exc = failure.value
    if failure.request.meta.get("rate_limited"):
        return "rate_limited", exc.response.status if isinstance(exc, HttpError) else None
    if isinstance(exc, HttpError):
        return f"http_{exc.response.status}", exc.response.status
    if "blocked_ssrf" in str(exc) or was_blocked(failure.request.url):
        return "blocked_ssrf", None
    if isinstance(exc, IgnoreRequest):
        message = str(exc)
        if message.startswith("warc_write_failed"):
            return "warc_write_failed", None  # (crawler.middlewares: a full disk, no capture)
        if "robots.txt unreachable" in message:
            return "robots_unreachable", None
        if "robots.txt" in message:
            return "robots_disallowed", None
        if "max redirections" in message:
            return "redirect_loop", None
        if "decompress" in message.lower() or "max size" in message.lower():
            return "too_large_decompressed", None
        return "ignored", None
    for types, reason in (
        ((DownloadTimeoutError, TimeoutError, TCPTimedOutError), "timeout"),
        ((CannotResolveHostError, DNSLookupError), "dns"),
        ((DownloadConnectionRefusedError, ConnectionLost), "connection"),
        ((ResponseDataLossError,), "dataloss"),
        ((DownloadCancelledError,), "too_large_declared" if "Expected to receive" in str(exc) else "too_large"),
        ((DownloadFailedError,), "download_failed"),
    ):
        if isinstance(exc, types):
            return reason, None
    return f"error_{type(exc).__name__}", None


class ArchiveSpider(scrapy.Spider):
    """Base class: listings (feeds, sitemaps) feed the frontier; due frontier rows become requests.

    Subclasses set ``kind`` (the discovered_via value), list their listing URLs in
    ``listing_urls`` and parse a listing's bytes in ``parse_links``.

    Every spider also takes over due frontier rows of the kinds in ``also_claims`` (found by a
    page's hreflang alternates, GDELT or a seed list), so their retries and revisits happen in
    ordinary runs too; a claim is atomic, so a row is fetched by one spider only.
    """

    kind: str
    listing_via: str | None = None  # fetches.discovered_via of the listing itself (default: kind)
    also_claims: tuple[str, ...] = ("hreflang", "gdelt", "urls")
    max_alternates = 10  # hreflang alternates followed per article page
    sources: list[Source]
    archive: Archive

    @classmethod
    def from_crawler(cls, crawler, *args: Any, **kwargs: Any):
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.sources = load_sources(settings.get("ARCHIVE_SOURCES"))
        spider.archive = Archive(settings.get("ARCHIVE_DB"), max_mb=settings.getfloat("ARCHIVE_MAX_DB_MB"))
        spider.since = settings.get("ARCHIVE_SINCE")
        return spider

    def record_listing(self, listing: Fetch, kind: str, links: list[Link], **kwargs: Any) -> list[Fetch]:
        """``Archive.record_listing`` for this run. A full disk (or quota) stops the run as
        ``disk_full``, as the store pipeline does: the transaction rolled back, so the listing
        is read again next run and nothing half-written is left."""
        try:
            return self.archive.record_listing(self.run_id, listing, kind, links, **kwargs)
        except sqlite3.OperationalError as exc:
            if not is_disk_full(exc):
                raise
            self.logger.error("archive full: listing %s not recorded (%s); stopping the run", listing.url, exc)
            stop_for_disk_full(self.crawler)
            return []

    @property
    def run_id(self) -> int:
        return self.crawler.stats.get_value("archive/run_id")

    def listing_urls(self) -> Iterator[tuple[str, Source]]:
        raise NotImplementedError

    def parse_links(self, body: bytes, url: str) -> tuple[list[Link], list[str]]:
        """(article links, further listing URLs) of a listing; raise UnparseableListing."""
        raise NotImplementedError

    async def start(self):
        # First what earlier runs left: URLs queued or mid-fetch when they stopped, retries and
        # revisits that are due. Then this run's listings.
        kinds = list(dict.fromkeys([self.kind, *self.also_claims]))
        for fetch in self.archive.claim_pending(self.run_id, kinds):
            yield self.article_request(fetch)
        for url, source in self.listing_urls():
            yield self.listing_request(url, source)

    def closed(self, reason: str) -> None:
        self.archive.close()

    def article_request(self, fetch: Fetch, reset_depth: bool = False) -> scrapy.Request:
        # dont_filter: the frontier already deduplicates (by url_key, across spiders), and
        # Scrapy's dupefilter would silently drop redirect chains that revisit a URL.
        if not fetch.source:  # found by GDELT or a seed list: the outlet that owns it, or its domain
            fetch.source = source_for_url(fetch.url, self.sources)
        meta = {"fetch": fetch, "kind": "article"}
        if reset_depth:  # a request DEPTH_LIMIT would drop silently, leaving its claimed row without outcome
            meta["depth_reset"] = True
        return scrapy.Request(fetch.url, callback=self.parse_article, errback=self.on_error, dont_filter=True,
                              meta=meta)

    def listing_request(self, url: str, source: Source, discovered_from: str | None = None) -> scrapy.Request:
        fetch = Fetch(url=url, source=source.key, discovered_via=self.listing_via or self.kind,
                      discovered_from=discovered_from, listing=True)
        headers = {}
        etag, last_modified = self.archive.listing_validators(url)
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        # Listings are re-read every run: never dupe-filtered. 304 is an answer, not an error.
        return scrapy.Request(url, callback=self.parse_listing, errback=self.on_error, dont_filter=True,
                              headers=headers, meta={"fetch": fetch, "kind": "listing", "source": source,
                                                     "handle_httpstatus_list": [304]})

    @staticmethod
    def fetched(response: Response) -> Fetch:
        fetch: Fetch = response.meta["fetch"]
        fetch.fetched_at = now()
        fetch.status = response.status
        fetch.content_type = response.headers.get("Content-Type", b"").decode("latin-1") or None
        fetch.bytes = len(response.body)
        fetch.warc_file, fetch.warc_offset = response.meta.get("warc", (None, None))
        return fetch

    def parse_listing(self, response: Response):
        fetch = self.fetched(response)
        source: Source = response.meta["source"]
        links: list[Link] = []
        children: list[str] = []
        if response.status == 304:
            children = self.archive.child_listings(response.url)
        else:
            try:
                links, children = self.parse_links(response.body, response.url)
            except UnparseableListing as exc:
                yield FetchError(fetch=fetch, reason=f"unparseable_{self.kind}", detail=str(exc))
                return
        children = self.follow_children(response, children)
        fetch.links = len(links) + len(children)
        header = lambda name: response.headers.get(name, b"").decode("latin-1") or None  # noqa: E731
        due = self.record_listing(fetch, self.kind, links, etag=header("ETag"),
                                  last_modified=header("Last-Modified"), since=self.since,
                                  children=children if response.status != 304 else ())
        self.crawler.stats.inc_value("archive/listings")
        for url in children:
            yield self.listing_request(url, source, response.url)
        for article_fetch in due:
            yield self.article_request(article_fetch)

    def follow_children(self, response: Response, children: list[str]) -> list[str]:
        """Which further listings of ``response`` to read (all; the sections spider bounds them)."""
        return children

    def parse_article(self, response: Response):
        fetch = self.fetched(response)
        yield Page(fetch=fetch, url=response.url, body=response.body)
        if fetch.discovered_via != "hreflang":  # alternates of alternates: no chains
            yield from self.follow_alternates(response, fetch)

    def follow_alternates(self, response: Response, fetch: Fetch):
        """Put a page's hreflang alternates (same site or a source's) in the frontier; fetch due ones.

        Recorded as a small listing of kind ``hreflang`` whose URL is the page's + ``#hreflang``
        (the page's own fetch row keeps its URL).
        """
        if b"html" not in (response.headers.get("Content-Type") or b"html").lower():
            return
        try:
            alternates = parse_hreflang(response.body, response.url, self.max_alternates)
        except Exception as exc:  # noqa: BLE001 - a bad head must not cost the article
            self.logger.info("hreflang of %s not read: %s", response.url, exc)
            return
        groups: dict[str, list[Link]] = {}
        for lang, url in alternates:
            if same_site(url, response.url):
                key = fetch.source or source_for_url(url, self.sources)
            elif any(s.owns(url) for s in self.sources):
                key = source_for_url(url, self.sources)
            else:
                continue
            groups.setdefault(key, []).append(Link(url, None, None))
        for key, links in groups.items():
            suffix = "#hreflang" if len(groups) == 1 else f"#hreflang-{key}"
            listing = Fetch(url=response.url.split("#", 1)[0] + suffix, source=key, discovered_via="hreflang",
                            discovered_from=response.url, status=response.status, links=len(links), listing=True)
            due = self.record_listing(listing, "hreflang", links)
            self.crawler.stats.inc_value("archive/hreflang_alternates", len(links))
            for alternate in due:
                yield self.article_request(alternate, reset_depth=True)

    def on_error(self, failure: Failure):
        request = failure.request
        fetch: Fetch = request.meta["fetch"]
        fetch.fetched_at = now()
        reason, status = failure_reason(failure)
        fetch.status = status
        fetch.retry_at = request.meta.get("retry_at")
        fetch.warc_file, fetch.warc_offset = request.meta.get("warc", (None, None))  # error pages too
        self.logger.info("failed %s: %s", request.url, reason)
        yield FetchError(fetch=fetch, reason=reason, detail=str(failure.value)[:500])
