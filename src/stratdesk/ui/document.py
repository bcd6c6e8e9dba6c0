"""One open plan file as the interface sees it: its workspace, change bridge and undo stack.

The composition root (or the main window, on File › Open) builds one per open file and passes
it to the views; nothing else reaches for the services.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from stratdesk.domain.errors import StratdeskError
from stratdesk.services.changes import ChangeSet
from stratdesk.services.registry import SERVICES as SERVICE_NAMES
from stratdesk.services.workspace import Workspace
from stratdesk.ui.bridge import ChangeBridge
from stratdesk.ui.commands import CommandRunner

if TYPE_CHECKING:
    from stratdesk.services.registry import PlanServices

# Back up after this much editing (the db layer skips a copy when nothing changed).
BACKUP_INTERVAL_MS = 30 * 60 * 1000
WARM_UP_DELAY_MS = 400
WARM_UP_TICK_MS = 15


class PlanDocument(QObject):
    """An open plan file: services, plan and client, undo stack and backup timer."""

    plan_changed = Signal()  # the plan's or the client's fields changed (title, years…)
    backup_failed = Signal(str)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.services: PlanServices = workspace.services
        self.plan_id: int = workspace.plan_id
        self.read_only: bool = workspace.read_only
        self.bridge = ChangeBridge(workspace.hub, self)
        self.stack = QUndoStack(self)
        self.runner = CommandRunner(self.stack, read_only=self.read_only, parent=self)
        self.backup_timer = QTimer(self)
        self.backup_timer.setSingleShot(True)
        self.backup_timer.setInterval(BACKUP_INTERVAL_MS)
        self.backup_timer.timeout.connect(self.backup)
        self.runner.executed.connect(self._on_executed)
        self.bridge.changed.connect(self._on_changed)
        self.plan: Any = None
        self.client: Any = None
        self._load_plan()
        self._warm_up_pending = list(SERVICE_NAMES)
        # Services load on first use; once the window is idle, load the rest a few at a time
        # so that the first visit to another page is instant and no tick freezes the window.
        self._warm_up_timer = QTimer(self)
        self._warm_up_timer.setInterval(WARM_UP_TICK_MS)
        self._warm_up_timer.timeout.connect(self._warm_up_next)
        QTimer.singleShot(WARM_UP_DELAY_MS, self, self._warm_up_timer.start)

    @property
    def path(self) -> Path:
        return self.workspace.path

    def title(self) -> str:
        """ "Client — Plan title", as the window title and the start screen show it."""
        return f"{self.client.name} — {self.plan.title}"

    def _load_plan(self) -> None:
        self.plan = self.services.plans.get_plan(self.plan_id)
        self.client = self.services.plans.get_client(self.plan.client_id)

    def _warm_up_next(self) -> None:
        if not self._warm_up_pending:
            self._warm_up_timer.stop()
            return
        getattr(self.services, self._warm_up_pending.pop(0))

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches("plan", "client"):
            self._load_plan()
            self.plan_changed.emit()

    def _on_executed(self) -> None:
        # The first change after a backup starts the clock; later ones do not reset it.
        if not self.backup_timer.isActive() and not self.read_only:
            self.backup_timer.start()

    def backup(self) -> None:
        """Copy the file to the backup folder if it changed since the last copy."""
        self.backup_timer.stop()
        if self.read_only:
            return
        try:
            self.workspace.backup_if_changed()
        except (StratdeskError, OSError) as exc:
            self.backup_failed.emit(str(exc))

    def close(self) -> None:
        """Back up what changed, stop listening and release the file (and its lock)."""
        if self.backup_timer.isActive():
            self.backup()
        self.backup_timer.stop()
        self._warm_up_timer.stop()
        self._warm_up_pending.clear()
        self.runner.closed = True
        self.bridge.detach()
        self.stack.clear()
        self.workspace.close()
