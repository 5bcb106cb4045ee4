"""A real HTTP server for the demo web: 127.0.0.1 only, one thread per request, quiet.

Conditional GETs (ETag / Last-Modified) answer 304, HEAD works, and ``delay_ms`` slows every
response so crawl tests can exercise timeouts, concurrency and interrupted runs.
"""

from __future__ import annotations

import threading
import time
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from archive.demo_site.site import NOT_FOUND_BODY, Resource, build_site, sources_toml

LOGGED_HEADERS = ("User-Agent", "If-None-Match", "If-Modified-Since", "Accept", "Accept-Encoding")


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        pass  # a client killed mid-response (crash tests) is not the server's problem


class _Handler(BaseHTTPRequestHandler):
    server_version = "DemoNews/1.0"
    protocol_version = "HTTP/1.1"  # keep-alive, like real news sites
    site: DemoSite  # set on the subclass DemoSite makes

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass  # quiet: tests and the CLI do not want a stderr line per request

    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        self._respond(head=False)

    def do_HEAD(self) -> None:  # noqa: N802
        self._respond(head=True)

    def _respond(self, head: bool) -> None:
        demo = self.site
        path = urlsplit(self.path).path or "/"
        demo._log(self.command, self.path, {h: v for h in LOGGED_HEADERS if (v := self.headers.get(h)) is not None})
        if demo.delay_ms:
            time.sleep(demo.delay_ms / 1000)
        res = demo._resources.get(path) or Resource(404, "text/html; charset=utf-8", NOT_FOUND_BODY)
        if res.status == 200 and self._not_modified(res):
            self.send_response(304)
            for name in ("ETag", "Last-Modified"):
                if name in res.headers:
                    self.send_header(name, res.headers[name])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(res.status)
        self.send_header("Content-Type", res.content_type)
        self.send_header("Content-Length", str(len(res.body)))
        self.send_header("Cache-Control", "max-age=60")
        for name, value in res.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if not head:
            try:
                self.wfile.write(res.body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (e.g. a timeout test): nothing to do

    def _not_modified(self, res: Resource) -> bool:
        inm = self.headers.get("If-None-Match")
        if inm is not None:  # RFC 9110: If-None-Match wins over If-Modified-Since
            tags = [t.strip().removeprefix("W/") for t in inm.split(",")]
            return "*" in tags or res.headers.get("ETag") in tags
        ims = self.headers.get("If-Modified-Since")
        if ims and "Last-Modified" in res.headers:
            try:
                return parsedate_to_datetime(res.headers["Last-Modified"]) <= parsedate_to_datetime(ims)
            except (TypeError, ValueError):
                return False
        return False


class DemoSite:
    """The demo web on ``http://127.0.0.1:PORT`` in a background thread.

    >>> with DemoSite() as demo:            # doctest: +SKIP
    ...     urllib.request.urlopen(demo.base_url + "/robots.txt")
    """

    def __init__(self, port: int = 0, delay_ms: int = 0, edition: int = 1) -> None:
        self.port = port
        self.delay_ms = delay_ms
        self.edition = edition
        self.base_url = ""
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        self._lock = threading.Lock()
        self._resources: dict[str, Resource] = {}
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def _bind(self) -> str:
        if self._httpd is None:
            handler = type("DemoHandler", (_Handler,), {"site": self})
            self._httpd = _QuietServer(("127.0.0.1", self.port), handler)
            self._httpd.daemon_threads = True
            self.port = self._httpd.server_address[1]
            self.base_url = f"http://127.0.0.1:{self.port}"
            # Built after binding: pages and feeds carry the real base URL.
            self._resources = build_site(self.base_url, self.edition)
        return self.base_url

    def start(self) -> str:
        """Bind (port 0 picks a free port), serve in a daemon thread, return the base URL."""
        base = self._bind()
        if self._thread is None:
            self._thread = threading.Thread(target=self._httpd.serve_forever, name="demo-site", daemon=True)
            self._thread.start()
        return base

    def serve_forever(self) -> None:
        """Blocking variant for the CLI; Ctrl-C stops it."""
        self._bind()
        try:
            self._httpd.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            self._httpd.server_close()
            self._httpd = None

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def set_edition(self, edition: int) -> None:
        """Switch to another edition; the swap is one assignment, so requests see old or new."""
        self.edition = edition
        if self.base_url:
            self._resources = build_site(self.base_url, edition)

    def sources_toml(self) -> str:
        if not self.base_url:
            raise RuntimeError("start() the DemoSite first: the sources file needs its port")
        return sources_toml(self.base_url)

    def _log(self, method: str, path: str, headers: dict[str, str]) -> None:
        with self._lock:
            self.requests.append((method, path, headers))

    def __enter__(self) -> DemoSite:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
