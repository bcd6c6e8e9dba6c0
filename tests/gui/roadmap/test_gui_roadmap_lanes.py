"""Roadmap lanes: themes added, renamed, reordered and deleted (asking when they hold work),
"No lane" only while needed, what serves an objective under its lane, the empty state."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from stratdesk.domain.roadmap import NO_LANE, objective_lane, theme_lane
from stratdesk.ui.main_window import MainWindow
from stratdesk.ui.strategy.roadmap import RoadmapView

from .conftest import Plan

D = dt.date


def _lane_keys(page: RoadmapView) -> list[object]:
    return [lane.key for lane in page.view.timeline_scene.lanes]


def test_theme_lanes_are_added_renamed_and_reordered_one_step_each(
    qtbot: QtBot, plan_window: MainWindow, page: RoadmapView, plan: Plan
) -> None:
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = page.lanes_dialog
    assert dialog is not None and dialog.isVisible()
    assert [dialog.list.item(r).text() for r in range(dialog.list.count())] == ["Brand"]
    new = dialog.add()
    assert new is not None
    assert _lane_keys(page)[-1] == theme_lane(new)
    assert plan_window.actions.undo.text() == "Undo Add lane"
    item = dialog.list.currentItem()
    assert item.text() == "New theme"
    item.setText("Product")  # typed in the list
    assert page.document.services.roadmap_lanes.get(new).name == "Product"
    assert page.view.timeline_scene.lane(theme_lane(new)).title == "Product"
    assert dialog.move_lane(-1)
    assert _lane_keys(page)[2:] == [theme_lane(new), theme_lane(plan.brand)]
    dialog.list.currentItem().setText("   ")  # refused: the stored name comes back
    assert "must not be empty" in dialog.error_label.text()
    assert dialog.list.currentItem().text() == "Product"
    plan_window.actions.undo.trigger()  # the move
    assert _lane_keys(page)[2:] == [theme_lane(plan.brand), theme_lane(new)]


def test_deleting_a_lane_with_items_asks_and_undo_brings_them_back(
    qtbot: QtBot, plan_window: MainWindow, page: RoadmapView, plan: Plan
) -> None:
    dialog = page.open_lanes(plan.brand)
    assert dialog.current_id() == plan.brand
    box = dialog.delete()
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "Its initiative will be deleted with it" in box.text() + box.informativeText()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert page.view.bar(plan.stories) is not None  # nothing asked, nothing done
    box = dialog.delete()
    assert isinstance(box, QMessageBox)
    confirm = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    )
    confirm.click()
    assert theme_lane(plan.brand) not in _lane_keys(page)
    assert page.view.bar(plan.stories) is None
    assert plan_window.actions.undo.text() == "Undo Delete lane"
    plan_window.actions.undo.trigger()
    assert page.view.bar(plan.stories).lane == theme_lane(plan.brand)  # the same ids back
    empty = dialog.add()
    assert empty is not None
    dialog.select(empty)
    assert dialog.delete() is True  # an empty lane goes without a question
    assert theme_lane(empty) not in _lane_keys(page)


def test_no_lane_shows_only_while_an_item_sits_there(page: RoadmapView, plan: Plan) -> None:
    services = page.document.services
    assert NO_LANE not in _lane_keys(page)
    services.roadmap.update(plan.launch, {"objective_id": None})
    assert _lane_keys(page)[-1] == NO_LANE
    assert page.view.bar(plan.launch).lane == NO_LANE
    assert page.view.timeline_scene.lane(NO_LANE).title == "No lane"
    services.roadmap.update(plan.launch, {"objective_id": plan.keep})
    assert NO_LANE not in _lane_keys(page)
    assert page.view.bar(plan.launch).lane == objective_lane(plan.keep)


def test_lanes_follow_the_objectives_and_tell_what_serves_them(
    page: RoadmapView, plan: Plan
) -> None:
    services, plan_id = page.document.services, page.document.plan_id
    services.objectives.update(plan.grow, {"statement": "Grow the shop online"})
    lane = page.view.timeline_scene.lane(objective_lane(plan.grow))
    assert lane is not None and (lane.title, lane.subtitle) == ("Grow the shop online", "Objective")
    services.mix.create(plan_id, {"p": "product", "title": "Box", "objective_id": plan.grow})
    services.mix.create(plan_id, {"p": "price", "title": "Tiers", "objective_id": plan.grow})
    services.campaigns.create(
        plan_id,
        {
            "name": "Spring",
            "start": D(2026, 3, 2),
            "end": D(2026, 3, 30),
            "objective_id": plan.grow,
        },
    )
    lane = page.view.timeline_scene.lane(objective_lane(plan.grow))
    assert lane is not None and lane.subtitle == "2 actions · 1 campaign"
    dialog = page.open_editor(plan.launch)
    assert dialog is not None
    assert any(
        "served by 2 actions · 1 campaign" in label.text()
        for label in dialog.findChildren(type(dialog.error_label))
    )
    dialog.reject()
    services.objectives.delete(plan.keep)  # its items stay, in "No lane" now
    assert objective_lane(plan.keep) not in _lane_keys(page)
    assert page.view.bar(plan.event).lane == NO_LANE


def test_an_edit_elsewhere_moves_only_its_bar(page: RoadmapView, plan: Plan) -> None:
    refreshed: list[int] = []
    page.refresh = lambda: refreshed.append(1)  # type: ignore[method-assign]
    page.document.services.roadmap.update(plan.stories, {"title": "Podcast, season 2"})
    assert page.view.bar(plan.stories).title == "Podcast, season 2"
    assert refreshed == []


def test_an_empty_roadmap_says_where_lanes_come_from(
    qtbot: QtBot, window: MainWindow, plan_path: Path
) -> None:
    assert window.open_file(plan_path)
    window.show_workspace("strategy", "roadmap")
    assert window.plan_view is not None
    page = window.plan_view.workspace("strategy").page_widget("roadmap")
    assert isinstance(page, RoadmapView)
    assert page.empty_hint.isVisible() and not page.view.isVisible()
    assert not page.page_actions.add.isEnabled()
    page.empty_hint.linkActivated.emit("lane")
    assert page.lanes_dialog is not None
    assert [
        lane.name for lane in page.document.services.roadmap_lanes.list(page.document.plan_id)
    ] == ["New theme"]
    assert page.view.isVisible() and not page.empty_hint.isVisible()
    page.lanes_dialog.reject()
    page.empty_hint.linkActivated.emit("objectives")
    assert window.plan_view.current_page() == "objectives"


def test_the_page_opens_on_today_with_the_first_lane_on_top(
    qtbot: QtBot, window: MainWindow, plan_path: Path
) -> None:
    assert window.open_file(plan_path)
    document = window.document
    assert document is not None
    for n in range(12):  # more lanes than the window shows
        document.services.objectives.create(document.plan_id, {"statement": f"Objective {n}"})
    window.resize(1024, 680)
    window.show_workspace("strategy", "roadmap")
    assert window.plan_view is not None
    page = window.plan_view.workspace("strategy").page_widget("roadmap")
    assert isinstance(page, RoadmapView)
    view = page.view
    today = dt.date.today()
    shown = today if view.horizon()[0] <= today <= view.horizon()[1] else view.horizon()[0]
    qtbot.waitUntil(lambda: view.visible_dates()[0] <= shown <= view.visible_dates()[1])
    assert view.verticalScrollBar().maximum() > 0  # the lanes do not all fit
    assert view.verticalScrollBar().value() == 0
