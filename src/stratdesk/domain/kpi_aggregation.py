"""How a KPI's measurements add up to a period's actual: the default, and what is allowed.

Sum suits counts and money, average suits rates and scores measured as such, last suits a
stock (active subscribers), and "formula" computes a KPI such as CTR from the period's summed
components (Σclicks ÷ Σimpressions, not the average of daily CTRs). Turning measurements into
a period's actual is the job of the KPI figures rule; this module only says which applies.
"""

from __future__ import annotations

from stratdesk.domain.enums import KpiAggregation, KpiFormula, KpiUnit
from stratdesk.domain.kpi_formulas import inputs
from stratdesk.i18n import translate


def default_aggregation(unit: KpiUnit, formula: KpiFormula) -> KpiAggregation:
    """A computed KPI uses its formula; a rate or ratio is averaged; counts and money add up."""
    if formula != KpiFormula.DIRECT:
        return KpiAggregation.FORMULA
    if unit in (KpiUnit.PERCENT, KpiUnit.RATIO):
        return KpiAggregation.AVERAGE
    return KpiAggregation.SUM


def check_aggregation(aggregation: KpiAggregation, formula: KpiFormula) -> None:
    """Refuse "formula" for a KPI that has none (entered directly)."""
    if aggregation == KpiAggregation.FORMULA and formula == KpiFormula.DIRECT:
        raise ValueError(
            translate(
                "Validation",
                "a KPI entered directly has no formula to compute its periods with; "
                "choose sum, average or last value",
            )
        )


def following_aggregation(
    aggregation: KpiAggregation,
    old: tuple[KpiUnit, KpiFormula],
    new: tuple[KpiUnit, KpiFormula],
) -> KpiAggregation:
    """The aggregation after the unit and formula change from `old` to `new`: the new default,
    unless `aggregation` was chosen (not the old default) and still fits the new formula."""
    chosen = aggregation != default_aggregation(*old)
    fits = aggregation != KpiAggregation.FORMULA or new[1] != KpiFormula.DIRECT
    return aggregation if chosen and fits else default_aggregation(*new)


def check_component(component: str, formula: KpiFormula) -> None:
    """Refuse a measured component that is not an input of `formula` ("" is the KPI itself)."""
    names = inputs(formula)
    if not component or component in names:
        return
    if not names:
        raise ValueError(
            translate("Validation", "this KPI is entered directly: it has no components to measure")
        )
    raise ValueError(
        translate("Validation", "must be one of {values}, or empty for the KPI's own value").format(
            values=", ".join(names)
        )
    )
