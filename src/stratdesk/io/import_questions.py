"""What an import asks before it writes, as refusals that carry the question.

Three things a file cannot settle alone, so the import stops (nothing written) and says which
rows or cells are in doubt; the person answers and imports again:

- `BlankValues`: rows without a value (empty, `n/a`, `--`). Answer: skip them (counted and
  named in the result), or fill them in.
- `AmbiguousDecimal`: a value such as `1.200` that reads 1200 or 1.2, and nothing in the file
  says which. Answer: the decimal separator.
- `ExistingValues`: days that already hold a value from another source (a value typed by
  hand, another export). Answer: replace those values, keep both, or skip those days.

The command line and the dialog each add how to answer (an option, a choice in the dialog).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from stratdesk.i18n import current_language, translate
from stratdesk.i18n.formatting import format_day, format_number, parse_number
from stratdesk.io.errors import ImportRefused

ROWS_NAMED = 10  # rows named in a message; the rest are counted


def rows_text(rows: Sequence[int], count: int) -> str:
    """ "7, 12, 15" or "7, 12, 15… (42 in all)": the rows a message names."""
    text = ", ".join(str(row) for row in rows[:ROWS_NAMED])
    if count > min(len(rows), ROWS_NAMED):
        text = translate("Import", "{rows}… ({count} in all)").format(rows=text, count=count)
    return text


class BlankValues(ImportRefused):
    """Rows whose value cell is empty or says there is none (`n/a`, `--`)."""

    def __init__(self, rows: Sequence[int], count: int, column: str) -> None:
        self.rows = tuple(rows)
        self.count = count
        self.column = column
        if count == 1:
            reason = translate(
                "Import", "Row {row} has no value (column “{column}”): nothing was imported."
            ).format(row=self.rows[0], column=column)
        else:
            reason = translate(
                "Import",
                "{count} rows have no value (column “{column}”): rows {rows}. "
                "Nothing was imported.",
            ).format(count=count, column=column, rows=rows_text(self.rows, count))
        super().__init__(reason)


def _reading(value: float, language: str) -> str:
    fraction = repr(value).partition(".")[2].rstrip("0")
    return format_number(value, language, len(fraction) if fraction else 0)


class AmbiguousDecimal(ImportRefused):
    """A value that reads two ways ("1.200": 1200 or 1.2) and a file that does not say which."""

    def __init__(self, row: int, text: str, column: str) -> None:
        self.text = text
        self.column = column
        language = current_language()
        mark = "." if "." in text else ","
        other = "," if mark == "." else "."
        thousands = parse_number(text, decimal_hint=other) or 0.0
        decimal = parse_number(text, decimal_hint=mark) or 0.0
        reason = translate(
            "Import",
            "“{text}” (column “{column}”) could be {thousands} or {decimal}, and no other "
            "number in the file says which: the decimal separator must be chosen.",
        ).format(
            text=text,
            column=column,
            thousands=_reading(thousands, language),
            decimal=_reading(decimal, language),
        )
        super().__init__(reason, row=row)


class ExistingValues(ImportRefused):
    """Days of the file that already hold values from another source."""

    def __init__(
        self, days: int, rows: int, first_days: Sequence[dt.date], sources: Sequence[str]
    ) -> None:
        self.days = days
        self.rows = rows
        self.first_days = tuple(first_days)
        self.sources = tuple(sources)
        language = current_language()
        shown = ", ".join(format_day(day, language) for day in self.first_days[:3])
        if days > len(self.first_days[:3]):
            shown += "…"
        names = ", ".join(f"“{source}”" if source else "—" for source in self.sources[:3])
        if days == 1:
            reason = translate(
                "Import",
                "One day of the file ({days}) already has a value from another source "
                "({sources}): nothing was imported. Replace that value, keep both, or skip "
                "that day?",
            )
        else:
            reason = translate(
                "Import",
                "{count} days of the file ({days}) already have values from another source "
                "({sources}): nothing was imported. Replace those values, keep both, or skip "
                "those days?",
            )
        super().__init__(reason.format(count=days, days=shown, sources=names))
