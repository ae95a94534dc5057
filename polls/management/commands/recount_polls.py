"""Rebuild every poll's counters from its ballots (after loading ballots by hand)."""

from django.core.management.base import BaseCommand

from polls import tallies
from polls.models import Poll


class Command(BaseCommand):
    help = "Đếm lại số phiếu của mọi cuộc bình chọn từ các phiếu đã lưu."

    def handle(self, *args, **options):
        polls = list(Poll.objects.values_list("pk", flat=True))
        tallies.recount(polls)
        self.stdout.write(f"Đã đếm lại {len(polls)} cuộc bình chọn.")
