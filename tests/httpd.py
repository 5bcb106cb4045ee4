"""A tiny scriptable HTTP server on 127.0.0.1 for fault tests (real sockets, real Scrapy)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Route = tuple[int, dict[str, str], bytes] | Callable[[BaseHTTPRequestHandler], None]


class Server:
    """``routes`` maps a path to (status, headers, body) or to a function that writes the response."""

    def __init__(self, routes: dict[str, Route]):
        self.routes = routes
        self.log: list[tuple[str, str, float]] = []
        self.headers: dict[str, dict[str, str]] = {}  # the last request's headers, by path
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):
                server.log.append((self.command, self.path, time.monotonic()))
                server.headers[self.path] = dict(self.headers.items())
                route = server.routes.get(self.path)
                if route is None:
                    route = (404, {"Content-Type": "text/html"}, b"<html><body>Not found</body></html>")
                if callable(route):
                    route(self)
                    return
                respond(self, *route)

            def log_message(self, *args):
                pass

        class Quiet(ThreadingHTTPServer):
            def handle_error(self, request, client_address):
                pass  # clients hanging up on hang/drip routes is the point of those routes

        self.httpd = Quiet(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> "Server":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def hits(self, path: str) -> int:
        return sum(1 for _, p, _ in self.log if p == path)


def respond(handler: BaseHTTPRequestHandler, status: int, headers: dict[str, str], body: bytes = b"") -> None:
    """Write a whole response with a correct Content-Length (routes that script their own use it)."""
    handler.send_response(status)
    for k, v in headers.items():
        handler.send_header(k, v)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def hang_after_headers(handler: BaseHTTPRequestHandler) -> None:
    """Catalogue #6: promise 1000 bytes, send 7, then go silent."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", "1000")
    handler.end_headers()
    handler.wfile.write(b"<html>\n")
    handler.wfile.flush()
    time.sleep(8)


# --- shared pages and the crawl command for the crawl tests --------------------------------

import subprocess  # noqa: E402
from pathlib import Path  # noqa: E402

from conftest import BIN, PAGES  # noqa: E402

HTML = {"Content-Type": "text/html; charset=utf-8"}
# An unmistakable summit article (the saved page, with the leaders named) and an off-topic one.
ON_TOPIC = (PAGES / "busan-summit.html").read_bytes().replace(
    b"The American and Chinese presidents", b"US President Donald Trump and Chinese President Xi Jinping")
OFF_TOPIC = b"".join([
    b"<html lang='en'><head><title>Floods hit farmland</title></head><body><article><h1>Floods hit farmland</h1>",
    b"<p>Heavy rain flooded farmland and roads across the southern province this week, officials said.</p>",
    b"<p>Farmers counted their losses as the water slowly receded from the rice fields near the river.</p>",
    b"<p>The provincial weather office expects more storms before the end of the month and urged caution.</p>",
    b"<p>Volunteers filled sandbags outside the town hall while schools stayed closed for a second day.</p>",
    b"</article></body></html>"])


def rss(base: str, paths: list[str]) -> bytes:
    items = "".join(f"<item><title>{p}</title><link>{base}{p}</link></item>" for p in paths)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{items}</channel></rss>'.encode()


def write_sources(path: Path, base: str, feeds=("/feed.xml",), sitemaps=(), sections=()) -> Path:
    """A one-outlet sources file for a loopback site."""
    def urls(paths):
        return "[" + ", ".join(f'"{base}{p}"' for p in paths) + "]"
    path.write_text(f'[[source]]\nkey = "t"\nname = "T"\nhomepage = "{base}/"\nfeeds = {urls(feeds)}\n'
                    f"sitemaps = {urls(sitemaps)}\nsections = {urls(sections)}\n")
    return path


def crawl_cli(db: Path, sources: Path, *extra: str, stdin: str | None = None,
              timeout: float = 120) -> subprocess.CompletedProcess:
    """`summit-archive crawl` in a subprocess, politeness off (our own loopback server)."""
    return subprocess.run(
        [str(BIN / "summit-archive"), "crawl", "--db", str(db), "--sources", str(sources), "--quiet",
         "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", *extra],
        input=stdin, capture_output=True, text=True, timeout=timeout)
