"""Unexpected errors: written to a log, told to the person in one sentence, never fatal.

Qt calls `sys.excepthook` for an exception that escapes a Python slot or override. The
`CrashReporter` installed there writes the traceback to a rotating log in the user data
folder (`crash.log`, 1 MB × 3) and shows a small non-modal message: what failed, that the
plan is safe (every change was committed when it was made; the undo stack is left as it is)
and where the log is. A burst of errors shows one message (it counts the others), and an
error raised while reporting one is only written to stderr: the reporter never re-enters.

`handle(kind, value, traceback)` is the hook itself: tests call it with an exception triple
(pytest-qt catches exceptions in slots on its own while a test runs).
"""

from __future__ import annotations

import logging
import sys
import traceback as tb
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from stratdesk import userdirs

if TYPE_CHECKING:
    from logging.handlers import RotatingFileHandler

LOG_NAME = "crash.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 3
SUMMARY_CHARS = 160

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]

# Qt's translate under the name lupdate looks for; the context is given at each call.
translate = QCoreApplication.translate


def log_path() -> Path:
    """Where unexpected errors are written (in the user data folder, never beside a plan)."""
    folder = userdirs.data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / LOG_NAME


def summary(value: BaseException, trace: TracebackType | None) -> str:
    """ "ValueError: bad value (in add_objective)": the error and the function it left."""
    words = " ".join(str(value).split())
    text = f"{type(value).__name__}: {words}" if words else type(value).__name__
    if len(text) > SUMMARY_CHARS:
        text = text[: SUMMARY_CHARS - 1] + "…"
    frames = tb.extract_tb(trace)
    return f"{text} (in {frames[-1].name})" if frames else text


class CrashReporter(QObject):
    """Logs unexpected exceptions and tells the person, one message at a time."""

    def __init__(
        self,
        window: Callable[[], QWidget | None] = QApplication.activeWindow,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._logger: logging.Logger | None = None
        self._handler: RotatingFileHandler | None = None
        self._previous: ExceptHook | None = None
        self._handling = False
        self.box: QMessageBox | None = None
        self.more = 0  # errors since the message was shown
        self.path: Path | None = None

    # -- the hook ----------------------------------------------------------------------------
    def install(self) -> None:
        """Become `sys.excepthook` (until `uninstall`)."""
        if self._previous is None:
            self._previous = sys.excepthook
            sys.excepthook = self.handle

    def uninstall(self) -> None:
        """Give `sys.excepthook` back and close the log."""
        if self._previous is not None:
            if sys.excepthook == self.handle:
                sys.excepthook = self._previous
            self._previous = None
        if self._handler is not None:
            self._handler.close()
            self._handler = None
            self._logger = None

    @contextmanager
    def installed(self) -> Iterator[CrashReporter]:
        self.install()
        try:
            yield self
        finally:
            self.uninstall()

    def handle(
        self, kind: type[BaseException], value: BaseException, trace: TracebackType | None
    ) -> None:
        """Log the exception and tell the person (the hook; safe to call directly)."""
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            (self._previous or sys.__excepthook__)(kind, value, trace)
            return
        if self._handling:  # an error while reporting one: stderr only, never a loop
            sys.__excepthook__(kind, value, trace)
            return
        self._handling = True
        try:
            self._log(kind, value, trace)
            self._tell(summary(value, trace))
        except Exception:  # the reporter must never take the app down
            sys.__excepthook__(*sys.exc_info())
            sys.__excepthook__(kind, value, trace)
        finally:
            self._handling = False

    # -- writing and telling -------------------------------------------------------------------
    def _log(
        self, kind: type[BaseException], value: BaseException, trace: TracebackType | None
    ) -> None:
        if self._logger is None:
            from logging.handlers import RotatingFileHandler  # on the first error only

            self.path = log_path()
            self._handler = RotatingFileHandler(
                self.path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
            )
            self._handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
            # Not registered with `logging`: nothing global, closed with the reporter.
            self._logger = logging.Logger("stratdesk.crash")
            self._logger.addHandler(self._handler)
        self._logger.error("Unexpected error", exc_info=(kind, value, trace))

    def _tell(self, what: str) -> None:
        if self.box is not None:
            self.more += 1
            self.box.setInformativeText(self._advice())
            return
        self.more = 0
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("CrashReporter", "Something went wrong"),
            translate("CrashReporter", "stratdesk ran into an unexpected problem: {what}").format(
                what=what
            ),
            QMessageBox.StandardButton.Ok,
            self._window(),
        )
        box.setInformativeText(self._advice())
        box.setWindowModality(Qt.WindowModality.NonModal)  # the window stays usable
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._closed)
        box.destroyed.connect(self._closed)  # also when its window closes first
        self.box = box
        box.show()

    def _advice(self) -> str:
        text = translate(
            "CrashReporter",
            "Your plan is safe: every change was saved when you made it, and Undo still "
            "works. The details are in {path}.",
        ).format(path=self.path)
        if self.more:
            text += " " + translate(
                "CrashReporter", "Problems logged since this message: {count}."
            ).format(count=self.more)
        return text

    def _closed(self, *_args: object) -> None:
        self.box = None
