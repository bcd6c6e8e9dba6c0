"""The demo plan's operations: 4P mix actions, a year of campaigns (with the KPIs they move,
the customer-relationship ones included), and experiments with their variants.

The plan is shown as at its first yearly review (December of the first year): first-year work
is done or under way, the next years are planned. The data tables are kept out of the
formatter (`fmt: off`) so that each entry reads like a row.
"""

from __future__ import annotations

import calendar
import datetime as dt

from stratdesk.domain.enums import (
    Channel,
    ExperimentDecision,
    KpiAggregation,
    KpiDirection,
    KpiFormula,
    KpiUnit,
    MixColumn,
    MixP,
    WorkStatus,
)
from stratdesk.domain.kpis import Kpi, KpiMeasurement, KpiTarget
from stratdesk.domain.operations import (
    Campaign,
    CampaignKpi,
    Experiment,
    ExperimentVariant,
    MixAction,
)
from stratdesk.i18n import translate
from stratdesk.services.demo_rows import DemoRows
from stratdesk.services.sql import flushed_id

IDEA, PLANNED = MixColumn.IDEA, MixColumn.PLANNED
DOING, DONE = MixColumn.IN_PROGRESS, MixColumn.DONE
LEA, CAMILLE, JULIEN = "Léa Fontaine", "Camille Roux", "Julien Marchand"
INES, THOMAS = "Inès Benali", "Thomas Girard"


def add_mix(rows: DemoRows, objectives: dict[str, int], segments: dict[str, int]) -> None:
    """Thirteen mix actions over the four Ps and the four columns.

    One idea has no objective on purpose: the alignment page shows where the chain from
    strategy to action breaks.
    """
    day = rows.day
    # fmt: off
    actions = [
        # P, column, owner, due, planned, actual (cents), objective, segment, title, description
        (MixP.PRODUCT, DONE, LEA, day(1, 3, 31), 420_000, 465_000, "subscriptions", "remote",
         translate("Demo", "Monthly origin box for remote workers"),
         translate("Demo", "A 250 g bag of a new origin every month, with tasting notes.")),
        (MixP.PRODUCT, DOING, LEA, day(2, 2, 26), 600_000, 380_000, "nps", "remote",
         translate("Demo", "Compostable packaging"),
         translate("Demo", "Replace the foil-lined bags with certified compostable ones.")),
        (MixP.PRODUCT, PLANNED, LEA, day(2, 3, 31), 350_000, 0, "subscriptions", "offices",
         translate("Demo", "1 kg bulk bags for offices"),
         translate("Demo", "A larger, refillable format with a grinder on loan.")),
        (MixP.PRICE, DONE, CAMILLE, day(1, 3, 31), 80_000, 80_000, "subscriptions", "remote",
         translate("Demo", "Three subscription tiers"),
         translate("Demo", "Discovery, Classic and Office: the longer the commitment, the "
                           "lower the price per bag.")),
        (MixP.PRICE, DONE, JULIEN, day(1, 4, 15), 300_000, 342_000, "cac", "remote",
         translate("Demo", "First month at half price"),
         translate("Demo", "Welcome offer for new subscribers, paid from the acquisition "
                           "budget.")),
        (MixP.PRICE, IDEA, THOMAS, None, 0, 0, None, "offices",
         translate("Demo", "Volume discount for offices"),
         translate("Demo", "A price per kilo that falls as the team grows.")),
        (MixP.PROMOTION, DOING, JULIEN, day(1, 12, 31), 900_000, 870_000, "cac", "remote",
         translate("Demo", "Search ads on coffee subscription keywords"),
         translate("Demo", "Always on, with the budget moved to the best ads every month.")),
        (MixP.PROMOTION, DOING, INES, day(1, 12, 31), 360_000, 330_000, "nps", "remote",
         translate("Demo", "Producer stories on Instagram"),
         translate("Demo", "Two posts and one short video a week about our producers.")),
        (MixP.PROMOTION, PLANNED, INES, day(2, 2, 26), 250_000, 0, "cac", "remote",
         translate("Demo", "Referral programme: a free bag for each friend"),
         translate("Demo", "Subscribers share a link; both get a free bag.")),
        (MixP.PROMOTION, IDEA, INES, day(2, 10, 15), 250_000, 0, "subscriptions", "gifts",
         translate("Demo", "Stand at the Lyon coffee festival"),
         translate("Demo", "Tastings and gift subscriptions sold on the spot.")),
        (MixP.PLACE, DONE, LEA, day(1, 4, 1), 150_000, 135_000, "subscriptions", "remote",
         translate("Demo", "Letterbox-sized parcel with tracked delivery"),
         translate("Demo", "No need to be at home: the parcel fits a standard letterbox.")),
        (MixP.PLACE, PLANNED, THOMAS, day(2, 1, 29), 50_000, 0, "subscriptions", "offices",
         translate("Demo", "Pick-up at the shop for nearby offices"),
         translate("Demo", "Offices within walking distance collect their order at the shop.")),
        (MixP.PLACE, IDEA, THOMAS, None, 0, 0, "subscriptions", "offices",
         translate("Demo", "Listing on an office supplies marketplace"),
         translate("Demo", "Reach office managers where they already buy their supplies.")),
    ]
    # fmt: on
    # Dot votes from the workshop that chose next year's actions, one per action above.
    votes = (0, 3, 5, 0, 0, 2, 0, 0, 4, 1, 0, 2, 0)
    for action, vote in zip(actions, votes, strict=True):
        p, column, owner, due, planned, actual, objective, segment, title, text = action
        data = {
            "p": p,
            "column": column,
            "title": title,
            "description": text,
            "owner": owner,
            "due": due,
            "budget_planned_cents": planned,
            "budget_actual_cents": actual,
            "objective_id": objectives[objective] if objective else None,
            "segment_id": segments[segment],
            "votes": vote,
        }
        rows.add(MixAction, data)


def add_campaigns(
    rows: DemoRows, objectives: dict[str, int], segments: dict[str, int], kpis: dict[str, int]
) -> dict[str, int]:
    """A year of campaigns over every kind of channel (customer relationship included: a
    loyalty programme, after-sales follow-up, complaint handling), two planned for next year,
    some over their budget, one aimed at a segment the plan does not target, and the KPIs
    each one moves."""
    day = rows.day
    done, doing, todo = WorkStatus.DONE, WorkStatus.IN_PROGRESS, WorkStatus.PLANNED
    # fmt: off
    campaigns = [
        # key, channel, start, end, planned, actual (cents), status, colour, objective,
        # segment, name, notes
        ("search", Channel.SEARCH, day(1, 4, 1), day(1, 12, 31), 900_000, 870_000, doing,
         "#2E86AB", "cac", "remote",
         translate("Demo", "Search ads: coffee subscription"),
         translate("Demo", "Always-on campaign on subscription keywords.")),
        ("launch", Channel.ONLINE_EVENT, day(1, 4, 15), day(1, 4, 15), 150_000, 120_000, done,
         "#F18F01", "subscriptions", "remote",
         translate("Demo", "Online launch event: live cupping"),
         translate("Demo", "Live tasting with two producers; 340 people watched.")),
        ("stories", Channel.SOCIAL, day(1, 3, 2), day(1, 12, 31), 360_000, 330_000, doing,
         "#C73E1D", "nps", "remote",
         translate("Demo", "Producer stories on Instagram"),
         translate("Demo", "Content series shared with the partner cooperatives.")),
        ("welcome", Channel.EMAIL, day(1, 4, 15), day(1, 12, 31), 80_000, 60_000, doing,
         "#3B1F2B", "subscriptions", "remote",
         translate("Demo", "Welcome email series"),
         translate("Demo", "Five emails over the first month: brewing tips and producers.")),
        ("linkedin", Channel.SOCIAL, day(1, 5, 4), day(1, 7, 31), 250_000, 270_000, done,
         "#6A994E", "subscriptions", "offices",
         translate("Demo", "LinkedIn outreach to office managers"),
         translate("Demo", "Sponsored messages and a free tasting offer.")),
        ("press", Channel.PR, day(1, 8, 31), day(1, 9, 11), 80_000, 80_000, done,
         "#A7C957", "subscriptions", "offices",
         translate("Demo", "Back-to-the-office press release"),
         translate("Demo", "Picked up by two local papers and a business radio.")),
        ("fair", Channel.EVENT, day(1, 9, 22), day(1, 9, 24), 500_000, 540_000, done,
         "#BC4749", "subscriptions", "offices",
         translate("Demo", "Trade fair: Lyon workplace show"),
         translate("Demo", "Stand with a coffee bar; 180 office contacts collected.")),
        ("christmas", Channel.DISPLAY, day(1, 11, 16), day(1, 12, 24), 400_000, 310_000, doing,
         "#7B2CBF", "subscriptions", "gifts",
         translate("Demo", "Christmas gift subscriptions"),
         translate("Demo", "Display ads and a gift page with a printable card.")),
        ("referral", Channel.EMAIL, day(2, 3, 1), day(2, 4, 30), 200_000, 0, todo,
         "#118AB2", "cac", "remote",
         translate("Demo", "Spring referral drive"),
         translate("Demo", "Launches the referral programme with existing subscribers.")),
        ("aftersales", Channel.AFTER_SALES, day(1, 5, 4), day(1, 12, 31), 60_000, 45_000, doing,
         "#540B0E", "nps", "remote",
         translate("Demo", "After-sales follow-up calls"),
         translate("Demo", "A call in the second month of every subscription; complaints "
                           "answered within a day.")),
        ("loyalty", Channel.LOYALTY, day(2, 9, 1), day(2, 12, 31), 300_000, 0, todo,
         "#E09F3E", "nps", "remote",
         translate("Demo", "Loyalty programme: points and rewards"),
         translate("Demo", "Points for every month of subscription, rewards from the "
                           "roastery.")),
        ("guides", Channel.CONTENT, day(1, 1, 12), day(1, 6, 30), 120_000, 95_000, done,
         "#0072B2", "nps", "remote",
         translate("Demo", "Brewing guides on the blog"),
         translate("Demo", "One guide a fortnight: filter, espresso, cold brew; shared in "
                           "the newsletter.")),
        ("flyers", Channel.PRINT, day(1, 2, 16), day(1, 3, 13), 50_000, 46_000, done,
         "#CC79A7", "subscriptions", "remote",
         translate("Demo", "Flyers in co-working spaces"),
         translate("Demo", "A tasting voucher on every desk of four co-working spaces; "
                           "reprinted once.")),
        ("complaints", Channel.COMPLAINTS, day(1, 2, 2), day(1, 12, 31), 40_000, 34_000,
         doing, "#D55E00", "nps", "remote",
         translate("Demo", "Complaint handling: an answer within a day"),
         translate("Demo", "Every complaint answered within 24 hours by the roaster; late "
                           "parcels refunded at once.")),
        ("coworking", Channel.PARTNERSHIP, day(1, 6, 1), day(1, 10, 31), 180_000, 150_000,
         done, "#009E73", "subscriptions", "offices",
         translate("Demo", "Co-working partnership: tasting corners"),
         translate("Demo", "Our coffee served in two co-working spaces, with a discount "
                           "code for their members.")),
        # Cafés are not a target (see the targeting page): the alignment page says so.
        ("baristas", Channel.EVENT, day(1, 10, 5), day(1, 10, 5), 30_000, 35_000, done,
         "#56B4E9", "nps", "cafes",
         translate("Demo", "Barista morning for the cafés we supply"),
         translate("Demo", "A latte-art workshop at the roastery for the baristas of our "
                           "wholesale customers.")),
    ]
    moves = {
        "search": ("cac", "roas", "sessions"),
        "launch": ("subscriptions", "sessions"),
        "stories": ("sessions", "nps", "share_of_voice"),
        "welcome": ("subscriptions",),
        "linkedin": ("subscriptions",),
        "press": ("sessions", "share_of_voice"),
        "fair": ("subscriptions",),
        "christmas": ("subscriptions", "conversion"),
        "referral": ("cac", "subscriptions"),
        "aftersales": ("nps", "churn", "retention"),
        "loyalty": ("nps", "subscriptions", "retention"),
        "guides": ("sessions", "nps"),
        "flyers": ("subscriptions",),
        "complaints": ("nps", "churn"),
        "coworking": ("subscriptions", "sessions"),
        "baristas": ("nps",),
    }
    # fmt: on
    ids = {}
    for row in campaigns:
        key, channel, start, end, planned, actual, status, colour, objective, segment = row[:10]
        name, notes = row[10:]
        data = {
            "name": name,
            "channel": channel,
            "start": start,
            "end": end,
            "budget_planned_cents": planned,
            "budget_actual_cents": actual,
            "status": status,
            "colour": colour,
            "notes": notes,
            "objective_id": objectives[objective],
            "segment_id": segments[segment],
        }
        ids[key] = flushed_id(rows.add(Campaign, data))
        for kpi in moves[key]:
            rows.add_link(CampaignKpi(campaign_id=ids[key], kpi_id=kpis[kpi]))
    return ids


def add_experiments(rows: DemoRows, campaigns: dict[str, int]) -> None:
    """Four test-and-learn experiments (adopted, to iterate, still running, dropped), each
    with variants A and B, their results and the lesson learned."""
    day = rows.day
    # fmt: off
    experiments = [
        # campaign, start, end, decision, name, hypothesis, metric, result, lesson,
        # variants: (description, result) of A then B
        ("search", day(1, 5, 4), day(1, 5, 31), ExperimentDecision.ADOPT,
         translate("Demo", "Landing page headline"),
         translate("Demo", "A headline about freshness converts better than one about price."),
         translate("Demo", "Conversion rate"),
         translate("Demo", "B converted 3.1% of visitors against 2.4% for A, over 6,200 "
                           "visits."),
         translate("Demo", "Freshness sells better than price: every page now leads with it."),
         ((translate("Demo", "A headline about the price"),
           translate("Demo", "2.4% of visitors ordered")),
          (translate("Demo", "“Roasted 48 hours before it reaches you”"),
           translate("Demo", "3.1% of visitors ordered")))),
        ("welcome", day(1, 6, 1), day(1, 8, 31), ExperimentDecision.ITERATE,
         translate("Demo", "Welcome offer"),
         translate("Demo", "A free hand grinder keeps subscribers longer than half price on "
                           "the first month."),
         translate("Demo", "Subscribers still active after three months"),
         translate("Demo", "B kept 78% of subscribers against 61% for A, but each one cost "
                           "twice as much."),
         translate("Demo", "A gift keeps subscribers better than a discount; try a cheaper "
                           "gift next."),
         ((translate("Demo", "First month at half price"),
           translate("Demo", "61% still subscribed after three months")),
          (translate("Demo", "A free grinder with a six-month commitment"),
           translate("Demo", "78% still subscribed after three months, at twice the cost")))),
        ("linkedin", day(1, 7, 1), day(1, 7, 31), ExperimentDecision.PENDING,
         translate("Demo", "Message to office managers"),
         translate("Demo", "Offering a free tasting at the office gets more replies than a "
                           "discount."),
         translate("Demo", "Reply rate"),
         translate("Demo", "9 replies for B against 4 for A, out of 41 messages each: too few "
                           "to decide."),
         translate("Demo", "Too few messages to decide yet: send a hundred more of each."),
         ((translate("Demo", "20% off the first order"),
           translate("Demo", "4 replies out of 41 messages")),
          (translate("Demo", "A free tasting session at the office"),
           translate("Demo", "9 replies out of 41 messages")))),
        ("complaints", day(1, 9, 1), day(1, 10, 31), ExperimentDecision.DROP,
         translate("Demo", "A gift after a complaint"),
         translate("Demo", "A free bag sent after a complaint keeps more subscribers than an "
                           "apology alone."),
         translate("Demo", "Subscribers still active two months after a complaint"),
         translate("Demo", "83% stayed with the gift, 82% without: not worth its cost."),
         translate("Demo", "A quick, personal answer is what keeps people; the gift adds "
                           "nothing."),
         ((translate("Demo", "A personal apology within a day"),
           translate("Demo", "82% still subscribed")),
          (translate("Demo", "The same apology and a free bag"),
           translate("Demo", "83% still subscribed")))),
    ]
    # fmt: on
    for row in experiments:
        campaign, start, end, decision, name, hypothesis, metric, result, lesson = row[:9]
        data = {
            "name": name,
            "hypothesis": hypothesis,
            "metric": metric,
            "start": start,
            "end": end,
            "result": result,
            "decision": decision,
            "lesson": lesson,
            "campaign_id": campaigns[campaign],
        }
        experiment = rows.add(Experiment, data)
        for label, (description, outcome) in zip(("A", "B"), row[9], strict=True):
            variant = {"name": label, "description": description, "result": outcome}
            rows.add(ExperimentVariant, variant, experiment_id=experiment.id, flush=False)


def _churn(m: int) -> float:
    return round(6.0 - 2.5 * m / 35, 2)  # monthly churn down from 6 % to 3.5 %


def _retention(m: int) -> float:
    return round(62.0 + 18 * m / 35, 1)  # still subscribed after three months: 62 % → 80 %


# Measured ÷ target for each month of the first year (> 1 is worse for churn).
_CHURN_PERFORMANCE = (1.2, 1.15, 1.1, 1.05, 0.97, 1.02, 1.08, 1.1, 0.96, 0.94, 0.93, 0.9)
_RETENTION_PERFORMANCE = (0.9, 0.92, 0.95, 0.97, 1.01, 0.99, 0.98, 0.97, 1.02, 1.03, 1.04, 1.05)


def add_relationship_kpis(rows: DemoRows, months: int, measured: int) -> dict[str, int]:
    """The customer-relationship KPIs the loyalty, after-sales and complaint campaigns move
    (churn, retention; the NPS is in the KPI library already), with monthly targets over
    `months` and the first `measured` months measured."""
    ids: dict[str, int] = {}
    percent, average = KpiUnit.PERCENT, KpiAggregation.AVERAGE
    specs = (
        ("churn", translate("Demo", "Monthly churn"),
         translate("Demo", "Share of subscribers who cancel in the month."),
         KpiDirection.LOWER_IS_BETTER, KpiFormula.CHURN, _churn, _CHURN_PERFORMANCE),
        ("retention", translate("Demo", "Retention after three months"),
         translate("Demo", "Share of new subscribers still subscribed three months later."),
         KpiDirection.HIGHER_IS_BETTER, KpiFormula.DIRECT, _retention, _RETENTION_PERFORMANCE),
    )  # fmt: skip
    for key, name, description, direction, formula, target, performance in specs:
        data = {
            "name": name,
            "unit": percent,
            "direction": direction,
            "formula": formula,
            "aggregation": average,
            "description": description,
        }
        kpi_id = rows.add(Kpi, data).id
        assert kpi_id is not None
        ids[key] = kpi_id
        for m in range(months):
            first = dt.date(rows.start_year + m // 12, m % 12 + 1, 1)
            rows.add(KpiTarget, {"period_start": first, "value": target(m)}, kpi_id=kpi_id,
                     flush=False)  # fmt: skip
            if m < measured:
                last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
                value = round(target(m) * performance[m], 2)
                measurement = {"day": last, "value": value, "source": "Shopify"}
                rows.add(KpiMeasurement, measurement, kpi_id=kpi_id, flush=False)
    return ids
