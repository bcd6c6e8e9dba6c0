"""How far an objective has come: from its baseline, through the latest actual, to its target.

The latest actual itself is not computed here: it comes from the KPI's tile (see
`services.kpi_series.latest_summaries`), so the objectives follow however a period's actual
is worked out. These rules only place it between the baseline and the target.
"""

from __future__ import annotations

import math

from stratdesk.domain.enums import KpiDirection


def _known(value: float | None) -> bool:
    return value is not None and math.isfinite(value)


def progress(baseline: float | None, actual: float | None, target: float | None) -> float | None:
    """The share of the way from `baseline` to `target` that `actual` has come.

    0 at the baseline, 1 on the target; negative when it moved the wrong way, above 1 beyond
    the target. The direction is the target's: a target below the baseline (a cost to cut)
    counts going down as progress. None when a value is missing or the target is the baseline
    (there is no way to go).
    """
    if not (_known(baseline) and _known(actual) and _known(target)):
        return None
    assert baseline is not None and actual is not None and target is not None
    span = target - baseline
    if span == 0:
        return None
    share = (actual - baseline) / span
    return share if math.isfinite(share) else None


def bar_fraction(share: float | None) -> float:
    """What a progress bar fills: the share within [0, 1] (nothing when unknown)."""
    if share is None or not math.isfinite(share):
        return 0.0
    return min(1.0, max(0.0, share))


def as_percent(share: float | None) -> float | None:
    """The share in whole percent, as a bar's label shows it (None when unknown)."""
    if share is None or not math.isfinite(share):
        return None
    return float(round(share * 100))


def direction_of(baseline: float | None, target: float | None) -> KpiDirection:
    """Which way a KPI made from an objective is good: down when the target lies under the
    baseline (a cost or a delay to cut), else up."""
    if _known(baseline) and _known(target) and target < baseline:  # type: ignore[operator]
        return KpiDirection.LOWER_IS_BETTER
    return KpiDirection.HIGHER_IS_BETTER
