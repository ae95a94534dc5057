"""Reader-side pages: home, categories, articles, print view, archive, search, feeds' neighbours."""

import functools
import time

from django.contrib.admin.views.decorators import staff_member_required
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe

from portal import page_cache, pagination, site_url

from . import audio, listings, qr, related, search_filters, search_page, seo, view_counter
from .models import Article, ArticleRedirect, Category, Topic

HOME_LATEST = 10
# A 1×1 transparent GIF: the no-JavaScript view counter.
PIXEL_GIF = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00"
    b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
)
MAX_SLUG_LENGTH = 255


def _public_article(slug, view_name):
    """The public article at slug; an old slug answers 301 to its current address."""
    if len(slug) > MAX_SLUG_LENGTH:
        raise Http404
    # With its "Nghe bài" row (news.audio.ready_audio), if any, in the same query.
    article = listings.public_articles().select_related("audio").filter(slug=slug).first()
    if article is not None:
        return article, None
    return None, _moved(slug, view_name)


def _moved(slug, view_name):
    """The 301 from an article's old slug to its current address; Http404 if there is none."""
    moved = (
        ArticleRedirect.objects.select_related("article__category").filter(old_slug=slug).first()
    )
    target = moved.article if moved else None
    if target is None or not target.is_public:
        raise Http404
    return HttpResponsePermanentRedirect(reverse(view_name, kwargs={"slug": target.slug}))


def _page_url(path, page):
    """The canonical address of a list page (page 1 has no ?page=), built from the view's own
    address rather than the request's, so /luu-tru/2026/09/ and /2026/9/ name one page."""
    url = seo.absolute_url(path)
    return url if page.number == 1 else f"{url}?page={page.number}"


def _article_context(article, frame, *, is_preview=False):
    """The article page's context. Everything but the frame (listings.article_frame) is read
    only inside the page's remembered blocks, so it is handed over uncomputed: a block found in
    the cache costs none of its queries, and `article` may be a lazy object never loaded."""

    def canonical():
        return seo.absolute_url(article.get_absolute_url())

    canonical = functools.cache(canonical)
    image = functools.cache(lambda: seo.absolute_url(article.cover_share_url))
    return {
        "article": article,
        "article_id": frame["pk"],
        "frame": frame,
        # The menu marks the article's category (council_menu) without loading the article.
        "article_category_slug": frame["category_slug"],
        "page_tag": f"article:{frame['pk']}",
        "is_preview": is_preview,
        "canonical_url": canonical,
        "og_image": image,
        "json_ld_data": functools.cache(lambda: seo.article_json_ld(article, canonical(), image())),
        "share": functools.cache(lambda: seo.share_links(canonical(), article.title)),
        # "Tin khác", "Các bài mới đăng", "Các bài đã đăng".
        "lists": functools.cache(lambda: listings.related_lists(article)),
        # Topics, "Bài liên quan" (precomputed, news.related) and "Nghe bài" (news.audio).
        "topics": functools.cache(lambda: list(article.tags.order_by("name"))),
        "related_articles": functools.cache(lambda: related.related_to(article)),
        "audio": functools.cache(lambda: audio.ready_audio(article)),
    }


def _home_lists():
    published = Article.objects.published()
    newest = listings.first_public(published, HOME_LATEST + 1)
    featured = listings.newest_featured() or next(iter(newest), None)
    exclude = [featured.pk] if featured else []
    return {
        "featured": featured,
        "latest": [a for a in newest if a.pk not in exclude][:HOME_LATEST],
        "category_blocks": listings.latest_per_category(exclude_ids=exclude),
    }


@page_cache.cached_page()
def home(request):
    # Read by the page's remembered block only: when it is in the cache, no list is queried.
    lists = functools.cache(_home_lists)
    context = {
        "home_lists": lists,
        "canonical_url": seo.absolute_url("/"),
    }
    return render(request, "news/home.html", context)


@page_cache.cached_page(query=["page"])
def category(request, slug):
    category = get_object_or_404(Category.objects.active(), slug=slug)
    page_cache.tag(request, f"category:{category.pk}")
    articles = listings.public_articles().filter(category=category).for_lists().newest_first()
    page = pagination.paginate(request, articles, count=listings.category_count(category, articles))
    context = {
        "category": category,
        "page": page,
        "canonical_url": _page_url(category.get_absolute_url(), page),
    }
    return render(request, "news/category.html", context)


@page_cache.cached_page(query=["page"])
def topic(request, slug):
    """A topic's articles ("Chủ đề"), newest first."""
    topic = get_object_or_404(Topic, slug=slug[:MAX_SLUG_LENGTH])
    page_cache.tag(request, f"topic:{topic.pk}")
    articles = listings.topic_articles(topic)
    page = pagination.paginate(request, articles, count=listings.topic_count(topic, articles))
    context = {
        "topic": topic,
        "page": page,
        "canonical_url": _page_url(topic.get_absolute_url(), page),
    }
    return render(request, "news/topic.html", context)


def _keep_seconds(request):
    """How long what this request draws may be kept: until the page cache's clocks say."""
    now = time.time()
    return max(1, int(page_cache.expires_for(request, now) - now))


def _load_public(pk):
    article = listings.public_articles().select_related("audio").filter(pk=pk).first()
    if article is None:  # hidden between the frame's lookup and the first block drawn
        raise Http404
    return article


@page_cache.cached_page()
def article_detail(request, slug):
    if len(slug) > MAX_SLUG_LENGTH:
        raise Http404
    frame, article = listings.public_article_frame(slug, lambda: _keep_seconds(request))
    if frame is None:
        # Not a public article's address: an old one of an article (301), or nothing (404).
        return _moved(slug, "news:article_detail")
    if article is None:
        article = SimpleLazyObject(functools.partial(_load_public, frame["pk"]))
    context = _article_context(article, frame)
    page_cache.tag(request, context["page_tag"])
    return render(request, "news/article_detail.html", context)


@never_cache
@staff_member_required
def article_preview(request, pk):
    """Any article in any state, for staff who may see articles; never indexed, never counted."""
    articles = Article.objects.visible_to(request.user).select_related("category")
    article = get_object_or_404(articles, pk=pk)
    context = _article_context(article, listings.article_frame(article), is_preview=True)
    response = render(request, "news/article_detail.html", context)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def article_print(request, slug):
    article, redirect = _public_article(slug, "news:article_print")
    if redirect:
        return redirect
    canonical = seo.absolute_url(article.get_absolute_url())
    context = {"article": article, "canonical_url": canonical, "qr_svg": qr.qr_svg(canonical)}
    response = render(request, "news/article_print.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response


@require_safe
@cache_control(public=True, max_age=30 * 24 * 3600)
def article_qr(request, slug):
    """The QR code of an article's address as an SVG image (the address never changes)."""
    article, redirect = _public_article(slug, "news:article_qr")
    if redirect:
        return redirect
    svg = qr.qr_svg_document(seo.absolute_url(article.get_absolute_url()))
    return HttpResponse(svg, content_type="image/svg+xml; charset=utf-8")


def _counted_article_id(pk):
    if not Article.objects.public().filter(pk=pk).exists():
        raise Http404
    return pk


@csrf_exempt  # a beacon carries no token; it changes nothing but a de-duplicated counter
@require_POST
@never_cache
def article_view_beacon(request, pk):
    view_counter.record_view(request, _counted_article_id(pk))
    return HttpResponse(status=204)


@require_safe
@never_cache
def article_view_pixel(request, pk):
    """The counter for readers without JavaScript, loaded from <noscript>."""
    view_counter.record_view(request, _counted_article_id(pk))
    return HttpResponse(PIXEL_GIF, content_type="image/gif")


@page_cache.cached_page()
def archive_index(request):
    years = {}
    for row in listings.month_counts():
        years.setdefault(row["month"].year, []).append(row)
    context = {
        "years": sorted(years.items(), reverse=True),
        "canonical_url": seo.absolute_url(request.path),
    }
    return render(request, "news/archive_index.html", context)


@page_cache.cached_page(query=["page"])
def archive_month(request, year, month):
    bounds = listings.month_bounds(year, month)
    if bounds is None:
        raise Http404
    articles = (
        listings.public_articles()
        .filter(published_at__gte=bounds[0], published_at__lt=bounds[1])
        .for_lists()
        .newest_first()
    )
    page = pagination.paginate(request, articles, count=listings.month_count(bounds, articles))
    if not page.paginator.count:
        raise Http404
    context = {
        "month_start": bounds[0],
        "page": page,
        "canonical_url": _page_url(reverse("news:archive_month", args=(year, month)), page),
    }
    return render(request, "news/archive_month.html", context)


@page_cache.cached_page(query=["q", "page", *search_filters.PARAMS])
def search_view(request):
    context = search_page.context(request)
    page_cache.note_query(request, "q", context["query"].text or None)
    for name, value in context["filters"].canonical.items():
        page_cache.note_query(request, name, value)
    if not context["found"]:
        # Only searches that found something are kept: made-up words cannot fill the cache.
        page_cache.skip(request)
    return render(request, "news/search.html", context)


@require_safe
@cache_control(public=True, max_age=24 * 3600)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /quan-tri/",
        "Disallow: /xem-truoc/",
        "Disallow: /tim-kiem/",
        "Disallow: /captcha/",
        "Disallow: /ckeditor5/",
        "Disallow: /suc-khoe/",
        "Disallow: /tin-tuc/*/in/",
        "Disallow: /tin-tuc/*/luot-xem",
        "",
        f"Sitemap: {site_url.base()}{reverse('news:sitemap')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
