"""Delegates ("Đại biểu"): the directory's filters (term, committee, delegate group,
constituency) and "Tìm đại biểu của bạn", the ward look-up that ignores tone marks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.db.models import Prefetch

from portal import text

from . import caching, filters
from .models import (
    Committee,
    CommitteeMembership,
    Constituency,
    Delegate,
    DelegateGroup,
    Membership,
    Term,
    Ward,
)

FILTERS = [
    filters.Filter("term", "khoa", "khóa"),
    filters.Filter("committee", "ban", "ban"),
    filters.Filter("group", "to", "tổ đại biểu"),
    filters.Filter("constituency", "don-vi", "đơn vị bầu cử"),
]
MAX_WARD_QUERY = 80
MAX_WARDS_FOUND = 12
# Readers type "phường Cự Khối", "P. Cự Khối", "xã Bình Minh": the kind word is not the name.
_KIND_PREFIX_RE = re.compile(r"^(?:phuong|xa|thi tran|tt|p|x)[\s.]+", re.ASCII)


def current_term():
    """The newest term that has delegates (else the newest term)."""
    term = Term.objects.filter(memberships__isnull=False).order_by("-start_year").first()
    return term or Term.objects.order_by("-start_year").first()


def filter_choices() -> dict:
    def build():
        def rows(queryset):
            return [(obj.slug, obj.name, obj.pk) for obj in queryset]

        return {
            "term": [(t.slug, str(t), t.pk) for t in Term.objects.order_by("-start_year")],
            "committee": rows(Committee.objects.in_order()),
            "group": rows(DelegateGroup.objects.in_order()),
            "constituency": [
                (c.slug, f"{c.name} ({c.term.name})", c.pk)
                for c in Constituency.objects.select_related("term").order_by(
                    "-term__start_year", "number"
                )
            ],
        }

    return caching.cached(caching.DELEGATE_FILTERS_CACHE, build)


def parse(params, choices=None):
    return filters.parse(params, FILTERS, choices or filter_choices())


def directory(selection, term):
    """Memberships of the term (each with its delegate), filtered, in the council's order."""
    queryset = (
        Membership.objects.filter(term=term, delegate__is_published=True)
        .select_related("delegate", "constituency", "delegate_group", "position")
        .defer("delegate__biography", "delegate__search_folded")
    )
    if "committee" in selection.ids:
        queryset = queryset.filter(
            delegate__committee_memberships__committee_id=selection.ids["committee"],
            delegate__committee_memberships__term=term,
        )
    if "group" in selection.ids:
        queryset = queryset.filter(delegate_group_id=selection.ids["group"])
    if "constituency" in selection.ids:
        queryset = queryset.filter(constituency_id=selection.ids["constituency"])
    return queryset.order_by("position__order", "delegate__order", "delegate__sort_name", "id")


def seats_by_delegate(memberships, term) -> dict[int, list]:
    """Committee seats of the listed delegates in the term: one query for a page."""
    ids = [m.delegate_id for m in memberships]
    seats: dict[int, list] = {}
    for seat in (
        CommitteeMembership.objects.filter(delegate_id__in=ids, term=term)
        .select_related("committee")
        .order_by("committee__order", "rank")
    ):
        seats.setdefault(seat.delegate_id, []).append(seat)
    return seats


def fold_ward_query(raw: str) -> str:
    folded = " ".join(text.fold(raw).lower().replace(",", " ").split())
    return _KIND_PREFIX_RE.sub("", folded).strip()


@dataclass
class LookupResult:
    typed: str = ""
    problem: str = ""
    not_found: bool = False
    wards: list = field(default_factory=list)
    # (constituency, its wards, its memberships) per constituency found
    constituencies: list = field(default_factory=list)

    @property
    def asked(self) -> bool:
        return bool(self.typed)


def find_ward(raw: str | None) -> LookupResult:
    """The wards whose names contain what was typed (marks and đ ignored) in the current term,
    exact names first, with their constituencies' wards and delegates: four queries at most."""
    typed = text.squash_spaces(raw or "").replace("\n", " ")
    result = LookupResult(typed=typed)
    if not typed:
        return result
    if len(typed) > MAX_WARD_QUERY:
        result.problem = (
            f"Tên phường, xã dài quá {MAX_WARD_QUERY} ký tự. Hãy nhập tên ngắn gọn, "
            "ví dụ: Cự Khối hoặc cu khoi."
        )
        return result
    folded = fold_ward_query(typed)
    if len(folded) < 2:
        result.problem = "Hãy nhập ít nhất hai chữ cái của tên phường, xã, ví dụ: Cự Khối."
        return result
    term = current_term()
    wards = list(
        Ward.objects.matching(folded)
        .filter(constituency__term=term)
        .select_related("constituency__term")
        .order_by("name", "id")[: MAX_WARDS_FOUND * 4]
    )
    typed_lower = text.normalize(typed).lower()

    def rank(ward):
        name = ward.name.lower()
        return (
            ward.name_folded != folded,  # the whole name, marks aside
            name not in typed_lower,  # the name with the very marks typed
            not ward.name_folded.startswith(folded),
            ward.name_folded,
        )

    wards.sort(key=rank)
    result.wards = wards[:MAX_WARDS_FOUND]
    if not result.wards:
        result.not_found = True
        result.problem = (
            f"Không tìm thấy phường, xã nào có tên “{typed}”. Hãy kiểm tra lại tên (có thể gõ "
            "không dấu, ví dụ: cu khoi) hoặc xem danh sách đơn vị bầu cử bên dưới."
        )
        return result
    constituency_ids = list(dict.fromkeys(w.constituency_id for w in result.wards))
    constituencies = {
        c.pk: c
        for c in Constituency.objects.filter(pk__in=constituency_ids)
        .select_related("term")
        .prefetch_related(
            Prefetch("wards", queryset=Ward.objects.order_by("name")),
            Prefetch(
                "memberships",
                queryset=Membership.objects.filter(delegate__is_published=True)
                .select_related("delegate", "position", "delegate_group")
                .defer("delegate__biography", "delegate__search_folded")
                .order_by("position__order", "delegate__order", "delegate__sort_name"),
            ),
        )
    }
    result.constituencies = [
        (
            constituencies[pk],
            list(constituencies[pk].wards.all()),
            list(constituencies[pk].memberships.all()),
        )
        for pk in constituency_ids
    ]
    return result


def constituencies_of(term):
    """Every constituency of the term with its wards (the list under the look-up): two queries."""
    return list(
        Constituency.objects.filter(term=term)
        .prefetch_related(Prefetch("wards", queryset=Ward.objects.order_by("name")))
        .order_by("number")
    )


def delegate_terms(delegate):
    """The delegate's memberships, newest term first, with their seats: two queries."""
    memberships = list(
        delegate.memberships.select_related(
            "term", "constituency", "delegate_group", "position"
        ).order_by("-term__start_year")
    )
    seats: dict[int, list] = {}
    for seat in delegate.committee_memberships.select_related("committee").order_by(
        "committee__order", "rank"
    ):
        seats.setdefault(seat.term_id, []).append(seat)
    for membership in memberships:
        membership.seats = seats.get(membership.term_id, [])
    return memberships


def public_delegates():
    return Delegate.objects.public()
