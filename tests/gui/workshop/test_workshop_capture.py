"""Live capture: on the PESTEL, SWOT and mix steps, Tab to a column's line, type, Enter adds
the card there through the page's intents (one undo step; undo takes it away)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from stratdesk.domain.enums import MixColumn, MixP, PestelCategory, SwotQuadrant

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CASES = [
    ("environment", "factors", {"category": PestelCategory.POLITICAL}, "text"),
    ("swot", "swot", {"quadrant": SwotQuadrant.STRENGTH}, "text"),
    ("mix", "mix", {"p": MixP.PRODUCT, "column": MixColumn.IDEA}, "title"),
]


def rows(stage: Any, service: str) -> list[Any]:
    document = stage.document
    return getattr(document.services, service).list(document.plan_id)


@pytest.mark.parametrize(("step", "service", "where", "field"), CASES)
def test_typing_then_enter_adds_a_card_and_undo_takes_it_away(
    qtbot: QtBot, open_workshop: Any, step: str, service: str, where: dict[str, Any], field: str
) -> None:
    workshop = open_workshop(step)
    stage = workshop.stage
    before = {row.id for row in rows(stage, service)}
    qtbot.keyClick(workshop, Qt.Key.Key_N, CTRL)
    line = stage.focusWidget()
    assert line is stage.boards.columns()[0].quick_add
    qtbot.keyClicks(workshop, "Idea from the room")
    qtbot.keyClick(workshop, Qt.Key.Key_Return)
    (added,) = [row for row in rows(stage, service) if row.id not in before]
    assert getattr(added, field) == "Idea from the room"
    assert all(getattr(added, name) == value for name, value in where.items())
    assert line.text() == "" and stage.focusWidget() is line  # ready for the next one
    board = stage.boards.boards()[0]
    assert board.group_of(added.id) is not None  # on the board at once
    view = stage.boards.columns()[0].view
    shown = view.visualRect(view.card_model.index(view.card_model.row_of(added.id)))
    assert view.viewport().rect().contains(shown.center())  # scrolled into view
    assert stage.document.stack.count() == 1
    qtbot.keyClick(workshop, Qt.Key.Key_Z, CTRL)
    assert {row.id for row in rows(stage, service)} == before
    assert board.group_of(added.id) is None
    qtbot.keyClick(workshop, Qt.Key.Key_Z, CTRL | SHIFT)
    assert added.id in {row.id for row in rows(stage, service)}  # the same card again


def test_tab_goes_from_column_to_column_on_the_cards_or_the_lines(
    qtbot: QtBot, open_workshop: Any
) -> None:
    workshop = open_workshop("swot")
    stage = workshop.stage
    columns = stage.boards.columns()
    assert stage.focusWidget() is columns[0].view
    qtbot.keyClick(workshop, Qt.Key.Key_Tab)
    assert stage.focusWidget() is columns[1].view
    qtbot.keyClick(workshop, Qt.Key.Key_Backtab, SHIFT)
    qtbot.keyClick(workshop, Qt.Key.Key_Backtab, SHIFT)
    assert stage.focusWidget() is columns[-1].view  # round the board
    qtbot.keyClick(workshop, Qt.Key.Key_Tab)
    for _card in range(columns[0].view.card_model.rowCount()):
        qtbot.keyClick(workshop, Qt.Key.Key_Down)
    assert stage.focusWidget() is columns[0].quick_add  # down past the last card
    qtbot.keyClick(workshop, Qt.Key.Key_Tab)
    assert stage.focusWidget() is columns[1].quick_add  # from line to line
    qtbot.keyClicks(workshop, "Slow website")
    qtbot.keyClick(workshop, Qt.Key.Key_Return)
    weaknesses = stage.boards.boards()[0].model(SwotQuadrant.WEAKNESS).cards()
    assert weaknesses[-1].text == "Slow website"
    qtbot.keyClick(workshop, Qt.Key.Key_Up)
    assert stage.focusWidget() is columns[1].view
    assert columns[1].view.current_id() == weaknesses[-1].id
    qtbot.keyClick(workshop, Qt.Key.Key_N, CTRL)
    qtbot.keyClick(workshop, Qt.Key.Key_Escape)  # back to the cards, still in the workshop
    assert stage.focusWidget() is columns[1].view and workshop.isVisible()


def test_a_refused_card_says_why_in_the_workshop(qtbot: QtBot, open_workshop: Any) -> None:
    workshop = open_workshop("swot")
    stage = workshop.stage
    qtbot.keyClick(workshop, Qt.Key.Key_N, CTRL)
    stage.focusWidget().setText("x" * 1001)  # typed, it would take a while
    qtbot.keyClick(workshop, Qt.Key.Key_Return)
    assert "long" in stage.notice_label.text()
    assert stage.document.stack.count() == 0


def test_choosing_a_mix_card_leaves_the_board_the_whole_width(
    qtbot: QtBot, open_workshop: Any
) -> None:
    workshop = open_workshop("mix")
    stage = workshop.stage
    page = stage.stack.currentWidget()
    width = stage.boards.boards()[0].width()
    qtbot.keyClick(workshop, Qt.Key.Key_Tab)  # the next column's cards, its first one chosen
    assert stage.boards.current_card() is not None
    assert page.editor_area.isHidden()  # the page's editor stays out of the projector's way
    assert stage.boards.boards()[0].width() == width
