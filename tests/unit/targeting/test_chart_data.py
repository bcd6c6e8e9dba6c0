"""What the matrix and the perceptual map draw, built without Qt from read models."""

from __future__ import annotations

from dataclasses import dataclass

from stratdesk.charts.ge_data import matrix_data, targeting_text, total_text
from stratdesk.charts.perceptual_data import MarkKind, kind_label, map_data
from stratdesk.domain.enums import CriterionKind, GeZone, MapAxisOrientation, Targeting
from stratdesk.domain.scoring import segment_totals

A, S = CriterionKind.ATTRACTIVENESS, CriterionKind.STRENGTH


@dataclass(frozen=True)
class Seg:
    id: int
    name: str
    value_cents: int
    targeting: Targeting = Targeting.NOT_TARGETED


@dataclass(frozen=True)
class Crit:
    id: int
    kind: CriterionKind
    weight: float


def test_segments_with_both_totals_become_bubbles_the_others_are_named():
    segments = [
        Seg(1, "Remote", 10_000_00, Targeting.PRIMARY),
        Seg(2, "Offices", 2_500_00, Targeting.SECONDARY),
        Seg(3, "Cafés", 5_000_00),
    ]
    criteria = [Crit(10, A, 1), Crit(20, S, 1)]
    scores = {(1, 10): 9, (1, 20): 8, (2, 10): 3, (2, 20): 3, (3, 10): 5}
    totals = segment_totals(criteria, scores, [1, 2, 3])
    data = matrix_data(segments, totals, criteria, "EUR", "en")
    remote, offices = data.bubbles
    assert (remote.attractiveness, remote.strength, remote.zone) == (90, 80, GeZone.INVEST)
    assert (offices.zone, offices.targeting) == (GeZone.HARVEST, Targeting.SECONDARY)
    assert remote.diameter == 2 * offices.diameter  # a quarter of the value, half the width
    assert data.unplaced == ("Cafés",) and data.message == ""
    assert remote.readout == (
        "Remote: attractiveness 90/100, strength 80/100, €10k a year, primary target, zone “Invest”"
    )


def test_an_empty_matrix_says_why():
    assert "Add segments" in matrix_data([], {}, [], "EUR", "en").message
    segments = [Seg(1, "Remote", 100)]
    no_strength = [Crit(10, A, 1)]
    totals = segment_totals(no_strength, {(1, 10): 5}, [1])
    data = matrix_data(segments, totals, no_strength, "EUR", "en")
    assert data.bubbles == () and "No strength criteria yet" in data.message


def test_totals_and_targeting_in_words():
    criteria = [Crit(10, A, 1), Crit(11, A, 1)]
    partial = segment_totals(criteria, {(1, 10): 7}, [1])[1].attractiveness
    assert total_text(partial, "en") == "≈ 70"
    assert total_text(segment_totals(criteria, {}, [1])[1].strength, "en") == "—"
    assert targeting_text("primary") == "● Primary target"
    assert targeting_text(Targeting.NOT_TARGETED) == "○ Not targeted"


@dataclass(frozen=True)
class Axis:
    orientation: MapAxisOrientation
    name: str
    low_label: str = ""
    high_label: str = ""


@dataclass(frozen=True)
class Point:
    id: int
    label: str
    x: float
    y: float
    own_brand: bool = False
    competitor_id: int | None = None


def test_the_map_names_its_axes_and_tells_the_kinds_of_points():
    points = [
        Point(1, "Us", 5, 8, own_brand=True),
        Point(2, "Rival", -1, 2, competitor_id=7),
        Point(3, "Corner café", 8.5, 6),
    ]
    data = map_data(points, [Axis(MapAxisOrientation.X, "Price", "Cheap", "Premium")], "fr")
    assert (data.x_axis.name, data.x_axis.low, data.x_axis.high) == ("Price", "Cheap", "Premium")
    assert data.y_axis.name == "Vertical axis"  # none stored: its default name
    assert [m.kind for m in data.marks] == [MarkKind.OWN, MarkKind.COMPETITOR, MarkKind.FREE]
    assert data.marks[2].readout == "Corner café (free label): Price 8,5, Vertical axis 6,0"
    assert kind_label(MarkKind.OWN) == "Our brand"
