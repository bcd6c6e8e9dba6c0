"""Import a KPI's measurements from a CSV or XLSX export, all or nothing, whatever its size.

Three steps, so that the GUI can show each one: `preview` (header, a few rows, the guessed date
and value columns), `prepare` (columns and decimal separator settled: one pass over the file
that keeps nothing but counts) and the write: `measurements` streams the file's rows, parsed
and checked, into `KpiMeasurementService.import_rows`, which writes them in batches in ONE
transaction. The first bad row refuses the whole file with its row number and reason, and so
does a cancel (`ImportCancelled`): nothing is written. Memory stays bounded by a batch.

Re-importing is idempotent: a row is skipped when the KPI already has a measurement with the
same day, value and source (the file name, by default). Identical rows count as a multiset,
so a file that holds two equal rows writes two the first time and none the next.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

from stratdesk.domain.errors import InvalidInput, StratdeskError
from stratdesk.domain.limits import NAME_MAX
from stratdesk.i18n import translate
from stratdesk.io.columns import guess_date_column, guess_value_column, resolve_column
from stratdesk.io.decimal_votes import DecimalVotes
from stratdesk.io.errors import ImportRefused
from stratdesk.io.kpi_import_models import (
    ImportPreview,
    ImportResult,
    ImportSpec,
    MeasurementRow,
    cell_text,
)
from stratdesk.io.measurement_rows import measurements
from stratdesk.io.tabular import TableStream
from stratdesk.io.xlsx_reading import Cell

__all__ = [
    "ImportCancelled",
    "ImportPreview",
    "ImportRefused",
    "ImportResult",
    "ImportSpec",
    "MeasurementRow",
    "MeasurementWriter",
    "cell_text",
    "import_file",
    "import_measurements",
    "measurements",
    "plan_import",
    "prepare",
    "preview",
]

_GUESS_ROWS = 200  # enough rows to recognise a column, few enough for a big export
_SCAN_SHARE = 0.3  # of the progress bar: the first pass over the file, then the write
Progress = Callable[[float], None]  # the share done (0 to 1); may raise to cancel


class ImportCancelled(StratdeskError):
    """The person cancelled the import; nothing was written."""

    def __init__(self) -> None:
        super().__init__(translate("Import", "Import cancelled: nothing was written."))


def preview(path: Path, max_rows: int = 20, *, kpi_name: str | None = None) -> ImportPreview:
    """The file's header, its first rows and the columns that look like dates and values."""
    stream = TableStream(Path(path))
    sample: list[tuple[Cell, ...]] = []
    numbers: list[int] = []
    total = 0
    for number, cells in stream.data_rows():
        total += 1
        if len(sample) < max(max_rows, _GUESS_ROWS):
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
            stream.header, shown, date_column=date_column, kpi_name=kpi_name
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


def prepare(
    path: Path,
    date_col: str | int | None = None,
    value_col: str | int | None = None,
    source: str | None = None,
    *,
    kpi_name: str | None = None,
    day_first: bool = True,
    progress: Progress | None = None,
) -> ImportSpec:
    """The columns (given, else guessed as `preview` does) and the decimal separator.

    One pass over the file: the decimal separator is the one the value column's cells agree
    on (then the other columns' first rows'); a comma-delimited file without a clue uses dots.
    """
    path = Path(path)
    source = path.name[:NAME_MAX] if source is None else source
    if len(source) > NAME_MAX:
        raise ImportRefused(
            translate("Import", "The source is too long (at most {max} characters).").format(
                max=NAME_MAX
            )
        )
    stream = TableStream(path)
    sample = [cells for _, cells in _take(stream.data_rows(), _GUESS_ROWS)]
    header = stream.header
    d = _column(header, date_col, guess_date_column(header, sample), "date")
    v = _column(
        header,
        value_col,
        guess_value_column(header, sample, date_column=d, kpi_name=kpi_name),
        "value",
    )
    if d == v:
        raise ImportRefused(translate("Import", "The date and value columns must differ."))
    votes = DecimalVotes(d, v)
    for cells in sample:
        votes.add(cells)
    if not sample:
        raise stream.no_data()
    # The rest in a quick pass: filled rows as they are (the write checks each one).
    count = len(sample)
    for row in stream.raw_rows():
        if len(row) > v:
            votes.add(row)
        count += 1
        if progress is not None and not count % 8_192:
            progress(_SCAN_SHARE * stream.progress)
    decimal = votes.separator(stream.delimiter)
    return ImportSpec(path, d, v, (header[d], header[v]), decimal, source, day_first, count)


def _take(
    rows: Iterator[tuple[int, tuple[Cell, ...]]], count: int
) -> list[tuple[int, tuple[Cell, ...]]]:
    taken = []
    for item in rows:
        taken.append(item)
        if len(taken) >= count:
            break
    return taken


def plan_import(
    path: Path,
    date_col: str | int | None = None,
    value_col: str | int | None = None,
    source: str | None = None,
    *,
    kpi_name: str | None = None,
    day_first: bool = True,
) -> list[MeasurementRow]:
    """Every measurement in the file, checked, as a list (for small files and tests)."""
    spec = prepare(path, date_col, value_col, source, kpi_name=kpi_name, day_first=day_first)
    return [MeasurementRow(*row) for row in measurements(spec)]


class MeasurementWriter(Protocol):
    """What the import needs of `KpiMeasurementService`."""

    def import_rows(
        self,
        kpi_id: int,
        rows: Any,
        *,
        campaign_id: int | None = None,
        after_batch: Callable[[int], None] | None = None,
        origin: object = None,
        component: str = "",
    ) -> Any: ...


def _write(
    service: MeasurementWriter,
    kpi_id: int,
    rows: Any,
    *,
    campaign_id: int | None,
    origin: object,
    after_batch: Callable[[int], None] | None = None,
    component: str = "",
) -> ImportResult:
    try:
        outcome = service.import_rows(
            kpi_id,
            rows,
            campaign_id=campaign_id,
            after_batch=after_batch,
            origin=origin,
            component=component,
        )
    except InvalidInput as exc:
        # The service names the rows by the numbers it was given: the file's rows.
        row = getattr(exc, "row", None)
        raise ImportRefused(getattr(exc, "reason", exc.message), row=row) from None
    return ImportResult(ids=outcome.ids, skipped=outcome.skipped)


def import_measurements(
    service: MeasurementWriter,
    kpi_id: int,
    rows: Sequence[MeasurementRow],
    *,
    campaign_id: int | None = None,
    origin: object = None,
) -> ImportResult:
    """Write the rows the KPI does not have yet, in one transaction (all or nothing)."""
    data = ((row.row, row.day, row.value, row.source) for row in rows)
    return _write(service, kpi_id, data, campaign_id=campaign_id, origin=origin)


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
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    component: str = "",
) -> ImportResult:
    """`prepare`, then stream the measurements into one transaction: what `stratdesk import
    kpi` and the import dialog run. `progress(share)` is called as it goes; when `cancelled()`
    turns true the import stops with `ImportCancelled` and nothing is written. `component`:
    the values are that input of the KPI's formula ("clicks"), not the KPI's own."""

    def report(share: float) -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled
        if progress is not None:
            progress(share)

    spec = prepare(path, date_col, value_col, source, kpi_name=kpi_name, progress=report)
    report(_SCAN_SHARE)

    def after_batch(done: int) -> None:
        report(_SCAN_SHARE + (1 - _SCAN_SHARE) * min(done / max(spec.rows, 1), 1.0))

    result = _write(
        service,
        kpi_id,
        measurements(spec),
        campaign_id=campaign_id,
        origin=origin,
        after_batch=after_batch,
        component=component,
    )
    if progress is not None:
        progress(1.0)
    return result
