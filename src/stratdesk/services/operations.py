"""Services of the operational side: the marketing-mix board, campaigns and experiments."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from enum import Enum
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session, col

from stratdesk.domain.enums import FOUR_P, Channel, MixColumn, MixP, WorkStatus
from stratdesk.domain.errors import NotFound
from stratdesk.domain.operations import (
    Campaign,
    CampaignBase,
    Experiment,
    ExperimentBase,
    ExperimentVariant,
    ExperimentVariantBase,
    MixAction,
    MixActionBase,
)
from stratdesk.domain.plan import Plan
from stratdesk.i18n import translate
from stratdesk.services.campaign_budget import CampaignBudget
from stratdesk.services.campaign_kpis import CampaignKpiLinks
from stratdesk.services.entity import EntityService
from stratdesk.services.read_models_ops import (
    BudgetTotal,
    CampaignRead,
    CampaignTotal,
    ExperimentRead,
    ExperimentVariantRead,
    MixActionRead,
)
from stratdesk.services.validation import field_error

_Sums = list[tuple[dict[str, Any], int, int, int]]


def _sums(session: Session, table: Any, plan_id: int, keys: Sequence[str]) -> _Sums:
    """Planned cents, actual cents and row count of a plan's rows, grouped by `keys` in SQL.

    With no keys there is exactly one group (zeros when the plan has no rows).
    """
    columns = [getattr(table, key) for key in keys]
    statement = select(
        *columns,
        func.coalesce(func.sum(table.budget_planned_cents), 0),
        func.coalesce(func.sum(table.budget_actual_cents), 0),
        func.count(),
    ).where(table.plan_id == plan_id)
    if columns:
        statement = statement.group_by(*columns)
    groups: _Sums = []
    for row in session.execute(statement):
        key = dict(zip(keys, row[: len(keys)], strict=True))
        planned, actual, count = (int(value) for value in row[len(keys) :])
        groups.append((key, planned, actual, count))
    return groups


def _order(vocabulary: type[Enum], value: Enum | None) -> int:
    # Totals follow the vocabulary's order (as on screen), not the alphabet; "all" comes last.
    members = list(vocabulary)
    return len(members) if value is None else members.index(value)


class MixActionService(EntityService[MixActionBase, MixAction, MixActionRead]):
    """The 4P/7P board: one ordered list per P and status column.

    Dragging a card to another column or P is `move(id, {"column": …, "p": …}, index)`.
    """

    base = MixActionBase
    table = MixAction
    read_model = MixActionRead
    group_fields = ("p", "column")
    plan_date_fields = ("due",)

    def _check(self, session: Session, parent_id: int, valid: MixActionBase) -> None:
        super()._check(session, parent_id, valid)
        plan = session.get(Plan, self._plan_id(session, parent_id))
        assert plan is not None  # the parent was checked by the caller
        if not plan.seven_p and valid.p not in FOUR_P:
            # People, Process and Physical evidence only exist in the extended (services) mix.
            reason = translate(
                "Validation", "this P needs a 7P plan; turn on the 7P mix in the plan settings"
            )
            raise field_error("p", reason)

    def totals(self, plan_id: int) -> list[BudgetTotal]:
        """Planned and actual budgets, summed by the database.

        In this order: one total per (P, column) that has actions, one per P (column None),
        one per column (P None), then the plan's grand total (both None, always present).
        """
        result: list[BudgetTotal] = []
        with self._ctx.read() as session:
            for keys in (("p", "column"), ("p",), ("column",), ()):
                group = [
                    BudgetTotal(**key, planned_cents=planned, actual_cents=actual, count=count)
                    for key, planned, actual, count in _sums(session, MixAction, plan_id, keys)
                ]
                group.sort(key=lambda t: (_order(MixP, t.p), _order(MixColumn, t.column)))
                result.extend(group)
        return result


def find_total(totals: Sequence[BudgetTotal], p: Any = None, column: Any = None) -> BudgetTotal:
    """The total of `p` and `column` (None = all) from `totals`, zero when nothing is there."""
    for total in totals:
        if total.p == p and total.column == column:
            return total
    return BudgetTotal(p=p, column=column)


class CampaignService(
    CampaignKpiLinks, CampaignBudget, EntityService[CampaignBase, Campaign, CampaignRead]
):
    """Campaigns, dated within the plan's years, listed by start date, the KPIs each one
    moves (`kpi_ids`, `set_kpis`, `kpi_links`: see `CampaignKpiLinks`) and the plan's budget
    with the mix actions' (`budget`: see `CampaignBudget`)."""

    base = CampaignBase
    table = Campaign
    read_model = CampaignRead
    plan_date_fields = ("start", "end")
    # Deleting a campaign unlinks its measurements and experiments (ON DELETE SET NULL) and
    # takes its KPI links (restored with it).
    also_changes = ("kpi_measurement", "experiment", "campaign_kpi")

    def list(self, parent_id: int) -> list[CampaignRead]:
        with self._ctx.read() as session:
            statement = (
                select(Campaign)
                .where(col(Campaign.plan_id) == parent_id)
                .order_by(col(Campaign.start), col(Campaign.id))
            )
            return [self._to_read(row) for row in session.scalars(statement)]

    def totals(self, plan_id: int) -> builtins.list[CampaignTotal]:
        """Planned and actual budgets, summed by the database.

        In this order: one total per channel that has campaigns (status None), one per status
        (channel None), then the plan's grand total (both None, always present).
        """
        result: list[CampaignTotal] = []
        with self._ctx.read() as session:
            for keys in (("channel",), ("status",), ()):
                group = [
                    CampaignTotal(**key, planned_cents=planned, actual_cents=actual, count=count)
                    for key, planned, actual, count in _sums(session, Campaign, plan_id, keys)
                ]
                group.sort(
                    key=lambda t: (
                        _order(Channel, t.channel),
                        _order(WorkStatus, t.status),
                    )
                )
                result.extend(group)
        return result


class ExperimentService(EntityService[ExperimentBase, Experiment, ExperimentRead]):
    """Test-and-learn experiments; the campaign they run in must belong to the same plan.
    Deleting one takes its variants (restored with it)."""

    base = ExperimentBase
    table = Experiment
    read_model = ExperimentRead
    also_changes = ("experiment_variant",)

    def for_campaign(self, campaign_id: int) -> list[ExperimentRead]:
        """The experiments run in this campaign, by start date (undated ones last)."""
        with self._ctx.read() as session:
            statement = (
                select(Experiment)
                .where(col(Experiment.campaign_id) == campaign_id)
                .order_by(
                    col(Experiment.start).is_(None), col(Experiment.start), col(Experiment.id)
                )
            )
            return [self._to_read(row) for row in session.scalars(statement)]


class ExperimentVariantService(
    EntityService[ExperimentVariantBase, ExperimentVariant, ExperimentVariantRead]
):
    """The variants of an experiment ("A", "B"…), in order (`list(experiment_id)`)."""

    base = ExperimentVariantBase
    table = ExperimentVariant
    read_model = ExperimentVariantRead
    parent_field = "experiment_id"

    def _plan_id(self, session: Session, parent_id: int) -> int:
        experiment = session.get(Experiment, parent_id)
        if experiment is None:
            raise NotFound(self._not_found(parent_id))
        return experiment.plan_id
