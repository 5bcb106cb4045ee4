"""SSRF guard (fault catalogue #16): crawled links must not reach private networks.

A feed, sitemap or redirect may point at 127.0.0.1, 169.254.169.254 (cloud metadata), 10.x,
``[::1]``, ``2130706433`` or a hostname whose DNS answer is private. Such requests are refused
before any connection, with the reason ``blocked_ssrf``. Hosts named in the sources file are the
operator's own choice and stay allowed (the demo site and tests live on 127.0.0.1), as does
anything listed in ARCHIVE_ALLOW_PRIVATE (``host`` or ``host:port``).
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest
from scrapy.resolver import CachingThreadedResolver
from twisted.internet.error import DNSLookupError

from archive.sources import load_sources

BLOCKED = "blocked_ssrf"
# Names the resolver refused. Twisted reports any resolver failure as "no results", so the
# reason travels here instead of in the exception.
BLOCKED_NAMES: set[str] = set()


def was_blocked(url: str) -> bool:
    return (urlsplit(url).hostname or "") in BLOCKED_NAMES


def ip_literal(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address a host string denotes by itself, including legacy IPv4 spellings
    (``2130706433``, ``0177.0.0.1``, ``0x7f.1``) that browsers and libc still accept."""
    host = host.strip("[]")
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    try:
        return ipaddress.IPv4Address(socket.inet_aton(host))
    except OSError:
        return None


def is_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def allowed_destinations(settings) -> set[str]:
    """``host`` and ``host:port`` strings the operator named (sources file, ARCHIVE_ALLOW_PRIVATE)."""
    allowed = {str(v) for v in settings.getlist("ARCHIVE_ALLOW_PRIVATE")}
    for source in load_sources(settings.get("ARCHIVE_SOURCES")):
        for url in (source.homepage, *source.feeds, *source.sitemaps):
            parts = urlsplit(url)
            if parts.hostname:
                allowed.add(f"{parts.hostname}:{parts.port or (443 if parts.scheme == 'https' else 80)}")
                allowed.add(parts.hostname)
    return allowed


class PrivateDestinationMiddleware:
    """Refuses requests whose host is a private, loopback, link-local or reserved IP literal."""

    def __init__(self, allowed: set[str]):
        self.allowed = allowed

    @classmethod
    def from_crawler(cls, crawler):
        return cls(allowed_destinations(crawler.settings))

    def process_request(self, request):
        parts = urlsplit(request.url)
        host = parts.hostname or ""
        port = parts.port or (443 if parts.scheme == "https" else 80)
        if f"{host}:{port}" in self.allowed:
            return None
        ip = ip_literal(host)
        if ip is not None and not is_public(ip):
            raise IgnoreRequest(f"{BLOCKED}: {host} is not a public address")
        return None


class PublicOnlyResolver(CachingThreadedResolver):
    """DNS answers that point into private networks are refused (DNS-rebinding style SSRF)."""

    allowed: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler, reactor):
        resolver = super().from_crawler(crawler, reactor)
        resolver.allowed = allowed_destinations(crawler.settings)
        return resolver

    def getHostByName(self, name, timeout=()):  # noqa: N802 - Twisted's interface
        d = super().getHostByName(name, timeout)

        def check(address: str) -> str:
            ip = ip_literal(address)
            if name not in self.allowed and ip is not None and not is_public(ip):
                BLOCKED_NAMES.add(name)
                raise DNSLookupError(f"{BLOCKED}: {name} resolves to {address}")
            return address

        return d.addCallback(check)
