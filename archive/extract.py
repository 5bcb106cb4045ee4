"""Extraction: raw bytes + URL in, an :class:`Article` out.

Pure and deterministic: the crawl, ``summit-archive extract`` and ``reextract`` all call
:func:`extract`, so what the command prints is exactly what a crawl stores. trafilatura does the
body; we add byte-level decoding, full publication timestamps and the same-site canonical rule.
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import asdict, dataclass
from datetime import date, datetime

import lxml.html
import trafilatura
from lxml import etree

from archive.urls import clean_url, same_site

EXTRACTOR_VERSION = f"summit-archive/1+trafilatura-{trafilatura.__version__}"
# Bounded work (fault catalogue #24): bigger inputs are cut, not parsed whole.
MAX_INPUT_BYTES = 5 * 1024 * 1024
MIN_TEXT_CHARS = 250  # trafilatura's own MIN_EXTRACTED_SIZE: below this it is not an article

_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.-]+)""", re.I)
_HTML_SNIFF_RE = re.compile(rb"<\s*(?:!doctype\s+html|html|head|body|title|meta|div|p|article)\b", re.I)
_BAD_CHARS_RE = re.compile("[\x00\ud800-\udfff]")


class ExtractionError(Exception):
    """The input is not an article; ``reason`` is the fetch-row reason."""

    reason = "extract_failed"


class NotHTML(ExtractionError):
    reason = "not_html"


class NoContent(ExtractionError):
    reason = "no_content"


@dataclass
class Article:
    url: str
    canonical_url: str
    title: str | None
    text: str
    published: str | None  # ISO 8601 datetime with offset when the page gives one, else a date
    published_source: str | None  # which evidence gave `published`
    author: str | None
    sitename: str | None
    language: str | None
    description: str | None
    extractor_version: str = EXTRACTOR_VERSION

    def to_dict(self) -> dict:
        return asdict(self)


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode from the bytes: BOM, then valid UTF-8, then <meta charset>, then the header.

    Servers often label UTF-8 pages as ISO-8859-1 (fault #20); valid UTF-8 of any length is
    almost never another encoding, so the bytes win over the header.
    """
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if body.startswith(bom):
            return body[len(bom):].decode(enc, errors="replace"), enc
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = []
    if m := _META_CHARSET_RE.search(body[:4096]):
        candidates.append(m.group(1).decode("ascii", "ignore"))
    if content_type and (m := re.search(r"charset=([\w:.-]+)", content_type, re.I)):
        candidates.append(m.group(1))
    for name in candidates:
        try:
            enc = codecs.lookup(name).name
        except LookupError:
            continue  # unknown charset name: fall through to the next evidence
        return body.decode(enc, errors="replace"), enc
    return body.decode("utf-8", errors="replace"), "utf-8"


def looks_like_html(body: bytes, content_type: str | None = None) -> bool:
    """Content-Type when it says something definite, else a sniff of the first bytes."""
    ctype = (content_type or "").split(";")[0].strip().lower()
    if ctype and ctype not in ("text/html", "application/xhtml+xml", "text/plain", "application/octet-stream", ""):
        return False
    head = body[:1024].lstrip()
    if head.startswith((b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8", b"PK\x03\x04", b"{", b"[")):
        return False
    return bool(_HTML_SNIFF_RE.search(body[:4096]))


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = _BAD_CHARS_RE.sub("", value).replace("\ufeff", "").strip()
    return value or None


def parse_when(value: str | None) -> str | None:
    """Normalise a timestamp or day to ISO 8601; None if it is neither."""
    if not value:
        return None
    value = value.strip()
    if len(value) == 10:  # a bare day stays a day: no invented midnight
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def _jsonld_objects(tree: etree._Element):
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            obj = stack.pop()
            if isinstance(obj, list):
                stack.extend(obj)
            elif isinstance(obj, dict):
                yield obj
                stack.extend(v for k, v in obj.items() if k == "@graph")


def _published(tree: etree._Element) -> tuple[str | None, str | None]:
    """The publication timestamp with the most precise evidence first."""
    for obj in _jsonld_objects(tree):
        if when := parse_when(obj.get("datePublished") if isinstance(obj.get("datePublished"), str) else None):
            return when, "json-ld"
    for xpath, source in (
        ('//meta[@property="article:published_time"]/@content', "meta:article:published_time"),
        ('//meta[@itemprop="datePublished"]/@content', "meta:itemprop"),
        ('//meta[@name="pubdate" or @name="publishdate" or @name="date"]/@content', "meta:name"),
        ("//article//time[@datetime][1]/@datetime | //time[@pubdate][1]/@datetime", "time"),
    ):
        for value in tree.xpath(xpath):
            if when := parse_when(value):
                return when, source
    return None, None


def _language(tree: etree._Element) -> str | None:
    for value in tree.xpath("/html/@lang | /html/@xml:lang | //meta[@http-equiv='content-language']/@content"):
        tag = value.strip().replace("_", "-")
        if tag:
            return tag.split("-")[0].lower()
    return None


def extract(body: bytes, url: str, content_type: str | None = None) -> Article:
    """Extract the article in ``body`` fetched from ``url``.

    Raises :class:`NotHTML` or :class:`NoContent` (both :class:`ExtractionError`) when the input
    is not an article page; the caller records ``exc.reason``.
    """
    if not body.strip():
        raise NoContent("empty body")
    if not looks_like_html(body, content_type):
        raise NotHTML(f"not an HTML page (Content-Type {content_type or 'unknown'})")
    html, _encoding = decode_html(body[:MAX_INPUT_BYTES], content_type)
    html = _BAD_CHARS_RE.sub("", html)
    try:
        tree = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise NoContent(f"unparseable HTML: {exc}") from None
    published, published_source = _published(tree)
    language = _language(tree)
    doc = trafilatura.bare_extraction(
        html, url=url, include_comments=False, with_metadata=True, include_tables=True
    )
    if doc is None or not doc.text or len(doc.text) < MIN_TEXT_CHARS:
        raise NoContent("no article text found")
    text = doc.text
    title = _clean(doc.title)
    # trafilatura sometimes repeats the headline as the body's first line.
    if title and text.startswith(title + "\n"):
        text = text[len(title) + 1:]
    if published is None and doc.date:
        published, published_source = doc.date, "htmldate"
    canonical = doc.url if doc.url and same_site(doc.url, url) else url
    if language is None:
        language = _detect_language(text)
    return Article(
        url=url,
        canonical_url=clean_url(canonical),
        title=title,
        text=_clean(text) or "",
        published=published,
        published_source=published_source,
        author=_clean(doc.author),
        sitename=_clean(doc.sitename),
        language=language,
        description=_clean(doc.description),
    )


def _detect_language(text: str) -> str | None:
    import py3langid  # imported late: loading its model costs ~0.3 s that most pages never need

    lang, _score = py3langid.classify(text[:2000])
    return lang
