"""The undo step of a measurement import that the worker thread already wrote.

A large import is written off the GUI thread (one transaction, with progress and cancel); the
command is pushed afterwards: its first run does nothing, undo deletes exactly the rows the
import added (and puts back, with their ids, the other sources' values it replaced), redo
puts them back with the same ids (and deletes the replaced values again).
"""

from __future__ import annotations

from typing import Any

from stratdesk.io.kpi_import import ImportResult
from stratdesk.ui.commands.base import ServiceCommand
from stratdesk.ui.commands.runner import CommandRunner


class ImportedMeasurementsCommand(ServiceCommand):
    """Undo deletes the measurements `result` added and restores those it replaced; an import
    that changed nothing is no undo step."""

    def __init__(
        self,
        runner: CommandRunner,
        service: Any,
        result: ImportResult,
        text: str,
        *,
        origin: object = None,
    ) -> None:
        super().__init__(runner, text, origin=origin)
        self._service = service
        self.result = result
        self._snapshot: Any = None

    def _first(self) -> bool:
        # Already written by the import.
        return bool(self.result.ids) or self.result.replaced is not None

    def _redo(self) -> None:
        # Replaced values go first: SQLite may have given their ids to the imported rows.
        if self.result.replaced is not None:
            replaced = self.result.replaced.ids("kpi_measurement")
            self._service.delete_many(replaced, origin=self.origin)
        if self._snapshot is not None:
            self._service.restore(self._snapshot, origin=self.origin)

    def _undo(self) -> None:
        if self.result.ids:
            self._snapshot = self._service.delete_many(list(self.result.ids), origin=self.origin)
        if self.result.replaced is not None:
            self._service.restore(self.result.replaced, origin=self.origin)
