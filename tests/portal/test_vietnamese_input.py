"""Dates, times and numbers typed the Vietnamese way, and the project's Vietnamese for the
admin strings Django's own catalog lacks."""

import datetime
import gettext
from decimal import Decimal

import pytest
from django import forms
from django.contrib.admin.widgets import AdminSplitDateTime
from django.utils import translation
from django.utils.formats import get_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from portal import formats
from portal.form_fields import CommaDecimalField, GroupedIntegerField
from scripts import compile_locale


@pytest.fixture(autouse=True)
def vietnamese():
    with translation.override("vi"):
        yield


def test_dates_are_read_day_first():
    field = forms.DateField()
    assert field.clean("05/12/2026") == datetime.date(2026, 12, 5)
    assert field.clean("25/12/2026") == datetime.date(2026, 12, 25)
    assert field.clean("31/12/2026") == datetime.date(2026, 12, 31)
    with pytest.raises(forms.ValidationError):
        field.clean("12/25/2026")


def test_the_admin_date_time_boxes_read_and_show_day_first():
    field = forms.SplitDateTimeField(widget=AdminSplitDateTime)
    value = field.clean(["05/12/2026", "08:00"])
    assert (value.day, value.month, value.hour) == (5, 12, 8)
    html = AdminSplitDateTime().render("t", datetime.datetime(2026, 12, 5, 8, 0))
    assert 'value="05/12/2026"' in html and 'value="08:00"' in html


def test_the_calendar_writes_what_the_form_reads_first():
    # admin/js/calendar.js and DateTimeShortcuts.js write the first input format.
    assert get_format("DATE_INPUT_FORMATS")[0] == "%d/%m/%Y"
    assert get_format("TIME_INPUT_FORMATS")[0] == "%H:%M"
    assert get_format("DECIMAL_SEPARATOR") == ","
    assert get_format("THOUSAND_SEPARATOR") == "."


@pytest.mark.parametrize(
    ("typed", "value"),
    [("149.200", 149_200), ("149200", 149_200), ("1.234.567", 1_234_567), ("149 200", 149_200)],
)
def test_grouped_integers_are_read(typed, value):
    assert formats.parse_integer(typed) == value
    assert GroupedIntegerField().clean(typed) == value


@pytest.mark.parametrize("typed", ["149,2", "1.50", "14.92.00", "abc", "1.2345"])
def test_badly_grouped_integers_are_refused_with_a_vietnamese_hint(typed):
    with pytest.raises(forms.ValidationError, match="149.200"):
        GroupedIntegerField().clean(typed)


def test_a_grouped_integer_is_shown_back_grouped():
    assert 'value="149.200"' in GroupedIntegerField().widget.render("gia", 149_200)


@pytest.mark.parametrize(
    ("typed", "value"),
    [("29,5", "29.5"), ("29.5", "29.5"), ("-3,0", "-3.0"), ("1.234,5", "1234.5"), ("30", "30")],
)
def test_decimals_are_read_with_a_comma(typed, value):
    field = CommaDecimalField(max_digits=6, decimal_places=1)
    assert field.clean(typed) == Decimal(value)


def test_a_decimal_is_shown_back_with_a_comma():
    field = CommaDecimalField(max_digits=4, decimal_places=1)
    assert 'value="29,5"' in field.widget.render("nhiet_do", Decimal("29.5"))


@pytest.mark.parametrize("typed", ["29,5,1", "1.2,5", "hai mươi"])
def test_unreadable_decimals_are_refused(typed):
    with pytest.raises(forms.ValidationError, match="29,5"):
        CommaDecimalField(max_digits=6, decimal_places=1).clean(typed)


@pytest.mark.parametrize(
    "english",
    [
        "Skip to main content",
        "Show counts",
        "Hide counts",
        "Model name",
        "Add link",
        "Change or view list link",
        "Toggle theme (current theme: auto)",
        "Select all objects on this page for an action",
        "Breadcrumbs",
        "Revert",
    ],
)
def test_the_admin_strings_django_lacks_are_vietnamese(english):
    assert _(english) != english


def test_the_form_error_note_is_vietnamese_in_both_forms():
    one = ngettext("Please correct the error below.", "Please correct the errors below.", 1)
    many = ngettext("Please correct the error below.", "Please correct the errors below.", 3)
    assert one == many == "Vui lòng sửa các lỗi được đánh dấu bên dưới."


def test_the_restore_button_reads_as_the_issue_asks():
    assert _("Revert") == "Khôi phục phiên bản này"


def test_the_compiler_handles_contexts_plurals_and_continued_lines(tmp_path):
    po = tmp_path / "django.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Plural-Forms: nplurals=1; plural=0;\\n"\n\n'
        'msgctxt "abbrev. day Sunday"\nmsgid "Sun"\nmsgstr "CN"\n\n'
        'msgid "one"\nmsgid_plural "many"\nmsgstr[0] "một hay nhiều"\n\n'
        'msgid ""\n"long "\n"line"\nmsgstr "dòng dài"\n\n'
        'msgid "untranslated"\nmsgstr ""\n',
        encoding="utf-8",
    )
    mo = tmp_path / "django.mo"
    compile_locale.write_mo(compile_locale.parse(po), mo)
    with mo.open("rb") as fh:
        catalog = gettext.GNUTranslations(fh)
    assert catalog.pgettext("abbrev. day Sunday", "Sun") == "CN"
    assert catalog.ngettext("one", "many", 5) == "một hay nhiều"
    assert catalog.gettext("long line") == "dòng dài"
    assert catalog.gettext("untranslated") == "untranslated"


def test_the_calendar_day_names_are_vietnamese():
    catalog = gettext.translation(
        "djangojs", localedir=str(compile_locale.ROOT / "locale"), languages=["vi"]
    )
    assert catalog.gettext("Sunday") == "Chủ Nhật"
    assert catalog.pgettext("abbrev. day Monday", "Mon") == "T2"


def test_the_admin_script_catalog_serves_them(admin_client):
    body = admin_client.get("/quan-tri/jsi18n/").content.decode()
    assert "Ch\\u1ee7 Nh\\u1eadt" in body or "Chủ Nhật" in body
    assert '"%d/%m/%Y"' in body


def test_the_admin_shows_dates_and_decimals_back_as_the_site_does():
    from django.utils.formats import date_format, localize

    moment = datetime.datetime(2026, 12, 1, 15, 32)
    assert date_format(moment, "DATETIME_FORMAT") == "01/12/2026 | 15:32"
    assert date_format(moment.date(), "DATE_FORMAT") == "01/12/2026"
    assert localize(Decimal("29.5")) == "29,5"
