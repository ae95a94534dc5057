from django.urls import path

from . import views

app_name = "news"

urlpatterns = [
    path("", views.home, name="home"),
    path("tim-kiem/", views.search, name="search"),
    path("chuyen-muc/<slug:slug>/", views.category, name="category"),
    path("tin-tuc/<slug:slug>/", views.article_detail, name="article_detail"),
]
