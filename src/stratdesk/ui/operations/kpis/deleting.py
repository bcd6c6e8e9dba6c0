"""Deleting a KPI says what goes with it: its targets, its measurements, its objectives' link.

Undo stays the safety net. A small KPI goes at once, and the status bar names what went and
the undo shortcut; one holding more than `CONFIRM_ABOVE` targets and measurements is asked
about first (an import of years of daily data is not retyped by hand if undo is missed).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from stratdesk.i18n.formatting import count_text

if TYPE_CHECKING:
    from stratdesk.services.kpi_series import KpiSeries

CONFIRM_ABOVE = 100  # targets + measurements; a year of monthly data is well below


# Qt's translate under the name lupdate looks for (literal texts, context at each call).
translate = QCoreApplication.translate


def undo_keys() -> str:
    return QKeySequence(QKeySequence.StandardKey.Undo).toString(
        QKeySequence.SequenceFormat.NativeText
    )


def what_goes(series: KpiSeries, objectives: int) -> str:
    """ "its 36 targets and 12 measurements; 1 objective loses its KPI" (translated)."""
    targets = count_text(
        len(series.target_starts),
        translate("KpiDelete", "1 target"),
        translate("KpiDelete", "{n} targets"),
    )
    measured = count_text(
        series.count,
        translate("KpiDelete", "1 measurement"),
        translate("KpiDelete", "{n} measurements"),
    )
    text = translate("KpiDelete", "with {targets} and {measurements}").format(
        targets=targets, measurements=measured
    )
    if objectives:
        text += count_text(
            objectives,
            translate("KpiDelete", "; the objective it measures will have no KPI"),
            translate("KpiDelete", "; the {n} objectives it measures will have no KPI"),
        )
    return text


def deleted_text(series: KpiSeries, objectives: int) -> str:
    return translate("KpiDelete", "Deleted “{name}” {what}. Undo: {keys}.").format(
        name=series.kpi.name, what=what_goes(series, objectives), keys=undo_keys()
    )


def needs_confirmation(series: KpiSeries) -> bool:
    return len(series.target_starts) + series.count > CONFIRM_ABOVE


def confirm_delete(
    parent: QWidget, series: KpiSeries, objectives: int, delete: Callable[[], object]
) -> QMessageBox:
    """Ask (window-modal, not blocking) before deleting a large KPI; `delete()` on yes."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("KpiDelete", "Delete KPI"),
        translate("KpiDelete", "Delete “{name}” {what}?").format(
            name=series.kpi.name, what=what_goes(series, objectives)
        ),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setInformativeText(
        translate("KpiDelete", "Undo ({keys}) brings it all back.").format(keys=undo_keys())
    )
    button = box.addButton(translate("KpiDelete", "Delete"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda clicked: clicked is button and delete())
    box.open()
    return box
