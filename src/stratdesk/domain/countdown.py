"""The workshop's countdown for an exercise: start, pause, one more minute, reset.

Qt-free: time comes from an injected clock (seconds, never going back: `time.monotonic` by
default), so tests drive it by hand. The interface polls it a few times a second to show
what is left and to give the end signal once (`poll()`).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

Clock = Callable[[], float]

DEFAULT_SECONDS = 5 * 60
MINUTE = 60
LONGEST = 99 * 60 + 59  # what "mm:ss" can show


class Countdown:
    """Counts down from `duration` seconds while running; `reset()` goes back to it."""

    def __init__(self, duration: float = DEFAULT_SECONDS, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self.duration = min(max(0.0, float(duration)), LONGEST)
        self._left = self.duration  # seconds left when it last started or paused
        self._since: float | None = None  # the clock when it last started; None: paused
        self._signalled = False

    # -- reading ---------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._since is not None

    def remaining(self) -> float:
        """Seconds left (never below zero)."""
        if self._since is None:
            return self._left
        return max(0.0, self._left - (self._clock() - self._since))

    @property
    def finished(self) -> bool:
        return self.remaining() <= 0

    def text(self) -> str:
        """ "04:59": minutes and seconds left, rounded up (it shows 00:00 only at the end)."""
        seconds = math.ceil(round(self.remaining(), 6))
        return f"{seconds // 60:02d}:{seconds % 60:02d}"

    # -- the facilitator's buttons ------------------------------------------------------------
    def start(self) -> None:
        """Run from what is left (nothing happens when nothing is left)."""
        if self._since is None and self._left > 0:
            self._since = self._clock()

    def pause(self) -> None:
        if self._since is not None:
            self._left = self.remaining()
            self._since = None

    def toggle(self) -> None:
        """Start when paused, pause when running."""
        if self.running:
            self.pause()
        else:
            self.start()

    def add(self, seconds: float = MINUTE) -> None:
        """One more minute (or `seconds`), running or not; after the end it waits for start."""
        if self.finished:
            self._since = None
            self._left = 0.0
        current = self.remaining()
        added = min(current + seconds, LONGEST) - current
        self._left += added
        if self._left > 0:
            self._signalled = False

    def reset(self) -> None:
        """Back to the full duration, paused."""
        self._left = self.duration
        self._since = None
        self._signalled = False

    def poll(self) -> bool:
        """True once when the time is up (the end signal); it then stops, at zero."""
        if self._since is None or self.remaining() > 0 or self._signalled:
            return False
        self._signalled = True
        self._left = 0.0
        self._since = None
        return True
