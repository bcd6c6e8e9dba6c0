"""Workshop: dot votes on PESTEL factors and mix actions, and the workshop's saved steps.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30

- `environment_factor.votes` and `mix_action.votes` (0 for existing rows; SWOT items already
  have theirs). Added in place, so the columns keep the database default 0.
- `workshop_step`: the steps a plan's workshop shows, in order, each included or not. No rows
  (as in every existing plan) means "never chosen": the workshop shows all of them.

Frozen history: use plain `sa` types and literal values here, never the app's models or
enums, so this revision keeps meaning the same thing when the models move on.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "workshop_step",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("included", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("plan_id", "key"),
    )
    op.create_index(op.f("ix_workshop_step_plan_id"), "workshop_step", ["plan_id"], unique=False)
    for table in ("environment_factor", "mix_action"):
        op.add_column(table, sa.Column("votes", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    for table in ("mix_action", "environment_factor"):
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("votes")
    op.drop_index(op.f("ix_workshop_step_plan_id"), table_name="workshop_step")
    op.drop_table("workshop_step")
