"""An unexpected error in a slot: logged in the user data folder, told in one message, and
the plan, its window and its undo stack go on as before."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from stratdesk.ui import crash
from stratdesk.ui.crash import CrashReporter
from stratdesk.ui.main_window import MainWindow
from stratdesk.ui.strategy.objectives import ObjectivesView

Triple = tuple[type[BaseException], BaseException, TracebackType | None]


def failing_slot() -> None:
    raise ValueError("the cell held nothing")


def caught() -> Triple:
    try:
        failing_slot()
    except ValueError:
        kind, value, trace = sys.exc_info()
        assert kind is not None and value is not None
        return kind, value, trace
    raise AssertionError("unreachable")


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("STRATDESK_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def reporter(plan_window: MainWindow, data_dir: Path) -> Iterator[CrashReporter]:
    crash = CrashReporter(lambda: plan_window)
    yield crash
    if crash.box is not None:
        crash.box.close()
    crash.uninstall()


def _page(window: MainWindow) -> ObjectivesView:
    window.show_workspace("strategy", "objectives")
    assert window.plan_view is not None
    page = window.plan_view.workspace("strategy").page_widget("objectives")
    assert isinstance(page, ObjectivesView)
    return page


def test_an_error_is_logged_told_and_the_work_goes_on(
    qtbot: QtBot, plan_window: MainWindow, reporter: CrashReporter, data_dir: Path
) -> None:
    page = _page(plan_window)
    first = page.add_objective()
    stack = plan_window.document.stack
    before = (stack.count(), stack.index())
    reporter.handle(*caught())
    log = data_dir / "logs" / "crash.log"
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "failing_slot" in text and "the cell held nothing" in text
    box = reporter.box
    assert box is not None and box.isVisible() and not box.isModal()
    assert "ValueError: the cell held nothing (in failing_slot)" in box.text()
    assert str(log) in box.informativeText()
    # Nothing was lost or undone, and the window still takes edits and undoes them.
    assert (stack.count(), stack.index()) == before
    assert [o.id for o in page.model.items()] == [first]
    second = page.add_objective()
    assert second is not None and stack.count() == before[0] + 1
    stack.undo()
    assert [o.id for o in page.model.items()] == [first]


def test_a_burst_of_errors_shows_one_message(
    qtbot: QtBot, plan_window: MainWindow, reporter: CrashReporter
) -> None:
    for _ in range(5):
        reporter.handle(*caught())
    shown = [b for b in plan_window.findChildren(QMessageBox) if b.isVisible()]
    assert shown == [reporter.box]
    assert reporter.more == 4 and "4" in shown[0].informativeText()
    shown[0].close()
    qtbot.waitUntil(lambda: reporter.box is None)
    reporter.handle(*caught())  # a later error is told again
    assert reporter.box is not None and reporter.more == 0


def test_an_error_while_reporting_is_not_reported_again(
    reporter: CrashReporter,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    told: list[str] = []

    def tell_fails(what: str) -> None:
        told.append(what)
        reporter.handle(*caught())  # an error while telling: stderr only, no second round
        raise RuntimeError("no screen")

    monkeypatch.setattr(reporter, "_tell", tell_fails)
    reporter.handle(*caught())
    assert len(told) == 1
    assert (data_dir / "logs" / "crash.log").read_text("utf-8").count("Unexpected error") == 1
    assert "no screen" in capsys.readouterr().err
    assert not reporter._handling


# The slot's exception reaches our hook on purpose: let it through the strict GUI checks.
@pytest.mark.qt_no_exception_capture
def test_it_is_the_hook_while_installed_and_a_slot_reaches_it(
    reporter: CrashReporter, data_dir: Path
) -> None:
    class Emitter(QObject):
        fired = Signal()

    emitter = Emitter()
    emitter.fired.connect(failing_slot)
    before = sys.excepthook
    with reporter.installed():
        assert sys.excepthook == reporter.handle
        emitter.fired.emit()  # Qt hands the slot's exception to sys.excepthook
    assert sys.excepthook is before
    assert "the cell held nothing" in (data_dir / "logs" / "crash.log").read_text("utf-8")


def test_the_log_rotates_and_keeps_three_old_files(
    reporter: CrashReporter, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(crash, "LOG_BYTES", 2_000)  # a few tracebacks, not a megabyte
    for _ in range(40):
        reporter.handle(*caught())
    logs = sorted(p.name for p in (data_dir / "logs").iterdir())
    assert logs == ["crash.log", *(f"crash.log.{n}" for n in range(1, crash.LOG_BACKUPS + 1))]
    assert all(p.stat().st_size <= 2_000 for p in (data_dir / "logs").iterdir())
