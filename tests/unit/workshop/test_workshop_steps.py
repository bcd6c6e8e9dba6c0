"""The workshop's steps: the saved choice merged with the known steps, the picker's changes,
and going through them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from stratdesk.domain.workshop_steps import (
    first,
    included,
    last,
    moved,
    neighbour,
    shown_steps,
    start_step,
    step_number,
    to_save,
    toggled,
)

KNOWN = ["environment", "swot", "tows", "mix", "kpis"]


def test_nothing_saved_shows_every_step_in_order() -> None:
    assert shown_steps([], KNOWN) == [(key, True) for key in KNOWN]


def test_the_saved_order_and_selection_come_first_then_new_steps() -> None:
    saved = [("kpis", True), ("swot", False), ("strategy_map", True), ("environment", True)]
    assert shown_steps(saved, KNOWN) == [
        ("kpis", True),
        ("swot", False),
        ("environment", True),
        ("tows", True),
        ("mix", True),
    ]


def test_steps_of_a_newer_version_are_kept_when_saving() -> None:
    saved = [("kpis", True), ("strategy_map", False), ("swot", True)]
    steps = moved(shown_steps(saved, KNOWN), "swot", -5)
    assert to_save(steps, saved) == [*steps, ("strategy_map", False)]


def test_toggle_leaves_out_and_brings_back_but_keeps_one_step() -> None:
    steps = [("swot", True), ("mix", True)]
    assert toggled(steps, "swot") == [("swot", False), ("mix", True)]
    assert toggled(toggled(steps, "swot"), "swot") == steps
    only = [("swot", False), ("mix", True)]
    assert toggled(only, "mix") == only
    assert toggled(steps, "unknown") == steps


def test_move_up_and_down_stops_at_the_ends() -> None:
    steps = shown_steps([], KNOWN)
    assert [k for k, _ in moved(steps, "mix", -1)] == ["environment", "swot", "mix", "tows", "kpis"]
    assert moved(steps, "environment", -1) == steps
    assert moved(steps, "kpis", 3) == steps
    assert moved(steps, "nope", 1) == steps


def test_next_and_previous_skip_what_is_left_out() -> None:
    steps = [("environment", True), ("swot", False), ("tows", True), ("mix", False), ("kpis", True)]
    assert neighbour(steps, "environment", 1) == "tows"
    assert neighbour(steps, "tows", 1) == "kpis"
    assert neighbour(steps, "kpis", 1) is None
    assert neighbour(steps, "tows", -1) == "environment"
    assert neighbour(steps, "environment", -1) is None
    # A step left out but shown anyway (chosen in the picker): its included neighbours.
    assert neighbour(steps, "swot", 1) == "tows"
    assert neighbour(steps, "mix", -1) == "tows"
    assert neighbour(steps, None, 1) == "environment"
    assert first(steps) == "environment" and last(steps) == "kpis"


def test_a_workshop_starts_on_the_page_one_came_from_if_it_is_shown() -> None:
    steps = [("environment", True), ("swot", False), ("kpis", True)]
    assert start_step(steps, "kpis") == "kpis"
    assert start_step(steps, "swot") == "environment"
    assert start_step(steps, None) == "environment"
    assert step_number(steps, "kpis") == (2, 2)
    assert step_number(steps, "swot") == (0, 2)


CHOICES = st.lists(
    st.tuples(st.sampled_from([*KNOWN, "other", "later"]), st.booleans()),
    unique_by=lambda step: step[0],
)


@given(CHOICES)
def test_every_known_step_is_offered_once(saved: list[tuple[str, bool]]) -> None:
    steps = shown_steps(saved, KNOWN)
    assert sorted(key for key, _on in steps) == sorted(KNOWN)
    saved_keys = [key for key, _on in to_save(steps, saved)]
    assert len(saved_keys) == len(set(saved_keys))
    assert set(saved_keys) == set(KNOWN) | {key for key, _on in saved}


@given(CHOICES, st.sampled_from(KNOWN), st.integers(min_value=-6, max_value=6))
def test_changes_keep_the_same_steps_and_one_shown(
    saved: list[tuple[str, bool]], key: str, delta: int
) -> None:
    steps = toggled(shown_steps(saved, KNOWN), KNOWN[0])
    if not included(steps):
        steps = [(k, True) for k, _on in steps]
    for changed in (toggled(steps, key), moved(steps, key, delta)):
        assert sorted(k for k, _ in changed) == sorted(KNOWN)
        assert included(changed)


@given(CHOICES, st.sampled_from(KNOWN))
def test_stepping_forward_then_back_comes_home(saved: list[tuple[str, bool]], key: str) -> None:
    steps = shown_steps(saved, KNOWN)
    if key not in included(steps):
        return
    forward = neighbour(steps, key, 1)
    if forward is not None:
        assert neighbour(steps, forward, -1) == key
        assert step_number(steps, forward)[0] == step_number(steps, key)[0] + 1
