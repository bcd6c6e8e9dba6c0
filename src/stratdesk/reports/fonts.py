"""The PDF's typeface: DejaVu Sans Condensed, shipped in `resources/fonts` and embedded.

One Unicode TrueType family covers French and English, other Latin scripts, Greek and
Cyrillic, and the symbols printed beside labels (✓ ✗ ▲ ▼ ★ ● ◆ ↗ →), so nothing prints as a
missing-glyph box. reportlab embeds the subset of glyphs a document uses. Registered once per
process, on the first export (reportlab is imported only then).
"""

from __future__ import annotations

import threading

from stratdesk.resources import resource

REGULAR = "StratdeskSans"
BOLD = "StratdeskSans-Bold"
FILES = {REGULAR: "DejaVuSansCondensed.ttf", BOLD: "DejaVuSansCondensed-Bold.ttf"}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the family with reportlab (regular and bold; `<b>` in a Paragraph is bold)."""
    global _registered
    with _lock:
        if _registered:
            return
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for name, file in FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file))))
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
        )
        from reportlab.graphics import shapes
        from reportlab.platypus import tables

        # Table cells and drawings start in Helvetica (reportlab's default) even when their
        # texts never use it, which puts a font that is not embedded into the pages: ours.
        tables.CellStyle.fontname = REGULAR
        shapes.STATE_DEFAULTS["fontName"] = REGULAR
        _registered = True
