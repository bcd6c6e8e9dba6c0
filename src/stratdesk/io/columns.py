"""Find columns in a table: by the name or number a person gives, or by guessing from content.

Names match whatever the case and accents ("Période" = "periode"); a column can also be named
by its 1-based number, as a spreadsheet user counts them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from stratdesk.i18n import translate
from stratdesk.i18n.formatting import EMPTY_MARKERS, parse_number
from stratdesk.io.date_parsing import parse_date
from stratdesk.io.errors import ImportRefused
from stratdesk.io.tabular import fold
from stratdesk.io.value_column import best_value_column
from stratdesk.io.xlsx_reading import Cell

DATE_WORDS = frozenset(
    {"date", "dates", "day", "jour", "jours", "week", "semaine", "month", "mois"}
    | {"period", "periode", "quarter", "trimestre"}
)


def resolve_column(header: Sequence[str], spec: str | int) -> int:
    """The 0-based index of the column `spec` names (a header name or a 1-based number)."""
    if isinstance(spec, str):
        wanted = fold(spec)
        for index, name in enumerate(header):
            if fold(name) == wanted:
                return index
        number = int(wanted) if wanted.isdigit() else None
    else:
        number = spec
    if number is not None and 1 <= number <= len(header):
        return number - 1
    names = ", ".join(f"“{name}”" for name in header)
    if number is not None:
        reason = translate("Import", "There is no column {number}: the columns are {names}.")
        raise ImportRefused(reason.format(number=number, names=names))
    reason = translate("Import", "There is no column “{name}”: the columns are {names}.")
    raise ImportRefused(reason.format(name=spec, names=names))


def _is_number(cell: Cell) -> bool:
    if isinstance(cell, bool):
        return False
    try:
        return parse_number(cell) is not None
    except ValueError:
        return False


def _is_date(cell: Cell) -> bool:
    # A bare number is a date only when the header says so: counts are not Excel serials.
    if isinstance(cell, bool | int | float) or _is_number(cell):
        return False
    try:
        return parse_date(cell) is not None
    except ValueError:
        return False


def _mostly(cells: list[Cell], test: Callable[[Cell], bool]) -> bool:
    filled = [
        cell
        for cell in cells
        if cell is not None and str(cell).strip().casefold() not in EMPTY_MARKERS
    ]
    return bool(filled) and sum(1 for cell in filled if test(cell)) >= 0.8 * len(filled)


def guess_date_column(header: Sequence[str], rows: Sequence[Sequence[Cell]]) -> int | None:
    """The column of days: by its name first, else the first column of dates."""
    for index, name in enumerate(header):
        if DATE_WORDS & set(fold(name).replace("(", " ").replace(")", " ").split()):
            return index
    for index in range(len(header)):
        if _mostly([row[index] for row in rows], _is_date):
            return index
    return None


def guess_value_column(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    *,
    date_column: int | None = None,
    kpi_name: str | None = None,
    kpi_unit: str | None = None,
) -> int | None:
    """The column of values: the KPI's name, else the numeric column that best fits the KPI's
    name and unit (see `value_column`), else the first numeric column."""
    candidates = [i for i in range(len(header)) if i != date_column]
    return best_value_column(
        header,
        rows,
        candidates,
        lambda cells: _mostly(cells, _is_number),
        kpi_name=kpi_name,
        kpi_unit=kpi_unit,
    )
