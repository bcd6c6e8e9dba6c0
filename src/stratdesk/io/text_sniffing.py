"""Guess how a text export was written: its encoding and its delimiter.

Encodings, in order: a byte-order mark (UTF-8, UTF-16, UTF-32) says it outright; NUL bytes
without a BOM mean UTF-16 (the byte order from where the NULs sit); then strict UTF-8; then
cp1252 (Windows Western European, what French Excel writes as "CSV"), and Latin-1 as the
last resort, which decodes any byte.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter

from stratdesk.i18n import translate
from stratdesk.io.errors import ImportRefused

DELIMITERS = (";", "\t", ",", "|")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SAMPLE_CHARS = 64_000


def _guess_encoding(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    head = data[:4096]
    if b"\x00" in head:
        # ASCII text in UTF-16: every other byte is NUL, after the letter in little-endian.
        odd_nuls = head[1::2].count(0)
        even_nuls = head[0::2].count(0)
        return "utf-16-le" if odd_nuls >= even_nuls else "utf-16-be"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return "latin-1"
    return "cp1252"


def decode(data: bytes) -> tuple[str, str]:
    """The text in `data` and the encoding it was read with."""
    encoding = _guess_encoding(data)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise ImportRefused(
            translate("Import", "The file could not be read as text ({encoding}).").format(
                encoding=encoding
            )
        ) from None
    return text, encoding


def _score(sample: str, delimiter: str) -> tuple[int, int]:
    """(rows sharing the most common width, that width) when split on `delimiter`."""
    widths = Counter(
        len(row)
        for row in csv.reader(io.StringIO(sample), delimiter=delimiter)
        if len(row) > 1 and any(cell.strip() for cell in row)
    )
    if not widths:
        return (0, 0)
    width, count = max(widths.items(), key=lambda item: (item[1], item[0]))
    return (count, width)


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits most rows into the same number (≥ 2) of cells.

    Counting beats `csv.Sniffer` on ad-platform exports, whose title rows and French decimal
    commas confuse it. Ties go to the first of `DELIMITERS`.
    """
    sample = text[:_SAMPLE_CHARS]
    if len(text) > _SAMPLE_CHARS:
        sample = sample[: sample.rfind("\n") + 1] or sample  # no half row at the end
    best = max(DELIMITERS, key=lambda d: (_score(sample, d), -DELIMITERS.index(d)))
    return best
