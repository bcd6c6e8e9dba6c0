"""The window and a plan file in trouble: damaged, open elsewhere, taken over, a backup that
fails on close, a data folder that is full. Always a sentence and a safe state."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

import stratdesk
from stratdesk.services.workspace import Workspace
from stratdesk.ui.app import launch
from stratdesk.ui.dialogs.restore import RestoreDialog
from stratdesk.ui.main_window import MainWindow
from stratdesk.ui.settings import Settings

MessageBox = Callable[[QWidget], QMessageBox]
PAGE = 4096


def _damage(path: Path) -> None:
    """Overwrite the SWOT table's page: the file still looks like a plan from outside."""
    with sqlite3.connect(path) as conn:
        page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'swot_item'")
        root = page.fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * PAGE : root * PAGE] = b"\xa5" * PAGE
    path.write_bytes(bytes(data))


def _backed_up(path: Path) -> None:
    with Workspace.open(path) as workspace:  # opening a changed plan backs it up
        assert workspace.backup_warning is None


def _button(box: QMessageBox, text: str) -> QWidget:
    return next(b for b in box.buttons() if b.text() == text)


def _dialog(qtbot: QtBot, window: MainWindow) -> RestoreDialog:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(RestoreDialog)))
    return next(d for d in window.findChildren(RestoreDialog) if d.isVisible())


def test_a_damaged_plan_offers_restore_or_read_only_and_is_never_written(
    window: MainWindow, plan_path: Path, message_box: MessageBox, qtbot: QtBot
) -> None:
    _backed_up(plan_path)
    _damage(plan_path)
    before = plan_path.read_bytes()
    assert not window.open_file(plan_path)
    box = message_box(window)
    assert box.windowTitle() == "The plan is damaged"
    assert "stratdesk restore" in box.text()
    _button(box, "Open read-only").click()
    assert window.document is not None and window.document.read_only
    assert window.read_only_label.isVisibleTo(window)
    # Every page either shows itself or says in words why it cannot.
    assert window.plan_view is not None
    for key, view in window.plan_view.workspaces.items():
        for page in view.page_keys():
            window.show_workspace(key, page)
            widget = view.page_widget(page)
            if isinstance(widget, QLabel):
                assert "cannot be shown" in widget.text()
    window.close_file()
    assert plan_path.read_bytes() == before


def test_a_damaged_plan_can_be_restored_from_the_message(
    window: MainWindow, plan_path: Path, message_box: MessageBox, qtbot: QtBot
) -> None:
    _backed_up(plan_path)
    _damage(plan_path)
    assert not window.open_file(plan_path)
    _button(message_box(window), "Restore from a backup…").click()
    dialog = _dialog(qtbot, window)
    assert dialog.table.rowCount() == 1 and "Growth plan" in dialog.table.item(0, 2).text()
    dialog.restore_button.click()
    assert window.document is not None and not window.document.read_only
    assert "was restored from the backup of" in window.statusBar().currentMessage()
    kept = [p for p in plan_path.parent.iterdir() if "replaced" in p.name]
    assert len(kept) == 1  # the damaged file, beside the plan


def test_opening_a_damaged_plan_at_launch_ends_on_the_start_screen(
    qtbot: QtBot, settings: Settings, plan_path: Path
) -> None:
    _damage(plan_path)
    window = launch(settings, "en", plan_path)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.start_view is not None and window.start_view.isVisible())
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox)))
    assert window.document is None
    window.close()


def test_the_demo_in_a_full_data_folder_says_so_and_shows_the_start_screen(
    qtbot: QtBot, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from stratdesk.db import engine as engine_module

    real = engine_module.connect

    def connect(*args: object, **kwargs: object) -> sqlite3.Connection:
        connection = real(*args, **kwargs)  # type: ignore[arg-type]
        connection.execute("PRAGMA max_page_count = 8")  # the disk fills up at once
        return connection

    monkeypatch.setattr(engine_module, "connect", connect)
    monkeypatch.setenv("STRATDESK_DATA_DIR", str(tmp_path / "full-data"))
    window = launch(settings, "en", demo=True)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.start_view is not None and window.start_view.isVisible())
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox)))
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    assert "full" in box.text()
    window.close()


@pytest.fixture
def holder(plan_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another stratdesk process on this computer with the plan open."""
    code = (
        "import sys\nfrom pathlib import Path\nfrom stratdesk.db.store import PlanStore\n"
        "store = PlanStore.open(Path(sys.argv[1]), backup_on_open=False)\n"
        "print('ready', flush=True)\nsys.stdin.read()\nstore.close()\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(stratdesk.__file__).parents[1])}
    process = subprocess.Popen(
        [sys.executable, "-c", code, str(plan_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    yield process
    process.communicate("", timeout=30)


def test_a_live_process_here_is_never_taken_over(
    window: MainWindow,
    plan_path: Path,
    message_box: MessageBox,
    holder: subprocess.Popen[str],
) -> None:
    assert not window.open_file(plan_path)
    box = message_box(window)
    assert str(holder.pid) in box.text()
    assert "Take over" not in [b.text() for b in box.buttons()]
    assert "switch to that window" in box.informativeText()
    _button(box, "Open read-only").click()
    assert window.document is not None and window.document.read_only


def test_a_window_whose_plan_was_taken_over_stops_writing_and_says_so(
    plan_window: MainWindow, plan_path: Path, message_box: MessageBox
) -> None:
    from stratdesk.db.lock import lock_path

    document = plan_window.document
    assert document is not None
    foreign = {"pid": 4242, "host": "laptop-elsewhere", "user": "camille", "since": "2026-11-20"}
    lock_path(plan_path).write_text(json.dumps(foreign), encoding="utf-8")
    before = plan_path.read_bytes()
    assert not document.check_writable()
    box = message_box(plan_window)
    assert box.windowTitle() == "The plan is now read-only"
    assert "taken over" in box.text()
    assert document.read_only and plan_window.read_only_label.isVisibleTo(plan_window)
    from stratdesk.ui.commands.entity import CreateCommand

    data = {"quadrant": "S", "text": "x"}
    refused = CreateCommand(document.runner, document.services.swot, document.plan_id, data, "Add")
    assert not document.runner.push(refused)
    plan_window.close_file()
    assert plan_path.read_bytes() == before
    assert (
        json.loads(lock_path(plan_path).read_text(encoding="utf-8"))["host"] == "laptop-elsewhere"
    )


def test_closing_when_the_backup_fails_releases_the_file_and_says_so(
    plan_window: MainWindow,
    plan_path: Path,
    message_box: MessageBox,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    from stratdesk.db.lock import lock_path

    document = plan_window.document
    assert document is not None
    document.services.swot.create(document.plan_id, {"quadrant": "S", "text": "Levain"})
    document.backup_timer.start()  # an edit is waiting for its backup

    def fails() -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(document.workspace, "backup_if_changed", fails)
    plan_window.close()
    assert not lock_path(plan_path).exists()  # released all the same
    box = message_box(plan_window)
    assert "disk I/O error" in box.text() and "changes are saved" in box.text()
    assert plan_window.isVisible()
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not plan_window.isVisible())


def test_file_menu_restores_a_backup_of_the_open_plan(
    plan_window: MainWindow, plan_path: Path, qtbot: QtBot
) -> None:
    document = plan_window.document
    assert document is not None
    assert document.workspace.store.backups is not None
    document.workspace.store.backups.ensure_backup()
    document.services.swot.create(document.plan_id, {"quadrant": "S", "text": "Levain"})
    file_menu = plan_window.menuBar().actions()[0].menu()
    assert plan_window.actions.restore in file_menu.actions()
    plan_window.actions.restore.trigger()
    dialog = _dialog(qtbot, plan_window)
    assert "SWOT items: 0" in dialog.table.item(0, 2).text()
    dialog.restore_button.click()
    reopened = plan_window.document
    assert reopened is not None and reopened is not document
    assert reopened.services.swot.list(reopened.plan_id) == []


def test_screenshots_of_a_damaged_plan_fail_with_one_sentence(
    plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from stratdesk.cli import main

    _damage(plan_path)
    assert main(["screenshots", str(plan_path), "-o", str(tmp_path / "shots")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "damaged" in err
