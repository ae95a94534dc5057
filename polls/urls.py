from django.urls import path

from . import views

app_name = "polls"

urlpatterns = [
    path("", views.archive, name="archive"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/gui-phieu/", views.vote, name="vote"),
    path("<int:pk>/phieu/", views.ballot, name="ballot"),
    path("<int:pk>/bat-dau/", views.start, name="start"),
    path("<int:pk>/ket-qua/", views.results, name="results"),
]
