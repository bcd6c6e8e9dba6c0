"""The standard marketing formulas a KPI can be computed with, and their named inputs.

Percentages are percent values (a CTR of 2.5 means 2.5 %), as people read them on a dashboard.
`compute` never raises and never returns inf or NaN: a missing input, a non-finite input or a
zero denominator gives None ("no value"), which the dashboard shows as "no data".

LTV uses the revenue definition (average order value × purchase frequency per year × customer
lifetime in years): the inputs a consultant's client can give without knowing their margins.
Multiply by a margin rate separately when a margin-based LTV is wanted.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from numbers import Real

from stratdesk.domain.enums import KpiDirection, KpiFormula, KpiUnit
from stratdesk.i18n import translate


def _ratio(numerator: float, denominator: float, scale: float = 1.0) -> float | None:
    if denominator == 0:
        return None
    return numerator / denominator * scale


def _ltv(aov: float, frequency: float, lifetime: float) -> float | None:
    return aov * frequency * lifetime


def _nps(promoters: float, passives: float, detractors: float) -> float | None:
    # %promoters − %detractors, out of every answer (passives count in the total).
    return _ratio(promoters - detractors, promoters + passives + detractors, 100.0)


@dataclass(frozen=True)
class FormulaSpec:
    """One formula: its input names (in argument order), result unit and usual direction."""

    inputs: tuple[str, ...]
    function: Callable[..., float | None]
    unit: KpiUnit
    direction: KpiDirection


_UP = KpiDirection.HIGHER_IS_BETTER
_DOWN = KpiDirection.LOWER_IS_BETTER

FORMULAS: dict[KpiFormula, FormulaSpec] = {
    KpiFormula.CTR: FormulaSpec(
        ("clicks", "impressions"), lambda c, i: _ratio(c, i, 100.0), KpiUnit.PERCENT, _UP
    ),
    KpiFormula.CPC: FormulaSpec(("cost", "clicks"), _ratio, KpiUnit.CURRENCY, _DOWN),
    KpiFormula.CPM: FormulaSpec(
        ("cost", "impressions"), lambda c, i: _ratio(c, i, 1000.0), KpiUnit.CURRENCY, _DOWN
    ),
    KpiFormula.CPA: FormulaSpec(("cost", "acquisitions"), _ratio, KpiUnit.CURRENCY, _DOWN),
    KpiFormula.ROAS: FormulaSpec(("revenue", "cost"), _ratio, KpiUnit.RATIO, _UP),
    KpiFormula.ROI: FormulaSpec(
        ("revenue", "cost"), lambda r, c: _ratio(r - c, c, 100.0), KpiUnit.PERCENT, _UP
    ),
    KpiFormula.CONVERSION_RATE: FormulaSpec(
        ("conversions", "visitors"), lambda c, v: _ratio(c, v, 100.0), KpiUnit.PERCENT, _UP
    ),
    KpiFormula.LTV: FormulaSpec(
        ("average_order_value", "purchase_frequency", "lifetime_years"),
        _ltv,
        KpiUnit.CURRENCY,
        _UP,
    ),
    KpiFormula.CHURN: FormulaSpec(
        ("customers_lost", "customers_at_start"),
        lambda lost, start: _ratio(lost, start, 100.0),
        KpiUnit.PERCENT,
        _DOWN,
    ),
    # NPS is a score from −100 to +100, shown as a plain number (not a percentage).
    KpiFormula.NPS: FormulaSpec(("promoters", "passives", "detractors"), _nps, KpiUnit.COUNT, _UP),
    KpiFormula.SHARE_OF_VOICE: FormulaSpec(
        ("brand_mentions", "market_mentions"),
        lambda b, m: _ratio(b, m, 100.0),
        KpiUnit.PERCENT,
        _UP,
    ),
    KpiFormula.MARKET_SHARE: FormulaSpec(
        ("sales", "market_sales"), lambda s, m: _ratio(s, m, 100.0), KpiUnit.PERCENT, _UP
    ),
}


def is_computed(formula: KpiFormula) -> bool:
    """Whether the KPI's value comes from a formula (False for values entered directly)."""
    return formula in FORMULAS


def inputs(formula: KpiFormula) -> tuple[str, ...]:
    """The named inputs of `formula`, in the order people expect them (empty for DIRECT)."""
    spec = FORMULAS.get(formula)
    return spec.inputs if spec else ()


def compute(formula: KpiFormula, values: Mapping[str, float]) -> float | None:
    """The formula's result, or None when an input is missing or a denominator is zero."""
    spec = FORMULAS.get(formula)
    if spec is None:
        return None
    arguments: list[float] = []
    for name in spec.inputs:
        value = values.get(name)
        # Only real numbers: text must go through the importer's parsing first.
        if not isinstance(value, Real) or isinstance(value, bool):
            return None
        number = float(value)
        if not math.isfinite(number):
            return None
        arguments.append(number)
    try:
        result = spec.function(*arguments)
    except (ArithmeticError, ValueError):
        return None
    if result is None or not math.isfinite(result):
        return None
    return result


def input_label(name: str) -> str:
    """An input's name as people say it, translated ("impressions" → "Impressions")."""
    labels = {
        "acquisitions": translate("KpiFormula", "Acquisitions (new customers)"),
        "average_order_value": translate("KpiFormula", "Average order value"),
        "brand_mentions": translate("KpiFormula", "Brand mentions (or spend)"),
        "clicks": translate("KpiFormula", "Clicks"),
        "conversions": translate("KpiFormula", "Conversions"),
        "cost": translate("KpiFormula", "Cost"),
        "customers_at_start": translate("KpiFormula", "Customers at the start"),
        "customers_lost": translate("KpiFormula", "Customers lost"),
        "detractors": translate("KpiFormula", "Detractors (0–6)"),
        "impressions": translate("KpiFormula", "Impressions"),
        "lifetime_years": translate("KpiFormula", "Customer lifetime (years)"),
        "market_mentions": translate("KpiFormula", "Market total mentions (or spend)"),
        "market_sales": translate("KpiFormula", "Market sales"),
        "passives": translate("KpiFormula", "Passives (7–8)"),
        "promoters": translate("KpiFormula", "Promoters (9–10)"),
        "purchase_frequency": translate("KpiFormula", "Purchases per year"),
        "revenue": translate("KpiFormula", "Revenue"),
        "sales": translate("KpiFormula", "Sales"),
        "visitors": translate("KpiFormula", "Visitors"),
    }
    return labels.get(name, name)


def formula_text(formula: KpiFormula) -> str:
    """The formula written out for a tooltip ("Clicks ÷ impressions × 100"), translated."""
    texts = {
        KpiFormula.DIRECT: translate("KpiFormula", "Entered directly"),
        KpiFormula.CTR: translate("KpiFormula", "Clicks ÷ impressions × 100"),
        KpiFormula.CPC: translate("KpiFormula", "Cost ÷ clicks"),
        KpiFormula.CPM: translate("KpiFormula", "Cost ÷ impressions × 1000"),
        KpiFormula.CPA: translate("KpiFormula", "Cost ÷ acquisitions"),
        KpiFormula.ROAS: translate("KpiFormula", "Revenue ÷ cost"),
        KpiFormula.ROI: translate("KpiFormula", "(Revenue − cost) ÷ cost × 100"),
        KpiFormula.CONVERSION_RATE: translate("KpiFormula", "Conversions ÷ visitors × 100"),
        KpiFormula.LTV: translate(
            "KpiFormula", "Average order value × purchases per year × lifetime in years"
        ),
        KpiFormula.CHURN: translate("KpiFormula", "Customers lost ÷ customers at the start × 100"),
        KpiFormula.NPS: translate("KpiFormula", "% promoters − % detractors"),
        KpiFormula.SHARE_OF_VOICE: translate("KpiFormula", "Brand mentions ÷ market total × 100"),
        KpiFormula.MARKET_SHARE: translate("KpiFormula", "Sales ÷ market sales × 100"),
    }
    return texts[formula]
