"""The first pass of an import over its value column: what must be settled before writing.

Every cell of the value column is looked at once, as the rows stream past (memory stays
bounded: counts, the first few rows named, the votes):

- the decimal separator, by the votes of the whole column (then of the file's other columns,
  see `DecimalVotes`); when the column holds cells that read two ways ("1.200") and nothing
  settles them, the import must ask (`AmbiguousDecimal`);
- the rows without a value (empty, `n/a`, `--`): the import refuses them unless the person
  chose to skip them (`BlankValues`), and then names and counts them.
"""

from __future__ import annotations

from collections.abc import Sequence

from stratdesk.i18n.formatting import EMPTY_MARKERS
from stratdesk.io.decimal_votes import DecimalVotes
from stratdesk.io.import_questions import ROWS_NAMED, AmbiguousDecimal
from stratdesk.io.number_parsing import is_ambiguous
from stratdesk.io.xlsx_reading import Cell

_STRIPPED = " \u00a0\u202f\u2009\u2007\t\r\n"


def is_blank(cell: Cell) -> bool:
    """Whether a value cell says "no value" (as `parse_number` reads it: None)."""
    if cell is None:
        return True
    return isinstance(cell, str) and cell.strip(_STRIPPED).casefold() in EMPTY_MARKERS


class ValueScan:
    """Counts what the value column holds; `decimal()` gives the separator to read it with."""

    def __init__(self, date_column: int, value_column: int, value_name: str) -> None:
        self.votes = DecimalVotes(date_column, value_column)
        self.value_column = value_column
        self.value_name = value_name
        self.rows = 0
        self.blank_rows: list[int] = []  # the first ones, to name them
        self.blank_count = 0
        self.ambiguous: tuple[int, str] | None = None  # the first cell that reads two ways

    def add(self, number: int, row: Sequence[Cell]) -> None:
        self.rows += 1
        cell = row[self.value_column] if len(row) > self.value_column else None
        if cell is None or (cell.__class__ is str and is_blank(cell)):
            self.blank_count += 1
            if len(self.blank_rows) < ROWS_NAMED:
                self.blank_rows.append(number)
            return
        self.votes.add(row)
        if (
            self.ambiguous is None
            and cell.__class__ is str
            and ("," in cell or "." in cell)
            and is_ambiguous(cell)
        ):
            self.ambiguous = (number, cell.strip())

    def decimal(self, delimiter: str | None, chosen: str | None = None) -> str | None:
        """The decimal separator: `chosen`, else the file's; `AmbiguousDecimal` when the
        column holds a value that reads two ways and nothing settles it."""
        if chosen is not None:
            return chosen
        found = self.votes.separator(delimiter)
        if found is None and self.ambiguous is not None:
            row, text = self.ambiguous
            raise AmbiguousDecimal(row, text, self.value_name)
        return found
