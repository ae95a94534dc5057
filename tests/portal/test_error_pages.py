import pytest
from django.test import Client, override_settings
from django.urls import path

from portal import urls as portal_urls


def _boom(request):
    raise RuntimeError("secret internals: SELECT password FROM users")


urlpatterns = [path("boom/", _boom), *portal_urls.urlpatterns]
handler500 = portal_urls.handler500
handler404 = portal_urls.handler404


@pytest.mark.django_db
def test_unknown_address_gets_a_vietnamese_404_page(client):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    body = response.content.decode()
    assert '<html lang="vi">' in body
    assert "Không tìm thấy trang" in body


@pytest.mark.django_db
@override_settings(ROOT_URLCONF=__name__)
def test_server_error_page_is_vietnamese_and_leaks_nothing():
    client = Client(raise_request_exception=False)
    response = client.get("/boom/")
    assert response.status_code == 500
    body = response.content.decode()
    assert "Hệ thống đang gặp sự cố" in body
    assert "secret internals" not in body and "Traceback" not in body


@pytest.mark.django_db
def test_disallowed_host_gets_a_400_without_details(client):
    response = client.get("/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert "evil.example" not in response.content.decode()


@pytest.mark.django_db
def test_pages_are_served_as_utf8(client):
    response = client.get("/")
    assert response["Content-Type"] == "text/html; charset=utf-8"
