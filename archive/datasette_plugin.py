"""Datasette plugin: a plain search of the articles table page opens the bm25-ranked `search` query.

Datasette 0.65 orders ``?_search=`` hits on a table page by the table's sort column (or the
primary key), never by relevance, and has no hook to change a table page's ORDER BY. So a browser
that asks for the *HTML* table page with a search and nothing else that the ranked query could not
honour (no filters, no facets, no explicit non-default sort, no paging) is redirected (302) to the
canned query, which ranks by bm25 with the title weighted and shows snippets:

    /archive/articles?_search=trade truce   ->  /archive/search?q=trade%20truce

Everything else is standard Datasette: JSON and CSV (``.json``, ``_format=``) and any request
with a filter, a facet, ``_next``, ``_size`` or an explicit sort get the ordinary table page (so
``/archive/articles?_search=truce&_sort_desc=published`` is the faceted, date-ordered list).

The search box of the table page submits the sort currently shown (``_sort=id&_sort_by_desc=on``
for the default) and empty filter fields; that counts as a plain search. The query text is kept
as the table page would read it: plain words go through as they are (FTS5 ANDs them, as Datasette's
escaped mode does); anything else (quotes, ``*``, ``-``, operators) is escaped like Datasette's
``escape_fts``, so the redirect never changes what matches.

The plugin does nothing unless the instance's metadata enables it (``plugins`` ->
``summit-archive-search``), so other Datasette instances in the same process are untouched.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote

from datasette import hookimpl
from datasette.utils import escape_fts, tilde_encode

NAME = "summit-archive-search"
_PLAIN = re.compile(r"[^\W_]+(?:\s+[^\W_]+)*", re.UNICODE)
_OPERATORS = {"AND", "OR", "NOT", "NEAR"}


def ranked_query_text(search: str) -> str:
    """The FTS5 query for the canned query that matches what the table page's escaped search matches."""
    search = " ".join(search.split())
    if _PLAIN.fullmatch(search) and not _OPERATORS & set(search.split()):
        return search
    return escape_fts(search)


def redirect_target(path: str, query_string: str, config: dict) -> str | None:
    """Where a GET of ``path?query_string`` should go instead, or None for the table page."""
    database, table = config["database"], config.get("table", "articles")
    if path != f"/{tilde_encode(database)}/{tilde_encode(table)}":  # no format extension: HTML only
        return None
    args = parse_qsl(query_string, keep_blank_values=True)
    keys = [k for k, _ in args]
    if len(keys) != len(set(keys)):
        return None
    values = dict(args)
    search = values.pop("_search", "").strip()
    if not search:
        return None
    default_sort = config.get("sort_desc")
    sort, sort_desc, by_desc = values.pop("_sort", ""), values.pop("_sort_desc", None), values.pop("_sort_by_desc", None)
    if sort_desc is not None or (sort and not (sort == default_sort and by_desc is not None)) or (by_desc and not sort):
        return None  # an explicit sort (or a non-default one from the form): the table page
    if values.pop("_filter_column", "") or values.pop("_filter_value", ""):
        return None  # a filter being added: the table page
    values.pop("_filter_op", None)  # the form always sends one, meaningless without a column
    if values:  # filters, facets, _next, _size, _format, _searchmode, ...: the table page
        return None
    return f"/{tilde_encode(database)}/{config.get('query', 'search')}?{config.get('param', 'q')}={quote(ranked_query_text(search))}"


@hookimpl
def asgi_wrapper(datasette):
    config = datasette.plugin_config(NAME)
    if not config:
        return lambda app: app

    def wrap(app):
        async def redirecting(scope, receive, send):
            if scope["type"] == "http" and scope.get("method") in ("GET", "HEAD"):
                target = redirect_target(scope.get("path", ""), scope.get("query_string", b"").decode("utf-8", "replace"),
                                         config)
                if target is not None:
                    await send({"type": "http.response.start", "status": 302,
                                "headers": [(b"location", datasette.urls.path(target).encode("latin-1")),
                                            (b"content-type", b"text/plain; charset=utf-8"),
                                            (b"cache-control", b"no-store")]})
                    await send({"type": "http.response.body", "body": b"Ranked search: " + target.encode("utf-8")})
                    return
            await app(scope, receive, send)

        return redirecting

    return wrap
