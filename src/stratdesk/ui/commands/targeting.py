"""Undo commands of the segmentation, targeting and positioning pages.

- `SetScoreCommand`: one segment's score on one criterion (None clears it); typing in the
  same cell within a burst is one step ("1" then "0" makes 10).
- `SavePositioningCommand`: some fields of a segment's positioning; the first save creates
  it (undo deletes it, redo restores the same row); typing in one field merges.
- `SetAxisCommand`: a perceptual map axis's name and low/high labels.
- `DragCommand`: a row moved by a drag (a map point): one step per drag, never merged.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from stratdesk.ui.commands.base import ServiceCommand
from stratdesk.ui.commands.entity import UpdateCommand
from stratdesk.ui.commands.keyed_row import KeyedRowCommand
from stratdesk.ui.commands.merging import Clock, TypingBurst
from stratdesk.ui.commands.runner import CommandRunner

SCORE_COMMAND_ID = 1201
POSITIONING_COMMAND_ID = 1202
AXIS_COMMAND_ID = 1203


class Scores(Protocol):
    def find(self, parent_id: int, **key: Any) -> Any: ...
    def set_score(
        self, segment_id: int, criterion_id: int, score: int | None, *, origin: object = None
    ) -> int | None: ...


class SetScoreCommand(ServiceCommand, TypingBurst):
    """A score set or cleared; undo puts the previous score back (or none)."""

    def __init__(
        self,
        runner: CommandRunner,
        service: Scores,
        segment_id: int,
        criterion_id: int,
        score: int | None,
        text: str,
        *,
        origin: object = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(runner, text, origin=origin)
        self._service = service
        self.cell = (segment_id, criterion_id)
        self._new = score
        self._old: int | None = None
        self.start_burst(clock)

    def _first(self) -> bool:
        current = self._service.find(self.cell[0], criterion_id=self.cell[1])
        self._old = None if current is None else current.score
        if self._old == self._new:
            return False
        self._redo()
        return True

    def _redo(self) -> None:
        self._service.set_score(*self.cell, self._new, origin=self.origin)

    def _undo(self) -> None:
        self._service.set_score(*self.cell, self._old, origin=self.origin)

    def id(self) -> int:
        return SCORE_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, SetScoreCommand)
            and other._service is self._service
            and other.cell == self.cell
            and self.same_burst(other)
        ):
            return False
        self._new = other._new
        self.extend_burst(other)
        self.setObsolete(self._new == self._old)
        return True


class Positionings(Protocol):
    def get_for(self, segment_id: int) -> Any: ...
    def create(self, parent_id: int, data: dict[str, Any], *, origin: object = None) -> Any: ...
    def save(self, segment_id: int, data: dict[str, Any], *, origin: object = None) -> Any: ...
    def delete(self, item_id: int, *, origin: object = None) -> Any: ...
    def restore(self, snapshot: Any, *, origin: object = None) -> None: ...


class SavePositioningCommand(ServiceCommand, TypingBurst):
    """Some fields of a segment's positioning, created by the first save."""

    def __init__(
        self,
        runner: CommandRunner,
        service: Positionings,
        segment_id: int,
        changes: dict[str, Any],
        text: str,
        *,
        origin: object = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(runner, text, origin=origin)
        self._service = service
        self.segment_id = segment_id
        self._new = dict(changes)
        self._old: dict[str, Any] = {}
        self._created: int | None = None  # the row this command created, if it did
        self._snapshot: Any = None
        self.start_burst(clock)

    def _first(self) -> bool:
        current = self._service.get_for(self.segment_id)
        if current is None:
            self._created = self._service.create(self.segment_id, self._new, origin=self.origin).id
            return True
        self._old = {name: getattr(current, name) for name in self._new}
        if self._old == self._new:
            return False
        self._service.save(self.segment_id, self._new, origin=self.origin)
        return True

    def _redo(self) -> None:
        if self._created is not None:
            self._service.restore(self._snapshot, origin=self.origin)
        else:
            self._service.save(self.segment_id, self._new, origin=self.origin)

    def _undo(self) -> None:
        if self._created is not None:
            self._snapshot = self._service.delete(self._created, origin=self.origin)
        else:
            self._service.save(self.segment_id, self._old, origin=self.origin)

    def id(self) -> int:
        return POSITIONING_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, SavePositioningCommand)
            and other._service is self._service
            and other.segment_id == self.segment_id
            and other._created is None
            and other._new.keys() == self._new.keys()
            and self.same_burst(other)
        ):
            return False
        self._new = dict(other._new)
        self.extend_burst(other)
        self.setObsolete(self._created is None and self._new == self._old)
        return True


class Axes(Protocol):
    def find(self, parent_id: int, **key: Any) -> Any: ...
    def set_axis(
        self,
        plan_id: int,
        orientation: Any,
        name: str,
        low: str = "",
        high: str = "",
        *,
        origin: object = None,
    ) -> Any: ...
    def clear_axis(self, plan_id: int, orientation: Any, *, origin: object = None) -> Any: ...


class SetAxisCommand(KeyedRowCommand):
    """Some of an axis's fields (`name`, `low_label`, `high_label`); `default_name` names an
    axis that did not exist yet. Undo puts the previous values back, or removes the axis."""

    key_name = "orientation"
    fields = ("name", "low_label", "high_label")

    def __init__(
        self,
        runner: CommandRunner,
        service: Axes,
        plan_id: int,
        orientation: Any,
        changes: dict[str, str],
        default_name: str,
        text: str,
        *,
        origin: object = None,
        clock: Clock | None = None,
    ) -> None:
        defaults = (default_name, "", "")
        super().__init__(
            runner, service, plan_id, orientation, changes, defaults, text, origin=origin,
            clock=clock,
        )  # fmt: skip

    @property
    def orientation(self) -> Any:
        return self.key

    def _set(self, values: tuple[Any, ...]) -> None:
        self._service.set_axis(self._plan_id, self.key, *values, origin=self.origin)

    def _clear(self) -> None:
        self._service.clear_axis(self._plan_id, self.key, origin=self.origin)

    def id(self) -> int:
        return AXIS_COMMAND_ID


class DragCommand(UpdateCommand):
    """An update made by dragging: each drag is its own undo step (no merging)."""

    def id(self) -> int:
        return -1
