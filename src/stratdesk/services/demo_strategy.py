"""The demo plan's analysis: PESTEL, competitors, Porter's forces, SWOT and TOWS.

The data tables are kept out of the formatter (`fmt: off`) so that each entry stays one or two
lines that read like a table row.
"""

from __future__ import annotations

from stratdesk.domain.analysis import (
    Competitor,
    EnvironmentFactor,
    ForceRating,
    SwotItem,
    TowsLink,
    TowsStrategy,
)
from stratdesk.domain.enums import (
    PestelCategory,
    PorterForce,
    PriceLevel,
    SwotQuadrant,
    TowsKind,
    Trend,
)
from stratdesk.i18n import translate
from stratdesk.services.demo_rows import DemoRows
from stratdesk.services.sql import flushed_id

P, E, S = PestelCategory.POLITICAL, PestelCategory.ECONOMIC, PestelCategory.SOCIAL
TE, EN, L = PestelCategory.TECHNOLOGICAL, PestelCategory.ENVIRONMENTAL, PestelCategory.LEGAL
UP, FLAT = Trend.RISING, Trend.STABLE
QS, QW = SwotQuadrant.STRENGTH, SwotQuadrant.WEAKNESS
QO, QT = SwotQuadrant.OPPORTUNITY, SwotQuadrant.THREAT


def add_factors(rows: DemoRows) -> dict[str, int]:
    """Twelve PESTEL factors, two per category; returns their ids by key."""
    # fmt: off
    factors = [
        # key, category, impact, likelihood, trend, text
        ("grants", P, 1, 3, FLAT,
         translate("Demo", "Lyon metropolitan grants help small businesses go digital")),
        ("unrest", P, -1, 3, UP,
         translate("Demo", "Unrest in some producing countries threatens green coffee supply")),
        ("arabica", E, -2, 5, UP,
         translate("Demo", "World arabica prices have reached record highs")),
        ("perks", E, -1, 3, FLAT,
         translate("Demo", "Small companies cut office perks when budgets get tight")),
        ("hybrid", S, 2, 5, FLAT,
         translate("Demo", "Hybrid work is here to stay: two to three days a week at home")),
        ("specialty", S, 2, 4, UP,
         translate("Demo", "Growing interest in traceable specialty coffee")),
        ("tools", TE, 1, 5, FLAT,
         translate("Demo", "Subscription e-commerce tools are cheap and mature")),
        ("ai_search", TE, -1, 3, UP,
         translate("Demo", "AI answers in search engines send fewer visitors to small sites")),
        ("packaging", EN, 1, 4, UP,
         translate("Demo", "Customers expect compostable packaging and low-carbon delivery")),
        ("climate", EN, -2, 4, UP,
         translate("Demo", "Climate change is shrinking the areas where arabica can grow")),
        ("eudr", L, 1, 5, FLAT,
         translate("Demo", "The EU deforestation regulation requires traceable coffee imports")),
        ("cancel", L, -1, 5, FLAT,
         translate("Demo", "French law: subscriptions must be cancellable in three clicks")),
    ]
    # fmt: on
    # Dot votes from the kick-off workshop with the client's team.
    votes = {"hybrid": 5, "climate": 4, "packaging": 3, "cancel": 2, "ai_search": 1}
    ids = {}
    for key, category, impact, likelihood, trend, text in factors:
        data = {
            "category": category,
            "text": text,
            "impact": impact,
            "likelihood": likelihood,
            "trend": trend,
            "votes": votes.get(key, 0),
        }
        ids[key] = flushed_id(rows.add(EnvironmentFactor, data))
    return ids


def add_competitors(rows: DemoRows) -> dict[str, int]:
    """Four competitors, from the national subscription start-up to supermarket coffee."""
    # fmt: off
    competitors = [
        # key, name, price level, estimated share (%), threat (1-5), offer, strengths, weaknesses
        ("kfe", "Kfé Club", PriceLevel.MEDIUM, 18.0, 4,
         translate("Demo", "National online coffee subscription, ground or beans"),
         translate("Demo", "Slick website, large advertising budget, fast delivery"),
         translate("Demo", "Industrial roasting, little story about the origins")),
        ("saint_jean", "Torréfaction Saint-Jean", PriceLevel.HIGH, 12.0, 2,
         translate("Demo", "Historic Lyon roaster with a shop in the old town"),
         translate("Demo", "Loyal local customers, strong heritage"),
         translate("Demo", "No online sales, ageing image")),
        ("officebrew", "OfficeBrew", PriceLevel.MEDIUM, 35.0, 4,
         translate("Demo", "Office coffee machines leased with capsules"),
         translate("Demo", "Machine and coffee in one contract, national sales force"),
         translate("Demo", "Capsule waste, average coffee, long contracts")),
        ("supermarket", translate("Demo", "Supermarket coffee brands"), PriceLevel.LOW, 30.0, 3,
         translate("Demo", "Ground coffee and capsules on every supermarket shelf"),
         translate("Demo", "Everywhere, cheap, strong habits"),
         translate("Demo", "Stale, anonymous coffee")),
    ]
    # fmt: on
    ids = {}
    for key, name, price, share, threat, offer, strengths, weaknesses in competitors:
        data = {
            "name": name,
            "offer": offer,
            "price_level": price,
            "strengths": strengths,
            "weaknesses": weaknesses,
            "estimated_share": share,
            "threat": threat,
        }
        ids[key] = flushed_id(rows.add(Competitor, data))
    return ids


def add_forces(rows: DemoRows) -> None:
    """All five of Porter's forces, rated with the reason."""
    # fmt: off
    forces = [
        (PorterForce.RIVALRY, 4,
         translate("Demo", "Many roasters and subscription start-ups chase the same online "
                           "customers.")),
        (PorterForce.NEW_ENTRANTS, 3,
         translate("Demo", "A subscription website is cheap to open, but roasting skills and "
                           "sourcing take years.")),
        (PorterForce.SUBSTITUTES, 4,
         translate("Demo", "Capsules, office machines, tea and nearby coffee shops are always "
                           "at hand.")),
        (PorterForce.BUYER_POWER, 3,
         translate("Demo", "Customers switch easily, but happy subscribers rarely compare "
                           "prices.")),
        (PorterForce.SUPPLIER_POWER, 4,
         translate("Demo", "Green coffee prices are volatile and good lots are scarce.")),
    ]
    # fmt: on
    for force, rating, notes in forces:
        rows.add(ForceRating, {"force": force, "rating": rating, "notes": notes})


def add_swot(
    rows: DemoRows, factors: dict[str, int], competitors: dict[str, int]
) -> dict[str, int]:
    """Sixteen SWOT items, four per quadrant; opportunities and threats keep their source."""
    # fmt: off
    items = [
        # key, quadrant, weight, votes, source factor, source competitor, text
        ("award", QS, 5, 4, None, None,
         translate("Demo", "Award-winning roaster with a well-known Lyon brand")),
        ("direct", QS, 4, 3, None, None,
         translate("Demo", "Direct trade with three producer cooperatives")),
        ("fresh", QS, 4, 2, None, None,
         translate("Demo", "Roasted to order and shipped within 48 hours")),
        ("community", QS, 3, 1, None, None,
         translate("Demo", "Loyal local customers: 2,400 newsletter subscribers")),
        ("team", QW, 4, 3, None, None,
         translate("Demo", "Small team with nobody dedicated to marketing")),
        ("website", QW, 4, 2, None, None,
         translate("Demo", "Website not built for subscriptions")),
        ("b2b", QW, 3, 2, None, None,
         translate("Demo", "No experience of selling to companies")),
        ("price", QW, 3, 0, None, None,
         translate("Demo", "Dearer than supermarket coffee")),
        ("remote", QO, 5, 4, "hybrid", None,
         translate("Demo", "Remote workers want good coffee at home")),
        ("offices", QO, 4, 2, None, None,
         translate("Demo", "Small companies look for perks that bring staff back to the office")),
        ("traceable", QO, 4, 1, "specialty", None,
         translate("Demo", "Demand for traceable, sustainable coffee")),
        ("capsules", QO, 3, 1, None, "officebrew",
         translate("Demo", "Office coffee services are disliked for their capsule waste")),
        ("costs", QT, 5, 3, "arabica", None,
         translate("Demo", "Record green coffee prices squeeze margins")),
        ("rivals", QT, 4, 2, None, "kfe",
         translate("Demo", "Well-funded national subscription brands")),
        ("ads", QT, 3, 1, None, None,
         translate("Demo", "Online advertising keeps getting dearer")),
        ("churn", QT, 2, 0, "cancel", None,
         translate("Demo", "Cancelling in three clicks makes churn easy")),
    ]
    # fmt: on
    ids = {}
    for key, quadrant, weight, votes, factor, competitor, text in items:
        data = {"quadrant": quadrant, "text": text, "weight": weight, "votes": votes}
        row = rows.add(
            SwotItem,
            data,
            source_factor_id=factors[factor] if factor else None,
            source_competitor_id=competitors[competitor] if competitor else None,
        )
        ids[key] = flushed_id(row)
    return ids


def add_tows(rows: DemoRows, swot: dict[str, int]) -> dict[str, int]:
    """Five TOWS strategies, each linked to the SWOT items it combines."""
    # fmt: off
    strategies = [
        # key, kind, SWOT items combined, text
        ("launch", TowsKind.SO, ("award", "fresh", "remote", "offices"),
         translate("Demo", "Launch a fresh-roast subscription for remote workers and small "
                           "offices, built on our award and our producers' stories.")),
        ("margins", TowsKind.ST, ("direct", "costs"),
         translate("Demo", "Secure long-term contracts with our cooperatives to protect "
                           "margins and explain why good coffee costs more.")),
        ("website", TowsKind.WO, ("website", "remote", "traceable"),
         translate("Demo", "Rebuild the website around subscriptions, funded in part by the "
                           "Lyon digital grants.")),
        ("sales", TowsKind.WO, ("b2b", "offices", "capsules"),
         translate("Demo", "Hire a part-time freelance salesperson to win small offices tired "
                           "of capsule machines.")),
        ("service", TowsKind.WT, ("price", "team", "churn", "rivals"),
         translate("Demo", "Compete on service, not on price: easy pauses and fair "
                           "cancellation keep subscribers' trust.")),
    ]
    # fmt: on
    ids = {}
    for key, kind, items, text in strategies:
        strategy_id = flushed_id(rows.add(TowsStrategy, {"kind": kind, "text": text}))
        for item in items:
            rows.add_link(TowsLink(strategy_id=strategy_id, swot_item_id=swot[item]))
        ids[key] = strategy_id
    return ids
