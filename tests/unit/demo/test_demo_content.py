"""The demo plan covers every entity with believable, linked, in-plan data."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

import pytest
from sqlalchemy import Date

from stratdesk.domain.enums import (
    FOUR_P,
    CriterionKind,
    KpiAggregation,
    KpiDirection,
    MixColumn,
    PestelCategory,
    PorterForce,
    SwotQuadrant,
    Targeting,
)
from stratdesk.domain.tables import metadata

# The SWOT quadrants each TOWS kind combines.
TOWS_QUADRANTS = {"SO": {"S", "O"}, "ST": {"S", "T"}, "WO": {"W", "O"}, "WT": {"W", "T"}}


def _by_id(rows: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    return {row["id"]: row for row in rows}


def _month(day: dt.date) -> tuple[int, int]:
    return day.year, day.month


def _plan(demo: Any) -> dict[str, Any]:
    (plan,) = demo.rows("plan")
    return plan


def test_every_table_has_rows(english_demo: Any) -> None:
    empty = [name for name, rows in english_demo.all_rows().items() if not rows]
    # The workshop's steps are saved only once someone chooses them.
    assert empty == ["workshop_step"]


def test_workshop_votes_on_factors_and_actions(english_demo: Any) -> None:
    for table in ("environment_factor", "mix_action", "swot_item"):
        votes = [row["votes"] for row in english_demo.rows(table)]
        assert 3 <= sum(1 for v in votes if v) < len(votes), table


def test_client_and_plan(english_demo: Any) -> None:
    (client,) = english_demo.rows("client")
    plan = _plan(english_demo)
    assert client["name"] == "Brûlerie des Quais"
    assert plan["client_id"] == client["id"]
    assert plan["title"] == "Marketing plan 2026–2028"
    assert (plan["start_year"], plan["horizon_years"]) == (2026, 3)
    assert (plan["currency"], plan["language"], plan["seven_p"]) == ("EUR", "en", False)
    assert plan["consultant"] == "Hélène Marchetti"


def test_every_date_falls_in_the_plan_years(english_demo: Any) -> None:
    plan = _plan(english_demo)
    years = range(plan["start_year"], plan["start_year"] + plan["horizon_years"])
    checked = 0
    for table in metadata.sorted_tables:
        columns = [c.name for c in table.columns if isinstance(c.type, Date)]
        for row in english_demo.rows(table.name):
            for name in columns:
                if row[name] is not None:
                    # Measurements may come before the plan (a study, a baseline).
                    before = table.name == "kpi_measurement" and row[name].year < years[0]
                    assert row[name].year in years or before, (table.name, row)
                    checked += 1
    assert checked > 300  # targets, measurements, roadmap, mix, campaigns, experiments…


def test_pestel_competitors_and_forces(english_demo: Any) -> None:
    factors = english_demo.rows("environment_factor")
    assert len(factors) == 12
    assert Counter(f["category"] for f in factors) == {c.value: 2 for c in PestelCategory}
    assert {f["impact"] for f in factors} >= {-2, -1, 1, 2}
    assert len({f["trend"] for f in factors}) >= 2
    competitors = english_demo.rows("competitor")
    assert len(competitors) == 4
    assert all(c["strengths"] and c["weaknesses"] and c["offer"] for c in competitors)
    assert 0 < sum(c["estimated_share"] for c in competitors) <= 100
    assert len({c["price_level"] for c in competitors}) >= 3
    forces = english_demo.rows("force_rating")
    assert sorted(f["force"] for f in forces) == sorted(p.value for p in PorterForce)
    assert all(f["notes"] and 1 <= f["rating"] <= 5 for f in forces)


def test_swot_has_four_items_per_quadrant_and_traceable_sources(english_demo: Any) -> None:
    items = english_demo.rows("swot_item")
    assert Counter(i["quadrant"] for i in items) == {q.value: 4 for q in SwotQuadrant}
    assert any(i["votes"] > 0 for i in items)
    assert len({i["weight"] for i in items}) >= 3
    sourced = [i for i in items if i["source_factor_id"] or i["source_competitor_id"]]
    assert {i["quadrant"] for i in sourced} == {"O", "T"}
    assert any(i["source_factor_id"] for i in sourced)
    assert any(i["source_competitor_id"] for i in sourced)
    # Positions run 0, 1, 2, 3 in each quadrant, as the services order them.
    for quadrant in SwotQuadrant:
        positions = sorted(i["position"] for i in items if i["quadrant"] == quadrant)
        assert positions == [0, 1, 2, 3]


def test_tows_links_combine_the_right_quadrants(english_demo: Any) -> None:
    strategies = english_demo.rows("tows_strategy")
    assert 4 <= len(strategies) <= 6
    assert {s["kind"] for s in strategies} == set(TOWS_QUADRANTS)
    items = _by_id(english_demo.rows("swot_item"))
    links = english_demo.rows("tows_link")
    for strategy in strategies:
        mine = [link["swot_item_id"] for link in links if link["strategy_id"] == strategy["id"]]
        linked = {items[item]["quadrant"] for item in mine}
        # Both quadrants the kind combines, and nothing else.
        assert linked == TOWS_QUADRANTS[strategy["kind"]], strategy["text"]


def test_segments_personas_scores_and_positioning(english_demo: Any) -> None:
    segments = english_demo.rows("segment")
    assert 3 <= len(segments) <= 4
    assert all(s["size"] > 0 and s["value_cents"] > 0 and s["needs"] for s in segments)
    personas = Counter(p["segment_id"] for p in english_demo.rows("persona"))
    assert all(personas[s["id"]] >= 1 for s in segments)
    criteria = english_demo.rows("criterion")
    assert {c["kind"] for c in criteria} == {k.value for k in CriterionKind}
    assert all(c["weight"] > 0 for c in criteria)
    scores = english_demo.rows("segment_score")
    pairs = {(s["segment_id"], s["criterion_id"]) for s in scores}
    assert pairs == {(s["id"], c["id"]) for s in segments for c in criteria}
    assert len(scores) == len(pairs)
    # Every kind of targeting, each one explained.
    assert {s["targeting"] for s in segments} == {t.value for t in Targeting}
    assert all(s["targeting_rationale"] for s in segments)
    assert [s["targeting"] for s in segments].count(Targeting.PRIMARY) == 1
    targeted = {s["id"] for s in segments if s["targeting"] != Targeting.NOT_TARGETED}
    positioning = english_demo.rows("positioning")
    assert {p["segment_id"] for p in positioning} == targeted
    fields = ("target", "need", "category", "benefit", "alternative", "differentiator", "proof")
    assert all(p[f] for p in positioning for f in fields)


def test_perceptual_map_places_our_brand_and_every_competitor(english_demo: Any) -> None:
    axes = english_demo.rows("map_axis")
    assert sorted(a["orientation"] for a in axes) == ["x", "y"]
    assert all(a["name"] and a["low_label"] and a["high_label"] for a in axes)
    points = english_demo.rows("map_point")
    assert [p["label"] for p in points if p["own_brand"]] == ["Brûlerie des Quais"]
    competitors = {c["id"] for c in english_demo.rows("competitor")}
    others = [p["competitor_id"] for p in points if not p["own_brand"]]
    assert set(others) - {None} == competitors
    assert others.count(None) == 1  # and one free label (an alternative outside the grid)


def test_objectives_are_smart_and_one_comes_from_tows(english_demo: Any) -> None:
    objectives = english_demo.rows("objective")
    assert len(objectives) == 3
    kpis = _by_id(english_demo.rows("kpi"))
    assert len({o["kpi_id"] for o in objectives}) == 3  # each measured by a KPI of its own
    for objective in objectives:
        assert objective["kpi_id"] in kpis
        assert objective["owner"] and objective["deadline"]
        assert objective["baseline"] is not None and objective["target"] is not None
        assert objective["baseline"] != objective["target"]
    promoted = [o for o in objectives if o["tows_strategy_id"]]
    assert len(promoted) == 1
    strategies = _by_id(english_demo.rows("tows_strategy"))
    assert promoted[0]["tows_strategy_id"] in strategies
    deadlines = {o["deadline"].year for o in objectives}
    assert len(deadlines) >= 2  # spread over the plan, not all due at once


def test_key_results_under_each_objective(english_demo: Any) -> None:
    plan = _plan(english_demo)
    objectives = _by_id(english_demo.rows("objective"))
    kpis = _by_id(english_demo.rows("kpi"))
    results = english_demo.rows("key_result")
    per_objective = Counter(r["objective_id"] for r in results)
    assert set(per_objective) == set(objectives)
    assert all(1 <= n <= 2 for n in per_objective.values())
    for result in results:
        assert result["statement"] and result["target"] is not None
        # Measured by a KPI of the library, or by a metric of its own: one or the other.
        assert (result["kpi_id"] in kpis) != bool(result["metric"])
        assert result["kpi_id"] != objectives[result["objective_id"]]["kpi_id"]
        assert plan["start_year"] <= result["due"].year < plan["start_year"] + 3
        positions = sorted(
            r["position"] for r in results if r["objective_id"] == result["objective_id"]
        )
        assert positions == list(range(len(positions)))
    assert any(r["kpi_id"] for r in results) and any(r["metric"] for r in results)


def test_roadmap_has_lanes_milestones_and_objectives(english_demo: Any) -> None:
    items = english_demo.rows("roadmap_item")
    assert 12 <= len(items) <= 16
    lanes = _by_id(english_demo.rows("roadmap_lane"))
    assert sorted(lane["name"] for lane in lanes.values()) == ["Brand", "Product"]
    # Free lanes (themes) and objectives' lanes both hold work.
    assert {i["lane_id"] for i in items} == {None, *lanes}
    assert all(i["colour"] for i in items if i["lane_id"])
    # Positions run 0, 1, 2… in each (lane, objective) group, as the service orders them.
    groups = Counter((i["lane_id"], i["objective_id"]) for i in items)
    for group, size in groups.items():
        positions = sorted(
            i["position"] for i in items if (i["lane_id"], i["objective_id"]) == group
        )
        assert positions == list(range(size))
    milestones = [i for i in items if i["milestone"]]
    assert milestones and all(m["start"] == m["end"] for m in milestones)
    assert all(i["objective_id"] for i in items)
    assert all(i["start"] <= i["end"] for i in items)
    assert len({i["start"].year for i in items}) == 3


def test_mix_covers_four_ps_four_columns_and_breaks_the_chain_on_purpose(
    english_demo: Any,
) -> None:
    actions = english_demo.rows("mix_action")
    assert 10 <= len(actions) <= 14
    assert {a["p"] for a in actions} == {p.value for p in FOUR_P}
    assert {a["column"] for a in actions} == {c.value for c in MixColumn}
    unlinked = [a for a in actions if a["objective_id"] is None]
    assert len(unlinked) == 1  # the alignment page has one to show
    assert all(a["owner"] and a["segment_id"] for a in actions)
    assert sum(a["budget_planned_cents"] for a in actions) > 0
    done = [a for a in actions if a["column"] == "done"]
    assert all(a["budget_actual_cents"] > 0 for a in done)


def test_campaigns_span_a_year_of_channels(english_demo: Any) -> None:
    campaigns = english_demo.rows("campaign")
    assert 14 <= len(campaigns) <= 16
    channels = {c["channel"] for c in campaigns}
    assert {"search", "event", "social", "email", "pr", "online_event"} <= channels
    assert {"content", "print", "partnership", "display"} <= channels
    # Customer relationship is planned too.
    assert {"loyalty", "after_sales", "complaints"} <= channels
    # Some campaigns spent more than planned: the budget view has something to warn about.
    over = [c for c in campaigns if c["budget_actual_cents"] > c["budget_planned_cents"]]
    assert 2 <= len(over) <= 5
    assert len({c["colour"] for c in campaigns}) == len(campaigns)
    assert all(c["objective_id"] and c["segment_id"] for c in campaigns)
    # One campaign is aimed at the segment the plan does not target (a finding to show).
    segments = _by_id(english_demo.rows("segment"))
    untargeted = [c for c in campaigns if segments[c["segment_id"]]["targeting"] == "none"]
    assert len(untargeted) == 1
    assert all(c["budget_planned_cents"] > 0 for c in campaigns)
    months = {c["start"].month for c in campaigns}
    assert len(months) >= 6
    assert len({c["status"] for c in campaigns}) >= 3


def test_campaigns_move_kpis_of_their_plan(english_demo: Any) -> None:
    campaigns = _by_id(english_demo.rows("campaign"))
    kpis = _by_id(english_demo.rows("kpi"))
    links = english_demo.rows("campaign_kpi")
    assert {link["campaign_id"] for link in links} == set(campaigns)
    assert all(link["kpi_id"] in kpis for link in links)
    assert 1 < len(links) / len(campaigns) <= 3


def test_experiments_are_complete(english_demo: Any) -> None:
    experiments = english_demo.rows("experiment")
    assert len(experiments) == 4
    fields = ("name", "hypothesis", "metric", "result", "lesson")
    assert all(e[f] for e in experiments for f in fields)
    variants = english_demo.rows("experiment_variant")
    for experiment in experiments:
        own = sorted(
            (v["position"], v["name"]) for v in variants if v["experiment_id"] == experiment["id"]
        )
        assert own == [(0, "A"), (1, "B")]
    assert all(v["description"] and v["result"] for v in variants)
    assert len({e["decision"] for e in experiments}) == 4  # pending, adopt, iterate, drop
    campaigns = _by_id(english_demo.rows("campaign"))
    assert all(e["campaign_id"] in campaigns for e in experiments)


def test_kpis_have_monthly_targets_and_a_year_of_measurements(english_demo: Any) -> None:
    plan = _plan(english_demo)
    kpis = english_demo.rows("kpi")
    assert len(kpis) == 9
    # Customer relationship is measured: the NPS, churn and retention.
    assert {"Net Promoter Score", "Monthly churn", "Retention after three months"} <= {
        k["name"] for k in kpis
    }
    # Every KPI of the library measures an objective or a key result, or a campaign moves it.
    used = {o["kpi_id"] for o in english_demo.rows("objective")}
    used |= {r["kpi_id"] for r in english_demo.rows("key_result")}
    used |= {link["kpi_id"] for link in english_demo.rows("campaign_kpi")}
    assert {k["id"] for k in kpis} == used - {None}
    targets = english_demo.rows("kpi_target")
    measurements = english_demo.rows("kpi_measurement")
    months = 12 * plan["horizon_years"]
    for kpi in kpis:
        periods = [t["period_start"] for t in targets if t["kpi_id"] == kpi["id"]]
        assert len(periods) == len(set(periods)) == months
        assert all(p.day == 1 for p in periods)
        measured = {_month(m["day"]) for m in measurements if m["kpi_id"] == kpi["id"]}
        if kpi["name"] == "Share of voice":
            # Measured by a study before the plan and not since: a finding to show.
            assert len(measured) == 10 and max(measured)[0] == plan["start_year"] - 1
            continue
        assert len(measured) >= 12, kpi["name"]
    assert any(m["campaign_id"] for m in measurements)


def test_each_kpi_says_how_its_periods_add_up(english_demo: Any) -> None:
    aggregation = {k["name"]: k["aggregation"] for k in english_demo.rows("kpi")}
    assert aggregation["Active subscriptions"] == KpiAggregation.LAST  # a stock
    assert aggregation["Website sessions"] == KpiAggregation.SUM
    assert aggregation["Net Promoter Score"] == KpiAggregation.AVERAGE
    # Share of voice is computed by its formula over its summed components.
    assert aggregation["Share of voice"] == KpiAggregation.FORMULA
    assert list(aggregation.values()).count(KpiAggregation.FORMULA) == 1
    components = {m["component"] for m in english_demo.rows("kpi_measurement")}
    assert components == {"", "brand_mentions", "market_mentions"}


@pytest.mark.parametrize("kpi_index", range(8))  # the KPIs measured during the plan
def test_measurements_hit_and_miss_their_targets(english_demo: Any, kpi_index: int) -> None:
    kpi = english_demo.rows("kpi")[kpi_index]
    assert kpi["name"] != "Share of voice"
    targets = {
        _month(t["period_start"]): t["value"]
        for t in english_demo.rows("kpi_target")
        if t["kpi_id"] == kpi["id"]
    }
    better = worse = 0
    for m in english_demo.rows("kpi_measurement"):
        if m["kpi_id"] != kpi["id"]:
            continue
        gap = m["value"] - targets[_month(m["day"])]
        if kpi["direction"] == KpiDirection.LOWER_IS_BETTER:
            gap = -gap
        better += gap > 0
        worse += gap < 0
    # Statuses vary: every KPI has months on each side of its target.
    assert better >= 2 and worse >= 2, kpi["name"]
