"""Downloader middlewares: raw capture (WARC), RFC 9309 robots.txt, Retry-After."""

from __future__ import annotations

import email.utils
import logging
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

from scrapy import signals
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.task import deferLater

from archive.warc import WarcWriter, warc_dir_for
from crawler.ssrf import BLOCKED_NAMES

logger = logging.getLogger(__name__)


class WarcCaptureMiddleware:
    """Write every response (and its request) to this run's WARC file, before anything decodes it.

    Sits next to the downloader (order 950), so it sees the bytes as received (still compressed)
    and every response, including redirects and errors that are retried. The (file, offset) of
    the final response travels in ``response.meta["warc"]``.
    """

    def __init__(self, crawler):
        self.crawler = crawler
        settings = crawler.settings
        self.folder = Path(settings.get("ARCHIVE_WARC_DIR") or warc_dir_for(settings.get("ARCHIVE_DB")))
        self.writer: WarcWriter | None = None
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _writer(self) -> WarcWriter:
        if self.writer is None:
            run_id = self.crawler.stats.get_value("archive/run_id") or 0
            name = f"run{run_id:06d}-{self.crawler.spider.name}-{os.getpid()}.warc.gz"
            self.writer = WarcWriter(self.folder, name)
        return self.writer

    def process_response(self, request, response):
        try:
            offset = self._writer().write_exchange(request, response)
        except OSError as exc:  # a full disk must not pass silently: no capture, no article
            logger.error("WARC write failed for %s: %s", request.url, exc)
            raise IgnoreRequest(f"warc_write_failed: {exc}") from exc
        request.meta["warc"] = (self.writer.name, offset)
        return response

    def spider_closed(self, spider, reason):
        if self.writer is not None:
            self.writer.close()


class _Unreachable:
    """Stands in for a robots.txt parser when robots.txt could not be fetched: allows nothing."""

    def allowed(self, url, user_agent) -> bool:
        return False


UNREACHABLE = _Unreachable()
BLOCKED_HOST = _Unreachable()  # its robots.txt resolved to a private address (crawler.ssrf)


class StrictRobotsTxtMiddleware(RobotsTxtMiddleware):
    """RFC 9309: robots.txt unreachable (5xx, timeout, refused) means disallow all, for this run.

    Stock Scrapy allows everything then. 4xx (including after too many redirects) means no rules.
    """

    async def robot_parser(self, request):
        # Requests that wait for a robots.txt still downloading share one Deferred, and only the
        # first awaiter gets the parser: the others got None, i.e. "allow everything" (seen when a
        # resumed crawl sends many frontier URLs at once). The parser stored for the host is the
        # answer for all of them.
        parser = await super().robot_parser(request)
        current = self._parsers.get(urlparse_cached(request).netloc, parser)
        return parser if hasattr(current, "addCallback") else current

    async def _parse_robots(self, response, netloc, request):
        if response.status >= 500:
            self._set_parser(netloc, UNREACHABLE)
            return
        if response.status >= 400:
            response = response.replace(body=b"")  # "unavailable": crawl without restrictions
        await super()._parse_robots(response, netloc, request)

    def _robots_error(self, exc, netloc):
        if isinstance(exc, IgnoreRequest):  # e.g. too many redirects: unavailable, not unreachable
            super()._robots_error(exc, netloc)
            return
        self._stats.inc_value(f"robotstxt/exception_count/{type(exc)}")
        blocked = netloc.rsplit(":", 1)[0].strip("[]") in BLOCKED_NAMES
        self._set_parser(netloc, BLOCKED_HOST if blocked else UNREACHABLE)

    def _set_parser(self, netloc, parser):
        pending = self._parsers[netloc]
        self._parsers[netloc] = parser
        if hasattr(pending, "callback"):
            pending.callback(parser)

    def process_request_2(self, rp, request):
        if rp is BLOCKED_HOST:
            raise IgnoreRequest("blocked_ssrf: the host resolves to a private address")
        if rp is UNREACHABLE:
            self._stats.inc_value("robotstxt/unreachable")
            raise IgnoreRequest("robots.txt unreachable: not crawling this host in this run")
        super().process_request_2(rp, request)


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date), or None if absent/invalid."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


class RetryAfterMiddleware(RetryMiddleware):
    """Honour Retry-After on 429 and 503 (stock Scrapy retries at once).

    A short wait (≤ RETRY_AFTER_MAX_WAIT) is waited out before the retry; a longer one gives the URL
    up for this run as ``rate_limited``, with the time the server named (capped at RETRY_AFTER_CAP)
    as its next attempt in the frontier.
    """

    def __init__(self, settings):
        super().__init__(settings)
        self.max_wait = settings.getfloat("RETRY_AFTER_MAX_WAIT", 60.0)
        self.cap = settings.getfloat("RETRY_AFTER_CAP", 3600.0)

    async def process_response(self, request, response):
        if response.status in (429, 503) and not request.meta.get("dont_retry"):
            delay = retry_after_seconds(response.headers.get("Retry-After"))
            if delay is not None:
                delay = min(delay, self.cap)
                if delay > self.max_wait:
                    when = datetime.now(timezone.utc) + timedelta(seconds=delay)
                    request.meta["retry_at"] = when.isoformat(timespec="seconds")
                    request.meta["rate_limited"] = True
                    return response  # HttpError → errback → failure row `rate_limited`
                from twisted.internet import reactor  # the installed one; importing it early would install the default

                await maybe_deferred_to_future(deferLater(reactor, delay, lambda: None))
        return super().process_response(request, response)
