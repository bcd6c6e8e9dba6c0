"""The Campaigns page of the operations workspace: a calendar (month, quarter, year), a list,
and the budget summary, with a side panel to edit one campaign.

Modules: `page` (the page), `views` (the five views as tabs and the period they show),
`month_grid` and `month_view` (the month: painting, then mouse and keys), `timelines` (the
quarter and year on the shared timeline, one lane per channel), `list_model` and `list_view`
(the sortable, filtered list), `budget_model` and `budget_view` (planned against actual,
with `charts.budget_chart`), `editor_form`, `editor`, `editor_panel` and `fields` (the side
panel), `nav_bar` (previous, today, next, go to), `intents` (requests → undo commands),
`navigation` (opening the Experiments page). The shell registers `campaigns_page`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from stratdesk.ui.document import PlanDocument


def campaigns_page(document: PlanDocument) -> QWidget:
    """Build the Campaigns page for an open plan (imported only when first shown)."""
    from stratdesk.ui.operations.campaigns.page import CampaignsPageView

    return CampaignsPageView(document)
