from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render

from portal import text

from .models import Article, Category

PAGE_SIZE = 12


def _public_articles():
    return Article.objects.published().in_active_category().select_related("category")


def home(request):
    articles = _public_articles().newest_first()
    featured = articles.featured().first() or articles.first()
    latest = articles.exclude(pk=featured.pk)[:10] if featured else []
    return render(request, "news/home.html", {"featured": featured, "latest": latest})


def category(request, slug):
    category = get_object_or_404(Category.objects.active(), slug=slug)
    articles = _public_articles().filter(category=category).newest_first()
    page = Paginator(articles, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "news/category.html", {"category": category, "page": page})


def article_detail(request, slug):
    article = get_object_or_404(_public_articles(), slug=slug)
    return render(request, "news/article_detail.html", {"article": article})


def search(request):
    query = text.squash_spaces(request.GET.get("q", ""))[:200]
    results = _public_articles().newest_first()
    folded = text.fold(query)
    results = results.filter(search_folded__contains=folded) if folded else results.none()
    page = Paginator(results, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "news/search.html", {"search_query": query, "page": page})
