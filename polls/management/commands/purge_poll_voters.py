"""Forget who voted, keep what was voted.

Ballots older than POLLS_VOTER_RETENTION_DAYS lose their address hash. Their voter key, which
links one browser's ballots across polls, is replaced by a value made from the ballot's own id
once the poll has ended: the tallies stay exact and the (poll, voter key) pair stays unique, while
in a poll still running the key keeps doing its job of refusing a second vote.
"""

import datetime

from django.db import transaction
from django.db.models import CharField, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone

from polls.models import Ballot
from portal.retention import RetentionCommand

# "~" never occurs in a real key (URL-safe base64), so anonymized ballots are easy to tell apart.
ANONYMOUS_PREFIX = "~"


class Command(RetentionCommand):
    retention_setting = "POLLS_VOTER_RETENTION_DAYS"
    help = (
        "Xóa dữ liệu nhận diện người bình chọn (mã địa chỉ, mã người bình chọn) của các phiếu "
        "cũ hơn thời hạn lưu giữ; số phiếu và kết quả giữ nguyên."
    )

    def handle(self, *args, days=None, dry_run=False, **options):
        days = self.retention_days(days)
        now = timezone.now()
        old = Ballot.objects.filter(created_at__lt=now - datetime.timedelta(days=days))
        addresses = old.exclude(address_hash="")
        keys = old.filter(poll__ends_at__isnull=False, poll__ends_at__lte=now).exclude(
            voter_key__startswith=ANONYMOUS_PREFIX
        )
        if dry_run:
            self.stdout.write(
                f"Sẽ xóa mã địa chỉ của {addresses.count()} phiếu và ẩn danh mã người bình chọn "
                f"của {keys.count()} phiếu (cũ hơn {days} ngày). Chưa thay đổi gì."
            )
            return
        with transaction.atomic():
            key_count = keys.update(
                voter_key=Concat(
                    Value(ANONYMOUS_PREFIX), Cast("pk", CharField()), output_field=CharField()
                ),
                address_hash="",
            )
            address_count = addresses.update(address_hash="")
        self.stdout.write(
            self.style.SUCCESS(
                f"Đã ẩn danh mã người bình chọn của {key_count} phiếu (cuộc bình chọn đã kết thúc) "
                f"và xóa mã địa chỉ của thêm {address_count} phiếu, cũ hơn {days} ngày."
            )
        )
