"""Factories for voters' petitions, and a valid submission of the citizens' form."""

import time

import factory

from council.petitions import Agency, Petition
from portal.form_protection import sign_started
from tests.council.factories import SectorFactory


class AgencyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agency
        django_get_or_create = ("slug",)

    name = "Sở Xây dựng"
    slug = "so-xay-dung"


class PetitionFactory(factory.django.DjangoModelFactory):
    """A received, public petition raised at a voter meeting; status=… for the others."""

    class Meta:
        model = Petition

    title = factory.Sequence(lambda n: f"Sửa đường tổ {n} phường Hòa Bình")
    summary = "Cử tri đề nghị sửa mặt đường bị bong tróc, nhiều ổ gà trước chợ."
    origin = Petition.Origin.VOTER_MEETING
    meeting_name = "Hội nghị tiếp xúc cử tri phường Hòa Bình"
    sector = factory.SubFactory(SectorFactory)
    agency = factory.SubFactory(AgencyFactory)
    status = Petition.Status.RECEIVED

    class Params:
        answered = factory.Trait(
            status=Petition.Status.ANSWERED,
            answer="Sở Xây dựng đã đưa tuyến đường vào kế hoạch sửa chữa trong quý tới.",
        )


class SubmissionFactory(PetitionFactory):
    """A citizen's question waiting for staff, with private contact details."""

    kind = Petition.Kind.QUESTION
    origin = Petition.Origin.PORTAL
    meeting_name = ""
    agency = None
    status = Petition.Status.SUBMITTED
    sender_name = "Lê Thị Hồng"
    sender_area = "phường Bến Sông"
    sender_phone = "0912345678"
    sender_email = "hong.le@example.vn"
    address_hash = "b" * 64
    user_agent = "Mozilla/5.0 (thử nghiệm)"


CAPTCHA_KEY = "khong-co-ma"

VALID = {
    "kind": "question",
    "name": "Trần Văn Bình",
    "area": "phường Hòa Bình",
    "phone": "0912 345 678",
    "email": "binh.tran@example.vn",
    "sector": "",
    "title": "Khi nào sửa cống thoát nước hẻm 18?",
    "content": "Cống thoát nước đầu hẻm 18 đường Bạch Đằng bị vỡ nắp hơn hai tháng nay, "
    "rất nguy hiểm cho trẻ em đi học. Xin hỏi bao giờ thì được sửa?",
}


def form_data(**changes):
    """A valid submission: captcha answered in test mode, form shown a minute ago."""
    data = {
        **VALID,
        "captcha_0": CAPTCHA_KEY,
        "captcha_1": "PASSED",
        "website": "",
        "started": sign_started(CAPTCHA_KEY, time.time() - 60),
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}
