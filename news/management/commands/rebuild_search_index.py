"""Index every article for the site search again and recount the archive's words.

Saves and queryset updates keep the index in step by themselves; run this after loading
articles in bulk (bulk_create skips save()), e.g. after generate_articles or an import.
"""

import time

from django.core.management.base import BaseCommand

from news import search_index


class Command(BaseCommand):
    help = "Lập lại chỉ mục tìm kiếm cho mọi bài viết."

    def handle(self, **options):
        start = time.monotonic()
        done = search_index.rebuild(stdout=self.stdout)
        self.stdout.write("")
        self.stdout.write(f"Đã lập chỉ mục {done} bài viết trong {time.monotonic() - start:.0f} s.")
