"""The import dialog: preview and guessed columns, all or nothing, idempotent, never frozen."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from stratdesk.ui.document import PlanDocument
from stratdesk.ui.main_window import MainWindow
from stratdesk.ui.operations.kpis import import_dialog as import_module
from stratdesk.ui.operations.kpis.import_dialog import ImportDialog
from stratdesk.ui.operations.kpis.page import KpiPageView
from stratdesk.ui.operations.kpis.preview_model import PreviewModel

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "imports"
GOOD = SAMPLES / "fr_semicolon_bom.csv"
Page = Callable[[], KpiPageView]
Settle = Callable[[KpiPageView], None]


def _values(document: PlanDocument, kpi_id: int) -> list[tuple[dt.date, float]]:
    return [(m.day, m.value) for m in document.services.kpi_measurements.list(kpi_id)]


def _loaded(qtbot: QtBot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.jobs.busy and dialog.preview_data is not None)


def _import(qtbot: QtBot, dialog: ImportDialog) -> None:
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.jobs.busy and bool(dialog.message.text()))


def test_preview_guesses_the_columns(
    qtmodeltester: ModelTester,
    make_kpi: Callable[..., int],
    open_page: Page,
    qtbot: QtBot,
) -> None:
    make_kpi("Visites")
    page = open_page()
    dialog = page.open_import_dialog(GOOD)
    _loaded(qtbot, dialog)
    assert dialog.model.rowCount() == 4 and dialog.model.columnCount() == 4
    assert dialog.date_combo.currentText() == "1 · Date"
    assert dialog.value_combo.currentText() == "2 · Visites"  # the KPI's own name
    assert dialog.columns() == (0, 1)
    assert dialog.model.headerData(1, Qt.Orientation.Horizontal) == "Visites\n[value]"
    assert dialog.model.headerData(0, Qt.Orientation.Vertical) == "2"  # the file's own row
    assert dialog.source_edit.text() == GOOD.name
    assert "4 data row(s)" in dialog.file_info.text()
    # Checked on a model of its own: the dialog (and its model) go when it closes.
    model = PreviewModel()
    model.set_preview(dialog.preview_data)
    qtmodeltester.check(model, force_py=True)
    model.set_columns(2, 3)
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Chiffre d'affaires\n[value]"


def test_import_then_undo_redo_and_reimport_adds_nothing(
    plan_window: MainWindow,
    document: PlanDocument,
    make_kpi: Callable[..., int],
    open_page: Page,
    settle: Settle,
    qtbot: QtBot,
) -> None:
    kpi_id = make_kpi("Visites")
    page = open_page()
    dialog = page.open_import_dialog(GOOD)
    _loaded(qtbot, dialog)
    count = document.stack.count()
    _import(qtbot, dialog)
    assert dialog.message.text() == "4 measurements imported, 0 already present."
    assert _values(document, kpi_id) == [
        (dt.date(2024, 3, 1), 1234.0),
        (dt.date(2024, 3, 8), 1310.0),
        (dt.date(2024, 3, 15), 998.0),
        (dt.date(2024, 3, 22), 1502.0),
    ]
    assert document.stack.count() == count + 1
    settle(page)
    # A count adds up: March's actual is the sum of its four weekly values.
    assert page.detail.chart.actual_data()[1].tolist() == [5044.0]
    # Again: nothing new, and no undo step for nothing.
    dialog.message.clear()
    _import(qtbot, dialog)
    assert dialog.message.text() == "0 measurements imported, 4 already present."
    assert len(_values(document, kpi_id)) == 4 and document.stack.count() == count + 1
    dialog.reject()
    assert plan_window.actions.undo.text() == "Undo Import measurements into Visites"
    plan_window.actions.undo.trigger()
    settle(page)
    assert _values(document, kpi_id) == []
    assert page.detail.chart.actual_data()[1].tolist() == []
    plan_window.actions.redo.trigger()
    assert len(_values(document, kpi_id)) == 4


@pytest.mark.parametrize(
    ("sample", "row"),
    [("bad_date.csv", 5), ("bad_number.csv", 6), ("ragged.csv", 4), ("empty.csv", None)],
)
def test_a_bad_file_shows_the_row_and_writes_nothing(
    document: PlanDocument,
    make_kpi: Callable[..., int],
    open_page: Page,
    qtbot: QtBot,
    sample: str,
    row: int | None,
) -> None:
    kpi_id = make_kpi("Visits")
    page = open_page()
    count = document.stack.count()
    dialog = page.open_import_dialog(SAMPLES / sample)
    qtbot.waitUntil(lambda: not dialog.jobs.busy)
    if dialog.preview_data is not None and dialog.import_button.isEnabled():
        _import(qtbot, dialog)
    text = dialog.message.text()
    assert text and "imported" not in text
    if row is not None:
        assert text.startswith(f"Row {row}:")
    assert _values(document, kpi_id) == []
    assert document.stack.count() == count
    dialog.reject()


def test_columns_and_kpi_can_be_chosen(
    document: PlanDocument,
    make_kpi: Callable[..., int],
    open_page: Page,
    qtbot: QtBot,
) -> None:
    make_kpi("Visits")
    revenue = make_kpi("Revenue")
    page = open_page()
    dialog = page.open_import_dialog(GOOD)
    _loaded(qtbot, dialog)
    dialog.kpi_combo.setCurrentIndex(dialog.kpi_combo.findData(revenue))
    _loaded(qtbot, dialog)  # another KPI: the columns are guessed again for it
    dialog.value_combo.setCurrentIndex(4)  # "4 · Chiffre d'affaires"
    assert dialog.model.headerData(3, Qt.Orientation.Horizontal) == "Chiffre d'affaires\n[value]"
    dialog.date_combo.setCurrentIndex(0)  # "(choose)": not ready
    assert not dialog.import_button.isEnabled()
    dialog.date_combo.setCurrentIndex(1)
    _import(qtbot, dialog)
    assert [v for _, v in _values(document, revenue)] == [1234.56, 1410.0, 987.1, 1600.2]
    dialog.reject()


def test_reading_runs_in_a_worker_with_a_busy_bar(
    monkeypatch: pytest.MonkeyPatch,
    make_kpi: Callable[..., int],
    open_page: Page,
    qtbot: QtBot,
) -> None:
    make_kpi("Visites")
    page = open_page()
    release = threading.Event()
    real_preview = import_module.preview

    def slow_preview(*args: object, **kwargs: object) -> object:
        assert threading.current_thread() is not threading.main_thread()
        release.wait(10)
        return real_preview(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(import_module, "preview", slow_preview)
    dialog = page.open_import_dialog(GOOD)
    # The file is being read, and the window still answers.
    qtbot.waitUntil(dialog.busy.isVisible)
    assert not dialog.import_button.isEnabled() and not dialog.browse_button.isEnabled()
    qtbot.wait(20)  # events keep flowing while the worker waits
    release.set()
    _loaded(qtbot, dialog)
    assert not dialog.busy.isVisible() and dialog.import_button.isEnabled()
    dialog.reject()


def test_browse_uses_the_file_chooser(
    make_kpi: Callable[..., int], open_page: Page, qtbot: QtBot
) -> None:
    make_kpi("Visites")
    page = open_page()
    page.choose_import_file = lambda parent: GOOD  # type: ignore[method-assign]
    dialog = page.open_import_dialog()
    assert dialog.preview_data is None and not dialog.import_button.isEnabled()
    dialog.browse_button.click()
    _loaded(qtbot, dialog)
    assert dialog.path == GOOD
    dialog.reject()


def test_an_import_shows_progress_and_can_be_cancelled_writing_nothing(
    monkeypatch: pytest.MonkeyPatch,
    document: PlanDocument,
    make_kpi: Callable[..., int],
    open_page: Page,
    qtbot: QtBot,
) -> None:
    kpi_id = make_kpi("Visites")
    page = open_page()
    real_import = import_module.import_file
    started = threading.Event()

    def waits_for_cancel(*args: object, cancelled: Callable[[], bool], **kwargs: object) -> object:
        assert threading.current_thread() is not threading.main_thread()
        started.set()
        waited = threading.Event()
        while not cancelled() and not waited.wait(0.01):
            pass
        return real_import(*args, cancelled=cancelled, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(import_module, "import_file", waits_for_cancel)
    dialog = page.open_import_dialog(GOOD)
    _loaded(qtbot, dialog)
    count = document.stack.count()
    dialog.import_button.click()
    qtbot.waitUntil(started.is_set)
    qtbot.waitUntil(dialog.cancel_button.isVisible)
    assert dialog.busy.maximum() == 100  # a real progress bar, not a moving one
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.jobs.busy and bool(dialog.message.text()))
    assert dialog.message.text() == "Import cancelled: nothing was written."
    assert not dialog.cancel_button.isVisible()
    assert _values(document, kpi_id) == [] and document.stack.count() == count
    dialog.reject()


def test_a_read_only_plan_refuses_an_import_before_it_starts(
    document: PlanDocument, make_kpi: Callable[..., int], open_page: Page, qtbot: QtBot
) -> None:
    kpi_id = make_kpi("Visites")
    page = open_page()
    dialog = page.open_import_dialog(GOOD)
    _loaded(qtbot, dialog)
    document.runner.read_only = True
    dialog.import_button.click()
    assert "read-only" in dialog.message.text() and not dialog.jobs.busy
    assert _values(document, kpi_id) == []
    dialog.reject()
