"""The demo plan's KPIs: monthly targets over the whole plan, a year of measured values.

Measured values follow each KPI's target times a hand-written monthly performance profile
(the launch spike in April, the summer slump, Christmas), plus seeded noise: the file is the
same on every build, and some months miss their target so the statuses vary.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from stratdesk.domain.enums import KpiAggregation, KpiDirection, KpiFormula, KpiUnit
from stratdesk.domain.kpis import Kpi, KpiMeasurement, KpiTarget
from stratdesk.i18n import translate
from stratdesk.services.demo_rows import HORIZON_YEARS, SUBSCRIPTION_GOAL, DemoRows
from stratdesk.services.sql import flushed_id

MONTHS = 12 * HORIZON_YEARS
MEASURED_MONTHS = 12  # the first year, up to its yearly review
# Website traffic through the year: a dip in August, a peak before Christmas.
_SEASON = (1.0, 0.95, 1.0, 1.05, 1.0, 0.95, 0.9, 0.8, 1.05, 1.05, 1.1, 1.25)


def _subscriptions(m: int) -> float:
    # Nothing to count before the April launch, then a ramp to the goal at the end of the plan.
    return 0.0 if m < 3 else float(round(SUBSCRIPTION_GOAL * ((m - 2) / (MONTHS - 3)) ** 1.15))


def _sessions(m: int) -> float:
    return float(round((3500 + 8500 * m / (MONTHS - 1)) * _SEASON[m % 12], -1))


def _conversion(m: int) -> float:
    return round(1.8 + 1.4 * m / (MONTHS - 1), 2)


def _cac(m: int) -> float:
    # Down to €45 by the end of the second year (the objective), then a little lower.
    return round(80 - 35 * m / 23 if m <= 23 else 45 - 3 * (m - 23) / 12, 2)


def _roas(m: int) -> float:
    return round(2.0 + 2.0 * m / (MONTHS - 1), 2)


def _nps(m: int) -> float:
    return float(round(42 + 18 * m / (MONTHS - 1)))


@dataclass(frozen=True)
class _Spec:
    key: str  # how the other builders refer to the KPI
    unit: KpiUnit
    direction: KpiDirection
    formula: KpiFormula
    # Explicit, as a consultant would set it: the demo measures each KPI's own value (no
    # components), so the computed KPIs are averaged rather than computed by formula.
    aggregation: KpiAggregation
    source: str  # a tool's name: not translated
    target: Callable[[int], float]
    # Measured ÷ target for each month of the first year (> 1 is worse when lower is better).
    performance: tuple[float, ...]
    decimals: int
    campaign: str | None = None  # the campaign the values are attributed to, from April


def _specs() -> list[tuple[str, str, _Spec]]:
    count, currency, percent, ratio = (
        KpiUnit.COUNT,
        KpiUnit.CURRENCY,
        KpiUnit.PERCENT,
        KpiUnit.RATIO,
    )
    up, down = KpiDirection.HIGHER_IS_BETTER, KpiDirection.LOWER_IS_BETTER
    total, average, last = KpiAggregation.SUM, KpiAggregation.AVERAGE, KpiAggregation.LAST
    # fmt: off
    return [
        (translate("Demo", "Active subscriptions"),
         translate("Demo", "Paying subscriptions at the end of the month; an office counts "
                           "as one."),
         _Spec("subscriptions", count, up, KpiFormula.DIRECT, last, "Shopify", _subscriptions,
               (1, 1, 1, 1.25, 1.1, 0.95, 0.88, 0.85, 0.97, 1.05, 1.02, 1.08), 0)),
        (translate("Demo", "Website sessions"),
         translate("Demo", "Visits to the shop website in the month."),
         _Spec("sessions", count, up, KpiFormula.DIRECT, total, "Matomo", _sessions,
               (0.95, 0.92, 1.0, 1.3, 1.1, 1.0, 0.9, 0.82, 1.05, 1.0, 1.08, 1.2), 0)),
        (translate("Demo", "Conversion rate"),
         translate("Demo", "Share of website visits that end in an order."),
         _Spec("conversion", percent, up, KpiFormula.CONVERSION_RATE, average, "Shopify",
               _conversion,
               (0.92, 0.95, 0.9, 1.1, 1.05, 0.97, 0.9, 0.88, 1.0, 1.04, 1.06, 1.12), 2)),
        (translate("Demo", "Customer acquisition cost"),
         translate("Demo", "Marketing spend divided by the number of new subscribers."),
         _Spec("cac", currency, down, KpiFormula.CPA, average, "Google Ads", _cac,
               (1.1, 1.08, 1.12, 0.95, 1.0, 1.06, 1.12, 1.15, 1.02, 0.98, 0.96, 0.92), 2)),
        (translate("Demo", "Return on ad spend"),
         translate("Demo", "Revenue from ads divided by what they cost."),
         _Spec("roas", ratio, up, KpiFormula.ROAS, average, "Google Ads", _roas,
               (0.8, 0.85, 0.9, 1.15, 1.05, 0.95, 0.9, 0.85, 1.0, 1.02, 1.08, 1.2), 2,
               campaign="search")),
        (translate("Demo", "Net Promoter Score"),
         translate("Demo", "Monthly survey of subscribers: promoters minus detractors."),
         _Spec("nps", count, up, KpiFormula.NPS, average, "Typeform", _nps,
               (0.98, 0.97, 1.0, 1.05, 1.04, 1.0, 0.96, 0.95, 1.0, 1.02, 1.03, 1.05), 0)),
    ]
    # fmt: on


def _month(rows: DemoRows, m: int) -> dt.date:
    return dt.date(rows.start_year + m // 12, m % 12 + 1, 1)


def _month_end(first: dt.date) -> dt.date:
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


def add_kpis(rows: DemoRows) -> dict[str, int]:
    """Six KPIs: the library the objectives, key results and campaigns refer to."""
    ids = {}
    for name, description, spec in _specs():
        data = {
            "name": name,
            "unit": spec.unit,
            "direction": spec.direction,
            "formula": spec.formula,
            "aggregation": spec.aggregation,
            "description": description,
        }
        ids[spec.key] = flushed_id(rows.add(Kpi, data))
    return ids


def add_kpi_values(rows: DemoRows, kpis: dict[str, int], campaigns: dict[str, int]) -> None:
    """36 monthly targets and 12 measurements per KPI (some attributed to a campaign)."""
    for _name, _description, spec in _specs():
        kpi_id = kpis[spec.key]
        for m in range(MONTHS):
            target = {"period_start": _month(rows, m), "value": spec.target(m)}
            rows.add(KpiTarget, target, kpi_id=kpi_id, flush=False)
        for m in range(MEASURED_MONTHS):
            noise = 1 + rows.rng.gauss(0, 0.03)
            value = round(spec.target(m) * spec.performance[m] * noise, spec.decimals)
            campaign = campaigns[spec.campaign] if spec.campaign and m >= 3 else None
            measured = {
                "day": _month_end(_month(rows, m)),
                "value": float(value),
                "source": spec.source,
                "campaign_id": campaign,
            }
            rows.add(KpiMeasurement, measured, kpi_id=kpi_id, flush=False)


def _share_of_voice(m: int) -> float:
    return round(12.0 + 8.0 * m / (MONTHS - 1), 1)  # from 12 % to 20 % of the market's mentions


def add_share_of_voice(rows: DemoRows) -> dict[str, int]:
    """Share of voice, computed by its formula from two components (brand and market
    mentions, added up over each month), measured by a media study in the ten months before
    the plan and not since: the alignment page says it has no recent measurement."""
    data = {
        "name": translate("Demo", "Share of voice"),
        "unit": KpiUnit.PERCENT,
        "direction": KpiDirection.HIGHER_IS_BETTER,
        "formula": KpiFormula.SHARE_OF_VOICE,
        "aggregation": KpiAggregation.FORMULA,
        "description": translate(
            "Demo", "Our mentions in the press and on social media, out of the market's."
        ),
    }
    kpi_id = flushed_id(rows.add(Kpi, data))
    for m in range(MONTHS):
        target = {"period_start": _month(rows, m), "value": _share_of_voice(m)}
        rows.add(KpiTarget, target, kpi_id=kpi_id, flush=False)
    source = "Mention"  # a media-monitoring tool's name: not translated
    for m in range(10):  # January to October of the year before the plan
        end = _month_end(dt.date(rows.start_year - 1, m + 1, 1))
        market = float(round(2400 * (1 + rows.rng.gauss(0, 0.05))))
        brand = float(round(market * (0.10 + 0.002 * m)))
        for component, value in (("brand_mentions", brand), ("market_mentions", market)):
            measured = {"day": end, "value": value, "source": source, "component": component}
            rows.add(KpiMeasurement, measured, kpi_id=kpi_id, flush=False)
    return {"share_of_voice": kpi_id}
