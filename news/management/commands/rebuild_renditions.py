"""Give pictures stored before today's rendition widths the sizes they lack (480, 800, 960 px…):
article covers, the editor's uploads (the media library), and the srcset of bodies showing them.

Renditions already there are kept; only missing widths are written, so a second run does nothing.
Run once after an upgrade: `python manage.py rebuild_renditions` (`--dry-run` only counts).
"""

from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand
from django.db import transaction

from news import images
from news.models import Article, BodyImage
from portal import cache
from portal.storage import STORAGE_ERRORS

_FAILURES = (*STORAGE_ERRORS, images.StorageError, images.ValidationError)


def _existing(files: dict) -> dict[int, str]:
    return {int(width): name for width, name in (files or {}).items()}


class Command(BaseCommand):
    help = "Tạo thêm các cỡ ảnh thu nhỏ còn thiếu cho ảnh đại diện và ảnh trong bài đã lưu."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="chỉ đếm, không ghi gì")

    def handle(self, *args, dry_run, **options):
        self.dry_run = dry_run
        self.failed = 0
        covers = self.covers()
        uploads = self.body_images()
        bodies = self.bodies(uploads)
        verb = "cần bổ sung" if dry_run else "đã bổ sung"
        self.stdout.write(
            f"Ảnh đại diện {verb}: {covers}. Ảnh trong bài {verb}: {len(uploads)}. "
            f"Bài viết cập nhật srcset: {bodies}. Không xử lý được: {self.failed}."
        )

    def _missing(self, name, existing, width):
        wanted = {w for w in images.RENDITION_WIDTHS if w < (width or 0)}
        return wanted - set(existing)

    def _build(self, name, existing):
        try:
            with default_storage.open(name) as fh:
                return images.missing_renditions(name, fh, existing)
        except _FAILURES:
            self.stderr.write(f"Không đọc hoặc ghi được ảnh {name}.")
            self.failed += 1
            return None

    def covers(self) -> int:
        count = 0
        articles = Article.objects.exclude(cover_image="").only("cover_image", "cover_renditions")
        for article in articles.iterator(chunk_size=200):
            renditions = article.cover_renditions or {}
            if renditions.get("source") != article.cover_image.name:
                continue  # never built (a failed upload): the next save builds them
            existing = _existing(renditions.get("files"))
            if not self._missing(article.cover_image.name, existing, renditions.get("width")):
                continue
            count += 1
            if self.dry_run:
                continue
            stored = self._build(article.cover_image.name, existing)
            if stored is None:
                continue
            # Only this JSON column changes: no revision, no publish rules, no mail.
            Article.objects.filter(pk=article.pk).update(cover_renditions=stored.as_renditions())
            cache.changed(Article, [article])
        return count

    def body_images(self) -> dict:
        """{stored name: BodyImage} of the uploads that got new renditions."""
        changed = {}
        for image in BodyImage.objects.iterator(chunk_size=200):
            existing = _existing(image.renditions)
            if not self._missing(image.name, existing, image.width):
                continue
            if self.dry_run:
                changed[image.name] = image
                continue
            stored = self._build(image.name, existing)
            if stored is None:
                continue
            image.renditions = {str(w): n for w, n in sorted(stored.renditions.items())}
            image.save(update_fields=["renditions"])
            changed[image.name] = changed[image.default_name] = image
        return changed

    def bodies(self, uploads: dict) -> int:
        if not uploads or self.dry_run:
            return 0
        count = 0
        for article in Article.objects.only("body").iterator(chunk_size=200):
            body = images.refresh_body_srcsets(article.body, uploads)
            if body != article.body:
                with transaction.atomic():
                    Article.objects.filter(pk=article.pk).update(body=body)
                    cache.changed(Article, [article])
                count += 1
        return count
