"""The dark palette: unticked check boxes must show (Fusion draws their border in a shade of
the window colour, which on a dark palette is the colour of the box itself)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QStyleFactory
from pytestqt.qtbot import QtBot

from stratdesk.ui.style import VisibleIndicatorStyle, _dark_palette, use_visible_indicators

CONTRAST = 60  # lightness steps (of 255) between the box's border and its background


def border_contrast(qtbot: QtBot, style_name: str) -> int:
    """How much the lightest pixel of an unticked box stands out from the dark background."""
    style = (
        VisibleIndicatorStyle("fusion")
        if style_name == "ours"
        else QStyleFactory.create(style_name)
    )
    box = QCheckBox("")
    qtbot.addWidget(box)
    box.setStyle(style)
    box.setPalette(_dark_palette())
    box.resize(box.sizeHint())
    image = box.grab().toImage()
    base = _dark_palette().color(QPalette.ColorRole.Base).lightness()
    lightest = max(
        QColor(image.pixel(x, y)).lightness()
        for x in range(image.width())
        for y in range(image.height())
    )
    return lightest - base


def test_fusion_alone_loses_the_unticked_box_on_the_dark_palette(qtbot: QtBot) -> None:
    assert border_contrast(qtbot, "fusion") < CONTRAST  # the problem this style fixes


def test_unticked_boxes_show_on_the_dark_palette(qtbot: QtBot) -> None:
    assert border_contrast(qtbot, "ours") >= CONTRAST


def test_the_light_palette_is_left_to_fusion(qtbot: QtBot) -> None:
    light = QStyleFactory.create("fusion").standardPalette()
    images = []
    for style in (QStyleFactory.create("fusion"), VisibleIndicatorStyle("fusion")):
        box = QCheckBox("")
        qtbot.addWidget(box)
        box.setStyle(style)
        box.setPalette(light)
        box.resize(box.sizeHint())
        images.append(box.grab().toImage())
    assert images[0] == images[1]


def test_the_application_uses_it_under_fusion(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style = app.style()  # Fusion offscreen, as on most Linux desktops (ours if set already)
    assert isinstance(style, VisibleIndicatorStyle) or style.name().lower() == "fusion"
    use_visible_indicators(app)
    first = app.style()
    assert isinstance(first, VisibleIndicatorStyle)
    assert first.baseStyle().name().lower() == "fusion"
    use_visible_indicators(app)  # once is enough
    assert app.style() is first
