"""Forget who sent a comment, keep what was said.

Comments older than COMMENTS_SENDER_RETENTION_DAYS lose what tells about their sender beyond the
name shown with the comment: the phone number, the address hash and the browser. Moderation is
long over by then; the name, title, text, moderation status and official reply stay as they are.
"""

import datetime

from django.db.models import Q
from django.utils import timezone

from comments.models import Comment
from portal.retention import RetentionCommand


class Command(RetentionCommand):
    retention_setting = "COMMENTS_SENDER_RETENTION_DAYS"
    help = (
        "Xóa thông tin người gửi (số điện thoại, mã địa chỉ, trình duyệt) của các bình luận cũ "
        "hơn thời hạn lưu giữ; nội dung, trạng thái kiểm duyệt và trả lời giữ nguyên."
    )

    def handle(self, *args, days=None, dry_run=False, **options):
        days = self.retention_days(days)
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
