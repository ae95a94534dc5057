"""Demo comments in every state on the newest demo articles, and a few banned words.

The texts are original, in demo_data/comments.json. Idempotent: a comment is found by its
article position, name and title and left alone when it exists, so running the demo twice
changes nothing.
"""

import datetime
import json
from pathlib import Path

from django.utils import timezone

from news.models import Article

from .models import BannedWord, Comment

DATA_FILE = Path(__file__).resolve().parent / "demo_data" / "comments.json"


def data():
    """Banned words and comments; a comment names its article by position among the newest."""
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))


def load(stdout):
    content = data()
    banned_words = content["banned_words"]
    for word in banned_words:
        BannedWord.objects.get_or_create(word=word)

    articles = list(Article.objects.published().order_by("-published_at", "-id")[:3])
    if not articles:
        stdout.write("Bình luận: chưa có bài viết nào để thêm bình luận mẫu.")
        return

    created = 0
    now = timezone.now()
    for item in content["comments"]:
        article = articles[item["article"] % len(articles)]
        if Comment.objects.filter(article=article, name=item["name"], title=item["title"]).exists():
            continue
        moment = min(article.published_at + datetime.timedelta(hours=item["hours_after"]), now)
        later = min(moment + datetime.timedelta(hours=1), now)
        comment = Comment.objects.create(
            article=article,
            name=item["name"],
            phone=item["phone"],
            title=item["title"],
            content=item["content"],
            status=item["status"],
            flagged_words=item["flagged_words"],
            reply=item["reply"],
            replied_at=later if item["reply"] else None,
            moderated_at=None if item["status"] == Comment.Status.PENDING else later,
        )
        Comment.objects.filter(pk=comment.pk).update(created_at=moment)
        created += 1
    stdout.write(f"Bình luận: {created} bình luận mẫu mới, {len(banned_words)} từ bị cấm.")
