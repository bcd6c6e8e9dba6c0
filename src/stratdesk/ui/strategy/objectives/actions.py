"""The Objectives page's actions (buttons, shortcuts, context menu) and its empty state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel

from stratdesk.ui.style import secondary_label

if TYPE_CHECKING:
    from stratdesk.ui.strategy.objectives.page import ObjectivesView


def _tip(action: QAction) -> None:
    """The shortcut in the tooltip, so that the keyboard way shows where the mouse goes."""
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    text = action.text().replace("&", "")
    action.setToolTip(f"{text} ({shortcut})" if shortcut else text)


class ObjectivesActions(QObject):
    def __init__(self, page: ObjectivesView) -> None:
        super().__init__(page)
        self.page = page
        self.add = self._action(self.tr("Add objective"), "Ctrl+N", page.add_objective)
        self.add.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.New), QKeySequence(Qt.Key.Key_Insert)]
        )
        _tip(self.add)
        self.add_result = self._action(self.tr("Add key result"), "Ctrl+K", page.add_result)
        self.create_kpi = self._action(
            self.tr("KPI from objective…"), "Ctrl+Shift+K", page.open_kpi_dialog
        )
        self.create_kpi.setToolTip(
            self.tr("Create a KPI from this objective and measure it by it (Ctrl+Shift+K)")
        )
        self.move_up = self._action(self.tr("Move up"), "Alt+Up", lambda: page.move_current(-1))
        self.move_down = self._action(
            self.tr("Move down"), "Alt+Down", lambda: page.move_current(1)
        )
        self.delete = self._action(self.tr("Delete"), "", page.delete_selected)
        self.delete.setShortcut(QKeySequence.StandardKey.Delete)
        _tip(self.delete)

    def _action(self, text: str, shortcut: str, slot: object) -> QAction:
        action = QAction(text, self.page)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        _tip(action)
        self.page.addAction(action)
        return action

    def header_actions(self) -> list[QAction]:
        return [self.add, self.add_result, self.create_kpi, self.delete]

    def menu_actions(self) -> list[QAction]:
        return [
            self.add,
            self.add_result,
            self.create_kpi,
            self.move_up,
            self.move_down,
            self.delete,
        ]

    def update(self, has_current: bool, has_selection: bool) -> None:
        for action in (self.add_result, self.create_kpi, self.move_up, self.move_down):
            action.setEnabled(has_current)
        self.delete.setEnabled(has_selection)

    def empty_hint(self) -> QLabel:
        """What to do first; its link adds the first objective."""
        label = secondary_label(
            self.tr(
                "No objectives yet. <a href='add'>Add your first one</a> (Ctrl+N): a specific, "
                "measurable result the client wants to reach within the plan's years, measured "
                "by a KPI of the library."
            ),
            15,
        )
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.linkActivated.connect(lambda _link: self.page.add_objective())
        return label
