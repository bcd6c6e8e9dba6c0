"""The perceptual map's side panel: the two axes (name, low end, high end), the points
listed, and the chosen point's label, place and competitor. Every change is a request."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from stratdesk.charts.perceptual_data import KIND_MARKS, MapData, kind_label, kind_of
from stratdesk.domain.enums import MapAxisOrientation
from stratdesk.domain.perceptual_map import MAP_MAX, MAP_MIN, STEP
from stratdesk.ui.strategy.environment.bar import ActionBar
from stratdesk.ui.style import secondary_label, set_error_style, sized_font, title_label

AXIS_FIELDS = ("name", "low_label", "high_label")
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MapPanel(QWidget):
    axis_edited = Signal(object, str, str)  # orientation, field, text
    point_chosen = Signal(object)  # point id (None: none)
    point_edited = Signal(int, dict)  # point id, {field: value}

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.point: Any = None
        self.axis_edits: dict[tuple[MapAxisOrientation, str], QLineEdit] = {}
        self.points_list = QListWidget()
        self.points_list.setAccessibleName(self.tr("Points on the map"))
        self.points_list.setMinimumHeight(120)
        self.points_list.currentItemChanged.connect(self._on_current)
        self.points_list.addActions(actions[-1:])  # Remove, with Delete, where the list is
        self.bar = ActionBar("", actions)
        self.bar.hint_label.hide()
        for button in self.bar.buttons:
            if button.defaultAction().menu() is not None:  # a list to choose from, at once
                button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.label_edit = QLineEdit()
        self.x_spin, self.y_spin = QDoubleSpinBox(), QDoubleSpinBox()
        for spin in (self.x_spin, self.y_spin):
            spin.setRange(MAP_MIN, MAP_MAX)
            spin.setSingleStep(STEP)
            spin.setDecimals(1)
            spin.setKeyboardTracking(False)
        self.competitor_combo = QComboBox()
        self.point_form = QWidget()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        set_error_style(self.error_label)
        self.error_label.hide()
        self._build()
        self._connect()
        self.setFont(sized_font(self, 12))

    def _build(self) -> None:
        # Per axis: its name on one line, its two ends side by side below.
        axes = QGridLayout()
        axes.setHorizontalSpacing(6)
        axes.setVerticalSpacing(3)
        row = 0
        for orientation, title in (
            (MapAxisOrientation.X, self.tr("Across (left to right)")),
            (MapAxisOrientation.Y, self.tr("Up (bottom to top)")),
        ):
            heading = QLabel(title)
            heading.setFont(sized_font(heading, 12, bold=True))
            axes.addWidget(heading, row, 0, 1, 2)
            for field, placeholder, cell in (
                ("name", self.tr("Name of the axis"), (row + 1, 0, 1, 2)),
                ("low_label", self.tr("Low end"), (row + 2, 0, 1, 1)),
                ("high_label", self.tr("High end"), (row + 3 - 1, 1, 1, 1)),
            ):
                edit = QLineEdit()
                edit.setPlaceholderText(placeholder)
                edit.setAccessibleName(f"{title}: {placeholder}")
                edit.setToolTip(placeholder)
                edit.editingFinished.connect(
                    lambda o=orientation, f=field, e=edit: self.axis_edited.emit(
                        o, f, " ".join(e.text().split())
                    )
                )
                self.axis_edits[(orientation, field)] = edit
                axes.addWidget(edit, *cell)
            row += 3
        point = QFormLayout(self.point_form)
        point.setContentsMargins(0, 0, 0, 0)
        point.addRow(self.tr("Label"), self.label_edit)
        point.addRow(self.tr("Across (−10 to 10)"), self.x_spin)
        point.addRow(self.tr("Up (−10 to 10)"), self.y_spin)
        point.addRow(self.tr("Competitor"), self.competitor_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 0, 4, 4)
        layout.setSpacing(8)
        layout.addWidget(title_label(self.tr("Axes"), 14))
        layout.addLayout(axes)
        layout.addWidget(title_label(self.tr("Points"), 14))
        layout.addWidget(self.bar)
        layout.addWidget(self.points_list, 1)
        layout.addWidget(self.point_form)
        layout.addWidget(self.error_label)
        self.empty_hint = secondary_label(
            self.tr("Add the client's brand and its competitors, then drag them into place."),
            12,
        )
        layout.addWidget(self.empty_hint)

    def _connect(self) -> None:
        self.label_edit.editingFinished.connect(
            lambda: self._request("label", " ".join(self.label_edit.text().split()))
        )
        self.x_spin.editingFinished.connect(lambda: self._request("x", self.x_spin.value()))
        self.y_spin.editingFinished.connect(lambda: self._request("y", self.y_spin.value()))
        self.competitor_combo.activated.connect(
            lambda _i: self._request("competitor_id", self.competitor_combo.currentData())
        )

    # -- showing ---------------------------------------------------------------------------
    def show_map(self, data: MapData, points: list[Any], competitors: list[Any]) -> None:
        for orientation, axis in (
            (MapAxisOrientation.X, data.x_axis),
            (MapAxisOrientation.Y, data.y_axis),
        ):
            for field, text in zip(AXIS_FIELDS, (axis.name, axis.low, axis.high), strict=True):
                edit = self.axis_edits[(orientation, field)]
                if edit.text() != text and not edit.hasFocus():
                    edit.setText(text)
                    edit.setCursorPosition(0)
        blockers = [QSignalBlocker(self.points_list), QSignalBlocker(self.competitor_combo)]
        chosen = self.point.id if self.point is not None else None
        self.points_list.clear()
        for point in points:
            kind = kind_of(point)
            item = QListWidgetItem(f"{KIND_MARKS[kind]}  {point.label}  ·  {kind_label(kind)}")
            item.setData(ID_ROLE, point.id)
            self.points_list.addItem(item)
        self.competitor_combo.clear()
        self.competitor_combo.addItem(self.tr("— None (a free label) —"), None)
        for competitor in competitors:
            self.competitor_combo.addItem(competitor.name, competitor.id)
        del blockers
        self.empty_hint.setVisible(not points)
        self.show_point(next((p for p in points if p.id == chosen), None))

    def show_point(self, point: Any) -> None:
        """Show the chosen point's fields (hidden when none is chosen)."""
        if point is None or self.point is None or point.id != self.point.id:
            self.error_label.hide()
        self.point = point
        self.point_form.setVisible(point is not None)
        blockers = [
            QSignalBlocker(w)
            for w in (
                self.points_list,
                self.label_edit,
                self.x_spin,
                self.y_spin,
                self.competitor_combo,
            )
        ]
        if point is None:
            self.points_list.setCurrentRow(-1)
            return
        for row in range(self.points_list.count()):
            if self.points_list.item(row).data(ID_ROLE) == point.id:
                self.points_list.setCurrentRow(row)
        if self.label_edit.text() != point.label:
            self.label_edit.setText(point.label)
        self.x_spin.setValue(point.x)
        self.y_spin.setValue(point.y)
        self.competitor_combo.setCurrentIndex(
            max(self.competitor_combo.findData(point.competitor_id), 0)
        )
        self.competitor_combo.setEnabled(not point.own_brand)
        del blockers

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    # -- requests --------------------------------------------------------------------------
    def _on_current(self, item: QListWidgetItem | None, _previous: object) -> None:
        self.point_chosen.emit(item.data(ID_ROLE) if item is not None else None)

    def _request(self, field: str, value: Any) -> None:
        if self.point is None or getattr(self.point, field) == value:
            return
        self.error_label.hide()
        self.point_edited.emit(self.point.id, {field: value})
