"""The walking skeleton end to end: `summit-archive demo` crawls the bundled site with the real
spiders over 127.0.0.1 into a real SQLite file; the outcomes match the site's ground truth."""

from __future__ import annotations

import asyncio
import re
import sqlite3
import subprocess
from collections import Counter

import pytest

from archive.demo_site import truth
from archive.serve import make_datasette
from conftest import BIN

# Ground-truth outcome -> (fetches.outcome, fetches.reason)
OUTCOMES = {
    "off_topic": ("off_topic", "off_topic"),
    "http_404": ("failed", "http_404"),
    "not_html": ("failed", "not_html"),
    "no_content": ("failed", "no_content"),
    "robots_disallowed": ("failed", "robots_disallowed"),
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    result = subprocess.run([str(BIN / "summit-archive"), "demo", "--no-serve", "--db", str(path)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    db = sqlite3.connect(path)
    base = re.match(r"(http://127\.0\.0\.1:\d+)/", db.execute("select url from fetches limit 1").fetchone()[0]).group(1)
    yield db, path, base, truth(base), result.stdout
    db.close()


def test_demo_leaves_a_sound_searchable_archive(demo):
    db, _, _, _, stdout = demo
    assert "new articles" in stdout
    assert db.execute("select count(*) from articles").fetchone()[0] >= 40
    assert db.execute("select count(*) from articles_fts where articles_fts match 'truce'").fetchone()[0] >= 3
    assert db.execute("select count(*), min(finish_reason), min(ended_at is not null) from crawl_runs").fetchone() == (1, "finished", 1)
    assert db.execute("pragma integrity_check").fetchone() == ("ok",)
    db.execute("insert into articles_fts(articles_fts, rank) values ('integrity-check', 1)")


def test_every_listed_url_has_the_outcome_the_site_says(demo):
    db, _, base, expected, _ = demo
    rows = db.execute("select url, outcome, reason from fetches where outcome != 'listing'").fetchall()
    by_url = {}
    for url, outcome, reason in rows:
        assert url not in by_url, f"two fetch rows for {url}"
        by_url[url] = (outcome, reason)
    keys = {r[0] for r in db.execute("select url_key from frontier")}
    stored = {r[0] for r in db.execute("select url_key from articles")}
    from archive.urls import url_key
    wrong = []
    for e in expected:
        got = by_url.get(e.url)
        if e.outcome == "article":
            # an AMP twin listed elsewhere may have been claimed first: then it stands for this URL
            ok = (got is not None and got[0] == "article") or (got is None and url_key(e.url) in stored)
        elif e.outcome == "duplicate":  # an AMP twin: merged into its canonical's frontier row
            ok = got in (None, ("duplicate", "alias_of_stored_article")) or (got and got[0] == "article")
        else:
            ok = got == OUTCOMES[e.outcome]
        if not ok:
            wrong.append((e.url[len(base):], e.kind, e.outcome, got))
    assert not wrong, wrong
    assert {url_key(e.url) for e in expected} <= keys  # nothing discovered was lost


def test_topic_decisions_match_the_labels(demo):
    from archive.urls import url_key

    db, _, base, expected, _ = demo
    stored = {r[0] for r in db.execute("select url_key from articles")}  # an AMP twin may stand for its canonical
    for e in expected:
        if e.kind == "amp":
            continue
        if e.relevant is True:
            assert url_key(e.url) in stored, f"summit article not kept: {e.url[len(base):]} {e.title}"
        elif e.relevant is False:
            assert url_key(e.url) not in stored, f"off-topic article kept: {e.url[len(base):]} {e.title}"
    assert db.execute("select count(*) from fetches where outcome = 'off_topic' and relevance_score is null").fetchone() == (0,)


def test_chinese_articles_are_stored_with_their_language(demo):
    db, *_ = demo
    langs = Counter(r[0] for r in db.execute("select language from articles"))
    assert langs["zh"] >= 5 and langs["en"] >= 30


def test_wire_copies_share_one_syndication_cluster(demo):
    db, _, _, expected, _ = demo
    wire = [e.url for e in expected if e.kind == "wire_copy"]
    assert len(wire) >= 3
    clusters = {r[0] for r in db.execute(
        f"select syndication_cluster from articles where url in ({','.join('?' * len(wire))})", wire)}
    assert len(clusters) == 1 and None not in clusters
    assert db.execute("select count(*) from articles where syndication_cluster is not null").fetchone()[0] == len(wire)
    assert {r[0] for r in db.execute(
        f"select wire_origin from articles where url in ({','.join('?' * len(wire))})", wire)} != {None}
    total, unique = db.execute("select sum(articles), sum(unique_stories) from unique_stories_per_day").fetchone()
    assert total - unique == len(wire) - 1


def test_datasette_search_over_the_demo(demo):
    _, path, *_ = demo
    ds = make_datasette(path)
    rows = asyncio.run(ds.client.get("/demo/articles.json?_search=truce&_shape=array")).json()
    assert len(rows) >= 3
    ranked = asyncio.run(ds.client.get("/demo/search.json?q=truce&_shape=array")).json()
    assert {r["id"] for r in ranked} == {r["id"] for r in rows}
