import logging

from django.contrib import messages
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST, require_safe

from portal import cache, clients, page_cache, pagination

from . import voting
from .models import Poll
from .results import tally

ARCHIVE_PAGE_SIZE = 10
THANKS = "Cảm ơn bạn đã bình chọn!"
DONE = "Bạn đã bình chọn câu hỏi này. Cảm ơn bạn!"
# Poll pages show "already voted" and results-after-voting from the voter cookie, so readers who
# carry it get them drawn for themselves; everyone else gets the cached page.
POLL_PAGE_CACHE = page_cache.cached_page(personal_cookies=[voting.COOKIE_NAME])
logger = logging.getLogger(__name__)
POLL_GONE = "Không tìm thấy cuộc bình chọn này; có thể Văn phòng HĐND đã gỡ xuống."


def _results_context(poll, voter):
    has_voted = voting.has_voted(voter, poll)
    visible = poll.results_visible(has_voted)
    return {
        "poll": poll,
        "is_open": poll.is_open(),
        "has_voted": has_voted,
        "results_visible": visible,
        "results": tally(poll) if visible else None,
        # Turnout says nothing about how people voted, so it is shown even when results are not.
        "voter_count": None if visible else poll.voter_count,
    }


@page_cache.cached_page(query=["page"])
def archive(request):
    open_polls = list(Poll.objects.open().order_by("-starts_at", "-pk"))
    closed = Poll.objects.closed().order_by("-ends_at", "-pk")
    page = pagination.paginate(request, closed, ARCHIVE_PAGE_SIZE)
    return render(request, "polls/poll_archive.html", {"open_polls": open_polls, "page": page})


@POLL_PAGE_CACHE
def detail(request, pk):
    poll = get_object_or_404(Poll.objects.public(), pk=pk)
    page_cache.tag(request, f"poll:{poll.pk}")
    return _render_detail(request, poll, deferred=True)


@never_cache
@require_safe
def ballot(request, pk):
    """The voting page for readers without JavaScript: the choices they ticked on a cached page,
    a CSRF token, and a voter key given before the vote (so a retried vote is recognised)."""
    poll = get_object_or_404(Poll.objects.public(), pk=pk)
    values = request.GET.getlist("choice")[: voting.MAX_SUBMITTED_VALUES]
    voter = voting.read_voter(request)
    response = _render_detail(request, poll, selected=values, voter=voter, is_ballot=True)
    response["X-Robots-Tag"] = "noindex"
    voting.give_voter_key(response, voter)
    return response


@never_cache
@require_safe
def start(request, pk):
    """What polls.js needs before a vote on a cached page: a CSRF token, a voter key in the
    cookie, and whether this reader has voted already (then the results to show)."""
    poll = Poll.objects.public().filter(pk=pk).first()
    if poll is None:
        return JsonResponse({"ok": False, "error": POLL_GONE}, status=404)
    voter = voting.read_voter(request)
    payload = {"ok": True, "csrf_token": get_token(request), "has_voted": False}
    if voting.has_voted(voter, poll):
        context = {**_results_context(poll, voter), "message": DONE}
        payload["has_voted"] = True
        payload["html"] = render_to_string("polls/_vote_done.html", context, request=request)
    response = JsonResponse(payload)
    voting.give_voter_key(response, voter)
    return response


def _render_detail(
    request, poll, error=None, selected=(), status=200, *, voter=None, deferred=False, **extra
):
    voter = voter or voting.read_voter(request)
    choices = list(poll.choices.all())
    is_open = poll.is_open()
    has_voted = voting.has_voted(voter, poll)
    context = {
        "poll": poll,
        "choices": choices,
        "limit": poll.max_selectable(len(choices)),
        "is_open": is_open,
        "has_voted": has_voted,
        # The page draws the voting form and loads polls.js; the sidebar widget reads this too.
        "can_vote": is_open and not has_voted,
        "error": error,
        "selected": {str(value) for value in selected},
        "deferred": deferred,
        "submit_label": "Gửi phiếu" if extra.get("is_ballot") else "Bình chọn",
        **extra,
    }
    return render(request, "polls/poll_detail.html", context, status=status)


@POLL_PAGE_CACHE
def results(request, pk):
    poll = get_object_or_404(Poll.objects.public(), pk=pk)
    page_cache.tag(request, f"poll:{poll.pk}")
    context = _results_context(poll, voting.read_voter(request))
    return render(request, "polls/poll_results.html", context)


@require_POST
def vote(request, pk):
    wants_json = clients.wants_json(request)
    poll = Poll.objects.public().filter(pk=pk).first()
    if poll is None:
        if wants_json:
            return JsonResponse({"ok": False, "error": POLL_GONE}, status=404)
        raise Http404(POLL_GONE)
    values = request.POST.getlist("choice")
    try:
        voter = voting.cast_vote(request, poll, values)
    except voting.VoteRejected as rejection:
        if wants_json:
            return JsonResponse(
                {
                    "ok": False,
                    "error": rejection.message,
                    "results_url": poll.get_results_url(),
                },
                status=rejection.status,
            )
        return _render_detail(
            request, poll, error=rejection.message, selected=values, status=rejection.status
        )

    return _acknowledge(request, poll, voter, wants_json)


def _acknowledge(request, poll, voter, wants_json):
    """The answer to a saved vote. The ballot is committed, so this answer must not fail: if
    the results cannot be drawn (the database or the cache went away), the reader still gets
    the thanks and the cookie that makes a retry answer "already voted" instead of voting twice.
    """
    try:
        # The poll's pages show its tally: forget their cached copies.
        cache.touch(f"poll:{poll.pk}")
        if wants_json:
            context = {**_results_context(poll, voter), "message": THANKS}
            html = render_to_string("polls/_vote_done.html", context, request=request)
            response = JsonResponse({"ok": True, "message": THANKS, "html": html})
        else:
            messages.success(request, THANKS)
            response = HttpResponseRedirect(poll.get_results_url(), status=303)
    except Exception:  # anything after the commit: the vote is already counted
        logger.exception("Vote on poll %s saved; its answer fell back to a plain one", poll.pk)
        if wants_json:
            response = JsonResponse({"ok": True, "message": THANKS, "html": ""})
        else:
            # A page of its own, drawn without the context processors that read the cache.
            html = render_to_string("polls/vote_saved.html", {"poll": poll, "message": THANKS})
            response = HttpResponse(html)
    voting.remember_voter(response, voter)
    return response
