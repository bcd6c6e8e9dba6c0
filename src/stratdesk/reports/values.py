"""Numbers, money, days and periods as the PDF's reader writes them (`i18n.formatting`).

One `Values` per export: the language chosen for it and the plan's currency, so that a
French PDF says `1 234,56 €` and `31 déc. 2026` whatever the interface speaks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from stratdesk.domain.enums import KpiUnit
from stratdesk.i18n.formatting import (
    compact_money,
    format_date,
    format_day,
    format_number,
    format_percent,
    format_value,
    money_text,
    period_label,
)

DASH = "–"


@dataclass(frozen=True)
class Values:
    language: str
    currency: str

    def money(self, cents: int) -> str:
        return money_text(cents, self.currency, self.language)

    def compact(self, cents: int) -> str:
        return compact_money(cents, self.currency, self.language)

    def day(self, day: dt.date | None) -> str:
        return format_day(day, self.language) if day is not None else DASH

    def long_day(self, day: dt.date) -> str:
        return format_date(day, self.language, "long")

    def month(self, day: dt.date) -> str:
        """ "déc. 2026", "Dec 2026"."""
        return format_date(day, self.language, "MMM yyyy")

    def month_name(self, day: dt.date) -> str:
        """The month alone, short: "janv.", "Jan"."""
        return format_date(day, self.language, "LLL")

    def number(self, value: float | None, decimals: int = 0) -> str:
        return DASH if value is None else format_number(value, self.language, decimals)

    def percent(self, value: float | None) -> str:
        """A percent value (12.5 → "12.5%", "12,5 %")."""
        return DASH if value is None else format_percent(value, self.language)

    def value(self, value: float | None, unit: KpiUnit | str) -> str:
        """A KPI value in its unit."""
        return format_value(value, str(unit), self.currency, self.language)

    def period(self, start: dt.date, period: str) -> str:
        return period_label(start, str(period), self.language)

    def span(self, start: dt.date | None, end: dt.date | None) -> str:
        """ "2 Mar 2026 – 30 Apr 2026", one day once."""
        if start is None and end is None:
            return DASH
        if start == end or end is None:
            return self.day(start)
        return f"{self.day(start)} – {self.day(end)}"
