"""A bundled, offline demo news web for tests, demos and benchmarks (standard library only).

Five fictional outlets (one Chinese-language) publish summit coverage and off-topic news with
realistic page clutter, RSS/Atom feeds, Google News sitemaps (one behind a sitemap index), a
syndicated wire story, an AMP twin, an updated article, broken pages and a robots-disallowed
link. :func:`truth` says, for every listed URL, what a correct crawl records.

    from archive.demo_site import DemoSite, truth
    with DemoSite() as demo:
        expected = truth(demo.base_url)
        toml_text = demo.sources_toml()

Run ``python -m archive.demo_site --port 8000`` to browse it.
"""

from archive.demo_site.server import DemoSite
from archive.demo_site.site import (
    ARTICLE, DUPLICATE, HTTP_404, NO_CONTENT, NOT_HTML, OFF_TOPIC, ROBOTS, Expected, Resource, build_site,
    sources_toml, story_path, stories_for, truth,
)

__all__ = [
    "DemoSite", "Expected", "Resource", "build_site", "truth", "sources_toml", "stories_for", "story_path",
    "ARTICLE", "OFF_TOPIC", "DUPLICATE", "HTTP_404", "NOT_HTML", "NO_CONTENT", "ROBOTS",
]
