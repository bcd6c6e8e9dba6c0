"""File › Export PDF…: the choices of the printed plan before asking where to save it —
language, paper, the sections to print (or the one-page summary only)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stratdesk.domain.enums import Language
from stratdesk.domain.labels import enum_choices
from stratdesk.reports.options import SECTIONS, ReportOptions, section_title


class PdfOptionsDialog(QDialog):
    """Asks for the PDF's options; `options()` reads them once accepted."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the plan as a PDF"))
        self.language_combo = QComboBox()
        for member, label in enum_choices(Language):
            self.language_combo.addItem(label, member.value)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.paper_combo = QComboBox()
        self.paper_combo.addItem(self.tr("A4"), "a4")
        self.paper_combo.addItem(self.tr("US Letter"), "letter")
        self.summary_check = QCheckBox(self.tr("Only the cover and the one-page summary"))
        self.sections_list = QListWidget()
        self.sections_list.setAccessibleName(self.tr("Sections to print"))
        for key in SECTIONS:
            item = QListWidgetItem(section_title(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.sections_list.addItem(item)
        self.sections_list.setMinimumHeight(self.sections_list.sizeHintForRow(0) * 8)
        self.summary_check.toggled.connect(lambda on: self.sections_list.setEnabled(not on))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.sections_list.itemChanged.connect(self._check_ready)
        self.summary_check.toggled.connect(self._check_ready)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language_combo)
        form.addRow(self.tr("Paper"), self.paper_combo)
        form.addRow(self.summary_check)
        form.addRow(self.tr("Sections"), self.sections_list)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def chosen_sections(self) -> tuple[str, ...]:
        found = []
        for row in range(self.sections_list.count()):
            item = self.sections_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(found)

    def _check_ready(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.summary_check.isChecked() or bool(self.chosen_sections()))

    def options(self) -> ReportOptions:
        return ReportOptions(
            language=str(self.language_combo.currentData()),
            paper=str(self.paper_combo.currentData()),
            sections=self.chosen_sections() or SECTIONS,
            summary_only=self.summary_check.isChecked(),
        )
