"""Typed dates: the short form of each language, ISO, month names; what cannot be read says why."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stratdesk.i18n import current_language, set_language
from stratdesk.i18n.dates import (
    format_typed_date,
    parse_typed_date,
    picker_month,
    typed_date_hint,
)
from stratdesk.i18n.formatting import format_date

LANGUAGES = ("fr", "en")
# Four-digit years: a date is typed with its year in full or as two digits of this century.
days = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31))


@pytest.fixture
def french() -> Iterator[None]:
    before = current_language()
    set_language("fr")
    yield
    set_language(before)


@given(day=days, language=st.sampled_from(LANGUAGES))
def test_what_an_editor_shows_reads_back(day: dt.date, language: str) -> None:
    assert parse_typed_date(format_typed_date(day, language), language) == day
    assert parse_typed_date(day.isoformat(), language) == day


@given(
    day=days,
    language=st.sampled_from(LANGUAGES),
    style=st.sampled_from(["short", "medium", "long", "full"]),
)
def test_every_written_form_of_a_date_reads_back(day: dt.date, language: str, style: str) -> None:
    # What the tables, the PDF and a spreadsheet show can be pasted back into a date field.
    written = format_date(day, language, style)
    assert parse_typed_date(written, language) == day, written


@given(day=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_two_digit_years_are_this_century(day: dt.date) -> None:
    typed = f"{day.day}/{day.month}/{day.year % 100:02d}"
    assert parse_typed_date(typed, "fr") == day


@pytest.mark.parametrize(
    ("typed", "language", "expected"),
    [
        ("31/01/2027", "fr", dt.date(2027, 1, 31)),
        ("31/01/2027", "en", dt.date(2027, 1, 31)),  # British English: the day first
        ("1/2/27", "fr", dt.date(2027, 2, 1)),
        ("  31 / 01 / 2027 ", "fr", dt.date(2027, 1, 31)),
        ("31.01.2027", "fr", dt.date(2027, 1, 31)),
        ("31-01-2027", "en", dt.date(2027, 1, 31)),
        ("2027-01-31", "fr", dt.date(2027, 1, 31)),
        ("2027/1/31", "en", dt.date(2027, 1, 31)),
        ("1er janvier 2027", "fr", dt.date(2027, 1, 1)),
        ("15 aout 2027", "fr", dt.date(2027, 8, 15)),  # accents optional
        ("15 AOÛT 27", "fr", dt.date(2027, 8, 15)),
        ("3 juil. 2027", "fr", dt.date(2027, 7, 3)),
        ("30 Sep 2027", "en", dt.date(2027, 9, 30)),
        ("30 Sept 2027", "en", dt.date(2027, 9, 30)),
        ("29/02/2028", "fr", dt.date(2028, 2, 29)),  # a leap year
    ],
)
def test_typed_forms(typed: str, language: str, expected: dt.date) -> None:
    assert parse_typed_date(typed, language) == expected


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("31/02/2027", "“31/02/2027” is not a date: February 2027 has 28 days."),
        ("29/02/2027", "“29/02/2027” is not a date: February 2027 has 28 days."),
        ("31/04/2027", "“31/04/2027” is not a date: April 2027 has 30 days."),
        ("0/1/2027", "“0/1/2027” is not a date: January 2027 has 31 days."),
        ("12/13/2027", "“12/13/2027” is not a date: there is no month 13."),
        ("2027-00-10", "“2027-00-10” is not a date: there is no month 0."),
        ("garbage", "“garbage” is not a date: type it as dd/mm/yyyy or yyyy-mm-dd."),
        ("31/01/027", "“31/01/027” is not a date: type it as dd/mm/yyyy or yyyy-mm-dd."),
        ("31/01", "“31/01” is not a date: type it as dd/mm/yyyy or yyyy-mm-dd."),
        ("20270131", "“20270131” is not a date: type it as dd/mm/yyyy or yyyy-mm-dd."),
        ("31 ju 2027", "“31 ju 2027” is not a date: type it as dd/mm/yyyy or yyyy-mm-dd."),
        ("0999-01-01", "“0999-01-01” is not a date: write the year with four digits."),
        ("   ", "Type a date as dd/mm/yyyy."),
    ],
)
def test_what_cannot_be_read_says_why(typed: str, message: str) -> None:
    with pytest.raises(ValueError) as refused:
        parse_typed_date(typed, "en")
    assert str(refused.value) == message


def test_ambiguous_month_starts_are_refused() -> None:
    for typed in ("3 ju 2027", "3 jui 2027", "3 ma 2027"):  # juin or juillet; mars or mai
        with pytest.raises(ValueError):
            parse_typed_date(typed, "fr")


def test_a_long_text_is_shortened_in_the_message() -> None:
    with pytest.raises(ValueError) as refused:
        parse_typed_date("x" * 500, "en")
    assert len(str(refused.value)) < 120


def test_messages_are_french_in_french(french: None) -> None:
    assert typed_date_hint() == "jj/mm/aaaa"
    with pytest.raises(ValueError) as refused:
        parse_typed_date("31/02/2027", "fr")
    sp = "\u00a0"  # French puts a no-break space inside « » and before ":"
    expected = f"«{sp}31/02/2027{sp}» n’est pas une date{sp}: février 2027 compte 28{sp}jours."
    assert str(refused.value) == expected
    with pytest.raises(ValueError) as refused:
        parse_typed_date("n’importe quoi", "fr")
    assert "jj/mm/aaaa" in str(refused.value) and "aaaa-mm-jj" in str(refused.value)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (dt.date(2027, 5, 14), dt.date(2027, 5, 14)),  # inside the plan: today
        (dt.date(2026, 1, 1), dt.date(2026, 1, 1)),
        (dt.date(2028, 12, 31), dt.date(2028, 12, 31)),
        (dt.date(2025, 12, 31), dt.date(2026, 1, 1)),  # before the plan: its first day
        (dt.date(2031, 3, 2), dt.date(2026, 1, 1)),  # after it: its first day too
    ],
)
def test_the_picker_opens_today_inside_the_plan_else_on_its_start(
    today: dt.date, expected: dt.date
) -> None:
    assert picker_month(today, 2026, 2028) == expected
