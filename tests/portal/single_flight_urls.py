"""Two pages for the single-flight tests, beside the site's own addresses: one that takes a while
to draw and is kept, one that is never kept (it answers 404)."""

import threading
import time

from django.http import HttpResponse, HttpResponseNotFound
from django.urls import path

from portal import page_cache
from portal.urls import urlpatterns as site_patterns


class Drawing:
    """How many times the pages were drawn, and how many draws ran at the same moment."""

    def __init__(self):
        self.lock = threading.Lock()
        self.reset()

    def reset(self, seconds=0.3):
        self.seconds, self.count, self.running, self.most_at_once = seconds, 0, 0, 0

    def __call__(self, body, response_class):
        with self.lock:
            self.count += 1
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
        try:
            time.sleep(self.seconds)
        finally:
            with self.lock:
                self.running -= 1
        return response_class(body)


drawing = Drawing()


@page_cache.cached_page()
def slow_page(request):
    return drawing(f"Trang vẽ lần thứ {drawing.count + 1}", HttpResponse)


@page_cache.cached_page()
def missing_page(request):
    return drawing("Không tìm thấy trang", HttpResponseNotFound)


urlpatterns = [
    path("trang-cham/", slow_page),
    path("trang-khong-co/", missing_page),
    *site_patterns,
]
