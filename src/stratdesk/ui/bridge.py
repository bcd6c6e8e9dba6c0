"""Turns the services' ChangeSets into one Qt signal the views listen to.

Views connect to `changed` and refresh only when a ChangeSet touches the kinds they show; a
hidden view just marks itself stale and refreshes when shown (see `ui.page.PageView`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from stratdesk.services.changes import ChangeHub, ChangeSet


class ChangeBridge(QObject):
    """Subscribes to a workspace's hub and re-emits each ChangeSet as `changed(object)`."""

    changed = Signal(object)
    # Carries a ChangeSet from a worker thread to the GUI thread (queued).
    _arrived = Signal(object)

    def __init__(self, hub: ChangeHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._arrived.connect(self._relay, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe: Callable[[], None] | None = hub.subscribe(self._on_change)

    def _on_change(self, changes: ChangeSet) -> None:
        # Same thread: tell the views now, so a refresh follows its command at once.
        if QThread.currentThread() == self.thread():
            self.changed.emit(changes)
        else:
            self._arrived.emit(changes)

    @Slot(object)
    def _relay(self, changes: ChangeSet) -> None:
        self.changed.emit(changes)

    def detach(self) -> None:
        """Stop listening to the hub (the file is closing). Safe to call twice."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
