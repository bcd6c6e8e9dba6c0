"""The PDF's tables: totals kept with the last row when every row is short (no split inside a
row then), and long tables or long cells left free to split, even inside a row."""

from __future__ import annotations

from stratdesk.reports.flowables import Column, table
from stratdesk.reports.fonts import register_fonts
from stratdesk.reports.theme import Theme, make_styles

COLUMNS = [Column("Action", 3.0, rich=True), Column("Planned", 1.0, align="RIGHT")]


def _nosplit(built) -> bool:
    return any(command[0] == "NOSPLIT" for command in built._nosplitCmds)


def _table(rows, totals=("Total", "€1.00")):
    register_fonts()
    theme = Theme.of("#1F6FB2")
    return table(COLUMNS, rows, 400, theme, totals=totals, styles=make_styles(theme))


def test_short_rows_keep_their_totals_with_the_last_row() -> None:
    built = _table([[("Stand", "At the fair"), "€1.00"]] * 5)
    assert _nosplit(built) and built.splitInRow == 0


def test_long_cells_or_long_tables_split_freely() -> None:
    long_text = [[("Stand", "word " * 200), "€1.00"]]
    for built in (
        _table(long_text),
        _table([[("Stand", ""), "€1.00"]] * 300),
        _table(long_text, None),
    ):
        assert not _nosplit(built) and built.splitInRow == 1


def test_the_shipped_font_covers_latin_greek_and_cyrillic() -> None:
    from reportlab.pdfbase import pdfmetrics

    from stratdesk.reports.fonts import BOLD, REGULAR

    register_fonts()
    sample = "àéèêëîïôœùûüÿç ÀÉŒÇ € « » ’ – … ß ø å ł ń ž ş ğ ő Ελληνικά αβγ Кириллица ЖЩЯ ї є"
    for name in (REGULAR, BOLD):
        glyphs = pdfmetrics.getFont(name).face.charToGlyph
        missing = [ch for ch in sample if not ch.isspace() and glyphs.get(ord(ch), 0) == 0]
        assert missing == [], (name, missing)
