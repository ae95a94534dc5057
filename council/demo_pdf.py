"""Draw the demo documents as PDF files (fpdf2 with the Open Sans font from ttf-opensans, both
installed from PyPI by `make run`, so no system font is needed; Open Sans has every Vietnamese
letter). Only the demo loader uses this; real files come from the clerks."""

from __future__ import annotations

import datetime

import ttf_opensans
from fpdf import FPDF
from fpdf.enums import XPos, YPos

REGULAR = str(ttf_opensans.opensans(font_weight=400).path)
BOLD = str(ttf_opensans.opensans(font_weight=700).path)
ITALIC = str(ttf_opensans.opensans(font_weight=400, italic=True).path)


def _date_line(place: str, day: datetime.date) -> str:
    return f"{place}, ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"


def draw(
    *,
    body_name: str,
    number: str,
    heading: str,
    summary: str,
    issued_on: datetime.date,
    paragraphs: list[str],
    signer: tuple[str, str] | None,
    place: str = "Minh Giang",
    is_draft: bool = False,
) -> bytes:
    pdf = FPDF(format="A4")
    pdf.set_title(f"{heading} {number}".strip())
    pdf.set_author(body_name)
    pdf.set_creator("Cổng thông tin điện tử HĐND thành phố Minh Giang (dữ liệu mẫu)")
    pdf.add_font("OpenSans", "", REGULAR)
    pdf.add_font("OpenSans", "B", BOLD)
    pdf.add_font("OpenSans", "I", ITALIC)
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    width = pdf.epw
    half = width / 2 - 2
    top = pdf.get_y()

    pdf.set_font("OpenSans", "B", 10)
    pdf.multi_cell(half, 5, body_name.upper(), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("OpenSans", "", 10)
    pdf.multi_cell(
        half,
        5,
        f"Số: {number}" if number else "DỰ THẢO",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    left_bottom = pdf.get_y()
    pdf.set_xy(pdf.l_margin + half + 4, top)
    pdf.set_font("OpenSans", "B", 10)
    pdf.multi_cell(half, 5, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", align="C")
    pdf.set_x(pdf.l_margin + half + 4)
    pdf.multi_cell(half, 5, "Độc lập – Tự do – Hạnh phúc", align="C")
    pdf.set_x(pdf.l_margin + half + 4)
    pdf.set_font("OpenSans", "I", 10)
    pdf.multi_cell(half, 6, _date_line(place, issued_on), align="C")
    pdf.set_y(max(left_bottom, pdf.get_y()) + 8)

    pdf.set_font("OpenSans", "B", 14)
    pdf.cell(width, 8, heading, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("OpenSans", "B", 11)
    pdf.multi_cell(width, 6, summary, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)

    pdf.set_font("OpenSans", "", 11)
    for paragraph in paragraphs:
        if paragraph.isupper():
            pdf.set_font("OpenSans", "B", 11)
            pdf.multi_cell(width, 6, paragraph, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_font("OpenSans", "", 11)
        elif paragraph.startswith("Điều "):
            label, _, rest = paragraph.partition(". ")
            pdf.multi_cell(
                width,
                6,
                f"**{label}.** {rest}",
                markdown=True,
                align="J",
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )
        else:
            pdf.multi_cell(width, 6, paragraph, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)

    if signer and not is_draft:
        name, position = signer
        pdf.ln(6)
        pdf.set_x(pdf.l_margin + half + 4)
        pdf.set_font("OpenSans", "B", 11)
        pdf.multi_cell(half, 6, position.upper(), align="C")
        pdf.ln(16)
        pdf.set_x(pdf.l_margin + half + 4)
        pdf.multi_cell(half, 6, name, align="C")
    pdf.set_auto_page_break(False)
    pdf.set_font("OpenSans", "I", 8)
    pdf.set_y(-14)
    pdf.cell(width, 5, "Văn bản mẫu của cổng thông tin (dữ liệu hư cấu).", align="C")
    return bytes(pdf.output())
