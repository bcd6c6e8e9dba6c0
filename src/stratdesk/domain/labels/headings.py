"""Headings that name a vocabulary's members in another way than their label.

The SWOT board titles its quadrants in the plural ("Strengths"; the label is "Strength"),
the TOWS matrix titles its kinds and says what each kind does, and each P of the marketing
mix has one line on what belongs to it. The PDF uses the same headings as the interface.
"""

from __future__ import annotations

from stratdesk.domain.enums import MixP, SwotQuadrant, TowsKind
from stratdesk.i18n import translate


def swot_quadrant_titles() -> tuple[tuple[SwotQuadrant, str], ...]:
    """Each quadrant's title, in the plural, in the vocabulary's order."""
    return (
        (SwotQuadrant.STRENGTH, translate("SwotLabels", "Strengths")),
        (SwotQuadrant.WEAKNESS, translate("SwotLabels", "Weaknesses")),
        (SwotQuadrant.OPPORTUNITY, translate("SwotLabels", "Opportunities")),
        (SwotQuadrant.THREAT, translate("SwotLabels", "Threats")),
    )


def tows_kinds() -> tuple[tuple[TowsKind, str, str], ...]:
    """(kind, title, what such a strategy does), in the matrix's reading order."""
    return (
        (
            TowsKind.SO,
            translate("SwotLabels", "SO strategies"),
            translate("SwotLabels", "Use strengths to seize opportunities"),
        ),
        (
            TowsKind.WO,
            translate("SwotLabels", "WO strategies"),
            translate("SwotLabels", "Fix weaknesses by taking opportunities"),
        ),
        (
            TowsKind.ST,
            translate("SwotLabels", "ST strategies"),
            translate("SwotLabels", "Use strengths to counter threats"),
        ),
        (
            TowsKind.WT,
            translate("SwotLabels", "WT strategies"),
            translate("SwotLabels", "Reduce weaknesses and avoid threats"),
        ),
    )


def mix_p_hint(p: MixP) -> str:
    """One line on what belongs to this P, shown above its board."""
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
