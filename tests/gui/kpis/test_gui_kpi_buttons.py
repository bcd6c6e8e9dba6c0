"""The KPI page's buttons clicked as a person clicks them (a `triggered(bool)` reaches the
slot: a slot taking an optional argument must not receive it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import QFileDialog, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from stratdesk.ui.operations.kpis.import_dialog import ImportDialog
from stratdesk.ui.operations.kpis.page import KpiPageView

Page = Callable[[], KpiPageView]


def _button_of(root: QWidget, action: QAction) -> QToolButton:
    """The visible button showing `action` (a header's or a tab's tool button)."""
    found = [
        button
        for button in root.findChildren(QToolButton)
        if button.defaultAction() is action and button.isVisible()
    ]
    assert len(found) == 1, action.text()
    return found[0]


def test_the_import_button_opens_an_empty_import_dialog(
    make_kpi: Callable[..., int], open_page: Page, qtbot: QtBot
) -> None:
    make_kpi("Visites")
    page = open_page()
    qtbot.mouseClick(_button_of(page, page.import_action), Qt.MouseButton.LeftButton)
    dialogs = [d for d in page.findChildren(ImportDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    # No file yet: the person browses for one (the click's `checked` is not a path).
    assert dialog.path is None and dialog.preview_data is None
    assert dialog.file_edit.text() == ""
    assert not dialog.import_button.isEnabled()
    dialog.reject()


def test_the_export_button_asks_where_and_writes_the_image(
    make_kpi: Callable[..., int],
    open_page: Page,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_kpi("Visits", [(dt.date(2026, 1, 31), 5.0), (dt.date(2026, 2, 28), 6.0)])
    page = open_page()
    asked: list[str] = []

    def save_as(parent: QWidget, title: str, suggested: str, kinds: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / "visits"), kinds

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    qtbot.mouseClick(_button_of(page, page.detail.export_action), Qt.MouseButton.LeftButton)
    assert asked == ["Visits.png"]
    image = QImage(str(tmp_path / "visits.png"))
    assert not image.isNull() and image.width() > 200
