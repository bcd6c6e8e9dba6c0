"""The Environment page of the strategy workspace (issue #3): PESTEL, competitors, forces.

`environment_page(document)` builds it; the strategy workspace registers it under the key
"environment".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from stratdesk.ui.document import PlanDocument


def environment_page(document: PlanDocument) -> QWidget:
    """PESTEL factors, competitors and Porter's five forces of `document`'s plan."""
    from stratdesk.ui.strategy.environment.page import EnvironmentView

    return EnvironmentView(document)
