"""One open plan file as the interface sees it: its workspace, change bridge and undo stack.

The composition root (or the main window, on File › Open) builds one per open file and passes
it to the views; nothing else reaches for the services.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from stratdesk.services.changes import ChangeSet
from stratdesk.services.registry import SERVICES as SERVICE_NAMES
from stratdesk.services.workspace import Workspace
from stratdesk.ui.bridge import ChangeBridge
from stratdesk.ui.commands import CommandRunner

if TYPE_CHECKING:
    from stratdesk.services.registry import PlanServices

# Back up after this much editing (the db layer skips a copy when nothing changed).
BACKUP_INTERVAL_MS = 30 * 60 * 1000
# How often an open plan checks that it may still be written: another window may take it
# over, and a large file's integrity check finishes after it opened.
WRITE_CHECK_MS = 5_000
WARM_UP_DELAY_MS = 400
WARM_UP_TICK_MS = 15


class PlanDocument(QObject):
    """An open plan file: services, plan and client, undo stack and backup timer."""

    plan_changed = Signal()  # the plan's or the client's fields changed (title, years…)
    backup_failed = Signal(str)
    # Something a page tells the person after an edit (not a refusal): "Deleted … Ctrl+Z".
    # The window shows it in its status bar.
    notice = Signal(str)
    # The file must no longer be written (taken over elsewhere, or found damaged): the
    # document became read-only. Carries the sentence and the reason's kind
    # ("lock_lost" or "damaged").
    writing_stopped = Signal(str, str)
    read_only_changed = Signal(bool)  # the plan became read-only while open (see above)
    # A link on one page to another: workspace, page, and the item to select there (or None).
    show_requested = Signal(str, str, object)

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
        self.runner.failed.connect(self.check_writable)  # a refusal may be a lost lock
        self.bridge.changed.connect(self._on_changed)
        self.write_check_timer = QTimer(self)
        self.write_check_timer.setInterval(WRITE_CHECK_MS)
        self.write_check_timer.timeout.connect(self.check_writable)
        if not self.read_only:
            self.write_check_timer.start()
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

    def check_writable(self) -> bool:
        """Stop writing (and say why) once the file may no longer be written; True while it may.

        Called every few seconds and after each refused command.
        """
        if self.read_only:
            return False
        refusal = self.workspace.write_refusal()
        if refusal is None:
            return True
        self.read_only = True
        self.runner.read_only = True
        self.write_check_timer.stop()
        self.backup_timer.stop()  # the file is someone else's now, or damaged
        self.read_only_changed.emit(True)  # pages switch their edit controls off
        self.writing_stopped.emit(str(refusal), str(refusal.kind or ""))
        return False

    def backup(self) -> str | None:
        """Copy the file to the backup folder if it changed since the last copy; returns why
        that failed (also emitted as `backup_failed`), None when it did not."""
        self.backup_timer.stop()
        if self.read_only:
            return None
        try:
            self.workspace.backup_if_changed()
        except Exception as exc:  # a failed backup must never cost the plan or the window
            text = str(exc) or type(exc).__name__
            self.backup_failed.emit(text)
            return text
        return None

    def close(self) -> str | None:
        """Back up what changed, stop listening and release the file (and its lock).

        Returns why the backup failed, if it did: the file is released all the same.
        """
        failure = None
        try:
            if self.backup_timer.isActive():
                failure = self.backup()
        finally:
            self.backup_timer.stop()
            self.write_check_timer.stop()
            self._warm_up_timer.stop()
            self._warm_up_pending.clear()
            self.runner.closed = True
            self.bridge.detach()
            self.stack.clear()
            self.workspace.close()
        return failure
