"""The benchmark's floor: the smallest Django app that answers with the article page's bytes.

    BENCH_FLOOR_FILE=/tmp/…/article.html gunicorn --pythonpath scripts bench_floor:application

No database, no middleware, no templates: what Django and gunicorn cost by themselves, which no
page of the portal can beat.
"""

import os

import django
from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import re_path

with open(os.environ["BENCH_FLOOR_FILE"], "rb") as fh:
    BODY = fh.read()


def page(request):
    return HttpResponse(BODY, content_type="text/html; charset=utf-8")


urlpatterns = [re_path(r"", page)]

settings.configure(
    DEBUG=False,
    SECRET_KEY="bench-floor",
    ALLOWED_HOSTS=["127.0.0.1"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
    DATABASES={},
)
django.setup()
application = get_wsgi_application()
