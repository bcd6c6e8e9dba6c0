"""The first two steps of a KPI import: `preview` (what the dialog shows) and `prepare` (the
columns, decimal separator and rows without a value settled, in one pass that keeps nothing
but counts). See `kpi_import` for the whole import.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from stratdesk.domain.limits import NAME_MAX
from stratdesk.i18n import translate
from stratdesk.io.columns import guess_date_column, guess_value_column, resolve_column
from stratdesk.io.errors import ImportRefused
from stratdesk.io.import_questions import BlankValues
from stratdesk.io.kpi_import_models import (
    EXISTING_CHOICES,
    ImportPreview,
    ImportSpec,
    cell_text,
)
from stratdesk.io.tabular import TableStream
from stratdesk.io.value_scan import ValueScan
from stratdesk.io.xlsx_reading import Cell

GUESS_ROWS = 200  # enough rows to recognise a column, few enough for a big export
SCAN_SHARE = 0.3  # of the progress bar: the first pass over the file, then the write
Progress = Callable[[float], None]  # the share done (0 to 1); may raise to cancel


def preview(
    path: Path,
    max_rows: int = 20,
    *,
    kpi_name: str | None = None,
    kpi_unit: str | None = None,
) -> ImportPreview:
    """The file's header, its first rows and the columns that look like dates and values."""
    stream = TableStream(Path(path))
    sample: list[tuple[Cell, ...]] = []
    numbers: list[int] = []
    total = 0
    for number, cells in stream.data_rows():
        total += 1
        if len(sample) < max(max_rows, GUESS_ROWS):
            sample.append(cells)
            numbers.append(number)
    if not total:
        raise stream.no_data()
    shown = sample[:max_rows]
    date_column = guess_date_column(stream.header, shown)
    return ImportPreview(
        header=stream.header,
        rows=tuple(tuple(cell_text(cell) for cell in row) for row in shown),
        row_numbers=tuple(numbers[:max_rows]),
        date_column=date_column,
        value_column=guess_value_column(
            stream.header, sample, date_column=date_column, kpi_name=kpi_name, kpi_unit=kpi_unit
        ),
        total_rows=total,
        header_row=stream.header_row,
        encoding=stream.encoding,
        delimiter=stream.delimiter,
        dropped_rows=stream.dropped_rows,
    )


def _column(header: Sequence[str], spec: str | int | None, guess: int | None, which: str) -> int:
    if spec is not None:
        return resolve_column(header, spec)
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


def check_choices(decimal: str | None, existing: str | None = None) -> None:
    if decimal not in (None, ",", "."):
        raise ImportRefused(
            translate("Import", "The decimal separator is a comma or a dot, not “{mark}”.").format(
                mark=decimal
            )
        )
    if existing is not None and existing not in EXISTING_CHOICES:
        raise ImportRefused(
            translate("Import", "Unknown choice for existing values: “{choice}”.").format(
                choice=existing
            )
        )


def prepare(
    path: Path,
    date_col: str | int | None = None,
    value_col: str | int | None = None,
    source: str | None = None,
    *,
    kpi_name: str | None = None,
    kpi_unit: str | None = None,
    day_first: bool = True,
    decimal: str | None = None,
    skip_blank: bool = False,
    progress: Progress | None = None,
) -> ImportSpec:
    """The columns (given, else guessed as `preview` does), the decimal separator and the rows
    without a value, from one pass over the file (see `value_scan`).

    Refuses (writing nothing, as nothing is written yet) with `AmbiguousDecimal` when the
    value column holds a value that reads two ways and `decimal` is not given, and with
    `BlankValues` when rows have no value and `skip_blank` is not set.
    """
    check_choices(decimal)
    path = Path(path)
    source = path.name[:NAME_MAX] if source is None else source
    if len(source) > NAME_MAX:
        raise ImportRefused(
            translate("Import", "The source is too long (at most {max} characters).").format(
                max=NAME_MAX
            )
        )
    stream = TableStream(path)
    rows = stream.data_rows()
    head = _take(rows, GUESS_ROWS)
    sample = [cells for _, cells in head]
    header = stream.header
    d = _column(header, date_col, guess_date_column(header, sample), "date")
    guess = guess_value_column(header, sample, date_column=d, kpi_name=kpi_name, kpi_unit=kpi_unit)
    v = _column(header, value_col, guess, "value")
    if d == v:
        raise ImportRefused(translate("Import", "The date and value columns must differ."))
    if not sample:
        raise stream.no_data()
    scan = ValueScan(d, v, header[v])
    for number, cells in head:
        scan.add(number, cells)
    # The rest in one quick pass over the value column (the write checks every row).
    for number, cells in rows:
        scan.add(number, cells)
        if progress is not None and not scan.rows % 8_192:
            progress(SCAN_SHARE * stream.progress)
    mark = scan.decimal(stream.delimiter, decimal)
    if scan.blank_count and not skip_blank:
        raise BlankValues(scan.blank_rows, scan.blank_count, header[v])
    return ImportSpec(
        path,
        d,
        v,
        (header[d], header[v]),
        mark,
        source,
        day_first,
        scan.rows,
        tuple(scan.blank_rows),
        scan.blank_count,
        skip_blank,
    )


def _take(
    rows: Iterator[tuple[int, tuple[Cell, ...]]], count: int
) -> list[tuple[int, tuple[Cell, ...]]]:
    taken: list[tuple[int, tuple[Cell, ...]]] = []
    if count <= 0:
        return taken
    for item in rows:  # the same iterator goes on after: no item may be read and dropped
        taken.append(item)
        if len(taken) >= count:
            break
    return taken
