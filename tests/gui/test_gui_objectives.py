"""The Objectives page: add, edit in place and delete, each one undo step, same ids back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from stratdesk.ui.main_window import MainWindow
from stratdesk.ui.strategy.objectives import ObjectivesModel, ObjectivesView

STATEMENT, KPI, BASELINE, TARGET, DEADLINE, OWNER, STATUS = range(7)


@pytest.fixture
def page(plan_window: MainWindow) -> Iterator[ObjectivesView]:
    plan_window.show_workspace("strategy", "objectives")
    assert plan_window.plan_view is not None
    view = plan_window.plan_view.workspace("strategy").page_widget("objectives")
    assert isinstance(view, ObjectivesView)
    yield view


def _add(qtbot: QtBot, page: ObjectivesView) -> int:
    """Add an objective and leave its statement as proposed (Escape closes the editor)."""
    item_id = page.add_objective()
    assert item_id is not None
    if page.table.state() == QAbstractItemView.State.EditingState:
        editor = page.table.focusWidget()
        assert isinstance(editor, QLineEdit)
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: page.table.state() != QAbstractItemView.State.EditingState)
    return item_id


def _statements(page: ObjectivesView) -> list[str]:
    return [item.statement for item in page.model.items()]


def _stored(page: ObjectivesView) -> list[tuple[int, str]]:
    service = page.document.services.objectives
    return [(o.id, o.statement) for o in service.list(page.document.plan_id)]


def _edit_cell(qtbot: QtBot, page: ObjectivesView, row: int, column: int, text: str) -> None:
    """Open the cell's editor, type `text`, press Enter: what a person does."""
    index = page.model.index(row, column)
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = page.table.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    editor.insert(text)  # not keyClicks: text may be non-ASCII
    _press_enter(qtbot, page, editor)


def _press_enter(qtbot: QtBot, page: ObjectivesView, editor: QWidget) -> None:
    """Enter commits the editor (Qt does it queued: wait until the editor is closed)."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.state() != QAbstractItemView.State.EditingState)


def test_model_passes_qt_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, page: ObjectivesView
) -> None:
    # A model of its own: the page's model goes with the window before the tester's teardown.
    model = ObjectivesModel(page.document, lambda *_args: False)
    model.refresh()
    qtmodeltester.check(model, force_py=True)
    _add(qtbot, page)
    _add(qtbot, page)
    model.refresh()  # rows inserted while the tester watches
    page.document.services.objectives.update(model.item(0).id, {"owner": "Ana"})
    model.refresh()  # a row changed in place
    assert model.rowCount() == 2


def test_empty_page_shows_a_hint(page: ObjectivesView) -> None:
    assert page.model.rowCount() == 0
    assert page.empty_hint.isVisible()
    assert not page.delete_action.isEnabled()


def test_add_undo_redo_keeps_the_id(plan_window: MainWindow, page: ObjectivesView) -> None:
    item_id = page.add_objective()
    assert item_id is not None
    assert _stored(page) == [(item_id, "New objective")]
    assert page.model.row_of(item_id) == 0
    assert not page.empty_hint.isVisible()
    assert plan_window.actions.undo.text() == "Undo Add objective"
    plan_window.actions.undo.trigger()
    assert page.model.rowCount() == 0
    assert _stored(page) == []
    plan_window.actions.redo.trigger()
    assert _stored(page) == [(item_id, "New objective")]
    assert page.model.row_of(item_id) == 0


def test_ctrl_n_adds_and_starts_editing(
    qtbot: QtBot, plan_window: MainWindow, page: ObjectivesView
) -> None:
    plan_window.activateWindow()
    qtbot.waitUntil(plan_window.isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount() == 1
    editor = page.table.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.text() == "New objective"
    editor.selectAll()
    qtbot.keyClicks(editor, "Win 500 subscribers")
    _press_enter(qtbot, page, editor)
    assert _statements(page) == ["Win 500 subscribers"]


def test_edit_in_place_then_undo(
    qtbot: QtBot, plan_window: MainWindow, page: ObjectivesView
) -> None:
    item_id = _add(qtbot, page)
    page.table.closePersistentEditor(page.model.index(0, STATEMENT))
    _edit_cell(qtbot, page, 0, STATEMENT, "Reach 1 200 abonnés, fin 2028")
    assert _stored(page) == [(item_id, "Reach 1 200 abonnés, fin 2028")]
    assert page.model.data(page.model.index(0, STATEMENT)) == "Reach 1 200 abonnés, fin 2028"
    assert plan_window.actions.undo.text() == "Undo Edit objective"
    plan_window.actions.undo.trigger()
    assert _stored(page) == [(item_id, "New objective")]
    assert _statements(page) == ["New objective"]


def test_typing_twice_in_the_same_cell_is_one_undo_step(qtbot: QtBot, page: ObjectivesView) -> None:
    _add(qtbot, page)
    stack = page.document.stack
    before = stack.count()
    _edit_cell(qtbot, page, 0, OWNER, "Camille")
    _edit_cell(qtbot, page, 0, OWNER, "Camille Roux")
    assert stack.count() == before + 1
    _edit_cell(qtbot, page, 0, BASELINE, "10")
    assert stack.count() == before + 2
    stack.undo()
    stack.undo()
    assert page.model.item(0).owner == ""


def test_a_refused_edit_leaves_no_undo_step_and_says_why(
    qtbot: QtBot, plan_window: MainWindow, page: ObjectivesView
) -> None:
    item_id = _add(qtbot, page)
    stack = page.document.stack
    before = stack.count()
    _edit_cell(qtbot, page, 0, STATEMENT, "")
    assert stack.count() == before
    assert _stored(page) == [(item_id, "New objective")]
    assert "must not be empty" in plan_window.statusBar().currentMessage()
    assert not plan_window.isWindowModified()


def test_an_unchanged_edit_is_no_step(qtbot: QtBot, page: ObjectivesView) -> None:
    _add(qtbot, page)
    before = page.document.stack.count()
    _edit_cell(qtbot, page, 0, STATEMENT, "New objective")
    assert page.document.stack.count() == before


def test_numbers_are_read_and_shown_in_the_readers_locale(
    qtbot: QtBot, page: ObjectivesView
) -> None:
    _add(qtbot, page)
    _edit_cell(qtbot, page, 0, TARGET, "1500.5")
    _edit_cell(qtbot, page, 0, BASELINE, "200")
    item = page.model.item(0)
    assert (item.baseline, item.target) == (200, 1500.5)
    shown = page.model.data(page.model.index(0, TARGET))
    assert shown == page.model.locale.toString(1500.5, "f", 1)
    _edit_cell(qtbot, page, 0, TARGET, "")
    assert page.model.item(0).target is None


def test_a_number_that_is_not_one_is_refused(
    qtbot: QtBot, plan_window: MainWindow, page: ObjectivesView
) -> None:
    _add(qtbot, page)
    _edit_cell(qtbot, page, 0, TARGET, "lots")
    assert page.model.item(0).target is None
    assert "number" in plan_window.statusBar().currentMessage()


def test_status_is_chosen_from_translated_labels(qtbot: QtBot, page: ObjectivesView) -> None:
    _add(qtbot, page)
    index = page.model.index(0, STATUS)
    assert page.model.data(index) == "Draft"
    page.table.edit(index)
    editor = page.table.focusWidget()
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findText("Achieved"))
    _press_enter(qtbot, page, editor)
    assert page.model.item(0).status == "achieved"
    assert page.model.data(index) == "Achieved"


def test_the_kpi_is_chosen_from_the_library(
    qtbot: QtBot, plan_window: MainWindow, page: ObjectivesView
) -> None:
    services = page.document.services
    services.kpis.create(page.document.plan_id, {"name": "Visits"})
    kpi = services.kpis.create(page.document.plan_id, {"name": "Subscriptions"})
    _add(qtbot, page)
    index = page.model.index(0, KPI)
    assert page.model.data(index) == ""  # no KPI yet
    page.table.edit(index)
    editor = page.table.focusWidget()
    assert isinstance(editor, QComboBox)
    assert [editor.itemText(i) for i in range(editor.count())] == ["—", "Visits", "Subscriptions"]
    editor.setCurrentIndex(editor.findText("Subscriptions"))
    _press_enter(qtbot, page, editor)
    assert page.model.item(0).kpi_id == kpi.id
    assert page.model.data(index) == "Subscriptions"
    # Renamed in the KPI library: the objective shows the new name.
    services.kpis.update(kpi.id, {"name": "Active subscriptions"})
    qtbot.waitUntil(lambda: page.model.data(index) == "Active subscriptions")
    plan_window.actions.undo.trigger()  # the rename was not a command; the choice was
    assert page.model.item(0).kpi_id is None
    assert page.model.data(index) == ""


def test_delete_then_undo_restores_the_same_id(
    qtbot: QtBot, plan_window: MainWindow, page: ObjectivesView
) -> None:
    first, second = _add(qtbot, page), _add(qtbot, page)
    page.select_id(first)
    assert page.delete_action.isEnabled()
    page.delete_action.trigger()
    assert [i for i, _ in _stored(page)] == [second]
    assert plan_window.actions.undo.text() == "Undo Delete objective"
    plan_window.actions.undo.trigger()
    assert [i for i, _ in _stored(page)] == [first, second]
    assert [item.id for item in page.model.items()] == [first, second]


def test_deleting_several_rows_is_one_step(
    qtbot: QtBot, plan_window: MainWindow, page: ObjectivesView
) -> None:
    ids = [_add(qtbot, page) for _ in range(3)]
    page.table.selectAll()
    page.delete_selected()
    assert _stored(page) == []
    assert plan_window.actions.undo.text() == "Undo Delete 3 objectives"
    plan_window.actions.undo.trigger()
    assert [i for i, _ in _stored(page)] == ids


def test_a_hidden_page_refreshes_when_shown_again(
    plan_window: MainWindow, page: ObjectivesView
) -> None:
    plan_window.show_workspace("strategy", "roadmap")
    assert not page.isVisible()
    service = page.document.services.objectives
    service.create(page.document.plan_id, {"statement": "Made elsewhere"})
    assert page.stale
    assert page.model.rowCount() == 0  # not refreshed while hidden
    plan_window.show_workspace("strategy", "objectives")
    assert not page.stale
    assert _statements(page) == ["Made elsewhere"]


def test_edits_elsewhere_update_the_visible_row_in_place(
    qtbot: QtBot, page: ObjectivesView
) -> None:
    item_id = _add(qtbot, page)
    page.select_id(item_id)
    page.document.services.objectives.update(item_id, {"owner": "Inès"})
    assert page.model.item(0).owner == "Inès"
    assert page.selected_ids() == [item_id]  # an in-place update keeps the selection


def test_insert_and_delete_keys(
    qtbot: QtBot, plan_window: MainWindow, page: ObjectivesView
) -> None:
    plan_window.activateWindow()
    qtbot.waitUntil(plan_window.isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Insert)
    assert page.model.rowCount() == 1
    editor = page.table.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.table.state() != QAbstractItemView.State.EditingState)
    page.table.selectRow(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.model.rowCount() == 0
    assert _stored(page) == []
