"""Alignment findings as the PDF prints them, and where they come from.

A finding says that something of the plan does not line up with the rest (a campaign that
serves no objective, an objective that no KPI measures…): its `kind` (a short label, already
translated), the `item` it is about (the name the plan gives it) and a `message` saying what
is wrong. `gather_findings(services, plan_id)` is the one seam between the alignment checks
(`domain/alignment.py`, read by `services.alignment.plan_findings`, the same findings the
Alignment page and `stratdesk alignment` show) and the PDF: the "Alignment findings" section
prints whatever it returns, and is left out when the plan has none.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from stratdesk.i18n import current_language

if TYPE_CHECKING:
    from stratdesk.services.registry import PlanServices


@dataclass(frozen=True)
class Finding:
    kind: str
    item: str
    message: str


def gather_findings(
    services: PlanServices, plan_id: int, today: dt.date | None = None
) -> list[Finding]:
    """The plan's alignment findings in the current language, in the checks' order."""
    from stratdesk.domain.alignment import kind_title
    from stratdesk.services.alignment import plan_findings

    language = current_language()
    return [
        Finding(kind_title(found.kind), found.item_name, found.message)
        for found in plan_findings(services, plan_id, language, today)
    ]
