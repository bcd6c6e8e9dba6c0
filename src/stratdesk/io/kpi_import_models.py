"""What the KPI import shows and returns: the preview, the planned rows, the result."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stratdesk.i18n import translate
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
    """What an import wrote (`ids`, for undo) and how many rows were already there."""

    ids: tuple[int, ...]
    skipped: int

    @property
    def added(self) -> int:
        return len(self.ids)

    def summary(self) -> str:
        return translate(
            "Import", "{added} measurements imported, {skipped} already present."
        ).format(added=self.added, skipped=self.skipped)


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
