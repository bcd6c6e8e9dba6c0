"""Translated names of the mix's Ps and status columns (stored values never change; labels do)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from stratdesk.domain.enums import FOUR_P, SEVEN_P, MixColumn, MixP


def p_label(p: MixP) -> str:
    translate = QCoreApplication.translate
    labels = {
        MixP.PRODUCT: translate("MixP", "Product"),
        MixP.PRICE: translate("MixP", "Price"),
        MixP.PROMOTION: translate("MixP", "Promotion"),
        MixP.PLACE: translate("MixP", "Place"),
        MixP.PEOPLE: translate("MixP", "People"),
        MixP.PROCESS: translate("MixP", "Process"),
        MixP.PHYSICAL_EVIDENCE: translate("MixP", "Physical evidence"),
    }
    return labels[p]


def p_hint(p: MixP) -> str:
    """One line on what belongs to this P, shown above its board."""
    translate = QCoreApplication.translate
    hints = {
        MixP.PRODUCT: translate("MixP", "What the client sells: range, quality, packaging."),
        MixP.PRICE: translate("MixP", "What customers pay: price levels, offers, discounts."),
        MixP.PROMOTION: translate("MixP", "How customers hear of it: ads, social, PR, events."),
        MixP.PLACE: translate("MixP", "Where and how customers buy and receive it."),
        MixP.PEOPLE: translate("MixP", "Who serves the customers: hiring, training, service."),
        MixP.PROCESS: translate("MixP", "How the service is delivered, step by step."),
        MixP.PHYSICAL_EVIDENCE: translate(
            "MixP", "What customers see and touch: premises, signs, documents."
        ),
    }
    return hints[p]


def column_label(column: MixColumn) -> str:
    translate = QCoreApplication.translate
    labels = {
        MixColumn.IDEA: translate("MixColumn", "Idea"),
        MixColumn.PLANNED: translate("MixColumn", "Planned"),
        MixColumn.IN_PROGRESS: translate("MixColumn", "In progress"),
        MixColumn.DONE: translate("MixColumn", "Done"),
    }
    return labels[column]


def plan_ps(seven_p: bool) -> tuple[MixP, ...]:
    """The Ps a plan shows: the 4P, or the 7P of a services mix."""
    return SEVEN_P if seven_p else FOUR_P


COLUMNS: tuple[MixColumn, ...] = tuple(MixColumn)
