"""Read numbers as people and real-world exports write them: `1 234,56`, `1.234,56`,
`1,234.56`, `12,5 %`.

Thousands may be grouped with spaces (also NBSP U+00A0 and narrow NBSP U+202F, as French
software writes them), apostrophes, dots or commas. A number with both a comma and a dot has
its decimal separator last. A lone separator is ambiguous ("1,234"): without a hint it is the
decimal separator (French first); an importer reads a whole column to give the hint
(`stratdesk.io.number_parsing.guess_decimal_separator`). Percentages stay percent values
(`12,5 %` → 12.5); currency signs are dropped; `(12)` is −12 as accountants write it; `-`,
`--`, `n/a` and empty cells are "no value" (None).
"""

from __future__ import annotations

import math
import re

from stratdesk.i18n.catalog import translate
from stratdesk.i18n.formatting.errors import UnreadableNumber

EMPTY_MARKERS = frozenset({"", "-", "--", "---", "—", "–", "n/a", "#n/a", "na", "s.o."})
_SPACES = " \u00a0\u202f\u2009\u2007"
_GROUPING = _SPACES + "'’"
_CURRENCY = re.compile(r"(?i)[€$£¥]|\b(?:eur|usd|gbp|chf|cad)\b")
_EXPONENT = re.compile(r"^(\d+)(?:[.,](\d+))?[eE]([+-]?\d+)$")
_SPREADSHEET_ERROR = re.compile(r"^#[A-Z0-9/]+[!?]?$")


def _not_a_number(text: str) -> UnreadableNumber:
    return UnreadableNumber(translate("Import", "“{text}” is not a number").format(text=text))


def strip_symbols(text: str) -> tuple[str, bool]:
    """The text without currency and percent signs, and whether it was in parentheses (−)."""
    body = _CURRENCY.sub("", text).replace("\u2212", "-").strip(_SPACES)
    negative = body.startswith("(") and body.endswith(")")
    if negative:
        body = body[1:-1].strip(_SPACES)
    body = body.removesuffix("%").removeprefix("%").strip(_SPACES)
    # A currency sign may sit between the sign and the digits ("-€12", "€ -12").
    return _CURRENCY.sub("", body).strip(_SPACES), negative


def _check_groups(integer: str, separators: str, text: str) -> str:
    groups = re.split(f"[{re.escape(separators)}]", integer)
    if len(groups) > 1 and (not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:])):
        raise _not_a_number(text)
    digits = "".join(groups)
    if not digits.isdigit() or not digits.isascii():
        raise _not_a_number(text)
    return digits


def _split_decimal(body: str, hint: str | None) -> tuple[str, str | None, str]:
    """(integer part, decimal part or None, thousands separators in use)."""
    commas, dots = body.count(","), body.count(".")
    decimal: str | None
    if commas and dots:
        decimal = "," if body.rfind(",") > body.rfind(".") else "."
    elif commas + dots == 1:
        mark = "," if commas else "."
        decimal = mark if hint in (None, mark) else None
    elif commas or dots:
        decimal = None  # "1,234,567" or "1.234.567": grouping only
    else:
        return body, None, _GROUPING
    if decimal is None:
        return body, None, _GROUPING + ("," if commas else ".")
    integer, _, fraction = body.rpartition(decimal)
    if not fraction.isdigit() or not fraction.isascii():
        raise ValueError
    return integer, fraction, _GROUPING + ("." if decimal == "," else ",")


def parse_number(value: object, *, decimal_hint: str | None = None) -> float | None:
    """The number in `value`, None for an empty cell; `UnreadableNumber` (a ValueError) with
    the reason otherwise.

    `decimal_hint` ("," or ".") settles a lone separator followed by three digits.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise _not_a_number(str(value))
    if isinstance(value, int | float):
        if not math.isfinite(value):
            raise _not_a_number(str(value))
        return float(value)
    text = str(value).strip(_SPACES + "\t\r\n")
    if text.casefold() in EMPTY_MARKERS:
        return None
    if _SPREADSHEET_ERROR.match(text):
        raise UnreadableNumber(
            translate("Import", "the cell holds a spreadsheet error ({text})").format(text=text)
        )
    body, negative = strip_symbols(text)
    sign = -1.0 if negative else 1.0
    if body and body[0] in "+-":
        sign = -sign if body[0] == "-" else sign
        body = body[1:].strip(_SPACES)
    exponent = _EXPONENT.match(body)
    if exponent:
        whole, fraction, power = exponent.groups()
        number = sign * float(f"{whole}.{fraction or '0'}e{power}")
    else:
        try:
            integer, fraction, separators = _split_decimal(body, decimal_hint)
        except ValueError:
            raise _not_a_number(text) from None
        if not integer and not fraction:
            raise _not_a_number(text)
        digits = _check_groups(integer, separators, text) if integer else "0"
        number = sign * float(f"{digits}.{fraction or '0'}")
    if not math.isfinite(number):
        raise _not_a_number(text)
    return number
