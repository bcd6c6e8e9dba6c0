"""The criteria's actions on the scoring tab: add one to either family, rename, move it
along its family, delete it. Each acts on the criterion of the grid's current column and
is one undo step (through the page's intents); their shortcuts work on that tab only."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from stratdesk.domain.enums import CriterionKind

if TYPE_CHECKING:
    from stratdesk.ui.strategy.targeting.page import TargetingView

SCORING_TAB = 1


def with_key(action: QAction) -> QAction:
    """The shortcut in the tooltip, and working wherever the focus is in the widget."""
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    if not action.shortcut().isEmpty():
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{action.text()} ({shortcut})")
    return action


class CriteriaActions(QObject):
    def __init__(self, page: TargetingView) -> None:
        super().__init__(page)
        self.page = page
        self.add_attractiveness = self._action(
            self.tr("Add attractiveness criterion"),
            lambda: self.add(CriterionKind.ATTRACTIVENESS),
        )
        self.add_strength = self._action(
            self.tr("Add strength criterion"), lambda: self.add(CriterionKind.STRENGTH)
        )
        self.rename = self._action(
            self.tr("Rename criterion"), lambda: page.grid.start_rename(), "Ctrl+R"
        )
        self.left = self._action(
            self.tr("◀ Move criterion"), lambda: self.move(-1), "Ctrl+Shift+Left"
        )
        self.right = self._action(
            self.tr("Move criterion ▶"), lambda: self.move(1), "Ctrl+Shift+Right"
        )
        self.delete_action = self._action(self.tr("Delete criterion"), self.delete, "Ctrl+Del")
        self.actions = [
            self.add_attractiveness,
            self.add_strength,
            self.rename,
            self.left,
            self.right,
            self.delete_action,
        ]

    def _action(self, text: str, slot: Any, key: str | None = None) -> QAction:
        action = QAction(text, self.page)
        if key:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        return with_key(action)

    def current(self) -> Any | None:
        """The criterion of the grid's current column (None on a total)."""
        return self.page.grid_model.criterion_at(self.page.grid.currentIndex().column())

    def update(self) -> None:
        chosen = self.current() is not None
        for action in (self.rename, self.left, self.right, self.delete_action):
            action.setEnabled(chosen)

    # -- requests → intents ----------------------------------------------------------------
    def add(self, kind: CriterionKind) -> int | None:
        """A new criterion at the end of its family; its name is ready to be typed."""
        page = self.page
        page.tabs.setCurrentIndex(SCORING_TAB)
        criterion_id = page.intents.add_criterion(kind)
        if criterion_id is not None:
            column = page.grid_model.column_of(criterion_id)
            page.grid.setCurrentIndex(page.grid_model.index(0, column))
            page.grid.start_rename(column)
        return criterion_id

    def move(self, delta: int) -> bool:
        """Ctrl+Shift+Left/Right: one place along its family (the cell follows it)."""
        page, criterion = self.page, self.current()
        if criterion is None:
            return False
        family = [c.id for c in page.data.family(criterion.kind)]
        index = family.index(criterion.id) + delta
        if not 0 <= index < len(family):
            return False
        row = max(page.grid.currentIndex().row(), 0)
        if not page.intents.move_criterion(criterion.id, index):
            return False
        column = page.grid_model.column_of(criterion.id)
        page.grid.setCurrentIndex(page.grid_model.index(row, column))
        return True

    def delete(self) -> bool:
        criterion = self.current()
        return criterion is not None and self.page.intents.delete_criterion(criterion.id)
