"""What the GE–McKinsey matrix draws, built without Qt from segments and their totals.

One bubble per segment that has both totals: across, competitive strength (0–100); up,
market attractiveness (0–100); its area proportional to the segment's yearly value; its
targeting, zone and a readout in words. Segments without both totals are named apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from stratdesk.domain.enums import CriterionKind, GeZone, Targeting
from stratdesk.domain.ge_matrix import bubble_diameter, zone_of
from stratdesk.domain.labels import enum_choices, enum_label
from stratdesk.domain.scoring import FamilyTotal, SegmentTotals, family_problem, problem_text
from stratdesk.i18n import translate
from stratdesk.i18n.formatting import compact_money, format_number

SMALLEST_PX, LARGEST_PX = 18.0, 76.0
# Shapes, shown beside the targeting's name in lists: filled, half, empty as on the matrix.
TARGETING_MARKS = {Targeting.PRIMARY: "●", Targeting.SECONDARY: "◐", Targeting.NOT_TARGETED: "○"}


def targeting_text(targeting: Targeting | str) -> str:
    """ "● Primary target": the mark and the name."""
    member = Targeting(targeting)
    return f"{TARGETING_MARKS[member]} {enum_label(member)}"


@dataclass(frozen=True)
class Bubble:
    segment_id: int
    label: str
    strength: float  # across, 0–100
    attractiveness: float  # up, 0–100
    diameter: float  # pixels: the area follows the yearly value
    targeting: Targeting
    zone: GeZone
    readout: str


@dataclass(frozen=True)
class MatrixData:
    """Everything the matrix shows; equal data means nothing to redraw."""

    bubbles: tuple[Bubble, ...] = ()
    unplaced: tuple[str, ...] = ()  # segments without both totals
    message: str = ""  # why no segment can be placed (empty when the matrix can show some)


def total_text(total: FamilyTotal, language: str) -> str:
    """ "78" (of 100), "≈ 64" when some criteria were not scored, "—" without a total."""
    if total.value is None:
        return "—"
    text = format_number(total.value, language)
    return f"≈ {text}" if total.partial else text


def _readout(
    segment: Any, totals: SegmentTotals, zone: GeZone, currency: str, lang: str, labels: Any
) -> str:
    return translate(
        "GeMatrix",
        "{name}: attractiveness {attractiveness}/100, strength {strength}/100, "
        "{value} a year, {targeting}, zone “{zone}”",
    ).format(
        name=segment.name,
        attractiveness=total_text(totals.attractiveness, lang),
        strength=total_text(totals.strength, lang),
        value=compact_money(segment.value_cents, currency, lang),
        targeting=labels[Targeting(segment.targeting)].lower(),
        zone=labels[zone],
    )


def matrix_data(
    segments: Iterable[Any],
    totals: Mapping[int, SegmentTotals],
    criteria: Iterable[Any],
    currency: str,
    language: str,
) -> MatrixData:
    """The bubbles of `segments` (SegmentRead) from their `totals`, in the segments' order."""
    segments = list(segments)
    placed = [s for s in segments if s.id in totals and totals[s.id].placed]
    largest = max((s.value_cents for s in placed), default=0)
    labels: dict[object, str] = dict(enum_choices(Targeting))  # once, not per bubble
    labels.update(enum_choices(GeZone))
    bubbles = []
    for segment in placed:
        both = totals[segment.id]
        assert both.attractiveness.exact is not None and both.strength.exact is not None
        zone = zone_of(both.attractiveness.exact, both.strength.exact)
        bubbles.append(
            Bubble(
                segment_id=segment.id,
                label=segment.name,
                strength=float(both.strength.exact),
                attractiveness=float(both.attractiveness.exact),
                diameter=bubble_diameter(segment.value_cents, largest, SMALLEST_PX, LARGEST_PX),
                targeting=Targeting(segment.targeting),
                zone=zone,
                readout=_readout(segment, both, zone, currency, language, labels),
            )
        )
    unplaced = tuple(s.name for s in segments if not (s.id in totals and totals[s.id].placed))
    return MatrixData(tuple(bubbles), unplaced, "" if bubbles else _why_empty(segments, criteria))


def _why_empty(segments: list[Any], criteria: Iterable[Any]) -> str:
    if not segments:
        return translate("GeMatrix", "Add segments, then score them to place them here.")
    criteria = list(criteria)
    for kind in (CriterionKind.ATTRACTIVENESS, CriterionKind.STRENGTH):
        problem = family_problem(criteria, kind)
        if problem is not None:
            return problem_text(kind, problem)
    return translate(
        "GeMatrix", "Score the segments on both families of criteria to place them here."
    )
