"""The comment form page, its JSON twin for the article page, and the form's start data.

The article page shows the comment form without a captcha or CSRF token, so its HTML is the same
for every reader and can be cached; comments.js fetches both from `start` when the reader first
touches the form. Without JavaScript the article page links to `comment_form`, a never-cached
page that draws a full form with a fresh captcha.
"""

from functools import wraps

from captcha.models import CaptchaStore
from django.contrib import messages
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from news import listings
from portal import clients
from portal.ratelimit import RateLimited

from . import moderation, throttle
from .captcha import audio_available, new_captcha, speak
from .forms import CommentForm, carry_started, sign_started

MESSAGE_TAG = "comment"  # templates/base.html leaves messages with this tag to the section
SUCCESS_MESSAGE = "Bình luận của bạn đã được gửi và đang chờ kiểm duyệt."
CLOSED_MESSAGE = "Bài viết này không nhận bình luận."
CAPTCHA_LIMIT_MESSAGE = (
    "Bạn đã yêu cầu quá nhiều mã xác nhận. Vui lòng thử lại sau khoảng {minutes} phút."
)
RATE_LIMIT_MESSAGE = (
    "Bạn đã gửi nhiều bình luận trong thời gian ngắn. Hãy thử lại sau khoảng {minutes} phút."
)


def _article(article_id):
    return get_object_or_404(listings.public_articles(), pk=article_id)


def _form_errors(form):
    return {field: [str(message) for message in errors] for field, errors in form.errors.items()}


def _refuse(
    request,
    notice=None,
    *,
    status,
    page,
    errors=None,
    page_status=None,
    payload=None,
    retry_after=None,
):
    """A refusal in the form its asker reads: JSON for comments.js (`errors` by field and the
    `notice` for the whole form under `__all__`, plus `payload`), otherwise `page` (a template
    and its context) drawn with `page_status`, which defaults to `status`."""
    if clients.wants_json(request):
        errors = dict(errors or {})
        if notice:
            errors["__all__"] = [*errors.get("__all__", []), notice]
        response = JsonResponse({"ok": False, "errors": errors, **(payload or {})}, status=status)
    else:
        template, context = page
        response = render(request, template, context, status=page_status or status)
    if retry_after is not None:
        response["Retry-After"] = str(retry_after)
    return response


def _minutes(seconds):
    return max(1, round(seconds / 60))


def _respond(request, article, form, *, status=200, notice=None, retry_after=None, carry=False):
    """The form with a new captcha (again after a refusal, with what the reader typed): as a
    page or as JSON. With `carry` the form keeps the start time of the note it was sent with."""
    captcha = new_captcha()
    if carry:
        started = carry_started(request.POST.get("started"), captcha["key"])
    else:
        started = sign_started(captcha["key"])
    context = {
        "article": article,
        "form": form,
        "captcha": captcha,
        "started": started,
        "notice": notice,
        "audio_available": audio_available(),
    }
    return _refuse(
        request,
        notice,
        status=status,
        page=("comments/comment_form.html", context),
        errors=_form_errors(form) if form.is_bound else None,
        payload={"captcha": captcha, "started": started},
        retry_after=retry_after,
    )


def _refuse_closed(request, article):
    # Without JavaScript the reader who opens the form page of a closed article gets a page
    # saying so (200); sending the form there, or asking from a script, is refused (403).
    context = {"article": article, "closed_message": CLOSED_MESSAGE}
    return _refuse(
        request,
        CLOSED_MESSAGE,
        status=403,
        page=("comments/comment_form.html", context),
        page_status=403 if request.method == "POST" else 200,
    )


def captcha_rate_limited(view):
    """Each request to these views draws at most one captcha, which writes a row: limit them
    per address so a script cannot fill the captcha table."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            throttle.captcha_limit().hit(clients.request_network_hash(request, "captcha"))
        except RateLimited as exc:
            notice = CAPTCHA_LIMIT_MESSAGE.format(minutes=_minutes(exc.retry_after))
            return _refuse(
                request,
                notice,
                status=429,
                page=("429.html", {"message": notice}),
                retry_after=exc.retry_after,
            )
        return view(request, *args, **kwargs)

    return wrapper


def _refuse_rate_limited(request, article, posted, retry_after):
    notice = RATE_LIMIT_MESSAGE.format(minutes=_minutes(retry_after))
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
