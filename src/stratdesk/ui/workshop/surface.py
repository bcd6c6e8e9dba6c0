"""What workshop mode drives on a step: its card boards, whose votes, where the keys go."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from stratdesk.ui.widgets.cards import CardBoard


def _no_boards() -> Sequence[CardBoard]:
    return ()


def _nothing() -> QWidget | None:
    return None


@dataclass(frozen=True)
class StepSurface:
    """What workshop mode drives on a step once its page is shown.

    `boards()`: the card boards on screen now (capture, hide, focus, votes); `all_boards()`:
    every board of the step, on screen or not (the mix's other Ps; empty: `boards()`);
    `votes`: the service (a name of `PlanServices`) whose rows carry the cards' votes, None
    when the step has none; `first_focus()`: where the keyboard goes when it is shown.
    """

    boards: Callable[[], Sequence[CardBoard]] = _no_boards
    votes: str | None = None
    first_focus: Callable[[], QWidget | None] = _nothing
    all_boards: Callable[[], Sequence[CardBoard]] = _no_boards

    def every_board(self) -> Sequence[CardBoard]:
        return self.all_boards() or self.boards()
