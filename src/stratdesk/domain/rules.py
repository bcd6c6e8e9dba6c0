"""Pure rules shared by the tables' validators and the services."""

from __future__ import annotations

import datetime as dt

from stratdesk.i18n import translate


def check_date_range(start: dt.date | None, end: dt.date | None) -> None:
    """Refuse an end that comes before its start."""
    if start is not None and end is not None and end < start:
        raise ValueError(translate("Validation", "the end date comes before the start date"))


def check_within_plan(day: dt.date | None, start_year: int, end_year: int) -> None:
    """Refuse a date outside the plan's years."""
    if day is not None and not (start_year <= day.year <= end_year):
        raise ValueError(
            translate("Validation", "the date {date} is outside the plan ({start}–{end})").format(
                date=day.isoformat(), start=start_year, end=end_year
            )
        )
