"""{% remembered "name" vary… [tags=…] %}…{% endremembered %}: a block of HTML that is the same
for every reader, kept in the shared cache under the "site" and "articles" tags (so any edit the
page cache forgets, this forgets too), plus the tags named after `tags=` (a string or a list, such
as the page's own "article:42"), and never longer than a cached page would be.

Error pages (context `draw_fresh`) draw their blocks without the cache: a block that varies on
the address (the menu) must not be kept for every made-up address.

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


class RememberedNode(template.Node):
    def __init__(self, nodelist, name, vary_on, tags):
        self.nodelist, self.name, self.vary_on, self.tags = nodelist, name, vary_on, tags

    def render(self, context):
        if not settings.PORTAL_PAGE_CACHE_SECONDS or context.get("draw_fresh"):
            return self.nodelist.render(context)
        vary = "|".join(str(value.resolve(context)) for value in self.vary_on)
        key = (
            f"{KEY_PREFIX}{self.name.resolve(context)}:{hashlib.sha256(vary.encode()).hexdigest()}"
        )
        tags = list(page_cache.PAGE_TAGS)
        for expression in self.tags:
            value = expression.resolve(context)
            tags.extend([value] if isinstance(value, str) else value or ())
        entry = self._remember(key, tags, context)
        if entry["expires"] <= time.time():
            # Its clock ran out before the cache dropped it (a poll closed): draw it again.
            cache.forget(key)
            entry = self._remember(key, tags, context)
        return entry["html"]

    def _remember(self, key, tags, context):
        now = time.time()
        expires = page_cache.expires_for(getattr(context, "request", None), now)

        def draw():
            return {"html": self.nodelist.render(context), "expires": expires}

        timeout = max(1, int(expires - now))
        return cache.remember(key, tags, draw, timeout)


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
