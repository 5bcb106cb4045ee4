"""Downloader middlewares of summit-archive."""

from __future__ import annotations

from scrapy.exceptions import IgnoreRequest


# Article URLs claimed per (archive file, run id): spiders of one `crawl` run share a process,
# and a URL that two spiders discover is fetched once and recorded once.
_CLAIMED: dict[tuple[str, int | str], set[str]] = {}


class AlreadyFetched(IgnoreRequest):
    """Another spider of this run already fetched this URL (not an outcome: nothing is recorded)."""


class SkipFetchedMiddleware:
    def __init__(self, crawler):
        self.crawler = crawler
        self.db = crawler.settings.get("ARCHIVE_DB")

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request):
        # Retries and redirects carry the claim in their copied meta: they are the same fetch.
        if request.meta.get("kind") != "article" or request.meta.get("claimed"):
            return None
        run_id = self.crawler.stats.get_value("archive/run_id")
        claimed = _CLAIMED.setdefault((str(self.db), run_id), set())
        key = request.url
        if key in claimed:
            self.crawler.stats.inc_value("archive/skipped_already_fetched")
            raise AlreadyFetched(f"already fetched in this run: {request.url}")
        claimed.add(key)
        request.meta["claimed"] = True
        return None
