"""The plan's details for the printed plan: the consultant who prepared it."""

from __future__ import annotations

import pytest

from stratdesk.domain.errors import InvalidInput
from stratdesk.services.workspace import Workspace


def test_a_new_plan_names_its_consultant(tmp_path):
    client = {"name": "Acme Coffee"}
    plan = {"title": "Growth plan", "start_year": 2026, "consultant": " Hélène Marchetti "}
    with Workspace.create(tmp_path / "new.stratdesk", client, plan) as workspace:
        stored = workspace.services.plans.get_plan(workspace.plan_id)
    assert stored.consultant == "Hélène Marchetti"


def test_the_consultant_is_optional_and_can_change(services, plan_id, changes):
    assert services.plans.get_plan(plan_id).consultant == ""
    updated = services.plans.update_plan(plan_id, {"consultant": "Julien Marchand"})
    assert updated.consultant == "Julien Marchand"
    assert changes[-1].kinds == {"plan"}
    assert services.plans.update_plan(plan_id, {"consultant": ""}).consultant == ""


def test_a_consultant_name_is_checked_like_any_name(services, plan_id, unchanged):
    with unchanged(), pytest.raises(InvalidInput, match="too long") as refused:
        services.plans.update_plan(plan_id, {"consultant": "x" * 201})
    assert refused.value.field == "consultant"
