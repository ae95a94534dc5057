"""Petitions: what readers see, what the database refuses, the counts by status."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from council.petitions import Petition
from tests.council.petition_factories import PetitionFactory, SubmissionFactory

pytestmark = pytest.mark.django_db


def test_only_received_and_later_petitions_are_public():
    public = [
        PetitionFactory(status=status)
        for status in (Petition.Status.RECEIVED, Petition.Status.IN_PROGRESS)
    ] + [PetitionFactory(answered=True)]
    SubmissionFactory()
    SubmissionFactory(status=Petition.Status.CLOSED, close_reason="Không thuộc thẩm quyền.")
    assert set(Petition.objects.public()) == set(public)
    assert Petition.objects.waiting().count() == 1


def test_an_answered_petition_without_an_answer_is_refused_by_the_database():
    petition = PetitionFactory()
    Petition.objects.filter(pk=petition.pk).update(status=Petition.Status.RECEIVED)
    with pytest.raises(IntegrityError), transaction.atomic():
        Petition.objects.filter(pk=petition.pk).update(status=Petition.Status.ANSWERED)


def test_a_closed_petition_without_a_reason_is_refused_by_the_database():
    petition = SubmissionFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Petition.objects.filter(pk=petition.pk).update(status=Petition.Status.CLOSED)


def test_the_clerk_is_told_in_vietnamese_what_an_answered_petition_needs():
    petition = PetitionFactory.build(status=Petition.Status.ANSWERED, answer="   ")
    with pytest.raises(ValidationError) as caught:
        petition.clean()
    assert "nội dung trả lời" in caught.value.message_dict["answer"][0]


def test_an_answer_cannot_come_before_the_petition():
    petition = PetitionFactory.build(
        raised_on=datetime.date(2026, 5, 10), answered_on=datetime.date(2026, 5, 1)
    )
    with pytest.raises(ValidationError) as caught:
        petition.clean()
    assert "trước ngày tiếp nhận" in caught.value.message_dict["answered_on"][0]


def test_saving_derives_the_year_and_the_answer_date_and_normalises_text():
    petition = PetitionFactory(
        raised_on=datetime.date(2025, 3, 4),
        title="Sửa\u200b đường   Lê Lợi",
        answered=True,
    )
    assert petition.year == 2025
    assert petition.answered_on is not None
    assert petition.title == "Sửa đường Lê Lợi"


def test_status_counts_are_one_grouped_query(django_assert_num_queries):
    PetitionFactory.create_batch(3)
    PetitionFactory.create_batch(2, answered=True)
    with django_assert_num_queries(1):
        counts = Petition.objects.public().status_counts()
    assert counts == {"received": 3, "answered": 2}
