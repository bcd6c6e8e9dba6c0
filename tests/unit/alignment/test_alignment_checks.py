"""Every alignment check, each on a plan built to trigger it (and one built not to)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

import pytest

from stratdesk.domain import alignment
from stratdesk.domain.alignment_facts import Finding, KpiState, PlanFacts
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

D = dt.date
TODAY = D(2026, 6, 15)
JUNE_1, JUNE_30 = D(2026, 6, 1), D(2026, 6, 30)
JAN_1, DEC_31 = D(2026, 1, 1), D(2026, 12, 31)


@dataclass(frozen=True)
class Objective:
    id: int
    statement: str = "Grow"
    kpi_id: int | None = 1
    status: ObjectiveStatus = ObjectiveStatus.ACTIVE


@dataclass(frozen=True)
class KeyResult:
    objective_id: int
    kpi_id: int | None


@dataclass(frozen=True)
class Action:
    id: int
    title: str = "Action"
    p: MixP = MixP.PROMOTION
    column: MixColumn = MixColumn.PLANNED
    due: dt.date | None = None
    budget_planned_cents: int = 0
    budget_actual_cents: int = 0
    objective_id: int | None = 1
    segment_id: int | None = None


@dataclass(frozen=True)
class Campaign:
    id: int
    name: str = "Campaign"
    channel: Channel = Channel.SEARCH
    start: dt.date = JUNE_1
    end: dt.date = JUNE_30
    status: WorkStatus = WorkStatus.PLANNED
    budget_planned_cents: int = 0
    budget_actual_cents: int = 0
    objective_id: int | None = 1
    segment_id: int | None = 1


@dataclass(frozen=True)
class Initiative:
    id: int
    title: str = "Initiative"
    start: dt.date = JAN_1
    end: dt.date = DEC_31
    status: WorkStatus = WorkStatus.IN_PROGRESS
    objective_id: int | None = 1


@dataclass(frozen=True)
class Segment:
    id: int
    name: str = "Remote workers"
    targeting: Targeting = Targeting.PRIMARY


def kpi(**fields: object) -> KpiState:
    values: dict[str, object] = {
        "id": 1,
        "name": "Subscriptions",
        "period": KpiPeriod.MONTH,
        "first_target": D(2026, 1, 1),
        "last_measured": D(2026, 6, 10),
        "status": KpiStatus.ON_TRACK,
        **fields,
    }
    return KpiState(**values)  # type: ignore[arg-type]


def aligned() -> PlanFacts:
    """A plan where every link holds: no check finds anything."""
    return PlanFacts(
        first_day=D(2026, 1, 1),
        last_day=D(2028, 12, 31),
        objectives=(Objective(1),),
        initiatives=(Initiative(1),),
        actions=(Action(1, budget_planned_cents=500, budget_actual_cents=400),),
        campaigns=(Campaign(1, budget_planned_cents=1000, budget_actual_cents=900),),
        kpis=(kpi(),),
        segments=(Segment(1), Segment(2, "Students", Targeting.NOT_TARGETED)),
        positioned=frozenset({1}),
    )


def found(facts: PlanFacts, today: dt.date = TODAY) -> list[tuple[str, str, int | None]]:
    return [(f.kind, f.item_type, f.item_id) for f in alignment.findings(facts, today, "en")]


def test_an_aligned_plan_has_no_findings() -> None:
    assert found(aligned()) == []


def test_actions_and_campaigns_without_objective() -> None:
    facts = replace(
        aligned(),
        actions=(*aligned().actions, Action(2, "Flyers", objective_id=None)),
        campaigns=(
            *aligned().campaigns,
            Campaign(2, "Fair", objective_id=None),
            Campaign(3, "Dropped", objective_id=None, status=WorkStatus.CANCELLED),
        ),
    )
    assert found(facts) == [
        ("action_without_objective", "mix_action", 2),
        ("campaign_without_objective", "campaign", 2),
    ]


def test_objectives_without_work_or_kpi_closed_ones_left_alone() -> None:
    facts = replace(
        aligned(),
        objectives=(
            *aligned().objectives,
            Objective(2, "No work", kpi_id=1),
            Objective(3, "No KPI", kpi_id=None),
            Objective(4, "Key result KPI", kpi_id=None),
            Objective(5, "Dropped", kpi_id=None, status=ObjectiveStatus.DROPPED),
        ),
        key_results=(KeyResult(4, 1),),
        actions=(*aligned().actions, Action(3, objective_id=3), Action(4, objective_id=4)),
    )
    assert found(facts) == [
        ("objective_without_work", "objective", 2),
        ("objective_without_kpi", "objective", 3),
    ]


def test_kpis_without_target_or_recent_measurement() -> None:
    facts = replace(
        aligned(),
        kpis=(
            kpi(),
            kpi(id=2, name="No target", first_target=None),
            kpi(id=3, name="Stale", last_measured=D(2026, 4, 30)),
            kpi(id=4, name="Never", last_measured=None),
            kpi(id=5, name="Next year", first_target=D(2027, 1, 1), last_measured=None),
            kpi(id=6, name="Last month", last_measured=D(2026, 5, 1)),
        ),
    )
    assert found(facts) == [
        ("kpi_without_target", "kpi", 2),
        ("kpi_not_measured", "kpi", 3),
        ("kpi_not_measured", "kpi", 4),
    ]
    messages = {f.item_id: f.message for f in alignment.findings(facts, TODAY, "en")}
    assert messages[3] == "No measurement in the last two periods (the last on 30 Apr 2026)."
    assert "Never measured" in messages[4]
    # Before the plan begins nothing is overdue.
    assert ("kpi_not_measured", "kpi", 4) not in found(facts, D(2025, 12, 1))


def test_quarterly_kpis_look_two_quarters_back() -> None:
    stale = kpi(period=KpiPeriod.QUARTER, last_measured=D(2025, 12, 31))
    recent = kpi(id=2, period=KpiPeriod.QUARTER, last_measured=D(2026, 1, 2))
    facts = replace(aligned(), kpis=(stale, recent))
    assert found(facts) == [("kpi_not_measured", "kpi", 1)]


def test_target_segments_without_campaign_or_positioning() -> None:
    facts = replace(
        aligned(),
        segments=(*aligned().segments, Segment(3, "Offices", Targeting.SECONDARY)),
        campaigns=(*aligned().campaigns, Campaign(4, status=WorkStatus.CANCELLED, segment_id=3)),
    )
    assert found(facts) == [
        ("segment_without_campaign", "segment", 3),
        ("segment_without_positioning", "positioning", 3),
    ]


def test_campaign_aimed_at_a_segment_not_targeted_says_what_it_spent() -> None:
    campaign = Campaign(5, "Campus", segment_id=2, budget_planned_cents=80_000)
    facts = replace(
        aligned(),
        campaigns=(*aligned().campaigns, replace(campaign, budget_actual_cents=65_050)),
    )
    result = alignment.campaigns_on_untargeted_segments(facts, TODAY, "en")
    assert [(f.kind, f.item_id) for f in result] == [("campaign_segment_not_targeted", 5)]
    assert result[0].message == (
        "Aimed at “Students”, a segment not targeted: €650.50 spent (€800.00 planned)."
    )


def test_off_track_kpi_whose_objective_has_nothing_coming() -> None:
    off = kpi(status=KpiStatus.OFF_TRACK)
    nothing = replace(
        aligned(),
        kpis=(off,),
        initiatives=(Initiative(1, status=WorkStatus.DONE),),
        campaigns=(Campaign(1, start=D(2026, 1, 1), end=D(2026, 2, 1)),),
        actions=(Action(1, column=MixColumn.DONE, due=D(2026, 7, 1)),),
    )
    assert found(nothing) == [("off_track_nothing_planned", "objective", 1)]
    result = alignment.off_track_without_plans(nothing, TODAY, "en")[0]
    assert "Subscriptions" in result.message
    # Anything planned in the coming quarter answers it.
    assert found(replace(nothing, initiatives=(Initiative(1),))) == []
    soon = Campaign(2, start=D(2026, 9, 1), end=D(2026, 9, 30))
    assert found(replace(nothing, campaigns=(*nothing.campaigns, soon))) == []
    due = Action(2, due=D(2026, 8, 1))
    assert found(replace(nothing, actions=(*nothing.actions, due))) == []
    later = Action(3, due=D(2026, 12, 1))
    assert found(replace(nothing, actions=(*nothing.actions, later))) == [
        ("off_track_nothing_planned", "objective", 1)
    ]


def test_initiatives_past_their_end_and_not_done() -> None:
    facts = replace(
        aligned(),
        initiatives=(
            Initiative(1),
            Initiative(2, "Late", end=D(2026, 5, 31)),
            Initiative(3, "Done", end=D(2026, 5, 31), status=WorkStatus.DONE),
            Initiative(4, "Cancelled", end=D(2026, 5, 31), status=WorkStatus.CANCELLED),
        ),
    )
    assert found(facts) == [("initiative_overdue", "roadmap_item", 2)]


def test_budget_over_plan_by_objective_channel_and_p() -> None:
    facts = replace(
        aligned(),
        campaigns=(Campaign(1, budget_planned_cents=1000, budget_actual_cents=1500),),
        actions=(
            Action(1, p=MixP.PRICE, budget_planned_cents=100, budget_actual_cents=200),
            Action(2, objective_id=None, budget_planned_cents=0, budget_actual_cents=0),
        ),
    )
    result = [f for f in alignment.findings(facts, TODAY, "en") if "budget" in f.kind]
    assert [(f.kind, f.item_type, f.item_id, f.key) for f in result] == [
        ("objective_over_budget", "objective", 1, ""),
        ("channel_over_budget", "channel", None, "search"),
        ("channel_over_budget", "mix_p", None, "price"),
    ]
    assert result[0].message == "Spent €17.00 of the €11.00 planned: over by €6.00."
    assert result[1].item_name == "Search engines"


def test_json_shape_of_a_finding() -> None:
    finding = Finding("kpi_without_target", "kpi", 3, "NPS", "No target yet")
    assert finding.as_json() == {
        "kind": "kpi_without_target",
        "item_type": "kpi",
        "item_id": 3,
        "item_name": "NPS",
        "message": "No target yet",
    }


@pytest.mark.parametrize("check", alignment.CHECKS)
def test_every_check_is_quiet_on_an_empty_plan(check: alignment.Check) -> None:
    assert check(PlanFacts(D(2026, 1, 1), D(2026, 12, 31)), TODAY, "en") == []


def test_every_kind_of_finding_has_a_heading() -> None:
    import inspect

    source = inspect.getsource(alignment)
    kinds = set(re.findall(r'Finding\(\s*"(\w+)"', source)) | {
        "objective_over_budget",
        "channel_over_budget",
    }
    assert len(kinds) == 13
    assert all(alignment.kind_title(kind) != kind for kind in kinds)
