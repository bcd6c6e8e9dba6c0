"""The SWOT & TOWS page of the strategy workspace (issue #3).

`swot_page(document)` builds it; the strategy workspace registers it under the key "swot".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from stratdesk.ui.document import PlanDocument


def swot_page(document: PlanDocument) -> QWidget:
    """The SWOT board and the TOWS matrix of `document`'s plan."""
    from stratdesk.ui.strategy.swot.page import SwotView

    return SwotView(document)
