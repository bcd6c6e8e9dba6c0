"""The base of every page's `…Intents`: the one place where a page builds undo commands.

Widgets never build commands: they emit what the person asks (signals such as
`add_requested(group, text)`, or a `commit(item_id, field, value)` callback), and the page
connects those to its `…Intents` methods. An Intents class knows the services and the texts of
the undo steps; the page keeps what happens on screen afterwards (select the new row, focus
the moved card). Every command carries `origin=self`, so `ChangeSet.origin is page.intents`
tells a page that a change is its own (undo and redo included).

A new page subclasses `PageIntents` and writes one short method per intent with the helpers
below (`create_row`, `create_by`, `update_row`, `delete_row`, `delete_rows`, `move_row`), or
`push` for a command of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from stratdesk.ui.commands import (
    CreateCommand,
    DeleteCommand,
    EntityServiceLike,
    MacroCommand,
    MoveCommand,
    ServiceCommand,
    UpdateCommand,
)
from stratdesk.ui.commands.merging import Clock
from stratdesk.ui.commands.strategy import CallCreateCommand

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument


class PageIntents(QObject):
    """Pushes one page's commands on the document's undo stack; remembers the last refusal.

    A QObject so that `self.tr` serves the texts with a count ("Delete %n objectives"):
    lupdate reads a plural from `self.tr(…, "", count)`, not from an aliased `translate`.
    """

    def __init__(
        self, document: PlanDocument, clock: Clock | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.runner = document.runner
        self.clock = clock  # when typing bursts end (None: the real clock); tests set one
        self.last_error = ""
        self.runner.failed.connect(self._remember)

    def _remember(self, message: str) -> None:
        self.last_error = message

    @property
    def plan_id(self) -> int:
        return self.document.plan_id

    def push(self, command: ServiceCommand) -> bool:
        """Run `command` once and keep it for undo; False when refused (see `last_error`)."""
        self.last_error = ""
        return self.runner.push(command)

    # -- the usual commands ------------------------------------------------------------------
    def create_row(
        self, service: EntityServiceLike, parent_id: int, data: dict[str, Any], text: str
    ) -> int | None:
        """A new row; its id, or None when refused."""
        command = CreateCommand(self.runner, service, parent_id, data, text, origin=self)
        return command.item_id if self.push(command) else None

    def create_by(
        self, owner: EntityServiceLike, create: Callable[[object], Any], text: str
    ) -> int | None:
        """A row of `owner`'s table made by a special call `create(origin)`; its id or None."""
        command = CallCreateCommand(self.runner, owner, create, text, origin=self)
        return command.item_id if self.push(command) else None

    def update_row(
        self, service: EntityServiceLike, item_id: int, changes: dict[str, Any], text: str
    ) -> bool:
        """Change some fields of a row (typing in one field merges into one step)."""
        command = UpdateCommand(
            self.runner, service, item_id, changes, text, origin=self, clock=self.clock
        )
        return self.push(command)

    def delete_row(self, service: EntityServiceLike, item_id: int, text: str) -> bool:
        """Delete a row and what cascades with it (undo brings back the same ids)."""
        return self.push(DeleteCommand(self.runner, service, item_id, text, origin=self))

    def delete_rows(
        self, service: EntityServiceLike, ids: Sequence[int], one: str, many: str
    ) -> bool:
        """Delete rows as one undo step; `one` names the step for a single row, `many` for
        several (already translated with their count)."""
        if len(ids) == 1:
            return self.delete_row(service, ids[0], one)
        if not ids:
            return False
        macro = MacroCommand(self.runner, many, origin=self)
        for item_id in ids:
            macro.add(DeleteCommand(self.runner, service, item_id, "", origin=self))
        return self.push(macro)

    def move_row(
        self,
        service: EntityServiceLike,
        item_id: int,
        changes: dict[str, Any],
        index: int,
        text: str,
    ) -> bool:
        """Put a row at `index` of the group `changes` names (its own group: a reorder)."""
        command = MoveCommand(self.runner, service, item_id, changes, index, text, origin=self)
        return self.push(command)
