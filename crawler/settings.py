"""Scrapy settings for summit-archive: polite, bounded and safe by default.

The CLI overrides ARCHIVE_* per run; the demo relaxes politeness for its loopback site only.
"""

from archive import extract as _extract  # lower-case names are not settings

BOT_NAME = "summit-archive"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
ADDONS = {}

# Who we are. Whoever runs a crawl should add how to reach them: `crawl --contact URL|EMAIL`
# (or SUMMIT_ARCHIVE_CONTACT in cron's environment) replaces this default.
USER_AGENT = "summit-archive/0.1 (research crawler; obeys robots.txt)"

# Politeness for the real web.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# Bounded work (fault catalogue, section 7).
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
DOWNLOAD_TIMEOUT = 30
RETRY_TIMES = 2
REDIRECT_MAX_TIMES = 5
MEMUSAGE_ENABLED = True
MEMUSAGE_LIMIT_MB = 1024
DEPTH_LIMIT = 2  # feed/sitemap index -> sitemap -> article
URLLENGTH_LIMIT = 2083

# Security: no consoles, no local or exotic URL schemes.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
DOWNLOAD_HANDLERS = {"file": None, "data": None, "ftp": None, "s3": None}

# The journey: extract -> filter -> dedupe -> store (the last one is the only writer).
ITEM_PIPELINES = {
    "crawler.pipelines.ExtractPipeline": 100,
    "crawler.pipelines.TopicPipeline": 200,
    "crawler.pipelines.DedupePipeline": 300,
    "crawler.pipelines.StorePipeline": 900,
}
# SSRF guard: private destinations only when the sources file (or ARCHIVE_ALLOW_PRIVATE) names them.
TWISTED_DNS_RESOLVER = "crawler.ssrf.PublicOnlyResolver"
ARCHIVE_ALLOW_PRIVATE: list[str] = []
DOWNLOADER_MIDDLEWARES = {
    "crawler.ssrf.PrivateDestinationMiddleware": 40,
    # RFC 9309 semantics (unreachable robots.txt disallows) instead of Scrapy's allow-all.
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.middlewares.StrictRobotsTxtMiddleware": 100,
    # Retry-After honoured on 429/503 (stock Scrapy retries within a second).
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.RetryAfterMiddleware": 550,
    # Next to the downloader: captures raw bytes of every response before decompression.
    "crawler.middlewares.WarcCaptureMiddleware": 950,
}
RETRY_AFTER_MAX_WAIT = 60  # seconds waited in-run; longer asks give the URL up until the next run
RETRY_AFTER_CAP = 3600
# Drops are normal (off-topic pages, 404s); their reasons are in the fetches table.
DEFAULT_DROPITEM_LOG_LEVEL = "DEBUG"
LOG_LEVEL = "INFO"

# summit-archive's own settings (read in from_crawler).
ARCHIVE_DB = "data/archive.db"
ARCHIVE_SOURCES = None  # None: the packaged default sources.toml
ARCHIVE_TOPIC = None  # None: the packaged default topic.toml
ARCHIVE_RUN_ID = None  # set by `summit-archive crawl`; else the pipeline opens its own run
ARCHIVE_WARC_DIR = None  # None: warc/ beside the archive file
ARCHIVE_EXTRACT_TIMEOUT = _extract.EXTRACT_TIMEOUT  # seconds per page, in a worker process (catalogue #24)
ARCHIVE_EXTRACT_WORKERS = 2
ARCHIVE_MAX_DB_MB = 0  # a quota for the archive file (0: none); when it or the disk is full the run stops: disk_full
ARCHIVE_SINCE = None  # ISO date: skip feed/sitemap links dated earlier, before fetching

FEED_EXPORT_ENCODING = "utf-8"
