"""KPI values written for the plan's language: money, percentages, ratios and counts.

Qt-free on purpose (babel, like the PDF), so that the tiles, the tables and the chart's
readout all write a value the same way. Money KPIs hold plan-currency units (not cents);
percentages hold percent values (2.4 means 2.4 %).
"""

from __future__ import annotations

import math

from babel import Locale
from babel.numbers import format_decimal, format_percent

from stratdesk.domain.enums import KpiUnit
from stratdesk.i18n.formatting import format_money, locale_for


def format_value(value: float | None, unit: KpiUnit, currency: str, language: str) -> str:
    """ "€1,234.50", "2.4%", "3.2×", "1,500" (English); "1 234,50 €", "2,4 %" (French)."""
    if value is None or not math.isfinite(value):
        return "–"
    locale = locale_for(language)
    if unit == KpiUnit.CURRENCY:
        return format_money(round(value * 100), currency, language)
    if unit == KpiUnit.PERCENT:
        pattern = Locale.parse(locale).percent_formats[None].pattern
        return format_percent(
            value / 100, format=pattern.replace("#,##0", "#,##0.##"), locale=locale
        )
    text = format_decimal(value, format="#,##0.##", locale=locale)
    return f"{text}×" if unit == KpiUnit.RATIO else text


def format_change(change: float | None, unit: KpiUnit, currency: str, language: str) -> str:
    """A change with its sign and an arrow that does not need colour: "▲ +12", "▼ −0.4%"."""
    if change is None or not math.isfinite(change):
        return ""
    if abs(change) < 1e-12:
        return "▶ " + format_value(0.0, unit, currency, language)
    arrow, sign = ("▲", "+") if change > 0 else ("▼", "−")
    return f"{arrow} {sign}{format_value(abs(change), unit, currency, language)}"
