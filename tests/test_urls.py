from archive.urls import clean_url, same_site, url_key


def test_clean_url_strips_trackers_sessions_and_fragments():
    assert clean_url("https://Example.com/a/b/?utm_source=x&id=3&fbclid=abc#frag") == "https://example.com/a/b/?id=3"
    assert clean_url("http://example.com/a;jsessionid=123?b=2&a=1&PHPSESSID=9") == "http://example.com/a?a=1&b=2"


def test_url_key_unifies_variants_of_one_article():
    variants = [
        "https://www.example.com/news/2025/10/30/truce/",
        "http://example.com/news/2025/10/30/truce",
        "https://m.example.com/news/2025/10/30/truce/?utm_medium=social",
        "https://example.com/news/2025/10/30/truce/amp/",
        "https://example.com/news/2025/10/30/truce?amp=1",
        "https://example.com/news/2025/10/30/truce/#comments",
    ]
    assert {url_key(u) for u in variants} == {"example.com/news/2025/10/30/truce"}


def test_url_key_keeps_what_identifies_content():
    assert url_key("https://example.com/story?id=1") != url_key("https://example.com/story?id=2")
    assert url_key("http://127.0.0.1:8800/a/") != url_key("http://127.0.0.1:8801/a/")


def test_same_site():
    assert same_site("https://www.example.com/a", "https://example.com/b")
    assert same_site("https://news.example.com/a", "https://example.com/b")
    assert not same_site("https://example.com/a", "https://example.org/a")


def test_is_fetchable():
    from archive.urls import is_fetchable

    assert is_fetchable("https://example.com/a b")  # a space in the path is escaped when fetched
    for bad in ("http://[bad/x", "mailto:a@b.c", "javascript:void(0)", "http://exa mple.com/", "http://x.example:99999/",
                "ftp://x.example/y", ""):
        assert not is_fetchable(bad), bad
