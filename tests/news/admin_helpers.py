"""Raw admin form posts, the way a browser (or someone crafting requests) sends them."""

from django.utils import timezone

ADD_URL = "/quan-tri/news/article/add/"
CHANGELIST_URL = "/quan-tri/news/article/"


def change_url(article):
    return f"/quan-tri/news/article/{article.pk}/change/"


def article_form_data(article=None, category=None, **overrides):
    """Every field of the article change form, filled from an article or with defaults.

    The workflow buttons post ``_workflow`` (e.g. ``_workflow="submit"``); without it the form
    is saved as it is ("Lưu")."""
    data = {
        "title": "Giám sát việc giải quyết ý kiến cử tri",
        "slug": "",
        "category": category.pk if category else "",
        "sapo": "Đoàn giám sát làm việc với các sở, ngành.",
        "body": "<p>Nội dung bài viết.</p>",
        "cover_caption": "",
        "cover_alt": "",
        "byline": "Tin, ảnh: Thu Hà",
        "source": "",
        "published_at_0": "",
        "published_at_1": "",
        "allow_comments": "on",
        "_save": "Lưu",
    }
    if article is not None:
        data.update(
            title=article.title,
            slug=article.slug,
            category=article.category_id,
            sapo=article.sapo,
            body=article.body,
            byline=article.byline,
            source=article.source,
        )
        if article.published_at:
            local = timezone.localtime(article.published_at)
            data["published_at_0"] = local.strftime("%Y-%m-%d")
            data["published_at_1"] = local.strftime("%H:%M:%S")
        if article.is_featured:
            data["is_featured"] = "on"
        if not article.allow_comments:
            del data["allow_comments"]
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def action_data(action, *articles):
    return {
        "action": action,
        "_selected_action": [str(a.pk) for a in articles],
        "index": "0",
    }
