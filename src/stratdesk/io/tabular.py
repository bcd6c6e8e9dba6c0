"""Read a CSV or XLSX export as one table: a header row and the data rows under it.

Exports from ad platforms and spreadsheets carry more than a table: title and date-range rows
above the header, blank rows, a totals row below the data. `read_table` finds the header (the
first row of at least two cells, none of them a number or a date, that is followed by a row
holding a number or a date), drops blank rows and the totals rows after the data, and refuses
ragged rows. Row numbers are the ones a person sees in a spreadsheet (file rows from 1).
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from stratdesk.i18n import translate
from stratdesk.i18n.formatting import parse_number
from stratdesk.io.date_parsing import parse_date
from stratdesk.io.errors import ImportRefused
from stratdesk.io.text_sniffing import decode, sniff_delimiter
from stratdesk.io.xlsx_reading import Cell, read_xlsx_rows

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # the old binary .xls (and .doc) container
_TOTALS = re.compile(r"^(?:grand[ -]?|sous[ -]?|sub[ -]?)?(?:totals?|totaux)\b")


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
    """Lower case, no accents, no accents, single spaces ("Total Général" → "total general")."""
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


def _next_filled(rows: list[list[Cell]], index: int) -> list[Cell] | None:
    for row in rows[index + 1 :]:
        if _filled(row):
            return row
    return None


def _find_header(rows: list[list[Cell]]) -> int:
    """The index of the header row (see the module's rule)."""
    fallback = None
    for index, row in enumerate(rows):
        if _filled(row) < 2:
            continue
        if fallback is None:
            fallback = index
        if any(_value_like(cell) for cell in row):
            continue
        following = _next_filled(rows, index)
        if following and _filled(following) >= 2 and any(_value_like(c) for c in following):
            return index
    if fallback is None:
        raise ImportRefused(
            translate("Import", "No header row found: no row has at least two filled cells.")
        )
    return fallback


def _is_totals(row: list[Cell]) -> bool:
    first = next((cell for cell in row if not _blank(cell)), None)
    return isinstance(first, str) and bool(_TOTALS.match(fold(first)))


def _header_names(row: list[Cell], width: int) -> tuple[str, ...]:
    names = []
    for number, cell in enumerate(row[:width], start=1):
        text = "" if _blank(cell) else str(cell).strip()
        names.append(text or translate("Import", "Column {number}").format(number=number))
    return tuple(names)


def _read_rows(path: Path) -> tuple[list[list[Cell]], str | None, str | None, bool]:
    """(rows, encoding, delimiter, whether short rows are ragged) of a file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportRefused(
            translate("Import", "The file could not be read: {reason}").format(
                reason=exc.strerror or exc
            )
        ) from None
    if data.startswith(_OLE_MAGIC):
        raise ImportRefused(
            translate(
                "Import", "Old Excel files (.xls) cannot be read: save it as .xlsx or CSV first."
            )
        )
    if data.startswith(_ZIP_MAGIC):
        return read_xlsx_rows(path), None, None, False
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ImportRefused(translate("Import", "The file is empty."))
    text, encoding = decode(data)
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[Cell]] = [list(row) for row in reader]  # lists of str, typed as cells
    return rows, encoding, delimiter, True


def read_table(path: Path) -> Table:
    """The table in a CSV/TSV/TXT or XLSX file; ImportRefused says what is wrong and where."""
    rows, encoding, delimiter, strict_width = _read_rows(Path(path))
    if not any(_filled(row) for row in rows):
        raise ImportRefused(translate("Import", "The file is empty."))
    header_index = _find_header(rows)
    width = _width(rows[header_index])
    body = list(enumerate(rows, start=1))[header_index + 1 :]
    dropped: list[int] = []
    while body and (not _filled(body[-1][1]) or _is_totals(body[-1][1])):
        number, row = body.pop()
        if _filled(row):
            dropped.append(number)
    data: list[tuple[Cell, ...]] = []
    numbers: list[int] = []
    for number, row in body:
        if not _filled(row):
            continue
        cells = _width(row) if _width(row) > width else len(row)
        if cells > width or (strict_width and cells < width):
            raise ImportRefused(
                translate(
                    "Import", "it has {cells} cells but the header (row {header}) has {width}"
                ).format(cells=cells, header=header_index + 1, width=width),
                row=number,
            )
        data.append(tuple(row[:width]) + (None,) * (width - len(row)))
        numbers.append(number)
    if not data:
        raise ImportRefused(
            translate("Import", "There are no data rows under the header (row {row}).").format(
                row=header_index + 1
            )
        )
    return Table(
        header=_header_names(rows[header_index], width),
        rows=tuple(data),
        row_numbers=tuple(numbers),
        header_row=header_index + 1,
        encoding=encoding,
        delimiter=delimiter,
        dropped_rows=tuple(reversed(dropped)),
    )
