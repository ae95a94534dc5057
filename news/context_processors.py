from django.core.cache import cache

from .models import Category

NAVIGATION_CACHE_KEY = "news:navigation:v1"


def navigation(request):
    """Active categories for the site menu, cached so pages do not pay a query for them."""
    categories = cache.get(NAVIGATION_CACHE_KEY)
    if categories is None:
        categories = list(Category.objects.active().values("name", "slug"))
        cache.set(NAVIGATION_CACHE_KEY, categories, 300)
    return {"nav_categories": categories}
