"""Which decimal separator a file uses, decided by its cells as they stream past.

One file keeps one convention, and a column of "1,234" alone cannot tell: the value column's
cells vote first (all of them), then, if they never say, the other columns of the first
`OTHER_ROWS` rows (cost and rate columns next to it usually can). A comma-delimited file
without a clue uses dots.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from stratdesk.io.number_parsing import separator_vote
from stratdesk.io.xlsx_reading import Cell

OTHER_ROWS = 5_000


def vote(text: str) -> str | None:
    """The separator one cell votes for, None when it cannot tell (as in
    `number_parsing.guess_decimal_separator`, one cell at a time)."""
    return separator_vote(text)


class DecimalVotes:
    """Counts the votes of the cells of a stream of rows; `separator()` gives the verdict."""

    def __init__(self, date_column: int, value_column: int) -> None:
        self._date = date_column
        self._value = value_column
        self._values: Counter[str] = Counter()
        self._others: Counter[str] = Counter()
        self._rows = 0

    def add(self, row: Sequence[Cell]) -> None:
        cell = row[self._value]
        # Only a cell with a comma or a dot can vote (most cells of a big file are plain).
        if isinstance(cell, str) and ("," in cell or "." in cell) and (mark := vote(cell)):
            self._values[mark] += 1
        self._rows += 1
        if self._rows > OTHER_ROWS or self._values:
            return
        for index, other in enumerate(row):
            if index in (self._date, self._value) or not isinstance(other, str):
                continue
            if mark := vote(other):
                self._others[mark] += 1

    def separator(self, delimiter: str | None) -> str | None:
        for votes in (self._values, self._others):
            if votes:
                return votes.most_common(1)[0][0]
        return "." if delimiter == "," else None
