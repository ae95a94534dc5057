import datetime as dt

import pytest
from django.template import Context, Template

from portal import formats

UTC = dt.UTC


def test_vn_format_library_loads_in_templates():
    template = Template(
        "{% load vn_format %}{{ n|vn_number }} {{ x|vn_decimal:2 }} {{ when|vn_datetime }}"
    )
    context = Context({"n": 1957, "x": 33.333, "when": dt.datetime(2023, 4, 5, 10, 15, tzinfo=UTC)})
    assert template.render(context) == "1.957 33,33 Thứ Tư, 05/04/2023 17:15"


def test_vn_format_output_is_escaped_in_templates():
    template = Template("{% load vn_format %}{{ n|vn_number }}")
    assert template.render(Context({"n": "<b>"})) == "&lt;b&gt;"


@pytest.mark.parametrize(
    ("template_filter", "function", "value"),
    [
        ("vn_datetime", formats.format_datetime, dt.datetime(2023, 4, 5, 10, 15, tzinfo=UTC)),
        ("vn_datetime_short", formats.format_datetime_short, dt.date(2020, 1, 23)),
        ("vn_date", formats.format_date, dt.date(2023, 4, 5)),
        ("vn_time", formats.format_time, dt.time(7, 5)),
        ("vn_number", formats.format_number, 1234567),
        ("vn_decimal", formats.format_decimal, 1234.5),
    ],
)
def test_each_filter_renders_what_portal_formats_returns(template_filter, function, value):
    template = Template(f"{{{{ value|{template_filter} }}}}")
    assert template.render(Context({"value": value})) == function(value)
