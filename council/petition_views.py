"""Reader pages of voters' petitions: the register and a page per petition (cached, cookie-free),
the citizens' form "Gửi câu hỏi, kiến nghị" and the status look-up "Tra cứu" (never cached).

The form page draws a captcha and a CSRF token, so it sets a cookie and is never cached; after
a submission the sender lands on the look-up page for their code, told once (a message) to note
it down. The look-up is a GET form with the code in the address: no token, no cookie; only codes
that find nothing count against the per-address limit.
"""

import contextlib

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from news import seo as news_seo
from portal import clients, page_cache, pagination
from portal.form_protection import (
    captcha_rate_limited,
    draw_challenge,
    form_errors,
    minutes,
    refuse,
)
from portal.ratelimit import RateLimit, RateLimited

from . import petition_decisions, petition_register
from .petition_forms import LOOKUP_MESSAGES, LookupForm, PetitionForm
from .petitions import Petition

MESSAGE_TAG = "petition"
RATE_LIMIT_MESSAGE = (
    "Bạn đã gửi nhiều câu hỏi, kiến nghị trong thời gian ngắn. "
    "Hãy thử lại sau khoảng {minutes} phút."
)
LOOKUP_LIMIT_MESSAGE = (
    "Bạn đã tra cứu sai mã nhiều lần. Hãy kiểm tra lại mã và thử lại sau khoảng {minutes} phút."
)
SENT_MESSAGE = (
    "Câu hỏi, kiến nghị của bạn đã được gửi và đang chờ Văn phòng xem xét. "
    "Mã tra cứu của bạn là {code}: hãy ghi lại mã này để theo dõi kết quả."
)


def submission_limit():
    return RateLimit("petitions", settings.PETITIONS_RATE_LIMIT, settings.PETITIONS_RATE_WINDOW)


def lookup_limit():
    return RateLimit(
        "petitions-lookup",
        settings.PETITIONS_LOOKUP_RATE_LIMIT,
        settings.PETITIONS_LOOKUP_RATE_WINDOW,
    )


@page_cache.cached_page(query=["page", *petition_register.PARAMS.values()])
@require_safe
def petition_list(request):
    choices = petition_register.filter_choices()
    query = petition_register.parse(request.GET, choices)
    for key, param in petition_register.PARAMS.items():
        page_cache.note_query(request, param, query.selected.get(key))
    page_cache.tag(request, "petitions")
    counts = petition_register.counts(query)
    total = counts.total
    if "status" in query.selected:
        total = next(c.count for c in counts.by_status if c.is_selected)
    # The count is known from the grouped query: the paginator needs no COUNT of its own.
    page = pagination.paginate(request, petition_register.petitions(query), count=total)
    canonical = news_seo.absolute_url(reverse("council:petition_list"))
    params = query.params()
    if page.number > 1:
        params["page"] = page.number
    context = {
        "query": query,
        "choices": choices,
        "counts": counts,
        "page": page,
        "params": petition_register.PARAMS,
        "status_links": [
            (count, "?" + urlencode(query.params(status=count.slug))) for count in counts.by_status
        ],
        "all_statuses_link": "?" + urlencode(query.params(status=None)),
        "canonical_url": f"{canonical}?{urlencode(params)}" if params else canonical,
    }
    status = 400 if query.problems else 200
    return render(request, "council/petition_list.html", context, status=status)


@page_cache.cached_page()
@require_safe
def petition_detail(request, pk):
    petition = get_object_or_404(
        Petition.objects.public().select_related(
            "sector", "agency", "session__term", "answer_document__kind"
        ),
        pk=pk,
    )
    # "petitions" too: the page shows names (agency, field, session, answer document) whose
    # changes touch that tag.
    page_cache.tag(request, f"petition:{petition.pk}", "petitions")
    context = {
        "petition": petition,
        "canonical_url": news_seo.absolute_url(petition.get_absolute_url()),
    }
    return render(request, "council/petition_detail.html", context)


def _form_page(request, form, *, status=200, notice=None, retry_after=None, carry=False):
    """The form with a new captcha (again after a refusal, with what the citizen typed)."""
    challenge = draw_challenge(request.POST.get("started") if carry else None)
    context = {"form": form, "notice": notice, **challenge}
    return refuse(
        request,
        notice,
        status=status,
        page=("council/petition_form.html", context),
        errors=form_errors(form) if form.is_bound else None,
        payload={"captcha": challenge["captcha"], "started": challenge["started"]},
        retry_after=retry_after,
    )


def _refuse_rate_limited(request, posted, retry_after):
    notice = RATE_LIMIT_MESSAGE.format(minutes=minutes(retry_after))
    typed = PetitionForm(initial=posted.typed_values())
    return _form_page(request, typed, status=429, notice=notice, retry_after=retry_after)


@never_cache
@require_http_methods(["GET", "POST"])
@captcha_rate_limited
def petition_form(request):
    if request.method == "GET":
        return _form_page(request, PetitionForm())

    posted = PetitionForm(request.POST)
    if "refresh_captcha" in request.POST:
        # "Lấy lại mã bảo mật" posts the form: drawn again with what was typed, not validated.
        return _form_page(request, PetitionForm(initial=posted.typed_values()), carry=True)

    address = clients.request_network_hash(request, "petition")
    limit = submission_limit()
    if limit.is_limited(address):
        return _refuse_rate_limited(request, posted, limit.retry_after())
    if not posted.is_valid():
        return _form_page(request, posted, status=400, carry=posted.only_captcha_refused())
    try:
        limit.hit(address)
    except RateLimited as exc:
        return _refuse_rate_limited(request, posted, exc.retry_after)

    petition = petition_decisions.receive_submission(
        posted.cleaned_data,
        address_hash=address,
        user_agent=request.headers.get("User-Agent", ""),
    )
    messages.success(request, SENT_MESSAGE.format(code=petition.code), extra_tags=MESSAGE_TAG)
    url = reverse("council:petition_lookup") + "?" + urlencode({"ma": petition.code})
    return HttpResponseRedirect(url, status=303)


@never_cache
@require_safe
def petition_lookup(request):
    context = {"form": LookupForm(), "petition": None}
    if "ma" not in request.GET:
        return render(request, "council/petition_lookup.html", context)

    form = LookupForm(request.GET)
    context["form"] = form
    address = clients.request_network_hash(request, "petition-lookup")
    limit = lookup_limit()
    if limit.is_limited(address):
        notice = LOOKUP_LIMIT_MESSAGE.format(minutes=minutes(limit.retry_after()))
        response = render(
            request, "council/petition_lookup.html", {**context, "notice": notice}, status=429
        )
        response["Retry-After"] = str(limit.retry_after())
        return response
    if not form.is_valid():
        return render(request, "council/petition_lookup.html", context, status=400)

    petition = (
        Petition.objects.select_related("sector", "agency", "answer_document__kind")
        .filter(code=form.cleaned_data["ma"])
        .first()
    )
    if petition is None:
        # This miss is answered as one; once the limit is reached the next request is refused.
        with contextlib.suppress(RateLimited):
            limit.hit(address)
        form.add_error("ma", LOOKUP_MESSAGES["not_found"])
        return render(request, "council/petition_lookup.html", context, status=404)
    context["petition"] = petition
    response = render(request, "council/petition_lookup.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response
