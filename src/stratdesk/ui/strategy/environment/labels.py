"""Translated labels for the environment analysis' vocabularies (values never change)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from stratdesk.domain.enums import PestelCategory, PorterForce, PriceLevel, Trend


def pestel_categories() -> tuple[tuple[PestelCategory, str], ...]:
    return (
        (PestelCategory.POLITICAL, QCoreApplication.translate("EnvironmentLabels", "Political")),
        (PestelCategory.ECONOMIC, QCoreApplication.translate("EnvironmentLabels", "Economic")),
        (PestelCategory.SOCIAL, QCoreApplication.translate("EnvironmentLabels", "Social")),
        (
            PestelCategory.TECHNOLOGICAL,
            QCoreApplication.translate("EnvironmentLabels", "Technological"),
        ),
        (
            PestelCategory.ENVIRONMENTAL,
            QCoreApplication.translate("EnvironmentLabels", "Environmental"),
        ),
        (PestelCategory.LEGAL, QCoreApplication.translate("EnvironmentLabels", "Legal")),
    )


def trends() -> tuple[tuple[Trend, str], ...]:
    return (
        (Trend.RISING, QCoreApplication.translate("EnvironmentLabels", "Rising")),
        (Trend.STABLE, QCoreApplication.translate("EnvironmentLabels", "Stable")),
        (Trend.FALLING, QCoreApplication.translate("EnvironmentLabels", "Falling")),
    )


TREND_ARROWS = {Trend.RISING: "↗", Trend.STABLE: "→", Trend.FALLING: "↘"}


def impacts() -> tuple[tuple[int, str], ...]:
    return (
        (-2, QCoreApplication.translate("EnvironmentLabels", "−2 Strongly negative")),
        (-1, QCoreApplication.translate("EnvironmentLabels", "−1 Negative")),
        (0, QCoreApplication.translate("EnvironmentLabels", "0 Neutral")),
        (1, QCoreApplication.translate("EnvironmentLabels", "+1 Positive")),
        (2, QCoreApplication.translate("EnvironmentLabels", "+2 Strongly positive")),
    )


def likelihoods() -> tuple[tuple[int, str], ...]:
    return (
        (1, QCoreApplication.translate("EnvironmentLabels", "1 Very unlikely")),
        (2, QCoreApplication.translate("EnvironmentLabels", "2 Unlikely")),
        (3, QCoreApplication.translate("EnvironmentLabels", "3 Possible")),
        (4, QCoreApplication.translate("EnvironmentLabels", "4 Likely")),
        (5, QCoreApplication.translate("EnvironmentLabels", "5 Almost certain")),
    )


def price_levels() -> tuple[tuple[PriceLevel, str], ...]:
    return (
        (PriceLevel.LOW, QCoreApplication.translate("EnvironmentLabels", "Low")),
        (PriceLevel.MEDIUM, QCoreApplication.translate("EnvironmentLabels", "Medium")),
        (PriceLevel.HIGH, QCoreApplication.translate("EnvironmentLabels", "High")),
        (PriceLevel.PREMIUM, QCoreApplication.translate("EnvironmentLabels", "Premium")),
    )


def threat_levels() -> tuple[tuple[int, str], ...]:
    return (
        (1, QCoreApplication.translate("EnvironmentLabels", "1 Very low")),
        (2, QCoreApplication.translate("EnvironmentLabels", "2 Low")),
        (3, QCoreApplication.translate("EnvironmentLabels", "3 Medium")),
        (4, QCoreApplication.translate("EnvironmentLabels", "4 High")),
        (5, QCoreApplication.translate("EnvironmentLabels", "5 Very high")),
    )


def forces() -> tuple[tuple[PorterForce, str], ...]:
    return (
        (
            PorterForce.RIVALRY,
            QCoreApplication.translate("EnvironmentLabels", "Rivalry among competitors"),
        ),
        (
            PorterForce.NEW_ENTRANTS,
            QCoreApplication.translate("EnvironmentLabels", "Threat of new entrants"),
        ),
        (
            PorterForce.SUBSTITUTES,
            QCoreApplication.translate("EnvironmentLabels", "Threat of substitutes"),
        ),
        (
            PorterForce.BUYER_POWER,
            QCoreApplication.translate("EnvironmentLabels", "Bargaining power of buyers"),
        ),
        (
            PorterForce.SUPPLIER_POWER,
            QCoreApplication.translate("EnvironmentLabels", "Bargaining power of suppliers"),
        ),
    )


def force_ratings() -> tuple[tuple[int, str], ...]:
    return (
        (1, QCoreApplication.translate("EnvironmentLabels", "1 Very weak")),
        (2, QCoreApplication.translate("EnvironmentLabels", "2 Weak")),
        (3, QCoreApplication.translate("EnvironmentLabels", "3 Moderate")),
        (4, QCoreApplication.translate("EnvironmentLabels", "4 Strong")),
        (5, QCoreApplication.translate("EnvironmentLabels", "5 Very strong")),
    )


def signed(value: int) -> str:
    """+2, 0, −1: impact with its sign (a real minus sign, as in the labels)."""
    return f"+{value}" if value > 0 else (f"−{-value}" if value < 0 else "0")
