"""Translated labels for SWOT quadrants and TOWS kinds (values never change)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from stratdesk.domain.enums import SwotQuadrant, TowsKind


def _tr(text: str) -> str:
    return QCoreApplication.translate("SwotLabels", text)


def count_text(count: int, one: str, many: str) -> str:
    """ "1 vote" / "{n} votes", already translated (English has no plural catalogue)."""
    return one if count == 1 else many.format(n=count)


def quadrants() -> tuple[tuple[SwotQuadrant, str], ...]:
    return (
        (SwotQuadrant.STRENGTH, _tr("Strengths")),
        (SwotQuadrant.WEAKNESS, _tr("Weaknesses")),
        (SwotQuadrant.OPPORTUNITY, _tr("Opportunities")),
        (SwotQuadrant.THREAT, _tr("Threats")),
    )


def tows_kinds() -> tuple[tuple[TowsKind, str, str], ...]:
    """(kind, title, what such a strategy does)."""
    return (
        (TowsKind.SO, _tr("SO strategies"), _tr("Use strengths to seize opportunities")),
        (TowsKind.WO, _tr("WO strategies"), _tr("Fix weaknesses by taking opportunities")),
        (TowsKind.ST, _tr("ST strategies"), _tr("Use strengths to counter threats")),
        (TowsKind.WT, _tr("WT strategies"), _tr("Reduce weaknesses and avoid threats")),
    )


def quadrant_names() -> dict[SwotQuadrant, str]:
    """The singular names, as a linked item's prefix ("Strength: …")."""
    return {
        SwotQuadrant.STRENGTH: _tr("Strength"),
        SwotQuadrant.WEAKNESS: _tr("Weakness"),
        SwotQuadrant.OPPORTUNITY: _tr("Opportunity"),
        SwotQuadrant.THREAT: _tr("Threat"),
    }
