"""The packaged outlet list (archive/data/sources.toml) and the sources parser."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from archive.sources import ConfigError, load_sources, parse_sources

REQUIRED_KEYS = {
    "scmp", "reuters", "ap", "xinhua_en", "xinhua_zh", "chinadaily", "globaltimes",
    "huanqiu", "cgtn", "peoples_daily_en", "peoples_daily_zh", "cctv", "nyt", "wapo",
    "politico", "cnn", "bbc", "bbc_zh", "voa_zh", "rfi_zh", "nikkei_asia", "japantimes",
    "straitstimes", "yonhap", "aljazeera", "theprint", "reportaz", "thehill", "nbc",
    "foxnews", "caixin_global", "zaobao",
}

MINIMAL = '''
[[source]]
key = "one"
name = "One"
homepage = "https://one.example"
'''


@pytest.fixture(scope="module")
def sources():
    return load_sources()


def test_default_has_at_least_30_outlets(sources):
    assert len(sources) >= 30


def test_keys_unique(sources):
    keys = [s.key for s in sources]
    assert len(keys) == len(set(keys))


def test_required_outlets_present(sources):
    missing = REQUIRED_KEYS - {s.key for s in sources}
    assert not missing, f"missing outlets: {sorted(missing)}"


def test_every_url_is_https(sources):
    for s in sources:
        for url in (s.homepage, *s.feeds, *s.sitemaps):
            parts = urlsplit(url)
            assert parts.scheme == "https" and parts.hostname, f"{s.key}: {url}"


def test_at_least_eight_chinese_language_sources(sources):
    assert sum(1 for s in sources if s.language == "zh") >= 8


def test_fields_are_sane(sources):
    for s in sources:
        assert s.name and s.language and len(s.country) == 2 and s.country.isupper(), s.key
        assert s.notes, f"{s.key}: notes should say where URLs come from"
        for domain in s.domains:
            assert "/" not in domain and "." in domain and domain == domain.lower(), (s.key, domain)
        # an outlet owns its own homepage
        assert s.owns(s.homepage), s.key


def test_domains_cover_article_hosts(sources):
    by_key = {s.key: s for s in sources}
    assert by_key["ap"].owns("https://apnews.com/article/xyz")
    assert by_key["xinhua_en"].owns("https://english.news.cn/20251030/abc/c.html")
    assert by_key["chinadaily"].owns("https://global.chinadaily.com.cn/a/202510/30/WS1.html")
    assert by_key["bbc"].owns("https://www.bbc.co.uk/news/articles/x")
    assert not by_key["ap"].owns("https://apnews.com.evil.example/x")


def test_parse_minimal():
    [s] = parse_sources(MINIMAL)
    assert (s.key, s.feeds, s.sitemaps, s.confirmed) == ("one", (), (), False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[[source]\nkey = ", "not valid TOML"),
        ("title = 'x'\n", "no [[source]] tables"),
        ('[[source]]\nname = "N"\nhomepage = "https://n.example"\n', "missing `key"),
        ('[[source]]\nkey = "k"\nhomepage = "https://n.example"\n', "missing `name"),
        ('[[source]]\nkey = "k"\nname = "N"\n', "missing `homepage"),
        (MINIMAL + MINIMAL, "duplicate key 'one'"),
        (MINIMAL + 'feeds = ["ftp://one.example/rss"]\n', "is not an http(s) URL"),
        (MINIMAL + 'sitemaps = ["one.example/sitemap.xml"]\n', "is not an http(s) URL"),
        ('[[source]]\nkey = "k"\nname = "N"\nhomepage = "file:///etc"\n', "is not an http(s) URL"),
        (MINIMAL + 'feed = ["https://one.example/rss"]\n', "unknown field(s) ['feed']"),
    ],
)
def test_parse_errors_are_helpful(text, expected):
    with pytest.raises(ConfigError) as info:
        parse_sources(text, "my.toml")
    message = str(info.value)
    assert expected in message
    assert message.startswith("my.toml")


def test_load_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_sources(tmp_path / "nope.toml")


def test_load_from_path(tmp_path):
    path = tmp_path / "s.toml"
    path.write_text(MINIMAL, "utf-8")
    assert [s.key for s in load_sources(path)] == ["one"]
