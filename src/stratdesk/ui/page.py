"""The base of every workspace page: refresh when the data it shows changed, lazily.

A ChangeSet that touches none of the page's `kinds` is ignored. One that does:
- on a visible page goes to `apply_changes(changes)`, which updates what it can in place and
  returns True, or returns False (the default) to have the whole page `refresh()`;
- on a hidden page only marks it stale: it refreshes once, whole, the next time it is shown
  (so editing one page never makes the others query the file).

Pages with many items (timelines, calendars, boards of thousands of cards) override
`apply_changes` to update only the rows `changes.ids_of(kind)` names, and fall back to
`refresh()` (return False) for what they cannot follow: a kind changed without its ids, a
row created or deleted where order matters, a change of the plan itself. `changes.origin is
self.intents` tells the page that the change is its own (its commands, their undo and redo).

A page hands its edit controls to `guard_edits(...)`: on a read-only plan they are off.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QWidget

from stratdesk.services.changes import ChangeSet
from stratdesk.ui.read_only import EditControls

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument


class PageView(QWidget):
    """Subclasses set `kinds` (table names they show), implement `refresh()`, and may
    implement `apply_changes()`."""

    kinds: frozenset[str] = frozenset()

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.stale = False
        self._edit_controls: EditControls | None = None
        if self.kinds:
            document.bridge.changed.connect(self._on_changed)

    def guard_edits(self, *controls: QWidget | QAction) -> None:
        """The page's edit controls (buttons, actions, fields, boards, editable views): off
        on a read-only plan, before anyone clicks them (see `ui.read_only`)."""
        if self._edit_controls is None:
            self._edit_controls = EditControls(self.document, self)
        self._edit_controls.add(*controls)

    def refresh(self) -> None:
        """Reload everything the page shows from the services."""

    def apply_changes(self, changes: ChangeSet) -> bool:
        """Show `changes` (they touch this page's kinds; the page is visible).

        Return True when done (or scheduled), False to have `refresh()` reload everything.
        """
        return False

    def cares_about(self, changes: ChangeSet) -> bool:
        """Whether `changes` touch what this page shows."""
        return changes.touches(*self.kinds)

    def _on_changed(self, changes: ChangeSet) -> None:
        if not self.cares_about(changes):
            return
        if not self.isVisible():
            self.stale = True
        elif not self.apply_changes(changes):
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self.stale:
            self.stale = False
            self.refresh()
        super().showEvent(event)
