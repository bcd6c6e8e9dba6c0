"""`KeyedRowCommand`: some fields of the one row a plan holds per key.

A Porter force's rating (one row per force), a perceptual map's axis (one per orientation):
the first edit creates the row; undo puts the previous values back, or clears the row when
there was none; edits of the same fields in one typing burst merge into one undo step.
A subclass names the key (`key_name`, the `find` keyword), the fields in the order the
service's setter takes them, and the two service calls (`_set`, `_clear`).
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtGui import QUndoCommand

from stratdesk.ui.commands.base import ServiceCommand
from stratdesk.ui.commands.merging import Clock, TypingBurst
from stratdesk.ui.commands.runner import CommandRunner


class KeyedRowCommand(ServiceCommand, TypingBurst):
    key_name: ClassVar[str]  # the `find` keyword naming the row ("force", "orientation")
    fields: ClassVar[tuple[str, ...]]  # in the order the service's setter takes them

    def __init__(
        self,
        runner: CommandRunner,
        service: Any,
        plan_id: int,
        key: Any,
        changes: dict[str, Any],
        defaults: tuple[Any, ...],
        text: str,
        *,
        origin: object = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(runner, text, origin=origin)
        self._service = service
        self._plan_id = plan_id
        self.key = key
        self._changes = dict(changes)
        self._defaults = defaults  # the values of a row that does not exist yet
        self._old: tuple[Any, ...] | None = None
        self._new: tuple[Any, ...] = defaults
        self.start_burst(clock)

    # -- the service calls a subclass names ------------------------------------------------
    def _set(self, values: tuple[Any, ...]) -> None:
        raise NotImplementedError

    def _clear(self) -> None:
        raise NotImplementedError

    # -- shared ---------------------------------------------------------------------------
    def _stored(self) -> tuple[Any, ...] | None:
        row = self._service.find(self._plan_id, **{self.key_name: self.key})
        return None if row is None else tuple(getattr(row, field) for field in self.fields)

    def _first(self) -> bool:
        self._old = self._stored()
        base = self._old or self._defaults
        new = tuple(self._changes.get(f, v) for f, v in zip(self.fields, base, strict=True))
        if new == self._old:
            return False
        self._set(new)
        self._new = self._stored() or new  # as the service stored them (trimmed, checked)
        return True

    def _redo(self) -> None:
        self._set(self._new)

    def _undo(self) -> None:
        if self._old is None:
            self._clear()
        else:
            self._set(self._old)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            type(other) is type(self)
            and isinstance(other, KeyedRowCommand)
            and other._service is self._service
            and other.key == self.key
            and other._changes.keys() == self._changes.keys()
            and self.same_burst(other)
        ):
            return False
        self._new = other._new
        self.extend_burst(other)
        self.setObsolete(self._new == self._old)
        return True
