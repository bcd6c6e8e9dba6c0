"""The main window: title, workspaces and pages, files, errors, and what it remembers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from stratdesk import __version__
from stratdesk.ui.app import launch
from stratdesk.ui.files import FileChooser
from stratdesk.ui.main_window import MainWindow
from stratdesk.ui.settings import Settings
from stratdesk.ui.widgets.empty_state import EmptyStateView

MessageBox = Callable[[QWidget], QMessageBox]
STRATEGY_PAGES = [
    "environment",
    "swot",
    "targeting",
    "positioning",
    "objectives",
    "roadmap",
    "alignment",
    "onepage",
]
OPERATION_PAGES = ["mix", "campaigns", "experiments", "kpis"]


def test_title_shows_client_and_plan(plan_window: MainWindow) -> None:
    assert plan_window.windowTitle() == "Acme Coffee — Growth plan[*] — stratdesk"
    assert not plan_window.isWindowModified()
    assert plan_window.path_label.text().endswith("acme.stratdesk")
    assert plan_window.workspace_bar.plan_label.text() == "Acme Coffee — Growth plan"


def test_title_follows_a_renamed_plan(plan_window: MainWindow) -> None:
    document = plan_window.document
    assert document is not None
    document.services.plans.update_plan(document.plan_id, {"title": "Relaunch"})
    assert plan_window.windowTitle() == "Acme Coffee — Relaunch[*] — stratdesk"


def test_start_screen_without_a_plan(window: MainWindow) -> None:
    assert window.windowTitle() == "stratdesk"
    assert window.central.currentWidget() is window.start_view
    assert not window.workspace_bar.isVisible()
    assert not window.actions.close.isEnabled()


def test_ctrl_1_and_ctrl_2_switch_workspaces(qtbot: QtBot, plan_window: MainWindow) -> None:
    plan_window.activateWindow()
    qtbot.waitUntil(plan_window.isActiveWindow)
    view = plan_window.plan_view
    assert view is not None
    assert view.current_workspace() == "strategy"
    qtbot.keyClick(plan_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert view.current_workspace() == "operations"
    assert plan_window.actions.operations.isChecked()
    qtbot.keyClick(plan_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert view.current_workspace() == "strategy"
    assert plan_window.actions.strategy.isChecked()


def test_every_page_can_be_shown_and_pages_are_built_lazily(plan_window: MainWindow) -> None:
    view = plan_window.plan_view
    assert view is not None
    assert list(view.workspace("strategy").built_pages()) == ["environment"]
    assert view.workspace("operations").built_pages() == {}
    for workspace, pages in (("strategy", STRATEGY_PAGES), ("operations", OPERATION_PAGES)):
        assert view.workspace(workspace).page_keys() == pages
        for page in pages:
            plan_window.show_workspace(workspace, page)
            assert (view.current_workspace(), view.current_page()) == (workspace, page)
            shown = view.workspace(workspace).stack.currentWidget()
            assert shown.objectName() == f"page_{workspace}_{page}"
            assert shown.isVisible()
    # A page not built yet says what it will be (its title, as in the page list).
    for workspace in ("strategy", "operations"):
        built = view.workspace(workspace)
        for key, page in built.built_pages().items():
            if isinstance(page, EmptyStateView):
                title = built.spec.page(key).title  # type: ignore[union-attr]
                assert page.title_label.text() == title


def test_page_list_click_changes_page(qtbot: QtBot, plan_window: MainWindow) -> None:
    view = plan_window.plan_view
    assert view is not None
    strategy = view.workspace("strategy")
    strategy.page_list.setCurrentRow(STRATEGY_PAGES.index("roadmap"))
    assert view.current_page() == "roadmap"


def test_geometry_and_last_page_are_restored(
    qtbot: QtBot, settings: Settings, plan_path: Path
) -> None:
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.show()
    # The window's minimum width (900) is more than the offscreen screen's (800), and Qt fits
    # a restored window to its screen: only the height can show that the size came back.
    first.resize(900, 660)
    assert first.open_file(plan_path)
    first.show_workspace("operations", "campaigns")
    first.close()
    second = MainWindow(settings)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (900, 660)
    assert second.open_file(plan_path)
    assert second.plan_view is not None
    assert second.plan_view.current_workspace() == "operations"
    assert second.plan_view.current_page() == "campaigns"
    # Each workspace remembers its own page.
    second.show_workspace("strategy")
    assert second.plan_view.current_page() == "environment"
    second.close()


def test_opening_a_file_adds_it_to_recent_files(plan_window: MainWindow, plan_path: Path) -> None:
    assert plan_window.settings.recent_files()[0] == plan_path.resolve()


def test_a_file_that_is_not_a_plan_shows_a_message_and_keeps_the_app_usable(
    window: MainWindow, tmp_path: Path, plan_path: Path, message_box: MessageBox
) -> None:
    bogus = tmp_path / "notes.stratdesk"
    bogus.write_text("just some text, long enough to not be empty " * 10)
    before = bogus.read_bytes()
    assert not window.open_file(bogus)
    box = message_box(window)
    assert box.windowTitle() == "The plan could not be opened"
    assert box.text() == "“notes.stratdesk” is not a stratdesk plan file. It was left untouched."
    box.close()
    assert bogus.read_bytes() == before
    assert window.document is None
    assert window.open_file(plan_path)


def test_a_locked_plan_is_refused_with_a_message(
    window: MainWindow, plan_path: Path, message_box: MessageBox
) -> None:
    from stratdesk.services.workspace import Workspace

    holder = Workspace.open(plan_path)  # another window of this process holds it
    try:
        assert not window.open_file(plan_path)
        box = message_box(window)
        assert box.windowTitle() == "The plan is open elsewhere"
        assert box.text() == "“acme.stratdesk” is already open in another stratdesk window."
        box.close()
        assert window.document is None
    finally:
        holder.close()
    assert window.open_file(plan_path)


def test_close_goes_back_to_the_start_screen_and_releases_the_file(
    plan_window: MainWindow, plan_path: Path
) -> None:
    from stratdesk.services.workspace import Workspace

    plan_window.actions.close.trigger()
    assert plan_window.document is None
    assert plan_window.windowTitle() == "stratdesk"
    assert plan_window.central.currentWidget() is plan_window.start_view
    assert plan_window.start_view.recent_paths() == [plan_path.resolve()]
    Workspace.open(plan_path).close()  # the lock is gone


def test_open_asks_the_chooser_and_opens_its_answer(
    plan_path: Path, window: MainWindow, chooser: Any
) -> None:
    chooser.open_answer = None  # the person cancels: nothing opens, nothing is said
    window.actions.open.trigger()
    assert window.document is None
    assert window.central.currentWidget() is window.start_view
    assert not [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    chooser.open_answer = plan_path
    window.actions.open.trigger()
    assert window.document is not None
    assert Path(window.document.path) == plan_path
    assert not window.document.read_only


def test_the_file_dialogs_answers_become_paths(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    answers: list[str] = []
    asked: list[tuple[str, str]] = []

    def dialog(parent: object, title: str, start: str, kinds: str) -> tuple[str, str]:
        asked.append((title, start))
        return answers.pop(0), kinds

    monkeypatch.setattr(QFileDialog, "getOpenFileName", dialog)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    chooser = FileChooser()
    answers[:] = [str(tmp_path / "acme.stratdesk"), ""]
    assert chooser.open_path(None) == tmp_path / "acme.stratdesk"
    assert chooser.open_path(None) is None  # cancelled
    answers[:] = [str(tmp_path / "new plan"), str(tmp_path / "b.stratdesk"), ""]
    assert chooser.save_path(None, "Acme - Plan.stratdesk") == tmp_path / "new plan.stratdesk"
    assert chooser.save_path(None, "Acme - Plan.stratdesk") == tmp_path / "b.stratdesk"
    assert chooser.save_path(None, "Acme - Plan.stratdesk") is None
    assert asked[0][0] == "Open a plan" and asked[2][0] == "Save the new plan as"
    assert asked[2][1].endswith("Acme - Plan.stratdesk")  # the suggested name is offered


def test_opening_another_plan_replaces_the_current_one(
    plan_window: MainWindow, plan_template: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.stratdesk"
    other.write_bytes(plan_template.read_bytes())
    first = plan_window.document
    assert plan_window.open_file(other)
    assert plan_window.document is not first
    assert plan_window.undo_group.stacks() == [plan_window.document.stack]


def test_launch_shows_the_window_then_opens_the_file(
    qtbot: QtBot, settings: Settings, plan_path: Path
) -> None:
    window = launch(settings, "en", plan_path)
    qtbot.addWidget(window)
    assert window.isVisible()
    qtbot.waitUntil(lambda: window.document is not None)
    assert window.windowTitle().startswith("Acme Coffee — Growth plan")
    window.close()


def test_launch_on_a_missing_file_falls_back_to_the_start_screen(
    qtbot: QtBot, settings: Settings, tmp_path: Path, message_box: MessageBox
) -> None:
    window = launch(settings, "en", tmp_path / "missing.stratdesk")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.start_view is not None and window.start_view.isVisible())
    box = message_box(window)
    assert box.windowTitle() == "The plan could not be opened"
    assert box.text() == "The file “missing.stratdesk” does not exist."
    assert window.document is None
    window.close()


def test_full_screen_toggles(plan_window: MainWindow) -> None:
    plan_window.actions.full_screen.trigger()
    assert plan_window.isFullScreen()
    assert plan_window.actions.full_screen.isChecked()
    plan_window.actions.full_screen.trigger()
    assert not plan_window.isFullScreen()


def test_about_box(qtbot: QtBot, plan_window: MainWindow, message_box: MessageBox) -> None:
    plan_window.actions.about.trigger()
    box = message_box(plan_window)
    assert box.windowTitle() == "About stratdesk"
    assert box.text() == f"stratdesk {__version__}"
    assert box.informativeText().startswith("A client's marketing plan in one file")
    # Window-modal, not application-modal: it does not block the event loop.
    assert box.windowModality() == Qt.WindowModality.WindowModal
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not box.isVisible())


def test_shortcuts_are_as_documented(window: MainWindow) -> None:
    actions = window.actions
    expected = {
        actions.new_plan: "Ctrl+Shift+N",
        actions.open: "Ctrl+O",
        actions.close: "Ctrl+W",
        actions.quit: "Ctrl+Q",
        actions.undo: "Ctrl+Z",
        actions.redo: "Ctrl+Shift+Z",
        actions.strategy: "Ctrl+1",
        actions.operations: "Ctrl+2",
        actions.full_screen: "F11",
    }
    for action, shortcut in expected.items():
        assert action.shortcut().toString() == shortcut


def test_open_recent_menu_lists_existing_files_and_opens_them(
    window: MainWindow, plan_path: Path, tmp_path: Path
) -> None:
    gone = tmp_path / "gone.stratdesk"
    gone.write_bytes(b"x")
    window.settings.add_recent_file(gone)
    window.settings.add_recent_file(plan_path)
    gone.unlink()
    menu = window.actions.recent_menu
    menu.aboutToShow.emit()
    actions = menu.actions()
    assert [a.text() for a in actions] == [f"acme  ({plan_path.parent})"]
    actions[0].trigger()
    assert window.document is not None


def test_window_is_marked_modified_while_a_command_runs(plan_window: MainWindow) -> None:
    from stratdesk.ui.commands import CreateCommand

    document = plan_window.document
    assert document is not None
    during: list[bool] = []
    document.runner.running_changed.connect(
        lambda running: during.append(plan_window.isWindowModified()) if running else None
    )
    command = CreateCommand(
        document.runner, document.services.objectives, document.plan_id, {"statement": "A"}, "Add"
    )
    assert document.runner.push(command)
    assert during == [True]
    assert not plan_window.isWindowModified()


def test_open_read_only_shows_it_and_refuses_edits(
    window: MainWindow, chooser: Any, plan_path: Path
) -> None:
    chooser.open_answer = plan_path
    window.actions.open_read_only.trigger()
    document = window.document
    assert document is not None and document.read_only
    assert window.read_only_label.isVisible()
    from stratdesk.ui.commands import CreateCommand

    runner = document.runner
    command = CreateCommand(
        runner, document.services.objectives, document.plan_id, {"statement": "A"}, "Add"
    )
    assert not runner.push(command)
    assert "read-only" in window.statusBar().currentMessage()
    assert document.services.objectives.list(document.plan_id) == []


def _foreign_lock(plan_path: Path) -> Path:
    """A lock left by another computer: stratdesk cannot tell whether it is still in use."""
    import json

    from stratdesk.db.lock import lock_path

    lock = lock_path(plan_path)
    lock.write_text(
        json.dumps(
            {
                "pid": 4242,
                "host": "laptop-elsewhere",
                "user": "camille",
                "since": "2026-11-20T09:00:00+00:00",
            }
        ),
        encoding="utf-8",
    )
    return lock


def test_a_plan_locked_elsewhere_can_be_opened_read_only(
    window: MainWindow, plan_path: Path, message_box: MessageBox
) -> None:
    lock = _foreign_lock(plan_path)
    assert not window.open_file(plan_path)
    box = message_box(window)
    assert "laptop-elsewhere" in box.text()
    read_only = next(b for b in box.buttons() if b.text() == "Open read-only")
    read_only.click()
    assert window.document is not None and window.document.read_only
    assert lock.exists()  # the other computer's lock is left alone


def test_a_plan_locked_by_a_crashed_computer_can_be_taken_over(
    window: MainWindow, plan_path: Path, message_box: MessageBox
) -> None:
    _foreign_lock(plan_path)
    assert not window.open_file(plan_path)
    box = message_box(window)
    next(b for b in box.buttons() if b.text() == "Take over").click()
    assert window.document is not None and not window.document.read_only


def test_a_plan_open_in_another_window_cannot_be_taken_over(
    window: MainWindow, plan_path: Path, message_box: MessageBox
) -> None:
    from stratdesk.services.workspace import Workspace

    holder = Workspace.open(plan_path)
    try:
        assert not window.open_file(plan_path)
        box = message_box(window)
        assert "Take over" not in [b.text() for b in box.buttons()]
        box.close()
    finally:
        holder.close()
