"""What every discovery spider shares: requests with provenance, and one item per URL."""

from __future__ import annotations

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

from archive.db import Fetch
from archive.discover import Link
from archive.sources import Source, load_sources
from archive.urls import clean_url
from crawler.items import FetchError, Page
from crawler.middlewares import AlreadyFetched


def failure_reason(failure: Failure) -> tuple[str, int | None]:
    """Map a download failure to (fetches.reason, HTTP status)."""
    exc = failure.value
    if isinstance(exc, HttpError):
        return f"http_{exc.response.status}", exc.response.status
    if isinstance(exc, IgnoreRequest):
        message = str(exc)
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
        ((DownloadCancelledError,), "too_large"),
        ((DownloadFailedError,), "download_failed"),
    ):
        if isinstance(exc, types):
            return reason, None
    return f"error_{type(exc).__name__}", None


class ArchiveSpider(scrapy.Spider):
    """Base class: reads the sources file; builds article requests that carry a Fetch."""

    sources: list[Source]

    @classmethod
    def from_crawler(cls, crawler, *args: Any, **kwargs: Any):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.sources = load_sources(crawler.settings.get("ARCHIVE_SOURCES"))
        return spider

    def fetch_for(self, url: str, source: Source, via: str, discovered_from: str | None = None,
                  link: Link | None = None) -> Fetch:
        return Fetch(url=url, source=source.key, discovered_via=via, discovered_from=discovered_from,
                     hint_published=link.published if link else None,
                     hint_title=link.title if link else None)

    def article_request(self, link: Link, source: Source, via: str, discovered_from: str) -> scrapy.Request:
        url = clean_url(link.url)
        fetch = self.fetch_for(url, source, via, discovered_from, link)
        # dont_filter: SkipFetchedMiddleware deduplicates instead, because Scrapy's dupefilter
        # silently drops redirect chains that revisit a URL, leaving them no outcome row.
        return scrapy.Request(url, callback=self.parse_article, errback=self.on_error, dont_filter=True,
                              meta={"fetch": fetch, "kind": "article"})

    def listing_request(self, url: str, source: Source, via: str, callback, discovered_from: str | None = None) -> scrapy.Request:
        fetch = self.fetch_for(url, source, via, discovered_from)
        # Listings are re-read every run and may repeat across spiders: never dupe-filtered.
        return scrapy.Request(url, callback=callback, errback=self.on_error, dont_filter=True,
                              meta={"fetch": fetch, "kind": "listing", "source": source})

    @staticmethod
    def fetched(response: Response) -> Fetch:
        fetch: Fetch = response.meta["fetch"]
        fetch.status = response.status
        fetch.content_type = response.headers.get("Content-Type", b"").decode("latin-1") or None
        fetch.bytes = len(response.body)
        return fetch

    def parse_article(self, response: Response):
        yield Page(fetch=self.fetched(response), body=response.body)

    def on_error(self, failure: Failure):
        if failure.check(AlreadyFetched):
            return  # this run already recorded the URL's outcome
        request = failure.request
        fetch: Fetch = request.meta["fetch"]
        reason, status = failure_reason(failure)
        fetch.status = status
        self.logger.info("failed %s: %s", request.url, reason)
        yield FetchError(fetch=fetch, reason=reason, detail=str(failure.value)[:500])
