"""Flash messages by tag: most are drawn at the top of the page, a few next to what they are
about (the comment section draws those tagged "comment", near the anchor the reader lands on)."""

from django import template

register = template.Library()


def _tags(message):
    return message.tags.split()


@register.filter
def without_tag(messages, tag):
    """The messages not tagged `tag` (iterating marks them as shown: call it only when there are
    messages, so a page without any sends no cookie)."""
    return [message for message in messages if tag not in _tags(message)]


@register.filter
def with_tag(messages, tag):
    """The messages tagged `tag`."""
    return [message for message in messages if tag in _tags(message)]
