"""The building blocks of the sections: headings that bookmark themselves, text paragraphs
(escaped), bullet lists, and tables of plain cells.

Tables hold plain strings cut into lines by `markup.wrap_lines`: reportlab draws them as they
are (no markup is read), and a table of thousands of rows lays out quickly. A text that may be
very long (a description, a hypothesis) goes into a `text` paragraph instead, which wraps and
splits across pages.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from stratdesk.reports.fonts import BOLD, REGULAR
from stratdesk.reports.markup import escape, plain, wrap_lines
from stratdesk.reports.theme import INK, MUTED, RULE, ZEBRA, Theme

PAD = 3.0
CELL_SIZE = 8.0
CELL_LEADING = 10.0
NEED_BELOW = 90.0  # room a subheading needs under it (a few lines, a table's first rows)
_keys = itertools.count(1)


class Heading(Paragraph):
    """A title that marks its place: bookmark, outline entry (`level` 0 or 1) and, at level
    0, a line of the table of contents (see `document.PlanDocTemplate.afterFlowable`)."""

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        level: int,
        toc: bool = True,
        outline: str | None = None,
        need: float = 0.0,
    ) -> None:
        super().__init__(escape(text), style)
        self.bookmark_key = f"h{next(_keys)}"
        self.outline_level = level
        self.in_toc = toc and level == 0
        self.outline_text = " ".join(plain(outline or text).split())
        # Room needed under the title (0: none; its style may keep it with what follows).
        self.need = need

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        width, height = super().wrap(avail_width, avail_height)
        if self.need and avail_height < height + self.need:
            return width, avail_height + 1  # does not fit here: `split` sends it on
        return width, height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []  # a title is never cut; it goes to the next page whole


def table_heading(text: str, styles: Any) -> Heading:
    """A subheading over a table (or anything long that may run onto the next page): it
    stays on this page only with room for the first rows under it, and lets the rest split
    rather than sending the whole table to the next page."""
    return Heading(text, styles.h2_flow, 1, need=NEED_BELOW)


def text(value: object, style: ParagraphStyle, bullet: str | None = None) -> Paragraph:
    """A person's text as a paragraph that prints it literally, line breaks kept."""
    return Paragraph(escape(value), style, bulletText=bullet)


def labelled(label: str, value: object, style: ParagraphStyle) -> Paragraph:
    """ "**Label:** value" (the label is ours, the value escaped)."""
    return Paragraph(f"<b>{escape(label)}</b> {escape(value)}", style)


def bullets(items: Sequence[object], style: ParagraphStyle) -> list[Flowable]:
    indented = ParagraphStyle(f"{style.name}-bullet", parent=style, leftIndent=11, bulletIndent=1)
    return [Paragraph(escape(item), indented, bulletText="•") for item in items]


def gap(height: float = 6) -> Spacer:
    return Spacer(1, height)


@dataclass(frozen=True)
class Column:
    """A table column: its title, its share of the width, its alignment ("LEFT", "RIGHT",
    "CENTER"), how many lines a cell may take (None: all)."""

    title: str
    share: float
    align: str = "LEFT"
    max_lines: int | None = 8
    bold: bool = False
    rich: bool = False  # cells are (title, text): a bold title over muted text, wrapped


KEEP_TOTALS_ROWS = 200
SHORT_CELL = 600  # characters


def rich_cell(title: object, body: object, styles: Any) -> Paragraph:
    """A table cell with a bold title over a muted text (both escaped)."""
    markup = f"<b>{escape(title)}</b>"
    if plain(body).strip():
        markup += f'<br/><font color="#{MUTED.hexval()[2:]}">{escape(body)}</font>'
    return Paragraph(markup, styles.cell)


def table(
    columns: Sequence[Column],
    rows: Sequence[Sequence[object]],
    width: float,
    theme: Theme,
    *,
    size: float = CELL_SIZE,
    totals: Sequence[object] | None = None,
    styles: Any = None,
) -> Table:
    """A table of plain cells, its header repeated on every page it runs onto; `totals` adds
    a last row in bold."""
    total_share = sum(c.share for c in columns)
    widths = [width * c.share / total_share for c in columns]
    leading = size * CELL_LEADING / CELL_SIZE

    def cell(value: object, column: Column, col_width: float, bold: bool = False) -> Any:
        if column.rich and isinstance(value, tuple):
            return rich_cell(value[0], value[1], styles)
        font = BOLD if bold or column.bold else REGULAR
        return wrap_lines(value, font, size, col_width - 2 * PAD, column.max_lines)

    data: list[list[Any]] = [
        [cell(c.title, c, w, bold=True) for c, w in zip(columns, widths, strict=True)]
    ]
    data += [[cell(v, c, w) for v, c, w in zip(row, columns, widths, strict=True)] for row in rows]
    if totals is not None:
        data.append(
            [cell(v, c, w, bold=True) for v, c, w in zip(totals, columns, widths, strict=True)]
        )
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, size, leading),
        ("FONT", (0, 0), (-1, 0), BOLD, size, leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("BACKGROUND", (0, 0), (-1, 0), theme.tint),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, theme.accent),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, ZEBRA]),
    ]
    for index, column in enumerate(columns):
        if column.align != "LEFT":
            commands.append(("ALIGN", (index, 0), (index, -1), column.align))
        if column.bold:
            commands.append(("FONT", (index, 1), (index, -1), BOLD, size, leading))
    if totals is not None:
        commands += [
            ("FONT", (0, -1), (-1, -1), BOLD, size, leading),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
            ("BACKGROUND", (0, -1), (-1, -1), theme.tint),
        ]
    # The totals kept with the last row (never alone atop a page). Only for short tables of
    # short cells: NOSPLIT is worked out over the whole table at every page break, and a row
    # split inside (a long description) would then be cut under a header repeated mid-page.
    keep_totals = totals is not None and 0 < len(rows) <= KEEP_TOTALS_ROWS and _short(rows)
    if keep_totals:
        commands.append(("NOSPLIT", (0, -2), (-1, -1)))
    return Table(
        data,
        colWidths=widths,
        style=TableStyle(commands),
        repeatRows=1,
        hAlign="LEFT",
        splitInRow=0 if keep_totals else 1,
    )


def _short(rows: Sequence[Sequence[object]]) -> bool:
    """Whether every cell is short enough that no row needs splitting across pages."""

    def length(value: object) -> int:
        return sum(map(length, value)) if isinstance(value, tuple) else len(str(value))

    return all(length(value) <= SHORT_CELL for row in rows for value in row)


def facts(
    pairs: Sequence[tuple[str, object]], width: float, styles: Any, label_share: float = 0.28
) -> Table:
    """Label/value lines (the values escaped paragraphs, so long ones wrap)."""
    rows = [
        [Paragraph(escape(label), styles.cell_bold), Paragraph(escape(value), styles.cell)]
        for label, value in pairs
    ]
    style = TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]
    )
    return Table(
        rows,
        colWidths=[width * label_share, width * (1 - label_share)],
        style=style,
        hAlign="LEFT",
        splitInRow=1,
    )


def boxed(flowables: list[Flowable], width: float, theme: Theme) -> Table:
    """Flowables in a pale box with the accent on its left (a callout)."""
    box = Table([[flowables]], colWidths=[width], hAlign="LEFT", splitInRow=1)
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), theme.tint),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, theme.accent),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return box


def together(*flowables: Flowable) -> KeepTogether:
    return KeepTogether(list(flowables))


def note(value: str, styles: Any) -> Paragraph:
    """A muted line of ours (already translated), escaped all the same."""
    return Paragraph(escape(value), styles.muted)


__all__ = [
    "MUTED",
    "Column",
    "Heading",
    "boxed",
    "bullets",
    "facts",
    "gap",
    "labelled",
    "note",
    "table",
    "text",
    "together",
]
