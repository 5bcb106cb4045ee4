"""Search and browse latency on a 200,000-article archive: stock Datasette against ours.

Builds once (cached; ``--db PATH``, default under /tmp) an archive of ``--articles`` rows with
``archive.db.connect`` (so the real schema, indexes, FTS5 table and triggers): texts come from the
demo site's pages (``archive.demo_site.build_site`` + ``archive.extract.extract``), varied
deterministically (sentences of the same story and of two others of its language, reshuffled,
300–700 words; two rare invented names per article so that rare terms exist), over 30 sources in
five languages, 17 sections and dates from 2017 to 2026. No ANALYZE is run on the file (a live
archive has none unless someone runs it), unless the schema itself does.

Then, in the same run and against the same file, through ``Datasette(...).client`` (no network):

  stock  ``Datasette(files=[path])``: no metadata, default settings (suggest_facets on)
  ours   ``archive.serve.make_datasette(path)``

for each request type (table page HTML and JSON with ``?_search=`` a common, a very common and a
rare term, facets, the canned ``search`` query, a row page, ``articles_per_day``), prints the
median milliseconds over ``--repeat`` requests (after one warm-up) and ours/stock. Stock has no
canned queries: for those rows it runs the same SQL through ``/db?sql=``.

    python benchmarks/search.py [--articles 200000] [--db /tmp/summit-search-200000.db] [--repeat 5]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import random
import re
import statistics
import sys
import time
import urllib.parse
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from datasette.app import Datasette

from archive.db import connect
from archive.demo_site import build_site, truth
from archive.extract import ExtractionError, extract
from archive.serve import PER_DAY_SQL, SEARCH_SQL, make_datasette

BUILD_VERSION = 1  # bump when the generated data changes: the cached file's name includes it
BASE = "http://demo.example"
LANGUAGES = {"en": 20, "zh": 6, "de": 2, "fr": 1, "es": 1}  # sources per language (texts: en or zh)
SECTIONS = ["World", "Business", "Politics", "Asia", "Americas", "Markets", "Economy", "Opinion",
            "Technology", "Science", "Sport", "Culture", "Local", "Weather", "国际", "财经", "Video"]
SYLLABLES = ["ka", "lo", "vre", "ton", "mi", "sar", "del", "qua", "bri", "nov", "zel", "port", "han",
             "gu", "rit", "sel", "mar", "o", "ve", "lin", "dra", "ko", "chu", "ben"]
RARE_NAMES = 400_000  # invented names; each article mentions two, so most occur in one or two articles


def rare_name(i: int) -> str:
    out = []
    for _ in range(4):
        i, r = divmod(i, len(SYLLABLES))
        out.append(SYLLABLES[r])
    return "".join(out).capitalize() + "ia"


def story_pool() -> dict[str, list[tuple[str, list[str]]]]:
    """(title, sentences) of every demo page the extractor reads as an article, by language."""
    site = build_site(BASE)
    pool: dict[str, list[tuple[str, list[str]]]] = {"en": [], "zh": []}
    for e in truth(BASE):
        res = site.get(e.url[len(BASE):])
        if res is None or res.status != 200:
            continue
        try:
            art = extract(res.body, e.url, res.content_type)
        except ExtractionError:
            continue
        lang = "zh" if (art.language or e.language).startswith("zh") else "en"
        splitter = r"(?<=[。！？])" if lang == "zh" else r"(?<=[.!?])\s+"
        sentences = [s.strip() for s in re.split(splitter, art.text.replace("\n", " ")) if s.strip()]
        if len(sentences) >= 5:
            pool[lang].append((art.title or e.title, sentences))
    return pool


def words(sentence: str, lang: str) -> int:
    return len(sentence) // 2 if lang == "zh" else sentence.count(" ") + 1


def article_text(rng: random.Random, pool, lang: str, base: int) -> tuple[str, str]:
    stories = pool[lang]
    title, own = stories[base]
    others = [stories[rng.randrange(len(stories))][1] for _ in range(2)]
    target = rng.randint(300, 700)
    sentences = list(own)
    rng.shuffle(sentences)
    extra = [s for o in others for s in o]
    rng.shuffle(extra)
    out, n = [], 0
    for s in sentences + extra + sentences:
        if n >= target:
            break
        out.append(s)
        n += words(s, lang)
    names = [rare_name(rng.randrange(RARE_NAMES)) for _ in range(2)]
    out.insert(rng.randrange(len(out)), f"{names[0]} and {names[1]} were also mentioned.")
    sep = "" if lang == "zh" else " "
    paras = [sep.join(out[i:i + 4]) for i in range(0, len(out), 4)]
    return title, "\n\n".join(paras)


def build(path: Path, n: int, seed: int = 20251030) -> None:
    """Write ``n`` articles into a fresh archive at ``path`` (via a temporary name, then renamed)."""
    t0 = time.monotonic()
    pool = story_pool()
    tmp = path.with_name(path.name + ".building")
    for p in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
        p.unlink(missing_ok=True)
    db = connect(tmp)
    db.execute("PRAGMA synchronous=OFF")
    columns = ["url_key", "url", "canonical_url", "title", "text", "published", "published_source", "author",
               "sitename", "language", "description", "extractor_version", "source", "discovered_via",
               "fetched_at", "first_seen_at", "relevance_score", "content_hash", "section"]
    sql = f"insert into articles ({', '.join(columns)}) values ({', '.join('?' * len(columns))})"
    rng = random.Random(seed)
    sources = [(f"{lang}-outlet-{i:02d}", lang) for lang, k in LANGUAGES.items() for i in range(k)]
    weights = [rng.paretovariate(1.2) for _ in sources]  # a few big outlets, a long tail
    start = datetime(2017, 1, 1, tzinfo=UTC)
    span = int((datetime(2026, 6, 30, tzinfo=UTC) - start).total_seconds())
    batch = []
    for i in range(n):
        source, lang = rng.choices(sources, weights)[0]
        text_lang = "zh" if lang == "zh" else "en"
        title, text = article_text(rng, pool, text_lang, rng.randrange(len(pool[text_lang])))
        when = start + timedelta(seconds=rng.randrange(span))
        stamp = when.isoformat(timespec="seconds")
        url = f"https://{source}.example/{when:%Y/%m/%d}/{i}"
        section = rng.choice(SECTIONS) if rng.random() < 0.7 else None
        batch.append((
            f"{source}.example/{when:%Y/%m/%d}/{i}", url, url, title, text, stamp, "json-ld", "Staff",
            source, lang, text[:160], "bench", source, "sitemap", stamp, stamp, round(rng.random(), 3),
            hashlib.sha256(text.encode()).hexdigest(), section,
        ))
        if len(batch) == 5000 or i == n - 1:
            db.execute("BEGIN")
            db.conn.executemany(sql, batch)
            db.execute("COMMIT")
            batch = []
            if (i + 1) % 50_000 == 0:
                print(f"  built {i + 1:,} articles in {time.monotonic() - t0:.0f} s", file=sys.stderr)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    tmp.rename(path)
    print(f"built {path} ({n:,} articles, {path.stat().st_size / 1e6:.0f} MB) in {time.monotonic() - t0:.0f} s",
          file=sys.stderr)


def ensure(path: Path, n: int) -> Path:
    """Build the file if missing; else apply pending migrations (as the next crawl would)."""
    if not path.exists():
        build(path, n)
    else:
        connect(path).close()
    return path


# --- measuring ----------------------------------------------------------------------------

def rare_term(path: Path) -> str:
    """An invented name that occurs in a handful of articles (looked up, not guessed)."""
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        for i in range(0, RARE_NAMES, 997):
            name = rare_name(i)
            n = conn.execute("select count(*) from articles_fts where articles_fts match ?", [f'"{name}"']).fetchone()[0]
            if 2 <= n <= 10:
                return name.lower()
    finally:
        conn.close()
    return rare_name(1).lower()


def requests(db: str, rare: str, some_id: int) -> list[tuple[str, str, str]]:
    """(label, stock path, our path): the same question asked of both."""
    q = urllib.parse.quote
    sql = lambda s, **p: f"/{db}.json?sql={q(s)}&" + "&".join(f"{k}={q(v)}" for k, v in p.items())
    out = []
    for term in ("truce", "trump", rare):
        name = "rare" if term == rare else term
        out.append((f"table HTML  ?_search={name}", f"/{db}/articles?_search={term}",
                    f"/{db}/articles?_search={term}"))
        out.append((f"table JSON  ?_search={name}", f"/{db}/articles.json?_search={term}",
                    f"/{db}/articles.json?_search={term}"))
    out += [
        ("table HTML  ?_search=truce&_sort_desc=published (ours: table page, facets)",
         f"/{db}/articles?_search=truce&_sort_desc=published", f"/{db}/articles?_search=truce&_sort_desc=published"),
        ("table JSON  ?_search=trump + 3 facets",
         f"/{db}/articles.json?_search=trump&_facet=source&_facet=language&_facet=section",
         f"/{db}/articles.json?_search=trump&_facet=source&_facet=language&_facet=section"),
        ("table HTML  (no search; ours: metadata facets)", f"/{db}/articles", f"/{db}/articles"),
        ("table JSON  3 facets", f"/{db}/articles.json?_facet=source&_facet=language&_facet=section",
         f"/{db}/articles.json?_facet=source&_facet=language&_facet=section"),
        ("canned search JSON q=truce (stock: ?sql=)", sql(SEARCH_SQL, q="truce"), f"/{db}/search.json?q=truce"),
        ("canned search JSON q=trump (stock: ?sql=)", sql(SEARCH_SQL, q="trump"), f"/{db}/search.json?q=trump"),
        ("canned search HTML q=truce (stock: ?sql=)", sql(SEARCH_SQL, q="truce").replace(".json?", "?", 1),
         f"/{db}/search?q=truce"),
        ("row page HTML", f"/{db}/articles/{some_id}", f"/{db}/articles/{some_id}"),
        ("row JSON", f"/{db}/articles/{some_id}.json", f"/{db}/articles/{some_id}.json"),
        ("articles_per_day JSON (stock: ?sql=)", sql(PER_DAY_SQL, source=""), f"/{db}/articles_per_day.json?source="),
    ]
    return out


async def timed(ds: Datasette, path: str, repeat: int) -> tuple[float, int, int]:
    """(median ms, final status, redirects followed) over ``repeat`` requests after one warm-up."""
    times = []
    for i in range(repeat + 1):
        t0 = time.perf_counter()
        r = await ds.client.get(path)
        hops = 0
        while r.status_code in (301, 302) and hops < 3:
            hops += 1
            r = await ds.client.get(r.headers["location"])
        if i:
            times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), r.status_code, hops


async def measure(path: Path, repeat: int) -> None:
    rare = rare_term(path)
    stock = Datasette(files=[str(path)])  # mutable, no metadata, default settings
    ours = make_datasette(path)
    await stock.invoke_startup()
    await ours.invoke_startup()
    db = path.stem
    n = (await ours.get_database(db).execute("select count(*) from articles")).first()[0]
    some_id = n // 2
    print(f"{n:,} articles in {path} ({path.stat().st_size / 1e6:.0f} MB); rare term: {rare!r}; "
          f"median of {repeat} after a warm-up, ms")
    print(f"{'request':72} {'stock':>8} {'ours':>8} {'ours/stock':>10}")
    for label, stock_path, our_path in requests(db, rare, some_id):
        s_ms, s_status, _ = await timed(stock, stock_path, repeat)
        o_ms, o_status, hops = await timed(ours, our_path, repeat)
        note = "" if s_status == o_status == 200 else f"  (status stock {s_status}, ours {o_status})"
        note += "  (ours: redirected to the ranked query)" if hops else ""
        print(f"{label:72} {s_ms:8.1f} {o_ms:8.1f} {o_ms / s_ms:10.2f}{note}", flush=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200_000)
    ap.add_argument("--db", type=Path, help="archive file (built if missing); default under /tmp")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    path = args.db or Path(f"/tmp/summit-search-{args.articles}-v{BUILD_VERSION}.db")
    ensure(path, args.articles)
    asyncio.run(measure(path, args.repeat))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
