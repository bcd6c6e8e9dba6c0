"""The Objectives page: objectives and key results edited in place in a tree, each edit one
undo step, same ids back; the KPI chosen from the library or created from the objective."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from stratdesk.ui.main_window import MainWindow
from stratdesk.ui.strategy.objectives import ObjectivesTreeModel, ObjectivesView
from stratdesk.ui.strategy.objectives.kpi_picker import KpiPicker
from stratdesk.ui.strategy.objectives.model import OBJECTIVE, RESULT

STATEMENT, MEASURE, BASELINE, TARGET, DEADLINE, PROGRESS, SMART = range(7)


@pytest.fixture
def page(plan_window: MainWindow) -> Iterator[ObjectivesView]:
    plan_window.show_workspace("strategy", "objectives")
    assert plan_window.plan_view is not None
    view = plan_window.plan_view.workspace("strategy").page_widget("objectives")
    assert isinstance(view, ObjectivesView)
    yield view


def _editing(page: ObjectivesView) -> bool:
    return page.tree.state() == QAbstractItemView.State.EditingState


def _add(qtbot: QtBot, page: ObjectivesView) -> int:
    """Add an objective and leave its statement as proposed (Escape closes the editor)."""
    item_id = page.add_objective()
    assert item_id is not None
    _escape(qtbot, page)
    return item_id


def _escape(qtbot: QtBot, page: ObjectivesView) -> None:
    if _editing(page):
        editor = page.tree.focusWidget()
        assert editor is not None
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not _editing(page))


def _stored(page: ObjectivesView) -> list[tuple[int, str]]:
    service = page.document.services.objectives
    return [(o.id, o.statement) for o in service.list(page.document.plan_id)]


def _index(page: ObjectivesView, kind: str, item_id: int, column: int) -> QModelIndex:
    index = page.model.index_of(kind, item_id, column)
    assert index.isValid()
    return index


def _open(page: ObjectivesView, index: QModelIndex) -> QWidget:
    page.tree.setCurrentIndex(index)
    page.tree.edit(index)
    editor = page.tree.focusWidget()
    assert editor is not None and _editing(page)
    return editor


def _press_enter(qtbot: QtBot, page: ObjectivesView, editor: QWidget) -> None:
    """Enter commits the editor (Qt does it queued: wait until the editor is closed)."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not _editing(page))


def _type(qtbot: QtBot, page: ObjectivesView, index: QModelIndex, text: str) -> None:
    """Open the cell's editor, type `text`, press Enter: what a person does."""
    editor = _open(page, index)
    line = editor.lineEdit() if isinstance(editor, KpiPicker) else editor
    assert isinstance(line, QLineEdit)
    line.selectAll()
    line.insert(text)  # not keyClicks: text may be non-ASCII
    _press_enter(qtbot, page, editor)


def test_model_passes_qt_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, page: ObjectivesView
) -> None:
    # A model of its own: the page's model goes with the window before the tester's teardown.
    model = ObjectivesTreeModel(lambda *_args: False)
    qtmodeltester.check(model, force_py=True)
    services, plan_id = page.document.services, page.document.plan_id
    first = services.objectives.create(plan_id, {"statement": "One"})
    services.objectives.create(plan_id, {"statement": "Two"})
    services.key_results.create(first.id, {"statement": "a"})

    def load() -> None:
        results = services.key_results.by_objective(plan_id)
        model.set_content(
            services.objectives.list(plan_id), results, page.model.overview, page.model.formats
        )

    load()  # rows and children inserted while the tester watches
    second_result = services.key_results.create(first.id, {"statement": "b"})
    services.objectives.update(first.id, {"owner": "Ana"})
    load()  # a child inserted, a row changed in place
    services.key_results.delete(second_result.id)
    services.objectives.reorder(
        plan_id, [o.id for o in reversed(services.objectives.list(plan_id))]
    )
    load()  # a child removed, rows moved
    assert model.rowCount() == 2 and model.rowCount(model.index(1, 0)) == 1


def test_empty_page_shows_a_hint_whose_link_adds(qtbot: QtBot, page: ObjectivesView) -> None:
    assert page.model.rowCount() == 0
    assert page.empty_hint.isVisible() and not page.details_area.isVisible()
    assert not page.page_actions.delete.isEnabled() and not page.page_actions.add_result.isEnabled()
    page.empty_hint.linkActivated.emit("add")
    assert [statement for _id, statement in _stored(page)] == ["New objective"]
    assert page.details_area.isVisible() and not page.empty_hint.isVisible()


def test_add_undo_redo_keeps_the_id(plan_window: MainWindow, page: ObjectivesView) -> None:
    item_id = page.add_objective()
    assert item_id is not None
    assert _stored(page) == [(item_id, "New objective")]
    assert page.model.index_of(OBJECTIVE, item_id).row() == 0
    assert plan_window.actions.undo.text() == "Undo Add objective"
    plan_window.actions.undo.trigger()
    assert page.model.rowCount() == 0 and _stored(page) == []
    plan_window.actions.redo.trigger()
    assert _stored(page) == [(item_id, "New objective")]
    assert page.model.index_of(OBJECTIVE, item_id).row() == 0


def test_ctrl_n_adds_and_starts_editing(
    qtbot: QtBot, plan_window: MainWindow, page: ObjectivesView
) -> None:
    plan_window.activateWindow()
    qtbot.waitUntil(plan_window.isActiveWindow)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount() == 1
    editor = page.tree.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "New objective"
    editor.selectAll()
    qtbot.keyClicks(editor, "Win 500 subscribers")
    _press_enter(qtbot, page, editor)
    assert [s for _i, s in _stored(page)] == ["Win 500 subscribers"]


def test_edit_in_place_then_undo(
    qtbot: QtBot, plan_window: MainWindow, page: ObjectivesView
) -> None:
    item_id = _add(qtbot, page)
    _type(qtbot, page, _index(page, OBJECTIVE, item_id, STATEMENT), "Reach 1 200 abonnés, fin 2028")
    assert _stored(page) == [(item_id, "Reach 1 200 abonnés, fin 2028")]
    assert page.model.index_of(OBJECTIVE, item_id).data() == "Reach 1 200 abonnés, fin 2028"
    assert plan_window.actions.undo.text() == "Undo Edit objective"
    plan_window.actions.undo.trigger()
    assert _stored(page) == [(item_id, "New objective")]


def test_typing_twice_in_the_same_cell_is_one_undo_step(qtbot: QtBot, page: ObjectivesView) -> None:
    item_id = _add(qtbot, page)
    stack = page.document.stack
    before = stack.count()
    _type(qtbot, page, _index(page, OBJECTIVE, item_id, BASELINE), "10")
    _type(qtbot, page, _index(page, OBJECTIVE, item_id, BASELINE), "12")
    assert stack.count() == before + 1
    _type(qtbot, page, _index(page, OBJECTIVE, item_id, TARGET), "40")
    assert stack.count() == before + 2
    stack.undo()
    stack.undo()
    assert page.model.objectives[0].baseline is None


def test_a_refused_edit_leaves_no_undo_step_and_says_why(
    qtbot: QtBot, plan_window: MainWindow, page: ObjectivesView
) -> None:
    item_id = _add(qtbot, page)
    before = page.document.stack.count()
    _type(qtbot, page, _index(page, OBJECTIVE, item_id, STATEMENT), "")
    assert page.document.stack.count() == before
    assert _stored(page) == [(item_id, "New objective")]
    assert "must not be empty" in plan_window.statusBar().currentMessage()
    _type(qtbot, page, _index(page, OBJECTIVE, item_id, TARGET), "lots")
    assert page.model.objectives[0].target is None
    assert "number" in plan_window.statusBar().currentMessage()


def test_numbers_are_read_and_shown_in_the_kpi_s_unit(qtbot: QtBot, page: ObjectivesView) -> None:
    services, plan_id = page.document.services, page.document.plan_id
    cost = services.kpis.create(plan_id, {"name": "Cost", "unit": "currency"})
    item_id = _add(qtbot, page)
    _type(qtbot, page, _index(page, OBJECTIVE, item_id, TARGET), "1500.5")
    assert page.model.objectives[0].target == 1500.5
    assert _index(page, OBJECTIVE, item_id, TARGET).data() == "1,500.5"
    services.objectives.update(item_id, {"kpi_id": cost.id})
    assert _index(page, OBJECTIVE, item_id, TARGET).data() == "€1,500.50"
    _type(qtbot, page, _index(page, OBJECTIVE, item_id, TARGET), "")
    assert page.model.objectives[0].target is None


def test_the_kpi_is_chosen_from_the_library(
    qtbot: QtBot, plan_window: MainWindow, page: ObjectivesView
) -> None:
    services = page.document.services
    services.kpis.create(page.document.plan_id, {"name": "Visits"})
    kpi = services.kpis.create(page.document.plan_id, {"name": "Subscriptions"})
    item_id = _add(qtbot, page)
    index = _index(page, OBJECTIVE, item_id, MEASURE)
    assert index.data() == "—"  # no KPI yet
    editor = _open(page, index)
    assert isinstance(editor, KpiPicker)
    names = [editor.itemText(i) for i in range(editor.count())]
    assert names == ["— No KPI", "Visits", "Subscriptions"]
    assert editor.completer().filterMode() == Qt.MatchFlag.MatchContains
    editor.setCurrentIndex(editor.findText("Subscriptions"))
    _press_enter(qtbot, page, editor)
    assert page.model.objectives[0].kpi_id == kpi.id
    assert _index(page, OBJECTIVE, item_id, MEASURE).data() == "Subscriptions"
    # Renamed in the KPI library: the objective shows the new name.
    services.kpis.update(kpi.id, {"name": "Active subscriptions"})
    assert _index(page, OBJECTIVE, item_id, MEASURE).data() == "Active subscriptions"
    plan_window.actions.undo.trigger()  # the rename was not a command; the choice was
    assert page.model.objectives[0].kpi_id is None


def test_typing_a_new_kpi_name_creates_it_and_links_it_in_one_step(
    qtbot: QtBot, plan_window: MainWindow, page: ObjectivesView
) -> None:
    services, plan_id = page.document.services, page.document.plan_id
    item_id = _add(qtbot, page)
    services.objectives.update(item_id, {"baseline": 80.0, "target": 45.0})
    before = page.document.stack.count()
    _type(qtbot, page, _index(page, OBJECTIVE, item_id, MEASURE), "Cost per subscriber")
    kpis = services.kpis.list(plan_id)
    assert [k.name for k in kpis] == ["Cost per subscriber"]
    assert kpis[0].direction == "lower"  # the target lies under the baseline
    assert services.objectives.get(item_id).kpi_id == kpis[0].id
    assert page.document.stack.count() == before + 1
    assert plan_window.actions.undo.text() == "Undo Create KPI for objective"
    plan_window.actions.undo.trigger()
    assert services.kpis.list(plan_id) == [] and services.objectives.get(item_id).kpi_id is None
    plan_window.actions.redo.trigger()
    assert services.kpis.list(plan_id) == kpis  # the same id back
    assert services.objectives.get(item_id).kpi_id == kpis[0].id


def test_create_a_kpi_from_the_objective_in_a_dialog(qtbot: QtBot, page: ObjectivesView) -> None:
    services, plan_id = page.document.services, page.document.plan_id
    item_id = _add(qtbot, page)
    page.select(OBJECTIVE, item_id)
    assert page.page_actions.create_kpi.isEnabled()
    dialog = page.open_kpi_dialog()
    assert dialog is not None and dialog.isVisible()
    dialog.accept()  # no name: refused, said, the dialog stays
    assert dialog.isVisible() and "must not be empty" in dialog.error_label.text()
    assert services.kpis.list(plan_id) == []
    dialog.name_edit.setText("Active subscriptions")
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData("count"))
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    kpi = services.kpis.list(plan_id)[0]
    assert (kpi.name, services.objectives.get(item_id).kpi_id) == ("Active subscriptions", kpi.id)
    assert _index(page, OBJECTIVE, item_id, MEASURE).data() == "Active subscriptions"


def test_key_results_are_added_edited_measured_and_undone(
    qtbot: QtBot, plan_window: MainWindow, page: ObjectivesView
) -> None:
    services = page.document.services
    kpi = services.kpis.create(
        page.document.plan_id, {"name": "Conversion rate", "unit": "percent"}
    )
    objective = _add(qtbot, page)
    page.select(OBJECTIVE, objective)
    plan_window.activateWindow()
    qtbot.waitUntil(plan_window.isActiveWindow)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    results = services.key_results.list(objective)
    assert [r.statement for r in results] == ["New key result"]
    result = results[0].id
    editor = page.tree.focusWidget()  # its statement is being edited, under the objective
    assert isinstance(editor, QLineEdit) and page.tree.currentIndex().parent().isValid()
    editor.selectAll()
    editor.insert("Convert 3% of visits")
    _press_enter(qtbot, page, editor)
    _type(qtbot, page, _index(page, RESULT, result, MEASURE), "conversion rate")  # the KPI
    _type(qtbot, page, _index(page, RESULT, result, TARGET), "3")
    stored = services.key_results.get(result)
    assert (stored.statement, stored.kpi_id, stored.metric, stored.target) == (
        "Convert 3% of visits",
        kpi.id,
        "",
        3.0,
    )
    assert _index(page, RESULT, result, TARGET).data() == "3%"
    _type(qtbot, page, _index(page, RESULT, result, MEASURE), "Offices signed")  # a metric
    stored = services.key_results.get(result)
    assert (stored.kpi_id, stored.metric) == (None, "Offices signed")
    assert plan_window.actions.undo.text() == "Undo Edit key result"
    plan_window.actions.undo.trigger()
    assert services.key_results.get(result).kpi_id == kpi.id
    assert not (_index(page, RESULT, result, BASELINE).flags() & Qt.ItemFlag.ItemIsEditable)


def test_rows_move_among_their_siblings_one_step_each(
    qtbot: QtBot, plan_window: MainWindow, page: ObjectivesView
) -> None:
    services = page.document.services
    first, second = _add(qtbot, page), _add(qtbot, page)
    a = services.key_results.create(first, {"statement": "a"}).id
    b = services.key_results.create(first, {"statement": "b"}).id
    page.select(RESULT, a)
    plan_window.activateWindow()
    qtbot.waitUntil(plan_window.isActiveWindow)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [r.id for r in services.key_results.list(first)] == [b, a]
    assert page.model.item(page.tree.currentIndex()).id == a  # it stays chosen
    assert not page.move_current(1)  # already last
    page.select(OBJECTIVE, second)
    assert page.move_current(-1)
    assert [o for o, _s in _stored(page)] == [second, first]
    assert plan_window.actions.undo.text() == "Undo Move objective"
    plan_window.actions.undo.trigger()
    plan_window.actions.undo.trigger()
    assert [o for o, _s in _stored(page)] == [first, second]
    assert [r.id for r in services.key_results.list(first)] == [a, b]


def test_delete_then_undo_restores_the_same_ids(
    qtbot: QtBot, plan_window: MainWindow, page: ObjectivesView
) -> None:
    services = page.document.services
    first, second = _add(qtbot, page), _add(qtbot, page)
    kept = services.key_results.create(second, {"statement": "kept"}).id
    gone = services.key_results.create(second, {"statement": "gone"}).id
    page.select(OBJECTIVE, first)
    assert page.page_actions.delete.isEnabled()
    page.page_actions.delete.trigger()
    assert [i for i, _ in _stored(page)] == [second]
    assert plan_window.actions.undo.text() == "Undo Delete objective"
    plan_window.actions.undo.trigger()
    assert [o.id for o in page.model.objectives] == [first, second]
    # An objective and a key result of another, chosen together: one step.
    page.tree.clearSelection()
    flags = page.tree.selectionModel().SelectionFlag
    for index in (_index(page, OBJECTIVE, first, 0), _index(page, RESULT, gone, 0)):
        page.tree.selectionModel().select(index, flags.Select | flags.Rows)
    assert page.delete_selected()
    assert [i for i, _ in _stored(page)] == [second]
    assert [r.id for r in services.key_results.list(second)] == [kept]
    assert plan_window.actions.undo.text() == "Undo Delete 2 rows"
    plan_window.actions.undo.trigger()
    assert [i for i, _ in _stored(page)] == [first, second]
    assert [r.id for r in services.key_results.list(second)] == [kept, gone]


def test_deleting_several_objectives_is_one_step(
    qtbot: QtBot, plan_window: MainWindow, page: ObjectivesView
) -> None:
    ids = [_add(qtbot, page) for _ in range(3)]
    page.tree.selectAll()
    page.delete_selected()
    assert _stored(page) == []
    assert plan_window.actions.undo.text() == "Undo Delete 3 objectives"
    plan_window.actions.undo.trigger()
    assert [i for i, _ in _stored(page)] == ids


def test_owner_and_status_are_edited_in_the_details(
    qtbot: QtBot, plan_window: MainWindow, page: ObjectivesView
) -> None:
    item_id = _add(qtbot, page)
    page.select(OBJECTIVE, item_id)
    details = page.details
    assert details.objective is not None and details.objective.id == item_id
    details.owner_edit.setText("Inès")
    details.owner_edit.editingFinished.emit()
    details.status_combo.setCurrentIndex(details.status_combo.findText("Achieved"))
    details.status_combo.activated.emit(details.status_combo.currentIndex())
    stored = page.document.services.objectives.get(item_id)
    assert (stored.owner, stored.status) == ("Inès", "achieved")
    plan_window.actions.undo.trigger()
    assert page.document.services.objectives.get(item_id).status == "draft"
    assert details.status_combo.currentText() == "Draft"


def test_a_hidden_page_refreshes_when_shown_again(
    plan_window: MainWindow, page: ObjectivesView
) -> None:
    plan_window.show_workspace("strategy", "roadmap")
    assert not page.isVisible()
    page.document.services.objectives.create(page.document.plan_id, {"statement": "Made elsewhere"})
    assert page.stale and page.model.rowCount() == 0  # not refreshed while hidden
    plan_window.show_workspace("strategy", "objectives")
    assert not page.stale
    assert [o.statement for o in page.model.objectives] == ["Made elsewhere"]


def test_edits_elsewhere_update_the_visible_row_in_place(
    qtbot: QtBot, page: ObjectivesView
) -> None:
    item_id = _add(qtbot, page)
    page.select(OBJECTIVE, item_id)
    page.document.services.objectives.update(item_id, {"owner": "Inès"})
    assert page.model.objectives[0].owner == "Inès"
    assert page.selected_ids() == [item_id]  # an in-place update keeps the selection
    assert page.details.owner_edit.text() == "Inès"


def test_insert_and_delete_keys(
    qtbot: QtBot, plan_window: MainWindow, page: ObjectivesView
) -> None:
    plan_window.activateWindow()
    qtbot.waitUntil(plan_window.isActiveWindow)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Insert)
    assert page.model.rowCount() == 1
    _escape(qtbot, page)
    page.select(OBJECTIVE, page.model.objectives[0].id)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert page.model.rowCount() == 0 and _stored(page) == []


def test_enter_edits_the_current_cell(
    qtbot: QtBot, plan_window: MainWindow, page: ObjectivesView
) -> None:
    item_id = _add(qtbot, page)
    index = _index(page, OBJECTIVE, item_id, BASELINE)
    page.tree.setCurrentIndex(index)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    editor = page.tree.focusWidget()
    assert _editing(page) and isinstance(editor, QLineEdit)
    editor.insert("12")
    _press_enter(qtbot, page, editor)  # commits, and does not open the editor again
    assert page.model.objectives[0].baseline == 12 and not _editing(page)


def test_the_statements_keep_room_on_a_small_screen() -> None:
    from stratdesk.ui.strategy.objectives.tree import STATEMENT_CHARS, column_widths

    wide = column_widths(1100, 8.0, 110)
    assert sum(wide.values()) == 1100 and wide[STATEMENT] > 350
    narrow = column_widths(760, 8.0, 110)
    assert narrow[STATEMENT] == STATEMENT_CHARS * 8 and narrow[PROGRESS] < wide[PROGRESS]
    assert sum(narrow.values()) <= 760 or narrow[PROGRESS] == 15 * 8 + 16  # then it scrolls
    tiny = column_widths(300, 8.0, 110)
    assert tiny[STATEMENT] == STATEMENT_CHARS * 8 and tiny[MEASURE] == 11 * 8 + 16
