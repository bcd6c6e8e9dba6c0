"""Every service of a plan file, built once per open file."""

from __future__ import annotations

from stratdesk.services.context import ServiceContext


class PlanServices:
    """Holds one instance of each area service (filled in area by area)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.context = ctx
