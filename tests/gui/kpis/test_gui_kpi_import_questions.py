"""The import dialog asks what a file cannot settle, and the undo of a replacing import."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from stratdesk.ui.document import PlanDocument
from stratdesk.ui.main_window import MainWindow
from stratdesk.ui.operations.kpis.import_dialog import ImportDialog
from stratdesk.ui.operations.kpis.page import KpiPageView

Page = Callable[[], KpiPageView]


def _loaded(qtbot: QtBot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.jobs.busy and dialog.preview_data is not None)


def _import(qtbot: QtBot, dialog: ImportDialog) -> None:
    dialog.message.clear()
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.jobs.busy and bool(dialog.message.text()))


def _stored(document: PlanDocument, kpi_id: int) -> list[tuple[int, dt.date, float, str]]:
    rows = document.services.kpi_measurements.list(kpi_id)
    return [(m.id, m.day, m.value, m.source) for m in rows]


def test_the_value_column_follows_the_kpi_unit(
    make_kpi: Callable[..., int], open_page: Page, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "shop.csv"
    path.write_text("Date;Orders;Revenue\n01/03/2026;12;1 234,50 €\n", encoding="utf-8")
    make_kpi("Online sales", unit="currency")
    orders = make_kpi("Web orders", unit="count")
    page = open_page()
    dialog = page.open_import_dialog(path)
    _loaded(qtbot, dialog)
    assert dialog.value_combo.currentText() == "3 · Revenue"
    dialog.kpi_combo.setCurrentIndex(dialog.kpi_combo.findData(orders))
    _loaded(qtbot, dialog)
    assert dialog.value_combo.currentText() == "2 · Orders"
    dialog.reject()


def test_a_blank_row_stops_the_import_until_skipping_is_chosen(
    document: PlanDocument,
    make_kpi: Callable[..., int],
    open_page: Page,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    path = tmp_path / "na.csv"
    path.write_text("Date;Value\n01/03/2026;5\n02/03/2026;n/a\n03/03/2026;7\n", encoding="utf-8")
    kpi_id = make_kpi("Clicks")
    page = open_page()
    dialog = page.open_import_dialog(path)
    _loaded(qtbot, dialog)
    _import(qtbot, dialog)
    assert dialog.message.text().startswith("Row 3 has no value")
    assert "Tick “Skip them”" in dialog.message.text()
    assert dialog.options.skip_blank.hasFocus()
    assert _stored(document, kpi_id) == []
    dialog.options.skip_blank.setChecked(True)
    _import(qtbot, dialog)
    assert dialog.message.text() == (
        "2 measurements imported, 0 already present. 1 row without a value skipped (row 3)."
    )
    assert [value for _, _, value, _ in _stored(document, kpi_id)] == [5.0, 7.0]
    dialog.reject()


def test_an_ambiguous_decimal_asks_for_the_separator(
    document: PlanDocument,
    make_kpi: Callable[..., int],
    open_page: Page,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    path = tmp_path / "fr.csv"
    path.write_text("Jour;Ventes\n01/03/2026;1.200\n02/03/2026;950\n", encoding="utf-8")
    kpi_id = make_kpi("Ventes")
    page = open_page()
    dialog = page.open_import_dialog(path)
    _loaded(qtbot, dialog)
    _import(qtbot, dialog)
    assert "“1.200”" in dialog.message.text()
    assert "Choose the decimal separator below" in dialog.message.text()
    assert dialog.options.decimal_combo.hasFocus()
    dialog.options.decimal_combo.setCurrentIndex(dialog.options.decimal_combo.findData(","))
    _import(qtbot, dialog)
    assert [value for _, _, value, _ in _stored(document, kpi_id)] == [1200.0, 950.0]
    dialog.reject()


def test_replacing_another_source_is_one_undo_step_that_brings_it_back(
    plan_window: MainWindow,
    document: PlanDocument,
    make_kpi: Callable[..., int],
    open_page: Page,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    path = tmp_path / "ads.csv"
    path.write_text("Date;Value\n01/03/2026;5\n02/03/2026;6\n", encoding="utf-8")
    kpi_id = make_kpi("Clicks", measured=[(dt.date(2026, 3, 1), 4.0)])
    typed = _stored(document, kpi_id)
    page = open_page()
    dialog = page.open_import_dialog(path)
    _loaded(qtbot, dialog)
    _import(qtbot, dialog)
    assert "already has a value from another source (“seed”)" in dialog.message.text()
    assert dialog.options.existing_combo.hasFocus()
    assert _stored(document, kpi_id) == typed
    dialog.options.existing_combo.setCurrentIndex(dialog.options.existing_combo.findData("replace"))
    _import(qtbot, dialog)
    assert "1 value from another source replaced." in dialog.message.text()
    assert [(v, s) for _, _, v, s in _stored(document, kpi_id)] == [
        (5.0, "ads.csv"),
        (6.0, "ads.csv"),
    ]
    imported = _stored(document, kpi_id)
    dialog.reject()
    plan_window.actions.undo.trigger()
    assert _stored(document, kpi_id) == typed  # the same row, the same id
    plan_window.actions.redo.trigger()
    assert _stored(document, kpi_id) == imported
