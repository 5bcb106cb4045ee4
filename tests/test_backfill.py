"""CC-NEWS backfill on WARC files the tests build with warcio (no internet: local files, loopback HTTP)."""

from __future__ import annotations

import gzip
import io
import json
import sqlite3
import subprocess
import time
from datetime import date
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archive.backfill import Prefilter, backfill, ccnews_paths, file_date, resolve_location
from archive.db import Archive
from archive.demo_site import build_site, truth
from archive.extract import ExtractionError, extract
from archive.sources import parse_sources
from archive.topic import load_topic
from archive.warc import read_response
from conftest import BIN, PAGES
from httpd import Server

SOURCES = """
[[source]]
key = "harbour-courier"
name = "Harbour Courier"
homepage = "https://www.harbour-courier.example/"

[[source]]
key = "east-wind"
name = "East Wind Daily"
homepage = "https://eastwind.example/"
domains = ["eastwind-news.example"]
"""

FILLER = " ".join(["The council also discussed the budget for the coming year in some detail."] * 6)


def page(title: str, paragraphs: list[str], lang: str = "en") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>'
            f"<body><nav><a href='/'>Home</a> <a href='/sport'>Sport</a></nav><article><h1>{title}</h1>"
            f"{body}</article><footer>© Example</footer></body></html>").encode()


SUMMIT = page("Trump and Xi meet in Busan, agree to a one-year trade truce", [
    "US President Donald Trump and Chinese President Xi Jinping met in Busan on Thursday, their first "
    "face-to-face meeting since 2019, and agreed to a one-year truce in the trade war.",
    "The two leaders talked for about 100 minutes at an air base near the South Korean city. Trump said "
    "the summit was a great success and that he would visit Beijing in April.",
    "Xi told Trump that the two countries should be partners and friends, Chinese state media reported. "
    "The meeting on the sidelines of the APEC forum eased months of tension over tariffs and rare earths.",
])
BEIJING = page("Trump arrives in Beijing for state visit and talks with Xi", [
    "President Donald Trump arrived in Beijing on Wednesday for a three-day state visit, the first by a US "
    "president since 2017, and was welcomed by President Xi Jinping at the Great Hall of the People.",
    "The two leaders held talks on trade, fentanyl and Taiwan, and attended a state banquet in the evening. "
    "Officials said the summit would end with a joint statement on the trade truce agreed in Busan.",
    FILLER,
])
SPORT = page("City win the derby in the last minute", [
    "A header in the 94th minute gave City a 2-1 win in the derby on Saturday, lifting them to second place.",
    "The manager praised the crowd and said the squad had shown character after a difficult week. " + FILLER,
])
NEAR_MISS = page("Tariffs weigh on China's exports, Trump administration says", [
    "Chinese exports fell in September as tariffs imposed by the Trump administration weighed on demand, "
    "customs data showed on Monday. Economists expect a further slowdown next year, and President Xi "
    "Jinping's government has promised more support for exporters. " + FILLER,
    "Shipments to the United States dropped by a quarter while exports to Southeast Asia rose. " + FILLER,
])


def write_warc(path: Path, records: list[tuple], cut: int = 0) -> dict[str, int]:
    """records: (kind, url, content_type, body, status). Returns {url: offset} of response records."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
    offsets = {}
    for kind, url, ctype, body, status in records:
        if kind == "response":
            req = writer.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=StatusAndHeaders(
                "GET / HTTP/1.1", [("Host", "x")], is_http_request=True))
            writer.write_record(req)
            offsets[url] = buf.tell()
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers,
                                            warc_headers_dict={"WARC-Date": "2025-10-30T08:15:00Z"})
        else:
            rec = writer.create_warc_record(url, kind, payload=io.BytesIO(body),
                                            warc_content_type="application/warc-fields")
        writer.write_record(rec)
    data = buf.getvalue()
    path.write_bytes(data[: len(data) - cut] if cut else data)
    return offsets


HC = "https://www.harbour-courier.example"
EW = "https://eastwind-news.example"


def standard_records() -> list[tuple]:
    return [
        ("response", f"{HC}/world/2025/10/30/trump-xi-busan/", "text/html; charset=utf-8", SUMMIT, "200 OK"),
        ("metadata", f"{HC}/world/2025/10/30/trump-xi-busan/", None, b"fetchTimeMs: 120\r\n", None),
        ("response", f"{HC}/sport/derby/", "text/html", SPORT, "200 OK"),
        ("response", f"{HC}/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + b"\0" * 200, "200 OK"),
        ("response", f"{HC}/api/latest.json", "application/json", b'{"Trump": "Xi"}', "200 OK"),
        ("response", f"{HC}/old-url/", "text/html", b"", "301 Moved Permanently"),
        ("response", f"{HC}/business/exports/", "text/html", NEAR_MISS, "200 OK"),
        ("response", "https://elsewhere.example/world/trump-xi/", "text/html", SUMMIT, "200 OK"),
        ("response", f"{EW}/2026/05/14/beijing-state-visit/", "text/html", BEIJING, "200 OK"),
        # the last record is cut short: a partial download
        ("response", f"{HC}/world/2025/10/31/after-busan/", "text/html", SUMMIT.replace(b"Thursday", b"Friday"), "200 OK"),
    ]


@pytest.fixture
def setup(tmp_path):
    sources = tmp_path / "sources.toml"
    sources.write_text(SOURCES, encoding="utf-8")
    warc = tmp_path / "CC-NEWS-20251030081500-00001.warc.gz"
    offsets = write_warc(warc, standard_records(), cut=200)
    return tmp_path / "archive.db", sources, warc, offsets


def rows(db: Path, sql: str, params=()) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def test_matches_are_archived_with_provenance_and_the_rest_counted(setup):
    db, sources, warc, offsets = setup
    result = backfill(db, [str(warc)], sources_path=str(sources), workers=1)
    assert result.finish_reason == "finished"
    articles = rows(db, "select url, source, discovered_via, warc_file, warc_offset, fetched_at from articles order by url")
    assert [(a[0], a[1], a[2]) for a in articles] == [
        (f"{EW}/2026/05/14/beijing-state-visit/", "east-wind", "ccnews"),
        (f"{HC}/world/2025/10/30/trump-xi-busan/", "harbour-courier", "ccnews"),
    ]
    for url, _source, _via, warc_file, offset, fetched_at in articles:
        assert warc_file == str(warc) and offset == offsets[url]
        assert fetched_at == "2025-10-30T08:15:00+00:00"  # the capture's WARC-Date
        capture = read_response(Path("/elsewhere"), warc_file, offset)  # an absolute path: the folder is not used
        assert capture.url == url and capture.body in (SUMMIT, BEIJING) and capture.content_type.startswith("text/html")
    (f,) = rows(db, "select state, records, responses, skipped_outlet, skipped_prefilter, extracted, off_topic, "
                    "matched, truncated, error, last_offset from backfill_files")
    state, records, responses, skipped_outlet, skipped_prefilter, extracted, off_topic, matched, truncated, error, last = f
    assert state == "done" and matched == 2 and skipped_outlet == 1  # elsewhere.example is no source
    assert truncated == 1 and "truncated" in error
    assert skipped_prefilter == 1  # the derby report never reaches trafilatura
    assert off_topic == 1 and extracted == 3  # the exports story passes the prefilter, then the topic rejects it
    assert responses == 9 and records == 1 + 2 * 9 + 1  # warcinfo, request+response pairs, metadata (the cut one counted)
    # fetch rows only for matches; one backfill run
    assert rows(db, "select outcome, count(*) from fetches group by outcome") == [("article", 2)]
    assert rows(db, "select spiders, finish_reason, articles_new from crawl_runs") == [("backfill", "finished", 2)]
    stats = json.loads(rows(db, "select stats from crawl_runs")[0][0])
    assert stats["backfill/off_topic"] == 1 and stats["backfill/matched"] == 2


def test_rerun_adds_nothing_and_skips_finished_files(setup):
    db, sources, warc, _ = setup
    backfill(db, [str(warc)], sources_path=str(sources), workers=1)
    before = rows(db, "select count(*) from fetches")[0][0]
    again = backfill(db, [str(warc)], sources_path=str(sources), workers=1)
    assert again.skipped_done == [str(warc)] and again.files == {}
    assert rows(db, "select count(*) from fetches")[0][0] == before
    assert rows(db, "select count(*) from articles")[0][0] == 2
    assert rows(db, "select count(*), sum(finish_reason = 'finished') from crawl_runs") == [(2, 2)]


def test_any_outlet_keeps_other_hosts_under_their_domain(setup):
    db, sources, warc, _ = setup
    backfill(db, [str(warc)], sources_path=str(sources), any_outlet=True, workers=1)
    assert ("elsewhere.example",) in rows(db, "select source from articles")
    assert rows(db, "select skipped_outlet from backfill_files") == [(0,)]


def test_an_interrupted_file_resumes_after_its_last_committed_record(setup):
    db, sources, warc, offsets = setup
    from archive.db import Archive

    Archive(db).close()  # schema
    resume_at = offsets[f"{HC}/sport/derby/"]
    conn = sqlite3.connect(db)
    conn.execute("insert into backfill_files (path, state, last_offset, records, matched) values (?, 'running', ?, 4, 1)",
                 [str(warc), resume_at])
    conn.commit()
    conn.close()
    result = backfill(db, [str(warc)], sources_path=str(sources), workers=1)
    # the Busan page before the offset was committed by the interrupted run: not scanned again
    assert [r[0] for r in rows(db, "select url from articles")] == [f"{EW}/2026/05/14/beijing-state-visit/"]
    assert result.files[str(warc)]["matched"] == 2  # counts carry over: 1 before + 1 now
    assert rows(db, "select state from backfill_files") == [("done",)]


def range_route(data: bytes):
    def handler(h):
        start = 0
        if rng := h.headers.get("Range"):
            start = int(rng.split("=")[1].split("-")[0])
        h.send_response(206 if start else 200)
        h.send_header("Content-Type", "application/warc")
        h.send_header("Content-Length", str(len(data) - start))
        h.end_headers()
        h.wfile.write(data[start:])
    return handler


def test_a_loopback_url_is_streamed_and_cited(setup):
    db, sources, warc, offsets = setup
    data = warc.read_bytes()
    with Server({"/crawl-data/CC-NEWS/x.warc.gz": range_route(data), "/plain.warc.gz": (200, {}, data)}) as srv:
        url = srv.base + "/crawl-data/CC-NEWS/x.warc.gz"
        result = backfill(db, [url], sources_path=str(sources), workers=1)
        assert result.finish_reason == "finished"
        cited = rows(db, "select url, warc_file, warc_offset from articles order by url")
        assert len(cited) == 2 and all(w == url and o == offsets[u] for u, w, o in cited)
        assert read_response(Path(), url, cited[1][2]).body == SUMMIT  # a Range request
        # a server that ignores Range: the reader skips to the offset itself
        assert read_response(Path(), srv.base + "/plain.warc.gz", cited[0][2]).body == BEIJING
        # reextract and rescore read the cited records back over HTTP
        conn = sqlite3.connect(db)
        conn.execute("update articles set text = 'stale', content_hash = 'stale'")
        conn.commit()
        conn.close()
        archive = Archive(db)
        try:
            assert archive.reextract(db.parent / "warc") == {"articles": 2, "unchanged": 0, "updated": 2, "failed": 0}
            assert "stale" not in {t for (t,) in archive.db.execute("select text from articles")}
        finally:
            archive.close()
    archive = Archive(db)  # the server is gone: counted as failed, the stored text stays
    try:
        assert archive.reextract(db.parent / "warc")["failed"] == 2
        assert archive.db.execute("select count(*) from articles where text != 'stale'").fetchone() == (2,)
    finally:
        archive.close()


def test_cli_two_workers_local_path_and_url(tmp_path, setup):
    db, sources, warc, _ = setup
    second = tmp_path / "CC-NEWS-20260514000000-00002.warc.gz"
    write_warc(second, [("response", f"{HC}/world/2026/05/14/beijing/", "text/html", BEIJING, "200 OK"),
                        ("response", f"{HC}/sport/cup/", "text/html", SPORT, "200 OK")])
    with Server({"/second.warc.gz": range_route(second.read_bytes())}) as srv:
        args = [str(BIN / "summit-archive"), "backfill", "--db", str(db), "--sources", str(sources),
                "--workers", "2", str(warc), srv.base + "/second.warc.gz"]
        run = subprocess.run(args, capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stderr
        assert "3 new articles" in run.stdout
        assert rows(db, "select count(*) from backfill_files where state = 'done'") == [(2,)]
        again = subprocess.run(args, capture_output=True, text=True, timeout=120)
        assert again.returncode == 0 and "2 already done" in again.stdout
    assert rows(db, "select count(*) from articles") == [(3,)]
    bad = subprocess.run([str(BIN / "summit-archive"), "backfill", "--db", str(db), "--topic", str(tmp_path / "nope.toml"),
                          str(warc)], capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2


def test_a_missing_file_fails_the_run_and_is_retried(tmp_path, setup):
    db, sources, warc, _ = setup
    result = backfill(db, [str(tmp_path / "missing.warc.gz"), str(warc)], sources_path=str(sources), workers=1)
    assert result.finish_reason == "failed"
    states = dict(rows(db, "select path, state from backfill_files"))
    assert states[str(warc)] == "done" and states[str(tmp_path / "missing.warc.gz")] == "failed"


def test_an_older_capture_does_not_replace_a_newer_archived_copy(setup):
    db, sources, warc, _ = setup
    backfill(db, [str(warc)], sources_path=str(sources), workers=1)
    conn = sqlite3.connect(db)
    conn.execute("update articles set fetched_at = '2026-06-01T00:00:00+00:00', text = text || ' Updated.'")
    conn.commit()
    conn.close()
    other = warc.with_name("CC-NEWS-20251029000000-00000.warc.gz")
    write_warc(other, standard_records())
    result = backfill(db, [str(other)], sources_path=str(sources), workers=1)
    assert result.articles["older_capture"] == 2 and result.articles["updated"] == 0
    assert rows(db, "select count(*) from article_versions") == [(0,)]


def test_a_stuck_extraction_is_bounded_and_the_scan_goes_on(tmp_path, setup):
    db, sources, _, _ = setup
    stuck = ("<html><body><article><h1>Trump and Xi meet in Busan</h1>"
             + "".join(f"<p>w{i} x</p>" for i in range(60_000)) + "</article></body></html>").encode()
    warc = tmp_path / "CC-NEWS-20251030000000-00009.warc.gz"
    write_warc(warc, [("response", f"{HC}/world/stuck/", "text/html", stuck, "200 OK"),
                      ("response", f"{HC}/world/2025/10/30/trump-xi-busan/", "text/html", SUMMIT, "200 OK")])
    started = time.monotonic()
    result = backfill(db, [str(warc)], sources_path=str(sources), workers=1, extract_timeout=0.5)
    assert time.monotonic() - started < 20
    assert result.totals()["not_article"] == 1 and result.totals()["matched"] == 1
    assert rows(db, "select url from articles") == [(f"{HC}/world/2025/10/30/trump-xi-busan/",)]


def test_a_prefilter_error_on_one_page_does_not_fail_the_file(setup, monkeypatch):
    import archive.backfill as module

    def broken(body, content_type=None):
        raise RuntimeError("a parser bug")

    monkeypatch.setattr(module, "reading_text", broken)  # workers=1 scans in this process
    db, sources, warc, _ = setup
    result = backfill(db, [str(warc)], sources_path=str(sources), workers=1)
    assert result.files[str(warc)]["state"] == "done"
    assert result.totals()["matched"] == 2  # the pages went on to extraction and the topic


def test_prefilter_keeps_every_page_the_topic_keeps():
    topic = load_topic()
    prefilter = Prefilter(topic, [], any_outlet=True)
    base = "http://127.0.0.1:8800"
    site = build_site(base)
    kept = 0
    pages = [(site[e.url[len(base):]].body, e.url) for e in truth(base) if e.url[len(base):] in site]
    pages += [((PAGES / n).read_bytes(), "https://www.harbour-courier.example/a") for n in ("busan-summit.html", "zh-summit.html")]
    pages += [(p.decode().encode("gb18030"), "https://x.example/a") for p in [(PAGES / "zh-summit.html").read_bytes()]]
    for body, url in pages:
        try:
            article = extract(body, url)
        except ExtractionError:
            continue
        if topic.classify(title=article.title or "", text=article.text).relevant:
            kept += 1
            assert prefilter.keywords_pass(body), url
    assert kept >= 50
    assert not prefilter.keywords_pass(SPORT)
    assert not prefilter.keywords_pass(page("Xiaomi unveils a phone", ["Xinhua reports a taxi fleet in Xi'an. " + FILLER]))
    assert prefilter.keywords_pass(page("特朗普与习近平会晤", ["中美元首在釜山会晤。"]))
    big5 = ('<html><head><meta charset="big5"><title>特朗普與習近平會晤</title></head><body><p>習近平與特朗普'
            '在釜山會晤。</p></body></html>').encode("big5")
    assert prefilter.keywords_pass(big5)
    # a leader, a travel word and a host place: "Trump to travel to China" can be a visit cue
    assert prefilter.keywords_pass(b"<p>President Trump will travel to China in April.</p>")
    assert prefilter.keywords_pass("<p>特朗普总统4月访华。</p>".encode())
    assert prefilter.keywords_pass(b"<p>Trump said China would buy soybeans. The two leaders spoke.</p>")
    # A term ending in * ("arrive*") matches longer words: "arrived" must not be missed.
    assert prefilter.keywords_pass(b"<p>Trump arrived in Beijing on Friday for talks.</p>")
    assert topic.classify("", "Trump arrived in Beijing on Friday for talks.").relevant
    assert not prefilter.keywords_pass(b"<p>President Trump will travel to Florida in April.</p>")
    # a leader and the other side's country, with no travel word or "the two leaders": no hit possible
    assert not prefilter.keywords_pass(b"<p>The Trump administration raised tariffs on China again.</p>")


def with_sidebar(article: bytes, box: str) -> bytes:
    return article.replace(b"</article>", b"</article>" + box.encode())


HEADLINES = ["Trump and Xi meet in Busan, agree a trade truce", "Xi Jinping invites Trump to Beijing in April"]


@pytest.mark.parametrize("box", [
    "<aside><h3>Most read</h3><p>Trump and Xi meet in Busan</p><p>Xi Jinping to host Trump</p></aside>",
    '<div class="most-read"><h3>Most read</h3><ol>' + "".join(f'<li><a href="/{i}">{h}</a></li>' for i, h in enumerate(HEADLINES)) + "</ol></div>",
    '<div class="related"><ul>' + "".join(f'<li><span>1</span> <a href="/{i}"><b>{h}</b></a> </li>' for i, h in enumerate(HEADLINES)) + "</ul></div>",
    "<footer>Trump and Xi meet in Busan</footer><nav>Xi Jinping and Trump</nav><form>Trump Xi</form>",
    "<script>var headlines = ['Trump and Xi meet in Busan'];</script><!-- Trump and Xi -->",
])
def test_summit_words_only_in_page_furniture_are_skipped(box):
    """Off-topic pages whose only summit words are sidebars, menus or scripts stop before extraction."""
    # (the outlet's own summit headlines beside every story during a summit week)
    prefilter = Prefilter(load_topic(), [], any_outlet=True)
    near = with_sidebar(SPORT, box)
    assert prefilter._words_pass(near), "the raw bytes do mention both leaders"
    assert not prefilter.keywords_pass(near)


def test_summit_words_in_the_article_pass_the_second_stage():
    prefilter = Prefilter(load_topic(), [], any_outlet=True)
    sidebar = '<aside><ul><li><a href="/x">Bears beat Packers</a></li></ul></aside>'
    inline = page("A new trade truce", ['<a href="/t/trump">President Donald Trump</a> met '
                                        '<a href="/t/xi">Xi Jinping</a> in Busan on Thursday. ' + FILLER])
    title_only = page("Trump and Xi to meet in Busan", ["Markets were calm on Monday. " + FILLER])
    in_list = page("Takeaways", ["<ul><li>Trump and Xi met for 100 minutes in Busan.</li></ul>" + FILLER])
    jsonld = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", "articleBody": '
              '"Donald Trump and Xi Jinping met in Busan."}</script></head><body><div>Loading</div></body></html>').encode()
    for body in (inline, title_only, in_list, jsonld, SUMMIT):
        assert prefilter.keywords_pass(with_sidebar(body, sidebar)), body[:120]


def test_outlet_lookup_by_host_suffix():
    prefilter = Prefilter(load_topic(), parse_sources(SOURCES))
    assert prefilter.source_for("https://www.harbour-courier.example/x") == "harbour-courier"
    assert prefilter.source_for("https://m.eastwind-news.example/x") == "east-wind"
    assert prefilter.source_for("https://notharbour-courier.example/x") is None


def test_ccnews_paths_reads_monthly_listings_and_filters_by_file_date():
    listings = {
        "2025/10": ["crawl-data/CC-NEWS/2025/10/CC-NEWS-20251028235959-01000.warc.gz",
                    "crawl-data/CC-NEWS/2025/10/CC-NEWS-20251030010203-01001.warc.gz",
                    "crawl-data/CC-NEWS/2025/10/CC-NEWS-20251031120000-01002.warc.gz"],
        "2025/11": ["crawl-data/CC-NEWS/2025/11/CC-NEWS-20251101000102-01003.warc.gz",
                    "crawl-data/CC-NEWS/2025/11/CC-NEWS-20251102000102-01004.warc.gz"],
    }
    asked = []

    def fetch(url: str) -> bytes:
        asked.append(url)
        month = "/".join(url.split("/")[-3:-1])
        return gzip.compress(("\n".join(listings[month]) + "\n").encode())

    got = ccnews_paths(date(2025, 10, 29), date(2025, 11, 1), fetch=fetch)
    assert [file_date(p).isoformat() for p in got] == ["2025-10-30", "2025-10-31", "2025-11-01"]
    assert asked == ["https://data.commoncrawl.org/crawl-data/CC-NEWS/2025/10/warc.paths.gz",
                     "https://data.commoncrawl.org/crawl-data/CC-NEWS/2025/11/warc.paths.gz"]
    assert resolve_location(got[0]) == "https://data.commoncrawl.org/" + got[0]
    with pytest.raises(ValueError):
        ccnews_paths(date(2025, 11, 2), date(2025, 11, 1), fetch=fetch)
