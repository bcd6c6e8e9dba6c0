"""The workshop's actions (each names its key) and the bar of buttons under the step.

The keys themselves are read by `keys.KeyFilter`, which runs the same actions by name: the
actions carry no shortcuts, so no page's shortcut can clash with them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from stratdesk.ui.style import sized_font

BAR_POINT_SIZE = 11  # magnified with the rest: about 20 points on a 1080-pixel projector
LEFT = ("previous", "next", "steps")
MIDDLE = ("vote_up", "vote_down", "rank", "reset_votes", "hide", "spotlight", "timer")
RIGHT = ("leave",)
# When the bar is narrower than its buttons (long French labels, a zoom), these go first;
# their keys still work.
DROP_ORDER = ("reset_votes", "hide", "spotlight", "rank", "timer", "vote_down", "vote_up")


def _texts() -> dict[str, tuple[str, str]]:
    """Each action's button text and its tooltip (which says the key)."""
    translate = QCoreApplication.translate
    return {
        "previous": ("◀", translate("WorkshopBar", "Previous step (← or Page Up)")),
        "next": ("▶", translate("WorkshopBar", "Next step (→ or Page Down)")),
        "steps": (
            translate("WorkshopBar", "Steps"),
            translate(
                "WorkshopBar", "Choose a step, show or leave out steps, change their order (G)"
            ),
        ),
        "vote_up": (
            translate("WorkshopBar", "+ Vote"),
            translate("WorkshopBar", "Give the chosen card a vote (+, or click its dots)"),
        ),
        "vote_down": (
            translate("WorkshopBar", "− Vote"),
            translate("WorkshopBar", "Take a vote back from the chosen card (−, or Shift+click)"),
        ),
        "rank": (
            translate("WorkshopBar", "Rank"),
            translate("WorkshopBar", "Show the cards with the most votes first (R)"),
        ),
        "reset_votes": (
            translate("WorkshopBar", "Reset votes"),
            translate("WorkshopBar", "Set every vote of this board back to zero (Ctrl+Shift+R)"),
        ),
        "hide": (
            translate("WorkshopBar", "Hide"),
            translate("WorkshopBar", "Hide or show the cards of the column in use (H)"),
        ),
        "spotlight": (
            translate("WorkshopBar", "Focus"),
            translate("WorkshopBar", "Show the chosen card large (F or Enter; Escape goes back)"),
        ),
        "timer": (
            translate("WorkshopBar", "Timer"),
            translate(
                "WorkshopBar",
                "Start or pause the countdown (T); M adds a minute, Shift+T resets it",
            ),
        ),
        "leave": (
            translate("WorkshopBar", "Leave"),
            translate("WorkshopBar", "Leave the workshop and go back to the page (Escape)"),
        ),
    }


def workshop_actions(parent: QWidget, run: Callable[[str], bool]) -> dict[str, QAction]:
    """The bar's actions by name; triggering one runs it as its key would."""
    actions: dict[str, QAction] = {}
    for name, (text, tip) in _texts().items():
        action = QAction(text, parent)
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False, n=name: run(n))
        actions[name] = action
    actions["rank"].setCheckable(True)
    return actions


class WorkshopBar(QWidget):
    """One row of buttons: steps on the left, the board's tools, leaving on the right."""

    def __init__(self, actions: dict[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshopBar")
        self.buttons: dict[str, QToolButton] = {}
        layout = self.row = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 4)
        layout.setSpacing(6)
        for group in (LEFT, MIDDLE, RIGHT):
            for name in group:
                button = QToolButton()
                button.setDefaultAction(actions[name])
                button.setFont(sized_font(button, BAR_POINT_SIZE))
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays on the board
                layout.addWidget(button)
                self.buttons[name] = button
            if group is not RIGHT:
                layout.addStretch(1)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the stage: buttons that do not fit are left out (`_fit`)."""
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(event.size().width())

    def _needed(self) -> int:
        layout = self.row
        shown = [b for b in self.buttons.values() if not b.isHidden()]
        margins = layout.contentsMargins()
        spacing = layout.spacing() * (len(shown) + 1)  # and the two stretches' gaps
        return sum(b.sizeHint().width() for b in shown) + margins.left() + margins.right() + spacing

    def _fit(self, width: int) -> None:
        for name in DROP_ORDER:
            self.buttons[name].setHidden(False)
        for name in DROP_ORDER:
            if self._needed() <= width:
                break
            self.buttons[name].setHidden(True)
