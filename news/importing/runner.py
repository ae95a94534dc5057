"""Writing what the readers found: one transaction per article, through Article.save() (the
admin's normalisation and sanitizer) and news.publishing (status changes).

- The source key (items.LegacyArticle.source_key) finds an article imported before: it is
  updated when anything in the source changed and skipped otherwise, never added twice.
- A new article waits for review (or stays a draft) unless the run publishes; an article
  imported before keeps the status editors gave it. It keeps its original date; its view count
  is the old portal's, and a later import adds only what the old portal counted since.
- Pictures found next to a saved page or in the WordPress uploads folder go through
  news.images (checked, re-encoded, renditions), with their alt text and caption.
- Its old addresses become ArticleRedirect rows (news.legacy_redirects).
- Once every article is in, links in imported bodies that pointed at other imported articles
  (by old address, or at the saved file) point at their new address.

A failure in one article rolls back that article only (and removes the pictures it stored).
"""

from __future__ import annotations

import logging
import re
from html import escape, unescape
from itertools import islice
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import DatabaseError, transaction
from django.db.models import F
from django.urls import reverse

from portal import cache, text

from .. import images, publishing
from ..legacy_redirects import old_url_key
from ..models import Article, ArticleImport, ArticleRedirect, Category
from . import report as outcomes
from .items import LegacyArticle, Refused

logger = logging.getLogger(__name__)

# Articles committed together; each is still its own savepoint.
BATCH = 100
NO_CATEGORY = "Không rõ chuyên mục của bài: hãy chỉ định bằng --category."
IMAGE_MISSING = "Không tìm thấy ảnh “{src}” bên cạnh tệp nguồn: ảnh bị bỏ qua."
IMAGE_REFUSED = "Ảnh “{src}” không nhập được: {reason}"
REDIRECT_TAKEN = "Địa chỉ cũ “{url}” đã dẫn tới bài khác: giữ nguyên."
CHANGE_REASON = "Nhập từ cổng cũ"
_IMG_RE = re.compile(r"<img\b[^>]*>", re.I)
_SRC_RE = re.compile(r'\ssrc="([^"]*)"', re.I)
_HREF_RE = re.compile(r'(<a\b[^>]*?\shref=")([^"]*)(")', re.I)


class Importer:
    def __init__(self, *, status, report, category=None, user=None, dry_run=False, progress=None):
        self.status = status
        self.report = report
        self.category = category
        self.user = user
        self.dry_run = dry_run
        self.progress = progress
        self._categories = {}
        for existing in Category.objects.all():
            self._categories.setdefault(_category_key(existing.name), existing)
            self._categories.setdefault(existing.slug, existing)
        self._stored_images = {}
        self._records = {}
        self._looked_up = set()
        # For the link pass: article id -> (its old address, its saved file's links).
        self._touched = {}
        self._by_file = {}

    # --- the run -----------------------------------------------------------------------------

    def run(self, items) -> None:
        items = iter(items)
        while batch := list(islice(items, BATCH)):
            keys = [item.source_key for item in batch if isinstance(item, LegacyArticle)]
            found = ArticleImport.objects.filter(source_key__in=keys).select_related("article")
            self._records = {record.source_key: record for record in found}
            self._looked_up = set(keys)
            # Each article is its own savepoint (all or nothing); committing them a batch at a
            # time spares SQLite a sync per article.
            with transaction.atomic():
                self._run_batch(batch)
        if not self.dry_run:
            self.rewrite_links()
        if self.progress:
            self.progress.close()
        self.report.finish()

    def _run_batch(self, batch) -> None:
        for item in batch:
            if isinstance(item, Refused):
                self._record(outcomes.REFUSED, item.source_name, reason=item.reason)
                continue
            try:
                outcome, article = self.import_one(item)
            except Refused as refused:
                self._record(outcomes.REFUSED, item.source_name, reason=refused.reason)
                continue
            except (ValidationError, PermissionDenied, DatabaseError, images.StorageError) as exc:
                logger.warning("Import of %s failed", item.source_name, exc_info=True)
                self._record(outcomes.REFUSED, item.source_name, reason=_reason(exc))
                continue
            if item.encoding:
                self.report.converted_from(item.source_name, item.encoding)
            for warning in item.warnings:
                self.report.warn(item.source_name, warning)
            self._record(outcome, item.source_name, title=item.title)

    def _record(self, outcome, source, *, reason="", title=""):
        self.report.add(outcome, source, reason=reason, title=title)
        if self.progress:
            self.progress.step(outcome, source, title, reason)

    # --- one article -------------------------------------------------------------------------

    def import_one(self, item: LegacyArticle):
        key, digest = item.source_key, item.content_hash()
        if key in self._records or key in self._looked_up:
            record = self._records.get(key)
        else:
            record = ArticleImport.objects.select_related("article").filter(source_key=key).first()
        if record is not None and record.content_hash == digest:
            self._remember(record.article, item)
            return outcomes.SKIPPED, record.article
        category = self._category(item)
        if self.dry_run:
            Article(title=item.title, category=category).clean_fields(
                exclude=["slug", "category", "created_by", "updated_by"]
            )
            return (outcomes.UPDATED if record else outcomes.CREATED), None
        stored = []
        try:
            with transaction.atomic():
                article, self._records[key] = self._write(item, record, category, digest, stored)
        except BaseException:
            images.delete_files([name for s in stored for name in _stored_names(s)])
            for path, picture in list(self._stored_images.items()):
                if picture in stored:
                    del self._stored_images[path]
            raise
        self._remember(article, item)
        return (outcomes.UPDATED if record else outcomes.CREATED), article

    def _write(self, item, record, category, digest, stored):
        is_new = record is None
        article = Article() if is_new else record.article
        article.title = item.title
        article.category = category
        article.sapo = item.sapo
        article.body = self._body(item, stored)
        article.byline = item.byline
        article.source = item.source
        article.published_at = item.published_at
        cover = self._cover(item, stored)
        if cover is not None:
            article.cover_image = cover.name
            article.cover_renditions = cover.as_renditions()
            article.cover_alt = article.cover_alt or item.title[:300]
        article.updated_by = self.user
        article._history_user = self.user
        article._change_reason = CHANGE_REASON
        legacy_views = item.view_count or 0
        if is_new:
            article.created_by = self.user
            article.status = (
                Article.Status.DRAFT
                if item.is_draft or self.status == Article.Status.DRAFT
                else Article.Status.REVIEW
            )
            article.view_count = legacy_views
        article.save()
        if is_new and self.status == Article.Status.PUBLISHED and not item.is_draft:
            publishing.publish(article, self.user)
        if not is_new and legacy_views > record.legacy_view_count:
            Article.objects.filter(pk=article.pk).update(
                view_count=F("view_count") + (legacy_views - record.legacy_view_count)
            )
            cache.changed(Article, [article])
        fields = {
            "source_format": item.source_format,
            "source_name": item.source_name[:500],
            "source_url": item.source_url[:1000],
            "encoding": item.encoding,
            "content_hash": digest,
            "legacy_view_count": max(legacy_views, record.legacy_view_count if record else 0),
        }
        if is_new:
            record = ArticleImport(article=article, source_key=item.source_key, **fields)
        else:
            for name, value in fields.items():
                setattr(record, name, value)
        record.save()
        self._redirects(article, item)
        return article, record

    def _category(self, item):
        if self.category is not None:
            return self.category
        name = text.squash_spaces(item.category)
        if not name:
            raise Refused(NO_CATEGORY)
        key = _category_key(name)
        found = self._categories.get(key) or self._categories.get(text.slugify(name, 140))
        if found is not None:
            return found
        if self.dry_run:
            found = Category(name=name[:120], slug=text.slugify(name, 140))
        else:
            found = Category.objects.create(name=name[:120], slug=text.slugify(name, 140))
        self._categories[key] = found
        self.report.categories_created.append(found.name)
        return found

    def _redirects(self, article, item):
        added = 0
        for url in [item.source_url, *item.other_urls]:
            key = old_url_key(url)
            if not key or key == "/":
                continue
            existing = ArticleRedirect.objects.filter(old_url=key).values_list("article", flat=True)
            current = next(iter(existing), None)
            if current is None:
                ArticleRedirect.objects.create(old_url=key, article=article)
                added += 1
            elif current != article.pk:
                item.warnings.append(REDIRECT_TAKEN.format(url=url))
        self.report.redirects += added

    # --- pictures ----------------------------------------------------------------------------

    def _local_path(self, item, src):
        src = unescape(src)
        if src in item.local_files:
            return item.local_files[src]
        parts = urlsplit(src)
        if parts.scheme == "file":
            return Path(unquote(parts.path))
        if item.base_dir is not None and not parts.scheme and not parts.netloc and parts.path:
            try:
                path = (item.base_dir / unquote(parts.path)).resolve()
                path.relative_to(item.base_dir.resolve())
            except (ValueError, OSError):
                return None
            return path
        return None

    def _store(self, item, src, stored):
        """The stored picture for a source address, or None (with a warning) when missing."""
        path = self._local_path(item, src)
        if path is None or not path.is_file():
            if path is not None or src.startswith("file:"):
                item.warnings.append(IMAGE_MISSING.format(src=src))
            return None
        if path in self._stored_images:
            return self._stored_images[path]
        try:
            with open(path, "rb") as fh:
                picture = images.store(fh, folder="articles")
        except ValidationError as exc:
            item.warnings.append(IMAGE_REFUSED.format(src=src, reason=_reason(exc)))
            return None
        stored.append(picture)
        images.remember_body_image(picture, self.user)
        self._stored_images[path] = picture
        self.report.images += 1
        return picture

    def _cover(self, item, stored):
        if not item.cover_src:
            return None
        return self._store(item, item.cover_src, stored)

    def _body(self, item, stored) -> str:
        if item.body_html:
            return _IMG_RE.sub(
                lambda m: self._replace_img(item, m.group(0), stored), item.body_html
            )
        parts = []
        for block in item.blocks:
            if block.kind == "p":
                parts.append(f"<p>{block.html or escape(block.text)}</p>")
            elif block.kind == "caption":
                parts.append(f"<p><em>{escape(block.text)}</em></p>")
            elif block.kind == "h":
                parts.append(f"<h3>{escape(block.text)}</h3>")
            elif block.kind == "html":
                parts.append(block.html)
            elif block.kind == "img":
                picture = self._store(item, block.src, stored)
                if picture is None:
                    continue
                src = escape(picture.responsive_urls()["default"], quote=True)
                alt = escape(block.alt or block.text, quote=True)
                caption = f"<figcaption>{escape(block.text)}</figcaption>" if block.text else ""
                parts.append(
                    f'<figure class="image"><img src="{src}" alt="{alt}">{caption}</figure>'
                )
        return "".join(parts)

    def _replace_img(self, item, tag, stored):
        match = _SRC_RE.search(tag)
        if not match:
            return tag
        picture = self._store(item, match.group(1), stored)
        if picture is None:
            return tag
        url = escape(picture.responsive_urls()["default"], quote=True)
        tag = re.sub(r'\s(?:srcset|sizes|width|height)="[^"]*"', "", tag, flags=re.I)
        return tag[: match.start(1)] + url + tag[match.end(1) :] if _SRC_RE.search(tag) else tag

    # --- links between imported articles -----------------------------------------------------

    def _remember(self, article, item):
        self._touched[article.pk] = item
        path = Path(item.source_name)
        if item.source_format == "html":
            self._by_file[path.resolve()] = article.pk

    def rewrite_links(self) -> None:
        """Point links in the bodies written by this run at the imported articles."""
        ids = [pk for pk, item in self._touched.items() if item.body_html or item.blocks]
        for start in range(0, len(ids), 500):
            for article in Article.objects.filter(
                pk__in=ids[start : start + 500], body__contains="<a "
            ):
                item = self._touched[article.pk]
                body, count = self._rewrite(article.body, item)
                if count:
                    article.body = body
                    article._history_user = self.user
                    article._change_reason = CHANGE_REASON
                    article.save(update_fields=["body"])
                    self.report.links_rewritten += count

    def _rewrite(self, body, item):
        count = 0

        def replace(match):
            nonlocal count
            href = unescape(match.group(2))
            target = self._target(href, item)
            if target is None:
                return match.group(0)
            count += 1
            return match.group(1) + escape(target, quote=True) + match.group(3)

        return _HREF_RE.sub(replace, body), count

    def _target(self, href, item):
        local = item.linked_files.get(href)
        pk = self._by_file.get(local.resolve()) if local is not None else None
        if pk is None:
            key = old_url_key(href) if href.startswith(("http://", "https://", "/")) else ""
            if not key or key == "/":
                return None
            found = ArticleRedirect.objects.filter(old_url=key).values_list("article", flat=True)
            pk = next(iter(found), None)
        if pk is None:
            return None
        slug = Article.objects.filter(pk=pk).values_list("slug", flat=True).first()
        return reverse("news:article_detail", kwargs={"slug": slug}) if slug else None


def _category_key(name: str) -> str:
    return " ".join(text.fold(name).split())


def _stored_names(picture) -> list[str]:
    return [picture.name, *picture.renditions.values()]


def _reason(exc) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(exc.messages)
    if isinstance(exc, images.StorageError):
        return str(exc)
    if isinstance(exc, PermissionDenied):
        return str(exc) or "Không có quyền."
    return f"Lỗi cơ sở dữ liệu: {exc.__class__.__name__}"
