"""Dot votes in a workshop: + and − (or a click on a card's dots) on the chosen card, saved
with the item; ranking by votes; "reset votes" as one undo step; a card shown large (F or
Enter); a column hidden and shown again (H)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from stratdesk.domain.enums import SwotQuadrant

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
S = SwotQuadrant.STRENGTH


def votes(stage: Any, service: str, item_id: int) -> int:
    return getattr(stage.document.services, service).get(item_id).votes


def chosen(stage: Any) -> int:
    found = stage.boards.current_card()
    assert found is not None
    return found[1].id


@pytest.mark.parametrize(
    ("step", "service"), [("environment", "factors"), ("swot", "swot"), ("mix", "mix")]
)
def test_plus_and_minus_give_and_take_back_votes_and_they_are_saved(
    qtbot: QtBot, open_workshop: Any, step: str, service: str
) -> None:
    workshop = open_workshop(step)
    stage = workshop.stage
    board = stage.boards.boards()[0]
    assert board.view(board.groups()[0]).itemDelegate().show_votes  # the pill on each card
    column = next(c for c in stage.boards.columns() if c.view.card_model.rowCount())
    while stage.focusWidget() is not column.view:  # the mix's Idea column is empty
        qtbot.keyClick(workshop, Qt.Key.Key_Tab)
    item_id = chosen(stage)
    assert item_id == column.view.card_model.card(0).id
    start = votes(stage, service, item_id)
    qtbot.keyClick(workshop, Qt.Key.Key_Plus, SHIFT)
    qtbot.keyClick(workshop, Qt.Key.Key_Equal)  # the same key, without Shift
    assert votes(stage, service, item_id) == start + 2
    qtbot.keyClick(workshop, Qt.Key.Key_Minus)
    assert votes(stage, service, item_id) == start + 1
    group = board.group_of(item_id)
    model = board.model(group)
    assert model.card(model.row_of(item_id)).votes == start + 1  # the board shows it
    assert chosen(stage) == item_id  # and the same card stays chosen
    while stage.document.stack.canUndo():
        stage.document.stack.undo()
    assert votes(stage, service, item_id) == start


def test_a_click_on_the_dots_gives_a_vote_and_shift_click_takes_one(
    qtbot: QtBot, open_workshop: Any
) -> None:
    workshop = open_workshop("swot")
    stage = workshop.stage
    board = stage.boards.boards()[0]
    view = board.view(S)
    card = view.card_model.card(0)
    delegate = view.itemDelegate()
    pill = delegate.vote_rect(view.visualRect(view.card_model.index(0)), card.votes, view.font())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pill.center())
    assert votes(stage, "swot", card.id) == card.votes + 1
    view = board.view(S)
    row = view.card_model.row_of(card.id)
    pill = delegate.vote_rect(
        view.visualRect(view.card_model.index(row)), card.votes + 1, view.font()
    )
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, SHIFT, pill.center())
    assert votes(stage, "swot", card.id) == card.votes
    # A click on the text chooses the card, and gives no vote.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(30, 20))
    assert votes(stage, "swot", card.id) == card.votes


def test_votes_are_only_on_boards_that_keep_them(qtbot: QtBot, open_workshop: Any) -> None:
    workshop = open_workshop("tows")
    stage = workshop.stage
    assert not stage.actions_by_name["vote_up"].isEnabled()
    qtbot.keyClick(workshop, Qt.Key.Key_Plus, SHIFT)
    assert stage.notice_label.text() == "Votes go on the PESTEL, SWOT and mix cards."
    assert stage.document.stack.count() == 0


def test_ranking_shows_the_most_votes_first_without_reordering(
    qtbot: QtBot, open_workshop: Any
) -> None:
    workshop = open_workshop("swot")
    stage = workshop.stage
    board = stage.boards.boards()[0]
    stored = [c.id for c in board.model(S).cards()]
    qtbot.keyClick(workshop, Qt.Key.Key_R)
    shown = board.model(S).cards()
    assert [c.votes for c in shown] == sorted((c.votes for c in shown), reverse=True)
    assert stage.actions_by_name["rank"].isChecked()
    items = stage.document.services.swot.list(stage.document.plan_id)
    assert [i.id for i in items if i.quadrant == S] == stored  # nothing was saved
    board.view(S).setFocus()
    board.view(S).select_id(shown[1].id)
    qtbot.keyClick(board.view(S), Qt.Key.Key_Up, CTRL)  # no reordering a ranked list
    assert stage.document.stack.count() == 0
    qtbot.keyClick(workshop, Qt.Key.Key_R)
    assert [c.id for c in board.model(S).cards()] == stored


def test_reset_votes_is_one_undo_step(qtbot: QtBot, open_workshop: Any) -> None:
    workshop = open_workshop("swot")
    stage = workshop.stage
    document = stage.document
    before = {i.id: i.votes for i in document.services.swot.list(document.plan_id)}
    assert sum(before.values()) > 0
    qtbot.keyClick(workshop, Qt.Key.Key_R, CTRL | SHIFT)
    after = document.services.swot.list(document.plan_id)
    assert all(i.votes == 0 for i in after)
    assert document.stack.count() == 1 and document.stack.undoText() == "Reset votes"
    qtbot.keyClick(workshop, Qt.Key.Key_Z, CTRL)
    assert {i.id: i.votes for i in document.services.swot.list(document.plan_id)} == before
    stage.run("reset_votes")
    stage.run("reset_votes")  # nothing left to reset: no empty undo step
    assert document.stack.count() == 1
    assert stage.notice_label.text() == "No card of this board has votes."


def test_focus_shows_one_card_large_and_votes_on_it(qtbot: QtBot, open_workshop: Any) -> None:
    workshop = open_workshop("swot")
    stage = workshop.stage
    item_id = chosen(stage)
    qtbot.keyClick(workshop, Qt.Key.Key_Return)
    spotlight = stage.spotlight
    assert spotlight.isVisible() and spotlight.item_id == item_id
    item = stage.document.services.swot.get(item_id)
    assert spotlight.text_label.text() == item.text
    assert spotlight.column_label.text() == "Strengths"
    qtbot.keyClick(workshop, Qt.Key.Key_Plus, SHIFT)
    assert votes(stage, "swot", item_id) == item.votes + 1
    qtbot.waitUntil(lambda: f"{item.votes + 1} votes" in spotlight.votes_label.text())
    qtbot.keyClick(workshop, Qt.Key.Key_Escape)  # back to the board, not out of the workshop
    assert not spotlight.isVisible() and workshop.isVisible()
    assert chosen(stage) == item_id
    qtbot.keyClick(workshop, Qt.Key.Key_F)
    assert spotlight.isVisible()
    qtbot.keyClick(workshop, Qt.Key.Key_F)
    assert not spotlight.isVisible()


def test_h_hides_a_column_and_shows_it_again(qtbot: QtBot, open_workshop: Any) -> None:
    workshop = open_workshop("swot")
    stage = workshop.stage
    column = stage.boards.columns()[0]
    qtbot.keyClick(workshop, Qt.Key.Key_H)
    assert column.concealed and not column.view.isVisible()
    assert column.cover.text() == "Strengths: hidden. Press H to show the cards."
    assert stage.focusWidget() is column.cover
    assert stage.boards.columns()[1].view.isVisible()  # the others stay
    qtbot.keyClick(workshop, Qt.Key.Key_H)
    assert not column.concealed and column.view.isVisible()
    assert stage.focusWidget() is column.view
