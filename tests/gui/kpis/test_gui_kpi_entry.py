"""Entering data by hand: measurements and targets, each edit one undo step; trajectories."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from stratdesk.domain.enums import KpiAggregation, KpiFormula, KpiPeriod, KpiUnit
from stratdesk.services.kpi_series import seconds_day
from stratdesk.ui.document import PlanDocument
from stratdesk.ui.main_window import MainWindow
from stratdesk.ui.operations.kpis.measurements import VALUE
from stratdesk.ui.operations.kpis.page import KpiPageView
from stratdesk.ui.operations.kpis.targets import TARGET

D = dt.date
Page = Callable[[], KpiPageView]
Settle = Callable[[KpiPageView], None]


def _edit_cell(qtbot: QtBot, table: QTableView, row: int, column: int, text: str) -> None:
    """Open the cell's editor, type, press Enter: what a person does."""
    index = table.model().index(row, column)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    editor.insert(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def _measured(document: PlanDocument, kpi_id: int) -> list[tuple[int, dt.date, float]]:
    return [(m.id, m.day, m.value) for m in document.services.kpi_measurements.list(kpi_id)]


def _targets(document: PlanDocument, kpi_id: int) -> list[tuple[dt.date, float]]:
    return [(t.period_start, t.value) for t in document.services.kpi_targets.targets(kpi_id)]


def test_add_a_measurement_then_undo_and_redo(
    plan_window: MainWindow,
    document: PlanDocument,
    make_kpi: Callable[..., int],
    open_page: Page,
    settle: Settle,
) -> None:
    kpi_id = make_kpi("Visits", [(D(2026, 1, 31), 100.0)])
    page = open_page()
    dialog = page.open_measurement_dialog()
    assert dialog is not None and not dialog.computed
    dialog.day.set_date(D(2026, 2, 28))
    assert not dialog.ok_button.isEnabled()  # nothing typed yet
    dialog.value.setText("1234.5")
    dialog.source.setText("Matomo")
    dialog.ok_button.click()
    settle(page)
    (_, _, _), (new_id, day, value) = _measured(document, kpi_id)
    assert (day, value) == (D(2026, 2, 28), 1234.5)
    assert page.detail.chart.actual_data()[1].tolist() == [100.0, 1234.5]
    assert page.detail.measurements.model.rowCount() == 2
    assert plan_window.actions.undo.text() == "Undo Add measurement"
    plan_window.actions.undo.trigger()
    settle(page)
    assert [v for _, _, v in _measured(document, kpi_id)] == [100.0]
    assert page.detail.chart.actual_data()[1].tolist() == [100.0]
    plan_window.actions.redo.trigger()
    settle(page)
    assert _measured(document, kpi_id)[1] == (new_id, D(2026, 2, 28), 1234.5)  # same id back
    assert page.tiles_model.texts(0).value == "1,234.5"


def test_a_computed_kpi_asks_for_the_formulas_inputs(
    document: PlanDocument, make_kpi: Callable[..., int], open_page: Page, settle: Settle
) -> None:
    kpi_id = make_kpi("Click-through rate", formula=KpiFormula.CTR, unit=KpiUnit.PERCENT)
    page = open_page()
    dialog = page.open_measurement_dialog()
    assert dialog is not None and dialog.computed
    assert list(dialog.inputs) == ["clicks", "impressions"]
    dialog.inputs["clicks"].setText("25")
    dialog.inputs["impressions"].setText("0")
    assert not dialog.ok_button.isEnabled()  # a zero divisor gives no value
    dialog.inputs["impressions"].setText("1000")
    assert dialog.result_label.text() == "Clicks ÷ impressions × 100 = 2.5%"
    count = document.stack.count()
    dialog.ok_button.click()
    settle(page)
    # Its periods use the formula: the inputs are stored, in one undo step.
    rows = document.services.kpi_measurements.list(kpi_id)
    assert [(r.component, r.value) for r in rows] == [("clicks", 25.0), ("impressions", 1000.0)]
    assert document.stack.count() == count + 1
    assert page.detail.chart.actual_data()[1].tolist() == [pytest.approx(2.5)]
    assert page.detail.measurements.model.rowCount() == 2
    document.stack.undo()
    settle(page)
    assert document.services.kpi_measurements.list(kpi_id) == []


def test_a_computed_kpi_averaged_stores_the_value_its_inputs_give(
    document: PlanDocument, make_kpi: Callable[..., int], open_page: Page, settle: Settle
) -> None:
    kpi_id = make_kpi("Click-through rate", formula=KpiFormula.CTR, unit=KpiUnit.PERCENT)
    document.services.kpis.update(kpi_id, {"aggregation": KpiAggregation.AVERAGE})
    page = open_page()
    dialog = page.open_measurement_dialog()
    assert dialog is not None and not dialog.stores_components
    dialog.inputs["clicks"].setText("25")
    dialog.inputs["impressions"].setText("1000")
    dialog.ok_button.click()
    settle(page)
    assert [v for _, _, v in _measured(document, kpi_id)] == [2.5]


def test_edit_a_measurement_in_place_then_undo(
    plan_window: MainWindow,
    document: PlanDocument,
    make_kpi: Callable[..., int],
    open_page: Page,
    settle: Settle,
    qtbot: QtBot,
) -> None:
    kpi_id = make_kpi("Visits", [(D(2026, 1, 31), 100.0)])
    page = open_page()
    page.detail.tabs.setCurrentWidget(page.detail.measurements)
    _edit_cell(qtbot, page.detail.measurements.table, 0, VALUE, "150")
    settle(page)
    assert [v for _, _, v in _measured(document, kpi_id)] == [150.0]
    assert page.detail.chart.actual_data()[1].tolist() == [150.0]
    assert plan_window.actions.undo.text() == "Undo Edit measurement"
    plan_window.actions.undo.trigger()
    settle(page)
    assert [v for _, _, v in _measured(document, kpi_id)] == [100.0]


def test_a_refused_value_leaves_no_undo_step(
    document: PlanDocument,
    make_kpi: Callable[..., int],
    open_page: Page,
    settle: Settle,
    qtbot: QtBot,
) -> None:
    kpi_id = make_kpi("Visits", [(D(2026, 1, 31), 100.0)])
    page = open_page()
    page.detail.tabs.setCurrentWidget(page.detail.measurements)
    before = document.stack.count()
    with qtbot.waitSignal(document.runner.failed) as failed:
        _edit_cell(qtbot, page.detail.measurements.table, 0, VALUE, "lots")
    assert failed.args[0]  # a sentence for the status bar
    assert document.stack.count() == before
    assert [v for _, _, v in _measured(document, kpi_id)] == [100.0]


def test_delete_several_rows_is_one_undo_step_with_the_same_ids(
    plan_window: MainWindow,
    document: PlanDocument,
    make_kpi: Callable[..., int],
    open_page: Page,
    settle: Settle,
) -> None:
    days = [D(2026, 1, 31), D(2026, 2, 28), D(2026, 3, 31)]
    kpi_id = make_kpi("Visits", [(day, float(i)) for i, day in enumerate(days)])
    page = open_page()
    before = _measured(document, kpi_id)
    view = page.detail.measurements
    view.table.selectRow(0)
    view.table.selectionModel().select(
        view.model.index(2, 0),
        view.table.selectionModel().SelectionFlag.Select
        | view.table.selectionModel().SelectionFlag.Rows,
    )
    assert view.delete_action.isEnabled()
    count = document.stack.count()
    view.delete_action.trigger()
    settle(page)
    assert _measured(document, kpi_id) == [before[1]]
    assert [seconds_day(x) for x in page.detail.chart.actual_data()[0]] == [D(2026, 2, 28)]
    assert document.stack.count() == count + 1
    assert plan_window.actions.undo.text() == "Undo Delete 2 measurement(s)"
    plan_window.actions.undo.trigger()
    settle(page)
    assert _measured(document, kpi_id) == before


def test_edit_a_target_then_undo(
    plan_window: MainWindow,
    document: PlanDocument,
    make_kpi: Callable[..., int],
    open_page: Page,
    settle: Settle,
    qtbot: QtBot,
) -> None:
    kpi_id = make_kpi(
        "Visits", [(D(2026, 1, 31), 90.0)], [(D(2026, 1, 1), 100.0), (D(2026, 2, 1), 110.0)]
    )
    page = open_page()
    targets = page.detail.targets
    page.detail.tabs.setCurrentWidget(targets)
    assert targets.model.data(targets.model.index(0, 3)) == "! At risk"
    _edit_cell(qtbot, targets.table, 0, TARGET, "92")
    settle(page)
    assert _targets(document, kpi_id) == [(D(2026, 1, 1), 92.0), (D(2026, 2, 1), 110.0)]
    assert targets.model.data(targets.model.index(0, 3)) == "✓ On track"
    assert page.detail.chart.target_data()[1].tolist()[:2] == [92.0, 92.0]
    assert plan_window.actions.undo.text() == "Undo Edit target"
    plan_window.actions.undo.trigger()
    settle(page)
    assert _targets(document, kpi_id) == [(D(2026, 1, 1), 100.0), (D(2026, 2, 1), 110.0)]


def test_add_a_period_then_undo_clears_it(
    plan_window: MainWindow,
    document: PlanDocument,
    make_kpi: Callable[..., int],
    open_page: Page,
    settle: Settle,
) -> None:
    kpi_id = make_kpi("Visits", targets=[(D(2026, 1, 1), 100.0)])
    page = open_page()
    page.detail.tabs.setCurrentWidget(page.detail.targets)
    assert page.detail.targets.add_period()
    settle(page)
    assert _targets(document, kpi_id) == [(D(2026, 1, 1), 100.0), (D(2026, 2, 1), 100.0)]
    table = page.detail.targets.table
    assert table.state() == QAbstractItemView.State.EditingState  # ready for typing
    assert table.currentIndex().row() == 1
    plan_window.actions.undo.trigger()
    settle(page)
    assert _targets(document, kpi_id) == [(D(2026, 1, 1), 100.0)]


def test_generate_a_trajectory_from_the_objective_as_one_undo_step(
    plan_window: MainWindow,
    document: PlanDocument,
    make_kpi: Callable[..., int],
    open_page: Page,
    settle: Settle,
) -> None:
    services = document.services
    kpi_id = make_kpi("Subscriptions", targets=[(D(2026, 3, 1), 999.0)])
    services.objectives.create(
        document.plan_id,
        {
            "statement": "Win subscribers",
            "kpi_id": kpi_id,
            "baseline": 0,
            "target": 1200,
            "deadline": D(2028, 12, 31),
        },
    )
    page = open_page()
    assert "Objective: Win subscribers" in page.detail.subtitle.text()
    dialog = page.open_trajectory_dialog()
    assert dialog is not None
    assert dialog.values() == (0.0, 1200.0, D(2026, 1, 1), D(2028, 12, 31))
    assert dialog.summary.text() == "36 period(s) will get a target."
    count = document.stack.count()
    refreshes: list[int] = []
    page.tiles_model.modelReset.connect(lambda: refreshes.append(1))
    page.tiles_model.dataChanged.connect(lambda *_: refreshes.append(1))
    dialog.ok_button.click()
    settle(page)
    stored = _targets(document, kpi_id)
    assert len(stored) == 36
    assert stored[0] == (D(2026, 1, 1), pytest.approx(1200 / 36))
    assert stored[2] == (D(2026, 3, 1), pytest.approx(100.0))
    assert stored[-1] == (D(2028, 12, 1), 1200.0)
    assert document.stack.count() == count + 1  # 36 targets, one undo step
    assert len(refreshes) == 1  # and one redraw for the 36 commits
    assert page.detail.targets.model.rowCount() == 36
    assert plan_window.actions.undo.text() == "Undo Generate trajectory"
    plan_window.actions.undo.trigger()
    settle(page)
    assert _targets(document, kpi_id) == [(D(2026, 3, 1), 999.0)]  # the old target is back
    plan_window.actions.redo.trigger()
    settle(page)
    assert len(_targets(document, kpi_id)) == 36


def test_weekly_trajectory_starts_on_the_plans_first_monday(
    document: PlanDocument, make_kpi: Callable[..., int], open_page: Page, settle: Settle
) -> None:
    kpi_id = make_kpi("Leads", period=KpiPeriod.WEEK)
    page = open_page()
    added = page.detail.targets.generate(10, 20, D(2026, 1, 1), D(2026, 3, 31))
    settle(page)
    stored = _targets(document, kpi_id)
    assert added == len(stored) == 13
    assert stored[0][0] == D(2026, 1, 5) and stored[-1] == (D(2026, 3, 30), 20.0)
