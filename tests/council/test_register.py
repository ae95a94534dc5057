"""The documents register: filters, search with and without marks, bad input."""

import datetime

import pytest

from council.models import Document

from .factories import DocumentFactory, IssuingBodyFactory, SectorFactory, kind

pytestmark = pytest.mark.django_db


@pytest.fixture
def register():
    education = SectorFactory(name="Giáo dục – Đào tạo", slug="giao-duc-dao-tao")
    committee = IssuingBodyFactory(name="Ban Kinh tế – Ngân sách", slug="ban-kinh-te-ngan-sach")
    return {
        "budget": DocumentFactory(
            number="15/2023/NQ-HĐND",
            issued_on=datetime.date(2023, 12, 8),
            summary="Dự toán thu ngân sách nhà nước trên địa bàn năm 2024",
        ),
        "school": DocumentFactory(
            number="18/2024/NQ-HĐND",
            sector=education,
            summary="Hỗ trợ giáo viên mầm non ngoài công lập",
        ),
        "report": DocumentFactory(
            kind=kind("bao-cao"),
            number="58/BC-KTNS",
            issuing_body=committee,
            summary="Báo cáo thẩm tra dự toán ngân sách",
        ),
        "replaced": DocumentFactory(
            number="44/2023/NQ-HĐND",
            issued_on=datetime.date(2023, 7, 1),
            status=Document.Status.REPLACED,
            summary="Bảng giá đất giai đoạn trước",
        ),
        "hidden": DocumentFactory(
            number="99/2024/NQ-HĐND", is_published=False, summary="Văn bản chưa công bố"
        ),
    }


def listed(response):
    return [d.pk for d in response.context["page"].object_list]


def test_the_register_lists_public_documents_newest_first(client, register):
    response = client.get("/van-ban/")
    assert response.status_code == 200
    ids = listed(response)
    assert register["hidden"].pk not in ids
    assert ids[-1] == register["replaced"].pk
    assert "Có 4 văn bản" in response.content.decode()


def test_filters_combine_kind_and_year(client, register):
    response = client.get("/van-ban/?loai=nghi-quyet&nam=2023")
    assert set(listed(response)) == {register["budget"].pk, register["replaced"].pk}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("linh-vuc=giao-duc-dao-tao", ["school"]),
        ("co-quan=ban-kinh-te-ngan-sach", ["report"]),
        ("tinh-trang=replaced", ["replaced"]),
        ("loai=bao-cao", ["report"]),
    ],
)
def test_each_filter_narrows_the_list(client, register, query, expected):
    response = client.get(f"/van-ban/?{query}")
    assert listed(response) == [register[key].pk for key in expected]


@pytest.mark.parametrize(
    "query", ["15/2023/NQ-HĐND", "15/2023/nq-hdnd", "15/2023", "NQ-HĐND 15 2023"]
)
def test_a_number_is_found_with_or_without_marks_and_comes_first(client, register, query):
    response = client.get("/van-ban/", {"q": query})
    assert listed(response)[0] == register["budget"].pk


@pytest.mark.parametrize("query", ["dự toán", "du toan", "DỰ TOÁN"])
def test_words_are_found_accent_insensitively(client, register, query):
    response = client.get("/van-ban/", {"q": query})
    assert set(listed(response)) == {register["budget"].pk, register["report"].pk}


def test_search_runs_inside_the_filters(client, register):
    response = client.get("/van-ban/", {"q": "du toan", "loai": "bao-cao"})
    assert listed(response) == [register["report"].pk]


def test_unknown_filters_are_dropped_with_a_vietnamese_note_and_a_400(client, register):
    response = client.get("/van-ban/?loai=khong-co&nam=20x4&linh-vuc=gi-do&tinh-trang=abc")
    assert response.status_code == 400
    body = response.content.decode()
    assert "Không có loại văn bản “khong-co”; bộ lọc này đã được bỏ qua." in body
    assert "“20x4” không phải một năm" in body
    assert "Không có lĩnh vực “gi-do”" in body
    assert "Không có tình trạng “abc”" in body
    assert len(listed(response)) == 4


@pytest.mark.parametrize("year", ["1800", "99999", "２０２４", "2024 ", "-2024"])
def test_impossible_years_are_refused(client, register, year):
    response = client.get("/van-ban/", {"nam": year})
    assert response.status_code in (200, 400)
    if year.strip() != "2024":
        assert response.status_code == 400


def test_a_huge_or_hostile_query_never_breaks_the_page(client, register):
    for params in (
        {"q": "x" * 5000},
        {"q": "%_\\'\"<script>"},
        {"loai": "<script>alert(1)</script>"},
        {"page": "99999999999999"},
        {"page": "-1"},
        {"q": "\x00"},
    ):
        response = client.get("/van-ban/", params)
        assert response.status_code in (200, 400), params
        assert b"<script>alert(1)</script>" not in response.content


def test_the_filters_keep_what_the_reader_chose(client, register):
    body = client.get("/van-ban/?loai=nghi-quyet&nam=2023&q=ngân+sách").content.decode()
    assert '<option value="nghi-quyet" selected>' in body
    assert '<option value="2023" selected>' in body
    assert 'value="ngân sách"' in body


def test_the_register_form_is_a_get_form_without_a_token(client, register):
    body = client.get("/van-ban/").content.decode()
    start = body.index('<form class="register-filters"')
    form = body[start : body.index("</form>", start)]
    assert 'method="get"' in form
    assert "csrfmiddlewaretoken" not in form


def test_year_choices_come_from_the_documents(client, register):
    years = [value for value, _ in client.get("/van-ban/").context["choices"]["year"]]
    assert years == ["2024", "2023"]
