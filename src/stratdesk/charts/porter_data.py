"""What the five-forces chart draws, built without Qt from the services' read models."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from statistics import fmean
from typing import Any

from stratdesk.domain.enums import PorterForce

RATING_MAX = 5


@dataclass(frozen=True)
class ForceBar:
    """One force as the chart shows it: its label, its rating (None: not rated), its notes."""

    force: PorterForce
    label: str
    rating: int | None
    notes: str = ""


def porter_bars(ratings: Iterable[Any], labels: Mapping[PorterForce, str]) -> list[ForceBar]:
    """All five forces, in their usual order, rated or not (`ratings` are ForceRatingRead)."""
    by_force = {PorterForce(r.force): r for r in ratings}
    bars = []
    for force in PorterForce:
        row = by_force.get(force)
        bars.append(
            ForceBar(
                force=force,
                label=labels.get(force, force.value),
                rating=None if row is None else int(row.rating),
                notes="" if row is None else str(row.notes),
            )
        )
    return bars


def average_pressure(bars: Iterable[ForceBar]) -> float | None:
    """The mean rating of the rated forces (None when none is rated)."""
    rated = [bar.rating for bar in bars if bar.rating is not None]
    return fmean(rated) if rated else None
