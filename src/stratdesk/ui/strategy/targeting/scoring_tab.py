"""The Scoring & matrix tab: criteria and scores in a grid beside the GE–McKinsey matrix."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QToolButton, QVBoxLayout, QWidget

from stratdesk.charts.ge_matrix import GeMatrixView
from stratdesk.domain.scoring import family_problem, problem_text, scale_text
from stratdesk.ui.strategy.environment.bar import ActionBar
from stratdesk.ui.strategy.targeting.data import FAMILIES, TargetingData
from stratdesk.ui.strategy.targeting.score_grid import ScoreGridView
from stratdesk.ui.strategy.targeting.score_model import ScoreGridModel
from stratdesk.ui.style import set_error_style
from stratdesk.ui.widgets.side_panel import SidePanelSplitter

MATRIX_WIDTH = 680
MATRIX_SHARE = 0.45


class ScoringTab(QWidget):
    def __init__(
        self, model: ScoreGridModel, actions: list[QAction], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.grid = ScoreGridView(model)
        self.grid.addActions(actions)
        self.addActions(actions[:6])  # the criteria's shortcuts work on this tab only
        self.matrix = GeMatrixView()
        # Two buttons to add, one menu for the current criterion: one row on a small screen.
        self.criterion_menu = QMenu(self)
        self.criterion_menu.addActions(actions[2:6])
        self.criterion_action = QAction(self.tr("Criterion"), self)
        self.criterion_action.setMenu(self.criterion_menu)
        self.bar = ActionBar(
            scale_text()
            + " "
            + self.tr(
                "Type a digit to score a cell (1 then 0 for 10), Delete to clear it; the "
                "weights, in the first row, need not add up to anything."
            ),
            [*actions[:2], self.criterion_action],
        )
        self.bar.buttons[-1].setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        set_error_style(self.problems)
        self.problems.hide()
        grid_box = QWidget()
        grid_column = QVBoxLayout(grid_box)
        grid_column.setContentsMargins(0, 0, 0, 0)
        grid_column.addWidget(self.problems)
        grid_column.addWidget(self.grid, 1)
        matrix_box = QWidget()
        matrix_column = QVBoxLayout(matrix_box)
        matrix_column.setContentsMargins(8, 0, 0, 0)
        matrix_column.addWidget(self.matrix)
        self.splitter = SidePanelSplitter(
            "ge_matrix", grid_box, matrix_box, MATRIX_WIDTH, share=MATRIX_SHARE, scroll=False
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.splitter, 1)

    def show_problems(self, data: TargetingData) -> None:
        """A family that cannot have totals says so above the grid (not only in tooltips)."""
        criteria = list(data.criteria)
        found = [
            problem_text(kind, problem)
            for kind in FAMILIES
            if (problem := family_problem(criteria, kind)) is not None
        ]
        self.problems.setText("\n".join(found))
        self.problems.setVisible(bool(found) and bool(data.segments))
