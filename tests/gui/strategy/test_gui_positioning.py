"""The Positioning page: statements previewed live in the plan's language, targeted
segments without a positioning listed with a way to write one, and the perceptual map:
a drag is stored on release as one undo step, arrow keys nudge, points come and go."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from stratdesk.domain.enums import MapAxisOrientation, Targeting
from stratdesk.domain.typography import NBSP
from stratdesk.ui.document import PlanDocument
from stratdesk.ui.strategy.positioning import positioning_page
from stratdesk.ui.strategy.positioning.page import MAP_TAB, PositioningView
from stratdesk.ui.strategy.positioning.statements_tab import TARGETS


@pytest.fixture
def demo_page(demo_document: PlanDocument, show: Callable[[QWidget], QWidget]) -> PositioningView:
    view = positioning_page(demo_document)
    assert isinstance(view, PositioningView)
    show(view)
    return view


@pytest.fixture
def page(document: PlanDocument, show: Callable[[QWidget], QWidget]) -> PositioningView:
    view = PositioningView(document)
    show(view)
    return view


def point_named(page: PositioningView, label: str) -> Any:
    return next(p for p in page.map_state.points if p.label == label)


def stored(page: PositioningView, point_id: int) -> tuple[float, float]:
    point = page.document.services.map_points.get(point_id)
    return point.x, point.y


# -- statements ----------------------------------------------------------------------------
def test_the_preview_follows_the_typing_and_a_field_is_saved_when_left(
    qtbot: QtBot, demo_page: PositioningView
) -> None:
    page, form = demo_page, demo_page.form
    remote = page.statements.segments[0]
    assert remote.targeting is Targeting.PRIMARY and page.current_id == remote.id
    assert form.preview.text().count("Brûlerie des Quais") == 2
    edit = form.edits["proof"]
    edit.setFocus()
    edit.selectAll()
    count = page.document.stack.count()
    qtbot.keyClicks(edit, "Rated 4.9 by 300 customers")
    assert "Rated 4.9 by 300 customers" in form.preview.text()  # before anything is saved
    assert page.document.stack.count() == count
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # leaving the field saves it
    positioning = page.document.services.positioning.get_for(remote.id)
    assert positioning.proof == "Rated 4.9 by 300 customers"
    assert page.document.stack.undoText() == "Edit positioning"
    page.document.stack.undo()
    assert form.edits["proof"].text().startswith("a regional roasting award")


def test_a_french_plan_gets_a_french_statement_whatever_the_interface_language(
    demo_page: PositioningView,
) -> None:
    page = demo_page
    page.document.services.plans.update_plan(page.document.plan_id, {"language": "fr"})
    statement = page.form.statement()
    assert statement.language == "fr"
    assert statement.text.startswith("Pour remote workers qui ")
    assert f"Preuve{NBSP}: " in statement.text
    assert f"Preuve{NBSP}:" in page.form.preview.text()


def test_targeted_segments_without_a_positioning_are_listed_and_one_is_written(
    qtbot: QtBot, page: PositioningView
) -> None:
    services, plan_id = page.document.services, page.document.plan_id
    assert page.form.placeholder.isVisibleTo(page.form)
    offices = services.segments.create(plan_id, {"name": "Offices", "targeting": "secondary"})
    services.segments.create(plan_id, {"name": "Cafés"})  # not targeted: not listed
    board = page.statements_tab.board.model(TARGETS)
    assert [c.text for c in board.cards()] == ["Offices"]
    assert board.card(0).badges == ("◐ Secondary target", "✗ No positioning yet")
    assert page.statements_tab.summary.text() == "Still without a positioning: Offices."
    assert page.form.missing_box.isVisibleTo(page.form)
    qtbot.mouseClick(page.form.write_button, Qt.MouseButton.LeftButton)
    positioning = services.positioning.get_for(offices.id)
    assert positioning is not None and positioning.target == "Offices"
    assert page.form.edits["need"].hasFocus()
    assert board.card(0).badges[1] == "✓ Positioning written"
    assert not page.form.missing_box.isVisibleTo(page.form)
    page.document.stack.undo()
    assert services.positioning.get_for(offices.id) is None
    page.document.stack.redo()
    assert services.positioning.get_for(offices.id) == positioning  # the same row again


def test_a_statement_change_does_not_redraw_the_map(demo_page: PositioningView) -> None:
    page = demo_page
    drawn: list[object] = []
    page.map.set_data = lambda *args: drawn.append(args)  # type: ignore[method-assign]
    assert page.intents.save_field(page.current_id, "need", "want great coffee")
    assert drawn == []
    assert page.form.edits["need"].text() == "want great coffee"


# -- the perceptual map --------------------------------------------------------------------
def _screen_pos(page: PositioningView, x: float, y: float) -> QPoint:
    view = page.map.plot.getPlotItem().getViewBox()
    scene = view.mapViewToScene(QPointF(x, y))
    return page.map.plot.mapFromScene(scene)


def test_dragging_a_point_stores_it_on_release_and_undo_puts_it_back(
    qtbot: QtBot, demo_page: PositioningView
) -> None:
    page = demo_page
    page.tabs.setCurrentIndex(MAP_TAB)
    kfe = point_named(page, "Kfé Club")
    start, end = _screen_pos(page, kfe.x, kfe.y), _screen_pos(page, -4.0, -2.0)
    viewport = page.map.plot.viewport()
    count = page.document.stack.count()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 11):
        qtbot.mouseMove(viewport, start + (end - start) * step / 10)
        assert stored(page, kfe.id) == (kfe.x, kfe.y)  # the view never writes while moving
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    x, y = stored(page, kfe.id)
    assert x == pytest.approx(-4.0, abs=0.25) and y == pytest.approx(-2.0, abs=0.25)
    assert (x * 10).is_integer() and (y * 10).is_integer()  # to the tenth
    assert page.document.stack.count() == count + 1
    assert page.document.stack.undoText() == "Move map point"
    assert page.map.selected == kfe.id
    page.document.stack.undo()
    assert stored(page, kfe.id) == (kfe.x, kfe.y)
    assert page.map.items[kfe.id].pos().x() == pytest.approx(kfe.x)


def test_arrow_keys_nudge_the_chosen_point_as_one_undo_step(
    qtbot: QtBot, demo_page: PositioningView
) -> None:
    page = demo_page
    page.tabs.setCurrentIndex(MAP_TAB)
    brand = point_named(page, "Brûlerie des Quais")
    page.map.select(brand.id)
    page.map.plot.setFocus()
    count = page.document.stack.count()
    for _ in range(3):
        qtbot.keyClick(page.map.plot, Qt.Key.Key_Left)
    qtbot.keyClick(page.map.plot, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert stored(page, brand.id) == (brand.x - 1.5, brand.y + 0.1)
    assert page.document.stack.count() == count + 1  # a run of nudges merges
    assert page.map_panel.x_spin.value() == brand.x - 1.5
    page.document.stack.undo()
    assert stored(page, brand.id) == (brand.x, brand.y)
    qtbot.keyClick(page.map.plot, Qt.Key.Key_PageDown)
    assert page.map.selected == page.map_state.points[1].id


def test_points_are_added_edited_and_removed(qtbot: QtBot, page: PositioningView) -> None:
    services, plan_id, stack = page.document.services, page.document.plan_id, page.document.stack
    rival = services.competitors.create(plan_id, {"name": "Rival"})
    page.tabs.setCurrentIndex(MAP_TAB)
    assert page.map_panel.empty_hint.isVisibleTo(page.map_panel)
    brand = page.add_own_brand()
    assert brand is not None and not page.add_own_action.isEnabled()
    [entry] = page.competitor_menu.actions()
    entry.trigger()
    other = page.add_free_label()
    points = {p.label: p for p in services.map_points.list(plan_id)}
    assert set(points) == {"Acme Coffee", "Rival", "New point"}
    assert points["Acme Coffee"].own_brand and points["Rival"].competitor_id == rival.id
    assert len({(p.x, p.y) for p in points.values()}) == 3  # each in a free spot
    assert page.map_panel.label_edit.hasFocus()
    qtbot.keyClicks(page.map_panel.label_edit, "Home espresso")
    qtbot.keyClick(page.map_panel.label_edit, Qt.Key.Key_Return)
    assert services.map_points.get(other).label == "Home espresso"
    assert page.map.items[other].label() is not None
    page.map.plot.setFocus()
    qtbot.keyClick(page.map.plot, Qt.Key.Key_Delete)
    assert [p.label for p in services.map_points.list(plan_id)] == ["Acme Coffee", "Rival"]
    stack.undo()
    assert services.map_points.get(other).label == "Home espresso"  # the same id again


def test_axes_are_named_with_their_ends(qtbot: QtBot, page: PositioningView) -> None:
    services, plan_id = page.document.services, page.document.plan_id
    page.tabs.setCurrentIndex(MAP_TAB)
    low = page.map_panel.axis_edits[(MapAxisOrientation.X, "low_label")]
    low.setFocus()
    qtbot.keyClicks(low, "Cheap")
    qtbot.keyClick(low, Qt.Key.Key_Return)
    [axis] = services.map_axes.list(plan_id)
    assert (axis.name, axis.low_label) == ("Horizontal axis", "Cheap")
    assert page.map.end_labels[0].toPlainText() == "Cheap"
    page.document.stack.undo()
    assert services.map_axes.list(plan_id) == []


def test_the_map_and_the_preview_follow_a_switch_to_the_dark_palette(
    demo_page: PositioningView,
) -> None:
    from PySide6.QtGui import QPalette

    from stratdesk.ui.style import _dark_palette, contrast_line

    dark = _dark_palette()
    demo_page.setPalette(dark)
    assert demo_page.map.plot.backgroundBrush().color() == dark.color(QPalette.ColorRole.Base)
    assert contrast_line(dark, 0.6).name() in demo_page.form.preview.text()
