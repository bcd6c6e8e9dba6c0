"""Targeting: a segment is a primary or secondary target, or not targeted, with a rationale.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30

The yes/no `targeted` flag becomes `targeting`: yes → PRIMARY, no → NOT_TARGETED (stored by
name, like every enum). Criterion weights may now be 0: a rule of validation only.

Frozen history: use plain `sa` types and literal values here, never the app's models or
enums, so this revision keeps meaning the same thing when the models move on.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TARGETING = sa.Enum("PRIMARY", "SECONDARY", "NOT_TARGETED", name="targeting")
RATIONALE = sa.String(length=1000)


def upgrade() -> None:
    with op.batch_alter_table("segment") as batch_op:
        batch_op.add_column(sa.Column("targeting", TARGETING, nullable=True))
        batch_op.add_column(sa.Column("targeting_rationale", RATIONALE, nullable=True))
    op.execute(
        "UPDATE segment SET targeting_rationale = '', "
        "targeting = CASE WHEN targeted THEN 'PRIMARY' ELSE 'NOT_TARGETED' END"
    )
    with op.batch_alter_table("segment") as batch_op:
        batch_op.alter_column("targeting", existing_type=TARGETING, nullable=False)
        batch_op.alter_column("targeting_rationale", existing_type=RATIONALE, nullable=False)
        batch_op.drop_column("targeted")


def downgrade() -> None:
    with op.batch_alter_table("segment") as batch_op:
        batch_op.add_column(sa.Column("targeted", sa.Boolean(), nullable=True))
    # A secondary target was a target: only "not targeted" becomes no.
    op.execute("UPDATE segment SET targeted = (targeting != 'NOT_TARGETED')")
    with op.batch_alter_table("segment") as batch_op:
        batch_op.alter_column("targeted", existing_type=sa.Boolean(), nullable=False)
        batch_op.drop_column("targeting_rationale")
        batch_op.drop_column("targeting")
