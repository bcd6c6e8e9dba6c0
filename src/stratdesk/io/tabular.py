"""Read a CSV or XLSX export as one table: a header row and the data rows under it.

Exports from ad platforms and spreadsheets carry more than a table: title and date-range rows
above the header, blank rows, a totals row below the data. The header is the first row of at
least two cells, none of them a number or a date, that is followed by a row holding a number
or a date (looked for among the first `HEAD_ROWS` filled rows). Blank rows are dropped, and so
are the totals rows after the data; ragged rows are refused. Row numbers are the ones a person
sees in a spreadsheet (file rows from 1).

`TableStream` reads the data rows one by one (an export of millions of rows never sits in
memory); `read_table` gathers them for a small file.
"""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from stratdesk.i18n import translate
from stratdesk.i18n.formatting import parse_number
from stratdesk.io.csv_rows import HEAD_BYTES, CsvRows, cannot_read
from stratdesk.io.date_parsing import parse_date
from stratdesk.io.errors import ImportRefused
from stratdesk.io.xlsx_reading import Cell, XlsxRows

HEAD_ROWS = 200  # filled rows among which the header is looked for
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # the old binary .xls (and .doc) container
_TOTALS = re.compile(r"^(?:grand[ -]?|sous[ -]?|sub[ -]?)?(?:totals?|totaux)\b")
_TOTALS_INITIALS = frozenset("gGsStT")


@dataclass(frozen=True)
class Table:
    """A header and its data rows, each padded to the header's width."""

    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    row_numbers: tuple[int, ...]  # file row of each data row
    header_row: int
    encoding: str | None = None  # None for a workbook
    delimiter: str | None = None
    dropped_rows: tuple[int, ...] = ()  # totals rows left out


def fold(text: str) -> str:
    """Lower case, no accents, single spaces ("Total Général" → "total general")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.replace("’", "'").replace("‘", "'").split())


def _blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _filled(row: list[Cell]) -> int:
    return sum(not _blank(cell) for cell in row)


def _value_like(cell: Cell) -> bool:
    """A number or a date (not text, not an empty marker such as "--")."""
    if _blank(cell):
        return False
    try:
        if parse_number(cell) is not None:
            return True
    except ValueError:
        pass
    try:
        return parse_date(cell) is not None
    except ValueError:
        return False


def _width(row: list[Cell]) -> int:
    end = len(row)
    while end and _blank(row[end - 1]):
        end -= 1
    return end


def _find_header(rows: list[list[Cell]]) -> int:
    """The index of the header among filled rows (see the module's rule)."""
    fallback = None
    for index, row in enumerate(rows):
        if _filled(row) < 2:
            continue
        if fallback is None:
            fallback = index
        if any(_value_like(cell) for cell in row):
            continue
        following = rows[index + 1] if index + 1 < len(rows) else None
        if following and _filled(following) >= 2 and any(_value_like(c) for c in following):
            return index
    if fallback is None:
        raise ImportRefused(
            translate("Import", "No header row found: no row has at least two filled cells.")
        )
    return fallback


def _any_filled(row: list[Cell]) -> bool:
    """`_filled(row) > 0`, quicker: this runs for every row of a big file."""
    for cell in row:  # noqa: SIM110 (a loop that stops early beats any() over a generator)
        if cell is not None and (cell.__class__ is not str or cell.strip()):
            return True
    return False


def _is_totals(row: list[Cell]) -> bool:
    for cell in row:  # the first filled cell says "Total", "Sous-total", "Grand total"…
        if cell is None:
            continue
        if cell.__class__ is not str:
            return False
        text = cell.lstrip()
        if text:
            # A day or a number: no need to fold it (every data row comes here).
            return text[0] in _TOTALS_INITIALS and bool(_TOTALS.match(fold(text)))
    return False


def _header_names(row: list[Cell], width: int) -> tuple[str, ...]:
    names = []
    for number, cell in enumerate(row[:width], start=1):
        text = "" if _blank(cell) else str(cell).strip()
        names.append(text or translate("Import", "Column {number}").format(number=number))
    return tuple(names)


def open_rows(path: Path) -> CsvRows | XlsxRows:
    """The raw rows of a CSV/TSV/TXT or XLSX file (the kind is read from its first bytes)."""
    path = Path(path)
    try:
        with path.open("rb") as stream:
            head = stream.read(HEAD_BYTES)
    except OSError as exc:
        raise cannot_read(exc) from None
    if head.startswith(_OLE_MAGIC):
        raise ImportRefused(
            translate(
                "Import", "Old Excel files (.xls) cannot be read: save it as .xlsx or CSV first."
            )
        )
    if head.startswith(_ZIP_MAGIC):
        return XlsxRows(path)
    return CsvRows(path, head)


class TableStream:
    """A table read as it goes: its header at once, then `data_rows()` one by one."""

    def __init__(self, path: Path, head_rows: int = HEAD_ROWS) -> None:
        self.source = open_rows(path)
        self.encoding = self.source.encoding
        self.delimiter = self.source.delimiter
        self._rows = _numbered_filled(self.source)
        head: list[tuple[int, list[Cell]]] = []
        for item in self._rows:
            head.append(item)
            if len(head) >= head_rows:
                break
        if not head:
            raise ImportRefused(translate("Import", "The file is empty."))
        index = _find_header([row for _, row in head])
        self.header_row, header = head[index]
        self.width = _width(header)
        self.header = _header_names(header, self.width)
        self._pending = deque(head[index + 1 :])  # read already, not yet handed out
        self.dropped_rows: tuple[int, ...] = ()  # known once the data rows are read

    @property
    def progress(self) -> float:
        """The share of the file read so far (0 to 1)."""
        return self.source.progress

    def data_rows(self) -> Iterator[tuple[int, tuple[Cell, ...]]]:
        """(file row, cells padded to the header's width) for each data row; once only.

        Totals rows are held back until a data row follows them (then they are data) or the
        file ends (then they are dropped, see `dropped_rows`).
        """
        held: list[tuple[int, list[Cell]]] = []
        width = self.width
        for number, row in self._filled_rows():
            if _is_totals(row):
                held.append((number, row))
                continue
            if held:
                for item in held:
                    yield self._checked(*item)
                held = []
            # Inlined `_checked` for the usual row: one per line of a big file.
            yield (number, tuple(row)) if len(row) == width else self._checked(number, row)
        self.dropped_rows = tuple(number for number, _ in held)

    def raw_rows(self) -> Iterator[list[Cell]]:
        """The filled rows after the header as they are (totals rows too, unchecked): a quick
        pass over a file to count its rows or read one column. Once only, like `data_rows`."""
        for _, row in self._filled_rows():
            yield row

    def _filled_rows(self) -> Iterator[tuple[int, list[Cell]]]:
        pending = self._pending
        while pending:
            yield pending.popleft()  # popped first: a reader that stops does not see it again
        # Not `yield from`: closing this generator must leave the shared one open.
        for item in self._rows:  # noqa: UP028
            yield item

    def _checked(self, number: int, row: list[Cell]) -> tuple[int, tuple[Cell, ...]]:
        width = self.width
        cells = _width(row) if _width(row) > width else len(row)
        if cells > width or (self.source.strict_width and cells < width):
            raise ImportRefused(
                translate(
                    "Import", "it has {cells} cells but the header (row {header}) has {width}"
                ).format(cells=cells, header=self.header_row, width=width),
                row=number,
            )
        return number, tuple(row[:width]) + (None,) * (width - len(row))

    def no_data(self) -> ImportRefused:
        return ImportRefused(
            translate("Import", "There are no data rows under the header (row {row}).").format(
                row=self.header_row
            )
        )


def _numbered_filled(rows: CsvRows | XlsxRows) -> Iterator[tuple[int, list[Cell]]]:
    source: Iterable[Sequence[Cell]] = rows  # a CSV row's texts are cells too
    for number, texts in enumerate(source, start=1):
        row = list(texts)
        if _any_filled(row):
            yield number, row


def read_table(path: Path) -> Table:
    """The table in a CSV/TSV/TXT or XLSX file; ImportRefused says what is wrong and where."""
    stream = TableStream(Path(path))
    data: list[tuple[Cell, ...]] = []
    numbers: list[int] = []
    for number, cells in stream.data_rows():
        data.append(cells)
        numbers.append(number)
    if not data:
        raise stream.no_data()
    return Table(
        header=stream.header,
        rows=tuple(data),
        row_numbers=tuple(numbers),
        header_row=stream.header_row,
        encoding=stream.encoding,
        delimiter=stream.delimiter,
        dropped_rows=stream.dropped_rows,
    )
