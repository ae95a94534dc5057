"""Form fields for numbers staff type the Vietnamese way: "149.200" and "29,5".

Django reads thousand separators only with USE_THOUSAND_SEPARATOR, which would also group every
number templates print (ids in addresses included); and its IntegerField reads "149.000" as 149.
These fields read and show numbers through portal.formats instead.
"""

from django import forms
from django.db import models
from django.forms.models import BaseInlineFormSet, BaseModelFormSet

from . import formats


class VietnameseNumberInput(forms.TextInput):
    """A text box (number inputs refuse "29,5" and "149.200") with the phone's number keypad."""

    def __init__(self, attrs=None, *, formatter=formats.format_number):
        super().__init__({"inputmode": "decimal", "autocomplete": "off", **(attrs or {})})
        self.formatter = formatter

    def format_value(self, value):
        if value is None or value == "" or isinstance(value, str):
            return super().format_value(value)
        return self.formatter(value)


class GroupedIntegerField(forms.IntegerField):
    """An integer typed with dots between thousands ("149.200") or without ("149200")."""

    widget = VietnameseNumberInput
    default_error_messages = {
        "invalid": "Hãy nhập một số nguyên, có thể dùng dấu chấm ngăn cách hàng nghìn "
        "(ví dụ 149.200)."
    }

    def __init__(self, *, max_value=None, min_value=None, step_size=None, **kwargs):
        super().__init__(max_value=max_value, min_value=min_value, step_size=None, **kwargs)

    def widget_attrs(self, widget):
        # No min/max/step attributes: they belong to number inputs.
        return forms.Field.widget_attrs(self, widget)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        number = formats.parse_integer(value)
        if number is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return number


class CommaDecimalField(forms.DecimalField):
    """A decimal typed with a comma ("29,5"); a dot before fewer than three digits also works."""

    default_error_messages = {
        "invalid": "Hãy nhập một số, dùng dấu phẩy cho phần thập phân (ví dụ 29,5)."
    }

    def __init__(
        self, *, max_value=None, min_value=None, max_digits=None, decimal_places=None, **kwargs
    ):
        kwargs.setdefault(
            "widget",
            VietnameseNumberInput(
                formatter=lambda value: formats.format_decimal(value, decimal_places or 0)
            ),
        )
        super().__init__(
            max_value=max_value,
            min_value=min_value,
            max_digits=max_digits,
            decimal_places=decimal_places,
            **kwargs,
        )

    def widget_attrs(self, widget):
        return forms.Field.widget_attrs(self, widget)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        number = formats.parse_decimal(value)
        if number is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return number


def label_datetime_parts(formfield, label):
    """Give the date and time boxes of a split date-time field names screen readers announce
    (Django's admin labels only the pair), with the form to type them in."""
    widget = getattr(formfield, "widget", None)
    parts = getattr(widget, "widgets", None)
    if not parts or len(parts) != 2:
        return formfield
    parts[0].attrs["aria-label"] = f"{label}: ngày (ngày/tháng/năm)"
    parts[1].attrs["aria-label"] = f"{label}: giờ (giờ:phút)"
    return formfield


class LabelledDateTimeMixin:
    """For a ModelAdmin: name the two boxes of every date-time field (label_datetime_parts) and
    the boxes of its editable list (LabelledModelFormSet)."""

    def get_changelist_formset(self, request, **kwargs):
        kwargs.setdefault("formset", LabelledModelFormSet)
        return super().get_changelist_formset(request, **kwargs)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if isinstance(db_field, models.DateTimeField) and formfield is not None:
            label_datetime_parts(formfield, str(formfield.label or db_field.verbose_name))
        return formfield


class LabelledFormSetMixin:
    """Rows of a table of forms (tabular inlines, editable lists) show their labels only once,
    in the header; name each box for screen readers: "Giá mua vào (dòng 2)"."""

    def add_fields(self, form, index):
        super().add_fields(form, index)
        row = "" if index is None else f" (dòng {index + 1})"
        for field in form.fields.values():
            if field.label:
                field.widget.attrs.setdefault("aria-label", f"{field.label}{row}")


class LabelledInlineFormSet(LabelledFormSetMixin, BaseInlineFormSet):
    pass


class LabelledModelFormSet(LabelledFormSetMixin, BaseModelFormSet):
    pass
