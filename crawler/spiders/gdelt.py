"""Discover articles through the GDELT DOC 2.0 API (full-text search of world news coverage).

One query (built from the topic, or GDELT_QUERY / ``--gdelt-query``) over a time window
(``--since``/``--until``; default the last GDELT_DAYS days). GDELT returns at most 250 articles
per call, so a window that comes back full is split in half and both halves are asked again,
down to GDELT_MIN_WINDOW. Calls are strictly sequential and at least GDELT_MIN_INTERVAL seconds
apart (GDELT asks for one request every 5 seconds); a 429 or 5xx is retried after a growing
back-off (bounded by GDELT_MAX_RETRIES). A 200 carrying an error message or page instead of
JSON is recorded as a failed listing (reason ``gdelt_error`` / ``gdelt_html_error``) and the
crawl goes on with the next window.

Each call is a listing (kind ``gdelt``): its article URLs enter the frontier with GDELT's
``seendate`` as date hint and its title; their source is the outlet in the sources file that
owns the URL, else the URL's registrable domain.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from importlib import resources
from pathlib import Path
from urllib.parse import urlencode

import scrapy
from scrapy.http import Response
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import defer

from archive.db import Fetch
from archive.discover import GdeltError, gdelt_query_from_topic, parse_gdelt
from crawler.items import FetchError
from crawler.spiders.base import ArchiveSpider

GDELT_API_URL = "https://api.gdeltproject.org/api/v2/doc/doc"
STAMP = "%Y%m%d%H%M%S"
RETRY_STATUSES = [429, 500, 502, 503, 504]


@dataclass
class CallResult:
    records: int = 0  # articles GDELT returned (the cap means: split the window)
    retry: bool = False  # rate-limited or a server error: ask again after a back-off
    retry_after: float | None = None


def _day(value: str | None) -> datetime | None:
    if not value:
        return None
    return datetime.combine(date.fromisoformat(str(value)[:10]), datetime.min.time(), timezone.utc)


class GdeltSpider(ArchiveSpider):
    name = "gdelt"
    kind = "gdelt"
    listing_via = "gdelt_api"  # a failed call's frontier row is never claimed as an article

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        s = crawler.settings
        spider.api_url = s.get("GDELT_API_URL") or GDELT_API_URL
        spider.query = s.get("GDELT_QUERY") or cls.topic_query(s.get("ARCHIVE_TOPIC"))
        spider.min_interval = s.getfloat("GDELT_MIN_INTERVAL", 6.0)
        spider.max_records = min(250, s.getint("GDELT_MAX_RECORDS", 250))
        spider.min_window = timedelta(seconds=s.getfloat("GDELT_MIN_WINDOW", 900.0))
        spider.backoff = s.getfloat("GDELT_BACKOFF", 30.0)
        spider.max_retries = s.getint("GDELT_MAX_RETRIES", 3)
        spider.call_timeout = s.getfloat("DOWNLOAD_TIMEOUT", 30.0) * 4 + 60
        now = datetime.now(timezone.utc).replace(microsecond=0)
        until = _day(s.get("ARCHIVE_UNTIL"))
        spider.window_end = min(until + timedelta(days=1), now) if until else now
        since = _day(s.get("ARCHIVE_SINCE"))
        spider.window_start = since or spider.window_end - timedelta(days=s.getfloat("GDELT_DAYS", 90.0))
        return spider

    @staticmethod
    def topic_query(topic_path: str | None) -> str:
        if topic_path and Path(topic_path).is_file():
            text = Path(topic_path).read_text("utf-8")
        else:
            text = resources.files("archive").joinpath("data", "topic.toml").read_text("utf-8")
        return gdelt_query_from_topic(text)

    def listing_urls(self):
        return iter(())

    @staticmethod
    def _reactor():
        from twisted.internet import reactor

        return reactor

    def call_url(self, start: datetime, end: datetime) -> str:
        params = {"query": self.query, "mode": "ArtList", "format": "json", "maxrecords": self.max_records,
                  "startdatetime": start.strftime(STAMP), "enddatetime": end.strftime(STAMP)}
        return f"{self.api_url}?{urlencode(params)}"

    async def _sleep(self, seconds: float) -> None:
        from twisted.internet import reactor  # not at import time: Scrapy installs its reactor first
        from twisted.internet.task import deferLater

        if seconds > 0:
            await maybe_deferred_to_future(deferLater(reactor, seconds, lambda: None))

    async def start(self):
        kinds = list(dict.fromkeys([self.kind, *self.also_claims]))
        for fetch in self.archive.claim_pending(self.run_id, kinds):
            yield self.article_request(fetch)
        if self.window_end <= self.window_start:
            self.logger.warning("GDELT window is empty (%s .. %s)", self.window_start, self.window_end)
            return
        self.logger.info("GDELT query %r over %s .. %s", self.query, self.window_start, self.window_end)
        windows = [(self.window_start, self.window_end)]  # a stack: earliest half first
        last_call: float | None = None
        pause = self.min_interval
        while windows:
            start, end = windows.pop()
            attempt = 0
            while True:
                if last_call is not None:
                    await self._sleep(last_call + pause - time.monotonic())
                done: defer.Deferred = defer.Deferred()
                done.addTimeout(self.call_timeout, self._reactor())
                yield self.call_request(start, end, attempt, done)
                try:
                    result: CallResult = await maybe_deferred_to_future(done)
                except defer.TimeoutError:
                    self.logger.warning("GDELT call for %s .. %s got no answer; going on", start, end)
                    result = CallResult()
                last_call = time.monotonic()
                pause = self.min_interval
                if result.retry and attempt < self.max_retries:
                    attempt += 1
                    pause = max(self.min_interval, self.backoff * 2 ** (attempt - 1), result.retry_after or 0)
                    self.crawler.stats.inc_value("gdelt/retries")
                    self.logger.info("GDELT asked us to slow down; retry %d in %.0f s", attempt, pause)
                    continue
                break
            if result.records >= self.max_records:
                if end - start >= 2 * self.min_window:
                    middle = start + (end - start) / 2
                    middle = middle.replace(microsecond=0)
                    windows.append((middle, end))
                    windows.append((start, middle))
                    self.crawler.stats.inc_value("gdelt/splits")
                else:
                    self.crawler.stats.inc_value("gdelt/capped_windows")
                    self.logger.warning("GDELT window %s .. %s still returns %d articles at the minimum size; "
                                        "some are missed", start, end, result.records)

    def call_request(self, start: datetime, end: datetime, attempt: int, done: defer.Deferred) -> scrapy.Request:
        url = self.call_url(start, end)
        fetch = Fetch(url=url, source=None, discovered_via=self.listing_via, listing=True)
        return scrapy.Request(
            url, callback=self.parse_call, errback=self.call_failed, dont_filter=True, priority=100,
            meta={"fetch": fetch, "kind": "listing", "gdelt_done": done, "gdelt_attempt": attempt,
                  # our own back-off, not the retry middleware's (which would retry a 429 at once)
                  "dont_retry": True, "handle_httpstatus_list": RETRY_STATUSES})

    @staticmethod
    def _finish(response_or_request, result: CallResult) -> None:
        done: defer.Deferred = response_or_request.meta["gdelt_done"]
        if not done.called:
            done.callback(result)

    def parse_call(self, response: Response):
        from crawler.middlewares import retry_after_seconds  # imports the reactor: not at spider load

        fetch = self.fetched(response)
        if response.status in RETRY_STATUSES:
            if response.meta["gdelt_attempt"] < self.max_retries:
                self._finish(response, CallResult(retry=True, retry_after=retry_after_seconds(
                    response.headers.get("Retry-After"))))
                return
            self._finish(response, CallResult())
            reason = "rate_limited" if response.status == 429 else f"http_{response.status}"
            yield FetchError(fetch=fetch, reason=reason, detail=f"GDELT answered {response.status} "
                             f"{self.max_retries + 1} times")
            return
        try:
            links = parse_gdelt(response.body)
        except GdeltError as exc:
            self._finish(response, CallResult())
            self.logger.warning("GDELT error for %s: %s", response.url, exc)
            self.crawler.stats.inc_value(f"gdelt/{exc.reason}")
            yield FetchError(fetch=fetch, reason=exc.reason, detail=str(exc))
            return
        fetch.links = len(links)
        try:
            due = self.record_listing(fetch, self.kind, links, since=self.since)
        finally:
            self._finish(response, CallResult(records=len(links)))
        self.crawler.stats.inc_value("archive/listings")
        self.crawler.stats.inc_value("gdelt/articles", len(links))
        for article_fetch in due:
            yield self.article_request(article_fetch)

    def call_failed(self, failure):
        try:
            yield from self.on_error(failure)
        finally:
            self._finish(failure.request, CallResult())
