"""What the KPI import shows and returns: the preview, the planned rows, the result."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stratdesk.i18n import translate
from stratdesk.io.import_questions import rows_text
from stratdesk.io.xlsx_reading import Cell


@dataclass(frozen=True)
class ImportPreview:
    """What the import dialog shows before anything is written."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # the first data rows, as text
    row_numbers: tuple[int, ...]
    date_column: int | None  # 0-based guesses, None when nothing fits
    value_column: int | None
    total_rows: int
    header_row: int
    encoding: str | None
    delimiter: str | None
    dropped_rows: tuple[int, ...]


@dataclass(frozen=True)
class MeasurementRow:
    """One measurement read from the file, with the file row it came from."""

    row: int
    day: dt.date
    value: float
    source: str

    def as_data(self, campaign_id: int | None = None) -> dict[str, Any]:
        """The row as `KpiMeasurementService.add_many` takes it."""
        return {
            "day": self.day,
            "value": self.value,
            "source": self.source,
            "campaign_id": campaign_id,
        }


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote (`ids`, for undo), what it left out and what it replaced.

    `skipped`: rows the KPI already had (the same day, value and source). `blank_rows` (the
    first ones) and `blank_count`: rows without a value, left out at the person's request.
    `existing_skipped`: rows left out because their day held a value from another source;
    `replaced`: the snapshot of the other sources' values the import replaced (for undo).
    """

    ids: tuple[int, ...]
    skipped: int
    blank_rows: tuple[int, ...] = ()
    blank_count: int = 0
    existing_skipped: int = 0
    replaced: Any = None  # a services.snapshot.Snapshot, or None
    replaced_count: int = 0

    @property
    def added(self) -> int:
        return len(self.ids)

    def summary(self) -> str:
        parts = [
            translate("Import", "{added} measurements imported, {skipped} already present.").format(
                added=self.added, skipped=self.skipped
            )
        ]
        if self.blank_count == 1:
            parts.append(
                translate("Import", "1 row without a value skipped (row {rows}).").format(
                    rows=self.blank_rows[0]
                )
            )
        elif self.blank_count:
            parts.append(
                translate("Import", "{count} rows without a value skipped (rows {rows}).").format(
                    count=self.blank_count, rows=rows_text(self.blank_rows, self.blank_count)
                )
            )
        if self.existing_skipped == 1:
            parts.append(
                translate(
                    "Import", "1 row skipped: its day already had a value from another source."
                )
            )
        elif self.existing_skipped:
            parts.append(
                translate(
                    "Import",
                    "{count} rows skipped: their days already had values from another source.",
                ).format(count=self.existing_skipped)
            )
        if self.replaced_count == 1:
            parts.append(translate("Import", "1 value from another source replaced."))
        elif self.replaced_count:
            parts.append(
                translate("Import", "{count} values from another source replaced.").format(
                    count=self.replaced_count
                )
            )
        return " ".join(parts)


def cell_text(cell: Cell) -> str:
    """A cell as the preview shows it (dates in ISO, whole numbers without ".0")."""
    if cell is None:
        return ""
    if isinstance(cell, dt.datetime) and cell.time() == dt.time():
        return cell.date().isoformat()
    if isinstance(cell, dt.datetime):
        return cell.isoformat(sep=" ")
    if isinstance(cell, dt.date | dt.time):
        return cell.isoformat()
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)


EXISTING_CHOICES = ("replace", "keep", "skip")  # what to do with days holding other values


@dataclass(frozen=True)
class ImportSpec:
    """How to read a file's measurements: settled by `prepare` before anything is written."""

    path: Path
    date_column: int  # 0-based
    value_column: int
    names: tuple[str, str]  # the two columns' names, for messages
    decimal: str | None
    source: str
    day_first: bool
    rows: int  # data rows in the file (for progress)
    blank_rows: tuple[int, ...] = ()  # rows without a value (the first ones)
    blank_count: int = 0
    skip_blank: bool = False  # leave them out (else they refuse the import)
