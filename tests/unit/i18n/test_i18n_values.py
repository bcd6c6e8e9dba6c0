"""KPI values and periods written for the reader: units, languages, signs without colour."""

from __future__ import annotations

import datetime as dt

import pytest

from stratdesk.domain.enums import KpiPeriod, KpiUnit
from stratdesk.i18n.formatting import format_change, format_value, period_label

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    ("value", "unit", "language", "expected"),
    [
        (1234.5, KpiUnit.CURRENCY, "en", "€1,234.50"),
        (1234.5, KpiUnit.CURRENCY, "fr", f"1{NNBSP}234,50{NBSP}€"),
        (2.4, KpiUnit.PERCENT, "en", "2.4%"),
        (2.4, KpiUnit.PERCENT, "fr", f"2,4{NBSP}%"),
        (3.256, KpiUnit.RATIO, "en", "3.26×"),
        (12345.0, KpiUnit.COUNT, "en", "12,345"),
        (-12.0, KpiUnit.COUNT, "fr", "-12"),
        (None, KpiUnit.COUNT, "en", "–"),
        (float("nan"), KpiUnit.PERCENT, "en", "–"),
    ],
)
def test_format_value(value: float | None, unit: KpiUnit, language: str, expected: str) -> None:
    assert format_value(value, unit, "EUR", language) == expected


def test_format_value_uses_the_plans_currency() -> None:
    assert format_value(45.5, KpiUnit.CURRENCY, "USD", "en") == "US$45.50"


def test_format_change_has_an_arrow_and_a_sign() -> None:
    assert format_change(15.0, KpiUnit.COUNT, "EUR", "en") == "▲ +15"
    assert format_change(-4.46, KpiUnit.CURRENCY, "EUR", "en") == "▼ −€4.46"
    assert format_change(0.0, KpiUnit.PERCENT, "EUR", "en") == "▶ 0%"
    assert format_change(None, KpiUnit.COUNT, "EUR", "en") == ""


def test_period_labels() -> None:
    assert period_label(dt.date(2026, 3, 1), KpiPeriod.MONTH, "en") == "Mar 2026"
    assert period_label(dt.date(2026, 4, 1), KpiPeriod.QUARTER, "en") == "Q2 2026"
    assert period_label(dt.date(2026, 1, 5), KpiPeriod.WEEK, "en") == "Week of 5 Jan 2026"
    assert period_label(dt.date(2026, 2, 1), KpiPeriod.MONTH, "fr") == "févr. 2026"
