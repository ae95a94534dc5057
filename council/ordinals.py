"""Session numbers in words, as the council writes them: 12 → "Mười hai" ("Kỳ họp thứ Mười hai")."""

_DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def _words(number: int) -> str:
    """Cardinal words for 1–999 with the spoken forms of "mốt", "tư", "lăm" and "linh"."""
    hundreds, rest = divmod(number, 100)
    tens, units = divmod(rest, 10)
    parts = []
    if hundreds:
        parts += [_DIGITS[hundreds], "trăm"]
        if rest and tens == 0:
            parts.append("linh")
    if tens == 1:
        parts.append("mười")
    elif tens > 1:
        parts += [_DIGITS[tens], "mươi"]
    if units:
        if units == 1 and tens > 1:
            parts.append("mốt")
        elif units == 4 and tens > 1:
            parts.append("tư")
        elif units == 5 and tens >= 1:
            parts.append("lăm")
        else:
            parts.append(_DIGITS[units])
    return " ".join(parts)


def ordinal_words(number: int) -> str:
    """ "Nhất", "Hai", "Tư", "Mười hai", "Hai mươi mốt": the word after "thứ", capitalised."""
    if not 1 <= number <= 999:
        return str(number)
    if number == 1:
        words = "nhất"
    elif number == 4:
        words = "tư"
    else:
        words = _words(number)
    return words[:1].upper() + words[1:]
