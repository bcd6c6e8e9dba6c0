"""Which column of an export holds a KPI's values, guessed from the KPI's name and unit.

Exports put several numbers side by side (orders, revenue, cost, rate): the first numeric
column is often the wrong one. Each numeric column gets points, the most points wins (the
leftmost on a tie):

- its name is the KPI's name: chosen outright; each significant word it shares with the
  KPI's name ("abonnements" in "Abonnements actifs"): 4 points;
- its name or its cells fit the KPI's unit: a currency KPI wants money (€, $, "revenue",
  "chiffre d'affaires", "montant", amounts with cents), a percent KPI a rate ("%", "taux",
  "rate", "CTR"), a count KPI whole numbers ("clicks", "orders", "visites"): 3 points for the
  name, 2 for the cells; a name that says another unit loses 3 (a count KPI does not want
  "Coût (€)", a currency KPI not "Commandes");
- its name is a generic "value"/"valeur"/"montant": 1 point.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from stratdesk.io.tabular import fold
from stratdesk.io.xlsx_reading import Cell

VALUE_WORDS = frozenset({"value", "valeur", "valeurs", "montant", "amount"})
_MONEY_WORDS = frozenset(
    {"revenue", "revenues", "sales", "turnover", "amount", "montant", "ca", "ventes", "cost"}
    | {"cout", "couts", "spend", "depense", "depenses", "budget", "price", "prix", "eur"}
    | {"usd", "gbp", "chf", "cad", "euros", "euro", "dollars", "recettes", "panier", "cpc"}
    | {"cpa", "cac", "aov", "ltv", "income", "gross", "net"}
)
_MONEY_PHRASES = ("chiffre d'affaires", "chiffre d affaires")
_MONEY_SIGNS = frozenset("€$£¥")
_RATE_WORDS = frozenset(
    {"taux", "rate", "ratio", "ctr", "cr", "conversion", "churn", "share", "part", "pourcentage"}
    | {"percent", "percentage"}
)
_COUNT_WORDS = frozenset(
    {"clicks", "clics", "orders", "commandes", "visits", "visites", "sessions", "users"}
    | {"utilisateurs", "impressions", "leads", "prospects", "subscribers", "abonnes"}
    | {"abonnements", "subscriptions", "count", "nombre", "nb", "quantity", "quantite"}
    | {"downloads", "telechargements", "views", "vues", "signups", "inscriptions", "customers"}
    | {"clients", "followers", "abonnes", "conversions", "transactions", "units", "unites"}
)
_STOP_WORDS = frozenset(
    {"the", "and", "des", "les", "par", "pour", "une", "aux", "sur", "from", "per", "avec"}
)
_WORD = re.compile(r"[a-z0-9']+")
_WHOLE = re.compile(r"[+-]?\d{1,3}(?:[ \u00a0\u202f.,'’]\d{3})+|[+-]?\d+")


def _words(name: str) -> set[str]:
    return {word.strip("'") for word in _WORD.findall(fold(name))}


def _says(name: str) -> str | None:
    """The unit a column's name says: "currency", "percent", "count", or None."""
    folded = fold(name)
    words = _words(name)
    if _MONEY_SIGNS & set(name) or words & _MONEY_WORDS or any(p in folded for p in _MONEY_PHRASES):
        return "currency"
    if "%" in name or words & _RATE_WORDS:
        return "percent"
    if words & _COUNT_WORDS:
        return "count"
    return None


def _cells_say(cells: Sequence[Cell]) -> str | None:
    """The unit most text cells show: money signs or cents, percent signs, whole numbers."""
    texts = [c.strip() for c in cells if isinstance(c, str) and c.strip()]
    numbers = [c for c in cells if isinstance(c, int | float) and not isinstance(c, bool)]
    total = len(texts) + len(numbers)
    if not total:
        return None
    if sum(1 for t in texts if _MONEY_SIGNS & set(t)) * 2 > total:
        return "currency"
    if sum(1 for t in texts if "%" in t) * 2 > total:
        return "percent"
    cents = sum(1 for t in texts if re.search(r"[.,]\d{2}$", t))
    cents += sum(1 for n in numbers if round(n * 100) % 100)
    if cents * 2 > total:
        return "currency"
    whole = sum(1 for t in texts if _WHOLE.fullmatch(t))
    whole += sum(1 for n in numbers if float(n).is_integer())
    return "count" if whole * 2 > total else None


def _fits(unit: str, said: str | None) -> bool:
    # A ratio (ROAS 3.2×) looks like an amount without a sign, or like a rate.
    return said == unit or (unit == "ratio" and said in ("percent", "currency"))


def score_column(name: str, cells: Sequence[Cell], kpi_name: str, kpi_unit: str | None) -> int:
    """The points of one numeric column for a KPI (see the module's rule)."""
    wanted = {word for word in _words(kpi_name) - _STOP_WORDS if len(word) >= 3}
    points = 4 * len(wanted & _words(name))
    if fold(name) in VALUE_WORDS:
        points += 1
    if kpi_unit:
        said = _says(name)
        if said is not None:
            points += 3 if _fits(kpi_unit, said) else -3
        if _fits(kpi_unit, _cells_say(cells)):
            points += 2
    return points


def best_value_column(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    candidates: Sequence[int],
    numeric: Callable[[list[Cell]], bool],
    *,
    kpi_name: str | None = None,
    kpi_unit: str | None = None,
) -> int | None:
    """The candidate column that best holds the KPI's values; None when none is numeric."""
    if kpi_name:
        for index in candidates:
            if fold(header[index]) == fold(kpi_name):
                return index
    best: tuple[int, int] | None = None  # (points, -index)
    for index in candidates:
        cells = [row[index] for row in rows]
        if not numeric(cells):
            continue
        points = score_column(header[index], cells, kpi_name or "", kpi_unit)
        if best is None or (points, -index) > best:
            best = (points, -index)
    return None if best is None else -best[1]
