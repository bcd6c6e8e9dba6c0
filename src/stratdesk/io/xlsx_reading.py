"""Read the first sheet of an `.xlsx` workbook as rows of typed cells, as they are needed.

openpyxl parses the workbook's XML with defusedxml whenever defusedxml is installed (it is a
dependency of stratdesk; `openpyxl.xml.DEFUSEDXML` says so), which refuses entity-expansion
("billion laughs") and external-entity tricks hidden in a hostile file. The workbook is opened
read-only (streamed, low memory) with cached formula results (`data_only`): an import wants
the values a person saw, not the formulas. It is handed an open file, not a path: openpyxl
judges a path by its extension, and a workbook saved or renamed as `.csv` is still a workbook.
A ZIP archive that is not a workbook (an OpenDocument sheet, a Word file, a plain archive) is
refused saying what it is.
"""

from __future__ import annotations

import datetime as dt
import warnings
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from stratdesk.i18n import translate
from stratdesk.io.errors import ImportRefused

Cell = str | int | float | bool | dt.date | dt.datetime | dt.time | None


def defused() -> bool:
    """Whether openpyxl reads XML through defusedxml (it must, for files from anywhere)."""
    from openpyxl.xml import DEFUSEDXML

    return bool(DEFUSEDXML)


@contextmanager
def _refusals() -> Iterator[None]:
    """openpyxl's and the XML parser's errors, as one sentence."""
    from defusedxml import DefusedXmlException
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        with warnings.catch_warnings():
            # "Workbook contains no default style" and the like: harmless for reading values.
            warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")
            yield
    except (
        zipfile.BadZipFile,
        InvalidFileException,
        KeyError,
        ValueError,  # also defusedxml's refusals of entity tricks
        SyntaxError,  # xml.etree's ParseError
        OSError,
    ) as exc:
        if isinstance(exc, DefusedXmlException) or isinstance(exc.__cause__, DefusedXmlException):
            raise ImportRefused(
                translate("Import", "The workbook holds unsafe XML (entity tricks): not read.")
            ) from None
        raise ImportRefused(
            translate("Import", "The workbook could not be read: {reason}").format(reason=exc)
        ) from None
    except IndexError:
        raise ImportRefused(translate("Import", "The workbook has no sheet.")) from None


def _zip_refusal(path: Path) -> ImportRefused | None:
    """None for an Excel workbook; else the refusal saying what this ZIP archive is."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            kind = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        return ImportRefused(
            translate(
                "Import",
                "This file starts like a ZIP archive (as .xlsx workbooks do) but is damaged. "
                "Export it again as CSV or XLSX.",
            )
        )
    if "xl/workbook.xml" in names:
        return None
    if "xl/workbook.bin" in names:
        reason = translate(
            "Import",
            "This is a binary Excel workbook (.xlsb), which cannot be read: save it as .xlsx "
            "or CSV first.",
        )
    elif kind.startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
        reason = translate(
            "Import",
            "This is an OpenDocument spreadsheet (.ods), which cannot be read: save it as "
            ".xlsx or CSV first.",
        )
    elif kind.startswith(b"application/vnd.oasis.opendocument") or "word/document.xml" in names:
        reason = translate(
            "Import",
            "This is a text document, not a spreadsheet: choose a CSV or XLSX file.",
        )
    else:
        reason = translate(
            "Import",
            "This is a ZIP archive, not a spreadsheet: choose a CSV or XLSX file (if the "
            "export is inside the archive, extract it first).",
        )
    return ImportRefused(reason)


class XlsxRows:
    """The rows of a workbook's first sheet, row 1 first; empty rows are empty lists.

    Iterating reads the sheet as it goes; `progress` is the share of its rows read so far.
    """

    strict_width = False  # spreadsheets drop empty cells at the end of a row
    encoding: str | None = None
    delimiter: str | None = None

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.progress = 0.0
        if not defused():
            # OPENPYXL_DEFUSEDXML=False turns the protection off: refuse rather than parse unsafely.
            raise ImportRefused(
                translate("Import", "Workbooks cannot be read safely here (defusedxml is off).")
            )
        if (refusal := _zip_refusal(self.path)) is not None:
            raise refusal

    def __iter__(self) -> Iterator[list[Cell]]:
        import openpyxl  # only an XLSX import pays for it

        try:
            stream = self.path.open("rb")
        except OSError as exc:
            raise ImportRefused(
                translate("Import", "The file could not be read: {reason}").format(
                    reason=exc.strerror or exc
                )
            ) from None
        with stream:  # open while the sheet is read (read-only workbooks read as they go)
            with _refusals():
                workbook = openpyxl.load_workbook(stream, read_only=True, data_only=True)
            try:
                with _refusals():
                    sheet = workbook.worksheets[0]
                    total = max(sheet.max_row or 0, 1)
                    for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
                        self.progress = min(number / total, 1.0)
                        yield _trim([_cell(value) for value in row])
            finally:
                workbook.close()
        self.progress = 1.0


def read_xlsx_rows(path: Path) -> list[list[Cell]]:
    """Every row of the workbook's first sheet, row 1 first; empty rows are empty lists."""
    return list(XlsxRows(path))


def _cell(value: object) -> Cell:
    """A sheet's value as a `Cell`; the rarer kinds (durations, rich text, decimals) as the text
    that the readers of cells would have made of them anyway."""
    if value is None or isinstance(value, str | int | float | dt.date | dt.time):
        return value
    return str(value)


def _trim(row: list[Cell]) -> list[Cell]:
    # Sheets often carry formatted but empty cells to the right: drop them.
    end = len(row)
    while end and (row[end - 1] is None or row[end - 1] == ""):
        end -= 1
    return row[:end]
