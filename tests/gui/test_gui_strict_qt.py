"""The strict plugin (`strict_qt.py`) fails a test on each kind of noise it is there to catch.

A small test session runs in a subprocess with the plugin; each of its tests causes one kind
of noise, and the session must report exactly those tests as failed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

PROBES = """
import sys
import traceback

import pytest
from PySide6.QtCore import QObject, Signal, qWarning
from PySide6.QtGui import QAction


class Emitter(QObject):
    fired = Signal()


class Page:
    def open_dialog(self, path=None):
        str(path.name)  # `triggered(bool)` passes False: AttributeError


def test_clean(qtbot):
    pass


def test_exception_in_a_lambda_slot_under_an_app_hook(qtbot, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", lambda *args: None)  # swallows everything
    emitter = Emitter()
    emitter.fired.connect(lambda: 1 / 0)
    emitter.fired.emit()


def test_triggered_bool_in_a_method_slot(qtbot):
    action = QAction()
    page = Page()
    action.triggered.connect(page.open_dialog)
    action.trigger()


@pytest.fixture
def warns_at_teardown(qtbot):
    yield
    qWarning("QWidget::setMinimumSize: negative size")


def test_qt_warning_at_teardown(warns_at_teardown):
    pass


@pytest.mark.qt_log_ignore("negative size")
def test_ignored_qt_warning_at_teardown(warns_at_teardown):
    pass


def test_printed_traceback(qtbot):
    try:
        1 / 0
    except ZeroDivisionError:
        traceback.print_exc()


def test_consumed_traceback(qtbot, capfd):
    try:
        1 / 0
    except ZeroDivisionError:
        traceback.print_exc()
    assert "ZeroDivisionError" in capfd.readouterr().err
"""


def test_each_kind_of_noise_fails_its_test(
    pytester: pytest.Pytester, capfd: pytest.CaptureFixture[str]
) -> None:
    shutil.copyfile(Path(__file__).with_name("strict_qt.py"), pytester.path / "strict_qt.py")
    pytester.makeini("[pytest]\nqt_api = pyside6\nqt_log_level_fail = WARNING\n")
    pytester.makepyfile(test_probes=PROBES)
    result = pytester.runpytest_subprocess("-p", "strict_qt", "-p", "no:cacheprovider", "-rfE")
    capfd.readouterr()  # the session's own report (its tracebacks are expected)
    result.stdout.fnmatch_lines_random(
        [
            "FAILED test_probes.py::test_exception_in_a_lambda_slot_under_an_app_hook*",
            "FAILED test_probes.py::test_triggered_bool_in_a_method_slot*",
            "ERROR test_probes.py::test_qt_warning_at_teardown*",
            "FAILED test_probes.py::test_printed_traceback*",
        ]
    )
    # test_qt_warning_at_teardown passes its call and errs at teardown: counted in both.
    result.assert_outcomes(passed=4, failed=3, errors=1)
