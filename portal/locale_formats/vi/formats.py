"""Vietnamese formats for Django's forms and the admin, on top of Django's own "vi" module.

Django's Vietnamese locale defines no input formats, so the US month/day forms applied and
"05/12/2026" was read as the 12th of May. The first input format is also what the admin's
calendar writes into the field and what a field shows back, so day/month/year comes first.
"""

DATE_FORMAT = "d/m/Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "d/m/Y | H:i"
YEAR_MONTH_FORMAT = r"\t\há\n\g n/Y"
MONTH_DAY_FORMAT = "d/m"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday

DATE_INPUT_FORMATS = [
    "%d/%m/%Y",  # 05/12/2026
    "%d/%m/%y",  # 05/12/26
    "%d-%m-%Y",  # 05-12-2026
    "%d.%m.%Y",  # 05.12.2026
    "%Y-%m-%d",  # 2026-12-05, what browsers and scripts send
]
TIME_INPUT_FORMATS = [
    "%H:%M",  # 08:00
    "%H:%M:%S",  # 08:00:00
    "%Hh%M",  # 08h00
    "%H:%M:%S.%f",
]
DATETIME_INPUT_FORMATS = [
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %Hh%M",
    "%d/%m/%Y",
    "%d-%m-%Y %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M:%S.%f",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
]
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
NUMBER_GROUPING = 3
