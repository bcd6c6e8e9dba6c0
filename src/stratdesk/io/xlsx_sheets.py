"""The sheets of the exported workbook, one per area of the plan, built from its read models
(`services.plan_contents`): titles, columns and rows, the labels in the export's language.

Rows are produced lazily (a generator per sheet), so a long sheet never sits in memory
twice. KPI actuals and status come from `kpi_series` (the dashboard's rule: each target
period's actual is `KpiSeries.period_actuals`, the latest status `latest_summaries`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from stratdesk.domain.enums import PestelCategory, SwotQuadrant
from stratdesk.domain.ge_matrix import zone_of
from stratdesk.domain.labels import enum_label
from stratdesk.i18n import translate
from stratdesk.io.xlsx_cells import Kind
from stratdesk.services.plan_contents import PlanContents

Row = Sequence[object]


@dataclass(frozen=True)
class Col:
    title: str
    kind: Kind = Kind.TEXT


@dataclass(frozen=True)
class SheetSpec:
    title: str
    columns: tuple[Col, ...]
    rows: Callable[[], Iterator[Row]]
    count: int  # how many rows (progress)


def _refs(data: PlanContents) -> dict[int, str]:
    """SWOT items as the PDF numbers them: S1, W2…"""
    refs: dict[int, str] = {}
    for quadrant in SwotQuadrant:
        ordered = sorted((i for i in data.swot if i.quadrant == quadrant), key=lambda i: i.position)
        refs.update({item.id: f"{quadrant.value}{n}" for n, item in enumerate(ordered, 1)})
    return refs


def _objective_numbers(data: PlanContents) -> dict[int, int]:
    return {o.id: n for n, o in enumerate(data.objectives, 1)}


def strategy_sheets(data: PlanContents) -> list[SheetSpec]:

    def factors() -> Iterator[Row]:
        order = list(PestelCategory)
        for f in sorted(data.factors, key=lambda f: (order.index(f.category), f.position)):
            yield (
                enum_label(f.category),
                f.text,
                f.impact,
                f.likelihood,
                enum_label(f.trend),
                f.votes,
            )

    def competitors() -> Iterator[Row]:
        for c in data.competitors:
            yield (
                c.name,
                c.offer,
                enum_label(c.price_level),
                c.estimated_share,
                c.threat,
                c.strengths,
                c.weaknesses,
            )

    def forces() -> Iterator[Row]:
        for r in data.forces:
            yield (enum_label(r.force), r.rating, r.notes)

    refs = _refs(data)

    def swot() -> Iterator[Row]:
        for item in sorted(data.swot, key=lambda i: refs.get(i.id, "")):
            yield (refs[item.id], enum_label(item.quadrant), item.text, item.weight, item.votes)

    def tows() -> Iterator[Row]:
        for s in data.tows:
            cited = ", ".join(refs[i] for i in s.swot_item_ids if i in refs)
            yield (s.kind.value, s.text, cited)

    return [
        SheetSpec(
            translate("Workbook", "PESTEL"),
            (
                Col(translate("Workbook", "Category")),
                Col(translate("Workbook", "Factor")),
                Col(translate("Workbook", "Impact (−2 to +2)"), Kind.INTEGER),
                Col(translate("Workbook", "Likelihood (1 to 5)"), Kind.INTEGER),
                Col(translate("Workbook", "Trend")),
                Col(translate("Workbook", "Votes"), Kind.INTEGER),
            ),
            factors,
            len(data.factors),
        ),
        SheetSpec(
            translate("Workbook", "Competitors"),
            (
                Col(translate("Workbook", "Competitor")),
                Col(translate("Workbook", "Offer")),
                Col(translate("Workbook", "Price level")),
                Col(translate("Workbook", "Estimated share"), Kind.PERCENT),
                Col(translate("Workbook", "Threat (1 to 5)"), Kind.INTEGER),
                Col(translate("Workbook", "Strengths")),
                Col(translate("Workbook", "Weaknesses")),
            ),
            competitors,
            len(data.competitors),
        ),
        SheetSpec(
            translate("Workbook", "Five forces"),
            (
                Col(translate("Workbook", "Force")),
                Col(translate("Workbook", "Rating (1 to 5)"), Kind.INTEGER),
                Col(translate("Workbook", "Notes")),
            ),
            forces,
            len(data.forces),
        ),
        SheetSpec(
            translate("Workbook", "SWOT"),
            (
                Col(translate("Workbook", "Ref.")),
                Col(translate("Workbook", "Quadrant")),
                Col(translate("Workbook", "Item")),
                Col(translate("Workbook", "Weight (1 to 5)"), Kind.INTEGER),
                Col(translate("Workbook", "Votes"), Kind.INTEGER),
            ),
            swot,
            len(data.swot),
        ),
        SheetSpec(
            translate("Workbook", "TOWS"),
            (
                Col(translate("Workbook", "Kind")),
                Col(translate("Workbook", "Strategy")),
                Col(translate("Workbook", "Combines")),
            ),
            tows,
            len(data.tows),
        ),
        _segments(data),
    ]


def _segments(data: PlanContents) -> SheetSpec:
    criteria = list(data.criteria)

    def rows() -> Iterator[Row]:
        for s in data.segments:
            totals = data.totals.get(s.id)
            attractiveness = totals.attractiveness.value if totals else None
            strength = totals.strength.value if totals else None
            zone = ""
            if totals is not None and totals.placed:
                assert totals.attractiveness.exact is not None
                assert totals.strength.exact is not None
                zone = enum_label(zone_of(totals.attractiveness.exact, totals.strength.exact))
            scores = [data.scores.get((s.id, c.id)) for c in criteria]
            yield (
                s.name,
                s.size,
                s.value_cents,
                s.growth_pct,
                enum_label(s.targeting),
                attractiveness,
                strength,
                zone,
                *scores,
                s.description,
                s.needs,
                s.channels,
                s.targeting_rationale,
            )

    columns = (
        Col(translate("Workbook", "Segment")),
        Col(translate("Workbook", "Size"), Kind.INTEGER),
        Col(translate("Workbook", "Yearly value"), Kind.MONEY),
        Col(translate("Workbook", "Growth"), Kind.PERCENT),
        Col(translate("Workbook", "Targeting")),
        Col(translate("Workbook", "Attractiveness (0 to 100)"), Kind.NUMBER),
        Col(translate("Workbook", "Strength (0 to 100)"), Kind.NUMBER),
        Col(translate("Workbook", "Zone")),
        *(Col(c.name, Kind.INTEGER) for c in criteria),
        Col(translate("Workbook", "Description")),
        Col(translate("Workbook", "Needs")),
        Col(translate("Workbook", "Channels")),
        Col(translate("Workbook", "Why this targeting")),
    )
    return SheetSpec(translate("Workbook", "Segments"), columns, rows, len(data.segments))
