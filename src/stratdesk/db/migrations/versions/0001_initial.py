"""Initial schema: every table of a plan file.

Revision ID: 0001
Revises:
Create Date: 2026-11-27

Frozen history: use plain `sa` types and literal values here, never the app's models or
enums, so this revision keeps meaning the same thing when the models move on.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "client",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("sector", sa.String(length=200), nullable=False),
        sa.Column("contact", sa.String(length=1000), nullable=False),
        sa.Column("logo", sa.LargeBinary(), nullable=True),
        sa.Column("brand_colour", sa.String(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "plan",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("start_year", sa.Integer(), nullable=False),
        sa.Column("horizon_years", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(), nullable=False),
        sa.Column("language", sa.Enum("FR", "EN", name="language"), nullable=False),
        sa.Column("seven_p", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_plan_client_id"), "plan", ["client_id"], unique=False)

    op.create_table(
        "competitor",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("offer", sa.String(length=1000), nullable=False),
        sa.Column(
            "price_level",
            sa.Enum("LOW", "MEDIUM", "HIGH", "PREMIUM", name="pricelevel"),
            nullable=False,
        ),
        sa.Column("strengths", sa.String(length=1000), nullable=False),
        sa.Column("weaknesses", sa.String(length=1000), nullable=False),
        sa.Column("estimated_share", sa.Float(), nullable=False),
        sa.Column("threat", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_competitor_plan_id"), "competitor", ["plan_id"], unique=False)

    op.create_table(
        "criterion",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind", sa.Enum("ATTRACTIVENESS", "STRENGTH", name="criterionkind"), nullable=False
        ),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_criterion_plan_id"), "criterion", ["plan_id"], unique=False)

    op.create_table(
        "environment_factor",
        sa.Column(
            "category",
            sa.Enum(
                "POLITICAL",
                "ECONOMIC",
                "SOCIAL",
                "TECHNOLOGICAL",
                "ENVIRONMENTAL",
                "LEGAL",
                name="pestelcategory",
            ),
            nullable=False,
        ),
        sa.Column("text", sa.String(length=1000), nullable=False),
        sa.Column("impact", sa.Integer(), nullable=False),
        sa.Column("likelihood", sa.Integer(), nullable=False),
        sa.Column("trend", sa.Enum("RISING", "STABLE", "FALLING", name="trend"), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_environment_factor_plan_id"), "environment_factor", ["plan_id"], unique=False
    )

    op.create_table(
        "force_rating",
        sa.Column(
            "force",
            sa.Enum(
                "RIVALRY",
                "NEW_ENTRANTS",
                "SUBSTITUTES",
                "BUYER_POWER",
                "SUPPLIER_POWER",
                name="porterforce",
            ),
            nullable=False,
        ),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("notes", sa.String(length=1000), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("plan_id", "force"),
    )
    op.create_index(op.f("ix_force_rating_plan_id"), "force_rating", ["plan_id"], unique=False)

    op.create_table(
        "map_axis",
        sa.Column("orientation", sa.Enum("X", "Y", name="mapaxisorientation"), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("low_label", sa.String(length=200), nullable=False),
        sa.Column("high_label", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("plan_id", "orientation"),
    )
    op.create_index(op.f("ix_map_axis_plan_id"), "map_axis", ["plan_id"], unique=False)

    op.create_table(
        "segment",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.String(length=1000), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("value_cents", sa.Integer(), nullable=False),
        sa.Column("growth_pct", sa.Float(), nullable=False),
        sa.Column("needs", sa.String(length=1000), nullable=False),
        sa.Column("channels", sa.String(length=1000), nullable=False),
        sa.Column("targeted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_segment_plan_id"), "segment", ["plan_id"], unique=False)

    op.create_table(
        "tows_strategy",
        sa.Column("kind", sa.Enum("SO", "ST", "WO", "WT", name="towskind"), nullable=False),
        sa.Column("text", sa.String(length=10000), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_tows_strategy_plan_id"), "tows_strategy", ["plan_id"], unique=False)

    op.create_table(
        "map_point",
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("x", sa.Float(), nullable=False),
        sa.Column("y", sa.Float(), nullable=False),
        sa.Column("own_brand", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("competitor_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["competitor_id"], ["competitor.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_map_point_plan_id"), "map_point", ["plan_id"], unique=False)

    op.create_table(
        "objective",
        sa.Column("statement", sa.String(length=10000), nullable=False),
        sa.Column("kpi_name", sa.String(length=200), nullable=False),
        sa.Column("baseline", sa.Float(), nullable=True),
        sa.Column("target", sa.Float(), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column(
            "status",
            sa.Enum("DRAFT", "ACTIVE", "ACHIEVED", "MISSED", "DROPPED", name="objectivestatus"),
            nullable=False,
        ),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("tows_strategy_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["tows_strategy_id"], ["tows_strategy.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_objective_plan_id"), "objective", ["plan_id"], unique=False)

    op.create_table(
        "persona",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.String(length=1000), nullable=False),
        sa.Column("needs", sa.String(length=1000), nullable=False),
        sa.Column("channels", sa.String(length=1000), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("segment_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["segment_id"], ["segment.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_persona_segment_id"), "persona", ["segment_id"], unique=False)

    op.create_table(
        "positioning",
        sa.Column("target", sa.String(length=1000), nullable=False),
        sa.Column("need", sa.String(length=1000), nullable=False),
        sa.Column("category", sa.String(length=1000), nullable=False),
        sa.Column("benefit", sa.String(length=1000), nullable=False),
        sa.Column("alternative", sa.String(length=1000), nullable=False),
        sa.Column("differentiator", sa.String(length=1000), nullable=False),
        sa.Column("proof", sa.String(length=1000), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("segment_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["segment_id"], ["segment.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("segment_id"),
    )
    op.create_table(
        "segment_score",
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("segment_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["criterion_id"], ["criterion.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["segment_id"], ["segment.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("segment_id", "criterion_id"),
    )
    op.create_index(
        op.f("ix_segment_score_criterion_id"), "segment_score", ["criterion_id"], unique=False
    )
    op.create_index(
        op.f("ix_segment_score_segment_id"), "segment_score", ["segment_id"], unique=False
    )

    op.create_table(
        "swot_item",
        sa.Column(
            "quadrant",
            sa.Enum("STRENGTH", "WEAKNESS", "OPPORTUNITY", "THREAT", name="swotquadrant"),
            nullable=False,
        ),
        sa.Column("text", sa.String(length=1000), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.Column("votes", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("source_factor_id", sa.Integer(), nullable=True),
        sa.Column("source_competitor_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["source_competitor_id"], ["competitor.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(
            ["source_factor_id"], ["environment_factor.id"], ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_swot_item_plan_id"), "swot_item", ["plan_id"], unique=False)

    op.create_table(
        "campaign",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "channel",
            sa.Enum(
                "SEARCH",
                "SOCIAL",
                "EMAIL",
                "DISPLAY",
                "EVENT",
                "PRINT",
                "PR",
                "RETAIL",
                "OTHER",
                name="channel",
            ),
            nullable=False,
        ),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=False),
        sa.Column("budget_planned_cents", sa.Integer(), nullable=False),
        sa.Column("budget_actual_cents", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum("PLANNED", "IN_PROGRESS", "DONE", "CANCELLED", name="workstatus"),
            nullable=False,
        ),
        sa.Column("colour", sa.String(), nullable=False),
        sa.Column("notes", sa.String(length=1000), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("objective_id", sa.Integer(), nullable=True),
        sa.Column("segment_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["objective_id"], ["objective.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["segment_id"], ["segment.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_campaign_objective_id"), "campaign", ["objective_id"], unique=False)
    op.create_index(op.f("ix_campaign_plan_id"), "campaign", ["plan_id"], unique=False)
    op.create_index(op.f("ix_campaign_segment_id"), "campaign", ["segment_id"], unique=False)

    op.create_table(
        "kpi",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "unit", sa.Enum("COUNT", "CURRENCY", "PERCENT", "RATIO", name="kpiunit"), nullable=False
        ),
        sa.Column(
            "direction",
            sa.Enum("HIGHER_IS_BETTER", "LOWER_IS_BETTER", name="kpidirection"),
            nullable=False,
        ),
        sa.Column("period", sa.Enum("WEEK", "MONTH", "QUARTER", name="kpiperiod"), nullable=False),
        sa.Column(
            "formula",
            sa.Enum(
                "DIRECT",
                "CTR",
                "CPC",
                "CPM",
                "CPA",
                "ROAS",
                "ROI",
                "CONVERSION_RATE",
                "LTV",
                "CHURN",
                "NPS",
                "SHARE_OF_VOICE",
                "MARKET_SHARE",
                name="kpiformula",
            ),
            nullable=False,
        ),
        sa.Column("description", sa.String(length=1000), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("objective_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["objective_id"], ["objective.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_kpi_objective_id"), "kpi", ["objective_id"], unique=False)
    op.create_index(op.f("ix_kpi_plan_id"), "kpi", ["plan_id"], unique=False)

    op.create_table(
        "mix_action",
        sa.Column(
            "p",
            sa.Enum(
                "PRODUCT",
                "PRICE",
                "PROMOTION",
                "PLACE",
                "PEOPLE",
                "PROCESS",
                "PHYSICAL_EVIDENCE",
                name="mixp",
            ),
            nullable=False,
        ),
        sa.Column(
            "column",
            sa.Enum("IDEA", "PLANNED", "IN_PROGRESS", "DONE", name="mixcolumn"),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.String(length=10000), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("budget_planned_cents", sa.Integer(), nullable=False),
        sa.Column("budget_actual_cents", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("objective_id", sa.Integer(), nullable=True),
        sa.Column("segment_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["objective_id"], ["objective.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["segment_id"], ["segment.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_mix_action_objective_id"), "mix_action", ["objective_id"], unique=False
    )
    op.create_index(op.f("ix_mix_action_plan_id"), "mix_action", ["plan_id"], unique=False)
    op.create_index(op.f("ix_mix_action_segment_id"), "mix_action", ["segment_id"], unique=False)

    op.create_table(
        "roadmap_item",
        sa.Column("lane", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.String(length=1000), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=False),
        sa.Column("milestone", sa.Boolean(), nullable=False),
        sa.Column(
            "status",
            sa.Enum("PLANNED", "IN_PROGRESS", "DONE", "CANCELLED", name="workstatus"),
            nullable=False,
        ),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("objective_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["objective_id"], ["objective.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_roadmap_item_objective_id"), "roadmap_item", ["objective_id"], unique=False
    )
    op.create_index(op.f("ix_roadmap_item_plan_id"), "roadmap_item", ["plan_id"], unique=False)

    op.create_table(
        "tows_link",
        sa.Column("strategy_id", sa.Integer(), nullable=False),
        sa.Column("swot_item_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["strategy_id"], ["tows_strategy.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["swot_item_id"], ["swot_item.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("strategy_id", "swot_item_id"),
    )
    op.create_index(op.f("ix_tows_link_swot_item_id"), "tows_link", ["swot_item_id"], unique=False)

    op.create_table(
        "experiment",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("hypothesis", sa.String(length=1000), nullable=False),
        sa.Column("metric", sa.String(length=200), nullable=False),
        sa.Column("variants", sa.String(length=1000), nullable=False),
        sa.Column("start", sa.Date(), nullable=True),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("result", sa.String(length=1000), nullable=False),
        sa.Column(
            "decision",
            sa.Enum("PENDING", "ADOPT", "ITERATE", "DROP", name="experimentdecision"),
            nullable=False,
        ),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["campaign_id"], ["campaign.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_experiment_campaign_id"), "experiment", ["campaign_id"], unique=False)
    op.create_index(op.f("ix_experiment_plan_id"), "experiment", ["plan_id"], unique=False)

    op.create_table(
        "kpi_measurement",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kpi_id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["campaign_id"], ["campaign.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["kpi_id"], ["kpi.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_kpi_measurement_campaign_id"), "kpi_measurement", ["campaign_id"], unique=False
    )
    op.create_index(op.f("ix_kpi_measurement_kpi_id"), "kpi_measurement", ["kpi_id"], unique=False)

    op.create_table(
        "kpi_target",
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kpi_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["kpi_id"], ["kpi.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("kpi_id", "period_start"),
    )
    op.create_index(op.f("ix_kpi_target_kpi_id"), "kpi_target", ["kpi_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_kpi_target_kpi_id"), table_name="kpi_target")
    op.drop_table("kpi_target")

    op.drop_index(op.f("ix_kpi_measurement_kpi_id"), table_name="kpi_measurement")
    op.drop_index(op.f("ix_kpi_measurement_campaign_id"), table_name="kpi_measurement")
    op.drop_table("kpi_measurement")

    op.drop_index(op.f("ix_experiment_plan_id"), table_name="experiment")
    op.drop_index(op.f("ix_experiment_campaign_id"), table_name="experiment")
    op.drop_table("experiment")

    op.drop_index(op.f("ix_tows_link_swot_item_id"), table_name="tows_link")
    op.drop_table("tows_link")

    op.drop_index(op.f("ix_roadmap_item_plan_id"), table_name="roadmap_item")
    op.drop_index(op.f("ix_roadmap_item_objective_id"), table_name="roadmap_item")
    op.drop_table("roadmap_item")

    op.drop_index(op.f("ix_mix_action_segment_id"), table_name="mix_action")
    op.drop_index(op.f("ix_mix_action_plan_id"), table_name="mix_action")
    op.drop_index(op.f("ix_mix_action_objective_id"), table_name="mix_action")
    op.drop_table("mix_action")

    op.drop_index(op.f("ix_kpi_plan_id"), table_name="kpi")
    op.drop_index(op.f("ix_kpi_objective_id"), table_name="kpi")
    op.drop_table("kpi")

    op.drop_index(op.f("ix_campaign_segment_id"), table_name="campaign")
    op.drop_index(op.f("ix_campaign_plan_id"), table_name="campaign")
    op.drop_index(op.f("ix_campaign_objective_id"), table_name="campaign")
    op.drop_table("campaign")

    op.drop_index(op.f("ix_swot_item_plan_id"), table_name="swot_item")
    op.drop_table("swot_item")

    op.drop_index(op.f("ix_segment_score_segment_id"), table_name="segment_score")
    op.drop_index(op.f("ix_segment_score_criterion_id"), table_name="segment_score")
    op.drop_table("segment_score")
    op.drop_table("positioning")

    op.drop_index(op.f("ix_persona_segment_id"), table_name="persona")
    op.drop_table("persona")

    op.drop_index(op.f("ix_objective_plan_id"), table_name="objective")
    op.drop_table("objective")

    op.drop_index(op.f("ix_map_point_plan_id"), table_name="map_point")
    op.drop_table("map_point")

    op.drop_index(op.f("ix_tows_strategy_plan_id"), table_name="tows_strategy")
    op.drop_table("tows_strategy")

    op.drop_index(op.f("ix_segment_plan_id"), table_name="segment")
    op.drop_table("segment")

    op.drop_index(op.f("ix_map_axis_plan_id"), table_name="map_axis")
    op.drop_table("map_axis")

    op.drop_index(op.f("ix_force_rating_plan_id"), table_name="force_rating")
    op.drop_table("force_rating")

    op.drop_index(op.f("ix_environment_factor_plan_id"), table_name="environment_factor")
    op.drop_table("environment_factor")

    op.drop_index(op.f("ix_criterion_plan_id"), table_name="criterion")
    op.drop_table("criterion")

    op.drop_index(op.f("ix_competitor_plan_id"), table_name="competitor")
    op.drop_table("competitor")

    op.drop_index(op.f("ix_plan_client_id"), table_name="plan")
    op.drop_table("plan")
    op.drop_table("client")
