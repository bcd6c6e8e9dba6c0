"""Strategy on a page: it shows the plan's positioning, objectives, campaigns and budget,
follows a new campaign (and only what it shows), and Enter on a campaign opens it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

D = dt.date


def _page(window: Any, qtbot: Any) -> Any:
    window.show_workspace("strategy", "onepage")
    page = window.plan_view.workspace("strategy").page_widget("onepage")
    qtbot.waitExposed(page)
    return page


def test_it_follows_a_new_campaign_and_opens_it(plan_window, qtbot) -> None:
    services, plan_id = plan_window.document.services, plan_window.document.plan_id
    objective = services.objectives.create(plan_id, {"statement": "Grow", "status": "active"})
    page = _page(plan_window, qtbot)
    assert [o.statement for o in page.shown.objectives] == ["Grow"]
    assert page.shown.campaigns == ()
    year = page.shown.year
    with qtbot.waitSignal(page.state.updated):
        campaign = services.campaigns.create(
            plan_id, {"name": "Radio", "start": D(year, 5, 4), "end": D(year, 5, 8)}
        )
    assert [c.name for c in page.shown.campaigns] == ["Radio"]
    assert page.strip.bar(campaign.id) is not None
    reads = page.state.reads
    services.competitors.create(plan_id, {"name": "Rival"})  # not shown here
    qtbot.wait(150)
    assert page.state.reads == reads
    page.strip.select_bar(campaign.id)
    page.strip.setFocus()
    qtbot.keyClick(page.strip, Qt.Key.Key_Return)
    assert plan_window.plan_view.current_page() == "campaigns"
    campaigns = plan_window.plan_view.workspace("operations").page_widget("campaigns")
    assert campaigns.editor.campaign.id == campaign.id
    assert objective.id  # the objective stayed shown
