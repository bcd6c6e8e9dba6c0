"""Entering and leaving workshop mode from the main window: F5 / View › Workshop mode, the
page one came from, the projector theme on the workshop's window only, Escape back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from stratdesk.domain.projector import contrast_ratio
from stratdesk.ui.main_window import MainWindow
from stratdesk.ui.workshop.window import WorkshopWindow, presentation_screen

ROLES = [QPalette.ColorRole.Window, QPalette.ColorRole.Text, QPalette.ColorRole.Highlight]
ROLES += [QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base]


def look(window: MainWindow) -> tuple[object, ...]:
    """What the main window looks like: its palette, fonts and style sheet, and the app's."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    page = (
        window.plan_view.workspace("strategy").stack.currentWidget() if window.plan_view else None
    )
    assert page is not None
    colours = [window.palette().color(role).name() for role in ROLES]
    colours += [page.palette().color(role).name() for role in ROLES]
    colours += [app.palette().color(role).name() for role in ROLES]
    return (
        tuple(colours),
        window.font().toString(),
        page.font().toString(),
        app.font().toString(),
        window.styleSheet(),
        app.styleSheet(),
    )


def open_from(qtbot: QtBot, window: MainWindow) -> WorkshopWindow:
    window.actions.workshop.trigger()
    workshop = window.workshop
    assert workshop is not None
    qtbot.waitExposed(workshop)
    return workshop


def test_f5_is_in_the_view_menu_and_needs_a_plan(window: MainWindow, plan_path: Path) -> None:
    action = window.actions.workshop
    assert action.shortcut().toString() == "F5"
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert action in view_menu.actions()
    assert not action.isEnabled()
    assert window.open_file(plan_path)
    assert action.isEnabled()


def test_it_starts_on_the_page_one_came_from_and_escape_goes_back(
    qtbot: QtBot, plan_window: MainWindow
) -> None:
    plan_window.show_workspace("strategy", "swot")
    before = look(plan_window)
    workshop = open_from(qtbot, plan_window)
    assert workshop.isFullScreen()
    assert workshop.stage.current == "swot"
    assert workshop.stage.title_label.text() == "SWOT"
    assert look(plan_window) == before  # the theme is the workshop window's only
    workshop.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is workshop)
    with qtbot.waitSignal(workshop.left):
        qtbot.keyClick(workshop, Qt.Key.Key_Escape)
    assert plan_window.workshop is None
    assert plan_window.plan_view is not None
    assert plan_window.plan_view.current_page() == "swot"
    assert look(plan_window) == before


def test_a_page_without_a_step_starts_at_the_first_step(
    qtbot: QtBot, plan_window: MainWindow
) -> None:
    plan_window.show_workspace("operations", "experiments")
    workshop = open_from(qtbot, plan_window)
    assert workshop.stage.current == "environment"
    workshop.close()


def test_f5_again_brings_the_open_workshop_forward(qtbot: QtBot, plan_window: MainWindow) -> None:
    workshop = open_from(qtbot, plan_window)
    plan_window.actions.workshop.trigger()
    assert plan_window.workshop is workshop
    workshop.close()
    assert plan_window.workshop is None


def test_closing_the_plan_closes_the_workshop(qtbot: QtBot, plan_window: MainWindow) -> None:
    workshop = open_from(qtbot, plan_window)
    with qtbot.waitSignal(workshop.left):
        plan_window.close_file()
    assert plan_window.workshop is None


def test_the_theme_uses_the_brand_colour_with_enough_contrast(open_workshop) -> None:
    workshop = open_workshop("swot")
    stage = workshop.stage
    palette = stage.palette()
    accent = palette.color(QPalette.ColorRole.Highlight).name()
    assert accent == "#6f3b1e"  # the demo roaster's brown, dark enough on white as it is
    base = palette.color(QPalette.ColorRole.Base).name()
    assert contrast_ratio(accent, base) >= 3
    assert contrast_ratio(palette.color(QPalette.ColorRole.Text).name(), base) >= 15
    # The pages in it take the theme (a style sheet would cut them off from it).
    card_view = stage.boards.boards()[0].view(stage.boards.boards()[0].groups()[0])
    assert card_view.palette().color(QPalette.ColorRole.Highlight).name() == accent


def test_a_dark_theme_for_a_dark_desktop(open_workshop) -> None:
    stage = open_workshop("swot", dark=True).stage
    palette = stage.palette()
    assert palette.color(QPalette.ColorRole.Window).lightness() < 30
    assert (
        contrast_ratio(
            palette.color(QPalette.ColorRole.Highlight).name(),
            palette.color(QPalette.ColorRole.Base).name(),
        )
        >= 3
    )


def test_body_text_reads_as_24_points_and_zoom_changes_it(qtbot: QtBot, open_workshop) -> None:
    workshop = open_workshop("swot")
    assert workshop.height() == 1080
    assert 13 * workshop.scale_factor >= 24 - 0.01  # the cards' 13-point text, magnified
    start = workshop.scale_factor
    qtbot.keyClick(workshop, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert workshop.scale_factor > start
    assert workshop.transform().m11() == workshop.scale_factor
    assert workshop.proxy.size().width() * workshop.scale_factor == 1920
    qtbot.keyClick(workshop, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(workshop, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert workshop.scale_factor < start
    qtbot.keyClick(workshop, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert workshop.scale_factor == start
    assert "100%" in workshop.stage.notice_label.text()


class FakeScreen:
    def __init__(self, name: str) -> None:
        self.name = name


def test_two_screens_put_the_workshop_on_the_other_one() -> None:
    laptop, projector = FakeScreen("laptop"), FakeScreen("projector")
    assert presentation_screen([laptop, projector], laptop) is projector  # type: ignore[arg-type]
    assert presentation_screen([laptop, projector], projector) is laptop  # type: ignore[arg-type]
    assert presentation_screen([laptop], laptop) is laptop  # type: ignore[arg-type]
    assert presentation_screen([laptop], None) is laptop  # type: ignore[arg-type]


def test_zoomed_in_the_stage_still_fits_the_screen(qtbot: QtBot, open_workshop) -> None:
    workshop = open_workshop("swot")
    stage = workshop.stage
    buttons = stage.bar.buttons
    assert all(button.isVisible() for button in buttons.values())
    for _ in range(6):  # to the largest zoom
        qtbot.keyClick(workshop, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stage.width() * workshop.scale_factor <= 1920 + 1)
    assert buttons["leave"].isVisible() and buttons["next"].isVisible()
    assert buttons["reset_votes"].isHidden()  # the bar leaves out what does not fit
    assert stage.bar.geometry().right() * workshop.scale_factor <= 1920 + 1
    qtbot.keyClick(workshop, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: all(button.isVisible() for button in buttons.values()))
