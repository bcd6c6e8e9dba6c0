"""Translated labels of the KPI vocabularies, and periods written as people say them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from stratdesk.domain.enums import KpiDirection, KpiFormula, KpiPeriod, KpiUnit


def _tr(text: str) -> str:
    return QCoreApplication.translate("KpiLabels", text)


def units() -> tuple[tuple[KpiUnit, str], ...]:
    return (
        (KpiUnit.COUNT, _tr("Count")),
        (KpiUnit.CURRENCY, _tr("Currency")),
        (KpiUnit.PERCENT, _tr("Percent")),
        (KpiUnit.RATIO, _tr("Ratio")),
    )


def directions() -> tuple[tuple[KpiDirection, str], ...]:
    return (
        (KpiDirection.HIGHER_IS_BETTER, _tr("Higher is better")),
        (KpiDirection.LOWER_IS_BETTER, _tr("Lower is better")),
    )


def periods() -> tuple[tuple[KpiPeriod, str], ...]:
    return (
        (KpiPeriod.WEEK, _tr("Week")),
        (KpiPeriod.MONTH, _tr("Month")),
        (KpiPeriod.QUARTER, _tr("Quarter")),
    )


def formulas() -> tuple[tuple[KpiFormula, str], ...]:
    return (
        (KpiFormula.DIRECT, _tr("Entered directly")),
        (KpiFormula.CTR, _tr("CTR (click-through rate)")),
        (KpiFormula.CPC, _tr("CPC (cost per click)")),
        (KpiFormula.CPM, _tr("CPM (cost per thousand impressions)")),
        (KpiFormula.CPA, _tr("CPA / CAC (cost per acquisition)")),
        (KpiFormula.ROAS, _tr("ROAS (return on ad spend)")),
        (KpiFormula.ROI, _tr("ROI (return on investment)")),
        (KpiFormula.CONVERSION_RATE, _tr("Conversion rate")),
        (KpiFormula.LTV, _tr("LTV (customer lifetime value)")),
        (KpiFormula.CHURN, _tr("Churn rate")),
        (KpiFormula.NPS, _tr("NPS (net promoter score)")),
        (KpiFormula.SHARE_OF_VOICE, _tr("Share of voice")),
        (KpiFormula.MARKET_SHARE, _tr("Market share")),
    )


def label_of(choices: tuple[tuple[object, str], ...], value: object) -> str:
    return next((text for stored, text in choices if stored == value), str(value))


def period_label(start: dt.date, period: KpiPeriod, locale: QLocale | None = None) -> str:
    """ "Mar 2026", "Q2 2026", "Week of 2 Mar 2026" (in the interface's language)."""
    locale = locale or QLocale()
    day = QDate(start.year, start.month, start.day)
    if period == KpiPeriod.MONTH:
        return locale.toString(day, "MMM yyyy")
    if period == KpiPeriod.QUARTER:
        return _tr("Q{quarter} {year}").format(quarter=(start.month - 1) // 3 + 1, year=start.year)
    return _tr("Week of {day}").format(day=locale.toString(day, "d MMM yyyy"))
