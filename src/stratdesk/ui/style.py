"""Legible defaults for a laptop or a projector: font sizes, spacing, secondary text colour.

Colours come from the palette so the light and dark system schemes both work. Secondary text
(descriptions, hints, the small lines of cards and tiles) is drawn in the palette's
PlaceholderText colour, which `readable_palette` makes opaque and dark enough (light enough on
a dark scheme) to read: a contrast of at least `SECONDARY_CONTRAST` against the window and the
fields, above WCAG AA's 4.5:1 for text of ordinary size (Qt's default, half-transparent black,
is about 4:1 on white and less on the grey window).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QWidget,
)

BASE_POINT_SIZE = 11  # the smallest text anywhere (tables included)
TABLE_POINT_SIZE = 12
TITLE_POINT_SIZE = 20
SUBTITLE_POINT_SIZE = 13
SPACING = 12


def apply_base_font(app: QApplication) -> None:
    """Make sure no text is smaller than `BASE_POINT_SIZE`."""
    font = app.font()
    if font.pointSizeF() < BASE_POINT_SIZE:
        font.setPointSizeF(BASE_POINT_SIZE)
        app.setFont(font)


def sized_font(widget: QWidget, point_size: float, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def title_label(text: str, point_size: float = TITLE_POINT_SIZE) -> QLabel:
    label = QLabel(text)
    label.setFont(sized_font(label, point_size, bold=True))
    label.setWordWrap(True)
    return label


def secondary_label(text: str, point_size: float = SUBTITLE_POINT_SIZE) -> QLabel:
    """A softer paragraph (descriptions, hints) that follows the light/dark palette."""
    label = QLabel(text)
    label.setFont(sized_font(label, point_size))
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def is_dark(widget: QWidget) -> bool:
    return _palette_is_dark(widget.palette())


def set_error_style(label: QLabel) -> None:
    """A readable red on the light and on the dark scheme."""
    palette = label.palette()
    palette.setColor(
        QPalette.ColorRole.WindowText, QColor("#ff8a80" if is_dark(label) else "#b3261e")
    )
    label.setPalette(palette)


SECONDARY_CONTRAST = 4.8  # WCAG AA asks 4.5:1 for text under 18 pt; a little to spare


def _luminance(colour: QColor) -> float:
    """WCAG relative luminance of an opaque colour."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    rgb = colour.toRgb()
    return (
        0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio of two opaque colours (1 to 21)."""
    a, b = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def _mix(base: QColor, text: QColor, strength: float) -> QColor:
    return QColor.fromRgbF(
        base.redF() + (text.redF() - base.redF()) * strength,
        base.greenF() + (text.greenF() - base.greenF()) * strength,
        base.blueF() + (text.blueF() - base.blueF()) * strength,
    )


def readable_secondary(palette: QPalette) -> QColor:
    """The softest mix of the text and window colours that every background of secondary
    text (window, fields, alternate rows) still shows at `SECONDARY_CONTRAST`."""
    role = QPalette.ColorRole
    text, window = palette.color(role.WindowText), palette.color(role.Window)
    backgrounds = [palette.color(r) for r in (role.Window, role.Base, role.AlternateBase)]
    strength = 0.5
    colour = _mix(window, text, strength)
    while (
        strength < 1.0 and min(contrast_ratio(colour, b) for b in backgrounds) < SECONDARY_CONTRAST
    ):
        strength = min(strength + 0.02, 1.0)
        colour = _mix(window, text, strength)
    return colour


def readable_palette(palette: QPalette) -> QPalette:
    """`palette` with an opaque, readable PlaceholderText (see the module)."""
    fixed = QPalette(palette)
    colour = readable_secondary(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        fixed.setColor(group, QPalette.ColorRole.PlaceholderText, colour)
    return fixed


def _dark_palette() -> QPalette:
    """A dark palette for when the system asks for dark but the style paints light."""
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {
        role.Window: "#2b2d30",
        role.WindowText: "#e8e8e8",
        role.Base: "#1e1f22",
        role.AlternateBase: "#26282b",
        role.ToolTipBase: "#3c3f41",
        role.ToolTipText: "#e8e8e8",
        role.PlaceholderText: "#a0a4a8",  # 5.5:1 on the window, 6.6:1 on fields
        role.Text: "#e8e8e8",
        role.Button: "#35373b",
        role.ButtonText: "#e8e8e8",
        role.BrightText: "#ff6b6b",
        role.Highlight: "#3d7fd9",
        role.HighlightedText: "#ffffff",
        role.Link: "#7ab4ff",
        # Lines and frames drawn in these must stand out from Window and Base, not melt in.
        role.Light: "#5a5e64",
        role.Midlight: "#4a4d52",
        role.Mid: "#6b6f76",
        role.Dark: "#121315",
        role.Shadow: "#000000",
    }
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, colour_role, QColor("#7a7d82"))
    return palette


def contrast_line(palette: QPalette, strength: float = 0.35) -> QColor:
    """A line colour between the background (Base) and the text: visible on light and dark."""
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    return QColor.fromRgbF(
        base.redF() + (text.redF() - base.redF()) * strength,
        base.greenF() + (text.greenF() - base.greenF()) * strength,
        base.blueF() + (text.blueF() - base.blueF()) * strength,
    )


class VisibleIndicatorStyle(QProxyStyle):
    """Fusion, with check box and radio button borders that show on a dark palette.

    Fusion draws them a shade darker than the window, which on a dark palette is the colour
    of the box itself: an unticked box vanishes. On a dark palette the border is drawn again,
    between the text and the background colour.
    """

    INDICATORS = (
        QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
        QStyle.PrimitiveElement.PE_IndicatorRadioButton,
    )

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        palette: QPalette = option.palette
        if element not in self.INDICATORS or not _palette_is_dark(palette):
            return
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -1.5, -1.5)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(contrast_line(palette, 0.6), 1.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(rect)
        else:
            painter.drawRect(rect)
        painter.restore()


def _palette_is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def use_visible_indicators(app: QApplication) -> None:
    """Under Fusion, draw check boxes that stay visible on a dark palette (once per app)."""
    style = app.style()
    if isinstance(style, VisibleIndicatorStyle) or style.name().lower() != "fusion":
        return
    app.setStyle(VisibleIndicatorStyle("fusion"))


def follow_color_scheme(app: QApplication) -> None:
    """Follow the system's light/dark scheme, now and whenever the person switches it.

    Where the platform theme already repaints for the scheme, nothing is done; where it does
    not (the style stays light on a dark desktop), a dark palette is set, and removed again
    when the scheme goes back to light.
    """
    use_visible_indicators(app)
    ours = False

    def apply(scheme: Qt.ColorScheme) -> None:
        nonlocal ours
        if scheme == Qt.ColorScheme.Dark and not _palette_is_dark(app.palette()):
            app.setPalette(_dark_palette())
            ours = True
        elif scheme != Qt.ColorScheme.Dark and ours:
            app.setPalette(QPalette())  # back to the platform's own palette
            ours = False
        app.setPalette(readable_palette(app.palette()))

    apply(app.styleHints().colorScheme())
    app.styleHints().colorSchemeChanged.connect(apply)
