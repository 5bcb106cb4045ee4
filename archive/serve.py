"""Serving: Datasette over the live archive file, with metadata, canned queries and fast search.

The file is served mutable (never ``-i``): the crawler keeps writing while researchers read, and
WAL lets readers see the last committed state without blocking the writer.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import re
from pathlib import Path
from typing import Any

from datasette.app import Datasette

# Search must stay fast on a 200,000-article file (benchmarks/search.py measures it against stock
# Datasette): facet suggestions, most of a stock `_search` page's cost, are off; queries and facets
# are time-limited (a facet over tens of thousands of search hits is cut off rather than awaited);
# cache_size_kb stays SQLite's default (a large page cache measured slower on big scans). CSV
# streaming of a whole table is off (catalogue C8); the database file is not downloadable.
SETTINGS: dict[str, Any] = {
    "suggest_facets": False,
    "sql_time_limit_ms": 3000,
    "facet_time_limit_ms": 300,
    "max_returned_rows": 1000,
    "num_sql_threads": 3,
    "allow_csv_stream": False,
    "allow_download": False,
    "default_page_size": 50,
    "truncate_cells_html": 400,  # article texts are long; the row page and JSON show them whole
}

# The table page lists articles newest-archived first (id desc). `published desc` would be the
# nicer default, but with `?_search=` SQLite then sorts every hit by a column stored after the
# long text (on 200,000 articles: ~150-500 ms for a common term, against ~10 ms by id). Date order
# is one click away (`_sort_desc=published`, index-backed when there is no search).
ARTICLES_SORT_DESC = "id"
PLUGIN = "summit-archive-search"  # archive/datasette_plugin.py: plain HTML searches open the ranked query

SEARCH_SQL = """\
select
  articles.id, articles.title, articles.source, articles.published, articles.url,
  snippet(articles_fts, 1, '[', ']', ' … ', 24) as snippet,
  -bm25(articles_fts, 10.0, 1.0) as score
from articles_fts
join articles on articles.id = articles_fts.rowid
where articles_fts match :q
order by bm25(articles_fts, 10.0, 1.0)
limit 100"""

PER_DAY_SQL = """\
select substr(published, 1, 10) as day, source, count(*) as articles
from articles
where published is not null
  and (:source = '' or source = :source)
group by day, source
order by day desc, source"""

COLUMNS = {
    "articles": {
        "url_key": "Deduplication key: host without www./m., path without AMP suffix or tracking parameters",
        "published_source": "Which evidence gave `published`: json-ld, meta:..., time, htmldate, feed, sitemap",
        "relevance_score": "Topic filter score (threshold in the topic file); matched_terms says why",
        "content_hash": "SHA-256 of normalised title + text: changes when the article changes",
        "warc_file": "WARC file (under warc/) holding the raw response, at warc_offset",
        "wire_origin": "Wire service the text credits (AP, Reuters, AFP, Xinhua, ...)",
        "syndication_cluster": "Articles with near-identical text share this id (wire copies)",
        "authors": "Bylines as a JSON array (`author` joins them with '; ')",
        "tags": "The page's own keywords/tags (JSON array)",
    },
    "fetches": {
        "run_id": "Crawl run",
        "url": "URL as requested",
        "outcome": "article, off_topic, duplicate, failed, or listing (a feed or sitemap)",
        "reason": "Why: new/updated/unchanged for articles; http_404, timeout, no_content, ... for failures",
        "status": "HTTP status (null when no response)",
        "relevance_score": "Topic score, for articles and off-topic pages alike",
        "links": "For a feed or sitemap: how many links it listed",
    },
    "crawl_runs": {
        "finish_reason": "finished, shutdown, closespider_timeout, crashed (never closed), ...",
        "stats": "Scrapy's stats for the run (JSON)",
    },
    "frontier": {
        "state": "done or failed (after the URL's last attempt)",
        "hint_published": "Date the feed or sitemap gave for the URL",
    },
}


def metadata(db_name: str = "archive") -> dict[str, Any]:
    """Datasette metadata: descriptions, licences, facets, FTS and canned queries."""
    return {
        "title": "summit-archive",
        "description": (
            "News coverage of US–China leader summits (Busan 2025, Beijing 2026, calls and earlier "
            "summits since 2017), crawled from outlets' feeds and sitemaps. Ranked search: the "
            "`search` query of the database."
        ),
        "license": "Article texts © their publishers; stored for research (text and data mining)",
        "source": "summit-archive crawler (sources.toml lists the outlets)",
        "about": "summit-archive",
        "plugins": {
            PLUGIN: {"database": db_name, "table": "articles", "sort_desc": ARTICLES_SORT_DESC,
                     "query": "search", "param": "q"},
        },
        "databases": {
            db_name: {
                "tables": {
                    "articles": {
                        "description": "One row per article (canonical URL). Off-topic pages are not stored here; see fetches.",
                        "sort_desc": ARTICLES_SORT_DESC,
                        "facets": ["source", "language", "section", {"date": "published"}],
                        "fts_table": "articles_fts",
                        "fts_pk": "id",
                        "searchmode": "escaped",
                        "columns": COLUMNS["articles"],
                        "label_column": "title",
                    },
                    "fetches": {
                        "description": "One row per URL per crawl run: the URL's outcome and why.",
                        "sort_desc": "id",
                        "facets": ["outcome", "reason", "source"],
                        "columns": COLUMNS["fetches"],
                    },
                    "crawl_runs": {"description": "One row per crawl run.", "sort_desc": "id",
                                   "columns": COLUMNS["crawl_runs"]},
                    "frontier": {"description": "Every URL the crawler has discovered, with its state.",
                                 "columns": COLUMNS["frontier"]},
                    "aliases": {"description": "Other addresses (AMP, mobile, tracking variants) of stored articles."},
                },
                "queries": {
                    "search": {
                        "title": "Search articles (ranked)",
                        "description": "Full-text search ranked by bm25 (title weighted 10×), with highlighted snippets. "
                                       "FTS5 syntax: truce, \"trade truce\", Busan AND soybeans, tariff*. "
                                       "A plain search of the articles table opens this query; for facets, filters "
                                       "or date order use articles?_search=...&_sort_desc=published.",
                        "sql": SEARCH_SQL,
                    },
                    "articles_per_day": {
                        "title": "Articles per day per outlet",
                        "description": "Leave source empty for all outlets.",
                        "sql": PER_DAY_SQL,
                    },
                },
            }
        },
    }


def register_plugin() -> None:
    """Register archive/datasette_plugin.py with Datasette (once per process).

    It acts only on instances whose metadata configures it, so a stock Datasette in the same
    process (benchmarks/search.py) is unaffected.
    """
    from datasette.plugins import pm

    from archive import datasette_plugin

    if not pm.is_registered(datasette_plugin):
        pm.register(datasette_plugin, name=PLUGIN)


def make_datasette(db_path: str | Path) -> Datasette:
    """A Datasette for the live archive file: mutable, metadata, settings and the search plugin applied."""
    path = Path(db_path)
    register_plugin()
    return Datasette(files=[str(path)], metadata=metadata(path.stem), settings=SETTINGS)


_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)


@functools.cache
def inline_script_hashes() -> tuple[str, ...]:
    """CSP source expressions ('sha256-...') for the inline scripts in Datasette's own templates.

    Datasette 0.65 has a few static inline scripts (close open menus, the SQL editor, one
    ``DATASETTE_ALLOW_FACET = true|false`` line) and no nonce support. Hashing exactly those lets
    the browser run them and refuse any other inline script, such as markup smuggled into a page
    by a future HTML-rendering plugin or template (catalogue C9). Plugin ``extra_body_script``
    blocks are not allowed: this archive installs none.
    """
    import datasette

    hashes: set[str] = set()
    for template in sorted((Path(datasette.__file__).parent / "templates").glob("*.html")):
        for body in _INLINE_SCRIPT.findall(template.read_text("utf-8")):
            variants = [body.replace("{{ datasette_allow_facet }}", v) for v in ("true", "false")]
            for script in dict.fromkeys(variants):
                if "{{" in script or "{%" in script:
                    continue  # a plugin's body script: not allowed (see above)
                digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
                hashes.add(f"'sha256-{digest}'")
    return tuple(sorted(hashes))


def content_security_policy() -> str:
    """Scripts only from this origin or Datasette's hashed inline scripts; no plugins, frames or
    foreign form targets. Styles may be inline (Datasette's templates use style blocks)."""
    return "; ".join([
        "default-src 'self'",
        "script-src 'self' " + " ".join(inline_script_hashes()),
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ])


def security_headers(app):
    """ASGI wrapper: defence-in-depth headers on every response (crawled text is untrusted)."""
    extra = [
        (b"content-security-policy", content_security_policy().encode("ascii")),
        (b"x-content-type-options", b"nosniff"),
        (b"x-frame-options", b"DENY"),
        (b"referrer-policy", b"no-referrer"),
    ]

    async def wrapped(scope, receive, send):
        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await app(scope, receive, send_with_headers)

    return wrapped


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Serve the archive until interrupted."""
    import uvicorn

    path = Path(db_path)
    if not path.exists():
        raise FileNotFoundError(f"{path} does not exist; run `summit-archive crawl --db {path}` first")
    ds = make_datasette(path)
    uvicorn.run(security_headers(ds.app()), host=host, port=port, log_level="warning")
