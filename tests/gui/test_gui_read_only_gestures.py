"""What the read-only walk does not press: keys on the score grid and the perceptual map,
dragging map points, an initiative's or a persona's editor, a theme lane opened, a hint's
link. On a read-only plan none asks to write or opens an editor; on a writable one they do
(so that the test can fail)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog
from pytestqt.qtbot import QtBot

from stratdesk.domain.roadmap import THEME
from stratdesk.services.demo import build_demo
from stratdesk.ui.main_window import MainWindow


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("gestures") / "demo.stratdesk"
    return build_demo(path, language="en", today=dt.date(2026, 11, 27))


def _page(window: MainWindow, workspace: str, key: str) -> object:
    window.show_workspace(workspace, key)
    view = window.plan_view
    assert view is not None
    return view.workspace(workspace).page_widget(key)


@pytest.mark.parametrize("read_only", [True, False], ids=["read-only", "writable"])
def test_keys_editors_and_links_write_only_on_a_writable_plan(
    qtbot: QtBot,
    window: MainWindow,
    demo_template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    read_only: bool,
) -> None:
    path = tmp_path / "demo.stratdesk"
    path.write_bytes(demo_template.read_bytes())
    assert window.open_file(path, read_only=read_only)
    document = window.document
    assert document is not None
    pushed: list[str] = []
    monkeypatch.setattr(document.runner, "push", lambda command: pushed.append(command.text()))
    offered: list[str] = []

    def saw(what: str, before: int) -> None:
        if len(pushed) > before:
            offered.append(what)

    # Targeting: a digit and Delete on a score cell, Enter, a criterion's name, a persona.
    targeting = _page(window, "strategy", "targeting")
    targeting.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    grid, model = targeting.grid, targeting.grid_model  # type: ignore[attr-defined]
    cell = next(
        model.index(row, column)
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        if model.cell_kind(model.index(row, column)) == "score"
    )
    grid.setCurrentIndex(cell)
    before = len(pushed)
    qtbot.keyClick(grid, Qt.Key.Key_3)
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    saw("score keys", before)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    if grid.state() == QAbstractItemView.State.EditingState:
        offered.append("score editor")
        qtbot.keyClick(grid.focusWidget(), Qt.Key.Key_Escape)
    if (editor := grid.start_rename(cell.column())) is not None:
        offered.append("criterion name")
        editor.close_quietly()
    assert targeting.personas  # type: ignore[attr-defined]
    persona = targeting.edit_persona(targeting.personas[0].id)  # type: ignore[attr-defined]
    if persona is not None:
        offered.append("persona editor")
        persona.reject()

    # Positioning: the map's keys, and its points' drags.
    positioning = _page(window, "strategy", "positioning")
    positioning.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    chart = positioning.map  # type: ignore[attr-defined]
    assert chart.items
    chart.select(next(iter(chart.items)))
    before = len(pushed)
    qtbot.keyClick(chart.plot, Qt.Key.Key_Right)
    qtbot.keyClick(chart.plot, Qt.Key.Key_Delete)
    saw("map keys", before)
    if any(item.movable for item in chart.items.values()):
        offered.append("map drags")

    # Roadmap: an initiative's editor, a theme lane's.
    roadmap = _page(window, "strategy", "roadmap")
    bars = roadmap.view.timeline_scene.bar_items  # type: ignore[attr-defined]
    assert bars
    if (dialog := roadmap.open_editor(next(iter(bars)))) is not None:  # type: ignore[attr-defined]
        offered.append("initiative editor")
        dialog.reject()
    themes = roadmap.theme_lanes()  # type: ignore[attr-defined]
    assert themes
    roadmap._lane_activated((THEME, themes[0][0]))  # type: ignore[attr-defined]
    if isinstance(lanes := roadmap.lanes_dialog, QDialog):  # type: ignore[attr-defined]
        offered.append("theme lanes")
        lanes.reject()

    # Experiments: the empty list's "Add the first one".
    experiments = _page(window, "operations", "experiments")
    before = len(pushed)
    experiments._add_first("add")  # type: ignore[attr-defined]
    saw("add the first experiment", before)

    everything = [
        "score keys",
        "score editor",
        "criterion name",
        "persona editor",
        "map keys",
        "map drags",
        "initiative editor",
        "theme lanes",
        "add the first experiment",
    ]
    assert offered == ([] if read_only else everything)
