"""One open plan's alignment, read once and shared by the Alignment page and its badge.

It reads again only when a change touches what it shows (`ALIGNMENT_KINDS`), a moment after
the change (a burst of edits reads once), and tells `updated`. The count of findings is
what the page list's badge shows.
"""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from stratdesk.domain.alignment_facts import Finding
from stratdesk.domain.errors import StratdeskError
from stratdesk.services.alignment import ALIGNMENT_KINDS, AlignmentData, AlignmentReader
from stratdesk.services.changes import ChangeSet
from stratdesk.ui.language import ui_language

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

READ_DELAY_MS = 60  # after the last change of a burst
FIRST_READ_MS = 800  # after opening the plan: the first page paints first

_STATES: weakref.WeakKeyDictionary[PlanDocument, AlignmentState] = weakref.WeakKeyDictionary()


class AlignmentState(QObject):
    updated = Signal()
    count_changed = Signal(int)

    def __init__(
        self, document: PlanDocument, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        super().__init__(document)
        self.document = document
        self.today = today
        self.reader = AlignmentReader(document.services)
        self.data: AlignmentData | None = None
        self.findings: list[Finding] = []
        self.reads = 0  # how many times the plan was read (tests: "only then")
        self._pending: ChangeSet | None = None
        self._full = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.read_now)
        document.bridge.changed.connect(self._on_changed)

    def _on_changed(self, changes: ChangeSet) -> None:
        if not changes.touches(*ALIGNMENT_KINDS):
            return
        self._pending = changes if self._pending is None else self._pending.merged(changes)
        self._timer.start(READ_DELAY_MS)

    def schedule_first_read(self) -> None:
        if self.data is None and not self._timer.isActive():
            self._timer.start(FIRST_READ_MS)

    def ensure(self) -> AlignmentData | None:
        """The data now (read at once if it never was, or a read is pending)."""
        if self.data is None or self._timer.isActive():
            self.read_now()
        return self.data

    def read_now(self) -> None:
        self._timer.stop()
        if self.document.runner.closed:
            return  # the plan was closed meanwhile: nothing to read any more
        changes = None if self._full else self._pending
        self._pending, self._full = None, False
        try:
            self.data = self.reader.read(self.document.plan_id, changes, self.today())
        except StratdeskError:
            self.data, self._full = None, True
            self.findings = []
        else:
            self.findings = self.data.findings(ui_language())
        self.reads += 1
        self.updated.emit()
        self.count_changed.emit(len(self.findings))


def alignment_state(document: PlanDocument) -> AlignmentState:
    """The document's one `AlignmentState` (made on first use)."""
    state = _STATES.get(document)
    if state is None:
        state = AlignmentState(document)
        _STATES[document] = state
    return state


def alignment_badge(document: PlanDocument) -> AlignmentState:
    """What the page list's badge follows: the count, read shortly after the plan opens."""
    state = alignment_state(document)
    state.schedule_first_read()
    return state
