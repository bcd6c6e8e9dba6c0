"""Colours and paragraph styles of the PDF, from the client's brand colour.

The brand colour marks the cover band, the section titles and the table headers' rule. Text
set in it is darkened until it reads on white (a contrast of at least 4.5:1), and text on a
brand-coloured band is white or black, whichever reads. Charts never rely on colour alone:
they carry patterns, symbols or labels too (see `drawings`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from stratdesk.reports.fonts import BOLD, REGULAR

INK = colors.HexColor("#1F2328")
MUTED = colors.HexColor("#5F6368")
RULE = colors.HexColor("#C3C8CD")
ZEBRA = colors.HexColor("#F4F5F6")
PAPER = colors.white
SOBER = "#3A4A5C"  # the accent of a plan whose brand colour cannot be read


def _luminance(colour: colors.Color) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in (colour.red, colour.green, colour.blue))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: colors.Color, b: colors.Color) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def mix(colour: colors.Color, other: colors.Color, share: float) -> colors.Color:
    """`colour` moved `share` (0..1) of the way to `other`."""
    return colors.Color(
        colour.red + (other.red - colour.red) * share,
        colour.green + (other.green - colour.green) * share,
        colour.blue + (other.blue - colour.blue) * share,
    )


@dataclass(frozen=True)
class Theme:
    accent: colors.Color  # the brand colour (bands, rules)
    accent_text: colors.Color  # the brand colour darkened until it reads on white
    on_accent: colors.Color  # text on the accent: white or black
    tint: colors.Color  # a pale wash of the accent (table headers, boxes)

    @classmethod
    def of(cls, brand: str) -> Theme:
        try:
            accent = colors.HexColor(brand)
        except (ValueError, TypeError):
            accent = colors.HexColor(SOBER)
        text = accent
        for _ in range(20):
            if contrast(text, PAPER) >= 4.5:
                break
            text = mix(text, colors.black, 0.15)
        on_accent = colors.white if contrast(accent, colors.white) >= 3 else INK
        return cls(accent, text, on_accent, mix(accent, PAPER, 0.88))


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h2_flow: ParagraphStyle
    h3: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    quote: ParagraphStyle
    quote_plain: ParagraphStyle
    cover_title: ParagraphStyle
    cover_line: ParagraphStyle
    cover_client: ParagraphStyle
    kicker: ParagraphStyle
    toc: ParagraphStyle
    centred: ParagraphStyle
    bullet: ParagraphStyle


def make_styles(theme: Theme) -> Styles:
    def style(name: str, **options: Any) -> ParagraphStyle:
        base: dict[str, Any] = {
            "fontName": REGULAR,
            "bulletFontName": REGULAR,  # the bullet too: reportlab's default is Helvetica
            "fontSize": 9.5,
            "leading": 13,
            "textColor": INK,
            "splitLongWords": 1,
        }
        return ParagraphStyle(name, **{**base, **options})

    return Styles(
        body=style("body", spaceAfter=4),
        small=style("small", fontSize=8.5, leading=11),
        muted=style("muted", fontSize=8.5, leading=11, textColor=MUTED),
        h1=style(
            "h1",
            fontName=BOLD,
            fontSize=19,
            leading=24,
            textColor=theme.accent_text,
            spaceAfter=10,
            keepWithNext=1,
        ),
        h2=style(
            "h2",
            fontName=BOLD,
            fontSize=12.5,
            leading=16,
            spaceBefore=10,
            spaceAfter=5,
            keepWithNext=1,
        ),
        h2_flow=style(
            "h2_flow", fontName=BOLD, fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=5
        ),
        h3=style(
            "h3",
            fontName=BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,
        ),
        cell=style("cell", fontSize=8, leading=10),
        cell_bold=style("cell_bold", fontName=BOLD, fontSize=8, leading=10),
        cell_right=style("cell_right", fontSize=8, leading=10, alignment=TA_RIGHT),
        quote=style(
            "quote",
            fontSize=10.5,
            leading=15,
            leftIndent=10,
            borderPadding=(6, 8, 6, 8),
            backColor=theme.tint,
            spaceBefore=4,
            spaceAfter=8,
        ),
        quote_plain=style("quote_plain", fontSize=10.5, leading=15),
        cover_title=style("cover_title", fontName=BOLD, fontSize=30, leading=36),
        cover_line=style("cover_line", fontSize=13, leading=18, textColor=MUTED),
        cover_client=style("cover_client", fontSize=18, leading=23),
        kicker=style("kicker", fontName=BOLD, fontSize=10, leading=14, textColor=theme.accent_text),
        toc=style("toc", fontSize=11, leading=20),
        centred=style("centred", fontSize=8.5, leading=11, alignment=TA_CENTER),
        bullet=style("bullet", fontSize=8.5, leading=11, leftIndent=10, bulletIndent=0),
    )
