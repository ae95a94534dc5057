"""The work schedule: the week Monday to Sunday in morning and afternoon, print and month views,
malformed addresses, the day's events on the home page, and iCalendar feeds parsed back."""

import datetime

import icalendar
import pytest
from django.utils import timezone

from council import schedule
from council.models import Event

from .people import DelegateFactory, EventFactory, local

pytestmark = pytest.mark.django_db


def test_the_week_runs_monday_to_sunday_with_morning_and_afternoon(client):
    EventFactory(title="Phiên họp Thường trực", starts_at=local(2026, 11, 30, 8, 0))
    EventFactory(title="Khảo sát trạm bơm", starts_at=local(2026, 12, 2, 14, 0))
    EventFactory(title="Giám sát của tuần kế tiếp", starts_at=local(2026, 12, 7, 8, 0))
    week = schedule.week(datetime.date(2026, 11, 30))
    assert [d.date.isoformat() for d in (week.days[0], week.days[-1])] == [
        "2026-11-30",
        "2026-12-06",
    ]
    assert [e.title for e in week.days[0].parts["morning"]] == ["Phiên họp Thường trực"]
    assert [e.title for e in week.days[2].parts["afternoon"]] == ["Khảo sát trạm bơm"]
    response = client.get("/lich-cong-tac/tuan/2026-W49/")
    html = response.content.decode()
    assert "Lịch công tác tuần 49: từ 30/11/2026 đến 06/12/2026" in html
    assert "Thứ Hai" in html and "Chủ Nhật" in html and "Sáng" in html and "Chiều" in html
    assert "Khảo sát trạm bơm" in html and "Giám sát của tuần kế tiếp" not in html
    assert 'href="/lich-cong-tac/thang/2026-12/"' in html  # the month of most of its days
    assert 'href="/lich-cong-tac/tuan/2026-W48/"' in html
    assert 'href="/lich-cong-tac/tuan/2026-W50/"' in html
    assert 'href="/lich-cong-tac/tuan/2026-W49/in/"' in html
    assert not response.cookies


def test_a_three_day_session_shows_on_each_of_its_days():
    EventFactory(
        kind=Event.Kind.SESSION,
        starts_at=local(2026, 12, 1, 8, 0),
        ends_at=local(2026, 12, 3, 17, 0),
    )
    week = schedule.week(datetime.date(2026, 11, 30))
    assert [len(d.events) for d in week.days] == [0, 1, 1, 1, 0, 0, 0]


def test_internal_events_never_reach_readers(client):
    EventFactory(title="Họp nội bộ", starts_at=local(2026, 12, 1, 8, 0), is_public=False)
    assert "Họp nội bộ" not in client.get("/lich-cong-tac/tuan/2026-W49/").content.decode()
    assert "Họp nội bộ" not in client.get("/lich-cong-tac/thang/2026-12/").content.decode()
    assert (
        b"H\xe1\xbb\x8dp n\xe1\xbb\x99i b\xe1\xbb\x99"
        not in client.get("/lich-cong-tac/lich.ics").content
    )


def test_the_print_view_and_month_view_show_the_events(client):
    EventFactory(title="Giám sát trường học", starts_at=local(2026, 12, 9, 8, 0))
    html = client.get("/lich-cong-tac/tuan/2026-W50/in/").content.decode()
    assert "Giám sát trường học" in html and 'name="robots" content="noindex"' in html
    html = client.get("/lich-cong-tac/thang/2026-12/").content.decode()
    assert "Lịch công tác tháng 12/2026" in html and "Giám sát trường học" in html
    assert 'href="/lich-cong-tac/thang/2026-11/"' in html
    assert 'href="/lich-cong-tac/thang/2027-01/"' in html


@pytest.mark.parametrize(
    "path",
    [
        "/lich-cong-tac/tuan/2026-W54/",
        "/lich-cong-tac/tuan/tuan-nay/",
        "/lich-cong-tac/tuan/99999-W01/",
        "/lich-cong-tac/tuan/2026-W5/in/",
        "/lich-cong-tac/thang/2026-13/",
        "/lich-cong-tac/thang/12-2026/",
        "/lich-cong-tac/thang/0000-01/",
    ],
)
def test_a_malformed_week_or_month_gets_a_vietnamese_404(client, path):
    response = client.get(path)
    assert response.status_code == 404
    html = response.content.decode()
    assert "Không tìm thấy lịch công tác này" in html
    assert "/lich-cong-tac/" in html


def test_the_home_page_shows_todays_public_events(client):
    now = timezone.localtime()
    start = now.replace(hour=8, minute=0, second=0, microsecond=0)
    EventFactory(title="Tiếp công dân hôm nay", starts_at=start, ends_at=start)
    EventFactory(title="Hôm nay nội bộ", starts_at=start, ends_at=start, is_public=False)
    html = client.get("/").content.decode()
    assert "Lịch công tác hôm nay" in html and "Tiếp công dân hôm nay" in html
    assert "Hôm nay nội bộ" not in html
    EventFactory(title="Thêm một buổi hôm nay", starts_at=start, ends_at=start)
    assert "Thêm một buổi hôm nay" in client.get("/").content.decode()


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def test_the_ical_feed_parses_back_with_its_time_zone_and_stable_uids(client):
    event = EventFactory(title="Kỳ họp thứ Mười ba", kind=Event.Kind.SESSION)
    event.starts_at = timezone.now() + datetime.timedelta(days=3)
    event.ends_at = event.starts_at + datetime.timedelta(hours=8)
    event.save()
    calendar = parse(client.get("/lich-cong-tac/lich.ics"))
    zones = calendar.walk("VTIMEZONE")
    assert [str(z["TZID"]) for z in zones] == ["Asia/Ho_Chi_Minh"]
    (item,) = calendar.walk("VEVENT")
    assert str(item["SUMMARY"]) == "Kỳ họp thứ Mười ba"
    assert item["DTSTART"].params["TZID"] == "Asia/Ho_Chi_Minh"
    assert item.decoded("DTSTART") == event.starts_at.replace(microsecond=0)
    assert item.decoded("DTSTART").utcoffset() == datetime.timedelta(hours=7)
    assert str(item["UID"]) == str(event.uid)
    first_sequence = int(item["SEQUENCE"])

    event.title = "Kỳ họp thứ Mười ba (dời giờ)"
    event.starts_at += datetime.timedelta(hours=1)
    event.save()
    (updated,) = parse(client.get("/lich-cong-tac/lich.ics")).walk("VEVENT")
    assert str(updated["UID"]) == str(event.uid)
    assert int(updated["SEQUENCE"]) == first_sequence + 1
    assert updated.decoded("LAST-MODIFIED") >= item.decoded("LAST-MODIFIED")
    assert str(updated["SUMMARY"]) == "Kỳ họp thứ Mười ba (dời giờ)"


def test_feeds_per_kind_and_per_delegate_hold_only_their_events(client):
    soon = timezone.now() + datetime.timedelta(days=2)
    delegate = DelegateFactory(full_name="Lý Văn Tâm")
    mine = EventFactory(kind=Event.Kind.SUPERVISION, starts_at=soon, ends_at=None)
    mine.participants.add(delegate)
    EventFactory(kind=Event.Kind.CITIZEN_RECEPTION, starts_at=soon, ends_at=None)

    def uids(path):
        return {str(e["UID"]) for e in parse(client.get(path)).walk("VEVENT")}

    assert uids("/lich-cong-tac/loai/giam-sat.ics") == {str(mine.uid)}
    assert uids(f"/dai-bieu/{delegate.slug}/lich-cong-tac.ics") == {str(mine.uid)}
    assert len(uids("/lich-cong-tac/lich.ics")) == 2
    assert client.get("/lich-cong-tac/loai/khong-co.ics").status_code == 404


def test_an_event_cannot_end_before_it_starts():
    event = EventFactory.build(starts_at=local(2026, 12, 2, 8, 0), ends_at=local(2026, 12, 2, 7, 0))
    with pytest.raises(Exception, match="kết thúc"):
        event.full_clean()
