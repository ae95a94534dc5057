"""The office's own pages: "Giới thiệu" and its subpages, the English page, and "Liên hệ".

The pages are the same for every reader and served from the page cache; the contact form draws
a captcha and a form token, so it is never cached.
"""

from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from news import seo as news_seo
from portal import clients, page_cache
from portal.form_protection import (
    captcha_rate_limited,
    draw_challenge,
    form_errors,
    minutes,
    refuse,
)
from portal.ratelimit import RateLimited

from . import contact
from .forms import ContactForm
from .models import InstitutionalPage, RelatedAgency

MAX_SLUG_LENGTH = 120
PAGES_TAG = "council:pages"
RATE_LIMIT_MESSAGE = (
    "Bạn đã gửi nhiều thư trong thời gian ngắn. Hãy thử lại sau khoảng {minutes} phút."
)


@page_cache.cached_page()
def about(request):
    page_cache.tag(request, PAGES_TAG)
    pages = list(InstitutionalPage.objects.published().vietnamese())
    english = InstitutionalPage.objects.published().exclude(language="vi").first()
    context = {
        "pages": pages,
        "english": english,
        "agencies": list(RelatedAgency.objects.all()),
        "canonical_url": news_seo.absolute_url(reverse("council:about")),
    }
    return render(request, "council/about.html", context)


def _page(request, slug, language):
    if len(slug) > MAX_SLUG_LENGTH:
        raise Http404
    page_cache.tag(request, PAGES_TAG)
    page = get_object_or_404(
        InstitutionalPage.objects.published().filter(language=language), slug=slug
    )
    context = {
        "page": page,
        "pages": list(InstitutionalPage.objects.published().filter(language=language)),
        "canonical_url": news_seo.absolute_url(page.get_absolute_url()),
    }
    return render(request, "council/institutional_page.html", context)


@page_cache.cached_page()
def page(request, slug):
    return _page(request, slug, InstitutionalPage.Language.VIETNAMESE)


@page_cache.cached_page()
def english(request):
    """/en/: the first English page ("About the Council"), whatever its address."""
    page_cache.tag(request, PAGES_TAG)
    first = InstitutionalPage.objects.published().filter(language="en").first()
    if first is None:
        raise Http404
    return _page(request, first.slug, InstitutionalPage.Language.ENGLISH)


@page_cache.cached_page()
def page_english(request, slug):
    return _page(request, slug, InstitutionalPage.Language.ENGLISH)


def _respond(request, form, *, status=200, notice=None, retry_after=None, carry=False):
    challenge = draw_challenge(request.POST.get("started") if carry else None)
    context = {"form": form, "notice": notice, **challenge}
    return refuse(
        request,
        notice,
        status=status,
        page=("council/contact.html", context),
        errors=form_errors(form) if form.is_bound else None,
        payload={"captcha": challenge["captcha"], "started": challenge["started"]},
        retry_after=retry_after,
    )


def _refuse_rate_limited(request, posted, retry_after):
    notice = RATE_LIMIT_MESSAGE.format(minutes=minutes(retry_after))
    typed = ContactForm(initial=posted.typed_values())
    return _respond(request, typed, status=429, notice=notice, retry_after=retry_after)


@never_cache
@require_http_methods(["GET", "POST"])
@captcha_rate_limited
def contact_form(request):
    if request.method == "GET":
        return _respond(request, ContactForm())
    posted = ContactForm(request.POST)
    if "refresh_captcha" in request.POST:
        return _respond(request, ContactForm(initial=posted.typed_values()), carry=True)
    address = clients.request_network_hash(request, "contact")
    limit = contact.rate_limit()
    if limit.is_limited(address):
        return _refuse_rate_limited(request, posted, limit.retry_after())
    if not posted.is_valid():
        return _respond(request, posted, status=400, carry=posted.only_captcha_refused())
    try:
        limit.hit(address)
    except RateLimited as exc:
        return _refuse_rate_limited(request, posted, exc.retry_after)
    contact.receive(posted.cleaned_data, address_hash=address)
    return HttpResponseRedirect(reverse("council:contact_sent"), status=303)


@page_cache.cached_page()
def contact_sent(request):
    return render(request, "council/contact_sent.html")
