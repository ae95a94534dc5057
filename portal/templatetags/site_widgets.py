"""Sidebar widgets kept up to date by staff: {% gold_price_widget %} and {% weather_widget %}.

Each costs at most one query when its cache is cold and none when warm; a widget whose data is
older than settings.WIDGETS_MAX_AGE_HOURS renders nothing.
"""

from django import template
from django.urls import reverse
from django.utils import timezone

from portal import widgets
from portal.models import GoldPriceBoard, WeatherReport

register = template.Library()


@register.inclusion_tag("includes/widgets/gold_price.html")
def gold_price_widget():
    return {"board": widgets.gold_board()}


@register.inclusion_tag("includes/widgets/weather.html")
def weather_widget():
    return {"reports": widgets.weather_reports()}


@register.inclusion_tag("admin/_todo_items.html", takes_context=True)
def stale_widgets_todo(context):
    """On the admin home: published widgets too old to be shown, for staff who update them."""
    request = context.get("request")
    user = getattr(request, "user", None)
    items = []
    for kind, model, perm, url_name, label in (
        (
            "gold",
            GoldPriceBoard,
            "portal.change_goldpriceboard",
            "admin:portal_goldpriceboard_changelist",
            "bảng giá vàng quá hạn cập nhật (đang ẩn khỏi trang)",
        ),
        (
            "weather",
            WeatherReport,
            "portal.change_weatherreport",
            "admin:portal_weatherreport_changelist",
            "bản tin thời tiết quá hạn cập nhật (đang ẩn khỏi trang)",
        ),
    ):
        if user is None or not user.has_perm(perm):
            continue
        oldest_fresh = timezone.now() - widgets.max_age(kind)
        stale = model.objects.published().filter(updated_at__lt=oldest_fresh).count()
        items.append({"label": label, "count": stale, "url": reverse(url_name)})
    return {"items": items}
