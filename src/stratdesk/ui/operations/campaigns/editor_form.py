"""The fields of the campaign panel, and how a campaign is shown in them (see `editor`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from stratdesk.domain.enums import Channel, WorkStatus
from stratdesk.domain.labels import enum_choices, enum_label
from stratdesk.i18n.formatting import amount_text, currency_symbol, money_text
from stratdesk.ui.language import ui_language
from stratdesk.ui.operations.campaigns.fields import ColourCombo, CommittingDateEdit
from stratdesk.ui.style import secondary_label, set_error_style, sized_font, title_label

NAME_CHARS = 48
translate = QCoreApplication.translate  # the form is subclassed: a fixed context


def elide(text: str, limit: int = NAME_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class NotesEdit(QPlainTextEdit):
    """The notes box: done when the focus leaves it."""

    focus_left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_left.emit()


class CampaignForm(QWidget):
    """Every field of one campaign, the KPIs it moves and the experiments run in it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.campaign: Any = None
        self.currency = "EUR"
        self.heading = title_label(translate("CampaignForm", "Campaign"), 15)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip(translate("CampaignForm", "Close the details (Escape)"))
        self.close_button.setAccessibleName(translate("CampaignForm", "Close the details"))
        self.close_button.setAutoRaise(True)
        self.name_edit = QLineEdit()
        self.channel_combo = self._choices(enum_choices(Channel))
        self.status_combo = self._choices(enum_choices(WorkStatus))
        self.start_edit = CommittingDateEdit()
        self.end_edit = CommittingDateEdit()
        self.start_edit.setAccessibleName(translate("CampaignForm", "Start"))
        self.end_edit.setAccessibleName(translate("CampaignForm", "End"))
        self.colour_combo = ColourCombo()
        self.objective_combo = QComboBox()
        self.segment_combo = QComboBox()
        for combo in (self.objective_combo, self.segment_combo, self.channel_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
        self.planned_edit, self.actual_edit = QLineEdit(), QLineEdit()
        self.planned_suffix, self.actual_suffix = QLabel(), QLabel()
        self.over_label = QLabel()
        self.over_label.setWordWrap(True)
        set_error_style(self.over_label)
        self.notes_edit = NotesEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(60)
        self.notes_edit.setMaximumHeight(110)
        self.kpi_list = QListWidget()
        self.kpi_list.setAccessibleName(translate("CampaignForm", "KPIs this campaign moves"))
        self.kpi_list.setMaximumHeight(130)
        self.no_kpis = secondary_label(
            translate("CampaignForm", "The plan has no KPIs yet: add them on the KPIs page."), 11
        )
        self.experiment_list = QListWidget()
        self.experiment_list.setAccessibleName(translate("CampaignForm", "Experiments"))
        self.experiment_list.setMaximumHeight(110)
        self.no_experiments = secondary_label(
            translate("CampaignForm", "No experiment runs in this campaign yet."), 11
        )
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        set_error_style(self.error_label)
        self.error_label.hide()
        self.delete_button = QPushButton(translate("CampaignForm", "Delete campaign"))
        self._build_layout()
        self.setFont(sized_font(self, 12))

    @staticmethod
    def _choices(choices: Sequence[tuple[Any, str]]) -> QComboBox:
        combo = QComboBox()
        for value, label in choices:
            combo.addItem(label, value)
        return combo

    def _build_layout(self) -> None:
        dates = QHBoxLayout()
        dates.addWidget(self.start_edit, 1)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.end_edit, 1)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(4)
        form.addRow(translate("CampaignForm", "Name"), self.name_edit)
        form.addRow(translate("CampaignForm", "Channel"), self.channel_combo)
        form.addRow(translate("CampaignForm", "Dates (first and last day)"), dates)
        form.addRow(translate("CampaignForm", "Status"), self.status_combo)
        form.addRow(translate("CampaignForm", "Colour"), self.colour_combo)
        form.addRow(translate("CampaignForm", "Objective"), self.objective_combo)
        form.addRow(translate("CampaignForm", "Target segment"), self.segment_combo)
        form.addRow(translate("CampaignForm", "Planned budget"), self._money_row(0))
        form.addRow(translate("CampaignForm", "Actual spend"), self._money_row(1))
        form.addRow(self.over_label)
        form.addRow(translate("CampaignForm", "Notes"), self.notes_edit)
        kpis = QVBoxLayout()
        kpis.addWidget(self.kpi_list)
        kpis.addWidget(self.no_kpis)
        form.addRow(translate("CampaignForm", "KPIs it moves"), kpis)
        experiments = QVBoxLayout()
        experiments.addWidget(self.experiment_list)
        experiments.addWidget(self.no_experiments)
        form.addRow(translate("CampaignForm", "Experiments run in it"), experiments)
        heading = QHBoxLayout()
        heading.addWidget(self.heading, 1)
        heading.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 4, 4)
        layout.setSpacing(8)
        layout.addLayout(heading)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def _money_row(self, which: int) -> QHBoxLayout:
        edit = self.planned_edit if which == 0 else self.actual_edit
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(self.planned_suffix if which == 0 else self.actual_suffix)
        return row

    # --- the plan around the campaign --------------------------------------------------------
    def set_context(
        self,
        currency: str,
        years: tuple[int, int],
        objectives: Mapping[int, str],
        segments: Mapping[int, str],
        kpis: Sequence[tuple[int, str]],
    ) -> None:
        self.currency = currency
        symbol = currency_symbol(currency, ui_language())
        self.planned_suffix.setText(symbol)
        self.actual_suffix.setText(symbol)
        for edit in (self.start_edit, self.end_edit):
            edit.set_years(*years)
        self._fill(self.objective_combo, translate("CampaignForm", "— No objective —"), objectives)
        self._fill(self.segment_combo, translate("CampaignForm", "— No segment —"), segments)
        blocker = QSignalBlocker(self.kpi_list)
        self.kpi_list.clear()
        for kpi_id, name in kpis:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, kpi_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.kpi_list.addItem(item)
        del blocker
        self.kpi_list.setVisible(bool(kpis))
        self.no_kpis.setVisible(not kpis)

    @staticmethod
    def _fill(combo: QComboBox, none_text: str, names: Mapping[int, str]) -> None:
        blocker = QSignalBlocker(combo)
        combo.clear()
        combo.addItem(none_text, None)
        for item_id, name in names.items():
            combo.addItem(elide(name), item_id)
            combo.setItemData(combo.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
        del blocker

    # --- showing -----------------------------------------------------------------------------
    def show_campaign(
        self, campaign: Any, kpi_ids: Sequence[int] = (), experiments: Sequence[Any] = ()
    ) -> None:
        """Show `campaign` (a CampaignRead), the KPIs it moves and its experiments."""
        if self.campaign is None or campaign is None or campaign.id != self.campaign.id:
            self.clear_error()
        self.campaign = campaign
        if campaign is None:
            return
        # Not the date fields: they read their text on textChanged (and commit only on Enter).
        widgets = (
            self.name_edit, self.channel_combo, self.status_combo, self.colour_combo,
            self.objective_combo, self.segment_combo, self.planned_edit, self.actual_edit,
            self.notes_edit, self.kpi_list,
        )  # fmt: skip
        blockers = [QSignalBlocker(widget) for widget in widgets]
        self._set_text(self.name_edit, campaign.name)
        self._choose(self.channel_combo, campaign.channel)
        self._choose(self.status_combo, campaign.status)
        self._set_date(self.start_edit, campaign.start)
        self._set_date(self.end_edit, campaign.end)
        self.colour_combo.set_colour(campaign.colour)
        self._choose(self.objective_combo, campaign.objective_id)
        self._choose(self.segment_combo, campaign.segment_id)
        language = ui_language()
        self._set_text(self.planned_edit, amount_text(campaign.budget_planned_cents, language))
        self._set_text(self.actual_edit, amount_text(campaign.budget_actual_cents, language))
        if self.notes_edit.toPlainText() != campaign.notes:
            self.notes_edit.setPlainText(campaign.notes)
        wanted = set(kpi_ids)
        for row in range(self.kpi_list.count()):
            item = self.kpi_list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        del blockers
        self._show_over(campaign)
        self.show_experiments(experiments)

    def show_experiments(self, experiments: Sequence[Any]) -> None:
        self.experiment_list.clear()
        for experiment in experiments:
            text = f"{elide(experiment.name)} — {enum_label(experiment.decision)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, experiment.id)
            item.setToolTip(experiment.hypothesis)
            self.experiment_list.addItem(item)
        self.experiment_list.setVisible(bool(experiments))
        self.no_experiments.setVisible(not experiments)

    def _show_over(self, campaign: Any) -> None:
        excess = campaign.budget_actual_cents - campaign.budget_planned_cents
        self.over_label.setVisible(excess > 0)
        if excess > 0:
            self.over_label.setText(
                translate("CampaignForm", "⚠ Actual spend is over the plan by {amount}.").format(
                    amount=money_text(excess, self.currency, ui_language())
                )
            )

    def checked_kpis(self) -> list[int]:
        return [
            int(self.kpi_list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.kpi_list.count())
            if self.kpi_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    @staticmethod
    def _choose(combo: QComboBox, value: Any) -> None:
        combo.setCurrentIndex(max(combo.findData(value), 0))

    @staticmethod
    def _set_text(edit: QLineEdit, text: str) -> None:
        if edit.text() != text:
            edit.setText(text)
            edit.setCursorPosition(0)

    @staticmethod
    def _set_date(edit: CommittingDateEdit, day: dt.date) -> None:
        if edit.date() != day:
            edit.set_date(day)

    def set_read_only(self, read_only: bool) -> None:
        """Fields that show but do not change (a plan open read-only)."""
        for edit in (self.name_edit, self.planned_edit, self.actual_edit):
            edit.setReadOnly(read_only)
        self.start_edit.setReadOnly(read_only)
        self.end_edit.setReadOnly(read_only)
        self.notes_edit.setReadOnly(read_only)
        for widget in (
            self.channel_combo, self.status_combo, self.colour_combo, self.objective_combo,
            self.segment_combo, self.kpi_list, self.delete_button,
        ):  # fmt: skip
            widget.setEnabled(not read_only)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()
