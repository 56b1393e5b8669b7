"""Vietnamese dates, document numbers and heading labels as Decree 30/2020 writes them."""

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.errors import BaocaoError
from desktop.core.vnformat import (
    BLANK,
    date_line,
    document_number,
    heading_label,
    number_line,
    parse_date,
    roman,
    short_date,
    vietnamese_letter,
)

DATE_LINE = r"^[^,]+, ngày (0[1-9]|[12][0-9]|3[01]) tháng (0[12]|[3-9]|1[0-2]) năm \d{4}$"


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (datetime.date(2025, 8, 15), "Trần Liễu, ngày 15 tháng 8 năm 2025"),
        (datetime.date(2025, 10, 7), "Trần Liễu, ngày 07 tháng 10 năm 2025"),
        (datetime.date(2025, 1, 5), "Trần Liễu, ngày 05 tháng 01 năm 2025"),
        (datetime.date(2025, 2, 28), "Trần Liễu, ngày 28 tháng 02 năm 2025"),
        (datetime.date(2025, 3, 1), "Trần Liễu, ngày 01 tháng 3 năm 2025"),
    ],
)
def test_date_line_leading_zeros(date, expected):
    assert date_line("Trần Liễu", date) == expected


@given(st.dates(min_value=datetime.date(2000, 1, 1), max_value=datetime.date(2100, 12, 31)))
def test_every_date_line_matches_the_decree_pattern(date):
    import re

    assert re.match(DATE_LINE, date_line("Phú Thái", date))


def test_blank_date_leaves_day_and_month_to_fill():
    assert date_line("Phú Thái", None, 2025) == f"Phú Thái, ngày{BLANK}tháng{BLANK}năm 2025"


@pytest.mark.parametrize(("number", "shown"), [("5", "05"), ("05", "05"), ("10", "10"),
                                               ("132", "132"), ("", "")])
def test_document_number_leading_zero(number, shown):
    assert document_number(number) == shown


def test_number_line():
    assert number_line("132", "BC-UBND") == "Số: 132/BC-UBND"
    assert number_line("5", "BC-UBND") == "Số: 05/BC-UBND"
    assert number_line("", "BC-UBND") == f"Số: {BLANK}/BC-UBND"


def test_heading_labels():
    assert [heading_label(1, i) for i in (1, 4, 9)] == ["I.", "IV.", "IX."]
    assert heading_label(2, 3) == "3."
    assert [heading_label(3, i) for i in range(1, 8)] == ["a)", "b)", "c)", "d)", "đ)", "e)", "g)"]
    assert heading_label(4, 1) == "-"


def test_vietnamese_alphabet_has_no_foreign_letters():
    letters = [vietnamese_letter(i) for i in range(1, 24)]
    assert not {"f", "j", "w", "z"} & set(letters)
    assert vietnamese_letter(24) == "aa"


def test_roman_rejects_zero():
    with pytest.raises(ValueError):
        roman(0)
    assert roman(14) == "XIV"


# ---- parsing dates ----

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ngày 07 tháng 10 năm 2025", datetime.date(2025, 10, 7)),
        ("Hải Phòng, ngày 07 tháng 10 năm 2025", datetime.date(2025, 10, 7)),
        ("P. Trần Liễu, ngày 02 tháng 10 năm 2025", datetime.date(2025, 10, 2)),
        ("ngày 15 tháng 8 năm 2025", datetime.date(2025, 8, 15)),
        ("02/10/2025", datetime.date(2025, 10, 2)),
        ("9/8/2025", datetime.date(2025, 8, 9)),
    ],
)
def test_dates_are_read_back(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(("text", "code"), [("ngày 30 tháng 02 năm 2025", "date.not_a_day"),
                                            ("mùng 7 tháng 10", "date.invalid"), ("2025-10-07", "date.invalid")])
def test_bad_dates_are_refused_with_a_code(text, code):
    with pytest.raises(BaocaoError) as error:
        parse_date(text)
    assert error.value.code == code


@given(st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2100, 12, 31)),
       st.sampled_from(["Trần Liễu", "Hải Phòng", "Đức Phổ"]))
def test_date_line_and_short_date_round_trip(date, place):
    assert parse_date(date_line(place, date)) == date
    assert parse_date(short_date(date)) == date
