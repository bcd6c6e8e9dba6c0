"""Numbers, money and dates written the way a French or English reader expects."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date as _babel_date
from babel.dates import format_datetime as _babel_datetime
from babel.numbers import format_currency, format_decimal

_LOCALES = {"fr": "fr_FR", "en": "en_GB"}


def locale_for(language: str) -> str:
    return _LOCALES.get(language, "en_GB")


def format_money(cents: int, currency: str, language: str) -> str:
    """`123456` EUR → `1 234,56 €` in French, `€1,234.56` in English."""
    return format_currency(cents / 100, currency, locale=locale_for(language))


def format_number(value: float, language: str, decimals: int = 0) -> str:
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=locale_for(language))


def format_date(day: dt.date, language: str, style: str = "medium") -> str:
    return _babel_date(day, format=style, locale=locale_for(language))


def format_datetime(moment: dt.datetime, language: str, style: str = "medium") -> str:
    return _babel_datetime(moment, format=style, locale=locale_for(language))
