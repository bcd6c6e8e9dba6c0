"""Runs slow reads (a big spreadsheet) off the GUI thread, so the window never freezes.

Each job gets a ticket; results arrive on the GUI thread (a timer collects them), and a view
ignores tickets it no longer waits for (the person picked another file meanwhile). Jobs never
touch widgets. A job started with `run_reporting` is given `progress(share)` (shown through
`progressed`) and `cancelled()` (true once `cancel()` was called): a long import writes the
plan file in its own transaction this way, and stops when asked, writing nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, QTimer, Signal

Reporting = Callable[[Callable[[float], None], Callable[[], bool]], object]
POLL_MS = 30  # how often the GUI thread collects what the jobs reported


class BackgroundJobs(QObject):
    """One worker thread of its own; `finished`/`failed` carry (ticket, result or error).

    The jobs run in a plain Python executor and report into a locked queue that a GUI timer
    empties: every signal is emitted on the GUI thread (PySide has crashed on signals that
    cross threads, PYSIDE-3124)."""

    finished = Signal(int, object)
    failed = Signal(int, object)
    busy_changed = Signal(bool)
    progressed = Signal(int, float)  # ticket, share done (0 to 1)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="stratdesk-job")
        self._futures: list[Future[None]] = []
        self._events: list[tuple[str, int, object]] = []  # filled by the worker, under the lock
        self._lock = threading.Lock()
        self._last = 0
        self._running = 0
        self._cancel = threading.Event()
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._deliver)

    def run(self, job: Callable[[], object]) -> int:
        """Start `job` in the worker thread; returns its ticket."""
        self._last += 1
        ticket = self._last

        def work() -> None:
            try:
                event = ("finished", ticket, job())
            except Exception as exc:  # handed to the GUI thread, which explains it
                event = ("failed", ticket, exc)
            self._post(event)

        self._running += 1
        if self._running == 1:
            self.busy_changed.emit(True)
        self._futures = [f for f in self._futures if not f.done()]
        self._futures.append(self._executor.submit(work))
        self._poll.start()
        return ticket

    def run_reporting(self, job: Reporting) -> int:
        """Start `job(progress, cancelled)` in the worker thread; returns its ticket."""
        self._cancel = cancel = threading.Event()
        ticket = self._last + 1
        shown = [-1]

        def progress(share: float) -> None:
            percent = int(share * 100)
            if percent != shown[0]:  # one report per percent, not per row
                shown[0] = percent
                self._post(("progressed", ticket, share))

        return self.run(lambda: job(progress, cancel.is_set))

    def cancel(self) -> None:
        """Ask the running reporting job to stop (it raises, having written nothing)."""
        self._cancel.set()

    @property
    def busy(self) -> bool:
        return self._running > 0

    def wait(self) -> None:
        """Block until every job has finished (before the owner goes away)."""
        for future in list(self._futures):
            future.result()
        self._deliver()

    def _post(self, event: tuple[str, int, object]) -> None:
        with self._lock:
            self._events.append(event)

    def _deliver(self) -> None:
        """On the GUI thread: tell what the jobs reported since last time, in order."""
        with self._lock:
            events, self._events = self._events, []
        for kind, ticket, value in events:
            if kind == "progressed":
                assert isinstance(value, float)
                self.progressed.emit(ticket, value)
                continue
            self._running -= 1  # not busy any more before the result is told (it may focus)
            if self._running == 0:
                self._poll.stop()
                self.busy_changed.emit(False)
            (self.finished if kind == "finished" else self.failed).emit(ticket, value)
