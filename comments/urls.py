from django.urls import path

from . import views

app_name = "comments"

urlpatterns = [
    path("bai-viet/<int:article_id>/gui/", views.comment_form, name="form"),
    path("bai-viet/<int:article_id>/bat-dau/", views.start, name="start"),
    path("ma-xac-nhan/moi/", views.captcha_refresh, name="captcha_refresh"),
]
