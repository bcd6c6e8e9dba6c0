"""Runs slow reads (a big spreadsheet) off the GUI thread, so the window never freezes.

Each job gets a ticket; results arrive on the GUI thread through queued signals, and a view
ignores tickets it no longer waits for (the person picked another file meanwhile). Jobs never
touch widgets. A job started with `run_reporting` is given `progress(share)` (shown through
`progressed`) and `cancelled()` (true once `cancel()` was called): a long import writes the
plan file in its own transaction this way, and stops when asked, writing nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

Reporting = Callable[[Callable[[float], None], Callable[[], bool]], object]


class BackgroundJobs(QObject):
    """One worker thread of its own; `finished`/`failed` carry (ticket, result or error)."""

    finished = Signal(int, object)
    failed = Signal(int, object)
    busy_changed = Signal(bool)
    progressed = Signal(int, float)  # ticket, share done (0 to 1)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._last = 0
        self._running = 0
        self._cancel = threading.Event()
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

    def run_reporting(self, job: Reporting) -> int:
        """Start `job(progress, cancelled)` in the worker thread; returns its ticket."""
        self._cancel = cancel = threading.Event()
        ticket = self._last + 1
        shown = [-1]

        def progress(share: float) -> None:
            percent = int(share * 100)
            if percent != shown[0]:  # one signal per percent, not per row
                shown[0] = percent
                self.progressed.emit(ticket, share)

        return self.run(lambda: job(progress, cancel.is_set))

    def cancel(self) -> None:
        """Ask the running reporting job to stop (it raises, having written nothing)."""
        self._cancel.set()

    @property
    def busy(self) -> bool:
        return self._running > 0

    def wait(self) -> None:
        """Block until every job has finished (before the owner goes away)."""
        self._pool.waitForDone()

    @Slot(int, object)  # a slot, queued from the worker thread (see PYSIDE-3124)
    def _done(self, _ticket: int, _result: object) -> None:
        self._running -= 1
        if self._running == 0:
            self.busy_changed.emit(False)
