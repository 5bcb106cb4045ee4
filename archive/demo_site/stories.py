"""Deterministic story generation: fact records + sentence banks -> :class:`Story` objects.

Everything is seeded by strings (``random.Random(str)`` hashes with SHA-512, so the output is
stable across processes and PYTHONHASHSEED), which makes two builds byte-identical.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone

from archive.demo_site import text_en as en
from archive.demo_site import text_zh as zh

# --- outlets ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outlet:
    key: str
    name: str
    language: str  # BCP 47 tag used in <html lang>
    country: str
    tz: timezone  # the newsroom's clock: timestamps are rendered in it
    feed_kind: str  # "rss" or "atom"
    authors: tuple[str, ...]


OUTLETS: dict[str, Outlet] = {
    o.key: o
    for o in (
        Outlet("pacific-ledger", "The Pacific Ledger", "en-US", "US", timezone(timedelta(hours=-5)), "rss",
               ("Ellen Marsh", "Jordan Pike", "Samuel Ortega", "Amy Lindqvist")),
        Outlet("harbour-times", "The Harbour Times", "en-GB", "GB", timezone.utc, "atom",
               ("Fiona Caldwell", "Rupert Sinclair", "Nadia Haddad", "Owen Pritchard")),
        Outlet("capital-dispatch", "Capital Dispatch", "en-US", "US", timezone(timedelta(hours=-5)), "rss",
               ("Marcus Bell", "Teresa Gomez", "Howard Finch", "Lena Kowalski")),
        Outlet("eastern-courier", "The Eastern Courier", "en-SG", "SG", timezone(timedelta(hours=8)), "atom",
               ("Tan Wei Ling", "Rajiv Menon", "Clara Ng", "Hugo Lim")),
        Outlet("dongan-shibao", "东岸时报", "zh-CN", "CN", timezone(timedelta(hours=8)), "rss",
               ("本报记者 林清", "本报记者 何晓东", "本报记者 宋雨桐")),
    )
}
EN_OUTLETS = ("pacific-ledger", "harbour-times", "capital-dispatch", "eastern-courier")
ZH_OUTLET = "dongan-shibao"


@dataclass(frozen=True)
class Story:
    key: str  # stable id, unique across the site
    outlet: str
    kind: str  # summit | china_no_summit | trade_no_summit | other_summit | unrelated | wire_copy
    topic: str  # event key (summit) or topic key (off-topic)
    title: str
    description: str
    blocks: tuple[tuple[str, str], ...]  # ("p" | "h2", text), in order
    published: datetime  # aware, in the outlet's timezone
    modified: datetime | None
    author: str
    section: str
    dateline: str
    language: str  # primary tag: "en" | "zh"
    slug: str
    edition: int = 1  # first edition the story appears in
    in_feed: bool = True
    in_sitemap: bool = True
    updated_note: str = ""  # the visible "Updated ..." line, if any

    @property
    def relevant(self) -> bool:
        return self.kind in ("summit", "wire_copy")

    @property
    def paragraphs(self) -> list[str]:
        return [t for tag, t in self.blocks if tag == "p"]

    def body_text(self) -> str:
        return "\n".join(self.paragraphs)


# --- spinning ---------------------------------------------------------------------------------

_ALT_RE = re.compile(r"\[([^\[\]]*)\]")


def spin(template: str, rng: random.Random, slots: dict[str, str] | None = None) -> str:
    """Expand ``[a|b]`` alternatives with ``rng``, then fill ``{slot}`` fields."""
    text = _ALT_RE.sub(lambda m: rng.choice(m.group(1).split("|")), template)
    if slots:
        text = text.format_map(slots)
    return re.sub(r"\s+([,.;:])", r"\1", re.sub(r" {2,}", " ", text)).strip()


def word_count(text: str, language: str) -> int:
    """Words for English; for Chinese, characters / 1.6 (a rough words-per-character ratio)."""
    if language == "zh":
        return int(len(re.findall(r"[\u4e00-\u9fff]", text)) / 1.6)
    return len(text.split())


def slugify(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:80].rstrip("-")


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_ZH = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")

# --- generic filler (fits any news story, so off-topic texts reach a realistic length) --------
EN_FILLER = [
    "[Further details|More information|A fuller account] [is expected|was promised|should follow] [later in the week|in the coming days|once officials have finished their review], [according to|said] [a spokesperson|a spokeswoman|a spokesman].",
    "[The announcement|The news|The development] [drew|attracted|prompted] [wide attention|a flurry of comment|many reactions] [on social media|online|among readers], with [some|many] [users|commentators] [questioning|welcoming|debating] [the details|what it meant|the timing].",
    "[Reporters|Journalists|Our correspondents] [who visited|at the scene of|who travelled to] [the site|the area|the event] [described|found|saw] [a calm but busy scene|long queues|an unusual level of activity].",
    "[A statement|An official statement|A written statement] [released|issued|published] [later|in the evening|afterwards] [gave|offered|provided] [few additional details|some further figures|little new information].",
    "[This story is developing|This is a developing story|The story is being updated] and [may|will] [change|be revised] [as more information becomes available|as details emerge].",
    "[Officials|Authorities|Those involved] [declined|did not want|were reluctant] to [speculate|comment|say more] on [what would happen next|the longer-term consequences|how long the situation would last], [saying|arguing|noting] [it was|that it was] [too early|premature] to [draw conclusions|judge|tell].",
    "[Local|Regional|National] [newspapers|broadcasters|media outlets] [led|opened|splashed] [with|their coverage with] the [story|news|development] [on {weekday}|the following morning|that evening], [reflecting|underlining|showing] [the level of public interest|how much attention it had drawn|its significance for readers].",
    "[Critics|Sceptics|Some commentators] [argued|said|suggested] that [the episode|what happened|the decision] [raised|highlighted|exposed] [wider|broader|longer-standing] [questions|concerns|problems] [about|over] [planning|accountability|priorities], [a debate|an argument|a discussion] [that|which] [is likely to|will probably|may] [continue|go on] [for some time|for months|well beyond this week].",
    "[Figures|Numbers|Statistics] [compiled|gathered|collected] by [independent researchers|trade bodies|local officials] [suggested|indicated|pointed to] [a similar|a comparable|the same] [trend|pattern|picture], [although|though] [methods|definitions|sources] [differed|varied] [somewhat|in places].",
    "[Supporters|Backers|Advocates] [said|insisted|countered] that [the results|the outcome|the move] [showed|proved|demonstrated] [what could be achieved|the value of long-term planning|the benefits of persistence], and [urged|called on] [others|the public|sceptics] to [be patient|wait for the full picture|look at the evidence].",
    "[Experts|Specialists|Academics] [interviewed by|who spoke to|contacted by] [this newspaper|reporters|our correspondents] [offered|gave|expressed] [mixed|differing|varied] [views|assessments|opinions], [with|though] [most|several|many] [agreeing|accepting] that [the situation|matters|the picture] [remained|was still] [fluid|uncertain|in flux].",
    "[The timing|When it happened|The date] [was|proved] [significant|notable|awkward]: [it came|it fell|the news arrived] [just before|shortly before|days ahead of] [a busy period|a holiday weekend|the end of the quarter], [when|as] [attention|interest|activity] [usually|typically|normally] [peaks|rises|shifts elsewhere].",
    "[Members of the public|Passers-by|People] [interviewed|approached|spoken to] [on the street|near the site|in the area] [gave|offered|had] [a range of|varied|mixed] [reactions|views|responses], [from|ranging from] [enthusiasm|relief|curiosity] to [indifference|frustration|concern].",
    "[Similar|Comparable|Related] [events|announcements|episodes] [in previous years|in the past|earlier this decade] [offer|provide|give] [some guide|a rough guide|a point of comparison], [though|but] [experts|observers] [caution|warn] that [every case|each situation|every episode] [differs|is different].",
]
ZH_FILLER = [
    "本报记者[从|向][有关部门|相关部门][了解到|获悉]，[后续|相关][工作|安排][正在|仍在][有序推进|紧张进行]中。",
    "[消息|这一消息][发布后|传出后]，[在社交媒体上|在网络上][引发|受到][广泛|不少][关注|讨论]，[不少|许多][网友|读者][纷纷|也][发表|留下]了[看法|评论]。",
    "[相关|有关][部门|负责人][表示|称]，[将|会][根据|视][情况变化|实际情况][及时|适时][发布|公布][最新|进一步][信息|消息]。",
    "[业内人士|有关专家][认为|表示]，[此事|这一情况][值得|需要][持续|长期][关注|跟踪]，[其|它的][影响|后续影响][还需|仍需][进一步|时间][观察|检验]。",
    "[记者|本报记者][在现场|在当地][看到|注意到]，[不少|许多][市民|群众|民众][驻足|前来][观看|了解情况]，[现场|周边][秩序|交通][总体|基本][平稳|良好]。",
    "[有|一些][评论|分析][指出|认为]，[这一|此次][事件|消息][反映出|折射出][相关|有关][领域|行业][长期存在的|深层次的][问题|矛盾]，[值得|需要][认真|深入][研究|思考]。",
    "[多家|部分][媒体|新闻机构][对此|就此][进行了|作了][连续|跟踪][报道|关注]，[相关|有关][话题|词条][一度|曾][登上|进入][热搜|热门榜单]。",
    "[从|就][长期|长远][来看|而言]，[专家|学者][建议|呼吁][有关方面|相关部门][完善|健全][制度|机制]，[提高|增强][应对|处置][能力|水平]。",
    "[同期|去年同期][相比|比较]，[今年|今年以来]的[情况|数据|表现][有所|出现了][不同|变化]，[具体|详细]原因[还|仍][有待|需要][进一步|深入][分析|研究]。",
    "[受访|接受采访]的[市民|群众|业内人士][普遍|大多][表示|认为]，[希望|期待][有关部门|相关方面][能够|可以][及时|尽快][公开|通报][信息|进展]。",
    "[据悉|据了解]，[这|此]已经是[今年|年内][以来|][第二次|又一次|多次中的一次][出现|发生]类似[情况|事件]，[引起|受到]了[有关部门|各方][高度|广泛][重视|关注]。",
    "[对此|就此]，[有关|相关][负责人|部门][在|于][接受采访时|新闻发布会上][表示|回应]，[将|会][认真|全力][做好|推进][相关|各项]工作。",
    "[据|根据][初步|不完全][统计|了解]，[相关|各项][数据|情况][将|会][在|于][近期|下周][正式|陆续][公布|发布]。",
]

ZH_OFF_PEOPLE = [("李明", "市民"), ("张华", "业内人士"), ("陈静", "一位受访专家"), ("黄志强", "当地居民")]
ZH_OFF_QUOTES = [
    "[这件事|这个情况][跟|和][我们|老百姓]的[生活|日常][关系|联系][很大|密切]，[希望|盼望][能|可以][越来越好|尽快好转]",
    "[情况|形势][比|较][预想|预期的][要|还要][复杂|严峻]一些，[需要|还需][时间|耐心][来|去][观察|消化]",
    "[我们|大家][一直|始终][在|都在][关注|留意][这方面|相关]的[消息|动态]，[总体|整体][感觉|来看][还是|比较][乐观|积极]的",
]

# Background sentences that fit any story of one off-topic kind (English).
KIND_BG = {
    "china_no_summit": [
        "[China|The world's second-largest economy] [has|had] [set|announced] [ambitious|long-term] [goals|targets] [for|in] [this area|the sector] [as part of|under] [its five-year plan|the current five-year plan], [and|while] [officials|planners] [regularly|often] [publicise|highlight] [progress|milestones] [in state media|through official channels].",
        "[Foreign|Overseas|International] [observers|analysts|researchers] [follow|track|watch] [such|these] [developments|announcements] [closely|carefully] [because|since] [they|official reports] [offer|provide] [a window|clues|insight] into [conditions|priorities|policy] [in China|inside the country].",
        "[State broadcaster CCTV|Official media|The state news agency] [carried|ran|aired] [extensive|detailed|prominent] [coverage|reports] [of|on] the [event|story|developments] [on {weekday}|through the day], [including|with] [interviews|footage|images] [from|at] [the scene|the site].",
        "[Provincial|Local] [authorities|governments] [are|were] [expected|due|told] to [report|submit|publish] [further|follow-up|more detailed] [figures|plans|assessments] [in the coming weeks|before the end of the month|later in the year].",
    ],
    "trade_no_summit": [
        "[Trade lawyers|Customs specialists|Compliance advisers] [said|reported] [their|that] [phones|inboxes] [had been|were] [busy|ringing constantly] [as|while] [clients|companies] [tried to|sought to|rushed to] [work out|understand|assess] [how|whether] the [changes|rules|measures] [applied to them|would affect their supply chains].",
        "[Supply chains|Sourcing decisions|Production networks] [take|need] [years|a long time] to [rebuild|move|reorganise], [executives said|managers noted|according to executives], [so|and] [sudden|abrupt|frequent] [policy shifts|rule changes] [impose|carry|bring] [real|heavy|significant] [costs|expenses].",
        "[The Commerce Department|The agency|Officials] [said|indicated] [it|they] [would|will] [accept|take] [public comments|submissions from industry|feedback] [for|over] [60 days|the next two months|a set period] [before|ahead of] [finalising|completing|reviewing] [the measures|the rules|parts of the policy].",
        "[Economists|Trade researchers|Analysts] [have|had] [long|repeatedly] [debated|argued over|studied] [how much|whether] [duties|such measures|trade restrictions] [change|alter|shift] [overall|total|long-run] [trade flows|deficits|imports], [with|and] [evidence|studies|data] [pointing|cutting] [both ways|in different directions].",
    ],
    "unrelated": [
        "[Readers|Residents|Local people] [have|had] [followed|tracked|watched] the [story|situation|events] [closely|with interest] [this week|in recent days], with [our|the] [newsroom|reporters] [receiving|fielding] [dozens of|many|a steady stream of] [letters|emails|messages] [about|on] it.",
        "[Organisers|Officials|Those in charge] [thanked|praised] [volunteers|staff|everyone involved] [for|over] [their|the] [patience|hard work|cooperation] [and|while] [promised|pledged|said they would] [a review|a full review|lessons learned] [once things settle|after the dust settles|when things calm down].",
        "[Similar|Comparable] [scenes|situations|stories] [have played out|have been seen|occurred] [elsewhere|in other cities|across the country] [this year|in recent seasons|before], [though|but] [rarely|seldom|not often] [on this scale|with such attention|so dramatically].",
    ],
    "other_summit": [
        "[Summit|Conference] [organisers|hosts] [deployed|mobilised|put in place] [thousands of|a large number of|extensive] [police|security personnel], [closing|sealing off] [roads|districts|airspace] [around|near] the [venue|meeting site|conference centre] [for|throughout] the [gathering|event|talks].",
        "[Sherpas|Senior officials|Negotiators] [had|have] [worked|spent|laboured] [late into the night|for weeks|through the weekend] [on|over] the [wording|language|text] of the [final statement|declaration|communiqué], [diplomats said|according to diplomats|officials said].",
        "[Side meetings|Bilateral talks|Meetings on the sidelines] [between|among] [delegations|leaders|ministers] [filled|crowded|took up] [much of|a large part of|most of] the [schedule|programme|agenda], [a common feature|as is usual|as is typical] [of|at] [such gatherings|international summits].",
        "[Press|Journalists|Reporters] [from|representing] [dozens of|many|around 40] [countries|outlets] [were|had been] [accredited|registered] [to cover|for] the [summit|event|meeting], [working|based|housed] in a [media centre|press tent|converted hall] [near|next to] the [venue|site].",
    ],
}

# Off-topic people to quote (fictional), by topic.
OFF_SPEAKERS = {
    "cn_economy": [("Helen Zhao", "an economist at Brightpath Research"), ("Martin Keel", "a fund manager in Hong Kong")],
    "cn_space": [("Oliver Tran", "a space policy analyst at the Orbital Affairs Institute"), ("Ruth Adeyemi", "a former mission controller")],
    "cn_floods": [("a resident of a flooded village", ""), ("Liang Hao", "a hydrology researcher")],
    "cn_tech": [("Bella Xu", "the company's vice-president for products"), ("Ian Forsyth", "an analyst at Quarry Lane Research")],
    "chips_export": [("Hannah Vogt", "a semiconductor industry consultant at Silberstein Advisory"), ("a senior Commerce Department official", "")],
    "tariffs_goods": [("Dana Whitfield", "head of an importers' association"), ("Roy Castellano", "chief executive of a domestic manufacturer")],
    "shipping_fees": [("Ingrid Solberg", "a freight analyst at Northsea Logistics"), ("Pete Alvarez", "a customs broker in California")],
    "g7": [("the summit's host", ""), ("Aurelie Fontaine", "a fellow at the European Policy Observatory")],
    "nato": [("the alliance's secretary-general", ""), ("Colonel (ret.) James Harker", "a defence analyst")],
    "putin_xi": [("Vladimir Putin", "the Russian president"), ("Elena Sokolova", "a fellow at the Northbridge Centre for Security Studies")],
    "trump_putin": [("Trump", "speaking to reporters"), ("a European diplomat", "")],
    "modi_trump": [("Modi", "the Indian prime minister"), ("Anjali Desai", "a trade economist in New Delhi")],
    "asean": [("Malaysia's foreign minister", ""), ("Thanh Nguyen", "a regional security researcher")],
    "sport": [("the manager", ""), ("the beaten side's coach", "")],
    "weather": [("a city emergency manager", ""), ("a long-time resident", "")],
    "local": [("Mayor Denise Kowal", ""), ("Frank Olsen", "a resident who spoke at the hearing")],
    "science": [("Ana Ribeiro", "the study's lead author"), ("Greg Holt", "an independent astronomer")],
}

# Dates (one per story of the topic) for off-topic pieces: plausible for the topic, 2017-2026.
OFF_DATES = {
    "cn_economy": ["2019-10-18", "2023-04-18", "2024-12-16"],
    "cn_space": ["2021-06-17", "2024-06-02", "2025-04-24"],
    "cn_floods": ["2020-07-08", "2022-06-21", "2024-09-06"],
    "cn_tech": ["2024-03-12", "2025-01-27", "2023-08-22"],
    "chips_export": ["2022-10-07", "2023-12-02", "2024-12-02"],
    "tariffs_goods": ["2024-05-14", "2018-03-08", "2024-09-13"],
    "shipping_fees": ["2024-07-10", "2025-10-14", "2021-09-09"],
    "g7": ["2022-06-28", "2024-06-15", "2025-06-17"],
    "nato": ["2025-06-25", "2023-07-11", "2024-07-10"],
    "putin_xi": ["2023-03-21", "2023-03-20", "2025-05-08"],
    "trump_putin": ["2025-08-15", "2025-08-16", "2025-08-12"],
    "modi_trump": ["2025-02-13", "2025-02-12", "2025-02-14"],
    "asean": ["2025-10-26", "2017-11-13", "2023-09-05"],
    "sport": ["2018-03-10", "2021-11-20", "2026-02-07"],
    "weather": ["2023-07-19", "2019-01-30", "2026-01-05"],
    "local": ["2017-09-12", "2020-02-25", "2025-03-18"],
    "science": ["2020-07-15", "2022-08-03", "2026-03-11"],
}
ZH_OFF_DATES = {
    "cn_economy": ["2024-10-18", "2025-11-14"], "cn_space": ["2023-10-26", "2025-04-24"],
    "cn_floods": ["2024-06-18", "2025-07-30"], "cn_tech": ["2025-02-20", "2025-08-06"],
    "sport": ["2024-08-10", "2025-05-17"], "weather": ["2023-12-14", "2025-08-05"],
    "putin_xi": ["2024-05-16", "2025-05-08"], "g7": ["2024-06-15", "2025-06-17"],
}

SUMMIT_DATES = {
    "maralago17": "2017-04-06", "beijing17": "2017-11-09", "ba18": "2018-12-01", "osaka19": "2019-06-29",
    "bali22": "2022-11-14", "woodside23": "2023-11-15", "call_apr24": "2024-04-02", "lima24": "2024-11-16",
    "busan25": "2025-10-30", "beijing26": "2026-05-13", "return26": "2026-09-15",
}
# Trump-Xi calls of 2025 (one record each, in SUMMIT_RECORDS order).
CALL_2025_DATES = ["2025-06-05", "2025-09-19", "2025-09-19", "2025-11-24"]
ZH_CALL_DATES = ["2025-06-05", "2025-11-24"]

CALL_LEADS = [
    "{us_title} and Chinese President Xi Jinping [spoke by telephone|held a phone call|talked by phone] on {weekday}, [a conversation|a call] [that lasted|of] {duration} [and that|which] [both sides|the two governments] [described as|called] [positive|productive|candid], with {angle_topic} [among the main subjects|high on the agenda|at the centre of the discussion].",
    "[In a phone call|During a telephone conversation|On a call] on {weekday}, {us_short} and Xi Jinping [discussed|went over|talked through] {angle_topic}, [according to|based on|as described in] [readouts from both governments|official accounts in Washington and Beijing|statements from the two capitals].",
]


def _when_phrase(event: str, offset: int, day: date) -> str:
    if event == "beijing26":
        return "in April" if day < date(2026, 4, 1) else "in mid-May"
    if event == "return26":
        return "later this year"
    if offset >= -7:
        return "next week" if offset < -3 else "in the coming days"
    return "later this month" if offset >= -20 else "in the coming months"


def _stamp(day: date, rng: random.Random, tz: timezone) -> datetime:
    return datetime.combine(day, time(rng.randint(6, 21), rng.choice((0, 5, 12, 20, 30, 41, 45, 55))), tzinfo=tz)


def _quote_en(rng: random.Random, text: str, who: tuple[str, str]) -> str:
    name, role = who
    if role:
        return f"\u201c{text},\u201d said {name}, {role}."
    return f"\u201c{text},\u201d {name} {rng.choice(('said', 'told reporters', 'said afterwards'))}."


def _compose(rng: random.Random, lead: str, pools: list[list[str]], quotes: list[str], subheads: list[str],
             slots: dict[str, str], language: str, target: int, cap: int) -> list[tuple[str, str]]:
    """Lead paragraph, then 2-3 sentence paragraphs drawn round-robin from ``pools`` (each template
    used once), with quotes and a subhead or two woven in, until ``target`` words."""
    blocks: list[tuple[str, str]] = [("p", lead)]
    pools = [rng.sample(p, len(p)) for p in pools if p]
    quotes = rng.sample(quotes, len(quotes))
    subheads = rng.sample(subheads, len(subheads))
    words = word_count(lead, language)
    sep = "" if language == "zh" else " "
    n = 0
    while words < target and (any(pools) or quotes):
        n += 1
        if n % 3 == 2 and quotes:
            para = quotes.pop()
        else:
            sentences = []
            for _ in range(rng.choice((2, 2, 3))):
                live = [p for p in pools if p]
                if not live:
                    break
                sentences.append(spin(rng.choice(live).pop(), rng, slots))
            if not sentences:
                continue
            para = sep.join(sentences)
        if words + word_count(para, language) > cap:
            break
        if n == 3 and subheads:
            blocks.append(("h2", subheads.pop()))
        elif n == 6 and subheads and rng.random() < 0.6:
            blocks.append(("h2", subheads.pop()))
        blocks.append(("p", para))
        words += word_count(para, language)
    return blocks


# --- English summit ---------------------------------------------------------------------------

def _summit_en(key: str, outlet: Outlet, rec: tuple, day: date, author: str) -> Story:
    event, phase, angle, _offset, title = rec
    rng = random.Random(f"summit:{key}")
    ev = en.EVENTS[event]
    ang = en.ANGLES[angle]
    slots = dict(ev)
    slots.pop("sentences")
    slots.update(
        weekday=WEEKDAYS[day.weekday()],
        when_phrase=_when_phrase(event, _offset, day),
        angle_topic=rng.choice(ang["topic"]),
    )
    leads = CALL_LEADS if event.startswith("call") and phase == "day" else en.SUMMIT_LEADS[phase]
    lead = spin(rng.choice(leads), rng, slots)
    quotes = [
        _quote_en(rng, spin(q, rng), rng.choice(en.PEOPLE)) for q in rng.sample(en.SUMMIT_QUOTES, 3)
    ]
    pools = [ev["sentences"], ang["sentences"], en.SUMMIT_GENERIC, en.SUMMIT_OUTLOOK]
    blocks = _compose(rng, lead, pools, quotes, list(ang["subheads"]), slots, "en", rng.randint(330, 520), 690)
    published = _stamp(day, rng, outlet.tz)
    return Story(
        key=key, outlet=outlet.key, kind="summit", topic=event, title=title,
        description=_first_sentence(lead), blocks=tuple(blocks), published=published, modified=None,
        author=author, section="World" if angle in ("security", "diplomacy") else "Business",
        dateline=ev["dateline"] if phase != "preview" else "WASHINGTON", language="en", slug=slugify(title),
    )


def _first_sentence(text: str) -> str:
    m = re.match(r"(.+?[.。])(\s|$)", text)
    return (m.group(1) if m else text)[:300]


# --- off-topic (English and Chinese) ----------------------------------------------------------

def _offtopic(key: str, outlet: Outlet, topic: str, spec: dict, i: int, day: date, author: str,
              language: str, head: str | None = None, slot_over: dict | None = None) -> Story:
    rng = random.Random(f"off:{key}")
    slots = {name: values[i % len(values)] for name, values in spec["slots"].items()}
    slots.update(slot_over or {})
    slots["weekday"] = (WEEKDAYS if language == "en" else WEEKDAYS_ZH)[day.weekday()]
    title = (head or spec["heads"][i % len(spec["heads"])]).format_map(slots)
    sentences = list(spec["sentences"])
    lead = spin(sentences.pop(0), rng, slots)  # sentence 0 of each topic is written as a lead
    if language == "en":
        speakers = OFF_SPEAKERS[topic]
        quotes = [_quote_en(rng, spin(q, rng, slots), speakers[j % len(speakers)]) for j, q in enumerate(spec["quotes"])]
        filler, target, cap = EN_FILLER, rng.randint(290, 380), 690
    else:
        people = rng.sample(ZH_OFF_PEOPLE, 2)
        quotes = [spin(f"{role}{name}[表示|说|认为]：\u201c{q}。\u201d", rng) for (name, role), q in zip(people, rng.sample(ZH_OFF_QUOTES, 2))]
        filler, target, cap = ZH_FILLER, rng.randint(280, 380), 690
    pools = [sentences, rng.sample(filler, 8 if language == "en" else 11), KIND_BG.get(spec["kind"], []) if language == "en" else []]
    blocks = _compose(rng, lead, pools, quotes, [], slots, language, target, cap)
    return Story(
        key=key, outlet=outlet.key, kind=spec["kind"], topic=topic, title=title,
        description=_first_sentence(lead), blocks=tuple(blocks), published=_stamp(day, rng, outlet.tz),
        modified=None, author=author, section=spec["section"], dateline=spec.get("dateline", ""),
        language=language, slug=slugify(title) if language == "en" else key,
    )


# --- Chinese summit ---------------------------------------------------------------------------

def _summit_zh(key: str, outlet: Outlet, rec: tuple, day: date, author: str) -> Story:
    event, phase, angle, offset, title = rec
    rng = random.Random(f"zh:{key}")
    us_zh, event_zh, where_zh, duration_zh, visit_zh = zh.EVENTS[event]
    topic_zh, angle_sents = zh.ANGLES[angle]
    when_zh = f"{day.month}月{day.day}日" if phase == "day" else ("近日" if offset > -10 else "下月")
    if event == "beijing26" and phase == "preview":
        when_zh = "五月中旬"
    if event == "return26":
        when_zh = "今年晚些时候"
    slots = dict(us_zh=us_zh, event_zh=event_zh, where_zh=where_zh, duration_zh=duration_zh, visit_zh=visit_zh,
                 topic_zh=topic_zh, when_zh=when_zh)
    if event == "call_2025":
        lead = spin("国家主席习近平{when_zh}[应约|同]美国总统{us_zh}[通电话|通了电话]。[两国元首|双方]就{topic_zh}[等|以及双边关系等][问题|议题][深入交换了意见|进行了坦诚沟通]，通话[持续|历时]约{duration_zh}。", rng, slots)
    else:
        lead = spin(rng.choice(zh.SUMMIT_LEADS[phase]), rng, slots)
    people = rng.sample(zh.PEOPLE, 3)
    quotes = [f"{p[1]}{p[0]}[表示|认为|说]：\u201c{q}。\u201d" for p, q in zip(people, zh.SUMMIT_QUOTES)]
    quotes = [spin(q, rng) for q in quotes]
    pools = [zh.EVENT_SENTENCES[event], angle_sents, zh.SUMMIT_GENERIC, rng.sample(ZH_FILLER, 2)]
    blocks = _compose(rng, lead, pools, quotes, [], slots, "zh", rng.randint(300, 420), 690)
    return Story(
        key=key, outlet=outlet.key, kind="summit", topic=event, title=title, description=_first_sentence(lead),
        blocks=tuple(blocks), published=_stamp(day, rng, outlet.tz), modified=None, author=author,
        section="国际", dateline="", language="zh", slug=key,
    )


# --- the whole catalogue ----------------------------------------------------------------------

def _d(s: str) -> date:
    return date.fromisoformat(s)


def _summit_day(event: str, offset: int, call_dates: list[str]) -> date:
    base = _d(call_dates.pop(0)) if event == "call_2025" else _d(SUMMIT_DATES[event])
    return base + timedelta(days=offset)


def wire_stories() -> list[Story]:
    """The syndicated wire story, as republished by three outlets (paragraphs nearly identical)."""

    out = []
    for j, okey in enumerate(("pacific-ledger", "harbour-times", "eastern-courier")):
        outlet = OUTLETS[okey]
        paras = list(en.WIRE_PARAGRAPHS) + [en.WIRE_ENDINGS[j]]
        blocks = [("p", p) for p in paras]
        blocks.insert(4, ("h2", ("Fentanyl tariff halved", "What each side gave", "Rare earths and soybeans")[j]))
        title = en.WIRE_HEADLINES[j]
        out.append(Story(
            key=f"wire-{okey}", outlet=okey, kind="wire_copy", topic="busan25", title=title,
            description=_first_sentence(paras[0]), blocks=tuple(blocks),
            published=datetime(2025, 10, 30, 5, 10 + 7 * j, tzinfo=timezone.utc).astimezone(outlet.tz),
            modified=None, author=en.WIRE_NAME, section="World", dateline="BUSAN, South Korea",
            language="en", slug=slugify(title) + "-wire",
        ))
    return out


def catalogue() -> list[Story]:
    """All edition-1 stories (the wire copies included), in a stable order."""
    stories: list[Story] = []
    calls = list(CALL_2025_DATES)
    # English summit and off-topic records are dealt to the four English outlets in turn.
    deal = 0
    for n, rec in enumerate(en.SUMMIT_RECORDS):
        outlet = OUTLETS[EN_OUTLETS[deal % 4]]
        deal += 1
        day = _summit_day(rec[0], rec[3], calls)
        stories.append(_summit_en(f"en-s{n:02d}", outlet, rec, day, outlet.authors[n % len(outlet.authors)]))
    for topic, spec in en.OFFTOPIC.items():
        for i in range(3):
            outlet = OUTLETS[EN_OUTLETS[deal % 4]]
            deal += 1
            day = _d(OFF_DATES[topic][i])
            stories.append(_offtopic(f"en-{topic}-{i}", outlet, topic, spec, i, day,
                                     outlet.authors[(deal + i) % len(outlet.authors)], "en"))
    zo = OUTLETS[ZH_OUTLET]
    zcalls = list(ZH_CALL_DATES)
    for n, rec in enumerate(zh.SUMMIT_RECORDS):
        day = _d(zcalls.pop(0)) if rec[0] == "call_2025" else _d(SUMMIT_DATES[rec[0]]) + timedelta(days=rec[3])
        stories.append(_summit_zh(f"zh-s{n:02d}", zo, rec, day, zo.authors[n % len(zo.authors)]))
    for topic, spec in zh.OFFTOPIC.items():
        for i in range(2):
            day = _d(ZH_OFF_DATES[topic][i])
            stories.append(_offtopic(f"zh-{topic}-{i}", zo, topic, spec, i, day, zo.authors[i % 3], "zh"))
    stories.extend(wire_stories())
    return stories


# Edition 2 ("next edition"): new stories and rewritten ones.
EDITION2_TIME = datetime(2026, 9, 1, 9, 30, tzinfo=timezone.utc)
EDITION2_OFFTOPIC = [
    ("weather", "Dense fog snarls traffic and flights across {region}", dict(region="the Gulf Coast", city="Houston", temp="55", inches="2", precip="of drizzle")),
    ("science", "Volunteers help researchers count {object} on remote island", dict(object="nesting seabirds", team="the Northcape Field Station", finding="a population rebound")),
]


def edition2_new() -> list[Story]:
    out: list[Story] = []
    for n, rec in enumerate(en.EDITION2_SUMMIT):
        outlet = OUTLETS[EN_OUTLETS[(n + 1) % 4]]
        day = _summit_day(rec[0], rec[3], [])
        out.append(replace(_summit_en(f"en2-s{n:02d}", outlet, rec, day, outlet.authors[n]), edition=2))
    for n, rec in enumerate(zh.EDITION2_SUMMIT):
        zo = OUTLETS[ZH_OUTLET]
        day = _d(SUMMIT_DATES[rec[0]]) + timedelta(days=rec[3])
        out.append(replace(_summit_zh(f"zh2-s{n:02d}", zo, rec, day, zo.authors[n]), edition=2))
    for n, (topic, head, slots) in enumerate(EDITION2_OFFTOPIC):
        outlet = OUTLETS[EN_OUTLETS[(n + 2) % 4]]
        day = date(2026, 8, 28 + n)
        s = _offtopic(f"en2-{topic}", outlet, topic, en.OFFTOPIC[topic], n, day, outlet.authors[n], "en",
                      head=head, slot_over=slots)
        out.append(replace(s, edition=2))
    return out


def rewrite_for_edition2(story: Story) -> Story:
    """A corrected/updated version: one paragraph added near the top, a new modified time."""
    if story.language == "zh":
        note = "（更新：本文根据最新消息补充了相关内容。）"
        extra = "[更新|最新消息]：[据|根据][最新|后续][消息|报道]，[相关|有关][部门|方面][已|已经][作出|给出][进一步|新的][说明|回应]，本报[将|会][继续|持续][关注|跟进]。"
        upd = "更新于 2026年9月1日 17:30"
    else:
        note = "This article has been updated with new information."
        extra = "[Update|Editor's note]: [Since this article was first published|After publication], [officials|a spokesperson|the organisers] [have provided|gave|released] [additional|further|new] [details|figures|information], [which|and these] [have been|are now] [included|reflected] [below|in this version]."
        upd = "Updated 1 September 2026, 09:30 GMT"
    rng = random.Random(f"ed2:{story.key}")
    blocks = list(story.blocks)
    blocks.insert(1, ("p", spin(extra, rng) + " " + note if story.language != "zh" else spin(extra, rng) + note))
    return replace(story, blocks=tuple(blocks), modified=EDITION2_TIME.astimezone(story.published.tzinfo), updated_note=upd)
