"""Datasette pages in real headless Chromium: crawled text is data, never markup (catalogue (c))."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.request

import pytest

from archive.db import Archive, Fetch
from archive.extract import Article
from conftest import BIN

CHROMIUM = "/usr/bin/chromium"
PWN = "document.documentElement.setAttribute('data-pwned','1')"
PAYLOADS = {
    "title": f'<script>{PWN}</script>Trump and Xi truce <img src=x onerror="{PWN}">',
    "text": f'Busan truce "><svg onload="{PWN}"> and \u202eRTL override text ' * 10,
    "author": f"<b onmouseover=\"{PWN}\">Mallory</b>",
    "url": f"javascript:{PWN}",
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    if not shutil.which(CHROMIUM):
        pytest.skip("Debian chromium not installed (apt-get install chromium; .ci/run does it)")
    pytest.importorskip("playwright.sync_api", reason="pip install playwright (in the test extra)")
    db = tmp_path_factory.mktemp("browser") / "archive.db"
    archive = Archive(db)
    run = archive.start_run(["feeds"], None, None)
    art = Article(url=PAYLOADS["url"], canonical_url="https://x.example/a", title=PAYLOADS["title"],
                  text=PAYLOADS["text"], published="2025-10-30", published_source="htmldate",
                  author=PAYLOADS["author"], sitename="X", language="en", description=PAYLOADS["title"])
    archive.record_article(run, Fetch(url="https://x.example/a", source="x"), art, 0.9, ["<script>"])
    archive.finish_run(run, "finished", {})
    archive.close()
    port = free_port()
    proc = subprocess.Popen([str(BIN / "summit-archive"), "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    yield base
    proc.terminate()
    proc.wait(10)


@pytest.fixture(scope="module")
def page(served):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic"])
        page = browser.new_page()
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.dialogs = dialogs
        console = []
        page.on("console", lambda m: console.append(m.text))
        page.console = console
        yield page
        browser.close()


PAGES = [
    "/archive/articles",
    "/archive/articles/1",
    "/archive/articles?_search=truce",
    "/archive/articles?_facet=title",
    "/archive/search?q=truce",
    "/archive?sql=select+*+from+articles",
    "/archive?sql=select+title+from+articles+where+%3Cscript%3E",
]


@pytest.mark.parametrize("path", PAGES)
def test_payloads_render_as_text(served, page, path):
    response = page.goto(served + path)
    assert response.status in (200, 400)
    page.wait_for_timeout(100)
    assert page.evaluate("document.documentElement.getAttribute('data-pwned')") is None
    assert page.dialogs == []
    assert page.locator("a[href^='javascript:']").count() == 0
    if "sql=select+*" in path or path.endswith("/1"):
        assert "Mallory" in page.content()  # the payload is visible as text, not executed


def test_security_headers_and_mutable_live_file(served, page):
    response = page.goto(served + "/-/databases.json")
    assert "script-src 'self' 'sha256-" in response.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert '"is_mutable": true' in page.content()


def test_open_redirect_stays_on_origin(served, page):
    for path in ("//evil.example/x", "/\\evil.example/", "/%5Cevil.example/"):
        page.goto(served + path)
        assert page.url.startswith(served), page.url


def test_csp_lets_datasette_run_its_own_scripts(served, page):
    """The policy hashes Datasette's inline scripts: the SQL editor and the table page still work."""
    page.console.clear()
    page.goto(served + "/archive?sql=select+title+from+articles")
    page.wait_for_selector(".CodeMirror", timeout=5000)  # made by the inline window.onload script
    page.goto(served + "/archive/articles")
    assert page.evaluate("typeof DATASETTE_ALLOW_FACET") == "boolean"
    page.goto(served + "/archive/articles?_search=truce")
    page.wait_for_timeout(100)
    assert not [m for m in page.console if "Content Security Policy" in m], page.console


def _serve_in_thread(app):
    import threading

    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=free_port(), log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(100):
        if server.started:
            break
        time.sleep(0.05)
    return server, thread


def test_csp_blocks_an_injected_inline_script(tmp_path, page):
    """Catalogue C9, with its negative control: markup that reaches a page unescaped (here
    metadata ``description_html``, rendered raw by Datasette's own template) runs without the
    policy and is refused with it."""
    from datasette.app import Datasette

    from archive.serve import security_headers

    db = tmp_path / "archive.db"
    Archive(db).close()
    metadata = {"description_html": f"<p>injected</p><script>{PWN}</script>"}
    bare = _serve_in_thread(Datasette(files=[str(db)], metadata=metadata).app())
    guarded = _serve_in_thread(security_headers(Datasette(files=[str(db)], metadata=metadata).app()))
    try:
        page.goto(f"http://127.0.0.1:{bare[0].config.port}/")
        page.wait_for_timeout(100)
        assert page.evaluate("document.documentElement.getAttribute('data-pwned')") == "1"  # the probe works
        page.console.clear()
        page.goto(f"http://127.0.0.1:{guarded[0].config.port}/")
        page.wait_for_timeout(100)
        assert "injected" in page.content()
        assert page.evaluate("document.documentElement.getAttribute('data-pwned')") is None
        assert [m for m in page.console if "Content Security Policy" in m], page.console
    finally:
        for server, thread in (bare, guarded):
            server.should_exit = True
            thread.join(10)
