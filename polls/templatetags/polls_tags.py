from django import template

from polls import voting, widget
from polls.models import Poll

register = template.Library()


@register.inclusion_tag("polls/_sidebar_widget.html", takes_context=True)
def poll_sidebar(context):
    """The current poll in the sidebar; no database write, at most two queries when cold.

    On the current poll's own pages the widget only links to them: the page shows the poll, and
    a second form for it would be a second control for the same vote.
    """
    request = context.get("request")
    poll = widget.current_poll()
    voter = voting.read_voter(request) if request is not None else voting.Voter()
    page_poll = context.get("poll")
    on_poll_page = isinstance(page_poll, Poll)
    on_its_page = bool(poll) and on_poll_page and page_poll.pk == poll["pk"]
    has_voted = bool(poll) and voter.remembers_vote(poll["pk"])
    shows_form = bool(poll) and not has_voted and not on_its_page
    return {
        "poll": poll,
        "has_voted": has_voted,
        "on_its_page": on_its_page,
        "shows_form": shows_form,
        # A poll page with its own form has loaded polls.js already (poll_detail.html).
        "loads_script": shows_form and not (on_poll_page and context.get("can_vote")),
        "csrf_token": context.get("csrf_token"),
    }
