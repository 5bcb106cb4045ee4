"""Near-duplicate clustering threshold and wire credits (archive/syndication.py)."""

from archive.demo_site import build_site, truth
from archive.extract import extract
from archive.syndication import THRESHOLD, jaccard, signature, to_blob, wire_origin

BASE = "http://127.0.0.1:8800"


def demo_texts():
    site = build_site(BASE)
    out = {}
    for e in truth(BASE):
        if e.outcome == "article":
            out[e.url] = (e.kind, extract(site[e.url[len(BASE):]].body, e.url).text)
    return out


def test_wire_copies_are_above_the_threshold_and_other_stories_far_below():
    texts = demo_texts()
    wire = [t for kind, t in texts.values() if kind == "wire_copy"]
    others = [t for kind, t in texts.values() if kind != "wire_copy"]
    sigs = [signature(t) for t in wire]
    for i in range(len(sigs)):
        for j in range(i + 1, len(sigs)):
            assert jaccard(sigs[i], to_blob(sigs[j])) >= THRESHOLD
    # same events, sentence-bank prose, different stories: never clustered, with a margin
    # (the demo's generated stories share more phrasing than real ones: worst pair ~0.37)
    other_sigs = [signature(t) for t in others]
    worst = max(jaccard(a, to_blob(b)) for k, a in enumerate(other_sigs) for b in other_sigs[k + 1:])
    assert worst < THRESHOLD - 0.15, worst


def test_edited_copy_stays_in_the_cluster():
    text = " ".join(f"Sentence {i} about the truce talks in Busan between the two delegations." for i in range(40))
    edited = "BEIJING (local desk) — " + text.replace("Sentence 39", "A local reaction paragraph instead of sentence")
    assert jaccard(signature(text), to_blob(signature(edited))) >= THRESHOLD


def test_wire_credits():
    assert wire_origin("WASHINGTON (AP) — The president said on Monday ...") == "AP"
    assert wire_origin("BEIJING, Oct 30 (Reuters) - China's commerce ministry said ...") == "Reuters"
    assert wire_origin("新华社北京10月30日电 国家主席习近平 ...") == "新华社"
    assert wire_origin("The story ends here.\n— Pacific Wire", ("Pacific Wire",)) == "Pacific Wire"
    assert wire_origin("An AP style guide tells reporters how to write dates.") is None
    assert wire_origin("Our own reporting from the harbour.") is None
