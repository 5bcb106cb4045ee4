"""HTML, feed and sitemap rendering: one deliberately different page template per outlet.

The templates carry the boilerplate real news pages have (navigation, cookie banner, ads,
newsletter box, most-read list, share buttons, reader comments) so that extraction is tested
against clutter; the marker sentences below let tests check the clutter was left out.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import format_datetime
from html import escape
from xml.sax.saxutils import escape as xesc

from archive.demo_site.stories import OUTLETS, Story

COOKIE_TEXT = "We use cookies and similar technologies to personalise content and measure audiences."
COOKIE_TEXT_ZH = "本网站使用Cookie以改善您的浏览体验，继续浏览即表示您同意我们的隐私政策。"
NEWSLETTER_TEXT = "Sign up for our free morning briefing and get the day's essential stories in your inbox."
NEWSLETTER_TEXT_ZH = "订阅东岸时报早间简报，每天清晨把要闻送到您的邮箱。"
COMMENTS = [
    ("skeptical_reader", "Seen this movie before. Let's check back in six months and see what actually changed."),
    ("midwest_mike", "Good reporting as always, though I wish you had spoken to more people outside the capital."),
    ("harbourview", "Does anyone know where the full statement was published? The link in the sidebar is broken."),
    ("quietobserver", "The comments here are always more heated than the article itself."),
]
COMMENTS_ZH = [("网友小林", "希望后续报道能继续跟进，谢谢编辑。"), ("老读者", "写得很清楚，点赞。"), ("江南雨", "关注这个话题很久了，期待更多细节。")]
MARKERS = [COOKIE_TEXT, NEWSLETTER_TEXT, COOKIE_TEXT_ZH, NEWSLETTER_TEXT_ZH] + [c[1] for c in COMMENTS + COMMENTS_ZH]


@dataclass(frozen=True)
class PageContext:
    base: str  # "http://127.0.0.1:PORT"
    url: str  # absolute URL of this page
    most_read: list[tuple[str, str]]  # (url, title)
    related: list[tuple[str, str]]
    amp_url: str | None = None


def _us_time(d: datetime) -> str:
    ampm = "a.m." if d.hour < 12 else "p.m."
    return f"{d.strftime('%b.')} {d.day}, {d.year} {(d.hour % 12) or 12}:{d.minute:02d} {ampm} ET"


def _gb_time(d: datetime) -> str:
    return f"{d.day} {d.strftime('%B %Y')}, {d.strftime('%H:%M')} GMT"


def _sg_time(d: datetime) -> str:
    return f"{d.strftime('%a')}, {d.strftime('%b')} {d.day}, {d.year} | {(d.hour % 12) or 12}:{d.minute:02d} {'am' if d.hour < 12 else 'pm'}"


def _zh_time(d: datetime) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日 {d.strftime('%H:%M')}"


def _head_common(s: Story, ctx: PageContext, extra: str = "") -> str:
    o = OUTLETS[s.outlet]
    amp = f'\n<link rel="amphtml" href="{ctx.amp_url}">' if ctx.amp_url else ""
    return f"""<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(s.title)} | {escape(o.name)}</title>
<meta name="description" content="{escape(s.description)}">
<meta name="author" content="{escape(s.author)}">
<link rel="canonical" href="{ctx.url}">{amp}
<meta property="og:type" content="article">
<meta property="og:title" content="{escape(s.title)}">
<meta property="og:description" content="{escape(s.description)}">
<meta property="og:url" content="{ctx.url}">
<meta property="og:site_name" content="{escape(o.name)}">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="{ctx.base}/{o.key}/static/site.css">{extra}
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({{"pageType":"article","section":"{escape(s.section)}"}});</script>"""


def _cookie(zh: bool = False) -> str:
    if zh:
        return f'<div class="cookie-notice" id="cookie-notice"><p>{COOKIE_TEXT_ZH}</p><button type="button">我知道了</button></div>'
    return (f'<div id="cookie-consent" class="cookie-banner" role="dialog" aria-label="Cookie consent">'
            f'<p>{COOKIE_TEXT} You can change your choices at any time in Privacy settings.</p>'
            '<button type="button" class="accept">Accept all</button> <button type="button" class="manage">Manage preferences</button></div>')


def _newsletter(name: str) -> str:
    return (f'<aside class="newsletter-signup" id="newsletter"><h3>The Morning Briefing from {escape(name)}</h3>'
            f'<p>{NEWSLETTER_TEXT}</p><form action="#newsletter" method="post"><label>Email address '
            '<input type="email" name="email" placeholder="you@example.com"></label>'
            '<button type="submit">Subscribe</button></form><p class="small">You can unsubscribe at any time. '
            'See our privacy notice.</p></aside>')


def _comments(s: Story) -> str:
    rng = random.Random(f"comments:{s.key}")
    picked = rng.sample(COMMENTS, 3)
    items = "\n".join(
        f'<li class="comment" id="comment-{rng.randint(10000, 99999)}"><div class="comment-meta"><span class="comment-author">{a}</span> '
        f'<span class="comment-date">{rng.randint(1, 9)} hours ago</span></div><div class="comment-body"><p>{t}</p></div>'
        f'<a class="reply" href="#respond">Reply</a> <span class="likes">{rng.randint(0, 80)} likes</span></li>'
        for a, t in picked)
    return (f'<section id="comments" class="comments-area"><h3 class="comments-title">{len(picked)} comments</h3>'
            f'<ol class="comment-list">\n{items}\n</ol><div id="respond" class="comment-respond"><p>Log in to join the conversation.</p></div></section>')


def _share(url: str) -> str:
    return (f'<div class="share-buttons"><span>Share this article</span> '
            f'<a class="share-x" href="https://social.example/share?u={escape(url)}">Share on X</a> '
            f'<a class="share-fb" href="https://social.example/fb?u={escape(url)}">Facebook</a> '
            f'<a class="share-mail" href="mailto:?subject=Shared%20article&amp;body={escape(url)}">Email</a> '
            '<button class="copy-link" type="button">Copy link</button></div>')


def _ad(slot: str) -> str:
    return f'<div class="ad-slot ad-{slot}" data-ad-unit="/2218/news/{slot}"><span class="ad-label">Advertisement</span></div>'


def _links(items: list[tuple[str, str]]) -> str:
    return "".join(f'<li><a href="{u}">{escape(t)}</a></li>' for u, t in items)


def _nav(okey: str, base: str, sections: list[str]) -> str:
    return "".join(f'<li><a href="{base}/{okey}/{x.lower()}/">{x}</a></li>' for x in sections)


def _paras(s: Story, dateline: str = "", p_attr: str = "") -> list[str]:
    out = []
    first = True
    for tag, text in s.blocks:
        if tag == "h2":
            out.append(f"<h2>{escape(text)}</h2>")
            continue
        lead = f'<span class="dateline">{escape(dateline)} \u2014 </span>' if first and dateline else ""
        out.append(f"<p{p_attr}>{lead}{escape(text)}</p>")
        first = False
    return out


# --- outlet 1: The Pacific Ledger (<article>, <time datetime>) ----------------------------------

def page_pacific_ledger(s: Story, ctx: PageContext) -> str:
    o = OUTLETS[s.outlet]
    body = "\n".join(_paras(s, s.dateline if s.dateline else ""))
    pub = s.published
    return f"""<!DOCTYPE html>
<html lang="{o.language}">
<head>
{_head_common(s, ctx, f'''
<meta property="article:section" content="{escape(s.section)}">''')}
</head>
<body class="article-page section-{s.section.lower()}">
{_cookie()}
<header class="site-header"><div class="masthead"><a class="logo" href="{ctx.base}/{o.key}/">{o.name}</a>
<span class="tagline">Independent reporting from both sides of the Pacific</span></div>
<nav class="primary-nav" aria-label="Sections"><ul>{_nav(o.key, ctx.base, ["World", "Business", "Politics", "Science", "Sport", "Opinion"])}</ul></nav>
<a class="subscribe-cta" href="{ctx.base}/{o.key}/subscribe/">Subscribe for $1</a></header>
{_ad("leaderboard")}
<main id="main" class="layout">
<article class="story" id="story-{s.key}">
<header class="story-header">
<p class="kicker"><a href="{ctx.base}/{o.key}/{s.section.lower()}/">{escape(s.section)}</a></p>
<h1 class="headline">{escape(s.title)}</h1>
<p class="standfirst">{escape(s.description)}</p>
<p class="byline">By <a rel="author" href="{ctx.base}/{o.key}/authors/{s.author.lower().replace(' ', '-')}/">{escape(s.author)}</a></p>
<p class="timestamp"><time datetime="{pub.isoformat()}" pubdate>{_us_time(pub)}</time></p>
</header>
{_share(ctx.url)}
<div class="article-body">
{body}
</div>
<footer class="story-footer"><p class="tags">Topics: <a href="#">{escape(s.section)}</a></p></footer>
</article>
<aside class="related-links"><h3>Related coverage</h3><ul>{_links(ctx.related)}</ul></aside>
{_newsletter(o.name)}
{_comments(s)}
</main>
<aside class="sidebar">{_ad("mpu")}<div class="most-read"><h3>Most read</h3><ol>{_links(ctx.most_read)}</ol></div></aside>
<footer class="site-footer"><ul><li><a href="#">About us</a></li><li><a href="#">Contact</a></li><li><a href="#">Terms of use</a></li><li><a href="#">Privacy policy</a></li></ul>
<p>&copy; {pub.year} The Pacific Ledger Company. A fictional newspaper of the summit-archive demo site.</p></footer>
</body>
</html>
"""


def amp_pacific_ledger(s: Story, ctx: PageContext, canonical: str) -> str:
    """The AMP twin: minimal AMP boilerplate, rel=canonical pointing at the main page."""
    o = OUTLETS[s.outlet]
    body = "\n".join(_paras(s, s.dateline))
    return f"""<!doctype html>
<html amp lang="{o.language}">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.example/v0.js"></script>
<title>{escape(s.title)} | {escape(o.name)}</title>
<link rel="canonical" href="{canonical}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta name="description" content="{escape(s.description)}">
<meta property="og:title" content="{escape(s.title)}">
<meta property="og:site_name" content="{escape(o.name)}">
<style amp-boilerplate>body{{visibility:hidden}}</style>
</head>
<body>
<header class="amp-header"><a href="{ctx.base}/{o.key}/">{o.name}</a></header>
<article>
<h1>{escape(s.title)}</h1>
<p class="byline">By {escape(s.author)}</p>
<time datetime="{s.published.isoformat()}">{_us_time(s.published)}</time>
{body}
</article>
<amp-ad width="300" height="250" type="doubleclick" data-slot="/2218/amp/mpu"></amp-ad>
<footer><a href="{canonical}">View full site</a></footer>
</body>
</html>
"""


# --- outlet 2: The Harbour Times (div.story-body, several containers, og article:*) ------------

def page_harbour_times(s: Story, ctx: PageContext) -> str:
    o = OUTLETS[s.outlet]
    paras = _paras(s)
    chunks = [paras[i:i + 3] for i in range(0, len(paras), 3)]
    inner = f"\n{_ad('inread')}\n".join('<div class="story-body__inner">\n' + "\n".join(c) + "\n</div>" for c in chunks)
    modified = s.modified or s.published
    updated = f'<p class="updated">{escape(s.updated_note)}</p>' if s.updated_note else ""
    meta = f"""
<meta property="article:published_time" content="{s.published.isoformat()}">
<meta property="article:modified_time" content="{modified.isoformat()}">
<meta property="article:author" content="{escape(s.author)}">
<meta property="article:section" content="{escape(s.section)}">"""
    return f"""<!DOCTYPE html>
<html lang="{o.language}">
<head>
{_head_common(s, ctx, meta)}
</head>
<body>
<div id="page">
{_cookie()}
<div class="top-bar"><a href="{ctx.base}/{o.key}/">Home</a> | <a href="#">Sign in</a> | <a href="#">Register</a></div>
<div class="header"><div class="brand"><a href="{ctx.base}/{o.key}/">THE HARBOUR TIMES</a></div>
<ul class="menu">{_nav(o.key, ctx.base, ["News", "World", "Business", "Sport", "Weather", "Local"])}</ul></div>
{_ad("billboard")}
<div class="content-wrap">
<div class="main-column">
<div class="breadcrumbs"><a href="{ctx.base}/{o.key}/">Home</a> &rsaquo; <a href="#">News</a> &rsaquo; <a href="#">{escape(s.section)}</a></div>
<h1 class="story-headline">{escape(s.title)}</h1>
<div class="story-meta"><span class="author-name">{escape(s.author)}</span> <span class="date">{_gb_time(s.published)}</span>{updated}</div>
{_share(ctx.url)}
<div class="story-body">
{inner}
</div>
<div class="related-links"><h3>More on this story</h3><ul>{_links(ctx.related)}</ul></div>
{_newsletter(o.name)}
{_comments(s)}
</div>
<div class="side-column">{_ad("skyscraper")}<div class="top-stories"><h3>Top stories</h3><ul>{_links(ctx.most_read)}</ul></div></div>
</div>
<div class="footer"><p>The Harbour Times is a fictional title of the summit-archive demo site.</p>
<p><a href="#">Cookie settings</a> &middot; <a href="#">Accessibility</a> &middot; <a href="#">Contact the newsroom</a></p></div>
</div>
</body>
</html>
"""


# --- outlet 3: Capital Dispatch (JSON-LD NewsArticle, no <article> element) ----------------------

def page_capital_dispatch(s: Story, ctx: PageContext) -> str:
    o = OUTLETS[s.outlet]
    modified = s.modified or s.published
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": s.title,
        "description": s.description, "datePublished": s.published.isoformat(), "dateModified": modified.isoformat(),
        "author": [{"@type": "Person", "name": s.author}],
        "publisher": {"@type": "Organization", "name": o.name, "logo": {"@type": "ImageObject", "url": f"{ctx.base}/{o.key}/static/logo.png"}},
        "mainEntityOfPage": {"@type": "WebPage", "@id": ctx.url}, "articleSection": s.section, "inLanguage": "en-US",
    }
    updated = f'<span class="updated-line">{escape(s.updated_note)}</span>' if s.updated_note else ""
    body = "\n".join(_paras(s, s.dateline))
    return f"""<!DOCTYPE html>
<html lang="{o.language}">
<head>
{_head_common(s, ctx)}
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="single single-post">
<a class="skip-link" href="#content">Skip to content</a>
<div class="site-nav"><div class="logo"><a href="{ctx.base}/{o.key}/">Capital <b>Dispatch</b></a></div>
<ul>{_nav(o.key, ctx.base, ["Politics", "World", "Business", "Tech", "Opinion", "Podcasts"])}</ul>
<form class="search" action="#"><input type="search" name="q" placeholder="Search"></form></div>
{_cookie()}
<div id="content" class="site-content">
<div class="article-header"><div class="category-label">{escape(s.section)}</div>
<h1 class="entry-title">{escape(s.title)}</h1>
<div class="entry-meta">by <span class="author vcard"><a class="url fn n" href="#">{escape(s.author)}</a></span>
<span class="posted-on">{_us_time(s.published)}</span> {updated}</div></div>
{_share(ctx.url)}
<div class="entry-content">
{body}
<p class="editors-note"><em>Have a tip? Contact our newsroom securely.</em></p>
</div>
{_ad("in-content")}
<div class="related-posts"><h4>You might also like</h4><ul>{_links(ctx.related)}</ul></div>
{_newsletter(o.name)}
{_comments(s)}
</div>
<div id="secondary" class="widget-area"><section class="widget popular-posts"><h2 class="widget-title">Most popular</h2><ol>{_links(ctx.most_read)}</ol></section>{_ad("sidebar")}</div>
<footer id="colophon" class="site-footer"><p>Capital Dispatch &mdash; fictional outlet of the summit-archive demo site. All rights reserved.</p></footer>
</body>
</html>
"""


# --- outlet 4: The Eastern Courier (schema.org microdata, <time> outside any <article>) ----------

def page_eastern_courier(s: Story, ctx: PageContext) -> str:
    o = OUTLETS[s.outlet]
    modified = s.modified or s.published
    updated = f'<div class="article__updated">{escape(s.updated_note)}</div>' if s.updated_note else ""
    body = "\n".join(_paras(s, s.dateline))
    return f"""<!DOCTYPE html>
<html lang="{o.language}">
<head>
{_head_common(s, ctx)}
</head>
<body>
{_cookie()}
<div class="navbar"><a class="navbar__brand" href="{ctx.base}/{o.key}/">The Eastern Courier</a>
<ul class="navbar__links">{_nav(o.key, ctx.base, ["Asia", "World", "Business", "Tech", "Sport", "Lifestyle"])}</ul>
<a class="navbar__login" href="#">Log in</a></div>
{_ad("top")}
<div class="container">
<div class="article" itemscope itemtype="https://schema.org/NewsArticle">
<meta itemprop="datePublished" content="{s.published.isoformat()}">
<meta itemprop="dateModified" content="{modified.isoformat()}">
<div class="article__section">{escape(s.section)}</div>
<h1 class="article__title" itemprop="headline">{escape(s.title)}</h1>
<div class="article__byline" itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">{escape(s.author)}</span></div>
<div class="article__date"><time datetime="{s.published.isoformat()}">{_sg_time(s.published)}</time></div>
{updated}
{_share(ctx.url)}
<div class="article__body" itemprop="articleBody">
{body}
</div>
</div>
<div class="read-more"><h3>Read more</h3><ul>{_links(ctx.related)}</ul></div>
{_newsletter(o.name)}
{_comments(s)}
<div class="trending"><h3>Trending now</h3><ol>{_links(ctx.most_read)}</ol></div>
</div>
<div class="site-footer">Copyright &copy; The Eastern Courier (a fictional publication of the summit-archive demo site)</div>
</body>
</html>
"""


# --- outlet 5: 东岸时报 (Chinese, meta publishdate, TRS-style body) ------------------------------

def page_dongan_shibao(s: Story, ctx: PageContext) -> str:
    o = OUTLETS[s.outlet]
    body = "\n".join(_paras(s, p_attr=' style="text-indent:2em"'))
    updated = f'<span class="gengxin">{escape(s.updated_note)}</span>' if s.updated_note else ""
    rng = random.Random(f"comments:{s.key}")
    comments = "".join(f'<li class="comment"><b>{a}</b>：{t}</li>' for a, t in rng.sample(COMMENTS_ZH, 2))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
{_head_common(s, ctx, f'''
<meta name="publishdate" content="{s.published.isoformat()}">
<meta name="source" content="{o.name}">
<meta name="keywords" content="{escape(s.section)}">''')}
</head>
<body>
{_cookie(zh=True)}
<div class="top"><div class="logo"><a href="{ctx.base}/{o.key}/">东岸时报</a></div>
<div class="nav"><a href="{ctx.base}/{o.key}/">首页</a> <a href="#">国际</a> <a href="#">财经</a> <a href="#">科技</a> <a href="#">社会</a> <a href="#">体育</a> <a href="#">评论</a></div></div>
{_ad("banner")}
<div class="main">
<div class="weizhi">当前位置：<a href="{ctx.base}/{o.key}/">首页</a> &gt; {escape(s.section)} &gt; 正文</div>
<h1 class="title">{escape(s.title)}</h1>
<div class="info"><span class="time">{_zh_time(s.published)}</span> <span class="source">来源：{o.name}</span> <span class="author">作者：{escape(s.author)}</span> {updated}</div>
<div class="fenxiang">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="TRS_Editor" id="zoom">
{body}
</div>
<div class="editor">（责任编辑：{escape(s.author.split()[-1])}）</div>
<div class="xiangguan"><h3>相关新闻</h3><ul>{_links(ctx.related)}</ul></div>
<div class="dingyue newsletter-signup"><h3>订阅早间简报</h3><p>{NEWSLETTER_TEXT_ZH}</p><input type="email" placeholder="邮箱地址"><button>订阅</button></div>
<div class="pinglun comments" id="comments"><h3>网友评论</h3><ul>{comments}</ul></div>
</div>
<div class="right"><div class="paihang"><h3>热点排行</h3><ol>{_links(ctx.most_read)}</ol></div>{_ad("right")}</div>
<div class="footer"><p>东岸时报 版权所有（虚构媒体，仅用于演示）</p><p>违法和不良信息举报电话：000-0000000</p></div>
</body>
</html>
"""


PAGE_RENDERERS = {
    "pacific-ledger": page_pacific_ledger,
    "harbour-times": page_harbour_times,
    "capital-dispatch": page_capital_dispatch,
    "eastern-courier": page_eastern_courier,
    "dongan-shibao": page_dongan_shibao,
}


# --- outlet home pages ---------------------------------------------------------------------------

def home_page(okey: str, base: str, items: list[tuple[str, str, datetime]]) -> str:
    o = OUTLETS[okey]
    lis = "".join(f'<li><a href="{u}">{escape(t)}</a> <time datetime="{d.isoformat()}">{d.date().isoformat()}</time></li>' for u, t, d in items)
    return f"""<!DOCTYPE html>
<html lang="{o.language}"><head><meta charset="utf-8"><title>{escape(o.name)}</title>
<link rel="canonical" href="{base}/{okey}/"><meta property="og:site_name" content="{escape(o.name)}"></head>
<body><h1>{escape(o.name)}</h1><p>A fictional outlet of the summit-archive demo site.</p><ul class="latest">{lis}</ul></body></html>
"""


# --- feeds and sitemaps ----------------------------------------------------------------------------
# Feed/sitemap entries: (url, title, description, author, published, modified, language, section)


def rss_feed(okey: str, base: str, entries: list[tuple]) -> str:
    o = OUTLETS[okey]
    last = max(e[5] for e in entries)
    items = "\n".join(
        f"""<item>
<title>{xesc(t)}</title>
<link>{xesc(u)}</link>
<guid isPermaLink="true">{xesc(u)}</guid>
<pubDate>{format_datetime(p)}</pubDate>
<dc:creator>{xesc(a)}</dc:creator>
<category>{xesc(sec)}</category>
<description>{xesc(d)}</description>
</item>""" for u, t, d, a, p, _m, _l, sec in entries)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>{xesc(o.name)}</title>
<link>{base}/{okey}/</link>
<atom:link href="{base}/{okey}/feed.xml" rel="self" type="application/rss+xml"/>
<description>{xesc(o.name)} — latest stories (fictional demo outlet)</description>
<language>{o.language}</language>
<lastBuildDate>{format_datetime(last)}</lastBuildDate>
{items}
</channel>
</rss>
"""


def atom_feed(okey: str, base: str, entries: list[tuple]) -> str:
    o = OUTLETS[okey]
    last = max(e[5] for e in entries)
    items = "\n".join(
        f"""<entry>
<title>{xesc(t)}</title>
<link rel="alternate" type="text/html" href="{xesc(u)}"/>
<id>{xesc(u)}</id>
<published>{p.isoformat()}</published>
<updated>{m.isoformat()}</updated>
<author><name>{xesc(a)}</name></author>
<category term="{xesc(sec)}"/>
<summary>{xesc(d)}</summary>
</entry>""" for u, t, d, a, p, m, _l, sec in entries)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{o.language}">
<title>{xesc(o.name)}</title>
<subtitle>Latest news (fictional demo outlet)</subtitle>
<link rel="self" href="{base}/{okey}/atom.xml"/>
<link rel="alternate" href="{base}/{okey}/"/>
<id>{base}/{okey}/</id>
<updated>{last.isoformat()}</updated>
{items}
</feed>
"""


def news_sitemap(okey: str, entries: list[tuple]) -> str:
    o = OUTLETS[okey]
    urls = "\n".join(
        f"""<url>
<loc>{xesc(u)}</loc>
<lastmod>{m.isoformat()}</lastmod>
<news:news>
<news:publication><news:name>{xesc(o.name)}</news:name><news:language>{lang}</news:language></news:publication>
<news:publication_date>{p.isoformat()}</news:publication_date>
<news:title>{xesc(t)}</news:title>
</news:news>
</url>""" for u, t, _d, _a, p, m, lang, _s in entries)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
{urls}
</urlset>
"""


def sitemap_index(children: list[tuple[str, datetime]]) -> str:
    items = "\n".join(f"<sitemap><loc>{xesc(u)}</loc><lastmod>{m.isoformat()}</lastmod></sitemap>" for u, m in children)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{items}
</sitemapindex>
"""


def http_date(d: datetime) -> str:
    return format_datetime(d.astimezone(timezone.utc), usegmt=True)
