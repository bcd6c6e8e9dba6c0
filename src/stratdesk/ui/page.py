"""The base of every workspace page: refresh when the data it shows changed, lazily.

A visible page refreshes at once when a ChangeSet touches its kinds; a hidden page only marks
itself stale and refreshes the next time it is shown (so editing one page never makes the
others query the file).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from stratdesk.services.changes import ChangeSet

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument


class PageView(QWidget):
    """Subclasses set `kinds` (table names they show) and implement `refresh()`."""

    kinds: frozenset[str] = frozenset()

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.stale = False
        if self.kinds:
            document.bridge.changed.connect(self._on_changed)

    def refresh(self) -> None:
        """Reload what the page shows from the services."""

    def _on_changed(self, changes: ChangeSet) -> None:
        if not changes.touches(*self.kinds):
            return
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self.stale:
            self.stale = False
            self.refresh()
        super().showEvent(event)
