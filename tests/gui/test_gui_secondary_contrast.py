"""Secondary text (page descriptions, hints, the small lines of cards and tiles) is readable:
WCAG AA's 4.5:1 against the window and the fields, in the light and the dark palette."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from stratdesk.ui.app import create_application
from stratdesk.ui.style import _dark_palette, readable_palette, secondary_label

AA = 4.5
ROLE = QPalette.ColorRole


def wcag_ratio(first: QColor, second: QColor) -> float:
    """The WCAG 2 contrast ratio, written out here (not the code under test)."""

    def luminance(colour: QColor) -> float:
        channels = []
        for value in (colour.red(), colour.green(), colour.blue()):
            c = value / 255
            channels.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
        red, green, blue = channels
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def seen(colour: QColor, background: QColor) -> QColor:
    """The colour a reader sees: a translucent colour blended over its background."""
    a = colour.alphaF()
    return QColor.fromRgbF(
        colour.redF() * a + background.redF() * (1 - a),
        colour.greenF() * a + background.greenF() * (1 - a),
        colour.blueF() * a + background.blueF() * (1 - a),
    )


def lowest_ratio(palette: QPalette) -> float:
    text = palette.color(ROLE.PlaceholderText)
    return min(
        wcag_ratio(seen(text, palette.color(role)), palette.color(role))
        for role in (ROLE.Window, ROLE.Base)
    )


def test_qt_default_grey_fails_aa() -> None:
    """The problem: Qt's half-transparent placeholder black, #7F7F7F on white, is 4:1."""
    assert wcag_ratio(QColor("#7f7f7f"), QColor("#ffffff")) < AA
    light = QPalette(QColor("#efefef"))
    light.setColor(ROLE.Base, QColor("#ffffff"))
    light.setColor(ROLE.PlaceholderText, QColor(0, 0, 0, 128))
    assert lowest_ratio(light) < AA
    assert lowest_ratio(readable_palette(light)) >= AA


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_secondary_labels_reach_aa(qtbot: QtBot, scheme: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    create_application()  # the application's own palette, as it starts
    palette = app.palette() if scheme == "light" else readable_palette(_dark_palette())
    label = secondary_label("Les facteurs PESTEL notés selon leur impact", 13)
    qtbot.addWidget(label)
    label.setPalette(palette)
    shown = label.palette().color(label.foregroundRole())
    assert shown.alpha() == 255  # opaque: what is measured is what is drawn
    for role in (ROLE.Window, ROLE.Base, ROLE.AlternateBase):
        ratio = wcag_ratio(shown, palette.color(role))
        assert ratio >= AA, (scheme, role, round(ratio, 2))
