"""Translated labels for the environment analysis' vocabularies (values never change)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from stratdesk.domain.enums import PestelCategory, PorterForce, PriceLevel, Trend


def _tr(text: str) -> str:
    return QCoreApplication.translate("EnvironmentLabels", text)


def pestel_categories() -> tuple[tuple[PestelCategory, str], ...]:
    return (
        (PestelCategory.POLITICAL, _tr("Political")),
        (PestelCategory.ECONOMIC, _tr("Economic")),
        (PestelCategory.SOCIAL, _tr("Social")),
        (PestelCategory.TECHNOLOGICAL, _tr("Technological")),
        (PestelCategory.ENVIRONMENTAL, _tr("Environmental")),
        (PestelCategory.LEGAL, _tr("Legal")),
    )


def trends() -> tuple[tuple[Trend, str], ...]:
    return (
        (Trend.RISING, _tr("Rising")),
        (Trend.STABLE, _tr("Stable")),
        (Trend.FALLING, _tr("Falling")),
    )


TREND_ARROWS = {Trend.RISING: "↗", Trend.STABLE: "→", Trend.FALLING: "↘"}


def impacts() -> tuple[tuple[int, str], ...]:
    return (
        (-2, _tr("−2 Strongly negative")),
        (-1, _tr("−1 Negative")),
        (0, _tr("0 Neutral")),
        (1, _tr("+1 Positive")),
        (2, _tr("+2 Strongly positive")),
    )


def likelihoods() -> tuple[tuple[int, str], ...]:
    return (
        (1, _tr("1 Very unlikely")),
        (2, _tr("2 Unlikely")),
        (3, _tr("3 Possible")),
        (4, _tr("4 Likely")),
        (5, _tr("5 Almost certain")),
    )


def price_levels() -> tuple[tuple[PriceLevel, str], ...]:
    return (
        (PriceLevel.LOW, _tr("Low")),
        (PriceLevel.MEDIUM, _tr("Medium")),
        (PriceLevel.HIGH, _tr("High")),
        (PriceLevel.PREMIUM, _tr("Premium")),
    )


def threat_levels() -> tuple[tuple[int, str], ...]:
    return (
        (1, _tr("1 Very low")),
        (2, _tr("2 Low")),
        (3, _tr("3 Medium")),
        (4, _tr("4 High")),
        (5, _tr("5 Very high")),
    )


def forces() -> tuple[tuple[PorterForce, str], ...]:
    return (
        (PorterForce.RIVALRY, _tr("Rivalry among competitors")),
        (PorterForce.NEW_ENTRANTS, _tr("Threat of new entrants")),
        (PorterForce.SUBSTITUTES, _tr("Threat of substitutes")),
        (PorterForce.BUYER_POWER, _tr("Bargaining power of buyers")),
        (PorterForce.SUPPLIER_POWER, _tr("Bargaining power of suppliers")),
    )


def force_ratings() -> tuple[tuple[int, str], ...]:
    return (
        (1, _tr("1 Very weak")),
        (2, _tr("2 Weak")),
        (3, _tr("3 Moderate")),
        (4, _tr("4 Strong")),
        (5, _tr("5 Very strong")),
    )


def signed(value: int) -> str:
    """+2, 0, −1: impact with its sign (a real minus sign, as in the labels)."""
    return f"+{value}" if value > 0 else (f"−{-value}" if value < 0 else "0")
