from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = "Tin tức"

    def ready(self):
        from portal import cache, demo_registry, page_cache

        from .legacy_redirects import QUERY_PATHS_CACHE
        from .listings import next_visibility_change
        from .models import (
            ACTIVE_CATEGORIES_CACHE,
            MOST_READ_CACHE,
            NAVIGATION_CACHE,
            SEARCH_ABBREVIATIONS_CACHE,
            Article,
            ArticleRedirect,
            Category,
            SearchAbbreviation,
        )

        # "articles" is every list of articles (home, categories, archive, most read); a category
        # is in the menu on every page, and switching it off takes its articles off the lists.
        cache.on_change(
            Article,
            keys=[MOST_READ_CACHE],
            tags=lambda article: [f"article:{article.pk}", "articles"],
        )
        cache.on_change(
            Category,
            keys=[NAVIGATION_CACHE, ACTIVE_CATEGORIES_CACHE, MOST_READ_CACHE],
            tags=lambda category: [f"category:{category.pk}", "articles", "site"],
        )
        # Old addresses of the portal this one replaced (news.legacy_redirects).
        cache.on_change(ArticleRedirect, keys=[QUERY_PATHS_CACHE])

        # Search pages read the abbreviations: an editor's change shows at once.
        cache.on_change(
            SearchAbbreviation,
            keys=[SEARCH_ABBREVIATIONS_CACHE],
            tags=lambda abbreviation: ["search-abbreviations", "articles"],
        )
        # A new spoken version or new related articles show on the article's page at once.
        from .models import ArticleAudio, RelatedArticle, Topic

        cache.on_change(ArticleAudio, tags=lambda audio: [f"article:{audio.article_id}"])
        cache.on_change(RelatedArticle, tags=lambda row: [f"article:{row.article_id}"])
        cache.on_change(Topic, tags=lambda topic: [f"topic:{topic.pk}", "articles"])

        # A cached page ends when a scheduled article goes up or a published one expires, so
        # each appears and leaves on time.
        page_cache.register_clock(next_visibility_change)

        demo_registry.register(self, staff="news.demo.give_staff_password")
