"""Vietnamese forms of dates, document numbers and heading labels, as Decree 30/2020 writes them."""

import datetime
import unicodedata
from typing import Any

# Room left for a hand-written day, month or number on a printed draft.
BLANK = "\u00a0" * 6

# Điểm letters follow the Vietnamese alphabet: no f, j, w, z; "đ" after "d".
VIETNAMESE_LETTERS = ("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q",
                      "r", "s", "t", "u", "v", "x", "y")

_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def nfc(text: str) -> str:
    """Text in Unicode NFC, so each Vietnamese letter is one code point."""
    return unicodedata.normalize("NFC", text)


def nfc_tree(value: Any) -> Any:
    """Every string inside nested lists and dicts in NFC."""
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        return [nfc_tree(v) for v in value]
    if isinstance(value, dict):
        return {k: nfc_tree(v) for k, v in value.items()}
    return value


def day_text(day: int) -> str:
    """Days 1-9 take a leading zero: 'ngày 07'."""
    return f"{day:02d}"


def month_text(month: int) -> str:
    """Months 1 and 2 take a leading zero ('tháng 01'); 3 to 12 do not ('tháng 8')."""
    return f"{month:02d}" if month <= 2 else str(month)


def long_date(date: datetime.date | None, year: int | None = None) -> str:
    """'ngày 07 tháng 10 năm 2025'; with no date, blanks for day and month to fill by hand."""
    if date is None:
        return f"ngày{BLANK}tháng{BLANK}năm {year if year else BLANK}"
    return f"ngày {day_text(date.day)} tháng {month_text(date.month)} năm {date.year}"


def date_line(place: str, date: datetime.date | None, year: int | None = None) -> str:
    """'Trần Liễu, ngày 15 tháng 8 năm 2025'."""
    return f"{place}, {long_date(date, year)}"


def short_date(date: datetime.date) -> str:
    """'02/10/2025', the form used inside body text and appendix captions."""
    return f"{date.day:02d}/{date.month:02d}/{date.year}"


def document_number(number: str) -> str:
    """Numbers below 10 take a leading zero ('05'); a blank number stays blank."""
    number = number.strip()
    if number.isdigit() and int(number) < 10:
        return f"{int(number):02d}"
    return number


def number_line(number: str, symbol: str, profile: str = "nd30") -> str:
    """'Số: 132/BC-UBND' (state), 'Số 01-BC/BCĐ' (Party); blanks while the number is not yet given."""
    shown = document_number(number) or BLANK
    if profile == "party":
        return f"Số {shown}-{symbol}"
    return f"Số: {shown}/{symbol}"


def roman(value: int) -> str:
    """Roman numeral for section headings: 1 -> 'I', 4 -> 'IV'."""
    if value < 1:
        raise ValueError(f"no Roman numeral for {value}")
    parts = []
    for amount, letters in _ROMAN:
        count, value = divmod(value, amount)
        parts.append(letters * count)
    return "".join(parts)


def vietnamese_letter(index: int) -> str:
    """The letter of the index-th điểm (1 -> 'a', 5 -> 'đ'); past 'y' letters double ('aa')."""
    if index < 1:
        raise ValueError(f"no letter for {index}")
    count = len(VIETNAMESE_LETTERS)
    letter = VIETNAMESE_LETTERS[(index - 1) % count]
    return letter * ((index - 1) // count + 1)


def heading_label(level: int, index: int) -> str:
    """The label of a heading at a level of the outline: 'I.', '1.', 'a)', then '-'."""
    if level == 1:
        return f"{roman(index)}."
    if level == 2:
        return f"{index}."
    if level == 3:
        return f"{vietnamese_letter(index)})"
    return "-"
