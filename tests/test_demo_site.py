"""The bundled demo news web: content ground truth, HTTP behaviour, editions, extractability."""

from __future__ import annotations

import collections
import html
import difflib
import itertools
import re
import threading
import time
import urllib.error
import urllib.request
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import feedparser
import pytest
import trafilatura
from lxml import etree

from archive.demo_site import DemoSite, build_site, stories_for, story_path, truth
from archive.demo_site.stories import OUTLETS, word_count
from archive.demo_site.templates import MARKERS
from archive.sources import parse_sources

NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
SM_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


@pytest.fixture(scope="module")
def demo():
    with DemoSite() as site:
        yield site


def fetch(url: str, headers: dict[str, str] | None = None, method: str = "GET"):
    """(status, headers, body) over real HTTP; HTTP errors are answers, not exceptions."""
    req = urllib.request.Request(url, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


# --- content ---------------------------------------------------------------------------------

def test_counts_and_kinds(demo):
    t = truth(demo.base_url)
    kinds = collections.Counter(e.kind for e in t)
    articles = [e for e in t if e.kind not in ("amp", "broken", "robots_disallowed")]
    assert len(articles) >= 110
    assert sum(e.relevant for e in articles) >= 45
    for kind in ("summit", "china_no_summit", "trade_no_summit", "other_summit", "unrelated"):
        assert kinds[kind] >= 5, kind
    assert kinds["wire_copy"] == 3 and kinds["amp"] == 1 and kinds["broken"] == 4 and kinds["robots_disallowed"] == 1
    assert len({e.outlet for e in t}) >= 4 and any(e.language == "zh" for e in articles)
    assert len({e.url for e in t}) == len(t)
    for e in t:
        assert (e.relevant is None) == (e.kind in ("broken", "robots_disallowed"))
        assert re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$", e.published), e.published
    years = {e.published[:4] for e in articles if e.relevant}
    assert {"2017", "2018", "2019", "2022", "2023", "2024", "2025", "2026"} <= years


def test_outcomes():
    t = truth("http://127.0.0.1:9")
    outcome = {e.kind: e.outcome for e in t if e.kind not in ("broken",)}
    assert outcome["summit"] == "article" and outcome["wire_copy"] == "article"
    assert outcome["unrelated"] == "off_topic" and outcome["amp"] == "duplicate"
    assert outcome["robots_disallowed"] == "robots_disallowed"
    assert {e.outcome for e in t if e.kind == "broken"} == {"http_404", "not_html", "no_content"}


def test_article_lengths_and_topics():
    for s in stories_for(2):
        if s.kind == "wire_copy":
            continue
        n = word_count(s.body_text(), s.language)
        assert 250 <= n <= 700, (s.key, n)
        assert len(s.paragraphs) >= 4, s.key
        text = s.body_text()
        if s.language == "en" and s.kind != "summit":
            # Off-topic stories never mention a US-China leaders' meeting or the truce.
            assert "truce" not in text.lower() and "Truce" not in s.title, s.key
            assert not ("Xi" in text.split() and re.search(r"\b(Trump|Biden)\b", text)), s.key
        if s.language == "zh" and s.kind != "summit":
            assert not ("习近平" in text and ("特朗普" in text or "拜登" in text)), s.key
    summit_text = [s.body_text().lower() for s in stories_for(1) if s.relevant and s.language == "en"]
    assert sum("truce" in t for t in summit_text) >= 5


def _shingles(text: str, language: str) -> set:
    if language == "zh":
        chars = re.sub(r"\s", "", text)
        return {chars[i:i + 5] for i in range(len(chars) - 4)}
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + 5]) for i in range(len(words) - 4)}


def test_no_near_duplicates_except_wire():
    stories = stories_for(2)
    sh = {s.key: _shingles(s.body_text(), s.language) for s in stories}
    for a, b in itertools.combinations(stories, 2):
        if a.kind == b.kind == "wire_copy":
            continue
        x, y = sh[a.key], sh[b.key]
        assert len(x & y) / len(x | y) < 0.3, (a.key, b.key)


def test_wire_copies_nearly_identical():
    wires = [s for s in stories_for(1) if s.kind == "wire_copy"]
    assert len({s.outlet for s in wires}) == 3
    for a, b in itertools.combinations(wires, 2):
        assert difflib.SequenceMatcher(None, a.body_text(), b.body_text()).ratio() >= 0.9
        assert "Pacific Wire" in a.body_text() and a.author == "Pacific Wire Service"


def test_deterministic():
    assert build_site("http://127.0.0.1:9") == build_site("http://127.0.0.1:9")
    assert truth("http://127.0.0.1:9", 2) == truth("http://127.0.0.1:9", 2)


# --- HTTP ------------------------------------------------------------------------------------

def test_every_truth_url_served(demo):
    for e in truth(demo.base_url):
        status, headers, body = fetch(e.url)
        ctype = headers.get("Content-Type", "")
        if e.outcome == "http_404":
            assert status == 404
        elif e.outcome == "not_html" and e.url.endswith(".pdf"):
            assert (status, ctype) == (200, "application/pdf") and body.startswith(b"%PDF")
        elif e.outcome in ("not_html", "no_content"):
            assert status == 200 and ctype.startswith("text/html") and (body == b"" or body.startswith(b"{"))
        else:
            assert status == 200 and ctype.startswith("text/html"), e.url
            assert html.escape(e.title).encode() in body


def test_feeds_and_sitemaps(demo):
    sources = parse_sources(demo.sources_toml(), "demo")
    assert len(sources) == 5 and {s.language for s in sources} == {"en", "zh"}
    listed: set[str] = set()
    kinds = set()
    for src in sources:
        assert src.owns(src.homepage) and all(src.owns(u) for u in src.feeds + src.sitemaps)
        for feed_url in src.feeds:
            parsed = feedparser.parse(fetch(feed_url)[2])
            assert not parsed.bozo, (feed_url, parsed.get("bozo_exception"))
            kinds.add(parsed.version[:3])
            assert parsed.entries and all(e.get("published_parsed") for e in parsed.entries)
            listed |= {e.link for e in parsed.entries}
        todo = list(src.sitemaps)
        while todo:
            root = etree.fromstring(fetch(todo.pop())[2])
            if root.tag == f"{{{SM_NS}}}sitemapindex":
                children = root.findall(f"{{{SM_NS}}}sitemap/{{{SM_NS}}}loc")
                assert len(children) == 2
                todo += [c.text for c in children]
                continue
            for url in root.findall(f"{{{SM_NS}}}url"):
                assert url.find(f"{{{NEWS_NS}}}news/{{{NEWS_NS}}}publication_date").text
                assert url.find(f"{{{NEWS_NS}}}news/{{{NEWS_NS}}}title").text
                listed.add(url.find(f"{{{SM_NS}}}loc").text)
    assert kinds == {"rss", "ato"}
    assert listed == {e.url for e in truth(demo.base_url)}
    zh_feed = feedparser.parse(fetch(f"{demo.base_url}/dongan-shibao/feed.xml")[2])
    assert any("习近平" in e.title for e in zh_feed.entries)


def test_robots(demo):
    rp = RobotFileParser()
    rp.parse(fetch(demo.base_url + "/robots.txt")[2].decode().splitlines())
    for e in truth(demo.base_url):
        assert rp.can_fetch("summit-archive", e.url) == (e.kind != "robots_disallowed"), e.url


def test_conditional_get_head_and_404(demo):
    url = demo.base_url + "/pacific-ledger/feed.xml"
    status, headers, body = fetch(url)
    assert status == 200 and headers["ETag"] and headers["Last-Modified"]
    assert fetch(url, {"If-None-Match": headers["ETag"]})[0] == 304
    assert fetch(url, {"If-Modified-Since": headers["Last-Modified"]})[0] == 304
    assert fetch(url, {"If-None-Match": '"stale"'})[0] == 200
    assert fetch(url, {"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"})[0] == 200
    status, headers, head_body = fetch(url, method="HEAD")
    assert status == 200 and head_body == b"" and int(headers["Content-Length"]) == len(body)
    assert fetch(demo.base_url + "/no/such/page")[0] == 404
    assert any(m == "HEAD" for m, _p, _h in demo.requests)
    assert any(h.get("If-None-Match") == '"stale"' for _m, _p, h in demo.requests)


def test_delay_and_threading():
    with DemoSite(delay_ms=300) as slow:
        results: list[float] = []

        def get() -> None:
            t0 = time.monotonic()
            fetch(slow.base_url + "/robots.txt")
            results.append(time.monotonic() - t0)

        threads = [threading.Thread(target=get) for _ in range(4)]
        t0 = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert all(0.28 <= r < 2 for r in results)
        assert time.monotonic() - t0 < 1.0  # concurrent, not serialised


def test_edition_switch(demo):
    base = demo.base_url
    one = build_site(base, 1)
    two = build_site(base, 2)
    new_paths = set(two) - set(one)
    assert set(one) <= set(two) and len(new_paths) >= 5
    changed = {p for p in one if one[p] != two[p]}
    pages = {p for p in changed if not p.endswith(("/", ".xml"))}
    assert len(pages) == 3
    assert changed - pages == {p for p in changed if p.endswith(("/", ".xml"))}
    urls2 = {e.url for e in truth(base, 2)}
    assert {base + p for p in new_paths} <= urls2
    new_kinds = {e.kind for e in truth(base, 2) if e.url in {base + p for p in new_paths}}
    assert "summit" in new_kinds and new_kinds - {"summit"}
    for p in pages:
        assert one[p].headers["Last-Modified"] != two[p].headers["Last-Modified"]
        assert b"Updated" in two[p].body or "更新".encode() in two[p].body
    # Over HTTP: the switch takes effect at once and unchanged pages keep their ETag.
    page = sorted(pages)[0]
    etag1 = fetch(base + page)[1]["ETag"]
    stable = next(p for p in one if p not in changed and one[p].status == 200 and p.endswith(".html"))
    stable_etag = fetch(base + stable)[1]["ETag"]
    demo.set_edition(2)
    try:
        assert fetch(base + page, {"If-None-Match": etag1})[0] == 200
        assert fetch(base + stable, {"If-None-Match": stable_etag})[0] == 304
        assert fetch(base + sorted(new_paths)[0])[0] == 200
    finally:
        demo.set_edition(1)


def test_special_pages(demo):
    base = demo.base_url
    t = truth(base)
    amp = next(e for e in t if e.kind == "amp")
    main_url = amp.url.removesuffix("amp/")
    assert f'<link rel="amphtml" href="{amp.url}">'.encode() in fetch(main_url)[2]
    assert f'<link rel="canonical" href="{main_url}">'.encode() in fetch(amp.url)[2]
    updated = [s for s in stories_for(1) if s.modified and s.modified != s.published]
    assert len(updated) == 1 and b"Updated" in fetch(base + story_path(updated[0]))[2]


def test_trafilatura_extracts_summit_bodies(demo):
    """Every summit page yields its own first and last paragraphs and none of the clutter."""
    site = build_site(demo.base_url)
    for s in stories_for(1):
        if not s.relevant:
            continue
        url = demo.base_url + story_path(s)
        doc = trafilatura.bare_extraction(site[urlsplit(url).path].body.decode(), url=url,
                                          include_comments=False, with_metadata=True)
        text = re.sub(r"\s+", " ", doc.text)
        assert s.paragraphs[0] in text and s.paragraphs[-1] in text, s.key
        assert not any(m in text for m in MARKERS), s.key
        assert OUTLETS[s.outlet].name == doc.sitename or s.outlet == "dongan-shibao"
