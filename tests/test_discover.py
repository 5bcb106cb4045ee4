import gzip

import pytest

from archive.discover import UnparseableListing, parse_feed, parse_sitemap

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>Truce agreed</title><link>/world/truce?utm_source=rss</link><pubDate>Thu, 30 Oct 2025 05:00:00 GMT</pubDate></item>
<item><title>No link</title></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
<entry><title>Visit planned</title><link href="https://a.example/visit"/><updated>2026-04-01T08:00:00+08:00</updated></entry>
</feed>"""

NEWS_SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://a.example/busan</loc><news:news><news:publication><news:name>A</news:name><news:language>en</news:language></news:publication>
<news:publication_date>2025-10-30T14:00:00+09:00</news:publication_date><news:title>Leaders meet in Busan</news:title></news:news></url>
<url><loc>https://a.example/other</loc><lastmod>2025-10-01</lastmod></url>
</urlset>"""

INDEX = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://a.example/sitemap-1.xml</loc></sitemap></sitemapindex>"""


def test_rss_links_are_absolute_with_dates_and_titles():
    links = parse_feed(RSS, "https://a.example/feed.xml")
    assert [(l.url, l.published, l.title) for l in links] == [
        ("https://a.example/world/truce?utm_source=rss", "2025-10-30T05:00:00+00:00", "Truce agreed")
    ]


def test_atom():
    (link,) = parse_feed(ATOM, "https://a.example/atom.xml")
    assert link.url == "https://a.example/visit" and link.published == "2026-04-01T00:00:00+00:00"


def test_news_sitemap_keeps_publication_date_and_title():
    is_index, links = parse_sitemap(NEWS_SITEMAP, "https://a.example/news-sitemap.xml")
    assert not is_index
    assert links[0].published == "2025-10-30T14:00:00+09:00" and links[0].title == "Leaders meet in Busan"
    assert links[1].published == "2025-10-01"


def test_sitemap_index_and_gzip():
    assert parse_sitemap(gzip.compress(INDEX), "https://a.example/") == (
        True, [parse_sitemap(INDEX, "https://a.example/")[1][0]])


def test_gzip_bomb_sitemap_is_refused_not_inflated():
    bomb = gzip.compress(b"<" + b" " * (60 * 1024 * 1024))
    with pytest.raises(UnparseableListing, match="larger than"):
        parse_sitemap(bomb, "https://a.example/s.xml.gz")


def test_xxe_is_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    xxe = f"""<?xml version="1.0"?><!DOCTYPE u [<!ENTITY x SYSTEM "file://{secret}">]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://a.example/?x=&x;</loc></url></urlset>""".encode()
    _, links = parse_sitemap(xxe, "https://a.example/")
    assert all("TOPSECRET" not in l.url for l in links)
    rss = f"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">]>
<rss version="2.0"><channel><item><title>&x;</title><link>https://a.example/a</link></item></channel></rss>""".encode()
    assert all("TOPSECRET" not in (l.title or "") for l in parse_feed(rss, "https://a.example/"))


def test_garbage_is_unparseable():
    for body in (b"", b"<html><body>not a sitemap</body></html>", b"\x00\x01binary"):
        with pytest.raises(UnparseableListing):
            parse_sitemap(body, "https://a.example/")
    with pytest.raises(UnparseableListing):
        parse_feed(b"\x00\x01 definitely not xml", "https://a.example/")


def test_one_junk_link_never_costs_the_rest_of_a_listing():
    from archive.discover import parse_gdelt, parse_hreflang, parse_section, parse_url_list

    bad = "http://[bad/x"
    sitemap = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{bad}</loc></url>' \
              '<url><loc>mailto:desk@a.example</loc></url><url><loc>https://a.example/ok</loc></url></urlset>'
    assert [l.url for l in parse_sitemap(sitemap.encode(), "https://a.example/")[1]] == ["https://a.example/ok"]
    page = (f'<html><head><link rel="alternate" hreflang="zh" href="{bad}"></head><body><a href="{bad}">x</a>'
            '<a href="/2025/10/30/a-long-enough-article-slug">y</a></body></html>').encode()
    assert [l.url for l in parse_section(page, "https://a.example/world")[0]] == [
        "https://a.example/2025/10/30/a-long-enough-article-slug"]
    assert parse_hreflang(page, "https://a.example/a") == []
    assert parse_gdelt(f'{{"articles": [{{"url": "{bad}", "title": "t", "seendate": "20251030T054500Z"}}]}}'.encode()) == []
    assert parse_url_list(f"{bad}\nhttps://a.example/x\n") == (["https://a.example/x"], [(1, bad)])
