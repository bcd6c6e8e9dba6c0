"""Every positioning of a plan in one read, in the segments' order, and no other plan's."""

from __future__ import annotations


def test_for_plan_reads_the_plan_s_positionings_in_segment_order(services, plan_id, other_plan_id):
    first = services.segments.create(plan_id, {"name": "First"})
    second = services.segments.create(plan_id, {"name": "Second"})
    services.segments.create(plan_id, {"name": "Without"})
    foreign = services.segments.create(other_plan_id, {"name": "Elsewhere"})
    services.positioning.save(second.id, {"target": "B"})
    services.positioning.save(first.id, {"target": "A"})
    services.positioning.save(foreign.id, {"target": "X"})
    assert [p.target for p in services.positioning.for_plan(plan_id)] == ["A", "B"]
    services.segments.reorder(plan_id, [second.id, first.id, second.id + 1])
    assert [p.target for p in services.positioning.for_plan(plan_id)] == ["B", "A"]
    assert [p.target for p in services.positioning.for_plan(other_plan_id)] == ["X"]
