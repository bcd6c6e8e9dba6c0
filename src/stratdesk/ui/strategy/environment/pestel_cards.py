"""What the PESTEL board shows: its six columns, and a factor as a card."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from stratdesk.domain.enums import PestelCategory, SwotQuadrant, Trend
from stratdesk.domain.labels import TREND_ARROWS, enum_choices, signed
from stratdesk.ui.widgets.cards import Card, ColumnSpec


def pestel_specs() -> list[ColumnSpec]:
    translate = QCoreApplication.translate
    return [
        ColumnSpec(
            group=category,
            title=title,
            placeholder=translate(
                "PestelPanel", "No {category} factor yet: type one below and press Enter."
            ).format(category=title.lower()),
            quick_add=translate("PestelPanel", "Add a factor, press Enter"),
            cell=divmod(number, 3),
        )
        for number, (category, title) in enumerate(enum_choices(PestelCategory))
    ]


def with_index_in_full(full: Sequence[int], shown: Sequence[int], item_id: int, index: int) -> int:
    """Where a card dropped at `index` of the filtered list `shown` goes in the whole group."""
    full = [i for i in full if i != item_id]
    shown = [i for i in shown if i != item_id]
    if index < len(shown):
        return full.index(shown[index])
    return full.index(shown[-1]) + 1 if shown else len(full)


@dataclass(frozen=True)
class CardWords:
    """The translated words of a factor's badges, looked up once per refresh."""

    trends: dict[Any, str]
    quadrants: dict[Any, str]
    impact: str
    likelihood: str
    in_swot: str

    @classmethod
    def current(cls) -> CardWords:
        translate = QCoreApplication.translate
        return cls(
            trends=dict(enum_choices(Trend)),
            quadrants=dict(enum_choices(SwotQuadrant)),
            impact=translate("PestelPanel", "Impact {impact}"),
            likelihood=translate("PestelPanel", "Likelihood {n}/5"),
            in_swot=translate("PestelPanel", "In SWOT: {quadrant}"),
        )


def factor_card(factor: Any, sent: Sequence[Any], words: CardWords) -> Card:
    """A factor's card: its text, then impact, likelihood, trend and where it went in the SWOT."""
    badges = [
        words.impact.format(impact=signed(factor.impact)),
        words.likelihood.format(n=factor.likelihood),
        f"{TREND_ARROWS[factor.trend]} {words.trends[factor.trend]}",
        *(words.in_swot.format(quadrant=words.quadrants[q].lower()) for q in sent),
    ]
    tooltip = "\n".join((factor.text, *badges))
    return Card(factor.id, factor.text, tuple(badges), None, tooltip, factor, factor.votes)
