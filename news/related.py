""" "Bài liên quan": articles sharing topics and words with an article, worked out on save.

Reading them is one indexed query on news.RelatedArticle (the article's rows by score, joined to
what is public), however large the archive. The work is done when an article or its topics are
saved (the admin's save_related, the importers, `manage.py refresh_related_articles`): the
candidates are a bounded set — the newest articles of each shared topic, the newest of the same
category and the newest whose title holds one of the article's rarer words — each read off an
index, then scored in Python:

    score = 3 × shared topics + 10 × word overlap (Jaccard of title and sapo words)
            + 0.5 for the same category

An article also enters the lists of the articles it found, when it beats their weakest entry,
so a new report shows under the older ones it is related to.
"""

from __future__ import annotations

import re

from django.db import transaction

from portal import text

from .models import Article, RelatedArticle, TaggedArticle

SIZE = 5
# Candidates read per source: enough to find the best few, bounded whatever the archive's size.
PER_TOPIC = 60
PER_CATEGORY = 40
PER_WORD = 20
TITLE_WORDS = 3
MIN_SCORE = 1.0

# Words too common in council reports to say two articles are about the same thing (folded).
STOP_WORDS = frozenset(
    """
    va cua cac cho la co duoc trong voi tai tren nhung mot nhieu da se dang khi de ve nay do
    theo tu ra vao den nam thang ngay lan thu hoi dong nhan dan hdnd ubnd tinh thanh pho tp
    quan huyen phuong xa ky hop phien bao cao nghi quyet cong tac chuong trinh viec
    """.split()  # noqa: SIM905
)
_WORD_RE = re.compile(r"[a-z0-9]+")


def words(value: str) -> set[str]:
    """The folded, lower-case words of value worth comparing (no stop words, no one-letter)."""
    return {w for w in _WORD_RE.findall(text.fold(value or "").lower()) if len(w) > 1} - STOP_WORDS


def _topic_ids(article) -> list[int]:
    return list(
        TaggedArticle.objects.filter(content_object=article).values_list("tag_id", flat=True)
    )


def _candidates(article, topic_ids, title_words):
    published = Article.objects.published().exclude(pk=article.pk).order_by("-published_at", "-id")
    ids: set[int] = set()
    for topic_id in topic_ids:
        ids.update(
            published.filter(tagged_items__tag_id=topic_id).values_list("pk", flat=True)[:PER_TOPIC]
        )
    ids.update(
        published.filter(category_id=article.category_id).values_list("pk", flat=True)[
            :PER_CATEGORY
        ]
    )
    # The longest words are the rarest; their title match is served by the trigram index on
    # PostgreSQL (news 0004) and is a bounded scan-and-stop on SQLite.
    for word in sorted(title_words, key=lambda w: (-len(w), w))[:TITLE_WORDS]:
        ids.update(
            published.filter(title_folded__icontains=word).values_list("pk", flat=True)[:PER_WORD]
        )
    return ids


def score(article_words, article_topics, article_category, other, other_topics) -> float:
    other_words = words(f"{other.title} {other.sapo}")
    union = article_words | other_words
    overlap = len(article_words & other_words) / len(union) if union else 0.0
    shared = len(article_topics & other_topics)
    return 3 * shared + 10 * overlap + (0.5 if other.category_id == article_category else 0.0)


def compute(article) -> list[tuple[int, float]]:
    """[(related id, score), …] best first, at most SIZE, for a saved article."""
    topic_ids = _topic_ids(article)
    article_words = words(f"{article.title} {article.sapo}")
    title_words = words(article.title)
    ids = _candidates(article, topic_ids, title_words)
    if not ids:
        return []
    others = list(Article.objects.filter(pk__in=ids).only("id", "title", "sapo", "category_id"))
    topics_of: dict[int, set[int]] = {}
    for article_id, tag_id in TaggedArticle.objects.filter(content_object_id__in=ids).values_list(
        "content_object_id", "tag_id"
    ):
        topics_of.setdefault(article_id, set()).add(tag_id)
    scored = [
        (
            other.pk,
            score(
                article_words,
                set(topic_ids),
                article.category_id,
                other,
                topics_of.get(other.pk, set()),
            ),
        )
        for other in others
    ]
    scored = [(pk, round(value, 4)) for pk, value in scored if value >= MIN_SCORE]
    scored.sort(key=lambda item: (-item[1], -item[0]))
    return scored[:SIZE]


def refresh(article) -> list[tuple[int, float]]:
    """Recompute an article's related list and offer it to the lists of what it found."""
    found = compute(article) if article.is_public else []
    with transaction.atomic():
        RelatedArticle.objects.filter(article=article).delete()
        RelatedArticle.objects.bulk_create(
            RelatedArticle(article=article, related_id=pk, score=value) for pk, value in found
        )
        for pk, value in found:
            _offer(pk, article.pk, value)
    return found


def _offer(owner_id: int, candidate_id: int, value: float) -> None:
    """Put candidate in owner's list if it has room or candidate beats the weakest entry."""
    rows = list(
        RelatedArticle.objects.filter(article_id=owner_id)
        .exclude(related_id=candidate_id)
        .order_by("-score", "-related_id")
        .values_list("pk", "score")
    )
    if len(rows) >= SIZE and rows[SIZE - 1][1] >= value:
        return
    RelatedArticle.objects.update_or_create(
        article_id=owner_id, related_id=candidate_id, defaults={"score": value}
    )
    surplus = [pk for pk, _ in rows[SIZE - 1 :]]
    if surplus:
        RelatedArticle.objects.filter(pk__in=surplus).delete()


def related_to(article, size: int = SIZE):
    """The public related articles, best first: one query on the (article, score) index."""
    return list(
        Article.objects.public()
        .filter(related_of__article=article)
        .select_related("category")
        .only("id", "title", "slug", "published_at", "category__name", "category__slug")
        .order_by("-related_of__score", "-id")[:size]
    )
