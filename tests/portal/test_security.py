"""Security headers (CSP, Permissions-Policy), no inline scripts, the Vietnamese CSRF refusal."""

import json
from html.parser import HTMLParser

import pytest
from django.test import Client
from django.urls import reverse

from portal.security import build_policy
from portal.views import CSRF_FAILURE_MESSAGE
from tests.comments.factories import CommentFactory
from tests.factories import SuperUserFactory
from tests.news.factories import ArticleFactory, CategoryFactory
from tests.polls.factories import PollFactory, choices_of

pytestmark = pytest.mark.django_db

# Script types a browser does not execute: data blocks (JSON-LD, json_script).
DATA_SCRIPT_TYPES = {"application/ld+json", "application/json"}


class PageScan(HTMLParser):
    """Collects what CSP script-src 'self' would block, and where stylesheets are linked."""

    def __init__(self):
        super().__init__()
        self.inline_scripts, self.handlers, self.js_urls = [], [], []
        self.head_stylesheets, self.body_stylesheets = [], []
        self._in_head = False
        self._script = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "head":
            self._in_head = True
        elif tag == "body":
            self._in_head = False
        for name, value in attrs.items():
            if name.startswith("on"):
                self.handlers.append(f"<{tag} {name}={value!r}>")
            if name in {"href", "src", "action", "formaction"} and (
                value or ""
            ).strip().lower().startswith("javascript:"):
                self.js_urls.append(f"<{tag} {name}={value!r}>")
        if tag == "script":
            script_type = (attrs.get("type") or "").strip().lower()
            self._script = None if attrs.get("src") or script_type in DATA_SCRIPT_TYPES else ""
        elif tag == "link" and "stylesheet" in (attrs.get("rel") or "").split():
            target = self.head_stylesheets if self._in_head else self.body_stylesheets
            target.append(attrs.get("href"))

    def handle_endtag(self, tag):
        if tag == "head":
            self._in_head = False
        elif tag == "script" and self._script is not None:
            self.inline_scripts.append(self._script.strip() or "<script> without src")
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            self._script += data


def scan(response):
    page = PageScan()
    page.feed(response.content.decode())
    return page


@pytest.fixture
def reader_pages():
    """Every kind of reader page, with a poll in the sidebar and comments under the article."""
    category = CategoryFactory(name="Kỳ họp", slug="ky-hop")
    article = ArticleFactory(category=category, title="Kỳ họp thứ Mười hai bế mạc")
    CommentFactory(article=article)
    poll = PollFactory()
    return {
        "trang chủ": "/",
        "bài viết": article.get_absolute_url(),
        "chuyên mục": category.get_absolute_url(),
        "tìm kiếm": reverse("news:search") + "?q=ky+hop",
        "lưu trữ": reverse("news:archive_index"),
        "bình chọn": reverse("polls:detail", args=[poll.pk]),
        "kết quả bình chọn": reverse("polls:results", args=[poll.pk]),
        "các cuộc bình chọn": reverse("polls:archive"),
        "viết bình luận": reverse("comments:form", args=[article.pk]),
        "không tìm thấy": "/khong-co-trang-nay/",
    }


def test_reader_pages_send_the_content_security_policy_and_permissions_policy(client, reader_pages):
    for name, url in reader_pages.items():
        response = client.get(url)
        assert response.status_code in (200, 404), f"{name}: {response.status_code}"
        csp = response.headers.get("Content-Security-Policy", "")
        for directive in (
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "frame-ancestors 'none'",
            "form-action 'self'",
            "base-uri 'self'",
            "object-src 'none'",
        ):
            assert directive in csp.split("; "), f"{name} lacks {directive!r}: {csp!r}"
        assert "'unsafe-eval'" not in csp
        assert response.headers["Permissions-Policy"] == (
            "camera=(), microphone=(), geolocation=(), interest-cohort=()"
        )


def test_reader_pages_run_no_inline_scripts_or_event_handlers(client, reader_pages):
    for name, url in reader_pages.items():
        page = scan(client.get(url))
        assert not page.inline_scripts, f"{name} ({url}) has inline scripts: {page.inline_scripts}"
        assert not page.handlers, f"{name} ({url}) has inline event handlers: {page.handlers}"
        assert not page.js_urls, f"{name} ({url}) has javascript: URLs: {page.js_urls}"


def test_article_page_keeps_its_json_ld_data_block(client):
    body = client.get(ArticleFactory().get_absolute_url()).content.decode()
    assert '<script type="application/ld+json">' in body


def test_the_scanner_catches_an_inline_script_and_a_handler():
    page = PageScan()
    page.feed(
        '<head><script>alert(1)</script><script type="module">go()</script></head>'
        '<body><button onclick="go()">x</button><a href="javascript:go()">y</a>'
        '<script type="application/ld+json">{}</script><script src="/static/a.js"></script>'
    )
    assert page.inline_scripts == ["alert(1)", "go()"]
    assert page.handlers and page.js_urls


def test_admin_pages_run_under_the_same_policy(client):
    # CKEditor 5 and Django's admin need no inline scripts; the browser test of a clerk writing an
    # article with a photo proves the editor works under it.
    client.force_login(SuperUserFactory())
    for url in (reverse("admin:login"), reverse("admin:news_article_add")):
        response = client.get(url)
        assert "script-src 'self'" in response.headers["Content-Security-Policy"], url
        assert "Permissions-Policy" in response.headers


def test_admin_article_form_has_no_inline_scripts(client):
    client.force_login(SuperUserFactory())
    page = scan(client.get(reverse("admin:news_article_add")))
    assert not page.inline_scripts and not page.handlers


def test_the_policy_is_a_setting_operators_can_change(client, settings):
    settings.PORTAL_CSP = {
        **settings.PORTAL_CSP,
        "img-src": ["'self'", "https://anh.minhgiang.example.vn"],
        "upgrade-insecure-requests": [],
    }
    csp = client.get("/").headers["Content-Security-Policy"]
    assert "img-src 'self' https://anh.minhgiang.example.vn" in csp.split("; ")
    assert csp.endswith("; upgrade-insecure-requests")


def test_report_only_mode_reports_instead_of_blocking(client, settings):
    settings.PORTAL_CSP_REPORT_ONLY = True
    response = client.get("/")
    assert "Content-Security-Policy" not in response.headers
    assert "script-src 'self'" in response.headers["Content-Security-Policy-Report-Only"]


def test_an_empty_policy_setting_sends_no_header(client, settings):
    settings.PORTAL_CSP = {}
    settings.PORTAL_PERMISSIONS_POLICY = ""
    response = client.get("/")
    assert "Content-Security-Policy" not in response.headers
    assert "Permissions-Policy" not in response.headers


def test_django_debug_pages_are_left_without_a_policy_in_development(client, settings):
    settings.DEBUG = True
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert "Content-Security-Policy" not in response.headers
    assert "Content-Security-Policy" in client.get("/").headers


def test_build_policy_leaves_out_none_and_writes_bare_directives():
    policy = build_policy(
        {"default-src": ["'self'"], "report-uri": None, "block-all-mixed-content": []}
    )
    assert policy == "default-src 'self'; block-all-mixed-content"
    assert build_policy({"script-src": "'self'"}) == "script-src 'self'"


# --- Stylesheets arrive with the page, in <head> -------------------------------------------


def test_poll_and_comment_styles_are_linked_in_the_head_of_the_article_page(client):
    article = ArticleFactory()
    PollFactory()
    page = scan(client.get(article.get_absolute_url()))
    assert "/static/css/polls.css" in page.head_stylesheets
    assert "/static/css/comments.css" in page.head_stylesheets
    assert not page.body_stylesheets


def test_poll_styles_are_linked_once_in_the_head_of_every_page(client, reader_pages):
    for name, url in reader_pages.items():
        page = scan(client.get(url))
        assert page.head_stylesheets.count("/static/css/polls.css") == 1, name
        assert not page.body_stylesheets, f"{name}: {page.body_stylesheets}"


# --- The CSRF refusal ------------------------------------------------------------------------


@pytest.fixture
def strict_client():
    return Client(enforce_csrf_checks=True)


def vote_without_token(client, **headers):
    poll = PollFactory()
    choice = choices_of(poll)[0]
    return client.post(reverse("polls:vote", args=[poll.pk]), {"choice": choice.pk}, **headers)


def test_a_form_sent_without_its_token_gets_a_vietnamese_page(strict_client):
    response = vote_without_token(strict_client)
    assert response.status_code == 403
    assert response["Content-Type"].startswith("text/html")
    body = response.content.decode()
    assert '<html lang="vi">' in body and '<main id="noi-dung"' in body
    assert CSRF_FAILURE_MESSAGE in body
    assert "Content-Security-Policy" in response.headers
    # Django's reason ("CSRF token missing", "CSRF cookie not set"…) stays in the log.
    main = body.split("<main")[1].split("</main>")[0]
    for internal in ("CSRF", "csrf", "token", "Referer", "cookie not set"):
        assert internal not in main, internal


def test_a_stale_token_is_refused_without_saving_the_vote(strict_client):
    from polls.models import Ballot

    poll = PollFactory()
    strict_client.cookies["csrftoken"] = "a" * 32
    response = strict_client.post(
        reverse("polls:vote", args=[poll.pk]),
        {"choice": choices_of(poll)[0].pk, "csrfmiddlewaretoken": "b" * 32},
    )
    assert response.status_code == 403
    assert CSRF_FAILURE_MESSAGE in response.content.decode()
    assert not Ballot.objects.exists()


def test_the_poll_script_gets_the_refusal_as_json(strict_client):
    response = vote_without_token(strict_client, HTTP_ACCEPT="application/json")
    assert response.status_code == 403
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content) == {"ok": False, "error": CSRF_FAILURE_MESSAGE}


def test_the_comment_script_gets_the_refusal_as_json(strict_client):
    article = ArticleFactory()
    response = strict_client.post(
        reverse("comments:form", args=[article.pk]),
        {"name": "Nguyễn Văn Bình", "title": "Góp ý", "content": "Nội dung góp ý của tôi."},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    assert response.status_code == 403
    assert json.loads(response.content)["error"] == CSRF_FAILURE_MESSAGE
