"""Fixed vocabularies of a marketing plan.

The plan file stores each member's *name* (SQLAlchemy's default for enums), so names never
change once released; the values are the short codes used in CSV/JSON exchange. Labels for
people are translated in the UI and reports, never stored.
"""

from enum import StrEnum


class Language(StrEnum):
    FR = "fr"
    EN = "en"


class PestelCategory(StrEnum):
    POLITICAL = "political"
    ECONOMIC = "economic"
    SOCIAL = "social"
    TECHNOLOGICAL = "technological"
    ENVIRONMENTAL = "environmental"
    LEGAL = "legal"


class Trend(StrEnum):
    RISING = "rising"
    STABLE = "stable"
    FALLING = "falling"


class PriceLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    PREMIUM = "premium"


class PorterForce(StrEnum):
    RIVALRY = "rivalry"
    NEW_ENTRANTS = "new_entrants"
    SUBSTITUTES = "substitutes"
    BUYER_POWER = "buyer_power"
    SUPPLIER_POWER = "supplier_power"


class SwotQuadrant(StrEnum):
    STRENGTH = "S"
    WEAKNESS = "W"
    OPPORTUNITY = "O"
    THREAT = "T"


class TowsKind(StrEnum):
    SO = "SO"
    ST = "ST"
    WO = "WO"
    WT = "WT"


class CriterionKind(StrEnum):
    ATTRACTIVENESS = "attractiveness"
    STRENGTH = "strength"


class Targeting(StrEnum):
    """Whether the plan aims at a segment, and how much."""

    PRIMARY = "primary"
    SECONDARY = "secondary"
    NOT_TARGETED = "none"


class MapAxisOrientation(StrEnum):
    X = "x"
    Y = "y"


class GeZone(StrEnum):
    """The three zones of the GE–McKinsey matrix, named for the strategy each calls for."""

    INVEST = "invest"
    SELECTIVE = "selective"
    HARVEST = "harvest"


class ObjectiveStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    ACHIEVED = "achieved"
    MISSED = "missed"
    DROPPED = "dropped"


class WorkStatus(StrEnum):
    """Progress of a roadmap item or a campaign."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class MixP(StrEnum):
    PRODUCT = "product"
    PRICE = "price"
    PROMOTION = "promotion"
    PLACE = "place"
    PEOPLE = "people"
    PROCESS = "process"
    PHYSICAL_EVIDENCE = "physical_evidence"


FOUR_P: tuple[MixP, ...] = (MixP.PRODUCT, MixP.PRICE, MixP.PROMOTION, MixP.PLACE)
SEVEN_P: tuple[MixP, ...] = (*FOUR_P, MixP.PEOPLE, MixP.PROCESS, MixP.PHYSICAL_EVIDENCE)


class MixColumn(StrEnum):
    IDEA = "idea"
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class Channel(StrEnum):
    """Where a campaign runs, customer-relationship work (loyalty, after-sales, complaints)
    included; in the order people read them."""

    SEARCH = "search"
    SOCIAL = "social"
    EMAIL = "email"
    DISPLAY = "display"
    CONTENT = "content"
    ONLINE_EVENT = "online_event"
    EVENT = "event"
    PR = "pr"
    PRINT = "print"
    PARTNERSHIP = "partnership"
    RETAIL = "retail"
    LOYALTY = "loyalty"
    AFTER_SALES = "after_sales"
    COMPLAINTS = "complaints"
    OTHER = "other"


class ExperimentDecision(StrEnum):
    PENDING = "pending"
    ADOPT = "adopt"
    ITERATE = "iterate"
    DROP = "drop"


class KpiUnit(StrEnum):
    COUNT = "count"
    CURRENCY = "currency"
    PERCENT = "percent"
    RATIO = "ratio"


class KpiDirection(StrEnum):
    HIGHER_IS_BETTER = "higher"
    LOWER_IS_BETTER = "lower"


class KpiPeriod(StrEnum):
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"


class KpiFormula(StrEnum):
    """How a KPI's value is obtained: entered directly, or computed by a standard formula."""

    DIRECT = "direct"
    CTR = "ctr"
    CPC = "cpc"
    CPM = "cpm"
    CPA = "cpa"
    ROAS = "roas"
    ROI = "roi"
    CONVERSION_RATE = "conversion_rate"
    LTV = "ltv"
    CHURN = "churn"
    NPS = "nps"
    SHARE_OF_VOICE = "share_of_voice"
    MARKET_SHARE = "market_share"


class KpiAggregation(StrEnum):
    """How a KPI's measurements in a period make the period's actual."""

    SUM = "sum"  # clicks, sign-ups, spend
    AVERAGE = "average"  # satisfaction scores, rates measured as such
    LAST = "last"  # a stock: active subscribers at the end of the period
    FORMULA = "formula"  # the KPI's formula over the period's summed components
