"""CC-NEWS backfill benchmark: throughput and what the prefilter saves, against no prefilter.

Builds local CC-NEWS-like WARC files (or takes yours with --warc) from the demo site's stories,
rendered by the demo outlets' templates and padded to realistic page sizes (scripts, styles,
menus: log-normal, median ~90 KB), with a request record per response like Common Crawl's:

  - on-topic  ~3%: the demo's summit and wire-copy pages, on the listed outlets' hosts;
  - near-miss ~10%: the demo's off-topic China / trade / other-summit pages, with the outlets'
    own sidebars (which list summit headlines), on the listed hosts;
  - hard near-miss ~3%: those pages with one more paragraph naming Trump and Xi or China in the
    article itself (tariffs, a factory tour), but no meeting: most must reach trafilatura;
  - unrelated ~82%: the demo's unrelated stories with sidebars of other unrelated stories, 80% on
    hosts that are not in the sources file (CC-NEWS has thousands of outlets);
  - non-HTML  ~5%: images and JSON.

Runs, each into a fresh archive, all with the same worker count:
  outlets+keywords   the default: `backfill --sources FILE`
  keywords           `backfill --any-outlet`
  baseline           --any-outlet and no keyword prefilter: every HTML page goes to trafilatura

Prints pages/s (response records per second, wall clock including worker start-up), the share
of off-topic HTML records skipped before trafilatura, and matches found (recall vs the baseline).

    python benchmarks/backfill.py [--records 2000] [--files 4] [--workers 2] [--warc FILE ...]
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from archive.backfill import backfill  # noqa: E402
from archive.demo_site import stories_for  # noqa: E402
from archive.demo_site import templates as T  # noqa: E402

OUTLET_HOSTS = {  # demo outlet -> the host it gets in the benchmark (all listed in the sources file)
    "pacific-ledger": "www.pacific-ledger.example", "harbour-times": "harbourtimes.example",
    "capital-dispatch": "www.capital-dispatch.example", "eastern-courier": "easterncourier.example",
    "dongan-shibao": "www.dongan-shibao.example",
}
NAV = ["World", "Business", "Markets", "Technology", "Science", "Health", "Sport", "Football", "Culture",
       "Books", "Travel", "Food", "Weather", "Podcasts", "Video", "Newsletters", "Opinion", "Local", "Obituaries"]


def sources_toml() -> str:
    out = []
    for key, host in OUTLET_HOSTS.items():
        out.append(f'[[source]]\nkey = "{key}"\nname = "{key}"\nhomepage = "https://{host}/"\n')
    return "\n".join(out)


def padding(rng: random.Random, size: int) -> list[str]:
    """Page weight without words the topic knows: menus, a style sheet, analytics scripts."""
    nav = "".join(f'<li class="nav-item"><a href="/{n.lower()}/{i}">{n}</a></li>'
                  for i in range(rng.randint(2, 6)) for n in NAV)
    parts = [f'<nav class="mega-menu"><ul>{nav}</ul></nav>']
    total = len(parts[0])
    while total < size:
        kind = rng.random()
        if kind < 0.4:
            chunk = "<style>" + "".join(
                f".c{rng.randrange(10**6)}{{margin:{rng.randint(0, 40)}px;color:#{rng.randrange(16**6):06x};"
                f"font:{rng.randint(10, 30)}px/1.4 sans-serif}}" for _ in range(60)) + "</style>"
        elif kind < 0.8:
            chunk = "<script>window.__CONFIG__=" + "{" + ",".join(
                f'"k{rng.randrange(10**6)}":{{"slot":"ad-{rng.randrange(999)}","sizes":[[300,250],[728,90]],'
                f'"refresh":{rng.randint(10, 60)},"lazy":true}}' for _ in range(40)) + "};</script>"
        else:
            chunk = '<div class="promo-grid">' + "".join(
                f'<div class="card"><img src="/img/{rng.randrange(10**8)}.jpg" alt="" loading="lazy">'
                f'<span class="label">{rng.choice(NAV)}</span></div>' for _ in range(40)) + "</div>"
        parts.append(chunk)
        total += len(chunk)
    return parts


def render(story, url: str, sidebar: list[tuple[str, str]], rng: random.Random) -> bytes:
    ctx = T.PageContext(base=url.split("/", 3)[0] + "//" + url.split("/")[2], url=url, most_read=sidebar[:5],
                        related=sidebar[5:8])
    html = T.PAGE_RENDERERS[story.outlet](story, ctx)
    size = int(min(400_000, max(20_000, rng.lognormvariate(11.4, 0.5))))  # median ~90 KB
    pad = padding(rng, size - len(html))
    before, after = "".join(pad[: len(pad) // 2]), "".join(pad[len(pad) // 2:])  # whole elements either side
    cut = html.rfind("</body>")
    head_end = html.find("<body")
    head_end = html.find(">", head_end) + 1
    return (html[:head_end] + before + html[head_end:cut] + after + html[cut:]).encode()


HARD = [  # off-topic paragraphs that name the leaders, as real trade and China stories do
    "President Donald Trump has said he will keep tariffs on Chinese goods until Beijing buys more American "
    "products, and Xi Jinping has vowed that China will not bow to pressure.",
    "Chinese President Xi Jinping toured a factory in Henan province on Tuesday, where exporters say Donald "
    "Trump's tariffs have cut orders by a third.",
    "Trump said on social media that China was taking advantage of American farmers, as Beijing announced new "
    "port fees on US-built ships.",
    "Analysts said a visit by American business leaders to China last month had done little to ease tension "
    "over the Trump administration's tariffs.",
    "习近平主席周二在河南考察一家工厂。当地出口商表示，特朗普政府加征的关税使订单减少了三分之一。",
]


def build(folder: Path, records: int, files: int, seed: int = 7) -> tuple[list[Path], int]:
    """Write ``files`` WARC files holding ``records`` responses; return them and the on-topic count."""
    rng = random.Random(seed)
    stories = stories_for(1)
    on = [s for s in stories if s.relevant]
    near = [s for s in stories if s.kind in ("china_no_summit", "trade_no_summit", "other_summit")]
    unrelated = [s for s in stories if s.kind == "unrelated"]
    by_outlet = {o: [s for s in stories if s.outlet == o] for o in OUTLET_HOSTS}
    other_hosts = [f"www.news-{i:03d}.example" for i in range(200)]
    items: list[tuple[str, str, bytes]] = []
    n_on = 0
    for i in range(records):
        r = rng.random()
        if r < 0.03:
            s, host, kind = rng.choice(on), None, "on"
        elif r < 0.13:
            s, host, kind = rng.choice(near), None, "near"
        elif r < 0.16:
            s, host, kind = rng.choice(near), None, "hard"
        elif r < 0.95:
            s, kind = rng.choice(unrelated), "unrelated"
            host = rng.choice(other_hosts) if rng.random() < 0.8 else None
        else:
            host = rng.choice(other_hosts + list(OUTLET_HOSTS.values()))
            if rng.random() < 0.5:
                items.append((f"https://{host}/img/{i}.jpg", "image/jpeg", b"\xff\xd8\xff" + os.urandom(rng.randint(20_000, 90_000))))
            else:
                items.append((f"https://{host}/api/{i}.json", "application/json", b'{"items": []}' * 200))
            continue
        host = host or OUTLET_HOSTS[s.outlet]
        url = f"https://{host}/{s.section.lower() or 'news'}/{s.published:%Y/%m/%d}/{s.slug}-{i}/"
        if kind == "unrelated":
            sidebar = [(f"https://{host}/x/{j}", x.title) for j, x in enumerate(rng.sample(unrelated, 8))]
        else:  # the outlet's own sidebars: its latest stories, summit coverage included
            sidebar = [(f"https://{host}/x/{j}", x.title) for j, x in enumerate(by_outlet[s.outlet][:8])]
        n_on += kind == "on"
        if kind == "hard":  # the paragraph goes into the story itself, after its second block
            s = dataclasses.replace(s, blocks=s.blocks[:2] + (("p", rng.choice(HARD)),) + s.blocks[2:])
        items.append((url, "text/html; charset=utf-8", render(s, url, sidebar, rng)))
    paths = []
    per_file = -(-len(items) // files)
    for f in range(files):
        path = folder / f"CC-NEWS-2025103{f % 10}000000-{f:05d}.warc.gz"
        with open(path, "wb") as handle:
            writer = WARCWriter(handle, gzip=True)
            for url, ctype, body in items[f * per_file:(f + 1) * per_file]:
                req = writer.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=StatusAndHeaders(
                    "GET / HTTP/1.1", [("Host", url.split("/")[2])], is_http_request=True))
                writer.write_record(req)
                headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                              http_headers=headers))
        paths.append(path)
    return paths, n_on


def run(name: str, folder: Path, warcs: list[Path], sources: Path, workers: int, **kw) -> dict:
    db = folder / f"{name}.db"
    started = time.perf_counter()
    result = backfill(db, [str(p) for p in warcs], sources_path=str(sources), workers=workers, **kw)
    seconds = time.perf_counter() - started
    t = result.totals()
    return {"name": name, "seconds": seconds, "responses": t["responses"], **t}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--records", type=int, default=2000)
    ap.add_argument("--files", type=int, default=4)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--warc", nargs="*", help="Use these WARC files instead of building them.")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sources = folder / "sources.toml"
        sources.write_text(sources_toml(), encoding="utf-8")
        if args.warc:
            warcs, n_on = [Path(p).resolve() for p in args.warc], None
        else:
            t0 = time.perf_counter()
            warcs, n_on = build(folder, args.records, args.files)
            size = sum(p.stat().st_size for p in warcs)
            print(f"built {len(warcs)} WARC files, {args.records} responses ({n_on} on-topic), "
                  f"{size / 2**20:.1f} MiB gzipped, in {time.perf_counter() - t0:.1f} s")
        print(f"workers: {args.workers}")
        runs = [
            run("outlets+keywords", folder, warcs, sources, args.workers),
            run("keywords", folder, warcs, sources, args.workers, any_outlet=True),
            run("baseline", folder, warcs, sources, args.workers, any_outlet=True, keyword_prefilter=False),
        ]
        base = runs[-1]
        off_html = base["html"] - base["matched"]  # every HTML record the baseline did not keep
        print(f"{'run':18} {'pages/s':>8} {'seconds':>8} {'extracted':>9} {'skipped':>8} {'off-topic skipped':>18} "
              f"{'matched':>8} {'speed-up':>8}")
        for r in runs:
            skipped = r["skipped_outlet"] + r["skipped_prefilter"]
            share = skipped / off_html if off_html else 0.0
            print(f"{r['name']:18} {r['responses'] / r['seconds']:8.1f} {r['seconds']:8.1f} {r['extracted']:9d} "
                  f"{skipped:8d} {share:17.1%} {r['matched']:8d} {base['seconds'] / r['seconds']:7.1f}x")
        kw = runs[1]
        print(f"keyword prefilter alone (any outlet): skipped {kw['skipped_prefilter']} of {off_html} off-topic HTML "
              f"records ({kw['skipped_prefilter'] / max(off_html, 1):.1%}); recall vs baseline "
              f"{kw['matched']}/{base['matched']}")


if __name__ == "__main__":
    main()
