"""The consultant who prepared the plan, shown on the printed plan's cover.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30

`plan.consultant` is new: empty for existing plans. The column keeps the database default ""
so that a plan row written without it (by a script, say) still reads as "no consultant".

Frozen history: use plain `sa` types and literal values here, never the app's models or
enums, so this revision keeps meaning the same thing when the models move on.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("plan") as batch_op:
        batch_op.add_column(
            sa.Column("consultant", sa.String(length=200), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("plan") as batch_op:
        batch_op.drop_column("consultant")
