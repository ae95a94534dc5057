from django.urls import path

from . import feeds, petition_views, views

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
    # Voters' petitions and citizens' questions.
    path("kien-nghi/", petition_views.petition_list, name="petition_list"),
    path("kien-nghi/gui/", petition_views.petition_form, name="petition_form"),
    path("kien-nghi/tra-cuu/", petition_views.petition_lookup, name="petition_lookup"),
    path("kien-nghi/<int:pk>/", petition_views.petition_detail, name="petition_detail"),
]
