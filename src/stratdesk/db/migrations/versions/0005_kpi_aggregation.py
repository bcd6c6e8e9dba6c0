"""KPI aggregation, and measurements of a formula's components.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30

- `kpi.aggregation`: how measurements make a period's actual. Existing KPIs get the default
  rule, written out here: a formula other than DIRECT → FORMULA; else a PERCENT or RATIO
  unit → AVERAGE; else (COUNT, CURRENCY) → SUM.
- `kpi_measurement.component`: "" (the KPI's own value, as every existing row is) or the name
  of a formula input. Added in place (no copy of what may be a large table), so the column
  keeps the database default "" that filled the existing rows.

Frozen history: use plain `sa` types and literal values here, never the app's models or
enums, so this revision keeps meaning the same thing when the models move on.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

AGGREGATION = sa.Enum("SUM", "AVERAGE", "LAST", "FORMULA", name="kpiaggregation")


def upgrade() -> None:
    with op.batch_alter_table("kpi") as batch_op:
        batch_op.add_column(sa.Column("aggregation", AGGREGATION, nullable=True))
    op.execute(
        "UPDATE kpi SET aggregation = CASE "
        "WHEN formula != 'DIRECT' THEN 'FORMULA' "
        "WHEN unit IN ('PERCENT', 'RATIO') THEN 'AVERAGE' "
        "ELSE 'SUM' END"
    )
    with op.batch_alter_table("kpi") as batch_op:
        batch_op.alter_column("aggregation", existing_type=AGGREGATION, nullable=False)
    op.add_column(
        "kpi_measurement",
        sa.Column("component", sa.String(length=200), nullable=False, server_default=""),
    )


def downgrade() -> None:
    # A component is not the KPI's value: the older schema could not tell, so it goes.
    op.execute("DELETE FROM kpi_measurement WHERE component != ''")
    with op.batch_alter_table("kpi_measurement") as batch_op:
        batch_op.drop_column("component")
    with op.batch_alter_table("kpi") as batch_op:
        batch_op.drop_column("aggregation")
