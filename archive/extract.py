"""Extraction: raw bytes + URL in, an :class:`Article` out.

Pure and deterministic: the crawl, ``summit-archive extract`` and ``reextract`` all call
:func:`extract`, so what the command prints is exactly what a crawl stores. The page is parsed
once; trafilatura picks the body from that tree, then structural rules (``docs/extraction.md``)
remove what it lets through: blocks repeated on the page, the leaked headline, standfirst and
dateline, tag lists, "top stories" link lists, newsletter and author-contact lines. Metadata
(timestamps with their time zone, title without the site-name suffix, authors, section, tags)
comes from the page's own structured data first, visible markup second, htmldate last.
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import trafilatura
from lxml import etree
from trafilatura.utils import load_html
from trafilatura.xml import xmltotxt

from archive.urls import clean_url, is_fetchable, same_site

EXTRACTOR_VERSION = f"summit-archive/3+trafilatura-{trafilatura.__version__}"
# Bounded work (fault catalogue #24): bigger inputs are cut, not parsed whole.
MAX_INPUT_BYTES = 5 * 1024 * 1024
MIN_TEXT_CHARS = 250  # trafilatura's own MIN_EXTRACTED_SIZE: below this it is not an article
# Bounded output: the longest real articles (speech transcripts, live blogs) are ~300k characters;
# a 50,000-cell table with colspan expands to 15 MB, which no archive row or FTS index should hold.
MAX_TEXT_CHARS = 1_000_000
EXTRACT_TIMEOUT = 20.0  # seconds per page in a worker process (fault catalogue #24)

_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.-]+)""", re.I)
_HTML_SNIFF_RE = re.compile(rb"<\s*(?:!doctype\s+html|html|head|body|title|meta|div|p|article)\b", re.I)
_BAD_CHARS_RE = re.compile("[\x00\ud800-\udfff]")
_WORD_RE = re.compile(r"\w+")


class ExtractionError(Exception):
    """The input is not an article; ``reason`` is the fetch-row reason."""

    reason = "extract_failed"


class NotHTML(ExtractionError):
    reason = "not_html"


class NoContent(ExtractionError):
    reason = "no_content"


class TooMuchText(ExtractionError):
    """More text than any article has (a data dump, a giant table): the raw capture is kept."""

    reason = "text_too_large"


class ExtractTimeout(ExtractionError):
    reason = "extract_timeout"


class ExtractCrashed(ExtractionError):
    reason = "extract_crashed"


@dataclass
class Article:
    url: str
    canonical_url: str
    title: str | None
    text: str
    published: str | None  # ISO 8601 datetime with offset when the page gives one, else a date
    published_source: str | None  # which evidence gave `published`
    author: str | None  # the authors joined with "; "
    sitename: str | None
    language: str | None
    description: str | None
    extractor_version: str = EXTRACTOR_VERSION
    modified: str | None = None  # last-modified timestamp, same format as `published`
    authors: list[str] = field(default_factory=list)
    section: str | None = None
    tags: list[str] = field(default_factory=list)

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


def _clean(value: str | None, multiline: bool = False) -> str | None:
    """No NUL, lone surrogates or BOM; one-line fields get their whitespace collapsed."""
    if value is None:
        return None
    value = _BAD_CHARS_RE.sub("", value).replace("\ufeff", "")
    value = value.strip() if multiline else re.sub(r"\s+", " ", value).strip()
    return value or None


def _norm(text: str | None) -> str:
    """Comparison key: lower-cased word runs (the benchmark's own tokens)."""
    return " ".join(_WORD_RE.findall((text or "").lower()))


# --- timestamps ----------------------------------------------------------------------------

_ISO_LOOSE_RE = re.compile(
    r"^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?$", re.I
)


def _plausible(d: date) -> bool:
    return 1995 <= d.year and d <= date.today() + timedelta(days=2)


def parse_when(value: str | None) -> str | None:
    """Normalise a timestamp or day to ISO 8601; None if it is neither.

    ISO 8601 (also without separators or with a space), and RFC 2822 (``Tue, 19 Nov 2019
    10:00:00 GMT``). A bare day stays a day: no invented midnight; a zone is kept when given.
    """
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    if m := _ISO_LOOSE_RE.match(value):
        y, mo, d, hh, mm, ss, tz = m.groups()
        try:
            day = date(int(y), int(mo), int(d))
            if hh is None:
                return day.isoformat()
            tzinfo = None
            if tz and tz.upper() in ("Z", "UTC", "GMT"):
                tzinfo = timezone.utc
            elif tz:
                sign = 1 if tz[0] == "+" else -1
                digits = tz[1:].replace(":", "")
                tzinfo = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
            return datetime(day.year, day.month, day.day, int(hh), int(mm), int(ss or 0), tzinfo=tzinfo).isoformat()
        except ValueError:
            return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def _when(value) -> str | None:
    """parse_when plus a plausibility check (no 1970 epochs, nothing from the future)."""
    if isinstance(value, list) and value:
        value = value[0]
    when = parse_when(value) if isinstance(value, str) else None
    if when is None and isinstance(value, str) and len(value) < 60:
        when = _visible_date(value)  # "Di., 25.01.2022 - 14:45": a day, not a timestamp
    if when and _plausible(date.fromisoformat(when[:10])):
        return when
    return None


# --- structured data -----------------------------------------------------------------------

_ARTICLE_TYPE_RE = re.compile(r"Article|Posting|Report|Story|Blog", re.I)


def _jsonld_objects(tree: etree._Element):
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            try:  # common breakage: raw newlines/tabs inside strings
                data = json.loads(re.sub(r"[\n\r\t]+", " ", raw))
            except ValueError:
                continue
        stack = [data]
        while stack:
            obj = stack.pop(0)
            if isinstance(obj, list):
                stack.extend(obj)
            elif isinstance(obj, dict):
                yield obj
                stack.extend(v for k, v in obj.items() if k in ("@graph", "mainEntity", "itemListElement") and isinstance(v, (list, dict)))


def _is_article(obj: dict) -> bool:
    types = obj.get("@type")
    types = types if isinstance(types, list) else [types]
    return any(isinstance(t, str) and _ARTICLE_TYPE_RE.search(t) for t in types)


def _names(value) -> list[str]:
    """Person names from a schema.org author value (string, object, or a list of them)."""
    out = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict):
            item = item.get("name")
            if isinstance(item, list):
                item = " ".join(str(x) for x in item)
        if isinstance(item, str):
            out.extend(_split_authors(item))
    return out


_BY_RE = re.compile(r"^\s*(?:(?:analysis|opinion|commentary|story|text|words|reporting|written)\s+)?"
                    r"(?:by|por|von|par|di|door|av|przez|автор|作者|文|记者)\s*[:：]?\s+", re.I)


def _split_authors(value: str) -> list[str]:
    value = _BY_RE.sub("", re.sub(r"\s+", " ", value)).strip(" |,;-")
    if not value or value.startswith(("http://", "https://")) or len(value) > 120:
        return []
    parts = re.split(r"\s*(?:;|,|\band\b|\bund\b|\bet\b|\by\b|&|/|、)\s*", value) if len(value) > 3 else [value]
    # digits (a date read as a byline), e-mail, "staff", credentials and acronyms ("MS", "RDN")
    return [p.strip() for p in parts if len(p.strip()) > 1 and not re.search(r"\d|@|\bstaff\b", p, re.I)
            and not re.fullmatch(r"[A-Z.]{1,4}|Ph\.?D\.?|M\.?D\.?", p.strip())]


def _first(tree, xpaths: str) -> str | None:
    for value in tree.xpath(xpaths):
        value = (value if isinstance(value, str) else value.text_content()).strip()
        if value:
            return value
    return None


_META_PUBLISHED = (
    ('//meta[@property="article:published_time" or @name="article:published_time" or @property="og:article:published_time"'
     ' or @property="og:published_time"]/@content', "meta:article:published_time"),
    ('//*[@itemprop="datePublished"]/@content | //*[@itemprop="datePublished"]/@datetime', "meta:itemprop"),
    ('//meta[translate(@name,"ABCDEFGHIJKLMNOPQRSTUVWXYZ","abcdefghijklmnopqrstuvwxyz")='
     '"pubdate" or translate(@name,"ABCDEFGHIJKLMNOPQRSTUVWXYZ","abcdefghijklmnopqrstuvwxyz")="publishdate"'
     ' or translate(@name,"ABCDEFGHIJKLMNOPQRSTUVWXYZ","abcdefghijklmnopqrstuvwxyz")="publish-date"'
     ' or @name="date" or @name="DC.date.issued" or @name="dc.date.issued" or @name="DC.date" or @name="dc.date"'
     ' or @name="dcterms.created" or @name="DCTERMS.created" or @name="sailthru.date" or @name="parsely-pub-date"'
     ' or @name="article.published" or @name="citation_publication_date" or @name="og:published_time"'
     ' or @name="published_time" or @name="publication_date" or @name="release_date" or @name="datePublished"'
     ' or @property="datePublished" or @name="cXenseParse:recs:publishtime" or @name="Publish-Date"'
     ' or @property="dc:date" or @name="dc.created" or @name="DC.created" or @property="rnews:datePublished"]/@content', "meta:name"),
)
_META_MODIFIED = (
    '//meta[@property="article:modified_time" or @name="article:modified_time" or @property="og:updated_time"'
    ' or @name="last-modified" or @name="dcterms.modified" or @name="DC.date.modified"]/@content'
    ' | //*[@itemprop="dateModified"]/@content | //*[@itemprop="dateModified"]/@datetime'
)
# /2019/10/18/, /2019-10-18-, /20191018/; a one-digit day only as a whole path segment
# ("/2017/7/12/" yes, "/2023/10/3-fragen-an/" no: that is a slug starting with a number).
_URL_DATE_RE = re.compile(
    r"/((?:19|20)\d{2})(?:[/_-](0?[1-9]|1[0-2])[/_-](?:(0[1-9]|[12]\d|3[01])(?:/|[_-]|$|\.)|([1-9])(?:/|$|\.))"
    r"|(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:/|[_-]|$|\.))"
)


def _url_date(url: str) -> str | None:
    if m := _URL_DATE_RE.search(urlsplit(url).path):
        try:
            d = date(int(m.group(1)), int(m.group(2) or m.group(5)), int(m.group(3) or m.group(4) or m.group(6)))
        except ValueError:
            return None
        return d.isoformat() if _plausible(d) else None
    return None


_TIME_XPATH = etree.XPath(
    "//article//time[@datetime]/@datetime | //time[@pubdate]/@datetime"
    " | //*[contains(@class,'byline') or contains(@class,'dateline') or contains(@class,'meta')]//time[@datetime]/@datetime"
)


_WEAK_SOURCES = ("meta:name", "time", "htmldate")
_STAMP_XPATH = etree.XPath("//*[self::meta and @content or @itemprop]")
_STAMP_NAMES = {n.lower() for n in re.findall(r'@(?:name|property)="([^"]+)"', "".join(x for x, _ in _META_PUBLISHED) + _META_MODIFIED)}
_STAMP_NAMES |= {"pubdate", "publishdate"}  # matched case-insensitively in _META_PUBLISHED


def _stamps(tree: etree._Element, jsonld: list[dict]) -> list[str]:
    """Every machine-readable date the page states: JSON-LD dates on any object, the
    published/modified meta tags and ``itemprop``s (normalised, plausible)."""
    values = [obj.get(k) for obj in jsonld for k in ("datePublished", "dateCreated", "dateModified", "uploadDate")]
    for el in _STAMP_XPATH(tree):  # one pass over the tree; names as in _META_PUBLISHED/_MODIFIED
        if el.get("itemprop") in ("datePublished", "dateModified"):
            values.append(el.get("content") or el.get("datetime"))
        elif el.tag == "meta" and (el.get("name") or el.get("property") or "").lower() in _STAMP_NAMES:
            values.append(el.get("content"))
    return [w for v in values if (w := _when(v))]


def _instant(when: str):
    try:
        t = datetime.fromisoformat(when)
    except ValueError:
        return None
    return t if t.tzinfo is not None else None


def _in_local_time(when: str, stamps) -> str:
    """A UTC timestamp that the page also states, same instant, in a local offset: the local one.

    The publication day is the publisher's local day; "2023-11-09T06:35:29+00:00" in JSON-LD
    and "2023-11-08T22:35:29-08:00" in a ``<time>`` are one moment, on the 8th in Los Angeles.
    """
    t = _instant(when)
    if t is None or t.utcoffset() != timedelta(0):
        return when
    for other in stamps(with_times=True):  # the page's stamps and <time>s, computed on demand
        o = _instant(other)
        if o is not None and o.utcoffset() != timedelta(0) and o == t:
            return other
    return when


def _on_day(day: str, stamps: list[str]) -> str | None:
    """The page's own timestamp for ``day`` (one with a time and offset if there is one)."""
    same = [w for w in stamps if w[:10] == day]
    return next((w for w in same if _instant(w) is not None), same[0] if same else None)


def find_published(tree: etree._Element, url: str, jsonld: list[dict] | None = None,
                   use_htmldate: bool = True) -> tuple[str | None, str | None]:
    """(published, source): the best evidence, checked against the date shown at the headline.

    See :func:`_published_evidence` for the order. The date printed with the headline is the
    day the publisher shows readers; it replaces a weak machine-readable date (a generic meta
    ``date``, a loose ``<time>``, htmldate) that disagrees, and a strong one when the page's
    own metadata states the shown day too (typically ``dateModified`` of a re-dated article);
    a labelled date ("Published: ...") is kept. A UTC timestamp is rendered in the local offset the page uses for the same instant.
    """
    jsonld = list(_jsonld_objects(tree)) if jsonld is None else jsonld
    shown = _date_under_headline(tree)
    when, source = _published_evidence(tree, url, jsonld, shown, use_htmldate)
    if not when:
        return when, source
    cache: dict[str, list[str]] = {}

    def stamps(with_times: bool = False) -> list[str]:  # computed only when a rule needs them
        if "stamps" not in cache:
            cache["stamps"] = _stamps(tree, jsonld)
        if with_times and "times" not in cache:
            cache["times"] = [w for v in _TIME_XPATH(tree) if (w := _when(v))]
        return cache["stamps"] + (cache["times"] if with_times else [])

    when = _in_local_time(when, stamps)
    if shown and shown != when[:10] and source != "label":
        if own := _on_day(shown, stamps()):
            return _in_local_time(own, stamps), "headline-date"
        if source in _WEAK_SOURCES and _url_date(url) != when[:10]:
            return shown, "headline-date"
    return when, source


def _published_evidence(tree: etree._Element, url: str, jsonld: list[dict], shown: str | None,
                        use_htmldate: bool) -> tuple[str | None, str | None]:
    """The most precise evidence first; htmldate only as a last resort.

    Structured data names the publication time explicitly (JSON-LD on the article object,
    ``article:published_time``, ``itemprop=datePublished``, Dublin Core); then a day in the URL
    path; then a labelled date, a ``<time>`` in the article, the date under the headline
    (``shown``); then htmldate's heuristics over the whole page.
    """
    articles = [o for o in jsonld if _is_article(o)]
    for obj in articles:
        if when := _when(obj.get("datePublished") or obj.get("dateCreated")):
            return _agree_with_url(when, url), "json-ld"
    for xpath, source in _META_PUBLISHED:
        for value in tree.xpath(xpath):
            if when := _when(value):
                return _agree_with_url(when, url), source
    for obj in jsonld:
        if when := _when(obj.get("datePublished")):
            return _agree_with_url(when, url), "json-ld"
    url_day = _url_date(url)
    time_when = next((w for v in _TIME_XPATH(tree) if (w := _when(v))), None)
    if url_day:  # the publisher's own day; a <time> on the same day adds the time of day
        return (time_when, "time") if time_when and time_when[:10] == url_day else (url_day, "url")
    if day := _labelled_date(tree):
        return day, "label"
    if time_when:
        return time_when, "time"
    if shown:
        return shown, "headline-date"
    if use_htmldate:
        from htmldate import find_date

        try:
            day = find_date(tree, url=url, extensive_search=True, original_date=True)
        except Exception:  # noqa: BLE001 - a heuristic fallback must never fail the page
            day = None
        if day and _when(day):
            return day, "htmldate"
    return None, None


_MONTHS = {
    m: i + 1 for names in (
        "january february march april may june july august september october november december",
        "jan feb mar apr may jun jul aug sep oct nov dec",
        "januar februar märz april mai juni juli august september oktober november dezember",
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
        "januari februari maart april mei juni juli augustus september oktober november december",
    ) for i, m in enumerate(names.split())
}
_MONTH_RE = "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True))
_VISIBLE_DATE_RE = re.compile(
    r"(?P<y1>(?:19|20)\d{2})[-/.](?P<m1>\d{1,2})[-/.](?P<d1>\d{1,2})(?!\d)"
    r"|(?<!\d)(?P<d2>\d{1,2})\.\s?(?P<m2>\d{1,2})\.\s?(?P<y2>(?:19|20)\d{2})"
    r"|(?P<y3>(?:19|20)\d{2})\s?年\s?(?P<m3>\d{1,2})\s?月\s?(?P<d3>\d{1,2})\s?日"
    rf"|(?<!\d)(?P<d4>\d{{1,2}})\.?\s(?:de\s)?(?P<m4>{_MONTH_RE})\.?\s(?:de\s)?(?P<y4>(?:19|20)\d{{2}})"
    rf"|(?P<m5>{_MONTH_RE})\.?\s(?P<d5>\d{{1,2}})(?:st|nd|rd|th)?,?\s(?P<y5>(?:19|20)\d{{2}})",
    re.I,
)
# "Published: 01.11.2023", "Erschienen am 1. November 2023", "发布时间：2023-11-01": the page
# saying in words which date is the publication date (and not "Updated" / "Letzte Änderung").
_PUB_LABEL_RE = re.compile(
    r"(?:published|posted|written|created|released|date|dated|erstellt|erschienen|veröffentlicht|publiziert|datum|"
    r"publié|mis en ligne|publicado|pubblicato|gepubliceerd|geplaatst|opublikowano|опубликовано|发布时间|发布日期|"
    r"发表于|发表时间|日期|公開日|投稿日|등록일|입력)"
    r"(?:\s+(?:am|on|le|el|em|il|op|den|at))?\s*[:：]?\s*",
    re.I,
)


def _visible_date(text: str) -> str | None:
    m = _VISIBLE_DATE_RE.search(text)
    if not m:
        return None
    g = m.groupdict()
    for k in "12345":
        if g[f"y{k}"]:
            month = g[f"m{k}"]
            month = int(month) if month.isdigit() else _MONTHS.get(month.lower())
            try:
                d = date(int(g[f"y{k}"]), month, int(g[f"d{k}"]))
            except (TypeError, ValueError):
                return None
            return d.isoformat() if _plausible(d) else None
    return None


# Short forms seen only next to a headline: "31.10.23", "17/02/2022" (day first when the first
# number cannot be a month, month first when the second cannot; otherwise ambiguous, ignored).
_SHORT_DATE_RE = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])|(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?![\d/])")
# Raw text nodes by position (cheap for libxml2), script/style and blank ones dropped in Python.
_IN_H1 = etree.XPath(".//text()")
_AFTER_H1 = etree.XPath("following::text()[position() <= 120]")
_BEFORE_H1 = etree.XPath("preceding::text()[position() <= 12]")


def _shown_texts(nodes) -> list[str]:
    return [t for t in nodes if t.strip() and not (t.is_text and t.getparent().tag in ("script", "style", "noscript"))]


def _headline_visible_date(text: str) -> str | None:
    if day := _visible_date(text):
        return day
    if not (m := _SHORT_DATE_RE.search(text)):
        return None
    try:
        if m.group(1):
            d = date(2000 + int(m.group(3)), int(m.group(2)), int(m.group(1)))
        else:
            a, b, y = int(m.group(4)), int(m.group(5)), int(m.group(6))
            if a <= 12 and b <= 12:
                return None
            d = date(y, b, a) if a > 12 else date(y, a, b)
    except ValueError:
        return None
    return d.isoformat() if _plausible(d) else None


def _headlines(tree, title: str) -> list:
    """The article's <h1> (the longest one whose text is part of the page title), then the first."""
    h1s = tree.xpath("//h1")
    keys = [_norm(h1.text_content()) for h1 in h1s]
    best = max(range(len(h1s)), key=lambda i: len(keys[i]) if len(keys[i]) >= 4 and keys[i] in title else -1, default=None)
    if best is None or best == 0 or not (len(keys[best]) >= 4 and keys[best] in title):
        return h1s[:1]
    return [h1s[best], h1s[0]]


def _date_under_headline(tree) -> str | None:
    """The dateline convention: the date shown with the headline, the day readers see.

    In the <h1> after the headline text ("Headline <small>02.02.2022</small>"), then in the
    few lines of text right after it, then in the line right before it (a kicker dateline).
    """
    title = _norm(" ".join(tree.xpath('//meta[@property="og:title"]/@content | //title/text()')))

    def shown(text):  # a date that is part of the headline itself is not its dateline
        text = text.strip()
        return _norm(text) not in title and _headline_visible_date(text[:50])

    for h1 in _headlines(tree, title):
        for text in _shown_texts(_IN_H1(h1))[1:]:
            if day := shown(text):
                return day
        seen = 0
        for text in _shown_texts(_AFTER_H1(h1))[:40]:
            if day := shown(text):
                return day
            seen += len(text.strip())
            if seen > 500:
                break
        seen = 0
        for text in reversed(_shown_texts(_BEFORE_H1(h1))[-2:]):
            seen += len(text.strip())
            if seen > 120:
                break
            if day := shown(text):
                return day
    return None


def _labelled_date(tree) -> str | None:
    """A publication date the page labels as such in its visible text, or a <time> element's text."""
    for text in tree.xpath("//time[not(@datetime)]/text()"):
        if day := _visible_date(text):
            return day
    texts = tree.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)][normalize-space()]")
    for i, text in enumerate(texts):
        for m in _PUB_LABEL_RE.finditer(text):
            if m.start() > 0 and text[m.start() - 1].isalnum():
                continue
            rest = text[m.end():m.end() + 40]
            if not rest.strip() and i + 1 < len(texts):  # "<label>Datum:</label> <span>03.02.2022</span>"
                rest = texts[i + 1][:40]
            if (dm := _VISIBLE_DATE_RE.match(rest.strip())) and (day := _visible_date(dm.group(0))):
                return day
    return None


_LOCAL_MIDNIGHT_RE = re.compile(r"T(?:22|23):00:00(?:\.0+)?\+00:00$|T18:30:00(?:\.0+)?\+00:00$")


def _agree_with_url(when: str, url: str, weak: bool = False) -> str:
    """Reconcile a structured timestamp with the day the publisher wrote in the URL path.

    The URL is written once, at publication, in the publisher's own time zone: when the
    timestamp is a later day (an update mislabelled as published), one day off (a UTC
    rendering of a local time), or comes from a weaker source (a ``<time>`` that may belong to
    another teaser), the URL's day wins. A timestamp at exactly 22:00/23:00 (or 18:30) UTC is
    local midnight of UTC+1/+2 (+5:30) written in UTC: a bare day that belongs to the next
    calendar day. (Not 15:00/16:00 UTC: an ordinary publishing hour in Europe and the Americas.)
    """
    day = _url_date(url)
    if day and day != when[:10]:
        delta = abs((date.fromisoformat(day) - date.fromisoformat(when[:10])).days)
        if day < when[:10] or delta <= 1 or weak:
            return day
    if _LOCAL_MIDNIGHT_RE.search(when):
        return (date.fromisoformat(when[:10]) + timedelta(days=1)).isoformat()
    return when


def _modified(tree, jsonld: list[dict]) -> str | None:
    for obj in [o for o in jsonld if _is_article(o)] + jsonld:
        if when := _when(obj.get("dateModified")):
            return when
    for value in tree.xpath(_META_MODIFIED):
        if when := _when(value):
            return when
    return None


# --- title, authors, site ------------------------------------------------------------------

_TITLE_SEP_RE = re.compile(r"\s+[|–—\-:·•»~/]+\s+|\s*[|_｜–—]\s*|\s+-\s*|:\s+")


def _site_keys(sitename: str | None, url: str) -> set[str]:
    keys = set()
    if sitename:
        keys.add(_norm(sitename).replace(" ", ""))
    host = (urlsplit(url).hostname or "").lower()
    host = re.sub(r"^(?:www\d?|m|mobile|amp)\.", "", host)
    if host:
        keys.add(re.sub(r"\W", "", host))
        keys.add(re.sub(r"\W", "", host.rsplit(".", 1)[0]))  # "nytimes" for nytimes.com
        keys.add(re.sub(r"\W", "", host.split(".")[0]))
    return {k for k in keys if len(k) >= 2}


def _is_site_part(part: str, keys: set[str]) -> bool:
    key = _norm(part).replace(" ", "")
    return bool(key) and any(key == k or (len(key) >= 4 and (key in k or k in key)) for k in keys)


def clean_title(title: str | None, sitename: str | None, url: str, h1s: list[str] | None = None) -> str | None:
    """The headline without a site-name prefix/suffix ("Headline | Site", "Site - Headline").

    A part is dropped only when it names the site (og:site_name, publisher or host), or when
    the page's own <h1> equals what remains; a headline that itself contains " - " survives.
    """
    title = _clean(title)
    if not title:
        return None
    parts = _TITLE_SEP_RE.split(title)
    if len(parts) > 1:
        keys = _site_keys(sitename, url)
        while len(parts) > 1 and _is_site_part(parts[-1], keys):
            parts.pop()
        while len(parts) > 1 and _is_site_part(parts[0], keys):
            parts.pop(0)
        if len(parts) < len(_TITLE_SEP_RE.split(title)):
            # rebuild from the original spelling: the kept parts are contiguous
            start = title.find(parts[0])
            end = title.rfind(parts[-1]) + len(parts[-1])
            title = title[start:end].strip() if start >= 0 and end > start else " - ".join(parts)
    for h in h1s or ():
        if (h != title and len(_norm(h)) >= 0.5 * len(_norm(title))
                and any(_norm(p) == _norm(h) for p in _TITLE_SEP_RE.split(title))):
            return h  # "Opinion | Headline", "Headline - Section": the page's own <h1> says which part
    return title


def _metadata(tree: etree._Element, url: str) -> dict:
    jsonld = list(_jsonld_objects(tree))
    articles = [o for o in jsonld if _is_article(o)] or jsonld
    meta = {"jsonld": jsonld}

    def jl(key):
        for obj in articles:
            value = obj.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()
        return None

    publisher = None
    for obj in articles:
        pub = obj.get("publisher")
        if isinstance(pub, dict) and isinstance(pub.get("name"), str):
            publisher = pub["name"]
            break
    sitename = _clean(_first(tree, '//meta[@property="og:site_name" or @name="og:site_name"]/@content'
                                   ' | //meta[@name="application-name"]/@content') or publisher)
    if sitename and re.match(r"^(?:https?://|www\.)", sitename):  # a URL is not a name
        sitename = _clean(publisher)
    meta["sitename"] = sitename
    h1s = [t for t in (_clean(h.text_content()) for h in tree.xpath("//h1")[:3]) if t]
    h1 = h1s[0] if h1s else None
    meta["h1s"] = h1s
    raw_title = (_first(tree, '//meta[@property="og:title" or @name="og:title"]/@content')
                 or jl("headline") or _first(tree, '//meta[@name="twitter:title"]/@content')
                 or _first(tree, "//head/title | //title") or h1)
    meta["title"] = clean_title(raw_title, sitename, url, h1s)
    meta["h1"] = h1
    authors = []
    for obj in articles:
        if authors := _names(obj.get("author") or obj.get("creator")):
            break
    if not authors:
        for value in tree.xpath('//meta[@name="author" or @property="article:author" or @name="article:author"'
                                ' or @name="parsely-author" or @name="sailthru.author" or @name="byl"'
                                ' or @name="dc.creator" or @name="DC.creator"]/@content'):
            if authors := _split_authors(value):
                break
    if not authors:
        for el in tree.xpath('//*[@itemprop="author"]//*[@itemprop="name"] | //a[@rel="author"]'
                             ' | //*[@itemprop="author" and not(*)]'):
            if (text := el.get("content") or el.text_content()) and (authors := _split_authors(text)):
                break
    seen = set()
    meta["authors"] = [a for a in authors if not (a.lower() in seen or seen.add(a.lower()))]
    meta["description"] = _clean(_first(tree, '//meta[@name="description" or @name="Description"]/@content'
                                              ' | //meta[@property="og:description"]/@content') or jl("description"))
    meta["section"] = _clean(_first(tree, '//meta[@property="article:section" or @name="article:section"]/@content')
                             or jl("articleSection"))
    tags = [t.strip() for t in tree.xpath('//meta[@property="article:tag" or @name="article:tag"]/@content') if t.strip()]
    if not tags:
        kw = jl("keywords") or _first(tree, '//meta[@name="news_keywords"]/@content')
        for obj in articles:
            if isinstance(obj.get("keywords"), list):
                tags = [str(k).strip() for k in obj["keywords"] if str(k).strip()]
                break
        if not tags and kw:
            tags = [t.strip() for t in re.split(r"[,;]", kw) if t.strip()]
    meta["tags"] = list(dict.fromkeys(tags))[:50]
    keywords = tags + [k for v in tree.xpath('//meta[@name="keywords" or @name="news_keywords"]/@content')
                       for k in re.split(r"[,;]", v)]
    meta["tag_keys"] = {_norm(k) for k in keywords} - {""}
    canonical = _first(tree, '//link[@rel="canonical"]/@href | //meta[@property="og:url"]/@content')
    try:
        meta["canonical"] = urljoin(url, canonical) if canonical else None
    except ValueError:  # "http://[broken": the page's claim is unusable, not the page
        meta["canonical"] = None
    meta["language"] = _language(tree, jl("inLanguage"))
    meta["modified"] = _modified(tree, jsonld)
    return meta


def _language(tree: etree._Element, jsonld_lang: str | None = None) -> str | None:
    values = tree.xpath("/html/@lang | /html/@xml:lang | //meta[@http-equiv='content-language' or"
                        " @http-equiv='Content-Language']/@content | //meta[@property='og:locale']/@content")
    for value in values + ([jsonld_lang] if jsonld_lang else []):
        tag = value.strip().replace("_", "-").split(",")[0]
        if re.match(r"^[A-Za-z]{2,3}(?:-|$)", tag):
            return tag.split("-")[0].lower()
    return None


def _detect_language(text: str) -> str | None:
    import py3langid  # imported late: loading its model costs ~0.3 s that most pages never need

    lang, _score = py3langid.classify(text[:2000])
    return lang


# --- body ----------------------------------------------------------------------------------

# Elements a browser never shows: an article repeated in a hidden block, print/share copies.
_HIDDEN_XPATH = etree.XPath(
    "//*[@hidden or @aria-hidden='true' and not(self::svg) and not(.//p)"
    " or contains(translate(@style,' ',''),'display:none') or contains(translate(@style,' ',''),'visibility:hidden')]"
)


def _drop_hidden(tree: etree._Element) -> None:
    """Remove what a browser never shows - except a hidden element holding most of the page's
    text, which is an article revealed by script (or a paywall), not a copy of it."""
    hidden = [el for el in _HIDDEN_XPATH(tree) if el.getparent() is not None and el.tag not in ("html", "body")]
    if not hidden:
        return
    body = tree.find("body")
    total = len((body if body is not None else tree).text_content())
    for el in hidden:
        if el.getparent() is not None and len(el.text_content()) <= 0.5 * total:
            el.drop_tree()


_NEWSLETTER_RE = re.compile(
    r"\b(?:sign(?:ing)?[ -]?up (?:for|to|now|today|here)|signing up|subscribe (?:to|for|now|today|here)|subscribe[.!]?$|"
    r"your subscription|in your inbox|to your inbox|your inbox|unsubscribe|enter your e-?mail|"
    r"your e-?mail address|privacy (?:policy|notice)|terms of (?:use|service))\b"
    r"|^.{0,40}\bnewsletters?\b.{0,20}$"
    r"|abonnez-vous|inscreva-se|suscr[ií]bete|iscriviti|jetzt (?:anmelden|abonnieren)|подпишитесь|订阅|关注我们|扫码关注|微信公众号",
    re.I,
)
# Author-contact and follow lines: an imperative at the start, or an e-mail address.
_CONTACT_RE = re.compile(
    r"^(?:contact|write to|e-?mail|reach|follow|send (?:tips|news tips|a tip)|tweet)\b.{0,100}(?:@|\bon (?:twitter|x|facebook|instagram)\b)"
    r"|^(?:follow|like) (?:us|@\w+|\w+(?: \w+){0,4} on (?:twitter|facebook|instagram))"
    r"|[\w.+-]+@[\w-]+\.[\w.]*[a-z]{2,}\b"
    r"|^(?:click here to )?(?:download|get|sign up for) (?:the|our) .{0,40}\b(?:app|newsletter)\b",
    re.I,
)
_DATELINE_WORDS_RE = re.compile(
    r"^(?:updated|published|posted|last updated|first published|modified|publicado|atualizado|actualizado|"
    r"aktualisiert|veröffentlicht|publié|mis à jour|pubblicato|aggiornato|опубликовано|обновлено|发布时间|更新时间|来源)\b",
    re.I,
)
_YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\d{4}年")
_READ_MORE_RE = re.compile(r"^\s*(?:read more|read also|also read|see also|related|more|watch|listen|recommended|"
                           r"leia (?:também|mais)|lea también|lesen sie auch|lire aussi|leggi anche|читайте также|相关阅读|推荐阅读)\s*[:：]", re.I)
_CREDITS_RE = re.compile(r"^\s*[（(【\[]?\s*(?:责任编辑|责编|编辑|校对|审核|监制|原标题|文字编辑|編集|担当)\s*[:：]")
_TAGS_HEAD_RE = re.compile(r"^\s*(?:tags?|tagged(?: with)?|topics?|keywords?|etiquetas?|schlagw[öo]rter|"
                           r"mots[- ]cl[ée]s|parole chiave|темы|теги|标签|关键词|タグ)\s*[:：]?", re.I)
_RELATED_HEAD_RE = re.compile(
    r"^\s*(?:top stories|related(?: stories| articles| news| content| coverage| posts| links)?|more (?:from|on|stories|news|in)\b.*|"
    r"read (?:more|next|also)|recommended(?: for you| stories)?|you (?:may|might) (?:also )?(?:like|enjoy)|most (?:popular|read|viewed)|"
    r"trending(?: now| stories)?|latest (?:news|stories)|don'?t miss|popular (?:stories|now)|see also|also read|"
    r"leia (?:também|mais)|mais lidas|lea también|noticias relacionadas|lesen sie auch|mehr zum thema|à lire aussi|"
    r"sur le même sujet|leggi anche|читайте также|相关新闻|相关阅读|推荐阅读|热门推荐|延伸阅读|関連記事)\s*[:：]?\s*$",
    re.I,
)


def _block_text(el) -> str:
    return re.sub(r"\s+", " ", " ".join(el.itertext())).strip()


def _shingles(text: str) -> list[tuple]:
    toks = _WORD_RE.findall(text.lower())
    return [tuple(toks[i:i + 4]) for i in range(len(toks) - 3)]


def _drop_repeated(blocks: list) -> set[int]:
    """Blocks that repeat the article (a hidden or print copy, the body served twice).

    Two shapes, both about *runs* of text, never single lines (recipe steps, interview
    questions, meal plans and pull quotes repeat legitimately): (a) a run of >= 3 consecutive
    blocks, >= 100 words and >= 30% of the text, that repeats an earlier run exactly - the later
    copy goes; (b) one long block (>= 50 words, >= 25% of the text) whose text is >= 80% made of
    several other blocks - a container that flattens the article, the separate blocks stay.
    """
    norms = [_norm(t) for _el, t in blocks]
    n, dropped = len(blocks), set()
    total = sum(len(x.split()) for x in norms)
    first_at: dict[str, int] = {}
    i = 0
    while i < n:
        j = first_at.get(norms[i]) if norms[i] else None
        if j is not None:
            k = 0
            while i + k < n and j + k < i and norms[i + k] and norms[i + k] == norms[j + k]:
                k += 1
            if k >= 3 and sum(len(norms[x].split()) for x in range(i, i + k)) >= max(100, 0.3 * total):
                dropped.update(range(i, i + k))
                i += k
                continue
        elif norms[i]:
            first_at[norms[i]] = i
        i += 1
    sh = [set(_shingles(t)) for _el, t in blocks]
    for i in sorted(range(n), key=lambda x: -len(sh[x])):
        if i in dropped or len(norms[i].split()) < max(50, 0.25 * total):
            continue
        others = [x for x in range(n) if x != i and x not in dropped and norms[x] != norms[i] and len(sh[x] & sh[i]) >= 3]
        if len(others) >= 2:
            union = set().union(*(sh[x] for x in others))
            if len(sh[i] & union) >= 0.8 * len(sh[i]):
                dropped.add(i)
    return dropped


def _is_dateline(text: str, words: int) -> bool:
    """A short line that is a date, a byline with a date, or "Updated ..." — page furniture."""
    if words > 16 or len(text) > 160:
        return False
    if _DATELINE_WORDS_RE.match(text) and re.search(r"\d", text):
        return True
    if not _YEAR_RE.search(text) and not re.search(r"\b\d{1,2}:\d{2}\b", text):
        return False
    tokens = _WORD_RE.findall(text)
    numeric = sum(t.isdigit() for t in tokens)
    return numeric >= 2 and (numeric / max(1, len(tokens)) >= 0.3 or _BY_RE.search(text) or " - " in text or "|" in text)


_BOILER_CONTAINER_RE = re.compile(r"comment|related|sidebar|footer|recommend|promo|newsletter|share|social|nav|menu|teaser|widget", re.I)
_BLOCK_TAGS = {"p": "p", "h2": "head", "h3": "head", "h4": "head", "h5": "head", "h6": "head", "blockquote": "quote", "li": "p"}


def _visible_text(el) -> str:
    return re.sub(r"\s+", " ", " ".join(
        t for t in el.xpath(".//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript)]")
    )).strip()


def _join_split_body(tree, body) -> None:  # noqa: C901 - one walk, kept together
    """Append the article's other body containers when trafilatura kept only the first.

    Sites split one article into several identical containers (the same tag and class, under
    one parent) to place ads between them. Starting from the element that holds the first
    extracted paragraph, we find the nearest ancestor with a class that has such twins and add
    their paragraphs, headings and quotes in document order. Twins in comment, related, share or
    navigation regions are not body; text already extracted is not added twice.
    """
    first = next((_block_text(el) for el in body if el.tag == "p" and len(_block_text(el)) >= 80), None)
    if not first:
        return
    key = _norm(first)
    start = next((p for p in tree.iter("p") if _norm(p.text_content()) == key), None)
    if start is None:
        return
    have = " ".join(_norm(_block_text(el)) for el in body)
    node = start.getparent()
    for _depth in range(3):
        if node is None or node.getparent() is None:
            return
        cls = node.get("class")
        parent = node.getparent()
        if cls and node.tag in ("div", "section", "article"):
            twins = [x for x in parent if x is not node and x.tag == node.tag and x.get("class") == cls]
            if twins:
                break
        node = parent
    else:
        return
    siblings = list(node.getparent())
    here, inserted = siblings.index(node), 0
    for twin in twins:
        if _BOILER_CONTAINER_RE.search(f"{twin.get('id', '')} {twin.get('class', '')}"):
            continue
        there = siblings.index(twin)
        between = siblings[min(here, there) + 1:max(here, there)] + [twin]
        if any(x.tag == "h1" or x.find(".//h1") is not None for x in between):
            continue  # another article's headline in between: the next story, not this one
        new = []
        for el in twin.iter(*_BLOCK_TAGS):
            if any(a.tag in _BLOCK_TAGS for a in el.iterancestors()) and el.tag != "li":
                continue
            text = _visible_text(el)
            if not text or _norm(text) in have:
                continue
            block = etree.Element(_BLOCK_TAGS[el.tag])
            block.text = text
            new.append(block)
        if not new or sum(len(b.text) for b in new) < 80:
            continue
        for block in new:
            if there > here:
                body.append(block)
            else:  # a twin before the extracted one: its blocks go first, in order
                body.insert(inserted, block)
                inserted += 1


def _is_tag_line(text: str, tag_keys: set[str]) -> bool:
    items = [_norm(x) for x in re.split(r"[,;|•·]", text)]
    items = [x for x in items if x]
    return len(items) >= 3 and sum(x in tag_keys for x in items) >= 0.6 * len(items)


def _tails_to_blocks(body) -> None:
    """Loose text between blocks ("Tags" before a tag list) becomes a block of its own, so the
    rules see it and removing a neighbour never takes it along (lxml drops a tail with its element)."""
    if body.text and body.text.strip():
        p = etree.Element("p")
        p.text, body.text = body.text.strip(), None
        body.insert(0, p)
    for el in list(body):
        if el.tail and el.tail.strip():
            p = etree.Element("p")
            p.text, el.tail = el.tail.strip(), None
            el.addnext(p)


def _link_led(text: str, anchors: set[str]) -> bool:
    """The item opens with a link of >= 3 words (a headline) - "Headline  teaser" teasers."""
    words = _norm(text).split()
    return any(" ".join(words[:k]) in anchors for k in range(len(words), 2, -1))


# A comment section's own label ("Comments (3)", "Top rated comments", "Leave a reply") as a whole
# line, or the moderation notice under it - never a sentence that merely starts with "Comments".
_COMMENTS_RE = re.compile(
    r"^\s*(?:\d+\s+)?(?:top rated comments|reader comments|most (?:liked|recent) comments|comments?|responses?|"
    r"leave a (?:comment|reply)|post a comment|add a comment|join the (?:discussion|conversation)|show comments|"
    r"view comments|comentários?|comentarios?|kommentare?|commentaires?|commenti|комментарии|评论|网友评论|コメント)"
    r"\s*(?:\(\d+\)|\d+)?\s*[:：]?\s*$"
    r"|\b(?:comments?|comentários?|comentarios?|kommentare?|commentaires?|commenti)\b.{0,80}\b(?:moderat\w*|approv\w*|aprovad\w*|"
    r"respeit\w*|respect\w*|guidelines|policy|rules|netiquette)",
    re.I,
)


_TRACE: list | None = None  # set to a list to record (rule, text) of every dropped block


def _postprocess(body, meta: dict, anchors: set[str]) -> str:
    """Remove what trafilatura let through; every rule is in docs/extraction.md."""
    _tails_to_blocks(body)
    blocks = [(el, _block_text(el)) for el in body]
    n = len(blocks)
    drop: dict[int, str] = dict.fromkeys(_drop_repeated(blocks), "repeated")
    norms = [_norm(t) for _el, t in blocks]
    heads = {_norm(meta.get("title")), *(_norm(h) for h in meta.get("h1s", ()))} - {""}
    dek = _norm(meta.get("description"))
    # 1. leading headline / standfirst / dateline / byline
    for i in range(min(n, 6)):
        el, text = blocks[i]
        words = len(norms[i].split())
        if i in drop or not text:
            continue
        if norms[i] in heads:
            drop[i] = "headline"
        elif el.tag == "head" and norms[i] == dek:
            drop[i] = "standfirst"
        elif _is_dateline(text, words):
            drop[i] = "dateline"
        elif words <= 8 and _BY_RE.match(text):
            drop[i] = "byline"
        else:
            break
    # 2. block-level furniture anywhere
    newsletter_at = []
    for i, (el, text) in enumerate(blocks):
        if i in drop or not text:
            continue
        words = len(norms[i].split())
        if len(text) < 260 and el.tag != "quote" and _NEWSLETTER_RE.search(text):
            drop[i] = "newsletter"
            newsletter_at.append(i)
        elif len(text) < 260 and el.tag != "quote" and _CONTACT_RE.search(text):
            drop[i] = "contact"
            newsletter_at.append(i)
        elif _TAGS_HEAD_RE.match(text) and (words <= 3 or ("," in text or "|" in text or words <= 25) and len(text) < 400):
            drop[i] = "tags"
            if words <= 3 and i + 1 < n and len(blocks[i + 1][1]) < 400:
                drop[i + 1] = "tags"  # the heading "Tags" and the list under it
        elif len(text) < 80 and _CREDITS_RE.match(text):
            drop[i] = "credits"  # "（责任编辑：王静）": the desk's sign-off, not the story
        elif _is_tag_line(text, meta.get("tag_keys", set())):
            drop[i] = "tags"  # the page's own keywords, listed as a line of links or text
        elif _READ_MORE_RE.match(text) and words <= 30:
            drop[i] = "read-more"  # "Read more: <another story>" cross-links inside the body
        elif _is_dateline(text, words) and (i <= 2 or i >= n - 3):
            drop[i] = "dateline"
    # short lines between newsletter lines belong to the same sign-up box ("Thanks!", "Sorry!")
    for a, b in zip(newsletter_at, newsletter_at[1:]):
        if b - a <= 4 and all(len(blocks[k][1]) < 120 for k in range(a + 1, b)):
            drop.update(dict.fromkeys(range(a + 1, b), "newsletter"))
    # 3. link lists: "top stories" headings and lists whose items are all links elsewhere
    for i, (el, text) in enumerate(blocks):
        if i in drop:
            continue
        if el.tag == "list":
            items = [_norm(_block_text(it)) for it in el.iter("item")]
            items = [t for t in items if t]
            if items and sum(t in anchors for t in items) >= max(2, 0.8 * len(items)):
                drop[i] = "link-list"
            elif i >= 0.7 * n and len(items) >= 3 and all(_link_led(t, anchors) for t in items):
                drop[i] = "teaser-list"  # "Headline  teaser" items after the article: more stories
                if i > 0 and len(blocks[i - 1][1]) < 60 and blocks[i - 1][0].tag in ("head", "p") and (i - 1) not in drop:
                    drop[i - 1] = "link-list"  # its heading
        elif el.tag == "p" and norms[i] in anchors and len(norms[i].split()) >= 5:
            drop[i] = "link-paragraph"  # a paragraph that is one link: a cross-promo, not prose
        elif _RELATED_HEAD_RE.match(text):
            j = i + 1
            while j < n and (norms[j] in anchors or blocks[j][0].tag == "list" and all(
                    _norm(_block_text(it)) in anchors for it in blocks[j][0].iter("item"))):
                j += 1
            if j > i + 1 or i == n - 1:
                drop.update(dict.fromkeys(range(i, j), "top-stories"))
    # 4. a comment section's heading or policy line after the article: it and all after it
    for i in range(max(1, int(0.6 * n)), n):
        if len(blocks[i][1]) < 200 and _COMMENTS_RE.search(blocks[i][1]):
            drop.update({k: "comments" for k in range(i, n) if k not in drop})
            break
    # 5. trailing single-link lines ("Next: ...", promos)
    j = n - 1
    while j >= 0 and (j in drop or (norms[j] in anchors and len(norms[j].split()) <= 20 and blocks[j][0].tag != "quote")):
        drop.setdefault(j, "trailing-link")
        j -= 1
    if len(drop) >= n:
        return xmltotxt(body, False)
    if _TRACE is not None:
        _TRACE.extend((drop[i], blocks[i][1]) for i in sorted(drop))
    for i in sorted(drop, reverse=True):
        el = blocks[i][0]
        if el.getparent() is not None:
            el.getparent().remove(el)
    return xmltotxt(body, False)


def _trafilatura(tree, url: str, fast: bool):
    doc = trafilatura.bare_extraction(tree, url=url, include_comments=False, with_metadata=False,
                                      include_tables=True, fast=fast)
    if doc is None or doc.body is None or not doc.text or len(doc.text) < MIN_TEXT_CHARS:
        return None
    return doc


def _looks_like_navigation(text: str, anchors: set[str]) -> bool:
    """Most of the text is link labels, line by line (a menu, a link farm): not an article body."""
    total = linked = 0
    for line in text.split("\n"):
        key = _norm(line)
        total += len(key)
        if key in anchors:
            linked += len(key)
    return total > 0 and linked >= 0.5 * total


def extract(body: bytes, url: str, content_type: str | None = None) -> Article:
    """Extract the article in ``body`` fetched from ``url``.

    Raises :class:`NotHTML` or :class:`NoContent` (both :class:`ExtractionError`) when the input
    is not an article page; the caller records ``exc.reason``.
    """
    if not body.strip():
        raise NoContent("empty body")
    if not looks_like_html(body, content_type):
        ctype = (content_type or "").split(";")[0].strip().lower()
        if ctype in ("text/html", "application/xhtml+xml"):
            # a JSON error body, PDF or image served as HTML: a page with no article (catalogue #25)
            raise NoContent(f"no article: the body is not HTML though the Content-Type is {ctype}")
        raise NotHTML(f"not an HTML page (Content-Type {content_type or 'unknown'})")
    html, _encoding = decode_html(body[:MAX_INPUT_BYTES], content_type)
    html = _BAD_CHARS_RE.sub("", html)
    try:
        tree = load_html(html)
    except (etree.ParserError, ValueError, TypeError) as exc:
        raise NoContent(f"unparseable HTML: {exc}") from None
    if tree is None:
        raise NoContent("unparseable HTML")
    meta = _metadata(tree, url)
    published, published_source = find_published(tree, url, meta["jsonld"])
    _drop_hidden(tree)
    anchors = {_norm(a.text_content()) for a in tree.iter("a")}
    anchors.discard("")
    doc = _trafilatura(tree, url, fast=True)
    if doc is None or _looks_like_navigation(doc.text, anchors):
        # trafilatura's fast path took a menu or found too little: its full cascade (readability
        # and justext comparison) decides instead. Costs a second pass on those pages only.
        doc = _trafilatura(tree, url, fast=False) or doc
    if doc is None:
        raise NoContent("no article text found")
    _join_split_body(tree, doc.body)
    text = _postprocess(doc.body, meta, anchors)
    if len(text) < MIN_TEXT_CHARS:
        text = doc.text
    if len(text) > MAX_TEXT_CHARS:
        raise TooMuchText(f"{len(text):,} characters of text (limit {MAX_TEXT_CHARS:,}): not an article page")
    title = meta["title"]
    canonical = meta["canonical"]
    if not (canonical and is_fetchable(canonical) and same_site(canonical, url)):
        canonical = url  # a malformed or foreign canonical is not the article's identity
    language = meta["language"] or _detect_language(text)
    return Article(
        url=url,
        canonical_url=clean_url(canonical),
        title=title,
        text=_clean(text, multiline=True) or "",
        published=published,
        published_source=published_source,
        author="; ".join(meta["authors"]) or None,
        sitename=meta["sitename"],
        language=language,
        description=meta["description"],
        modified=meta["modified"],
        authors=meta["authors"],
        section=meta["section"],
        tags=meta["tags"],
    )


class Extractor:
    """:func:`extract` in worker processes, each page bounded by ``timeout`` seconds.

    Pathological HTML can keep lxml busy for minutes and no Python signal interrupts it; a
    worker can be killed. On a timeout the workers are killed and restarted and the page raises
    :class:`ExtractTimeout` (the caller keeps its raw capture for a later ``reextract``). Used by
    the crawl (:meth:`extract_async`), ``summit-archive extract``, ``reextract`` and ``rescore``;
    ``backfill`` workers scan whole files and bound each page with a timer instead.
    """

    def __init__(self, timeout: float = EXTRACT_TIMEOUT, workers: int = 1):
        self.timeout = timeout
        self.workers = workers
        self._pool = None

    def __enter__(self) -> Extractor:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def pool(self):
        if self._pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # forkserver: workers start clean (no reactor threads, locks or SQLite handles copied in)
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["archive.extract"])
            self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=context)
        return self._pool

    def submit(self, body: bytes, url: str, content_type: str | None = None):
        """A concurrent.futures.Future of ``extract(body, url, content_type)``."""
        return self.pool().submit(extract, body, url, content_type)

    def kill(self) -> None:
        """Stop every worker now (a stuck lxml call cannot be interrupted any other way)."""
        pool, self._pool = self._pool, None
        if pool is not None:
            for process in list((getattr(pool, "_processes", None) or {}).values()):
                process.kill()
            pool.shutdown(wait=False, cancel_futures=True)

    def drop_broken(self) -> None:
        """Forget the pool if its workers died (the next submit starts a fresh one)."""
        if self._pool is not None and getattr(self._pool, "_broken", False):
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def close(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    def extract(self, body: bytes, url: str, content_type: str | None = None) -> Article:
        """Like :func:`extract`, plus :class:`ExtractTimeout` and :class:`ExtractCrashed`."""
        from concurrent.futures import TimeoutError as FutureTimeout
        from concurrent.futures.process import BrokenProcessPool

        for attempt in (1, 2):
            try:
                return self.submit(body, url, content_type).result(self.timeout)
            except FutureTimeout:
                self._timed_out()
            except BrokenProcessPool:
                self._broken(attempt)
        raise AssertionError("unreachable")

    async def extract_async(self, body: bytes, url: str, content_type: str | None = None) -> Article:
        """:meth:`extract` for an asyncio caller (the crawl): the event loop is never blocked."""
        import asyncio
        from concurrent.futures.process import BrokenProcessPool

        for attempt in (1, 2):
            try:
                return await asyncio.wait_for(asyncio.wrap_future(self.submit(body, url, content_type)), self.timeout)
            except asyncio.TimeoutError:
                self._timed_out()
            except BrokenProcessPool:
                self._broken(attempt)
        raise AssertionError("unreachable")

    def _timed_out(self) -> None:
        self.kill()
        raise ExtractTimeout(f"extraction took longer than {self.timeout:g} s") from None

    def _broken(self, attempt: int) -> None:
        # another page's timeout killed the pool under this one, or the worker died: once more
        self.drop_broken()
        if attempt == 2:
            raise ExtractCrashed("the extraction worker died") from None
