"""What the boards show: the filter predicate, grouping, and totals against the database's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from stratdesk.domain.enums import MixColumn, MixP
from stratdesk.ui.document import PlanDocument
from stratdesk.ui.operations.mix.board_state import MixBoardState
from stratdesk.ui.operations.mix.filters import NO_LINK, MixFilter, fold, is_overdue

TODAY = dt.date(2026, 6, 15)


def _load(document: PlanDocument) -> MixBoardState:
    state = MixBoardState(lambda: TODAY)
    mix, plan_id = document.services.mix, document.plan_id
    state.load(mix.list(plan_id), mix.totals(plan_id))
    return state


@pytest.fixture
def sample(document: PlanDocument, add: Callable[..., Any]) -> dict[str, Any]:
    services, plan_id = document.services, document.plan_id
    grow = services.objectives.create(plan_id, {"statement": "Grow"}).id
    students = services.segments.create(plan_id, {"name": "Students"}).id
    return {
        "grow": grow,
        "students": students,
        "flyers": add(
            "Flyers",
            "promotion",
            "planned",
            owner="Léa",
            due=dt.date(2026, 5, 1),
            budget_planned_cents=12_000,
            objective_id=grow,
        ),
        "stall": add(
            "Market stall",
            "place",
            "done",
            owner="Camille",
            due=dt.date(2026, 5, 1),
            budget_planned_cents=50_000,
            budget_actual_cents=48_000,
            segment_id=students,
        ),
        "box": add(
            "Évènement box",
            "product",
            "idea",
            description="A tasting box for events",
            budget_planned_cents=7_000,
            objective_id=grow,
            segment_id=students,
        ),
        "later": add("Loyalty card", "price", "in_progress", due=dt.date(2026, 9, 1)),
    }


def _titles(state: MixBoardState) -> set[str]:
    return {a.title for p in MixP for c in MixColumn for a in state.shown(p, c)}


def test_overdue_means_due_before_today_and_not_done(sample: dict[str, Any]) -> None:
    assert is_overdue(sample["flyers"], TODAY)
    assert not is_overdue(sample["stall"], TODAY)  # done, however late
    assert not is_overdue(sample["later"], TODAY)
    assert not is_overdue(sample["box"], TODAY)  # no date


def test_search_ignores_case_and_accents(sample: dict[str, Any]) -> None:
    assert fold("Évènement") == "evenement"
    assert MixFilter(text="evenement BOX").accepts(sample["box"], TODAY)
    assert MixFilter(text="tasting").accepts(sample["box"], TODAY)  # in the description
    assert MixFilter(text="léa").accepts(sample["flyers"], TODAY)  # the owner
    assert not MixFilter(text="box flyers").accepts(sample["box"], TODAY)


@pytest.mark.parametrize(
    ("make_filter", "expected"),
    [
        (lambda s: MixFilter(), {"Flyers", "Market stall", "Évènement box", "Loyalty card"}),
        (lambda s: MixFilter(objective_id=s["grow"]), {"Flyers", "Évènement box"}),
        (lambda s: MixFilter(objective_id=NO_LINK), {"Market stall", "Loyalty card"}),
        (lambda s: MixFilter(segment_id=s["students"]), {"Market stall", "Évènement box"}),
        (lambda s: MixFilter(segment_id=NO_LINK), {"Flyers", "Loyalty card"}),
        (lambda s: MixFilter(owner="Camille"), {"Market stall"}),
        (lambda s: MixFilter(owner=""), {"Évènement box", "Loyalty card"}),
        (lambda s: MixFilter(overdue=True), {"Flyers"}),
        (lambda s: MixFilter(objective_id=s["grow"], text="box"), {"Évènement box"}),
    ],
)
def test_filters_show_only_what_they_accept(
    document: PlanDocument, sample: dict[str, Any], make_filter: Any, expected: set[str]
) -> None:
    state = _load(document)
    state.set_filter(make_filter(sample))
    assert _titles(state) == expected
    assert state.shown_count() == len(expected)


def test_unfiltered_totals_are_the_databases(
    document: PlanDocument, sample: dict[str, Any]
) -> None:
    state = _load(document)
    grand = state.total()
    assert (grand.planned_cents, grand.actual_cents, grand.count) == (69_000, 48_000, 4)
    place = state.total(MixP.PLACE)
    assert (place.planned_cents, place.actual_cents) == (50_000, 48_000)
    done = state.total(column=MixColumn.DONE)
    assert done.count == 1
    assert state.total(MixP.PEOPLE).count == 0


def test_filtered_totals_count_only_the_shown_actions(
    document: PlanDocument, sample: dict[str, Any]
) -> None:
    state = _load(document)
    assert state.set_filter(MixFilter(objective_id=sample["grow"]))
    assert not state.set_filter(MixFilter(objective_id=sample["grow"]))  # already in use
    grand = state.total()
    assert (grand.planned_cents, grand.actual_cents, grand.count) == (19_000, 0, 2)
    assert state.total(MixP.PROMOTION, MixColumn.PLANNED).planned_cents == 12_000
    assert state.total(MixP.PLACE).count == 0
    assert state.unlinked_count() == 0
    state.set_filter(MixFilter())
    assert state.unlinked_count() == 2
    assert state.overdue_count() == 1
    assert state.owners() == ["Camille", "Léa"]


def test_a_reload_keeps_the_filter_and_sees_changes(
    document: PlanDocument, sample: dict[str, Any]
) -> None:
    state = _load(document)
    state.set_filter(MixFilter(text="poster"))
    assert state.shown_count() == 0
    document.services.mix.update(sample["flyers"].id, {"title": "Posters"})
    mix = document.services.mix
    state.load(mix.list(document.plan_id), mix.totals(document.plan_id))
    assert _titles(state) == {"Posters"}
