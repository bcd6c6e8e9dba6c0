"""The demo plan's targeting: segments, personas, scoring, positioning, perceptual map.

The data tables are kept out of the formatter (`fmt: off`) so that each entry reads like a row.
"""

from __future__ import annotations

from stratdesk.domain.analysis import Competitor
from stratdesk.domain.enums import CriterionKind, MapAxisOrientation, Targeting
from stratdesk.domain.targeting import (
    Criterion,
    MapAxis,
    MapPoint,
    Persona,
    Positioning,
    Segment,
    SegmentScore,
)
from stratdesk.i18n import translate
from stratdesk.services.demo_rows import CLIENT_NAME, DemoRows
from stratdesk.services.sql import flushed_id

# Scores 0–10 per segment, in the order of `_criteria` (attractiveness, then strength).
_SCORES = {
    "remote": (9, 8, 6, 7, 9, 5, 9),
    "offices": (6, 6, 8, 5, 7, 4, 7),
    "gifts": (5, 5, 7, 6, 8, 6, 8),
    "cafes": (3, 2, 5, 6, 6, 7, 4),
}


def add_segments(rows: DemoRows) -> dict[str, int]:
    """Four segments (one primary target, two secondary, one not targeted), each with a
    targeting rationale and at least one persona."""
    primary, secondary = Targeting.PRIMARY, Targeting.SECONDARY
    # fmt: off
    segments = [
        # key, targeting, size, yearly value (cents), growth %, name, description, needs,
        # channels, rationale
        ("remote", primary, 900_000, 13_500_000_000, 6.5,
         translate("Demo", "Remote workers"),
         translate("Demo", "Employees and freelancers working from home two days a week or "
                           "more, across France."),
         translate("Demo", "Good coffee without going out, regular delivery, freedom to pause."),
         translate("Demo", "Instagram, search engines, newsletters, word of mouth"),
         translate("Demo", "The largest and fastest-growing market, where our fresh coffee and "
                           "letterbox delivery make the clearest difference.")),
        ("offices", secondary, 38_000, 6_840_000_000, 3.0,
         translate("Demo", "Small offices (5 to 50 staff)"),
         translate("Demo", "Companies in the Auvergne-Rhône-Alpes region that offer coffee to "
                           "their staff."),
         translate("Demo", "A perk that brings staff back to the office, no machine lease, one "
                           "monthly invoice."),
         translate("Demo", "LinkedIn, office managers' networks, trade fairs"),
         translate("Demo", "Larger orders and loyal customers, but longer sales cycles: won "
                           "with a salesperson from the second year.")),
        ("gifts", secondary, 250_000, 1_625_000_000, 4.0,
         translate("Demo", "Gift buyers"),
         translate("Demo", "People giving a coffee subscription for Christmas, birthdays or "
                           "leaving parties."),
         translate("Demo", "An original gift that looks good and arrives on time."),
         translate("Demo", "Search engines, email, the shop"),
         translate("Demo", "A seasonal peak at Christmas that brings new subscribers at little "
                           "extra cost.")),
        ("cafes", Targeting.NOT_TARGETED, 5_200, 2_080_000_000, 1.5,
         translate("Demo", "Cafés and restaurants"),
         translate("Demo", "Independent cafés and restaurants in the Lyon area buying "
                           "wholesale."),
         translate("Demo", "Consistent quality, barista training, reliable deliveries."),
         translate("Demo", "Visits, trade fairs, word of mouth"),
         translate("Demo", "Wholesale needs machines, training and a sales team we do not "
                           "have; served as today, not developed.")),
    ]
    personas = [
        # segment, name (not translated), description, needs, channels
        ("remote", "Claire",
         translate("Demo", "34, product designer at a Lyon start-up, works from home three "
                           "days a week."),
         translate("Demo", "Coffee as good as at her favourite café, in a parcel that fits "
                           "her letterbox."),
         translate("Demo", "Instagram, podcasts, newsletters")),
        ("remote", "Marc",
         translate("Demo", "41, freelance developer, works from home every day."),
         translate("Demo", "Never run out of coffee; discover a new origin every month."),
         translate("Demo", "Search engines, forums, YouTube")),
        ("offices", "Sophie",
         translate("Demo", "38, office manager at a 25-person architecture firm."),
         translate("Demo", "A perk the team loves, with no machine to manage and one monthly "
                           "invoice."),
         translate("Demo", "LinkedIn, trade fairs, recommendations from peers")),
        ("gifts", "Bernard",
         translate("Demo", "58, looks for original gifts for his children and colleagues."),
         translate("Demo", "A gift that feels personal and lasts beyond the day."),
         translate("Demo", "Search engines, email, visits to the shop")),
        ("cafes", "Nadia",
         translate("Demo", "45, runs a brunch café in the Croix-Rousse district."),
         translate("Demo", "Consistent coffee, staff training and deliveries she can count on."),
         translate("Demo", "Visits from suppliers, trade fairs, word of mouth")),
    ]
    # fmt: on
    ids = {}
    for key, targeting, size, value, growth, name, description, needs, channels, why in segments:
        data = {
            "name": name,
            "description": description,
            "size": size,
            "value_cents": value,
            "growth_pct": growth,
            "needs": needs,
            "channels": channels,
            "targeting": targeting,
            "targeting_rationale": why,
        }
        ids[key] = flushed_id(rows.add(Segment, data))
    for segment, name, description, needs, channels in personas:
        data = {"name": name, "description": description, "needs": needs, "channels": channels}
        rows.add(Persona, data, segment_id=ids[segment])
    return ids


def _criteria() -> list[tuple[CriterionKind, float, str]]:
    attractive, strength = CriterionKind.ATTRACTIVENESS, CriterionKind.STRENGTH
    return [
        (attractive, 30.0, translate("Demo", "Market size")),
        (attractive, 20.0, translate("Demo", "Growth")),
        (attractive, 25.0, translate("Demo", "Willingness to pay")),
        (attractive, 25.0, translate("Demo", "Ease of reach")),
        (strength, 40.0, translate("Demo", "Fit with our coffee and service")),
        (strength, 25.0, translate("Demo", "Brand recognition")),
        (strength, 35.0, translate("Demo", "Delivery capability")),
    ]


def add_scoring(rows: DemoRows, segments: dict[str, int]) -> None:
    """Attractiveness and strength criteria with weights, and a score for every pair."""
    criteria = [
        flushed_id(rows.add(Criterion, {"name": name, "kind": kind, "weight": weight}))
        for kind, weight, name in _criteria()
    ]
    for key, scores in _SCORES.items():
        for criterion_id, score in zip(criteria, scores, strict=True):
            rows.add(
                SegmentScore,
                {"score": score},
                segment_id=segments[key],
                criterion_id=criterion_id,
            )


def add_positioning(rows: DemoRows, segments: dict[str, int]) -> None:
    """One positioning statement per targeted segment."""
    # fmt: off
    statements = [
        # Each field continues the template: "For {target} who {need}, {brand} is {category}
        # that {benefit}. Unlike {alternative}, {brand} {differentiator}. Proof: {proof}."
        ("remote",
         translate("Demo", "remote workers"),
         translate("Demo", "miss the coffee of their favourite café on home-working days"),
         translate("Demo", "a fresh specialty coffee subscription"),
         translate("Demo", "delivers coffee roasted to order to the letterbox, in time for "
                           "the week"),
         translate("Demo", "supermarket and capsule coffee"),
         translate("Demo", "roasts in Lyon 48 hours before delivery, with beans from "
                           "producers it knows by name"),
         translate("Demo", "a regional roasting award, three partner cooperatives and "
                           "customers who rate us 4.8 out of 5")),
        ("offices",
         translate("Demo", "office managers of companies with 5 to 50 staff"),
         translate("Demo", "want a perk that brings the team back to the office"),
         translate("Demo", "an office coffee subscription with no machine lease"),
         translate("Demo", "gives the whole team great coffee on one monthly invoice, with "
                           "nothing to manage"),
         translate("Demo", "capsule machine leasing"),
         translate("Demo", "delivers zero-waste bulk coffee, roasted locally, in flexible "
                           "quantities"),
         translate("Demo", "a pilot with five Lyon offices and certified compostable "
                           "packaging")),
        ("gifts",
         translate("Demo", "gift buyers looking for something original"),
         translate("Demo", "want a present that feels personal and lasts"),
         translate("Demo", "a gift coffee subscription"),
         translate("Demo", "brings three, six or twelve months of discoveries, with a "
                           "handwritten card"),
         translate("Demo", "a box of chocolates or a bottle of wine"),
         translate("Demo", "tells the story of each producer, with tasting notes in every "
                           "parcel"),
         translate("Demo", "over 600 gift boxes sold in the shop last Christmas")),
    ]
    # fmt: on
    for key, target, need, category, benefit, alternative, differentiator, proof in statements:
        data = {
            "target": target,
            "need": need,
            "category": category,
            "benefit": benefit,
            "alternative": alternative,
            "differentiator": differentiator,
            "proof": proof,
        }
        rows.add(Positioning, data, segment_id=segments[key])


def add_map(rows: DemoRows, competitors: dict[str, int]) -> None:
    """A price × freshness perceptual map with our brand and every competitor."""
    axes = [
        (
            MapAxisOrientation.X,
            translate("Demo", "Price"),
            translate("Demo", "Affordable"),
            translate("Demo", "Premium"),
        ),
        (
            MapAxisOrientation.Y,
            translate("Demo", "Freshness and traceability"),
            translate("Demo", "Anonymous, long shelf life"),
            translate("Demo", "Fresh and traceable"),
        ),
    ]
    for orientation, name, low, high in axes:
        data = {"orientation": orientation, "name": name, "low_label": low, "high_label": high}
        rows.add(MapAxis, data)
    rows.add(MapPoint, {"label": CLIENT_NAME, "x": 5.0, "y": 8.0, "own_brand": True})
    # A free label: the alternative a remote worker weighs most, not in the competitor grid.
    corner = translate("Demo", "The café around the corner")
    rows.add(MapPoint, {"label": corner, "x": 8.5, "y": 6.0})
    places = {"kfe": (1.0, 2.5), "saint_jean": (6.5, 4.5), "officebrew": (2.5, -5.0)}
    places["supermarket"] = (-7.0, -7.5)
    for key, (x, y) in places.items():
        competitor = rows.session.get(Competitor, competitors[key])
        assert competitor is not None
        rows.add(
            MapPoint,
            {"label": competitor.name, "x": x, "y": y},
            competitor_id=competitor.id,
        )
