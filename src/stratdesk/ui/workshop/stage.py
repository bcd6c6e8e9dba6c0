"""What the workshop window shows: the step's title, the step (a page of the plan), the bar,
and the picker, the focused card and the timer over them.

The stage goes from step to step (the included ones, in the saved order), builds each page
the first time it is needed (with its own `PageSpec`: the same page, document and undo
stack as the main window), and runs the workshop's actions by name, for its keys and its
buttons alike. Everything it changes goes through `WorkshopIntents` or the page's intents.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from stratdesk.domain.countdown import Clock
from stratdesk.domain.workshop_steps import (
    first,
    last,
    neighbour,
    start_step,
    step_number,
)
from stratdesk.services.changes import ChangeSet
from stratdesk.ui.style import secondary_label, title_label
from stratdesk.ui.widgets.cards import CardListView
from stratdesk.ui.workshop.bar import WorkshopBar, workshop_actions
from stratdesk.ui.workshop.boards import BoardDriver
from stratdesk.ui.workshop.card_actions import CardActions
from stratdesk.ui.workshop.intents import WorkshopIntents
from stratdesk.ui.workshop.keys import KeyContext
from stratdesk.ui.workshop.pages import StepPages
from stratdesk.ui.workshop.picker import StepPicker
from stratdesk.ui.workshop.registry import StepSpec, workshop_steps
from stratdesk.ui.workshop.spotlight import Spotlight
from stratdesk.ui.workshop.surface import StepSurface
from stratdesk.ui.workshop.theme import ProjectorTheme
from stratdesk.ui.workshop.timer import TimerOverlay

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

NOTICE_MS = 8000
PREPARE_MS = 400  # after a step shows: build the next one's page
VOTE_STEPS = frozenset({"vote_up", "vote_down", "rank", "reset_votes"})
BOARD_STEPS = frozenset({"hide", "spotlight"})


class WorkshopStage(QWidget):
    """The workshop's contents (magnified by its window); `current` is the step shown."""

    leave_requested = Signal()
    zoom_requested = Signal(int)  # +1, -1, or 0 for the usual size
    step_shown = Signal()

    def __init__(
        self,
        document: PlanDocument,
        *,
        start: str | None = None,
        dark: bool = False,
        steps: Sequence[StepSpec] | None = None,
        clock: Clock = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workshopStage")
        self.document = document
        self.specs = {spec.key: spec for spec in (steps or workshop_steps())}
        self.intents = WorkshopIntents(document, list(self.specs))
        self.theme = ProjectorTheme.for_brand(document.client.brand_colour, dark=dark)
        self.setPalette(self.theme.palette())
        self.setAutoFillBackground(True)
        self.actions_by_name = workshop_actions(self, self.run)
        self._build(clock)
        self.boards = BoardDriver(self.intents, document.services, self.focusWidget)
        self.pages = StepPages(document, self.stack)
        self.surface = StepSurface()
        self.cards = CardActions(self)
        self.steps = self.intents.steps()
        self.current: str | None = None
        document.bridge.changed.connect(self._on_changed)
        document.runner.failed.connect(self.show_notice)
        self.go(start_step(self.steps, start))

    def _build(self, clock: Clock) -> None:
        self.title_label = title_label("", 20)
        self.title_label.setWordWrap(False)
        self.number_label = secondary_label("", 12)
        self.notice_label = secondary_label("", 11)
        self.notice_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.notice_timer = QTimer(self)
        self.notice_timer.setSingleShot(True)
        self.notice_timer.setInterval(NOTICE_MS)
        self.notice_timer.timeout.connect(self.notice_label.clear)
        # Once a step shows, the next one's page is built while the room looks at this one,
        # so that the clicker's next press shows it at once.
        self.prepare_timer = QTimer(self)
        self.prepare_timer.setSingleShot(True)
        self.prepare_timer.setInterval(PREPARE_MS)
        self.prepare_timer.timeout.connect(self._prepare_next)
        top = QHBoxLayout()
        top.setSpacing(14)
        top.addWidget(self.title_label)
        top.addWidget(self.number_label, 0, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.notice_label, 1)  # the timer, when shown, floats at the right
        self.stack = QStackedWidget()
        self.empty_label = secondary_label(
            self.tr("No step to show. Press G to choose the workshop's steps."), 16
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty_label)
        self.bar = WorkshopBar(self.actions_by_name)
        self.bar.setStyleSheet(self.theme.bar_style_sheet())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 2)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.bar)
        titles = {key: spec.title for key, spec in self.specs.items()}
        self.picker = StepPicker(titles, self)
        self.picker.list.chosen.connect(self.choose_step)
        self.picker.list.toggle_requested.connect(self.toggle_step)
        self.picker.list.move_requested.connect(self.move_step)
        self.spotlight = Spotlight(self)
        self.timer = TimerOverlay(self, clock)

    # -- steps -----------------------------------------------------------------------------
    def go(self, key: str | None) -> bool:
        """Show the step `key` (any step, shown or left out); False if there is none."""
        spec = self.specs.get(key) if key is not None else None
        self.spotlight.close_card()
        if spec is None:
            self.current, self.surface = None, StepSurface()
            self.stack.setCurrentWidget(self.empty_label)
            self._show_title()
            return False
        page = self.pages.page(spec.page, spec.build)
        self.current = spec.key
        self.stack.setCurrentWidget(page)
        try:
            self.surface = spec.present(page)
        except AttributeError:  # a page that could not read its data shows why instead
            self.surface = StepSurface()
        self.boards.show_step(self.surface)
        self._show_title()
        if (target := self.surface.first_focus()) is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.prepare_timer.start()
        self.step_shown.emit()
        return True

    def _prepare_next(self) -> None:
        if not self.isVisible():  # the workshop has ended (its plan may be closed)
            return
        key = neighbour(self.steps, self.current, 1)
        spec = self.specs.get(key) if key is not None else None
        if spec is not None and spec.page not in self.pages.built:
            self.pages.page(spec.page, spec.build)

    def step(self, delta: int) -> bool:
        key = neighbour(self.steps, self.current, delta)
        if key is None:
            self.show_notice(
                self.tr("This is the last step.")
                if delta > 0
                else self.tr("This is the first step.")
            )
            return False
        return self.go(key)

    def choose_step(self, key: str) -> None:
        self.picker.hide()
        self.go(key)

    def toggle_step(self, key: str) -> None:
        if not self.intents.toggle_step(key, self.specs[key].title) and not self.intents.last_error:
            self.picker.message.setText(self.tr("At least one step stays in the workshop."))

    def move_step(self, key: str, delta: int) -> None:
        self.intents.move_step(key, delta, self.specs[key].title)

    def _show_title(self) -> None:
        spec = self.specs.get(self.current) if self.current is not None else None
        self.title_label.setText(spec.title if spec is not None else "")
        number, count = step_number(self.steps, self.current)
        if number:
            text = self.tr("Step {number} of {count}").format(number=number, count=count)
        else:
            text = self.tr("Left out of the workshop") if spec is not None else ""
        self.number_label.setText(text)
        votes, boards = self.surface.votes is not None, bool(self.surface.boards())
        for name, action in self.actions_by_name.items():
            action.setEnabled(
                (name not in VOTE_STEPS or votes) and (name not in BOARD_STEPS or boards)
            )
        self.actions_by_name["rank"].setChecked(self.boards.ranked and votes)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches("workshop_step"):
            self.steps = self.intents.steps()
            self._show_title()
            if self.picker.isVisible():
                self.picker.show_steps(self.steps, self.current)
        if self.spotlight.item_id is not None:
            QTimer.singleShot(0, self.cards.refresh_spotlight)  # after the page shows the change

    # -- actions (keys and buttons) ----------------------------------------------------------
    def run(self, name: str) -> bool:
        """Run the workshop action `name`; False when it does not apply here."""
        simple: dict[str, Callable[[], object]] = {
            "next": lambda: self.step(1),
            "previous": lambda: self.step(-1),
            "first": lambda: self.go(first(self.steps)),
            "last": lambda: self.go(last(self.steps)),
            "steps": self.cards.toggle_picker,
            "close": self.cards.close_overlay,
            "leave": self.leave_requested.emit,
            "vote_up": lambda: self.cards.vote(1),
            "vote_down": lambda: self.cards.vote(-1),
            "rank": self.cards.toggle_rank,
            "reset_votes": self.cards.reset_votes,
            "hide": self.boards.toggle_hidden,
            "spotlight": self.cards.toggle_spotlight,
            "capture": self.boards.capture,
            "cards": self.boards.cards,
            "next_column": lambda: self.boards.step_column(1),
            "previous_column": lambda: self.boards.step_column(-1),
            "timer": self.timer.toggle,
            "timer_minute": self.timer.add_minute,
            "timer_reset": self.timer.reset,
            "zoom_in": lambda: self.zoom_requested.emit(1),
            "zoom_out": lambda: self.zoom_requested.emit(-1),
            "zoom_reset": lambda: self.zoom_requested.emit(0),
            "undo": self.document.stack.undo,
            "redo": self.document.stack.redo,
        }
        action = simple.get(name)
        if action is None:
            return False
        result = action()
        self._place_overlays()
        return result is not False

    def key_context(self) -> KeyContext:
        focus = self.focusWidget()
        typing = isinstance(focus, QLineEdit | QAbstractSpinBox | QTextEdit | QPlainTextEdit)
        text = typing and (not isinstance(focus, QLineEdit) or bool(focus.text()))
        card = isinstance(focus, CardListView) and focus.current_id() is not None
        at_end = isinstance(focus, CardListView) and (
            focus.currentIndex().row() == focus.card_model.rowCount() - 1
        )
        overlay = None
        if self.picker.isVisible():
            overlay = "picker"
        elif self.spotlight.isVisible():
            overlay = "spotlight"
        capture = self.boards.column_of(focus) is not None
        return KeyContext(
            typing=typing, text=text, capture=capture, card=card, at_end=at_end, overlay=overlay
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape that no field wanted (a form's line) leaves the workshop too."""
        if event.key() == Qt.Key.Key_Escape:
            self.leave_requested.emit()
            return
        super().keyPressEvent(event)

    def show_notice(self, text: str) -> None:
        self.notice_label.setText(text)
        self.notice_timer.start()

    # -- geometry ----------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_overlays()

    def _place_overlays(self) -> None:
        area = self.stack.geometry()
        self.spotlight.setGeometry(area.adjusted(area.width() // 10, 20, -area.width() // 10, -20))
        width, height = int(area.width() * 0.6), int(area.height() * 0.9)
        self.picker.setGeometry(
            area.left() + (area.width() - width) // 2, area.top() + 10, width, height
        )
        hint = self.timer.sizeHint()
        self.timer.setGeometry(self.width() - hint.width() - 10, 2, hint.width(), hint.height())
        if self.timer.isVisible():
            self.timer.raise_()
