"""What the alignment checks look at and what they find: plain read models, Qt-free.

`PlanFacts` bundles a plan's read models (objectives, actions, campaigns, KPIs…) as the
services hand them out; each KPI comes as a `KpiState`, its status worked out by the one KPI
rule (`kpi_actuals`). A `Finding` names the item to fix, by table name and id, and says why
in a sentence (translated).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from stratdesk.domain.enums import (
    Channel,
    KpiPeriod,
    MixColumn,
    MixP,
    ObjectiveStatus,
    Targeting,
    WorkStatus,
)
from stratdesk.domain.kpi_status import KpiStatus

# Objectives that are over: the checks leave them alone.
CLOSED = frozenset({ObjectiveStatus.ACHIEVED, ObjectiveStatus.MISSED, ObjectiveStatus.DROPPED})
TARGETED = frozenset({Targeting.PRIMARY, Targeting.SECONDARY})


class ObjectiveLike(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def statement(self) -> str: ...
    @property
    def kpi_id(self) -> int | None: ...
    @property
    def status(self) -> ObjectiveStatus: ...


class KeyResultLike(Protocol):
    @property
    def objective_id(self) -> int: ...
    @property
    def kpi_id(self) -> int | None: ...


class ActionLike(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def title(self) -> str: ...
    @property
    def p(self) -> MixP: ...
    @property
    def column(self) -> MixColumn: ...
    @property
    def due(self) -> dt.date | None: ...
    @property
    def budget_planned_cents(self) -> int: ...
    @property
    def budget_actual_cents(self) -> int: ...
    @property
    def objective_id(self) -> int | None: ...
    @property
    def segment_id(self) -> int | None: ...


class CampaignLike(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def channel(self) -> Channel: ...
    @property
    def start(self) -> dt.date: ...
    @property
    def end(self) -> dt.date: ...
    @property
    def status(self) -> WorkStatus: ...
    @property
    def budget_planned_cents(self) -> int: ...
    @property
    def budget_actual_cents(self) -> int: ...
    @property
    def objective_id(self) -> int | None: ...
    @property
    def segment_id(self) -> int | None: ...


class InitiativeLike(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def title(self) -> str: ...
    @property
    def start(self) -> dt.date: ...
    @property
    def end(self) -> dt.date: ...
    @property
    def status(self) -> WorkStatus: ...
    @property
    def objective_id(self) -> int | None: ...


class SegmentLike(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def targeting(self) -> Targeting: ...


@dataclass(frozen=True, slots=True)
class KpiState:
    """What the checks need of a KPI: its targets, its last measurement, its status."""

    id: int
    name: str
    period: KpiPeriod
    first_target: dt.date | None  # the first period with a target (None: no target)
    last_measured: dt.date | None
    status: KpiStatus  # of its latest period measured

    @property
    def has_target(self) -> bool:
        return self.first_target is not None


@dataclass(frozen=True)
class PlanFacts:
    """One plan's read models, as the checks and the traceability tree read them."""

    first_day: dt.date
    last_day: dt.date
    currency: str = "EUR"
    objectives: Sequence[ObjectiveLike] = ()
    key_results: Sequence[KeyResultLike] = ()
    initiatives: Sequence[InitiativeLike] = ()
    actions: Sequence[ActionLike] = ()
    campaigns: Sequence[CampaignLike] = ()
    kpis: Sequence[KpiState] = ()
    segments: Sequence[SegmentLike] = ()
    positioned: frozenset[int] = field(default_factory=frozenset)  # segments with a statement


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing to fix: what kind of check found it, the item (table name, id, name) and
    why, in a sentence. `item_id` is None for a group (a channel, a P)."""

    kind: str
    item_type: str
    item_id: int | None
    item_name: str
    message: str
    key: str = ""  # the group's code for a channel or a P ("search", "price")

    def as_json(self) -> dict[str, object]:
        """The object `stratdesk alignment --json` prints."""
        return {
            "kind": self.kind,
            "item_type": self.item_type,
            "item_id": self.item_id,
            "item_name": self.item_name,
            "message": self.message,
        }
