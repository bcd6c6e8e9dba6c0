"""How a person's text reaches the PDF: never as markup.

reportlab's `Paragraph` reads a small XML markup (`<b>`, `<font>`, `<img>`, `<a href>`,
`<link>`…). A plan's texts are plain text, so every one of them that goes into a Paragraph
passes through `escape`, the one function that makes it print literally: `&`, `<` and `>`
become entities, and line breaks become `<br/>` so the text keeps its lines. A name such as
`R&D <b>`, an `<img src=…>` or an `<a href="javascript:…">` is printed as typed, and adds no
image, link or font change.

Text drawn any other way is never parsed: table cells that `wrap_lines` cuts into lines, the
strings of a chart (`reportlab.graphics`), the running header and footer, and the PDF's
outline entries (bookmarks) are drawn character for character.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Characters a PDF text has no use for (C0 controls but tab and line breaks, and DEL).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BREAKS = re.compile(r"\r\n|\r|\n|\u2028|\u2029")
ELLIPSIS = "…"


def plain(text: object) -> str:
    """The text without control characters, its line breaks as "\\n", tabs as spaces."""
    cleaned = _CONTROL.sub("", str(text if text is not None else ""))
    return _BREAKS.sub("\n", cleaned).replace("\t", "    ")


def escape(text: object) -> str:
    """`text` as Paragraph markup that prints it literally, line breaks kept.

    The one way a person's text enters a Paragraph (see the module's docstring)."""
    body = plain(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return body.replace("\n", "<br/>")


def shorten(text: object, limit: int) -> str:
    """One line of at most `limit` characters, cut at a word with "…" when longer."""
    line = " ".join(plain(text).split())
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.") + ELLIPSIS


@lru_cache(maxsize=65536)
def _width(word: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(word, font, size))


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    """A word wider than the column, cut into pieces that fit (a URL, a long code)."""
    pieces: list[str] = []
    current = ""
    for char in word:
        if current and _width(current + char, font, size) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    if current:
        pieces.append(current)
    return pieces


def wrap_lines(
    text: object, font: str, size: float, width: float, max_lines: int | None = None
) -> str:
    """`text` cut into lines that fit `width` points, joined with "\\n", for a plain table
    cell (drawn as is, never parsed). Its own line breaks are kept; a word wider than the
    column is cut; past `max_lines`, the last line ends with "…"."""
    space = _width(" ", font, size)
    lines: list[str] = []
    for paragraph in plain(text).split("\n"):
        line, used = "", 0.0
        for word in paragraph.split():
            wide = _width(word, font, size)
            pieces = [word] if wide <= width else _break_word(word, font, size, width)
            for piece in pieces:
                piece_width = wide if len(pieces) == 1 else _width(piece, font, size)
                if line and used + space + piece_width > width:
                    lines.append(line)
                    line, used = piece, piece_width
                elif line:
                    line, used = f"{line} {piece}", used + space + piece_width
                else:
                    line, used = piece, piece_width
        lines.append(line)
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and _width(last + ELLIPSIS, font, size) > width:
            last = last[:-1]
        lines[-1] = last.rstrip() + ELLIPSIS
    return "\n".join(lines)
