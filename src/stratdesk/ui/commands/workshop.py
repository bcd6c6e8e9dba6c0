"""Undoable changes of workshop mode: the steps it shows, and their order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from stratdesk.ui.commands.base import ServiceCommand
from stratdesk.ui.commands.runner import CommandRunner

StepChoice = tuple[str, bool]


class SetWorkshopStepsCommand(ServiceCommand):
    """Saves a plan's workshop steps (key, shown) as a whole; undo saves the previous list
    again (an empty one meaning "never chosen")."""

    def __init__(
        self,
        runner: CommandRunner,
        service: Any,
        plan_id: int,
        steps: Sequence[StepChoice],
        text: str,
        *,
        origin: object = None,
    ) -> None:
        super().__init__(runner, text, origin=origin)
        self._service = service
        self._plan_id = plan_id
        self._new = list(steps)
        self._old: list[StepChoice] = []

    def _first(self) -> bool:
        self._old = self._service.steps(self._plan_id)
        if self._old == self._new:
            return False
        self._redo()
        return True

    def _redo(self) -> None:
        self._service.set_steps(self._plan_id, self._new, origin=self.origin)

    def _undo(self) -> None:
        self._service.set_steps(self._plan_id, self._old, origin=self.origin)
