import io

import pytest

from comments import demo
from comments.models import BannedWord, Comment
from portal.reader_text import validate_name, validate_vietnamese
from tests.news.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_the_demo_has_comments_in_every_state_on_several_articles_and_is_idempotent():
    ArticleFactory.create_batch(3)
    demo.load(io.StringIO())
    first = list(Comment.objects.values_list("id", "status", "title", "created_at"))
    assert {status for _, status, _, _ in first} == set(Comment.Status.values)
    assert Comment.objects.values("article").distinct().count() == 3
    assert Comment.objects.approved().exclude(reply="").exists()
    assert Comment.objects.approved().filter(reply="").exists()
    assert Comment.objects.pending().exclude(flagged_words="").exists()
    assert BannedWord.objects.count() == len(demo.data()["banned_words"])

    output = io.StringIO()
    demo.load(output)
    assert list(Comment.objects.values_list("id", "status", "title", "created_at")) == first
    assert "0 bình luận mẫu mới" in output.getvalue()


def test_the_demo_comments_follow_the_rules_readers_must_follow():
    for comment in demo.data()["comments"]:
        validate_name(comment["name"])
        validate_vietnamese(comment["title"])
        validate_vietnamese(comment["content"])


def test_the_demo_without_articles_does_nothing():
    output = io.StringIO()
    demo.load(output)
    assert Comment.objects.count() == 0
    assert "chưa có bài viết" in output.getvalue()
