"""{% remembered "name" vary… %}…{% endremembered %}: a block of HTML that is the same for every
reader, kept in the shared cache under the "site" and "articles" tags (so any edit the page
cache forgets, this forgets too) and never longer than a cached page would be.
"""

import hashlib
import time

from django import template
from django.conf import settings

from portal import cache, page_cache

register = template.Library()

KEY_PREFIX = "portal:fragment:v1:"


class RememberedNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist, self.name, self.vary_on = nodelist, name, vary_on

    def render(self, context):
        if not settings.PORTAL_PAGE_CACHE_SECONDS:
            return self.nodelist.render(context)
        vary = "|".join(str(value.resolve(context)) for value in self.vary_on)
        key = (
            f"{KEY_PREFIX}{self.name.resolve(context)}:{hashlib.sha256(vary.encode()).hexdigest()}"
        )
        entry = self._remember(key, context)
        if entry["expires"] <= time.time():
            # Its clock ran out before the cache dropped it (a poll closed): draw it again.
            cache.forget(key)
            entry = self._remember(key, context)
        return entry["html"]

    def _remember(self, key, context):
        now = time.time()
        expires = page_cache.expires_at(now)

        def draw():
            return {"html": self.nodelist.render(context), "expires": expires}

        timeout = max(1, int(expires - now))
        return cache.remember(key, page_cache.PAGE_TAGS, draw, timeout)


@register.tag
def remembered(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% remembered %} needs a name")
    nodelist = parser.parse(("endremembered",))
    parser.delete_first_token()
    return RememberedNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(b) for b in bits[2:]]
    )
