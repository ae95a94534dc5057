"""Votes sent to a poll's vote endpoint the way the sidebar widget sends them."""


def vote(client, poll, *choices, as_json=False, **extra):
    """POST a vote for the given choices (Choice objects or raw values) like the widget does."""
    values = [str(getattr(choice, "pk", choice)) for choice in choices]
    headers = {"Accept": "application/json"} if as_json else {}
    return client.post(poll.get_vote_url(), {"choice": values}, headers=headers, **extra)
