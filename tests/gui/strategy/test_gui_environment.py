"""The Environment page: PESTEL board, inspector and heat view; competitors; five forces."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QTableView, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from stratdesk.domain.enums import PestelCategory, PorterForce, SwotQuadrant, Trend
from stratdesk.ui.document import PlanDocument
from stratdesk.ui.strategy.environment import environment_page
from stratdesk.ui.strategy.environment.page import COMPETITORS_TAB, FORCES_TAB, EnvironmentView
from stratdesk.ui.strategy.environment.pestel_cards import with_index_in_full
from stratdesk.ui.widgets.cards import CardEditor

ECO, SOC = PestelCategory.ECONOMIC, PestelCategory.SOCIAL
MOVE = Qt.DropAction.MoveAction
T = TypeVar("T", bound=QWidget)


@pytest.fixture
def page(document: PlanDocument, show: Callable[[QWidget], QWidget]) -> EnvironmentView:
    view = environment_page(document)
    assert isinstance(view, EnvironmentView)
    show(view)
    return view


@pytest.fixture
def demo_page(demo_document: PlanDocument, show: Callable[[QWidget], QWidget]) -> EnvironmentView:
    view = EnvironmentView(demo_document)
    show(view)
    return view


def add_factor(qtbot: QtBot, page: EnvironmentView, category: PestelCategory, text: str) -> int:
    line = page.pestel.board.column(category).quick_add
    assert line is not None
    line.setText(text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    factors = page.document.services.factors.list(page.document.plan_id)
    return next(f.id for f in factors if f.text == text)


def factors(page: EnvironmentView) -> list[tuple[str, str]]:
    return [
        (f.category.value, f.text)
        for f in page.document.services.factors.list(page.document.plan_id)
    ]


# -- PESTEL ------------------------------------------------------------------------------
def test_an_empty_pestel_says_what_to_do(page: EnvironmentView) -> None:
    for category in PestelCategory:
        assert "type one below" in page.pestel.board.view(category).placeholder
    assert page.pestel.inspector.hint.isVisible()
    assert not page.pestel.inspector.to_opportunity.isEnabled()
    assert page.competitors.empty_hint.isVisibleTo(page.competitors)
    assert "No force rated yet" in page.forces.average_label.text()


def test_add_edit_delete_a_factor_each_one_undo_step(qtbot: QtBot, page: EnvironmentView) -> None:
    factor_id = add_factor(qtbot, page, ECO, "Coffee prices")
    stack = page.document.stack
    assert factors(page) == [("economic", "Coffee prices")]
    assert stack.undoText() == "Add PESTEL factor"
    board = page.pestel.board
    board.focus_card(factor_id)
    qtbot.keyClick(board.view(ECO), Qt.Key.Key_Return)
    editor = board.view(ECO).findChild(CardEditor)
    assert editor is not None
    editor.selectAll()
    editor.insertPlainText("Record arabica prices")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert factors(page) == [("economic", "Record arabica prices")]
    qtbot.keyClick(board.view(ECO), Qt.Key.Key_Delete)
    assert factors(page) == []
    stack.undo()
    assert factors(page) == [("economic", "Record arabica prices")]
    assert board.model(ECO).ids() == [factor_id]
    stack.undo()
    assert factors(page) == [("economic", "Coffee prices")]


def test_the_inspector_rates_the_current_factor(qtbot: QtBot, page: EnvironmentView) -> None:
    factor_id = add_factor(qtbot, page, SOC, "Hybrid work")
    page.pestel.board.focus_card(factor_id)
    inspector = page.pestel.inspector
    assert inspector.factor.id == factor_id
    impact = inspector.combos["impact"]
    assert impact.currentData() == 0 and impact.isEnabled()
    impact.setCurrentIndex(impact.findData(2))
    impact.activated.emit(impact.currentIndex())
    trend = inspector.combos["trend"]
    trend.setCurrentIndex(trend.findData(Trend.RISING))
    trend.activated.emit(trend.currentIndex())
    stored = page.document.services.factors.get(factor_id)
    assert (stored.impact, stored.trend) == (2, Trend.RISING)
    card = page.pestel.board.model(SOC).card(0)
    assert card.badges[:3] == ("Impact +2", "Likelihood 3/5", "↗ Rising")
    page.document.stack.undo()
    assert page.document.services.factors.get(factor_id).trend == Trend.STABLE
    assert inspector.combos["trend"].currentData() == Trend.STABLE


def test_a_new_category_moves_the_card_and_undo_puts_it_back(
    qtbot: QtBot, page: EnvironmentView
) -> None:
    first = add_factor(qtbot, page, ECO, "First")
    add_factor(qtbot, page, ECO, "Second")
    page.pestel.board.focus_card(first)
    combo = page.pestel.inspector.combos["category"]
    combo.setCurrentIndex(combo.findData(PestelCategory.LEGAL))
    combo.activated.emit(combo.currentIndex())
    assert factors(page) == [("economic", "Second"), ("legal", "First")]
    assert page.pestel.board.group_of(first) == PestelCategory.LEGAL
    page.document.stack.undo()
    assert [t for c, t in factors(page) if c == "economic"] == ["First", "Second"]


def test_drag_a_factor_to_another_category(qtbot: QtBot, page: EnvironmentView) -> None:
    factor_id = add_factor(qtbot, page, ECO, "Digital grants")
    board = page.pestel.board
    source = board.model(ECO)
    mime = source.mimeData([source.index(0)])
    assert board.model(PestelCategory.POLITICAL).dropMimeData(mime, MOVE, 0, 0, QModelIndex())
    assert factors(page) == [("political", "Digital grants")]
    assert board.model(PestelCategory.POLITICAL).ids() == [factor_id]


def test_the_heat_view_counts_and_filters(qtbot: QtBot, demo_page: EnvironmentView) -> None:
    pestel = demo_page.pestel
    heat = pestel.heat
    all_factors = demo_page.document.services.factors.list(demo_page.document.plan_id)
    assert sum(heat.count(i, lk) for i in range(-2, 3) for lk in range(1, 6)) == len(all_factors)
    assert heat.count(-1, 3) == 3  # unrest, perks, AI answers in the demo
    assert heat.index_of(-1, 3).data() == "3"  # the number is written in the cell
    cell = pestel.heat_view.visualRect(heat.index_of(-1, 3)).center()
    qtbot.mouseClick(pestel.heat_view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert pestel.filter == (-1, 3)
    shown = [card.data for g in pestel.board.groups() for card in pestel.board.model(g).cards()]
    assert len(shown) == 3
    assert all((f.impact, f.likelihood) == (-1, 3) for f in shown)
    assert "Showing 3 of 12 factors" in pestel.filter_label.text()
    assert pestel.show_all_button.isVisible()
    qtbot.mouseClick(pestel.heat_view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert pestel.filter is None
    assert sum(pestel.board.model(g).rowCount() for g in pestel.board.groups()) == 12


def test_the_heat_model_passes_qt_model_tester(
    qtmodeltester: ModelTester, demo_page: EnvironmentView
) -> None:
    qtmodeltester.check(demo_page.pestel.heat, force_py=True)
    qtmodeltester.check(demo_page.pestel.board.model(ECO), force_py=True)


def test_a_drop_in_a_filtered_list_lands_next_to_the_shown_neighbour() -> None:
    full, shown = [1, 2, 3, 4, 5], [2, 4]
    assert with_index_in_full(full, shown, 9, 0) == 1  # in front of 2
    assert with_index_in_full(full, shown, 9, 1) == 3  # in front of 4
    assert with_index_in_full(full, shown, 9, 2) == 4  # after 4
    assert with_index_in_full(full, shown, 4, 1) == 2  # 4 itself, after 2: [1, 2, 4, 3, 5]
    assert with_index_in_full([], [], 9, 0) == 0


def test_send_a_factor_to_the_swot_keeps_the_link(qtbot: QtBot, page: EnvironmentView) -> None:
    factor_id = add_factor(qtbot, page, SOC, "Hybrid work is here to stay")
    page.pestel.board.focus_card(factor_id)
    qtbot.mouseClick(page.pestel.inspector.to_opportunity, Qt.MouseButton.LeftButton)
    swot = page.document.services.swot
    (item,) = swot.list(page.document.plan_id)
    assert (item.quadrant, item.text, item.source_factor_id) == (
        SwotQuadrant.OPPORTUNITY,
        "Hybrid work is here to stay",
        factor_id,
    )
    assert "In SWOT: opportunity" in page.pestel.board.model(SOC).card(0).badges
    assert "Opportunity" in page.pestel.inspector.link_label.text()
    assert page.document.stack.undoText() == "Send factor to SWOT as opportunity"
    page.document.stack.undo()
    assert swot.list(page.document.plan_id) == []
    page.document.stack.redo()
    assert swot.list(page.document.plan_id) == [item]


# -- competitors -------------------------------------------------------------------------
def open_editor(qtbot: QtBot, table: QTableView, index: QModelIndex, kind: type[T]) -> T:
    """Start editing `index` (closing any editor still open) and return the editor."""
    for old in table.findChildren(QWidget):
        if isinstance(old, (QLineEdit, QComboBox)) and old.isVisible():
            qtbot.keyClick(old, Qt.Key.Key_Escape)
    table.setCurrentIndex(index)
    table.edit(index)
    editors = [e for e in table.findChildren(kind) if e.isVisible()]
    assert len(editors) == 1
    return editors[0]


def press_enter(qtbot: QtBot, editor: QWidget, table: QTableView) -> None:
    """Enter commits through a queued call: wait until the editor has closed."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def edit_cell(qtbot: QtBot, page: EnvironmentView, row: int, column: int, text: str) -> None:
    table = page.competitors.table
    editor = open_editor(qtbot, table, table.model().index(row, column), QLineEdit)
    editor.selectAll()
    editor.insert(text)
    press_enter(qtbot, editor, table)


def test_competitors_are_added_and_edited_in_place_with_validation(
    qtbot: QtBot, page: EnvironmentView
) -> None:
    page.tabs.setCurrentIndex(COMPETITORS_TAB)
    panel = page.competitors
    competitor_id = panel.add_competitor()
    assert competitor_id is not None
    assert not panel.empty_hint.isVisibleTo(panel)
    (editor,) = [e for e in panel.table.findChildren(QLineEdit) if e.isVisible()]
    assert editor.text() == "New competitor"
    edit_cell(qtbot, page, 0, 0, "Kfé Club")
    edit_cell(qtbot, page, 0, 5, "18.5")
    service = page.document.services.competitors
    stored = service.get(competitor_id)
    assert (stored.name, stored.estimated_share) == ("Kfé Club", 18.5)
    before = page.document.stack.count()
    with qtbot.waitSignal(page.document.runner.failed) as failed:
        edit_cell(qtbot, page, 0, 5, "150")
    assert "100" in failed.args[0]
    assert service.get(competitor_id).estimated_share == 18.5
    assert page.document.stack.count() == before


def test_competitor_choices_use_words(qtbot: QtBot, page: EnvironmentView) -> None:
    page.tabs.setCurrentIndex(COMPETITORS_TAB)
    panel = page.competitors
    panel.add_competitor()
    table = panel.table
    index = table.model().index(0, 6)
    assert index.data() == "3 Medium"
    combo = open_editor(qtbot, table, index, QComboBox)
    combo.setCurrentIndex(combo.findData(5))
    press_enter(qtbot, combo, table)
    assert index.data() == "5 Very high"


def test_competitors_sort_by_any_column(demo_page: EnvironmentView) -> None:
    panel = demo_page.competitors
    names = lambda: [  # noqa: E731
        panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())
    ]
    assert names()[0] == "Kfé Club"  # the plan's own order at first
    panel.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # share
    assert names()[:2] == ["OfficeBrew", "Supermarket coffee brands"]
    panel.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # price level, low to premium
    assert names()[0] == "Supermarket coffee brands"
    assert names()[-1] == "Torréfaction Saint-Jean"


def test_competitor_models_pass_qt_model_tester(
    qtmodeltester: ModelTester, demo_page: EnvironmentView
) -> None:
    qtmodeltester.check(demo_page.competitors.model, force_py=True)
    qtmodeltester.check(demo_page.competitors.proxy, force_py=True)


def test_delete_a_competitor_then_undo_keeps_the_swot_link(demo_page: EnvironmentView) -> None:
    services, plan_id = demo_page.document.services, demo_page.document.plan_id
    item = next(i for i in services.swot.list(plan_id) if i.source_competitor_id)
    panel = demo_page.competitors
    panel.select_id(item.source_competitor_id)
    assert panel.delete_selected()
    assert services.swot.get(item.id).source_competitor_id is None  # the insight stays
    demo_page.document.stack.undo()
    assert services.swot.get(item.id).source_competitor_id == item.source_competitor_id


def test_send_a_competitor_to_the_swot(demo_page: EnvironmentView) -> None:
    services, plan_id = demo_page.document.services, demo_page.document.plan_id
    panel = demo_page.competitors
    kfe = next(c for c in services.competitors.list(plan_id) if c.name == "Kfé Club")
    panel.select_id(kfe.id)
    item_id = panel.send_to_swot(SwotQuadrant.THREAT)
    assert item_id is not None
    item = services.swot.get(item_id)
    assert item.quadrant == SwotQuadrant.THREAT
    assert item.text == f"Kfé Club: {kfe.strengths}"
    assert item.source_competitor_id == kfe.id
    panel.select_id(kfe.id)
    other = services.swot.get(panel.send_to_swot(SwotQuadrant.OPPORTUNITY))  # type: ignore[arg-type]
    assert other.text == f"Kfé Club: {kfe.weaknesses}"


# -- Porter's five forces ----------------------------------------------------------------
def test_the_forces_model_passes_qt_model_tester(
    qtmodeltester: ModelTester, demo_page: EnvironmentView
) -> None:
    qtmodeltester.check(demo_page.forces.model, force_py=True)


def test_rate_a_force_then_undo_clears_it(qtbot: QtBot, page: EnvironmentView) -> None:
    page.tabs.setCurrentIndex(FORCES_TAB)
    forces = page.forces
    index = forces.model.index(2, 1)  # substitutes
    assert index.data() == "Not rated"
    combo = open_editor(qtbot, forces.table, index, QComboBox)
    combo.setCurrentIndex(combo.findData(4))
    press_enter(qtbot, combo, forces.table)
    service = page.document.services.forces
    rating = service.find(page.document.plan_id, force=PorterForce.SUBSTITUTES)
    assert rating is not None and rating.rating == 4
    assert index.data() == "4 Strong"
    bars = {bar.force: bar.rating for bar in forces.chart.bars}
    assert bars[PorterForce.SUBSTITUTES] == 4 and bars[PorterForce.RIVALRY] is None
    assert "4.0 out of 5" in forces.average_label.text()
    page.document.stack.undo()
    assert service.find(page.document.plan_id, force=PorterForce.SUBSTITUTES) is None
    assert index.data() == "Not rated"


def test_notes_typed_twice_are_one_step(qtbot: QtBot, demo_page: EnvironmentView) -> None:
    forces = demo_page.forces
    stack = demo_page.document.stack
    before = stack.count()
    for text in ("Few rivals", "Few rivals online"):
        assert forces.model.setData(forces.model.index(0, 2), text)
    assert stack.count() == before + 1
    assert forces.model.index(0, 2).data() == "Few rivals online"
    stack.undo()
    assert forces.model.index(0, 2).data().startswith("Many roasters")
    assert forces.model.index(0, 1).data() == "4 Strong"


def test_the_demo_fills_every_tab(demo_page: EnvironmentView) -> None:
    board = demo_page.pestel.board
    assert all(board.model(c).rowCount() == 2 for c in PestelCategory)
    assert demo_page.competitors.model.rowCount() == 4
    assert all(bar.rating is not None for bar in demo_page.forces.chart.bars)
    assert "3.6 out of 5" in demo_page.forces.average_label.text()


def test_environment_edits_survive_closing_and_reopening(
    qtbot: QtBot,
    page: EnvironmentView,
    plan_path: Path,
    open_document: Callable[[Path], PlanDocument],
) -> None:
    add_factor(qtbot, page, ECO, "Coffee prices")
    page.competitors.add_competitor()
    page.forces.set_force(PorterForce.RIVALRY, "rating", 5)
    page.document.close()
    reopened = open_document(plan_path)
    services, plan_id = reopened.services, reopened.plan_id
    assert [f.text for f in services.factors.list(plan_id)] == ["Coffee prices"]
    assert [c.name for c in services.competitors.list(plan_id)] == ["New competitor"]
    assert services.forces.find(plan_id, force=PorterForce.RIVALRY).rating == 5


def test_a_factor_card_menu_sends_it_to_the_swot(qtbot: QtBot, page: EnvironmentView) -> None:
    factor_id = add_factor(qtbot, page, ECO, "Arabica prices")
    board = page.pestel.board
    board.focus_card(factor_id)
    menu = board.view(ECO).build_menu(factor_id)
    (threat,) = [a for a in menu.actions() if a.text() == "Send to SWOT as threat"]
    threat.trigger()
    (item,) = page.document.services.swot.list(page.document.plan_id)
    assert (item.quadrant, item.source_factor_id) == (SwotQuadrant.THREAT, factor_id)
    assert "In SWOT: threat" in board.model(ECO).card(0).badges


def test_delete_a_factor_keeps_its_swot_insight_and_undo_relinks_it(
    qtbot: QtBot, demo_page: EnvironmentView
) -> None:
    services, plan_id = demo_page.document.services, demo_page.document.plan_id
    item = next(i for i in services.swot.list(plan_id) if i.source_factor_id)
    board = demo_page.pestel.board
    board.focus_card(item.source_factor_id)
    category = board.group_of(item.source_factor_id)
    qtbot.keyClick(board.view(category), Qt.Key.Key_Delete)
    assert board.group_of(item.source_factor_id) is None
    assert services.swot.get(item.id).source_factor_id is None  # the insight stays in the SWOT
    demo_page.document.stack.undo()
    assert services.swot.get(item.id).source_factor_id == item.source_factor_id
    assert board.group_of(item.source_factor_id) == category
