"""English sentence banks for the demo site (all text invented for this package).

Sentences use two kinds of markup, expanded by :func:`archive.demo_site.stories.spin`:
``[a|b|c]`` picks one alternative (so stories sharing a template still differ word by word)
and ``{slot}`` is filled from the story's fact record.
"""

from __future__ import annotations

# --- people quoted (fictional) ---------------------------------------------------------------
PEOPLE = [
    ("Margaret Okafor", "a senior fellow at the Lindgren Institute for Asian Affairs"),
    ("Daniel Whitcombe", "chief Asia economist at Harlow Street Capital"),
    ("Li Wenjing", "a professor of international relations at Eastlake University"),
    ("Tom Brandauer", "president of the Prairie Grain Growers Cooperative"),
    ("Sofia Marchetti", "a trade lawyer at Vance, Holloway & Reyes"),
    ("Chen Guoliang", "a former commerce ministry official now at the Hengshan Policy Forum"),
    ("Rachel Dunmore", "director of the China programme at the Atlantic Meridian Council"),
    ("Kenji Arakawa", "a strategist at Minato Pacific Securities"),
    ("Priya Raghunathan", "an analyst at the Seaborne Commodities Desk"),
    ("Victor Halvorsen", "a retired State Department negotiator"),
    ("Grace Oyelaran", "head of research at the Kestrel Policy Group"),
    ("Zhou Minghui", "a researcher at the Institute for Pacific Studies in Beijing"),
    ("Hannah Vogt", "a semiconductor industry consultant at Silberstein Advisory"),
    ("Marcus Delaney", "a soybean farmer from central Illinois"),
    ("Elena Sokolova", "a fellow at the Northbridge Centre for Security Studies"),
    ("Park Ji-won", "a professor of economics at Haeundae National University"),
]

# --- summit coverage --------------------------------------------------------------------------
SUMMIT_LEADS = {
    "preview": [
        "{us_title} is [set|expected|scheduled] to [meet|sit down with] Chinese President Xi Jinping {where_phrase} {when_phrase}, [officials on both sides said|according to officials in both capitals|aides confirmed], in a [meeting|summit|encounter] that [could shape|may set the tone for|will test] [the world's most important bilateral relationship|relations between the two largest economies] for [months|the coming year|some time].",
        "[Preparations are under way|Planning is in its final stretch|Advance teams are at work] for {us_title}'s [meeting|summit] with Xi Jinping {where_phrase}, [and negotiators are racing to|with aides trying to|as officials scramble to] [settle|narrow|paper over] [differences on|disputes over|the gaps on] {angle_topic} before the two leaders [sit down|meet face to face|shake hands].",
        "When {us_short} and Xi Jinping [meet|sit down|come face to face] {where_phrase} {when_phrase}, [the agenda will be crowded|both men will arrive with long lists of demands|expectations will be carefully managed], [but|and] {angle_topic} [is likely to dominate|will sit near the top of the agenda|is expected to take centre stage], [diplomats said|people briefed on the planning said|according to people involved in the talks].",
    ],
    "day": [
        "{us_title} and Chinese President Xi Jinping [met|held talks|sat down together] {where_phrase} on {weekday}, [their first face-to-face meeting since|a meeting that came after|their first talks in person since] {gap_phrase}, and [emerged saying|said afterwards|told reporters] that [progress had been made|the talks had been productive|the two sides had found common ground] on {angle_topic}.",
        "Xi Jinping and {us_short} [spent|talked for] {duration} {where_phrase} on {weekday}, [in talks that|in a meeting that|in a session that] [both governments described as|officials on each side called|aides characterised as] [candid|constructive|frank but useful], with {angle_topic} [high on the agenda|among the main subjects|at the centre of the discussion].",
        "The [meeting|summit|talks] between {us_title} and Xi Jinping {where_phrase} [produced|yielded|ended with] [a set of|a handful of|several] [commitments|understandings|announcements] on {angle_topic} on {weekday}, [though|although|even if] [much of the detail|the fine print|many specifics] [was left to|will fall to|remains with] [lower-level negotiators|cabinet officials|working groups].",
    ],
    "after": [
        "[Days|A week|Shortly] after {us_title} and Xi Jinping met {where_phrase}, [attention has turned to|officials are focused on|the question now is] whether [the commitments|the promises|the understandings] on {angle_topic} [will hold|can be turned into policy|will survive contact with domestic politics].",
        "The [outcome|results|aftermath] of the {summit_name} [is|are] [still being digested|being weighed|being parsed] [in Washington and Beijing|by governments and markets|in both capitals], where {angle_topic} [remains|has become|is now] the [clearest|most closely watched|most contested] test of what {us_short} and Xi Jinping [agreed|settled|promised each other].",
        "[Officials|Negotiators|Diplomats] from both countries [are working to|have begun to|are trying to] [turn|translate|convert] the [agreements|understandings|commitments] reached by {us_short} and Xi Jinping {where_phrase} into [concrete steps|written rules|measurable results] on {angle_topic}, [people familiar with the talks said|according to people involved|officials said on condition of anonymity]."
    ],
}

SUMMIT_GENERIC = [
    "The [relationship|rivalry] between [the two countries|Washington and Beijing] has [swung|lurched|moved] between [confrontation and cautious engagement|tariff battles and tentative détente|open hostility and guarded dialogue] [for years|over the past decade|since the late 2010s].",
    "[Summits|Meetings between the two leaders|Encounters at this level] [tend to be|are usually|are typically] [choreographed|scripted|planned] [weeks|months] in advance, with [sherpas|senior aides|deputies] [negotiating|haggling over|drafting] [every line of|the wording of|each element of] the [readouts|announcements|communiqués].",
    "[Chinese state media|Xinhua|China's official news agency] [described|characterised|reported] the [talks|meeting|conversation] as [candid and in-depth|constructive and strategic|friendly and productive], [a phrase|wording|language] [often used|typically reserved|commonly chosen] when [the two sides|Beijing and Washington] [still disagree on much|want to signal stability|have avoided a rupture].",
    "The White House [readout|statement|summary] [focused on|emphasised|highlighted] {angle_topic}, [while|whereas] the Chinese [account|version|foreign ministry statement] [stressed|dwelt on|put weight on] [mutual respect|sovereignty and non-interference|the need for equal treatment].",
    "[Markets|Investors|Traders] [had|have] [watched|followed|tracked] the [run-up to the meeting|diplomatic calendar|preparations] [closely|intently|nervously], [because|since|as] [any sign of|even a hint of|a signal of] [renewed tension|a breakdown|a setback] [can move|tends to rattle|has often hit] [shares|currencies|commodity prices] [in Asia|across the region|worldwide].",
    "[Both leaders|Each side|The two presidents] [faced|had|brought] [domestic pressures|political constraints at home|audiences back home] [that limited|which narrowed|restricting] [room for compromise|what they could concede|their flexibility], [analysts said|observers noted|according to several analysts].",
    "[Lower-level talks|Working-level negotiations|Talks between cabinet officials] [had|have] [laid the groundwork|prepared the ground|set the stage] [for the leaders|ahead of the summit|in the weeks before], [including|with|through] [several rounds|a series|a string] of [meetings in|sessions in|discussions in] [Geneva, London and Kuala Lumpur|third countries|neutral venues].",
    "[Protocol officers|Organisers|Hosts] [arranged|prepared|planned] [a welcome ceremony|a formal banquet|a working lunch], [and|while] [the delegations|the two teams|senior aides] [met in parallel|held side sessions|gathered in adjoining rooms] to [work through|go over|settle] [technical details|the finer points|outstanding issues].",
    "[Neither|No] [government|side] [released|published|gave] a [joint statement|shared text|common communiqué], [which|a choice that] [some analysts read as|observers took as|diplomats saw as] [a sign of lingering distrust|an acknowledgement of deep differences|evidence of how much remains unresolved].",
    "[Relations|Ties] [had|have] [deteriorated|soured|worsened] [sharply|markedly] [in recent years|over recent years] [over|amid disputes about] [technology|trade|security in the Pacific], [making|which made] [each meeting|any leaders' summit|face-to-face diplomacy] [an important|a rare|a closely watched] [chance|opportunity] to [stabilise|steady|reset] [them|the relationship].",
    "[For Beijing|For the Chinese side|For Xi], [the meeting|the summit|the encounter] [offered|provided|was] [a chance|an opportunity] to [project|show|display] [stability|confidence|steadiness] [to a domestic audience|at home|to Chinese exporters] [at a time of|amid|during] [slowing growth|economic uncertainty|weak consumer demand].",
    "[The American side|US officials|Washington] [wanted|sought|pressed for] [measurable|concrete|verifiable] [results|commitments|deliverables], [aides said|according to aides|officials said], [rather than|not merely|instead of] [warm words|statements of intent|general pledges].",
    "[Interpreters|Note-takers|A small group of advisers] [were|sat] [at the table|in the room|alongside the leaders], [and|while] [the formal session|the main talks|the expanded meeting] [was followed by|gave way to|ended with] [a smaller conversation|a one-on-one discussion|a private exchange] [between the two men|between the presidents|with only interpreters present].",
    "[Congressional|Lawmakers in Washington|Members of Congress] [from both parties|across the political spectrum] [reacted|responded] [with caution|warily|with mixed views], [some|with some] [praising|welcoming] the [dialogue|diplomacy|engagement] and [others|some] [warning|cautioning] [against|about] [concessions|giving too much away|trusting promises without enforcement].",
]

# Topics a story can focus on; each has a phrase for leads and its own sentences.
ANGLES = {
    "trade": {
        "topic": ["tariffs and the trade balance", "the tariff dispute", "trade and tariffs"],
        "sentences": [
            "[Tariffs|Import duties] on [hundreds of billions of dollars|a vast range] of [goods|imports] [have been|remain] [the central grievance|the main point of friction|the sharpest issue] [between the two economies|in the relationship], with [exporters|manufacturers|importers] [on both sides|in both countries] [paying|absorbing|bearing] the [cost|bill].",
            "[A trade truce|The truce on tariffs|A pause in the tariff war] [would|could|was meant to] [give|offer|buy] [companies|businesses|exporters] [breathing room|time to plan|some certainty] [after|following] [months|a year|rounds] of [escalation|tit-for-tat duties|retaliation].",
            "[Negotiators|Trade officials|Economic teams] [discussed|examined|worked through] [the pace of|timetables for|the sequencing of] [tariff reductions|duty cuts|easing of levies], [according to|said] [a person briefed on the talks|an official familiar with the discussions|two people with knowledge of the meeting].",
            "[Business groups|Chambers of commerce|Industry associations] [welcomed|cautiously welcomed|greeted] the [truce|announcement|outcome] [but|yet|while] [warned|said|noted] that [tariffs remained|duties were still|levies stayed] [far higher than|much higher than] [before the dispute began|a few years ago|at the start of the dispute].",
            "The [trade deficit|bilateral trade gap|imbalance in goods trade] [has long been|remains|is still] a [fixation|priority|sore point] for {us_short}, [who|and he] [has|had] [argued|said|insisted] [that|repeatedly that] [China must buy more|Beijing should import more|the gap must narrow].",
        ],
        "subheads": ["Tariffs on the table", "What the truce covers", "A pause, not a peace"],
    },
    "farm": {
        "topic": ["soybean and farm purchases", "agricultural trade", "American farm exports"],
        "sentences": [
            "[American farmers|Growers in the Midwest|Soybean producers] [have been|were] [among the hardest hit|some of the biggest losers|badly exposed] [when|after|as] [China stopped buying|Chinese purchases collapsed|Beijing turned to Brazil] [during earlier rounds of|amid|in] the [trade war|tariff fight|dispute].",
            "[Chinese commitments|Pledges from Beijing|Promises] to [buy|purchase|import] [millions of tonnes of|large volumes of|more] [soybeans|American grain|US farm goods] [would|could|might] [lift|support|help] [prices|farm incomes|rural economies] [across the farm belt|in states like Iowa and Illinois|in the Midwest].",
            "[Grain traders|Exporters|Shippers] [said|reported|noted] that [Chinese state buyers|COFCO and other state firms|Chinese importers] [had|have] [booked|placed|made] [several cargoes|a handful of orders|initial purchases] [since|after|following] the [meeting|talks|summit], [though|but] [volumes|amounts] [were|remained] [modest|below pledged levels|small].",
            "[Farm-state lawmakers|Agricultural groups|Farm lobbyists] [said|argued|stressed] [they would|that they would] [judge|measure|assess] [the deal|the outcome] [by|on] [actual shipments|tonnes loaded|real purchases] [rather than|not] [headline pledges|promises|announcements].",
        ],
        "subheads": ["Farmers watch the orders", "Soybeans as a barometer"],
    },
    "tech": {
        "topic": ["chips and export controls", "technology restrictions", "semiconductor controls"],
        "sentences": [
            "[Export controls|Restrictions] on [advanced chips|semiconductors|chipmaking tools] [have become|are now|remain] [one of the thorniest issues|a central dispute|a core grievance] [for Beijing|in the relationship], [which|and China] [calls them|describes them as|regards them as] [an attempt to contain its rise|technological containment|unfair discrimination].",
            "[Washington|US officials] [insist|maintain|argue] that [the controls|the curbs|such restrictions] [protect|are about|serve] [national security|military interests|security] [and are not|rather than being] [up for negotiation|bargaining chips|part of any trade deal].",
            "[Chinese|Beijing's] [restrictions on|controls over|licensing rules for] [rare earths|critical minerals|rare-earth magnets] [gave|handed|offered] [it|the Chinese side] [leverage|a strong hand|a powerful card], [since|because|as] [American manufacturers|carmakers and defence firms|US factories] [depend on|rely on|need] [those supplies|the materials|Chinese processing].",
            "[Chip companies|Semiconductor firms|Technology executives] [watched|followed|monitored] the [talks|summit|meeting] for [any sign|signals|hints] of [easing|relaxation|changes] [in licensing|to the rules|in the controls], [which|as these] [affect|shape|cut into] [billions of dollars|a large share] of [sales|revenue].",
        ],
        "subheads": ["Chips and rare earths", "The technology question"],
    },
    "fentanyl": {
        "topic": ["fentanyl and the drug trade", "cooperation on fentanyl", "precursor chemicals"],
        "sentences": [
            "[Fentanyl|The synthetic opioid crisis] [has|had] [become|turned into] [a central|an unexpected|a persistent] [part|element] of [the trade agenda|the talks|the negotiations], [with|as] {us_short} [tying|linking|connecting] [some tariffs|a layer of duties|part of the levies] to [Chinese action|Beijing's enforcement|progress] on [precursor chemicals|the chemicals used to make the drug|illicit exports].",
            "[Chinese officials|Beijing|China's government] [said|has said|insists] [it|that it] [already|has] [tightened|strengthened|stepped up] [controls|oversight|enforcement] on [the chemicals|precursors|drug-related exports] [and|while] [called|calling] the [issue|problem|crisis] [a matter for|ultimately one for] [American domestic policy|demand in the United States|US authorities].",
            "[Law enforcement|Counter-narcotics|Police] [cooperation|contacts|working groups] [between the countries|across the Pacific|between the two governments] [had|have] [resumed|restarted|picked up] [in fits and starts|unevenly|gradually], [officials said|according to officials|a US official said].",
        ],
        "subheads": ["The fentanyl link", "Precursors and tariffs"],
    },
    "security": {
        "topic": ["Taiwan and military communication", "security tensions", "military-to-military contacts"],
        "sentences": [
            "Taiwan [remains|is still|has always been] [the most sensitive|the most dangerous|the thorniest] [issue|question] [in the relationship|between the two powers], and Xi [is reported to have|was said to have|reportedly] [raised|restated|underlined] [Beijing's position|China's red lines|long-standing demands] [on the island|on Taiwan] [during the talks|in the meeting|at length].",
            "[Restoring|Reopening|Maintaining] [military hotlines|channels between the armed forces|defence communication] [has been|was|is] [a priority|a key goal|an important aim] for [American officials|the Pentagon|US commanders], [who|and they] [worry|fear|are concerned] that [a collision|an accident|a miscalculation] [at sea or in the air|in the South China Sea|near Taiwan] [could escalate|might spiral|could get out of control].",
            "[Analysts|Security experts|Observers] [said|noted|pointed out] that [the two militaries|the armed forces of both countries|defence officials] [had|have] [gone|spent] [long stretches|months] [without|with no|lacking] [regular contact|direct talks|working-level dialogue], [a gap|an absence] [that|which] [summits|leaders' meetings] [have sometimes|occasionally|at times] [closed|filled|repaired].",
        ],
        "subheads": ["Taiwan in the background", "Keeping the lines open"],
    },
    "markets": {
        "topic": ["market reaction", "what investors expect", "currencies and stocks"],
        "sentences": [
            "[Stocks in Hong Kong and Shanghai|Asian equities|Chinese shares] [rose|edged higher|rallied] [after|following|on] [news of|reports on|word of] the [meeting|talks|summit], [while|and] the [yuan|Chinese currency|renminbi] [firmed|strengthened slightly|held steady] [against the dollar|in offshore trading].",
            "[Strategists|Fund managers|Analysts at several banks] [said|cautioned|wrote] that [markets|investors] [had|have] [learned|become used] to [treat|view|regard] [summit pledges|leaders' promises|headline agreements] [with scepticism|cautiously|with care], [after|given|because of] [several earlier truces|past deals|previous ceasefires in the trade fight] [that|which] [unravelled|fell apart|broke down].",
            "[Soybean futures|Copper prices|Shipping stocks] [moved|jumped|reacted] [on|after|to] [the headlines|the readouts|the announcement], [a sign|an indication|evidence] [of how closely|of how much] [commodity markets|traders] [track|follow|watch] [diplomacy|the relationship|every signal] between the [two economies|two countries].",
        ],
        "subheads": ["How markets reacted", "Investors stay cautious"],
    },
    "diplomacy": {
        "topic": ["the diplomatic calendar", "future visits", "the choreography of the visit"],
        "sentences": [
            "[Reciprocal visits|An exchange of state visits|Invitations to visit] [were|have been] [discussed|agreed in principle|on the table], [with|and] [aides|officials|diplomats] [saying|indicating|suggesting] that [dates|the timing|the schedule] [would be|will be|is to be] [worked out|set|fixed] [later|through diplomatic channels|in coming weeks].",
            "[Ceremony|Pageantry|Symbolism] [matters|counts|carries weight] [in Chinese diplomacy|for Beijing|in such visits], [and|so] [hosts|organisers|protocol staff] [paid|gave] [careful attention|close attention] to [every detail|the guest list|the setting], [from|including] [the banquet menu|the honour guard|the seating plan] to [the venue|the choice of gifts|the order of speeches].",
            "[Diplomats|Former officials|Veteran negotiators] [said|noted|observed] that [regular|predictable|scheduled] [meetings|contact|engagement] between [leaders|heads of state] [tends to|can|often helps] [steady|calm|stabilise] [a rivalry|the relationship|ties] [even when|although|while] [the underlying disputes|the core differences|deep disagreements] [remain|persist|go unresolved].",
        ],
        "subheads": ["The next visit", "Pageantry and purpose"],
    },
}

SUMMIT_QUOTES = [
    "[We should not expect|Nobody should expect|Don't expect] a [grand bargain|sweeping deal|comprehensive settlement]. What we [can|might] [get|see] is [a floor under the relationship|a pause in the escalation|some stability for a while]",
    "The [fact that they are talking|meeting itself|decision to meet] [is|was] [the message|the main deliverable|the headline]. The details [will take|could take|need] [months|a long time] to [settle|work out]",
    "[Every truce|Each ceasefire|Every pause] in this [trade war|dispute] has [bought time|eased pressure|calmed markets] [but never resolved|without resolving|but never fixed] [the underlying problems|the structural issues|the core disputes]",
    "[Farmers|Our members|Growers] [need|want] [orders|contracts|cargoes], not [communiqués|speeches|photo opportunities]. [We'll believe it|We will be satisfied] when [the ships are loaded|the boats leave port|the grain is moving]",
    "[Beijing|China] [wants|is looking for] [predictability|respect and stability|a stable framework]. [Washington|The Americans] [want|are looking for] [purchases and enforcement|numbers they can point to|concrete concessions]. [Those|These] [goals|aims] [overlap only partly|are not the same|sometimes clash]",
    "[The personal relationship|Chemistry between the leaders|Rapport at the top] [matters|counts for something|helps] in [this system|both capitals|such talks], [but it|yet it] [cannot replace|is no substitute for|does not replace] [the work of negotiators|hard bargaining|institutional channels]",
    "[What happens next|The follow-through|Implementation] is [everything|the real test|what counts]. [We have seen|We've seen|There have been] [agreements|deals|understandings] [announced before|that sounded good] and [then|later] [stalled|quietly faded|unravelled]",
    "[Both sides|Each government|The two leaders] [needed|wanted|had reasons to seek] a [win|success|good-news story] [at home|for domestic audiences], and [that|this] [made|makes] [a modest deal|a limited agreement|an incremental outcome] [more likely|likely|the probable result]",
]

SUMMIT_OUTLOOK = [
    "[Officials said|Aides indicated|Both sides said] [follow-up|further|technical] [talks|meetings|negotiations] [would|will] [take place|be held|follow] [in the coming weeks|over the next months|before the end of the year], [and|while] [businesses|companies|investors] [will be watching|are likely to watch|plan to track] [for|whether there is] [evidence|signs|proof] [that the commitments are being kept|of implementation|of follow-through].",
    "Whether [the understandings|the pledges|the commitments] [hold|endure|last] [may depend on|will hinge on|could rest on] [events far from|developments beyond|factors outside] [the negotiating table|the summit venue|the leaders' control], from [elections|congressional politics|party politics] to [military incidents|new export controls|shifts in the global economy].",
    "[For now|At least for the moment|In the short term], [the meeting|the summit|the encounter] [appears to have|seems to have|has] [halted|paused|slowed] [the slide|the downward spiral|the escalation] in [relations|ties|the relationship], [analysts said|observers concluded|diplomats said], [even if|although|while] [a durable settlement|a lasting deal|a broad agreement] [remains|is still|looks] [distant|out of reach|far off]."
]

# --- events (facts are the public record, in our own words; details added by the demo are fictional)
EVENTS = {
    "maralago17": dict(
        us_title="President Donald Trump", us_short="Trump", summit_name="Mar-a-Lago summit",
        where_phrase="at Mar-a-Lago, his private club in Palm Beach, Florida", dateline="PALM BEACH, Florida",
        gap_phrase="Trump's inauguration in January", duration="several hours over two days",
        sentences=[
            "[The gathering|The two-day meeting|The summit] at [the Florida resort|Mar-a-Lago|the Palm Beach club] was [the first|the opening] [face-to-face|in-person] [encounter|meeting] between [the two men|Trump and Xi] [since Trump took office|in Trump's presidency], [after|following] a [campaign|presidential campaign] in which he had [accused China of|attacked Beijing over|criticised China for] [unfair trade|currency practices|taking American jobs].",
            "[The leaders|Both sides] [agreed|announced|said they had agreed] to [draw up|launch|start] a [100-day plan|hundred-day programme|short-term plan] [on trade|to address trade frictions|aimed at trade], [a modest|a limited|an early] [step|result] [that|which] [negotiators|officials] [later|afterwards] [filled in|fleshed out|turned into] with [beef and financial services access|market-access steps|small concessions].",
            "North Korea's [weapons programmes|missile tests|nuclear ambitions] [hung over|loomed over|shadowed] the [dinner|talks|meeting], [with|as] {us_short} [pressing|urging|asking] Xi to [use|apply|bring to bear] [Beijing's leverage|China's influence|economic pressure] on [Pyongyang|the North Korean government].",
        ],
    ),
    "beijing17": dict(
        us_title="President Donald Trump", us_short="Trump", summit_name="Beijing state visit",
        where_phrase="in Beijing during a state visit", dateline="BEIJING",
        gap_phrase="their Florida meeting in April", duration="much of the day",
        sentences=[
            "[Beijing|The Chinese hosts] [rolled out|laid on|staged] [what officials called|a programme described as] a [\"state visit-plus\"|state visit with extras|lavish welcome], [including|with] [a private tour of|an evening at|a visit to] the Forbidden City [and|followed by] [a banquet|a state dinner|a formal dinner] in the Great Hall of the People.",
            "[Companies from both countries|Executives travelling with the delegation|Business leaders] [signed|announced|unveiled] [deals|agreements|memorandums] [valued|said to be worth|totalling] [about $250bn|some $250 billion|roughly a quarter of a trillion dollars], [although|but|though] [many|much] of [the total|the figure|it] [consisted of|was made up of|reflected] [non-binding|previously announced|preliminary] [commitments|deals|arrangements].",
            "[The visit|The trip to Beijing|The state visit] [came|took place] [as part of|during|on] [a long Asia tour|a 12-day swing through Asia|an extended tour of the region], [with|and] North Korea [again|once more] [at the top of|high on|dominating] the [agenda|list of topics].",
        ],
    ),
    "ba18": dict(
        us_title="President Donald Trump", us_short="Trump", summit_name="Buenos Aires dinner",
        where_phrase="over dinner in Buenos Aires on the sidelines of the G20 summit", dateline="BUENOS AIRES",
        gap_phrase="their talks in Beijing a year earlier", duration="about two and a half hours",
        sentences=[
            "[Over|During] [a working dinner|dinner|a steak dinner] [at a hotel in|in] the Argentine capital, the [leaders|two presidents] [agreed|settled on] a [90-day truce|three-month truce|90-day pause], [with|under which] {us_short} [holding off|postponing|delaying] a [planned increase|scheduled rise|threatened jump] in tariffs [on $200bn of Chinese goods|from 10 to 25 per cent|on a large share of Chinese imports].",
            "[The truce|The ceasefire in the trade war|The 90-day pause] [set|started|put] a [clock|deadline|countdown] [running|ticking] for [talks|negotiations] on [intellectual property|technology transfer|structural issues], [subjects|issues|matters] [that had|which had] [defeated|eluded|frustrated] [earlier|previous] [negotiators|rounds of talks].",
            "[Within days|Shortly afterwards|Almost immediately], [the arrest in Canada of|Canada's detention of|news that Canada had detained] a [senior Huawei executive|Huawei finance chief|top executive of the telecoms group] [cast a shadow over|complicated|clouded] the [truce|deal|understanding], [although|but|yet] [both governments|the two sides] [said|insisted] [talks would go on|the negotiations would continue|the timetable still stood]."
        ],
    ),
    "osaka19": dict(
        us_title="President Donald Trump", us_short="Trump", summit_name="Osaka meeting",
        where_phrase="on the sidelines of the G20 summit in Osaka", dateline="OSAKA, Japan",
        gap_phrase="the Buenos Aires dinner seven months earlier", duration="roughly 80 minutes",
        sentences=[
            "[The leaders|The two men|Trump and Xi] [agreed|decided] to [restart|resume|revive] [trade talks|negotiations] that had [collapsed|broken down|stalled] [in May|weeks earlier], [with|and] {us_short} [promising|pledging|saying he would] [not to impose|to hold off on|to suspend] [new tariffs|fresh duties|additional levies] on [about $300bn|the remaining roughly $300 billion|most remaining] [of Chinese imports|of goods from China].",
            "{us_short} [also said|said afterwards|told reporters] that American [companies|suppliers|firms] [could|would be allowed to] [keep selling to|resume some sales to|supply] Huawei, [a concession|a move|an announcement] that [surprised|caught off guard|confused] [some of his own officials|hawks in Congress|national security aides].",
            "[The renewed truce|The restored truce|The ceasefire] [was|came] [the second|another|a further] [such pause|time-out|reprieve] [in seven months|since the Buenos Aires dinner|within a year], [and|which] [markets|investors] [greeted|received|welcomed] with [relief|a rally|measured optimism].",
        ],
    ),
    "bali22": dict(
        us_title="President Joe Biden", us_short="Biden", summit_name="Bali summit",
        where_phrase="in Bali ahead of the G20 summit", dateline="NUSA DUA, Indonesia",
        gap_phrase="Biden took office", duration="more than three hours",
        sentences=[
            "[The meeting|The talks|The encounter] [in a luxury hotel|at a resort hotel|in a hotel ballroom] [on the Indonesian island|in Bali] was [the first|the first in-person] [meeting|summit] [between the two|of the two leaders] [since Biden became president|during Biden's presidency|as presidents], [after|following] [years of|a long spell of] [virtual calls|video conferences|phone diplomacy] [during the pandemic|because of Covid restrictions].",
            "[Biden|The US president] [said|told reporters] [afterwards|later] that he [did not believe|saw no sign|did not think] [there was|of] [an imminent attempt|any imminent plan] by China to [invade Taiwan|move against Taiwan|take Taiwan by force], [while|and] [setting out|restating|underscoring] [American objections|US concerns] to [coercive|aggressive|provocative] [actions|behaviour] [near the island|in the Taiwan Strait].",
            "[The two sides|Both governments|The leaders] [agreed|decided] to [let|allow] [senior officials|cabinet members|ministers] [resume|restart|reopen] [talks|dialogue|cooperation] on [climate change|climate, debt relief and food security|global issues], [channels|contacts|forums] [that|which] Beijing had [frozen|suspended|cut off] [earlier in the year|after a congressional visit to Taiwan|in August]."
        ],
    ),
    "woodside23": dict(
        us_title="President Joe Biden", us_short="Biden", summit_name="Woodside summit",
        where_phrase="at the Filoli estate in Woodside, California", dateline="WOODSIDE, California",
        gap_phrase="their meeting in Bali a year earlier", duration="about four hours",
        sentences=[
            "[The leaders|Biden and Xi|The two presidents] [met|talked|walked] [at|in the gardens of] [a historic country estate|the Filoli estate|a 1917 mansion] [south of San Francisco|in the hills outside San Francisco|near Silicon Valley], [on the margins of|alongside|during] the [Asia-Pacific Economic Cooperation|APEC] [forum|summit|meetings].",
            "[They|The leaders] [agreed|announced|said they had agreed] to [restore|resume|reopen] [military-to-military communications|direct military contacts|talks between their armed forces], [and|as well as] [to|a commitment to] [work together|cooperate|act] [against|on curbing] [the flow of|exports of] [fentanyl precursors|chemicals used to make fentanyl].",
            "[A walk|A stroll|Footage of the two men walking] [through the gardens|in the estate grounds|past the fountains] [offered|provided|became] [a rare image|one of the lasting images|a memorable picture] of [personal diplomacy|warmth|ease] [after|following|during] [a year of|months of|a period of] [tension|friction] [that included|marked by|which had seen] [a Chinese balloon|the spy balloon episode|a surveillance balloon] [drifting over|crossing|floating over] the United States.",
        ],
    ),
    "lima24": dict(
        us_title="President Joe Biden", us_short="Biden", summit_name="Lima meeting",
        where_phrase="on the sidelines of the APEC summit in Lima", dateline="LIMA, Peru",
        gap_phrase="their Woodside summit a year earlier", duration="nearly two hours",
        sentences=[
            "[The meeting|The session|The talks] in Lima [was|came as|marked] [the last|the final|likely the final] [scheduled|planned] [encounter|meeting] between [the two|Biden and Xi] [before|ahead of] [Donald Trump's return|the change of administration|the transfer of power] in Washington [in January|two months later].",
            "[Both leaders|The presidents] [affirmed|agreed|stated] that [decisions on|control over|the authority to use] nuclear weapons [should|must] [remain|stay] [under human control|with humans] [rather than|and not be handed to|not] [artificial intelligence|AI systems|machines], [a modest|a notable|a limited] [statement|agreement|point of consensus].",
            "Xi [said|told Biden|stressed] [that|how] China [was ready|stood ready|was willing] to [work with|engage|cooperate with] the [incoming|next|new] [administration|US government], [while|and] [warning|cautioning|setting out] [about|against] [crossing|challenging] [red lines|China's core interests] [on|including] Taiwan [and|as well as] [its development rights|technology|economic development].",
        ],
    ),
    "call_apr24": dict(
        us_title="President Joe Biden", us_short="Biden", summit_name="phone call",
        where_phrase="by telephone", dateline="WASHINGTON",
        gap_phrase="their Woodside summit", duration="about an hour and 45 minutes",
        sentences=[
            "The [call|conversation|phone conversation] was [the first|their first] [direct|leader-level] [contact|exchange] [since|after] [the Woodside summit|their California meeting] [in November|five months earlier], [and|which] [officials|aides] [described|presented] [as|it as] [part of an effort|a way|an attempt] to [keep|maintain] [communication|lines] [open|stable].",
            "[Biden|The US president] [raised|pressed|voiced] [concerns|objections] [about|over] [Chinese support for|China's backing of|Beijing's help to] [Russia's defence industry|Russia's war effort|Moscow's military] [and|as well as] [industrial overcapacity|excess production|cheap exports] [in|from] [Chinese factories|sectors such as electric vehicles].",
        ],
    ),
    "call_2025": dict(
        us_title="President Donald Trump", us_short="Trump", summit_name="phone call",
        where_phrase="by telephone", dateline="WASHINGTON",
        gap_phrase="months of tariff escalation", duration="about 90 minutes",
        sentences=[
            "[The call|The conversation|The phone call] [between the leaders|between Trump and Xi|at leader level] was [the latest|one in a series|part of a sequence] of [direct contacts|phone calls|conversations] [this year|in 2025|since Trump's return to office] [that|which] [have|had] [helped|served to] [steer|manage|keep] [the tariff fight|trade tensions] [away from|short of] [a full rupture|collapse|open confrontation].",
            "{us_short} [said|wrote|posted] [afterwards|later|after the call] that [the conversation|it] had been [very good|productive|positive] [and|adding] that [the two men|he and Xi] had [discussed|talked about|touched on] [trade|TikTok|fentanyl] [and|as well as] [future visits|meeting in person|exchanging visits].",
            "[Chinese state media|Xinhua|The Chinese readout] [said|reported|stated] that Xi had [urged|called on|asked] [Washington|the United States|the US side] to [remove|ease|lift] [negative measures|restrictions|trade curbs] [and|while] [stressing|emphasising|insisting] [that|on] [dialogue on an equal footing|mutual respect|equality] [was|as] the [way forward|right path|only basis for progress].",
        ],
    ),
    "busan25": dict(
        us_title="President Donald Trump", us_short="Trump", summit_name="Busan summit",
        where_phrase="in Busan, South Korea", dateline="BUSAN, South Korea",
        gap_phrase="Trump's return to the White House", duration="about 100 minutes",
        sentences=[
            "[The meeting|The talks|The summit], [held|which took place] [at an air base near|on the outskirts of|at a military facility outside] Busan [alongside|on the sidelines of|during] the [Asia-Pacific Economic Cooperation|APEC] [gathering|meetings|summit] [in South Korea|hosted by South Korea], [produced|ended with|led to] a [one-year|12-month|year-long] trade truce.",
            "{us_short} [said|announced|told reporters] [he would|that Washington would] [cut|halve|reduce] [the fentanyl-related tariff|the so-called fentanyl tariff|a levy tied to fentanyl] on Chinese goods [from 20 to 10 per cent|to 10 per cent from 20 per cent|by half, to 10 per cent], [while|and] [Beijing|China] [agreed|undertook|said it would] [to pause|to suspend|to delay] [sweeping|newly announced|expanded] [controls|restrictions] on [rare-earth exports|exports of rare earths|rare earths and magnets] [for a year|for 12 months].",
            "[China|Beijing] [also|additionally] [agreed|committed|pledged] to [resume|restart] [large|substantial|significant] [purchases|imports] of American [soybeans|farm goods], [and|while] [both sides|the two governments] [suspended|paused|put on hold] [tit-for-tat|reciprocal|retaliatory] [port fees|fees on ships|charges on vessels] [for a year|for 12 months|under the truce].",
            "{us_short} [called|described] the [meeting|talks] [\"amazing\"|a great success|a 12 on a scale of one to ten], [while|and] [Chinese officials|Beijing|China's commerce ministry] [were|sounded|spoke in] [more measured|more restrained|cooler] [terms|tones], [saying|noting] [that|the sides had reached] [consensus|a basic consensus] [on|to address] [several|a number of|various] [trade issues|economic concerns|problems].",
        ],
    ),
    "beijing26": dict(
        us_title="President Donald Trump", us_short="Trump", summit_name="Beijing visit",
        where_phrase="in Beijing", dateline="BEIJING",
        gap_phrase="their meeting in Busan in October", duration="most of the day",
        sentences=[
            "{us_short}'s [trip|visit|state visit] to Beijing [had|was] [originally|first] [planned|pencilled in|announced] for April [before|but it was|then] [slipping|pushed back|moved] to [the middle of May|13 to 15 May|mid-May], [officials said|a change officials attributed to scheduling|for reasons both sides described as logistical].",
            "[The three-day|A three-day] [state visit|visit] [from 13 to 15 May|in mid-May] [included|featured|was built around] [a welcome ceremony|formal talks|a state banquet] [at|in] the Great Hall of the People [and|as well as] [talks on extending|a review of|discussion of] the [trade truce|truce agreed in Busan|one-year truce reached in South Korea].",
            "[Preparatory|Advance|Working-level] [talks|meetings] [between|involving] [the US Treasury|Treasury officials|the commerce and treasury teams] and [Chinese negotiators|China's vice-premier|their Chinese counterparts] [focused on|centred on|dealt with] [farm purchases|rare earths|tariff relief] [and|plus|as well as] [possible|potential] [investment rules|deals for American companies|aircraft orders].",
            "[It was|The visit was] [the first|{us_short}'s first] [trip|visit] to China [by a sitting US president|by an American president] [since|in the eight years since|after] {us_short}'s [own|earlier] [state visit|trip] in November 2017.",
        ],
    ),
    "return26": dict(
        us_title="President Donald Trump", us_short="Trump", summit_name="planned return visit",
        where_phrase="in the United States", dateline="WASHINGTON",
        gap_phrase="the Beijing visit in May", duration="two days",
        sentences=[
            "Xi [accepted|has accepted|agreed in principle to accept] [an invitation|{us_short}'s invitation] to [make|pay] a [return|reciprocal] [visit|state visit] to the United States [later this year|before the end of 2026|in the coming months], [officials said|according to the White House|both governments said], [although|but] [no date|a date] [had been|has yet to be] [announced|set|fixed].",
            "[A reciprocal visit|Xi's trip to the US|The return visit] [would|could] [mark|be] [his first|Xi's first] [visit|trip] to the United States [since|after] [the Woodside summit|the 2023 APEC meeting in California], [and|which] [planners|organisers|aides] [hope|expect|want] to [use|turn into] [a stage|an occasion|an opportunity] for [a longer-term|a wider|a broader] [trade agreement|economic framework|settlement].",
        ],
    ),
}

# Records of summit stories: (event, phase, angle, day offset from event, headline).
# Headlines are hand-written; the body is composed from the banks above.
SUMMIT_RECORDS = [
    ("maralago17", "preview", "trade", -3, "Trump to host Xi at Mar-a-Lago as trade gap tops agenda"),
    ("maralago17", "day", "security", 0, "Trump and Xi open Florida summit under shadow of North Korea"),
    ("maralago17", "after", "trade", 5, "After Mar-a-Lago, negotiators begin work on 100-day trade plan"),
    ("beijing17", "preview", "diplomacy", -4, "Beijing prepares lavish welcome for Trump's first state visit"),
    ("beijing17", "day", "trade", 0, "Trump and Xi unveil $250bn in deals as Beijing visit opens"),
    ("beijing17", "after", "markets", 3, "Investors question value of deals signed during Trump's Beijing trip"),
    ("ba18", "preview", "trade", -2, "Trump and Xi to dine in Buenos Aires as tariff deadline looms"),
    ("ba18", "day", "trade", 0, "Trump and Xi agree 90-day trade truce over G20 dinner"),
    ("ba18", "after", "farm", 6, "Farmers wait for Chinese orders after Buenos Aires truce"),
    ("osaka19", "preview", "tech", -3, "Huawei curbs hang over planned Trump-Xi meeting in Osaka"),
    ("osaka19", "day", "trade", 0, "Trump and Xi restore trade truce in Osaka, restart talks"),
    ("osaka19", "after", "markets", 2, "Markets rally as Osaka truce pauses new China tariffs"),
    ("bali22", "preview", "security", -2, "Biden and Xi to hold first in-person talks in Bali"),
    ("bali22", "day", "security", 0, "Biden says no imminent Chinese move on Taiwan after Bali talks with Xi"),
    ("bali22", "after", "diplomacy", 4, "Climate talks restart after Biden-Xi meeting in Bali"),
    ("woodside23", "preview", "security", -3, "Biden and Xi to meet near San Francisco as military contacts stay frozen"),
    ("woodside23", "day", "fentanyl", 0, "Biden and Xi agree to restore military hotline and curb fentanyl chemicals"),
    ("woodside23", "after", "diplomacy", 5, "What the Woodside summit changed, and what it did not"),
    ("call_apr24", "day", "security", 0, "Biden and Xi hold first call since California summit"),
    ("lima24", "day", "security", 0, "Biden and Xi meet in Lima for likely final time before Trump returns"),
    ("lima24", "after", "diplomacy", 3, "Lima meeting leaves Xi hedging ahead of second Trump term"),
    ("call_2025", "day", "fentanyl", 0, "Trump and Xi speak by phone as tariff fight intensifies"),
    ("call_2025", "day", "tech", 0, "Trump says call with Xi cleared way on TikTok and a possible meeting"),
    ("call_2025", "after", "diplomacy", 4, "After phone call, aides start planning a Trump-Xi meeting in Asia"),
    ("call_2025", "day", "farm", 0, "Trump and Xi discuss soybeans and Beijing trip in latest phone call"),
    ("busan25", "preview", "trade", -5, "Trump heads to Asia with a Xi meeting in Busan as the prize"),
    ("busan25", "preview", "tech", -2, "Rare earths curbs loom over Trump-Xi meeting in South Korea"),
    ("busan25", "day", "trade", 0, "Trump and Xi agree one-year trade truce in Busan"),
    ("busan25", "day", "fentanyl", 0, "Trump halves fentanyl tariff after talks with Xi in Busan"),
    ("busan25", "after", "farm", 4, "Soybean cargoes resume slowly after Busan truce"),
    ("busan25", "after", "markets", 2, "Asian markets weigh durability of Trump-Xi truce"),
    ("busan25", "after", "tech", 7, "Chipmakers parse what the Busan truce means for export curbs"),
    ("busan25", "after", "diplomacy", 10, "Busan truce sets up Trump visit to Beijing next year"),
    ("beijing26", "preview", "diplomacy", -95, "White House confirms Trump will visit Beijing in April"),
    ("beijing26", "preview", "diplomacy", -40, "Trump's Beijing trip moved from April to mid-May"),
    ("beijing26", "preview", "farm", -10, "Farm groups press for purchase targets ahead of Trump's Beijing visit"),
    ("beijing26", "day", "diplomacy", 0, "Xi welcomes Trump to Beijing at the start of a three-day state visit"),
    ("beijing26", "day", "trade", 1, "Trump and Xi discuss extending trade truce during Beijing talks"),
    ("beijing26", "after", "tech", 4, "Chip controls left unresolved after Trump's state visit to China"),
    ("beijing26", "after", "markets", 3, "Investors look past pageantry of Trump's Beijing visit"),
    ("return26", "preview", "diplomacy", -120, "Xi accepts invitation for return visit to the United States"),
    ("return26", "preview", "trade", -60, "Planning begins for Xi's US visit as truce review nears"),
    ("return26", "preview", "security", -30, "Security questions shadow preparations for Xi's visit to America"),
]

# A syndicated wire story (fictional agency), republished by three outlets.
WIRE_NAME = "Pacific Wire Service"
WIRE_CREDIT = "— Pacific Wire"
WIRE_EVENT = ("busan25", "day", "trade", 0)
WIRE_PARAGRAPHS = [
    "President Donald Trump and Chinese President Xi Jinping agreed on Thursday to a one-year truce in their trade war, meeting at an air base near the South Korean port city of Busan in their first face-to-face talks since Trump returned to the White House.",
    "Trump told reporters aboard Air Force One that he would lower the tariff tied to fentanyl on Chinese imports to 10 per cent from 20 per cent, after Xi promised to work harder to stop the flow of chemicals used to make the drug.",
    "In return, China will suspend for a year the sweeping rare-earth export controls it announced in early October and resume purchases of American soybeans, according to officials from both governments who briefed reporters after the meeting.",
    "\"We had an amazing meeting,\" Trump said, adding that he would travel to China in April and that Xi would visit the United States at a later date. Chinese officials described the talks as candid and said the two sides had reached consensus on resolving a number of issues.",
    "The truce pauses a cycle of escalation that had pushed tariffs on some goods to levels that, in the words of one trade official in Washington, made normal business all but impossible. Both sides also agreed to suspend the port fees each had imposed on the other's ships.",
    "Investors had been bracing for the meeting for weeks. Stocks in Hong Kong rose in early trading before giving up some gains, and soybean futures in Chicago edged higher on expectations that Chinese state buyers would return to the American market.",
    "Analysts cautioned that the truce leaves untouched the deeper disputes over technology, including American controls on advanced semiconductors, which Washington says are a matter of national security and not up for negotiation.",
]
WIRE_ENDINGS = [
    "The two leaders did not issue a joint statement. Officials said follow-up talks between trade teams would begin within weeks. " + WIRE_CREDIT,
    "Neither government published a joint text after the meeting, and negotiators are expected to meet again before the end of the year. " + WIRE_CREDIT,
    "No joint statement was released. Further talks between the two trade teams are expected in the coming weeks, officials said. " + WIRE_CREDIT,
]
WIRE_HEADLINES = [
    "Trump and Xi agree one-year trade truce at Busan meeting",
    "Trump, Xi strike one-year truce in trade war",
    "US and China agree trade truce after Trump-Xi talks near Busan",
]

# --- off-topic coverage -----------------------------------------------------------------------
# Each topic: kind, headline templates, slot values (one per story, in order), sentence bank.
OFFTOPIC = {
    "cn_economy": dict(
        kind="china_no_summit", section="Business", dateline="BEIJING",
        heads=["China's economy grows {growth} per cent in {quarter} as property drag persists",
               "Chinese retail sales {retail_verb} in {month} as shoppers stay cautious",
               "Beijing unveils {stimulus} stimulus to revive consumer spending"],
        slots=dict(growth=["4.8", "5.2", "4.6"], quarter=["the third quarter", "the first quarter", "the second quarter"],
                   month=["August", "March", "November"], retail_verb=["slow", "disappoint", "edge up"],
                   stimulus=["new", "fresh", "targeted"], city=["Shenzhen", "Chengdu", "Wuhan"]),
        sentences=[
            "[Official data|Figures from the National Bureau of Statistics|Government statistics] [released|published] on {weekday} [showed|indicated] [growth of|an expansion of] {growth} per cent [in {quarter}|compared with a year earlier], [broadly in line with|slightly below|just above] [forecasts|economists' expectations|the consensus].",
            "[The property slump|A prolonged housing downturn|Weakness in real estate] [continued to weigh on|kept dragging on|held back] [investment|construction|local government finances], [with|as] [new home prices|home sales|land sales] [falling|declining|slipping] [again|for another month] in [most large cities|dozens of cities|cities such as {city}].",
            "[Households|Consumers|Shoppers] [remain|are still|stayed] [reluctant to spend|cautious|wary], [economists said|analysts noted|according to economists], [because|as] [worries about jobs|uncertain incomes|falling house prices] [encourage|push|lead] [families|people] to [save|hold cash|put money aside].",
            "[Industrial output|Factory production|Manufacturing output] [rose|grew|increased] [faster than expected|more slowly than in the previous month|steadily], [helped by|supported by|driven by] [exports of electric vehicles|demand for solar equipment|high-tech manufacturing].",
            "[The central bank|The People's Bank of China|Monetary authorities] [has|have] [trimmed|cut|lowered] [interest rates|reserve requirements|lending rates] [several times|twice|modestly] [this year|over the past year], [but|yet] [credit demand|borrowing|loan growth] [remains|stays|is still] [weak|subdued|soft].",
            "[Local governments|Provincial officials|Authorities in {city}] [have|are] [offered|rolling out|introduced] [trade-in subsidies|vouchers|cash incentives] for [cars and appliances|household goods|electronics], [a programme|a scheme|a policy] [that|which] [lifted|boosted|supported] [sales|spending|demand] [earlier in the year|for several months].",
            "[Youth unemployment|Joblessness among young people|The jobless rate for graduates] [remains|stays|is still] [elevated|high|stubbornly high], [a concern|a worry|a headache] for [policymakers|the leadership|officials] [ahead of|as] [the graduation season|millions of students enter the job market].",
        ],
        quotes=["[The recovery is|Growth is] [uneven|patchy|two-speed]: [factories are doing fine|exports are holding up], [households are not|consumers are still hesitant]",
                "[Without|Unless there is] a [bigger|more decisive] [push|fix] on [housing|property], [confidence|spending] [will stay|is likely to remain] [weak|fragile]"],
    ),
    "cn_space": dict(
        kind="china_no_summit", section="Science", dateline="JIUQUAN, China",
        heads=["China launches {mission} crew to Tiangong space station",
               "Chinese probe {probe_verb} on far side of the Moon",
               "China's {rocket} rocket completes maiden flight"],
        slots=dict(mission=["Shenzhou", "new", "three-member"], probe_verb=["lands", "touches down", "begins work"],
                   rocket=["new heavy-lift", "reusable test", "commercial"], hours=["six and a half", "seven", "three"],
                   crew=["three astronauts", "a crew of three", "three taikonauts"]),
        sentences=[
            "[The rocket|A Long March rocket|The launch vehicle] [lifted off|blasted off|launched] from [the Jiuquan Satellite Launch Center|a launch site in the Gobi Desert|Jiuquan in northwest China] [shortly before dawn|late in the evening|in the morning], [carrying|with] {crew} [on board|aboard].",
            "[The mission|The flight|The crew] [will spend|is due to spend|will remain] [about six months|around half a year|several months] [aboard|on] the [Tiangong|orbiting] space station, [conducting|carrying out|running] [experiments|research|tests] in [materials science|biology|fluid physics].",
            "[Docking|The docking with the station|Rendezvous] [took place|was completed|happened] [about|roughly|some] {hours} hours [after launch|later|after lift-off], [state broadcaster CCTV said|according to the space agency|the China Manned Space Agency said].",
            "China's [space programme|space ambitions|lunar programme] [has|have] [advanced|progressed|moved] [rapidly|quickly|steadily] [over the past decade|in recent years], [with|including] [sample-return missions|robotic landings|a rover on Mars] [and|as well as] [plans|a goal] to [land astronauts on the Moon|put people on the lunar surface] [before 2030|by the end of the decade].",
            "[Engineers|Scientists|Mission controllers] [said|reported] [all systems|the spacecraft|the vehicle] [were|was] [working normally|functioning as planned|in good condition], [and|while] [the crew|the astronauts] [sent|broadcast|shared] [a brief video message|greetings|images] [from orbit|from the station].",
            "[The launch|The flight|The mission] [was|came as] [the latest|another|one more] in a [busy|packed|crowded] [year|schedule] for [Chinese rocketry|the country's launch sites], [which|that] [also|has also] [included|featured|seen] [commercial satellite deployments|tests of reusable boosters|launches for broadband constellations].",
        ],
        quotes=["[The pace|The cadence] of [launches|missions] [is|has become] [remarkable|impressive], and [the programme|they] [rarely|seldom] [misses|slips on] [its|a] [schedule|deadline]",
                "[Each mission|Every flight] [builds|adds] [experience|know-how] [for|towards] [the lunar landing|the Moon programme|longer stays in orbit]"],
    ),
    "cn_floods": dict(
        kind="china_no_summit", section="World", dateline="GUANGZHOU, China",
        heads=["Floods force {evacuated} from homes in southern China",
               "Heavy rain triggers landslides in {province}",
               "Typhoon {typhoon} makes landfall in southern China"],
        slots=dict(evacuated=["tens of thousands", "more than 100,000", "thousands"], province=["Guangdong", "Guangxi", "Fujian"],
                   typhoon=["Mariposa", "Kestrel", "Halcyon"], rain=["300mm", "450mm", "250mm"], river=["Pearl", "Xi", "Min"]),
        sentences=[
            "[Torrential rain|Days of heavy rain|Persistent downpours] [swelled|raised|pushed up] [rivers|the {river} River|waterways] [across|in] {province}, [forcing|prompting|leading] [authorities|officials] to [evacuate|move] {evacuated} [people|residents] [from|out of] [low-lying areas|villages near the banks|flood-prone districts].",
            "[Some areas|Parts of the province|Several counties] [received|recorded|saw] [more than|over|nearly] {rain} of rain [in 24 hours|in a single day|over two days], [according to|said] [the provincial weather bureau|meteorologists|the national weather service].",
            "[Rescue teams|Emergency crews|Firefighters and soldiers] [used|deployed] [rubber boats|excavators|helicopters] to [reach|rescue|evacuate] [stranded residents|people trapped in their homes|villagers], [and|while] [roads|highways|rail lines] [were|remained] [closed|cut|blocked] [by landslides|by mud and debris|in several places].",
            "[Schools|Factories|Markets] [were|stayed] [closed|shut] [as a precaution|for the day|until further notice], [and|while] [power|electricity] [was|had been] [cut|lost] [to|for] [thousands of households|several districts|parts of the region].",
            "[Summer floods|Seasonal flooding|The rainy season] [are|is] [common|a regular occurrence|frequent] in southern China, [but|though] [scientists|climate researchers|experts] [say|warn] that [extreme rainfall|intense downpours|heavier storms] [has become|is becoming] [more frequent|more common|more severe] [as the climate warms|in recent decades].",
            "[Forecasters|The weather bureau|Meteorologists] [warned|said|cautioned] [that more rain|of further storms|that heavy rain] [was|were] [expected|likely|forecast] [over the weekend|in the coming days|later in the week], [keeping|with] [flood alerts|emergency warnings] [in place|in force] for [several cities|the coastal region|river towns].",
        ],
        quotes=["[The water|It] [rose|came up] [so fast|very quickly] [that|and] we [only had time to|barely managed to|could only] [grab|take] [our documents|the children|a few things]",
                "[Drainage systems|Flood defences] [built decades ago|in many towns] [were not designed for|cannot cope with] [rain like this|this much water|storms of this size]"],
    ),
    "cn_tech": dict(
        kind="china_no_summit", section="Technology", dateline="SHENZHEN, China",
        heads=["Chinese EV maker {company} unveils cheaper model to fight price war",
               "Start-up {company} releases open AI model that rivals bigger labs",
               "{company} opens giant battery plant as car demand shifts"],
        slots=dict(company=["Lanxing Motors", "Qingyun AI", "Huaxin Energy"], price=["99,800 yuan", "120,000 yuan", "89,900 yuan"],
                   city=["Hefei", "Hangzhou", "Changzhou"], staff=["4,000", "1,200", "6,500"]),
        sentences=[
            "{company}, [based in|headquartered in|which has its base in] {city}, [said|announced|told investors] [on {weekday}|this week] [that|how] [its new|the latest] [product|model|offering] [would|will] [go on sale|reach customers|be available] [within weeks|next month|before the end of the quarter].",
            "[Competition|The price war|Rivalry] [among|between] [Chinese carmakers|domestic technology firms|dozens of companies] has [squeezed|eroded|hit] [margins|profits|earnings], [and|while] [regulators|officials|industry bodies] [have|had] [warned|cautioned] [against|about] [\"disorderly\"|excessive|cut-throat] [competition|discounting].",
            "[The company|{company}] [employs|has] [about|around|more than] {staff} [people|staff|workers] and says [its|the] [research spending|engineering budget|development costs] [has|have] [doubled|grown sharply|risen steadily] [over two years|since 2023|in recent years].",
            "[Analysts|Industry watchers|Investors] [said|noted|pointed out] that [the launch|the product|the move] [reflects|shows|illustrates] [how quickly|the speed at which] [Chinese firms|the sector|rivals] [iterate|copy and improve|bring products to market], [often|sometimes|frequently] [at|with] [a fraction of|far lower|much lower] [the cost|costs] [of|than] [foreign competitors|Western peers].",
            "[Shares|The company's stock|Its shares] [rose|climbed|jumped] [in Hong Kong|on the Shenzhen exchange|in early trading] [after|following|on] the [announcement|news|launch], [extending|adding to] [gains|a rally] [this year|since January].",
            "[The firm|{company}] [plans|intends|hopes] to [expand|grow|sell] [abroad|overseas|in export markets], [starting with|beginning in|first in] [South-East Asia|Europe|the Middle East], [where|as] [demand|interest] [for affordable|for cheaper] [technology|vehicles|products] is [growing|rising].",
        ],
        quotes=["[We|Our engineers] [designed|built] [this|it] [for|around] [ordinary families|everyday users], not [enthusiasts|a niche market]",
                "[The market|This industry] [rewards|punishes] [speed|anyone who slows down]; [whoever|those who] [hesitates|waits] [loses share|falls behind]"],
    ),
    "chips_export": dict(
        kind="trade_no_summit", section="Business", dateline="WASHINGTON",
        heads=["Commerce Department tightens rules on chip tool exports to China",
               "US adds {count} Chinese firms to export blacklist",
               "Chip equipment makers warn of lost sales under new export rules"],
        slots=dict(count=["27", "a dozen", "more than 40"], firm=["Aldercrest Systems", "Norvane Semiconductor", "Brightwater Lithography"],
                   share=["a fifth", "roughly 15 per cent", "nearly a third"]),
        sentences=[
            "[The Commerce Department|US officials|Washington's Bureau of Industry and Security] [published|issued|announced] [new rules|revised regulations|an update to export controls] [on {weekday}|this week] [that|which] [restrict|limit|curb] [sales|shipments] of [advanced chipmaking equipment|high-end semiconductors|chip design software] to [Chinese buyers|companies in China].",
            "[The rules|The restrictions|The controls] [also|additionally] [add|place|put] {count} [Chinese companies|entities|firms] on [the entity list|a trade blacklist|a restricted list], [meaning|which means] [American suppliers|US companies] [need|must obtain] [a licence|special permission] to [sell to them|ship to them|do business with them].",
            "[Chip equipment makers|Suppliers such as {firm}|Toolmakers] [said|warned|told investors] [that China|Chinese customers] [accounted for|made up|represented] {share} of [their|recent] [sales|revenue], [and|so] [the rules|the new limits] [could|would likely] [dent|cut|reduce] [earnings|orders|growth].",
            "[China's commerce ministry|Beijing|Chinese officials] [condemned|criticised|denounced] the [move|measures|rules] as [an abuse of export controls|protectionism|discriminatory], [and|while] [said|saying] [it would|that it would] [take|consider] [necessary measures|countermeasures|steps] to [protect|defend] [Chinese firms|its companies].",
            "[Officials|Administration officials|A senior official] [said|told reporters|argued] [the controls|the rules] [were|are] [aimed at|intended to slow|designed to stop] [military applications|China's development of advanced AI for defence|weapons development], [not|rather than] [at|to harm] [ordinary commerce|consumer electronics|trade in general].",
            "[Chinese chipmakers|Domestic manufacturers in China|Firms in China] [have|are] [responded|responding] [by|with] [stockpiling equipment|buying tools ahead of deadlines|investing heavily in local suppliers], [and|while] [the government|Beijing] [has|is] [poured|pouring] [billions|large sums] into [a national chip fund|domestic alternatives].",
        ],
        quotes=["[Every|Each] [round|tightening] of [controls|rules] [pushes|encourages] [Chinese buyers|customers in China] to [design us out|find local suppliers|replace American tools]",
                "[These rules|The controls] [are about|concern] [security|the military edge], and [we|the administration] [will|intend to] [keep updating|refine] them [as technology moves|as needed]"],
    ),
    "tariffs_goods": dict(
        kind="trade_no_summit", section="Business", dateline="WASHINGTON",
        heads=["US raises duties on Chinese {product} after trade probe",
               "Importers rush to beat tariff deadline on Chinese {product}",
               "Trade court hears challenge to tariffs on Chinese {product}"],
        slots=dict(product=["solar panels", "steel and aluminium", "electric vehicles"], rate=["50", "25", "100"],
                   port=["Long Beach", "Savannah", "Newark"], group=["the Coalition of American Importers", "the Retail Supply Alliance", "the Clean Energy Buyers Group"]),
        sentences=[
            "[The Office of the US Trade Representative|Trade officials|The administration] [said|announced|confirmed] [duties|tariffs|levies] on {product} [from China|made in China] [would|will] [rise|increase|go up] to {rate} per cent, [after|following|at the end of] [a review|an investigation|a months-long probe] [of|into] [Chinese subsidies|unfair trade practices|industrial policy].",
            "[Importers|Retailers|Buyers] [scrambled|raced|rushed] to [bring in|ship|clear] [goods|cargo|containers] [before|ahead of] the [deadline|new rates|increase], [with|and] [ports such as|terminals at|the port of] {port} [reporting|seeing|handling] [a surge in|unusually high|record] [arrivals|volumes|traffic].",
            "[Trade groups|Industry associations|Business lobbies], [including|among them] {group}, [said|argued|warned] [the duties|higher tariffs|the levies] [would|will] [be passed on|end up|fall] [to|on] [American consumers|customers|households] [through|in the form of] [higher prices|price increases].",
            "[Domestic producers|American manufacturers|US makers] [welcomed|praised|applauded] the [decision|move|increase], [saying|arguing] [that|it] [Chinese|cheap] [overcapacity|state-subsidised production|dumped goods] had [depressed|undercut|flattened] [prices|their margins|the market] [for years|in recent years].",
            "[Economists|Analysts|Researchers] [noted|said|pointed out] that [much of the trade|supply chains|production] [has|had] [shifted|moved|been rerouted] [to|through] [Vietnam, Malaysia and Mexico|South-East Asia|third countries], [making|which makes] [the effect|the impact] of [bilateral|China-specific] [tariffs|duties] [harder to measure|less clear|more complicated].",
            "[A legal challenge|A lawsuit|Litigation] [brought|filed] by [importers|a group of companies|several importers] [argues|claims|contends] that [the administration|officials] [exceeded|overstepped|went beyond] [its|their] [authority|statutory powers] [in|when] [imposing|expanding|setting] the [duties|tariffs].",
        ],
        quotes=["[Our members|Small importers] [cannot|can't] [absorb|swallow] [a {rate} per cent|another] [increase|hike] [overnight|without warning]; [prices|shelf prices] [will|are going to] [go up|rise]",
                "[For years|For a decade] [we've|we have] [competed|been competing] against [subsidised|state-backed] [rivals|producers]. [This|The decision] [levels|evens] the [field|playing field] [a little|somewhat]"],
    ),
    "shipping_fees": dict(
        kind="trade_no_summit", section="Business", dateline="SHANGHAI",
        heads=["Container freight rates from China to US {rate_verb} in {month}",
               "Shipping lines reroute vessels as new port fees take effect",
               "Shippers brace for peak season as Pacific rates climb"],
        slots=dict(rate_verb=["jump", "slide", "climb"], month=["July", "January", "September"], carrier=["Meridian Line", "Orient Harbour Shipping", "Caspian Blue Lines"],
                   price=["$5,200", "$3,100", "$4,400"]),
        sentences=[
            "[Spot rates|Freight prices|The cost of shipping a container] [from Shanghai to the US West Coast|across the Pacific|from Chinese ports to Los Angeles] [reached|stood at|hit] [about|roughly|around] {price} per forty-foot container [in {month}|last week|this month], [according to|based on] [an industry index|freight benchmarks|data from brokers].",
            "[Carriers|Shipping lines|Ocean carriers] [such as|including] {carrier} [said|told customers|announced] [they would|that they would] [adjust|change|reshuffle] [routes|schedules|rotations] [to|so as to] [limit|reduce|avoid] [exposure to|the cost of] [new port fees|higher charges|additional fees].",
            "[Freight forwarders|Logistics firms|Brokers] [reported|said there was|described] [strong|patchy|uneven] [demand|booking activity] [from|among] [retailers|importers|manufacturers] [stocking up|restocking|building inventory] [before|ahead of] [the holiday season|the peak season|year-end sales].",
            "[Capacity|The supply of vessels|Fleet capacity] [has|had] [grown|expanded|increased] [sharply|rapidly] [as|because|after] [carriers took delivery of|lines received|shipyards delivered] [large numbers of|dozens of|many] [new ships|new vessels] [ordered|booked] [during the pandemic boom|in 2021 and 2022].",
            "[Port congestion|Delays at terminals|Backlogs] [in|at] [Shanghai and Ningbo|Los Angeles and Long Beach|major hubs] [remained|stayed|were] [limited|manageable|moderate], [port officials said|according to terminal operators|data showed].",
        ],
        quotes=["[Rates|Prices] [can|tend to] [swing|move] [wildly|sharply] [from week to week|within a month]; [shippers|customers] [want|need] [predictability|stable contracts]",
                "[We|Our clients] [are|have been] [booking earlier|front-loading] [than usual|this year] [to be safe|as insurance]"],
    ),
    "g7": dict(
        kind="other_summit", section="World", dateline="BRUSSELS",
        heads=["G7 leaders pledge support for Ukraine at summit in {g7place}",
               "G7 summit ends with statement on AI and energy security",
               "Divisions over trade overshadow G7 meeting in {g7place}"],
        slots=dict(g7place=["the Alps", "Apulia", "Kananaskis"], host=["Germany", "Italy", "Canada"], billion=["50", "30", "20"]),
        sentences=[
            "[Leaders of the Group of Seven|G7 leaders|Heads of government from the G7] [wrapped up|concluded|ended] [their|a] [three-day|two-day] [summit|meeting] [in|at] {g7place} [on {weekday}|this week] [with|after issuing] a [statement|communiqué|joint declaration] [on|covering] [Ukraine, energy and artificial intelligence|security and the economy|a range of global issues].",
            "[The host|Host country|The presidency], {host}, [had|has] [set|chosen|put] [an agenda|priorities|themes] [focused on|centred on|built around] [energy security|critical minerals|artificial intelligence] [and|as well as] [support for Ukraine|global health|migration].",
            "[Leaders|The group|The G7] [agreed|backed|endorsed] [a loan|a package|financing] [of|worth] [about|around|up to] ${billion}bn for Ukraine, [to be|which will be] [repaid|funded|backed] [with|from|by] [income from|interest on|profits from] [frozen Russian assets|immobilised Russian central bank reserves].",
            "[Disagreements|Differences|Divisions] [over|about] [trade|tariffs|climate targets] [surfaced|emerged|were visible] [during|at] the [talks|summit|meeting], [and|with] [some|several] [leaders|delegations] [pushing|arguing|lobbying] for [softer|stronger|different] [language|wording] in the [final text|communiqué|statement].",
            "[Protesters|Demonstrators|Activists] [gathered|marched|rallied] [outside|near] [the security perimeter|the venue|the summit site], [calling for|demanding|urging] [action on climate change|debt relief for poor countries|an end to fossil fuel subsidies].",
        ],
        quotes=["[Unity|Sticking together] [is|remains] [our|the group's] [greatest|strongest] [asset|card]. [We|The seven of us] [showed|have shown] [that|it] [today|again]",
                "[Communiqués|Summit statements] [are|tend to be] [easy to agree|full of good intentions]; [delivery|follow-through] [is|has always been] the [hard part|problem]"],
    ),
    "nato": dict(
        kind="other_summit", section="World", dateline="THE HAGUE",
        heads=["NATO allies agree higher defence spending target at summit",
               "NATO summit opens amid pressure on allies to spend more",
               "NATO leaders back new air defence plan for eastern flank"],
        slots=dict(target=["5", "3.5", "2.5"], year=["2035", "2030", "2032"], members=["32", "32", "31"]),
        sentences=[
            "[Alliance leaders|NATO members|Heads of government from the {members} allies] [agreed|endorsed|signed up to] [a target|a goal|a commitment] [of spending|to spend] {target} per cent of [economic output|GDP|national income] on [defence|defence and security] [by|before] {year}, [a|the] [sharp|significant|substantial] [increase|rise|jump] [on|over|compared with] [the previous goal|the old benchmark|the earlier 2 per cent target].",
            "[The summit|The meeting|The gathering] [was|had been] [kept|scheduled as|designed as] [short|a compact affair|brief], [with|and] [a single|one] [working session|main session|round of talks] [and|plus] [a|one] [short|concise|brief] [declaration|final statement|communiqué].",
            "[Eastern members|Countries bordering Russia|Baltic and Nordic states] [pressed|pushed|lobbied] for [faster|quicker|more urgent] [deployment|delivery|investment] of [air defences|troops|equipment] [along|on] the [alliance's eastern flank|border with Russia|front line].",
            "[The secretary-general|NATO's chief|The alliance's top official] [told reporters|said|declared] [that|the summit showed that] [the alliance|NATO] [was|is|remained] [united|stronger than ever|determined], [while|though] [acknowledging|conceding|admitting] [that|some] [members|allies] [would|will] [struggle|find it hard|need time] to [meet|reach] the [new|higher] [target|goal].",
            "[Defence contractors|Arms makers|European defence firms] [have|had] [seen|reported] [a surge in orders|booming demand|rising share prices], [but|though] [warned|said|cautioned] [that|of] [supply chains|production lines|capacity] [would|will|could] [take years|need time|struggle] to [expand|catch up|scale up].",
        ],
        quotes=["[Deterrence|Security] [costs|requires] [money|investment], and [we|our citizens] [understand|see] [that|it] [now|better than ever]",
                "[A target|A number on paper] [is|means] [nothing|little] [without|unless it comes with] [real|actual] [budgets|procurement|equipment]"],
    ),
    "putin_xi": dict(
        kind="other_summit", section="World", dateline="MOSCOW",
        heads=["Xi and Putin pledge deeper partnership at Kremlin talks",
               "Xi arrives in Moscow for state visit with Putin",
               "Putin and Xi sign energy deals during Moscow meeting"],
        slots=dict(docs=["more than 20", "about a dozen", "some 30"], pipeline=["Power of Siberia 2", "a second gas pipeline", "the proposed pipeline through Mongolia"]),
        sentences=[
            "Chinese President Xi Jinping and Russian President Vladimir Putin [held talks|met|sat down for talks] [in the Kremlin|in Moscow] [on {weekday}|this week], [signing|and signed|with the two sides signing] {docs} [agreements|documents|memorandums] [on|covering] [energy, trade and technology|economic cooperation|a range of sectors].",
            "[The two leaders|Xi and Putin|Both men] [described|called|praised] [the relationship|ties between their countries|the partnership] as [being at its best|at a historic high|unprecedented], [and|while] [pledged|promising|vowing] to [expand|deepen|increase] [cooperation|trade|links] [further|in the years ahead].",
            "[Negotiations|Talks] [on|over] {pipeline} [continued|went on|remained unresolved], [with|as] [disagreements|differences] [over|about] [pricing|financing|the terms] [still|reportedly] [holding up|delaying|blocking] a [final|binding] [deal|agreement].",
            "[Bilateral trade|Trade between the two countries|Commerce] [has|had] [grown|risen|soared] [sharply|rapidly|strongly] [since|after] [the war in Ukraine began|Western sanctions were imposed on Russia|2022], [with|as] [Russia|Moscow] [selling|exporting|shipping] [more oil and gas|discounted energy|large volumes of crude] to China [and|while] [buying|importing] [Chinese cars|machinery|electronics].",
            "[Western governments|European officials|Critics] [have|had] [accused|criticised] [Beijing|China] [of|for] [helping|supporting|sustaining] [Russia's war effort|the Russian economy|Moscow] [by|through] [supplying|selling|providing] [dual-use goods|components|machine tools], [which|a charge that] [China|Beijing] [denies|rejects].",
            "[The visit|The trip|Xi's stay] [included|featured|was marked by] [a military parade|a formal reception|a state banquet] [and|as well as] [a private dinner|informal talks|tea] [between the two leaders|with Putin], [Russian state media said|the Kremlin said|according to official media].",
        ],
        quotes=["[Our countries|Russia and China] [are|stand] [firmly|closely] [together|side by side] [in defending|for] [a multipolar world|a fairer world order]",
                "[The partnership|This relationship] [is|has become] [deeply|very] [unequal|lopsided]: [Russia|Moscow] [needs|depends on] [China|Beijing] [far more|much more] than [the reverse|the other way round]"],
    ),
    "trump_putin": dict(
        kind="other_summit", section="World", dateline="ANCHORAGE, Alaska",
        heads=["Trump and Putin meet in Alaska for talks on Ukraine war",
               "Trump-Putin summit in Anchorage ends without ceasefire deal",
               "Allies wary as Trump prepares for Alaska summit with Putin"],
        slots=dict(hours=["nearly three", "about two and a half", "roughly three"], base=["Joint Base Elmendorf-Richardson", "a military base in Anchorage", "an air base near Anchorage"]),
        sentences=[
            "President Donald Trump and Russian President Vladimir Putin [met|held talks] [for|lasting] {hours} hours [at|on] {base} [on {weekday}|this week], [the first|their first] [in-person|face-to-face] [summit|meeting] [since|in] [Trump's return to office|several years].",
            "[The talks|The summit|The meeting] [ended|concluded|closed] [without|with no] [an agreement|a deal|an announcement] on [a ceasefire|a halt to the fighting|ending the war] in Ukraine, [although|but|though] [both men|the two leaders] [described|called] [the discussions|the talks] [as|] [productive|useful|constructive].",
            "[Ukraine's president|Kyiv|Ukrainian officials] [was|were] [not|not invited to be] [present|at the table], [a fact|an absence] [that|which] [worried|alarmed|unsettled] [European allies|governments in Europe|Ukraine's backers], [who|and they] [insisted|stressed|argued] that [no|any] [deal|settlement] [could|should] [be reached|be made] [without|over the heads of] [Ukrainians|Kyiv|Ukraine].",
            "[Red carpet|Ceremonial|The welcome] [images|pictures|scenes] [of|showing] Putin [on American soil|arriving in Alaska|greeting Trump] [drew|prompted|attracted] [criticism|sharp comment|objections] [from|among] [Democrats|some Republicans|human rights groups], [who|and they] [said|argued|complained] [it|the event] [gave|handed] [the Russian leader|Putin] [legitimacy|a propaganda win].",
            "[Trump|The president] [said|told reporters|suggested] [afterwards|later|after the meeting] that [a further|another|a follow-up] [meeting|summit|round], [possibly|perhaps] [including|with] [Ukraine's president|European leaders], [could|might] [follow|take place] [soon|in the coming weeks].",
        ],
        quotes=["[There is no deal|Nothing is agreed] [until|unless] [there is a deal|everything is agreed]. [We made|There was] [progress|some progress] [today|in the room]",
                "[Meeting|Talking to] [an aggressor|Putin] [without|in the absence of] [Ukraine|Kyiv] [sets|creates] a [dangerous|worrying] [precedent|signal]"],
    ),
    "modi_trump": dict(
        kind="other_summit", section="World", dateline="WASHINGTON",
        heads=["Modi and Trump agree to aim for trade deal at White House talks",
               "India's Modi visits White House seeking tariff relief",
               "Trump and Modi pledge to double bilateral trade by 2030"],
        slots=dict(target=["$500bn", "$500 billion", "half a trillion dollars"], items=["energy and defence purchases", "LNG and fighter jets", "oil, gas and military equipment"]),
        sentences=[
            "Indian Prime Minister Narendra Modi [met|held talks with] President Donald Trump [at the White House|in the Oval Office|in Washington] [on {weekday}|this week], [and|with] [the two leaders|both sides] [announcing|agreeing on|setting] [a goal|a target|an ambition] [of|to reach] {target} in [annual|bilateral] trade by 2030.",
            "[India|New Delhi|Modi's government] [offered|promised|signalled] [to buy|more purchases of|increased imports of] [American|US] {items}, [in part|partly|apparently] to [head off|avoid|forestall] [threatened|reciprocal|higher] [tariffs|duties] on [Indian exports|goods from India].",
            "[The leaders|Modi and Trump|Both men] [also|additionally] [discussed|touched on|talked about] [immigration|the deportation of undocumented migrants|visas for skilled workers], [an issue|a subject|a matter] [that|which] [has|had] [caused|created|generated] [friction|tension|controversy] in India.",
            "[Indian business groups|Exporters in India|Indian industry] [welcomed|cautiously welcomed|greeted] the [talks|announcements|meeting], [but|while] [said|noting] [details|the specifics|the fine print] [of|on] a [trade agreement|first tranche of a deal|market-access package] [would|will] [matter|decide|count] [more than|far more than] [headline targets|pledges|the ceremony].",
        ],
        quotes=["[India|We] [want|are looking for] a [fair|balanced] [deal|agreement], and [we|our teams] [are|will be] [ready|prepared] to [work fast|move quickly]",
                "[Personal|Warm] [chemistry|rapport] [between the leaders|at the top] [helps|is useful], [but|yet] [trade|tariff] [negotiators|teams] [still|will] [have to|need to] [close|settle] [the gaps|hard issues]"],
    ),
    "asean": dict(
        kind="other_summit", section="World", dateline="KUALA LUMPUR",
        heads=["ASEAN leaders meet in {asean_city} amid South China Sea tensions",
               "ASEAN summit admits new member and discusses Myanmar crisis",
               "South-East Asian leaders push regional trade pact at ASEAN summit"],
        slots=dict(asean_city=["Kuala Lumpur", "Vientiane", "Jakarta"], chair=["Malaysia", "Laos", "Indonesia"]),
        sentences=[
            "[Leaders|Heads of government|Leaders of the ten members] of the Association of Southeast Asian Nations [gathered|met|convened] in {asean_city} [on {weekday}|this week] [for|at] [their annual summit|a two-day summit|the bloc's summit], [hosted by|under the chairmanship of|chaired by] {chair}.",
            "[The crisis in Myanmar|Myanmar's civil war|Continued conflict in Myanmar] [again|once more] [dominated|topped|featured in] [discussions|the agenda], [with|as] [members|leaders|the bloc] [divided|split|disagreeing] [over|on|about] [how to|whether to] [engage|deal with|pressure] the [military government|junta|generals].",
            "[Talks|Negotiations|Discussions] [on|over] a [code of conduct|set of rules|binding code] for the South China Sea [made|showed|recorded] [little|slow|limited] [progress|headway], [diplomats said|officials said|according to diplomats], [after|following|amid] [confrontations|clashes|incidents] [between|involving] [coast guard vessels|fishing boats|patrol ships].",
            "[Members|Leaders|The bloc] [also|additionally] [discussed|pushed|promoted] [upgrades to|expansion of|implementation of] [regional trade agreements|a digital economy framework|the regional trade pact], [which|that] [officials|ministers|supporters] [say|argue|hope] [could|would|will] [help|support|boost] [exports|growth|investment] [across|in] the [region|bloc].",
            "[Timor-Leste|East Timor] [was|has been] [formally|officially] [welcomed|admitted|confirmed] as [the bloc's|ASEAN's] [eleventh|11th|newest] member, [ending|completing|after] [a wait|a process|an application] [of|lasting] [more than a decade|years|many years].",
        ],
        quotes=["[ASEAN|The bloc] [works|moves] [by consensus|slowly], [and|but] [that|this] [is|has been] [its|both its] [strength|strength and weakness]",
                "[Small countries|Members like ours] [do not want|refuse] to [choose sides|be forced to pick a camp]; [we|our region] [want|wants] [trade|partnership] with [everyone|all]"],
    ),
    "sport": dict(
        kind="unrelated", section="Sport", dateline="MANCHESTER",
        heads=["{team_a} beat {team_b} {score} to stay top of the league",
               "Late goal gives {team_a} {score} win over {team_b}",
               "{team_b} sack manager after {score} defeat to {team_a}"],
        slots=dict(team_a=["Ashford Rovers", "Kingsbridge City", "Harrowgate United"], team_b=["Millbrook Athletic", "Porthaven Town", "Eastwick Wanderers"],
                   score=["3-1", "2-1", "4-0"], player=["Dario Nwosu", "Callum Reyes", "Tomas Lindqvist"], crowd=["41,000", "28,500", "52,300"]),
        sentences=[
            "{team_a} [produced|delivered|put on] [a commanding|a gritty|an assured] [performance|display] [to|and] [beat|see off|overcome] {team_b} {score} [in front of|before] [a crowd of|a sell-out crowd of|an attendance of] {crowd} [on {weekday}|at the weekend].",
            "{player} [opened the scoring|scored first|broke the deadlock] [after|with] [a quick|a well-worked|a clever] [move|one-two|counter-attack] [down the left|through the middle|on the break], [finishing|firing|curling the ball] [low|high|neatly] [into the corner|past the goalkeeper|inside the far post].",
            "[The visitors|{team_b}|The away side] [had|created|carved out] [chances|opportunities] [of their own|before the break|in the second half], [but|yet] [were|found themselves] [denied|thwarted|kept out] by [a string of saves|the woodwork|a goal-line clearance].",
            "[The result|The win|Victory] [leaves|keeps|puts] {team_a} [top of the table|in the promotion places|three points clear], [while|and] {team_b} [remain|stay|slip] [in mid-table|near the relegation zone|without a win in five games].",
            "[The manager|The head coach|The boss] [praised|singled out|hailed] [his players'|the team's|the squad's] [work rate|spirit|discipline] [afterwards|after the match|in the post-match press conference], [and|while] [refused|declined] to [talk about|discuss|speculate on] [the title race|transfers|injuries].",
            "[Injuries|Suspensions|Fixture congestion] [will|could|may] [test|stretch|trouble] [both squads|the club|the team] [in the coming weeks|over the festive period|before the cup tie], with [several|three|two] [first-team players|regulars|defenders] [sidelined|out|unavailable].",
        ],
        quotes=["[The lads|The boys|The players] [were|have been] [brilliant|outstanding|magnificent] [today|all week]; [they|we] [deserved|earned] [that|the win]",
                "[We|You] [cannot|can't] [give away|concede] [goals like that|chances like that] [at this level|in this league] and [expect|hope] to [win|get anything]"],
    ),
    "weather": dict(
        kind="unrelated", section="Weather", dateline="CHICAGO",
        heads=["Heatwave grips {region} with temperatures near {temp}F",
               "Winter storm brings heavy snow to {region}",
               "Record rainfall floods streets across {region}"],
        slots=dict(region=["the Midwest", "New England", "the Pacific Northwest"], precip=["of rain in thunderstorms", "of snow", "of rain"], temp=["105", "20", "60"], inches=["14", "6", "9"], city=["Chicago", "Boston", "Portland"]),
        sentences=[
            "[Forecasters|The National Weather Service|Meteorologists] [issued|extended|posted] [warnings|advisories|alerts] [across|for] {region} [on {weekday}|this week], [as|with] [temperatures|conditions] [expected|forecast] to [reach|approach|hover near] {temp}F [in|around] {city} [and surrounding areas|and nearby towns].",
            "[Some areas|Parts of the region|Several counties] [could|may|are expected to] [see|receive|get] [up to|as much as|more than] {inches} inches {precip} [by|before] [the weekend|Friday|the end of the week], [the forecasters said|officials warned|according to the forecast].",
            "[City officials|Local authorities|Emergency managers] [opened|set up|prepared] [cooling centres|warming shelters|emergency shelters] [and|while] [urged|advised|asked] [residents|people] to [check on|look in on] [elderly neighbours|vulnerable relatives|people living alone].",
            "[Airlines|Airports|Rail operators] [cancelled|delayed|suspended] [hundreds of|dozens of|scores of] [flights|services|trains] [at|from|out of] [{city}'s main airport|regional hubs|major airports], [and|while] [travellers|passengers] [were|have been] [told|advised] to [check schedules|allow extra time|postpone trips].",
            "[Utility companies|Power providers|The local utility] [reported|said there were] [scattered|widespread|thousands of] [outages|power cuts] [as|after|when] [high winds|ice|lightning] [brought down|damaged|knocked out] [power lines|trees|transformers].",
        ],
        quotes=["[This|It] [is not|isn't] [a storm|weather] to [take lightly|ignore]; [stay home|stay off the roads] [if you can|unless you must travel]",
                "[I've lived here thirty years|I have been here all my life] and [I've never|I don't remember ever] [seen|experienced] [anything like it|it this bad]"],
    ),
    "local": dict(
        kind="unrelated", section="Local", dateline="RIVERTON",
        heads=["Riverton council approves {project} after heated meeting",
               "Residents pack hearing on {project} plan",
               "Riverton budget vote puts {project} on hold"],
        slots=dict(project=["new tram line", "library expansion", "riverside housing scheme"], cost=["$84m", "$12m", "$140m"], votes=["7-4", "6-5", "9-2"],
                   councillor=["Judith Akers", "Ray Montoya", "Helen Strand"]),
        sentences=[
            "[The city council|Councillors|Riverton's council] [voted|decided] {votes} [on {weekday}|late on {weekday}|this week] [to|in favour of moving to] [approve|back|advance] the {project}, [which|a plan that] [is expected to|will|could] [cost|require] [about|roughly|up to] {cost}.",
            "[Dozens of|More than a hundred|Scores of] [residents|homeowners|local people] [spoke|testified|lined up to speak] [at|during] the [meeting|hearing|session], [some|many] [in support|arguing for the project] and [others|some] [raising|voicing] [concerns|worries|objections] about [traffic|noise|costs and parking].",
            "Councillor {councillor}, who [chairs|leads|sits on] the [planning committee|finance committee|transport committee], [said|argued] the [project|plan|scheme] [would|will] [serve|benefit|help] [the city|residents|neighbourhoods] [for decades|in the long run|for generations].",
            "[Construction|Work|Building] [could|is expected to|may] [begin|start] [next spring|within two years|after a further review], [depending on|subject to|pending] [state funding|final approvals|an environmental assessment].",
            "[Opponents|Critics|A residents' group] [said|vowed|indicated] [they would|that they would] [continue to|keep up|press on with] [their|a] [campaign|petition|challenge], [and|with] [some|one] [raising|threatening|mentioning] [the prospect of|a possible] [a legal challenge|a referendum|an appeal].",
        ],
        quotes=["[This|It] [is|was] [about|a question of] [what kind of city|the kind of town] [we|people] [want to be|want to live in] [in twenty years|in the future]",
                "[Nobody|No one] [asked|consulted] [us|the people who live here] [before|until] [the plans|the decision] [were|was] [drawn up|made]"],
    ),
    "science": dict(
        kind="unrelated", section="Science", dateline="GENEVA",
        heads=["Astronomers spot {object} in unusually close pass",
               "Researchers report {finding} in study of coral reefs",
               "New telescope images reveal {object} in stunning detail"],
        slots=dict(object=["a bright comet", "a distant galaxy cluster", "a young planetary system"], finding=["signs of recovery", "heat-resistant corals", "a surprising die-off"],
                   team=["the Halden Observatory", "the Coastal Marine Institute", "a European consortium"]),
        sentences=[
            "[A team|Researchers|Scientists] [from|at|led by] {team} [said|reported|announced] [on {weekday}|this week] [that|how] [they had|they] [observed|identified|documented] {object} [using|with|through] [new instruments|a network of telescopes|years of field data].",
            "[The findings|The results|The observations], [published|described|set out] in [a peer-reviewed journal|a scientific paper|the journal Nature Astronomy], [could|may|might] [help|allow] [researchers|scientists] to [understand|explain|test] [how|why] [such|these] [systems|structures|organisms] [form|evolve|respond to change].",
            "[Outside experts|Other scientists|Independent researchers] [called|described] the [work|study|results] [important|intriguing|careful], [though|but] [cautioned|noted|warned] that [further|more] [observations|data|study] [would|will] [be needed|be required] to [confirm|rule out] [the interpretation|alternative explanations].",
            "[Amateur astronomers|Members of the public|Hobbyists] [may|might|could] [be able to|hope to] [see|spot|catch] [it|the object] [with binoculars|in dark skies|shortly after sunset] [in the coming weeks|later this month], [if|provided that] [the weather|skies] [cooperate|stay clear].",
            "[Funding|The project|The research] [came|was provided|was supported] [from|by] [public science agencies|a consortium of universities|international partners], [and|while] [the team|the researchers] [plan|hope|intend] to [continue|extend|repeat] [observations|measurements|fieldwork] [next year|over the coming seasons].",
        ],
        quotes=["[Nature|The universe] [keeps|still manages to] [surprising|surprise] [us|astronomers]; [that|this] [is|was] [not|nothing like] [what we expected|what we predicted]",
                "[It|The result] [is|was] a [reminder|signal] that [long-term|patient] [monitoring|observation] [pays off|matters]"],
    ),
}

# Extra off-topic and summit stories that appear only in edition 2 ("next edition").
EDITION2_SUMMIT = [
    ("return26", "preview", "diplomacy", -20, "Dates set for Xi's state visit to Washington, officials say"),
    ("beijing26", "after", "farm", 30, "Chinese soybean purchases pick up a month after Trump's Beijing visit"),
    ("return26", "preview", "trade", -14, "Negotiators draft truce extension ahead of Xi's US trip"),
]
