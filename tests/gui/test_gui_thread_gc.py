"""Garbage is collected on the GUI thread only: automatic collection off, a timer collects."""

from __future__ import annotations

import gc

from pytestqt.qtbot import QtBot

from stratdesk.ui.gui_thread_gc import GuiThreadCollector


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_the_timer_collects_what_automatic_collection_no_longer_does(qtbot: QtBot) -> None:
    collector = GuiThreadCollector(interval_ms=10)
    try:
        assert not gc.isenabled()
        collector.threshold = (10, 10, 10)
        gc.collect()
        for _ in range(200):  # well past the threshold, never collected by Python itself
            Cycle()
        assert any(isinstance(o, Cycle) for o in gc.get_objects())
        qtbot.waitUntil(lambda: not any(isinstance(o, Cycle) for o in gc.get_objects()))
    finally:
        collector.stop()
        gc.disable()  # the GUI tests' own setting (tests/gui/conftest.py) until the test ends
