"""The campaign calendar as .ics, parsed back with icalendar: one all-day event per campaign,
exclusive ends, stable UIDs, text that round-trips; refusals that write nothing."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from icalendar import Calendar

from stratdesk.domain.errors import StratdeskError
from stratdesk.io import atomic_file
from stratdesk.io.atomic_file import ExportRefused
from stratdesk.io.ics_export import export_calendar
from stratdesk.services.workspace import Workspace

D = dt.date
TRICKY = 'Soldes; été, 50 % \\ "promo"\nDeuxième ligne — café ☕'


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    plan = {"title": "Plan 2026", "start_year": 2026, "horizon_years": 2, "currency": "EUR"}
    opened = Workspace.create(tmp_path / "plan.stratdesk", {"name": "Brûlerie"}, plan)
    services, plan_id = opened.services, opened.plan_id
    objective = services.objectives.create(plan_id, {"statement": "Grow, fast; now"}).id
    segment = services.segments.create(plan_id, {"name": "Télétravailleurs"}).id
    services.campaigns.create(
        plan_id,
        {
            "name": TRICKY,
            "channel": "loyalty",
            "start": D(2026, 3, 2),
            "end": D(2026, 3, 31),
            "budget_planned_cents": 123_456,
            "budget_actual_cents": 130_000,
            "notes": "Notes: a\\b; c, d",
            "objective_id": objective,
            "segment_id": segment,
        },
    )
    services.campaigns.create(
        plan_id,
        {
            "name": "One day",
            "start": D(2026, 12, 31),
            "end": D(2026, 12, 31),
            "status": "cancelled",
        },
    )
    yield opened
    opened.close()


def _events(path: Path) -> list:
    calendar = Calendar.from_ical(path.read_bytes())
    return list(calendar.walk("VEVENT"))


def test_one_all_day_event_per_campaign_with_an_exclusive_end(workspace, tmp_path):
    result = export_calendar(workspace.services, workspace.plan_id, tmp_path / "out.ics")
    assert result.events == 2
    events = _events(result.path)
    assert len(events) == 2
    spans = [(e.decoded("dtstart"), e.decoded("dtend")) for e in events]
    assert spans == [(D(2026, 3, 2), D(2026, 4, 1)), (D(2026, 12, 31), D(2027, 1, 1))]
    # All-day: dates, not date-times.
    assert all(type(start) is dt.date for start, _end in spans)
    assert [str(e["status"]) for e in events] == ["CONFIRMED", "CANCELLED"]


def test_uids_are_stable_across_exports_and_name_the_plan(workspace, tmp_path):
    first = export_calendar(workspace.services, workspace.plan_id, tmp_path / "a.ics").path
    second = export_calendar(workspace.services, workspace.plan_id, tmp_path / "b.ics").path
    uids = [str(e["uid"]) for e in _events(first)]
    assert uids == [str(e["uid"]) for e in _events(second)]
    plan = workspace.services.plans.get_plan(workspace.plan_id)
    campaigns = workspace.services.campaigns.list(workspace.plan_id)
    assert uids == [f"campaign-{c.id}-{plan.uuid}@stratdesk" for c in campaigns]


def test_text_with_separators_line_breaks_and_accents_round_trips(workspace, tmp_path):
    path = export_calendar(workspace.services, workspace.plan_id, tmp_path / "out.ics").path
    raw = path.read_bytes()
    assert b"\\;" in raw and b"\\," in raw and b"\\n" in raw  # escaped by the library
    event = _events(path)[0]
    assert str(event["summary"]) == TRICKY
    description = str(event["description"])
    assert "Channel: Loyalty programme" in description
    assert "Objective: Grow, fast; now" in description
    assert "Segment: Télétravailleurs" in description
    assert "Planned budget: €1,234.56" in description
    assert description.endswith("\n\nNotes: a\\b; c, d")


def test_a_missing_folder_is_refused_and_nothing_written(workspace, tmp_path):
    target = tmp_path / "no such folder" / "out.ics"
    with pytest.raises(ExportRefused, match="does not exist"):
        export_calendar(workspace.services, workspace.plan_id, target)
    assert not target.parent.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes in read-only folders")
def test_a_read_only_folder_is_refused(workspace, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o555)
    with pytest.raises(ExportRefused, match="cannot be written to"):
        export_calendar(workspace.services, workspace.plan_id, folder / "out.ics")
    assert list(folder.iterdir()) == []


def test_a_folder_refusing_the_file_leaves_nothing_and_says_why(workspace, tmp_path, monkeypatch):
    # As a read-only folder answers (whoever runs the tests): permission denied at creation.
    def denied(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    folder = tmp_path / "exports"
    folder.mkdir()
    monkeypatch.setattr(atomic_file.tempfile, "mkstemp", denied)
    with pytest.raises(ExportRefused, match="cannot be written to"):
        export_calendar(workspace.services, workspace.plan_id, folder / "out.ics")
    assert list(folder.iterdir()) == []


def test_a_failure_while_writing_keeps_the_old_file_and_removes_the_temporary(workspace, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "out.ics"
    target.write_bytes(b"previous")

    def stop(done, total):
        if done == total:
            raise KeyboardInterrupt  # a cancel, as the export runner raises it

    with pytest.raises(KeyboardInterrupt):
        export_calendar(workspace.services, workspace.plan_id, target, progress=stop)
    assert target.read_bytes() == b"previous"

    def broken(stream):
        stream.write(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(StratdeskError, match="No space left"):
        atomic_file.write_atomically(target, broken)
    assert target.read_bytes() == b"previous"
    assert [p.name for p in folder.iterdir()] == ["out.ics"]


def test_progress_is_told_until_done(workspace, tmp_path):
    seen: list[tuple[int, int]] = []
    export_calendar(
        workspace.services,
        workspace.plan_id,
        tmp_path / "out.ics",
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen[0] == (0, 2) and seen[-1] == (2, 2)
