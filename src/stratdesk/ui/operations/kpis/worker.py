"""Runs slow reads (a big spreadsheet) off the GUI thread, so the window never freezes.

Each job gets a ticket; results arrive on the GUI thread through queued signals, and a view
ignores tickets it no longer waits for (the person picked another file meanwhile). Jobs must
not touch widgets or the plan file: they read a file and return plain data.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, Signal


class BackgroundJobs(QObject):
    """One worker thread of its own; `finished`/`failed` carry (ticket, result or error)."""

    finished = Signal(int, object)
    failed = Signal(int, object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._last = 0
        self._running = 0
        self.finished.connect(self._done)
        self.failed.connect(self._done)

    def run(self, job: Callable[[], object]) -> int:
        """Start `job` in the worker thread; returns its ticket."""
        self._last += 1
        ticket = self._last

        def work() -> None:
            try:
                result = job()
            except Exception as exc:  # handed to the GUI thread, which explains it
                self.failed.emit(ticket, exc)
            else:
                self.finished.emit(ticket, result)

        self._running += 1
        if self._running == 1:
            self.busy_changed.emit(True)
        self._pool.start(work)
        return ticket

    @property
    def busy(self) -> bool:
        return self._running > 0

    def wait(self) -> None:
        """Block until every job has finished (before the owner goes away)."""
        self._pool.waitForDone()

    def _done(self, _ticket: int, _result: object) -> None:
        self._running -= 1
        if self._running == 0:
            self.busy_changed.emit(False)
