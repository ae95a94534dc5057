"""Pictures uploaded through the editor keep their size, so article pages reserve their room
while they load, and are offered again by the editor's media library, found by alt text."""

import pytest
from django.urls import reverse

from news.models import Article, BodyImage
from tests.factories import EditorFactory, StaffUserFactory, WriterFactory
from tests.news.factories import ArticleFactory, uploaded_image

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media_root")]

UPLOAD_URL = "/ckeditor5/tai-anh/"
LIBRARY_URL = reverse("admin:news_article_media_library")


def upload(client):
    response = client.post(UPLOAD_URL, {"upload": uploaded_image()})
    assert response.status_code == 200
    return response.json()["urls"]["default"]


def test_an_upload_is_remembered_with_its_size_and_uploader(client):
    writer = WriterFactory()
    client.force_login(writer)
    url = upload(client)
    image = BodyImage.objects.get()
    assert image.url == url
    assert image.width > 0 and image.height > 0
    assert image.uploaded_by == writer


def test_a_body_picture_gets_its_width_and_height_and_teaches_the_library_its_alt(client):
    client.force_login(EditorFactory())
    url = upload(client)
    image = BodyImage.objects.get()
    article = ArticleFactory(
        body=f'<figure class="image"><img src="{url}" alt="Đại biểu biểu quyết"></figure>'
    )
    body = Article.objects.get(pk=article.pk).body
    assert f'<img src="{url}" width="{image.width}" height="{image.height}"' in body
    image.refresh_from_db()
    assert image.alt == "Đại biểu biểu quyết"


def test_sizes_already_written_and_pictures_from_elsewhere_are_left_alone():
    body = (
        '<p><img src="https://anh.example.org/a.jpg" alt="Ảnh ngoài"></p>'
        '<p><img src="/media/khong-co.jpg" alt="Ảnh lạ"></p>'
    )
    saved = Article.objects.get(pk=ArticleFactory(body=body).pk).body
    assert "width=" not in saved


def test_the_library_finds_pictures_by_alt_text_with_or_without_marks(client):
    BodyImage.objects.create(
        name="a.jpg", default_name="a.jpg", width=800, height=533, alt="Hội trường kỳ họp"
    )
    BodyImage.objects.create(
        name="b.jpg", default_name="b.jpg", width=800, height=600, alt="Bờ sông Minh Giang"
    )
    client.force_login(WriterFactory())
    found = client.get(LIBRARY_URL, {"q": "hoi truong"}).json()["images"]
    assert [i["alt"] for i in found] == ["Hội trường kỳ họp"]
    assert found[0]["width"] == 800 and found[0]["height"] == 533
    assert len(client.get(LIBRARY_URL).json()["images"]) == 2


def test_the_library_is_for_staff_who_write(client):
    client.force_login(StaffUserFactory())
    assert client.get(LIBRARY_URL).status_code in (403, 302)


def test_the_article_form_offers_the_library(client):
    client.force_login(WriterFactory())
    page = client.get("/quan-tri/news/article/add/").content.decode()
    assert "Thư viện ảnh" in page and f'data-media-library="{LIBRARY_URL}"' in page
