"""Discover articles from each source's RSS and Atom feeds."""

from __future__ import annotations

from archive.discover import Link, parse_feed
from crawler.spiders.base import ArchiveSpider


class FeedsSpider(ArchiveSpider):
    name = "feeds"
    kind = "feed"

    def listing_urls(self):
        for source in self.sources:
            for url in source.feeds:
                yield url, source

    def parse_links(self, body: bytes, url: str) -> tuple[list[Link], list[str]]:
        return parse_feed(body, url), []
