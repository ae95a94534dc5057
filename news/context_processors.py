from .models import NAVIGATION_CACHE, Category


def navigation(request):
    """Active categories for the site menu, cached so pages do not pay a query for them."""
    categories = NAVIGATION_CACHE.get()
    if categories is None:
        categories = list(Category.objects.active().values("name", "slug"))
        NAVIGATION_CACHE.set(categories)
    return {"nav_categories": categories}
