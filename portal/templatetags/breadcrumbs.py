"""`{% breadcrumbs "Kỳ họp" category_url article.title %}`: the trail and its JSON-LD."""

from django import template
from django.utils.safestring import mark_safe

from portal import breadcrumbs as trails

register = template.Library()


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, *parts):
    request = context.get("request")
    crumbs = trails.trail(*parts, current_path=request.path if request else "")
    return {"crumbs": crumbs, "json_ld": mark_safe(trails.json_ld(crumbs))}
