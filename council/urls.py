from django.urls import path

from . import feeds, views

app_name = "council"

urlpatterns = [
    path("van-ban/", views.document_list, name="document_list"),
    path("van-ban/rss/", feeds.LatestDocumentsFeed(), name="document_feed"),
    path("van-ban/loai/<slug:slug>/rss/", feeds.KindDocumentsFeed(), name="kind_feed"),
    path("van-ban/tep/<int:pk>/<str:name>", views.file_download, name="file_download"),
    path("van-ban/<slug:slug>/", views.document_detail, name="document_detail"),
    path("van-ban/<slug:slug>/in/", views.document_print, name="document_print"),
    path("ky-hop/", views.session_list, name="session_list"),
    path("ky-hop/<slug:slug>/", views.session_detail, name="session_detail"),
]
