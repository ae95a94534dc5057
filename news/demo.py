"""Demo categories and articles (text in demo_data/, pictures drawn by demo_images.py).

The texts are original and fictional (the city of Minh Giang, its people and figures):
demo_data/categories.json, and one file per article in demo_data/articles/, ordered by name,
with its fields as front matter and its HTML body after it.

Idempotent: categories and articles are found by slug and left alone when present. Pictures go
through news.images like a staff upload (cleaned, random name, renditions). The articles are
written by a demo writer and published by a demo editor; those two accounts are created here
without a usable password and only get one from `load_demo` when it creates staff accounts.
"""

import datetime
import json
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.html import escape

from portal import front_matter

from . import audio, images, related
from .demo_images import draw_scene
from .models import Article, Category, Topic
from .permissions import EDITOR_GROUP, WRITER_GROUP

DATA_DIR = Path(__file__).resolve().parent / "demo_data"
INT_FIELDS = ("days_ago", "hour", "minute")

# username -> (first name, last name, group)
NEWSROOM_ACCOUNTS = {
    "phongvien": ("Minh Anh", "Lê", WRITER_GROUP),
    "bientap": ("Thu Hà", "Phạm", EDITOR_GROUP),
}


def categories():
    return json.loads((DATA_DIR / "categories.json").read_text(encoding="utf-8"))


def articles():
    """Every demo article as a dict of its fields, in the order of the file names."""
    result = []
    for path in sorted((DATA_DIR / "articles").glob("*.md")):
        data, body = front_matter.read(path)
        for field in INT_FIELDS:
            data[field] = int(data[field])
        data["is_featured"] = {"true": True, "false": False}[data["is_featured"]]
        data["body"] = body
        result.append(data)
    return result


def _publish_time(days_ago, hour, minute):
    day = timezone.localdate() - datetime.timedelta(days=days_ago)
    moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))
    return min(moment, timezone.now())


def newsroom_accounts():
    """The demo writer and editor, created (without a usable password) when missing."""
    User = get_user_model()
    accounts = {}
    for username, (first_name, last_name, group_name) in NEWSROOM_ACCOUNTS.items():
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User(
                username=username,
                first_name=first_name,
                last_name=last_name,
                email=f"{username}@example.org",
                is_staff=True,
            )
            user.set_unusable_password()
            user.save()
            user.groups.add(Group.objects.get_or_create(name=group_name)[0])
        accounts[group_name] = user
    return accounts


def set_newsroom_passwords(password_for):
    """Give the demo writer and editor their passwords (password_for(username), from
    load_demo); return {username: password}."""
    User = get_user_model()
    newsroom_accounts()
    given = {}
    for user in User.objects.filter(username__in=NEWSROOM_ACCOUNTS).order_by("username"):
        password = password_for(user.username)
        if not user.check_password(password):
            user.set_password(password)
            user.save(update_fields=["password"])
        given[user.username] = password
    return given


def give_staff_password(password_for, stdout):
    """The demo_registry staff hook: each newsroom account gets its own generated password."""
    for username, password in set_newsroom_passwords(password_for).items():
        stdout.write(f"  Tài khoản mẫu {username}: mật khẩu {password}\n")


def _body_picture(data, seed, alt):
    """Store one body picture as an upload would be, and return its <img> with srcset."""
    picture = ContentFile(draw_scene(data["scene"], seed=seed), name="demo.jpg")
    stored = images.store(picture, folder="articles")
    urls = stored.responsive_urls()
    srcset = ", ".join(f"{url} {width}w" for width, url in urls["widths"])
    return (
        f'<img src="{urls["default"]}" alt="{escape(alt)}" srcset="{srcset}" sizes="100vw"'
        f' width="{stored.width}" height="{stored.height}">'
    )


def _with_pictures(data, index):
    body = data["body"]
    for n in range(1, 7):
        placeholder = f'<img src="__IMAGE_{n}__" alt="'
        start = body.find(placeholder)
        if start < 0:
            continue
        alt_start = start + len(placeholder)
        alt_end = body.index('">', alt_start)
        alt = body[alt_start:alt_end]
        img = _body_picture(data, index * 10 + n, alt)
        body = body[:start] + img + body[alt_end + 2 :]
    return body


def load(stdout):
    by_slug = {}
    for data in categories():
        category, _ = Category.objects.get_or_create(
            slug=data["slug"],
            defaults={k: data[k] for k in ("name", "order", "description")},
        )
        by_slug[category.slug] = category

    accounts = newsroom_accounts()
    writer, editor = accounts[WRITER_GROUP], accounts[EDITOR_GROUP]
    demo_articles = articles()
    existing = set(
        Article.objects.filter(slug__in=[a["slug"] for a in demo_articles]).values_list(
            "slug", flat=True
        )
    )
    created = 0
    for index, data in enumerate(demo_articles, start=1):
        if data["slug"] in existing:
            continue
        article = Article(
            title=data["title"],
            slug=data["slug"],
            category=by_slug[data["category"]],
            sapo=data["sapo"],
            body=_with_pictures(data, index),
            byline=data["byline"],
            source=data["source"],
            is_featured=data["is_featured"],
            status=Article.Status.PUBLISHED,
            published_at=_publish_time(data["days_ago"], data["hour"], data["minute"]),
            cover_image=ContentFile(draw_scene(data["scene"], seed=index), name="cover.jpg"),
            cover_caption=data["cover_caption"],
            cover_alt=data["cover_alt"],
            created_by=writer,
            updated_by=editor,
            # A plausible spread of readership so "Tin đọc nhiều" has something to rank.
            view_count=(len(demo_articles) - index + 1) * 137 + index * 29,
        )
        article.save()
        created += 1
    stdout.write(f"Tin tức: {len(by_slug)} chuyên mục, {created} bài viết mới.")
    _topics_and_related(stdout)
    _audio(stdout)


def _topics_and_related(stdout):
    """The demo articles' topics (demo_data/topics.json), then their "Bài liên quan"."""
    wanted = json.loads((DATA_DIR / "topics.json").read_text(encoding="utf-8"))
    demo = list(Article.objects.filter(slug__in=[a["slug"] for a in articles()]))
    for article in demo:
        names = wanted.get(article.slug, [])
        if names and not article.tags.exists():
            article.tags.add(*names)
    for article in demo:
        related.refresh(article)
    stdout.write(f"Chủ đề: {Topic.objects.count()} chủ đề; bài liên quan đã tính.")


def _audio(stdout):
    """'Nghe bài' for the demo articles when espeak-ng and opusenc are installed."""
    if not settings.NEWS_AUDIO_DEMO:
        return
    if audio.tools() is None:
        stdout.write(audio.INSTALL_HINT)
        return
    waiting = audio.stale_articles().count()
    if waiting:
        stdout.write(f"Nghe bài: đang tạo bản đọc cho {waiting} bài (có thể mất vài phút)…")
    done, failed = audio.make_stale(stdout=stdout)
    stdout.write(f"Nghe bài: {done} bài có bản đọc, {failed} bài lỗi.")
