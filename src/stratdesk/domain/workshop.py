"""Workshop mode: the steps of the plan shown in a client workshop, in the chosen order.

A plan that never saved its steps has no rows: the workshop then shows every step in its
usual order. A step's key names a board of the plan ("swot", "kpis"…): the workshop decides
which keys exist; here a key is only checked to be a short lowercase code.
"""

from __future__ import annotations

from sqlmodel import Field, SQLModel, UniqueConstraint

STEP_KEY_MAX = 40
STEP_KEY_PATTERN = r"^[a-z][a-z0-9_]*$"


class WorkshopStepBase(SQLModel):
    key: str = Field(
        min_length=1, max_length=STEP_KEY_MAX, schema_extra={"pattern": STEP_KEY_PATTERN}
    )
    included: bool = True


class WorkshopStep(WorkshopStepBase, table=True):
    __tablename__ = "workshop_step"
    __table_args__ = (UniqueConstraint("plan_id", "key"),)
    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", ondelete="CASCADE", index=True)
    position: int = 0
