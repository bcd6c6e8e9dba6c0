"""The Roadmap page of the strategy workspace: the plan's years as a timeline, a lane per
objective and per theme, initiatives as bars and milestones as diamonds.

`page.RoadmapView` is the page (on the shared `ui.widgets.timeline.TimelineView`),
`intents.RoadmapIntents` builds its undo commands.
"""

from __future__ import annotations

from stratdesk.ui.strategy.roadmap.page import RoadmapView

__all__ = ["RoadmapView"]
