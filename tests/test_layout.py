"""The library never depends on the application: `archive` imports without Scrapy or `crawler`."""

import subprocess
import sys


def test_archive_does_not_import_scrapy_or_crawler():
    code = (
        "import sys, archive, archive.extract, archive.topic, archive.db, archive.serve, archive.urls, "
        "archive.discover, archive.sources, archive.demo_site\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('scrapy', 'crawler', 'twisted'))\n"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_packages_import_in_this_environment():
    # Catalogue 38(c): a fresh venv cannot import trafilatura without lxml_html_clean.
    code = "import trafilatura, scrapy, sqlite_utils, datasette, feedparser, lxml_html_clean, brotli"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
