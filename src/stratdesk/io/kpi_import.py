"""Import a KPI's measurements from a CSV or XLSX export, all or nothing, whatever its size.

Three steps, so that the GUI can show each one: `preview` (header, a few rows, the guessed date
and value columns, from the KPI's name and unit), `prepare` (columns, decimal separator and
rows without a value settled: one pass over the value column that keeps nothing but counts,
see `value_scan`) and the write: `measurements` streams the file's rows, parsed and checked,
into `KpiMeasurementService.import_rows`, which writes them in batches in ONE transaction.
The first bad row refuses the whole file with its row number and reason, and so does a cancel
(`ImportCancelled`): nothing is written. Memory stays bounded by a batch.

What the file cannot settle is asked, never guessed silently (`import_questions`): rows
without a value refuse the import unless `skip_blank` (then they are named and counted in the
result); a value that reads two ways ("1.200") with nothing in the file to settle it refuses
the import until `decimal` is given; days that already hold values from another source refuse
it until `existing` says "replace", "keep" (both) or "skip" (those days).

Re-importing is idempotent: a row is skipped when the KPI already has a measurement with the
same day, value and source (the file name, by default). Identical rows count as a multiset,
so a file that holds two equal rows writes two the first time and none the next.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

from stratdesk.domain.errors import InvalidInput, StratdeskError
from stratdesk.i18n import translate
from stratdesk.io.errors import ImportRefused
from stratdesk.io.import_prepare import SCAN_SHARE, Progress, check_choices, prepare, preview
from stratdesk.io.import_questions import AmbiguousDecimal, BlankValues, ExistingValues
from stratdesk.io.kpi_import_models import (
    EXISTING_CHOICES,
    ImportPreview,
    ImportResult,
    ImportSpec,
    MeasurementRow,
    cell_text,
)
from stratdesk.io.measurement_rows import measurements
from stratdesk.services.measurement_import import OtherSourcesFound

__all__ = [
    "EXISTING_CHOICES",
    "AmbiguousDecimal",
    "BlankValues",
    "ExistingValues",
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


class ImportCancelled(StratdeskError):
    """The person cancelled the import; nothing was written."""

    def __init__(self) -> None:
        super().__init__(translate("Import", "Import cancelled: nothing was written."))


def plan_import(
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
) -> list[MeasurementRow]:
    """Every measurement in the file, checked, as a list (for small files and tests)."""
    spec = prepare(
        path,
        date_col,
        value_col,
        source,
        kpi_name=kpi_name,
        kpi_unit=kpi_unit,
        day_first=day_first,
        decimal=decimal,
        skip_blank=skip_blank,
    )
    return [MeasurementRow(*row) for row in measurements(spec)]


class MeasurementWriter(Protocol):
    """What the import needs of `KpiMeasurementService`."""

    def import_rows(
        self,
        kpi_id: int,
        rows: Any,
        *,
        campaign_id: int | None = None,
        existing: str = "keep",
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
    existing: str | None,
    origin: object,
    after_batch: Callable[[int], None] | None = None,
    spec: ImportSpec | None = None,
    component: str = "",
) -> ImportResult:
    check_choices(None, existing)
    try:
        outcome = service.import_rows(
            kpi_id,
            rows,
            campaign_id=campaign_id,
            existing=existing or "ask",  # not told: the person is asked
            after_batch=after_batch,
            origin=origin,
            component=component,
        )
    except OtherSourcesFound as found:
        raise ExistingValues(found.days, found.rows, found.first_days, found.sources) from None
    except InvalidInput as exc:
        # The service names the rows by the numbers it was given: the file's rows.
        row = getattr(exc, "row", None)
        raise ImportRefused(getattr(exc, "reason", exc.message), row=row) from None
    return ImportResult(
        ids=outcome.ids,
        skipped=outcome.skipped,
        blank_rows=spec.blank_rows if spec is not None else (),
        blank_count=spec.blank_count if spec is not None else 0,
        existing_skipped=outcome.existing_skipped,
        replaced=outcome.replaced,
        replaced_count=outcome.replaced_count,
    )


def import_measurements(
    service: MeasurementWriter,
    kpi_id: int,
    rows: Sequence[MeasurementRow],
    *,
    campaign_id: int | None = None,
    existing: str | None = None,
    origin: object = None,
) -> ImportResult:
    """Write the rows the KPI does not have yet, in one transaction (all or nothing)."""
    data = ((row.row, row.day, row.value, row.source) for row in rows)
    return _write(service, kpi_id, data, campaign_id=campaign_id, existing=existing, origin=origin)


def import_file(
    service: MeasurementWriter,
    kpi_id: int,
    path: Path,
    date_col: str | int | None = None,
    value_col: str | int | None = None,
    *,
    kpi_name: str | None = None,
    kpi_unit: str | None = None,
    source: str | None = None,
    decimal: str | None = None,
    skip_blank: bool = False,
    existing: str | None = None,
    campaign_id: int | None = None,
    origin: object = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    component: str = "",
) -> ImportResult:
    """`prepare`, then stream the measurements into one transaction: what `stratdesk import
    kpi` and the import dialog run. `progress(share)` is called as it goes; when `cancelled()`
    turns true the import stops with `ImportCancelled` and nothing is written. `decimal`,
    `skip_blank` and `existing` answer the questions of `import_questions`. `component`: the
    values are that input of the KPI's formula ("clicks"), not the KPI's own."""

    def report(share: float) -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled
        if progress is not None:
            progress(share)

    check_choices(decimal, existing)
    spec = prepare(
        path,
        date_col,
        value_col,
        source,
        kpi_name=kpi_name,
        kpi_unit=kpi_unit,
        decimal=decimal,
        skip_blank=skip_blank,
        progress=report,
    )
    report(SCAN_SHARE)

    def after_batch(done: int) -> None:
        report(SCAN_SHARE + (1 - SCAN_SHARE) * min(done / max(spec.rows, 1), 1.0))

    result = _write(
        service,
        kpi_id,
        measurements(spec),
        campaign_id=campaign_id,
        existing=existing,
        origin=origin,
        after_batch=after_batch,
        spec=spec,
        component=component,
    )
    if progress is not None:
        progress(1.0)
    return result
