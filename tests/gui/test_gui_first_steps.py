"""What a new user meets first: a new plan opens where a plan begins, text that looks like a
link acts, and the TOWS tab speaks of what TOWS has."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot

from stratdesk.services.demo import build_demo
from stratdesk.ui.main_window import MainWindow
from stratdesk.ui.strategy.swot.page import TOWS_TAB, SwotView
from stratdesk.ui.widgets.empty_state import EmptyStateView


def test_a_new_plan_starts_on_the_first_strategy_page(
    qtbot: QtBot, window: MainWindow, chooser: Any, plan_path: Path, tmp_path: Path
) -> None:
    assert window.open_file(plan_path)
    window.show_workspace("operations", "kpis")  # where the previous plan was left
    assert window.close_file()
    chooser.save_answer = tmp_path / "fresh.stratdesk"
    assert window.create_plan({"name": "Fresh"}, {"title": "New", "start_year": 2026})
    view = window.plan_view
    assert view is not None
    first = view.workspace("strategy").page_keys()[0]
    assert (view.current_workspace(), view.current_page()) == ("strategy", first)
    # Opening an existing plan again goes back to where the person was.
    assert window.open_file(plan_path)
    assert window.plan_view is not None
    assert window.plan_view.current_workspace() == "strategy"


def test_an_empty_state_step_is_not_link_coloured_unless_it_acts(qtbot: QtBot) -> None:
    plain = EmptyStateView("Campaigns", "What will be here.", "Add your first campaign.")
    qtbot.addWidget(plain)
    assert plain.hint_label.foregroundRole() != QPalette.ColorRole.Highlight
    assert plain.hint_label.foregroundRole() != QPalette.ColorRole.Link
    assert plain.action_button is None
    done: list[int] = []
    acting = EmptyStateView(
        "KPIs", "Text.", "Add your first KPI.", action=lambda: done.append(1), action_text="Add"
    )
    qtbot.addWidget(acting)
    assert acting.action_button is not None
    acting.action_button.click()
    assert done == [1]


def test_the_kpi_pages_first_step_is_a_button_that_adds_the_kpi(plan_window: MainWindow) -> None:
    view = plan_window.plan_view
    assert view is not None
    plan_window.show_workspace("operations", "kpis")
    page = view.workspace("operations").page_widget("kpis")
    assert page.add_first_button.isVisible()
    page.add_first_button.click()
    document = plan_window.document
    assert document is not None
    assert [k.name for k in document.services.kpis.list(document.plan_id)] == ["New KPI"]
    assert not page.add_first_button.isVisible()


def test_the_tows_tab_speaks_of_tows_and_links_to_its_objective(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = build_demo(tmp_path / "demo.stratdesk", language="en", today=dt.date(2026, 11, 27))
    assert window.open_file(path)
    view = window.plan_view
    assert view is not None
    window.show_workspace("strategy", "swot")
    page = view.workspace("strategy").page_widget("swot")
    assert isinstance(page, SwotView)
    assert "weight" in page.header.description_label.text()  # the SWOT tab: weights, yes
    page.tabs.setCurrentIndex(TOWS_TAB)
    assert "weight" not in page.header.description_label.text().lower()
    # A strategy promoted to an objective links to it, and the link opens that objective.
    strategy = next(s for s in page.data.strategies if page.data.objectives_of(s.id))
    page.tows.board.focus_card(strategy.id)
    label = page.tows.objective_label
    assert 'href="objective"' in label.text()
    label.linkActivated.emit("objective")
    assert (view.current_workspace(), view.current_page()) == ("strategy", "objectives")
    objectives_page = view.workspace("strategy").page_widget("objectives")
    current = objectives_page.current_objective()  # the one the details panel shows
    assert current is not None
    assert page.data.objectives_of(strategy.id)[0].id == current.id
