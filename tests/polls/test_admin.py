import csv
import io

import pytest
from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from polls.admin import spreadsheet_safe
from polls.models import Choice, Poll
from portal.cache import generations
from tests.factories import EditorFactory, StaffUserFactory, SuperUserFactory, WriterFactory

from .factories import PollFactory, cast_ballot, choices_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client):
    client.force_login(SuperUserFactory())
    return client


def change_url(poll):
    return reverse("admin:polls_poll_change", args=[poll.pk])


def export_url(poll):
    return reverse("admin:polls_poll_export_csv", kwargs={"pk": poll.pk})


def _local(value):
    local = timezone.localtime(value)
    return local.strftime("%Y-%m-%d"), local.strftime("%H:%M:%S")


def poll_form_data(poll, choices=None, **overrides):
    """The change form as a browser posts it, choices as (pk or None, text, order, delete)."""
    starts = _local(poll.starts_at)
    ends = _local(poll.ends_at) if poll.ends_at else ("", "")
    data = {
        "question": poll.question,
        "description": poll.description,
        "starts_at_0": starts[0],
        "starts_at_1": starts[1],
        "ends_at_0": ends[0],
        "ends_at_1": ends[1],
        "is_active": "on" if poll.is_active else "",
        "allows_multiple": "on" if poll.allows_multiple else "",
        "max_choices": poll.max_choices or "",
        "results_visibility": poll.results_visibility,
        "_save": "Lưu",
    }
    if choices is None:
        choices = [(c.pk, c.text, c.order, False) for c in choices_of(poll)]
    initial = sum(1 for pk, *_ in choices if pk)
    data.update(
        {
            "choices-TOTAL_FORMS": str(len(choices)),
            "choices-INITIAL_FORMS": str(initial),
            "choices-MIN_NUM_FORMS": "2",
            "choices-MAX_NUM_FORMS": "1000",
        }
    )
    for index, (pk, text, order, delete) in enumerate(choices):
        prefix = f"choices-{index}-"
        data[prefix + "id"] = pk or ""
        data[prefix + "poll"] = poll.pk or ""
        data[prefix + "text"] = text
        data[prefix + "order"] = order
        if delete:
            data[prefix + "DELETE"] = "on"
    data.update(overrides)
    return {key: value for key, value in data.items() if value != ""}


def test_changelist_shows_status_and_total_votes_in_fixed_queries(
    staff_client, django_assert_max_num_queries
):
    url = reverse("admin:polls_poll_changelist")
    poll = PollFactory(question="Câu hỏi có phiếu?")
    for choice in choices_of(poll):
        cast_ballot(poll, choice)
    PollFactory(closed=True)
    staff_client.get(url)
    with django_assert_max_num_queries(12) as captured:
        body = staff_client.get(url).content.decode()
    baseline = len(captured)
    assert "Đang diễn ra" in body and "Đã kết thúc" in body
    assert '<td class="field-voter_total">3</td>' in body
    for _ in range(10):
        extra = PollFactory()
        cast_ballot(extra, choices_of(extra)[0])
    with django_assert_max_num_queries(baseline):
        staff_client.get(url)


def test_changelist_filters_by_status(staff_client):
    PollFactory(question="Đang mở?")
    PollFactory(closed=True, question="Đã đóng?")
    body = staff_client.get(reverse("admin:polls_poll_changelist") + "?tinh_trang=closed")
    body = body.content.decode()
    assert "Đã đóng?" in body and "Đang mở?" not in body


def test_change_page_shows_results_with_counts_percentages_and_total(staff_client):
    poll = PollFactory()
    first, second, _ = choices_of(poll)
    for choice in (first, first, second):
        cast_ballot(poll, choice)
    body = staff_client.get(change_url(poll)).content.decode()
    assert "Kết quả bình chọn" in body
    assert "66,7%" in body and "33,3%" in body
    assert "Tổng số người bình chọn" in body
    assert export_url(poll) in body


def test_the_change_page_loads_the_poll_once(staff_client):
    poll = PollFactory()
    with CaptureQueriesContext(connection) as captured:
        assert staff_client.get(change_url(poll)).status_code == 200
    poll_loads = [
        query["sql"]
        for query in captured
        if 'FROM "polls_poll"' in query["sql"] and 'WHERE "polls_poll"."id" =' in query["sql"]
    ]
    assert len(poll_loads) == 1, poll_loads


def test_csv_export_is_utf8_with_bom_and_safe_from_formulas(staff_client):
    poll = PollFactory(
        question='=HYPERLINK("http://x")', choices=["Đồng ý", "-1+2", "@SUM(A1)", "+84 là mã"]
    )
    first = choices_of(poll)[0]
    for _ in range(2):
        cast_ballot(poll, first)
    cast_ballot(poll, choices_of(poll)[1])
    response = staff_client.get(export_url(poll))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    raw = response.content
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["Câu hỏi", '\'=HYPERLINK("http://x")']
    assert ["Tổng số người bình chọn", "3"] in rows
    assert ["1", "Đồng ý", "2", "66,7"] in rows
    assert ["2", "'-1+2", "1", "33,3"] in rows
    assert ["3", "'@SUM(A1)", "0", "0,0"] in rows
    assert ["4", "'+84 là mã", "0", "0,0"] in rows


def test_spreadsheet_safe_leaves_ordinary_text_alone():
    assert spreadsheet_safe("Hội đồng") == "Hội đồng"
    assert spreadsheet_safe("=1+1") == "'=1+1"
    assert spreadsheet_safe("\tx") == "'\tx"
    assert spreadsheet_safe(None) == ""


def test_csv_export_needs_staff(client):
    poll = PollFactory()
    assert client.get(export_url(poll)).status_code == 302
    client.force_login(StaffUserFactory())  # staff without the polls permission
    assert client.get(export_url(poll)).status_code == 403


def test_deleting_a_choice_that_has_votes_is_refused_with_a_message(staff_client):
    poll = PollFactory()
    voted, other, spare = choices_of(poll)
    cast_ballot(poll, voted)
    data = poll_form_data(
        poll,
        choices=[
            (voted.pk, voted.text, 1, True),
            (other.pk, other.text, 2, False),
            (spare.pk, spare.text, 3, False),
        ],
    )
    response = staff_client.post(change_url(poll), data)
    assert response.status_code == 200
    body = response.content.decode()
    assert f"Không thể xóa phương án “{voted.text}” vì đã có 1 phiếu chọn" in body
    assert Choice.objects.filter(pk=voted.pk).exists()


def test_deleting_a_choice_without_votes_works(staff_client):
    poll = PollFactory()
    voted, other, spare = choices_of(poll)
    cast_ballot(poll, voted)
    data = poll_form_data(
        poll,
        choices=[
            (voted.pk, voted.text, 1, False),
            (other.pk, other.text, 2, False),
            (spare.pk, spare.text, 3, True),
        ],
    )
    assert staff_client.post(change_url(poll), data).status_code == 302
    assert not Choice.objects.filter(pk=spare.pk).exists()


def test_poll_needs_at_least_two_choices(staff_client):
    response = staff_client.post(
        reverse("admin:polls_poll_add"),
        poll_form_data(PollFactory.build(), choices=[(None, "Chỉ một phương án", 1, False)]),
    )
    assert response.status_code == 200
    assert "cần ít nhất hai phương án" in response.content.decode()
    assert not Poll.objects.exists()


def test_staff_can_add_a_multiple_choice_poll_with_choices(staff_client):
    data = poll_form_data(
        PollFactory.build(question="Bạn quan tâm lĩnh vực nào?", allows_multiple=True),
        choices=[(None, "Giao thông", 1, False), (None, "Y tế", 2, False), (None, "", 0, False)],
        max_choices="2",
    )
    assert staff_client.post(reverse("admin:polls_poll_add"), data).status_code == 302
    poll = Poll.objects.get()
    assert poll.max_choices == 2
    assert [c.text for c in choices_of(poll)] == ["Giao thông", "Y tế"]


def test_maximum_cannot_exceed_the_number_of_choices(staff_client):
    data = poll_form_data(
        PollFactory.build(allows_multiple=True),
        choices=[(None, "Giao thông", 1, False), (None, "Y tế", 2, False)],
        max_choices="3",
    )
    response = staff_client.post(reverse("admin:polls_poll_add"), data)
    assert "lớn hơn số phương án hiện có" in response.content.decode()
    assert not Poll.objects.exists()


def test_end_before_start_is_refused_with_a_message(staff_client):
    poll = PollFactory.build()
    data = poll_form_data(
        poll, choices=[(None, "A", 1, False), (None, "B", 2, False)], ends_at_0="2001-01-01"
    )
    response = staff_client.post(reverse("admin:polls_poll_add"), data)
    assert "Thời điểm kết thúc phải sau thời điểm bắt đầu" in response.content.decode()


def test_switching_to_multiple_choice_after_votes_is_refused(staff_client):
    poll = PollFactory()
    cast_ballot(poll, choices_of(poll)[0])
    response = staff_client.post(
        change_url(poll), poll_form_data(poll, allows_multiple="on", max_choices="2")
    )
    assert response.status_code == 200
    assert "đã có phiếu nên không thể đổi" in response.content.decode()
    poll.refresh_from_db()
    assert not poll.allows_multiple


def test_raising_the_maximum_after_votes_is_allowed(staff_client):
    poll = PollFactory(multiple=True)
    cast_ballot(poll, *choices_of(poll)[:2])
    assert (
        staff_client.post(change_url(poll), poll_form_data(poll, max_choices="3")).status_code
        == 302
    )
    poll.refresh_from_db()
    assert poll.max_choices == 3


def test_saving_in_admin_refreshes_the_sidebar_at_once(staff_client, client):
    poll = PollFactory(question="Câu hỏi trước khi sửa?")
    assert "Câu hỏi trước khi sửa?" in client.get("/").content.decode()
    data = poll_form_data(poll, question="Câu hỏi sau khi sửa?")
    assert staff_client.post(change_url(poll), data).status_code == 302
    assert "Câu hỏi sau khi sửa?" in client.get("/").content.decode()


def test_close_now_action_ends_running_polls_only(staff_client):
    running = PollFactory()
    ended = PollFactory(closed=True)
    ended_at = ended.ends_at
    response = staff_client.post(
        reverse("admin:polls_poll_changelist"),
        {"action": "close_now", "_selected_action": [running.pk, ended.pk], "index": "0"},
    )
    assert response.status_code == 302
    running.refresh_from_db()
    ended.refresh_from_db()
    assert running.has_ended() and ended.ends_at == ended_at
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "Đã kết thúc 1 cuộc bình chọn."
    ]


def test_add_page_offers_two_blank_choices_and_no_results(staff_client):
    body = staff_client.get(reverse("admin:polls_poll_add")).content.decode()
    assert 'name="choices-TOTAL_FORMS" value="3"' in body
    assert "Kết quả bình chọn" not in body


def test_editors_run_polls_and_writers_do_not(client):
    poll = PollFactory()
    client.force_login(EditorFactory())
    assert client.get(reverse("admin:polls_poll_changelist")).status_code == 200
    assert client.get(export_url(poll)).status_code == 200
    client.force_login(WriterFactory())
    assert client.get(reverse("admin:polls_poll_changelist")).status_code == 403
    assert client.get(export_url(poll)).status_code == 403


def test_staff_can_delete_a_whole_poll_with_its_votes_after_confirming(staff_client):
    poll = PollFactory()
    cast_ballot(poll, choices_of(poll)[0])
    url = reverse("admin:polls_poll_delete", args=[poll.pk])
    confirm = staff_client.get(url)
    assert confirm.status_code == 200
    assert "Phiếu bình chọn: 1" in confirm.content.decode()
    assert staff_client.post(url, {"post": "yes"}).status_code == 302
    assert not Poll.objects.exists() and not Choice.objects.exists()


def test_close_now_takes_the_poll_out_of_the_sidebar_at_once(staff_client, client):
    running = PollFactory(question="Câu hỏi sắp kết thúc?")
    assert "Câu hỏi sắp kết thúc?" in client.get("/").content.decode()
    staff_client.post(
        reverse("admin:polls_poll_changelist"),
        {"action": "close_now", "_selected_action": [running.pk], "index": "0"},
    )
    assert "Câu hỏi sắp kết thúc?" not in client.get("/").content.decode()


def test_a_poll_or_choice_change_forgets_the_pages_that_show_the_poll():
    poll = PollFactory()
    other = PollFactory()
    tags = [f"poll:{poll.pk}", "site", f"poll:{other.pk}"]
    before = generations(*tags)
    poll.save()
    after_poll = generations(*tags)
    assert [before[tag] != after_poll[tag] for tag in tags] == [True, True, False]
    choice = poll.choices.first()
    choice.text = "Phương án đã sửa"
    choice.save()
    assert generations(f"poll:{poll.pk}") != {f"poll:{poll.pk}": after_poll[f"poll:{poll.pk}"]}
