"""The row of filters above the boards: search, objective, segment, owner, overdue."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QToolButton,
    QWidget,
)

from stratdesk.ui.operations.mix.editor_form import elide
from stratdesk.ui.operations.mix.filters import NO_LINK, MixFilter
from stratdesk.ui.style import sized_font
from stratdesk.ui.widgets.flow_layout import FlowLayout

FILTER_NAME_CHARS = 32
SEARCH_WIDTH = 170  # room for its placeholder; the rest of the line goes to it too
COMBO_CHARS = 10


class MixFilterBar(QWidget):
    """Emits `changed(MixFilter)` whenever the person changes a filter."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_edit = QLineEdit()
        # A short placeholder that shows whole in a narrow field; the tooltip says the rest.
        self.search_edit.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.search_edit.setToolTip(self.tr("Search titles, descriptions, owners (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search"))
        self.objective_combo = self._combo(self.tr("Objective"))
        self.segment_combo = self._combo(self.tr("Segment"))
        self.owner_combo = self._combo(self.tr("Owner"))
        self.overdue_check = QCheckBox(self.tr("Overdue only"))
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear filters"))
        # One line when there is room, two on a narrow screen (never a wider window).
        row = FlowLayout(self, spacing=8, line_spacing=6)
        self.search_edit.setMinimumWidth(SEARCH_WIDTH)
        self.search_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        row.addWidget(self.search_edit)
        for widget in (self.objective_combo, self.segment_combo, self.owner_combo):
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            row.addWidget(widget)
        row.addWidget(self.overdue_check)
        row.addWidget(self.clear_button)
        self.setFont(sized_font(self, 12))
        self.search_edit.textChanged.connect(self._emit)
        for combo in (self.objective_combo, self.segment_combo, self.owner_combo):
            combo.currentIndexChanged.connect(self._emit)
            combo.currentTextChanged.connect(
                lambda text, c=combo: c.setToolTip(f"{c.accessibleName()}: {text}")
            )
        self.overdue_check.toggled.connect(self._emit)
        self.clear_button.clicked.connect(self.clear)
        self.set_choices({}, {}, [])

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(COMBO_CHARS)
        return combo

    def set_choices(
        self, objectives: dict[int, str], segments: dict[int, str], owners: list[str]
    ) -> None:
        """Fill the lists, keeping what is chosen when it still exists."""
        self._fill(
            self.objective_combo,
            [
                (None, self.tr("All objectives")),
                (NO_LINK, self.tr("No objective")),
                *((i, elide(name, FILTER_NAME_CHARS)) for i, name in objectives.items()),
            ],
        )
        self._fill(
            self.segment_combo,
            [
                (None, self.tr("All segments")),
                (NO_LINK, self.tr("No segment")),
                *((i, elide(name, FILTER_NAME_CHARS)) for i, name in segments.items()),
            ],
        )
        self._fill(
            self.owner_combo,
            [
                (None, self.tr("All owners")),
                ("", self.tr("No owner")),
                *((name, name) for name in owners),
            ],
        )

    def _fill(self, combo: QComboBox, choices: list[tuple[Any, str]]) -> None:
        # "All owners" and "No owner" show whole (a chosen long name is elided, whole in
        # the tooltip and the open list): the box is as wide as the longer of the two.
        metrics = QFontMetrics(combo.font())
        longest = max(metrics.horizontalAdvance(text) for _, text in choices[:2])
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        box = combo.style().sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, option, QSize(longest, metrics.height()), combo
        )
        combo.setMinimumWidth(box.width() + 4)
        chosen = combo.currentData()
        current = [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]
        if current == choices:
            return
        with QSignalBlocker(combo):
            combo.clear()
            for value, text in choices:
                combo.addItem(text, value)
        found = combo.findData(chosen) if chosen is not None else 0
        # What was chosen is gone (deleted objective…): show everything again, and say so.
        combo.setCurrentIndex(max(found, 0))
        if found < 0:
            self._emit()

    def current(self) -> MixFilter:
        return MixFilter(
            objective_id=self.objective_combo.currentData(),
            segment_id=self.segment_combo.currentData(),
            owner=self.owner_combo.currentData(),
            overdue=self.overdue_check.isChecked(),
            text=self.search_edit.text(),
        )

    def clear(self) -> None:
        widgets = (self.search_edit, self.objective_combo, self.segment_combo, self.owner_combo)
        blockers = [QSignalBlocker(w) for w in (*widgets, self.overdue_check)]
        self.search_edit.clear()
        for combo in widgets[1:]:
            combo.setCurrentIndex(0)
        self.overdue_check.setChecked(False)
        del blockers
        self._emit()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _emit(self) -> None:
        self.changed.emit(self.current())
