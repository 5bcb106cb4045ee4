"""The public contracts of `summit-archive extract` and `classify` (scripts outside rely on them)."""

import gzip
import json
import subprocess

from conftest import BIN, PAGES

EXTRACT_KEYS = ["path", "url", "title", "text", "published", "author", "sitename", "language", "canonical_url"]


def run(*args, input=None):
    return subprocess.run([str(BIN / "summit-archive"), *args], capture_output=True, text=True, input=input, timeout=120)


def test_extract_prints_one_object_per_input_in_order_and_exits_1_on_errors(tmp_path):
    gz = tmp_path / "zh.html.gz"
    gz.write_bytes(gzip.compress((PAGES / "zh-summit.html").read_bytes()))
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(
        json.dumps({"path": str(gz), "url": "https://east.example/intl/1.html"}) + "\n"
        + json.dumps({"path": str(tmp_path / "missing.html"), "url": "https://x.example/"}) + "\n"
    )
    r = run("extract", "--url", "https://harbour-courier.example/world/a", str(PAGES / "busan-summit.html"),
            "--manifest", str(manifest))
    assert r.returncode == 1
    lines = [json.loads(l) for l in r.stdout.splitlines()]
    assert [l["path"] for l in lines] == [str(PAGES / "busan-summit.html"), str(gz), str(tmp_path / "missing.html")]
    first, second, third = lines
    assert list(first) == EXTRACT_KEYS and list(second) == EXTRACT_KEYS
    assert first["url"] == "https://harbour-courier.example/world/a"
    assert first["published"] == "2025-10-30T14:05:00+09:00"
    assert second["language"] == "zh" and "釜山" in second["text"]
    assert set(third) == {"path", "error"}


def test_extract_is_what_the_crawl_stores(tmp_path):
    from archive.extract import extract

    body = (PAGES / "busan-summit.html").read_bytes()
    url = "https://harbour-courier.example/world/a"
    printed = json.loads(run("extract", "--url", url, str(PAGES / "busan-summit.html")).stdout)
    stored = extract(body, url).to_dict()
    assert {k: stored[k] for k in EXTRACT_KEYS if k != "path"} == {k: printed[k] for k in EXTRACT_KEYS if k != "path"}


def test_classify_contract():
    docs = [
        {"id": "a", "title": "Trump and Xi agree trade truce in Busan",
         "text": "US President Donald Trump and Chinese President Xi Jinping met in Busan and agreed a one-year trade truce."},
        {"id": 2, "text": "Heavy rain flooded farmland across the province this week."},
    ]
    r = run("classify", "-", input="\n".join(json.dumps(d) for d in docs) + "\n")
    assert r.returncode == 0, r.stderr
    out = [json.loads(l) for l in r.stdout.splitlines()]
    assert [list(o) for o in out] == [["id", "relevant", "score", "matched"]] * 2
    assert [o["id"] for o in out] == ["a", 2]
    assert out[0]["relevant"] is True and out[1]["relevant"] is False
    assert any("Xi" in m for m in out[0]["matched"])


def test_classify_bad_line_and_bad_topic(tmp_path):
    r = run("classify", input='{"id": 1, "text": "x"}\nnot json\n')
    assert r.returncode == 1 and len(r.stdout.splitlines()) == 2 and "error" in r.stdout.splitlines()[1]
    bad = tmp_path / "t.toml"
    bad.write_text("this is = = not toml")
    r = run("classify", "--topic", str(bad), input="")
    assert r.returncode == 2 and "t.toml" in r.stderr


def test_crawl_bad_configuration_exits_2(tmp_path):
    bad = tmp_path / "s.toml"
    bad.write_text('[[source]]\nkey = "x"\nname = "X"\nhomepage = "ftp://x"\n')
    r = run("crawl", "--db", str(tmp_path / "a.db"), "--sources", str(bad))
    assert r.returncode == 2 and "not an http(s) URL" in r.stderr


def test_every_help_ends_with_an_example():
    from crawler.cli import cli

    for verb in [[]] + [[name] for name in sorted(cli.commands)]:
        out = run(*verb, "--help").stdout.rstrip().splitlines()
        assert any(l.strip().startswith("Example") for l in out[-3:]), verb


def test_a_second_crawl_exits_3_while_the_lock_is_held(tmp_path):
    import fcntl

    db = tmp_path / "a.db"
    with open(tmp_path / "a.db.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        r = run("crawl", "--db", str(db))
    assert r.returncode == 3 and "being crawled" in r.stderr
    assert not db.exists()  # it touched nothing


def test_extract_timeout_option_defaults_to_the_library_bound():
    from archive.extract import EXTRACT_TIMEOUT
    from crawler.cli import cli

    for verb in ("extract", "reextract", "rescore", "backfill"):
        option = next(p for p in cli.commands[verb].params if p.name == "extract_timeout")
        assert option.default == EXTRACT_TIMEOUT, verb
