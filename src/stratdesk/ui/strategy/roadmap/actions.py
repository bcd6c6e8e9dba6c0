"""The Roadmap page's actions (buttons, shortcuts, context menu) and its empty state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel

from stratdesk.ui.style import secondary_label

if TYPE_CHECKING:
    from stratdesk.ui.strategy.roadmap.page import RoadmapView


class RoadmapActions(QObject):
    def __init__(self, page: RoadmapView) -> None:
        super().__init__(page)
        self.page = page
        self.add = self._action(self.tr("Add initiative"), "Ctrl+N", lambda: page.add_here())
        self.add_milestone = self._action(
            self.tr("Add milestone"), "Ctrl+M", lambda: page.add_here(milestone=True)
        )
        self.lanes = self._action(self.tr("Theme lanes…"), "Ctrl+L", page.open_lanes)
        self.edit = self._action(self.tr("Edit…"), "", page.edit_current)
        self.edit.setToolTip(self.tr("Edit the selected initiative (Enter, or a double-click)"))
        self.delete = self._action(self.tr("Delete"), "", page.delete_current)
        self.delete.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete.setToolTip(self.tr("Delete the selected initiative (Del)"))

    def _action(self, text: str, shortcut: str, slot: object) -> QAction:
        action = QAction(text, self.page)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.rstrip('…')} ({native})")
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.page.addAction(action)
        return action

    def header_actions(self) -> list[QAction]:
        """Edit and Delete stay off the header (a small screen's room): Enter, Del, a
        double-click and the context menu reach them."""
        return [self.add, self.add_milestone, self.lanes]

    def update(self, has_lanes: bool, has_current: bool) -> None:
        for action in (self.add, self.add_milestone):
            action.setEnabled(has_lanes)
        for action in (self.edit, self.delete):
            action.setEnabled(has_current)

    def empty_hint(self) -> QLabel:
        """No lane at all: say where lanes come from; both links act."""
        label = secondary_label(
            self.tr(
                "No lanes yet. The roadmap has a lane for each objective: "
                "<a href='objectives'>set the objectives first</a>, or "
                "<a href='lane'>add a theme lane</a> (Ctrl+L) for work such as brand or product."
            ),
            15,
        )
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.linkActivated.connect(self._link)
        return label

    def _link(self, link: str) -> None:
        if link == "objectives":
            self.page.go_to_objectives()
        elif not self.page.document.read_only:  # a link is no control to switch off
            self.page.add_lane()
