"""The rating scales people choose from, in words: impact, likelihood, threat, force rating.

Each scale is (stored number, label) pairs, lowest first; the labels carry their number so
that a list and a chart read the same. Signs are real minus signs, as in the labels.
"""

from __future__ import annotations

from stratdesk.domain.enums import Trend
from stratdesk.i18n import translate

Scale = tuple[tuple[int, str], ...]

# Symbols, not words: shown beside the translated trend so that colour is never needed.
TREND_ARROWS = {Trend.RISING: "↗", Trend.STABLE: "→", Trend.FALLING: "↘"}


def signed(value: int) -> str:
    """+2, 0, −1: impact with its sign (a real minus sign, as in the labels)."""
    return f"+{value}" if value > 0 else (f"−{-value}" if value < 0 else "0")


def impacts() -> Scale:
    """A PESTEL factor's impact on the client, −2 to +2."""
    return (
        (-2, translate("EnvironmentLabels", "−2 Strongly negative")),
        (-1, translate("EnvironmentLabels", "−1 Negative")),
        (0, translate("EnvironmentLabels", "0 Neutral")),
        (1, translate("EnvironmentLabels", "+1 Positive")),
        (2, translate("EnvironmentLabels", "+2 Strongly positive")),
    )


def likelihoods() -> Scale:
    """How likely a PESTEL factor is, 1 to 5."""
    return (
        (1, translate("EnvironmentLabels", "1 Very unlikely")),
        (2, translate("EnvironmentLabels", "2 Unlikely")),
        (3, translate("EnvironmentLabels", "3 Possible")),
        (4, translate("EnvironmentLabels", "4 Likely")),
        (5, translate("EnvironmentLabels", "5 Almost certain")),
    )


def threat_levels() -> Scale:
    """How much a competitor threatens the client, 1 to 5."""
    return (
        (1, translate("EnvironmentLabels", "1 Very low")),
        (2, translate("EnvironmentLabels", "2 Low")),
        (3, translate("EnvironmentLabels", "3 Medium")),
        (4, translate("EnvironmentLabels", "4 High")),
        (5, translate("EnvironmentLabels", "5 Very high")),
    )


def force_ratings() -> Scale:
    """How strongly one of Porter's forces weighs on the client's profits, 1 to 5."""
    return (
        (1, translate("EnvironmentLabels", "1 Very weak")),
        (2, translate("EnvironmentLabels", "2 Weak")),
        (3, translate("EnvironmentLabels", "3 Moderate")),
        (4, translate("EnvironmentLabels", "4 Strong")),
        (5, translate("EnvironmentLabels", "5 Very strong")),
    )
