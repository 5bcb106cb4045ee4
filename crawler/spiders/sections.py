"""Discover articles on outlets' section pages (/world, /china, ...), for outlets without feeds.

Each source's ``sections = [...]`` are listings (kind ``section``), re-read every run unless read
less than SECTIONS_REVISIT_INTERVAL seconds ago, with ETag / Last-Modified like feeds. From a
section page the spider takes article-like links on the same site (archive.discover.parse_section)
and follows at most SECTIONS_MAX_PAGES further pages of it (its pagination and sub-sections, one
level: section → sub-section → article, never deeper). Traps are bounded: calendar pages,
session ids and files are never followed, URLs longer than SECTIONS_MAX_URL_LENGTH are dropped,
and at most SECTIONS_DOMAIN_BUDGET section pages per host are read in one run.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta, timezone
from urllib.parse import urlsplit

from scrapy.http import Response

from archive.discover import Link, parse_section
from crawler.spiders.base import ArchiveSpider


class SectionsSpider(ArchiveSpider):
    name = "sections"
    kind = "section"
    listing_via = "section_page"  # a failed section page's frontier row is never claimed as an article

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        s = crawler.settings
        spider.max_pages = s.getint("SECTIONS_MAX_PAGES", 5)
        spider.domain_budget = s.getint("SECTIONS_DOMAIN_BUDGET", 50)
        spider.max_url_length = s.getint("SECTIONS_MAX_URL_LENGTH", 300)
        spider.revisit = timedelta(seconds=s.getfloat("SECTIONS_REVISIT_INTERVAL", 900.0))
        spider.pages_per_host: Counter[str] = Counter()
        return spider

    def _spend(self, url: str) -> bool:
        """Count a section page against its host's budget; False when the budget is spent."""
        host = (urlsplit(url).hostname or "").lower()
        if self.pages_per_host[host] >= self.domain_budget:
            self.crawler.stats.inc_value("sections/over_domain_budget")
            return False
        self.pages_per_host[host] += 1
        return True

    def _recently_read(self, url: str) -> bool:
        last_read = self.archive.listing_last_read(url)
        if not last_read or self.revisit <= timedelta(0):
            return False
        try:
            last = datetime.fromisoformat(last_read)
        except ValueError:
            return False
        return datetime.now(timezone.utc) - last < self.revisit

    def listing_urls(self):
        for source in self.sources:
            for url in source.sections:
                if self._recently_read(url):
                    self.crawler.stats.inc_value("sections/not_due")
                    continue
                if self._spend(url):
                    yield url, source

    def parse_links(self, body: bytes, url: str) -> tuple[list[Link], list[str]]:
        return parse_section(body, url, self.max_url_length)

    def follow_children(self, response: Response, children: list[str]) -> list[str]:
        # Only a configured section page (depth 0) leads to further pages: section → page → article.
        if response.meta.get("depth", 0) >= 1:
            return []
        follow = []
        for url in children:
            if len(follow) >= self.max_pages:
                self.crawler.stats.inc_value("sections/pages_capped")
                break
            if self._recently_read(url):
                continue
            if self._spend(url):
                follow.append(url)
        return follow
