"""Undo commands for the strategy services' own calls (the generic ones are in `entity`).

- `CallCreateCommand`: a row created by a special call (a SWOT item sent from a PESTEL
  factor, an objective promoted from a TOWS strategy), given the origin to pass on; undo
  deletes it, redo restores it with the same id.
- `SetForceRatingCommand`: the upsert of a Porter force's rating and notes; undo sets the
  previous values back, or clears the rating when there was none.
- `SetLinksCommand`: the SWOT items a TOWS strategy combines; undo puts the previous back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from stratdesk.ui.commands.base import EntityServiceLike, ServiceCommand
from stratdesk.ui.commands.keyed_row import KeyedRowCommand
from stratdesk.ui.commands.merging import Clock
from stratdesk.ui.commands.runner import CommandRunner

FORCE_COMMAND_ID = 1101


class CallCreateCommand(ServiceCommand):
    """`create(origin)` makes a row of `owner`'s table; undo deletes it, redo restores it."""

    def __init__(
        self,
        runner: CommandRunner,
        owner: EntityServiceLike,
        create: Callable[[object], Any],
        text: str,
        *,
        origin: object = None,
    ) -> None:
        super().__init__(runner, text, origin=origin)
        self._owner = owner
        self._create = create
        self._snapshot: Any = None
        self.item_id: int | None = None

    def _first(self) -> None:
        self.item_id = self._create(self.origin).id

    def _redo(self) -> None:
        self._owner.restore(self._snapshot, origin=self.origin)

    def _undo(self) -> None:
        assert self.item_id is not None
        self._snapshot = self._owner.delete(self.item_id, origin=self.origin)


class ForceRatings(Protocol):
    def find(self, parent_id: int, **key: Any) -> Any: ...
    def set_rating(
        self,
        plan_id: int,
        force: Any,
        rating: int,
        notes: str | None = None,
        *,
        origin: object = None,
    ) -> Any: ...
    def clear_rating(self, plan_id: int, force: Any, *, origin: object = None) -> Any: ...


class SetForceRatingCommand(KeyedRowCommand):
    """Sets some of a force's fields (`rating`, `notes`); edits of the same field in one
    typing burst merge."""

    key_name = "force"
    fields = ("rating", "notes")

    def __init__(
        self,
        runner: CommandRunner,
        service: ForceRatings,
        plan_id: int,
        force: Any,
        changes: dict[str, Any],
        text: str,
        *,
        origin: object = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(
            runner, service, plan_id, force, changes, (3, ""), text, origin=origin, clock=clock
        )

    @property
    def force(self) -> Any:
        return self.key

    def _set(self, values: tuple[Any, ...]) -> None:
        self._service.set_rating(self._plan_id, self.key, *values, origin=self.origin)

    def _clear(self) -> None:
        self._service.clear_rating(self._plan_id, self.key, origin=self.origin)

    def id(self) -> int:
        return FORCE_COMMAND_ID


class TowsLinks(Protocol):
    def get(self, item_id: int) -> Any: ...
    def set_links(
        self, strategy_id: int, swot_item_ids: list[int], *, origin: object = None
    ) -> tuple[int, ...]: ...


class SetLinksCommand(ServiceCommand):
    """Replaces the SWOT items a TOWS strategy combines."""

    def __init__(
        self,
        runner: CommandRunner,
        service: TowsLinks,
        strategy_id: int,
        swot_item_ids: list[int],
        text: str,
        *,
        origin: object = None,
    ) -> None:
        super().__init__(runner, text, origin=origin)
        self._service = service
        self.strategy_id = strategy_id
        self._new = list(dict.fromkeys(swot_item_ids))
        self._old: list[int] = []

    def _first(self) -> bool:
        current = self._service.get(self.strategy_id).swot_item_ids
        if set(current) == set(self._new):
            return False
        self._old = list(self._service.set_links(self.strategy_id, self._new, origin=self.origin))
        return True

    def _redo(self) -> None:
        self._service.set_links(self.strategy_id, self._new, origin=self.origin)

    def _undo(self) -> None:
        self._service.set_links(self.strategy_id, self._old, origin=self.origin)
