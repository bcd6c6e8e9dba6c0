"""The TOWS matrix: strategies as cards, the SWOT items they combine, promotion to objective."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from stratdesk.domain.enums import SwotQuadrant, TowsKind
from stratdesk.ui.document import PlanDocument
from stratdesk.ui.strategy.swot.page import TOWS_TAB, SwotView

CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


@pytest.fixture
def page(document: PlanDocument, show: Callable[[QWidget], QWidget]) -> SwotView:
    services, plan_id = document.services, document.plan_id
    for quadrant, text in (("S", "Strong brand"), ("W", "Small team"), ("O", "Remote work")):
        services.swot.create(plan_id, {"quadrant": quadrant, "text": text})
    view = SwotView(document)
    view.tabs.setCurrentIndex(TOWS_TAB)
    show(view)
    return view


def add_strategy(qtbot: QtBot, page: SwotView, kind: TowsKind, text: str) -> int:
    line = page.tows.board.column(kind).quick_add
    assert line is not None
    line.setText(text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    strategies = page.document.services.tows.list(page.document.plan_id)
    strategy_id = next(s.id for s in strategies if s.text == text)
    assert page.tows.board.focus_card(strategy_id)
    return strategy_id


def picker_rows(page: SwotView) -> list[tuple[str, Qt.CheckState]]:
    model = page.tows.links
    return [
        (model.index(r).data(), Qt.CheckState(model.index(r).data(Qt.ItemDataRole.CheckStateRole)))
        for r in range(model.rowCount())
    ]


def tick(page: SwotView, row: int, state: Qt.CheckState = CHECKED) -> bool:
    model = page.tows.links
    return model.setData(model.index(row), state.value, Qt.ItemDataRole.CheckStateRole)


def test_the_link_picker_passes_qt_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, page: SwotView
) -> None:
    add_strategy(qtbot, page, TowsKind.SO, "Grow online")
    qtmodeltester.check(page.tows.links, force_py=True)


def test_a_strategy_lists_only_the_quadrants_it_combines(qtbot: QtBot, page: SwotView) -> None:
    add_strategy(qtbot, page, TowsKind.SO, "Grow online")
    assert picker_rows(page) == [
        ("Strength: Strong brand", UNCHECKED),
        ("Opportunity: Remote work", UNCHECKED),
    ]
    assert "strengths to seize opportunities" in page.tows.link_hint.text()
    add_strategy(qtbot, page, TowsKind.WT, "Stay small")
    assert picker_rows(page) == [("Weakness: Small team", UNCHECKED)]


def test_ticking_links_items_in_one_undo_step(qtbot: QtBot, page: SwotView) -> None:
    strategy_id = add_strategy(qtbot, page, TowsKind.SO, "Grow online")
    service = page.document.services.tows
    assert tick(page, 0)
    assert tick(page, 1)
    ids = set(service.get(strategy_id).swot_item_ids)
    assert len(ids) == 2
    assert [state for _t, state in picker_rows(page)] == [CHECKED, CHECKED]
    card = page.tows.board.model(TowsKind.SO).card(0)
    assert card.badges == ("Combines 2 SWOT items",)
    assert "• Strength: Strong brand" in card.tooltip
    assert page.document.stack.undoText() == "Change linked items"
    page.document.stack.undo()
    assert len(service.get(strategy_id).swot_item_ids) == 1
    assert tick(page, 1, UNCHECKED) is False  # already unticked: no step
    assert tick(page, 0, UNCHECKED)
    assert service.get(strategy_id).swot_item_ids == ()
    assert page.tows.board.model(TowsKind.SO).card(0).badges == ("Combines no SWOT item yet",)


def test_the_space_bar_ticks_the_current_item(qtbot: QtBot, page: SwotView) -> None:
    strategy_id = add_strategy(qtbot, page, TowsKind.SO, "Grow online")
    page.tows.link_list.setFocus()
    page.tows.link_list.setCurrentIndex(page.tows.links.index(1))
    qtbot.keyClick(page.tows.link_list, Qt.Key.Key_Space)
    linked = page.document.services.tows.get(strategy_id).swot_item_ids
    assert [page.document.services.swot.get(i).text for i in linked] == ["Remote work"]
    assert page.tows.link_list.currentIndex().row() == 1  # still there for the next tick


def test_promote_to_objective_then_undo_and_redo(qtbot: QtBot, page: SwotView) -> None:
    strategy_id = add_strategy(qtbot, page, TowsKind.WO, "Rebuild the website")
    objectives = page.document.services.objectives
    plan_id = page.document.plan_id
    qtbot.mouseClick(page.tows.promote_button, Qt.MouseButton.LeftButton)
    (objective,) = objectives.list(plan_id)
    assert (objective.statement, objective.tows_strategy_id) == ("Rebuild the website", strategy_id)
    assert "Promoted to objective" in page.tows.board.model(TowsKind.WO).card(0).badges
    assert "Rebuild the website" in page.tows.objective_label.text()
    assert not page.tows.promote_button.isEnabled()  # once is enough
    page.document.stack.undo()
    assert objectives.list(plan_id) == []
    assert page.tows.objective_label.text() == ""
    assert page.tows.promote_button.isEnabled()
    page.document.stack.redo()
    assert objectives.list(plan_id) == [objective]


def test_a_strategy_cannot_change_kind_away_from_its_items(qtbot: QtBot, page: SwotView) -> None:
    strategy_id = add_strategy(qtbot, page, TowsKind.SO, "Grow online")
    assert tick(page, 0)  # a strength: a WO strategy cannot combine it
    board = page.tows.board
    board.focus_card(strategy_id)
    with qtbot.waitSignal(page.document.runner.failed) as failed:
        qtbot.keyClick(
            board.view(TowsKind.SO), Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier
        )
    assert "do not fit a WO strategy" in failed.args[0]
    assert page.document.services.tows.get(strategy_id).kind == TowsKind.SO
    # To ST it may go (it still combines strengths).
    qtbot.keyClick(board.view(TowsKind.SO), Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert page.document.services.tows.get(strategy_id).kind == TowsKind.ST
    assert board.group_of(strategy_id) == TowsKind.ST


def test_the_demo_matrix_is_filled(
    demo_document: PlanDocument, show: Callable[[QWidget], QWidget]
) -> None:
    page = SwotView(demo_document)
    show(page)
    board = page.tows.board
    counts = {kind: board.model(kind).rowCount() for kind in TowsKind}
    assert counts == {TowsKind.SO: 1, TowsKind.WO: 2, TowsKind.ST: 1, TowsKind.WT: 1}
    launch = board.model(TowsKind.SO).card(0)
    assert launch.badges[0] == "Combines 4 SWOT items"
    assert board.current_id() == launch.id  # the first strategy is shown at once
    ticked = [text for text, state in picker_rows(page) if state == CHECKED]
    assert len(ticked) == 4
    assert all(text.split(":")[0] in ("Strength", "Opportunity") for text in ticked)


def test_links_survive_closing_and_reopening(
    qtbot: QtBot,
    page: SwotView,
    plan_path: Path,
    open_document: Callable[[Path], PlanDocument],
) -> None:
    strategy_id = add_strategy(qtbot, page, TowsKind.SO, "Grow online")
    tick(page, 1)
    page.tows.promote_current()
    page.document.close()
    reopened = open_document(plan_path)
    strategy = reopened.services.tows.get(strategy_id)
    (item_id,) = strategy.swot_item_ids
    assert reopened.services.swot.get(item_id).quadrant == SwotQuadrant.OPPORTUNITY
    (objective,) = reopened.services.objectives.list(reopened.plan_id)
    assert objective.tows_strategy_id == strategy_id
