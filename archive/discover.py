"""Discovery: feeds and sitemaps (bytes) into article links with date and title hints.

Pure functions, so spiders, backfill and tests share them. Parsing is defensive: malformed
documents yield what parses; no external entities are ever resolved (XXE, billion laughs).
"""

from __future__ import annotations

import calendar
import gzip
import io
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import urljoin

import feedparser
from lxml import etree

from archive.extract import parse_when

MAX_SITEMAP_BYTES = 50 * 1024 * 1024  # the sitemaps.org limit for one uncompressed file


class UnparseableListing(ValueError):
    """Neither a feed nor a sitemap could be read from the bytes."""


@dataclass(frozen=True)
class Link:
    url: str
    published: str | None = None  # ISO 8601 from the feed entry or news:publication_date
    title: str | None = None
    modified: str | None = None  # the entry's updated / lastmod: a changed article is re-fetched


def _struct_to_iso(value) -> str | None:
    if not value:
        return None
    return datetime.fromtimestamp(calendar.timegm(value), timezone.utc).isoformat()


def parse_feed(body: bytes, base_url: str) -> list[Link]:
    """Links of an RSS 0.9x–2.0, RSS 1.0 or Atom feed (feedparser, which recovers from bad XML)."""
    parsed = feedparser.parse(io.BytesIO(body), response_headers={"content-location": base_url})
    if not parsed.entries and parsed.get("bozo") and not parsed.feed:
        raise UnparseableListing(f"not a feed: {parsed.get('bozo_exception')}")
    links = []
    for entry in parsed.entries:
        href = entry.get("link") or next((l.get("href") for l in entry.get("links", []) if l.get("href")), None)
        if not href:
            continue
        when = _struct_to_iso(entry.get("published_parsed") or entry.get("updated_parsed"))
        modified = _struct_to_iso(entry.get("updated_parsed"))
        links.append(Link(urljoin(base_url, href.strip()), when, entry.get("title"), modified))
    return links


def maybe_gunzip(body: bytes, limit: int = MAX_SITEMAP_BYTES) -> bytes:
    """Gunzip ``body`` if it is gzip, reading at most ``limit`` bytes (bomb-safe)."""
    if not body.startswith(b"\x1f\x8b"):
        return body
    with gzip.GzipFile(fileobj=io.BytesIO(body)) as f:
        data = f.read(limit + 1)
    if len(data) > limit:
        raise UnparseableListing(f"gzipped sitemap larger than {limit} bytes when decompressed")
    return data


_SAFE_PARSER = dict(resolve_entities=False, no_network=True, recover=True, huge_tree=False,
                    remove_comments=True, load_dtd=False)


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def parse_sitemap(body: bytes, base_url: str) -> tuple[bool, list[Link]]:
    """(is_index, links) of a sitemap, sitemap index or Google News sitemap.

    Unlike Scrapy's SitemapSpider this keeps ``news:publication_date`` and ``news:title``.
    """
    body = maybe_gunzip(body)
    try:
        root = etree.fromstring(body, etree.XMLParser(**_SAFE_PARSER))
    except etree.XMLSyntaxError as exc:
        raise UnparseableListing(f"not XML: {exc}") from None
    if root is None or _local(root.tag) not in ("urlset", "sitemapindex"):
        raise UnparseableListing("not a sitemap (root element is neither urlset nor sitemapindex)")
    is_index = _local(root.tag) == "sitemapindex"
    links = []
    for entry in root:
        fields: dict[str, str] = {}
        for child in entry.iter():
            name = _local(child.tag)
            if child.text and child.text.strip() and name not in fields:
                fields[name] = child.text.strip()
        loc = fields.get("loc")
        if not loc:
            continue
        when = parse_when(fields.get("publication_date") or fields.get("lastmod"))
        links.append(Link(urljoin(base_url, loc), when, fields.get("title"), parse_when(fields.get("lastmod"))))
    return is_index, links
