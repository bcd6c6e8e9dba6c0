"""The client and the plan: the root of everything in a plan file."""

from __future__ import annotations

import uuid

from pydantic import model_validator
from sqlmodel import Field, SQLModel

from stratdesk.domain.enums import Language
from stratdesk.domain.limits import LOGO_MAX_BYTES, NAME_MAX, SHORT_TEXT_MAX

CURRENCY_PATTERN = r"^[A-Z]{3}$"
COLOUR_PATTERN = r"^#[0-9A-Fa-f]{6}$"


class ClientBase(SQLModel):
    name: str = Field(min_length=1, max_length=NAME_MAX)
    sector: str = Field(default="", max_length=NAME_MAX)
    contact: str = Field(default="", max_length=SHORT_TEXT_MAX)
    logo: bytes | None = Field(default=None, max_length=LOGO_MAX_BYTES)
    brand_colour: str = Field(default="#1F6FB2", schema_extra={"pattern": COLOUR_PATTERN})


class Client(ClientBase, table=True):
    id: int | None = Field(default=None, primary_key=True)


class PlanBase(SQLModel):
    title: str = Field(min_length=1, max_length=NAME_MAX)
    start_year: int = Field(ge=1990, le=2100)
    horizon_years: int = Field(default=3, ge=1, le=10)
    currency: str = Field(default="EUR", schema_extra={"pattern": CURRENCY_PATTERN})
    language: Language = Language.FR
    seven_p: bool = False
    consultant: str = Field(default="", max_length=NAME_MAX)  # who prepared it (PDF cover)

    @model_validator(mode="after")
    def _horizon_fits(self) -> PlanBase:
        if self.start_year + self.horizon_years - 1 > 2100:
            raise ValueError("the plan must end by 2100")
        return self

    @property
    def end_year(self) -> int:
        return self.start_year + self.horizon_years - 1


def new_plan_uuid() -> str:
    """A new plan's identity: a random UUID (version 4) as 32 lowercase hex digits."""
    return uuid.uuid4().hex


class Plan(PlanBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id", ondelete="CASCADE", index=True)
    # Who the plan is, wherever its file goes (backups are kept by it); never edited.
    uuid: str = Field(default_factory=new_plan_uuid, max_length=32, unique=True, index=True)
