"""The start screen lists recent plans, forgets missing ones, and offers the ways to begin."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from stratdesk.ui.settings import MAX_RECENT, Settings
from stratdesk.ui.start_screen import StartView


def _touch(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def test_lists_recent_files_newest_first(qtbot: QtBot, settings: Settings, tmp_path: Path) -> None:
    first, second = _touch(tmp_path / "a.stratdesk"), _touch(tmp_path / "b.stratdesk")
    settings.add_recent_file(first)
    settings.add_recent_file(second)
    view = StartView(settings)
    qtbot.addWidget(view)
    view.show()
    assert view.recent_paths() == [second.resolve(), first.resolve()]
    assert view.recent_list.isVisible()
    assert not view.no_recent_label.isVisible()


def test_missing_files_are_pruned_on_show(qtbot: QtBot, settings: Settings, tmp_path: Path) -> None:
    kept, gone = _touch(tmp_path / "kept.stratdesk"), _touch(tmp_path / "gone.stratdesk")
    settings.add_recent_file(kept)
    settings.add_recent_file(gone)
    view = StartView(settings)
    qtbot.addWidget(view)
    gone.unlink()
    view.show()
    assert view.recent_paths() == [kept.resolve()]
    assert settings.recent_files() == [kept.resolve()]


def test_no_recent_files_says_so(qtbot: QtBot, settings: Settings) -> None:
    view = StartView(settings)
    qtbot.addWidget(view)
    view.show()
    assert view.recent_paths() == []
    assert view.no_recent_label.isVisible()
    assert not view.recent_list.isVisible()


def test_recent_list_is_bounded_and_deduplicated(settings: Settings, tmp_path: Path) -> None:
    paths = [_touch(tmp_path / f"p{i}.stratdesk") for i in range(MAX_RECENT + 3)]
    for path in paths:
        settings.add_recent_file(path)
    settings.add_recent_file(paths[-1])
    recent = settings.recent_files()
    assert len(recent) == MAX_RECENT
    assert recent[0] == paths[-1].resolve()
    assert len(set(recent)) == len(recent)


def test_a_single_recent_file_survives_the_ini_round_trip(tmp_path: Path) -> None:
    path = _touch(tmp_path / "only.stratdesk")
    Settings.at(tmp_path / "s.ini").add_recent_file(path)
    assert Settings.at(tmp_path / "s.ini").recent_files() == [path.resolve()]


def test_buttons_and_activation_emit_requests(
    qtbot: QtBot, settings: Settings, tmp_path: Path
) -> None:
    path = _touch(tmp_path / "x.stratdesk")
    settings.add_recent_file(path)
    view = StartView(settings)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.new_plan_requested):
        view.new_button.click()
    with qtbot.waitSignal(view.open_requested):
        view.open_button.click()
    with qtbot.waitSignal(view.demo_requested):
        view.demo_button.click()
    with qtbot.waitSignal(view.open_file_requested) as blocker:
        view.recent_list.itemActivated.emit(view.recent_list.item(0))
    assert blocker.args == [path.resolve()]
