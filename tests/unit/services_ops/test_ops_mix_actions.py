"""Mix actions: the 4P/7P board, its rules, moves between columns and Ps, and undo."""

from __future__ import annotations

import datetime as dt

import pytest

from stratdesk.domain.enums import MixColumn, MixP
from stratdesk.domain.errors import InvalidInput, NotFound
from stratdesk.domain.objectives import Objective
from stratdesk.domain.operations import MixAction
from stratdesk.domain.targeting import Segment


def test_create_returns_a_frozen_read_model_and_emits_one_changeset(ops, plan_id, changes):
    action = ops.mix.create(
        plan_id,
        {"p": "promotion", "title": "Flyers", "budget_planned_cents": 12_000},
        origin="test",
    )
    assert action.p is MixP.PROMOTION
    assert action.column is MixColumn.IDEA
    assert action.budget_planned_cents == 12_000
    assert (action.plan_id, action.position) == (plan_id, 0)
    assert [(c.kinds, dict(c.ids), c.origin) for c in changes] == [
        (frozenset({"mix_action"}), {"mix_action": frozenset({action.id})}, "test")
    ]
    with pytest.raises(ValueError):
        action.title = "changed"  # read models are frozen


def test_update_returns_new_values_and_update_with_old_values_undoes_it(ops, plan_id):
    action = ops.mix.create(plan_id, {"p": "price", "title": "Promo -10%"})
    old = {"title": action.title, "due": action.due}
    changed = ops.mix.update(action.id, {"title": "Promo -15%", "due": dt.date(2026, 3, 1)})
    assert (changed.title, changed.due) == ("Promo -15%", dt.date(2026, 3, 1))
    ops.mix.update(action.id, old)
    assert ops.mix.get(action.id) == action


def test_delete_then_restore_brings_back_the_same_row(ops, plan_id, count, changes):
    action = ops.mix.create(plan_id, {"p": "place", "title": "Market stall"})
    snapshot = ops.mix.delete(action.id)
    assert count(MixAction) == 0
    with pytest.raises(NotFound):
        ops.mix.get(action.id)
    ops.mix.restore(snapshot)
    assert ops.mix.get(action.id) == action
    assert len(changes) == 3


def test_links_to_this_plans_objective_and_segment_are_kept(ops, plan_id, insert):
    objective_id = insert(Objective, plan_id=plan_id, statement="Grow 10%")
    segment_id = insert(Segment, plan_id=plan_id, name="Students")
    action = ops.mix.create(
        plan_id,
        {
            "p": "product",
            "title": "Lunch box",
            "objective_id": objective_id,
            "segment_id": segment_id,
        },
    )
    assert (action.objective_id, action.segment_id) == (objective_id, segment_id)


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        (
            {"p": "price", "title": "x", "budget_planned_cents": -1},
            "budget_planned_cents",
            "must not be negative",
        ),
        (
            {"p": "price", "title": "x", "budget_actual_cents": -500},
            "budget_actual_cents",
            "must not be negative",
        ),
        ({"p": "price", "title": ""}, "title", "must not be empty"),
        ({"p": "price", "title": "x" * 201}, "title", "too long"),
        ({"p": "price", "title": "x", "due": dt.date(2024, 12, 31)}, "due", "outside the plan"),
        ({"p": "price", "title": "x", "due": dt.date(2028, 1, 1)}, "due", "outside the plan"),
        ({"p": "people", "title": "Train staff"}, "p", "7P"),
        ({"p": "physical_evidence", "title": "Shop sign"}, "p", "7P"),
        ({"p": "nonsense", "title": "x"}, "p", "must be one of"),
        ({"p": "price", "title": "x", "column": "later"}, "column", "must be one of"),
    ],
)
def test_refused_input_writes_nothing(ops, plan_id, count, changes, data, field, words):
    with pytest.raises(InvalidInput) as refused:
        ops.mix.create(plan_id, data)
    assert refused.value.field == field
    assert words in refused.value.message
    assert count(MixAction) == 0
    assert changes == []


def test_refused_update_leaves_the_row_as_it_was(ops, plan_id, changes):
    action = ops.mix.create(plan_id, {"p": "price", "title": "Bundle"})
    changes.clear()
    with pytest.raises(InvalidInput, match="negative"):
        ops.mix.update(action.id, {"title": "Other", "budget_planned_cents": -1})
    with pytest.raises(InvalidInput, match="Unknown field"):
        ops.mix.update(action.id, {"colour": "#000000"})
    assert ops.mix.get(action.id) == action
    assert changes == []


@pytest.mark.parametrize("p", [MixP.PEOPLE, MixP.PROCESS, MixP.PHYSICAL_EVIDENCE])
def test_a_7p_plan_accepts_each_of_the_three_extra_ps(ops, make_plan, p):
    plan = make_plan(seven_p=True)
    action = ops.mix.create(plan, {"p": p.value, "title": "Train staff"})
    assert action.p is p
    moved = ops.mix.move(ops.mix.create(plan, {"p": "price", "title": "Bundle"}).id, {"p": p}, 0)
    assert moved.p is p


@pytest.mark.parametrize("p", [MixP.PEOPLE, MixP.PROCESS, MixP.PHYSICAL_EVIDENCE])
def test_a_4p_plan_refuses_each_of_the_three_extra_ps(ops, plan_id, count, p):
    with pytest.raises(InvalidInput, match="7P") as refused:
        ops.mix.create(plan_id, {"p": p.value, "title": "Train staff"})
    assert refused.value.field == "p"
    assert count(MixAction) == 0


def test_moving_to_a_7p_p_in_a_4p_plan_is_refused(ops, plan_id, changes):
    action = ops.mix.create(plan_id, {"p": "price", "title": "Bundle"})
    changes.clear()
    with pytest.raises(InvalidInput, match="7P") as refused:
        ops.mix.move(action.id, {"p": "process"}, 0)
    assert refused.value.field == "p"
    assert ops.mix.get(action.id) == action
    assert changes == []


def test_links_to_another_plans_rows_are_refused(ops, plan_id, make_plan, insert, count, changes):
    other = make_plan(title="Other client")
    foreign_objective = insert(Objective, plan_id=other, statement="Theirs")
    foreign_segment = insert(Segment, plan_id=other, name="Theirs")
    for field, value in (
        ("objective_id", foreign_objective),
        ("segment_id", foreign_segment),
        ("objective_id", 9999),
    ):
        with pytest.raises(InvalidInput, match="no such item in this plan") as refused:
            ops.mix.create(plan_id, {"p": "price", "title": "x", field: value})
        assert refused.value.field == field
    assert count(MixAction) == 0
    assert changes == []


def test_unknown_ids_are_not_found_and_write_nothing(ops, plan_id, changes):
    with pytest.raises(NotFound):
        ops.mix.create(9999, {"p": "price", "title": "x"})
    for call in (
        lambda: ops.mix.get(4242),
        lambda: ops.mix.update(4242, {"title": "x"}),
        lambda: ops.mix.delete(4242),
        lambda: ops.mix.move(4242, {"column": "done"}, 0),
        lambda: ops.mix.reorder(plan_id, [4242]),
    ):
        with pytest.raises(NotFound, match="4242"):
            call()
    assert changes == []


def test_huge_and_markup_like_text_is_stored_verbatim(ops, plan_id):
    markup = "<b>Bold</b> & <script>alert('x')</script> %s {title} \\x00 قهوة"
    huge = "é" * 10_000
    action = ops.mix.create(
        plan_id, {"p": "promotion", "title": markup[:200], "description": huge, "owner": markup}
    )
    stored = ops.mix.get(action.id)
    assert (stored.title, stored.description, stored.owner) == (markup[:200], huge, markup)


def test_move_between_columns_and_ps_renumbers_both_groups(ops, plan_id, changes):
    a = ops.mix.create(plan_id, {"p": "price", "title": "A"})
    b = ops.mix.create(plan_id, {"p": "price", "title": "B"})
    c = ops.mix.create(plan_id, {"p": "price", "title": "C", "column": "done"})
    d = ops.mix.create(plan_id, {"p": "product", "title": "D", "column": "done"})
    assert (a.position, b.position, c.position, d.position) == (0, 1, 0, 0)
    changes.clear()

    moved = ops.mix.move(a.id, {"column": "done"}, 0)  # another column, same P
    assert (moved.column, moved.position) == (MixColumn.DONE, 0)
    assert ops.mix.get(c.id).position == 1
    moved = ops.mix.move(a.id, {"column": "idea", "p": "product"}, 5)  # another P and column
    assert (moved.p, moved.column, moved.position) == (MixP.PRODUCT, MixColumn.IDEA, 0)
    ops.mix.move(b.id, {"p": "product", "column": "done"}, 0)
    positions = {a.title: (a.p, a.column, a.position) for a in ops.mix.list(plan_id)}
    assert positions == {
        "A": (MixP.PRODUCT, MixColumn.IDEA, 0),
        "B": (MixP.PRODUCT, MixColumn.DONE, 0),
        "D": (MixP.PRODUCT, MixColumn.DONE, 1),
        "C": (MixP.PRICE, MixColumn.DONE, 1),
    }
    assert len(changes) == 3 and all(c.kinds == {"mix_action"} for c in changes)


def test_move_back_to_the_old_group_and_index_undoes_a_move(ops, plan_id):
    a = ops.mix.create(plan_id, {"p": "place", "title": "A"})
    b = ops.mix.create(plan_id, {"p": "place", "title": "B"})
    ops.mix.move(a.id, {"p": "price", "column": "planned"}, 0)
    ops.mix.move(a.id, {"p": a.p, "column": a.column}, a.position)
    assert ops.mix.get(a.id) == a
    assert ops.mix.get(b.id).position == 1


def test_reorder_within_a_group(ops, plan_id):
    ids = [ops.mix.create(plan_id, {"p": "price", "title": t}).id for t in "ABC"]
    ops.mix.reorder(plan_id, list(reversed(ids)))
    assert [a.title for a in ops.mix.list(plan_id)] == ["C", "B", "A"]
