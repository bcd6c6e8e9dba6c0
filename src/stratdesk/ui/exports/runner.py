"""The export runner: a worker thread, a progress dialog with Cancel, one message at the end
(see the package's docstring for the API)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from stratdesk.domain.errors import StratdeskError

Progress = Callable[[int, int], None]
SHOW_AFTER_MS = 400  # a quick export never flashes a dialog
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


class ExportWorker(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    errored = Signal(str)
    stopped = Signal()

    def __init__(self, job: ExportJob, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self.cancel_requested = threading.Event()

    def _progress(self, done: int, total: int) -> None:
        if self.cancel_requested.is_set():
            raise ExportCancelled
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self.job.run(self._progress)
        except ExportCancelled:
            self.stopped.emit()
        except StratdeskError as exc:
            self.errored.emit(str(exc))
        except OSError as exc:
            self.errored.emit(
                self.tr("The file could not be written: {reason}").format(
                    reason=exc.strerror or exc
                )
            )
        except Exception as exc:
            log.exception("export failed")
            self.errored.emit(
                self.tr("The export failed unexpectedly ({error}).").format(
                    error=type(exc).__name__
                )
            )
        else:
            self.succeeded.emit(result)


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
        self.dialog: QProgressDialog | None = None
        self.message_box: QMessageBox | None = None
        self.last_message = ""

    def is_running(self) -> bool:
        return self._worker is not None

    def start(self, job: ExportJob) -> bool:
        """Run `job` in a worker thread; False when an export is already running."""
        if self._worker is not None:
            return False
        worker = ExportWorker(job, self)
        dialog = QProgressDialog(job.title, self.tr("Cancel"), 0, 0, self._parent)
        dialog.setWindowTitle(job.title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        # Slots of this object, queued to the GUI thread: never lambdas, which PySide may run
        # in the emitting thread (and which crashed it now and then, PYSIDE-3124).
        queued = Qt.ConnectionType.QueuedConnection
        worker.progressed.connect(self._progressed, queued)
        worker.succeeded.connect(self._worker_succeeded, queued)
        worker.errored.connect(self._worker_errored, queued)
        worker.stopped.connect(self._worker_stopped, queued)
        self._job = job
        self._worker, self.dialog = worker, dialog
        worker.start()
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

    @Slot(object)
    def _worker_succeeded(self, result: Any) -> None:
        job = self._job
        assert job is not None
        self._ended(lambda: self._succeeded(job, result))

    @Slot(str)
    def _worker_errored(self, message: str) -> None:
        self._ended(lambda: self._failed(message))

    @Slot()
    def _worker_stopped(self) -> None:
        self._ended(self.cancelled.emit)

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        if self.dialog is not None and not self.dialog.wasCanceled():
            self.dialog.setMaximum(max(total, 0))
            self.dialog.setValue(min(done, total) if total else 0)

    def _ended(self, then: Callable[[], object]) -> None:
        worker, dialog = self._worker, self.dialog
        self._worker, self.dialog = None, None
        if worker is not None:
            worker.wait()
            worker.deleteLater()
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
