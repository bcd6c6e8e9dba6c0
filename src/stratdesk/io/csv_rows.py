"""Read a delimited text export (CSV, TSV, TXT) row by row, whatever its size.

The encoding and the delimiter are guessed from the file's head (see `text_sniffing`); the
encoding is then checked over the whole file in chunks. Rows are parsed as they are read, so
memory does not grow with the file. Lines may end with LF, CR LF or a lone CR (old Mac Excel).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from stratdesk.i18n import translate
from stratdesk.io.errors import ImportRefused
from stratdesk.io.text_sniffing import (
    check_encoding,
    decode,
    looks_binary,
    not_text,
    sniff_delimiter,
)

HEAD_BYTES = 1 << 20  # what the guesses read
_BLANK = b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"


def cannot_read(exc: OSError) -> ImportRefused:
    return ImportRefused(
        translate("Import", "The file could not be read: {reason}").format(
            reason=exc.strerror or exc
        )
    )


class CsvRows:
    """The rows of a delimited text file; iterate to read them (again from the start)."""

    strict_width = True  # a short row is a ragged row

    def __init__(self, path: Path, head: bytes) -> None:
        self.path = Path(path)
        self.progress = 0.0
        try:
            self.size = self.path.stat().st_size
        except OSError as exc:
            raise cannot_read(exc) from None
        complete = len(head) >= self.size
        if complete and not head.strip(_BLANK):
            raise ImportRefused(translate("Import", "The file is empty."))
        text, encoding = decode(head, complete=complete)
        if looks_binary(text):
            raise ImportRefused(
                translate(
                    "Import",
                    "This file is not a spreadsheet export: it holds binary data, not text. "
                    "Choose a CSV or XLSX file.",
                )
            )
        self.encoding = encoding if complete else check_encoding(self.path, encoding)
        self.delimiter = sniff_delimiter(text)

    def __iter__(self) -> Iterator[list[str]]:
        try:
            raw = self.path.open("rb")
        except OSError as exc:
            raise cannot_read(exc) from None
        size = max(self.size, 1)
        with raw:
            text = io.TextIOWrapper(raw, encoding=self.encoding, newline="")
            # csv's field size limit (128 KiB) stops a binary file posing as one huge field.
            reader = csv.reader(text, delimiter=self.delimiter)
            count = 0
            try:
                for row in reader:
                    count += 1
                    if not count & 1023:
                        self.progress = raw.tell() / size
                    yield row
            except csv.Error as exc:
                raise _unreadable_line(reader.line_num, exc) from None
            except UnicodeDecodeError:
                raise not_text(self.encoding) from None
        self.progress = 1.0


def _unreadable_line(line: int, exc: csv.Error) -> ImportRefused:
    reason = translate("Import", "this line cannot be read as CSV ({reason})").format(reason=exc)
    return ImportRefused(reason, row=line or None)
