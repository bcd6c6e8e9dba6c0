"""Dates and periods written the way a French or English reader expects."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from babel.dates import format_date as _babel_date
from babel.dates import format_datetime as _babel_datetime
from babel.dates import get_day_names, get_month_names

from stratdesk.i18n.catalog import translate
from stratdesk.i18n.formatting.locales import locale_for

WEEK, MONTH, QUARTER = "week", "month", "quarter"  # `KpiPeriod` values

NameWidth = Literal["abbreviated", "narrow", "wide"]  # ("short" too, for days)
NameContext = Literal["format", "stand-alone"]


def format_date(day: dt.date, language: str, style: str = "medium") -> str:
    """`day` in a babel style ("short", "medium", "long") or a CLDR pattern ("LLL yyyy")."""
    return _babel_date(day, format=style, locale=locale_for(language))


def month_names(
    language: str, width: NameWidth = "wide", context: NameContext = "format"
) -> dict[int, str]:
    """Month number → name ("wide"/"abbreviated"; "format" or "stand-alone" inflection)."""
    return dict(get_month_names(width, context, locale_for(language)))


def day_names(
    language: str, width: NameWidth | Literal["short"] = "wide", context: NameContext = "format"
) -> dict[int, str]:
    """Weekday number (0 = Monday) → name."""
    return dict(get_day_names(width, context, locale_for(language)))


def format_datetime(moment: dt.datetime, language: str, style: str = "medium") -> str:
    return _babel_datetime(moment, format=style, locale=locale_for(language))


def format_day(day: dt.date, language: str) -> str:
    """ "2 Mar 2026" / "2 mars 2026": a day in a table, a card or a chart."""
    return _babel_date(day, format="d MMM yyyy", locale=locale_for(language))


def period_label(start: dt.date, period: str, language: str) -> str:
    """The period starting on `start` as people say it: "Mar 2026", "Q2 2026",
    "Week of 2 Mar 2026". `period` is a `KpiPeriod` value ("week", "month", "quarter")."""
    if period == MONTH:
        return _babel_date(start, format="MMM yyyy", locale=locale_for(language))
    if period == QUARTER:
        return translate("KpiLabels", "Q{quarter} {year}").format(
            quarter=(start.month - 1) // 3 + 1, year=start.year
        )
    return translate("KpiLabels", "Week of {day}").format(day=format_day(start, language))
