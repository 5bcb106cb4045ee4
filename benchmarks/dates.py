"""Publication-date benchmark on ../shared/data/dates-dev (800 real pages with true days).

    python benchmarks/dates.py              # ours vs htmldate, exact-day accuracy
    python benchmarks/dates.py --errors 30  # list our wrong pages with the evidence used

Ours is ``archive.extract.find_published`` on the same parsed tree :func:`extract` uses (the
metadata step alone: some of these pages are not articles and would raise ``NoContent`` before
a date is stored, which says nothing about the dating). Baseline: ``htmldate.find_date`` with
extensive search and ``original_date=True``, in the same run.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SHARED = Path(os.environ.get("SUMMIT_SHARED", ROOT.parent / "shared"))
DATA = SHARED / "data" / "dates-dev"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", type=int, default=15, help="how many of our wrong pages to list")
    ap.add_argument("--no-baseline", action="store_true", help="skip htmldate")
    ap.add_argument("--save", metavar="JSON", help="write our answers {url: [published, source]} here")
    ap.add_argument("--compare", metavar="JSON", help="list pages fixed / broken since a --save run")
    args = ap.parse_args(argv)
    if not DATA.exists():
        print(f"SKIP: {DATA} not found; put the shared data beside the repo (../shared) or set SUMMIT_SHARED")
        return 0
    from htmldate import find_date
    from trafilatura.utils import load_html

    from archive.extract import _BAD_CHARS_RE, decode_html, find_published

    truth = json.loads((DATA / "ground-truth.json").read_text())
    pages = {}
    for url, v in truth.items():
        path = DATA / "html" / v["file"]
        if path.exists():
            pages[url] = _BAD_CHARS_RE.sub("", decode_html(gzip.decompress(path.read_bytes()))[0])

    def ours(html: str, url: str):
        tree = load_html(html)
        return find_published(tree, url) if tree is not None else (None, None)

    def baseline(html: str, url: str):
        try:
            return find_date(html, url=url, extensive_search=True, original_date=True), "htmldate"
        except Exception:  # noqa: BLE001
            return None, None

    methods = {"summit-archive": ours}
    if not args.no_baseline:
        methods["htmldate (original)"] = baseline
    results = {}
    for name, fn in methods.items():
        start, out = time.perf_counter(), {}
        for url, html in pages.items():
            out[url] = fn(html, url)
        results[name] = (out, time.perf_counter() - start)
    print(f"dates-dev: {len(pages)} pages (of {len(truth)} listed); exact-day accuracy")
    for name, (out, secs) in results.items():
        right = sum((out[u][0] or "")[:10] == truth[u]["date"] for u in pages)
        print(f"  {name:22} {right / len(pages):.3f}  ({right}/{len(pages)}, {1000 * secs / len(pages):.1f} ms/page)")
    out = results["summit-archive"][0]
    by_source = Counter()
    wrong_by_source = Counter()
    for u in pages:
        src = out[u][1] or "none"
        by_source[src] += 1
        wrong_by_source[src] += (out[u][0] or "")[:10] != truth[u]["date"]
    print("  by evidence (pages, wrong):", ", ".join(f"{s} {by_source[s]}/{wrong_by_source[s]}" for s in by_source))
    wrong = [u for u in pages if (out[u][0] or "")[:10] != truth[u]["date"]]
    if args.save:
        Path(args.save).write_text(json.dumps(out, indent=0, sort_keys=True))
    if args.compare:
        old = json.loads(Path(args.compare).read_text())
        for label, urls in (("fixed", [u for u in pages if u in old and u not in wrong and (old[u][0] or "")[:10] != truth[u]["date"]]),
                            ("broken", [u for u in pages if u in old and u in wrong and (old[u][0] or "")[:10] == truth[u]["date"]])):
            print(f"  {label} since {args.compare}: {len(urls)}")
            for u in urls:
                print(f"    {truth[u]['date']} was {str(old[u][0])[:25]:25} {old[u][1]!s:14} now {str(out[u][0])[:25]:25} {out[u][1]!s:14} {u[:80]}")
    if "htmldate (original)" in results:
        base = results["htmldate (original)"][0]
        base_right = {u for u in pages if (base[u][0] or "")[:10] == truth[u]["date"]}
        print(f"  htmldate right where we are wrong: {len(base_right & set(wrong))};"
              f" we are right where htmldate is wrong: {len(set(pages) - base_right - set(wrong))}")
        wrong.sort(key=lambda u: u not in base_right)  # the fixable ones first
    if args.errors and wrong:
        print(f"\n{min(args.errors, len(wrong))} of {len(wrong)} wrong (truth, ours, source, url):")
        for u in wrong[: args.errors]:
            hd = (results.get("htmldate (original)", ({u: (None,)},))[0][u][0] or "-")[:10]
            print(f"  {truth[u]['date']} {str(out[u][0])[:25]:25} {str(out[u][1]):28} htmldate {hd:10} {u[:90]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
