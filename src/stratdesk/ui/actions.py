"""The main window's actions and menus (File, Edit, View, Help)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMenu

from stratdesk.ui.pages import OPERATIONS, STRATEGY

if TYPE_CHECKING:
    from stratdesk.ui.main_window import MainWindow


translate = QCoreApplication.translate


class WindowActions:
    """Builds the actions once; the window enables them as a plan opens and closes."""

    def __init__(self, window: MainWindow, undo_group: QUndoGroup) -> None:
        self.window = window
        self.new_plan = self._action(
            translate("WindowActions", "&New plan…"), "Ctrl+Shift+N", window.new_plan
        )
        self.open = self._action(
            translate("WindowActions", "&Open…"), "Ctrl+O", window.choose_and_open
        )
        self.open_read_only = self._action(
            translate("WindowActions", "Open read-&only…"),
            None,
            lambda: window.choose_and_open(read_only=True),
        )
        self.open_demo = self._action(
            translate("WindowActions", "Open the &demo plan"), None, window.open_demo
        )
        self.restore = self._action(
            translate("WindowActions", "Restore from a &backup…"),
            None,
            lambda: window.restore_backup(),
        )
        self.close = self._action(translate("WindowActions", "&Close"), "Ctrl+W", window.close_file)
        self.quit = self._action(translate("WindowActions", "&Quit"), "Ctrl+Q", window.close)
        self.undo = undo_group.createUndoAction(window, translate("WindowActions", "Undo"))
        self.undo.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo = undo_group.createRedoAction(window, translate("WindowActions", "Redo"))
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.strategy = self._action(
            translate("WindowActions", "&Strategy"),
            "Ctrl+1",
            lambda: window.show_workspace(STRATEGY),
        )
        self.operations = self._action(
            translate("WindowActions", "&Operations"),
            "Ctrl+2",
            lambda: window.show_workspace(OPERATIONS),
        )
        self.workspace_group = QActionGroup(window)
        for action in (self.strategy, self.operations):
            action.setCheckable(True)
            self.workspace_group.addAction(action)
        self.page_list = self._action(
            translate("WindowActions", "&Page list"), "Ctrl+B", window.set_page_list_visible
        )
        self.page_list.setCheckable(True)
        self.page_list.setChecked(True)
        self.full_screen = self._action(
            translate("WindowActions", "&Full screen"), "F11", window.toggle_full_screen
        )
        self.full_screen.setCheckable(True)
        self.workshop = self._action(
            translate("WindowActions", "&Workshop mode"), "F5", window.start_workshop
        )
        self.workshop.setToolTip(
            translate(
                "WindowActions",
                "The plan's boards full screen for a workshop, on the projector if there is "
                "one (F5; Escape leaves)",
            )
        )
        self.about = self._action(
            translate("WindowActions", "&About stratdesk"), None, self._show_about
        )
        self.export_calendar = self._action(
            translate("WindowActions", "&Calendar (.ics)…"), None, window.export_calendar
        )
        self.export_pdf = self._action(
            translate("WindowActions", "Export &PDF…"), "Ctrl+P", window.export_pdf
        )
        self.export_workbook = self._action(
            translate("WindowActions", "&Workbook (.xlsx)…"), None, window.export_workbook
        )
        # File › Export: one entry per format.
        self.export_menu = QMenu(translate("WindowActions", "&Export"), window)
        self.export_menu.addAction(self.export_workbook)
        self.export_menu.addAction(self.export_calendar)
        self.recent_menu = QMenu(translate("WindowActions", "Open &recent"), window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._build_menus()
        self.set_plan_open(False)

    def _action(self, text: str, shortcut: str | None, slot: object) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.window.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        file_menu = bar.addMenu(translate("WindowActions", "&File"))
        file_menu.addActions([self.new_plan, self.open])
        file_menu.addAction(self.open_read_only)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.open_demo)
        file_menu.addSeparator()
        file_menu.addAction(self.restore)
        file_menu.addAction(self.export_pdf)
        file_menu.addMenu(self.export_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.close)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit_menu = bar.addMenu(translate("WindowActions", "&Edit"))
        edit_menu.addActions([self.undo, self.redo])
        view_menu = bar.addMenu(translate("WindowActions", "&View"))
        view_menu.addActions([self.strategy, self.operations])
        view_menu.addSeparator()
        view_menu.addAction(self.page_list)
        view_menu.addAction(self.full_screen)
        view_menu.addSeparator()
        view_menu.addAction(self.workshop)
        help_menu = bar.addMenu(translate("WindowActions", "&Help"))
        help_menu.addAction(self.about)

    def set_plan_open(self, is_open: bool) -> None:
        for action in (self.close, self.strategy, self.operations, self.page_list, self.workshop):
            action.setEnabled(is_open)
        self.export_menu.setEnabled(is_open)
        for action in (self.export_calendar, self.export_pdf, self.export_workbook):
            action.setEnabled(is_open)

    def check_workspace(self, key: str) -> None:
        {STRATEGY: self.strategy, OPERATIONS: self.operations}[key].setChecked(True)

    def _show_about(self) -> None:
        from stratdesk.ui.dialogs.about import show_about

        show_about(self.window)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = self.window.settings.prune_recent_files()
        for path in paths:
            action = self.recent_menu.addAction(f"{path.stem}  ({path.parent})")
            action.triggered.connect(lambda _checked=False, p=Path(path): self.window.open_file(p))
        if not paths:
            empty = self.recent_menu.addAction(translate("WindowActions", "No recent plans"))
            empty.setEnabled(False)
