"""Going through the steps (→ ← Page Down Page Up Home End) and choosing them in the picker:
the order and the selection are saved with the plan, one undo step per change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from stratdesk.domain.workshop_steps import included
from stratdesk.ui.workshop.registry import workshop_steps
from stratdesk.ui.workshop.window import WorkshopWindow

KEYS = [step.key for step in workshop_steps()]
CTRL = Qt.KeyboardModifier.ControlModifier


def saved(workshop: WorkshopWindow) -> list[tuple[str, bool]]:
    document = workshop.stage.document
    return document.services.workshop.steps(document.plan_id)


def test_every_board_of_the_plan_is_a_step_in_order() -> None:
    assert KEYS == [
        "environment",
        "swot",
        "tows",
        "segments",
        "targeting",
        "positioning",
        "perceptual_map",
        "objectives",
        "roadmap",
        "mix",
        "calendar",
        "kpis",
        "strategy_on_a_page",
    ]


def test_clicker_keys_and_arrows_go_through_the_steps(qtbot: QtBot, open_workshop) -> None:
    workshop = open_workshop("environment")
    stage = workshop.stage
    qtbot.keyClick(workshop, Qt.Key.Key_PageDown)
    assert stage.current == "swot" and stage.number_label.text() == "Step 2 of 13"
    page = stage.stack.currentWidget()
    assert page.objectName() == "workshop_strategy_swot"
    assert not page.header.isVisible()  # the page, without its title
    qtbot.keyClick(workshop, Qt.Key.Key_PageDown)
    assert stage.current == "tows"
    assert stage.stack.currentWidget() is page  # SWOT and TOWS share the SWOT page
    assert page.tabs.currentWidget() is page.tows
    qtbot.keyClick(workshop, Qt.Key.Key_PageUp)
    assert stage.current == "swot" and page.tabs.currentWidget() is page.swot
    qtbot.keyClick(workshop, Qt.Key.Key_End)
    assert stage.current == "strategy_on_a_page"
    qtbot.keyClick(workshop, Qt.Key.Key_PageDown)
    assert stage.current == "strategy_on_a_page"
    assert stage.notice_label.text() == "This is the last step."
    qtbot.keyClick(workshop, Qt.Key.Key_Left)
    assert stage.current == "kpis"
    qtbot.keyClick(workshop, Qt.Key.Key_Home)
    assert stage.current == "environment"


def test_arrows_move_in_a_typed_line_and_step_from_an_empty_one(
    qtbot: QtBot, open_workshop
) -> None:
    workshop = open_workshop("swot")
    stage = workshop.stage
    first = stage.boards.columns()[0]
    assert stage.focusWidget() is first.view  # on the cards: the letters are commands
    qtbot.keyClick(workshop, Qt.Key.Key_N, CTRL)
    line = stage.focusWidget()
    assert line is first.quick_add  # ready to type
    qtbot.keyClicks(workshop, "abc")
    qtbot.keyClick(workshop, Qt.Key.Key_Left)
    assert stage.current == "swot" and line.cursorPosition() == 2
    qtbot.keyClick(workshop, Qt.Key.Key_PageDown)  # a clicker steps even then
    assert stage.current == "tows"
    qtbot.keyClick(workshop, Qt.Key.Key_Insert)
    assert isinstance(stage.focusWidget(), type(line))
    qtbot.keyClick(workshop, Qt.Key.Key_Left)  # TOWS's line is empty
    assert stage.current == "swot"


def test_every_step_shows_its_page(qtbot: QtBot, open_workshop) -> None:
    workshop = open_workshop("environment")
    stage = workshop.stage
    seen = []
    for _key in KEYS:
        seen.append(stage.current)
        page = stage.stack.currentWidget()
        assert page.isVisible() and stage.title_label.text()
        qtbot.keyClick(workshop, Qt.Key.Key_Right)
    assert seen == KEYS


def test_the_picker_goes_to_a_step(qtbot: QtBot, open_workshop) -> None:
    workshop = open_workshop("swot")
    qtbot.keyClick(workshop, Qt.Key.Key_Escape)  # from the cards: leaves
    assert not workshop.isVisible()
    workshop = open_workshop("objectives")
    stage = workshop.stage
    qtbot.keyClick(workshop, Qt.Key.Key_G)
    assert stage.picker.isVisible() and stage.picker.list.hasFocus()
    assert stage.picker.list.current_key() == "objectives"
    qtbot.keyClick(workshop, Qt.Key.Key_Down)
    qtbot.keyClick(workshop, Qt.Key.Key_Return)
    assert stage.current == "roadmap" and not stage.picker.isVisible()
    qtbot.keyClick(workshop, Qt.Key.Key_G)
    qtbot.keyClick(workshop, Qt.Key.Key_Escape)  # closes the picker, not the workshop
    assert not stage.picker.isVisible() and workshop.isVisible()


def test_closing_the_picker_gives_the_keyboard_back_where_it_was(
    qtbot: QtBot, open_workshop
) -> None:
    workshop = open_workshop("swot")
    stage = workshop.stage
    qtbot.keyClick(workshop, Qt.Key.Key_Tab)  # the second column's cards
    second = stage.boards.columns()[1]
    assert stage.focusWidget() is second.view
    qtbot.keyClick(workshop, Qt.Key.Key_G)
    assert stage.picker.list.hasFocus()
    qtbot.keyClick(workshop, Qt.Key.Key_Escape)
    assert stage.focusWidget() is second.view
    qtbot.keyClick(workshop, Qt.Key.Key_H)  # so H hides that column, not the first
    assert second.concealed and not stage.boards.columns()[0].concealed


def test_leaving_out_and_moving_steps_is_saved_and_undone(qtbot: QtBot, open_workshop) -> None:
    workshop = open_workshop("environment")
    stage = workshop.stage
    document = stage.document
    assert saved(workshop) == []  # never chosen: every step
    qtbot.keyClick(workshop, Qt.Key.Key_G)
    qtbot.keyClick(workshop, Qt.Key.Key_Down)  # SWOT
    qtbot.keyClick(workshop, Qt.Key.Key_Space)
    assert saved(workshop)[:2] == [("environment", True), ("swot", False)]
    assert len(saved(workshop)) == len(KEYS)
    assert document.stack.count() == 1
    assert document.stack.undoText() == "Leave “SWOT” out of the workshop"
    assert "SWOT (left out)" in stage.picker.model.data(stage.picker.model.index(1))
    qtbot.keyClick(workshop, Qt.Key.Key_Down)  # TOWS
    qtbot.keyClick(workshop, Qt.Key.Key_Up, CTRL)
    assert [k for k, _on in saved(workshop)][:3] == ["environment", "tows", "swot"]
    assert document.stack.count() == 2
    assert stage.picker.list.current_key() == "tows"  # the keyboard stays on it
    qtbot.keyClick(workshop, Qt.Key.Key_Escape)
    # Going through the steps follows the new order and skips what is left out.
    qtbot.keyClick(workshop, Qt.Key.Key_Home)
    qtbot.keyClick(workshop, Qt.Key.Key_PageDown)
    assert stage.current == "tows"
    qtbot.keyClick(workshop, Qt.Key.Key_PageDown)
    assert stage.current == "segments"
    assert stage.number_label.text() == "Step 3 of 12"
    # Undo, one change at a time (Ctrl+Z in the workshop, as in the main window).
    qtbot.keyClick(workshop, Qt.Key.Key_Z, CTRL)
    assert [k for k, _on in saved(workshop)][:3] == ["environment", "swot", "tows"]
    assert included(stage.steps).count("swot") == 0
    qtbot.keyClick(workshop, Qt.Key.Key_Z, CTRL)
    assert saved(workshop) == [] and "swot" in included(stage.steps)
    assert stage.number_label.text() == "Step 4 of 13"


def test_the_last_step_shown_stays(qtbot: QtBot, open_workshop) -> None:
    workshop = open_workshop("environment")
    stage = workshop.stage
    for key in KEYS[1:]:
        assert stage.intents.toggle_step(key, key)
    assert included(stage.steps) == ["environment"]
    qtbot.keyClick(workshop, Qt.Key.Key_G)
    qtbot.keyClick(workshop, Qt.Key.Key_Space)
    assert included(stage.steps) == ["environment"]
    assert stage.picker.message.text() == "At least one step stays in the workshop."


def test_a_step_left_out_can_still_be_shown_from_the_picker(qtbot: QtBot, open_workshop) -> None:
    workshop = open_workshop("environment")
    stage = workshop.stage
    stage.intents.toggle_step("swot", "SWOT")
    stage.choose_step("swot")
    assert stage.current == "swot"
    assert stage.number_label.text() == "Left out of the workshop"
    qtbot.keyClick(workshop, Qt.Key.Key_PageDown)
    assert stage.current == "tows"


def test_the_next_steps_page_is_ready_before_the_clicker_asks(qtbot: QtBot, open_workshop) -> None:
    workshop = open_workshop("objectives")
    stage = workshop.stage
    roadmap = ("strategy", "roadmap")
    assert roadmap not in stage.pages.built
    qtbot.waitUntil(lambda: roadmap in stage.pages.built)  # built while "objectives" shows
    page = stage.pages.built[roadmap]
    qtbot.keyClick(workshop, Qt.Key.Key_PageDown)
    assert stage.current == "roadmap" and stage.stack.currentWidget() is page
