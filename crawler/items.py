"""What spiders hand to the pipelines: exactly one item per fetched or failed URL."""

from __future__ import annotations

from dataclasses import dataclass, field

from archive.db import Fetch
from archive.extract import Article
from archive.topic import Relevance


@dataclass
class Page:
    """An article URL's response; the pipelines fill in ``article`` and ``relevance``."""

    fetch: Fetch
    body: bytes = field(repr=False)  # raw bytes: kept out of logs
    article: Article | None = field(default=None, repr=False)
    relevance: Relevance | None = None


@dataclass
class Listing:
    """A feed or sitemap that was fetched and parsed (``fetch.links`` says into how many links)."""

    fetch: Fetch


@dataclass
class FetchError:
    """A URL that could not be fetched or parsed; ``reason`` becomes fetches.reason."""

    fetch: Fetch
    reason: str
    detail: str = ""
