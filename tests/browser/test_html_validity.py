"""Every reader page through the W3C Nu Html Checker (vnu-jar) with zero errors.

The pages are drawn by the test client, written to files and checked in one Java run (the
checker takes seconds to start), so the whole set costs about as much as one page."""

import pytest
from django.shortcuts import render
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone

from portal import views as portal_views
from tests.comments.factories import CommentFactory
from tests.council.factories import AgendaItemFactory, DocumentFactory, SessionFactory
from tests.council.petition_factories import PetitionFactory, SubmissionFactory
from tests.news.factories import ArticleFactory

from .helpers import build_site_content
from .page_checkers import VNU_JAR, require, vnu_messages

pytestmark = pytest.mark.django_db


def reader_pages(content):
    article = content.article
    month = timezone.localtime(article.published_at)
    session = SessionFactory()
    AgendaItemFactory(session=session)
    document = DocumentFactory(session=session)
    CommentFactory(article=article)
    answered = PetitionFactory(answered=True)
    waiting = SubmissionFactory()
    poll = content.poll
    ballot = reverse("polls:ballot", args=[poll.pk]) + f"?choice={poll.choices.first().pk}"
    return {
        "home": "/",
        "category": content.category_url,
        "category-page-2": content.category_url + "?page=2",
        "article": article.get_absolute_url(),
        "article-print": reverse("news:article_print", args=[article.slug]),
        "archive": reverse("news:archive_index"),
        "archive-month": reverse("news:archive_month", args=(month.year, month.month)),
        "search": reverse("news:search") + "?q=ky+hop",
        "search-empty": reverse("news:search") + "?q=khongcobaionaonhuvay",
        "search-refused": reverse("news:search") + "?q=a",
        "search-form": reverse("news:search"),
        "poll-archive": reverse("polls:archive"),
        "poll": poll.get_absolute_url(),
        "poll-ballot": ballot,
        "poll-results": poll.get_results_url(),
        "comment-form": reverse("comments:form", args=[article.pk]),
        "documents": reverse("council:document_list"),
        "documents-filtered": reverse("council:document_list") + "?q=ngan+sach",
        "document": document.get_absolute_url(),
        "document-print": reverse("council:document_print", args=[document.slug]),
        "sessions": reverse("council:session_list"),
        "session": session.get_absolute_url(),
        "petitions": reverse("council:petition_list"),
        "petitions-filtered": reverse("council:petition_list") + "?trang-thai=da-tra-loi",
        "petition": answered.get_absolute_url(),
        "petition-form": reverse("council:petition_form"),
        "petition-lookup": reverse("council:petition_lookup"),
        "petition-lookup-found": reverse("council:petition_lookup") + f"?ma={waiting.code}",
        "petition-lookup-wrong": reverse("council:petition_lookup") + "?ma=KN-2026-AAAA-BBBB",
        **council_people_pages(session),
        "not-found": "/trang-khong-co/",
        **office_and_media_pages(article),
    }


def office_and_media_pages(article):
    """The pages of topics, body media, "Nghe bài" and the office (i18-content)."""
    from io import StringIO

    from council.demo import _office_pages
    from news import related
    from news.models import ArticleAudio

    _office_pages(StringIO())
    article.tags.add("Kỳ họp thứ Mười hai", "Ngân sách")
    media = ArticleFactory(
        category=article.category,
        title="Hình ảnh và video phiên bế mạc",
        body=(
            '<figure class="gallery"><figure class="image"><img src="/media/a.jpg" alt="Một"'
            ' width="900" height="600"><figcaption>Ảnh một</figcaption></figure>'
            '<figure class="image"><img src="/media/b.jpg" alt="Hai" width="900" height="600">'
            "<figcaption>Ảnh hai</figcaption></figure></figure>"
            '<figure class="media"><oembed url="https://www.youtube.com/watch?v=M7lc1UVf-VE">'
            "</oembed><figcaption>Phiên bế mạc</figcaption></figure>"
        ),
    )
    media.tags.add("Kỳ họp thứ Mười hai")
    related.refresh(media)
    ArticleAudio.objects.create(
        article=media,
        file="audio/articles/1-demo.ogg",
        source_updated_at=media.updated_at,
        duration_seconds=95,
    )
    return {
        "article-media": media.get_absolute_url(),
        "topic": "/chu-de/ky-hop-thu-muoi-hai/",
        "about": reverse("council:about"),
        "office-page": reverse("council:page", args=["co-cau-to-chuc"]),
        "english": reverse("council:english"),
        "contact": reverse("council:contact"),
        "contact-sent": reverse("council:contact_sent"),
    }


def council_people_pages(session):
    """Delegates, questions and the schedule (council part 2)."""
    from tests.council.people import (
        CommitmentFactory,
        CommitteeMembershipFactory,
        EventFactory,
        MembershipFactory,
        QuestionFactory,
        WardFactory,
    )

    member = MembershipFactory(term=session.term)
    WardFactory(constituency=member.constituency, name="Cự Khối")
    CommitteeMembershipFactory(delegate=member.delegate, term=session.term)
    question = QuestionFactory(session=session, delegate=member.delegate)
    CommitmentFactory(question=question)
    start = timezone.localtime().replace(hour=8, minute=0, second=0, microsecond=0)
    EventFactory(starts_at=start, ends_at=None).participants.add(member.delegate)
    week = reverse("council:schedule_week_current")
    return {
        "delegates": reverse("council:delegate_list"),
        "delegate-lookup": reverse("council:delegate_lookup") + "?phuong=cu+khoi",
        "delegate-lookup-unknown": reverse("council:delegate_lookup") + "?phuong=khong+co",
        "delegate": member.delegate.get_absolute_url(),
        "committees": reverse("council:committee_list"),
        "committee": reverse("council:committee_detail", args=["ban-do-thi"]),
        "questions": reverse("council:question_list"),
        "question": question.get_absolute_url(),
        "schedule-week": week,
        "schedule-week-print": reverse("council:schedule_week_print", args=["2026-W49"]),
        "schedule-month": reverse("council:schedule_month_current"),
        "schedule-bad-week": reverse("council:schedule_week", args=["2026-W99"]),
    }


def error_pages():
    request = RequestFactory().get("/")
    request.user = None
    too_many = {"message": "Bạn gửi quá nhiều lần. Hãy thử lại sau ít phút."}
    return {
        "429": render(request, "429.html", too_many, status=429).content,
        "400": portal_views.bad_request(request).content,
        "403": portal_views.permission_denied(request).content,
        "403-csrf": portal_views.csrf_failure(request).content,
        "500": portal_views.server_error(request).content,
    }


def test_every_reader_page_passes_the_nu_html_checker(tmp_path):
    require("java", VNU_JAR)
    content = build_site_content()
    reader = Client()
    files = []
    for name, url in reader_pages(content).items():
        response = reader.get(url)
        assert response.status_code in (200, 404), (url, response.status_code)
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files.append(path)
    for name, body in error_pages().items():
        path = tmp_path / f"{name}.html"
        path.write_bytes(body)
        files.append(path)
    errors = vnu_messages(files)
    report = "\n".join(
        f"{m.get('url', '').rsplit('/', 1)[-1]}:{m.get('lastLine')}: {m.get('message')}"
        f"\n    {m.get('extract', '').strip()[:160]}"
        for m in errors
    )
    assert not errors, f"{len(errors)} errors from the Nu Html Checker:\n{report}"
