"""The export runner: a worker thread, a progress dialog with Cancel, one message at the end
(see the package's docstring for the API). The worker is a plain Python thread polled by a
GUI timer, so no Qt object or signal is touched outside the GUI thread."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from stratdesk.domain.errors import StratdeskError

Progress = Callable[[int, int], None]
SHOW_AFTER_MS = 400  # a quick export never flashes a dialog
POLL_MS = 40  # how often the GUI thread looks at the export's progress
log = logging.getLogger(__name__)


class ExportCancelled(Exception):
    """Raised by `progress(…)` inside the export once the person pressed Cancel."""


@dataclass(frozen=True)
class ExportJob:
    """`title`: what the dialog says; `run(progress)`: the Qt-free export; `done(result)`:
    the sentence told when it worked (the status bar)."""

    title: str
    run: Callable[[Progress], Any]
    done: Callable[[Any], str]


class ExportWorker:
    """The export in a Python thread. It reports into a small locked state that the GUI
    thread polls: no Qt signal crosses threads (PySide has crashed on those, PYSIDE-3124)."""

    def __init__(self, job: ExportJob) -> None:
        self.job = job
        self.cancel_requested = threading.Event()
        self._lock = threading.Lock()
        self._progress: tuple[int, int] | None = None
        self._outcome: tuple[str, Any] | None = None  # (how it ended, result or error)
        self._thread = threading.Thread(target=self._run, name="stratdesk-export", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wait(self, msecs: int | None = None) -> bool:
        """Block until the export is over (at most `msecs`); whether it is."""
        self._thread.join(None if msecs is None else msecs / 1000)
        return not self._thread.is_alive()

    def take(self) -> tuple[tuple[int, int] | None, tuple[str, Any] | None]:
        """The latest progress since the last call, and the outcome once it ended."""
        with self._lock:
            progress, self._progress = self._progress, None
            return progress, self._outcome

    def _report(self, done: int, total: int) -> None:
        if self.cancel_requested.is_set():
            raise ExportCancelled
        with self._lock:
            self._progress = (done, total)

    def _run(self) -> None:
        outcome: tuple[str, Any]
        try:
            outcome = ("succeeded", self.job.run(self._report))
        except ExportCancelled:
            outcome = ("stopped", None)
        except Exception as exc:  # told by the GUI thread, in words
            if not isinstance(exc, StratdeskError | OSError):
                log.exception("export failed")
            outcome = ("errored", exc)
        with self._lock:
            self._outcome = outcome


def failure_text(error: BaseException) -> str:
    """One sentence for what stopped an export."""
    if isinstance(error, StratdeskError):
        return str(error)
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "ExportWorker", "The file could not be written: {reason}"
        ).format(reason=error.strerror or error)
    return QCoreApplication.translate(
        "ExportWorker", "The export failed unexpectedly ({error})."
    ).format(error=type(error).__name__)


class ExportRunner(QObject):
    finished = Signal(object)  # what the export returned
    failed = Signal(str)  # why, in one sentence
    cancelled = Signal()

    def __init__(self, parent: QWidget, notify: Callable[[str], object] | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._notify = notify
        self._worker: ExportWorker | None = None
        self._job: ExportJob | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check)
        self.dialog: QProgressDialog | None = None
        self.message_box: QMessageBox | None = None
        self.last_message = ""

    def is_running(self) -> bool:
        return self._worker is not None

    def start(self, job: ExportJob) -> bool:
        """Run `job` in a worker thread; False when an export is already running."""
        if self._worker is not None:
            return False
        worker = ExportWorker(job)
        dialog = QProgressDialog(job.title, self.tr("Cancel"), 0, 0, self._parent)
        dialog.setWindowTitle(job.title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        self._job = job
        self._worker, self.dialog = worker, dialog
        worker.start()
        self._poll.start()
        return True

    def cancel(self) -> None:
        """Ask the export to stop at its next progress report (nothing is left behind)."""
        if self._worker is not None:
            self._worker.cancel_requested.set()
            if self.dialog is not None:
                self.dialog.setLabelText(self.tr("Cancelling…"))

    def wait(self, msecs: int = 30_000) -> bool:
        worker = self._worker
        return worker is None or worker.wait(msecs)

    def _check(self) -> None:
        """Every POLL_MS while an export runs: show its progress, and its end."""
        worker, job = self._worker, self._job
        if worker is None or job is None:
            self._poll.stop()
            return
        progress, outcome = worker.take()
        if progress is not None:
            self._progressed(*progress)
        if outcome is None:
            return
        self._poll.stop()
        how, value = outcome
        if how == "succeeded":
            self._ended(lambda: self._succeeded(job, value))
        elif how == "stopped":
            self._ended(self.cancelled.emit)
        else:
            self._ended(lambda: self._failed(failure_text(value)))

    def _progressed(self, done: int, total: int) -> None:
        if self.dialog is not None and not self.dialog.wasCanceled():
            self.dialog.setMaximum(max(total, 0))
            self.dialog.setValue(min(done, total) if total else 0)

    def _ended(self, then: Callable[[], object]) -> None:
        worker, dialog = self._worker, self.dialog
        self._worker, self.dialog = None, None
        if worker is not None:
            worker.wait()
        if dialog is not None:
            dialog.canceled.disconnect(self.cancel)
            dialog.close()
            dialog.deleteLater()
        then()

    def _succeeded(self, job: ExportJob, result: Any) -> None:
        self.last_message = job.done(result)
        if self._notify is not None:
            self._notify(self.last_message)
        self.finished.emit(result)

    def _failed(self, message: str) -> None:
        self.last_message = message
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The export failed"),
            message,
            QMessageBox.StandardButton.Ok,
            self._parent,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()
        self.failed.emit(message)
