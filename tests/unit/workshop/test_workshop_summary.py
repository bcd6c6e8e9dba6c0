"""The "strategy on a page" step's blocks: targets, positioning, objectives, KPIs."""

from __future__ import annotations

from types import SimpleNamespace as Row

from stratdesk.domain.enums import ObjectiveStatus, Targeting
from stratdesk.domain.workshop_summary import MAX_LINES, summary_blocks

POSITIONING = {
    "target": "remote workers",
    "need": "miss their café",
    "category": "a coffee subscription",
    "benefit": "delivers fresh coffee",
    "alternative": "capsules",
    "differentiator": "roasts in Lyon",
    "proof": "an award",
}


def blocks(**rows: object) -> dict[str, tuple[tuple[str, ...], str, int]]:
    given: dict[str, object] = {
        "segments": [],
        "positionings": [],
        "objectives": [],
        "kpis": [],
        "brand": "Brûlerie",
        "language": "en",
    }
    given.update(rows)
    return {b.key: (b.lines, b.empty, b.more) for b in summary_blocks(**given)}  # type: ignore[arg-type]


def test_an_empty_plan_says_where_each_block_is_filled() -> None:
    shown = blocks()
    assert list(shown) == ["targets", "positioning", "objectives", "kpis"]
    assert all(not lines and empty for lines, empty, _more in shown.values())
    assert "Segmentation & targeting page" in shown["targets"][1]


def test_targets_list_primary_then_secondary_and_leave_out_the_rest() -> None:
    segments = [
        Row(id=1, name="Offices", targeting=Targeting.SECONDARY),
        Row(id=2, name="Students", targeting=Targeting.NOT_TARGETED),
        Row(id=3, name="Remote workers", targeting=Targeting.PRIMARY),
    ]
    assert blocks(segments=segments)["targets"][0] == (
        "Primary: Remote workers",
        "Secondary: Offices",
    )


def test_positioning_shows_the_primary_targets_statement_only() -> None:
    segments = [
        Row(id=1, name="Offices", targeting=Targeting.SECONDARY),
        Row(id=3, name="Remote workers", targeting=Targeting.PRIMARY),
    ]
    positionings = [
        Row(segment_id=1, **{**POSITIONING, "target": "office managers"}),
        Row(segment_id=3, **POSITIONING),
    ]
    lines = blocks(segments=segments, positionings=positionings)["positioning"][0]
    assert len(lines) == 1
    assert lines[0].startswith("For remote workers who miss their café, Brûlerie is")


def test_without_a_primary_statement_the_secondary_ones_show() -> None:
    segments = [
        Row(id=1, name="Offices", targeting=Targeting.SECONDARY),
        Row(id=3, name="Remote workers", targeting=Targeting.PRIMARY),
    ]
    positionings = [Row(segment_id=1, **{**POSITIONING, "target": "office managers"})]
    lines = blocks(segments=segments, positionings=positionings)["positioning"][0]
    assert len(lines) == 1 and "office managers" in lines[0]


def test_dropped_and_missed_objectives_are_left_out() -> None:
    objectives = [
        Row(statement="Grow", status=ObjectiveStatus.ACTIVE),
        Row(statement="Old", status=ObjectiveStatus.DROPPED),
        Row(statement="Late", status=ObjectiveStatus.MISSED),
        Row(statement="Done", status=ObjectiveStatus.ACHIEVED),
    ]
    assert blocks(objectives=objectives)["objectives"][0] == ("Grow", "Done")


def test_a_long_list_is_cut_and_says_how_many_are_left_out() -> None:
    kpis = [Row(name=f"KPI {n}") for n in range(MAX_LINES + 3)]
    lines, _empty, more = blocks(kpis=kpis)["kpis"]
    assert len(lines) == MAX_LINES and lines[0] == "KPI 0" and more == 3
