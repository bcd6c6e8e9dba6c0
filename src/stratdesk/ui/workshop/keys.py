"""The workshop's keys: what a key does depends on where the keyboard is.

Presentation clickers send Page Down / Page Up (and some → / ←): those always step. The
single-letter commands (G steps, H hide, F focus, R rank, T timer, M one more minute, + and −
votes) work wherever no text is being typed: on a step's cards, say. Tab goes to the next
column (Shift+Tab the previous one); Ctrl+N (or Insert, or ↓ from the last card) goes to
the column's capture line, where letters are typed and → / ← move in the text (they step
again once the line is empty); ↑ goes back to the cards. Escape closes what is open, takes
a capture line back to its cards, else leaves the workshop.

`KeyFilter` sits on the workshop window (which gets every key before the page inside it) and
runs the action `command_for` names; a key that names none goes on to the page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

K = Qt.Key
M = Qt.KeyboardModifier


@dataclass(frozen=True)
class KeyContext:
    """Where the keyboard is, as far as the workshop's keys care."""

    typing: bool = False  # a text field, a spin box or a card's editor has the focus
    text: bool = False  # …and it holds text (or is not a one-line field)
    capture: bool = False  # the focus is in a column of the step's boards
    card: bool = False  # the focus is on a card list with a current card
    at_end: bool = False  # …on its last card (or on an empty list)
    overlay: str | None = None  # "picker" or "spotlight" when one is open


LETTERS = {
    K.Key_G: "steps",
    K.Key_H: "hide",
    K.Key_F: "spotlight",
    K.Key_R: "rank",
    K.Key_T: "timer",
    K.Key_M: "timer_minute",
    K.Key_Plus: "vote_up",
    K.Key_Equal: "vote_up",
    K.Key_Minus: "vote_down",
    K.Key_Underscore: "vote_down",
}
ARROWS = {K.Key_Right: "next", K.Key_Left: "previous", K.Key_Home: "first", K.Key_End: "last"}


def command_for(key: int, modifiers: M, where: KeyContext) -> str | None:
    """The name of the workshop action for a key press, or None to let the page have it."""
    mods = modifiers & ~M.KeypadModifier
    ctrl, shift = M.ControlModifier, M.ShiftModifier
    if mods == ctrl and key in (K.Key_Equal, K.Key_Plus):
        return "zoom_in"
    if mods == ctrl | shift and key in (K.Key_Equal, K.Key_Plus):
        return "zoom_in"
    if mods == ctrl and key == K.Key_Minus:
        return "zoom_out"
    if mods == ctrl and key == K.Key_0:
        return "zoom_reset"
    if where.overlay == "picker":  # the list takes its keys; Escape and G close it
        return "close" if mods == M.NoModifier and key in (K.Key_Escape, K.Key_G) else None
    if mods == M.NoModifier and key in (K.Key_PageDown, K.Key_PageUp):
        return "next" if key == K.Key_PageDown else "previous"
    if mods == ctrl and key == K.Key_Z and not where.text:
        return "undo"
    if (mods == ctrl | shift and key == K.Key_Z) or (mods == ctrl and key == K.Key_Y):
        return None if where.text else "redo"
    if mods == ctrl | shift and key == K.Key_R:
        return "reset_votes"
    if key == K.Key_Escape and mods == M.NoModifier:
        if where.overlay == "spotlight":
            return "close"
        return None if where.typing else "leave"  # a field gets it first (one ignores it)
    if where.capture and mods in (M.NoModifier, shift) and key in (K.Key_Tab, K.Key_Backtab):
        return "previous_column" if mods == shift or key == K.Key_Backtab else "next_column"
    if where.typing:
        if where.capture and mods == M.NoModifier and key == K.Key_Up:
            return "cards"  # from the capture line up to the column's cards
        if not where.text and mods == M.NoModifier and key in ARROWS:
            return ARROWS[K(key)]
        return None
    if mods == M.NoModifier and key in ARROWS:
        return ARROWS[K(key)]
    if where.overlay == "spotlight" and mods == M.NoModifier and key in (K.Key_Return, K.Key_Enter):
        return "close"
    if where.card and mods == M.NoModifier and key in (K.Key_Return, K.Key_Enter):
        return "spotlight"
    if where.capture and where.at_end and mods == M.NoModifier and key == K.Key_Down:
        return "capture"  # down from the last card to the column's capture line
    if where.capture and (key == K.Key_Insert or (mods == ctrl and key == K.Key_N)):
        return "capture"  # a new card, here
    if mods == shift and key == K.Key_T:
        return "timer_reset"
    shifted = key in (K.Key_Plus, K.Key_Underscore)  # + and _ are typed with Shift
    if key in LETTERS and (mods == M.NoModifier or (mods == shift and shifted)):
        return LETTERS[K(key)]
    return None


class KeyFilter(QObject):
    """Runs the workshop's actions for their keys, before the page sees them."""

    def __init__(
        self,
        where: Callable[[], KeyContext],
        run: Callable[[str], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._where = where
        self._run = run  # runs an action by name; False when it does not apply now

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        assert isinstance(event, QKeyEvent)
        name = command_for(event.key(), event.modifiers(), self._where())
        if name is None:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # a key press, not a page's shortcut (Page Down, T…)
            return True
        self._run(name)
        return True
