"""The generic undo commands over real services: one step each, the same ids back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from stratdesk.services.workspace import Workspace
from stratdesk.ui.commands import (
    CommandRunner,
    CreateCommand,
    DeleteCommand,
    MacroCommand,
    MoveCommand,
    ReorderCommand,
    UpdateCommand,
)


@pytest.fixture
def workspace(plan_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open(plan_path)
    yield ws
    ws.close()


@pytest.fixture
def runner(qtbot: QtBot) -> CommandRunner:
    return CommandRunner(QUndoStack())


def _swot(workspace: Workspace) -> list[tuple[int, str, str]]:
    rows = workspace.services.swot.list(workspace.plan_id)
    return [(r.id, str(r.quadrant), r.text) for r in rows]


def _add_swot(workspace: Workspace, quadrant: str, text: str) -> int:
    return workspace.services.swot.create(
        workspace.plan_id, {"quadrant": quadrant, "text": text}
    ).id


def test_create_undo_redo_restores_the_same_id(runner: CommandRunner, workspace: Workspace) -> None:
    service = workspace.services.objectives
    command = CreateCommand(runner, service, workspace.plan_id, {"statement": "Grow"}, "Add")
    assert runner.push(command)
    item_id = command.item_id
    runner.stack.undo()
    assert service.list(workspace.plan_id) == []
    runner.stack.redo()
    assert [o.id for o in service.list(workspace.plan_id)] == [item_id]
    runner.stack.undo()
    runner.stack.redo()
    assert [o.id for o in service.list(workspace.plan_id)] == [item_id]


def test_a_refused_create_is_not_pushed_and_reported(
    qtbot: QtBot, runner: CommandRunner, workspace: Workspace
) -> None:
    service = workspace.services.objectives
    command = CreateCommand(runner, service, workspace.plan_id, {"statement": ""}, "Add")
    with qtbot.waitSignal(runner.failed) as blocker:
        assert not runner.push(command)
    assert "must not be empty" in blocker.args[0]
    assert runner.stack.count() == 0


def test_running_is_signalled_around_each_call(runner: CommandRunner, workspace: Workspace) -> None:
    states: list[bool] = []
    runner.running_changed.connect(states.append)
    service = workspace.services.objectives
    runner.push(CreateCommand(runner, service, workspace.plan_id, {"statement": "A"}, "Add"))
    runner.stack.undo()
    assert states == [True, False, True, False]


def test_update_merges_consecutive_edits_of_one_field(
    runner: CommandRunner, workspace: Workspace
) -> None:
    service = workspace.services.objectives
    item_id = service.create(workspace.plan_id, {"statement": "A"}).id
    for text in ("AB", "ABC"):
        assert runner.push(UpdateCommand(runner, service, item_id, {"statement": text}, "Edit"))
    assert runner.stack.count() == 1
    runner.stack.undo()
    assert service.get(item_id).statement == "A"
    runner.stack.redo()
    assert service.get(item_id).statement == "ABC"


def test_update_of_another_field_or_row_does_not_merge(
    runner: CommandRunner, workspace: Workspace
) -> None:
    service = workspace.services.objectives
    first = service.create(workspace.plan_id, {"statement": "A"}).id
    second = service.create(workspace.plan_id, {"statement": "B"}).id
    runner.push(UpdateCommand(runner, service, first, {"owner": "Ana"}, "Edit"))
    runner.push(UpdateCommand(runner, service, first, {"target": 10.0}, "Edit"))
    runner.push(UpdateCommand(runner, service, second, {"target": 10.0}, "Edit"))
    assert runner.stack.count() == 3


def test_typing_back_the_original_value_leaves_no_step(
    runner: CommandRunner, workspace: Workspace
) -> None:
    service = workspace.services.objectives
    item_id = service.create(workspace.plan_id, {"statement": "A"}).id
    runner.push(UpdateCommand(runner, service, item_id, {"statement": "AB"}, "Edit"))
    runner.push(UpdateCommand(runner, service, item_id, {"statement": "A"}, "Edit"))
    assert runner.stack.count() == 0
    assert service.get(item_id).statement == "A"


def test_delete_restores_cascades_and_links(runner: CommandRunner, workspace: Workspace) -> None:
    services = workspace.services
    objective = services.objectives.create(workspace.plan_id, {"statement": "Grow"}).id
    item = services.roadmap.create(
        workspace.plan_id,
        {
            "title": "Launch",
            "start": "2026-03-01",
            "end": "2026-04-01",
            "objective_id": objective,
        },
    ).id
    runner.push(DeleteCommand(runner, services.objectives, objective, "Delete"))
    assert services.roadmap.get(item).objective_id is None
    runner.stack.undo()
    assert services.objectives.get(objective).statement == "Grow"
    assert services.roadmap.get(item).objective_id == objective


def test_move_between_groups_and_back(runner: CommandRunner, workspace: Workspace) -> None:
    service = workspace.services.swot
    s1, s2 = _add_swot(workspace, "S", "s1"), _add_swot(workspace, "S", "s2")
    w1 = _add_swot(workspace, "W", "w1")
    assert runner.push(MoveCommand(runner, service, s1, {"quadrant": "W"}, 0, "Move"))
    assert _swot(workspace) == [(s2, "S", "s2"), (s1, "W", "s1"), (w1, "W", "w1")]
    runner.stack.undo()
    assert _swot(workspace) == [(s1, "S", "s1"), (s2, "S", "s2"), (w1, "W", "w1")]
    runner.stack.redo()
    assert _swot(workspace)[1] == (s1, "W", "s1")


def test_reorder_and_back(runner: CommandRunner, workspace: Workspace) -> None:
    service = workspace.services.swot
    ids = [_add_swot(workspace, "O", f"o{i}") for i in range(3)]
    assert runner.push(ReorderCommand(runner, service, workspace.plan_id, ids[::-1], "Order"))
    assert [i for i, _, _ in _swot(workspace)] == ids[::-1]
    runner.stack.undo()
    assert [i for i, _, _ in _swot(workspace)] == ids
    # The same order again is no step.
    assert not runner.push(ReorderCommand(runner, service, workspace.plan_id, ids, "Order"))


def test_a_macro_is_all_or_nothing(runner: CommandRunner, workspace: Workspace) -> None:
    service = workspace.services.objectives
    keep = service.create(workspace.plan_id, {"statement": "Keep"}).id
    macro = MacroCommand(runner, "Two edits")
    macro.add(UpdateCommand(runner, service, keep, {"owner": "Ana"}, ""))
    macro.add(UpdateCommand(runner, service, keep, {"statement": ""}, ""))  # refused
    assert not runner.push(macro)
    assert runner.stack.count() == 0
    assert service.get(keep).owner == ""  # the first edit was taken back


def test_a_macro_undoes_in_one_step(runner: CommandRunner, workspace: Workspace) -> None:
    service = workspace.services.objectives
    ids = [service.create(workspace.plan_id, {"statement": s}).id for s in "ABC"]
    macro = MacroCommand(runner, "Delete 3")
    for item_id in ids:
        macro.add(DeleteCommand(runner, service, item_id, ""))
    assert runner.push(macro)
    assert runner.stack.count() == 1
    runner.stack.undo()
    assert [o.id for o in service.list(workspace.plan_id)] == ids


def test_read_only_runner_refuses_everything(qtbot: QtBot, workspace: Workspace) -> None:
    runner = CommandRunner(QUndoStack(), read_only=True)
    service = workspace.services.objectives
    with qtbot.waitSignal(runner.failed):
        assert not runner.push(
            CreateCommand(runner, service, workspace.plan_id, {"statement": "A"}, "Add")
        )
    assert service.list(workspace.plan_id) == []


def test_a_failing_undo_is_reported_and_dropped(
    qtbot: QtBot, runner: CommandRunner, workspace: Workspace
) -> None:
    service: Any = workspace.services.objectives
    item_id = service.create(workspace.plan_id, {"statement": "A"}).id
    runner.push(UpdateCommand(runner, service, item_id, {"owner": "Ana"}, "Edit"))
    service.delete(item_id)  # gone behind the command's back
    with qtbot.waitSignal(runner.failed):
        runner.stack.undo()
    assert runner.stack.count() == 0
