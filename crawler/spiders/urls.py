"""Fetch a given list of URLs (``summit-archive crawl --urls FILE|-``).

The list (read and checked by the CLI, passed as ARCHIVE_SEED_URLS) is one listing of kind
``urls``, named by ARCHIVE_SEED_ORIGIN (the file's URI, or ``urls:stdin``): its URLs enter the
frontier like a feed's, so a URL already archived is not fetched again until its revisit or
retry is due, and a URL listed twice (or also in a feed) is fetched once. Each URL's source is
the outlet in the sources file that owns it, else its registrable domain.
"""

from __future__ import annotations

from archive.db import Fetch
from archive.discover import Link
from crawler.spiders.base import ArchiveSpider


class UrlsSpider(ArchiveSpider):
    name = "urls"
    kind = "urls"

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        seeds = crawler.settings.get("ARCHIVE_SEED_URLS") or []
        if isinstance(seeds, str):  # -s ARCHIVE_SEED_URLS=a,b
            seeds = [u.strip() for u in seeds.split(",") if u.strip()]
        spider.seed_urls = list(seeds)
        spider.seed_origin = crawler.settings.get("ARCHIVE_SEED_ORIGIN") or "urls:settings"
        return spider

    def listing_urls(self):
        return iter(())

    async def start(self):
        async for request in super().start():  # leftovers of earlier runs first
            yield request
        if not self.seed_urls:
            return
        listing = Fetch(url=self.seed_origin, source=None, discovered_via=self.kind, links=len(self.seed_urls),
                        listing=True)
        due = self.record_listing(listing, self.kind, [Link(u) for u in self.seed_urls])
        self.crawler.stats.inc_value("archive/listings")
        self.logger.info("%d seed URLs, %d due for fetching", len(self.seed_urls), len(due))
        for fetch in due:
            yield self.article_request(fetch)
