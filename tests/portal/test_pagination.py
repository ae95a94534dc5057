"""One way to read "?page=": junk goes to the nearest page that exists, never to an error."""

import pytest
from django.test import RequestFactory

from portal.pagination import PAGE_SIZE, page_number, paginate


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, 1),
        ("", 1),
        ("abc", 1),
        ("-1", 1),
        ("0", 1),
        ("1.5", 1),
        ("1e3", 1),
        ("２", 1),  # a full-width digit is not a page number
        (" 3 ", 3),
        ("42", 42),
        ("9" * 5000, 10**9),
    ],
)
def test_page_number_reads_only_plain_positive_numbers(raw, expected):
    assert page_number(raw) == expected


def page(raw, total=30, per_page=10):
    params = {} if raw is None else {"page": raw}
    return paginate(RequestFactory().get("/", params), list(range(total)), per_page)


def test_paginate_gives_the_requested_page():
    current = page("2")
    assert current.number == 2
    assert list(current) == list(range(10, 20))


@pytest.mark.parametrize(("raw", "expected"), [("abc", 1), ("0", 1), ("999999", 3), (None, 1)])
def test_paginate_goes_to_the_nearest_page_that_exists(raw, expected):
    assert page(raw).number == expected


def test_an_empty_list_has_one_empty_page():
    current = page("5", total=0)
    assert current.number == 1
    assert list(current) == []


def test_page_links_are_elided_around_the_current_page():
    current = page("10", total=200)
    assert current.elided_range == [1, "…", 9, 10, 11, "…", 20]


def test_default_page_size():
    request = RequestFactory().get("/")
    assert len(paginate(request, list(range(PAGE_SIZE + 1)))) == PAGE_SIZE
