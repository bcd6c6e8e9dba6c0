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


# Measurements may come before the plan (baselines) or after it, but not centuries away: a
# typo such as year 1 or 9999 would stretch every chart over thousands of years.
MEASUREMENT_YEARS_AROUND = 20


def measurement_years(start_year: int, end_year: int) -> tuple[int, int]:
    """The first and last years a measurement of this plan may fall in."""
    return start_year - MEASUREMENT_YEARS_AROUND, end_year + MEASUREMENT_YEARS_AROUND


def check_measurement_day(day: dt.date | None, start_year: int, end_year: int) -> None:
    """Refuse a measurement day too far before or after the plan's years."""
    first, last = measurement_years(start_year, end_year)
    if day is not None and not (first <= day.year <= last):
        raise ValueError(
            translate(
                "Validation",
                "the day {date} is too far from the plan's years (measurements go from "
                "{first} to {last})",
            ).format(date=day.isoformat(), first=first, last=last)
        )
