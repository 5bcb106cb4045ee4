import time

import pytest

from archive.extract import EXTRACTOR_VERSION, NoContent, NotHTML, decode_html, extract


def test_article_fields_from_a_saved_page(page_bytes):
    url = "https://harbour-courier.example/world/2025/10/30/leaders-agree-trade-truce-busan/?utm_source=rss"
    a = extract(page_bytes("busan-summit.html"), url)
    assert a.title == "Leaders agree trade truce at Busan meeting"
    assert a.text.startswith("The American and Chinese presidents agreed on Thursday")
    assert "What the two sides agreed" in a.text  # subheads kept
    assert '"We have a very good understanding' in a.text  # in-body quotes kept
    for leak in ("Sign up for our newsletter", "Reader123", "cookies", "All rights reserved"):
        assert leak not in a.text
    assert a.published == "2025-10-30T14:05:00+09:00" and a.published_source == "json-ld"
    assert a.author == "Mina Park"
    assert a.sitename == "The Harbour Courier"
    assert a.language == "en"
    assert a.description.startswith("The two presidents met")
    # rel=canonical on the same site wins over the fetched (tracking-tagged) URL
    assert a.canonical_url == "https://www.harbour-courier.example/world/2025/10/30/leaders-agree-trade-truce-busan/"
    assert a.extractor_version == EXTRACTOR_VERSION
    # fields added in summit-archive/2
    assert a.modified == "2025-10-30T18:40:00+09:00"
    assert a.authors == ["Mina Park"]
    assert a.section is None and a.tags == []


def test_canonical_on_another_site_is_ignored(page_bytes):
    body = page_bytes("busan-summit.html").replace(b"www.harbour-courier.example", b"evil.example")
    a = extract(body, "https://harbour-courier.example/world/x")
    assert a.canonical_url == "https://harbour-courier.example/world/x"


def test_chinese_page(page_bytes):
    a = extract(page_bytes("zh-summit.html"), "https://east-observer.example/intl/2025/10/30/1.html")
    assert a.language == "zh"
    assert a.title.startswith("中美元首在釜山举行会晤")
    assert "国家主席习近平10月30日在韩国釜山同美国总统特朗普举行会晤" in a.text
    assert "京ICP备" not in a.text and "相关新闻" not in a.text
    assert a.published == "2025-10-30T16:20:00+08:00"


def test_charset_header_lies_bytes_win(page_bytes):
    body = page_bytes("charset-mismatch.html")
    text, encoding = decode_html(body, "text/html; charset=iso-8859-1")
    assert encoding == "utf-8" and "Café über €" in text
    a = extract(body, "https://cafe.example/a", "text/html; charset=iso-8859-1")
    assert "Café über €" in a.text


def test_bom_wins_and_legacy_charsets_decode():
    text, enc = decode_html("\ufeff<p>Grüße</p>".encode("utf-8"), "text/html; charset=iso-8859-1")
    assert (text, enc) == ("<p>Grüße</p>", "utf-8")
    text, enc = decode_html('<meta charset="shift_jis"><p>日本語</p>'.encode("shift_jis"), None)
    assert "日本語" in text and enc == "shift_jis"
    text, enc = decode_html(b"<p>caf\xe9</p>", "text/html; charset=no-such-charset")
    assert "caf\ufffd" in text  # unknown charset: replacement, never an exception


def test_not_articles_raise_with_a_reason():
    for body, ctype, exc in (
        (b"", "text/html", NoContent),
        (b"%PDF-1.4 binary", "application/pdf", NotHTML),
        (b'{"ok": true}', "text/html", NoContent),  # catalogue #25: labelled HTML, no article
        (b'{"ok": true}', "application/json", NotHTML),
        (b"\x89PNG\r\n\x1a\n", "text/html; charset=utf-8", NoContent),
        (b"<html><body><p>Page not found</p></body></html>", "text/html", NoContent),
    ):
        try:
            extract(body, "https://x.example/a", ctype)
        except exc as err:
            assert err.reason == {NoContent: "no_content", NotHTML: "not_html"}[exc]
        else:
            raise AssertionError(f"{body[:20]!r} should raise {exc.__name__}")


def test_nul_and_surrogates_never_reach_the_archive(page_bytes):
    body = page_bytes("busan-summit.html").replace(b"escalating tariffs", b"escalating\x00 tariffs \xed\xa0\x80")
    a = extract(body, "https://harbour-courier.example/a")
    assert "\x00" not in a.text
    a.text.encode("utf-8")  # no lone surrogates


def test_title_without_site_suffix_and_headline_not_in_body(page_bytes):
    a = extract(page_bytes("busan-summit.html"), "https://harbour-courier.example/world/x")
    assert "|" not in a.title and "Harbour Courier" not in a.title
    assert not a.text.startswith(a.title)
    assert "By Mina Park" not in a.text


def test_malformed_canonical_falls_back_to_the_fetched_url(page_bytes):
    body = page_bytes("busan-summit.html").replace(
        b"https://www.harbour-courier.example/world/2025/10/30/leaders-agree-trade-truce-busan/", b"http://[broken")
    a = extract(body, "https://harbour-courier.example/world/x")
    assert a.canonical_url == "https://harbour-courier.example/world/x"


def test_more_text_than_any_article_is_refused(monkeypatch):
    import archive.extract as module

    paragraphs = "".join(f"<p>Row {i}: the council discussed the budget for the coming year.</p>" for i in range(60))
    page = f"<html><body><article><h1>Minutes</h1>{paragraphs}</article></body></html>".encode()
    assert len(extract(page, "https://example.com/a").text) > 2000
    monkeypatch.setattr(module, "MAX_TEXT_CHARS", 2000)  # the real cap is 1,000,000 characters
    with pytest.raises(module.TooMuchText) as err:
        extract(page, "https://example.com/a")
    assert err.value.reason == "text_too_large" and "limit 2,000" in str(err.value)


def test_extractor_bounds_each_page_and_recovers():
    """A page that keeps lxml busy is stopped at the timeout; the next page is extracted as usual."""
    from archive.extract import Extractor, ExtractTimeout

    stuck = ("<html><body><article><h1>Trump and Xi</h1>"
             + "".join(f"<p>w{i} x</p>" for i in range(60_000)) + "</article></body></html>").encode()
    normal = ("<html><head><title>Budget</title></head><body><article><h1>Budget</h1>"
              + "".join(f"<p>The council discussed item {i} of the budget for the coming year today.</p>" for i in range(8))
              + "</article></body></html>").encode()
    with Extractor(timeout=1.0) as extractor:
        assert extractor.extract(normal, "https://example.com/a").title == "Budget"
        started = time.monotonic()
        with pytest.raises(ExtractTimeout) as err:
            extractor.extract(stuck, "https://example.com/b")
        assert time.monotonic() - started < 10 and err.value.reason == "extract_timeout"
        assert extractor.extract(normal, "https://example.com/c").text.startswith("The council")
        with pytest.raises(NoContent):  # the page's own errors come back as they are
            extractor.extract(b"<html><body></body></html>", "https://example.com/d")
