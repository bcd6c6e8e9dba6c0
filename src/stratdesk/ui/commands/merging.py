"""Typing merges into one undo step, but only within one burst of typing.

Two edits of the same field a few seconds apart are one step (a person types a word, pauses,
types the next); two edits an hour apart are two. Each command notes when it was made with a
clock that tests replace (`clock=`), so no test has to wait.
"""

from __future__ import annotations

import time
from collections.abc import Callable

Clock = Callable[[], float]
MERGE_WINDOW_SECONDS = 3.0  # the longest pause between two edits of one burst


class TypingBurst:
    """Mixed into commands that merge: `mergeWith` asks `same_burst(other)` first."""

    edited_at: float = 0.0

    def start_burst(self, clock: Clock | None) -> None:
        self.edited_at = (clock or time.monotonic)()

    def same_burst(self, later: TypingBurst) -> bool:
        """Whether `later` came soon enough after this edit (or the last one merged into it)."""
        return 0.0 <= later.edited_at - self.edited_at <= MERGE_WINDOW_SECONDS

    def extend_burst(self, later: TypingBurst) -> None:
        self.edited_at = later.edited_at
