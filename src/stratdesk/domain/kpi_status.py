"""Is a KPI on track? The rule behind the dashboard tiles.

The rule: compare the actual value with the period's target, in the KPI's good direction.

    shortfall = (target − actual) / |target|    when higher is better
    shortfall = (actual − target) / |target|    when lower is better

A shortfall of at most `tolerance` (5 % by default; negative means the target is beaten) is
ON_TRACK, at most `risk_band` (15 %) is AT_RISK, anything worse is OFF_TRACK. A target of zero
has no relative scale, so there the rule is met (ON_TRACK) or missed (OFF_TRACK). A missing
actual or target is NO_DATA. Each status has a symbol as well as a colour, so that the tiles
never rely on colour alone.
"""

from __future__ import annotations

import math
from enum import StrEnum

from stratdesk.domain.enums import KpiDirection
from stratdesk.i18n import translate

# A value exactly on a band's edge is inside it, whatever binary rounding says: 2.1 against a
# target of 2.0 is a 5.000000000000004 % gap in floating point.
_EDGE = 1e-9


class KpiStatus(StrEnum):
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    NO_DATA = "no_data"


def _known(value: float | None) -> bool:
    return value is not None and math.isfinite(value)


def shortfall(actual: float | None, target: float | None, direction: KpiDirection) -> float | None:
    """How far `actual` falls short of `target`, relative to |target| (negative: beaten).

    None when a value is missing or the target is zero (no relative scale).
    """
    if not _known(actual) or not _known(target) or target == 0:
        return None
    assert actual is not None and target is not None
    gap = target - actual if direction == KpiDirection.HIGHER_IS_BETTER else actual - target
    return gap / abs(target)


def status(
    actual: float | None,
    target: float | None,
    direction: KpiDirection,
    tolerance: float = 0.05,
    risk_band: float = 0.15,
) -> KpiStatus:
    """The status of `actual` against `target` (see the module's rule)."""
    if tolerance < 0 or risk_band < tolerance:
        raise ValueError("need 0 <= tolerance <= risk_band")
    if not _known(actual) or not _known(target):
        return KpiStatus.NO_DATA
    assert actual is not None and target is not None
    if target == 0:
        met = actual >= 0 if direction == KpiDirection.HIGHER_IS_BETTER else actual <= 0
        return KpiStatus.ON_TRACK if met else KpiStatus.OFF_TRACK
    gap = shortfall(actual, target, direction)
    assert gap is not None
    if gap <= tolerance + _EDGE:
        return KpiStatus.ON_TRACK
    if gap <= risk_band + _EDGE:
        return KpiStatus.AT_RISK
    return KpiStatus.OFF_TRACK


_SYMBOLS = {
    KpiStatus.ON_TRACK: "✓",
    KpiStatus.AT_RISK: "!",
    KpiStatus.OFF_TRACK: "✗",
    KpiStatus.NO_DATA: "–",
}


def status_symbol(value: KpiStatus) -> str:
    """A symbol that carries the status without colour."""
    return _SYMBOLS[value]


def status_label(value: KpiStatus) -> str:
    """The status in words, translated ("On track")."""
    labels = {
        KpiStatus.ON_TRACK: translate("KpiStatus", "On track"),
        KpiStatus.AT_RISK: translate("KpiStatus", "At risk"),
        KpiStatus.OFF_TRACK: translate("KpiStatus", "Off track"),
        KpiStatus.NO_DATA: translate("KpiStatus", "No data"),
    }
    return labels[value]


def status_text(value: KpiStatus) -> str:
    """Symbol and words together, for a tile or a printout ("✓ On track")."""
    return f"{status_symbol(value)} {status_label(value)}"
