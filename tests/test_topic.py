"""Topic filter: labelled examples (written for these tests, not copied from articles),
per-case checks, precision/recall over the set, config errors and the packaged default."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from archive.sources import ConfigError
from archive.topic import Relevance, Topic, load_topic, parse_topic

ROOT = Path(__file__).resolve().parents[1]

# Filler for the "long article with a passing clause" cases: plain, unrelated prose.
_FILLER = (
    "The city council met again on Tuesday to debate the budget for road repairs. "
    "Residents complained about potholes, late buses and the price of parking downtown. "
    "The mayor promised a new plan for the spring, with more money for bike lanes. "
    "Local shops reported a slow month, blaming the weather and higher rents. "
    "A school board member asked for more teachers and smaller classes. "
) * 12

# (id, label, title, text)
EXAMPLES: list[tuple[str, str, str, str]] = [
    # ------------------------------------------------------------------ on
    (
        "busan_meeting",
        "on",
        "Trump and Xi meet in Busan, agree to ease trade fight",
        "US President Donald Trump and Chinese President Xi Jinping held talks for about 100 minutes "
        "at an air base in Busan, South Korea, on Thursday. It was their first face-to-face meeting "
        "since 2019. Trump called the meeting 'amazing' and said tariffs on Chinese goods would be cut. "
        "Xi told reporters the two countries should be partners. Both delegations sat at a long table "
        "after the leaders shook hands.",
    ),
    (
        "busan_no_title",
        "on",
        "",
        "The two leaders met on the sidelines of the APEC gathering in South Korea. Trump said his talks "
        "with Xi Jinping went very well and that a deal on rare earths was settled. Beijing said the "
        "Chinese president urged Washington to keep the relationship steady. Markets in Asia rose after "
        "the summit ended.",
    ),
    (
        "beijing_state_visit_2017",
        "on",
        "Trump gets lavish welcome at the Great Hall of the People",
        "President Trump arrived in Beijing on Wednesday for a state visit, the first stop in China of "
        "his long Asia tour. Xi Jinping greeted him with a military parade and a children's choir "
        "outside the Great Hall of the People. The two presidents then held talks on North Korea and "
        "trade. Chinese firms signed deals worth billions of dollars during the trip.",
    ),
    (
        "beijing_visit_2026_arrival",
        "on",
        "Air Force One lands in Beijing as summit week begins",
        "Donald Trump stepped off Air Force One in the Chinese capital on Wednesday evening, greeted by "
        "Vice President Han Zheng. He will be welcomed by Xi Jinping at a ceremony on Thursday before "
        "formal talks. Aides said soybeans, Boeing jets and fentanyl top the agenda. The visit was "
        "postponed from April.",
    ),
    (
        "planned_april_visit",
        "on",
        "Trump says he will travel to China in April",
        "Donald Trump said on Sunday he had accepted an invitation to visit Beijing in April and that "
        "Xi Jinping would come to the United States later in the year. The White House has not "
        "confirmed dates. Officials on both sides are working on a package of purchases to announce "
        "during the trip.",
    ),
    (
        "phone_call_feb",
        "on",
        "Xi and Trump discuss Taiwan, soybeans in phone call",
        "Chinese President Xi Jinping told Donald Trump in a phone call on Wednesday that Taiwan is the "
        "most important issue in relations. Trump said the call was 'excellent' and that China would "
        "buy more American soybeans. The conversation lasted more than an hour. The two leaders also "
        "talked about the president's planned trip to Beijing.",
    ),
    (
        "call_preview",
        "on",
        "",
        "President Trump will speak with Xi Jinping on Friday to finalise the TikTok agreement, the "
        "White House said. It will be the third call between the leaders this year. Trump told "
        "reporters he expected a good conversation with the Chinese leader.",
    ),
    (
        "mar_a_lago_2017",
        "on",
        "Xi arrives in Florida for first summit with Trump",
        "Chinese President Xi Jinping landed in Palm Beach on Thursday for two days of talks with "
        "President Donald Trump at his Mar-a-Lago resort. The two leaders will have dinner with their "
        "wives before formal meetings on Friday. Trade imbalances and North Korea are expected to "
        "dominate the summit.",
    ),
    (
        "woodside_2023",
        "on",
        "Biden and Xi agree to restore military contacts",
        "Joe Biden and Xi Jinping met for four hours at a historic estate in Woodside, south of San "
        "Francisco, on Wednesday. The US president said the talks were among the most productive they "
        "had held. The two sides agreed to reopen military-to-military communication and to curb "
        "fentanyl exports. Xi said the Earth is big enough for both countries.",
    ),
    (
        "bali_2022",
        "on",
        "Biden, Xi hold first in-person talks in Bali",
        "President Joe Biden and Chinese leader Xi Jinping shook hands at a hotel in Nusa Dua, Bali, "
        "ahead of the G20 summit. Their meeting lasted more than three hours. Biden said he was "
        "committed to keeping lines of communication open.",
    ),
    (
        "osaka_2019",
        "on",
        "Trump and Xi agree to restart trade talks in Osaka",
        "Donald Trump said after meeting Xi Jinping in Osaka that he would hold off on new tariffs. "
        "The two presidents met for about 80 minutes on the sidelines of the G20. Negotiators will "
        "resume work on a trade deal.",
    ),
    (
        "buenos_aires_truce",
        "on",
        "US and China agree 90-day truce after Trump-Xi dinner",
        "The United States will hold off raising tariffs for 90 days after Donald Trump and Xi Jinping "
        "agreed a truce over dinner in Buenos Aires. The White House said China would buy more farm "
        "goods. The ceasefire gives negotiators three months to reach a deal.",
    ),
    (
        "truce_outcome_2025",
        "on",
        "What Trump and Xi agreed: tariffs cut, rare earth curbs paused",
        "The US will lower tariffs on Chinese goods by ten points under the deal reached by Trump and "
        "Xi in South Korea. China will suspend its new rare earth export rules for a year and resume "
        "soybean purchases. The White House published a fact sheet listing the terms of the truce. "
        "Both sides called the outcome a step toward stability.",
    ),
    (
        "xi_return_visit",
        "on",
        "China's leader may visit the US next year",
        "Xi Jinping could make a return visit to the United States next year after Donald Trump's trip "
        "to China, people familiar with the plans said. A state dinner at the White House is being "
        "discussed. Neither government has confirmed the timing.",
    ),
    (
        "obama_xi_2015",
        "on",
        "Obama hosts Xi for state visit",
        "President Barack Obama welcomed Xi Jinping to the White House on Friday with a 21-gun salute. "
        "The two leaders announced commitments on climate change and cyber theft. A state dinner "
        "followed in the East Room.",
    ),
    (
        "lima_2024",
        "on",
        "Biden and Xi hold final meeting in Lima",
        "Joe Biden met Xi Jinping in Lima on Saturday in what is likely their last meeting before "
        "Donald Trump returns to the White House. The Chinese president said Beijing was ready to work "
        "with the new administration. The two leaders agreed that humans, not AI, should control "
        "nuclear weapons.",
    ),
    (
        "two_leaders_phrase",
        "on",
        "Leaders of US and China set stage for spring summit",
        "The American president and his Chinese counterpart agreed on Monday to meet in Beijing in "
        "April. Trump said the visit would be historic. Xi said the two heads of state should steer "
        "relations like a giant ship. Aides will draft agreements on trade and fentanyl before the "
        "summit.",
    ),
    (
        "wire_brief",
        "on",
        "",
        "BEIJING (Reuters) - Xi Jinping and Donald Trump will hold a summit in Beijing next month, "
        "China's foreign ministry said on Tuesday, confirming the US president's first visit to China "
        "since 2017.",
    ),
    (
        "zh_busan",
        "on",
        "习近平同美国总统特朗普在釜山举行会晤",
        "国家主席习近平30日在韩国釜山同美国总统特朗普举行会晤。两国元首就中美经贸等问题深入交换意见。"
        "习近平指出，中美做伙伴、做朋友，这是历史的启示，也是现实的需要。特朗普表示，美中关系非常重要。",
    ),
    (
        "zh_call",
        "on",
        "中美元首通电话",
        "国家主席习近平应约同美国总统特朗普通电话。特朗普表示，期待4月访华。习近平欢迎特朗普访问中国。",
    ),
    (
        "zh_no_title",
        "on",
        "",
        "特朗普14日在北京人民大会堂与习近平举行会谈，双方同意延长贸易休战一年。这是特朗普第二次对中国进行国事访问。",
    ),
    (
        "es_state_visit",
        "on",
        "Xi Jinping llega a Washington para su visita de Estado",
        "El presidente chino Xi Jinping llegó el jueves a Washington. El viernes será recibido por "
        "Barack Obama en la Casa Blanca y ambos mandatarios cenarán juntos. Los dos gobiernos "
        "esperan anunciar acuerdos sobre clima y ciberseguridad.",
    ),
    (
        "ja_call",
        "on",
        "習近平国家主席とトランプ大統領が電話会談",
        "中国の習近平国家主席は4日、トランプ米大統領と電話会談を行った。両首脳は4月に予定されるトランプ氏の訪中について協議した。"
        "台湾問題や大豆の輸入も話題になったという。",
    ),
    # --- real-excerpt error kinds (paraphrased, written for these tests)
    (
        "early_half_hit_then_pair",
        "on",
        "",
        "The two men held their first face-to-face talks since one of them took office, meeting on a "
        "resort island before a Group of 20 gathering that is expected to be tense. Chinese leader Xi "
        "Jinping and US President Joe Biden met on Monday for talks that both sides had long awaited.",
    ),
    (
        "one_leader_excerpt_two_leaders",
        "on",
        "",
        "The foreign minister said the two leaders had agreed to open their markets and to step up "
        "negotiations, calling the dinner candid. Official media said the meeting reached an important "
        "consensus on Sino-US relations. Trump told reporters on his plane that it was a great deal.",
    ),
    (
        "the_trumps_tour",
        "on",
        "",
        "Xi personally guided the Trumps through the Forbidden City, which had been closed to tourists "
        "for the day, and the two couples then watched an opera performance together.",
    ),
    (
        "long_sentence_deal_after_meeting",
        "on",
        "",
        "President Donald Trump on Tuesday signed an order lowering some tariffs on Chinese products, "
        "carrying out a central piece of the deal he struck with Chinese President Xi Jinping after "
        "their first in-person meeting in six years.",
    ),
    (
        "ja_both_leaders",
        "on",
        "",
        "アメリカのトランプ大統領と中国の習近平国家主席は木曜日、韓国で貿易問題をめぐって長時間にわたり会談し、両首脳は関税の引き下げで合意した。",
    ),
    (
        "es_conversaciones",
        "on",
        "",
        "El presidente de Estados Unidos inició este jueves las conversaciones con el líder chino en "
        "Pekín, después de una ceremonia de bienvenida con honores militares.",
    ),
    (
        "fr_entretiens",
        "on",
        "",
        "Le président américain a jugé « très productifs » ses entretiens avec son homologue chinois "
        "Xi Jinping, au dernier jour de sa visite à Pékin.",
    ),
    (
        "de_inflected_meeting",
        "on",
        "",
        "Wichtigstes Ergebnis des Treffens in Kalifornien: Die beiden Staaten nehmen die militärische "
        "Kommunikation wieder auf. Biden und Xi vereinbarten außerdem Schritte gegen den Export von "
        "Fentanyl-Vorprodukten, wie Biden nach dem Gespräch sagte.",
    ),
    (
        "tl_phone_call",
        "on",
        "",
        "Tinawagan ni Chinese President Xi Jinping si US President Donald Trump noong Huwebes. Ayon sa "
        "state media, sinabi ni Xi kay Trump na mahalaga ang ugnayan ng kanilang mga bansa. Umaasa ang "
        "publiko na ang phone call ng dalawang pinuno ay magpapababa ng tensyon.",
    ),
    (
        "fr_invitation_visits",
        "on",
        "Xi a invité Trump à se rendre en Chine en avril",
        "Le président chinois a invité son homologue américain à se rendre à Pékin au printemps, et Donald "
        "Trump a convié Xi Jinping à une visite d'État aux États-Unis plus tard dans l'année, a indiqué "
        "l'ambassadeur américain. Les deux pays ont mis en œuvre le consensus de leur rencontre.",
    ),
    (
        "id_invitation_visit",
        "on",
        "",
        "Presiden Amerika Serikat Donald Trump mengonfirmasi telah menerima undangan dari Presiden China Xi "
        "Jinping untuk melakukan kunjungan ke Beijing pada bulan April, setelah percakapan telepon antara "
        "kedua pemimpin pada hari Senin.",
    ),
    (
        "fr_host_white_house",
        "on",
        "Trump dit qu'il accueillera Xi à la Maison-Blanche",
        "Le président américain a affirmé dimanche qu'il recevrait son homologue chinois à Washington vers "
        "la fin de l'année, et qu'il se rendra lui-même en Chine en avril. Les questions commerciales "
        "seront au menu, a-t-il ajouté.",
    ),
    (
        "ja_exchange_views",
        "on",
        "",
        "バイデン米大統領と習近平国家主席は15日夜、オンライン形式で会談する。米中の首脳同士が意見を交換するのは今年3回目となる。"
        "台湾や人権などの問題で大きな進展は見込まれていない。",
    ),
    (
        "tl_meeting_phone",
        "on",
        "",
        "Nag-usap sa telepono sina Pangulong Xi Jinping ng Tsina at Pangulong Donald Trump ng Amerika. Sinabi "
        "ni Trump na inaasahan niya ang pakikipagtagpo kay Pangulong Xi sa Osaka. Sumang-ayon ang dalawang "
        "lider na ipagpatuloy ang pag-uusap ng kanilang mga grupo.",
    ),
    (
        "he_meeting_truce",
        "on",
        "",
        "נשיא ארצות הברית דונלד טראמפ הסכים לדחות את העלאת המכסים על סין לאחר פגישתם של טראמפ ונשיא סין שי ג'ינפינג "
        "בבואנוס איירס. שתי המדינות הסכימו לנסות להגיע להסכם תוך 90 יום.",
    ),
    (
        "tete_a_tete_unaccented",
        "on",
        "",
        "President Trump said on Wednesday that he told Chinese President Xi Jinping about the missile strike "
        "while the two were eating chocolate cake. In a television interview the president described their "
        "two-day diplomatic tete-a-tete at his Mar-a-Lago resort in some detail.",
    ),
    (
        "ar_summit",
        "on",
        "",
        "التقى الرئيس الأمريكي دونالد ترامب مع الرئيس الصيني شي جين بينغ في قمة استمرت ساعتين في كوريا الجنوبية.",
    ),
    # ------------------------------------------------------------------ off
    (
        "tariff_tweets_officials",
        "off",
        "",
        "Beijing's new duties on American farm goods caught Washington off guard on Friday. Trump "
        "spent the morning with trade officials at the White House and then posted a string of angry "
        "messages. He said President Xi had broken a promise on fentanyl. Stocks slid as investors "
        "braced for a longer trade war, and economists cut growth forecasts. Farm groups asked for "
        "more aid. Retailers warned of higher prices before the holidays.",
    ),
    (
        "china_gdp",
        "off",
        "China's economy grows 4.8% in third quarter",
        "China's economy expanded 4.8% in the July-September quarter, the National Bureau of Statistics "
        "said on Monday. Retail sales were weak and the property slump deepened. Economists expect "
        "Beijing to add stimulus before the end of the year. Industrial output beat forecasts.",
    ),
    (
        "chip_export_controls",
        "off",
        "US tightens export rules for Nvidia chips sold to China",
        "The Commerce Department said on Friday it would require licences for Nvidia's H20 chips "
        "shipped to China. The company expects a charge of several billion dollars. Chinese regulators "
        "summoned Nvidia to explain alleged security risks. Washington says the rules protect national "
        "security.",
    ),
    (
        "tariff_escalation",
        "off",
        "White House raises tariffs on Chinese goods to 145%",
        "The Trump administration said the total tariff on Chinese imports now stands at 145%. China "
        "responded with levies of its own on American goods and said it would fight to the end. "
        "Stocks fell sharply on Thursday. Economists warned of shortages and higher prices for "
        "consumers.",
    ),
    (
        "tariff_with_xi_insult",
        "off",
        "Trump orders US firms to look for alternatives to China",
        "President Trump raised tariffs on $250 billion of Chinese goods on Friday, hours after Beijing "
        "announced retaliatory duties. In a series of posts he asked who was the bigger enemy, the Fed "
        "chairman or President Xi. Markets tumbled. The Dow fell more than 600 points.",
    ),
    (
        "putin_xi_summit",
        "off",
        "Xi arrives in Moscow for talks with Putin",
        "Chinese President Xi Jinping arrived in Moscow on Wednesday for a state visit and talks with "
        "Vladimir Putin. The two leaders will sign agreements on energy and trade and attend the "
        "Victory Day parade. The Kremlin said relations were at their best. Putin called Xi a dear "
        "friend.",
    ),
    (
        "putin_xi_with_us_mention",
        "off",
        "Putin and Xi pledge deeper ties",
        "Vladimir Putin and Xi Jinping met in the Kremlin on Thursday and promised to deepen their "
        "partnership. The two leaders discussed energy deals and Ukraine. They also talked about "
        "relations with the United States under Donald Trump, the Kremlin said. Putin will visit China "
        "later in the year.",
    ),
    (
        "trump_putin_alaska",
        "off",
        "Trump and Putin meet in Alaska",
        "Donald Trump and Vladimir Putin met at a military base in Anchorage on Friday for talks on "
        "the war in Ukraine. The summit ended without a ceasefire deal. Trump said the meeting was "
        "productive. European leaders were not invited.",
    ),
    (
        "trump_kim_singapore",
        "off",
        "Trump and Kim shake hands in Singapore",
        "Donald Trump and Kim Jong Un shook hands on Sentosa island at the start of their historic "
        "summit. The two leaders met one-on-one with only interpreters. Trump said they would have a "
        "terrific relationship. The meeting was compared to Nixon's visit to China in 1972.",
    ),
    (
        "g7_summit",
        "off",
        "G7 leaders meet in the Rockies",
        "Leaders of the G7 gathered in Kananaskis on Sunday for a summit dominated by trade and the "
        "war in Ukraine. Prime Minister Mark Carney hosted the talks. Donald Trump left a day early. "
        "The group issued statements on critical minerals and wildfires.",
    ),
    (
        "nato_summit",
        "off",
        "NATO allies back 5% defence spending goal",
        "NATO leaders agreed in The Hague to raise defence spending to 5% of GDP within a decade. "
        "Trump praised the allies at the summit. Spain won an exemption. The meeting lasted less than "
        "a day.",
    ),
    (
        "sco_summit",
        "off",
        "Xi hosts SCO leaders in Tianjin",
        "Xi Jinping welcomed Vladimir Putin, Narendra Modi and other leaders to the Shanghai "
        "Cooperation Organisation summit in Tianjin. Xi called for a fairer world order. Modi and Xi "
        "held talks on the border. The meeting came weeks after Trump doubled tariffs on India. Putin "
        "and Modi rode together to the venue.",
    ),
    (
        "apec_handover",
        "off",
        "APEC summit closes as Korea hands chair to Xi",
        "South Korean President Lee Jae-myung handed the APEC chairmanship to Xi Jinping at the close "
        "of the summit in Gyeongju on Saturday. China will host next year's meeting in Shenzhen. Xi "
        "promised to promote open trade. Lee thanked leaders for attending.",
    ),
    (
        "geneva_ministers",
        "off",
        "US and China agree 90-day tariff cut after Geneva talks",
        "Treasury Secretary Scott Bessent and Vice Premier He Lifeng announced on Monday that both "
        "countries would cut tariffs for 90 days. Bessent said the talks in Geneva were productive. "
        "Trade Representative Jamieson Greer said a mechanism for further talks was agreed. He "
        "Lifeng called the meeting candid.",
    ),
    (
        "geneva_preview_trump_quote",
        "off",
        "US, China to hold trade talks in Switzerland",
        "Scott Bessent and Jamieson Greer will meet Chinese Vice Premier He Lifeng in Geneva this "
        "weekend. The talks are the first between the two sides since tariffs soared. Asked about Xi, "
        "Trump said he would talk to him at the right time. Bessent said the aim was de-escalation, "
        "not a big deal. Negotiators will meet for two days.",
    ),
    (
        "trade_surplus_clause",
        "off",
        "China's trade surplus tops $1 trillion",
        "China's trade surplus passed one trillion dollars for the first time in the first eleven "
        "months of the year, customs data showed. Exports to Europe and Southeast Asia surged while "
        "shipments to the US fell. " + _FILLER[:600] + " The data come after a trade truce agreed when "
        "Trump and Xi met in October. Economists expect exports to keep growing next year as firms "
        "move production.",
    ),
    (
        "passing_clause_long",
        "off",
        "City approves new budget after long debate",
        _FILLER + "Separately, one councillor noted that markets had calmed since Trump met Xi in "
        "South Korea last month. " + _FILLER,
    ),
    (
        "xiaomi_xinhua",
        "off",
        "Xiaomi launches electric SUV, Xinhua reports",
        "Xiaomi unveiled its second electric car on Thursday, Xinhua news agency reported. The company "
        "said orders passed 200,000 in the first hour. Chief executive Lei Jun said the car would "
        "compete with Tesla. Shares rose 8% in Hong Kong.",
    ),
    (
        "xian_travel",
        "off",
        "Tourism booms in Xi'an",
        "Visitors are flocking to Xi'an to see the Terracotta Warriors. Hotels in the city are fully "
        "booked for the holiday. The local government expects a record summer.",
    ),
    (
        "deepseek",
        "off",
        "What is DeepSeek, the Chinese AI start-up rattling markets?",
        "DeepSeek, a small Chinese company, released an AI model that rivals American systems at a "
        "fraction of the cost. Nvidia shares fell 17%. Analysts questioned whether US export controls "
        "on chips are working. Trump called it a wake-up call for American industry.",
    ),
    (
        "taiwan_drills",
        "off",
        "China stages large drills around Taiwan",
        "The People's Liberation Army sent warships and jets around Taiwan on Monday in exercises it "
        "called a warning to separatists. Taipei condemned the drills. The US State Department urged "
        "restraint.",
    ),
    (
        "rare_earth_controls",
        "off",
        "China widens rare earth export controls",
        "China's Ministry of Commerce added five rare earth elements to its export control list on "
        "Thursday. Foreign firms will need licences for products containing even small amounts. A "
        "spokesman said the rules were legitimate and aimed at non-proliferation.",
    ),
    (
        "zh_economy",
        "off",
        "国家统计局：三季度国内生产总值同比增长4.8%",
        "国家统计局20日发布数据，前三季度国内生产总值同比增长5.2%。社会消费品零售总额增长平稳。房地产开发投资继续下降。",
    ),
    (
        "zh_putin_xi",
        "off",
        "习近平同俄罗斯总统普京举行会谈",
        "国家主席习近平在克里姆林宫同俄罗斯总统普京举行会谈。两国元首签署联合声明，同意深化全面战略协作伙伴关系。普京表示，俄中关系处于历史最好时期。",
    ),
    (
        "trump_modi",
        "off",
        "Trump and Modi hold talks at White House",
        "Prime Minister Narendra Modi met Donald Trump at the White House on Thursday. The two leaders "
        "discussed tariffs, defence purchases and immigration. Modi invited Trump to visit India. They "
        "agreed to a trade deal by autumn.",
    ),
    (
        "forum_summit_title_absent_leader",
        "off",
        "Xi calls for open markets at APEC summit skipped by Trump",
        "The host president opened the two-day gathering of the 21 member economies with a call for "
        "unity. Leaders discussed supply chains, artificial intelligence and ageing populations, and "
        "adopted a joint declaration on the final day. Next year's meeting will be held in Shenzhen.",
    ),
    (
        "apec_wrap_handover",
        "off",
        "APEC ends with handover to China",
        "South Korea's president closed the APEC summit on Saturday and passed the chairmanship to "
        "Chinese President Xi Jinping, whose country hosts next year's meeting. US Treasury Secretary "
        "Scott Bessent attended the closing session in place of Donald Trump, who had already left.",
    ),
    (
        "hi_trump_putin",
        "off",
        "",
        "अलास्का में ट्रंप और पुतिन की तीन घंटे की बैठक में यूक्रेन युद्ध पर कोई समझौता नहीं हुआ।",
    ),
    (
        "ministers_asean_hint",
        "off",
        "Top diplomats of US and China meet in Malaysia",
        "Secretary of State Marco Rubio met Chinese Foreign Minister Wang Yi on the sidelines of a "
        "regional ministers' meeting on Friday. Rubio called the talks constructive and said the odds "
        "of a meeting between President Donald Trump and Xi Jinping were high. The two ministers agreed "
        "to keep diplomatic channels open.",
    ),
    (
        "other_leader_meets_xi_title",
        "off",
        "Kim Jong Un heads to Beijing to meet Xi",
        "North Korean leader Kim Jong Un arrived in Beijing on Tuesday for talks with Chinese President "
        "Xi Jinping, a week after his summit with US President Donald Trump in Singapore. Kim is expected "
        "to brief Xi on the Singapore talks and on plans for denuclearisation, state media said. It is "
        "the third meeting between the two leaders this year.",
    ),
    (
        "zh_other_leader_title",
        "off",
        "加拿大總理卡尼：與習近平會談是兩國關係轉捩點",
        "卡尼1日表示，他與中國國家主席習近平在慶州APEC峰會場邊的會談是加中關係的轉捩點。兩國都受到美國總統川普關稅攻勢的影響，"
        "即便習近平已和川普達成協議。卡尼還表示，他已接受習近平的邀請，將於新年訪問中國。",
    ),
    (
        "ru_ministers_after_summit",
        "off",
        "",
        "Министр обороны США Пит Хегсет провёл встречу с министром обороны Китая Дун Цзюнем в Куала-Лумпуре. "
        "Хегсет заявил, что США не стремятся к конфликту. Дун Цзюнь призвал Вашингтон к осторожности по "
        "тайваньскому вопросу. Встреча стала первой на таком уровне после саммита Трампа и Си Цзиньпина.",
    ),
    (
        "white_house_staff_not_president",
        "off",
        "Blinken held constructive talks with Xi, White House says",
        "Secretary of State Antony Blinken had constructive conversations with Chinese President Xi Jinping "
        "during his visit to Beijing, White House press secretary Karine Jean-Pierre said on Monday. Blinken "
        "stressed the importance of open channels of communication.",
    ),
    # ------------------------------------------------------------------ borderline (not scored)
    (
        "kl_talks_framework",
        "borderline",
        "Negotiators reach framework ahead of Trump-Xi summit",
        "Scott Bessent and He Lifeng ended two days of talks in Kuala Lumpur with what Bessent called "
        "a very substantial framework. The deal will be put to the leaders when they meet in South "
        "Korea. Greer said the talks were constructive.",
    ),
    (
        "soybean_purchases",
        "borderline",
        "Chinese buyers book US soybean cargoes",
        "State trader COFCO bought three cargoes of US soybeans this week, traders said, its first "
        "purchases of the season. The deals follow pledges made when Trump and Xi met. Prices in "
        "Chicago rose 2%. Farmers remain cautious about demand.",
    ),
    (
        "apec_wrap",
        "borderline",
        "APEC leaders end summit in Lima",
        "Pacific Rim leaders ended their annual summit in Lima with a pledge to fight protectionism. "
        "Biden posed for the group photo and Xi inaugurated a new port north of the city. Peru's "
        "president called the meeting a success.",
    ),
    (
        "envoy_meets_president",
        "borderline",  # the envoy's "visiting" sits between both leaders' names: scored as a proximity hit
        "",
        "President Donald Trump met Chinese Vice-Premier Liu He at the White House on Thursday. Liu, "
        "visiting Washington as President Xi Jinping's special envoy, passed on Xi's greetings, and "
        "the two sides exchanged views on trade.",
    ),
    (
        "secretary_of_state_visit",
        "off",
        "",
        "President Joe Biden called Chinese President Xi Jinping a dictator at a fundraiser on "
        "Tuesday, a day after Secretary of State Antony Blinken's visit to Beijing, where he held "
        "talks with Xi on easing tension. China called the remark absurd.",
    ),
    (
        "other_pair_summit_in_title",
        "off",
        "Trump-Kim summit ends early; Xi could help more, says US president",
        "The talks in Hanoi ended without an agreement on Thursday. North Korean leader Kim Jong Un "
        "left the venue first. The president said China had been helpful and that Xi was a great "
        "leader, but that Beijing could do more to press Pyongyang.",
    ),

    (
        "state_banquet_guest",
        "on",
        "",
        "President Donald Trump praised the long friendship between the two countries at a state banquet "
        "in Beijing on Thursday night, where guests were served Peking duck and a military band played "
        "American songs.",
    ),
    (
        "tr_meeting_agreement",
        "on",
        "Trump ile Şi Busan'da bir araya geldi",
        "ABD Başkanı Donald Trump ve Çin Devlet Başkanı Şi Cinping, Güney Kore'nin Busan kentinde görüştü. "
        "İki lider, gümrük vergilerinin düşürülmesi ve nadir toprak elementleri konusunda anlaşmaya vardı. "
        "Trump görüşmeyi 'muhteşem' olarak nitelendirdi ve Nisan ayında Pekin'i ziyaret edeceğini söyledi.",
    ),
    (
        "pl_meeting_visit",
        "on",
        "Spotkanie Trumpa z Xi Jinpingiem",
        "Prezydent USA Donald Trump spotkał się z przywódcą Chin Xi Jinpingiem. Obaj przywódcy rozmawiali o "
        "cłach i eksporcie metali ziem rzadkich. Trump zapowiedział wizytę w Pekinie w kwietniu, a "
        "porozumienie handlowe ma zostać podpisane wkrótce.",
    ),
    (
        "ru_conversation_agreement",
        "on",
        "",
        "Президент США Дональд Трамп провёл телефонную беседу с председателем КНР Си Цзиньпином. По словам "
        "Трампа, беседа была очень хорошей: лидеры обсудили торговлю и Тайвань. Стороны подтвердили "
        "договорённости, достигнутые в Пусане, и Трамп сообщил, что приедет в Пекин в апреле.",
    ),
    (
        "ar_met_visit_agreement",
        "on",
        "",
        "التقى الرئيس الأمريكي دونالد ترامب نظيره الصيني شي جين بينغ في مدينة بوسان الكورية الجنوبية. "
        "وقال ترامب إن الاتفاق مع الصين سيخفض الرسوم الجمركية، وأعلن أنه سيزور بكين في أبريل، "
        "على أن يقوم الرئيس شي بزيارة إلى الولايات المتحدة لاحقا.",
    ),
    (
        "hi_met_visit_agreement",
        "on",
        "",
        "अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप और चीनी राष्ट्रपति शी जिनपिंग दक्षिण कोरिया में मिले। ट्रंप ने कहा कि "
        "दोनों देशों के बीच व्यापार समझौता जल्द होगा। ट्रंप अप्रैल में चीन की यात्रा करेंगे और शी जिनपिंग "
        "बाद में अमेरिका आएंगे।",
    ),
    (
        "ko_met",
        "on",
        "",
        "도널드 트럼프 미국 대통령과 시진핑 중국 국가주석이 30일 부산에서 만났다. 트럼프 대통령은 시 주석과 "
        "만나 관세 인하와 희토류 수출 통제 유예에 대해 논의했다고 밝혔다.",
    ),
    (
        "en_spoke_to_phoned",
        "on",
        "Trump says he spoke to Xi about fentanyl and soybeans",
        "President Donald Trump said on Monday he had spoken to Chinese leader Xi Jinping, a week after he phoned "
        "Xi to discuss fentanyl and soybean purchases. Trump said it had been productive.",
    ),
    (
        "en_red_carpet_pact",
        "on",
        "",
        "Chinese President Xi Jinping rolled out the red carpet for Donald Trump in Beijing, with an honor guard and "
        "a 21-gun salute outside the Great Hall of the People. Trump and Xi later announced a pact to extend their "
        "tariff pause.",
    ),
    (
        "tr_xi_putin_off",
        "off",
        "Şi Cinping Moskova'da Putin ile görüştü",
        "Çin Devlet Başkanı Şi Cinping, Rusya Devlet Başkanı Vladimir Putin ile Kremlin'de bir araya geldi. "
        "İki lider enerji anlaşmaları imzaladı. Görüşme, ABD Başkanı Donald Trump'ın gümrük vergilerini "
        "artırdığı bir dönemde yapıldı.",
    ),
    (
        "ru_xi_putin_off",
        "off",
        "Путин и Си Цзиньпин провели переговоры в Кремле",
        "Президент России Владимир Путин и председатель КНР Си Цзиньпин провели переговоры в Кремле и подписали "
        "соглашения об энергетике. Оба лидера раскритиковали пошлины, введённые администрацией Трампа.",
    ),
    (
        "hu_phone_call",
        "on",
        "",
        "Donald Trump amerikai elnök telefonon beszélt Hszi Csin-ping kínai elnökkel. A Fehér Ház szerint a "
        "telefonbeszélgetés hosszú és szívélyes volt, a két vezető a kereskedelemről és Tajvanról tárgyalt, "
        "és Trump elfogadta a meghívást, hogy áprilisban Pekingbe látogasson.",
    ),
    (
        "ar_first_call",
        "on",
        "",
        "أعلن البيت الأبيض أن الرئيس الأميركي جو بايدن بحث مع نظيره الصيني شي جينبينغ في أول اتصال بينهما "
        "ملفات التجارة وتايوان وحقوق الإنسان، وأن بايدن عبر لشي عن قلقه من الممارسات الاقتصادية الصينية.",
    ),
    (
        "the_pair_dined",
        "on",
        "Trump tells Xi about the strikes over dessert",
        "President Donald Trump said he told Chinese President Xi Jinping about the missile strikes as the pair "
        "dined at his Florida estate on the first evening of their two-day visit. Trump said Xi paused for ten "
        "seconds before asking him to repeat it.",
    ),
    (
        "ministers_the_pair",
        "off",
        "Foreign ministers meet in Kuala Lumpur",
        "Chinese Foreign Minister Wang Yi met US Secretary of State Marco Rubio on Friday on the sidelines of a "
        "regional meeting in Kuala Lumpur. Rubio said the talks were positive and that he hoped for a meeting "
        "between President Xi Jinping and Donald Trump later in the year. It was the pair's first face-to-face "
        "meeting, although the two had spoken by phone in February.",
    ),
    (
        "on_the_phone_readout",
        "on",
        "",
        "US President Joe Biden spoke on the phone with Chinese leader Xi Jinping on Tuesday for nearly two hours. "
        "According to the White House readout, the two leaders discussed Taiwan, fentanyl, artificial intelligence "
        "and trade.",
    ),
    (
        "both_leaders_later_in_text",
        "on",
        "",
        "El encuentro, calificado por Trump como un gran éxito, duró casi dos horas y dejó compromisos sobre "
        "aranceles, soja y tierras raras, según la Casa Blanca, que publicó después una lista detallada de "
        "medidas para los próximos doce meses. Los mercados de Asia subieron con fuerza tras conocerse la noticia "
        "y los analistas esperan más compras de productos agrícolas en las próximas semanas, sobre todo de soja, "
        "maíz y trigo, aunque los precios siguen lejos de los niveles de hace dos años y los productores piden "
        "más ayudas al gobierno federal. Xi Jinping también prometió reforzar los "
        "controles sobre el fentanilo. Ambos líderes acordaron volver a reunirse en abril.",
    ),
    (
        "maralago_dinner_without_xi",
        "off",
        "Chip stocks rise after Mar-a-Lago dinner",
        "Nvidia chief executive Jensen Huang attended a dinner at Mar-a-Lago with President Donald Trump on "
        "Thursday, days before the Commerce Department eased export rules for the company's H20 chip to China.",
    ),
    (
        "two_largest_economies_fr",
        "on",
        "",
        "Peu de détails ont filtré sur cette rencontre, la plus importante pour M. Trump depuis son arrivée à la "
        "Maison-Blanche. Les dirigeants des deux premières puissances mondiales ont affiché une détente dans la "
        "villa de Mar-a-Lago.",
    ),
    (
        # Xi is not named: the trip to Beijing pairs Trump with China, so one minister preparing
        # it is not "ministers only"
        "trip_delay_minister_prepares",
        "on",
        "Trump may delay his trip to Beijing",
        "President Trump said on Friday he may put off his planned trip to Beijing by a few weeks because of the "
        "crisis at home. Treasury Secretary Scott Bessent held talks in Paris this week to prepare the visit, and "
        "said the timing had nothing to do with trade.",
    ),
    (
        "da_topmode",
        "on",
        "Trump og Xi mødtes i Busan",
        "USA's præsident Donald Trump og Kinas præsident Xi Jinping holdt torsdag et topmøde i Sydkorea. "
        "Mødet varede knap to timer, og de to blev enige om en våbenhvile i handelskrigen.",
    ),
    (
        "nl_ontmoeting",
        "on",
        "",
        "De Amerikaanse president Donald Trump en de Chinese president Xi Jinping hebben elkaar donderdag "
        "ontmoet in Busan. Na het gesprek van bijna twee uur kondigde Trump een handelsakkoord aan.",
    ),
    (
        "sv_statsbesok",
        "on",
        "",
        "Donald Trump anlände på onsdagen till Peking för ett statsbesök. Under besöket ska han hålla ett "
        "toppmöte med Kinas president Xi Jinping om handel och Taiwan.",
    ),
    (
        "fi_tapaaminen",
        "on",
        "",
        "Yhdysvaltain presidentti Donald Trump ja Kiinan presidentti Xi Jinping tapasivat Busanissa. "
        "Tapaamisen jälkeen Trump kertoi, että maat solmivat kauppasopimuksen.",
    ),
    (
        "ro_intalnire",
        "on",
        "",
        "Președintele american Joe Biden și liderul chinez Xi Jinping se întâlnesc sâmbătă pentru ultima "
        "dată înainte de învestirea lui Donald Trump. Convorbirea va dura două ore.",
    ),
    (
        "ro_tarife_fara_intalnire",
        "off",
        "",
        "Statele Unite au ridicat tarifele la produsele chinezești. Beijingul a răspuns cu propriile taxe, "
        "iar Xi Jinping a spus că China nu va ceda presiunilor lui Trump.",
    ),
    (
        "sq_darke",
        "on",
        "",
        "Presidenti Donald Trump tha se do të vazhdojë me planet për një darkë sonte me presidentin kinez "
        "Xi Jinping. Takimi do të përqendrohet te tregtia.",
    ),
    (
        "te_paryatana",
        "on",
        "",
        "అమెరికా అధ్యక్షుడు ట్రంప్ బీజింగ్ పర్యటనలో చైనా అధ్యక్షుడు జీ జిన్‌పింగ్‌తో భేటీ అయ్యారు. "
        "ఇద్దరు నేతలు వాణిజ్యంపై చర్చలు జరిపారు.",
    ),
    (
        "it_ospitera",
        "on",
        "",
        "Donald Trump ha detto che ospiterà il leader cinese Xi Jinping alla Casa Bianca entro la fine "
        "dell'anno.",
    ),
    (
        "es_recibira_cara_a_cara",
        "on",
        "",
        "Trump recibirá a su homólogo chino, Xi Jinping, en la Casa Blanca a finales de año. Será su segundo "
        "cara a cara este año.",
    ),
    (
        "spoke_bare",
        "on",
        "",
        "President Joe Biden and Chinese President Xi Jinping spoke for nearly two hours on Friday, the White "
        "House said, their first conversation since November.",
    ),
    (
        "ar_liqimma",
        "on",
        "",
        "وصل الرئيس الأمريكي دونالد ترامب إلى كوريا الجنوبية استعدادا لقمة مع الرئيس الصيني شي جين بينغ، "
        "وهي أول قمة بين ترامب وشي منذ ست سنوات.",
    ),
    (
        "nl_tariffs_no_meeting",
        "off",
        "",
        "President Trump verhoogt de importheffingen op Chinese producten tot 145 procent. Peking reageerde "
        "met eigen heffingen; Xi Jinping zei dat China niet zal buigen voor druk.",
    ),
    (
        # one leader speaking to the other is their exchange; "told" is the only cue
        "xi_told_biden",
        "on",
        "",
        "Xi Jinping reportedly told Joe Biden that those who play with fire will perish by it, Chinese state "
        "television said on Thursday, as tension over a planned visit to Taiwan by a senior US lawmaker grew.",
    ),
    (
        "zh_xi_warned_biden",
        "on",
        "",
        "习近平警告拜登，美方不要在台湾问题上玩火。白宫表示，双方同意保持沟通。",
    ),
    (
        # "told" not between the two: remarks about the other leader, no exchange
        "biden_told_donors_about_xi",
        "off",
        "",
        "President Biden told donors at a fundraiser in California that Xi was embarrassed by the spy balloon, "
        "calling the Chinese leader a dictator. Beijing called the remarks absurd and a provocation.",
    ),
    (
        # 协议 (agreement) is the only summit cue
        "zh_agreement_details",
        "on",
        "白宫公布特朗普与习近平达成的协议细节",
        "美国白宫周六公布总统特朗普与中国国家主席习近平达成的协议细节，包括降低关税和暂停稀土出口管制。"
        "白宫表示，协议将在11月10日生效，中方将恢复采购美国大豆。",
    ),
    (
        # 川習會 names the pair and their meeting at once; no other meeting word
        "zh_chuan_xi_hui_headline",
        "on",
        "今年會有幾次川習會？",
        "美國總統川普週四表示，他和中國國家主席習近平今年至少見兩次。川普說：「我4月去，他年底來。」",
    ),
    (
        # Greek: names, "meeting", "the two leaders", Beijing
        "el_synantisi",
        "on",
        "",
        "Ο Πρόεδρος Ντόναλντ Τραμπ θα ταξιδέψει στο Πεκίνο τον Μάιο για συνάντηση με τον Κινέζο Πρόεδρο Σι "
        "Τζινπίνγκ. Οι δύο ηγέτες αναμένεται να συζητήσουν τους δασμούς και τις σπάνιες γαίες.",
    ),
    (
        "el_trump_putin_no_china",
        "off",
        "",
        "Ο Ντόναλντ Τραμπ και ο Βλαντιμίρ Πούτιν θα έχουν συνάντηση στη Βουδαπέστη, ανακοίνωσε ο Λευκός Οίκος. "
        "Οι δύο ηγέτες θα συζητήσουν τον πόλεμο στην Ουκρανία.",
    ),
    (
        # Egyptian spelling شي جين بينج; the dual الزعيمان ("the two leaders") اتفقا ("agreed")
        "ar_egyptian_spelling_dual",
        "on",
        "",
        "قال البيت الأبيض إن الرئيس الأمريكي جو بايدن والرئيس الصيني شي جين بينج اتفقا على استئناف الاتصالات "
        "العسكرية. وأكد الزعيمان خلال لقائهما على هامش قمة أبيك أهمية الحوار.",
    ),
    (
        # Italian: "faccia a faccia", "stretta di mano", "accordo" are the only summit cues
        "it_faccia_a_faccia",
        "on",
        "",
        "Una stretta di mano davanti alle bandiere e poi un'ora e mezza di faccia a faccia tra Donald Trump e "
        "Xi Jinping. Il presidente americano parla di un accordo su dazi e terre rare.",
    ),
    (
        # Spanish: "apretón de manos" is the only summit cue
        "es_apreton_de_manos",
        "on",
        "",
        "El apretón de manos entre Donald Trump y Xi Jinping duró apenas unos segundos. El presidente chino no "
        "sonrió; Trump, en cambio, habló de una relación fantástica.",
    ),
    (
        # Vietnamese: "trao đổi quan điểm" (exchanged views), "lễ đón" (welcome ceremony)
        "vi_trao_doi_quan_diem",
        "on",
        "",
        "Chủ tịch Trung Quốc Tập Cận Bình cho biết đã trao đổi quan điểm với ông Trump về thương mại và Triều "
        "Tiên. Lễ đón Tổng thống Mỹ diễn ra tại Đại lễ đường Nhân dân ở Bắc Kinh.",
    ),
    (
        # Hungarian: "utazik" (travels) to China is Trump's trip to Xi
        "hu_utazik",
        "on",
        "",
        "Trump áprilisban Kínába utazik, ahol Hszi Csin-ping elnök fogadja. "
        "A Fehér Ház szerint az utazás előkészítése már megkezdődött.",
    ),
    (
        # 交换了意见 ("exchanged views"): what a leaders' meeting readout says
        "zh_exchanged_views",
        "on",
        "",
        "拜登在记者会上说，他和习近平就乌克兰局势和中东冲突交换了意见，并同意恢复两军高层沟通。",
    ),
    (
        # Norwegian: the genitive "Trumps", "de to lederne" ("the two leaders") and "ble enige" ("agreed")
        "no_trumps_lederne",
        "on",
        "",
        "Trumps samtale med Xi varte i to timer, melder Xinhua. De to lederne ble enige om å utsette nye "
        "tollsatser og å fortsette forhandlingene.",
    ),
    (
        # Russian: "talks by phone" (разговаривает по телефону), a call (звонок)
        "ru_po_telefonu",
        "on",
        "",
        "Президент США Дональд Трамп заявил, что разговаривает с председателем КНР Си Цзиньпином по телефону "
        "почти каждую неделю. Следующий звонок запланирован на пятницу.",
    ),
    (
        # Bulgarian: its own spellings of both names, "telephone conversation", "meeting"
        "bg_telefonen_razgovor",
        "on",
        "",
        "Китайският президент Си Цзинпин проведе телефонен разговор с Доналд Тръмп. Двамата обсъдиха Тайван "
        "и търговията месец след срещата им в Южна Корея.",
    ),
    (
        # Italian: the host "will receive" the guest (riceverà), who "will visit" (visiterà)
        "it_ricevera_visitera",
        "on",
        "",
        "Donald Trump ha detto che riceverà Xi Jinping alla Casa Bianca: il presidente cinese visiterà gli "
        "Stati Uniti verso la fine dell'anno.",
    ),
    (
        # German: "hat ... angerufen" (called)
        "de_angerufen",
        "on",
        "",
        "Drei Wochen nach seiner Amtseinführung hat US-Präsident Donald Trump Chinas Staatschef Xi Jinping "
        "angerufen, um über Handel und Taiwan zu sprechen.",
    ),
    (
        # both named right before "discuss": their own exchange
        "presidents_discuss",
        "on",
        "US and Chinese presidents discuss Taiwan and Ukraine",
        "The White House said the exchange between Joe Biden and Xi Jinping lasted more than two hours and "
        "covered Taiwan and Russia's war in Ukraine.",
    ),
    (
        # others discussing the two is no exchange between them
        "analysts_discuss",
        "off",
        "Analysts discuss Trump and Xi",
        "Economists said President Trump's tariffs would slow growth in China this year, and that Xi Jinping "
        "had few good options left to support exports.",
    ),
    (
        # Icelandic: "visit" (heimsókn) to China, "US president", the genitive "Donalds Trumps"
        "is_heimsokn",
        "on",
        "",
        "Bandarísk fyrirtæki hafa gert fjölda samninga við kínversk fyrirtæki á meðan heimsókn Donalds Trumps, "
        "Bandaríkjaforseta, stendur yfir í Kína.",
    ),
    (
        # 握手 (handshake) and 两位国家元首 ("the two heads of state")
        "zh_woshou",
        "on",
        "",
        "习近平与拜登在镜头前握手，两位国家元首随后率领各自团队入座。",
    ),
    (
        # "Intesa Sanpaolo" is a bank, not an agreement (intesa)
        "it_intesa_sanpaolo_bank",
        "off",
        "",
        "Le azioni di Intesa Sanpaolo sono salite dopo le parole di Donald Trump sui dazi; gli analisti "
        "guardano anche alla Cina di Xi Jinping e ai tassi.",
    ),
    (
        # Persian: the leaders' names and titles, "met" (دیدار کردند), "talks" (گفت‌وگو), Busan
        "fa_didar",
        "on",
        "",
        "دونالد ترامپ، رئیس جمهور آمریکا، و شی جین‌پینگ، رئیس جمهور چین، روز پنجشنبه در بوسان دیدار کردند و "
        "درباره تعرفه‌ها و سویا گفت‌وگو کردند.",
    ),
    (
        # Persian without the zero-width non-joiner: "phone call", "trip to Beijing", "Chinese counterpart"
        "fa_goftogu_telefoni",
        "on",
        "",
        "رئیس‌جمهور آمریکا گفت که با همتای چینی خود، شی جینپینگ، گفتگوی تلفنی طولانی داشته و قرار است در ماه "
        "آوریل به پکن سفر کند.",
    ),
    (
        # Persian: Putin and Xi met; Trump is a passing mention
        "fa_putin_xi",
        "off",
        "",
        "ولادیمیر پوتین و شی جین‌پینگ در مسکو دیدار کردند؛ پوتین گفت روابط روسیه و چین بهتر از همیشه است و "
        "نخست‌وزیر هند نیز به زودی به پکن می‌رود. ترامپ هنوز واکنشی نشان نداده است.",
    ),
    (
        # Korean: 습근평, the Sino-Korean reading of 習近平 (China Radio International's Korean service)
        "ko_seupgeunpyeong",
        "on",
        "",
        "습근평 국가주석이 14일 발리에서 바이든 미 대통령과 회담을 가졌다.",
    ),
    (
        # Vietnamese: "Mr Xi" (ông Tập), "the two leaders" (hai nhà lãnh đạo)
        "vi_ong_tap",
        "on",
        "Ông Trump gặp ông Tập lần đầu sau sáu năm",
        "Cuộc gặp diễn ra tại thành phố Busan, Hàn Quốc, vào sáng nay. Hai nhà lãnh đạo thảo luận về thuế quan, "
        "đất hiếm và fentanyl.",
    ),
    (
        # Vietnamese: "China's president" (Chủ tịch Trung Quốc), "shook hands" (bắt tay)
        "vi_chu_tich_trung_quoc",
        "on",
        "",
        "Tổng thống Mỹ và Chủ tịch Trung Quốc bắt tay nhau trước khi bước vào cuộc gặp kéo dài gần hai giờ.",
    ),
    (
        # Russian: "will go to China" (поедет), "will come to Washington" (приедет)
        "ru_poedet_priedet",
        "on",
        "",
        "Трамп заявил журналистам, что поедет в Китай в апреле, а председатель Си Цзиньпин приедет в Вашингтон "
        "позже в этом году.",
    ),
    (
        # Spanish: the guests "were received" (recibidos), the state banquet (banquete)
        "es_recibidos_banquete",
        "on",
        "",
        "Donald Trump y su esposa fueron recibidos por Xi Jinping y Peng Liyuan al llegar a la capital china; por "
        "la noche ambos matrimonios asistieron a un banquete de Estado.",
    ),
    (
        # Ukrainian: Сі Цзіньпін, "will come" (приїде), visit (візит), "the leaders of the two countries met", Busan
        "uk_vizyt_pusan",
        "on",
        "",
        "Президент США Дональд Трамп заявив, що Сі Цзіньпін приїде з візитом до Вашингтона наприкінці року; "
        "лідери двох країн зустрілися минулого місяця в Пусані.",
    ),
    (
        # Ukrainian: "phone conversation" (телефонна розмова), "the American president's visit"
        "uk_telefonna_rozmova",
        "on",
        "",
        "Дональд Трамп провів телефонну розмову з Сі Цзіньпіном: лідери обговорили торгівлю, мита та візит "
        "американського президента до Пекіна у квітні.",
    ),
    (
        # Ukrainian: Putin's talks with Xi in Beijing; Trump is a passing mention
        "uk_putin_pekin",
        "off",
        "",
        "Володимир Путін прибув до Пекіна, де провів переговори з Сі Цзіньпіном. Путін і Сі обговорили "
        "енергетику та війну в Україні. Трамп раніше погрожував митами країнам, які купують російську нафту.",
    ),
    (
        # Russian: "Си" alone (exact case) and Busan (Пусан)
        "ru_si_pusan",
        "on",
        "",
        "Встреча Трампа и Си в Пусане продолжалась около ста минут, сообщили в Белом доме.",
    ),
    (
        # Tagalog: "arrived" (dumating), "talks" (pakikipag-usap)
        "tl_dumating_pakikipag_usap",
        "on",
        "",
        "Dumating si Pangulong Xi Jinping sa Florida para sa kanyang pakikipag-usap kay Pangulong Donald "
        "Trump.",
    ),
    (
        # Spanish: "a China-United States summit" names the pair's meeting
        "es_cumbre_china_eeuu",
        "on",
        "",
        "El presidente chino, Xi Jinping, regresó a Beijing el sábado tras sostener una reunión cumbre "
        "China-Estados Unidos en San Francisco.",
    ),
    (
        # Arabic: the Saudi spelling ترمب, "by phone" (عبر الهاتف), "the call" (المكالمة, with the article)
        "ar_tarmb_almukalama",
        "on",
        "",
        "تحدث الرئيس الأمريكي دونالد ترمب إلى الرئيس الصيني شي جين بينغ عبر الهاتف، ووصف المكالمة بأنها جيدة "
        "جدا للبلدين.",
    ),
    (
        # Korean: a Trump–Lee summit (이재명, 한미정상회담) with Xi's meeting as a passing clause
        "ko_lee_trump_hanmi",
        "off",
        "",
        "이재명 대통령과 도널드 트럼프 미국 대통령이 오늘 오후 경주에서 두 번째 한미정상회담을 가진다. 이번 회담에서는 관세 협상과 한미동맹 현대화가 논의될 예정이다. 이재명 대통령은 "
        "APEC 기간 연쇄 회담을 이어가며, 트럼프 대통령은 시진핑 주석과의 회담도 앞두고 있다.",
    ),
    (
        # Trump–Kim: "Chairman Kim" and "President Moon" are other leaders
        "chairman_kim_dmz",
        "off",
        "",
        "Trump said he would fly to the DMZ on Sunday hoping to shake hands with Chairman Kim, a day after "
        "meeting President Xi in Osaka. President Moon will go with him to the border. A meeting with "
        "Chairman Kim would be their third.",
    ),
    (
        # "speaks with"
        "biden_speaks_with_xi",
        "on",
        "Joe Biden speaks with Xi Jinping for two hours as tensions over Taiwan rise",
        "The White House said the leaders covered Taiwan, trade and the war in Ukraine.",
    ),
    (
        # Spanish: "received" (recibieron) and "mandatario de EE.UU."
        "es_recibieron_mandatario",
        "on",
        "",
        "El presidente chino, Xi Jinping, y su esposa recibieron al mandatario de EE.UU., Donald Trump, con "
        "un té vespertino en la Ciudad Prohibida.",
    ),
    (
        # "informed" between the pair: one leader telling the other at their meeting
        "trump_informed_xi",
        "on",
        "",
        "Over dessert at his Florida club, President Donald Trump informed Chinese President Xi Jinping that "
        "missiles were on their way; Xi paused for ten seconds before answering, Trump recalled.",
    ),
]


@pytest.fixture(scope="module")
def topic() -> Topic:
    return load_topic()


def _classify(topic: Topic, title: str, text: str) -> Relevance:
    return topic.classify(title=title, text=text)


_CLEAR = [e for e in EXAMPLES if e[1] != "borderline"]


@pytest.mark.parametrize("eid,label,title,text", _CLEAR, ids=[e[0] for e in _CLEAR])
def test_each_clear_case(topic: Topic, eid: str, label: str, title: str, text: str) -> None:
    r = _classify(topic, title, text)
    assert r.relevant is (label == "on"), (eid, r)
    assert r.matched or label == "off"


def test_precision_and_recall(topic: Topic) -> None:
    tp = fp = fn = 0
    for _eid, label, title, text in EXAMPLES:
        if label == "borderline":
            continue
        got = _classify(topic, title, text).relevant
        tp += got and label == "on"
        fp += got and label == "off"
        fn += (not got) and label == "on"
    assert sum(1 for e in EXAMPLES if e[1] != "borderline") >= 40
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    assert precision >= 0.95 and recall >= 0.95, (precision, recall)


@pytest.mark.parametrize(
    "eid,title,text",
    [(e[0], e[2], e[3]) for e in EXAMPLES if e[1] == "borderline"],
    ids=[e[0] for e in EXAMPLES if e[1] == "borderline"],
)
def test_borderline_cases_do_not_crash(topic: Topic, eid: str, title: str, text: str) -> None:
    r = _classify(topic, title, text)
    assert 0.0 <= r.score <= 1.5
    assert isinstance(r.matched, tuple)


def test_relevance_shape(topic: Topic) -> None:
    title, text = EXAMPLES[0][2], EXAMPLES[0][3]
    r = topic.classify(title, text, url="https://example.com/a")
    assert isinstance(r, Relevance)
    assert r.score == round(r.score, 3)
    assert "leader_us:Trump" in r.matched or "leader_us:Donald Trump" in r.matched
    assert any(m.startswith("leader_cn:") for m in r.matched)
    assert any(m.startswith("meeting:") for m in r.matched)
    assert "place:Busan" in r.matched
    assert "proximity" in r.matched
    assert topic.name and 0 < topic.threshold
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.score = 2.0  # type: ignore[misc]  # frozen


def test_empty_and_missing_fields(topic: Topic) -> None:
    for r in (topic.classify(), topic.classify("", ""), topic.classify(title="Trump")):
        assert r.relevant is False and r.score == 0.0
    assert topic.classify(text="Trump and Xi met for a summit in Busan.").relevant


def test_explains_rejections(topic: Topic) -> None:
    ministers = next(e for e in EXAMPLES if e[0] == "geneva_ministers")
    r = topic.classify(ministers[2], ministers[3])
    assert not r.relevant
    assert any(m.startswith("minister:") for m in r.matched)
    putin = next(e for e in EXAMPLES if e[0] == "putin_xi_with_us_mention")
    r = topic.classify(putin[2], putin[3])
    assert not r.relevant and "negative:other_leaders" in r.matched
    clause = next(e for e in EXAMPLES if e[0] == "passing_clause_long")
    r = topic.classify(clause[2], clause[3])
    assert not r.relevant and "sparse" in r.matched and "proximity" in r.matched


def test_odd_input_does_not_crash(topic: Topic) -> None:
    for text in ("\u212a Xi met Trump", "İstanbul Xi Trump summit", "\x00\ufeff", "习" * 5000, "a-" * 3000, "Xi'"):
        r = topic.classify(text, text)
        assert isinstance(r.score, float)
    assert topic.classify(None, None).score == 0.0  # type: ignore[arg-type]


def test_word_boundaries(topic: Topic) -> None:
    r = topic.classify("Xiaomi and Xinhua", "Xiaomi, Xinhua, Xi'an, Louis XI and Trumpet players met.")
    assert not any(m.startswith("leader_cn:") for m in r.matched), r.matched
    assert not any(m.startswith("leader_us:") for m in r.matched), r.matched
    r = topic.classify("", "Xi's talks with Trump's team.")
    assert "leader_cn:Xi" in r.matched and "leader_us:Trump" in r.matched
    # All-caps headline still finds the full name; spaces and dashes are interchangeable.
    r = topic.classify("TRUMP MEETS XI JINPING AT MAR A LAGO", "")
    assert "leader_cn:Xi Jinping" in r.matched and "place:Mar-a-Lago" in r.matched


def test_cjk_proximity_counts_characters() -> None:
    text = (
        "[scoring]\nwindow = 10\ncjk_chars_per_word = 2\n"
        "[groups.leader_us]\nterms = ['特朗普']\n[groups.leader_cn]\nterms = ['习近平']\n"
        "[groups.meeting]\nterms = ['会晤']\n"
    )
    t = parse_topic("threshold = 0.3\n" + text)
    near = t.classify(text="特朗普与习近平会晤。")
    assert near.relevant and "proximity" in near.matched
    far = t.classify(text="特朗普" + "今天天气很好" * 10 + "习近平" + "。" + "会晤")
    assert "proximity" not in far.matched


def test_event_venue_and_destination_words(topic: Topic) -> None:
    # A venue only the pair met at, next to a summit word, stands for the pair in a text that names
    # both somewhere ...
    text = "Chip firms are studying the deal. " + _FILLER[:400] + " Donald Trump praised it; so did Xi Jinping."
    r = topic.classify("What the Busan truce means for chipmakers", text)
    assert "event_cue" in r.matched and "place:Busan" in r.matched
    # ... and not in one that doesn't: Trump hosts many guests at Mar-a-Lago.
    r = topic.classify("Nvidia's Huang dines with Trump", "Jensen Huang had dinner with Donald Trump at Mar-a-Lago.")
    assert "event_cue" not in r.matched and not r.relevant
    # 访华 names its destination: the US leader travelling is enough.
    r = topic.classify("特朗普结束访华行程", "特朗普此次访华为期三天，双方举行了会谈。")
    assert r.relevant and "visit_cue" in r.matched
    # The traveller is the leader named last: Putin going to China is not a pair cue.
    r = topic.classify("", "Donald Trump spoke about tariffs on Monday. Separately, Putin will visit China in May.")
    assert "visit_cue" not in r.matched and not r.relevant


def test_context_mentions_add_little_without_a_pair(topic: Topic) -> None:
    text = "The summit ended. The talks were long. The truce holds. The meeting was tense. " * 5
    r = topic.classify("Markets calm", text)
    assert r.score == 0.0 and "context" not in r.matched
    r = topic.classify("Trump and Xi meet", text)
    assert "context" in r.matched and r.relevant


def test_load_default_and_file(tmp_path) -> None:
    t = load_topic()
    assert isinstance(t, Topic) and t.threshold == 0.5
    p = tmp_path / "t.toml"
    p.write_text(
        "name = 'mini'\nthreshold = 0.4\n[groups.leader_us]\nterms = ['Trump']\n"
        "[groups.leader_cn]\nterms = ['Xi Jinping']\n[groups.meeting]\nterms = ['summit*']\n",
        encoding="utf-8",
    )
    mini = load_topic(p)
    assert mini.name == "mini" and mini.threshold == 0.4
    assert mini.classify("Trump and Xi Jinping hold summit", "").relevant
    assert load_topic(str(p)).name == "mini"
    with pytest.raises(ConfigError, match="not found"):
        load_topic(tmp_path / "missing.toml")


_MINI = "[groups.leader_us]\nterms = ['Trump']\n[groups.leader_cn]\nterms = ['Xi']\n[groups.meeting]\nterms = ['met']\n"


@pytest.mark.parametrize(
    "text,message",
    [
        ("threshold = [", "not valid TOML"),
        (_MINI, "missing `threshold"),
        ("threshold = 'high'\n" + _MINI, "threshold"),
        ("threshold = 0.5\n" + _MINI + "[groups.celebrities]\nterms = ['Taylor']\n", "unknown group"),
        ("threshold = 0.5\n[groups.leader_us]\nterms = ['Trump']\n", "missing group"),
        ("threshold = 0.5\n" + _MINI.replace("['met']", "[]"), "non-empty"),
        ("threshold = 0.5\n" + _MINI.replace("['met']", "['re:(met)']"), "capturing"),
        ("threshold = 0.5\n" + _MINI.replace("['met']", "['re:(?:met']"), "bad regular expression"),
        ("threshold = 0.5\n" + _MINI.replace("['met']", "['Trump']"), "already a term"),
        ("threshold = 0.5\n" + _MINI.replace("['met']", "[{ term = 'met', colour = 'red' }]"), "unknown key"),
        ("threshold = 0.5\n" + _MINI.replace("['met']", "['m*']"), "3 letters"),
        ("threshold = 0.5\n[scoring]\nwindoww = 5\n" + _MINI, "unknown setting"),
        ("threshold = 0.5\n" + _MINI.replace("['met']", "[{ term = 'met', host = 'cn' }]"), "host"),
        ("threshold = 0.5\n" + _MINI.replace("['met']", "[{ term = 'met', event = true }]"), "event"),
        ("threshold = 0.5\n" + _MINI.replace("['met']", "[{ term = 'met', forum = true }]"), "forum"),
        ("threshold = 0.5\n" + _MINI.replace("['met']", "[{ term = 'met', summit = true }]"), "summit = true"),
        ("threshold = 0.5\n" + _MINI.replace("[groups.leader_cn]", "[groups.pair]\nterms = [{ term = 'told', between = true }]\n[groups.leader_cn]"), "between = true"),
        ("threshold = 0.5\n" + _MINI.replace("['met']", "[{ term = 'met up', short = 'up*' }]"), "plain word"),
        ("threshold = 0.5\n" + _MINI.replace("['met']", "[{ term = 'met up', short = 'Trump' }]"), "short 'Trump'"),
        ("threshold = 0.5\n[scoring]\nwindow = -1\n" + _MINI, "out of range"),
        ("threshold = 0.5\n[negatives]\nfoo = { weight = 1 }\n" + _MINI, "unknown negative"),
        ("threshold = 0.5\ncolour = 'red'\n" + _MINI, "unknown top-level"),
        ("threshold = 0.5\n", "no [groups"),
    ],
)
def test_config_errors(text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("(", r"\(")):
        parse_topic(text, "test.toml")


def test_error_names_origin() -> None:
    with pytest.raises(ConfigError, match="mine.toml"):
        parse_topic("threshold = [", "mine.toml")



def test_forum_summit_is_not_the_pairs_meeting(topic: Topic) -> None:
    # "the APEC summit" is the forum's own summit: not a cue near the two names.
    r = topic.classify("Xi urges free trade at APEC summit skipped by Trump", "")
    assert not r.relevant and "proximity" not in r.matched
    # ... while the pair meeting on the forum's sidelines still counts.
    r = topic.classify("Trump meets Xi Jinping on the sidelines of the APEC summit", "")
    assert r.relevant and "proximity" in r.matched
    # A meeting *at* the forum is theirs; the forum's summit, before or after its name, is not.
    r = topic.classify("", "Donald Trump and Xi Jinping had an extended meeting at the G20 in Osaka.")
    assert r.relevant and "proximity" in r.matched
    for forum_summit in ("Trump and Xi both attended the G20 summit in Osaka.",
                         "Trump and Xi both attended the summit of the G20 in Osaka.",
                         "Trump y Xi asistieron a la cumbre del G20 en Osaka.",
                         "Trump dan Xi menghadiri KTT G20 di Osaka.",
                         "特朗普和习近平都将出席在大阪举行的20国集团峰会。"):
        r = topic.classify("", forum_summit)
        assert not r.relevant and "proximity" not in r.matched, forum_summit


def test_full_hits_before_half_hits(topic: Topic) -> None:
    # A half hit early on must not use up the name a later both-leader sentence needs.
    text = (
        "Biden arrived for the summit on Sunday. " + "Officials prepared the venue carefully. " * 2
        + "Xi Jinping and Joe Biden met on Monday for talks."
    )
    r = topic.classify("", text)
    assert "proximity" in r.matched and r.relevant


def test_one_leader_excerpt_resolves_two_leaders(topic: Topic) -> None:
    text = "The two leaders agreed to keep talking after the dinner. Trump said China would buy more."
    assert "pair_phrase" in topic.classify("", text).matched
    # Another country's leader named: "the two leaders" is not the US–China pair.
    text = "The two leaders agreed to keep talking after the dinner. Trump and Modi discussed China."
    assert "pair_phrase" not in topic.classify("", text).matched


def test_scripts_with_spaces_match_whole_words(topic: Topic) -> None:
    r = topic.classify("", "ट्रंप और शी जिनपिंग की मुलाकात")
    assert "leader_us:ट्रंप" in r.matched and "leader_cn:शी जिनपिंग" in r.matched
    r = topic.classify("", "التقى ترامب مع شي جين بينغ في قمة")
    assert "leader_us:ترامب" in r.matched and any(m.startswith("meeting:") for m in r.matched)
    # Punctuation of those scripts ends a word: the danda after "मिले", the Arabic comma after "ترامب".
    r = topic.classify("", "ट्रंप और शी जिनपिंग मिले। बातचीत")
    assert "meeting:मिले" in r.matched
    r = topic.classify("", "قال ترامب، إن شي")
    assert "leader_us:ترامب" in r.matched


@pytest.mark.parametrize(
    "title,lead,lone_tail,back_tail",
    [
        ("A new arms race",
         "Hours before his meeting with Xi Jinping in October, Donald Trump ordered the military to resume "
         "nuclear weapons testing. ",
         "Arms control experts said the move could provoke Russia.",
         "Arms control experts said the summit was overshadowed."),  # a bare summit word comes back
        ("",
         "Xi Jinping told Donald Trump during their phone call on Wednesday that Taiwan is the most important "
         "issue in relations. Beijing has protested a large arms package approved in December. ",
         "Analysts said the warning was sharper than usual.",
         "Trump later described the call as excellent."),  # a half hit (one of the pair + cue) comes back
    ],
)
def test_a_lone_meeting_clause_weighs_less_than_one_the_text_returns_to(title, lead, lone_tail, back_tail):
    topic = load_topic()
    lone = topic.classify(title, lead + lone_tail)
    back = topic.classify(title, lead + back_tail)
    assert "lone_hit" in lone.matched and "lone_hit" not in back.matched
    assert lone.score < back.score


def test_an_administration_is_not_its_president(topic: Topic) -> None:
    """"The Biden administration's first cabinet visit to China" is no trip of Biden's."""
    r = topic.classify("", "Blinken is the Biden administration's most senior official to visit China. Xi Jinping "
                           "will receive him on Monday.")
    assert not any(m.startswith("leader_us:") for m in r.matched) and "visit_cue" not in r.matched
    r = topic.classify("", "布林肯是拜登政府上任以来访问中国的最高级别官员。习近平周一将会见他。")
    assert not any(m.startswith("leader_us:") for m in r.matched) and "visit_cue" not in r.matched


def test_a_summit_pair_phrase_is_its_own_meeting_cue() -> None:
    pair = "[groups.pair]\nterms = [{ term = 'Trump-Xi summit'%s }]\n"
    base = "threshold = 0.5\n" + _MINI
    plain, summit = parse_topic(base + pair % ""), parse_topic(base + pair % ", summit = true")
    text = "Markets rallied before the Trump-Xi summit."
    assert plain.classify("", text).score == 0.0
    got = summit.classify("", text)
    assert "meeting:Trump-Xi summit" in got.matched and "pair_phrase" in got.matched and got.score > 0


def test_asia_pacific_summit_is_the_forum_like_apec(topic: Topic) -> None:
    """"The Asia-Pacific summit" is APEC's own summit, not the pair's meeting: a text that
    pairs the leaders once in passing scores the same whichever name it uses, and that summit
    does not count as a return to the pair's meeting ("context")."""
    text = (
        "Biden told chief executives at the {} on Thursday that the United States is in the region "
        "to stay. Fresh from his talks with Chinese President Xi Jinping, he said Washington was "
        "reducing risk, not decoupling, and listed US investments in clean energy and chips across "
        "the region, which he said would keep growing. " + "Business leaders asked about visas and export rules. " * 12
    )
    apec = _classify(topic, "", text.format("APEC summit"))
    named = _classify(topic, "", text.format("Asia-Pacific summit"))
    for r in (apec, named):  # the forum's own summit is no "context" for the pair's meeting
        assert "lone_hit" in r.matched and "context" not in r.matched and not r.relevant
    assert abs(named.score - apec.score) < 0.01  # (one word longer)


def test_a_ministers_counterpart_is_a_minister(topic: Topic) -> None:
    """"Bessent ... his Chinese counterpart" is He Lifeng, not Xi; "Trump ... his Chinese
    counterpart Xi Jinping" stays the leader. And "Treasury Secretary Scott Bessent" is one
    minister mention, as "US President Donald Trump" is one leader mention."""
    minister = _classify(topic, "", "Treasury Secretary Scott Bessent said the deadline for Donald Trump's "
                         "truce with China could be extended when he meets his Chinese counterpart in Stockholm.")
    assert "leader_cn:Chinese counterpart" not in minister.matched
    assert "negative:ministers_only" in minister.matched and not minister.relevant
    leader = _classify(topic, "", "Treasury Secretary Scott Bessent said Donald Trump would meet his Chinese "
                       "counterpart Xi Jinping in Busan on Thursday for talks on the truce.")
    assert "leader_cn:Chinese counterpart" in leader.matched and leader.relevant
    briefed = _classify(topic, "", "Trump and Xi met in Busan on Thursday. The two leaders agreed to extend the "
                        "truce for a year. Treasury Secretary Scott Bessent and Trade Representative Jamieson "
                        "Greer briefed reporters afterwards.")
    assert "negative:ministers_only" not in briefed.matched and briefed.relevant  # two ministers, not four


def test_a_surname_alone_counts_only_after_the_full_name(topic: Topic) -> None:
    # "Lee" alone is too ambiguous to be a term; after "Lee Jae-myung" it is him.
    alone = topic.classify("", "Lee told Xi Jinping that the two countries were close neighbours.")
    assert not any(m.startswith("other_leader:") for m in alone.matched)
    named = topic.classify(
        "South Korean President Lee Jae-myung hosts Xi", "Lee told Xi Jinping that the two countries were close neighbours."
    )
    assert "other_leader:Lee" in named.matched
    lower = topic.classify("", "Lee Jae-myung spoke. Then the lee side of the ship.")
    assert "other_leader:Lee" not in lower.matched  # the short form matches its exact case only


def test_another_leaders_meetings_with_one_of_the_pair_weigh_against() -> None:
    # Xi's visit to Putin, with his call with Trump as one clause: three summit cues belong to
    # the Xi–Putin meeting, one to the pair.
    text = (
        "Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Moscow on Thursday. "
        "The visit is Xi's first trip abroad since his phone call with US President Donald Trump last month. "
        "Putin welcomed Xi at the Kremlin with a state banquet, and the two signed agreements on gas pipelines. "
        "Xi invited Putin to visit Beijing in the autumn, and Putin accepted the invitation."
    )
    toml = (ROOT / "archive" / "data" / "topic.toml").read_text()
    with_cue = parse_topic(toml).classify("", text)
    without = parse_topic(toml.replace("other_meetings = { weight = 0.5", "other_meetings = { weight = 0.0")).classify("", text)
    assert "negative:other_meetings" in with_cue.matched
    assert "negative:other_meetings" not in without.matched
    assert with_cue.score < without.score - 0.2


def test_a_title_first_name_name_and_native_script_are_one_person(topic: Topic) -> None:
    """"Japan's new Prime Minister Sanae Takaichi (高市早苗)" names one other leader, not three;
    counted three times, her aside outweighed the pair's phone call."""
    text = (
        "Chinese leader Xi Jinping told U.S. President Donald Trump during a phone call on Monday that "
        "Taiwan's return to China is part of the postwar order. Both leaders also discussed trade and Ukraine. "
        "Japan's new Prime Minister Sanae Takaichi (高市早苗) had earlier suggested Japan could respond "
        "militarily over Taiwan, which angered Beijing."
    )
    r = _classify(topic, "", text)
    assert "negative:other_leaders" not in r.matched and r.relevant
    counts = topic._count(topic._scan(text, 60)[0])
    assert counts["other_leader"] == 1
    apart = topic._count(topic._scan("Prime Minister Takaichi spoke. Later, Takaichi left.", 60)[0])
    assert apart["other_leader"] == 2  # named twice, sentences apart


@pytest.mark.parametrize("title,text", [
    ("Nvidia CEO meets Trump before China visit",
     "Jensen Huang met Trump at the White House on Thursday, a day before Huang's trip to Beijing."),
    ("Nvidia's Huang meets Trump before leaving for China trip",
     "Nvidia's chief met with President Donald Trump on Thursday, a day before Huang's scheduled trip to China."),
])
def test_the_one_met_and_someone_elses_trip_are_not_the_traveller(topic: Topic, title: str, text: str) -> None:
    """A travel word's traveller is the leader named last before it, but not the one a meeting
    verb has as object ("meets Trump before China visit") nor on a trip someone else owns
    ("Huang's trip")."""
    r = _classify(topic, title, text)
    assert "visit_cue" not in r.matched and not r.relevant


def test_the_traveller_owns_the_trip_or_follows_the_travel_word(topic: Topic) -> None:
    """The control for the test above: "Trump's trip" is Trump's, "a state visit by President
    Donald Trump" too; "to visit China since President Joe Biden took office" is no trip of Biden's."""
    own = _classify(topic, "Trump meets Xi's envoy before China visit",
                    "President Trump met the envoy on Thursday, a day before Trump's trip to Beijing for talks.")
    assert "visit_cue" in own.matched
    by = _classify(topic, "", "Boeing and the Chinese government reached an aircraft deal during a state visit by "
                              "President Donald Trump to Beijing this week.")
    assert "visit_cue" in by.matched
    since = _classify(topic, "", "Blinken is the highest-level US official to visit China since President Joe "
                                 "Biden took office.")
    assert "visit_cue" not in since.matched


def test_no_one_visits_their_own_country(topic: Topic) -> None:
    """The traveller is the leader named last before the travel word, but not one from the
    destination: in "Trump, like Mr Xi, was pleased with the visit to China" Trump travelled."""
    text = (
        "Chinese President Xi Jinping and his wife Peng Liyuan walked into the hall with US President Donald Trump "
        "and Melania Trump. Xi raised a glass to ties between China and the United States, saying the two countries "
        "faced limited challenges but unlimited potential. The American president said friendship was growing and "
        "raised a glass to closer ties between Washington and Beijing. Guests applauded a film that showed "
        "President Xi touring Mr Trump's Florida estate in April and the American leader's trip this week. "
        "Trump, like Mr Xi, was pleased with the visit to China, officials said. Among the guests was the former "
        "basketball star Yao Ming."
    )
    assert "visit_cue" in topic.classify("", text).matched


def test_a_first_sentence_pairing_the_leaders_is_the_subject(topic: Topic) -> None:
    """An excerpt has no headline: a first sentence pairing the leaders with their call, which
    the text comes back to, focuses it as a headline would; the same sentence further down is a
    passing mention, and a first-sentence time reference the text never returns to stays weak."""
    first = ("Donald Trump and Xi Jinping held a phone conversation on Friday, their first in three months, "
             "with the future of TikTok at the top of the agenda. ")
    tail = ("Officials in Washington described the discussion as constructive. A breakthrough could ease "
            "relations between the two powers ahead of a face-to-face meeting in South Korea. ")
    filler = ("Markets in Asia rose on Friday as investors weighed new data on factory output and consumer "
              "spending, and oil prices edged lower for a third session in a row. ") * 2
    opening = topic.classify("", first + tail + filler)
    later = topic.classify("", filler + first + tail)
    assert "opening" in opening.matched and "opening" not in later.matched
    assert opening.relevant and opening.score > later.score

    lone = topic.classify("", "Hours before his meeting with Xi Jinping, Donald Trump announced new nuclear tests. "
                              + filler + filler)
    assert "opening" not in lone.matched and "lone_hit" in lone.matched and lone.score < opening.score
