"""`summit-archive crawl --urls FILE|-`: a list of URLs through the frontier (real CLI, 127.0.0.1)."""

from __future__ import annotations

import sqlite3
import subprocess
from urllib.parse import urlsplit

from archive.discover import parse_url_list
from httpd import HTML, ON_TOPIC, Server, crawl_cli, write_sources

PAGE = ON_TOPIC


def crawl(tmp, base: str, *extra: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    sources = write_sources(tmp / "sources.toml", base, sections=["/world"])
    return crawl_cli(tmp / "a.db", sources, "-s", "DOWNLOAD_TIMEOUT=3", *extra, stdin=stdin, timeout=60)


def test_urls_from_a_file_then_from_stdin(tmp_path):
    routes = {"/robots.txt": (404, {}, b""),
              "/news/busan": (200, HTML, PAGE),
              "/news/again": (200, HTML, PAGE.replace(b"Leaders agree", b"Presidents agree")),
              "/feed.xml": (200, {"Content-Type": "application/rss+xml"}, b"<rss/>")}
    with Server(routes) as server:
        base = server.base
        port = urlsplit(base).port
        seeds = tmp_path / "seeds.txt"
        seeds.write_text(f"# coverage found by hand\n\n{base}/news/busan   # the Busan story\n"
                         f"{base}/news/busan?utm_source=x\n{base}/news/missing\n"
                         f"http://localhost:{port}/news/elsewhere\nnot a url\nftp://example.com/x\n")
        result = crawl(tmp_path, base, "--urls", str(seeds))
        assert result.returncode == 0, result.stderr[-3000:]
        assert "line 7 is not an http(s) URL" in result.stderr and "line 8" in result.stderr
        assert server.hits("/feed.xml") == 0 and server.hits("/world") == 0  # the urls spider alone
        assert server.hits("/news/busan") == 1  # listed twice (tracking variant), fetched once
        db = sqlite3.connect(tmp_path / "a.db")
        assert db.execute("select spiders from crawl_runs").fetchall() == [("urls",)]
        assert db.execute("select url, source, discovered_via from articles").fetchall() == [
            (f"{base}/news/busan", "t", "urls")]
        outcomes = dict(db.execute("select url, outcome || ':' || reason from fetches").fetchall())
        assert outcomes.pop(seeds.resolve().as_uri()) == "listing:urls"
        assert outcomes.pop(f"{base}/news/missing") == "failed:http_404"
        assert outcomes.pop(f"{base}/news/busan") == "article:new"
        assert list(outcomes) == [f"http://localhost:{port}/news/elsewhere"]  # whatever localhost answers
        assert db.execute("select source, discovered_from from frontier where url like '%/news/elsewhere'").fetchone() \
            == (None, seeds.resolve().as_uri())  # the fetch row and article get the source (domain) at fetch time
        assert db.execute("select source from fetches where url like '%/news/elsewhere'").fetchone() == ("localhost",)

        # stdin, together with the feeds spider; an archived URL is not fetched again
        result = crawl(tmp_path, base, "--urls", "-", "--spider", "feeds",
                       stdin=f"{base}/news/busan\n{base}/news/again\n")
        assert result.returncode == 0, result.stderr[-3000:]
        assert server.hits("/news/busan") == 1 and server.hits("/news/again") == 1
        assert server.hits("/feed.xml") == 1
        assert db.execute("select spiders from crawl_runs where id = 2").fetchone() == ("urls,feeds",)
        assert db.execute("select outcome from fetches where run_id = 2 and url = 'urls:stdin'").fetchone() == ("listing",)
        assert db.execute("select count(*) from articles").fetchone() == (2,)


def test_bad_seed_lists_are_configuration_errors(tmp_path):
    comments = tmp_path / "empty.txt"
    comments.write_text("# nothing yet\n\n")
    for args in (["--urls", str(comments)], ["--urls", str(tmp_path / "missing.txt")], ["--spider", "urls"]):
        result = crawl(tmp_path, "http://127.0.0.1:9", *args)
        assert result.returncode == 2, (args, result.stderr)
    assert not (tmp_path / "a.db").exists()  # nothing started


def test_parse_url_list():
    urls, rejected = parse_url_list(
        "# seeds\n\nhttps://a.example/x\n  https://a.example/x#frag  \nhttps://b.example/y?id=1 # note\n"
        "www.c.example/z\n#https://d.example/commented\n")
    assert urls == ["https://a.example/x", "https://b.example/y?id=1"]
    assert rejected == [(6, "www.c.example/z")]
