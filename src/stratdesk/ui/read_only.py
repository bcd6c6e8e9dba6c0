"""A read-only plan shows its edit controls switched off, before anyone clicks them.

A plan is read-only when it was opened so (File › Open read-only, a plan open in another
window, a damaged file looked at), or becomes so while open (another computer took it over,
damage found): `PlanDocument.read_only`, and `read_only_changed` when it turns. Each page hands
its edit controls to `EditControls.add` (`PageView.guard_edits` does it): buttons, actions,
fields and combo boxes are disabled, and stay so whatever the page's own logic enables later
(a selection that would enable "Delete"); card boards stop editing, moving and deleting cards;
item views stop opening editors and dragging; text fields turn read-only (still readable and
selectable). Looking, selecting, filtering, zooming and exporting stay available. The undo
runner still refuses any write that gets through.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractProxyModel, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

# Fields that stay readable (and their text selectable) when made read-only, not greyed.
_TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument


def _source(model: Any) -> Any:
    while isinstance(model, QAbstractProxyModel):
        model = model.sourceModel()
    return model


def switch_off(item: QWidget | QAction) -> None:
    """Make one edit control inert (see the module)."""
    if hasattr(item, "set_editable"):  # a card board, column or view: knows its own gestures
        item.set_editable(False)
        return
    if isinstance(item, QAbstractItemView):
        item.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        item.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        model = _source(item.model())
        if hasattr(model, "editable"):  # its flags then say "not editable": no editor at all
            model.editable = False
            model.layoutChanged.emit()
        return
    if isinstance(item, _TEXT_FIELDS):
        item.setReadOnly(True)
        return
    item.setEnabled(False)


class EditControls(QObject):
    """The edit controls of one page, off while (and once) its document is read-only."""

    def __init__(self, document: PlanDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._items: list[QWidget | QAction] = []
        document.read_only_changed.connect(self._apply)

    @property
    def read_only(self) -> bool:
        return bool(self.document.read_only)

    def add(self, *items: QWidget | QAction) -> None:
        """Guard these controls (switched off now if the plan is read-only)."""
        for item in items:
            self._items.append(item)
            if isinstance(item, QAction):
                item.changed.connect(lambda a=item: self._keep_off(a))
            elif not isinstance(item, (QAbstractItemView, *_TEXT_FIELDS)) and not hasattr(
                item, "set_editable"
            ):
                item.installEventFilter(self)
            if self.read_only:
                switch_off(item)

    def _apply(self, read_only: bool = True) -> None:
        if read_only:
            for item in self._items:
                switch_off(item)

    def _keep_off(self, action: QAction) -> None:
        if self.read_only and action.isEnabled():
            action.setEnabled(False)  # the page enabled it (a selection): not on this plan

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.EnabledChange
            and self.read_only
            and isinstance(watched, QWidget)
            and not watched.testAttribute(Qt.WidgetAttribute.WA_Disabled)
        ):
            watched.setEnabled(False)  # the page enabled it again: not on this plan
        return False
