"""Translated labels for SWOT quadrants and TOWS kinds (values never change)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from stratdesk.domain.enums import SwotQuadrant, TowsKind


def count_text(count: int, one: str, many: str) -> str:
    """ "1 vote" / "{n} votes", already translated (English has no plural catalogue)."""
    return one if count == 1 else many.format(n=count)


def quadrants() -> tuple[tuple[SwotQuadrant, str], ...]:
    return (
        (SwotQuadrant.STRENGTH, QCoreApplication.translate("SwotLabels", "Strengths")),
        (SwotQuadrant.WEAKNESS, QCoreApplication.translate("SwotLabels", "Weaknesses")),
        (SwotQuadrant.OPPORTUNITY, QCoreApplication.translate("SwotLabels", "Opportunities")),
        (SwotQuadrant.THREAT, QCoreApplication.translate("SwotLabels", "Threats")),
    )


def tows_kinds() -> tuple[tuple[TowsKind, str, str], ...]:
    """(kind, title, what such a strategy does)."""
    return (
        (
            TowsKind.SO,
            QCoreApplication.translate("SwotLabels", "SO strategies"),
            QCoreApplication.translate("SwotLabels", "Use strengths to seize opportunities"),
        ),
        (
            TowsKind.WO,
            QCoreApplication.translate("SwotLabels", "WO strategies"),
            QCoreApplication.translate("SwotLabels", "Fix weaknesses by taking opportunities"),
        ),
        (
            TowsKind.ST,
            QCoreApplication.translate("SwotLabels", "ST strategies"),
            QCoreApplication.translate("SwotLabels", "Use strengths to counter threats"),
        ),
        (
            TowsKind.WT,
            QCoreApplication.translate("SwotLabels", "WT strategies"),
            QCoreApplication.translate("SwotLabels", "Reduce weaknesses and avoid threats"),
        ),
    )


def quadrant_names() -> dict[SwotQuadrant, str]:
    """The singular names, as a linked item's prefix ("Strength: …")."""
    return {
        SwotQuadrant.STRENGTH: QCoreApplication.translate("SwotLabels", "Strength"),
        SwotQuadrant.WEAKNESS: QCoreApplication.translate("SwotLabels", "Weakness"),
        SwotQuadrant.OPPORTUNITY: QCoreApplication.translate("SwotLabels", "Opportunity"),
        SwotQuadrant.THREAT: QCoreApplication.translate("SwotLabels", "Threat"),
    }
