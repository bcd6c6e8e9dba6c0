"""Undoable changes of the marketing mix that the generic entity commands do not cover."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from stratdesk.domain.enums import FOUR_P
from stratdesk.domain.errors import InvalidInput
from stratdesk.ui.commands.base import ServiceCommand
from stratdesk.ui.commands.runner import CommandRunner


def seven_p_only_count(mix: Any, plan_id: int) -> int:
    """How many of the plan's actions sit under People, Process or Physical evidence."""
    return sum(1 for action in mix.list(plan_id) if action.p not in FOUR_P)


def seven_p_refusal(count: int) -> str:
    """Why the 7P mix cannot be turned off while `count` actions use its extra Ps."""
    return QCoreApplication.translate(
        "SevenPCommand",
        "The 7P mix cannot be turned off while actions are filed under People, Process or "
        "Physical evidence. Move them to Product, Price, Promotion or Place first "
        "(actions to move: {count}).",
    ).format(count=count)


class SevenPCommand(ServiceCommand):
    """Turns the plan's 7P (services) mix on or off: one undo step.

    Turning it off is refused while actions use People, Process or Physical evidence (they
    would be filed under a P the plan no longer shows); the check runs on redo too.
    """

    def __init__(
        self,
        runner: CommandRunner,
        plans: Any,
        mix: Any,
        plan_id: int,
        on: bool,
        text: str,
        *,
        origin: object = None,
    ) -> None:
        super().__init__(runner, text, origin=origin)
        self._plans = plans
        self._mix = mix
        self._plan_id = plan_id
        self._on = on

    def _first(self) -> bool:
        if bool(self._plans.get_plan(self._plan_id).seven_p) == self._on:
            return False
        self._set(self._on)
        return True

    def _redo(self) -> None:
        self._set(self._on)

    def _undo(self) -> None:
        self._set(not self._on)

    def _set(self, on: bool) -> None:
        if not on:
            count = seven_p_only_count(self._mix, self._plan_id)
            if count:
                raise InvalidInput(seven_p_refusal(count), field="seven_p")
        self._plans.update_plan(self._plan_id, {"seven_p": on}, origin=self.origin)
