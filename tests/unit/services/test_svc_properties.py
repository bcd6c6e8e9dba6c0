"""Properties that hold for any input: text round-trips, reorder is a permutation."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stratdesk.domain.errors import InvalidInput
from stratdesk.domain.limits import NAME_MAX, SHORT_TEXT_MAX
from stratdesk.services.registry import PlanServices

# Each example writes its own rows (or its own plan), so sharing the file is harmless.
SHARED_FILE = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

# Text a person could type or paste: letters, marks, symbols, spaces, tabs and newlines; not
# lone surrogates nor the invisible control characters that validation refuses.
typed = st.characters(
    blacklist_categories=("Cs", "Cc"),
    blacklist_characters="\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
) | st.sampled_from("\t\n")


@SHARED_FILE
@given(text=st.text(typed, min_size=1, max_size=SHORT_TEXT_MAX))
def test_any_text_up_to_the_limit_round_trips(services: PlanServices, plan_id: int, text):
    # Surrounding blanks are dropped on purpose; everything inside is kept as typed.
    if not text.strip():
        with pytest.raises(InvalidInput, match="must not be empty"):
            services.swot.create(plan_id, {"quadrant": "S", "text": text})
        return
    item = services.swot.create(plan_id, {"quadrant": "S", "text": text})
    assert services.swot.get(item.id).text == text.strip()


@SHARED_FILE
@given(name=st.text(typed, min_size=1, max_size=NAME_MAX).filter(lambda t: t == t.strip()))
def test_any_name_round_trips_through_an_update(services: PlanServices, plan_id: int, name):
    segment = services.segments.create(plan_id, {"name": "placeholder"})
    services.segments.update(segment.id, {"name": name})
    assert services.segments.get(segment.id).name == name


@pytest.mark.parametrize(
    "text",
    [
        "<b>bold</b> & <i>not</i>",
        "<script>alert('x')</script>",
        '=HYPERLINK("http://x")',
        "line one\nline two\ttab",
        "'; DROP TABLE segment; --",
        "café – « guillemets » 😀",
    ],
)
def test_markup_like_text_is_stored_verbatim(services, plan_id, text):
    factor = services.factors.create(plan_id, {"category": "social", "text": text})
    assert services.factors.get(factor.id).text == text
    strategy = services.tows.create(plan_id, {"kind": "SO", "text": text})
    assert services.tows.promote_to_objective(strategy.id).statement == text


def test_text_one_over_the_limit_is_refused(services, plan_id, unchanged):
    services.swot.create(plan_id, {"quadrant": "S", "text": "x" * SHORT_TEXT_MAX})
    with unchanged(), pytest.raises(InvalidInput, match=f"at most {SHORT_TEXT_MAX}"):
        services.swot.create(plan_id, {"quadrant": "S", "text": "x" * (SHORT_TEXT_MAX + 1)})


@SHARED_FILE
@given(data=st.data(), size=st.integers(min_value=1, max_value=8))
def test_reorder_is_a_permutation(services: PlanServices, data, size):
    # A fresh plan per example, so earlier examples' items do not join the group.
    plan_id = services.plans.create_client_and_plan(
        {"name": "Client"}, {"title": "Plan", "start_year": 2025}
    ).id
    ids = [
        services.swot.create(plan_id, {"quadrant": "W", "text": f"w{i}"}).id for i in range(size)
    ]
    strength = services.swot.create(plan_id, {"quadrant": "S", "text": "other group"})
    order = data.draw(st.permutations(ids))
    services.swot.reorder(plan_id, order)
    listed = [i for i in services.swot.list(plan_id) if i.quadrant == "W"]
    assert [i.id for i in listed] == order
    assert [i.position for i in listed] == list(range(size))
    assert sorted(i.id for i in listed) == sorted(ids)  # nothing lost, nothing added
    assert services.swot.get(strength.id) == strength  # the other quadrant is untouched


@SHARED_FILE
@given(data=st.data())
def test_move_keeps_every_item_once_with_contiguous_positions(services: PlanServices, data):
    plan_id = services.plans.create_client_and_plan(
        {"name": "Client"}, {"title": "Plan", "start_year": 2025}
    ).id
    items = [
        services.swot.create(plan_id, {"quadrant": q, "text": q}).id
        for q in data.draw(st.lists(st.sampled_from("SWOT"), min_size=1, max_size=8))
    ]
    target = data.draw(st.sampled_from(items))
    quadrant = data.draw(st.sampled_from("SWOT"))
    index = data.draw(st.integers(min_value=-2, max_value=10))
    services.swot.move(target, {"quadrant": quadrant}, index)
    listed = services.swot.list(plan_id)
    assert sorted(i.id for i in listed) == sorted(items)
    group = [i for i in listed if i.quadrant == quadrant]
    assert [i.position for i in group] == list(range(len(group)))
    assert group[max(0, min(index, len(group) - 1))].id == target
