"""{% remembered "name" vary… [tags=…] %}…{% endremembered %}: a block of HTML that is the same
for every reader, kept in the shared cache under the "site" and "articles" tags (so any edit the
page cache forgets, this forgets too), plus the tags named after `tags=` (a string or a list, such
as the page's own "article:42"), and never longer than a cached page would be.

The generations are read once per request (portal.page_cache.generations_for) and this process
keeps copies of the blocks it read or drew, served only while those generations are the ones a
block was drawn under: an edit in any process ends them as it ends the shared entries. Without an
answer from the shared cache a block is drawn and not kept.

Values the block alone needs can be handed to it as callables (a template calls them when it
first reads them), so a block found in the cache costs neither their queries nor their drawing.
"""

import hashlib
import time

from django import template
from django.conf import settings

from portal import cache, page_cache

register = template.Library()

KEY_PREFIX = "portal:fragment:v1:"


# This process's copies of blocks it has read or drawn, served while the generations they were
# drawn under are current (read once per request): a page of ten blocks costs one or two round
# trips to the shared cache, not ten.
_copies = page_cache.LocalCopies(
    size=lambda entry: len(entry["value"]["html"]), max_entries=4096, max_entry=256 * 1024
)


class RememberedNode(template.Node):
    def __init__(self, nodelist, name, vary_on, tags):
        self.nodelist, self.name, self.vary_on, self.tags = nodelist, name, vary_on, tags

    def render(self, context):
        if not settings.PORTAL_PAGE_CACHE_SECONDS:
            return self.nodelist.render(context)
        vary = "|".join(str(value.resolve(context)) for value in self.vary_on)
        key = (
            f"{KEY_PREFIX}{self.name.resolve(context)}:{hashlib.sha256(vary.encode()).hexdigest()}"
        )
        tags = list(page_cache.PAGE_TAGS)
        for expression in self.tags:
            value = expression.resolve(context)
            tags.extend([value] if isinstance(value, str) else value or ())
        request = getattr(context, "request", None)
        current = page_cache.generations_for(request, dict.fromkeys(tags))
        answered = all(value is not None for value in current.values())
        now = time.time()
        entry = _copies.get(key) if answered else None
        if not _usable(entry, current, now):
            entry = cache.read([key], ())[0].get(key) if answered else None
            if not _usable(entry, current, now):
                entry = self._draw(key, current, request, context, now, store=answered)
            elif answered:
                _copies.put(key, entry)
        return entry["value"]["html"]

    def _draw(self, key, current, request, context, now, store):
        # The generations were read before drawing: a change landing meanwhile leaves a block
        # that is already stale, never one that looks fresh (as portal.cache.remember).
        expires = page_cache.expires_for(request, now)
        entry = {
            "generations": current,
            "value": {"html": self.nodelist.render(context), "expires": expires},
        }
        if store:
            cache.cache.set(key, entry, max(1, int(expires - now)))
            _copies.put(key, entry)
        return entry


def _usable(entry, current, now) -> bool:
    """Drawn under the current generations, and its clock has not run out (a poll closed)."""
    return entry is not None and entry["generations"] == current and entry["value"]["expires"] > now


@register.tag
def remembered(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% remembered %} needs a name")
    nodelist = parser.parse(("endremembered",))
    parser.delete_first_token()
    vary_on = [parser.compile_filter(b) for b in bits[2:] if not b.startswith("tags=")]
    tags = [parser.compile_filter(b[5:]) for b in bits[2:] if b.startswith("tags=")]
    return RememberedNode(nodelist, parser.compile_filter(bits[1]), vary_on, tags)
