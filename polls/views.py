from django.contrib import messages
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.views.decorators.http import require_POST

from portal import clients, pagination

from . import voting
from .models import Poll
from .results import tally

ARCHIVE_PAGE_SIZE = 10
THANKS = "Cảm ơn bạn đã bình chọn!"
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


def archive(request):
    open_polls = list(Poll.objects.open().order_by("-starts_at", "-pk"))
    closed = Poll.objects.closed().order_by("-ends_at", "-pk")
    page = pagination.paginate(request, closed, ARCHIVE_PAGE_SIZE)
    return render(request, "polls/poll_archive.html", {"open_polls": open_polls, "page": page})


def detail(request, pk):
    poll = get_object_or_404(Poll.objects.public(), pk=pk)
    return _render_detail(request, poll)


def _render_detail(request, poll, error=None, selected=(), status=200):
    voter = voting.read_voter(request)
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
    }
    return render(request, "polls/poll_detail.html", context, status=status)


def results(request, pk):
    poll = get_object_or_404(Poll.objects.public(), pk=pk)
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

    if wants_json:
        context = _results_context(poll, voter)
        context["message"] = THANKS
        html = render_to_string("polls/_vote_done.html", context, request=request)
        response = JsonResponse({"ok": True, "message": THANKS, "html": html})
    else:
        messages.success(request, THANKS)
        response = redirect(poll.get_results_url())
        response.status_code = 303
    voting.remember_voter(response, voter)
    return response
