"""PlanService: the client and plan of a file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from stratdesk.db.store import PlanStore
from stratdesk.domain.errors import InvalidInput, NotFound, StratdeskError
from stratdesk.services.changes import ChangeHub
from stratdesk.services.context import ServiceContext
from stratdesk.services.plans import PlanService
from stratdesk.services.workspace import Workspace

START_YEAR = 2025  # the `workspace` fixture's plan: 2025–2027
IN_PLAN = dt.date(2026, 6, 30)
CLIENT = {"name": "Beta Tea"}
PLAN = {"title": "Plan", "start_year": 2030}


def test_new_file_holds_the_client_and_plan(workspace, services, plan_id):
    plan = services.plans.get_plan(plan_id)
    assert (plan.title, plan.start_year, plan.horizon_years, plan.end_year) == (
        "Growth plan",
        START_YEAR,
        3,
        START_YEAR + 2,
    )
    assert plan.model_dump()["end_year"] == START_YEAR + 2
    assert services.plans.get_client(plan.client_id).name == "Acme Coffee"
    assert [p.id for p in services.plans.list_plans()] == [plan_id]


def test_read_models_are_frozen(services, plan_id):
    plan = services.plans.get_plan(plan_id)
    with pytest.raises(ValueError, match="frozen"):
        plan.title = "changed"  # type: ignore[misc]


def test_create_client_and_plan_is_one_announced_transaction(services, changes):
    plan = services.plans.create_client_and_plan(CLIENT, PLAN)
    assert services.plans.get_client(plan.client_id).name == "Beta Tea"
    assert len(changes) == 1
    assert changes[0].kinds == {"client", "plan"}
    assert changes[0].ids_of("plan") == {plan.id}
    assert changes[0].ids_of("client") == {plan.client_id}


@pytest.mark.parametrize(
    ("client", "plan", "field"),
    [
        ({"name": ""}, PLAN, "name"),
        (CLIENT, {"title": "", "start_year": 2030}, "title"),
        (CLIENT, {"title": "Plan", "start_year": 1900}, "start_year"),
        (CLIENT, {"title": "Plan", "start_year": 2030, "currency": "euro"}, "currency"),
        ({"name": "X", "brand_colour": "red"}, PLAN, "brand_colour"),
        (CLIENT, {"title": "Plan", "start_year": 2030, "colour": "#000000"}, None),
    ],
)
def test_bad_new_plan_writes_nothing(services, unchanged, client, plan, field):
    with pytest.raises(InvalidInput) as refused:
        services.plans.validate_new(client, plan)
    assert refused.value.field == field
    with unchanged(), pytest.raises(InvalidInput):
        services.plans.create_client_and_plan(client, plan)


def test_plan_past_2100_is_refused(services, unchanged):
    with unchanged(), pytest.raises(InvalidInput, match="2100"):
        services.plans.create_client_and_plan(
            CLIENT, {"title": "Plan", "start_year": 2099, "horizon_years": 5}
        )


def test_workspace_create_with_bad_input_leaves_no_file(tmp_path: Path):
    path = tmp_path / "bad.stratdesk"
    with pytest.raises(InvalidInput):
        Workspace.create(path, {"name": ""}, PLAN)
    assert not path.exists()


def test_update_plan_and_undo(services, plan_id, changes):
    before = services.plans.get_plan(plan_id)
    after = services.plans.update_plan(plan_id, {"title": "Bigger plan", "seven_p": True})
    assert (after.title, after.seven_p) == ("Bigger plan", True)
    assert changes[-1].kinds == {"plan"}
    undone = services.plans.update_plan(plan_id, {"title": before.title, "seven_p": False})
    assert undone == before


def test_update_client_and_undo(services, plan_id, changes):
    client_id = services.plans.get_plan(plan_id).client_id
    before = services.plans.get_client(client_id)
    after = services.plans.update_client(client_id, {"sector": "Coffee", "logo": b"\x89PNG"})
    assert (after.sector, after.logo) == ("Coffee", b"\x89PNG")
    assert changes[-1].kinds == {"client"}
    assert services.plans.update_client(client_id, {"sector": "", "logo": None}) == before


@pytest.mark.parametrize(
    "changes_",
    [{"title": ""}, {"horizon_years": 0}, {"currency": "eur"}, {"unknown": 1}],
)
def test_bad_plan_update_writes_nothing(services, plan_id, unchanged, changes_):
    with unchanged(), pytest.raises(InvalidInput):
        services.plans.update_plan(plan_id, changes_)


def test_bad_client_update_writes_nothing(services, plan_id, unchanged):
    client_id = services.plans.get_plan(plan_id).client_id
    with unchanged(), pytest.raises(InvalidInput, match="Brand colour"):
        services.plans.update_client(client_id, {"brand_colour": "blue"})
    with unchanged(), pytest.raises(InvalidInput):
        services.plans.update_client(client_id, {"name": "x" * 201})


def test_unknown_plan_and_client(services, unchanged):
    with pytest.raises(NotFound):
        services.plans.get_plan(999)
    with pytest.raises(NotFound):
        services.plans.get_client(999)
    with unchanged(), pytest.raises(NotFound):
        services.plans.update_plan(999, {"title": "x"})


def test_changing_years_never_moves_dated_items(services, plan_id, unchanged):
    objective = services.objectives.create(
        plan_id, {"statement": "Grow", "deadline": dt.date(2027, 3, 31)}
    )
    item = services.roadmap.create(
        plan_id, {"title": "Launch", "start": IN_PLAN, "end": dt.date(2026, 9, 1)}
    )
    # Shorter, or later: the 2027 deadline would fall outside, so it is refused.
    with unchanged(), pytest.raises(InvalidInput, match="2027-03-31") as refused:
        services.plans.update_plan(plan_id, {"horizon_years": 2})
    assert refused.value.field == "start_year"
    with unchanged(), pytest.raises(InvalidInput, match="2 dated item"):
        services.plans.update_plan(plan_id, {"start_year": 2028})
    assert services.plans.dated_outside(plan_id, 2028, 2030) == [
        ("roadmap_item", item.id, IN_PLAN),
        ("objective", objective.id, dt.date(2027, 3, 31)),
    ]
    # Longer is fine, and the dates stay exactly where they were.
    longer = services.plans.update_plan(plan_id, {"horizon_years": 5})
    assert longer.end_year == START_YEAR + 4
    assert services.objectives.get(objective.id).deadline == dt.date(2027, 3, 31)
    assert services.roadmap.get(item.id).start == IN_PLAN


def test_shifting_years_of_an_undated_plan_is_allowed(services, plan_id):
    services.objectives.create(plan_id, {"statement": "No deadline yet"})
    moved = services.plans.update_plan(plan_id, {"start_year": 2031})
    assert (moved.start_year, moved.end_year) == (2031, 2033)


def test_a_file_without_plan_is_refused_clearly(tmp_path: Path):
    path = tmp_path / "empty.stratdesk"
    store = PlanStore.create(path)
    try:
        plans = PlanService(ServiceContext(store, ChangeHub()))
        with pytest.raises(StratdeskError, match="no plan"):
            plans.first_plan_id()
        assert plans.list_plans() == []
    finally:
        store.close()


def test_switching_seven_p_off_is_refused_while_extra_ps_hold_actions(services, plan_id) -> None:
    services.plans.update_plan(plan_id, {"seven_p": True})
    action = services.mix.create(plan_id, {"p": "people", "title": "Train the baristas"})
    with pytest.raises(InvalidInput, match="1 action"):
        services.plans.update_plan(plan_id, {"seven_p": False})
    assert services.plans.get_plan(plan_id).seven_p is True
    services.mix.move(action.id, {"p": "product"}, 0)
    assert services.plans.update_plan(plan_id, {"seven_p": False}).seven_p is False
