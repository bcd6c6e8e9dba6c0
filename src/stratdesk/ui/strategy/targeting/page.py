"""The Segmentation & targeting page: segments with their personas, their scores on the
attractiveness and strength criteria, the GE–McKinsey matrix, and which ones are targeted.

Data flows one way: the page loads `TargetingData` after each change and shows it in both
tabs; every request (add, edit, score, weigh, target, delete…) is one undo command pushed by
`TargetingIntents`. The chosen segment is the page's: choosing it in the list, in the grid
or on the matrix chooses it everywhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from stratdesk.domain.enums import Targeting
from stratdesk.domain.labels import enum_choices
from stratdesk.services.changes import ChangeSet
from stratdesk.ui.language import ui_language
from stratdesk.ui.page import PageView
from stratdesk.ui.strategy.targeting.criteria import CriteriaActions, with_key
from stratdesk.ui.strategy.targeting.data import TargetingData
from stratdesk.ui.strategy.targeting.intents import TargetingIntents
from stratdesk.ui.strategy.targeting.personas import PersonaDialog
from stratdesk.ui.strategy.targeting.score_grid import ScoreGridView
from stratdesk.ui.strategy.targeting.score_model import ScoreGridModel
from stratdesk.ui.strategy.targeting.scoring_tab import ScoringTab
from stratdesk.ui.strategy.targeting.segments_tab import SEGMENTS, SegmentsTab
from stratdesk.ui.style import sized_font
from stratdesk.ui.widgets.page_header import PageHeader

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

SEGMENTS_TAB, SCORING_TAB = 0, 1  # (criteria.SCORING_TAB too)
TARGETING_KEYS = {
    Targeting.PRIMARY: "Ctrl+Shift+P",
    Targeting.SECONDARY: "Ctrl+Shift+S",
    Targeting.NOT_TARGETED: "Ctrl+Shift+N",
}


class TargetingView(PageView):
    kinds = frozenset({"segment", "persona", "criterion", "segment_score", "plan"})

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.intents = TargetingIntents(document)
        self.data = TargetingData()
        self.current_id: int | None = None
        self.personas: list[Any] = []
        self._make_actions()
        self.header = PageHeader(
            self.tr("Segmentation & targeting"),
            self.tr(
                "Segments and their personas, scored for their attractiveness and the "
                "client's strength; the matrix shows where to invest. Mark the targets."
            ),
            [self.add_action, self.delete_action],
        )
        self.segments = SegmentsTab(self._rename_segment)
        self.grid_model = ScoreGridModel(self.intents.set_weight, self.intents.set_score, self)
        self.criteria = CriteriaActions(self)
        self.criteria_actions = self.criteria.actions
        self.scoring = ScoringTab(self.grid_model, self.criteria_actions + self.targeting_actions)
        self.grid: ScoreGridView = self.scoring.grid
        self.matrix = self.scoring.matrix
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setFont(sized_font(self.tabs.tabBar(), 13, bold=True))
        self.tabs.addTab(self.segments, self.tr("Segments and personas"))
        self.tabs.addTab(self.scoring, self.tr("Scoring and matrix"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self._connect()
        # On a read-only plan: segments, personas, scores and the matrix are chosen and read.
        self.guard_edits(
            self.add_action,
            self.delete_action,
            *self.targeting_actions,
            *self.criteria_actions,
            self.segments.board,
            *self.segments.form.edit_controls(),
            self.segments.personas,
            self.grid,
        )
        self.refresh()

    # -- actions ---------------------------------------------------------------------------
    def _make_actions(self) -> None:
        self.add_action = QAction(self.tr("Add segment"), self)
        self.add_action.setShortcut(QKeySequence.StandardKey.New)
        self.add_action.triggered.connect(self.focus_quick_add)
        self.delete_action = QAction(self.tr("Delete segment"), self)
        self.delete_action.triggered.connect(self.delete_current)
        self.targeting_group = QActionGroup(self)
        self.targeting_actions: list[QAction] = []
        for targeting, label in enum_choices(Targeting):
            action = QAction(label, self)
            action.setCheckable(True)
            action.setData(targeting)
            action.setShortcut(QKeySequence(TARGETING_KEYS[targeting]))
            action.triggered.connect(lambda _c=False, t=targeting: self.set_targeting(t))
            self.targeting_group.addAction(action)
            self.targeting_actions.append(action)
        for action in (self.add_action, self.delete_action, *self.targeting_actions):
            self.addAction(with_key(action))

    def _connect(self) -> None:
        board = self.segments.board
        board.add_requested.connect(lambda _group, text: self.add_segment(text))
        board.current_changed.connect(self.choose)
        board.delete_requested.connect(self.intents.delete_segment)
        board.move_requested.connect(self._move_segment)
        board.edit_requested.connect(lambda _id: self.segments.form.name_edit.setFocus())
        self.segments.form.edit_requested.connect(self.edit_segment)
        personas = self.segments.personas
        personas.add_requested.connect(lambda _group, text: self.add_persona(text))
        personas.move_requested.connect(
            lambda pid, _g, index: self.intents.move_persona(pid, index)
        )
        personas.delete_requested.connect(self.intents.delete_persona)
        personas.edit_requested.connect(self.edit_persona)
        self.grid.score_requested.connect(self.intents.set_score)
        self.grid.rename_requested.connect(self.intents.rename_criterion)
        self.grid.segment_chosen.connect(self.choose)
        self.grid.selectionModel().currentColumnChanged.connect(self._update_actions)
        self.matrix.segment_clicked.connect(self.choose)

    # -- showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload segments, criteria and scores; show them in both tabs and the matrix."""
        plan = self.document.plan
        self.data = TargetingData.load(self.document.services, self.document.plan_id, plan.currency)
        ids = [s.id for s in self.data.segments]
        if self.current_id not in ids:
            self.current_id = ids[0] if ids else None
        self.segments.show_segments(list(self.data.segments), plan.currency)
        self.grid_model.set_data(self.data)
        self.scoring.show_problems(self.data)
        self._load_personas()
        self._show_current()

    def apply_changes(self, changes: ChangeSet) -> bool:
        """A persona's change reloads the personas only (the matrix is not redrawn); a
        score's reads that score only, then the totals and the matrix follow."""
        if changes.kinds <= {"persona"}:
            self._load_personas()
            self.segments.show_segment(self.data.segment(self.current_id), self.personas)
            return True
        services, plan_id = self.document.services, self.document.plan_id
        ids = changes.ids_of("segment_score")
        if changes.kinds == {"segment_score"} and ids:
            self.data = self.data.with_scores(ids, services.scores.cells(plan_id, ids))
        elif changes.kinds == {"criterion"}:
            fresh = self.data.with_criteria(services.criteria.list(plan_id))
            if fresh is None:
                return False
            self.data = fresh
        else:
            return False
        self.grid_model.set_data(self.data)
        self.scoring.show_problems(self.data)
        self.matrix.set_data(self.data.matrix(ui_language()), self.current_id)
        return True

    def _load_personas(self) -> None:
        services = self.document.services
        self.personas = services.personas.list(self.current_id) if self.current_id else []

    def _show_current(self) -> None:
        segment = self.data.segment(self.current_id)
        self.segments.show_segment(segment, self.personas)
        if segment is not None:
            self.segments.board.view(SEGMENTS).select_id(segment.id)
        self.grid.select_segment(self.current_id)
        self.matrix.set_data(self.data.matrix(ui_language()), self.current_id)
        for action in self.targeting_actions:
            action.setChecked(segment is not None and action.data() == segment.targeting)
        self._update_actions()

    def _update_actions(self) -> None:
        has_segment = self.current_id is not None
        for action in (self.delete_action, *self.targeting_actions):
            action.setEnabled(has_segment)
        self.criteria.update()

    def choose(self, segment_id: int | None) -> None:
        """Make `segment_id` the page's segment: the list, the grid and the matrix follow."""
        if segment_id is None or segment_id == self.current_id:
            return
        if self.data.segment(segment_id) is None:
            return
        self.current_id = segment_id
        self._load_personas()
        self._show_current()

    # -- requests → intents ----------------------------------------------------------------
    def focus_quick_add(self) -> None:
        """Ctrl+N: type the new segment's name under the list."""
        self.tabs.setCurrentIndex(SEGMENTS_TAB)
        self.segments.board.column(SEGMENTS).focus_quick_add()

    def add_segment(self, name: str) -> int | None:
        segment_id = self.intents.add_segment(name)
        if segment_id is not None:
            self.segments.board.column(SEGMENTS).accept_quick_add()
            self.choose(segment_id)
        return segment_id

    def _rename_segment(self, segment_id: int, name: str) -> bool:
        return self.intents.edit_segment(segment_id, {"name": " ".join(name.split())})

    def edit_segment(self, segment_id: int, changes: dict[str, Any]) -> None:
        if not self.intents.edit_segment(segment_id, changes) and self.intents.last_error:
            form = self.segments.form
            form.show_segment(self.data.segment(segment_id))  # what is stored
            form.show_error(self.intents.last_error)

    def _move_segment(self, segment_id: int, _group: object, index: int) -> None:
        ids = [s.id for s in self.data.segments if s.id != segment_id]
        ids.insert(index, segment_id)
        self.intents.reorder_segments(ids)

    def delete_current(self) -> bool:
        return self.current_id is not None and self.intents.delete_segment(self.current_id)

    def set_targeting(self, targeting: Targeting) -> bool:
        if self.current_id is None:
            return False
        done = self.intents.set_targeting(self.current_id, targeting)
        if not done:
            self._show_current()  # the check marks go back to what is stored
        return done

    def add_persona(self, name: str) -> int | None:
        if self.current_id is None:
            return None
        persona_id = self.intents.add_persona(self.current_id, name)
        if persona_id is not None:
            self.segments.personas.column("personas").accept_quick_add()
        return persona_id

    def edit_persona(self, persona_id: int) -> PersonaDialog | None:
        """Open the persona's editor; OK is one undo step for all its fields."""
        persona = next((p for p in self.personas if p.id == persona_id), None)
        if persona is None or self.document.read_only:  # its card shows what it holds
            return None
        dialog = PersonaDialog(persona, lambda changes: self._submit_persona(dialog, changes), self)
        dialog.open()
        return dialog

    def _submit_persona(self, dialog: PersonaDialog, changes: dict[str, str]) -> bool:
        if self.intents.edit_persona(dialog.persona.id, changes):
            return True
        dialog.show_error(self.intents.last_error)
        return False
