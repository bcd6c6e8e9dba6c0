"""Python's garbage collection runs on the GUI thread only.

A collection may destroy Qt objects left in reference cycles; started by an allocation in a
worker thread (an export, an import), it destroys them there, which crashes Qt. As
pyqtgraph's `GarbageCollector` does, automatic collection is switched off and a timer on the
GUI thread collects once the counts pass Python's usual thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 1000


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> None:
        """Collect the generations whose counts passed their threshold (youngest first)."""
        first, second, third = gc.get_count()
        if first > self.threshold[0]:
            gc.collect(0)
            if second > self.threshold[1]:
                gc.collect(1)
                if third > self.threshold[2]:
                    gc.collect(2)

    def stop(self) -> None:
        """Back to Python's own automatic collection."""
        self.timer.stop()
        gc.enable()
