import sqlite3
import pytest

from archive.db import FAILED, OFF_TOPIC, Archive, Fetch, connect
from archive.extract import Article


def article(url="https://a.example/busan/", canonical=None, title="Truce in Busan", text=None):
    return Article(url=url, canonical_url=canonical or url, title=title,
                   text=text or "The two leaders agreed a trade truce in Busan. " * 10,
                   published="2025-10-30T14:00:00+09:00", published_source="json-ld", author="A",
                   sitename="A", language="en", description=None)


@pytest.fixture
def archive(tmp_path):
    a = Archive(tmp_path / "a.db")
    yield a
    a.close()


def test_schema_is_created_by_migrations_with_wal(tmp_path):
    db = connect(tmp_path / "x.db")
    tables = set(db.table_names())
    assert {"articles", "articles_fts", "fetches", "crawl_runs", "frontier", "aliases"} <= tables
    assert {"articles_per_day", "run_outcomes"} <= set(db.view_names())
    assert db.execute("pragma journal_mode").fetchone()[0] == "wal"
    version = db.execute("pragma user_version").fetchone()[0]
    db.close()
    db = connect(tmp_path / "x.db")  # idempotent: reopening applies nothing twice
    assert db.execute("pragma user_version").fetchone()[0] == version


def test_article_insert_update_unchanged_and_fts(archive):
    run = archive.start_run(["feeds"], None, None)
    f = Fetch(url="https://a.example/busan/", source="a", discovered_via="feed")
    assert archive.record_article(run, f, article(), 0.9, ["leader_us:Trump"])[0] == "new"
    assert archive.record_article(run, f, article(), 0.9, [])[0] == "unchanged"
    changed = article(title="Truce in Busan (updated)")
    assert archive.record_article(run, f, changed, 0.9, [])[0] == "updated"
    db = archive.db
    assert db["articles"].count == 1
    hits = db.execute("select title from articles_fts where articles_fts match 'truces'").fetchall()
    assert hits == [("Truce in Busan (updated)",)]  # porter stemming; FTS follows the update
    db.execute("insert into articles_fts(articles_fts, rank) values('integrity-check', 1)")
    assert db["fetches"].count == 1  # one row per URL per run


def test_alias_and_outcome_rows(archive):
    run = archive.start_run(["feeds"], None, None)
    amp = Fetch(url="https://a.example/busan/amp/")
    _, art_id = archive.record_article(run, amp, article(url=amp.url, canonical="https://a.example/busan/"), 0.9, [])
    assert archive.db["aliases"].get(amp.url)["url_key"] == "a.example/busan"
    archive.record_outcome(run, Fetch(url="https://a.example/g7"), OFF_TOPIC, "off_topic", 0.1, ["leader_us:Trump"])
    archive.record_outcome(run, Fetch(url="https://a.example/missing", status=404), FAILED, "http_404")
    counts = archive.finish_run(run, "finished", {"downloader/response_bytes": 123})
    assert counts["articles_new"] == 1 and counts["off_topic"] == 1 and counts["failed"] == 1
    runrow = archive.db["crawl_runs"].get(run)
    assert runrow["finish_reason"] == "finished" and runrow["bytes_downloaded"] == 123
    off = archive.db.execute("select relevance_score, matched_terms from fetches where outcome = 'off_topic'").fetchone()
    assert off == (0.1, '["leader_us:Trump"]')
    assert archive.db["frontier"].get("a.example/missing")["state"] == "failed"


def test_an_unclosed_run_is_recorded_as_crashed(archive):
    first = archive.start_run(["feeds"], None, None)
    second = archive.start_run(["feeds"], None, None)
    assert archive.db["crawl_runs"].get(first)["finish_reason"] == "crashed"
    assert archive.db["crawl_runs"].get(second)["ended_at"] is None


def test_failed_transaction_leaves_nothing(archive):
    run = archive.start_run(["feeds"], None, None)
    # Fail the last statement of the transaction (the fetch row), after the article row went in.
    archive.db.execute("create temp trigger boom before insert on fetches when new.url like '%boom%' "
                       "begin select raise(abort, 'disk on fire'); end")
    with pytest.raises(sqlite3.IntegrityError, match="disk on fire"):
        archive.record_article(run, Fetch(url="https://a.example/boom"), article(url="https://a.example/boom"), 0.9, [])
    assert archive.db["articles"].count == 0 and archive.db["fetches"].count == 0
    assert archive.db.execute("select count(*) from articles_fts").fetchone() == (0,)
    assert not archive.db.conn.in_transaction


def test_a_reader_never_blocks_the_writer(archive, tmp_path):
    run = archive.start_run(["feeds"], None, None)
    reader = sqlite3.connect(tmp_path / "a.db")
    reader.execute("begin")
    reader.execute("select count(*) from articles").fetchone()  # holds a read snapshot
    archive.record_article(run, Fetch(url="https://a.example/busan/"), article(), 0.9, [])
    assert reader.execute("select count(*) from articles").fetchone() == (0,)  # snapshot isolation
    reader.rollback()
    assert reader.execute("select count(*) from articles").fetchone() == (1,)


def test_junk_links_in_a_listing_are_skipped_not_fatal(archive):
    from archive.discover import Link

    run = archive.start_run(["feeds"], None, None)
    listing = Fetch(url="https://a.example/feed.xml", source="a", discovered_via="feed", status=200, listing=True)
    links = [Link("http://[bad/x"), Link("mailto:desk@a.example"), Link("javascript:void(0)"),
             Link("http://a.example:99999/x"), Link("https://a.example/news/ok")]
    due = archive.record_listing(run, listing, "feed", links)
    assert [f.url for f in due] == ["https://a.example/news/ok"]
    assert archive.db["frontier"].count == 1
