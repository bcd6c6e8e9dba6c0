"""Objectives measured by a KPI, key results, and free roadmap lanes.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30

One source of truth for "objective measured by KPI": `objective.kpi_id`. The free-text
`objective.kpi_name` and the reverse link `kpi.objective_id` go. For each objective, in order:
  1. the plan's KPI named like `kpi_name` (trimmed, case aside), else
  2. the first KPI (by position, id) whose `objective_id` was this objective, else
  3. when `kpi_name` is not empty, a new KPI of that name (count, higher is better, monthly,
     entered directly) at the end of the plan's library.
Every other KPI that pointed to an objective becomes a key result of it (statement = the
KPI's name, linked to the KPI, no target, no due date).

Roadmap: each distinct non-empty `lane` text of a plan becomes a `roadmap_lane` (in the order
it first appears by item position, id) and its items point to it; an empty lane → no lane.

Frozen history: use plain `sa` types and literal values here, never the app's models or
enums, so this revision keeps meaning the same thing when the models move on.
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "roadmap_lane",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_roadmap_lane_plan_id"), "roadmap_lane", ["plan_id"], unique=False)

    op.create_table(
        "key_result",
        sa.Column("statement", sa.String(length=1000), nullable=False),
        sa.Column("metric", sa.String(length=200), nullable=False),
        sa.Column("target", sa.Float(), nullable=True),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("objective_id", sa.Integer(), nullable=False),
        sa.Column("kpi_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["kpi_id"], ["kpi.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["objective_id"], ["objective.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_key_result_kpi_id"), "key_result", ["kpi_id"], unique=False)
    op.create_index(
        op.f("ix_key_result_objective_id"), "key_result", ["objective_id"], unique=False
    )

    with op.batch_alter_table("objective") as batch_op:
        batch_op.add_column(sa.Column("kpi_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_objective_kpi_id"), ["kpi_id"], unique=False)
        batch_op.create_foreign_key(
            "fk_objective_kpi_id_kpi", "kpi", ["kpi_id"], ["id"], ondelete="SET NULL"
        )
    with op.batch_alter_table("roadmap_item") as batch_op:
        batch_op.add_column(sa.Column("colour", sa.String(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("lane_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_roadmap_item_lane_id"), ["lane_id"], unique=False)
        batch_op.create_foreign_key(
            "fk_roadmap_item_lane_id_roadmap_lane",
            "roadmap_lane",
            ["lane_id"],
            ["id"],
            ondelete="CASCADE",
        )

    connection = op.get_bind()
    for (plan_id,) in connection.execute(sa.text("SELECT id FROM plan ORDER BY id")).all():
        _link_objectives_to_kpis(connection, plan_id)
        _make_lanes(connection, plan_id)

    with op.batch_alter_table("roadmap_item") as batch_op:
        # The default only filled the existing rows; the app always writes the colour.
        batch_op.alter_column("colour", existing_type=sa.String(), server_default=None)
        batch_op.drop_column("lane")
    with op.batch_alter_table("objective") as batch_op:
        batch_op.drop_column("kpi_name")
    with op.batch_alter_table("kpi") as batch_op:
        batch_op.drop_index("ix_kpi_objective_id")
        batch_op.drop_column("objective_id")


def _link_objectives_to_kpis(connection: sa.Connection, plan_id: int) -> None:
    kpis = [
        dict(row._mapping)
        for row in connection.execute(
            sa.text(
                "SELECT id, name, objective_id, position FROM kpi WHERE plan_id = :plan "
                "ORDER BY position, id"
            ),
            {"plan": plan_id},
        )
    ]
    objectives = connection.execute(
        sa.text("SELECT id, kpi_name FROM objective WHERE plan_id = :plan ORDER BY position, id"),
        {"plan": plan_id},
    ).all()
    chosen: dict[int, int] = {}
    for objective_id, kpi_name in objectives:
        wanted = (kpi_name or "").strip()
        named = [k for k in kpis if k["name"].strip().casefold() == wanted.casefold()]
        linked = [k for k in kpis if k["objective_id"] == objective_id]
        if wanted and named:
            kpi_id = named[0]["id"]
        elif linked:
            kpi_id = linked[0]["id"]
        elif wanted:
            kpi_id = _new_kpi(connection, plan_id, wanted, kpis)
        else:
            continue
        chosen[objective_id] = kpi_id
        connection.execute(
            sa.text("UPDATE objective SET kpi_id = :kpi WHERE id = :id"),
            {"kpi": kpi_id, "id": objective_id},
        )
    positions: dict[int, int] = {}
    for kpi in kpis:
        objective_id = kpi["objective_id"]
        if objective_id is None or chosen.get(objective_id) == kpi["id"]:
            continue
        position = positions.get(objective_id, 0)
        positions[objective_id] = position + 1
        connection.execute(
            sa.text(
                "INSERT INTO key_result (statement, metric, target, due, objective_id, kpi_id, "
                "position) VALUES (:statement, '', NULL, NULL, :objective, :kpi, :position)"
            ),
            {
                "statement": kpi["name"],
                "objective": objective_id,
                "kpi": kpi["id"],
                "position": position,
            },
        )


def _new_kpi(connection: sa.Connection, plan_id: int, name: str, kpis: list[dict[str, Any]]) -> int:
    """A KPI named `name` at the end of the plan's library; added to `kpis` (no objective)."""
    position = max((k["position"] for k in kpis), default=-1) + 1
    result = connection.execute(
        sa.text(
            "INSERT INTO kpi (name, unit, direction, period, formula, description, plan_id, "
            "objective_id, position) VALUES (:name, 'COUNT', 'HIGHER_IS_BETTER', 'MONTH', "
            "'DIRECT', '', :plan, NULL, :position)"
        ),
        {"name": name, "plan": plan_id, "position": position},
    )
    kpi_id = result.lastrowid
    kpis.append({"id": kpi_id, "name": name, "objective_id": None, "position": position})
    return kpi_id


def _make_lanes(connection: sa.Connection, plan_id: int) -> None:
    items = connection.execute(
        sa.text("SELECT id, lane FROM roadmap_item WHERE plan_id = :plan ORDER BY position, id"),
        {"plan": plan_id},
    ).all()
    lanes: dict[str, int] = {}
    for item_id, lane in items:
        name = (lane or "").strip()
        if not name:
            continue
        if name not in lanes:
            result = connection.execute(
                sa.text(
                    "INSERT INTO roadmap_lane (name, plan_id, position) "
                    "VALUES (:name, :plan, :position)"
                ),
                {"name": name, "plan": plan_id, "position": len(lanes)},
            )
            lanes[name] = result.lastrowid
        connection.execute(
            sa.text("UPDATE roadmap_item SET lane_id = :lane WHERE id = :id"),
            {"lane": lanes[name], "id": item_id},
        )


def downgrade() -> None:
    with op.batch_alter_table("kpi") as batch_op:
        batch_op.add_column(sa.Column("objective_id", sa.Integer(), nullable=True))
        batch_op.create_index("ix_kpi_objective_id", ["objective_id"], unique=False)
        batch_op.create_foreign_key(
            "fk_kpi_objective_id_objective",
            "objective",
            ["objective_id"],
            ["id"],
            ondelete="SET NULL",
        )
    with op.batch_alter_table("objective") as batch_op:
        batch_op.add_column(
            sa.Column("kpi_name", sa.String(length=200), nullable=False, server_default="")
        )
    with op.batch_alter_table("roadmap_item") as batch_op:
        batch_op.add_column(
            sa.Column("lane", sa.String(length=200), nullable=False, server_default="")
        )
    # The objective names its KPI again, and the KPIs of its key results point back to it.
    op.execute(
        "UPDATE objective SET kpi_name = COALESCE("
        "(SELECT name FROM kpi WHERE kpi.id = objective.kpi_id), '')"
    )
    op.execute(
        "UPDATE kpi SET objective_id = COALESCE("
        "(SELECT o.id FROM objective o WHERE o.kpi_id = kpi.id ORDER BY o.position, o.id "
        "LIMIT 1), (SELECT r.objective_id FROM key_result r WHERE r.kpi_id = kpi.id "
        "ORDER BY r.position, r.id LIMIT 1))"
    )
    op.execute(
        "UPDATE roadmap_item SET lane = COALESCE("
        "(SELECT name FROM roadmap_lane l WHERE l.id = roadmap_item.lane_id), '')"
    )
    with op.batch_alter_table("roadmap_item") as batch_op:
        batch_op.alter_column("lane", existing_type=sa.String(length=200), server_default=None)
        batch_op.drop_index("ix_roadmap_item_lane_id")
        batch_op.drop_constraint("fk_roadmap_item_lane_id_roadmap_lane", type_="foreignkey")
        batch_op.drop_column("lane_id")
        batch_op.drop_column("colour")
    with op.batch_alter_table("objective") as batch_op:
        batch_op.alter_column("kpi_name", existing_type=sa.String(length=200), server_default=None)
        batch_op.drop_index("ix_objective_kpi_id")
        batch_op.drop_constraint("fk_objective_kpi_id_kpi", type_="foreignkey")
        batch_op.drop_column("kpi_id")
    op.drop_index(op.f("ix_key_result_objective_id"), table_name="key_result")
    op.drop_index(op.f("ix_key_result_kpi_id"), table_name="key_result")
    op.drop_table("key_result")
    op.drop_index(op.f("ix_roadmap_lane_plan_id"), table_name="roadmap_lane")
    op.drop_table("roadmap_lane")
