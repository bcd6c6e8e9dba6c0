"""The countdown overlay: T starts and pauses it, M adds a minute, Shift+T resets it; at the
end it flashes (and beeps only when asked), with the workshop's clock moved by hand."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_t_m_and_shift_t_drive_the_countdown(qtbot: QtBot, open_workshop: Any, clock: Any) -> None:
    workshop = open_workshop("swot")
    timer = workshop.stage.timer
    assert not timer.isVisible()  # unobtrusive: nothing until asked
    qtbot.keyClick(workshop, Qt.Key.Key_T)
    assert timer.isVisible() and timer.countdown.running
    clock.now += 65
    timer.tick()
    assert timer.time_label.text() == "03:55"
    qtbot.keyClick(workshop, Qt.Key.Key_T)  # pause
    clock.now += 100
    timer.tick()
    assert not timer.countdown.running and timer.time_label.text() == "03:55"
    qtbot.keyClick(workshop, Qt.Key.Key_M)
    assert timer.time_label.text() == "04:55"
    qtbot.keyClick(workshop, Qt.Key.Key_T, SHIFT)
    assert timer.time_label.text() == "05:00" and not timer.countdown.running


@pytest.mark.parametrize("bell", [False, True])
def test_the_end_flashes_and_beeps_only_when_asked(
    qtbot: QtBot, open_workshop: Any, clock: Any, monkeypatch: pytest.MonkeyPatch, bell: bool
) -> None:
    beeps: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    workshop = open_workshop("swot")
    timer = workshop.stage.timer
    timer.bell_button.setChecked(bell)
    qtbot.keyClick(workshop, Qt.Key.Key_T)
    clock.now += 300
    with qtbot.waitSignal(timer.ended):
        timer.tick()
    assert timer.flashing and timer.time_label.text() == "00:00"
    assert beeps == ([1] if bell else [])
    qtbot.waitUntil(lambda: not timer.flasher.isActive(), timeout=10_000)
    assert not timer.flashing  # a few flashes, then quiet
