"""Numbers as Vietnamese documents write them: a dot between thousands, a comma before decimals.

Values are int or Decimal, never float. Parsing also accepts the English habit whenever the text
cannot be read two ways, and otherwise refuses with a coded message that says how to type it.
"""

import re
from decimal import ROUND_HALF_UP, Decimal, localcontext

from desktop.core.errors import BaocaoError

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
