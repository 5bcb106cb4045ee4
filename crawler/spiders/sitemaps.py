"""Discover articles from news sitemaps and sitemap indexes, keeping news:publication_date.

(Scrapy's own SitemapSpider drops the news: namespace; archive.discover keeps it.)
"""

from __future__ import annotations

from archive.discover import Link, parse_sitemap
from crawler.spiders.base import ArchiveSpider


class SitemapsSpider(ArchiveSpider):
    name = "sitemaps"
    kind = "sitemap"

    def listing_urls(self):
        for source in self.sources:
            for url in source.sitemaps:
                yield url, source

    def parse_links(self, body: bytes, url: str) -> tuple[list[Link], list[str]]:
        is_index, links = parse_sitemap(body, url)
        if is_index:
            return [], [link.url for link in links]
        return links, []
