"""Guess how a text export was written: its encoding and its delimiter.

Encodings, in order: a byte-order mark (UTF-8, UTF-16, UTF-32) says it outright; NUL bytes
without a BOM mean UTF-16 when they sit every other byte, as in UTF-16 text (the byte order
from where they sit; a few NULs here and there are binary data); then strict UTF-8; then
cp1252 (Windows Western European, what French Excel writes as "CSV"), and Latin-1 as the
last resort, which decodes any byte. A large file is guessed from its head, then checked whole
in chunks (`check_encoding`) without holding it in memory.

Binary data that decodes as Latin-1 (no NUL bytes) is told from text by its share of control
characters (`looks_binary`).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from pathlib import Path

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
_UTF16_NULS = 0.3  # UTF-16 text of Latin letters and digits: nearly every other byte is NUL


def not_text(encoding: str) -> ImportRefused:
    """The refusal of a file whose bytes stop being text in the encoding it was read with."""
    if encoding.startswith(("utf-16", "utf-32", "utf-8-sig")):
        # A byte-order mark (or UTF-16's NULs) said which text it was, and it is not.
        reason = translate(
            "Import",
            "The file starts as {encoding} text but holds bytes that are not: it is damaged "
            "or not a spreadsheet export. Export it again as CSV or XLSX.",
        )
    else:
        reason = translate(
            "Import",
            "This file is not a spreadsheet export: it holds binary data, not text. "
            "Choose a CSV or XLSX file.",
        )
    return ImportRefused(reason.format(encoding=encoding.upper()))


def _decodes(data: bytes, encoding: str, final: bool) -> bool:
    try:
        codecs.getincrementaldecoder(encoding)().decode(data, final=final)
    except UnicodeDecodeError:
        return False
    return True


def _guess_encoding(data: bytes, *, complete: bool = True) -> str:
    """The encoding of `data` (the whole file, or its head when not `complete`)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    head = data[:4096]
    if b"\x00" in head:
        # ASCII text in UTF-16: every other byte is NUL, after the letter in little-endian.
        odd_nuls = head[1::2].count(0)
        even_nuls = head[0::2].count(0)
        if max(odd_nuls, even_nuls) >= _UTF16_NULS * (len(head) // 2):
            return "utf-16-le" if odd_nuls >= even_nuls else "utf-16-be"
    for encoding in ("utf-8", "cp1252"):
        # A head may end inside a character: only a whole file must end cleanly.
        if _decodes(data, encoding, final=complete):
            return encoding
    return "latin-1"


_FALLBACKS = {"utf-8": ("cp1252", "latin-1"), "cp1252": ("latin-1",)}
_CHUNK = 1 << 20


def check_encoding(path: Path, guess: str) -> str:
    """`guess` if the whole file decodes with it, else the next encoding that does (a UTF-8
    guess from the head falls back to cp1252, then Latin-1, as for a small file)."""
    for encoding in (guess, *_FALLBACKS.get(guess, ())):
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            with Path(path).open("rb") as stream:
                while chunk := stream.read(_CHUNK):
                    decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        return encoding
    raise not_text(guess)


# Control characters other than tab, line feed, carriage return and form feed.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_BINARY_SHARE = 0.02


def looks_binary(text: str) -> bool:
    """Whether decoded text is really binary data (an image, a zip, a database…)."""
    sample = text[:_SAMPLE_CHARS]
    return bool(sample) and len(_CONTROLS.findall(sample)) > _BINARY_SHARE * len(sample)


def decode(data: bytes, *, complete: bool = True) -> tuple[str, str]:
    """The text in `data` (a whole file, or its head) and the encoding it was read with."""
    encoding = _guess_encoding(data, complete=complete)
    try:
        text = codecs.getincrementaldecoder(encoding)().decode(data, final=complete)
    except UnicodeDecodeError:
        raise not_text(encoding) from None
    return text, encoding


def _score(sample: str, delimiter: str) -> tuple[int, int]:
    """(rows sharing the most common width, that width) when split on `delimiter`."""
    try:
        widths = Counter(
            len(row)
            # newline="": old Mac exports end their lines with a lone CR.
            for row in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
            if len(row) > 1 and any(cell.strip() for cell in row)
        )
    except csv.Error:  # not this delimiter's table (a stray quote); the reader will say
        return (0, 0)
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
