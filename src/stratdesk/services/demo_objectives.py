"""The demo plan's SMART objectives, their key results, and the three-year roadmap.

The data tables are kept out of the formatter (`fmt: off`) so that each entry reads like a row.
"""

from __future__ import annotations

import datetime as dt

from stratdesk.domain.enums import ObjectiveStatus, WorkStatus
from stratdesk.domain.objectives import KeyResult, Objective, RoadmapItem, RoadmapLane
from stratdesk.i18n import translate
from stratdesk.i18n.formatting import format_money, format_number
from stratdesk.services.demo_rows import CURRENCY, SUBSCRIPTION_GOAL, DemoRows
from stratdesk.services.sql import flushed_id

DONE, DOING, TODO = WorkStatus.DONE, WorkStatus.IN_PROGRESS, WorkStatus.PLANNED


def add_objectives(rows: DemoRows, tows: dict[str, int], kpis: dict[str, int]) -> dict[str, int]:
    """Three SMART objectives over the plan, each measured by a KPI of the library; the first
    is promoted from the SO strategy."""
    lang, second, last = rows.language, rows.start_year + 1, rows.end_year
    objectives = [
        (
            "subscriptions",
            translate(
                "Demo",
                "Reach {count} active subscriptions from remote workers and small offices by "
                "the end of {year}.",
            ).format(count=format_number(SUBSCRIPTION_GOAL, lang), year=last),
            "subscriptions",
            0.0,
            float(SUBSCRIPTION_GOAL),
            dt.date(last, 12, 31),
            "Camille Roux",
            tows["launch"],
        ),
        (
            "cac",
            translate(
                "Demo",
                "Bring the cost of winning an office or remote-worker subscriber down to {amount} "
                "by the end of {year}.",
            ).format(amount=format_money(4500, CURRENCY, lang), year=second),
            "cac",
            80.0,
            45.0,
            dt.date(second, 12, 31),
            "Julien Marchand",
            None,
        ),
        (
            "nps",
            translate(
                "Demo",
                "Reach a Net Promoter Score of {score} among subscribers by the end of {year}.",
            ).format(score=60, year=last),
            "nps",
            42.0,
            60.0,
            dt.date(last, 12, 31),
            "Inès Benali",
            None,
        ),
    ]
    ids = {}
    for key, statement, kpi, baseline, target, deadline, owner, strategy in objectives:
        data = {
            "statement": statement,
            "kpi_id": kpis[kpi],
            "baseline": baseline,
            "target": target,
            "deadline": deadline,
            "owner": owner,
            "status": ObjectiveStatus.ACTIVE,
        }
        ids[key] = flushed_id(rows.add(Objective, data, tows_strategy_id=strategy))
    return ids


def add_key_results(rows: DemoRows, objectives: dict[str, int], kpis: dict[str, int]) -> None:
    """Two key results per objective: some measured by a KPI, some by a metric of their own."""
    second, last = rows.start_year + 1, rows.end_year
    # fmt: off
    results = [
        # objective, KPI (or None: a metric of its own), target, due, statement, metric
        ("subscriptions", "conversion", 3.2, dt.date(last, 12, 31),
         translate("Demo", "Convert 3.2% of website visits into orders by the end of {year}."
                   ).format(year=last), ""),
        ("subscriptions", None, 40.0, dt.date(second, 12, 31),
         translate("Demo", "Sign up 40 offices by the end of {year}.").format(year=second),
         translate("Demo", "Offices subscribed")),
        ("cac", "roas", 4.0, dt.date(last, 12, 31),
         translate("Demo", "Earn 4 euros of sales for every euro of advertising by the end of "
                           "{year}.").format(year=last), ""),
        ("cac", None, 25.0, dt.date(second, 12, 31),
         translate("Demo", "Win a quarter of new subscribers through referrals by the end of "
                           "{year}.").format(year=second),
         translate("Demo", "New subscribers from referrals (%)")),
        ("nps", None, 95.0, dt.date(second, 6, 30),
         translate("Demo", "Answer 95% of complaints within 24 hours from mid-{year}."
                   ).format(year=second),
         translate("Demo", "Complaints answered within 24 hours (%)")),
        ("nps", None, 85.0, dt.date(last, 12, 31),
         translate("Demo", "Keep 85% of subscribers after six months by {year}.").format(
             year=last),
         translate("Demo", "Subscribers still active after six months (%)")),
    ]
    # fmt: on
    for objective, kpi, target, due, statement, metric in results:
        data = {
            "statement": statement,
            "kpi_id": kpis[kpi] if kpi else None,
            "metric": metric,
            "target": target,
            "due": due,
        }
        rows.add(KeyResult, data, objective_id=objectives[objective])


def add_roadmap(rows: DemoRows, objectives: dict[str, int]) -> None:
    """Sixteen roadmap items over the three years, with milestones: most sit in their
    objective's lane, the product and brand work in two free lanes of their own."""
    day = rows.day
    lanes = {
        key: flushed_id(rows.add(RoadmapLane, {"name": name}))
        for key, name in (
            ("product", translate("Demo", "Product")),
            ("brand", translate("Demo", "Brand")),
        )
    }
    colours = {"product": "#6F3B1E", "brand": "#A7C957"}
    goal = format_number(SUBSCRIPTION_GOAL, rows.language)
    # fmt: off
    items = [
        # free lane (None: the objective's), start, end, milestone, status, objective, title,
        # description
        ("product", day(1, 1, 5), day(1, 3, 13), False, DONE, "subscriptions",
         translate("Demo", "Design the subscription offer"),
         translate("Demo", "Three tiers, delivery rhythm, pause and cancellation rules.")),
        (None, day(1, 2, 2), day(1, 4, 10), False, DONE, "subscriptions",
         translate("Demo", "Rebuild the website for subscriptions"),
         translate("Demo", "New shop with recurring payments and a customer account.")),
        (None, day(1, 4, 15), day(1, 4, 15), True, DONE, "subscriptions",
         translate("Demo", "Subscription launch"),
         translate("Demo", "Opening night with a live online cupping.")),
        (None, day(1, 5, 4), day(1, 7, 31), False, DONE, "subscriptions",
         translate("Demo", "Pilot with five Lyon offices"),
         translate("Demo", "Free first month in exchange for feedback and a testimonial.")),
        ("brand", day(1, 3, 2), day(2, 6, 30), False, DOING, "nps",
         translate("Demo", "Producer stories content series"),
         translate("Demo", "One story a month from our partner cooperatives.")),
        (None, day(1, 6, 1), day(2, 6, 30), False, DOING, "cac",
         translate("Demo", "Optimise paid acquisition"),
         translate("Demo", "Cut the cost per subscriber with better targeting and pages.")),
        (None, day(2, 1, 4), day(2, 3, 31), False, TODO, "subscriptions",
         translate("Demo", "Hire a freelance salesperson for offices"),
         translate("Demo", "Two days a week, paid partly on commission.")),
        (None, day(2, 3, 1), day(2, 4, 30), False, TODO, "cac",
         translate("Demo", "Launch the referral programme"),
         translate("Demo", "Subscribers invite their friends; both get a free bag.")),
        ("product", day(2, 4, 1), day(2, 9, 30), False, TODO, "subscriptions",
         translate("Demo", "Zero-waste office kit"),
         translate("Demo", "Bulk bags, a grinder on loan and a refill box.")),
        (None, day(2, 9, 1), day(2, 9, 1), True, TODO, "nps",
         translate("Demo", "Loyalty programme launch"),
         translate("Demo", "Points for every month, rewards from the roastery.")),
        (None, day(2, 1, 4), day(2, 6, 30), False, TODO, "nps",
         translate("Demo", "Answer every complaint within 24 hours"),
         translate("Demo", "A shared inbox, reply templates and a weekly review of complaints.")),
        (None, day(2, 11, 16), day(2, 11, 16), True, TODO, "nps",
         translate("Demo", "Yearly subscriber survey"),
         translate("Demo", "Net Promoter Score asked of every subscriber.")),
        (None, day(2, 12, 31), day(2, 12, 31), True, TODO, "cac",
         translate("Demo", "Cost per subscriber at its target"),
         translate("Demo", "The cost of winning a subscriber is down to its target.")),
        ("brand", day(3, 3, 2), day(3, 10, 30), False, TODO, "nps",
         translate("Demo", "Roastery open days"),
         translate("Demo", "Subscribers visit the roastery and meet a producer twice a year.")),
        (None, day(3, 1, 4), day(3, 12, 18), False, TODO, "subscriptions",
         translate("Demo", "Open offices in Grenoble and Saint-Étienne"),
         translate("Demo", "Same office offer, delivered by regional courier.")),
        (None, day(3, 12, 31), day(3, 12, 31), True, TODO, "subscriptions",
         translate("Demo", "{count} active subscriptions").format(count=goal),
         translate("Demo", "The plan's main objective is reached.")),
    ]
    # fmt: on
    for lane, start, end, milestone, status, objective, title, description in items:
        data = {
            "title": title,
            "description": description,
            "start": start,
            "end": end,
            "milestone": milestone,
            "status": status,
            "objective_id": objectives[objective],
            "lane_id": lanes[lane] if lane else None,
            "colour": colours[lane] if lane else "",
        }
        rows.add(RoadmapItem, data)
