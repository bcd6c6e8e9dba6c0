"""The demo plan's SMART objectives and the three-year roadmap that delivers them.

The data tables are kept out of the formatter (`fmt: off`) so that each entry reads like a row.
"""

from __future__ import annotations

import datetime as dt

from stratdesk.domain.enums import ObjectiveStatus, WorkStatus
from stratdesk.domain.objectives import Objective, RoadmapItem
from stratdesk.i18n import translate
from stratdesk.i18n.formatting import format_money, format_number
from stratdesk.services.demo_rows import CURRENCY, SUBSCRIPTION_GOAL, DemoRows

DONE, DOING, TODO = WorkStatus.DONE, WorkStatus.IN_PROGRESS, WorkStatus.PLANNED


def add_objectives(rows: DemoRows, tows: dict[str, int]) -> dict[str, int]:
    """Three SMART objectives over the plan; the first is promoted from the SO strategy."""
    lang, second, last = rows.language, rows.start_year + 1, rows.end_year
    objectives = [
        (
            "subscriptions",
            translate(
                "Demo",
                "Reach {count} active subscriptions from remote workers and small offices by "
                "the end of {year}.",
            ).format(count=format_number(SUBSCRIPTION_GOAL, lang), year=last),
            translate("Demo", "Active subscriptions"),
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
                "Bring the cost of winning a subscriber down to {amount} by the end of {year}.",
            ).format(amount=format_money(4500, CURRENCY, lang), year=second),
            translate("Demo", "Customer acquisition cost"),
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
            translate("Demo", "Net Promoter Score"),
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
            "kpi_name": kpi,
            "baseline": baseline,
            "target": target,
            "deadline": deadline,
            "owner": owner,
            "status": ObjectiveStatus.ACTIVE,
        }
        ids[key] = rows.add(Objective, data, tows_strategy_id=strategy).id
    return ids


def add_roadmap(rows: DemoRows, objectives: dict[str, int]) -> None:
    """Eleven roadmap items in four lanes over the three years, with milestones."""
    day = rows.day
    product, digital = translate("Demo", "Product"), translate("Demo", "Digital")
    sales, brand = translate("Demo", "Sales"), translate("Demo", "Brand")
    goal = format_number(SUBSCRIPTION_GOAL, rows.language)
    # fmt: off
    items = [
        # lane, start, end, milestone, status, objective, title, description
        (product, day(1, 1, 5), day(1, 3, 13), False, DONE, "subscriptions",
         translate("Demo", "Design the subscription offer"),
         translate("Demo", "Three tiers, delivery rhythm, pause and cancellation rules.")),
        (digital, day(1, 2, 2), day(1, 4, 10), False, DONE, "subscriptions",
         translate("Demo", "Rebuild the website for subscriptions"),
         translate("Demo", "New shop with recurring payments and a customer account.")),
        (digital, day(1, 4, 15), day(1, 4, 15), True, DONE, "subscriptions",
         translate("Demo", "Subscription launch"),
         translate("Demo", "Opening night with a live online cupping.")),
        (sales, day(1, 5, 4), day(1, 7, 31), False, DONE, "subscriptions",
         translate("Demo", "Pilot with five Lyon offices"),
         translate("Demo", "Free first month in exchange for feedback and a testimonial.")),
        (brand, day(1, 3, 2), day(2, 6, 30), False, DOING, "nps",
         translate("Demo", "Producer stories content series"),
         translate("Demo", "One story a month from our partner cooperatives.")),
        (digital, day(1, 6, 1), day(2, 6, 30), False, DOING, "cac",
         translate("Demo", "Optimise paid acquisition"),
         translate("Demo", "Cut the cost per subscriber with better targeting and pages.")),
        (sales, day(2, 1, 4), day(2, 3, 31), False, TODO, "subscriptions",
         translate("Demo", "Hire a freelance salesperson for offices"),
         translate("Demo", "Two days a week, paid partly on commission.")),
        (product, day(2, 4, 1), day(2, 9, 30), False, TODO, "subscriptions",
         translate("Demo", "Zero-waste office kit"),
         translate("Demo", "Bulk bags, a grinder on loan and a refill box.")),
        (brand, day(2, 9, 1), day(2, 9, 1), True, TODO, "nps",
         translate("Demo", "Loyalty programme launch"),
         translate("Demo", "Points for every month, rewards from the roastery.")),
        (sales, day(3, 1, 4), day(3, 12, 18), False, TODO, "subscriptions",
         translate("Demo", "Open offices in Grenoble and Saint-Étienne"),
         translate("Demo", "Same office offer, delivered by regional courier.")),
        (sales, day(3, 12, 31), day(3, 12, 31), True, TODO, "subscriptions",
         translate("Demo", "{count} active subscriptions").format(count=goal),
         translate("Demo", "The plan's main objective is reached.")),
    ]
    # fmt: on
    for lane, start, end, milestone, status, objective, title, description in items:
        data = {
            "lane": lane,
            "title": title,
            "description": description,
            "start": start,
            "end": end,
            "milestone": milestone,
            "status": status,
            "objective_id": objectives[objective],
        }
        rows.add(RoadmapItem, data)
