"""Discover articles from news sitemaps and sitemap indexes, keeping news:publication_date."""

from __future__ import annotations

from archive.discover import UnparseableListing, parse_sitemap
from crawler.items import FetchError, Listing
from crawler.spiders.base import ArchiveSpider


class SitemapsSpider(ArchiveSpider):
    name = "sitemaps"

    async def start(self):
        for source in self.sources:
            for url in source.sitemaps:
                yield self.listing_request(url, source, "sitemap", self.parse_sitemap)

    def parse_sitemap(self, response):
        fetch = self.fetched(response)
        source = response.meta["source"]
        try:
            is_index, links = parse_sitemap(response.body, response.url)
        except UnparseableListing as exc:
            yield FetchError(fetch=fetch, reason="unparseable_sitemap", detail=str(exc))
            return
        fetch.links = len(links)
        yield Listing(fetch=fetch)
        for link in links:
            if is_index:
                yield self.listing_request(link.url, source, "sitemap", self.parse_sitemap, response.url)
            else:
                yield self.article_request(link, source, "sitemap", response.url)
