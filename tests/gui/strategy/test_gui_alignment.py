"""The Alignment page: a finding's button selects the item in its page, the tree jumps, the
badge counts, undo of a fix brings the finding back, and the page reads the plan again when
something it shows changes, and only then."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from stratdesk.ui.commands.entity import UpdateCommand
from stratdesk.ui.strategy.alignment.findings import GO, ITEM_ROLE
from stratdesk.ui.strategy.alignment.trace import NAME

D = dt.date


def _page(window: Any, qtbot: Any) -> Any:
    window.show_workspace("strategy", "alignment")
    page = window.plan_view.workspace("strategy").page_widget("alignment")
    qtbot.waitExposed(page)
    return page


def _finding(page: Any, name: str) -> QModelIndex:
    rows = page.findings_model.finding_rows()
    return next(i for i in rows if i.data() == name)


def _set_up(window: Any) -> dict[str, Any]:
    services, plan_id = window.document.services, window.document.plan_id
    kpi = services.kpis.create(plan_id, {"name": "Sign-ups", "unit": "count"})
    objective = services.objectives.create(plan_id, {"statement": "Grow", "kpi_id": kpi.id})
    action = services.mix.create(plan_id, {"title": "Flyers", "p": "promotion"})
    campaign = services.campaigns.create(
        plan_id,
        {"name": "Search ads", "start": D(2026, 3, 2), "end": D(2026, 3, 9)},
    )
    services.campaigns.update(campaign.id, {"objective_id": objective.id})
    return {"kpi": kpi, "objective": objective, "action": action, "campaign": campaign}


def test_a_findings_button_selects_the_item_in_its_page(plan_window, qtbot) -> None:
    items = _set_up(plan_window)
    page = _page(plan_window, qtbot)
    index = _finding(page, "Flyers")
    button = index.siblingAtColumn(GO)
    rect = page.findings.visualRect(button)
    qtbot.mouseClick(page.findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert plan_window.plan_view.current_page() == "mix"
    mix = plan_window.plan_view.workspace("operations").page_widget("mix")
    assert mix.editor.action is not None and mix.editor.action.id == items["action"].id


def test_the_tree_jumps_to_a_campaign(plan_window, qtbot) -> None:
    items = _set_up(plan_window)
    page = _page(plan_window, qtbot)
    page.tabs.setCurrentIndex(1)
    model = page.trace_filter
    top = model.index(0, NAME)
    assert top.data() == "Grow"
    rows = [model.index(r, NAME, top) for r in range(model.rowCount(top))]
    campaigns = next(i for i in rows if i.data().startswith("Campaigns"))
    row = model.index(0, NAME, campaigns)
    assert row.data(ITEM_ROLE) == ("campaign", items["campaign"].id, "")
    page.trace.setCurrentIndex(row)
    page.trace.setFocus()
    qtbot.keyClick(page.trace, Qt.Key.Key_Return)
    assert plan_window.plan_view.current_page() == "campaigns"
    campaigns_page = plan_window.plan_view.workspace("operations").page_widget("campaigns")
    assert campaigns_page.editor.campaign.id == items["campaign"].id


def test_the_filter_keeps_matching_rows_and_their_objective(plan_window, qtbot) -> None:
    _set_up(plan_window)
    page = _page(plan_window, qtbot)
    page.search.setText("search ads")
    model = page.trace_filter
    assert model.rowCount() == 1
    page.search.setText("nothing like it")
    assert model.rowCount() == 0


def test_undo_of_a_fix_brings_the_finding_back(plan_window, qtbot) -> None:
    items = _set_up(plan_window)
    page = _page(plan_window, qtbot)
    view = plan_window.plan_view.workspace("strategy")
    state = page.state
    before = len(state.findings)
    assert view.badge("alignment") == before
    fix = UpdateCommand(
        plan_window.document.runner,
        plan_window.document.services.mix,
        items["action"].id,
        {"objective_id": items["objective"].id},
        "Link",
    )
    with qtbot.waitSignal(state.updated):
        plan_window.document.runner.push(fix)
    assert "Flyers" not in [i.data() for i in page.findings_model.finding_rows()]
    assert view.badge("alignment") == before - 1
    with qtbot.waitSignal(state.updated):
        plan_window.document.stack.undo()
    assert _finding(page, "Flyers").isValid()
    assert view.badge("alignment") == before


def test_the_page_reads_again_when_what_it_shows_changes_and_only_then(plan_window, qtbot) -> None:
    _set_up(plan_window)
    page = _page(plan_window, qtbot)
    services, plan_id = plan_window.document.services, plan_window.document.plan_id
    state = page.state
    reads = state.reads
    services.competitors.create(plan_id, {"name": "Rival"})  # not shown here
    qtbot.wait(150)
    assert state.reads == reads
    with qtbot.waitSignal(state.updated):
        services.campaigns.create(
            plan_id, {"name": "Radio", "start": D(2026, 5, 4), "end": D(2026, 5, 8)}
        )
    assert state.reads == reads + 1
    assert _finding(page, "Radio").isValid()  # serves no objective
    kpi = services.kpis.list(plan_id)[0]
    with qtbot.waitSignal(state.updated):
        services.kpi_measurements.create(kpi.id, {"day": D(2026, 3, 3), "value": 4})
    assert state.reads == reads + 2


def test_a_channel_over_budget_opens_the_budget_by_channel(plan_window, qtbot) -> None:
    services, plan_id = plan_window.document.services, plan_window.document.plan_id
    campaign = services.campaigns.create(
        plan_id, {"name": "Radio", "start": D(2026, 3, 2), "end": D(2026, 3, 9)}
    )
    services.campaigns.update(
        campaign.id, {"budget_planned_cents": 1_000, "budget_actual_cents": 2_000}
    )
    page = _page(plan_window, qtbot)
    rows = page.findings_model.finding_rows()
    channel = next(i for i in rows if i.data(ITEM_ROLE)[0] == "channel")
    assert page.open_item(channel)
    campaigns = plan_window.plan_view.workspace("operations").page_widget("campaigns")
    assert campaigns.views.currentIndex() == 4  # the budget view
    assert campaigns.views.budget.dimension() == "channel"
