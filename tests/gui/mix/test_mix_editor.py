"""The side panel: every field of a card, each change one undo step, bad budgets refused."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from pytestqt.qtbot import QtBot

from stratdesk.domain.enums import MixColumn, MixP
from stratdesk.ui.operations.mix.cards import CardFace
from stratdesk.ui.operations.mix.page import MixPageView
from stratdesk.ui.widgets.cards.model import CARD_ROLE

P, C = MixP, MixColumn
NNBSP, NBSP = "\u202f", "\u00a0"


@pytest.fixture
def french() -> None:
    """Numbers and dates as a French reader writes them (the fixture restores the locale)."""
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))


def _select(page: MixPageView, steps: Any, item_id: int) -> None:
    assert page.focus_card(item_id)
    assert page.editor_area.isVisible()
    assert page.editor.action is not None and page.editor.action.id == item_id


def _type(qtbot: QtBot, edit: Any, text: str) -> None:
    """Replace the field's text and press Enter, as a person does."""
    edit.setFocus()
    edit.selectAll()
    edit.insert(text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_choosing_a_card_opens_its_details_and_escape_closes_them(
    qtbot: QtBot, page: MixPageView, add: Callable[..., Any], steps: Any
) -> None:
    item_id = add("Flyers", "promotion", "planned", owner="Léa", description="A5, recycled").id
    page.refresh()
    assert not page.editor_area.isVisible()  # no card chosen: the boards have the width
    _select(page, steps, item_id)
    editor = page.editor
    assert editor.title_edit.text() == "Flyers"
    assert editor.owner_edit.text() == "Léa"
    assert editor.description_edit.toPlainText() == "A5, recycled"
    assert editor.p_combo.currentData() == P.PROMOTION
    assert editor.column_combo.currentData() == C.PLANNED
    editor.owner_edit.setFocus()
    qtbot.keyClick(editor.owner_edit, Qt.Key.Key_Escape)
    assert not page.editor_area.isVisible()
    assert steps.column_view(page, P.PROMOTION, C.PLANNED).current_id() is None


def test_field_edits_are_undo_steps_and_typing_twice_merges(
    qtbot: QtBot, page: MixPageView, add: Callable[..., Any], steps: Any
) -> None:
    item_id = add("Flyers", "promotion", "idea").id
    page.refresh()
    _select(page, steps, item_id)
    stack = page.document.stack
    _type(qtbot, page.editor.owner_edit, "Camille")
    _type(qtbot, page.editor.owner_edit, "Camille Roux")
    _type(qtbot, page.editor.title_edit, "Flyers in shops")
    mix = page.document.services.mix
    assert (mix.get(item_id).owner, mix.get(item_id).title) == ("Camille Roux", "Flyers in shops")
    assert stack.count() == 2
    assert stack.undoText() == "Edit action"
    stack.undo()
    assert mix.get(item_id).title == "Flyers"
    assert page.editor.title_edit.text() == "Flyers"  # the panel follows undo
    stack.undo()
    assert mix.get(item_id).owner == ""


def test_budgets_are_typed_in_french_and_shown_in_french(
    qtbot: QtBot,
    french: None,
    make_page: Callable[[], MixPageView],
    add: Callable[..., Any],
    steps: Any,
) -> None:
    item_id = add("Salon", "promotion", "planned").id
    page = make_page()
    _select(page, steps, item_id)
    assert page.editor.planned_suffix.text() == "€"
    _type(qtbot, page.editor.planned_edit, "1 234,56")
    _type(qtbot, page.editor.actual_edit, "1000")
    action = page.document.services.mix.get(item_id)
    assert (action.budget_planned_cents, action.budget_actual_cents) == (123_456, 100_000)
    assert page.editor.planned_edit.text() == "1 234,56"
    assert page.editor.actual_edit.text() == "1 000,00"
    budget = page.boards[P.PROMOTION].budget_labels[(P.PROMOTION, C.PLANNED)].text()
    assert f"1{NNBSP}234,56{NBSP}€" in budget
    assert f"1{NNBSP}000,00{NBSP}€" in budget
    card = steps.column_view(page, P.PROMOTION, C.PLANNED).card_model.card(0)
    assert any(f"1{NNBSP}234,56{NBSP}€" in line for line in card.badges)
    assert f"1{NNBSP}234,56{NBSP}€" in page.boards[P.PROMOTION].totals_label.text()


@pytest.mark.parametrize(
    ("typed", "words"),
    [("-50", "cannot be negative"), ("douze", "is not an amount"), ("12,345", "two decimals")],
)
def test_a_bad_budget_is_refused_with_a_message_and_nothing_is_written(
    qtbot: QtBot,
    french: None,
    make_page: Callable[[], MixPageView],
    add: Callable[..., Any],
    steps: Any,
    typed: str,
    words: str,
) -> None:
    item_id = add("Salon", "promotion", "planned", budget_planned_cents=5_000).id
    page = make_page()
    _select(page, steps, item_id)
    _type(qtbot, page.editor.planned_edit, typed)
    assert page.editor.error_label.isVisible()
    assert words in page.editor.error_label.text()
    assert page.document.services.mix.get(item_id).budget_planned_cents == 5_000
    assert page.document.stack.count() == 0
    _type(qtbot, page.editor.planned_edit, "60")  # corrected: accepted, message gone
    assert page.document.services.mix.get(item_id).budget_planned_cents == 6_000
    assert not page.editor.error_label.isVisible()


def test_due_date_is_limited_to_the_plan_and_can_be_cleared(
    qtbot: QtBot, page: MixPageView, add: Callable[..., Any], steps: Any
) -> None:
    item_id = add("Flyers", "promotion", "planned").id
    page.refresh()
    _select(page, steps, item_id)
    due = page.editor.due_edit
    assert due.maximumDate() == QDate(2028, 12, 31)
    assert due.minimumDate() == QDate(2025, 12, 31)  # the day before the plan: "no date"
    assert due.text() == "No date"
    due.setDate(QDate(2027, 3, 1))
    due.editingFinished.emit()
    mix, stack = page.document.services.mix, page.document.stack
    assert mix.get(item_id).due == dt.date(2027, 3, 1)
    assert stack.count() == 1
    stack.undo()
    assert mix.get(item_id).due is None
    assert due.text() == "No date"
    stack.redo()
    assert due.date() == QDate(2027, 3, 1)
    due.setDate(QDate(2035, 1, 1))  # beyond the plan: the field keeps to its last day
    assert due.date() == QDate(2028, 12, 31)
    page.editor.clear_due_button.click()
    assert mix.get(item_id).due is None


def test_a_refused_change_is_explained_in_the_panel(
    page: MixPageView, add: Callable[..., Any], steps: Any
) -> None:
    item_id = add("Flyers", "promotion", "planned").id
    page.refresh()
    _select(page, steps, item_id)
    page.editor.edit_requested.emit(item_id, {"due": dt.date(2030, 1, 1)})
    assert "outside the plan" in page.editor.error_label.text()
    assert page.document.services.mix.get(item_id).due is None
    assert page.document.stack.count() == 0


def test_linking_an_objective_removes_the_no_objective_badge(
    page: MixPageView, add: Callable[..., Any], steps: Any
) -> None:
    services, plan_id = page.document.services, page.document.plan_id
    objective = services.objectives.create(plan_id, {"statement": "Win 500 subscribers"}).id
    segment = services.segments.create(plan_id, {"name": "Students"}).id
    item_id = add("Flyers", "promotion", "planned").id
    page.refresh()
    page.open_board(P.PROMOTION)
    view = steps.column_view(page, P.PROMOTION, C.PLANNED)

    def face() -> CardFace:
        return view.card_model.index(0).data(CARD_ROLE).data

    assert face().unlinked and "No objective" in face().lines
    _select(page, steps, item_id)
    combo = page.editor.objective_combo
    combo.setCurrentIndex(combo.findData(objective))
    combo.activated.emit(combo.currentIndex())
    page.editor.segment_combo.setCurrentIndex(page.editor.segment_combo.findData(segment))
    page.editor.segment_combo.activated.emit(page.editor.segment_combo.currentIndex())
    action = services.mix.get(item_id)
    assert (action.objective_id, action.segment_id) == (objective, segment)
    assert not face().unlinked
    assert "Objective: Win 500 subscribers" in face().lines
    assert "Segment: Students" in face().lines
    page.document.stack.undo()
    page.document.stack.undo()
    assert face().unlinked


def test_p_and_column_lists_move_the_card_and_the_delete_button_deletes_it(
    page: MixPageView, add: Callable[..., Any], steps: Any
) -> None:
    item_id = add("Flyers", "promotion", "planned").id
    page.refresh()
    _select(page, steps, item_id)
    editor = page.editor
    editor.column_combo.setCurrentIndex(editor.column_combo.findData(C.DONE))
    editor.column_combo.activated.emit(editor.column_combo.currentIndex())
    assert steps.shown_titles(page, P.PROMOTION, C.DONE) == ["Flyers"]
    editor.p_combo.setCurrentIndex(editor.p_combo.findData(P.PLACE))
    editor.p_combo.activated.emit(editor.p_combo.currentIndex())
    assert steps.stored(page) == [(item_id, "place", "done", "Flyers")]
    assert page.current_board() is page.boards[P.PLACE]  # the board follows the card
    assert page.editor.action.p == P.PLACE
    editor.delete_button.click()
    assert steps.stored(page) == []
    assert not page.editor_area.isVisible()
    page.document.stack.undo()
    assert steps.stored(page) == [(item_id, "place", "done", "Flyers")]


def test_opening_a_board_does_not_open_the_details_until_a_card_is_chosen(
    qtbot: QtBot, page: MixPageView, add: Callable[..., Any], steps: Any
) -> None:
    add("Flyers", "promotion", "idea")
    second = add("Posters", "promotion", "idea").id
    page.refresh()
    page.open_board(P.PROMOTION)
    view = steps.column_view(page, P.PROMOTION, C.IDEA)
    assert view.hasFocus()
    assert not page.editor_area.isVisible()  # the boards keep their width
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert page.editor_area.isVisible()
    assert page.editor.action.id == second
