"""Council pieces other pages pull in: the site menu's entries, the home page's "upcoming
session" block, "Văn bản liên quan" under an article and the
note on news categories that report on the council's records."""

import functools

from django import template
from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import timezone

from .. import caching
from ..models import Document, Session

register = template.Library()

RELATED_DOCUMENTS = 10

_ROLES = {
    "documents": ("Văn bản", "council:document_list"),
    "sessions": ("Kỳ họp", "council:session_list"),
}


def _address(url_name, slug=None):
    """reverse() of a menu entry, remembered per process (the menu is drawn on every page)."""
    return _remembered_address(
        settings.ROOT_URLCONF, get_urlconf(), get_script_prefix(), url_name, slug
    )


@functools.lru_cache(maxsize=512)
def _remembered_address(root_urlconf, urlconf, prefix, url_name, slug):
    return reverse(url_name, kwargs={"slug": slug} if slug is not None else None)


@register.simple_tag(takes_context=True)
def council_menu(context, nav_categories):
    """The site menu: news categories, with the council's "Văn bản" and "Kỳ họp" pages standing
    in for the categories that report on them (settings.COUNCIL_NEWS_CATEGORIES), so the menu
    never shows two "Kỳ họp" entries. Without those categories the two pages come last.

    Each entry says whether it is the page shown ("page") or the section it belongs to ("true"),
    for aria-current."""
    request = context.get("request")
    path = request.path if request is not None else ""
    # An article's page names its category's slug itself (its article may never be loaded).
    article_category = context.get("article_category_slug")
    if article_category is None:
        article = context.get("article")
        article_category = getattr(getattr(article, "category", None), "slug", None)
    covered = {slug: role for role, slug in settings.COUNCIL_NEWS_CATEGORIES.items()}
    entries, placed = [], set()

    def council_entry(role, category_slug=None):
        name, url_name = _ROLES[role]
        url = _address(url_name)
        # Its news category's pages and articles belong to this entry too.
        in_category = category_slug is not None and (
            article_category == category_slug or path == _address("news:category", category_slug)
        )
        current = "page" if path == url else ("true" if path.startswith(url) or in_category else "")
        placed.add(role)
        return {"name": name, "url": url, "current": current}

    for category in nav_categories:
        role = covered.get(category["slug"])
        if role and role not in placed:
            entries.append(council_entry(role, category["slug"]))
            continue
        url = _address("news:category", category["slug"])
        current = (
            "page" if path == url else ("true" if article_category == category["slug"] else "")
        )
        entries.append({"name": category["name"], "url": url, "current": current})
    for role in ("documents", "sessions"):
        if role not in placed:
            entries.append(council_entry(role))
    return entries


def upcoming_session():
    """The next session (or the one under way), as plain values cached in the shared cache."""

    def build():
        session = Session.objects.not_closed().select_related("term").first()
        if session is None:
            return {}
        return {
            "title": session.title,
            "term": session.term.name_in_sentence,
            "kind": session.get_kind_display(),
            "starts_on": session.starts_on,
            "ends_on": session.ends_on,
            "place": session.place,
            "url": session.get_absolute_url(),
            "agenda_count": session.agenda_items.count(),
        }

    return caching.cached(caching.UPCOMING_CACHE, build)


@register.inclusion_tag("council/_upcoming_session.html")
def upcoming_session_block():
    entry = upcoming_session()
    if entry:
        entry = {**entry, "is_ongoing": entry["starts_on"] <= timezone.localdate()}
    return {"session": entry}


@register.inclusion_tag("council/_related_documents.html")
def related_documents(article):
    """ "Văn bản liên quan" under an article: one query."""
    documents = list(
        Document.objects.public()
        .filter(articles=article)
        .for_lists()
        .newest_first()[:RELATED_DOCUMENTS]
    )
    return {"documents": documents}


@register.inclusion_tag("council/_category_note.html")
def council_category_note(category):
    """On a news category that reports on the council's records: where the records are."""
    role = {slug: role for role, slug in settings.COUNCIL_NEWS_CATEGORIES.items()}.get(
        category.slug
    )
    return {"role": role, "category": category}


@register.simple_tag(takes_context=True)
def council_news_category(context, role):
    """The news category reporting on "sessions" or "documents", from the cached site menu
    (no query): {"name", "url"} or None when that category is not on the site."""
    slug = settings.COUNCIL_NEWS_CATEGORIES.get(role)
    for category in context.get("nav_categories") or ():
        if category["slug"] == slug:
            return {
                "name": category["name"],
                "url": reverse("news:category", kwargs={"slug": slug}),
            }
    return None


@register.inclusion_tag("admin/_todo_items.html", takes_context=True)
def waiting_petitions_todo(context):
    """On the admin home's to-do list: citizens' questions waiting, for those who decide them."""
    from ..petitions import Petition

    request = context.get("request")
    if request is None or not request.user.has_perm("council.change_petition"):
        return {"items": []}
    url = reverse("admin:council_petition_changelist") + "?status__exact=submitted"
    count = Petition.objects.waiting().count()
    return {"items": [{"label": "câu hỏi, kiến nghị chờ xem xét", "count": count, "url": url}]}


@register.simple_tag(takes_context=True)
def council_menu_group(context):
    """The council's menu group (council.menu.ENTRIES): {"name", "entries"}, each entry with
    its aria-current state, like council_menu's."""
    from .. import menu

    request = context.get("request")
    path = request.path if request is not None else ""
    entries = [
        {"name": name, "url": _address(url_name), "current": ""} for name, url_name in menu.ENTRIES
    ]
    # The page itself, else the entry whose address is the longest start of the path
    # (a petition's page belongs to the register, a week of the schedule to "Lịch công tác").
    exact = [entry for entry in entries if entry["url"] == path]
    within = sorted(
        (entry for entry in entries if path.startswith(entry["url"])), key=lambda e: len(e["url"])
    )
    if exact:
        exact[0]["current"] = "page"
    elif within:
        within[-1]["current"] = "true"
    return {"name": menu.GROUP_NAME, "entries": entries}


@register.inclusion_tag("council/_today_events.html")
def today_events_block():
    """The day's public events on the home page, cached under the "schedule" tag and the day."""
    from portal import cache as portal_cache

    from .. import schedule

    today = timezone.localdate()
    events = portal_cache.remember(
        f"council:today-events:v1:{today.isoformat()}",
        caching.TODAY_EVENTS_TAGS,
        lambda: schedule.today_events(today),
    )
    return {
        "events": events,
        "today": today,
        "week_url": schedule.week_url(today),
    }
