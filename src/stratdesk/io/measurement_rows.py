"""A KPI export's rows as measurements: each day and value parsed, checked, streamed.

`measurements(spec)` reads the file again from its start and yields one measurement at a time,
so that the service can write a file of millions of rows without holding it. The usual shapes
of a day (31/01/2024, 2024-01-31) and of a value (1234, 12,5) are read without the general
parsers, which still decide everything else and explain every refusal.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from stratdesk.domain.kpis import VALUE_LIMIT
from stratdesk.i18n import translate
from stratdesk.i18n.formatting import parse_number
from stratdesk.io.date_parsing import parse_date
from stratdesk.io.errors import ImportRefused
from stratdesk.io.import_questions import BlankValues
from stratdesk.io.kpi_import_models import ImportSpec
from stratdesk.io.tabular import TableStream
from stratdesk.io.xlsx_reading import Cell

_SLASHED = re.compile(r"(\d{2})/(\d{2})/(\d{4})")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_PLAIN_NUMBER = re.compile(r"-?\d{1,15}(?:([.,])\d{1,15})?")


_known_days: dict[tuple[str, bool], dt.date] = {}  # days repeat: one row per campaign and day


def _quick_day(cell: Cell, day_first: bool) -> dt.date | None:
    """The common shapes (31/01/2024, 2024-01-31) without the general parser; None if not."""
    if cell.__class__ is not str:
        return None
    known = _known_days.get((cell, day_first))
    if known is not None:
        return known
    day = _shaped_day(cell, day_first)
    if day is not None:
        if len(_known_days) > 50_000:
            _known_days.clear()
        _known_days[(cell, day_first)] = day
    return day


def _shaped_day(cell: str, day_first: bool) -> dt.date | None:
    try:
        if match := _SLASHED.fullmatch(cell):
            first, second, year = match.groups()
            day, month = (first, second) if day_first else (second, first)
            return dt.date(int(year), int(month), int(day))
        if _ISO_DAY.fullmatch(cell):
            return dt.date.fromisoformat(cell)
    except ValueError:
        return None  # the general parser explains what is wrong
    return None


def _quick_number(cell: Cell, decimal: str | None) -> float | None:
    """`1234`, `-12,5` (with that decimal separator): the general parser's answer, sooner."""
    if cell.__class__ is not str or not (match := _PLAIN_NUMBER.fullmatch(cell)):
        return None
    mark = match.group(1)
    if mark is not None and mark != decimal:
        return None  # a thousands separator, or no hint: the general rules decide
    return float(cell.replace(",", ".") if mark == "," else cell)


def _parse_row(
    cells: tuple[Cell, Cell], columns: tuple[str, str], day_first: bool, decimal: str | None
) -> tuple[dt.date | None, float | None]:
    date_cell, value_cell = cells
    date_name, value_name = columns
    day = _quick_day(date_cell, day_first)
    if day is None:
        try:
            day = parse_date(date_cell, day_first=day_first)
        except ValueError as exc:
            raise ValueError(_where(exc, date_name)) from None
    value = _quick_number(value_cell, decimal)
    if value is None:
        try:
            value = parse_number(value_cell, decimal_hint=decimal)
        except ValueError as exc:
            raise ValueError(_where(exc, value_name)) from None
    if value is not None and abs(value) > VALUE_LIMIT:
        problem = translate("Import", "{value} is too large").format(value=value_cell)
        raise ValueError(_where(problem, value_name))
    return day, value


def _where(problem: object, column: str) -> str:
    return translate("Import", "{problem} (column “{column}”)").format(
        problem=problem, column=column
    )


def measurements(spec: ImportSpec) -> Iterator[tuple[int, dt.date, float, str]]:
    """(file row, day, value, source) of every measurement, read as the caller asks for them.

    Rows without a value ("--", `n/a`, empty) are left out when `spec.skip_blank` says so
    (`prepare` counted them), else they refuse the import (`BlankValues`). ImportRefused names
    the first bad row; a file with no measurement at all is refused once it has been read.
    """
    stream = TableStream(spec.path)
    d, v = spec.date_column, spec.value_column
    found = False
    for number, row in stream.data_rows():
        try:
            day, value = _parse_row((row[d], row[v]), spec.names, spec.day_first, spec.decimal)
        except ValueError as exc:
            raise ImportRefused(str(exc), row=number) from None
        if value is None:
            if spec.skip_blank:
                continue
            raise BlankValues((number,), 1, spec.names[1])
        if day is None:
            reason = translate("Import", "the date is empty (column “{column}”)")
            raise ImportRefused(reason.format(column=spec.names[0]), row=number)
        found = True
        yield number, day, value, spec.source
    if not found:
        raise ImportRefused(translate("Import", "No row has both a date and a value."))
