"""The Positioning page of the strategy workspace (issue #10).

`positioning_page(document)` builds it; the strategy workspace registers it under the key
"positioning". `page.PositioningView` is the page, `intents.PositioningIntents` its commands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from stratdesk.ui.document import PlanDocument


def positioning_page(document: PlanDocument) -> QWidget:
    """Positioning statements and the perceptual map of `document`'s plan."""
    from stratdesk.ui.strategy.positioning.page import PositioningView

    return PositioningView(document)
