"""An edit of one card reads that action (and the totals), not the whole mix again."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from stratdesk.domain.enums import MixColumn, MixP
from stratdesk.ui.operations.mix.page import MixPageView

from .conftest import shown_titles

P, C = MixP, MixColumn


@pytest.fixture
def lists(page: MixPageView, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the times the page lists every action of the plan."""
    calls: list[int] = []
    service = page.intents.service
    list_all = service.list

    def counting(plan_id: int) -> Any:
        calls.append(plan_id)
        return list_all(plan_id)

    monkeypatch.setattr(service, "list", counting)
    return calls


def test_editing_a_card_reads_only_that_action(
    page: MixPageView, add: Callable[..., Any], lists: list[int]
) -> None:
    flyers = add("Flyers", "promotion", "planned").id
    add("Posters", "promotion", "planned")
    lists.clear()
    page.refresh()
    page.open_board(P.PROMOTION)
    assert len(lists) == 1
    assert shown_titles(page, P.PROMOTION, C.PLANNED) == ["Flyers", "Posters"]
    assert page.intents.edit(flyers, {"title": "Flyers A5", "budget_planned_cents": 12_000})
    assert len(lists) == 1  # not listed again
    assert shown_titles(page, P.PROMOTION, C.PLANNED) == ["Flyers A5", "Posters"]
    assert page.state.total(P.PROMOTION).planned_cents == 12_000  # totals follow
    page.document.stack.undo()
    assert len(lists) == 1
    assert shown_titles(page, P.PROMOTION, C.PLANNED) == ["Flyers", "Posters"]
    assert page.state.total(P.PROMOTION).planned_cents == 0


def test_moved_added_or_deleted_cards_reload_the_mix(
    page: MixPageView, add: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    flyers = add("Flyers", "promotion", "planned").id
    add("Posters", "promotion", "planned")
    page.refresh()
    page.open_board(P.PROMOTION)
    refreshes: list[int] = []
    refresh = page.refresh
    monkeypatch.setattr(page, "refresh", lambda: refreshes.append(1) or refresh())
    assert page.intents.move(flyers, (P.PROMOTION, C.DONE), 0)
    assert page.intents.add((P.PRICE, C.IDEA), "Bundle") is not None
    assert page.intents.delete(flyers)
    assert len(refreshes) == 3
    assert shown_titles(page, P.PROMOTION, C.PLANNED) == ["Posters"]
    assert shown_titles(page, P.PROMOTION, C.DONE) == []
