import pytest

from comments import moderation
from comments.models import Comment
from tests.comments.factories import CommentFactory
from tests.news.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_querysets_name_the_states_readers_and_moderators_care_about():
    approved = CommentFactory()
    pending = CommentFactory(status=Comment.Status.PENDING)
    CommentFactory(status=Comment.Status.REJECTED)
    CommentFactory(status=Comment.Status.SPAM)
    assert list(Comment.objects.approved()) == [approved]
    assert list(Comment.objects.pending()) == [pending]
    assert moderation.pending_count() == 1


def test_a_new_comment_waits_for_moderation_by_default():
    assert Comment().status == Comment.Status.PENDING


def test_saving_normalizes_the_text():
    comment = CommentFactory(name=" Lê\u200b  Thị\nHồng ", title="Góp\u202e ý\n về chợ")
    assert comment.name == "Lê Thị Hồng"
    assert comment.title == "Góp ý về chợ"


def test_comments_go_with_their_article():
    article = ArticleFactory()
    CommentFactory.create_batch(2, article=article)
    article.delete()
    assert Comment.objects.count() == 0


def test_the_public_address_of_a_comment_is_its_anchor_on_the_article():
    comment = CommentFactory()
    assert comment.get_absolute_url() == (
        f"{comment.article.get_absolute_url()}#binh-luan-{comment.pk}"
    )


def test_a_comment_is_public_only_when_approved_under_an_article_readers_can_open():
    assert CommentFactory().is_public
    for status in (Comment.Status.PENDING, Comment.Status.REJECTED, Comment.Status.SPAM):
        assert not CommentFactory(status=status).is_public
    assert not CommentFactory(article=ArticleFactory(draft=True)).is_public
    assert not CommentFactory(article=ArticleFactory(scheduled=True)).is_public


def test_the_queue_and_article_lists_have_indexes():
    names = {index.name for index in Comment._meta.indexes}
    fields = {tuple(index.fields) for index in Comment._meta.indexes}
    assert ("article", "status", "created_at") in fields
    assert ("status", "created_at") in fields
    assert len(names) == 2


def test_moderating_twice_does_not_restamp_comments_already_in_that_state(django_user_model):
    user = django_user_model.objects.create(username="kiemduyet")
    comment = CommentFactory(status=Comment.Status.PENDING)
    assert moderation.approve(Comment.objects.all(), user) == 1
    assert moderation.approve(Comment.objects.all(), user) == 0
    comment.refresh_from_db()
    assert comment.moderated_by == user


@pytest.mark.parametrize(
    ("texts", "found"),
    [
        (["Nhóm CÁ ĐỘ bóng đá"], ["cá độ"]),
        (["cá độc", "bọn cá độngười"], []),
        (["Có lô đề, cá độ."], ["cá độ", "lô đề"]),
        (["Tiêu đề bình thường", "Nội dung có lô đề"], ["lô đề"]),
    ],
)
def test_banned_words_match_whole_words_in_any_case(texts, found):
    assert sorted(moderation.find_banned_words(*texts, words=["cá độ", "lô đề"])) == found
