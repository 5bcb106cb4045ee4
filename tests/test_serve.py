"""Datasette over a real archive file, through Datasette(...).client."""

import asyncio

import pytest

from archive.db import Archive, Fetch
from archive.extract import Article
from archive.serve import make_datasette

TEXTS = {
    "https://a.example/busan": ("Leaders seal trade truce in Busan", "The two presidents agreed a one-year trade truce after talks in Busan. " * 8),
    "https://a.example/beijing": ("Trump lands in Beijing for state visit", "Air Force One landed in Beijing for a state visit; the truce held. " * 8),
    "https://b.example/floods": ("Floods hit southern province", "Heavy rain flooded farmland and roads across the province this week. " * 8),
}


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "archive.db"
    archive = Archive(path)
    run = archive.start_run(["feeds"], None, None)
    for i, (url, (title, text)) in enumerate(TEXTS.items()):
        art = Article(url=url, canonical_url=url, title=title, text=text, published=f"2025-10-3{i}T10:00:00+00:00",
                      published_source="json-ld", author=None, sitename=None, language="en", description=None)
        archive.record_article(run, Fetch(url=url, source=url.split("/")[2]), art, 0.9, ["x"])
    archive.finish_run(run, "finished", {})
    archive.close()
    return path


def get(ds, path):
    return asyncio.run(ds.client.get(path))


def test_fts_search_and_facets(db_path):
    ds = make_datasette(db_path)
    r = get(ds, "/archive/articles.json?_search=truce&_shape=array")
    assert r.status_code == 200
    assert sorted(row["url"] for row in r.json()) == ["https://a.example/beijing", "https://a.example/busan"]
    r = get(ds, "/archive/articles.json?_facet=source")
    facets = r.json()["facet_results"]
    assert {v["value"]: v["count"] for v in facets["source"]["results"]} == {"a.example": 2, "b.example": 1}


def test_ranked_search_query_with_snippets(db_path):
    ds = make_datasette(db_path)
    rows = get(ds, "/archive/search.json?q=truce&_shape=array").json()
    # bm25 with the title weighted: the article with "truce" in its headline ranks first
    assert rows[0]["title"] == "Leaders seal trade truce in Busan"
    assert "[truce]" in rows[0]["snippet"]
    assert rows[0]["score"] >= rows[1]["score"]
    per_day = get(ds, "/archive/articles_per_day.json?source=&_shape=array").json()
    assert sum(r["articles"] for r in per_day) == 3


def test_settings_metadata_and_mutable_file(db_path):
    ds = make_datasette(db_path)
    settings = get(ds, "/-/settings.json").json()
    assert settings["suggest_facets"] is False and settings["allow_csv_stream"] is False
    dbs = get(ds, "/-/databases.json").json()
    assert dbs[0]["is_mutable"] is True  # never -i on the live file
    meta = get(ds, "/-/metadata.json").json()
    assert "articles" in meta["databases"]["archive"]["tables"]
    assert get(ds, "/archive.db").status_code in (403, 404)  # no download of the live file


def test_writes_are_refused(db_path):
    ds = make_datasette(db_path)
    r = get(ds, "/archive.json?sql=delete+from+articles")
    assert r.status_code == 400
    assert get(ds, "/archive/articles.json?_shape=array").json().__len__() == 3


def test_plain_html_search_opens_the_ranked_query(db_path):
    ds = make_datasette(db_path)
    r = get(ds, "/archive/articles?_search=truce")
    assert r.status_code == 302
    assert r.headers["location"] == "/archive/search?q=truce"
    page = get(ds, r.headers["location"])
    assert page.status_code == 200
    # ranked: the headline match comes before the article that only mentions the truce
    assert page.text.index("Leaders seal trade truce in Busan") < page.text.index("Trump lands in Beijing")
    # the table page's own search form sends the shown sort and an empty filter row
    form = get(ds, "/archive/articles?_search=trade+truce&_filter_column=&_filter_op=exact&_filter_value="
                   "&_sort=id&_sort_by_desc=on")
    assert form.status_code == 302 and form.headers["location"] == "/archive/search?q=trade%20truce"


def test_search_stays_standard_datasette_for_everything_else(db_path):
    ds = make_datasette(db_path)
    for path in ("/archive/articles.json?_search=truce", "/archive/articles.csv?_search=truce",
                 "/archive/articles?_search=truce&_format=json",
                 "/archive/articles?_search=truce&_sort_desc=published",
                 "/archive/articles?_search=truce&_sort=published",
                 "/archive/articles?_search=truce&_facet=language",
                 "/archive/articles?_search=truce&source=a.example",
                 "/archive/articles?_search=truce&_size=10",
                 "/archive/articles"):
        assert get(ds, path).status_code == 200, path
    rows = get(ds, "/archive/articles.json?_search=truce&_sort_desc=published&_shape=array").json()
    assert [r["title"] for r in rows] == ["Trump lands in Beijing for state visit", "Leaders seal trade truce in Busan"]
    # default order of the table: newest archived first (cheap with a search, unlike published)
    assert [r["id"] for r in get(ds, "/archive/articles.json?_shape=array").json()] == [3, 2, 1]


def test_redirect_keeps_what_matches(db_path):
    from datasette.utils import escape_fts

    from archive.datasette_plugin import ranked_query_text

    assert ranked_query_text("  trade   truce ") == "trade truce"
    assert ranked_query_text("贸易 休战") == "贸易 休战"
    for q in ('U.S.-China "truce', "trade OR truce", "tariff*", "NEAR(a b)", "a_b"):
        assert ranked_query_text(q) == escape_fts(" ".join(q.split()))
    ds = make_datasette(db_path)
    r = get(ds, "/archive/articles?_search=U.S.-China")
    assert r.status_code == 302 and r.headers["location"] == "/archive/search?q=%22U.S.-China%22"
    assert get(ds, r.headers["location"]).status_code == 200  # no FTS5 syntax error


def test_stock_datasette_in_the_same_process_is_untouched(db_path):
    from datasette.app import Datasette

    make_datasette(db_path)  # registers the plugin
    stock = Datasette(files=[str(db_path)])
    assert get(stock, "/archive/articles?_search=truce").status_code == 200


def test_facet_columns_are_indexed(db_path):
    import sqlite3

    conn = sqlite3.connect(db_path)
    indexed = {row[2] for name in ("idx_articles_language", "idx_articles_section")
               for row in conn.execute(f"pragma index_info({name})")}
    conn.close()
    assert indexed == {"language", "section"}
