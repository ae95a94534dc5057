"""Article view counting: one view per reader per article per window, humans only, exact.

Pages are meant to be cacheable, so the article view itself never counts. The browser reports a
view afterwards: article.js sends a POST beacon, and readers without JavaScript load a 1×1 pixel
from inside <noscript> (a browser with JavaScript never fetches it). Both endpoints apply the
rules below, so a page served from a cache still counts exactly like one rendered fresh.
"""

import hashlib
import re

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from portal.clients import request_address_hash

from .models import Article, ArticleDailyViews

DEDUPE_SECONDS = 30 * 60
CACHE_KEY = "news:view:v1:{article_id}:{reader}"

# Crawlers, link previewers, command-line clients and automated browsers. "bot" must end a word
# (Googlebot/2.1, bingbot, YandexBot) so phone brands such as "CUBOT" are still counted.
BOT_USER_AGENT_RE = re.compile(
    r"(?<!cu)bot\b|crawl|spider|slurp|scrap|archiver|facebookexternalhit|facebookcatalog"
    r"|meta-external|zalo(?:bot|crawler|linkpreview)|preview|curl|wget|python-|httpx|aiohttp"
    r"|go-http-client|okhttp|java/|libwww|httpclient|headless|phantomjs|puppeteer|playwright"
    r"|selenium|webdriver|lighthouse|pagespeed|gtmetrix|feedfetcher|feedburner|monitor|uptime"
    r"|pingdom|checker|validator",
    re.IGNORECASE,
)
# Real browsers send short user agents; an enormous one is not a reader and is not worth a regex.
MAX_USER_AGENT = 512


def is_bot(user_agent: str) -> bool:
    if not user_agent or len(user_agent) > MAX_USER_AGENT:
        return True
    return bool(BOT_USER_AGENT_RE.search(user_agent))


def is_speculative(request) -> bool:
    """Prefetch and prerender requests: the reader may never see the page."""
    purpose = " ".join(
        request.headers.get(name, "") for name in ("Purpose", "Sec-Purpose", "X-Purpose", "X-Moz")
    ).lower()
    return "prefetch" in purpose or "prerender" in purpose or "preview" in purpose


def is_countable(request) -> bool:
    """Whether this request may count as a reader's view (before de-duplication)."""
    if request.method not in ("GET", "POST"):
        return False  # HEAD and the rest read nothing
    if is_speculative(request):
        return False
    # Another site embedding our beacon or pixel must not inflate the counts.
    if request.headers.get("Sec-Fetch-Site", "") == "cross-site":
        return False
    if is_bot(request.headers.get("User-Agent", "")):
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated and user.is_staff)


def reader_key(request) -> str:
    """A hash of who is reading: salted address hash plus user agent, never the raw address."""
    address = request_address_hash(request, "news-views")
    user_agent = request.headers.get("User-Agent", "")[:MAX_USER_AGENT]
    return hashlib.sha256(f"{address}|{user_agent}".encode()).hexdigest()[:32]


def record_view(request, article_id: int) -> bool:
    """Count one view of a public article if this reader has not been counted recently.

    The caller has checked that the article is public. Returns whether the count went up.
    """
    if not is_countable(request):
        return False
    key = CACHE_KEY.format(article_id=article_id, reader=reader_key(request))
    # cache.add is atomic (SET NX on Redis), so two tabs racing still count once.
    if not cache.add(key, 1, DEDUPE_SECONDS):
        return False
    count_view(article_id)
    return True


def _bucket_sql() -> str:
    table = connection.ops.quote_name(ArticleDailyViews._meta.db_table)
    # One statement, atomic on both databases: the first view of the day inserts the row, every
    # later one adds to it; concurrent readers never lose each other's view.
    return (
        f"INSERT INTO {table} (article_id, day, views) VALUES (%s, %s, 1) "
        f"ON CONFLICT (article_id, day) DO UPDATE SET views = {table}.views + 1"
    )


def count_view(article_id: int, day=None) -> None:
    """Add one view to the article's total and to its bucket for today (local time), together.

    Both writes are database-side increments in one transaction: the total and the sum of the
    daily buckets move as one, so "Đọc nhiều trong tuần / tháng" stays exact with no per-view row.
    """
    day = day or timezone.localdate()
    with transaction.atomic():
        # The database adds one itself: concurrent readers never overwrite each other's views.
        if Article.objects.filter(pk=article_id).update(view_count=F("view_count") + 1):
            with connection.cursor() as cursor:
                cursor.execute(_bucket_sql(), [article_id, day])
