"""Forget who sent a comment, keep what was said.

Comments older than COMMENTS_SENDER_RETENTION_DAYS lose what tells about their sender beyond the
name shown with the comment: the phone number, the address hash and the browser. Moderation is
long over by then; the name, title, text, moderation status and official reply stay as they are.
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q
from django.utils import timezone

from comments.models import Comment


class Command(BaseCommand):
    help = (
        "Xóa thông tin người gửi (số điện thoại, mã địa chỉ, trình duyệt) của các bình luận cũ "
        "hơn thời hạn lưu giữ; nội dung, trạng thái kiểm duyệt và trả lời giữ nguyên."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Thời hạn lưu giữ tính bằng ngày (mặc định: COMMENTS_SENDER_RETENTION_DAYS).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Chỉ đếm, không thay đổi dữ liệu."
        )

    def handle(self, *args, days=None, dry_run=False, **options):
        days = settings.COMMENTS_SENDER_RETENTION_DAYS if days is None else days
        if days < 0:
            raise CommandError("Số ngày lưu giữ không được âm.")
        cutoff = timezone.now() - datetime.timedelta(days=days)
        old = Comment.objects.filter(created_at__lt=cutoff).filter(
            ~Q(phone="") | ~Q(address_hash="") | ~Q(user_agent="")
        )
        if dry_run:
            self.stdout.write(
                f"Sẽ xóa thông tin người gửi của {old.count()} bình luận "
                f"(cũ hơn {days} ngày). Chưa thay đổi gì."
            )
            return
        count = old.update(phone="", address_hash="", user_agent="")
        self.stdout.write(
            self.style.SUCCESS(
                f"Đã xóa thông tin người gửi của {count} bình luận cũ hơn {days} ngày."
            )
        )
