"""The Qt binding itself must not corrupt Python: a known PySide6 defect would crash the app."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_qt_calls_keep_the_reference_count_of_none(qtbot) -> None:
    # PySide6 6.12.0 drops one reference to None per call of a method returning nothing; on
    # Python 3.11 the interpreter aborts ("none_dealloc") after a few thousand edits.
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
    assert sys.getrefcount(None) >= before - 50
