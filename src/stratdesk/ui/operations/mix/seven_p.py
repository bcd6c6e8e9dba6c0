"""The 4P/7P switch of the page: a checkable action over the plan's `seven_p` setting.

Turning the 7P mix off while actions are filed under People, Process or Physical evidence is
refused here, before any command, with a message saying how many must be moved first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSignalBlocker, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from stratdesk.domain.enums import FOUR_P, SEVEN_P
from stratdesk.ui.commands.mix import seven_p_refusal
from stratdesk.ui.operations.mix.board_state import MixBoardState


class SevenPSwitch(QObject):
    """`action` is the toggle; `set_seven_p(on) -> bool` pushes the undo command."""

    def __init__(
        self, state: MixBoardState, set_seven_p: Callable[[bool], bool], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._set_seven_p = set_seven_p
        self._window = parent
        self.action = QAction(self.tr("Services mix (7P)"), parent)
        self.action.setCheckable(True)
        self.action.setToolTip(
            self.tr("Add People, Process and Physical evidence to the mix, for a service.")
        )
        self.action.toggled.connect(self._on_toggled)

    def sync(self, on: bool) -> None:
        """Show the plan's setting (after a change, an undo, a refusal)."""
        with QSignalBlocker(self.action):
            self.action.setChecked(on)

    def _on_toggled(self, on: bool) -> None:
        if not on:
            count = self._state.count_in(p for p in SEVEN_P if p not in FOUR_P)
            if count:
                self.sync(True)
                self.warn(self.tr("The 7P mix stays on"), seven_p_refusal(count))
                return
        if not self._set_seven_p(on):
            self.sync(not on)

    def warn(self, title: str, text: str) -> QMessageBox:
        """A window-modal message that does not block the event loop."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self._window
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box
