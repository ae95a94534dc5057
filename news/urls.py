from django.urls import path

from . import feeds, sitemaps, views

app_name = "news"

urlpatterns = [
    path("", views.home, name="home"),
    path("tim-kiem/", views.search_view, name="search"),
    path("chuyen-muc/<slug:slug>/", views.category, name="category"),
    path("chu-de/<slug:slug>/", views.topic, name="topic"),
    path("chuyen-muc/<slug:slug>/rss/", feeds.CategoryArticlesFeed(), name="category_feed"),
    path("chuyen-muc/<slug:slug>/feed.json", feeds.category_json_feed, name="category_json_feed"),
    path("rss/", feeds.LatestArticlesFeed(), name="feed"),
    path("feed.json", feeds.latest_json_feed, name="json_feed"),
    path("luu-tru/", views.archive_index, name="archive_index"),
    path("luu-tru/<int:year>/<int:month>/", views.archive_month, name="archive_month"),
    path("tin-tuc/<int:pk>/luot-xem/", views.article_view_beacon, name="article_view_beacon"),
    path("tin-tuc/<int:pk>/luot-xem.gif", views.article_view_pixel, name="article_view_pixel"),
    path("tin-tuc/<slug:slug>/", views.article_detail, name="article_detail"),
    path("tin-tuc/<slug:slug>/in/", views.article_print, name="article_print"),
    path("tin-tuc/<slug:slug>/qr.svg", views.article_qr, name="article_qr"),
    path("xem-truoc/<int:pk>/", views.article_preview, name="article_preview"),
    path("sitemap.xml", sitemaps.sitemap, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemaps.sitemap_section, name="sitemap_section"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
]
