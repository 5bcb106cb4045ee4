"""Topic filter: is an article about a US–China leaders' summit, visit or call?

Standard library only. Everything is compiled once per :class:`Topic`: Latin/Cyrillic terms
are looked up word by word in dicts (the text is split into words by one C-level regex
``split``), CJK terms by one alternation regex; a long article classifies in about a
millisecond. The rules live in a TOML file (default: ``archive/data/topic.toml``), made of
weighted term groups with fixed roles:

==============  ===================================================================
group           role
==============  ===================================================================
leader_us       the US president (Trump, Biden, Obama, 特朗普, "the White House" ...)
leader_cn       the Chinese leader (Xi Jinping, 习近平, "the Chinese president" ...)
pair            both at once ("Trump-Xi", 中美元首; generic "the two leaders" counts only
                when the preceding ``pair_lookback`` words name a US and a Chinese leader;
                a ``summit`` phrase, 川习会 "Trump-Xi meeting", is a meeting cue as well)
meeting         summit, meeting, talks, call, dinner, 会晤, 通话 ...; a ``between`` verb
                ("Xi told Biden", 习近平警告拜登) only right between the two leaders or right
                after both ("Trump and Xi discussed")
visit           travel words (visit, trip, arrive, 访问, state banquet); a travel word next to a host
host_cn/host_us place of the other side ("Trump's trip to Beijing", "Xi to visit the US")
                stands for the missing leader, if the traveller is the leader named last
                (not the destination's own)
place           summit venues and forums (Busan, Mar-a-Lago, Great Hall of the People, APEC);
                an ``event`` venue next to a meeting word is a full hit in a text naming both
pair (generic)  "the two leaders" also resolves in an excerpt naming only the pair (no other
                leader, no minister), or only one of the pair plus the other side's country
                (Trump ... China) and no other leader; after ministers it is theirs
outcome         direct outcomes (truce, trade deal, consensus, 共识)
other_leader    leaders of other countries (negative cue)
minister        ministers / negotiators (negative cue: "ministers-only" talks)
other_forum     G7, NATO, SCO ... (negative cue)
ignore          words that contain a term but are not it (Xi'an): matched, then dropped
==============  ===================================================================

Scoring (every number below is a setting in ``[scoring]`` / ``[negatives]``):

1. Text is split into word positions: a Latin/Cyrillic word is one position, a CJK character
   ``1 / cjk_chars_per_word``. The title is its own zone; the first ``lead_words`` of the text are
   the lead, the rest the body. Latin terms need word boundaries ("Xi" never matches "Xiaomi").
2. Summit cues (meeting, visit, place, outcome terms) closer than ``cluster_words`` form a
   cluster; each cluster can make one hit. A hit is **full** when a US leader and the Chinese
   leader are both within ``window`` words (or a pair phrase, or a visit cue), and neither
   another country's leader nor a minister or envoy is nearer than the farther of the two
   ("Blinken's talks with Xi", "Trump met Vice-Premier Liu He"); a travel word's traveller is
   the leader or minister named last before it (or one word after it, "a visit by Trump"),
   never the destination's own leader ("Trump, like Xi, praised the visit to China"), unless a
   meeting verb has that one as object ("Huang meets Trump before China visit") or a name the
   topic does not know owns the trip ("Huang's trip to China");
   it is **half** when only one of them is near but the document names both somewhere.
   A cue within ``forum_words`` of another forum ("the SCO summit") is no cue, not even context
   (step 3); nor is one just after a ``forum = true`` place ("the APEC summit"), or just before
   it when joined by "of"/"de"/"du" or adjacent ("summit of the G20", "cumbre del G20", "KTT
   G20"), or a venue on either side ("the G20 in Osaka"); "a meeting at the G20" is a meeting
   held there. A forum place is no cue itself. A generic leader term ("his Chinese counterpart")
   after a minister is that minister's counterpart, unless the leader's name follows ("his
   Chinese counterpart Xi Jinping"). Full hits are taken first, half hits from the leader
   mentions left over. Each hit uses
   up the leader mentions it relied on: one sentence naming the pair next to five summit
   words is one hit, so mass grows with how often the article pairs the leaders with a summit.
3. ``mass`` = sum of zone weight x cue weight x leader-term weight (x ``half_hit`` for half),
   plus ``context_hit`` per summit-cue cluster with no leader near once there is a full hit
   (not a forum's own summit, nor ministers' talks within ``cluster_words`` of a minister);
   ``evidence = 1 - exp(-mass / (saturation x s))`` where ``s`` = text words / ``short_words``
   clamped to [``short_floor``, 1]: a 60-word brief needs less evidence than a long report.
4. ``focus`` = 1 with a full hit in the title, or one in the text's first ``opening_words``
   (a meeting, visit or outcome word, not a bare place) that the text comes back to
   (``opening``); at least ``lead_focus`` with one in the lead,
   else full hits per 1000 words / ``focus_density`` (one passing clause in a long article
   stays weak: ``sparse``). A single full hit outside the title that no other summit cue
   returns to (no half hit, no context cue) is multiplied by ``lone_hit`` ("hours before his
   meeting with Xi, Trump announced ..." is a time reference, not the subject). A headline
   about another leader's meeting ("Kim Jong Un to meet Xi") with no full hit of the pair in it
   multiplies the score by ``other_title``.
5. ``score = evidence x focus - penalties``; each penalty is
   ``weight x max(0, share - start) / (1 - start)`` for ``other_leaders`` (other leaders vs the
   pair's strength: mentions of the rarer of the pair plus pair phrases, or the travel-word hits
   if more, "Trump's Beijing trip" with Xi unnamed; a surname given as a term's ``short`` form,
   "Lee" after "Lee Jae-myung", counts too), ``ministers_only`` (ministers/negotiators vs the
   pair's strength); for both, a title, a first name, the name and its other script right after
   one another are one person ("Treasury Secretary Scott Bessent", "Prime Minister Sanae Takaichi
   (高市早苗)", at most ``same_person_gap`` words apart),
   ``other_forum`` (G7/NATO/SCO... vs full hits) and ``other_meetings`` (summit-cue clusters
   near another leader and one of the pair that made no full hit, "Lee welcomed Xi", vs full
   hits). Rounded to 3 decimals; relevant when ``score >= threshold``.

``Relevance.matched`` lists the groups and terms found (``leader_us:Trump``, at most four per
group), the cues used (``proximity``, ``pair_phrase``, ``event_cue``, ``visit_cue``, ``context``,
``title``, ``opening``, ``lead``), a weak focus (``sparse``, ``lone_hit``, ``other_title``) and
each penalty that applied (``negative:ministers_only``), for kept and rejected articles alike.
"""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass, replace
from itertools import accumulate
from pathlib import Path

from archive.sources import ConfigError, read_config

DEFAULT_TOPIC = "topic.toml"

CUE_GROUPS = ("meeting", "visit", "place", "outcome")
GROUP_ROLES = (
    "leader_us",
    "leader_cn",
    "pair",
    *CUE_GROUPS,
    "host_cn",
    "host_us",
    "other_leader",
    "minister",
    "other_forum",
    "ignore",
)
REQUIRED_GROUPS = ("leader_us", "leader_cn", "meeting")
PERSON_GROUPS = ("minister", "other_leader")  # mentions next to one another are one person
NEGATIVES = ("other_leaders", "ministers_only", "other_forum", "other_meetings")
DEFAULT_NEGATIVES = {
    "other_leaders": (0.8, 0.35),
    "ministers_only": (0.5, 0.5),
    "other_forum": (0.5, 0.4),
    "other_meetings": (0.0, 0.5),
}

DEFAULT_SCORING: dict[str, float] = {
    "window": 20,
    "visit_window": 8,
    "lead_words": 60,
    "cjk_chars_per_word": 2,
    "cluster_words": 6,
    "pair_lookback": 60,
    "forum_words": 3,
    "event_words": 3,
    "half_hit": 0.35,
    "context_hit": 0.15,
    "saturation": 2.0,
    "short_words": 150,
    "short_floor": 0.5,
    "lead_focus": 0.8,
    "opening_words": 0,
    "focus_density": 8.0,
    "lone_hit": 1.0,
    "other_title": 1.0,
    "same_person_gap": 1.0,
}
DEFAULT_ZONES = {"title": 2.0, "lead": 1.5, "body": 1.0}

# Scripts written without spaces between words: terms match as substrings, and each
# character counts as a fraction of a word.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u1100-\u11ff"
_CJK_RE = re.compile(f"[{_CJK}]")
# Letters that glue onto a Latin/Cyrillic term (word boundary); CJK characters do not.
# Latin (with Vietnamese), Greek, Cyrillic, Hebrew, Arabic, Devanagari and the other Indic scripts
# (Bengali to Sinhala, with the zero-width joiners inside their words): scripts written with spaces.
# Their punctuation is not a letter: Arabic comma/semicolon/question mark/full stop, the danda.
_WORD = (
    r"0-9A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u05d0-\u05ea"
    r"\u0600-\u060b\u060e-\u061a\u061c-\u061e\u0620-\u06d3\u06d5-\u06ff\u0900-\u0963\u0966-\u097f\u1e00-\u1eff"
    r"\u0980-\u0dff\u200c\u200d"
)
_WORD_CHAR = re.compile(f"[{_WORD}]")
_LATIN_RE = re.compile(f"[{_WORD}]+")
_SPLIT_RE = re.compile(f"([{_WORD}]+)")
# "summit of the G20", "cumbre del G20", "sommet du G20": the forum's own summit; "a meeting at
# the G20" is a meeting held there
_OF = frozenset({"of", "de", "del", "du", "des", "della", "dello", "di", "da", "do", "der"})
_OF_RE = re.compile(r"\s*(?:of|de|del|du|des|della|dello|di|da|do|der)\b", re.I)
# Capitalised words that own a trip without being someone: "Monday's visit", "the President's trip"
_NOT_PEOPLE = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december president president-elect premier leader today".split()
)
# Meeting terms whose object is the one met, not a traveller: "Huang meets Trump before China trip"
_MEET = frozenset({"meet", "meets", "met"})
_TOKEN_RE = re.compile(f"[{_CJK}]|[{_WORD}]+")


@dataclass(frozen=True)
class Relevance:
    relevant: bool
    score: float
    matched: tuple[str, ...]


@dataclass(frozen=True)
class _Term:
    group: str
    label: str
    weight: float
    generic: bool = False
    kind: str = "latin"  # latin (word tokens) | cjk (substring) | regex
    tokens: tuple[tuple[str, bool], ...] = ()  # (casefolded or exact text, is_prefix)
    gap_chars: str = ""  # punctuation the term itself has between its words ("." in U.S.)
    case: bool = False
    event: bool = False  # a venue only the US–China pair met at ("Busan summit", 釜山会晤)
    forum: bool = False  # a multilateral gathering (APEC, G20): its "summit" is not the pair's
    host: str = ""  # a travel word that names its destination: 访华 -> "cn", 访美 -> "us"
    after: str = ""  # a short form ("Lee"): counts only after its full term ("Lee Jae-myung") is named
    summit: bool = False  # a pair phrase that is their meeting too (川习会, "US-China summit")
    between: bool = False  # a cue only right between the two leaders ("Xi told Biden")


@dataclass(frozen=True)
class _Mention:
    pos: float
    group: str
    term: _Term
    zone: str
    label: str
    of_next: bool = False  # the next word is "of"/"de"/"du" ...: "summit of the G20"
    unknown_owner: bool = False  # a travel word owned by a name the topic does not know: "Huang's trip"


class Topic:
    """A compiled topic definition; call :meth:`classify` for each article."""

    def __init__(
        self,
        name: str,
        threshold: float,
        terms: list[_Term],
        scoring: dict[str, float],
        zones: dict[str, float],
        negatives: dict[str, tuple[float, float]],
        regexes: dict[str, str] | None = None,
    ) -> None:
        self.name = name
        self.threshold = threshold
        self._scoring = scoring
        self._zones = zones
        self._negatives = negatives
        self._terms = terms
        # Latin/Cyrillic terms: looked up by their first word, and multi-word terms by their
        # first two words (dicts), longest term first.
        self._single: dict[str, list[_Term]] = {}
        self._multi: dict[str, dict[str, list[_Term]]] = {}
        self._prefix: dict[str, list[_Term]] = {}  # first word ends in *: by its first 3 letters
        for t in sorted((t for t in terms if t.kind == "latin"), key=lambda t: -len(t.tokens)):
            (word, is_prefix), rest = t.tokens[0], t.tokens[1:]
            word = word.lower()
            if is_prefix:
                self._prefix.setdefault(word[:3], []).append(t)
            elif not rest:
                self._single.setdefault(word, []).append(t)
            else:
                second = rest[0][0].lower() if not rest[0][1] else "*"
                self._multi.setdefault(word, {}).setdefault(second, []).append(t)
        self._firsts = frozenset(self._single) | frozenset(self._multi)
        # CJK terms: one alternation of literals (the regex engine scans first characters fast).
        cjk = sorted((t for t in terms if t.kind == "cjk"), key=lambda t: -len(t.label))
        self._cjk_map = {_squash(t.label).casefold(): t for t in cjk}
        self._cjk_re = (
            re.compile("|".join(r"\s*".join(map(re.escape, _squash(t.label))) for t in cjk), re.I)
            if cjk
            else None
        )
        # A few regular-expression terms, each its own group.
        rx = [t for t in terms if t.kind == "regex"]
        self._rx_terms = rx
        self._rx = (
            re.compile("|".join(f"({(regexes or {})[t.label]})" for t in rx), re.I) if rx else None
        )

    def __repr__(self) -> str:
        return f"Topic(name={self.name!r}, threshold={self.threshold}, terms={len(self._terms)})"

    # ------------------------------------------------------------------ scanning
    def _scan(self, text: str, lead_words: float | None) -> tuple[list[_Mention], float]:
        """Mentions in ``text`` with their word positions, and the text's length in words."""
        low = text.lower()
        if len(low) != len(text):  # a rare character changes length when lowered
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        # [before, word0, gap0, word1, gap1, ..., wordN, after]: C speed, no per-word objects.
        parts = _SPLIT_RE.split(low)
        words = parts[1::2]
        gaps = parts[2::2]  # gaps[i] follows words[i]
        orig: list[str] | None = None  # original-case words, for case-sensitive terms
        single, multi, prefix, firsts = self._single, self._multi, self._prefix, self._firsts
        latin: list[tuple[int, int, _Term]] = []  # first word index, word count, term
        n = len(words)
        for i, w in enumerate(words):
            if w not in firsts and w[:3] not in prefix:
                continue
            cands: list[_Term] = []
            seconds = multi.get(w)
            if seconds is not None and i + 1 < n and len(gaps[i]) <= 3:
                cands += seconds.get(words[i + 1], ())
                cands += seconds.get("*", ())
            cands += single.get(w, ())
            cands += prefix.get(w[:3], ())
            best: _Term | None = None
            for t in cands:
                k = len(t.tokens)
                if (best is not None and k <= len(best.tokens)) or i + k > n:
                    continue
                if t.case and orig is None:
                    orig = _SPLIT_RE.split(text)[1::2]
                    if len(orig) != n:  # lowering changed the word split (e.g. the Kelvin sign)
                        orig = words
                if _match_words(t, orig if t.case else words, gaps, i):
                    best = t
            if best is not None:
                latin.append((i, len(best.tokens), best))
        owned = self._owned_by_someone(text, words, gaps, latin)
        others: list[tuple[int, int, _Term]] = []  # char start, char end, term
        if self._cjk_re is not None:
            for m in self._cjk_re.finditer(text):
                t = self._cjk_map.get(_squash(m.group()).casefold())
                if t is not None:
                    others.append((m.start(), m.end(), t))
        if self._rx is not None:
            for m in self._rx.finditer(text):
                if m.start() and _WORD_CHAR.match(text, m.start() - 1):
                    continue  # starts inside a word
                others.append((m.start(), m.end(), self._rx_terms[m.lastindex - 1]))
        has_cjk = _CJK_RE.search(text) is not None
        if not others and not has_cjk:
            # Latin-only text: the word index is the position. Longest first, no overlaps.
            found = [(float(i), i, i + k, t, "", i + k < n and words[i + k] in _OF, i in owned) for i, k, t in latin]
            total = float(n)
        else:
            # Mixed: work in character offsets; CJK characters count 1/cjk_chars_per_word.
            offsets = list(accumulate(map(len, parts)))  # offsets[2i] = start of words[i]
            spans = [(offsets[2 * i], offsets[2 * (i + k) - 1], t, i in owned) for i, k, t in latin]
            spans += [(start, end, t, False) for start, end, t in others]
            spans.sort(key=lambda f: (f[0], -f[1]))
            cjk_w = 1.0 / self._scoring["cjk_chars_per_word"]
            found = []
            prev, pos = 0, 0.0
            for start, end, t, unknown_owner in spans:
                pos += len(_LATIN_RE.findall(text, prev, start))
                if has_cjk:
                    pos += cjk_w * len(_CJK_RE.findall(text, prev, start))
                prev = start
                label = " ".join(text[start:end].split()) if t.kind == "regex" else ""
                found.append((pos, start, end, t, label, _OF_RE.match(text, end) is not None, unknown_owner))
            total = pos + len(_LATIN_RE.findall(text, prev)) + cjk_w * len(_CJK_RE.findall(text, prev))
        mentions: list[_Mention] = []
        last_end = -1
        for pos, start, end, term, label, of_next, unknown_owner in found:
            if start < last_end:  # "Donald Trump" is one mention, not two
                continue
            last_end = end
            if term.group == "ignore":
                continue
            if lead_words is None:
                zone = "title"
            else:
                zone = "lead" if pos < lead_words else "body"
            mentions.append(_Mention(pos, term.group, term, zone, label or term.label, of_next, unknown_owner))
            if term.summit:  # 川习会 = Trump + Xi + meeting: the phrase is its own summit cue
                mentions.append(_Mention(pos, "meeting", term, zone, label or term.label))
        return mentions, total

    @staticmethod
    def _owned_by_someone(text: str, words: list[str], gaps: list[str], latin: list[tuple[int, int, _Term]]) -> set[int]:
        """Word indexes of travel words whose owner is a name no term covers: "Huang's scheduled
        trip to China" is Huang's, whoever was named last ("met with Trump ... before Huang's
        trip"). "Trump's trip", "China's visit", "Monday's visit" are not someone else's."""
        visits = [i for i, _, t in latin if t.group == "visit"]
        if not visits:
            return set()
        covered = {j for i, k, _ in latin for j in range(i, i + k)}
        orig = _SPLIT_RE.split(text)[1::2]
        if len(orig) != len(words):
            return set()
        out: set[int] = set()
        for i in visits:
            for j in range(i - 1, max(i - 4, 0), -1):  # "X's trip", "X's planned state visit"
                if words[j] == "s" and gaps[j - 1] in ("'", "\u2019"):
                    name = orig[j - 1]
                    if name[:1].isupper() and j - 1 not in covered and name.casefold() not in _NOT_PEOPLE:
                        out.add(i)
                    break
        return out

    # ------------------------------------------------------------------ scoring
    def classify(self, title: str = "", text: str = "", url: str | None = None) -> Relevance:
        """Score one article. ``url`` is accepted for the pipeline's convenience but not used:
        slugs repeat the headline at best and mislead at worst (tag pages, listings)."""
        s = self._scoring
        title_m, _ = self._scan(title or "", None)
        text_m, text_words = self._scan(text or "", s["lead_words"])
        title_m, text_m = self._counterparts(title_m), self._counterparts(text_m)
        title_m, text_m = self._between(title_m), self._between(text_m)
        title_m, text_m = _short_forms(title_m, text_m)
        fields = [f for f in (title_m, text_m) if f]
        every = title_m + text_m

        counts = self._count(every)
        found: dict[str, list[str]] = {}
        for m in every:
            labels = found.setdefault(m.group, [])
            if m.label not in labels:
                labels.append(m.label)
        # Pair phrases count for both sides; generic ones only once resolved (below).
        has_us = counts["leader_us"] > 0 or any(not m.term.generic for m in every if m.group == "pair")
        has_cn = counts["leader_cn"] > 0 or any(not m.term.generic for m in every if m.group == "pair")

        cues: list[str] = []
        mass = 0.0
        full_by_zone = {"title": 0, "lead": 0, "body": 0}
        context = 0.0
        rivals = 0  # summit cues that are another leader's meeting with one of the pair
        halves = 0
        visits = 0
        n_pairs = 0  # pair phrases naming (or resolved to) both leaders
        title_both = any(m.group == "pair" and not m.term.generic for m in title_m) or (
            any(m.group == "leader_us" for m in title_m) and any(m.group == "leader_cn" for m in title_m)
        )
        for field in fields:
            # "The two leaders met ..." in the lead refers to the leaders named in the headline.
            resolved = self._resolve_pairs(field, title_both and field is text_m)
            n_pairs += sum(resolved)
            if any(resolved):
                _add(cues, "pair_phrase")
            field_mass, full, extra, loose, field_rivals, field_halves, field_visits = self._hits(
                field, resolved, has_us and has_cn
            )
            halves += field_halves
            visits += field_visits
            rivals += field_rivals
            mass += field_mass
            context += loose
            for zone, n in full.items():
                full_by_zone[zone] += n
            for c in extra:
                _add(cues, c)
        # Once the article has paired the leaders with a summit, later bare mentions of "the
        # summit", "the truce" (no leader nearby) are about it too: a little mass each.
        if context and sum(full_by_zone.values()):
            mass += context * s["context_hit"]
            _add(cues, "context")

        # Short texts (briefs, captions) need less evidence than long ones.
        short = min(1.0, max(s["short_floor"], text_words / s["short_words"]))
        evidence = 1.0 - math.exp(-mass / (s["saturation"] * short)) if mass else 0.0
        full_text = full_by_zone["lead"] + full_by_zone["body"]
        density_focus = min(1.0, full_text * 1000.0 / max(text_words, 1.0) / s["focus_density"])
        focus = density_focus
        if full_by_zone["title"]:
            focus = 1.0
            _add(cues, "title")
        if full_by_zone["lead"]:
            focus = max(focus, s["lead_focus"])
            _add(cues, "lead")
        lone = sum(full_by_zone.values()) == 1 and not full_by_zone["title"] and not context and not halves
        if "opening" in cues:
            if lone:
                cues.remove("opening")  # a time reference, not the subject (lone_hit below)
            else:
                # The first sentence pairs the leaders with their meeting and the text comes back
                # to it: that is the story's subject, whatever the headline (excerpts have none).
                focus = 1.0
        if mass and focus < 1.0:
            _add(cues, "sparse")
        score = evidence * focus
        if lone:
            # One sentence pairs the leaders with a meeting and the text never comes back to it:
            # "hours before his meeting with Xi, Trump announced ..." is a time reference.
            score *= s["lone_hit"]
            _add(cues, "lone_hit")

        if not full_by_zone["title"] and any(m.group == "other_leader" for m in title_m) and any(
            m.group in CUE_GROUPS and not m.term.forum for m in title_m
        ):
            # The headline is another leader's meeting ("Kim Jong Un to meet Xi", "Trump-Kim
            # summit: Xi could help"): the pair's summit, if any, is a side note.
            score *= s["other_title"]
            _add(cues, "other_title")

        # Negative cues: the pair is not what the article is about.
        # (an excerpt that names one of the pair travelling to the other's country pairs them:
        # "Trump weighs postponing his Beijing trip" as Bessent prepares it)
        pair_strength = max(min(counts["leader_us"], counts["leader_cn"]) + n_pairs, visits)
        shares = {
            "other_leaders": _share(counts["other_leader"], pair_strength),
            "ministers_only": _share(counts["minister"], pair_strength),
            "other_forum": _share(counts["other_forum"], sum(full_by_zone.values())),
            "other_meetings": _share(rivals, sum(full_by_zone.values())),
        }
        negatives: list[str] = []
        for key, share in shares.items():
            weight, start = self._negatives[key]
            if weight and share > start:
                score -= weight * (share - start) / (1.0 - start)
                negatives.append(f"negative:{key}")

        score = round(max(score, 0.0), 3)
        matched: list[str] = []
        for group in GROUP_ROLES:
            for label in found.get(group, ())[:4]:
                matched.append(f"{group}:{label}")
        matched.extend(cues)
        matched.extend(negatives)
        return Relevance(score >= self.threshold, score, tuple(matched))

    def _count(self, mentions: list[_Mention]) -> dict[str, float]:
        """Mentions per group. "Treasury Secretary Scott Bessent", "Prime Minister Sanae Takaichi
        (高市早苗)", 财长贝森特: a title, a first name, the name and its other script right after
        one another are one person named once, as "US President Donald Trump" is one term."""
        counts = {g: 0.0 for g in GROUP_ROLES}
        ends: dict[str, tuple[float, str]] = {}  # where each group's last mention ended, and its zone
        for m in mentions:
            if m.group in PERSON_GROUPS:
                end, zone = ends.get(m.group, (-1.0, ""))
                if not (m.zone == zone and 0 <= m.pos - end <= self._scoring["same_person_gap"]):
                    counts[m.group] += 1
                ends[m.group] = (m.pos + self._length(m.term), m.zone)
            else:
                counts[m.group] += 1
        return counts

    def _length(self, term: _Term) -> float:
        """A term's length in words (CJK characters count 1 / cjk_chars_per_word; a regex, 1)."""
        if term.kind == "latin":
            return len(term.tokens)
        return len(_squash(term.label)) / self._scoring["cjk_chars_per_word"] if term.kind == "cjk" else 1.0

    def _counterparts(self, field: list[_Mention]) -> list[_Mention]:
        """"Bessent said he would meet his Chinese counterpart": a generic leader term ("Chinese
        counterpart") is a minister's counterpart when a minister was named in the ``window``
        words before it, unless the leader's name follows ("his Chinese counterpart Xi Jinping")."""
        win = self._scoring["window"]
        out: list[_Mention] = []
        for i, m in enumerate(field):
            if m.term.generic and m.group in ("leader_us", "leader_cn"):
                named = i + 1 < len(field) and field[i + 1].group == m.group and field[i + 1].pos - m.pos <= 3
                if not named and any(n.group == "minister" and 0 < m.pos - n.pos <= win for n in out):
                    m = replace(m, group="minister")
            out.append(m)
        return out

    def _between(self, field: list[_Mention]) -> list[_Mention]:
        """"Xi told Biden", "Trump warned Xi": a ``between`` cue counts only with one of the pair
        right before it (one word may come between: "Xi reportedly told") and the other right
        after, or with both named right before it ("Trump and Xi discussed"); one leader speaking
        to the other is their meeting or call. Elsewhere ("Trump told reporters") it is dropped."""
        out: list[_Mention] = []
        sides = ("leader_us", "leader_cn")
        for i, m in enumerate(field):
            if m.term.between:
                before = field[i - 1] if i else None
                after = field[i + 1] if i + 1 < len(field) else None
                close_before = before is not None and m.pos - (before.pos + self._length(before.term)) <= 1
                one_to_other = (
                    close_before and after is not None
                    and {before.group, after.group} == set(sides)
                    and after.pos - (m.pos + self._length(m.term)) <= 0
                )
                both_as_subject = close_before and before.group == "pair" and not before.term.generic
                if not (one_to_other or both_as_subject):
                    continue
            out.append(m)
        return out

    def _resolve_pairs(self, field: list[_Mention], headline_pair: bool = False) -> list[bool]:
        """For each mention: True when it is a pair phrase naming (or referring to) both leaders.
        ``headline_pair``: the title names both, so generic phrases in the lead refer to them."""
        back = self._scoring["pair_lookback"]
        out: list[bool] = []
        for i, m in enumerate(field):
            if m.group != "pair":
                out.append(False)
                continue
            if not m.term.generic or (headline_pair and m.zone == "lead"):
                out.append(True)
                continue
            us = cn = other = 0
            for n in field:
                if m.pos - back <= n.pos <= m.pos + 5 and n is not m:
                    if n.group == "leader_us":
                        us += 1
                    elif n.group == "leader_cn":
                        cn += 1
                    elif n.group in ("other_leader", "minister"):
                        other += 1
                    elif n.group == "pair" and not n.term.generic:
                        us += 1
                        cn += 1
            if us and cn:
                out.append(other < min(us, cn))
                continue
            # "The two leaders" further on still means the pair when the excerpt names no other
            # leader and no minister; and when it names only one of the pair, if the other side's
            # country is named and no other leader is.
            groups = {n.group for n in field}
            out.append(
                "other_leader" not in groups
                and (
                    ("leader_us" in groups and "leader_cn" in groups and "minister" not in groups)
                    or ("leader_us" in groups and "leader_cn" not in groups and "host_cn" in groups)
                    or ("leader_cn" in groups and "leader_us" not in groups and "host_us" in groups)
                )
            )
        return out

    def _hits(
        self, field: list[_Mention], resolved: list[bool], doc_has_both: bool
    ) -> tuple[float, dict[str, int], list[str], float, int, int, int]:
        """Hit mass of one field (title or text), full hits by zone, the cues used, and the
        zone-weighted mass of summit-cue clusters that made no hit (no leader near).

        Each hit uses up the leader mentions it relies on, so one sentence naming both leaders
        next to several summit words ("Trump and Xi met in Busan for talks") is one hit, and the
        mass grows with how often the article pairs the leaders with a summit, not with how many
        summit words sit near a single co-mention."""
        s = self._scoring
        win, vwin, cluster = s["window"], s["visit_window"], s["cluster_words"]
        us = [i for i, m in enumerate(field) if m.group == "leader_us"]
        cn = [i for i, m in enumerate(field) if m.group == "leader_cn"]
        pairs = [i for i, ok in enumerate(resolved) if ok]
        others = [m.pos for m in field if m.group == "other_leader"]
        forum_places = [m.pos for m in field if m.term.forum]  # gatherings the pair met at (APEC, G20)
        other_forums = [m.pos for m in field if m.group == "other_forum"]
        fw = s["forum_words"]

        def at_forum(cue: _Mention) -> bool:
            """The forum's own summit: "the G20 summit", "summit of the G20", "KTT G20" (not "a
            meeting at the G20", a meeting held on its sidelines); a venue either side of it
            ("G20 in Osaka", 在大阪举行的20国集团); any cue near another forum."""
            return any(abs(f - cue.pos) <= fw for f in other_forums) or any(
                0 <= cue.pos - f <= fw
                or (0 < f - cue.pos <= fw and (cue.of_next or f - cue.pos <= 1 or cue.group == "place"))
                for f in forum_places
            )

        meets = [m.pos for m in field if m.group == "meeting" and m.term.label in _MEET]
        ministers = [m.pos for m in field if m.group == "minister"]
        venues = [m.pos for m in field if m.group == "place" and m.term.event]
        talk = [m.pos for m in field if m.group in ("meeting", "outcome")] if venues else []
        ev_words = s["event_words"]
        host_cn = [m.pos for m in field if m.group == "host_cn"]
        host_us = [m.pos for m in field if m.group == "host_us"]
        leaders = [m for m in field if m.group in ("leader_us", "leader_cn", "other_leader", "pair")]
        minister_mentions = [m for m in field if m.group == "minister"]  # "Blinken's visit to Beijing"
        used: set[int] = set()
        extra: list[str] = []

        def nearest(idxs: list[int], pos: float) -> tuple[int, float]:
            best, dist = -1, math.inf
            for i in idxs:
                d = abs(field[i].pos - pos)
                if d <= win and i not in used and d < dist:
                    best, dist = i, d
            return best, dist

        def evaluate(cue: _Mention) -> tuple[float, bool, tuple[int, ...], str]:
            """(value, full, mentions used, cue name) of one summit cue; value 0 = no hit."""
            u, du = nearest(us, cue.pos)
            c, dc = nearest(cn, cue.pos)
            p, _ = nearest(pairs, cue.pos)
            d_other = min((abs(o - cue.pos) for o in others), default=math.inf)
            if at_forum(cue):
                return 0.0, False, (), ""  # "the SCO summit", "a G7 meeting": another forum
            if p >= 0:
                return field[p].term.weight, True, (p,), "pair_phrase"
            if venues and doc_has_both and (
                any(abs(v - cue.pos) <= ev_words for v in venues)
                if cue.group != "place"
                else cue.term.event and any(abs(e - cue.pos) <= ev_words for e in talk)
            ):
                # "the Busan summit", 釜山会晤: a venue only the pair met at, next to a meeting word, in
                # a text naming both (Trump hosts others at Mar-a-Lago)
                return 1.0, True, (), "event_cue"
            if cue.group == "visit" and (u >= 0) != (c >= 0):
                # "Trump's trip to Beijing" / "Xi to visit the United States": the traveller is
                # the leader named last before the travel word, or one word after it ("a state
                # visit by Trump"); the host place stands for the other.
                end = cue.pos + self._length(cue.term) + 1
                to_cn = cue.term.host == "cn" or any(abs(h - cue.pos) <= vwin for h in host_cn)
                to_us = cue.term.host == "us" or any(abs(h - cue.pos) <= vwin for h in host_us)
                # No one visits their own country: in "Trump and Xi praised the visit to China"
                # the traveller is Trump, though Xi is named last.
                home = "leader_cn" if to_cn and not to_us else "leader_us" if to_us and not to_cn else ""
                before = [
                    m
                    for m in leaders + minister_mentions
                    if cue.pos - win <= m.pos <= end and m.group != home
                ]
                last = min(before, key=lambda m: abs(m.pos - cue.pos)) if before else None
                traveller = last.group if last else ""
                met = [w for w in meets if last and 0 < last.pos - w <= 3]
                if met:
                    # "Nvidia's Huang meets Trump before his China trip": the one met stays home;
                    # the one meeting him travels, if the topic knows him ("Xi met Trump ...")
                    subject = [m for m in before if met[0] - win <= m.pos < met[0]]
                    traveller = max(subject, key=lambda m: m.pos).group if subject else ""
                if cue.unknown_owner:
                    traveller = ""  # "Huang's trip to China"
                if u >= 0 and traveller == "leader_us" and to_cn:
                    return field[u].term.weight, True, (u,), "visit_cue"
                if c >= 0 and traveller == "leader_cn" and to_us:
                    return field[c].term.weight, True, (c,), "visit_cue"
            d_minister = min((abs(o - cue.pos) for o in ministers), default=math.inf)
            if u >= 0 and c >= 0 and d_other >= max(du, dc) and d_minister > max(du, dc):
                # (a minister or another leader nearer the cue than one of the pair: their meeting)
                return min(field[u].term.weight, field[c].term.weight), True, (u, c), "proximity"
            if (u >= 0 or c >= 0) and doc_has_both:
                # Only one of the pair near (or another leader nearer): a weak hit.
                i = u if du <= dc else c
                return field[i].term.weight * s["half_hit"], False, (i,), ""
            return 0.0, False, (), ""

        # Summit cues closer than `cluster_words` are one cluster; each cluster gives one hit.
        clusters: list[list[_Mention]] = []
        for m in field:
            if m.group in CUE_GROUPS and not m.term.forum:
                if clusters and m.pos - clusters[-1][-1].pos <= cluster:
                    clusters[-1].append(m)
                else:
                    clusters.append([m])
        mass = 0.0
        loose = 0.0  # zone-weighted summit-cue clusters with no leader near
        full_by_zone = {"title": 0, "lead": 0, "body": 0}
        # Two passes: full hits (both leaders near) first, then half hits with the leader
        # mentions left over, so a half hit early in the text cannot use up the mention a
        # later sentence naming both leaders needs.
        deferred: list[list[_Mention]] = []
        rivals = 0  # clusters that are another leader's meeting with one of the pair
        halves = 0
        visits = 0  # full hits made by a travel word ("Trump's trip to Beijing")
        opening = s["opening_words"]

        def rival(group: list[_Mention]) -> bool:
            """"Lee welcomed Xi", "Trump met Kim": another leader and one of the pair near a cue."""
            for cue in group:
                if any(abs(o - cue.pos) <= win for o in others) and any(
                    abs(field[i].pos - cue.pos) <= win for i in us + cn
                ):
                    return True
            return False

        for half_pass in (False, True):
            for group in deferred if half_pass else clusters:
                best: tuple[float, bool, tuple[int, ...], str] | None = None
                best_cue = group[0]
                for cue in group:
                    value, full, idxs, name = evaluate(cue)
                    value *= cue.term.weight
                    if value and (best is None or value > best[0]):
                        best, best_cue = (value, full, idxs, name), cue
                if not half_pass and (best is None or not best[1]) and rival(group):
                    rivals += 1
                if best is None:  # no leader near (used mentions only add up): no hit in pass 2 either
                    if not all(at_forum(c) for c in group) and not any(
                        abs(o - c.pos) <= cluster for o in ministers for c in group
                    ):
                        # (a forum's own summit, "the APEC summit", is no context for the pair's;
                        # nor are ministers' talks, "Wang Yi met Rubio on the sidelines")
                        loose += self._zones[group[0].zone] * max(c.term.weight for c in group)
                    continue
                value, full, idxs, name = best
                if not full and not half_pass:
                    deferred.append(group)
                    continue
                used.update(idxs)
                mass += value * self._zones[best_cue.zone]
                if full:
                    full_by_zone[best_cue.zone] += 1
                    _add(extra, name)
                    if (idxs and best_cue.zone == "lead" and best_cue.group != "place"
                            and max([best_cue.pos] + [field[i].pos for i in idxs]) < opening):
                        _add(extra, "opening")
                    visits += name == "visit_cue"
                else:
                    halves += 1
        return mass, full_by_zone, extra, loose, rivals, halves, visits


def _short_forms(title_m: list[_Mention], text_m: list[_Mention]) -> tuple[list[_Mention], list[_Mention]]:
    """Drop short forms ("Lee") not preceded by their full term ("Lee Jae-myung"); the title
    comes before the text."""
    named: set[str] = set()
    out: list[list[_Mention]] = []
    for field in (title_m, text_m):
        kept = []
        for m in field:
            if m.term.after and m.term.after not in named:
                continue
            named.add(m.term.label)
            kept.append(m)
        out.append(kept)
    return out[0], out[1]


def _share(part: float, other: float) -> float:
    return part / (part + other) if part else 0.0


def _squash(text: str) -> str:
    return "".join(text.split())


_GAP_OK = " \t\n\r\u00a0-\u2010\u2011\u2013\u2014"


def _match_words(t: _Term, words: list[str], gaps: list[str], i: int) -> bool:
    """Does term ``t`` match ``words[i:]``, with only spaces/dashes (or the term's own
    punctuation, e.g. the dots of "U.S.") between its words?"""
    for k, (want, is_prefix) in enumerate(t.tokens):
        w = words[i + k]
        if not (w.startswith(want) if is_prefix else w == want):
            return False
        if k:
            gap = gaps[i + k - 1]
            if len(gap) > 3 or any(c not in _GAP_OK and c not in t.gap_chars for c in gap):
                return False
    return True


def _add(items: list[str], item: str) -> None:
    if item not in items:
        items.append(item)


# ---------------------------------------------------------------------- loading
def _compile_term(raw: str, group: str, weight: float, case: bool, generic: bool, where: str) -> tuple[_Term, str | None]:
    """One term (see the header of topic.toml for the syntax); returns it and its regex, if any."""
    if raw.startswith("re:"):
        body = raw[3:]
        if not body:
            raise ConfigError(f"{where}: empty regular expression after 're:'")
        try:
            compiled = re.compile(body)
        except re.error as exc:
            raise ConfigError(f"{where}: bad regular expression {body!r} ({exc})") from None
        if compiled.groups:
            raise ConfigError(f"{where}: {body!r} has capturing groups; write (?:...) instead")
        if case:
            body = f"(?-i:{body})"
        return _Term(group, raw[3:], weight, generic, "regex", case=case), body
    text = raw.strip()
    if not text.rstrip("*").strip():
        raise ConfigError(f"{where}: empty term")
    if _CJK_RE.search(text):
        return _Term(group, text, weight, generic, "cjk", case=case), None
    tokens: list[tuple[str, bool]] = []
    gap_chars = set()
    matches = list(_TOKEN_RE.finditer(text))
    if not matches:
        raise ConfigError(f"{where}: {raw!r} has no letters or digits; use a 're:' term for punctuation")
    for k, m in enumerate(matches):
        word = m.group()
        after = text[m.end() : matches[k + 1].start()] if k + 1 < len(matches) else text[m.end() :]
        is_prefix = after.startswith("*")
        if k + 1 < len(matches):
            gap_chars.update(c for c in after.lstrip("*") if c not in _GAP_OK)
        if is_prefix and len(word) < 3:
            raise ConfigError(f"{where}: {raw!r}: write at least 3 letters before '*'")
        tokens.append((word if case else word.lower(), is_prefix))
    if "'" in gap_chars or "\u2019" in gap_chars:
        gap_chars.update("'\u2019")
    return _Term(group, text.replace("*", ""), weight, generic, "latin", tuple(tokens), "".join(sorted(gap_chars)), case), None


def _number(value: object, where: str, low: float = 0.0, high: float | None = None) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigError(f"{where}: must be a number, got {value!r}")
    if value < low or (high is not None and value > high):
        bound = f"between {low} and {high}" if high is not None else f">= {low}"
        raise ConfigError(f"{where}: {value!r} out of range; use a number {bound}")
    return float(value)


def parse_topic(text: str, origin: str = "<topic>") -> Topic:
    """Parse a topic TOML document; raise :class:`ConfigError` saying what to fix."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{origin}: not valid TOML ({exc})") from None
    unknown_top = set(data) - {"name", "threshold", "scoring", "negatives", "groups"}
    if unknown_top:
        raise ConfigError(
            f"{origin}: unknown top-level key(s) {sorted(unknown_top)}; "
            "allowed: name, threshold, [scoring], [negatives], [groups.*]"
        )
    name = data.get("name", "topic")
    if not isinstance(name, str) or not name:
        raise ConfigError(f'{origin}: `name` must be a non-empty string, e.g. name = "summits"')
    if "threshold" not in data:
        raise ConfigError(f"{origin}: missing `threshold = 0.5` (the score at which an article is relevant)")
    threshold = _number(data["threshold"], f"{origin}: threshold", 0.0, 10.0)

    scoring = dict(DEFAULT_SCORING)
    zones = dict(DEFAULT_ZONES)
    raw_scoring = data.get("scoring", {})
    if not isinstance(raw_scoring, dict):
        raise ConfigError(f"{origin}: `scoring` must be a table [scoring]")
    for key, value in raw_scoring.items():
        where = f"{origin}: scoring.{key}"
        if key == "zone_weights":
            if not isinstance(value, dict) or set(value) - set(DEFAULT_ZONES):
                raise ConfigError(f"{where}: must be a table with keys {sorted(DEFAULT_ZONES)}")
            for zone, w in value.items():
                zones[zone] = _number(w, f"{where}.{zone}")
        elif key in DEFAULT_SCORING:
            scoring[key] = _number(value, where)
        else:
            raise ConfigError(f"{where}: unknown setting; known: {sorted([*DEFAULT_SCORING, 'zone_weights'])}")
    for key in ("cjk_chars_per_word", "saturation", "focus_density", "short_words", "short_floor"):
        if scoring[key] <= 0:
            raise ConfigError(f"{origin}: scoring.{key} must be > 0")

    negatives = dict(DEFAULT_NEGATIVES)
    raw_neg = data.get("negatives", {})
    if not isinstance(raw_neg, dict):
        raise ConfigError(f"{origin}: `negatives` must be a table [negatives]")
    for key, value in raw_neg.items():
        where = f"{origin}: negatives.{key}"
        if key not in NEGATIVES:
            raise ConfigError(f"{where}: unknown negative cue; known: {list(NEGATIVES)}")
        if not isinstance(value, dict) or set(value) - {"weight", "start"}:
            raise ConfigError(f"{where}: write {{ weight = 0.5, start = 0.4 }}")
        negatives[key] = (
            _number(value.get("weight", DEFAULT_NEGATIVES[key][0]), f"{where}.weight"),
            _number(value.get("start", DEFAULT_NEGATIVES[key][1]), f"{where}.start", 0.0, 0.99),
        )

    groups = data.get("groups")
    if not isinstance(groups, dict) or not groups:
        raise ConfigError(f"{origin}: no [groups.*] tables; define at least {list(REQUIRED_GROUPS)}")
    for name_ in groups:
        if name_ not in GROUP_ROLES:
            raise ConfigError(f"{origin}: unknown group [groups.{name_}]; known groups: {list(GROUP_ROLES)}")
    missing = [g for g in REQUIRED_GROUPS if g not in groups]
    if missing:
        raise ConfigError(f"{origin}: missing group(s) {missing}; add [groups.NAME] with terms = [...]")

    terms: list[_Term] = []
    regexes: dict[str, str] = {}
    seen: dict[str, str] = {}
    for group, table in groups.items():
        gwhere = f"{origin}: groups.{group}"
        if not isinstance(table, dict):
            raise ConfigError(f"{gwhere}: must be a table with `terms = [...]`")
        extra = set(table) - {"weight", "terms"}
        if extra:
            raise ConfigError(f"{gwhere}: unknown key(s) {sorted(extra)}; allowed: weight, terms")
        gweight = _number(table.get("weight", 1.0), f"{gwhere}.weight")
        raw_terms = table.get("terms")
        if not isinstance(raw_terms, list) or not raw_terms:
            raise ConfigError(f"{gwhere}: needs a non-empty `terms = [...]` list")
        for i, entry in enumerate(raw_terms, 1):
            where = f"{gwhere}.terms[{i}]"
            if isinstance(entry, str):
                entry = {"term": entry}
            if not isinstance(entry, dict) or not isinstance(entry.get("term"), str):
                raise ConfigError(f'{where}: write a string or {{ term = "...", weight = 1.0 }}')
            bad = set(entry) - {"term", "weight", "case", "generic", "event", "host", "forum", "short", "summit",
                                "between"}
            if bad:
                raise ConfigError(
                    f"{where}: unknown key(s) {sorted(bad)}; "
                    "allowed: term, weight, case, generic, event, host, forum, short, summit, between"
                )
            if entry.get("host", "") not in ("", "cn", "us") or ("host" in entry and group != "visit"):
                raise ConfigError(f'{where}: `host` is "cn" or "us", and only for [groups.visit] terms')
            if entry.get("event") and group != "place":
                raise ConfigError(f"{where}: `event = true` is only for [groups.place] terms")
            if entry.get("forum") and group != "place":
                raise ConfigError(f"{where}: `forum = true` is only for [groups.place] terms")
            if entry.get("between") and group != "meeting":
                raise ConfigError(f"{where}: `between = true` is only for [groups.meeting] terms")
            if entry.get("summit") and (group != "pair" or entry.get("generic")):
                raise ConfigError(f"{where}: `summit = true` is only for [groups.pair] terms that name both leaders")
            raw = entry["term"]
            key = raw.casefold()
            if key in seen:
                raise ConfigError(f"{where}: {raw!r} is already a term of groups.{seen[key]}")
            seen[key] = group
            weight = gweight * _number(entry.get("weight", 1.0), f"{where}.weight")
            term, regex = _compile_term(
                raw, group, weight, bool(entry.get("case", False)), bool(entry.get("generic", False)), where
            )
            term = replace(
                term,
                event=bool(entry.get("event", False)),
                forum=bool(entry.get("forum", False)),
                host=entry.get("host", ""),
                summit=bool(entry.get("summit", False)),
                between=bool(entry.get("between", False)),
            )
            terms.append(term)
            if regex is not None:
                regexes[term.label] = regex
            if "short" in entry:
                short = entry["short"]
                if not isinstance(short, str) or not short.strip() or short.startswith("re:") or "*" in short:
                    raise ConfigError(f'{where}: `short` is a plain word, e.g. {{ term = "Lee Jae-myung", short = "Lee" }}')
                if short.casefold() in seen:
                    raise ConfigError(f"{where}: short {short!r} is already a term of groups.{seen[short.casefold()]}")
                seen[short.casefold()] = group
                # A surname alone is too ambiguous to be a term; it refers back to the full name.
                short_term, _ = _compile_term(short, group, weight, True, False, where)
                terms.append(replace(short_term, after=term.label))
    return Topic(name, threshold, terms, scoring, zones, negatives, regexes)


def load_topic(path: str | Path | None = None) -> Topic:
    """Load a topic file, or the packaged default (``archive/data/topic.toml``) when None."""
    return parse_topic(*read_config(path, DEFAULT_TOPIC, "--topic"))
