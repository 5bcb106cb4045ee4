"""Discovery: feeds, sitemaps, GDELT answers and section pages (bytes) into article links.

Pure functions, so spiders, backfill and tests share them. Parsing is defensive: malformed
documents yield what parses; no external entities are ever resolved (XXE, billion laughs).
"""

from __future__ import annotations

import calendar
import gzip
import io
import json
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import parse_qsl, urljoin, urlsplit

import feedparser
from lxml import etree
from lxml import html as _lxml_html

from archive.extract import parse_when
from archive.urls import clean_url, is_fetchable, same_site, url_key

MAX_SITEMAP_BYTES = 50 * 1024 * 1024  # the sitemaps.org limit for one uncompressed file


class UnparseableListing(ValueError):
    """Neither a feed nor a sitemap could be read from the bytes."""


@dataclass(frozen=True)
class Link:
    url: str
    published: str | None = None  # ISO 8601 from the feed entry or news:publication_date
    title: str | None = None
    modified: str | None = None  # the entry's updated / lastmod: a changed article is re-fetched
    source: str | None = None  # the outlet, when the listing spans outlets (GDELT, seed lists)


def join_url(base: str, href: str) -> str | None:
    """``href`` resolved against ``base`` if that gives a fetchable http(s) URL, else None.

    Listings carry junk ("http://[bad", mailto:, a port of 99999): one bad link must not cost the rest.
    """
    try:
        url = urljoin(base, href.strip())
    except ValueError:
        return None
    return url if is_fetchable(url) else None


def _struct_to_iso(value) -> str | None:
    if not value:
        return None
    return datetime.fromtimestamp(calendar.timegm(value), timezone.utc).isoformat()


def parse_feed(body: bytes, base_url: str) -> list[Link]:
    """Links of an RSS 0.9x–2.0, RSS 1.0 or Atom feed (feedparser, which recovers from bad XML)."""
    parsed = feedparser.parse(io.BytesIO(body), response_headers={"content-location": base_url})
    if not parsed.entries and parsed.get("bozo") and not parsed.feed:
        raise UnparseableListing(f"not a feed: {parsed.get('bozo_exception')}")
    links = []
    for entry in parsed.entries:
        href = entry.get("link") or next((l.get("href") for l in entry.get("links", []) if l.get("href")), None)
        if not href:
            continue
        when = _struct_to_iso(entry.get("published_parsed") or entry.get("updated_parsed"))
        modified = _struct_to_iso(entry.get("updated_parsed"))
        if url := join_url(base_url, href):
            links.append(Link(url, when, entry.get("title"), modified))
    return links


def maybe_gunzip(body: bytes, limit: int = MAX_SITEMAP_BYTES) -> bytes:
    """Gunzip ``body`` if it is gzip, reading at most ``limit`` bytes (bomb-safe)."""
    if not body.startswith(b"\x1f\x8b"):
        return body
    with gzip.GzipFile(fileobj=io.BytesIO(body)) as f:
        data = f.read(limit + 1)
    if len(data) > limit:
        raise UnparseableListing(f"gzipped sitemap larger than {limit} bytes when decompressed")
    return data


_SAFE_PARSER = dict(resolve_entities=False, no_network=True, recover=True, huge_tree=False,
                    remove_comments=True, load_dtd=False)


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def parse_sitemap(body: bytes, base_url: str) -> tuple[bool, list[Link]]:
    """(is_index, links) of a sitemap, sitemap index or Google News sitemap.

    Unlike Scrapy's SitemapSpider this keeps ``news:publication_date`` and ``news:title``.
    """
    body = maybe_gunzip(body)
    try:
        root = etree.fromstring(body, etree.XMLParser(**_SAFE_PARSER))
    except etree.XMLSyntaxError as exc:
        raise UnparseableListing(f"not XML: {exc}") from None
    if root is None or _local(root.tag) not in ("urlset", "sitemapindex"):
        raise UnparseableListing("not a sitemap (root element is neither urlset nor sitemapindex)")
    is_index = _local(root.tag) == "sitemapindex"
    links = []
    for entry in root:
        fields: dict[str, str] = {}
        for child in entry.iter():
            name = _local(child.tag)
            if child.text and child.text.strip() and name not in fields:
                fields[name] = child.text.strip()
        loc = fields.get("loc")
        if not loc:
            continue
        when = parse_when(fields.get("publication_date") or fields.get("lastmod"))
        if url := join_url(base_url, loc):
            links.append(Link(url, when, fields.get("title"), parse_when(fields.get("lastmod"))))
    return is_index, links


# --- GDELT DOC 2.0, section pages, hreflang alternates, seed URL lists ----------------------
# (Added for the gdelt, sections and urls spiders; pure like the rest of this module.)

class GdeltError(UnparseableListing):
    """GDELT answered 200 with something other than its JSON (an error page or message).

    ``reason`` is what the fetch row records: ``gdelt_error`` (a plain-text message such as
    "Please limit requests to one every 5 seconds"), ``gdelt_html_error`` (an HTML page),
    ``gdelt_empty`` (no body at all) or ``unparseable_gdelt`` (JSON that does not parse or has
    an unexpected shape). The message (shortened) says what GDELT said.
    """

    def __init__(self, message: str, reason: str):
        super().__init__(message)
        self.reason = reason


_INVALID_ESCAPE_RE = re.compile(r'\\(?!["\\/bfnrtu])')
_TAG_RE = re.compile(r"<[^>]*>")


def gdelt_seendate(value: str | None) -> str | None:
    """GDELT's ``seendate`` (``20251030T054500Z``) as ISO 8601 UTC, or None."""
    if not value:
        return None
    try:
        when = datetime.strptime(value.strip(), "%Y%m%dT%H%M%SZ")
    except ValueError:
        return None
    return when.replace(tzinfo=timezone.utc).isoformat()


def parse_gdelt(body: bytes) -> list[Link]:
    """Article links of a GDELT DOC 2.0 ``mode=ArtList&format=json`` answer (``{}``: none).

    ``seendate`` (when GDELT saw the article) is the date hint. Entries are kept in order and
    not deduplicated, so ``len()`` is the number of records GDELT returned (250 = capped).
    Raises GdeltError (an UnparseableListing) for error pages and messages.
    """
    text = body.decode("utf-8", "replace").lstrip("\ufeff").strip()
    if not text:
        raise GdeltError("empty response body", "gdelt_empty")
    if text[0] not in "{[":
        if text[0] == "<":
            message = " ".join(_TAG_RE.sub(" ", text).split())[:200]
            raise GdeltError(f"HTML instead of JSON: {message or '(no text)'}", "gdelt_html_error")
        raise GdeltError(" ".join(text.split())[:200], "gdelt_error")
    try:
        data = json.loads(text, strict=False)
    except ValueError:
        try:  # GDELT titles sometimes carry backslashes that are not JSON escapes
            data = json.loads(_INVALID_ESCAPE_RE.sub(r"\\\\", text), strict=False)
        except ValueError as exc:
            raise GdeltError(f"not JSON: {exc}", "unparseable_gdelt") from None
    if not isinstance(data, dict):
        raise GdeltError(f"expected a JSON object, got {type(data).__name__}", "unparseable_gdelt")
    articles = data.get("articles")
    if articles is None:
        if not data:
            return []  # GDELT's "no results"
        raise GdeltError(f"JSON without articles (keys {sorted(data)[:5]})", "unparseable_gdelt")
    if not isinstance(articles, list):
        raise GdeltError("articles is not a list", "unparseable_gdelt")
    links = []
    for entry in articles:
        if not isinstance(entry, dict):
            continue
        url = entry.get("url")
        if not isinstance(url, str) or not join_url(url, ""):
            continue
        title = entry.get("title")
        title = " ".join(title.split()) if isinstance(title, str) and title.strip() else None
        links.append(Link(url.strip(), gdelt_seendate(entry.get("seendate")), title))
    return links


DEFAULT_GDELT_QUERY = ('(Trump OR Biden OR Obama) ("Xi Jinping" OR "President Xi") '
                       '(summit OR meeting OR talks OR call OR visit)')


def _or_group(terms: list[str]) -> str:
    quoted = [f'"{t}"' if " " in t else t for t in terms]
    return quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")"


def gdelt_query_from_topic(topic_toml: str, max_terms: int = 10) -> str:
    """A GDELT DOC query built from a topic file's groups: US leader AND Chinese leader AND cue.

    GDELT wants OR groups in parentheses and keywords of at least 3 characters (so "Xi" only
    inside phrases: "Xi Jinping", "President Xi"). Takes plain ASCII terms of ``leader_us``
    (single words), ``leader_cn`` (phrases naming Xi, shortest forms) and ``meeting`` + ``visit``
    (single words, trailing * dropped); falls back to DEFAULT_GDELT_QUERY when a group yields
    nothing. GDELT searches machine translations of non-English coverage too.
    """
    try:
        groups = tomllib.loads(topic_toml).get("groups", {})
    except tomllib.TOMLDecodeError:
        return DEFAULT_GDELT_QUERY

    def plain(group: str) -> list[str]:
        terms = groups.get(group, {}).get("terms", []) if isinstance(groups.get(group), dict) else []
        return [t for t in terms if isinstance(t, str) and t.isascii() and not t.startswith("re:")]

    us = [t for t in plain("leader_us") if re.fullmatch(r"[A-Z][a-z]{2,}", t)]
    cn = [t for t in plain("leader_cn") if re.fullmatch(r"[A-Za-z' ]+", t) and re.search(r"\bXi\b", t) and " " in t]
    cn = [t for t in cn if not any(o != t and o in t for o in cn)]  # "President Xi Jinping" ⊃ "Xi Jinping"
    cues: list[str] = []
    for group in ("meeting", "visit"):
        for term in plain(group):
            word = term[:-1] if term.endswith("*") else term
            if group == "meeting" and len(cues) >= max_terms - 1:
                break  # leave room for one travel word
            if re.fullmatch(r"[a-z]{4,}", word) and word not in cues:
                cues.append(word)
                if group == "visit":
                    break  # one travel word is enough; the rest are noisy ("land", "fly")
    if not (us and cn and cues):
        return DEFAULT_GDELT_QUERY
    return " ".join(_or_group(g[:max_terms]) for g in (us, cn, cues))


# Section pages: which links are articles, which are further section pages, which are traps.

MAX_LINK_URL_LENGTH = 300
_DATE_PATH_RE = re.compile(
    r"/(?:19|20)\d\d(?:[/-]?)(?:0[1-9]|1[0-2])(?:[/-]?(?:0[1-9]|[12]\d|3[01]))?(?=/|$|[-_.])")
_NOT_ARTICLE_SEGMENTS = frozenset("""
tag tags topic topics author authors byline people profile profiles category categories
login log-in signin sign-in signup sign-up register account accounts subscribe subscription
newsletter newsletters video videos watch live podcast podcasts audio gallery galleries photos
search calendar calendars events archive archives rss feed feeds print share email cart shop
privacy terms about contact help cookies advertise jobs careers
""".split())
_SKIP_EXTENSIONS = (".pdf", ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".mp3", ".mp4", ".zip",
                    ".xml", ".rss", ".json", ".js", ".css", ".ico")
_CALENDAR_PARAMS = frozenset({"date", "day", "month", "year", "week", "from", "to", "start", "end", "d", "ym"})
_SESSION_PARAM_RE = re.compile(r"^(?:jsessionid|phpsessid|sessionid|session|sid|sess|aspsessionid\w*|cfid|cftoken|s)$", re.I)
_PAGE_PARAMS = frozenset({"page", "p", "pg", "pagenum", "pageno"})
_PAGE_PATH_RE = re.compile(r"/page/\d{1,4}/?$")


def _segments(path: str) -> list[str]:
    return [s for s in path.lower().split("/") if s]


def is_trap_url(url: str, max_length: int = MAX_LINK_URL_LENGTH) -> bool:
    """Too long, a session id, a calendar/date-archive page, or a non-page file."""
    if len(url) > max_length:
        return True
    parts = urlsplit(url)
    if ";" in parts.path and re.search(r";(?:jsessionid|phpsessid|sessionid|sid)=", parts.path, re.I):
        return True
    params = parse_qsl(parts.query, keep_blank_values=True)
    if any(_SESSION_PARAM_RE.match(k) for k, _ in params):
        return True
    if any(k.lower() in _CALENDAR_PARAMS for k, _ in params):
        return True
    path = parts.path.lower()
    if path.endswith(_SKIP_EXTENSIONS):
        return True
    segments = _segments(path)
    if len(segments) > 12 or any(segments.count(s) > 2 for s in segments):  # /a/b/a/b/a/b loops
        return True
    # a path that ends in a date is a day/month archive (calendars link to the next day forever)
    if re.search(r"/(?:19|20)\d\d(?:[/-]\d{1,2}){0,2}/?$", path) or re.search(r"/(?:19|20)\d{6}/?$", path):
        return True
    return False


def is_article_url(url: str) -> bool:
    """An article-like URL: a date in the path followed by more, a long slug, or a numeric id.

    Not tag, author, category, login, video, search, calendar or archive pages.
    """
    parts = urlsplit(url)
    segments = _segments(parts.path)
    if not segments or any(s in _NOT_ARTICLE_SEGMENTS for s in segments):
        return False
    if _PAGE_PATH_RE.search(parts.path) or any(k.lower() in _PAGE_PARAMS for k, _ in parse_qsl(parts.query)):
        return False
    last = re.sub(r"\.(?:s?html?|php|aspx?|cms)$", "", segments[-1])
    date = _DATE_PATH_RE.search(parts.path.lower())
    if date and parts.path.lower()[date.end():].strip("/"):
        return True  # /2025/10/30/slug, /20251030/abc/c.html, /a/202510/30/WS1.html
    if last.count("-") >= 3 and len(last) >= 20:
        return True  # a long slug: trump-and-xi-meet-in-busan
    if re.search(r"(?:^|\D)\d{5,}(?:\D|$)", last):
        return True  # a numeric id: /article/1234567, /news/a1234567.html
    if len(last) >= 8 and "-" not in last and re.fullmatch(r"[a-z0-9_]+", last) and len(re.findall(r"\d", last)) >= 2 \
            and re.search(r"[a-z]", last):
        return True  # an opaque id: /news/articles/c0l2x3y4z
    return False


def _is_pagination_of(url: str, base_url: str) -> bool:
    """``url`` is another page of the listing at ``base_url`` (?page=2, /page/2)."""
    u, b = urlsplit(url), urlsplit(base_url)
    if _PAGE_PATH_RE.search(u.path):
        return _PAGE_PATH_RE.sub("", u.path).rstrip("/") == _PAGE_PATH_RE.sub("", b.path).rstrip("/")
    params = parse_qsl(u.query)
    if u.path.rstrip("/") == b.path.rstrip("/") and params:
        return all(k.lower() in _PAGE_PARAMS and v.isdigit() and len(v) <= 4 for k, v in params)
    return False


def _is_subsection_of(url: str, base_url: str) -> bool:
    """``url`` is one level below the section at ``base_url`` (/world → /world/asia), no query."""
    u, b = urlsplit(url), urlsplit(base_url)
    if u.query:
        return False
    us, bs = _segments(u.path), _segments(b.path)
    return len(us) == len(bs) + 1 and us[:len(bs)] == bs and not any(s in _NOT_ARTICLE_SEGMENTS for s in us)


def _html_root(body: bytes):
    if not body or not body.strip():
        raise UnparseableListing("empty page")
    try:
        return _lxml_html.fromstring(body)
    except (etree.ParserError, ValueError) as exc:
        raise UnparseableListing(f"not HTML: {exc}") from None


def parse_section(body: bytes, base_url: str,
                  max_url_length: int = MAX_LINK_URL_LENGTH) -> tuple[list[Link], list[str]]:
    """(article links, further section pages) of a section page (an outlet's /world, /china ...).

    Only links on the same site. Articles: article-like URLs (is_article_url), with the anchor
    text as title hint. Further pages: pagination of this page and sub-sections one level down.
    Session ids and trackers are removed (clean_url) before deduplication; calendar pages,
    session-id links, overlong URLs and files are dropped (is_trap_url). Order is page order.
    """
    root = _html_root(body)
    base = base_url
    base_el = root.find(".//base[@href]")
    if base_el is not None:
        base = join_url(base_url, base_el.get("href", "")) or base_url
    self_key = url_key(base_url)
    links: dict[str, Link] = {}
    pages: dict[str, str] = {}
    for anchor in root.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        raw = join_url(base, href)
        if raw is None or not same_site(raw, base_url):
            continue
        if is_trap_url(raw, max_url_length):
            continue
        url = clean_url(raw)
        key = url_key(url)
        if key == self_key or key in links or key in pages:
            continue
        if is_article_url(url):
            title = " ".join(anchor.text_content().split()) or None
            links[key] = Link(url, None, title[:300] if title else None)
        elif _is_pagination_of(url, base_url) or _is_subsection_of(url, base_url):
            pages[key] = url
    return list(links.values()), list(pages.values())


def parse_hreflang(body: bytes, base_url: str, limit: int = 20) -> list[tuple[str, str]]:
    """(language, URL) of a page's ``<link rel="alternate" hreflang=... href=...>``, minus itself."""
    if b"hreflang" not in body[:500_000].lower():
        return []
    try:
        root = _lxml_html.fromstring(body)
    except (etree.ParserError, ValueError):
        return []
    self_key = url_key(base_url)
    seen: set[str] = set()
    out = []
    for el in root.iter("link"):
        rel = (el.get("rel") or "").lower().split()
        lang, href = el.get("hreflang"), (el.get("href") or "").strip()
        if "alternate" not in rel or not lang or not href:
            continue
        url = join_url(base_url, href)
        if url is None:
            continue
        key = url_key(url)
        if key == self_key or key in seen:
            continue
        seen.add(key)
        out.append((lang.strip().lower(), clean_url(url)))
        if len(out) >= limit:
            break
    return out


# Seed URL lists and which outlet a URL belongs to.


def parse_url_list(text: str) -> tuple[list[str], list[tuple[int, str]]]:
    """(URLs, rejected (line number, line)) of a seed list: one URL a line, ``#`` comments.

    Blank lines and lines starting with ``#`` are ignored; `` # ...`` after a URL is a comment.
    URLs are kept in order, duplicates (by url_key) dropped; non-http(s) lines are rejected.
    """
    urls: dict[str, str] = {}
    rejected = []
    for n, line in enumerate(text.splitlines(), 1):
        line = re.split(r"\s+#", line.strip(), maxsplit=1)[0].strip()
        if not line or line.startswith("#"):
            continue
        if " " in line or not join_url(line, ""):
            rejected.append((n, line))
            continue
        urls.setdefault(url_key(line), line)
    return list(urls.values()), rejected


def registrable_domain(url: str) -> str:
    """The registrable domain of ``url``'s host ("www.bbc.co.uk" → "bbc.co.uk"); IPs and
    single-label hosts as they are. Uses the public suffix list bundled with ``tld`` (offline)."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    if not host:
        return ""
    try:
        from tld import get_fld

        domain = get_fld(host, fix_protocol=True, fail_silently=True)
    except Exception:  # noqa: BLE001 - a PSL problem must not stop a crawl
        domain = None
    if domain:
        return domain
    return host[4:] if host.startswith("www.") else host


def source_for_url(url: str, sources: Iterable) -> str:
    """The key of the first source that owns ``url``, else its registrable domain."""
    for source in sources:
        if source.owns(url):
            return source.key
    return registrable_domain(url)
