"""A read-only plan offers no edit: every page's edit buttons, actions, fields, boards and
cells are off before anyone clicks them (not refused after a click).

The walk presses everything a person could press on every page and tab of the demo plan
opened read-only (every enabled button and action, every enabled combo box and text field,
the keys of every card list, every editable or checkable cell) and fails on any write asked of
the undo runner, any dialog that opens, and any cell that would open an editor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from stratdesk.services.demo import build_demo
from stratdesk.ui.main_window import MainWindow
from stratdesk.ui.widgets.cards import CardListView

CARD_KEYS = [
    (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_3, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Insert, Qt.KeyboardModifier.NoModifier),
]


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("read_only") / "demo.stratdesk"
    return build_demo(path, language="en", today=dt.date(2026, 11, 27))


class Walk:
    """What the walk saw that a read-only plan must not offer."""

    def __init__(self) -> None:
        self.pushed: list[str] = []
        self.problems: list[str] = []
        self.where = ""

    def note(self, what: str) -> None:
        self.problems.append(f"{self.where}: {what}")


def _visible(widget: QWidget, page: QWidget) -> bool:
    return widget.isVisibleTo(page) and widget.isEnabled()


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _dialogs() -> set[QWidget]:
    return {w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()}


def _press(walk: Walk, name: str, press: object) -> None:
    before = _dialogs()
    pushed = len(walk.pushed)
    # A modal dialog or menu would block the walk in its own event loop: a watchdog closes it
    # from inside that loop and notes it.
    watchdog = QTimer()
    watchdog.setInterval(20)
    watchdog.timeout.connect(lambda: _close_modal(walk, name))
    watchdog.start()
    try:
        press()  # type: ignore[operator]
        _settle()
    finally:
        watchdog.stop()
    for dialog in _dialogs() - before:
        walk.note(f"{name} opened “{dialog.windowTitle()}”")
        dialog.reject()
    if len(walk.pushed) > pushed:
        walk.note(f"{name} asked to write: {walk.pushed[pushed:]}")


def _close_modal(walk: Walk, name: str) -> None:
    if (popup := QApplication.activePopupWidget()) is not None:
        popup.close()  # a menu (filters, views) is no edit; what it writes is caught below
    if (modal := QApplication.activeModalWidget()) is not None:
        walk.note(f"{name} opened “{modal.windowTitle()}”")
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()


def _tab_states(page: QWidget) -> Iterator[str]:
    tabs = [t for t in page.findChildren(QTabWidget) if t.isVisibleTo(page)]
    yield ""
    for tab_widget in tabs:
        for index in range(tab_widget.count()):
            tab_widget.setCurrentIndex(index)
            _settle()
            yield f"[{tab_widget.tabText(index)}]"
        tab_widget.setCurrentIndex(0)


def _press_everything(walk: Walk, page: QWidget) -> None:
    for button in page.findChildren(QAbstractButton):
        if not isValid(button) or isinstance(button.parent(), QTabBar):
            continue  # gone with what an earlier press changed; or a tab bar's arrows
        if not _visible(button, page):
            continue
        if getattr(button, "menu", lambda: None)() is not None:
            continue  # a menu button would block in its menu
        _press(walk, f"button “{button.text() or button.toolTip()}”", button.click)
    for action in page.findChildren(QAction):
        if not isValid(action) or _in_a_chart(action):
            continue  # pyqtgraph's own view menu: zoom and export, and not ours to press
        if action.isEnabled() and action.isVisible() and action.menu() is None:
            _press(walk, f"action “{action.text()}”", action.trigger)
    for combo in page.findChildren(QComboBox):
        if (
            isValid(combo)
            and _visible(combo, page)
            and combo.count() > 1
            and not combo.isEditable()
        ):
            row = (combo.currentIndex() + 1) % combo.count()

            def choose(combo: QComboBox = combo, row: int = row) -> None:
                combo.setCurrentIndex(row)
                combo.activated.emit(row)

            _press(walk, f"combo box “{combo.accessibleName() or combo.currentText()}”", choose)
    for line in page.findChildren(QLineEdit):
        if (
            isValid(line)
            and _visible(line, page)
            and not line.isReadOnly()
            and not isinstance(line.parent(), QComboBox)
        ):
            _press(walk, f"field “{line.placeholderText()}”", lambda line=line: _type(line))


def _in_a_chart(item: QObject) -> bool:
    parent = item.parent()
    while parent is not None:
        if type(parent).__module__.startswith("pyqtgraph"):
            return True
        parent = parent.parent()
    return False


def _type(line: QLineEdit) -> None:
    line.setText("Typed on a read-only plan")
    line.returnPressed.emit()
    line.editingFinished.emit()
    line.clear()


def _columns(model: QAbstractItemModel) -> int:
    if isinstance(model, QAbstractListModel):
        return 1  # its columnCount is private to Qt
    return max(model.columnCount(), 1)


def _check_views(walk: Walk, page: QWidget, qtbot: QtBot) -> None:
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisibleTo(page) or model.rowCount() == 0:
            continue
        for column in range(_columns(model)):
            index = model.index(0, column, QModelIndex())
            flags = model.flags(index)
            if flags & Qt.ItemFlag.ItemIsEditable:
                walk.note(f"{type(view).__name__} “{view.accessibleName()}” cell is editable")
            if flags & Qt.ItemFlag.ItemIsDragEnabled and view.dragEnabled():
                walk.note(f"{type(view).__name__} “{view.accessibleName()}” drags")
            if flags & Qt.ItemFlag.ItemIsUserCheckable:
                ticked = index.data(Qt.ItemDataRole.CheckStateRole)
                other = (
                    Qt.CheckState.Unchecked
                    if ticked == Qt.CheckState.Checked
                    else Qt.CheckState.Checked
                )
                _press(
                    walk,
                    f"tick in “{view.accessibleName()}”",
                    lambda m=model, i=index, o=other: m.setData(
                        i, o, Qt.ItemDataRole.CheckStateRole
                    ),
                )
        if isinstance(view, CardListView):
            view.setCurrentIndex(model.index(0, 0))
            for key, modifiers in CARD_KEYS:
                _press(
                    walk,
                    f"key {key.name} on “{view.accessibleName()}”",
                    lambda k=key, m=modifiers, v=view: qtbot.keyClick(v, k, m),
                )


def _walk(
    window: MainWindow,
    path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> Walk:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    window.resize(1366, 768)
    assert window.open_file(path, read_only=True)
    document = window.document
    assert document is not None and document.read_only
    walk = Walk()
    runner = document.runner
    monkeypatch.setattr(runner, "push", lambda command: walk.pushed.append(command.text()))
    view = window.plan_view
    assert view is not None
    for key, workspace in view.workspaces.items():
        for page_key in workspace.page_keys():
            window.show_workspace(key, page_key)
            page = workspace.page_widget(page_key)
            _settle()
            for state in _tab_states(page):
                walk.where = f"{key}/{page_key}{state}"
                _check_views(walk, page, qtbot)
                _press_everything(walk, page)
    return walk


def test_a_read_only_plan_offers_no_edit_on_any_page(
    qtbot: QtBot,
    window: MainWindow,
    demo_template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "demo.stratdesk"
    path.write_bytes(demo_template.read_bytes())
    walk = _walk(window, path, qtbot, monkeypatch)
    assert walk.problems == []
    assert walk.pushed == []


def test_a_plan_that_turns_read_only_switches_its_edit_controls_off(
    window: MainWindow, demo_template: Path, tmp_path: Path
) -> None:
    path = tmp_path / "demo.stratdesk"
    path.write_bytes(demo_template.read_bytes())
    assert window.open_file(path)
    view = window.plan_view
    assert view is not None
    window.show_workspace("operations", "kpis")
    page = view.workspace("operations").page_widget("kpis")
    assert page.add_action.isEnabled() and page.delete_action.isEnabled()
    document = window.document
    assert document is not None
    # Another computer took the file over: writing stops, and the page says so at once.
    document.workspace.write_refusal = lambda: _Refusal()  # type: ignore[method-assign]
    assert not document.check_writable()
    assert not page.add_action.isEnabled() and not page.delete_action.isEnabled()
    page.select_kpi(next(iter(page.series)))
    page.delete_action.setEnabled(True)  # what a selection does: kept off all the same
    assert not page.delete_action.isEnabled()


class _Refusal(Exception):
    kind = "lock_lost"

    def __str__(self) -> str:
        return "Another computer took this plan over."
