"""New plan: validation shown inline; then the file is created where the person chose."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from stratdesk.ui.dialogs.new_plan import NewPlanDialog
from stratdesk.ui.main_window import MainWindow


def _dialog(qtbot: QtBot, language: str = "en") -> NewPlanDialog:
    dialog = NewPlanDialog(language)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_defaults(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, "fr")
    plan = dialog.plan_data()
    year = dt.date.today().year
    assert plan["start_year"] == year
    assert plan["horizon_years"] == 3
    assert plan["currency"] == "EUR"
    assert plan["language"] == "fr"
    assert plan["title"] == f"Marketing plan {year}–{year + 2}"
    assert plan["consultant"] == ""


def test_the_consultant_who_prepares_the_plan(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.consultant_edit.insert(" Hélène Marchetti ")  # not keyClicks: non-ASCII text
    assert dialog.plan_data()["consultant"] == "Hélène Marchetti"
    dialog.consultant_edit.setText("x" * 201)
    dialog.client_edit.setText("Acme")
    dialog.accept()
    assert dialog.isVisible() and "too long" in dialog.error()
    assert dialog.focusWidget() is dialog.consultant_edit or not dialog.isActiveWindow()


def test_title_follows_the_years_until_typed(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.start_spin.setValue(2030)
    assert dialog.title_edit.text() == "Marketing plan 2030–2032"
    dialog.title_edit.clear()
    qtbot.keyClicks(dialog.title_edit, "Relaunch")
    dialog.horizon_spin.setValue(5)
    assert dialog.plan_data()["title"] == "Relaunch"


def test_empty_client_name_is_refused_inline(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "must not be empty" in dialog.error()
    assert dialog.focusWidget() is dialog.client_edit or not dialog.isActiveWindow()


def test_bad_currency_is_refused_inline(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.client_edit, "Acme")
    dialog.currency_combo.setEditText("EU")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error().startswith("Currency")


def test_lower_case_currency_is_accepted_as_upper_case(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.client_edit, "Acme")
    dialog.currency_combo.setEditText("chf")
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert dialog.plan_data()["currency"] == "CHF"
    assert dialog.error() == ""


def test_new_plan_creates_the_file_and_opens_it(
    qtbot: QtBot, window: MainWindow, chooser: Any, tmp_path: Path
) -> None:
    chooser.save_answer = tmp_path / "new.stratdesk"
    dialog = window.new_plan()
    dialog.client_edit.setText("Brûlerie")  # keyClicks is ASCII-only
    dialog.start_spin.setValue(2027)
    dialog.title_edit.setText("Plan 2027")
    dialog.accept()
    qtbot.waitUntil(lambda: window.document is not None)
    assert chooser.suggested == ["Brûlerie - Plan 2027.stratdesk"]
    assert chooser.save_answer.is_file()
    assert window.windowTitle() == "Brûlerie — Plan 2027[*] — stratdesk"
    assert window.document is not None and window.document.plan.start_year == 2027


def test_cancelling_the_save_dialog_creates_nothing(
    qtbot: QtBot, window: MainWindow, chooser: Any, tmp_path: Path
) -> None:
    chooser.save_answer = None
    assert not window.create_plan({"name": "Acme"}, {"title": "P", "start_year": 2026})
    assert window.document is None
    assert list(tmp_path.glob("*.stratdesk")) == []


def test_an_existing_target_is_refused_with_a_message(
    window: MainWindow,
    chooser: Any,
    plan_path: Path,
    message_box: Callable[[QWidget], QMessageBox],
) -> None:
    before = plan_path.read_bytes()
    chooser.save_answer = plan_path
    assert not window.create_plan({"name": "Acme"}, {"title": "P", "start_year": 2026})
    assert window.document is None
    assert plan_path.read_bytes() == before
    box = message_box(window)
    assert "already exists" in box.text()
    box.close()
