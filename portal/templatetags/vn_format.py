"""Template filters for Vietnamese dates and numbers, over the functions in portal/formats.py."""

from django import template

from portal import formats

register = template.Library()

vn_datetime = register.filter("vn_datetime", formats.format_datetime, is_safe=False)
vn_datetime_short = register.filter(
    "vn_datetime_short", formats.format_datetime_short, is_safe=False
)
vn_date = register.filter("vn_date", formats.format_date, is_safe=False)
vn_time = register.filter("vn_time", formats.format_time, is_safe=False)
vn_number = register.filter("vn_number", formats.format_number, is_safe=False)
vn_decimal = register.filter("vn_decimal", formats.format_decimal, is_safe=False)
# Machine-readable, for <time datetime> and meta tags (at most three fraction digits).
iso_datetime = register.filter("iso_datetime", formats.format_machine_datetime, is_safe=False)
