"""Reference codes: unguessable, easy to type, forgiving of how people type them."""

import re

import pytest

from council import petition_codes
from council.petitions import Petition
from tests.council.petition_factories import PetitionFactory


def test_a_new_code_names_the_year_and_eight_unambiguous_symbols():
    code = petition_codes.new_code(2026)
    assert re.fullmatch(r"KN-2026-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}", code)
    assert not set("ILOU") & set(code[8:])


def test_codes_are_drawn_at_random():
    assert len({petition_codes.new_code(2026) for _ in range(500)}) == 500


@pytest.mark.parametrize(
    "typed",
    [
        "KN-2026-7H3K-Q9MZ",
        "kn-2026-7h3k-q9mz",
        "  KN 2026 7H3K Q9MZ ",
        "KN2026-7H3KQ9MZ",
        "2026-7H3K-Q9MZ",
        "ＫＮ－２０２６－７Ｈ３Ｋ－Ｑ９ＭＺ",  # full-width, as some phone keyboards type
    ],
)
def test_a_code_is_read_however_it_was_typed(typed):
    assert petition_codes.parse(typed) == "KN-2026-7H3K-Q9MZ"


def test_letters_people_mistake_for_digits_are_read_as_the_digits():
    assert petition_codes.parse("KN-2026-OI3L-Q9MZ") == "KN-2026-0131-Q9MZ"


@pytest.mark.parametrize(
    "typed", ["", "abc", "KN-2026-7H3K", "KN-26-7H3K-Q9MZ", "KN-2026-7H3K-Q9MU", "x" * 500]
)
def test_what_cannot_be_a_code_is_refused(typed):
    assert petition_codes.parse(typed) is None


@pytest.mark.django_db
def test_every_petition_gets_its_own_code_of_the_year_it_was_raised():
    petition = PetitionFactory()
    other = PetitionFactory()
    assert petition.code.startswith(f"KN-{petition.raised_on.year}-")
    assert petition.code != other.code
    assert petition_codes.parse(petition.code) == petition.code


@pytest.mark.django_db
def test_a_code_already_taken_is_drawn_again(monkeypatch):
    taken = PetitionFactory().code
    drawn = iter([taken, "KN-2026-AAAA-BBBB"])
    monkeypatch.setattr(petition_codes, "new_code", lambda year: next(drawn))
    petition = PetitionFactory()
    assert petition.code == "KN-2026-AAAA-BBBB"
    assert Petition.objects.count() == 2
