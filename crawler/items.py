"""What spiders hand to the pipelines: one item per fetched or failed URL.

(Feeds and sitemaps are recorded by the spider itself, with the frontier rows they create.)
"""

from __future__ import annotations

from dataclasses import dataclass, field

from archive.db import Fetch
from archive.extract import Article
from archive.topic import Relevance


@dataclass
class Page:
    """An article URL's response; the pipelines fill in ``article`` and ``relevance``."""

    fetch: Fetch
    url: str  # where the body came from, after redirects (fetch.url is what was asked for)
    body: bytes = field(repr=False)  # raw bytes: kept out of logs
    article: Article | None = field(default=None, repr=False)
    relevance: Relevance | None = None


@dataclass
class FetchError:
    """A URL that could not be fetched or parsed; ``reason`` becomes fetches.reason."""

    fetch: Fetch
    reason: str
    detail: str = ""
