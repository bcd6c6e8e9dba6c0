"""Budgets typed and shown the way a French or English reader writes them, stored in cents."""

from __future__ import annotations

import pytest

from stratdesk.i18n.formatting import UnreadableNumber, amount_text, money_text, parse_amount

NNBSP, NBSP = "\u202f", "\u00a0"


@pytest.mark.parametrize(
    ("text", "language", "cents"),
    [
        ("1 234,56", "fr", 123456),
        (f"1{NNBSP}234,56{NBSP}€", "fr", 123456),  # copied from a total on screen
        ("1234,5", "fr", 123450),
        ("12.50", "fr", 1250),  # the keypad's dot, as French keyboards send it
        ("€ 80", "fr", 8000),
        ("EUR 3 000", "fr", 300000),
        ("", "fr", 0),
        ("   ", "en", 0),
        ("1,234.56", "en", 123456),
        ("1234.56", "en", 123456),
        ("€1,000", "en", 100000),
        ("+7", "en", 700),
        ("0.1", "en", 10),
        ("99999999.99", "en", 9999999999),
    ],
)
def test_amounts_are_read_as_typed(text: str, language: str, cents: int) -> None:
    assert parse_amount(text, "EUR", "budget_planned_cents", language) == cents


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        ("-5", "fr", "cannot be negative"),
        ("−12,00", "fr", "cannot be negative"),
        ("abc", "fr", "is not an amount"),
        ("12,3,4", "fr", "is not an amount"),
        ("1,234", "fr", "more than two decimals"),
        ("1,23,456.00", "en", "is not an amount"),
        ("12,5", "en", "is not an amount"),
        ("1.234", "en", "more than two decimals"),
        ("1e5", "en", "is not an amount"),
    ],
)
def test_bad_amounts_are_refused_with_a_reason(text: str, language: str, words: str) -> None:
    with pytest.raises(UnreadableNumber) as refused:
        parse_amount(text, "EUR", "budget_actual_cents", language)
    assert words in refused.value.message
    assert refused.value.field == "budget_actual_cents"


def test_the_refusal_shows_how_to_type_it() -> None:
    with pytest.raises(UnreadableNumber, match=r"1 234,56"):
        parse_amount("douze", "EUR", "budget_planned_cents", "fr")
    with pytest.raises(UnreadableNumber, match=r"1,234\.56"):
        parse_amount("twelve", "EUR", "budget_planned_cents", "en")


def test_money_is_shown_in_the_locale_with_the_currency() -> None:
    assert money_text(123456, "EUR", "fr") == f"1{NNBSP}234,56{NBSP}€"
    assert money_text(123456, "EUR", "en") == "€1,234.56"
    assert money_text(0, "CHF", "fr").startswith("0,00")


@pytest.mark.parametrize("cents", [0, 5, 123456, 100_000_000_00, 9_999_999_999])
@pytest.mark.parametrize("language", ["fr", "en"])
def test_what_is_shown_for_editing_reads_back_the_same(cents: int, language: str) -> None:
    text = amount_text(cents, language)
    assert parse_amount(text, "EUR", "budget_planned_cents", language) == cents
    assert text == {"fr": "1 234,56", "en": "1,234.56"}[language] or cents != 123456
