"""Campaigns: more channels, the KPIs a campaign moves, experiment variants and lessons.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30

- `campaign.channel` takes six more values (content, online event, partnership, loyalty,
  after-sales, complaints); the stored names of the old ones do not change.
- `campaign_kpi` links a campaign to the KPIs it moves.
- `experiment.lesson` is new (empty for existing rows); `experiment.variants` (one text)
  becomes rows of `experiment_variant`: a text of two or more labelled parts ("A: … B: …")
  gives one variant per part (name = the label, description = its text); any other non-empty
  text gives one variant "A" holding the whole text, so that nothing is lost.

Frozen history: use plain `sa` types and literal values here, never the app's models or
enums, so this revision keeps meaning the same thing when the models move on.
"""

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_CHANNELS = ("SEARCH", "SOCIAL", "EMAIL", "DISPLAY", "EVENT", "PRINT", "PR", "RETAIL", "OTHER")
NEW_CHANNELS = (
    "SEARCH",
    "SOCIAL",
    "EMAIL",
    "DISPLAY",
    "CONTENT",
    "ONLINE_EVENT",
    "EVENT",
    "PR",
    "PRINT",
    "PARTNERSHIP",
    "RETAIL",
    "LOYALTY",
    "AFTER_SALES",
    "COMPLAINTS",
    "OTHER",
)

# A label: a capital letter or a short word ("A", "B", "Control", "Variant 2"), at the start
# or after a space or punctuation, then a colon (French puts a space before it) and a space.
LABEL = re.compile(
    r"(?:^|(?<=[\s.,;!?)\]»”\"'/|–—-]))"
    r"([A-Z][A-Za-z0-9]{0,11}(?: [A-Za-z0-9]{1,6})?)[ \u00a0\u202f]*:(?=\s|$)"
)


def split_variants(text: str) -> list[tuple[str, str]]:
    """(name, description) of each variant written in `text` (see the module's docstring)."""
    text = (text or "").strip()
    if not text:
        return []
    labels = list(LABEL.finditer(text))
    # Text before the first label would have nowhere to go: then keep the text whole.
    if len(labels) >= 2 and labels[0].start() == 0:
        ends = [m.start() for m in labels[1:]] + [len(text)]
        return [
            (m.group(1).strip(), text[m.end() : end].strip().rstrip(",;/|").strip())
            for m, end in zip(labels, ends, strict=True)
        ]
    return [("A", text)]


def upgrade() -> None:
    op.create_table(
        "campaign_kpi",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("kpi_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["campaign_id"], ["campaign.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["kpi_id"], ["kpi.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("campaign_id", "kpi_id"),
    )
    op.create_index(op.f("ix_campaign_kpi_kpi_id"), "campaign_kpi", ["kpi_id"], unique=False)

    op.create_table(
        "experiment_variant",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.String(length=1000), nullable=False),
        sa.Column("result", sa.String(length=1000), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("experiment_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["experiment_id"], ["experiment.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_experiment_variant_experiment_id"),
        "experiment_variant",
        ["experiment_id"],
        unique=False,
    )

    with op.batch_alter_table("campaign") as batch_op:
        batch_op.alter_column(
            "channel",
            existing_type=sa.Enum(*OLD_CHANNELS, name="channel"),
            type_=sa.Enum(*NEW_CHANNELS, name="channel"),
            existing_nullable=False,
        )

    connection = op.get_bind()
    experiments = connection.execute(
        sa.text("SELECT id, variants FROM experiment ORDER BY id")
    ).all()
    for experiment_id, text in experiments:
        for position, (name, description) in enumerate(split_variants(text)):
            connection.execute(
                sa.text(
                    "INSERT INTO experiment_variant (name, description, result, experiment_id, "
                    "position) VALUES (:name, :description, '', :experiment, :position)"
                ),
                {
                    "name": name,
                    "description": description,
                    "experiment": experiment_id,
                    "position": position,
                },
            )

    with op.batch_alter_table("experiment") as batch_op:
        batch_op.add_column(
            sa.Column("lesson", sa.String(length=1000), nullable=False, server_default="")
        )
        batch_op.drop_column("variants")
    with op.batch_alter_table("experiment") as batch_op:
        # The default only filled the existing rows; the app always writes the lesson.
        batch_op.alter_column("lesson", existing_type=sa.String(length=1000), server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("experiment") as batch_op:
        batch_op.add_column(
            sa.Column("variants", sa.String(length=1000), nullable=False, server_default="")
        )
    connection = op.get_bind()
    variants = connection.execute(
        sa.text(
            "SELECT experiment_id, name, description FROM experiment_variant "
            "ORDER BY experiment_id, position, id"
        )
    ).all()
    texts: dict[int, list[str]] = {}
    for experiment_id, name, description in variants:
        texts.setdefault(experiment_id, []).append(f"{name}: {description}".strip())
    for experiment_id, parts in texts.items():
        connection.execute(
            sa.text("UPDATE experiment SET variants = :text WHERE id = :id"),
            {"text": " ".join(parts)[:1000], "id": experiment_id},
        )
    with op.batch_alter_table("experiment") as batch_op:
        batch_op.alter_column("variants", existing_type=sa.String(length=1000), server_default=None)
        batch_op.drop_column("lesson")
    # Channels that did not exist yet become "other".
    op.execute(
        "UPDATE campaign SET channel = 'OTHER' WHERE channel NOT IN "
        "('SEARCH', 'SOCIAL', 'EMAIL', 'DISPLAY', 'EVENT', 'PRINT', 'PR', 'RETAIL', 'OTHER')"
    )
    with op.batch_alter_table("campaign") as batch_op:
        batch_op.alter_column(
            "channel",
            existing_type=sa.Enum(*NEW_CHANNELS, name="channel"),
            type_=sa.Enum(*OLD_CHANNELS, name="channel"),
            existing_nullable=False,
        )
    op.drop_index(op.f("ix_experiment_variant_experiment_id"), table_name="experiment_variant")
    op.drop_table("experiment_variant")
    op.drop_index(op.f("ix_campaign_kpi_kpi_id"), table_name="campaign_kpi")
    op.drop_table("campaign_kpi")
