"""Checks and writes of one call share one transaction: nothing can slip in between."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from stratdesk.domain.errors import InvalidInput
from stratdesk.services.registry import PlanServices
from stratdesk.services.workspace import Workspace


@pytest.fixture
def sessions(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the sessions (transactions) opened on the plan file from now on."""
    opened: list[int] = []
    store = workspace.store
    open_session: Callable[[], Any] = store.session

    def counting() -> Any:
        opened.append(1)
        return open_session()

    monkeypatch.setattr(store, "session", counting)
    return opened


@pytest.fixture
def linked(services: PlanServices, plan_id: int) -> tuple[int, int]:
    """A strength linked to an SO strategy: (item id, strategy id)."""
    item = services.swot.create(plan_id, {"quadrant": "S", "text": "Roasting"})
    strategy = services.tows.create(plan_id, {"kind": "SO", "text": "Grow"})
    services.tows.set_links(strategy.id, [item.id])
    return item.id, strategy.id


@pytest.mark.parametrize("call", ["update", "move"])
def test_a_swot_quadrant_change_is_checked_and_written_in_one_transaction(
    services: PlanServices, linked: tuple[int, int], sessions: list[int], call: str
) -> None:
    item_id, _strategy = linked
    change = getattr(services.swot, call)
    args = (0,) if call == "move" else ()
    with pytest.raises(InvalidInput, match="linked to a SO strategy"):
        change(item_id, {"quadrant": "W"}, *args)
    assert len(sessions) == 1
    sessions.clear()
    change(item_id, {"quadrant": "O"}, *args)  # an SO strategy combines opportunities too
    assert len(sessions) == 1


@pytest.mark.parametrize("call", ["update", "move"])
def test_a_tows_kind_change_is_checked_and_written_in_one_transaction(
    services: PlanServices, linked: tuple[int, int], sessions: list[int], call: str
) -> None:
    _item, strategy_id = linked
    change = getattr(services.tows, call)
    args = (0,) if call == "move" else ()
    with pytest.raises(InvalidInput, match="do not fit a WT strategy"):
        change(strategy_id, {"kind": "WT"}, *args)
    assert len(sessions) == 1
    sessions.clear()
    change(strategy_id, {"kind": "ST"}, *args)
    assert len(sessions) == 1
    assert services.tows.get(strategy_id).kind == "ST"
