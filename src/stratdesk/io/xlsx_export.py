"""The plan as a workbook (.xlsx) its client's teams can work from, written with openpyxl.

    export_workbook(services, plan_id, Path("plan.xlsx"), progress=report)

One sheet per area (PESTEL, competitors, five forces, SWOT, TOWS, segments and their scores,
objectives, key results, roadmap, mix actions, campaigns, experiments, KPIs, KPI periods
with their actuals, targets and status, and every measurement). Each sheet has its header
row frozen with filters on it, numbers as numbers, dates as dates, money in the plan's
currency format, and columns as wide as their contents (up to a limit). Text is written so
that no spreadsheet runs it as a formula (see `xlsx_cells`).

Sheets are streamed (openpyxl's write-only mode): a plan with millions of measurements is
written without holding them, KPI by KPI. The file is written under a temporary name in the
target folder and renamed (see `atomic_file`); a failure or a cancel leaves nothing.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from openpyxl.utils import get_column_letter

from stratdesk.i18n import using_language
from stratdesk.io.atomic_file import check_target, write_atomically
from stratdesk.io.xlsx_cells import Kind, cell_value, header_cell, money_format
from stratdesk.io.xlsx_kpi_sheets import kpi_sheets, measurements_spec
from stratdesk.io.xlsx_plan_sheets import plan_sheets
from stratdesk.io.xlsx_sheets import Col, Row, SheetSpec, strategy_sheets

if TYPE_CHECKING:
    from stratdesk.services.registry import PlanServices

Progress = Callable[[int, int], object]  # (done, total); may raise to stop the export
PROGRESS_EVERY = 500
SAMPLE_ROWS = 200  # rows read to size the columns
WIDTHS = {Kind.MONEY: 15, Kind.DATE: 11, Kind.PERCENT: 9, Kind.KPI: 13}
MIN_WIDTH, MAX_WIDTH = 8, 60


@dataclass(frozen=True)
class WorkbookExport:
    path: Path
    sheets: int
    rows: int


class _Counter:
    def __init__(self, total: int, progress: Progress | None) -> None:
        self.done, self.total, self._progress = 0, total, progress

    def tick(self) -> None:
        self.done += 1
        if self._progress is not None and self.done % PROGRESS_EVERY == 0:
            self._progress(self.done, self.total)


def _width(column: Col, sample: list[Row], index: int) -> float:
    longest = len(column.title)
    fixed = WIDTHS.get(column.kind)
    if fixed is not None:
        return max(fixed, min(longest + 2, 24))
    for row in sample:
        value = row[index] if index < len(row) else None
        if value is not None:
            text = str(value)
            longest = max(longest, max((len(line) for line in text.split("\n")), default=0))
    return float(min(max(longest + 2, MIN_WIDTH), MAX_WIDTH))


def write_sheet(workbook: Any, spec: SheetSpec, money: str, counter: _Counter) -> int:
    """Stream one sheet; the number of rows written (header not counted)."""
    # A write-only sheet has column_dimensions and auto_filter at run time; its stubs omit them.
    sheet: Any = workbook.create_sheet(title=spec.title)
    rows = spec.rows()
    sample = list(itertools.islice(rows, SAMPLE_ROWS))
    for index, column in enumerate(spec.columns):
        letter = get_column_letter(index + 1)
        sheet.column_dimensions[letter].width = _width(column, sample, index)
    sheet.freeze_panes = "A2"
    sheet.append([header_cell(sheet, c.title) for c in spec.columns])
    written = 0
    kinds = [c.kind for c in spec.columns]
    for row in itertools.chain(sample, rows):
        sheet.append(
            [cell_value(sheet, kind, value, money) for kind, value in zip(kinds, row, strict=True)]
        )
        written += 1
        counter.tick()
    last = get_column_letter(len(spec.columns))
    sheet.auto_filter.ref = f"A1:{last}{written + 1}"
    return written


def sheet_title(text: str) -> str:
    """A valid sheet name: at most 31 characters, none of []:*?/\\."""
    cleaned = "".join("-" if ch in "[]:*?/\\" else ch for ch in text).strip("'")
    return cleaned[:31] or "-"


def write_workbook(
    stream: BinaryIO,
    specs: list[SheetSpec],
    currency: str,
    language: str,
    progress: Progress | None = None,
) -> int:
    """Write the sheets of `specs` to `stream`; the number of rows written."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    money = money_format(currency, language)
    counter = _Counter(sum(s.count for s in specs), progress)
    total = 0
    for spec in specs:
        named = SheetSpec(sheet_title(spec.title), spec.columns, spec.rows, spec.count)
        total += write_sheet(workbook, named, money, counter)
    workbook.save(stream)
    if progress is not None:
        progress(counter.total, counter.total)
    return total


def export_workbook(
    services: PlanServices,
    plan_id: int,
    target: Path,
    *,
    language: str | None = None,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> WorkbookExport:
    """Write the plan's workbook to `target`, all or nothing; `language` None: the plan's.

    Raises `ExportRefused` (nothing written) for a missing or read-only folder."""
    from stratdesk.services.plan_contents import read_contents

    target = Path(target)
    check_target(target)
    language = language or services.plans.get_plan(plan_id).language.value
    with using_language(language):
        contents = read_contents(services, plan_id, today=today)
        specs = [
            *strategy_sheets(contents),
            *plan_sheets(contents),
            *kpi_sheets(contents, language),
            measurements_spec(services, contents),
        ]
        rows = 0

        def write(stream: BinaryIO) -> None:
            nonlocal rows
            rows = write_workbook(stream, specs, contents.plan.currency, language, progress)

        write_atomically(target, write)
    return WorkbookExport(target, len(specs), rows)
