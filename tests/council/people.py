"""Factories for delegates, questions in session and the work schedule."""

import datetime
import io

import factory
from django.utils import timezone
from PIL import Image

from council.models import (
    Agency,
    Commitment,
    Committee,
    CommitteeMembership,
    Constituency,
    Delegate,
    DelegateGroup,
    Event,
    Membership,
    Position,
    Question,
    Ward,
)

from .factories import SessionFactory, TermFactory


def png_bytes(size=(300, 400), colour="#d9e4ef"):
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def local(*args):
    return datetime.datetime(*args, tzinfo=timezone.get_current_timezone())


class PositionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Position
        django_get_or_create = ("slug",)

    name = "Đại biểu"
    slug = "dai-bieu"


class CommitteeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Committee
        django_get_or_create = ("slug",)

    name = "Ban Đô thị"
    slug = "ban-do-thi"
    description = "Thẩm tra các nội dung về quy hoạch, xây dựng, giao thông."


class DelegateGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DelegateGroup
        django_get_or_create = ("slug",)

    name = "Tổ đại biểu số 1"
    slug = "to-1"


class ConstituencyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Constituency
        django_get_or_create = ("term", "number")

    term = factory.SubFactory(TermFactory)
    number = 1
    seats = 3


class WardFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Ward

    constituency = factory.SubFactory(ConstituencyFactory)
    kind = Ward.Kind.WARD
    name = factory.Sequence(lambda n: f"Phường thử {n}")


class DelegateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Delegate

    full_name = factory.Sequence(lambda n: f"Nguyễn Văn Thử {n}")
    workplace = "Văn phòng HĐND thành phố"
    biography = "Sinh năm 1975. Nhiều năm công tác ở cơ sở."
    office_phone = "0243 826 1234"
    office_email = "vanphong@hdnd.example.vn"
    office_address = "Số 12 đường Lê Thánh Tông"


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    delegate = factory.SubFactory(DelegateFactory)
    term = factory.SubFactory(TermFactory)
    constituency = factory.SubFactory(ConstituencyFactory)
    delegate_group = factory.SubFactory(DelegateGroupFactory)
    position = factory.SubFactory(PositionFactory)


class CommitteeMembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CommitteeMembership

    delegate = factory.SubFactory(DelegateFactory)
    committee = factory.SubFactory(CommitteeFactory)
    term = factory.SubFactory(TermFactory)
    role = CommitteeMembership.Role.MEMBER


class AgencyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agency
        django_get_or_create = ("slug",)

    name = "Sở Xây dựng"
    slug = "so-xay-dung"


class QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Question

    session = factory.SubFactory(SessionFactory)
    delegate = factory.SubFactory(DelegateFactory)
    respondent = "Giám đốc Sở Xây dựng Phùng Văn Quý"
    agency = factory.SubFactory(AgencyFactory)
    question = factory.Sequence(lambda n: f"Khi nào xử lý dứt điểm điểm ngập ở ngõ giáp đê số {n}?")
    answer_summary = "Sở đã đưa điểm ngập vào danh mục xử lý năm tới."


class CommitmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Commitment

    question = factory.SubFactory(QuestionFactory)
    text = "Cải tạo cống ngang đê và lắp van một chiều"
    status = Commitment.Status.PENDING


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    title = factory.Sequence(lambda n: f"Tiếp xúc cử tri phường Cự Khối lần {n}")
    kind = Event.Kind.VOTER_MEETING
    starts_at = factory.LazyFunction(lambda: local(2026, 12, 2, 8, 0))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + datetime.timedelta(hours=3))
    place = "Nhà văn hóa phường Cự Khối"
    host = "Chủ tịch HĐND thành phố"
