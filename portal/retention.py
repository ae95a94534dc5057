"""The shape of a command that forgets personal data older than a retention period."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class RetentionCommand(BaseCommand):
    """--days (default: the setting named by `retention_setting`) and --dry-run."""

    retention_setting = ""

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help=f"Thời hạn lưu giữ tính bằng ngày (mặc định: {self.retention_setting}).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Chỉ đếm, không thay đổi dữ liệu."
        )

    def retention_days(self, days):
        days = getattr(settings, self.retention_setting) if days is None else days
        if days < 0:
            raise CommandError("Số ngày lưu giữ không được âm.")
        return days
