"""Run work right after a window first appears, so that start-up shows a window at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# If no paint comes (a window started minimised), run anyway after this long.
FIRST_PAINT_TIMEOUT_MS = 500


class AfterFirstPaint(QObject):
    """Calls the queued work once `widget` has painted (or after a short timeout), once."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._pending: list[Callable[[], object]] = []
        self._widget = widget

    def call(self, work: Callable[[], object]) -> None:
        if not self._pending:
            self._widget.installEventFilter(self)
            QTimer.singleShot(FIRST_PAINT_TIMEOUT_MS, self, self._run)
        self._pending.append(work)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._pending:
            # After the paint has reached the screen, not inside it.
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        pending, self._pending = self._pending, []
        self._widget.removeEventFilter(self)
        for work in pending:
            work()
