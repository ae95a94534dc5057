from django import template
from django.urls import reverse

from polls import widget
from polls.models import Poll

register = template.Library()


@register.inclusion_tag("polls/_sidebar_widget.html", takes_context=True)
def poll_sidebar(context):
    """The current poll in the sidebar; no database write, at most two queries when cold.

    The widget is the same for every reader (no CSRF token, no "already voted" from the cookie),
    so the pages around it can be cached; polls.js does the per-reader part. On the current
    poll's own pages the widget only links to them: the page shows the poll, and a second form
    for it would be a second control for the same vote.
    """
    poll = widget.current_poll()
    page_poll = context.get("poll")
    on_poll_page = isinstance(page_poll, Poll)
    on_its_page = bool(poll) and on_poll_page and page_poll.pk == poll["pk"]
    shows_form = bool(poll) and not on_its_page
    return {
        "poll": poll,
        "on_its_page": on_its_page,
        "shows_form": shows_form,
        # A poll page with its own form has loaded polls.js already (poll_detail.html).
        "loads_script": shows_form and not (on_poll_page and context.get("can_vote")),
    }


@register.inclusion_tag("admin/_todo_items.html", takes_context=True)
def polls_todo(context):
    """On the admin home: open polls ending within a week, for staff who run polls."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.has_perm("polls.change_poll"):
        return {"items": []}
    url = reverse("admin:polls_poll_changelist")
    label = "cuộc bình chọn kết thúc trong 7 ngày tới"
    return {"items": [{"label": label, "count": Poll.objects.ending_soon().count(), "url": url}]}
