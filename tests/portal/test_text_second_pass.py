"""Normalisation gaps closed: mark order, soft hyphens, spaces in search, mojibake signatures,
and the syllable table the comment rule reads."""

import importlib.util
import unicodedata
from pathlib import Path

import pytest

from portal import text


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Tie\u0301\u0302ng Vie\u0323\u0302t", "Tiếng Việt"),  # tone before the circumflex
        ("ngo\u0300\u031bi", "ngời"),  # tone before the horn
        ("ta\u0306\u0301ng", "tắng"),
        ("ta\u0301\u0306ng", "tắng"),
        ("\u00e9\u0302", "ế"),  # a composed é with the circumflex after it
        ("\u00c9\u0302N", "ẾN"),
    ],
)
def test_tone_marks_typed_before_the_vowel_mark_compose(typed, expected):
    assert text.normalize(typed) == expected
    assert unicodedata.is_normalized("NFC", text.normalize(typed))


def test_reordering_leaves_other_scripts_and_stacked_marks_alone():
    assert text.normalize("café, naïve, 한국어, ไทย") == "café, naïve, 한국어, ไทย"
    zalgo = "a\u0301\u0301\u0301"
    assert text.normalize(zalgo) == unicodedata.normalize("NFC", zalgo)


def test_soft_hyphens_and_invisible_operators_are_removed():
    assert text.normalize("đồ\u00adng bào") == "đồng bào"
    assert text.normalize("x\u2062y\u034f") == "xy"
    assert text.fold("Hội đồ\u00adng") == "hoi dong"


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2007", "\u2002", "\u3000"])
def test_every_kind_of_space_folds_to_a_space_for_search(space):
    assert text.fold(f"Hội{space}đồng") == "hoi dong"
    assert len(text.fold(f"Hội{space}đồng")) == len(text.normalize(f"Hội{space}đồng"))


@pytest.mark.parametrize(
    "sample",
    ["BÃ i viáº¿t", "Ä‘Æ°á»ng", "Ã¡o", "Â© 2024", "tiá»‡n", "vÃ\xa0 rá»“i", "Ä\u0090Ã  Náºµng"],
)
def test_utf8_read_as_windows_1252_is_recognised(sample):
    assert text.mojibake_signatures(sample)


@pytest.mark.parametrize(
    "sample",
    [
        "NHÂN DÂN ĐÃ ĐƯỢC HỎI Ý KIẾN CHƯA?",
        "Âm thanh loa phường ở ngõ Âu Cơ quá to.",
        "ÂU CƠ, ÂN TÌNH, ẤP, ẪN, Ã",
        "ĐÃ\u00a0ĐƯỢC",
    ],
)
def test_vietnamese_capitals_are_no_mojibake(sample):
    assert text.mojibake_signatures(sample) == []


def test_bare_share_follows_how_vietnamese_is_written():
    assert text.bare_share("cua") < 0.05  # của, cửa
    assert text.bare_share("tinh") < 0.1  # tình, tỉnh, tính
    assert text.bare_share("hai") > 0.8
    assert text.bare_share("anh") > 0.5
    assert text.bare_share("Của") == text.bare_share("cua")
    assert text.bare_share("xyzzy") == 0.5


def _generator():
    path = Path(__file__).resolve().parents[2] / "scripts" / "build_syllable_table.py"
    spec = importlib.util.spec_from_file_location("build_syllable_table", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_generator_counts_folded_syllables_and_bare_ones():
    generator = _generator()
    seen, bare = generator.count(
        [("Của anh, cửa nhà anh. Anh về.", 1), ("cua slug-khong-dau", 1), ("Tôi hỏi", 2)]
    )
    assert seen["cua"] == 2 and bare["cua"] == 0
    assert seen["anh"] == 3 and bare["anh"] == 3
    assert seen["toi"] == 2 and seen["hoi"] == 2  # weighted
    table = generator.render(seen, bare)
    assert "cua\t2\t0\n" in table


def test_the_shipped_table_covers_the_shipped_text():
    generator = _generator()
    seen, _ = generator.count(generator.corpus_texts())
    shipped = text._syllable_table()
    assert len(shipped) >= 500
    # Demo content added later may add syllables; the ones of the everyday corpus are all there.
    everyday, _ = generator.count(
        (p.read_text(encoding="utf-8"), 1)
        for p in (text.SYLLABLE_TABLE_PATH.parent / "corpus").glob("*.txt")
    )
    assert set(everyday) <= set(shipped)
    assert len(set(seen) & set(shipped)) >= 0.9 * len(seen)
