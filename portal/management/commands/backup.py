"""Back up the database and the media into one dated archive (see portal.backup)."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.template.defaultfilters import filesizeformat

from portal.backup import archive
from portal.formats import format_number


class Command(BaseCommand):
    help = (
        "Sao lưu cơ sở dữ liệu và tệp đa phương tiện vào một tệp .tar có ngày giờ, manifest và "
        "mã kiểm tra SHA-256; giữ lại BACKUP_KEEP bản mới nhất."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dest", type=Path, default=None, help="Thư mục lưu (mặc định BACKUP_DIR)."
        )
        parser.add_argument(
            "--keep", type=int, default=None, help="Số bản giữ lại (mặc định BACKUP_KEEP)."
        )
        parser.add_argument(
            "--no-media", action="store_true", help="Không chép tệp đa phương tiện vào bản sao."
        )
        parser.add_argument(
            "--verify",
            action="store_true",
            help="Sau khi sao lưu, khôi phục thử vào cơ sở dữ liệu nháp và đối chiếu.",
        )
        parser.add_argument(
            "--scratch-database",
            default=None,
            help="PostgreSQL: tên cơ sở dữ liệu nháp cho --verify (mặc định <tên>_verify).",
        )

    def handle(self, *args, dest=None, keep=None, no_media=False, verify=False, **options):
        dest = dest or Path(settings.BACKUP_DIR)
        keep = settings.BACKUP_KEEP if keep is None else keep
        if keep < 1:
            raise CommandError("Phải giữ lại ít nhất 1 bản sao lưu (--keep).")
        try:
            path = archive.create(dest, include_media=not no_media)
            self.stdout.write(f"Đã sao lưu vào {path} ({filesizeformat(path.stat().st_size)}).")
            if verify:
                with archive.opened(path) as opened:
                    problems, restored = archive.verify(opened, options["scratch_database"])
                if problems:
                    raise CommandError(
                        "Bản sao lưu KHÔNG khôi phục được nguyên vẹn:\n" + "\n".join(problems)
                    )
                rows = sum(restored.tables.values())
                self.stdout.write(
                    f"Đã khôi phục thử: {len(restored.tables)} bảng, {format_number(rows)} dòng, "
                    f"{restored.constraints} ràng buộc, {restored.indexes} chỉ mục khớp manifest."
                )
            for name in archive.prune(path.parent, keep):
                self.stdout.write(f"Đã xóa bản cũ {name}.")
        except archive.ERRORS as exc:
            raise CommandError(archive.describe(exc)) from exc
