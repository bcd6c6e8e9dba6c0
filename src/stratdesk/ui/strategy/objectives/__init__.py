"""The Objectives page of the strategy workspace: objectives measured by KPIs, their key
results (OKR style), their progress and SMART check.

`page.ObjectivesView` is the page, `intents.ObjectivesIntents` builds its undo commands,
`model.ObjectivesTreeModel` holds the rows.
"""

from __future__ import annotations

from stratdesk.ui.strategy.objectives.model import ObjectivesTreeModel
from stratdesk.ui.strategy.objectives.page import ObjectivesView

__all__ = ["ObjectivesTreeModel", "ObjectivesView"]
