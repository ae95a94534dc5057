"""What the council's records put in the shared cache, and what a change forgets (portal.cache).

Keys: the register's filter choices and the home page's "upcoming session" entry. Tags, for the
page cache: "document:<id>" and "documents" (the register, feeds, search), "session:<id>" and
"sessions"; a session change also touches "site" because the home page announces it; linking a
document or a session to an article touches "article:<id>" (its "Văn bản liên quan").
"""

from django.db.models.signals import m2m_changed

from news.models import SITEMAP_TAG
from portal import cache
from portal.cache import Key

FILTERS_CACHE = Key("council:register-filters", version=1, timeout=300)
# The home block reads dates against today: an entry lives at most this long.
UPCOMING_CACHE = Key("council:upcoming-session", version=1, timeout=300)


def _document_tags(document):
    return [f"document:{document.pk}", "documents", SITEMAP_TAG]


def _session_tags(session):
    return [f"session:{session.pk}", "sessions", "site", SITEMAP_TAG]


def _linked_articles(sender, action, pk_set, reverse, instance, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if reverse:
        cache.touch(f"article:{instance.pk}", "documents", "sessions")
    else:
        cache.touch(*(f"article:{pk}" for pk in pk_set or ()), "documents", "sessions")


def connect():
    """Declare the rules (called from CouncilConfig.ready)."""
    from .models import (
        AgendaItem,
        Document,
        DocumentChange,
        DocumentFile,
        DocumentKind,
        IssuingBody,
        Sector,
        Session,
        Term,
    )

    cache.on_change(Document, keys=[FILTERS_CACHE], tags=_document_tags)
    for model in (DocumentKind, Sector, IssuingBody):
        cache.on_change(model, keys=[FILTERS_CACHE], tags=lambda obj: ["documents"])
    cache.on_change(DocumentFile, tags=lambda obj: [f"document:{obj.document_id}", "documents"])
    cache.on_change(
        DocumentChange,
        tags=lambda obj: [f"document:{obj.source_id}", f"document:{obj.target_id}", "documents"],
    )
    cache.on_change(Session, keys=[UPCOMING_CACHE], tags=_session_tags)
    cache.on_change(
        AgendaItem,
        keys=[UPCOMING_CACHE],
        tags=lambda obj: [f"session:{obj.session_id}", "sessions"],
    )
    cache.on_change(Term, keys=[UPCOMING_CACHE], tags=lambda obj: ["sessions", "site"])
    for through in (Document.articles.through, Session.articles.through):
        m2m_changed.connect(_linked_articles, sender=through, dispatch_uid=f"council:{through}")
    _connect_petitions()


def _petition_tags(petition):
    # Every change, a citizen's waiting question included: a petition taken down must leave the
    # register and its page, and the status it left is no longer known here.
    return [f"petition:{petition.pk}", "petitions"]


def _connect_petitions():
    """Petitions: "petition:<id>" (its page) and "petitions" (the register and its counts)."""
    from .models import Document, Sector, Session
    from .petitions import Agency, Petition

    cache.on_change(Petition, tags=_petition_tags)
    # The register's filter menus and the names on its entries.
    for model in (Agency, Sector, Session, Document):
        cache.on_change(model, tags=lambda obj: ["petitions"])


def documents_changed(documents):
    """After a queryset.update() of documents (search text, statuses)."""
    from .models import Document

    cache.changed(Document, documents)


def cached(key, build):
    """The entry under key, or build() stored there."""
    value = key.get()
    if value is None:
        value = build()
        key.set(value)
    return value
