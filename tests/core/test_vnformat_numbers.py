"""Vietnamese numbers: a dot between thousands, a comma before decimals; both typing habits read safely."""

import unicodedata
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.errors import BaocaoError
from desktop.core.messages import CATALOGUE
from desktop.core.vnformat import (
    MAX_DIGITS,
    NumberFormatError,
    format_amount,
    format_number,
    format_percent,
    format_ratio,
    parse_number,
    parse_percent,
    parse_ratio,
    ratio_percent,
)

NUMBER_CODES = ["number.invalid", "number.ambiguous", "number.not_integer", "number.too_long",
                "number.ratio_invalid"]


@pytest.mark.parametrize(
    ("value", "places", "shown"),
    [
        (33099, None, "33.099"),
        (33174, None, "33.174"),
        (4616276, None, "4.616.276"),
        (1769, None, "1.769"),
        (999, None, "999"),
        (0, None, "0"),
        (-1234, None, "-1.234"),
        (1234, 2, "1.234"),  # integers never get decimals
        (Decimal("407.28"), None, "407,28"),
        (Decimal("1.5"), None, "1,5"),
        (Decimal("700.840"), None, "700,840"),  # the Decimal keeps its own decimals: "700,840 tỷ đồng"
        (Decimal("71429"), None, "71.429"),
        (Decimal("1E+3"), None, "1.000"),
        (Decimal("-1234.5"), None, "-1.234,5"),
        (Decimal("99.7739"), 2, "99,77"),
        (Decimal("99.775"), 2, "99,78"),  # half-up, not the banker's half-even
        (Decimal("0.125"), 2, "0,13"),
        (Decimal("1.5"), 2, "1,50"),
        (Decimal("-0.001"), 2, "0,00"),
    ],
)
def test_format_number(value, places, shown):
    assert format_number(value, places) == shown


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (Decimal("99.7739"), "99,77%"),
        (Decimal("0.5701"), "0,57%"),
        (100, "100%"),
        (Decimal("100.00"), "100%"),
        (Decimal("94.5"), "94,50%"),
        (Decimal("98.165"), "98,17%"),
    ],
)
def test_format_percent(value, shown):
    assert format_percent(value) == shown


def test_floats_are_refused_as_a_bug():
    with pytest.raises(TypeError):
        format_number(1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        format_number(True)


@pytest.mark.parametrize(
    ("numerator", "denominator", "percent"),
    [
        (1769, 1772, "99,83%"),
        (26043, 27486, "94,75%"),
        (1609, 1639, "98,17%"),
        (30, 1639, "1,83%"),
        (Decimal("407.28"), 71429, "0,57%"),
        (33099, 33174, "99,77%"),
        (1772, 1772, "100%"),
    ],
)
def test_ratios_from_the_seeds(numerator, denominator, percent):
    assert format_percent(ratio_percent(numerator, denominator)) == percent


def test_ratio_percent_is_exact_decimal():
    assert ratio_percent(1, 4) == Decimal(25)
    assert str(ratio_percent(1, 3)).startswith("33.3333333333333333333333333333333")  # more than 28 digits


@pytest.mark.parametrize(("numerator", "denominator"), [(5, 0), (None, 5), (5, None), (None, None)])
def test_ratio_percent_without_a_denominator_is_none(numerator, denominator):
    assert ratio_percent(numerator, denominator) is None


def test_format_ratio_and_amount():
    assert format_ratio(1769, 1772) == "1.769/1.772"
    assert format_ratio(Decimal("407.28"), 71429) == "407,28/71.429"
    assert format_amount(Decimal("407.28"), "tỷ đồng") == "407,28 tỷ đồng"
    assert format_amount(Decimal("700.840"), "tỷ đồng") == "700,840 tỷ đồng"
    assert format_amount(33099, "người") == "33.099 người"
    assert format_amount(Decimal("99.7739"), "%") == "99,77%"
    assert format_amount(12, "") == "12"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("33.099", 33099),
        ("33.174", 33174),
        ("1.769", 1769),
        ("4.616.276", 4616276),
        ("1.500", 1500),  # a dot before exactly three digits always groups thousands
        ("33 099", 33099),
        ("33\u00a0099", 33099),
        ("33\u2009099", 33099),
        (" 1772 ", 1772),
        ("+12", 12),
        ("-1.234", -1234),
        ("\u22121.234", -1234),
        ("007", 7),
        ("99,77", Decimal("99.77")),
        ("407,28", Decimal("407.28")),
        ("0,57", Decimal("0.57")),
        ("700,840", Decimal("700.840")),
        ("99.77", Decimal("99.77")),
        ("1.5", Decimal("1.5")),
        ("1.2345", Decimal("1.2345")),
        ("1.769,5", Decimal("1769.5")),
        ("4.616.276,25", Decimal("4616276.25")),
        ("1,769.5", Decimal("1769.5")),
        ("1,234", Decimal("1.234")),  # in a decimal field the comma is the decimal mark
        ("-0,5", Decimal("-0.5")),
    ],
)
def test_parse_number(text, value):
    parsed = parse_number(text)
    assert parsed == value
    assert type(parsed) is type(value)


def test_parse_keeps_the_typed_decimals():
    assert str(parse_number("700,840")) == "700.840"


@pytest.mark.parametrize(("text", "value"), [("33.099", 33099), ("1772", 1772), ("5,0", 5), ("-12", -12)])
def test_parse_integer(text, value):
    parsed = parse_number(text, integer=True)
    assert parsed == value
    assert type(parsed) is int


@pytest.mark.parametrize(
    ("text", "integer", "code"),
    [
        ("", False, "number.invalid"),
        ("   ", False, "number.invalid"),
        ("abc", False, "number.invalid"),
        ("12a", False, "number.invalid"),
        ("1,2,3", False, "number.invalid"),
        ("1..2", False, "number.invalid"),
        ("1.2.3", False, "number.invalid"),
        ("1.23.456", False, "number.invalid"),
        ("1234.567", False, "number.invalid"),  # a thousands dot after four digits
        ("0.500", False, "number.invalid"),
        ("1,769.500", False, "number.invalid"),
        ("1.769,5.5", False, "number.invalid"),
        (",5", False, "number.invalid"),
        ("5,", False, "number.invalid"),
        ("--5", False, "number.invalid"),
        ("-", False, "number.invalid"),
        ("1/2", False, "number.invalid"),
        ("\u0661\u0662", False, "number.invalid"),  # Arabic-Indic digits are not ours
        ("1,234", True, "number.ambiguous"),
        ("12,500", True, "number.ambiguous"),
        ("-12,500", True, "number.ambiguous"),
        ("1,234,567", True, "number.ambiguous"),
        ("1,234,567", False, "number.ambiguous"),  # two commas cannot both be decimal marks
        ("1,5", True, "number.not_integer"),
        ("99.77", True, "number.not_integer"),
        ("1.769,5", True, "number.not_integer"),
        ("1234567890123456", False, "number.too_long"),
        ("1.234.567.890.123.456", True, "number.too_long"),
        ("0,1234567890123456", False, "number.too_long"),
    ],
)
def test_parse_number_refuses(text, integer, code):
    with pytest.raises(NumberFormatError) as caught:
        parse_number(text, integer=integer)
    assert caught.value.code == code
    assert isinstance(caught.value, BaocaoError)


def test_ambiguous_message_says_how_to_type_it():
    with pytest.raises(NumberFormatError) as caught:
        parse_number("1,234", integer=True)
    assert caught.value.text("vi") == ("Không hiểu số «1,234»: dấu phẩy là dấu thập phân, không dùng để ngăn cách "
                                       "hàng nghìn. Nếu là số 1234, gõ 1.234 hoặc 1234")
    assert "type 1.234 or 1234" in caught.value.text("en")


def test_fifteen_digits_are_enough():
    assert parse_number("999.999.999.999.999", integer=True) == 10**MAX_DIGITS - 1
    assert parse_number("0,000123456789012345") == Decimal("0.000123456789012345")


@pytest.mark.parametrize(
    ("text", "value"),
    [("99,77%", "99.77"), ("99,77 %", "99.77"), ("99.77", "99.77"), ("100", "100"), ("0,57%", "0.57")],
)
def test_parse_percent(text, value):
    parsed = parse_percent(text)
    assert parsed == Decimal(value)
    assert isinstance(parsed, Decimal)


@pytest.mark.parametrize(("text", "code"), [("%", "number.invalid"), ("99,77%%", "number.invalid"),
                                            ("abc%", "number.invalid")])
def test_parse_percent_refuses(text, code):
    with pytest.raises(NumberFormatError) as caught:
        parse_percent(text)
    assert caught.value.code == code
    assert f"«{text}»" in caught.value.text()


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.769/1.772", (1769, 1772)), ("1.769 / 1.772", (1769, 1772)), ("26.043/27.486", (26043, 27486)),
     ("407,28/71.429", (Decimal("407.28"), 71429)), ("30/1.639", (30, 1639))],
)
def test_parse_ratio(text, value):
    assert parse_ratio(text) == value


@pytest.mark.parametrize("text", ["1769", "1/2/3", "/5", "5/", "a/b", "1,2,3/4", ""])
def test_parse_ratio_refuses(text):
    with pytest.raises(NumberFormatError) as caught:
        parse_ratio(text)
    assert caught.value.code == "number.ratio_invalid"


@pytest.mark.parametrize("code", NUMBER_CODES)
def test_messages_are_catalogued_in_nfc(code):
    vi, en = CATALOGUE[code]
    assert unicodedata.normalize("NFC", vi) == vi
    assert "{text}" in vi and "{text}" in en


def test_every_error_renders_in_both_languages():
    cases = [("x", {}), ("1,234", {"integer": True}), ("1,5", {"integer": True}), ("1" * 16, {})]
    for text, options in cases:
        with pytest.raises(NumberFormatError) as caught:
            parse_number(text, **options)
        for lang in ("vi", "en"):
            assert f"«{text}»" in caught.value.text(lang)


@given(st.integers(min_value=-(10**MAX_DIGITS - 1), max_value=10**MAX_DIGITS - 1))
def test_formatted_integers_read_back(n):
    assert parse_number(format_number(n), integer=True) == n


def _decimals() -> st.SearchStrategy[Decimal]:
    """Up to 4 decimals and up to 12 integer digits, within the 15 digits a field takes."""
    def with_places(places: int) -> st.SearchStrategy[Decimal]:
        limit = 10 ** min(12 + places, MAX_DIGITS)
        return st.integers(-limit + 1, limit - 1).map(lambda i: Decimal(i).scaleb(-places))
    return st.integers(0, 4).flatmap(with_places)


@given(_decimals())
def test_formatted_decimals_read_back(d):
    parsed = parse_number(format_number(d))
    assert parsed == d
    if d.as_tuple().exponent < 0:
        assert str(parsed) == str(d)  # the same decimals, "700,840" stays "700,840"


@given(st.integers())
def test_english_grouping_is_never_misread_in_integer_fields(n):
    text = f"{n:,}"
    if abs(n) < 1000:
        assert parse_number(text, integer=True) == n
    else:
        with pytest.raises(NumberFormatError) as caught:
            parse_number(text, integer=True)
        assert caught.value.code == "number.ambiguous"


@given(st.integers(min_value=-(10**12), max_value=10**12), st.integers(min_value=1, max_value=10**12))
def test_percent_shows_two_decimals_or_none(numerator, denominator):
    shown = format_percent(ratio_percent(numerator, denominator))
    assert shown.endswith("%")
    decimals = shown[:-1].partition(",")[2]
    assert decimals == "" or len(decimals) == 2
