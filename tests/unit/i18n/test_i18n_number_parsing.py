"""Numbers as French and English people and exports write them (the shared parser)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stratdesk.i18n.formatting import UnreadableNumber, parse_number

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 234,56", 1234.56),
        (f"1{NBSP}234,56", 1234.56),
        (f"1{NNBSP}234{NNBSP}567,8", 1234567.8),
        ("1.234,56", 1234.56),
        ("1,234.56", 1234.56),
        ("1'234.5", 1234.5),
        ("12,5 %", 12.5),
        ("12,5%", 12.5),
        ("2.64%", 2.64),
        ("€ 12", 12.0),
        ("12 €", 12.0),
        (f"1{NBSP}250,50{NBSP}€", 1250.5),
        ("-€12", -12.0),
        ("$1,234.00", 1234.0),
        ("12 EUR", 12.0),
        ("(12)", -12.0),
        ("(1 234,50 €)", -1234.5),
        ("-3,5", -3.5),
        ("\u2212 3,5", -3.5),
        ("+7", 7.0),
        ("0,123", 0.123),
        (",5", 0.5),
        ("12.345.678", 12345678.0),
        ("1,234,567", 1234567.0),
        ("1,5E+03", 1500.0),
        ("2.5e-2", 0.025),
        ("  42 ", 42.0),
        (42, 42.0),
        (3.25, 3.25),
    ],
)
def test_parse_number(text: object, expected: float) -> None:
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["", "   ", "-", "--", "—", "N/A", "#N/A", None])
def test_empty_markers_are_no_value(text: object) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    "text", ["abc", "12,34,5", "1 23", "%", "€", "5.", "1,2.3", "1.2.3", "12a", "1..2", "--5"]
)
def test_other_text_is_refused_with_the_text_in_the_reason(text: str) -> None:
    with pytest.raises(UnreadableNumber, match="is not a number") as caught:
        parse_number(text)
    assert text in caught.value.message


@pytest.mark.parametrize("bad", [float("inf"), float("nan"), True, "1e999"])
def test_non_finite_numbers_and_booleans_are_refused(bad: object) -> None:
    with pytest.raises(ValueError):
        parse_number(bad)


def test_spreadsheet_errors_say_so() -> None:
    with pytest.raises(ValueError, match="spreadsheet error"):
        parse_number("#DIV/0!")


def test_a_lone_separator_is_decimal_unless_the_hint_says_otherwise() -> None:
    assert parse_number("1,234") == pytest.approx(1.234)
    assert parse_number("1.234") == pytest.approx(1.234)
    assert parse_number("1,234", decimal_hint=".") == 1234.0
    assert parse_number("1.234", decimal_hint=",") == 1234.0
    assert parse_number("1,5", decimal_hint=",") == 1.5
    with pytest.raises(ValueError):
        parse_number("12,5", decimal_hint=".")  # "12,5" cannot be a thousands grouping


def _french(number: float, decimals: int, space: str) -> str:
    """A number written the French way: grouped thousands, comma decimal."""
    whole, _, fraction = f"{abs(number):,.{decimals}f}".partition(".")
    text = whole.replace(",", space) + ("," + fraction if fraction else "")
    return ("-" if number < 0 else "") + text


@given(
    st.floats(min_value=-1e12, max_value=1e12, allow_nan=False),
    st.integers(0, 4),
    st.sampled_from([" ", NBSP, NNBSP]),
    st.sampled_from(["", " %", " €", "€"]),
)
def test_french_numbers_round_trip(number: float, decimals: int, space: str, unit: str) -> None:
    text = _french(number, decimals, space) + unit
    expected = round(number, decimals)
    assert parse_number(text) == pytest.approx(expected, abs=1e-9)
    assert parse_number(text, decimal_hint=",") == pytest.approx(expected, abs=1e-9)


@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False), st.integers(0, 4))
def test_english_numbers_round_trip_with_their_hint(number: float, decimals: int) -> None:
    text = f"{number:,.{decimals}f}"
    assert parse_number(text, decimal_hint=".") == pytest.approx(round(number, decimals), abs=1e-9)
