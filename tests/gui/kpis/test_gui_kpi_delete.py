"""Deleting a KPI says what goes with it: a status-bar message for a small one (with the undo
shortcut), a question first for a large one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from stratdesk.ui.document import PlanDocument
from stratdesk.ui.main_window import MainWindow
from stratdesk.ui.operations.kpis.deleting import CONFIRM_ABOVE
from stratdesk.ui.operations.kpis.page import KpiPageView

D = dt.date
Page = Callable[[], KpiPageView]


def _kpis(document: PlanDocument) -> list[str]:
    return [k.name for k in document.services.kpis.list(document.plan_id)]


def test_a_small_delete_is_told_in_the_status_bar_with_its_undo(
    plan_window: MainWindow, document: PlanDocument, make_kpi: Callable[..., int], open_page: Page
) -> None:
    measured = [(D(2026, m, 28), float(m)) for m in range(1, 4)]
    make_kpi("Visits", measured, [(D(2026, 1, 1), 5.0), (D(2026, 2, 1), 6.0)])
    page = open_page()
    assert page.delete_current()
    assert _kpis(document) == []
    assert plan_window.statusBar().currentMessage() == (
        "Deleted “Visits” with 2 targets and 3 measurements. Undo: Ctrl+Z."
    )
    plan_window.actions.undo.trigger()
    assert _kpis(document) == ["Visits"]


def test_a_large_delete_asks_first(
    qtbot: QtBot,
    plan_window: MainWindow,
    document: PlanDocument,
    make_kpi: Callable[..., int],
    open_page: Page,
) -> None:
    days = [D(2026, 1, 1) + dt.timedelta(days=i) for i in range(CONFIRM_ABOVE + 1)]
    make_kpi("Daily visits", [(day, 1.0) for day in days])
    page = open_page()
    steps = document.stack.count()
    assert not page.delete_current()
    box = page.delete_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == "Delete “Daily visits” with 0 targets and 101 measurements?"
    assert "Ctrl+Z" in box.informativeText()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert _kpis(document) == ["Daily visits"] and document.stack.count() == steps
    page.delete_current()
    box = page.delete_box
    assert isinstance(box, QMessageBox)
    delete = next(b for b in box.buttons() if b.text() == "Delete")
    delete.click()
    assert _kpis(document) == []
    assert "Deleted “Daily visits”" in plan_window.statusBar().currentMessage()
    plan_window.actions.undo.trigger()
    assert _kpis(document) == ["Daily visits"]
