"""The page-text reader: every shape of capture, furniture dropped, no paragraph lost."""

import datetime
import random
from pathlib import Path

import pytest

from news.importing import capture, cleanup, text_capture
from news.importing.items import Refused

DATA = Path(__file__).parent / "import_data" / "text"
HCM = cleanup.LOCAL_TZ


def parse(name, **kwargs):
    return text_capture.parse((DATA / name).read_text(encoding="utf-8"), name, **kwargs)


def body_texts(article):
    return [block.text for block in article.blocks]


def test_category_written_twice_title_and_view_count_line_are_read():
    article = parse("hai-chuyen-muc.txt")
    assert article.category == "Tin hoạt động"
    assert article.title == (
        "Thường trực HĐND huyện Đông Sơn giám sát việc giải quyết kiến nghị cử tri"
    )
    assert article.published_at == datetime.datetime(2021, 3, 14, 8, 5, tzinfo=HCM)
    assert article.view_count == 2310
    assert article.byline == "Minh Anh – Quốc Huy"


def test_stray_spaces_before_punctuation_and_double_spaces_are_repaired():
    article = parse("hai-chuyen-muc.txt")
    assert article.sapo.endswith("Ủy ban nhân dân xã Hòa Lạc.")
    assert "huyện, lãnh đạo Ủy ban" in body_texts(article)[0]
    assert "  " not in " ".join(body_texts(article))


def test_caption_is_kept_as_a_caption_and_every_paragraph_survives():
    article = parse("hai-chuyen-muc.txt")
    kinds = [(block.kind, block.text[:20]) for block in article.blocks]
    assert kinds == [
        ("p", "Tham dự buổi giám sá"),
        ("caption", "Quang cảnh buổi giám"),
        ("p", "Theo báo cáo, từ đầu"),
        ("p", "Kết luận buổi giám s"),
    ]


def test_comment_form_lists_widgets_and_mojibake_are_dropped():
    text = " ".join(body_texts(parse("hai-chuyen-muc.txt")))
    for furniture in ("Gửi bình luận", "Họ tên", "Mã xác nhận", "Tin khác", "°C", "Mua Bán"):
        assert furniture not in text
    assert "?" not in text and "\ufffd" not in text


def test_date_line_with_vietnamese_labels_and_thousands_separator():
    article = parse("ngay-dang.txt")
    assert article.category == "Kỳ họp"
    assert article.published_at == datetime.datetime(2022, 7, 22, 16, 40, tzinfo=HCM)
    assert article.view_count == 12045
    assert article.byline == "Nhóm PV"
    assert "Các bài đã đăng" not in " ".join(body_texts(article))
    assert [b.kind for b in article.blocks] == ["p", "caption", "p"]


def test_lead_opening_with_its_time_in_brackets():
    article = parse("gio-trong-ngoac.txt")
    assert article.category == "Hoạt động của Thường trực"
    assert article.title == "Thường trực HĐND phường An Bình làm việc với các tổ dân phố"
    assert article.published_at == datetime.datetime(2022, 6, 2, 15, 45, tzinfo=HCM)
    assert article.sapo.startswith("Sáng ngày 02/6, Thường trực HĐND phường An Bình")
    assert article.byline == "Tin, ảnh: Thu Hà"


def test_title_with_its_time_after_it_and_a_lead_with_an_agency_prefix():
    article = parse("tieu-de-co-gio.txt")
    assert article.title == "Thường trực HĐND họp phiên thường kỳ tháng năm"
    assert article.published_at == datetime.datetime(2021, 5, 14, 8, 30, tzinfo=HCM)
    # The agency's prefix is the old portal's words: kept as written.
    assert article.sapo.startswith("HNP - Sáng 14/5")
    assert article.byline == "PV"
    assert "kỳ họp; các ban báo cáo kết quả thẩm tra." in body_texts(article)[0]
    assert article.category == ""


def test_toolbar_before_the_body_and_the_title_only_in_the_qr_code_line():
    article = parse("qr-code.txt")
    assert article.title == "Ban Pháp chế giám sát công tác phòng cháy chữa cháy tại khu dân cư"
    assert article.category == "Giám sát"
    assert article.published_at == datetime.datetime(2021, 5, 7, 9, 20, tzinfo=HCM)
    assert article.sapo.startswith("Ban Pháp chế HĐND tỉnh đã tiến hành giám sát")
    assert article.byline == "Văn phòng HĐND tỉnh"
    texts = " ".join(body_texts(article))
    assert "Print" not in texts and "QR CODE" not in texts and "Tin khác" not in texts
    assert "Đoàn giám sát kiểm tra tại khu dân cư số 3" in texts


def test_a_capture_in_no_known_shape_still_gives_its_title_with_a_warning():
    article = parse("khong-ro-khuon.txt")
    assert article.title.startswith("Hội đồng nhân dân xã Tân Lập lấy ý kiến nhân dân")
    assert article.published_at is None
    assert capture.NO_DATE in article.warnings
    assert article.sapo.startswith("Hội đồng nhân dân xã Tân Lập vừa tổ chức")
    assert len(article.blocks) == 1


def test_a_first_line_naming_a_known_category_is_the_category_not_the_title():
    content = (DATA / "khong-ro-khuon.txt").read_text(encoding="utf-8")
    article = text_capture.parse(
        "Quy hoạch\n" + content, "x.txt", known_categories=frozenset({"quy hoach"})
    )
    assert article.category == "Quy hoạch"
    assert article.title.startswith("Hội đồng nhân dân xã Tân Lập")


def test_a_page_of_furniture_only_is_refused_for_want_of_a_title():
    with pytest.raises(Refused) as refused:
        parse("chi-co-khung-trang.txt")
    assert refused.value.reason == capture.NO_TITLE


def test_a_title_without_any_body_is_refused():
    with pytest.raises(Refused) as refused:
        text_capture.parse("Tin hoạt động\nMột tiêu đề đứng một mình\n14/03/2021 | 08:05\n", "x")
    assert refused.value.reason == capture.NO_BODY


def test_words_are_never_changed_only_spacing():
    line = "Cử tri  kiến nghị ( về giao thông ) , nước sạch ; và môi trường !"
    assert cleanup.tidy(line) == "Cử tri kiến nghị (về giao thông), nước sạch; và môi trường!"


@pytest.mark.parametrize(
    "line",
    ["Đ?ẩm:", "L?y l?i m� b?o m?t", "Nhi?t đ?"],
)
def test_garbled_lines_are_recognised(line):
    assert cleanup.is_mojibake(line)


def test_a_long_paragraph_with_a_question_mark_is_not_garbage():
    line = (
        "Cử tri hỏi: khi nào tuyến đường được sửa?Đại biểu trả lời rằng công trình đã có trong "
        "kế hoạch đầu tư công năm tới và sẽ khởi công vào quý hai."
    )
    assert not cleanup.is_mojibake(line)


# --- fuzzing ---------------------------------------------------------------------------------

FUZZ_ROUNDS = 400


def _captures():
    return [p.read_text(encoding="utf-8").split("\n") for p in sorted(DATA.glob("*.txt"))]


def test_shuffled_and_truncated_captures_never_crash_and_never_give_an_empty_title():
    rng = random.Random(17)
    captures = _captures()
    outcomes = {"parsed": 0, "refused": 0}
    for _ in range(FUZZ_ROUNDS):
        lines = list(rng.choice(captures))
        action = rng.choice(["shuffle", "truncate", "cut", "mix", "chars"])
        if action == "shuffle":
            rng.shuffle(lines)
        elif action == "truncate":
            lines = lines[: rng.randrange(0, len(lines) + 1)]
        elif action == "cut":
            start = rng.randrange(0, len(lines) + 1)
            lines = lines[start : start + rng.randrange(0, 6)]
        elif action == "mix":
            lines = rng.sample(lines, k=rng.randrange(0, len(lines) + 1)) + rng.choice(captures)
        else:
            joined = "\n".join(lines)
            cut = rng.randrange(0, len(joined) + 1)
            lines = [joined[:cut] + rng.choice(["", "(", "|", "QR CODE:", "14/03/2021 |"])]
        try:
            article = text_capture.parse("\n".join(lines), "fuzz.txt")
        except Refused as refused:
            assert refused.reason
            outcomes["refused"] += 1
            continue
        assert article.title.strip()
        assert any(ch.isalpha() for ch in article.title)
        assert len(article.title) <= capture.MAX_TITLE
        assert not cleanup.is_furniture(article.title)
        assert article.sapo or article.blocks
        outcomes["parsed"] += 1
    # Both paths were exercised: the loop is not vacuous.
    assert outcomes["parsed"] > 50 and outcomes["refused"] > 10
