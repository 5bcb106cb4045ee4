"""Discover articles from each source's RSS and Atom feeds."""

from __future__ import annotations

from archive.discover import UnparseableListing, parse_feed
from crawler.items import FetchError, Listing
from crawler.spiders.base import ArchiveSpider


class FeedsSpider(ArchiveSpider):
    name = "feeds"

    async def start(self):
        for source in self.sources:
            for url in source.feeds:
                yield self.listing_request(url, source, "feed", self.parse_feed)

    def parse_feed(self, response):
        fetch = self.fetched(response)
        source = response.meta["source"]
        try:
            links = parse_feed(response.body, response.url)
        except UnparseableListing as exc:
            yield FetchError(fetch=fetch, reason="unparseable_feed", detail=str(exc))
            return
        fetch.links = len(links)
        yield Listing(fetch=fetch)
        for link in links:
            yield self.article_request(link, source, "feed", response.url)
