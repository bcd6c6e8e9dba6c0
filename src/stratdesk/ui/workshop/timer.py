"""The countdown for an exercise: a small box in a corner of the workshop.

T starts and pauses it, M adds a minute, Shift+T resets it; its buttons do the same. When
the time is up it flashes a few times (and beeps, when its bell is on): a signal the room
notices without a sound by default. The counting is `domain.countdown`, Qt-free.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from stratdesk.domain.countdown import Clock, Countdown
from stratdesk.ui.style import sized_font

TICK_MS = 200
FLASH_MS = 300
FLASHES = 10  # on and off: five flashes in three seconds


class TimerOverlay(QFrame):
    """mm:ss, start/pause, +1 min, reset, and the bell (off at first)."""

    ended = Signal()

    def __init__(self, parent: QWidget | None = None, clock: Clock = time.monotonic) -> None:
        super().__init__(parent)
        self.setObjectName("workshopTimer")
        self.setFrameShape(QFrame.Shape.Box)
        self.setLineWidth(2)
        self.setAutoFillBackground(True)
        self.countdown = Countdown(clock=clock)
        self.time_label = QLabel(self.countdown.text())
        self.time_label.setFont(sized_font(self.time_label, 20, bold=True))
        self.time_label.setAccessibleName(self.tr("Time left"))
        self.start_button = self._button("", self.toggle)
        self.minute_button = self._button(self.tr("+1 min"), self.add_minute)
        self.minute_button.setToolTip(self.tr("One more minute (M)"))
        self.reset_button = self._button("↺", self.reset)
        self.reset_button.setToolTip(self.tr("Back to five minutes (Shift+T)"))
        self.bell_button = self._button("♪", lambda: None)
        self.bell_button.setCheckable(True)
        self.bell_button.setToolTip(self.tr("Beep when the time is up"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.setSpacing(4)
        layout.addWidget(self.time_label)
        layout.addSpacing(6)
        for button in (self.start_button, self.minute_button, self.reset_button, self.bell_button):
            layout.addWidget(button)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self.flasher = QTimer(self)
        self.flasher.setInterval(FLASH_MS)
        self.flasher.timeout.connect(self._flash)
        self._flashes_left = 0
        self.flashing = False
        self._show_state()
        self.hide()

    def _button(self, text: str, slot: object) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setFont(sized_font(button, 12))
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(slot)
        return button

    # -- the facilitator's buttons ------------------------------------------------------------
    def toggle(self) -> None:
        """Show the timer and start it, or pause it, or start it again."""
        self.show()
        self.raise_()
        self.countdown.toggle()
        self._show_state()

    def add_minute(self) -> None:
        self.show()
        self.countdown.add()
        self._show_state()

    def reset(self) -> None:
        self.countdown.reset()
        self._stop_flashing()
        self._show_state()

    # -- time going by -----------------------------------------------------------------------
    def tick(self) -> None:
        if self.countdown.poll():
            self._show_state()
            self._signal_end()
            return
        self.time_label.setText(self.countdown.text())

    def _show_state(self) -> None:
        running = self.countdown.running
        self.time_label.setText(self.countdown.text())
        # ❚❚ rather than ⏸: common fonts (DejaVu, Noto Sans) have no ⏸ and would show a box.
        self.start_button.setText("❚❚" if running else "▶")
        self.start_button.setToolTip(
            self.tr("Pause (T)") if running else self.tr("Start the countdown (T)")
        )
        if running and not self.ticker.isActive():
            self.ticker.start()
        elif not running:
            self.ticker.stop()

    def _signal_end(self) -> None:
        self.ended.emit()
        if self.bell_button.isChecked():
            QApplication.beep()
        self._flashes_left = FLASHES
        self.flasher.start()
        self._flash()

    def _flash(self) -> None:
        if self._flashes_left <= 0:
            self._stop_flashing()
            return
        self._flashes_left -= 1
        self._set_flashing(not self.flashing)

    def _stop_flashing(self) -> None:
        self.flasher.stop()
        self._flashes_left = 0
        self._set_flashing(False)

    def _set_flashing(self, on: bool) -> None:
        self.flashing = on
        self.setBackgroundRole(QPalette.ColorRole.Highlight if on else QPalette.ColorRole.Window)
        self.time_label.setForegroundRole(
            QPalette.ColorRole.HighlightedText if on else QPalette.ColorRole.WindowText
        )
