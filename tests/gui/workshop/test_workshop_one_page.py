"""The "strategy on a page" step: the plan's targets, positioning, objectives and KPIs,
read again when they change (and when the change is undone)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from stratdesk.ui.commands.entity import UpdateCommand
from stratdesk.ui.workshop.one_page import StrategyOnAPage


def test_the_step_shows_the_plans_choices_and_follows_their_changes(
    qtbot: QtBot, open_workshop
) -> None:
    workshop = open_workshop("strategy_on_a_page")
    stage = workshop.stage
    page = stage.stack.currentWidget()
    assert isinstance(page, StrategyOnAPage)
    assert stage.title_label.text() == "Strategy on a page"
    titles = [panel.title.text() for panel in page.panels]
    assert titles == [
        "Whom we target",
        "How we want to be seen",
        "What we aim for",
        "How we measure it",
    ]
    targets, positioning, objectives, kpis = (panel.body.text() for panel in page.panels)
    assert "Primary: Remote workers" in targets
    assert "Brûlerie des Quais" in positioning
    document = stage.document
    objective = document.services.objectives.list(document.plan_id)[0]
    assert objective.statement in objectives
    assert document.services.kpis.list(document.plan_id)[0].name in kpis
    command = UpdateCommand(
        document.runner,
        document.services.objectives,
        objective.id,
        {"statement": "Sell more coffee."},
        "Edit",
    )
    document.runner.push(command)
    qtbot.waitUntil(lambda: "Sell more coffee." in page.panels[2].body.text())
    document.stack.undo()
    qtbot.waitUntil(lambda: objective.statement in page.panels[2].body.text())
    assert "Sell more coffee." not in page.panels[2].body.text()
