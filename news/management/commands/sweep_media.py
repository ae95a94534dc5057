"""Remove uploaded images that no article uses any more (see news.media_sweep)."""

import datetime

from django.core.management.base import BaseCommand, CommandError

from news.media_sweep import sweep


class Command(BaseCommand):
    help = (
        "Xóa các tệp ảnh trong thư mục articles/ không còn bài viết nào dùng (ảnh đại diện cũ, "
        "ảnh đã bỏ khỏi nội dung, tệp ghi dở). Ảnh mới tải lên trong thời gian chờ được giữ lại."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than-hours",
            type=int,
            default=24,
            help="Chỉ xóa tệp cũ hơn số giờ này (mặc định 24).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Chỉ liệt kê, không xóa tệp nào."
        )

    def handle(self, *args, older_than_hours=24, dry_run=False, **options):
        if older_than_hours < 0:
            raise CommandError("Số giờ chờ không được âm.")
        result = sweep(grace=datetime.timedelta(hours=older_than_hours), dry_run=dry_run)
        verb = "Sẽ xóa" if dry_run else "Đã xóa"
        for name in result.removed:
            self.stdout.write(f"{verb}: {name}")
        self.stdout.write(
            f"{verb} {len(result.removed)} tệp không còn dùng; giữ lại {result.kept_recent} "
            f"tệp mới tải lên trong {older_than_hours} giờ qua."
        )
        if result.failed:
            raise CommandError(
                f"Không xóa được {len(result.failed)} tệp (xem nhật ký); lần chạy sau sẽ thử lại."
            )
