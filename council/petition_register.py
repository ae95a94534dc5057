"""The public register of voters' petitions ("Kiến nghị cử tri"): filters read from the address,
the list, and the counts by status ("Đã trả lời 86/120").

Filters are GET parameters, so the page is the same for every reader (cached): `trang-thai`
(status), `linh-vuc` (field), `co-quan` (agency), `nam` (year raised), `ky-hop` (session) and
`page`. A value that names nothing is dropped with a Vietnamese note (and a 400), like the
documents register. Each filter is served by an index on (column, -raised_on, -id); the counts
are one grouped query over the same filters without the status, so they stay flat in the size
of the register as far as the database's index walk allows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils import timezone

from .models import Sector, Session
from .petitions import Agency, Petition

PARAMS = {
    "status": "trang-thai",
    "sector": "linh-vuc",
    "agency": "co-quan",
    "year": "nam",
    "session": "ky-hop",
}
NAMES = {
    "status": "tình trạng",
    "sector": "lĩnh vực",
    "agency": "cơ quan giải quyết",
    "session": "kỳ họp",
}
MAX_PARAM_LENGTH = 100
FIRST_YEAR = 2000

# Public statuses by their address value ("da-tra-loi"), in the order a petition moves through.
STATUS_SLUGS = {
    "da-tiep-nhan": Petition.Status.RECEIVED,
    "dang-giai-quyet": Petition.Status.IN_PROGRESS,
    "da-tra-loi": Petition.Status.ANSWERED,
    "da-giai-quyet": Petition.Status.RESOLVED,
}


def filter_choices() -> dict:
    """What the filter menus offer: (address value, label, id) per list; three small queries."""
    return {
        "status": [(slug, status.label, status.value) for slug, status in STATUS_SLUGS.items()],
        "sector": list(Sector.objects.in_order().values_list("slug", "name", "id")),
        "agency": list(Agency.objects.in_order().values_list("slug", "name", "id")),
        "session": [
            (session.slug, session.title, session.pk)
            for session in Session.objects.select_related("term").newest_first()
        ],
    }


@dataclass
class RegisterQuery:
    selected: dict = field(default_factory=dict)
    labels: dict = field(default_factory=dict)
    values: dict = field(default_factory=dict)
    problems: list = field(default_factory=list)

    @property
    def is_filtered(self):
        return bool(self.selected)

    def params(self, **changes):
        """The address parameters of this query with `changes` (None drops one)."""
        params = {PARAMS[key]: value for key, value in self.selected.items()}
        for key, value in changes.items():
            params.pop(PARAMS[key], None)
            if value is not None:
                params[PARAMS[key]] = value
        return params


def parse(params, choices) -> RegisterQuery:
    query = RegisterQuery()
    for key, param in PARAMS.items():
        raw = (params.get(param) or "").strip()
        if not raw:
            continue
        shown = raw if len(raw) <= MAX_PARAM_LENGTH else raw[:MAX_PARAM_LENGTH] + "…"
        if key == "year":
            if not (raw.isascii() and raw.isdigit() and len(raw) == 4) or not (
                FIRST_YEAR <= int(raw) <= timezone.localdate().year + 1
            ):
                query.problems.append(
                    f"“{shown}” không phải một năm (ví dụ: 2025); bộ lọc năm đã được bỏ qua."
                )
                continue
            query.selected[key] = raw
            query.labels[key] = raw
            query.values[key] = int(raw)
            continue
        found = {slug: (label, value) for slug, label, value in choices[key]}.get(raw)
        if found is None:
            query.problems.append(f"Không có {NAMES[key]} “{shown}”; bộ lọc này đã được bỏ qua.")
            continue
        query.selected[key] = raw
        query.labels[key], query.values[key] = found
    return query


_LOOKUPS = {
    "status": "status",
    "sector": "sector_id",
    "agency": "agency_id",
    "year": "year",
    "session": "session_id",
}


def _filtered(query: RegisterQuery, *, without=()):
    queryset = Petition.objects.public()
    for key, value in query.values.items():
        if key not in without:
            queryset = queryset.filter(**{_LOOKUPS[key]: value})
    return queryset


def petitions(query: RegisterQuery):
    """The public petitions the query asks for, newest first."""
    return _filtered(query).for_lists().newest_first()


@dataclass(frozen=True)
class StatusCount:
    slug: str
    label: str
    count: int
    is_selected: bool


@dataclass(frozen=True)
class Counts:
    total: int
    answered: int
    by_status: list[StatusCount]


def counts(query: RegisterQuery) -> Counts:
    """Counts by status under the query's other filters, in one grouped query."""
    found = _filtered(query, without=("status",)).status_counts()
    by_status = [
        StatusCount(
            slug, status.label, found.get(status.value, 0), query.selected.get("status") == slug
        )
        for slug, status in STATUS_SLUGS.items()
    ]
    answered = sum(found.get(status, 0) for status in Petition.ANSWERED_STATUSES)
    return Counts(total=sum(found.values()), answered=answered, by_status=by_status)
