"""Undoable commands of the KPI page: targets per period, and batches of measurements."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand

from stratdesk.io.kpi_import import ImportRefused, ImportResult, MeasurementRow, import_measurements
from stratdesk.ui.commands.base import ServiceCommand
from stratdesk.ui.commands.merging import Clock, TypingBurst
from stratdesk.ui.commands.runner import CommandRunner

SET_TARGET_COMMAND_ID = 1101


class SetTargetCommand(ServiceCommand, TypingBurst):
    """Set one period's target; undo puts the previous value back (or clears a new one).

    Typing several values into the same period in one burst is one undo step.
    """

    def __init__(
        self,
        runner: CommandRunner,
        service: Any,
        kpi_id: int,
        period_start: dt.date,
        value: float,
        text: str,
        *,
        origin: object = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(runner, text, origin=origin)
        self._service = service
        self.kpi_id = kpi_id
        self.period_start = period_start
        self.value = value
        self.previous: float | None = None
        self.start_burst(clock)

    def _first(self) -> bool:
        self.previous = self._service.set_target(
            self.kpi_id, self.period_start, self.value, origin=self.origin
        )
        return self.previous != self.value

    def _redo(self) -> None:
        self._service.set_target(self.kpi_id, self.period_start, self.value, origin=self.origin)

    def _undo(self) -> None:
        if self.previous is None:
            self._service.clear_target(self.kpi_id, self.period_start, origin=self.origin)
        else:
            self._service.set_target(
                self.kpi_id, self.period_start, self.previous, origin=self.origin
            )

    def id(self) -> int:
        return SET_TARGET_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, SetTargetCommand)
            and other._service is self._service
            and (other.kpi_id, other.period_start) == (self.kpi_id, self.period_start)
            and self.same_burst(other)
        ):
            return False
        self.value = other.value
        self.extend_burst(other)
        self.setObsolete(self.value == self.previous)
        return True


class ClearTargetCommand(ServiceCommand):
    """Remove one period's target; undo sets it again."""

    def __init__(
        self,
        runner: CommandRunner,
        service: Any,
        kpi_id: int,
        period_start: dt.date,
        text: str,
        *,
        origin: object = None,
    ) -> None:
        super().__init__(runner, text, origin=origin)
        self._service = service
        self.kpi_id = kpi_id
        self.period_start = period_start
        self.previous: float | None = None

    def _first(self) -> bool:
        self.previous = self._service.clear_target(
            self.kpi_id, self.period_start, origin=self.origin
        )
        return self.previous is not None

    def _redo(self) -> None:
        self._service.clear_target(self.kpi_id, self.period_start, origin=self.origin)

    def _undo(self) -> None:
        assert self.previous is not None
        self._service.set_target(self.kpi_id, self.period_start, self.previous, origin=self.origin)


class DeleteMeasurementsCommand(ServiceCommand):
    """Delete several measurements in one transaction; undo restores them with their ids."""

    def __init__(
        self,
        runner: CommandRunner,
        service: Any,
        ids: Sequence[int],
        text: str,
        *,
        origin: object = None,
    ) -> None:
        super().__init__(runner, text, origin=origin)
        self._service = service
        self.ids = list(ids)
        self._snapshot: Any = None

    def _first(self) -> bool:
        if not self.ids:
            return False
        self._redo()
        return True

    def _redo(self) -> None:
        self._snapshot = self._service.delete_many(self.ids, origin=self.origin)

    def _undo(self) -> None:
        self._service.restore(self._snapshot, origin=self.origin)


class ImportMeasurementsCommand(ServiceCommand):
    """Write the rows of a checked file (all or none); undo deletes exactly what it added.

    `result` says what was written and skipped; `error` is the refusal, if any (the runner
    reports it too). Nothing new to write is a no-op: it leaves no undo step.
    """

    def __init__(
        self,
        runner: CommandRunner,
        service: Any,
        kpi_id: int,
        rows: Sequence[MeasurementRow],
        text: str,
        *,
        campaign_id: int | None = None,
        origin: object = None,
    ) -> None:
        super().__init__(runner, text, origin=origin)
        self._service = service
        self.kpi_id = kpi_id
        self._rows = list(rows)
        self._campaign_id = campaign_id
        self._snapshot: Any = None
        self.result: ImportResult | None = None
        self.error: ImportRefused | None = None

    def _first(self) -> bool:
        try:
            self.result = import_measurements(
                self._service,
                self.kpi_id,
                self._rows,
                campaign_id=self._campaign_id,
                origin=self.origin,
            )
        except ImportRefused as exc:
            self.error = exc
            raise
        return bool(self.result.ids)

    def _redo(self) -> None:
        self._service.restore(self._snapshot, origin=self.origin)

    def _undo(self) -> None:
        assert self.result is not None
        self._snapshot = self._service.delete_many(list(self.result.ids), origin=self.origin)
