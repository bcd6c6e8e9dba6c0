"""PlanServices: every strategy service, sharing the workspace's context."""

from __future__ import annotations

from stratdesk.services.entity import EntityService
from stratdesk.services.plans import PlanService

STRATEGY = [
    "factors",
    "competitors",
    "forces",
    "swot",
    "tows",
    "segments",
    "personas",
    "criteria",
    "scores",
    "positioning",
    "map_axes",
    "map_points",
    "objectives",
    "key_results",
    "roadmap_lanes",
    "roadmap",
]


def test_every_strategy_service_is_built_on_the_shared_context(workspace):
    services = workspace.services
    assert isinstance(services.plans, PlanService)
    for name in STRATEGY:
        service = getattr(services, name)
        assert isinstance(service, EntityService), name
        assert service._ctx is workspace.context, name
    kinds = {getattr(services, name).kind for name in STRATEGY}
    assert len(kinds) == len(STRATEGY)  # one service per table


def test_every_registered_service_builds(workspace):
    from stratdesk.services.registry import SERVICES

    workspace.services.warm_up()
    for name in SERVICES:
        assert workspace.services.__dict__[name]._ctx is workspace.context, name


def test_changes_reach_the_workspace_hub(workspace, plan_id, changes):
    workspace.services.segments.create(plan_id, {"name": "Offices"}, origin="test")
    assert [(c.kinds, c.origin) for c in changes] == [({"segment"}, "test")]
