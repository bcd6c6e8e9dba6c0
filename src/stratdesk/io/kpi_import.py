"""Import a KPI's measurements from a CSV or XLSX export, all or nothing.

Three steps, so that the GUI can show each one: `preview` (header, a few rows, the guessed date
and value columns), `plan_import` (every row parsed and checked; the first bad row refuses the
whole file with its row number and reason) and `import_measurements` (one `add_many` call:
every new row is written, or none).

Re-importing is idempotent: a row is skipped when the KPI already has a measurement with the
same day, value and source (the file name, by default). Identical rows count as a multiset,
so a file that holds two equal rows writes two the first time and none the next.
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from stratdesk.domain.errors import InvalidInput
from stratdesk.domain.kpis import VALUE_LIMIT
from stratdesk.domain.limits import NAME_MAX
from stratdesk.i18n import translate
from stratdesk.i18n.formatting import parse_number
from stratdesk.io.columns import guess_date_column, guess_value_column, resolve_column
from stratdesk.io.date_parsing import parse_date
from stratdesk.io.errors import ImportRefused
from stratdesk.io.kpi_import_models import ImportPreview, ImportResult, MeasurementRow, cell_text
from stratdesk.io.number_parsing import guess_decimal_separator
from stratdesk.io.tabular import Table, read_table
from stratdesk.io.xlsx_reading import Cell

__all__ = [
    "ImportPreview",
    "ImportRefused",
    "ImportResult",
    "MeasurementRow",
    "MeasurementWriter",
    "cell_text",
    "import_file",
    "import_measurements",
    "plan_import",
    "preview",
]

_GUESS_ROWS = 200  # enough rows to recognise a column, few enough for a big export


def preview(path: Path, max_rows: int = 20, *, kpi_name: str | None = None) -> ImportPreview:
    """The file's header, its first rows and the columns that look like dates and values."""
    table = read_table(path)
    sample = table.rows[:max_rows]
    date_column = guess_date_column(table.header, sample)
    return ImportPreview(
        header=table.header,
        rows=tuple(tuple(cell_text(cell) for cell in row) for row in sample),
        row_numbers=table.row_numbers[:max_rows],
        date_column=date_column,
        value_column=guess_value_column(
            table.header, sample, date_column=date_column, kpi_name=kpi_name
        ),
        total_rows=len(table.rows),
        header_row=table.header_row,
        encoding=table.encoding,
        delimiter=table.delimiter,
        dropped_rows=table.dropped_rows,
    )


def _column(table: Table, spec: str | int | None, guess: int | None, which: str) -> int:
    if spec is not None:
        return resolve_column(table.header, spec)
    if guess is None:
        reasons = {
            "date": translate(
                "Import", "Which column holds the dates? Name it or give its number."
            ),
            "value": translate(
                "Import", "Which column holds the values? Name it or give its number."
            ),
        }
        raise ImportRefused(reasons[which])
    return guess


def _decimal_separator(table: Table, date_column: int, value_column: int) -> str | None:
    """The file's decimal separator: from the value column, else the other numbers.

    One file keeps one convention, and a column of "1,234" alone cannot tell; the cost or
    rate columns next to it usually can. A comma-delimited file without a clue uses dots.
    """
    guess = guess_decimal_separator(row[value_column] for row in table.rows)
    if guess is None:
        others = [i for i in range(len(table.header)) if i != date_column]
        guess = guess_decimal_separator(row[i] for row in table.rows for i in others)
    if guess is None and table.delimiter == ",":
        guess = "."
    return guess


def _parse_row(
    cells: tuple[Cell, ...], columns: tuple[str, str], day_first: bool, decimal: str | None
) -> tuple[dt.date | None, float | None]:
    date_cell, value_cell = cells
    date_name, value_name = columns
    where = translate("Import", "{problem} (column “{column}”)")
    try:
        day = parse_date(date_cell, day_first=day_first)
    except ValueError as exc:
        raise ValueError(where.format(problem=exc, column=date_name)) from None
    try:
        value = parse_number(value_cell, decimal_hint=decimal)
    except ValueError as exc:
        raise ValueError(where.format(problem=exc, column=value_name)) from None
    if value is not None and abs(value) > VALUE_LIMIT:
        problem = translate("Import", "{value} is too large").format(value=value_cell)
        raise ValueError(where.format(problem=problem, column=value_name))
    return day, value


def plan_import(
    path: Path,
    date_col: str | int | None = None,
    value_col: str | int | None = None,
    source: str | None = None,
    *,
    kpi_name: str | None = None,
    day_first: bool = True,
) -> list[MeasurementRow]:
    """Every measurement in the file, checked; ImportRefused names the first bad row.

    Columns not given are guessed as `preview` does. Rows without a value ("--", empty) are
    left out: the export had nothing to report that day.
    """
    path = Path(path)
    table = read_table(path)
    sample = table.rows[:_GUESS_ROWS]
    d = _column(table, date_col, guess_date_column(table.header, sample), "date")
    v = _column(
        table,
        value_col,
        guess_value_column(table.header, sample, date_column=d, kpi_name=kpi_name),
        "value",
    )
    if d == v:
        raise ImportRefused(translate("Import", "The date and value columns must differ."))
    source = path.name[:NAME_MAX] if source is None else source
    if len(source) > NAME_MAX:
        raise ImportRefused(
            translate("Import", "The source is too long (at most {max} characters).").format(
                max=NAME_MAX
            )
        )
    decimal = _decimal_separator(table, d, v)
    names = (table.header[d], table.header[v])
    planned: list[MeasurementRow] = []
    for number, row in zip(table.row_numbers, table.rows, strict=True):
        try:
            day, value = _parse_row((row[d], row[v]), names, day_first, decimal)
        except ValueError as exc:
            raise ImportRefused(str(exc), row=number) from None
        if value is None:
            continue
        if day is None:
            reason = translate("Import", "the date is empty (column “{column}”)")
            raise ImportRefused(reason.format(column=names[0]), row=number)
        planned.append(MeasurementRow(row=number, day=day, value=value, source=source))
    if not planned:
        raise ImportRefused(translate("Import", "No row has both a date and a value."))
    return planned


class _Measured(Protocol):
    @property
    def day(self) -> dt.date: ...
    @property
    def value(self) -> float: ...
    @property
    def source(self) -> str: ...


class MeasurementWriter(Protocol):
    """What the import needs of `KpiMeasurementService`."""

    def list(self, parent_id: int) -> Sequence[_Measured]: ...

    def add_many(
        self, kpi_id: int, rows: builtins.list[dict[str, Any]], *, origin: object = None
    ) -> builtins.list[int]: ...


def _key(day: dt.date, value: float, source: str) -> tuple[dt.date, float, str]:
    return (day, round(value, 9), source)


def import_measurements(
    service: MeasurementWriter,
    kpi_id: int,
    rows: Sequence[MeasurementRow],
    *,
    campaign_id: int | None = None,
    origin: object = None,
) -> ImportResult:
    """Write the rows the KPI does not have yet, in one transaction (all or nothing)."""
    existing = Counter(_key(m.day, m.value, m.source) for m in service.list(kpi_id))
    new: list[MeasurementRow] = []
    for row in rows:
        key = _key(row.day, row.value, row.source)
        if existing[key] > 0:
            existing[key] -= 1
        else:
            new.append(row)
    if not new:
        return ImportResult(ids=(), skipped=len(rows))
    try:
        ids = service.add_many(kpi_id, [row.as_data(campaign_id) for row in new], origin=origin)
    except InvalidInput as exc:
        # The service numbers the rows it was given; people know the file's rows.
        index = getattr(exc, "row", None)
        if isinstance(index, int) and 1 <= index <= len(new):
            inner = exc.__context__ if isinstance(exc.__context__, InvalidInput) else exc
            raise ImportRefused(inner.message, row=new[index - 1].row) from None
        raise ImportRefused(exc.message) from None
    return ImportResult(ids=tuple(ids), skipped=len(rows) - len(new))


def import_file(
    service: MeasurementWriter,
    kpi_id: int,
    path: Path,
    date_col: str | int | None = None,
    value_col: str | int | None = None,
    *,
    kpi_name: str | None = None,
    source: str | None = None,
    campaign_id: int | None = None,
    origin: object = None,
) -> ImportResult:
    """`plan_import` then `import_measurements`: what `stratdesk import kpi` runs."""
    rows = plan_import(path, date_col, value_col, source, kpi_name=kpi_name)
    return import_measurements(service, kpi_id, rows, campaign_id=campaign_id, origin=origin)
