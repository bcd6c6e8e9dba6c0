"""The plan's operational budget (campaigns and mix actions) rolled up by month, channel,
objective and segment, read in one transaction and summed by `domain.budget`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from stratdesk.domain.budget import BudgetSummary, budget_summary
from stratdesk.domain.errors import NotFound
from stratdesk.domain.objectives import Objective
from stratdesk.domain.operations import Campaign, MixAction
from stratdesk.domain.plan import Plan
from stratdesk.domain.targeting import Segment
from stratdesk.i18n import translate
from stratdesk.services.context import ServiceContext

_CAMPAIGN_COLUMNS = (
    "id",
    "name",
    "channel",
    "start",
    "end",
    "budget_planned_cents",
    "budget_actual_cents",
    "objective_id",
    "segment_id",
)
_ACTION_COLUMNS = (
    "id",
    "title",
    "p",
    "due",
    "budget_planned_cents",
    "budget_actual_cents",
    "objective_id",
    "segment_id",
)


class CampaignBudget:
    """The budget API of `CampaignService` (which gives `_ctx`)."""

    _ctx: ServiceContext

    def budget(self, plan_id: int) -> BudgetSummary:
        """Planned against actual over the plan's months, channels (and mix Ps), objectives
        (in their order) and segments (in theirs), exact in cents; see `domain.budget`."""
        with self._ctx.read() as session:
            plan = session.get(Plan, plan_id)
            if plan is None:
                raise NotFound(
                    translate("Validation", "This item no longer exists (id {id}).").format(
                        id=plan_id
                    )
                )
            campaigns = session.execute(_columns(Campaign, _CAMPAIGN_COLUMNS, plan_id)).all()
            actions = session.execute(_columns(MixAction, _ACTION_COLUMNS, plan_id)).all()
            objectives = session.scalars(_ids(Objective, plan_id)).all()
            segments = session.scalars(_ids(Segment, plan_id)).all()
            first, last = dt.date(plan.start_year, 1, 1), dt.date(plan.end_year, 12, 1)
        return budget_summary(
            campaigns,
            actions,
            first,
            last,
            objective_ids=list(objectives),
            segment_ids=list(segments),
        )


def _columns(table: Any, names: tuple[str, ...], plan_id: int) -> Any:
    columns = [getattr(table, name) for name in names]
    return select(*columns).where(table.plan_id == plan_id).order_by(table.id)


def _ids(table: Any, plan_id: int) -> Any:
    return select(table.id).where(table.plan_id == plan_id).order_by(table.position, table.id)
