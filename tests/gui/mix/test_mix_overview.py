"""The overview (all Ps side by side), the card models, and the filters as a person uses them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from stratdesk.domain.enums import MixColumn, MixP
from stratdesk.ui.operations.mix.filters import NO_LINK
from stratdesk.ui.operations.mix.overview import BUDGET_ROLE, COUNT_ROLE, NOTICE_ROLE
from stratdesk.ui.operations.mix.page import MixPageView

P, C = MixP, MixColumn


@pytest.fixture
def filled(page: MixPageView, add: Callable[..., Any]) -> dict[str, int]:
    services, plan_id = page.document.services, page.document.plan_id
    grow = services.objectives.create(plan_id, {"statement": "Grow"}).id
    ids = {
        "grow": grow,
        "flyers": add(
            "Flyers",
            "promotion",
            "planned",
            owner="Léa",
            due=dt.date(2026, 5, 1),
            budget_planned_cents=12_000,
            objective_id=grow,
        ).id,
        "posters": add("Posters", "promotion", "planned", owner="Camille").id,
        "stall": add(
            "Market stall",
            "place",
            "done",
            budget_planned_cents=50_000,
            budget_actual_cents=48_000,
            objective_id=grow,
        ).id,
    }
    page.refresh()
    return ids


def test_models_pass_the_qt_model_tester(
    qtmodeltester: ModelTester, page: MixPageView, filled: dict[str, int], steps: Any
) -> None:
    qtmodeltester.check(page.overview_model, force_py=True)
    page.open_board(P.PROMOTION)
    qtmodeltester.check(steps.column_view(page, P.PROMOTION, C.PLANNED).card_model, force_py=True)


def test_overview_counts_budgets_and_what_needs_attention(
    page: MixPageView, filled: dict[str, int]
) -> None:
    model = page.overview_model
    ps = list(page.ps)
    promotion_planned = model.index(ps.index(P.PROMOTION), list(C).index(C.PLANNED))
    assert promotion_planned.data(COUNT_ROLE) == "2 actions"
    assert promotion_planned.data(BUDGET_ROLE) == "Planned €120.00\nActual €0.00"
    assert promotion_planned.data(NOTICE_ROLE) == "1 overdue · 1 without objective"
    total = model.index(len(ps), len(C))  # all Ps, all columns
    assert total.data(COUNT_ROLE) == "3 actions"
    assert total.data(BUDGET_ROLE) == "Planned €620.00\nActual €480.00"
    place_done = model.index(ps.index(P.PLACE), list(C).index(C.DONE))
    assert place_done.data(COUNT_ROLE) == "1 action"
    assert place_done.data(NOTICE_ROLE) == ""
    assert model.index(0, 0).data(COUNT_ROLE) == "No action"
    assert model.headerData(len(ps), Qt.Orientation.Vertical) == "All Ps"
    assert page.tabs.tabText(page.tabs.indexOf(page.boards[P.PROMOTION])) == "Promotion (2)"


def test_enter_on_an_overview_cell_opens_that_board(
    qtbot: QtBot, page: MixPageView, filled: dict[str, int]
) -> None:
    index = page.overview_model.index(list(page.ps).index(P.PLACE), 3)
    page.overview.setFocus()
    page.overview.setCurrentIndex(index)
    qtbot.keyClick(page.overview, Qt.Key.Key_Return)
    assert page.current_board() is page.boards[P.PLACE]
    assert page.boards[P.PLACE].board.view((P.PLACE, C.DONE)).hasFocus()


def test_filters_from_the_bar(
    qtbot: QtBot, page: MixPageView, filled: dict[str, int], steps: Any
) -> None:
    page.open_board(P.PROMOTION)
    bar = page.filter_bar
    group = (P.PROMOTION, C.PLANNED)
    assert steps.shown_titles(page, *group) == ["Flyers", "Posters"]
    bar.objective_combo.setCurrentIndex(bar.objective_combo.findData(NO_LINK))
    assert steps.shown_titles(page, *group) == ["Posters"]
    assert page.summary_label.text().startswith("Showing 1 of 3 actions")
    bar.clear()
    bar.overdue_check.setChecked(True)
    assert steps.shown_titles(page, *group) == ["Flyers"]
    budget = page.boards[P.PROMOTION].budget_labels[group].text()
    assert "€120.00" in budget  # the totals count what is shown
    bar.clear()
    bar.owner_combo.setCurrentIndex(bar.owner_combo.findData("Camille"))
    assert steps.shown_titles(page, *group) == ["Posters"]
    bar.clear()
    bar.segment_combo.setCurrentIndex(bar.segment_combo.findData(NO_LINK))
    assert steps.shown_titles(page, *group) == ["Flyers", "Posters"]
    bar.clear()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    steps.column_view(page, *group).setFocus()
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.search_edit.hasFocus()
    qtbot.keyClicks(bar.search_edit, "post")
    assert steps.shown_titles(page, *group) == ["Posters"]
    assert page.overview_model.index(len(page.ps), 4).data(COUNT_ROLE) == "1 action"


def test_the_filter_lists_follow_the_plan(
    page: MixPageView, filled: dict[str, int], add: Callable[..., Any]
) -> None:
    bar = page.filter_bar
    assert bar.owner_combo.findData("Léa") >= 0
    bar.objective_combo.setCurrentIndex(bar.objective_combo.findData(filled["grow"]))
    assert page.state.shown_count() == 2
    # The objective is deleted elsewhere: the filter goes back to "all" rather than hide all.
    page.document.services.objectives.delete(filled["grow"])
    page.refresh()
    assert bar.objective_combo.currentData() is None
    assert page.state.shown_count() == 3
