"""The demo plan: a complete, realistic marketing plan written to a new file.

Brûlerie des Quais, a specialty coffee roaster in Lyon, enters a new segment: coffee
subscriptions for small offices and remote workers. Every entity of a plan is filled in, so
each screen of the app has something to show.

The plan starts in `today.year` (a demo that stays current) and is shown as at its first
yearly review: the first year's campaigns are done or under way and measured month by month,
the next two years are planned. The content is fixed apart from the years, so a given year
always gives the same file.

Every fixed text is English source passed through `translate("Demo", …)`: the French demo is
the same code with the French catalogue active.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from stratdesk.db.damage import disk_full_error
from stratdesk.db.errors import is_disk_full
from stratdesk.db.store import PlanStore
from stratdesk.domain.enums import Language
from stratdesk.domain.errors import StratdeskError
from stratdesk.domain.plan import Client, Plan
from stratdesk.i18n import SUPPORTED_LANGUAGES, current_language, set_language, translate
from stratdesk.services import (
    demo_kpis,
    demo_objectives,
    demo_operations,
    demo_strategy,
    demo_targeting,
)
from stratdesk.services.demo_rows import (
    CLIENT_NAME,
    CONSULTANT,
    CURRENCY,
    HORIZON_YEARS,
    DemoRows,
)

__all__ = ["build_demo"]


def build_demo(path: Path, language: str = "fr", today: dt.date | None = None) -> Path:
    """Write the demo plan in `language` to `path`, a file that must not exist yet.

    Raises `StratdeskError` if `path` exists (it is left untouched) or the language is not
    supported; on any other failure the half-written file is deleted and the error re-raised.
    """
    path = Path(path)
    if language not in SUPPORTED_LANGUAGES:
        raise StratdeskError(
            translate(
                "Demo", "The demo plan is not available in this language: {language}."
            ).format(language=language)
        )
    if path.exists() or path.is_symlink():
        raise StratdeskError(
            translate(
                "Demo", "“{name}” already exists: the demo plan is only written to a new file."
            ).format(name=path.name)
        )
    start_year = (today or dt.date.today()).year
    previous = current_language()
    # Switch only when needed, so a catalogue that is already active stays the one in use.
    switched = previous != language
    if switched:
        set_language(language)
    try:
        _write(path, language, start_year)
    finally:
        if switched:
            set_language(previous)
    return path


def _write(path: Path, language: str, start_year: int) -> None:
    """Create the file and fill it in one transaction; delete it again if anything fails."""
    # `create` cleans up after itself when it fails, and refuses a path that exists.
    store = PlanStore.create(path)
    try:
        with store.session() as session:
            rows = DemoRows(session, start_year, language)
            _fill(rows)
            session.commit()
    except BaseException as error:
        store.close()
        _remove(path)
        if isinstance(error, SQLAlchemyError):  # a full disk, a folder taken away…
            raise _not_written(path, error) from error
        raise
    store.close()


def _not_written(path: Path, error: SQLAlchemyError) -> StratdeskError:
    if is_disk_full(error):
        return disk_full_error(path)
    reason = getattr(error, "orig", None) or error
    text = translate("Demo", "The demo plan could not be written to “{name}”: {reason}")
    return StratdeskError(text.format(name=path.name, reason=reason))


def _remove(path: Path) -> None:
    """Delete a half-written plan file and the journal SQLite may have left beside it."""
    for leftover in (path, path.with_name(path.name + "-journal")):
        leftover.unlink(missing_ok=True)


def _fill(rows: DemoRows) -> None:
    """Insert the whole plan, in the order the links need (a row exists before its users)."""
    client = rows.add(
        Client,
        {
            "name": CLIENT_NAME,
            "sector": translate("Demo", "Specialty coffee roasting"),
            "contact": "Camille Roux · camille.roux@bruleriedesquais.example · +33 4 78 00 00 00",
            "brand_colour": "#6F3B1E",
        },
    )
    end_year = rows.start_year + HORIZON_YEARS - 1
    plan = rows.add(
        Plan,
        {
            "title": translate("Demo", "Marketing plan {start}–{end}").format(
                start=rows.start_year, end=end_year
            ),
            "start_year": rows.start_year,
            "horizon_years": HORIZON_YEARS,
            "currency": CURRENCY,
            "language": Language(rows.language),
            "seven_p": False,
            "consultant": CONSULTANT,
        },
        client_id=client.id,
    )
    assert plan.id is not None
    rows.plan_id = plan.id

    factors = demo_strategy.add_factors(rows)
    competitors = demo_strategy.add_competitors(rows)
    demo_strategy.add_forces(rows)
    swot = demo_strategy.add_swot(rows, factors, competitors)
    tows = demo_strategy.add_tows(rows, swot)

    segments = demo_targeting.add_segments(rows)
    demo_targeting.add_scoring(rows, segments)
    demo_targeting.add_positioning(rows, segments)
    demo_targeting.add_map(rows, competitors)

    kpis = demo_kpis.add_kpis(rows)
    kpis |= demo_operations.add_relationship_kpis(rows, demo_kpis.MONTHS, demo_kpis.MEASURED_MONTHS)
    kpis |= demo_kpis.add_share_of_voice(rows)
    objectives = demo_objectives.add_objectives(rows, tows, kpis)
    demo_objectives.add_key_results(rows, objectives, kpis)
    demo_objectives.add_roadmap(rows, objectives)

    demo_operations.add_mix(rows, objectives, segments)
    campaigns = demo_operations.add_campaigns(rows, objectives, segments, kpis)
    demo_operations.add_experiments(rows, campaigns)
    demo_kpis.add_kpi_values(rows, kpis, campaigns)
    rows.session.flush()
