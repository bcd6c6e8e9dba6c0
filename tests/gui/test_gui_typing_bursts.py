"""Typing merges into one undo step within one burst only: an edit made after a pause of
more than MERGE_WINDOW_SECONDS is a step of its own. A fake clock stands in for time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from stratdesk.domain.enums import PorterForce
from stratdesk.services.workspace import Workspace
from stratdesk.ui.commands import CommandRunner, ServiceCommand, UpdateCommand
from stratdesk.ui.commands.kpis import SetTargetCommand
from stratdesk.ui.commands.merging import MERGE_WINDOW_SECONDS
from stratdesk.ui.commands.strategy import SetForceRatingCommand

IN_BURST = MERGE_WINDOW_SECONDS / 2
AFTER_A_PAUSE = MERGE_WINDOW_SECONDS + 1


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def workspace(plan_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open(plan_path)
    yield ws
    ws.close()


@pytest.fixture
def runner(qtbot: QtBot) -> CommandRunner:
    return CommandRunner(QUndoStack())


Edit = Callable[[str], ServiceCommand]


def _objective_edit(workspace: Workspace, runner: CommandRunner, clock: FakeClock) -> Edit:
    service = workspace.services.objectives
    item_id = service.create(workspace.plan_id, {"statement": "Grow"}).id
    return lambda text: UpdateCommand(
        runner, service, item_id, {"owner": text}, "Edit", clock=clock
    )


def _target_edit(workspace: Workspace, runner: CommandRunner, clock: FakeClock) -> Edit:
    service = workspace.services.kpi_targets
    kpi_id = workspace.services.kpis.create(workspace.plan_id, {"name": "Visits"}).id
    start = dt.date(2026, 1, 1)
    return lambda text: SetTargetCommand(
        runner, service, kpi_id, start, float(len(text)), "Edit", clock=clock
    )


def _force_edit(workspace: Workspace, runner: CommandRunner, clock: FakeClock) -> Edit:
    service, plan_id = workspace.services.forces, workspace.plan_id
    return lambda text: SetForceRatingCommand(
        runner, service, plan_id, PorterForce.RIVALRY, {"notes": text}, "Edit", clock=clock
    )


MERGING = [_objective_edit, _target_edit, _force_edit]


@pytest.mark.parametrize("make", MERGING, ids=["update", "target", "force"])
def test_edits_in_one_burst_are_one_undo_step(
    make: Callable[..., Edit], workspace: Workspace, runner: CommandRunner
) -> None:
    clock = FakeClock()
    edit = make(workspace, runner, clock)
    for text in ("L", "Lé", "Léa"):
        assert runner.push(edit(text))
        clock.now += IN_BURST  # each pause is short, however long the burst
    assert runner.stack.count() == 1


@pytest.mark.parametrize("make", MERGING, ids=["update", "target", "force"])
def test_an_edit_after_a_pause_is_a_step_of_its_own(
    make: Callable[..., Edit], workspace: Workspace, runner: CommandRunner
) -> None:
    clock = FakeClock()
    edit = make(workspace, runner, clock)
    assert runner.push(edit("L"))
    clock.now += AFTER_A_PAUSE
    assert runner.push(edit("Léa"))
    assert runner.stack.count() == 2
    runner.stack.undo()
    assert runner.stack.index() == 1  # the first edit stays done


def test_undo_after_a_pause_takes_back_only_the_last_burst(
    workspace: Workspace, runner: CommandRunner
) -> None:
    clock = FakeClock()
    service = workspace.services.objectives
    edit = _objective_edit(workspace, runner, clock)
    item_id = service.list(workspace.plan_id)[0].id
    for text in ("M", "Ma"):
        runner.push(edit(text))
        clock.now += IN_BURST
    clock.now += AFTER_A_PAUSE
    for text in ("Mat", "Math"):
        runner.push(edit(text))
        clock.now += IN_BURST
    runner.stack.undo()
    assert service.get(item_id).owner == "Ma"
    runner.stack.undo()
    assert service.get(item_id).owner == ""


def test_a_page_gives_its_clock_to_the_commands_it_builds(qtbot: QtBot, plan_path: Path) -> None:
    from stratdesk.ui.document import PlanDocument
    from stratdesk.ui.strategy.objectives import ObjectivesView

    document = PlanDocument(Workspace.open(plan_path))
    try:
        page = ObjectivesView(document)
        qtbot.addWidget(page)
        clock = FakeClock()
        page.intents.clock = clock
        item_id = page.add_objective()
        assert item_id is not None
        page.intents.edit(item_id, "owner", "Léa")
        clock.now += IN_BURST
        page.intents.edit(item_id, "owner", "Léo")
        clock.now += AFTER_A_PAUSE
        page.intents.edit(item_id, "owner", "Lou")
        assert document.stack.count() == 3  # added; "Léa" then "Léo" merged; "Lou"
    finally:
        document.close()
