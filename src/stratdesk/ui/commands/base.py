"""The base of every undoable command: a service call now, its inverse on undo."""

from __future__ import annotations

import builtins
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from stratdesk.ui.commands.runner import CommandRunner


class EntityServiceLike(Protocol):
    """What the generic commands need from a service (`services.entity.EntityService`)."""

    @property
    def parent_field(self) -> str: ...
    @property
    def group_fields(self) -> tuple[str, ...]: ...
    @property
    def kind(self) -> str: ...
    def get(self, item_id: int) -> Any: ...
    def list(self, parent_id: int) -> list[Any]: ...
    def create(self, parent_id: int, data: dict[str, Any], *, origin: object = None) -> Any: ...
    def update(self, item_id: int, changes: dict[str, Any], *, origin: object = None) -> Any: ...
    def delete(self, item_id: int, *, origin: object = None) -> Any: ...
    def restore(self, snapshot: Any, *, origin: object = None) -> None: ...
    def reorder(
        self, parent_id: int, ordered_ids: builtins.list[int], *, origin: object = None
    ) -> None: ...
    def move(
        self, item_id: int, changes: dict[str, Any], index: int, *, origin: object = None
    ) -> Any: ...


class ServiceCommand(QUndoCommand):
    """Subclasses implement `_first` (may return False: nothing to do), `_redo` and `_undo`.

    Every service call passes `origin=self.origin`: what the page gave (its intents), or the
    command itself. The ChangeSets of the call carry it, so a page can tell its own changes.
    """

    def __init__(self, runner: CommandRunner, text: str, *, origin: object = None) -> None:
        super().__init__(text)
        self._runner = runner
        self._skip_redo = False
        self.origin: object = self if origin is None else origin

    def first_run(self) -> bool:
        """The first execution, done by the runner before `push`; False means a no-op."""
        if self._first() is False:
            return False
        self._skip_redo = True
        return True

    def redo(self) -> None:
        if self._skip_redo:  # `push` calls redo(); the runner already did the work
            self._skip_redo = False
            return
        if not self._runner.attempt(self._redo):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._runner.attempt(self._undo):
            self.setObsolete(True)

    def _first(self) -> bool | None:
        return self._redo()

    def _redo(self) -> bool | None:
        raise NotImplementedError

    def _undo(self) -> bool | None:
        raise NotImplementedError


class MacroCommand(ServiceCommand):
    """Several commands as one undo step, all or nothing (e.g. deleting many rows)."""

    def __init__(self, runner: CommandRunner, text: str, *, origin: object = None) -> None:
        super().__init__(runner, text, origin=origin)
        self.commands: list[ServiceCommand] = []

    def add(self, command: ServiceCommand) -> ServiceCommand:
        self.commands.append(command)
        return command

    def _first(self) -> bool:
        done: list[ServiceCommand] = []
        try:
            for command in self.commands:
                if command._first() is not False:
                    done.append(command)
        except BaseException:
            # Take back what already went through, so a refusal leaves the plan unchanged.
            for command in reversed(done):
                command._undo()
            raise
        self.commands = done
        return bool(done)

    def _redo(self) -> None:
        for command in self.commands:
            command._redo()

    def _undo(self) -> None:
        for command in reversed(self.commands):
            command._undo()
