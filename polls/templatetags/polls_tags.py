from django import template

from polls import voting, widget

register = template.Library()


@register.inclusion_tag("polls/_sidebar_widget.html", takes_context=True)
def poll_sidebar(context):
    """The current poll in the sidebar; no database write, at most two queries when cold."""
    request = context.get("request")
    poll = widget.current_poll()
    voter = voting.read_voter(request) if request is not None else voting.Voter()
    return {
        "poll": poll,
        "has_voted": bool(poll) and voter.remembers_vote(poll["pk"]),
        "csrf_token": context.get("csrf_token"),
    }
