"""Numbers, money, percentages, dates and periods: written and read the same way everywhere.

Qt-free, so that the interface, the PDF, the spreadsheet export and the command line write a
value alike and read back what they wrote. Every function takes the language ("fr", "en");
the interface passes its own (`stratdesk.ui.language.ui_language`), a report its plan's.

- `numbers`: plain numbers, percentages, KPI values by unit, "1 vote"/"{n} votes".
- `money`: amounts in cents, shown with their currency, typed and read back without it.
- `dates`: days, date-times and KPI periods ("Q2 2026").
- `parsing`: numbers as people and exports type them (`parse_number`).
"""

from __future__ import annotations

from stratdesk.i18n.formatting.dates import (
    day_names,
    format_date,
    format_datetime,
    format_day,
    month_names,
    period_label,
)
from stratdesk.i18n.formatting.errors import UnreadableNumber
from stratdesk.i18n.formatting.locales import LOCALES, locale_for
from stratdesk.i18n.formatting.money import (
    amount_text,
    compact_money,
    currency_symbol,
    format_money,
    money_text,
    parse_amount,
)
from stratdesk.i18n.formatting.numbers import (
    count_text,
    format_change,
    format_number,
    format_percent,
    format_value,
)
from stratdesk.i18n.formatting.parsing import EMPTY_MARKERS, parse_number, strip_symbols

__all__ = [
    "EMPTY_MARKERS",
    "LOCALES",
    "UnreadableNumber",
    "amount_text",
    "compact_money",
    "count_text",
    "currency_symbol",
    "day_names",
    "format_change",
    "format_date",
    "format_datetime",
    "format_day",
    "format_money",
    "format_number",
    "format_percent",
    "format_value",
    "locale_for",
    "money_text",
    "month_names",
    "parse_amount",
    "parse_number",
    "period_label",
    "strip_symbols",
]
