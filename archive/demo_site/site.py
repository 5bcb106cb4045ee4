"""Assemble the whole demo web (pages, feeds, sitemaps, robots.txt, broken pages) and its truth.

Pure functions of ``(base_url, edition)``: the server calls :func:`build_site` once it knows its
port, and tests compare two builds for determinism.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone

from archive.demo_site import templates as T
from archive.demo_site.stories import (
    EN_OUTLETS, OUTLETS, ZH_OUTLET, Story, _summit_en, catalogue, edition2_new, rewrite_for_edition2,
)

# Outcome labels the crawler must record (see Expected.outcome).
ARTICLE, OFF_TOPIC, DUPLICATE = "article", "off_topic", "duplicate"
HTTP_404, NOT_HTML, NO_CONTENT, ROBOTS = "http_404", "not_html", "no_content", "robots_disallowed"
# A JSON body served as text/html is a page without an article (fault catalogue #25): "no_content";
# "not_html" is for bodies whose Content-Type says they are not HTML (a PDF served as such).
JSON_AS_HTML_OUTCOME = NO_CONTENT

SITE_EPOCH = datetime(2026, 9, 1, 0, 0, tzinfo=timezone.utc)  # Last-Modified of static resources
ZH_SECTIONS = {"国际": "guoji", "财经": "caijing", "科技": "keji", "社会": "shehui", "体育": "tiyu"}
FEED_PATH = {"rss": "feed.xml", "atom": "atom.xml"}
SITEMAP_INDEX_OUTLET = "harbour-times"  # the outlet whose sitemap is an index of two children


@dataclass(frozen=True)
class Resource:
    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Expected:
    """Ground truth for one URL listed in a feed or sitemap, known by construction."""

    url: str
    outlet: str
    kind: str  # summit | china_no_summit | trade_no_summit | other_summit | unrelated | wire_copy | amp | broken | robots_disallowed
    relevant: bool | None  # None for broken and robots-disallowed URLs
    outcome: str  # article | off_topic | duplicate | http_404 | not_html | no_content | robots_disallowed
    title: str
    language: str  # primary tag: "en" | "zh"
    published: str  # ISO 8601 with offset, as the page/feed states it


def _num(key: str) -> int:
    return int(hashlib.sha1(key.encode()).hexdigest()[:8], 16) % 900000 + 100000


def story_path(s: Story) -> str:
    """Each outlet spells its article URLs differently, like real sites do."""
    p = s.published
    if s.outlet == "pacific-ledger":
        return f"/pacific-ledger/{s.section.lower()}/{p:%Y/%m/%d}/{s.slug}/"
    if s.outlet == "harbour-times":
        return f"/harbour-times/news/{s.section.lower()}/{s.slug}-{_num(s.key)}"
    if s.outlet == "capital-dispatch":
        return f"/capital-dispatch/{p:%Y/%m/%d}/{s.slug}.html"
    if s.outlet == "eastern-courier":
        return f"/eastern-courier/{s.section.lower()}/{_num(s.key)}/{s.slug}"
    return f"/dongan-shibao/{ZH_SECTIONS[s.section]}/{p:%Y%m%d}/t{p:%Y%m%d}_{_num(s.key)}.html"


# --- special cases ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Special:
    """A listed URL that is not an ordinary article: broken pages and the robots-disallowed one."""

    path: str
    outlet: str
    kind: str
    outcome: str
    title: str
    published: datetime
    resource: Resource
    in_feed: bool
    in_sitemap: bool
    language: str = "en"


# A tiny but well-formed one-page PDF.
_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
_JSON = (b'{"status": "ok", "story": {"id": 88231, "headline": "Xi and Trump phone call: key quotes", '
         b'"body": null, "render": "client"}}\n')
NOT_FOUND_BODY = b"<!DOCTYPE html><html lang=\"en\"><head><title>404 Not Found</title></head><body><h1>Page not found</h1><p>The page you requested does not exist.</p></body></html>\n"


def _private_story() -> Story:
    o = OUTLETS["capital-dispatch"]
    rec = ("busan25", "preview", "diplomacy", -1, "Embargoed: briefing notes on the Trump-Xi meeting agenda")
    s = _summit_en("private-briefing", o, rec, datetime(2025, 10, 29).date(), o.authors[0])
    return replace(s, slug="embargoed-trump-xi-briefing")


def specials() -> list[Special]:
    tz_us, tz_sg = OUTLETS["capital-dispatch"].tz, OUTLETS["eastern-courier"].tz
    private = _private_story()
    return [
        Special("/harbour-times/news/world/analysis-what-the-trump-xi-call-means-for-tariffs-404404", "harbour-times",
                "broken", HTTP_404, "Analysis: what the Trump-Xi call means for tariffs",
                datetime(2025, 9, 19, 18, 0, tzinfo=timezone.utc), Resource(404, "text/html; charset=utf-8", NOT_FOUND_BODY),
                in_feed=True, in_sitemap=False),
        Special("/capital-dispatch/documents/2025/10/us-china-trade-arrangement-fact-sheet.pdf", "capital-dispatch",
                "broken", NOT_HTML, "Fact sheet: the US-China trade arrangement (PDF)",
                datetime(2025, 11, 1, 9, 0, tzinfo=tz_us), Resource(200, "application/pdf", _PDF),
                in_feed=False, in_sitemap=True),
        Special("/eastern-courier/api/v2/story/88231", "eastern-courier", "broken", JSON_AS_HTML_OUTCOME,
                "Xi and Trump phone call: key quotes", datetime(2025, 11, 24, 22, 15, tzinfo=tz_sg),
                Resource(200, "text/html; charset=utf-8", _JSON), in_feed=True, in_sitemap=True),
        Special("/pacific-ledger/world/2025/10/30/live-trump-xi-busan-updates/", "pacific-ledger", "broken", NO_CONTENT,
                "Live: Trump and Xi meet in Busan", datetime(2025, 10, 30, 1, 0, tzinfo=OUTLETS["pacific-ledger"].tz),
                Resource(200, "text/html; charset=utf-8", b""), in_feed=True, in_sitemap=True),
        # Listed in the Capital Dispatch feed but under /private/, which robots.txt disallows.
        Special("/private/capital-dispatch/2025/10/29/embargoed-trump-xi-briefing.html", "capital-dispatch",
                "robots_disallowed", ROBOTS, private.title, private.published, Resource(0, "", b""),  # rendered later
                in_feed=True, in_sitemap=False),
    ]


def stories_for(edition: int = 1) -> list[Story]:
    """The stories of an edition, with the special flags (AMP, updated, feed/sitemap membership) set."""
    base = catalogue()
    out: list[Story] = []
    per_outlet: dict[str, int] = {}
    for s in base:
        i = per_outlet.get(s.outlet, 0)
        per_outlet[s.outlet] = i + 1
        # Most stories are in both lists; a few only in the feed, a few only in the sitemap.
        if s.kind != "wire_copy":
            s = replace(s, in_feed=i % 8 != 6, in_sitemap=i % 8 != 3)
        out.append(s)
    amp = amp_story(out)
    upd = updated_story(out)
    out = [replace(s, in_feed=True, in_sitemap=False) if s.key == amp else s for s in out]
    out = [replace(s, modified=s.published + timedelta(hours=4, minutes=25),
                   updated_note=f"Updated {T._us_time(s.published + timedelta(hours=4, minutes=25))}")
           if s.key == upd else s for s in out]
    if edition >= 2:
        changed = set(edition2_changed(out))
        out = [rewrite_for_edition2(s) if s.key in changed else s for s in out]
        out.extend(edition2_new())
    return out


def amp_story(stories: list[Story]) -> str:
    return next(s.key for s in stories if s.outlet == "pacific-ledger" and s.kind == "summit" and s.topic == "busan25")


def updated_story(stories: list[Story]) -> str:
    return next(s.key for s in stories if s.outlet == "capital-dispatch" and s.kind == "summit" and s.topic == "busan25")


def edition2_changed(stories: list[Story]) -> list[str]:
    """Keys of the three stories whose text changes in edition 2."""
    return [
        next(s.key for s in stories if s.outlet == "harbour-times" and s.topic == "beijing26"),
        next(s.key for s in stories if s.outlet == "eastern-courier" and s.kind == "other_summit"),
        next(s.key for s in stories if s.outlet == ZH_OUTLET and s.kind == "summit" and s.topic == "beijing26"),
    ]


# --- building --------------------------------------------------------------------------------

def _res(body: str | bytes, ctype: str, modified: datetime, status: int = 200) -> Resource:
    data = body.encode("utf-8") if isinstance(body, str) else body
    return Resource(status, ctype, data, {
        "Last-Modified": T.http_date(modified),
        "ETag": '"' + hashlib.sha1(data).hexdigest()[:20] + '"',
    })


HTML = "text/html; charset=utf-8"


def build_site(base_url: str, edition: int = 1) -> dict[str, Resource]:
    """Every resource of the demo web, keyed by path (``/pacific-ledger/feed.xml`` etc.)."""
    base = base_url.rstrip("/")
    stories = stories_for(edition)
    # Sidebars come from edition 1 only, so that pages untouched by edition 2 stay byte-identical.
    ed1 = [s for s in stories if s.edition == 1]
    site: dict[str, Resource] = {}
    amp_key = amp_story(stories)
    entries: dict[str, dict[str, list[tuple]]] = {o: {"feed": [], "sitemap": []} for o in OUTLETS}

    for s in stories:
        url = base + story_path(s)
        same = [x for x in ed1 if x.outlet == s.outlet and x.key != s.key]
        related = [(base + story_path(x), x.title) for x in same if x.kind == s.kind][:3]
        most_read = [(base + story_path(x), x.title) for x in same[:5]]
        amp_url = url + "amp/" if s.key == amp_key else None
        ctx = T.PageContext(base=base, url=url, most_read=most_read, related=related, amp_url=amp_url)
        modified = s.modified or s.published
        site[story_path(s)] = _res(T.PAGE_RENDERERS[s.outlet](s, ctx), HTML, modified)
        entry = (url, s.title, s.description, s.author, s.published, modified, s.language, s.section)
        if s.in_feed:
            entries[s.outlet]["feed"].append(entry)
        if s.in_sitemap:
            entries[s.outlet]["sitemap"].append(entry)
        if amp_url:
            site[story_path(s) + "amp/"] = _res(T.amp_pacific_ledger(s, ctx, canonical=url), HTML, modified)
            entries[s.outlet]["sitemap"].append((amp_url,) + entry[1:])

    private = _private_story()
    for sp in specials():
        res = sp.resource
        if sp.kind == "robots_disallowed":
            ctx = T.PageContext(base=base, url=base + sp.path, most_read=[], related=[])
            res = _res(T.page_capital_dispatch(private, ctx), HTML, private.published)
        elif res.status == 200:
            res = _res(res.body, res.content_type, sp.published)
        site[sp.path] = res
        entry = (base + sp.path, sp.title, sp.title, "Staff", sp.published, sp.published, sp.language, "World")
        if sp.in_feed:
            entries[sp.outlet]["feed"].append(entry)
        if sp.in_sitemap:
            entries[sp.outlet]["sitemap"].append(entry)

    for okey, o in OUTLETS.items():
        feed = sorted(entries[okey]["feed"], key=lambda e: e[4], reverse=True)
        smap = sorted(entries[okey]["sitemap"], key=lambda e: e[4], reverse=True)
        last = max(e[5] for e in feed + smap)
        if o.feed_kind == "rss":
            site[f"/{okey}/feed.xml"] = _res(T.rss_feed(okey, base, feed), "application/rss+xml; charset=utf-8", last)
        else:
            site[f"/{okey}/atom.xml"] = _res(T.atom_feed(okey, base, feed), "application/atom+xml; charset=utf-8", last)
        if okey == SITEMAP_INDEX_OUTLET:
            # Older stories in one child sitemap, newer in the other.
            old = [e for e in smap if e[4].year < 2023]
            new = [e for e in smap if e[4].year >= 2023]
            children = []
            for n, part in enumerate((new, old), 1):
                path = f"/{okey}/sitemaps/news-{n}.xml"
                part_last = max(e[5] for e in part)
                site[path] = _res(T.news_sitemap(okey, part), "application/xml; charset=utf-8", part_last)
                children.append((base + path, part_last))
            site[f"/{okey}/sitemap-index.xml"] = _res(T.sitemap_index(children), "application/xml; charset=utf-8", last)
        else:
            site[f"/{okey}/news-sitemap.xml"] = _res(T.news_sitemap(okey, smap), "application/xml; charset=utf-8", last)
        latest = sorted(((base + story_path(s), s.title, s.published) for s in stories if s.outlet == okey),
                        key=lambda x: x[2], reverse=True)[:30]
        site[f"/{okey}/"] = _res(T.home_page(okey, base, latest), HTML, last)

    site["/robots.txt"] = _res(robots_txt(base), "text/plain; charset=utf-8", SITE_EPOCH)
    links = "".join(f'<li><a href="{base}/{k}/">{o.name}</a></li>' for k, o in OUTLETS.items())
    site["/"] = _res(f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>summit-archive demo web</title></head>'
                     f"<body><h1>Demo news web (fictional outlets)</h1><ul>{links}</ul></body></html>\n", HTML, SITE_EPOCH)
    site["/favicon.ico"] = Resource(404, HTML, NOT_FOUND_BODY)
    return site


def robots_txt(base: str) -> str:
    maps = "".join(f"Sitemap: {u}\n" for o in OUTLETS for u in sitemap_urls(base, o))
    return f"# summit-archive demo web\nUser-agent: *\nDisallow: /private/\nAllow: /\n\n{maps}"


def feed_urls(base: str, okey: str) -> list[str]:
    return [f"{base}/{okey}/{FEED_PATH[OUTLETS[okey].feed_kind]}"]


def sitemap_urls(base: str, okey: str) -> list[str]:
    return [f"{base}/{okey}/sitemap-index.xml" if okey == SITEMAP_INDEX_OUTLET else f"{base}/{okey}/news-sitemap.xml"]


# --- truth -----------------------------------------------------------------------------------

def truth(base_url: str, edition: int = 1) -> list[Expected]:
    """One :class:`Expected` per URL listed in any feed or sitemap of the edition."""
    base = base_url.rstrip("/")
    stories = stories_for(edition)
    amp_key = amp_story(stories)
    out: list[Expected] = []
    for s in stories:
        if not (s.in_feed or s.in_sitemap):
            continue
        url = base + story_path(s)
        out.append(Expected(url, s.outlet, s.kind, s.relevant, ARTICLE if s.relevant else OFF_TOPIC,
                            s.title, s.language, s.published.isoformat()))
        if s.key == amp_key:
            out.append(Expected(url + "amp/", s.outlet, "amp", True, DUPLICATE, s.title, s.language, s.published.isoformat()))
    for sp in specials():
        out.append(Expected(base + sp.path, sp.outlet, sp.kind, None, sp.outcome, sp.title, sp.language,
                            sp.published.isoformat()))
    return out


def sources_toml(base_url: str) -> str:
    base = base_url.rstrip("/")
    # The demo's fictional agency, credited in its syndicated copy (see archive.syndication).
    parts = ['wire_services = ["Pacific Wire Service", "Pacific Wire"]\n']
    for okey, o in OUTLETS.items():
        feeds = ", ".join(f'"{u}"' for u in feed_urls(base, okey))
        maps = ", ".join(f'"{u}"' for u in sitemap_urls(base, okey))
        parts.append(f"""[[source]]
key = "{okey}"
name = "{o.name}"
homepage = "{base}/{okey}/"
language = "{o.language.split('-')[0]}"
country = "{o.country}"
feeds = [{feeds}]
sitemaps = [{maps}]
confirmed = true
notes = "Fictional outlet of the bundled demo site."
""")
    return "\n".join(parts)


__all__ = ["Resource", "Expected", "build_site", "truth", "sources_toml", "stories_for", "story_path", "EN_OUTLETS"]
