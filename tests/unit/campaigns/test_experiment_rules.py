"""Test-and-learn rules: the list's filter and the name a new variant takes."""

from __future__ import annotations

from dataclasses import dataclass

from stratdesk.domain.campaign_calendar import NONE
from stratdesk.domain.enums import ExperimentDecision
from stratdesk.domain.experiments import ExperimentFilter, experiment_matches, next_variant_name


@dataclass(frozen=True)
class E:
    id: int
    decision: ExperimentDecision
    campaign_id: int | None


ROWS = [
    E(1, ExperimentDecision.ADOPT, 7),
    E(2, ExperimentDecision.DROP, None),
    E(3, ExperimentDecision.ADOPT, None),
]


def _kept(**fields):
    wanted = ExperimentFilter(**fields)
    return [row.id for row in ROWS if experiment_matches(row, wanted)]


def test_the_filter_by_decision_and_campaign():
    assert _kept() == [1, 2, 3] and not ExperimentFilter().active
    assert _kept(decision=ExperimentDecision.ADOPT) == [1, 3]
    assert _kept(campaign=7) == [1]
    assert _kept(campaign=NONE, decision=ExperimentDecision.ADOPT) == [3]
    # What a combo box gives back: the marker's text, not the marker itself.
    assert _kept(campaign="none") == [2, 3]


def test_a_new_variant_takes_the_first_free_letter_then_a_number():
    assert next_variant_name([]) == "A"
    assert next_variant_name(["A", "b", " C "]) == "D"
    letters = [chr(ord("A") + n) for n in range(26)]
    assert next_variant_name(letters, "Variante {n}") == "Variante 27"
    assert next_variant_name([*letters, "variante 27"], "Variante {n}") == "Variante 28"
