"""The KPI library: add, edit a definition in place, delete with its data; all undoable."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit
from pytestqt.qtbot import QtBot

from stratdesk.domain.enums import KpiDirection, KpiFormula, KpiUnit
from stratdesk.ui.document import PlanDocument
from stratdesk.ui.main_window import MainWindow
from stratdesk.ui.operations.kpis.library import FORMULA, NAME, OBJECTIVE
from stratdesk.ui.operations.kpis.page import LIBRARY, KpiPageView

D = dt.date
Page = Callable[[], KpiPageView]
Settle = Callable[[KpiPageView], None]


def test_add_a_kpi_and_name_it(
    plan_window: MainWindow,
    document: PlanDocument,
    open_page: Page,
    settle: Settle,
    qtbot: QtBot,
) -> None:
    page = open_page()
    kpi_id = page.add_kpi()
    assert kpi_id is not None
    assert page.tabs.currentIndex() == LIBRARY
    assert page.current_kpi_id == kpi_id
    editor = page.library.table.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "New KPI"
    editor.selectAll()
    editor.insert("Newsletter sign-ups")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.library.table.state() != QAbstractItemView.State.EditingState)
    settle(page)
    assert [k.name for k in document.services.kpis.list(document.plan_id)] == [
        "Newsletter sign-ups"
    ]
    assert page.tiles_model.texts(0).name == "Newsletter sign-ups"
    assert not page.empty_hint.isVisible()
    plan_window.actions.undo.trigger()  # the name
    plan_window.actions.undo.trigger()  # the KPI
    settle(page)
    assert document.services.kpis.list(document.plan_id) == []
    assert page.tiles_model.rowCount() == 0 and page.empty_hint.isVisible()


def test_choosing_a_formula_sets_its_unit_and_direction(
    plan_window: MainWindow,
    document: PlanDocument,
    make_kpi: Callable[..., int],
    open_page: Page,
    settle: Settle,
) -> None:
    kpi_id = make_kpi("Cost per click")
    page = open_page()
    model = page.library.model
    assert model.setData(model.index(0, FORMULA), KpiFormula.CPC)
    settle(page)
    kpi = document.services.kpis.get(kpi_id)
    assert (kpi.formula, kpi.unit, kpi.direction) == (
        KpiFormula.CPC,
        KpiUnit.CURRENCY,
        KpiDirection.LOWER_IS_BETTER,
    )
    assert model.data(model.index(0, FORMULA)) == "CPC (cost per click)"
    assert "Cost ÷ clicks" in page.detail.subtitle.text()
    plan_window.actions.undo.trigger()
    settle(page)
    kpi = document.services.kpis.get(kpi_id)
    assert (kpi.formula, kpi.unit) == (KpiFormula.DIRECT, KpiUnit.COUNT)


def test_the_objective_column_shows_what_the_kpi_measures(
    document: PlanDocument, make_kpi: Callable[..., int], open_page: Page, settle: Settle
) -> None:
    kpi_id = make_kpi("Visits")
    objective = document.services.objectives.create(
        document.plan_id, {"statement": "Grow", "kpi_id": kpi_id}
    )
    page = open_page()
    model = page.library.model
    index = model.index(0, OBJECTIVE)
    assert model.data(index) == "Grow"
    assert "Objective: Grow" in page.detail.subtitle.text()
    # Chosen on the objectives page, never here.
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    # Renaming the objective elsewhere renames it here; unlinking it empties the cell.
    document.services.objectives.update(objective.id, {"statement": "Grow fast"})
    settle(page)
    assert model.data(index) == "Grow fast"
    document.services.objectives.update(objective.id, {"kpi_id": None})
    settle(page)
    assert model.data(index) == ""


def test_delete_a_kpi_then_undo_brings_its_data_back(
    plan_window: MainWindow,
    document: PlanDocument,
    make_kpi: Callable[..., int],
    open_page: Page,
    settle: Settle,
) -> None:
    make_kpi("Visits")
    kpi_id = make_kpi("Orders", [(D(2026, 1, 31), 3.0)], [(D(2026, 1, 1), 4.0)])
    page = open_page()
    page.select_kpi(kpi_id)
    assert page.library.table.currentIndex().row() == 1
    assert page.delete_current()
    settle(page)
    assert [k.name for k in document.services.kpis.list(document.plan_id)] == ["Visits"]
    assert page.current_kpi_id != kpi_id and page.detail.title.text() == "Visits"
    plan_window.actions.undo.trigger()
    settle(page)
    assert [(m.day, m.value) for m in document.services.kpi_measurements.list(kpi_id)] == [
        (D(2026, 1, 31), 3.0)
    ]
    assert [t.value for t in document.services.kpi_targets.targets(kpi_id)] == [4.0]
    assert page.tiles_model.row_of(kpi_id) == 1


def test_library_row_selects_the_kpi_on_the_dashboard(
    make_kpi: Callable[..., int], open_page: Page
) -> None:
    make_kpi("Visits")
    orders = make_kpi("Orders")
    page = open_page()
    page.tabs.setCurrentIndex(LIBRARY)
    page.library.table.setCurrentIndex(page.library.model.index(1, NAME))
    assert page.current_kpi_id == orders
    assert page.tiles.currentIndex().row() == 1
