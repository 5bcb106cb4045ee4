"""Outlets to crawl: loaded from a TOML file (the default ships in the package).

A sources file is a list of ``[[source]]`` tables::

    [[source]]
    key = "scmp"                      # short id, stored in articles.source
    name = "South China Morning Post"
    homepage = "https://www.scmp.com"
    language = "en"                   # BCP 47 primary tag of most articles
    country = "HK"                    # ISO 3166 alpha-2 of the newsroom
    feeds = ["https://www.scmp.com/rss/91/feed"]        # RSS or Atom
    sitemaps = ["https://www.scmp.com/sitemap_news.xml"] # news sitemaps or indexes
    sections = ["https://www.scmp.com/news/china"]       # optional: section pages (no feed)
    confirmed = true                  # false: feed/sitemap URLs not verified
    notes = "free text"

and optionally, at the top, ``wire_services = ["..."]``: agencies credited in syndicated copy
besides the built-in list (AP, Reuters, AFP, Xinhua, ...).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

DEFAULT_SOURCES = "sources.toml"


class ConfigError(ValueError):
    """A configuration file is missing or malformed; the message says how to fix it."""


@dataclass(frozen=True)
class Source:
    key: str
    name: str
    homepage: str
    language: str = ""
    country: str = ""
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    confirmed: bool = False
    notes: str = ""
    domains: tuple[str, ...] = field(default=())
    sections: tuple[str, ...] = ()  # section pages (/world, /china) read for article links

    def owns(self, url: str) -> bool:
        """True when ``url`` is on this outlet's site (homepage host or an extra domain)."""
        host = (urlsplit(url).hostname or "").lower()
        for domain in self.all_domains():
            if host == domain or host.endswith("." + domain):
                return True
        return False

    def all_domains(self) -> tuple[str, ...]:
        host = (urlsplit(self.homepage).hostname or "").lower()
        if host.startswith("www."):
            host = host[4:]
        return (host, *self.domains)


def _check_url(value: object, where: str) -> str:
    if not isinstance(value, str) or urlsplit(value).scheme not in ("http", "https"):
        raise ConfigError(f"{where}: {value!r} is not an http(s) URL")
    return value


def parse_sources(text: str, origin: str = "<sources>") -> list[Source]:
    """Parse a sources TOML document; raise ConfigError saying what to fix."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{origin}: not valid TOML ({exc})") from None
    entries = data.get("source")
    if not isinstance(entries, list) or not entries:
        raise ConfigError(f"{origin}: no [[source]] tables; see `summit-archive crawl --help`")
    sources: list[Source] = []
    seen: set[str] = set()
    for i, entry in enumerate(entries, 1):
        where = f"{origin}: source #{i}"
        for required in ("key", "name", "homepage"):
            if not isinstance(entry.get(required), str) or not entry[required]:
                raise ConfigError(f"{where}: missing `{required} = \"...\"`")
        key = entry["key"]
        if key in seen:
            raise ConfigError(f"{where}: duplicate key {key!r}; keys must be unique")
        seen.add(key)
        unknown = set(entry) - {f for f in Source.__dataclass_fields__}
        if unknown:
            raise ConfigError(f"{where} ({key}): unknown field(s) {sorted(unknown)}")
        where = f"{origin}: source {key!r}"
        sources.append(
            Source(
                key=key,
                name=entry["name"],
                homepage=_check_url(entry["homepage"], where),
                language=entry.get("language", ""),
                country=entry.get("country", ""),
                feeds=tuple(_check_url(u, where) for u in entry.get("feeds", [])),
                sitemaps=tuple(_check_url(u, where) for u in entry.get("sitemaps", [])),
                confirmed=bool(entry.get("confirmed", False)),
                notes=entry.get("notes", ""),
                domains=tuple(entry.get("domains", [])),
                sections=tuple(_check_url(u, where) for u in entry.get("sections", [])),
            )
        )
    return sources


def load_wire_services(path: str | Path | None = None) -> tuple[str, ...]:
    """Extra wire-service names (top-level ``wire_services = [...]``) credited in syndicated copy."""
    if path is None or not Path(path).is_file():
        return ()
    try:
        names = tomllib.loads(Path(path).read_text("utf-8")).get("wire_services", [])
    except tomllib.TOMLDecodeError:
        return ()  # load_sources reports the syntax error
    return tuple(n for n in names if isinstance(n, str) and n)


def read_config(path: str | Path | None, default: str, option: str) -> tuple[str, str]:
    """(text, name for messages) of a configuration file, or of the packaged ``default`` when None."""
    if path is None:
        return resources.files("archive").joinpath("data", default).read_text("utf-8"), f"(default) {default}"
    p = Path(path)
    if not p.is_file():
        kind = default.split(".")[0]
        raise ConfigError(f"{kind} file {p} not found; pass {option} PATH or omit it for the default")
    return p.read_text("utf-8"), str(p)


def load_sources(path: str | Path | None = None) -> list[Source]:
    """Load a sources file, or the packaged default when ``path`` is None."""
    return parse_sources(*read_config(path, DEFAULT_SOURCES, "--sources"))
