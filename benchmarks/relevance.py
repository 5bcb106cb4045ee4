"""Topic filter benchmark: precision, recall and F1 on labelled sets, against a boolean baseline.

Labelled sets (all written for this project, none copied from ../shared):
  - demo: every article page of the bundled demo site (labelled by construction);
  - examples: the hand-written cases of tests/test_topic.py, one or more per kind in
    ../shared/data/relevance-dev-labels.jsonl (borderline ones reported, not scored).
The baseline, measured in the same run, is the plain boolean query a researcher would start
with: a US leader AND Xi AND a meeting word.

    python benchmarks/relevance.py
"""

from __future__ import annotations

import importlib.util
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


def main() -> None:
    topic = load_topic()
    sets = {"demo": demo_set(), "examples": example_set()}
    sets["all"] = sets["demo"] + sets["examples"]
    print(f"{'set':10} {'n':>4} {'P':>6} {'R':>6} {'F1':>6}   {'baseline P':>10} {'R':>6} {'F1':>6}")
    for name, cases in sets.items():
        p, r, f, wrong = scores(lambda t, x: topic.classify(title=t, text=x).relevant, cases)
        bp, br, bf, _ = scores(boolean, cases)
        n = sum(1 for c in cases if c[1] != "borderline")
        print(f"{name:10} {n:4d} {p:6.3f} {r:6.3f} {f:6.3f}   {bp:10.3f} {br:6.3f} {bf:6.3f}")
        if wrong and name != "all":
            print("   misclassified:", ", ".join(wrong))
    print("\nborderline (reported, not scored):")
    for cid, label, title, text in sets["all"]:
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
