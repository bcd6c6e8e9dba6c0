"""Generic commands over any `EntityService`: create, update, delete, move, reorder."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from stratdesk.ui.commands.base import EntityServiceLike, ServiceCommand
from stratdesk.ui.commands.merging import Clock, TypingBurst
from stratdesk.ui.commands.runner import CommandRunner

UPDATE_COMMAND_ID = 1001


class CreateCommand(ServiceCommand):
    """Redo creates the row; after an undo, redo restores it with the same id."""

    def __init__(
        self,
        runner: CommandRunner,
        service: EntityServiceLike,
        parent_id: int,
        data: dict[str, Any],
        text: str,
        *,
        origin: object = None,
    ) -> None:
        super().__init__(runner, text, origin=origin)
        self._service = service
        self._parent_id = parent_id
        self._data = dict(data)
        self._snapshot: Any = None
        self.item_id: int | None = None

    def _first(self) -> None:
        self.item_id = self._service.create(self._parent_id, self._data, origin=self.origin).id

    def _redo(self) -> None:
        self._service.restore(self._snapshot, origin=self.origin)

    def _undo(self) -> None:
        assert self.item_id is not None
        self._snapshot = self._service.delete(self.item_id, origin=self.origin)


class UpdateCommand(ServiceCommand, TypingBurst):
    """Old and new values of some fields of one row; edits of the same fields in one typing
    burst merge into one undo step (see `merging`)."""

    def __init__(
        self,
        runner: CommandRunner,
        service: EntityServiceLike,
        item_id: int,
        changes: dict[str, Any],
        text: str,
        *,
        origin: object = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(runner, text, origin=origin)
        self._service = service
        self.item_id = item_id
        self._new = dict(changes)
        self._old: dict[str, Any] = {}
        self.start_burst(clock)

    def _first(self) -> bool:
        current = self._service.get(self.item_id)
        self._old = {name: getattr(current, name) for name in self._new}
        if self._old == self._new:
            return False
        updated = self._service.update(self.item_id, self._new, origin=self.origin)
        # Keep the values as the service stored them, so undo and merge compare like with like.
        self._new = {name: getattr(updated, name) for name in self._new}
        return self._new != self._old

    def _redo(self) -> None:
        self._service.update(self.item_id, self._new, origin=self.origin)

    def _undo(self) -> None:
        self._service.update(self.item_id, self._old, origin=self.origin)

    def id(self) -> int:
        return UPDATE_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, UpdateCommand)
            and other._service is self._service
            and other.item_id == self.item_id
            and other._new.keys() == self._new.keys()
            and self.same_burst(other)
        ):
            return False
        self._new = dict(other._new)
        self.extend_burst(other)
        # Typing back the original value leaves nothing to undo.
        self.setObsolete(self._new == self._old)
        return True


class DeleteCommand(ServiceCommand):
    """Deletes a row (and what cascades); undo restores the same rows with the same ids."""

    def __init__(
        self,
        runner: CommandRunner,
        service: EntityServiceLike,
        item_id: int,
        text: str,
        *,
        origin: object = None,
    ) -> None:
        super().__init__(runner, text, origin=origin)
        self._service = service
        self.item_id = item_id
        self._snapshot: Any = None

    def _redo(self) -> None:
        self._snapshot = self._service.delete(self.item_id, origin=self.origin)

    def _undo(self) -> None:
        self._service.restore(self._snapshot, origin=self.origin)


class MoveCommand(ServiceCommand):
    """Moves a row to `index` of the group named by `changes` (e.g. another SWOT quadrant)."""

    def __init__(
        self,
        runner: CommandRunner,
        service: EntityServiceLike,
        item_id: int,
        changes: dict[str, Any],
        index: int,
        text: str,
        *,
        origin: object = None,
    ) -> None:
        super().__init__(runner, text, origin=origin)
        self._service = service
        self.item_id = item_id
        self._new = (dict(changes), index)
        self._old: tuple[dict[str, Any], int] = ({}, 0)

    def _first(self) -> None:
        row = self._service.get(self.item_id)
        parent_id = getattr(row, self._service.parent_field)
        fields = self._service.group_fields
        group = [
            r.id
            for r in self._service.list(parent_id)
            if all(getattr(r, f) == getattr(row, f) for f in fields)
        ]
        self._old = ({name: getattr(row, name) for name in self._new[0]}, group.index(row.id))
        self._redo()

    def _redo(self) -> None:
        self._service.move(self.item_id, *self._new, origin=self.origin)

    def _undo(self) -> None:
        self._service.move(self.item_id, *self._old, origin=self.origin)


class ReorderCommand(ServiceCommand):
    """Gives rows of one group a new order; undo puts the previous order back."""

    def __init__(
        self,
        runner: CommandRunner,
        service: EntityServiceLike,
        parent_id: int,
        ordered_ids: list[int],
        text: str,
        *,
        origin: object = None,
    ) -> None:
        super().__init__(runner, text, origin=origin)
        self._service = service
        self._parent_id = parent_id
        self._new = list(ordered_ids)
        self._old: list[int] = []

    def _first(self) -> bool:
        wanted = set(self._new)
        self._old = [r.id for r in self._service.list(self._parent_id) if r.id in wanted]
        if self._old == self._new:
            return False
        self._redo()
        return True

    def _redo(self) -> None:
        self._service.reorder(self._parent_id, self._new, origin=self.origin)

    def _undo(self) -> None:
        self._service.reorder(self._parent_id, self._old, origin=self.origin)
