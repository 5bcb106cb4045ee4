"""One test per body and metadata rule of archive/extract.py (docs/extraction.md lists them).

Each page under tests/pages/extract/ is small, hand-written and shaped like the real failure:
the tests check that trafilatura alone lets the furniture through where that is the point
(so the rule is needed), that our rule removes it, and that the story itself survives.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import trafilatura
from lxml import etree

import archive.extract as E
from archive.extract import clean_title, extract, find_published, parse_when

PAGES = Path(__file__).resolve().parent / "pages" / "extract"


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


@pytest.fixture
def trace(monkeypatch):
    """Which rule dropped which block during one extract() call."""
    dropped: list[tuple[str, str]] = []
    monkeypatch.setattr(E, "_TRACE", dropped)
    return dropped


def rules(trace) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for rule, text in trace:
        out.setdefault(rule, []).append(text)
    return out


# --- body rules, on one page with every kind of leak ------------------------------------------

LEAKS_URL = "https://bayside-herald.example/news/2024/05/07/flood-wall-approved/?utm_source=x"


@pytest.fixture
def leaks(trace):
    baseline = trafilatura.extract(page("leaks.html").decode(), include_comments=False, fast=True)
    article = extract(page("leaks.html"), LEAKS_URL)
    return baseline, article, rules(trace)


def test_story_paragraphs_subheads_and_quotes_survive(leaks):
    _, a, _ = leaks
    assert a.text.startswith("The city council voted 7-2 on Tuesday night")
    assert "\nResidents divided\n" in a.text  # subhead
    assert '"We have waited long enough' in a.text  # in-body quote
    assert '"A wall is not a plan.' in a.text  # blockquote
    assert a.text.endswith("because they flood most often.")


def test_leaked_headline_standfirst_and_dateline_are_dropped(leaks):
    baseline, a, fired = leaks
    assert baseline.startswith("City council approves harbour flood wall")  # trafilatura keeps them
    assert fired["headline"] == ["City council approves harbour flood wall after five-year fight"]
    assert fired["standfirst"][0].startswith("The $240 million barrier")
    assert fired["dateline"] == ["Published May 7, 2024 6:32 p.m."]
    assert "five-year fight" not in a.text and "Published May 7" not in a.text


def test_in_body_cross_links_are_dropped(leaks):
    baseline, a, fired = leaks
    assert "Ferry fares to rise" in baseline and "Read more: Why the wetland" in baseline
    assert fired["link-paragraph"] == ["Ferry fares to rise by ten percent from June, operator says"]
    assert fired["read-more"] == ["Read more: Why the wetland plan lost out"]


def test_author_contact_and_newsletter_lines_are_dropped(leaks):
    baseline, a, fired = leaks
    assert "Sign up for our newsletter" in baseline
    assert fired["contact"][0].startswith("Contact Dana Whitfield at")
    # the sign-up box: its vocabulary lines and the short lines between them
    assert "Get the Bayside Morning Briefing" in fired["newsletter"]
    assert "Thanks for signing up!" in fired["newsletter"]
    for leak in ("dwhitfield@", "inbox", "Thanks for signing up", "Morning Briefing"):
        assert leak not in a.text


def test_tag_list_is_dropped(leaks):
    baseline, a, fired = leaks
    assert "flooding, city council, waterfront" in baseline
    assert fired["tags"] == ["flooding, city council, waterfront, climate, harbour"]


def test_top_stories_and_comments_are_dropped(leaks):
    baseline, a, fired = leaks
    assert "Top stories" in baseline and "Top rated comments" in baseline
    assert fired["top-stories"][0] == "Top stories"
    assert "Top rated comments" in fired["comments"]
    for leak in ("Top stories", "School board", "Comments (3)", "seaview_sam", "harbourwatcher"):
        assert leak not in a.text


def test_every_rule_keeps_a_page_that_needs_none(trace):
    a = extract(page("split-body.html"), "https://tidewater-ledger.example/business/2024/03/12/port-strike/")
    assert trace == [] or all(rule == "headline" for rule, _ in trace)
    assert "Negotiators for the union" in a.text


# --- repeated article text --------------------------------------------------------------------

def test_hidden_and_flattened_copies_of_the_body_are_dropped(trace):
    html = page("hidden-duplicate.html")
    baseline = trafilatura.extract(html.decode(), include_comments=False, fast=True)
    assert baseline.count("The first passenger train") == 2
    a = extract(html, "https://northern-wire.example/transport/rail-link-opens")
    assert a.text.count("The first passenger train") == 1
    assert a.text.count("Fares will start at four euros") == 1
    assert "repeated" in rules(trace)  # the visible flattened print copy
    # the display:none copy never reaches trafilatura
    assert "Rail link to the airport opens after decade of delays. The first" not in a.text


def _blocks(*texts):
    return [(etree.Element("p"), t) for t in texts]


def test_repeated_run_of_blocks_is_dropped_but_repeated_short_lines_stay():
    paras = [f"Paragraph {i} of the story says something long enough to count as prose about the harbour, "
             f"the council and the vote that settled five years of argument over the wall number {i}." for i in range(4)]
    blocks = _blocks(*paras, "Continue reading", *paras)
    assert E._drop_repeated(blocks) == {5, 6, 7, 8}
    # a recipe or interview: short lines repeat legitimately and are not a copy of the article
    lines = ["Eat every 2-3 hours", "1 cup spinach, 1 cup strawberries, 8 oz. almond milk", "Meal 1"]
    blocks = _blocks(*(paras[:2] + lines + paras[2:] + lines))
    assert E._drop_repeated(blocks) == set()


# --- several body containers ------------------------------------------------------------------

def test_all_body_containers_of_one_article_are_joined():
    html = page("split-body.html")
    baseline = trafilatura.extract(html.decode(), include_comments=False, fast=True)
    assert "Terminal operators said" not in baseline  # trafilatura keeps only the first container
    a = extract(html, "https://tidewater-ledger.example/business/2024/03/12/port-strike/")
    order = ["Container cranes stood still", "The union said", "Terminal operators said",
             "Shippers look elsewhere", "Every day the cranes", "Negotiators for the union"]
    positions = [a.text.find(s) for s in order]
    assert -1 not in positions and positions == sorted(positions)
    assert "Advertisement" not in a.text


# --- non-English pages ------------------------------------------------------------------------

def test_chinese_news_page(trace):
    a = extract(page("zh-news.html"), "https://nanfang-times.example/society/20240704/88.html")
    assert a.language == "zh"
    assert a.title == "长江流域今年首次编号洪水形成 多地启动防汛应急响应"  # no "_社会_南方时报网"
    assert a.text.startswith("水利部长江水利委员会7月4日发布消息")
    assert "多地启动应急响应" in a.text and "“当前正值主汛期" in a.text
    for leak in ("责任编辑", "相关新闻", "扫码关注", "分享到", "粤ICP备", "来源："):
        assert leak not in a.text
    assert rules(trace)["credits"] == ["（责任编辑：王静）"]
    assert a.published == "2024-07-04T18:06:00" and a.author == "陈晓东" and a.sitename == "南方时报网"


def test_japanese_news_page():
    a = extract(page("ja-news.html"), "https://minato-nippo.example/economy/20240507/shinkansen.html")
    assert a.language == "ja"
    assert a.title == "北陸新幹線、敦賀延伸後初の大型連休で利用者が前年比2割増"  # no "｜みなと日報"
    assert a.text.startswith("JR西日本は7日")
    assert "沿線の観光地もにぎわう" in a.text and "「新幹線の効果を実感している。" in a.text
    for leak in ("関連記事", "シェア", "Copyright", "2024年5月7日 16時30分"):
        assert leak not in a.text
    assert a.published == "2024-05-07T16:30:00+09:00" and a.published_source == "json-ld"
    assert a.authors == ["山田 花子"] and a.section == "経済"


# --- metadata ---------------------------------------------------------------------------------

def test_metadata_fields_from_structured_data():
    a = extract(page("leaks.html"), LEAKS_URL)
    assert a.title == "City council approves harbour flood wall after five-year fight"
    assert a.published == "2024-05-07T18:32:00-07:00" and a.published_source == "json-ld"
    assert a.modified == "2024-05-08T09:15:00-07:00"
    assert a.authors == ["Dana Whitfield", "Luis Ortega"] and a.author == "Dana Whitfield; Luis Ortega"
    assert a.sitename == "Bayside Herald" and a.section == "Local News"
    assert a.tags == ["flooding", "city council", "waterfront"]
    assert a.canonical_url == "https://www.bayside-herald.example/news/2024/05/07/flood-wall-approved/"
    assert a.description.startswith("The $240 million barrier")
    assert a.language == "en"


@pytest.mark.parametrize("raw, site, url, h1s, want", [
    ("Headline here | Bayside Herald", "Bayside Herald", "https://bayside.example/a", None, "Headline here"),
    ("Headline here - Bayside Herald", None, "https://www.baysideherald.example/a", None, "Headline here"),
    ("Bayside Herald: Headline here", "Bayside Herald", "https://x.example/a", None, "Headline here"),
    ("Opinion | Is football violence a crime?", "WSJ", "https://wsj.example/a", ["Is football violence a crime?"],
     "Is football violence a crime?"),
    ("Spider-Man - the review", None, "https://films.example/a", None, "Spider-Man - the review"),  # no site part
    ("标题在这里_国际新闻_东方观察网", "东方观察网", "https://east.example/a", ["标题在这里"], "标题在这里"),
])
def test_title_loses_the_site_name_only(raw, site, url, h1s, want):
    assert clean_title(raw, site, url, h1s) == want


@pytest.mark.parametrize("value, want", [
    ("2024-05-07T18:32:00-07:00", "2024-05-07T18:32:00-07:00"),
    ("2024-05-07T18:32:00Z", "2024-05-07T18:32:00+00:00"),
    ("2024-05-07 18:32", "2024-05-07T18:32:00"),
    ("20230914", "2023-09-14"),
    ("Tue, 07 May 2024 18:32:00 GMT", "2024-05-07T18:32:00+00:00"),
    ("2024-05-07", "2024-05-07"),
    ("yesterday", None),
])
def test_parse_when(value, want):
    assert parse_when(value) == want


def _tree(head: str, body: str = "<p>x</p>"):
    from trafilatura.utils import load_html

    return load_html(f"<html><head>{head}</head><body>{body}<div>filler</div></body></html>")


def test_published_evidence_order_and_url_agreement():
    jsonld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-03-04T10:00:00+01:00"}</script>'
    meta = '<meta property="article:published_time" content="2021-03-05T08:00:00+00:00">'
    assert find_published(_tree(jsonld + meta), "https://x.example/a") == ("2021-03-04T10:00:00+01:00", "json-ld")
    assert find_published(_tree(meta), "https://x.example/a")[1] == "meta:article:published_time"
    # a UTC rendering one day off the publisher's own URL day: the URL's day wins
    late = '<meta property="article:published_time" content="2018-12-31T23:11:59+00:00">'
    assert find_published(_tree(late), "https://x.example/2019/01/01/new-year/")[0] == "2019-01-01"
    # an "update" stamped as published, later than the URL day
    assert find_published(_tree(meta), "https://x.example/2017/7/12/story")[0] == "2017-07-12"
    # a <time> in the article, then the URL, then nothing invented
    time = '<article><time datetime="2020-02-02T09:30:00+02:00">2 Feb</time><p>x</p></article>'
    assert find_published(_tree("", time), "https://x.example/a") == ("2020-02-02T09:30:00+02:00", "time")
    assert find_published(_tree(""), "https://x.example/news/2016/05/09/a", use_htmldate=False) == ("2016-05-09", "url")
    assert find_published(_tree(""), "https://x.example/a", use_htmldate=False) == (None, None)


def test_local_midnight_written_in_utc_is_the_next_day():
    meta = '<meta property="article:published_time" content="2021-11-04T23:00:00+00:00">'
    assert find_published(_tree(meta), "https://x.example/a")[0] == "2021-11-05"


def test_afternoon_utc_is_not_moved_to_the_next_day():
    # 15:00 UTC is an ordinary European/American publishing hour, not Tokyo midnight
    meta = '<meta property="article:published_time" content="2017-07-27T15:00:00Z">'
    assert find_published(_tree(meta), "https://x.example/a")[0] == "2017-07-27T15:00:00+00:00"


def test_url_day_is_a_whole_path_segment():
    meta = '<meta property="article:published_time" content="2023-10-31T08:47:16+00:00">'
    # "/2023/10/3-fragen-an-..." is a month archive and a slug, not 3 October
    assert find_published(_tree(meta), "https://blog.example/2023/10/3-fragen-an-tina/")[0] == "2023-10-31T08:47:16+00:00"
    assert E._url_date("https://x.example/2017/7/12/story") == "2017-07-12"


def test_utc_timestamp_in_the_publishers_local_offset():
    jsonld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-09T06:35:29+00:00"}</script>'
    body = '<article><p>x</p><time datetime="2023-11-08T22:35:29-08:00">Nov 8, 2023 / 10:35 PM PST</time></article>'
    assert find_published(_tree(jsonld, body), "https://x.example/a") == ("2023-11-08T22:35:29-08:00", "json-ld")
    # another instant in another offset proves nothing
    other = body.replace("22:35:29", "21:00:00")
    assert find_published(_tree(jsonld, other), "https://x.example/a")[0] == "2023-11-09T06:35:29+00:00"


def _headline_page(head: str, around: str) -> etree._Element:
    return _tree('<title>Fahrplan wird ausgedünnt | Kurier</title>' + head,
                 f'<header><h1 class="logo">Kurier</h1></header><div class="story">{around}'
                 '<p>Der Verkehrsverbund dünnt den Fahrplan ab Montag aus, teilte er mit.</p></div>')


@pytest.mark.parametrize("around, want", [
    ('<h1>Fahrplan wird ausgedünnt</h1><p class="meta">Von: Jana Roth | <span>31.10.23</span></p>', "2023-10-31"),
    ('<h1>Fahrplan wird ausgedünnt<br><small>02.02.2022 &bull; Redaktion</small></h1>', "2022-02-02"),
    ('<p>02.02.2022 10:16 Uhr - Region</p><h1>Fahrplan wird ausgedünnt</h1>', "2022-02-02"),
    ('<h1>Fahrplan wird ausgedünnt</h1><div>Verkehr</div><div>17/02/2022</div>', "2022-02-17"),
    ('<h1>Fahrplan wird ausgedünnt</h1><div>Stand: 07.11.2023, 07:30 Uhr</div>', "2023-11-07"),
    # a date inside a sentence is what the story is about, not its dateline
    ('<h1>Fahrplan wird ausgedünnt</h1><p>Der neue Fahrplan gilt nach Beschluss des Verbands ab dem 5. Februar 2020.</p>', None),
    ('<h1>Fahrplan wird ausgedünnt</h1><div>03/04/2022</div>', None),  # day/month order unknowable
])
def test_date_shown_with_the_headline(around, want):
    # the headline is the <h1> that is part of the page title, not the site-name <h1> before it
    assert E._date_under_headline(_headline_page("", around)) == want


def test_date_inside_the_headline_text_is_not_its_dateline():
    tree = _tree("<title>Tagung am 27. 2. 2015 in Eichstätt</title>",
                 "<h1>Tagung am <em>27. 2. 2015</em> in Eichstätt</h1><p>28. Januar 2015</p>")
    assert E._date_under_headline(tree) == "2015-01-28"


def test_shown_date_replaces_a_weak_generic_meta_date():
    meta = '<meta name="date" content="2021-10-15">'
    around = '<h1>Fahrplan wird ausgedünnt</h1><span>Erschienen:</span> <b>13.10.2021</b>'
    assert find_published(_headline_page(meta, around), "https://x.example/a") == ("2021-10-13", "headline-date")


def test_shown_date_that_the_metadata_also_states_wins_over_date_published():
    jsonld = ('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-01-01T11:00:00Z",'
              '"dateModified":"2023-04-01T10:00:00Z"}</script>')
    around = '<h1>Fahrplan wird ausgedünnt</h1><p class="byline">01.04.2023, 12:00 Uhr</p>'
    page = _headline_page(jsonld, around)
    assert find_published(page, "https://x.example/a") == ("2023-04-01T10:00:00+00:00", "headline-date")
    # a shown date that no metadata states does not overrule datePublished
    unbacked = _headline_page(jsonld.replace("2023-04-01T10:00:00Z", "2023-05-02T10:00:00Z"), around)
    assert find_published(unbacked, "https://x.example/a") == ("2021-01-01T11:00:00+00:00", "json-ld")


def test_implausible_dates_are_ignored():
    meta = '<meta property="article:published_time" content="1970-01-01T00:00:00Z">'
    assert find_published(_tree(meta), "https://x.example/a", use_htmldate=False) == (None, None)


def test_authors_are_cleaned():
    assert E._split_authors("By Ilana Muhlstein, MS, RDN") == ["Ilana Muhlstein"]
    assert E._split_authors("Analysis by Chris Cillizza and Jane Doe") == ["Chris Cillizza", "Jane Doe"]
    assert E._split_authors("NOVEMBER 20") == []
    assert E._split_authors("https://facebook.com/someone") == []


def test_navigation_dump_falls_back_to_the_full_cascade():
    anchors = {"home", "news", "sport", "contact us", "weather"}
    assert E._looks_like_navigation("Home\nNews\nSport\nContact us\nWeather", anchors)
    assert not E._looks_like_navigation("The council voted on Tuesday to build a wall.\nHome", anchors)


def test_twin_container_after_another_headline_is_another_story():
    html = page("split-body.html").decode().replace(
        '<div class="ad-slot"><span>Advertisement</span></div>\n<div class="article-body">\n<p>"Every day',
        '<h1>Next story: ferry timetable changes</h1>\n<div class="article-body">\n<p>"Every day', 1)
    a = extract(html.encode(), "https://tidewater-ledger.example/business/2024/03/12/port-strike/")
    assert "Terminal operators said" in a.text  # the twin before the other headline joins
    assert "Every day the cranes" not in a.text


def test_hidden_element_with_most_of_the_text_is_kept():
    paras = "".join(f"<p>Paragraph {i} of a story that a script reveals after loading, long enough to be the "
                    f"article and not a copy of it, about the harbour wall vote.</p>" for i in range(5))
    html = f'<html><body><nav><a href="/">Home</a></nav><div class="body" style="display:none">{paras}</div></body></html>'
    a = extract(html.encode(), "https://x.example/a")
    assert "Paragraph 4 of a story" in a.text
