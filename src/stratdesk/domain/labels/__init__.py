"""Translated names of the stored vocabularies: the one source of every enum's label.

The interface, the PDF, the exports and the command line all take their labels from here
(Qt-free). The contexts ("SwotLabels", "EnvironmentLabels", "KpiLabels", "MixP"…) are the
catalogue's, kept from the interface's first labels; vocabularies added later use "Enum".
Tables are built at each call because the interface language can change while running.

- `enum_label(member)`, `enum_labels(enum)`, `enum_choices(enum)`: one vocabulary's labels.
- `scales`: the rating scales (impact, likelihood, threat, force) and their signs.
- `headings`: the titles of the SWOT quadrants and TOWS kinds, and one line per mix P.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import TypeVar

from stratdesk.domain.enums import (
    Channel,
    CriterionKind,
    ExperimentDecision,
    GeZone,
    KpiAggregation,
    KpiDirection,
    KpiFormula,
    KpiPeriod,
    KpiUnit,
    Language,
    MapAxisOrientation,
    MixColumn,
    MixP,
    ObjectiveStatus,
    PestelCategory,
    PorterForce,
    PriceLevel,
    SwotQuadrant,
    Targeting,
    Trend,
    WorkStatus,
)
from stratdesk.domain.labels.headings import mix_p_hint, swot_quadrant_titles, tows_kinds
from stratdesk.domain.labels.scales import (
    TREND_ARROWS,
    force_ratings,
    impacts,
    likelihoods,
    signed,
    threat_levels,
)
from stratdesk.i18n import translate

E = TypeVar("E", bound=StrEnum)
Tables = dict[type[StrEnum], dict[StrEnum, str]]


def _strategy() -> dict[type[StrEnum], dict[StrEnum, str]]:
    return {
        SwotQuadrant: {
            SwotQuadrant.STRENGTH: translate("SwotLabels", "Strength"),
            SwotQuadrant.WEAKNESS: translate("SwotLabels", "Weakness"),
            SwotQuadrant.OPPORTUNITY: translate("SwotLabels", "Opportunity"),
            SwotQuadrant.THREAT: translate("SwotLabels", "Threat"),
        },
        PestelCategory: {
            PestelCategory.POLITICAL: translate("EnvironmentLabels", "Political"),
            PestelCategory.ECONOMIC: translate("EnvironmentLabels", "Economic"),
            PestelCategory.SOCIAL: translate("EnvironmentLabels", "Social"),
            PestelCategory.TECHNOLOGICAL: translate("EnvironmentLabels", "Technological"),
            PestelCategory.ENVIRONMENTAL: translate("EnvironmentLabels", "Environmental"),
            PestelCategory.LEGAL: translate("EnvironmentLabels", "Legal"),
        },
        Trend: {
            Trend.RISING: translate("EnvironmentLabels", "Rising"),
            Trend.STABLE: translate("EnvironmentLabels", "Stable"),
            Trend.FALLING: translate("EnvironmentLabels", "Falling"),
        },
        PriceLevel: {
            PriceLevel.LOW: translate("EnvironmentLabels", "Low"),
            PriceLevel.MEDIUM: translate("EnvironmentLabels", "Medium"),
            PriceLevel.HIGH: translate("EnvironmentLabels", "High"),
            PriceLevel.PREMIUM: translate("EnvironmentLabels", "Premium"),
        },
        PorterForce: {
            PorterForce.RIVALRY: translate("EnvironmentLabels", "Rivalry among competitors"),
            PorterForce.NEW_ENTRANTS: translate("EnvironmentLabels", "Threat of new entrants"),
            PorterForce.SUBSTITUTES: translate("EnvironmentLabels", "Threat of substitutes"),
            PorterForce.BUYER_POWER: translate("EnvironmentLabels", "Bargaining power of buyers"),
            PorterForce.SUPPLIER_POWER: translate(
                "EnvironmentLabels", "Bargaining power of suppliers"
            ),
        },
        CriterionKind: {
            CriterionKind.ATTRACTIVENESS: translate("Enum", "Market attractiveness"),
            CriterionKind.STRENGTH: translate("Enum", "Competitive strength"),
        },
        Targeting: {
            Targeting.PRIMARY: translate("Enum", "Primary target"),
            Targeting.SECONDARY: translate("Enum", "Secondary target"),
            Targeting.NOT_TARGETED: translate("Enum", "Not targeted"),
        },
        MapAxisOrientation: {
            MapAxisOrientation.X: translate("Enum", "Horizontal axis"),
            MapAxisOrientation.Y: translate("Enum", "Vertical axis"),
        },
        GeZone: {
            GeZone.INVEST: translate("Enum", "Invest"),
            GeZone.SELECTIVE: translate("Enum", "Grow selectively"),
            GeZone.HARVEST: translate("Enum", "Harvest"),
        },
        ObjectiveStatus: {
            ObjectiveStatus.DRAFT: translate("ObjectiveStatus", "Draft"),
            ObjectiveStatus.ACTIVE: translate("ObjectiveStatus", "Active"),
            ObjectiveStatus.ACHIEVED: translate("ObjectiveStatus", "Achieved"),
            ObjectiveStatus.MISSED: translate("ObjectiveStatus", "Missed"),
            ObjectiveStatus.DROPPED: translate("ObjectiveStatus", "Dropped"),
        },
        Language: {
            Language.FR: translate("Enum", "French"),
            Language.EN: translate("Enum", "English"),
        },
    }


def _operations() -> dict[type[StrEnum], dict[StrEnum, str]]:
    return {
        WorkStatus: {
            WorkStatus.PLANNED: translate("Enum", "Planned"),
            WorkStatus.IN_PROGRESS: translate("Enum", "In progress"),
            WorkStatus.DONE: translate("Enum", "Done"),
            WorkStatus.CANCELLED: translate("Enum", "Cancelled"),
        },
        MixP: {
            MixP.PRODUCT: translate("MixP", "Product"),
            MixP.PRICE: translate("MixP", "Price"),
            MixP.PROMOTION: translate("MixP", "Promotion"),
            MixP.PLACE: translate("MixP", "Place"),
            MixP.PEOPLE: translate("MixP", "People"),
            MixP.PROCESS: translate("MixP", "Process"),
            MixP.PHYSICAL_EVIDENCE: translate("MixP", "Physical evidence"),
        },
        MixColumn: {
            MixColumn.IDEA: translate("MixColumn", "Idea"),
            MixColumn.PLANNED: translate("MixColumn", "Planned"),
            MixColumn.IN_PROGRESS: translate("MixColumn", "In progress"),
            MixColumn.DONE: translate("MixColumn", "Done"),
        },
        Channel: {
            Channel.SEARCH: translate("Enum", "Search engines"),
            Channel.SOCIAL: translate("Enum", "Social media"),
            Channel.EMAIL: translate("Enum", "Email"),
            Channel.DISPLAY: translate("Enum", "Display advertising"),
            Channel.CONTENT: translate("Enum", "Content"),
            Channel.ONLINE_EVENT: translate("Enum", "Online event"),
            Channel.EVENT: translate("Enum", "Events"),
            Channel.PR: translate("Enum", "Press relations"),
            Channel.PRINT: translate("Enum", "Print"),
            Channel.PARTNERSHIP: translate("Enum", "Partnership"),
            Channel.RETAIL: translate("Enum", "Retail"),
            Channel.LOYALTY: translate("Enum", "Loyalty programme"),
            Channel.AFTER_SALES: translate("Enum", "Customer service and after-sales"),
            Channel.COMPLAINTS: translate("Enum", "Complaint handling"),
            Channel.OTHER: translate("Enum", "Other"),
        },
        ExperimentDecision: {
            ExperimentDecision.PENDING: translate("Enum", "Pending"),
            ExperimentDecision.ADOPT: translate("Enum", "Adopt"),
            ExperimentDecision.ITERATE: translate("Enum", "Iterate"),
            ExperimentDecision.DROP: translate("Enum", "Drop"),
        },
    }


def _kpis() -> dict[type[StrEnum], dict[StrEnum, str]]:
    return {
        KpiUnit: {
            KpiUnit.COUNT: translate("KpiLabels", "Count"),
            KpiUnit.CURRENCY: translate("KpiLabels", "Currency"),
            KpiUnit.PERCENT: translate("KpiLabels", "Percent"),
            KpiUnit.RATIO: translate("KpiLabels", "Ratio"),
        },
        KpiDirection: {
            KpiDirection.HIGHER_IS_BETTER: translate("KpiLabels", "Higher is better"),
            KpiDirection.LOWER_IS_BETTER: translate("KpiLabels", "Lower is better"),
        },
        KpiPeriod: {
            KpiPeriod.WEEK: translate("KpiLabels", "Week"),
            KpiPeriod.MONTH: translate("KpiLabels", "Month"),
            KpiPeriod.QUARTER: translate("KpiLabels", "Quarter"),
        },
        KpiAggregation: {
            KpiAggregation.SUM: translate("KpiLabels", "Sum"),
            KpiAggregation.AVERAGE: translate("KpiLabels", "Average"),
            KpiAggregation.LAST: translate("KpiLabels", "Last value"),
            KpiAggregation.FORMULA: translate("KpiLabels", "Formula over the period's totals"),
        },
        KpiFormula: {
            KpiFormula.DIRECT: translate("KpiLabels", "Entered directly"),
            KpiFormula.CTR: translate("KpiLabels", "CTR (click-through rate)"),
            KpiFormula.CPC: translate("KpiLabels", "CPC (cost per click)"),
            KpiFormula.CPM: translate("KpiLabels", "CPM (cost per thousand impressions)"),
            KpiFormula.CPA: translate("KpiLabels", "CPA / CAC (cost per acquisition)"),
            KpiFormula.ROAS: translate("KpiLabels", "ROAS (return on ad spend)"),
            KpiFormula.ROI: translate("KpiLabels", "ROI (return on investment)"),
            KpiFormula.CONVERSION_RATE: translate("KpiLabels", "Conversion rate"),
            KpiFormula.LTV: translate("KpiLabels", "LTV (customer lifetime value)"),
            KpiFormula.CHURN: translate("KpiLabels", "Churn rate"),
            KpiFormula.NPS: translate("KpiLabels", "NPS (net promoter score)"),
            KpiFormula.SHARE_OF_VOICE: translate("KpiLabels", "Share of voice"),
            KpiFormula.MARKET_SHARE: translate("KpiLabels", "Market share"),
        },
    }


_BUILDERS: tuple[Callable[[], Tables], ...] = (_strategy, _operations, _kpis)
_builder_of: dict[type[StrEnum], Callable[[], Tables]] = {}


def _labels_of(enum: type[StrEnum]) -> dict[StrEnum, str]:
    """The labels of one vocabulary (building only its group's tables, not all of them)."""
    if not _builder_of:
        for builder in _BUILDERS:
            _builder_of.update(dict.fromkeys(builder(), builder))
    build = _builder_of.get(enum)
    # Keyed by vocabulary first: StrEnum members of different vocabularies compare equal
    # when their values match (MixColumn.PLANNED == WorkStatus.PLANNED).
    return build()[enum] if build is not None else {}


def enum_label(member: StrEnum) -> str:
    """A stored value's name for people; codes that are their own label (TOWS "SO") stay."""
    return _labels_of(type(member)).get(member, member.value)


def enum_labels(enum: type[StrEnum]) -> list[str]:
    """Every member's label, in the vocabulary's order."""
    labels = _labels_of(enum)
    return [labels.get(member, member.value) for member in enum]


def enum_choices(enum: type[E]) -> tuple[tuple[E, str], ...]:
    """(member, label) for every member, in the vocabulary's order: what a choice list offers."""
    labels = _labels_of(enum)
    return tuple((member, labels.get(member, member.value)) for member in enum)


__all__ = [
    "TREND_ARROWS",
    "enum_choices",
    "enum_label",
    "enum_labels",
    "force_ratings",
    "impacts",
    "likelihoods",
    "mix_p_hint",
    "signed",
    "swot_quadrant_titles",
    "threat_levels",
    "tows_kinds",
]
