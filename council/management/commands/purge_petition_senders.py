"""Forget how to reach a citizen who sent a question, keep what was asked and answered
(council.petition_retention)."""

from council import petition_retention
from portal.retention import RetentionCommand


class Command(RetentionCommand):
    retention_setting = "PETITIONS_SENDER_RETENTION_DAYS"
    help = (
        "Xóa số điện thoại, e-mail, mã địa chỉ và trình duyệt của người gửi câu hỏi, kiến nghị "
        "quá thời hạn lưu giữ (tính từ lúc Văn phòng xử lý, hoặc từ lúc gửi nếu chưa xử lý); "
        "nội dung, tình trạng và trả lời giữ nguyên."
    )

    def handle(self, *args, days=None, dry_run=False, **options):
        days = self.retention_days(days)
        if dry_run:
            count = petition_retention.expired(days).count()
            self.stdout.write(
                f"Sẽ xóa thông tin liên hệ của {count} người gửi câu hỏi, kiến nghị "
                f"(quá {days} ngày). Chưa thay đổi gì."
            )
            return
        count = petition_retention.purge(days)
        self.stdout.write(
            self.style.SUCCESS(
                f"Đã xóa thông tin liên hệ của {count} người gửi câu hỏi, kiến nghị "
                f"quá {days} ngày."
            )
        )
