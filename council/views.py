"""Reader pages of the council's records: the register, documents, files, terms and sessions.

All are GET pages without a form token or session, the same HTML for every reader.
"""

from django.db.models import Prefetch, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_safe

from news import listings as news_listings
from news import seo as news_seo
from portal import pagination

from . import downloads, register, seo
from .models import AgendaItem, Document, DocumentChange, Question, Session, Term

MAX_SLUG_LENGTH = 200
SESSION_NEWS_SIZE = 12
SESSION_QUESTIONS = 60


def _canonical_list_url(path, page, params=None):
    url = news_seo.absolute_url(path)
    query = "&".join(f"{k}={v}" for k, v in (params or {}).items())
    if page.number > 1:
        query = f"{query}&page={page.number}" if query else f"page={page.number}"
    return f"{url}?{query}" if query else url


@require_safe
def document_list(request):
    choices = register.filter_choices()
    query = register.parse(request.GET, choices)
    page = pagination.paginate(request, register.documents(query))
    params = {register.PARAMS[key]: value for key, value in query.selected.items()}
    context = {
        "query": query,
        "choices": choices,
        "page": page,
        "search_query": "",
        "register_q": query.search.text if query.search else "",
        "canonical_url": _canonical_list_url(reverse("council:document_list"), page, params),
        "params": register.PARAMS,
    }
    # A junk filter is answered (the rest of the filters still apply) but as a bad request.
    status = 400 if query.problems else 200
    return render(request, "council/document_list.html", context, status=status)


def _public_document(slug):
    if len(slug) > MAX_SLUG_LENGTH:
        raise Http404
    queryset = Document.objects.public().select_related(
        "kind", "issuing_body", "sector", "session__term"
    )
    return get_object_or_404(queryset, slug=slug)


def _document_context(document):
    files = list(document.files.all())
    # Joined on the primary key, never a subquery over every public document.
    changes_made = list(
        DocumentChange.objects.filter(source=document, target__is_published=True).select_related(
            "target__kind"
        )
    )
    changed_by = list(
        DocumentChange.objects.filter(target=document, source__is_published=True)
        .select_related("source__kind")
        .order_by("source__issued_on", "source_id")
    )
    articles = list(
        news_listings.public_articles()
        .filter(council_documents=document)
        .only("id", "title", "slug", "published_at", "category__name", "category__slug")
        .newest_first()[:10]
    )
    canonical = news_seo.absolute_url(document.get_absolute_url())
    return {
        "document": document,
        "files": files,
        "changes_made": changes_made,
        "changed_by": changed_by,
        "articles": articles,
        "canonical_url": canonical,
        "json_ld_data": seo.document_json_ld(document, files, canonical, changes_made),
    }


@require_safe
def document_detail(request, slug):
    document = _public_document(slug)
    return render(request, "council/document_detail.html", _document_context(document))


@require_safe
def document_print(request, slug):
    document = _public_document(slug)
    response = render(request, "council/document_print.html", _document_context(document))
    response["X-Robots-Tag"] = "noindex"
    return response


@require_safe
def file_download(request, pk, name):
    return downloads.file_response(downloads.public_file(pk))


@require_safe
def session_list(request):
    terms = list(
        Term.objects.prefetch_related(Prefetch("sessions", queryset=Session.objects.newest_first()))
    )
    context = {
        "terms": terms,
        "canonical_url": news_seo.absolute_url(reverse("council:session_list")),
    }
    return render(request, "council/session_list.html", context)


def session_news(session, size=SESSION_NEWS_SIZE):
    """Articles linked to the session, and its news category's articles of the session days."""
    condition = Q(council_sessions=session)
    if session.news_category_id:
        window = Session.NEWS_WINDOW
        condition |= Q(
            category_id=session.news_category_id,
            published_at__date__gte=session.starts_on - window,
            published_at__date__lte=session.ends_on + window,
        )
    return list(
        news_listings.public_articles()
        .filter(condition)
        .distinct()
        .only("id", "title", "slug", "published_at", "category__name", "category__slug")
        .newest_first()[:size]
    )


@require_safe
def session_detail(request, slug):
    if len(slug) > MAX_SLUG_LENGTH:
        raise Http404
    session = get_object_or_404(Session.objects.select_related("term", "news_category"), slug=slug)
    public = Document.objects.public().select_related("kind").defer("search_folded")
    agenda = list(
        AgendaItem.objects.filter(session=session).prefetch_related(
            Prefetch("documents", queryset=public.order_by("kind__order", "issued_on", "id"))
        )
    )
    documents = list(
        public.filter(session=session).order_by("kind__order", "issued_on", "number_key", "id")
    )
    resolutions = [d for d in documents if d.kind.slug == "nghi-quyet" and not d.is_draft]
    minutes = [d for d in documents if d.kind.slug == "bien-ban"]
    others = [d for d in documents if d not in resolutions and d not in minutes]
    days = []
    for item in agenda:
        if not days or days[-1][0] != item.day:
            days.append((item.day, []))
        days[-1][1].append(item)
    canonical = news_seo.absolute_url(session.get_absolute_url())
    context = {
        "session": session,
        "agenda_days": days,
        "resolutions": resolutions,
        "minutes": minutes,
        "other_documents": others,
        "news": session_news(session),
        "questions": list(
            Question.objects.public()
            .filter(session=session)
            .select_related("delegate")
            .defer("search_folded", "answer_summary", "delegate__biography")
            .order_by("order", "id")[:SESSION_QUESTIONS]
        ),
        "video": session.video,
        "canonical_url": canonical,
        "json_ld_data": seo.session_json_ld(session, canonical),
    }
    return render(request, "council/session_detail.html", context)
