"""`--redirects MAP.csv`: more old addresses for imported articles. Two columns, the old
address (any host, path or query string: `http://hdnd.vn/index.php?mod=news&id=123`) and the
article it leads to, named by its old address as imported, its source file, its slug or its
address here (`/tin-tuc/<slug>/`). A heading row is optional."""

from __future__ import annotations

import csv
from pathlib import Path
from urllib.parse import urlsplit

from django.db import transaction

from portal import cache

from ..legacy_redirects import old_url_key
from ..models import Article, ArticleImport, ArticleRedirect
from . import encoding

UNKNOWN_TARGET = "Không tìm thấy bài đích “{target}”."
BAD_ADDRESS = "Địa chỉ cũ “{url}” không hợp lệ."
TAKEN = "Địa chỉ cũ đã dẫn tới bài khác (#{pk}): giữ nguyên."
LIVE_ADDRESS = "Địa chỉ “{url}” là trang chủ của cổng: không chuyển hướng."


def find_article(target: str):
    """The article a map's second column names, or None."""
    target = target.strip()
    if not target:
        return None
    records = ArticleImport.objects.select_related("article")
    key = old_url_key(target)
    found = records.filter(source_key=f"url:{key}").first() if key else None
    found = found or records.filter(source_name=target).first()
    if found is None and "/" not in target.strip("/"):
        found = records.filter(source_name__endswith="/" + target).first()
    if found is not None:
        return found.article
    redirect = ArticleRedirect.objects.filter(old_url=key).select_related("article").first()
    if key and redirect is not None:
        return redirect.article
    path = urlsplit(target).path.strip("/")
    slug = path.rsplit("/", 1)[-1] if path else ""
    return Article.objects.filter(slug=slug).first() if slug else None


def load(path: str, report, *, dry_run=False) -> None:
    content, _ = encoding.decode(Path(path).read_bytes())
    rows = list(csv.reader(content.splitlines()))
    added = 0
    for line, row in enumerate(rows, start=1):
        if len(row) < 2 or not row[0].strip():
            continue
        old, target = row[0].strip(), row[1].strip()
        source = f"{path}:{line}"
        if line == 1 and not any(ch in old for ch in "/?."):
            continue  # the heading row
        key = old_url_key(old)
        if not key:
            report.refuse_redirect(source, BAD_ADDRESS.format(url=old))
            continue
        if key == "/":
            report.refuse_redirect(source, LIVE_ADDRESS.format(url=old))
            continue
        article = find_article(target)
        if article is None:
            report.refuse_redirect(source, UNKNOWN_TARGET.format(target=target))
            continue
        current = ArticleRedirect.objects.filter(old_url=key).values_list("article", flat=True)
        current = next(iter(current), None)
        if current is not None and current != article.pk:
            report.warn(source, TAKEN.format(pk=current))
            continue
        if current is None:
            added += 1
            if not dry_run:
                with transaction.atomic():
                    ArticleRedirect.objects.create(old_url=key, article=article)
    report.redirects += added
    if added and not dry_run:
        cache.changed(ArticleRedirect)
