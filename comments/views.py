"""The comment form page, its JSON twin for the article page, and the form's start data.

The article page shows the comment form without a captcha or CSRF token, so its HTML is the same
for every reader and can be cached; comments.js fetches both from `start` when the reader first
touches the form. Without JavaScript the article page links to `comment_form`, a never-cached
page that draws a full form with a fresh captcha.
"""

from captcha.models import CaptchaStore
from django.contrib import messages
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from news import listings
from portal import clients
from portal.captcha import audio_available, new_captcha, speak
from portal.form_protection import (
    captcha_rate_limited,
    carry_started,
    draw_challenge,
    form_errors,
    minutes,
    refuse,
    sign_started,
)
from portal.ratelimit import RateLimited

from . import moderation, throttle
from .forms import CommentForm

MESSAGE_TAG = "comment"  # templates/base.html leaves messages with this tag to the section
SUCCESS_MESSAGE = "Bình luận của bạn đã được gửi và đang chờ kiểm duyệt."
CLOSED_MESSAGE = "Bài viết này không nhận bình luận."
RATE_LIMIT_MESSAGE = (
    "Bạn đã gửi nhiều bình luận trong thời gian ngắn. Hãy thử lại sau khoảng {minutes} phút."
)


def _article(article_id):
    return get_object_or_404(listings.public_articles(), pk=article_id)


def _respond(request, article, form, *, status=200, notice=None, retry_after=None, carry=False):
    """The form with a new captcha (again after a refusal, with what the reader typed): as a
    page or as JSON. With `carry` the form keeps the start time of the note it was sent with."""
    challenge = draw_challenge(request.POST.get("started") if carry else None)
    context = {"article": article, "form": form, "notice": notice, **challenge}
    return refuse(
        request,
        notice,
        status=status,
        page=("comments/comment_form.html", context),
        errors=form_errors(form) if form.is_bound else None,
        payload={"captcha": challenge["captcha"], "started": challenge["started"]},
        retry_after=retry_after,
    )


def _refuse_closed(request, article):
    # Without JavaScript the reader who opens the form page of a closed article gets a page
    # saying so (200); sending the form there, or asking from a script, is refused (403).
    context = {"article": article, "closed_message": CLOSED_MESSAGE}
    return refuse(
        request,
        CLOSED_MESSAGE,
        status=403,
        page=("comments/comment_form.html", context),
        page_status=403 if request.method == "POST" else 200,
    )


def _refuse_rate_limited(request, article, posted, retry_after):
    notice = RATE_LIMIT_MESSAGE.format(minutes=minutes(retry_after))
    typed = CommentForm(initial=posted.typed_values())
    return _respond(request, article, typed, status=429, notice=notice, retry_after=retry_after)


@never_cache
@require_http_methods(["GET", "POST"])
@captcha_rate_limited
def comment_form(request, article_id):
    article = _article(article_id)
    if not article.allow_comments:
        return _refuse_closed(request, article)

    if request.method == "GET":
        return _respond(request, article, CommentForm())

    posted = CommentForm(request.POST)
    if "refresh_captcha" in request.POST:
        # Without JavaScript "Lấy lại mã bảo mật" posts the form: draw it again with what was
        # typed and a new picture, without validating (and so without any error).
        return _respond(request, article, CommentForm(initial=posted.typed_values()), carry=True)

    address = clients.request_network_hash(request, "comment")
    limit = throttle.comment_limit()
    if limit.is_limited(address):
        return _refuse_rate_limited(request, article, posted, limit.retry_after())
    if not posted.is_valid():
        # A mistyped code alone does not restart the wait: the reader corrects it at once.
        carry = posted.only_captcha_refused()
        return _respond(request, article, posted, status=400, carry=carry)
    try:
        limit.hit(address)
    except RateLimited as exc:
        return _refuse_rate_limited(request, article, posted, exc.retry_after)

    moderation.receive(
        article,
        posted.cleaned_data,
        address_hash=address,
        user_agent=request.headers.get("User-Agent", ""),
    )
    if clients.wants_json(request):
        return JsonResponse({"ok": True, "message": SUCCESS_MESSAGE}, status=201)
    # Tagged so the comment section draws it next to #binh-luan, where the reader lands.
    messages.success(request, SUCCESS_MESSAGE, extra_tags=MESSAGE_TAG)
    return HttpResponseRedirect(f"{article.get_absolute_url()}#binh-luan", status=303)


@never_cache
@require_GET
@captcha_rate_limited
def start(request, article_id):
    """What the cached article page leaves out: a captcha, a CSRF token and the start time."""
    if not clients.wants_json(request):
        raise Http404
    article = _article(article_id)
    if not article.allow_comments:
        return _refuse_closed(request, article)
    captcha = new_captcha()
    return JsonResponse(
        {
            "ok": True,
            "csrf_token": get_token(request),
            "started": sign_started(captcha["key"]),
            "captcha": captcha,
        }
    )


@never_cache
@require_GET
@captcha_rate_limited
def captcha_refresh(request):
    """A new captcha for the form, like the library's refresh view but rate limited, with the
    form's start note moved to it (`started`: the note the form had; none starts afresh)."""
    if not clients.wants_json(request):
        raise Http404
    captcha = new_captcha()
    return JsonResponse(
        {**captcha, "started": carry_started(request.GET.get("started"), captcha["key"])}
    )


@never_cache
@require_GET
def captcha_audio(request, key):
    """The captcha read aloud in Vietnamese (in place of the library's flite view)."""
    if not audio_available():
        raise Http404
    store = CaptchaStore.objects.filter(hashkey=key).first()
    if store is None:
        return HttpResponse(status=410)  # gone: crawlers drop the address
    wav = speak(store.challenge)
    if wav is None:
        return HttpResponse("Không đọc được mã xác nhận.", status=503, content_type="text/plain")
    return HttpResponse(wav, content_type="audio/wav")
