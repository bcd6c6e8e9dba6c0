"""Test-and-learn rules, Qt-free: the experiments list's filter and the name a new variant
takes ("A", "B"… then "Variant 27"…)."""

from __future__ import annotations

import string
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from stratdesk.domain.campaign_calendar import _No, wants_none
from stratdesk.domain.enums import ExperimentDecision


@dataclass(frozen=True)
class ExperimentFilter:
    """None: any value; `campaign` may be `NONE` (the experiments run in no campaign)."""

    decision: ExperimentDecision | None = None
    campaign: int | _No | None = None

    @property
    def active(self) -> bool:
        return self.decision is not None or self.campaign is not None


def experiment_matches(experiment: Any, wanted: ExperimentFilter) -> bool:
    if wanted.decision is not None and experiment.decision != wanted.decision:
        return False
    if wants_none(wanted.campaign):
        return experiment.campaign_id is None
    return wanted.campaign is None or experiment.campaign_id == wanted.campaign


def next_variant_name(existing: Iterable[str], fallback: str = "Variant {n}") -> str:
    """The first letter not taken yet ("A", "B"…); past "Z", `fallback` numbered."""
    taken = {name.strip().casefold() for name in existing}
    for letter in string.ascii_uppercase:
        if letter.casefold() not in taken:
            return letter
    n = 27
    while fallback.format(n=n).casefold() in taken:
        n += 1
    return fallback.format(n=n)
