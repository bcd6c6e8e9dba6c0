"""Plan identity: every plan gets a UUID that stays with it wherever its file goes.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30

`plan.uuid`: a random UUID version 4 as 32 lowercase hex digits, unique, never edited.
Existing plans get one here; the app gives new plans theirs. The column also has a database
default that makes one, so that a plan row inserted without it (by a script) still gets an
identity rather than an error.

Frozen history: use plain `sa` types and literal values here, never the app's models or
enums, so this revision keeps meaning the same thing when the models move on.
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# A UUID version 4 in SQLite: random hex with the version digit 4 and the variant 8, 9, a, b.
UUID4_SQL = (
    "(lower(hex(randomblob(6))) || '4' || substr(lower(hex(randomblob(2))), 2) || "
    "substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || "
    "lower(hex(randomblob(6))))"
)


def upgrade() -> None:
    with op.batch_alter_table("plan", recreate="always") as batch_op:
        batch_op.add_column(
            sa.Column(
                "uuid", sa.String(length=32), nullable=True, server_default=sa.text(UUID4_SQL)
            )
        )
    connection = op.get_bind()
    for (plan_id,) in connection.execute(sa.text("SELECT id FROM plan ORDER BY id")).all():
        connection.execute(
            sa.text("UPDATE plan SET uuid = :uuid WHERE id = :id"),
            {"uuid": uuid.uuid4().hex, "id": plan_id},
        )
    with op.batch_alter_table("plan") as batch_op:
        batch_op.alter_column("uuid", existing_type=sa.String(length=32), nullable=False)
        batch_op.create_index("ix_plan_uuid", ["uuid"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("plan") as batch_op:
        batch_op.drop_index("ix_plan_uuid")
        batch_op.drop_column("uuid")
