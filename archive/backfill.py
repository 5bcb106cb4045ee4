"""Backfill from Common Crawl News (CC-NEWS): find past summit coverage in its daily WARC files.

Feeds and news sitemaps show a few days; CC-NEWS keeps every day since 2016 as WARC files
(``crawl-data/CC-NEWS/2025/10/CC-NEWS-20251030123456-01234.warc.gz``, about 1 GB and 40,000
captures each, listed per month in ``crawl-data/CC-NEWS/YYYY/MM/warc.paths.gz``).
:func:`backfill` streams such files (local paths or http(s) URLs, never downloaded whole) and
archives the captures that the topic filter keeps, with provenance pointing at the CC-NEWS file:
``warc_file`` is the file (absolute path or URL) and ``warc_offset`` the record's offset in it,
so :func:`archive.warc.read_response` gives the page back (``reextract`` and ``rescore`` use it).

Per record, cheapest test first, so trafilatura runs on few pages:

1. ``response`` records with a 2xx status and an HTML (or unlabelled) Content-Type only;
2. **outlet**: the host belongs to a source of the sources file (skipped with ``any_outlet``;
   this test reads only the record's headers);
3. **keywords** (:class:`Prefilter`): compiled byte regexes over the raw payload, derived from
   the topic file's groups, in UTF-8 and the legacy Chinese/Japanese/Korean encodings. A page
   passes when it could score at all: a pair phrase ("Trump-Xi", 中美元首) or an event venue
   (Busan); or both leaders; or one leader with the other side's country named as a travel
   destination ("Trump's trip to Beijing", 访华) or next to "the two leaders". Those are the
   only ways :meth:`archive.topic.Topic.classify` can give a page a hit, so the prefilter
   rejects no page the topic would keep, up to the limits listed in :class:`Prefilter`;
4. **reading text** (:func:`reading_text`): pages that pass are parsed (about 1 ms) and the
   same test runs on their title, meta values, JSON-LD and body text without scripts, asides,
   navigation, footers, forms and headline lists — an outlet's "most read" box full of summit
   headlines no longer sends every story of a summit week to trafilatura;
5. :func:`archive.extract.extract` (bounded by ``extract_timeout``) and the topic's ``classify``.

Off-topic pages get no fetch row (CC-NEWS has millions): each file's ``backfill_files`` row
counts them. A file is done once; an interrupted or failed file resumes from the offset after
the last record whose outcome was committed. Files are scanned in parallel by worker processes,
which send candidates to the parent; only the parent writes SQLite.
"""

from __future__ import annotations

import gzip
import http.client
import io
import multiprocessing
import os
import queue
import re
import signal
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from lxml import etree
from trafilatura.utils import load_html
from warcio.archiveiterator import ArchiveIterator

from archive.extract import (EXTRACT_TIMEOUT, MAX_INPUT_BYTES, Article, ExtractionError, decode_html, extract,
                             looks_like_html)
from archive.warc import is_url, open_stream

CCNEWS_BASE = "https://data.commoncrawl.org/"
USER_AGENT = "summit-archive/0.1 (+https://github.com/summit-archive/summit-archive; CC-NEWS backfill)"
DISCOVERED_VIA = "ccnews"
_CCNEWS_NAME_RE = re.compile(r"CC-NEWS-(\d{14})-\d+\.warc(?:\.gz)?$")
_HTML_TYPES = ("", "text/html", "application/xhtml+xml", "text/plain", "application/octet-stream")
# Per-file counters, as stored in backfill_files (all cumulative over resumes).
COUNTERS = ("records", "responses", "html", "skipped_outlet", "skipped_prefilter", "extracted",
            "off_topic", "not_article", "matched", "truncated")
NETWORK_RETRIES = 3


# --- listing CC-NEWS files -----------------------------------------------------------------


def _http_get(url: str, timeout: float = 60) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.read()


def _months(start: date, end: date) -> Iterator[tuple[int, int]]:
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def file_date(path: str) -> date | None:
    """The date in a CC-NEWS file name (when its crawl segment started), or None."""
    m = _CCNEWS_NAME_RE.search(path)
    if not m:
        return None
    try:
        return datetime.strptime(m.group(1)[:8], "%Y%m%d").date()
    except ValueError:
        return None


def ccnews_paths(start: date, end: date, fetch: Callable[[str], bytes] | None = None,
                 base: str = CCNEWS_BASE) -> list[str]:
    """CC-NEWS WARC paths (``crawl-data/CC-NEWS/...``) whose file name is dated start..end.

    Reads each month's ``warc.paths.gz`` (via ``fetch(url) -> bytes``; default: an HTTP GET of
    ``base`` + path). A file is named after the time its crawl segment started, so captures from
    the last hours of ``end`` can sit in the first file of the next day: widen the range by a day
    to be sure. A month without a listing yet (404) is empty.
    """
    if end < start:
        raise ValueError(f"end {end} is before start {start}")
    fetch = fetch or _http_get
    out: list[str] = []
    for year, month in _months(start, end):
        listing = f"{base.rstrip('/')}/crawl-data/CC-NEWS/{year}/{month:02d}/warc.paths.gz"
        try:
            data = fetch(listing)
        except urllib.error.HTTPError as exc:
            if exc.code == 404:
                continue
            raise
        if data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
        for line in data.decode("utf-8", "replace").splitlines():
            path = line.strip()
            when = file_date(path)
            if when is not None and start <= when <= end:
                out.append(path)
    return sorted(dict.fromkeys(out))


def resolve_location(value: str, base: str = CCNEWS_BASE) -> str:
    """What a WARC argument names, as stored in ``warc_file``: an http(s) URL, or an absolute path.

    ``crawl-data/...`` (as listed in warc.paths.gz) and ``s3://commoncrawl/...`` become URLs on
    ``base`` unless a local file of that name exists.
    """
    if value.startswith(("http://", "https://")):
        return value
    if value.startswith("s3://commoncrawl/"):
        return base.rstrip("/") + "/" + value[len("s3://commoncrawl/"):]
    if value.startswith("crawl-data/") and not Path(value).exists():
        return base.rstrip("/") + "/" + value
    return str(Path(value).expanduser().resolve())


# --- the cheap prefilter -------------------------------------------------------------------


_GAP = rb"(?:[^0-9A-Za-z]|&nbsp;|&#160;){1,12}"  # between words of a term, in raw HTML
_LEGACY_CJK = ("gb18030", "big5", "shift_jis", "euc-kr")  # besides UTF-8
_WORD_TABLE = bytes(c if chr(c).isascii() and chr(c).isalnum() else 32 for c in range(256))
_SPAN = 400  # bytes: no term match is longer (words plus at most 12 bytes between them)


def _latin_pattern(tokens: tuple[tuple[str, bool], ...], case: bool) -> bytes:
    """A Latin/Cyrillic term; case-insensitive ones are matched against the ASCII-lowered page."""
    parts = []
    for word, _prefix in tokens:
        if case or word.isascii():
            parts.append(re.escape((word if case else word.lower()).encode()))
        else:  # bytes.lower() folds ASCII only: spell out the usual cases of other scripts
            variants = dict.fromkeys(v.encode() for v in (word, word.lower(), word.upper(), word.capitalize()))
            parts.append(b"(?:" + b"|".join(map(re.escape, variants)) + b")")
    pattern = _GAP.join(parts)
    first, (last, last_prefix) = tokens[0][0], tokens[-1]
    if first[:1].isascii() and first[:1].isalnum():
        pattern = rb"\b" + pattern
    if not last_prefix and last[-1:].isascii() and last[-1:].isalnum():
        pattern += rb"\b"
    return pattern


def _cjk_patterns(label: str) -> tuple[list[bytes], list[bytes]]:
    """(UTF-8 patterns, legacy-encoding patterns) of a CJK term.

    UTF-8 multibyte sequences have no ASCII bytes, so they survive bytes.lower(); GBK, Big5,
    Shift_JIS and EUC-KR trail bytes can be ASCII letters, so those match the page as it is.
    """
    chars = [c for c in label if not c.isspace()]
    utf8 = [rb"\s*".join(re.escape(c.encode()) for c in chars)]
    legacy = []
    for encoding in _LEGACY_CJK:
        try:
            encoded = "".join(chars).encode(encoding)
        except UnicodeEncodeError:
            continue
        if len(encoded) == 2 * len(chars):  # the encoding's own script (not GB18030's 4-byte forms)
            legacy.append(re.escape(encoded))
    return utf8, legacy


def _minimal(anchors: set[bytes]) -> tuple[bytes, ...]:
    """Drop anchors that contain another one (finding the shorter is necessary anyway)."""
    out = [a for a in anchors if not any(b != a and b in a for b in anchors)]
    return tuple(sorted(out, key=len))


class Prefilter:
    """Cheap tests before extraction: outlet by host, then topic keywords on the raw bytes.

    Term classes from the topic groups: ``both`` = pair phrases (not the generic "the two
    leaders") and event venues; ``two_leaders`` = the generic pair phrases; ``us``/``cn`` =
    leader_us/leader_cn; ``host_us``/``host_cn`` = the host groups; ``visit_us``/``visit_cn`` =
    travel words naming a destination (访华); ``visit`` = the other travel words. Latin terms keep their word
    boundaries and case rules; words may be separated by up to 12 non-letters or ``&nbsp;``.

    Known limits (the page is skipped though the extracted text might match): names written as
    HTML character references (``&#20064;&#36817;&#24179;``) or JSON escapes (``\\u4e60``),
    pages in UTF-16, and non-Latin terms in a letter case other than as written, lower, upper
    or capitalised. ``re:`` topic terms have no literal to look for: a class with one always
    matches (no loss, less skipping).
    """

    def __init__(self, topic, sources: Iterable = (), any_outlet: bool = False, keywords: bool = True):
        self.any_outlet = any_outlet
        self.keywords = keywords
        self._domains: dict[str, str] = {}
        for source in sources:
            for domain in source.all_domains():
                self._domains.setdefault(domain.lower().lstrip("."), source.key)
        terms = getattr(topic, "terms", None) or topic._terms
        # Every term gets anchors: literals, one of which is inside any match of the term, for
        # the ASCII-lowered page (case-insensitive terms, UTF-8 CJK) or the page as it is
        # (case-sensitive terms like "Xi", legacy CJK encodings). A page is searched with
        # ``bytes.find`` for the anchors (fast); only around an anchor found does the small regex
        # of that anchor's terms run (an alternation of 100 terms over a whole page is slow).
        names = ("both", "us", "cn", "host_us", "host_cn", "visit_us", "visit_cn", "visit", "two_leaders")
        # (mode, anchors, pattern, each anchor is a whole word of any match); mode: "lower" = the
        # ASCII-lowered page, "exact" = the page as it is, "legacy" = as it is, and only when it is
        # not UTF-8 (GBK/Big5/... bytes)
        entries: dict[str, list[tuple[str, set[bytes], bytes, bool]]] = {k: [] for k in names}
        self._always: set[str] = set()
        for t in terms:
            if t.group == "pair" and not t.generic or t.group == "place" and t.event:
                name = "both"
            elif t.group == "pair":
                name = "two_leaders"
            elif t.group in ("leader_us", "leader_cn"):
                name = t.group[-2:]
            elif t.group in ("host_us", "host_cn"):
                name = t.group
            elif t.group == "visit":
                name = "visit_" + t.host if t.host else "visit"
            else:
                continue
            if t.kind == "cjk":
                utf8, legacy = _cjk_patterns(t.label)
                chars = [c for c in t.label if not c.isspace()]
                entries[name].append(("lower", {chars[0].encode()}, utf8[0], False))  # spaces may separate characters
                for pattern in legacy:  # escaped CJK bytes are the bytes themselves
                    entries[name].append(("legacy", {re.sub(rb"\\(.)", rb"\1", pattern)}, pattern, False))
            elif t.kind == "latin":
                word, is_prefix = max(t.tokens, key=lambda tok: len(tok[0]))
                if t.case:
                    anchors = {word.encode()}
                elif word.isascii():
                    anchors = {word.lower().encode()}
                else:
                    anchors = {v.encode() for v in (word, word.lower(), word.upper(), word.capitalize())}
                # "arrive*" matches "arrived": its anchor is no whole word of the page
                entries[name].append(
                    ("exact" if t.case else "lower", anchors, _latin_pattern(t.tokens, t.case), not is_prefix)
                )
            else:  # a ``re:`` term: no literal to anchor on
                self._always.add(name)
        # (mode, anchor, a character of it, whole word of every match?, regex)
        self._checks: dict[str, list[tuple[str, bytes, str, bool, Any]]] = {}
        for name in names:
            checks = []
            for mode in ("lower", "exact", "legacy"):
                found = [(anchors, pattern, w) for m, anchors, pattern, w in entries[name] if m == mode]
                final = _minimal(set().union(*(a for a, _, _ in found)) if found else set())
                groups: dict[bytes, list[bytes]] = {a: [] for a in final}
                whole = dict.fromkeys(final, True)
                for anchors, pattern, whole_word in found:
                    for anchor in anchors:  # each of the term's anchors contains a final one
                        f = next(f for f in final if f in anchor)
                        groups[f].append(pattern)
                        # "leader" (of "i due leader") also stands for "leaders": not a whole word there
                        whole[f] = whole[f] and whole_word and f == anchor
                for anchor in final:
                    parts = sorted(dict.fromkeys(groups[anchor]), key=len, reverse=True)
                    # its first non-ASCII character: a page without it cannot hold the anchor
                    first = next((c for c in anchor.decode("utf-8", "ignore") if not c.isascii()), "")
                    checks.append((mode, anchor, first, whole[anchor], re.compile(b"|".join(parts))))
            self._checks[name] = checks

    def source_for(self, url: str) -> str | None:
        """The key of the source whose site ``url`` is on, or None."""
        host = (urlsplit(url).hostname or "").lower()
        while host:
            if host in self._domains:
                return self._domains[host]
            _, _, host = host.partition(".")
        return None

    def wants_host(self, url: str) -> bool:
        return self.any_outlet or self.source_for(url) is not None

    def keywords_pass(self, body: bytes, content_type: str | None = None) -> bool:
        """Could the topic find a hit in this page's readable text? Two stages, cheapest first:
        the raw bytes (most pages stop here), then, for pages that pass, the text left once
        page furniture is removed (:func:`reading_text`): off-topic pages whose only summit
        words are the outlet's "most read" and "related" headline lists stop there."""
        if not self.keywords:
            return True
        if not self._words_pass(body):
            return False
        return self._words_pass(reading_text(body, content_type))

    def _words_pass(self, body: bytes) -> bool:
        low = body.lower()
        # ASCII words of the page as a set (C speed): an ASCII anchor that is a term's own word is a
        # whole word of any match (a term's word is bounded by non-letters; bytes >= 0x80 split
        # too, which only adds words).
        words = set(low.translate(_WORD_TABLE).split())
        exact: list[set[bytes]] = []  # words in their own case, for "Xi", "U.S.": built when needed
        # Non-ASCII anchors: valid UTF-8 is decoded as UTF-8 by the extractor, so there only an
        # anchor whose first non-ASCII character the page has can match, and legacy bytes cannot.
        text: list[str] = []  # the page decoded, if valid UTF-8 (else legacy: search every anchor)
        chars: list[set[str]] = []  # its characters: built when a non-ASCII anchor is first checked
        if not body.isascii():
            try:
                text.append(body.decode("utf-8"))
            except UnicodeDecodeError:
                pass
        utf8 = body.isascii() or bool(text)

        def has_char(c: str) -> bool:
            if not chars:
                chars.append(set(text[0]) if text else set())
            return c in chars[0]

        def has(name: str) -> bool:
            if name in self._always:
                return True
            for mode, anchor, first, whole, rx in self._checks[name]:
                if utf8 and (mode == "legacy" or first and not has_char(first)):
                    continue
                lowered = mode == "lower"
                if whole and anchor.isascii() and anchor.isalnum():
                    if lowered:
                        if anchor not in words:
                            continue
                    else:
                        if not exact:
                            exact.append(set(body.translate(_WORD_TABLE).split()))
                        if anchor not in exact[0]:
                            continue
                page = low if lowered else body
                i = page.find(anchor)
                while i >= 0:
                    if rx.search(page, max(0, i - _SPAN), i + len(anchor) + _SPAN):
                        return True
                    i = page.find(anchor, i + 1)
            return False

        # The topic's only ways to a hit (archive.topic.Topic._hits): a pair phrase or event
        # venue; both leaders; or one leader with the other side's country as the destination of
        # a travel word ("Trump's trip to Beijing", 访华) or as what resolves "the two leaders".
        def one_side(leader: str, other: str) -> bool:
            return has(leader) and (has("visit_" + other) or has("host_" + other) and (has("visit") or has("two_leaders")))

        if has("both") or has("cn") and has("us"):
            return True
        return one_side("us", "cn") or one_side("cn", "us")


# Never article text for the extractor (trafilatura's tree cleaning drops them all).
_FURNITURE = ("script", "style", "noscript", "template", "aside", "nav", "footer", "menu", "form", "iframe",
              "svg", "select", "button", "dialog")


def reading_text(body: bytes, content_type: str | None = None) -> bytes:
    """The page's title, meta values, JSON-LD and body text without its furniture, as UTF-8.

    Decoded exactly as :func:`archive.extract.extract` decodes it; removed are the elements
    the extractor never reads (scripts, asides, navigation, footers, forms) and headline lists:
    list items whose only words are link text ("3. <a>headline</a>"). Inline links in paragraphs
    are kept. What the topic can see (title and extracted text) is a subset of what is left,
    except when a fallback extractor reads a box dropped here on a page with no article body:
    such a page's only summit words would be a sidebar's, the false positive this stage exists
    to avoid.
    """
    html, _encoding = decode_html(body[:MAX_INPUT_BYTES], content_type)
    try:
        tree = load_html(html)
    except (etree.ParserError, ValueError, TypeError):
        tree = None
    if tree is None:
        return body  # the extractor cannot parse it either; keep the first stage's answer
    parts = [el.text_content() for el in tree.iter("title")]
    parts += [el.get("content") or "" for el in tree.iter("meta")]
    parts += [el.text_content() for el in tree.iter("script") if (el.get("type") or "").lower() == "application/ld+json"]
    etree.strip_elements(tree, etree.Comment, *_FURNITURE, with_tail=False)
    for item in list(tree.iter("li")):
        linked = any(a.text_content().strip() for a in item.iter("a"))
        if linked and not any(c.isalpha() for c in _unlinked_text(item)):  # "3. <a>headline</a>"
            _remove(item)
    root = tree.find("body")
    parts.append((root if root is not None else tree).text_content())
    return "\n".join(parts).encode("utf-8", "replace")


def _unlinked_text(el) -> str:
    """The text of ``el`` outside its links (tails of children belong to ``el``)."""
    if el.tag == "a":
        return ""
    return (el.text or "") + "".join(_unlinked_text(child) + (child.tail or "") for child in el)


def _remove(el) -> None:
    """Remove an element, keeping its tail text (which belongs to the parent)."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail and el.tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


# --- scanning one file ---------------------------------------------------------------------


@dataclass
class Config:
    """What a worker needs to build its prefilter and topic (picklable: paths, not objects)."""

    sources_path: str | None = None
    topic_path: str | None = None
    any_outlet: bool = False
    keyword_prefilter: bool = True
    progress_every: int = 500  # records between checkpoints (also every 10 s)
    extract_timeout: float = EXTRACT_TIMEOUT  # seconds per page (0: none)


@dataclass
class Job:
    location: str  # absolute path or URL
    start_offset: int = 0
    counts: dict[str, int] = field(default_factory=dict)


@dataclass
class Candidate:
    """A capture the topic keeps, sent to the parent to be archived."""

    url: str
    source: str
    status: int | None
    content_type: str | None
    bytes: int
    fetched_at: str
    offset: int
    article: Article
    score: float
    matched: list[str]


class _Counting(io.RawIOBase):
    """Counts the bytes read through it (to find a truncated tail the WARC reader ignores)."""

    def __init__(self, raw):
        self.raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size)
        self.count += len(data)
        return data

    def readinto(self, buffer) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _warc_date(value: str | None) -> str:
    if value:
        try:
            when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
            when = when if when.tzinfo else when.replace(tzinfo=timezone.utc)
            return when.astimezone(timezone.utc).isoformat(timespec="seconds")
        except ValueError:
            pass
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _source_name(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


_WORKER_STATE: dict[str, Any] = {}


def _load(config: Config):
    """The worker's prefilter and topic, built once per process and configuration."""
    key = repr(config)
    if _WORKER_STATE.get("key") != key:
        from archive.sources import load_sources
        from archive.topic import load_topic

        topic = load_topic(config.topic_path)
        sources = load_sources(config.sources_path)
        _WORKER_STATE.update(key=key, topic=topic, prefilter=Prefilter(
            topic, sources, any_outlet=config.any_outlet, keywords=config.keyword_prefilter))
    return _WORKER_STATE["prefilter"], _WORKER_STATE["topic"]


def scan_file(job: Job, config: Config) -> Iterator[tuple]:
    """Scan one WARC file from ``job.start_offset``; yield messages for the writer, in order.

    ``("match", location, Candidate)`` for each kept capture, then at checkpoints
    ``("progress", location, next_offset, counts)``: every match before it is yielded and every
    record before ``next_offset`` counted. Last ``("done", location, next_offset, counts, note)``
    or ``("failed", location, next_offset, counts, error)`` (resume from next_offset).
    Network errors on a URL are retried from the last record boundary.
    """
    prefilter, topic = _load(config)
    counts = {k: 0 for k in COUNTERS} | dict(job.counts)
    location, offset = job.location, job.start_offset
    note = None
    retries = 0
    while True:
        try:
            stream = open_stream(location, offset, user_agent=USER_AGENT)
        except (OSError, http.client.HTTPException) as exc:
            if is_url(location) and retries < NETWORK_RETRIES and not isinstance(exc, FileNotFoundError):
                retries += 1
                time.sleep(2 ** retries)
                continue
            yield ("failed", location, offset, counts, f"{type(exc).__name__}: {exc}")
            return
        try:
            counting = _Counting(stream)
            it = ArchiveIterator(io.BufferedReader(counting, 1 << 16))
            since, last_emit = 0, time.monotonic()
            base = offset
            for record in it:
                candidate = _consider(record, it, prefilter, topic, counts, config)
                rec_offset = base + it.get_record_offset()
                if getattr(record.raw_stream, "limit", 0) > 0:  # the data ended inside this record
                    counts["truncated"] += 1
                    note = f"truncated record at offset {rec_offset}"
                    if candidate is not None:
                        counts["matched"] -= 1
                    break
                offset = rec_offset + it.get_record_length()
                if candidate is not None:
                    candidate.offset = rec_offset
                    yield ("match", location, candidate)
                since += 1
                if since >= config.progress_every or time.monotonic() - last_emit > 10:
                    yield ("progress", location, offset, dict(counts))
                    since, last_emit = 0, time.monotonic()
            else:
                if base + counting.count > offset and note is None:
                    counts["truncated"] += 1  # bytes after the last whole record: a cut-off record
                    note = f"truncated data after offset {offset}"
        except (OSError, EOFError, http.client.HTTPException, ValueError) as exc:
            # zlib errors surface as OSError/EOFError; a broken connection too
            if is_url(location) and retries < NETWORK_RETRIES:
                retries += 1
                time.sleep(2 ** retries)
                continue
            yield ("failed", location, offset, counts, f"{type(exc).__name__}: {exc}")
            return
        except Exception as exc:  # a bug or a record warcio cannot parse: keep the position
            yield ("failed", location, offset, counts, f"{type(exc).__name__}: {exc}")
            return
        finally:
            stream.close()
        yield ("done", location, offset, counts, note)
        return


def _consider(record, it, prefilter: Prefilter, topic, counts: dict[str, int], config: Config) -> Candidate | None:
    """Count one record and run the tests, cheapest first; a Candidate when the topic keeps it."""
    counts["records"] += 1
    if record.rec_type != "response" or record.http_headers is None:
        return None
    counts["responses"] += 1
    url = (record.rec_headers.get_header("WARC-Target-URI") or "").strip("<> ")
    status_text = record.http_headers.get_statuscode() or ""
    status = int(status_text) if status_text.isdigit() else None
    ctype = record.http_headers.get_header("Content-Type")
    if not url.startswith(("http://", "https://")) or status is None or not 200 <= status < 300:
        return None
    if (ctype or "").split(";")[0].strip().lower() not in _HTML_TYPES:
        return None
    source = prefilter.source_for(url)
    if source is None and not prefilter.any_outlet:
        counts["skipped_outlet"] += 1
        return None
    body = record.content_stream().read(MAX_INPUT_BYTES)
    if len(body) < MAX_INPUT_BYTES and getattr(record.raw_stream, "limit", 0) > 0:
        return None  # truncated: counted by the caller
    if not looks_like_html(body, ctype):
        return None
    counts["html"] += 1
    try:
        passed = prefilter.keywords_pass(body, ctype)
    except Exception:  # noqa: BLE001 - an odd page must not fail the file: let extraction decide
        passed = True
    if not passed:
        counts["skipped_prefilter"] += 1
        return None
    counts["extracted"] += 1
    try:
        with _time_limit(config.extract_timeout):
            article = extract(body, url, ctype)
    except (ExtractionError, _Overtime):
        counts["not_article"] += 1
        return None
    except Exception:  # noqa: BLE001 - one odd page must not stop a 40,000-record file
        counts["not_article"] += 1
        return None
    rel = topic.classify(title=article.title or "", text=article.text, url=article.url)
    if not rel.relevant:
        counts["off_topic"] += 1
        return None
    counts["matched"] += 1
    return Candidate(
        url=url, source=source or _source_name(url), status=status, content_type=ctype, bytes=len(body),
        fetched_at=_warc_date(record.rec_headers.get_header("WARC-Date")), offset=-1,
        article=article, score=rel.score, matched=list(rel.matched),
    )


class _Overtime(BaseException):
    """Raised by the alarm; a BaseException so no ``except Exception`` inside a library eats it."""


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Bound one extraction in a scanning worker (fault catalogue #24).

    A worker scans a whole file, so a page cannot get a process of its own as in the crawl
    (archive.extract.Extractor); an interval timer interrupts the Python-level work instead (a
    single long lxml call overruns until it returns). Only in a main thread; elsewhere unbounded.
    """
    if seconds <= 0 or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_alarm(signum, frame):
        raise _Overtime()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# --- running: workers scan, the parent writes ----------------------------------------------


def _worker_main(config: Config, tasks, results) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    while True:
        job = tasks.get()
        if job is None:
            return
        results.put(("start", job.location, os.getpid()))
        try:
            for message in scan_file(job, config):
                results.put(message)
        except BaseException as exc:  # noqa: BLE001 - report, then let the parent decide
            results.put(("failed", job.location, job.start_offset, job.counts, f"{type(exc).__name__}: {exc}"))


def _messages(jobs: list[Job], config: Config, workers: int) -> Iterator[tuple]:
    """All files' messages: in this process for one worker, else from ``workers`` processes."""
    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield from scan_file(job, config)
        return
    ctx = multiprocessing.get_context("spawn")  # no fork of the parent's SQLite connection or threads
    tasks, results = ctx.Queue(), ctx.Queue(maxsize=1000)
    for job in jobs:
        tasks.put(job)
    procs = [ctx.Process(target=_worker_main, args=(config, tasks, results), daemon=True)
             for _ in range(min(workers, len(jobs)))]
    for p in procs:
        tasks.put(None)
        p.start()
    remaining = {job.location: job for job in jobs}
    running: dict[int, str] = {}  # pid -> location
    try:
        while remaining:
            try:
                message = results.get(timeout=1)
            except queue.Empty:
                for p in procs:
                    if not p.is_alive() and p.pid in running and p.exitcode not in (0, None):
                        location = running.pop(p.pid)
                        job = remaining.get(location)
                        if job is not None:
                            yield ("failed", location, None, None, f"worker died (exit code {p.exitcode})")
                            remaining.pop(location, None)
                if not any(p.is_alive() for p in procs) and results.empty():
                    for location in list(remaining):
                        yield ("failed", location, None, None, "worker exited early")
                        remaining.pop(location)
                continue
            if message[0] == "start":
                running[message[2]] = message[1]
                continue
            if message[0] in ("done", "failed"):
                remaining.pop(message[1], None)
                running = {pid: loc for pid, loc in running.items() if loc != message[1]}
            yield message
    finally:
        for p in procs:
            if p.is_alive():
                p.terminate()
        for p in procs:
            p.join(timeout=5)


@dataclass
class Result:
    run_id: int
    finish_reason: str
    files: dict[str, dict[str, Any]]  # location -> {state, counts..., note}
    skipped_done: list[str]
    articles: dict[str, int]  # new / updated / unchanged / older_capture

    def totals(self) -> dict[str, int]:
        out = {k: 0 for k in COUNTERS}
        for info in self.files.values():
            for k in COUNTERS:
                out[k] += info.get(k) or 0
        return out


def backfill(db_path: str | os.PathLike, locations: Iterable[str], *, sources_path: str | None = None,
             topic_path: str | None = None, any_outlet: bool = False, keyword_prefilter: bool = True,
             workers: int | None = None, restart: bool = False, progress_every: int = 500,
             extract_timeout: float = EXTRACT_TIMEOUT,
             on_file: Callable[[str, dict[str, Any]], None] | None = None) -> Result:
    """Scan CC-NEWS WARC files into the archive at ``db_path``; one crawl_runs row ("backfill").

    The caller holds the archive's crawl lock (``Archive.start_run`` closes open runs as crashed).
    Files already done are skipped; ``restart`` scans unfinished files from their start.
    """
    from archive.db import Archive, Fetch
    from archive.extract import EXTRACTOR_VERSION
    from archive.sources import load_sources, load_wire_services
    from archive.topic import load_topic
    from archive.urls import url_key

    load_sources(sources_path)  # configuration errors before any run row (ConfigError)
    load_topic(topic_path)
    config = Config(sources_path, topic_path, any_outlet, keyword_prefilter, progress_every, extract_timeout)
    archive = Archive(db_path, load_wire_services(sources_path))
    run_id = archive.start_run(["backfill"], sources_path, topic_path, EXTRACTOR_VERSION)
    locations = list(dict.fromkeys(resolve_location(x) for x in locations))
    jobs: list[Job] = []
    skipped: list[str] = []
    for location in locations:
        row = archive.db.execute(
            f"select state, last_offset, {', '.join(COUNTERS)} from backfill_files where path = ?",
            [location]).fetchone()
        if row and row[0] == "done":
            skipped.append(location)
            continue
        resume = row is not None and not restart and (row[1] or 0) > 0
        counts = dict(zip(COUNTERS, (v or 0 for v in row[2:]))) if resume else {k: 0 for k in COUNTERS}
        jobs.append(Job(location, row[1] if resume else 0, counts))
        with archive.transaction() as db:
            db.execute(
                f"""insert into backfill_files (path, state, last_offset, started_at, run_id, error,
                                                {', '.join(COUNTERS)})
                    values (?, 'running', ?, ?, ?, null, {', '.join('?' * len(COUNTERS))})
                    on conflict(path) do update set state = 'running', run_id = excluded.run_id,
                      last_offset = excluded.last_offset, error = null,
                      started_at = coalesce(backfill_files.started_at, excluded.started_at),
                      {', '.join(f'{c} = excluded.{c}' for c in COUNTERS)}""",
                [location, jobs[-1].start_offset, _now(), run_id, *(counts[k] for k in COUNTERS)])
    files: dict[str, dict[str, Any]] = {}
    articles = {"new": 0, "updated": 0, "unchanged": 0, "older_capture": 0}
    finish_reason = "crashed"
    started = time.monotonic()

    def checkpoint(location: str, offset: int | None, counts: dict | None, state: str, note: str | None) -> None:
        sets = {"state": state, "error": note}
        if offset is not None:
            sets["last_offset"] = offset
        if counts:
            sets.update({k: counts.get(k, 0) for k in COUNTERS})
        if state != "running":
            sets["finished_at"] = _now()
        with archive.transaction() as db:
            db.execute(f"update backfill_files set {', '.join(f'{k} = ?' for k in sets)} where path = ?",
                       [*sets.values(), location])
        if state != "running":
            files[location] = {"state": state, "note": note, **(counts or {})}
            if on_file:
                on_file(location, files[location])

    try:
        for message in _messages(jobs, config, workers or os.cpu_count() or 1):
            kind, location = message[0], message[1]
            if kind == "match":
                c: Candidate = message[2]
                key = url_key(c.article.canonical_url)
                existing = archive.db.execute("select fetched_at from articles where url_key = ?", [key]).fetchone()
                if existing and existing[0] and existing[0] > c.fetched_at:
                    articles["older_capture"] += 1  # a newer copy is archived: keep it, not this one
                    continue
                fetch = Fetch(url=c.url, source=c.source, discovered_via=DISCOVERED_VIA, discovered_from=location,
                              status=c.status, content_type=c.content_type, bytes=c.bytes, fetched_at=c.fetched_at,
                              warc_file=location, warc_offset=c.offset)
                status, _ = archive.record_article(run_id, fetch, c.article, c.score, c.matched)
                articles[status] += 1
            elif kind == "progress":
                checkpoint(location, message[2], message[3], "running", None)
            elif kind == "done":
                checkpoint(location, message[2], message[3], "done", message[4])
            elif kind == "failed":
                checkpoint(location, message[2], message[3], "failed", message[4])
        failed = [loc for loc, info in files.items() if info["state"] == "failed"]
        finish_reason = "failed" if failed else "finished"
    except KeyboardInterrupt:
        finish_reason = "shutdown"
        raise
    finally:
        result = Result(run_id, finish_reason, files, skipped, articles)
        stats = {"backfill/files": len(locations), "backfill/files_skipped_done": len(skipped),
                 "backfill/seconds": round(time.monotonic() - started, 1),
                 **{f"backfill/articles_{k}": v for k, v in articles.items()},
                 **{f"backfill/{k}": v for k, v in result.totals().items()}}
        archive.finish_run(run_id, finish_reason, stats)
        archive.close()
    return result


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
