"""The gdelt spider against a local fake of the GDELT DOC 2.0 API (real CLI, real Scrapy, 127.0.0.1).

The fake answers in the API's exact JSON format, checks every call's parameters, returns 250
articles for wide windows (forcing splits), one 429, one HTML error page and one ``{}``.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import time
from datetime import datetime, timedelta, timezone
from importlib import resources
from urllib.parse import parse_qs, urlsplit

import pytest

from archive.discover import (DEFAULT_GDELT_QUERY, GdeltError, Link, UnparseableListing, gdelt_query_from_topic,
                              gdelt_seendate, parse_gdelt, registrable_domain, source_for_url)
from archive.sources import parse_sources
from httpd import ON_TOPIC, Server, crawl_cli, respond, write_sources

API = "/api/v2/doc/doc"
QUERY = '(Trump OR Biden) ("Xi Jinping" OR "President Xi") (summit OR meeting OR call OR visit)'
INTERVAL, BACKOFF = 0.4, 0.8
PAGE = ON_TOPIC


def article(url: str, title: str, seendate: str = "20251030T054500Z") -> dict:
    host = urlsplit(url).hostname
    return {"url": url, "url_mobile": "", "title": title, "seendate": seendate,
            "socialimage": f"https://{host}/img.jpg", "domain": host, "language": "English",
            "sourcecountry": "United States"}


def answer(handler, status: int, body: bytes, content_type: str = "application/json; charset=utf-8") -> None:
    respond(handler, status, {"Content-Type": content_type}, body)


class Routes(dict):
    """Exact paths as usual, and every API call (whatever its query string) to ``api``."""

    def __init__(self, api):
        super().__init__()
        self.api = api

    def get(self, path, default=None):
        if path.startswith(API + "?"):
            return self.api
        return super().get(path, default)


class FakeGdelt:
    def __init__(self, t0: datetime):
        self.t0 = t0
        self.calls: list[tuple[float, datetime, datetime]] = []
        self.problems: list[str] = []
        self.base = ""
        self.rate_limited_once = False

    def stamp(self, days: float) -> datetime:
        return self.t0 + timedelta(days=days)

    def __call__(self, handler):
        params = {k: v[0] for k, v in parse_qs(urlsplit(handler.path).query, keep_blank_values=True).items()}
        expected = {"query": QUERY, "mode": "ArtList", "format": "json", "maxrecords": "250"}
        for key, value in expected.items():
            if params.get(key) != value:
                self.problems.append(f"{key}={params.get(key)!r}")
        try:
            start = datetime.strptime(params["startdatetime"], "%Y%m%d%H%M%S").replace(tzinfo=timezone.utc)
            end = datetime.strptime(params["enddatetime"], "%Y%m%d%H%M%S").replace(tzinfo=timezone.utc)
        except (KeyError, ValueError):
            self.problems.append(f"bad window {params}")
            return answer(handler, 200, b"Invalid query start date.", "text/plain")
        if not start < end:
            self.problems.append(f"empty window {start}..{end}")
        self.calls.append((time.monotonic(), start, end))
        seen = lambda minutes: (start + timedelta(minutes=minutes)).strftime("%Y%m%dT%H%M%SZ")  # noqa: E731
        full = [article(f"{self.base}/gd/{n}", f"Story {n}", seen(15 * n)) for n in range(250)]
        if end - start >= timedelta(days=4) or (start, end) == (self.stamp(2), self.stamp(4)):
            return answer(handler, 200, json.dumps({"articles": full}).encode())
        if (start, end) == (self.stamp(0), self.stamp(2)):
            if not self.rate_limited_once:
                self.rate_limited_once = True
                return answer(handler, 429, b"Please limit requests to one every 5 seconds.", "text/plain")
            port = urlsplit(self.base).port
            return answer(handler, 200, json.dumps({"articles": [
                article(f"{self.base}/news/busan-truce", "Trump and Xi agree a truce in Busan", seen(345)),
                article(f"http://localhost:{port}/world/xi-trump-talks", "Xi and Trump talk", seen(375)),
                article(f"{self.base}/gd/3", "Story 3 again", seen(400)),  # also in the wide answer: fetched once
            ]}, ensure_ascii=False).encode())
        if (start, end) == (self.stamp(2), self.stamp(3)):
            return answer(handler, 200, b"<!DOCTYPE html><html><head><title>Error</title></head><body>"
                                        b"<h1>502 Proxy Error</h1></body></html>", "text/html")
        if (start, end) == (self.stamp(3), self.stamp(4)):
            return answer(handler, 200, b"{}")
        self.problems.append(f"unexpected window {start}..{end}")
        return answer(handler, 200, b"{}")


def crawl(tmp, base: str, *extra: str) -> subprocess.CompletedProcess:
    sources = write_sources(tmp / "sources.toml", base)
    return crawl_cli(tmp / "a.db", sources, "--spider", "gdelt", "-s", f"GDELT_API_URL={base}{API}",
                     "-s", f"GDELT_MIN_INTERVAL={INTERVAL}", "-s", f"GDELT_BACKOFF={BACKOFF}",
                     "-s", "GDELT_MIN_WINDOW=3600", "-s", "DOWNLOAD_TIMEOUT=5",
                     "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16", *extra)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("gdelt")
    day0 = (datetime.now(timezone.utc) - timedelta(days=10)).date()
    fake = FakeGdelt(datetime.combine(day0, datetime.min.time(), timezone.utc))
    routes = Routes(fake)
    with Server(routes) as server:
        fake.base = server.base
        routes["/news/busan-truce"] = (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE)
        routes["/world/xi-trump-talks"] = (200, {"Content-Type": "text/html; charset=utf-8"},
                                           PAGE.replace(b"Leaders agree", b"Presidents agree"))
        started = time.monotonic()
        result = crawl(tmp, server.base, "--gdelt-query", QUERY, "--since", day0.isoformat(),
                       "--until", (day0 + timedelta(days=3)).isoformat())
        elapsed = time.monotonic() - started
        yield fake, server, result, sqlite3.connect(tmp / "a.db"), elapsed


def test_the_crawl_finishes_and_only_gdelt_ran(crawled):
    fake, server, result, db, elapsed = crawled
    assert result.returncode == 0, result.stderr[-3000:]
    assert db.execute("select spiders, finish_reason from crawl_runs").fetchall() == [("gdelt", "finished")]
    assert server.hits("/feed.xml") == 0
    assert elapsed < 60


def test_calls_split_full_windows_and_use_the_api_parameters(crawled):
    fake, *_ = crawled
    assert fake.problems == []
    s = fake.stamp
    assert [(a, b) for _, a, b in fake.calls] == [
        (s(0), s(4)),  # 250: split
        (s(0), s(2)), (s(0), s(2)),  # 429, then the answer
        (s(2), s(4)),  # 250 again: split
        (s(2), s(3)),  # an HTML error page
        (s(3), s(4)),  # {}
    ]


def test_calls_are_spaced_and_a_429_backs_off(crawled):
    fake, *_ = crawled
    times = [t for t, _, _ in fake.calls]
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert all(gap >= INTERVAL for gap in gaps), gaps
    assert gaps[1] >= BACKOFF  # after the 429


def test_call_outcomes_are_recorded(crawled):
    fake, server, _, db, _ = crawled
    rows = db.execute("select url, outcome, reason, links from fetches where url like ? order by id",
                      [f"{server.base}{API}?%"]).fetchall()
    s = fake.stamp
    by_window = {(parse_qs(urlsplit(u).query)["startdatetime"][0], parse_qs(urlsplit(u).query)["enddatetime"][0]):
                 (o, r, n) for u, o, r, n in rows}
    key = lambda a, b: (a.strftime("%Y%m%d%H%M%S"), b.strftime("%Y%m%d%H%M%S"))  # noqa: E731
    assert by_window == {
        key(s(0), s(4)): ("listing", "gdelt", 250),
        key(s(0), s(2)): ("listing", "gdelt", 3),
        key(s(2), s(4)): ("listing", "gdelt", 250),
        key(s(2), s(3)): ("failed", "gdelt_html_error", None),
        key(s(3), s(4)): ("listing", "gdelt", 0),
    }
    # a failed API call never becomes an article fetch in a later run
    assert db.execute("select count(*) from frontier where discovered_via = 'gdelt' and url like ?",
                      [f"%{API}%"]).fetchone() == (0,)


def test_articles_enter_the_frontier_with_seendate_title_and_source(crawled):
    fake, server, _, db, _ = crawled
    port = urlsplit(server.base).port
    assert db.execute("select count(*) from frontier where discovered_via = 'gdelt'").fetchone() == (252,)
    assert db.execute("select hint_published, hint_title from frontier where url = ?",
                      [f"{server.base}/news/busan-truce"]).fetchone() == (
        (fake.t0 + timedelta(minutes=345)).isoformat(), "Trump and Xi agree a truce in Busan")
    # owned by a source in the sources file: that source; else the registrable domain ("localhost"
    # may not be reachable here, over IPv6: its fetch row still names the source)
    assert db.execute("select url, source from articles").fetchall() == [(f"{server.base}/news/busan-truce", "t")]
    assert db.execute("select source from fetches where url = ?",
                      [f"http://localhost:{port}/world/xi-trump-talks"]).fetchone() == ("localhost",)
    assert db.execute("select distinct discovered_via from articles").fetchall() == [("gdelt",)]
    # each listed URL fetched once, /gd/3 too although listed three times
    assert server.hits("/gd/3") == 1
    assert db.execute("select count(*) from fetches where url like '%/gd/%' and reason = 'http_404'").fetchone() == (250,)


def test_persistent_rate_limiting_is_bounded_and_recorded(tmp_path):
    def always_429(handler):
        answer(handler, 429, b"Please limit requests to one every 5 seconds.", "text/plain")

    routes = Routes(always_429)
    with Server(routes) as server:
        result = crawl(tmp_path, server.base, "-s", "GDELT_MAX_RETRIES=2", "--since", "2025-10-01",
                       "--until", "2025-10-02")
        calls = [t for _, p, t in server.log if p.startswith(API)]
    assert result.returncode == 0, result.stderr[-3000:]
    assert len(calls) == 3  # the call and two retries
    assert calls[2] - calls[1] >= 2 * BACKOFF  # the back-off grows
    db = sqlite3.connect(tmp_path / "a.db")
    assert db.execute("select outcome, reason, status from fetches").fetchall() == [("failed", "rate_limited", 429)]


# --- pure parts --------------------------------------------------------------------------


def test_parse_gdelt_reads_the_api_format():
    body = json.dumps({"articles": [
        article("https://www.example.com/a", "  Trump and Xi\n meet "),
        article("https://www.example.com/b", "", "garbage"),
        {"url": "ftp://x/y", "title": "no"},
    ]}).encode()
    assert parse_gdelt(body) == [
        Link("https://www.example.com/a", "2025-10-30T05:45:00+00:00", "Trump and Xi meet"),
        Link("https://www.example.com/b", None, None),
    ]
    assert parse_gdelt(b"{}") == [] and parse_gdelt(b'\xef\xbb\xbf{"articles": []}') == []
    # GDELT titles sometimes carry backslashes that are not JSON escapes
    assert parse_gdelt(b'{"articles": [{"url": "https://e.com/x", "title": "a \\ b \\x"}]}')[0].title == "a \\ b \\x"


@pytest.mark.parametrize("body, reason", [
    (b"Please limit requests to one every 5 seconds or contact kalev.leetaru5@gmail.com.", "gdelt_error"),
    (b"Queries containing OR'd terms must be surrounded by ().", "gdelt_error"),
    (b"<html><body><h1>Service Unavailable</h1></body></html>", "gdelt_html_error"),
    (b"", "gdelt_empty"),
    (b'{"articles": [', "unparseable_gdelt"),
    (b'{"timeline": []}', "unparseable_gdelt"),
])
def test_parse_gdelt_error_bodies(body, reason):
    with pytest.raises(GdeltError) as info:
        parse_gdelt(body)
    assert info.value.reason == reason
    assert isinstance(info.value, UnparseableListing)


def test_query_from_the_default_topic():
    text = resources.files("archive").joinpath("data", "topic.toml").read_text("utf-8")
    query = gdelt_query_from_topic(text)
    assert query.startswith('(Trump OR Biden OR Obama) ("Xi Jinping" OR "President Xi"')
    assert "summit" in query and "visit" in query and " Xi " not in query  # no 2-letter keyword alone
    for group in query.split(") ("):
        assert group.count(" OR ") >= 1
    assert gdelt_query_from_topic("not toml [") == DEFAULT_GDELT_QUERY
    assert gdelt_query_from_topic("[groups.leader_us]\nterms = []\n") == DEFAULT_GDELT_QUERY


def test_source_of_a_url():
    sources = parse_sources('[[source]]\nkey = "bbc"\nname = "BBC"\nhomepage = "https://www.bbc.com"\n'
                            'domains = ["bbc.co.uk"]\n')
    assert source_for_url("https://www.bbc.co.uk/news/x", sources) == "bbc"
    assert source_for_url("https://edition.cnn.com/2025/10/30/x", sources) == "cnn.com"
    assert registrable_domain("https://news.example.co.uk/a") == "example.co.uk"
    assert registrable_domain("http://127.0.0.1:8080/a") == "127.0.0.1"
    assert gdelt_seendate("20251030T123000Z") == "2025-10-30T12:30:00+00:00"
    assert gdelt_seendate("yesterday") is None
