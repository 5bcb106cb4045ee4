"""A real crawl (subprocess, real Scrapy over 127.0.0.1) of a small site full of bad cases.

Every URL a feed or sitemap lists must end the run with exactly one fetch row saying what
happened (invariant I1), and nothing but the one real article becomes an article.
"""

from __future__ import annotations

import gzip
import re
import socket
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from conftest import BIN
from httpd import HTML, OFF_TOPIC, ON_TOPIC, Server, crawl_cli, hang_after_headers, respond



PATHOLOGICAL = ("<html><body><article><h1>Trump and Xi</h1>"
                + "".join(f"<p>w{i} x</p>" for i in range(60_000)) + "</article></body></html>").encode()
BOMB = gzip.compress(b"\0" * (64 * 1024 * 1024))  # 64 MiB of zeros in ~64 KB; MAXSIZE is 8 MiB here


def slow(seconds, body):
    def route(handler):
        time.sleep(seconds)
        respond(handler, 200, HTML, body)
    return route


def huge_declared(handler):
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", str(10 * 1024**3))
    handler.end_headers()
    handler.wfile.write(b"<html>")


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


CLOSED_PORT = closed_port()


def redirect_to_self(handler):
    respond(handler, 302, {"Location": handler.path})


ARTICLES = {
    # path: (expected outcome, expected reason or None for "any")
    "/news/busan/": ("article", "new"),
    "/story?id=7": ("duplicate", "alias_of_stored_article"),  # a different key, same rel=canonical
    "/news/floods": ("off_topic", "off_topic"),
    "/news/missing": ("failed", "http_404"),
    "/news/report.pdf": ("failed", "not_html"),
    "/news/empty": ("failed", "no_content"),
    "/private/secret": ("failed", "robots_disallowed"),
    "/news/hang": ("failed", "timeout"),
    "/news/loop": ("failed", "redirect_loop"),
    "/news/error": ("failed", "http_500"),
    "/news/bomb": ("failed", "too_large_decompressed"),  # catalogue #1
    "/news/huge": ("failed", "too_large_declared"),  # catalogue #3
    "/news/charset": ("article", "new"),  # catalogue #20: header says latin-1, bytes are UTF-8
    "/news/pathological": ("failed", "extract_timeout"),  # catalogue #24: 60,000 tiny paragraphs
}
CLOSED_PORT_PATH = "/news/refused"  # catalogue #9, on a port nobody listens on (allowed below)


def site_routes(base: str) -> dict:
    # /story?id=7 is listed last, so it is fetched after its canonical URL /news/busan/
    items = "".join(f"<item><title>{p}</title><link>{base}{p}</link></item>" for p in ARTICLES)
    items += f"<item><title>refused</title><link>http://127.0.0.1:{CLOSED_PORT}{CLOSED_PORT_PATH}</link></item>"
    rss = f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{items}</channel></rss>'.encode()
    sitemap = f"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>{base}/news/busan/?utm_source=sitemap</loc><news:news><news:publication_date>2025-10-30T14:00:00+09:00</news:publication_date><news:title>x</news:title></news:news></url>
<url><loc>{base}/news/busan/amp/</loc></url></urlset>""".encode()
    canonical = f'<link rel="canonical" href="{base}/news/busan/">'.encode()
    page = ON_TOPIC.replace(b'<link rel="canonical" href="https://www.harbour-courier.example/world/2025/10/30/leaders-agree-trade-truce-busan/">', canonical)
    amp = page.replace(b"<html", b"<html amp", 1)
    return {
        "/robots.txt": (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n"),
        "/feed.xml": (200, {"Content-Type": "application/rss+xml"}, rss),
        "/feed-broken.xml": (200, {"Content-Type": "application/rss+xml"}, b"\x00\x01 this is not a feed"),
        "/news-sitemap.xml": (200, {"Content-Type": "application/xml"}, sitemap),
        "/news/busan/": (200, HTML, page),
        "/news/busan/amp/": (200, HTML, amp),
        "/story?id=7": slow(1.0, page),  # usually answers after /news/busan/ is stored
        "/news/floods": (200, HTML, OFF_TOPIC),
        "/news/report.pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.4\n%binary"),
        "/news/empty": (200, HTML, b""),
        "/private/secret": (200, HTML, page),
        "/news/hang": hang_after_headers,
        "/news/loop": redirect_to_self,
        "/news/error": (500, HTML, b"<html>oops</html>"),
        "/news/bomb": (200, {**HTML, "Content-Encoding": "gzip"}, BOMB),
        "/news/huge": huge_declared,
        "/news/pathological": (200, HTML, PATHOLOGICAL),
        "/news/charset": (200, {"Content-Type": "text/html; charset=iso-8859-1"}, page.replace(
            b"/news/busan/", b"/news/charset").replace(
            b"<p>Analysts cautioned", "<p>At the Café über dem Hafen, prices rose to 5 € a cup. Analysts cautioned".encode())),
    }


def crawl(db: Path, sources: Path, *extra: str) -> subprocess.CompletedProcess:
    return crawl_cli(db, sources, "-s", "DOWNLOAD_TIMEOUT=2", "-s", "RETRY_TIMES=1",
                     "-s", f"DOWNLOAD_MAXSIZE={8 * 1024 * 1024}", "-s", "ARCHIVE_EXTRACT_TIMEOUT=3",
                     # a private destination the operator allows explicitly (else the SSRF guard refuses it)
                     "-s", f"ARCHIVE_ALLOW_PRIVATE=127.0.0.1:{CLOSED_PORT}", *extra)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("faults")
    with Server({}) as server:
        server.routes.update(site_routes(server.base))
        sources = tmp / "sources.toml"
        sources.write_text(f"""[[source]]
key = "harbour"
name = "Harbour Courier"
homepage = "{server.base}/"
feeds = ["{server.base}/feed.xml", "{server.base}/feed-broken.xml"]
sitemaps = ["{server.base}/news-sitemap.xml"]
""")
        result = crawl(tmp / "a.db", sources)
        yield server, result, sqlite3.connect(tmp / "a.db"), tmp, sources


def test_the_crawl_finishes(crawled):
    _, result, db, _, _ = crawled
    assert result.returncode == 0, result.stderr[-3000:]
    assert db.execute("select finish_reason, ended_at is not null from crawl_runs").fetchall() == [("finished", 1)]
    assert db.execute("pragma integrity_check").fetchone() == ("ok",)


def test_every_listed_url_has_exactly_one_outcome(crawled):
    server, _, db, _, _ = crawled
    rows = db.execute("select url, outcome, reason from fetches where url not like '%.xml'").fetchall()
    by_path = {}
    for url, outcome, reason in rows:
        path = url[len(server.base):]
        assert path not in by_path, f"{path} has two fetch rows"
        by_path[path] = (outcome, reason)
    # /story?id=7 has /news/busan/ as rel=canonical: whichever answers first is stored, the other
    # is either recognised as an alias (duplicate) or refreshes the same row (unchanged).
    pair = {by_path.pop("/story?id=7"), by_path.pop("/news/busan/")}
    assert pair in ({("article", "new"), ("duplicate", "alias_of_stored_article")},
                    {("article", "new"), ("article", "unchanged")})
    expected = {p: o for p, o in ARTICLES.items() if p not in ("/story?id=7", "/news/busan/")}
    refused = [k for k in by_path if k.endswith(CLOSED_PORT_PATH)]
    assert [by_path.pop(k) for k in refused] == [("failed", "robots_unreachable")]  # RFC 9309 for a dead host
    assert by_path == expected


def test_the_amp_twin_is_the_same_frontier_row_and_an_alias(crawled):
    server, _, db, _, _ = crawled
    # /news/busan/amp/ (sitemap) and /news/busan/ (feed, with ?utm_source) share one url_key:
    # the article is fetched once; the other spelling is recorded as an alias.
    assert db.execute("select count(*) from frontier where url_key like '%/news/busan'").fetchone() == (1,)
    aliases = {r[0][len(server.base):] for r in db.execute("select url from aliases")}
    assert "/news/busan/amp/" in aliases or "/news/busan/" in aliases
    assert "/story?id=7" in aliases


def test_listings_are_recorded_too(crawled):
    _, _, db, _, _ = crawled
    rows = dict(db.execute("select substr(url, instr(url, '.xml') - 12), outcome || ':' || reason from fetches "
                           "where url like '%.xml'").fetchall())
    assert sorted(rows.values()) == ["failed:unparseable_feed", "listing:feed", "listing:sitemap"]
    assert db.execute("select links from fetches where url like '%/feed.xml'").fetchone() == (15,)


def test_one_article_with_its_alias_and_sitemap_date_evidence(crawled):
    server, _, db, _, _ = crawled
    assert db.execute("select url, source, title from articles where url not like '%charset'").fetchall() == [
        (f"{server.base}/news/busan/", "harbour", "Leaders agree trade truce at Busan meeting")]
    assert "Café über dem Hafen, prices rose to 5 € a cup" in db.execute(
        "select text from articles where url like '%charset'").fetchone()[0]
    # the page's own JSON-LD date wins over the sitemap's
    assert db.execute("select published, published_source from articles where url like '%busan/'").fetchone() == (
        "2025-10-30T14:05:00+09:00", "json-ld")
    assert db.execute("select count(*) from articles_fts where articles_fts match 'truce'").fetchone() == (2,)


def test_a_stuck_extraction_is_bounded_and_its_capture_kept(crawled):
    server, _, db, tmp, _ = crawled
    warc_file, offset = db.execute("select warc_file, warc_offset from fetches where url like '%/news/pathological'").fetchone()
    from archive.warc import read_response
    assert read_response(tmp / "warc", warc_file, offset).body == PATHOLOGICAL  # raw capture kept for reextract
    # the other pages of the run were extracted meanwhile: the crawl was never blocked
    assert db.execute("select count(*) from fetches where reason = 'new'").fetchone()[0] >= 2


def test_robots_txt_is_obeyed_and_failures_are_retried_with_a_bound(crawled):
    server, _, _, _, _ = crawled
    assert server.hits("/private/secret") == 0
    assert server.hits("/news/error") == 2  # RETRY_TIMES=1: one retry, then a failure row
    assert server.hits("/news/loop") <= 7  # REDIRECT_MAX_TIMES=5


def test_a_second_run_fetches_only_the_listings(crawled):
    server, _, db, tmp, sources = crawled
    before = len(server.log)
    result = crawl(tmp / "a.db", sources)
    assert result.returncode == 0, result.stderr[-3000:]
    assert db.execute("select count(*) from articles").fetchone() == (2,)
    assert db.execute("select count(*) from crawl_runs where finish_reason = 'finished'").fetchone() == (2,)
    # archived articles wait for their revisit time, failures for their retry time
    assert db.execute("select outcome, count(*) from fetches where run_id = 2 group by outcome").fetchall() == [
        ("failed", 1), ("listing", 2)]  # the broken feed fails again
    paths = sorted(p for _, p, _ in server.log[before:])
    assert paths == ["/feed-broken.xml", "/feed.xml", "/news-sitemap.xml", "/robots.txt", "/robots.txt"]


def test_rescore_applies_a_changed_topic_to_the_whole_archive(crawled):
    from archive.topic import load_topic  # noqa: F401  (the default file is the starting point)
    from importlib import resources

    _, _, db, tmp, _ = crawled
    default = resources.files("archive").joinpath("data", "topic.toml").read_text("utf-8")
    loose, strict = tmp / "loose.toml", tmp / "strict.toml"
    loose.write_text(re.sub(r"(?m)^threshold\s*=.*$", "threshold = 0.0", default, count=1))
    strict.write_text(re.sub(r"(?m)^threshold\s*=.*$", "threshold = 10.0", default, count=1))

    def rescore(topic, *extra):
        r = subprocess.run([str(BIN / "summit-archive"), "rescore", "--db", str(tmp / "a.db"), "--topic", str(topic), *extra],
                           capture_output=True, text=True, timeout=120)
        assert r.returncode == 0, r.stderr
        return r.stdout

    out = rescore(loose)
    assert "1 rejected pages now relevant" in out  # the floods page, re-extracted from its WARC capture
    assert db.execute("select count(*) from articles where url like '%/news/floods'").fetchone() == (1,)
    out = rescore(strict, "--prune")
    assert "3 now off-topic (3 pruned)" in out
    assert db.execute("select count(*) from articles").fetchone() == (0,)
    assert db.execute("select count(*) from articles_fts").fetchone() == (0,)
    rescore(loose)  # nothing was lost: the raw captures bring everything back
    assert db.execute("select count(*) from articles").fetchone() == (3,)


def test_links_into_private_networks_are_refused_before_any_connection(tmp_path):
    """Catalogue #16: a feed may not make the crawler reach loopback, metadata or private hosts."""
    with Server({}) as victim, Server({}) as server:
        port = victim.httpd.server_address[1]
        targets = [f"http://127.0.0.1:{port}/admin", f"http://2130706433:{port}/admin", f"http://0177.0.0.1:{port}/x",
                   f"http://[::1]:{port}/x", "http://169.254.169.254/latest/meta-data/", f"http://localhost:{port}/x",
                   f"http://10.0.0.1:{port}/x"]
        items = "".join(f"<item><title>t</title><link>{t}</link></item>" for t in targets)
        server.routes.update({
            "/robots.txt": (404, {}, b""),
            "/feed.xml": (200, {"Content-Type": "application/rss+xml"},
                          f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'.encode()),
        })
        sources = tmp_path / "sources.toml"
        sources.write_text(f'[[source]]\nkey = "t"\nname = "T"\nhomepage = "{server.base}/"\nfeeds = ["{server.base}/feed.xml"]\n')
        r = crawl(tmp_path / "a.db", sources)
        assert r.returncode == 0, r.stderr[-2000:]
        assert victim.log == []  # not one request reached the other local service
    db = sqlite3.connect(tmp_path / "a.db")
    reasons = dict(db.execute("select url, reason from fetches where outcome = 'failed'").fetchall())
    assert len(reasons) == len(targets) and set(reasons.values()) == {"blocked_ssrf"}, reasons
