"""Sidebar widgets kept up to date by staff: {% gold_price_widget %} and {% weather_widget %}.

Each costs at most one query when its cache is cold and none when warm; a widget whose data is
older than settings.WIDGETS_MAX_AGE_HOURS renders nothing.
"""

from django import template

from portal import widgets

register = template.Library()


@register.inclusion_tag("includes/widgets/gold_price.html")
def gold_price_widget():
    return {"board": widgets.gold_board()}


@register.inclusion_tag("includes/widgets/weather.html")
def weather_widget():
    return {"reports": widgets.weather_reports()}
