"""Numbers and dates as Vietnamese documents write them, in one place: format and parse.

Numbers: a dot between thousands, a comma before decimals (33.099; 407,28; 99,77%). Values are int
or Decimal, never float. Parsing also accepts the English habit whenever the text cannot be read two
ways, and otherwise refuses with a coded message that says how to type it. Dates, document numbers
and heading labels follow Decree 30/2020 ("ngày 07 tháng 10 năm 2025", "Số: 05/BC-UBND", "I.", "a)").
"""

import datetime
import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Any

from desktop.core.errors import BaocaoError
from desktop.core.texthygiene import clean

Number = int | Decimal

# A spreadsheet (a float) keeps 15 digits; no commune figure needs more, so more is a typing slip.
MAX_DIGITS = 15
# Enough digits for a ratio of two 15-digit numbers, and more, so rounding happens only on display.
_PRECISION = 50

_SPACES = re.compile(r"[\s\u200b]+")  # spaces, NBSP, thin and figure spaces, zero-width space
_SIGNS = {"+": "", "-": "-", "\u2212": "-"}  # U+2212 is the minus sign Word puts in
_PLAIN = re.compile(r"[0-9]+")
_VI_GROUPED = re.compile(r"[1-9][0-9]{0,2}(?:\.[0-9]{3})+")  # 33.099, 4.616.276
_EN_GROUPED = re.compile(r"[1-9][0-9]{0,2}(?:,[0-9]{3})+")  # 1,234 or 1,234,567
_VI_DECIMAL = re.compile(r"(?P<whole>[0-9]+|[1-9][0-9]{0,2}(?:\.[0-9]{3})+),(?P<fraction>[0-9]+)")  # 1.769,5
_EN_DECIMAL = re.compile(r"(?P<whole>[0-9]+|[1-9][0-9]{0,2}(?:,[0-9]{3})+)\.(?P<fraction>[0-9]+)")  # 1,769.5


class NumberFormatError(BaocaoError):
    """Typed text that is not a number, or not one this field can take."""


def _checked(value: object) -> Number:
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise TypeError(f"expected an int or a Decimal, not {value!r}")
    if isinstance(value, Decimal) and not value.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    return value


def _group(digits: str) -> str:
    """'4616276' -> '4.616.276'."""
    head = len(digits) % 3 or 3
    return ".".join([digits[:head], *(digits[i:i + 3] for i in range(head, len(digits), 3))])


def format_number(value: Number, places: int | None = None) -> str:
    """33099 -> '33.099', Decimal('407.28') -> '407,28'; places rounds half-up and pads. Ints never get decimals."""
    value = _checked(value)
    if isinstance(value, int):
        return ("-" if value < 0 else "") + _group(str(abs(value)))
    if places is not None:
        with localcontext() as context:
            context.prec = _PRECISION
            value = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    whole, _, fraction = format(abs(value), "f").partition(".")
    sign = "-" if value < 0 else ""  # a negative zero ("-0,00") prints as 0,00
    return sign + _group(whole) + ("," + fraction if fraction else "")


def format_percent(value: Number, places: int = 2) -> str:
    """Decimal('99.7739') -> '99,77%'; an integral value has no decimals: 100 -> '100%'."""
    value = _checked(value)
    if isinstance(value, Decimal) and value == value.to_integral_value():
        value = int(value)
    return (format_number(value) if isinstance(value, int) else format_number(value, places)) + "%"


def ratio_percent(numerator: Number | None, denominator: Number | None) -> Decimal | None:
    """numerator / denominator * 100, or None when either is missing or the denominator is 0."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    with localcontext() as context:
        context.prec = _PRECISION
        return Decimal(_checked(numerator)) * 100 / Decimal(_checked(denominator))


def format_ratio(numerator: Number, denominator: Number) -> str:
    """'1.769/1.772'."""
    return f"{format_number(numerator)}/{format_number(denominator)}"


def format_amount(value: Number, unit: str) -> str:
    """'407,28 tỷ đồng', '33.099 người'; the unit '%' sticks to the number: '99,77%'."""
    if unit == "%":
        return format_percent(value)
    return f"{format_number(value)} {unit}" if unit else format_number(value)


def _canonical(body: str, text: str, sign: str, integer: bool) -> str:
    """The digits of a typed number with '.' before any decimals ('1.769,5' -> '1769.5')."""
    if _PLAIN.fullmatch(body):
        return body
    if _VI_GROUPED.fullmatch(body):
        return body.replace(".", "")
    if _EN_GROUPED.fullmatch(body) and (integer or body.count(",") > 1):
        plain = sign + body.replace(",", "")
        raise NumberFormatError("number.ambiguous", text=text, grouped=format_number(int(plain)), plain=plain)
    if match := _VI_DECIMAL.fullmatch(body):
        return match["whole"].replace(".", "") + "." + match["fraction"]
    # A dot before exactly three digits always groups thousands, so '1,769.500' is not read as English.
    if (match := _EN_DECIMAL.fullmatch(body)) and len(match["fraction"]) != 3:
        return match["whole"].replace(",", "") + "." + match["fraction"]
    raise NumberFormatError("number.invalid", text=text)


def _parse(body: str, text: str, integer: bool) -> Number:
    sign = _SIGNS.get(body[:1], "")
    if body[:1] in _SIGNS:
        body = body[1:]
    canonical = _canonical(body, text, sign, integer)
    if len(canonical.replace(".", "").lstrip("0")) > MAX_DIGITS:
        raise NumberFormatError("number.too_long", text=text, limit=MAX_DIGITS)
    if "." not in canonical:
        return int(sign + canonical)
    value = Decimal(sign + canonical)
    if not integer:
        return value
    if value != value.to_integral_value():
        raise NumberFormatError("number.not_integer", text=text)
    return int(value)


def parse_number(text: str, *, integer: bool = False) -> Number:
    """'33.099' -> 33099, '99,77' or '99.77' -> Decimal('99.77'); NumberFormatError when it cannot be read.

    Args:
        integer: the field takes whole numbers, so '1,234' (English grouping) is refused as ambiguous.
    """
    return _parse(_SPACES.sub("", text), text.strip(), integer)


def parse_percent(text: str) -> Decimal:
    """'99,77%', '99,77 %', '99.77' or '100' -> Decimal; the % sign is optional."""
    body = _SPACES.sub("", text)
    return Decimal(_parse(body.removesuffix("%"), text.strip(), integer=False))


def parse_ratio(text: str) -> tuple[Number, Number]:
    """'1.769/1.772' -> (1769, 1772); spaces around '/' are allowed."""
    parts = text.split("/")
    try:
        if len(parts) == 2:
            return parse_number(parts[0]), parse_number(parts[1])
    except NumberFormatError as error:
        raise NumberFormatError("number.ratio_invalid", text=text.strip()) from error
    raise NumberFormatError("number.ratio_invalid", text=text.strip())


# ---- dates, document numbers, heading labels ----

# Room left for a hand-written day, month or number on a printed draft.
BLANK = "\u00a0" * 6

# Điểm letters follow the Vietnamese alphabet: no f, j, w, z; "đ" after "d".
VIETNAMESE_LETTERS = ("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q",
                      "r", "s", "t", "u", "v", "x", "y")

_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def nfc(text: str) -> str:
    """Text as it is shown, printed and compared: in Unicode NFC, so each Vietnamese letter is one code
    point, and without control characters (texthygiene: NUL, ESC, U+202E …; line breaks and tabs stay)."""
    return unicodedata.normalize("NFC", clean(text)[0])


def nfc_tree(value: Any) -> Any:
    """Every string inside nested lists and dicts in NFC. Control characters stay: a file read keeps what
    it holds, so validation can name them (check.control_chars); nfc() drops them wherever text is shown."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
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


_LONG_DATE = re.compile(r"^(?:.*,\s*)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\s*$", re.IGNORECASE)
_SHORT_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


def parse_date(text: str) -> datetime.date:
    """'ngày 07 tháng 10 năm 2025', 'Hải Phòng, ngày 7 tháng 10 năm 2025' or '07/10/2025' → a date."""
    cleaned = _SPACES.sub(" ", nfc(text)).strip()
    match = _LONG_DATE.match(cleaned) or _SHORT_DATE.match(cleaned)
    if match is None:
        raise BaocaoError("date.invalid", text=text.strip())
    day, month, year = (int(part) for part in match.groups())
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise BaocaoError("date.not_a_day", text=text.strip()) from None


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


def decimal_label(parent: str, index: int) -> str:
    """The label of the index-th child of a decimally numbered heading: '2.' → '2.1.'."""
    return f"{parent.rstrip('.')}.{index}."


def heading_label(level: int, index: int) -> str:
    """The label of a heading at a level of the outline: 'I.', '1.', 'a)', then '-'."""
    if level == 1:
        return f"{roman(index)}."
    if level == 2:
        return f"{index}."
    if level == 3:
        return f"{vietnamese_letter(index)})"
    return "-"
