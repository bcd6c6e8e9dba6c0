"""The Segmentation & targeting page of the strategy workspace (issue #10).

`targeting_page(document)` builds it; the strategy workspace registers it under the key
"targeting". `page.TargetingView` is the page, `intents.TargetingIntents` its commands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from stratdesk.ui.document import PlanDocument


def targeting_page(document: PlanDocument) -> QWidget:
    """Segments, personas, scoring, the GE–McKinsey matrix and targeting of the plan."""
    from stratdesk.ui.strategy.targeting.page import TargetingView

    return TargetingView(document)
