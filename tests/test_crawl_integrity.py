"""Raw capture, re-extraction, conditional listings, robots.txt and Retry-After, over real HTTP."""

from __future__ import annotations

import gzip
import hashlib
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from archive.warc import read_response
from conftest import BIN
from httpd import HTML, ON_TOPIC, Server, crawl_cli, respond, rss, write_sources

PAGE = ON_TOPIC


def conditional(body: bytes, content_type: str):
    """A route that answers If-None-Match with 304, like a well-behaved news site."""
    etag = '"' + hashlib.sha1(body).hexdigest() + '"'

    def route(handler):
        if handler.headers.get("If-None-Match") == etag:
            respond(handler, 304, {"ETag": etag})
        else:
            respond(handler, 200, {"Content-Type": content_type, "ETag": etag}, body)
    return route


def crawl(tmp: Path, base: str, *extra: str) -> subprocess.CompletedProcess:
    sources = write_sources(tmp / "sources.toml", base)
    return crawl_cli(tmp / "a.db", sources, "-s", "DOWNLOAD_TIMEOUT=3", "-s", "RETRY_TIMES=1", *extra)


def test_warc_captures_every_response_and_reextract_reproduces_the_text(tmp_path):
    routes = {
        "/robots.txt": (200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"),
        "/news/plain": (200, HTML, PAGE),
        # compressed on the wire: the WARC keeps it compressed, re-extraction decodes it
        "/news/gzipped": (200, {**HTML, "Content-Encoding": "gzip"}, gzip.compress(PAGE.replace(b"Busan", b"Busan, South Korea"))),
        "/news/moved": (301, {"Location": "/news/plain2"}, b""),
        "/news/plain2": (200, HTML, PAGE.replace(b"Leaders agree", b"Presidents agree")),
        "/news/gone": (404, HTML, b"<html><body>gone</body></html>"),
    }
    with Server(routes) as server:
        routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"},
                               rss(server.base, ["/news/plain", "/news/gzipped", "/news/moved", "/news/gone"]))
        result = crawl(tmp_path, server.base)
    assert result.returncode == 0, result.stderr[-3000:]
    warcs = list((tmp_path / "warc").iterdir())
    assert warcs and all(p.name.endswith(".warc.gz") for p in warcs), warcs  # closed and renamed
    records = []
    for path in warcs:
        with open(path, "rb") as f:
            for record in ArchiveIterator(f):
                records.append((record.rec_type, record.rec_headers.get_header("WARC-Target-URI"),
                                record.rec_headers.get_header("WARC-Payload-Digest")))
    responses = {uri[len(server.base):] for kind, uri, _ in records if kind == "response"}
    assert {"/robots.txt", "/feed.xml", "/news/plain", "/news/gzipped", "/news/moved", "/news/plain2", "/news/gone"} <= responses
    assert sum(k == "request" for k, _, _ in records) == sum(k == "response" for k, _, _ in records)
    assert all(digest for kind, _, digest in records if kind == "response")

    db = sqlite3.connect(tmp_path / "a.db")
    rows = db.execute("select url, warc_file, warc_offset, text from articles order by url").fetchall()
    assert len(rows) == 3
    for url, warc_file, offset, text in rows:
        capture = read_response(tmp_path / "warc", warc_file, offset)
        assert capture.url == url and capture.status == 200
        assert b"<html" in capture.body  # decoded, even for the gzipped one
    # the 404 has its capture referenced from its fetch row
    assert db.execute("select warc_file is not null from fetches where url like '%/news/gone'").fetchone() == (1,)

    r = subprocess.run([str(BIN / "summit-archive"), "reextract", "--db", str(tmp_path / "a.db")],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "3 articles re-extracted: 0 changed, 3 unchanged" in r.stdout
    assert db.execute("select text from articles order by url").fetchall() == [(t,) for *_, t in rows]
    assert db.execute("select count(*) from article_versions").fetchone() == (0,)

    # a citation that no longer points at a record (edited row, damaged file) fails that article only
    db.execute("update articles set warc_offset = warc_offset + 7 where id = (select min(id) from articles)")
    db.commit()
    r = subprocess.run([str(BIN / "summit-archive"), "reextract", "--db", str(tmp_path / "a.db")],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    assert "3 articles re-extracted: 0 changed, 2 unchanged, 1 failed" in r.stdout
    assert db.execute("select text from articles order by url").fetchall() == [(t,) for *_, t in rows]


def test_unchanged_listings_answer_304_and_cost_almost_nothing(tmp_path):
    # a realistically sized page (news pages weigh 50-500 kB): the ratio is the point
    big = PAGE.replace(b"</body>", b"<!-- " + b"x" * 60_000 + b" --></body>")
    routes = {"/robots.txt": (200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"),
              "/news/plain": (200, HTML, big)}
    with Server(routes) as server:
        routes["/feed.xml"] = conditional(rss(server.base, ["/news/plain"]), "application/rss+xml")
        assert crawl(tmp_path, server.base).returncode == 0
        second_start = len(server.log)
        assert crawl(tmp_path, server.base).returncode == 0
    db = sqlite3.connect(tmp_path / "a.db")
    assert db.execute("select reason, status from fetches where run_id = 2").fetchall() == [("not_modified", 304)]
    assert [p for _, p, _ in server.log[second_start:]] == ["/robots.txt", "/feed.xml"]
    first, second = [r[0] for r in db.execute("select bytes_downloaded from crawl_runs order by id")]
    assert second < 0.05 * first


def test_unreachable_robots_txt_means_no_article_fetches(tmp_path):
    routes = {"/robots.txt": (503, {"Content-Type": "text/plain"}, b"overloaded"),
              "/news/plain": (200, HTML, PAGE)}
    with Server(routes) as server:
        routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, rss(server.base, ["/news/plain"]))
        result = crawl(tmp_path, server.base)
    assert result.returncode == 0, result.stderr[-2000:]
    db = sqlite3.connect(tmp_path / "a.db")
    assert server.hits("/news/plain") == 0 and server.hits("/feed.xml") == 0
    assert db.execute("select reason from fetches where url like '%feed.xml'").fetchone() == ("robots_unreachable",)


@pytest.mark.parametrize("retry_after", ["2", "http-date"])
def test_retry_after_is_waited_out(tmp_path, retry_after):
    state = {"n": 0}

    def limited(handler):
        state["n"] += 1
        if state["n"] == 1:
            value = retry_after
            if value == "http-date":
                from email.utils import formatdate
                value = formatdate(time.time() + 3, usegmt=True)
            respond(handler, 429, {"Retry-After": value})
            return
        respond(handler, 200, HTML, PAGE)

    routes = {"/robots.txt": (404, {}, b""), "/news/limited": limited}
    with Server(routes) as server:
        routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, rss(server.base, ["/news/limited"]))
        assert crawl(tmp_path, server.base).returncode == 0
    times = [t for _, p, t in server.log if p == "/news/limited"]
    assert len(times) == 2 and times[1] - times[0] >= 1.9
    db = sqlite3.connect(tmp_path / "a.db")
    assert db.execute("select count(*) from articles").fetchone() == (1,)


def test_a_long_retry_after_is_kept_for_the_next_run(tmp_path):
    routes = {"/robots.txt": (404, {}, b""),
              "/news/limited": (503, {"Retry-After": "7200", "Content-Type": "text/html"}, b"busy")}
    with Server(routes) as server:
        routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, rss(server.base, ["/news/limited"]))
        assert crawl(tmp_path, server.base).returncode == 0
        assert server.hits("/news/limited") == 1  # no retry within the run
    db = sqlite3.connect(tmp_path / "a.db")
    assert db.execute("select reason, status from fetches where url like '%limited'").fetchone() == ("rate_limited", 503)
    (next_at,) = db.execute("select next_attempt_at from frontier where url like '%limited'").fetchone()
    (fetched,) = db.execute("select fetched_at from fetches where url like '%limited'").fetchone()
    from datetime import datetime
    delta = (datetime.fromisoformat(next_at) - datetime.fromisoformat(fetched)).total_seconds()
    assert 3500 <= delta <= 3700  # capped at RETRY_AFTER_CAP = 1 h


def test_since_skips_old_items_before_fetching(tmp_path):
    routes = {"/robots.txt": (404, {}, b""), "/news/old": (200, HTML, PAGE), "/news/new": (200, HTML, PAGE)}
    with Server(routes) as server:
        feed = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>old</title><link>{server.base}/news/old</link><pubDate>Sat, 01 Apr 2017 10:00:00 GMT</pubDate></item>
<item><title>new</title><link>{server.base}/news/new</link><pubDate>Thu, 30 Oct 2025 10:00:00 GMT</pubDate></item>
</channel></rss>""".encode()
        routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, feed)
        sources = tmp_path / "sources.toml"
        sources.write_text(f'[[source]]\nkey = "t"\nname = "T"\nhomepage = "{server.base}/"\nfeeds = ["{server.base}/feed.xml"]\n')
        r = subprocess.run([str(BIN / "summit-archive"), "crawl", "--db", str(tmp_path / "a.db"), "--sources", str(sources),
                            "--since", "2025-01-01", "--quiet", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False"],
                           capture_output=True, text=True, timeout=120)
        assert r.returncode == 0, r.stderr[-2000:]
        assert server.hits("/news/old") == 0 and server.hits("/news/new") == 1


def test_contact_goes_into_the_user_agent(tmp_path):
    routes = {"/robots.txt": (404, {}, b""), "/news/plain": (200, HTML, PAGE)}
    with Server(routes) as server:
        routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, rss(server.base, ["/news/plain"]))
        sources = write_sources(tmp_path / "sources.toml", server.base)
        r = crawl_cli(tmp_path / "a.db", sources, "--contact", "mailto:researcher@uni.example")
        assert r.returncode == 0, r.stderr[-2000:]
    for path in ("/robots.txt", "/feed.xml", "/news/plain"):
        agent = server.headers[path]["User-Agent"]
        assert agent.startswith("summit-archive/") and "+mailto:researcher@uni.example" in agent


def test_robots_txt_holds_for_every_url_a_resumed_crawl_sends_at_once(tmp_path):
    """Resumed frontier rows are all requested while robots.txt is still downloading; every one of
    them must wait for the rules (Scrapy's shared Deferred handed later waiters None = allow all)."""
    from archive.db import Archive, Fetch
    from archive.discover import Link

    def slow_robots(handler):
        time.sleep(0.5)
        respond(handler, 200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n")

    paths = [f"/news/{i}" for i in range(4)] + ["/private/a", "/private/b"]
    routes = {"/robots.txt": slow_robots, **{p: (200, HTML, PAGE.replace(b"Busan", f"Busan {p}".encode())) for p in paths}}
    with Server(routes) as server:
        routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, rss(server.base, []))
        sources = write_sources(tmp_path / "sources.toml", server.base)
        archive = Archive(tmp_path / "a.db")  # a crawl killed right after reading its feed
        run = archive.start_run(["feeds"], None, None)
        listing = Fetch(url=f"{server.base}/feed.xml", source="t", discovered_via="feed", status=200, listing=True)
        archive.record_listing(run, listing, "feed", [Link(server.base + p) for p in paths])
        archive.close()
        r = crawl_cli(tmp_path / "a.db", sources, "--spider", "feeds")
        assert r.returncode == 0, r.stderr[-2000:]
        assert server.hits("/private/a") == 0 and server.hits("/private/b") == 0
    db = sqlite3.connect(tmp_path / "a.db")
    assert db.execute("select count(*) from fetches where reason = 'robots_disallowed'").fetchone() == (2,)


def test_a_full_disk_stops_the_run_cleanly_and_the_next_run_finishes(tmp_path):
    """Fault catalogue #36, with the archive's quota (ARCHIVE_MAX_DB_MB) standing in for the disk."""
    n = 40
    routes: dict = {"/robots.txt": (404, {}, b"")}
    for i in range(n):
        body = PAGE.replace(b'rel="canonical"', b'rel="x-canonical"').replace(
            b"<title>", f"<title>Report {i}: ".encode(), 1).replace(b"</article>", f"<p>Note {i}.</p></article>".encode())
        routes[f"/news/{i}"] = (200, HTML, body)
    with Server(routes) as server:
        routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, rss(server.base, [f"/news/{i}" for i in range(n)]))
        first = crawl(tmp_path, server.base, "-s", "ARCHIVE_MAX_DB_MB=0.35", "-s", "CONCURRENT_REQUESTS=2")
        assert first.returncode == 1, first.stderr[-3000:]
        db = sqlite3.connect(tmp_path / "a.db")
        (reason,) = db.execute("select finish_reason from crawl_runs").fetchone()
        assert "disk_full" in reason
        stored = db.execute("select count(*) from articles").fetchone()[0]
        assert 0 < stored < n, stored
        assert db.execute("pragma integrity_check").fetchone() == ("ok",)
        db.execute("insert into articles_fts(articles_fts) values ('integrity-check')")
        db.close()
        second = crawl(tmp_path, server.base)  # space again: the rest of the frontier is fetched
        assert second.returncode == 0, second.stderr[-3000:]
    db = sqlite3.connect(tmp_path / "a.db")
    assert db.execute("select count(*), count(distinct url) from articles").fetchone() == (n, n)
    assert db.execute("pragma integrity_check").fetchone() == ("ok",)


def test_plain_scrapy_crawl_on_a_full_disk_closes_cleanly(tmp_path):
    """Fault catalogue #36 through `scrapy crawl` (the pipeline owns the run row): a full archive
    stops the crawl, the archive stays intact, and the next run closes whatever was left open."""
    n = 40
    routes: dict = {"/robots.txt": (404, {}, b"")}
    for i in range(n):
        routes[f"/news/{i}"] = (200, HTML, PAGE.replace(b'rel="canonical"', b'rel="x-canonical"').replace(
            b"<title>", f"<title>Report {i}: ".encode(), 1).replace(b"</article>", f"<p>Note {i}.</p></article>".encode()))
    with Server(routes) as server:
        routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, rss(server.base, [f"/news/{i}" for i in range(n)]))
        sources = write_sources(tmp_path / "sources.toml", server.base)
        db_path = tmp_path / "a.db"
        scrapy = [str(BIN / "scrapy"), "crawl", "feeds", "-s", f"ARCHIVE_DB={db_path}", "-s", f"ARCHIVE_SOURCES={sources}",
                  "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=INFO"]
        first = subprocess.run([*scrapy, "-s", "ARCHIVE_MAX_DB_MB=0.35"], cwd=Path(__file__).resolve().parents[1],
                               capture_output=True, text=True, timeout=120)
        assert "Error caught on signal handler" not in first.stderr, first.stderr[-3000:]
        assert "'finish_reason': 'disk_full'" in first.stderr, first.stderr[-3000:]
        db = sqlite3.connect(db_path)
        assert db.execute("pragma integrity_check").fetchone() == ("ok",)
        assert 0 < db.execute("select count(*) from articles").fetchone()[0] < n
        db.close()
        second = crawl_cli(db_path, sources)
        assert second.returncode == 0, second.stderr[-3000:]
    db = sqlite3.connect(db_path)
    assert db.execute("select count(distinct url) from articles").fetchone() == (n,)
    first_run, second_run = db.execute("select finish_reason from crawl_runs order by id").fetchall()
    assert first_run[0] in ("disk_full", "crashed") and second_run == ("finished",)


def test_a_listing_the_full_archive_cannot_take_stops_the_run_and_is_read_again(tmp_path):
    """Fault catalogue #36 at discovery: the feed's links do not fit. The run stops as disk_full
    (it must not end 'finished' with nothing done), the half-written listing is rolled back, and
    the next run with space reads the feed again and fetches every link."""
    n = 150
    paths = [f"/news/2026/05/14/{'trump-xi-beijing-summit-' * 6}{i}" for i in range(n)]
    routes: dict = {"/robots.txt": (404, {}, b"")}
    for i, p in enumerate(paths):
        routes[p] = (200, HTML, PAGE.replace(b'rel="canonical"', b'rel="x-canonical"').replace(
            b"<title>", f"<title>Report {i}: ".encode(), 1))
    with Server(routes) as server:
        routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, rss(server.base, paths))
        first = crawl(tmp_path, server.base, "-s", "ARCHIVE_MAX_DB_MB=0.17")
        assert first.returncode == 1, first.stderr[-3000:]
        assert "archive full: listing" in first.stderr and "disk_full" in first.stderr, first.stderr[-3000:]
        db = sqlite3.connect(tmp_path / "a.db")
        (reason,) = db.execute("select finish_reason from crawl_runs").fetchone()
        assert "disk_full" in reason.split("+")  # the feeds spider's; the others had nothing to do
        assert db.execute("select count(*) from listings").fetchone() == (0,)  # rolled back, not half there
        assert db.execute("pragma integrity_check").fetchone() == ("ok",)
        db.close()
        assert sum(server.hits(p) for p in paths) == 0
        second = crawl(tmp_path, server.base)
        assert second.returncode == 0, second.stderr[-3000:]
    db = sqlite3.connect(tmp_path / "a.db")
    assert db.execute("select count(distinct url) from articles").fetchone() == (n,)
    assert db.execute("select links from listings where kind = 'feed'").fetchone() == (n,)


def test_a_failed_warc_write_is_a_recorded_failure_and_the_next_run_recovers(tmp_path):
    """No capture, no article: a WARC that cannot be written (full disk; here the WARC folder is a
    file) fails the fetch with its own reason, and a later run with space archives everything."""
    routes: dict = {"/robots.txt": (404, {}, b"")}
    for i in range(3):
        routes[f"/news/{i}"] = (200, HTML, PAGE.replace(b'rel="canonical"', b'rel="x-canonical"').replace(
            b"</article>", f"<p>Note {i}.</p></article>".encode()))
    not_a_folder = tmp_path / "warc-here"
    not_a_folder.write_text("a file where the WARC folder should be")
    with Server(routes) as server:
        routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, rss(server.base, [f"/news/{i}" for i in range(3)]))
        first = crawl(tmp_path, server.base, "-s", f"ARCHIVE_WARC_DIR={not_a_folder}")
        assert "WARC write failed" in first.stderr, first.stderr[-3000:]
        db = sqlite3.connect(tmp_path / "a.db")
        assert db.execute("select count(*) from articles").fetchone() == (0,)
        reasons = {r for (r,) in db.execute("select reason from fetches")}
        assert reasons == {"warc_write_failed"}, reasons
        db.close()
        second = crawl(tmp_path, server.base)
        assert second.returncode == 0, second.stderr[-3000:]
    db = sqlite3.connect(tmp_path / "a.db")
    assert db.execute("select count(distinct url) from articles").fetchone() == (3,)


def test_memory_limit_closes_the_run_and_the_next_run_resumes(tmp_path):
    """Fault catalogue #37: MEMUSAGE_LIMIT_MB closes the spider as memusage_exceeded, recorded in crawl_runs."""
    routes: dict = {"/robots.txt": (404, {}, b"")}
    for i in range(5):
        routes[f"/news/{i}"] = (200, HTML, PAGE.replace(b'rel="canonical"', b'rel="x-canonical"').replace(
            b"</article>", f"<p>Note {i}.</p></article>".encode()))
    with Server(routes) as server:
        routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, rss(server.base, [f"/news/{i}" for i in range(5)]))
        first = crawl(tmp_path, server.base, "-s", "MEMUSAGE_LIMIT_MB=1", "-s", "MEMUSAGE_CHECK_INTERVAL_SECONDS=0.2")
        assert first.returncode == 1, first.stderr[-3000:]
        db = sqlite3.connect(tmp_path / "a.db")
        assert "memusage_exceeded" in db.execute("select finish_reason from crawl_runs").fetchone()[0]
        db.close()
        second = crawl(tmp_path, server.base)
        assert second.returncode == 0, second.stderr[-3000:]
    db = sqlite3.connect(tmp_path / "a.db")
    assert db.execute("select count(distinct url) from articles").fetchone() == (5,)
    assert db.execute("select count(*) from fetches where outcome = 'article'").fetchone()[0] == 5
