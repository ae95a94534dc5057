import datetime as dt
from decimal import Decimal
from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.template import Context, Template
from django.urls import reverse
from django.utils import timezone

from portal import demo, widgets
from portal.cache import forget, generations
from portal.models import GoldPrice, GoldPriceBoard, WeatherReport
from tests.factories import SuperUserFactory

from .factories import GoldPriceBoardFactory, GoldPriceFactory, WeatherReportFactory

pytestmark = pytest.mark.django_db


def render(source):
    return Template("{% load site_widgets %}" + source).render(Context({}))


def age(model, hours, **filters):
    """Move rows' update time into the past (auto_now would overwrite it on save)."""
    model.objects.filter(**filters).update(updated_at=timezone.now() - dt.timedelta(hours=hours))


def test_gold_widget_shows_loai_mua_ban_in_vietnamese_number_format():
    board = GoldPriceBoardFactory()
    GoldPriceFactory(board=board, kind="Vàng miếng", buy=148_600, sell=150_600, order=1)
    GoldPriceFactory(board=board, kind="Nhẫn trơn 9999", buy=145_300, sell=147_800, order=2)

    html = render("{% gold_price_widget %}")

    assert "Giá vàng" in html and "Đơn vị: nghìn đồng/lượng" in html
    assert ">Loại<" in html and ">Mua<" in html and ">Bán<" in html
    assert "148.600" in html and "150.600" in html
    assert html.index("Vàng miếng") < html.index("Nhẫn trơn 9999")
    local = timezone.localtime(GoldPriceBoard.objects.get().updated_at)
    assert "Cập nhật: <time datetime=" in html
    assert local.strftime("%d/%m/%Y | %H:%M") in html


def test_gold_widget_shows_only_the_most_recently_updated_published_board():
    old = GoldPriceBoardFactory(title="Bảng cũ")
    GoldPriceFactory(board=old, kind="Vàng miếng", buy=100_000, sell=101_000)
    age(GoldPriceBoard, 2, pk=old.pk)
    hidden = GoldPriceBoardFactory(title="Bảng nháp", is_published=False)
    GoldPriceFactory(board=hidden, kind="Vàng miếng", buy=90_000, sell=91_000)
    current = GoldPriceBoardFactory(title="Giá vàng hôm nay")
    GoldPriceFactory(board=current, kind="Vàng miếng", buy=148_600, sell=150_600)

    html = render("{% gold_price_widget %}")

    assert "Giá vàng hôm nay" in html and "148.600" in html
    assert "Bảng cũ" not in html and "Bảng nháp" not in html and "90.000" not in html


def test_gold_widget_is_hidden_once_older_than_the_configured_age(settings):
    settings.WIDGETS_MAX_AGE_HOURS = {"gold": 24, "weather": 6}
    GoldPriceFactory()
    age(GoldPriceBoard, 23)
    assert "Giá vàng" in render("{% gold_price_widget %}")

    age(GoldPriceBoard, 25)
    forget(widgets.GOLD_CACHE)
    assert render("{% gold_price_widget %}").strip() == ""


def test_a_cached_gold_board_still_disappears_when_it_becomes_stale():
    GoldPriceFactory()
    assert widgets.gold_board() is not None  # now cached
    later = timezone.now() + dt.timedelta(hours=25)
    assert widgets.gold_board(now=later) is None


def test_board_without_prices_or_without_boards_renders_nothing():
    assert render("{% gold_price_widget %}").strip() == ""
    GoldPriceBoardFactory()
    forget(widgets.GOLD_CACHE)
    assert render("{% gold_price_widget %}").strip() == ""


def test_widgets_cost_one_query_each_cold_and_none_warm(django_assert_num_queries):
    board = GoldPriceBoardFactory()
    GoldPriceFactory.create_batch(4, board=board)
    WeatherReportFactory.create_batch(3)

    with django_assert_num_queries(1):
        render("{% gold_price_widget %}")
    with django_assert_num_queries(1):
        render("{% weather_widget %}")
    with django_assert_num_queries(0):
        html = render("{% gold_price_widget %}{% weather_widget %}")
    assert "Giá vàng" in html and "Thời tiết" in html


def test_saving_or_deleting_a_price_shows_at_once():
    price = GoldPriceFactory(buy=148_600, sell=150_600)
    assert "148.600" in render("{% gold_price_widget %}")

    price.buy, price.sell = 149_100, 151_000
    price.save()
    assert "149.100" in render("{% gold_price_widget %}")

    price.delete()
    assert render("{% gold_price_widget %}").strip() == ""


def test_sell_price_below_buy_price_is_refused_in_vietnamese():
    board = GoldPriceBoardFactory()
    price = GoldPrice(board=board, kind="Vàng miếng", buy=150_000, sell=149_000)
    with pytest.raises(ValidationError) as excinfo:
        price.full_clean()
    assert "Giá bán ra không được thấp hơn giá mua vào." in str(excinfo.value)


def test_weather_widget_shows_place_temperature_humidity_and_time():
    WeatherReportFactory(
        place="Trung tâm thành phố",
        temperature=Decimal("29.5"),
        humidity=74,
        description="Nắng nhẹ",
        order=1,
    )
    WeatherReportFactory(place="Ven sông", temperature=Decimal("28.0"), humidity=82, order=2)

    html = render("{% weather_widget %}")

    assert "Thời tiết" in html and "Trung tâm thành phố" in html and "Nắng nhẹ" in html
    assert "29,5\xa0°C" in html.replace("&nbsp;", "\xa0")
    assert "28\xa0°C" in html.replace("&nbsp;", "\xa0")  # no "28,0"
    assert "Độ ẩm 74%" in html and "Độ ẩm 82%" in html
    assert html.index("Trung tâm thành phố") < html.index("Ven sông")
    assert "Cập nhật:" in html


def test_stale_weather_places_are_hidden_and_the_widget_too_when_none_is_fresh(settings):
    settings.WIDGETS_MAX_AGE_HOURS = {"gold": 24, "weather": 6}
    WeatherReportFactory(place="Trung tâm thành phố")
    stale = WeatherReportFactory(place="Vùng đồi phía tây")
    age(WeatherReport, 7, pk=stale.pk)

    html = render("{% weather_widget %}")
    assert "Trung tâm thành phố" in html and "Vùng đồi phía tây" not in html

    age(WeatherReport, 7)
    forget(widgets.WEATHER_CACHE)
    assert render("{% weather_widget %}").strip() == ""


def test_unpublished_weather_report_is_not_shown():
    WeatherReportFactory(place="Trạm đang bảo trì", is_published=False)
    assert render("{% weather_widget %}").strip() == ""


def test_humidity_and_temperature_out_of_range_are_refused():
    report = WeatherReport(
        place="Trung tâm", temperature=Decimal("70"), humidity=120, description="Nắng"
    )
    with pytest.raises(ValidationError) as excinfo:
        report.full_clean()
    assert set(excinfo.value.message_dict) >= {"temperature", "humidity"}


def test_widget_text_is_stored_as_nfc_with_spaces_squashed():
    report = WeatherReportFactory(place="Trung  tâm ", description="Nha\u0300 ma\u0301y")
    report.refresh_from_db()
    assert report.place == "Trung tâm"
    assert report.description == "Nhà máy"


def test_sidebar_of_every_page_carries_both_widgets(client):
    GoldPriceFactory()
    WeatherReportFactory(place="Trung tâm thành phố")
    response = client.get(reverse("news:search"))
    body = response.content.decode()
    assert 'id="widget-gold-title"' in body and 'id="widget-weather-title"' in body


# --- Admin -------------------------------------------------------------------------------


@pytest.fixture
def admin_client(client):
    client.force_login(SuperUserFactory())
    return client


def test_clerk_adds_a_gold_price_board_with_rows_in_the_admin(admin_client):
    response = admin_client.post(
        reverse("admin:portal_goldpriceboard_add"),
        {
            "title": "Giá vàng",
            "unit": "nghìn đồng/lượng",
            "source": "",
            "is_published": "on",
            "prices-TOTAL_FORMS": "2",
            "prices-INITIAL_FORMS": "0",
            "prices-MIN_NUM_FORMS": "1",
            "prices-MAX_NUM_FORMS": "1000",
            "prices-0-kind": "Vàng miếng",
            "prices-0-buy": "148600",
            "prices-0-sell": "150600",
            "prices-0-order": "1",
            "prices-1-kind": "Nhẫn trơn 9999",
            "prices-1-buy": "145300",
            "prices-1-sell": "147800",
            "prices-1-order": "2",
        },
    )
    assert response.status_code == 302
    assert GoldPrice.objects.count() == 2
    assert "150.600" in render("{% gold_price_widget %}")


def test_admin_refuses_a_sell_price_below_buy_in_vietnamese_and_saves_nothing(admin_client):
    response = admin_client.post(
        reverse("admin:portal_goldpriceboard_add"),
        {
            "title": "Giá vàng",
            "unit": "nghìn đồng/lượng",
            "is_published": "on",
            "prices-TOTAL_FORMS": "1",
            "prices-INITIAL_FORMS": "0",
            "prices-MIN_NUM_FORMS": "1",
            "prices-MAX_NUM_FORMS": "1000",
            "prices-0-kind": "Vàng miếng",
            "prices-0-buy": "150600",
            "prices-0-sell": "148600",
            "prices-0-order": "1",
        },
    )
    assert response.status_code == 200
    assert "Giá bán ra không được thấp hơn giá mua vào." in response.content.decode()
    assert not GoldPriceBoard.objects.exists()


def test_admin_lists_say_whether_readers_still_see_the_data(admin_client, settings):
    settings.WIDGETS_MAX_AGE_HOURS = {"gold": 24, "weather": 6}
    WeatherReportFactory(place="Trung tâm thành phố")
    WeatherReportFactory(place="Vùng đồi phía tây")
    age(WeatherReport, 8, place="Vùng đồi phía tây")

    body = admin_client.get(reverse("admin:portal_weatherreport_changelist")).content.decode()

    assert "Đang hiển thị" in body and "Đã ẩn: quá 6 giờ chưa cập nhật" in body


def test_confirm_action_makes_stale_weather_visible_again(admin_client):
    report = WeatherReportFactory(place="Trung tâm thành phố")
    age(WeatherReport, 8)
    assert render("{% weather_widget %}").strip() == ""  # cached as stale

    response = admin_client.post(
        reverse("admin:portal_weatherreport_changelist"),
        {"action": "confirm_still_current", "_selected_action": [report.pk]},
    )

    assert response.status_code == 302
    assert "Trung tâm thành phố" in render("{% weather_widget %}")


def test_clerk_updates_all_places_from_the_weather_list(admin_client):
    first = WeatherReportFactory(place="Trung tâm thành phố", temperature=Decimal("29.5"))
    second = WeatherReportFactory(place="Ven sông", temperature=Decimal("28"))
    render("{% weather_widget %}")
    data = {
        "form-TOTAL_FORMS": "2",
        "form-INITIAL_FORMS": "2",
        "form-MIN_NUM_FORMS": "0",
        "form-MAX_NUM_FORMS": "1000",
        "_save": "Lưu",
    }
    for index, (report, temperature) in enumerate([(first, "31.5"), (second, "30")]):
        data |= {
            f"form-{index}-id": str(report.pk),
            f"form-{index}-temperature": temperature,
            f"form-{index}-humidity": str(report.humidity),
            f"form-{index}-description": report.description,
        }

    response = admin_client.post(reverse("admin:portal_weatherreport_changelist"), data)

    assert response.status_code == 302
    html = render("{% weather_widget %}").replace("&nbsp;", "\xa0")
    assert "31,5\xa0°C" in html and "30\xa0°C" in html


# --- Demo --------------------------------------------------------------------------------


def test_demo_data_loads_once_and_a_second_run_changes_nothing():
    demo.load(StringIO())
    snapshot = (
        list(GoldPriceBoard.objects.values()),
        list(GoldPrice.objects.values()),
        list(WeatherReport.objects.values()),
    )
    assert snapshot[1] and snapshot[2]

    demo.load(StringIO())

    again = (
        list(GoldPriceBoard.objects.values()),
        list(GoldPrice.objects.values()),
        list(WeatherReport.objects.values()),
    )
    assert again == snapshot
    html = render("{% gold_price_widget %}{% weather_widget %}")
    assert "Giá vàng" in html and "Thời tiết" in html


def test_demo_refreshes_the_time_of_stale_demo_data_so_widgets_show():
    demo.load(StringIO())
    age(GoldPriceBoard, 48)
    age(WeatherReport, 48)
    forget(widgets.GOLD_CACHE)
    forget(widgets.WEATHER_CACHE)

    demo.load(StringIO())

    html = render("{% gold_price_widget %}{% weather_widget %}")
    assert "Giá vàng" in html and "Thời tiết" in html


def test_gold_board_list_says_which_board_readers_see(admin_client):
    older = GoldPriceBoardFactory(title="Bảng giá sáng")
    GoldPriceFactory(board=older)
    age(GoldPriceBoard, 2, pk=older.pk)
    newer = GoldPriceBoardFactory(title="Bảng giá chiều")
    GoldPriceFactory(board=newer)

    body = admin_client.get(reverse("admin:portal_goldpriceboard_changelist")).content.decode()

    assert body.count("Đang hiển thị") == 1
    assert "Không hiển thị: trang đang dùng bảng giá cập nhật gần hơn" in body


def test_weather_edit_page_shows_when_it_was_last_updated(admin_client):
    report = WeatherReportFactory(place="Trung tâm thành phố")
    url = reverse("admin:portal_weatherreport_change", args=[report.pk])
    assert "cập nhật lúc" in admin_client.get(url).content.decode().lower()


def test_a_widget_row_change_forgets_every_page_since_the_sidebar_is_on_all_of_them():
    before = generations("site")
    report = WeatherReportFactory()
    after_weather = generations("site")
    GoldPriceFactory()
    assert before != after_weather != generations("site")
    report.delete()
    assert generations("site") != after_weather
