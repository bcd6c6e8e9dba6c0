"""The change bridge (same thread and worker threads) and the document's backup timer."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from stratdesk.services.changes import ChangeHub, ChangeSet
from stratdesk.services.workspace import Workspace
from stratdesk.ui.bridge import ChangeBridge
from stratdesk.ui.commands import CreateCommand
from stratdesk.ui.document import BACKUP_INTERVAL_MS, PlanDocument


def test_bridge_re_emits_at_once_on_the_same_thread(qtbot: QtBot) -> None:
    hub = ChangeHub()
    bridge = ChangeBridge(hub)
    seen: list[ChangeSet] = []
    bridge.changed.connect(seen.append)
    change = ChangeSet(frozenset({"objective"}))
    hub.emit(change)
    assert seen == [change]


def test_bridge_queues_changes_from_a_worker_thread(qtbot: QtBot) -> None:
    hub = ChangeHub()
    bridge = ChangeBridge(hub)
    change = ChangeSet(frozenset({"kpi_measurement"}))
    received_on: list[bool] = []
    bridge.changed.connect(lambda _c: received_on.append(threading.current_thread() is main))
    main = threading.current_thread()
    with qtbot.waitSignal(bridge.changed) as blocker:
        worker = threading.Thread(target=hub.emit, args=(change,))
        worker.start()
        worker.join()
    assert blocker.args == [change]
    assert received_on == [True]


def test_detached_bridge_stays_quiet(qtbot: QtBot) -> None:
    hub = ChangeHub()
    bridge = ChangeBridge(hub)
    seen: list[ChangeSet] = []
    bridge.changed.connect(seen.append)
    bridge.detach()
    bridge.detach()
    hub.emit(ChangeSet(frozenset({"plan"})))
    assert seen == []


@pytest.fixture
def document(qtbot: QtBot, plan_path: Path) -> Iterator[PlanDocument]:
    doc = PlanDocument(Workspace.open(plan_path))
    yield doc
    doc.close()


def _add(document: PlanDocument, statement: str = "Grow") -> None:
    runner = document.runner
    service = document.services.objectives
    runner.push(CreateCommand(runner, service, document.plan_id, {"statement": statement}, "Add"))


def test_backup_clock_starts_with_the_first_change(
    document: PlanDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    monkeypatch.setattr(document.workspace, "backup_if_changed", lambda: calls.append(1))
    timer = document.backup_timer
    starts: list[int] = []
    real_start = timer.start
    monkeypatch.setattr(timer, "start", lambda *args: (starts.append(1), real_start(*args)))
    assert not timer.isActive()
    _add(document)
    assert timer.isActive() and timer.isSingleShot()
    assert timer.interval() == BACKUP_INTERVAL_MS
    assert starts == [1]
    _add(document, "Again")  # later changes do not push the backup back (no restart)
    _add(document, "And again")
    assert starts == [1] and timer.isActive()
    timer.timeout.emit()
    assert calls == [1]
    assert not timer.isActive()
    _add(document, "After the backup")  # the next change starts a new clock
    assert starts == [1, 1] and timer.isActive()


def test_a_failed_backup_is_told_not_raised(
    qtbot: QtBot, document: PlanDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail() -> None:
        raise OSError("disk full")

    monkeypatch.setattr(document.workspace, "backup_if_changed", fail)
    with qtbot.waitSignal(document.backup_failed) as blocker:
        document.backup()
    assert blocker.args == ["disk full"]


def test_closing_backs_up_pending_edits_and_releases_the_file(
    plan_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = PlanDocument(Workspace.open(plan_path))
    calls: list[int] = []
    monkeypatch.setattr(document.workspace, "backup_if_changed", lambda: calls.append(1))
    _add(document)
    document.close()
    assert calls == [1]
    assert not document.runner.push(
        CreateCommand(
            document.runner, document.services.objectives, 1, {"statement": "late"}, "Add"
        )
    )
    Workspace.open(plan_path).close()


def test_the_plan_and_client_are_reloaded_when_they_change(
    qtbot: QtBot, document: PlanDocument
) -> None:
    with qtbot.waitSignal(document.plan_changed):
        document.services.plans.update_client(document.plan.client_id, {"name": "Acme Roasters"})
    assert document.title() == "Acme Roasters — Growth plan"
