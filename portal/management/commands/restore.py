"""Restore a backup archive, or prove it restorable with --verify (see portal.backup)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from portal.backup import archive
from portal.formats import format_number


class Command(BaseCommand):
    help = (
        "Khôi phục cơ sở dữ liệu và tệp đa phương tiện từ một bản sao lưu. Tệp hỏng (mã kiểm "
        "tra không khớp) bị từ chối; cơ sở dữ liệu đã có dữ liệu chỉ bị ghi đè khi có --force."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path, help="Tệp hdnd-backup-….tar")
        parser.add_argument(
            "--verify",
            action="store_true",
            help="Chỉ khôi phục thử vào cơ sở dữ liệu nháp, đối chiếu rồi xóa nó.",
        )
        parser.add_argument(
            "--scratch-database",
            default=None,
            help="PostgreSQL: tên cơ sở dữ liệu nháp cho --verify (mặc định <tên>_verify).",
        )
        parser.add_argument(
            "--into",
            default=None,
            help="Khôi phục vào cơ sở dữ liệu này (PostgreSQL: tên trên cùng máy chủ, tạo nếu "
            "chưa có; SQLite: đường dẫn tệp) thay vì cơ sở dữ liệu đang cấu hình.",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Ghi đè cơ sở dữ liệu đã có dữ liệu và tệp đa phương tiện trùng tên.",
        )
        parser.add_argument(
            "--no-media", action="store_true", help="Không khôi phục tệp đa phương tiện."
        )

    def handle(self, *args, **options):
        try:
            with archive.opened(options["archive"]) as opened:
                self.stdout.write(
                    f"Bản sao lưu {options['archive'].name} lúc {opened.manifest['created_at']}: "
                    "mã kiểm tra khớp."
                )
                if options["verify"]:
                    self._verify(opened, options["scratch_database"])
                else:
                    self._restore(opened, options)
        except archive.ERRORS as exc:
            raise CommandError(archive.describe(exc)) from exc

    def _verify(self, opened, scratch_database):
        problems, restored = archive.verify(opened, scratch_database)
        if problems:
            raise CommandError(
                "Bản sao lưu KHÔNG khôi phục được nguyên vẹn:\n" + "\n".join(problems)
            )
        rows = format_number(sum(restored.tables.values()))
        self.stdout.write(
            f"Khôi phục thử thành công: {len(restored.tables)} bảng, "
            f"{rows} dòng, {restored.constraints} ràng buộc, "
            f"{restored.indexes} chỉ mục khớp manifest; đã xóa cơ sở dữ liệu nháp."
        )

    def _restore(self, opened, options):
        restored, name = archive.restore_database(opened, options["into"], options["force"])
        problems = opened.snapshot.differences(restored)
        if problems:
            raise CommandError(
                "Dữ liệu sau khi khôi phục không khớp manifest:\n" + "\n".join(problems)
            )
        rows = format_number(sum(restored.tables.values()))
        self.stdout.write(
            f"Đã khôi phục cơ sở dữ liệu {name}: {rows} dòng trong {len(restored.tables)} bảng."
        )
        if not options["no_media"] and opened.media_members:
            written, kept = archive.restore_media(opened, options["force"])
            self.stdout.write(
                f"Tệp đa phương tiện: {written} tệp đã ghi, {kept} tệp đã có giữ nguyên."
            )
        self.stdout.write("Hãy chạy `manage.py migrate` nếu mã nguồn mới hơn bản sao lưu.")
