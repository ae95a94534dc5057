"""Questions in session: status from the answer and commitments, the register's filters and
search, the session and question pages, the video moment loaded only on a click."""

import pytest

from council import video
from council.models import Commitment, Question

from .factories import SectorFactory, SessionFactory
from .people import AgencyFactory, CommitmentFactory, DelegateFactory, QuestionFactory

pytestmark = pytest.mark.django_db


def test_a_question_is_waiting_until_answered_then_follows_its_commitments():
    question = QuestionFactory(answer_summary="")
    assert question.status == Question.Status.WAITING
    question.answer_summary = "Sở đã bố trí vốn."
    question.save()
    assert question.status == Question.Status.ANSWERED
    first = CommitmentFactory(question=question)
    second = CommitmentFactory(question=question, status=Commitment.Status.DONE)
    question.refresh_from_db()
    assert question.status == Question.Status.FOLLOWING
    first.status = Commitment.Status.DONE
    first.save()
    question.refresh_from_db()
    assert question.status == Question.Status.DONE
    second.delete()
    first.delete()
    question.refresh_from_db()
    assert question.status == Question.Status.ANSWERED


def test_the_register_filters_by_session_field_agency_and_status(client):
    old, new = SessionFactory(number=11), SessionFactory(number=12)
    roads = SectorFactory(name="Giao thông", slug="giao-thong")
    transport = AgencyFactory(name="Sở Giao thông vận tải", slug="so-giao-thong-van-tai")
    a = QuestionFactory(session=old, question="Vì sao nút giao Hoàng Liệt chậm tiến độ?")
    b = QuestionFactory(
        session=new, sector=roads, agency=transport, question="Khi nào mở lại tuyến xe buýt 18?"
    )
    c = QuestionFactory(session=new, answer_summary="", question="Trường học quá tải ở Hòa Bình?")

    def listed(**params):
        html = client.get("/chat-van/", params).content.decode()
        return {q for q in (a, b, c) if q.get_absolute_url() in html}

    assert listed() == {a, b, c}
    assert listed(**{"ky-hop": old.slug}) == {a}
    assert listed(**{"linh-vuc": "giao-thong"}) == {b}
    assert listed(**{"co-quan": "so-giao-thong-van-tai"}) == {b}
    assert listed(**{"tinh-trang": "waiting"}) == {c}
    assert listed(q="xe buyt") == {b}
    assert listed(q="trường học") == {c}


def test_a_bad_register_filter_gets_a_vietnamese_note_and_a_400(client):
    QuestionFactory()
    response = client.get("/chat-van/", {"tinh-trang": "lung-tung", "ky-hop": "x" * 300})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Không có tình trạng “lung-tung”; bộ lọc này đã được bỏ qua." in html
    assert "Không có kỳ họp" in html


def test_the_session_page_lists_its_questions(client):
    session = SessionFactory(number=12)
    question = QuestionFactory(
        session=session, delegate=DelegateFactory(full_name="Khuất Văn Phong")
    )
    QuestionFactory(session=SessionFactory(number=13), question="Câu hỏi của kỳ họp khác")
    html = client.get(session.get_absolute_url()).content.decode()
    assert "Chất vấn và trả lời chất vấn" in html
    assert question.get_absolute_url() in html
    assert "Câu hỏi của kỳ họp khác" not in html


def test_the_question_page_shows_the_answer_commitments_and_a_click_to_load_moment(client):
    session = SessionFactory(video_url="https://www.youtube.com/watch?v=abcdefghijk")
    question = QuestionFactory(session=session, video_start="1:25:40")
    CommitmentFactory(question=question, text="Thông xe nhánh phía nam")
    html = client.get(question.get_absolute_url()).content.decode()
    assert "Sở đã đưa điểm ngập vào danh mục xử lý năm tới." in html
    assert "Thông xe nhánh phía nam" in html
    assert 'data-video-embed="https://www.youtube-nocookie.com/embed/abcdefghijk?start=5140' in html
    assert "https://www.youtube.com/watch?v=abcdefghijk&amp;t=5140s" in html
    assert "<iframe" not in html  # nothing from YouTube until the reader clicks


def test_video_moments_are_read_in_hours_minutes_seconds():
    assert video.moment_seconds("1:25:40") == 5140
    assert video.moment_seconds("25:40") == 1540
    for junk in ("", "90", "1:75:00", "abc", "1:2:3:4"):
        assert video.moment_seconds(junk) is None, junk
    with pytest.raises(video.ValidationError):
        video.validate_moment("một giờ")


def test_a_hidden_question_has_no_page_and_is_not_listed(client):
    question = QuestionFactory(is_published=False)
    assert client.get(question.get_absolute_url()).status_code == 404
    assert question.get_absolute_url() not in client.get("/chat-van/").content.decode()


def test_answering_a_question_shows_on_its_cached_pages_at_once(client):
    question = QuestionFactory(answer_summary="")
    client.get(question.get_absolute_url())
    assert client.get(question.get_absolute_url())["X-Page-Cache"] == "hit"
    client.get("/chat-van/")
    question.answer_summary = "Sẽ hoàn thành trong quý II."
    question.save()
    assert "Sẽ hoàn thành trong quý II." in client.get(question.get_absolute_url()).content.decode()
    assert "Đã trả lời" in client.get("/chat-van/").content.decode()


def test_the_site_search_finds_questions_typed_without_marks(client):
    question = QuestionFactory(question="Khi nào mở lại tuyến xe buýt số 18 qua quận Hòa Bình?")
    html = client.get("/tim-kiem/", {"q": "xe buyt hoa binh"}).content.decode()
    assert "Chất vấn tại kỳ họp" in html
    assert question.get_absolute_url() in html


def test_a_cached_search_page_shows_a_question_published_after_it_was_stored(client):
    QuestionFactory(question="Bao giờ lát lại vỉa hè phố Lò Đúc?")
    search = {"q": "via he lo duc"}
    client.get("/tim-kiem/", search)
    assert client.get("/tim-kiem/", search)["X-Page-Cache"] == "hit"
    later = QuestionFactory(question="Vỉa hè phố Lò Đúc có được trồng thêm cây không?")
    html = client.get("/tim-kiem/", search).content.decode()
    assert later.get_absolute_url() in html


def test_the_search_kind_filter_shows_only_questions(client):
    question = QuestionFactory(question="Khi nào nạo vét mương thoát nước ở phường Hòa Bình?")
    html = client.get("/tim-kiem/", {"q": "nao vet muong", "loai": "chat-van"}).content.decode()
    assert question.get_absolute_url() in html
    assert "Chất vấn" in html
