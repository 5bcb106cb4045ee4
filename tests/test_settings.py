"""Security and politeness defaults (fault catalogue 38 d-f, section 7)."""

import brotli
from scrapy.utils.project import get_project_settings


def test_safe_defaults(monkeypatch):
    monkeypatch.setenv("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    s = get_project_settings()
    assert s.getbool("ROBOTSTXT_OBEY") is True
    assert s.getbool("TELNETCONSOLE_ENABLED") is False
    assert s.getbool("REMOTE_CONTROL_ENABLED") is False
    handlers = s.getdict("DOWNLOAD_HANDLERS")
    assert all(handlers[scheme] is None for scheme in ("file", "data", "ftp", "s3"))
    assert 0 < s.getint("DOWNLOAD_MAXSIZE") <= 10 * 1024 * 1024
    assert s.getint("CONCURRENT_REQUESTS_PER_DOMAIN") <= 2
    assert s.getbool("AUTOTHROTTLE_ENABLED")
    # the operator's contact is added with `crawl --contact` (tests/test_crawl_integrity.py)
    assert s.get("USER_AGENT").startswith("summit-archive/") and "robots.txt" in s.get("USER_AGENT")


def test_brotli_is_new_enough_to_be_bomb_safe():
    major, minor = (int(x) for x in brotli.__version__.split(".")[:2])
    assert (major, minor) >= (1, 2)
