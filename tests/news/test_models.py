import pytest

from tests.news.factories import ArticleFactory, EditorFactory, WriterFactory

pytestmark = pytest.mark.django_db


def test_article_factory_builds_a_public_article():
    article = ArticleFactory()
    assert article.is_public
    assert WriterFactory().groups.get().name == "Phóng viên"
    assert EditorFactory().groups.get().name == "Biên tập viên"
