"""The undo step of a measurement import that the worker thread already wrote.

A large import is written off the GUI thread (one transaction, with progress and cancel); the
command is pushed afterwards: its first run does nothing, undo deletes exactly the rows the
import added, redo puts them back with the same ids.
"""

from __future__ import annotations

from typing import Any

from stratdesk.io.kpi_import import ImportResult
from stratdesk.ui.commands.base import ServiceCommand
from stratdesk.ui.commands.runner import CommandRunner


class ImportedMeasurementsCommand(ServiceCommand):
    """Undo deletes the measurements `result` added; nothing added is no undo step."""

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
        return bool(self.result.ids)  # already written by the import

    def _redo(self) -> None:
        self._service.restore(self._snapshot, origin=self.origin)

    def _undo(self) -> None:
        self._snapshot = self._service.delete_many(list(self.result.ids), origin=self.origin)
