"""What the perceptual map draws, built without Qt from its axes and points."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from stratdesk.domain.enums import MapAxisOrientation
from stratdesk.domain.labels import enum_label
from stratdesk.i18n import translate
from stratdesk.i18n.formatting import format_number


class MarkKind(Enum):
    OWN = "own"  # the client's brand
    COMPETITOR = "competitor"  # a competitor of the competitors grid
    FREE = "free"  # any other label (a substitute, an ideal point…)


# Shapes as the map draws them, for lists: a star, a circle, a diamond.
KIND_MARKS = {MarkKind.OWN: "★", MarkKind.COMPETITOR: "●", MarkKind.FREE: "◆"}


@dataclass(frozen=True)
class AxisText:
    name: str
    low: str
    high: str


@dataclass(frozen=True)
class Mark:
    point_id: int
    label: str
    x: float
    y: float
    kind: MarkKind
    readout: str


@dataclass(frozen=True)
class MapData:
    x_axis: AxisText
    y_axis: AxisText
    marks: tuple[Mark, ...] = ()


def kind_of(point: Any) -> MarkKind:
    if point.own_brand:
        return MarkKind.OWN
    return MarkKind.COMPETITOR if point.competitor_id is not None else MarkKind.FREE


def kind_label(kind: MarkKind) -> str:
    if kind is MarkKind.OWN:
        return translate("PerceptualMap", "Our brand")
    if kind is MarkKind.COMPETITOR:
        return translate("PerceptualMap", "Competitor")
    return translate("PerceptualMap", "Free label")


def axis_text(axes: Iterable[Any], orientation: MapAxisOrientation) -> AxisText:
    """An axis as stored, or its default name when the plan has none yet."""
    found = next((a for a in axes if MapAxisOrientation(a.orientation) == orientation), None)
    if found is None:
        return AxisText(enum_label(orientation), "", "")
    return AxisText(found.name, found.low_label, found.high_label)


def map_data(points: Iterable[Any], axes: Iterable[Any], language: str) -> MapData:
    """The map of `points` (MapPointRead) on `axes` (MapAxisRead)."""
    axes = list(axes)
    x_axis = axis_text(axes, MapAxisOrientation.X)
    y_axis = axis_text(axes, MapAxisOrientation.Y)
    marks = []
    for point in points:
        kind = kind_of(point)
        readout = translate("PerceptualMap", "{label} ({kind}): {x_name} {x}, {y_name} {y}").format(
            label=point.label,
            kind=kind_label(kind).lower(),
            x_name=x_axis.name,
            x=format_number(point.x, language, 1),
            y_name=y_axis.name,
            y=format_number(point.y, language, 1),
        )
        marks.append(Mark(point.id, point.label, point.x, point.y, kind, readout))
    return MapData(x_axis, y_axis, tuple(marks))
