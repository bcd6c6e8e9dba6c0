"""The Segmentation & targeting page: scores typed in the grid move the matrix's bubbles,
targeting shows in the list and on the matrix, a bubble clicked chooses its segment, and
every edit is one undo step."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from stratdesk.domain.enums import CriterionKind, Targeting
from stratdesk.ui.document import PlanDocument
from stratdesk.ui.strategy.targeting import targeting_page
from stratdesk.ui.strategy.targeting.page import SCORING_TAB, TargetingView
from stratdesk.ui.strategy.targeting.personas import PERSONAS, PersonaDialog
from stratdesk.ui.strategy.targeting.segments_tab import SEGMENTS

SCORE_ROLE = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def demo_page(demo_document: PlanDocument, show: Callable[[QWidget], QWidget]) -> TargetingView:
    view = targeting_page(demo_document)
    assert isinstance(view, TargetingView)
    show(view)
    return view


@pytest.fixture
def page(document: PlanDocument, show: Callable[[QWidget], QWidget]) -> TargetingView:
    view = TargetingView(document)
    show(view)
    return view


def segment(page: TargetingView, name: str) -> Any:
    return next(s for s in page.data.segments if s.name == name)


def criterion(page: TargetingView, name: str) -> Any:
    return next(c for c in page.data.criteria if c.name == name)


def go_to_cell(page: TargetingView, segment_name: str, criterion_name: str) -> None:
    page.tabs.setCurrentIndex(SCORING_TAB)
    model = page.grid_model
    row = model.row_of(segment(page, segment_name).id)
    column = model.column_of(criterion(page, criterion_name).id)
    page.grid.setFocus()
    page.grid.setCurrentIndex(model.index(row, column))


def stored_score(page: TargetingView, segment_name: str, criterion_name: str) -> int | None:
    found = page.document.services.scores.find(
        segment(page, segment_name).id, criterion_id=criterion(page, criterion_name).id
    )
    return None if found is None else found.score


# -- scores and the matrix ---------------------------------------------------------------
def test_typing_a_score_moves_the_bubble_and_undo_brings_it_back(
    qtbot: QtBot, demo_page: TargetingView
) -> None:
    page = demo_page
    remote = segment(page, "Remote workers").id
    before = page.matrix.bubble(remote)
    assert before is not None
    go_to_cell(page, "Remote workers", "Market size")
    qtbot.keyClicks(page.grid, "2")
    assert stored_score(page, "Remote workers", "Market size") == 2
    after = page.matrix.bubble(remote)
    assert after is not None
    assert after.attractiveness < before.attractiveness  # 9 → 2 on a criterion weighing 30
    assert after.strength == before.strength
    item = page.matrix.item(remote)
    assert item is not None and item.pos().y() == pytest.approx(after.attractiveness)
    assert page.document.stack.undoText() == "Set score"
    page.document.stack.undo()
    assert stored_score(page, "Remote workers", "Market size") == 9
    assert page.matrix.bubble(remote) == before


def test_one_then_zero_is_ten_in_one_undo_step_and_delete_clears(
    qtbot: QtBot, demo_page: TargetingView
) -> None:
    page, stack = demo_page, demo_page.document.stack
    go_to_cell(page, "Gift buyers", "Growth")
    count = stack.count()
    qtbot.keyClicks(page.grid, "10")
    assert stored_score(page, "Gift buyers", "Growth") == 10
    assert stack.count() == count + 1
    qtbot.keyClick(page.grid, Qt.Key.Key_Delete)
    assert stored_score(page, "Gift buyers", "Growth") is None
    # The attractiveness total is now over 3 of the 4 criteria, and says so.
    model = page.grid_model
    row = model.row_of(segment(page, "Gift buyers").id)
    total = model.index(row, len(page.data.family(CriterionKind.ATTRACTIVENESS)))
    assert str(total.data(SCORE_ROLE)).startswith("≈")
    assert "3 of 4" in total.data(Qt.ItemDataRole.ToolTipRole)
    stack.undo()
    stack.undo()
    assert stored_score(page, "Gift buyers", "Growth") == 5


def test_a_weight_edit_redraws_the_matrix_a_persona_does_not(demo_page: TargetingView) -> None:
    page = demo_page
    offices = segment(page, "Small offices (5 to 50 staff)").id
    before, redraws = page.matrix.bubble(offices), page.matrix.redraws
    model = page.grid_model
    column = model.column_of(criterion(page, "Brand recognition").id)
    assert model.setData(model.index(0, column), 200.0) is False  # beyond 100: refused
    assert page.intents.last_error and page.matrix.redraws == redraws
    assert model.setData(model.index(0, column), 90.0)
    assert page.matrix.redraws == redraws + 1
    after = page.matrix.bubble(offices)
    assert after is not None and before is not None and after.strength < before.strength
    page.choose(offices)
    redraws = page.matrix.redraws
    assert page.add_persona("Jeanne") is not None
    assert [p.name for p in page.personas][-1] == "Jeanne"
    assert page.matrix.redraws == redraws  # personas are not on the matrix


def test_marking_a_target_updates_the_list_and_the_matrix(
    qtbot: QtBot, demo_page: TargetingView
) -> None:
    page = demo_page
    cafes = segment(page, "Cafés and restaurants").id
    page.choose(cafes)
    assert page.matrix.bubble(cafes).targeting is Targeting.NOT_TARGETED  # type: ignore[union-attr]
    qtbot.keyClick(
        page.grid,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert page.document.services.segments.get(cafes).targeting is Targeting.PRIMARY
    card = page.segments.board.model(SEGMENTS).card(
        page.segments.board.model(SEGMENTS).row_of(cafes)
    )
    assert card.badges[0] == "● Primary target"
    assert page.matrix.bubble(cafes).targeting is Targeting.PRIMARY  # type: ignore[union-attr]
    assert page.grid_model.headerData(
        page.grid_model.row_of(cafes), Qt.Orientation.Vertical
    ).startswith("●")
    page.document.stack.undo()
    assert page.matrix.bubble(cafes).targeting is Targeting.NOT_TARGETED  # type: ignore[union-attr]
    assert page.segments.form.targeting_buttons[Targeting.NOT_TARGETED].isChecked()


def test_clicking_a_bubble_chooses_its_segment_everywhere(
    qtbot: QtBot, demo_page: TargetingView
) -> None:
    page = demo_page
    page.tabs.setCurrentIndex(SCORING_TAB)
    gifts = segment(page, "Gift buyers").id
    assert page.current_id != gifts
    item = page.matrix.item(gifts)
    assert item is not None
    plot = page.matrix.plot
    centre = plot.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(centre))
    assert page.current_id == gifts
    assert page.segments.board.current_id() == gifts
    assert page.grid_model.segment_at(page.grid.currentIndex().row()).id == gifts
    assert page.segments.form.name_edit.text() == "Gift buyers"


def test_a_family_without_criteria_says_so_instead_of_a_total(
    qtbot: QtBot, page: TargetingView
) -> None:
    services, plan_id = page.document.services, page.document.plan_id
    segment_id = services.segments.create(plan_id, {"name": "Offices"}).id
    services.criteria.create(plan_id, {"name": "Size", "kind": "attractiveness", "weight": 0})
    page.tabs.setCurrentIndex(SCORING_TAB)
    assert "No strength criteria yet" in page.scoring.problems.text()
    assert "weighs 0" in page.scoring.problems.text()
    model = page.grid_model
    totals = [c for c, spec in enumerate(model.columns) if spec.criterion_id is None]
    row = model.row_of(segment_id)
    assert [model.index(row, c).data() for c in totals] == ["—", "—"]
    assert page.matrix.data.bubbles == () and "weighs 0" in page.matrix.data.message


# -- segments, personas, criteria ---------------------------------------------------------
def test_add_a_segment_by_typing_and_delete_it_with_its_parts(
    qtbot: QtBot, page: TargetingView
) -> None:
    services, stack = page.document.services, page.document.stack
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    line = page.segments.board.column(SEGMENTS).quick_add
    assert line is not None and line.hasFocus()
    qtbot.keyClicks(line, "Offices")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    [offices] = services.segments.list(page.document.plan_id)
    assert page.current_id == offices.id and line.text() == ""
    persona = page.add_persona("Sophie")
    criterion_id = page.criteria.add(CriterionKind.STRENGTH)
    assert criterion_id is not None
    page.grid.rename_editor.close_quietly()  # the name stays "New criterion"
    services.scores.set_score(offices.id, criterion_id, 7)
    assert page.delete_current()
    assert services.segments.list(page.document.plan_id) == []
    assert page.current_id is None and not page.segments.form.form.isVisibleTo(page)
    stack.undo()
    assert services.segments.get(offices.id) == offices
    assert [p.id for p in services.personas.list(offices.id)] == [persona]
    assert services.scores.find(offices.id, criterion_id=criterion_id).score == 7


def test_criteria_are_added_renamed_moved_and_deleted_in_their_family(
    qtbot: QtBot, demo_page: TargetingView
) -> None:
    page, services = demo_page, demo_page.document.services
    new_id = page.criteria.add(CriterionKind.ATTRACTIVENESS)
    assert new_id is not None
    new = services.criteria.get(new_id)
    assert new.weight == 25.0  # the family's mean weight
    editor = page.grid.rename_editor
    assert editor.hasFocus()
    editor.setText("Margin")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert services.criteria.get(new_id).name == "Margin"
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert page.grid.hasFocus()
    family = lambda: [c.name for c in page.data.family(CriterionKind.ATTRACTIVENESS)]  # noqa: E731
    assert family()[-1] == "Margin"
    assert page.grid_model.criterion_at(page.grid.currentIndex().column()).id == new_id
    qtbot.keyClick(
        page.grid,
        Qt.Key.Key_Left,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert family()[-2:] == ["Margin", "Ease of reach"]
    assert page.grid_model.criterion_at(page.grid.currentIndex().column()).id == new_id
    assert not page.criteria.move(-10)
    market = criterion(page, "Market size")
    page.grid.setCurrentIndex(page.grid_model.index(1, page.grid_model.column_of(market.id)))
    scores_before = services.scores.scores(page.document.plan_id)
    assert page.criteria.delete()
    assert "Market size" not in family()
    page.document.stack.undo()
    assert services.criteria.get(market.id) == market
    assert services.scores.scores(page.document.plan_id) == scores_before


def test_personas_are_edited_in_a_dialog_in_one_step_and_a_refusal_stays_open(
    qtbot: QtBot, demo_page: TargetingView
) -> None:
    page, stack = demo_page, demo_page.document.stack
    page.choose(segment(page, "Remote workers").id)
    claire = page.personas[0]
    dialog = page.edit_persona(claire.id)
    assert isinstance(dialog, PersonaDialog)
    count = stack.count()
    dialog.name_edit.setText("")
    dialog.accept()
    assert dialog.isVisible() and dialog.error_label.isVisibleTo(dialog)
    assert stack.count() == count
    dialog.name_edit.setText("Claire D.")
    dialog.needs_edit.setPlainText("Fresh coffee every week")
    dialog.accept()
    assert not dialog.isVisible() and stack.count() == count + 1
    stored = page.document.services.personas.get(claire.id)
    assert (stored.name, stored.needs) == ("Claire D.", "Fresh coffee every week")
    cards = page.segments.personas.model(PERSONAS)
    assert cards.card(0).text == "Claire D."
    stack.undo()
    assert page.document.services.personas.get(claire.id) == claire


def test_the_form_refuses_an_unreadable_amount_and_saves_a_growth(
    qtbot: QtBot, demo_page: TargetingView
) -> None:
    page, stack = demo_page, demo_page.document.stack
    form = page.segments.form
    count = stack.count()
    form.value_edit.setFocus()
    form.value_edit.selectAll()
    qtbot.keyClicks(form.value_edit, "lots")
    qtbot.keyClick(form.value_edit, Qt.Key.Key_Return)
    assert form.error_label.isVisibleTo(form) and "is not an amount" in form.error_label.text()
    assert stack.count() == count
    form.growth_edit.setFocus()
    form.growth_edit.selectAll()
    qtbot.keyClicks(form.growth_edit, "7.5")
    qtbot.keyClick(form.growth_edit, Qt.Key.Key_Return)
    assert page.document.services.segments.get(page.current_id).growth_pct == 7.5
    assert stack.undoText() == "Edit segment"


def test_changes_the_page_does_not_show_leave_it_alone(demo_page: TargetingView) -> None:
    page = demo_page
    services, plan_id = page.document.services, page.document.plan_id
    refreshed: list[int] = []
    page.refresh = lambda: refreshed.append(1)  # type: ignore[method-assign]
    redraws = page.matrix.redraws
    services.mix.create(plan_id, {"p": "price", "title": "Promo"})
    services.competitors.create(plan_id, {"name": "Rival"})
    services.positioning.save(page.data.segments[0].id, {"proof": "An award"})
    assert refreshed == [] and page.matrix.redraws == redraws
    services.segments.update(page.data.segments[0].id, {"description": "Changed"})
    assert refreshed == [1]  # a segment's change reloads the page (its matrix only if shown)


def test_the_matrix_follows_a_switch_to_the_dark_palette(demo_page: TargetingView) -> None:
    from PySide6.QtGui import QPalette

    from stratdesk.ui.style import _dark_palette

    page, redraws = demo_page, demo_page.matrix.redraws
    dark = _dark_palette()
    page.setPalette(dark)
    assert page.matrix.plot.backgroundBrush().color() == dark.color(QPalette.ColorRole.Base)
    assert page.matrix.redraws > redraws
    _rect, label, _zone = page.matrix.cells[0]
    assert label.color == dark.color(QPalette.ColorRole.PlaceholderText)
