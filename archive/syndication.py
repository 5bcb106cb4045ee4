"""Syndication: near-duplicate texts (wire copies republished by many outlets) share a cluster.

MinHash (datasketch) over word 3-shingles estimates Jaccard similarity; LSH banding finds
candidates without comparing every pair. The bands are stored in SQLite (``syndication_bands``)
so clustering is incremental across runs. Two texts are the same story when their estimated
Jaccard similarity is at least ``THRESHOLD``: wire copies with a new headline, a local intro or a
trimmed last paragraph stay above it; different stories on the same event stay far below it
(see tests/test_syndication.py).
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE = 3
THRESHOLD = 0.6
_LSH = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
BANDS, ROWS = _LSH.b, _LSH.r  # datasketch's optimal banding for THRESHOLD

_WORD_RE = re.compile(r"\w+", re.UNICODE)
_CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

# Credits that mark wire copy. Researchers can extend this in the sources file (wire_services).
DEFAULT_WIRES = (
    "Associated Press", "AP", "Reuters", "AFP", "Agence France-Presse", "Xinhua", "新华社",
    "Kyodo", "Yonhap", "Bloomberg", "dpa", "ANI", "PTI", "UPI", "中新社", "Bernama", "EFE", "ANSA",
)


def tokens(text: str) -> list[str]:
    """Words; CJK text (no spaces) counts one character per token."""
    out: list[str] = []
    for word in _WORD_RE.findall(text.lower()):
        if _CJK_RE.search(word):
            out.extend(word)
        else:
            out.append(word)
    return out


def signature(text: str) -> MinHash:
    toks = tokens(text)
    shingles = {" ".join(toks[i:i + SHINGLE]) for i in range(max(1, len(toks) - SHINGLE + 1))}
    mh = MinHash(num_perm=NUM_PERM)
    mh.update_batch([s.encode("utf-8") for s in shingles])
    return mh


def to_blob(mh: MinHash) -> bytes:
    return mh.hashvalues.astype(np.uint64).tobytes()


def jaccard(mh: MinHash, blob: bytes) -> float:
    """Estimated Jaccard similarity between a signature and a stored one (share of equal minima)."""
    return float(np.mean(mh.hashvalues.astype(np.uint64) == np.frombuffer(blob, dtype=np.uint64)))


def band_keys(mh: MinHash) -> list[str]:
    """One key per LSH band: texts that share any band key are candidates."""
    values = mh.hashvalues.astype(np.uint64)
    return [f"{b}:{hashlib.blake2b(values[b * ROWS:(b + 1) * ROWS].tobytes(), digest_size=8).hexdigest()}"
            for b in range(BANDS)]


@lru_cache(maxsize=8)
def _wire_pattern(wires: tuple[str, ...]) -> re.Pattern[str]:
    """Credits as they appear in copy: "(AP) —", "— Reuters", "Source: AFP", "Xinhua reported", "新华社北京"."""
    names = "|".join(re.escape(w) for w in sorted(wires, key=len, reverse=True))
    return re.compile(
        rf"\(\s*(?:{names})\s*\)|(?:^|\n|—|–|-{{1,2}}|\bsource:\s*|\bvia\s+|\bby\s+)\s*(?:{names})\b(?!\w)"
        rf"|\b(?:{names})\s+(?:news\s+agency|wire|reported|said|contributed)|(?:{names})(?=\s*(?:北京|华盛顿|电|记者))",
        re.IGNORECASE,
    )


def wire_origin(text: str, wires: tuple[str, ...] = DEFAULT_WIRES) -> str | None:
    """The wire service the text credits (as spelled in ``wires``), or None."""
    head_and_tail = text[:600] + "\n" + text[-400:]  # credits sit in datelines and sign-offs
    m = _wire_pattern(wires).search(head_and_tail)
    if not m:
        return None
    credited = m.group(0).lower()
    return next(w for w in sorted(wires, key=len, reverse=True) if w.lower() in credited)
