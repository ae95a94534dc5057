"""The rules the demo articles keep, which the loader and the pages rely on."""

import re

import pytest

from news import demo
from portal.text import slugify

SCENES = {"hall", "meeting", "field", "voters", "document", "construction", "river"}
# Two photos in the text, and up to four more in a gallery block.
IMAGE_PLACEHOLDERS = {f"__IMAGE_{n}__" for n in range(1, 7)}
ALLOWED_TAGS = {
    "p", "h2", "h3", "strong", "em", "ul", "ol", "li", "blockquote",
    "table", "thead", "tbody", "tr", "th", "td", "figure", "img", "figcaption", "a", "oembed",
}  # fmt: skip
ALLOWED_ATTRS = {"figure": {"class"}, "img": {"src", "alt"}, "a": {"href"}, "oembed": {"url"}}
FIELDS = {
    "title", "slug", "category", "sapo", "body", "byline", "source", "days_ago", "hour",
    "minute", "is_featured", "cover_caption", "cover_alt", "scene",
}  # fmt: skip
TAG_RE = re.compile(r"<\s*(/?)\s*([a-zA-Z0-9]+)([^>]*)>")
ATTR_RE = re.compile(r'([a-zA-Z-]+)\s*=\s*"([^"]*)"')

CATEGORIES = demo.categories()
ARTICLES = demo.articles()


def words(html):
    return len(TAG_RE.sub(" ", html).split())


def test_categories_have_unique_slugs_from_their_names_consecutive_order_and_a_description():
    assert len(CATEGORIES) >= 6
    assert [c["slug"] for c in CATEGORIES] == [slugify(c["name"]) for c in CATEGORIES]
    assert len({c["slug"] for c in CATEGORIES}) == len(CATEGORIES)
    assert sorted(c["order"] for c in CATEGORIES) == list(range(1, len(CATEGORIES) + 1))
    assert all(c["description"].strip() for c in CATEGORIES)


def test_articles_are_enough_with_unique_slugs_one_featured_and_distinct_days():
    assert len(ARTICLES) >= 16
    slugs = [a["slug"] for a in ARTICLES]
    assert len(set(slugs)) == len(slugs)
    assert sum(a["is_featured"] for a in ARTICLES) == 1
    days = [a["days_ago"] for a in ARTICLES]
    assert len(set(days)) == len(days)
    assert 0 in days and all(0 <= d <= 120 for d in days)


def test_every_category_has_at_least_two_articles_and_pictures_and_tables_are_common():
    per_category = {c["slug"]: 0 for c in CATEGORIES}
    for article in ARTICLES:
        per_category[article["category"]] += 1
    assert min(per_category.values()) >= 2, per_category
    with_pictures = sum("__IMAGE_1__" in a["body"] for a in ARTICLES)
    assert with_pictures * 2 >= len(ARTICLES)
    assert sum("<table>" in a["body"] for a in ARTICLES) >= 2


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a["slug"][:40])
def test_article_fields_are_complete_and_in_range(article):
    assert set(article) == FIELDS
    assert article["category"] in {c["slug"] for c in CATEGORIES}
    assert article["slug"] == slugify(article["title"])
    assert 60 <= len(article["title"]) <= 120
    assert 200 <= len(article["sapo"]) <= 400
    assert article["scene"] in SCENES
    assert 0 <= article["hour"] <= 23 and 0 <= article["minute"] <= 59
    for field in ("byline", "source", "cover_caption", "cover_alt"):
        assert article[field].strip(), field


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a["slug"][:40])
def test_article_body_is_balanced_allowlisted_html_of_a_readable_length(article):
    body = article["body"]
    assert 350 <= words(body) <= 800
    assert "style=" not in body
    placeholders = set(re.findall(r"__[A-Z0-9_]+__", body))
    assert placeholders <= IMAGE_PLACEHOLDERS
    assert "__IMAGE_2__" not in placeholders or "__IMAGE_1__" in placeholders
    assert all(body.count(p) == 1 for p in placeholders)

    open_tags = []
    for closing, tag, attrs in TAG_RE.findall(body):
        tag = tag.lower()
        found = dict(ATTR_RE.findall(attrs))
        assert tag in ALLOWED_TAGS, tag
        assert set(found) <= ALLOWED_ATTRS.get(tag, set()), (tag, found)
        if tag == "figure" and not closing:
            assert found.get("class") in {"image", "gallery", "media"}
        if tag == "img":
            assert found.get("src") in IMAGE_PLACEHOLDERS and found.get("alt")
            continue  # a void element
        if tag == "a" and not closing:
            assert found.get("href", "").startswith("/"), found
        if closing:
            assert open_tags and open_tags.pop() == tag, f"unbalanced </{tag}>"
        else:
            open_tags.append(tag)
    assert not open_tags, open_tags
