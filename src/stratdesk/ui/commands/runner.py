"""Runs undoable service commands on one file's QUndoStack.

Every command calls its service at once (each call is committed). A call the service refuses
must leave nothing on the stack, so the runner does a command's first run itself and pushes it
only when that worked; the command then skips the `redo()` that `QUndoStack.push` makes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from stratdesk.domain.errors import StratdeskError

if TYPE_CHECKING:
    from stratdesk.ui.commands.base import ServiceCommand


class CommandRunner(QObject):
    """Pushes commands that worked, and reports the refusals as one readable sentence."""

    running_changed = Signal(bool)  # True while a service call is under way
    executed = Signal()  # a change was committed (do, undo or redo)
    failed = Signal(str)  # the service refused: its message, for the person

    def __init__(
        self, stack: QUndoStack, *, read_only: bool = False, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.stack = stack
        self.read_only = read_only
        self.closed = False  # set when the file closes: late edits are dropped, not sent

    def push(self, command: ServiceCommand) -> bool:
        """Run `command` once; on success put it on the stack. False if refused or a no-op."""
        if self.closed:
            return False
        if self.read_only:
            self.failed.emit(
                QCoreApplication.translate(
                    "CommandRunner", "This plan is open read-only: it cannot be changed."
                )
            )
            return False
        changed = self.attempt(command.first_run)
        if not changed:
            return False
        self.stack.push(command)
        return True

    def attempt(self, call: Callable[[], object]) -> bool:
        """Call a service; True when it worked (and changed something), else tell why."""
        self.running_changed.emit(True)
        try:
            result = call()
        except StratdeskError as exc:
            self.failed.emit(str(exc))
            return False
        finally:
            self.running_changed.emit(False)
        if result is False:
            return False
        self.executed.emit()
        return True
