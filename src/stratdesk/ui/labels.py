"""Translated labels for the stored vocabularies (the values never change; labels do)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from stratdesk.domain.enums import ObjectiveStatus


def objective_statuses() -> tuple[tuple[ObjectiveStatus, str], ...]:
    translate = QCoreApplication.translate
    return (
        (ObjectiveStatus.DRAFT, translate("ObjectiveStatus", "Draft")),
        (ObjectiveStatus.ACTIVE, translate("ObjectiveStatus", "Active")),
        (ObjectiveStatus.ACHIEVED, translate("ObjectiveStatus", "Achieved")),
        (ObjectiveStatus.MISSED, translate("ObjectiveStatus", "Missed")),
        (ObjectiveStatus.DROPPED, translate("ObjectiveStatus", "Dropped")),
    )
