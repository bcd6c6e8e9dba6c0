"""The projector theme: high contrast, the client's brand colour as accent, strong frames.

It is set on the workshop's own window only (the palette of its stage, which the pages in it
take; a style sheet on its bar; the magnification is the window's transform), so the main
window never changes. The colours' maths (contrast,
the accent made readable) is Qt-free in `domain/projector`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from stratdesk.domain.projector import MARK_CONTRAST, TEXT_CONTRAST, readable_accent, text_on


@dataclass(frozen=True)
class Colours:
    window: str
    base: str
    alternate: str
    text: str
    secondary: str  # hints and badges: still 7:1 and more
    button: str
    mid: str  # frames and card borders: seen from the back of a room
    light: str
    dark: str


LIGHT = Colours(
    window="#ffffff",
    base="#ffffff",
    alternate="#eef0f3",
    text="#000000",
    secondary="#3b3b3b",
    button="#eceef1",
    mid="#5f5f5f",
    light="#d4d4d4",
    dark="#3a3a3a",
)
DARK = Colours(
    window="#000000",
    base="#111111",
    alternate="#1d1f22",
    text="#ffffff",
    secondary="#d0d0d0",
    button="#202226",
    mid="#a8a8a8",
    light="#5a5a5a",
    dark="#d0d0d0",
)


@dataclass(frozen=True)
class ProjectorTheme:
    colours: Colours
    accent: str  # frames, focus rings, selection, the votes pill (3:1 on the background)
    accent_text: str  # on the accent
    link: str  # text in the accent colour (4.5:1)

    @classmethod
    def for_brand(cls, brand: str, *, dark: bool) -> ProjectorTheme:
        colours = DARK if dark else LIGHT
        accent = readable_accent(brand, colours.base, MARK_CONTRAST)
        return cls(
            colours,
            accent,
            text_on(accent),
            readable_accent(brand, colours.base, TEXT_CONTRAST),
        )

    def palette(self) -> QPalette:
        c, role, group = self.colours, QPalette.ColorRole, QPalette.ColorGroup
        palette = QPalette()
        colours = {
            role.Window: c.window,
            role.WindowText: c.text,
            role.Base: c.base,
            role.AlternateBase: c.alternate,
            role.ToolTipBase: c.base,
            role.ToolTipText: c.text,
            role.PlaceholderText: c.secondary,
            role.Text: c.text,
            role.Button: c.button,
            role.ButtonText: c.text,
            role.BrightText: self.accent_text,
            role.Highlight: self.accent,
            role.HighlightedText: self.accent_text,
            role.Link: self.link,
            role.LinkVisited: self.link,
            role.Light: c.light,
            role.Midlight: c.light,
            role.Mid: c.mid,
            role.Dark: c.dark,
            role.Shadow: c.dark,
        }
        for colour_role, value in colours.items():
            palette.setColor(colour_role, QColor(value))
        for colour_role in (role.WindowText, role.Text, role.ButtonText):
            palette.setColor(group.Disabled, colour_role, QColor(c.mid))
        # The selection keeps its colour when another window (the laptop's) is active.
        for colour_role in (role.Highlight, role.HighlightedText):
            palette.setColor(group.Inactive, colour_role, palette.color(colour_role))
        return palette

    def bar_style_sheet(self) -> str:
        """The bar's buttons: framed, the checked one in the accent, seen from afar.

        Only the bar has a style sheet: a widget under one no longer takes its parent's
        palette, and the pages must take the theme's."""
        c = self.colours
        return f"""
            QToolButton {{
                border: 2px solid {c.mid}; border-radius: 6px; padding: 1px 6px;
                background: {c.button}; color: {c.text};
            }}
            QToolButton:checked {{
                background: {self.accent}; color: {self.accent_text}; border-color: {self.accent};
            }}
            QToolButton:disabled {{ color: {c.mid}; border-color: {c.light}; }}
            QToolButton:hover {{ border: 2px solid {self.accent}; }}
        """
