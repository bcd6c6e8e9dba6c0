"""The Objectives page of the strategy workspace: SMART objectives in an editable table.

`page.ObjectivesView` is the page, `intents.ObjectivesIntents` builds its undo commands.
"""

from __future__ import annotations

from stratdesk.ui.strategy.objectives.page import ObjectivesModel, ObjectivesView

__all__ = ["ObjectivesModel", "ObjectivesView"]
