"""Bubble names placed where they cover neither each other nor the bubbles."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from stratdesk.domain.label_layout import LabelBox, candidates, overlap, place_labels


def test_names_go_under_their_bubbles_when_there_is_room():
    boxes = [LabelBox(50, 50, 10, 40, 12), LabelBox(200, 50, 20, 60, 12)]
    assert place_labels(boxes) == [candidates(b)[0] for b in boxes]


def test_a_name_moves_aside_rather_than_cover_another():
    # Two bubbles one above the other: the upper one's name would cover the lower bubble.
    upper, lower = LabelBox(100, 100, 10, 80, 14), LabelBox(100, 130, 12, 80, 14)
    placed = place_labels([upper, lower])
    circles = [
        (b.cx - b.radius, b.cy - b.radius, 2 * b.radius, 2 * b.radius) for b in (upper, lower)
    ]
    assert overlap(placed[0], circles[1]) == 0
    assert overlap(placed[0], placed[1]) == 0


def test_names_stay_inside_the_chart_when_they_can():
    # At the bottom edge, the name goes above the bubble.
    box = LabelBox(100, 195, 10, 40, 12)
    [rect] = place_labels([box], bounds=(0, 0, 300, 200))
    assert rect[1] + rect[3] <= 200


@given(
    st.lists(
        st.tuples(
            st.floats(0, 500),
            st.floats(0, 500),
            st.floats(1, 40),
            st.floats(5, 120),
            st.floats(5, 20),
        ),
        max_size=12,
    )
)
def test_every_bubble_gets_a_name_of_its_size(specs):
    boxes = [LabelBox(*spec) for spec in specs]
    placed = place_labels(boxes)
    assert len(placed) == len(boxes)
    assert all((r[2], r[3]) == (b.width, b.height) for r, b in zip(placed, boxes, strict=True))
    assert all(r in candidates(b) for r, b in zip(placed, boxes, strict=True))
