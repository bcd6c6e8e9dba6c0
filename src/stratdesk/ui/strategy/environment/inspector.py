"""The selected PESTEL factor's ratings (category, impact, likelihood, trend) and its way to
the SWOT. It only shows and asks: `field_edited` and `send_requested` become commands."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QPushButton, QVBoxLayout, QWidget

from stratdesk.domain.enums import PestelCategory, SwotQuadrant, Trend
from stratdesk.domain.labels import enum_choices, impacts, likelihoods
from stratdesk.ui.style import secondary_label, sized_font, title_label
from stratdesk.ui.widgets.flow_layout import FlowLayout

COMBO_CHARS = 12  # a longer choice is elided in the closed box (the open list shows it whole)


class FactorInspector(QWidget):
    """Combo boxes for the current factor's fields; buttons to send it to the SWOT."""

    field_edited = Signal(int, str, object)  # factor id, field, new value
    send_requested = Signal(int, object)  # factor id, SWOT quadrant

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.factor: Any = None
        self.editable = True  # False on a read-only plan: the combos and buttons are off
        self._sent: tuple[SwotQuadrant, ...] = ()
        self.hint = secondary_label(
            self.tr("Select a factor to rate its impact, likelihood and trend."), 12
        )
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        form.setSpacing(6)
        # Each label above its box: the boxes get the narrow side panel's whole width.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for field, label, choices in (
            ("category", self.tr("Category"), enum_choices(PestelCategory)),
            ("impact", self.tr("Impact"), impacts()),
            ("likelihood", self.tr("Likelihood"), likelihoods()),
            ("trend", self.tr("Trend"), enum_choices(Trend)),
        ):
            combo = QComboBox()
            combo.setFont(sized_font(combo, 12))
            combo.setAccessibleName(label)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(COMBO_CHARS)
            for value, text in choices:
                combo.addItem(text, value)
            # `activated`: only the person's choice, not the refresh that shows a new factor.
            combo.activated.connect(lambda _row, f=field: self._on_activated(f))
            form.addRow(label, combo)
            self.combos[field] = combo
        # Short words on the buttons (the panel is narrow), the whole intent in their names.
        names = dict(enum_choices(SwotQuadrant))
        self.to_opportunity = QPushButton(names[SwotQuadrant.OPPORTUNITY])
        self.to_opportunity.setAccessibleName(self.tr("Send to SWOT as opportunity"))
        self.to_threat = QPushButton(names[SwotQuadrant.THREAT])
        self.to_threat.setAccessibleName(self.tr("Send to SWOT as threat"))
        send_box = QWidget()
        send_row = FlowLayout(send_box, spacing=6, line_spacing=6)
        for button, quadrant in (
            (self.to_opportunity, SwotQuadrant.OPPORTUNITY),
            (self.to_threat, SwotQuadrant.THREAT),
        ):
            button.setFont(sized_font(button, 12))
            button.setToolTip(button.accessibleName())
            button.clicked.connect(lambda _c=False, q=quadrant: self._send(q))
            send_row.addWidget(button)
        self.link_label = secondary_label("", 12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(title_label(self.tr("Selected factor"), 15))
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addSpacing(4)
        layout.addWidget(secondary_label(self.tr("Send it to the SWOT as:"), 12))
        layout.addWidget(send_box)
        layout.addWidget(self.link_label)
        self.show_factor(None, "")

    def show_factor(
        self, factor: Any | None, link_text: str, sent: tuple[SwotQuadrant, ...] = ()
    ) -> None:
        """Show `factor` (None: nothing selected) and where it already is in the SWOT (`sent`:
        its quadrants there, whose buttons are off: the same item twice is refused)."""
        self.factor = factor
        self._sent = sent
        enabled = factor is not None
        for field, combo in self.combos.items():
            combo.setEnabled(enabled and self.editable)
            if factor is not None:
                combo.setCurrentIndex(max(combo.findData(getattr(factor, field)), 0))
            else:
                combo.setCurrentIndex(-1)
        for button, quadrant in (
            (self.to_opportunity, SwotQuadrant.OPPORTUNITY),
            (self.to_threat, SwotQuadrant.THREAT),
        ):
            there = quadrant in sent
            button.setEnabled(enabled and not there and self.editable)
            button.setToolTip(
                self.tr("Already in the SWOT: select it on the SWOT page to edit it.")
                if there
                else button.accessibleName()
            )
        self.hint.setVisible(not enabled)
        self.link_label.setText(link_text)
        self.link_label.setVisible(bool(link_text))

    def set_editable(self, editable: bool) -> None:
        """False on a read-only plan: the ratings show, nothing can be changed or sent."""
        self.editable = editable
        self.show_factor(self.factor, self.link_label.text(), self._sent)

    def _on_activated(self, field: str) -> None:
        if self.factor is None:
            return
        value = self.combos[field].currentData()
        if value != getattr(self.factor, field):
            self.field_edited.emit(self.factor.id, field, value)

    def _send(self, quadrant: SwotQuadrant) -> None:
        if self.factor is not None:
            self.send_requested.emit(self.factor.id, quadrant)
