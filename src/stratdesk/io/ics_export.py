"""The campaign calendar as an iCalendar file (.ics), written with the `icalendar` package.

One all-day event per campaign: DTSTART is its first day, DTEND the day after its last (the
end is exclusive in iCalendar), SUMMARY its name, CATEGORIES its channel, and a DESCRIPTION
giving its channel, objective, segment, budgets and status, then its notes. Texts are escaped
by the library (`;`, `,`, `\\` and line breaks). The UID, `campaign-<id>-<plan uuid>@stratdesk`,
is the same at every export of the same plan file, so a calendar app that imports the file
again updates its events rather than duplicating them. A cancelled campaign is a cancelled
event; every event is "free" time (TRANSP:TRANSPARENT).

    export_calendar(services, plan_id, Path("plan.ics"), progress=report)

Labels are in the current catalogue's language, amounts and dates in `language` (by default
the same). The file is written under a temporary name and renamed (see `atomic_file`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stratdesk import __version__
from stratdesk.domain.enums import WorkStatus
from stratdesk.domain.labels import enum_label
from stratdesk.i18n import current_language, translate
from stratdesk.i18n.formatting import money_text
from stratdesk.io.atomic_file import check_target, write_atomically

if TYPE_CHECKING:
    from stratdesk.services.registry import PlanServices

Progress = Callable[[int, int], object]  # (done, total); may raise to stop the export
PROGRESS_EVERY = 100
ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class CalendarExport:
    path: Path
    events: int


def event_uid(campaign_id: int, plan_uuid: str) -> str:
    """The event's identity across exports of the same plan file."""
    return f"campaign-{campaign_id}-{plan_uuid}@stratdesk"


def description(campaign: Any, objective: str, segment: str, currency: str, language: str) -> str:
    """What the event tells about its campaign, one fact a line, then the notes."""
    none = translate("CalendarExport", "none")
    lines = [
        translate("CalendarExport", "Channel: {value}").format(value=enum_label(campaign.channel)),
        translate("CalendarExport", "Objective: {value}").format(value=objective or none),
        translate("CalendarExport", "Segment: {value}").format(value=segment or none),
        translate("CalendarExport", "Planned budget: {value}").format(
            value=money_text(campaign.budget_planned_cents, currency, language)
        ),
        translate("CalendarExport", "Actual spend: {value}").format(
            value=money_text(campaign.budget_actual_cents, currency, language)
        ),
        translate("CalendarExport", "Status: {value}").format(value=enum_label(campaign.status)),
    ]
    if campaign.notes:
        lines += ["", campaign.notes]
    return "\n".join(lines)


def build_calendar(
    plan: Any,
    client_name: str,
    campaigns: Sequence[Any],
    objectives: Mapping[int, str],
    segments: Mapping[int, str],
    *,
    language: str | None = None,
    stamp: dt.datetime | None = None,
    progress: Progress | None = None,
) -> bytes:
    """The .ics bytes for `campaigns` (read models) of `plan` (a PlanRead)."""
    from icalendar import Calendar, Event  # only when exporting

    language = language or current_language()
    stamp = stamp or dt.datetime.now(dt.UTC)
    calendar = Calendar()
    calendar.add("prodid", f"-//stratdesk//stratdesk {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    name = translate("CalendarExport", "{client} — {plan}: campaigns").format(
        client=client_name, plan=plan.title
    )
    calendar.add("x-wr-calname", name)
    total = len(campaigns)
    for done, campaign in enumerate(campaigns):
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, total)
        event = Event()
        event.add("uid", event_uid(campaign.id, plan.uuid))
        event.add("dtstamp", stamp)
        event.add("dtstart", campaign.start)
        event.add("dtend", campaign.end + ONE_DAY)
        event.add("summary", campaign.name)
        objective = objectives.get(campaign.objective_id, "") if campaign.objective_id else ""
        segment = segments.get(campaign.segment_id, "") if campaign.segment_id else ""
        text = description(campaign, objective, segment, plan.currency, language)
        event.add("description", text)
        event.add("categories", [enum_label(campaign.channel)])
        cancelled = campaign.status == WorkStatus.CANCELLED
        event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    if progress is not None:
        progress(total, total)
    data: bytes = calendar.to_ical()
    return data


def export_calendar(
    services: PlanServices,
    plan_id: int,
    target: Path,
    *,
    language: str | None = None,
    progress: Progress | None = None,
) -> CalendarExport:
    """Write every campaign of the plan to `target` (.ics), all or nothing.

    Raises `ExportRefused` (nothing written) for a missing or read-only folder; whatever
    `progress` raises stops the export and leaves no file either.
    """
    target = Path(target)
    check_target(target)  # before reading anything: a wrong folder is told at once
    plan = services.plans.get_plan(plan_id)
    client = services.plans.get_client(plan.client_id)
    campaigns = services.campaigns.list(plan_id)
    objectives = {o.id: o.statement for o in services.objectives.list(plan_id)}
    segments = {s.id: s.name for s in services.segments.list(plan_id)}
    data = build_calendar(
        plan,
        client.name,
        campaigns,
        objectives,
        segments,
        language=language,
        progress=progress,
    )
    write_atomically(target, lambda stream: stream.write(data))
    return CalendarExport(target, len(campaigns))
