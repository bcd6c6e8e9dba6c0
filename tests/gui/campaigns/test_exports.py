"""Exports from the window: File › Export › Calendar… runs in a worker thread with a progress
dialog, says where it wrote, tells a failure in a message box and leaves nothing behind;
Cancel stops it."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

from icalendar import Calendar
from PySide6.QtWidgets import QWidget

from stratdesk.domain.errors import StratdeskError
from stratdesk.ui.exports import ExportJob, ExportRunner
from stratdesk.ui.exports import calendar as calendar_export

D = dt.date


def _campaigns(window, count=2):
    document = window.document
    for n in range(count):
        day = D(2026, 3, n + 1)
        document.services.campaigns.create(
            document.plan_id, {"name": f"C{n}", "start": day, "end": day}
        )


def test_file_export_calendar_writes_the_ics_in_the_background(
    plan_window, tmp_path, monkeypatch, qtbot
):
    _campaigns(plan_window)
    target = tmp_path / "out" / "campaigns.ics"
    target.parent.mkdir()
    monkeypatch.setattr(calendar_export, "ask_save_path", lambda parent, name: target)
    assert plan_window.actions.export_calendar.isEnabled()
    plan_window.actions.export_calendar.trigger()
    runner = plan_window.export_runner
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        pass
    events = list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert [str(e["summary"]) for e in events] == ["C0", "C1"]
    assert plan_window.statusBar().currentMessage() == f"2 campaigns written to {target}"
    assert runner.dialog is None  # closed


def test_a_missing_folder_is_told_in_a_message_and_nothing_written(
    plan_window, tmp_path, monkeypatch, qtbot, message_box
):
    target = tmp_path / "gone" / "campaigns.ics"
    monkeypatch.setattr(calendar_export, "ask_save_path", lambda parent, name: target)
    plan_window.export_calendar()
    with qtbot.waitSignal(plan_window.export_runner.failed, timeout=10_000) as failed:
        pass
    assert "does not exist" in failed.args[0]
    box = message_box(plan_window)
    assert box.text() == failed.args[0] and box.windowTitle() == "The export failed"
    box.close()
    assert not target.parent.exists()


def test_the_export_menu_waits_for_a_plan(window):
    assert not window.actions.export_calendar.isEnabled()
    assert window.export_calendar() is None


def test_cancel_stops_the_export_and_its_function_cleans_up(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    started, release = threading.Event(), threading.Event()
    cleaned: list[bool] = []

    def slow(progress):
        try:
            progress(0, 10)
            started.set()
            release.wait(5)
            progress(5, 10)  # raises: the person cancelled meanwhile
            return "never"
        finally:
            cleaned.append(True)

    runner = ExportRunner(parent)
    assert runner.start(ExportJob("Exporting…", slow, lambda result: str(result)))
    assert not runner.start(ExportJob("Again", slow, str))  # one at a time
    assert started.wait(5)
    runner.cancel()
    release.set()
    with qtbot.waitSignal(runner.cancelled, timeout=10_000):
        pass
    assert cleaned == [True] and not runner.is_running()


def test_a_refusal_and_an_os_error_become_one_sentence(qtbot, tmp_path: Path):
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = ExportRunner(parent)

    def refused(progress):
        raise StratdeskError("The folder is gone.")

    with qtbot.waitSignal(runner.failed, timeout=10_000) as failed:
        runner.start(ExportJob("Exporting…", refused, str))
    assert failed.args == ["The folder is gone."]
    runner.message_box.close()

    def disk_full(progress):
        raise OSError(28, "No space left on device")

    with qtbot.waitSignal(runner.failed, timeout=10_000) as failed:
        runner.start(ExportJob("Exporting…", disk_full, str))
    assert failed.args == ["The file could not be written: No space left on device"]
    runner.message_box.close()
