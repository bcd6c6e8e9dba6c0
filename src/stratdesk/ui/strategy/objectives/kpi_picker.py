"""A KPI chosen from the plan's library, typed with completion, or a new name.

In an objective's cell a name the library does not hold asks for a new KPI of that name
(`NewKpi`); in a key result's cell it is the result's own metric (a text). Empty, or the
"no KPI" entry, is None.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from stratdesk.ui.strategy.objectives.model import NewKpi

translate = QCoreApplication.translate


class KpiPicker(QComboBox):
    def __init__(
        self, kpis: list[tuple[int, str]], *, free_text: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.free_text = free_text
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.none_label = translate("KpiPicker", "— No KPI")
        self.addItem(self.none_label, None)
        for kpi_id, name in kpis:
            self.addItem(name, kpi_id)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        hint = (
            translate("KpiPicker", "A KPI of the library, or a metric of its own")
            if free_text
            else translate("KpiPicker", "A KPI of the library, or a new name to create it")
        )
        line = self.lineEdit()
        if line is not None:
            line.setPlaceholderText(hint)
        self.setToolTip(hint)
        self.setAccessibleName(translate("KpiPicker", "KPI"))

    def set_value(self, value: Any) -> None:
        """Show a KPI id, a key result's metric (a text), or nothing."""
        if isinstance(value, int):
            found = self.findData(value)
            if found >= 0:
                self.setCurrentIndex(found)
                return
        self.setCurrentIndex(0)
        if isinstance(value, str) and value:
            self.setEditText(value)
        elif value is None and self.free_text:
            self.setEditText("")

    def value(self) -> Any:
        """A KPI id; None; a new KPI's name (`NewKpi`); or, for a key result, its metric."""
        text = " ".join(self.currentText().split())
        if not text or text == self.none_label:
            return None
        wanted = text.casefold()
        for row in range(1, self.count()):
            if self.itemText(row).casefold() == wanted:
                return self.itemData(row)
        return text if self.free_text else NewKpi(text)
