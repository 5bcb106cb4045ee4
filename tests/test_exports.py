"""Export policy (fault catalogue #27): CSV and JSON exports are raw data, never rewritten.

Spreadsheet formula payloads in crawled titles (`=HYPERLINK(...)`, `+cmd|`, `@SUM`) pass through
unchanged: a research archive must not alter what it archived. The README tells spreadsheet
users to import CSV as text.
"""

import asyncio
import csv
import io

from archive.db import Archive, Fetch
from archive.extract import Article
from archive.serve import make_datasette

PAYLOADS = ['=HYPERLINK("http://evil.example","click")', "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "\tTAB"]


def test_formula_payloads_pass_through_csv_unchanged(tmp_path):
    path = tmp_path / "archive.db"
    archive = Archive(path)
    run = archive.start_run(["feeds"], None, None)
    for i, title in enumerate(PAYLOADS):
        url = f"https://x.example/{i}"
        art = Article(url=url, canonical_url=url, title=title, text=f"Story number {i} about the truce. " * 20,
                      published="2025-10-30", published_source="htmldate", author=None, sitename=None,
                      language="en", description=None)
        archive.record_article(run, Fetch(url=url, source="x"), art, 0.9, [])
    archive.close()
    ds = make_datasette(path)
    body = asyncio.run(ds.client.get("/archive/articles.csv?_col=title&_sort=id")).text
    titles = [row["title"] for row in csv.DictReader(io.StringIO(body))]
    assert titles == PAYLOADS
