"""URL identity: one article, one key, however many ways the web spells its address.

``clean_url`` is what we fetch and show: tracking parameters, session ids and fragments removed,
query sorted (w3lib). ``url_key`` is what we deduplicate on: additionally scheme, ``www.``/``m.``
hosts, AMP variants and trailing slashes are unified, so that feed, sitemap, AMP and mobile
spellings of one article meet in one row.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from courlan.clean import TRACKERS_RE
from w3lib.url import canonicalize_url

# Session ids and AMP switches are not content: strip them like courlan strips trackers.
_SESSION_RE = re.compile(r"^(?:jsessionid|phpsessid|sessionid|sid|aspsessionid\w*|cfid|cftoken)$", re.I)
_AMP_PARAMS = {"amp", "outputtype", "output"}
_PATH_PARAM_RE = re.compile(r";(?:jsessionid|phpsessid|sessionid|sid)=[^/?#]*", re.I)
_HOST_PREFIX_RE = re.compile(r"^(?:www\d?|m|mobile|amp)\.")
_AMP_PATH_RE = re.compile(r"(?:/amp|\.amp)(?=/?$)|^/amp(?=/)", re.I)


def _keep_param(name: str) -> bool:
    lowered = name.lower()
    return not (TRACKERS_RE.search(lowered) or _SESSION_RE.match(lowered))


def clean_url(url: str) -> str:
    """The fetchable form of ``url``: no trackers, session ids or fragment; sorted query."""
    url = url.strip()
    parts = urlsplit(url)
    path = _PATH_PARAM_RE.sub("", parts.path)
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if _keep_param(k)])
    return canonicalize_url(urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, query, "")))


def url_key(url: str) -> str:
    """The deduplication key: host without www./m./amp., path without AMP suffix or trailing slash.

    >>> url_key("https://www.example.com/news/a/amp/?utm_source=x")
    'example.com/news/a'
    """
    parts = urlsplit(clean_url(url))
    host = _HOST_PREFIX_RE.sub("", (parts.hostname or "").lower())
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    path = _AMP_PATH_RE.sub("", parts.path).rstrip("/") or "/"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() not in _AMP_PARAMS]
    key = host + path
    if query:
        key += "?" + urlencode(query)
    return key


def is_fetchable(url: str) -> bool:
    """An http(s) URL with a host, a valid port and no whitespace: anything else is a bad link."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        return False
    host = parts.hostname or ""
    return parts.scheme in ("http", "https") and bool(host) and not any(c.isspace() for c in parts.netloc)


def same_site(a: str, b: str) -> bool:
    """True when both URLs are on one registrable-ish site (hosts equal after www./m. removal)."""
    ha = _HOST_PREFIX_RE.sub("", (urlsplit(a).hostname or "").lower())
    hb = _HOST_PREFIX_RE.sub("", (urlsplit(b).hostname or "").lower())
    return bool(ha) and (ha == hb or ha.endswith("." + hb) or hb.endswith("." + ha))
