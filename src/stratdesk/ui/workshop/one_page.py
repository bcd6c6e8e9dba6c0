"""The "strategy on a page" step: whom the plan targets, its positioning, objectives, KPIs.

A read-only view built from what the plan holds (`domain.workshop_summary`), refreshed when
those rows change. It stands in until the alignment page's "strategy on a page" view
(issue #13) exists: the registry's entry then builds that page instead, and this module goes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from stratdesk.domain.workshop_summary import SummaryBlock, summary_blocks
from stratdesk.services.changes import ChangeSet
from stratdesk.ui.style import secondary_label, sized_font, title_label

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

TABLES = ("segment", "positioning", "objective", "kpi", "plan", "client")
BODY_POINTS = 12  # magnified with the rest of the workshop: 24 pt and more on a projector


class SummaryPanel(QFrame):
    """One block: a title and its lines (or the sentence saying where to fill it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = title_label("", 15)
        self.body = QLabel()
        self.body.setTextFormat(Qt.TextFormat.PlainText)  # the client's words, never markup
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.body.setFont(sized_font(self.body, BODY_POINTS))
        self.empty = secondary_label("", BODY_POINTS)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.empty, 1)

    def show_block(self, block: SummaryBlock) -> None:
        self.title.setText(block.title)
        lines = [f"• {line}" for line in block.lines]
        if block.more:
            lines.append(self.tr("… and {count} more").format(count=block.more))
        self.body.setText("\n".join(lines))
        self.body.setVisible(bool(block.lines))
        self.empty.setText(block.empty)
        self.empty.setVisible(not block.lines)


class StrategyOnAPage(QWidget):
    """Four blocks in a 2×2 grid, read again when the plan's choices change."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.panels = [SummaryPanel(self) for _ in range(4)]
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 2)
        grid.setSpacing(10)
        for index, panel in enumerate(self.panels):
            grid.addWidget(panel, index // 2, index % 2)
        self.blocks: tuple[SummaryBlock, ...] = ()
        document.bridge.changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        services, plan_id = self.document.services, self.document.plan_id
        self.blocks = summary_blocks(
            segments=services.segments.list(plan_id),
            positionings=services.positioning.for_plan(plan_id),
            objectives=services.objectives.list(plan_id),
            kpis=services.kpis.list(plan_id),
            brand=str(self.document.client.name),
            language=str(self.document.plan.language),
        )
        for panel, block in zip(self.panels, self.blocks, strict=True):
            panel.show_block(block)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(*TABLES):
            self.refresh()
