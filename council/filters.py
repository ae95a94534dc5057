"""Filters read from the address for the council's lists (delegates, questions): each names an
entry of a list by its slug. A value that names nothing is dropped with a Vietnamese note (the
page answers 400 but still shows the list without that filter), never an error page."""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_PARAM_LENGTH = 100


@dataclass(frozen=True)
class Filter:
    key: str
    param: str
    label: str  # "ban", "tổ đại biểu": what the note calls it


@dataclass
class Selection:
    values: dict = field(default_factory=dict)  # key -> slug
    labels: dict = field(default_factory=dict)  # key -> name shown
    ids: dict = field(default_factory=dict)  # key -> database id (or value)
    problems: list = field(default_factory=list)
    search: object = None  # news.search.ParsedQuery when the list has a search box
    _params: dict = field(default_factory=dict)

    @property
    def params(self) -> dict:
        """The accepted filters as address parameters (for page links and the canonical)."""
        return dict(self._params)


def parse(params, filters: list[Filter], choices: dict) -> Selection:
    """choices: key -> list of (slug, name, id)."""
    selection = Selection()
    for spec in filters:
        raw = (params.get(spec.param) or "").strip()
        if not raw:
            continue
        if len(raw) > MAX_PARAM_LENGTH:
            raw = raw[:MAX_PARAM_LENGTH] + "…"
        found = {slug: (name, pk) for slug, name, pk in choices.get(spec.key, ())}
        if raw not in found:
            selection.problems.append(f"Không có {spec.label} “{raw}”; bộ lọc này đã được bỏ qua.")
            continue
        selection.values[spec.key] = raw
        selection.labels[spec.key], selection.ids[spec.key] = found[raw]
        selection._params[spec.param] = raw
    return selection
