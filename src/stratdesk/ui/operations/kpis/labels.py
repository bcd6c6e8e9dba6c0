"""Translated labels of the KPI vocabularies, and periods written as people say them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from stratdesk.domain.enums import KpiDirection, KpiFormula, KpiPeriod, KpiUnit


def units() -> tuple[tuple[KpiUnit, str], ...]:
    return (
        (KpiUnit.COUNT, QCoreApplication.translate("KpiLabels", "Count")),
        (KpiUnit.CURRENCY, QCoreApplication.translate("KpiLabels", "Currency")),
        (KpiUnit.PERCENT, QCoreApplication.translate("KpiLabels", "Percent")),
        (KpiUnit.RATIO, QCoreApplication.translate("KpiLabels", "Ratio")),
    )


def directions() -> tuple[tuple[KpiDirection, str], ...]:
    return (
        (
            KpiDirection.HIGHER_IS_BETTER,
            QCoreApplication.translate("KpiLabels", "Higher is better"),
        ),
        (KpiDirection.LOWER_IS_BETTER, QCoreApplication.translate("KpiLabels", "Lower is better")),
    )


def periods() -> tuple[tuple[KpiPeriod, str], ...]:
    return (
        (KpiPeriod.WEEK, QCoreApplication.translate("KpiLabels", "Week")),
        (KpiPeriod.MONTH, QCoreApplication.translate("KpiLabels", "Month")),
        (KpiPeriod.QUARTER, QCoreApplication.translate("KpiLabels", "Quarter")),
    )


def formulas() -> tuple[tuple[KpiFormula, str], ...]:
    return (
        (KpiFormula.DIRECT, QCoreApplication.translate("KpiLabels", "Entered directly")),
        (KpiFormula.CTR, QCoreApplication.translate("KpiLabels", "CTR (click-through rate)")),
        (KpiFormula.CPC, QCoreApplication.translate("KpiLabels", "CPC (cost per click)")),
        (
            KpiFormula.CPM,
            QCoreApplication.translate("KpiLabels", "CPM (cost per thousand impressions)"),
        ),
        (
            KpiFormula.CPA,
            QCoreApplication.translate("KpiLabels", "CPA / CAC (cost per acquisition)"),
        ),
        (KpiFormula.ROAS, QCoreApplication.translate("KpiLabels", "ROAS (return on ad spend)")),
        (KpiFormula.ROI, QCoreApplication.translate("KpiLabels", "ROI (return on investment)")),
        (KpiFormula.CONVERSION_RATE, QCoreApplication.translate("KpiLabels", "Conversion rate")),
        (KpiFormula.LTV, QCoreApplication.translate("KpiLabels", "LTV (customer lifetime value)")),
        (KpiFormula.CHURN, QCoreApplication.translate("KpiLabels", "Churn rate")),
        (KpiFormula.NPS, QCoreApplication.translate("KpiLabels", "NPS (net promoter score)")),
        (KpiFormula.SHARE_OF_VOICE, QCoreApplication.translate("KpiLabels", "Share of voice")),
        (KpiFormula.MARKET_SHARE, QCoreApplication.translate("KpiLabels", "Market share")),
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
        return QCoreApplication.translate("KpiLabels", "Q{quarter} {year}").format(
            quarter=(start.month - 1) // 3 + 1, year=start.year
        )
    return QCoreApplication.translate("KpiLabels", "Week of {day}").format(
        day=locale.toString(day, "d MMM yyyy")
    )
