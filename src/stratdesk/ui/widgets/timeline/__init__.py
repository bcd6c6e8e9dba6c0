"""A reusable timeline: lanes of bars and milestones on a time axis (roadmap, calendar).

Built on the Qt-free maths of `stratdesk.domain.timeline`. Exported after the docstring is
finished (see below).
"""

from stratdesk.domain.timeline import Zoom
from stratdesk.ui.widgets.timeline.base import ROADMAP_ZOOMS
from stratdesk.ui.widgets.timeline.data import Bar, Lane
from stratdesk.ui.widgets.timeline.view import TimelineView

__all__ = ["ROADMAP_ZOOMS", "Bar", "Lane", "TimelineView", "Zoom"]
