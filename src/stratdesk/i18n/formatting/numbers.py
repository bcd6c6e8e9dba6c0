"""Numbers written for a French or English reader: plain, percent, and in a KPI's unit.

KPI values hold plan-currency units for money (not cents) and percent values for percentages
(2.4 means 2.4 %). The unit is a `KpiUnit` value ("count", "currency", "percent", "ratio"):
the i18n layer sits below the domain, so it compares values, not members.
"""

from __future__ import annotations

import math

from babel import Locale
from babel.numbers import format_decimal
from babel.numbers import format_percent as _babel_percent

from stratdesk.i18n.formatting.locales import locale_for
from stratdesk.i18n.formatting.money import format_money

CURRENCY, PERCENT, RATIO = "currency", "percent", "ratio"


def format_number(value: float, language: str, decimals: int = 0) -> str:
    """`1234.5` → `1 234,5` (fr, with `decimals=1`) or `1,234.5` (en)."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=locale_for(language))


def format_percent(value: float, language: str) -> str:
    """A percent value, up to two decimals: `2.4` → `2.4%` (en), `2,4 %` (fr)."""
    locale = locale_for(language)
    pattern = Locale.parse(locale).percent_formats[None].pattern
    return _babel_percent(value / 100, format=pattern.replace("#,##0", "#,##0.##"), locale=locale)


def count_text(count: int, one: str, many: str) -> str:
    """ "1 vote" / "{n} votes", already translated (English has no plural catalogue)."""
    return one if count == 1 else many.format(n=count)


def format_value(value: float | None, unit: str, currency: str, language: str) -> str:
    """ "€1,234.50", "2.4%", "3.2×", "1,500" (English); "1 234,50 €", "2,4 %" (French)."""
    if value is None or not math.isfinite(value):
        return "–"
    if unit == CURRENCY:
        return format_money(round(value * 100), currency, language)
    if unit == PERCENT:
        return format_percent(value, language)
    text = format_decimal(value, format="#,##0.##", locale=locale_for(language))
    return f"{text}×" if unit == RATIO else text


def format_change(change: float | None, unit: str, currency: str, language: str) -> str:
    """A change with its sign and an arrow that does not need colour: "▲ +12", "▼ −0.4%"."""
    if change is None or not math.isfinite(change):
        return ""
    if abs(change) < 1e-12:
        return "▶ " + format_value(0.0, unit, currency, language)
    arrow, sign = ("▲", "+") if change > 0 else ("▼", "−")
    return f"{arrow} {sign}{format_value(abs(change), unit, currency, language)}"
