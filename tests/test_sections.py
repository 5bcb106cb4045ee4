"""Section pages (the sections spider) on a local site full of crawler traps, and hreflang alternates.

The site has a calendar that links to the next day forever, a session id that changes on every
page, endless ?page=n pagination, tag/author/video/login pages and a sub-section. The crawl must
finish quickly, store the real articles and follow each article's hreflang alternate.
"""

from __future__ import annotations

import sqlite3
import subprocess
import time
import uuid
from datetime import date, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest

from archive.discover import is_article_url, is_trap_url, parse_hreflang, parse_section
from archive.sources import parse_sources
from conftest import PAGES
from httpd import HTML, OFF_TOPIC, ON_TOPIC, Server, crawl_cli, write_sources

ZH = (PAGES / "zh-summit.html").read_bytes()

MAIN = "/world/2025/10/30/leaders-agree-trade-truce-busan"
ZH_ALT = "/zh/2025/10/30/busan-huiwu"
ASIA = "/world/asia/2025/10/31/leaders-plan-follow-up-talks"
PAGE2 = "/world/2025/10/28/trump-xi-call-ahead-of-summit"
FLOODS = "/world/2025/10/29/floods-hit-farmland"


def page(links: list[str], title: str = "World") -> bytes:
    items = "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in links)
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1><ul>{items}</ul></body></html>".encode()


def article(body: bytes, base: str, path: str, alternates: dict[str, str]) -> bytes:
    links = "".join(f'<link rel="alternate" hreflang="{lang}" href="{href}">' for lang, href in alternates.items())
    head = f'<link rel="canonical" href="{base}{path}">{links}'.encode()
    return body.replace(b'<link rel="canonical" href="https://www.harbour-courier.example/world/2025/10/30/leaders-agree-trade-truce-busan/">', head)


class TrapSite(dict):
    """Exact routes, plus generated trap pages: any calendar day, any session id, any ?page=n."""

    def get(self, path, default=None):
        parts = urlsplit(path)
        query = parse_qs(parts.query)
        if parts.path.startswith("/world/calendar/"):
            y, m, d = (int(x) for x in parts.path.rstrip("/").split("/")[-3:])
            nxt = date(y, m, d) + timedelta(days=1)
            return (200, HTML, page([(f"/world/calendar/{nxt:%Y/%m/%d}", "next day"),
                                     (f"/world/{nxt:%Y/%m/%d}/events-of-the-day-{nxt:%d}", "events")], "Calendar"))
        if parts.path == "/world" and "sid" in query:
            return (200, HTML, page([(f"/world?sid={uuid.uuid4().hex}", "World"),
                                     (f"/world/story/{uuid.uuid4().int % 10**9}", "a story")]))
        if parts.path == "/world" and "page" in query:
            n = int(query["page"][0])
            links = [(f"/world?page={n + 1}", "next"), (f"/world/2025/09/{n % 28 + 1:02d}/older-story-number-{n}", "older")]
            if n == 2:
                links.append((PAGE2, "Trump and Xi talk by phone"))
            return (200, HTML, page(links, f"World page {n}"))
        return super().get(path, default)


def site(base: str) -> TrapSite:
    port = urlsplit(base).port
    routes = TrapSite()
    routes.update({
        "/robots.txt": (200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"),
        "/world": (200, HTML, page([
            (MAIN, "Leaders agree trade truce"),
            (FLOODS, "Floods hit farmland"),
            ("/world/asia", "Asia"),
            ("/world?page=2", "More"),
            ("/world/calendar/2025/10/31", "Calendar"),
            ("/events?date=2025-10-31", "Events"),
            (f"/world?sid={uuid.uuid4().hex}", "World (session)"),
            ("/world;jsessionid=ABCDEF0123", "World (jsessionid)"),
            (MAIN + "?utm_source=section", "Leaders agree trade truce (tracked)"),
            ("/tag/trump-xi-summit-news-2025", "Tag"),
            ("/author/jane-doe-senior-correspondent", "Author"),
            ("/video/2025/10/30/trump-xi-handshake-video", "Video"),
            ("/login?next=/world", "Log in"),
            (f"http://localhost:{port}/world/2025/10/30/someone-elses-story", "Elsewhere"),
            ("/world/2025/10/30/" + "x" * 400, "Too long"),
        ])),
        "/world/asia": (200, HTML, page([(ASIA, "Follow-up talks"), ("/world/asia?page=2", "More Asia")], "Asia")),
        MAIN: (200, HTML, article(ON_TOPIC, base, MAIN, {"en": MAIN, "zh": ZH_ALT,
                                                          "ja": f"http://localhost:{port}/ja/busan"})),
        ZH_ALT: (200, HTML, ZH),
        ASIA: (200, HTML, article(ON_TOPIC.replace(b"Leaders agree", b"Leaders plan"), base, ASIA, {})),
        PAGE2: (200, HTML, article(ON_TOPIC.replace(b"Leaders agree", b"Presidents speak"), base, PAGE2, {})),
        FLOODS: (200, HTML, OFF_TOPIC),
    })
    return routes


def crawl(tmp, base: str, *extra: str) -> subprocess.CompletedProcess:
    sources = write_sources(tmp / "sources.toml", base, feeds=(), sections=["/world"])
    return crawl_cli(tmp / "a.db", sources, "-s", "DOWNLOAD_TIMEOUT=3", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8",
                     *extra, timeout=60)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("sections")
    with Server({}) as server:
        server.routes = site(server.base)
        started = time.monotonic()
        result = crawl(tmp, server.base)
        elapsed = time.monotonic() - started
        yield server, result, sqlite3.connect(tmp / "a.db"), tmp, elapsed


def test_the_crawl_terminates_quickly(crawled):
    server, result, db, _, elapsed = crawled
    assert result.returncode == 0, result.stderr[-3000:]
    assert db.execute("select spiders, finish_reason from crawl_runs").fetchall() == [("feeds,sitemaps,sections", "finished")]
    assert elapsed < 30


def test_traps_are_not_followed(crawled):
    server, *_ = crawled
    paths = [p for _, p, _ in server.log]
    assert not [p for p in paths if "calendar" in p or "sid=" in p or "jsessionid" in p or "page=3" in p], paths
    assert not [p for p in paths if p.startswith(("/tag/", "/author/", "/video/", "/login", "/events"))], paths
    assert "/world/asia?page=2" not in paths  # section → sub-section → article, no deeper
    assert sorted(set(p for p in paths if not p.startswith(("/world/2", "/world/asia/2", "/zh/")))) == [
        "/robots.txt", "/world", "/world/asia", "/world?page=2"]
    assert len(paths) == len(set(paths))  # nothing twice


def test_the_real_articles_are_stored(crawled):
    server, _, db, _, _ = crawled
    rows = db.execute("select url, source, discovered_via from articles order by url").fetchall()
    assert rows == sorted([
        (f"{server.base}{MAIN}", "t", "section"),
        (f"{server.base}{ASIA}", "t", "section"),
        (f"{server.base}{PAGE2}", "t", "section"),
        (f"{server.base}{ZH_ALT}", "t", "hreflang"),
    ])
    assert db.execute("select outcome from fetches where url like ?", [f"%{FLOODS}"]).fetchone() == ("off_topic",)


def test_section_pages_are_listings(crawled):
    server, _, db, _, _ = crawled
    rows = db.execute("select substr(url, ?), kind, parent from listings where kind = 'section' order by url",
                      [len(server.base) + 1]).fetchall()
    assert rows == [("/world", "section", None), ("/world/asia", "section", f"{server.base}/world"),
                    ("/world?page=2", "section", f"{server.base}/world")]
    assert db.execute("select outcome, reason from fetches where url = ?", [f"{server.base}/world"]).fetchone() == (
        "listing", "section")
    # the frontier row of the main article knows its title from the link text
    assert db.execute("select hint_title from frontier where url = ?", [f"{server.base}{MAIN}"]).fetchone() == (
        "Leaders agree trade truce",)


def test_hreflang_alternates_enter_the_frontier(crawled):
    server, _, db, _, _ = crawled
    assert db.execute("select discovered_via, discovered_from, source from frontier where url = ?",
                      [f"{server.base}{ZH_ALT}"]).fetchone() == ("hreflang", f"{server.base}{MAIN}#hreflang", "t")
    # another site no source owns is not followed; the page itself (en) is not a second row
    assert db.execute("select count(*) from frontier where url like '%/ja/busan'").fetchone() == (0,)
    assert db.execute("select count(*) from frontier where discovered_via = 'hreflang'").fetchone() == (1,)
    # the article keeps its own fetch row; the alternates are a listing beside it
    assert db.execute("select outcome from fetches where url = ?", [f"{server.base}{MAIN}"]).fetchone() == ("article",)
    assert db.execute("select outcome, reason, links from fetches where url = ?",
                      [f"{server.base}{MAIN}#hreflang"]).fetchone() == ("listing", "hreflang", 1)


def test_section_pages_wait_for_their_revisit_interval_and_budget_bounds_them(crawled):
    server, _, db, tmp, _ = crawled
    before = len(server.log)
    assert crawl(tmp, server.base).returncode == 0
    assert [p for _, p, _ in server.log[before:] if not p.startswith("/robots")] == []  # read < 15 min ago
    before = len(server.log)
    result = crawl(tmp, server.base, "-s", "SECTIONS_REVISIT_INTERVAL=0", "-s", "SECTIONS_DOMAIN_BUDGET=1")
    assert result.returncode == 0, result.stderr[-2000:]
    assert [p for _, p, _ in server.log[before:] if not p.startswith("/robots")] == ["/world"]
    assert db.execute("select count(*) from articles").fetchone() == (4,)


# --- pure parts --------------------------------------------------------------------------


def test_parse_section_sorts_articles_from_pages():
    base = "https://news.example.com/world"
    body = page([
        ("/world/2025/10/30/trump-xi-meet", "Trump and Xi meet"),
        ("https://www.news.example.com/world/trump-and-xi-agree-on-a-trade-truce", "slug"),
        ("/a/202510/30/WS68f1a2b3c4.html", "id"),
        ("/world/asia", "Asia"), ("/world?page=2", "page 2"), ("/world/page/3", "page 3"),
        ("/world/2025/10/30", "day archive"), ("/world?sid=abc", "session"),
        ("/tag/trump-and-xi-agree-on-a-trade-truce", "tag"), ("https://other.example.org/2025/10/30/x-y", "other"),
        ("/world/2025/10/30/trump-xi-meet#comments", "again"), ("mailto:desk@news.example.com", "mail"),
    ])
    links, pages = parse_section(body, base)
    assert [(l.url, l.title) for l in links] == [
        ("https://news.example.com/world/2025/10/30/trump-xi-meet", "Trump and Xi meet"),
        ("https://www.news.example.com/world/trump-and-xi-agree-on-a-trade-truce", "slug"),
        ("https://news.example.com/a/202510/30/WS68f1a2b3c4.html", "id"),
    ]
    assert pages == ["https://news.example.com/world/asia", "https://news.example.com/world?page=2",
                     "https://news.example.com/world/page/3"]


@pytest.mark.parametrize("url, article, trap", [
    ("https://x.com/world/2025/10/30/trump-xi", True, False),
    ("https://english.news.cn/20251030/abc123/c.html", True, False),
    ("https://www.bbc.com/news/articles/c0l2x3y4z5o", True, False),
    ("https://x.com/article/1234567", True, False),
    ("https://x.com/world/2025/10/30", False, True),
    ("https://x.com/calendar/2025/10/31", False, True),
    ("https://x.com/world?date=2025-10-31", False, True),
    ("https://x.com/world;jsessionid=AB12", False, True),
    ("https://x.com/author/jane-doe-senior-correspondent", False, False),
    ("https://x.com/world", False, False),
])
def test_article_and_trap_urls(url, article, trap):
    assert is_article_url(url) is article
    assert is_trap_url(url) is trap


def test_parse_hreflang():
    body = (b'<html><head><link rel="alternate" hreflang="zh-Hans" href="/zh/a">'
            b'<link rel="alternate" hreflang="en" href="https://e.com/en/a?utm_source=x">'
            b'<link rel="alternate" type="application/rss+xml" href="/feed">'
            b'<link rel="alternate" hreflang="x-default" href="/zh/a"></head><body></body></html>')
    assert parse_hreflang(body, "https://e.com/en/a") == [("zh-hans", "https://e.com/zh/a")]
    assert parse_hreflang(b"<html><body>no alternates</body></html>", "https://e.com/") == []


def test_sections_field_in_sources():
    [s] = parse_sources('[[source]]\nkey = "a"\nname = "A"\nhomepage = "https://a.example"\n'
                        'sections = ["https://a.example/world"]\n')
    assert s.sections == ("https://a.example/world",)
    with pytest.raises(Exception, match="not an http"):
        parse_sources('[[source]]\nkey = "a"\nname = "A"\nhomepage = "https://a.example"\nsections = ["/world"]\n')
