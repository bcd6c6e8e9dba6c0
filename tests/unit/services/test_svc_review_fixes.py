"""Holes found in review: values that must be refused, and rules that must hold across areas."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from stratdesk.domain.errors import InvalidInput


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_non_finite_numbers_are_refused_and_nothing_is_written(
    services, plan_id, unchanged, value
) -> None:
    with unchanged(), pytest.raises(InvalidInput, match="finite"):
        services.objectives.create(plan_id, {"statement": "Grow", "baseline": value})


@pytest.mark.parametrize("text", ["a\x00b", "evil\u202etxt.exe", "bell\x07"])
def test_invisible_control_characters_are_refused(services, plan_id, unchanged, text) -> None:
    with unchanged(), pytest.raises(InvalidInput, match="control"):
        services.swot.create(plan_id, {"quadrant": "S", "text": text})


def test_newlines_tabs_and_right_to_left_letters_are_plain_text(services, plan_id) -> None:
    text = "Ligne 1\n\tLigne 2 — قهوة"
    assert services.swot.create(plan_id, {"quadrant": "S", "text": text}).text == text


def test_reorder_refuses_items_of_two_lists_and_repeated_ids(services, plan_id, unchanged) -> None:
    s1 = services.swot.create(plan_id, {"quadrant": "S", "text": "s1"})
    s2 = services.swot.create(plan_id, {"quadrant": "S", "text": "s2"})
    w1 = services.swot.create(plan_id, {"quadrant": "W", "text": "w1"})
    with unchanged(), pytest.raises(InvalidInput):
        services.swot.reorder(plan_id, [w1.id, s1.id])
    with unchanged(), pytest.raises(InvalidInput):
        services.swot.reorder(plan_id, [s1.id, s1.id])
    services.swot.reorder(plan_id, [s2.id, s1.id])
    assert [i.id for i in services.swot.list(plan_id) if i.quadrant == "S"] == [s2.id, s1.id]


def test_a_target_date_is_the_start_of_its_period(services, plan_id) -> None:
    kpi = services.kpis.create(plan_id, {"name": "Leads", "period": "month"})
    plan = services.plans.get_plan(plan_id)
    june = dt.date(plan.start_year, 6, 1)
    assert services.kpi_targets.set_target(kpi.id, june, 10) is None
    assert services.kpi_targets.set_target(kpi.id, june.replace(day=15), 12) == 10
    assert [(t.period_start, t.value) for t in services.kpi_targets.targets(kpi.id)] == [(june, 12)]
    assert services.kpi_targets.clear_target(kpi.id, june.replace(day=20)) == 12


def test_shortening_the_plan_is_refused_while_kpi_targets_lie_beyond_it(services, plan_id) -> None:
    plan = services.plans.get_plan(plan_id)
    kpi = services.kpis.create(plan_id, {"name": "Leads"})
    services.kpi_targets.set_target(kpi.id, dt.date(plan.end_year, 6, 1), 10)
    with pytest.raises(InvalidInput, match="outside"):
        services.plans.update_plan(plan_id, {"horizon_years": 1})
    assert services.plans.get_plan(plan_id).horizon_years == plan.horizon_years


def test_a_write_the_database_refuses_is_a_sentence_not_a_traceback(workspace, plan_id) -> None:
    from stratdesk.domain.errors import StratdeskError
    from stratdesk.services.workspace import Workspace

    path = workspace.path
    workspace.close()
    reader = Workspace.open(path, read_only=True)
    try:
        with pytest.raises(StratdeskError, match="could not be written"):
            reader.services.swot.create(plan_id, {"quadrant": "S", "text": "x"})
    finally:
        reader.close()


# DEL and the C1 block (U+007F–U+009F): invisible, and they break exports and printing.
DEL_AND_C1 = [chr(code) for code in range(0x7F, 0xA0)]


@pytest.mark.parametrize("char", ["\x7f", "\x80", "\x85", "\x9b", "\x9f"])
def test_del_and_c1_controls_are_refused(services, plan_id, unchanged, char) -> None:
    with unchanged(), pytest.raises(InvalidInput, match="control"):
        services.swot.create(plan_id, {"quadrant": "S", "text": f"before{char}after"})


def test_every_c0_and_c1_control_but_tab_and_newlines_is_refused() -> None:
    from pydantic import BaseModel

    from stratdesk.services.validation import validate

    class Note(BaseModel):
        text: str

    c0 = [chr(code) for code in range(0x20) if chr(code) not in "\t\n\r"]
    for char in [*c0, *DEL_AND_C1]:
        with pytest.raises(InvalidInput, match="control"):
            validate(Note, {"text": f"a{char}b"})
    # The neighbours are text: tab, newlines, and the no-break spaces French typography uses.
    for char in ["\t", "\n", "\r", "\x7e", "\xa0", "\u202f", "é"]:
        assert validate(Note, {"text": f"a{char}b"}).text == f"a{char}b"
