"""Days as exports write them, and Excel serial dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl.utils.datetime import from_excel

from stratdesk.io.date_parsing import excel_serial_to_date, parse_date

D = dt.date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("31/03/2024", D(2024, 3, 31)),
        ("1/3/2024", D(2024, 3, 1)),
        ("31.03.2024", D(2024, 3, 31)),
        ("31-03-2024", D(2024, 3, 31)),
        ("01/03/24", D(2024, 3, 1)),
        ("2024-03-31", D(2024, 3, 31)),
        ("2024/03/31", D(2024, 3, 31)),
        ("2024-03-31T10:15:00", D(2024, 3, 31)),
        ("2024-03-31 10:15:00", D(2024, 3, 31)),
        ("31/03/2024 08:00", D(2024, 3, 31)),
        ("20240331", D(2024, 3, 31)),
        ("45382", D(2024, 3, 31)),
        ("45382,75", D(2024, 3, 31)),
        ("4 mars 2024", D(2024, 3, 4)),
        ("1er avril 2024", D(2024, 4, 1)),
        ("lundi 4 mars 2024", D(2024, 3, 4)),
        ("mar. 5 mars 2024", D(2024, 3, 5)),
        ("4 févr. 2024", D(2024, 2, 4)),
        ("Mon, Mar 4, 2024", D(2024, 3, 4)),
        ("March 4, 2024", D(2024, 3, 4)),
        ("04-Mar-2024", D(2024, 3, 4)),
        (dt.datetime(2024, 3, 1, 13, 30), D(2024, 3, 1)),
        (D(2024, 3, 1), D(2024, 3, 1)),
        (45352, D(2024, 3, 1)),
        (45352.99, D(2024, 3, 1)),
    ],
)
def test_parse_date(value: object, expected: dt.date) -> None:
    assert parse_date(value) == expected


def test_month_first_when_asked() -> None:
    assert parse_date("03/31/2024", day_first=False) == D(2024, 3, 31)
    with pytest.raises(ValueError, match="not a valid date"):
        parse_date("03/31/2024")


@pytest.mark.parametrize("value", [None, "", " ", "--", "-", "n/a"])
def test_empty_cells_have_no_date(value: object) -> None:
    assert parse_date(value) is None


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("31/02/2024", "not a valid date"),
        ("2023-02-29", "not a valid date"),
        ("hello", "is not a date"),
        ("2024", "is not a date"),  # a year, not a day
        ("12", "is not a date"),
        ("4 foo 2024", "is not a date"),
        (True, "is not a date"),
        (dt.time(10, 0), "is not a date"),
        (0, "outside the range"),
        (-5, "outside the range"),
        (float("nan"), "outside the range"),
        (60, "never existed"),
    ],
)
def test_bad_dates_are_refused_with_a_reason(value: object, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_date(value)


def test_excel_serials_around_the_fake_leap_day() -> None:
    assert excel_serial_to_date(1) == D(1900, 1, 1)
    assert excel_serial_to_date(59) == D(1900, 2, 28)
    assert excel_serial_to_date(61) == D(1900, 3, 1)
    assert excel_serial_to_date(45292) == D(2024, 1, 1)
    assert excel_serial_to_date(2_958_465) == D(9999, 12, 31)
    with pytest.raises(ValueError):
        excel_serial_to_date(2_958_466)


@given(st.integers(1, 2_958_465).filter(lambda n: n != 60))
def test_serials_agree_with_openpyxl(serial: int) -> None:
    assert excel_serial_to_date(serial) == from_excel(serial).date()


@given(st.dates(D(1901, 1, 1), D(2099, 12, 31)))
def test_french_and_iso_dates_round_trip(day: dt.date) -> None:
    assert parse_date(day.strftime("%d/%m/%Y")) == day
    assert parse_date(day.strftime("%d.%m.%Y")) == day
    assert parse_date(day.isoformat()) == day
