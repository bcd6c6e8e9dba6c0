"""Alignment findings as the PDF prints them, and where they come from.

A finding says that something of the plan does not line up with the rest (a campaign that
serves no objective, an objective that no KPI measures…): its `kind` (a short label, already
translated), the `item` it is about (the name the plan gives it) and a `message` saying what
is wrong. `gather_findings(services, plan_id)` is the one seam between the alignment checks
and the PDF: the checks (`domain/alignment.py`, a separate change) plug in here, and the
"Alignment findings" section prints whatever it returns. Until then it returns no finding,
so the section is left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stratdesk.services.registry import PlanServices


@dataclass(frozen=True)
class Finding:
    kind: str
    item: str
    message: str


def gather_findings(services: PlanServices, plan_id: int) -> list[Finding]:
    """The plan's alignment findings, in the order to print them (none yet: see above)."""
    return []
