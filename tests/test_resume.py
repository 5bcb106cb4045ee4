"""Crash safety and incremental runs on the demo site (issue: archive integrity).

A crawl killed with SIGKILL three times at random moments, then run again, ends with exactly the
articles of an uninterrupted crawl; a second crawl of an unchanged site costs almost nothing; the
next edition of the site produces versions.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from archive.demo_site import DemoSite, build_site
from conftest import BIN

FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=4",
        "-s", "DOWNLOAD_TIMEOUT=10"]


def crawl_cmd(db: Path, sources: Path) -> list[str]:
    return [str(BIN / "summit-archive"), "crawl", "--db", str(db), "--sources", str(sources), "--quiet", *FAST]


def crawl(db: Path, sources: Path) -> subprocess.CompletedProcess:
    result = subprocess.run(crawl_cmd(db, sources), capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    return result


def run_count(db: Path) -> int:
    if not db.exists():
        return 0
    with sqlite3.connect(db, timeout=10) as conn:
        try:
            return conn.execute("select count(*) from crawl_runs").fetchone()[0]
        except sqlite3.OperationalError:  # the schema is still being created
            return 0


def article_keys(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return sorted(r[0] for r in conn.execute("select url_key from articles"))


def assert_sound(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        assert conn.execute("pragma integrity_check").fetchone() == ("ok",)
        conn.execute("insert into articles_fts(articles_fts, rank) values ('integrity-check', 1)")
        # no article without its raw capture
        assert conn.execute("select count(*) from articles where warc_file is null").fetchone() == (0,)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("site")
    with DemoSite(port=0, delay_ms=40) as demo:
        sources = tmp / "sources.toml"
        sources.write_text(demo.sources_toml())
        yield demo, sources, tmp


@pytest.fixture(scope="module")
def reference(site):
    demo, sources, tmp = site
    db = tmp / "reference.db"
    crawl(db, sources)
    return db


def test_sigkill_three_times_then_resume_loses_and_duplicates_nothing(site, reference, tmp_path):
    _, sources, _ = site
    db = tmp_path / "killed.db"
    rng = random.Random(20251030)
    for _ in range(3):
        proc = subprocess.Popen(crawl_cmd(db, sources), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        started = run_count(db) + 1
        for _ in range(300):  # the random moment is one of the crawl's, not of Python's start-up
            if run_count(db) >= started or proc.poll() is not None:
                break
            time.sleep(0.1)
        time.sleep(rng.uniform(0.3, 2.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if db.exists():
            with sqlite3.connect(db) as conn:
                assert conn.execute("pragma integrity_check").fetchone() == ("ok",)
    crawl(db, sources)
    keys = article_keys(db)
    assert len(keys) == len(set(keys))
    ref = article_keys(reference)
    assert (sorted(set(ref) - set(keys)), sorted(set(keys) - set(ref))) == ([], [])
    assert_sound(db)
    with sqlite3.connect(db) as conn:
        reasons = [r[0] for r in conn.execute("select finish_reason from crawl_runs order by id")]
        # each killed run is detected and closed as crashed by the next (one may have finished first)
        assert len(reasons) == 4 and reasons[-1] == "finished" and reasons.count("crashed") >= 2
        assert set(reasons[:-1]) <= {"crashed", "finished"}
        # every URL discovered in any run ended in a terminal state
        assert conn.execute("select count(*) from frontier where state in ('queued', 'fetching')").fetchone() == (0,)
    assert not list((db.parent / "warc").glob("*.open"))


def test_second_crawl_of_an_unchanged_site_is_cheap(site, reference):
    demo, sources, _ = site
    crawl(reference, sources)
    with sqlite3.connect(reference) as conn:
        first, second = conn.execute("select bytes_downloaded from crawl_runs order by id").fetchall()[-2:]
        new = conn.execute("select count(*) from fetches where run_id = (select max(id) from crawl_runs) "
                           "and outcome = 'article' and reason = 'new'").fetchone()[0]
        listings = conn.execute("select status, count(*) from fetches where run_id = (select max(id) from crawl_runs) "
                                "and outcome = 'listing' group by status").fetchall()
    ratio = second[0] / first[0]
    print(f"\nsecond run downloaded {second[0]} bytes = {ratio:.2%} of the first run's {first[0]}")
    assert new == 0
    assert listings and all(status == 304 for status, _ in listings), listings
    assert ratio <= 0.05


def test_next_edition_makes_versions_and_reextract_reproduces(site, reference):
    demo, sources, tmp = site
    before = build_site(demo.base_url, 1)
    after = build_site(demo.base_url, 2)
    changed_pages = {demo.base_url + p for p, r in after.items()
                     if p in before and r.body != before[p].body and r.content_type.startswith("text/html")}
    with sqlite3.connect(reference) as conn:
        stored_before = {r[0] for r in conn.execute("select url from articles")}
    demo.set_edition(2)
    try:
        # changed articles carry a new updated/lastmod in the feeds and sitemaps: that makes them due
        crawl(reference, sources)
    finally:
        demo.set_edition(1)
    with sqlite3.connect(reference) as conn:
        versioned = {r[0] for r in conn.execute(
            "select a.url from article_versions v join articles a on a.id = v.article_id")}
        new = conn.execute("select count(*) from fetches where run_id = (select max(id) from crawl_runs) "
                           "and outcome = 'article' and reason = 'new'").fetchone()[0]
        expected = {u for u in changed_pages if u in stored_before}
        assert expected and versioned == expected
        assert new >= 2
        changed = len(versioned)
        assert conn.execute("select count(*) from article_changes").fetchone()[0] == changed
        texts = conn.execute("select id, text, extractor_version from articles order by id").fetchall()
    r = subprocess.run([str(BIN / "summit-archive"), "reextract", "--db", str(reference)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert " 0 changed" in r.stdout
    with sqlite3.connect(reference) as conn:
        assert conn.execute("select id, text, extractor_version from articles order by id").fetchall() == texts
    assert_sound(reference)
