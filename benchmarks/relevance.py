"""Topic filter benchmark: precision, recall and F1 on labelled sets, against a boolean baseline.

Labelled sets (all written for this project, none copied from ../shared):
  - demo: every article page of the bundled demo site (labelled by construction);
  - examples: the hand-written cases of tests/test_topic.py, one or more per kind in
    ../shared/data/relevance-dev-labels.jsonl (borderline ones reported, not scored).
The baseline, measured in the same run, is the plain boolean query a researcher would start
with: a US leader AND Xi AND a meeting word.

Your own labelled excerpts (JSON Lines: "id", "label" on/off/borderline, "title", "text", and
optionally "lang") are scored as more sets, one per file, with English and other languages
apart when "lang" is given:

    python benchmarks/relevance.py
    python benchmarks/relevance.py --labels my-excerpts.jsonl
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from archive.demo_site import build_site, truth  # noqa: E402
from archive.extract import ExtractionError, extract  # noqa: E402
from archive.topic import load_topic  # noqa: E402

BOOLEAN = [re.compile(p, re.I) for p in (
    r"\b(Trump|Biden|Obama)\b|特朗普|拜登|川普", r"\bXi\b|习近平", r"\b(summit|meet|meeting|met|talks|call|visit)\b|会晤|会谈|峰会|通话|访问")]


def boolean(title: str, text: str) -> bool:
    doc = f"{title}\n{text}"
    return all(p.search(doc) for p in BOOLEAN)


def demo_set() -> list[tuple[str, str, str, str]]:
    base = "http://127.0.0.1:8800"
    site = build_site(base)
    out = []
    for e in truth(base):
        if e.relevant is None or e.kind == "amp":
            continue
        try:
            a = extract(site[e.url[len(base):]].body, e.url)
        except ExtractionError:
            continue
        out.append((e.url[len(base):], "on" if e.relevant else "off", a.title or "", a.text))
    return out


def example_set() -> list[tuple[str, str, str, str]]:
    spec = importlib.util.spec_from_file_location("topic_examples", ROOT / "tests" / "test_topic.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.EXAMPLES)


def scores(decide, cases) -> tuple[float, float, float, list[str]]:
    tp = fp = fn = 0
    wrong = []
    for cid, label, title, text in cases:
        if label == "borderline":
            continue
        got = decide(title, text)
        tp += got and label == "on"
        fp += got and label == "off"
        fn += (not got) and label == "on"
        if got != (label == "on"):
            wrong.append(f"{cid} ({label})")
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, wrong


def labelled_set(path: Path) -> dict[str, list[tuple[str, str, str, str]]]:
    """One set per file, split into English and other languages when lines carry "lang"."""
    cases, by_lang = [], {"en": [], "other": []}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            case = (str(d.get("id", n)), d["label"], d.get("title") or "", d["text"])
        except (ValueError, KeyError, TypeError) as exc:
            raise SystemExit(f"{path}:{n}: need a JSON object with label and text ({exc})") from None
        if case[1] not in ("on", "off", "borderline"):
            raise SystemExit(f"{path}:{n}: label must be on, off or borderline, not {case[1]!r}")
        cases.append(case)
        if d.get("lang"):
            by_lang["en" if d["lang"] == "en" else "other"].append(case)
    out = {path.stem: cases}
    if by_lang["en"] and by_lang["other"]:
        out[f"{path.stem}:en"], out[f"{path.stem}:other"] = by_lang["en"], by_lang["other"]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--labels", nargs="*", type=Path, default=[], metavar="FILE.jsonl",
                        help="more labelled sets (JSON Lines with id, label, title, text, lang)")
    args = parser.parse_args()
    topic = load_topic()
    sets = {"demo": demo_set(), "examples": example_set()}
    sets["all"] = sets["demo"] + sets["examples"]
    for path in args.labels:
        sets.update(labelled_set(path))
    print(f"{'set':10} {'n':>4} {'P':>6} {'R':>6} {'F1':>6}   {'baseline P':>10} {'R':>6} {'F1':>6}")
    for name, cases in sets.items():
        p, r, f, wrong = scores(lambda t, x: topic.classify(title=t, text=x).relevant, cases)
        bp, br, bf, _ = scores(boolean, cases)
        n = sum(1 for c in cases if c[1] != "borderline")
        print(f"{name:10} {n:4d} {p:6.3f} {r:6.3f} {f:6.3f}   {bp:10.3f} {br:6.3f} {bf:6.3f}")
        if wrong and name != "all" and ":" not in name:
            print("   misclassified:", ", ".join(wrong))
    print("\nborderline (reported, not scored):")
    for cid, label, title, text in [c for name, cases in sets.items() if ":" not in name and name != "all"
                                    for c in cases]:
        if label == "borderline":
            rel = topic.classify(title=title, text=text)
            print(f"   {cid:40} score {rel.score:5.2f} -> {'kept' if rel.relevant else 'rejected'}")
    cases = [c for c in sets["all"] if c[1] != "borderline"]
    start = time.perf_counter()
    for _ in range(5):
        for _, _, title, text in cases:
            topic.classify(title=title, text=text)
    ours = (time.perf_counter() - start) / (5 * len(cases))
    start = time.perf_counter()
    for _ in range(5):
        for _, _, title, text in cases:
            boolean(title, text)
    base = (time.perf_counter() - start) / (5 * len(cases))
    print(f"\nspeed: {1 / ours:,.0f} articles/s ({ours / base:.1f}x the boolean baseline's cost per article)")


if __name__ == "__main__":
    main()
