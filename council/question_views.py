"""Reader pages of questions in session: the register with its filters, and one question."""

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_safe

from news import seo as news_seo
from portal import page_cache, pagination

from . import questions
from .delegate_views import _canonical, note_filters
from .models import Question


@require_safe
@page_cache.cached_page(query=["ky-hop", "linh-vuc", "co-quan", "tinh-trang", "q", "page"])
def question_list(request):
    page_cache.tag(request, "questions")
    choices = questions.filter_choices()
    selection = questions.parse(request.GET, choices)
    note_filters(request, selection, questions.FILTERS)
    page_cache.note_query(request, "q", selection.params.get("q"))
    page = pagination.paginate(request, questions.register(selection), per_page=20)
    page_cache.note_query(request, "page", page.number if page.number > 1 else None)
    context = {
        "choices": choices,
        "selection": selection,
        "page": page,
        "register_q": selection.search.text if selection.search else "",
        "canonical_url": _canonical(reverse("council:question_list"), selection.params, page),
        "page_params": "&".join(f"{k}={v}" for k, v in selection.params.items()),
    }
    status = 400 if selection.problems else 200
    return render(request, "council/question_list.html", context, status=status)


@require_safe
@page_cache.cached_page()
def question_detail(request, pk):
    question = get_object_or_404(
        Question.objects.public().select_related("session__term", "delegate", "agency", "sector"),
        pk=pk,
    )
    if not question.delegate.is_published:
        raise Http404
    page_cache.tag(request, f"question:{question.pk}", f"session:{question.session_id}")
    context = {
        "question": question,
        "commitments": list(question.commitments.all()),
        "documents": list(
            question.documents.public().select_related("kind").defer("search_folded")
        ),
        "video": question.video,
        "canonical_url": news_seo.absolute_url(question.get_absolute_url()),
    }
    return render(request, "council/question_detail.html", context)
